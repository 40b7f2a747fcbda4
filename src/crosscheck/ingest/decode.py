"""Bytes to text: UTF-8 (with or without BOM) first, UTF-8 with a few bytes of another
charset (cp1252) in it, then a declared charset, then windows-1252 when the bytes read
as Western text in it, then a detected charset."""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from crosscheck.errors import InputError

_NUL_PROBE = 8192
_DECLARED_RE = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)|<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str
    encoding: str
    note: str | None = None  # set when the text was not plain UTF-8: a warning for the user


def declared_charset(data: bytes) -> str | None:
    """The charset an HTML/XML file declares in its first few kilobytes, if any."""
    m = _DECLARED_RE.search(data[:4096])
    if not m:
        return None
    name = (m.group(1) or m.group(2)).decode("ascii", "replace")
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def decode(data: bytes, declared: str | None = None) -> Decoded:
    """Decode a file's bytes, or raise InputError when they are not text."""
    if data.startswith(codecs.BOM_UTF8):
        try:
            return Decoded(data[len(codecs.BOM_UTF8) :].decode("utf-8"), "utf-8-sig")
        except UnicodeDecodeError:
            pass  # a BOM on a broken file: fall through to detection
    # UTF-32's marks first: UTF-32-LE's begins with UTF-16-LE's (FF FE 00 00)
    boms = ((codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
            (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"))  # fmt: skip
    for bom, enc in boms:
        if data.startswith(bom):
            try:
                return Decoded(data[len(bom) :].decode(enc), enc, f"decoded as {enc} (BOM)")
            except UnicodeDecodeError:
                raise InputError(f"has a {enc} byte-order mark but is not valid {enc}") from None
    if b"\x00" in data[:_NUL_PROBE]:
        raise InputError("binary file (contains NUL bytes)")
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError as exc:
        bad_at = exc.start
        # valid UTF-8 but for its last character, cut off (a truncated download or copy)
        cut = exc.reason == "unexpected end of data"
    mixed = None if declared in _MULTIBYTE else _mostly_utf8(data, cut)
    if mixed is not None:
        return mixed
    if declared in _AS_WINDOWS_1252:  # as browsers read them (the WHATWG encoding standard)
        text = _STRAY.sub(_cp1252_byte, data.decode("cp1252", errors="surrogateescape"))
        why = _AS_WINDOWS_1252[declared]
        return Decoded(text, "cp1252", f"not valid UTF-8; decoded as declared windows-1252{why}")
    if declared:
        try:
            text = data.decode(declared)
            return Decoded(text, declared, f"not valid UTF-8; decoded as declared {declared}")
        except (UnicodeDecodeError, LookupError):
            pass
    text, not_western = _western(data)
    if not_western is None:
        why = f"not valid {declared} as declared" if declared else "no charset declared"
        return Decoded(text, "cp1252", f"not valid UTF-8; decoded as windows-1252 ({why}; "
                                       "it reads as Western letters and punctuation)")  # fmt: skip
    from charset_normalizer import from_bytes  # imported late: only non-UTF-8 input pays

    best = from_bytes(data).best()
    if best is None or best.encoding is None:
        raise InputError(f"not text: not valid UTF-8 (byte {bad_at}) and no charset detected")
    text = str(best)
    if _control_ratio(text) > 0.05:
        raise InputError("binary file (mostly control characters)")
    note = f"not valid UTF-8; decoded as detected {best.encoding} (not windows-1252: {not_western})"
    return Decoded(text, best.encoding, note)


# Labels a page may declare that browsers read as windows-1252 (the WHATWG encoding
# standard), with what the warning says of them: Latin-1's bytes 0x80-0x9F are C1
# controls, which no page means, where windows-1252 has the curly quotes, dashes and
# euro sign that pages labelled Latin-1 hold. The five bytes windows-1252 leaves without
# a character are read as Latin-1 reads them, as browsers do, rather than not at all.
_AS_WINDOWS_1252 = {
    codecs.lookup(label).name: why
    for label, why in (
        ("windows-1252", ""),
        ("iso-8859-1", " (labelled iso-8859-1, which browsers read as windows-1252)"),
        ("us-ascii", " (labelled us-ascii, which browsers read as windows-1252)"),
    )
}

# An undeclared file that is not UTF-8 is read as windows-1252, by far the most usual
# charset of Western news text, when every byte of it beyond ASCII reads there as a
# letter or as punctuation of Western text: the detector, given a few such bytes, had no
# ground to prefer windows-1252 to another of the charsets in which they are letters and
# took one of them by its own order (cp775 read "€1.5 million" as "Ć1.5 million").
# The letters of Latin-1 and the five of windows-1252 beyond it; × and ÷ are not letters.
_WEST_LETTERS = frozenset(
    [chr(c) for c in range(0xC0, 0x100) if chr(c) not in "×÷"] + list("ŒœŠšŽž")
)
# Punctuation and signs of Western text read the same in windows-1250 (no Central
# European letter reads as one of them): quotes, dashes, ellipsis, euro, bullet, NBSP...
_WEST_SIGNS = frozenset("‘’‚“”„–—…•€†‡‰‹›™\xa0«»°§©®·±µ´\xad²")
# Signs that are Central European letters in windows-1250 (Ł Ą ż Ľ ľ Ş ş ...), taken only
# where the sign is used: a currency before a figure, ¿ ¡ opening a Spanish phrase, an
# ordinal after a figure (1º, 2ª), a fraction beside no letter (2½).
_NOT_BEFORE_A_LETTER = frozenset("£¥")
_NOT_AFTER_A_LETTER = frozenset("¿¡")
_AFTER_A_FIGURE = frozenset("ºª")
_BESIDE_NO_LETTER = frozenset("½¼¾")
# Central European text in windows-1250 (Czech ř ě č ň ů, Polish ś, Hungarian ő) whose
# every byte is a Latin-1 letter in windows-1252 shows in the letters' company: ø with
# è, ì, ò or ù (ř with č, ě, ň, ů), which no Western alphabet writes together; ì or ù
# inside a word (Italian and French write them last: così, più, où); œ before a letter
# other than u or i (cœur, œil, but "œwiat" for świat); õ before a letter other than e
# in a text with acute accents (Portuguese writes -ões, Estonian no á or é, but "Gyõr"
# for Győr); or š or ž, which are windows-1250's too, in a text windows-1250 reads
# otherwise (a Western text with the name Škoda and its à).
_SLASHED = frozenset("øØ")
_GRAVE = frozenset("èìòùÈÌÒÙ")
_ACUTE = frozenset("áéíóúûÁÉÍÓÚÛ")
# þ and ð are Icelandic's (ð also Faroese): with a letter neither alphabet has (ü, ç, ø
# beside þ), they are Turkish ş and ğ (windows-1254) or Lithuanian ž and š (windows-1257).
_ICE = "áéíóúýæöþðÁÉÍÓÚÝÆÖÞÐ"
_ICELANDIC = (("þ", frozenset(_ICE)), ("Þ", frozenset(_ICE)),
              ("ð", frozenset(_ICE + "øØ")), ("Ð", frozenset(_ICE + "øØ")))  # fmt: skip
_AT_A_WORDS_END = frozenset("ìùÌÙ")
_ALSO_1250 = frozenset("ŠšŽž")
_BEYOND_ASCII = re.compile("[^\x00-\x7f]")
_NOT_ASCII_LETTERS = bytes(b for b in range(256) if not chr(b).isascii() or not chr(b).isalpha())
_RUN = 4  # this many letters beyond ASCII in a row: a word of Cyrillic or Greek letters
_SHARE = 0.3  # above this share of its letters beyond ASCII: not a Western text


def _western(data: bytes) -> tuple[str, str | None]:
    """``data`` as windows-1252, and None when it reads there as Western text, else why
    not (in a few words, for the warning)."""
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError as exc:
        return "", f"byte 0x{data[exc.start]:02X} is not a windows-1252 character"
    letters = len(data.translate(None, _NOT_ASCII_LETTERS))
    wide = run = 0
    last = -2  # where the last letter beyond ASCII was
    seen: set[str] = set()
    tilde_o = ""  # a word with õ before a letter other than e
    for m in _BEYOND_ASCII.finditer(text):
        i, ch = m.start(), m.group()
        before = text[i - 1] if i else " "
        after = text[i + 1] if i + 1 < len(text) else " "
        if ch in _WEST_LETTERS:
            wide += 1
            run = run + 1 if last == i - 1 else 1
            last = i
            if run >= _RUN:
                return text, f"it would read {_word(text, i)!r}, a word of no Western alphabet"
            seen.add(ch)
            if ch == "õ" and after.isalpha() and after != "e" and not tilde_o:
                tilde_o = _word(text, i)
            if (ch in _AT_A_WORDS_END and after.isalpha()) or (
                ch == "œ" and after.isalpha() and after not in "ui"
            ):
                return text, f"it would read {_word(text, i)!r}"
        elif not (
            ch in _WEST_SIGNS
            or (ch in _NOT_BEFORE_A_LETTER and not after.isalpha())
            or (ch in _NOT_AFTER_A_LETTER and not before.isalpha())
            or (ch in _AFTER_A_FIGURE and before.isdigit())
            or (ch in _BESIDE_NO_LETTER and not before.isalpha() and not after.isalpha())
        ):
            return text, f"it would read {_word(text, i)!r}"
    if seen & _SLASHED and seen & _GRAVE:
        return text, "it would read ø beside è, ì, ò or ù, which no Western alphabet has"
    if tilde_o and seen & _ACUTE:
        return text, f"it would read {tilde_o!r} beside an acute accent"
    for sign, alphabet in _ICELANDIC:
        if sign in seen and not seen <= alphabet:
            odd = "".join(sorted(seen - alphabet))
            return text, f"it would read {sign} beside {odd}, which no alphabet with {sign} has"
    if seen & _ALSO_1250 and data.decode("cp1250", errors="replace") != text:
        return text, "it holds š or ž, letters of windows-1250, which reads it otherwise"
    if wide > _SHARE * (letters + wide):
        return text, f"{wide} of its {letters + wide} letters would be beyond ASCII"
    return text, None


def _word(text: str, i: int) -> str:
    """The word around ``text[i]`` (at most 20 characters of it), for a warning."""
    start = i
    while start > 0 and i - start < 10 and not text[start - 1].isspace():
        start -= 1
    end = i + 1
    while end < len(text) and end - i < 10 and not text[end].isspace():
        end += 1
    return text[start:end]


def _cp1252_byte(m: re.Match[str]) -> str:
    """A byte that windows-1252 leaves without a character, as Latin-1 reads it (as a
    browser does)."""
    return chr(ord(m.group()) - 0xDC00)


# Charsets of two or more bytes a character: a short page declaring one may hold byte
# pairs that are valid UTF-8 by chance, so it is read as declared, not as mixed UTF-8.
_MULTIBYTE = frozenset(codecs.lookup(name).name for name in (
    "gbk", "gb2312", "gb18030", "big5", "big5hkscs", "cp950", "shift_jis", "cp932",
    "shift_jis_2004", "euc_jp", "euc_jis_2004", "euc_kr", "cp949", "johab", "hz",
    "iso2022_jp", "iso2022_kr"))  # fmt: skip
_STRAY = re.compile("[\udc80-\udcff]")  # a byte not UTF-8, as surrogateescape keeps it


def _mostly_utf8(data: bytes, cut: bool = False) -> Decoded | None:
    """UTF-8 text with a few bytes of another charset in it (a paragraph pasted from a
    cp1252 page: "Seoul’s ... Caf\xe9"): the UTF-8 read as UTF-8 and each stray byte as
    cp1252 (Latin-1 where cp1252 has no character), when the text holds at least as many
    UTF-8 characters beyond ASCII as stray bytes, or some and its only stray bytes are a
    character cut off at its end (``cut``: all before them is UTF-8); None otherwise (a
    whole file in another charset has few or none, and is detected as a whole). Detecting
    the whole file read every UTF-8 character as two or three of another charset."""
    text = data.decode("utf-8", errors="surrogateescape")
    stray = len(_STRAY.findall(text))
    wide = sum(1 for ch in text if ord(ch) > 0x7F) - stray
    if not stray or (wide < stray and not (cut and wide > 0)):
        return None

    def byte(m: re.Match[str]) -> str:
        b = bytes([ord(m.group()) - 0xDC00])
        try:
            return b.decode("cp1252")
        except UnicodeDecodeError:
            return b.decode("latin-1")

    note = f"not valid UTF-8 in {stray} byte(s); decoded as UTF-8, those bytes as cp1252"
    return Decoded(_STRAY.sub(byte, text), "utf-8", note)


def _control_ratio(text: str) -> float:
    sample = text[:_NUL_PROBE]
    if not sample:
        return 0.0
    bad = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\t\n\r\f")
    return bad / len(sample)
