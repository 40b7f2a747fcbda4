"""Parallel extraction: the same output whatever --jobs is."""

from __future__ import annotations

import shutil
from pathlib import Path

from click.testing import CliRunner

from crosscheck.cli import cli
from crosscheck.pipeline import POOL_MIN_DOCS
from tests.conftest import ARTICLES, SEEDS


def test_output_identical_whatever_jobs(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    seeds = sorted(SEEDS.iterdir())
    for k in range(POOL_MIN_DOCS // len(seeds) + 1):  # enough to use the process pool
        for seed in seeds:
            text = seed.read_text(encoding="utf-8").replace("3,500", f"3,{500 + k * 10}")
            (src / f"{k}_{seed.name}").write_text(text, encoding="utf-8")
    shutil.copy(ARTICLES / "harbour_fire.md", src)
    outs = []
    for jobs in ("1", "2"):
        out = tmp_path / f"out{jobs}"
        result = CliRunner().invoke(
            cli, ["check", str(src), "--out", str(out), "--jobs", jobs, "-q", "--fail-on", "never"]
        )
        assert result.exit_code == 0, result.output
        outs.append(out)
    for name in ("report.json", "report.html"):
        assert (outs[0] / name).read_bytes() == (outs[1] / name).read_bytes(), name
