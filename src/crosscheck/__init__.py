"""crosscheck: numeric claims across news articles, and where the sources disagree.

As a library::

    import crosscheck

    result = crosscheck.check(["articles/"], crosscheck.Settings(fail_on="warning"))
    for finding in result.findings:
        print(finding.severity, finding.rule, finding.message)
    print(result.skipped, result.exit_code)
    crosscheck.write_reports(result, "reports/", ["html", "json", "sarif"], fail_on="warning")

``check`` returns a ``crosscheck.model.RunResult`` and writes nothing;
``write_reports`` writes its report files as ``crosscheck check --out`` does.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

# The one place the version is written: the build reads it from here (pyproject.toml,
# tool.setuptools.dynamic), so the package and its metadata cannot disagree, and a run does
# not pay for importlib.metadata (about 0.05 s, a tenth of an unchanged re-run's budget).
__version__ = "0.1.0"

if TYPE_CHECKING:
    from crosscheck.config import Settings
    from crosscheck.model import RunResult
    from crosscheck.pipeline import check
    from crosscheck.report.outputs import write_reports

__all__ = ["RunResult", "Settings", "__version__", "check", "write_reports"]


def __getattr__(name: str) -> Any:
    """check, write_reports, Settings and RunResult, imported when first used: ``import
    crosscheck`` for the version alone stays cheap."""
    if name == "check":
        from crosscheck.pipeline import check as _check

        return _check
    if name == "write_reports":
        from crosscheck.report.outputs import write_reports as _write

        return _write
    if name == "Settings":
        from crosscheck.config import Settings as _settings

        return _settings
    if name == "RunResult":
        from crosscheck.model import RunResult as _result

        return _result
    raise AttributeError(f"module 'crosscheck' has no attribute {name!r}")
