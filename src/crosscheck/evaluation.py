"""Extraction measured on NewsQuant (Almasian et al., CQE, EMNLP 2023), with the paper's
protocol, next to quantulum3 alone on the same sentences in the same run.

Per sentence, predictions and gold quantities are matched one-to-one on value with relative
tolerance 1e-5; a gold range "a-b" is matched by its bounds (for quantulum3, which reports
a range's midpoint, by the midpoint, as the paper's scorer does). value+unit also needs the
unit: ours is mapped to the gold ``normalized_unit`` (see ``_our_units``); value+change
needs the gold ``change`` (``=``, ``~``, ``>``, ``<``, ``up``, ``down``) from our qualifier
and change. The data is read in place and never copied.
"""

from __future__ import annotations

import json
import math
import time
import warnings
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from crosscheck import quantity
from crosscheck.atomic import read_regular, unwritten, write_text
from crosscheck.errors import NOT_REGULAR, ConfigError, shown
from crosscheck.extract import extract_claims
from crosscheck.extract.lexicon import TIME_UNITS
from crosscheck.extract.numbers import find_numbers, tokenize
from crosscheck.extract.units import RATE_ADVERBS
from crosscheck.model import LOWER_BOUNDS, UPPER_BOUNDS, Claim, Document
from crosscheck.segment import segment

NEWSQUANT_FILE = Path("data/formatted_test_set/NewsQuant.json")
# Published results on NewsQuant (CQE paper, Table 3) and our targets.
CQE = {"value": 0.920, "value+unit": 0.856, "value+change": 0.881}
QUANTULUM_PAPER = {"value": 0.730, "value+unit": 0.472}
TARGETS = {"value": 0.93, "value+unit": 0.87, "value+change": 0.89}
METRICS = ("value", "value+unit", "value+change")
# Our unit names -> NewsQuant's normalized_unit names, where they differ.
UNIT_NAMES = {
    "percent": "percentage",
    "degree fahrenheit": "fahrenheit",
    "degree celsius": "celsius",
    "degree angle": "degree",
    "time": "count",  # "3,200 times": NewsQuant calls a number of times a count
    "penny": "point",  # "164p", "down 1.95 p": NewsQuant calls pence points
}


@dataclass(frozen=True, slots=True)
class Gold:
    value: float | None
    lower: float | None
    upper: float | None
    unit: str
    change: str


@dataclass(frozen=True, slots=True)
class Prediction:
    value: float
    lower: float | None
    upper: float | None
    is_range: bool
    units: frozenset[str]
    change: str


@dataclass(slots=True)
class Score:
    tp: int = 0
    predicted: int = 0
    gold: int = 0

    @property
    def precision(self) -> float:
        return self.tp / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.tp / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass(slots=True)
class SystemResult:
    name: str
    scores: dict[str, Score] = field(default_factory=lambda: {m: Score() for m in METRICS})
    seconds: float = 0.0
    errors: list[dict[str, Any]] = field(default_factory=list)


def find_newsquant(path: Path) -> Path:
    """NewsQuant.json given itself or a folder above it."""
    if path.is_file():
        return path
    if path.exists() and not path.is_dir():  # a named pipe would block the run
        raise ConfigError(f"{path}: {NOT_REGULAR}")
    for candidate in (path / NEWSQUANT_FILE, path / "NewsQuant.json",
                      path / "newsquant" / NEWSQUANT_FILE):  # fmt: skip
        if candidate.is_file():
            return candidate
    raise ConfigError(f"no NewsQuant.json under {path} (expected {NEWSQUANT_FILE})")


def load_gold(path: Path) -> list[tuple[str, list[Gold]]]:
    """NewsQuant's sentences and their quantities; a ConfigError naming the file (and the
    sentence and quantity, counted from 0) for one that is not read so."""
    try:
        read = read_regular(path)  # a named pipe put there since would block the run
        if read is None:
            raise ConfigError(f"{path}: {NOT_REGULAR}")
        data = json.loads(read.decode("utf-8"))
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read ({exc.strerror or exc})") from None
    except UnicodeDecodeError:
        raise ConfigError(f"{path}: not UTF-8 text") from None
    except json.JSONDecodeError as exc:
        raise ConfigError(  # (the column ends the decoder's "Invalid control character at")
            f"{path}:{exc.lineno}: not valid JSON ({exc.msg}: column {exc.colno})"
        ) from None
    except (RecursionError, ValueError):  # nested too deeply; an integer of 5,000 digits
        raise ConfigError(f"{path}: not a NewsQuant file (JSON Python cannot read)") from None
    if not isinstance(data, list):
        raise ConfigError(f"{path}: not a NewsQuant file (a list of sentences)")
    out = []
    for i, item in enumerate(data):
        quantities = item.get("quantities", []) if isinstance(item, dict) else None
        if not isinstance(item, dict) or not isinstance(item.get("text"), str):
            raise ConfigError(f"{path}: sentence {i} has no 'text'")
        if not isinstance(quantities, list):
            raise ConfigError(f"{path}: sentence {i}: 'quantities' is not a list")
        golds = []
        for j, q in enumerate(quantities):
            lo = hi = val = None
            raw = str(q.get("value")) if isinstance(q, dict) and "value" in q else None
            try:
                parts = _split_range(raw) if raw is not None else None
                if parts:
                    lo, hi = parts
                elif raw is not None:
                    val = float(raw)
            except ValueError:
                raw = None
            if raw is None or not all(math.isfinite(x) for x in (val, lo, hi) if x is not None):
                said = shown(q["value"]) if isinstance(q, dict) and "value" in q else "none"
                raise ConfigError(
                    f"{path}: sentence {i}, quantity {j}: its value is no number or range of "
                    f"two ({said})"
                )
            golds.append(Gold(val, lo, hi, str(q.get("normalized_unit", "-")).lower(),
                              str(q.get("change", "="))))  # fmt: skip
        out.append((item["text"], golds))
    return out


def _split_range(raw: str) -> tuple[float, float] | None:
    try:
        float(raw)  # "1.99E-05", "-3.5" are single values
        return None
    except ValueError:
        pass
    body = raw[1:] if raw.startswith("-") else raw
    if "-" not in body:
        return None
    a, b = body.split("-", 1)
    lo = float(("-" if raw.startswith("-") else "") + a)
    return lo, float(b)


def _close(a: float | None, b: float | None) -> bool:
    return a is not None and b is not None and math.isclose(a, b, rel_tol=1e-5, abs_tol=1e-9)


def value_match(g: Gold, p: Prediction, midpoint_ranges: bool) -> bool:
    if g.value is not None:
        return _close(g.value, p.value)
    if midpoint_ranges:
        assert g.lower is not None and g.upper is not None
        return _close((g.lower + g.upper) / 2, p.value)
    return p.is_range and _close(g.lower, p.lower) and _close(g.upper, p.upper)


def _pairs(
    golds: list[Gold], preds: list[Prediction], ok: Callable[[Gold, Prediction], bool]
) -> int:
    used: set[int] = set()
    tp = 0
    for g in golds:
        for i, p in enumerate(preds):
            if i not in used and ok(g, p):
                used.add(i)
                tp += 1
                break
    return tp


def _our_units(c: Claim) -> frozenset[str]:
    names: set[str] = set()
    if c.unit is None:
        names.add("-")
    else:
        unit = c.unit.lower()
        names.add(UNIT_NAMES.get(unit, unit))
        if " per " in unit:
            head, per = unit.split(" per ", 1)
            names.add(f"{UNIT_NAMES.get(head, head)} per {per}")
            # NewsQuant marks a rate whose word follows the unit ("barrels a day"); one
            # said further on it gives as the unit alone ("127 gigatonnes of ice mass
            # every year", "286 gigatonnes annually": units.rate_at): either name is right
            words = c.text.lower().split()
            after = next((i for i, w in enumerate(words) if any(ch.isdigit() for ch in w)), 0)
            if "of" in words[after:] or words[-1] in RATE_ADVERBS:
                names.add(UNIT_NAMES.get(head, head))
        if c.kind == "age":
            names.add(f"{unit} of age")  # "year of age", "month of age"
        if c.kind == "count":
            # NewsQuant names a counted noun sometimes by its head ("station" for
            # "charging stations"), sometimes with its modifiers ("commercial fisherman")
            names.add(UNIT_NAMES.get(unit.split()[-1], unit.split()[-1]))
            if c.noun_phrase:
                names.add(c.noun_phrase.lower())
            lowered = [m.lower() for m in c.modifiers if m.islower()]
            names.add(" ".join([*lowered, unit]))
    return frozenset(names)


def _our_change(c: Claim) -> str:
    return _change_of(c.qualifier, c.change)


def _change_of(qualifier: str | None, change: str | None = None) -> str:
    """NewsQuant's ``change`` for a figure so qualified ('about 62%': '~', 'less than
    10%': '<') or, plainly, of the change it is."""
    if qualifier == "approx":
        return "~"
    if qualifier in LOWER_BOUNDS:
        return ">"
    if qualifier in UPPER_BOUNDS:
        return "<"
    return change or "="


@dataclass(frozen=True, slots=True)
class Readings:
    """One claim NewsQuant may write in more than one way: each entry is one way, the
    quantities it writes."""

    ways: tuple[tuple[Prediction, ...], ...]


def predict_ours(text: str) -> list[Prediction | Readings]:
    doc = Document(id="s", path="s", format="text", text=text, paragraphs=((0, len(text)),))
    claims = extract_claims(doc, segment(doc))
    return [_prediction(c) for c in claims]


def _prediction(c: Claim) -> Prediction | Readings:
    """A claim as NewsQuant writes quantities. A change of level ('rose from 30 to 40',
    'rose to 40 from 30': the claim 40, that was 30) is written there either way, in no
    rule we could find (one range in the order written, '30-40' or '2,415-2,315', in some
    sentences; two plain figures, the level now and the level before, in others, in
    either word order): both ways are predictions (``Readings``), and each sentence is
    scored with the way that matches its gold best (``_best_reading``). The level before
    keeps its own qualifier ('down from about 62%': '~')."""
    units, change = _our_units(c), _our_change(c)
    if c.was is None and quantity.is_share(c):
        # a share written as a fraction ("a third of"): crosscheck reads a percentage (33.3),
        # NewsQuant writes the fraction (0.333) in "%" and what it is a share of
        lo, hi = (None if v is None else v / 100 for v in (c.lower, c.upper))
        return Prediction(c.value / 100, lo, hi, _range(c), units | {"% -"}, change)
    if c.was is None:
        ranged = _range(c)
        whole = Prediction(c.value, c.lower, c.upper, ranged, units, change)
        parts = _time_parts(c, change) or (_alternatives(c, units, change) if ranged else None)
        return whole if parts is None else Readings(((whole,), parts))
    now = Prediction(c.value, c.lower, c.upper, False, units, change)
    before = Prediction(c.was, c.was, c.was, False, units, _change_of(c.was_qualifier))
    if c.was_span is not None and c.was_span[0] > c.span[0]:  # "rose to 40 from 30"
        lo, hi = c.value, c.was
    else:
        lo, hi = c.was, c.value
    span = Prediction((lo + hi) / 2, lo, hi, True, units, change)
    return Readings(((span,), (now, before)))


def _range(c: Claim) -> bool:
    """A range, as written: 'between 20 and 30', and a range hedged ('about 20 to 30',
    'roughly 2,000-2,500'), whose qualifier is 'approx': its figure is written as a range
    (read by the extractor's own number finder), its bounds the ends written, not the
    interval 'about' allows round one figure."""
    if c.qualifier == "range":
        return True
    if c.qualifier != "approx" or c.lower is None or c.upper is None:
        return False
    return any(
        m.lower is not None and m.upper is not None and m.lower != m.upper
        for m in find_numbers(tokenize(c.text), set())
    )


def _alternatives(c: Claim, units: frozenset[str], change: str) -> tuple[Prediction, ...] | None:
    """A range written with 'or' ('six or seven dollars', 'two or three weeks'), which
    crosscheck reads as one range and NewsQuant writes sometimes so, sometimes as the two
    figures written: those figures, in the claim's unit; None for any other claim (``c``
    is a range, as written: ``_range``)."""
    if c.lower is None or c.upper is None:
        return None
    if not any(t.lower == "or" for t in tokenize(c.text)):
        return None
    return tuple(Prediction(v, v, v, False, units, change) for v in (c.lower, c.upper))


def _time_parts(c: Claim, change: str) -> tuple[Prediction, ...] | None:
    """A time written in two or more units, which crosscheck reads as one figure in the
    smallest ('7 minutes 41 seconds': 461 seconds) and NewsQuant writes as the figures
    written ('3 years, 2 months': 3 years and 2 months): those figures, each in its unit
    (read by the extractor's own number finder); None for any other claim."""
    if c.kind != "duration" or c.qualifier == "range":
        return None
    tokens = tokenize(c.text)
    parts = []
    for m in find_numbers(tokens, set()):
        unit = TIME_UNITS.get(tokens[m.last + 1].lower) if m.last + 1 < len(tokens) else None
        if unit is not None:
            parts.append(Prediction(m.value, m.value, m.value, False, frozenset({unit}), change))
    return tuple(parts) if len(parts) >= 2 else None


def _best_reading(
    golds: list[Gold], preds: Sequence[Prediction | Readings], checks: dict[str, Any]
) -> list[Prediction]:
    """The way of writing the predictions that matches most gold quantities (on value,
    then change, then unit; fewer quantities on a tie): each claim with several ways, in
    turn, takes the one that does best with the ways chosen so far (the others' first
    way until their turn). Claim by claim, so a sentence of k changes of level costs 2k
    matchings, where every combination of ways was 2^k."""
    chosen = [p.ways[0] if isinstance(p, Readings) else (p,) for p in preds]

    def key(ways: Sequence[tuple[Prediction, ...]]) -> tuple[int, ...]:
        flat = [p for way in ways for p in way]
        return (*(_pairs(golds, flat, checks[m]) for m in ("value", "value+change", "value+unit")),
                -len(flat))  # fmt: skip

    for i, p in enumerate(preds):
        if isinstance(p, Readings):  # the first best way on a tie, as written first
            chosen[i] = max(p.ways, key=lambda way: key([*chosen[:i], way, *chosen[i + 1 :]]))
    return [p for way in chosen for p in way]


def predict_quantulum(text: str) -> list[Prediction]:
    from crosscheck.extract.units import _NO_CLASSIFIER, _quantulum

    parser, _, _ = _quantulum()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            found = parser.parse(text, classifier_path=_NO_CLASSIFIER)
        except Exception:
            return []
    out = []
    for q in found:
        name = str(q.unit.name).lower()
        units = frozenset({"-" if name == "dimensionless" else name})
        out.append(Prediction(float(q.value), None, None, False, units, "="))
    return out


def evaluate(
    data: list[tuple[str, list[Gold]]],
    systems: Iterable[tuple[str, Callable[[str], Sequence[Prediction | Readings]], bool]],
    keep_errors: bool = False,
) -> list[SystemResult]:
    results = []
    for name, predict, midpoint in systems:
        res = SystemResult(name)
        predict(data[0][0])  # load tables before timing
        t0 = time.perf_counter()
        predictions = [predict(text) for text, _ in data]
        res.seconds = time.perf_counter() - t0
        checks = _checks(midpoint)
        for (text, golds), predicted in zip(data, predictions, strict=True):
            preds = _best_reading(golds, predicted, checks)
            for metric, ok in checks.items():
                s = res.scores[metric]
                tp = _pairs(golds, preds, ok)
                s.tp += tp
                s.predicted += len(preds)
                s.gold += len(golds)
            if keep_errors:
                _record_errors(res, text, golds, preds, midpoint)
        results.append(res)
    return results


def _checks(midpoint: bool) -> dict[str, Callable[[Gold, Prediction], bool]]:
    def value(g: Gold, p: Prediction) -> bool:
        return value_match(g, p, midpoint)

    return {
        "value": value,
        "value+unit": lambda g, p: value(g, p) and g.unit in p.units,
        "value+change": lambda g, p: value(g, p) and g.change == p.change,
    }


def _record_errors(
    res: SystemResult, text: str, golds: list[Gold], preds: list[Prediction], midpoint: bool
) -> None:
    used: set[int] = set()
    for g in golds:
        hit = next(
            (i for i, p in enumerate(preds) if i not in used and value_match(g, p, midpoint)), None
        )
        if hit is None:
            res.errors.append({"type": "missed", "text": text, "gold": g.__repr__()})
            continue
        used.add(hit)
        p = preds[hit]
        if g.unit not in p.units:
            res.errors.append(
                {"type": "unit", "text": text, "gold": g.unit, "ours": sorted(p.units)}
            )
        if g.change != p.change:
            res.errors.append({"type": "change", "text": text, "gold": g.change, "ours": p.change,
                               "value": p.value})  # fmt: skip
    for i, p in enumerate(preds):
        if i not in used:
            res.errors.append({"type": "spurious", "text": text, "ours": p.value,
                               "units": sorted(p.units)})  # fmt: skip


def run_newsquant(path: Path, errors_to: Path | None = None) -> tuple[str, list[SystemResult]]:
    data = load_gold(find_newsquant(path))
    results = evaluate(
        data,
        [("crosscheck", predict_ours, False), ("quantulum3", predict_quantulum, True)],
        keep_errors=errors_to is not None,
    )
    if errors_to is not None:
        try:
            write_text(errors_to, json.dumps(results[0].errors, indent=1, ensure_ascii=False))
        except OSError as exc:
            why = unwritten(errors_to, exc)
            raise ConfigError(f"{errors_to}: cannot write the errors ({why})") from None
    return format_table(data, results), results


def format_table(data: list[tuple[str, list[Gold]]], results: list[SystemResult]) -> str:
    golds = sum(len(g) for _, g in data)
    lines = [
        f"NewsQuant: {len(data)} sentences, {golds} gold quantities "
        "(one-to-one value matching, rel. tolerance 1e-5)",
        "",
        f"{'system':<12} {'metric':<13} {'P':>6} {'R':>6} {'F1':>6}   {'target':>6} "
        f"{'CQE':>6} {'met':>4}",
    ]
    for res in results:
        for metric in METRICS:
            s = res.scores[metric]
            ours = res.name == "crosscheck"
            target = f"{TARGETS[metric]:.3f}" if ours else ""
            cqe = f"{CQE[metric]:.3f}" if ours else ""
            met = ("yes" if s.f1 >= TARGETS[metric] else "no") if ours else ""
            lines.append(
                f"{res.name:<12} {metric:<13} {s.precision:6.3f} {s.recall:6.3f} {s.f1:6.3f}   "
                f"{target:>6} {cqe:>6} {met:>4}"
            )
        lines.append(f"{res.name:<12} {'time':<13} {res.seconds:6.2f}s for all sentences")
    if len(results) == 2 and results[1].seconds:
        lines.append(
            f"time ratio crosscheck / quantulum3: {results[0].seconds / results[1].seconds:.2f}"
        )
    return "\n".join(lines) + "\n"
