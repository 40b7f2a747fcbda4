"""Bytes to text: UTF-8 (with or without BOM) first, UTF-8 with a few bytes of another
charset (cp1252) in it, then a declared or detected charset."""

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
    if declared:
        try:
            text = data.decode(declared)
            return Decoded(text, declared, f"not valid UTF-8; decoded as declared {declared}")
        except (UnicodeDecodeError, LookupError):
            pass
    from charset_normalizer import from_bytes  # imported late: only non-UTF-8 input pays

    best = from_bytes(data).best()
    if best is None or best.encoding is None:
        raise InputError(f"not text: not valid UTF-8 (byte {bad_at}) and no charset detected")
    text = str(best)
    if _control_ratio(text) > 0.05:
        raise InputError("binary file (mostly control characters)")
    return Decoded(text, best.encoding, f"not valid UTF-8; decoded as detected {best.encoding}")


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
