"""crosscheck.match.tfidf against scikit-learn's vectorizers, with the settings the matcher
and the story graph use, on real articles: the very same arrays, to the bit, so matching
without scikit-learn changes no report."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from crosscheck.match import tfidf
from tests.conftest import ARTICLES, ECB_ARTICLES, SEEDS


def _texts() -> list[str]:
    """The seeds and the fixtures' articles, and 300 ECB+ articles where they are."""
    paths = sorted(SEEDS.glob("*.txt")) + sorted(ARTICLES.glob("*"))
    paths += sorted(ECB_ARTICLES.rglob("*.md"))[:300] if ECB_ARTICLES.is_dir() else []
    return [p.read_text(encoding="utf-8") for p in paths if p.is_file()]


def _sentences() -> list[str]:
    return [s for t in _texts() for s in re.split(r"(?<=[.!?])\s+", t) if s.strip()]


def _same(ours: Any, theirs: Any) -> None:
    assert type(ours) is type(theirs) and ours.shape == theirs.shape
    for name in ("indptr", "indices", "data"):
        a, b = getattr(ours, name), getattr(theirs, name)
        assert a.dtype == b.dtype, name
        assert a.tobytes() == b.tobytes(), name  # bit for bit, entries in the same order
    assert ours.has_sorted_indices == theirs.has_sorted_indices


def test_texts_are_real_articles() -> None:
    assert len(_texts()) >= 6 and len(_sentences()) >= 70


def test_stop_words_are_scikit_learns() -> None:
    from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

    assert tfidf.ENGLISH_STOP_WORDS == ENGLISH_STOP_WORDS


@pytest.mark.parametrize("pattern", [tfidf.ARTICLE_WORDS, tfidf.CLAIM_WORDS])
def test_word_tfidf_is_scikit_learns(pattern: str) -> None:
    from sklearn.feature_extraction.text import TfidfVectorizer

    analyze = tfidf.word_analyzer(pattern, tfidf.ENGLISH_STOP_WORDS)
    # the claims of one sentence share its text: a text repeated, next and further on
    repeated = [s for s in _sentences()[:9] for _ in range(2)] + _sentences()[:5]
    for docs in (_texts(), _sentences(), _sentences()[:7], repeated):
        theirs = TfidfVectorizer(stop_words="english", sublinear_tf=True,
                                 token_pattern=pattern).fit_transform(docs)  # fmt: skip
        _same(tfidf.tfidf(docs, analyze, sublinear_tf=True), theirs)


def test_a_text_repeated_is_analysed_once_and_counted_as_scikit_learn_does() -> None:
    """The claims of one sentence share its text: each distinct text is analysed once, and
    the counts are CountVectorizer's, repeats (an empty text and one of stop words among
    them) included."""
    from sklearn.feature_extraction.text import CountVectorizer

    analyze = tfidf.word_analyzer(tfidf.CLAIM_WORDS, tfidf.ENGLISH_STOP_WORDS)
    calls: list[str] = []

    def counting(doc: str) -> list[str]:
        calls.append(doc)
        return analyze(doc)

    base = [*_sentences()[:6], "", "the of and", "Troops crossed the border."]
    docs = [base[k % len(base)] for k in (0, 0, 1, 6, 2, 6, 1, 7, 3, 7, 4, 5, 8, 0, 8)]
    ours = tfidf.counts(docs, counting)
    assert sorted(calls) == sorted(set(docs))
    theirs = CountVectorizer(stop_words="english", token_pattern=tfidf.CLAIM_WORDS)
    _same(ours, theirs.fit_transform(docs))


def test_character_tfidf_is_scikit_learns() -> None:
    """The words left and right of a figure, as character n-grams within words."""
    from sklearn.feature_extraction.text import TfidfVectorizer

    sides = [s[:40] for s in _sentences()] + [s[-40:] for s in _sentences()] + ["", "a  b"]
    sides += sides[:10]  # texts seen before
    theirs = TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5),
                             sublinear_tf=True).fit_transform(sides)  # fmt: skip
    _same(tfidf.tfidf(sides, tfidf.char_wb_analyzer(3, 5), sublinear_tf=True), theirs)


def test_binary_names_are_scikit_learns() -> None:
    from sklearn.feature_extraction.text import CountVectorizer
    from sklearn.preprocessing import normalize

    def words(names: tuple[str, ...]) -> list[str]:
        return [w.lower() for n in names for w in n.split() if len(w) > 1]

    names = [tuple(re.findall(r"[A-Z][a-z]+(?: [A-Z][a-z]+)*", s)[:3]) for s in _sentences()]
    assert any(names) and not all(names)  # sentences with names and without
    theirs = normalize(CountVectorizer(analyzer=words, binary=True).fit_transform(names),
                       norm="max")  # fmt: skip
    _same(tfidf.binary(names, words), theirs)


def test_similarities_and_nearest_articles_are_scikit_learns() -> None:
    """What the story graph reads: each article's similarities and its nearest article."""
    from sklearn.feature_extraction.text import TfidfVectorizer

    texts = _texts()
    ours = tfidf.tfidf(texts, tfidf.word_analyzer(tfidf.ARTICLE_WORDS, tfidf.ENGLISH_STOP_WORDS),
                       sublinear_tf=True)  # fmt: skip
    theirs = TfidfVectorizer(stop_words="english", sublinear_tf=True,
                             token_pattern=tfidf.ARTICLE_WORDS).fit_transform(texts)  # fmt: skip
    a, b = (ours @ ours.T).toarray(), (theirs @ theirs.T).toarray()
    assert np.array_equal(a, b)
    np.fill_diagonal(a, -1)
    np.fill_diagonal(b, -1)
    assert list(a.argmax(axis=1)) == list(b.argmax(axis=1))


def test_no_words_is_an_error_as_in_scikit_learn() -> None:
    """Callers read a ValueError as "no vectors" (texts of stop words or figures only)."""
    from sklearn.feature_extraction.text import TfidfVectorizer

    analyze = tfidf.word_analyzer(tfidf.ARTICLE_WORDS, tfidf.ENGLISH_STOP_WORDS)
    for docs in (["it was about 12 of them", "and 3"], ["", ""]):
        with pytest.raises(ValueError):
            TfidfVectorizer(stop_words="english", token_pattern=tfidf.ARTICLE_WORDS).fit_transform(
                docs
            )
        with pytest.raises(ValueError, match="empty vocabulary"):
            tfidf.tfidf(docs, analyze, sublinear_tf=True)


def test_a_run_imports_no_scikit_learn(tmp_path: Path) -> None:
    """Reading, extraction, the story graph, matching and the report of a small run: none
    needs scikit-learn (importing it took most of a re-run that matches a few stories),
    nor scipy's csgraph (a tenth of a second)."""
    code = (
        "import sys\n"
        "from crosscheck.cli import main\n"
        "sys.argv = ['crosscheck', 'check', sys.argv[1], '--out', sys.argv[2], '--jobs', '1',\n"
        "            '--format', 'html,json', '--fail-on', 'never']\n"
        "try:\n"
        "    main()\n"
        "except SystemExit as exit:\n"
        "    assert not exit.code, exit.code\n"
        "assert 'sklearn' not in sys.modules, 'scikit-learn was imported'\n"
        "assert 'scipy.sparse.csgraph' not in sys.modules, 'csgraph was imported'\n"
    )
    out = tmp_path / "out"
    done = subprocess.run([sys.executable, "-c", code, str(SEEDS), str(out)],
                          capture_output=True, text=True)  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert '"groups": [\n' in (out / "report.json").read_text(encoding="utf-8")
