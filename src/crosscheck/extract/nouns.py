"""What a figure counts: the noun phrase after it, split into a head and its modifiers.

"11,000 North Korean soldiers" -> head "soldier", modifiers ("North Korean",);
"11 transmission towers" -> compound "transmission tower"; "4,000 of the casualties" reads
across "of". Without a tagger (nothing may be downloaded), words are told apart by English
morphology and the lists in lexicon.py: a count above one counts a plural noun, so the
first plural noun after the figure ends the phrase.
"""

from __future__ import annotations

import functools
import itertools
import re
from dataclasses import dataclass

from crosscheck.extract.context import (
    adverb_before_verb,
    opens_qualified_figure,
    qualifier_after,
    qualifier_before,
    qualifier_hyphened,
    verb_before_figure,
)
from crosscheck.extract.inflection import inflect_engine
from crosscheck.extract.lexicon import (
    ADJECTIVE_SUFFIXES,
    AUXILIARIES,
    CHANGE_SIZE_UNITS,
    COMMON_ADJECTIVES,
    COMPASS_POINTS,
    CONJUNCTIONS,
    DETERMINERS,
    KEEP_PLURAL,
    LETTER_COMPOUNDS,
    LY_ADJECTIVES,
    MONTHS,
    NOT_PLURAL,
    NOUNS_LIKE_ADJECTIVES,
    NUMBER_WORDS,
    ORDINAL_WORDS,
    PEOPLE_END,
    PEOPLES_IN_US,
    PLURAL_ONLY,
    PREPOSITIONS,
    PRONOUNS,
    RELATIVES,
    TENS_WORDS,
    TIME_UNITS,
    TIMES_OF_DAY,
    UNITS_WORDS,
    WEEKDAYS,
    WHOLE_WORDS,
    words,
)
from crosscheck.extract.numbers import (
    Token,
    designation_plural,
    figure_compound,
    year_at,
)

MAX_PHRASE = 7
# Adjectives that stand for people when used alone after a figure: "ten dead", "50 injured".
NOMINAL_ADJECTIVES = words(
    """dead injured wounded missing killed hurt displaced homeless unemployed sick infected
    detained arrested evacuated survivors others more"""
)
# Words before a noun that point back rather than narrow: "20 such explosions".
ANAPHORIC = words("such same said aforementioned")


@dataclass(frozen=True, slots=True)
class NounPhrase:
    head: str  # singular, lower-cased unless a proper noun: "soldier", "North Korean"
    compound: str  # head with the nouns before it: "transmission tower"
    modifiers: tuple[str, ...]  # "additional", "North Korean", "170 millimeter"
    start: int  # offsets in the sentence of the phrase as written, first word to head
    end: int
    first: int  # token indices
    last: int


@functools.lru_cache(maxsize=4096)
def singular(word: str) -> str:
    """'casualties' -> 'casualty', 'Koreans' -> 'Korean'; unknown or singular words unchanged."""
    low = word.lower()
    if low in KEEP_PLURAL:
        return low if word.islower() else word
    if low in NOT_PLURAL:
        return word
    if designation_plural(word):
        return word[:-1]
    if possessive(word):
        # after a figure, "47 KO's" is a plural as "47 KOs" is; "200 McDonald's" a name
        return word[:-2] if word[:-2].isupper() and word[:-2].isalnum() else word
    result = inflect_engine().singular_noun(word)
    return word if result is False else str(result)


def possessive(word: str) -> bool:
    """'woman's', 'KO's' (with either apostrophe)."""
    return len(word) > 3 and word[-2:].lower() in ("'s", "\u2019s")


def _acronym(word: str) -> bool:
    """'FLDS', 'NHS': capitals that end in S, short; before a plural noun they name
    something ('five FLDS members' counts members), as an acronym's plural is written
    with a small s ('KOs')."""
    return 1 < len(word) <= 5 and word.isupper() and word.isalpha() and word.endswith("S")


def is_plural(tok: Token) -> bool:
    low = tok.lower
    if low in PLURAL_ONLY:
        return True
    if possessive(low) or designation_plural(tok.text):
        return True  # after a figure: "47 KO's", "200 McDonald's", "four Su-35Ss"
    if low in NOT_PLURAL or len(low) < 3 or not low.endswith("s") or low.endswith("ss"):
        return low.endswith(("men", "ren")) and low not in ("amen", "omen")
    if low.endswith(("ous", "ics", "us", "is")):
        if tok.text[-1] == "s" and tok.text[:-1].isupper() and tok.text[:-1].isalpha():
            return True  # an acronym's plural: "121 RBIs", "768 CPUs"
        return low.endswith("ics") and not tok.text[0].isupper()
    return singular(tok.text) != tok.text


def is_modifier_word(tok: Token, sentence_start: bool) -> bool:
    """An adjective-like word before a head noun (as opposed to part of a compound noun)."""
    text, low = tok.text, tok.lower
    if low in COMMON_ADJECTIVES or low in LY_ADJECTIVES or low == "such" or possessive(low):
        return True  # "the woman's children": whose, a modifier
    if (text[0].isupper() and not sentence_start) or text.isdigit():
        return True  # proper adjectives and names: "North Korean", "Tesla", "787"
    if low in NOUNS_LIKE_ADJECTIVES:
        return False
    if "-" in text:
        return True  # "self-propelled", "dog-shaped", "long-range"
    if low.endswith("ed") and len(low) > 4:
        return True
    if (
        low.endswith("est")
        and len(low) > 5
        and low not in ("interest", "forest", "protest", "request", "harvest", "contest")
    ):
        return True  # superlatives: "the best wireless speakers"
    if low.endswith("ing") and len(low) > 5:
        return False  # "housing", "shipping", "training": nouns in compounds
    return low.endswith(ADJECTIVE_SUFFIXES) and len(low) > 4


def _stop(tok: Token) -> bool:
    low = tok.lower
    return (
        tok.kind not in ("word",)
        or low in PREPOSITIONS
        or low in CONJUNCTIONS
        or low in RELATIVES
        or low in AUXILIARIES
        or (low in DETERMINERS and low not in ("such", "other"))  # "two other men"
        or low in PRONOUNS
        or (
            low.endswith("ly")
            and low not in ("family", "ally", "rally", "supply", "assembly", "italy")
            and low not in LY_ADJECTIVES  # "30 daily flights", "12 elderly residents"
        )
    )


def plural_compound(tokens: list[Token], k: int) -> int | None:
    """A compound that opens with a figure at ``k`` and ends in a plural noun, a noun
    itself ('18-wheelers', 'three-pointers', '10-year-olds'): the index of its last word;
    None for any other ('one-dollar', '30-member', a word the same in both numbers:
    '7-series', '3-species')."""
    end = figure_compound(tokens, k)
    if end is None:
        return None
    word = tokens[end].text
    return end if singular(word).lower() != word.lower() else None


def _spaced_designation(tokens: list[Token], k: int) -> bool:
    """Digits at ``k`` that go on a model's name just read, before the noun counted: "12 AK
    47 guns", "12 Boeing 747 jets", "2 M4 carbines" (the tokenizer parts M and 4), "two
    Model 3 sedans", "3 Boeing 737 Max planes", "50 A320neo jets": a capitalised word right
    before them (glued or spaced: any name, where numbers.designation_plural reads one word
    of capitals and digits), and after them a lower-case word, or one more capitalised word
    or a lower-case ending glued to them ("neo") and then a lower-case word. Not digits
    that count or measure what follows ("2 Olympic 100 metres titles", "40 Taliban 2 weeks
    ago"). Known limit: "3 Toyota 4 door sedans" reads a name "Toyota 4"."""
    if not (k > 0 and tokens[k].text.isdigit() and tokens[k - 1].text[:1].isupper()):
        return False
    n = len(tokens)
    after = k + 1
    if after < n and (tokens[after].lower in TIME_UNITS or _attributive_measure(tokens, k)):
        return False
    if after + 1 < n and tokens[after].kind == "word" and (
        tokens[after].text[0].isupper() or _glued_ending(tokens, after)
    ):  # fmt: skip
        after += 1  # "737 Max planes", "A320neo jets"
    return (
        after < n
        and tokens[after].kind == "word"
        and tokens[after].text.islower()
        and not _stop(tokens[after])
    )


def designation_after_figure(tokens: list[Token], k: int) -> bool:
    """Digits at ``k`` right after the figure counted, spaced, and before a capitalised
    word: a model's name the count counts ("44 737 MAX aircraft", "20 787 Dreamliners"),
    no second figure. Not a time's or a month's word after them ("in 2019 2 Days", "5 12
    December"), a people's ("3 400 Ukrainians": a thousands' space), a name's that is no
    model's (in capitals, "MAX", or a plural that ends the noun phrase, "Dreamliners":
    not "3 200 Samsung workers", nor "2 300 Hamas fighters", a name before a plural noun)
    nor a unit's ("3 100 Metres titles": a measure), not after "1" ("1 450 Homeless
    people": a thousands' space), nor in a line in Title Case ("About 2 500 People Were
    Evacuated": a capitalised word after the capitalised one; "Airline Flew 12 298
    Passengers": no word in lower case), where only capitals tell a name. Known limit:
    "44 737 jets" reads 44,737 jets, and "2 300 NATO troops" 2 NATO troops: nothing in
    the digits tells a model's name from a thousands' group (the tokenizer joins the
    groups where this says no name: numbers._plain_spaced)."""
    n = len(tokens)
    if not (
        0 < k < n - 1
        and tokens[k].text.isdigit()
        and len(tokens[k].text) >= 2
        and tokens[k - 1].kind == "num"
        and tokens[k].start > tokens[k - 1].end
        and tokens[k + 1].kind == "word"
        and tokens[k + 1].start > tokens[k].end
        and tokens[k + 1].text[:1].isupper()
        and tokens[k - 1].text != "1"
        and not (k + 2 < n and tokens[k + 2].kind == "word" and tokens[k + 2].text[:1].isupper())
        and tokens[k + 1].lower not in TIME_UNITS
        and tokens[k + 1].lower not in MONTHS
        and not PEOPLE_END.search(singular(tokens[k + 1].lower))
    ):
        return False
    name = tokens[k + 1].text
    if not name.isupper():
        if singular(name) == name or title_case(" ".join(t.text for t in tokens)):
            return False
        after = tokens[k + 2] if k + 2 < n else None
        if after is not None and after.kind == "word" and singular(after.text) != after.text:
            return False  # "2 300 Hamas fighters": the plural after is what is counted
    from crosscheck.extract.units import may_be_measure  # (units imports this module)

    return not may_be_measure(tokens, k)


# Lower-case words of five letters or more, prepositions aside, that a sentence in Title
# Case still has: one ("Quake Kills 10 in Southern Iran, Agency says"; "Protests against
# Austerity Turn Violent after Vote" writes its prepositions in lower case); a sentence
# naming four people in apposition ("Andrew Lopez, 20, was found guilty of slaying Zurana
# Horton, 34, and wounding ...") is mostly capitals too, but its verbs are in lower case.
TITLE_LOWER_WORDS = 1


def title_case(text: str) -> bool:
    """Whether a sentence is written in Title Case (a headline), where capitals say
    nothing of names (the matcher's names near a figure; a model's name after a count,
    designation_after_figure: "Airline Flew 12 298 Passengers", not "BA has 32 787
    Dreamliners")."""
    words = [w for w in re.findall(r"[^\W\d_]+", text) if len(w) > 3]
    capitals = sum(w[0].isupper() for w in words)
    lower = sum(1 for w in words if w[0].islower() and len(w) > 4 and w not in PREPOSITIONS)
    return len(words) >= 3 and capitals * 2 > len(words) and lower <= TITLE_LOWER_WORDS


def _glued_ending(tokens: list[Token], k: int) -> bool:
    """A lower-case word glued to the digits before it: a model name's ending ("A320neo")."""
    return (
        tokens[k].text.islower()
        and tokens[k - 1].kind == "num"
        and tokens[k - 1].end == tokens[k].start
    )


def noun_phrase(tokens: list[Token], j: int, count: float) -> NounPhrase | None:
    """The counted noun phrase starting at token j (right after the figure and its unit)."""
    n = len(tokens)
    k = j
    modifiers: list[str] = []
    # "4,000 of the soldiers", "two of the jets"; "three of the seven bullets", "eight
    # of their last 10 games": a part counts what its whole counts
    if k < n and tokens[k].lower == "of":
        of = k
        k += 1
        while k < n and tokens[k].lower in ("the", "these", "those", "its", "their", "his",
                                             "her", "our", "whom", "them"):  # fmt: skip
            if tokens[k].lower in ("whom", "them"):
                return None
            k += 1
        k = past_the_whole(tokens, of) or k
    words_idx: list[int] = []
    head: int | None = None
    while k < n and len(words_idx) < MAX_PHRASE:
        tok = tokens[k]
        if tok.text == "(":
            close = _closing(tokens, k)
            if close is None or close - k > 4:
                break
            modifiers.extend(t.text for t in tokens[k + 1 : close] if t.kind == "word")
            k = close + 1
            continue
        compound = figure_compound(tokens, k) if head is None else None
        if compound is not None and not words_idx and count != 1 and plural_compound(tokens, k):
            # "two 18-wheelers", "five three-pointers", "Five 10-year-olds": a compound in
            # the plural is the noun counted, its figure part of its name
            words_idx.extend(range(k, compound + 1, 2))
            head = compound
            break
        if compound is not None:  # "two million one-dollar coins", "three 10-dollar bills"
            modifiers.append("".join(t.text for t in tokens[k : compound + 1]))
            k = compound + 1
            continue
        if tok.kind == "num" and words_idx and words_idx[-1] == k - 1 and (
            _spaced_designation(tokens, k)
        ):  # fmt: skip
            words_idx.append(k)  # "12 AK 47 guns", "12 Boeing 747 jets", "2 M4 carbines"
            k += 1
            continue
        if tok.kind == "num" and not words_idx and designation_after_figure(tokens, k):
            words_idx.append(k)  # "44 737 MAX aircraft", "20 787 Dreamliners"
            k += 1
            continue
        if (tok.kind == "num" and not words_idx) or (tok.kind == "num" and head is None):
            measure = _attributive_measure(tokens, k)
            if measure is None:
                break
            modifiers.append(" ".join(t.text for t in tokens[k : measure + 1]))
            k = measure + 1
            continue
        if (
            tok.text == "-"
            and words_idx
            and k + 1 < n
            and _glued(tokens, k - 1, k, k + 1)
            and tokens[k + 1].lower not in ("the", "a", "an")  # a dash: "or less-the only"
        ):
            k += 2  # hyphenated word continues: merged below
            words_idx.append(k - 1)
            if is_plural(tokens[k - 1]) and count != 1:
                head = k - 1
                break
            continue
        if k == j and adverb_before_verb(tokens, k, after_figure=True):
            k += 1  # "with 30 still missing" reads as "with 30 missing": no count of 'still'
            continue
        if _designation_letter(tokens, k):
            words_idx.append(k)  # "five A320 jets": a letter of a model's name, no article
            k += 1
            continue
        if (
            _stop(tok)
            or tok.lower in UNITS_WORDS
            or tok.lower in TENS_WORDS
            or (tok.lower in ORDINAL_WORDS and not hyphen_goes_on(tokens, k))
        ):
            break
        if tok.lower.endswith("ed") and words_idx and head is None and _followed_by_stop(tokens, k):
            break  # "soldiers dispatched" handled by plural; "troops sent" likewise
        words_idx.append(k)
        if count != 1 and (is_plural(tok) or _people_of_a_name(tokens, k)):
            nxt = tokens[k + 1] if k + 1 < n else None
            if (
                nxt is not None
                and not _stop(nxt)
                and is_plural(nxt)
                and (tok.lower in PLURAL_ONLY or (_acronym(tok.text) and not nxt.text.isupper()))
            ):
                k += 1  # "police officers", "staff members", "FLDS members": a modifier
                continue
            if nxt is not None and possessive(tok.lower) and nxt.kind == "word" and not _stop(nxt):
                k += 1  # "two of the woman's children": whose, not what is counted
                continue
            head = k
            break
        k += 1
    if not words_idx:
        return None
    if head is None:
        if count == 1 and words_idx:
            head = _singular_head(tokens, words_idx)
        elif len(words_idx) == 1 and tokens[words_idx[0]].lower in NOMINAL_ADJECTIVES:
            head = words_idx[0]
        elif len(words_idx) >= 2 and not is_modifier_word(tokens[words_idx[0]], False):
            head = words_idx[0]  # "a 12 page document", "a 3 cylinder engine": N-noun compound
            head = _unit_of_words(tokens, words_idx) or head  # "a 40 basis point rise"
        if head is None:
            return None
    words_idx = [i for i in words_idx if i <= head]
    phrase = _build(tokens, words_idx, head, modifiers)
    return _coordinated(tokens, phrase, count)


def _unit_of_words(tokens: list[Token], words_idx: list[int]) -> int | None:
    """The last word of a unit of two words or more that opens ``words_idx`` ('basis
    point' of 'a 40 basis point rise', whose noun is the unit, not 'basis' alone, as
    that of '25 basis points' is), by the units a change's size is written in."""
    written = [tokens[i].lower for i in words_idx]
    for unit in CHANGE_SIZE_UNITS:
        if len(unit) >= 2 and tuple(written[: len(unit)]) == unit:
            return words_idx[len(unit) - 1]
    return None


def _qualifier_words(tokens: list[Token], k: int, count: float) -> tuple[str, int] | None:
    """A qualifier phrase at ``k`` after a counted noun (``qualifier_after``) that no
    longer noun phrase runs past: "or more" in "3,000 troops or more", not "or higher" in
    "120 universities or higher education colleges" (a second noun)."""
    qualifier = qualifier_after(tokens, k)
    if qualifier is None:
        return None
    alone = noun_phrase(tokens, k + 1, count)
    return qualifier if alone is None or alone.last <= qualifier[1] else None


def qualifier_after_noun(tokens: list[Token], k: int, count: float) -> tuple[str, int] | None:
    """The figure's qualifier right after its counted noun (at ``k``): an "or" phrase or
    "and up" that no noun phrase runs past ("3,000 troops or more", "firms with 50
    employees and up"); "and more" after a noun ends a list ("40 rifles, 12 grenades and
    more") and "plus" adds ("30 people plus their families"): none."""
    if k >= len(tokens) or not (
        tokens[k].lower == "or" or (k + 1 < len(tokens) and tokens[k + 1].lower == "up")
    ):
        return None
    return _qualifier_words(tokens, k, count)


def _coordinated(tokens: list[Token], phrase: NounPhrase, count: float) -> NounPhrase:
    """'220 howitzers and 240 mm rocket launchers': one figure counting both nouns, when the
    second noun phrase has no figure of its own and ends the clause."""
    k = phrase.last + 1
    n = len(tokens)
    if count == 1 or k + 1 >= n or tokens[k].lower not in ("and", "or"):
        return phrase
    if _qualifier_words(tokens, k, count) is not None:
        return phrase  # "3,000 troops or more", "12 grenades and more.": no second noun
    if opens_qualified_figure(tokens, k + 1):
        return phrase  # "26 wives and more than 100 children": a figure of its own
    if tokens[k + 1].kind == "num" and _attributive_measure(tokens, k + 1) is None:
        return phrase  # "4 bombs and 2 jets": two figures
    other = noun_phrase(tokens, k + 1, count)
    if other is None or other.first < k + 1 or other is phrase:
        return phrase
    after = other.last + 1
    if after < n and tokens[after].kind == "word" and tokens[after].lower not in PREPOSITIONS:
        return phrase  # "14 people and police said": the second noun is a subject
    if (
        other.first == other.last
        and after < n
        and tokens[after].text not in _CLAUSE_END
        and verb_before_figure(tokens, other.first)
    ):
        return phrase  # "injured 80 people and killed 10", "and wounded at least 20"
    return NounPhrase(
        head=phrase.head,
        compound=f"{phrase.compound} {tokens[k].lower} {other.compound}",
        modifiers=tuple(dict.fromkeys([*phrase.modifiers, *other.modifiers])),
        start=phrase.start,
        end=other.end,
        first=phrase.first,
        last=other.last,
    )


_CLAUSE_END = frozenset(".,;:!?)")


def _singular_head(tokens: list[Token], idx: list[int]) -> int | None:
    # "one person", "a single soldier": the last word before a stop, if not a modifier
    last = idx[-1]
    if is_modifier_word(tokens[last], False) and tokens[last].lower not in NOMINAL_ADJECTIVES:
        return None
    return last


DESCRIBED_WORDS = 4  # words read after a compound measure ("a 30-year prison sentence")
# Words after a compound measure that say where, how far or when, not what ("a 2-hour
# drive north", "won the 200-metre Saturday night", "the 100-metre last night"), or
# begin another phrase ("the 15-inch MacBook Pro as a gift").
_NOT_DESCRIBED = (
    COMPASS_POINTS
    | words("inland away ahead")
    | words("apart long wide high deep tall old also still just now then even")
    | words("yesterday today tonight tomorrow last next ago as")
    | TIMES_OF_DAY
    | WEEKDAYS
    | frozenset(MONTHS)
)


def described(tokens: list[Token], j: int) -> str | None:
    """What a compound measure before ``j`` describes, as the words after it say: 'a
    55-minute speech to' is a speech's, 'a 40-yard game-winning field goal' a
    game-winning field goal's, 'a two-day court hearing that' a court hearing's, 'the
    15-inch MacBook Pro costs' the MacBook Pro's. Read generously, since the matcher keeps
    apart only measures whose words share none (match.cluster): every word up to one that
    ends the phrase (a preposition, a determiner, a conjunction, punctuation, a figure, a
    unit, a word of where or when, a verb in -ed after a noun), at most DESCRIBED_WORDS,
    names as written, a word joined by hyphens as one, the last word singular when it is
    a plural. Without a tagger no single head is chosen: 'a speech arguing that' keeps
    'arguing' too. None when no word follows ('the 10-metre.', 'a 6-foot-tall man').
    Not noun_phrase: that reads what a figure counts, whose head agrees with the figure in
    number (the first plural after 'two' ends it); a compound measure's noun agrees with
    nothing ('a 12-hour police standoff', 'three 12-hour shifts'), so its words are all
    kept and compared as words (described_words)."""
    out: list[str] = []
    n = len(tokens)
    k = j
    while k < n and len(out) < DESCRIBED_WORDS:
        tok = tokens[k]
        low = tok.lower
        if _stop(tok) or low in UNITS_WORDS or low in TENS_WORDS or low in _NOT_DESCRIBED:
            break
        if "'" in low or "’" in low:
            break  # "the 15-inch model's screen": whose
        last = k
        while hyphen_goes_on(tokens, last):
            last += 2  # "game-winning", "closed-door", "cease-fire": one word
        word = "".join(t.text for t in tokens[k : last + 1])
        if out and last == k and low.endswith("ed") and len(low) > 4 and not low.endswith("eed"):
            break  # "a 30-year sentence imposed by" (not "a garden shed", "a video feed")
        out.append(word if any(ch.isupper() for ch in word) else word.lower())
        k = last + 1
    if not out:
        return None
    if out[-1].islower():
        out[-1] = singular(out[-1])
    return " ".join(out)


# Particles that go on a hyphened word ("stand-off", "sit-in", "face-to-face", "run-up").
_HYPHEN_PARTICLES = words("off in on out up down to by over")


def hyphen_goes_on(tokens: list[Token], k: int) -> bool:
    """Whether the word at ``k`` goes on with a hyphen and another word ('game-winning',
    'stand-off'; not a dash before a determiner: 'version-the cheapest')."""
    return (
        k + 2 < len(tokens)
        and tokens[k + 1].text == "-"
        and tokens[k + 2].kind == "word"
        and (not _stop(tokens[k + 2]) or tokens[k + 2].lower in _HYPHEN_PARTICLES)
        and _glued(tokens, k, k + 1, k + 2)
    )


@functools.lru_cache(maxsize=4096)
def described_words(measured: str) -> frozenset[str]:
    """The words of a reading of ``described`` that say what is measured, as the matcher
    compares them: lower-case words (names left out: 'MacBook Pro', 'Trump' say whose or
    which, not what), each singular and without hyphens ('12-hour shifts start' and 'a
    12-hour shift' share 'shift'; 'stand-off' is 'standoff'). Empty when only names are
    read ('the 1,000-mile Iditarod'): nothing is said of what is measured."""
    return frozenset(singular(w).replace("-", "") for w in measured.split() if w == w.lower())


def _closing(tokens: list[Token], k: int) -> int | None:
    for m in range(k + 1, min(len(tokens), k + 8)):
        if tokens[m].text == ")":
            return m
    return None


def _glued(tokens: list[Token], a: int, b: int, c: int) -> bool:
    return tokens[a].end == tokens[b].start and tokens[b].end == tokens[c].start


def whole_figure(tokens: list[Token], k: int) -> int | None:
    """At "of" or "out of" (``k``), the words that pick a whole (determiners, possessives,
    "remaining", "top", "total of") and its figure: where that figure is ("of the nearly
    235,000", "out of $1.5 billion", "of the seven bullets", "of the team's 20 points"),
    right after those words or after a qualifier or a currency sign; None when no figure
    is there, or a year or a day of a month is ("52 percent of the 2012 vote", "of the 11
    September hijackers")."""
    n = len(tokens)
    if k + 1 < n and tokens[k].lower == "out" and tokens[k + 1].lower == "of":
        k += 1
    if k >= n or tokens[k].lower != "of":
        return None
    j = k + 1
    while j < n and (
        picks_the_whole(tokens[j]) or (tokens[j].lower == "of" and tokens[j - 1].lower == "total")
    ):
        j += 1
    figure = next((f for f in range(j, min(n, j + 6))
                   if is_figure(tokens[f]) or tokens[f].lower == "dozen"),
                  None)  # fmt: skip
    if figure is None or year_at(tokens, figure):
        return None
    if figure + 1 < n and tokens[figure + 1].text[:1].isupper() and (
        tokens[figure + 1].lower.rstrip(".") in MONTHS
    ):  # fmt: skip
        return None  # "of the 11 September hijackers", not "of the 200 march organisers"
    if all(t.kind == "sym" for t in tokens[j:figure]):
        return figure  # "of the 235,000", "of the $1.5 billion"
    before = qualifier_before(tokens, figure)
    return figure if before is not None and before[1] == j else None  # "of the nearly 235,000"


def is_figure(tok: Token) -> bool:
    """A figure's token: digits, or a number in words ("300", "seven")."""
    return tok.kind == "num" or tok.lower in NUMBER_WORDS


def picks_the_whole(tok: Token) -> bool:
    """A word between "of" and a whole's figure: a determiner, a possessive ("the team's
    20 points"), a word that picks the whole ("remaining", "top")."""
    low = tok.lower
    return low in DETERMINERS or low in WHOLE_WORDS or low.endswith(("'s", "’s"))


def past_the_whole(tokens: list[Token], of: int) -> int | None:
    """After "of" at ``of``: where the noun starts past a whole's figure that counts it
    ("of the seven bullets", "of their last 10 games", "of the nearly 20 victims", "of
    the twenty-five men", "of the 12 Republicans", "of the 40-odd protesters", "of the 10
    days"), None when no such figure is there or it is no plain count of the words after
    it: a compound, a letter or unit glued to it, a unit that describes a noun after it
    ("of the 18-wheelers", "of the 100m finalists", "of the 1990s hits", "of the 100
    metres finalists": the old reading stands)."""
    from crosscheck.extract.units import unit_for_word  # units reads nouns: here, not above

    f = whole_figure(tokens, of)
    if f is None:
        return None
    n = len(tokens)
    j = f
    while j + 1 < n and (
        tokens[j + 1].lower in NUMBER_WORDS
        or (tokens[j + 1].text == "-" and j + 2 < n and tokens[j + 2].lower in NUMBER_WORDS)
    ):
        j += 1  # "twenty-five", "1.5 million"
    odd = qualifier_hyphened(tokens, j) or qualifier_after(tokens, j + 1)
    if odd is not None:
        j = odd[1]  # "of the 40-odd protesters", "of the 20 or so players"
    if j + 1 >= n:
        return None
    after = tokens[j + 1]
    if after.kind != "word" or after.start == tokens[j].end:
        return None  # "100m", "1990s", a hyphen
    described = j + 2 < n and tokens[j + 2].kind == "word" and tokens[j + 2].text.islower()
    if described and unit_for_word(after.text) and not _stop(tokens[j + 2]):
        return None  # "of the 100 metres finalists"
    return j + 1


def _people_of_a_name(tokens: list[Token], k: int) -> bool:
    """A capitalised word in -is that ends the noun phrase after a figure is the plural of
    a people's name: "12 Iraqis", "12 Somalis and 11 Yemenis", "800,000 Tutsis" (is_plural
    reads a word in -is as no plural: "crisis", and names, "Paris", "Davis"; "three Paris
    hotels" goes on to its noun); in -us only the peoples of PEOPLES_IN_US ("12 Hindus"):
    more brands and names end so ("40 Airbus and 20 Boeing jets", "12,000 Lexus"). Known
    limit: a name in -is there reads as a people ("passed to No. 3 Davis.")."""
    tok = tokens[k]
    return (
        tok.text[0].isupper()
        and not tok.text.isupper()
        and (tok.lower.endswith("is") or tok.lower in PEOPLES_IN_US)
        and len(tok.text) > 4
        and _followed_by_stop(tokens, k)
        and not _designation_letter(tokens, k + 1)  # "two Airbus A320 aircraft"
        and singular(tok.text) != tok.text
    )


def _designation_letter(tokens: list[Token], k: int) -> bool:
    """An "A" glued to the digits of a model's name ("five A320 jets"): a letter, no article."""
    return (
        k + 1 < len(tokens)
        and tokens[k].text == "A"
        and tokens[k + 1].start == tokens[k].end
        and _spaced_designation(tokens, k + 1)
    )


def _followed_by_stop(tokens: list[Token], k: int) -> bool:
    return k + 1 >= len(tokens) or _stop(tokens[k + 1])


def _attributive_measure(tokens: list[Token], k: int) -> int | None:
    """'170 millimeter' or '240 mm' inside a noun phrase: index of the unit token."""
    from crosscheck.extract.units import may_be_measure

    if k + 1 < len(tokens) and may_be_measure(tokens, k):
        after = k + 2
        if after < len(tokens) and tokens[after].kind == "word" and not _stop(tokens[after]):
            return k + 1
    return None


def _group_text(tokens: list[Token], group: list[int]) -> str:
    """A group's words as written: joined by their hyphens ("AK-47"), a space ("AK 47") or
    nothing ("M4")."""
    out = tokens[group[0]].text
    for a, b in itertools.pairwise(group):
        if b != a + 1:
            out += "-"  # the hyphen between them
        elif tokens[b].start > tokens[a].end:
            out += " "
        out += tokens[b].text
    return out


def _build(tokens: list[Token], idx: list[int], head: int, modifiers: list[str]) -> NounPhrase:
    # join hyphen-split words back (tokens a "-" b), and a name's digits to the name ("AK
    # 47", "M4": _spaced_designation), as written
    groups: list[list[int]] = []
    for i in idx:
        if (
            groups
            and tokens[i].start == tokens[groups[-1][-1]].end + 1
            and tokens[i - 1].text == "-"
        ) or (
            groups
            and groups[-1][-1] == i - 1
            and (_spaced_designation(tokens, i) or _glued_ending(tokens, i))
        ):
            groups[-1].append(i)
        else:
            groups.append([i])
    texts = [_group_text(tokens, g) for g in groups]
    head_text = texts[-1]
    before = groups[:-1]
    compound: list[str] = []
    mods: list[str] = list(modifiers)
    # nouns right before the head form a compound; the rest are modifiers
    split = len(before)
    while split > 0:
        g = before[split - 1]
        tok = tokens[g[0]] if len(g) == 1 else Token(texts[split - 1], 0, 0, "word")
        if is_modifier_word(tok, sentence_start=g[0] == 0):
            break
        split -= 1
    proper_run: list[str] = []
    for pos, g in enumerate(before[:split]):
        text = texts[pos]
        if text[0].isupper() and g[0] != 0:
            proper_run.append(text)
            continue
        if proper_run:
            mods.append(" ".join(proper_run))
            proper_run = []
        mods.append(text.lower() if not text.isupper() else text)
    if proper_run:
        mods.append(" ".join(proper_run))
    compound = [texts[p].lower() for p in range(split, len(before))]
    head_tok = tokens[head]
    # a hyphened head is singular as its last word is: "U-boats", "t-shirts", "stand-ins"
    # (not "passers-by"); a letter compound's capital is its spelling, no name ("U-boat",
    # "T-shirt" are "u-boat", "t-shirt")
    plural_end = groups[-1] == [head] or is_plural(head_tok)
    head_sing = singular(head_text) if plural_end else head_text
    letter = len(groups[-1]) > 1 and head_sing.lower() in LETTER_COMPOUNDS
    proper_head = head_text[0].isupper() and head != 0 and not letter
    # a model designation's plural ('777-300ERs', 'F/A-18s'): its capitals are its
    # spelling, as written
    designation = designation_plural(head_text)
    if not proper_head and not designation:
        head_sing = head_sing.lower()
    # a proper head ("North Koreans") takes the capitalised words before it
    if proper_head and mods and mods[-1][0].isupper() and not compound:
        head_sing = f"{mods.pop()} {head_sing}"
    return NounPhrase(
        head=head_sing,
        compound=" ".join([*compound, head_sing]),
        modifiers=tuple(dict.fromkeys(m for m in mods if m and m.lower() not in ANAPHORIC)),
        start=tokens[idx[0]].start,
        end=head_tok.end,
        first=idx[0],
        last=head,
    )
