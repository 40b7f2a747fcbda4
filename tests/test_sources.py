"""Copies and independent sources (crosscheck.sources), on articles written for these
tests: an AFP story reprinted with small edits by three outlets (one credits AFP in its
dateline, one signs off "— AFP", one credits nobody), a Reuters story of its own and a
local paper's own report that quotes the prefect as the AFP story does."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from crosscheck.config import Settings
from crosscheck.errors import ConfigError
from crosscheck.ingest import read_inputs
from crosscheck.model import Document, Finding, RunResult
from crosscheck.pipeline import run
from crosscheck.rules import load_rule_files
from crosscheck.segment import segment
from crosscheck.sources import (
    CreditFinder,
    find_copies,
    independent_sources,
    is_speech,
    load_wires,
    normalise,
)
from tests.conftest import FIXTURES, SEEDS, invoke

WIRE = FIXTURES / "wire"
AFP_COPIES = ("courier.md", "herald.md", "tribune.md")


@pytest.fixture(scope="module")
def wire() -> RunResult:
    return run([WIRE], Settings())


def _docs(folder: Path) -> list[Document]:
    return read_inputs([folder], Settings()).documents


def _text_doc(doc_id: str, text: str) -> Document:
    paragraphs = []
    pos = 0
    for part in text.split("\n\n"):
        start = text.index(part, pos)
        paragraphs.append((start, start + len(part)))
        pos = start + len(part)
    return Document(doc_id, doc_id, "text", text, tuple(paragraphs))


def _copies(*docs: Document) -> list[tuple[str, ...]]:
    sentences = [s for d in docs for s in segment(d)]
    return [c.documents for c in find_copies(list(docs), sentences)]


def _finding(result: RunResult, rule: str, words: str) -> Finding:
    found = [f for f in result.findings if f.rule == rule and words in f.message]
    assert len(found) == 1, [f.message for f in result.findings]
    return found[0]


# --- clusters ---------------------------------------------------------------------------------


def test_wire_reprints_are_one_cluster_and_the_others_independent(wire: RunResult) -> None:
    assert len(wire.copies) == 1
    cluster = wire.copies[0]
    assert cluster.documents == AFP_COPIES
    assert cluster.label == "AFP copy" and cluster.wires == ("AFP",)
    assert cluster.outlets == ("Valley Courier", "Lakeside Herald", "Evening Tribune")
    credits = {d: (w, t) for d, w, t in cluster.credits}
    assert credits["herald.md"] == ("AFP", "LYON, France (AFP) —")  # the dateline
    assert credits["courier.md"][0] == "AFP" and credits["courier.md"][1].endswith("— AFP")
    assert "tribune.md" not in credits  # no credit: a copy by its shared sentences
    tribune = [link for link in cluster.links if "tribune.md" in link.documents]
    assert tribune and all(link.sentences >= 2 and link.wire is None for link in tribune)
    assert any("evacuation of 1,200 residents" in e for link in tribune for e in link.examples)
    edited = next(link for link in cluster.links if link.documents == AFP_COPIES[:2])
    assert edited.wire == "AFP" and edited.sentences >= 5
    assert edited.words().startswith(f"share {edited.sentences} sentences; both credit AFP")


def test_the_reuters_dateline_is_a_credit_the_body_mention_is_not() -> None:
    gazette = _docs(WIRE / "gazette.md")[0]
    finder = CreditFinder(load_wires())
    credits = finder.credits(gazette, segment(gazette))
    assert credits == [("Reuters", "LYON, France (Reuters) -")]  # not "a Reuters witness said"
    told = _text_doc(
        "told.txt", "The minister said 40 houses collapsed, he told the AFP news agency."
    )
    assert finder.credits(told, segment(told)) == []
    photo = _text_doc("photo.txt", "Rescuers dug through the rubble.\n\nAFP Photo / Jane Doe")
    assert finder.credits(photo, segment(photo)) == []
    byline = _text_doc("byline.txt", "By Jane Doe, Associated Press\n\nRescuers dug all night.")
    assert finder.credits(byline, segment(byline)) == [("AP", "By Jane Doe, Associated Press")]
    end = "Rescuers dug all night.\n\nThe Associated Press contributed to this report."
    helped = _text_doc("helped.txt", end)
    assert [w for w, _ in finder.credits(helped, segment(helped))] == ["AP"]
    cited = _text_doc("cited.txt", "Rescuers dug all night.\n\nThe toll rose, according to AFP.")
    assert finder.credits(cited, segment(cited)) == []  # a source of a sentence, no credit


def test_an_edited_figure_does_not_hide_a_copied_sentence() -> None:
    assert normalise("forced 1,200 from homes") == normalise("forced 1,350 from homes")
    herald, courier = _docs(WIRE / "herald.md")[0], _docs(WIRE / "courier.md")[0]
    stripped = [  # without their AFP credits the two are still copies: 14 vs 15 warehouses
        _text_doc(d.id, d.text.replace("(AFP) ", "").replace("— AFP", ""))
        for d in (herald, courier)
    ]
    assert _copies(*stripped) == [("herald.md", "courier.md")]


def test_a_passage_and_its_speaker_written_decomposed_are_the_same() -> None:
    """A sentence copied with its accents decomposed ('Mu\u0308ller', as text from PDFs
    may write them) is the same passage, credited to the same speaker: its words were cut at
    each mark ('mu', 'ller'), and the speaker was 'Mu'."""
    import unicodedata

    from crosscheck.sources import speakers

    sentence = '"We lost everything in the fire," said Jürgen Müller of the Rhône valley.'
    nfd = unicodedata.normalize("NFD", sentence)
    assert normalise(nfd) == normalise(sentence)
    assert "müller" in normalise(sentence)
    assert speakers(nfd) == speakers(sentence) == {"Jürgen", "Müller", "Rhône"}


@pytest.mark.parametrize(
    "paragraphs",
    [
        # Thai writes its vowels as combining marks, and no spaces between words
        ("เจ้าหน้าที่ตำรวจกล่าวว่ามีผู้ได้รับบาดเจ็บสี่สิบคนจากเหตุเพลิงไหม้ที่เกิดขึ้นในกรุงเทพมหานคร"
         "เมื่อคืนวันจันทร์ และยังมีผู้เสียชีวิตอีกสองราย",
         "หน่วยดับเพลิงใช้เวลากว่าห้าชั่วโมงในการควบคุมเพลิงซึ่งลุกลามไปยังอาคารพาณิชย์ใกล้เคียงอีก"
         "หลายหลัง ก่อนที่จะสามารถดับไฟได้ทั้งหมด"),
        # Arabic with every vowel written (harakat)
        ("قَالَتِ الشُّرْطَةُ إِنَّ أَرْبَعِينَ شَخْصًا أُصِيبُوا فِي الْحَرِيقِ الَّذِي انْدَلَعَ فِي السُّوقِ.",
         "اِسْتَغْرَقَ رِجَالُ الإِطْفَاءِ خَمْسَ سَاعَاتٍ لِإِخْمَادِ النِّيرَانِ الَّتِي الْتَهَمَتِ الْمَحَالَّ."),
    ],
    ids=["thai", "arabic-harakat"],
)  # fmt: skip
def test_a_copy_in_a_script_written_with_marks_is_a_copy(paragraphs: tuple[str, str]) -> None:
    """Marks that compose with no letter (Thai vowels, Arabic harakat) are read as before:
    read as their letter's, a Thai clause was two 'words', short of a passage, and two
    copies of one article were no copy."""
    text = "\n\n".join(paragraphs)
    assert _copies(_text_doc("a.txt", text), _text_doc("b.txt", text)) == [("a.txt", "b.txt")]


def test_the_same_quote_of_the_same_speaker_alone_is_not_copy() -> None:
    tribune, local = _docs(WIRE / "tribune.md")[0], _docs(WIRE / "local.md")[0]
    assert _copies(tribune, local) == []  # both quote the prefect word for word, nothing else
    # with one sentence of the tribune's copy as well, the quote makes two shared passages
    sentence = (
        "Fire crews fought the flames for more than nine hours before bringing them under"
        " control, the prefecture said in a statement."
    )
    both = _text_doc("local2.md", local.text + "\n\n" + sentence)
    clusters = find_copies([tribune, both], [*segment(tribune), *segment(both)])
    assert [c.documents for c in clusters] == [("tribune.md", "local2.md")]
    (link,) = clusters[0].links
    assert (link.sentences, link.quotes) == (1, 1)
    # the same words credited to someone else are not the same quote
    other = _text_doc(
        "other.md", both.text.replace("Prefect Anne Moreau said", "Mayor Luc Girard said")
    )
    assert _copies(tribune, other) == []


def test_quoted_speech_is_told_from_the_outlets_own_sentences() -> None:
    assert is_speech("“We ask everyone to stay inside.")
    assert is_speech('We have no leads at all," the sheriff said.')
    assert not is_speech("The fire destroyed 14 warehouses, according to the fire service.")
    assert is_speech('Prefect Anne Moreau said: "We ask everyone living nearby to stay inside."')
    assert not is_speech('The prefect asked residents to "stay inside" until the evening.')


# --- findings ---------------------------------------------------------------------------------


def test_a_difference_between_two_copies_is_an_editing_difference(wire: RunResult) -> None:
    f = _finding(wire, "count-disagreement", "warehouse")
    assert f.severity == "warning"  # the rule's copy_severity, not its error
    assert "they cannot both be true; both documents are copies of one story (AFP copy in 2" in (
        f.message
    )
    assert "an editing difference between copies, not independent sources disagreeing" in f.message
    assert f.difference is not None and f.difference["kind"] == "editing"  # not a contradiction
    assert f.independent_sources["count"] == 1 and f.independent_sources["editing_difference"]
    assert f.independent_sources["sources"][0]["documents"] == ["courier.md", "herald.md"]


def test_corroboration_counts_independent_sources(wire: RunResult) -> None:
    f = _finding(wire, "corroborated-figure", "1,200")
    assert f.evidence["verdict"] == "corroboration"
    assert "5 documents agree on 1,200" in f.message
    assert (
        "3 independent sources: AFP copy in 3 outlets, Harbour Gazette, Vaulx Weekly" in f.message
    )
    assert f.independent_sources["count"] == 3 and not f.independent_sources["editing_difference"]
    assert f.evidence["compared"]["independent_sources"] == 3


def test_copies_alone_do_not_corroborate(wire: RunResult) -> None:
    f = _finding(wire, "corroborated-figure", "firefighter")
    assert f.evidence["verdict"] == "single-source" and f.severity == "info"
    assert "only 1 independent source: AFP copy in 3 outlets" in f.message
    assert "not an independent corroboration" in f.message


def test_independent_sources_in_words() -> None:
    from crosscheck.model import CopyCluster

    afp = CopyCluster("copy-1", ("a", "b", "c"), "AFP copy", ("AFP",))
    reuters = CopyCluster("copy-2", ("d", "e"), "Reuters copy", ("Reuters",))
    clusters = {d: c for c in (afp, reuters) for d in c.documents}
    got = independent_sources(["a", "b", "c", "d", "e", "f"], clusters)
    assert got["count"] == 3
    assert got["words"] == (
        "3 independent sources: AFP copy in 3 articles, Reuters copy in 2 articles, f"
    )
    one = independent_sources(["a", "d"], clusters)  # one copy of each: two sources
    assert one["count"] == 2 and one["words"] == "2 independent sources: a, d"


def test_copies_that_credit_no_agency_are_told_apart_by_their_outlets() -> None:
    """Two clusters found by shared text were both "shared copy in 2 outlets" in a
    finding's message, and a reader of the text or JUnit report could not tell which
    articles each was; the outlets (or, without them, the articles) are named."""
    from dataclasses import replace

    from crosscheck.model import CopyCluster
    from crosscheck.report.copies import finding_sources_view

    one = CopyCluster("copy-1", ("a.md", "b.md"), "shared copy", ())
    two = CopyCluster("copy-2", ("c.md", "d.md", "e.md", "f.md", "g.md"), "shared copy", ())
    clusters = {d: c for c in (one, two) for d in c.documents}
    outlets = {d: _text_doc(d, "x") for d in ("a.md", "b.md")}
    outlets = {d: replace(doc, source=f"{d[0]}.com") for d, doc in outlets.items()}
    got = independent_sources(["a.md", "b.md", *two.documents, "h.md"], clusters, outlets)
    assert got["words"] == (
        "3 independent sources: shared copy in 2 outlets (a.com, b.com), shared copy in 5 "
        "articles (c.md, d.md, e.md and 2 more), h.md"
    )
    # the report's list of each source's articles names them beside the words already
    finding = Finding(id="f1", rule="r", severity="info", kind="corroboration", group="g1",
                      claims=(), message="m", independent_sources=got)  # fmt: skip
    view = finding_sources_view(finding, outlets)
    assert view is not None
    assert [s["words"] for s in view["sources"]] == [
        "shared copy in 2 outlets",
        "shared copy in 5 articles",
        "h.md",
    ]


def test_seeds_stay_two_independent_articles() -> None:
    result = run([SEEDS], Settings())
    assert result.copies == []
    assert sorted((f.kind, f.severity) for f in result.findings) == [
        ("attribution-agreement", "warning"),
        ("corroboration", "info"),
        ("numeric-agreement", "warning"),
    ]
    corroborated = next(f for f in result.findings if f.kind == "corroboration")
    assert corroborated.evidence["verdict"] == "corroboration"
    assert "11,000" in corroborated.message and "2 independent sources" in corroborated.message
    assert all(f.independent_sources["count"] == 2 for f in result.findings)


def test_report_json_and_sarif_carry_independent_sources(tmp_path: Path) -> None:
    out = tmp_path / "out"
    res = invoke("check", str(WIRE), "--out", str(out), "--format", "json,sarif", "-q")
    assert res.exit_code in (0, 1), res.output
    report = json.loads((out / "report.json").read_text())
    assert report["summary"]["copy_clusters"] == 1
    (cluster,) = report["copies"]
    assert cluster["label"] == "AFP copy" and cluster["documents"] == list(AFP_COPIES)
    assert {"documents", "sentences", "quotes", "wire", "examples", "words"} <= set(
        cluster["links"][0]
    )
    assert all(f["independent_sources"]["count"] >= 1 for f in report["findings"])
    sarif = json.loads((out / "report.sarif").read_text())
    props = [r["properties"]["independent_sources"] for r in sarif["runs"][0]["results"]]
    assert len(props) == len(report["findings"])
    assert any(p["editing_difference"] for p in props)


def test_report_html_shows_the_clusters_and_each_findings_copies(tmp_path: Path) -> None:
    out = tmp_path / "out"
    invoke("check", str(WIRE), "--out", str(out), "-q")
    page = (out / "report.html").read_text()
    section = page[page.index('<section id="copies"') :]
    section = section[: section.index("</section>")]
    assert "AFP copy" in section and "Evening Tribune" in section
    assert "LYON, France (AFP) —" in section  # the credit as written
    assert "share 3 sentences" in section  # why the uncredited reprint is a copy
    assert "editing difference between copies of one story" in page
    assert "copies of one another" in page
    assert "one source</span>" in page  # the single-source corroboration's badge


# --- rule files -------------------------------------------------------------------------------


def test_copy_severity_is_validated_and_defaults_one_step_down(tmp_path: Path) -> None:
    path = tmp_path / "r.yml"
    path.write_text(
        "rules:\n"
        "  - {id: a, title: A, severity: error, check: {kind: numeric-agreement}}\n"
        "  - {id: b, title: B, severity: error, copy_severity: info,"
        " check: {kind: numeric-agreement}}\n"
    )
    a, b = load_rule_files([path]).rules
    assert a.severity_for_copies == "warning" and b.severity_for_copies == "info"
    path.write_text(
        "rules:\n  - {id: a, title: A, severity: error, copy_severity: low,"
        " check: {kind: numeric-agreement}}\n"
    )
    with pytest.raises(ConfigError, match="copy_severity 'low'"):
        load_rule_files([path])


@pytest.mark.parametrize(
    ("text", "said"),
    [
        # the table was read without lines: the second 'names:' of a wire won silently
        ("wires:\n  - id: X\n    names: [Harbour Wire]\n    names: [Other]\n",
         r"wires\.yml:4: wire table is not valid YAML \(found the key 'names' twice \(first "
         r"at line 3\)\)"),
        # and a malformed wire was named by its number alone
        ("wires:\n  - {id: X, names: [A]}\n\n  - {id: 5, names: [B]}\n",
         r"wires\.yml:4: wire 2: needs an 'id'"),
        # (review) 'wires' not a list: named at its key's line, not at line 1
        ("# our wires\n# (agencies)\n\nwires: 3\n", r"wires\.yml:4: a wire table needs a list"),
    ],
)  # fmt: skip
def test_a_wire_table_problem_is_named_at_its_line(tmp_path: Path, text: str, said: str) -> None:
    table = tmp_path / "wires.yml"
    table.write_text(text)
    with pytest.raises(ConfigError, match=said):
        load_wires(table)


def test_a_wire_domain_that_can_match_no_host_is_refused_at_its_line(tmp_path: Path) -> None:
    """Domains written as web addresses ('https://www.rns-news.example/') or with a space
    were accepted and matched no article's host: the agency's copies were never told by
    their address. Refused at the domain's line, with the host to write; 'www.' and a
    trailing dot are the host's (an article's host is read without its 'www.')."""
    table = tmp_path / "wires.yml"
    text = (
        "# our regional agencies\n"
        "wires:\n"
        "  - id: RNS\n"
        "    names: [Regional News Service, RNS]\n"
        "    domains:\n"
        "      - rns.example\n"
        "      - https://www.rns-news.example/\n"
        "  - id: VAX\n"
        "    names: [Valley Express]\n"
        "    domains: [valley express.example]\n"
    )
    table.write_text(text)
    with pytest.raises(ConfigError) as caught:
        load_wires(table)
    assert str(caught.value) == (
        f"{table}:7: wire 'RNS': domain 'https://www.rns-news.example/' is a web address, not "
        "a domain: write its host, 'www.rns-news.example'"
    )
    table.write_text(text.replace("https://www.rns-news.example/", "www.rns-news.example."))
    with pytest.raises(ConfigError) as caught:
        load_wires(table)
    assert str(caught.value).startswith(
        f"{table}:10: wire 'VAX': domain 'valley express.example' is not a domain"
    )
    table.write_text(text.replace("https://www.rns-news.example/", "www.rns-news.example.")
                     .replace("valley express", "valleyexpress"))  # fmt: skip
    finder = CreditFinder(load_wires(table))
    assert finder._domain_wire("www.rns-news.example") == "RNS"
    assert finder._domain_wire("valleyexpress.example") == "VAX"
    # an article's host as a table's domain is read: its trailing dot and case too
    assert finder._domain_wire("WWW.RNS-News.example.") == "RNS"


def test_a_malformed_wire_table_is_named(tmp_path: Path) -> None:
    bad = tmp_path / "wires.yml"
    bad.write_text("wires:\n  - {id: X}\n")
    with pytest.raises(ConfigError, match=r"wires\.yml:2: wire 1"):
        load_wires(bad)


# --- the development corpus -------------------------------------------------------------------


def test_copies_on_ecbplus_are_few_and_stay_within_one_event(ecb_articles: Path) -> None:
    """ECB+ holds articles from many outlets on 75 events; some are reprints of one agency
    story. Text links must never join two events (a false copy); only a shared agency
    credit may (the same wire is one source), and most articles stay independent."""
    docs = _docs(ecb_articles)
    clusters = find_copies(docs, [s for d in docs for s in segment(d)])
    in_clusters = sum(len(c.documents) for c in clusters)
    assert in_clusters < 0.25 * len(docs), (in_clusters, len(docs))
    for c in clusters:
        for link in c.links:
            if link.sentences:
                a, b = (d.split("/")[0] for d in link.documents)
                assert a == b, (link.documents, link.examples)
    # the reprints of one agency story are found: a cluster of five or more within one event
    assert any(len({d.split("/")[0] for d in c.documents}) == 1 and len(c.documents) >= 5
               for c in clusters)  # fmt: skip


def test_report_html_shows_the_first_clusters_and_counts_the_rest(
    wire: RunResult, monkeypatch: pytest.MonkeyPatch
) -> None:
    from crosscheck.report import copies
    from crosscheck.report.html import render

    monkeypatch.setattr(copies, "MAX_LINKS", 1)
    page = render(wire)
    assert "and 1 more links (report.json lists them all)" in page  # the AFP copy has 2
    monkeypatch.setattr(copies, "MAX_CLUSTERS", 0)
    page = render(wire)
    assert "The first 0 of 1 clusters; report.json lists them all." in page
    assert "LYON, France (AFP) —" not in page[page.index('<section id="copies"') :][:3000]


def test_a_wire_table_under_rules_adds_agencies(tmp_path: Path) -> None:
    story = tmp_path / "story"
    story.mkdir()
    (story / "a.txt").write_text(
        "Rescuers dug through the night in the old town.\n\n— Harbour Wire\n"
    )
    (story / "b.txt").write_text(
        "Volunteers handed out blankets at the school gym.\n\n— Harbour Wire\n"
    )
    assert run([story], Settings()).copies == []  # not an agency crosscheck knows
    mine = tmp_path / "mine"
    mine.mkdir()
    (mine / "wires.yml").write_text("wires:\n  - {id: Harbour Wire, names: [Harbour Wire]}\n")
    (cluster,) = run([story], Settings(rule_paths=(mine,))).copies
    assert cluster.label == "Harbour Wire copy" and cluster.documents == ("a.txt", "b.txt")
    (mine / "wires.yml").write_text("wires:\n  - {names: [Harbour Wire]}\n")
    res = invoke("check", str(story), "--rules", str(mine), "--out", str(tmp_path / "out"))
    assert res.exit_code == 2 and "wires.yml:2: wire 1" in res.output


def test_a_wire_table_given_alone_to_rules_adds_agencies(tmp_path: Path) -> None:
    # `--rules wires.yml` (the file, not its folder) was read as a rule file and refused
    # with exit 2 ("a rule file needs a list under 'rules'"), and `rules check wires.yml`
    # said the same: the manual says a file with a top-level `wires:` list under --rules
    # adds agencies, as a concept file given alone is a concept file
    story = tmp_path / "story"
    story.mkdir()
    for name, text in (("a.txt", "Rescuers dug through the night in the old town."),
                       ("b.txt", "Volunteers handed out blankets at the school gym.")):  # fmt: skip
        (story / name).write_text(f"{text}\n\n— Harbour Wire\n")
    table = tmp_path / "wires.yml"
    table.write_text("wires:\n  - {id: Harbour Wire, names: [Harbour Wire]}\n")
    (cluster,) = run([story], Settings(rule_paths=(table,))).copies
    assert cluster.label == "Harbour Wire copy"
    out = str(tmp_path / "out")
    assert invoke("check", str(story), "--rules", str(table), "--out", out).exit_code == 0
    checked = invoke("rules", "check", str(table))
    assert checked.exit_code == 0 and "1 wire table(s)" in checked.output, checked.output
    table.write_text("wires:\n  - {names: [Harbour Wire]}\n")  # and a bad one is named
    checked = invoke("rules", "check", str(table))
    assert checked.exit_code == 2 and "wires.yml:2: wire 1" in checked.stderr, checked.output
