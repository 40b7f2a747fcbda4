"""Ingestion: one reader per format, bad input skipped with its reason, inputs untouched."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
from datetime import date
from pathlib import Path

import pytest

from crosscheck.config import Settings
from crosscheck.extract import extract_claims
from crosscheck.ingest import discover, read_inputs
from crosscheck.segment import segment
from tests.conftest import ARTICLES, FIXTURES, SEEDS


def read_one(path: Path, settings: Settings | None = None):  # type: ignore[no-untyped-def]
    result = read_inputs([path], settings or Settings())
    assert len(result.documents) == 1, (result.skipped, result.diagnostics)
    return result.documents[0], result


# --- plain text -------------------------------------------------------------------------


def test_seed_text_has_no_title_and_one_paragraph_per_block() -> None:
    doc, _ = read_one(SEEDS / "000_71db2a8b7660cb1e.txt")
    assert doc.format == "text"
    assert doc.title is None  # the first line is a long sentence ending in a full stop
    assert doc.published is None and doc.source is None
    assert len(doc.paragraphs) == 21
    assert doc.text[slice(*doc.paragraphs[-1])] == "Asia News Network/The Korea Herald"


def test_text_one_paragraph_per_line_when_no_blank_lines() -> None:
    doc, _ = read_one(SEEDS / "003_7f9d67f18c909fa1.txt")
    assert len(doc.paragraphs) == 10
    assert doc.text[slice(*doc.paragraphs[6])].startswith("In late February, South Korean")


def test_text_headline_and_hard_wrapped_paragraphs() -> None:
    doc, _ = read_one(ARTICLES / "wrapped_ferry.txt")
    assert doc.title == "Ferry strike strands thousands on the islands"
    assert doc.title_span == doc.paragraphs[0]
    body = doc.text[slice(*doc.paragraphs[1])]
    assert body.startswith("About 4,000 passengers") and body.endswith("resume on Monday.")
    assert len(doc.paragraphs) == 3


def test_crlf_is_normalised_and_maps_back(tmp_path: Path) -> None:
    raw = "Title line\r\n\r\nOfficials said 12 people died.\r\nNo more.\r\n"
    f = tmp_path / "crlf.txt"
    f.write_bytes(raw.encode())
    doc, _ = read_one(f)
    assert "\r" not in doc.text
    i = doc.text.index("12")
    assert raw[doc.offset_map.to_source(i) : doc.offset_map.to_source(i) + 2] == "12"
    assert doc.offset_map.line_col(i) == (3, 16)


def test_published_default_applies_to_plain_text() -> None:
    settings = Settings(published_default=date(2025, 3, 6))
    doc, _ = read_one(SEEDS / "003_7f9d67f18c909fa1.txt", settings)
    assert doc.published == date(2025, 3, 6)


# --- markdown ---------------------------------------------------------------------------


def test_markdown_front_matter_and_markup_removed() -> None:
    doc, result = read_one(ARTICLES / "harbour_fire.md")
    assert result.diagnostics == []
    assert doc.title == "Warehouse fire at Port Dalby leaves 14 injured"
    assert doc.source == "Coastal Courier"
    assert doc.url == "https://courier.example.org/2024/06/harbour-fire"
    assert doc.published == date(2024, 6, 14)
    assert doc.author == "R. Okafor, L. Brandt"
    for markup in ("**", "](", "# ", "> ", "![", "- 14", "title:"):
        assert markup not in doc.text, markup
    assert "injuring at least 14 people, the county fire service said." in doc.text
    assert "Investigators said the damage could exceed €4.5 million." in doc.text
    assert "14 people injured, 3 of them seriously" in doc.text


def test_markdown_offsets_map_back_to_the_file() -> None:
    path = ARTICLES / "harbour_fire.md"
    source = path.read_text(encoding="utf-8")
    doc, _ = read_one(path)
    for needle in ("at least 14 people", "county fire service", "€4.5 million", "1.5 hectares",
                   "Berth No. 4"):  # fmt: skip
        i = doc.text.index(needle)
        j = doc.offset_map.to_source(i)
        assert source[j : j + len(needle)] == needle
    line, col = doc.offset_map.line_col(doc.text.index("1.5 hectares"))
    assert source.splitlines()[line - 1][col - 1 :].startswith("1.5 hectares")


def test_markdown_hidden_html_is_not_read_and_footnotes_are(tmp_path: Path) -> None:
    """A comment, a script or a style is never shown by a page: an old draft in a comment
    ('300 people were killed') made a finding against the article's own 120. A footnote's
    text is shown: it was dropped as a link definition. Offsets still map back."""
    f = tmp_path / "a.md"
    source = (
        "<!-- old draft: Police said 300 people were killed. -->\n\n"
        "Police said 120 people were killed[^1] on <!-- 5 -->Monday.\n\n"
        "<script>var n = 400;\n</script>\n<style>p { width: 50px }</style>\n\n"
        "<!--\nmulti-line: 77 people\n-->\nAfter that 9 people fled.\n\n"
        "[^1]: Footnote: 170 people were killed, police said.\n\n"
        "[ref]: https://example.org/a\n"
        "An open <!-- comment is text: 8 people.\n"
    )
    f.write_text(source)
    doc, result = read_one(f)
    assert result.diagnostics == []
    assert [doc.text[a:b] for a, b in doc.paragraphs] == [
        "Police said 120 people were killed on Monday.",
        "After that 9 people fled.",
        "Footnote: 170 people were killed, police said.",
        "An open <!-- comment is text: 8 people.",
    ]
    for needle in ("Monday.", "170 people", "9 people"):
        j = doc.offset_map.to_source(doc.text.index(needle))
        assert source[j : j + len(needle)] == needle


@pytest.mark.parametrize(
    ("source", "paragraphs"),
    [
        # '<!--' shown as code opens no comment (all between was dropped)
        ("Comments open with `<!--` in HTML.\n\nPolice said 120 people died.\n\n"
         "They close with `-->` too.\n",
         ["Comments open with <!-- in HTML.", "Police said 120 people died.",
          "They close with --> too."]),
        ("```html\n<!-- an opener in a sample\n```\n\nPolice said 120 people died.\n\n"
         "Officials said 300 homes burned. <!-- note -->\n",
         ["Police said 120 people died.", "Officials said 300 homes burned."]),
        # an empty comment, as HTML writes one
        ("Police said 120 people died. <!--> Officials said 300 homes burned. -->\n",
         ["Police said 120 people died.  Officials said 300 homes burned. -->"]),
        # a comment in a link's label: the link still read as one
        ("Police said [120 <!-- x --> people](https://x.org/a) died.\n",
         ["Police said 120  people died."]),
        # a fence inside a comment is none: the comments after it stay hidden
        ("<!--\n```\nold sample\n-->\nPolice said 120 people died.\n\n"
         "<!-- draft: 300 people killed -->\nOfficials said 40 homes burned.\n",
         ["Police said 120 people died.", "Officials said 40 homes burned."]),
        # an empty comment is one whether or not a '-->' comes later
        ("Police said 120 people died.\n\nA <!--> mark.\n", ["Police said 120 people died.",
                                                          "A  mark."]),
        # one left open is text, and so is every later opener of its kind
        ("A <!-- opens. Police said 120 people died. <!-- again\n",
         ["A <!-- opens. Police said 120 people died. <!-- again"]),
    ],
)  # fmt: skip
def test_markdown_comments_open_outside_code_only(
    tmp_path: Path, source: str, paragraphs: list[str]
) -> None:
    f = tmp_path / "a.md"
    f.write_text(source)
    doc, _ = read_one(f)
    assert [doc.text[a:b] for a, b in doc.paragraphs] == paragraphs


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
def test_markdown_reads_the_same_whatever_its_line_ends(tmp_path: Path, newline: str) -> None:
    """A Markdown file saved with CR line ends was one line: its front matter read as text
    and its heading swallowing the body."""
    f = tmp_path / "a.md"
    head = ["---", "title: Storm", "source: Wire", "---", "", "# Heading", ""]
    lines = [*head, "Police said 120 people were killed.", "", "Officials said 300 homes burned."]
    f.write_bytes(newline.join(lines).encode() + newline.encode())
    doc, result = read_one(f)
    assert (doc.title, doc.source, result.diagnostics) == ("Storm", "Wire", [])
    assert [doc.text[a:b] for a, b in doc.paragraphs] == [
        "Heading",
        "Police said 120 people were killed.",
        "Officials said 300 homes burned.",
    ]
    line, col = doc.offset_map.line_col(doc.text.index("300 homes"))
    assert (line, col) == (10, 16)


def test_a_file_name_with_a_day_the_calendar_lacks_is_said(tmp_path: Path) -> None:
    """'2024-02-30_wire.txt' was left undated without a word (front matter with such a day
    warns); a real day in the name still dates it, and records share one warning."""
    (tmp_path / "2024-02-30_wire.txt").write_text("Police said 3 people died.\n")
    (tmp_path / "2024-02-28_wire.txt").write_text("Police said 4 people died.\n")
    (tmp_path / "2023-04-31_r.jsonl").write_text(
        '{"id": "a", "text": "Police said 5 died."}\n{"id": "b", "text": "Police said 6."}\n'
    )
    result = read_inputs([tmp_path], Settings())
    assert {d.id: d.published for d in result.documents} == {
        "2023-04-31_r.jsonl#a": None, "2023-04-31_r.jsonl#b": None,
        "2024-02-28_wire.txt": date(2024, 2, 28), "2024-02-30_wire.txt": None,
    }  # fmt: skip
    assert sorted((d.path.rsplit("/", 1)[-1], d.message) for d in result.diagnostics) == [
        ("2023-04-31_r.jsonl", "the date in the file name, 2023-04-31, is no day of the "
         "calendar; not used"),
        ("2024-02-30_wire.txt", "the date in the file name, 2024-02-30, is no day of the "
         "calendar; not used"),
    ]  # fmt: skip


def test_json_lines_with_cr_line_ends_are_records_each(tmp_path: Path) -> None:
    """Lines ended by CR alone (as an old Mac saves them) are lines too: each record is
    read, with its line (it was one line of two records, not valid JSON)."""
    j = tmp_path / "r.jsonl"
    j.write_bytes(b'{"id": "a", "text": "Police said 3 died."}\r\r{"id": "b", "text": 5}\r')
    result = read_inputs([j], Settings())
    assert [d.id for d in result.documents] == ["r.jsonl#a"]
    assert [(s.path, s.reason) for s in result.skipped] == [
        (f"{j}:3", "line 3 has a 'text' field that is a number, not a string of article text")
    ]


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ('{"id": "a"}', "has no 'text' field with article text"),
        ('{"id": "a", "text": null}', "has no 'text' field with article text"),
        ('{"id": "a", "text": "  "}', "has no 'text' field with article text"),
        # a text in another shape: the field is there, so "no 'text' field" misled
        ('{"id": "a", "text": ["5 died.", "3 hurt."]}', "has a 'text' field that is a list"),
        ('{"id": "a", "text": {"body": "5 died."}}', "has a 'text' field that is an object"),
        ('{"id": "a", "text": true}', "has a 'text' field that is true or false"),
    ],
)
def test_a_record_without_article_text_says_what_its_text_field_is(
    tmp_path: Path, text: str, reason: str
) -> None:
    j = tmp_path / "r.json"
    j.write_text(text)
    (skipped,) = read_inputs([j], Settings()).skipped
    if "has a" in reason:
        reason += ", not a string of article text"
    assert skipped.reason == f"the record {reason}"


def test_markdown_list_items_and_headings_are_paragraphs() -> None:
    doc, _ = read_one(ARTICLES / "harbour_fire.md")
    paras = [doc.text[s:e] for s, e in doc.paragraphs]
    assert paras[0] == "Warehouse fire at Port Dalby leaves 14 injured"
    assert "14 people injured, 3 of them seriously" in paras
    assert "120 firefighters at the height of the blaze" in paras


@pytest.mark.parametrize(
    ("front", "line", "why"),
    [
        ("title: ok\nsource: [unclosed\n", 4, "did not find expected ',' or ']'"),
        # YAML's ReaderError has no mark: the warning had no line, as every YAML file's
        ("title: « ok »\nsource: the\u0092s\n", 3,
         "unacceptable character #x0092: control characters are not allowed"),
    ],
    ids=["unclosed", "control-character"],
)  # fmt: skip
def test_bad_front_matter_is_a_warning_with_its_line(
    tmp_path: Path, front: str, line: int, why: str
) -> None:
    f = tmp_path / "bad.md"
    f.write_text(f"---\n{front}---\nPolice said 3 people died.\n")
    doc, result = read_one(f)
    assert doc.text.strip() == "Police said 3 people died."
    (diag,) = result.diagnostics
    assert diag.path.endswith("bad.md") and diag.line == line, diag
    assert diag.message == f"front matter is not valid YAML ({why}); ignored"


def test_toml_front_matter_is_read_as_front_matter(tmp_path: Path) -> None:
    """Hugo and Zola write front matter in TOML between '+++' lines: it was read as the
    article's first lines (its date a figure, no warning); now its title, date and
    source are the article's, as YAML front matter's are. TOML that cannot be read is a
    warning with its line in the file, the rest read."""
    f = tmp_path / "storm.md"
    f.write_text('+++\ntitle = "Storm"\ndate = 2025-03-06\nsource = "Coast Times"\n'
                 '[params]\nfeatured = true\n+++\nA storm killed 15 people on Monday, '
                 "officials said.\n")  # fmt: skip
    doc, result = read_one(f)
    assert doc.text.strip() == "A storm killed 15 people on Monday, officials said."
    assert (doc.title, doc.source, str(doc.published)) == ("Storm", "Coast Times", "2025-03-06")
    assert not result.diagnostics
    bad = tmp_path / "bad.md"
    bad.write_text('+++\ntitle = "Storm"\ndate = 2025-03-06 oops\n+++\nPolice said 3 died.\n')
    doc, result = read_one(bad)
    assert doc.text.strip() == "Police said 3 died."
    (diag,) = result.diagnostics
    assert diag.line == 3 and diag.message.startswith("front matter is not valid TOML ("), diag
    # what tomllib raises besides its decode error is a warning too (one loader with the
    # configuration file's), and a key written twice in two cases names both lines
    for front, line, said in (
        ("views = " + "9" * 5000 + "\n", 2, "not valid TOML (a whole number of more than"),
        ("x = " + "[" * 5000 + "]" * 5000 + "\n", None, "nested too deeply to be read as TOML"),
        ('title = "S"\nDate = 2025-03-06\ndate = 2025-03-07\n', 4,
         "key 'date' is written twice (first as 'Date' at line 3)"),
    ):  # fmt: skip
        odd = tmp_path / "odd.md"
        odd.write_text(f"+++\n{front}+++\nPolice said 3 died.\n")
        doc, result = read_one(odd)
        assert doc.text.strip() == "Police said 3 died."
        (diag,) = result.diagnostics
        assert diag.line == line and said in diag.message, diag
    # a line of '+++' that opens no block is text
    text = tmp_path / "plus.md"
    text.write_text("+++\nPolice said 3 died.\n")
    doc, result = read_one(text)
    assert "Police said 3 died." in doc.text and not result.diagnostics


def test_toml_front_matter_names_a_keys_line_past_strings_comments_and_arrays(
    tmp_path: Path,
) -> None:
    """A key's line in TOML front matter was '?' (and its date warning had no line) when
    three double quotes stood in a comment above it (read as a string opened) or a
    multi-line array had a line opening with '[' (read as a table's header): the lines
    are read as TOML reads them (crosscheck.safetoml, the configuration file's reading
    too). A key's name inside a multi-line string is no key."""
    q3 = '"' * 3
    fronts = {
        "comment": f"# Hugo quotes long text with {q3} like this\n",
        "array": 'tags = [\n  ["weather", "coast"],\n  ["storm"],\n]\n',
        "string": f'summary = {q3}\nTitle = "not a key"\ntitle = "nor this"\n{q3}\n',
        "none": "",  # (as before)
    }
    for name, front in fronts.items():
        f = tmp_path / "storm.md"
        f.write_text(f"+++\n{front}title = 'Storm'\nTitle = 'Storm!'\ndate = 'nope'\n+++\n"
                     "A storm killed 15 people on Monday, officials said.\n")  # fmt: skip
        _, result = read_one(f)
        lines = f.read_text().splitlines()
        keys = ("title = 'Storm'", "Title = 'Storm!'", "date = 'nope'")
        title, again, date = (lines.index(x) + 1 for x in keys)
        twice, bad = result.diagnostics
        assert twice.message == (f"front matter key 'Title' is written twice (first as 'title' "
                                 f"at line {title}); the last is read"), name  # fmt: skip
        assert (twice.line, bad.line) == (again, date), name
        assert bad.message.startswith("date: date not understood"), name


def test_an_address_that_cannot_be_read_is_a_warning_and_the_run_goes_on(tmp_path: Path) -> None:
    """An article's address that urllib cannot read ("http://[::1": an unclosed IPv6 host)
    in a JSON record or front matter is left out with a warning naming the file (the
    copies stage read its host and ended the run with exit 4, no report); the articles are
    read and the others checked. (A page's metadata gives no such address: trafilatura
    leaves it out.)"""
    from crosscheck.pipeline import run

    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(SEEDS / "000_71db2a8b7660cb1e.txt", folder)
    (folder / "r.jsonl").write_text(
        '{"text": "North Korea fired 11 missiles, the military said.", "url": "http://[::1"}\n'
        '{"text": "North Korea fired 12 missiles.", "url": "https://example.org/a"}\n')  # fmt: skip
    (folder / "m.md").write_text('---\ntitle: T\nurl: "http://[x]/a"\n---\n'
                                 "North Korea fired 12 missiles, the military said.\n")  # fmt: skip
    (folder / "p.html").write_text(
        '<html><head><link rel="canonical" href="http://[::1/x"><title>Missiles</title></head>'
        "<body><article><p>North Korea fired 13 missiles on Monday, the military said in "
        "a statement about the launches from the coast.</p></article></body></html>")  # fmt: skip
    result = run([folder], Settings())
    said = sorted((Path(d.path).name, d.line, d.message) for d in result.diagnostics)
    assert said == [
        ("m.md", 3, "front matter 'url' 'http://[x]/a' is not a web address ('x' does not "
                       "appear to be an IPv4 or IPv6 address); read without it"),
        ("r.jsonl", 1, "JSON field 'url' 'http://[::1' is not a web address (Invalid IPv6 "
                       "URL); read without it"),
    ]  # fmt: skip
    urls = sorted((Path(d.path).name, d.url or "") for d in result.documents
                  if d.format != "text")  # fmt: skip
    assert urls == [("m.md", ""), ("p.html", ""), ("r.jsonl", ""),
                    ("r.jsonl", "https://example.org/a")]  # fmt: skip
    assert len(result.documents) == 5 and not result.skipped and result.exit_code in (0, 1)


def test_the_copies_stage_reads_no_host_of_an_address_it_cannot_read() -> None:
    """An address stored before ingest checked them reaches the copies stage as it was:
    its host is none, not an error that ends the run."""
    from crosscheck import sources

    assert sources._host("http://[::1") is None
    assert sources._host("https://www.example.org/a") == "www.example.org"
    assert sources._host(None) is None


def test_front_matter_never_closed_is_a_warning(tmp_path: Path) -> None:
    """'---' and keys with no closing line: the keys are read as the article's first lines
    (nothing else can be told), and now a warning says why, with the line; a page that
    opens with a rule and prose ('Note: ...', 'Update: ...') is no front matter."""
    f = tmp_path / "a.md"
    f.write_text("---\ntitle: Quake\nsource: Wire\nPolice said 3 people died.\n")
    doc, result = read_one(f)
    assert "Police said 3 people died." in doc.text and doc.title is None
    assert [(d.line, d.message) for d in result.diagnostics] == [
        (1, "front matter opened with '---' is never closed ('---' or '...'); read as text")
    ]
    f.write_text("---\ntitle: Quake\n\nPolice said 3 people died.\n")  # a field it gives
    doc, result = read_one(f)
    assert [d.line for d in result.diagnostics] == [1]
    for prose in ("Police said 3 people died: the toll rose.", "Note: 3 people died.",
                  "Update: the toll rose to 3."):  # fmt: skip
        f.write_text(f"---\n{prose}\n\nPolice said 3 people died.\n")
        doc, result = read_one(f)
        assert result.diagnostics == [], prose


def test_metadata_that_is_no_text_is_a_warning_not_a_title_or_an_outlet(tmp_path: Path) -> None:
    """A title that is a list, an outlet that is a mapping (front matter or a JSON record)
    became their Python spelling ("['a', 'b']"), and an outlet decides which articles are
    independent: each is left out with a warning naming the file. A number, an author list
    of names and plain strings are read as before."""
    f = tmp_path / "m.md"
    f.write_text("---\ntitle: [a, b]\nsource: {x: 1}\nurl: true\n"
                 "author: [Ann Lee, null, '', Bo Kim]\n"
                 "---\nPolice said 12 people were killed.\n")  # fmt: skip
    doc, result = read_one(f)
    assert (doc.title, doc.source, doc.url, doc.author) == (None, None, None, "Ann Lee, Bo Kim")
    said = sorted(d.message for d in result.diagnostics)
    assert said == ["front matter 'source' is a mapping, not text; ignored",
                    "front matter 'title' is a list, not text; ignored",
                    "front matter 'url' is true or false, not text; ignored"]  # fmt: skip
    assert all(d.path.endswith("m.md") for d in result.diagnostics)
    j = tmp_path / "r.jsonl"
    j.write_text('{"text": "Police said 12 people were killed.", "title": 2024, '
                 '"source": {"name": "Wire"}, "url": 1e400}\n')  # fmt: skip
    doc, result = read_one(j)
    assert (doc.title, doc.source, doc.url) == ("2024", None, None)
    assert [(d.message, d.line) for d in result.diagnostics] == [
        ("JSON field 'source' is a mapping, not text; ignored", 1),
        ("JSON field 'url' is a number that is not finite, not text; ignored", 1)]  # fmt: skip
    big = "1" + "0" * 400  # an integer past float's range (an OverflowError) is text too
    j.write_text(f'{{"text": "Police said 12 people were killed.", "title": {big}}}\n')
    doc, result = read_one(j)
    assert doc.title == big and not result.diagnostics
    d = tmp_path / "d.md"
    d.write_text(f"---\ntitle: {big}\n---\nPolice said 12 people were killed.\n")
    doc, result = read_one(d)
    assert doc.title == big and not result.diagnostics
    # a date is text
    d.write_text("---\ntitle: 2024-05-01\n---\nPolice said 12 people were killed.\n")
    doc, result = read_one(d)
    assert doc.title == "2024-05-01" and not result.diagnostics


def test_an_address_written_as_a_number_is_a_warning_naming_its_line(tmp_path: Path) -> None:
    """A JSON Lines record whose 'url' is a number ("url": 5) was read with the address
    '5', without a word: now a warning naming the file and line, the record read without
    it; the warning names the key as written ('link') and, in front matter, its line. A
    title or outlet written as a number (an outlet's id) is still its text, and an
    address that is text is read as before."""
    j = tmp_path / "r.jsonl"
    j.write_text('{"text": "Police said 12 people died.", "url": "https://example.com/a"}\n'
                 '{"text": "Police said 13 people died.", "url": 5}\n'
                 '{"text": "Police said 14 died.", "link": 2.5, "source": 17}\n')  # fmt: skip
    result = read_inputs([j], Settings())
    assert [(d.url, d.source) for d in result.documents] == [
        ("https://example.com/a", None), (None, None), (None, "17")]  # fmt: skip
    assert not result.skipped
    assert [(d.path, d.line, d.message) for d in result.diagnostics] == [
        (str(j), 2, "JSON field 'url' is a number (5), not a web address; ignored"),
        (str(j), 3, "JSON field 'link' is a number (2.5), not a web address; ignored")]  # fmt: skip
    # front matter's too: YAML reads `url: 5` as a number
    f = tmp_path / "m.md"
    f.write_text("---\ntitle: 1984\nurl: 5\n---\nPolice said 12 people were killed.\n")
    doc, result = read_one(f)
    assert (doc.title, doc.url) == ("1984", None)
    assert [(d.line, d.message) for d in result.diagnostics] == [
        (3, "front matter 'url' is a number (5), not a web address; ignored")]  # fmt: skip


def test_a_metadata_key_written_twice_is_a_warning_naming_both(tmp_path: Path) -> None:
    """Front matter and JSON keep a key's last value without a word: a record whose 'text'
    is written twice was read as its second text, a date then 'Date' as the second. The
    last is still read (the article is no configuration file), now with a warning at the
    second key's line, naming the first."""
    f = tmp_path / "m.md"
    f.write_text("---\ntitle: One\ndate: 2020-01-02\nsource: Wire\nDate: 2021-05-05\n"
                 "title: Two\n---\nPolice said 12 people were killed.\n")  # fmt: skip
    doc, result = read_one(f)
    assert (doc.title, doc.dating.published) == ("Two", "2021-05-05")
    assert [(d.line, d.message) for d in result.diagnostics] == [
        (5, "front matter key 'Date' is written twice (first as 'date' at line 3); the last "
         "is read"),
        (6, "front matter key 'title' is written twice (first at line 2); the last is read"),
    ]  # fmt: skip
    f.write_text("---\ndate: 2020-01-01\nDate: 2021-01-01\ndate: 2022-01-01\n---\nPolice said 12 "
                 "people were killed.\n")  # fmt: skip
    doc, result = read_one(f)  # the last written, though YAML keeps 'date' where it was first
    assert doc.dating.published == "2022-01-01" and len(result.diagnostics) == 2
    f.write_text("---\ntitle: One\nsource: {a: 1, a: 2}\n---\nPolice said 12 were killed.\n")
    assert "twice" not in str(read_one(f)[1].diagnostics)  # only the article's own keys
    j = tmp_path / "r.jsonl"
    j.write_text('{"id": "a", "text": "Police said 3 people died.", "source": "Wire"}\n'
                 '{"id": "b", "text": "Police said 5 people died.", "url": "https://a.org/1", '
                 '"text": "Police said 7 people died.", "url": "https://b.org/2", '
                 '"meta": {"x": 1, "x": 2}}\n')  # fmt: skip
    result = read_inputs([j], Settings())
    assert [(d.id, d.text, d.url) for d in result.documents] == [
        ("r.jsonl#a", "Police said 3 people died.", None),
        ("r.jsonl#b", "Police said 7 people died.", "https://b.org/2"),
    ]
    assert [(d.line, d.message) for d in result.diagnostics] == [
        (2, "JSON field 'text' is written twice; the last is read"),
        (2, "JSON field 'url' is written twice; the last is read"),
    ]
    j = tmp_path / "r.json"
    j.write_text(
        '[{"text": "Police said 3 people died."}, '
        '{"text": "Police said 5 people died.", "text": "Police said 7 died."}]'
    )
    result = read_inputs([j], Settings())
    assert [(d.line, d.message) for d in result.diagnostics] == [
        (None, "JSON field 'text' is written twice in record 1; the last is read")
    ]
    # the file's object: its 'articles' written twice, a 'text' beside them
    first, then = (
        '[{"text": "Police said 3 people died."}]',
        '[{"text": "Police said 5 people died."}]',
    )
    j.write_text(f'{{"articles": {first}, "articles": {then}, "text": "Police said 7 died."}}')
    result = read_inputs([j], Settings())
    assert [d.text for d in result.documents] == ["Police said 5 people died."]
    assert [d.message for d in result.diagnostics] == [
        "JSON field 'articles' is written twice in the file's object; the last is read",
        "JSON field 'text' beside an 'articles' list; the list's articles are read",
    ]
    # a field's own object with a key written twice is still said to be a mapping
    j.write_text('{"text": "Police said 3 people died.", "title": {"x": 1, "x": 2}}')
    result = read_inputs([j], Settings())
    assert [d.message for d in result.diagnostics] == [
        "JSON field 'title' is a mapping, not text; ignored"
    ]


def test_a_record_reads_its_keys_whatever_their_case_as_front_matter_does(
    tmp_path: Path,
) -> None:
    # 'Text', 'Date', 'Source' were dropped without a word ('Text' alone: no article), and
    # 'date' then 'Date' kept the first, though the docs say a key written twice keeps
    # its last value with a warning naming both, as front matter does
    j = tmp_path / "r.jsonl"
    j.write_text(
        '{"id": "a", "Text": "Police said 3 people died.", "Date": "2024-01-02", '
        '"Source": "Wire"}\n'
        '{"id": "b", "text": "Police said 5 people died.", "date": "2024-01-02", '
        '"Date": "2024-03-04"}\n',
        encoding="utf-8",
    )
    result = read_inputs([j], Settings())
    assert [(d.id, d.text, d.source, d.dating.published) for d in result.documents] == [
        ("r.jsonl#a", "Police said 3 people died.", "Wire", "2024-01-02"),
        ("r.jsonl#b", "Police said 5 people died.", None, "2024-03-04"),
    ]
    assert [(Path(d.path).name, d.line, d.message) for d in result.diagnostics] == [
        ("r.jsonl", 2, "JSON field 'Date' is written twice (first as 'date'); the last is read")
    ]
    f = tmp_path / "r.json"
    f.write_text('{"Text": "Police said 3 people died.", "TITLE": "T", "title": "U"}')
    result = read_inputs([f], Settings())
    assert [(d.text, d.title) for d in result.documents] == [("Police said 3 people died.", "U")]
    assert [d.message for d in result.diagnostics] == [
        "JSON field 'title' is written twice (first as 'TITLE') in the record; the last is read"
    ]


def test_markdown_emphasis_rules_keep_arithmetic_and_snake_case(tmp_path: Path) -> None:
    f = tmp_path / "e.md"
    f.write_text("A *very* big_file_name of 2 * 3 = 6 and __bold__ text.\n")
    doc, _ = read_one(f)
    assert doc.text.strip() == "A very big_file_name of 2 * 3 = 6 and bold text."


def test_ecb_markdown_reads_front_matter(ecb_articles: Path) -> None:
    doc, _ = read_one(ecb_articles / "20ecbplus" / "20_1ecbplus.md")
    assert doc.url == "http://news.bbc.co.uk/2/hi/middle_east/4475546.stm"
    assert doc.source == "news.bbc.co.uk"
    assert "killing at least 10 people" in doc.text
    assert "event:" not in doc.text


# --- HTML -------------------------------------------------------------------------------


def test_html_main_text_and_metadata_without_boilerplate() -> None:
    doc, _ = read_one(ARTICLES / "quake_page.html")
    assert doc.format == "html"
    assert doc.title == "Quake kills at least 10 in southern Iran"
    assert doc.source == "Daily Example"
    assert doc.published == date(2005, 11, 27)
    assert doc.url == "https://news.example.com/world/iran-quake"
    assert doc.author == "Jane Doe"
    assert "killing at least 10 people and injuring about 70 others" in doc.text
    assert "health ministry put the number of injured at 80" in doc.text
    for boilerplate in ("cookies", "Home", "Flood kills 5", "Copyright", "tracking", "999",
                        "555-0100", "color:red"):  # fmt: skip
        assert boilerplate not in doc.text, boilerplate
    assert [doc.text[s:e][:12] for s, e in doc.paragraphs] == [
        "Quake kills ", "A powerful e", "The 6.1-magn", "Police said ",
    ]  # fmt: skip


_BODY = (
    "<p>Officials said at least 3,000 additional troops were sent to the border on Thursday, "
    "after a week of talks between the two governments in the capital.</p>"
    "<p>The power lines were built in 2006 and have been idle since February 2016, when the "
    "two sides stopped their joint industrial project near the border.</p>"
)


def test_html_page_without_a_date_is_not_dated_by_a_year_in_its_text(tmp_path: Path) -> None:
    # htmldate's extensive search took "in 2006" (or "February 2016") for the page's date,
    # which then decided whether a difference was an update (docs: an undated page stays so)
    f = tmp_path / "nodate.html"
    f.write_text(f"<html><head><title>Troops</title></head><body><article>{_BODY}"
                 "</article></body></html>", encoding="utf-8")  # fmt: skip
    doc, _ = read_one(f)
    assert "3,000 additional troops" in doc.text
    assert doc.published is None and doc.dating is None


def test_html_page_whose_metadata_date_cannot_be_is_undated_with_a_warning(
    tmp_path: Path,
) -> None:
    """htmldate read a metadata day that cannot be (2025-02-30) as the month's first, a
    day the page never gave, and took it over a <time> element or another field's stamp
    that gives a real one. Such a day is left out of the page's dates, with a warning."""

    def page(name: str, head: str, body: str = "") -> Path:
        f = tmp_path / f"{name}.html"
        f.write_text(f"<html><head><title>Troops</title>{head}</head><body><article>{body}"
                     f"{_BODY}</article></body></html>", encoding="utf-8")  # fmt: skip
        return f

    bad = "<meta property='article:published_time' content='2025-02-30T10:00:00Z'>"
    doc, result = read_one(page("feb30", bad))
    assert doc.dating is None  # not 2025-02-01
    said = [d.message for d in result.diagnostics if "2025-02-30" in d.message]
    assert said == ["published: no such date: '2025-02-30T10:00:00Z' (February 2025 has 28 "
                    "days); left out of the page's dates"]  # fmt: skip
    good = page("good", bad.replace("02-30", "02-27"))
    assert read_one(good)[0].published == date(2025, 2, 27)
    # a bad updated stamp takes nothing from a good published one, nor from a <time>
    modified = "<meta property='article:modified_time' content='2025-02-29T08:00:00+01:00'>"
    both = page("both", bad.replace("02-30", "02-03") + modified)
    assert read_one(both)[0].published == date(2025, 2, 3)
    timed = page("timed", modified, '<p><time datetime="2025-02-03">3 Feb</time></p>')
    assert read_one(timed)[0].published == date(2025, 2, 3)


def test_html_a_reader_never_sees_is_not_read(tmp_path: Path) -> None:
    """A template, an element marked hidden or styled display:none and an iframe's
    fallback text were read as the article's (an old draft's '300 people were killed'
    beside the page's 120); the text after each is still read."""
    hidden = {
        "<template><p>{}</p></template>": 300,
        "<div hidden><p>{}</p></div>": 400,
        '<div style="DISPLAY: None"><p>{}</p></div>': 500,
        '<iframe src="x"><p>{}</p></iframe>': 600,
    }
    said = "Police said {} people were killed in the quake on Monday, in a draft of the page."
    body = "".join(shape.format(said.format(n)) for shape, n in hidden.items())
    f = tmp_path / "a.html"
    f.write_text(
        "<html><head><title>Quake toll</title></head><body><article><h1>Quake toll rises</h1>"
        "<p>Police said 120 people were killed in the quake on Monday, officials confirmed "
        f"late in the evening.</p>{body}<p>Rescue teams said 45 people were still missing "
        "after the quake, and the search went on through the night.</p></article></body></html>"
    )
    doc, _ = read_one(f)
    assert "120 people" in doc.text and "45 people" in doc.text
    assert not any(f"{n} people" in doc.text for n in hidden.values()), doc.text
    # what stays: a page hiding its whole article until a script runs (the article is
    # most of its text), and a hidden date, read for the article's date (the review)
    article = (
        "<article><h1>Quake toll rises</h1><p>Police said 120 people were killed in the quake "
        "on Monday, officials confirmed late in the evening.</p><p>Rescue teams said 45 people "
        "were still missing, and the search went on through the night.</p></article>"
    )
    f.write_text(
        '<html><head><title>Quake</title></head><body style="display:none"><script>x()</script>'
        '<span class="published" style="display: none">2024-03-05</span>'
        f'<time hidden datetime="2024-03-05">5 March</time>{article}</body></html>'
    )
    doc, _ = read_one(f)
    assert "120 people" in doc.text and "45 people" in doc.text
    assert doc.published == date(2024, 3, 5)
    # a wrapper hiding the page until its script runs (beside a long script, whose text is
    # no reader's, or inside the page's <main>), kept; a hidden <article> or one in a
    # hidden tab or a template beside the article a reader sees, dropped (the reviews)
    script = "<script>" + " ".join(f"var a{k} = init({k});" for k in range(60)) + "</script>"
    other = "<article><p>Officials said 700 homes were destroyed by the flood in the north.</p>"
    draft = "<article hidden><p>Police said 300 people were killed in the quake, a draft.</p>"
    body = article.replace("<article>", "").replace("</article>", "")
    for page in (
        f'{script}<div id="app" style="display:none">{article}</div>',
        f'<main><div id="app" style="display:none">{body}</div></main>',
        f"{article}{draft}</article>",
        f'<main>{article}<div class="tab" hidden>{other}</article></div></main>',
        f"{article}<template>{other}</article></template>",
    ):
        f.write_text(f"<html><head><title>Quake</title></head><body>{page}</body></html>")
        doc, _ = read_one(f)
        assert "120 people" in doc.text, page
        assert "300 people" not in doc.text and "700 homes" not in doc.text, doc.text


def test_html_declared_charset_is_used(tmp_path: Path) -> None:
    html = (
        '<html><head><meta charset="windows-1252"><title>Caf\xe9 fire</title></head><body>'
        "<article><h1>Caf\xe9 fire</h1><p>The owner of the caf\xe9 said the fire caused "
        "€ 40,000 of damage to the building on Tuesday evening, firefighters said.</p>"
        "<p>Nobody was hurt in the blaze, which started in the kitchen of the caf\xe9.</p>"
        "</article></body></html>"
    ).encode("cp1252")
    f = tmp_path / "cafe.html"
    f.write_bytes(html)
    doc, result = read_one(f)
    assert "€ 40,000" in doc.text and "café" in doc.text
    assert any("windows-1252" in d.message or "cp1252" in d.message for d in result.diagnostics)


def test_html_without_article_text_is_skipped(tmp_path: Path) -> None:
    f = tmp_path / "empty.html"
    f.write_text("<html><head><title>x</title></head><body><nav>Home</nav></body></html>")
    result = read_inputs([f], Settings())
    assert result.documents == []
    (skipped,) = result.skipped
    assert skipped.path.endswith("empty.html") and "no article text" in skipped.reason


@pytest.mark.parametrize(
    ("byline", "author"),
    [
        ("By Benjamin Read", "Benjamin Read"),
        ("By Sam Lee Updated March 9, 2025", "Sam Lee"),
        ("By Ana Modified-Ruiz", "Ana Modified-Ruiz"),  # (a date's word in a name: a name)
    ],
)
def test_html_author_keeps_the_name_before_date_words(
    tmp_path: Path, byline: str, author: str
) -> None:
    """A byline's 'Updated March 9' was read as part of the author's name; names that
    hold a date's word, 'Read', 'Modified-Ruiz', stay whole (guards: a first design
    dropped them)."""
    f = tmp_path / "a.html"
    f.write_text(
        "<html><head><title>Troops</title></head><body><article><h1>Troops</h1><div "
        f"class='byline'>{byline}</div>{_BODY}</article></body></html>"
    )
    doc, _ = read_one(f)
    assert doc.author == author


def test_html_page_built_by_a_script_is_skipped_saying_why(tmp_path: Path) -> None:
    """A page saved before its script filled in the article was skipped as "no article
    text" with no word of why: the skip names the file and says that a script may fill
    the article in. A page with no article and no script is not said to have one."""
    f = tmp_path / "app.html"
    f.write_text(
        "<html><head><title>Quake toll rises to 10</title><meta property='og:site_name' "
        "content='Newsline'></head><body><div id='root'><div>Loading…</div></div>"
        "<script src='/main.js'></script></body></html>"
    )
    result = read_inputs([f], Settings())
    assert result.documents == []
    (skipped,) = result.skipped
    assert skipped.path.endswith("app.html")
    assert "no article text" in skipped.reason and "script" in skipped.reason
    assert "\n" not in skipped.reason
    f.write_text("<html><head><title>x</title></head><body><nav>Home</nav></body></html>")
    (skipped,) = read_inputs([f], Settings()).skipped
    assert "no article text" in skipped.reason and "script" not in skipped.reason


HTML_PAGES = FIXTURES / "html"


def _values(doc) -> list[float]:  # type: ignore[no-untyped-def]
    return [c.value for c in extract_claims(doc, segment(doc))]


def test_html_photo_captions_and_credits_are_not_read() -> None:
    """trafilatura read a gallery's captions ('Officials said 90 people were taken to
    hospital') and a photo's credit as the article's text, their numbers as its claims;
    a caption repeating a paragraph of the body doubled that paragraph's claims. The body
    is read whole, the repeated paragraph once, in its place."""
    doc, _ = read_one(HTML_PAGES / "gallery_page.html")
    body = [
        "at least 10 people and injuring 70 others",
        "leveled seven villages",
        "at least four major aftershocks",
        "more than 100,000",
        "still searching for survivors",
    ]
    for said in body:
        assert doc.text.count(said) == 1, (said, doc.text)
    assert doc.text.index("leveled seven") < doc.text.index("four major aftershocks")
    for caption in ("90 people", "Vahid Salemi", "Photo: Reuters", "14 were"):
        assert caption not in doc.text, caption
    values = _values(doc)
    assert 90 not in values and 70 in values and values.count(5.9) == 1, values


def test_html_live_blog_furniture_lines_are_not_read() -> None:
    """A live blog's '4 hours ago' and 'Share12 shares' were read as lines of the article
    (and '12 shares' as a claim)."""
    doc, _ = read_one(HTML_PAGES / "liveblog_page.html")
    assert "death toll of 10" in doc.text and "40 of the injured" in doc.text
    assert "hours ago" not in doc.text and "shares" not in doc.text, doc.text
    assert 12 not in _values(doc)


_STORY = (
    "<p>Police said 120 people were killed in the quake on Monday, officials confirmed late in "
    "the evening.</p><p>Rescue teams said 45 people were still missing, and the search went "
    "on through the night across the valley.</p><p>The regional governor said 3 field "
    "hospitals were set up near the worst-hit villages.</p>"
)
_MISSING = (
    "Rescue teams said 45 people were still missing, and the search went on through the "
    "night across the valley."
)


@pytest.mark.parametrize(
    ("page", "copies"),
    [
        # a lead photo's caption, before the body; one after it; a gallery's slide
        (f"<main><h1>Quake</h1><div class='Image'><img src='a.jpg'><p class='Caption'>"
         f"{_MISSING}</p></div><div class='body'>{_STORY}</div></main>", 1),
        (f"<main><h1>Quake</h1><div class='body'>{_STORY}<div class='Image'><img src='a.jpg'>"
         f"<p class='Caption'>{_MISSING}</p></div></div></main>", 1),
        (f"<article><h1>Quake</h1>{_STORY}<p><img src='a.jpg'><em class='caption'>{_MISSING}"
         "</em></p></article>", 1),
        (f"<main><h1>Quake</h1><div class='Carousel'><div class='CarouselSlide'><picture><img "
         f"src='a.jpg'></picture><div class='CarouselSlide-Caption'><p>{_MISSING}</p></div>"
         f"</div></div><div class='body'>{_STORY}</div></main>", 1),
        # the body saying it twice keeps both; a caption in a table's cell (an old page)
        (f"<main><h1>Quake</h1><div class='body'>{_STORY}<p>{_MISSING}</p><div class='Image'>"
         f"<img src='a.jpg'><p class='Caption'>{_MISSING}</p></div></div></main>", 2),
        (f"<article><h1>Quake</h1><table class='image'><tr><td><img src='a.jpg'></td></tr><tr>"
         f"<td class='caption'>{_MISSING}</td></tr></table>{_STORY}</article>", 1),
        # the body's copy with a soft hyphen or a zero-width space, which trafilatura drops
        # (the review's shy_body.html: both lines were dropped)
        (f"<main><h1>Quake</h1><div class='Image'><img src='a.jpg'><p class='Caption'>"
         f"{_MISSING}</p></div><div class='body'>{_STORY.replace('45 people', '45 peo&shy;ple')}"
         "</div></main>", 1),
        (f"<main><h1>Quake</h1><div class='Image'><img src='a.jpg'><p class='Caption'>"
         f"{_MISSING}</p></div><div class='body'>{_STORY.replace('valley.', 'valley.&#8203;')}"
         "</div></main>", 1),
        # the article in a wrapper whose class names a caption: its paragraphs are the body's
        (f"<main><h1>Quake</h1><div class='story-caption'>{_STORY}</div><div class='Image'>"
         f"<img src='a.jpg'><p class='Caption'>{_MISSING}</p></div></main>", 1),
    ],
)  # fmt: skip
def test_html_caption_repeating_the_body_leaves_it_once(
    tmp_path: Path, page: str, copies: int
) -> None:
    """A caption that repeats a paragraph of the body doubled its claims: the paragraph is
    read as often as the body gives it, never less."""
    f = tmp_path / "a.html"
    f.write_text(f"<html><head><title>Quake</title></head><body>{page}</body></html>")
    doc, _ = read_one(f)
    assert doc.text.count("45 people") == copies, doc.text
    assert "120 people" in doc.text and "3 field hospitals" in doc.text
    assert doc.text.index("120 people") < doc.text.index("45 people")
    assert doc.text.index("45 people") < doc.text.index("3 field hospitals")


def test_html_a_caption_after_the_body_leaves_the_body_copy_in_its_place(tmp_path: Path) -> None:
    """A page saying a paragraph three times, in a key points' list, the body and a later
    photo's caption: the body's copy was dropped and the caption's kept, moving the
    paragraph after the next one (the review's keypoints_list.html)."""
    f = tmp_path / "a.html"
    f.write_text(
        "<html><head><title>Quake</title></head><body><main><h1>Quake</h1><div class='body'>"
        f"<ul class='key-points'><li>{_MISSING}</li></ul>{_STORY}<div class='Image'><img "
        f"src='a.jpg'><p class='Caption'>{_MISSING}</p></div><p>The government will meet on "
        "Tuesday to discuss aid.</p></div></main></body></html>"
    )
    doc, _ = read_one(f)
    lines = doc.text.split("\n")
    assert lines.count(_MISSING) == 1 and lines.count(f"- {_MISSING}") == 1, lines
    assert lines.index(_MISSING) == lines.index(f"- {_MISSING}") + 2, lines
    assert lines[-1] == "The government will meet on Tuesday to discuss aid.", lines


@pytest.mark.parametrize(
    ("name", "said"),
    [
        # the article's paragraphs as <div>s in a wrapper of class 'gallery', beside a menu
        ("gallery_wrapper_page.html", ["rose 2.4 metres", "About 300 homes", "14 flood warnings",
                                       "30 millimetres"]),
        # a <figure> wrapping the whole article
        ("figure_article_page.html", ["3 tonnes of stone", "at least 6 weeks", "52-year-old"]),
        # a photo essay, all captions
        ("photo_essay_page.html", ["quake killed 10 people", "where 90 people were taken",
                                   "14 were feared trapped", "7 houses collapsed"]),
        # the article in a <noscript>, for readers without scripts
        ("noscript_article_page.html", ["120 ships", "8 per cent", "resume on Wednesday"]),
        # a byline in an element of class 'credit'
        ("credit_byline_page.html", ["60 centimetres", "450 pupils", "12 other school roofs"]),
        # a table whose cells are '3 of 5' (and '12 shares')
        ("table_page.html", ["3 of the 5 wards", "| Labour | 3 of 5 |", "| 3 of 5 |",
                             "| 12 shares |", "31 per cent"]),
    ],
)  # fmt: skip
def test_html_pages_the_furniture_rules_lost_are_read_whole(name: str, said: list[str]) -> None:
    """Guards: what a first design, which dropped furniture by markup before reading the
    page (never on main), lost in its reviews: each of these pages is read whole, a
    photo's credit beside it left out."""
    doc, _ = read_one(HTML_PAGES / name)
    for text in said:
        assert text in doc.text, (text, doc.text)
    assert "Contact" not in doc.text and "Most read" not in doc.text
    if name == "credit_byline_page.html":
        assert doc.author == "Maria Lopez"
        assert doc.dating is not None and doc.dating.published.startswith("2021-01-18")
        assert "Tom Reed" not in doc.text  # (the photo's credit, beside it)


def test_html_photo_essay_with_a_line_of_words_keeps_its_captions(tmp_path: Path) -> None:
    """A photo essay's captions are its article, with a line of words before them too:
    dropping them would leave it that line (more words in captions than out of them: the
    page is read as it is)."""
    essay = (HTML_PAGES / "photo_essay_page.html").read_text(encoding="utf-8")
    f = tmp_path / "essay.html"
    f.write_text(essay.replace("</h1>", "</h1><p>Scenes from Qeshm island after Sunday's "
                               "earthquake, in pictures.</p>"), encoding="utf-8")  # fmt: skip
    doc, _ = read_one(f)
    assert "Scenes from Qeshm" in doc.text
    for said in ("killed 10 people", "90 people", "14 were feared", "7 houses"):
        assert said in doc.text, said


# a page's sidebar of other stories: the article is less than half the words a reader sees
_SIDEBAR = (
    "<aside class='sidebar'><h3>Most read</h3><ol>"
    + "".join(f"<li><a href='/s{i}'>Story {i} about the council budget and traffic</a></li>"
              for i in range(30))
    + "</ol></aside>"
)  # fmt: skip


@pytest.mark.parametrize(
    "page",
    [
        f'<div class="gallery-story">{_STORY}</div>',
        f'<div id="photo-credit-wrap"><article>{_STORY}</article></div>',
        f"<noscript>{_STORY}</noscript>",
        # a WordPress post's kind and tags are no furniture
        f'<div class="post format-gallery tag-credit-union category-caption"><h1>Quake</h1>'
        f'<div class="entry-content">{_STORY}</div></div>',
        # a class's word only starting like furniture's
        f'<div class="layout-main"><h1>Quake</h1><div class="story-body"><div class="block '
        f'gallery-theme-text">{_STORY}</div></div></div>',
        f'<main><div class="text-caption-like body-copy">{_STORY}</div></main>',
        # furniture by its name or tag that holds the article's paragraphs
        f'<article><div class="caption">{_STORY}</div></article>',
        f"<article><figure>{_STORY}</figure></article>",
        # or the article's text, when nothing else is: the page is read as it is
        "<main><h1>Quake</h1>"
        + "".join(
            f'<div class="caption">{p}</div>' for p in _STORY.replace("<p>", "").split("</p>") if p
        )
        + "</main>",
    ],
)
def test_html_furniture_names_never_drop_the_article(tmp_path: Path, page: str) -> None:
    """Guards (a first design, never on main, dropped these by their names): what is
    named as furniture but holds the article is read: a wrapper 'gallery-story',
    a class that only starts or ends like furniture's ('format-gallery', 'tag-credit-union',
    'gallery-theme-text', 'caption-like'), a <figure> or 'caption' holding its paragraphs,
    a <noscript> long enough to be the article for readers without scripts; and the page as
    it is when its furniture held all of its text. So it is beside a photo whose caption
    repeats one of its paragraphs (ported from branch ingest's review cases)."""
    f = tmp_path / "a.html"
    caption = f"<div class='Image'><img src='a.jpg'><p class='Caption'>{_MISSING}</p></div>"
    for photo in ("", caption):
        f.write_text(f"<html><head><title>Quake</title></head><body>{page}{photo}{_SIDEBAR}"
                     "</body></html>")  # fmt: skip
        doc, _ = read_one(f)
        assert "120 people" in doc.text and "45 people" in doc.text, (page, photo)
        assert "3 field hospitals" in doc.text, (page, photo)


def test_html_only_whole_short_lines_are_furniture(tmp_path: Path) -> None:
    """A line is furniture only when all of it is ('5 min read', '4 hours ago'); a sentence
    that starts like furniture is read, and so is a list's item."""
    f = tmp_path / "a.html"
    f.write_text(f"<html><head><title>Quake</title></head><body><article>{_STORY}"
                 "<p>4 hours ago, 12 shares were sold for $3 each.</p><p>5 min read</p>"
                 "<p>Updated 2 hours ago</p><ul><li>12 shares</li></ul><p>1 of 12</p>"
                 "</article></body></html>")  # fmt: skip
    doc, _ = read_one(f)
    assert "12 shares were sold" in doc.text and "- 12 shares" in doc.text
    assert "min read" not in doc.text and "2 hours ago" not in doc.text
    assert "1 of 12" in doc.text  # (a gallery's place, or a score, or a table's cell)
    # a subhead '100 days ago' and a fact box's 'Shares: 1,200' were dropped as furniture
    f.write_text(
        f"<html><head><title>Quake</title></head><body><article>{_STORY}<h2>100 days ago</h2>"
        "<p>On 29 November the first warnings were issued.</p><div class='factbox'><p>Company: "
        "Iberdrola</p><p>Shares: 1,200</p><p>Comments: 3</p></div><p>Posted 2 days ago</p>"
        "</article></body></html>"
    )
    doc, _ = read_one(f)
    for said in ("100 days ago", "Shares: 1,200", "Comments: 3"):
        assert said in doc.text, (said, doc.text)
    assert "Posted 2 days ago" not in doc.text


@pytest.mark.parametrize(("depth", "charset"), [(50, "utf-8"), (300, "utf-8"), (300, "utf-16")])
def test_a_page_nested_deeper_than_the_parser_reads_says_so(
    tmp_path: Path, depth: int, charset: str
) -> None:
    """The HTML parser stops at about 255 nested elements and the rest of the page is lost:
    an article past that depth was skipped as "no article text" with no word of why, or
    read without its later paragraphs. The reading now says so, naming the file."""
    story = ("<p>Officials said 14 people died when the bridge collapsed on Monday evening, "
             "the police chief of the town told reporters.</p>")  # fmt: skip
    f = tmp_path / "deep.html"
    f.write_text(f'<html><head><meta charset="{charset}"><title>Bridge</title></head><body>'
                 + "<div>" * depth + story + "</div>" * depth + "</body></html>",
                 encoding=charset)  # fmt: skip
    result = read_inputs([f], Settings())
    said = [*(d.message for d in result.diagnostics), *(s.reason for s in result.skipped)]
    if depth == 50:
        assert "14 people died" in result.documents[0].text and not any(
            "nested deeper" in m for m in said)  # fmt: skip
    else:
        assert not result.documents and len(result.skipped) == 1
        assert "nested deeper than the HTML parser reads" in result.skipped[0].reason
        f.write_text(
            f"<html><body>{story}"
            + "<div>" * depth
            + "<p>Deep.</p>"
            + "</div>" * depth
            + "</body></html>"
        )  # the article before the deep block: read, and said
        result = read_inputs([f], Settings())
        assert "14 people died" in result.documents[0].text
        assert [d.message for d in result.diagnostics if "nested deeper" in d.message] == [
            "nested deeper than the HTML parser reads (about 255 elements): the page is read "
            "only up to the first element that deep"]  # fmt: skip


# --- JSON / JSONL -----------------------------------------------------------------------


def test_jsonl_records_bad_lines_named_and_rest_read() -> None:
    result = read_inputs([ARTICLES / "feeds.jsonl"], Settings())
    ids = [d.id for d in result.documents]
    assert ids == ["feeds.jsonl#wire-1", "feeds.jsonl#wire-2", "feeds.jsonl#wire-4"]
    first = result.documents[0]
    assert first.title == "Dam release floods 300 homes" and first.source == "Valley Wire"
    assert first.published == date(2023, 4, 2)
    assert len(first.paragraphs) == 2
    assert result.documents[1].published == date(2023, 4, 3)
    reasons = {s.path.rsplit(":", 1)[-1]: s.reason for s in result.skipped}
    assert "not valid JSON" in reasons["3"] and "no 'text'" in reasons["4"]
    (diag,) = result.diagnostics
    assert diag.line == 5 and "not a date" in diag.message
    assert result.documents[2].offset_map.line_col(10) == (5, 1)


def test_json_list_and_single_record(tmp_path: Path) -> None:
    (tmp_path / "list.json").write_text(
        '[{"text": "Officials said 7 people died."}, {"text": "Police said 9.", "id": "p"}]'
    )
    (tmp_path / "one.json").write_text('{"text": "The fund lost $2 billion.", "source": "X"}')
    result = read_inputs([tmp_path], Settings())
    assert [d.id for d in result.documents] == ["list.json#0", "list.json#p", "one.json"]
    assert result.documents[2].source == "X"


def test_a_record_without_an_id_is_no_repeat_of_one_that_names_its_number(
    tmp_path: Path,
) -> None:
    """A record with no id is keyed by its line (JSON Lines) or index (a JSON list); when
    another record of the file names itself by that number, in either order, neither was
    a repeat, yet the second of them was skipped as one. Now the unnamed one takes
    'line3' ('record1'), and only records that name one id twice are repeats."""
    (tmp_path / "a.jsonl").write_text(
        '{"text": "Officials said 11 missiles were fired.", "id": "3"}\n'
        '{"text": "Police said 2 people died."}\n'
        '{"text": "Police said 3 people died."}\n'
        '{"text": "Police said 4 people died.", "id": "2"}\n'
        '{"text": "Police said 5 people died.", "id": "3"}\n')  # fmt: skip
    (tmp_path / "b.json").write_text(
        '[{"text": "Officials said 7 people died."}, {"text": "Police said 9.", "id": "0"},'
        ' {"text": "Police said 8."}, {"text": "Police said 6.", "id": "2"},'
        ' {"text": "Police said 5.", "id": "record2"}]')  # fmt: skip
    result = read_inputs([tmp_path], Settings())
    assert [d.id for d in result.documents] == [
        "a.jsonl#3", "a.jsonl#line2", "a.jsonl#line3", "a.jsonl#2",
        "b.json#record0", "b.json#0", "b.json#record2'", "b.json#2",
        "b.json#record2"]  # fmt: skip
    assert [(s.path, s.reason) for s in result.skipped] == [
        (f"{tmp_path / 'a.jsonl'}:5", "line 5 repeats the id '3' of an earlier record")
    ]


def test_an_id_that_is_no_text_is_a_warning_and_the_record_named_by_its_place(
    tmp_path: Path,
) -> None:
    """A record's id that is a mapping, true or false, or a number with a fraction named
    the article by its Python spelling ('r.jsonl#{'x': 1}') without a word; now it is left
    out with a warning and the line, as other metadata that is no text is, and the record
    named by its place. A whole number is an id as written, 9.0 too (pandas writes a
    column of whole ids with a gap in it so)."""
    f = tmp_path / "r.jsonl"
    f.write_text('{"text": "Police said 3 people died.", "id": {"x": 1}}\n'
                 '{"text": "Police said 4 people died.", "id": true}\n'
                 '{"text": "Police said 5 people died.", "id": 7}\n'
                 '{"text": "Police said 6 people died.", "id": 2.5}\n'
                 '{"text": "Police said 7 people died.", "id": 9.0}\n')  # fmt: skip
    result = read_inputs([f], Settings())
    assert [d.id for d in result.documents] == ["r.jsonl#1", "r.jsonl#2", "r.jsonl#7",
                                                "r.jsonl#4", "r.jsonl#9"]  # fmt: skip
    assert [(d.line, d.message) for d in result.diagnostics] == [
        (1, "JSON field 'id' is a mapping, not text; ignored"),
        (2, "JSON field 'id' is true or false, not text; ignored"),
        (4, "JSON field 'id' is a number that is not whole, not text; ignored")]  # fmt: skip


def test_records_say_the_encoding_their_file_was_read_in(tmp_path: Path) -> None:
    """A UTF-16 JSON Lines or JSON file's records were said to be UTF-8 (report.json's
    'encoding'), though the file was decoded as UTF-16 (the hunt)."""
    import codecs

    for name, body in (("r.jsonl", '{"text": "Police said 3 people died."}\n'),
                       ("r.json", '[{"text": "Police said 4 people died."}]')):  # fmt: skip
        f = tmp_path / name
        f.write_bytes(codecs.BOM_UTF16_LE + body.encode("utf-16-le"))
        result = read_inputs([f], Settings())
        assert [d.encoding for d in result.documents] == ["utf-16-le"], name
        assert result.documents[0].to_dict()["encoding"] == "utf-16-le"


def test_json_invalid_is_skipped_with_reason(tmp_path: Path) -> None:
    (tmp_path / "broken.json").write_text('{"text": "unterminated')
    result = read_inputs([tmp_path], Settings())
    assert result.documents == []
    # where it breaks, said once: the decoder's message ends "starting at" (it read
    # "Unterminated string starting at at line 1")
    assert result.skipped[0].reason == (
        "not valid JSON (Unterminated string starting at: line 1 column 10)"
    )


def test_jsonl_invalid_line_says_where_it_breaks(tmp_path: Path) -> None:
    """A bad line of a JSON Lines file is named by its line; its reason gives the column,
    so the decoder's "Unterminated string starting at" does not end in mid-sentence."""
    (tmp_path / "feed.jsonl").write_text('{"text": "A toll of 5."}\n{"text": "unterminated\n')
    result = read_inputs([tmp_path], Settings())
    (skipped,) = result.skipped
    assert skipped.path.endswith("feed.jsonl:2")
    assert skipped.reason == "line 2 not valid JSON (Unterminated string starting at: column 10)"


# --- encodings and bad input ------------------------------------------------------------


def test_utf8_bom_is_stripped(tmp_path: Path) -> None:
    f = tmp_path / "bom.txt"
    f.write_bytes(b"\xef\xbb\xbfPolice said 3 people died.")
    doc, result = read_one(f)
    assert doc.text == "Police said 3 people died." and result.diagnostics == []
    assert doc.offset_map.to_source(0) == 0  # offsets count characters after the BOM


def test_utf8_with_a_stray_byte_of_cp1252_is_read_as_both(tmp_path: Path) -> None:
    """A UTF-8 file with one byte of cp1252 in it (a line pasted from an older page) was
    decoded whole as a detected charset (mac_iceland): every curly quote and dash of the
    UTF-8 became two or three letters, in every record of a JSON Lines file. Now the UTF-8
    is read as UTF-8 and the stray byte as cp1252, with a warning naming the file."""
    f = tmp_path / "mix.txt"
    f.write_bytes("Seoul’s military said North Korea fired 11 missiles — “a provocation”.\n"
                  .encode() + b"Caf\xe9 owners said 3 windows broke.\n")  # fmt: skip
    doc, result = read_one(f)
    assert doc.text == ("Seoul’s military said North Korea fired 11 missiles — “a "
                        "provocation”.\nCafé owners said 3 windows broke.\n")  # fmt: skip
    assert [d.message for d in result.diagnostics] == [
        "not valid UTF-8 in 1 byte(s); decoded as UTF-8, those bytes as cp1252"
    ]
    j = tmp_path / "r.jsonl"
    j.write_bytes('{"text": "Seoul’s military said 11 missiles were fired."}\n'.encode()
                  + b'{"text": "Caf\x92s owner said 3 windows broke."}\n')  # fmt: skip
    result = read_inputs([j], Settings())
    assert [d.text for d in result.documents] == [
        "Seoul’s military said 11 missiles were fired.",
        "Caf’s owner said 3 windows broke.",
    ]
    assert "those bytes as cp1252" in result.diagnostics[0].message


def test_utf8_cut_off_inside_its_last_character_keeps_its_other_characters(
    tmp_path: Path,
) -> None:
    """A short UTF-8 file with one dash and its last character cut off (two bytes of
    three) held more stray bytes than UTF-8 characters beyond ASCII: it was decoded whole
    as a detected charset (cp1125), "SEOUL –" as "SEOUL тАУ" and the dateline lost."""
    from crosscheck.ingest.decode import decode

    f = tmp_path / "cut.txt"
    f.write_bytes("SEOUL – South Korea's military said at least 3,000 troops left, and "
                  "officials said 3,200 troops “".encode()[:-1])  # fmt: skip
    doc, result = read_one(f)
    assert doc.text.startswith("SEOUL – South Korea's military said at least 3,000 troops")
    assert "decoded as UTF-8, those bytes as cp1252" in result.diagnostics[0].message
    # short texts of another charset, whose bytes hold a character of UTF-8 by chance (ß“
    # in cp1252, Ǫ in GBK), are still detected (or read as declared) as a whole: only a
    # cut-off end, with all before it UTF-8, is read as mixed
    for text, charset in (
        ("中国人民银行宣布降息25个基点。", "gbk"),
        ("„Das macht Spaß“, sagte der Trainer für 120 Fans.", "cp1252"),
        ("«CAFÉ» 120 morts, été.", "latin-1"),
        ("Фёдор: 120 погибших", "cp1251"),
        ("The cafe owner said 3 tables broke at the café", "cp1252"),
    ):
        assert decode(text.encode(charset)).text == text, charset
    spass = "„Das macht Spaß“, sagte der Trainer für 120 Fans."
    assert decode(spass.encode("cp1252"), declared="cp1252").text == spass


def test_a_page_declaring_a_charset_of_two_bytes_a_character_is_read_as_declared() -> None:
    """Two GBK characters and a full stop ("的的。") are, byte for byte, two stray bytes and
    two UTF-8 letters ("ĵ", "ġ"): read as mixed UTF-8 they were garbled. A page that
    declares GBK (or another charset of two bytes a character) is read as it declares."""
    from crosscheck.ingest.decode import decode

    data = "Police said 3 people died. 的的。".encode("gbk")
    assert decode(data).encoding == "utf-8"  # undeclared: the mixed reading (short CJK)
    declared = decode(data, declared="gbk")
    assert declared.text == "Police said 3 people died. 的的。" and declared.encoding == "gbk"


@pytest.mark.parametrize("codec", ["utf-32-le", "utf-32-be"])
def test_utf32_with_its_mark_is_read_as_utf32(tmp_path: Path, codec: str) -> None:
    """UTF-32-LE's byte-order mark begins with UTF-16-LE's: such a file was read as UTF-16,
    its text NULs between the letters."""
    f = tmp_path / "u.txt"
    f.write_bytes(codecs_bom(codec) + "Police said 3 people died.\n".encode(codec))
    doc, result = read_one(f)
    assert doc.text.strip() == "Police said 3 people died."
    assert [d.message for d in result.diagnostics] == [f"decoded as {codec} (BOM)"]


def codecs_bom(codec: str) -> bytes:
    import codecs

    return {"utf-32-le": codecs.BOM_UTF32_LE, "utf-32-be": codecs.BOM_UTF32_BE}[codec]


def test_latin1_text_is_decoded_with_a_warning(tmp_path: Path) -> None:
    f = tmp_path / "latin.txt"
    text = (
        "Le préfet a déclaré que 1 200 élèves ont été évacués à Besançon, "
        "et que les dégâts dépassent 3 millions d'euros selon la mairie."
    )
    f.write_bytes(text.encode("latin-1"))
    doc, result = read_one(f)
    assert doc.text == text
    (diag,) = result.diagnostics
    assert diag.path.endswith("latin.txt") and "not valid UTF-8" in diag.message


_BUDGET = ("The city council approved a budget of €1.5 million for the café district, the "
           "mayor said. “It is a fair deal,” she said. Critics say the cost will reach €2 "
           "million.")  # fmt: skip
_AS_WINDOWS_1252 = (
    "not valid UTF-8; decoded as windows-1252 (no charset declared; it reads as Western "
    "letters and punctuation)"
)


@pytest.mark.parametrize("suffix", [".txt", ".md", ".json", ".html"])
def test_short_windows_1252_text_is_read_as_windows_1252(tmp_path: Path, suffix: str) -> None:
    """A short windows-1252 article (a euro sign, an é, two curly quotes) was decoded as
    the detected cp775: "€1.5 million" read "Ć1.5 million", "café" "cafķ", and neither
    figure was a claim. Undeclared bytes that read as Western letters and punctuation in
    windows-1252 are read so, in every kind of file, the same each time."""
    from crosscheck.extract import extract_claims
    from crosscheck.ingest.decode import decode
    from crosscheck.segment import segment

    title = "Budget row in Lyon"
    f = tmp_path / f"budget{suffix}"
    f.write_bytes({
        ".txt": f"{title}\n\n{_BUDGET}\n",
        ".md": f"# {title}\n\n{_BUDGET}\n",
        ".json": json.dumps({"title": title, "text": _BUDGET}, ensure_ascii=False),
        ".html": f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1>"
                 f"<p>{_BUDGET}</p></article></body></html>",
    }[suffix].encode("cp1252"))  # fmt: skip
    doc, result = read_one(f)
    assert _BUDGET in doc.text and doc.encoding == "cp1252"
    assert [c.text for c in extract_claims(doc, segment(doc))] == ["€1.5 million", "€2 million"]
    assert [(d.path, d.message) for d in result.diagnostics] == [(str(f), _AS_WINDOWS_1252)]
    assert decode(f.read_bytes()) == decode(f.read_bytes())


def test_short_latin1_text_is_read_as_windows_1252(tmp_path: Path) -> None:
    """Short Latin-1 texts (Latin-1 is windows-1252 but for its C1 controls) were decoded
    as cp1250 ("à Lyon" as "ŕ Lyon") or cp775 ("Café Müller" as "Cafķ M³ller")."""
    from crosscheck.extract import extract_claims
    from crosscheck.ingest.decode import decode
    from crosscheck.segment import segment

    for text in ("Le feu a tué 12 personnes à Lyon",
                 "Le feu a tué 12 personnes à Lyon, a indiqué la préfecture.",
                 "Ils étaient 40 à l'hôpital ; 3 sont morts, a dit le médecin."):  # fmt: skip
        first, again = decode(text.encode("latin-1")), decode(text.encode("latin-1"))
        assert first == again and first.text == text and first.encoding == "cp1252", text
    f = tmp_path / "zurich.txt"
    text = "The fire at the Café Müller in Zürich killed 12 people and injured 40, police said."
    f.write_bytes(text.encode("latin-1"))
    doc, result = read_one(f)
    assert doc.text == text
    assert [c.text for c in extract_claims(doc, segment(doc))] == ["12 people", "40"]
    assert [d.message for d in result.diagnostics] == [_AS_WINDOWS_1252]


def test_a_page_labelled_latin1_is_read_as_windows_1252(tmp_path: Path) -> None:
    """A page declaring iso-8859-1 (in an http-equiv meta) whose euro signs and curly quotes
    are windows-1252's, as such pages' are, was read as Latin-1: each became a C1 control
    character (U+0080 for €) and "€40,000" no amount. Browsers read the label as
    windows-1252 (the WHATWG encoding standard), and so does crosscheck."""
    from crosscheck.extract import extract_claims
    from crosscheck.segment import segment

    body = "The owner of the café said the fire caused €40,000 of damage, “a disaster”."
    f = tmp_path / "cafe.html"
    f.write_bytes(
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">'
        f"<title>Café fire</title></head><body><article><h1>Café fire</h1><p>{body}</p>"
        "</article></body></html>".encode("cp1252")
    )
    doc, result = read_one(f)
    assert body in doc.text
    assert [c.text for c in extract_claims(doc, segment(doc))] == ["€40,000"]
    assert [d.message for d in result.diagnostics] == [
        "not valid UTF-8; decoded as declared windows-1252 (labelled iso-8859-1, which "
        "browsers read as windows-1252)"
    ]


@pytest.mark.parametrize(
    ("text", "charset", "why"),
    [
        ("Pożar w Łodzi: zginęło 12 osób, a straż pożarna ściągnęła 40 wozów.", "cp1250",
         "'Po¿ar'"),
        ("Při požáru zemřelo 12 lidí.", "cp1250", "'Pøi', where windows-1250 reads 'ř'"),
        ("Při povodni zemřelo 12 lidí, řekl mluvčí.", "cp1250", "'Pøi'"),
        ("W mieście zginęli trzej mężczyźni, 12 osób rannych.", "cp1250", "'mieœcie'"),
        ("Фёдор: 120 погибших", "cp1251", "'Ô¸äîð:'"),
        ("Пожар в Москве: погибли 12 человек, ещё 40 пострадали. Ущерб оценивается в 3 "
         "миллиона рублей, сообщил представитель МЧС.", "cp1251",
         "'Ïîæàð'"),
        ("Пожар в Москве: погибли 12 человек, ещё 40 пострадали. Ущерб оценивается в 3 "
         "миллиона рублей, сообщил представитель МЧС.", "koi8-r", "'ðÏÖÁÒ'"),
        ("Gaisre Vilniuje žuvo 12 žmonių, nuostoliai siekia 3 milijonus eurų, pranešė "
         "ugniagesiai.", "cp1257", "'þuvo'"),
        ("東京都内の火災で12人が死亡し、40人が負傷したと消防当局が発表した。", "shift_jis",
         "byte 0x8D is not a windows-1252 character"),
        ("北京市发生火灾，造成12人死亡，40人受伤。消防部门表示，损失约为300万元。", "gb2312",
         "would read"),
    ],
)  # fmt: skip
def test_other_legacy_charsets_are_not_read_as_windows_1252(
    text: str, charset: str, why: str
) -> None:
    """Central and Eastern European, Cyrillic and CJK files are still decoded as detected,
    to their text, and the warning says why they were not read as windows-1252: a sign
    where windows-1250 has a letter (¿ for ż), a letter windows-1250 reads as another (ø
    for ř, þ for ţ)."""
    from crosscheck.ingest.decode import decode

    decoded = decode(text.encode(charset))
    assert decoded.text == text and decoded == decode(text.encode(charset))
    assert decoded.note is not None and "(not windows-1252: " in decoded.note
    assert why in decoded.note, decoded.note


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("empty.txt", b"", "empty file"),
        ("blank.md", b"  \n\n ", "empty file"),
        ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "binary"),
        ("slides.pdf", b"%PDF-1.4 some pdf", "unsupported file type ('.pdf'"),
        ("Makefile", b"all:\n", "unsupported file type (no extension"),
    ],
)
def test_bad_inputs_are_skipped_with_reason(
    tmp_path: Path, name: str, content: bytes, reason: str
) -> None:
    shutil.copy(SEEDS / "003_7f9d67f18c909fa1.txt", tmp_path / "good.txt")
    (tmp_path / name).write_bytes(content)
    result = read_inputs([tmp_path], Settings())
    assert [d.id for d in result.documents] == ["good.txt"]
    (skipped,) = result.skipped
    assert skipped.path.endswith(name)
    assert reason in skipped.reason


def test_size_limit_skips_large_files(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_text("Officials said 12 people died. " * 100)
    result = read_inputs([tmp_path], Settings(max_bytes=1000))
    assert result.documents == []
    assert "larger than the size limit" in result.skipped[0].reason
    assert "--max-size" in result.skipped[0].reason
    assert len(read_inputs([tmp_path], Settings(max_bytes=10_000)).documents) == 1


# --- discovery --------------------------------------------------------------------------


def test_folders_walked_recursively_in_sorted_order(tmp_path: Path) -> None:
    for rel in ("b/z.txt", "b/a.md", "a.txt", "c/d/e.txt", ".git/config.txt", "b/.hidden.txt"):
        p = tmp_path / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text("Officials said 12 people died.\n")
    found, skipped = discover([tmp_path])
    assert [c.doc_id for c in found] == ["a.txt", "b/a.md", "b/z.txt", "c/d/e.txt"]
    assert skipped == []


def test_ids_relative_to_common_root_and_duplicates_read_once(tmp_path: Path) -> None:
    (tmp_path / "x").mkdir()
    (tmp_path / "y").mkdir()
    (tmp_path / "x" / "a.txt").write_text("Police said 3 people died.")
    (tmp_path / "y" / "a.txt").write_text("Police said 4 people died.")
    found, skipped = discover([tmp_path / "x", tmp_path / "y", tmp_path / "x" / "a.txt"])
    assert [c.doc_id for c in found] == ["x/a.txt", "y/a.txt"]
    assert skipped == []  # the same path twice is simply read once
    found, _ = discover([tmp_path / "x"])
    assert [c.doc_id for c in found] == ["a.txt"]


def test_inputs_are_never_modified(tmp_path: Path) -> None:
    shutil.copytree(ARTICLES, tmp_path / "in")
    shutil.copytree(SEEDS, tmp_path / "in" / "seeds")

    def snapshot() -> dict[str, tuple[str, int]]:
        out = {}
        for root, _, files in os.walk(tmp_path / "in"):
            for name in files:
                p = Path(root) / name
                out[str(p)] = (hashlib.sha256(p.read_bytes()).hexdigest(), p.stat().st_mtime_ns)
        return out

    before = snapshot()
    result = read_inputs([tmp_path / "in"], Settings())
    assert len(result.documents) >= 6
    assert snapshot() == before


@pytest.mark.parametrize(
    ("text", "charset"),
    [
        # short Central European texts whose letters windows-1252 reads as other Western
        # letters (č as è, ć as æ, đ as ð, ř as ø, ů as ù, ő as õ, ă as ã)
        ("Novak Đoković je zaradio 180 miliona dolara.", "cp1250"),
        ("Ministar je rekao da će plaće porasti za 10 posto.", "cp1250"),
        ("V nesreči na avtocesti sta umrla 2 človeka.", "cp1250"),
        ("V nesreči na avtocesti sta umrla 2 človeka.", "iso-8859-2"),
        ("Inflace v září klesla na 6,9 procenta.", "cp1250"),
        ("Ceny bytů v Praze vzrostly za rok o 8 procent. ČEZ vykázal zisk 80 miliard korun.",
         "cp1250"),
        ("Guvernul va aloca 2 miliarde de lei pentru România în anul următor.", "cp1250"),
        ("A jövő évi költségvetés hiánya 2,9 százalék lesz. A tűzben 12 ember meghalt.",
         "cp1250"),
        ("Luka Dončić scored 40 points and signed a $215 million deal.", "cp1250"),
        # DOS and Mac text, whose accents and quotes are windows-1252's signs and capitals
        ("Le président a été élu à 52 % des voix ; la participation a atteint 74 %, selon le "
         "ministère. Ça change tout, a-t-il déclaré.", "cp850"),
        ("The council’s budget is $4.5 million; the mayor’s office didn’t comment.",
         "mac_roman"),
    ],
)  # fmt: skip
def test_a_text_another_charset_reads_otherwise_is_not_taken_for_windows_1252(
    text: str, charset: str
) -> None:
    """A review of the first version found these read as windows-1252 ('Ðokoviæ',
    'pr‚sident', 'councilÕs') where the detector had read them right: a letter windows-1250
    reads otherwise, a sign inside a word or a capital between small letters leaves them
    to the detector."""
    from crosscheck.ingest.decode import decode

    decoded = decode(text.encode(charset))
    assert decoded.text == text and decoded.encoding != "cp1252", decoded


def test_a_page_labelled_us_ascii_is_decoded_as_detected() -> None:
    """us-ascii promises no byte beyond ASCII: a page so labelled that has them is read as
    if it declared nothing (its Russian was read as windows-1252, 'Ïîæàð')."""
    from crosscheck.ingest.decode import charset_declared, decode

    body = "Пожар в Москве: погибли 12 человек, ещё 40 пострадали."
    page = b'<html><head><meta charset="us-ascii"></head><body><p>' + body.encode("cp1251")
    page += b"</p></body></html>"
    assert body in decode(page, charset_declared(page)[0]).text


def test_control_characters_read_as_windows_1252_are_still_a_binary_file() -> None:
    from crosscheck.errors import InputError
    from crosscheck.ingest.decode import decode

    data = bytes(range(1, 32)) * 130 + "café 12 ".encode("cp1252") + b"\x80"
    with pytest.raises(InputError, match="binary"):
        decode(data)


@pytest.mark.parametrize("text", ["She finished 1º in the race.", "El 2ª división juega hoy."])
def test_an_ordinal_sign_after_a_figure_is_windows_1252(text: str) -> None:
    """'º' and 'ª' are letters to Python: the rule for them after a figure never ran, and
    "1º" was left to the detector (cp932 read "1ｺ")."""
    from crosscheck.ingest.decode import decode

    decoded = decode(text.encode("cp1252"))
    assert (decoded.text, decoded.encoding) == (text, "cp1252")


def test_html_a_byline_beside_the_authors_portrait_is_read(tmp_path: Path) -> None:
    """A credit beside an image is a photo's, unless it is a byline: 'By Ali Karimi'
    under the author's portrait was left out (a review's page)."""
    f = tmp_path / "a.html"
    f.write_text(
        "<html><head><title>Quake hits Iran</title></head><body><main><h1>Quake hits Iran</h1>"
        "<div class='RichTextStoryBody'><p>A strong earthquake hit southern Iran on Sunday, "
        "killing at least 10 people and injuring 70 others.</p><p>Rescue teams were still "
        "searching for survivors late on Sunday, the state news agency said.</p><div "
        "class='author'><img src='face.jpg'><p class='credit'>By Ali Karimi, 12 years a "
        "reporter</p></div><p>The toll rose to 12 by evening.</p></div></main></body></html>"
    )
    doc, _ = read_one(f)
    assert "By Ali Karimi, 12 years a reporter" in doc.text


def test_html_json_ld_is_no_script_that_fills_the_page(tmp_path: Path) -> None:
    """A page skipped for want of article text says a script may fill it in only when it
    runs one: JSON-LD, on nearly every news page, is data (a review)."""
    f = tmp_path / "a.html"
    data = '{"@context": "https://schema.org", "headline": "' + "x" * 300 + '"}'
    f.write_text(
        "<html><head><title>T</title><script type='application/ld+json'>"
        f"{data}</script></head><body><nav><a href='/'>Home</a></nav></body></html>"
    )
    result = read_inputs([f], Settings())
    [skipped] = result.skipped
    assert "no article text" in skipped.reason and "script" not in skipped.reason


def test_a_page_declaring_an_unknown_charset_is_said_so(tmp_path: Path) -> None:
    """A page whose meta declares a charset Python knows no codec for ('bogus-charset'),
    and whose bytes are not UTF-8, is read as windows-1252 as an undeclared one is, but
    the warning names the charset declared, not 'no charset declared'."""
    f = tmp_path / "bogus.html"
    f.write_bytes(
        b'<html><head><meta charset="bogus-charset"><title>Storm</title></head><body>'
        b"<article><p>A storm killed 14 people in M\xfcnchen on Monday, officials said, and "
        b"rescue teams searched through the night.</p></article></body></html>"
    )
    doc, result = read_one(f)
    assert "München" in doc.text
    (diag,) = result.diagnostics
    assert "its declared charset 'bogus-charset' is unknown" in diag.message, diag
