"""Publication dates and a figure's timeline: update, contradiction, or cannot tell.

The fixtures in tests/fixtures/timeline/ were written for this: a ferry toll reported by
three outlets over one day (front matter, a saved HTML page and a JSON record, each with
its time of day), and the same stories as plain text with no date anywhere.
"""

from __future__ import annotations

import itertools
import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from crosscheck.config import Settings
from crosscheck.ingest.dates import from_dateline, from_file_name, from_url, read_moment
from crosscheck.model import Finding
from crosscheck.pipeline import check
from tests.conftest import invoke, write_story

FIXTURES = Path(__file__).parent / "fixtures" / "timeline"


@pytest.fixture(scope="module")
def rising(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict, Path]:
    out = tmp_path_factory.mktemp("rising")
    result = invoke("check", str(FIXTURES / "rising"), "--out", str(out), "--format",
                    "html,json,sarif", "--fail-on", "never", "-q")  # fmt: skip
    assert result.exit_code == 0, result.output
    return json.loads((out / "report.json").read_text(encoding="utf-8")), out


def test_each_format_gives_its_time_of_day_and_says_where_it_came_from(rising):
    report, _ = rising
    dating = {d["id"]: d["dating"] for d in report["documents"]}
    assert dating["herald.md"] == {"published": "2024-04-02T07:45+02:00", "updated": None,
                                   "source": "front matter: published"}  # fmt: skip
    assert dating["radio.html"]["published"] == "2024-04-02T12:20+02:00"
    assert dating["radio.html"]["source"] == "HTML page (htmldate)"
    assert dating["courier.json"]["source"] == "JSON field: published"
    assert {d["published"] for d in report["documents"]} == {"2024-04-02"}


def test_a_toll_rising_over_one_day_is_an_update_with_the_latest_figure(rising):
    report, _ = rising
    [finding] = [f for f in report["findings"] if f["kind"] == "numeric-agreement"]
    assert finding["difference"]["kind"] == "update"
    assert "later reports carry a higher figure: 4" in finding["difference"]["why"]
    assert [e["document"] for e in finding["timeline"]] == ["herald.md", "radio.html",
                                                            "courier.json"]  # fmt: skip
    assert [e["values"] for e in finding["timeline"]] == [[4], [9], [13]]
    assert finding["latest"]["values"] == [13]
    assert finding["latest"]["outlets"] == ["Evening Courier"]
    assert finding["latest"]["independent_sources"] == "1 independent source: Evening Courier"
    assert "an update" in finding["message"]


def test_sarif_and_the_page_carry_the_timeline(rising):
    _report, out = rising
    sarif = json.loads((out / "report.sarif").read_text(encoding="utf-8"))
    props = sarif["runs"][0]["results"][0]["properties"]
    assert props["difference"]["kind"] == "update"
    assert props["latest"]["values"] == [13]
    assert len(props["timeline"]) == 3
    page = (out / "report.html").read_text(encoding="utf-8")
    assert 'class="timeline-chart"' in page
    # the chart's own words; each outlet isolated (crosscheck.report.bidi)
    assert "13 (\u2068Evening Courier\u2069, 2024-04-02T19:10+02:00)" in page
    assert "Latest: <strong>13</strong>, from <bdi>Evening Courier</bdi>" in page
    assert "published 2024-04-02T12:20+02:00, from the HTML page (htmldate)" in page


def test_undated_articles_are_never_given_a_date(tmp_path):
    result = check([FIXTURES / "undated"], Settings(fail_on="never"))
    assert all(d.dating is None and d.published is None for d in result.documents)
    [finding] = [f for f in result.findings if f.kind == "numeric-agreement"]
    assert finding.difference is not None
    assert finding.difference["kind"] == "undetermined"
    assert finding.latest is None
    run = invoke("check", str(FIXTURES / "undated"), "--out", str(tmp_path), "--format",
                 "html", "--fail-on", "never", "-q")  # fmt: skip
    assert run.exit_code == 0, run.output
    page = (tmp_path / "report.html").read_text(encoding="utf-8")
    assert "Latest figure unknown: no article is dated." in page
    assert "no date found (none in its metadata, dateline, address or file name)" in page


def test_a_date_in_the_file_name_then_the_default(tmp_path):
    text = (FIXTURES / "undated" / "herald.txt").read_text(encoding="utf-8")
    (tmp_path / "20240402_0745_herald.txt").write_text(text, encoding="utf-8")
    (tmp_path / "courier.txt").write_text(text.replace("four", "13"), encoding="utf-8")
    docs = {d.id: d for d in check([tmp_path], Settings(fail_on="never")).documents}
    assert docs["20240402_0745_herald.txt"].dating.published == "2024-04-02T07:45"
    assert docs["20240402_0745_herald.txt"].dating.source == "file name"
    assert docs["courier.txt"].dating is None
    settings = Settings(fail_on="never", published_default=date.fromisoformat("2024-04-03"))
    docs = {d.id: d for d in check([tmp_path], settings).documents}
    assert docs["courier.txt"].dating.source == "--published-default"
    assert docs["20240402_0745_herald.txt"].dating.source == "file name"  # the file's own


def test_a_bad_date_is_a_warning_naming_the_file_and_the_article_is_still_read(tmp_path):
    (tmp_path / "a.md").write_text("---\npublished: the day after the storm\n---\n\n"
                                   "The storm killed four people, police said.\n")  # fmt: skip
    result = check([tmp_path], Settings(fail_on="never"))
    assert [d.id for d in result.documents] == ["a.md"]
    assert result.documents[0].dating is None
    [diag] = result.diagnostics
    assert diag.path.endswith("a.md")
    assert "published" in diag.message and "the day after the storm" in diag.message


def _dated_three_ways(folder: Path, stamp: str) -> None:
    """One article with ``stamp`` as its publication time in front matter, a JSON record
    and a saved page's metadata (the fixture's page with its timestamp replaced)."""
    body = "The storm killed four people, police said."
    (folder / "a.md").write_text(f"---\npublished: {stamp}\n---\n\n{body}\n")
    (folder / "b.json").write_text(json.dumps({"published": stamp, "text": body}))
    page = (FIXTURES / "rising" / "radio.html").read_text(encoding="utf-8")
    assert page.count("2024-04-02T12:20:00+02:00") == 1
    (folder / "c.html").write_text(page.replace("2024-04-02T12:20:00+02:00", stamp))


@pytest.mark.parametrize(
    "stamp",
    [
        "2024-03-05T25:00:00",
        "2024-03-05T10:61",
        "2024-03-05T24:00:00+02:00",
        # offsets no clock shows: a page whose meta says so lost its whole article
        "2024-03-05T10:00:00-99:00",
        "2024-03-05T10:00:00+25:00",
        "2024-03-05T10:00:00+05:99",
        # a space for the 'T', or before the offset: +05:99 was read as +06:39 in front
        # matter and JSON, and a page lost its title and date without a word
        "2024-03-05 10:00:00+05:99",
        "2024-03-05 10:00:00 +05:99",
        "2024-03-05 10:00:00+25:00",
        "2024-03-05T10:00:00 -99:00",
    ],
)
def test_an_impossible_time_is_a_warning_naming_the_file_and_keeps_its_day(tmp_path, stamp):
    """'T25:00' was dated by its day without a word: the day is almost surely right and is
    kept, and each reader (front matter, JSON, a page's meta tags) says which file's time
    was not used."""
    _dated_three_ways(tmp_path, stamp)
    result = check([tmp_path], Settings(fail_on="never"))
    dating = {d.id: d.dating for d in result.documents}
    assert {d.published for d in dating.values()} == {"2024-03-05"}
    assert len(dating) == 3
    warned = {Path(d.path).name: d.message for d in result.diagnostics}
    assert set(warned) == {"a.md", "b.json", "c.html"}
    assert all("time not understood" in m and repr(stamp) in m for m in warned.values())


def test_a_page_whose_offset_no_clock_shows_keeps_its_title(tmp_path):
    """A page whose timestamp has a space for the 'T' and an offset of +25:00 was read again
    without its metadata: no title, no date, no word. Its offset is left out as with a 'T'."""
    _dated_three_ways(tmp_path, "2024-04-02 12:20:00+25:00")
    result = check([tmp_path], Settings(fail_on="never"))
    [page] = [d for d in result.documents if d.id == "c.html"]
    assert page.title == "Ferry disaster: rescuers search the water"
    assert page.dating is not None and page.dating.published == "2024-04-02"


def test_a_page_read_without_its_metadata_says_so(tmp_path):
    """A timestamp the HTML reader fails on that is not ISO ('2024/04/02 12:20:00+25:00'):
    the page is read without its metadata, and the reader says so naming the file (it was
    silent, and the page's title and date were gone)."""
    _dated_three_ways(tmp_path, "2024/04/02 12:20:00+25:00")
    (tmp_path / "a.md").unlink()
    (tmp_path / "b.json").unlink()
    result = check([tmp_path], Settings(fail_on="never"))
    [page] = result.documents
    assert "rescuers" in page.text and page.title is None
    [diag] = result.diagnostics
    assert Path(diag.path).name == "c.html"
    assert "metadata could not be read" in diag.message and "title" in diag.message


@pytest.mark.parametrize("quote", ['"', "'"])
def test_a_quoted_front_matter_stamp_with_an_offset_no_clock_shows_is_a_warning(tmp_path, quote):
    (tmp_path / "a.md").write_text(
        f"---\npublished: {quote}2024-03-05 10:00:00+05:99{quote}\n---\n\nFour people died.\n"
    )
    result = check([tmp_path], Settings(fail_on="never"))
    assert result.documents[0].dating.published == "2024-03-05"
    [diag] = result.diagnostics
    assert diag.path.endswith("a.md") and "+05:99" in diag.message


def test_an_impossible_offset_is_a_warning_and_keeps_its_day(tmp_path):
    (tmp_path / "a.jsonl").write_text(json.dumps({"published": "2024-03-05T10:00:00-99:00",
                                                  "text": "Four people died."}) + "\n")  # fmt: skip
    result = check([tmp_path], Settings(fail_on="never"))
    assert result.documents[0].dating.published == "2024-03-05"
    [diag] = result.diagnostics
    assert diag.path.endswith("a.jsonl") and diag.line == 1 and "-99:00" in diag.message


@pytest.mark.parametrize(
    ("stamp", "moment"),
    [
        ("2024-04-02T9:30", "2024-04-02T09:30"),
        ("2024-04-02T9:30:00+02:00", "2024-04-02T09:30+02:00"),
    ],
)
def test_a_one_digit_hour_is_a_time_of_day_and_no_warning(tmp_path, stamp, moment):
    _dated_three_ways(tmp_path, stamp)
    result = check([tmp_path], Settings(fail_on="never"))
    assert not result.diagnostics
    dating = {d.id: d.dating.published for d in result.documents}
    assert dating["a.md"] == dating["b.json"] == moment
    if "+" in stamp:  # a page's timestamp is read with its offset (as two-digit hours are)
        assert dating["c.html"] == moment


def test_an_updated_page_is_placed_at_its_update(tmp_path):
    page = (FIXTURES / "rising" / "radio.html").read_text(encoding="utf-8")
    page = page.replace("</head>", '<meta property="article:modified_time" '
                        'content="2024-04-03T08:00:00+02:00"></head>')  # fmt: skip
    (tmp_path / "radio.html").write_text(page, encoding="utf-8")
    [doc] = check([tmp_path], Settings(fail_on="never")).documents
    assert doc.dating.published == "2024-04-02T12:20+02:00"
    assert doc.dating.updated == "2024-04-03T08:00+02:00"


def test_two_outlets_printing_one_text_keep_claims_of_their_own(tmp_path):
    text = (FIXTURES / "undated" / "herald.txt").read_text(encoding="utf-8")
    for name in ("one.txt", "two.txt"):
        (tmp_path / name).write_text(text, encoding="utf-8")
    result = check([tmp_path], Settings(fail_on="never"))
    ids = [c.id for c in result.claims]
    assert len(ids) == len(set(ids)) == 2
    assert {c.document for c in result.claims} == {"one.txt", "two.txt"}


@pytest.mark.parametrize(
    ("written", "moment"),
    [
        ("2024-04-02", "2024-04-02"),
        ("2024-04-02T07:45:00+02:00", "2024-04-02T07:45+02:00"),
        ("2024-04-02T05:45:00Z", "2024-04-02T05:45+00:00"),
        ("Tue, 02 Apr 2024 07:45:00 GMT", "2024-04-02T07:45+00:00"),
        ("April 2, 2024", "2024-04-02"),
        ("April 2, 2024 7:45 PM", "2024-04-02T19:45"),
    ],
)
def test_moments_keep_the_precision_they_were_written_with(written, moment):
    assert read_moment(written) == (moment, None)


@pytest.mark.parametrize(
    "written",
    [
        "2024-03-05T25:00 EST",
        "2024-03-05T10:00:00+05:99",
        "2024-03-05 10:00:00+05:99",  # fromisoformat read these as +06:39
        "2024-03-05 10:00:00 +05:99",
        "2024-03-05 10:00+0599",
    ],
)
def test_a_time_no_clock_shows_is_a_warning_even_before_a_zone_word(written):
    """'10:00 EST' is read by its day (the zone word is not read); '25:00 EST' and an offset
    of +05:99 (not +06:39) are a time no clock shows, said so, and the day."""
    assert read_moment(written) == (
        "2024-03-05",
        f"time not understood: {written!r} (no clock shows it); dated by its day, 2024-03-05",
    )
    assert read_moment("2024-03-05T10:00 EST") == ("2024-03-05", None)


@pytest.mark.parametrize(
    ("name", "moment"),
    [
        ("2024-04-02-ferry.md", "2024-04-02"),
        ("ferry_20240402T1910.html", "2024-04-02T19:10"),
        ("story-123456789.txt", None),  # an id, not a date
        ("20241340_ferry.txt", None),  # no such month
    ],
)
def test_dates_in_file_names(name, moment):
    assert from_file_name(name) == moment


def test_a_day_in_the_articles_address_dates_it_when_its_metadata_does_not(tmp_path):
    text = (FIXTURES / "undated" / "herald.txt").read_text(encoding="utf-8")
    record = {"url": "https://news.example/world/2024/04/02/ferry-capsizes/", "text": text}
    (tmp_path / "feed.json").write_text(json.dumps(record), encoding="utf-8")
    [doc] = check([tmp_path], Settings(fail_on="never")).documents
    assert (doc.dating.published, doc.dating.source) == ("2024-04-02", "URL")


@pytest.mark.parametrize(
    ("url", "moment"),
    [
        ("http://news.example/2013/09/26/newsbrief-02", "2013-09-26"),
        ("http://news.example/slide-show/20111111.htm", "2011-11-11"),
        ("http://news.example/2011-11-12/india/30391127_1_pirate", "2011-11-12"),
        ("http://news.example/2012/11/a-month-is-not-a-day", None),
        ("http://20121111.example/story?d=2012-01-01", None),  # host and query are not read
    ],
)
def test_dates_in_addresses(url, moment):
    assert from_url(url) == moment


@pytest.mark.parametrize(
    ("url", "moment"),
    [
        ("http://articles.latimes.com/2005/jun/25/local/me-sheriff25", "2005-06-25"),
        ("http://news.example/2013/SEPT/3/story", "2013-09-03"),
        ("http://news.example/2013/feb/30/no-such-day", None),
        ("http://news.example/2013/june/story", None),  # a month is not a day
        ("http://news.example/junk/2013-mayday-05", None),
    ],
)
def test_days_in_addresses_with_the_month_by_name(url, moment):
    assert from_url(url) == moment


@pytest.mark.parametrize(
    ("head", "published", "updated"),
    [
        ("Gang Member Charged\n\nWith Murder\n\nJuly 26, 2005\n", "2005-07-26", None),
        ("Death for Orozco\n\nPOSTED: 05/28/07, 9:00 PM PDT |\n", "2007-05-28", None),
        ("Quake\nLast Updated: Monday, 28 November 2005, 02:24 GMT\n", None, "2005-11-28"),
        ("Pirates\nPublished on: Fri, 11 Nov 2011 at 09:56 IST\n", "2011-11-11", None),
        ("Sentenced\nPublished: Tuesday, Dec. 20 2005 12:00 a.m. MST\n", "2005-12-20", None),
        ("Ruling\n*June 6th, 2013 7:38pm EDT*\n", "2013-06-06", None),
        ("Shot\nSunday, March 17, 2013 | 5:00 PM\n", "2013-03-17", None),
        ("Deal\nPublished on 18th September 2013\n", "2013-09-18", None),
        ("Rehab\nFri., May. 3, 2013 11:45 AM PDT\n", "2013-05-03", None),
        ("Hurt\nUpdated: May 16, 2005\nPosted: May 15, 2005\n", "2005-05-15", "2005-05-16"),
    ],
)
def test_an_articles_dateline_gives_its_day(head, published, updated):
    assert from_dateline(head + "The army said 3,000 troops were sent.\n")[:2] == (
        published,
        updated,
    )


@pytest.mark.parametrize(
    "head",
    [
        "Death for Orozco\n\nPOSTED: 04/02/07, 9:00 PM PDT |\n",  # April 2 or 4 February
        "WASHINGTON-April 27 -\n",  # no year
        "In February 2016 the army said it would send troops.\n",  # a date in a sentence
        "February 30, 2013\n",  # no such day
        "Title\n" + "A line of the article.\n" * 8 + "July 26, 2005\n",  # too far down
    ],
)
def test_a_date_that_is_no_dateline_is_not_read_as_one(head):
    assert from_dateline(head + "The army said 3,000 troops were sent.\n") is None


def test_a_dateline_dates_an_article_before_its_address_and_says_so(tmp_path):
    """The line under the headline dates an article with no metadata, before its
    address and its file name (the outlet's own word: a 2004 obituary kept under an
    address of 2012); a headline that is a date is no dateline (the file named by its
    day keeps that day); a saved web page's text is never read for a date (htmldate
    reads its metadata, markup and address only, by design)."""
    body = "\n\nHe died at 75 on Tuesday, his family said.\n"
    (tmp_path / "obituary.md").write_text(
        "---\nurl: http://news.example/politics/bagman-dies/2012/05/31/story.html\n---\n\n"
        "Watergate bagman dies\n\nPublished: July 29, 2004" + body,
        encoding="utf-8",
    )
    (tmp_path / "2011-09-11-anniversary.txt").write_text(
        "September 11, 2001\n\nTen years on, the city remembers" + body, encoding="utf-8"
    )
    (tmp_path / "page.html").write_text(
        "<html><body><h1>Bagman dies</h1><p>July 29, 2004</p><p>He died at 75 on Tuesday, "
        "his family said, and the city mourned him all week long.</p></body></html>",
        encoding="utf-8",
    )
    docs = {d.id: d for d in check([tmp_path], Settings(fail_on="never")).documents}
    dating = docs["obituary.md"].dating
    assert (dating.published, dating.source) == (
        "2004-07-29",
        'dateline in the text: "Published: July 29, 2004"',
    )
    assert docs["obituary.md"].published == date(2004, 7, 29)
    assert docs["2011-09-11-anniversary.txt"].dating.source == "file name"
    assert docs["page.html"].dating is None


@pytest.mark.parametrize(
    "head",
    [
        "Title\nDate: March 3, 2025\nThe council meets at noon.\n",  # an event's day
        "Title\nMarch 3, 2199\n",  # a day to come
        "Title\n11/28/68\n",  # 2068: a day to come (1968 may be meant)
        "Title\nPosted on" + " " * 12_000 + "x\n",  # no dateline, and read at once
    ],
)
def test_what_looks_like_a_dateline_but_is_none_is_not_read(head):
    assert from_dateline(head + "The army said 3,000 troops were sent.\n") is None


def test_a_dateline_is_read_whatever_holds_the_headline(tmp_path):
    """The headline in front matter (the text starts with the dateline), in a JSON
    record's title, or a text that opens with its dateline: each is dated by it (the
    first line was skipped as if it were always the headline, and an address's print
    day took its place)."""
    (tmp_path / "a.md").write_text(
        "---\ntitle: Ferry sinks\nurl: http://herald.example/print/2024/04/03/ferry.html\n"
        "---\n\nPublished: April 2, 2024\n\nThe ferry sank with 80 people aboard.\n",
        encoding="utf-8",
    )
    record = {"title": "Ferry sinks", "text": "April 2, 2024\n\nThe ferry sank on Tuesday."}
    (tmp_path / "b.json").write_text(json.dumps(record), encoding="utf-8")
    (tmp_path / "c.txt").write_text(
        "Posted: July 26, 2005\n\nGang member charged\n\nHe was charged on Monday.\n",
        encoding="utf-8",
    )
    docs = {d.id: d for d in check([tmp_path], Settings(fail_on="never")).documents}
    assert [docs[k].dating.published for k in ("a.md", "b.json", "c.txt")] == [
        "2024-04-02",
        "2024-04-02",
        "2005-07-26",
    ]


def test_a_dateline_of_tomorrow_is_read_and_of_the_day_after_is_not():
    """A zone ahead of the machine's may already be a day on."""
    from datetime import timedelta

    for days, read in ((1, True), (2, False)):
        day = date.today() + timedelta(days=days)
        text = f"Title\nPosted: {day:%B} {day.day}, {day.year}\nThe toll rose.\n"
        assert (from_dateline(text) is not None) is read, text


def test_an_undated_figure_that_is_not_the_latest_as_written_makes_no_update(tmp_path):
    """80 on the first day, "nearly 100" the next, and an undated plain "100": not the
    latest figure as written (nearly 100 is under 100), so no update is claimed, and the
    dated steps keep their qualifier ("“nearly 100 people”", not "100")."""
    days = ("2024-04-01", "2024-04-02")
    f = _dated_then_undated(tmp_path, days, ("80", "nearly 100", "100"), "Rain made it slick.")
    assert f.difference["kind"] == "undetermined", f.difference
    assert "then “nearly 100 people” (2024-04-02)" in f.difference["why"], f.difference


def test_which_figures_clash_at_one_time_does_not_hang_on_their_order():
    """Two outlets write "another 512" of two currencies, a third "$734", one day: the
    clash test is asked by each figure as the rules read it (unit too), so the outlets'
    order gives one verdict."""
    from crosscheck.model import Claim, Dating, Document
    from crosscheck.rules import timeline

    def article(k: int, text: str, unit: str) -> tuple[Document, Claim]:
        doc = Document(f"d{k}", f"d{k}", "text", text, ((0, len(text)),), source=f"Outlet {k}",
                       dating=Dating("2024-04-02", "front matter: published"))  # fmt: skip
        value = float(text.strip("$").split()[-1])
        return doc, Claim(f"c{k}", doc.id, 0, (0, len(text)), text, value, value, value,
                          "exact", unit, None, "money")  # fmt: skip

    made = [article(0, "another 512", "euro"), article(1, "another 512", "dollar"),
            article(2, "$734", "dollar")]  # fmt: skip
    docs = {d.id: d for d, _ in made}

    def clash(a: Claim, b: Claim) -> bool:  # the dollar figures differ; euros convert nothing
        return a.unit == b.unit == "dollar" and a.value != b.value

    verdicts = []
    for order in ((0, 1, 2), (1, 0, 2)):
        claims = [made[k][1] for k in order]
        verdicts.append(timeline.judge(claims, docs, 0.0, None, clash)["why"])
    assert all(v.startswith("at one time (2024-04-02) Outlet 1 gives") for v in verdicts), verdicts


def test_figures_at_one_time_are_grouped_by_all_the_clash_test_reads():
    """ "6 million" and "6,000,000" are one value but not one figure: written to the
    million, the first holds 6,400,000, the second does not. Grouped by value, unit and
    qualifier alone, the clash asked of one stood for the other, and whether "6,000,000"
    and "6,400,000" the same day were a contradiction hung on the outlets' order."""
    from crosscheck import quantity
    from crosscheck.model import Claim, Dating, Document
    from crosscheck.rules import timeline
    from crosscheck.rules.checks import figures_agree

    def article(k: int, text: str, value: float, scale: float) -> tuple[Document, Claim]:
        doc = Document(f"d{k}", f"d{k}", "text", text, ((0, len(text)),), source=f"Outlet {k}",
                       dating=Dating("2024-04-02", "front matter: published"))  # fmt: skip
        return doc, Claim(f"c{k}", doc.id, 0, (0, len(text)), text, value, value, value,
                          "exact", "person", None, "count", scale=scale)  # fmt: skip

    def cannot_both(a: Claim, b: Claim) -> bool:  # as the numeric-agreement rule asks it
        return not (figures_agree(a, b, 0.02, 0.0, 0.1) or quantity.compatible(a, b, 0.1))

    made = [article(0, "6 million people", 6e6, 1e6), article(1, "6,000,000 people", 6e6, 1.0),
            article(2, "6,400,000 people", 6.4e6, 1.0)]  # fmt: skip
    docs = {d.id: d for d, _ in made}
    for order in ((0, 1, 2), (1, 0, 2)):
        why = timeline.judge([made[k][1] for k in order], docs, 2.0, None, cannot_both)["why"]
        assert why.startswith("at one time (2024-04-02) Outlet 1 gives “6,000,000 people”"), why


def test_an_update_the_same_day_as_the_publication_is_none():
    text = "Quake\nPosted 11/27/2005\nUpdated 11/27/2005\nThe toll rose.\n"
    assert from_dateline(text)[:2] == ("2005-11-27", None)


def test_an_undated_article_that_repeats_an_earlier_figure_leaves_it_undetermined(tmp_path):
    """10 dead on the first day, 12 the next, and an undated outlet with 10: it may be the
    latest report going back on the 12, so no update is claimed; the dated ones' way is
    said. With only the latest figure undated, it is an update."""
    days, rain = ("2024-03-01", "2024-03-02"), "Rain had made it slippery."
    f = _dated_then_undated(tmp_path, days, ("10", "12", "10"), rain)
    assert f.difference["kind"] == "undetermined"
    assert f.difference["why"].endswith(
        "the dated ones carry a higher figure later: 10 (2024-03-01), then 12 (2024-03-02)"
    )
    f = _dated_then_undated(tmp_path, days, ("10", "12", "12"), rain)  # (only c.md changes)
    assert f.difference["kind"] == "update"
    assert f.difference["why"].endswith("; the undated article gives the latest")


def test_a_contradiction_at_one_time_asks_each_pair_of_wordings_once():
    """8,000 outlets the same day, half writing "at least 100" and half "100": figures
    that can both hold. Whether two wordings clash is asked once for the pair, not for
    each outlet (it was asked 16 million times: the clash test reads every claim pair)."""
    from crosscheck.model import Claim, Dating, Document
    from crosscheck.rules import timeline

    docs, claims = {}, []
    for k in range(8000):
        text = f"{'At least 100' if k % 2 else '100'} people died, police said."
        doc = Document(f"d{k}", f"d{k}", "text", text, ((0, len(text)),), source=f"o{k}",
                       dating=Dating("2024-04-02", "front matter: published"))  # fmt: skip
        docs[doc.id] = doc
        qualifier = "at_least" if k % 2 else "exact"
        claims.append(Claim(f"c{k}", doc.id, 0, (0, 3), text.split(" people")[0] + " people",
                            100.0, 100.0, None if k % 2 else 100.0, qualifier, "people",
                            None, "count"))  # fmt: skip
    asked = []

    def clash(a: Claim, b: Claim) -> bool:
        asked.append(1)
        return False

    verdict = timeline.judge(claims, docs, 0.0, None, clash)
    assert not verdict["why"].startswith("at one time")  # no two of them clash
    assert len(asked) <= 4, len(asked)


def test_on_real_news_the_dateline_dates_ages_a_year_apart_as_an_update(ecb_articles):
    """An ECB+ event covered at an arraignment (2010) and at the verdict (2011): the
    articles print their dates under the headline. The defendant's age, 54 then 55, was a
    discrepancy whose articles were "undated: an update cannot be told from a
    contradiction"; it is an update (the one undated article gives 55, the latest)."""
    result = check([ecb_articles / "36ecbplus"], Settings(fail_on="never"))
    sources = [d.dating.source for d in result.documents if d.dating]
    assert sum(s.startswith("dateline in the text") for s in sources) >= 3
    value = {c.id: c.value for c in result.claims}
    ages = [f for f in result.findings if f.kind == "numeric-agreement"
            and f.difference and {54.0, 55.0} <= {value[c] for c in f.claims}]  # fmt: skip
    assert ages, [f.message for f in result.findings]
    assert all(f.difference["kind"] == "update" for f in ages), [f.message for f in ages]


@pytest.mark.parametrize("event", ["20ecbplus", "41ecbplus"])
def test_on_real_news_figures_that_rise_with_the_dates_are_worded_as_updates(ecb_articles, event):
    """ECB+ pages are dated by their dateline or their address where it carries a day
    (no metadata): every discrepancy whose articles are all dated and whose figures rise
    (or fall) from one day to the next is an update, and every update names the dates or
    the words."""
    from crosscheck.model import instant

    result = check([ecb_articles / event], Settings(fail_on="never"))
    docs = {d.id: d for d in result.documents}
    sources = {d.dating.source.partition(":")[0] for d in docs.values() if d.dating}
    assert "dateline in the text" in sources
    judged = [f for f in result.findings if f.difference]
    assert judged, "no finding was judged"
    for f in judged:
        if f.evidence["verdict"] == "compatible":
            assert f.difference["kind"] == "update"
        entries = f.timeline
        if all(e["published"] for e in entries) and len({e["published"] for e in entries}) > 1:
            days = sorted({e["published"] for e in entries}, key=instant)
            spans = [[v for e in entries if e["published"] == d for v in e["values"]]
                     for d in days]  # fmt: skip
            one_way = all(max(a) <= min(b) for a, b in itertools.pairwise(spans))
            if one_way and len({tuple(s) for s in spans}) > 1:
                assert f.difference["kind"] == "update", f.message
        if f.difference["kind"] == "update":
            quotes = " ".join(c["quote"] for c in f.evidence["claims"])
            why = f.difference["why"]
            assert (
                "later reports" in why
                or "revised its own" in why
                or (why.split("'")[1] in quotes if "'" in why else False)
            ), why


def test_the_latest_figure_says_who_gives_it_independently():
    """The wire fixtures: AFP copy in several outlets, dated; the latest figure of the
    edited count is given by two reprints of one AFP story, which is one source."""
    wire = Path(__file__).parent / "fixtures" / "wire"
    result = check([wire], Settings(fail_on="never"))
    [edited] = [f for f in result.findings if f.difference and f.difference["kind"] == "editing"]
    assert edited.latest is not None
    assert edited.latest["outlets"] == ["Valley Courier", "Lakeside Herald"]
    assert edited.latest["independent_sources"] == "1 independent source: AFP copy in 2 outlets"


def test_the_text_output_ends_each_dated_finding_with_its_latest_figure():
    run = invoke("check", str(FIXTURES / "rising"), "--format", "text", "--fail-on", "never")
    assert run.exit_code == 0, run.output
    [line] = [x for x in run.output.splitlines() if "casualty-count-disagreement" in x]
    assert line.endswith("[latest: 13 (2024-04-02T19:10+02:00, Evening Courier; "
                         "1 independent source: Evening Courier)]")  # fmt: skip


def test_the_latest_figure_keeps_its_qualifier_as_the_message_words_it(tmp_path):
    """The latest "More than 30 people": the message listed "more than 30 (...)" and
    ended "[latest: 30 (...)]", the qualifier dropped (on ECB+, "latest: 100,000 /
    120,000" for "more than 100,000"). The latest's figures are worded as the message's
    own, in the text and JUnit output, the HTML report and report.json."""
    _md(tmp_path, "a.md", "published: 2024-03-01T08:00:00+00:00\n", "at least 40",
        "Lakeside Herald")  # fmt: skip
    _md(tmp_path, "b.md", "published: 2024-03-02T08:00:00+00:00\n", "around 25", "Daily Post")
    _md(tmp_path, "c.md", "published: 2024-03-03T09:00:00+00:00\n", "More than 30",
        "Evening Tribune")  # fmt: skip
    f, _ = _judged(tmp_path)
    assert "more than 30 (" in f.message
    assert f.latest is not None and f.latest["values"] == [30]
    assert f.latest["figures"] == ["more than 30"]
    assert f.latest_words() == ("latest: more than 30 (2024-03-03T09:00+00:00, Evening "
                                "Tribune; 1 independent source: Evening Tribune)")  # fmt: skip
    out = tmp_path / "out"
    every = ["--format", "html,json,junit,text", "--fail-on", "info"]  # (JUnit: of a failure)
    run = invoke("check", str(tmp_path), "--out", str(out), *every)
    assert run.exit_code == 1, run.output
    [line] = [x for x in run.stdout.splitlines() if "count-disagreement" in x]
    assert line.endswith("[latest: more than 30 (2024-03-03T09:00+00:00, Evening Tribune; "
                         "1 independent source: Evening Tribune)]"), line  # fmt: skip
    assert "[latest: more than 30 (" in (out / "report.junit.xml").read_text(encoding="utf-8")
    page = (out / "report.html").read_text(encoding="utf-8")
    shown = page.split('class="latest">')[1].split("</p>")[0]
    assert "<strong>more than 30</strong>, from <bdi>Evening Tribune</bdi>" in shown, shown
    [found] = [x for x in json.loads((out / "report.json").read_text())["findings"]
               if x["kind"] == "numeric-agreement"]  # fmt: skip
    assert found["latest"]["figures"] == ["more than 30"]


def test_same_day_latest_figures_are_each_worded_and_each_once(tmp_path):
    """Two reports of the last moment, "more than 100,000" and "120,000" (ECB+'s "latest:
    100,000 / 120,000"): each as written, in order of value; one figure given twice is
    said once."""
    day = "published: 2024-04-02\n"
    _md(tmp_path, "a.md", "published: 2024-04-01\n", "90,000", "Harbour Herald")
    _md(tmp_path, "b.md", day, "more than 100,000", "Evening Courier")
    _md(tmp_path, "c.md", day, "120,000", "Coast Wire")
    _md(tmp_path, "d.md", day, "120,000", "Valley Times")
    f, _ = _judged(tmp_path)
    assert f.latest is not None and f.latest["figures"] == ["more than 100,000", "120,000"]
    assert f.latest_words() is not None
    assert f.latest_words().startswith("latest: more than 100,000 / 120,000 (2024-04-02, ")


def test_a_placeholder_date_is_refused_with_a_warning_and_the_run_goes_on(tmp_path):
    """A CMS placeholder ('9999-12-31') once ended the run when the timeline converted it
    to UTC; it is a warning naming the file, and the article is undated."""
    text = (FIXTURES / "undated" / "herald.txt").read_text(encoding="utf-8")
    (tmp_path / "a.md").write_text(f"---\npublished: 9999-12-31T23:59:00-05:00\n---\n\n{text}")
    other = (FIXTURES / "undated" / "courier.txt").read_text(encoding="utf-8")
    (tmp_path / "b.md").write_text(f"---\npublished: 2024-04-02\n---\n\n{other}")
    result = check([tmp_path], Settings(fail_on="never"))
    assert sorted(d.id for d in result.documents) == ["a.md", "b.md"]
    [diag] = result.diagnostics
    assert diag.path.endswith("a.md") and "out of range" in diag.message
    [f] = [f for f in result.findings if f.kind == "numeric-agreement"]
    assert f.difference == {"kind": "undetermined", "why": "1 of 2 articles undated: an update "
                            "cannot be told from a contradiction"}  # fmt: skip


def test_thousands_of_copies_at_one_hour_are_judged_by_their_distinct_figures():
    """One finding over 3,000 reprints: a contradiction only when another outlet gives
    another figure within the hour (the judgement looks at distinct figures and outlets,
    not at every pair of articles)."""
    from crosscheck.model import Claim, Dating, Document
    from crosscheck.rules import timeline

    def article(k: int, value: float, outlet: str, at: str) -> tuple[Document, Claim]:
        text = f"The storm killed {value:g} people, police said."
        doc = Document(f"d{k}", f"d{k}", "text", text, ((0, len(text)),), source=outlet,
                       dating=Dating(at, "front matter: published"))  # fmt: skip
        start = text.index(f"{value:g}")
        claim = Claim(f"c{k}", doc.id, 0, (start, start + 8), f"{value:g} people", value,
                      value, value, "exact", "people", None, "count")  # fmt: skip
        return doc, claim

    pairs = [article(k, 12, f"outlet {k}", "2024-04-02T09:00:00+00:00") for k in range(3000)]
    docs = {d.id: d for d, _ in pairs}
    claims = [c for _, c in pairs]
    late_doc, late = article(9999, 15, "Late Wire", "2024-04-02T13:00:00+00:00")
    docs[late_doc.id] = late_doc
    assert timeline.judge([*claims, late], docs, 2.0)["kind"] == "update"
    near_doc, near = article(5000, 15, "Near Wire", "2024-04-02T10:30:00+00:00")
    docs[near_doc.id] = near_doc
    verdict = timeline.judge([*claims, near], docs, 2.0)
    assert verdict["kind"] == "contradiction"
    assert "Near Wire gives “15 people”" in verdict["why"]


# --- what a review of hostile and odd inputs found -------------------------------------------

FERRY = "A passenger ferry capsized off the north coast early on Tuesday, killing {} people."


def _md(folder: Path, name: str, front: str, figure: str, outlet: str) -> None:
    text = FERRY.format(figure) + f" The coast guard gave the figure to {outlet} reporters."
    (folder / name).write_text(f"---\nsource: {outlet}\n{front}---\n\n{text}\n", encoding="utf-8")


def _bus_crash(path: Path, front: str, figure: str, outlet: str, words: str) -> None:
    """An article of one bus crash, by ``outlet``, with its own ``words`` after the toll
    (not a copy of another: copies would be one source)."""
    path.write_text(
        f"---\nsource: {outlet}\n{front}---\n\nA bus crashed on the coast road, killing "
        f"{figure} people. {words}\n",
        encoding="utf-8",
    )


def _dated_then_undated(
    folder: Path, days: tuple[str, str], figures: tuple[str, str, str], rain: str
) -> Finding:
    """The bus crash's numeric-agreement finding, judged, of three outlets: the Daily Sun
    with the first of ``figures`` on the first of ``days``, Punch with the second (and its
    words, ``rain``) on the second day, and Vanguard with the third, undated (c.md)."""
    outlets = (("a.md", "Daily Sun", "Police closed the road."), ("b.md", "Punch", rain),
               ("c.md", "Vanguard", "The driver survived, officials said."))  # fmt: skip
    fronts = (f"published: {days[0]}\n", f"published: {days[1]}\n", "")
    for (name, outlet, words), front, figure in zip(outlets, fronts, figures, strict=True):
        _bus_crash(folder / name, front, figure, outlet, words)
    return _judged(folder)[0]


def _judged(folder: Path, **settings):  # type: ignore[no-untyped-def]
    result = check([folder], Settings(fail_on="never", **settings))
    [f] = [f for f in result.findings if f.kind == "numeric-agreement"]
    return f, result


def test_a_contradiction_at_one_time_names_two_figures_that_cannot_both_hold(tmp_path):
    """Three outlets the same day: "more than 100" and "120" can both hold, "about 90"
    holds with neither. The contradiction names a pair that cannot both hold, as each
    article writes it; it named the first two figures that differ ("gives 100 and ...
    gives 120"), qualifiers dropped, a pair the finding itself calls compatible."""
    day = "published: 2024-04-02\n"
    _md(tmp_path, "a.md", day, "more than 100", "Harbour Herald")
    _md(tmp_path, "b.md", day, "120", "Evening Courier")
    _md(tmp_path, "c.md", day, "about 90", "Coast Wire")
    f, _ = _judged(tmp_path)
    assert f.difference["kind"] == "contradiction"
    why = f.difference["why"]
    assert "Coast Wire gives “about 90 people”" in why, why
    assert not ("“120 people”" in why and "“more than 100 people”" in why), why


def test_a_non_finite_or_negative_hour_window_is_a_rule_file_error(tmp_path):
    # an integer past float's range was an internal error (an OverflowError)
    for bad in (".nan", ".inf", "-5", "1" + "0" * 400):
        rules = tmp_path / "r.yml"
        check_line = f"    check: {{kind: numeric-agreement, same_time_hours: {bad}}}\n"
        rules.write_text("rules:\n  - id: x\n    title: X\n    severity: error\n"
                         "    select: {kinds: [count]}\n" + check_line)  # fmt: skip
        run = invoke("rules", "check", str(rules))
        assert run.exit_code == 2, run.output
        assert "r.yml:6" in run.output and "same_time_hours" in run.output
        assert "internal error" not in run.output, run.output


def test_page_timestamps_are_read_from_their_own_fields(tmp_path):
    page = (FIXTURES / "rising" / "radio.html").read_text(encoding="utf-8")
    head = ('<meta name="dc.date.modified" content="2024-04-02T19:00:00+02:00">'
            '<script type="application/ld+json">{"datePublished": "2024-04-02", '
            '"dateModified": "2024-04-02T19:00:00+02:00"}</script>')  # fmt: skip
    page = page.replace('<meta property="article:published_time" '
                        'content="2024-04-02T12:20:00+02:00">', head)  # fmt: skip
    (tmp_path / "radio.html").write_text(page, encoding="utf-8")
    [doc] = check([tmp_path], Settings(fail_on="never")).documents
    assert doc.dating.published == "2024-04-02"  # not the modification time
    assert doc.dating.updated == "2024-04-02T19:00+02:00"  # an update later that day stays


def test_an_update_before_the_publication_is_a_warning_and_ignored(tmp_path):
    _md(tmp_path, "a.md", "published: 2024-04-05\nupdated: 2024-04-01\n", "13", "Harbour Herald")
    _md(tmp_path, "b.md", "published: 2024-04-03\n", "four", "Evening Courier")
    f, result = _judged(tmp_path)
    assert any("is before published" in d.message for d in result.diagnostics)
    assert f.latest["values"] == [13] and "higher figure" in f.difference["why"]


def test_the_default_date_is_no_article_s_own_date(tmp_path):
    _md(tmp_path, "a.md", "published: 2024-04-05\n", "13", "Harbour Herald")
    (tmp_path / "b.txt").write_text(FERRY.format("four") + " Rescuers searched all night.\n")
    f, _ = _judged(tmp_path, published_default=date.fromisoformat("2024-04-02"))
    assert f.difference["kind"] == "undetermined"
    [assumed] = [e for e in f.timeline if e["document"] == "b.txt"]
    assert assumed["published"] is None
    assert assumed["date_source"].startswith("--published-default 2024-04-02 (assumed")
    run = invoke("check", str(tmp_path), "--published-default", "9999-12-31", "-q")
    assert run.exit_code == 2


def test_a_correction_is_no_update_while_an_undated_source_disagrees(tmp_path):
    _md(tmp_path, "a.md", "published: 2024-04-02T07:00:00+02:00\n", "four", "Harbour Herald")
    _md(tmp_path, "b.md", "published: 2024-04-02T19:00:00+02:00\n", "13", "Harbour Herald")
    (tmp_path / "c.txt").write_text(FERRY.format("two") + " Rescuers searched all night.\n")
    f, _ = _judged(tmp_path)
    assert f.difference["kind"] == "undetermined"


def test_words_that_merely_contain_up_from_do_not_make_an_update(tmp_path):
    (tmp_path / "a.txt").write_text(FERRY.format("four") + " Rescuers searched all night.\n")
    (tmp_path / "b.txt").write_text(
        "A passenger ferry capsized off the north coast early on Tuesday, killing 13 people "
        "who came down from the hills for the market.\n")  # fmt: skip
    f, _ = _judged(tmp_path)
    assert f.difference["kind"] == "undetermined"


def test_one_day_is_the_day_each_article_states_not_the_day_in_utc(tmp_path):
    _md(tmp_path, "a.md", "published: 2024-04-02\n", "four", "Harbour Herald")
    _md(tmp_path, "b.md", "published: 2024-04-02T21:30:00-05:00\n", "13", "Evening Courier")
    f, _ = _judged(tmp_path)
    assert f.difference["kind"] == "contradiction"
    assert set(f.latest["outlets"]) == {"Harbour Herald", "Evening Courier"}  # either latest


def test_a_long_timeline_is_drawn_thinned_and_listed_in_part():
    from crosscheck.model import Finding
    from crosscheck.report.timeline import MAX_POINTS, MAX_ROWS, timeline_view

    entries = tuple(
        {"published": f"2024-04-02T{h:02d}:{m:02d}", "date_source": "file name",
         "document": f"d{h}{m}", "outlet": f"Outlet {h}-{m}", "claims": ["c"],
         "values": [float(h * 60 + m)], "texts": ["x"], "about": None}
        for h in range(24) for m in range(0, 60, 5))  # fmt: skip
    f = Finding("f1", "r", "error", "numeric-agreement", "g", ("c",), "m", timeline=entries)
    view = timeline_view(f)
    assert view is not None and view["total"] == 288 and len(view["rows"]) == MAX_ROWS
    assert view["more"] == 288 - MAX_ROWS
    assert view["chart"].count("<circle") == MAX_POINTS
    assert "more, then" in view["chart"] and "Outlet 23-55" in view["chart"]


def test_an_assumed_date_is_said_to_be_assumed_where_it_cannot_tell_an_update(tmp_path):
    """--published-default dates undated articles for the report, but an assumed date
    never tells an update from a contradiction: the finding said '2 of 2 articles
    undated' beside a report.json that gives both a date. It says the date is assumed."""
    herald = (FIXTURES / "undated" / "herald.txt").read_text(encoding="utf-8")
    courier = (FIXTURES / "undated" / "courier.txt").read_text(encoding="utf-8")
    (tmp_path / "a.txt").write_text(herald)
    (tmp_path / "b.txt").write_text(courier)
    plain = check([tmp_path], Settings(fail_on="never"))
    [f] = [f for f in plain.findings if f.kind == "numeric-agreement"]
    assert f.difference is not None
    assert f.difference["why"] == "2 of 2 articles undated: an update cannot be told from a " \
        "contradiction"  # fmt: skip
    assumed = check([tmp_path], Settings(fail_on="never", published_default=date(2025, 3, 10)))
    assert {d.published for d in assumed.documents} == {date(2025, 3, 10)}
    [f] = [f for f in assumed.findings if f.kind == "numeric-agreement"]
    assert f.difference == {"kind": "undetermined", "why": "2 of 2 articles undated "
                            "(--published-default is assumed, not the articles' date): an "
                            "update cannot be told from a contradiction"}  # fmt: skip


def test_a_report_dated_by_its_day_alone_is_latest_at_no_time_of_day(tmp_path):
    """Two reports with their time of day and a third dated by its day alone (a wire's
    record): the day-only one may be as late as any, so it is among the latest, but
    not at the last report's time. The latest said '40 / 52 (2024-04-02T19:10+02:00,
    Harbour Herald, Evening Courier)', putting Harbour Herald's 52 at 19:10."""
    _md(tmp_path, "a.md", "published: 2024-04-02T07:45:00+02:00\n", "35", "Valley Times")
    _md(tmp_path, "b.md", "published: 2024-04-02T19:10:00+02:00\n", "40", "Evening Courier")
    _md(tmp_path, "c.md", "published: 2024-04-02\n", "52", "Harbour Herald")
    f, _ = _judged(tmp_path)
    assert f.latest["values"] == [40, 52]
    assert f.latest["by"] == [
        {
            "published": "2024-04-02",
            "values": [52],
            "figures": ["52"],
            "outlets": ["Harbour Herald"],
        },
        {
            "published": "2024-04-02T19:10+02:00",
            "values": [40],
            "figures": ["40"],
            "outlets": ["Evening Courier"],
        },
    ]  # in order of time: the day alone at its start, as the timeline has it
    assert f.latest_words() == (
        "latest: 40 (2024-04-02T19:10+02:00, Evening Courier) / 52 (2024-04-02, no time of "
        "day, Harbour Herald); 2 independent sources: Harbour Herald, Evening Courier"
    )
    out = tmp_path / "out"
    run = invoke("check", str(tmp_path), "--out", str(out), "--format", "html", "--fail-on",
                 "never")  # fmt: skip
    assert run.exit_code == 0, run.output
    page = (out / "report.html").read_text(encoding="utf-8")
    shown = page.split('class="latest">')[1].split("</p>")[0]
    assert "<strong>40</strong>, from <bdi>Evening Courier</bdi> (2024-04-02T19:10+02:00)" in shown
    day = "<strong>52</strong>, from <bdi>Harbour Herald</bdi> (2024-04-02, no time of day)"
    assert day in shown


def test_one_instant_written_with_two_offsets_is_one_latest_moment():
    """10:00 UTC and 12:00 at +02:00 are one moment (a review's probe: two 'by' entries,
    'latest: 40 (...10:00+00:00, Globe) / 40 (...12:00+02:00, Wire)')."""
    from crosscheck.model import Finding
    from crosscheck.rules.timeline import latest

    entries = [
        {"published": "2024-05-01T10:00+00:00", "document": "a", "outlet": "Globe",
         "values": [40.0]},
        {"published": "2024-05-01T12:00+02:00", "document": "b", "outlet": "Wire",
         "values": [40.0]},
    ]  # fmt: skip
    top = latest(entries)
    assert top is not None and top["by"] == [
        {"published": "2024-05-01T10:00+00:00", "values": [40.0], "outlets": ["Globe", "Wire"]}
    ]
    finding = Finding(id="f", rule="r", title="t", severity="info", kind="k", group="g",
                      claims=(), message="m", latest=top)  # fmt: skip
    assert finding.latest_words() == "latest: 40 (2024-05-01T10:00+00:00, Globe, Wire)"


def chart_labels(page: str) -> list[list[tuple[float, float, float]]]:
    """Each timeline chart's points' labels (left and right end, baseline y; their width
    at 5.5px a letter, less than any 11px text's, and 10.5px a wide East Asian letter,
    less than its em), and its axis's y last."""
    import re
    import unicodedata

    charts = re.findall(r'<svg class="timeline-chart".*?</svg>', page, re.S)
    found = []
    for c in charts:
        labels = []
        for x, y, anchor, text in re.findall(
            r'<text x="([\d.]+)" y="([\d.-]+)" text-anchor="(\w+)">(.*?)</text></g>', c
        ):
            letters = re.sub(r"<[^>]+>|&[a-z#0-9]+;", "x", text)
            wide = sum(10.5 if unicodedata.east_asian_width(ch) in "WF" else 5.5 for ch in letters)
            a = float(x) - wide if anchor == "end" else float(x)
            labels.append((a, a + wide, float(y)))
        axis = float(re.search(r'class="axis"[^>]* y1="([\d.]+)"', c).group(1))  # type: ignore[union-attr]
        found.append([*labels, (0.0, 0.0, axis)])
    return found


def _apart(labels: list[tuple[float, float, float]]) -> None:
    """No two labels' boxes (11px high, LINE with their gap) overlap, and each shows
    whole (its baseline no higher than TOP_LINE)."""
    from crosscheck.report.timeline import LINE, TOP_LINE

    assert all(y >= TOP_LINE - 0.05 for _a, _b, y in labels), labels
    for (a1, b1, y1), (a2, b2, y2) in itertools.combinations(labels, 2):
        assert not (a1 < b2 and a2 < b1) or abs(y1 - y2) >= LINE - 0.11, (a1, b1, y1, a2, b2, y2)


def test_labels_of_one_day_do_not_draw_over_each_other(tmp_path, ecb_articles):
    """ECB+ topic 31: four outlets report 23 points on one day, and two a day apart; their
    labels were drawn at one place, one over the other. Labels whose text would share a
    stretch of the chart stand one under another, a line apart, above the axis; reports
    an hour apart too; and a day of many reports makes the chart taller. (Topic 31's chart
    was a source note's, a credit against none, which the default rule no longer gives:
    topic 20's outlets report the quake's toll on one day.)"""
    from crosscheck.report.timeline import LINE, step_chart

    out = tmp_path / "out"
    invoke("check", str(ecb_articles / "20ecbplus"), "--out", str(out), "-q")
    charts = chart_labels((out / "report.html").read_text(encoding="utf-8"))
    assert charts and max(len(c) for c in charts) >= 5
    for *labels, (_, _, axis) in charts:
        _apart(labels)
        assert all(y < axis for _a, _b, y in labels)
    hours = [{"published": f"2024-04-02T{9 + h:02d}:00:00+00:00", "values": [10 + h],
              "outlet": f"Outlet {h}", "document": f"{h}.md"} for h in range(4)]  # fmt: skip
    later = {**hours[0], "published": "2024-04-20T09:00:00+00:00", "values": [20]}
    [(*labels, (_, _, axis))] = chart_labels(str(step_chart([*hours, later])))
    _apart(labels)
    # a stack of labels each sharing a stretch with the next only: twelve daily reports
    # with long names stood deeper than the chart was tall, the highest cut off
    daily = [{"published": f"2024-04-{d:02d}", "values": [d], "document": f"{d}.md",
              "outlet": f"An outlet with a long name {d}"} for d in range(1, 13)]  # fmt: skip
    [(*labels, (_, _, axis))] = chart_labels(str(step_chart(daily)))
    _apart(labels)
    # outlets named in wide letters (an em each): counted as Latin letters, the labels of
    # reports a day apart were placed side by side and drew over each other
    wide = [{"published": f"2024-04-{d:02d}", "values": [10 + d % 2], "document": f"{d}.md",
             "outlet": f"朝日新聞デジタル版第{d}報"} for d in range(1, 6)]  # fmt: skip
    [(*labels, (_, _, axis))] = chart_labels(str(step_chart(wide)))
    _apart(labels)
    day = [{"published": "2024-04-02", "values": [v], "outlet": f"O{v}", "document": f"{v}.md"}
           for v in range(12)]  # fmt: skip
    many = step_chart([*day, {**day[0], "published": "2024-04-03"}])
    [(*labels, (_, _, axis))] = chart_labels(str(many))
    ys = sorted(y for a, _b, y in labels if a == labels[0][0])
    assert len(ys) == 12 and ys[0] >= 11 and ys[-1] < axis
    assert all(b - a >= LINE for a, b in itertools.pairwise(ys))


def test_an_outlets_name_on_the_chart_is_cut_by_its_width():
    """A point's label cuts its outlet's name by the width it draws at (text_width), as a
    number line cuts its rows' names: a Latin name to its first 27 letters and an ellipsis,
    as it was by count; a Chinese or Japanese one, its letters an em wide, to 15, where by
    count 22 were kept whole, nearly twice as wide; a mark written apart from its letter
    stays with it."""
    import re

    from crosscheck.report.timeline import CHAR, _short, step_chart, text_width

    latin = "The Daily Chronicle and Evening Herald of Springfield"
    assert _short(latin) == latin[:27] + "…" and _short(latin[:28]) == latin[:28]
    wide = "朝日新聞デジタル版東京本社社会部速報ニュース"  # 22 letters, each an em
    assert _short(wide) == wide[:15] + "…"
    assert text_width(_short(wide)) <= 28 * CHAR < text_width(wide[:16] + "…")
    assert _short("x" * 26 + "e\u0301abc") == "x" * 26 + "e\u0301…"
    points = [{"published": f"2024-04-0{d}", "values": [d], "document": f"{d}.md",
               "outlet": wide} for d in (1, 2)]  # fmt: skip
    chart = str(step_chart(points))
    shown = re.findall(r'text-anchor="(?:start|end)">\d · <tspan class="bidi">(.*?)</tspan>', chart)
    assert shown == [wide[:15] + "…"] * 2, chart
    # and the chart's summary, its aria-label and its title, names each point's outlet so
    assert chart.count(f"{wide[:15]}…") == 2 + 2 * 2


@pytest.mark.parametrize(
    ("text", "figure", "words"),
    [
        ("The outbreak has grown to 142 confirmed cases.", "142", "grown to 142"),
        ("Death toll in Dolna mine blast rises to 11", "11", "rises to 11"),
        # (tenth hunt) a list's size is a tally too
        ("Dravonia sanctions list grows to 61 companies", "61", "list grows to 61"),
        ("A list of 61 companies was published.", "61", None),
        # (a re-read) any list, and a list of what it lists
        ("Dravonia's blacklist grows to 61 companies", "61", "blacklist grows to 61"),
        ("The list of sanctioned companies grows to 61.", "61",
         "list of sanctioned companies grows to 61"),
        # (re-read) a negation before the words says the figure did not move
        ("The toll has not risen to 47, officials said.", "47", None),
        ("The toll has never gone up to 47, officials said.", "47", None),
        ("Critics raised concerns about the list of 61 companies named by the ministry.",
         "61", None),
        ("The spending list includes pay rises to 2,013 junior doctors.", "2,013", None),
        # (re-read) a noun in -list is no list; what a list lists is a plural
        ("Populist surges to 28% in latest poll.", "28%", None),
        ("The cyclist climbs to 3,000 metres.", "3,000", None),
        ("The ministry published a list of pay rises to 2,013 junior doctors.", "2,013", None),
        ("Unemployment plunged to 4.1% in March.", "4.1%", "plunged to 4.1%"),
        ("The toll was revised up to 860,000 on Friday.", "860,000", "revised"),
        # (eleventh hunt) the statement that gives the figure is a revised one
        ("The sale raised $219 million, the house said in a revised statement.", "$219 million",
         "in a revised statement"),
        ("The agency put the toll at 31 in an updated bulletin on Monday.", "31",
         "in an updated bulletin"),
        ("The house issued a statement saying the sale raised $219 million.", "$219 million",
         None),
        # (review) another's revised statement, in a clause of its own
        ("Sotheby's sale raised $235 million, while Christie's said in an updated statement "
         "that its own sale made $180 million.", "$235 million", None),
        ("Sotheby's said in an updated statement: its sale raised $235 million.",
         "$235 million", "in an updated statement"),
        ("The toll rose to 10 on Monday.", "10", "rose to 10"),
        # a bound, a match lost, a stage reached: no level the figure moved to
        ("Up to 100 people died.", "100", None),
        ("The champions lost to Arsenal 3-1 on Sunday after 12 games unbeaten.", "12", None),
        ("She advanced to the last 16 on Monday.", "16", None),
        # (review) a noun, an idiom, a forecast's base form, words that are no figure's own
        ("The firm won a contract to supply 300 buses.", "300", None),
        ("The budget makes cuts to 14 departments.", "14", None),
        ("The decision gave rise to 300 complaints.", "300", None),
        ("Inflation is forecast to rise to 3.1% next year.", "3.1%", None),
        ("The bus slid to a halt 50 metres from the crowd.", "50", None),
        ("Pay rises to 300 staff were frozen.", "300", None),
        ("The death toll rose to a record 12 on Monday.", "12", "rose to a record 12"),
        # (re-read) every form of a verb that reaches no level; a tally's "of" phrase
        ("The firm will cut 500 jobs, adding to 1,200 cuts announced in March.", "1,200",
         None),
        ("The number of job cuts to 14 departments was not given.", "14", None),
        ("The fleet has shrunk to 12 ships.", "12", "shrunk to 12"),
        # (second re-read) a verb of the tally's "of" phrase is no tally's
        ("The number of patients falling ill at the hospital reached 300 on Monday.", "300",
         None),
        # a level said to be the current one: "now" before a verb of level, after "is"
        ("Evacuation orders now cover 22,000 people.", "22,000", "now cover 22,000"),
        ("The death toll now stands at 57.", "57", "now stands at 57"),
        ("The toll is now 57, officials said.", "57", "is now 57"),
        ("Confirmed cases now total about 1,400.", "1,400", "now total about 1,400"),
        ("The death toll is now at 57.", "57", "is now at 57"),
        # (a re-read's) a tally with a place or what it counts after it
        ("The death toll from the quake is now 57.", "57", "is now 57"),
        ("The toll in the capital is now 57, officials said.", "57", "is now 57"),
        # a tally's own negation: it did not move
        ("The toll has not risen since Monday and stands at 47.", "47", None),
        ("Confirmed cases do not now total 1,400, officials said.", "1,400", None),
        ("The toll currently stands at 57.", "57", "currently stands at 57"),
        ("The number of evacuees has now reached 22,000.", "22,000", "now reached 22,000"),
        ("Insured losses from storms in 2026 now total $5.63 billion.", "$5.63 billion",
         "now total $5.63 billion"),
        # "now" before a verb that sets no level of a tally; "is now" of no tally; a measure
        ("He now faces 20 years in prison.", "20", None),
        ("The plant now employs 5,000 workers.", "5,000", None),
        ("The reform split the province into what is now 12 districts.", "12", None),
        ("There are now 12 candidates in the race.", "12", None),
        ("The figures show the hospital is now 40 nurses short of its target.", "40", None),
        ("Workers are now at 12 plants in the region.", "12", None),
        ("The national park now covers 340 square miles.", "340", None),
        ("The tower now stands at 300 metres.", "300", None),
    ],
)  # fmt: skip
def test_the_verbs_of_change_say_a_figure_moved_in_every_form(
    text: str, figure: str, words: str | None
) -> None:
    """A figure after a verb of change and "to" is a level the figure moved to, whatever the
    verb's form ("has grown to", a headline's "rises to", "plunged to": the extraction's
    verbs of change, lexicon.CHANGE_UP and CHANGE_DOWN), so a difference with it is an
    update; "up to", "lost to", "advanced to" say no such thing. So is a count or amount
    said to be the current level ("now cover 22,000", "the toll now stands at 57", "is now
    57"), not "now faces", "what is now", nor a measure's "now covers 340 square miles"."""
    from crosscheck.extract.claims import extract_claims
    from crosscheck.model import Document
    from crosscheck.rules.timeline import moved
    from crosscheck.segment import segment

    doc = Document("a.txt", "a.txt", "text", text, ((0, len(text)),))
    (claim,) = [c for c in extract_claims(doc, segment(doc)) if figure in c.text]
    said = moved(claim, doc)
    assert (said is None) == (words is None) and (words is None or words in str(said)), said


def _difference(folder: Path, a: str, b: str, **settings: str) -> str:
    """The kind of difference the one numeric finding on two one-sentence articles says."""
    result = check([write_story(folder, a, b)], Settings(fail_on="never", **settings))
    (found,) = [f for f in result.findings if f.kind == "numeric-agreement"]
    return str(found.difference["kind"])


def test_a_number_of_those_counted_that_rose_is_an_update_of_their_count(tmp_path):
    """(twelfth hunt) "The number of residents relying on tanker deliveries had risen to
    12,400" was a bare figure that met no count: the day before's "About 9,000 residents"
    stood alone, and the update was lost. A corrected total said with "numbered" meets the
    first report too."""
    assert _difference(
        tmp_path,
        "News\n\nPublished: 2026-06-10\n\nAbout 9,000 residents rely on tanker deliveries "
        "for drinking water, officials said.",
        "News\n\nPublished: 2026-06-12\n\nThe number of residents relying on tanker "
        "deliveries for drinking water had risen to 12,400 by Friday, officials said.",
    ) == "update"  # fmt: skip
    assert _difference(
        tmp_path,
        "News\n\nPublished: 2026-06-10\n\nThe bureau said there were 5.2 million households.",
        "News\n\nPublished: 2026-06-11\n\nThe bureau said households numbered 5.4 million, "
        "correcting an error.",
    ) == "update"  # fmt: skip


def test_a_figure_said_to_move_in_the_period_another_gives_is_no_update(tmp_path):
    """ "The jobless rate fell to 4.1 percent in October" against "was 4.3 percent in
    October": "fell to" says the rate moved from September's, not that the other
    article's October figure is an earlier report (review: it was worded an update). A
    day is no such period: a toll's day is its event's, which later reports keep."""
    assert _difference(
        tmp_path,
        "WASHINGTON (Reuters) - The jobless rate fell to 4.1 percent in October 2026, the "
        "Labor Department said.",
        "WASHINGTON (AP) - The jobless rate was 4.3 percent in October 2026, the Labor "
        "Department said.",
    ) == "undetermined"  # fmt: skip
    # (re-read) a month of no year is a period too, not one day
    assert _difference(
        tmp_path,
        "WASHINGTON (Reuters) - The jobless rate fell to 4.1 percent in October, the "
        "Labor Department said.",
        "WASHINGTON (AP) - The jobless rate was 4.3 percent in October, the Labor "
        "Department said.",
    ) == "undetermined"  # fmt: skip
    assert _difference(
        tmp_path,
        "SKOPA (Reuters) - The death toll from Sunday's earthquake has risen to 120, "
        "officials said.",
        "SKOPA (AP) - The death toll from Sunday's earthquake rose to 143, the interior "
        "ministry said.",
        published_default="2026-12-01",
    ) == "update"  # fmt: skip


def _dated_claim(
    k: int,
    text: str,
    figure: str,
    value: float,
    qualifier: str,
    at: str,
    lower: float | None,
    upper: float | None,
):  # type: ignore[no-untyped-def]
    from crosscheck.model import Claim, Dating, Document

    doc = Document(f"d{k}", f"d{k}", "text", text, ((0, len(text)),), source=f"outlet {k}",
                   dating=Dating(at, "front matter: published"))  # fmt: skip
    start = text.index(figure)
    claim = Claim(f"c{k}", doc.id, 0, (start, start + len(figure)), figure, value, lower,
                  upper, qualifier, "claim", None, "count")  # fmt: skip
    return doc, claim


@pytest.mark.parametrize(
    ("third", "value", "qualifier", "lower", "upper", "kind"),
    [
        # a lower bound below the last figure may still be as high: the figures rise
        ("more than 21,000 claims", 21000, "more_than", 21000, None, "update"),
        ("at least 21,000 claims", 21000, "at_least", 21000, None, "update"),
        # a figure below the last, exact or at most, goes down
        ("21,000 claims", 21000, "exact", 21000, 21000, "contradiction"),
        ("fewer than 21,000 claims", 21000, "less_than", None, 21000, "contradiction"),
    ],
)
def test_a_later_lower_bound_that_allows_the_last_figure_is_no_fall(
    third: str,
    value: float,
    qualifier: str,
    lower: float | None,
    upper: float | None,
    kind: str,
) -> None:
    """9,800 claims, then 21,400, then "more than 21,000" were said to go up and down, an
    error (an outside hunt's update): the last allows 21,400 and more."""
    from crosscheck.rules import timeline

    made = [
        _dated_claim(1, "Insurers had 9,800 claims.", "9,800 claims", 9800, "exact",
                     "2026-05-19T09:00:00+00:00", 9800, 9800),
        _dated_claim(2, "Insurers had 21,400 claims.", "21,400 claims", 21400, "exact",
                     "2026-05-20T09:00:00+00:00", 21400, 21400),
        _dated_claim(3, f"Insurers had {third}.", third, value, qualifier,
                     "2026-05-21T09:00:00+00:00", lower, upper),
    ]  # fmt: skip
    docs = {d.id: d for d, _ in made}
    assert timeline.judge([c for _, c in made], docs, 0.0)["kind"] == kind


def _judged_steps(steps: list[list[tuple[Any, ...]]]) -> str:
    """The kind timeline.judge gives dated steps of (words, figure, qualifier[, lower,
    upper]) claims, one
    day apart, with the rules' clash test (two figures clash that cannot both hold)."""
    from crosscheck import quantity
    from crosscheck.rules import timeline

    made = []
    for day, step in enumerate(steps, start=1):
        for words, value, qualifier, *ends in step:
            lower, upper = ends if ends else (value, value)
            if qualifier in ("more_than", "at_least"):
                lower, upper = value, None
            elif qualifier in ("less_than", "at_most"):
                lower, upper = None, value
            elif qualifier == "approx":
                lower, upper = quantity.about(value)
            made.append(_dated_claim(len(made), f"Officials counted {words}.", words, value,
                                     qualifier, f"2026-05-{day:02d}T09:00:00+00:00", lower,
                                     upper))  # fmt: skip
    docs = {d.id: d for d, _ in made}

    def clash(a, b):  # type: ignore[no-untyped-def]
        return not quantity.compatible(a, b)

    judged = timeline.judge([c for _, c in made], docs, 0.0, None, clash)
    if judged["kind"] != "update":
        return judged["kind"]
    return "update: " + ("higher" if "a higher figure" in judged["why"] else "lower")


@pytest.mark.parametrize(
    ("steps", "kind"),
    [
        # (review) approximate figures are their figures: down and up is no update
        ([[("about 1,000 claims", 1000, "approx")], [("about 900 claims", 900, "approx")],
          [("about 1,100 claims", 1100, "approx")]], "contradiction"),
        # (review) every figure of a step must allow the level: an exact 60 beside "at
        # least 50" is below 100
        ([[("100 claims", 100, "exact")],
          [("at least 50 claims", 50, "at_least"), ("60 claims", 60, "exact")],
          [("200 claims", 200, "exact")]], "contradiction"),
        # (review) a bound open on one side lets the figures go that way only: 100, then
        # fewer than 200, then 95 fall ("higher" was said of it)
        ([[("about 100 claims", 100, "approx")], [("fewer than 200 claims", 200, "less_than")],
          [("95 claims", 95, "exact")]], "update: lower"),
        ([[("100 claims", 100, "exact")], [("at least 50 claims", 50, "at_least")],
          [("200 claims", 200, "exact")]], "update: higher"),
        # (re-read) a range allows its ends and what is between (quantity.as_written)
        ([[("100 claims", 100, "exact")], [("90 to 200 claims", 90, "range", 90, 200)],
          [("120 claims", 120, "exact")]], "update: higher"),
    ],
)  # fmt: skip
def test_only_open_words_let_a_timeline_rise_or_fall(
    steps: list[list[tuple[Any, ...]]], kind: str
) -> None:
    assert _judged_steps(steps) == kind


def test_a_dateline_of_a_day_to_come_is_not_used_and_the_reader_is_told(tmp_path):
    """(outside hunt) "Published: 2027-03-14" under a headline, a slip for the year before
    the run: the article was undated with no word, and its figures "undated: an update
    cannot be told from a contradiction". It stays undated (no article is of a day to
    come), with a warning naming the file and the line; a dateline of a day that has
    come, beside it, is read as before."""
    from datetime import timedelta

    later = date.today() + timedelta(days=400)
    (tmp_path / "a.txt").write_text(
        f"Count ends\nPublished: {later.isoformat()}\n\nTurnout was 64.9%, officials said.\n",
        encoding="utf-8",
    )
    (tmp_path / "b.txt").write_text(
        f"Count ends\nPublished: {later.isoformat()}\nUpdated: 2024-04-02\n\n"
        "Turnout was 67.4%, officials said.\n",
        encoding="utf-8",
    )
    result = check([tmp_path], Settings(fail_on="never"))
    docs = {d.id: d for d in result.documents}
    assert docs["a.txt"].dating is None
    said = [f"{d.path}: {d.message}" for d in result.diagnostics]
    assert any(
        s.endswith(f'a.txt: the dateline "Published: {later.isoformat()}" names a day to come '
                   f"({later.isoformat()}); not used") for s in said
    ), said  # fmt: skip
    assert docs["b.txt"].dating is not None and not any("b.txt" in s for s in said), said


def test_a_dateline_to_come_and_an_unreal_day_in_the_name_are_both_said(tmp_path):
    """(review) the file name's warning replaced the dateline's: both are given."""
    (tmp_path / "2024-02-30_wire.txt").write_text(
        "Count ends\nPublished: 11/28/68\n\nTurnout was 63.9%, officials said.\n",
        encoding="utf-8",
    )
    result = check([tmp_path], Settings(fail_on="never"))
    said = [d.message for d in result.diagnostics]
    assert 'the dateline "Published: 11/28/68" names a day to come (2068-11-28); not used' in said
    assert any("2024-02-30, is no day of the calendar" in s for s in said), said
