"""A noun's plural and the inflect engine, in a module of their own: the report and the
rules word units in the plural ("450 workers") on every run, a re-run from the store
too, which must not load the extractor (its tokenizer, its context rules) to do so."""

from __future__ import annotations

import functools
import sys
import threading
from typing import Any

from crosscheck.extract.lexicon import PLURAL_ONLY


def import_inflect() -> Any:
    """The inflect module (which quantulum3 imports too), imported with typeguard's
    ``typechecked`` standing aside: inflect 7.1+ decorates its engine's methods with it,
    and instrumenting them took 2.6-3.7 s of every process's first extraction (inflect
    issue 212, typeguard issue 468), more than extracting 100 articles. The checks only
    reject arguments of the wrong type, and crosscheck passes words. Any typeguard that was
    imported before is put back. Threads take turns, so none takes another's stand-in for
    the real module and puts it back."""
    with _INFLECT_LOCK:
        return _import_inflect()


_INFLECT_LOCK = threading.Lock()


def _import_inflect() -> Any:
    if "inflect" in sys.modules:  # imported, or being imported: the import waits for it
        import inflect

        return inflect
    import types

    def typechecked(target: Any = None, **_options: Any) -> Any:
        return target if target is not None else (lambda f: f)

    before = sys.modules.get("typeguard")
    stand_in = types.ModuleType("typeguard")
    stand_in.typechecked = typechecked  # type: ignore[attr-defined]
    sys.modules["typeguard"] = stand_in
    try:
        import inflect
    finally:
        if before is None:
            sys.modules.pop("typeguard", None)
        else:
            sys.modules["typeguard"] = before
    return inflect


@functools.lru_cache(maxsize=1)
def inflect_engine():  # type: ignore[no-untyped-def]
    return import_inflect().engine()


@functools.lru_cache(maxsize=4096)
def plural(noun: str) -> str:
    """'worker' -> 'workers', 'child' -> 'children', 'kilometre per hour' -> 'kilometres
    per hour', 'inch of mercury' -> 'inches of mercury', 'police officer' -> 'police
    officers'; 'people' unchanged."""
    head, sep, rest = noun.partition(" per ")
    head, of, thing = head.partition(" of ")  # ("inch of mercury per hour")
    *before, last = head.split(" ")
    if last.lower() in PLURAL_ONLY:  # (KEEP_PLURAL's words among them)
        return noun
    many = str(inflect_engine().plural_noun(last) or last)
    return " ".join([*before, many]) + of + thing + sep + rest
