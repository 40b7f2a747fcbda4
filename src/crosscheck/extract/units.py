"""What a figure measures: percent, money, time, age, or a physical unit.

Our own tables cover what news uses most and what quantulum3 gets wrong (currency words
and signs, "per cent", scale suffixes, "pounds" of money). For physical units quantulum3
is asked about a short span starting at the figure, only when the word after it is one of
quantulum3's unit surfaces; its unit classifier is never loaded (the bundled model does
not unpickle with current scikit-learn, and retraining needs an unmaintained package), so
it disambiguates with its own heuristics. Its tables are loaded once per process.
"""

from __future__ import annotations

import functools
import importlib.abc
import logging
import re
import sys
import threading
import warnings
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from crosscheck.extract.context import verb_before_figure
from crosscheck.extract.inflection import import_inflect
from crosscheck.extract.lexicon import (
    AUXILIARIES,
    CONJUNCTIONS,
    DETERMINERS,
    IDENTIFIER_NOUNS,
    LETTER_COMPOUNDS,
    MEMBER_NOUNS,
    MORE_PERSON_NOUNS,
    PEOPLE_END,
    PER_WORDS,
    PERSON_NOUNS,
    PHRASE_BOUNDS,
    PREPOSITIONS,
    RATE_TIMES,
    RELATIVES,
    SCALE_SUFFIXES,
    SCALE_WORDS,
    TIME_UNITS,
    UNITS_WORDS,
    words,
)
from crosscheck.extract.nouns import hyphen_goes_on, singular
from crosscheck.extract.numbers import (
    DASHES,
    DEGREE_SIGNS,
    PHRASE_ENDS,
    SCALES_WITH_STOP,
    SUPERSCRIPTS,
    TEMPERATURE_SCALES,
    TIMES_SIGNS,
    Token,
)
from crosscheck.quantity import CONVERSIONS, DECIMAL_COMMA_SHAPE

# Signs before a figure -> canonical currency (quantulum3's unit names where they exist).
CURRENCY_SIGNS = {
    "$": "dollar", "US$": "dollar", "A$": "australian dollar", "C$": "canadian dollar",
    "HK$": "hong kong dollar", "NZ$": "new zealand dollar", "S$": "singapore dollar",
    "R$": "brazilian real", "NT$": "new taiwan dollar", "Mex$": "mexican peso",
    "$US": "dollar", "$A": "australian dollar", "AU$": "australian dollar", "$C": "canadian dollar",
    "$HK": "hong kong dollar", "$NZ": "new zealand dollar", "$S": "singapore dollar",
    "€": "euro", "£": "pound sterling", "¥": "japanese yen", "₩": "south korean won",
    "₹": "indian rupee", "₽": "russian ruble", "₺": "turkish lira", "₪": "shekel",
    # the sign of money whose word alone names it ("pesos", "naira"), named as that word
    "₱": "peso", "₦": "nigerian naira", "₴": "ukrainian hryvnia", "฿": "thai baht",
    "₫": "vietnamese dong",
}  # fmt: skip
CURRENCY_CODES = {
    "usd": "dollar", "eur": "euro", "gbp": "pound sterling", "jpy": "japanese yen",
    "cny": "chinese yuan", "rmb": "chinese yuan", "krw": "south korean won",
    "inr": "indian rupee", "rs": "indian rupee", "rs.": "indian rupee", "aud": "australian dollar",
    "cad": "canadian dollar", "chf": "swiss franc", "rub": "russian ruble",
    "hkd": "hong kong dollar", "sgd": "singapore dollar", "myr": "malaysian ringgit",
    "rm": "malaysian ringgit", "ils": "shekel", "nis": "shekel", "try": "turkish lira",
    "brl": "brazilian real", "zar": "south african rand", "sek": "swedish krona",
    "nok": "norwegian krone", "dkk": "danish krone", "pln": "polish zloty", "mxn": "mexican peso",
    "ngn": "nigerian naira", "kes": "shilling", "ksh": "shilling", "kshs": "shilling",
    "ugx": "shilling", "tzs": "shilling", "thb": "thai baht", "idr": "indonesian rupiah",
    "rp": "indonesian rupiah", "etb": "ethiopian birr", "vnd": "vietnamese dong",
    "bdt": "bangladeshi taka",
}  # fmt: skip
# (not TSH, UAH, GHS: a hormone's test, schools' names in scores, as often as money)
# codes written in capitals and small letters too, capitalised ("Rs 500", "KSh 50
# million", "Rp 2 billion"; "rs" in any case)
_MIXED_CASE_CODES = frozenset(("rs", "rs.", "ksh", "kshs", "rp"))
# Currency words after a figure (lower-cased, singular and plural).
CURRENCY_WORDS = {
    "dollar": "dollar", "dollars": "dollar", "euro": "euro", "euros": "euro",
    "pound": "pound sterling", "pounds": "pound sterling", "sterling": "pound sterling",
    "yen": "japanese yen", "yuan": "chinese yuan", "renminbi": "chinese yuan",
    "won": "south korean won", "rupee": "indian rupee", "rupees": "indian rupee",
    "franc": "swiss franc", "francs": "swiss franc", "ruble": "russian ruble",
    "rubles": "russian ruble", "rouble": "russian ruble", "roubles": "russian ruble",
    "peso": "peso", "pesos": "peso", "real": "brazilian real", "reais": "brazilian real",
    "rand": "south african rand", "lira": "turkish lira", "liras": "turkish lira",
    "shekel": "shekel", "shekels": "shekel", "ringgit": "malaysian ringgit",
    "dinar": "dinar", "dinars": "dinar", "riyal": "riyal", "riyals": "riyal",
    "dirham": "dirham", "dirhams": "dirham", "krona": "swedish krona", "kronor": "swedish krona",
    "krone": "norwegian krone", "kroner": "norwegian krone", "zloty": "polish zloty",
    "zlotys": "polish zloty", "baht": "thai baht", "dong": "vietnamese dong",
    "naira": "nigerian naira", "hryvnia": "ukrainian hryvnia", "hryvnias": "ukrainian hryvnia",
    "shilling": "shilling", "shillings": "shilling", "rial": "rial", "rials": "rial",
    "rupiah": "indonesian rupiah", "taka": "bangladeshi taka", "cedi": "ghanaian cedi",
    "cedis": "ghanaian cedi", "birr": "ethiopian birr", "kwacha": "kwacha",
    "rupiahs": "indonesian rupiah",
    "cent": "cent", "cents": "cent", "pence": "penny", "penny": "penny", "sen": "sen",
    "bitcoin": "bitcoin", "bitcoins": "bitcoin",
}  # fmt: skip
# currency words that are names too (a town, a club, a person), money only in lower
# case: "200 Birr residents", "200 Real Madrid fans", "Taka" (not "won", "dong", "rand",
# written capitalised as money as often: "3,000 Won at the gate", "500,000 Rand")
_LOWER_CASE_MONEY = frozenset(("birr", "taka", "real"))
PERCENT_WORDS = {"percent": "percent", "pct": "percent", "percentage": "percent"}
# Words that quantulum3 takes for units but that, after a figure, are English words.
NOT_UNIT_WORDS = words(
    """a an am as at be by do go he if in is it me my no of on or so to up us we pc ft. pt
    per the and more people times time miles-per man men point points set sets piece
    pieces league leagues"""
)


# a hyphen right after a unit's letter, and the word it joins ("t-shirts", "m-long")
_HYPHENED = re.compile(r"[-\u2010\u2011]([A-Za-z0-9]+)")
# the words of NOT_UNIT_WORDS that may join a unit's words: "feet per second", "miles an hour"
_UNIT_JOINERS = frozenset({"per", "a", "an"})


@dataclass(frozen=True, slots=True)
class UnitInfo:
    unit: str
    kind: str  # money, percent, measure, duration, age
    surface: str
    last: int  # index of the last token of the unit (>= the figure's last token)
    first: int | None = None  # index of a unit written before the figure ("$", "USD")


def magnitude(tokens: list[Token], first: int, last: int, words_at: int) -> UnitInfo | None:
    """A quake's magnitude by its wording, however it is written: "a 4.2 magnitude quake",
    "4.2 on the Richter scale", "a magnitude 4.2 quake", "a magnitude of 4.2",
    "magnitude-4.2", "a 4.2 -magnitude quake", "a 4.2 quake" (the hyphenated
    "4.2-magnitude" is read with the other compounds).
    ``first`` is the figure's first token, or its sign's ("the magnitude of -1"). Not "300
    magnitude 2 aftershocks" (a count: a figure follows the word), "the magnitude of 3
    deaths" or "of 5.5 percent" (what follows is counted or measured). The caller tests the
    figure, each end of a range (quake_magnitude): in a sentence about quakes a magnitude
    no quake has is no figure at all, never a count of quakes ("a magnitude 11 quake").
    A dash between the word and the figure is no minus ("magnitude–7.8"); a sign glued to
    the figure is, and the caller passes it as ``first`` ("magnitude -0.5"). ``words_at``:
    where the words after the figure start: the token after ``last``, or past a qualifier
    ("a 4-plus quake")."""
    n = len(tokens)
    j = words_at
    if j + 1 < n and tokens[j].text in DASHES and tokens[j + 1].lower == "magnitude":
        j += 1  # "a 5.6 -magnitude earthquake": a dash set apart from the figure
    if j < n and tokens[j].lower == "magnitude":
        after = tokens[j + 1] if j + 1 < n else None
        if after is not None and (after.kind == "num" or after.text == "-"):
            return None
        return UnitInfo("magnitude", "measure", tokens[j].text, j)
    if j + 2 < n and [t.lower for t in tokens[j : j + 2]] == ["on", "the"]:
        # "on the (open-ended) Richter (magnitude) scale", "on the Richter"
        run = j + 2
        while run + 1 < min(n, j + 8) and (
            tokens[run + 1].kind == "word" or tokens[run + 1].text == "-"
        ):
            run += 1
        lows = [t.lower for t in tokens[j + 2 : run + 1]]
        end = j + 2 + lows.index("scale") if "scale" in lows else None
        if end is None and "richter" in lows:
            end = j + 2 + lows.index("richter")
        if end is not None:
            words = {t.lower for t in tokens[j + 2 : end + 1]}
            beyond = tokens[end + 1].lower if end + 1 < n else ""
            if words & {"richter", "magnitude"} and beyond != "of":
                surface = " ".join(t.text for t in tokens[j : end + 1])
                return UnitInfo("magnitude", "measure", surface, end)
    k = first - 1
    if k >= 1 and tokens[k].text in DASHES and tokens[k - 1].lower == "magnitude":
        k -= 1  # "magnitude-4.2", "magnitude–4.2", "magnitude - 4.2" (a glued sign: the caller's)
    of = k >= 1 and tokens[k].lower == "of"
    if of:
        k -= 1
    if k < 0 or tokens[k].lower != "magnitude":
        return _named_quake(tokens, first, last, j)
    while (
        j + 1 < n
        and tokens[j].lower in ("or", "and", "to")
        and (tokens[j + 1].kind == "num" or tokens[j + 1].lower in ("more", "fewer", "less"))
    ):
        j += 2  # "of 2 or more deaths", "of 3 and 4 people": the noun after the figures
    after = tokens[j] if j < n else None
    if of and after is not None and after.kind == "word" and after.lower not in _NOT_COUNTED:
        return None  # "the magnitude of 3 deaths": a noun follows, what is counted
    return UnitInfo("magnitude", "measure", tokens[k].text, last, k)


def _named_quake(tokens: list[Token], first: int, last: int, j: int) -> UnitInfo | None:
    """One quake named right after a figure, which is then its magnitude ("a 5.6 quake",
    "a 7.0 earthquake struck"), when the figure has decimals or follows "a", is one a quake
    can have, and the quake word ends its phrase: "two quakes", "a 100 quake swarm", "1.5
    quake deaths", "a 2.5 aftershock sequence", "a 1 quake per year" count or name other
    things. Tried after every wording that says "magnitude", whose span it keeps."""
    if j >= len(tokens) or tokens[j].lower not in _A_QUAKE:
        return None
    if "." not in tokens[last].text and not (first >= 1 and tokens[first - 1].lower in ("a", "an")):
        return None
    try:
        value = float(tokens[last].text.replace(",", ""))
    except ValueError:
        return None  # "a 1.5 billion quake bond"
    if not quake_magnitude(value):
        return None
    after = tokens[j + 1] if j + 1 < len(tokens) else None
    if after is not None and after.kind == "word" and not _ends_quake_phrase(tokens, j + 1):
        return None
    return UnitInfo("magnitude", "measure", tokens[j].text, j)


def _ends_quake_phrase(tokens: list[Token], k: int) -> bool:
    """Whether the word after a quake word starts something else than a compound noun: a
    verb ("struck", "hits"), a preposition, a conjunction, a relative, an auxiliary."""
    low = tokens[k].lower
    if low in _PER:
        return False  # "a 1 quake per year" counts quakes
    return low in _PHRASE_ENDS or low in _QUAKE_VERBS or verb_before_figure(tokens, k)


def quake_magnitude(value: float) -> bool:
    """Whether a figure can be a quake's magnitude: the one test of every wording's figure
    ('4.2-magnitude', 'magnitude 4.2', a figure listed after one). Up to 10, above any quake
    recorded; down to -2, as the smallest micro-tremors dense networks record are below zero
    ('a magnitude -0.5 tremor' is real; -4.6 is a star's brightness, never a quake's)."""
    return -2.0 <= value <= 10.0


QUAKE_REACH = 6  # tokens either side of a magnitude's figure that may name the quake
_CLAUSE_ENDS = frozenset(";:.!?")  # and not past these


def quake_sentence(tokens: list[Token], first: int, last: int) -> bool:
    """Whether a quake word is beside a magnitude's figure (``tokens[first..last]``, within
    QUAKE_REACH): only there is a magnitude no quake has no figure at all; a star's or a
    sound's magnitude ('Venus shines at magnitude -4.6', 'stars of magnitude 12'), also
    in a sentence that speaks of a quake or of tremors of fear elsewhere, is read as any
    other figure."""
    for step, start in ((-1, first - 1), (1, last + 1)):  # each way, within the clause
        k = start
        while 0 <= k < len(tokens) and abs(k - start) < QUAKE_REACH:
            if tokens[k].text in _CLAUSE_ENDS:
                break
            if tokens[k].lower in _QUAKE_WORDS:
                return True
            k += step
    return False


_QUAKES = frozenset("quake quakes earthquake earthquakes tremor tremors aftershock aftershocks "
                    "foreshock foreshocks temblor temblors shock shocks event".split())  # fmt: skip
# the words that name a quake beside a magnitude (not "shock" or "event" alone)
_QUAKE_WORDS = (_QUAKES - {"shock", "shocks", "event"}) | {"richter"}
_NOT_COUNTED = _QUAKES | AUXILIARIES | PHRASE_BOUNDS
# one quake (the singular words of _QUAKE_WORDS) named right after its figure (_named_quake)
_A_QUAKE = frozenset(w for w in _QUAKE_WORDS if not w.endswith("s")) - {"richter"}
_PHRASE_ENDS = AUXILIARIES | CONJUNCTIONS | PREPOSITIONS | RELATIVES
_QUAKE_VERBS = frozenset(
    "strikes struck hits hit rocks jolts shakes shook kills injures damages left".split()
)


def currency_before(tokens: list[Token], first: int) -> UnitInfo | None:
    """A currency sign or code right before a figure: "$5", "US$ 3", "EUR 4.5 million"."""
    if first == 0:
        return None
    prev = tokens[first - 1]
    if (
        prev.text in ("-", "\u2212")
        and first >= 2
        and prev.end == tokens[first].start
        and tokens[first - 2].end == prev.start
        and tokens[first - 2].kind == "sym"
    ):  # "$-50.8 million": the sign's minus between them
        return currency_before(tokens, first - 1)
    if (
        first >= 2 and tokens[first - 2].kind == "num" and tokens[first - 2].end == prev.start
        and prev.end < tokens[first].start
    ):  # fmt: skip
        return None  # "1,200€ 4 times": the sign is the figure's before it
    if prev.kind == "sym" and prev.text in CURRENCY_SIGNS:
        # "HK $3.7 billion", "US $4.46": the country code before a bare dollar sign
        if prev.text == "$" and first >= 2 and tokens[first - 2].kind == "word":
            code = tokens[first - 2].text + "$"
            if code in CURRENCY_SIGNS:
                return UnitInfo(CURRENCY_SIGNS[code], "money", code, first - 2, first - 2)
        return UnitInfo(CURRENCY_SIGNS[prev.text], "money", prev.text, first - 1, first - 1)
    if prev.kind == "word" and _is_code(prev):
        return UnitInfo(CURRENCY_CODES[prev.lower], "money", prev.text, first - 1, first - 1)
    return spelt_sign(tokens, first)


def spelt_sign(tokens: list[Token], first: int) -> UnitInfo | None:
    """A currency sign as text stripped to ASCII spells it, glued before the figure at
    ``first``: 'Y=' for the yen's sign ('Y=7,120', 'Y=20 billion') and 'PS' for the
    pound's ('PS30m', '(PS115,000)'), as transliteration (Unidecode's) writes them, and
    the shilling's 'Sh' or 'Shs' as East African papers write it ('Sh2,000', 'Shs50
    billion'; not 'SH 50', a road). Each only where no word goes on before it; the
    transliterations only before money's shape: a figure with a decimal point, a
    thousands comma or a scale ('PS4.5m', 'PS1.2bn', 'Y=20 billion'), never a bare number
    ('PS5', 'PS4 Pro': a console's name; 'Y=3': an equation)."""
    if first < 1 or tokens[first].kind != "num":
        return None
    prev = tokens[first - 1]
    if prev.end != tokens[first].start:
        return None
    if prev.text == "=" and first >= 2 and tokens[first - 2].text == "Y":
        at, surface = first - 2, "Y="
        if tokens[at].end != prev.start:
            return None
    elif prev.text in ("PS", "Sh", "Shs"):
        at, surface = first - 1, prev.text
    else:
        return None
    if surface in ("PS", "Y=") and not _money_shaped(tokens, first):
        return None
    if at > 0 and tokens[at - 1].end == tokens[at].start and tokens[at - 1].kind != "punct":
        return None  # "XY=5", "UPS2.5": letters or digits glued before, no sign
    return UnitInfo(_SPELT_SIGNS[surface], "money", surface, at, at)


_SPELT_SIGNS = {"Y=": CURRENCY_SIGNS["¥"], "PS": CURRENCY_SIGNS["£"], "Sh": "shilling",
                "Shs": "shilling"}  # fmt: skip


def _money_shaped(tokens: list[Token], k: int) -> bool:
    """The figure at ``k`` has two decimals (pence, sen) or a thousands comma, or a scale
    after it, glued or a word ('4.50', '115,000', '4.5m', '30m', '2bn', '20 billion');
    not one decimal alone ('PS4.5' a console's version, 'Y=3.5' an equation: a review)."""
    whole, _, decimals = tokens[k].text.partition(".")
    if "," in whole or len(decimals) == 2:
        return True
    after = tokens[k + 1] if k + 1 < len(tokens) else None
    return after is not None and (
        (after.start == tokens[k].end and after.text in SCALE_SUFFIXES)
        or after.lower in SCALE_WORDS
    )


def _is_code(tok: Token) -> bool:
    return tok.lower in CURRENCY_CODES and (
        tok.text.isupper()
        or (
            tok.lower in _MIXED_CASE_CODES and (tok.text[0].isupper() or tok.lower in ("rs", "rs."))
        )
    )  # (the rupee's "rs" in any case, as before; not "rp" in lower case)


def is_currency_code(tok: Token) -> bool:
    """'USD', 'EUR', 'RM' as a word: a scale glued to the figure after it is money."""
    return tok.kind == "word" and _is_code(tok)


def glued_currency_code(tokens: list[Token], first: int) -> bool:
    """'RM79', 'Rs500', 'USD5': letters glued to a figure that are a currency code."""
    if first == 0:
        return False
    prev = tokens[first - 1]
    if prev.kind == "word" and prev.end == tokens[first].start and _is_code(prev):
        return True
    return spelt_sign(tokens, first) is not None


# the words of a sentence that speaks of interest rates and yields, where "bp" and "bps"
# in small letters are basis points ("cut rates by 25bp", "spreads widened 40bps", "the
# 10-year gilt climbed 12bps"), unless it speaks of genes (base pairs: "a 300 bp
# fragment") or computer data (bits per second: "a 9600 bps modem"), quantulum3's
# readings
_OF_RATES = frozenset(
    """rate rates yield yields spread spreads interest bond bonds gilt gilts bund bunds
    treasury treasuries margin margins coupon premium mortgage mortgages lending
    borrowing tightening easing hike hikes cut cuts policy repo fed ecb boe boj rba""".split()
)
_GENE_WORDS = frozenset(
    """dna rna gene genes genome genomes genetic fragment fragments deletion deletions
    insertion insertions sequence sequences mutation mutations chromosome chromosomes
    allele alleles nucleotide nucleotides""".split()
)
# the words of a sentence that speaks of computer data: "mb" there is megabytes, never
# millibars ("The depression left 500 mb of photos unsaved"), "bps" bits per second (not
# "data", "drive" or "memory": "satellite data showed", "a drive-in", "in living memory"
# are as often in weather and rates news)
_DATA_WORDS = frozenset(
    """file files photo photos video videos ram storage disk disks download downloads
    upload uploads modem modems baud bandwidth broadband megabyte megabytes gigabyte
    gigabytes""".split()
)


def _speaks_of(tokens: list[Token], words: frozenset[str], unless: frozenset[str]) -> bool:
    """Whether a sentence has one of ``words`` and none of ``unless`` (in lower case)."""
    said = {t.lower for t in tokens}
    return bool(said & words) and not said & unless


def points_at(tokens: list[Token], j: int) -> UnitInfo | None:
    """Points of a percentage written from tokens[j], spaced or as a hyphened compound
    ends ("a 10-percentage-point lead", "a 50-basis-point cut"): "percentage points",
    "percent point", "basis points", and "bp" or "bps" in small letters in a sentence
    of rates (_OF_RATES) that speaks of no genes or data. Basis points are a percent's unit of
    their own: a quarter of a percentage point is 25 of them (quantity.POINTS)."""
    n = len(tokens)
    word = tokens[j]
    low = word.lower
    if low == "basis" or low in PERCENT_WORDS:
        k = j + 2 if j + 2 < n and tokens[j + 1].text in _HYPHENS else j + 1
        if k < n and tokens[k].lower in ("point", "points"):
            unit = "basis point" if low == "basis" else "percentage point"
            # (a compound's words are no unit as findings say it, "50 basis-point": none,
            # so they name it, "50 basis points")
            surface = "" if k == j + 2 else f"{word.text} {tokens[k].text}"
            return UnitInfo(unit, "percent", surface, k)
        return None
    if word.text in ("bp", "bps") and _speaks_of(tokens, _OF_RATES, _GENE_WORDS | _DATA_WORDS):
        return UnitInfo("basis point", "percent", word.text, j)  # (not BP, the company)
    return None


def unit_after(tokens: list[Token], last: int, money: UnitInfo | None) -> UnitInfo | None:
    """The unit written after a figure that ends at token ``last``."""
    j = last + 1
    n = len(tokens)
    if j >= n:
        return None
    tok = tokens[j]
    low = tok.lower
    if tok.text == "%":
        if j + 1 < n and tokens[j + 1].lower in ("points", "point"):
            return UnitInfo("percentage point", "percent", "% points", j + 1)
        return UnitInfo("percent", "percent", "%", j)
    if low in ("per", "pc") and j + 1 < n and tokens[j + 1].lower == "cent":
        return UnitInfo("percent", "percent", "per cent", j + 1)
    if low == "pc" and tok.start == tokens[last].end:
        return UnitInfo("percent", "percent", tok.text, j)  # "24pc": British per cent
    if (points := points_at(tokens, j)) is not None:
        return points
    if low in PERCENT_WORDS:
        return UnitInfo("percent", "percent", tok.text, j)
    if money is not None:
        # "$5 million US dollars" is rare; a sign already says what the money is
        return None
    # a sign after the figure, as much of Europe writes it: "1,200€", "45 €", "500 ₽"; not
    # the sign of what follows: a figure ("from 5 €4") or a ticker ("500 $TSLA shares")
    if (
        tok.kind == "sym" and len(tok.text) == 1 and tok.text in CURRENCY_SIGNS
        and (tok.start == tokens[last].end or j + 1 >= n or tokens[j + 1].kind != "num")
        and not (j + 1 < n and tokens[j + 1].start == tok.end and tokens[j + 1].kind != "punct")
    ):  # fmt: skip
        return UnitInfo(CURRENCY_SIGNS[tok.text], "money", tok.text, j)
    # "Hong Kong dollars", "US dollars", "Rwandan francs", "Chinese yuan"
    if (national := national_currency(tokens, j)) is not None:
        return national
    pounds = _pounds(tokens, j) if low in ("pound", "pounds") else None
    if pounds == "weight":
        return UnitInfo("pound-mass", "measure", tok.text, j)
    if (
        low in CURRENCY_WORDS
        and (low not in ("pound", "pounds") or pounds == "money")
        and not (low in _LOWER_CASE_MONEY and not tok.text.islower())
    ):
        unit = CURRENCY_WORDS[low]
        if j + 1 < n and tokens[j + 1].lower == "sterling":
            return UnitInfo("pound sterling", "money", f"{tok.text} sterling", j + 1)
        return UnitInfo(unit, "money", tok.text, j)
    if low in CURRENCY_CODES and tok.text.isupper():
        return UnitInfo(CURRENCY_CODES[low], "money", tok.text, j)
    if tok.text == "p" and _pence(tokens, last, j):
        return UnitInfo("penny", "money", "p", j)  # "164p", "down 1.95 p": pence
    if (degrees := _degrees_spelt(tokens, last) or _scale_glued(tokens, last)) is not None:
        return degrees
    if low in TIME_UNITS and not (low == "second" and hyphen_goes_on(tokens, j)):
        return UnitInfo(TIME_UNITS[low], "duration", tok.text, j)
    return None


# The temperature scales after a degree sign spelt 'deg', as text stripped to ASCII writes
# it ('97degF', '36deg C': what is left of '97°F' and '36° C'), by their names
_SPELT_SCALES = {"c": "degree Celsius", "f": "degree fahrenheit"}


def _degrees_spelt(tokens: list[Token], last: int) -> UnitInfo | None:
    """A temperature whose degree sign is spelt 'deg', right after the figure at ``last``
    (glued or after a space): 'degF' and 'degC' one word, or 'deg' and the scale's capital
    glued or after a space. Not 'deg' alone (an angle, or a word cut short) nor a capital
    that opens a word ('5deg C-section')."""
    j = last + 1
    tok = tokens[j]
    if tok.start - tokens[last].end > 1 or tokens[last].kind != "num":
        return None
    if len(tok.text) == 4 and tok.lower[:3] == "deg" and tok.text[3] in "CFcf":
        return UnitInfo(_SPELT_SCALES[tok.lower[3]], "measure", tok.text, j)
    if tok.lower != "deg" or j + 1 >= len(tokens):
        return None
    scale = tokens[j + 1]
    after = tokens[j + 2] if j + 2 < len(tokens) else None
    if (
        scale.text.rstrip(".") not in TEMPERATURE_SCALES
        or scale.start - tok.end > 1
        or (after is not None and after.start == scale.end and after.kind != "punct")
        or (after is not None and after.text == "-" and after.start == scale.end)
    ):
        return None
    space = " " * (scale.start - tok.end)
    return UnitInfo(_SPELT_SCALES[scale.text[0].lower()], "measure",
                    f"{tok.text}{space}{scale.text[0]}", j + 1)  # fmt: skip


# marks that glue a letter to the rest of a word ('C-section', "F's")
_HYPHENS = frozenset("-\u2010\u2011")
_WORD_GLUE = _HYPHENS | frozenset("'\u2019")


def _scale_glued(tokens: list[Token], last: int) -> UnitInfo | None:
    """A temperature written as news writes it, the scale's capital glued to the figure
    ('44C', '111F', '-5C', '30C-35C'): degrees Celsius or Fahrenheit, never the coulombs
    and farads quantulum3 reads (no news figure is either). Only glued: an SI unit's symbol
    stands after a space ('a capacitor of 2.5 F', '50 C of charge'), and so does a letter
    that names no unit ('grade 4 C'); not a lower-case letter ('44c', '5f': cents, a
    size); nor a capital that opens a word or a name ('4C-section', '14Fs'). (A figure
    named by the word before it, 'Apartment 4C', is no claim: the extractor asks
    glued_name first.)"""
    j = last + 1
    tok, figure = tokens[j], tokens[last]
    after = tokens[j + 1] if j + 1 < len(tokens) else None
    if figure.kind != "num":
        return None
    if tok.start != figure.end:  # ('44 C.' ending a sentence is one token, as an initial)
        spaced = tok.text in TEMPERATURE_SCALES or (after is None and tok.text in SCALES_WITH_STOP)
        return _scale_spaced(tokens, last, after) if spaced else None
    if tok.text not in TEMPERATURE_SCALES:
        return None
    if (
        after is not None
        and after.start == tok.end
        and (after.kind != "punct" or after.text in _WORD_GLUE)
        and not _glued_figure_follows(tokens, j + 1)  # '30C-35C': a range in one unit
    ):
        return None
    return UnitInfo(_SPELT_SCALES[tok.text.lower()], "measure", tok.text, j)


# words after which a figure and a capital letter are a name or a grade ('grade 4 C',
# 'Vitamin C')
_LETTER_NAMERS = frozenset("vitamin size".split())  # (and IDENTIFIER_NOUNS)
# words of a sentence that speaks of temperatures, which a spaced scale's letter needs
# ('The charge stored in the capacitor was 2.5 F and ...' keeps its farads). Not
# "record", "high", "hot", "cold": a review found "A record 5 C grades", "High school
# students earned 4 C grades", "a cold lab" read as degrees
_HEAT_WORDS = frozenset(
    """temperature temperatures degree degrees thermometer thermometers mercury celsius
    fahrenheit heatwave""".split()
)
# words of a sentence that speaks of air or fluid pressure, where "mb" in small letters
# is millibars; elsewhere it is megabytes ("a 500 mb file", "256mb of RAM")
_PRESSURE_WORDS = frozenset(
    """pressure pressures barometer barometric millibar millibars hectopascal hectopascals
    hurricane hurricanes typhoon typhoons cyclone cyclones storm storms depression
    depressions deepen deepens deepened deepening""".split()
)
# the lower-case words that may follow a temperature's letter (numbers.PHRASE_ENDS and
# "as"); any other ties the letter to a noun ('4 C grades', '34 F bras', 'Opus 59 C major')
_AFTER_SCALE = PHRASE_ENDS | {"as"}


def _scale_spaced(tokens: list[Token], last: int, after: Token | None) -> UnitInfo | None:
    """A temperature written with a space before its scale's letter ('119 F', '45 C (113
    F)', 'Temperatures reached 110 F on Sunday'), as wires write it: when the sentence
    speaks of temperatures (_HEAT_WORDS) or the figure is a conversion in brackets ('45 C
    (113 F)'), no word before the figure makes the letter a name or a grade ('grade 4
    C'), and no hyphen or word after it ties it to a noun ('4 C-section', '50 C of
    charge', '4 C grades'; _AFTER_SCALE). Else the letter stays quantulum3's reading
    ('2.5 F' of a capacitor: farads)."""
    before = tokens[last - 1] if last > 0 else None
    if before is not None and (before.lower in _LETTER_NAMERS or names_a_number(before)):
        return None
    converted = "(" in (before.text if before else "", after.text if after else "")
    if not converted and not any(t.lower in _HEAT_WORDS for t in tokens):
        return None
    if after is not None and (
        after.text in _WORD_GLUE or (after.kind == "word" and after.lower not in _AFTER_SCALE)
    ):
        return None  # ('4 C-section', '50 C of charge', '4 C grades')
    j = last + 1
    letter = tokens[j].text[0]
    return UnitInfo(_SPELT_SCALES[letter.lower()], "measure", letter, j)


def glued_name(tokens: list[Token], last: int) -> bool:
    """A figure with a capital glued to it after a word that names by number ('seat 12C',
    'Apartment 4C', 'row 14F': lexicon.IDENTIFIER_NOUNS): a name, no temperature, nor the
    coulombs or farads quantulum3 reads in the letter."""
    j = last + 1
    if j >= len(tokens) or tokens[last].kind != "num" or tokens[j].start != tokens[last].end:
        return False
    if not (len(tokens[j].text) == 1 and tokens[j].text.isupper()):
        return False
    k = last - 1
    if k >= 0 and tokens[k].text in ("-", "−") and tokens[k].end == tokens[last].start:
        k -= 1  # '-5C': the word before the sign
    return k >= 0 and names_a_number(tokens[k])


def names_a_number(tok: Token) -> bool:
    """A word after which a figure is a name's number: 'Article', 'Flight', 'No.', '#'."""
    return tok.lower.rstrip(".") in IDENTIFIER_NOUNS or tok.lower in ("#", "nos.")


# Currency words that many countries name their money by: after a nationality, the money
# is that nationality's ("5,000 Rwandan francs" are no Swiss francs, "Pakistani rupees"
# no Indian rupees, "Danish kroner" no Norwegian krone). Other currency words after one
# keep the name they have alone ("Chinese yuan", "Euro cents", "Israeli shekels").
_NATIONAL_BASES = {
    "dollar": "dollar", "dollars": "dollar", "peso": "peso", "pesos": "peso",
    "franc": "franc", "francs": "franc", "rupee": "rupee", "rupees": "rupee",
    "dinar": "dinar", "dinars": "dinar", "riyal": "riyal", "riyals": "riyal",
    "rial": "rial", "rials": "rial", "dirham": "dirham", "dirhams": "dirham",
    "pound": "pound", "pounds": "pound", "shilling": "shilling", "shillings": "shilling",
    "krone": "krone", "kroner": "krone", "krona": "krona", "kronor": "krona",
    "crown": "crown", "crowns": "crown", "won": "won", "real": "real", "reais": "real",
    "ruble": "ruble", "rubles": "ruble", "rouble": "ruble", "roubles": "ruble",
    "lira": "lira", "liras": "lira", "lire": "lira",
}  # fmt: skip
# The names some nationalities' money has: a nation's crowns are its krone, krona or
# koruna; the money a currency word or code names alone is the main country's ("Saudi
# riyals" are the riyals "SAR" and "riyals" name; "HK dollars" are "HK$"); the British pound
# is sterling. Words that are English words too ("won", "real", "crowns") are money only
# after a nationality of this table.
NATIONAL_NAMES = {
    ("danish", "crown"): "danish krone", ("norwegian", "crown"): "norwegian krone",
    ("swedish", "crown"): "swedish krona", ("icelandic", "crown"): "icelandic krona",
    ("czech", "crown"): "czech koruna", ("slovak", "crown"): "slovak koruna",
    ("estonian", "crown"): "estonian kroon",
    ("british", "pound"): "pound sterling", ("english", "pound"): "pound sterling",
    ("scottish", "pound"): "pound sterling", ("uk", "pound"): "pound sterling",
    ("korean", "won"): "south korean won", ("south korean", "won"): "south korean won",
    ("north korean", "won"): "north korean won", ("brazilian", "real"): "brazilian real",
    ("saudi", "riyal"): "riyal", ("emirati", "dirham"): "dirham", ("uae", "dirham"): "dirham",
    ("us", "dollar"): "dollar", ("u.s.", "dollar"): "dollar", ("american", "dollar"): "dollar",
    ("taiwan", "dollar"): "new taiwan dollar", ("hk", "dollar"): "hong kong dollar",
    ("nz", "dollar"): "new zealand dollar", ("nt", "dollar"): "new taiwan dollar",
    ("taiwanese", "dollar"): "new taiwan dollar", ("singaporean", "dollar"): "singapore dollar",
    ("lebanese", "lira"): "lebanese pound", ("syrian", "lira"): "syrian pound",
}  # fmt: skip
_EXPLICIT_ONLY = frozenset({"won", "real", "crown"})
# words a currency's name may be followed by: not a noun it modifies ("Chinese real estate
# firms", "Danish crown jewels", "British pound coins", "Korean won medals")
_AFTER_MONEY = (
    PREPOSITIONS
    | CONJUNCTIONS
    | AUXILIARIES
    | RELATIVES
    | DETERMINERS
    | words(
        """per each apiece worth a an at in on last this next yesterday today tomorrow
        tonight ago overnight earlier later now nowadays annually monthly yearly weekly daily"""
    )
)
# the singular currency words whose plural is another word (and won, real and rand, English
# words that no plural tells apart): only these read as a noun's modifier ("a 5 British
# pound coin", "the Korean won medals")
_HAS_PLURAL = frozenset(_NATIONAL_BASES.values()) | {"rand"}


def national_currency(tokens: list[Token], j: int) -> UnitInfo | None:
    """A currency named by the nationality before its word (one or two capitalised words,
    or a capitals' abbreviation): "7,199 Chinese yuan", "5,000 Rwandan francs", "Sri Lankan
    rupees", "Danish crowns", "Syrian pounds", "HK dollars". Its name: NATIONAL_NAMES',
    else the one CURRENCY_WORDS gives the word when that is the nationality's ("swiss
    franc", "japanese yen", "norwegian krone") or when many countries do not share the word
    ("Chinese renminbi", "Israeli shekels"), else the nationality's and the word's
    ("rwandan franc"). None when the word names a thing the noun after it counts ("30
    Chinese real estate firms") or is no currency after that word ("14 European crowns")."""
    n = len(tokens)
    for width in (2, 1):
        k = j + width
        word = tokens[k].lower if k < n else ""
        default = CURRENCY_WORDS.get(word)
        base = _NATIONAL_BASES.get(word)
        if base is None and default is None:
            continue
        nation_words = tokens[j:k]
        if not all(t.kind == "word" and t.text[:1].isupper()
                   and (t.text[1:].islower() or (t.text.isupper() and len(t.text) <= 4))
                   for t in nation_words):  # fmt: skip
            continue
        after = tokens[k + 1] if k + 1 < n else None
        # (a word with a plural of its own: "Chinese yuan last year" is money)
        singular_form = word in _HAS_PLURAL
        if (
            singular_form
            and after is not None
            and after.kind == "word"
            and after.text[:1].islower()
            and after.lower not in _AFTER_MONEY
        ):
            continue  # "30 Chinese real estate firms", "5 British pound coins"
        nation = "".join(  # (glued tokens as written: "U." "S." is "u.s.")
            (" " if k and t.start > nation_words[k - 1].end else "") + t.lower
            for k, t in enumerate(nation_words)
        )
        last = nation_words[-1].lower
        named = (
            NATIONAL_NAMES.get((nation, base or "")) or NATIONAL_NAMES.get((last, base or ""))
            if base
            else None
        )
        if base in _EXPLICIT_ONLY and named is None:
            continue  # "14 European crowns", "3 Italian won", "the 2 Real Madrid"
        if base == "pound" and named is None and not PEOPLE_END.search(last):
            continue
        if base == "pound" and _pounds(tokens, k) == "weight":
            continue  # "it weighs 20 British pounds"
        unit = named or (
            f"{nation} {base}"
            if base and not (default or "").startswith(f"{nation} ")
            else default or f"{nation} {base}"
        )
        return UnitInfo(unit, "money", " ".join(t.text for t in tokens[j : k + 1]), k)
    return None


def _pence(tokens: list[Token], last: int, j: int) -> bool:
    """'3.5p', '164p', '68 p at': a small p after a figure in digits is pence, unless the
    figure is a video resolution ('1080p', '720p') or the p starts a word ('5 p-values')."""
    figure = tokens[last]
    if figure.kind != "num" or tokens[j].start - figure.end > 1:
        return False
    nxt = tokens[j + 1] if j + 1 < len(tokens) else None
    if nxt is not None and nxt.start == tokens[j].end and nxt.text not in (",", ".", ";", ")"):
        return False
    if nxt is not None and nxt.text in ("=", "<", ">", "≤", "≥"):
        return False  # "3.4 p = 0.03": a p-value
    if any(t.lower in _FRAMES for t in tokens):
        return False  # "records 4K video at 24p or 30p": frames, not pence
    return not (figure.text.isdecimal() and int(figure.text) in _RESOLUTIONS)


# Words of a sentence about video, whose "24p", "60p" are frame rates.
_FRAMES = frozenset({"video", "videos", "camera", "cameras", "fps", "frame", "frames", "4k", "8k"})


# Lines of video resolutions, written with a p ("1080p"): no price.
_RESOLUTIONS = frozenset({144, 240, 360, 480, 540, 576, 720, 1080, 1440, 2160, 4320})


# Words beside "pounds" that make it money, in their forms ("costs 5 pounds a week"), and
# words that make it a weight ("weighed", "lost 20 pounds", a height: "5-foot-8, 135 pounds").
_MONEY_WORDS = frozenset(
    """£ sterling paid pay pays paying cost costs costing worth price prices priced fine fines
    fined spent spend spends spending raised fund funds budget deal salary wage wages sold sell
    sells bought buy buys tax taxes fee fees ticket tickets earn earns earned rent rents bill
    bills bonus grant debt debts owe owes owed damages compensation prize loan loans stole
    stolen steal robbed bail ransom ransoms bribe bribes donation donations donated reward
    rewards payout payouts settlement settlements bonuses grants prizes salaries loaned
    lent""".split()
)
_WEIGHT_WORDS = frozenset(
    """weigh weighs weighed weighing weight weights heavy heavier lighter lost lose loses losing
    gained gain gains gaining shed sheds tall foot feet inch inches""".split()
)
# the scale words and suffixes (lexicon) that make a figure of "pounds" a sum: "5 million
# pounds", "2bn pounds"; not "five hundred pounds", which may weigh
_SCALE_WORDS = frozenset(
    w.lower() for w, v in (*SCALE_WORDS.items(), *SCALE_SUFFIXES.items()) if v >= 1e3
)
_PER_TIME = frozenset({"hour", "day", "night", "week", "month", "year"})
# a sum's noun right before "of" and the figure makes its pounds money, whatever weight
# words stand near ("a reward of 500 pounds for the lost dog"); a payment only there,
# not in the window of _MONEY_WORDS ("received payment for smuggling 500 pounds")
_MONEY_OF = _MONEY_WORDS | {"payment", "payments"}


def _pounds(tokens: list[Token], j: int) -> str | None:
    """What 'pounds' at tokens[j] is: "money" after a scale word ("5 million pounds"),
    "weight" beside words of weight or before "of" ("40 pounds of cocaine", even when the
    sentence speaks of money: "sold 5 pounds of heroin"), "money" beside money words or
    before a time ("900 pounds a month"); None when the words say neither (quantulum3's
    reading then decides, and its sterling is declined: a counted noun)."""
    if j > 0 and tokens[j - 1].lower in _SCALE_WORDS:
        return "money"
    if j > 2 and tokens[j - 2].lower == "of" and tokens[j - 3].lower in _MONEY_OF:
        return "money"  # "a one-off payment of 1,500 pounds", "a reward of 500 pounds"
    window = [t.lower for t in tokens[max(0, j - 6) : j + 4]]
    after = [t.lower for t in tokens[j + 1 : j + 3]]
    if any(w in _WEIGHT_WORDS for w in window) or after[:1] == ["of"]:
        return "weight"
    if any(w in _MONEY_WORDS for w in window):
        return "money"
    if (
        len(after) == 2
        and after[0] in ("a", "an", "per", "each", "every")
        and after[1] in _PER_TIME
    ):
        return "money"
    return None


# --- quantulum3 --------------------------------------------------------------------------

_NO_CLASSIFIER = "/nonexistent/crosscheck-runs-quantulum3-without-its-classifier.joblib"


@functools.lru_cache(maxsize=1)
def _quantulum() -> tuple[Any, frozenset[str], frozenset[str]]:
    """quantulum3's parser and the unit surfaces it knows (lower-cased names; symbols)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        logging.getLogger("quantulum3").setLevel(logging.ERROR)
        import_inflect()  # before quantulum3 imports it
        load, parser = _import_quantulum()
        units = load.units("en_US")
        surfaces = frozenset(s.lower() for s in units.surfaces_lower) | frozenset(
            s.lower() for s in units.surfaces
        )
        symbols = frozenset(units.symbols)
    return parser, surfaces, symbols


_QUANTULUM_LOCK = threading.Lock()


class _HiddenFromThisThread(importlib.abc.MetaPathFinder):
    """An import finder that says scikit-learn and joblib are not installed, to one thread
    only (the one importing quantulum3): other threads import them as usual."""

    NAMES = ("joblib", "sklearn")

    def __init__(self) -> None:
        self.thread = threading.get_ident()

    def find_spec(self, name: str, path: Any = None, target: Any = None) -> None:
        if threading.get_ident() == self.thread and name.split(".")[0] in self.NAMES:
            raise ModuleNotFoundError(f"No module named {name!r}", name=name)
        return None


def _import_quantulum() -> tuple[Any, Any]:
    """quantulum3's load and parser modules, imported without scikit-learn and joblib.

    Its classifier module imports both (about 0.8 s a process, most of a re-run that
    extracts a few articles) for a classifier crosscheck never loads. They are hidden for
    that one import, from the importing thread alone (an import finder, not sys.modules,
    which every thread shares), so it takes its branch for their absence; USE_CLF is then
    set back to True, so that every parse follows the path it follows with them installed:
    Classifier() fails to open _NO_CLASSIFIER and disambiguation falls back to quantulum3's
    heuristics (its USE_CLF=False branch resolves entities another way). The flag is
    checked on every call, under a lock, so an import interrupted before it was set back
    is mended by the next. Where scikit-learn is already imported, quantulum3 takes it as
    it is. joblib, should a real classifier path ever be given, is imported when first
    used."""
    with _QUANTULUM_LOCK:
        if "quantulum3.classifier" not in sys.modules:
            finder = _HiddenFromThisThread()
            sys.meta_path.insert(0, finder)
            try:
                from quantulum3 import classifier
            finally:
                sys.meta_path.remove(finder)
        from quantulum3 import classifier, load, parser

        if not classifier.USE_CLF:
            classifier.joblib = _Joblib()
            classifier.USE_CLF = True
        parser.logging = _NoRootSetup()  # its parse() calls logging.basicConfig
    return load, parser


class _NoRootSetup:
    """The logging module as quantulum3's parser sees it, without basicConfig: parse()
    called it on every call, giving the root logger a stderr handler of its own format,
    so a program using crosscheck as a library lost its own logging setup (basicConfig
    does nothing once the root has a handler) and crosscheck's warnings printed twice."""

    @staticmethod
    def basicConfig(*_args: Any, **_kwargs: Any) -> None:  # (logging's name)
        return None

    def __getattr__(self, name: str) -> Any:
        return getattr(logging, name)


class _Joblib:
    """joblib, imported when quantulum3 first uses it (never, with _NO_CLASSIFIER)."""

    def __getattr__(self, name: str) -> Any:
        import importlib

        return getattr(importlib.import_module("joblib"), name)


def may_be_measure(tokens: list[Token], last: int) -> bool:
    """Cheap test: is the word after the figure one quantulum3 knows as a unit?"""
    j = last + 1
    if j >= len(tokens):
        return False
    tok = tokens[j]
    if tok.text in DEGREE_SIGNS:  # '40 °C', '104 °F.': a temperature, its sign and letter
        after = tokens[j + 1].text.rstrip(".") if j + 1 < len(tokens) else ""
        # (or a space and C or F: measure_after reads '40 ° C', which quantulum3 reads as
        # degree angle coulomb, as '40 °C')
        return (after.upper() in TEMPERATURE_SCALES and tok.end == tokens[j + 1].start) or (
            _spaced_degree(tokens, last)
        )
    # (any other degree: an angle, '40°N' a coordinate, '1º' an ordinal: no claim, as before)
    if tok.lower in NOT_UNIT_WORDS or tok.lower in PREPOSITIONS or tok.kind == "punct":
        return False
    if _hyphened_name(tokens, j):
        return False  # "5 F-16 jets", "two T-72 tanks": a model's name, not farads or teslas
    if tok.lower == "second" and hyphen_goes_on(tokens, j):
        return False  # "three second-tier suppliers": the ordinal, no arcsecond
    _, surfaces, symbols = _quantulum()
    text = _micro(tok.text)
    if text in symbols or text.lower() in surfaces or text.lower().rstrip("s") in surfaces:
        return True
    if text[-1:] in ("2", "3") and text[:-1] in symbols:
        return True  # 'km²', 'm³' ('km2'): a unit's square or cube, which quantulum3 reads
    if len(text) >= 3 and text[0] in _PREFIXES and f"k{text[1:]}" in symbols:
        return True  # 'GWh', 'TWh': another prefix of a unit its tables list with kilo only
    if j + 1 < len(tokens) and tokens[j + 1].kind == "word":  # "sq m", "cubic feet"
        pair = f"{text} {tokens[j + 1].text}"
        return pair in symbols or pair.lower() in surfaces or pair.lower().rstrip("s") in surfaces
    return False


# the prefixes of mega, giga and tera, which quantulum3 reads before any unit it has with
# kilo ('kWh'), though its tables list only some ('MW', not 'MWh')
_PREFIXES = frozenset("MGT")


def _hyphened_name(tokens: list[Token], j: int) -> bool:
    """A capitalised word glued by a hyphen to a number: a name ('F-16', 'Su-27', 'Tesla-3'),
    no unit. Not the rule of a model designation (numbers.designation_plural), on purpose:
    any capitalised word ('4 Tesla-3 magnets' counts magnets, no teslas), and only with a
    hyphen ('5 F16 jets' and '5 F/A-18 jets' still read farads): by that rule, what is
    extracted would change."""
    if j + 2 >= len(tokens) or not tokens[j].text[:1].isupper():
        return False
    dash, num = tokens[j + 1], tokens[j + 2]
    if j + 3 < len(tokens) and tokens[j + 3].text.rstrip(".") == tokens[j].text:
        return False  # "8 GB-16 GB", "30 C-35 C": a range in one unit
    return (
        dash.text == "-"
        and num.kind == "num"
        and tokens[j].end == dash.start
        and dash.end == num.start
    )


def _micro(text: str) -> str:
    """``text`` as quantulum3 reads units, the same length (offsets hold): micro with the
    micro sign (news text often has the Greek mu), squares and cubes in digits ('km²' is
    its 'km2'), hertz in the case its symbols have ('5.8Ghz', '60 HZ', '900 MHZ' are
    'GHz', 'Hz', 'MHz'; quantulum3 reads symbols in their case only)."""
    text = text.replace("\u03bc", "\u00b5").translate(_POWERS)
    return _HERTZ.sub(_hertz, text) if "z" in text or "Z" in text else text


_POWERS = str.maketrans("²³º", "23°")  # (º, the ordinal sign, typed for the degree sign)
# hertz, with a prefix of kilo, mega, giga or tera, in any case, as a word of its own or
# glued after digits; 'mhz' is megahertz as 'Mhz' is, but 'mHz', as SI writes it, stays
# millihertz
_HERTZ = re.compile(r"(?<![A-Za-z])([kKmMgGtT]?)[hH][zZ](?![A-Za-z])")


def _hertz(m: re.Match[str]) -> str:
    prefix = m.group(1)
    if m.group(0) == "mHz":
        return "mHz"  # millihertz as SI writes it ('a star pulsates at 3 mHz'; a review)
    return ("k" if prefix in "kK" else prefix.upper()) + "Hz" if prefix else "Hz"


# Abbreviations news writes after a figure that quantulum3 reads wrong or not at all, and
# the unit each names: torque ("332 lb-ft", "300 ft-lbs", "275 pound-feet": quantulum3 says
# pounds of mass), fuel economy, speed with dots, basketball's per-game averages,
# millilitres (quantulum3's cubic centimetres: one volume, but not the unit written) and
# thousands of pounds per square inch, barrels per day. Each is matched whole
# against the words right after the figure (glued or after one space), case as listed.
_NAMED_TABLE = (
    (r"(?i:(?:lbs?\.?|pounds?)[-\u2010\u2011 ]?(?:ft|feet|foot)\.?)", "pound-foot"),
    (r"(?i:(?:ft|feet|foot)\.?[-\u2010\u2011 ]?(?:lbs?|pounds?)\.?)", "pound-foot"),
    (r"(?i:mpg)", "mile per gallon"),
    (r"(?i:m\.p\.h\.?)", "mile per hour"),
    (r"ppg", "point per game"),
    (r"rpg", "rebound per game"),
    (r"apg", "assist per game"),
    (r"ml|mL", "millilitre"),
    (r"ksi", "kilopound per square inch"),
    # pressure and speed as news also writes them, spelt out or in capitals: quantulum3's
    # "pounds per square inch" was our weight in pounds per square inch, its symbols are
    # matched in their case ("90 KPH" had no unit: no claim, or a count of the winds after
    # it), "kmh" and "k.p.h." are none of its units. Not "PSI" in capitals, a party's or a
    # haze index's as often as a pressure ("12 PSI seats", "the index reached 120 PSI")
    (
        r"(?i:(?:pounds?|lbs?\.?)(?:[- ]force)?[- ]per[- ]square[- ]inch)",
        "pound per square inch",
    ),
    (r"(?i:kph|k\.p\.h\.?|kmh|kmph|km/hr?)", "kilometre per hour"),
    # a barometer's pressure in inches or millimetres of mercury (quantulum3 reads the
    # words as a length: "28.05 inches of mercury" was 28.05 inches)
    (r"(?i:inch(?:es)?[- ]of[- ]mercury)|in\.? ?Hg", "inch of mercury"),
    (r"(?i:millimet(?:re|er)s?[- ]of[- ]mercury)|mm ?Hg", "millimeter of mercury"),
    # a weather chart's millibars as written in small letters ("960 mb", quantulum3's
    # millibarn; "MB" stays megabytes; "mb" only in a sentence of pressure,
    # _PRESSURE_WORDS, else megabytes: "a 500 mb file") or "mbar" (no unit)
    (r"mbars?|mb", "millibar"),
    # radiation's doses and activity (quantulum3 reads "mSv" and "rem" as no unit,
    # "millisieverts" and "millicuries" as counts, "1.5 TBq" as terabyte quintals): a
    # symbol in its case, a name in any (per hour, day or year after a slash:
    # _NAMED_RATE)
    (r"(?i:millisieverts?)|mSv", "millisievert"),
    (r"(?i:microsieverts?)|[\u03bc\u00b5u]Sv", "microsievert"),
    (r"(?i:nanosieverts?)|nSv", "nanosievert"),
    (r"(?i:millirems?)|mrem", "millirem"),
    (r"rems?", "rem"),
    *(
        (rf"(?i:{prefix}becquerels?)|{symbol}Bq", f"{prefix}becquerel")
        for prefix, symbol in zip(("kilo", "mega", "giga", "tera", "peta"), "kMGTP", strict=True)
    ),
    (r"(?i:millicuries?)|mCi", "millicurie"),
    (r"(?i:microcuries?)|[\u03bc\u00b5u]Ci", "microcurie"),
    (r"(?i:nanocuries?)|nCi", "nanocurie"),
    (r"pCi/[lL]", "picocurie per litre"),  # radon in a home's air or water
    (r"(?i:picocuries?)|pCi", "picocurie"),
    # barrels per day as oil news writes them ("9.5 million bpd", "b/d", "bbl/d";
    # quantulum3 reads none, or "b/d" as barns per day)
    (r"(?i:bo?pd|b/d|bbl/d)", "barrel per day"),
    # hectares (quantulum3 reads no unit: "340 hectares" was a count of hectares, never
    # compared with acres or square kilometres)
    (r"(?i:hectares?)", "hectare"),
)
# all of them in one pattern (each a group of its own, named by its place in the table),
# ended as _NAMED_END says: not before another letter or digit ("mlb"), a slash or a hyphen
# that makes it part of another unit or name ("200 ml/min", "MPG-7", "a 5 pound foot-long
# lobster"): one match a figure, not one a unit
# a time after a slash that makes a unit of the table a rate, where the unit has such
# rates (quantity.CONVERSIONS: "20 mSv/h", "2 rem/hr", "1 mSv/yr", "5 mSv/day")
_NAMED_RATE = r"/(?:(?P<hour>hr?|hour)|(?P<day>d|day)|(?P<year>yr?|year))"
_NAMED_UNITS = re.compile(
    "(?:"
    + "|".join(f"(?P<u{k}>{p})" for k, (p, _unit) in enumerate(_NAMED_TABLE))
    + f")(?:{_NAMED_RATE})?"
    + r"(?![A-Za-z0-9/\-\u2010\u2011])"
)
# the per-game averages: counts, as "15.3 points per game" is
_PER_GAME = frozenset({"point per game", "rebound per game", "assist per game"})


def named_unit(text: str, tokens: list[Token], last: int) -> UnitInfo | None:
    """The unit of _NAMED_TABLE written right after the figure ending at tokens[last]."""
    at = tokens[last].end
    if at < len(text) and text[at] in " \xa0\u2009\u202f-\u2010\u2011":
        at += 1  # "40 mpg", "a 40-mpg hybrid", "29\xa0mpg"
    m = _NAMED_UNITS.match(text, at)
    if m is None or m.lastgroup is None:
        return None
    end = last
    while end + 1 < len(tokens) and tokens[end + 1].end <= m.end():
        end += 1
    if (
        end + 1 < len(tokens)
        and tokens[end + 1].start < m.end()
        and tokens[end + 1].end == m.end() + 1
        and text[m.end()] == "."
    ):
        end += 1  # "120 KM/H.": the tokeniser keeps an initial's dot on its letter
    # (a dot the tokeniser keeps apart ends the abbreviation all the same)
    if end == last or tokens[end].end < m.end() - (text[m.end() - 1] == "."):
        return None
    if _names_a_body(m.group(), tokens, end):
        return None
    named = next(g for g in m.groupdict() if g.startswith("u") and m.group(g) is not None)
    unit = _NAMED_TABLE[int(named[1:])][1]
    per = next((t for t in ("hour", "day", "year") if m.group(t) is not None), None)
    if per is not None and " per " not in unit:
        if f"{unit} per {per}" not in CONVERSIONS:
            return None  # a time only a dose has a rate of: "2 mb/d" is no millibars a day
        unit = f"{unit} per {per}"
    if m.group(named) == "mb" and not _speaks_of(tokens, _PRESSURE_WORDS, _DATA_WORDS):
        unit = "megabyte"  # "a 500 mb file", "256mb of RAM" (quantulum3's: a millibarn)
    kind = "count" if unit in _PER_GAME else "measure"
    return UnitInfo(unit, kind, text[tokens[last + 1].start : tokens[end].end], end)


def _names_a_body(written: str, tokens: list[Token], end: int) -> bool:
    """An abbreviation of the table with a capital (letters only: 'KPH', 'MPG', 'BPD')
    before a noun for people or members in small letters, which makes it a body's ('40
    KPH officers', '40 KPH firefighters': a police or fire unit), not a unit's; not before
    what a unit measures ('90 KPH winds'), any other word ('315 KPH Friday') nor in a
    headline's capitals ('Cars Average 40 MPG Drivers Say')."""
    if not (written[:1].isupper() and written.isalpha() and len(written) <= 5):
        return False
    if end + 1 >= len(tokens) or tokens[end + 1].kind != "word":
        return False
    after = tokens[end + 1].text
    one = singular(after)
    return after.islower() and (
        one in PERSON_NOUNS or one in MORE_PERSON_NOUNS or one in MEMBER_NOUNS
    )


def measure_after(
    text: str, tokens: list[Token], first: int, last: int, value: float,
    gap: tuple[int, int] | None = None,
) -> UnitInfo | None:  # fmt: skip
    """Ask quantulum3 for the unit of the figure at tokens[first..last], on a short span;
    ``gap``, offsets of words between the figure and its unit read as if not written
    ('-odd' in '50-odd miles', read as '50 miles')."""
    if not may_be_measure(tokens, last):
        return None
    parser, _, _ = _quantulum()
    start = tokens[first].start
    end_tok = min(len(tokens) - 1, last + 5)
    for k in range(last + 2, end_tok + 1):  # "7 pounds at birth": "at" is no ampere-turn
        if tokens[k].lower in NOT_UNIT_WORDS and tokens[k].lower not in _UNIT_JOINERS:
            end_tok = k - 1
            break
        if _glued_figure_follows(tokens, k):
            end_tok = k - 1  # "20 m-30 m": the dash opens the range's other end, not m^-30
            break
        if _capital_and_digits(tokens, k):
            end_tok = k - 1  # "5.0 litre V8 engine": a name, not volts to the eighth
            break
    gaps = [gap] if gap else []  # what quantulum3 is not given, in order
    if _spaced_degree(tokens, last):
        gaps.append((tokens[last + 1].end, tokens[last + 2].start))  # '40 ° C': as '40 °C'
    # a figure written with a power of ten ('10^9', '2.5 × 10²'), which quantulum3 reads as
    # other figures, is given to it written plainly ('1000000000 grams'), and so are digits
    # with a scale ('24bn km', as '24000000000 km') and a decimal comma ('2,5m tall', which
    # it reads as 25); what it is given is the figure (up to the first gap, if any), then
    # the text after it, the gaps left out
    head_end = min(tokens[last].end, gaps[0][0]) if gaps else tokens[last].end
    plainly = (
        _powered(tokens, first, last)
        or _hyphened_fraction(tokens, first, last)
        or _scaled_digits(tokens, first, last)
        or (first == last and DECIMAL_COMMA_SHAPE.fullmatch(tokens[first].text) is not None)
    )
    head = _plain(value) if plainly else text[start:head_end]
    cut = (head_end - start) - len(head) + sum(b - a for a, b in gaps)

    def span_to(end: int) -> str:  # _micro: the same length, so offsets (and cut) hold
        parts, at = [head], head_end
        for a, b in gaps:
            if a >= end:  # (a shorter span, below: a gap past its end is not in it)
                break
            parts.append(text[at:a])
            at = b
        parts.append(text[at:end])
        return _micro("".join(parts))

    found = _parsed(parser, span_to(tokens[end_tok].end))
    # quantulum3 raises on some words after a unit ("6 feet tall", "104 degrees Fahrenheit
    # early Tuesday"): the longest span that it reads, a word shorter at a time
    shorter = end_tok - 1
    while found is None and shorter > last:
        found = _parsed(parser, span_to(tokens[shorter].end))
        shorter -= 1
    if found is None:
        return None
    for q in found:
        if q.span[0] != 0 or q.unit.name in ("dimensionless", "count"):
            continue  # "two counts of murder": quantulum3's count is no measure
        if q.unit.entity.name == "currency" or q.unit.name in ("percentage", "per cent"):
            return None  # ours decide money and percent
        if not _close(q.value, value):
            continue
        unit_end = start + q.span[1] + cut
        last_unit = last
        for k in range(last + 1, end_tok + 1):
            tok = tokens[k]
            ends = tok.end - tok.text.endswith(".")  # 'F.' of '104 °F.': its dot no unit's
            if ends <= unit_end and (tok.kind in ("word", "sym") or tok.text in DEGREE_SIGNS):
                last_unit = k
        if last_unit == last:
            return None
        surface = text[tokens[last + 1].start : tokens[last_unit].end]
        name = q.unit.name
        if name.endswith((" per minute of arc", " per second of arc")) and not (
            re.search(r"\bper\s+arc", surface, re.IGNORECASE)
            or text[tokens[last_unit].end :].lower().lstrip().startswith("of arc")
        ):  # (quantulum3's minute is of arc: "per minute of arc", "per arc second" are)
            name = name.removesuffix(" of arc")  # "900 gallons per minute": a time's rate
        if name == "cubic centimetre" and surface.lower().startswith(("millil", "ml")):
            name = "millilitre"  # "6 millilitres", as "6 ml" (named_unit) is
        after = _HYPHENED.match(text, tokens[last_unit].end)
        if (
            len(surface) == 1
            and after
            and _letter_compound(surface, after.group(1))
            and not unit_again(tokens, last_unit)
        ):
            return None  # "20 t-shirts", "30 m-16 rifles": a letter of a noun, no unit
        return UnitInfo(name, "measure", surface, last_unit)
    return None


def _spaced_degree(tokens: list[Token], last: int) -> bool:
    """A degree sign after the figure, then one space and C or F: '40 ° C', '104° F.'."""
    if last + 2 >= len(tokens) or tokens[last + 1].text not in DEGREE_SIGNS:
        return False
    scale, after = tokens[last + 2], tokens[last + 3] if last + 3 < len(tokens) else None
    if after is not None and after.text == "-" and after.start == scale.end:
        return False  # 'the 5° C-section': a word
    return scale.text.rstrip(".") in TEMPERATURE_SCALES and scale.start - tokens[last + 1].end == 1


def _powered(tokens: list[Token], first: int, last: int) -> bool:
    """The figure at tokens[first..last] is written with a power of ten: '10^9', '10⁻³',
    '2.5 × 10²' (a superscript, a caret, or a times sign before the 10)."""
    return any(
        t.text == "^" or t.text in TIMES_SIGNS or set(t.text) <= SUPERSCRIPTS
        for t in tokens[first + 1 : last + 1]
    )


def _scaled_digits(tokens: list[Token], first: int, last: int) -> bool:
    """The figure at tokens[first..last] is digits and a scale, glued or a word ('24bn',
    '3m', '1.5 billion'): quantulum3 reads a glued scale as a unit ('24bn km' was barns
    times newtons) and a scale word not always. How it is written, not its mention's
    ``scaled`` (a value's): that holds for 'three to 5 million' too, given as written."""
    end = tokens[last]
    return (
        last > first
        and tokens[first].kind == "num"
        and end.kind == "word"
        and (end.text in SCALE_SUFFIXES or end.lower in SCALE_WORDS)
    )


def _hyphened_fraction(tokens: list[Token], first: int, last: int) -> bool:
    """The figure at tokens[first..last] is a whole number hyphened to a fraction, '10-3/4'
    (quantulum3 reads it as a range or a count)."""
    return last - first == 4 and tokens[first + 1].text == "-" and tokens[first + 3].text in (
        "/", "⁄")  # fmt: skip


def _plain(value: float) -> str:
    """A figure's value in plain digits: 1000000000, 0.001, 250."""
    return format(Decimal(repr(value)), "f")


def _parsed(parser: Any, span: str) -> list[Any] | None:
    """quantulum3's quantities in ``span``, None when it raises (it does on odd input; a
    unit is optional). It raises on some units that end the text it is given ('60 g',
    '60g'; not '60 g ' nor '60 g each'): such a span is read again with a space after it."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            return list(parser.parse(span, classifier_path=_NO_CLASSIFIER))
        except Exception:
            if span.endswith(" "):
                return None
        try:
            return list(parser.parse(f"{span} ", classifier_path=_NO_CLASSIFIER))
        except Exception:
            return None


def _capital_and_digits(tokens: list[Token], k: int) -> bool:
    """A capital at ``k`` and digits glued to it, not a square or a cube: a name ('V8',
    'V12', 'A4', 'F150'), no unit to a power ('km2', 'm3' are)."""
    return (
        tokens[k].kind == "word"
        and tokens[k].text[:1].isupper()
        and k + 1 < len(tokens)
        and tokens[k + 1].kind == "num"
        and tokens[k].end == tokens[k + 1].start
        and tokens[k + 1].text not in ("2", "3")
    )


def _glued_figure_follows(tokens: list[Token], k: int) -> bool:
    """A dash at ``k`` glued to the word before it and the figure after it: the other end
    of a range written with its unit twice ('20 m-30 m', '8 GB-16 GB'), never a power."""
    return (
        tokens[k].text in DASHES
        and k + 1 < len(tokens)
        and tokens[k + 1].kind == "num"
        and tokens[k - 1].kind == "word"
        and tokens[k - 1].end == tokens[k].start
        and tokens[k].end == tokens[k + 1].start
    )


def unit_again(tokens: list[Token], k: int) -> bool:
    """The unit word at ``k``, after a figure, comes again after a dash and a figure glued
    to it: '20 m-30 m', '10m-20m', '8 GB-16 GB' (a range written with its unit twice), not
    '30 m-16 rifles' (a rifle's name) nor 'F-16 jets'."""
    return (
        k >= 1
        and tokens[k - 1].kind == "num"
        and _glued_figure_follows(tokens, k + 1)
        and k + 3 < len(tokens)
        and tokens[k + 3].text.rstrip(".") == tokens[k].text.rstrip(".")
    )


def _letter_compound(letter: str, rest: str) -> bool:
    """Whether a letter and what a hyphen joins to it are one noun, not a unit and a word
    ('t-shirts', 'u-boat', 'm-16'; not 'm-long', 'V-battery', 'm-freestyle')."""
    if rest[0].isdigit():
        return True
    word = f"{letter}-{rest}".lower()
    return word in LETTER_COMPOUNDS or singular(word) in LETTER_COMPOUNDS


def _close(a: float, b: float) -> bool:
    return abs(a - b) <= 1e-6 * max(1.0, abs(a), abs(b))


@functools.lru_cache(maxsize=512)
def unit_for_word(word: str) -> str | None:
    """The physical unit a single word names ('millimeter' -> 'millimetre'), if any."""
    if word.lower() in NOT_UNIT_WORDS or word.lower() in PREPOSITIONS:
        return None
    parser, surfaces, symbols = _quantulum()
    if word not in symbols and word.lower() not in surfaces:
        return None
    found = _parsed(parser, f"2 {word}")
    for q in found or ():
        name = str(q.unit.name)
        if name != "dimensionless" and q.unit.entity.name not in ("currency",):
            return name
    return None


# The words that make a rate of what follows them: "per barrel", "a month", "each year".
_PER = frozenset({"per", "a", "an", "each", "every"})
# what after a rate's word makes it a time, not a rate: "from $6.78 billion a year
# earlier", "two goals a minute apart", "300 workers a year into his term" ("on" only as
# _on_is_a_time says: "a year on" is a time, "$84.60 a barrel on Monday" a rate)
_NOT_A_RATE_AFTER = frozenset(
    ("earlier", "later", "ago", "before", "after", "on", "apart", "into", "straight", "running")
)


def _on_is_a_time(tokens: list[Token], k: int, word: str) -> bool:
    """Whether "on" at ``k``, after a rate's ``word``, makes it a time: after a word of time
    and before the clause's end or "from", "since" ("a year on", "a month on from the
    attack"), not before what the rate is on ("$84.60 a barrel on Monday", "300 cases a
    day on average", "10 million barrels a day on Friday")."""
    if word not in RATE_TIMES:
        return False
    nxt = tokens[k + 1] if k + 1 < len(tokens) else None
    return nxt is None or nxt.kind == "punct" or nxt.lower in ("from", "since")


def per_unit(tokens: list[Token], last: int) -> tuple[str, int] | None:
    """'per barrel', 'a month', 'each year' after a unit, or glued to it by hyphens
    ('$80,000-a-year', '$3-per-gallon'): (the per-word, its index); a time's word named by
    its unit (lexicon.RATE_TIMES: 'per annum' a year, 'per hr' an hour)."""
    found = _per_word(tokens, last)
    return None if found is None else (RATE_TIMES.get(found[0], found[0]), found[1])


def _per_word(tokens: list[Token], last: int) -> tuple[str, int] | None:
    """per_unit's word as written."""
    n = len(tokens)
    rate = hyphened_rate(tokens, last)
    if rate is not None:
        return (tokens[rate].lower, rate) if tokens[rate].lower in PER_WORDS else None
    j = last + 1
    if j + 1 >= n or tokens[j].lower not in _PER:
        return None
    word = tokens[j + 1].lower
    after = tokens[j + 2] if j + 2 < n else None
    if (
        after is not None
        and after.lower in _NOT_A_RATE_AFTER
        and tokens[j].lower != "per"
        and (after.lower != "on" or _on_is_a_time(tokens, j + 2, word))
    ):
        return None  # ("per second after opening the gates" is a rate still)
    if (
        after is not None
        and word == "second"
        and tokens[j].lower in ("a", "an")
        and (after.kind == "word")
    ):
        return None  # "a second time", "a second straight year": an ordinal
    if (
        after is not None
        and after.lower == "or"
        and j + 3 < n
        and (tokens[j + 3].kind == "num" or tokens[j + 3].lower in UNITS_WORDS)
    ):
        return None  # "10 cases a week or two later"
    if word in ("square", "cubic", "metric") and j + 2 < n and tokens[j + 2].kind == "word":
        return f"{word} {tokens[j + 2].lower}", j + 2  # "$1,100 per square foot"
    if word == "sq":  # "$80 per sq m", "$45 per sq. ft": the square unit, not "sq"
        k = j + 3 if j + 3 < n and tokens[j + 2].text == "." else j + 2
        if k < n and (length := _SQUARED.get(tokens[k].lower.rstrip("."))) is not None:
            return f"square {length}", k
    if tokens[j].lower == "per" and tokens[j + 1].kind == "word" and word not in ("cent",):
        return word, j + 1
    if word in PER_WORDS:
        return word, j + 1
    return None


_RATE_WORDS = ("a", "an", "per")
# the lengths "sq" squares in a rate ("per sq m", "per sq. ft")
_SQUARED = {"m": "metre", "ft": "foot", "km": "kilometre", "mi": "mile", "yd": "yard",
            "in": "inch", "cm": "centimetre", "metre": "metre", "meter": "metre",
            "foot": "foot", "feet": "foot", "mile": "mile"}  # fmt: skip


# adverbs of a rate, in lower case, after a unit ("$9.6bn daily", "15,000 tonnes
# annually"; not "the £2m Daily Mail inquiry"), and the unit of time each names
RATE_ADVERBS = {"hourly": "hour", "daily": "day", "weekly": "week", "monthly": "month",
                "yearly": "year", "annually": "year"}  # fmt: skip


def rate_at(tokens: list[Token], last: int, further: bool) -> tuple[str, int, int] | None:
    """The rate after a unit at ``last`` (per_unit: "a day", "per barrel", "-a-year"),
    and with ``further`` (an amount that adds up: never a temperature's nor a speed's) a
    rate per_unit does not read: an adverb ("$9.6bn daily") or a rate after what the unit
    is of, in up to three words ("220,000 barrels of oil a day", "1.5 million barrels of
    Russian oil a day"; no function word). (the per-word, its index, the index of the
    rate's first word)."""
    found = per_unit(tokens, last)
    if found is not None:
        word, k = found
        return word, k, k - (2 if tokens[k - 1].text == "-" else 1)  # "a day", "-a-year"
    if not further:
        return None
    n = len(tokens)
    if last + 1 < n and (per := RATE_ADVERBS.get(tokens[last + 1].text)) is not None:
        return per, last + 1, last + 1
    if last + 1 >= n or tokens[last + 1].lower != "of":
        return None
    for j in range(last + 2, min(last + 5, n)):
        tok = tokens[j]
        if (
            tok.kind != "word"
            or tok.lower in _PER
            or (tok.lower in PHRASE_ENDS and not tok.text.isupper())  # ("US"; not "In A")
        ):
            return None  # (a name may stand there: "barrels of Russian oil a day")
        if (found := per_unit(tokens, j)) is not None:
            return found[0], found[1], j + 1
        if j + 1 < n and (per := RATE_ADVERBS.get(tokens[j + 1].text)) is not None:
            return per, j + 1, j + 1
    return None


def hyphened_rate(tokens: list[Token], last: int) -> int | None:
    """The index of the word of a rate glued by hyphens to the token at ``last``: 'year'
    in '80,000-a-year', 'gallon' in '3-per-gallon'; None when none follows. Such a
    compound reads as '80,000 a year' does: 'a', 'an' and 'per' are no noun counted."""
    k = last + 1
    if k + 3 >= len(tokens) or tokens[k].text != "-" or tokens[k + 2].text != "-":
        return None
    if tokens[k + 1].lower not in _RATE_WORDS or tokens[k + 3].kind != "word":
        return None
    if not all(tokens[i].end == tokens[i + 1].start for i in range(last, k + 3)):
        return None
    return k + 3
