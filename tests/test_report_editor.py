"""report.html as an editor reads it, on small stories written for each defect: what a
finding's cards, header and views say must agree with what the finding judged."""

from __future__ import annotations

import re
from pathlib import Path

from click.testing import CliRunner

from crosscheck.cli import cli


def report_of(tmp: Path, articles: dict[str, str], *extra: str) -> str:
    """The one-file report.html of a folder holding these articles."""
    folder = tmp / "in"
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in articles.items():
        (folder / name).write_text(text, encoding="utf-8")
    out = tmp / "out"
    args = ["check", str(folder), "--out", str(out), "--fail-on", "never", "-q", *extra]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0, result.output
    return (out / "report.html").read_text(encoding="utf-8")


def cards(html: str) -> list[dict[str, str]]:
    """Each claim card of the findings: its fields by name, as text."""
    out = []
    for card in re.findall(r'<article class="claim-card".*?</article>', html, re.S):
        fields = re.findall(r"<dt>([^<]+)</dt><dd>(.*?)</dd>", card, re.S)
        out.append({k: re.sub(r"<[^>]+>", "", v).strip() for k, v in fields})
    return out


def test_a_cards_allows_is_the_interval_the_finding_judged(tmp_path: Path) -> None:
    """'nearly 300 crewmen' and 'more than 300 crewmen' cannot both hold, the finding
    says, as its number line draws them (up to 300, from 300); the card said 'nearly 300'
    allows [270, 330], which 'more than 300' meets, so the card argued against the
    finding it stood under."""
    html = report_of(
        tmp_path,
        {
            "a.txt": "Pirates held nearly 300 crewmen on Monday, officials said.\n",
            "b.txt": "Pirates held more than 300 crewmen on Monday, officials said.\n",
        },
    )
    assert "they cannot both be true" in html
    allows = {c["Allows"] for c in cards(html)}
    assert "[270, 330]" not in allows
    assert "[270, 300)" in allows  # below 300, as the rules hold it


def test_a_cards_allows_gives_the_ends_of_a_large_written_figure_as_judged(
    tmp_path: Path,
) -> None:
    """'$1,199' allows 1,198.5 to 1,199.5 as the rules judge it (its last written digit);
    the card showed [1,198, 1,200], and '1,500 kilometers' [1,500, 1,500], an interval of
    no width beside 'may be rounded': figures from 1,000 up are whole in the report."""
    html = report_of(
        tmp_path,
        {
            "a.txt": "The mayor said the repair cost $1,199 per house. The island covers "
            "1,500 kilometers, officials said.\n",
            "b.txt": "The mayor said the repair cost $1,350 per house. The island covers "
            "1,700 kilometers, officials said.\n",
        },
    )
    allows = {c["Value"]: c["Allows"] for c in cards(html)}
    assert "[1,198.5, 1,199.5]" in allows.values(), allows
    assert "[1,499.5, 1,500.5]" in allows.values(), allows
    assert "[1,500, 1,500]" not in html and "[1,198, 1,200]" not in html


def test_a_cards_value_is_worded_as_the_number_lines_ticks(tmp_path: Path) -> None:
    """A card's value read '300 crewman', '5,000,000 $' and, for '24- to 30-foot',
    '27 foot', a middle no article wrote, where the number line beside it says
    '300 crewmen' and '$4,500,000': the noun in its plural, the currency where it is
    written, a range as its two ends."""
    from crosscheck.report.html import value_words
    from tests.test_subjects import one

    assert value_words(one("Nearly 300 crewmen were held.")) == "300 crewmen"
    assert value_words(one("The damage was about $5 million.")) == "$5,000,000"
    assert value_words(one("Turnout was 45 percent.")) == "45%"
    assert value_words(one("The 24- to 30-foot dhow sank.")) == "24 to 30 feet"
    assert value_words(one("Winds reached 120 mph.")) == "120 mph"  # as written
    html = report_of(
        tmp_path,
        {
            "a.txt": "The mayor said the damage was about $5 million after the fire.\n",
            "b.txt": "The mayor said the damage was about $9 million after the fire.\n",
        },
    )
    values = [c["Value"] for c in cards(html)]
    assert values and all(v.startswith(("$5,000,000", "$9,000,000")) for v in values), values


def test_the_headers_dates_say_how_many_articles_are_undated(tmp_path: Path) -> None:
    """'3 documents ..., published 2024-03-02' read as if all three were of that day
    when only one carried a date (ECB+'s 20ecbplus: 3 of 11 dated, shown as
    'published 2005-11-27'); the story pages' table said the same."""
    from crosscheck.model import Document
    from crosscheck.report.html import _date_range

    html = report_of(
        tmp_path,
        {
            "a.md": "---\npublished: 2024-03-02\n---\nOfficials said 40 people were hurt.\n",
            "b.txt": "Officials said 55 people were hurt in the fire.\n",
            "c.txt": "Officials said 55 people were hurt in the blaze.\n",
        },
    )
    header = html.split('<p class="meta">', 1)[1].split("</p>", 1)[0]
    assert "published 2024-03-02 (2 of 3 undated)" in header
    from datetime import date

    dated = [
        Document(id=n, path=n, format="txt", text="", paragraphs=[], published=date(2024, 3, d))
        for n, d in (("a", 1), ("b", 2))
    ]
    assert _date_range(dated) == "2024-03-01 – 2024-03-02"  # all dated: as before


def test_the_header_counts_in_words_that_agree_with_the_lists_below(tmp_path: Path) -> None:
    """One article read '1 documents', one group '1 groups'; and the header's info count
    took in the corroborations, which the findings list below does not hold ('30 info'
    over a list of 19 findings), without a word on where they were."""
    one_article = report_of(
        tmp_path / "one", {"a.txt": "Officials said 40 people were hurt in the fire.\n"}
    )
    header = one_article.split('<p class="meta">', 1)[1].split("</p>", 1)[0]
    assert header.startswith("1 document ·") and "1 claim ·" in header
    assert "<title>crosscheck report: 1 document, 0 errors, 0 warnings</title>" in one_article
    html = report_of(
        tmp_path / "two",
        {
            "a.txt": "Firefighters said 12 buildings were destroyed in the fire.\n",
            "b.txt": "Firefighters said 12 buildings were destroyed in the blaze.\n",
        },
    )
    header = html.split('<p class="meta">', 1)[1].split("</p>", 1)[0]
    assert "1 group ·" in header
    assert '1 info</span> <span class="small">(1 corroboration among these, listed under' in header
    assert '<a href="#corroborations">Corroborations</a>' in header


def test_compare_never_sets_an_article_beside_itself(tmp_path: Path, browser) -> None:  # type: ignore[no-untyped-def]
    """A folder of one article opened 'Compare two articles' with that article on both
    sides, every claim of it 'only in left'; picking one article on both sides did the
    same. It says there is nothing to compare, or to pick two."""
    report_of(tmp_path / "one", {"a.txt": "Officials said 40 people were hurt in the fire.\n"})
    pg = browser.new_page()
    pg.goto((tmp_path / "one" / "out" / "report.html").as_uri())
    alone = pg.locator("#diff-table tbody").inner_text()
    pg.close()
    assert "only in left" not in alone and "Only one article" in alone
    report_of(
        tmp_path / "two",
        {
            "a.txt": "Officials said 40 people were hurt in the fire.\n",
            "b.txt": "Officials said 55 people were hurt in the fire.\n",
        },
    )
    pg = browser.new_page()
    pg.goto((tmp_path / "two" / "out" / "report.html").as_uri())
    assert (
        "only in" in pg.locator("#diff-table tbody").inner_text()
        or pg.locator("#diff-table tr.changed").count()
    )
    pg.select_option("#diff-right", "a.txt")
    same = pg.locator("#diff-table tbody").inner_text()
    pg.close()
    assert "only in left" not in same and "pick two different articles" in same


def test_without_javascript_the_page_says_what_it_cannot_show(tmp_path: Path, browser) -> None:  # type: ignore[no-untyped-def]
    """With JavaScript off, 'Compare two articles' was an empty table under two lists
    that did nothing, with no word of why."""
    report_of(
        tmp_path,
        {
            "a.txt": "Officials said 40 people were hurt in the fire.\n",
            "b.txt": "Officials said 55 people were hurt in the fire.\n",
        },
    )
    pg = browser.new_page(java_script_enabled=False)
    pg.goto((tmp_path / "out" / "report.html").as_uri())
    compare = pg.locator("#diff").inner_text()
    pg.close()
    assert "needs JavaScript" in compare


def _numberline_rows(*names: str) -> tuple[list[str], str]:
    """The row labels of a number line of one claim in each named article, and its svg."""
    import dataclasses

    from crosscheck.report.html import numberline
    from tests.test_subjects import one

    claims = [
        dataclasses.replace(one(f"Officials said {40 + k} people were hurt."), document=n)
        for k, n in enumerate(names)
    ]
    svg = str(numberline(claims))
    rows = re.findall(r'class="label">(?:<title>[^<]*</title>)?<tspan[^>]*>([^<]*)<', svg)
    return rows, svg


def test_the_number_lines_rows_name_their_articles_apart() -> None:
    """Each row of a number line was labelled with its article's first 18 characters:
    'reuters_2024-03-02_fire.txt' and 'reuters_2024-03-02_fire-update.txt' both read
    'reuters_2024-03-02', with nothing to tell the rows apart. A long name keeps its
    start and end, with the whole name as the row's tooltip; a folder all rows share is
    left out ('20_11ecbplus.md', not '20ecbplus/20_11ecb')."""

    def labels(*names: str) -> list[str]:
        return _numberline_rows(*names)[0]

    first = labels("reuters_2024-03-02_fire.txt", "reuters_2024-03-02_fire-update.txt")
    assert len(set(first)) == 2, first
    assert labels("20ecbplus/20_11ecbplus.md", "20ecbplus/20_1ecbplus.md") == [
        "20_11ecbplus.md",
        "20_1ecbplus.md",
    ]
    assert labels("a/x.txt", "b/x.txt") == ["a/x.txt", "b/x.txt"]  # the folder tells them
    _rows, svg = _numberline_rows("reuters_2024-03-02_fire-update.txt")
    assert "<title>\u2068reuters_2024-03-02_fire-update.txt\u2069</title>" in svg


def test_a_number_line_row_named_in_wide_letters_stays_left_of_the_line() -> None:
    """A row's name was cut at 18 letters whatever their width: 18 Chinese or Japanese
    letters, each an em of the 11px label, ran 200px, past where the line starts (150px).
    A name is cut by its width: a wide letter counts for almost two Latin ones, and the
    start and end kept are as wide as a Latin name's; an accent written as a mark of its
    own stays with its letter, never on the ellipsis (a re-read)."""
    import unicodedata

    shown, svg = _numberline_rows(
        "朝日新聞デジタル版の記事二〇二四年三月二日の火災.txt",
        "人民日报海外版关于火灾的第二篇报道全文.txt",
        "reuters_2024-03-02_fire-update.txt",
        "Seance_de_la_Republique_pre\u0301sidentiel",
    )
    line_x = float(re.search(r'<line x1="([\d.]+)"', svg).group(1))  # type: ignore[union-attr]
    for text in shown:  # (11px: an em for a wide letter, at least 5.5px for any other)
        width = sum(11 if unicodedata.east_asian_width(ch) in "WF" else 5.5 for ch in text)
        assert 4 + width < line_x, text
    assert shown[2] == "reuters_…pdate.txt"  # a Latin name cut as it was
    assert shown[0].startswith("朝日新聞") and shown[0].endswith(".txt") and "…" in shown[0]
    assert not unicodedata.combining(shown[3][shown[3].index("…") + 1]), shown[3]


def test_a_pair_kept_apart_is_named_by_its_words_not_an_id() -> None:
    """A group's 'Kept apart' list named the claim of another group by its id
    ('c89909ac893ae ~ at least three people and inju: an increment is not a total'),
    which tells an editor nothing; it is named by its words, as the group's own are."""
    from crosscheck.model import ClaimGroup
    from crosscheck.report.html import group_html
    from tests.test_subjects import one

    ours = one("Officials said 10 people were killed.")
    other = one("The toll rose by 3 people, officials said.")
    group = ClaimGroup(
        id="g1",
        claims=(ours.id,),
        documents=(ours.document,),
        kind="count",
        concept="people",
        label="dead",
        score=1.0,
        apart=({"claims": [other.id, ours.id], "why": "an increment is not a total"},),
    )
    html = str(group_html(group, {ours.id: ours, other.id: other}))
    kept = html.split("Kept apart", 1)[1]
    assert other.id not in kept and f"<bdi>{other.text[:30]}</bdi> ~ " in kept


def test_a_qualifier_is_worded_as_the_interval_the_rules_judge(tmp_path: Path) -> None:
    """A card said 'nearly 300' was '(approx)', an 'about' on either side, beside the
    interval [270, 300] the rules judge it by, which 'more than 300' misses; the claims
    table and the tips said 'approx', 'at_least', 'more_than'; a '1.5 billion' the rules
    take as a rounding, [1.45 billion, 1.55 billion], was '(exact)'. Every qualifier the
    extractor gives is worded by what the card's interval shows."""
    said = {
        "nearly 300 crewmen": "more than 300 crewmen",
        "almost 40 boats": "45 boats",
        "about 600 sailors": "700 sailors",
        "at least 12 people were killed": "10 people were killed",
        "up to 70 soldiers": "80 soldiers",
        "fewer than 90 vehicles": "95 vehicles",
        "between 100 and 200 refugees arrived": "250 refugees arrived",
        "33 hostages": "38 hostages",
        "damage of 1.5 billion dollars": "damage of 2.5 billion dollars",
        # a hedged range: its written ends, each widened, never 'just below' its middle
        "nearly 10 to 12 firefighters were hurt": "13 firefighters were hurt",
        "about 100 to 200 tents were destroyed": "250 tents were destroyed",
    }
    html = report_of(
        tmp_path,
        {
            "a.txt": "".join(f"Officials said {a} on Monday.\n" for a in said),
            "b.txt": "".join(f"Police said {b} on Monday.\n" for b in said.values()),
        },
    )
    shown = {c["Value"]: c["Allows"] for c in cards(html)}
    # each end bracketed as the rules hold it (quantity.ends): ')' excludes the figure
    assert shown["300 crewmen (just below it)"] == "[270, 300)", shown
    assert shown["40 boats (just below it)"] == "[36, 40)"
    assert shown["300 crewmen (more than)"] == "(300, ∞)"
    assert shown["600 sailors (about)"] == "[540, 660]"
    assert shown["12 people (at least)"] == "[12, ∞)"
    assert shown["70 soldiers (at most)"] == "(−∞, 70]"
    assert shown["90 vehicles (less than)"] == "(−∞, 90)"
    assert shown["100 to 200 refugees (a range)"] == "[100, 200]"
    assert shown["33 hostages (exact)"] == "33"
    assert shown["1,500,000,000 dollars (as written, may be rounded)"].startswith("[1,450,")
    assert shown["10 to 12 firefighters (a range, nearly)"] == "[9, 12]", shown
    assert shown["100 to 200 tents (a range, about)"] == "[90, 220]", shown
    table = html.split('id="claim-table"', 1)[1].split("</table>", 1)[0]
    tips = re.findall(r'data-tip="([^"]*)"', html) + re.findall(r"<title>([^<]*)</title>", html)
    for text in (table, *tips):
        assert not re.search(r"\b(approx|at_least|at_most|more_than|less_than)\b", text), text
    assert "<td>just below it</td>" in table and "<td>at least</td>" in table
    # a tip gives a range as its ends ('100 to 200 tents'), not its middle ('150 tent')
    assert any("100 to 200 tents (a range, about" in t for t in tips), tips
    assert not [t for t in tips if t.startswith("count: 150 ")], tips


def seeds_report(tmp: Path, *extra: str) -> Path:
    """report.html of the seed articles copied to ``tmp``."""
    from tests.conftest import SEEDS

    report_of(tmp, {p.name: p.read_text(encoding="utf-8") for p in sorted(SEEDS.iterdir())}, *extra)
    return tmp / "out" / "report.html"


def test_a_count_of_none_is_a_muted_badge(tmp_path: Path, browser, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The seeds' header showed '0 ERRORS' in the red of an error, so an editor's eye went
    first to what was not there; the index of a large run did the same. A count of none is
    the same badge in a muted style; a count of one or more keeps its colour."""
    from crosscheck.report import pages

    one_file = seeds_report(tmp_path / "one")
    monkeypatch.setattr(pages, "SINGLE_FILE_MAX_DOCS", 1)  # the index of a large run
    index = seeds_report(tmp_path / "index")
    assert (index.parent / "report-files").is_dir()
    for report in (one_file, index):
        pg = browser.new_page()
        pg.goto(report.as_uri())
        looks = {
            badge.inner_text().lower(): badge.evaluate(
                "e => [getComputedStyle(e).backgroundColor, getComputedStyle(e).color]"
            )
            for badge in pg.locator("header .sev").all()
        }
        pg.close()
        zero, warnings = looks["0 errors"], looks["2 warnings"]
        assert zero[0] == "rgba(0, 0, 0, 0)" and zero[1] == "rgb(95, 99, 104)", looks
        assert warnings == ["rgb(138, 90, 0)", "rgb(255, 255, 255)"], looks


def test_the_index_counts_corroborations_in_the_number_they_take(
    tmp_path: Path,
    monkeypatch,  # type: ignore[no-untyped-def]
) -> None:
    """The index of a large run said '(1 of them corroborations, on the story pages)' of
    the seeds' one corroboration, and under its story pages '1 corroborations and 0 sets
    of copies ... are listed'. One is 'a corroboration'; none is not said."""
    from crosscheck.report import pages

    monkeypatch.setattr(pages, "SINGLE_FILE_MAX_DOCS", 1)  # the index of a large run
    index = seeds_report(tmp_path / "seeds").read_text(encoding="utf-8")
    header = index.split('<p class="meta">', 1)[1].split("</p>", 1)[0]
    assert "(1 corroboration among these, on the story pages)" in header, header
    stories = index.split('id="stories-h"', 1)[1].split("</p>", 1)[0]
    assert "1 corroboration is listed on the story pages." in stories, stories
    assert "corroborations" not in stories and "0 sets" not in stories
    many = report_of(
        tmp_path / "many",
        {
            "a.txt": "Firefighters said 12 buildings were destroyed in the fire.\n"
            "Doctors said 40 people were hurt in the fire.\n",
            "b.txt": "Firefighters said 12 buildings were destroyed in the blaze.\n"
            "Doctors said 40 people were hurt in the blaze.\n",
        },
    )
    # the two are copies, one source: their figures are no corroborations
    assert "(2 figures from one source only among these, on the story pages)" in many
    assert (
        "2 figures from one source only and 1 set of copies (articles that are one source)"
        " are listed"
    ) in many
    assert "corroboration" not in many.split("<main>", 1)[0]
    none = report_of(
        tmp_path / "none",
        {
            "a.txt": "Firefighters said 12 buildings were destroyed in the fire.\n",
            "b.txt": "Doctors said 40 people were hurt in the blaze.\n",
        },
    )
    assert "listed on the story pages" not in none
    assert "corroboration" not in none.split("<main>", 1)[0]  # the header says none


def test_an_untitled_article_is_named_once(tmp_path: Path, ecb_articles: Path) -> None:
    """An article with no title is linked by its file name: a card's 'Article' then said
    the name again underneath ('41_10ecbplus.md · usatoday30.usatoday.com / 41_10ecbplus.md'),
    as did the document's heading ('41_10ecbplus.md 41_10ecbplus.md · ... · 1 claims') and
    the copy cluster's list. It is named once; a titled article keeps its file name below
    its title."""
    event = ecb_articles / "41ecbplus"
    html = report_of(tmp_path / "ecb", {p.name: p.read_text("utf-8") for p in event.glob("*.md")})
    articles = [c["Article"] for c in cards(html)]
    assert articles
    for article in articles:
        name = re.search(r"\d+_\d+ecbplus\.md", article)
        assert name and article.count(name.group()) == 1, article
    for summary in re.findall(r"<summary><h3>(.*?)</summary>", html, re.S):
        text = re.sub(r"<[^>]+>", "", summary)
        name = re.search(r"\d+_\d+ecbplus\.md", text)
        assert name and text.count(name.group()) == 1, text
        assert not re.search(r"\b1 claims\b", text), text
    copies = html.split('id="copies"', 1)[1].split("</section>", 1)[0]
    members = re.findall(r"<li><a href=\"#doc-[^>]*>(.*?)</li>", copies, re.S)
    assert members
    for member in members:
        text = re.sub(r"<[^>]+>", "", member)
        name = re.search(r"\d+_\d+ecbplus\.md", text)
        assert name and text.count(name.group()) == 1, text
    titled = report_of(
        tmp_path / "titled",
        {
            "a.md": "---\ntitle: Fire in the old town\n---\nOfficials said 40 people were hurt.\n",
            "b.md": "---\ntitle: Blaze downtown\n---\nOfficials said 55 people were hurt.\n",
        },
    )
    shown = [c["Article"] for c in cards(titled)]
    assert shown == ["Fire in the old towna.md", "Blaze downtownb.md"], shown  # (tags gone)


def test_a_search_boxs_hint_fits_in_it(tmp_path: Path, browser, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """At 1280 pixels the index's search box showed 'words in the finding, or a d': its
    hint was 207 pixels wide in a box of 169. Every box's hint is whole, on the index and
    on a one-file report (whose 'text, unit, source, document' had 5 pixels to spare)."""
    from crosscheck.report import pages

    one_file = seeds_report(tmp_path / "one")
    monkeypatch.setattr(pages, "SINGLE_FILE_MAX_DOCS", 1)  # the index of a large run
    index = seeds_report(tmp_path / "index")
    measure = """() => Array.from(document.querySelectorAll("input[placeholder]")).map(e => {
        const s = getComputedStyle(e), c = document.createElement("canvas").getContext("2d");
        c.font = s.font;
        const room = e.clientWidth - parseFloat(s.paddingLeft) - parseFloat(s.paddingRight);
        return [e.placeholder, c.measureText(e.placeholder).width, room]; })"""
    for report in (index, one_file):
        pg = browser.new_page(viewport={"width": 1280, "height": 900})
        pg.goto(report.as_uri())
        boxes = pg.evaluate(measure)
        pg.close()
        assert boxes
        for hint, width, room in boxes:
            assert width + 8 <= room, (report.name, hint, width, room)


def test_timelines_and_groups_count_in_words(tmp_path: Path, ecb_articles: Path) -> None:
    """A finding's timeline read 'Timeline: 7 report(s), oldest first' and '4 undated
    article(s) not placed in time', and 'oldest first' over the seeds' two undated
    reports, in no order of time; a claim's tip '1 finding(s)'; a group's heading repeated
    its label as its concept ('weapons (dropped) weapons · 7 claims in 7 documents') and
    said '1 documents'."""
    event = ecb_articles / "41ecbplus"
    html = report_of(tmp_path / "ecb", {p.name: p.read_text("utf-8") for p in event.glob("*.md")})
    assert "(s)" not in html
    assert "<summary>Timeline: 7 reports, oldest first, undated last</summary>" in html
    undated = re.findall(r"· (\d+) undated (articles?) not placed in time", html)
    assert undated and all((n == "1") == (word == "article") for n, word in undated), undated
    heads = re.findall(r'<details class="group".*?<summary>(.*?)</summary>', html, re.S)
    heads = [re.sub(r"<[^>]+>|[\u2068\u2069]", "", h) for h in heads]
    weapons = re.compile(r"weapons \(dropped\) 7 claims in 7 documents · score 0\.\d\d")
    assert any(weapons.fullmatch(h) for h in heads), heads
    assert not any(re.search(r"\b1 (claims|documents)\b", h) for h in heads)
    seeds = seeds_report(tmp_path / "seeds").read_text(encoding="utf-8")
    assert "<summary>Timeline: 2 reports, none dated</summary>" in seeds
    assert "oldest first" not in seeds and "(s)" not in seeds


def test_figures_from_one_source_only_are_not_counted_as_corroborations(
    tmp_path: Path,
    ecb_articles: Path,
    monkeypatch,  # type: ignore[no-untyped-def]
) -> None:
    """36ecbplus's header said '(20 corroborations among these...)' and its section
    'Corroborations 20' where report.json holds 12 corroborations and 8 single-source
    findings, each of which says copies of one story are one source, not an independent
    corroboration. The counts are report.json's verdicts', in the header, the section, its
    list of figures from one source only, and a large run's index and story table."""
    import json

    from crosscheck.report import pages

    out = tmp_path / "out"
    args = ["check", str(ecb_articles / "36ecbplus"), "--out", str(out), "--fail-on", "never"]
    done = CliRunner().invoke(cli, [*args, "-q"])
    assert done.exit_code == 0, done.output
    findings = json.loads((out / "report.json").read_text("utf-8"))["findings"]
    verdicts = [f["evidence"]["verdict"] for f in findings if f["kind"] == "corroboration"]
    agree, single = verdicts.count("corroboration"), verdicts.count("single-source")
    assert agree and single and agree + single == len(verdicts)
    html = (out / "report.html").read_text(encoding="utf-8")
    header = html.split('<p class="meta">', 1)[1].split("</p>", 1)[0]
    said = f"{agree} corroborations and {single} figures from one source only"
    assert f"({said} among these, listed under" in header, header
    assert f"{agree + single} corroborations" not in html
    section = html.split('<section id="corroborations"', 1)[1].split("</section>", 1)[0]
    assert f'Corroborations <span class="count">{agree}</span></h2>' in section
    assert f'From one source only <span class="count">{single}</span></h3>' in section
    agreeing, one_source = section.split('id="single-source-h"', 1)
    assert agreeing.count("<li ") == agree and "one source</span>" not in agreeing
    assert one_source.count("<li ") == single == one_source.count(">one source</span>")
    assert one_source.count("not an independent corroboration") == single
    # the index of a large run and its list of story pages
    monkeypatch.setattr(pages, "SINGLE_FILE_MAX_DOCS", 1)
    split = tmp_path / "split"
    done = CliRunner().invoke(cli, [*args[:2], "--out", str(split), "--fail-on", "never", "-q"])
    assert done.exit_code == 0, done.output
    index = (split / "report.html").read_text(encoding="utf-8")
    header = index.split('<p class="meta">', 1)[1].split("</p>", 1)[0]
    assert f"({said} among these, on the story pages)" in header, header
    stories = index.split('id="stories-h"', 1)[1].split("</p>", 1)[0]
    assert f"{agree} corroborations, {single} figures from one source only and " in stories
    cells = re.findall(r'<td class="num">(\d+)</td><td class="num">(\d+)</td><td>', index)
    assert sum(int(a) for a, _ in cells) == agree and sum(int(b) for _, b in cells) == single
