"""Bytes to text: UTF-8 (with or without BOM) first, then a declared or detected charset."""

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
    for bom, enc in ((codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")):
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


def _control_ratio(text: str) -> float:
    sample = text[:_NUL_PROBE]
    if not sample:
        return 0.0
    bad = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\t\n\r\f")
    return bad / len(sample)
