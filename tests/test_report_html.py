"""report.html: rendered on the seeds and checked in a real browser (Playwright driving the
distribution's headless Chromium), an article full of markup that must stay text, and a
golden copy of the seeds' report. Browser tests skip, saying why, where no Chromium is."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from crosscheck.cli import cli
from tests.conftest import SEEDS, write_article, write_story

GOLDEN = Path(__file__).resolve().parent / "golden" / "report.html"


def build(tmp: Path, inputs: Path, *extra: str) -> Path:
    result = CliRunner().invoke(cli, ["check", str(inputs), "--out", str(tmp), "-q", *extra])
    assert result.exit_code == 0, result.output
    return tmp / "report.html"


@pytest.fixture(scope="module")
def seeds_report(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """Built from the repository root with the relative path `seeds/`, as `make golden` does."""
    import os

    here = os.getcwd()
    os.chdir(SEEDS.parent)
    try:
        yield build(tmp_path_factory.mktemp("seeds"), Path("seeds/"))
    finally:
        os.chdir(here)


@pytest.fixture
def page(browser, seeds_report: Path):  # type: ignore[no-untyped-def]
    pg = browser.new_page()
    errors: list[str] = []
    pg.on("console", lambda m: errors.append(m.text) if m.type in ("error", "warning") else None)
    pg.on("pageerror", lambda e: errors.append(str(e)))
    pg.goto(seeds_report.as_uri())
    pg.errors = errors
    yield pg
    pg.close()


# --- static checks, no browser needed ---------------------------------------------------------


def test_report_is_self_contained_and_deterministic(tmp_path: Path, seeds_report: Path) -> None:
    html = seeds_report.read_text(encoding="utf-8")
    assert 'http-equiv="Content-Security-Policy"' in html
    assert "<link" not in html and "src=" not in html.replace("data-", "")
    assert "http://" not in html and "https://" not in html  # nothing fetched (no links in seeds)
    again = build(tmp_path / "a", SEEDS)
    twice = build(tmp_path / "b", SEEDS)
    assert again.read_bytes() == twice.read_bytes()


def test_golden_report(seeds_report: Path) -> None:
    """The seeds' report.html as reviewed; regenerate with `make golden` and review the diff."""
    assert GOLDEN.exists(), "run `make golden` to create tests/golden/report.html"
    assert seeds_report.read_text(encoding="utf-8") == GOLDEN.read_text(encoding="utf-8")


def test_every_link_in_the_page_lands(seeds_report: Path) -> None:
    """Every '#...' link names an id of the page: a claim inside a longer one (170 mm in
    "around 220 (combined) 170 millimeter ... howitzers") too, whose text is marked once."""
    import re

    html = seeds_report.read_text(encoding="utf-8")
    ids = set(re.findall(r' id="([^"]+)"', html))
    links = re.findall(r' href="#([^"]+)"', html)
    assert len(links) > 20 and [h for h in links if h not in ids] == []
    assert html.count('class="claim-at"') == 2


def test_articles_whose_names_differ_only_in_what_an_id_cannot_hold_keep_their_own_anchors(
    tmp_path: Path,
) -> None:
    """Each article has an id of its own on the page, and a link to it lands on it: names
    in another script ('日本.txt', '🙂.txt' were both 'doc-txt') or that differ by '.', '-',
    ' ' or '/' ('a.b.txt', 'a-b.txt', 'a b.txt', 'a/b.txt' were all 'doc-a-b-txt')."""
    import re

    names = ["日本.txt", "🙂.txt", "a.b.txt", "a-b.txt", "a b.txt", "a/b.txt", "seed_1.txt"]
    for n, name in enumerate(names):
        (tmp_path / "in" / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / "in" / name).write_text(f"Officials said {120 + n} people died in the fire.\n")
    args = ["check", str(tmp_path / "in"), "--out", str(tmp_path / "out"), "--fail-on", "never"]
    assert CliRunner().invoke(cli, args).exit_code == 0
    html = (tmp_path / "out" / "report.html").read_text(encoding="utf-8")
    docs = re.findall(r'<details class="document" id="([^"]+)"', html)
    assert len(docs) == len(names) and len(set(docs)) == len(names), docs
    assert "doc-seed_1-txt" in docs  # a plain name keeps the anchor it always had
    for target in set(re.findall(r' href="#(doc-[^"]+)"', html)):
        assert target in docs


def test_timestamp_only_on_request(tmp_path: Path) -> None:
    CliRunner().invoke(cli, ["check", str(SEEDS), "--out", str(tmp_path), "-q", "--timestamp"])
    assert "generated 20" in (tmp_path / "report.html").read_text(encoding="utf-8")


def test_no_two_finding_headings_read_alike(tmp_path: Path, ecb_articles: Path) -> None:
    """Findings of one rule read alike in a screen reader's list of headings ('info The
    figure is credited to different sources', five times on ECB+ topic 16 when a credit
    against no credit was one): each heading
    says its group, and those of groups labelled alike ('age', three) their figures, or
    where those are alike too their place."""
    import re

    from crosscheck.report.html import told_apart

    html = build(tmp_path, ecb_articles / "16ecbplus").read_text(encoding="utf-8")
    heads = [re.sub(r"<[^>]+>", "", h) for h in re.findall(r"<h3>(.*?)</h3>", html)]
    assert len(heads) == len(set(heads)) > 5
    assert "info The figure is credited to different sources: age of Jose Luis Orozco #" in heads
    assert "info The figure is credited to different sources: age #" in heads
    views = [{"title": "t", "group_label": "age", "figures": lambda f=f: f} for f in ("16", "35")]
    assert [v["nth"] for v in told_apart(views)] == ["16", "35"]
    views = [
        {"title": "t", "group_label": "age", "figures": lambda f=f: f} for f in ("6", "6", "35")
    ]
    assert [v["nth"] for v in told_apart(views)] == ["1 of 3", "2 of 3", "3 of 3"]
    views = [{"title": "t", "group_label": g, "figures": lambda: "6"} for g in ("age", "day")]
    assert [v["nth"] for v in told_apart(views)] == [None, None]


def test_a_list_of_articles_cut_short_by_one_or_two_lists_them_on_the_page(
    tmp_path: Path, ecb_articles: Path
) -> None:
    """A finding's message names the first three articles of a figure and counts the others
    ('(+1 more)'): on the page, where the editor cannot ask for the others, a '(+1 more)'
    took as much room as the outlet it hid. The page lists them (a count of three or more
    stays); report.json keeps the message's words."""
    import json

    out = tmp_path / "out"
    html = build(out, ecb_articles / "38ecbplus").read_text(encoding="utf-8")
    [said] = [
        f["message"]
        for f in json.loads((out / "report.json").read_text(encoding="utf-8"))["findings"]
        if "(+1 more)" in f["message"]
    ]
    assert "latimesblogs" not in said.split("; 4.4")[0]
    assert "more)" not in html and " and 1 more" not in html and " and 2 more" not in html
    assert (
        "<bdi>powerfullinfo.com</bdi> (<bdi>38_7ecbplus.md</bdi>), <bdi>latimesblogs.latimes.com"
        "</bdi> (<bdi>38_8ecbplus.md</bdi>)); 4.4 (" in html
    )


def test_the_index_of_a_large_run_lists_a_message_s_articles_as_its_story_page_does(
    tmp_path: Path, ecb_articles: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The index of a large run still said '(+1 more)' where the finding's story page named
    the outlet: the two read differently, and the index's search could not find it."""
    from crosscheck.report import pages

    monkeypatch.setattr(pages, "SINGLE_FILE_MAX_DOCS", 1)  # the index of a large run
    out = tmp_path / "out"
    build(out, ecb_articles / "38ecbplus")
    index = "".join(
        p.read_text(encoding="utf-8")
        for p in [out / "report.html", *(out / "report-files").glob("findings-*.js")]
    )
    assert "latimesblogs.latimes.com" in index and "(+1 more)" not in index


# --- in the browser ---------------------------------------------------------------------------


def test_findings_with_quotes(page) -> None:  # type: ignore[no-untyped-def]
    findings = page.locator("#finding-list > li.finding")
    assert findings.count() == 2
    text = findings.all_inner_texts()
    assert any("16.7% above" in t and "at least 3,000 additional troops" in t for t in text)
    assert any("JCS" in t and "NIS" in t for t in text)
    marks = page.locator("#finding-list mark").all_inner_texts()
    assert "around 3,500 additional North Korean soldiers" in marks
    assert page.locator("svg.numberline").count() == 1
    assert page.errors == []


def test_filters_hide_and_show(page) -> None:  # type: ignore[no-untyped-def]
    visible = page.locator("#finding-list > li.finding:visible")
    assert visible.count() == 2
    page.uncheck("input[name=severity][value=warning]")
    assert visible.count() == 0
    page.check("input[name=severity][value=warning]")
    page.select_option("select[name=rule]", "troop-source-disagreement")
    assert visible.count() == 1 and "credited to different sources" in visible.inner_text()
    page.select_option("select[name=rule]", "")
    page.fill("input[name=q]", "admits")
    assert visible.count() == 1
    # across the isolate marks around a quote in a dot's tooltip ("⁨some 3,000 or more⁩:
    # 3,000 (at least)"), which a reader does not see
    page.fill("input[name=q]", "or more: 3,000")
    assert visible.count() == 1
    page.fill("input[name=q]", "")
    assert visible.count() == 2


def test_the_rule_filter_offers_the_rules_listed_and_an_empty_list_says_so(page) -> None:  # type: ignore[no-untyped-def]
    """The rule filter offered 'corroborated-figure', whose findings are listed under
    Corroborations, not Findings: picking it left the list empty, without a word."""
    rules = page.locator("select[name=rule] option").evaluate_all("os => os.map(o => o.value)")
    assert rules == ["", "troop-count-disagreement", "troop-source-disagreement"]
    none = page.locator("#findings-none")
    assert not none.is_visible()
    page.uncheck("input[name=severity][value=warning]")
    assert page.locator("#finding-list > li.finding:visible").count() == 0
    assert none.is_visible() and "No findings" in none.inner_text()
    page.check("input[name=severity][value=warning]")
    assert not none.is_visible()
    assert page.errors == []


def test_sortable_headers_say_their_sort_state(page) -> None:  # type: ignore[no-untyped-def]
    """The claims table's headers sorted without saying so: a screen reader could not tell
    which column the rows were in order of, nor which way. Each says aria-sort, the one
    sorted by 'ascending' or 'descending', the others 'none'."""
    heads = page.locator("#claim-table thead th")
    sorts = lambda: heads.evaluate_all("hs => hs.map(h => h.getAttribute('aria-sort'))")  # noqa: E731
    assert sorts() == ["none"] * 8
    page.click("#claim-table button[data-sort='2']")
    assert sorts() == ["none", "none", "ascending"] + ["none"] * 5
    page.click("#claim-table button[data-sort='2']")
    assert sorts()[2] == "descending"
    page.click("#claim-table button[data-sort='0']")
    assert sorts() == ["ascending"] + ["none"] * 7
    assert page.errors == []


def test_diff_view(page) -> None:  # type: ignore[no-untyped-def]
    page.select_option("#diff-left", "000_71db2a8b7660cb1e.txt")
    page.select_option("#diff-right", "003_7f9d67f18c909fa1.txt")
    # 'at least 3,000' and 'around 3,500': the finding calls them compatible, and so does
    # the page (it showed them in red, 'changed: +500 (+16.7%)')
    compatible = page.locator("#diff-table tr.compatible")
    equal = page.locator("#diff-table tr.equal")
    assert page.locator("#diff-table tr.changed").count() == 0
    assert compatible.count() == 1
    status = compatible.locator("td.status").inner_text()
    assert status.startswith("≈ compatible: 3,500 is 16.7% above 3,000; the wording still makes")
    assert "“at least 3,000 additional troops” admits 3,500; “some 3,000 or more” admits" in status
    assert status.count("16.7%") == 1 and status.count("the wording") == 1  # each said once
    assert equal.count() == 1 and "11,000" in equal.inner_text()
    assert page.locator("#diff-table tr.only").count() > 0
    assert page.locator("#diff-pairs a").count() == 1


def test_anchors(page, seeds_report: Path) -> None:  # type: ignore[no-untyped-def]
    link = page.locator("#finding-list li.finding a.permalink").first
    target = link.get_attribute("href")
    assert target and target.startswith("#finding-")
    page.goto(seeds_report.as_uri() + target)
    assert page.locator(target).is_visible()
    claim_link = page.locator("#finding-list dd a").first.get_attribute("href")
    assert claim_link and page.locator(claim_link).count() == 1
    page.locator("#finding-list dd a").first.click()
    assert page.locator(claim_link).is_visible()


def test_document_view_highlights_and_tips(page) -> None:  # type: ignore[no-untyped-def]
    flagged = page.locator("#documents details .claim.flagged")
    assert flagged.count() >= 3
    tip = page.locator("#documents details .claim").first.get_attribute("data-tip")
    assert tip and "interval" in tip
    page.locator("#documents details .claim").first.focus()
    assert page.evaluate("document.activeElement.classList.contains('claim')")


def test_untrusted_article_executes_nothing(tmp_path: Path, browser) -> None:  # type: ignore[no-untyped-def]
    src = tmp_path / "in"
    src.mkdir()
    (src / "evil.md").write_text(
        '---\ntitle: "<script>window.pwned=1</script>"\n'
        'source: \'"><img src=x onerror="window.pwned=2">\'\n'
        "url: javascript:window.pwned=3\n---\n"
        "Police said <script>window.pwned=4</script> 12 people "
        '"><img src=x onerror=window.pwned=5> died. '
        "[link](javascript:window.pwned=6) Officials said 30 homes burned.\n"
    )
    shutil.copy(SEEDS / "003_7f9d67f18c909fa1.txt", src / "b.txt")
    report = build(tmp_path / "out", src)
    html = report.read_text(encoding="utf-8")
    assert "<script>window.pwned" not in html and "<img src=x" not in html
    assert 'href="javascript:' not in html
    page = browser.new_page()
    page.goto(report.as_uri())
    page.wait_for_timeout(200)
    assert page.evaluate("typeof window.pwned") == "undefined"
    assert "<script>window.pwned=1</script>" in page.locator("#documents").inner_text()
    page.close()


def test_compare_view_judges_as_the_rule_did(tmp_path: Path) -> None:
    """The troop rule has no tolerance: 28,000 and 28,400 troops differ for it (the default
    2% would call them equal), and the page's compare data says what the finding says."""
    from crosscheck.config import Settings
    from crosscheck.pipeline import run
    from crosscheck.report.html import Context, _diff_data

    story = tmp_path / "story"
    story.mkdir()
    (story / "a.txt").write_text("The army said 28,000 troops were deployed to the border.\n")
    (story / "b.txt").write_text("The army said 28,400 troops were deployed to the border.\n")
    result = run([story], Settings())
    finding = next(f for f in result.findings if f.rule == "troop-count-disagreement")
    data = _diff_data(Context(result), result.documents, result.claims)
    group = next(g for g in data["groups"] if g["id"] == finding.group)
    assert group["figs"] == [0, 1]
    assert group["pairs"] == [[0, 1, "d", ["28,400 is 1.4% above 28,000"]]]
    assert "28,400 is 1.4% above 28,000; they cannot both be true" in finding.message


def test_compare_view_says_a_round_count_may_be_the_other_figure_rounded(tmp_path: Path) -> None:
    """The page's compare data words a round count and a figure it may round as the
    finding does (rules.checks.judge_pair, pair_words): compatible, and why."""
    from crosscheck.config import Settings
    from crosscheck.pipeline import run
    from crosscheck.report.html import Context, _diff_data

    story = write_story(
        tmp_path / "story",
        "Knife crime in England and Wales rose 7% to 50,500 offences in the year to March.",
        "Police recorded 50,489 knife crime offences in England and Wales in the year to March.",
    )
    result = run([story], Settings())
    finding = next(f for f in result.findings if f.rule == "count-disagreement")
    assert "“50,500 offences” may be 50,489 rounded" in finding.message
    data = _diff_data(Context(result), result.documents, result.claims)
    group = next(g for g in data["groups"] if g["id"] == finding.group)
    assert group["pairs"] == [[0, 1, "c", ["50,500 is 0.02% above 50,489"],
                               "the wording still makes them compatible",
                               [["“", "50,500 offences", "” may be 50,489 rounded"]]]]  # fmt: skip


def compare_rows(result: Any, group_id: str) -> dict[str, Any]:
    """The compare view's data of one group (report.html's data block)."""
    from crosscheck.report.html import Context, _diff_data

    data = _diff_data(Context(result), result.documents, result.claims)
    return next(g for g in data["groups"] if g["id"] == group_id)


def test_compare_data_judges_an_age_with_each_pair_s_own_dates(tmp_path: Path) -> None:
    """An age is judged with its two articles' dates (a birthday between them): judged once
    per figure, the page called "35" (January) and "36" (December) different because the
    first "36" came from an article before the "35" (a review's case)."""
    from crosscheck.config import Settings
    from crosscheck.pipeline import run

    story = tmp_path / "story"
    story.mkdir()
    for name, day, text in (
        ("a", "2009-06-01", "John Smith, 36, was charged on Monday with robbing a bank in "
                            "Denver, police said."),
        ("b", "2010-01-10", "A judge in Denver heard the case of John Smith, 35, accused of "
                            "robbing a downtown bank."),
        ("c", "2010-12-20", "John Smith, 36, was sentenced on Friday for robbing a bank in "
                            "Denver."),
    ):  # fmt: skip
        write_article(story / f"{name}.md", text, title=name, published=day)
    result = run([story], Settings(fail_on="never"))
    (group,) = [g for g in result.groups if g.kind == "age"]
    view = compare_rows(result, group.id)
    doc = {c.id: c.document.split("/")[-1] for c in result.claims}
    fig = {doc[i]: f for i, f in zip(view["claims"], view["figs"], strict=True)}
    pairs = {tuple(p[:2]): p[2] for p in view["pairs"]}
    status = lambda x, y: pairs.get(tuple(sorted((fig[x], fig[y]))), "agree")  # noqa: E731
    assert status("b.md", "c.md") == "c"  # a birthday between January and December
    assert status("a.md", "b.md") == "d"  # 36 in June, 35 seven months later


def test_compare_data_keys_an_age_by_the_moment_the_rule_reads(tmp_path: Path) -> None:
    """Two articles published one day, one updated later: the rule judges each with its
    moment (the update's), the page keyed them by the day published and judged both as
    one (a re-read's case: "35" in June beside the two "36"s of January)."""
    from crosscheck.config import Settings
    from crosscheck.pipeline import run

    story = tmp_path / "story"
    story.mkdir()
    for name, front, age in (("a", {"published": "2009-01-05", "updated": "2009-12-20"}, 36),
                             ("b", {"published": "2009-01-05"}, 36),
                             ("c", {"published": "2009-06-10"}, 35)):  # fmt: skip
        write_article(story / f"{name}.md", f"John Smith, {age}, was charged with robbing a "
                      "bank in Denver, police said.", title=name, **front)  # fmt: skip
    result = run([story], Settings(fail_on="never"))
    (group,) = [g for g in result.groups if g.kind == "age"]
    (finding,) = [f for f in result.findings if f.group == group.id
                  and f.kind == "numeric-agreement"]  # fmt: skip
    view = compare_rows(result, group.id)
    doc = {c.id: c.document.split("/")[-1] for c in result.claims}
    fig = {doc[i]: f for i, f in zip(view["claims"], view["figs"], strict=True)}
    pairs = {tuple(p[:2]): p[2] for p in view["pairs"]}
    status = lambda x, y: pairs.get(tuple(sorted((fig[x], fig[y]))), "agree")  # noqa: E731
    assert fig["a.md"] != fig["b.md"]
    assert status("a.md", "c.md") == "c" and status("b.md", "c.md") == "d"
    assert finding.evidence["verdict"] == "discrepancy"


def test_compare_data_says_units_not_converted_are_not_compared(tmp_path: Path) -> None:
    """'40 grays' and '43 sieverts': the finding cannot compare them (a note), and the page
    said "≠ differ" in red."""
    from crosscheck.config import Settings
    from crosscheck.pipeline import run

    story = write_story(tmp_path / "story",
                        "The dose in the room reached 40 grays on Monday.",
                        "The dose in the room reached 43 sieverts on Monday.")  # fmt: skip
    result = run([story], Settings(fail_on="never"))
    (finding,) = [f for f in result.findings if f.kind == "numeric-agreement"]
    assert finding.severity == "info" and "later reports" not in finding.message
    assert [p[2] for p in compare_rows(result, finding.group)["pairs"]] == ["x"]


def test_compare_data_compares_a_bare_degree_beside_both_scales_with_nothing(
    tmp_path: Path,
) -> None:
    """(re-read) "111 degrees" beside "40C" and "104F": the finding notes that they cannot
    be compared, and the page showed "111 degrees is 71 above 40 C" and "7 above 104 F"
    in red, the bare degree read in two scales (quantity.in_no_scale now decides both)."""
    from crosscheck.config import Settings
    from crosscheck.pipeline import run

    heat = "Forecasters said the temperature in the valley reached {} on Monday."
    story = write_story(
        tmp_path / "story", *(heat.format(t) for t in ("40C", "104F", "111 degrees"))
    )
    result = run([story], Settings(fail_on="never"))
    (finding,) = [f for f in result.findings if f.kind == "numeric-agreement"]
    assert finding.severity == "info", finding.message
    pairs = compare_rows(result, finding.group)["pairs"]
    assert len(pairs) == 2 and all(p[2] == "x" for p in pairs), pairs  # the bare one's two
    assert not any("above" in "".join(p[3]) for p in pairs), pairs


def test_compare_data_compares_no_two_units_where_the_finding_does_not(tmp_path: Path) -> None:
    """(re-read) Where some of a group's figures cannot be compared, its finding judges
    each unit's figures alone ("not compared with them: 104 F, 111 degrees"), and the page
    showed "46 C is 6 degrees Celsius above 104 F" in red all the same."""
    from crosscheck.config import Settings
    from crosscheck.pipeline import run

    heat = "Forecasters said the temperature in the valley reached {} on Monday."
    story = write_story(
        tmp_path / "story", *(heat.format(t) for t in ("40C", "46C", "104F", "111 degrees"))
    )
    result = run([story], Settings(fail_on="never"))
    (finding,) = [f for f in result.findings if f.kind == "numeric-agreement"]
    assert "not compared with them: 104 F, 111 degrees" in finding.message, finding.message
    data = compare_rows(result, finding.group)
    texts = {c.id: c.text for c in result.claims}
    figures = {texts[c]: k for c, k in zip(data["claims"], data["figs"], strict=True)}
    status = {frozenset((p[0], p[1])): p[2] for p in data["pairs"]}
    assert status[frozenset((figures["40C"], figures["46C"]))] == "d", status
    assert status[frozenset((figures["46C"], figures["104F"]))] == "x", status
    assert all(p[2] == "x" for p in data["pairs"] if figures["111 degrees"] in p[:2])


def test_compare_data_judges_nothing_no_rule_judged(ecb_articles: Path) -> None:
    """Figures no numeric rule selects (bare figures of no counted noun: no finding) were
    shown 'differ' or 'compatible' with the default tolerances (42ecbplus: "24 is 20.0%
    above 20" in red, a review's case; its "24 equal monthly payments" are counted since
    the seventieth round, so 5ecb's bare "122-147" and "139" stand for them); no rule
    judged them, and the page says so."""
    from crosscheck.config import Settings
    from crosscheck.pipeline import run

    result = run([ecb_articles / "5ecb"], Settings(fail_on="never"))
    judged = {f.group for f in result.findings}
    loose = [g for g in result.groups if g.id not in judged and len(g.documents) >= 2]
    assert loose
    for g in loose:
        view = compare_rows(result, g.id)
        assert view.get("unjudged") is True and view["pairs"] == []
    for g in result.groups:
        if g.id in judged:
            assert "unjudged" not in compare_rows(result, g.id)


def test_compare_data_is_what_the_findings_judged(tmp_path: Path, ecb_articles: Path) -> None:
    """The compare view subtracted the first claim of each side in JavaScript: '35 miles'
    and '60km' were '+25 (+71.4%)' where the finding said '60 km is 6.5% above 35 miles'
    (since a round measure in another unit may be a rounded conversion, those two agree:
    ECB+ topic 12's '10-metre' and '24- to 30-foot' dhows differ in two units);
    'more than 400' and '401', which the finding calls compatible, were 'changed'. The
    page's data now holds, per pair of a group's figures, what Python judged and the
    finding's words for it."""
    from crosscheck.config import Settings
    from crosscheck.pipeline import run

    result = run([ecb_articles / "12ecb"], Settings(fail_on="never"))
    metre = next(f for f in result.findings
                 if f.rule == "measure-disagreement" and "30 foot" in f.message)  # fmt: skip
    group = compare_rows(result, metre.group)
    texts = {c.id: c.text for c in result.claims}
    figs = dict(zip(group["claims"], group["figs"], strict=True))
    metres = next(i for i in group["claims"] if texts[i] == "10-metre")
    feet = next(i for i in group["claims"] if texts[i] == "24- to 30-foot")
    pair = sorted((figs[metres], figs[feet]))
    listed = [[*p[:3], "".join(p[3])] for p in group["pairs"] if p[:2] == pair]
    assert listed == [[*pair, "d", "10 metre is 9.4% above 30 foot"]]
    assert "10 metre is 9.4% above 30 foot; they cannot both be true" in metre.message
    # 'more than 400' and '401': compatible, as the finding says
    story = tmp_path / "story"
    story.mkdir()
    (story / "a.txt").write_text(
        "More than 400 people were evacuated from the town, officials said.\n"
    )
    (story / "b.txt").write_text("Officials said 401 people were evacuated from the town.\n")
    small = run([story], Settings(fail_on="never"))
    finding = next(f for f in small.findings if f.kind == "numeric-agreement")
    assert finding.evidence["verdict"] == "compatible"
    group = compare_rows(small, finding.group)
    # the spread, then why they can both hold, each cut where the claims' words are (the
    # page isolates them)
    assert group["pairs"] == [[0, 1, "c", ["401 is 0.2% above 400"],
                               "the wording still makes them compatible",
                               [["“", "More than 400 people", "” admits 401"]]]]  # fmt: skip
    assert ("401 is 0.2% above 400; the wording still makes them compatible: “More than 400 "
            "people” admits 401") in finding.message  # fmt: skip


def test_a_views_field_is_looked_up_as_jinja2_looks_it_up() -> None:
    """The pages' environment looks a dict's field up as an item at once: for a field
    that is no attribute of a dict, what jinja2 gives (the item, or undefined); for one
    that is (``items``), the attribute, as jinja2 does; anything else as jinja2 does."""
    import jinja2

    from crosscheck.report.html import _env

    plain, views = jinja2.Environment(), _env()
    view = {"title": "Counts differ", "items": [1, 2], "count": 3}
    for name in ("title", "count", "items", "keys", "__class__", "missing"):
        a, b = plain.getattr(view, name), views.getattr(view, name)
        assert type(a) is type(b) and (a == b or isinstance(a, jinja2.Undefined)), name
    assert views.getattr(view, "items") == view.items  # the method, as jinja2 gives it
    text = "{{ v.title }} {{ v.count }} {{ v.missing }}|{{ v['items'] | join(',') }}"
    assert views.from_string(text).render(v=view) == plain.from_string(text).render(v=view)


def test_a_phone_wide_screen_does_not_scroll_sideways(browser, seeds_report: Path) -> None:  # type: ignore[no-untyped-def]
    """At 390 px the seeds' report was 922 px wide: its tables ('All claims', the
    timeline, the comparison) pushed the page sideways. A wide table scrolls in its own
    box, a long name wraps, a claim's tip stays on the screen."""
    pg = browser.new_page(viewport={"width": 390, "height": 844})
    pg.goto(seeds_report.as_uri())
    width = pg.evaluate("document.documentElement.scrollWidth")
    tip = pg.evaluate(
        "(() => { const c = document.querySelector('.claim'); c.focus();"
        " return getComputedStyle(c, '::after').maxWidth; })()"
    )
    pg.close()
    assert width <= 390, width
    assert tip != "420px", tip


def test_a_time_frame_without_a_year_is_said_so_not_in_iso(seeds_report: Path) -> None:
    """'January and February' showed its dates as '(--01 … --02)', ISO's month without a
    year, which says nothing to an editor."""
    html = seeds_report.read_text(encoding="utf-8")
    assert '<bdi>January and February</bdi> <span class="small">(year not stated)</span>' in html
    assert "(--0" not in html and " … --" not in html


def test_a_time_frame_with_dates_is_one_date_or_two_joined_by_to() -> None:
    from crosscheck.model import TimeSpan
    from crosscheck.report.html import _time_range

    assert _time_range(TimeSpan("in May 2024", "2024-05-01", "2024-05-31")) == (
        "2024-05-01 to 2024-05-31")  # fmt: skip
    assert _time_range(TimeSpan("on Monday", "2024-05-06", "2024-05-06")) == "2024-05-06"
    assert _time_range(TimeSpan("in May", "--05", "--05")) == "year not stated"


def test_a_link_to_a_claim_shows_it_and_one_inside_another_lands_on_its_words(
    browser,
    seeds_report: Path,  # type: ignore[no-untyped-def]
) -> None:
    """A finding's article link scrolled to the claim and showed nothing of which figure it
    was; a claim inside a longer one ('170' in '170 millimeter self-propelled howitzers and
    240 mm rocket launchers') had its anchor after the longer claim's last word."""
    pg = browser.new_page(viewport={"width": 1000, "height": 700})
    pg.goto(seeds_report.as_uri())
    inner = pg.evaluate("document.querySelector('.claim .claim-at').id")
    outer = pg.evaluate("document.querySelector('.claim[id]').id")
    pg.goto(seeds_report.as_uri() + "#" + outer)
    outline = pg.evaluate(f"getComputedStyle(document.getElementById('{outer}')).outlineStyle")
    pg.goto(seeds_report.as_uri() + "#" + inner)
    marker = pg.evaluate(
        f"getComputedStyle(document.getElementById('{inner}'), '::before').content"
    )
    pg.close()
    assert outline == "solid"
    assert marker not in ("none", "normal", "")


def test_a_source_is_shown_by_its_words_and_one_an_alias_table_knows_by_its_id(
    tmp_path: Path,
) -> None:
    """A source no alias table knows has an id made of its words, a key the page showed in
    its claims table, claim cards, groups and tips: 'fire-chief-maria-lopes'."""
    articles = tmp_path / "in"
    articles.mkdir()
    (articles / "a.txt").write_text(
        "Fire Chief Maria Lopes said 40 houses collapsed in the old town on Sunday.\n"
    )
    (articles / "b.txt").write_text(
        "Forty-five houses collapsed in the old town on Sunday, the Joint Chiefs of Staff said.\n"
    )
    result = CliRunner().invoke(cli, ["check", str(articles), "--out", str(tmp_path), "-q"])
    assert result.exit_code == 1, result.output  # a finding of error severity
    html = (tmp_path / "report.html").read_text(encoding="utf-8")
    assert "fire-chief-maria-lopes" not in html
    assert "<td><bdi>Fire Chief Maria Lopes</bdi></td>" in html  # the claims table
    assert "<dt>Source</dt><dd><bdi>Fire Chief Maria Lopes</bdi></dd>" in html  # its card
    assert "<bdi>a.txt</bdi> · <bdi>Fire Chief Maria Lopes</bdi>" in html  # its group
    assert "source ⁨Fire Chief Maria Lopes⁩;" in html  # the tip on the article's figure
    assert "40 (<bdi>Fire Chief Maria Lopes</bdi>; <bdi>a.txt</bdi>)" in html  # the message
    # a source an alias table knows keeps the table's id, beside its words on its card
    assert "<td><bdi>JCS</bdi></td>" in html
    assert "<dt>Source</dt><dd><bdi>the Joint Chiefs of Staff (JCS)</bdi></dd>" in html


def test_a_name_with_a_bidi_override_is_raw_in_json_isolated_in_html_escaped_in_text(
    tmp_path: Path,
) -> None:
    """A source's name is article text like the rest of a message: report.json keeps it as
    written, the page isolates it as it does every article's words (<bdi>), and the text
    report escapes the line it is in, so that it cannot reorder what follows."""
    import json

    articles = tmp_path / "in"
    articles.mkdir()
    (articles / "a.txt").write_text(
        "Forty houses collapsed in the old town on Sunday, Jim \u202eWilliams said.\n",
        encoding="utf-8",
    )
    (articles / "b.txt").write_text(
        "Forty-five houses collapsed in the old town on Sunday, police said.\n", encoding="utf-8"
    )
    out = tmp_path / "out"
    result = CliRunner().invoke(
        cli, ["check", str(articles), "--out", str(out), "--format", "json,html,text", "-q"]
    )
    assert result.exit_code == 1, result.output
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    messages = " ".join(f["message"] for f in report["findings"])
    assert "40 (Jim \u202eWilliams; a.txt)" in messages
    assert "\\u202e" not in messages
    html = (out / "report.html").read_text(encoding="utf-8")
    assert "40 (<bdi>Jim \u202eWilliams</bdi>; <bdi>a.txt</bdi>)" in html
    assert "<dt>Source</dt><dd><bdi>Jim \u202eWilliams</bdi></dd>" in html  # not repeated
    assert "\\u202e" not in html
    assert "40 (Jim \\u202eWilliams; a.txt)" in result.output
    assert "\u202e" not in result.output


def test_a_card_names_a_source_shown_with_its_id_once(tmp_path: Path) -> None:
    """'SEACOM' and 'Seacom' are two ids shown alike but for case, so each name is followed
    by its id; the card of a claim whose words are that name shows them once, with the id:
    'SEACOM [SEACOM]', not 'SEACOM (SEACOM [SEACOM])'."""
    articles = tmp_path / "in"
    articles.mkdir()
    (articles / "a.txt").write_text("SEACOM said 40 houses collapsed in the old town on Sunday.\n")
    (articles / "b.txt").write_text("Seacom said 45 houses collapsed in the old town on Sunday.\n")
    result = CliRunner().invoke(cli, ["check", str(articles), "--out", str(tmp_path), "-q"])
    assert result.exit_code == 1, result.output
    html = (tmp_path / "report.html").read_text(encoding="utf-8")
    assert "<dt>Source</dt><dd><bdi>SEACOM [SEACOM]</bdi></dd>" in html
    assert "<dt>Source</dt><dd><bdi>Seacom [seacom]</bdi></dd>" in html
    assert "(SEACOM [SEACOM])" not in html


def compared_row(page: Any, left: str, right: str, subject: str) -> tuple[str, str]:
    """The compare view's row of a group for two articles: its class and status."""
    page.select_option("#diff-left", left)
    page.select_option("#diff-right", right)
    found = page.evaluate(
        """subject => Array.from(document.querySelectorAll("#diff-table tbody tr"))
             .filter(tr => tr.className !== "only" && tr.cells[0].textContent === subject)
             .map(tr => [tr.className, tr.querySelector("td.status").textContent])""",
        subject,
    )
    assert len(found) == 1, found
    return found[0][0], found[0][1]


def test_compare_view_shows_what_python_judged(tmp_path: Path, browser, ecb_articles: Path) -> None:  # type: ignore[no-untyped-def]
    """The page subtracted the first claims of each side: '“35 miles” ≠ changed: +25
    (+71.4%) “60km”' where the finding said '60 km is 6.5% above 35 miles' (they agree
    now: a round measure in another unit may be a rounded conversion; topic 12's dhows
    differ), and '≠ changed: +0 (+0.0%)' in red where the first claims were equal and
    another pair of the group differed. It shows the judgement and the words Python gave
    each pair."""
    page = browser.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(build(tmp_path / "12", ecb_articles / "12ecb", "--fail-on", "never").as_uri())
    cls, status = compared_row(page, "12_3ecb.md", "12_8ecb.md", "metre")
    assert (cls, status) == ("changed", "≠ differ: 10 metre is 9.4% above 30 foot")
    page.goto(build(tmp_path / "20", ecb_articles / "20ecbplus", "--fail-on", "never").as_uri())
    # 'more than 100,000' and '120,000': compatible, as the finding says, not changed
    cls, status = compared_row(page, "20_11ecbplus.md", "20_6ecbplus.md", "people")
    assert cls == "compatible" and status.startswith("≈ compatible: 120,000 is 20.0% above")
    page.goto(build(tmp_path / "10", ecb_articles / "10ecb", "--fail-on", "never").as_uri())
    # 'at least $160 million' on both sides first; the right's 'as much as $180 million'
    # is what differs from the left's (it can hold beside it: compatible)
    cls, status = compared_row(page, "10_1ecb.md", "10_3ecb.md", "dollar")
    assert cls == "compatible" and "+0" not in status
    assert status.startswith("≈ compatible: 180 million is 12.5% above 160 million")
    assert errors == []
    page.close()


def test_a_plain_figure_its_article_hedges_is_judged_hedged(tmp_path: Path) -> None:
    """A headline's '1,200 jobs' and its body's 'about 1,200 jobs' are one statement, the
    hedge the article's: against another article's '1,187' they agree (it was an error,
    '1,200 is 1.1% above 1,187; they cannot both be true'), and the compare view shows the
    headline's claim as the body's figure, judged as the rule judged it."""
    from crosscheck.config import Settings
    from crosscheck.pipeline import run

    story = write_story(
        tmp_path / "story",
        "Norvik Telecom to cut 1,200 jobs\n\nNorvik Telecom said on Thursday it would cut "
        "about 1,200 jobs, roughly 8% of its workforce.",
        "Norvik cuts\n\nNorvik Telecom will cut 1,187 jobs, a company statement said on Thursday.",
    )
    result = run([story], Settings(fail_on="never"))
    (group,) = [g for g in result.groups if g.kind == "count" and len(g.claims) == 3]
    found = [f for f in result.findings if f.group == group.id]
    assert [f.rule for f in found if f.severity != "info"] == [], [f.message for f in found]
    assert any(f.rule == "corroborated-figure" for f in found), [f.message for f in found]
    view = compare_rows(result, group.id)
    text = {c.id: c.text for c in result.claims}
    figure_of = {text[i]: n for i, n in zip(view["claims"], view["figs"], strict=True)}
    assert figure_of["1,200 jobs"] == figure_of["about 1,200 jobs"] != figure_of["1,187 jobs"]
    assert view["pairs"] == []  # (judged as the body's "about 1,200": no pair differs)


@pytest.mark.parametrize(
    "texts",
    [
        # (review) a plain figure in the body is its own firm count
        ("Acme Corp plans job cuts\n\nAcme Corp will cut about 1,200 jobs this year, the "
         "company said on Monday.\n\nLast year Acme Corp cut 1,200 jobs.",
         "Acme Corp cut 1,150 jobs last year, according to filings."),
        # a body's "nearly", which bounds, is no twin ("nearly 1,200" admits 1,187)
        ("Acme Corp to cut 1,200 jobs\n\nAcme Corp will cut nearly 1,200 jobs, it said.",
         "Acme Corp will cut 1,187 jobs, according to filings."),
        # a headline's own time frame that is not the body's
        ("Acme Corp cut 1,200 jobs in 2024\n\nAcme Corp will cut about 1,200 jobs in 2025, "
         "it said.", "Acme Corp cut 1,187 jobs in 2024, according to filings."),
    ],
)  # fmt: skip
def test_a_plain_figure_is_judged_hedged_only_as_a_headline_over_its_body(
    tmp_path: Path, texts: tuple[str, str]
) -> None:
    from crosscheck.config import Settings
    from crosscheck.pipeline import run

    result = run([write_story(tmp_path / "story", *texts)], Settings(fail_on="never"))
    assert [f.severity for f in result.findings if f.rule == "count-disagreement"] == ["error"]
