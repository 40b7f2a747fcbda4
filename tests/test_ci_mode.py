"""CI mode: exit codes, output formats, baselines and configuration files."""

from __future__ import annotations

import json
import os
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from tests.conftest import invoke, write_article

SCHEMA = Path(__file__).resolve().parent / "data" / "sarif-subset.schema.json"


# --- exit codes -------------------------------------------------------------------------------


def test_exit_0_when_nothing_reaches_the_threshold(work: Path) -> None:
    result = invoke("check", "articles", "--out", "out")  # seeds: warnings and info only
    assert result.exit_code == 0, result.output
    assert "2 warning" in result.stderr and "s" in result.stderr.split(";")[-1]


def test_exit_1_on_findings_at_or_above_fail_on(work: Path) -> None:
    assert invoke("check", "articles", "--out", "out", "--fail-on", "warning").exit_code == 1
    assert invoke("check", "articles", "--out", "out", "--fail-on", "info").exit_code == 1
    assert invoke("check", "articles", "--out", "out", "--fail-on", "never").exit_code == 0


def test_exit_2_on_configuration_errors(work: Path) -> None:
    (work / "rules").mkdir()
    (work / "rules" / "bad.yml").write_text(
        "rules:\n  - id: x\n    title: t\n    severity: loud\n    check: {kind: corroboration}\n"
    )
    result = invoke("check", "articles", "--rules", "rules", "--out", "out")
    assert result.exit_code == 2 and "bad.yml" in result.stderr
    assert invoke("check", "articles", "--fail-on", "sometimes").exit_code == 2
    assert invoke("check", "articles", "--format", "pdf").exit_code == 2


def test_exit_3_only_with_strict_when_input_unreadable(work: Path) -> None:
    (work / "articles" / "scan.pdf").write_bytes(b"%PDF-1.4")
    assert invoke("check", "articles", "--out", "out").exit_code == 0
    assert invoke("check", "articles", "--out", "out", "--strict").exit_code == 3
    # why, in one error line, even with -q (and -qq, below, which hides the warning)
    (work / "articles" / "notes.pdf").write_bytes(b"%PDF-1.4")
    for quiet in ([], ["-q"]):
        result = invoke("check", "articles", "--out", "out", "--strict", *quiet)
        assert result.exit_code == 3
        said = [x for x in result.stderr.splitlines() if "--strict" in x]
        assert len(said) == 1, result.stderr
        assert said[0].startswith("crosscheck: error: --strict: articles/notes.pdf was not "
                                  "read: unsupported file type ('.pdf'; ")  # fmt: skip
        assert said[0].endswith(") (and 1 other input(s))")
    # whatever the verbosity, as the lines of exits 2 and 5; a file's name cannot break it
    # into two lines (one looking like another error)
    (work / "articles" / "a\ncrosscheck: error: fake.pdf").write_bytes(b"%PDF-1.4")
    quiet = invoke("check", "articles", "--out", "out", "-qq", "--strict")
    assert quiet.exit_code == 3
    assert [x for x in quiet.stderr.splitlines() if x] == [
        "crosscheck: error: --strict: articles/a crosscheck: error: fake.pdf was not read: "
        "unsupported file type ('.pdf'; crosscheck reads .htm, .html, .json, .jsonl, "
        ".markdown, .md, .ndjson, .text, .txt) (and 2 other input(s))"
    ], quiet.stderr


# --- formats ----------------------------------------------------------------------------------


def test_sarif_is_valid_and_points_at_the_claims(work: Path) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    result = invoke("check", "articles", "--out", "out", "--format", "sarif,json")
    assert result.exit_code == 0
    sarif = json.loads((work / "out" / "report.sarif").read_text())
    jsonschema.validate(sarif, json.loads(SCHEMA.read_text()))
    run = sarif["runs"][0]
    assert run["tool"]["driver"]["name"] == "crosscheck"
    assert {r["id"] for r in run["tool"]["driver"]["rules"]} == {
        "troop-count-disagreement",
        "troop-source-disagreement",
        "corroborated-figure",
    }
    res = next(r for r in run["results"] if r["ruleId"] == "troop-count-disagreement")
    loc = res["locations"][0]["physicalLocation"]
    assert loc["artifactLocation"]["uri"] == "articles/000_71db2a8b7660cb1e.txt"
    lines = (work / "articles" / "000_71db2a8b7660cb1e.txt").read_text().splitlines()
    region = loc["region"]
    quoted = lines[region["startLine"] - 1][region["startColumn"] - 1 : region["endColumn"] - 1]
    assert quoted == "at least 3,000 additional troops"
    assert res["relatedLocations"] and res["level"] == "warning"
    assert not (work / "out" / "report.html").exists()


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
def test_sarif_and_text_locations_count_characters_on_lines_of_any_ending(
    tmp_path: Path, newline: str
) -> None:
    """An emoji before the figure: its column counts characters, and SARIF says so
    (`columnKind`; its default, UTF-16 code units, put the column one short). A file saved
    with CR line ends was all line 1 (its figure at column 38, not 5:13)."""
    folder = tmp_path / "arts"
    folder.mkdir()
    text = newline.join(["Title", "", "First para here.", "", "🔴🔴 Police said 150 people died."])
    (folder / "a.txt").write_text(text + newline, newline="")
    (folder / "b.txt").write_text("Officials said 120 people died.\n")
    out = tmp_path / "out"
    result = invoke("check", str(folder), "--out", str(out), "--format", "sarif,text")
    assert result.exit_code == 1, result.output
    run = json.loads((out / "report.sarif").read_text())["runs"][0]
    assert run["columnKind"] == "unicodeCodePoints"
    region = next(
        loc["physicalLocation"]["region"]
        for r in run["results"]
        for loc in r["locations"] + r.get("relatedLocations", [])
        if loc["physicalLocation"]["artifactLocation"]["uri"].endswith("a.txt")
    )
    assert (region["startLine"], region["startColumn"]) == (5, 16)
    assert text.splitlines()[4][15:].startswith("150 people")
    assert "a.txt:5:16:" in result.stdout


def test_sarif_regions_of_markdown_figures_end_with_the_figure(tmp_path: Path) -> None:
    """A figure in Markdown markup (bold, a link, underscore emphasis): the region's
    endColumn was where the text after the figure comes from, past the markup, so the
    file's line sliced at the region gave '17 people**', '15 people](http://x.y/z)' and
    'about 340 homes_'. Every region now quotes the claim itself, as in a .txt file."""
    folder = tmp_path / "arts"
    folder.mkdir()
    write_article(
        folder / "a.md",
        "The storm killed **17 people** on Monday, police said.\n\nRescuers found _about 340 "
        "homes_ destroyed, officials said.",
        title="Storm A",
    )
    write_article(
        folder / "b.md",
        "The storm killed [15 people](http://x.y/z) on Monday, police said.\n\nRescuers found "
        "about 300 homes destroyed, officials said.",
        title="Storm B",
    )
    (folder / "c.txt").write_text("The storm killed 16 people on Monday, police said.\n")
    out = tmp_path / "out"
    result = invoke("check", str(folder), "--out", str(out), "--format", "sarif")
    assert result.exit_code == 1, result.output
    run = json.loads((out / "report.sarif").read_text())["runs"][0]
    quoted: dict[str, list[str]] = {}
    for r in run["results"]:
        for loc in r["locations"] + r.get("relatedLocations", []):
            where = loc["physicalLocation"]
            region = where["region"]
            name = where["artifactLocation"]["uri"].rsplit("/", 1)[-1]
            line = (folder / name).read_text().splitlines()[region["startLine"] - 1]
            assert region["endLine"] == region["startLine"]
            got = line[region["startColumn"] - 1 : region["endColumn"] - 1]
            assert got == region["snippet"]["text"], (name, got)
            quoted.setdefault(name, []).append(got)
    assert {q for qs in quoted.values() for q in qs} >= {
        "17 people", "15 people", "about 340 homes", "16 people"
    }  # fmt: skip


def test_sarif_fingerprints_are_stable(work: Path) -> None:
    invoke("check", "articles", "--out", "a", "--format", "sarif")
    (work / "articles" / "000_71db2a8b7660cb1e.txt").rename(work / "articles" / "moved.txt")
    invoke("check", "articles", "--out", "b", "--format", "sarif")

    def fp(p: Path) -> list[str]:
        results = json.loads(p.read_text())["runs"][0]["results"]
        return sorted(r["partialFingerprints"]["crosscheckFinding/v1"] for r in results)

    assert fp(work / "a" / "report.sarif") == fp(work / "b" / "report.sarif")


def test_junit_parses_back(work: Path) -> None:
    invoke("check", "articles", "--out", "out", "--format", "junit", "--fail-on", "warning")
    root = ET.parse(work / "out" / "report.junit.xml").getroot()
    suite = root.find("testsuite")
    assert suite is not None and suite.get("tests") == "3" and suite.get("failures") == "2"
    failures = [c for c in suite.iter("testcase") if c.find("failure") is not None]
    assert {c.get("classname") for c in failures} == {
        "crosscheck.troop-count-disagreement",
        "crosscheck.troop-source-disagreement",
    }


def test_text_lines(work: Path) -> None:
    result = invoke("check", "articles", "--out", "out", "--format", "text")
    lines = result.stdout.strip().splitlines()
    assert len(lines) == 3
    assert lines[0].startswith("articles/000_71db2a8b7660cb1e.txt:")
    _path, line, col, rest = lines[0].split(":", 3)
    assert int(line) >= 1 and int(col) >= 1 and rest.split()[0] in ("warning", "info", "error")


# --- skipped inputs in SARIF and JUnit -----------------------------------------------------


def _inputs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, good: bool = True) -> Path:
    """in/: an article with a figure (and a JSON Lines record of one), an empty file, a
    binary file whose name needs percent-encoding and XML escaping, and a bad JSON Lines
    line; the working directory is tmp_path."""
    folder = tmp_path / "in"
    folder.mkdir()
    if good:
        (folder / "council.txt").write_text("The council approved 12 new parks on Monday.\n")
    (folder / "empty.txt").write_bytes(b"")
    (folder / 'scan 100% <a&b> "q".txt').write_bytes(b"\x00\x01\xff binary")
    record = '{"id": "r1", "text": "The council approved 12 new parks."}\n' if good else ""
    (folder / "feed.jsonl").write_text(record + "{not json\n")
    monkeypatch.chdir(tmp_path)
    return folder


SKIPPED_URIS = [  # in the order report.json lists them
    ("in/empty.txt", None),
    ("in/feed.jsonl", 2),
    ("in/scan%20100%25%20%3Ca%26b%3E%20%22q%22.txt", None),  # as the results' URIs
]


def _warned(stderr: str) -> list[str]:
    """The lines stderr gave for the skipped inputs, without their prefix."""
    prefix = "crosscheck: WARNING: "
    return [x[len(prefix) :] for x in stderr.splitlines() if x.startswith(prefix + "skipped ")]


@pytest.mark.parametrize("strict", [False, True])
def test_sarif_lists_each_skipped_input_as_a_notification(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, strict: bool
) -> None:
    """Code scanning shows the files crosscheck could not read: the run's invocation has a
    notification per skipped input, with stderr's line and the file's percent-encoded URI
    (and the line of a bad JSON Lines line); warnings, or errors that fail the run (exit 3)
    with --strict."""
    _inputs(tmp_path, monkeypatch)
    args = ["check", "in", "--out", "out", "--format", "sarif,json"]
    result = invoke(*args, *(["--strict"] if strict else []))
    assert result.exit_code == (3 if strict else 0), result.output
    sarif = json.loads((tmp_path / "out" / "report.sarif").read_text(encoding="utf-8"))
    jsonschema = pytest.importorskip("jsonschema")
    jsonschema.validate(sarif, json.loads(SCHEMA.read_text()))
    report = json.loads((tmp_path / "out" / "report.json").read_text(encoding="utf-8"))
    assert len(report["skipped"]) == 3 and sarif["runs"][0]["results"]  # the article's
    [invocation] = sarif["runs"][0]["invocations"]
    assert invocation["executionSuccessful"] is not strict
    assert invocation["exitCode"] == result.exit_code
    notes = invocation["toolExecutionNotifications"]
    assert [n["level"] for n in notes] == ["error" if strict else "warning"] * 3
    assert [n["message"]["text"] for n in notes] == _warned(result.stderr)
    assert [n["message"]["text"] for n in notes] == [
        f"skipped {s['path']}: {s['reason']}" for s in report["skipped"]
    ]
    where = [n["locations"][0]["physicalLocation"] for n in notes]
    assert [
        (w["artifactLocation"]["uri"], w.get("region", {}).get("startLine")) for w in where
    ] == SKIPPED_URIS
    assert all(w["artifactLocation"]["uriBaseId"] == "%SRCROOT%" for w in where)


@pytest.mark.skipif(os.name == "nt", reason="links and names of bytes: POSIX")
def test_a_skipped_link_or_an_unnamed_file_is_located_as_given_or_not_at_all(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A link that loops among the inputs ended `--format sarif` with exit 4 (resolving
    its path raised); a link out of the folder was located at its target
    ('../../etc/hostname'); a file whose name holds a byte that is not UTF-8 (shown as
    '\\xff') at a file of another name. Now: the link where it is, the other with no
    location (its message names it)."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "council.txt").write_text("The council approved 12 new parks on Monday.\n")
    (folder / "loop.txt").symlink_to("loop.txt")
    (folder / "out.txt").symlink_to(tmp_path / "elsewhere.txt")  # out of the folder
    os.close(os.open(os.fsencode(folder) + b"/x\xff.txt", os.O_CREAT | os.O_WRONLY))
    monkeypatch.chdir(tmp_path)
    result = invoke("check", "in", "--out", "out", "--format", "sarif,json")
    assert result.exit_code == 0, result.output
    sarif = json.loads((tmp_path / "out" / "report.sarif").read_text(encoding="utf-8"))
    notes = sarif["runs"][0]["invocations"][0]["toolExecutionNotifications"]
    located = {
        n["message"]["text"].split(":")[0]: [
            loc["physicalLocation"]["artifactLocation"]["uri"] for loc in n.get("locations", [])
        ]
        for n in notes
    }
    assert located == {
        "skipped in/loop.txt": ["in/loop.txt"],
        "skipped in/out.txt": ["in/out.txt"],
        "skipped in/x\\xff.txt": [],
    }, located


def test_a_record_is_named_after_its_file_whatever_the_file_name_holds(tmp_path: Path) -> None:
    """A file 'x#y.txt' was named 'x#y.txt#y.txt' when a stage skipped it (its id cut at
    its first '#', as a record's is); a record of 'x#y.jsonl' as 'x#y.jsonl#y.jsonl#r';
    the record 3 of 'w.jsonl#old/w.jsonl' as 'w.jsonl#old/w.jsonl#old/w.jsonl#3', and its
    file's name (which the store matches) was 'w.jsonl'."""
    from crosscheck.model import Document
    from crosscheck.pipeline import _file_name, _shown

    text = Document("in/x#y.txt", "/a/in/x#y.txt", "text", "t", ((0, 1),))
    record = Document("in/x#y.jsonl#r#2", "/a/in/x#y.jsonl", "json", "t", ((0, 1),))
    assert [_shown(text), _shown(record)] == ["/a/in/x#y.txt", "/a/in/x#y.jsonl#r#2"]
    # a folder's name that holds the file's, or ends as it does, is not the file's
    for doc_id, path, shown, name in [
        ("w.jsonl#old/w.jsonl#3", "/a/w.jsonl#old/w.jsonl", "/a/w.jsonl#old/w.jsonl#3",
         "w.jsonl#old/w.jsonl"),
        ("mydata.jsonl#v2/data.jsonl#7", "/a/mydata.jsonl#v2/data.jsonl",
         "/a/mydata.jsonl#v2/data.jsonl#7", "mydata.jsonl#v2/data.jsonl"),
        ("w.jsonl#3", "w.jsonl", "w.jsonl#3", "w.jsonl"),  # the file given, not a folder
    ]:  # fmt: skip
        doc = Document(doc_id, path, "json", "t", ((0, 1),))
        assert (_shown(doc), _file_name(doc)) == (shown, name)


def test_sarif_of_a_clean_run_says_it_succeeded(work: Path) -> None:
    invoke("check", "articles", "--out", "out", "--format", "sarif")
    sarif = json.loads((work / "out" / "report.sarif").read_text())
    assert sarif["runs"][0]["invocations"] == [
        {"executionSuccessful": True, "exitCode": 0, "toolExecutionNotifications": []}
    ]


@pytest.mark.parametrize("order", ["sarif,junit,html", "html,junit,sarif"])
def test_a_report_that_cannot_be_written_leaves_no_sarif_or_junit_of_success(
    work: Path, order: str
) -> None:
    """SARIF and JUnit say how the run ended: when another report cannot be written (exit
    2), they are not left saying the run succeeded with exit 0, whatever order --format
    gives, nor are an earlier run's in the folder."""
    assert invoke("check", "articles", "--out", "out", "--format", order).exit_code == 0
    assert (work / "out" / "report.sarif").exists()  # an earlier run's, which passed
    (work / "out" / "report.html").unlink()
    (work / "out" / "report.html").mkdir(parents=True)  # a folder where the page goes
    (work / "out" / "report.html" / "mine.txt").write_text("keep", encoding="utf-8")
    result = invoke("check", "articles", "--out", "out", "--format", order)
    assert result.exit_code == 2, result.output
    assert "report.html" in result.stderr
    assert not (work / "out" / "report.sarif").exists()
    assert not (work / "out" / "report.junit.xml").exists()
    assert (work / "out" / "report.html" / "mine.txt").read_text(encoding="utf-8") == "keep"
    (work / "out" / "report.html" / "mine.txt").unlink()
    (work / "out" / "report.html").rmdir()
    assert invoke("check", "articles", "--out", "out", "--format", order).exit_code == 0
    sarif = json.loads((work / "out" / "report.sarif").read_text())
    assert sarif["runs"][0]["invocations"][0]["exitCode"] == 0


def _junit(path: Path) -> ET.Element:
    """The suite of a JUnit file, parsed by xml.etree and (when installed) lxml."""
    data = path.read_bytes()
    try:
        from lxml import etree
    except ImportError:  # pragma: no cover - lxml is a test dependency
        pass
    else:
        assert etree.fromstring(data).tag == "testsuites"
    suite = ET.fromstring(data).find("testsuite")
    assert suite is not None
    return suite


@pytest.mark.parametrize("strict", [False, True])
def test_junit_has_a_test_case_per_skipped_input(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, strict: bool
) -> None:
    """A JUnit-only CI sees the skipped inputs: each a test case of crosscheck.inputs named
    by its path, skipped, or failed with --strict (so the suite fails when the exit code
    says 3); the file's name with <, & and quotes parses back as it was."""
    _inputs(tmp_path, monkeypatch)
    result = invoke("check", "in", "--out", "out", "--format", "junit",
                    *(["--strict"] if strict else []))  # fmt: skip
    assert result.exit_code == (3 if strict else 0), result.output
    suite = _junit(tmp_path / "out" / "report.junit.xml")
    cases = [c for c in suite.iter("testcase") if c.get("classname") == "crosscheck.inputs"]
    assert [c.get("name") for c in cases] == [
        "in/empty.txt", "in/feed.jsonl:2", 'in/scan 100% <a&b> "q".txt'
    ]  # fmt: skip
    said = _warned(result.stderr)
    for case, line in zip(cases, said, strict=True):
        [mark] = list(case)
        assert mark.tag == ("failure" if strict else "skipped")
        assert mark.get("message") == line
    tests = len(list(suite.iter("testcase")))
    assert suite.get("tests") == str(tests) and tests == 3 + 1  # and the article's corroboration
    assert suite.get("failures") == ("3" if strict else "0")
    assert suite.get("skipped") == ("0" if strict else "3")
    assert suite.get("errors") == "0"


def test_a_run_that_checked_nothing_is_no_green_suite(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Exit 5: the JUnit file has a test case in error saying nothing was checked (not a
    suite of no test, or of skipped ones); the skipped inputs fail, as they failed the run;
    SARIF says the run did not succeed, with an error per input and one for the run."""
    _inputs(tmp_path, monkeypatch, good=False)
    result = invoke("check", "in", "--out", "out", "--format", "junit,sarif")
    assert result.exit_code == 5, result.output
    suite = _junit(tmp_path / "out" / "report.junit.xml")
    [error] = [c for c in suite.iter("testcase") if c.find("error") is not None]
    assert error.get("classname") == "crosscheck.run"
    said = "nothing was checked: every input was skipped (3 skipped item(s))"
    assert f"crosscheck: error: {said}" in result.stderr.splitlines()
    assert error.find("error").get("message") == said  # type: ignore[union-attr]
    assert (suite.get("tests"), suite.get("failures"), suite.get("errors")) == ("4", "3", "1")
    sarif = json.loads((tmp_path / "out" / "report.sarif").read_text(encoding="utf-8"))
    jsonschema = pytest.importorskip("jsonschema")
    jsonschema.validate(sarif, json.loads(SCHEMA.read_text()))
    [invocation] = sarif["runs"][0]["invocations"]
    assert invocation["executionSuccessful"] is False and invocation["exitCode"] == 5
    notes = invocation["toolExecutionNotifications"]
    assert [n["level"] for n in notes] == ["error"] * 4
    assert notes[-1] == {"level": "error", "message": {"text": said}}

    # no input at all: the error test case is the suite's one test
    (tmp_path / "none").mkdir()
    result = invoke("check", "none", "--out", "out2", "--format", "junit")
    assert result.exit_code == 5, result.output
    suite = _junit(tmp_path / "out2" / "report.junit.xml")
    assert (suite.get("tests"), suite.get("failures"), suite.get("errors")) == ("1", "0", "1")
    assert suite.find("testcase/error") is not None


def test_allow_empty_keeps_an_empty_input_a_skipped_test_case(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """--allow-empty and inputs that held nothing to check: exit 0, so no error and no
    failure in JUnit, and SARIF's run succeeded with a warning."""
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "empty.txt").write_bytes(b"")
    monkeypatch.chdir(tmp_path)
    result = invoke("check", "in", "--out", "out", "--format", "junit,sarif", "--allow-empty")
    assert result.exit_code == 0, result.output
    # the line that sums up the run is the last (the warning that nothing was checked came
    # after it, where a CI's `tail -1` reads the summary)
    lines = result.stderr.splitlines()
    assert lines[-1].startswith("crosscheck: 0 document(s)"), lines
    assert any("WARNING" in line and "nothing was checked" in line for line in lines[:-1])
    suite = _junit(tmp_path / "out" / "report.junit.xml")
    assert (suite.get("tests"), suite.get("failures"), suite.get("errors")) == ("1", "0", "0")
    assert suite.find("testcase/skipped") is not None
    sarif = json.loads((tmp_path / "out" / "report.sarif").read_text(encoding="utf-8"))
    [invocation] = sarif["runs"][0]["invocations"]
    assert invocation["executionSuccessful"] is True
    assert [n["level"] for n in invocation["toolExecutionNotifications"]] == ["warning"]


def test_strict_rewrites_junit_and_sarif_a_store_had_up_to_date(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The same run with and without --strict, with a store: the files differ (skipped or
    failed, warning or error), so the second is not kept as up to date."""
    _inputs(tmp_path, monkeypatch)
    args = ["check", "in", "--out", "out", "--format", "junit,sarif", "--store", "s.db"]
    assert invoke(*args).exit_code == 0
    assert invoke(*args, "--strict").exit_code == 3
    suite = _junit(tmp_path / "out" / "report.junit.xml")
    assert suite.get("failures") == "3"
    sarif = json.loads((tmp_path / "out" / "report.sarif").read_text(encoding="utf-8"))
    assert sarif["runs"][0]["invocations"][0]["executionSuccessful"] is False


# --- baselines --------------------------------------------------------------------------------


def test_baseline_create_apply_stale_and_rename(work: Path) -> None:
    assert invoke("baseline", "create", "articles", "--out", "base.json").exit_code == 0
    base = json.loads((work / "base.json").read_text())
    assert len(base["findings"]) == 3
    # applied: the warnings no longer fail the run, but stay visible
    result = invoke(
        "check", "articles", "--out", "out", "--fail-on", "warning", "--baseline", "base.json"
    )
    assert result.exit_code == 0 and "3 suppressed" in result.stderr
    report = json.loads((work / "out" / "report.json").read_text())
    assert all(f["suppressed"] for f in report["findings"]) and report["stale_baseline"] == []
    assert "suppressed by the baseline" in (work / "out" / "report.html").read_text()
    # renamed articles keep their fingerprints
    (work / "articles" / "003_7f9d67f18c909fa1.txt").rename(work / "articles" / "other.txt")
    result = invoke(
        "check", "articles", "--out", "out", "--fail-on", "warning", "--baseline", "base.json"
    )
    assert result.exit_code == 0
    # a finding whose claims changed is new again, and the old entry is stale
    first = work / "articles" / "000_71db2a8b7660cb1e.txt"
    first.write_text(
        first.read_text().replace("at least 3,000 additional", "at least 3,200 additional")
    )
    result = invoke(
        "check", "articles", "--out", "out", "--fail-on", "warning", "--baseline", "base.json"
    )
    assert result.exit_code == 1 and "stale" in result.stderr
    report = json.loads((work / "out" / "report.json").read_text())
    assert report["stale_baseline"] and any(not f["suppressed"] for f in report["findings"])
    sarif_run = invoke(
        "check", "articles", "--out", "out", "--format", "sarif", "--baseline", "base.json"
    )
    assert sarif_run.exit_code == 0
    results = json.loads((work / "out" / "report.sarif").read_text())["runs"][0]["results"]
    assert any("suppressions" in r for r in results) and any(
        "suppressions" not in r for r in results
    )


def test_the_configured_baseline_is_made_by_baseline_create_in_the_folder_it_checks(
    work: Path,
) -> None:
    """The manual's configuration names `baseline = "crosscheck-baseline.json"` and its CI
    page makes that file with `baseline create`: the first one stopped with exit 2 ("no
    such file", the key checked as `check` reads it), and a later one over the folder
    holding the file read it as an article and skipped it with a warning. `extract` and
    `rules list`, which read no baseline, stopped on it too."""
    shutil.copytree(work / "articles", work / "articles-copy")
    (work / "crosscheck.toml").write_text('baseline = "crosscheck-baseline.json"\n')
    assert invoke("check", "articles", "--out", "out").exit_code == 2  # check reads it
    for args in (["extract", "articles"], ["rules", "list"]):
        result = invoke(*args)
        assert result.exit_code == 0, result.output
    os.chdir(work / "articles-copy")  # the baseline beside the articles it records
    (Path("crosscheck.toml")).write_text('baseline = "crosscheck-baseline.json"\n')
    made = []
    for _ in range(2):
        result = invoke("baseline", "create", ".", "--out", "crosscheck-baseline.json")
        assert result.exit_code == 0, result.output
        assert "WARNING" not in result.stderr and "skipped" not in result.stderr
        made.append(json.loads(Path("crosscheck-baseline.json").read_text())["findings"])
    assert len(made[0]) == 3 and made[1] == made[0]
    result = invoke("check", ".", "--out", "../out", "--fail-on", "info")
    assert result.exit_code == 0 and "3 suppressed" in result.stderr, result.stderr
    assert "0 skipped input(s)" in result.stderr and "WARNING" not in result.stderr


def test_no_baseline_entry_is_stale_for_an_article_the_run_could_not_read(work: Path) -> None:
    """A stale entry matches no finding any more: not one the run could not look for. A
    run that checked nothing (exit 5) called every entry stale, and one that skipped an
    article (too large here) each entry of its findings, which a CI pruning stale entries
    would drop, failing the run once the article is read again; a run over another
    folder each entry of this one's (a pull request's folders against the whole set's
    baseline)."""
    assert invoke("baseline", "create", "articles", "--out", "base.json").exit_code == 0
    size = str((work / "articles" / "000_71db2a8b7660cb1e.txt").stat().st_size)
    article = work / "articles" / "003_7f9d67f18c909fa1.txt"
    article.write_text(article.read_text() + " " * int(size))  # the same claims, too large
    result = invoke("check", "articles", "--out", "out", "--format", "json", "--max-size", size,
                    "--baseline", "base.json")  # fmt: skip
    assert result.exit_code == 0, result.output
    assert "stale" not in result.stderr
    assert json.loads((work / "out" / "report.json").read_text())["stale_baseline"] == []
    # an entry of no finding at all, among articles read, is still stale
    base = json.loads((work / "base.json").read_text())
    base["findings"].append({"id": "f0", "documents": ["000_71db2a8b7660cb1e.txt"]})
    (work / "base.json").write_text(json.dumps(base))
    invoke("check", "articles", "--out", "out", "--format", "json", "--max-size", size,
           "--baseline", "base.json")  # fmt: skip
    stale = json.loads((work / "out" / "report.json").read_text())["stale_baseline"]
    assert [e["id"] for e in stale] == ["f0"]
    # a run over another folder: the entries of these articles were not looked for
    (work / "other").mkdir()
    (work / "other" / "o.txt").write_text("Officials said 7 people were hurt in the storm.")
    result = invoke("check", "other", "--out", "out", "--format", "json",
                    "--baseline", "base.json")  # fmt: skip
    assert result.exit_code == 0 and "stale" not in result.stderr, result.stderr
    assert json.loads((work / "out" / "report.json").read_text())["stale_baseline"] == []
    # nothing checked: nothing is known to be stale
    (work / "empty").mkdir()
    (work / "empty" / "e.txt").write_text("")
    result = invoke("check", "empty", "--out", "out", "--format", "json",
                    "--baseline", "base.json")  # fmt: skip
    assert result.exit_code == 5 and "stale" not in result.stderr
    assert json.loads((work / "out" / "report.json").read_text())["stale_baseline"] == []


def _stale(*args: str) -> list[str]:
    """The ids report.json lists as stale after `check ARGS --out out --format json`."""
    result = invoke("check", *args, "--out", "out", "--format", "json")
    assert result.exit_code in (0, 1), result.output
    return [e["id"] for e in json.loads(Path("out/report.json").read_text())["stale_baseline"]]


def test_stale_entries_are_told_by_the_articles_they_name_as_a_run_names_them(
    work: Path,
) -> None:
    """Baseline entries name their articles by ids relative to the folder the baseline
    was made of, JSON Lines records with their key ('f.jsonl#2'). An entry is judged by
    the run that read one of them, found by the end of its path: so an entry of records
    whose findings are gone is stale (not left unjudged as naming no article read), an
    entry of a sibling folder's file of the same name is not judged by this folder's (a
    run over art/sport called the entries of art/pol stale), and an entry of a JSON Lines
    file the run skipped is not stale."""
    texts = [p.read_text(encoding="utf-8") for p in sorted((work / "articles").iterdir())]
    records = [json.dumps({"id": str(k), "text": t}) for k, t in enumerate(texts, 1)]
    (work / "feed").mkdir()
    (work / "feed" / "f.jsonl").write_text("\n".join(records) + "\n", encoding="utf-8")
    assert invoke("baseline", "create", "feed", "--out", "feed.json").exit_code == 0
    made = json.loads((work / "feed.json").read_text())["findings"]
    assert made and all(d.startswith("f.jsonl#") for e in made for d in e["documents"])
    (work / "feed" / "f.jsonl").write_text(records[0] + "\n", encoding="utf-8")
    assert sorted(_stale("feed", "--baseline", "feed.json")) == sorted(e["id"] for e in made)
    # a sibling folder with a file of the same name
    art = work / "art"
    shutil.copytree(work / "articles", art / "pol")
    (art / "sport").mkdir()
    name = sorted((art / "pol").iterdir())[0].name
    (art / "sport" / name).write_text("Officials said 7 people were hurt in the storm.")
    assert invoke("baseline", "create", "art/pol", "art/sport", "--out", "art.json").exit_code == 0
    assert _stale("art/sport", "--baseline", "art.json") == []
    # a JSON Lines file skipped beside an article read: its records' entries are not stale
    longer, shorter = sorted(texts, key=len, reverse=True)
    (work / "mix").mkdir()
    (work / "mix" / "f.jsonl").write_text(json.dumps({"id": "1", "text": longer}) + "\n")
    (work / "mix" / "b.txt").write_text(shorter, encoding="utf-8")
    assert invoke("baseline", "create", "mix", "--out", "mix.json").exit_code == 0
    named = json.loads((work / "mix.json").read_text())["findings"]
    assert any("f.jsonl#1" in e["documents"] for e in named)
    size = str((work / "mix" / "b.txt").stat().st_size)
    assert _stale("mix", "--baseline", "mix.json", "--max-size", size) == []


# --- configuration ----------------------------------------------------------------------------


def test_config_file_and_precedence(work: Path) -> None:
    (work / "crosscheck.toml").write_text(
        'fail_on = "warning"\nformats = ["json", "text"]\nout = "cfg-out"\n'
    )
    result = invoke("check", "articles")
    assert result.exit_code == 1  # fail_on from the file
    assert (work / "cfg-out" / "report.json").exists() and not (
        work / "cfg-out" / "report.html"
    ).exists()
    assert result.stdout.count("\n") == 3  # text from the file
    result = invoke(
        "check", "articles", "--fail-on", "error", "--format", "html", "--out", "cli-out"
    )
    assert (
        result.exit_code == 0 and (work / "cli-out" / "report.html").exists()
    )  # command line wins


def test_a_config_file_with_a_bom_and_a_toml_date_is_read(work: Path) -> None:
    """A byte-order mark (Notepad writes one) was 'not valid TOML' at line 1, column 1, and
    a date written as TOML writes dates 'the wrong type (date)'."""
    (work / "crosscheck.toml").write_text("\ufeffpublished_default = 2024-01-01\n")
    result = invoke("check", "articles", "--out", "out", "--format", "json")
    assert result.exit_code == 0, result.output
    published = {d["published"] for d in json.loads((work / "out" / "report.json").read_text())[
        "documents"]}  # fmt: skip
    assert published == {"2024-01-01"}


def test_pyproject_table(work: Path) -> None:
    (work / "pyproject.toml").write_text('[tool.crosscheck]\nfail-on = "info"\n')
    assert invoke("check", "articles", "--out", "out").exit_code == 1


@pytest.mark.parametrize(
    ("text", "needle"),
    [
        ('fail_onn = "warning"\n', "did you mean 'fail_on'"),
        ('fail_on = "loud"\n', "fail_on must be one of"),
        ('jobs = "two"\n', "'jobs' has the wrong type (a string; it takes a whole number)"),
        # the type the file wrote and the one it takes, in TOML's words, not Python's "(str)"
        ('rules = "r.yml"\n', "'rules' has the wrong type (a string; it takes a list)"),
        ('formats = "html,pdf"\n', "unknown format 'pdf'"),
        ('formats = " , "\n', ":1: formats: no format given; leave the key out for the default"),
        ("formats = [1]\n", "unknown format 1"),
        ('timestamp = "yes"\n', "'timestamp' has the wrong type (a string; it takes true or"),
        ("max_size = 1.5\n", "'max_size' has the wrong type (a number; it takes a string or a"),
        ("strict = 1\n", "'strict' has the wrong type (a whole number; it takes true or false)"),
        ('formats = ["pdf"]\n', "unknown format 'pdf'"),
        ("fail_on = \n", "not valid TOML"),
        # tomllib recurses: arrays or inline tables nested this deep were a RecursionError,
        # an internal error (exit 4)
        ("rules = " + "[" * 5000 + "]" * 5000 + "\n", "nested too deeply to be read as TOML"),
        # no format asked for: the run wrote report.html and report.json all the same
        ("formats = []\n", ":1: formats: an empty list; leave the key out for the default"),
        ("rules = " + "{a=" * 3000 + "1" + "}" * 3000 + "\n", "nested too deeply to be read"),
    ],
)
def test_config_errors(work: Path, text: str, needle: str) -> None:
    (work / "crosscheck.toml").write_text(text)
    result = invoke("check", "articles", "--out", "out")
    assert result.exit_code == 2
    assert "crosscheck.toml" in result.stderr and needle in result.stderr


def test_formats_key_takes_one_comma_separated_string_as_format_does(work: Path) -> None:
    """`formats = "html,json"` was refused ("a string; it takes a list") where `--format
    html,json` is taken; read as the flag reads it, as a list of the same formats."""
    for text in ('formats = "sarif, json"\n', 'formats = ["sarif,json"]\n'):
        (work / "crosscheck.toml").write_text(text)
        shutil.rmtree(work / "out", ignore_errors=True)
        result = invoke("check", "articles", "--out", "out")
        assert result.exit_code == 0, result.output
        assert sorted(p.name for p in (work / "out").iterdir() if not p.name.startswith(".")) == [
            "report.json",
            "report.sarif",
        ]


def test_timestamp_is_a_configuration_key_as_its_flag_is_an_option(work: Path) -> None:
    """`timestamp = true` was "unknown key 'timestamp'", the one `check` option without a
    key; it puts the generation time in report.html as --timestamp does."""
    stamp = " · generated "
    assert invoke("check", "articles", "--out", "plain", "--format", "html").exit_code == 0
    assert stamp not in (work / "plain" / "report.html").read_text(encoding="utf-8")
    (work / "crosscheck.toml").write_text("timestamp = true\n")
    result = invoke("check", "articles", "--out", "out", "--format", "html")
    assert result.exit_code == 0, result.output
    assert stamp in (work / "out" / "report.html").read_text(encoding="utf-8")
    flagged = invoke("check", "articles", "--out", "flag", "--format", "html", "--timestamp")
    assert flagged.exit_code == 0
    assert stamp in (work / "flag" / "report.html").read_text(encoding="utf-8")
    (work / "crosscheck.toml").write_text("timestamp = false\n")
    assert invoke("check", "articles", "--out", "off", "--format", "html").exit_code == 0
    assert stamp not in (work / "off" / "report.html").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("text", "where", "needle"),
    [
        ('# settings\nstrict = true\nfail_onn = "warning"\n', "crosscheck.toml:3:", "fail_onn"),
        ('fail_on = "info"\njobs = "two"\n', "crosscheck.toml:2:", "'jobs' has the wrong type"),
        ('max_size = "lots"\n', "crosscheck.toml:1:", "not a size: 'lots'"),
        (
            '\npublished_default = "2020-99-99"\n',
            "crosscheck.toml:2:",
            "no such date: '2020-99-99'",
        ),
        ('published_default = "2020-1-9"\n', "crosscheck.toml:1:", "not an ISO date"),
        ('store = ""\n', "crosscheck.toml:1:", "store: an empty path"),
        ('store = "  "\n', "crosscheck.toml:1:", "store: an empty path"),
        # a key's value written as a table of its own: the table's header line
        ("strict = true\n\n[fail_on]\nlevel = 1\n", "crosscheck.toml:3:", "'fail_on' has the"),
        # a value wrong only with another option's: still the key's line
        (
            'strict = true\nscheduler = "tcp://127.0.0.1:1"\n',
            "crosscheck.toml:2:",
            'scheduler needs engine = "dask"',
        ),
    ],
)
def test_a_config_error_names_the_file_and_the_line(
    work: Path, text: str, where: str, needle: str
) -> None:
    (work / "crosscheck.toml").write_text(text)
    result = invoke("check", "articles", "--out", "out")
    assert result.exit_code == 2
    assert where in result.stderr and needle in result.stderr, result.stderr


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("crosscheck.toml", "strict = true\n"),
        ("pyproject.toml", "[tool.crosscheck]\nstrict = true\n"),
    ],
)
def test_the_configuration_file_in_the_folder_checked_is_no_input(
    work: Path, monkeypatch: pytest.MonkeyPatch, name: str, text: str
) -> None:
    """`check .` in a folder of articles with its configuration: the file was an input
    of an unsupported type, and with `strict = true` it failed its own run (exit 3)."""
    (work / "articles" / name).write_text(text)
    monkeypatch.chdir(work / "articles")
    result = invoke("check", ".", "--out", str(work / "out"))
    assert result.exit_code == 0, result.output  # (the seeds warn; fail_on is error)
    assert json.loads((work / "out" / "report.json").read_text())["skipped"] == []
    assert invoke("check", ".", "--out", str(work / "out"), "--strict").exit_code == 0


def test_a_folder_named_crosscheck_toml_is_no_silent_default(work: Path) -> None:
    (work / "crosscheck.toml").mkdir()
    result = invoke("check", "articles", "--out", "out")
    assert result.exit_code == 2 and "crosscheck.toml: not a file" in result.stderr


@pytest.mark.parametrize("name", ["crosscheck.toml", "pyproject.toml"])
def test_a_configuration_file_that_is_a_link_to_nothing_is_no_silent_default(
    work: Path, name: str
) -> None:
    """crosscheck.toml a symbolic link to a shared file that moved (or a loop of links):
    the run went on with the defaults, its baseline, rules and fail_on silently gone; now
    exit 2. A pyproject.toml is other tools' file too, and may never have held
    [tool.crosscheck]: a warning, and the run goes on (exit 2 stopped every run of a
    project whose pyproject.toml link dangles)."""
    (work / name).symlink_to(work / "shared" / name)
    for _ in range(2):
        result = invoke("check", "articles", "--out", "out")
        said = f"{name}: a link that leads to no file"
        if name == "crosscheck.toml":
            assert result.exit_code == 2, result.output
            lines = [x for x in result.stderr.splitlines() if "error:" in x]
            assert len(lines) == 1 and said in lines[0]
        else:
            assert result.exit_code in (0, 1), result.output
            lines = [x for x in result.stderr.splitlines() if "WARNING" in x and said in x]
            assert len(lines) == 1 and "read as no configuration" in lines[0], result.stderr
        (work / name).unlink()
        (work / name).symlink_to(work / name)  # a loop


def test_a_pyproject_error_names_the_line_in_its_table(work: Path) -> None:
    (work / "pyproject.toml").write_text(
        '[project]\nname = "x"\nmax_size = 3\n\n[tool.crosscheck]\nstrict = true\nmax_size = "x"\n'
    )
    result = invoke("check", "articles", "--out", "out")
    assert result.exit_code == 2
    needle = "pyproject.toml:7: [tool.crosscheck]: max_size: not a size: 'x'"
    assert needle in result.stderr, result.stderr
    (work / "pyproject.toml").write_text(
        '[tool.crosscheck]\nstrict = true\n\n[tool.crosscheck.fail_on]\nlevel = "info"\n'
    )
    result = invoke("check", "articles", "--out", "out")
    needle = "pyproject.toml:4: [tool.crosscheck]: 'fail_on' has the wrong type (a table; it "
    needle += "takes a string)"
    assert result.exit_code == 2 and needle in result.stderr, result.stderr
    (work / "pyproject.toml").write_text('[tool.crosscheck]\nscheduler = "tcp://127.0.0.1:1"\n')
    result = invoke("check", "articles", "--out", "out")
    needle = 'pyproject.toml:2: [tool.crosscheck]: scheduler needs engine = "dask"'
    assert result.exit_code == 2 and needle in result.stderr, result.stderr
    # a command that takes no engine (baseline create) reads no engine nor scheduler: a
    # file that sets both, as a Dask run wants, is no error to it (the review)
    (work / "pyproject.toml").write_text(
        '[tool.crosscheck]\nengine = "dask"\nscheduler = "tcp://127.0.0.1:1"\n'
    )
    made = invoke("baseline", "create", "articles", "--out", "b.json")
    assert made.exit_code == 0 and (work / "b.json").is_file(), made.output
    # a --scheduler given without --engine dask: the command line's mistake, said so
    result = invoke("check", "articles", "--out", "out", "--scheduler", "x", "--engine", "local")
    assert result.exit_code == 2 and "--scheduler needs --engine dask" in result.stderr


def test_report_json_is_written_a_record_at_a_time_as_one_text_would_be(
    work: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """report.json is streamed (a large run never holds it whole); the bytes are those of
    the whole text, with empty and full lists, on file and on stdout (`extract`)."""
    from crosscheck.config import Settings
    from crosscheck.pipeline import run
    from crosscheck.report import json as report_json

    result = run([work / "articles"], Settings())
    monkeypatch.setattr(report_json, "_CHUNK", 64)  # many pieces
    assert result.sentences and not result.skipped  # full lists and empty ones
    whole = report_json.dumps(report_json.to_report(result))
    pieces = list(report_json.chunks(report_json.sections(result)))
    assert len(pieces) > 10 and "".join(pieces) == whole
    path = report_json.write_report(result, work / "out")
    assert path.read_text(encoding="utf-8") == whole
    assert json.loads(whole)["summary"]["documents"] == len(result.documents)
    printed = invoke("extract", "articles", "--format", "json")  # the same records, on stdout
    assert json.loads(printed.output)["claims"] == json.loads(whole)["claims"]


def test_junit_keeps_a_suppressed_finding_beside_a_failing_one() -> None:
    """Two findings of one rule over the same documents are one test case: when one of
    them failed it, the other (accepted in the baseline, or below --fail-on) was in no
    part of the file, though a suppressed finding stays in every output."""
    from crosscheck.model import Finding, RunResult
    from crosscheck.report.junit import to_junit

    evidence = {"claims": [{"document": "a.txt"}, {"document": "b.txt"}]}

    def finding(fid: str, severity: str, message: str) -> Finding:
        return Finding(fid, "r", severity, "k", "g", ("c",), message, evidence=evidence)  # type: ignore[arg-type]

    result = RunResult(inputs=["."])
    result.findings = [
        finding("f1", "error", "new one"),
        finding("f2", "error", "accepted one"),
        finding("f3", "info", "minor one"),
    ]
    root = ET.fromstring(to_junit(result, "warning", {"f2"}))
    (case,) = root.iter("testcase")
    failure = case.find("failure")
    assert failure is not None and failure.text == "[error] new one"
    out = case.find("system-out")
    assert out is not None and out.text == "[error, suppressed] accepted one\n[info] minor one"
    assert root.find("testsuite").get("failures") == "1"  # type: ignore[union-attr]


@pytest.mark.parametrize("key", ["store", "out", "baseline"])
@pytest.mark.parametrize("command", ["check", "baseline"])
def test_a_path_with_a_nul_in_the_configuration_file_is_a_configuration_error(
    work: Path, key: str, command: str
) -> None:
    """A TOML "\\u0000" in a path: no file has such a name, and the first look at it was a
    ValueError, exit 4 (an internal error), even in `baseline create`, which opens no
    store and writes no report folder."""
    (work / "crosscheck.toml").write_text(f'\n{key} = "a\\u0000b"\n')
    args = ["check", "articles", "--out", "out"]
    if command == "baseline":
        args = ["baseline", "create", "articles", "--out", "b.json"]
    result = invoke(*args)
    assert result.exit_code == 2, result.output
    assert result.stderr.strip().splitlines()[-1] == (
        f"crosscheck: error: {work / 'crosscheck.toml'}:2: {key}: 'a\\x00b': "
        "no path holds a NUL character"
    )


@pytest.mark.parametrize("given", ["", " , "])
def test_an_empty_format_list_is_a_usage_error(work: Path, given: str) -> None:
    """`--format "$FORMATS"` with the variable unset wrote the default files (html, json),
    not none, and no word said so."""
    result = invoke("check", "articles", "--out", "out", "--format", given)
    assert result.exit_code == 2
    assert "--format: no format given" in result.stderr
    assert not (work / "out").exists()
