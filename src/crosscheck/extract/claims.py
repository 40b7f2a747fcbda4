"""From a sentence to its numeric claims.

For each figure: drop what is no quantity (years, dates, times, ordinals, identifiers,
phone numbers, addresses, compound adjectives such as "four-legged"), find its unit or the
noun it counts, its qualifier and the interval the wording allows, then read the clause
around it for the predicate, hedging, negation and change. A figure with no noun of its
own ("some 3,000 or more were dispatched") takes the noun of an earlier figure, preferring
one with the same predicate.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, replace

from crosscheck import quantity
from crosscheck.extract import context as ctx
from crosscheck.extract.lexicon import (
    AGE_BAND_NOUNS,
    AGENT_ENDINGS,
    ARREST_VERBS,
    AUXILIARIES,
    BURIED_VERBS,
    CASUALTY_PREDICATE,
    CHANGE_DOWN,
    CHANGE_UP,
    CHANGE_VERBS,
    COMPASS_POINTS,
    CONJUNCTIONS,
    DEATH_WORDS,
    DESIGNATORS,
    DETERMINERS,
    EMERGENCY_NOUNS,
    EMERGENCY_NUMBERS,
    EXTENT_VERBS,
    GROUPS_OF_ANY,
    HARM_VERBS,
    INJURY_WORDS,
    IRREGULAR,
    MILITARY_UNITS,
    MODALS,
    MONTHS,
    MORE_PERSON_NOUNS,
    NARROWING_BEFORE,
    NUMBER_WORDS,
    PART_PRONOUNS,
    PARTITIVE_WHOLE,
    PEOPLE_GROUPS,
    PER_WORDS,
    PERCENT_MEASURES,
    PERSON_NOUNS,
    PERSONAL_PRONOUNS,
    PHRASE_BOUNDS,
    PLURAL_PEOPLE,
    PREPOSITIONS,
    PROJECTILES,
    PRONOUNS,
    QUALIFIER_GAP,
    QUALIFIERS_BEFORE,
    QUOTE_MARKS,
    RATIO_LINKS,
    RELATIVES,
    SAME_OBJECT_VERBS,
    STREET_SUFFIXES,
    TENS_WORDS,
    TIME_FRAME_AFTER,
    TIME_FRAME_BEFORE,
    TIME_UNITS,
    TIMES_OF_DAY,
    UNITS_WORDS,
    VAGUE_PLURALS,
    WEEKDAY_ABBREVIATIONS,
    WEEKDAYS,
    WHOLE_BEFORE_PART,
)
from crosscheck.extract.nouns import (
    NOMINAL_ADJECTIVES,
    NounPhrase,
    described,
    is_figure,
    is_plural,
    noun_phrase,
    past_the_whole,
    picks_the_whole,
    plural_compound,
    possessive,
    qualifier_after_noun,
    singular,
    whole_figure,
)
from crosscheck.extract.numbers import (
    DASHES,
    PHRASE_ENDS,
    NumberMention,
    Token,
    and_a_half,
    before_possessive,
    change_size_start,
    change_verb_at,
    change_verb_before,
    digits_value,
    dot_grouped,
    figure_compound,
    find_numbers,
    hyphen_joins,
    one_dot_group,
    owned_level,
    scaled_on,
    tokenize,
    year_at,
)
from crosscheck.extract.units import (
    CURRENCY_SIGNS,
    RATE_ADVERBS,
    UnitInfo,
    currency_before,
    glued_currency_code,
    glued_name,
    hyphened_rate,
    is_currency_code,
    magnitude,
    may_be_measure,
    measure_after,
    named_unit,
    names_a_number,
    per_unit,
    points_at,
    quake_magnitude,
    quake_sentence,
    rate_at,
    spelt_sign,
    unit_after,
    unit_again,
    unit_for_word,
)
from crosscheck.model import (
    LOWER_BOUNDS,
    UPPER_BOUNDS,
    Claim,
    ClaimKind,
    Document,
    Qualifier,
    Sentence,
    claim_id,
)
from crosscheck.quantity import (
    AGE_UNITS,  # units an age is written in, kept as written
    about,
    about_ends,
    short_of,
)

SKIPPED_ROLES = ("dateline", "credit")
FUNCTION_WORDS = (
    DETERMINERS
    | PREPOSITIONS
    | CONJUNCTIONS
    | PRONOUNS
    | AUXILIARIES
    | frozenset(NARROWING_BEFORE)
    | frozenset(p.split()[0] for p, _ in QUALIFIERS_BEFORE)
)
_CLOCK = re.compile(
    r"\s?(?:[ap]\.\s?m\.?|[ap]m\b|o['’]clock|hrs\b|h\b|(?:gmt|utc|bst|cet|cest|est|edt|cst|cdt|"
    r"pst|pdt|kst|jst)\b)",
    re.IGNORECASE,
)
# (a North American trunk "1" before one: "1-800-555-0142", "1 (800) 555-0199")
_PHONE = re.compile(
    r"(?:\+\d{1,3}[\s.-]?|(?<![\d.,])1[\s.-])?\(?\d{2,4}\)?[\s.-]\d{3,4}[\s.-]\d{3,4}\b"
)
_SPACE_GROUPED = re.compile(r"\d\s\d{3}")  # one token's digits in groups ("12 345 678")
_MODIFIER_NORMAL = {"more": "additional", "another": "additional", "extra": "additional",
                    "further": "additional"}  # fmt: skip


@dataclass(frozen=True, slots=True)
class _Draft:
    """A claim before it has its id: offsets are sentence-relative."""

    start: int
    end: int
    value: float
    lower: float | None
    upper: float | None
    qualifier: Qualifier
    unit: str | None
    unit_surface: str | None
    kind: ClaimKind
    modifiers: tuple[str, ...]
    predicate: str | None
    negated: bool
    change: str | None
    hedged: bool
    noun_phrase: str | None
    elided: bool = False
    was: float | None = None
    was_qualifier: str | None = None
    was_span: tuple[int, int] | None = None  # sentence-relative, as start and end
    half: float = 0.0  # the half an 'and a half' added (NumberMention.half)
    scale: float = 1.0  # the scale its last written digit counts in (NumberMention.scale)
    measured: str | None = None  # the noun a compound measure describes (Claim.measured)
    in_words: bool = False  # its figure written in words (NumberMention.in_words)
    factor: float = 1.0  # what its digits were multiplied by (Claim.factor)
    part: bool = False  # a part of another figure its sentence gives (Claim.part)
    converted: bool = False  # a currency conversion in brackets (Claim.converted)
    clock: bool = False  # a time on a game's clock, in seconds (Claim.clock)
    timed: bool = False  # a time taken as a clock or its units' letters (_elapsed)
    partitive: bool = False  # a count of some of a whole named after it (Claim.partitive)
    spread: bool = False  # a range of what a set's members have (Claim.spread)
    predicate_words: str | None = None  # the predicate as written (Claim.predicate_words)
    # a bare figure in words kept only if _relate joins it to the level it was or became
    # ("up from four", "from three to five": _level_in_words)
    provisional: bool = False


def extract_claims(document: Document, sentences: list[Sentence]) -> list[Claim]:
    """Every numeric claim of a document, in reading order."""
    claims: list[Claim] = []
    previous: list[_Draft] = []
    previous_paragraph = -1
    for sent in sentences:
        if sent.role in SKIPPED_ROLES:
            continue
        if sent.paragraph != previous_paragraph:
            previous = []
            previous_paragraph = sent.paragraph
        drafts = sentence_claims(sent.text, previous)
        for d in drafts:
            if _finite(d):
                claims.append(_finish(document, sent, d))
        previous = drafts or previous
    return claims


def _finite(d: _Draft) -> bool:
    """Whether every figure of a draft is a number a float holds: '5' and 26 'trillion's
    is 5e312, read as infinity, which no comparison, message or JSON reader takes (a
    figure past any real quantity; it is left out, as a figure of nothing is)."""
    return all(v is None or math.isfinite(v) for v in (d.value, d.lower, d.upper, d.was))


def _finish(document: Document, sent: Sentence, d: _Draft) -> Claim:
    start, end = sent.span[0] + d.start, sent.span[0] + d.end
    at = sent.span[0]
    was_span = (at + d.was_span[0], at + d.was_span[1]) if d.was_span else None
    claim = Claim(
        id=claim_id(document, (start, end)),
        document=document.id,
        sentence=sent.index,
        span=(start, end),
        text=document.text[start:end],
        value=d.value,
        lower=d.lower,
        upper=d.upper,
        qualifier=d.qualifier,
        unit=d.unit,
        unit_surface=d.unit_surface,
        kind=d.kind,
        modifiers=d.modifiers,
        predicate=d.predicate,
        negated=d.negated,
        change=d.change,  # type: ignore[arg-type]
        hedged=d.hedged,
        noun_phrase=d.noun_phrase,
        elided=d.elided,
        was=d.was,
        was_qualifier=d.was_qualifier,
        was_span=was_span,
        half=d.half,
        scale=d.scale,
        measured=d.measured,
        in_words=d.in_words,
        factor=d.factor,
        part=d.part,
        converted=d.converted,
        clock=d.clock,
        partitive=d.partitive,
        predicate_words=d.predicate_words,
        spread=d.spread,
    )
    if not short_of(claim) or not about_ends(d.value, d.lower, d.upper):
        return claim  # (a range written: 'nearly 10 to 12' keeps its written ends)
    # "nearly 300" allows no more than 300 ("nearly -40" no less than -40), as the rules
    # judge it (quantity.interval): the record says the interval they compare
    if claim.value < 0:
        return replace(claim, lower=claim.value if d.lower is None else max(d.lower, claim.value))
    return replace(claim, upper=claim.value if d.upper is None else min(d.upper, claim.value))


def sentence_claims(text: str, previous: list[_Draft] | None = None) -> list[_Draft]:
    """The claims of one sentence; ``previous`` are the drafts of the sentence before."""
    tokens = tokenize(text)
    currency_at = {
        i + 1
        for i, t in enumerate(tokens)
        if (t.kind == "sym" and t.text in CURRENCY_SIGNS) or is_currency_code(t)
    }
    # 'PS30m', 'Y=20 billion': a sign spelt in ASCII letters (its figure's scale as money's)
    currency_at |= {i for i, t in enumerate(tokens) if t.kind == "num" and spelt_sign(tokens, i)}
    # "$-5m": the figure after the minus is the sign's too
    currency_at |= {i + 1 for i in currency_at if i < len(tokens) and tokens[i].text in "-\u2212"}
    mentions = find_numbers(tokens, currency_at)
    drafts: list[_Draft] = []
    inside: list[tuple[int, int]] = []  # token ranges already used by a claim's phrase
    taken = -1  # the last token of a figure's own words ("6-foot-9": the 9 is the figure's)
    for m in mentions:
        if m.first <= taken:
            continue
        # mentions come in order: a phrase that ends before this one holds no later one
        # (kept, every claim's phrase was tested against every later figure: quadratic)
        inside = [(a, b) for a, b in inside if b >= m.first]
        if any(a <= m.first <= b for a, b in inside) and not (
            may_be_measure(tokens, m.last)
            or _measured_compound(text, tokens, m)
            or _whole_of_a_part(tokens, m.first)
        ):
            continue  # a figure inside another claim's phrase; its own measure still counts
        draft, used_last = _claim(text, tokens, m, drafts, previous or [])
        if draft is not None and (inches := _inches_after(tokens, draft, used_last)):
            draft, used_last = _in_smaller_unit(
                tokens, draft, draft.value * 12 + inches[0], "inch", "inches", inches[1]
            )
            taken = used_last
        if draft is not None and (ounces := _ounces_after(tokens, draft, used_last)):
            draft, used_last = _in_smaller_unit(
                tokens, draft, draft.value * 16 + ounces[0], "ounce", tokens[ounces[1]].text,
                ounces[1],
            )  # fmt: skip
            taken = used_last
        if (
            draft is not None
            and not _range_end(text, drafts, draft)
            and (timed := _time_in_units(tokens, draft, used_last))
        ):
            draft, used_last = _in_time_units(tokens, draft, *timed)
            taken = used_last
        if draft is not None and draft.kind == "percent" and _ratio(tokens, m) is not None:
            taken = used_last  # "one out of three Germans": the three is the ratio's
        if draft is not None and draft.timed:
            taken = used_last  # "2h 11m 48s": the 11m is the time's, no length
        if draft is not None:
            drafts.append(draft)
            inside.append((m.first, used_last))
    return [d for d in _relate(text, tokens, drafts) if not d.provisional]


# adjectives before a counted noun that make it a rate, and the unit of time each names
# ("30 daily flights", "5,000 daily cases"; not "24 monthly payments", 24 of them, nor
# "40 hourly workers", paid by the hour: match.features.NARROWING keeps those apart)
_PER_ADJECTIVES = {w: RATE_ADVERBS[w] for w in ("daily",)}  # (units.RATE_ADVERBS' time)


def _count_rate(tokens: list[Token], last: int) -> tuple[str, int] | None:
    """The rate after a counted noun that ends at token ``last`` ('20 million hits a
    month', '15.5 points per game'; ``per_unit``, which leaves out times that are no
    rate): (its word, its index) when the word is one that rates are counted in
    (``PER_WORDS``); not 'per the AP', 'per police reports' (as reported by), '20 points
    a piece' (each)."""
    per = per_unit(tokens, last)
    return None if per is None or per[0] not in PER_WORDS or per[0] == "piece" else per


def _fraction_of_a_unit(tokens: list[Token], m: NumberMention) -> UnitInfo | None:
    """The unit a fraction in words is a fraction of: 'half an hour' (0.5 hours), 'a
    quarter of a mile', 'half a century', 'half a percentage point'; None when no unit of
    time or measure follows ('half a loaf', 'half of the voters')."""
    n = len(tokens)
    j = m.last + 1
    if j < n and tokens[j].lower == "of":
        j += 1
    if j + 1 >= n or tokens[j].lower not in ("a", "an"):
        return None
    word = tokens[j + 1]
    if word.lower in TIME_UNITS:
        return UnitInfo(TIME_UNITS[word.lower], "duration", word.text, j + 1)
    points = points_at(tokens, j + 1)  # "half a percentage point", "half a basis point"
    if points is not None:
        return points
    measure = unit_for_word(word.text)
    return None if measure is None else UnitInfo(measure, "measure", word.text, j + 1)


def _range_end(text: str, drafts: list[_Draft], d: _Draft) -> bool:
    """The claim ``d`` is the second end of a range or a change from the claim before it,
    in the same unit ("from 3 hours to 2 hours and 15 minutes"): read as before, so that
    the two ends meet."""
    return bool(drafts) and drafts[-1].unit == d.unit and bool(
        _RANGE_GAP.fullmatch(text[drafts[-1].end : d.start]))  # fmt: skip


_INCH_WORDS = frozenset(("inch", "inches", "in"))
# what may follow "in" when it is the inches' word ("6 ft 9 in."), not a preposition
# ("6-foot-2 in a year", "4 feet 3 in some homes")
_AFTER_IN = frozenset(("tall", "long", "high", "wide", "deep"))


def _inches_after(tokens: list[Token], d: _Draft, last: int) -> tuple[int, int] | None:
    """The inches written after a length in feet that ends at token ``last``: "6-foot-9",
    "six-foot-nine", "5-feet-8 inches", "6 feet 9 inches", "5 feet, 9 inches", "6 ft. 9
    in." (inches in digits or words, and the last token they take), None when none are.
    Spaced, the inches need their word ("6 feet 9 men" counts men); hyphened, not ("the
    6-foot-9 senior"). Not read: primes (5'11"), fractions of an inch ("9 1/2 inches")."""
    if d.unit != "foot" or d.kind != "measure" or d.qualifier == "range":
        return None
    n = len(tokens)
    k = last + 1
    if k < n and tokens[k].text == "." and tokens[k].start == tokens[last].end:
        k += 1  # "ft."
    hyphened = hyphen_joins(tokens, k)
    if hyphened or (k < n and tokens[k].text == ","):
        k += 1
    if k >= n:
        return None
    inches = _small_whole(tokens[k])
    if inches is None or inches > 11:
        return None
    if k + 1 < n and _inch_word(tokens, k + 1, abbreviated=d.unit_surface in ("ft", "ft.")):
        return inches, k + 1
    if hyphened and hyphen_joins(tokens, k + 1) and tokens[k + 2].lower in _INCH_WORDS:
        return inches, k + 2  # "10-foot-3-inch"
    return (inches, k) if hyphened else None


# The words of ounces after a weight in pounds ("7 pounds 15 ounces", "7lb 15oz")
_OUNCE_WORDS = frozenset({"ounce", "ounces", "oz"})


def _ounces_after(tokens: list[Token], d: _Draft, last: int) -> tuple[int, int] | None:
    """The ounces written after a weight in pounds that ends at token ``last``: "7 pounds
    15 ounces", "7lb 15oz", "7 pounds, 15 ounces", "7 pounds and 15 ounces", "7-pound,
    15-ounce" (fewer than 16, in digits or words, and the token of their word), None when
    none are."""
    if d.unit != "pound-mass" or d.kind != "measure" or d.qualifier == "range" or d.half:
        return None
    if d.value != int(d.value):
        return None  # "7.5 pounds 3 ounces": no weight in two units
    n = len(tokens)
    k = last + 1
    if k < n and tokens[k].text == "." and tokens[k].start == tokens[last].end:
        k += 1  # "lbs."
    if k < n and tokens[k].text == ",":
        k += 1
    if k < n and tokens[k].lower == "and":
        k += 1
    if k + 1 >= n:
        return None
    word = k + 1
    if hyphen_joins(tokens, k + 1) and k + 2 < n:
        word = k + 2  # "the 7-pound, 15-ounce baby"
    if tokens[word].lower not in _OUNCE_WORDS:
        return None
    if word + 1 < n and tokens[word + 1].lower in _NOT_AFTER_OUNCES:
        return None  # "180 pounds, 6 ounces heavier", "2 pounds, 4 ounces a day"
    ounces = _small_whole(tokens[k])
    return None if ounces is None or ounces >= 16 else (ounces, word)


def _in_smaller_unit(
    tokens: list[Token], d: _Draft, value: float, unit: str, surface: str, last: int,
    kind: ClaimKind | None = None,
) -> tuple[_Draft, int]:  # fmt: skip
    """A figure written in two units as one, in the smaller, up to token ``last``: a
    length in feet and inches ("6-foot-9" is 81 inches: two articles' "6-foot-9" and
    "6-foot-10" differ, and "6 feet 9 inches" is the same height), a weight in pounds and
    ounces ("7 pounds 15 ounces" is 127 ounces, 3.6 kg: the pounds alone are no weight
    another article's kilograms can be compared with), a time (``_in_time_units``). Its
    written precision is the smaller unit (its first digits count it now)."""
    lower, upper = _interval_for(value, d.qualifier)
    return replace(d, value=value, lower=lower, upper=upper, unit=unit, unit_surface=surface,
                   kind=kind or d.kind, end=tokens[last].end), last  # fmt: skip


def _small_whole(tok: Token) -> int | None:
    """The second part of a figure written in two units: a small whole number in digits
    ('9' of '6 feet 9 inches', '41' of '7 minutes 41 seconds') or in words ('nine',
    'thirty'); None for any other token (a decimal: '23.7 seconds' stays its own)."""
    if tok.kind == "num":
        return int(tok.text) if tok.text.isdecimal() and len(tok.text) <= 2 else None
    if tok.kind == "word":
        return UNITS_WORDS.get(tok.lower, TENS_WORDS.get(tok.lower))
    return None


def _inch_word(tokens: list[Token], k: int, abbreviated: bool) -> bool:
    """Token k is the word of inches: "inches", "inch", or "in" as one: after feet
    written "ft" ("6 ft 9 in forward"), glued to its figure ("6ft 7in"), or before the
    end, a stop or "tall" ("6 feet 9 in."); not the preposition ("4 feet 3 in some
    homes")."""
    low = tokens[k].lower
    if low != "in":
        return low in _INCH_WORDS
    if abbreviated or tokens[k - 1].end == tokens[k].start:
        return True
    after = tokens[k + 1] if k + 1 < len(tokens) else None
    return after is None or after.kind == "punct" or after.lower in _AFTER_IN


_PREPOSITION_QUALIFIERS = frozenset(("over", "under", "above", "below"))


def _over_a_period(
    tokens: list[Token], q: int, unit: UnitInfo | None, earlier: list[_Draft], last: int
) -> bool:
    """'over' before a time that is the period another figure spans, not more than it:
    right after an amount, a measure or a time ('$160 million over eight years', 'lost
    20 pounds over six months', '40 hours over four days'), or opening its sentence
    before a comma ('Over eight years, he raised $5 million'); not 'for over eight
    years', 'over eight years ago', an age ('500 patients over 60 years of age'), a count
    before it ('1,200 women over 50 years'), nor an apposition ('The delay, over two
    hours, angered')."""
    n = len(tokens)
    if tokens[q].lower != "over" or unit is None or unit.kind != "duration":
        return False
    after = tokens[last + 1].lower if last + 1 < n else ""
    if after in TIME_FRAME_AFTER or after == "old":
        return False  # "over 10 days ago", "over two years later"
    if after == "of" and last + 2 < n and tokens[last + 2].lower == "age":
        return False  # "over 60 years of age"
    if q >= 1 and earlier and _amount_spans_to(tokens, earlier[-1], q):
        return earlier[-1].kind in ("money", "measure", "duration", "percent")
    opens = q == 0 or tokens[q - 1].text in (";", ":")
    # (the comma closes the time, not a second unit of it: "Over 2 hours, 15 minutes")
    return opens and after == "," and not (last + 2 < n and tokens[last + 2].kind == "num")


def _amount_spans_to(tokens: list[Token], ante: _Draft, q: int) -> bool:
    """Whether the figure ``ante`` reaches to the word at ``q``: it ends right before it
    ('$160 million over eight years'), or only its noun and places follow it, in its
    clause ('14 inches of rain on Houston over 24 hours'): words that are no verb,
    auxiliary, conjunction or relative, and no punctuation. Not after a preposition
    ('in over 24 hours', 'for over 24 hours': more than), nor after a noun of people
    ('10 percent among women over 50 years': an age)."""
    if ante.end == tokens[q - 1].end:
        return True
    before = tokens[q - 1].lower
    if before in PREPOSITIONS or (before == tokens[q - 1].text and _a_being(singular(before))):
        return False
    k = q - 1
    while k >= 0 and tokens[k].start >= ante.end:
        tok = tokens[k]
        if (
            tok.kind != "word"
            or ctx.is_verb_like(tok)
            or tok.lower in AUXILIARIES
            or tok.lower in CONJUNCTIONS
            or tok.lower in RELATIVES
        ):
            return False
        k -= 1
    return k >= 0 and tokens[k].end == ante.end and q - k <= _SPAN_REACH


_SPAN_REACH = 6  # words between an amount and "over" its time: "of rain on Houston"


def _over_a_stretch(tokens: list[Token], q: int, last: int) -> bool:
    """'over' after a verb of spreading (EXTENT_VERBS) before a measure of a stretch of a
    thing: the place covered, not more than it ('spread over 10 miles of farmland'); not
    'stretch over 2,000km' (no thing: more than, as NewsQuant's gold reads it), 'spread
    over the 10 miles' (the figure's own qualifier is none either way), 'burned over 100
    acres of forest' (no verb of spreading), 'over 10 miles long'."""
    if tokens[q].lower != "over" or q == 0 or tokens[q - 1].kind != "word":
        return False
    if ctx.lemma(tokens[q - 1].text) not in EXTENT_VERBS:
        return False
    return _of_a_thing(tokens, last + 1)


def _under_a_layer(tokens: list[Token], q: int, unit: UnitInfo | None, last: int) -> bool:
    """'under' after a verb of lying beneath (BURIED_VERBS) before a length of a layer of
    a thing: where it lay, not less than it ('found under 5 metres of snow', 'buried
    under two feet of rubble'); not 'under 5 metres' with no thing ('found under 5 metres
    deep'), another verb ('scored with under 10 minutes of play left') nor another unit
    (a review: 'found under 40 percent of voters', 'discovered under 2 kg of heroin')."""
    if tokens[q].lower != "under" or q == 0 or tokens[q - 1].kind != "word":
        return False
    if tokens[q - 1].lower not in BURIED_VERBS or unit is None:
        return False
    if not quantity.same_dimension(unit.unit, "metre"):  # a length
        return False
    return _of_a_thing(tokens, last + 1)


def _of_a_thing(tokens: list[Token], of: int) -> bool:
    """'of' at ``of`` and a word that is no determiner after it: the thing a stretch or a
    layer is of ('10 miles of farmland', '5 metres of snow'; not 'of the')."""
    return (
        of + 1 < len(tokens)
        and tokens[of].lower == "of"
        and tokens[of + 1].kind == "word"
        and tokens[of + 1].lower not in DETERMINERS
    )


def _over_a_name(tokens: list[Token], q: int, m: NumberMention, last: int) -> bool:
    """A qualifier word that is a preposition ("over") before a measure hyphened to its
    figure that describes a name: "a dunk over 7-foot-7 Kenny George" is over the man, no
    more than 7 feet 7 inches."""
    if tokens[q].lower not in _PREPOSITION_QUALIFIERS or not hyphen_joins(tokens, m.last + 1):
        return False
    k = last + 1
    if hyphen_joins(tokens, k) and k + 1 < len(tokens) and tokens[k + 1].kind == "num":
        k += 2  # the inches of "7-foot-7"
    return k < len(tokens) and tokens[k].kind == "word" and tokens[k].text[:1].isupper()


# A duration's next smaller unit, how many of it make one, as a time is written in two
# units ("7 minutes 41 seconds", "2 hours and 15 minutes", "two years and three months").
_SMALLER_TIME = {"hour": ("minute", 60), "minute": ("second", 60), "day": ("hour", 24),
                 "week": ("day", 7), "year": ("month", 12)}  # fmt: skip


# What after a time in two units makes its last figure another thing: a rate ("6 days,
# 10 hours a day"), or a count of what it measures ("in 2 days, 10 hours of footage").
_NOT_AFTER_TIME = frozenset(("a", "an", "per", "each", "every", "of"))
# ... and after a weight in pounds and ounces, a rate and a comparison ("6 ounces a
# day", "6 ounces heavier"), not "of", which names what is weighed ("7 pounds 15 ounces
# of cocaine")
_NOT_AFTER_OUNCES = (_NOT_AFTER_TIME - {"of"}) | {"heavier", "lighter", "more", "less"}


def _time_in_units(tokens: list[Token], d: _Draft, last: int) -> tuple[float, int, bool] | None:
    """A duration or an age that ends at token ``last`` and goes on in smaller units: "7
    minutes 41 seconds", "1 hour, 20 minutes, and 45 seconds", "two years and three
    months", "3 years and 2 months old" (each smaller figure a whole number, in digits or
    words, fewer than make one of the unit before it): (the whole in the smallest unit,
    the last unit's token, whether it is an age). None when no smaller unit follows, and
    when the words are not one time: a range, a figure with a half; a figure in decimals
    ("2 hours, 3 minutes, 23.7 seconds", left as written) or too large ("2 hours and 90
    minutes"); a rate or a count after it ("6 days, 10 hours a day"); a compound ("2 hours
    and 15-minute breaks")."""
    if d.kind not in ("duration", "age") or d.qualifier == "range" or d.half:
        return None
    if d.value != int(d.value):
        return None
    n = len(tokens)
    value, unit, end = d.value, d.unit or "", last
    while (smaller := _SMALLER_TIME.get(unit)) is not None:
        k = end + 1
        if k < n and tokens[k].text == ",":
            k += 1
        if k < n and tokens[k].lower == "and":
            k += 1
        if k + 1 >= n or TIME_UNITS.get(tokens[k + 1].lower) != smaller[0]:
            break
        figure = _small_whole(tokens[k])
        if figure is None or figure >= smaller[1]:
            return None
        if k + 2 < n and tokens[k + 2].text == "-":
            return None
        value, unit, end = value * smaller[1] + figure, smaller[0], k + 1
    if end == last:
        return None
    after = tokens[end + 1].lower if end + 1 < n else ""
    if after in _NOT_AFTER_TIME:
        return None
    return value, end, d.kind == "age" or after == "old"


def _in_time_units(
    tokens: list[Token], d: _Draft, value: float, last: int, age: bool
) -> tuple[_Draft, int]:
    """A duration written in two units as one figure, in the smaller ("7 minutes 41
    seconds" is 461 seconds): "7:41" and "7 minutes 41 seconds" are the same time, "7:42"
    another; an age so written stays an age ("3 years and 2 months old": 38 months old).
    (``_in_smaller_unit``)"""
    unit, surface = TIME_UNITS[tokens[last].lower], tokens[last].text
    if age and d.kind != "age":  # "... 2 months old": the age ends at "old"
        last += 1
        surface = f"{surface} old"
    return _in_smaller_unit(tokens, d, value, unit, surface, last, "age" if age else None)


_RANGE_GAP = re.compile(r"\s*(?:to|-|–|—|and|through)\s*", re.IGNORECASE)
_BETWEEN = re.compile(r"\bbetween\s*$", re.IGNORECASE)
# What joins the level a change reached to the level before, written after it: "rose to
# 40 from 30", "stood at 55%, down from 62%", "reached 3.9 million last year, up from 2.4
# million" (a few words between only before ", up from", and none that opens another
# clause: "hired 40 workers and the mine closed, down from 30" says nothing of what the 40
# was; 'and' and 'or' open one only with a verb after them, _opens_clause: 'arrested 40
# people on Friday and Saturday, up from 30' is 40 that was 30; group 1 or 2: the direction;
# group 3: a few words of when or where and 'from' with no comma, after a verb of change
# only: "fell to 4.1% in March from 4.3%").
_CLAUSE_WORDS = r"(?:but|while|whereas|which|who|that|when|after|before|as|because)\b"
# what may open the words between two levels of group 3: when or where ("in March", "on
# Thursday", "in trading"), not a verb's or a noun's own 'from' ("since rescuers came from
# 30", "with players from 12", "among those aged from 18")
_WHEN_WHERE = (
    r"(?:in|on|at|during|over|for|by|last|this|yesterday|overnight|earlier|early"
    r"|late)\b"
)
_WAS_AFTER = re.compile(
    r"\s*,?\s*(?:(up|down)\s+)?from\s*(?:(?:[^\W\d_]+\s+){0,2}[^\W\d_]+['’]s\s*)?|"
    rf"(?:\s+(?!{_CLAUSE_WORDS})[^\W\d_]+){{1,4}}\s*,\s*(up|down)\s+from\s*|"
    rf"(\s+{_WHEN_WHERE}(?:\s+(?!{_CLAUSE_WORDS}|from\b)[^\W\d_]+){{0,3}})\s+from\s*",
    re.IGNORECASE,
)


_RANGE_LINKS = ("-", "\u2013", "\u2014", "to")  # what joins a range's two ends


def _relate(text: str, tokens: list[Token], drafts: list[_Draft]) -> list[_Draft]:
    """Join figures that belong together: '252 miles to 287 miles' is one range; a
    conversion '(60 miles)' after 'more than 100 km' shares its qualifier; 'lost 190
    points, or 0.6%' shares the change; 'rose from 30 to 40' and 'rose to 40 from 30' are
    the figure now (40) and the one it changed from (``was``, 30), not a range nor two
    figures."""
    out: list[_Draft] = []
    for d in drafts:
        prev = out[-1] if out else None
        if prev is None:
            out.append(d)
            continue
        gap = text[prev.end : d.start]
        if _changed_from(tokens, prev, d, gap):
            out[-1] = _level(d, prev)
            continue
        if _changed_to_from(tokens, prev, d, gap):
            out[-1] = _level(prev, d)
            continue
        if _is_unit_range(text, tokens, prev, d, gap):
            before = text[: prev.start]
            if prev.qualifier in ("exact", "at_most") or _BETWEEN.search(before):
                out[-1] = replace(
                    prev, end=d.end, value=(prev.value + d.value) / 2, lower=prev.value,
                    upper=d.value, qualifier="range",
                )  # fmt: skip
                continue
            if prev.qualifier == "approx" and gap.strip().lower() in _RANGE_LINKS:
                # "About 3km-5km", "About 3km to 5km", "Roughly 3km - 5km": the hedge is
                # the whole range's, as in "About 20 to 30 metres", not the first end's
                # alone beside an exact second
                out[-1] = replace(
                    prev, end=d.end, value=(prev.value + d.value) / 2, lower=prev.value,
                    upper=d.value,
                )  # fmt: skip
                continue
        if _converts(text, prev, d, gap):
            d = replace(d, converted=True)
        if re.fullmatch(r"\s*\(\s*", gap) and d.qualifier == "exact" and prev.qualifier != "exact":
            lower, upper = _interval_for(d.value, prev.qualifier)
            d = replace(d, qualifier=prev.qualifier, lower=lower, upper=upper,
                        change=d.change or prev.change, hedged=d.hedged or prev.hedged)  # fmt: skip
        elif re.fullmatch(r"\s*(?:\(|,?\s*or\s+)\s*", gap, re.IGNORECASE) and d.change is None:
            d = replace(d, change=prev.change)
        out.append(d)
    return out


def _converts(text: str, a: _Draft, b: _Draft, gap: str) -> bool:
    """Money ``b`` in brackets right after money ``a``, in another currency, or a bare '$'
    after a dollar sign that names its country: a conversion ('85 million euros ($108
    million)', '$US1 million ($1.52 million)'), not a second amount ('$5 million ($4
    million after tax)')."""
    if not (a.kind == b.kind == "money" and re.fullmatch(r"\s*\(\s*", gap)):
        return False
    if " per " in f" {a.unit} " or " per " in f" {b.unit} ":
        return False  # '$1.2 billion ($1.05 a share)': a share of it, no conversion
    if not re.match(r"\s*\)", text[b.end :]):
        return False
    return a.unit != b.unit or (b.unit_surface == "$" and a.unit_surface != "$")


def _changed_from(tokens: list[Token], a: _Draft, b: _Draft, gap: str) -> bool:
    """'rose from 30 to 40', 'fell from $2,415 to $2,315': a level, after 'from' and a
    verb of change, then the level it reached, in one unit (or one of them with none:
    'from 30 to 40 percent', 'from 30 people to 40')."""
    if gap.strip().lower() != "to" or a.change is not None or b.qualifier == "range":
        return False
    if a.unit != b.unit and None not in (a.unit, b.unit):
        return False
    if a.was is not None:  # "from 30 to 40 to 52": 52, the level after 40
        return True
    return _change_verb_then(tokens, a.start, ("from",))


def _changed_to_from(tokens: list[Token], a: _Draft, b: _Draft, gap: str) -> bool:
    """'rose to $7.36 billion from $6.78 billion', 'climbed to 6.7% from 6.29%', 'stood at
    55%, down from 62%': the level a change reached, then the level before, after 'from'
    (``_WAS_AFTER``), in one unit (or the one before with none: 'rose to 40 people from
    30'). Without a verb of change before the first or 'up'/'down' before 'from', a
    figure after 'from' is where, not what was ('flew to 40 cities from 30 airports')."""
    m = _WAS_AFTER.fullmatch(gap)
    if m is None or a.was is not None or a.change is not None or b.change is not None:
        return False
    if "range" in (a.qualifier, b.qualifier) or b.unit not in (None, a.unit):
        return False
    if m.group(3):  # "fell to 4.1% in March from 4.3%": when, between the two levels
        return _change_verb_then(tokens, a.start, ("to",)) and not _opens_clause(
            tokens, a.end, b.start
        )
    if m.group(2):  # ", up from" a few words on: not across another clause
        return not _opens_clause(tokens, a.end, b.start)
    if m.group(1):  # "up from", "down from"
        return True
    return _change_verb_then(tokens, a.start, ("to",))


def _opens_clause(tokens: list[Token], start: int, end: int) -> bool:
    """An 'and' or 'or' between characters ``start`` and ``end`` with a verb after it:
    'hired 40 workers and the mine closed', not 'on Friday and Saturday'."""
    first = bisect_left(tokens, start, key=lambda t: t.start)
    last = bisect_right(tokens, end, key=lambda t: t.end)
    words = tokens[first:last]
    links = [i for i, t in enumerate(words) if t.lower in ("and", "or")]
    return bool(links) and any(
        t.lower in AUXILIARIES or ctx.is_verb_like(t) for t in words[links[0] + 1 :]
    )


def _change_verb_then(tokens: list[Token], at: int, links: tuple[str, ...]) -> bool:
    """The word just before character ``at`` is one of ``links``, after a verb of change
    and perhaps the size of the change ('rose 12 per cent from', 'rose sharply to'), as
    the mention finder reads it (numbers.change_verb_before)."""
    k = before_possessive(tokens, bisect_right(tokens, at, key=lambda t: t.end) - 1)
    return k >= 1 and tokens[k].lower in links and change_verb_before(tokens, k)


def _level(now: _Draft, before: _Draft) -> _Draft:
    """The level a change reached, with the level before as ``was`` (and its hedge:
    "from about 30"), in the unit either gives ("from 30 people to 40"). The level reached
    is no change itself: "fell from 3% to -2%" puts growth at -2%, it does not fall by 2%."""
    if now.unit is None and before.unit is not None:
        now = replace(now, unit=before.unit, unit_surface=before.unit_surface, kind=before.kind,
                      noun_phrase=before.noun_phrase, modifiers=before.modifiers,
                      part=before.part)  # fmt: skip
    hedge = before.qualifier if before.qualifier != "exact" or before.hedged else None
    return replace(now, was=before.value, was_qualifier=hedge, was_span=(before.start, before.end),
                   change=None)  # fmt: skip


def _is_unit_range(text: str, tokens: list[Token], a: _Draft, b: _Draft, gap: str) -> bool:
    if not _RANGE_GAP.fullmatch(gap) or a.unit is None or a.unit != b.unit:
        return False
    if a.qualifier == "range" or b.qualifier == "range" or b.value <= a.value:
        return False
    if a.change in ("up", "down") and gap.strip().lower() == "to":
        return False  # "rose 64 points to 4,577 points": a change, then the level reached
    if gap.strip().lower() == "and" and not _BETWEEN.search(text[: a.start]):
        return False
    return not _change_verb_then(tokens, a.start, ("from", "by"))


def _interval_for(value: float, qualifier: str) -> tuple[float | None, float | None]:
    if qualifier == "approx":
        return about(value)
    if qualifier in LOWER_BOUNDS:
        return value, None
    if qualifier in UPPER_BOUNDS:
        return None, value
    return value, value


def _claim(
    text: str, tokens: list[Token], m: NumberMention, earlier: list[_Draft],
    previous: list[_Draft],
) -> tuple[_Draft | None, int]:  # fmt: skip
    score = _score_side(tokens, m)  # "won 65-53", "a 10-5 record": a side of a score
    clock = None if score else _game_clock(tokens, m)  # "with 7:42 left": time, not a time
    timed = None if score or clock else _elapsed(text, tokens, m)  # "won in 2:11:48"
    if clock is not None or timed is not None:
        m = clock or timed  # type: ignore[assignment]
    elif not score and _not_a_quantity(text, tokens, m):
        return None, m.last
    money = None if score or clock or timed else currency_before(tokens, m.first)
    unit: UnitInfo | None = money
    if clock is not None or timed is not None:
        unit = UnitInfo("second", "duration", "seconds", m.last)
    # "50-or-so people", "20-some years", "a 50-odd-year-old man", "50 odd miles": a
    # qualifier right after the figure, hyphened or not, after which the figure reads on
    # (its unit, compound or noun)
    glued = None if score else ctx.qualifier_hyphened(tokens, m.last)
    q_right = glued or (None if score else ctx.qualifier_after(tokens, m.last + 1))
    read = replace(m, last=q_right[1]) if q_right else m
    scaled = q_right and scaled_on(tokens, m, q_right[1] + 1, money is not None)
    if scaled:  # "$40-odd million", "twenty-some thousand fans": scaled as "$40 million"
        m, read = scaled[0], replace(scaled[0], last=scaled[1])
    last = read.last
    compound = None
    # an abbreviation quantulum3 reads wrong ("332 lb-ft", "29 mpg", "15.3 ppg"), read first
    # (not for a fraction, "25/32 mpg", nor a year: "the 2023 MPG ratings")
    named = (
        None
        if score or money is not None or q_right or "/" in text[m.start : m.end]
        or (m.plain_integer and year_at(tokens, m.first))
        else named_unit(text, tokens, m.last)
    )  # fmt: skip
    if named is not None:
        unit = named
    elif glued:  # "a 50-odd-year-old man" (not "20 or so-called experts")
        compound = None if scaled else _hyphen_compound(text, tokens, read)
    elif not score:
        compound = _suspended(text, tokens, m) or _hyphen_compound(text, tokens, m)
    if compound == "skip":
        return None, m.last
    if isinstance(compound, UnitInfo):
        unit = compound
    if not score and glued_name(tokens, m.last):
        return None, m.last  # "seat 12C", "Apartment 4C": a name, not 12 coulombs
    if unit is None:
        unit = None if score else unit_after(tokens, read.last, None)
    elif unit.kind == "money" and unit.first is not None:
        after = unit_after(tokens, read.last, money)  # "$5 per cent" never; "€4.5m" done
        unit = after or unit
    if unit is None and not score:
        # "50-odd miles": the unit read as in "50 miles"
        gap = (tokens[m.last].end, tokens[read.last].end) if q_right else None
        unit = measure_after(text, tokens, m.first, read.last, m.value, gap)
    if unit is None and not score:
        sign_at = _sign(tokens, m)
        unit = magnitude(tokens, m.first if sign_at is None else sign_at, m.last, read.last + 1)
        if unit is not None and not _quake_figure(m, negative=sign_at is not None):
            if quake_sentence(tokens, m.first, m.last):
                return None, m.last  # "a magnitude 11 quake": unreadable, no count of quakes
            unit = None  # "stars of magnitude 12": a figure as any other
    if unit is None and not score and m.in_words and 0 < m.value < 1:
        unit = _fraction_of_a_unit(tokens, m)  # "half an hour", "a quarter of a mile"
    if (
        unit is not None
        and unit.unit != "magnitude"
        and unit.kind in ("money", "measure", "percent", "duration")
    ):
        # an amount that adds up may take a rate said further on (not a temperature, a
        # speed, a level, a share or a time: "topped 45C daily", "100 knots daily")
        further = unit.kind == "money" or (unit.kind == "measure" and _adds_up(unit.unit))
        found = rate_at(tokens, max(last, unit.last), further)
        if found is not None:
            word, end, said = found[0], found[1], tokens[found[2]]
            unit = UnitInfo(f"{unit.unit} per {singular(word)}", unit.kind,
                            f"{unit.surface} {text[said.start : tokens[end].end]}",
                            end, unit.first)  # fmt: skip
    if unit is not None and unit.last > last:
        last = unit.last
    halved = _unit_and_a_half(tokens, m, unit)
    if halved is not None:
        m, last = halved
    elif m.bare_one and tokens[m.first].lower in ("a", "an"):
        return None, m.last  # "a page and a half": no figure, as before
    # ages: "34 years old", "aged 34", "Hakim, 51,"
    age = None if score else _age(tokens, m, unit)
    if age is not None:
        unit, last = age, max(last, age.last)
    # qualifier right after the figure: "3,000 or more were dispatched"
    q_after = ctx.qualifier_after(tokens, last + 1)
    if q_after is None and q_right is not None:
        q_after = q_right
    phrase: NounPhrase | None = None
    if unit is None and not score:
        # after the qualifier, or the scale words after it: "40-odd thousand people" counts
        # people, as "40 thousand people" does
        after_q = (max(q_after[1], last) if q_after else last) + 1
        if q_right and _age_band(tokens, q_right[1], after_q):
            return None, m.last  # "the 50-plus age group": a band's name, no count of ages
        phrase = noun_phrase(tokens, after_q, m.value) or _part_noun(tokens, after_q, m.value)
        if phrase is not None:
            last = phrase.last
            if q_after is None:
                q_after = qualifier_after_noun(tokens, last + 1, m.value)
    if unit is None and phrase is None and not score and (ratio := _ratio(tokens, m)):
        # "1 in 5 residents", "one out of three Germans": a share, as "20% of" is
        share, last = ratio
        m = replace(m, last=last, end=tokens[last].end, value=share, lower=share, upper=share)
        unit = UnitInfo("percent", "percent", text[tokens[m.first].start : m.end], last)
        q_after = ctx.qualifier_after(tokens, last + 1)
    if unit is None and not score and _share(tokens, m):
        # "nearly three quarters of the market", "half the sales": a share, as "75% of" is
        m = replace(m, value=m.value * 100, lower=m.lower and m.lower * 100,
                    upper=m.upper and m.upper * 100)  # fmt: skip
        words = text[tokens[m.first].start : tokens[m.last].end]  # its surface: the words
        unit, phrase, last = UnitInfo("percent", "percent", words, m.last), None, m.last
        q_after = ctx.qualifier_after(tokens, last + 1)
    # a bare figure in words under ten a change reached or left ("rose to two", "up from
    # four"), read once here for the tests below and the draft's ``provisional``
    level_in_words = _level_in_words(tokens, m) if _small_in_words(m) else None
    if m.bare_one and m.last + 1 < len(tokens) and tokens[m.last + 1].lower == "of":
        return None, m.last  # "one of the biggest heists", "one of the people": partitive
    if unit is None and phrase is None and not score:
        if _year_like(tokens, m) or _identifier(tokens, m) or _date_like(tokens, m):
            return None, m.last
        if m.bare_one and not _harm_object(tokens, m) and level_in_words is None:
            return None, m.last  # "in one", "one said"; not "the blast killed one"
    elif (
        unit is None
        and phrase is not None
        and (
            _year_before_noun(tokens, m, phrase)
            or _named_model(tokens, m)
            or _designated(tokens, m)
        )
    ):
        return None, m.last  # "the 2003 Iron Bowl", "2018 sales", "Model 3 sedans"
    sign = _sign(tokens, m)
    anchor = unit.first if unit and unit.first is not None else m.first
    if sign is not None:
        anchor = min(anchor, sign)
    q_before = ctx.qualifier_before(tokens, anchor) or _sub_prefix(tokens, m)
    if q_before is not None and _over_a_name(tokens, q_before[1], m, last):
        q_before = None  # "his dunk over 7-foot-7 Kenny George": a preposition
    if q_before is not None and _over_a_period(tokens, q_before[1], unit, earlier, last):
        q_before = None  # "$160 million over eight years": during, not more than
    if q_before is not None and _over_a_stretch(tokens, q_before[1], last):
        q_before = None  # "spread over 10 miles of farmland": across, not more than
    if q_before is not None and _under_a_layer(tokens, q_before[1], unit, last):
        q_before = None  # "found under 5 metres of snow": beneath, not less than
    if q_before is not None and _as_much_as_no_bound(tokens, q_before[1], last):
        q_before = None  # "as long as two people remain": a condition, no bound
    clause = ctx.clause_bounds(tokens, m.first)
    qualifier: Qualifier = "exact"
    start_tok = anchor
    if q_before is not None:
        qualifier = q_before[0]  # type: ignore[assignment]
        start_tok = q_before[1]
    elif anchor > 0 and tokens[anchor - 1].lower in _EXCEED:
        # "Deaths exceeded 300": more than 300, "exceeded" still the figure's verb
        qualifier = _exceeding(tokens, clause[0], anchor - 1, m.last)  # type: ignore[assignment]
    if q_after is not None:
        # "some 3,000 or more": the open bound wins over "some"
        if not (q_after[0] == "approx" and qualifier != "exact"):
            qualifier = q_after[0]  # type: ignore[assignment]
        last = max(last, q_after[1])
    if m.is_range and qualifier == "exact":
        qualifier = "range"
    if m.vague and qualifier == "exact":
        qualifier = "range"
    if sign is not None:
        m = _negated_mention(m)
    lower, upper = _interval(m, qualifier)
    phrase_last = phrase.last if phrase else (unit.last if unit else m.last)
    if q_after:
        phrase_last = max(phrase_last, q_after[1])
    pred, pred_index = ctx.predicate(tokens, clause, start_tok, phrase_last)
    pred_words = tokens[pred_index].text.lower() if pred_index is not None else None
    if pred_index is not None and (hospital := _hospital_words(tokens, pred_index)):
        # "Seven were taken to hospital": taken to hospital, as "hospitalised" says (not
        # take, a verb of theft's set)
        pred, pred_words = "hospitalise", hospital
    if (either := _either_harm(tokens, _verb_at(tokens, pred_index, phrase_last))) is not None:
        # "260 soldiers were killed or wounded": the casualties, neither the dead alone
        # nor the wounded (a concept file's `casualty` predicate)
        pred = CASUALTY_PREDICATE
        pred_words = " ".join(text[tokens[either[0]].start : tokens[either[1]].end].lower().split())
    kind, unit_name, unit_surface, noun = _kind_and_unit(m, unit, phrase)
    if kind == "count" and phrase is not None and (per := _count_rate(tokens, phrase.last)):
        # "20 million hits a month", "15.5 points per game": a rate, not a total
        rate = f"per {singular(per[0])}"
        unit_name, noun = f"{unit_name} {rate}", f"{noun} {rate}"
        last = max(last, per[1])
    elided = False
    modifiers = list(phrase.modifiers) if phrase else []
    if (
        kind == "count"
        and " per " not in f"{unit_name} "
        and (daily := [w for w in modifiers if w.lower() in _PER_ADJECTIVES])
    ):  # "30 daily flights" are "30 flights a day", "5,000 daily cases" so many a day
        rate = f"per {_PER_ADJECTIVES[daily[0].lower()]}"
        unit_name, noun = f"{unit_name} {rate}", f"{noun} {rate}"
        modifiers = [w for w in modifiers if w not in daily]
    fronted = None
    if (kind == "other" and not score and unit_name != "fraction"
            and (fronted := _fronted_whole(tokens, start_tok)) is not None
            and _figure_goes_on(tokens, m.last)):  # fmt: skip
        fronted = None  # "Of the new jobs, 3 in 10 are part-time": a ratio, no whole's
    if fronted is not None:
        # "Of the people who have fallen ill, four needed hospital treatment": people
        kind, unit_name, elided, unit_surface = "count", fronted.compound, True, None
        noun = " ".join([*fronted.modifiers, fronted.compound])
    if (kind == "other" and not score and unit_name != "fraction"
            and (_elliptic(tokens, phrase_last) or _of_whom(tokens, start_tok))
            and not _one_named(tokens, m)):  # fmt: skip
        ante = _antecedent(earlier, previous, pred)
        if ante is not None and _size_of_a_body(tokens, start_tok):
            ante = None  # "Two dredgers ... The ship's crew of 25": no dredgers
        if ante is not None and not _own_state(tokens, phrase_last, ante):
            kind, unit_name, noun, elided = "count", ante.unit, ante.noun_phrase, True
            unit_surface = None
    if (
        kind == "other"
        and not score
        and unit_name != "fraction"
        and earlier
        and _coordinated_figure(tokens, start_tok)
    ):
        ante = earlier[-1]  # "435 homes by open sale and 187 by tender"
        no_quake = ante.unit == "magnitude" and not quake_magnitude(m.value)
        no_being = pred in _HURT and not _hurt_count(ante)  # "300 homes and 20 were killed"
        if (
            ante.unit is not None
            and ante.kind in ("count", "money", "measure")
            and not no_quake
            and not no_being
            and not _own_state(tokens, phrase_last, ante)
        ):
            kind, unit_name, noun, elided = ante.kind, ante.unit, ante.noun_phrase, True
            unit_surface = None
    if kind == "other" and not score and unit_name != "fraction" and earlier:
        ante = _gapped_object(text, tokens, start_tok, phrase_last, earlier, pred)
        if ante is not None:  # "killing 10 people and injuring 80": 80 people
            kind, unit_name, noun, elided = ante.kind, ante.unit, ante.noun_phrase, True
            unit_surface = None
    if kind == "other" and not score and unit_name != "fraction" and earlier:
        ante = _changed_to(text, tokens, start_tok, earlier)
        if ante is not None:  # "rose 64.06 points to 4,577.10": the level, in points
            kind, unit_name, noun, elided = ante.kind, ante.unit, ante.noun_phrase, True
            unit_surface = None
    if kind == "other" and not score and unit_name != "fraction":
        level = _number_level(text, tokens, start_tok, m.last, m.value)
        if level is not None:  # "the number of people evacuated rose to 5,100": 5,100 people
            (unit_name, noun, level_mods, pred, pred_words), elided = level, True
            kind, modifiers, unit_surface = "count", [*level_mods, *modifiers], None
    if (kind == "other" and unit is None and phrase is None and not score
            and not _standalone_ok(tokens, m, level_in_words is not None)
            and not _harm_object(tokens, m) and not _harm_subject(tokens, m)):  # fmt: skip
        return None, m.last
    if kind == "count" and not m.scaled and _one_dot_group(tokens, m):
        return None, m.last  # "1.000 people": one person, or a European 1,000? no count
    if kind in ("money", "percent") and _thousand_or_one(tokens, m):
        return None, m.last  # "1.000 euros": one euro or a thousand
    before = tokens[start_tok - 1].lower if start_tok > 0 else ""
    if before in NARROWING_BEFORE:
        modifiers.insert(0, NARROWING_BEFORE[before])
    modifiers.extend(ctx.narrowing_modifiers(tokens, phrase_last, pred_index))
    past = max(m.last, unit.last if unit is not None else m.last) + 1  # figure and unit
    part = _part_of_named(tokens, past, start_tok, earlier, kind)
    partitive = (
        kind == "count"
        and not part
        and (fronted is not None or _partitive(tokens, start_tok, past))
    )
    modifiers = list(dict.fromkeys(_MODIFIER_NORMAL.get(x, x) for x in modifiers))
    hedged = ctx.hedged(tokens, clause[0], clause[1]) or (
        before == "estimated"
        or (q_before is not None and tokens[q_before[1]].lower == "an" and q_before[0] == "approx")
    )
    negated = ctx.negated(tokens, clause[0], start_tok, pred_index)
    if negated and kind != "other" and _whole_of_none(tokens, m.first):
        # "None of the 25 crew members were injured": 25 crew members, none of them hurt
        negated, pred, pred_words = False, None, None
    denied = _denied_bound(tokens, start_tok, qualifier, last) if negated and q_before else None
    if denied is not None:  # "did not fall below 31C": at least 31C, no fall
        qualifier, negated = denied, False
        lower, upper = _interval(m, qualifier)
    change = None
    if denied is None and not ctx.is_object_of_change(tokens, start_tok):
        change = ctx.change(tokens, start_tok, m.last, phrase_last, kind, unit_name)
    if change is not None and tokens[start_tok].lower == "past":
        change = None  # "claims soared past 21,000": the level passed, as "rose to" gives
    if change == "down" and _whereabouts(tokens, past, unit_name, m.value):
        change = None  # "sank about 40 miles south of the port": where, not a fall
    if sign is not None and kind == "percent" and change is None and _bare_listing(tokens, sign):
        change = "down"  # "FTSE -0.6%": a market move
    draft = _Draft(
        start=tokens[start_tok].start,
        end=tokens[last].end,
        value=m.value,
        lower=lower,
        upper=upper,
        qualifier=qualifier,
        unit=unit_name,
        unit_surface=unit_surface,
        kind=kind,
        modifiers=tuple(modifiers),
        predicate=pred,
        predicate_words=pred_words,
        negated=negated,
        change=change,
        hedged=hedged,
        noun_phrase=noun,
        elided=elided,
        half=m.half,
        scale=m.scale,
        measured=_described(tokens, compound)
        if kind in ("measure", "duration")
        else _percent_measure(tokens, clause, m.first, last)
        if kind == "percent"
        else None,
        in_words=m.in_words,
        factor=1.0 if m.in_words else m.factor * m.power,
        part=part,
        clock=clock is not None,
        timed=timed is not None,
        partitive=partitive,
        spread=qualifier == "range" and not hedged and ctx.spread_before(tokens, start_tok),
        provisional=(
            kind == "other" and unit is None and phrase is None and level_in_words == _WAS
        ),
    )  # fmt: skip
    return draft, last


def _part_of_named(
    tokens: list[Token], after: int, start_tok: int, earlier: list[_Draft], kind: str
) -> bool:
    """A count, amount or share that is a part of another figure its sentence gives
    (Claim.part: match.cluster never joins it with another figure of its sentence);
    ``after`` is the token after the figure and its unit. "235,000 comments, at least
    208,000 of which were form letters", "killed 12, three of whom were children",
    "arrested 20 people, five of them minors", "$1.5 billion was pledged, $1 billion of it
    in loans", "Five bombs were dropped, of which four exploded", "Of the 40 injured, 12
    were in serious condition", "At least 208,000 of the nearly 235,000 comments", "$1
    billion out of the $1.5 billion". "All 12 of them" and "the two of them" are the
    whole; with no figure before it ("took 23 of them into custody", "Of those, 12 were
    children") its sentence gives no whole, and no age or measure is a part ("Of the two
    candidates, 52-year-old Smith")."""
    if kind not in ("count", "money", "percent", "other"):
        return False
    if whole_figure(tokens, after) is not None:
        return True  # "At least 208,000 of the nearly 235,000 comments"
    if not earlier:
        return False
    if (after + 1 < len(tokens) and tokens[after].lower == "of"
            and tokens[after + 1].lower in PART_PRONOUNS):  # fmt: skip
        return not (start_tok > 0 and tokens[start_tok - 1].lower in WHOLE_BEFORE_PART)
    if _of_whom(tokens, start_tok):
        return True  # "Five bombs were dropped, of which four exploded"
    return _after_of_the_whole(tokens, start_tok)


def _name_owns(tok: Token) -> bool:
    """A name's possessive: "Smith's", "McDermott’s" (nouns.possessive)."""
    return tok.kind == "word" and tok.text[:1].isupper() and possessive(tok.text)


def _partitive(tokens: list[Token], start: int, after: int) -> bool:
    """A count of some of a whole its sentence names but does not count ("more than
    200,000 of the comments opposed the change", "Two of the bombs fell inside the camp",
    "six of his points", "five of McDermott's rebounds"): ``start`` is the claim's first
    token, ``after`` the token after the figure. (A whole its sentence counts makes a part
    instead: _part_of_named.) Not the whole ("All 40 of the passengers", "the two of the
    brothers"), nor a numbered label ("Day 3 of the trial", "Chapter 11 of the code")."""
    before = tokens[start - 1] if start > 0 else None
    if before is not None and before.lower in WHOLE_BEFORE_PART:
        return False
    if (before is not None and before.text[:1].isupper() and before.lower not in FUNCTION_WORDS
            and not before.lower.endswith("ly")):  # fmt: skip
        return False  # "Day 3 of the trial" (not "Between 20 and 30 of", "Only 30 of")
    return (
        after + 2 < len(tokens)
        and tokens[after].lower == "of"
        and (tokens[after + 1].lower in PARTITIVE_WHOLE or _name_owns(tokens[after + 1]))
        and tokens[after + 2].kind == "word"
    )


def _whole_of_a_part(tokens: list[Token], first: int) -> bool:
    """The figure at ``first`` is the whole a part before it counts in ("three of the seven
    bullets": seven; "of the nearly 20 victims"), a claim of its own though the part's noun
    phrase runs over it (nouns.past_the_whole)."""
    for k in range(first - 1, max(-1, first - 8), -1):
        if tokens[k].lower == "of":
            return whole_figure(tokens, k) == first and past_the_whole(tokens, k) is not None
    return False


def _part_noun(tokens: list[Token], k: int, count: float) -> NounPhrase | None:
    """What a part counts, as its own words say after "of whom", "of which", "of them" and
    a form of "be": "three of whom were children" counts children, "208,000 of which were
    form letters" form letters, "five of them minors" minors (not its whole's noun), "four
    of whom were elected officials" elected officials. A verb there with no plural noun
    after it says what happened to the part, not what it is ("two of whom were shot dead",
    "40 of which were sold abroad", "disguised as women", "five of them wearing masks"):
    None, and the figure takes its whole's noun."""
    if k + 2 >= len(tokens) or tokens[k].lower != "of" or tokens[k + 1].lower not in PART_PRONOUNS:
        return None
    j = k + 2
    if tokens[j].lower in ("were", "are", "was", "is", "being"):
        j += 1
    if j >= len(tokens):
        return None
    phrase = noun_phrase(tokens, j, count)
    if phrase is None or not ctx.is_verb_like(tokens[j]):
        return phrase
    # "were elected officials", "were kidnapped children": an adjective, when a form of
    # "be" comes before it and a noun after it ("five of them wearing masks": a verb)
    nxt = tokens[j + 1] if j + 1 < len(tokens) else None
    if (j == k + 2 or nxt is None or nxt.kind != "word"
            or nxt.lower in PREPOSITIONS or nxt.lower in ("as", "like")
            or phrase.last == j or not (count == 1 or is_plural(tokens[phrase.last]))):  # fmt: skip
        return None
    return phrase


def _after_of_the_whole(tokens: list[Token], start_tok: int) -> bool:
    """The figure right after the comma that closes a sentence's opening "Of the 40
    injured," "Of some 900 nurses hired," "Of about 40 injured," "Of $5 billion pledged,"
    (after a quote mark too) counts a part of that whole ("12 were in serious condition");
    "Of course, 12 died" opens with no whole."""
    first = _opening_of(tokens)
    if first is None or len(tokens) < first + 3:
        return False
    if whole_figure(tokens, first) is None:  # its determiners, then the whole's figure
        return False  # "Of course," (but "Of 40 injured,", "Of about 40 injured,")
    comma = next((i for i, t in enumerate(tokens) if t.text == ","), None)
    return comma is not None and comma == start_tok - 1


def _opening_of(tokens: list[Token]) -> int | None:
    """Where a sentence's opening "Of" is, after any quote mark ("“Of the 40 injured, 12
    ...,” he said"); None when it opens otherwise."""
    first = 0
    while first < len(tokens) and tokens[first].kind in ("punct", "sym"):
        first += 1
    return first if first < len(tokens) and tokens[first].lower == "of" else None


def _figure_goes_on(tokens: list[Token], last: int) -> bool:
    """A bare figure ending at ``last`` that a ratio, a rate or a list of bare figures goes
    on from ("3 in 10 are part-time", "1 out of 5 said", "10 a day", "7 and 9 were"): no
    count of a whole said before it. Not "30 in one village", "300 in 2023", "40 and two
    doctors": a place, a year, a noun after the second number."""
    n = len(tokens)
    if per_unit(tokens, last) is not None:
        return True
    k = last + 1
    if k + 1 >= n or tokens[k].lower not in ("in", "out", "and", "or"):
        return False
    k += 2 if tokens[k].lower == "out" and tokens[k + 1].lower == "of" else 1
    if k >= n or not is_figure(tokens[k]):
        return False
    if year_at(tokens, k):
        return False  # "300 in 2023 were women"
    after = tokens[k + 1] if k + 1 < n else None
    return (
        after is None
        or after.kind == "punct"
        or (after.lower in AUXILIARIES or ctx.is_verb_like(after))
    )


def _fronted_whole(tokens: list[Token], start_tok: int) -> NounPhrase | None:
    """The plural a sentence's opening "Of the ...," names when the figure at
    ``start_tok``, right after its comma, counts some of them with no noun of its own
    ("Of the people who have fallen ill, four needed hospital treatment", "Of the
    passengers, 12 were hurt"); None for a whole with a figure (_after_of_the_whole: a
    part), a singular or no noun ("Of course, 12 died", "Of the total, 12 ...")."""
    first = _opening_of(tokens)
    if first is None or start_tok < first + 3 or tokens[start_tok - 1].text != ",":
        return None
    if whole_figure(tokens, first) is not None:
        return None
    if any(t.text == "," for t in tokens[first : start_tok - 1]):
        return None  # the figure after the opening's own comma only
    j = first + 1
    while j < start_tok and picks_the_whole(tokens[j]):
        j += 1
    phrase = noun_phrase(tokens, j, 2.0) if j < start_tok - 1 else None
    if (
        phrase is None
        or phrase.last >= start_tok - 1
        or not (is_plural(tokens[phrase.last]) or phrase.head in NOMINAL_ADJECTIVES)
    ):
        return None
    return phrase


def _age_band(tokens: list[Token], qualifier_last: int, noun: int) -> bool:
    """'the 50-plus age group', 'the 50 plus bracket', 'the 65-plus age brackets': a figure
    and 'plus' before a noun of AGE_BAND_NOUNS name an age band; the figure counts no age
    or bracket ('a 30-plus group of hikers' keeps its figure). ('Her 40-plus years' counts
    years; 'rated 18-plus' stays a bare figure of at least 18.)"""
    return (
        tokens[qualifier_last].lower == "plus"
        and noun < len(tokens)
        and singular(tokens[noun].lower) in AGE_BAND_NOUNS
    )


def _described(tokens: list[Token], compound: UnitInfo | str | None) -> str | None:
    """The noun a measure or a duration glued to its figure by a hyphen describes: 'a
    55-minute speech' is the length of a speech, 'a 19-yard touchdown pass' of a
    touchdown pass (Claim.measured); None when no noun follows the compound ('a run of 86
    yards', 'the 10-metre'), or the figure is a quake's magnitude (always the quake's)."""
    if (
        not isinstance(compound, UnitInfo)
        or compound.unit == "magnitude"
        or " per " in compound.unit
    ):
        return None
    return described(tokens, compound.last + 1)


# The words a percentage's measure may stand apart from it by, the measure heading the
# clause's subject or object and the figure its level or change ("Unemployment stood at
# 7.25%", "raised its main interest rate by half a percentage point to 7.25%", "inflation
# of 5.9%", "GDP fell by an annualised 1.8%", "expects inflation to average 5.9%"): the
# lexicon's verbs of change, auxiliaries and modals, and the words of a level, a hedge
# and a change's size; any other word between ("Inflation fears prompted the bank to
# raise rates to 7.25%") leaves the figure no measure: a missing one joins either side, a
# wrong one splits a pair
_MEASURE_TO_FIGURE = (
    CHANGE_UP
    | CHANGE_DOWN
    | AUXILIARIES
    | MODALS
    | frozenset(
        """stood stands stand held holds hold reached reaches reach hit hits ran runs run
        remained remains remain came come averaged averages average averaging edged ticked
        spiked stayed stays also still now to at by of from an a the about around nearly
        almost some roughly approximately just estimated expected annualised annualized
        annual seasonally adjusted percentage point points basis half quarter""".split()
    )
)
# what before a measure's words makes them another measure's ("household debt", "core
# inflation", "food price inflation", "student loan interest rates"); a hyphened word of
# no figure does too ("long-term unemployment"; not "the 10-year bond yield")
_MEASURE_NARROWED = frozenset(
    """household corporate private business company consumer trade account mortgage
    dividend crop core services service food energy wage wages youth student credit card
    car auto farm earnings sales profit tax monthly quarterly weekly price prices loan
    loans producer import export""".split()
)
# words between a figure and the measure's words after it ("6.8% annual inflation")
_MEASURE_AFTER_FIGURE = ("a", "an", "the", "annual", "annualised", "annualized")
_MEASURE_LONGEST = max(len(k) for k in PERCENT_MEASURES)


def _percent_measure(
    tokens: list[Token], clause: tuple[int, int], first: int, last: int
) -> str | None:
    """What a percentage measures, by the name lexicon.PERCENT_MEASURES gives the words
    that name it where they head the figure's phrase: before it, with only a level's or a
    change's words between (_MEASURE_TO_FIGURE: "Unemployment stood at 7.25%", "raised its
    main interest rate by half a percentage point to 7.25%"), or right after it and ending
    its phrase ("6.8% inflation", "a 7.25% interest rate"; not "a 2% inflation target");
    not words another word narrows ("core inflation", "long-term unemployment":
    _MEASURE_NARROWED), a preposition governs ("the yield on government debt rose to
    4.3%", "3% of GDP from 3.5%") or "and" joins to another ("Inflation and unemployment
    were 3.1% and 4%"). None when no measure heads it ("the bank raised rates to 7.25%",
    "Inflation fears pushed stocks down 2%")."""
    lo, hi = clause
    end = first
    while end > lo and (
        tokens[end - 1].lower in _MEASURE_TO_FIGURE or tokens[end - 1].kind == "num"
    ):
        end -= 1
    span = _measure_words(tokens, lo, end, before=True)
    if span is None:
        after = last + 1
        while after < hi and tokens[after].lower in _MEASURE_AFTER_FIGURE:
            after += 1
        span = _measure_words(tokens, after, hi, before=False)
        if (
            span is not None
            and span[1] < hi
            and tokens[span[1]].kind == "word"
            and tokens[span[1]].lower not in PHRASE_ENDS
        ):
            return None  # "a 2% inflation target": the words name the target's measure
    if span is None:
        return None
    start, stop = span
    if stop < len(tokens) and tokens[stop].text == "-":
        return None  # "inflation-adjusted", "debt-to-GDP"
    k = start - 1  # past what stands before any noun ("the country's 10-year debt")
    while k >= lo and (
        tokens[k].lower in DETERMINERS
        or tokens[k].lower == "-"
        or tokens[k].kind == "num"
        or possessive(tokens[k].lower)
        or (k - 2 >= lo and tokens[k - 1].lower == "-" and tokens[k - 2].kind == "num")
    ):  # fmt: skip
        k -= 1
    if k >= lo and (
        tokens[k].lower in _MEASURE_NARROWED
        or tokens[k].lower in PREPOSITIONS
        or tokens[k].lower in ("and", "or", "amid")
        or (k > lo and tokens[k - 1].lower == "-")  # "long-term unemployment"
    ):
        return None
    return PERCENT_MEASURES[tuple(t.lower for t in tokens[start:stop])]


def _measure_words(tokens: list[Token], lo: int, hi: int, before: bool) -> tuple[int, int] | None:
    """The token span of the longest measure's words (lexicon.PERCENT_MEASURES) that end
    at ``hi`` (``before``) or start at ``lo``, within [lo, hi)."""
    for size in range(min(_MEASURE_LONGEST, hi - lo), 0, -1):
        span = (hi - size, hi) if before else (lo, lo + size)
        if tuple(t.lower for t in tokens[span[0] : span[1]]) in PERCENT_MEASURES:
            return span
    return None


def _sub_prefix(tokens: list[Token], m: NumberMention) -> tuple[str, int] | None:
    """'sub-7 nanometer', 'sub-300 sq m': below the figure."""
    k = m.first - 2
    if (
        k >= 0
        and tokens[k].lower == "sub"
        and tokens[k + 1].text == "-"
        and _glued(tokens, k, k + 1)
    ):
        return "less_than", k
    return None


def _share(tokens: list[Token], m: NumberMention) -> bool:
    """A fraction that is a share of something: 'three quarters of the market', 'a third
    of', '3/4 of voters', 'half the sales', 'between a third and a half of the town', 'a
    two-thirds majority'; not a fraction of a unit or a scale ('half a mile', 'half an
    hour', '1/2 cup', 'a third of a mile'), nor a ratio to another thing ('half the size
    of', 'half the votes he needs'), nor a fraction naming a point or a rule ('the
    two-thirds rule', 'the three-quarters point')."""
    ends = (m.lower, m.upper) if m.is_range else (m.value, m.value)
    if not all(e is not None and 0 < e < 1 for e in ends) or not _is_fraction_mention(m):
        return False
    nxt = tokens[m.last + 1] if m.last + 1 < len(tokens) else None
    if nxt is None or nxt.kind != "word":
        return False
    if nxt.lower == "of":  # not of one thing: "1/16 of a pint", "three quarters of a million"
        after = tokens[m.last + 2].lower if m.last + 2 < len(tokens) else ""
        return after not in ("a", "an", "one")
    if not m.in_words or m.is_range:
        return False
    if nxt.lower in _SHARE_OF:  # "half the sales", "half their votes"
        return not _ratio_to_another(tokens, m.last + 2)
    hyphened = any(t.text == "-" for t in tokens[m.first : m.last + 1])
    return hyphened and singular(nxt.lower) in _SHARE_NOUNS  # "a two-thirds majority"


# What 'half' can be a share of without 'of' ("half the sales", "half their votes").
_SHARE_OF = frozenset("the its their his her".split())
# Nouns a hyphenated fraction before them makes a share: "a two-thirds majority", "a
# three-quarters stake"; not "the two-thirds rule", "a three-quarters size model".
_SHARE_NOUNS = frozenset("majority supermajority stake vote share".split())
# Nouns after "half the" that make it a ratio to another thing: "half the size of".
_RATIO_NOUNS = frozenset(
    """size length width height depth weight price cost speed rate level distance age value
    amount number""".split()
)


def _ratio_to_another(tokens: list[Token], k: int) -> bool:
    """'half the size of the old one', 'half the votes he needs': 'half the' before a
    measure of size, or before a noun a clause of its own follows (what it is measured
    against), is a ratio, not a share."""
    if k >= len(tokens):
        return False
    if tokens[k].lower in _RATIO_NOUNS:
        return True
    nxt = tokens[k + 1].lower if k + 1 < len(tokens) else ""
    return nxt in PERSONAL_PRONOUNS


def _is_fraction_mention(m: NumberMention) -> bool:
    return m.in_words or (m.last - m.first == 2)


def _quake_figure(m: NumberMention, negative: bool) -> bool:
    """Whether the figure, each end of a range ('magnitude 6 to 7'), can be a quake's
    magnitude; ``negative`` when a minus sign stands before it."""
    ends = (m.lower, m.upper) if m.is_range else (m.value,)
    return all(v is not None and quake_magnitude(-v if negative else v) for v in ends)


def _one_dot_group(tokens: list[Token], m: NumberMention) -> bool:
    """'1.000', '12.500': a decimal as English writes it, or a whole number with a European
    thousands separator; which one the writer meant is unknowable for a count of things
    (one person or a thousand). Two or more groups ('1.000.000') are a whole number
    (numbers.py), and so is a single group ranged with them ('between 800.000 and
    1.000.000'); a figure joined with more ('2.998 x 10^8') is no such figure."""
    ends = (m.first, m.last) if m.is_range else (m.first,)
    if not m.is_range and m.first != m.last:
        return False
    if any(dot_grouped(tokens[i].text) for i in ends):
        return False
    return any(one_dot_group(tokens[i].text) for i in ends)


def _thousand_or_one(tokens: list[Token], m: NumberMention) -> bool:
    """'1.000 euros', '3.000%': money or a share written to three decimals that are all
    zeros, which no price or rate needs: a European thousand as likely as the figure. No
    reading is safe; '$3.459 a gallon' and '3.500 dollars' stay the decimals written."""
    written = tokens[m.first].text
    return (not m.is_range and m.first == m.last and not m.scaled
            and one_dot_group(written) and written.endswith(".000"))  # fmt: skip


def _sign(tokens: list[Token], m: NumberMention) -> int | None:
    """Index of a minus sign before the figure: '-5 yards', 'minus 387', '$-50.8', '−3',
    '(-1.2%)' (after an opening bracket, as after a space)."""
    k = m.first - 1
    if (
        k >= 1
        and tokens[k].kind == "sym"
        and tokens[k].text in CURRENCY_SIGNS
        and _glued(tokens, k, m.first)
        and tokens[k - 1].text in ("-", "−")
        and _glued(tokens, k - 1, k)
        and _stands_apart(tokens, k - 1)
    ):
        return k - 1  # "-$3 million", "(-€2 billion)"
    if k >= 0 and tokens[k].text in ("-", "−") and _glued(tokens, k, m.first):
        if _stands_apart(tokens, k) or tokens[k - 1].kind == "sym":
            return k
        if tokens[k - 1].lower == "minus":
            return k - 1  # "minus-5"
    if k >= 0 and tokens[k].lower == "minus":
        return k
    return None


def _stands_apart(tokens: list[Token], k: int) -> bool:
    """Whether the minus sign at ``k`` is glued to nothing before it but an opening bracket
    ('-5', 'fell -2', '(-1.2%)'): not a hyphen after a word ('F-16')."""
    return k == 0 or not _glued(tokens, k - 1, k) or tokens[k - 1].text in ("(", "[")


# verbs of moving or staying whose comparison a negation right before them denies ("did
# not fall below 31C", "has never risen above 4 metres", "didn't dip under 30"), the
# copulas too ("was not above 40", "isn't below 12")
_STAYING = frozenset(
    """fall falls fell fallen drop drops dropped dip dips dipped sink sinks sank sunk slip
    slips slipped go goes went gone rise rises rose risen climb climbs climbed get gets got
    stay stays stayed remain remains remained""".split()
)
_DENIED: dict[str, Qualifier] = {"less_than": "at_least", "more_than": "at_most"}
# the words of a place a verb of moving goes past ("fell below", "rose above"): after such
# a verb "more than" is a move's size ("did not fall more than 5%"), no level, and so is
# "over" ("did not fall over 5%", as "fell over 5%" is)
_PAST_A_PLACE = frozenset("below under above beyond".split())
# what after the figure makes the denial one of time ("did not fall below 31C until
# Tuesday": it did then), not of the figure
_UNTIL = frozenset("until till til before".split())


def _denied_bound(tokens: list[Token], first: int, qualifier: str, last: int) -> Qualifier | None:
    """The bound a denied comparison gives its figure, whose comparison ("below", "more
    than") opens at ``first`` and which ends at ``last``: "at_least" for "did not fall
    below 31C", "at_most" for "has never risen above 4 metres", "was not above 40" or
    "has not been more than 3%"; None when no negation stands right before its verb or
    copula ("has not been hit by a quake in more than 25 years": the comparison is no
    verb's), after a verb of moving for a move's size ("did not fall more than 5%"), or
    when "until" or "before" follows in its clause ("did not fall below 31C until
    Tuesday")."""
    if qualifier not in _DENIED or first < 2:
        return None
    verb, before = tokens[first - 1].lower, tokens[first - 2].lower
    denies = before in ("not", "never") or before.endswith("n't")
    if not (
        (verb in _STAYING and denies and tokens[first].lower in _PAST_A_PLACE)
        or (verb in ctx.BE and denies)  # "has not been above", "will not be more than"
        or (verb in ("not", "never") and before in ctx.BE)  # "was not above 40"
        or (verb.endswith("n't") and verb[:-3] in ctx.BE)  # "wasn't above 40"
    ):
        return None
    for tok in tokens[last + 1 :]:
        if tok.text in (",", ";", ":", ".") or tok.lower in CONJUNCTIONS:
            break
        if tok.lower in _UNTIL:
            return None
    return _DENIED[qualifier]


def _negated_mention(m: NumberMention) -> NumberMention:
    def neg(v: float | None) -> float | None:
        return None if v is None else -v

    return replace(m, value=-m.value, lower=neg(m.upper), upper=neg(m.lower))


def _bare_listing(tokens: list[Token], sign: int) -> bool:
    """'Dow +0.2% S&P -0.3%': a signed percent right after a name, as in market listings."""
    # ("Growth fell from 3% to -2%", "was -2%": a level after a word of the sentence)
    before = tokens[sign - 1] if sign > 0 else None
    return (
        before is not None
        and before.kind in ("word", "num")
        and (before.lower not in FUNCTION_WORDS and before.lower not in CHANGE_VERBS)
    )


def _kind_and_unit(
    m: NumberMention, unit: UnitInfo | None, phrase: NounPhrase | None
) -> tuple[ClaimKind, str | None, str | None, str | None]:
    if unit is None and 0 < abs(m.value) < 1 and _is_fraction_mention(m):
        return "other", "fraction", None, phrase.compound if phrase else None
    if unit is not None:
        return unit.kind, unit.unit, unit.surface, None  # type: ignore[return-value]
    if phrase is not None:
        mods = [x for x in phrase.modifiers if not x[0].isdigit()]
        noun = " ".join([*mods, phrase.compound])
        return "count", phrase.compound, None, noun
    return "other", None, None, None


def _interval(m: NumberMention, qualifier: Qualifier) -> tuple[float | None, float | None]:
    v = m.value
    if m.is_range or m.vague:
        lo, hi = m.lower, m.upper
        if qualifier in LOWER_BOUNDS:
            return lo, None
        if qualifier in UPPER_BOUNDS:
            return None, hi
        return lo, hi
    return _interval_for(v, qualifier)


# --- what is no quantity ----------------------------------------------------------------


def _glued(tokens: list[Token], a: int, b: int) -> bool:
    return 0 <= a < len(tokens) and 0 <= b < len(tokens) and tokens[a].end == tokens[b].start


# what says minutes and seconds written as a clock are the time left in a game or a round
# (its clock), not a time of day: "with 7:42 left", "with 10:03 to play", "with 6:00
# minutes remaining", "at the 2:15 mark"; then the end, a stop or what places it ("left
# in the first half", "to go before halftime")
_CLOCK_LEFT = ("left", "remaining")
_CLOCK_TO = ("go", "play")
_CLOCK_THEN = ("in", "of", "before", "until", "and", "when", "as")


def _with_before(tokens: list[Token], f: int) -> bool:
    """'with' before token ``f``, past up to three words ('with 7:42 left', 'with just
    1:41 to play', 'with less than 2:00 left')."""
    for k in range(f - 1, max(-1, f - 5), -1):
        if tokens[k].lower == "with":
            return True
        if tokens[k].kind != "word":
            return False
    return False


def _game_clock(tokens: list[Token], m: NumberMention) -> NumberMention | None:
    """A game's or a round's clock, minutes and seconds ("with 7:42 left in the first
    half", "at the 2:15 mark"), as one figure in seconds (462, 135) over its tokens; None
    for any other figure (a time of day "at 7:42", a ratio "3:1", "24/7")."""
    f, n = m.first, len(tokens)
    if not (
        f + 3 < n
        and tokens[f].kind == "num"
        and tokens[f].text.isdecimal()
        and len(tokens[f].text) <= 2
        and tokens[f + 1].text == ":"
        and _glued(tokens, f, f + 1)
        and _glued(tokens, f + 1, f + 2)
        and tokens[f + 2].kind == "num"
        and tokens[f + 2].text.isdecimal()
        and len(tokens[f + 2].text) == 2
        and int(tokens[f + 2].text) < 60
        and not _glued(tokens, f + 2, f + 3)
    ):
        return None
    k = f + 3
    if TIME_UNITS.get(tokens[k].lower) == "minute":
        k += 1  # "with 6:00 minutes remaining"
    marked = f >= 1 and tokens[f - 1].lower == "the" and k < n and tokens[k].lower == "mark"
    if not (marked or _with_before(tokens, f)):
        return None  # "The 8:15 left on time", "at 6:30 to go in": a time of day
    if marked or (k < n and tokens[k].lower in _CLOCK_LEFT):
        ends = k
    elif k + 1 < n and tokens[k].lower == "to" and tokens[k + 1].lower in _CLOCK_TO:
        ends = k + 1
    else:
        return None
    after = tokens[ends + 1] if ends + 1 < n else None
    if after is not None and after.kind != "punct" and after.lower not in _CLOCK_THEN:
        return None  # "left Boston", "to go home": a time of day
    if after is not None and after.text == "-":
        return None  # "7:42 left-handed"
    seconds = int(tokens[f].text) * 60 + int(tokens[f + 2].text)
    return replace(m, last=f + 2, end=tokens[f + 2].end, value=float(seconds), lower=None,
                   upper=None, plain_integer=False, is_range=False)  # fmt: skip


# what puts a time written as a clock at a time of day ("at 10:32:15", "until 1:30:00")
_AT_A_TIME = frozenset({"at", "by", "until", "till", "from", "since"})
# the words a time taken as a clock follows ("won in 2:11:48", "a time of 2:11:48",
# "Kipchoge ran 1:59:40"); after any other a clock is a time of day or of no kind ("struck
# Monday 10:32:15", "departed 10:32:15", "about 10:32:15", "John 3:16:18")
_BEFORE_A_TIME_TAKEN = frozenset({"in", "of", "ran", "clocked"})
# the letters of hours, minutes and seconds glued to their figures ("2h 11m 48s")
_HMS = ("h", "m", "s")


def _elapsed(text: str, tokens: list[Token], m: NumberMention) -> NumberMention | None:
    """A time taken written as a clock with hours ("won in 2:11:48", "a time of
    1:02:03.5": after _BEFORE_A_TIME_TAKEN only) or with its units' letters ("2h 11m 48s",
    "2h 11m", "4m 12s": after a word, not one of _AT_A_TIME), as one figure in seconds
    over its tokens; None for any other figure, and before "a.m.", "GMT" (_CLOCK). "11m"
    alone stays metres."""
    f, n = m.first, len(tokens)
    if f == 0 or tokens[f - 1].kind != "word" or tokens[f - 1].lower in _AT_A_TIME:
        return None
    parts: list[float] = []
    k = f
    if k + 4 < n and all(tokens[i].text == ":" for i in (k + 1, k + 3)) and all(
        _glued(tokens, i, i + 1) for i in range(k, k + 4)
    ):  # fmt: skip
        if tokens[f - 1].lower not in _BEFORE_A_TIME_TAKEN:
            return None
        parts = [_clock_part(tokens[i].text, i > k, two=True) for i in (k, k + 2, k + 4)]
        last = k + 4
    else:  # "2h 11m 48s", "2h 11m", "4m 12s": letters in that order, two at least
        letter = tokens[k + 1].lower if k + 1 < n else ""
        units = _HMS[_HMS.index(letter) :] if letter in _HMS else ()
        while (
            len(parts) < len(units)
            and k + 1 < n
            and tokens[k].kind == "num"
            and tokens[k + 1].lower == units[len(parts)]
            and _glued(tokens, k, k + 1)
            and (k + 2 >= n or tokens[k + 2].kind == "punct" or not _glued(tokens, k + 1, k + 2))
        ):
            parts.append(_clock_part(tokens[k].text, bool(parts), two=False))
            k += 2
        if len(parts) < 2:
            return None
        last = k - 1
        parts = [0.0] * (3 - len(units)) + parts + [0.0] * (len(units) - len(parts))
    if any(p < 0 for p in parts) or len(tokens[f].text) > 2:
        return None
    if _CLOCK.match(text, tokens[last].end):
        return None  # "10:32:15 GMT", "in 10:32:15 a.m.": a time of day
    seconds = sum(p * 60 ** (2 - i) for i, p in enumerate(parts))
    return replace(m, last=last, end=tokens[last].end, value=float(seconds), lower=None,
                   upper=None, plain_integer=False, is_range=False)  # fmt: skip


def _clock_part(text: str, after_first: bool, *, two: bool) -> float:
    """A time's part as a figure: the first as written, the others under 60, of two
    digits (``two``: a clock's "2:05:09") or up to two ("2h 5m"); seconds may have a
    fraction ("48.3"); -1 for none."""
    if not after_first:
        return float(text) if text.isdecimal() else -1
    whole = text.split(".")[0]
    if (
        not (len(whole) == 2 or (not two and len(whole) == 1))
        or not whole.isdecimal()
        or (not text.replace(".", "", 1).isdecimal())
    ):
        return -1
    value = float(text)
    return value if value < 60 else -1


# a personal pronoun, or one with its verb contracted: "the one" before it is a pronoun
_PERSONAL = re.compile(r"(?:i|you|he|she|we|they)(?:['’](?:m|re|s|ve|d|ll))?$")


def _no_grams(tokens: list[Token], first: int, last: int) -> bool:
    """A g glued to the figure at tokens[first..last] that is no gram: a G, a mobile
    network's generation ('5G', and '5g network' as lower-cased text writes it), or any
    small g that neither counts what is 'of' it ('2.5g of fat', '5g of sugar') nor is
    weighed ('it weighs ~60g'): g-force ('the jet pulled 9g', a review), as before."""
    if tokens[last + 1].text == "G":
        return True
    if last + 2 < len(tokens) and tokens[last + 2].lower == "of":
        return False  # ('5g of sugar': grams, whatever the figure)
    return not any(t.lower.startswith("weigh") for t in tokens[max(0, first - 3) : first])


def _not_a_quantity(text: str, tokens: list[Token], m: NumberMention) -> bool:
    f, la = m.first, m.last
    n = len(tokens)
    if f > 0 and tokens[f].lower == "one" and tokens[f - 1].lower == "no":
        return True  # 'no one knew' (a pronoun, read 'one knew', a count of 'knew')
    if f > 0 and tokens[f - 1].lower == "per":
        return True  # a rate's denominator: "12 per 100,000 people", "per 100 millilitres"
    if (
        f > 0
        and tokens[f].lower == "one"
        and tokens[f - 1].lower in ("the", "this", "that")
        and la + 1 < n
        and _PERSONAL.match(tokens[la + 1].lower)
    ):
        return True  # "I'm the one you're looking for": a pronoun ('one you're looking')
    # a character lost in decoding glued after the figure, then a space: "served 4�
    # months" was 4½ (U+FFFD, what a wrong decoding leaves); the figure cannot be read. One
    # before the figure, or glued to a word after it ("300�most", "30�C"), is a lost quote,
    # dash, currency or degree sign, and the figure stands
    if (
        la + 2 < n
        and tokens[la + 1].text == "\ufffd"
        and _glued(tokens, la, la + 1)
        and not _glued(tokens, la + 1, la + 2)
        and tokens[la + 2].kind == "word"
    ):
        return True
    # letters glued before: G20, MH17, F-16, COVID-19 (but RM79, Rs500 are money)
    if f > 0 and _glued(tokens, f - 1, f):
        prev = tokens[f - 1]
        if prev.kind == "word" and tokens[f].kind == "num" and not glued_currency_code(tokens, f):
            return True
        if (
            prev.text in ("-", "/", ":", ".")
            and f > 1
            and _glued(tokens, f - 2, f - 1)
            and tokens[f - 2].kind in ("word", "num")
            and not (
                prev.text == "-"
                and tokens[f - 2].lower in ("mid", "pre", "post", "sub", "minus", "magnitude")
            )
            and not unit_again(tokens, f - 2)  # "20 m-30 m": a range's other end
        ):
            return True
    if la + 1 < n and _glued(tokens, la, la + 1):
        nxt = tokens[la + 1]
        if (
            nxt.lower in ("st", "nd", "rd", "th", "s", "x", "d", "º", "ª")
            or (nxt.lower == "g" and _no_grams(tokens, f, la))
        ) and nxt.kind == "word":
            return True  # 4th, 1990s, 5G, 4x4, 3D; 1º, 2ª (ordinals as Spanish writes them)
        if nxt.kind == "word" and nxt.text.isupper() and len(nxt.text) >= 2 and (
            unit_for_word(nxt.text) is None and nxt.text not in ("M", "B", "K", "BN", "MN")
        ):  # fmt: skip
            return True  # postcodes, model names: "9AB", "12GT"
        if nxt.text in (":", "/") and la + 2 < n and _glued(tokens, la + 1, la + 2):
            return tokens[la + 2].kind == "num"  # 6:40, 24/7, 03/06/2025
        if nxt.text in ("-", ".") and la + 2 < n and tokens[la + 2].kind == "num" and _glued(
            tokens, la + 1, la + 2
        ) and not m.is_range:  # fmt: skip
            return True  # scores 3-1, dates 2025-03-06, versions
    # times: "10 a.m.", "1023 GMT", "at 9 o'clock", "5am"
    if _CLOCK.match(text, tokens[la].end):
        return True
    if _date_like(tokens, m):
        return True
    # phone numbers: "555-0100", "+82 2 1234 5678", "(202) 555-0143"; digits with full
    # stops between groups of three only after a country code or a word that calls
    # ("Call +34 912.345.678", "phone 912.345.678"; not "12.500.000 people")
    # (nor digits in groups of three one token holds before a noun or after a currency's
    # sign: "12 345 678 people", "$12 345 678"; "ring 612 345 678 after noon" is a phone)
    grouped = dot_grouped(tokens[f].text) or _counted_groups(tokens, f, la)
    if tokens[f].kind == "num" and (not grouped or _phone_cue(tokens, f)):
        lo = tokens[max(0, f - 3)].start
        hi = tokens[min(n - 1, la + 6)].end  # "1 (800) 555-0199"
        for ph in _PHONE.finditer(text, lo, hi):
            if ph.start() <= tokens[f].start < ph.end():
                return True
    if m.is_range and _local_number(text, tokens, m):
        return True
    if _decade_in_words(tokens, m):
        return True
    return _emergency_number(tokens, m)


# The decades as words say them ("the nineteen seventies", "the eighteen-nineties"), and
# the centuries' numbers before them
_DECADE_WORDS = frozenset(w[:-1] + "ies" for w in TENS_WORDS)
_CENTURIES = frozenset(w for w, v in {**UNITS_WORDS, **TENS_WORDS}.items() if 11 <= v <= 20)


def _counted_groups(tokens: list[Token], f: int, la: int) -> bool:
    """Digits in groups of three after spaces, one token ("12 345 678"), that count a noun
    or an amount after them or a currency's sign before them: no phone number."""
    if _SPACE_GROUPED.search(tokens[f].text) is None:
        return False
    if currency_before(tokens, f) is not None:  # "$12 345 678", "EUR 12 345 678"
        return True
    # a plural noun or a unit after them ("people", "euros"; not "anonymously", "anytime")
    nxt = tokens[la + 1] if la + 1 < len(tokens) else None
    return nxt is not None and nxt.kind == "word" and (is_plural(nxt) or may_be_measure(tokens, la))


def _decade_in_words(tokens: list[Token], m: NumberMention) -> bool:
    """A century's number in words before a decade's ('the nineteen seventies',
    'twenty twenties'): a time, as '1970s' is, not a count of 19 'seventies'. Any other
    figure before a decade's word counts it ('shot two seventies')."""
    la = m.last
    if m.is_range or la + 1 >= len(tokens) or tokens[la + 1].lower not in _DECADE_WORDS:
        return False
    return m.first == la and tokens[la].lower in _CENTURIES


def _emergency_number(tokens: list[Token], m: NumberMention) -> bool:
    """An emergency number before what it names: 'a 911 dispatcher', 'a 999 call' (a
    singular noun), or 'responded to 911 calls' (a plural after a determiner, a
    preposition or nothing); 'more than 911 calls', 'logged 112 calls' count them."""
    f = m.first
    if f != m.last or tokens[f].text not in EMERGENCY_NUMBERS or f + 1 >= len(tokens):
        return False
    noun = tokens[f + 1].lower
    if noun not in EMERGENCY_NOUNS:
        return False
    before = tokens[f - 1].lower if f > 0 else ""
    return not is_plural(tokens[f + 1]) or f == 0 or before in _NUMBER_BEFORE


# What stands before an emergency number (not before a count of calls): 'to 911 calls',
# 'a 911 call', 'the 999 operators'.
_NUMBER_BEFORE = frozenset(
    "a an the to from by via on after following his her their its our my your".split()
)


_LOCAL_NUMBER = re.compile(r"\d{3}-\d{4}")


def _local_number(text: str, tokens: list[Token], m: NumberMention) -> bool:
    """A local telephone number, three digits, a hyphen and four ('call Sgt. Cruz at
    745-4811'), not a range: with no currency sign before it nor a word it counts after it
    ('$300-1299', '300-1200 calls', '300-1251 km' stay ranges), and called for (a word of
    calling up to ten words before it) or its four digits not a round figure's ('800-1000.'
    stays a range)."""
    if not _LOCAL_NUMBER.fullmatch(text, tokens[m.first].start, tokens[m.last].end):
        return False
    if m.first > 0 and tokens[m.first - 1].kind == "sym":
        return False  # '$300-1299': money
    after = tokens[m.last + 1] if m.last + 1 < len(tokens) else None
    if after is not None and after.kind != "punct" and after.lower not in _AFTER_A_NUMBER:
        return False  # '300-1200 calls', '300-1251 km', '100-1005 percent': what it counts
    if any(t.lower.rstrip(".") in _PHONE_WORDS for t in tokens[max(0, m.first - 10) : m.first]):
        return True
    return not tokens[m.last].text.endswith("0")


# What may follow a telephone number in its sentence: 'call 555-0100 for tickets', 'or
# 555-0199', 'weekdays after 9'.
_AFTER_A_NUMBER = frozenset("for or and to from after before between weekdays anytime".split())


_PHONE_WORDS = frozenset(
    "call calls tel telephone phone phones fax mobile dial whatsapp hotline helpline".split()
)


# What may stand between a word of calling and the number it calls: "Tel.: ", "call us
# on", "phone number", "fax no."
_PHONE_LINKS = frozenset(": . # on at number no nr us me".split())

# Verbs of calling, which may stand a few words before the number they call ("Call the
# hotline 912.345.678", "phone them at", "call police on"), when they call: not after a
# determiner ("the phone maker", "a call centre"), and followed by whom is called or the
# number, or with a link right before the number.
_CALLING = frozenset("call phone telephone ring text dial contact".split())
_NOT_CALLING_AFTER = frozenset("the a an its their his her our my your this that 's".split())
_CALLED = frozenset("us me them him her you the a our".split())


def _phone_cue(tokens: list[Token], f: int) -> bool:
    """A country code ("+34") or a word of calling ("Call", "Tel.", "fax:") before the
    figure at ``f``: right before it, or with only a link between ("call on", "phone
    number:"). A number not shaped like a round count (some group after the first is not
    000: "912.345.678", "912.000.678") may also be called by a verb of calling up to three
    words before it ("Call the hotline 912.000.678"); a round count ("12.000.000") is not:
    "the phone maker sold 12.000.000 handsets" calls no number, and neither do "the phone
    maker sold 12.345.678 handsets" or "mobile subscribers reached 45.123.456". A verb of
    calling right before a figure that counts the noun after it calls no number: "will
    text 12.345.678 users" and "call 12.345.678 customers" message and ring that many
    people, and a number rung is followed by no noun it counts ("Call 912.345.678 for
    help", "Text 912.345.678 to vote"), or by when to call it: "Call 912.345.678 weekdays",
    "call 912.345.678 days before" (_time_word). A label or a link before it ("Phone:",
    "Tel.", "call us on") names a number whatever follows ("Phone: 912.345.678 Operators
    are standing by")."""
    if f >= 2 and tokens[f - 2].text == "+" and tokens[f - 1].kind == "num":
        return True
    if f >= 1 and tokens[f - 1].lower in _CALLING and _counts_after(tokens, f):
        return False
    k = f - 1
    while k >= 0 and f - k <= 3 and tokens[k].lower in _PHONE_LINKS:
        k -= 1
    if k >= 0 and tokens[k].lower in _PHONE_WORDS:
        return True
    if all(group == "000" for group in tokens[f].text.split(".")[1:]):
        return False  # a round count: only a word right before it calls it
    quotes = sum(t.text in QUOTE_MARKS for t in tokens[max(0, f - 5) : f])  # "Text 'YES' to"
    return any(_calls(tokens, k, f) for k in range(max(0, f - 3 - quotes), f))


def _counts_after(tokens: list[Token], f: int) -> bool:
    """Whether the figure at ``f`` counts the plural common noun after it ("12.345.678
    users"), not a word of when ("weekdays") nor a name ("Operators" opening a sentence
    the missing full stop ran on into); "toll-free" counts no tolls."""
    counted = noun_phrase(tokens, f + 1, digits_value(tokens[f].text))
    if counted is None:
        return False
    last = tokens[counted.last]
    return is_plural(last) and not _time_word(last) and tokens[f + 1].text[:1].islower()


def _time_word(tok: Token) -> bool:
    """A word of when, plural or not: 'days', 'weekdays', 'Mondays', 'Tues', 'evenings',
    'weekends'. After a number called it says when to call ("Call 912.345.678 weekdays",
    "call 912.345.678 days before the show"); it counts nothing."""
    low = singular(tok.lower)
    return any(low in s for s in (TIME_UNITS, WEEKDAYS, WEEKDAY_ABBREVIATIONS, TIMES_OF_DAY))


def _calls(tokens: list[Token], k: int, f: int) -> bool:
    """Whether the word at ``k`` is a verb of calling that calls the number at ``f``."""
    if tokens[k].lower not in _CALLING:
        return False
    if k > 0 and tokens[k - 1].lower in _NOT_CALLING_AFTER:
        return False  # "the phone maker", "a text message"
    after = tokens[k + 1]
    if k + 1 == f or after.lower in _CALLED:
        return True
    if tokens[f - 1].lower == "to":
        # a message texted to a number: only keywords in capitals between ("Text VOTE
        # to", "text YES to", "Text Y to"), or in quotes ("Text 'yes' to"), never a noun
        # the figure may be the level of ("grew phone subscribers to 45.123.456")
        between, inside = tokens[k + 1 : f - 1], False
        for t in between:
            if t.text in QUOTE_MARKS:
                inside = not inside
            elif not (t.kind == "word" and (inside or t.text.isupper())):
                return False
        return bool(between) and not inside
    return tokens[f - 1].lower in _PHONE_LINKS


def _score_side(tokens: list[Token], m: NumberMention) -> bool:
    """One side of a score or a record written with hyphens: "won 65-53 on Sunday", "the
    home side (10-5)", "45-7-2": whole numbers of one to three digits glued by hyphens, each
    no larger than the one before (a rising pair, "10-12 knots", is a range). Each side is
    a figure of its own: the winner's points and the loser's are two subjects, which the
    matcher tells apart by their side and owner."""
    if m.is_range or m.first != m.last:
        return False

    def side(k: int) -> bool:
        t = tokens[k] if 0 <= k < len(tokens) else None
        return t is not None and t.kind == "num" and t.text.isdecimal() and len(t.text) <= 3

    def hyphen(k: int) -> bool:  # tokens k and k+2 glued by a hyphen at k+1
        return (side(k) and side(k + 2) and tokens[k + 1].text == "-"
                and _glued(tokens, k, k + 1) and _glued(tokens, k + 1, k + 2))  # fmt: skip

    def falls(a: int, b: int) -> bool:
        return int(tokens[a].text) >= int(tokens[b].text)

    k = m.first
    before = hyphen(k - 2) and falls(k - 2, k)
    after = hyphen(k) and falls(k, k + 2)
    if not (before or after):
        return False
    if before and tokens[k - 2].text == tokens[k].text:
        return False  # a tie, "13-13": one figure, read once (the first side)
    # the whole run of sides: glued to no letter or other symbol at either end ("4-3s",
    # "F-16-2", "2024-25-3" are no scores)
    lo = k
    while hyphen(lo - 2):
        lo -= 2
    hi = k
    while hyphen(hi):
        hi += 2
    if lo > 0 and _glued(tokens, lo - 1, lo) and tokens[lo - 1].text not in ("(", "["):
        return False
    return not (hi + 1 < len(tokens) and _glued(tokens, hi, hi + 1)
                and tokens[hi + 1].text not in (",", ".", ")", ";", ":"))  # fmt: skip


def _year_like(tokens: list[Token], m: NumberMention) -> bool:
    if m.is_range:
        return year_at(tokens, m.first) and year_at(tokens, m.last)
    return m.plain_integer and not m.scaled and year_at(tokens, m.first)


def _year_before_noun(tokens: list[Token], m: NumberMention, phrase: NounPhrase) -> bool:
    """A year used as a modifier: 'the 2003 Iron Bowl', 'Keytruda's 2018 sales', '2018 MIT
    researchers', 'the February 2008 broadcast' (a month's year); while '2000 hires' and
    '1500 customers' are counts."""
    if not _year_like(tokens, m):
        return False
    if m.is_range:
        return True
    prev = tokens[m.first - 1].lower if m.first > 0 else ""
    first_word = tokens[phrase.first]
    return (
        prev in ("the", "a", "an", "its", "their", "his", "her", "our", "in", "of", "for", "'s")
        or _month_s_year(tokens, m.first)
        or (m.last + 1 < len(tokens) and tokens[m.last + 1].kind == "num")  # "By 2020 10-year-old"
        or (prev.endswith("s") and m.first > 0 and tokens[m.first - 1].text[:1].isupper())
        or first_word.text[:1].isupper()
        or m.first == 0
    )


# Words before a month that make it a time of its own ('Last March', 'each May'): what
# follows the month is no year of it ('Last March 2000 jobs went' counts jobs). Not
# 'early', 'late', 'mid': they place a time within the month of a year ('In mid-March
# 2020 schools closed', 'Early March 2020 cases rose').
_MONTH_TIME_WORDS = frozenset("last next this each every".split())


def _month_s_year(tokens: list[Token], f: int) -> bool:
    """A figure at ``f`` that a month makes a year, when it is a plausible year (four
    digits, 1900-2100): after a day with the month ('May 5, 2008', '5 May 2008'; not 'On
    March 3 1500 people marched'), or right after the month with no comma ('the February
    2008 broadcast', 'Since May 2008 sales have doubled', 'In May 2008 40 people died',
    'In mid-March 2020 schools closed'); not a figure no year could be ('Since March 1500
    people have died'), nor one after a month that a time word makes a time of its own
    ('Last March 2000 jobs went', 'Each March 1500 birds arrive'), nor one after a comma
    ('In April, 2000 workers')."""

    def month(k: int) -> bool:
        return k >= 0 and tokens[k].lower.rstrip(".") in MONTHS

    def day(k: int) -> bool:
        t = tokens[k] if k >= 0 else None
        return t is not None and t.kind == "num" and t.text.isdecimal() and 1 <= int(t.text) <= 31

    t = tokens[f]
    plausible = year_at(tokens, f) and int(t.text) >= 1900
    if not plausible:
        return False
    p = f - 1
    comma = p >= 0 and tokens[p].text == ","
    if comma:
        p -= 1
    if day(p) and month(p - 1):
        return True
    if not month(p):
        return False
    if p >= 1 and tokens[p - 1].lower in _MONTH_TIME_WORDS:
        return False
    return day(p - 1) or not comma


def _designated(tokens: list[Token], m: NumberMention) -> bool:
    """'Section 230 of the Communications Decency Act', 'Flight 370 passengers', 'Windows
    11 users', 'Apollo 11 astronauts': a capitalised designator (the lexicon's DESIGNATORS)
    right before a bare number names a thing even where a noun phrase follows, at the
    opening of a sentence too, where a name before a number is not told from an opening
    word otherwise. Only the lexicon's reference and name words: not a verb or gerund
    opening a sentence ('Building 300 homes will cost $5 million', 'Order 300 copies
    now': counts), nor a rank ('No. 5 seed Indiana State'), nor a count of designated
    things ('Three sections of the law'), nor a lower-case word ('rule 10 people')."""
    if not m.plain_integer or m.first < 1:
        return False
    prev = tokens[m.first - 1]
    low = prev.lower.rstrip(".")
    return prev.kind == "word" and prev.text[:1].isupper() and low in DESIGNATORS


def _ratio(tokens: list[Token], m: NumberMention) -> tuple[float, int] | None:
    """A ratio written in words, 'N out of M' (RATIO_LINKS: 'one out of three Germans', 'one
    out of every four'), as the share it gives (33.3, 25 percent) and its
    last token: a share of the whole, not a count of it. Whole numbers only, the first
    smaller than the second; not a time or a unit after the second ('scored 2 in 10
    minutes'), nor 'a' ('a in 5' is no figure). Only the idiom's whole, up to ten or a
    hundred ('nine out of 10 doctors', 'one out of five residents'): after any other the
    whole is a count of its own, which another report may give differently ('300 out of
    2,000 workers were laid off', 'Only 12 out of 239 passengers survived': 2,000 workers,
    239 passengers)."""
    if m.is_range or m.vague or m.scaled or m.first != m.last or m.value < 1:
        return None
    if m.value != int(m.value) or tokens[m.first].lower in QUALIFIER_GAP:
        return None
    n = len(tokens)
    for link in RATIO_LINKS:
        k = m.last + 1
        if tuple(t.lower for t in tokens[k : k + len(link)]) != link:
            continue
        k += len(link)
        found = find_numbers(tokens[k : k + 4], set())
        if not found or found[0].first != 0:
            return None
        whole = found[0]
        if whole.is_range or whole.vague or whole.value != int(whole.value):
            return None
        if whole.value <= m.value or (whole.plain_integer and year_at(tokens, k)):
            return None  # "3 out of 2", "42 out of 1995"
        if whole.value > 10 and whole.value != 100 and "every" not in link:
            # "12 out of 239 passengers": a count of the passengers ("one out of every 20
            # Americans" is a share whatever the whole: "every" says so)
            return None
        last = k + whole.last
        nxt = tokens[last + 1] if last + 1 < n else None
        if (
            nxt is not None
            and nxt.kind == "word"
            and (nxt.lower in TIME_UNITS or unit_for_word(nxt.text) is not None)
        ):
            return None
        return 100 * m.value / whole.value, last
    return None


def _named_model(tokens: list[Token], m: NumberMention) -> bool:
    """'Model 3 sedans', 'iPhone 11 cameras': a capitalised name right before a bare number."""
    if not m.plain_integer or m.first < 1:
        return False
    return _name_before(tokens, m.first - 1)


def _name_before(tokens: list[Token], k: int) -> bool:
    """Token k is a name (not a capitalised sentence opener or function word)."""
    prev = tokens[k]
    if prev.kind != "word" or not any(c.isupper() for c in prev.text):
        return False
    low = prev.lower.rstrip(".")
    if low in MONTHS or low in FUNCTION_WORDS:
        return False
    if low in WEEKDAYS and not (_four_digits(tokens, k + 1) and _day_names_digits(tokens, k)):
        return False  # a day names no number ("On Sunday 14 people died", "On Monday 2000
        # people marched"), but a named day its year ("Cyber Monday 2024 orders")
    opener = all(t.kind in ("punct", "sym") for t in tokens[:k])
    return not opener


def _day_names_digits(tokens: list[Token], k: int) -> bool:
    """Whether the four digits after the weekday at ``k`` are no count: the weekday is part
    of a name ("Cyber Monday 2024 orders", "Black Friday 2023 sales"), the digits a time
    ("Monday 0900") or a year that is no count of people or of a unit ("On Thursday 2025
    figures showed"; not "On Monday 2000 people marched", "Early Tuesday 1500 troops")."""
    digits = tokens[k + 1].text
    if digits.startswith("0"):
        return True
    prev = tokens[k - 1] if k > 0 else None
    if (
        prev is not None
        and prev.kind == "word"
        and prev.text[:1].isupper()
        and prev.lower not in _BEFORE_A_DAY
        and any(t.kind == "word" for t in tokens[: k - 1])
    ):
        return True  # a name's day (not a sentence's first word: "Late Monday 3000 homes")
    if 1900 <= int(digits) <= 2099:
        return not _people_or_unit(tokens, k + 2)
    return False


# words before a weekday that make it a time, not a name's ("Last Friday 2000 people")
_BEFORE_A_DAY = FUNCTION_WORDS | TIME_FRAME_BEFORE | {"until"}


def _people_or_unit(tokens: list[Token], k: int) -> bool:
    """Whether the word at ``k`` counts people or is a unit ("2000 people", "1500 troops",
    "12 kilometres")."""
    if k >= len(tokens) or tokens[k].kind != "word" or not tokens[k].text.islower():
        return False
    low = tokens[k].lower
    return (
        low in _PLURALS_AFTER_A_DAY
        or singular(low) in _PEOPLE_NOUNS
        or unit_for_word(tokens[k].text) is not None
    )


def _four_digits(tokens: list[Token], k: int) -> bool:
    """Whether the token at ``k`` is four digits (a year's)."""
    return k < len(tokens) and len(tokens[k].text) == 4 and tokens[k].text.isdecimal()


def _date_like(tokens: list[Token], m: NumberMention) -> bool:
    """'March 6', '6 March', 'Jan. 5', 'on the 5th of May', 'Thursday 6' (not before a word
    it may count: "On Sunday 14 people died", "late on Monday 12 kilometres off the
    coast")."""
    ends = (m.first, m.last) if m.is_range else (m.first,)
    if not all(tokens[i].text.isdecimal() and 0 < int(tokens[i].text) <= 31 for i in ends):
        return False
    f, la = m.first, m.last
    p = f - 1
    if p > 0 and tokens[p].text == ".":
        p -= 1  # "Oct. 31" when the tokenizer split the full stop
    prev = tokens[p].lower.rstrip(".") if p >= 0 else ""
    nxt = tokens[la + 1].lower.rstrip(".") if la + 1 < len(tokens) else ""
    nxt2 = tokens[la + 2].lower.rstrip(".") if la + 2 < len(tokens) else ""
    return (
        prev in MONTHS
        or nxt in MONTHS
        or (nxt == "of" and nxt2 in MONTHS)
        or (prev in WEEKDAYS and not _counted_next(tokens, la + 1))
    )


# plurals not in -s a figure after a weekday may count ("On Sunday 14 people died")
_PLURALS_AFTER_A_DAY = PLURAL_PEOPLE | {"cattle"}


def _counted_next(tokens: list[Token], k: int) -> bool:
    """Whether the word at ``k``, after a weekday and a figure, is one the figure counts: a
    plural or a unit in lower case ("Sunday 14 people", "Monday 12 kilometres") that the
    clause goes on from as a subject or a measure does: an auxiliary, a verb in the past,
    "of", a stop, "and" or "or" before another figure, or for a unit a preposition or a
    point of the compass ("14 protesters were held", "14 people died", "30 pupils and 4
    teachers", "12 kilometres off the coast", "30 km south"); after "more" and its kin
    ("5 more bodies") and for "per cent" too. Not a verb in -s ("Friday 13 affects 300
    schools", "Sunday 14 starts at noon", "Sunday 14 pounds the coast") nor capitals ("ON
    SUNDAY 14 PEOPLE DIED", read as elsewhere): a date."""
    if k + 1 < len(tokens) and tokens[k].lower in NARROWING_BEFORE:
        k += 1  # "On Sunday 5 more bodies were found"
    if k + 1 >= len(tokens) or tokens[k].kind != "word" or not tokens[k].text.islower():
        return False
    if tokens[k].lower == "per" and tokens[k + 1].lower == "cent":
        k += 1  # "On Monday 20 per cent of flights"
        if k + 1 >= len(tokens):
            return False
    low = tokens[k].lower
    unit = unit_for_word(tokens[k].text) is not None or low == "cent"
    plural = (
        low in _PLURALS_AFTER_A_DAY
        or (
            low.endswith("s")
            and not low.endswith(("ss", "wards"))  # "from Wednesday 5 onwards"
            and low not in FUNCTION_WORDS
            and low[:-1] not in NUMBER_WORDS  # "On Saturday 14 thousands of people marched"
            and low not in VAGUE_PLURALS
        )
    )
    if not (unit or plural):
        return False
    after = tokens[k + 1]
    if after.kind == "punct":
        return after.text in (".", ",", ";")  # (not a table's "Saturday 21 races: 4 wins")
    then = after.lower
    return (
        then in AUXILIARIES
        or then == "of"
        or (unit and (then in PREPOSITIONS or then in _COMPASS))  # "30 km south of"
        or (
            then in ("and", "or")  # a list of counts: "30 pupils and 4 teachers"
            and k + 2 < len(tokens)
            and is_figure(tokens[k + 2])
        )
        or (then.endswith("ed") and len(then) > 3)
        or IRREGULAR.get(then, then) != then  # "fled", "took"
    )


def _identifier(tokens: list[Token], m: NumberMention) -> bool:
    """'Article 5', 'Flight 370', 'Route 66', 'No. 4', 'Apollo 11', 'ATR 72-600': a name,
    not an amount."""
    if m.first > 0 and _model_numbers(tokens, m):
        return True
    if not m.plain_integer or m.first == 0:
        return False
    prev = tokens[m.first - 1]
    if names_a_number(prev):
        return True
    if _name_before(tokens, m.first - 1):
        # a capitalised word mid-sentence right before a bare number; but a level's owner
        # in a pair of levels ("rose 10 from Monday's 30 to 40") names no model
        return not owned_level(tokens, m)
    nxt = tokens[m.last + 1] if m.last + 1 < len(tokens) else None
    # "Boeing's 787 Dreamliner", "9 E 71st St"
    return (
        nxt is not None
        and nxt.kind == "word"
        and nxt.text[:1].isupper()
        and nxt.lower not in MONTHS
    )


def _model_numbers(tokens: list[Token], m: NumberMention) -> bool:
    """Two whole numbers glued by a hyphen or a dash, the second a larger whole hundred,
    right after a name mid-sentence: an aircraft's model and its series ("the ATR
    72-600", "a Boeing 737-800", "an Airbus A330-300" has letters of its own), not a range
    of figures ("ages 18-25", "from 2010-2012" have no name before them) nor a score or a
    poll's tally after a name ("Denver 88-104", "Trump 44-47", "Weeks 14-16")."""
    span = tokens[m.first : m.last + 1]
    if not m.is_range or m.in_words or len(span) != 3 or span[1].text not in DASHES:
        return False
    if not (span[0].text.isdigit() and span[2].text.isdigit()):
        return False
    left, series = int(span[0].text), int(span[2].text)
    return (
        _glued(tokens, m.first, m.first + 1)
        and _glued(tokens, m.first + 1, m.first + 2)
        and left < series
        and series % 100 == 0
        and _name_before(tokens, m.first - 1)
    )


def _address(tokens: list[Token], m: NumberMention) -> bool:
    """'10 Downing Street', '49 Zorro Ranch Road'."""
    for k in range(m.last + 1, min(len(tokens), m.last + 5)):
        tok = tokens[k]
        if tok.kind != "word" or not tok.text[:1].isupper():
            return False
        if k > m.last + 1 and tok.lower.rstrip(".") in STREET_SUFFIXES:
            return True
    return False


def _standalone_ok(tokens: list[Token], m: NumberMention, a_level: bool) -> bool:
    """A figure with no unit and no noun is still worth keeping when it is a level of
    something ('the toll rose to 34', 'the index closed at 16,369.03'); one in words
    under ten only as a level a change reached or left (``a_level``: _level_in_words)."""
    if _small_in_words(m):
        return a_level
    return not _address(tokens, m)


def _small_in_words(m: NumberMention) -> bool:
    """'one', or a whole figure in words under ten: too common to be a claim alone."""
    return m.bare_one or (m.in_words and m.value < 10 and not 0 < m.value < 1)


def _as_much_as_no_bound(tokens: list[Token], k: int, last: int) -> bool:
    """'as long as', 'as far as', 'as old as'... at ``k`` that bound no figure ending at
    ``last``: a comparison ("nearly as deep as 10 metres", "twice as fast as"), one with a
    time ("as long as 40 years ago", "back as far as 200 years", "as low as 10 years
    ago"), or for "as long as" and "as far as" a condition: opening its sentence or
    clause ("As long as 50 percent of voters approve, ..."), or a clause going on after
    the figure, a word that is no preposition, conjunction, determiner, adverb or word of
    a measure's time or place ("as long as two people remain", "as long as 12 months of
    payslips are shown"; not "stuck for as long as 20 hours overnight", "thrown as far as
    650 feet away")."""
    n = len(tokens)
    if not (k + 2 < n and tokens[k].lower == tokens[k + 2].lower == "as"
            and tokens[k + 1].lower not in ("many", "much", "high")):  # fmt: skip
        return False
    before = tokens[k - 1].lower if k > 0 else ""
    after = tokens[last + 1].lower if last + 1 < n else ""
    if before in _COMPARING or after in ("ago", "before", "earlier", "back"):
        return True
    if tokens[k + 1].lower not in ("long", "far"):
        return False
    if k == 0 or tokens[k - 1].text in (",", ";", ":"):
        return True  # "As long as 50 percent of voters approve, the measure passes"
    j = last + 1
    if j < n and tokens[j].lower == "of":  # "12 months of payslips are"
        j += 1
        while (
            j < min(n, last + 5)
            and tokens[j].kind == "word"
            and not (tokens[j].lower in AUXILIARIES or ctx.is_verb_like(tokens[j]))
        ):
            j += 1
    if j >= n or tokens[j].kind != "word":
        return False
    low = tokens[j].lower
    return not (low in PHRASE_BOUNDS or low in _AFTER_A_MEASURE or low.endswith(("ly", "ing")))


# what before "as ... as" makes it a comparison ("twice as fast as", "nearly as deep as")
_COMPARING = frozenset("twice half times nearly almost about just not so back".split())
# words after a measure that say where or when, not a verb ("650 feet away", "three
# hours last night", "20 hours overnight")
_AFTER_A_MEASURE = frozenset(
    "away overnight later last yesterday today tonight each apart off out ahead behind "
    "late early long high deep wide tall more".split()
)


# What a bare figure in words is when a change reached or left it (_level_in_words)
_LEVEL, _WAS = "level", "was"


def _level_in_words(tokens: list[Token], m: NumberMention) -> str | None:
    """A figure in words that a change reached or left, kept as one in digits is: _LEVEL
    after 'to' that a verb of change opens, right before it or before a 'from' a few words
    back ("the death toll rose to two", "rose from two on Monday to three"), a level
    reached; _WAS after 'from' that such a verb or 'up', 'down' opens, or after 'to N'
    that one does ("up from four", "rose from one to two", "risen to 11 from four"),
    kept only if _relate joins it to the level it was (_Draft.provisional); else None.
    Not a ratio's first figure ("up from one in five")."""
    k, after = m.first - 1, m.last + 1
    if k < 1 or tokens[k].lower not in ("to", "from"):
        return None
    if after + 1 < len(tokens) and (
        (tokens[after].lower in ("in", "out") and (
            is_figure(tokens[after + 1]) or tokens[after + 1].lower == "of"))
        or (tokens[after].lower == "to" and tokens[k].lower == "to"
            and is_figure(tokens[after + 1]))
        or (tokens[after].lower in ("under", "over") and tokens[after + 1].lower == "par")
    ):  # fmt: skip
        # "up from one in five", "odds cut to two to one" (not "from three to five"),
        # "slipped to two under par"
        return None
    if tokens[k].lower == "to":
        if change_verb_at(tokens, k) is not None:
            return _LEVEL
        for j in range(k - 1, max(0, k - 7), -1):  # "rose from two on Monday to three"
            if tokens[j].text in ",;:" or tokens[j].lower == "to":
                return None
            if tokens[j].lower == "from" and change_verb_at(tokens, j) is not None:
                return _LEVEL
        return None
    if tokens[k - 1].lower in ("up", "down") or change_verb_at(tokens, k) is not None:
        return _WAS
    if k > 2 and is_figure(tokens[k - 1]) and tokens[k - 2].lower == "to":
        return _WAS if change_verb_at(tokens, k - 2) is not None else None  # "to 11 from four"
    return None


_HARMED = HARM_VERBS | ARREST_VERBS  # killed, injured ... arrested


def _harm_object(tokens: list[Token], m: NumberMention) -> bool:
    """A figure right after a verb of harm or arrest, as its object, with no noun: "the
    bomb killed seven", "killing three and injuring several others", "killed one and
    injured 12 people" (the people harmed, a bare figure; in digits, "killed 7", it was one
    already: this lets a figure in words under ten, or "one", be one too). Not before "of"
    ("killed one of the gunmen": a part, see _claim)."""
    return (
        m.first > 0
        and tokens[m.first - 1].kind == "word"
        and ctx.lemma(tokens[m.first - 1].text) in _HARMED
        and not (m.last + 1 < len(tokens) and tokens[m.last + 1].lower == "of")
    )


# Words between a bare figure and its verb of harm ("three were later killed", "two have
# since died"): auxiliaries, but no modal ("five would have been killed had ...": what did
# not happen); and the verbs that say the figure's people died, who were not killed by
# anyone ("three died", "two perished"; as written: ``ctx.lemma`` reads "died" as "di")
# Its adverbs are not the lexicon's VERB_ADVERBS, on purpose: those stand between any
# figure and its verb (context.adverb_before_verb), and some of them say the harm did not
# happen ("two were almost killed", "three were never charged"); these four leave it said
# ("also", "later", "since", "reportedly"; the last two are no VERB_ADVERBS at all).
_BEFORE_HARM = (AUXILIARIES - MODALS) | frozenset(("also", "later", "since", "reportedly"))
_DIED = frozenset("die died dies dying perish perished perishes perishing".split())
# words before a figure that make it no count of the harmed: one person's ("the father of
# two was killed"), the others than it ("all but two were killed"), a part of others
# ("the other two"), a condition ("if five were killed")
_NOT_THE_HARMED = frozenset("of but other if unless".split())


def _harm_subject(tokens: list[Token], m: NumberMention) -> bool:
    """A figure in words under ten, as the subject of a verb of harm or arrest or of
    'died', with no noun: "three died", "five were killed and 12 wounded", "two were
    later arrested" (their people said before, or none: those harmed). In digits ("3
    died") it was one already; "one" stays out ("no one was hurt"), and so does a figure
    after _NOT_THE_HARMED or capitalised inside a sentence (a name: "the Jena Six")."""
    if not m.in_words or m.bare_one or m.is_range or not 1 < m.value < 10:
        return False
    before = m.first - 1
    if before > 0 and tokens[before].lower in PARTITIVE_WHOLE:
        before -= 1  # "none of the five were hurt"
    if before >= 0 and (
        tokens[before].lower in _NOT_THE_HARMED
        or (tokens[m.first].text[:1].isupper() and tokens[m.first - 1].kind == "word")
    ):
        return False
    k = m.last + 1
    while k < len(tokens) and k <= m.last + 3 and tokens[k].lower in _BEFORE_HARM:
        k += 1
    if k >= len(tokens) or tokens[k].kind != "word":
        return False
    return (
        ctx.lemma(tokens[k].text) in _HARMED or tokens[k].lower in _DIED or _to_hospital(tokens, k)
    )


# "hospitalised", "hospitalizing"; not "hospitality"
_HOSPITALISED = re.compile(r"hospitali[sz](?:e|ed|es|ing)$")
# nouns that "hospital" before them names a part or a body of ("hospital grounds", "the
# hospital board", "hospital drug thefts"): no stay in hospital
_HOSPITAL_COMPOUNDS = frozenset(
    """grounds car park board trust trusts staff ward wards mortuary morgue bed beds chief
    chiefs treatment drug drugs room rooms building buildings wing wings director
    directors management worker workers doctor doctors nurse nurses admission admissions
    visit visits record records bill bills bosses boss system systems""".split()
)


def _hospital_end(tokens: list[Token], k: int) -> int | None:
    """Where "to (a|the) (nearby|local) hospital(s)" after the verb at ``k`` ends, when
    a verb of taking (taken, rushed, flown, airlifted, admitted) takes those it counts
    there, for a stay; None otherwise ("taken to the station", "to the hospital car
    park", "admitted to the hospital board": _HOSPITAL_COMPOUNDS)."""
    if tokens[k].lower not in ("taken", "rushed", "flown", "airlifted", "admitted"):
        return None
    j = k + 1
    if j >= len(tokens) or tokens[j].lower != "to":
        return None
    j += 1
    if j < len(tokens) and tokens[j].lower in ("a", "the"):
        j += 1
    if j < len(tokens) and tokens[j].lower in ("nearby", "local"):
        j += 1
    if j >= len(tokens) or tokens[j].lower not in ("hospital", "hospitals"):
        return None
    after = tokens[j + 1] if j + 1 < len(tokens) else None
    if after is not None and after.lower in _HOSPITAL_COMPOUNDS:
        return None
    return j


def _to_hospital(tokens: list[Token], k: int) -> bool:
    """A verb at ``k`` that takes those it counts to hospital: "Seven were taken to
    hospital", "four were hospitalised", "three were rushed to a nearby hospital"."""
    return _hospital_words(tokens, k) is not None


def _hospital_words(tokens: list[Token], k: int) -> str | None:
    """The words that take those counted to hospital, from the verb at ``k``, lower case
    ("taken to hospital", "hospitalised"); None when the verb takes none there."""
    if _HOSPITALISED.match(tokens[k].lower):
        return tokens[k].lower
    end = _hospital_end(tokens, k)
    return None if end is None else " ".join(t.lower for t in tokens[k : end + 1])


def _one_named(tokens: list[Token], m: NumberMention) -> bool:
    """Digits right after 'a' or 'an' name one thing ('Two 747s and a 777 were parked'),
    never a count whose noun was said before: a count after an article is in words ('a
    dozen were hurt') or has a word between ('a further 300 were hurt')."""
    return m.plain_integer and m.first > 0 and tokens[m.first - 1].lower in ("a", "an")


def _elliptic(tokens: list[Token], last: int) -> bool:
    """The figure is followed by a verb or the end: its noun was said before. An adverb
    may stand before the verb ("with 30 still missing": ctx.adverb_before_verb)."""
    k = last + 1
    if ctx.adverb_before_verb(tokens, k, after_figure=True):
        k += 1
    if k >= len(tokens):
        return False
    low = tokens[k].lower
    return (
        low in AUXILIARIES
        or ctx.is_verb_like(tokens[k])
        or low in ("of", "who", "which", "whom")  # "95,800 who have been unemployed"
    )


# the forms of "exceed" before a figure that bound it (_exceeding), the figure's verb too
# ("the number of claims exceeded 300": a level, _NUMBER_LEVEL); "exceeding" is a
# qualifier of the lexicon ("exceeding 300 units"). "Surpassed" and "topped" say the same
# ("The death toll surpassed 1,000" was exactly 1,000, against "killed 1,012 people" a
# false contradiction); not "top" ("the top 10 teams") nor "passed" ("passed 40 yards")
_EXCEED = frozenset(
    ("exceed", "exceeds", "exceeded", "surpass", "surpasses", "surpassed", "tops", "topped")
)
# the words of an "exceed"'s own chain before it besides auxiliaries and modals
# ("expected to be able to exceed"), and what in its clause doubts the figure ("cannot",
# "unlikely", "nobody expects ... to"; "fail to" and "no longer" at the chain's head)
_EXCEED_CHAIN = AUXILIARIES | frozenset(
    "to expected expects expect likely allowed able forecast projected thought set due".split()
)
_DOUBT = frozenset(("cannot", "unlikely", "nobody", "rarely", "seldom", "hardly", "scarcely"))


def _exceeding(tokens: list[Token], start: int, verb: int, figure: int) -> str:
    """The qualifier "exceed" at ``verb`` gives its figure, whose last token is at
    ``figure``, in a clause from ``start``: "more_than" where the figure is what was gone
    past ("Deaths exceeded 300", "the bill could exceed $300 million", "waits exceeded 18
    weeks"); "exact" (the figure as written) where its clause denies it (ctx.negated:
    "did not exceed", "is not expected to exceed") or doubts it ("cannot exceed 4.5 times
    income", "unlikely to exceed $1bn", "failed to exceed 1%", "no longer expected to
    exceed": a ceiling, which no bound here says), for how often ("levels exceeded 35
    times") and in the passive ("the limit was exceeded 35 times", "safe levels were
    exceeded 12 days in a row")."""
    if ctx.negated(tokens, start, verb, None) or any(t.lower in _DOUBT for t in tokens[start:verb]):
        return "exact"  # "did not exceed", "Nobody expects turnout to exceed 60%"
    k = verb - 1
    while k > 0 and (tokens[k].lower in _EXCEED_CHAIN or tokens[k].lower.endswith("ly")):
        k -= 1  # "is unlikely to be able to exceed", "failed to exceed"
    failed = k >= 0 and ctx.lemma(tokens[k].lower) == "fail" and tokens[k + 1].lower == "to"
    no_longer = k > 0 and tokens[k].lower == "longer" and tokens[k - 1].lower == "no"
    often = figure + 1 < len(tokens) and tokens[figure + 1].lower in ("times", "time")
    if failed or no_longer or often or ctx.passive(tokens, verb):
        return "exact"  # (not "failures")
    return "more_than"


def _whole_of_none(tokens: list[Token], figure: int) -> bool:
    """The figure at ``figure`` is the whole of which none is said ("None of the 25 crew
    members were injured", "none of its 300 passengers", "Not one of the 40 samples"):
    stated, not denied (nouns.whole_figure reads the words between)."""
    for k in range(max(0, figure - 6), figure):
        low = tokens[k].lower
        none = low in ("none", "neither") or (
            low == "one" and k > 0 and tokens[k - 1].lower == "not"
        )
        if none and whole_figure(tokens, k + 1) == figure:
            return True
    return False


def _of_whom(tokens: list[Token], start_tok: int) -> bool:
    """The figure at ``start_tok`` follows "of whom" or "of which": a part of the count
    said before it, whatever follows ("fell ill, of whom three remain in intensive care":
    a verb in its base form, which no form tells)."""
    return (
        start_tok >= 2
        and tokens[start_tok - 2].lower == "of"
        and (tokens[start_tok - 1].lower in ("whom", "which"))
    )


def _size_of_a_body(tokens: list[Token], first: int) -> bool:
    """The figure at ``first`` is the size of a body of people it follows ("the ship's crew
    of 25", "a team of 40", "a crowd of 2,000"): its own count, no noun said before
    ("Fifteen people died ... A team of 40 was sent": no people; "Two dredgers ... a crew
    of 25": no dredgers). A group, a party or a gang may be made of those counted before
    ("freed 90 prisoners. A second group of 110": prisoners). (A body of the same people,
    "200 firefighters ... A team of 40", is left a bare figure: the victims' noun taken
    for a rescue team's made false tolls.)"""
    if first < 2 or tokens[first - 1].lower != "of":
        return False
    noun = singular(tokens[first - 2].lower)
    return (noun in PEOPLE_GROUPS or noun in MILITARY_UNITS) and noun not in GROUPS_OF_ANY


def _adds_up(unit: str) -> bool:
    """Whether a measure's unit is of an amount that adds up over time, so may take a rate
    said further on ("barrels of oil a day", "tonnes annually"): not a rate already, a
    temperature, a speed, a time or a level ("45C daily", "100 knots daily", "90 decibels
    daily")."""
    dimension = quantity.CONVERSIONS.get(unit, ("",))[0]
    return not (
        " per " in unit
        or unit.startswith("degree")
        or dimension in ("speed", "time", "torque", "pressure")
        or unit in _NO_FAR_RATE
    )


# levels, and rates by their name (power): no rate said further on (pressures neither:
# quantity.CONVERSIONS)
_NO_FAR_RATE = frozenset(
    "decibel hertz kilohertz megahertz gigahertz mach "
    "volt kilovolt ampere richter watt kilowatt megawatt gigawatt terawatt horsepower".split()
)


def _own_state(tokens: list[Token], last: int, ante: _Draft) -> bool:
    """A figure followed by a participle of its own where the noun said before is a state
    ("dead", "injured": nouns.NOMINAL_ADJECTIVES): "45 dead, 1.2 million stranded", "five
    dead and 30 hospitalised", "five dead, 30 still hospitalised", "five dead, and 30
    were hospitalised" count the stranded and the hospitalised, never the dead."""
    if ante.unit not in NOMINAL_ADJECTIVES:
        return False
    k = last + 1
    if ctx.adverb_before_verb(tokens, k, after_figure=True):
        k += 1  # "30 still hospitalised"
    while k < len(tokens) and tokens[k].lower in AUXILIARIES:
        k += 1  # "30 were hospitalised", "30 have been hospitalised"
    return (
        k < len(tokens)
        and tokens[k].lower.endswith(("ed", "en"))  # a participle ("when", "seven": none)
        and ctx.is_verb_like(tokens[k])
        and tokens[k].lower != ante.unit
    )


def _coordinated_figure(tokens: list[Token], start_tok: int) -> bool:
    """A bare figure in a list after one with a unit: 'and 187', 'including 1.5 million'."""
    k = start_tok - 1
    return k >= 0 and tokens[k].lower in ("and", "or", "including", "plus", "versus", "vs")


def _gapped_object(
    text: str, tokens: list[Token], start_tok: int, last: int, earlier: list[_Draft],
    pred: str | None,
) -> _Draft | None:  # fmt: skip
    """The counted figure whose noun a bare figure leaves out when both are objects of
    coordinated verbs that take one kind of object (SAME_OBJECT_VERBS): 'killing 10 people
    and injuring 80', 'killed 12 civilians, wounding another 40' (the noun said once, for
    both; 'fired 30 rockets, killing 2' kills no rockets). The bare figure ends its phrase
    right after its verb, and nothing but a comma or a conjunction lies between the
    counted figure and that verb."""
    k = start_tok - 1
    if k > 0 and tokens[k].lower in _GAP_FILLERS:
        k -= 1
    if k < 0 or not ctx.verb_before_figure(tokens, k):
        return None
    after = last + 1
    if (
        after < len(tokens)
        and tokens[after].kind == "word"
        and not (tokens[after].lower in PREPOSITIONS or tokens[after].lower in CONJUNCTIONS)
    ):
        return None  # "injuring 80 others": a noun of its own
    ante = earlier[-1]
    if ante.kind != "count" or ante.unit is None or ante.predicate is None or pred is None:
        return None
    if ante.unit.split()[-1] in PROJECTILES:
        return None  # "shot 10 rubber bullets, injuring 4"
    if ante.predicate != pred and not any(
        ante.predicate in verbs and pred in verbs for verbs in SAME_OBJECT_VERBS
    ):
        return None
    return ante if _GAP_JOIN.fullmatch(text[ante.end : tokens[k].start]) else None


_GAP_FILLERS = frozenset({"other", "another", "further"})
_GAP_JOIN = re.compile(
    r"\s*(?:[,—–]\s*(?:(?:and|while|but)\s+)?|\s*--\s*|-\s+|(?:and|while|but)\s+)", re.IGNORECASE
)


def _changed_to(
    text: str, tokens: list[Token], start_tok: int, earlier: list[_Draft]
) -> _Draft | None:
    """The change whose level a bare figure after 'to' gives, in the change's unit: 'rose
    64.06 points to 4,577.10', 'lost 162 points, or 2.1%, to 7,425', 'cut 1,200 jobs to
    9,000'. Only a change of a count or a measure, a few words before."""
    if start_tok == 0 or tokens[start_tok - 1].lower != "to":
        return None
    ante = next((d for d in reversed(earlier) if d.kind != "percent"), None)
    if ante is None or ante.change not in ("up", "down") or ante.unit is None:
        return None
    if ante.kind not in ("count", "measure"):
        return None
    # nothing between but the change as a percentage and a verb of arriving: not another
    # clause ("cut 300 jobs as profit fell 4% to 1,200")
    return ante if _TO_LEVEL.fullmatch(text[ante.end : tokens[start_tok - 1].start]) else None


_TO_LEVEL = re.compile(
    r"""\s*(?:,?\s*or\s+[\d.,]+\s*(?:%|per\s?cent|percent)\s*,?
           |\(\s*[\d.,]+\s*(?:%|per\s?cent|percent)\s*\),?)?
       \s*(?:to\s+(?:fall|drop|rise|climb|end|close|finish|settle|stand)\s+)?""",
    re.IGNORECASE | re.VERBOSE,
)


# A number of those counted whose level the figure after its verb gives ("the number of
# people evacuated rose to 5,100", "the number of confirmed cases stood at 41", "the total
# number of cancelled flights has now reached 560", "the queue of ships waiting had risen
# to 186", "the backlog of cases stood at 40,000"): the words before the figure, in its
# clause. Words of the clause only (_LEVEL_WORD): no conjunction ("the number of people
# killed rose to 41 and the number of injured hit 120": the 120 is the injured), relative
# ("the number of days on which temperatures topped 35") nor figure ("the number of
# people over 65 reached 12.4 million": over 65 narrows whom it counts). A verb of moving
# takes "to" ("rose to 31", not "rose 12 to 31": 12 is the rise), one of standing "at".
_LEVEL_WORD = (
    r"(?!(?:and|or|but|nor|while|whereas|although|though|which|whose|who|whom|that|where"
    r"|when|than|as|if)\b)[a-z][a-z'’.-]*"
)
# the auxiliaries and adverbs between a level's subject and its verb ("has now risen")
_LEVEL_AUXILIARIES = ("has", "have", "had")
_LEVEL_ADVERBS = ("now", "since", "already", "further")
_NUMBER_LEVEL = re.compile(
    rf"""\b(?:number|count|tally|queue|backlog)\s+of\s+(?P<of>{_LEVEL_WORD}(?:\s+{_LEVEL_WORD}){{0,7}}?)
        (?:\s+(?:from|in|after|on|at|among|since|during|across|following|because\s+of
              |due\s+to)(?:\s+{_LEVEL_WORD}){{1,10}}?)?
        \s+(?:(?:{"|".join(_LEVEL_AUXILIARIES)})\s+)?(?:(?:{"|".join(_LEVEL_ADVERBS)})\s+)?
        (?:(?:rose|risen|rises|climbed|climbs|jumped|jumps|increased|increases|grew|grown
             |soared|surged|fell|fallen|dropped|declined|went\s+up|gone\s+up
             |(?:been\s+|was\s+|is\s+)?revised(?:\s+(?:up|down)(?:ward)?)?)\s+to
           |(?:stood|stands|remained|remains)\s+at
           |reached|reaches|hit|hits|topped|tops|passed|exceeded|totals|totalled|totaled
           |is|was)
        \s+$""",
    re.IGNORECASE | re.VERBOSE,
)
# how far before a figure its number of those counted is read: the longest such words
LEVEL_REACH = 250


def _rate_after(tokens: list[Token], last: int, value: float) -> bool:
    """A rate's words after the figure ``value`` ending at tokens[last]: "a week", "per
    100,000", "each day", "1 in 3", "1 out of 5" (a larger number after "in": not "40 in
    2025", "40,000 in 3 counties")."""
    after = [t.lower for t in tokens[last + 1 : last + 4]]
    if after[:1] == ["per"] or per_unit(tokens, last) is not None:
        return True  # (not "41 a year ago": units.per_unit)
    k = last + 2
    if after[:1] == ["in"] and k < len(tokens) and tokens[k].kind == "num":
        return not year_at(tokens, k) and digits_value(tokens[k].text) > value
    return after[:2] == ["out", "of"]


# what a level of a number of those counted says they are: their noun, noun phrase and
# modifiers, and their verb, cut and as written (_number_level)
_Level = tuple[str, str, list[str], str | None, str | None]
# a verb that says how many of its subject there are ("households numbered 5.4 million",
# "the protesters number about 5,000", "casualties totalled 41"): the figure counts the
# plural, or the dead or hurt (NOMINAL_ADJECTIVES), right before it, in lower case (not
# "Protesters in Paris numbered 50,000"); not a tally's own word ("the figures total 12":
# of what, they do not say), nor a plural of amounts, whose figure is a sum its currency
# was given for earlier ("sales totalled 5.2 million")
_NUMBERS_VERBS = frozenset("number numbers numbered total totals totalled totaled".split())
_NO_COUNTED = frozenset(
    """figures numbers counts totals tallies tolls estimates this sales revenues assets
    losses costs earnings profits imports exports emissions deposits reserves debts
    proceeds receipts takings savings funds payments investments inflows outflows
    liabilities expenses bills damages prices rates levels temperatures yields shares
    stocks values readings scores ratings indexes indices averages wages salaries rents
    fares premiums margins odds speeds winds tides waters rivers volumes fees taxes
    tariffs bonuses subsidies contributions futures bonds gilts spreads holdings stakes
    hopes expectations forecasts floodwaters points highs lows gusts times incomes
    pensions benefits dividends returns gains delays lists queues balances deficits
    valuations""".split()
)


# verbs of moving whose subject's level the figure after "to" is ("cancellations had
# risen to 1,450", "arrests rose to 40")
_RISEN_TO = frozenset(
    """rise rises rose risen climb climbs climbed jump jumps jumped increase increases
    increased grow grows grew grown soar soars soared surge surges surged fall falls fell
    fallen drop drops dropped decline declines declined""".split()
)


def _from_level(tokens: list[Token], to: int) -> int:
    """The index of "from" when a level moved from stands before "to" at ``to`` ("rose
    from about 30 to 40", "from 1.5 million to"), else ``to``: where the verb's change
    (numbers.change_verb_at) ends."""
    j = to - 1
    while j > 0 and is_figure(tokens[j]):  # (its scale words too: NUMBER_WORDS)
        j -= 1
    if j == to - 1:
        return to
    hedge = ctx.qualifier_before(tokens, j + 1)
    j = hedge[1] - 1 if hedge else j
    return j if j > 0 and tokens[j].lower == "from" else to


_LEVEL_WORDS = frozenset((*_LEVEL_AUXILIARIES, *_LEVEL_ADVERBS))


def _object_of_preposition(tokens: list[Token], k: int) -> bool:
    """Whether the noun at ``k`` is a preposition's object: one stands before it, its
    modifiers and a determiner between (up to five words: "Sales of new homes", "Covid
    deaths in care homes", "Arrests made after the protests"), before punctuation or
    the clause's verb; not one that opens the sentence or a clause ("In London arrests
    rose to 40")."""
    for j in range(k - 1, max(-1, k - 7), -1):
        tok = tokens[j]
        if tok.lower in PREPOSITIONS:
            # not one that opens the sentence or a clause ("In London arrests rose")
            return j > 0 and tokens[j - 1].kind == "word"
        if tok.kind != "word" or ctx.is_verb_like(tok):
            return False
    return False


def _numbered(tokens: list[Token], start_tok: int, whole: bool) -> _Level | None:
    """What a bare figure counts after a verb of number (_NUMBERS_VERBS) whose subject is
    the plural right before it, with no verb of its own ("numbered" says how many, not
    what happened to them), or after a verb of moving and "to" ("short-notice
    cancellations had risen to 1,450": cancellations; "cases rose from 30 to 40"; only
    a ``whole`` figure), or None."""
    k = start_tok - 1
    if k >= 2 and tokens[k].lower == "to":
        if not whole:
            return None  # (a whole figure: "expectations climbed to 2.5" is a level)
        link = _from_level(tokens, k)
        size = change_size_start(tokens, link - 1)
        if size < link and tokens[size].lower != "by" and tokens[link - 1].kind == "num":
            return None  # a bare size ("Confirmed cases rose 12 to 80"): not read so far
        verb = change_verb_at(tokens, link)  # ("rose sharply to 40", "rose further to 31")
        if verb is None or verb < 1 or tokens[verb].lower not in _RISEN_TO:
            return None
        k = verb - 1  # the verb's subject, before its auxiliaries
        while k > 0 and tokens[k].lower in _LEVEL_WORDS:
            k -= 1
        if _object_of_preposition(tokens, k):
            return None  # "the cost of (home) repairs rose to 40": the cost's level
        start_tok = k + 2  # (read as "<subject> numbered <figure>")
    elif start_tok < 2 or tokens[start_tok - 1].lower not in _NUMBERS_VERBS:
        return None
    subject = tokens[start_tok - 2]
    low = subject.lower
    if subject.kind != "word" or (start_tok > 2 and not subject.text.islower()):
        return None  # a name ("Protesters in Paris numbered"), but "Households numbered"
    if low in _NO_COUNTED or low in FUNCTION_WORDS:
        return None
    if low in NOMINAL_ADJECTIVES:
        return low, low, [], None, None  # "the dead numbered 41"
    if not is_plural(subject):
        return None
    noun = singular(subject.text).lower()
    return noun, noun, [], None, None


def _number_level(
    text: str, tokens: list[Token], start_tok: int, last: int, value: float
) -> _Level | None:
    """What a bare figure counts when it is the level of a number of those counted
    (_NUMBER_LEVEL) or after a verb of number (_numbered): its noun, its noun phrase, its
    modifiers, and the verb of those counted, cut and as written ("the number of people
    killed rose to 60": kill, "killed"; "the number of residents relying on tankers":
    rely), or None. Not the figure's own verb: "rose" says how the number moved, not what
    happened to those counted ("people (risen)"). Not a rate ("the number of new cases was
    1,200 a week", "1 in 3": of another thing, per_unit)."""
    if _rate_after(tokens, last, value):
        return None
    at = tokens[start_tok].start
    m = _NUMBER_LEVEL.search(text, max(0, at - LEVEL_REACH), at)
    if m is None:
        return _numbered(tokens, start_tok, float(value).is_integer())
    k = bisect_left(tokens, m.start("of"), key=lambda t: t.start)
    found = k < len(tokens) and tokens[k].start == m.start("of")
    phrase = noun_phrase(tokens, k, 2.0) if found else None
    if phrase is None or tokens[phrase.last].end > m.end("of"):
        words = m.group("of").lower().split()
        if words[-1] in NOMINAL_ADJECTIVES:  # "the number of confirmed dead"
            return words[-1], " ".join(words), words[:-1], None, None
        return None
    mods = [x for x in phrase.modifiers if not x[0].isdigit()]
    after = phrase.last + 1
    said = None
    if after < len(tokens) and tokens[after].start < m.end("of") + 1 and (
        ctx.is_verb_like(tokens[after]) or tokens[after].lower in NOMINAL_ADJECTIVES
    ):  # fmt: skip
        said = tokens[after].lower  # "the number of people killed": kill
    noun = " ".join([*mods, phrase.compound])
    return phrase.compound, noun, mods, said and ctx.lemma(said), said


# where a length after a verb of falling or sinking says the place is ("sank about 40
# miles south of the port", "fell 300 km east of the base", "dropped 12 miles off the
# coast", "went down 50 miles offshore"): the distance, not how far something fell. A
# direction with "of"; "off" a coast or a named place, "offshore", "away from" a kilometre
# or more; not "off its peak", a rise or a level's fall ("sea levels rose 20 cm off the
# coast", "fell 20 cm off the coast": they moved)
_COMPASS = COMPASS_POINTS | {"north-east", "north-west", "south-east", "south-west"}
_SHORES = frozenset("coast coasts shore shores island islands port harbour harbor cape".split())


def _whereabouts(tokens: list[Token], past: int, unit: str | None, value: float) -> bool:
    """A length (``value`` ``unit``) followed, at ``past``, by where it is from a place: a
    direction "of" one, or "off" a coast or a named place, "away from", "offshore" at a
    kilometre or more ("sea levels fell 20 cm off the coast" is a fall)."""
    if past + 1 >= len(tokens) or not quantity.same_dimension(unit, "metre"):
        return False
    word, nxt = tokens[past].lower, tokens[past + 1]
    if word in _COMPASS:
        return nxt.lower == "of"
    if value * quantity.CONVERSIONS[unit or ""][1] < 1000:
        return False
    if word == "off":
        if nxt.lower == "the" and past + 2 < len(tokens):
            return tokens[past + 2].lower in _SHORES
        return nxt.kind == "word" and nxt.text[0].isupper()  # "off Lampedusa"
    if word == "away":
        return nxt.lower == "from"
    return word == "offshore"


def _antecedent(earlier: list[_Draft], previous: list[_Draft], pred: str | None) -> _Draft | None:
    """The count a figure without a noun counts: the nearest count with the same verb, else
    the nearest. Who is killed or hurt is a being: after such a verb, when that count names
    things, none ("battled two civil wars ... and some 2 million were killed" counts no
    wars). "died", "were injured" and "were wounded" are no verb of the figure yet
    (branch `readings`), so "... and 20 died" still takes the nearest count."""
    candidates = [d for d in reversed(earlier) if d.kind == "count" and d.unit] + [
        d for d in reversed(previous) if d.kind == "count" and d.unit
    ]
    if not candidates:
        return None
    choice = candidates[0]
    if pred:
        choice = next((d for d in candidates if d.predicate == pred), choice)
    if pred in _HURT and not _hurt_count(choice):
        return None  # (not a count of people further back: "3,000 soldiers. ... 20 homes")
    return choice


_HURT = HARM_VERBS | {"die"}


def _hurt_count(d: _Draft) -> bool:
    """Whether a figure without a noun after a verb of dying or harm may count what ``d``
    counts: ``d`` counts the hurt themselves, or people; never a projectile or a thing in
    -ment or -cident ('apartment', 'accident')."""
    last = (d.unit or "").split(" ")[-1]
    if d.kind != "count" or last in PROJECTILES or last.endswith(("ment", "cident")):
        return False  # "shot 30 rockets and 2 were killed": no rockets were killed
    return d.predicate in _HURT or _a_being(d.unit)


def _a_being(unit: str | None) -> bool:
    """Whether a count's noun may name people: a person's noun or a people's ('Americans',
    'Marines': a capital), 'people', one in -man, one made of a verb or a place ('miner',
    'protester', 'survivor', 'resident', 'civilian'), or one of MORE_PERSON_NOUNS."""
    unit = unit or ""
    last = unit.split(" ")[-1]
    return (
        unit[:1].isupper()
        or last in PERSON_NOUNS
        or last in PLURAL_PEOPLE
        or last in MORE_PERSON_NOUNS
        or last.endswith((*AGENT_ENDINGS, "man", "men", "ian", "ee"))
    )


_AGED = ("aged", "ages", "age")
_LIST_LINKS = ("to", "and", "or", ",", "-", "–", "—")
# figures of a list walked back over to find its 'aged' (each figure of a list walked
# back to its start made a line of 20,000 figures take minutes: quadratic)
_AGED_LIST = 12


def _aged(tokens: list[Token], m: NumberMention, unit: UnitInfo | None) -> bool:
    """The figure ``m`` follows 'aged' ('aged 34', 'aged between 6 and 18 months'), or is a
    later figure of a range or list that does ('5 years' in 'aged 6 months to 5 years', '3
    years' in 'aged 18 months and 3 years', '7' and '9' in 'aged 5, 7 and 9'). Carried only
    onto a figure that counts nothing: 'a woman aged 90 and 2 children' is an age and a
    count of children."""
    k = m.first - 1
    if k >= 0 and tokens[k].lower == "between":
        k -= 1
    if _aged_at(tokens, k):
        # "the ages of 12 victims" count victims, "an age of 24-hour news" describes news
        # (with a unit, "the age of 5 years", the figure counts no noun; an age in hours
        # or days so written is rarer than "an age of 24 hours news")
        return tokens[k].lower != "of" or not (
            hyphen_joins(tokens, m.last + 1)
            or (unit is None and _noun_after(tokens, m.last + 1))
            or (unit is not None and unit.unit not in ("year", "month", "week"))
        )
    if not _counts_nothing(tokens, m, unit):
        return False
    figures = 0
    while k >= 1 and tokens[k].lower in _LIST_LINKS and figures < _AGED_LIST:
        figures += 1
        if tokens[k].lower in ("and", "or") and tokens[k - 1].text == ",":
            k -= 1  # "aged 5, 7, and 9"
        j = k - 1  # back over the figure before the link, and its unit
        while (
            j >= 0
            and k - j <= 4
            and (tokens[j].kind in ("num", "sym") or tokens[j].lower in TIME_UNITS)
        ):
            j -= 1
        if j == k - 1 or not any(t.kind == "num" for t in tokens[j + 1 : k]):
            return False
        if j >= 0 and tokens[j].lower == "between":
            j -= 1
        if _aged_at(tokens, j):
            return True
        k = j  # an earlier figure of the list: "aged 5, 7 and 9"
    return False


def _noun_after(tokens: list[Token], k: int) -> bool:
    """Token ``k`` is a word in lower case that may be a noun the figure before it counts
    ('12 victims'), not a preposition, a conjunction, a verb or 'old' ('91 on Sunday', '91
    and', '91 was'), nor a name ('At the age of 10 Page began')."""
    if k >= len(tokens) or tokens[k].kind != "word" or not tokens[k].text[:1].islower():
        return False
    low = tokens[k].lower
    if low in PREPOSITIONS or low in CONJUNCTIONS or low in AUXILIARIES or low == "old":
        return False
    return not ctx.is_verb_like(tokens[k])


def _aged_at(tokens: list[Token], k: int) -> bool:
    """Token ``k`` says an age follows: 'aged', 'age 91', 'at the age of 91', 'the ages
    of 6 and 18'."""
    if k < 0:
        return False
    if tokens[k].lower in _AGED:
        return True
    return k >= 1 and tokens[k].lower == "of" and tokens[k - 1].lower in ("age", "ages")


def _counts_nothing(tokens: list[Token], m: NumberMention, unit: UnitInfo | None) -> bool:
    """Nothing counted after the figure: a unit of age ('3 years'), 'old', punctuation,
    the end, the next figure of a list, or a verb ('aged 5, 7 and 9 were rescued'), where
    'and 2 children', '3 others' count a noun."""
    if unit is not None:
        return unit.kind == "duration" and unit.unit in AGE_UNITS
    k = m.last + 1
    if k >= len(tokens):
        return True
    tok = tokens[k]
    if tok.kind == "punct" or tok.lower == "old":
        return True
    if tok.lower in _LIST_LINKS and k + 1 < len(tokens) and tokens[k + 1].kind == "num":
        return True
    return tok.lower in AUXILIARIES or ctx.is_verb_like(tok)


_MAX_AGE = 120  # years: an older "age" is something else ("aged 150", "150 years")


def _age(tokens: list[Token], m: NumberMention, unit: UnitInfo | None) -> UnitInfo | None:
    n = len(tokens)
    oldest = m.upper or m.value
    if unit is not None and unit.kind == "duration" and unit.unit in AGE_UNITS:
        k = unit.last + 1  # "50 years old", "18 month-old": the age in its own unit
        if k < n and tokens[k].lower == "old":
            return UnitInfo(unit.unit, "age", f"{unit.surface} old", k)
        if k + 1 < n and tokens[k].text == "-" and tokens[k + 1].lower == "old":
            return UnitInfo(unit.unit, "age", f"{unit.surface}-old", k + 1)  # "50 year-old"
        # "a boy aged 18 months": an age in months, not a time that passed; no older than
        # a bare "aged" allows ("aged 150 years" is no age, as "aged 150" is not)
        if oldest * AGE_UNITS[unit.unit] <= _MAX_AGE and _aged(tokens, m, unit):
            return UnitInfo(unit.unit, "age", unit.surface, unit.last)
        return None
    if unit is None and oldest <= _MAX_AGE and _aged(tokens, m, unit):
        return UnitInfo("year", "age", "", m.last)  # "aged 34", "aged 18 to 34"
    if unit is not None or not m.plain_integer or m.value > _MAX_AGE:
        return None
    shared = _age_unit_after_list(tokens, m)
    if shared is not None:
        return UnitInfo(shared, "age", "", m.last)  # "61 and 48 years old": both ages
    # "Nick Hague 44 has spent": a full name, then the age, then the verb ("Juror No. 12
    # said", "Flight 370 was": a name's number; "The FTSE 100 closed": a name after an
    # article, no person's)
    if (
        m.first >= 2
        and all(t.kind == "word" and t.text[:1].isupper() for t in tokens[m.first - 2 : m.first])
        and tokens[m.first - 2].lower not in DETERMINERS
        and not names_a_number(tokens[m.first - 1])
        and m.last + 1 < n
        and (tokens[m.last + 1].lower in AUXILIARIES or ctx.is_verb_like(tokens[m.last + 1]))
    ):
        return UnitInfo("year", "age", "", m.last)
    # "Katherine Gomes, 61, and ..." / "Hakim, both 51, died" / "The actress, 26, was"
    k = m.first - 1
    if k >= 0 and tokens[k].lower == "both":
        k -= 1
    if (
        k >= 1
        and tokens[k].text == ","
        and tokens[k - 1].kind == "word"
        and (tokens[k - 1].text[0].isupper() or tokens[k - 1].lower in PERSON_NOUNS)
        and m.last + 1 < n
        and (tokens[m.last + 1].text in (",", ")", ";") or _dash_then_words(tokens, m.last + 1))
    ):
        return UnitInfo("year", "age", "", m.last)
    return None


def _age_unit_after_list(tokens: list[Token], m: NumberMention) -> str | None:
    """The unit of the age a list of bare figures shares at its end: 'years' for 61 in
    '61 and 48 years old', for 5 and 7 in '5, 7 and 9 years old'; None when the list ends
    in no age ('61 and 48 years' is no age, '61 and 48 people' counts)."""
    n = len(tokens)
    if m.first >= 1 and (names_a_number(tokens[m.first - 1]) or _name_before(tokens, m.first - 1)):
        return None  # "Route 66 and 98 years old": a name's number
    k = m.last + 1
    figures = 0
    link = ""
    while figures < _AGED_LIST:
        j = k
        if j + 1 < n and tokens[j].text == "," and tokens[j + 1].lower in ("and", "or"):
            j += 1  # "5, 7, and 9"
        if not (
            j + 1 < n and tokens[j].lower in ("and", "or", "to", ",")
            and tokens[j + 1].kind == "num" and tokens[j + 1].text.isdecimal()
        ):  # fmt: skip
            break
        figures += 1
        link = tokens[j].lower
        k = j + 2
    if link not in ("and", "or", "to") or k + 1 >= n:
        return None  # a list ends in "and", "or" or "to" ("66, 98 years old" is none)
    unit = TIME_UNITS.get(tokens[k].lower)
    if unit in AGE_UNITS and unit != "hour" and tokens[k + 1].lower == "old":
        return unit
    return None


def _dash_then_words(tokens: list[Token], k: int) -> bool:
    """A dash at token ``k`` that closes the age of a full name, an article after it
    ('Robyn Mendes, 48-an ex-girlfriend', 'John Smith, 48 — a former teacher'); not a
    range ('Smith, 48-52'), a tally ('Biden, 48 - Trump, 45') or a one-word name ('Boston,
    110 - a franchise record')."""
    f = k - 3  # the name's last word, before the comma and the figure
    return (
        tokens[k].text in ("-", "–", "—")
        and k + 1 < len(tokens)
        and tokens[k + 1].lower in ("a", "an", "the")
        and f >= 1
        and all(t.kind == "word" and t.text[:1].isupper() for t in tokens[f - 1 : f + 1])
    )


def _measured_compound(text: str, tokens: list[Token], m: NumberMention) -> bool:
    """A measure, duration or age glued to the figure by a hyphen ('10-metre', 'one-year',
    '10-year-old'), which counts as its own claim inside another's noun phrase ('20
    10-metre poles', 'five 10-year-old boys'); a counted compound does not ('two million
    one-dollar coins')."""
    return _compound_measure(text, tokens, m) is not None


def _compound_measure(text: str, tokens: list[Token], m: NumberMention) -> UnitInfo | None:
    """The measure, duration or age a hyphen glues to the figure ('10-metre', 'one-year',
    '10-year-old'); None for none, or a count ('30-member')."""
    compound = _hyphen_compound(text, tokens, m)
    if isinstance(compound, UnitInfo) and compound.kind in ("measure", "duration", "age"):
        return compound
    return None


def _unit_and_a_half(
    tokens: list[Token], m: NumberMention, unit: UnitInfo | None
) -> tuple[NumberMention, int] | None:
    """'an hour and a half', 'a mile and a half', 'two hours and a half': the half after
    a measure's or a duration's unit is the figure's (1.5 hours, 2.5 hours; kept as
    Claim.half, so the figure is written to the half): (the figure, its last token). Not
    after a figure that has a half or a scale, or is no whole number; not after a count
    ('a page and a half' is read as before)."""
    if unit is None or unit.kind not in ("measure", "duration") or m.is_range or m.half:
        return None
    if m.scaled or m.value != int(m.value):
        return None
    j = unit.last + 1
    if not (j < len(tokens) and tokens[j].lower == "and" and and_a_half(tokens, j)):
        return None
    return replace(m, value=m.value + 0.5, half=0.5, bare_one=False), j + 2


def _suspended(text: str, tokens: list[Token], m: NumberMention) -> UnitInfo | None:
    """A figure whose hyphen waits for the compound after 'and' or 'or' takes its
    measure, duration or age: '13- and 15-inch' laptops are 13 inches and 15 inches,
    'two sisters, 8-and 10-year-old girls' are aged 8 and 10, 'a 5- or 6-hour wait' 5
    hours or 6 (the first was a count of 'and', or had no unit). A count is not carried
    ('two- and three-bedroom flats', 'four- or six-round bouts'), nor a range's bound
    ('8- to 12-week': read as before)."""
    la = m.last
    if not (
        la + 3 < len(tokens)
        and tokens[la + 1].text == "-"
        and _glued(tokens, la, la + 1)
        and tokens[la + 2].lower in ("and", "or")
        and (tokens[la + 3].kind == "num" or tokens[la + 3].lower in UNITS_WORDS
             or tokens[la + 3].lower in TENS_WORDS)
    ):  # fmt: skip
        return None
    return _compound_measure(text, tokens, replace(m, first=la + 3, last=la + 3))


def _hyphen_compound(text: str, tokens: list[Token], m: NumberMention) -> UnitInfo | str | None:
    """'34-year-old' (age), 'two-day' (duration), '6.1-magnitude', '170-millimeter'
    (measures), '30-member' (a count of members); no claim ('skip') for an adjective
    ('four-legged'), a figure hyphened to a preposition ('8-of-12') or a compound that is
    a noun itself ('two 18-wheelers', 'a three-pointer with')."""
    la = m.last
    n = len(tokens)
    if not (la + 2 < n and tokens[la + 1].text == "-" and _glued(tokens, la, la + 1)
            and _glued(tokens, la + 1, la + 2) and tokens[la + 2].kind == "word"):  # fmt: skip
        return None
    word = tokens[la + 2]
    low = word.lower
    rate = hyphened_rate(tokens, la)
    if rate is not None:  # '$80,000-a-year', '$3-per-gallon': a rate (per_unit), no count
        if low == "per" and tokens[rate].lower == "cent":  # '5-per-cent'
            surface = text[word.start : tokens[rate].end]
            return UnitInfo("percent", "percent", surface, rate)
        return None
    if low in TIME_UNITS:
        age = TIME_UNITS[low] in AGE_UNITS
        if age and la + 4 < n and tokens[la + 3].text == "-" and tokens[la + 4].lower in _OLD:
            # "3-month-old" is an age in months (a quarter of a year), never "3-year-old";
            # "two 10-year-olds" are aged 10 as "two 10-year-old boys" are
            surface = text[tokens[la + 1].start : tokens[la + 4].end]
            return UnitInfo(TIME_UNITS[low], "age", surface, la + 4)
        return UnitInfo(TIME_UNITS[low], "duration", word.text, la + 2)
    if (points := points_at(tokens, la + 2)) is not None:
        return points  # "a 50-basis-point cut", "a 10-percentage-point lead", "a 25-bp cut"
    if low == "magnitude" and _quake_figure(m, negative=False):
        return UnitInfo("magnitude", "measure", word.text, la + 2)  # "4.2-magnitude"
    if low == "magnitude" and quake_sentence(tokens, m.first, la + 2):
        return "skip"  # "an 11-magnitude quake" is unreadable
    if low in ("square", "cubic") and la + 3 < n and tokens[la + 3].kind == "word":
        unit = unit_for_word(f"{word.text} {tokens[la + 3].text}")
        if unit is not None:  # "1,500-square kilometer", "a 10-cubic-metre tank"
            return UnitInfo(unit, "measure", f"{word.text} {tokens[la + 3].text}", la + 3)
    measure = unit_for_word(word.text)
    if measure is not None:
        return UnitInfo(measure, "measure", word.text, la + 2)
    if low == "strong":
        return _members(text, tokens, la + 2)
    if (
        low.endswith(("ed", "ing", "ly"))
        or low in _NOT_COUNTED_COMPOUNDS
        or m.value != int(m.value)
        or (len(singular(low)) == 1 and low != "i")
    ):
        # "four-legged robots", "two-thirds", "3-point-something"; a lone letter (not the
        # word "I") is no noun counted but a name's ("Form 1040-ES"), nor a lone "a"
        return "skip"
    if low in ("a", "an", "the"):
        return None  # "Mendes, 48-an ex-girlfriend": a dash, the figure read on its own
    if low in PREPOSITIONS or low in CONJUNCTIONS:
        return "skip"  # "8-of-12 shooting", "a 2-to-1 margin": no noun counted
    end = figure_compound(tokens, la)
    if end is not None and (
        plural_compound(tokens, la) is not None or _clause_goes_on(tokens, end + 1)
    ):
        # the compound is a noun itself, its figure part of its name: "two 18-wheelers",
        # "five three-pointers", "hit a three-pointer with 10 seconds left" (not "a
        # 30-member delegation", which counts members)
        return "skip"
    # "a four-cylinder engine", "a 30-member delegation": a count of the noun
    return UnitInfo(singular(low), "count", word.text, la + 2)


def _members(text: str, tokens: list[Token], strong: int) -> UnitInfo | str:
    """The count of "a 3,000-strong force" (``strong``: where "strong" is): the troops of
    a military unit (lexicon.MILITARY_UNITS: "military personnel", as "3,500 troops"
    are), the members of a group of people ("a 5 600-strong crowd", "a 10,000-strong
    march": PEOPLE_GROUPS), police officers of a police force. The noun is the last of a
    run of those words within four, after modifiers ("a 3,000-strong African Union
    force", "armoured brigade", "the force's commander"), which a verb, a preposition, a
    stop or the end of the text ends ("force met the crowd", "force to Mali"). No claim
    for anything else ("a 30-strong fleet", "a 20-strong army convoy", "a 12-strong
    squadron of fighter jets", "the 27-strong bloc"), for a group "of" what ("a
    3,000-strong force of mercenaries"), nor without a noun ("the brigade, 4,000-strong,
    moved")."""
    found: tuple[int, str] | None = None
    for k in range(strong + 1, min(strong + 5, len(tokens))):
        tok = tokens[k]
        low = tok.lower.removesuffix("'s").removesuffix("’s")
        if tok.kind != "word" or low in PHRASE_BOUNDS:
            if found is not None and low == "of":
                return "skip"  # "a 12-strong detachment of engineers": of what
            break
        noun = singular(low)
        if noun in MILITARY_UNITS or noun in PEOPLE_GROUPS:
            found = (k, noun)
            if low != tok.lower:
                break  # a possessive ends the phrase
        elif found is not None:
            if not (ctx.is_verb_like(tok) or low in AUXILIARIES):
                return "skip"  # "a 20-strong army convoy": the convoy is counted
            break
    if found is None:
        return "skip"
    k, noun = found
    police = any(t.lower == "police" for t in tokens[strong + 1 : k])
    unit = "police officer" if police else "personnel" if noun in MILITARY_UNITS else "member"
    return UnitInfo(unit, "count", text[tokens[strong].start : tokens[k].end], k)


# the word that closes an age's compound: "10-year-old", "two 10-year-olds", and their
# possessives ("the 10-year-old's mother")
_OLD = ("old", "olds", "old's", "old’s", "olds'", "olds’")


def _clause_goes_on(tokens: list[Token], k: int) -> bool:
    """Whether what comes at ``k``, after a compound that opens with a figure, says the
    compound is a noun itself: the sentence ends ('kicked a 43-yarder.'), or it goes on
    with a preposition, an auxiliary or a relative ('hit a three-pointer with 10 seconds
    left', 'the 17-incher is', 'missed a 43-yarder that') or a verb in the past that
    ends its phrase ('an 18-wheeler crashed.', 'an 18-wheeler overturned on the road').
    Not a word that may be the noun the compound describes or an adjective of it ('a
    30-member delegation', 'a 12-member US delegation', 'a 12-member elected council', 'a
    2,000-job cut.', 'a 12-member all-party committee'), a comma or a conjunction between
    two compounds ('a 30-homer, 100-RBI season'), a bracket ('a two-million-euro
    ($2.6-million) booty', 'the (five-member) panel')."""
    n = len(tokens)
    if k >= n:
        return True
    tok = tokens[k]
    if tok.kind != "word":
        return tok.text in (".", "!", "?", ";", ":")
    if not tok.text[0].islower() or (k + 1 < n and tokens[k + 1].text == "-"):
        return False  # a name or an acronym ('US', 'IT', 'May'), a compound ('all-party')
    low = tok.lower
    if low in PREPOSITIONS or low in AUXILIARIES or low in ("that", "which", "who"):
        return True
    past = low.endswith("ed") and len(low) > 4
    after = tokens[k + 1] if k + 1 < n else None
    return past and (
        after is None or after.kind != "word" or after.lower in PREPOSITIONS
        or after.lower in DETERMINERS
    )  # fmt: skip


# the lemmas of death and of injury whose coordination makes a count of casualties
_DEATH = frozenset(ctx.lemma(w) for w in DEATH_WORDS)
_INJURY = frozenset(ctx.lemma(w) for w in INJURY_WORDS)
_JOIN = ("or", "and")
# before the other word of harm, what makes it no verb of the figure: a determiner ("the
# wounded and killed 12": a noun; not a relative, "a bombing that killed or wounded 30")
# or a passive's auxiliary ("39 were killed and wounded dozens": another count's verb)
_NOT_BEFORE_VERB = (DETERMINERS - RELATIVES) | ctx.BE
_HARM_LEMMAS = _DEATH | _INJURY
_PEOPLE_NOUNS = PERSON_NOUNS | MORE_PERSON_NOUNS


def _verb_at(tokens: list[Token], pred_index: int | None, phrase_last: int) -> int | None:
    """Where a figure's verb of harm may be: its verb; else a word of death or injury
    that ends its phrase ("45 dead and injured"); else the word after its phrase past
    auxiliaries and adverbs ("280 soldiers were wounded or killed": "wounded", which
    the extractor reads as no verb of its own, "the wounded" being a noun as often)."""
    if pred_index is not None:
        return pred_index
    if ctx.lemma(tokens[phrase_last].text) in _HARM_LEMMAS:
        return phrase_last
    k = _past_helpers(tokens, phrase_last + 1, 1)
    return k if k < len(tokens) else None


def _past_helpers(tokens: list[Token], k: int, step: int) -> int:
    """The first index from ``k`` on (by ``step``) that is no auxiliary nor adverb."""
    while 0 <= k < len(tokens) and (
        tokens[k].lower in AUXILIARIES or tokens[k].lower.endswith("ly")
    ):
        k += step
    return k


def _either_harm(tokens: list[Token], k: int | None) -> tuple[int, int] | None:
    """Where a word of death and one of injury joined by "or" / "and" ("and/or") are
    written, one of them the figure's verb at ``k`` ("killed or wounded 1,500 people",
    "260 soldiers were killed or wounded", "killed or seriously injured", "died or were
    hurt", "45 dead and injured"); None for either alone, and for a word of the other
    kind that is no verb but a noun's adjective or a noun ("were killed and wounded
    soldiers were evacuated", "tended the injured and killed 12")."""
    if k is None:
        return None
    mine = ctx.lemma(tokens[k].text)
    other = _INJURY if mine in _DEATH else _DEATH if mine in _INJURY else None
    if other is None:
        return None
    n = len(tokens)
    for step in (1, -1):  # the other word after the figure's, or before it
        j = k + step
        if not (0 <= j < n and tokens[j].lower in _JOIN):
            continue
        j += step
        if 0 <= j + step < n and tokens[j].text == "/" and tokens[j + step].lower in _JOIN:
            j += 2 * step  # "killed and/or wounded"
        if step > 0:
            j = _past_helpers(tokens, j, 1)  # "or seriously injured", "or were hurt"
        if not (0 <= j < n and ctx.lemma(tokens[j].text) in other):
            continue
        if step > 0 and (_noun_follows(tokens, j + 1) or _count_follows(tokens, j + 1)):
            continue  # "and wounded soldiers were evacuated", "and wounded dozens more"
        if step < 0 and j > 0 and tokens[j - 1].lower in _NOT_BEFORE_VERB:
            continue  # "the wounded and killed 12": a noun; "39 were killed and
            # wounded dozens": the other verb's own count
        return (k, j) if step > 0 else (j, k)
    return None


def _count_follows(tokens: list[Token], k: int) -> bool:
    """Whether a count stands at ``k``: a figure or a vague plural ("wounded dozens of
    others", "injured 12": the other verb's own object)."""
    if k >= len(tokens):
        return False
    return tokens[k].kind == "num" or tokens[k].lower in VAGUE_PLURALS


def _noun_follows(tokens: list[Token], k: int) -> bool:
    """Whether the word at ``k`` is a noun in the plural, or one for people, that the word
    before describes ("wounded soldiers", "injured civilians", "wounded men"): not a
    count's word ("dozens"), a determiner, a unit of time ("weeks ago") nor an adverb
    ("thus far", "afterwards"; nouns.is_plural)."""
    if k >= len(tokens) or tokens[k].kind != "word" or not tokens[k].text.islower():
        return False
    tok = tokens[k]
    low = tok.lower
    if low in VAGUE_PLURALS or low in DETERMINERS or singular(low) in TIME_UNITS:
        return False
    return is_plural(tok) or singular(low) in _PEOPLE_NOUNS


_NOT_COUNTED_COMPOUNDS = frozenset(
    "way time times fold odd plus star point something year-old old".split()
)
