"""Property-based tests (hypothesis): whatever the text, front matter, JSON, file name or
rule file, no exception escapes a stage, offsets map back to the text, and the time taken
stays bounded by the input's size.

The examples are derandomized (the same on every run, so CI is reproducible) and kept few
enough for `make test`; set HYPOTHESIS_PROFILE=fuzz for a long run with fresh examples.
"""

from __future__ import annotations

import contextlib
import json
import os
import time
import xml.etree.ElementTree as ET
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from crosscheck.config import Settings
from crosscheck.errors import ConfigError, InputError
from crosscheck.extract.document import extract_document
from crosscheck.extract.numbers import find_numbers, tokenize
from crosscheck.ingest import read_file, read_inputs
from crosscheck.ingest.base import SourceFile
from crosscheck.ingest.markdown import read_markdown
from crosscheck.ingest.records import read_json, read_jsonl
from crosscheck.ingest.textbuild import split_paragraphs
from crosscheck.model import Document
from crosscheck.pipeline import alias_table
from crosscheck.rules.loader import load_rule_files, template_problem
from crosscheck.segment import segment

settings.register_profile(
    "ci",
    max_examples=60,
    derandomize=True,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
settings.register_profile(
    "fuzz", max_examples=2000, deadline=None, suppress_health_check=list(HealthCheck)
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

ALIASES = alias_table(Settings())
SETTINGS = Settings(jobs=1)

# News-like text: words, figures with every separator and invisible mark crosscheck knows,
# punctuation that ends (or seems to end) sentences, quotes, new lines, and any character.
PIECES = st.sampled_from(
    [
        "the", "army", "said", "Mr.", "U.S.", "about", "at least", "troops", "people", "$",
        "%", "3,000", "1.5", "billion", "10^6", "３，０００", "٣٬٠٠٠", "3\u200b,000", "2٫5",
        "\u202e", "\u200f", ".", "...", "!", "?", "“", "”", "\"", "(", ")", ";", ":", "-", "—",
        "\n", "\n\n", "SEOUL -", "PHOTO:", "1,1,1,000", "9" * 40, "Jan.", "5", "p.m.",
    ]
)  # fmt: skip
NEWS = st.lists(st.one_of(PIECES, st.text(max_size=8)), max_size=120).map(" ".join)


def _document(text: str) -> Document:
    return Document("doc.txt", "doc.txt", "text", text, split_paragraphs(text))


def _bounded(started: float, size: int) -> None:
    """Generous: seconds for a few kB; a quadratic stage on such inputs takes far longer."""
    assert time.monotonic() - started < 20 + size / 500


@given(NEWS)
def test_segment_and_extract_never_raise_and_spans_map_back(text: str) -> None:
    doc = _document(text)
    started = time.monotonic()
    sentences = segment(doc)
    claims = extract_document(doc, sentences, ALIASES)
    _bounded(started, len(text))
    previous_end = 0
    for s in sentences:
        assert doc.text[s.span[0] : s.span[1]] == s.text
        assert previous_end <= s.span[0] < s.span[1]
        previous_end = s.span[1]
    for c in claims:
        assert 0 <= c.span[0] < c.span[1] <= len(text)
        assert doc.text[c.span[0] : c.span[1]] == c.text


@given(NEWS)
def test_numbers_are_finite_and_inside_the_text(text: str) -> None:
    for m in find_numbers(tokenize(text)):
        assert m.value == m.value and abs(m.value) < float("inf")
        assert 0 <= m.start < m.end <= len(text)


KEYS = st.text(max_size=8)
YAML_VALUES = st.recursive(
    st.one_of(
        st.none(), st.booleans(), st.integers(), st.text(max_size=20),
        st.sampled_from(["2025-13-45", "2024-02-30", "2024-01-05", "*a", "&a x", "!!python/none"]),
    ),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(KEYS, inner, max_size=4),
    max_leaves=12,
)  # fmt: skip


@given(
    st.one_of(
        YAML_VALUES.map(lambda v: json.dumps({"title": v, "date": v, "author": v})),
        st.text(max_size=200),
    ),
    NEWS,
)
def test_markdown_front_matter_never_raises(front: str, body: str) -> None:
    data = f"---\n{front}\n---\n{body} Some 3,000 troops came.\n".encode(errors="surrogatepass")
    try:
        read = read_markdown(SourceFile("a.md", "a.md", data), SETTINGS)
    except InputError:
        return
    for doc in read.documents:
        assert isinstance(doc.text, str)
        for value in (doc.title, doc.author):
            assert value is None or len(value) < 10_000


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(max_size=30),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(KEYS, inner, max_size=4),
    max_leaves=20,
)  # fmt: skip
RECORDS = st.one_of(
    JSON_VALUES,
    st.fixed_dictionaries(
        {"text": NEWS},
        optional={
            "title": JSON_VALUES,
            "published": JSON_VALUES,
            "id": JSON_VALUES,
            "author": JSON_VALUES,
        },
    ),
)


@given(st.lists(RECORDS, max_size=5), st.booleans())
def test_json_and_jsonl_never_raise(records: list[object], lines: bool) -> None:
    if lines:
        data = "\n".join(json.dumps(r) for r in records).encode()
        reader = read_jsonl
    else:
        data = json.dumps(records).encode()
        reader = read_json
    try:
        read = reader(SourceFile("a.json", "a.json", data), SETTINGS)
    except InputError:
        return
    assert all(d.text.strip() for d in read.documents)


@given(st.binary(max_size=300), st.sampled_from([".txt", ".md", ".html", ".json", ".jsonl"]))
def test_any_bytes_in_any_format_are_read_or_skipped(data: bytes, ext: str) -> None:
    from crosscheck.ingest import Candidate

    path = Path(os.environ.get("TMPDIR", "/tmp")) / f"crosscheck-fuzz{os.getpid()}{ext}"
    path.write_bytes(data)
    try:
        read_file(Candidate(path, path.name, path.name), SETTINGS)
    except InputError:
        pass
    finally:
        path.unlink()


NAMES = st.text(
    alphabet=st.characters(blacklist_characters="/\x00", blacklist_categories=["Cs"]),
    min_size=1,
    max_size=40,
).filter(lambda n: n not in (".", "..") and not n.startswith("."))


@given(NAMES)
def test_any_file_name_reads_and_every_output_stays_well_formed(name: str) -> None:
    import tempfile

    from crosscheck.pipeline import check
    from crosscheck.report.junit import to_junit
    from crosscheck.report.sarif import to_sarif
    from crosscheck.report.text import to_text

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "in"
        folder.mkdir()
        try:
            (folder / f"{name}.txt").write_text("Police said 3,000 people came.\n")
        except OSError:
            return  # the file system refuses the name (too long in bytes)
        (folder / "fixed").mkdir()
        (folder / "fixed" / "b.txt").write_text("Police said 4,000 people came.\n")
        result = check([folder], Settings(jobs=1, shipped_aliases=False))
        assert len(result.documents) + len(result.skipped) == 2
        ET.fromstring(to_junit(result, "info").split("?>", 1)[1])
        text = to_text(result)
        assert len(text.splitlines()) == len(result.findings)
        json.dumps(to_sarif(result))


MESSAGES = st.lists(
    st.one_of(
        st.text(max_size=5),
        st.sampled_from(
            [
                "{",
                "}",
                "{subject}",
                "{count}",
                "{count:",
                ">",
                "99999",
                ":xyz}",
                "{values!r}",
                "{min:>",
                "{0}",
                "{subject.x}",
                "{{",
                "}}",
            ]
        ),
    ),
    max_size=8,
).map("".join)


@given(MESSAGES)
def test_a_message_template_is_refused_or_formats_to_a_bounded_message(message: str) -> None:
    from crosscheck.rules.checks import MESSAGE_FIELDS

    problem = template_problem(message)  # never an error of its own ("{subject", "}")
    if problem is None:
        out = message.format_map({f: "x" * 100 for f in MESSAGE_FIELDS})
        assert len(out) < 100 * len(message) + 2_000


@given(st.text(max_size=300))
def test_any_rule_file_is_loaded_or_a_config_error(content: str) -> None:
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "r.yml"
        path.write_text("rules:\n" + content, encoding="utf-8", errors="surrogatepass")
        with contextlib.suppress(ConfigError):
            load_rule_files([path])


def test_reading_a_folder_of_fuzzed_files_ends_with_a_result(tmp_path: Path) -> None:
    """A smoke run over the kinds of hostile files above, together, through the whole read."""
    (tmp_path / "a.md").write_text("---\ntitle: &a [x, *a]\n---\nSome 3 people.\n")
    (tmp_path / "b.json").write_text('{"text": "\\ud800 3 people", "published": [[[]]]}')
    (tmp_path / "c.jsonl").write_text('{"text": 5}\nnot json\n{"text": "4 people"}\n')
    (tmp_path / "d.txt").write_bytes(b"\xff\xfe\x00\x00 3 people")
    result = read_inputs([tmp_path], SETTINGS)
    assert result.documents and all(d.text for d in result.documents)


@given(st.lists(NEWS, min_size=1, max_size=3))
def test_a_run_over_fuzzed_articles_writes_every_report(texts: list[str]) -> None:
    """The whole pipeline, from files to every report format: nothing escapes, and the
    writers read only the run's record."""
    import tempfile

    from crosscheck.pipeline import check
    from crosscheck.report.outputs import write_files

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "in"
        folder.mkdir()
        for i, text in enumerate(texts):
            (folder / f"{i}.txt").write_text(text, encoding="utf-8", errors="surrogatepass")
        result = check([folder], Settings(jobs=1, fail_on="info"))
        assert result.exit_code in ((0, 1) if result.documents else (5,))  # 5: none read
        assert len(result.documents) + len(result.skipped) == len(texts)
        out = Path(tmp) / "out"
        written = write_files(result, ["json", "html", "sarif", "junit"], out, "info", set())
        assert {p.name for p in written} == {
            "report.json", "report.html", "report.sarif", "report.junit.xml"
        }  # fmt: skip
        json.loads((out / "report.json").read_text(encoding="utf-8"))
        ET.parse(out / "report.junit.xml")
