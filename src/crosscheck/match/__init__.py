"""Matching: claims about the same subject across documents, as explained groups."""

from crosscheck.match.cluster import match_claims
from crosscheck.match.features import ConceptTable, load_concepts

__all__ = ["ConceptTable", "load_concepts", "match_claims"]
