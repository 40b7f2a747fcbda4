"""The README and the manual say what the code does: configuration keys, exit codes, the
examples they show, and the front door's promises (short, the two make commands)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

import crosscheck.cli as cli_module
import crosscheck.errors as errors_module
from crosscheck import reference
from crosscheck.cli import cli
from crosscheck.config import CONFIG_KEYS, load_config
from crosscheck.errors import ConfigError
from crosscheck.rules import cases, load_rule_files
from tests.conftest import REPO

README = REPO / "README.md"
DOCS = REPO / "docs"
PAGES = sorted(DOCS.glob("*.md"))


def _section(text: str, heading: str) -> str:
    """The text under a Markdown heading, up to the next heading of the same level."""
    level = heading.split(" ", 1)[0]
    start = text.index(heading + "\n")
    rest = text[start + len(heading) + 1 :]
    end = re.search(rf"^{level} ", rest, re.MULTILINE)
    return rest[: end.start()] if end else rest


def _blocks(text: str, lang: str) -> list[str]:
    return re.findall(rf"^```{lang}\n(.*?)^```", text, re.MULTILINE | re.DOTALL)


# --- the front door ------------------------------------------------------------------------


def test_readme_is_a_short_front_door() -> None:
    text = README.read_text(encoding="utf-8")
    assert len(text.splitlines()) <= 150
    for promise in ("make report", "make test", "pip install", "seeds/", "crosscheck check"):
        assert promise in text
    assert (REPO / "docs" / "report.png").is_file() and "](docs/report.png)" in text
    # every repository path the README names exists
    for path in re.findall(
        r"`((?:docs|examples|rules|seeds)/[^`\s]*|\.pre-commit-hooks\.yaml)`", text
    ):
        assert (REPO / path).exists(), path


def test_every_manual_page_is_in_the_navigation() -> None:
    nav = yaml.safe_load((REPO / "mkdocs.yml").read_text(encoding="utf-8"))["nav"]
    listed = {next(iter(item.values())) for item in nav}
    assert listed == {p.name for p in PAGES}


# --- configuration keys --------------------------------------------------------------------

SAMPLE = {"list": ["x"], "string": "x", "integer": 1, "number": 1.5, "true/false": True}


def test_the_configuration_page_shows_the_generated_table_of_keys() -> None:
    page = (DOCS / "configuration.md").read_text(encoding="utf-8")
    assert "<!-- generated: config-keys -->" in page
    table = reference.config_keys_markdown()
    documented = re.findall(r"^\| `([a-z_]+)` \| ([^|]+) \| `?([^|`]*)`? \|", table, re.MULTILINE)
    assert {k for k, _, _ in documented} == set(CONFIG_KEYS)
    options = {o for p in cli_module.check.params for o in getattr(p, "opts", [])}
    for _key, _type, flag in documented:
        assert flag in options  # each key is described by a real option of `check`


def test_every_documented_key_loads_with_its_documented_type(tmp_path: Path) -> None:
    (tmp_path / "baseline.json").write_text("{}", encoding="utf-8")
    real = {
        "formats": ["html"],
        "fail_on": "warning",
        "engine": "dask",
        "rules": [str(tmp_path)],
        "aliases": [str(tmp_path)],
        "baseline": str(tmp_path / "baseline.json"),
        "max_size": "2MB",  # a size and a date are read when the file is
        "published_default": "2024-05-06",
    }
    for row in reference.config_keys():
        kind = row["type"].split(" or ")[0]
        value = real.get(row["key"], SAMPLE[kind])
        (tmp_path / "crosscheck.toml").write_text(
            f"{row['key']} = {json.dumps(value)}\n", encoding="utf-8"
        )
        config, source = load_config(tmp_path)
        assert config[row["key"]] == value and source
    (tmp_path / "crosscheck.toml").write_text('undocumented_key = "x"\n', encoding="utf-8")
    with pytest.raises(ConfigError, match="unknown key"):
        load_config(tmp_path)


@pytest.mark.parametrize("page", [README, *PAGES], ids=lambda p: p.name)
def test_every_toml_example_is_a_valid_configuration(
    page: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import tomllib

    monkeypatch.chdir(tmp_path)  # the paths an example names exist, as they would for a user
    for block in _blocks(page.read_text(encoding="utf-8"), "toml"):
        data = tomllib.loads(block)
        data = data.get("tool", {}).get("crosscheck", data)
        for path in [*data.get("rules", []), *data.get("aliases", [])]:
            (tmp_path / path).mkdir(parents=True, exist_ok=True)
        if "baseline" in data:
            (tmp_path / data["baseline"]).write_text("{}", encoding="utf-8")
        name = "pyproject.toml" if "[tool.crosscheck]" in block else "crosscheck.toml"
        (tmp_path / name).write_text(block, encoding="utf-8")
        config, _ = load_config(tmp_path)
        assert config == {k.replace("-", "_"): v for k, v in data.items()}
        (tmp_path / name).unlink()


# --- exit codes ----------------------------------------------------------------------------


def _code_constants() -> set[int]:
    return {
        v
        for module in (cli_module, errors_module)
        for k, v in vars(module).items()
        if k.startswith("EXIT_") and isinstance(v, int)
    }


def _help_codes(args: list[str]) -> set[int]:
    text = CliRunner().invoke(cli, [*args, "--help"]).stdout
    block = text.split("Exit codes:", 1)[1].split("\n\n", 1)[0]
    return {int(c) for c in re.findall(r"^\s+(\d+)\s", block, re.MULTILINE)}


def test_documented_exit_codes_are_the_codes_of_the_code() -> None:
    page = _section((DOCS / "cli.md").read_text(encoding="utf-8"), "## Exit codes")
    documented = {int(c) for c in re.findall(r"^\| `(\d+)` \|", page, re.MULTILINE)}
    assert documented == _code_constants()
    assert _help_codes(["check"]) == documented
    readme = README.read_text(encoding="utf-8")
    line = readme[readme.index("Exit codes:") :].split("\n\n", 1)[0]
    assert {int(c) for c in re.findall(r"`(\d+)`", line)} <= documented
    # `rules test`: its --help and the page agree
    said = re.search(r"`crosscheck rules test` exits (\d) .*?, (\d) .*? and (\d)", page, re.DOTALL)
    assert said and {int(c) for c in said.groups()} == _help_codes(["rules", "test"]) == {0, 1, 2}


def test_documented_exit_codes_are_what_a_run_returns(tmp_path: Path) -> None:
    """0, 1, 2, 3 and 5 as the page describes them, on two small articles."""
    story = tmp_path / "story"
    story.mkdir()
    (story / "a.txt").write_text("A 6.1-magnitude earthquake struck the island on Sunday.\n")
    (story / "b.txt").write_text("A 5.6-magnitude earthquake struck the island on Sunday.\n")
    runner = CliRunner()

    def code(*args: str) -> int:
        return runner.invoke(
            cli, ["check", str(story), "--out", str(tmp_path / "out"), *args]
        ).exit_code

    assert code("--fail-on", "error") == 0  # measurements that differ: a warning
    assert code("--fail-on", "warning") == 1
    assert code("--format", "pdf") == 2
    (story / "c.pdf").write_bytes(b"%PDF-1.4")
    assert code("--fail-on", "warning", "--strict") == 3  # takes precedence over 1
    assert code("--fail-on", "warning") == 1  # without --strict: listed, no failure
    for name in ("a.txt", "b.txt"):  # no input left that can be read: nothing checked
        (story / name).write_bytes(b"\x00binary")
    assert code("--fail-on", "warning") == 5
    assert code("--strict") == 5  # takes precedence over 3


# --- the examples the manual shows ---------------------------------------------------------


def test_the_rule_file_example_loads(tmp_path: Path) -> None:
    page = (DOCS / "rules.md").read_text(encoding="utf-8")
    example = next(b for b in _blocks(page, "yaml") if b.startswith("rules:"))
    (tmp_path / "r.yml").write_text(example, encoding="utf-8")
    (rule,) = load_rule_files([tmp_path / "r.yml"]).rules
    assert rule.id == "troop-count-disagreement" and rule.entities == ("JCS",)


def test_the_alias_and_concept_examples_load(tmp_path: Path) -> None:
    from crosscheck.extract.entities import load_aliases
    from crosscheck.match import load_concepts

    aliases = _blocks((DOCS / "aliases.md").read_text(encoding="utf-8"), "yaml")[0]
    (tmp_path / "a.yml").write_text(aliases, encoding="utf-8")
    assert load_aliases([tmp_path / "a.yml"]).sources
    concepts = next(
        b
        for b in _blocks((DOCS / "rules.md").read_text(encoding="utf-8"), "yaml")
        if b.startswith("concepts:")
    )
    (tmp_path / "c.yml").write_text(concepts, encoding="utf-8")
    assert load_concepts([tmp_path / "c.yml"]).broader["dead"] == "people"


def test_the_case_file_keys_documented_are_the_keys_read() -> None:
    page = _section(
        (DOCS / "writing-rules.md").read_text(encoding="utf-8"), "## The case file format"
    )
    tables = re.split(r"\n\n(?=\| )", page)
    keys = [
        {k for k in re.findall(r"^\| `([a-z_]+)` \|", t, re.MULTILINE)}
        for t in tables
        if "| `" in t
    ]
    assert keys == [cases.FILE_KEYS, cases.CASE_KEYS, cases.EXPECT_KEYS]


def test_generated_sections_exist_for_every_marker() -> None:
    import importlib.util

    spec = importlib.util.spec_from_file_location("docs_hooks", DOCS / "hooks.py")
    assert spec and spec.loader
    hooks = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(hooks)
    markers = {m for p in PAGES for m in hooks.MARKER.findall(p.read_text(encoding="utf-8"))}
    assert markers == set(hooks.GENERATORS)
    kinds = hooks.GENERATORS["check-kinds"]()
    assert "### `numeric-agreement`" in kinds and "`rel_tolerance`" in kinds


def test_bench_tables_come_from_the_bench_output(tmp_path: Path) -> None:
    missing = reference.bench_markdown(tmp_path / "bench.json")
    assert "make bench" in missing
    run = {"wall": 13.2, "cpu": 20.0, "peak_mb": 700, "stages": {"extract": 6.0, "match": 1.7}}
    bench = {
        "machine": {"usable_cores": 2, "python": "3.11.2"},
        "end_to_end": {"1000": {"jobs1": run, "jobs2": run}},
        "baselines": {"1000": {"regex": {"wall": 0.5}, "quantulum3": {"wall": 62.3}}},
        "matcher": {"100000": {"wall": 12.3, "peak_mb": 351, "groups": 10}},
        "ratio_vs_quantulum3": 0.2119,
        "store": {
            "warm_ratio": 0.11,
            "warm_again_ratio": 0.08,
            "changed_ratio": 0.48,
            "moved_ratio": 0.09,
        },
        "dask": {
            "10000": {
                "dask": {**run, "wall": 160.0, "peak_mb": 1500, "worker_peak_mb": [610, 655]},
                "local": {**run, "wall": 150.0},
                "dask_vs_local": 1.0667,
            }
        },
        "bench_seconds": 437,
    }
    (tmp_path / "bench.json").write_text(json.dumps(bench))
    table = reference.bench_markdown(tmp_path / "bench.json")
    assert "| 1,000 | 2 | 13.2 | 20.0 | 700 | extract 6.0, match 1.7 |" in table
    assert "| quantulum3 alone, 1,000 articles | 62.3 s |" in table
    assert "quantulum3 alone | 0.21x |" in table
    assert "1% of articles changed | 0.48x |" in table
    assert "the same articles in another folder | 0.09x |" in table
    assert (
        "| `--engine dask`, 10,000 articles, 2 workers | 160.0 s; client 1500 MB, workers "
        "610, 655 MB; 1.07x `--engine local --jobs 2` |"
    ) in table


def test_eval_output_is_shown_as_written(tmp_path: Path) -> None:
    path = tmp_path / "eval-extract.txt"
    assert "`make eval` writes `reports/eval-extract.txt`" in reference.output_markdown(
        path, "make eval"
    )
    path.write_text("crosscheck   value   0.950 0.880 0.912\n", encoding="utf-8")
    shown = reference.output_markdown(path, "make eval")
    assert "```text\ncrosscheck   value   0.950 0.880 0.912\n```" in shown


@pytest.mark.parametrize("page", [README, DOCS / "architecture.md"], ids=lambda p: p.name)
def test_the_library_example_runs_and_writes_the_reports(
    page: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The library example of the README and of the manual, run as a user would, in a
    folder with the seeds in articles/: it prints the findings and writes the report
    files it names there."""
    import contextlib
    import io
    import shutil

    text = page.read_text(encoding="utf-8")
    example = next(b for b in _blocks(text, "python") if b.startswith("import crosscheck"))
    monkeypatch.chdir(tmp_path)
    shutil.copytree(REPO / "seeds", tmp_path / "articles")
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        exec(compile(example, page.name, "exec"), {})  # the page's own code
    lines = printed.getvalue().splitlines()
    assert lines[-1] == "[] 1"  # nothing skipped; a warning at fail_on="warning"
    assert [line.split()[:2] for line in lines[:-1]] == [
        ["warning", "troop-count-disagreement"],
        ["warning", "troop-source-disagreement"],
        ["info", "corroborated-figure"],
    ]
    written = sorted(p.name for p in (tmp_path / "reports").iterdir())
    # and the record of them that lets a later call remove one it does not write again
    assert written == [".crosscheck-outputs.json", "report.html", "report.json", "report.sarif"]
    sarif = json.loads((tmp_path / "reports" / "report.sarif").read_text(encoding="utf-8"))
    assert sarif["runs"][0]["results"]
