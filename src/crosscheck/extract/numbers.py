"""Tokens and numbers: where figures are in a sentence and what they are worth.

A figure is digits ("3,000", "1.5", "16369.03"), number words ("two", "twenty-five",
"a dozen", "one hundred and twenty"), either followed by scale words or suffixes
("1.5 billion", "$137-million", "2bn", "25k"), or a vague plural ("hundreds of",
"tens of thousands of"). Ranges ("3,000 to 3,500", "between 80 and 90", "252-287",
"5 or 6") are joined into one mention. Nothing here decides whether a figure is a claim.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from decimal import Decimal, InvalidOperation

from crosscheck.extract.lexicon import (
    AUXILIARIES,
    CHANGE_DOWN_HOMOGRAPHS,
    CHANGE_SIZE_UNITS,
    CHANGE_VERBS,
    COMPASS_POINTS,
    CONJUNCTIONS,
    DETERMINERS,
    DOZEN_DETERMINERS,
    FRACTION_WORDS,
    IRREGULAR,
    METRE_CONTEXT,
    METRE_EVENTS,
    METRE_NOUNS,
    METRE_PLACES,
    MILLION_COMPOUNDS,
    MODALS,
    MONTHS,
    NUMBER_WORDS,
    ORDINAL_WORDS,
    PREPOSITIONS,
    PRONOUNS,
    RELATIVES,
    SCALE_SUFFIXES,
    SCALE_WORDS,
    TENS_WORDS,
    TIMES_OF_DAY,
    UNITS_WORDS,
    VAGUE_PLURALS,
    WEEKDAYS,
)
from crosscheck.quantity import (
    COMMA_GROUPS,
    DECIMAL_COMMA_SHAPE,
    DOT_GROUPS,
    PLAIN_SPACED_GROUPS,
    SCALE_NAMES,
    SPACED_GROUPS,
    ungrouped,
)

# Marks that do not show but can sit inside a figure pasted from the web: zero-width spaces
# and joiners, the word joiner, the BOM, and the direction marks and isolates of
# right-to-left text. Inside a figure they are skipped ("3<ZWSP>,000" is 3,000, not 3 and 0).
INVISIBLE = "\u200b\u200c\u200d\u200e\u200f\u2060\ufeff\u061c\u202a-\u202e\u2066-\u2069"
_INVISIBLE_RE = re.compile(f"[{INVISIBLE}]")
# Decimal separators besides the full stop: full-width full stop, Arabic decimal separator
# (the marks between groups are quantity's: COMMA_GROUPS, SPACED_GROUPS).
_DECIMAL = ".\uff0e\u066b"
MAX_DIGITS = 30  # a longer run of digits is not a figure (an id, a hash, or an attack)
# Digits a float always holds to the last (past them, _held asks whether it does)
FLOAT_DIGITS = 15
_INV = f"[{INVISIBLE}]*"
# Full stops as thousands separators (European style): quantity.DOT_GROUPS, "1.000.000",
# "1.000.000,50"; one group ("1.000") stays a decimal, as English writes it.
_DOT_GROUPS_RE = re.compile(DOT_GROUPS)
# Four groups that are each an address's byte (1-255, no leading zero) are an IP address,
# never a figure: "192.168.100.200"; a billion is written "1.200.000.000".
_IP_SHAPE = re.compile(r"(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]\d?)(?:\.(?:25[0-5]|2[0-4]\d|1\d\d)){3}")
# Words after which digits with full stops name a thing, never a figure: "firmware
# 1.100.200", "version 2.100.300", "IP: 10.100.100.100"; nouns only, never a verb ("build
# 1.000.000 homes", "host 1.200.000 visitors" are figures).
_DOTTED_NAMES = frozenset("version versions firmware ip".split())
# Other runs of digits with two or more full stops ("1.2.3", "1.2.2020", "06.123.456") are
# versions, dates, addresses or phones: one token, no figure (never "1.2" and then ".3").
_DOTTED = r"\d+(?:\.\d+){2,}"
_DOTTED_RE = re.compile(_DOTTED)
# Scientific notation: "1e6", "2.5e3", "1.99E-30", an exponent of one or two digits; a
# capital E only after a decimal ("6.02E23": "2E9" is a code); never glued to letters.
_E_NOTATION = r"(?<![\w.])(?:\d+(?:\.\d+)?e[-+]?\d{1,2}|\d+\.\d+E[-+]?\d{1,2})(?![\w.]?\w)"
# What starts as one and is not: a longer exponent ("1e999"), a capital E after a whole
# number ("2E9"), an exponent glued to letters ("3e4f", an id), a lone e glued to the
# digits ("the 5e edition", "room 1e"; not "10EUR" or "5eV"): one token, no figure.
_NOT_E_NOTATION = r"(?<![\w.])\d+(?:\.\d+)?[eE](?:[-+]?\d+\w*|(?![A-Za-z]))"
_NUM = (
    rf"{DOT_GROUPS}|{_DOTTED}|{_E_NOTATION}|{_NOT_E_NOTATION}"
    # lakh and crore as India groups them: "1,00,000", "12,34,56,789" (before the groups
    # of three, which read "1" and then "00,000"; a list written without spaces,
    # "10,12,100", reads so too, as it read "10" and "12,100" before)
    rf"|\d{{1,2}}(?:,\d{{2}})+,\d{{3}}(?!,?\d)(?:\.\d+)?"
    rf"|\d+(?:{_INV}[{COMMA_GROUPS}]{_INV}\d(?:{_INV}\d){{2}})+(?:{_INV}[{_DECIMAL}]{_INV}\d+)?"
    rf"|{SPACED_GROUPS}(?:[{_DECIMAL}]\d+)?"  # "12 000"
    rf"|\d*[{_DECIMAL}]\d+"
    rf"|\d+(?:[{INVISIBLE}]+\d+)*"
)

_TOKEN = re.compile(
    r"""(?P<sym>(?:US|AU|A|C|HK|NZ|S|R|NT|Mex)\$|\$(?:US|A|C|HK|NZ|S)(?=\s?\d)|[$€£¥₩₹₽₺₪₱₦₴฿₫%~+])
    |(?P<num>"""
    + _NUM
    + r""")
    |(?P<word>[^\W\d_]+(?:['’][^\W\d_]+)?\.?)
    |(?P<punct>[^\s\w]|_)""",
    re.VERBOSE,
)
_ABBREV_DOT = re.compile(
    r"^(?:[A-Za-z]|mr|mrs|ms|dr|st|no|nos|vs|gen|gov|sen|rep|jr|sr|inc|corp|co|ltd|approx|c|"
    r"est|fig|vol|art|sec|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.$",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Token:
    text: str
    start: int
    end: int
    kind: str  # num, word, sym, punct
    # the text in lower case, made once (read 1.8 million times extracting 400 articles)
    lower: str = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "lower", self.text.lower())


# A model designation's plural, one word: "seven AK-47s", "four F-16s", "12 F-35As", "four
# F/A-18s", "two A330-200s", and digits alone when they are no round figure: "two 747s",
# "two 737-800s", "two 777-300ERs" (its digits are a name, not a figure; the singular
# "AK-47 rifles" is read as a name beside it). A plural of digits all of whose groups end
# in 0 is a decade, an age or a round figure ("the 1990s", "in his 40s", "1980-90s", "100s
# of"), and one or two digits are the figure's own plural ("rolled 4 3s", "shot two 67s"):
# no designation. A team or its players named by a number are one too ("the 76ers", "two
# 49ers": digits glued to "er"). The one rule of it: the tokenizer finds these in running
# text (each one word token, the only word tokens with digits but team names: _TEAM_NAME),
# designation_plural asks it of one word.
_DESIGNATION_LETTERS = r"[A-Z][A-Za-z]{0,3}(?:/[A-Z][A-Za-z]{0,3})*-?\d{1,4}"
_DESIGNATION_DIGITS = r"(?!(?:\d*0-)*\d*0s)\d{3,4}"
_DESIGNATION_TEAM = r"\d{1,4}[eE][rR]"
_DESIGNATIONS = re.compile(
    rf"(?<![\w/.,'’-])(?:{_DESIGNATION_LETTERS}|{_DESIGNATION_DIGITS}|{_DESIGNATION_TEAM})"
    r"[A-Z]{0,3}"
    r"(?:-\d{1,4}[A-Z]{0,3})*s(?![\w-])"
)


# A team, or one of its players, named by a number, in any form: "a former 76er", "the
# 49er quarterback", "the 76ers-Celtics game", "76ERS". One word token, never a figure.
_TEAM_NAME = re.compile(rf"(?<![\w/.,'’-]){_DESIGNATION_TEAM}[sS]?(?!\w)")


def designation_plural(word: str) -> bool:
    """Whether ``word`` is a model designation's plural (the rule above): 'AK-47s',
    'F/A-18s', '777-300ERs', '747s', '76ers'; not '1990s', '3s', 'F-16', 'Boeing-747s'. Its
    singular is the word without its s ('AK-47'), written as it is."""
    return word[-1:] == "s" and _DESIGNATIONS.fullmatch(word) is not None


def hyphen_joins(tokens: list[Token], k: int) -> bool:
    """Token k is a hyphen glued to the tokens on both sides of it ("6-foot-9")."""
    return (
        0 < k < len(tokens) - 1
        and tokens[k].text == "-"
        and tokens[k - 1].end == tokens[k].start
        and tokens[k].end == tokens[k + 1].start
    )


def _letter_after_figure(text: str, before: Token, m: re.Match[str]) -> bool:
    """A small letter and a full stop one space after a figure that end the text (closing
    quotes or brackets aside): a unit's letter and the sentence's full stop ('weighs 60
    g.', 'is 30 m.'), not an abbreviation inside a sentence ('Section 12 b. of', 'holds
    300 m. in assets', 'chapter 5 s. 3': a review), an initial (a capital), a letter of
    'p.m.' (another letter glued after), nor 'a.' or 'p.' alone ('leaves at 7 p.': a time
    cut short, no pence)."""
    word = m.group()
    return (
        before.kind == "num"
        and m.start() - before.end == 1
        and len(word) == 2
        and word[0].islower()
        and word[0] not in "ap"
        and not text[m.end() :].strip(" \t\n\"'”’)]»")
    )


def tokenize(text: str) -> list[Token]:
    """Tokens with their offsets; a full stop stays on a word only for abbreviations."""
    out: list[Token] = []
    names = {m.start(): m.end() for m in _DESIGNATIONS.finditer(text)} if "s" in text else {}
    names.update((m.start(), m.end()) for m in _TEAM_NAME.finditer(text))
    skip_to = -1
    for m in _TOKEN.finditer(text):
        kind = m.lastgroup or "punct"
        s, e = m.span()
        if s < skip_to:
            continue
        if s in names:
            skip_to = names[s]
            out.append(Token(text[s:skip_to], s, skip_to, "word"))
            continue
        figure = m.group()
        grouped = kind == "num" and dot_grouped(figure)
        if kind == "num" and (
            _too_long(figure)
            or (not grouped and _DOTTED_RE.fullmatch(figure))
            or (grouped and _names_a_thing(out, figure))
            or (figure[0] in _DECIMAL and out and out[-1].kind in ("num", "punct")
                and out[-1].end == s and out[-1].text[-1:].isdigit())
            or (_NOT_E_RE.fullmatch(figure) and not _E_RE.fullmatch(figure))
        ):  # fmt: skip
            # not a figure: never a claim, never converted to a number (a run of digits too
            # long, "1.2.3", an address, ".5" glued to the digits before it, "1e999")
            kind = "punct"
        if kind == "word" and _footnote_mark(out, m.group().rstrip("."), s):
            if m.group().endswith("."):  # 'killed 12¹.': the sentence's full stop stays
                out.append(Token(".", e - 1, e, "punct"))
            continue  # '12¹ people': read as '12 people'
        # (or to a degree sign after one: the full stop of '104 °F.' ends the sentence, as
        # that of '104° F.' does, a space after the sign)
        glued_to_figure = bool(out) and (
            (out[-1].end == s and (out[-1].kind == "num" or out[-1].text in DEGREE_SIGNS))
            or (
                out[-1].text in DEGREE_SIGNS
                and s - out[-1].end == 1
                and m.group() in SCALES_WITH_STOP
            )
            or _letter_after_figure(text, out[-1], m)
        )
        if (
            kind == "word"
            and text[e - 1] == "."
            and (glued_to_figure or not _ABBREV_DOT.match(m.group()))
        ):
            out.append(Token(text[s : e - 1], s, e - 1, "word"))
            out.append(Token(".", e - 1, e, "punct"))
            continue
        out.append(Token(m.group(), s, e, kind))
    if DECIMAL_COMMA_SHAPE.search(text):
        out = _decimal_commas(text, out)
    return _plain_spaced(text, out) if _PLAIN_SPACED.search(text) else out


# Digits, a plain space and a group of three: "5 600" (the tokenizer's pattern joins only
# the typeset spaces and " 000", quantity.SPACED_GROUPS; this is the sentence's quick test)
_PLAIN_SPACED = re.compile(PLAIN_SPACED_GROUPS)
_GROUP_OF_THREE = re.compile(r"[0-9]{3}")


def _plain_spaced(text: str, tokens: list[Token]) -> list[Token]:
    """Digits and the groups of three after them with a plain space joined into one figure
    where prose writes a thousands' space so: "Some 5 600 Rohingya refugees", "flew 12 298
    passengers", "About 2 300 Hamas fighters", "It cost 5 600 euros", "1 234 567 votes"
    (as the typeset spaces and "12 000" already are; quantity reads the figure's written
    precision so too), no figure when too long to be one (tokenize's rule). Apart, as
    before: a table's row or a phone number (digits after or before other digits with a
    space, "+1 877 268"), a decimal's digits ("1 234,50 euros"), a day after its month
    ("May 5 300 people"), a name's number ("Flight 370 239 passengers",
    units.names_a_number), a model's name the count counts ("44 737 MAX aircraft",
    nouns.designation_after_figure), a compound after the group that the count counts
    ("12 100-bed hospitals", "3 100 metres titles")."""
    from crosscheck.extract.nouns import designation_after_figure  # (nouns reads this module)

    out: list[Token] = []
    k, n = 0, len(tokens)
    while k < n:
        tok = tokens[k]
        j = k + 1
        if tok.kind == "num" and tok.text.isascii() and tok.text.isdigit() and len(tok.text) <= 3:
            while (
                j < n
                and tokens[j].kind == "num"
                and _GROUP_OF_THREE.fullmatch(tokens[j].text)
                and text[tokens[j - 1].end : tokens[j].start] == " "
            ):
                j += 1
        if (
            j > k + 1
            and _thousands_space(text, tokens, k, j)
            and not (j == k + 2 and designation_after_figure(tokens, k + 1))
            and not _compound_after(tokens, j - 1)
        ):
            end = tokens[j - 1].end
            joined = text[tok.start : end]
            out.append(Token(joined, tok.start, end, "punct" if _too_long(joined) else "num"))
            k = j
            continue
        out.append(tok)
        k += 1
    return out


def _thousands_space(text: str, tokens: list[Token], k: int, j: int) -> bool:
    """Whether tokens k (digits) to j (groups of three) stand where prose writes one figure
    (_plain_spaced): no digits, a decimal's mark or a sign next to them, no month or name's
    word right before them."""
    from crosscheck.extract.units import names_a_number

    if tokens[k].text[0] == "0":
        return False
    if j < len(tokens):
        after = tokens[j]
        if after.kind == "num" and text[tokens[j - 1].end : after.start].isspace():
            return False
        if tokens[j].text in (",", ".") and _glued_mark_and_digits(tokens, j, j + 1):
            return False  # "1 234,50 euros", "1 234.5": a decimal's digits
    if k == 0:
        return True
    before = tokens[k - 1]
    if before.kind == "num" or before.text in ("+", "#"):
        return False
    if k >= 2 and _glued_mark_and_digits(tokens, k - 1, k - 2):
        return False  # "3,5 600", "3-5 600": a decimal's or a range's end, a score
    if before.kind != "word":
        return True
    return before.lower.rstrip(".") not in MONTHS and not names_a_number(before)


def _glued_mark_and_digits(tokens: list[Token], mark: int, digits: int) -> bool:
    """A comma, full stop or dash at ``mark`` glued to the group beside it and to the
    digits at ``digits`` on its other side."""
    if not (min(mark, digits) >= 0 and max(mark, digits) < len(tokens)):
        return False
    near = mark - 1 if digits > mark else mark + 1
    return (
        tokens[mark].text in (",", ".", "-", "\u2013")
        and tokens[digits].kind == "num"
        and _is_adjacent(tokens, min(mark, digits), max(mark, digits))
        and _is_adjacent(tokens, min(mark, near), max(mark, near))
    )


# Words hyphened to a figure that say what it is of, not a compound it counts ("3 400-odd
# people", "a 5 600-strong crowd", "10 000-plus fans")
_FIGURE_SUFFIXES = frozenset(("odd", "strong", "plus"))


def _compound_after(tokens: list[Token], last: int) -> bool:
    """What follows the last group makes a compound with a plural noun that the first
    digits count: a word hyphened to it ("12 100-bed hospitals", "15 100-year-old
    buildings") or a unit ("3 100 metres titles"); not one whose noun is singular ("the 12
    500-seat stadium", "a 1 200-page report": the figure's), a range's end ("5 600-6 000
    people"), a word of the figure's own ("3 400-odd people") nor a unit that ends the
    phrase ("5 600 euros", "5 600 tonnes of grain")."""
    from crosscheck.extract.units import may_be_measure

    n = len(tokens)
    k = last + 1
    if k < n and tokens[k].text in ("-", "\u2013") and _is_adjacent(tokens, last, k):
        # the hyphened words, then the noun they make a compound of
        while (
            k + 1 < n
            and tokens[k].text in ("-", "\u2013")
            and tokens[k + 1].kind == "word"
            and _is_adjacent(tokens, k, k + 1)
        ):
            if tokens[k + 1].lower in _FIGURE_SUFFIXES:
                return False
            k += 2
        return k > last + 1 and _plural_word_at(tokens, k)
    return may_be_measure(tokens, last) and _plural_word_at(tokens, last + 2)


def _plural_word_at(tokens: list[Token], k: int) -> bool:
    """A plural noun in lower case at token k ("hospitals", "titles")."""
    from crosscheck.extract.nouns import is_plural

    return (
        k < len(tokens)
        and tokens[k].kind == "word"
        and tokens[k].text.islower()
        and (is_plural(tokens[k]))
    )


_DIGIT_OR_MARK = re.compile(r"[\d,.]")  # before a decimal comma's digits: "1,2,3 million"


def _money_sign_before(tokens: list[Token], k: int) -> bool:
    """A currency sign or code right before token k ("€2,5bn", "$1,2-million", "US$1,2bn",
    "EUR 2,5bn", "USD1,2bn"), as units.currency_before reads one before a figure."""
    from crosscheck.extract.units import currency_before  # (units reads this module)

    return currency_before(tokens, k) is not None


def _percent_at(tokens: list[Token], k: int) -> bool:
    """A percent sign or word at token k ("2,1 %", "63,4%", "2,5 percent", "6,2 per
    cent"), after which digits with a decimal comma are a share, as Europe writes it."""
    if k >= len(tokens):
        return False
    low = tokens[k].lower
    if low == "%" or low in ("percent", "pct"):
        return True
    return low == "per" and k + 1 < len(tokens) and tokens[k + 1].lower == "cent"


def _decimal_commas(text: str, tokens: list[Token]) -> list[Token]:
    """Digits, a comma and one or two digits before a scale word of a thousand or more,
    joined into one figure (quantity.DECIMAL_COMMA_SHAPE): "3,5 thousand", "3,5 Million",
    "2,5 mln", "€2,5 bn" are 3.5 thousand and 2.5 million or billion, as "3.5 thousand"
    and "€2.5 bn" are; before a percent sign or word too ("2,1 %", "63,4%", "6,2 per
    cent": Europe's shares). The scale words are whatever _scale_after reads after "2.5", in any
    case it accepts, so the two forms cannot drift apart. A glued scale ("2,5bn", "2,5m",
    "1,2-million") only after a currency sign or code ("€2,5bn", "$1,2-million", "EUR
    2,5bn"): English writes lists so ("the 5,10K races", "models 7,8B and 70B", "won
    1,2m apart"), and so does "rows 1,2 hundred seats" (no scale under a thousand). A
    list stays a list: "1,2 and 3", "1,2,3 million" (digits glued to a comma before:
    never a decimal)."""
    out: list[Token] = []
    k, n = 0, len(tokens)
    while k < n:
        if (
            k + 3 < n
            and tokens[k + 1].text == ","
            and tokens[k].kind == tokens[k + 2].kind == "num"
            and not _DIGIT_OR_MARK.fullmatch(text[tokens[k].start - 1 : tokens[k].start])
            and DECIMAL_COMMA_SHAPE.fullmatch(text[tokens[k].start : tokens[k + 2].end])
            and (
                _percent_at(tokens, k + 3)
                # (as after a currency sign: whether a glued m is metres is read afterwards)
                or (_scale_after(tokens, k + 3, currency_before=True)[0] >= 1000
                    and (not _is_adjacent(tokens, k + 2, k + 3) or _money_sign_before(tokens, k)))
            )
        ):  # fmt: skip
            start, end = tokens[k].start, tokens[k + 2].end
            out.append(Token(text[start:end], start, end, "num"))
            k += 3
            continue
        out.append(tokens[k])
        k += 1
    return out


@dataclass(frozen=True, slots=True)
class NumberMention:
    """A figure in a sentence: token indices [first, last] and offsets [start, end)."""

    first: int
    last: int
    start: int
    end: int
    value: float
    lower: float | None = None
    upper: float | None = None
    is_range: bool = False
    vague: bool = False  # "hundreds of", "dozens"
    in_words: bool = False  # written in words
    scaled: bool = False  # a scale word or suffix was applied
    plain_integer: bool = False  # digits only, no separator or decimal: a year or an id?
    bare_one: bool = False  # just "one" / "a": a number only with a unit or noun after
    factor: float = 1.0  # the scale applied: value == base * factor
    # the half an 'and a half' added, which the figure is written to ('two and a half
    # million': 500,000; 'a dozen and a half': 6; '3 and a half': 0.5); 0 for none
    half: float = 0.0
    # the scale its last written digit counts in, as written: a scale word or suffix after
    # digits ('60 million', '$5m', '10 thousand', '5 lakh crore'), or the scale words of a
    # million and up that close a figure in words ('sixty million'; 'two thousand' is
    # '2,000', no scale); 1 for none. Written precision reads it (quantity.written_step).
    scale: float = 1.0
    # a power of ten written after the digits, which multiplies them: 1e8 for '2.998 x
    # 10^8' (value == digits * power * factor); 1 for none ('10^6' is ten to the sixth,
    # its own figure; '2.5e3' says its power in its digits)
    power: float = 1.0


# One group of three digits after a full stop: "1.000", "12.500" (a decimal, or thousands).
_ONE_DOT_GROUP = re.compile(r"[1-9]\d{0,2}\.\d{3}")
_E_RE = re.compile(_E_NOTATION)
_NOT_E_RE = re.compile(_NOT_E_NOTATION)


def _footnote_mark(before: list[Token], word: str, start: int) -> bool:
    """Superscript digits glued to a figure's digits: a footnote's mark ('killed 12¹'),
    unless they are a power of ten from the thousand ('10⁹', read by _power_written)."""
    if not (before and before[-1].kind == "num" and before[-1].end == start):
        return False
    if not all(ch in _SUPERSCRIPT_DIGITS for ch in word):
        return False
    if before[-1].text == "10" and len(before) >= 2 and before[-2].text in TIMES_SIGNS:
        return False  # '2.5 × 10²': the power of scientific notation (_scientific)
    return not _superscript_power(before[-1].text, word.translate(_SUPERSCRIPT))


def _superscript_power(base: str, exponent: str) -> bool:
    """Whether superscript digits (as ASCII, '-' for '⁻') after ``base`` are a power of
    ten: after 10, from the thousand or negative ('10⁹', '10⁻³'); '10²' or '12¹' is a
    footnote's mark as likely as a power."""
    return base == "10" and (exponent.startswith("-") or int(exponent) >= 3)


def _names_a_thing(before: list[Token], text: str) -> bool:
    """Digits with full stops between groups of three that are no figure: an IP address
    ("192.168.100.200"), or what a word before names ("firmware 1.100.200", "IP: ...")."""
    if "," not in text and _IP_SHAPE.fullmatch(text):
        return True
    k = len(before) - 1
    if k >= 0 and before[k].text == ":":
        k -= 1
    return k >= 0 and before[k].lower in _DOTTED_NAMES


def one_dot_group(text: str) -> bool:
    """'1.000', '12.500': one group of three digits after a full stop, a decimal as English
    writes it or a thousand as European style does."""
    return _ONE_DOT_GROUP.fullmatch(text) is not None


def dot_grouped(text: str) -> bool:
    """'1.000.000': a whole number with full stops between its groups of three digits."""
    return _DOT_GROUPS_RE.fullmatch(text) is not None


def _held(figure: str) -> bool:
    """Whether a float holds the figure to its last written digit: the shortest digits
    that read back as its float (what the report shows, quantity.fmt_num) are its own.
    Two figures it does not hold that differ were one number to every comparison: "2
    documents agree on 123,456,789,012,345,677,877,719,597,056", a figure neither article
    wrote; such a figure is none (a code or an id, in news). A debt to the cent,
    $36,218,611,203,458.12, is held, as any of 15 digits or fewer and any power of ten is.
    (Decimal from text and == are exact whatever the caller's decimal context.)"""
    try:
        written = Decimal(_plain_digits(figure))
    except (InvalidOperation, ValueError):
        return True  # (not a figure the value reads either: as before)
    return Decimal(repr(float(written))) == written


def _digit_count(text: str) -> int:
    return sum(c.isdigit() for c in text)


def _too_long(figure: str) -> bool:
    """Digits too many to be a figure: past MAX_DIGITS, or past what a float holds to its
    last digit (FLOAT_DIGITS) unless it holds them ("7" and thirty zeros)."""
    digits = _digit_count(figure)
    return digits > MAX_DIGITS or (digits > FLOAT_DIGITS and not _held(figure))


def digits_value(text: str) -> float:
    """The value of a figure in digits: invisible marks dropped, thousands separators
    removed, any decimal separator read as a point, any script's digits read."""
    return float(_plain_digits(text))


def _plain_digits(text: str) -> str:
    """A figure in digits as float() and Decimal() read it (digits_value)."""
    plain = _INVISIBLE_RE.sub("", text)
    if dot_grouped(plain) or DECIMAL_COMMA_SHAPE.fullmatch(plain):
        # "1.000.000", "1.000.000,50"; "3,5" (before a scale word: the tokenizer's only)
        return plain.replace(".", "").replace(",", ".")
    plain = ungrouped(plain)
    for sep in _DECIMAL[1:]:
        plain = plain.replace(sep, ".")
    return plain


def _digits_value(tok: Token) -> float:
    return digits_value(tok.text)


def _is_adjacent(tokens: list[Token], i: int, j: int) -> bool:
    return tokens[i].end == tokens[j].start


def _word_number(tokens: list[Token], i: int) -> tuple[float, int, float] | None:
    """A number written in words starting at token i: (value, index of its last token,
    the half an 'and a half' in it added or 0)."""
    total = 0.0
    current = 0.0
    last = -1
    seen = False
    half = 0.0
    half_in_current = False  # "two and a half million": the half is scaled with the two
    j = i
    n = len(tokens)
    while j < n:
        low = tokens[j].lower
        if seen and (low in UNITS_WORDS or low in TENS_WORDS) and figure_compound(tokens, j):
            break  # "two million one-dollar coins", "five one-year terms": the next figure
        if low in UNITS_WORDS:
            current += UNITS_WORDS[low]
        elif low in TENS_WORDS:
            current += TENS_WORDS[low]
            # twenty-five
            if (
                j + 2 < n
                and tokens[j + 1].text == "-"
                and _is_adjacent(tokens, j, j + 1)
                and tokens[j + 2].lower in UNITS_WORDS
            ):
                current += UNITS_WORDS[tokens[j + 2].lower]
                j += 2
        elif low == "a" and not seen and j + 1 < n and tokens[j + 1].lower in _FRACTION_SCALES:
            current = 1
        elif low == "dozen" and (seen or current):
            current = (current or 1) * 12
        elif j == i and _dozen_after_determiner(tokens, i):
            current = 12  # "his dozen rounds", "the dozen victims"
        elif low == "half" and not seen and j + 2 < n and tokens[j + 1].lower == "a":
            current = 0.5
            j += 1
        elif low == "hundred" and seen:
            current = (current or 1) * 100
            half *= 100 if half_in_current else 1
        elif low in SCALE_NAMES and total and not current:
            total *= SCALE_WORDS[low]  # "four thousand million": 4 billion
            half *= SCALE_WORDS[low] if half_in_current else 1
            half_in_current = False
        elif low in SCALE_NAMES and seen:
            total += current * SCALE_WORDS[low]
            current = 0
            half *= SCALE_WORDS[low] if half_in_current else 1
            half_in_current = False
        elif low == "and" and seen and j + 1 < n and (
            tokens[j + 1].lower in UNITS_WORDS or tokens[j + 1].lower in TENS_WORDS
        ) and last >= 0 and tokens[last].lower in ("hundred", "thousand"):  # fmt: skip
            j += 1
            continue
        elif low == "and" and seen and and_a_half(tokens, j):
            # half of what was last counted: "two and a half million" (2.5 million), "a
            # million and a half" (1.5 million), "a dozen and a half" (18)
            scale = tokens[last].lower
            if scale in SCALE_NAMES:
                half = SCALE_WORDS[scale] / 2
                total += half
            elif scale == "dozen":
                half = 6
                current += half
            elif scale in UNITS_WORDS or scale in TENS_WORDS:
                half, half_in_current = 0.5, True
                current += half
            else:
                break  # "a hundred and a half": no figure anyone writes
            last = j + 2
            j += 3
            continue
        else:
            break
        seen = True
        last = j
        j += 1
    if not seen:
        return None
    return total + current, last, half


def figure_compound(tokens: list[Token], k: int) -> int | None:
    """A compound adjective that opens with a figure, glued by hyphens: 'one-dollar',
    '10-dollar', 'one-year', '10-sided', 'one-hundred-dollar', 'twenty-five-year-old' (the
    index of its last word), a figure of its own; None for a number alone ('twenty-five',
    'one-hundred', '10-12')."""
    tok = tokens[k]
    if tok.kind != "num" and not _number_word(tok.lower):
        return None
    n = len(tokens)
    last, worded = k, False
    while (
        last + 2 < n
        and tokens[last + 1].text == "-"
        and _is_adjacent(tokens, last, last + 1)
        and _is_adjacent(tokens, last + 1, last + 2)
        and tokens[last + 2].kind == "word"
    ):
        last += 2
        worded = worded or not _number_word(tokens[last].lower)
    return last if worded else None


# words after "the dozen" that begin a clause, not a noun counted: "the dozen who died"
_NOT_AFTER_DOZEN = RELATIVES | {"but"}


def _dozen_after_determiner(tokens: list[Token], i: int) -> bool:
    """ "dozen" in lower case after a determiner that picks a known set (DOZEN_DETERMINERS)
    and before a word: "his dozen rounds", "the dozen victims", "those dozen or so homes"
    (twelve; "a dozen" is read as any figure in words is). Not a title ("The Dirty Dozen",
    "the Dozen Roses shop"), nor after "by" ("by the dozen": a manner; "pocked by the dozen
    rounds" is lost with it), nor before a preposition, an
    auxiliary or a word that opens a clause ("the dozen of them", "bought the dozen at",
    "the dozen were", "the dozen who died"); "dozens" is vague (VAGUE_PLURALS). Known limit:
    before another verb it reads twelve with that verb for a noun ("the dozen went
    home"), as "a dozen went home" does."""
    return (
        tokens[i].text == "dozen"
        and i > 0
        and tokens[i - 1].lower in DOZEN_DETERMINERS
        and not (i > 1 and tokens[i - 2].lower == "by")  # "sold by the dozen": a manner
        and i + 1 < len(tokens)
        and tokens[i + 1].kind == "word"
        and tokens[i + 1].lower not in PREPOSITIONS
        and tokens[i + 1].lower not in AUXILIARIES
        and tokens[i + 1].lower not in _NOT_AFTER_DOZEN
    )


def _number_word(low: str) -> bool:
    return low in NUMBER_WORDS


def _a_unit_and_a_half(tokens: list[Token], i: int) -> bool:
    """'a' or 'an' at ``i``, one word, then 'and a half': 'an hour and a half'."""
    return (
        tokens[i].lower in ("a", "an")
        and i + 2 < len(tokens)
        and tokens[i + 1].kind == "word"
        and tokens[i + 2].lower == "and"
        and and_a_half(tokens, i + 2)
    )


def and_a_half(tokens: list[Token], j: int) -> bool:
    """'and a half', its 'and' at ``j``, also before 'of' ('a million and a half of the
    residents' is 1.5 million of them, not a million and a half as a share); not before
    'the' ('and a half the size')."""
    return (
        j + 2 < len(tokens)
        and tokens[j + 1].lower == "a"
        and tokens[j + 2].lower == "half"
        and not (j + 3 < len(tokens) and tokens[j + 3].lower == "the")
    )


def _digits_and_a_half(
    tokens: list[Token], i: int, last: int, value: float, factor: float, currency_before: bool
) -> tuple[float, float, int] | None:
    """'and a half' after digits, as after words (_word_number): half of what was last
    counted. '2 million and a half' is 2.5 million, '3 and a half inches' 3.5, '2 and a
    half million' 2.5 million: (value, scale, last token); None when no such half follows
    or it halves nothing written ('$5m and a half', '2.5 and a half')."""
    j = last + 1
    if not (j < len(tokens) and tokens[j].lower == "and" and and_a_half(tokens, j)):
        return None
    if factor != 1.0:
        if last == i or tokens[last].lower not in SCALE_WORDS:
            return None
        return value * factor + factor / 2, factor, j + 2
    if not (tokens[i].text.isdecimal() and len(tokens[i].text) <= 3):
        return None  # "In 2010 and a half": no year is halved
    scale, scale_last = _scale_after(tokens, j + 3, currency_before)
    if scale_last > j + 2 and tokens[scale_last].lower in SCALE_WORDS:  # (crore, bn too)
        return (value + 0.5) * scale, scale, scale_last
    return value + 0.5, 1.0, j + 2


def _scale_after(tokens: list[Token], j: int, currency_before: bool) -> tuple[float, int]:
    """Scale words or glued suffixes after token j-1: (factor, index of the last one used)."""
    factor = 1.0
    last = j - 1
    n = len(tokens)
    # glued suffix: 2bn, $13.6M, 25k; "$137-million"
    if j < n and _is_adjacent(tokens, j - 1, j) and tokens[j].kind == "word":
        suffix = tokens[j].text.rstrip(".")
        if suffix in ("bn", "mn", "tn", "B", "M", "K", "k", "mln", "bln", "mil") or (
            suffix in ("m", "b") and (currency_before or _noun_follows(tokens, j + 1))
        ):
            return SCALE_SUFFIXES.get(suffix, SCALE_WORDS.get(suffix.lower(), 1.0)), j
        if suffix.lower() in SCALE_WORDS:
            return SCALE_WORDS[suffix.lower()], j
    if (
        j + 1 < n
        and tokens[j].text == "-"
        and _is_adjacent(tokens, j - 1, j)
        and _is_adjacent(tokens, j, j + 1)
        and tokens[j + 1].lower in SCALE_WORDS
    ):
        return SCALE_WORDS[tokens[j + 1].lower], j + 1
    while j < n and tokens[j].lower in SCALE_WORDS and tokens[j].lower not in ("mn", "bn"):
        factor *= SCALE_WORDS[tokens[j].lower]
        last = j
        j += 1
    if last == j - 1 and j < n and tokens[j].lower in ("mn", "bn", "mln", "bln"):
        return SCALE_WORDS[tokens[j].lower], j
    return factor, last


# Words that end a noun phrase, read after a race (METRE_EVENTS): "the 100m final in 9.58
# seconds", "the 400m hurdles final on Sunday", "the 200m final where he fell", "the
# 100m final last year", "... final Sunday night" (built once: _noun_follows is called
# for every glued "m"), and after a temperature's letter (units._scale_spaced)
PHRASE_ENDS = (
    DETERMINERS
    | PREPOSITIONS
    | AUXILIARIES
    | CONJUNCTIONS
    | PRONOUNS
    | RELATIVES
    | WEEKDAYS
    | TIMES_OF_DAY
    | frozenset("last this next yesterday today tonight".split())
)
DASHES = ("-", "\u2013", "\u2014")  # hyphen, en dash, em dash
SHORTEST_RACE = 50  # metres: the 50m freestyle, the 60m indoors; a horse's "1m" is a mile


def _ends_phrase(tokens: list[Token], k: int) -> bool:
    """Whether the noun before ``k`` ends its phrase, as far as words without a tagger
    tell: nothing, punctuation, a function word or a verb in the past follows ('the 400m
    ship was', 'a 90m ferry ran aground', 'docked'); what the noun qualifies follows
    otherwise ('a 10m bridge deal', '2m pipeline contracts', 'a 10m pipeline supply
    contract'). A verb in -s, -ing or after an adverb is not told from a noun: 'The 50m
    pool closes' stays a million, as it was."""
    if k >= len(tokens) or tokens[k].kind != "word":
        return True
    low = tokens[k].lower
    return low in PHRASE_ENDS or low in IRREGULAR or (low.endswith("ed") and len(low) > 4)


def _noun_follows(tokens: list[Token], j: int) -> bool:
    """'1.2m tons', '35m of its devices': a glued m before words is a million; before
    'tall', 'away', a hyphen or the end of the clause it is metres, and before a race
    the distance names ('won the 100m final', 'the 400m hurdles final on Sunday':
    METRE_EVENTS) where the race, or a run of them, ends its noun phrase: the end of the
    clause, punctuation or a function word after it. A race word opening a compound
    noun is no race: '1m heat pumps', '2m race tickets', 'a 5m final payment', '2m
    heat-related illnesses' are millions. After a glued hyphen, millions only before a unit
    that is no length or a word of a count (MILLION_COMPOUNDS: '1.5m-barrel', '2m-tonne',
    'a 2m-strong union'); metres before any other ('a 40m-span', 'the 2m-rule')."""
    n = len(tokens)
    if (
        j + 1 < n
        and tokens[j].text == "-"
        and _is_adjacent(tokens, j - 1, j)
        and _is_adjacent(tokens, j, j + 1)
        and tokens[j + 1].kind == "word"
    ):
        return tokens[j + 1].lower in MILLION_COMPOUNDS
    if j >= n or tokens[j].kind != "word":
        return False
    if tokens[j].lower in METRE_CONTEXT:
        return False
    if tokens[j].lower in METRE_NOUNS and tokens[j - 1].text == "m":
        return not _ends_phrase(tokens, j + 1)  # 'the 400m ship was', not 'a 10m bridge deal'
    if tokens[j].lower in METRE_PLACES:  # metres where it ends the phrase
        return j + 1 < n and tokens[j + 1].kind == "word" and tokens[j + 1].lower not in PHRASE_ENDS
    k = j
    while k < n and tokens[k].kind == "word" and tokens[k].lower in METRE_EVENTS:
        k += 1
    if k == j:
        return True  # another noun: '100m people'
    figure = tokens[j - 2] if j >= 2 else None
    if figure is None or figure.kind != "num" or _digits_value(figure) < SHORTEST_RACE:
        return True  # no race is run over less: 'the 1m final', 'a 10m race against time'
    if k == n:
        return False
    after = tokens[k]
    if after.text in DASHES:
        return _is_adjacent(tokens, k - 1, k)  # 'heat-related': a compound, no race
    return after.kind == "word" and after.lower not in PHRASE_ENDS


def _single(tokens: list[Token], i: int, currency_before: bool) -> NumberMention | None:
    tok = tokens[i]
    frac = _fraction(tokens, i)
    if frac is not None:
        return frac
    if tok.kind == "num":
        value = _digits_value(tok)
        # "4 1/2 hours", "2½ hours", "10^6": one figure, not two
        mixed = _mixed(tokens, i)
        joined = mixed or _power(tokens, i)
        science = None if joined else _scientific(tokens, i)
        if joined is None and science is None and _unreadable_power(tokens, i) is not None:
            return None  # '10^400 rockets': no count, and not 10 either
        power = 1.0  # "2.998 x 10^8": the digits times a power of ten
        if science is not None:
            value, i_last, power = science
            joined = value, i_last
        if joined is not None:
            value, i_last = joined
            factor, last = _scale_after(tokens, i_last + 1, currency_before)
            # "4 1/2 million", "2½ hours": written to the half, as "4 and a half million"
            half = factor / 2 if mixed is not None and value % 1 == 0.5 else 0.0
            return NumberMention(
                first=i, last=last, start=tok.start, end=tokens[last].end,
                value=value * factor, scaled=factor != 1.0, factor=factor, half=half,
                scale=_digits_scale(tokens, i_last, last, factor), power=power,
            )  # fmt: skip
        factor, last = _scale_after(tokens, i + 1, currency_before)
        halved = _digits_and_a_half(tokens, i, last, value, factor, currency_before)
        if halved is not None:
            value, factor, last = halved
            return NumberMention(
                first=i, last=last, start=tok.start, end=tokens[last].end, value=value,
                scaled=factor != 1.0, factor=factor, half=factor / 2,
                scale=_digits_scale(tokens, i, last, factor),
            )  # fmt: skip
        return NumberMention(
            first=i, last=last, start=tok.start, end=tokens[last].end, value=value * factor,
            scaled=factor != 1.0, plain_integer=tok.text.isdigit(), factor=factor,
            scale=_digits_scale(tokens, i, last, factor),
        )  # fmt: skip
    if tok.kind != "word":
        return None
    low = tok.lower
    # vague plurals: "hundreds of", "tens of thousands of", "hundreds of millions of"
    if low == "tens" and i + 2 < len(tokens) and tokens[i + 1].lower == "of":
        inner = tokens[i + 2].lower
        if inner in VAGUE_PLURALS:
            lo, hi = VAGUE_PLURALS[inner]
            return NumberMention(i, i + 2, tok.start, tokens[i + 2].end, lo * 10, lo * 10,
                                 hi * 10, vague=True, in_words=True)  # fmt: skip
    if low in VAGUE_PLURALS and i + 1 < len(tokens) and tokens[i + 1].lower == "of":
        lo, hi = VAGUE_PLURALS[low]
        last = i
        if (
            i + 3 < len(tokens)
            and tokens[i + 2].lower in VAGUE_PLURALS
            and tokens[i + 3].lower == "of"
        ):
            lo2 = VAGUE_PLURALS[tokens[i + 2].lower][0]  # hundreds of thousands of
            lo, hi, last = lo * lo2, hi * lo2, i + 2
        return NumberMention(i, last, tok.start, tokens[last].end, lo, lo, hi, vague=True,
                             in_words=True)  # fmt: skip
    parsed = _word_number(tokens, i)
    if parsed is None and _a_unit_and_a_half(tokens, i):
        # "an hour and a half": one, its unit's half added by the claim (claims.py)
        return NumberMention(i, i, tok.start, tok.end, 1.0, in_words=True, bare_one=True)
    if parsed is None:
        return None
    value, words_last, half = parsed
    factor, scale_last = _scale_after(tokens, words_last + 1, currency_before)
    last = max(words_last, scale_last)
    bare = last == i and low in ("one", "a")
    return NumberMention(
        first=i, last=last, start=tok.start, end=tokens[last].end, value=value * factor,
        in_words=True, scaled=factor != 1.0, bare_one=bare, factor=factor, half=half * factor,
        scale=_closing_scale(tokens, i, words_last) * factor,
    )  # fmt: skip


def scaled_on(
    tokens: list[Token], m: NumberMention, j: int, currency_before: bool
) -> tuple[NumberMention, int] | None:
    """The figure ``m`` scaled by the scale words that start at token ``j``, with words
    between them and it ('$40-odd million', 'twenty-some thousand': a qualifier between),
    as if they followed it ('$40 million', 'twenty thousand'), and the last scale word;
    None when none start there."""
    factor, last = _scale_after(tokens, j, currency_before)
    if factor == 1.0 or m.scaled or m.is_range or m.vague:
        return None
    if m.in_words:
        scale = m.scale * _closing_scale(tokens, j, last)
    else:
        scale = _digits_scale(tokens, m.last, last, factor)
    return replace(m, value=m.value * factor, scaled=True, factor=factor, scale=scale), last


def _digits_scale(tokens: list[Token], i: int, last: int, factor: float) -> float:
    """The scale digits (their last token at ``i``) are written in: the scale words or
    suffix after them, to ``last`` ('60 million', '$5m', '10 thousand' as '10k', '5 lakh
    crore'); no hundred ('5 hundred' is written as '500' is, '5 hundred million' to the
    million, '3 hundred thousand' as '300,000')."""
    if factor == 1.0 or all(tokens[k].lower != "hundred" for k in range(i + 1, last + 1)):
        return factor
    return _closing_scale(tokens, i + 1, last)


def _closing_scale(tokens: list[Token], first: int, last: int) -> float:
    """The scale words of a lakh (100,000) and up that close a figure (tokens first to
    last), an 'and a half' after them set aside: 'sixty million' 1e6, 'two and a half
    million' and 'a million and a half' 1e6, 'two hundred million' 1e6; 1 for 'two
    thousand', 'one million two hundred thousand' (written as '1,200,000')."""
    k = last
    if k - 2 >= first and [t.lower for t in tokens[k - 2 : k + 1]] == ["and", "a", "half"]:
        k -= 3
    return _scale_words_back(tokens, first, k, least=SCALE_WORDS["lakh"])[0]


def _scale_words_back(
    tokens: list[Token], first: int, last: int, least: float = 0.0
) -> tuple[float, int]:
    """The scale words (each of at least ``least``) that close tokens ``first`` to
    ``last``, walked back from ``last``: their product (1.0 for none) and the token before
    them. The one walk of _closing_scale (a lakh and up) and _scale_of (any)."""
    factor, k = 1.0, last
    while k >= first and SCALE_WORDS.get(tokens[k].lower, -1.0) >= least:
        factor *= SCALE_WORDS[tokens[k].lower]
        k -= 1
    return factor, k


VULGAR = {"½": 1 / 2, "⅓": 1 / 3, "⅔": 2 / 3, "¼": 1 / 4, "¾": 3 / 4, "⅕": 1 / 5,
          "⅖": 2 / 5, "⅗": 3 / 5, "⅘": 4 / 5, "⅙": 1 / 6, "⅚": 5 / 6, "⅛": 1 / 8,
          "⅜": 3 / 8, "⅝": 5 / 8, "⅞": 7 / 8}  # fmt: skip


def _mixed(tokens: list[Token], i: int) -> tuple[float, int] | None:
    """A whole number and a fraction: '4 1/2', '2-1/2' or '2½'; the value and the last
    token. ('2 ½', with a space, reads as 2 and ½: read as 2.5 it changed one claim of
    the development gold, and the pair model refitted on it moved by more than that
    claim; see the manual's evaluation notes.)"""
    n = len(tokens)
    tok = tokens[i]
    if not (tok.text.isdecimal() and len(tok.text) <= 3):  # "In 1998 3/4 of voters"
        return None
    whole = int(tok.text)
    if i + 1 < n and tokens[i + 1].text in VULGAR and _is_adjacent(tokens, i, i + 1):
        return whole + VULGAR[tokens[i + 1].text], i + 1
    hyphened = (  # "2-1/2 years", as American papers write two and a half
        i + 2 < n and tokens[i + 1].text == "-" and _is_adjacent(tokens, i, i + 1)
        and _is_adjacent(tokens, i + 1, i + 2)
    )  # fmt: skip
    if hyphened:
        i += 1
    if not (
        i + 3 < n and tokens[i + 1].text.isdecimal()
        and (hyphened or (not _is_adjacent(tokens, i, i + 1)
                          and tokens[i + 1].start - tok.end == 1))
        and tokens[i + 2].text in ("/", "⁄")
        and _is_adjacent(tokens, i + 1, i + 2) and _is_adjacent(tokens, i + 2, i + 3)
        and tokens[i + 3].text.isdecimal()
    ):  # fmt: skip
        return None
    num, den = int(tokens[i + 1].text), int(tokens[i + 3].text)
    if not 0 < num < den <= 16 or (i + 4 < n and tokens[i + 4].text in ("/", "⁄")):
        return None  # "4 12/25/2020" is no fraction
    if hyphened and i + 5 < n and tokens[i + 4].text == "-" and tokens[i + 5].kind == "num":
        return None  # "12-1/2-08": a form's or a date's number ("3 1/2-inch" is a fraction)
    return whole + num / den, i + 3


def _power_written(tokens: list[Token], i: int) -> tuple[str, int] | None:
    """'10^6', '10^-3', '10^400', '10⁹', '10⁻³' (written without spaces, whatever their size): the
    exponent in ASCII digits and the index of its last token. Superscript digits make a
    power of ten only ('2³' may be a footnote's mark)."""
    n = len(tokens)
    if not (i + 1 < n and tokens[i].text.isdecimal() and _is_adjacent(tokens, i, i + 1)):
        return None
    written = _exponent(tokens, i + 1)
    if written is None:
        return None
    exponent, j, superscript = written
    if superscript and not _superscript_power(tokens[i].text, exponent):
        return None
    return exponent, j


def _exponent(tokens: list[Token], j: int) -> tuple[str, int, bool] | None:
    """The exponent written from token ``j`` on: after a caret ('^6', '^-3', '^−3') or in
    superscript ('⁹', '⁻³'); its ASCII digits (with '-'), its last token's index, and
    whether it is in superscript (which a footnote's mark may be too)."""
    n = len(tokens)
    if tokens[j].text == "^":
        k, sign = j + 1, ""
        if k + 1 < n and tokens[k].text in ("-", "−") and _is_adjacent(tokens, k, k + 1):
            k, sign = k + 1, "-"
        if k < n and tokens[k].text.isdecimal() and _is_adjacent(tokens, k - 1, k):
            return sign + tokens[k].text, k, False
        return None
    sign = ""
    if tokens[j].text == "⁻" and j + 1 < len(tokens) and _is_adjacent(tokens, j, j + 1):
        sign, j = "-", j + 1
    if not (tokens[j].text and set(tokens[j].text) <= _SUPERSCRIPT_DIGITS):
        return None
    return sign + tokens[j].text.translate(_SUPERSCRIPT), j, True


def _power(tokens: list[Token], i: int) -> tuple[float, int] | None:
    """'10^6', '10⁹' (written without spaces): the power's value and its last token's
    index."""
    written = _power_written(tokens, i)
    if written is None or len(written[0].lstrip("-")) > 2:
        return None
    exponent, last = written
    try:  # '0^-1', '99999^99': no figure (a zero's negative power, past a float's range)
        value = float(int(tokens[i].text)) ** int(exponent)
    except (ZeroDivisionError, OverflowError):
        return None
    if value == 0:
        return None  # '99999^-99' (below a float's range), and '0^2': no power of ten
    return (value, last) if value < 1e30 else None


# The signs written between a figure's digits and its power of ten: '2.5 × 10²', '2.5 x
# 10^2', '2.5*10^2', and the middle dot or dot operator of '2.5·10²' ('2.5⋅10²').
TIMES_SIGNS = frozenset({"×", "x", "*", "·", "⋅"})
_SUPERSCRIPT = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁻", "0123456789-")
_SUPERSCRIPT_DIGITS = frozenset("⁰¹²³⁴⁵⁶⁷⁸⁹")
SUPERSCRIPTS = _SUPERSCRIPT_DIGITS | {"⁻"}  # the digits and minus sign of a power
# The degree sign, and the ordinal sign typed for it ('40 ºC'): units.may_be_measure reads
# a temperature after it; the tokenizer splits the full stop off '°F.'.
DEGREE_SIGNS = frozenset("°º")
# The letters of a temperature's scale after a degree sign (any case glued to it, '40°c';
# capital after a space, '40 ° C'), and with the full stop of a sentence they end
TEMPERATURE_SCALES = frozenset("CF")
SCALES_WITH_STOP = frozenset(f"{x}." for x in TEMPERATURE_SCALES)


def _scientific(tokens: list[Token], i: int) -> tuple[float, int, float] | None:
    """'1.99×10−30', '2.998 x 10^8', '6.02 × 10²³': the value, its last token's index and
    the power of ten its digits are multiplied by (1e8 for '2.998 x 10^8')."""
    written = _scientific_written(tokens, i)
    if written is None or len(written[0].lstrip("-")) > 2:
        return None
    exponent, j = written
    # exact in decimal: 1.99e-30, not 1.99 * 1e-30 (1.9900000000000002e-30)
    power = int(exponent)
    return float(Decimal(repr(_digits_value(tokens[i]))).scaleb(power)), j, 10.0**power


def _unreadable_power(tokens: list[Token], i: int) -> int | None:
    """'10^400', '3 x 10^400': a power of ten written at token i too large for a count; the
    index of its last token, so that its exponent is not read as a figure of its own
    ('400 rockets')."""
    written = _power_written(tokens, i) or _scientific_written(tokens, i)
    return None if written is None else written[1]


def _scientific_written(tokens: list[Token], i: int) -> tuple[str, int] | None:
    """The exponent and last token's index of a figure written as digits times a power of
    ten, whatever the exponent's size. The power of ten needs its exponent's mark ('^', a
    minus sign or superscript digits): '2 x 10 rooms' is a size."""
    n = len(tokens)
    if not (
        i + 3 < n and tokens[i + 1].text in TIMES_SIGNS and tokens[i + 2].text == "10"
        and _is_adjacent(tokens, i + 2, i + 3)
    ):  # fmt: skip
        return None
    j = i + 3
    if tokens[j].text == "−":  # '1.99×10−30': a minus sign for the superscript's
        if j + 1 < n and _is_adjacent(tokens, j, j + 1) and tokens[j + 1].text.isdecimal():
            return "-" + tokens[j + 1].text, j + 1
        return None
    written = _exponent(tokens, j)
    return None if written is None else written[:2]


def _fraction(tokens: list[Token], i: int) -> NumberMention | None:
    """'1/2 pound', '1/16 of a pint', 'half of', 'a third of', 'two-thirds', 'three quarters'."""
    n = len(tokens)
    tok = tokens[i]
    if (
        tok.kind == "num" and tok.text.isdecimal() and i + 2 < n
        and tokens[i + 1].text in ("/", "⁄")
        and _is_adjacent(tokens, i, i + 1) and _is_adjacent(tokens, i + 1, i + 2)
        and tokens[i + 2].kind == "num" and tokens[i + 2].text.isdecimal()
    ):  # fmt: skip
        num, den = int(tok.text), int(tokens[i + 2].text)
        after = tokens[i + 3] if i + 3 < n else None
        if 0 < num < den <= 1000 and after is not None and after.kind == "word" and not (
            i + 4 < n and tokens[i + 3].text in ("/", "⁄")
        ):  # fmt: skip
            return NumberMention(i, i + 2, tok.start, tokens[i + 2].end, num / den, in_words=False)
        return None
    if tok.text in VULGAR and i + 1 < n and tokens[i + 1].kind == "word":
        return NumberMention(i, i, tok.start, tok.end, VULGAR[tok.text], in_words=False)
    low = tok.lower
    nxt = tokens[i + 1].lower if i + 1 < n else ""
    if low == "half" and nxt in ("of", "the", "a", "an", "its", "their", "his", "her"):
        if i > 0 and _names_a_part(tokens, i - 1):
            return None  # "the second half of the game", "the top half of": a part, no figure
        if nxt == "the" and i + 2 < n and tokens[i + 2].lower == "time":
            return None  # "half the time": how often, no figure
        return _of_a_scale(tokens, NumberMention(i, i, tok.start, tok.end, 0.5, in_words=True))
    numer: float | None = None
    j = i + 1
    if low in ("a", "one"):
        numer = 1
    elif low in UNITS_WORDS and UNITS_WORDS[low] > 0:
        numer = UNITS_WORDS[low]
    if numer is None or j >= n:
        return None
    hyphen = tokens[j].text == "-" and _is_adjacent(tokens, i, j)
    if hyphen:
        j += 1
    if j >= n or tokens[j].lower not in FRACTION_WORDS:
        return None
    den = FRACTION_WORDS[tokens[j].lower]
    follows_of = j + 1 < n and tokens[j + 1].lower == "of"
    if not (follows_of or (hyphen and numer > 1) or _fraction_range_follows(tokens, j + 1)):
        return None  # "a third time", "one fifth place" are ordinals
    return _of_a_scale(tokens, NumberMention(i, j, tok.start, tokens[j].end, numer / den,
                                             in_words=True))  # fmt: skip


# Words before "half" that make it a named part, not a fraction ("the latter half of", "the
# northern half of"): places and sides.
_HALF_PLACES = COMPASS_POINTS | frozenset(
    """last final latter former back front top bottom upper lower northern southern eastern
    western northeastern northwestern southeastern southwestern central inner outer left
    right""".split()
)
# What a fraction in words can be of, as one figure: "half a million", "half a dozen".
_FRACTION_SCALES = {w: SCALE_WORDS[w] for w in ("hundred", *SCALE_NAMES)}
_FRACTION_SCALES["dozen"] = 12.0


def _names_a_part(tokens: list[Token], k: int) -> bool:
    """The word at ``k``, before 'half', names which half: an ordinal ('second', '2nd'), a
    place or side ('top', 'northern')."""
    low = tokens[k].lower
    if low in ORDINAL_WORDS or low in _HALF_PLACES:
        return True
    return low in ("st", "nd", "rd", "th") and k > 0 and tokens[k - 1].kind == "num"


def _of_a_scale(tokens: list[Token], m: NumberMention) -> NumberMention:
    """A fraction of a scale word is one figure: 'half a million' (500,000), 'three
    quarters of a million' (750,000), 'half a dozen' (6); else the fraction as it is."""
    j = m.last + 1
    if j < len(tokens) and tokens[j].lower == "of":
        j += 1
    if j + 1 >= len(tokens) or tokens[j].lower not in ("a", "an"):
        return m
    scale = _FRACTION_SCALES.get(tokens[j + 1].lower)
    if scale is None:
        return m
    return replace(m, last=j + 1, end=tokens[j + 1].end, value=m.value * scale, scaled=True,
                   factor=scale, scale=scale)  # fmt: skip


def _fraction_range_follows(tokens: list[Token], j: int) -> bool:
    """'a third and a half of', 'a quarter to a third of': another fraction of something
    after a range word, so the first is the range's lower end."""
    if j + 1 >= len(tokens) or tokens[j].lower not in ("and", "to", "or"):
        return False
    other = _fraction(tokens, j + 1)
    return (other is not None and other.in_words and other.last + 1 < len(tokens)
            and tokens[other.last + 1].lower == "of")  # fmt: skip


def find_numbers(tokens: list[Token], currency_at: set[int] | None = None) -> list[NumberMention]:
    """Every figure in a token list, ranges joined, left to right, never overlapping.

    ``currency_at`` holds indices of tokens right after a currency sign, where a glued
    "m" or "b" is a scale ("$5m") rather than a unit ("5m tall").
    """
    currency_at = currency_at or set()
    out: list[NumberMention] = []
    i = 0
    n = len(tokens)
    while i < n:
        tok = tokens[i]
        if tok.kind not in ("num", "word"):
            i += 1
            continue
        if (
            tok.kind == "word"
            and i > 0
            and tokens[i - 1].text == "-"
            and _is_adjacent(tokens, i - 1, i)
        ):
            i += 1  # second half of a hyphenated word: "Jong-un", "follow-up"
            continue
        mention = _single(tokens, i, i in currency_at)
        if mention is None:
            unreadable = _unreadable_power(tokens, i) if tok.kind == "num" else None
            i = (i if unreadable is None else unreadable) + 1
            continue
        mention = _join_range(tokens, mention, currency_at)
        out.append(mention)
        i = mention.last + 1
    return out


_RANGE_WORDS = ("to", "-", "–", "—", "and", "or", "through")


def _glued_letter_range(tokens: list[Token], m: NumberMention) -> NumberMention | None:
    """'2m-3m tonnes', '5b-10b users': a range whose ends both carry a glued 'm' or 'b',
    read ONE way for both ends, the way a single glued figure is read (_noun_follows, one
    decision for the letter): millions (billions for 'b') when the letter is 'b', 'of' or
    a noun follows ('5m-10m copies', 'Some 2m-3m people', as '35m of its devices' and
    'Some 2m people' are millions); metres (None: the ends stay figures and the letters
    their unit) before a dimension word or the end of the clause ('10m-20m tall',
    '20m-30m.'). 'The 10m-20m poles' is millions of poles, as 'The 10m poles' is."""
    i = m.first
    n = len(tokens)
    if m.scaled or m.is_range or m.in_words or i != m.last or i + 4 >= n:
        return None
    letter, dash, other, again = tokens[i + 1], tokens[i + 2], tokens[i + 3], tokens[i + 4]
    if not (
        letter.text in ("m", "b")
        and dash.text in ("-", "\u2013", "\u2014")
        and other.kind == "num"
        and again.text == letter.text
        and all(_is_adjacent(tokens, k, k + 1) for k in range(i, i + 4))
    ):
        return None
    if letter.text == "m" and not _noun_follows(tokens, i + 5):
        return None  # '10m-20m tall', '20m-30m.': metres
    factor = SCALE_WORDS["million"] if letter.text == "m" else SCALE_WORDS["billion"]
    lo, hi = m.value * factor, _digits_value(other) * factor
    if hi <= lo:
        return None
    return NumberMention(
        first=i, last=i + 4, start=m.start, end=again.end, value=(lo + hi) / 2, lower=lo,
        upper=hi, is_range=True, scaled=True, factor=factor, scale=factor,
    )  # fmt: skip


def _join_range(tokens: list[Token], m: NumberMention, currency_at: set[int]) -> NumberMention:
    j = m.last + 1
    n = len(tokens)
    if j >= n or m.vague:
        return m
    glued = _glued_letter_range(tokens, m)
    if glued is not None:
        return glued
    link = tokens[j].lower
    if link not in _RANGE_WORDS:
        return m
    k = j + 1
    if link == "-" and _is_adjacent(tokens, m.last, j) and k + 1 < n and tokens[k].lower == "to":
        # "a 10- to 15-minute delay": the hyphen waits for the compound after 'to', which
        # links the two (not "7- to 14 at halftime", "a 1- to 2 ratio": no compound)
        if figure_compound(tokens, k + 1) is None:
            return m
        link, j, k = "to", k, k + 1
    # "$5-$10", "5% to 7%": skip a repeated currency sign
    if k < n and tokens[k].kind == "sym" and tokens[k].text != "%":
        k += 1
    if k >= n:
        return m
    b = m.first - 1
    while b >= 0 and tokens[b].kind == "sym":
        b -= 1
    between = b >= 0 and tokens[b].lower == "between"
    if link == "and" and not between:
        return m
    if link in ("-", "–", "—") and not (
        _is_adjacent(tokens, m.last, j) and _is_adjacent(tokens, j, k)
    ) and tokens[k].kind != "num":  # fmt: skip
        return m
    # "$5m-10m": the second end's glued letter reads as the first end's did
    other = _single(tokens, k, k in currency_at or m.scaled)
    if other is None or other.vague or other.bare_one:
        return m
    if year_at(tokens, m.first) and (other.scaled or not _year_shaped(tokens, other.first)):
        return m  # "in 2018 to 3.9 million"
    if link == "to" and (_after_change(tokens, m.first, "from") or _chained(tokens, m.first)):
        # "rose from 30 to 40": the level before, then the level now; "from $5 to $10
        # billion": the scale word is the first's too, as in a range; "from 30 to 40 to
        # 52": each level the one before the next
        factor = _scale_of(tokens, other)
        if factor != 1.0 and _scale_of(tokens, m) == 1.0 and other.value != factor:
            return replace(m, value=m.value * factor, scaled=True, factor=factor, scale=factor)
        return m
    if link == "to" and _after_change(tokens, m.first) and other.value > 2 * m.value:
        return m  # "rose by 10 to 34": a change, then the level reached
    lo_v, hi_v = m.value, other.value
    # "between 800.000 and 1.000.000", "1.000-2.000.000": full stops between groups at one
    # end say how the writer groups digits, so a single group at the other is thousands
    if (
        m.first == m.last
        and one_dot_group(tokens[m.first].text)
        and dot_grouped(tokens[other.last].text)
    ):
        lo_v = float(tokens[m.first].text.replace(".", ""))
    # "3 to 4 million", "$5-10 billion", "four to five thousand": the second's scale
    # (not "from one to a hundred", "between five and five hundred": the scale is the
    # second number, or scaling the first would reach it)
    factor = _scale_of(tokens, other)
    shared = (factor != 1.0 and _scale_of(tokens, m) == 1.0 and hi_v != factor
              and lo_v * factor < hi_v)  # fmt: skip
    if shared:
        lo_v *= factor
    unit = factor if shared else 1.0  # "one or two million" is close as "one or two" is
    if link == "or" and not (hi_v > lo_v and (hi_v - lo_v) / unit <= max(2.0, 0.5 * lo_v / unit)):
        return m  # "5 or 6" is a range; "one or two" too; "10 or 500" is not
    if hi_v <= lo_v:
        return m  # "1-0" scores, "24-7", "2024-25": not a range of values
    return NumberMention(
        first=m.first, last=other.last, start=m.start, end=other.end,
        value=(lo_v + hi_v) / 2, lower=lo_v, upper=hi_v, is_range=True,
        in_words=m.in_words and other.in_words, scaled=m.scaled or other.scaled,
        scale=factor if shared else other.scale,
    )  # fmt: skip


def _scale_of(tokens: list[Token], m: NumberMention) -> float:
    """The scale a figure ends with: a scale word or suffix applied to it ("4 million",
    "$10bn"), or the scale words that close a number in words ("five thousand", "three
    hundred thousand"); 1.0 for none ("twenty-eight thousand six hundred forty-two")."""
    if m.scaled:
        return m.factor
    factor, i = _scale_words_back(tokens, m.first + 1, m.last)  # never its first token
    if any(t.lower in SCALE_WORDS for t in tokens[m.first : i + 1]):
        return 1.0  # "three thousand five hundred": the hundred is not the whole's scale
    return factor


def _year_shaped(tokens: list[Token], i: int) -> bool:
    return tokens[i].kind == "num" and tokens[i].text.isdecimal() and len(tokens[i].text) == 4


def year_at(tokens: list[Token], i: int) -> bool:
    """Token ``i`` is four digits that may be a year (1000 to 2100): the one such test
    (a month's year narrows it to 1900 and later, claims._month_s_year)."""
    t = tokens[i]
    return (
        t.kind == "num" and t.text.isdecimal() and len(t.text) == 4 and 1000 <= int(t.text) <= 2100
    )


def _chained(tokens: list[Token], first: int) -> bool:
    """The figure is the next level of a change already under way: '52' in 'rose from 30
    to 40 to 52'."""
    k = first - 1
    while k >= 0 and tokens[k].kind == "sym":
        k -= 1
    if k < 1 or tokens[k].lower != "to":
        return False
    k -= 1
    while k >= 0 and (tokens[k].kind in ("num", "sym") or tokens[k].lower in SCALE_WORDS):
        k -= 1
    return k + 1 < first and tokens[k + 1].kind in ("num", "sym") and (
        _after_change(tokens, k + 1, "from") or _chained(tokens, k + 1))  # fmt: skip


def _after_change(tokens: list[Token], first: int, via: str | None = None) -> bool:
    """The figure follows a change verb, or 'by'/'from' after one: 'rose 5 to 7',
    'climbed by 10 to 34', 'fell from 12 to 9'; but 'from 0 to 62 mph' is a range.
    ``via``: only after that word ('from': 'rose from 30')."""
    k = first - 1
    while k >= 0 and (
        tokens[k].kind == "sym"
        or tokens[k].lower in ("about", "nearly", "some", "around", "almost")
    ):
        k -= 1
    k = before_possessive(tokens, k)
    if via is not None and not (k >= 1 and tokens[k].lower == via):
        return False
    if k >= 1 and tokens[k].lower in ("by", "from"):  # "rose 10 from 30 to 40", "by 5% from"
        return change_verb_before(tokens, k)
    return k >= 0 and tokens[k].lower in CHANGE_VERBS


def before_possessive(tokens: list[Token], k: int) -> int:
    """Where a level's possessive ends at token ``k`` ('from Monday's 30', 'from last
    year's 2.1%'), the index of the 'from', 'to' or 'by' before it (a few words back);
    else ``k``."""
    if k < 1 or tokens[k].kind != "word" or not tokens[k].lower.endswith(("'s", "’s")):
        return k
    for j in range(k - 1, max(-1, k - 4), -1):
        if tokens[j].lower in ("from", "to", "by"):
            return j
        if tokens[j].kind != "word":
            break
    return k


def owned_level(tokens: list[Token], m: NumberMention) -> bool:
    """A figure after a possessive that is a level of a change, not a model's number: 'rose
    10 from Monday's 30 to 40' (a level follows), 'rose to 40 from Monday's 30' (after the
    level reached); not 'rose to Apple's 15 Pro', 'fell 2% to Tuesday's 30 low'."""
    link = before_possessive(tokens, m.first - 1)
    if link == m.first - 1 or tokens[link].lower != "from":
        return False
    n = len(tokens)
    k = m.last + 1
    if k + 1 < n and tokens[k].lower == "to" and change_verb_before(tokens, link):
        k += 1
        while k < n and tokens[k].kind == "sym":
            k += 1
        return k < n and tokens[k].kind == "num"  # "from Monday's 30 to 40"
    to = change_size_start(tokens, link - 1) - 1  # "to 40 from Monday's 30"
    return to >= 1 and to < link - 1 and tokens[to].lower == "to" and change_verb_before(tokens, to)


def change_verb_before(tokens: list[Token], link: int) -> bool:
    """A verb of change, then perhaps an adverb and the size of the change (its own claim),
    then ``tokens[link]`` ('from', 'to', 'by'): 'rose from', 'rose sharply to', 'rose 12
    per cent from', 'rose by 10 people from', 'dropped 0.2 percentage point to'. The one
    reading of a change's size for the mention finder and the claims."""
    return change_verb_at(tokens, link) is not None


def change_verb_at(tokens: list[Token], link: int) -> int | None:
    """The index of the verb of change_verb_before, or None."""
    k = change_size_start(tokens, link - 1) - 1
    if (
        k >= 1
        and tokens[k].kind == "word"
        and (tokens[k].lower.endswith("ly") or tokens[k].lower in ("further", "again"))
    ):
        k -= 1  # "rose sharply to", "fell steadily from", "rose further to", "rose again from"
    if k >= 1 and tokens[k].lower in CHANGE_DOWN_HOMOGRAPHS:
        # "to slow from"
        return k if tokens[k - 1].lower == "to" or tokens[k - 1].lower in MODALS else None
    return k if k >= 0 and tokens[k].lower in CHANGE_VERBS else None


def change_size_start(tokens: list[Token], end: int) -> int:
    """Where the size of a change that ends at ``tokens[end]`` starts: a figure, perhaps
    after 'by', a sign or a currency, and a scale word and a unit of ``CHANGE_SIZE_UNITS``
    after it ('by 12 per cent', '$2bn', '-5%', '0.2 percentage point'); after 'by', any one
    word it counts ('by 10 people'). ``end + 1`` when no size ends there."""
    j = end
    for phrase in CHANGE_SIZE_UNITS:
        size = len(phrase)
        if j - size + 1 >= 0 and tuple(t.lower for t in tokens[j - size + 1 : j + 1]) == phrase:
            j -= size
            break
    counted = False
    if j == end and j >= 0 and _counted_word(tokens[j]):
        j, counted = j - 1, True  # "by 10 people": only after 'by', checked below
    if j >= 0 and tokens[j].lower in SCALE_WORDS:
        j -= 1
    if j < 0 or tokens[j].kind != "num":
        return end + 1
    j -= 1
    while j >= 0 and (tokens[j].kind == "sym" or tokens[j].text in ("-", "+", "−")):
        j -= 1
    if j >= 0 and tokens[j].lower == "by":
        return j
    return end + 1 if counted else j + 1


def _counted_word(tok: Token) -> bool:
    low = tok.lower
    return (
        tok.kind == "word"
        and not tok.text[0].isupper()
        and low not in PREPOSITIONS
        and low not in AUXILIARIES
        and low not in CHANGE_VERBS
        and low not in SCALE_WORDS
        and low not in ("and", "or", "but")
    )
