"""`crosscheck rules test` (rule test cases) and `crosscheck rules kinds`."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import yaml
from click.testing import CliRunner

from crosscheck.cli import cli
from crosscheck.rules import CHECKS, load_rule_files, rule_files_in
from crosscheck.rules.cases import case_files_in, load_case_files
from tests.conftest import REPO

NEWSROOM = REPO / "examples" / "newsroom"


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def test_shipped_rule_cases_pass(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["rules", "test"])
    assert result.exit_code == 0, result.stdout + result.stderr
    files = case_files_in([REPO / "rules" / "cases"])
    cases = sum(len(f.cases) for f in load_case_files(files))
    assert cases >= 10
    assert f"{cases} passed, 0 failed" in result.stdout
    # every shipped rule but the currency rule (which needs amounts in two currencies in
    # one group, and the matcher keeps currencies apart: it is off) is proven by some case
    named = {e.rule for f in load_case_files(files) for c in f.cases for e in c.expect}
    shipped = {r.id for r in load_rule_files(rule_files_in([REPO / "rules"])).rules}
    assert shipped - named == {"currency-disagreement"}


def test_newsroom_example_passes_and_its_rule_is_what_makes_it_pass(
    runner: CliRunner, tmp_path: Path
) -> None:
    result = runner.invoke(cli, ["rules", "test", str(NEWSROOM)])
    assert result.exit_code == 0, result.stdout
    assert "4 passed, 0 failed" in result.stdout
    # the same cases with the default count rule's tolerance in place of the rule's 5%:
    # the case that proves the 5% fails, naming the finding nobody expected, as the
    # walkthrough (docs/writing-rules.md) shows it (it said the default allowed 2%)
    default = next(r for r in load_rule_files(rule_files_in([REPO / "rules"])).rules
                   if r.id == "count-disagreement")  # fmt: skip
    tolerance = default.params["rel_tolerance"]
    for name in ("agencies.yml", "cases.yml"):
        (tmp_path / name).write_text((NEWSROOM / name).read_text(encoding="utf-8"))
    rules = (NEWSROOM / "rules.yml").read_text(encoding="utf-8")
    assert "rel_tolerance: 0.05" in rules and "default count rule allows none" in rules
    assert tolerance == 0.0
    (tmp_path / "rules.yml").write_text(
        rules.replace("rel_tolerance: 0.05", f"rel_tolerance: {tolerance}")
    )
    result = runner.invoke(cli, ["rules", "test", str(tmp_path / "cases.yml")])
    assert result.exit_code == 1
    said = result.stdout.replace(f"{tmp_path / 'cases.yml'}", "cases.yml")
    page = (REPO / "docs" / "writing-rules.md").read_text(encoding="utf-8")
    shown = page.split("A failed case says what it expected")[1].split("```text\n")[1]
    assert said == shown.split("```")[0]


def _case_file(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "cases.yml"
    path.write_text(body, encoding="utf-8")
    return path


def test_a_failing_case_says_what_was_expected_and_what_came(
    runner: CliRunner, tmp_path: Path
) -> None:
    path = _case_file(
        tmp_path,
        """cases:
  - name: wrong expectations
    rule: count-disagreement
    articles:
      a.txt: Flooding forced 1,200 residents from their homes, the regional government said.
      b.txt: Flooding forced 1,800 residents from their homes, the regional government said.
    expect:
      - {rule: count-disagreement, severity: warning, values: [1200, 1800]}
  - name: a finding nobody expects
    rule: count-disagreement
    articles:
      a.txt: Flooding forced 1,200 residents from their homes, the regional government said.
      b.txt: Flooding forced 1,800 residents from their homes, the regional government said.
    expect: []
""",
    )
    result = runner.invoke(cli, ["rules", "test", str(path)])
    assert result.exit_code == 1
    out = result.stdout
    assert f"FAIL {path}:2 wrong expectations" in out
    assert "severity: expected warning, got error" in out
    assert f"FAIL {path}:9 a finding nobody expects" in out
    assert "unexpected finding: rule count-disagreement; severity error" in out
    assert "0 passed, 2 failed" in out


def test_a_case_file_that_is_not_text_is_an_error_not_a_bug(
    runner: CliRunner, tmp_path: Path
) -> None:
    path = tmp_path / "cases.yml"
    path.write_bytes(b"cases:\n  - name: \xff\xfe\n")
    result = runner.invoke(cli, ["rules", "test", str(path)])
    assert result.exit_code == 2, result.output  # was 4, an internal error
    assert "cases.yml: rule test file is not UTF-8 text" in result.stderr


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (
            "cases:\n  - name: x\n    articels: {a.txt: x}\n    expect: []\n",
            "cases.yml:3: case 'x': unknown key 'articels' (did you mean 'articles'?)",
        ),
        (
            "cases:\n  - name: x\n    articles: {a.pdf: x}\n    expect: []\n",
            "article name 'a.pdf' needs one of the extensions",
        ),
        # names no file system takes ended `rules test` with exit 4
        (
            'cases:\n  - name: x\n    articles: {"a\\0.txt": x}\n    expect: []\n',
            "cases.yml:3: case 'x': article name 'a\\x00.txt' must be a plain file name",
        ),
        (
            "cases:\n  - name: x\n    articles: {" + "a" * 300 + ".txt: x}\n    expect: []\n",
            "(304 characters) is longer than a file name may be (255 bytes)",
        ),
        (
            "cases:\n  - name: x\n    articles: {a.txt: x}\n"
            "    expect: [{rule: count-disagrement}]\n",
            "unknown rule 'count-disagrement' (did you mean 'count-disagreement'?)",
        ),
        (
            "cases:\n  - name: x\n    articles: {a.txt: x}\n"
            "    expect: [{rule: r, verdict: bad}]\n",
            "verdict must be one of discrepancy, compatible, corroboration",
        ),
        (  # an integer past float's range was an internal error (an OverflowError)
            "cases:\n  - name: x\n    articles: {a.txt: x}\n"
            "    expect: [{rule: r, values: [12, 1" + "0" * 400 + "]}]\n",
            "cases.yml:4: case 'x': 'values' must be a list of finite numbers; 1000000000",
        ),
        (
            "cases:\n  - name: x\n    articles: {a.txt: x}\n"
            "    expect: [{rule: r, values: [.inf]}]\n",
            "cases.yml:4: case 'x': 'values' must be a list of finite numbers; inf is not one",
        ),
        (
            "cases:\n  - name: x\n    articles: {a.txt: x}\n    expect: [{rule: r, values: 12}]\n",
            "cases.yml:4: case 'x': 'values' must be a list of finite numbers; got 12",
        ),
        ("rule_files: [missing.yml]\ncases: []\n", "rule_files: 'missing.yml' not found"),
        # a file of no case passed ("0 passed, 0 failed", exit 0): a test that cannot fail
        ("description: later\ncases: []\n", "cases.yml:2: 'cases' is empty: no case to run"),
        (  # a name too long for the file system: an OSError, exit 4, 'a bug'
            "alias_files: [" + "x" * 300 + "]\ncases: []\n",
            "cases.yml:1: alias_files: 'xxxxxxxxxx",
        ),
        ("rule_files: [" + "x" * 300 + "]\ncases: []\n", "cannot be read (File name too long)"),
        (
            "cases:\n  - name: x\n    articles: {a.txt: x}\n    expect: []\n  - x\n",
            "cases.yml:5: a case is a mapping",
        ),
        (  # bounded as every YAML crosscheck reads: an alias bomb is refused, not built
            "a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
            "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\n"
            "d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\n"
            "e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]\ncases: [*e]\n",
            "cases.yml: rule test file refused: too large once its aliases are expanded",
        ),
    ],
)
def test_invalid_case_files_stop_with_file_line_and_hint(
    runner: CliRunner, tmp_path: Path, body: str, message: str
) -> None:
    path = _case_file(tmp_path, body)
    result = runner.invoke(cli, ["rules", "test", str(path)])
    assert result.exit_code == 2
    assert message in result.stderr
    assert result.stderr.startswith("crosscheck: error: invalid rule test cases")


def test_a_case_value_that_is_no_number_is_named_on_its_line(
    runner: CliRunner, tmp_path: Path
) -> None:
    # the message said 'values' must be a list of finite numbers, not which of them, and
    # gave the line of the expected finding
    long = "1" + "0" * 5000  # past the digits Python reads as an int: YAML text
    path = _case_file(
        tmp_path,
        "cases:\n  - name: x\n    articles: {a.txt: x}\n    expect:\n"
        "      - rule: r\n        values:\n          - 12\n          - yes\n"
        f"          - 3\n          - {long}\n          - 1e999\n",
    )
    result = runner.invoke(cli, ["rules", "test", str(path)])
    assert result.exit_code == 2, result.output
    said = result.stderr
    numbers = "case 'x': 'values' must be a list of finite numbers"
    lines = said.splitlines()  # the heading, then one line for each problem
    assert lines[0] == "crosscheck: error: invalid rule test cases (3 problems):", said
    assert lines[1] == f"crosscheck: error: {path}:8: {numbers}; True is not one", said
    assert lines[2].endswith(f":10: {numbers}; '{long[:56]}... (5,001 characters) is not one")
    assert lines[3].endswith(f":11: {numbers}; '1e999' is not one")
    assert len(said) < 3 * (len(str(path)) + 150)  # not 5,001 digits


def test_an_unknown_rule_of_the_files_rule_key_is_said_once_at_its_line(
    runner: CliRunner, tmp_path: Path
) -> None:
    """A typo in the file's top-level `rule:` (line 4) was said at each case's line (6 and
    10), as if each case named it; a case's own `rule:` is said at its own line."""
    path = _case_file(
        tmp_path,
        "description: troop counts\n"
        "rule:\n"
        "  - count-disagreement\n"
        "  - count-disagrement\n"
        "cases:\n"
        "  - name: same figure\n"
        "    articles: {a.txt: Officials said 300 troops arrived., b.txt: 300 troops came.}\n"
        "    expect: []\n"
        "  - name: its own rule\n"
        "    rule: [troop-count-disagreemnt]\n"
        "    articles: {a.txt: Officials said 300 troops arrived.}\n"
        "    expect: []\n",
    )
    result = runner.invoke(cli, ["rules", "test", str(path)])
    assert result.exit_code == 2, result.output
    assert result.stderr.splitlines()[1:] == [
        f"crosscheck: error: {path}:4: 'rule': unknown rule 'count-disagrement' (did you mean "
        "'count-disagreement'?)",
        f"crosscheck: error: {path}:10: case 'its own rule': unknown rule "
        "'troop-count-disagreemnt' (did you mean 'troop-count-disagreement'?)",
    ]


def test_a_case_value_is_read_as_a_gold_value_is(tmp_path: Path) -> None:
    # gold took 1e6 (text to YAML 1.1, which wants a dot) and "10"; a case refused both
    path = _case_file(
        tmp_path,
        "cases:\n  - name: x\n    articles: {a.txt: x}\n"
        "    expect: [{rule: r, values: [1e6, '2.5e3', 12, -0.5]}]\n",
    )
    (case,) = load_case_files([path])[0].cases
    assert case.expect[0].values == (1e6, 2500.0, 12.0, -0.5)


def test_a_folder_of_rules_aliases_and_cases_is_read_by_kind(tmp_path: Path) -> None:
    for name in ("agencies.yml", "rules.yml", "cases.yml"):
        (tmp_path / name).write_text((NEWSROOM / name).read_text(encoding="utf-8"))
    assert case_files_in([tmp_path]) == [tmp_path / "cases.yml"]
    assert rule_files_in([tmp_path]) == [tmp_path / "rules.yml"]  # the case file is no rule file


def test_a_rule_folder_file_of_no_kind_is_said_and_a_folder_of_none_is_no_ok(
    runner: CliRunner, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """'rule:' for 'rules:' left the file out without a word, and `rules check` on its
    folder said 'ok: 0 rule(s)', exit 0 (on the file itself: exit 2); /dev/null as
    --rules was a folder of no rules."""
    import logging

    (tmp_path / "agencies.yml").write_text((NEWSROOM / "agencies.yml").read_text("utf-8"))
    (tmp_path / "typo.yml").write_text("rule:\n  - id: x\n    title: t\n")
    with caplog.at_level(logging.WARNING, logger="crosscheck"):
        assert rule_files_in([tmp_path]) == []
    assert [r.getMessage().split(": left out")[0] for r in caplog.records] == [
        str(tmp_path / "typo.yml")  # and not the alias file, which its own reader reads
    ]
    result = runner.invoke(cli, ["rules", "check", str(tmp_path)])
    assert result.exit_code == 2 and f"no rule or concept file in {tmp_path}" in result.stderr
    result = runner.invoke(cli, ["rules", "check", "/dev/null"])
    assert result.exit_code == 2 and "/dev/null: not a rule file or a folder" in result.stderr


def test_rules_kinds_lists_every_check_kind_with_its_parameters(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["rules", "kinds"])
    assert result.exit_code == 0
    blocks = {b.split("\n", 1)[0]: b for b in result.stdout.split("\n\n")}
    assert set(CHECKS) <= set(blocks)
    for kind in CHECKS.values():
        rows = [line.split() for line in blocks[kind.name].splitlines()]
        params = {r[0]: r[-1] for r in rows if len(r) >= 3 and r[-2] == "default"}
        assert set(params) == set(kind.params)
        for name, (_type, default) in kind.params.items():
            shown = json.dumps(default) if isinstance(default, str | bool | dict) else repr(default)
            assert params[name] == shown
        assert f"default message: {kind.default_message}" in blocks[kind.name]
    assert "{subject}" in result.stdout


def test_an_article_this_file_system_refuses_fails_its_case_not_the_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A name another file system would take (':' on Windows, say) but this one refuses:
    the case fails, naming the article, and the other cases run."""
    import errno

    from crosscheck.config import Settings
    from crosscheck.rules.cases import Case, run_case

    real = Path.write_text

    def refusing(self: Path, *args: object, **kwargs: object) -> int:
        if self.name == "a:b.txt":
            raise OSError(errno.EINVAL, "Invalid argument", str(self))
        return real(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(Path, "write_text", refusing)
    case = Case("x", tmp_path / "c.yml", 3, {"a:b.txt": "Police said 3 people died."}, [])
    result = run_case(case, Settings(jobs=1))
    assert result.problems == ["article 'a:b.txt' cannot be written here (Invalid argument)"]
    fine = Case("y", tmp_path / "c.yml", 9, {"a.txt": "Police said 3 people died."}, [])
    assert run_case(fine, Settings(jobs=1)).problems == []


@pytest.mark.parametrize(
    ("name", "text", "reason"),
    [("a.json", "[1,2", "not valid JSON"), ("a.txt", "", "empty"), ("a.txt", "x\u0000y", "NUL")],
)
def test_a_case_article_that_cannot_be_read_stops_naming_the_case(
    runner: CliRunner, tmp_path: Path, name: str, text: str, reason: str
) -> None:
    """An article of a case that the reader skips made the case fail (exit 1) with a line
    naming the deleted temporary folder; the case tests nothing, so it is a bad case file:
    exit 2, naming the case file, the case's line and the article."""
    path = tmp_path / "c.yml"
    path.write_text(yaml.safe_dump({"cases": [
        {"name": "fine", "articles": {"a.txt": "Officials said 40 people were hurt."},
         "expect": []},
        {"name": "broken", "articles": {name: text, "b.txt": "Police said 40 people were hurt."},
         "expect": []},
    ]}, sort_keys=False))  # fmt: skip
    result = runner.invoke(cli, ["rules", "test", str(path)])
    assert result.exit_code == 2, result.output
    (line,) = [x for x in result.stderr.splitlines() if x.startswith("crosscheck: error:")]
    assert line.startswith(f"crosscheck: error: {path}:") and "case 'broken': article" in line
    assert f"'{name}' cannot be read: " in line and reason.lower() in line.lower(), line
    assert "crosscheck-case-" not in result.stderr  # no temporary folder named


def test_a_case_article_whose_extraction_fails_fails_the_case_naming_it(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An article read but not extracted (a bug, or past its time budget) is the run's
    problem, not the case file's: that case fails (exit 1), naming the article as the case
    does, and the other cases still run."""
    import crosscheck.pipeline as pipeline

    real = pipeline._extract_one

    def failing(doc: Any) -> Any:
        return "extracting claims failed (internal error)" if "bad" in doc.id else real(doc)

    monkeypatch.setattr(pipeline, "_extract_one", failing)
    path = tmp_path / "c.yml"
    path.write_text(yaml.safe_dump({"cases": [
        {"name": "broken", "articles": {"bad.txt": "Officials said 40 people were hurt."},
         "expect": []},
        {"name": "fine", "articles": {"a.txt": "Officials said 40 people were hurt."},
         "expect": []},
    ]}, sort_keys=False))  # fmt: skip
    result = runner.invoke(cli, ["rules", "test", str(path)])
    assert result.exit_code == 1, result.output
    assert "FAIL" in result.stdout and "PASS" in result.stdout
    assert "article 'bad.txt': extracting claims failed (internal error)" in result.stdout
