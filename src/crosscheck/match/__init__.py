"""Matching: claims about the same subject across documents, as explained groups."""

from typing import TYPE_CHECKING, Any

from crosscheck.match.features import ConceptTable, load_concepts

if TYPE_CHECKING:  # its type, for mypy; at run time it comes from __getattr__
    from crosscheck.match.cluster import match_claims

__all__ = ["ConceptTable", "load_concepts", "match_claims"]


def __getattr__(name: str) -> Any:
    # match_claims imported when asked for: importing crosscheck.match.features (a concept
    # table) would otherwise import the matcher, which a re-run from the store never uses
    if name == "match_claims":
        from crosscheck.match.cluster import match_claims

        return match_claims
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
