"""The NewsQuant scorer: the protocol on hand-made gold, and the benchmark itself when the
corpus is present."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from crosscheck.cli import cli
from crosscheck.evaluation import (
    Gold,
    Prediction,
    _split_range,
    evaluate,
    load_gold,
    predict_ours,
    value_match,
)
from tests.conftest import shared_dir


def test_range_parsing_and_matching() -> None:
    assert _split_range("252.0-287.0") == (252.0, 287.0)
    assert _split_range("1.99E-05") is None and _split_range("-3.5") is None
    g = Gold(None, 252.0, 287.0, "mile", "=")
    ours = Prediction(269.5, 252.0, 287.0, True, frozenset({"mile"}), "=")
    assert value_match(g, ours, midpoint_ranges=False)
    assert not value_match(g, Prediction(252.0, 252.0, 252.0, False, frozenset(), "="), False)
    assert value_match(g, Prediction(269.5, None, None, False, frozenset(), "="), True)


def test_scores_on_small_gold() -> None:
    data = [
        ("About 40 people died and 3% of homes were damaged.",
         [Gold(40.0, None, None, "people", "~"), Gold(3.0, None, None, "percentage", "=")]),
        ("The index fell 2% in 2019.", [Gold(2.0, None, None, "percentage", "down")]),
    ]  # fmt: skip
    (res,) = evaluate(data, [("crosscheck", predict_ours, False)])
    for metric in ("value", "value+unit", "value+change"):
        s = res.scores[metric]
        assert (s.tp, s.predicted, s.gold) == (3, 3, 3), metric


def test_a_change_of_level_is_scored_in_either_way_newsquant_writes_it() -> None:
    """NewsQuant writes a change of level sometimes as one range in the order written
    ('fell from $2,415 to $2,315': '2415-2315'), sometimes as two figures, whatever the
    word order: crosscheck reads one claim with the level before (``was``) and is scored
    with the way each sentence's gold uses, so the same sentence scores fully either way."""
    sentences = {
        "Ethereum fell from $2,415 to $2,315 overnight.": (
            [Gold(None, 2415.0, 2315.0, "dollar", "=")],
            [Gold(2315.0, None, None, "dollar", "="), Gold(2415.0, None, None, "dollar", "=")]),
        "Revenue in the quarter rose to $7.36 billion from $6.78 billion a year earlier.": (
            [Gold(None, 7.36e9, 6.78e9, "dollar", "=")],
            [Gold(7.36e9, None, None, "dollar", "="), Gold(6.78e9, None, None, "dollar", "=")]),
    }  # fmt: skip
    for text, ways in sentences.items():
        for golds in ways:
            (res,) = evaluate([(text, golds)], [("crosscheck", predict_ours, False)])
            for metric in ("value", "value+unit", "value+change"):
                s = res.scores[metric]
                assert (s.tp, s.predicted, s.gold) == (len(golds),) * 3, (text, golds, metric)


def test_a_time_in_two_units_is_scored_in_either_way() -> None:
    """crosscheck reads '7 minutes 41 seconds' as one figure, 461 seconds (so that it meets
    '7:41'); NewsQuant writes the figures as written, each in its unit: scored with the
    way each sentence's gold uses, the sentence scores fully either way."""
    text = "He scored with 7 minutes 41 seconds left and the talks lasted 2 hours and 15 minutes."
    ways = (
        [Gold(461.0, None, None, "second", "="), Gold(135.0, None, None, "minute", "=")],
        [Gold(7.0, None, None, "minute", "="), Gold(41.0, None, None, "second", "="),
         Gold(2.0, None, None, "hour", "="), Gold(15.0, None, None, "minute", "=")],
    )  # fmt: skip
    for golds in ways:
        (res,) = evaluate([(text, golds)], [("crosscheck", predict_ours, False)])
        for metric in ("value", "value+unit", "value+change"):
            s = res.scores[metric]
            assert (s.tp, s.predicted, s.gold) == (len(golds),) * 3, (golds, metric)


def test_the_level_before_keeps_its_qualifier_when_scored() -> None:
    """'down from about 62%' is NewsQuant's '~', 'from less than 10%' its '<': the level
    before is scored with its own qualifier, not as a plain '='."""
    data = [
        ("Turnout stood at 55%, down from about 62% at the last election.",
         [Gold(55.0, None, None, "percentage", "="), Gold(62.0, None, None, "percentage", "~")]),
        ("The share rose to 25% from less than 10% a decade ago.",
         [Gold(25.0, None, None, "percentage", "="), Gold(10.0, None, None, "percentage", "<")]),
    ]  # fmt: skip
    (res,) = evaluate(data, [("crosscheck", predict_ours, False)])
    s = res.scores["value+change"]
    assert (s.tp, s.predicted, s.gold) == (4, 4, 4)


def test_a_hedged_range_is_scored_as_a_range() -> None:
    """'about 1,800 to 2,200 calories' is a range with its ends as written, hedged: scored
    as the range NewsQuant writes ('~'), as 'between 1,800 and 2,200' is; a figure hedged
    alone ('about 300', 'nearly 40%') stays a figure, not the interval 'about' allows."""
    data = [
        ("Adults need about 1,800 to 2,200 calories a day.",
         [Gold(None, 1800.0, 2200.0, "calorie per day", "~")]),
        ("Adults need between 1,800 and 2,200 calories a day.",
         [Gold(None, 1800.0, 2200.0, "calorie per day", "=")]),
        ("Nearly 300 people came and about 40% of them stayed.",
         [Gold(300.0, None, None, "people", "~"), Gold(40.0, None, None, "percentage", "~")]),
    ]  # fmt: skip
    (res,) = evaluate(data, [("crosscheck", predict_ours, False)])
    for metric in ("value", "value+unit", "value+change"):
        s = res.scores[metric]
        assert (s.tp, s.predicted, s.gold) == (4, 4, 4), metric
    ours = predict_ours("Nearly 300 people came.")
    assert [(p.value, p.is_range) for p in ours if isinstance(p, Prediction)] == [(300.0, False)]


def test_a_range_written_with_or_is_scored_in_either_way() -> None:
    """'six or seven dollars' is one range to crosscheck; NewsQuant writes such a range
    sometimes so, sometimes as the two figures: scored with the way each sentence's gold
    uses. A range with 'to' is one range only."""
    text = "A pint costs six or seven dollars there."
    ways = (
        [Gold(None, 6.0, 7.0, "dollar", "=")],
        [Gold(6.0, None, None, "dollar", "="), Gold(7.0, None, None, "dollar", "=")],
    )
    for golds in ways:
        (res,) = evaluate([(text, golds)], [("crosscheck", predict_ours, False)])
        for metric in ("value", "value+unit", "value+change"):
            s = res.scores[metric]
            assert (s.tp, s.predicted, s.gold) == (len(golds),) * 3, (golds, metric)
    two = [Gold(6.0, None, None, "dollar", "="), Gold(7.0, None, None, "dollar", "=")]
    (res,) = evaluate([("A pint costs six to seven dollars there.", two)],
                      [("crosscheck", predict_ours, False)])  # fmt: skip
    assert res.scores["value"].tp == 0


@pytest.mark.corpus
def test_each_change_of_level_picks_its_own_way_against_the_gold(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A sentence of many changes of level is scored claim by claim (each picks the way
    that matches the gold best), not by trying every combination of ways (2^k): twelve
    changes cost a few matchings per claim, and each still scores in the way its gold
    writes it (a range for some, two figures for others)."""
    from crosscheck import evaluation

    units = frozenset({"dollar"})
    preds: list[Prediction | evaluation.Readings] = []
    golds = []
    for k in range(12):
        lo, hi = 100.0 * k + 10, 100.0 * k + 20
        span = Prediction((lo + hi) / 2, lo, hi, True, units, "=")
        now = Prediction(hi, hi, hi, False, units, "=")
        before = Prediction(lo, lo, lo, False, units, "=")
        preds.append(evaluation.Readings(((span,), (now, before))))
        if k % 2:
            golds += [Gold(hi, None, None, "dollar", "="), Gold(lo, None, None, "dollar", "=")]
        else:
            golds.append(Gold(None, lo, hi, "dollar", "="))
    calls = 0
    pairs = evaluation._pairs

    def counted(*args: object) -> int:
        nonlocal calls
        calls += 1
        return pairs(*args)

    monkeypatch.setattr(evaluation, "_pairs", counted)
    checks = evaluation._checks(False)
    best = evaluation._best_reading(golds, preds, checks)
    assert calls <= 3 * 2 * len(preds)  # three metrics, two ways, once per claim
    assert len(best) == len(golds)
    assert pairs(golds, best, checks["value+change"]) == len(golds)


def test_newsquant_benchmark_beats_quantulum3() -> None:
    folder = shared_dir("newsquant")
    from crosscheck.evaluation import find_newsquant, predict_quantulum

    data = load_gold(find_newsquant(folder))
    ours, q3 = evaluate(
        data, [("crosscheck", predict_ours, False), ("quantulum3", predict_quantulum, True)]
    )
    for metric in ("value", "value+unit", "value+change"):
        assert ours.scores[metric].f1 > q3.scores[metric].f1 + 0.1, metric
    # floors just under what this version measures (0.914 / 0.772 / 0.849): a regression
    # guard, not the targets, which the README reports against. Reading each side
    # of a score ("beat Charlton 2-1") cost 0.003 (NewsQuant leaves most scores out, or
    # writes one as a range: docs/evaluation.md); powers of ten and ranges scaled in words
    # gave it back
    assert ours.scores["value"].f1 >= 0.912
    assert ours.scores["value+unit"].f1 >= 0.768
    assert ours.scores["value+change"].f1 >= 0.845


def test_eval_extract_cli_on_small_file(tmp_path: Path) -> None:
    gold = tmp_path / "NewsQuant.json"
    gold.write_text(
        '[{"text": "More than 700 transplants were done.", "quantities": [{"value": "700", '
        '"change": ">", "unit": "transplants", "normalized_unit": "transplant"}]}]'
    )
    result = CliRunner().invoke(cli, ["eval-extract", str(tmp_path)])
    assert result.exit_code == 0, result.output
    line = next(x for x in result.stdout.splitlines() if x.startswith("crosscheck   value+unit"))
    assert "1.000  1.000  1.000" in line


@pytest.mark.parametrize(
    ("data", "said"),
    [
        (b'{"a": 1}', "NewsQuant.json: not a NewsQuant file (a list of sentences)"),
        (b"not json", "NewsQuant.json:1: not valid JSON (Expecting value: column 1)"),
        (b"\xff\xfe", "NewsQuant.json: not UTF-8 text"),
        (b'["x"]', "NewsQuant.json: sentence 0 has no 'text'"),
        (b'[{"text": "x", "quantities": 3}]', "sentence 0: 'quantities' is not a list"),
        (
            b'[{"text": "x"}, {"text": "y", "quantities": [{"value": "2"}, {"value": "abc"}]}]',
            "sentence 1, quantity 1: its value is no number or range of two ('abc')",
        ),
        (b'[{"text": "x", "quantities": [{"value": "1-2-3"}]}]', "range of two ('1-2-3')"),
        (b'[{"text": "x", "quantities": [{"value": "nan"}]}]', "range of two ('nan')"),
        (b'[{"text": "x", "quantities": [{"unit": "m"}]}]', "range of two (none)"),
    ],
)
def test_a_newsquant_file_not_read_is_one_line_naming_it(
    tmp_path: Path, data: bytes, said: str
) -> None:
    """Each ended eval-extract with exit 4 ("internal error"), the file not named."""
    (tmp_path / "NewsQuant.json").write_bytes(data)
    result = CliRunner().invoke(cli, ["eval-extract", str(tmp_path)])
    lines = result.stderr.splitlines()
    assert result.exit_code == 2 and len(lines) == 1, result.output
    assert lines[0].startswith(f"crosscheck: error: {tmp_path}") and lines[0].endswith(said)


def test_an_errors_file_that_cannot_be_written_is_one_line(tmp_path: Path) -> None:
    (tmp_path / "NewsQuant.json").write_text('[{"text": "Some 3 people.", "quantities": []}]')
    (tmp_path / "afile").write_text("")
    errors = tmp_path / "afile" / "errors.json"
    result = CliRunner().invoke(cli, ["eval-extract", str(tmp_path), "--errors", str(errors)])
    assert result.exit_code == 2, result.output
    why = f"{tmp_path / 'afile'} is not a folder"
    assert result.stderr.strip() == f"crosscheck: error: {errors}: cannot write the errors ({why})"
