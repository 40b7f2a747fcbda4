"""The command line through click's CliRunner: outputs, messages and exit codes."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from crosscheck import __version__
from crosscheck.cli import cli
from tests.conftest import ARTICLES, REPO, SEEDS, invoke, write_article


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def test_version(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["--version"])
    assert result.exit_code == 0
    assert __version__ in result.stdout


@pytest.mark.parametrize("args", [[], ["check"], ["extract"]])
def test_help_on_every_command(runner: CliRunner, args: list[str]) -> None:
    result = runner.invoke(cli, [*args, "--help"])
    assert result.exit_code == 0
    assert "Usage:" in result.stdout
    if args:
        assert "--quiet" in result.stdout and "--verbose" in result.stdout


@pytest.mark.parametrize("args", [["check"], ["extract"], ["baseline", "create"]])
def test_help_gives_max_size_default_plainly(runner: CliRunner, args: list[str]) -> None:
    """--max-size's default reads as the other options' do, not click's "[default: (10MB)]"
    (the parentheses click puts round a default given as text)."""
    text = " ".join(runner.invoke(cli, [*args, "--help"]).stdout.split())
    assert "default 10MB" in text and "(10MB)" not in text


def test_check_writes_report_json(runner: CliRunner, tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = runner.invoke(cli, ["check", str(SEEDS), "--out", str(out)])
    assert result.exit_code == 0, result.stderr
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert report["version"] == 4
    assert report["tool"] == {"name": "crosscheck", "version": __version__}
    assert [d["id"] for d in report["documents"]] == [
        "000_71db2a8b7660cb1e.txt",
        "003_7f9d67f18c909fa1.txt",
    ]
    assert report["summary"]["sentences"] == len(report["sentences"]) == 52
    texts = {d["id"]: d["text"] for d in report["documents"]}
    for s in report["sentences"]:
        start, end = s["span"]
        assert texts[s["document"]][start:end] == s["text"]
    assert report["skipped"] == [] and report["warnings"] == []
    assert "2 document(s), 52 sentence(s)" in result.stderr
    assert result.stdout == ""


def test_check_is_deterministic(runner: CliRunner, tmp_path: Path) -> None:
    for name in ("a", "b"):
        assert (
            runner.invoke(cli, ["check", str(ARTICLES), "--out", str(tmp_path / name)]).exit_code
            == 0
        )
    assert (tmp_path / "a" / "report.json").read_bytes() == (
        tmp_path / "b" / "report.json"
    ).read_bytes()


def test_check_lists_skipped_inputs_and_goes_on(runner: CliRunner, tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    (src / "good.txt").write_text("Police said 3 people died in the fire on Friday.")
    (src / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF")
    (src / "empty.md").write_text("")
    result = runner.invoke(cli, ["check", str(src), "--out", str(tmp_path / "out")])
    assert result.exit_code == 0
    report = json.loads((tmp_path / "out" / "report.json").read_text())
    assert [d["id"] for d in report["documents"]] == ["good.txt"]
    skipped = {Path(s["path"]).name: s["reason"] for s in report["skipped"]}
    assert set(skipped) == {"photo.jpg", "empty.md"}
    assert "unsupported file type" in skipped["photo.jpg"]
    assert "photo.jpg" in result.stderr and "empty.md" in result.stderr


def test_extract_json_and_table(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["extract", str(ARTICLES / "quake_page.html"), "--format", "json"])
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert data["documents"][0]["title"] == "Quake kills at least 10 in southern Iran"
    table = runner.invoke(cli, ["extract", str(SEEDS)])
    assert table.exit_code == 0
    assert "000_71db2a8b7660cb1e.txt  (text, 4,906 chars)" in table.stdout
    assert "[dateline] SEOUL –" in table.stdout


def test_extract_prints_groups_and_findings_and_never_fails_on_them(
    runner: CliRunner, tmp_path: Path
) -> None:
    # docs/how-it-works.md: extract runs every step and prints the findings too, but it is
    # for looking: the seeds' warnings fail `check --fail-on warning`, not `extract`
    table = runner.invoke(cli, ["extract", str(SEEDS)])
    assert table.exit_code == 0
    assert "group " in table.stdout and "troop-count-disagreement" in table.stdout
    data = json.loads(runner.invoke(cli, ["extract", str(SEEDS), "--format", "json"]).stdout)
    assert {f["rule"] for f in data["findings"]} >= {"troop-count-disagreement"}
    gate = ["--out", str(tmp_path), "--format", "json", "--fail-on", "warning"]
    gated = runner.invoke(cli, ["check", str(SEEDS), *gate])
    assert gated.exit_code == 1


def test_extract_table_says_an_articles_time_and_where_its_date_came_from(
    runner: CliRunner, tmp_path: Path
) -> None:
    """The table said "published: 2024-04-02" for an article of 07:45 and for a date
    --published-default assumed alike: what was read of the dates, which decide update or
    contradiction, was not what it showed."""
    (tmp_path / "2024-04-02_0745_wire.txt").write_text("Police said 40 people died.\n")
    (tmp_path / "b.txt").write_text("Police said 52 people died.\n")
    args = ["extract", str(tmp_path), "--published-default", "2024-04-03"]
    table = runner.invoke(cli, args)
    assert table.exit_code == 0, table.stderr
    heads = [line for line in table.stdout.splitlines() if " chars" in line]
    assert heads == [
        "2024-04-02_0745_wire.txt  (text, 28 chars; published: 2024-04-02T07:45 from file name)",
        "b.txt  (text, 28 chars; published: 2024-04-03 from --published-default)",
    ]


def test_extract_json_has_claims_with_every_field(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["extract", str(SEEDS), "--format", "json"])
    assert result.exit_code == 0
    claims = json.loads(result.stdout)["claims"]
    fields = {
        "id", "document", "sentence", "span", "text", "value", "lower", "upper", "qualifier",
        "unit", "unit_surface", "kind", "modifiers", "predicate", "negated", "change", "hedged",
        "noun_phrase", "elided", "was", "was_qualifier", "was_span", "attribution", "time", "half",
        "scale", "measured", "in_words", "factor", "part", "converted", "clock",
        "partitive", "predicate_words", "spread",
    }  # fmt: skip
    assert claims and all(set(c) == fields for c in claims)
    texts = [c["text"] for c in claims]
    assert "at least 3,000 additional troops" in texts and "over 1.5 billion euros" in texts


def test_extract_table_marks_a_part_apart_from_its_modifiers(
    runner: CliRunner, tmp_path: Path
) -> None:
    """The extract table shows a part of another figure of its sentence as ``part``, a
    mark of its own beside hedged or elided, not among the modifiers (``mods=``)."""
    article = tmp_path / "a.txt"
    article.write_text(
        "The agency received nearly 235,000 comments, at least 208,000 of which were form "
        "letters.\n"
    )
    table = runner.invoke(cli, ["extract", str(article)])
    assert table.exit_code == 0, table.stderr
    (line,) = [x for x in table.stdout.splitlines() if x.strip().startswith("> 'at least 208,000")]
    assert "part" in line.split("  ") and "mods=" not in line


def test_published_default_option(runner: CliRunner) -> None:
    result = runner.invoke(
        cli, ["extract", str(SEEDS), "--format", "json", "--published-default", "2025-03-06"]
    )
    assert result.exit_code == 0
    assert {d["published"] for d in json.loads(result.stdout)["documents"]} == {"2025-03-06"}


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (["check", "--no-such-option", "seeds"], "No such option"),
        (["check", "does/not/exist"], "does not exist"),
        (["check"], "Missing argument"),
        (["frobnicate"], "No such command"),
        (["extract", "seeds", "--format", "xml"], "xml"),
        (["check", "seeds", "--max-size", "lots"], "error: --max-size: not a size"),
        (["extract", "seeds", "--max-size", "lots"], "error: --max-size: not a size"),
        (["check", "seeds", "--max-size", "1" + "0" * 400], "(too large)"),  # no OverflowError
        (["check", "seeds", "--published-default", "yesterday"], "--published-default: not an ISO"),
        (["check", "seeds", "--published-default", "1066-10-14"], "--published-default: a date fr"),
        # written as YYYY-MM-DD, as the help asks, but no day: "not an ISO date" told nothing
        (
            ["check", "seeds", "--published-default", "2025-02-29"],
            "--published-default: no such date: '2025-02-29' (February 2025 has 28 days)",
        ),
        (
            ["check", "seeds", "--published-default", "2025-13-06"],
            "--published-default: no such date: '2025-13-06' (no month 13)",
        ),
        # empty: click reads a path '' as '.' (--out '' wrote the reports in the working
        # folder, --store '' opened it as a store); an empty date was no date, silently
        (["check", "seeds", "--store", ""], "'--store': an empty path; leave the option out"),
        # (each names the flag, as the configuration file's name their key and line)
        (["check", "seeds", "--published-default", " "], "--published-default: an empty date"),
        (["extract", "seeds", "--published-default", ""], "--published-default: an empty date"),
        (["baseline", "create", "seeds", "--out", ""], "'--out': an empty path"),
    ],
)
def test_usage_errors_are_one_line_and_exit_2(
    runner: CliRunner, args: list[str], needle: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(SEEDS.parent)
    result = runner.invoke(cli, [*args, "--out", str(tmp_path)] if args[0] == "check" else args)
    assert result.exit_code == 2, result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, lines
    assert lines[0].startswith("crosscheck: error:") and needle in lines[0]


def test_new_only_without_a_store_names_the_file_and_key_that_set_it(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """new_only = true in the configuration file without a store was refused as
    "--new-only needs --store", naming a flag nobody gave: now the file, its line and the
    key as written, as the file's other errors are; exit 2, nothing written. The flag's
    error names the flag, with or without a file."""
    monkeypatch.chdir(tmp_path)
    cases = [
        ("crosscheck.toml", "jobs = 1\nnew_only = true\n", [],
         "crosscheck.toml:2: new_only needs a store (`store` in the file, or --store)"),
        ("pyproject.toml", '[tool.crosscheck]\njobs = 1\n"new-only" = true\n', [],
         "pyproject.toml:3: [tool.crosscheck]: new-only needs a store"),
        ("crosscheck.toml", "jobs = 1\nnew_only = true\n", ["--new-only"],
         "error: --new-only needs --store (or `store` in the configuration)"),
        ("crosscheck.toml", "jobs = 1\n", ["--new-only"],
         "error: --new-only needs --store (or `store` in the configuration)"),
    ]  # fmt: skip
    for name, text, flags, needle in cases:
        for old in ("crosscheck.toml", "pyproject.toml"):
            (tmp_path / old).unlink(missing_ok=True)
        (tmp_path / name).write_text(text)
        result = runner.invoke(cli, ["check", str(SEEDS), "--out", "out", *flags])
        lines = result.stderr.strip().splitlines()
        assert result.exit_code == 2 and len(lines) == 1, (name, flags, result.output)
        assert needle in lines[0] and not (tmp_path / "out").exists(), (name, flags, lines)
    # with a store, from the file or the command line, it runs
    (tmp_path / "crosscheck.toml").write_text('jobs = 1\nnew_only = true\nstore = "s.db"\n')
    assert runner.invoke(cli, ["check", str(SEEDS), "--out", "out"]).exit_code in (0, 1)


def test_a_configuration_keys_line_is_found_past_strings_and_in_dotted_keys(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The configuration file's key lines were read line by line with no TOML strings: a
    key's name on a line of a multi-line string was taken for the key (the error named
    that line), and a key set dotted under [tool] (crosscheck.fail_on = ...) had no line.
    They are read as TOML reads them (crosscheck.safetoml, as Markdown's front matter)."""
    monkeypatch.chdir(tmp_path)
    q3 = '"' * 3
    cases = [
        ("crosscheck.toml", f'# {q3} opens nothing here\nrules = [\n  "desk/",  # ["old"]\n]\n'
         f'baseline = {q3}\nfail_on = "warning"\n{q3}\nfail_on = "nope"\n',
         "crosscheck.toml:8: fail_on must be one of"),
        ("pyproject.toml", '[tool]\ncrosscheck.jobs = 1\ncrosscheck.fail_on = "nope"\n',
         "pyproject.toml:3: [tool.crosscheck]: fail_on must be one of"),
    ]  # fmt: skip
    for name, text, needle in cases:
        (tmp_path / name).write_text(text)
        result = runner.invoke(cli, ["check", str(SEEDS), "--out", "out"])
        (tmp_path / name).unlink()
        assert result.exit_code == 2 and needle in result.stderr, (name, result.stderr)


RULE = """rules:
  - id: t
    title: T
    severity: warning
    check: {kind: numeric-agreement, same_time_hours: N}
"""


@pytest.mark.parametrize("n", ["1" + "0" * 400, "1" + "0" * 5000])  # past float's range, int()'s
@pytest.mark.parametrize(
    ("given", "needle"),
    [
        (["--max-size", "N"], "not a size (too large): '1000"),
        (["--time-budget", "Ns"], "'--time-budget': must be a number of seconds; got '1000"),
        (["--jobs", "N.5"], "'--jobs' / '-j': must be a whole number from 1 to 1,024; got '1000"),
        (["--published-default", "N"], "not an ISO date (YYYY-MM-DD): '1000"),
        (["--format", "N"], "--format: unknown format '1000"),
        ('formats = ["N"]', "crosscheck.toml:1: unknown format '1000"),
        ("max_size = N", "crosscheck.toml:1: "),  # 5,000 digits: no TOML int() reads
        ('max_size = "N"', "crosscheck.toml:1: max_size: not a size (too large): '1000"),
        ("time_budget = N", "crosscheck.toml:1: "),
        ('fail_on = "N"', "crosscheck.toml:1: fail_on must be one of info, warning, error"),
        ("rules.yml", "rules.yml:5: rule 't': parameter 'same_time_hours' must be a number"),
    ],
)
def test_a_long_value_is_shown_cut_short(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    given: list[str] | str, needle: str, n: str,
) -> None:  # fmt: skip
    # each message printed the value whole: 427 to 5,027 characters on one line
    monkeypatch.chdir(tmp_path)
    args = ["check", str(SEEDS), "--out", "out"]
    if isinstance(given, list):
        args += [a.replace("N", n) for a in given]
    elif given == "rules.yml":
        Path(given).write_text(RULE.replace("N", n))
        args += ["--rules", given]
    else:
        Path("crosscheck.toml").write_text(given.replace("N", n) + "\n")
    result = runner.invoke(cli, args)
    assert result.exit_code == 2, result.output
    (line,) = result.stderr.strip().splitlines()
    assert needle in line and len(line.replace(str(tmp_path), "")) < 200, line
    cut = re.search(r" '?10{50,}\.\.\. \(([0-9,]+) characters\)", line)  # and its length
    if cut is None:  # a TOML integer int() does not read
        assert line.endswith(":1: not valid TOML (a whole number of more than 4,300 digits)")
    else:
        assert int(cut.group(1).replace(",", "")) in range(len(n), len(n) + 5)


@pytest.mark.parametrize(
    ("text", "ending"),
    [
        # json.loads' ValueError for an integer of more than 4,300 digits was an internal error
        ('{"version": 1, "findings": [{"id": "x", "n": 1' + "0" * 5000 + "}]}",
         "baseline.json: the baseline holds a whole number of more than 4,300 digits"),
        # the file, its line and the column: the decoder's message alone ("Invalid control
        # character at") ended in mid-sentence
        ('{"version": 1,\n "findings": [{"id": "abc\n',
         "baseline.json:2: the baseline is not valid JSON (Invalid control character at: "
         "column 26)"),
        # a key set twice (a hand edit, two baselines merged): json.loads kept the last,
        # and the first list's findings were silently no longer accepted (exit 1)
        # an entry with an 'id' of the wrong kind: "has no 'id'" sent its editor looking
        # for a missing key
        ('{"version": 1, "findings": [{"id": "f1"}, {"id": 3}]}',
         "baseline.json: finding 2 of the baseline has the 'id' 3, not a finding's id "
         '(text: "f...")'),
        ('{"version": 1, "findings": [{"id": ""}]}',
         "baseline.json: finding 1 of the baseline has the 'id' '', not a finding's id "
         '(text: "f...")'),
        ('{"version": 1, "findings": [{"rule": "r"}]}',
         "baseline.json: finding 1 of the baseline has no 'id'"),
        ('{"version": 1, "findings": ["f1"]}',
         "baseline.json: finding 1 of the baseline is 'f1', not an object with an 'id'"),
        ('{"version": 1, "findings": [{"id": "f1"}],\n "findings": []}',
         "baseline.json: the baseline sets 'findings' twice in one object; keep one"),
        ('{"version": 1, "findings": [{"id": "f1", "rule": "r", "id": "f2"}]}',
         "baseline.json: the baseline sets 'id' twice in one object; keep one"),
        # documents of another kind were read, and the entry's staleness judged by none
        ('{"version": 1, "findings": [{"id": "f1", "documents": [5]}]}',
         "baseline.json: finding 1 of the baseline has the 'documents' [5], not a list of "
         "article names"),
        ('{"version": 1, "findings": [{"id": "f1", "documents": "a.txt"}]}',
         "baseline.json: finding 1 of the baseline has the 'documents' 'a.txt', not a list "
         "of article names"),
        # a report.json given for a baseline was "version 3 is newer than this crosscheck
        # reads (1)": an upgrade suggested where the file is of another kind
        ('{"version": 3, "summary": {}, "documents": [], "findings": []}',
         "baseline.json: a crosscheck report (report.json), not a baseline; make one with "
         "`crosscheck baseline create`"),
    ],
)  # fmt: skip
def test_a_baseline_json_cannot_read_is_one_usage_error_line(
    runner: CliRunner, tmp_path: Path, text: str, ending: str
) -> None:
    baseline = tmp_path / "baseline.json"
    baseline.write_text(text)
    result = runner.invoke(cli, ["check", str(SEEDS), "--out", str(tmp_path / "o"),
                                 "--baseline", str(baseline)])  # fmt: skip
    assert result.exit_code == 2, result.output
    (line,) = result.stderr.strip().splitlines()
    assert line.endswith(ending), line


@pytest.mark.parametrize(
    ("version", "refused"),
    [("0", "baseline version 0 is none crosscheck writes"),
     ("-1", "baseline version -1 is none crosscheck writes"),
     ('"1"', "baseline 'version' must be a whole number, not '1'"),
     ("1", None), (None, None)],
)  # fmt: skip
def test_a_baseline_is_read_with_a_bom_and_a_version_crosscheck_writes(
    runner: CliRunner, tmp_path: Path, version: str | None, refused: str | None
) -> None:
    # a BOM (as Windows editors write) was refused, though articles and rule files take
    # one; versions 0 and -1 were read silently while "1" was refused
    baseline = tmp_path / "baseline.json"
    field = f'"version": {version}, ' if version is not None else ""
    baseline.write_bytes(b"\xef\xbb\xbf" + f'{{{field}"findings": [{{"id": "x"}}]}}'.encode())
    result = runner.invoke(cli, ["check", str(SEEDS), "--out", str(tmp_path / "o"),
                                 "--baseline", str(baseline), "--fail-on", "never"])  # fmt: skip
    if refused is None:
        assert result.exit_code == 0, result.output
        assert "baseline entry x matches no finding" in result.stderr
    else:
        assert result.exit_code == 2, result.output
        (line,) = result.stderr.strip().splitlines()
        assert line.endswith(f"baseline.json: {refused}"), line


def test_quiet_and_verbose(runner: CliRunner, tmp_path: Path) -> None:
    (tmp_path / "x.pdf").write_bytes(b"%PDF")
    (tmp_path / "a.txt").write_text("Police said 3 people died.")
    quiet = runner.invoke(cli, ["check", "-qq", str(tmp_path), "--out", str(tmp_path / "o")])
    assert quiet.exit_code == 0 and quiet.stderr == ""
    normal = runner.invoke(cli, ["check", str(tmp_path), "--out", str(tmp_path / "o")])
    assert "WARNING: skipped" in normal.stderr and "INFO" not in normal.stderr
    verbose = runner.invoke(cli, ["check", "-v", str(tmp_path), "--out", str(tmp_path / "o")])
    assert "INFO: read 1 document(s)" in verbose.stderr


def test_one_q_keeps_the_warnings_and_drops_the_summary_two_keep_errors_only(
    runner: CliRunner, tmp_path: Path
) -> None:
    """-q was errors only, as -qq: a CI job quietened with -q lost the warning that an
    input was skipped, where the help and manual promised fewer messages."""
    (tmp_path / "x.pdf").write_bytes(b"%PDF")
    (tmp_path / "a.txt").write_text("Police said 3 people died.")
    out = str(tmp_path / "o")

    def said(group: list[str], command: list[str]) -> list[str]:
        """What each stderr line is: 'warning', 'summary' or the line itself."""
        result = runner.invoke(cli, [*group, "check", *command, str(tmp_path), "--out", out])
        kinds = {"crosscheck: WARNING: skipped": "warning", "crosscheck: 1 document(s)": "summary"}
        return [next((k for p, k in kinds.items() if line.startswith(p)), line)
                for line in result.stderr.splitlines()]  # fmt: skip

    assert said([], []) == ["warning", "summary"]
    assert said([], ["-q"]) == said(["-q"], []) == ["warning"]  # on the command or the group
    assert said([], ["-qq"]) == said(["-q"], ["-q"]) == said([], ["-qqq"]) == []
    assert said([], ["-q", "-v"]) == said(["-v"], ["-q"]) == ["warning", "summary"]  # they add up
    base = tmp_path / "b.json"
    made = runner.invoke(cli, ["baseline", "create", str(tmp_path / "a.txt"), "--out", str(base)])
    assert "baseline of 0 finding(s) written" in made.stderr
    made = runner.invoke(
        cli, ["baseline", "create", "-q", str(tmp_path / "a.txt"), "--out", str(base)]
    )
    assert made.exit_code == 0 and made.stderr == ""


def test_own_reports_in_the_input_folder_are_not_read(runner: CliRunner, tmp_path: Path) -> None:
    """--out inside an input folder is left out of the input: a later --strict run does not
    count the reports as unreadable articles."""
    (tmp_path / "a.txt").write_text("Police said 3 people died in the fire on Friday.")
    for _ in range(2):
        args = ["check", str(tmp_path), "--out", str(tmp_path / "out"), "--strict"]
        result = runner.invoke(cli, args)
        assert result.exit_code == 0
    report = json.loads((tmp_path / "out" / "report.json").read_text())
    assert [d["id"] for d in report["documents"]] == ["a.txt"]
    assert report["skipped"] == []


def test_out_as_the_input_folder_reads_not_its_own_reports(
    runner: CliRunner, tmp_path: Path
) -> None:
    """--out that IS the input folder: the second run read the first's report.html and
    report.json as inputs, skipped them as "a crosscheck report", counted them as skipped
    inputs, and --strict ended 3 where the first run ended 1. The files crosscheck
    recorded writing there (and still as written) are left out of the input; the other
    files in the folder are read, and a report.html crosscheck did not write is an input
    as before (refused as one the report would replace)."""
    for name, n in (("a.md", 40), ("b.md", 55)):
        write_article(tmp_path / name, f"The fire destroyed {n} homes on Monday, officials "
                      "said.", title=f"Fire {name}")  # fmt: skip
    strict = ["check", str(tmp_path), "--out", str(tmp_path), "--strict", "-q"]
    codes = [runner.invoke(cli, strict).exit_code for _ in range(2)]
    assert codes == [1, 1]
    report = json.loads((tmp_path / "report.json").read_text())
    assert [d["id"] for d in report["documents"]] == ["a.md", "b.md"]
    assert report["skipped"] == []
    every = ["check", str(tmp_path), "--out", str(tmp_path), "--format", "html,json,sarif,junit"]
    for _ in range(2):
        result = runner.invoke(cli, every)
        assert "0 skipped input(s)" in result.stderr and "WARNING" not in result.stderr
    assert json.loads((tmp_path / "report.json").read_text())["skipped"] == []
    (tmp_path / "c.txt").write_text("Officials said the fire destroyed 60 homes on Monday.")
    runner.invoke(cli, every)
    report = json.loads((tmp_path / "report.json").read_text())
    assert [d["id"] for d in report["documents"]] == ["a.md", "b.md", "c.txt"]
    (tmp_path / "report.html").write_text(
        "<html><body><p>Officials said the fire destroyed 70 homes on Monday in the town."
        "</p></body></html>"
    )  # an article of the user's, saved over the report: read, and not replaced
    saved = runner.invoke(cli, every)
    assert saved.exit_code == 2 and "would replace the input" in saved.stderr


def test_out_dash_is_refused_not_a_folder_named_dash(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`--out -` (standard output to many tools) wrote the report files into a folder
    named '-' and said nothing, to a user who looked for them on standard output; so did
    `out = "-"` in the configuration (which other commands, writing no report folder,
    leave alone), and `baseline create --out -` wrote a file named '-'. Refused with one
    line naming where it was given; a folder of that name is reached by its full path."""
    monkeypatch.chdir(tmp_path)
    result = invoke("check", str(SEEDS), "--out", "-", "--format", "text")
    assert result.exit_code == 2 and not (tmp_path / "-").exists()
    assert result.stderr.count("\n") == 1 and "--out" in result.stderr
    assert "--format text" in result.stderr and result.stdout == ""
    (tmp_path / "crosscheck.toml").write_text('out = "-"\n')
    configured = invoke("check", str(SEEDS))
    assert configured.exit_code == 2 and "crosscheck.toml" in configured.stderr
    assert not (tmp_path / "-").exists()
    assert invoke("extract", str(SEEDS)).exit_code == 0  # it writes no report folder
    (tmp_path / "crosscheck.toml").unlink()
    baseline = invoke("baseline", "create", str(SEEDS), "--out", "-")  # a file named '-'
    assert baseline.exit_code == 2 and "--out" in baseline.stderr
    assert not (tmp_path / "-").exists()
    named = invoke("check", str(SEEDS), "--out", str(tmp_path / "-"), "--format", "json")
    assert named.exit_code == 0 and (tmp_path / "-" / "report.json").is_file()


def test_module_entry_point_runs(tmp_path: Path) -> None:
    import subprocess
    import sys

    proc = subprocess.run(
        [sys.executable, "-m", "crosscheck", "check", "nope/"],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert proc.returncode == 2
    assert proc.stderr.count("\n") == 1 and "does not exist" in proc.stderr


# The program (crosscheck.cli.entry) in a process of its own: an object whose finalizer
# writes "freed", an exit handler that writes "handled", and, when asked, a thread of the
# program's own still working when the command is done.
ENTRY = """
import atexit, sys, threading, time
from pathlib import Path
import crosscheck.cli

here = Path(sys.argv[1])

class Noted:
    def __del__(self):
        (here / "freed").write_text("freed")

kept = Noted()
atexit.register(lambda: (here / "handled").write_text("handled"))
if sys.argv[2] == "thread":
    threading.Thread(target=lambda: (time.sleep(0.5),
                                     (here / "thread").write_text("done"))).start()
sys.argv = ["crosscheck", "check", sys.argv[3], "--out", str(here / "out"),
            "--format", "json", "--fail-on", "warning"]
crosscheck.cli.entry()
"""


def _entry(tmp_path: Path, thread: bool) -> tuple[int, str]:
    import subprocess
    import sys

    from tests.conftest import fresh_env

    proc = subprocess.run(
        [sys.executable, "-c", ENTRY, str(tmp_path), "thread" if thread else "-", str(SEEDS)],
        capture_output=True, text=True, env=fresh_env(), timeout=300, check=False,
    )  # fmt: skip
    return proc.returncode, proc.stderr


def test_the_program_ends_at_once_with_its_code_its_exit_handlers_run(tmp_path: Path) -> None:
    """After the command, the process ends without freeing what it made (os._exit):
    the exit handlers have run, the report is whole, the summary line is written and the
    code is the command's (1: the seeds' warnings with --fail-on warning)."""
    code, stderr = _entry(tmp_path, thread=False)
    assert code == 1, stderr
    assert (tmp_path / "handled").read_text() == "handled"
    assert not (tmp_path / "freed").exists()
    last = stderr.rstrip("\n").splitlines()[-1]
    assert last.startswith("crosscheck: ") and "findings: 0 error, 2 warning" in last
    report = json.loads((tmp_path / "out" / "report.json").read_text())
    assert {f["rule"] for f in report["findings"]} >= {"troop-source-disagreement"}


def test_a_thread_still_working_ends_the_program_the_usual_way(tmp_path: Path) -> None:
    """A thread of the program's own (not a daemon) still running when the command is
    done is waited for, as Python's own exit waits: the process is not cut short."""
    code, stderr = _entry(tmp_path, thread=True)
    assert code == 1, stderr
    assert (tmp_path / "thread").read_text() == "done"
    assert (tmp_path / "handled").read_text() == "handled"


def test_the_command_and_python_m_start_the_program_entry() -> None:
    import tomllib

    project = tomllib.loads((REPO / "pyproject.toml").read_text())
    assert project["project"]["scripts"]["crosscheck"] == "crosscheck.cli:entry"
    module = (REPO / "src" / "crosscheck" / "__main__.py").read_text()
    assert "entry()" in module


@pytest.mark.parametrize("stderr", ["closed", "gone"])
def test_a_closed_or_gone_stderr_changes_neither_the_result_nor_the_exit_code(
    tmp_path: Path, stderr: str
) -> None:
    """Messages have nowhere to go when stderr is closed (``2>&-``) or its reader has gone
    (a pipe closed, `2>&1 | head -1`): the reports are written and the exit code is the
    run's (findings at --fail-on warning: 1), not an internal error (4, no report)."""
    import os
    import subprocess
    import sys

    from tests.conftest import fresh_env

    out = tmp_path / "out"
    command = [sys.executable, "-m", "crosscheck", "check", str(SEEDS), "--out", str(out),
               "--fail-on", "warning"]  # fmt: skip
    if stderr == "closed":
        proc = subprocess.run(command, stdout=subprocess.DEVNULL, env=fresh_env(), timeout=300,
                              preexec_fn=lambda: os.close(2), check=False)  # fmt: skip
        code = proc.returncode
    else:
        running = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                                   env=fresh_env())  # fmt: skip
        assert running.stderr is not None
        running.stderr.close()  # before it writes anything: each write is a broken pipe
        code = running.wait(timeout=300)
    assert code == 1
    assert json.loads((out / "report.json").read_text())["summary"]["findings"]["warning"] == 2


def test_engine_usage_errors_are_one_line_exit_2(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Without Dask installed (find_spec finds none), an unknown engine, a scheduler
    without --engine dask: one line, exit 2, nothing checked."""
    import importlib.util

    from crosscheck.config import Settings
    from crosscheck.errors import ConfigError
    from crosscheck.pipeline import run

    monkeypatch.chdir(tmp_path)
    result = invoke("check", str(SEEDS), "--scheduler", "tcp://127.0.0.1:1")
    assert result.exit_code == 2 and "--scheduler needs --engine dask" in result.stderr
    # one judgement of the value (config.value_problem), its file and line put before it
    unknown = "engine must be one of local, dask; got 'spark'"
    (tmp_path / "crosscheck.toml").write_text('fail_on = "error"\nengine = "spark"\n')
    result = invoke("check", str(SEEDS))
    assert result.exit_code == 2 and f"crosscheck.toml:2: {unknown}" in result.stderr
    result = invoke("check", str(SEEDS), "--engine", "spark")  # click's own usage error
    assert result.exit_code == 2 and "'spark' is not one of 'local', 'dask'" in result.output
    (tmp_path / "crosscheck.toml").unlink()
    real = importlib.util.find_spec
    monkeypatch.setattr(
        importlib.util, "find_spec", lambda name, *a: None if name == "distributed" else real(name)
    )
    result = invoke("check", str(SEEDS), "--engine", "dask", "--out", "out")
    lines = [x for x in result.stderr.splitlines() if x.strip()]
    assert result.exit_code == 2 and len(lines) == 1
    assert "crosscheck[dask]" in lines[0] and not (tmp_path / "out").exists()
    # a library caller builds Settings itself: the same errors, before anything is read
    # or made (the store was made, then the engine refused)
    store = tmp_path / "x" / "s.db"
    for engine, message in (("spark", unknown), ("dask", "crosscheck[dask]")):
        with pytest.raises(ConfigError, match=re.escape(message)):
            run([SEEDS], Settings(engine=engine, store=store))
        assert not store.exists() and not store.parent.exists(), engine


def test_the_command_run_in_a_callers_process_leaves_its_garbage_collector_as_it_was() -> None:
    import gc

    from crosscheck.cli import main

    before = gc.get_threshold()
    with pytest.raises(SystemExit):
        main(["--version"])
    assert gc.get_freeze_count() == 0 and gc.isenabled() and gc.get_threshold() == before
    # a caller that froze its own objects finds them frozen still, and no more than those
    gc.freeze()
    try:
        frozen = gc.get_freeze_count()
        with pytest.raises(SystemExit):
            main(["--version"])
        assert gc.get_freeze_count() == frozen and gc.get_threshold() == before
    finally:
        gc.unfreeze()


def test_rules_list_stops_on_a_concept_file_check_would_refuse(tmp_path: Path) -> None:
    """`rules list` lists the rules a check would use: a concept file beside them that
    `check` refuses (exit 2, naming it) is refused by the listing too, not left unread."""
    folder = tmp_path / "ours"
    folder.mkdir()
    (folder / "rules.yml").write_bytes((REPO / "examples" / "newsroom" / "rules.yml").read_bytes())
    (folder / "concepts.yml").write_text("concepts:\n  - id: evacuees\n    broader: people\n")
    (tmp_path / "a.txt").write_text("Officials said 1,200 people were evacuated on Monday.\n")
    checked = invoke("check", str(tmp_path / "a.txt"), "--rules", str(folder), "--out",
                     str(tmp_path / "out"))  # fmt: skip
    assert checked.exit_code == 2 and "concepts.yml:2" in checked.stderr
    listed = invoke("rules", "list", "--rules", str(folder))
    assert listed.exit_code == 2, listed.output
    assert "concepts.yml:2: concept 'evacuees' needs a list of 'terms'" in listed.stderr


def test_extract_and_rules_list_read_the_configuration_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`extract` shows what `check` reads and `rules list` the rules it uses: both take the
    configuration file's settings as `check` does (they read only the command line), and
    refuse a bad one with its file and line."""
    from tests.conftest import REPO

    monkeypatch.chdir(tmp_path)
    (tmp_path / "ours.yml").write_bytes((REPO / "examples" / "newsroom" / "rules.yml").read_bytes())
    (tmp_path / "a.txt").write_text("Officials said 1,200 people were evacuated on Monday.\n")
    config = tmp_path / "crosscheck.toml"
    config.write_text('rules = ["ours.yml"]\npublished_default = "2024-03-01"\n')
    result = invoke("extract", "a.txt", "--format", "json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["documents"][0]["published"] == "2024-03-01"
    listed = invoke("rules", "list")
    assert listed.exit_code == 0
    assert "rfs-evacuation-count" in listed.stdout and "count-disagreement" in listed.stdout
    config.write_text('rules = ["ours.yml"]\ndefault_rules = false\n')
    listed = invoke("rules", "list")
    assert "rfs-evacuation-count" in listed.stdout and "count-disagreement" not in listed.stdout
    config.write_text("bogus_key = 1\n")
    for args in (["extract", "a.txt"], ["rules", "list"]):
        result = invoke(*args)
        assert (
            result.exit_code == 2 and "crosscheck.toml:1: unknown key 'bogus_key'" in result.stderr
        )
    # the command line still wins, and without a configuration file nothing changes
    config.unlink()
    listed = invoke("rules", "list", "--no-default-rules", "--rules", "ours.yml")
    assert "rfs-evacuation-count" in listed.stdout and "count-disagreement" not in listed.stdout
    assert "count-disagreement" in invoke("rules", "list").stdout
    dated = json.loads(invoke("extract", "a.txt", "--format", "json").stdout)
    assert dated["documents"][0]["published"] is None
    # extract writes no report: a folder named as check's report folder is read as input
    (tmp_path / "reports").mkdir()
    (tmp_path / "reports" / "b.txt").write_text("Police said 40 people were hurt.\n")
    config.write_text('out = "reports"\n')
    listed = json.loads(invoke("extract", ".", "--format", "json").stdout)
    assert sorted(d["id"] for d in listed["documents"]) == ["a.txt", "reports/b.txt"]


def test_write_reports_writes_what_check_out_writes(tmp_path: Path) -> None:
    """The library's writer (crosscheck.write_reports) gives the same files as the command
    line for the same run and --fail-on, and refuses a format or a fail_on the command
    line would, before writing anything."""
    import crosscheck
    from crosscheck.errors import ConfigError

    result = invoke("check", str(SEEDS), "--out", str(tmp_path / "cli"), "--format",
                    "json,sarif,junit", "--fail-on", "warning")  # fmt: skip
    assert result.exit_code == 1
    run = crosscheck.check([str(SEEDS)], crosscheck.Settings(fail_on="warning"))
    written = crosscheck.write_reports(run, tmp_path / "lib", ["json", "sarif", "junit"],
                                       fail_on="warning")  # fmt: skip
    names = ["report.json", "report.sarif", "report.junit.xml"]
    assert [p.name for p in written] == names
    for name in names:
        assert (tmp_path / "lib" / name).read_bytes() == (tmp_path / "cli" / name).read_bytes()
    # JUnit fails the findings at or above fail_on: "never" fails none
    crosscheck.write_reports(run, tmp_path / "never", ["junit"], fail_on="never")
    assert "<failure" in (tmp_path / "lib" / "report.junit.xml").read_text(encoding="utf-8")
    assert "<failure" not in (tmp_path / "never" / "report.junit.xml").read_text(encoding="utf-8")
    # any iterable of formats, each written once
    again = crosscheck.write_reports(run, tmp_path / "gen", (f for f in ["json", "json"]),
                                     fail_on="warning")  # fmt: skip
    assert again == [tmp_path / "gen" / "report.json"]
    # in the order asked for (SARIF and JUnit are written last, not returned last)
    order = crosscheck.write_reports(run, tmp_path / "order", ["sarif", "junit", "json"],
                                     fail_on="warning")  # fmt: skip
    assert [p.name for p in order] == ["report.sarif", "report.junit.xml", "report.json"]
    assert again[0].read_bytes() == (tmp_path / "cli" / "report.json").read_bytes()
    for formats, fail_on, said in (
        (["pdf"], "error", "unknown format 'pdf'"),
        ("json", "error", "a list of formats, not the string 'json'"),
        (["json"], "loud", "fail_on must be one of"),
    ):
        with pytest.raises(ConfigError, match=said):
            crosscheck.write_reports(run, tmp_path / "bad", formats, fail_on=fail_on)
    assert not (tmp_path / "bad").exists()


@pytest.mark.parametrize(
    ("name", "text", "line"),
    [
        ("crosscheck.toml", 'fail_on = "error"\n\n\nfail-on = "never"\n', 4),
        ("pyproject.toml", '[tool.crosscheck]\nfail-on = "never"\nfail_on = "error"\n', 3),
    ],
)
def test_a_key_written_with_dash_and_underscore_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, text: str, line: int
) -> None:
    """'fail_on' and 'fail-on' are one key: TOML lets a file write both, and the last one
    used to win silently, so 'fail-on = "never"' at the end turned a CI gate off (exit 0
    on an error). Now exit 2, naming the file and the second spelling's line."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / name).write_text(text)
    result = invoke("check", str(SEEDS), "--out", "out", "--fail-on", "warning")
    assert result.exit_code == 2, result.output
    assert f"{name}:{line}: " in result.stderr and "written with '-' and with '_'" in result.stderr
    assert not (tmp_path / "out").exists()


def test_a_crosscheck_key_under_tool_that_is_no_table_is_named_with_its_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """'crosscheck = 5' under [tool] in pyproject.toml is exit 2 naming the line it is set
    on, as every other configuration value is (it named the file alone)."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "x"\n\n[tool]\ncrosscheck = 5\n')
    result = invoke("check", str(SEEDS), "--out", "out")
    assert result.exit_code == 2, result.output
    assert "pyproject.toml:5: [tool.crosscheck]: the configuration must be a table" in result.stderr


def test_a_configured_baseline_that_is_missing_or_a_folder_is_named_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "base").mkdir()
    for value, said in (("nobase.json", "no such file"), ("base", "a folder, not a file")):
        (tmp_path / "crosscheck.toml").write_text(f'baseline = "{value}"\n')
        result = invoke("check", str(SEEDS), "--out", "out")
        assert result.exit_code == 2
        assert f"crosscheck.toml:1: baseline: {value}: {said}" in result.stderr, result.stderr


@pytest.mark.parametrize("key", ["rules", "aliases", "baseline"])
def test_a_configured_path_too_long_for_the_system_is_named_with_its_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, key: str
) -> None:
    # `rules = ["<300 characters>"]` ended the run with exit 4, 'internal error: OSError:
    # File name too long' (Path.exists() raises it rather than answering no)
    monkeypatch.chdir(tmp_path)
    value = "x" * 300
    written = f'["{value}"]' if key != "baseline" else f'"{value}"'
    (tmp_path / "crosscheck.toml").write_text(f"strict = true\n{key} = {written}\n")
    result = invoke("check", str(SEEDS), "--out", "out")
    assert result.exit_code == 2, result.output
    lines = [x for x in result.stderr.splitlines() if "error:" in x]
    assert len(lines) == 1 and f"crosscheck.toml:2: {key}: {value}: cannot be read (" in lines[0]


def _stderr_unwritable(tmp_path: Path, args: list[str], how: str) -> int:
    """The program's exit code for ``args`` run with a stderr it cannot write: a pipe whose
    reader has gone before the run writes anything ("gone"), or a descriptor open for
    reading only (a wrapper script run with `2>&-` hands its own file over as fd 2)."""
    import os
    import subprocess
    import sys

    from tests.conftest import fresh_env

    env = {k: v for k, v in fresh_env().items() if k != "PYTHONUNBUFFERED"}
    command = [sys.executable, "-m", "crosscheck", *args]
    if how == "read-only":

        def read_only() -> None:
            fd = os.open(SEEDS / "000_71db2a8b7660cb1e.txt", os.O_RDONLY)
            os.dup2(fd, 2)
            os.close(fd)

        proc = subprocess.run(command, stdout=subprocess.DEVNULL, env=env, timeout=300,
                              preexec_fn=read_only, check=False)  # fmt: skip
        return proc.returncode
    running = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                               env=env)  # fmt: skip
    assert running.stderr is not None
    running.stderr.close()
    return running.wait(timeout=300)


@pytest.mark.parametrize("how", ["gone", "read-only"])
@pytest.mark.parametrize(
    ("case", "code"),
    [("clean", 0), ("findings", 1), ("usage", 2), ("strict", 3), ("nothing", 5)],
)
def test_a_stderr_that_cannot_be_written_never_changes_the_exit_code(
    tmp_path: Path, how: str, case: str, code: int
) -> None:
    """The messages are lost, the exit code is the run's: a broken pipe on stderr reached
    click, which ended every run with 1 (a clean run and an unreadable input with --strict
    read as findings), and an error's own line failing ended with Python's 120."""
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "broken.json").write_text('{"title": "Troops", "text": ')
    out = ["--out", str(tmp_path / "out")]
    args = {
        "clean": ["check", str(SEEDS), *out],
        "findings": ["check", str(SEEDS), *out, "--fail-on", "warning"],
        "usage": ["check", str(SEEDS), *out, "--fail-on", "critical"],
        "strict": ["check", str(SEEDS), str(tmp_path / "broken.json"), *out, "--strict"],
        "nothing": ["check", str(tmp_path / "empty.txt"), *out],
    }[case]
    assert _stderr_unwritable(tmp_path, args, how) == code
    if code in (0, 1, 3):
        report = json.loads((tmp_path / "out" / "report.json").read_text())
        assert report["summary"]["findings"]["warning"] == 2


@pytest.mark.parametrize("stdout", ["closed", "read-only"])
def test_a_stdout_that_cannot_take_the_text_report_is_an_output_not_written(
    tmp_path: Path, stdout: str
) -> None:
    """--format text with a closed stdout (``>&-``) or one open for reading only: exit 2
    and one line, as for a full disk. A closed one lost the text without a word (exit 1,
    the findings'), a read-only one added Python's two lines and exit 120 after the
    run's own line (the exit's flush failed again)."""
    import subprocess
    import sys

    from tests.conftest import fresh_env, unwritable_stdout

    env = {k: v for k, v in fresh_env().items() if k != "PYTHONUNBUFFERED"}
    proc = subprocess.run(
        [sys.executable, "-m", "crosscheck", "check", str(SEEDS), "--out", str(tmp_path / "out"),
         "--format", "text,json", "--fail-on", "warning", "-q"],
        stderr=subprocess.PIPE, text=True, env=env, timeout=300,
        preexec_fn=unwritable_stdout(stdout), check=False,
    )  # fmt: skip
    assert proc.returncode == 2, proc.stderr
    assert proc.stderr.count("\n") == 1 and "cannot write the output" in proc.stderr


def test_an_unbuffered_stdout_whose_reader_goes_half_way_exits_141(ecb_articles: Path) -> None:
    """PYTHONUNBUFFERED (as many CI images set it): the report, larger than a pipe holds,
    is taken in part when its reader goes (`| head -c 10`); Python's unbuffered text
    stream dropped the rest without an error and the run exited 0, as if all was written
    (on a full disk the same lost the report's end with the run's own code)."""
    import subprocess
    import sys

    from tests.conftest import fresh_env

    events = [str(ecb_articles / e) for e in ("1ecb", "1ecbplus", "2ecb", "2ecbplus")]
    running = subprocess.Popen([sys.executable, "-m", "crosscheck", "extract", *events],
                               stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                               env={**fresh_env(), "PYTHONUNBUFFERED": "1"})  # fmt: skip
    assert running.stdout is not None
    assert running.stdout.read(10) == b"1ecb/1_10e"
    running.stdout.close()
    assert running.wait(timeout=300) == 141


def test_the_program_under_a_profiler_returns_to_it(tmp_path: Path) -> None:
    """python -m cProfile -m crosscheck (how docs/scale.md measures a run): the profile is
    printed once the program returns to the profiler, which the program's os._exit never
    let it do (nothing printed, no word why)."""
    import subprocess
    import sys

    from tests.conftest import fresh_env

    proc = subprocess.run(
        [sys.executable, "-m", "cProfile", "-s", "cumtime", "-m", "crosscheck", "check",
         str(SEEDS), "--out", str(tmp_path / "out"), "--format", "json", "-q"],
        capture_output=True, text=True, env=fresh_env(), timeout=300, check=False,
    )  # fmt: skip
    assert "function calls" in proc.stdout and "Ordered by: cumulative time" in proc.stdout
    report = json.loads((tmp_path / "out" / "report.json").read_text())
    assert report["summary"]["findings"]["warning"] == 2


def test_a_failed_text_report_leaves_no_outcome_file_that_tells_another_exit_code(
    tmp_path: Path,
) -> None:
    """--format text,json,sarif,junit with a stdout that cannot be written: the run ends
    with 2, and no SARIF or JUnit file says otherwise. They were written before the text
    and said "exitCode": 1, "executionSuccessful": true (an earlier run's stayed too)."""
    import os
    import subprocess
    import sys

    from tests.conftest import fresh_env

    out = tmp_path / "out"
    command = [sys.executable, "-m", "crosscheck", "check", str(SEEDS), "--out", str(out),
               "--format", "text,json,sarif,junit", "--fail-on", "warning", "-q"]  # fmt: skip
    env = {k: v for k, v in fresh_env().items() if k != "PYTHONUNBUFFERED"}
    earlier = subprocess.run(command, capture_output=True, env=env, timeout=300, check=False)
    assert earlier.returncode == 1 and (out / "report.sarif").exists()

    def read_only() -> None:
        fd = os.open(SEEDS / "000_71db2a8b7660cb1e.txt", os.O_RDONLY)
        os.dup2(fd, 1)
        os.close(fd)

    proc = subprocess.run(command, stderr=subprocess.PIPE, text=True, env=env, timeout=300,
                          preexec_fn=read_only, check=False)  # fmt: skip
    assert proc.returncode == 2 and "cannot write the output" in proc.stderr
    assert sorted(p.name for p in out.glob("report*")) == ["report.json"]
    assert json.loads((out / "report.json").read_text())["summary"]["findings"]["warning"] == 2


def test_counts_of_a_thousand_or_more_are_grouped_as_the_figures_are(
    runner: CliRunner, tmp_path: Path
) -> None:
    """The summary line and the page's header said "13340 sentence(s)", "6121 claims"
    beside findings that write "2,302": every count is grouped by thousands."""
    story = tmp_path / "story"
    story.mkdir()
    lines = (f"The crew loaded {n} boxes onto the truck." for n in range(1, 1002))
    (story / "a.txt").write_text("\n\n".join(lines))
    result = runner.invoke(cli, ["check", str(story), "--out", str(tmp_path / "o")])
    assert result.exit_code == 0, result.output
    assert "1 document(s), 1,001 sentence(s), 1,001 claim(s)" in result.stderr
    header = (tmp_path / "o" / "report.html").read_text().split("</header>")[0]
    assert "1,001 claims" in header and "1001" not in header


def test_rules_on_the_command_line_say_they_replace_the_configuration_files(work: Path) -> None:
    """`rules` in crosscheck.toml and `--rules` on the command line: the command line's
    replace the file's (command line first), which `--rules ... besides the shipped ones`
    never said: a desk's own rules went unused without a word. Said, naming the file's
    line; the same for --aliases. Either alone says nothing."""
    newsroom = REPO / "examples" / "newsroom"
    (work / "desk").mkdir()
    (work / "desk" / "rules.yml").write_text((newsroom / "rules.yml").read_text())
    (work / "crosscheck.toml").write_text(
        '# the desk\'s settings\nfail_on = "error"\nrules = ["desk/"]\naliases = ["desk/"]\n'
    )
    both = invoke("check", "articles", "--out", "out", "--rules", str(newsroom / "rules.yml"),
                  "--aliases", str(newsroom / "agencies.yml"))  # fmt: skip
    assert both.exit_code == 0, both.output
    said = [line for line in both.stderr.splitlines() if "not used" in line]
    assert said == [
        f"crosscheck: WARNING: {work / 'crosscheck.toml'}:3: rules: 'desk/' not used: --rules "
        "on the command line replaces the configuration file's (list them all in one place to "
        "use both)",
        f"crosscheck: WARNING: {work / 'crosscheck.toml'}:4: aliases: 'desk/' not used: "
        "--aliases on the command line replaces the configuration file's (list them all in one "
        "place to use both)",
    ]
    alone = invoke("check", "articles", "--out", "out")
    assert alone.exit_code == 0 and "not used" not in alone.stderr, alone.output


def test_the_configuration_files_rules_given_again_on_the_command_line_are_not_said(
    work: Path,
) -> None:
    """`rules = ["desk/"]` in crosscheck.toml and `--rules desk/ --aliases desk/` on the
    command line: warned "not used", of a folder the run reads. Said only of a configured
    path (by where it really is: './desk' is 'desk/') the command line leaves out, naming it."""
    newsroom = REPO / "examples" / "newsroom"
    for name in ("desk", "extra"):
        (work / name).mkdir()
        (work / name / "rules.yml").write_text((newsroom / "rules.yml").read_text()
                                               .replace("rfs-", f"{name}-"))  # fmt: skip
    (work / "desk" / "agencies.yml").write_text((newsroom / "agencies.yml").read_text())
    (work / "crosscheck.toml").write_text(
        '# the desk\'s settings\nrules = ["desk/"]\naliases = ["desk/"]\n'
    )
    same = invoke("check", "articles", "--out", "out", "--rules", "desk/", "--aliases", "./desk")
    assert same.exit_code == 0, same.output
    assert "not used" not in same.stderr, same.stderr
    (work / "crosscheck.toml").write_text(
        '# the desk\'s settings\nrules = ["desk/", "extra/"]\naliases = ["desk/"]\n'
    )
    one = invoke("check", "articles", "--out", "out", "--rules", "./desk", "--aliases", "desk")
    assert one.exit_code == 0, one.output
    assert [line for line in one.stderr.splitlines() if "not used" in line] == [
        f"crosscheck: WARNING: {work / 'crosscheck.toml'}:2: rules: 'extra/' not used: --rules "
        "on the command line replaces the configuration file's (list them all in one place to "
        "use both)"
    ]


def test_the_configuration_files_files_read_through_the_command_lines_folders_are_not_said(
    work: Path,
) -> None:
    """`rules = ["desk/rules.yml"]`, `aliases = ["desk/agencies.yml"]` in crosscheck.toml and
    `--rules desk --aliases desk`: warned "rules: 'desk/rules.yml' not used", though the run
    reads both files through the folders. A configured path the command line's read (a file
    at the top of a --rules folder, read one level deep; anything under an --aliases
    folder, searched recursively; by where they really are) is used: not said. One in a
    subfolder of a --rules folder is not read, and is said."""
    newsroom = REPO / "examples" / "newsroom"
    (work / "desk" / "sub").mkdir(parents=True)
    shutil.copy(newsroom / "rules.yml", work / "desk" / "rules.yml")
    shutil.copy(newsroom / "agencies.yml", work / "desk" / "sub" / "agencies.yml")
    (work / "crosscheck.toml").write_text(
        '# the desk\'s settings\nrules = ["desk/rules.yml"]\n'
        'aliases = ["./desk/sub/agencies.yml", "desk/sub"]\n'
    )
    (work / "linked").symlink_to(work / "desk")
    for folder in ("desk", "desk/", "linked"):
        read = invoke("check", "articles", "--out", "out", "--rules", folder,
                      "--aliases", folder)  # fmt: skip
        assert read.exit_code == 0, read.output
        assert "not used" not in read.stderr, read.stderr
    (work / "shared").mkdir()  # the desk's rule file a link to a shared one: read by both names
    (work / "desk" / "rules.yml").rename(work / "shared" / "rules.yml")
    (work / "desk" / "rules.yml").symlink_to(work / "shared" / "rules.yml")
    (work / "crosscheck.toml").write_text('rules = ["desk/rules.yml", "shared/rules.yml"]\n')
    linked = invoke("check", "articles", "--out", "out", "--rules", "desk")
    assert linked.exit_code == 0, linked.output
    assert "not used" not in linked.stderr, linked.stderr
    (work / "crosscheck.toml").write_text('# the desk\'s settings\nrules = ["desk/sub/deep.yml"]\n')
    shutil.copy(newsroom / "rules.yml", work / "desk" / "sub" / "deep.yml")
    deeper = invoke("check", "articles", "--out", "out", "--rules", "desk")
    assert deeper.exit_code == 0, deeper.output
    assert [line for line in deeper.stderr.splitlines() if "not used" in line] == [
        f"crosscheck: WARNING: {work / 'crosscheck.toml'}:2: rules: 'desk/sub/deep.yml' not "
        "used: --rules on the command line replaces the configuration file's (list them all "
        "in one place to use both)"
    ]
