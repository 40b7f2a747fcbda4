"""The report's pages isolate every text from the articles (crosscheck.report.bidi): an
outlet named "Daily \u202eNews" (a right-to-left override) reversed the rest of the
header line, and an Arabic outlet's name pulled the date after it to its side. Checked on
the markup of one file and of a report split into story pages, and in Chromium (computed
``unicode-bidi`` and where each character of the page's own words is drawn)."""

from __future__ import annotations

import re
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path

import pytest

from crosscheck.config import Settings
from crosscheck.model import RunResult
from crosscheck.pipeline import check
from crosscheck.report import pages
from crosscheck.report.bidi import bidi_parts, bidi_within

OVERRIDE_OUTLET = "Daily \u202eNews"  # U+202E RIGHT-TO-LEFT OVERRIDE
OVERRIDE_TITLE = "Flood \u202eleaves dead"
ARABIC_OUTLET = "الجزيرة"
ARABIC_TITLE = "فيضان في ريفرتون"
ARABIC_FILE = "خبر.md"  # the article's id
HOSTILE = [OVERRIDE_OUTLET, OVERRIDE_TITLE, ARABIC_OUTLET, ARABIC_TITLE, ARABIC_FILE]


def _articles(folder: Path) -> Path:
    folder.mkdir()
    (folder / "a.md").write_text(
        f'---\ntitle: "{OVERRIDE_TITLE}"\nsource: "{OVERRIDE_OUTLET}"\npublished: 2024-05-01\n'
        "---\nThe flood in Riverton killed 30 people, police said on Tuesday.\n",
        encoding="utf-8",
    )
    (folder / ARABIC_FILE).write_text(
        f'---\ntitle: "{ARABIC_TITLE}"\nsource: "{ARABIC_OUTLET}"\npublished: 2024-05-02\n'
        "---\nThe flood in Riverton killed 45 people, police said on Wednesday.\n",
        encoding="utf-8",
    )
    return folder


@pytest.fixture(scope="module")
def run(tmp_path_factory: pytest.TempPathFactory) -> RunResult:
    result = check([_articles(tmp_path_factory.mktemp("bidi") / "in")], Settings(fail_on="never"))
    assert len(result.documents) == 2 and any(f.kind != "corroboration" for f in result.findings)
    return result


@pytest.fixture(scope="module")
def one_file(run: RunResult, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("one")
    pages.write_html(run, out)
    return out / "report.html"


@pytest.fixture(scope="module")
def split(run: RunResult, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The same run written as a large run's index and story pages."""
    out = tmp_path_factory.mktemp("split")
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(pages, "SINGLE_FILE_MAX_DOCS", 1)
        pages.write_html(run, out)
    assert (out / "report-files").is_dir()
    return out / "report.html"


# --- the markup -------------------------------------------------------------------------------

ISOLATES = "\u2066\u2067\u2068"  # LRI, RLI, FSI
PDI = "\u2069"
SHOWN = {"title", "aria-label", "data-tip", "placeholder", "alt"}  # attributes a reader sees
VOID = {"meta", "br", "input", "img", "hr", "link", "col", "source", "wbr"}


class Isolation(HTMLParser):
    """Each occurrence of an article's text on a page, and those not isolated: in HTML
    text, inside a <bdi>, an element with ``dir`` or an SVG tspan.bidi; in plain text (an
    attribute shown, a <title>, an <option>), between an isolate mark and its PDI."""

    def __init__(self, words: list[str]) -> None:
        super().__init__(convert_charrefs=True)
        self.words = words
        self.stack: list[tuple[str, bool]] = []
        self.found: Counter[str] = Counter()
        self.bare: list[tuple[str, str, str]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._attributes(tag, attrs)
        if tag in VOID:
            return
        a = dict(attrs)
        isolating = (
            tag == "bdi"
            or "dir" in a
            or (tag == "tspan" and "bidi" in (a.get("class") or "").split())
        )
        self.stack.append((tag, isolating))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._attributes(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        while self.stack and self.stack.pop()[0] != tag:
            pass

    def handle_data(self, data: str) -> None:
        tags = [t for t, _ in self.stack]
        if "script" in tags or "style" in tags:  # data for scripts, checked in the browser
            return
        if any(iso for _, iso in self.stack):
            for w in self.words:
                self.found[w] += data.count(w)
            return
        self._plain(data, "/".join(tags[-3:]))

    def _attributes(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for k, v in attrs:
            if k in SHOWN and v:
                self._plain(v, f"{tag}[{k}]")

    def _plain(self, text: str, where: str) -> None:
        for w in self.words:
            for m in re.finditer(re.escape(w), text):
                self.found[w] += 1
                before = text[: m.start()]
                if sum(before.count(c) for c in ISOLATES) <= before.count(PDI):
                    self.bare.append((w, where, text[max(0, m.start() - 30) : m.end() + 30]))


def isolation_of(paths: list[Path]) -> Isolation:
    parser = Isolation(HOSTILE)
    for path in paths:
        parser.feed(path.read_text(encoding="utf-8"))
        parser.close()
        parser.stack.clear()
    return parser


def test_every_article_text_on_the_page_is_isolated(one_file: Path) -> None:
    seen = isolation_of([one_file])
    assert seen.bare == []
    assert all(seen.found[w] for w in HOSTILE), seen.found  # each of them is on the page
    html = one_file.read_text(encoding="utf-8")
    # the header line: each outlet in its own <bdi>
    assert f"from <bdi>{OVERRIDE_OUTLET}</bdi>, <bdi>{ARABIC_OUTLET}</bdi>, published" in html


def test_every_article_text_on_a_split_report_is_isolated(split: Path) -> None:
    files = [split, *sorted((split.parent / "report-files").glob("*.html"))]
    assert len(files) >= 3  # the index, the list of stories and a story page
    seen = isolation_of(files)
    assert seen.bare == []
    assert all(seen.found[w] for w in HOSTILE), seen.found


def test_a_message_isolates_the_article_text_it_names() -> None:
    message = "dead: 30 (police; a.md); 45 (police; خبر.md), in Daily News"
    words = ["police", "a.md", ARABIC_FILE, "Daily News", "News", "dead"]
    parts = bidi_parts(message, words)
    assert parts[1::2] == ["dead", "police", "a.md", "police", ARABIC_FILE, "Daily News"]
    assert "".join(parts) == message
    assert bidi_within("<b> x", ["<b>"]) == "<bdi>&lt;b&gt;</bdi> x"  # escaped
    assert bidi_parts("Reuters in Reutersville", ["Reuters"])[1::2] == ["Reuters"]  # words


# --- in the browser ---------------------------------------------------------------------------

# Text nodes holding an article's text whose element (or an ancestor) does not isolate it
NOT_ISOLATED = """words => {
  const out = [];
  const walk = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walk.nextNode(); n; n = walk.nextNode()) {
    const p = n.parentElement;
    if (p.closest("script, style, template, option")) continue;
    if (!words.some(w => n.data.includes(w))) continue;
    let ok = false;
    for (let e = p; e && !ok; e = e.parentElement) {
      const ub = getComputedStyle(e).unicodeBidi;
      ok = e.tagName === "BDI" || ub === "isolate" || ub === "plaintext";
    }
    if (!ok) out.push(p.tagName + ": " + n.data.slice(0, 60));
  }
  return out;
}"""

# The page's own words (text outside any isolate, but right-to-left letters and bidi
# controls): each visible character drawn right of the one before it on its line.
OUT_OF_ORDER = """sel => {
  const RTL = new RegExp("[\\u0590-\\u08ff\\ufb1d-\\ufdff\\ufe70-\\ufeff"
                         + "\\u200e\\u200f\\u202a-\\u202e\\u2066-\\u2069]");
  const out = [];
  let checked = 0;
  for (const root of document.querySelectorAll(sel)) {
    const walk = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let n = walk.nextNode(); n; n = walk.nextNode()) {
      if (n.parentElement.closest("bdi, [dir], svg, script, style, option")) continue;
      let last = null;
      for (let i = 0; i < n.data.length; i++) {
        if (RTL.test(n.data[i])) { last = null; continue; }  // not the page's own words
        if (/\\s/.test(n.data[i])) continue;
        const r = document.createRange(); r.setStart(n, i); r.setEnd(n, i + 1);
        const box = r.getBoundingClientRect();
        if (!box.width) continue;
        if (last && Math.abs(last.top - box.top) < 2) {
          checked += 1;
          if (box.left < last.left) {
            out.push(JSON.stringify(n.data.slice(0, 60)) + " at " + i);
            break;
          }
        }
        last = box;
      }
    }
  }
  return {out, checked};
}"""


@pytest.fixture
def page(browser):  # type: ignore[no-untyped-def]
    pg = browser.new_page(viewport={"width": 1600, "height": 1000})
    errors: list[str] = []
    pg.on("pageerror", lambda e: errors.append(str(e)))
    pg.errors = errors
    yield pg
    pg.close()


def test_article_text_is_isolated_in_the_browser(page, one_file: Path) -> None:  # type: ignore[no-untyped-def]
    page.goto(one_file.as_uri())
    assert page.evaluate(NOT_ISOLATED, HOSTILE) == []
    # the header's outlets, a finding card's, the compare view's article names (drawn by
    # its script) and the number line's labels are isolated
    for sel in ("header .meta bdi", ".claim-card dd bdi", "#diff-left-h bdi", "#diff-pairs bdi",
                "#diff-table tbody bdi", "svg tspan.bidi"):  # fmt: skip
        styles = page.eval_on_selector_all(
            sel, "els => els.map(e => getComputedStyle(e).unicodeBidi)"
        )
        assert styles and set(styles) == {"isolate"}, (sel, styles)
    assert page.errors == []


def test_the_page_s_own_words_read_left_to_right(page, one_file: Path) -> None:  # type: ignore[no-untyped-def]
    """'2 documents from Daily \u202eNews, الجزيرة, published 2024-05-01 – 2024-05-02 · 2
    claims …': everything after the override read backwards, and the date after an Arabic
    outlet in a finding card came out '01-05-2024'."""
    page.goto(one_file.as_uri())
    header = page.evaluate(OUT_OF_ORDER, "header .meta")
    assert header["out"] == [] and header["checked"] > 30, header
    cards = page.evaluate(OUT_OF_ORDER, ".claim-card, .finding .message, .timeline")
    assert cards["out"] == [] and cards["checked"] > 30, cards
    # in the header, the words after the outlets are drawn after (right of) them
    order = page.evaluate(
        """() => {
          const meta = document.querySelector("header .meta");
          const last = meta.querySelectorAll("bdi")[1].getBoundingClientRect();
          const after = meta.querySelectorAll("bdi")[1].nextSibling;
          const r = document.createRange(); r.setStart(after, 2); r.setEnd(after, 3);
          return [last.right, r.getBoundingClientRect().left, after.data.slice(2, 3)];
        }"""
    )
    assert order[2] == "p" and order[1] >= order[0] - 1, order


def test_a_split_report_isolates_in_the_browser(page, split: Path) -> None:  # type: ignore[no-untyped-def]
    page.goto(split.as_uri())  # the index: its findings drawn by its script
    page.wait_for_selector("#finding-list li.finding")
    assert page.evaluate(NOT_ISOLATED, HOSTILE) == []
    assert page.locator("#finding-list .message bdi").count() > 0
    own = page.evaluate(OUT_OF_ORDER, "header .meta, #finding-list")
    assert own["out"] == [] and own["checked"] > 30, own
    story = sorted((split.parent / "report-files").glob("story-*.html"))[0]
    page.goto(story.as_uri())
    assert page.evaluate(NOT_ISOLATED, HOSTILE) == []
    own = page.evaluate(OUT_OF_ORDER, "header, .claim-card")
    assert own["out"] == [] and own["checked"] > 30, own
    assert page.errors == []


# --- the latest figure's independent sources --------------------------------------------------

LATEST_OUTLETS = ["\u202eSTAR News", "Hash Times", "Other Post", ARABIC_OUTLET, "הארץ"]
LATEST_TEXTS = [
    "The flood in Riverton killed 30 people, police said on Tuesday.",
    "Rescuers counted 30 people dead after the river burst its banks near Riverton.",
    "Thirty residents of Riverton died when the water rose, the mayor told reporters.",
    "Hospital staff in Riverton confirmed 30 people were killed by the flooding overnight.",
    "At the town hall, officials said 30 people lost their lives in the Riverton flood.",
]


class LatestLine(HTMLParser):
    """The <bdi> texts of each finding's 'Latest:' line (p.latest), and its whole text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.depth = 0  # inside p.latest: its open elements
        self.bdi: list[str] | None = None
        self.lines: list[tuple[list[str], str]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "p" and "latest" in (dict(attrs).get("class") or "").split():
            self.depth, self.lines = 1, [*self.lines, ([], "")]
            return
        if self.depth:
            self.depth += 1
            if tag == "bdi":
                self.bdi = []

    def handle_endtag(self, tag: str) -> None:
        if not self.depth:
            return
        self.depth -= 1
        if tag == "bdi" and self.bdi is not None:
            self.lines[-1][0].append("".join(self.bdi))
            self.bdi = None

    def handle_data(self, data: str) -> None:
        if self.depth:
            names, text = self.lines[-1]
            self.lines[-1] = (names, text + data)
            if self.bdi is not None:
                self.bdi.append(data)


def test_the_latest_line_isolates_each_independent_source(tmp_path: Path) -> None:
    # the whole list '5 independent sources: A, B, C' was one <bdi>: the override in the
    # first outlet's name reversed the next outlet's name and the commas
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "early.md").write_text(
        '---\ntitle: "Early"\nsource: "Morning Wire"\npublished: 2024-05-01\n---\n'
        "The flood in Riverton killed 25 people, police said on Monday.\n",
        encoding="utf-8",
    )
    for k, (outlet, text) in enumerate(zip(LATEST_OUTLETS, LATEST_TEXTS, strict=True)):
        (folder / f"late{k}.md").write_text(
            f'---\ntitle: "Late {k}"\nsource: "{outlet}"\npublished: 2024-05-03\n---\n{text}\n',
            encoding="utf-8",
        )
    result = check([folder], Settings(fail_on="never"))
    words = [f.latest.get("independent_sources") for f in result.findings if f.latest]
    listed = [w for w in words if w and all(o in w for o in LATEST_OUTLETS)]
    assert listed, words  # a finding whose latest figure all five outlets give
    out = tmp_path / "out"
    pages.write_html(result, out)
    parser = LatestLine()
    parser.feed((out / "report.html").read_text(encoding="utf-8"))
    lines = [(names, text) for names, text in parser.lines if "independent sources:" in text]
    assert lines
    for names, text in lines:
        for outlet in LATEST_OUTLETS:  # each outlet its own <bdi>, wherever the line names it
            assert text.count(outlet) == names.count(outlet), (outlet, names)
        # no <bdi> holds the report's words or a comma between two names
        assert not [n for n in names if "independent" in n or ", " in n], names
