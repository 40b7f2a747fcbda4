"""One judgement of figures, end to end on small article folders: severity by the gap
between intervals, no pair both a discrepancy and a corroboration, ages in their own unit,
a change of level read as the level now."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from types import SimpleNamespace

import numpy as np
import pytest

from crosscheck import quantity
from crosscheck.config import Settings
from crosscheck.extract import extract_claims
from crosscheck.match.cluster import _bare_beside_months, _Figures
from crosscheck.model import OPEN_BOUNDS, Claim, ClaimGroup, Document, Finding, Subject
from crosscheck.pipeline import check, concept_table, rule_set, run
from crosscheck.rules.checks import judge_pair, uncomparable
from crosscheck.rules.engine import apply_rules
from crosscheck.segment import segment
from tests.conftest import write_article, write_story


def findings(tmp_path: Path, *texts: str) -> list[Finding]:
    return [f for f in check([write_story(tmp_path, *texts)], Settings(fail_on="never")).findings
            if f.kind in ("numeric-agreement", "corroboration")]  # fmt: skip


def test_a_bound_a_hair_short_is_as_severe_as_plain_figures_that_far_apart(tmp_path: Path):
    """Counts have no tolerance: 'nearly 300' against '301' is an error, as '105' against
    '106' is. Amounts have 2%: '$300' and '$305' agree, so 'nearly $300' against '$301' is
    only a note, not an error."""
    (count,) = findings(tmp_path / "1",
                        "The union said nearly 300 workers joined the strike on Monday.",
                        "Managers said 301 workers joined the strike on Monday.")  # fmt: skip
    assert (count.severity, count.evidence["verdict"]) == ("error", "discrepancy")
    (money,) = findings(tmp_path / "2", "The union said the repair cost nearly $300 on Monday.",
                        "Managers said the repair cost $301 on Monday.")  # fmt: skip
    assert (money.severity, money.evidence["verdict"]) == ("info", "discrepancy")
    assert money.evidence["compared"]["within_tolerance"] is True
    assert "by less than the rule's 2% tolerance" in money.message


@pytest.mark.parametrize(
    ("first", "second", "tolerance"),
    [
        ("Inflation was nearly 2.5% in May.", "Inflation was 2.52% in May.",
         "2% or 0.05 percentage points"),
        ("The bank cut its key rate by nearly 25 basis points.",
         "The bank cut its key rate by 25.04 basis points.", "2% or 0.05 basis points"),
        # the absolute tolerance is in the finer of the two units (quantity._abs_tolerance)
        ("The bank cut its key rate by more than 0.25 percentage point.",
         "The bank cut its key rate by 24.98 basis points.", "2% or 0.05 basis points"),
    ],
)  # fmt: skip
def test_a_rules_absolute_tolerance_is_said_in_its_unit(
    tmp_path: Path, first: str, second: str, tolerance: str
) -> None:
    """(sixty-eighth round, left) The percent rule's 0.05 was said without a unit, though
    beside basis points it is 0.05 basis points, not 0.05 percentage points."""
    (near,) = findings(tmp_path, first, second)
    assert near.evidence["compared"]["within_tolerance"] is True
    assert f"by less than the rule's {tolerance} tolerance" in near.message


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        # two spreads of one set differ at one end: a discrepancy worded at that end
        ("Five men received sentences ranging from six to 75 years, officials said.",
         "Five men received sentences ranging from 7 to 75 years, officials said.",
         ("discrepancy", "At the low end, 7 is 16.7% above 6")),
        ("The phones' prices ranged from $999 to $1,999, the company said.",
         "The phones' prices ranged from $999 to $2,499, the company said.",
         ("discrepancy", "At the high end, 2,499 is 25.0% above 1,999")),
        # (re-read) two spreads of one midpoint (40.5) are no one figure with bounds
        ("Five men received sentences ranging from six to 75 years, officials said.",
         "Five men received sentences ranging from 7 to 74 years, officials said.",
         ("discrepancy", "At the low end, 7 is 16.7% above 6")),
        # (review) counts have no tolerance: the end that differs is named
        ("Class sizes ranged from 100 to 1,000 students, officials said.",
         "Class sizes ranged from 101 to 1,000 students, officials said.",
         ("discrepancy", "At the low end, 101 is 1.0% above 100")),
        # (review) a forecast's range is an estimate's bounds
        ("The death toll could range from 3,000 to 5,000 people, officials said.",
         "The death toll could range from 4,000 to 5,000 people, officials said.",
         ("compatible", "overlap")),
        # the same two ends, however written, agree
        ("Five men received sentences ranging from six to 75 years, officials said.",
         "Five men received sentences ranging from 6 to 75 years, officials said.",
         ("corroboration", "agree on 6-75")),
        # an estimate's range holds the other's ends, as before
        ("Five men received sentences ranging from six to 75 years, officials said.",
         "Five men received sentences of between 7 and 75 years, officials said.",
         ("corroboration", "give compatible figures")),
    ],
)  # fmt: skip
def test_two_spreads_are_compared_end_by_end(
    tmp_path: Path, first: str, second: str, expected: tuple[str, str]
) -> None:
    """(36ecbplus) "sentences ranging from six to 75 years" and "ranging from 7 to 75
    years" give two shortest sentences: each range held the other's ends, so they were
    corroborated as compatible figures (quantity.spread_ends)."""
    got = [f for f in findings(tmp_path, first, second) if "Five men" not in f.message]
    assert len(got) == 1, [f.message for f in got]
    assert got[0].evidence["verdict"] == expected[0]
    assert expected[1] in got[0].message


def test_a_spread_findings_evidence_names_the_ends_its_message_compares(tmp_path: Path) -> None:
    """(re-read) "from six to 80" and "from 7 to 75": the message compares the low ends,
    and compared.spread_claims named the claims by their midpoints (7-75 first)."""
    got = findings(tmp_path, "Sentences ranged from six to 80 years, officials said.",
                   "Sentences ranged from 7 to 75 years, officials said.")  # fmt: skip
    (found,) = [f for f in got if f.evidence["verdict"] == "discrepancy"]
    assert "At the low end, 7 is 16.7% above 6" in found.message
    by_id = {c["claim"]: c["text"] for c in found.evidence["claims"]}
    spread = [by_id[i] for i in found.evidence["compared"]["spread_claims"]]
    assert spread == ["six to 80 years", "7 to 75 years"]


def test_figures_are_never_both_a_discrepancy_and_a_corroboration(tmp_path: Path):
    """(2,000 may be 2,010 rounded, a note: two figures not round are used.)"""
    (only,) = findings(tmp_path, "The union said 2,004 workers joined the strike on Monday.",
                       "Managers said 2,010 workers joined the strike on Monday.")  # fmt: skip
    assert (only.rule, only.severity) == ("count-disagreement", "error")


def test_a_round_count_that_may_round_the_other_figure_is_a_note(tmp_path: Path):
    """A plain count of a thousand or more written round ("rose 7% to 50,500 offences")
    may be another outlet's precise figure rounded to its last digit that is not a zero,
    by less than 1%: a note that says so, both figures shown, not an error and not an
    agreement. A figure further off, a smaller count, one the article says is exact, a
    later report's figure (an update) and a third figure that fits neither still differ."""
    note = [
        ("Knife crime in England and Wales rose 7% to 50,500 offences in the year to March.",
         "Police recorded 50,489 knife crime offences in England and Wales in the year to March.",
         "“50,500 offences” may be 50,489 rounded"),
        ("France recorded 45,000 asylum requests in the first quarter, the agency said.",
         "The agency registered 44,612 asylum requests in the first quarter.",
         "“45,000 asylum requests” may be 44,612 rounded"),
        ("The agency registered 44,612 asylum requests in the first quarter.",
         "France recorded 45,000 asylum requests in the first quarter, the agency said.",
         "“45,000 asylum requests” may be 44,612 rounded"),
    ]  # fmt: skip
    for n, (a, b, words) in enumerate(note):
        (tmp_path / f"note{n}").mkdir()
        (found,) = findings(tmp_path / f"note{n}", a, b)
        assert (found.severity, found.evidence["verdict"]) == ("info", "compatible"), (
            found.message)  # fmt: skip
        assert words in found.message, found.message
    differ = [
        ("The ministry said 3,000 additional workers were sent to the border on Monday.",
         "The ministry said 3,030 additional workers were sent to the border on Monday."),
        ("The ministry said 1,000 additional workers were sent to the border on Monday.",
         "The ministry said 1,010 additional workers were sent to the border on Monday."),
        ("The ministry said 600 additional workers were sent to the border on Monday.",
         "The ministry said 603 additional workers were sent to the border on Monday."),
        ("The ministry said 50,500 asylum requests were filed in the first quarter.",
         "The ministry said 50,550 asylum requests were filed in the first quarter."),
        ("Exactly 5,000 runners started the marathon on Sunday, organisers said.",
         "A total of 4,980 runners started the marathon on Sunday, organisers said."),
        ("The marathon had 5,000 runners exactly on Sunday, organisers said.",
         "A total of 4,980 runners started the marathon on Sunday, organisers said."),
        ("The marathon had 5,000 runners, exactly, on Sunday, organisers said.",
         "A total of 4,980 runners started the marathon on Sunday, organisers said."),
        # (review) a bound that excludes the other figure is no rounding of it
        ("France recorded 45,000 asylum requests in the first quarter, the agency said.",
         "The agency registered fewer than 44,700 asylum requests in the first quarter."),
    ]  # fmt: skip
    for n, (a, b) in enumerate(differ):
        (tmp_path / f"differ{n}").mkdir()
        (found,) = findings(tmp_path / f"differ{n}", a, b)
        assert (found.evidence["verdict"], found.severity) == ("discrepancy", "error"), (
            a, found.message)  # fmt: skip
    (tmp_path / "three").mkdir()
    said = "The agency registered {} asylum requests in the first quarter."
    (three,) = findings(tmp_path / "three", said.format("45,000"), said.format("44,612"),
                        said.format("45,300"))  # fmt: skip
    assert (three.severity, three.evidence["verdict"]) == ("error", "discrepancy")
    assert len(three.claims) == 3, three.message  # the round one too
    # (review) one figure in two wordings, one of them "exactly": judged apart
    (exact,) = findings(tmp_path / "exact", "The race had 5,000 runners, organisers said.",
                        "The race had exactly 5,000 runners, organisers said.",
                        "The race had 4,980 runners, organisers said.")  # fmt: skip
    assert (exact.severity, exact.evidence["verdict"]) == ("error", "discrepancy")
    for text in ("about 45,000 requests", "45 thousand requests", "forty-five thousand requests",
                 "45,000 euros", "45,010 requests", "900 requests"):  # fmt: skip
        assert not quantity.round_count(_claim(f"The agency registered {text}.")), text
    assert quantity.round_count(_claim("The agency registered 45,000 requests."))


def test_a_round_count_a_later_report_moves_is_an_update_not_a_rounding(tmp_path: Path):
    """1,000 dead on Monday, 1,008 on Wednesday: an update, a warning, whether a dated
    article's words say the toll rose or only the dates do."""
    for n, later in enumerate(("The death toll from the earthquake rose to 1,008 people, "
                               "officials said on Wednesday.",
                               "The earthquake has killed 1,008 people, officials said on "
                               "Wednesday.")):  # fmt: skip
        folder = tmp_path / str(n)
        folder.mkdir()
        (folder / "2024-03-04-a.txt").write_text(
            "Monday, March 4, 2024\n\nThe earthquake has killed 1,000 people, officials said "
            "on Monday.\n", encoding="utf-8")  # fmt: skip
        (folder / "2024-03-06-b.txt").write_text(
            f"Wednesday, March 6, 2024\n\n{later}\n", encoding="utf-8"
        )
        (found,) = [f for f in check([folder], Settings(fail_on="never")).findings
                    if f.kind == "numeric-agreement"]  # fmt: skip
        assert (found.severity, found.evidence["verdict"]) == ("warning", "discrepancy")
        # ("rose to" says it moved: "an update"; the dates alone: "perhaps an update")
        said = "they differ; an update" if n == 0 else "they differ; perhaps an update"
        assert said in found.message and "rounded" not in found.message
        (pair,) = found.evidence["compared"]["pairs"]  # (review) the evidence says so too
        assert (pair["compatible"], pair["rounded"]) == (False, False)
    # (second review) a partner under 1,000 judged with its own day and words: the one
    # that says the toll rose is no rounding, though another article's 995 is
    (partner,) = findings(tmp_path / "partner",
                          "The earthquake has killed 1,000 people, officials said.",
                          "The earthquake has killed 995 people, the Red Cross said.",
                          "The death toll from the earthquake rose to 995 people, the "
                          "health ministry said.")  # fmt: skip
    assert partner.severity == "warning" and "rounded" not in partner.message, partner.message
    # stated on one day by two outlets: a note again
    folder = tmp_path / "same-day"
    folder.mkdir()
    said_by = {"2024-03-04-a.txt": "has killed 1,000 people, officials said",
               "2024-03-04-b.txt": "killed 1,003 people, the Red Cross said"}  # fmt: skip
    for name, said in said_by.items():
        (folder / name).write_text(
            f"Monday, March 4, 2024\n\nThe earthquake {said} on Monday.\n", encoding="utf-8"
        )
    (found,) = [f for f in check([folder], Settings(fail_on="never")).findings
                if f.kind == "numeric-agreement"]  # fmt: skip
    assert (found.severity, found.evidence["verdict"]) == ("info", "compatible"), found.message
    (pair,) = found.evidence["compared"]["pairs"]
    assert (pair["compatible"], pair["rounded"]) == (True, True)
    # (re-read) the day each article states, not the day in UTC: an evening in New York
    folder = tmp_path / "stated-day"
    folder.mkdir()
    for name, (published, said) in {
        "a.md": ("2026-03-01T21:30:00-05:00", "has killed 1,000 people, officials said"),
        "b.md": ("2026-03-01", "killed 1,003 people, the Red Cross said"),
    }.items():
        (folder / name).write_text(f"---\npublished: {published}\n---\n\nThe earthquake "
                                   f"{said} on Sunday.\n", encoding="utf-8")  # fmt: skip
    (found,) = [f for f in check([folder], Settings(fail_on="never")).findings
                if f.kind == "numeric-agreement"]  # fmt: skip
    assert (found.severity, found.evidence["verdict"]) == ("info", "compatible"), found.message


def test_a_change_of_level_is_the_level_now(tmp_path: Path):
    """'rose from 30 to 40' says 40 now: another article's 40 agrees with it."""
    (agree,) = findings(tmp_path, "The death toll in the floods rose from 30 to 40 on Monday.",
                        "The death toll in the floods stood at 40 on Monday.")  # fmt: skip
    assert agree.evidence["verdict"] == "corroboration"
    assert {c["value"] for c in agree.evidence["claims"]} == {40}


def test_an_age_in_months_never_agrees_with_one_in_years(tmp_path: Path):
    """Ages in months and in years are one subject, compared in years: a '3-month-old'
    against a '3-year-old' (twelve times apart, its unit perhaps misread) and a
    '30-month-old' against a '1-year-old' are discrepancies; a '36-month-old' and a
    '40-month-old' are '3-year-olds'."""
    cases = [("3-month-old", "3-year-old", "discrepancy"), ("30-month-old", "1-year-old",
             "discrepancy"), ("36-month-old", "3-year-old", "corroboration"),
             ("40-month-old", "3-year-old", "corroboration")]  # fmt: skip
    for n, (a, b, verdict) in enumerate(cases):
        (tmp_path / str(n)).mkdir()
        (found,) = findings(tmp_path / str(n),
                            f"Police said a {a} boy was hurt in the fire on Monday.",
                            f"Police said a {b} boy was hurt in the fire on Monday.")  # fmt: skip
        assert found.evidence["verdict"] == verdict, (a, b, found.message)
        if verdict == "discrepancy":
            assert found.severity == "warning", found.message


def test_plain_figures_are_judged_by_their_spread_not_their_roundings(tmp_path: Path):
    """5.9 and 6.1 are 3.4% apart, beyond the 2% of measurements, though their roundings
    (5.95 and 6.05) are closer: a warning, not a note."""
    (found,) = findings(tmp_path, "A 6.1-magnitude earthquake struck the island on Sunday.",
                        "A 5.9-magnitude earthquake struck the island on Sunday.")  # fmt: skip
    assert (found.severity, found.evidence["compared"]["within_tolerance"]) == ("warning", False)


def test_a_corroboration_agrees_on_a_figure_written_not_a_ranges_middle(tmp_path: Path):
    """Ranges agree on what they write ('10-12'), never on their middle, which no article
    gives (two 'the Chiefs (2-13)' were said to agree on 7.5); a figure written beside a
    range is what they agree on, named by the claim that writes it."""
    (two,) = findings(tmp_path / "two", "Officials said 10-12 people were evacuated on Monday.",
                      "Police said 10-12 people were evacuated on Monday.")  # fmt: skip
    assert "2 documents agree on 10-12 (" in two.message, two.message
    assert two.evidence["compared"]["figure"] == "10-12"
    (beside,) = findings(tmp_path / "beside",
                         "Officials said between 10 and 12 people were evacuated on Monday.",
                         "Police said 11 people were evacuated on Monday.")  # fmt: skip
    assert "2 documents agree on 11 (" in beside.message, beside.message
    # a range's middle is no 'about' figure that a bound excluding it may be a rounding of
    (bounds,) = findings(tmp_path / "bounds",
                         "Officials said 10-12 people were evacuated on Monday.",
                         "Police said more than 11 people were evacuated on Monday.",
                         "Police said at least 11 people were evacuated on Monday.")  # fmt: skip
    assert "3 documents give compatible figures (" in bounds.message, bounds.message
    # figures named by none: the evidence's figure is a range as written, not its middle
    (units,) = findings(tmp_path / "units", "The storm moved 10-12 miles inland on Monday.",
                        "The storm moved 16-19 kilometres inland on Monday.")  # fmt: skip
    assert units.evidence["compared"]["one_figure"] is False
    assert units.evidence["compared"]["figure"] == "10-12 miles"


def test_a_range_is_its_ends_as_written_with_no_second_slack(tmp_path: Path):
    """'800 to 1,000' ends at 1,000, as a plain 1,000 does: 1,040 differs (an error, as the
    matcher's pairs and the rules agree), and '$1,060' is 6% past '$800 to $1,000', beyond
    the 2% of amounts; the spread is worded from the range's nearest end."""
    (count,) = findings(tmp_path / "1",
                        "The union said 800 to 1,000 workers joined the strike on Monday.",
                        "Managers said 1,040 workers joined the strike on Monday.")  # fmt: skip
    assert (count.severity, count.evidence["verdict"]) == ("error", "discrepancy")
    assert "1,040 is 4.0% above 1,000" in count.message
    (money,) = findings(tmp_path / "2",
                        "The union said the repair cost $800 to $1,000 on Monday.",
                        "Managers said the repair cost $1,060 on Monday.")  # fmt: skip
    assert (money.severity, money.evidence["compared"]["within_tolerance"]) == ("error", False)
    assert "1,060 is 6.0% above 1,000; they cannot both be true;" in money.message
    (inside,) = findings(tmp_path / "3",
                         "The union said 800 to 1,000 workers joined the strike on Monday.",
                         "Managers said 950 workers joined the strike on Monday.")  # fmt: skip
    assert inside.evidence["verdict"] == "compatible"
    assert "950 and 800-1,000 overlap" in inside.message and "900" not in inside.message


def test_a_range_touching_a_bound_is_a_note_that_says_so(tmp_path: Path) -> None:
    """'800 to 1,000' and 'more than 1,000' share only 1,000, which 'more than' excludes:
    both hold only if the range's end is a rounding, so the note says they touch, not that
    they overlap. Touching is wording, not a reason to keep the figures apart: the
    matcher's figures (cluster._Figures) still let the touching pair meet, and only the
    pair with a gap ('at least 1,001') misses."""
    (found,) = findings(tmp_path, "The union said 800 to 1,000 workers joined the strike.",
                        "Managers said more than 1,000 workers joined the strike.")  # fmt: skip
    assert (found.severity, found.evidence["verdict"]) == ("info", "compatible")
    assert found.evidence["compared"]["touching"] is True
    assert "overlap" not in found.message and "admits" not in found.message
    assert "800-1,000 ends at 1,000, which more than 1,000 excludes" in found.message
    assert "they only touch at 1,000: both hold only if the range's end is a rounding" in (
        found.message)  # fmt: skip
    (low,) = findings(tmp_path / "low", "The union said 800 to 1,000 workers joined the strike.",
                      "Police said nearly 800 workers joined the strike.")  # fmt: skip
    assert low.severity == "info" and "800-1,000 starts at 800, which nearly 800 excludes" in (
        low.message)  # fmt: skip
    claims = [_claim("The union said 800 to 1,000 workers joined."),
              _claim("Managers said more than 1,000 workers joined."),
              _claim("Managers said at least 1,001 workers joined.")]  # fmt: skip
    figures = _Figures([SimpleNamespace(claim=c) for c in claims])  # type: ignore[list-item]
    meet = figures.meet(np.array([0, 0]), np.array([1, 2]))
    assert quantity.touching(claims[0], claims[1]) == quantity.Touch(1000, 0, True)
    assert list(meet) == [True, False]


def test_a_touching_pair_is_named_whatever_else_the_group_holds(tmp_path: Path) -> None:
    """A third article's 'about 1,000' overlaps both '800 to 1,000' and 'more than 1,000',
    but those two still only touch: the message names them and never says they overlap,
    and each pair's evidence says whether it only touches."""
    (found,) = findings(tmp_path, "The union said 800 to 1,000 workers joined the strike.",
                        "Managers said more than 1,000 workers joined the strike.",
                        "Police said about 1,000 workers joined the strike.")  # fmt: skip
    assert (found.severity, found.evidence["verdict"]) == ("info", "compatible")
    assert "more than 1,000 and 800-1,000 overlap" not in found.message.lower()
    assert "800-1,000 and more than 1,000 only touch at 1,000" in found.message
    compared = found.evidence["compared"]
    assert compared["touching"] is False  # not every pair: 'about 1,000' overlaps both
    text = {c["claim"]: c["text"] for c in found.evidence["claims"]}
    pairs = {frozenset(text[i] for i in p["claims"]): p["touching"] for p in compared["pairs"]}
    assert pairs == {  # 'more than 1,000' and 'about 1,000' agree: no pair of the finding
        frozenset({"800 to 1,000 workers", "more than 1,000 workers"}): True,
        frozenset({"800 to 1,000 workers", "about 1,000 workers"}): False,
    }
    (apart,) = findings(tmp_path / "apart", "The union said 800 to 1,000 workers joined.",
                        "Managers said more than 1,000 workers joined.",
                        "Police said 700 workers joined.")  # fmt: skip
    assert apart.evidence["verdict"] == "discrepancy"
    assert "800-1,000 and more than 1,000 only touch at 1,000" in apart.message


def test_a_touching_pair_that_agrees_is_named_in_a_discrepancy_too(tmp_path: Path) -> None:
    """'more than 1,000' and a plain '1,000' agree (a corroboration says they only touch),
    but beside '800 to 1,000' they are a pair of the numeric-agreement finding too: the
    message names them as touching and the evidence lists them in ``touching_pairs``, as
    a corroboration does, never among the pairs that differ."""
    (found,) = findings(tmp_path, "The union said 800 to 1,000 workers joined the strike.",
                        "Managers said more than 1,000 workers joined the strike.",
                        "Police said 1,000 workers joined the strike.")  # fmt: skip
    assert found.evidence["verdict"] == "compatible"
    assert "more than 1,000 and 1,000 only touch at 1,000" in found.message
    compared = found.evidence["compared"]
    text = {c["claim"]: c["text"] for c in found.evidence["claims"]}
    pairs = {frozenset(text[i] for i in p["claims"]): p["touching"] for p in compared["pairs"]}
    assert pairs == {
        frozenset({"800 to 1,000 workers", "more than 1,000 workers"}): True,
        frozenset({"800 to 1,000 workers", "1,000 workers"}): False,
    }
    assert {frozenset(text[i] for i in p) for p in compared["touching_pairs"]} == {
        frozenset({"800 to 1,000 workers", "more than 1,000 workers"}),
        frozenset({"more than 1,000 workers", "1,000 workers"}),
    }
    assert compared["touching"] is False and compared["pairs_total"] == 2
    # the compare view: the pairs of figures that do not agree, as the rule judged them
    from crosscheck.report.html import Context, _compared

    result = check([tmp_path], Settings(fail_on="never"))
    group = next(g for g in result.groups if g.id == found.group)
    view = _compared(Context(result), group)
    figure = {k: text[i] for i, k in view["figures"].items()}
    shown = {frozenset((figure[p[0]], figure[p[1]])): p[2] for p in view["pairs"]}
    assert shown == {  # 'more than 1,000' and '1,000' agree: not among them
        frozenset({"800 to 1,000 workers", "more than 1,000 workers"}): "c",
        frozenset({"800 to 1,000 workers", "1,000 workers"}): "c",
    }


def test_a_touching_pair_is_said_once_and_explains_no_compatibility(tmp_path: Path) -> None:
    """With a third article, the touching pair that gives the spread ('800-1,000 and more
    than 1,000 only touch at 1,000') is said once, not again at the end, and it is no part
    of what 'the wording still makes them compatible' lists: '800 to 1,000' admits the
    1,000 'more than 1,000' excludes, which is the touching, not an overlap."""
    (found,) = findings(tmp_path, "The union said 800 to 1,000 workers joined the strike.",
                        "Managers said more than 1,000 workers joined the strike.",
                        # (about 990 reaches 1,000: "about 950", 940 to 960 now that
                        # "about" goes a written step, is below "more than 1,000")
                        "Police said about 990 workers joined the strike.")  # fmt: skip
    said = found.message.count("which more than 1,000 excludes") + found.message.count(
        "800-1,000 and more than 1,000 only touch"
    )
    assert said == 1, found.message
    assert "“800 to 1,000 workers” admits 1,000" not in found.message
    assert "“800 to 1,000 workers” admits 990" in found.message


def test_a_plain_figure_on_the_bound_that_excludes_it_is_worded_as_touching(
    tmp_path: Path,
) -> None:
    """A plain '1,000' meets 'more than 1,000' only at the 1,000 that 'more than' excludes,
    as '800 to 1,000' does (one judgement, quantity.touching): the corroboration (a plain
    figure may be the rounding the bound's writer saw: the gold's editors call such pairs
    agreeing) says they only touch at 1,000, never that they 'agree on 1,000'; a third
    article's plain 1,000 agrees with the first, and the touching pair is still named;
    'about 1,000' reaches past 1,000 and simply agrees."""
    (found,) = findings(tmp_path, "The union said 1,000 workers joined the strike.",
                        "Managers said more than 1,000 workers joined the strike.")  # fmt: skip
    assert found.evidence["verdict"] == "corroboration"
    assert "agree on" not in found.message
    assert ("2 documents only touch at 1,000 (" in found.message
            and "more than 1,000 excludes 1,000 itself, so both hold only if 1,000 is a "
            "rounding" in found.message)  # fmt: skip
    assert found.evidence["compared"]["touching"] is True
    assert len(found.evidence["compared"]["touching_pairs"]) == 1
    (three,) = findings(tmp_path / "three", "The union said 1,000 workers joined the strike.",
                        "Managers said more than 1,000 workers joined the strike.",
                        "Police said 1,000 workers joined the strike.")  # fmt: skip
    assert "3 documents agree on 1,000" in three.message
    assert "more than 1,000 excludes 1,000 itself" in three.message
    assert three.evidence["compared"]["touching"] is False
    assert len(three.evidence["compared"]["touching_pairs"]) == 2
    (short,) = findings(tmp_path / "nearly", "The union said 300 workers joined the strike.",
                        "Managers said nearly 300 workers joined the strike.")  # fmt: skip
    assert "only touch at 300" in short.message and "nearly 300 excludes 300" in short.message
    (about,) = findings(tmp_path / "about", "The union said about 1,000 workers joined.",
                        "Managers said more than 1,000 workers joined.")  # fmt: skip
    assert "2 documents agree on 1,000" in about.message and "touch" not in about.message
    assert about.evidence["compared"]["touching"] is False


def test_a_corroboration_names_one_figure_only_when_every_wording_admits_it(
    tmp_path: Path,
) -> None:
    """'about 50,000' and 'About 60,000' can both hold (each admits 54,000-55,000), but
    not of 60,000: the corroboration says the documents give compatible figures, and names
    none, never that they 'agree on 60,000'; where a written figure is admitted by every
    wording ('about 1,000' and '1,050') it is what they agree on, the one nearest the
    median. ('about 1,000' and 'About 1,200' were the example before "about" went no
    further than a written step: 900-1,100 and 1,100-1,300 now, which only touch.)"""
    (two,) = findings(tmp_path, "Officials said about 50,000 people were evacuated on Monday.",
                      "About 60,000 people were evacuated on Monday, officials said.")  # fmt: skip
    assert two.evidence["verdict"] == "corroboration"
    assert "2 documents give compatible figures (“about 50,000 people” in a.txt" in two.message
    assert "agree on" not in two.message
    assert two.evidence["compared"]["one_figure"] is False
    (three,) = findings(tmp_path / "three",
                        "Officials said about 50,000 people were evacuated on Monday.",
                        "About 60,000 people were evacuated on Monday, officials said.",
                        "Police said about 60,000 people were evacuated on Monday.")  # fmt: skip
    assert "3 documents give compatible figures (“about 50,000 people”" in three.message
    (one,) = findings(tmp_path / "one", "Officials said about 1,000 people were evacuated.",
                      "Police said 1,050 people were evacuated on Monday.")  # fmt: skip
    assert "2 documents agree on 1,050 (" in one.message
    assert one.evidence["compared"]["one_figure"] is True
    # the median (4.5) is not what 'under 4.5' and '4.46' admit; the written figure
    # nearest it that every wording admits is
    (near,) = findings(tmp_path / "nearest", "The new laptop weighs under 4.5 pounds.",
                       "The new laptop weighs 4.46 pounds.",
                       "The new laptop weighs 4.5 pounds.")  # fmt: skip
    assert "3 documents agree on 4.46 (" in near.message, near.message
    # an end that excludes its figure admits it only as another's rounding: 'under 1,000'
    # and 'nearly 1,000' both exclude 1,000; 'nearly 1,000' and 'about 950' agree on 950
    for name, texts, said, one in (
        ("under", ("Officials said under 1,000 people were evacuated on Monday.",
                   "Police said nearly 1,000 people were evacuated on Monday."),
         "2 documents give compatible figures (“under 1,000 people”", False),
        ("nearly", ("Officials said nearly 1,000 people were evacuated on Monday.",
                    "Police said about 950 people were evacuated on Monday."),
         "2 documents agree on 950 (", True),
    ):  # fmt: skip
        (tmp_path / name).mkdir()
        (found,) = findings(tmp_path / name, *texts)
        assert said in found.message, found.message
        assert found.evidence["compared"]["one_figure"] is one
    # the same bound in every article is what they agree on, though it names no figure
    (bound,) = findings(tmp_path / "bound", "Officials said more than 2,000 booths opened.",
                        "Observers said more than 2,000 booths opened on Sunday.")  # fmt: skip
    assert "2 documents agree on more than 2,000 (" in bound.message, bound.message


def _claims_of(text: str) -> list[Claim]:
    doc = Document(id="s", path="s", format="text", text=text, paragraphs=((0, len(text)),))
    return extract_claims(doc, segment(doc))


def _claim(text: str) -> Claim:
    return _claims_of(text)[-1]


def test_an_age_counts_completed_units_in_the_matcher_and_the_rules_alike():
    """A whole age in years is [n, n+1): an 18-month-old is a 1-year-old, a 24-month-old a
    2-year-old, a 30-month-old no 1-year-old; the matcher's figures (cluster._Figures)
    judge so too, with quantity's one interval."""
    months = {n: _claim(f"Police said the {n}-month-old boy was found.") for n in (18, 24, 30)}
    years = {n: _claim(f"Police said the {n}-year-old boy was found.") for n in (1, 2)}
    assert quantity.compatible(months[18], years[1])
    assert quantity.compatible(months[24], years[2])
    assert not quantity.compatible(months[30], years[1])
    assert not quantity.compatible(years[1], years[2])
    assert not quantity.compatible(years[1], _claim("Police said the boy, 2, was found."))
    assert quantity.same_figure(months[18], years[1])
    claims = [months[18], years[1], months[30]]
    figures = _Figures([SimpleNamespace(claim=c) for c in claims])  # type: ignore[list-item]
    meet = figures.meet(np.array([0, 2]), np.array([1, 1]))  # pairs (0, 1) and (2, 1)
    assert meet[0] and not meet[1]


def test_a_bare_figure_never_joins_an_age_in_months(tmp_path: Path):
    """'the boy (1)' may be an age in years; it is never one subject with an
    '18-month-old' (the rules would compare 1 with 18), though it may be with a
    '1-year-old'. 'the boy, 1,' is read as an age, in years, which an 18-month-old meets."""
    bare = _claim("Police said the boy (1) was found.")
    assert quantity.age_unit(bare) == "" and quantity.age_unit(_claim("An 18-month-old.")) == (
        "month")  # fmt: skip
    assert _bare_beside_months(frozenset({""}), frozenset({"month"}))
    assert not _bare_beside_months(frozenset({""}), frozenset({"year"}))
    assert not findings(tmp_path, "Police said the 18-month-old boy was found alive on Monday.",
                        "Police said the boy (1) was found alive on Monday.")  # fmt: skip
    aged = _claim("Police said the boy, 1, was found.")
    assert quantity.age_unit(aged) == "year"
    assert quantity.compatible(aged, _claim("An 18-month-old."))


def test_ages_in_two_units_agree_on_the_converted_figure(tmp_path: Path):
    (agree,) = findings(tmp_path, "Police said the 24-month-old boy was found alive on Monday.",
                        "Police said the 2-year-old boy was found alive on Monday.")  # fmt: skip
    assert agree.evidence["verdict"] == "corroboration"
    assert "agree on 24 months old" in agree.message
    (written,) = findings(tmp_path / "25", "Police said the 2-year-old boy was found on Monday.",
                          "Police said the 25-month-old boy was found on Monday.")  # fmt: skip
    assert "agree on 25 months old" in written.message  # a written figure, not 2.083 years
    assert agree.evidence["compared"]["judged_by"] == ["measure-disagreement"]
    assert agree.evidence["compared"]["rel_tolerance"] == 0.02


def test_neighbouring_whole_figures_are_two_figures_not_one(tmp_path: Path):
    """'5%' and '6%' may each be a rounding, but their intervals only touch (at 5.5, which
    rounds to one of them): a discrepancy, never a corroboration; a figure inside the
    other's rounding, or a real overlap, still agrees."""
    pairs = [
        ("Officials said unemployment in the region rose to 5% on Monday.",
         "Officials said unemployment in the region rose to 6% on Monday."),
        ("Officials said the ticket price for the museum was $10 on Monday.",
         "Officials said the ticket price for the museum was $11 on Monday."),
        ("Officials said the queue of lorries on the motorway was 8 km long on Monday.",
         "Officials said the queue of lorries on the motorway was 9 km long on Monday."),
        ("Forecasters said the temperature in the valley fell to -5 degrees Celsius on Monday.",
         "Forecasters said the temperature in the valley fell to -6 degrees Celsius on Monday."),
    ]  # fmt: skip
    for n, (a, b) in enumerate(pairs):
        (tmp_path / str(n)).mkdir()
        (found,) = findings(tmp_path / str(n), a, b)
        assert found.evidence["verdict"] == "discrepancy", (a, found.message)
        assert found.severity in ("warning", "error"), (a, found.message)
    for n, (a, b) in enumerate([
        ("Officials said about 11,000 people were evacuated from the valley on Monday.",
         "Officials said 10,800 people were evacuated from the valley on Monday."),
        ("Officials said the queue of lorries on the motorway was 10 miles long on Monday.",
         "Officials said the queue of lorries on the motorway was 16 km long on Monday."),
    ]):  # fmt: skip
        (tmp_path / f"agree{n}").mkdir()
        (found,) = findings(tmp_path / f"agree{n}", a, b)
        assert found.evidence["verdict"] == "corroboration", (a, found.message)


def test_megawatts_and_gigawatts_are_one_power(tmp_path: Path):
    """(eighteenth hunt) "38,500 megawatts" and "38.5 gigawatts" of one grid's peak were
    units crosscheck did not convert, never corroborated; "36 gigawatts" never compared
    with the megawatts."""
    grid = "Demand on the national grid peaked at {} on Monday afternoon, the operator said."
    (agree,) = findings(tmp_path / "agree", grid.format("38,500 megawatts"),
                        grid.format("38.5 gigawatts"))  # fmt: skip
    assert agree.evidence["verdict"] == "corroboration", agree.message
    (differ,) = findings(tmp_path / "differ", grid.format("38,500 megawatts"),
                         grid.format("36 gigawatts"))  # fmt: skip
    assert differ.evidence["verdict"] == "discrepancy", differ.message
    assert "cannot be compared" not in differ.message


def test_terawatts_are_power_too(tmp_path: Path):
    """(re-read) the extraction reads terawatts; they convert as the other watts do."""
    grid = "The world's solar capacity reached {} last year, the agency said."
    (agree,) = findings(tmp_path, grid.format("1.2 terawatts"), grid.format("1,200 gigawatts"))
    assert agree.evidence["verdict"] == "corroboration", agree.message


_PRESSURE = "Engineers said the pressure in the tank reached {} on Monday."
_DOSE = "Engineers said the dose in the room reached {} on Monday."
_STORM = "Forecasters said the storm's central pressure fell to {} on Sunday."
_LIMIT = "Officials said workers at the plant may receive {} under the new limit."
_RELEASE = "The agency said the plant released {} of radioactive material."


@pytest.mark.parametrize(
    ("template", "first", "second", "verdict"),
    [
        # pressures, which converted into nothing (a note, or two groups)
        (_PRESSURE, "40 psi", "2.76 bar", "corroboration"),
        (_PRESSURE, "80 bar", "1,400 psi", "discrepancy"),  # 1,160 psi
        # 'pounds per square inch' was a weight in pounds per square inch, another unit
        # than '40 psi': 'cannot be compared'; now one unit, compared as such
        (_PRESSURE, "40 psi", "60 pounds per square inch", "discrepancy"),
        (_PRESSURE, "1 atmosphere", "101.3 kilopascals", "corroboration"),
        (_STORM, "930 millibars", "27.46 inches of mercury", "corroboration"),
        (_STORM, "930 millibars", "950 hectopascals", "discrepancy"),
        # (review) millibars in small letters, and "mbar"
        (_STORM, "960 mb", "940 millibars", "discrepancy"),
        (_STORM, "960 mbar", "28.35 inches of mercury", "corroboration"),
        # doses: "3 rem" was a bare 3 beside "3 millisieverts" (a false corroboration)
        (_DOSE, "250 millisieverts", "25 rem", "corroboration"),
        (_DOSE, "3 millisieverts", "3 rem", "discrepancy"),
        (_DOSE, "400 mSv/h", "40 rem per hour", "corroboration"),
        # (review) a dose per year however written
        (_LIMIT, "20 mSv per annum", "2 rem a year", "corroboration"),
        (_LIMIT, "1 mSv/year", "5 mSv a year", "discrepancy"),
        (_RELEASE, "1.5 TBq", "1,500 gigabecquerels", "corroboration"),
        (_RELEASE, "770 PBq", "370 petabecquerels", "discrepancy"),
        (_RELEASE, "1 curie", "37 gigabecquerels", "corroboration"),
        # a short ton is 907 kg (not "ton" alone: short, long or metric)
        ("The ship was carrying {} of grain when it sank, officials said.", "12 short tons",
         "10.9 tonnes", "corroboration"),
    ],
)  # fmt: skip
def test_pressures_and_radiation_convert(
    tmp_path: Path, template: str, first: str, second: str, verdict: str
) -> None:
    found = [f for f in findings(tmp_path, template.format(first), template.format(second))
             if f.kind in ("numeric-agreement", "corroboration")]  # fmt: skip
    assert [f.evidence["verdict"] for f in found] == [verdict], [f.message for f in found]
    assert found[0].severity == ("info" if verdict == "corroboration" else "warning")
    assert "cannot be compared" not in found[0].message, found[0].message


_RATE = "The central bank {} on Tuesday, its governor said."


@pytest.mark.parametrize(
    ("first", "second", "verdict", "said"),
    [
        # (outside hunt) basis points were a count, kept apart from percentage points
        ("raised rates by 25 basis points", "raised its rate by a quarter of a percentage "
         "point", "corroboration", "agree on 25 basis points"),
        ("raised rates by 25 basis points", "raised its rate by half a percentage point",
         "discrepancy", "25 basis points (governor; a.txt); half a percentage point"),
        ("cut rates by 50bp", "lowered rates by 0.25 percentage point", "discrepancy",
         "50 bp is 100.0% above 0.25 percentage point"),
        ("cut rates by 25 bps", "lowered rates by 0.25 percentage point", "corroboration",
         "agree on 25 bps"),
        # a percent beside them is in percentage points, as it was beside those: never
        # 25 against 0.25 as written
        ("raised rates by 25 basis points", "raised rates by 0.25%", "corroboration",
         "agree on 25 basis points"),
        ("raised rates by 25 basis points", "raised rates by 0.5%", "discrepancy",
         "25 basis points (governor; a.txt); 0.5% (governor; b.txt)"),
        # (review) the rule's 0.05 for percents is no 5 basis points; a gap between a
        # percent and basis points is in percentage points, not "percent"
        ("raised rates by 0.25 percentage point", "raised its rate by 30 basis points",
         "discrepancy", "30 basis points is 20.0% above 0.25 percentage point"),
        ("changed the rate by -0.1%", "changed the rate by -30 basis points", "discrepancy",
         "-0.1% is 0.2 percentage points above -30 basis points"),
        # (re-read) a gap of points is said as it is, not to a tenth ("0 percentage
        # points")
        ("changed the rate by -0.25 percentage point", "changed the rate by -30 basis "
         "points", "discrepancy", "is 0.05 percentage points above -30 basis points"),
        # a change said with its verb's object between ("raised rates by") and one said
        # with a noun ("a hike") were a level and a change, never compared
        ("delivered a 75-basis-point hike", "raised rates by three-quarters of a "
         "percentage point", "corroboration", "agree on 75"),
        ("delivered a 50-basis-point hike", "raised rates by a quarter of a percentage "
         "point", "discrepancy", "50 basis points is 100.0% above 0.25 percentage point"),
    ],
)  # fmt: skip
def test_basis_points_convert_into_percentage_points(
    tmp_path: Path, first: str, second: str, verdict: str, said: str
) -> None:
    found = [f for f in findings(tmp_path, _RATE.format(first), _RATE.format(second))
             if f.kind in ("numeric-agreement", "corroboration")]  # fmt: skip
    assert [f.evidence["verdict"] for f in found] == [verdict], [f.message for f in found]
    assert said in found[0].message, found[0].message


def test_a_rules_absolute_tolerance_is_in_the_finer_of_two_units() -> None:
    """(re-read) A rule's absolute tolerance is in the figures' units as written: 1
    beside kilometres and miles is a kilometre (it was a metre, the base unit, for units
    that convert, and the figures' own unit for figures of one unit)."""
    km, miles = _claim("The road is 10 km long."), _claim("The road is 6.8 miles long.")
    assert quantity.same_figure(km, miles, rel=0.0, abs_tol=1.0)  # 10.94 km
    assert not quantity.same_figure(km, miles, rel=0.0, abs_tol=0.5)


def test_a_count_after_by_that_names_who_did_it_is_compared(tmp_path: Path) -> None:
    """(review) "backed by 7 of the 9 policymakers" names who backed the cut: no size of
    a change, so it is compared with another outlet's "six of the 9 policymakers"."""
    found = findings(
        tmp_path,
        "The central bank cut rates in a move backed by 7 of the 9 policymakers.",
        "Six of the 9 policymakers backed the central bank's rate cut.",
    )
    assert any(
        f.evidence["verdict"] == "discrepancy" and "7 is 16.7% above 6" in f.message for f in found
    ), [f.message for f in found]


def test_a_fraction_in_words_is_said_with_its_unit_once(tmp_path: Path) -> None:
    """A fraction in words beside a figure in another unit says its unit as written:
    'half a mile' (it was 'half a mile mile')."""
    (found,) = findings(
        tmp_path,
        "The fire was half a mile from the town, officials said.",
        "The fire was 3 km from the town, officials said.",
    )
    assert "half a mile (officials; a.txt); 3 km" in found.message, found.message


@pytest.mark.parametrize(
    ("unit", "many"),
    [("inch of mercury", "inches of mercury"), ("millimeter of mercury", "millimeters of mercury"),
     ("millisievert per hour", "millisieverts per hour"), ("standard atmosphere",
     "standard atmospheres"), ("inch of mercury per hour", "inches of mercury per hour")],
)  # fmt: skip
def test_a_unit_of_a_thing_takes_the_plural_on_its_head(unit: str, many: str) -> None:
    """(review) the number line's ticks and a gap said as an amount name a unit in words:
    'inch of mercuries' was the plural of 'inch of mercury'."""
    assert quantity.unit_named(unit, one=False) == many


def test_units_that_do_not_convert_never_agree(tmp_path: Path):
    """'40 grays' and '40 sieverts' are two figures crosscheck cannot compare (an absorbed
    dose is an equivalent one only with the radiation's weighting): a note saying so,
    never a corroboration."""
    (found,) = findings(tmp_path, _DOSE.format("40 grays"), _DOSE.format("40 sieverts"))
    assert (found.severity, found.evidence["verdict"]) == ("info", "discrepancy")
    assert "cannot be compared" in found.message
    assert "is at" not in found.message


def test_a_unit_that_does_not_convert_is_named_once_however_written(tmp_path: Path):
    """'3 grays' and '4 Gy' are one unit, which does not convert into sieverts: the note
    names it once ('grays, sieverts'), not once per spelling ('grays, Gy, sieverts')."""
    found = findings(tmp_path, *(_DOSE.format(d) for d in ("3 grays", "4 Gy", "3 sieverts")))
    assert len(found) == 1 and "cannot be compared" in found[0].message, found
    assert "does not convert into each other (grays, sieverts)" in found[0].message, found


@pytest.mark.parametrize(
    ("figures", "verdict", "said"),
    [
        (("500 pounds", "227 kilograms"), "corroboration", "agree on 227 kilograms"),
        (("500 pounds", "200 kilograms"), "discrepancy",
         "500 pounds is 13.4% above 200 kilograms; they cannot both be true"),
        (("190 lbs", "86 kg"), "corroboration", "agree on 190 lbs"),  # 189.6 pounds
        # (review) the pounds alone of "7 pounds 15 ounces" were 13.4% below 3.6 kg
        (("7 pounds 15 ounces", "3.6 kilograms"), "corroboration", "agree on 127 ounces"),
    ],
)  # fmt: skip
def test_a_weight_in_pounds_converts(
    tmp_path: Path, figures: tuple[str, str], verdict: str, said: str
) -> None:
    """The extractor names a weight in pounds 'pound-mass', which the conversions lacked
    (they had 'pound', a name nothing gives): '500 pounds' and '227 kilograms' of one
    seizure were a note that they "cannot be compared"."""
    seized = "Police said they seized {} of cocaine from the boat on Monday."
    (found,) = findings(tmp_path, *(seized.format(f) for f in figures))
    assert found.evidence["verdict"] == verdict, found.message
    assert said in found.message, found.message


def test_a_degree_of_no_named_scale_is_read_in_the_named_one(tmp_path: Path):
    """'reached 40 degrees' names no scale (read as an angle); beside '46 degrees Celsius'
    it is taken as Celsius: a warning with the spread, not 'cannot be compared'."""
    (found,) = findings(tmp_path,
        "Forecasters said the temperature in the valley reached 40 degrees on Monday.",
        "Forecasters said the temperature in the valley reached 46 degrees Celsius on Monday.",
    )  # fmt: skip
    assert (found.severity, found.evidence["verdict"]) == ("warning", "discrepancy")
    assert "46 degrees Celsius is 6 above 40 degrees" in found.message  # no percentage


_HEAT = "Forecasters said the temperature in the valley reached {} on Monday."


@pytest.mark.parametrize(
    ("figures", "verdict", "said"),
    [
        (("40 degrees Celsius", "104 degrees Fahrenheit"), "corroboration",
         "agree on 40 degrees Celsius"),
        (("-5C", "23F"), "corroboration", "agree on -5 C"),
        # 100F is 37.8C, which "38C" (to the degree) holds
        (("38 degrees Celsius", "100 degrees Fahrenheit"), "corroboration", "agree on 38"),
        (("40 degrees Celsius", "95 degrees Fahrenheit"), "discrepancy",
         "40 degrees Celsius is 5 degrees Celsius above 95 degrees Fahrenheit; they "
         "cannot both be true"),
        # "40C" may be 100F (37.8C) converted and rounded, as "60 km" may be 35 miles
        (("40 degrees Celsius", "100 degrees Fahrenheit"), "corroboration",
         "give compatible figures"),
        (("200C", "400F"), "corroboration", "give compatible figures"),  # an oven's
        # (a gap in the first figure's unit) 46C is 114.8F
        (("111 degrees Fahrenheit", "46C"), "discrepancy",
         "46 C is 3.8 degrees Fahrenheit above 111 degrees Fahrenheit"),
    ],
)  # fmt: skip
def test_fahrenheit_and_celsius_convert(
    tmp_path: Path, figures: tuple[str, str], verdict: str, said: str
) -> None:
    """'40 degrees Celsius' and '104 degrees Fahrenheit' were "in units crosscheck does
    not convert into each other": a note where they agree, and where they do not. Degrees
    Fahrenheit convert (32 taken off, then times 5/9), each figure to its written degree
    or as a conversion rounded; a gap between them is said in degrees of the first
    figure's scale, never a share."""
    (found,) = findings(tmp_path, *(_HEAT.format(f) for f in figures))
    assert found.evidence["verdict"] == verdict, found.message
    assert said in found.message, found.message
    assert "%" not in found.message and "cannot be compared" not in found.message


def test_a_difference_of_temperature_converts_without_the_zero(tmp_path: Path) -> None:
    """(a review of an earlier try) "limit warming to 1.5C" and "to 2.7F" are one
    difference of temperature (a reading of 2.7F is -16C): a verb of warming or a move's
    size says a temperature is a difference, converted without the scales' offset, and
    its gap is said so ("0.5 degrees Celsius", not 17.3 of readings)."""
    warming = "Leaders agreed to limit global warming to {}, the report said on Monday."
    c, f = _claim(warming.format("1.5 degrees Celsius")), _claim(warming.format("2.7F"))
    assert quantity.temperature_change(c) and quantity.temperature_change(f)
    assert quantity.same_figure(c, f) and quantity.factors(c, f)[1] == quantity.Scale(5 / 9)
    (agree,) = findings(tmp_path / "1", warming.format("1.5C"), warming.format("2.7F"))
    assert agree.evidence["verdict"] == "corroboration", agree.message
    (apart,) = findings(tmp_path / "2", warming.format("1.5C"), warming.format("3.6F"))
    assert "3.6 F is 0.5 degrees Celsius above 1.5 C" in apart.message, apart.message
    (three,) = findings(tmp_path / "3", *(warming.format(t) for t in ("1.5C", "2.7F", "2C")))
    assert "2 C is 0.5 degrees Celsius above 1.5 C" in three.message, three.message
    rose = _claim("Temperatures in the valley rose by 5 degrees Celsius overnight.")
    assert quantity.temperature_change(rose)
    assert not quantity.temperature_change(_claim(_HEAT.format("40C")))


@pytest.mark.parametrize(
    ("figures", "verdict", "said"),
    [
        # (review) readings that meet only as differences: 36F is 2.2C, or 20C apart
        (("20C", "36F"), "discrepancy", "cannot be compared without knowing which they are"),
        (("10C", "18F"), "discrepancy", "cannot be compared without knowing which they are"),
        # no difference of temperatures is 12-17C: readings, apart (and test_...below)
        (("30-35C", "54-63F"), "discrepancy", "30 C is 12.8 degrees Celsius above 63 F"),
        # a degree of no named scale that meets the other only in the other named scale
        (("111 degrees", "44C"), "discrepancy", "cannot be compared without knowing"),
        # (the 44C and 47C beside it are compared, as one unit: test_figures_of_one_unit...)
        (("111 degrees", "44C", "47C"), "discrepancy",
         "47 C is 3 degrees Celsius above 44 C; they cannot both be true; not compared with "
         "them: 111 degrees"),
        (("111 degrees", "44C", "115F"), "discrepancy", "cannot be compared without knowing"),
    ],
)  # fmt: skip
def test_temperatures_read_two_ways_are_not_compared(
    tmp_path: Path, figures: tuple[str, ...], verdict: str, said: str
) -> None:
    """(review) Nothing in "reached 20C" and "reached 36F" says whether they are readings
    (apart) or differences (one): the earlier code judged any such pair by the reading
    that made it meet ("agree on 20 C"), and read "111 degrees" as 111F beside "44C" but
    as written beside "47C" ("111 degrees is 64 above 47 C"). Such figures are a note
    that they cannot be compared, as before temperatures converted; readings too far
    from zero to be a difference are compared."""
    found = [f for f in findings(tmp_path, *(_HEAT.format(t) for t in figures))
             if len(f.claims) == len(figures) or "not compared with them" in f.message]  # fmt: skip
    assert [f.evidence["verdict"] for f in found] == [verdict], [f.message for f in found]
    assert said in found[0].message, found[0].message
    assert (found[0].severity == "info") == ("cannot" in said and "knowing" in said)


@pytest.mark.parametrize(
    ("template", "figures", "said"),
    [
        (_HEAT, ("40C", "46C", "104 degrees"),
         ["46 C is 6 degrees Celsius above 40 C; they cannot both be true",
          "not compared with them: 104 degrees (in other units; the figures are temperatures"]),
        # a figure of the unit that clashes with none of them is compared too
        (_HEAT, ("40C", "46C", "about 43C", "104 degrees", "40C"),
         ["they cannot both be true", "not compared with them: 104 degrees (in other units"]),
        # figures of other units are not compared with them, even those that would convert
        # (only each unit's own figures are sure where some cannot be compared)
        (_HEAT, ("40C", "46C", "104F", "111 degrees"),
         ["46 C is 6 degrees Celsius above 40 C",
          "not compared with them: 104 F, 111 degrees (in other units"]),
        # (review) a touching pair is named only between figures compared
        (_HEAT, ("38-40C", "46C", "more than 104F", "111 degrees"),
         ["46 C is 6 degrees Celsius above 40 C; they cannot both be true; not compared with "
          "them: more than 104 F, 111 degrees (in other units",
          "not compared with them: more than 104 F, 111 degrees (in other units; the figures "
          "are"]),
        (_DOSE, ("3 grays", "4 Gy", "3 sieverts"),
         ["4 Gy is 33.3% above 3 grays; they cannot both be true",
          "not compared with them: 3 sieverts (in other units; the figures are in units "
          "crosscheck does not convert into each other (grays, sieverts): they cannot be "
          "compared without a conversion"]),
        # (review) each unit's figures that differ, whichever unit comes first, each
        # finding of its own unit (in the order of the units' names)
        (_DOSE, ("3 sieverts", "4 sieverts", "3 grays", "5 Gy"),
         ["gray (reached): 3 grays (engineers; c.txt); 5 Gy (engineers; d.txt). 5 Gy is 66.7% "
          "above 3 grays", "not compared with them: 3 sieverts, 4 sieverts (in other units",
          "sievert (reached): 3 sieverts",
          "not compared with them: 3 grays, 5 Gy (in other units"]),
        # (second review) the figures left out are named up to five, then counted
        (_DOSE, ("3 grays", "4 Gy", "1 sievert", "2 sieverts", "5 sieverts", "6 sieverts",
                 "7 sieverts", "8 sieverts", "9 sieverts"),
         ["4 Gy is 33.3% above 3 grays", "not compared with them: 1 sievert, 2 sieverts, "
          "5 sieverts, 6 sieverts, 7 sieverts and 2 more (in other units",
          "9 sieverts is 800.0% above 1 sievert",
          "not compared with them: 3 grays, 4 Gy (in"]),
        # (third and fourth reviews) a pair of figures is compared at most once, and no
        # pair of two units, which may be what is in doubt
        (_HEAT, ("20C", "34C", "31F", "35F"),
         ["34 C is 14 degrees Celsius above 20 C",
          "not compared with them: 31 F, 35 F (in other units",
          "35 F is 4 degrees Fahrenheit above 31 F",
          "not compared with them: 20 C, 34 C (in other units"]),
    ],
)  # fmt: skip
def test_figures_that_can_be_compared_are_beside_ones_that_cannot_be(
    tmp_path: Path, template: str, figures: tuple[str, ...], said: list[str]
) -> None:
    """One pair of figures that cannot be compared (a '104 degrees' that is 40C read as
    Fahrenheit, a dose in grays beside sieverts) made the whole group a note: '40C'
    and '46C' beside it were never a warning. Each unit's figures are judged apart, a
    finding for each unit whose figures differ, naming the others as not compared with
    them."""
    found = [f for f in findings(tmp_path, *(template.format(t) for t in figures))
             if f.kind == "numeric-agreement"]  # fmt: skip
    assert len(found) == len(said) // 2, [f.message for f in found]
    for f, (spread, left_out) in zip(found, zip(said[::2], said[1::2], strict=True), strict=True):
        assert (f.severity, f.evidence["verdict"]) == ("warning", "discrepancy"), f.message
        assert spread in f.message and left_out in f.message, f.message
        out = left_out.removeprefix("not compared with them: ").split(" (in")[0].split(", ")
        assert not {c["text"] for c in f.evidence["claims"]} & set(out)
        # (re-read: the texts as written, "104F", never meet the figures as said, "104 F")
        # the finding's claims are of one unit, none of those it says it left out
        assert len({c["unit"] for c in f.evidence["claims"]}) == 1, f.message
        shown = {c["text"].replace(" ", "").lower() for c in f.evidence["claims"]}
        assert not shown & {o.replace(" ", "").lower() for o in out}, (shown, out)
        assert f.evidence["compared"]["gap"] is not None


def test_the_parts_compared_depend_on_no_order_nor_copy(tmp_path: Path) -> None:
    """(second review) The unit whose figures were compared first was the most used one,
    copies counted, and the figures it took were compared with nothing else: a copy of
    '77F', or the articles in another order, hid '20C' against '25C'. Each unit's figures
    are now compared with each other, and only with each other, whatever else the group
    holds."""

    def parts(folder: str, *figures: str) -> set[frozenset[str]]:
        found = findings(tmp_path / folder, *(_HEAT.format(f) for f in figures))
        return {frozenset(c["text"] for c in f.evidence["claims"])
                for f in found if f.kind == "numeric-agreement"}  # fmt: skip

    first = parts("first", "20C", "25C", "36F", "77F")
    assert first == parts("order", "36F", "77F", "20C", "25C")
    assert first == parts("copy", "20C", "25C", "36F", "77F", "77F")
    assert first == {frozenset({"20C", "25C"}), frozenset({"36F", "77F"})}


def test_a_part_of_figures_compared_has_its_own_timeline(tmp_path: Path) -> None:
    """(review) The timeline of figures compared apart from others (a '104 degrees' that
    may be 40C) is theirs: '40C' then '46C', the latest 46C, not the '104 degrees' left out
    of the comparison."""
    story = tmp_path / "story"
    story.mkdir()
    for k, (day, figure) in enumerate((("2024-07-01", "40C"), ("2024-07-02", "46C"),
                                       ("2024-07-03", "104 degrees"))):  # fmt: skip
        (story / f"{'abc'[k]}.md").write_text(
            f"---\npublished: {day}\n---\n{_HEAT.format(figure)}\n", encoding="utf-8"
        )
    (found,) = [f for f in check([story], Settings(fail_on="never")).findings
                if f.kind == "numeric-agreement"]  # fmt: skip
    assert "not compared with them: 104 degrees" in found.message
    assert found.message.endswith("40 (2024-07-01), then 46 (2024-07-02)"), found.message
    assert [e["published"] for e in found.timeline] == ["2024-07-01", "2024-07-02"]
    assert found.latest is not None and "104" not in str(found.latest), found.latest


_WARMED = "The air in Denver {} by noon on Monday, forecasters said."
_BELOW = "Temperatures in Texas were {} below normal on Monday, forecasters said."


@pytest.mark.parametrize(
    ("texts", "verdict", "said"),
    [
        # (second review) a verb's level is a reading: "warmed to 36F" is 2.2C, or 20C
        # as a difference, as "reached" is (was "agree on 20 C")
        ((_WARMED.format("warmed to 20C"), _WARMED.format("warmed to 36F")), "discrepancy",
         "cannot be compared without knowing which they are"),
        # an oven "heated to 200C": no difference news gives (was a warning, 22.2 apart)
        (("The chef said the oven is heated to 200C.",
          "The chef said the oven is heated to 400F."), "corroboration",
         "give compatible figures"),
        # a reading beside a bare degree apart every way (was a note)
        ((_HEAT.format("46C"), _HEAT.format("40 degrees")), "discrepancy",
         "46 C is 6 above 40 degrees; they cannot both be true"),
        # a difference and a bare degree that meet as written (was a note)
        (("Leaders agreed to limit global warming to 1.5C above pre-industrial levels.",
          "Leaders agreed on a goal of 1.5 degrees above pre-industrial levels."),
         "corroboration", "agree on 1.5 C"),
        # a bare degree beside both named scales is in none (was "111 degrees is 71
        # above 40 C")
        (tuple(_HEAT.format(t) for t in ("40C", "104F", "111 degrees")), "discrepancy",
         "cannot be compared without knowing which they are"),
        # anomalies with no verb: 20F as a difference is 11.1C; 40F is 22.2C (past the
        # first cut of 20C: a warning)
        ((_BELOW.format("20 degrees"), _BELOW.format("11C")), "discrepancy",
         "cannot be compared without knowing which they are"),
        ((_BELOW.format("40F"), _BELOW.format("22C")), "discrepancy",
         "cannot be compared without knowing which they are"),

        # (re-read) a move's size is a difference whatever its size (was a warning,
        # "28 C is 32.4 degrees Fahrenheit above 50 F"); a bound past a level is none
        (("Temperatures in Chicago plunged 50F overnight, forecasters said.",
          "Temperatures in Chicago plunged 28C overnight, forecasters said."),
         "corroboration", "agree on 28 C"),
        (("Temperatures in Madrid rose above 45C on Monday, forecasters said.",
          "Temperatures in Madrid rose above 113F on Monday, forecasters said."),
         "corroboration", "give compatible figures"),
        (("Leaders agreed to limit global heating to 1.5C, the UN said.",
          "Leaders agreed to limit global heating to 2.7F, the UN said."),
         "corroboration", "agree on 2.7 F"),
        # (re-read) a bare degree read as a Celsius reading beside Fahrenheit too (was
        # "104 F is 64 above 40 degrees")
        ((_HEAT.format("40 degrees"), _HEAT.format("104F")), "discrepancy",
         "cannot be compared without knowing which they are"),
    ],
)  # fmt: skip
def test_what_says_a_temperature_is_a_difference(
    tmp_path: Path, texts: tuple[str, ...], verdict: str, said: str
) -> None:
    """(second review) "warmed to 20C" and "heated to 200C" were differences (a verb of
    warming), a reading beside a difference was never compared, and a bare degree was
    read in two scales in one group. A move's size or a noun of warming says a
    difference, within the largest one news gives (quantity.LARGEST_DIFFERENCE); a pair
    that meets as read is compared, and a bare degree beside both named scales is none."""
    found = [f for f in findings(tmp_path, *texts) if len(f.claims) == len(texts)]
    assert [f.evidence["verdict"] for f in found] == [verdict], [f.message for f in found]
    assert said in found[0].message, found[0].message


def test_readings_past_any_difference_are_compared() -> None:
    """(review) "more than 40C" and "90F" (32.2C) meet only if 90F were a difference of
    50C, which no news gives (quantity.LARGEST_DIFFERENCE): readings, apart."""
    hot, ninety = _claim(_HEAT.format("more than 40C")), _claim(_HEAT.format("90F"))
    assert quantity.comparable(hot, ninety) and not quantity.compatible(hot, ninety)
    cool, thirty_six = _claim(_HEAT.format("20C")), _claim(_HEAT.format("36F"))
    assert not quantity.comparable(cool, thirty_six)  # 2.2C, or 20C as a difference


def test_a_difference_and_a_reading_in_the_same_words_are_two_figures() -> None:
    """(re-read) "limit warming to 36F" (20C) and "reached 36F" (2.2C) are written alike,
    and were one figure to the judgement of a pair (quantity.figure_key) and to the test
    of figures that cannot be compared (checks.uncomparable): whichever came first stood
    for both, so a group's "2C" was in doubt or not by the order of its claims."""
    warming = _claim("Leaders agreed to limit global warming to 36F, the report said on Monday.")
    reading, two = _claim(_HEAT.format("36F")), _claim(_HEAT.format("2C"))
    assert quantity.figure_key(warming) != quantity.figure_key(reading)
    assert uncomparable([reading, warming, two]) and uncomparable([warming, reading, two])
    assert not uncomparable([reading, two])
    # (why the key must tell them apart: each pair of figures is judged once, by key,
    # and these two are judged differently against the same figure)
    judged = [judge_pair(c, two, 0.02, 0.0, 0.1, {}) for c in (reading, warming)]
    assert judged[0] is None and judged[1] is not None and judged[1].agree is False


def test_an_age_may_grow_by_the_time_between_dated_articles(tmp_path: Path):
    """A '35-year-old' in January and a '36-year-old' in November can be one person (a
    birthday between): a note, not a warning. The other way round, or two years apart,
    or undated, they cannot."""

    def judged(first: int, then: int, dated: bool = True) -> Finding:
        folder = tmp_path / f"{first}-{then}-{dated}"
        folder.mkdir()
        for name, day, age, verb in (("a", "2024-01-10", first, "arrested"),
                                     ("b", "2024-11-20", then, "convicted")):  # fmt: skip
            head = f"---\npublished: {day}\n---\n" if dated else ""
            (folder / f"{name}.md").write_text(
                f"{head}Police said the {age}-year-old man was {verb} in the city on Monday.\n",
                encoding="utf-8")  # fmt: skip
        (found,) = [f for f in check([folder], Settings(fail_on="never")).findings
                    if f.kind == "numeric-agreement"]  # fmt: skip
        return found

    grown = judged(35, 36)
    assert (grown.severity, grown.evidence["verdict"]) == ("info", "compatible")
    assert "an age can have grown" in grown.message
    for first, then, dated in ((36, 35, True), (35, 37, True), (35, 36, False)):
        found = judged(first, then, dated)
        assert (found.severity, found.evidence["verdict"]) == ("warning", "discrepancy")


@pytest.mark.parametrize(
    ("first", "then", "verdict"),
    [
        # (outside hunt) an hour apart, one day: no birthday to grow by, a contradiction
        ("2026-03-14T01:00:00", "2026-03-14T02:00:00", ("warning", "discrepancy")),
        # a day apart, a birthday may fall between (as months apart)
        ("2026-03-14T01:00:00", "2026-03-15T02:00:00", ("info", "compatible")),
        # (review) the days the articles state, not in UTC: one day across offsets, two
        # days though one in UTC
        ("2026-03-14T01:00:00+05:00", "2026-03-14T10:00:00+00:00", ("warning", "discrepancy")),
        ("2026-03-14T23:30:00-05:00", "2026-03-15T08:00:00+00:00", ("info", "compatible")),
    ],
)
def test_an_age_does_not_grow_between_two_articles_of_one_day(
    tmp_path: Path, first: str, then: str, verdict: tuple[str, str]
) -> None:
    """A "22-year-old" and a "23-year-old" an hour apart were "an age can have grown by the
    time between the articles", a note: on one day no age grows, save on a birthday."""
    for name, day, age in (("a", first, 22), ("b", then, 23)):
        write_article(tmp_path / f"{name}.md", f"Whitmore signed the {age}-year-old striker "
                      "Tomas Arrebola on Friday.", published=day)  # fmt: skip
    (found,) = [f for f in check([tmp_path], Settings(fail_on="never")).findings
                if f.kind == "numeric-agreement"]  # fmt: skip
    assert (found.severity, found.evidence["verdict"]) == verdict


def test_each_pair_of_ages_is_judged_with_its_own_articles_dates(tmp_path: Path):
    """A '36' in June, a '35' the next January and a '36' in December: the June 36 and the
    January 35 cannot both be one person's (a year younger seven months on), though the
    January 35 and the December 36 can. The pairs of one pair of figures were judged
    once, by the first pair met, and the finding said "an age can have grown" of all."""
    for name, day, age in (("a", "2010-01-10", 35), ("b", "2010-12-20", 36),
                           ("c", "2009-06-01", 36)):  # fmt: skip
        write_article(tmp_path / f"{name}.md", f"John Smith, {age}, was charged with robbing "
                      "a bank in Denver, police said.", published=day)  # fmt: skip
    (found,) = [f for f in check([tmp_path], Settings(fail_on="never")).findings
                if f.kind == "numeric-agreement"]  # fmt: skip
    assert (found.severity, found.evidence["verdict"]) == ("warning", "discrepancy")


def test_the_written_step_reads_thousands_dots_and_powers_of_ten():
    """'€1.000.000' is written to the same digit as '€1,000,000'; '2.5e3 metres' to the
    hundred (the last written digit times the power of ten), not to a tenth."""
    dots = _claim("The fund paid €1.000.000 to the town.")
    commas = _claim("The fund paid €1,000,000 to the town.")
    assert dots.value == commas.value == 1e6
    assert quantity.written_step(dots) == quantity.written_step(commas) == 1e6
    power = _claim("The cable ran 2.5e3 metres under the bay.")
    assert (power.value, quantity.written_step(power)) == (2500, 100)
    small = _claim("The lab added 1e-3 grams of salt.")
    assert (small.value, quantity.written_step(small)) == (0.001, 0.001)
    cents = _claim("The fund paid €1.234.567,89 to the town.")
    assert (cents.value, quantity.written_step(cents)) == (1234567.89, pytest.approx(0.01))
    one_group = _claim("The bill came to €1.234,56 in total.")  # one group, a decimal comma
    assert (one_group.value, quantity.written_step(one_group)) == (1234.56, pytest.approx(0.01))
    # a figure in words before a scale word is written to it, past a trillion too
    words = _claim("The country printed two quadrillion dollars in a year.")
    assert (words.value, quantity.written_step(words)) == (2e15, 1e15)
    # a decimal comma before a scale word: to the hundred, as "3.5 thousand" is
    comma = _claim("Officials said 3,5 thousand additional troops were sent.")
    point = _claim("Officials said 3.5 thousand additional troops were sent.")
    assert (comma.value, quantity.written_step(comma)) == (3500, 100)
    assert quantity.written_step(point) == 100 and quantity.compatible(
        comma, _claim("Officials said 3,500 additional troops were sent.")
    )


def test_a_decimal_comma_before_an_abbreviated_scale_reads_as_its_decimal_point():
    """'€2,5bn', '3,5 Million', '2,5 mln euros': the value, the unit, the written step
    and the interval of '€2.5bn', '3.5 Million' and '2.5 mln euros' (each was 2, then 5
    of the scale: '€2' and '5bn' against '€2.5bn')."""
    for sentence in ("The state will pay €{}bn to the town.",
                     "Officials said {} Million additional troops were sent.",
                     "The state will pay {} mln euros to the town.",
                     "The state will pay {} Bn euros to the town.",
                     "The state will pay £{}m to the town.",
                     "Seeds sold {} million packets last year."):  # fmt: skip
        comma, point = _claim(sentence.format("2,5")), _claim(sentence.format("2.5"))
        assert (comma.value, comma.unit, comma.kind) == (point.value, point.unit, point.kind)
        assert quantity.written_step(comma) == quantity.written_step(point) > 0
        assert quantity.interval(comma) == quantity.interval(point)


def test_a_figure_in_words_is_written_to_the_digit_its_digits_would_be():
    """'six weeks' is as precise as '6 weeks' (to the week, so 39 days may be six weeks
    rounded), 'sixty' as '60', 'two million dollars' as '2 million dollars', 'two
    thousand' as '2,000' (a thousand scales nothing: no one writes '2 thousand'); a count
    in words stays exact, as its digits do."""
    pairs = [("Just six weeks before he takes office, the rules changed.",
              "Just 6 weeks before he takes office, the rules changed."),
             ("The storm lasted sixty minutes in all.", "The storm lasted 60 minutes in all."),
             ("The plant cost two million dollars to build.",
              "The plant cost 2 million dollars to build."),
             ("Some two hundred people marched on Sunday.",
              "Some 200 people marched on Sunday."),
             ("Sixty million people voted.", "60 million people voted."),
             ("Ten thousand people marched.", "10,000 people marched."),
             ("Two thousand dollars were paid.", "2,000 dollars were paid."),
             ("One million two hundred thousand people voted.", "1,200,000 people voted."),
             ("Two million Covid-19 vaccine doses arrived.",
              "2 million Covid-19 vaccine doses arrived."),
             ("The state paid five crore rupees.", "The state paid Rs 5 crore."),
             ("One thousand two hundred people marched.", "1,200 people marched."),
             ("Twenty of the million residents left.", "20 of the million residents left."),
             ("Seven people were killed in the fire.",
              "7 people were killed in the fire.")]  # fmt: skip
    for words, digits in pairs:
        w, d = _claim(words), _claim(digits)
        assert w.value == d.value
        assert quantity.written_step(w) == quantity.written_step(d)
        assert quantity.interval(w) == quantity.interval(d), words
    weeks = _claim("Just six weeks before he takes office, the rules changed.")
    assert quantity.interval(weeks) == (5.5, 6.5)
    assert quantity.compatible(weeks, _claim("He noted he had 39 days left in office."))
    assert not quantity.compatible(weeks, _claim("He noted he had 36 days left in office."))
    assert quantity.interval(_claim("Seven people were killed in the fire.")) == (7, 7)
    assert quantity.interval(_claim("Two million people voted.")) == (1.8e6, 2.2e6)
    assert quantity.interval(_claim("Two thousand people marched.")) == (2000, 2000)
    # scale words of a million and up scale digits as they scale words
    for text, expected in (("The state paid Rs 7 lakh.", (650_000, 750_000)),
                           ("The state paid five lakh rupees.", (450_000, 550_000)),
                           ("The firm paid $2tn.", (1.8e12, 2.2e12)),
                           ("The firm paid 2 mln dollars.", (1.8e6, 2.2e6)),
                           ("The firm paid 2 bln dollars.", (1.8e9, 2.2e9))):  # fmt: skip
        assert quantity.interval(_claim(text)) == pytest.approx(expected), text
    # the words before a scale word are exact; a scale word not ending the figure is none
    assert quantity.interval(_claim("Sixty million people voted.")) == (59.5e6, 60.5e6)
    assert quantity.interval(_claim("One thousand two hundred people marched.")) == (1200, 1200)
    assert quantity.interval(_claim("Twenty of the million residents left.")) == (20, 20)


def test_a_hundred_after_digits_is_written_as_its_figure_in_digits_or_words():
    """'3 hundred thousand' is written to the hundred thousand, as '300,000' and 'three
    hundred thousand' are (it was to the digit: the 3 was read alone); a hundred or a
    thousand sets no scale of its own, so the figure is no rounding either ('5 hundred
    people' is exactly 500, as '500 people'); a power of ten counts its digits' places
    ('2.998 x 10^8' is to the hundred thousand, not to a thousandth)."""
    for digits, words, plain, step in (
        ("The city has 3 hundred thousand residents.",
         "The city has three hundred thousand residents.",
         "The city has 300,000 residents.", 1e5),
        ("About 3 hundred thousand people fled.", "About three hundred thousand people fled.",
         "About 300,000 people fled.", 1e5),
        ("The town has 5 hundred residents.", "The town has five hundred residents.",
         "The town has 500 residents.", 100),
        ("It cost $3 hundred thousand.", "It cost three hundred thousand dollars.",
         "It cost $300,000.", 1e5),
    ):  # fmt: skip
        d, w, p = _claim(digits), _claim(words), _claim(plain)
        assert d.value == w.value == p.value
        assert quantity.written_step(d) == quantity.written_step(w) == quantity.written_step(p)
        assert quantity.written_step(d) == step, digits
        assert quantity.interval(d) == quantity.interval(w) == quantity.interval(p), digits
    light = _claim("Light travels 2.998 x 10^8 metres each second.")
    assert (light.value, quantity.written_step(light)) == (2.998e8, pytest.approx(1e5))
    # a range is its bounds, no one figure's digits: its midpoint scales nothing
    span = _claim("Between 1 and 199 people came.")
    assert (span.value, quantity.written_step(span)) == (100, 1)


def test_the_factor_of_digits_is_the_extractor_s_reading_not_the_value_divided_again():
    """The step counts what the extractor read the digits were multiplied by
    (Claim.factor), never the value over the digits worked out again: a value that
    happens to be the digits times a power of ten is no hundred ('10^3' is ten to the
    third, its own figure: written to the ten, as its digits say); '1.2 hundred' was
    multiplied by a hundred and is written to the ten, as '120' is; a claim whose factor
    is taken away (as in a report.json written before the field) is read to the digit."""
    power = _claim("The new chip is 10^3 times faster.")
    assert (power.value, power.factor, quantity.written_step(power)) == (1000, 1, 10)
    hundred = _claim("The repair cost 1.2 hundred dollars.")
    assert (hundred.value, hundred.factor) == (pytest.approx(120), 100)
    assert quantity.written_step(hundred) == pytest.approx(10)
    assert quantity.written_step(_claim("The repair cost 120 dollars.")) == 10
    spelled = _claim("The city has 3 hundred thousand residents.")
    assert (spelled.scale, spelled.factor, quantity.written_step(spelled)) == (1, 1e5, 1e5)
    assert quantity.written_step(replace(spelled, factor=1.0)) == 1
    light = _claim("Light travels 2.998 x 10^8 metres each second.")
    assert light.factor == 1e8
    assert quantity.written_step(replace(light, factor=1.0)) == pytest.approx(0.001)


def test_a_measurement_scale_word_scales_it_as_a_count_s_does():
    """'2 million tonnes' is written to the million tonnes, as '2 million people' is to
    the million people (it was to the tonne, so it differed from '2.1 million tonnes');
    '30m' of a length is still 30 metres, to the metre."""
    tonnes = _claim("They shipped 2 million tonnes of wheat.")
    people = _claim("They counted 2 million people.")
    assert (tonnes.kind, tonnes.value) == ("measure", 2e6)
    assert quantity.written_step(tonnes) == quantity.written_step(people) == 1e6
    assert quantity.interval(tonnes) == quantity.interval(people) == (1.8e6, 2.2e6)
    assert quantity.compatible(tonnes, _claim("They shipped 2.1 million tonnes of wheat."))
    tenths = _claim("They shipped 2.5 million tonnes of wheat.")
    assert quantity.written_step(tenths) == pytest.approx(1e5)
    words = _claim("They shipped two million tonnes of wheat.")
    assert quantity.interval(words) == quantity.interval(tonnes)
    metres = _claim("The wall is 30m high.")
    assert (metres.value, metres.unit, quantity.interval(metres)) == (30, "metre", (29.5, 30.5))


def test_stacked_scale_words_scale_together():
    """'Rs 5 lakh crore' is 5 x 10^12 rupees written to the lakh crore, in digits or in
    words (it was to the lakh in digits and to the crore in words)."""
    digits = _claim("The budget is Rs 5 lakh crore.")
    words = _claim("The budget is five lakh crore rupees.")
    assert digits.value == words.value == 5e12
    assert quantity.written_step(digits) == quantity.written_step(words) == 1e12
    assert quantity.interval(digits) == quantity.interval(words) == (4.5e12, 5.5e12)
    crore = _claim("The state spent Rs 50,000 crore.")  # digits before the scale are exact
    assert quantity.written_step(crore) == 1e7


def test_the_scale_is_the_extractor_s_reading_not_the_text_read_again():
    """Written precision takes a figure's scale from the extractor (Claim.scale), so a
    figure reads one way wherever it is judged: a compound adjective 'two-million-euro'
    is rounded as 'two million euros' is (its text, read again, gave no scale, and the
    figure was exact to the euro); a negative 'and a half' is written to the half as the
    positive is; 'half a million' counts in millions."""
    compound = _claim("Thieves took a two-million-euro haul.")
    spaced = _claim("Thieves took two million euros.")
    assert compound.value == spaced.value == 2e6
    assert compound.scale == spaced.scale == 1e6
    assert quantity.rounded(compound) and quantity.interval(compound) == (1.8e6, 2.2e6)
    minus = _claim("It was minus 2 and a half degrees.")
    plus = _claim("It was 2 and a half degrees.")
    assert (minus.value, minus.half) == (-2.5, 0.5)
    assert quantity.written_step(minus) == quantity.written_step(plus) == 0.5
    assert _claim("Half a million people came.").scale == 1e6
    for text in ("It was two thousand people.", "It is 30m high.", "It was 2,000 people."):
        assert _claim(text).scale == 1, text  # '2,000' as written: no scale word


@pytest.mark.parametrize(
    ("text", "value", "scale", "step"),
    [
        # a mixed number is written to its fraction, as 'and a half' is
        ("Some 4 1/2 million people came.", 4.5e6, 1e6, 5e5),
        ("The siege lasted 2½ hours.", 2.5, 1, 0.5),
        ("Some 4 3/4 million people came.", 4.75e6, 1e6, 0.0),  # not to the million
        # a hundred after digits scales nothing, as in words
        ("Some 5 hundred million people came.", 5e8, 1e6, 1e6),
        ("Some five hundred million people came.", 5e8, 1e6, 1e6),
        # and is written to the digit its figure's would be, as '300,000' (it was 1)
        ("Some 3 hundred thousand people came.", 3e5, 1, 1e5),
        # a scale written once for two figures is both's
        ("Between 3 and 4 million people came.", 3.5e6, 1e6, 0.0),
        ("It cost $5mil.", 5e6, 1e6, 1e6),
        ("They spent four thousand million dollars.", 4e9, 1e6, 1e6),
    ],
)
def test_a_figure_s_scale_and_written_step(
    text: str, value: float, scale: float, step: float
) -> None:
    """The scale a figure's last written digit counts in, as the extractor read it, and
    the written step it gives."""
    c = _claim(text)
    assert (c.value, c.scale, quantity.written_step(c)) == (value, scale, pytest.approx(step))


def test_a_shared_scale_after_from_is_the_first_figure_s() -> None:
    """'grew from $5 to 10 billion': the 5 is five billion, written to the billion (it was
    exact to the dollar, so it differed from '$5.2 billion' elsewhere)."""
    text = "Its debt grew from $5 to 10 billion euros."
    doc = Document(id="s", path="s", format="text", text=text, paragraphs=((0, len(text)),))
    was = [c for c in extract_claims(doc, segment(doc)) if c.value == 5e9]
    assert was and was[0].scale == 1e9 and quantity.interval(was[0]) == (4.5e9, 5.5e9)


def test_and_a_half_is_written_to_the_half():
    """'two and a half million' and 'a million and a half' are written to the half
    million; 'two and a half hours' to the half hour; 'two million one-dollar coins' to
    the million, as 'two million coins' (the compound is no word of the figure)."""
    for text, value in (("The city raised two and a half million dollars.", 2.5e6),
                        ("The city raised a million and a half dollars.", 1.5e6)):  # fmt: skip
        c = _claim(text)
        assert (c.value, quantity.written_step(c)) == (value, 5e5), text
    hours = _claim("The meeting took two and a half hours.")
    assert (quantity.written_step(hours), quantity.interval(hours)) == (0.5, (2.25, 2.75))
    coins = _claim("The mint made two million one-dollar coins.")
    assert (coins.value, quantity.interval(coins)) == (2e6, (1.8e6, 2.2e6))


def test_and_a_half_after_digits_is_written_to_the_half_as_in_words():
    """Digits and words give one figure and one interval: the extractor reads the half,
    and written precision takes what it read (Claim.half), so '2 and a half
    million' is no exact 2,500,000 and 'a dozen and a half' is to the half dozen."""
    for digits, words in (
        ("It raised 2 and a half million dollars.", "It raised two and a half million dollars."),
        ("It raised 2 million and a half dollars.", "It raised two million and a half dollars."),
        ("Crews saw 3 and a half inches of rain.", "Crews saw three and a half inches of rain."),
        ("About 2 and a half million people voted.", "About two and a half million people voted."),
    ):  # fmt: skip
        a, b = _claim(digits), _claim(words)
        assert a.value == b.value, digits
        assert quantity.written_step(a) == quantity.written_step(b) > 0, digits
        assert quantity.interval(a) == quantity.interval(b), digits
    dozen = _claim("They bought a dozen and a half eggs.")
    assert (dozen.value, quantity.written_step(dozen)) == (18, 6)


def test_a_half_after_a_scale_is_no_fraction_of_the_figure():
    """'A million and a half of the residents' is 1.5 million, written to the half
    million; quantity.written_fraction read its 'half of' as a fraction (a second review).
    The half is the one the extractor read, kept on the claim (Claim.half)."""
    c = _claim("A million and a half of the residents fled.")
    assert (c.value, c.half, quantity.written_fraction(c)) == (1.5e6, 5e5, None)
    assert quantity.written_step(c) == 5e5
    assert quantity.written_fraction(_claim("Half of the residents fled.")) == (1, 2)


def test_a_fraction_in_words_is_a_rounding_to_its_denominator():
    """'half' stands for about half, wider than '50%'; 'a third' meets '35%', 'two-thirds'
    meets 'about 60 percent' (quantity.written_step, one part of the denominator)."""
    half = _claim("Half of the town's residents voted for the plan.")
    fifty = _claim("Fully 50% of the town's residents voted for the plan.")
    assert quantity.interval(half) == (45, 55)  # half a part (25) capped at the 10% tolerance
    assert quantity.interval(fifty) == (49.5, 50.5)
    third = _claim("A third of the town's residents voted for the plan.")
    assert quantity.written_fraction(third) == (1, 3)
    assert quantity.compatible(third, _claim("Some 35% of the town's residents voted for it."))
    two = _claim("Two-thirds of the town's residents voted for the plan.")
    assert quantity.written_step(two) == pytest.approx(100 / 3)
    assert quantity.compatible(two, _claim("About 60 percent of the residents voted for it."))
    assert not quantity.compatible(third, _claim("Some 45% of the town's residents voted."))
    count = _claim("Half a million people marched on the capital.")
    assert (count.value, quantity.interval(count)) == (500_000, (450_000, 550_000))
    assert quantity.written_fraction(_claim("They paid 3 quarters for the ride.")) is None


def test_a_fraction_in_words_is_quoted_as_written_in_messages(tmp_path: Path):
    (found,) = findings(tmp_path, "Half of the town's residents voted for the plan on Monday.",
                        "Some 30% of the town's residents voted for it on Monday.")  # fmt: skip
    assert found.evidence["verdict"] == "discrepancy"
    assert "half (" in found.message and "50 (" not in found.message


def test_a_fraction_word_inside_a_compound_is_no_written_fraction():
    c = _claim("They staged a four-quarter comeback.")
    assert quantity.written_fraction(c) is None


def test_figures_are_written_without_float_noise_or_exponents() -> None:
    """'about 235,000' allows up to 258,500.00000000003, which the report showed as
    2.585e+05 beside the claims (and 1.21e+04 for the seeds' 'about 11,000')."""
    from crosscheck.quantity import fmt_num

    assert fmt_num(235000 * 1.1, plain=True) == "258,500"
    assert fmt_num(11000 * 1.1) == "12,100"
    assert fmt_num(1.1e11 * 1.0000000000000002) == "110 billion"
    assert fmt_num(25850.5) == "25,850" and fmt_num(5184000.0) == "5,184,000"
    assert fmt_num(3.14159) == "3.142" and fmt_num(1e16) == "10,000,000 billion"
    # a whole figure keeps every digit; none is written with an exponent
    assert fmt_num(34123456789012.0) == "34,123,456,789,012"
    assert fmt_num(1234567890123456.0) == "1,234,567,890,123,456"
    assert fmt_num(9999.5) == "10,000" and fmt_num(1e-5) == "0.00001"
    assert fmt_num(2.5e-7, plain=True) == "0.00000025"
    # past the digits a float holds, the figure it was read from, not its binary tail
    assert fmt_num(1152921504606847000.0) == "1,152,921,504,606,847,000"
    assert fmt_num(1152921504606847000.0, plain=True) == "1,152,921,504,606,847,000"


def test_a_figure_names_each_source_beside_the_articles_that_give_it(tmp_path: Path) -> None:
    """'nearly 235,000 (officials; a.txt, b.txt)' when only b.txt credits officials: an
    editor read that both articles did. Articles that credit the same give one entry, as
    before; otherwise each credit is named beside its articles."""
    (found,) = [f for f in findings(
        tmp_path, "The agency received nearly 235,000 comments on the rules.",
        "Officials said the agency received nearly 235,000 comments on the rules.",
        "The agency received nearly 300,000 comments on the rules, officials said.",
    ) if f.kind == "numeric-agreement"]  # fmt: skip
    assert "nearly 235,000 (no source in a.txt, officials in b.txt)" in found.message
    assert "nearly 300,000 (officials; c.txt)" in found.message
    many = tmp_path / "many"
    many.mkdir()
    texts = [f"Officials said the agency received nearly 235,000 comments, report {k}."
             for k in range(4)]  # fmt: skip
    texts += [
        "The agency received nearly 235,000 comments on the rules.",
        "The agency received nearly 300,000 comments, police said.",
    ]
    for name, text in zip("abcdef", texts, strict=True):
        (many / f"{name}.txt").write_text(text + "\n", encoding="utf-8")
    (said,) = [f for f in check([many], Settings(fail_on="never")).findings
               if f.kind == "numeric-agreement"]  # fmt: skip
    assert "(officials in a.txt, b.txt, c.txt (+1 more), no source in e.txt)" in said.message


def test_bare_figures_no_rule_judges_agree_only_as_written(tmp_path: Path):
    """An index's level has no noun (a bare figure) and no numeric-agreement rule judges
    it: the shipped corroboration compared such figures within its own 2%, so 'closed at
    38,120' and 'ended at 38,610' were 'compatible figures' (a user's finding), though they
    are two levels. The same level twice still agrees, and the evidence names no rule it
    was judged by (none was: the corroboration's own tolerances)."""
    assert not findings(tmp_path / "two",
                        "The Nikkei 225 index closed at 38,120 on Friday, traders said.",
                        "The benchmark Nikkei index ended at 38,610 on Friday, traders said.",
                        )  # fmt: skip
    (agree,) = findings(tmp_path / "one",
                        "The Nikkei 225 index closed at 38,120 on Friday, traders said.",
                        "The benchmark Nikkei index ended at 38,120 on Friday, traders said.",
                        )  # fmt: skip
    assert agree.evidence["verdict"] == "corroboration"
    assert agree.evidence["compared"]["judged_by"] == []
    assert agree.evidence["compared"]["rel_tolerance"] == 0.0


def test_a_hedged_range_is_judged_by_its_written_ends_not_its_middle(tmp_path: Path):
    """'About 100 to 200 people' was judged as 'about 150' (135-165): against '180 people'
    an error, '180 is 20.0% above 150', for a figure the range holds; 'nearly 10 to 12'
    as 'nearly 11' against 'twelve'. A hedged range is now its written ends, each widened
    by the tolerance ('about 100 to 200' is 90-220; 'nearly' widens downwards only), worded
    as written, and a figure beyond it is measured from its nearest end."""
    about = _claim("About 100 to 200 people were hurt, police said.")
    assert (about.lower, about.upper) == (100, 200)
    assert quantity.hedged_range(about) and quantity.ranged(about)
    assert quantity.interval(about) == pytest.approx((90, 220))
    nearly = _claim("Nearly 10 to 12 people were hurt, police said.")
    assert quantity.interval(nearly) == pytest.approx((9, 12))
    # ends a tenth either side of their middle are the ends 'about 2,000' has: judged
    # as that, its interval the written ends unwidened (the record does not tell them)
    even = _claim("Adults need about 1,800 to 2,200 calories a day, doctors said.")
    assert not quantity.hedged_range(even)
    assert quantity.interval(even) == pytest.approx((1800, 2200))
    # whatever the rounding of the floats ('about 100' ends at 110.00000000000001): 90 to
    # 110 is judged as 900 to 1,100 is (a re-read found one a range, the other not)
    for text in ("About 90 to 110 people were hurt, police said.",
                 "About 900 to 1,100 people were hurt, police said."):  # fmt: skip
        assert not quantity.hedged_range(_claim(text)), text
    for plain in ("About 2,000 people were hurt, police said.",
                  "Nearly 300 people were hurt, police said.",
                  "Between 100 and 200 people were hurt, police said."):  # fmt: skip
        assert not quantity.hedged_range(_claim(plain)), plain
    assert quantity.interval(_claim("Nearly 300 people were hurt, police said.")) == (
        pytest.approx(270),
        300,
    )

    def one(name: str, a: str, b: str) -> Finding:
        (tmp_path / name).mkdir()
        (only,) = findings(tmp_path / name, f"{a} people were hurt on Monday, police said.",
                           f"{b} people were hurt on Monday, police said.")  # fmt: skip
        return only

    # held by the range, not a rounding of it: compatible, as with 'between 100 and 200'
    holds = one("holds", "About 100 to 200", "A total of 215")
    assert (holds.severity, holds.evidence["verdict"]) == ("info", "compatible"), holds.message
    assert "215 is 7.5% above 200" in holds.message, holds.message
    # (as '10 to 12' against 'twelve': a range holds the figure, no rounding of it)
    twelve = one("twelve", "Nearly 10 to 12", "Twelve")
    assert (twelve.severity, twelve.evidence["verdict"]) == ("info", "compatible"), twelve.message
    assert "“Nearly 10 to 12 people” admits 12" in twelve.message, twelve.message
    beyond = one("beyond", "About 100 to 200", "A total of 300")
    assert beyond.evidence["verdict"] == "discrepancy"
    assert "about 100-200 (police; a.txt)" in beyond.message, beyond.message
    assert "300 is 50.0% above 200" in beyond.message, beyond.message


def judged_as_one(tmp_path: Path, *texts: str) -> list[Finding]:
    """The default rules' numeric findings on one group of injured holding every claim of
    ``texts``: what the rules say of figures the matcher joined, whatever the pair model
    makes of them (two one-line articles whose figures differ are near its threshold)."""
    whole = run([write_story(tmp_path, *texts)], Settings())
    ids = tuple(c.id for c in whole.claims)
    group = ClaimGroup(id="g1", claims=ids, kind="count", concept="injured", label="injured",
                       documents=tuple(dict.fromkeys(c.document for c in whole.claims)),
                       score=1.0, subject=Subject(concept="injured"))  # fmt: skip
    found = apply_rules([group], whole.claims, whole.documents, whole.sentences,
                        rule_set(Settings()), concept_table(Settings()))  # fmt: skip
    return [f for f in found if f.kind == "numeric-agreement"]


def test_a_hedged_range_touching_a_bound_says_which_end_must_give(tmp_path: Path):
    """At its written end a hedged range touches a bound as a plain range does (the end may
    be a rounding); at an end the hedge widened it reaches past its figures. (Judged as
    one group: "Nearly 10 to 12" against "Fewer than 9" is a pair the pair model puts at
    its threshold, 0.51 or 0.49 as it is fitted: a refit for any reading moved it.)"""
    said = {}
    for name, other in (("above", "More than 12"), ("below", "Fewer than 9")):
        (tmp_path / name).mkdir()
        (f,) = judged_as_one(tmp_path / name,
                             "Nearly 10 to 12 people were hurt on Monday, police said.",
                             f"{other} people were hurt on Monday, police said.")  # fmt: skip
        said[name] = f.message
    assert said["above"].endswith("both hold only if the range's end is a rounding"), said
    assert said["below"].endswith("both hold only if nearly 10-12 reaches past 9"), said


def test_a_figure_with_a_thousands_space_meets_the_same_figure_with_a_comma(tmp_path: Path):
    """'Some 5 600 Rohingya refugees' (a plain space between the groups, as many outlets
    outside the US write it) is 5,600 refugees, written to the hundred: it agrees with
    '5,600' in another article and disagrees with '4,900' (it was 'Some 5' and
    '600 refugees', never compared with any of them)."""
    (agree,) = findings(tmp_path / "1",
                        "Some 5 600 Rohingya refugees reached the camp on Monday, the UN said.",
                        "About 5,600 Rohingya refugees reached the camp on Monday.")  # fmt: skip
    assert agree.evidence["verdict"] != "discrepancy", agree.message
    assert "5,600" in agree.message
    (differ,) = findings(tmp_path / "2",
                         "Some 5 600 Rohingya refugees reached the camp on Monday, the UN said.",
                         "Some 4,900 Rohingya refugees reached the camp on Monday.")  # fmt: skip
    assert (differ.severity, differ.evidence["verdict"]) == ("error", "discrepancy")
    assert "5,600" in differ.message and "4,900" in differ.message


@pytest.mark.parametrize(
    ("a", "b", "both"),
    [
        # a measure with trailing zeros in another unit may be a conversion rounded to its
        # last non-zero digit: "460 mm" of 18 inches (it was "cannot both be true")
        ("The storm dumped up to 18 inches of rain.", "The storm dumped 460 mm of rain.", True),
        ("The epicentre was 35 miles from the port.", "The epicentre was 60 km from the port.",
         True),
        ("The tank held 500 litres of fuel.", "The tank held 140 gallons of fuel.", True),
        # never past 7.5%: a 10-metre dhow is no 30-foot one (9.1 m), whichever is plain;
        # (review) each side against the other as written, not both widened at once
        ("Pirates used a 10-metre dhow.", "Pirates used a 24- to 30-foot dhow.", False),
        ("Pirates used a 10-metre dhow.", "Pirates used a 30-foot dhow.", False),
        ("The wave rose 100 metres.", "The wave rose 300 feet.", False),
        # (review) a "1,000" is no rounding of 933
        ("The pipeline runs 1,000 km.", "The pipeline runs 580 miles.", False),
        ("The flat measures 1,000 square feet.", "The flat measures 100 square metres.",
         False),
        # no one rounds a change of prefix, nor within one unit
        ("The race covered 5,000 metres.", "The race covered 5.2 km.", False),
        ("The storm dumped up to 457 mm of rain.", "The storm dumped 460 mm of rain.", False),
    ],
)  # fmt: skip
def test_a_round_measure_in_another_unit_may_be_a_rounded_conversion(
    a: str, b: str, both: bool
) -> None:
    ca, cb = _claim(a), _claim(b)
    assert quantity.compatible(ca, cb) is both, (ca.text, cb.text)


def test_the_matcher_reads_a_round_measure_in_another_unit_as_written() -> None:
    """The rounded conversion is the rules' reading; the matcher's (``loose``, its pair
    model fitted on it) keeps "460 mm" to the millimetre."""
    inches = _claim("The storm dumped up to 18 inches of rain.")
    mm = _claim("The storm dumped 460 mm of rain.")
    assert quantity.compatible(inches, mm) and not quantity.compatible(inches, mm, loose=True)


def test_a_finding_says_which_figure_may_be_a_rounded_conversion(tmp_path: Path) -> None:
    """(review) 'their intervals overlap' where the intervals shown do not: the finding
    says why the two can both hold."""
    (found,) = findings(tmp_path, "The storm dumped up to 18 inches of rain on Monday.",
                        "The storm dumped 460 mm of rain on Monday.")  # fmt: skip
    assert found.evidence["verdict"] == "compatible"
    assert "“460 mm” may be “up to 18 inches” converted and rounded" in found.message


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Debris lay up to 5 metres deep.", "Debris lay up to 16 feet deep.", True),
        ("The fire came within more than 5 km.", "The fire came within more than 3 miles.", True),
        # (review) a ceiling 22% above the other is no conversion's rounding
        ("Debris lay up to 1 metre deep.", "Debris lay up to 4 feet deep.", False),
        ("Debris lay up to 5 metres deep.", "Debris lay up to 15 feet deep.", False),
        # (review) a bound's end is no completed age: "under 1 year old" holds no 18 months
        ("It hit children younger than 1 year old.", "It hit children younger than 18 months "
         "old.", False),
        ("It hit children older than 10 years old.", "It hit children older than 130 months "
         "old.", False),
        # (re-read) within a conversion's rounding, still no completed age
        ("It hit children older than 10 years old.", "It hit children older than 125 months "
         "old.", False),
    ],
)  # fmt: skip
def test_one_bound_in_two_units_is_one_figure_only_as_a_conversion(a: str, b: str, same: bool):
    """Two bounds on one side in units that convert are one figure when their ends are a
    conversion's rounding of each other (quantity.CONVERSION_ROUNDING_SHARE), as one
    bound written twice is; not two ceilings further apart, nor ages."""
    ca, cb = _claim(a), _claim(b)
    assert ca.qualifier in OPEN_BOUNDS, ca
    assert cb.qualifier in OPEN_BOUNDS, cb
    assert quantity.same_figure(ca, cb) is same
    assert quantity.same_figure(cb, ca) is same


_DIVISIONS_APART = [
    # figures counted in two named counties or provinces are two places' (a county's
    # toll is no rival of another county's): they were an error, "they cannot both
    # be true"
    (("The storm killed 9 people in Jefferson County, officials said.",
      "The storm killed 4 people in Orange County, officials said."), []),
    (("Four people were killed in Lee County, officials said.",
      "Six people were killed in Charlotte County, officials said."), []),
    (("The quake killed 70 people in Sichuan province, officials said.",
      "The quake killed 90 people in Yunnan province, officials said."), []),
    # one county is one place
    (("The storm killed 9 people in Jefferson County, officials said.",
      "The storm killed 12 people in Jefferson County, officials said."), ["discrepancy"]),
    # (review) a place named alone may be one event's place said two ways, or none:
    # compared as before; nor a list of counties, nor an age's
    (("The storm killed 9 people in Texas, officials said.",
      "The storm killed 12 people in Houston, officials said."), ["discrepancy"]),
    (("The storm killed 13 people in Jefferson County and Orange County, officials said.",
      "The storm killed 15 people in Orange County, officials said."), ["discrepancy"]),
    (("Robert Pitman, 24, was arrested in Wellington County, police said.",
      "Robert Pitman, 25, was arrested in Taunton County, police said."), ["discrepancy"]),
    # (second review) a county's state after it, or a sheriff, is no list of counties
    (("The storm killed 9 people in Jefferson County, Alabama, officials said.",
      "The storm killed 4 people in Orange County, Florida, officials said."), []),
    # one county's name shortened or in initials is one county
    (("The fires killed 9 people in Los Angeles County, officials said.",
      "The fires killed 12 people in LA County, officials said."), ["discrepancy"]),
    (("The storm killed 9 people in Miami-Dade County, officials said.",
      "The storm killed 12 people in Dade County, officials said."), ["discrepancy"]),
    # (re-read) a word in common does not make two counties one
    (("The fires burned 9,000 acres in San Diego County, officials said.",
      "The fires burned 4,000 acres in San Bernardino County, officials said."), []),
    # (outside hunt) a division that opens the sentence, before a comma
    (("In Bramwell County, 165 homes were destroyed, officials said.",
      "In Ostrander County, 120 homes were destroyed, officials said."), []),
    (("In Bramwell County, a tornado with winds of 165 mph flattened much of Corley.",
      "In Ostrander County, a tornado with winds of 120 mph damaged the courthouse."), []),
    (("In Bramwell County, four people died, officials said.",
      "In Bramwell County, two people died, officials said."), ["discrepancy"]),
    (("In Bramwell County, where four people died, the storm hit hardest.",
      "In Ostrander County, where two people died, the storm hit hardest."), []),
    # (review) a figure past the opening's clause is not the county's
    (("In Bramwell County, four people died; statewide, 12 people died, officials said.",
      "In Ostrander County, three people died; statewide, 15 people died, officials said."),
     ["discrepancy"]),
    # (re-read) a few words before the opening's comma
    (("In Bramwell County alone, 165 homes were destroyed, officials said.",
      "In Ostrander County alone, 120 homes were destroyed, officials said."), []),
    # a province and a district of it may be one attack's, named in turn
    (("A suicide bomber killed 12 people in Helmand Province, officials said.",
      "A suicide bomber killed 15 people in Nad Ali District, officials said."),
     ["discrepancy"]),
]  # fmt: skip


_EXTENTS_APART = [
    # a crater's width and its depth were a warning, "50 is 25.0% above 40"
    (("The crater was 40 feet wide, fire officials said.",
      "The crater was 12 feet deep, fire officials said."), []),
    (("The blast left a 40-foot-wide crater, fire officials said.",
      "The blast left a crater 12 feet deep, fire officials said."), []),
    (("The wall is 3 metres high, officials said.",
      "The wall is 4 metres long, officials said."), []),
    # one extent, however said, is one subject
    (("The blast left a 40-foot-wide crater, fire officials said.",
      "The blast left a crater 50 feet across, fire officials said."), ["discrepancy"]),
    (("The crater was 40 feet wide, fire officials said.",
      "The crater was 40 feet wide, fire officials said."), ["corroboration"]),
    # (review) "across" and "deep" before where a distance goes are no extent
    (("The 1,172-mile-long pipeline carries crude oil, the company said.",
      "The pipeline runs 1,100 miles across four states, the company said."),
     ["discrepancy"]),
    (("Ukrainian forces advanced 10 kilometres deep into Russia, officials said.",
      "Ukrainian forces advanced 10 kilometres across the border, officials said."),
     ["corroboration"]),
]  # fmt: skip


_PERIODS_APART = [
    # (outside hunt) a yearly change against a monthly one was an error
    (("Inflation rose 2.4% year on year in October, the office said.",
      "Inflation rose 2.6% month on month in October, the office said."), []),
    (("Inflation rose 2.4% in October from a year earlier, the office said.",
      "Inflation rose 0.3% in October from the previous month, the office said."), []),
    (("Sales rose 4% y/y, the company said.", "Sales rose 3% q/q, the company said."), []),
    # (re-read) the period is the comparison's, not a word before it ("this month")
    (("Sales rose 3% this month from a week earlier, the company said.",
      "Sales rose 4% from the previous week, the company said."), ["discrepancy"]),
    # one period, however written, is compared; so is a change that says none
    (("Inflation rose 2.4% year on year in October, the office said.",
      "Inflation rose 2.6% from a year earlier in October, the office said."),
     ["discrepancy"]),
    (("Inflation rose 2.4% in October, the office said.",
      "Inflation rose 2.6% year-on-year in October, the office said."), ["discrepancy"]),
    # (review) what a level is said to be from is its baseline, no period of a change
    (("Inflation eased to 2.4% in October from the previous month's 2.6%, the office "
      "said.", "Inflation eased to 2.2% year on year in October, the office said."),
     ["discrepancy"]),
    (("Inflation was 2.4% in October, against the previous month's 2.1%, the office "
      "said.", "Inflation was 2.6% year on year in October, the office said."),
     ["discrepancy"]),
    (("Unemployment climbed to 4.3% in October from the previous month, the office said.",
      "Unemployment climbed to 4.5% in October from a year earlier, the office said."),
     ["discrepancy"]),
]  # fmt: skip


_PEOPLE_AND_THINGS = [
    # (outside hunt) one verb, a count of people and one of homes: an error
    (("About 14,000 people have been evacuated.", "About 5,000 homes have been evacuated."),
     []),
    (("The floods affected 12,000 people, officials said.",
      "The floods affected 3,000 households, officials said."), []),
    (("Officials ordered 900 people evacuated from the area.",
      "Officials ordered 300 buildings evacuated in the area."), []),
    (("The army lost 1,200 men in the battle.", "The army lost 900 tanks in the battle."),
     []),
    # a corroboration too: 40 people arrested are not 40 cars seized
    (("Police arrested 40 people on Sunday.", "Police seized 40 cars on Sunday."), []),
    # (review) jobs are no things: "3,000 jobs" are as often "3,000 workers"; nor is a
    # word that alone counts people as well as an object ("fighters", "fighter jets")
    (("The company will hire 5,000 workers at the plant.",
      "The company will add 4,000 jobs at the plant."), ["discrepancy"]),
    (("The air force sent 24 fighters to the base.",
      "The air force sent 20 fighter jets to the base."), ["discrepancy"]),
    # (second review) with a word before it too
    (("The air force received 24 stealth fighters last year.",
      "The air force received 20 stealth jets last year."), ["discrepancy"]),
    # people named two ways are compared; so are homes, and those a concept of their
    # own counts who may be people ("teachers")
    (("About 14,000 people have been evacuated.",
      "About 5,000 residents have been evacuated."), ["discrepancy"]),
    (("The fire destroyed 212 homes, officials said.",
      "The fire destroyed 340 houses, officials said."), ["discrepancy"]),
    (("About 14,000 teachers went on strike.", "About 11,000 people went on strike."),
     ["discrepancy"]),
]  # fmt: skip


@pytest.mark.parametrize(
    ("texts", "verdicts"),
    _DIVISIONS_APART + _EXTENTS_APART + _PERIODS_APART + _PEOPLE_AND_THINGS,
)
def test_figures_of_other_divisions_extents_periods_or_of_people_and_things_are_apart(
    tmp_path: Path, texts: tuple[str, str], verdicts: list[str]
) -> None:
    """Hard facts of clustering read from the words of a figure: two named divisions of
    one kind ("in Jefferson County", "in Orange County"), two extents of a length ("40
    feet wide", "12 feet deep"), two periods of a change ("year on year", "month on
    month"), a count of people and one of things ("14,000 people", "5,000 homes") are two
    subjects; one said two ways is one."""
    found = findings(tmp_path, *texts)
    assert [f.evidence["verdict"] for f in found] == verdicts, [f.message for f in found]


def test_a_gap_between_percents_is_in_percentage_points_in_the_evidence(tmp_path: Path) -> None:
    """(re-read) the message says the gap in percentage points; compared.gap_unit said
    "percent"."""
    (found,) = [f for f in findings(tmp_path, "Inflation fell to -0.1% in May.",
                                    "Inflation fell to -30 basis points in May.")
                if f.evidence["verdict"] == "discrepancy"]  # fmt: skip
    assert "0.2 percentage points above" in found.message
    assert found.evidence["compared"]["gap_unit"] == "percentage point"


def test_a_rate_before_the_counted_noun_is_its_own_subject(tmp_path: Path) -> None:
    """(outside hunt) "30 daily flights" lost its noun ("daily" ended the phrase as an
    adverb would), and a count read with it is none of a day's "40 flights" cancelled:
    "daily" makes a rate ("30 flights a day"), and a period that may be of a rate or of a
    count of periods ("12 weekly flights", "24 monthly payments", "40 hourly workers")
    keeps its claims apart from figures without it; two outlets' figures of one rate
    are compared."""
    ops = "The airline operates {} from Harlow airport, {}."
    for name, other in (("daily", "40 daily flights"), ("a-day", "40 flights a day")):
        (apart,) = findings(tmp_path / name, ops.format("30 daily flights", "a spokesman said"),
                            ops.format(other, "the BBC reported"))  # fmt: skip
        assert "flight per day: 30" in apart.message, apart.message
        assert (apart.severity, apart.evidence["verdict"]) == ("error", "discrepancy")
    cancelled = "The airline cancelled {} flights from Harlow airport on Monday, the BBC said."
    for name, said in (("daily-one-day", "30 daily flights"), ("weekly", "12 weekly flights")):
        story = write_story(tmp_path / name, ops.format(said, "a spokesman said"),
                            cancelled.format(40 if name == "daily-one-day" else 14))  # fmt: skip
        result = check([story], Settings(fail_on="never"))
        assert not [f for f in result.findings if f.kind == "numeric-agreement"]
        assert not [g for g in result.groups if len(g.claims) > 1]
    (weekly,) = [c for c in _claims_of(ops.format("12 weekly flights", "it said")) if c.value == 12]
    assert (weekly.unit, weekly.modifiers) == ("flight", ("weekly",))
    (paid,) = _claims_of("The firm has 40 hourly workers, it said.")
    assert (paid.unit, paid.modifiers) == ("worker", ("hourly",))
    (elderly,) = _claims_of("The home has 12 elderly residents, the council said.")
    assert (elderly.value, elderly.unit, elderly.modifiers) == (12, "resident", ("elderly",))
    # (review) not every word in -ly: "40 early today", "12 likely face charges"
    for text in ("The toll hit 40 early today as rescuers dug.",
                 "Of the 30 arrested, 12 likely face charges."):  # fmt: skip
        assert [c.unit for c in _claims_of(text) if c.value in (12, 40)] == [None], text
