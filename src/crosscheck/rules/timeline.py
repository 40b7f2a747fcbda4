"""A figure's timeline, and whether a difference is an update or a contradiction.

In breaking news most "different numbers" are updates: 3 dead in the morning, 10 by the
evening. The timeline puts a finding's figures in order of when their articles were
published (or last updated), then of the time the claim is about; the judgement reads it:

- **update**: an outlet gave one figure and later corrected it to the one every source
  now gives; the wording says the figure moved ("rose to 10", "10, up from 3", "revising
  the toll"); or, every article being dated, later reports carry a higher (or lower)
  figure, never going back;
- **contradiction**: at one time (the same day, or within ``same_time_hours`` when both
  articles give a time of day) sources give figures that differ; or dated figures go up
  and down;
- **undetermined**: some articles carry no date, and nothing in the wording settles it.

A missing date is never guessed: undated articles come last in a timeline, marked so.
"""

from __future__ import annotations

import functools
import itertools
import math
import re
from collections import deque
from collections.abc import Callable, Hashable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from crosscheck import quantity
from crosscheck.extract import lexicon
from crosscheck.extract.lexicon import IRREGULAR
from crosscheck.match.features import one_day
from crosscheck.model import ASSUMED_DATE, Claim, Document, day_of, has_time, instant
from crosscheck.quantity import fmt_num

# Words before a figure that say it is a revised one ("rose to", "has grown to", a
# headline's "toll rises to", "was revised up to"), and after it ("10, up from 3"): the
# verbs of change the extraction reads (lexicon.CHANGE_UP, CHANGE_DOWN) in a verb's
# forms only, a past or a participle ("rose", "grown", "plunged", "rising"), not the base
# form of a forecast ("is forecast to rise to 3.1%") nor a noun ("a contract to supply
# 300", "cuts to 14 departments", "gave rise to 300"); a verb in -s only after a tally
# ("the death toll rises to 11"; a list right before it, "the sanctions list grows to 61",
# "blacklist grows to 61", "the list of sanctioned firms grows to 61";
# not "pay rises to 300 staff", "the spending list includes pay rises to 2,013 doctors");
# none that reaches no level before "to" ("lost to", "added to", "advanced to");
# between "to" and the figure only the words of a figure's own ("to a record 12", "to
# about 900", not "slid to a halt 50 metres from")
_NOT_MOVING = lexicon.words(
    "lost lose loses losing added add adds adding advanced advance advances advancing"
)
_PASTS = sorted(
    w for w in (lexicon.CHANGE_UP | lexicon.CHANGE_DOWN) - _NOT_MOVING
    if w.endswith(("ed", "ing")) or IRREGULAR.get(w, w) != w  # "rose", "grown", "sank"
)  # fmt: skip
_PAST = "|".join(sorted(_PASTS, key=lambda w: (-len(w), w)))
# (after a tally and words of its own, no -ing form: "the number of patients falling ill")
_PAST_FINITE = "|".join(
    sorted((w for w in _PASTS if not w.endswith("ing")), key=lambda w: (-len(w), w))
)
_PRESENT = sorted(
    w for w in (lexicon.CHANGE_UP | lexicon.CHANGE_DOWN) - _NOT_MOVING
    if w.endswith("s") and not w.endswith("ss")
)  # fmt: skip
_TALLY = r"(?:toll|tally|figure|count|number|total|estimate)s?"
_FIGURES_OWN = (
    r"(?:(?:a|an|about|nearly|almost|some|around|roughly|approximately|just|over|under|"
    r"more\s+than|at\s+least|an\s+estimated|a\s+record|a\s+new|record)\s+){0,3}"
)
# a list whose size is a tally ("the sanctions list grows to 61", "blacklist"), and what
# it lists, a plural ("the list of sanctioned companies grows to 61"; not "populist" nor
# "a list of pay rises to 2,013 doctors": a noun that looks like a verb)
_LIST = r"\b(?:black|white|watch|short|wait|hit|death|kill)?list"
_MOVED_BEFORE = re.compile(
    rf"(?:\b(?:{_PAST}|revised|updated|corrected|mounted|mounting|went\s+up|gone\s+up)\b"
    rf"|\b(?:{_TALLY}\b(?!\s+of\b)(?:\s+[\w'’-]+){{0,5}}?|{_LIST}(?:\s+of(?:\s+[\w'’-]+){{0,2}}?\s+[\w'’-]+s)?)\s+"
    rf"(?:{'|'.join(sorted(_PRESENT, key=lambda w: (-len(w), w)))}|goes\s+up)\b)"
    rf"(?:\s+(?:up|down|sharply|further|again))?\s+to\s+{_FIGURES_OWN}$",
    re.I,
)
_MOVED_AFTER = re.compile(r"^\s*,?\s*(?:up|down)\s+from\b", re.I)
# a level it moved from that another period had, after that level ("40 arrests, up from
# 12 last season", "up from 3.1% a year earlier", "down from 900 in 2019"): a comparison
# of two periods, not a figure revised ("up from 12 on Tuesday", "a day earlier", "on 7
# June 2026" are: a year is another period's only after a word that makes it one)
_OTHER_PERIOD = re.compile(
    r"[^,;.\n]*?\b(?:(?:last|previous|prior|same)\s+(?:year|season|month|quarter|period)"
    r"|\w+\s+(?:years?|seasons?|months?|quarters?)\s+(?:earlier|ago|before)"
    r"|(?:in|since|during|of|for|than|with)\s+(?:19|20)\d\d)\b",
    re.I,
)
# A count said to be the current level ("evacuation orders now cover 22,000 people", "the
# toll now stands at 57", "the death toll is now 57", "has now reached 57"): "now" (or
# "currently") before a verb of level, or after a tally's "is"; not "now" before any verb
# ("he now faces 20 years", "now employs 5,000"), nor "is now" of anything but a tally
# ("what is now 12 districts", "there are now 12 candidates"). Counts and amounts only
# (_RUNNING): a measure "now covers 340 hectares" or "now stands at 300 metres" as it
# always has, a rate "now stands at 4.1%" for a month another article gives too.
_RUNNING = ("count", "other", "money")
_NOW = re.compile(
    rf"(?:\b(?:now|currently)\s+(?:stands?\s+at|stood\s+at|totals?|numbers?|covers?"
    rf"|reach(?:es)?|tops?)"
    rf"|\b(?:has|have)\s+now\s+(?:reached|topped|passed|hit)"
    rf"|\b{_TALLY}\b(?:\s+(?:of|from|in|on|at)\s+[\w'’-]+(?:\s+[\w'’-]+){{0,2}})?"
    rf"\s+(?:is|are|['’]s)\s+(?:now|currently)"
    rf"(?:\s+at)?)\s+{_FIGURES_OWN}$",
    re.I,
)
# A tally said to be revised, anywhere in the figure's sentence ("revising the toll up").
_REVISED = re.compile(
    r"\b(?:revis|rais|updat|correct|lower)\w*\s+(?:\w+\s+){0,3}?" + _TALLY + r"\b|\b"
    + _TALLY + rf"(?!\s+of\b)\s+(?:(?!not\b|never\b)\w+\s+){{0,3}}?"
    rf"(?:{_PAST_FINITE}|mounted|"
    r"was revised|has been revised|was raised|was updated|was corrected)\b",
    re.I,
)  # fmt: skip
# The statement that gives the figure, up to another party's clause (_OTHERS): "the
# house said in a revised statement", "Sotheby's said in an updated statement: its sale
# raised $235 million" (not "..., while Christie's said in an updated statement that its
# own sale made 180 million": another's)
_REVISED_STATEMENT = re.compile(
    r"\b(?:in|by|with)\s+(?:an?|its|their|the)\s+(?:revised|corrected|updated)\s+"
    r"(?:statement|release|report|filing|notice|announcement|bulletin)\b",
    re.I,
)
_OTHERS = re.compile(r";|,\s*(?:while|but|whereas|although|though)\b", re.I)
# a negation right before such words: "which has not revised its count", "never
# updated the figure" say the figure did not move
# (not "not just/only", "never before": "did not just update the toll but also ...",
# "has never before revised its count so sharply" say it moved)
_NEGATED = re.compile(
    r"(?:\b(?:not|never|no\s+longer|yet\s+to)|n['’]t)\s+"
    r"(?:(?!just\b|only\b|merely\b|simply\b|before\b)\w+\s+)?$",
    re.I,
)
CONTEXT = 80  # characters either side of a figure read for those words
# the level's own digits after "up from" ("up from 2,000", "from $1.2bn", "from 3.1%"):
# passed over before the words of another period are looked for, so its commas and dots,
# which the period's words may not cross, end nothing ("up from 3.1% a year earlier",
# "up from 1,200 in 2025" are of another period)
_FIGURE = re.compile(r"\s*[$£€]?\d[\d.,]*")


def _past_figure(text: str, at: int) -> int:
    """Where the figure after "up from" at ``at`` ends (_FIGURE), or ``at``."""
    m = _FIGURE.match(text, at)
    return m.end() if m else at


@dataclass(frozen=True, slots=True)
class Dated:
    """One article's moment: ISO text, the instant to order by, whether a time of day was
    given, and where the date came from."""

    moment: str
    at: datetime
    timed: bool
    source: str


def moment_of(doc: Document) -> Dated | None:
    """When an article's figures were stated: its last update if it gives one (and it is
    later), else its publication. None for an undated article, and for one dated only by
    --published-default (the user's assumption, not the article's date)."""
    if doc.dating is None or doc.dating.source == ASSUMED_DATE:
        return None
    stated = [m for m in (doc.dating.published, doc.dating.updated) if m]
    if not stated:
        return None
    moment = max(stated, key=instant)
    return Dated(moment, instant(moment), has_time(moment), doc.dating.source)


def moved(claim: Claim, doc: Document) -> str | None:
    """The words that say ``claim``'s figure is a revised one ("rose to 10", "10, up from
    3", "revising the toll", "now stands at 57"), or None. Read in the claim's own
    sentence only."""
    return _moved(claim, doc)[0]


def _moved(claim: Claim, doc: Document) -> tuple[str | None, bool]:
    """``moved``'s words, and whether they call the figure the current level (_NOW), a
    running total that another article's figure of its period may be an earlier report
    of (_moved_words)."""
    start, end = claim.span
    before = doc.text[max(0, start - CONTEXT) : start]
    before = re.split(r"[\n.;!?](?=\s)", before)[-1]
    after = re.split(r"[\n.;!?](?=\s|$)", doc.text[end : end + 2 * CONTEXT])[0]
    m = _MOVED_BEFORE.search(before)
    if m and not _NEGATED.search(before, 0, m.start()):  # not "has not risen to 47"
        return (m.group(0) + claim.text).strip(), False
    m = _MOVED_AFTER.match(after)
    if m and not _OTHER_PERIOD.match(after, _past_figure(after, m.end())):
        return claim.text + m.group(0), False
    if claim.was is not None and claim.was_span is not None and claim.was_span[0] >= end:
        # the level it moved from, as the extractor read it further on ("23 whales by
        # Wednesday evening, up from 12 on Tuesday"), of no other period
        said = doc.text[start : claim.was_span[1]]
        if (
            len(said) <= 2 * CONTEXT
            and "\n" not in said
            and not _OTHER_PERIOD.match(doc.text, claim.was_span[1], claim.was_span[1] + 60)
        ):
            return said, False
    around = before + claim.text + after
    for m in _REVISED.finditer(around):
        if not _NEGATED.search(around, 0, m.start()):  # "has not revised its count"
            return m.group(0), False
    own = _OTHERS.split(before)[-1] + claim.text + _OTHERS.split(after)[0]
    m = _REVISED_STATEMENT.search(own)
    if m and not _NEGATED.search(own, 0, m.start()):
        return m.group(0), False
    m = _NOW.search(before) if claim.kind in _RUNNING else None
    if m and _NEGATED.search(before, 0, m.start()):
        m = None  # "has not now reached 57"
    return ((m.group(0) + claim.text).strip(), True) if m else (None, False)


def entries(claims: Sequence[Claim], docs: dict[str, Document]) -> list[dict[str, Any]]:
    """The timeline: one entry per article, dated ones in order of their moment (then of
    the time their claims are about), undated ones last in article order."""
    by_doc: dict[str, list[Claim]] = {}
    for c in claims:
        by_doc.setdefault(c.document, []).append(c)
    rows = []
    for order, (doc_id, cs) in enumerate(by_doc.items()):
        doc = docs.get(doc_id)  # a check run on bare claims has no articles
        dated = moment_of(doc) if doc else None
        about = min((c.time.start for c in cs if c.time and c.time.start), default=None)
        key = (0, dated.at) if dated else (1, datetime.min)
        rows.append(
            (
                (*key, about or "", order),
                {
                    "published": dated.moment if dated else None,
                    "date_source": dated.source if dated else _undated(doc),
                    "document": doc_id,
                    "outlet": doc.source if doc else None,
                    "claims": [c.id for c in cs],
                    "values": sorted({c.value for c in cs}),
                    "texts": list(dict.fromkeys(c.text for c in cs)),
                    "about": about,
                },
            )
        )
    rows.sort(key=lambda r: r[0])
    return [r[1] for r in rows]


def _undated(doc: Document | None) -> str | None:
    if doc is not None and doc.dating is not None and doc.dating.source == ASSUMED_DATE:
        return f"{ASSUMED_DATE} {doc.dating.published} (assumed, not the article's date)"
    return None


def latest(
    timeline: list[dict[str, Any]], worded: Callable[[list[str]], list[str]] | None = None
) -> dict[str, Any] | None:
    """The latest dated figure(s) and who gives them; None when no article is dated. A
    report that gives only its day may be as late as any time of that day, so on the
    last day the day-only reports count as latest too. ``worded``: the figures of claims
    (by id) as the finding's message words them ('more than 30', not 30), kept as
    "figures" beside the values, the whole latest's and each moment's."""
    dated = [e for e in timeline if e["published"]]
    if not dated:
        return None
    last = dated[-1]["published"]
    top = [e for e in dated if instant(e["published"]) == instant(last) or (
        day_of(e["published"]) == day_of(last)
        and not (has_time(e["published"]) and has_time(last)))]  # fmt: skip
    by: dict[Any, dict[str, Any]] = {}  # each moment among them, in order of time
    for e in top:
        # one instant written with two offsets ('10:00+00:00', '12:00+02:00') is one moment
        when = instant(e["published"]) if has_time(e["published"]) else e["published"]
        at = by.setdefault(when, {"published": e["published"], "values": set(),
                                  "outlets": {}, "claims": []})  # fmt: skip
        at["values"].update(e["values"])
        at["outlets"][e["outlet"] or e["document"]] = None
        at["claims"] += e.get("claims", ())

    def figures(ids: list[str]) -> dict[str, list[str]]:
        return {"figures": worded(ids)} if worded is not None else {}

    return {
        "published": last,
        "values": sorted({v for e in top for v in e["values"]}),
        **figures([c for e in top for c in e.get("claims", ())]),
        "documents": [e["document"] for e in top],
        "outlets": list(dict.fromkeys(e["outlet"] or e["document"] for e in top)),
        # the figures of each moment: a day-only report among timed ones is latest too,
        # but not at their time of day ('40 at 10:00' and '52 that day' are two moments)
        "by": [
            {
                "published": m["published"],
                "values": sorted(m["values"]),
                **figures(m["claims"]),
                "outlets": list(m["outlets"]),
            }
            for m in by.values()
        ],
    }


def judge(
    claims: Sequence[Claim],
    docs: dict[str, Document],
    same_time_hours: float = 0.0,
    timeline: list[dict[str, Any]] | None = None,
    clash: Callable[[Claim, Claim], bool] | None = None,
) -> dict[str, str]:
    """Whether the differing figures of ``claims`` are an update, a contradiction, or
    cannot be told apart: ``{"kind": ..., "why": words for an editor}``, an update with
    ``"by"``: what shows it ("revision": an outlet revised its own figure; "wording": an
    article's words say it moved; "dates": later reports carry it). ``timeline``:
    their entries(), when the caller has them already. ``clash``: whether two claims'
    figures cannot both hold, as the rule judges them (without it, any two figures that
    differ): two outlets at one time are a contradiction only when theirs cannot ("more
    than 100,000" and "120,000" the same day contradict nothing)."""
    timeline = entries(claims, docs) if timeline is None else timeline
    by_id = {c.id: c for c in claims}
    dated = [e for e in timeline if e["published"]]
    undated = [e for e in timeline if not e["published"]]
    one_unit = _one_unit(claims)
    revised = _outlet_revised(dated, undated, one_unit)
    if revised:
        return {"kind": "update", "why": revised, "by": "revision"}
    asked: dict[tuple[Hashable, Hashable], bool] = {}  # by the two figures: asked once

    shapes: dict[int, Hashable] = {}  # each entry's, worked out once

    def shape(e: dict[str, Any]) -> Hashable:
        """An entry's figures as the clash test reads them (quantity.figure_key, its
        wording too): two entries of one shape clash with a third alike ("another 512"
        in euros is not "another 512" in dollars; "6 million" is not "6,000,000")."""
        if id(e) not in shapes:
            shapes[id(e)] = frozenset(quantity.figure_key(by_id[c]) for c in e["claims"])
        return shapes[id(e)]

    def entries_clash(a: dict[str, Any], b: dict[str, Any]) -> bool:
        if clash is None:
            return bool(a["values"] != b["values"])
        key = (shape(a), shape(b))
        if key not in asked:
            asked[key] = any(clash(by_id[x], by_id[y]) for x in a["claims"] for y in b["claims"])
        return asked[key]

    at_once = _same_time_clash(dated, same_time_hours, entries_clash, shape)
    if at_once:
        return {"kind": "contradiction", "why": at_once}
    # with undated articles the dates cannot settle it; the wording may
    said = _moved_words(timeline, docs, by_id, claims) if undated else None
    if said:
        return {"kind": "update", "why": said, "by": "wording"}
    scale = _scale(by_id)  # (each figure in one unit, worked out once)
    steps = _steps(dated, same_time_hours, by_id, scale, one_unit)
    aged = _aged_apart(steps, by_id, docs)
    if aged:
        return {"kind": "contradiction", "why": aged}
    way, words = _one_way(steps, by_id, scale)
    if undated:
        # the dated reports move one way and every undated one gives only their latest
        # figure, as they write it: an update, said with the undated ones (which may be
        # of any time, but agree with the last word). An undated article that gives an
        # earlier figure, or the latest one otherwise ("100" beside the latest "nearly
        # 100"), may be the latest report going back on it: the dated ones' way is said,
        # not judged
        figure = functools.partial(quantity.figure_key, wording=False)  # whatever its words
        latest = {figure(by_id[c]) for e in steps[-1][3] for c in e["claims"]} if way else ()
        if way and all(figure(by_id[c]) in latest for e in undated for c in e["claims"]):
            return {"kind": "update",
                    "why": f"later reports carry a {way} figure: {words}; "
                           + ("the undated article gives" if len(undated) == 1 else
                              f"the {len(undated)} undated articles give")
                           + " the latest",
                    "by": "dates"}  # fmt: skip
        assumed = sum(1 for e in undated if (e["date_source"] or "").startswith(ASSUMED_DATE))
        how = f" ({ASSUMED_DATE} is assumed, not the articles' date)" if assumed else ""
        later = f"; the dated ones carry a {way} figure later: {words}" if way else ""
        return {"kind": "undetermined",
                "why": f"{len(undated)} of {len(timeline)} articles undated{how}: an update "
                       f"cannot be told from a contradiction{later}"}  # fmt: skip
    if way:
        # the later reports' own words may say it moved ("rose to 48 percent"): an update
        # they show, not the dates alone; not the words of a report of the first moment
        # (a same-day copy that says "rose to" the first figure moved nothing later)
        said = _moved_words([e for step in steps[1:] for e in step[3]], docs, by_id, claims)
        return {"kind": "update",
                "why": f"later reports carry a {way} figure: {words}"
                       + (f"; {said}" if said else ""),
                "by": "wording" if said else "dates"}  # fmt: skip
    return {"kind": "contradiction", "why": f"the dated figures go up and down: {words}"}


def _moved_words(
    entries_: Sequence[dict[str, Any]],
    docs: dict[str, Document],
    by_id: dict[str, Claim],
    claims: Sequence[Claim],
) -> str | None:
    """The words of the first of ``entries_`` whose claim says the figure moved, as
    "b.txt says the figure moved: 'rose to 48 percent'" (None for none), but for a figure
    another article gives another figure of its very period (_of_one_period)."""
    frames: dict[tuple[str, str], set[tuple[str, float]]] | None = None  # (at first need)
    for e in entries_:
        doc = docs.get(e["document"])
        for cid in e["claims"]:
            words, current = _moved(by_id[cid], doc) if doc else (None, False)
            if not words:
                continue
            if frames is None:
                frames = {}
                for o in claims:
                    if o.time is not None and o.time.start and o.time.end:
                        frames.setdefault((o.time.start, o.time.end), set()).add(
                            (o.document, o.value)
                        )
            # (a level said to be the current one is a running total so far, whatever
            # period it is of: "losses in 2026 now total $5.63 billion", another
            # article's 2026 figure an earlier report of it)
            if current or not _of_one_period(by_id[cid], frames):
                return f"{_who(e)} says the figure moved: '{words}'"
    return None


def _of_one_period(c: Claim, frames: dict[tuple[str, str], set[tuple[str, float]]]) -> bool:
    """Whether another article gives another figure for the very time frame ``c`` states
    (``frames``: each frame's articles and figures), a period longer than a day ("eased to
    4.1 percent in October" and "was 4.3 percent in October"): the verb says the figure
    moved from an earlier period's, not that the other is an earlier report. Not a day: a
    toll's day is its event's ("the toll from Sunday's quake has risen to 120" and "rose
    to 143"), which later reports keep."""
    t = c.time
    if t is None or not (t.start and t.end):
        return False
    if one_day(t.start[:10], t.end[:10]):
        return False  # ("--10", October of no year, is a month)
    return any(
        doc != c.document and value != c.value for doc, value in frames.get((t.start, t.end), ())
    )


def _one_way(
    steps: list[tuple[str, list[float], str, Any]],
    by_id: dict[str, Claim],
    scale: dict[str, quantity.Scale],
) -> tuple[str | None, str]:
    """Whether dated steps' figures only rise ("higher") or only fall ("lower") from the
    first to the last (None: they go up and down, or there is one step), and the steps
    in words, those of one figure in a row told as one ("27 (2005-06-25 to 2005-07-26),
    then 29 (2007-04-03)"). A figure's words count (``by_id``: the claims): "more than
    21,000" after 21,400 may still be as high (_monotone), so 9,800, 21,400, "more than
    21,000" only rise. ``scale``: each claim's Scale into one unit (_scale)."""
    spans = [(min(v), max(v)) for _, v, _, _ in steps]
    rising = all(a[1] <= b[0] for a, b in itertools.pairwise(spans))
    falling = all(a[0] >= b[1] for a, b in itertools.pairwise(spans))
    if not (rising or falling):
        bounds = [_bounds(es, by_id, scale) for _, _, _, es in steps]
        rising = _monotone(bounds)
        falling = _monotone([(-hi, -lo) for lo, hi in bounds])
        if rising and falling:
            rising = falling = False  # ("about 100", "fewer than 200", 95: no way)
    runs: list[tuple[str, str, str]] = []  # steps of one figure told as one
    for m, _, said, _ in steps:
        if runs and runs[-1][2] == said:
            runs[-1] = (runs[-1][0], m, said)
        else:
            runs.append((m, m, said))
    words = ", then ".join(f"{said} ({a if a == b else f'{a} to {b}'})" for a, b, said in runs)
    if len(steps) > 1 and (rising or falling) and spans[0] != spans[-1]:
        return "higher" if rising else "lower", words
    return None, words


# the days of a year an age grows by (_aged_apart, and the rules' checks._years_between)
DAYS_A_YEAR = 365.25


def _aged_apart(
    steps: list[tuple[str, list[float], str, list[dict[str, Any]]]],
    by_id: dict[str, Claim],
    docs: dict[str, Document],
) -> str | None:
    """Why the ages of dated reports cannot be one person's age growing with time, in
    words ("an age grows only with time: 58 on 2026-02-03, then 61 on 2026-02-04, 1 day
    later"), or None: two reports of different days whose ages cannot both hold though
    the later may have grown by the time between them (quantity.ages_meet_over, as the
    rule judges two ages). Only where every claim is a whole age as written ("a
    58-year-old man", "a 3-month-old baby"), none of an earlier time than its report's
    (a time of its own that ends a month or more before the report: "in 2005"; "was a
    27-year-old student when he stabbed": an age of then; not "died on Monday")."""
    dated = [(by_id[c], e["published"]) for _, _, _, es in steps for e in es for c in e["claims"]]
    if not dated or not all(quantity.completed_age(c) for c, _ in dated):
        return None
    if any(_earlier(c, published) or _of_then(c, docs) for c, published in dated):
        return None
    # each step's ages once per figure as written (a wire story's thousand copies of one
    # age are one age): the pairs of steps compare distinct figures, not every claim
    ages = [
        list({quantity.figure_key(by_id[c]): by_id[c] for e in es for c in e["claims"]}.values())
        for _, _, _, es in steps
    ]
    for k, (t0, v0, said0, _) in enumerate(steps):
        for (t1, v1, said1, _), later in zip(steps[k + 1 :], ages[k + 1 :], strict=True):
            days = (day_of(t1) - day_of(t0)).days
            if all(
                quantity.ages_meet_over(x, y, days / DAYS_A_YEAR) for x in ages[k] for y in later
            ):
                continue
            gap = ("the same day" if days == 0
                   else f"{days} day{'s' if days != 1 else ''} later" if days < 365
                   else f"{days / DAYS_A_YEAR:.1f} years later")  # fmt: skip
            how = "does not fall" if max(v1) < min(v0) else "grows only with time"
            return (f"an age {how}: {said0} on {day_of(t0).isoformat()}, then {said1} "
                    f"on {day_of(t1).isoformat()}, {gap}")  # fmt: skip
    return None


# an age said of an event's time: "was" before it ("was 27", "was a 27-year-old
# student"), "when" or "at the time" after it in its sentence, not past a relative
# pronoun ("was a 58-year-old man who died when fire swept": his age now)
_WAS_BEFORE = re.compile(r"\b(?:was|were)\s+(?:an?\s+)?$", re.IGNORECASE)
_THEN_AFTER = re.compile(
    r"(?:(?!\b(?:who|which|that|whose)\b)[^.;!?]){0,60}?\b(?:when|at the time)\b",
    re.IGNORECASE,
)
# how long before its report a claim's own time may end and still be the report's
# ("died on Monday" of a Thursday's report), not an earlier time's ("in 2005")
_RECENT = timedelta(days=31)


def _earlier(c: Claim, published: str) -> bool:
    """Whether a claim's own time ends well before its report's day (_RECENT)."""
    end = c.time.end if c.time is not None else None
    if not end or not end[:4].isdigit():
        return False
    try:
        return day_of(end) < day_of(published) - _RECENT
    except ValueError:
        return False


def _of_then(c: Claim, docs: dict[str, Document]) -> bool:
    doc = docs.get(c.document)
    if doc is None:
        return False
    start, end = c.span
    return bool(
        _WAS_BEFORE.search(doc.text, max(0, start - 20), start) and _THEN_AFTER.match(doc.text, end)
    )


def _bounds(
    es: list[dict[str, Any]], by_id: dict[str, Claim], scale: dict[str, quantity.Scale]
) -> tuple[float, float]:
    """The levels every figure of a step allows as written (quantity.as_written: a figure
    itself, "about 900" too; a range's ends; open above after "more than" or "at least",
    below after "fewer than" or "at most"): from the highest lower end to the lowest upper
    one (an empty range when they part: {"at least 50", 60} allows only 60; {"about
    100", 92} nothing)."""
    ends = [
        (scale[c](lo), scale[c](hi))
        for e in es
        for c in e["claims"]
        for lo, hi in [quantity.as_written(by_id[c])]
    ]
    return max(lo for lo, _ in ends), min(hi for _, hi in ends)


def _monotone(bounds: list[tuple[float, float]]) -> bool:
    """Whether figures within each step's bounds can rise (never fall) step by step."""
    level = -math.inf
    for lo, hi in bounds:
        level = max(level, lo)
        if level > hi:
            return False
    return True


def _who(e: dict[str, Any]) -> str:
    return str(e["outlet"] or e["document"])


def _close(a: dict[str, Any], b: dict[str, Any], hours: float) -> bool:
    """Published at one time: the same day when either gives no time of day, else within
    ``hours`` of each other."""
    ma, mb = a["published"], b["published"]
    if not (has_time(ma) and has_time(mb)):
        return bool(day_of(ma) == day_of(mb))  # the day each article states
    return abs(instant(ma) - instant(mb)) <= timedelta(hours=hours)


class _Index:
    """Entries by their figures and outlet, with counts so they can be removed again: the
    question 'another outlet with other figures?' costs the distinct figures, not the
    entries."""

    def __init__(self, shape: Callable[[dict[str, Any]], Hashable]) -> None:
        self.by: dict[Hashable, dict[str, list[dict[str, Any]]]] = {}
        self.shape = shape  # what an entry's figures are, for the clash test

    def add(self, e: dict[str, Any]) -> None:
        self.by.setdefault(self.shape(e), {}).setdefault(_who(e), []).append(e)

    def remove(self, e: dict[str, Any]) -> None:
        whos = self.by[self.shape(e)]
        whos[_who(e)].remove(e)
        if not whos[_who(e)]:
            del whos[_who(e)]

    def other(
        self, b: dict[str, Any], clash: Callable[[dict[str, Any], dict[str, Any]], bool]
    ) -> dict[str, Any] | None:
        """An entry of another outlet whose figures ``clash`` with b's: asked once for
        each wording (copies of one wire story write their figures alike), not for each
        outlet that writes it."""
        mine = self.shape(b)
        for written, whos in self.by.items():
            if written == mine or not any(who != _who(b) for who in whos):
                continue  # (remove drops an outlet with none left)
            if clash(next(iter(whos.values()))[0], b):
                return next(es[0] for who, es in whos.items() if who != _who(b))
        return None


def _same_time_clash(
    dated: list[dict[str, Any]],
    hours: float,
    clash: Callable[[dict[str, Any], dict[str, Any]], bool],
    shape: Callable[[dict[str, Any]], Hashable],
) -> str | None:
    """Two outlets giving figures that ``clash`` at one time (see _close), in words as
    they write them; None if none do. Linear in the entries (times the few distinct
    figures, by ``shape``): a finding over thousands of wire copies is judged without
    comparing every pair of them."""
    window: deque[dict[str, Any]] = deque()  # timed entries at most ``hours`` back
    timed = _Index(shape)
    untimed: dict[Any, _Index] = {}  # per day, the entries without a time of day
    every: dict[Any, _Index] = {}  # per day, all entries
    for b in dated:  # in order of time (entries() sorts them)
        at = instant(b["published"])
        day = day_of(b["published"])  # the day the article states, not the day in UTC
        if has_time(b["published"]):
            while window and at - instant(window[0]["published"]) > timedelta(hours=hours):
                timed.remove(window.popleft())
            a = timed.other(b, clash) or (untimed[day].other(b, clash) if day in untimed else None)
        else:
            a = every[day].other(b, clash) if day in every else None
        if a is not None:
            when = a["published"] if a["published"] == b["published"] else (
                f"{a['published']} and {b['published']}")  # fmt: skip
            return (f"at one time ({when}) {_who(a)} gives {_said(a)} and {_who(b)} "
                    f"gives {_said(b)}")  # fmt: skip
        if has_time(b["published"]):
            window.append(b)
            timed.add(b)
        else:
            untimed.setdefault(day, _Index(shape)).add(b)
        every.setdefault(day, _Index(shape)).add(b)
    return None


def _outlet_revised(
    dated: list[dict[str, Any]], undated: list[dict[str, Any]], one_unit: bool
) -> str | None:
    """An outlet that gave one figure and later another, when after its revision every
    source's latest figure (undated ones included) is the same: the revision explains
    the difference (its figures as written where the claims' units differ, ``one_unit``
    False: "5 km", then "4 miles")."""
    said = _values if one_unit else _said
    first: dict[str, dict[str, Any]] = {}
    last: dict[str, dict[str, Any]] = {}
    for e in dated:
        key = _who(e)
        first.setdefault(key, e)
        last[key] = e
    now = {tuple(e["values"]) for e in [*last.values(), *undated]}
    for key, e in last.items():
        was = first[key]
        if was is not e and was["values"] != e["values"] and len(now) == 1:
            then = f"then {said(e)} ({e['published']}), which every source now gives"
            return f"{key} revised its own figure: {said(was)} ({was['published']}), {then}"
    return None


def _steps(
    dated: list[dict[str, Any]],
    hours: float,
    by_id: dict[str, Claim],
    scale: dict[str, quantity.Scale],
    bare: bool,
) -> list[tuple[str, list[float], str, list[dict[str, Any]]]]:
    """Dated entries merged into steps of one time each (see _close): each step's time,
    figures (in one unit: ``scale``, _scale), figures in words (bare, "12 / 15", when
    every claim of it is a plain figure and ``bare``, the timeline's measures in one
    unit, _one_unit; else as written, "“nearly 100 people”", "“2 km”", then "“1 mile”",
    so that no step's words drop what qualifies a figure nor give one converted into
    words no article wrote) and entries."""
    steps: list[tuple[dict[str, Any], list[dict[str, Any]]]] = []
    for e in dated:
        if steps and _close(steps[-1][0], e, hours):
            steps[-1][1].append(e)
        else:
            steps.append((e, [e]))
    out = []
    for first, es in steps:
        claims = [by_id[c] for e in es for c in e["claims"]]
        values = sorted({scale[c.id](c.value) for c in claims})
        if bare and all(c.qualifier == "exact" for c in claims):
            said = " / ".join(fmt_num(v) for v in values)
        else:
            said = " / ".join(dict.fromkeys(f"“{c.text}”" for c in claims))
        out.append((first["published"], values, said, es))
    return out


def _one_unit(claims: Iterable[Claim]) -> bool:
    """Whether the claims' figures are in one unit (a count's noun is no unit: "12
    people", then "14 residents" are bare figures)."""
    return len({c.unit for c in claims if c.kind != "count"}) < 2


def _scale(by_id: dict[str, Claim]) -> dict[str, quantity.Scale]:
    """How to put each claim's figures in one unit: the first claim's, when their units
    differ but convert ("5 metres", "16 feet"; an age in months beside one in years; 40C,
    104F), else as written (quantity.common_factors, as the rules and the report's
    number line put them)."""
    claims = list(by_id.values())
    return dict(zip(by_id, quantity.common_factors(claims), strict=True))


def _values(e: dict[str, Any]) -> str:
    return " / ".join(fmt_num(v) for v in e["values"])


def _said(e: dict[str, Any]) -> str:
    """An entry's figures as its article writes them ("“nearly 100”"), not bare values
    ("100"), which left out what made two of them clash or agree."""
    return " / ".join(f"“{t}”" for t in e["texts"])
