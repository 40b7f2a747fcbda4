"""Time expressions, with and without a published date to anchor them."""

from __future__ import annotations

from datetime import date

import pytest

from crosscheck.extract.timex import find_times
from crosscheck.model import Claim
from tests.conftest import HELD_READINGS

ANCHOR = date(2025, 3, 6)  # a Thursday


def one(
    text: str, anchor: date | None = ANCHOR
) -> tuple[str, str | None, str | None, str | None, bool]:
    found = find_times(text, anchor)
    assert len(found) == 1, [t.span for t in found]
    t = found[0].span
    return t.surface, t.start, t.end, t.granularity, t.relative


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The plant opened in 2006.", ("2006", "2006-01-01", "2006-12-31", "year", False)),
        ("It closed in February 2016.", ("February 2016", "2016-02-01", "2016-02-29", "month", False)),
        ("The vote was on March 6, 2025.", ("March 6, 2025", "2025-03-06", "2025-03-06", "day", False)),
        ("Sent in January and February.", ("January and February", "2025-01-01", "2025-02-28", "month", True)),
        ("It happened in late February.", ("late February", "2025-02-21", "2025-02-28", "month", True)),
        ("Talks resume in early March.", ("early March", "2025-03-01", "2025-03-10", "month", True)),
        ("It rose last year.", ("last year", "2024-01-01", "2024-12-31", "year", True)),
        ("It rose this year.", ("this year", "2025-01-01", "2025-12-31", "year", True)),
        ("Deployed in the first two months of this year.",
         ("the first two months of this year", "2025-01-01", "2025-02-28", "month", True)),
        ("Sent around October last year.",
         ("around October last year", "2024-10-01", "2024-10-31", "month", True)),
        ("It exploded a few days ago.", ("a few days ago", "2025-03-01", "2025-03-04", "day", True)),
        ("It was said earlier this year.", ("earlier this year", "2025-01-01", "2025-03-06", "year", True)),
        ("Early Thursday, the army said so.", ("Early Thursday", "2025-03-06", "2025-03-06", "day", True)),
        ("They met on Monday.", ("on Monday", "2025-03-03", "2025-03-03", "day", True)),
        ("Last May, the launch failed.", ("Last May", "2024-05-01", "2024-05-31", "month", True)),
        ("The toll rose last week.", ("last week", "2025-02-24", "2025-03-02", "day", True)),
        # (sixteenth hunt) "next", "coming" and "this coming" weekdays are ahead, not the
        # last one ("next Friday" was the Friday before)
        ("They meet next Friday.", ("next Friday", "2025-03-07", "2025-03-07", "day", True)),
        ("They meet next Thursday.", ("next Thursday", "2025-03-13", "2025-03-13", "day", True)),
        ("Schools reopen this coming Monday.",
         ("this coming Monday", "2025-03-10", "2025-03-10", "day", True)),
        ("They met last Thursday.", ("last Thursday", "2025-02-27", "2025-02-27", "day", True)),
        # (its review) "the next Monday" of a story told in the past is no coming one
        ("She returned the next Monday.", ("Monday", "2025-03-03", "2025-03-03", "day", True)),
        # (seventeenth round) a weekday in a future tense a few words on is the coming one
        # ("Three schools will stay closed on Monday" was the Monday before the article)
        pytest.param("Schools will stay closed on Monday.", ("on Monday", "2025-03-10", "2025-03-10", "day", True), marks=HELD_READINGS),
        pytest.param("He is due to appear in court on Friday.",
         ("on Friday", "2025-03-07", "2025-03-07", "day", True), marks=HELD_READINGS),
        pytest.param("The museum'll reopen Tuesday.", ("Tuesday", "2025-03-11", "2025-03-11", "day", True), marks=HELD_READINGS),
        # not a past tense, one said of the past, another clause's "will", nor one far off
        ("He was due to appear in court on Friday.",
         ("on Friday", "2025-02-28", "2025-02-28", "day", True)),
        ("The plant will close, the firm said on Monday.",
         ("on Monday", "2025-03-03", "2025-03-03", "day", True)),
        ("It will be a year since the plant, the county's largest employer for decades, shut on Monday.",
         ("on Monday", "2025-03-03", "2025-03-03", "day", True)),
        # (its review) curly apostrophes; no word between that opens another clause or
        # tells of the past; "will" of a name or a noun
        pytest.param("We\u2019ll announce the result on Friday.",
         ("on Friday", "2025-03-07", "2025-03-07", "day", True), marks=HELD_READINGS),
        pytest.param("We won\u2019t reopen on Monday.", ("on Monday", "2025-03-10", "2025-03-10", "day", True), marks=HELD_READINGS),
        ("Police will not say who was arrested on Monday.",
         ("on Monday", "2025-03-03", "2025-03-03", "day", True)),
        ("The shop will reopen after it was damaged on Monday.",
         ("on Monday", "2025-03-03", "2025-03-03", "day", True)),
        ("He is expected to have died on Monday.",
         ("on Monday", "2025-03-03", "2025-03-03", "day", True)),
        ("They'll decide what happened on Monday.",
         ("on Monday", "2025-03-03", "2025-03-03", "day", True)),
        # (second review) "have to" is no past; (third review) another clause between,
        # which may tell of the past, keeps the last day, as a name's "Will" does
        pytest.param("Officials will have to decide on Monday.",
         ("on Monday", "2025-03-10", "2025-03-10", "day", True), marks=HELD_READINGS),
        ("The city will honour the firefighters who died on Sunday.",
         ("on Sunday", "2025-03-02", "2025-03-02", "day", True)),
        ("Investigators will examine the plane that crashed on Sunday.",
         ("on Sunday", "2025-03-02", "2025-03-02", "day", True)),
        ("Will scored twice on Sunday.", ("on Sunday", "2025-03-02", "2025-03-02", "day", True)),
        ("Will Pucovski scored 120 runs on Tuesday.",
         ("on Tuesday", "2025-03-04", "2025-03-04", "day", True)),
        ("The free will of voters was tested on Sunday.",
         ("on Sunday", "2025-03-02", "2025-03-02", "day", True)),
    ],
)  # fmt: skip
def test_with_published_date(text: str, expected: tuple[object, ...]) -> None:
    assert one(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The plant opened in 2006.", ("2006", "2006-01-01", "2006-12-31", "year", False)),
        ("It closed in February 2016.", ("February 2016", "2016-02-01", "2016-02-29", "month", False)),
        ("Sent in January and February.", ("January and February", "--01", "--02", "month", False)),
        ("It happened in late February.", ("late February", "--02", "--02", "month", False)),
        ("It rose last year.", ("last year", None, None, "year", True)),
        ("Deployed in the first two months of this year.",
         ("the first two months of this year", None, None, "month", True)),
        ("It exploded a few days ago.", ("a few days ago", None, None, "day", True)),
        ("Early Thursday, the army said so.", ("Early Thursday", None, None, "day", True)),
    ],
)  # fmt: skip
def test_without_published_date(text: str, expected: tuple[object, ...]) -> None:
    assert one(text, None) == expected


def test_modal_may_is_no_month() -> None:
    assert find_times("Officials may raise the toll.", ANCHOR) == []


def test_claim_time_uses_published_default() -> None:
    from crosscheck.config import Settings
    from crosscheck.pipeline import run
    from tests.conftest import SEEDS

    result = run([SEEDS / "000_71db2a8b7660cb1e.txt"], Settings(published_default=ANCHOR))
    c = next(c for c in result.claims if c.text == "at least 3,000 additional troops")
    assert c.time is not None and (c.time.start, c.time.end) == ("2025-01-01", "2025-02-28")


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        # a word between the time and the figure moves the time on: the figure has none
        ("The agency proposed the rules in May and since has received nearly 300,000 "
         "comments.", "nearly 300,000 comments", None),
        ("The firm had 300 staff in 2005 and now employs 500 people.", "500 people", None),
        ("In March the agency approved the plan and later hired 40 inspectors.",
         "40 inspectors", None),
        ("In 2005 the firm opened and has so far hired 120 workers.", "120 workers", None),
        ("The agency, which proposed them in May, has since received 300 comments.",
         "300 comments", None),
        # nothing between them, or "later" after a duration (a time of its own): the time
        ("In May the agency received 300 comments.", "300 comments", "In May"),
        ("This morning, 41 years later, police charged the woman with two counts of "
         "murder.", "two counts", "This morning"),
        ("In March, 40 people were hurt in the blast, officials said.", "40 people", "In March"),
        # (review) an aside, a "since" of cause or of a starting point, a word that only
        # holds one of those words: the time before stands
        ("In 2005 the company, now part of Siemens, had 300 employees.", "300 employees",
         "2005"),
        ("In 2006, the now-defunct airline carried 2 million passengers.",
         "2 million passengers", "2006"),
        ("In 2008, since prices were low, the firm hired 300 workers.", "300 workers",
         "2008"),
        ("In 2008 the economy had its worst year since the Depression and lost 2.6 million "
         "jobs.", "2.6 million jobs", "2008"),
        ("In 2007, the firm, which later went bankrupt, employed 300 people.", "300 people",
         "2007"),
        ("On Tuesday, a gunman opened fire and moments later 12 people were dead.",
         "12 people", "On Tuesday"),
        ("On Monday police arrived and shortly afterwards arrested 3 men.", "3 men",
         "On Monday"),
        ("In May, the rules passed and later that month 300 comments arrived.",
         "300 comments", "In May"),
        ("In 2007 the firm went so far as to cut 300 jobs.", "300 jobs", "2007"),
        ("In 2007, NOW had 500,000 members.", "500,000 members", "2007"),
    ],
)  # fmt: skip
def test_claim_time_before_it_unless_moved_on(text: str, figure: str, expected: str | None) -> None:
    assert _time_of(text, figure) == expected


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        # a time after ", but" and a clause of its own is that clause's
        ("He was jailed for 12 years, but it took until 2003 for him to admit it.",
         "12 years", None),
        ("Bush played in 10 games, but had to sit out after knee surgery in October.",
         "10 games", None),
        ("The firm hired 300 workers, but in 2009 it closed the plant.", "300 workers", None),
        # or after a semicolon, or ", although"
        ("Seven men received sentences from 7 to 75 years; another goes on trial this "
         "month.", "7 to 75 years", None),
        ("The firm hired 300 workers, although it closed a plant in 2009.", "300 workers",
         None),
        # before the "but", or a "but" that narrows the time itself: the claim's
        ("The firm hired 300 workers in 2009, but it closed the plant.", "300 workers",
         "2009"),
        ("The firm lost $3 million, but not until 2009.", "$3 million", "2009"),
        ("Police arrested 3 men on Monday.", "3 men", "on Monday"),
    ],
)  # fmt: skip
def test_a_time_after_but_and_a_clause_is_that_clause_s(
    text: str, figure: str, expected: str | None
) -> None:
    """ "He was jailed for 12 years, but it took until 2003 ..." gave the sentence 2003 as
    its time frame, and a warning that articles gave 12 years for 1997 and for 2003."""
    assert _time_of(text, figure) == expected


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        # what a change is measured from is not its time frame: the time before is
        ("Agents made 56,400 apprehensions in October, down 12% from September, CBP said.",
         "12%", "in October"),
        ("Prices were up 3% from last year in November, officials said.", "3%", "in November"),
        ("Sales rose 7% from 2023, the company said.", "7%", None),
        ("Arrests in October were 56,400, a 12% drop from the previous month.", "12%",
         "in October"),
        ("In May, sales rose 4% compared with last year.", "4%", "In May"),
        ("In May, sales rose 4% versus last year.", "4%", "In May"),
        ("Sales rose 7% From 2023, the company said.", "7%", None),
        ("In May, sales rose 4% relative to last year.", "4%", "In May"),
        ("Inflation rose 3.2% over the same period last year.", "3.2%", None),
        ("Prices rose 0.3% over the previous month in May.", "0.3%", "in May"),
        ("Sales were up 3% on last year in October.", "3%", "in October"),
        ("Sales in October were 12% higher than in September.", "12%", "in October"),
        ("There was a 12% drop in arrests from the previous month in October.", "12%",
         "in October"),
        # a baseline is no time of the sentence's other changes either
        ("In October, prices rose 0.3% from September and were up 2.6% from October 2025.",
         "2.6%", "In October"),
        ("Home prices fell 3% from May and rose 2% from June 2025.", "2%", None),
        # (second review) the level reached from a baseline is no figure of its time; a
        # clause that refers back to it ("when") is
        ("Arrests fell 12% from September to about 56,400, police said.", "12%", None),
        ("Arrests fell 12% from September to about 56,400, police said.", "about 56,400",
         None),
        ("Revenue rose 4% from last year to reach $3 billion.", "4%", None),
        # (outside hunt) nor of a figure in a clause after it: the outlook was dated to
        # last year, the baseline before it
        ("The company posted sales of $4.8bn, an increase of about 6% on last year, and "
         "said it now expects full-year revenue of $19bn.", "$19bn", None),
        ("Revenue grew 12% on last year, reaching $2.1bn.", "$2.1bn", None),
        ("Inflation rose 0.4% from September, and the central bank kept its rate at 4.5%.",
         "4.5%", None),
        # (review) unless its words tie it back: a possessive, a level of it, a clause
        # that refers back, with no clause joined on after that one
        ("Sales rose 5% from 2022, which had seen revenue of $3bn.", "$3bn", "2022"),
        ("Visitors rose 3% from last year's 1,200 visitors.", "1,200 visitors", "last year"),
        ("Enrollment rose 4% from 2023 levels of 15,200 students.", "15,200 students",
         "2023"),
        ("Crime fell 5% from last year, which saw 12,000 offences.", "12,000 offences",
         "last year"),
        ("The party's vote fell 8% from 2019, the year it won 202 seats.", "202 seats",
         "2019"),
        ("Sales rose 15% from last year, when the group sold 2 million phones, and it now "
         "expects 2.3 million phones.", "2.3 million phones", None),
        ("In October, arrests fell 12% from September, when police made 64,000 arrests.",
         "64,000 arrests", "from September"),
        ("In March, retail sales rose 0.4% from February, when they had fallen 0.8%.",
         "0.8%", "from February"),
        ("Enrollment rose 4% from 2023, when the district had 15,200 students.",
         "15,200 students", "2023"),
        # a level's earlier figure set off after it: the time is that figure's
        ("In October, inflation in the US was 3.1%, up from 2.9% in September.", "3.1%",
         "In October"),
        ("Unemployment was 4.1% in September, up from 3.9% in August.", "4.1%",
         "in September"),
        ("In October, inflation was 3.1%, up from 2.9% in September 2026.", "3.1%",
         "In October"),
        ("In October, burglaries numbered 1,200, down from 1,500 in the same period last "
         "year.", "1,200", "In October"),
        # (review) a time after a comma is the level's own
        ("Inflation was 3.1%, up from 2.9%, in October.", "3.1%", "in October"),
        ("Prices rose to $40 from $30 in 2023, the company said.", "$40", "2023"),
        # a day it happened on; a period over which it happened
        ("Shares rose 3% on Monday, traders said.", "3%", "on Monday"),
        ("Exports fell 2% over the last three months.", "2%", "the last three months"),
        ("Profits fell 9% against the same month of last year.", "9%", None),
        # a period the change spans, a time past the baseline's words, a figure no change
        ("Sales rose 7% from March to May, the company said.", "7%", "March to May"),
        ("Sales rose 7% From March To May, the company said.", "7%", "From March"),
        ("Sales rose 7% from March until May, the company said.", "7%", "from March"),
        ("Homicides fell 12% from January 1 to June 30.", "12%", "January 1"),
        ("Cases rose 12% from Monday through Wednesday.", "12%", "Monday"),
        ("Cases rose 12% from Monday - Wednesday.", "12%", "Monday"),
        ("Homicides fell 12% from 2023 through June, police said.", "12%", "2023"),
        ("Exports fell 4% from a year earlier in March, officials said.", "4%", "in March"),
        ("The shop sold 300 bikes from September, the owner said.", "300 bikes",
         "from September"),
    ],
)  # fmt: skip
def test_what_a_change_is_measured_from_is_no_time_frame(
    text: str, figure: str, expected: str | None
) -> None:
    """ "in October, down 12% from September" gave the 12% September as its time frame,
    and a warning that another article's "a 12% drop ... in October" was of another
    month."""
    assert _time_of(text, figure) == expected


def _claim_of(text: str, figure: str) -> Claim:
    """The claim ``figure`` of ``text`` as extraction gives it, times and sources read."""
    from crosscheck.config import Settings
    from crosscheck.extract.document import extract_document
    from crosscheck.ingest.textbuild import split_paragraphs
    from crosscheck.model import Document
    from crosscheck.pipeline import alias_table
    from crosscheck.segment import segment

    doc = Document("t.txt", "t.txt", "text", text, split_paragraphs(text), published=ANCHOR)
    claims = extract_document(doc, segment(doc), alias_table(Settings()))
    return next(c for c in claims if c.text == figure)


def _time_of(text: str, figure: str) -> str | None:
    """The time frame extraction gives the claim ``figure`` of ``text``."""
    c = _claim_of(text, figure)
    return c.time.surface if c.time else None


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        ("The earthquake killed 40 people, the deadliest since 2005, officials said.",
         "40 people", None),
        ("The 48-hour strike is the largest since 2019.", "48-hour", None),
        ("It was the first rate cut since March, with rates at 4.5%.", "4.5%", None),
        # the year a "when" clause goes back to is its figures' time; a rank's figure
        # keeps a time of its own
        ("The strike is the largest since 2019, when 900 flights were cancelled.",
         "900 flights", "2019"),
        ("The quake killed 40 people on Sunday, the deadliest since 2005.", "40 people",
         "on Sunday"),
        # a "since" no rank leads to is the frame counted over
        ("The virus has killed 300 people since 2019, officials said.", "300 people",
         "2019"),
        # (review) nor "at least", "most of them", a span's ordinal; a rank's time written
        # without "since" in it, a "when" after it however written
        ("The virus has killed at least 300 people since 2019, officials said.",
         "at least 300 people", "2019"),
        ("In the first six months since March, 300 people died.", "300 people",
         "since March"),
        ("The quake killed 40 people, the deadliest since January 20.", "40 people", None),
        ("The index fell 3%, the worst day since Friday.", "3%", None),
        ("The strike is the largest since 2019 when 900 flights were cancelled.",
         "900 flights", "2019"),
        ("Unemployment rose to 5% in April, the highest since 2019 (when it reached 5.2%).",
         "5.2%", "2019"),
        # (second review) other words back to the rank's time, "since then", a fraction,
        # "latest", an owner's "most", a clause of its own after the "when"
        ("It was the worst flood since 2010, a year in which 52 people died.", "52 people",
         "2010"),
        ("It was the worst flood since 2010, which saw 52 deaths.", "52 deaths", "2010"),
        ("It is the 5th strike since January, and 400 flights have been cancelled since "
         "then.", "400 flights", "since January"),
        ("The company has cut its staff by a fifth since 2020, or 4,000 jobs.",
         "4,000 jobs", "2020"),
        ("The latest figures since January show 300 deaths.", "300 deaths",
         "since January"),
        ("Kane scored 30 goals, his most since 2019.", "30 goals", None),
        # (re-read) an owner's "most" only ("most of them" counts over the time), "since
        # then" in the figure's own clause only, an ordinal in digits
        ("The army has lost 40 soldiers, most of them since 2021.", "40 soldiers", "2021"),
        ("It was the deadliest quake since 2005, killing 40 people; 12 more have died "
         "since then.", "40 people", None),
        ("The 2nd year since 2020 saw 300 deaths.", "300 deaths", "2020"),
        ("The dam released 10,000 litres per second since Tuesday.",
         "10,000 litres per second",
         "Tuesday"),
        ("It was the worst flood since 2010, when 52 people died, and this time 40 people "
         "were killed.", "40 people", None),
    ],
)  # fmt: skip
def test_a_rank_since_a_time_gives_its_figure_no_time_frame(
    text: str, figure: str, expected: str | None
) -> None:
    """ "killed 40 people, the deadliest since 2005" was dated to 2005, and another
    outlet's "the worst toll since 1998" made a warning that the same 40 was given for
    different time frames (the matcher read the rank already; one reading for both now:
    scope.ranks_since)."""
    assert _time_of(text, figure) == expected


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        # a time of a clause that ", and" ends before a speaker's is that clause's, not
        # the statement's (the hunt's "A dozen whales" took the next clause's Wednesday)
        ("A dozen whales had been refloated by Tuesday evening, and the alliance said it "
         "hoped to return more to the water on Wednesday's morning tide.", "A dozen whales",
         "Tuesday"),
        ("On Monday, police raided 12 homes, and officials said 40 people were arrested.",
         "12 homes", "On Monday"),
        # the statement's own times stay the statement's
        ("Early Thursday, police said 12 people died.", "12 people", None),
        ("Police said on Monday that 12 people died.", "12 people", None),
        ("On Monday, police raided 12 homes, and officials said 40 people were arrested.",
         "40 people", None),
    ],
)  # fmt: skip
def test_a_time_of_a_clause_before_a_speakers_is_that_clauses(
    text: str, figure: str, expected: str | None
) -> None:
    assert _time_of(text, figure) == expected


@pytest.mark.parametrize(
    ("text", "figure", "when"),
    [
        # (review) a lead-in whose ", and" does not run into the speaker is the
        # statement's: its time is when it was said
        ("In an interview on Monday, and in a statement later, the minister said 300 "
         "troops would go.", "300 troops", "on Monday"),
        ("Speaking on Monday, and flanked by generals, the minister said 300 troops would "
         "be sent.", "300 troops", "on Monday"),
        ("Two days ago, and for the first time, the president said 500 prisoners would be "
         "freed.", "500 prisoners", "Two days ago"),
    ],
)  # fmt: skip
def test_a_lead_in_before_a_speaker_keeps_the_statements_time(
    text: str, figure: str, when: str
) -> None:
    c = _claim_of(text, figure)
    assert c.attribution is not None and c.attribution.when == when


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        # an aside that says when a thing came to be gives its figures no time (the
        # hunt's "£4.2m" was dated 1968 and warned against another outlet's 2022)
        ("The tower, built in 1968, was home to 300 people.", "300 people", None),
        ("The firm, founded in 1990, cut 500 jobs.", "500 jobs", None),
        ("The plant, built in 2001 and expanded in 2010, employs 300 people.",
         "300 people", None),
        # a time of the figure's own still does; an aside of the event itself, a time
        # that opens the sentence or follows the figure are the figure's
        ("The firm, founded in 1990, cut 500 jobs last year.", "500 jobs", "last year"),
        ("The attack, carried out on Monday, killed 12 people.", "12 people", "on Monday"),
        ("In 2019, the firm, founded in 1990, cut 500 jobs.", "500 jobs", "2019"),
        ("The firm cut 500 jobs in 2019.", "500 jobs", "2019"),
        # (review) not a verb that may be the news itself, nor a day
        ("Biden, elected in 2020, won 306 electoral votes.", "306 electoral votes", "2020"),
        ("The museum, opened on Monday, drew 5,000 visitors.", "5,000 visitors",
         "on Monday"),
        ("The bridge, completed in 2022, cost £4.2m.", "£4.2m", "2022"),
        ("The company was set up in 1990, opened a store in 2001, and cut 500 jobs.",
         "500 jobs", "2001"),
        # (second review) a full date too, and a relative of beginning; not a time told
        # from the article's ("built two years ago", "born on Monday")
        ("The firm, founded in March 1990, cut 500 jobs.", "500 jobs", None),
        ("The company, which was founded in 1990, cut 500 jobs.", "500 jobs", None),
        ("The baby, born on Monday, weighed 3.2kg.", "3.2kg", "on Monday"),
        ("The plant, built last year, employs 300 workers.", "300 workers", None),
        # a time after the figure whose words hold a claim of their own ("four years")
        # is the figure's: it was passed over for the aside's 1968
        ("Harland House, built in 1968, underwent a £4.2m refurbishment four years ago.",
         "£4.2m", "four years ago"),
        ("The firm cut 500 jobs two years ago.", "500 jobs", "two years ago"),
        # the same words opening the sentence (a re-read's case: "Built in 1968" dated
        # the £4.2m); not a verb that may be the news, nor a time of the sentence's own
        ("Built in 1968, the tower underwent a £4.2m refurbishment four years ago.",
         "£4.2m", "four years ago"),
        ("Founded in March 1990, the firm cut 500 jobs.", "500 jobs", None),
        # (re-read) with no time of its own after the figure; and "Built" as a participle
        # only: an adjective's opening ("Established carriers") is no aside of origin
        ("Built in 1968, the tower underwent a £4.2m refurbishment.", "£4.2m", None),
        ("Established carriers were hit hardest in 2020, when 300 flights were cancelled.",
         "300 flights", "2020"),
        ("Opened in 2019, the museum drew 5,000 visitors.", "5,000 visitors", "2019"),
        ("In 2019, founded two decades before, the firm cut 500 jobs.", "500 jobs", "2019"),
        ("The firm cut 500 jobs and 20 stores two years ago.", "500 jobs", None),
        # (review) not a time that opens the next clause
        ("The club paid £40m for him, and two years ago he cost £10m.", "£40m", None),
        ("The firm now employs 500 people, while four years ago it employed 300.",
         "500 people", None),
        ("The club paid £40m for him and two years ago he cost £10m.", "£40m", None),
        ("The club now costs £40m but only two years ago he cost £10m.", "£40m", None),
        ("Tourists spent £40m in Rome and Italy two years ago.", "£40m", "two years ago"),
        # (second review) an "and" inside the figure's phrase opens no clause
        ("The council spent £4.2m on the hall and gardens four years ago.", "£4.2m",
         "four years ago"),
    ],
)  # fmt: skip
def test_a_things_beginning_in_an_aside_is_not_its_figures_time(
    text: str, figure: str, expected: str | None
) -> None:
    assert _time_of(text, figure) == expected
