"""Parallel extraction: the same output whatever --jobs is."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
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


def test_more_jobs_than_the_open_file_limit_allows_runs_with_fewer_workers(
    tmp_path: Path,
) -> None:
    # --jobs 60 under `ulimit -n 100`: starting the 20-odd-th worker failed (too many open
    # files), an internal error, and the workers started waited for work forever
    import os
    import resource
    import subprocess
    import sys

    for k in range(max(POOL_MIN_DOCS, 40)):
        (tmp_path / f"a{k}.txt").write_text(f"Police said {k + 2} people were hurt on Monday.")

    def low_limit() -> None:
        resource.setrlimit(resource.RLIMIT_NOFILE, (100, 100))

    result = subprocess.run(
        [sys.executable, "-m", "crosscheck", "check", str(tmp_path), "--out",
         str(tmp_path / "out"), "--format", "json", "--jobs", "60", "--fail-on", "never", "-q"],
        capture_output=True, text=True, timeout=120, preexec_fn=low_limit,
        env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)},
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "out" / "report.json").is_file()


def test_workers_started_are_bounded_by_the_open_file_limit(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import resource

    from crosscheck.config import workers_to_start

    monkeypatch.setattr(resource, "getrlimit", lambda _which: (1024, 4096))
    assert workers_to_start(8) == 8
    assert workers_to_start(1024) == (1024 - 64) // 4
    assert workers_to_start(1024, files_each=16) == (1024 - 64) // 16
    monkeypatch.setattr(resource, "getrlimit", lambda _which: (resource.RLIM_INFINITY,) * 2)
    assert workers_to_start(1024) == 1024
