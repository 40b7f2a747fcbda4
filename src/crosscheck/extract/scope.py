"""What a figure's clause says it counts over and how it is defined: its time frame
("arrested three times since October", "20 points this season", "in the past two years")
and its definition ("$13.9 billion including net debt", "pre-tax profit"). Two figures
with different time frames or definitions are figures of different subjects, whatever
their words share: the matcher keeps them apart and the label says which is which.

Both are read from the figure's clause only (a frame in another clause belongs to another
figure) and returned as short normalised words ("since October", "this season", "past two
years", "including debt", "before tax"), compared case-insensitively.
"""

from __future__ import annotations

import functools
import re

from crosscheck.extract.attribution import SPEECH_VERBS
from crosscheck.extract.lexicon import (
    EARLIER_WORDS,
    EVENT_NOUNS,
    MONTHS,
    NUMBER_WORDS,
    ORDINAL_WORDS,
    OWN_DETERMINERS,
    SUDDEN_EVENTS,
    TIME_UNITS,
)
from crosscheck.extract.timex import MONTH, YEAR
from crosscheck.model import CAPITAL

# how far from the figure a frame or a definition is looked for, in characters
REACH_LEFT = 80
REACH_RIGHT = 60
# where a clause ends: the figure's frame, definition, owner or place is not beyond it
# (not at a month's abbreviation: "since Jan. 1, 2024" is one frame; lookbehinds of one
# width each, from the lexicon's month names)
_MONTH_DOTS = "".join(
    rf"(?<!\b{m.title()})"
    for m in sorted({m for m in MONTHS if len(m) in (3, 4) and m not in ("may", "june", "july")})
)
CLAUSE_BREAK = re.compile(
    rf"[;:!?()\[\]]|{_MONTH_DOTS}\.(?:\s|$)|,\s+(?:and|but|while|which|who|when)\b"
    r"|\b(?:and|but)\s+(?:had|has|have|was|were|is|are|said|says)\b"
)
_NUMBER_WORD = r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a few|several)"
_UNIT = r"(?:years?|months?|weeks?|days?|seasons?|games?|decades?|quarters?|matches|races|starts)"
_PERIODS = tuple(
    re.compile(rx, re.IGNORECASE)
    for rx in (
        # "since October", "since 2005", "since last year", "since the start of the season"
        # ("since 2008-2009" whole: a season, not the year 2008)
        # (a month's day and year whole: "since January 1", "since January last year")
        rf"\bsince\s+(?:(?:early|mid|late)[- ])?(?:{MONTH}(?:\.?\s+\d{{1,2}}(?:st|nd|rd|th)?\b)?"
        r"(?:,?\s+(?:of\s+)?(?:\d{4}|last\s+(?:year|season)))?"
        rf"|{YEAR}(?:[-–/](?:{YEAR}|\d\d))?(?![-–/]?\d)"
        r"|last\s+(?:year|season|month|week)|the\s+(?:start|beginning)\s+of\s+"
        r"(?:the\s+|this\s+|last\s+)?(?:year|season|month|war|conflict|campaign))\b",
        # "so far this season", "this year", "last season", "the previous season"
        r"\b(?:so\s+far\s+)?(?:this|last|the\s+previous|the\s+past)\s+(?:year|season)\b",
        # "in the past two years", "over the last three seasons", "during the first six months"
        r"\b(?:in|over|during|for|within)\s+the\s+(?:past|last|previous|first|next)\s+"
        rf"(?:{_NUMBER_WORD}\s+)?{_UNIT}\b",
        # "in 2008", "during 2007", "for 2009"
        rf"\b(?:in|during|for|throughout)\s+({YEAR})\b(?![-–/]\d)",
    )
)
# a "since" that a superlative or an ordinal leads to ranks the figure against the past
# ("killed 40 people, the deadliest since 2005", "the first arrests since the start of the
# year"): the figure is not counted over that time
_RANKED = re.compile(
    r"\b(?:(?!(?:protest|interest|request|arrest|forest|contest|inquest|conquest|harvest"
    r"|suggest|invest|digest|manifest|attest|detest|honest|modest|earnest|midwest|behest"
    r"|guest|chest|crest|quest|rest|test|west|nest|vest|lest|zest|jest|pest|unrest"
    r"|northwest|southwest|priest|everest|tempest|latest)\b)[a-z]+est"
    r"|most|least|worst|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth"
    r"|\d+(?:st|nd|rd|th))\b(?:\s+[\w'’-]+){0,2}\s*$"
)
_SINCE_YEARS = re.compile(YEAR)


def ranks_since(before: str) -> bool:
    """Whether a superlative or an ordinal leads to a "since" right after ``before`` (the
    text before it): "killed 40 people, the deadliest since 2005" ranks the figure against
    the past, and 2005 is no time of it (_RANKED). Not "least" or "most" but after "the"
    or an owner ("at least 300 people since 2019", "most of them since 2021" count over
    the time; "the most since 2005", "his most since 2019" rank), nor a fraction ("by a
    fifth since 2020"), nor "latest", nor a rank of a span ("the first six months since
    March", "the first year since 2020")."""
    m = _RANKED.search(before)
    if m is None:
        return False
    words = m.group(0).lower().split()
    lead = before[: m.start()]
    if words[0] in ("least", "most") and not _RANK_OWNER.search(lead):
        return False
    if not (words[0] in ORDINAL_WORDS or words[0][:1].isdigit()):
        return True  # a superlative ranks, a number after it too ("the worst two days")
    if _FRACTION.search(lead):
        return False  # "cut its staff by a fifth since 2020": a share
    if any(w[:1].isdigit() or w in NUMBER_WORDS for w in words[1:]):
        return False  # "the first six months since March", "the first 100 days"
    return not (len(words) > 1 and words[1] in TIME_UNITS)  # "the first year since 2020"


# what makes "least" or "most" a rank: "the most since 2005", "his most since 2019" (not
# "at least 300 since 2019", "most of them since 2021"); an ordinal (lexicon.ORDINAL_WORDS,
# "2nd") a fraction ("a fifth") or a rate's ("per second", "every second"); a span, with a
# time unit after it ("the first year since 2020"), where a superlative's is a rank ("the
# worst day since Friday")
_RANK_OWNER = re.compile(r"\b(?:the|his|her|its|their|our|my|your|[\w-]+['’]s)\s+$", re.IGNORECASE)
_FRACTION = re.compile(r"\b(?:a|an|one|per|every|each)[\s-]+$", re.IGNORECASE)


def frame_years(text: str) -> set[int]:
    """The years that start a "since" time frame anywhere in ``text`` ("since October
    2012", "since 2008-2009", "the deadliest since 2005"): years a figure counts or ranks
    from, not years of another event."""
    return {int(y) for m in _PERIODS[0].finditer(text) for y in _SINCE_YEARS.findall(m.group(0))}


# what opens an aside that says when a thing came to be, whose year is the thing's, not
# its figures' nor another event's ("Harland House, built in 1968, underwent a £4.2m
# refurbishment four years ago", "Brunna, founded in 1921, has 17,000 employees"); not
# a verb that may be the news itself ("Biden, elected in 2020, won 306 electoral
# votes", "The museum, opened on Monday, drew 5,000 visitors", "The bridge, completed in
# 2022, cost £4.2m")
_ORIGIN_WORDS = (
    r"(?:first\s+|originally\s+)?(?:built|founded|established|born|formed"
    r"|constructed|erected|incorporated|set\s+up)\b"
)
_ORIGIN = rf"{_ORIGIN_WORDS}[^,]*$"
_ORIGIN_ASIDE = re.compile(rf",\s*(?:(?:which|who)\s+(?:was|were)\s+)?{_ORIGIN}", re.IGNORECASE)
# the same words opening the sentence as a participle, a preposition after them, the aside
# closed by a comma ("Built in 1968, the tower underwent a £4.2m refurbishment four years
# ago", "Founded by two brothers in 1920, ..."; not "Established carriers were hit hardest
# in 2020, when ...": an adjective)
_ORIGIN_OPENING = re.compile(
    rf"[\W_]*{_ORIGIN_WORDS}(?:\s+(?:in|on|at|by|during|as|near|around|from|after|before)\b"
    r"[^,]*|\s*)$",
    re.IGNORECASE,
)


def origin_aside(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The aside set off by commas that holds ``text[start:end]`` (a time) and says when
    a thing came to be (_ORIGIN_ASIDE), or the participle that opens the sentence
    (``text``) and says so: the offsets of its opening comma (-1 for one that opens the
    sentence) and its closing comma, or None."""
    opened = text.rfind(",", 0, start)
    close = text.find(",", end)
    if close < 0:
        return None
    if opened < 0:
        return (-1, close) if _ORIGIN_OPENING.match(text, 0, start) else None
    return (opened, close) if _ORIGIN_ASIDE.match(text, opened, start) else None


_NOISE = re.compile(r"^(?:in\s+|over\s+|during\s+|for\s+|within\s+|throughout\s+)")

_DEBT_LIKE = r"(?:debts?|tax(?:es)?|fees|interest|inflation|dividends|costs|charges|items|cash)"
_BASES = (
    # "including Acme's net debt", "excluding one-time charges", "plus assumed debt", "net of
    # fees"; "not including" excludes (_INCLUDING)
    (
        re.compile(
            r"\b(not\s+including|including|excluding|with|without|plus|net\s+of|less)\s+"
            r"(?:[\w.’'-]+\s+){0,3}?"
            rf"(?:net\s+|assumed\s+|outstanding\s+|one-time\s+|special\s+)?({_DEBT_LIKE})\b",
            re.IGNORECASE,
        ),
        None,
    ),
    # a pay or a prize "including his record bonus", "including a £4m bonus", "excluding
    # bonuses" ("not including" excludes); not "with the average bonus at ...", "with no
    # bonus", "plus a bonus share": other figures, or none
    (
        re.compile(
            r"\b(not\s+including|including|excluding)\s+(?:[\w.’'£$€,-]+\s+){0,3}?(bonus)(?:es)?\b",
            re.IGNORECASE,
        ),
        None,
    ),
    (re.compile(r"\b(?:before|pre)[- ]?tax(?:es)?\b|\bpretax\b", re.IGNORECASE), "before tax"),
    (re.compile(r"\bafter[- ]?tax(?:es)?\b", re.IGNORECASE), "after tax"),
)
_INCLUDING = {"including": "including", "with": "including", "plus": "including"}
# "gross" / "net" as a word of the figure's phrase ("net profit of $2 billion", "$2 billion
# in net income"): next to the figure, or naming what the clause's verb brings to it
# ("its net profit rose to $2.5 billion")
_GROSS_NET = re.compile(r"\b(gross|net)\b(?!\s+of\b)", re.IGNORECASE)
_GROSS_NET_NAMED = re.compile(
    r"\b(gross|net)\s+(?!of\b)[a-z]+\s+(?:\w+\s+){0,2}?"
    r"(?:rose|fell|grew|jumped|climbed|dropped|declined|slipped|"
    r"increased|decreased|was|were|came|reached|totall?ed|stood)\b",
    re.IGNORECASE,
)
NEAR_WORDS = 3
# An amount paid in one form when its own coordination says the rest is paid in another
# ("paying $281 million in cash for SeaMicro and the remainder in stock", "$1.2 billion in
# stock and $800 million in cash"): a part of the price, not the price. "$2 billion in
# cash" alone is the whole (an all-cash deal), and so is "in cash and stock"; stock or
# shares named elsewhere in the sentence ("Beta's shares rose 12%") say nothing of it.
_FORM = r"(?:cash|stock|shares)"
_PAID_IN = re.compile(
    rf"\s*in\s+({_FORM})\b(?!\s*(?:,|and|or|plus|as\s+well\s+as)\s+(?:\w+\s+){{0,2}}?{_FORM}\b)",
    re.IGNORECASE,
)
_AND = r"\s*,?\s*(?:and|plus|with|while)\s+"
# the rest, after the figure's form, in its clause (an abbreviation's full stop is no end):
# "... and the remainder in stock", "with the balance to be paid in shares", "and about
# $53 million in stock", "and another 1.2 billion dollars in stock"
_REST_AFTER = re.compile(
    rf"[^,;]*?{_AND}(?:(?:the|its)\s+)?(?:remainder|rest|balance)(?!\s+sheet)"
    r"(?:\s+of\s+the\s+\w+|\s+(?:will|to|is|being)(?:\s+be)?)?\s+(?:in|paid|as|by)\b"
    rf"|[^,;]*?{_AND}(?:[a-z]+\s+)?\S*\d\S*(?:\s+[a-z]+){{0,2}}?\s+in\s+{_FORM}\b",
    re.IGNORECASE,
)
_PART_BEFORE = re.compile(rf"\bin\s+{_FORM}{_AND}(?:[a-z]+\s+)?\S*$", re.IGNORECASE)


def _clause(text: str, start: int, end: int, whole_left: bool = False) -> tuple[str, str]:
    """The text of the figure's clause before it and after it (each within reach; with
    ``whole_left``, all of the clause before it)."""
    left = text[0 if whole_left else max(0, start - REACH_LEFT) : start]
    right = text[end : end + REACH_RIGHT]
    if breaks := list(CLAUSE_BREAK.finditer(left)):
        left = left[breaks[-1].end() :]
    if m := CLAUSE_BREAK.search(right):
        right = right[: m.start()]
    return left, right


def period(text: str, start: int, end: int) -> str | None:
    """The time frame the figure at ``text[start:end]`` is counted over, in its clause:
    "since October", "this season", "past two years", "2008"; None when the clause has
    none. A frame to the right of the figure wins over one to its left (the nearer)."""
    # a bare figure set off by commas is an age ("A man, 45, has lived there since 2005"):
    # what follows it is the person's, not the figure's
    before, after = text[max(0, start - 3) : start].rstrip(), text[end : end + 3].lstrip()
    if text[start:end].isdigit() and before.endswith(",") and after.startswith(","):
        return None
    left, right = _clause(text, start, end)
    opens = not text[: max(0, start - len(left))].strip()  # the clause opens the sentence
    for part, pick in ((right, 0), (left, -1)):
        found = [m for rx in _PERIODS for m in rx.finditer(part)
                 if _governs(part, m, part is left, opens)]  # fmt: skip
        if found:
            m = sorted(found, key=lambda m: m.start())[pick]
            words = _NOISE.sub("", " ".join(m.group(0).split()))
            words = words[:1].lower() + words[1:]  # "Since October," opening a sentence
            return f"in {words}" if words.isdigit() else words
    return None


_DETERMINER = "(?:{})".format("|".join(sorted(OWN_DETERMINERS)))
_EARLIER = re.compile(
    rf"\b{_DETERMINER}\s+((?:(?:" + "|".join(sorted(EARLIER_WORDS)) + r")\s+){1,2}"
    rf"(?:(?!{_DETERMINER}\b)[a-z-]+\s+)??"
    r"(?:" + "|".join(sorted(EVENT_NOUNS)) + r")(?:e?s)?)\b"
    r"(?!\s+(?:to|as|with)\b)",
    re.IGNORECASE,
)
# what may stand before the other event in the figure's clause: nothing, a time or a
# place it opens with ("In 2019, a similar flood ...", "In 2019 a similar flood"),
# "in"/"during" ("During a previous outbreak in 2023, 38 died"), the clause's subject it
# stands in apposition to ("The 2019 floods, the last comparable disaster, left 31 dead")
# or who said it ("Officials said a similar flood in 2019 killed 31"); anywhere else it
# is another noun's ("convicted of attempted murder involving the earlier shooting and two
# counts")
_BEFORE_EARLIER = re.compile(
    rf"^\s*(?:(?:[\w-]+\s+){{0,5}}?[\w-]+\s*,\s*|(?:in|during)\s+{YEAR}\s+)?"
    r"(?:(?:[\w.-]+\s+){1,4}(?:" + SPEECH_VERBS + r")\s+(?:that\s+)?)?(?:(?:in|during)\s+)?$",
    re.IGNORECASE,
)


# an earlier year opening the clause, then an event of a moment (lexicon.SUDDEN_EVENTS)
# named with "a" ("In 2017 a stampede ...", "In 2019, an avalanche in the same valley
# ...", "During 2010 a deadly flood ..."), or that year right before its noun ("A 2019
# leak of the biology paper saw 11 people charged"): not one that lasts, which the story
# may still be about ("In 2022, a war broke out", "A 2025 strike by junior doctors"), nor
# the event noun of another noun's ("a fire report", "a crush of 2,000 fans"; not "an
# explosion of ammonium nitrate")
def _dated_event(opening: str, modifier: str) -> re.Pattern[str]:
    """The pattern of an event of a moment after ``opening`` (its year group 1), its
    words (with ``modifier`` before the noun) group 2, its noun group 3."""
    return re.compile(
        rf"^\s*{opening}({modifier}("
        + "|".join(sorted(SUDDEN_EVENTS))
        + r")(?:e?s)?)\b(?!\s+(?:of(?:\s*$|\s+(?:\d|about|around|some|nearly|more|over|up)\b)"
        r"|(?:report|fund|tribunal|inquiry|investigation|crimes?|drill|alarm|department|station"
        r"|service|warnings?|insurance|safety|risk|plan)\b))",
        re.IGNORECASE,
    )


_DATED_EVENT = _dated_event(rf"(?:in|during)\s+({YEAR})\s*,?\s+an?\s+", r"(?:[a-z-]+\s+)?")
# (no word between the year and the noun: "a 2000 barrel spill", "a 2000 kg blast"
# are a count and a weight)
_YEAR_EVENT = _dated_event(rf"an?\s+({YEAR})\s+", "")
# between the event and the figure, words that say it goes on ("a fire that still
# smoulders destroyed 40 homes", "a blast that has now killed 40"): the story's own
_GOES_ON = re.compile(
    r"\bstill\b|\b(?:has|have)\s+(?:since|now|so\s+far|already)\b|\bcontinu|\bongoing\b",
    re.IGNORECASE,
)
# after the figure: "31 (people died) in a similar flood in 2019"
_IN_EARLIER = re.compile(r"^\W*(?:[\w-]+\s+){0,3}?(?:in|during|of)\s+$", re.IGNORECASE)
# a "when" clause after the year of a "since" ("since 2008, when Hurricane Ike killed"),
# up to the figure (group 2: its words before it)
_SINCE_WHEN = re.compile(rf"\bsince\s+({YEAR})\s*,\s+when\s+([^,.;:]*?)\s*$", re.IGNORECASE)
# the name that opens such a clause ("Hurricane Ike killed"): the recalled event's words
_WHEN_NAMED = re.compile(rf"(?:The\s+)?((?:{CAPITAL}[\w'’-]*\s+)*{CAPITAL}[\w'’-]*)\b")
_PERFECT = re.compile(r"\b(?:has|have)\b", re.IGNORECASE)
# the other event's year, a bare one (not a date's: "on December 31, 2025" may be the
# story's days): in what opens the clause ("In 2019, a similar flood", "The 2019 floods,
# the last comparable disaster,") or right after the words ("a similar flood in 2019")
_BARE_YEAR = re.compile(rf"(?:^\s*|\b(?:in|of|during|the|an?|its)\s+)({YEAR})\b", re.IGNORECASE)
_YEAR_AFTER = re.compile(rf"^,?\s+(?:in|of|during)\s+({YEAR})\b", re.IGNORECASE)


def earlier(
    text: str, start: int, end: int, published: int | None, title: str = ""
) -> tuple[str, int] | None:
    """Another event of the story's kind that the figure at ``text[start:end]`` belongs to,
    as its clause says, with the year it gives the event (another than ``published``,
    the article's; a "when" after a "since" year, _SINCE_WHEN, in any article):
    ("similar flood", 2019) for "In 2019, a similar flood killed 31 people", ("hurricane
    ike", 2008) for "the deadliest since 2008, when Hurricane Ike killed 21 people",
    ("previous outbreak", 2023) for "A previous outbreak in 2023 infected 2,100
    people and killed 38", ("similar disaster", 2019) for "31 people died in a similar
    disaster in 2019". None for an undated article (but a "since" year's), and when the
    clause names no other event, names one with no year of its own (a second attack of
    the story's days: "A similar attack an hour later killed 9"; "the earlier attack, on
    December 31, 2025"),
    or names it as a comparison ("a similar disaster to the one in 2019", "unlike a
    similar flood") or as another noun's ("murder involving the earlier shooting")."""
    if not _SINCE_YEARS.search(text):
        return None  # (no year: no other event's, the most common case by far)
    when = _SINCE_WHEN.search(text, 0, start)
    if (
        when
        and (published is None or int(when.group(1)) < published)
        and ranks_since(text[: when.start()])
        and not _PERFECT.search(when.group(2))
    ):
        # "the deadliest since 2008, when Hurricane Ike killed 21 people": the year a
        # superlative ranks the story from is the figure's own event's, which "when"
        # opens ("since" says it is past, in an undated article too); not a duration
        # ("held since 2019, when police found 300 guns": the story's), nor a count up to
        # now ("since 2019, when he took office he has cut 3,000 jobs")
        named = _WHEN_NAMED.match(when.group(2))
        words = " ".join(named.group(1).lower().split()) if named else "earlier event"
        return words, int(when.group(1))
    if published is None:
        return None
    left, right = _clause(text, start, end, whole_left=True)
    found, opener, after = None, "", ""
    if (m := _EARLIER.search(left)) and _BEFORE_EARLIER.match(left[: m.start()]):
        found, opener, after = m, left[: m.start()], left[m.end() :]
    else:
        for m in _EARLIER.finditer(right):
            if _IN_EARLIER.match(right[: m.start()]):
                found, after = m, right[m.end() :]
                break
    if found is None:
        # "In 2017 a stampede at a football ground killed 7 people": an event of a
        # moment, named with "a", in an earlier year that opens the clause; not the event
        # the article's title names, which it may be about ("Tower fire inquiry opens":
        # "In 2024 a fire at the tower killed 72 people"; no reading of a title told a
        # follow-up from a new event of the kind well enough: docs/evaluation.md)
        dated = _DATED_EVENT.match(left) or _YEAR_EVENT.match(left)
        if (
            dated
            and int(dated.group(1)) < published
            and not _GOES_ON.search(left, dated.end())
            and not re.search(rf"\b{re.escape(dated.group(3))}(?:e?s)?\b", title, re.IGNORECASE)
        ):
            return " ".join(dated.group(2).lower().split()), int(dated.group(1))
        return None
    years = [int(y.group(1)) for y in _BARE_YEAR.finditer(opener)]
    if y := _YEAR_AFTER.match(after):
        years.append(int(y.group(1)))
    years = [y for y in years if y != published]
    return (" ".join(found.group(1).lower().split()), years[0]) if years else None


def figure_in(text: str) -> bool:
    """Whether ``text`` holds a figure (a digit): what stands between a figure and a frame
    or a year that would else be its ("a 43-39 record, a 10-win improvement over the
    previous season")."""
    return _DIGIT.search(text) is not None


_DIGIT = re.compile(r"\d")


def _governs(part: str, m: re.Match[str], left: bool, opens: bool) -> bool:
    """Whether a frame found beside the figure is the figure's: no other figure stands
    between them ("a 43-39 record, a 10-win improvement over the previous season": the
    frame is the improvement's), the frame is in the figure's phrase (no comma between:
    "killed 40 people on Sunday, the deadliest since 2005") or, on the left, opens the
    sentence ("Since October, he has been arrested ..."), and no superlative or ordinal
    leads to it ("the highest since 1983")."""
    between = part[m.end() :] if left else part[: m.start()]
    ranked = m.group(0).lower().startswith("since") and ranks_since(part[: m.start()])
    if ranked or figure_in(between):
        return False
    return "," not in between or (left and opens and not part[: m.start()].strip())


def basis(text: str, start: int, end: int) -> str | None:
    """What the figure includes or leaves out, as its clause says: "including debt",
    "excluding charges", "before tax", "after tax", "net", "gross", or the part of a price
    paid "in cash" (or "in stock") when the rest is paid otherwise; None when unsaid."""
    paid = _PAID_IN.match(text, end)
    if paid and (_REST_AFTER.match(text, paid.end()) or _PART_BEFORE.search(text[:start])):
        return "in cash" if paid.group(1).lower() == "cash" else "in stock"
    left, right = _clause(text, start, end)
    for part in (right, left):
        for rx, words in _BASES:
            if m := rx.search(part):
                if words:
                    return words
                how = " ".join(m.group(1).lower().split())
                what = m.group(2).lower()
                what = {"debts": "debt", "taxes": "tax"}.get(what, what)
                return f"{_INCLUDING.get(how, 'excluding')} {what}"
    near = " ".join(left.split()[-NEAR_WORDS:]) + " | " + " ".join(right.split()[:NEAR_WORDS])
    if (m := _GROSS_NET.search(near)) or (m := _GROSS_NET_NAMED.search(left)):
        return m.group(1).lower()
    return None


_SO_FAR = re.compile(r"^so far ", re.IGNORECASE)
_PART_OF = re.compile(
    rf"^(?:since|so far|the past|the (?:last|previous) {_NUMBER_WORD})\b", re.IGNORECASE
)


def partial(frame: str | None) -> bool:
    """Whether a time frame says the figure counts up to now over part of the time only
    ("since October", "the past two years", "so far this season"), as against a calendar
    frame ("this year", "last season", "the first two months", "in 2008") that is often
    the story's own period and left unsaid by other articles."""
    return bool(frame and _PART_OF.match(frame))


def apart(a: str | None, b: str | None) -> bool:
    """Whether two figures' time frames make them figures of different periods: a
    partial frame against none or against another frame ("four times" against "three
    times since October"). Two calendar frames ("in 2023", "in 2021") are left to the
    pair model and to the rules, which flag one figure given for two years."""
    return _frame_key(a) != _frame_key(b) and (partial(a) or partial(b))


@functools.lru_cache(maxsize=1024)
def _frame_key(frame: str | None) -> str:
    """A frame as apart compares it (asked for every pair of a candidate merge's frames,
    which are few): 'so far' dropped, the year so far however written read 'this year'."""
    return _year_so_far(_SO_FAR.sub("", frame or "").lower())


# the calendar year up to now, however written: "since January", "since Jan. 1", "since
# the start of the year", "so far this year" are "this year" (not "since January last
# year", "since Jan. 1, 2024": read whole)
_FIRST_MONTH = "|".join(rf"{m}\.?" for m, n in MONTHS.items() if n == 1)
_YEAR_SO_FAR = re.compile(
    rf"since (?:(?:{_FIRST_MONTH})(?:\s+1(?:st)?)?|the (?:start|beginning) of (?:the|this) year)"
)


def _year_so_far(frame: str) -> str:
    return "this year" if _YEAR_SO_FAR.fullmatch(frame) else frame


def explicit(basis_: str | None) -> bool:
    """Whether a definition is an explicit including/excluding phrase ("including debt")
    or a part paid in one form ("in cash"), which sets the figure apart from one stated
    without it ("$13.9 billion including net debt" is not the $13.2 billion price), as
    against a word of the figure's name ("net",
    "gross", "before tax", "after tax") that other articles often leave unsaid: those
    set figures apart only when both state one and they differ."""
    return (basis_ or "").lower().startswith(("including ", "excluding ", "in "))
