"""Extraction: numeric claims from sentences (quantities, qualifiers, counted nouns,
predicate, hedging, negation, change)."""

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # their types, for mypy; at run time they come from __getattr__
    from crosscheck.extract.claims import extract_claims, sentence_claims

__all__ = ["extract_claims", "sentence_claims"]


def __getattr__(name: str) -> Any:
    # imported when asked for: importing one of the package's light modules (entities,
    # lexicon) would otherwise import the whole extractor, which a re-run from the store
    # never uses
    if name in __all__:
        from crosscheck.extract import claims

        return getattr(claims, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
