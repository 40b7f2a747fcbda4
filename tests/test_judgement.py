"""One judgement of figures, end to end on small article folders: severity by the gap
between intervals, no pair both a discrepancy and a corroboration, ages in their own unit,
a change of level read as the level now."""

from __future__ import annotations

from pathlib import Path

from crosscheck.config import Settings
from crosscheck.model import Finding
from crosscheck.pipeline import check


def findings(tmp_path: Path, *texts: str) -> list[Finding]:
    for name, text in zip("abc", texts, strict=False):
        (tmp_path / f"{name}.txt").write_text(text + "\n", encoding="utf-8")
    return [f for f in check([tmp_path], Settings(fail_on="never")).findings
            if f.kind in ("numeric-agreement", "corroboration")]  # fmt: skip


def test_a_bound_a_hair_short_is_as_severe_as_plain_figures_that_far_apart(tmp_path: Path):
    """Counts have no tolerance: 'nearly 300' against '301' is an error, as '105' against
    '106' is. Amounts have 2%: '$300' and '$305' agree, so 'nearly $300' against '$301' is
    only a note, not an error."""
    (tmp_path / "1").mkdir()
    (count,) = findings(tmp_path / "1",
                        "The union said nearly 300 workers joined the strike on Monday.",
                        "Managers said 301 workers joined the strike on Monday.")  # fmt: skip
    assert (count.severity, count.evidence["verdict"]) == ("error", "discrepancy")
    (tmp_path / "2").mkdir()
    (money,) = findings(tmp_path / "2", "The union said the repair cost nearly $300 on Monday.",
                        "Managers said the repair cost $301 on Monday.")  # fmt: skip
    assert (money.severity, money.evidence["verdict"]) == ("info", "discrepancy")
    assert money.evidence["compared"]["within_tolerance"] is True
    assert "by less than the rule's 2% tolerance" in money.message


def test_figures_are_never_both_a_discrepancy_and_a_corroboration(tmp_path: Path):
    (only,) = findings(tmp_path, "The union said 2,000 workers joined the strike on Monday.",
                       "Managers said 2,010 workers joined the strike on Monday.")  # fmt: skip
    assert (only.rule, only.severity) == ("count-disagreement", "error")


def test_a_change_of_level_is_the_level_now(tmp_path: Path):
    """'rose from 30 to 40' says 40 now: another article's 40 agrees with it."""
    (agree,) = findings(tmp_path, "The death toll in the floods rose from 30 to 40 on Monday.",
                        "The death toll in the floods stood at 40 on Monday.")  # fmt: skip
    assert agree.evidence["verdict"] == "corroboration"
    assert {c["value"] for c in agree.evidence["claims"]} == {40}


def test_an_age_in_months_never_agrees_with_one_in_years(tmp_path: Path):
    found = findings(tmp_path, "Police said a 3-month-old boy was hurt in the fire on Monday.",
                     "Police said a 3-year-old boy was hurt in the fire on Monday.")  # fmt: skip
    assert not [f for f in found if f.evidence["verdict"] == "corroboration"]


def test_plain_figures_are_judged_by_their_spread_not_their_roundings(tmp_path: Path):
    """5.9 and 6.1 are 3.4% apart, beyond the 2% of measurements, though their roundings
    (5.95 and 6.05) are closer: a warning, not a note."""
    (found,) = findings(tmp_path, "A 6.1-magnitude earthquake struck the island on Sunday.",
                        "A 5.9-magnitude earthquake struck the island on Sunday.")  # fmt: skip
    assert (found.severity, found.evidence["compared"]["within_tolerance"]) == ("warning", False)
