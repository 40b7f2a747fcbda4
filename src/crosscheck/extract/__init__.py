"""Extraction: numeric claims from sentences (quantities, qualifiers, counted nouns,
predicate, hedging, negation, change)."""

from crosscheck.extract.claims import extract_claims, sentence_claims

__all__ = ["extract_claims", "sentence_claims"]
