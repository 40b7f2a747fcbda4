"""Shared paths and fixtures. Corpora from ../shared/data are read in place, never copied;
tests that need them skip with the reason when they are absent."""

from __future__ import annotations

import os
import re
import shutil
import string
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO / "seeds"

# Readings held back on branches, their test rows strict xfails that expect a failed
# assertion, not any error (docs/evaluation.md,
# sixty-second round). held-readings62: a weekday a future tense reaches, a hedge or a
# negation of another clause or quoted sentence, a noun after "and" that a verb opens,
# lemmas of one short syllable, "one said" no count of "said": refitted on them, the
# leave-one-event-out figures hold (25 / 1, 25/80, 249/364; five draws' mean 23.2 found,
# 1.0 wrong, 245.4 corroborated against main's 23.8, 1.0, 243.0), but the refitted model
# joins one man's two wives with another man's three
# (test_one_mans_figure_under_a_short_first_name_is_compared).
HELD_READINGS = pytest.mark.xfail(
    strict=True,
    raises=AssertionError,
    reason="held back: moves the development features, and the refitted pair model joins "
    "figures of two owners a test keeps apart (docs/evaluation.md, sixty-second round); "
    "branch held-readings62",
)
# held-subjects: those, and a counted noun's verb past its phrase, two nouns one subject of
# an auxiliary, "n\u2019t" with a curly apostrophe: with every held reading the refitted
# pair model falls (five draws' mean 22.2 found, 1.6 wrong, 238.6 corroborated).
HELD_SUBJECTS = pytest.mark.xfail(
    strict=True,
    raises=AssertionError,
    reason="held back: with every held reading the refitted pair model falls (five draws' "
    "mean 22.2 found, 1.6 wrong, 238.6 corroborated against main's 23.8, 1.0, 243.0: "
    "docs/evaluation.md, sixty-second round); branch held-subjects",
)
# The branches these name were not kept in later checkouts: what each reads is said here,
# in the rows' comments and in its round. Held in the sixty-third round, without a
# branch (each a line of code, given in the reason):
HELD_AS = pytest.mark.xfail(
    strict=True,
    raises=AssertionError,
    reason="held back: 'as' read as no counted noun (`or low == \"as\"` in nouns._stop) "
    "moves the development features; refitted, leave-one-event-out 23 / 1, 23/80, 247/364 "
    "against 25 / 1, 243 (five draws' mean 24.2 found, 1.4 wrong, 243.8 corroborated "
    "against 24.4, 1.0, 243.6): docs/evaluation.md, sixty-third round",
)
HELD_NAUTICAL = pytest.mark.xfail(
    strict=True,
    raises=AssertionError,
    reason="held back: 'nautical miles' as a length (a row of units._NAMED_TABLE, "
    '`(r"(?i:nautical[- ]miles?)", "nautical mile")`) moves 16 claims of '
    "12ecb from counts to measures; refitted with the 'as' reading, leave-one-event-out "
    "23 / 2, 240/364 (five draws' mean 23.4, 2.0, 239.4): docs/evaluation.md, sixty-third "
    "round",
)
HELD_TOLL = pytest.mark.xfail(
    strict=True,
    raises=AssertionError,
    reason="held back: a death toll's level read as a count of the dead at extraction "
    "(claims._number_level; the clustering reading cluster._level_concept replaced) needs "
    "a refit: leave-one-event-out 25 / 1, 243 as before and five draws' mean 24.4 / 1.0 / "
    "243.6 against 23.8 / 1.0 / 243.0, but held-out corroboration 66/107 against 67 and two "
    "wrong warnings more on the 74 ECB+ folders (a jury's '5 man' against 'four children', "
    "'five decades' against 'four decades'), all the refit's: docs/evaluation.md, "
    "sixty-third round",
)
# Held in the sixty-fourth round (without a branch; the line of code in the reason):
HELD_OTHERS = pytest.mark.xfail(
    strict=True,
    raises=AssertionError,
    reason="held back: a noun phrase of 'others' or with a count of its own is not "
    "coordinated into the counted noun ('killing four skiers and burying several others' "
    "counts 'skier and other'; in nouns._coordinated, return the phrase when the second's "
    "head is 'other' or a word of it is one of several, many, some, few, numerous, "
    "countless or a vague plural) moves three development claims; refitted with the toll "
    "reading, five draws' mean 24.4 found, 1.2 wrong, 245.8 corroborated against 23.8, "
    "1.0, 243.0 and the outside stories 18 / 1, 86 against 16 / 1, 85, but the shipped "
    "refit 24 / 1, 244 against 25 / 1, 243, held-out 65/107 against 67 and four wrong "
    "warnings more on the 74 ECB+ folders: docs/evaluation.md, sixty-fourth round",
)
# Held in the sixty-ninth round (without a branch; the line of code in the reason):
HELD_ADDED = pytest.mark.xfail(
    strict=True,
    raises=AssertionError,
    reason='held back: "added" right before a figure as a gain, no speech (in '
    'attribution._verb_event, `if verb_word.lower() in ("add", "adds", "added") and '
    're.match(r"\\s+\\W?\\d", after): return None`) frees the players of 29ecbplus and '
    "31ecb as owners of their points and moves the development features; refitted, "
    "leave-one-event-out 25 / 1, 25/80, 242 against 26 / 1, 26/80, 242, five draws' mean "
    "24.6 found, 1.0 wrong, 241.8 corroborated against 24.8, 1.0, 242.0, held-out 66/107 "
    "against 67 and outside 85/101 against 86: docs/evaluation.md, sixty-ninth round",
)
# Held in the seventieth round (without a branch; the line of code in the reason):
HELD_REMAIN = pytest.mark.xfail(
    strict=True,
    raises=AssertionError,
    reason="held back: a verb of staying as no counted noun (`or (low in STAYING_VERBS and "
    "tok.text.islower())` in nouns._stop, lower case: not the Brexit vote's '16.1 million "
    "Remain voters'; '31 remain missing' counts 'remain') drops a development claim ('the "
    "No. 1 Tar Heels remain unbeaten'); refitted, leave-one-event-out 25 / 1, 25/80, 239 "
    "against 26 / 1, 26/80, 242, five draws' mean 25.4 found, 1.2 wrong, 242.0 corroborated "
    "against 24.8, 1.0, 242.0, held-out 2/14, 66/107 against 3/14, 67 and outside 85/101 "
    "against 86: docs/evaluation.md, seventieth round",
)
HELD_PLURAL = pytest.mark.xfail(
    strict=True,
    raises=AssertionError,
    reason="held back: a plural before a lower-case plural is the first noun of a compound "
    "('240 corrections officers' counts 'correction'; in nouns.noun_phrase, skip a plural "
    "whose next word is alphabetic, lower case and ends in -s, the plural itself lower "
    "case, not 'thanks to') moves six development claims ('two plainclothes officers', "
    "'27 overseas booths'); refitted, leave-one-event-out 25 / 1, 25/80, 242 against "
    "26 / 1, 26/80, 242, five draws' mean 25.4 found, 1.6 wrong, 238.6 corroborated "
    "against 24.8, 1.0, 242.0, held-out 65/107 against 67, outside 89/101 against 86: "
    "docs/evaluation.md, seventieth round",
)
HELD_BASE_FORM = pytest.mark.xfail(
    strict=True,
    raises=AssertionError,
    reason="held back: a verb's base form after 'not', 'n't', 'never' or a modal (do, did, "
    "will, could...) as the figure's verb in context.predicate's scan after the figure "
    "('2,900 runners did not finish' had none, and was compared with 'finished'; not a "
    "word of degree, 'were not as fortunate') moves six development claims; refitted, "
    "leave-one-event-out 25 / 1, 25/80, 241 against 26 / 1, 26/80, 242, five draws' mean "
    "24.8 found, 1.0 wrong, 241.6 corroborated against 24.8, 1.0, 242.0, held-out 3 / 1, "
    "65/107 against 3 / 0, 67: docs/evaluation.md, seventieth round",
)
HELD_PARTICIPLE = pytest.mark.xfail(
    strict=True,
    raises=AssertionError,
    reason="held back: a participle in -ing after 'and', with one right before the figure, "
    "as a second verb (in nouns._coordinated, return the phrase when the word after 'and' "
    "is a lower-case -ing word of six letters or more and such a word stands before the "
    "figure, past its qualifier) moves four development claims ('killing five people and "
    "damaging buildings'); refitted, leave-one-event-out 26 / 1, 26/80, 246 against 26 / "
    "1, 26/80, 242, five draws' mean 24.6 found, 1.0 wrong, 243.6 corroborated against "
    "24.8, 1.0, 242.0, held-out 66/107 against 67, and some 60 findings of the 74 folders "
    "moved ('two women' joined with 'two men'): docs/evaluation.md, seventieth round",
)
FIXTURES = Path(__file__).resolve().parent / "fixtures"
ARTICLES = FIXTURES / "articles"
SHARED_DATA = REPO.parent / "shared" / "data"
ECB_ARTICLES = SHARED_DATA / "ecbplus-articles"


def shared_dir(name: str) -> Path:
    """A corpus folder under ../shared/data, or a skip saying where it was looked for."""
    path = SHARED_DATA / name
    if not path.is_dir():
        pytest.skip(f"corpus {name!r} not found at {path} (it lives in ../shared/data)")
    return path


@pytest.fixture(scope="session")
def ecb_articles() -> Path:
    return shared_dir("ecbplus-articles")


@pytest.fixture
def work(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A repository-like folder with the seeds in articles/, as the working directory."""
    shutil.copytree(SEEDS, tmp_path / "articles")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def write_article(path: Path, body: str, **front: str) -> Path:
    """A Markdown article at ``path``: ``front`` as its front matter ('key: value' lines in
    the order given), a blank line, then ``body`` and a newline."""
    fields = "".join(f"{key}: {value}\n" for key, value in front.items())
    path.write_text(f"---\n{fields}---\n\n{body}\n", encoding="utf-8")
    return path


def write_story(folder: Path, *texts: str) -> Path:
    """One-paragraph articles a.txt, b.txt, ... in ``folder`` (made when missing), each
    ``text`` as written, ending in a newline; the folder."""
    assert len(texts) <= len(string.ascii_lowercase)
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in zip(string.ascii_lowercase, texts, strict=False):
        (folder / f"{name}.txt").write_text(text.rstrip("\n") + "\n", encoding="utf-8")
    return folder


def edit_one_figure(event: Path) -> tuple[Path, str]:
    """The second article of an ECB+ event folder with one count of people changed (to
    three times it and seven): one figure of one article edited, as a feed's update is;
    the article and its text before."""
    article = sorted(event.glob("*.md"))[1]
    text = article.read_text(encoding="utf-8")
    figure = re.search(r"\b\d+\b(?=\s+(?:people|killed|dead|soldiers|pirates|members))", text)
    assert figure is not None
    edited = text[: figure.start()] + str(int(figure.group()) * 3 + 7) + text[figure.end() :]
    article.write_text(edited, encoding="utf-8")
    return article, text


def invoke(*args: str) -> Any:
    """The command line, run in-process."""
    from click.testing import CliRunner

    from crosscheck.cli import cli

    return CliRunner().invoke(cli, list(args))


# --- headless Chromium, for the browser tests of the report ---------------------------------

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--no-first-run", "--disable-sync"]  # fmt: skip


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    if not CHROMIUM.exists():
        pytest.skip(f"no Chromium at {CHROMIUM} (make test installs it with apt-get when it can)")
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright not installed")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield b
        b.close()


# crosscheck forks beside a run (the story graph, stories judged, extraction) on POSIX but
# macOS (crosscheck.beside.can_fork)
needs_fork = pytest.mark.skipif(
    not hasattr(os, "fork") or sys.platform == "darwin",
    reason="crosscheck forks on POSIX but macOS only",
)


def fresh_env() -> dict[str, str]:
    """The environment of a new interpreter that imports this crosscheck, wherever this
    test process imports it from."""
    import crosscheck

    return {**os.environ, "PYTHONPATH": str(Path(crosscheck.__file__).resolve().parents[1])}


def unwritable_stdout(how: str) -> Any:
    """A ``preexec_fn`` that leaves the child a standard output it cannot write to:
    ``how`` "closed" (``>&-``) or "read-only" (a file open for reading in its place)."""

    def unwritable() -> None:
        if how == "closed":
            os.close(1)
            return
        fd = os.open(SEEDS / "000_71db2a8b7660cb1e.txt", os.O_RDONLY)
        os.dup2(fd, 1)
        os.close(fd)

    return unwritable


def json_checker(tmp_path: Path, *args: str) -> Any:
    """A function that runs ``crosscheck check GIVEN... ARGS`` (from the current folder)
    into a fresh --out folder under ``tmp_path`` and returns its report.json, the run
    asserted to exit 0."""
    import json

    def check(*given: str) -> dict[str, Any]:
        out = f"out{len(list(tmp_path.glob('out*')))}"
        done = invoke("check", *given, "--out", out, *args)
        assert done.exit_code == 0, done.output
        report: dict[str, Any] = json.loads((tmp_path / out / "report.json").read_text("utf-8"))
        return report

    return check


def fresh_python(code: str, *args: str) -> subprocess.CompletedProcess[str]:
    """``code`` run by a new interpreter with this crosscheck (fresh_env), its arguments
    after it: for what needs a process of its own, as a fork does (a test process holds
    threads other tests left, and crosscheck does not fork beside them)."""
    return subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True,
                          env=fresh_env(), timeout=600)  # fmt: skip
