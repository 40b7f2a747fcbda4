"""The words around a figure: qualifier, clause, predicate, hedging, negation, change.

All of it is clause-local: a hedge or a negation in another clause of the sentence
("..., although their agenda did not transpire") does not reach the figure.
"""

from __future__ import annotations

import re

from crosscheck.extract.lexicon import (
    AUXILIARIES,
    BASE_PARTICIPLES,
    CHANGE_MEASURE_NOUNS,
    CHANGE_NOUNS,
    CHANGE_NOUNS_UP,
    CHANGE_UP,
    CHANGE_VERBS,
    CONJUNCTIONS,
    DETERMINERS,
    HEDGES,
    IRREGULAR,
    MODALS,
    NARROWING_ADVERBS,
    NEGATIONS,
    NOT_PAST_ED,
    OBJECT_VERBS,
    PARTITIVE_WHOLE,
    PHRASAL_PARTICLE_VERBS,
    PREPOSITIONS,
    QUALIFIER_GAP,
    QUALIFIERS_AFTER,
    QUALIFIERS_BEFORE,
    RATE_CHANGE_VERBS,
    RELATIVES,
    SEVERITY_ADVERBS,
    SPEECH_LEMMAS,
    SPREAD_VERBS,
    STAYING_VERBS,
    VERB_ADVERBS,
    words,
)
from crosscheck.extract.numbers import Token, hyphen_joins

_QUAL_BEFORE = sorted(
    ((tuple(p.split()), q) for p, q in QUALIFIERS_BEFORE), key=lambda x: -len(x[0])
)
_QUAL_AFTER = sorted(((tuple(p.split()), q) for p, q in QUALIFIERS_AFTER), key=lambda x: -len(x[0]))
# The same glued to the figure by hyphens ("50-or-so", "50-odd", "40-plus"), and "some",
# which qualifies a figure only so ("20-some years"; "gave 20 some money" is none).
_QUAL_HYPHENED = sorted([*_QUAL_AFTER, (("some",), "approx")], key=lambda x: -len(x[0]))


# _QUAL_AFTER by first word (longest first): what follows a figure is asked at up to four
# places (right after it, after its unit, after its noun, after it read as a share), so
# each place looks only at the phrases its word can begin
def _by_first_word(
    phrases: list[tuple[tuple[str, ...], str]],
) -> dict[str, list[tuple[tuple[str, ...], str]]]:
    out: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for phrase, qual in phrases:  # in their order: longest first
        out.setdefault(phrase[0], []).append((phrase, qual))
    return out


_QUAL_AFTER_BY_FIRST = _by_first_word(_QUAL_AFTER)
CLAUSE_WORDS = words("although though whereas because unless while but however")
CLAUSE_AFTER_COMMA = words("and but while which who whereas although though as so yet")
# Transitive verbs whose object is the amount of a change even when it is a count.
CHANGE_TRANSITIVE = words(
    """cut cuts cutting shed sheds shedding slashed slash trimmed trim reduced reduce
    added adds adding lost lose loses losing axed eliminated eliminate"""
)
# verbs in -eed whose base form ends so ("exceed", "proceed"), not a past ("agreed")
_EED_VERBS = tuple("exceed proceed succeed feed bleed breed speed seed".split())  # (need: short)
_E_ENDINGS = re.compile(
    r"(?:[^aeiou]at|uat|iz|yz|eez|aus|ous|eas|uc|ac|ic|[^aeiou]g|ur|[^aeiou][aeiou]s|ut|[^aeio]in|ir|ar|[^o]or|ok|"
    r"[aiu]d|[^aeiou]il|um|v|[^aeiou]u|ais|[^aeiou]c|ag|ik|ap|[^aeiou]pl|bl|tl|dl|gl|kl|zl|"
    r"[aeiou]r[cg]|ng|[aeiou]ng|ys|rs|ns|ps|[^aeiou]rg)$"
)
_NO_VERB_FORMS = NOT_PAST_ED | words(
    """building buildings morning evening meeting meetings thing things ring king spring
    during ceiling wedding bedding pudding string sibling darling feeling nothing something
    anything everything need feed speed shed wed bled united limited related based armed
    injured wounded dead"""
)


def opens_qualified_figure(tokens: list[Token], start: int) -> bool:
    """Whether a qualifier that goes before a figure ("more than", "up to", "nearly")
    begins at token ``start``: after "and" or "or" it opens a figure or a comparison of its
    own ("and more than 100 children", "and more than a dozen civilians", "and more than
    doubled its sales", "and more than half of them"), never a second counted noun. Known
    limit: an adverb before a plain noun phrase is taken so too ("10 cars and almost new
    trucks" counts cars alone)."""
    return any(
        tuple(t.lower for t in tokens[start : start + len(phrase)]) == phrase
        for phrase, _ in _QUAL_BEFORE
    )


def qualifier_before(tokens: list[Token], first: int) -> tuple[str, int] | None:
    """A qualifier ending right before token ``first``: (qualifier, index of its first word)."""
    end = first
    if end > 0 and tokens[end - 1].text == "~":
        return "approx", end - 1
    # "about US$ 3", "some $3", "an estimated 3,000": skip a currency sign first
    while end > 0 and tokens[end - 1].kind == "sym" and tokens[end - 1].text not in "%~+":
        end -= 1
    if end > 0 and tokens[end - 1].text == "~":
        return "approx", end - 1
    for phrase, qual in _QUAL_BEFORE:
        size = len(phrase)
        for gap in (0, 1):
            s = end - gap - size
            if s < 0:
                continue
            if gap and tokens[end - 1].lower not in QUALIFIER_GAP:
                continue
            if tuple(t.lower for t in tokens[s : s + size]) == phrase:
                if phrase == ("over",) and s > 0 and tokens[s - 1].lower in (
                    "all", "taken", "took", "take", "handed", "hand", "turned", "went", "rolled",
                ):  # fmt: skip
                    continue  # "taken over 3 towns" is no "more than"
                if phrase == ("some",) and gap:
                    continue
                return qual, s
    if end > 1 and tokens[end - 1].lower == "past" and tokens[end - 2].lower in CHANGE_UP:
        return "more_than", end - 1  # "claims soared past 21,000" (not "the past 24 hours")
    return None


def qualifier_after(tokens: list[Token], after: int) -> tuple[str, int] | None:
    """'or more', 'or so', '+' starting at token ``after``: (qualifier, index of its last).
    Not a phrase that opens another figure or word: before "than" ("and more than 100
    children"), "plus" before a number ("2,000 plus 300"), "or so" glued by a hyphen ("or
    so-called experts"), nor "and up" before "to" and a number ("and up to 50 more")."""
    if after >= len(tokens):
        return None
    if tokens[after].text == "+":
        return "at_least", after
    for phrase, qual in _QUAL_AFTER_BY_FIRST.get(tokens[after].lower, ()):
        size = len(phrase)
        if tuple(t.lower for t in tokens[after : after + size]) == phrase:
            end = after + size - 1
            nxt = tokens[end + 1] if end + 1 < len(tokens) else None
            later = tokens[end + 2] if end + 2 < len(tokens) else None
            if nxt is not None and (
                nxt.lower == "than"
                or (phrase == ("plus",) and nxt.kind == "num")
                or (phrase[-1] == "so" and nxt.text == "-" and nxt.start == tokens[end].end)
                or (phrase[-1] == "up" and nxt.lower == "to" and later is not None
                    and later.kind == "num")
            ):  # fmt: skip
                return None
            return qual, end
    return None


def qualifier_hyphened(tokens: list[Token], last: int) -> tuple[str, int] | None:
    """A qualifier glued by hyphens to the figure that ends at token ``last``: '50-or-so
    people', '50-odd people', 'her 40-plus years', '20-some years', '30-or-more votes',
    read as the same words spaced ('50 or so people'): (qualifier, index of its last
    word). What follows it may go on the compound ('a 50-odd-year-old man'); not a figure
    ('a 2-plus-1 format')."""
    n = len(tokens)
    k = last + 1
    glued: list[int] = []
    while (
        k + 1 < n
        and tokens[k].text == "-"
        and tokens[k - 1].end == tokens[k].start
        and tokens[k].end == tokens[k + 1].start
        and tokens[k + 1].kind == "word"
    ):
        glued.append(k + 1)
        k += 2
    for phrase, qual in _QUAL_HYPHENED:
        size = len(phrase)
        if size <= len(glued) and tuple(tokens[i].lower for i in glued[:size]) == phrase:
            end = glued[size - 1]
            if (
                end + 2 < n
                and tokens[end + 1].text == "-"
                and tokens[end].end == tokens[end + 1].start
                and tokens[end + 2].kind == "num"
            ):
                return None  # "a 2-plus-1 format": a sum, no qualifier
            return qual, end
    return None


CLAUSE_REACH = 40  # tokens; news clauses are shorter


def clause_bounds(tokens: list[Token], i: int) -> tuple[int, int]:
    """Token indices [start, end) of the clause around token i, at most CLAUSE_REACH
    tokens on each side (a run of figures with no clause break costs linear time, not the
    square of its length)."""
    n = len(tokens)
    start = max(0, i - CLAUSE_REACH)
    for k in range(i - 1, start - 1, -1):
        if _clause_break(tokens, k):
            start = k + 1
            break
    end = min(n, i + 1 + CLAUSE_REACH)
    for k in range(i + 1, end):
        if _clause_break(tokens, k):
            end = k
            break
    return start, end


def _clause_break(tokens: list[Token], k: int) -> bool:
    tok = tokens[k]
    if tok.text in (";", ":", "—", "–") and not _hyphen_between_numbers(tokens, k):
        return True
    if tok.lower in CLAUSE_WORDS:
        return True
    if (
        tok.lower == "that"
        and k > 0
        and tokens[k - 1].kind == "word"
        and _speech_like(tokens[k - 1])
    ):
        return True
    if tok.text == "," and k + 1 < len(tokens) and tokens[k + 1].lower in CLAUSE_AFTER_COMMA:
        return True
    return tok.text in ("“", "”", '"') and False


def _hyphen_between_numbers(tokens: list[Token], k: int) -> bool:
    return 0 < k < len(tokens) - 1 and tokens[k - 1].kind == "num" and tokens[k + 1].kind == "num"


def _speech_like(tok: Token) -> bool:
    return tok.lower in (
        "said", "says", "say", "stated", "states", "reported", "reports", "announced",
        "estimated", "estimates", "believe", "believed", "believes", "appears", "appear",
        "added", "claimed", "claims", "noted", "warned", "confirmed", "showed", "shows",
        "found", "indicated", "indicates", "suggested", "suggests", "told", "thought",
        "feared", "fears", "seems", "seemed", "revealed", "insisted", "argued", "explained",
    )  # fmt: skip


def hedged(tokens: list[Token], start: int, end: int) -> bool:
    """A hedge in the clause, or in a preceding 'it appears that' / 'X estimated that'."""
    if _has_phrase(tokens, start, end, _HEDGE_SETS):
        return True
    if start > 0 and tokens[start - 1].lower == "that":
        prev_start, _ = clause_bounds(tokens, start - 2 if start >= 2 else 0)
        return _has_phrase(tokens, prev_start, start, _HEDGE_SETS)
    return False


def _has_phrase(tokens: list[Token], start: int, end: int, phrases: PhraseSets) -> bool:
    lows = [t.lower for t in tokens[start:end]]
    for size, known in phrases:
        for k in range(len(lows) - size + 1):
            if tuple(lows[k : k + size]) in known:
                return True
    return False


PhraseSets = list[tuple[int, frozenset[tuple[str, ...]]]]


def _by_size(phrases: list[tuple[str, ...]]) -> PhraseSets:
    """The phrases as sets of one length each: one lookup per place and length."""
    sizes: dict[int, set[tuple[str, ...]]] = {}
    for phrase in phrases:
        sizes.setdefault(len(phrase), set()).add(phrase)
    return [(size, frozenset(group)) for size, group in sorted(sizes.items())]


_HEDGE_SETS = _by_size([tuple(h.split()) for h in HEDGES])


def negated(tokens: list[Token], start: int, fig_first: int, pred_index: int | None) -> bool:
    """A negation between the clause start and the predicate (or the figure), but for
    one inside a relative clause set off by commas ("The man, who has not
    been named, was one of seven people admitted": seven were admitted)."""
    stop = max(fig_first, pred_index if pred_index is not None else fig_first)
    k = start - 1
    while (k := k + 1) < stop:
        aside = _aside_end(tokens, k, stop)
        if aside is not None:
            k = aside
            continue
        low = tokens[k].lower
        if low in NEGATIONS:
            nxt = tokens[k + 1].lower if k + 1 < len(tokens) else ""
            if low in ("no", "not") and nxt in ("fewer", "less", "more", "longer", "later",
                                                "sooner", "only", "least"):  # fmt: skip
                continue  # "no fewer than", "not only"
            return True
        if low == "'t" or low.endswith("n't"):
            return True
    return False


# what opens a relative clause set off by commas ("The man, who has not been named, was")
_ASIDE_OPENERS = RELATIVES - {"that", "where", "when"}


def _aside_end(tokens: list[Token], k: int, stop: int) -> int | None:
    """Where a relative clause set off by commas that opens at ``k`` (", who has not been
    named,") closes before ``stop``: its closing comma; None when none opens there, it
    does not close before ``stop``, or a comma breaks it off before its verb ("The firm,
    which has not, since 2010, cut 300 jobs": the negation is the figure's; not "which
    had pledged that it would not, cut 2,000 jobs", whose verb was said)."""
    text = tokens[k].text
    if not (
        (text == "," and k + 1 < stop and tokens[k + 1].lower in _ASIDE_OPENERS)
        or (tokens[k].lower in _ASIDE_OPENERS and k > 0 and tokens[k - 1].text == ",")
    ):  # (the clause the caller reads may open at the relative itself)
        return None
    close = next((j for j in range(k + 1, stop) if tokens[j].text == ","), None)
    if close is None:
        return None
    opener = k + 1 if text == "," else k
    if _broken_off(tokens, opener + 1, close):
        return None  # "which has not, since 2010, cut": its verb comes after the comma
    return close


def _broken_off(tokens: list[Token], first: int, close: int) -> bool:
    """Whether a relative clause's words from ``first`` to its comma at ``close`` stop
    before its verb: auxiliaries, then a negation, then at most "yet", "still", "ever",
    "so far" or "as yet" ("which has not, since 2010, cut", "which has not yet, despite
    pressure, cut"); not a verb said ("which had insisted it would not,", "which did not
    do so willingly,")."""
    words = [t.lower for t in tokens[first:close]]
    for tail in (["so", "far"], ["as", "yet"], ["yet"], ["still"], ["ever"]):
        if len(words) > len(tail) and words[-len(tail) :] == tail:
            words = words[: -len(tail)]
            break
    if not words or not (words[-1] in NEGATIONS or words[-1].endswith("n't")):
        return False
    return all(w in AUXILIARIES or w.endswith("n't") for w in words[:-1])


def lemma(word: str) -> str:
    """A verb's base form by rule: 'deployed' -> 'deploy', 'seized' -> 'seize'."""
    low = word.lower()
    if low in IRREGULAR:
        return IRREGULAR[low]
    if low.endswith("ied") and len(low) > 4:
        return low[:-3] + "y"
    if low.endswith("eed"):  # "exceed", "need" (no past); "agreed", "freed" (a past in -d)
        return low if low.endswith(_EED_VERBS) or len(low) < 5 else low[:-1]  # "breastfeed"
    if low.endswith("ing") and len(low) > 5:
        stem = low[:-3]
    elif low.endswith("ed") and len(low) > 3:
        stem = low[:-2]
    elif low.endswith("es") and low[:-2].endswith(("sh", "ch", "x", "ss", "zz")):
        return low[:-2]
    elif low.endswith("s") and not low.endswith("ss") and len(low) > 3:
        return low[:-1]
    else:
        return low
    if len(stem) > 3 and stem[-1] == stem[-2] and stem[-1] not in "lszaeiou":
        return stem[:-1]  # dropped -> drop (not agreeing -> agre)
    if stem.endswith(("ell", "oll")) and len(re.findall(r"[aeiou]+", stem[:-2])) >= 2:
        return stem[:-1]  # propelled -> propel, patrolled -> patrol; killed, rolled stay
    if _E_ENDINGS.search(stem) and not stem.endswith(("ain", "oin", "een", "ead", "ear")):
        return stem + "e"  # (not "cleared", "feared", "appeared")
    return stem


def adverb_before_verb(tokens: list[Token], k: int, after_figure: bool = False) -> bool:
    """An adverb of the lexicon's VERB_ADVERBS at ``k`` that stands between a figure
    (``after_figure``: the caller knows ``k`` follows the figure and its unit, "two
    still", "3 million still"), or the auxiliary after it, and the figure's verb: "with 30
    still missing", "37 people were still missing", "20 have already died". It is
    neither the noun counted nor the end of the figure's clause: the words read as
    without it. Not an adverb after a noun ("millions of computers already compromised":
    a review) nor before no verb ("a clear No. 1 now")."""
    if not 0 < k < len(tokens) - 1 or tokens[k].lower not in VERB_ADVERBS:
        return False
    before, after = tokens[k - 1], tokens[k + 1]
    return (after_figure or before.kind == "num" or before.lower in AUXILIARIES) and (
        after.lower in AUXILIARIES or is_verb_like(after)
    )


def is_verb_like(tok: Token) -> bool:
    low = tok.lower
    if tok.kind != "word" or low in _NO_VERB_FORMS or tok.text[0].isupper():
        return low in IRREGULAR and tok.kind == "word" and not tok.text[0].isupper()
    if low in IRREGULAR and low not in ("is", "are", "was", "were", "been", "has", "had"):
        return True
    return (low.endswith("ed") and len(low) > 4) or (low.endswith("ing") and len(low) > 5)


def verb_before_figure(tokens: list[Token], k: int) -> bool:
    """Whether ``tokens[k]``, before a figure, is a verb: one by its form (is_verb_like), or
    "injured", "wounded" ("injured 80 people", "and wounded at least 20"), which are
    adjectives after a determiner ("the injured 12-year-old", "among the wounded 12", "the
    seriously injured 12")."""
    tok = tokens[k]
    if is_verb_like(tok):
        return True
    if tok.kind != "word" or tok.lower not in OBJECT_VERBS or tok.text[0].isupper():
        return False
    k -= 1
    while k >= 0 and tokens[k].lower in SEVERITY_ADVERBS:
        k -= 1  # "the seriously injured 12" (not "the rally injured 12")
    return k < 0 or tokens[k].lower not in DETERMINERS | {"of", "among"}


def predicate(
    tokens: list[Token], clause: tuple[int, int], fig_first: int, phrase_last: int
) -> tuple[str | None, int | None]:
    """The verb a figure hangs on: before it when the figure is an object, else after it."""
    start, end = clause
    # object position: "deployed at least 3,000", "seized over 1.5 billion", "to send 3"
    k = fig_first - 1
    steps = 0
    while k >= start and steps < 4:
        tok = tokens[k]
        low = tok.lower
        if lemma(low) in SPEECH_LEMMAS:
            break  # "officials said 3,600 were deployed": the report's verb, not the figure's
        if verb_before_figure(tokens, k):
            return lemma(tok.text), k
        if (
            k > 0
            and tokens[k - 1].lower in AUXILIARIES | {"not", "n't", "never", "to"}
            and tok.kind == "word"
            and low not in DETERMINERS | PREPOSITIONS | AUXILIARIES
            and not tok.text[0].isupper()
            and not low.endswith("ly")
        ):
            return lemma(tok.text), k  # "did not deploy 3,000", "will send 200"
        if k > 0 and tokens[k - 1].lower == "to" and tok.kind == "word" and low not in DETERMINERS \
                and low not in PREPOSITIONS and not tok.text[0].isupper():  # fmt: skip
            return lemma(tok.text), k  # "to deploy 3,000"
        if low in PREPOSITIONS and low not in ("to", "over", "about", "around", "up", "than", "by"):
            break
        if low in ("and", "or", "but", "nor") or tok.text == "-":
            break
        if tok.text in (",", "(", ")"):
            break
        k -= 1
        steps += 1
    # subject position: "4,000 casualties have occurred", "soldiers were additionally sent";
    # a verb of staying before another is what they stay: "31 remain missing" (miss)
    k = phrase_last + 1
    steps = 0
    while k < end and steps < 6:
        tok = tokens[k]
        low = tok.lower
        if (
            low in AUXILIARIES
            or (low in STAYING_VERBS and k + 1 < end and is_verb_like(tokens[k + 1]))
            or low.endswith("ly")
            or low in ("not", "also", "now", "then")
            or adverb_before_verb(tokens, k)  # "were still missing"
        ):
            k += 1
            steps += 1
            continue
        if is_verb_like(tok):
            return lemma(tok.text), k
        if low in ("be", "been"):
            k += 1
            continue
        break
    return None, None


def _rate_changed(tokens: list[Token], verb: int, fig_first: int, unit: str | None) -> bool:
    """Whether a figure after a verb of speed or width (RATE_CHANGE_VERBS) is the size of
    its change: 'by' before it ('narrowed by 3 points'), or a unit a rate moves in
    ('widened 5 percentage points'); not a figure of another phrase ('accelerated 3-year
    degree', 'slowed by a 2-minute penalty', 'the storm slowed 200 miles off the coast':
    a review)."""
    between = {t.lower for t in tokens[verb + 1 : fig_first]}
    if between & QUALIFIER_GAP:
        return False
    return "by" in between or (unit or "") in ("percent", "point", "percentage point",
                                               "basis point")  # fmt: skip


def narrowing_modifiers(tokens: list[Token], phrase_last: int, pred_index: int | None) -> list[str]:
    """'additionally', 'initially' where they modify the claim's own verb:
    "3,000 or more were additionally dispatched", "11,000 North Koreans initially sent"."""
    if pred_index is None:
        return []
    if pred_index > phrase_last:
        lo, hi = phrase_last + 1, pred_index
    else:
        lo, hi = max(0, pred_index - 2), pred_index
    return [NARROWING_ADVERBS[t.lower] for t in tokens[lo : hi + 1] if t.lower in NARROWING_ADVERBS]


def change(
    tokens: list[Token], fig_first: int, fig_last: int, unit_last: int, kind: str,
    unit: str | None = None,
) -> str | None:  # fmt: skip
    """'up'/'down' when the figure is the size of a change rather than a level; never for
    a measure hyphened to its unit before a noun ("climbed a six-metre wall": the wall's
    height, where "climbed six metres" is a rise)."""
    measure_noun = bool(unit) and unit.split()[-1] in CHANGE_MEASURE_NOUNS  # type: ignore[union-attr]
    n = len(tokens)
    if _hyphened_before_noun(tokens, fig_first, fig_last, unit_last):
        return None
    k = fig_first - 1
    while k >= 0 and (tokens[k].kind == "sym" or tokens[k].lower in ("by", "some", "about",
                      "around", "nearly", "almost", "roughly", "just", "another", "a", "an",
                      "over", "more", "than", "least", "only", "further")):  # fmt: skip
        k -= 1
    said_by = any(t.lower == "by" for t in tokens[k + 1 : fig_first])  # (past what was walked)
    if said_by:
        k = _verb_before_object(tokens, k)
    direct = fig_first - 1
    while direct >= 0 and tokens[direct].kind == "sym" and tokens[direct].text not in "+":
        direct -= 1
    if (
        direct >= 0
        and tokens[direct].text == "+"
        and tokens[direct].end == tokens[direct + 1].start
    ):
        return "up"  # "+0.3%"
    if (
        direct >= 0
        and tokens[direct].lower in ("up", "down")
        and not (direct > 0 and tokens[direct - 1].lower in PHRASAL_PARTICLE_VERBS)
    ):
        return "up" if tokens[direct].lower == "up" else "down"
    if k >= 0 and tokens[k].lower not in ("up", "down"):  # particles: only right before it
        low = tokens[k].lower
        # "rose by 10 people": 'by' makes a count the size of the change, as of a measure;
        # not after a form of 'be' ("was raised by 2 aunts": who did it, in the passive)
        by = said_by and not passive(tokens, k)
        transitive = low in CHANGE_TRANSITIVE or measure_noun or by
        # "raised $5 million" is money collected; "raised prices by 5%" a change
        collected = low in ("raised", "raise", "raises") and not said_by
        if (
            low in CHANGE_VERBS
            and (kind != "count" or transitive)
            and not collected
            and (low not in RATE_CHANGE_VERBS or _rate_changed(tokens, k, fig_first, unit))
        ):
            return "up" if low in CHANGE_UP else "down"
        if low in ("of",) and k > 0 and tokens[k - 1].lower in CHANGE_NOUNS:
            return "up" if tokens[k - 1].lower in CHANGE_NOUNS_UP else "down"
    j = unit_last + 1
    if j < n and tokens[j].lower in _CHANGE_AFTER:
        return "up" if tokens[j].lower in CHANGE_NOUNS_UP | {"higher"} else "down"
    return None


# the words of a change right after a figure's unit ("6 percent higher", "a 5% rise")
_CHANGE_AFTER = CHANGE_NOUNS | {"higher", "lower"}
# the verbs of a change whose object may stand between them and "by" and its size ("cut
# rates by 25 basis points", "raised its main interest rate by half a percentage point"):
# not "lost" ("lost the election by 300 votes" is a margin), nor a verb of no object
_OBJECT_CHANGE_VERBS = frozenset(
    w
    for w in CHANGE_VERBS
    if lemma(w) in words("raise increase boost hike cut lower reduce slash trim") or w == "upped"
)
# how many words the object may have: a determiner and a few nouns and adjectives ("its
# main interest rate", "the price of bread", "Bank Rate", "its operating costs")
_OBJECT_WORDS = 5
# what no object holds: a verb's auxiliary, a preposition but "of", a conjunction ("The
# rate cut was backed by 7 of the 9", "raised questions about payments by 2 ministries":
# "by" names an agent)
_NOT_OBJECT = (AUXILIARIES | PREPOSITIONS | CONJUNCTIONS) - {"of"}
_BEFORE_AN_OBJECT = _OBJECT_CHANGE_VERBS | DETERMINERS


def _verb_before_object(tokens: list[Token], k: int) -> int:
    """Where the verb of a change stands when its object comes between it and "by" and
    the figure ("cut rates by 25 basis points": at "cut"), else ``k``, where the walk
    back from the figure stopped (the caller asks only when a "by" stands between). Not
    a verb's word as a noun after a determiner ("the hike was opposed by 2 members"),
    nor past words no object holds (_NOT_OBJECT), nor past a verb by its form right
    before "by" ("caused by", "held by": is_verb_like; "run by": BASE_PARTICIPLES), but
    a noun in -ing right after the verb or a determiner ("cut spending by 5%"); inside
    the object such words are its own ("its benchmark lending rate", "planned
    spending")."""
    if k < 0 or tokens[k].lower in CHANGE_VERBS:
        return k
    for j in range(k, max(-1, k - _OBJECT_WORDS - 1), -1):
        t = tokens[j]
        low = t.lower
        if low in _OBJECT_CHANGE_VERBS:
            return k if j > 0 and tokens[j - 1].lower in DETERMINERS else j
        if t.kind != "word" or low in _NOT_OBJECT:
            break
        if j == k and (
            low in BASE_PARTICIPLES
            or (
                is_verb_like(t)
                and not (low.endswith("ing") and j > 0 and tokens[j - 1].lower in _BEFORE_AN_OBJECT)
            )
        ):
            break
    return k


# what stands right before a size that describes its noun ("a six-metre wall")
_DETERMINERS_OF_A_SIZE = PARTITIVE_WHOLE | {"a", "an"}
# words after a hyphened measure that make it no noun's size: a preposition or a
# conjunction ("a 3-metre of ..."), a word of change ("6-percent higher")
_NOT_SIZED = PREPOSITIONS | CONJUNCTIONS | _CHANGE_AFTER


def _hyphened_before_noun(
    tokens: list[Token], fig_first: int, fig_last: int, unit_last: int
) -> bool:
    """A determiner, a figure joined to its unit (singular) by a hyphen, a word in lower
    case after them: a measure that describes the noun ("climbed a six-metre wall", "its
    20-foot drop"), a size, not a change ("fell 3-percent last week", "rose 2-metres
    overnight" are changes)."""
    if unit_last <= fig_last + 1 or unit_last + 1 >= len(tokens) or fig_first == 0:
        return False
    before = tokens[fig_first - 1].lower
    if before not in _DETERMINERS_OF_A_SIZE and not before.endswith(("'s", "’s")):
        return False
    if tokens[unit_last].lower.endswith("s"):
        return False  # "6-metres": a plural, written as a change's
    after = tokens[unit_last + 1]
    return (
        hyphen_joins(tokens, fig_last + 1)
        and after.kind == "word"
        and after.text.islower()
        and after.lower not in _NOT_SIZED
    )


# the forms of "be" (extract.claims reads them as a passive's auxiliary too)
BE = frozenset("be is are was were been being am 's".split())


def passive(tokens: list[Token], verb: int) -> bool:
    """A form of 'be' before the verb at ``verb``, perhaps with an adverb or 'not' between:
    'was raised', 'were quickly lowered'."""
    k = verb - 1
    while k >= 0 and (tokens[k].lower.endswith("ly") or tokens[k].lower in ("not", "also")):
        k -= 1
    return k >= 0 and tokens[k].lower in BE


def spread_before(tokens: list[Token], fig_first: int) -> bool:
    """A verb of a spread right before a range, perhaps with "from" or "between": the
    range spans what a set's members have ("sentences ranging from seven to 75 years",
    "ages ranged between 18 and 65", "ranged in age from 18 to 65"), its ends the least
    and the most (Claim.spread); not after a modal or a verb of a guess within three words
    ("were expected to have ranged": the caller leaves hedged clauses too)."""
    k = fig_first - 1
    if k >= 0 and tokens[k].lower in ("from", "between"):
        k -= 1
    if k >= 1 and tokens[k - 1].lower == "in" and tokens[k].kind == "word":
        k -= 2  # "ranged in age from", "ranging in size between"
    if k < 0 or tokens[k].lower not in SPREAD_VERBS:
        return False
    before = {t.lower for t in tokens[max(0, k - 3) : k]}
    return not before & _GUESSED


# words before a verb of a spread that make its range a guess's bounds
_GUESSED = MODALS | words("expected estimated forecast projected predicted")


def is_object_of_change(tokens: list[Token], fig_first: int) -> bool:
    """'rose to 34', 'fell from 12': a level reached, not the change."""
    k = fig_first - 1
    while k >= 0 and tokens[k].kind == "sym":
        k -= 1
    return k >= 1 and tokens[k].lower in ("to", "from") and (tokens[k - 1].lower in CHANGE_VERBS)


__all__ = [
    "PREPOSITIONS",
    "adverb_before_verb",
    "change",
    "clause_bounds",
    "hedged",
    "lemma",
    "narrowing_modifiers",
    "negated",
    "predicate",
    "qualifier_after",
    "qualifier_before",
]
