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


def charset_declared(data: bytes) -> tuple[str | None, str | None]:
    """The codec of the charset an HTML/XML file declares in its first few kilobytes, and
    the name as written when Python knows no such codec ('bogus-charset': decode then says
    so, not 'no charset declared'); (None, None) when it declares none."""
    m = _DECLARED_RE.search(data[:4096])
    if not m:
        return None, None
    name = (m.group(1) or m.group(2)).decode("ascii", "replace")
    try:
        return codecs.lookup(name).name, None
    except LookupError:
        return None, name


def decode(data: bytes, declared: str | None = None, unknown: str | None = None) -> Decoded:
    """Decode a file's bytes, or raise InputError when they are not text (``declared``:
    the codec the file declares; ``unknown``: the charset it declares that no codec is)."""
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
        text = _text(_STRAY.sub(_cp1252_byte, data.decode("cp1252", errors="surrogateescape")))
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
        text = _text(text)
        why = (f"not valid {declared} as declared" if declared
               else f"its declared charset {unknown!r} is unknown" if unknown
               else "no charset declared")  # fmt: skip
        return Decoded(text, "cp1252", f"not valid UTF-8; decoded as windows-1252 ({why}; "
                                       "it reads as Western letters and punctuation)")  # fmt: skip
    from charset_normalizer import from_bytes  # imported late: only non-UTF-8 input pays

    best = from_bytes(data).best()
    if best is None or best.encoding is None:
        raise InputError(f"not text: not valid UTF-8 (byte {bad_at}) and no charset detected")
    text = _text(str(best))
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
    )
}

# An undeclared file that is not UTF-8 is read as windows-1252, by far the most usual
# charset of Western news text, when no byte of it beyond ASCII could be a letter of
# another alphabet there: the detector, given a short text with a few such bytes, had no
# ground to prefer windows-1252 to the other charsets in which they are letters too, and
# took one by its own order (cp775 read "€1.5 million" as "Ć1.5 million"). A byte is taken
# for windows-1252's when windows-1250 and ISO-8859-2, the Central European charsets whose
# text it is most often mistaken for, read it alike (é, ü, ß, ç, ô, the euro sign, curly
# quotes and dashes), or when it is à or å, which they read as the Slovak ŕ and ĺ that
# Czech, Polish, Hungarian and the rest do not write. A byte they read as another letter
# (è as č, ñ as ń, ø as ř, ê as ę, ã as ă, õ as ő) leaves the choice to the detector,
# as does a sign they read as a letter (¿ as ż, ± as ą, ³ as ł) unless it is used as the
# sign ("¿Qué", "£40", "1º", "2½"), a sign between two letters (DOS text's "pr‚sident"),
# or a capital between small letters (Mac text's "councilÕs"). Whatever the detector then
# picks, the text is read no worse than before this rule.
_CENTRAL = ("cp1250", "iso8859_2")
_WEST_ONLY = frozenset("àÀåÅ")
_OPENING = frozenset("¿¡")  # a Spanish question or exclamation opens with them
_CURRENCY = frozenset("£¥")  # before a figure
_ORDINAL = frozenset("ºª")  # after a figure: 1º, 2ª
_FRACTION = frozenset("½¼¾")  # beside no letter
# signs that may stand between two letters in Western text: apostrophes, a Catalan middle
# dot (l·l), dashes and hyphens
_BETWEEN_LETTERS = frozenset("’‘'·–—-\xad")
_BEYOND_ASCII = re.compile("[^\x00-\x7f]")
_RUN = 4  # this many letters beyond ASCII in a row: a word of no Western alphabet


def _western(data: bytes) -> tuple[str, str | None]:
    """``data`` as windows-1252, and None when no byte of it beyond ASCII could be a letter
    of another alphabet there (see above), else why it could (in a few words, for the
    warning)."""
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError as exc:
        return "", f"byte 0x{data[exc.start]:02X} is not a windows-1252 character"
    others = [data.decode(charset, errors="replace") for charset in _CENTRAL]
    run, last = 0, -2  # letters beyond ASCII in a row, and where the last one was
    for m in _BEYOND_ASCII.finditer(text):
        i, ch = m.start(), m.group()
        before = text[i - 1] if i else " "
        after = text[i + 1] if i + 1 < len(text) else " "
        # the letter another charset reads there instead (a C1 control or a sign is none)
        differs = next((o[i] for o in others if o[i] != ch and o[i].isalpha()), None)
        if ch in _ORDINAL and before.isdigit():
            continue  # "1º", "2ª": ordinals ('º' and 'ª' are letters to Python)
        if ch.isalpha():
            run = run + 1 if last == i - 1 else 1
            last = i
            if run >= _RUN:
                return text, f"it would read {_word(text, i)!r}, a word of no Western alphabet"
            if differs is not None and ch not in _WEST_ONLY:
                return text, _another_letter(text, i, differs)
            if ch.isupper() and before.islower() and after.islower():
                return text, f"it would read {_word(text, i)!r}, a capital inside a word"
            continue
        if before.isalpha() and after.isalpha() and ch not in _BETWEEN_LETTERS:
            return text, f"it would read {_word(text, i)!r}, a sign inside a word"
        if differs is not None and not (
            (ch in _OPENING and not before.isalnum())
            or (ch in _CURRENCY and not after.isalpha() and not before.isalpha())
            or (ch in _ORDINAL and before.isdigit())
            or (ch in _FRACTION and not before.isalpha() and not after.isalpha())
        ):
            return text, _another_letter(text, i, differs)
    return text, None


def _another_letter(text: str, i: int, other: str) -> str:
    return f"it would read {_word(text, i)!r}, where windows-1250 reads {other!r}"


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
    """A stray byte (surrogateescape's) as windows-1252 reads it, or as Latin-1 where
    windows-1252 has no character (as a browser does)."""
    b = bytes([ord(m.group()) - 0xDC00])
    try:
        return b.decode("cp1252")
    except UnicodeDecodeError:
        return b.decode("latin-1")


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
    note = f"not valid UTF-8 in {stray} byte(s); decoded as UTF-8, those bytes as cp1252"
    return Decoded(_STRAY.sub(_cp1252_byte, text), "utf-8", note)


def _text(text: str) -> str:
    """``text``, unless it is mostly control characters: then no text at all."""
    if _control_ratio(text) > 0.05:
        raise InputError("binary file (mostly control characters)")
    return text


def _control_ratio(text: str) -> float:
    sample = text[:_NUL_PROBE]
    if not sample:
        return 0.0
    bad = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\t\n\r\f")
    return bad / len(sample)
