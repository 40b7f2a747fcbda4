"""TF-IDF and binary word vectors, computed as scikit-learn's TfidfVectorizer and
CountVectorizer compute them with the settings crosscheck uses, to the bit: the same
vocabulary order, the same CSR layout (entries of a row in the order their words were first
seen in the run, indices by the words' alphabetical order), the same float operations in the
same order. The matcher and the story graph use these so that a run imports no scikit-learn
(about 0.7 s of start-up, most of a re-run that matches a few stories); training and the
story graph's projection above its size still use scikit-learn. tests/test_tfidf.py compares
every array with scikit-learn's on real sentences.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from typing import Any

# scikit-learn's English stop words (sklearn.feature_extraction.text.ENGLISH_STOP_WORDS,
# from the Glasgow Information Retrieval Group's list; BSD-3-Clause)
ENGLISH_STOP_WORDS = frozenset(
    (
        "a about above across after afterwards again against all almost alone along already "
        "also although always am among amongst amoungst amount an and another any anyhow "
        "anyone anything anyway anywhere are around as at back be became because become "
        "becomes becoming been before beforehand behind being below beside besides between "
        "beyond bill both bottom but by call can cannot cant co con could couldnt cry de "
        "describe detail do done down due during each eg eight either eleven else elsewhere "
        "empty enough etc even ever every everyone everything everywhere except few fifteen "
        "fifty fill find fire first five for former formerly forty found four from front full "
        "further get give go had has hasnt have he hence her here hereafter hereby herein "
        "hereupon hers herself him himself his how however hundred i ie if in inc indeed "
        "interest into is it its itself keep last latter latterly least less ltd made many "
        "may me meanwhile might mill mine more moreover most mostly move much must my myself "
        "name namely neither never nevertheless next nine no nobody none noone nor not "
        "nothing now nowhere of off often on once one only onto or other others otherwise our "
        "ours ourselves out over own part per perhaps please put rather re same see seem "
        "seemed seeming seems serious several she should show side since sincere six sixty so "
        "some somehow someone something sometime sometimes somewhere still such system take "
        "ten than that the their them themselves then thence there thereafter thereby "
        "therefore therein thereupon these they thick thin third this those though three "
        "through throughout thru thus to together too top toward towards twelve twenty two un "
        "under until up upon us very via was we well were what whatever when whence whenever "
        "where whereafter whereas whereby wherein whereupon wherever whether which while "
        "whither who whoever whole whom whose why will with within without would yet you your "
        "yours yourself yourselves"
    ).split()
)

_WHITE_SPACES = re.compile(r"\s\s+")
# Words: a letter, then letters, digits, hyphens or apostrophes (no figures, no initials).
ARTICLE_WORDS = r"(?u)\b[^\W\d_][\w'-]+\b"  # the story graph's article vectors
CLAIM_WORDS = r"(?u)\b[^\W\d_][\w'’-]+\b"  # a claim's sentence, window and subject


def word_analyzer(
    token_pattern: str, stop_words: frozenset[str] | None
) -> Callable[[str], list[str]]:
    """Lower case, the pattern's matches, stop words out (TfidfVectorizer's "word" analyzer)."""
    pattern = re.compile(token_pattern)
    if pattern.groups > 1:
        raise ValueError("the token pattern has more than one group")
    findall = pattern.findall

    def analyze(doc: str) -> list[str]:
        tokens = findall(doc.lower())
        if stop_words is not None:
            tokens = [w for w in tokens if w not in stop_words]
        return tokens

    return analyze


def char_wb_analyzer(low: int, high: int) -> Callable[[str], list[str]]:
    """Character n-grams inside words, padded with a space (the "char_wb" analyzer)."""

    def analyze(doc: str) -> list[str]:
        text = _WHITE_SPACES.sub(" ", doc.lower())
        ngrams: list[str] = []
        append = ngrams.append
        for w in text.split():
            w = " " + w + " "
            w_len = len(w)
            for n in range(low, high + 1):
                offset = 0
                append(w[offset : offset + n])
                while offset + n < w_len:
                    offset += 1
                    append(w[offset : offset + n])
                if offset == 0:  # a short word counts once
                    break
        return ngrams

    return analyze


def counts(docs: Iterable[Any], analyze: Callable[[Any], Iterable[str]]) -> Any:
    """CountVectorizer().fit_transform: a CSR matrix of int64 counts, columns in the
    words' alphabetical order, each row's entries in the order the run first saw them.
    ValueError when no document has a word (as scikit-learn raises). ``analyze`` must
    depend on the text alone: it is called once for each distinct text (str)."""
    import numpy as np
    from scipy.sparse import csr_matrix

    vocabulary: dict[str, int] = {}
    j_indices: list[int] = []
    values: list[int] = []
    indptr = [0]
    # a text seen before in this call has the same row (its words are all in the
    # vocabulary already), copied from where it was first written: the claims of one
    # sentence share its text
    rows: dict[str, tuple[int, int]] = {}
    for doc in docs:
        seen = rows.get(doc) if type(doc) is str else None
        if seen is not None:
            j_indices.extend(j_indices[seen[0] : seen[1]])
            values.extend(values[seen[0] : seen[1]])
        else:
            start = len(j_indices)
            # each distinct word once (counted in C), in the order the text first has it,
            # so the vocabulary numbers words as a loop over every word would
            counter = {vocabulary.setdefault(feature, len(vocabulary)): n
                       for feature, n in Counter(analyze(doc)).items()}  # fmt: skip
            # scikit-learn sorts each row by first-seen index before renumbering
            for idx in sorted(counter):
                j_indices.append(idx)
                values.append(counter[idx])
            if type(doc) is str:
                rows[doc] = (start, len(j_indices))
        indptr.append(len(j_indices))
    if not vocabulary:
        raise ValueError("empty vocabulary; perhaps the documents only contain stop words")
    index_type = np.int32 if indptr[-1] <= np.iinfo(np.int32).max else np.int64
    rank = np.empty(len(vocabulary), dtype=index_type)
    for new, (_, old) in enumerate(sorted(vocabulary.items())):
        rank[old] = new
    indices = rank.take(np.asarray(j_indices, dtype=index_type), mode="clip")
    return csr_matrix(
        (np.asarray(values, dtype=np.int64), indices, np.asarray(indptr, dtype=index_type)),
        shape=(len(indptr) - 1, len(vocabulary)),
    )


def tfidf(
    docs: Sequence[Any], analyze: Callable[[Any], Iterable[str]], *, sublinear_tf: bool
) -> Any:
    """TfidfVectorizer(sublinear_tf=..., norm="l2", smooth_idf=True).fit_transform."""
    import numpy as np

    x = counts(docs, analyze)
    df = np.bincount(x.indices, minlength=x.shape[1]).astype(np.float64)
    df += 1.0
    idf = np.full_like(df, fill_value=x.shape[0] + 1, dtype=np.float64)
    idf /= df
    np.log(idf, out=idf)
    idf += 1.0
    x = _as_float(x)
    if sublinear_tf:
        np.log(x.data, x.data)
        x.data += 1.0
    x.data *= idf[x.indices]
    _normalize_l2(x)
    return x


def _normalize_l2(x: Any) -> None:
    """Each row divided by its Euclidean norm, the squares added one after another in the
    row's order (as scikit-learn's compiled loop does; numpy's own sums pair them up and can
    differ in the last bit). Rows of zeros are left alone."""
    import numpy as np

    indptr = x.indptr
    lengths = np.diff(indptr)
    sums = np.zeros(len(lengths))
    square = x.data * x.data
    rows = np.flatnonzero(lengths)
    starts = indptr[:-1][rows].astype(np.int64)
    for k in range(int(lengths.max()) if len(lengths) else 0):
        live = lengths[rows] > k
        rows, starts = rows[live], starts[live]
        sums[rows] += square[starts + k]
    norms = np.sqrt(sums)
    each = np.repeat(norms, lengths)
    nonzero = each != 0
    x.data[nonzero] /= each[nonzero]


def binary(docs: Sequence[Any], analyze: Callable[[Any], Iterable[str]]) -> Any:
    """CountVectorizer(binary=True) rows scaled by their largest entry (normalize(...,
    norm="max")): 1.0 for each word a document has."""
    import numpy as np

    x = counts(docs, analyze).astype(np.float64)  # sorts each row, as normalize does
    x.data[:] = 1.0
    return x


def _as_float(x: Any) -> Any:
    """The matrix with float64 entries, its layout kept (scipy's astype would sort each
    row's entries, which scikit-learn's path does not)."""
    import numpy as np
    from scipy.sparse import csr_matrix

    return csr_matrix((x.data.astype(np.float64), x.indices, x.indptr), shape=x.shape)
