"""Subjects, the learned pair model, one numeric judgement, and findings measured on gold."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from click.testing import CliRunner

from crosscheck import quantity
from crosscheck.cli import cli
from crosscheck.config import Settings
from crosscheck.errors import ConfigError
from crosscheck.extract.claims import extract_claims
from crosscheck.gold import GoldMap, load_gold, score_findings
from crosscheck.match import cluster, learned
from crosscheck.match.cluster import blocks
from crosscheck.match.pairs import FEATURES
from crosscheck.model import Claim, Document
from crosscheck.pipeline import concept_table, run
from crosscheck.segment import segment
from tests.conftest import SEEDS, SHARED_DATA, shared_dir, write_story
from tests.test_labels import helper_labels


def claims_of(text: str) -> list[Claim]:
    doc = Document("a.txt", "a.txt", "text", text, ((0, len(text)),))
    return extract_claims(doc, segment(doc))


def one(text: str) -> Claim:
    (c,) = [c for c in claims_of(text) if c.kind != "other" or c.unit]
    return c


# --- one numeric judgement --------------------------------------------------------------


def test_written_precision_and_qualifiers() -> None:
    about = one("About 11,000 troops crossed the border.")
    exact = one("Exactly 10,800 troops crossed the border.")
    assert quantity.same_figure(about, exact)  # "about 11,000" covers 10,800
    billion = one("The deal is worth 22 billion dollars.")
    precise = one("The deal is worth $22.4 billion.")
    assert quantity.same_figure(billion, precise)  # the last written digit is a billion
    assert not quantity.same_figure(one("It killed 10 people."), one("It killed 12 people."))
    up_to, about_80 = one("Up to 100 people died."), one("About 80 people died.")
    assert quantity.compatible(up_to, about_80) and not quantity.same_figure(up_to, about_80)
    at_least = one("At least 3,000 troops were sent.")
    assert quantity.compatible(at_least, one("Some 3,500 troops were sent."))
    assert not quantity.compatible(one("Fewer than 20 people came."), one("About 80 people came."))


@pytest.mark.parametrize(
    ("a", "b", "compatible"),
    [
        # "about" goes no further than a step of the figure as written (counts, amounts,
        # shares): the writer who gives the tenth of a million gave it
        ("About 4.2 million customers had their data stolen.",
         "Hackers stole the data of 3.9 million customers.", False),
        ("The plan saves about $420 a year.", "The plan saves about $380 a year.", False),
        ("About 82% of children were vaccinated.", "About 75% of children were vaccinated.",
         False),
        ("About 47,000 runners took part.", "45,000 runners took part.", False),
        # within a step, or a round figure's tolerance: compatible as before
        ("About 11,000 troops crossed.", "Exactly 10,800 troops crossed.", True),
        ("About 4.2 million customers were hit.", "4.3 million customers were hit.", True),
        ("About 82% of children were vaccinated.", "About 80% of children were vaccinated.",
         True),
        ("About 100 people came.", "About 92 people came.", True),
        # a measure's "about" is an estimate's: the tolerance alone
        ("The ship was about 24km away.", "The ship was some 13 miles away.", True),
        # (review) a step widened by trailing zeros and a last 5; none for words, a range
        # written whole, a conversion
        ("About $40 billion was spent.", "$42 billion was spent.", True),
        ("About 100 million people voted.", "105 million people voted.", True),
        ("Petrol costs about $1.80 a litre.", "Petrol costs $1.74 a litre.", True),
        ("About 1,250 people came.", "1,200 people came.", True),
        ("About 35% voted.", "38% voted.", True),
        ("About two dozen people were killed.", "22 people were killed.", True),
        ("Roughly 27,000 to 33,000 people fled.", "32,000 people fled.", True),
        ("About 1,270 people came.", "1,200 people came.", False),
    ],
)  # fmt: skip
def test_about_reaches_one_written_step_of_a_count_an_amount_or_a_share(
    a: str, b: str, compatible: bool
) -> None:
    """The rules and the report read "about" as far as the figure's last written step (and
    no further than the tolerance); the matcher reads it as the tolerance alone (its
    ``loose`` reading: whether two figures may be one subject's, as its model was fitted)."""
    ca, cb = one(a), one(b)
    assert quantity.compatible(ca, cb) == compatible
    assert quantity.compatible(ca, cb, loose=True)


def test_about_on_a_conversion_is_the_rates_not_a_written_step() -> None:
    """ "£400 million (about $505 million)": the "about" is the rate's, so it reaches the
    tolerance, not a step of 505 (review: it was an error against "$520 million")."""
    (converted,) = [c for c in claims_of("It raised £400 million (about $505 million).")
                    if c.converted]  # fmt: skip
    assert quantity.compatible(converted, one("It raised $520 million."))


def test_hedged_figures_of_two_sources_a_step_apart_are_a_discrepancy(tmp_path: Path) -> None:
    """ "about 4.2 million" (the company) and "3.9 million" (a filing) were "2 documents
    agree on 3.9 million"; what they agree on is not what either wrote."""
    a = (
        "PORTLAND, Maine (Reuters) - Hackers stole the personal data of about 4.2 million "
        "customers of Acme Health, the company said on Monday.\n"
    )
    b = ("PORTLAND, Maine (AP) - Hackers stole the personal data of 3.9 million customers "
         "of Acme Health, according to a filing with the state attorney general.\n")  # fmt: skip
    assert _flagged(tmp_path, a, b) == [{4.2e6, 3.9e6}]


def test_nearly_falls_short_of_the_figure_and_more_than_exceeds_it() -> None:
    """Two bounds on either side of one figure cannot both hold ("nearly 300" is below
    300, "more than 300" above it); either can be said of a plain or "about" 300."""
    nearly = _claim_at("The library lends about a dozen laptops and nearly 450 books a "
                       "week.", "450")  # fmt: skip
    more = _claim_at("It opens at least 5 reading rooms and lends more than 450 books a "
                     "week.", "450")  # fmt: skip
    assert not quantity.compatible(nearly, more) and not quantity.same_figure(nearly, more)
    plain = one("The library lends 450 books a week.")
    assert quantity.compatible(nearly, plain) and quantity.compatible(more, plain)
    assert quantity.same_figure(nearly, plain)
    about = one("About 100 people came.")
    over, short = one("More than 100 people came."), one("Nearly 100 people came.")
    assert not quantity.compatible(over, short)
    assert quantity.compatible(about, short) and quantity.compatible(about, over)
    # a stated bound holds its figure and no further: it does not meet a strict end there
    at_least, up_to = one("At least 100 people came."), one("Up to 100 people came.")
    fewer = one("Fewer than 100 people came.")
    assert not quantity.compatible(at_least, fewer) and not quantity.same_figure(at_least, fewer)
    assert not quantity.compatible(up_to, over) and not quantity.same_figure(up_to, over)
    assert not quantity.compatible(at_least, short)
    assert quantity.compatible(at_least, up_to) and quantity.compatible(at_least, over)
    # "almost nine hours" is at most 9, "nearly eight hours" at most 8 (and 7.2 at least)
    nine = one("The power cut lasted almost nine hours.")
    eight = one("Homes were without power for nearly eight hours.")
    assert quantity.interval(nine)[1] == 9 and not quantity.compatible(nine, eight)
    # nor is a hedge that falls short a rounding of a figure just past it
    assert not quantity.same_figure(plain, more) or quantity.compatible(plain, more)
    assert not quantity.same_figure(nearly, one("The library lends 451 books a week."))
    assert quantity.same_figure(nearly, one("The library lends 449 books a week."))
    assert quantity.compatible(one("The meeting ran more than four minutes late."),
                               one("The meeting ran four minutes late."))  # fmt: skip


def test_nearly_a_negative_figure_falls_short_of_it_towards_zero() -> None:
    """'Nearly minus 40 degrees' is between minus 40 and minus 36: minus 39 fits, minus 41
    does not."""
    cold = one("It was nearly minus 40 degrees Celsius in the town.")
    assert cold.value == -40 and quantity.interval(cold) == (-40, -36)
    assert quantity.ends(cold) == (quantity.STRICT, quantity.LOOSE)
    assert quantity.compatible(cold, one("It was minus 39 degrees Celsius in the town."))
    assert not quantity.compatible(cold, one("It was minus 41 degrees Celsius in the town."))


def test_a_range_end_is_as_loose_as_a_plain_figure_and_only_touches_what_excludes_it() -> None:
    """'800 to 1,000' is 800-1,000 as written, its ends loose as a plain figure's: 'more
    than 1,000' meets it, 'at least 1,001' does not, exactly as for a plain 1,000; 'nearly
    800' meets it too. But 'more than 1,000' and 'nearly 800' meet it only at the end they
    exclude (``touching``, which says where): both hold only if the range's end is a
    rounding, as a plain 1,000 meets 'more than 1,000' only there; a range reaching past
    the figure, or 'about 1,000', overlaps."""
    span = one("Officials said 800 to 1,000 people were evacuated.")
    plain = one("Officials said 1,000 people were evacuated.")
    assert span.qualifier == "range" and quantity.interval(span) == (800, 1000)
    more, least = one("More than 1,000 people were evacuated."), one("At least 1,001 people.")
    nearly = one("Nearly 800 people were evacuated.")
    assert quantity.compatible(span, more) and quantity.compatible(plain, more)
    assert not quantity.compatible(span, least) and not quantity.compatible(plain, least)
    assert quantity.compatible(span, nearly)
    assert quantity.touching(span, more) == quantity.Touch(1000, 0, True)
    assert quantity.touching(nearly, span) == quantity.Touch(800, 1, False)
    assert quantity.touching(more, plain) == quantity.Touch(1000, 1, True)
    assert quantity.touching(span, least) is None
    assert quantity.touching(one("About 1,000 people were evacuated."), more) is None
    wide = one("Officials said 800 to 1,200 people were evacuated.")
    assert quantity.compatible(wide, more) and not quantity.touching(wide, more)
    precise = one("Officials said 12 to 18 people were evacuated.")  # as a plain 18 is
    assert quantity.interval(precise) == (12, 18)
    assert quantity.ends(precise) == (quantity.LOOSE, quantity.LOOSE)
    assert quantity.compatible(precise, one("More than 18 people were evacuated."))
    assert quantity.touching(precise, one("More than 18 people were evacuated."))
    assert not quantity.compatible(precise, one("At least 19 people were evacuated."))
    # bounds on either side of one figure, neither of them a range, are apart, not touching
    assert not quantity.touching(nearly, one("More than 800 people were evacuated."))


def test_the_number_line_draws_the_interval_the_rules_judge() -> None:
    """The report's number line draws 'nearly 450' up to 450, where the rules put it, not
    the extractor's 'about' interval past it; and figures in units that convert on one
    scale."""
    from crosscheck.report.html import numberline

    nearly, more = one("Nearly 450 books were lent."), one("More than 450 books were lent.")
    ranges = r'<line x1="([\d.]+)" y1="\d+" x2="([\d.]+)" y2="\d+" class="range"/>'
    (a1, a2), (b1, _b2) = re.findall(ranges, str(numberline([nearly, more])))
    assert float(a1) < float(a2) == float(b1)  # nearly 450 ends where more than 450 starts
    metres, feet = one("The wall is 8 metres high."), one("The wall is 27 feet high.")
    ticks = re.findall(r'class="tick"[^>]*>([\d.,]+) metres<', str(numberline([metres, feet])))
    assert ticks and max(float(x.replace(",", "")) for x in ticks) < 9  # 27 feet: 8.2 metres


def test_the_number_line_uses_the_findings_tolerance_and_names_its_unit() -> None:
    """'about 300 metres' is drawn as wide as the finding's rule allows (5%: 285 to 315),
    not a fixed 10%; the ticks say the one unit the line is drawn in, and none when the
    figures are in units that do not convert."""
    from crosscheck.report.html import numberline

    about, plain = one("The wall is about 300 metres long."), one("The wall is 330 metres long.")
    ranges = r'<line x1="([\d.]+)" y1="\d+" x2="([\d.]+)" y2="\d+" class="range"/>'
    ticks = r'class="tick"[^>]*>([^<]+)<'
    narrow, wide = str(numberline([about, plain], 0.05)), str(numberline([about, plain]))
    assert re.findall(ticks, narrow) == ["285 metres", "330.5 metres"]
    assert re.findall(ticks, wide) == ["270 metres", "330.5 metres"]
    (n1, n2), _ = re.findall(ranges, narrow)
    (w1, w2), _ = re.findall(ranges, wide)  # both lines run from their lowest end
    assert float(n2) - float(n1) < float(w2) - float(w1)  # 30 of 45.5 metres; 60 of 60.5
    money = [one("The repair cost nearly $300."), one("The repair cost $305.")]
    assert re.findall(ticks, str(numberline(money))) == ["$270", "$305.50"]
    mph, temp = one("Winds reached 120 mph."), one("Winds reached 40 degrees Celsius.")
    assert all(t.replace(",", "").replace(".", "").isdigit()
               for t in re.findall(ticks, str(numberline([mph, temp]))))  # fmt: skip


def test_the_number_lines_ticks_come_from_the_unit_not_the_text() -> None:
    """Ticks name the claim's unit or counted noun in its plural, never a piece of its
    text: a range ('800 to 1,000 workers' is not '750 to 1,000 workers'), a spelled number
    ('Two workers' is not '2 Two workers'), a currency written before the figure."""
    from crosscheck.report.html import numberline

    ticks = r'class="tick"[^>]*>([^<]+)<'

    def drawn(a: str, b: str) -> list[str]:
        return re.findall(ticks, str(numberline([one(a), one(b)])))

    assert drawn("The union said 800 to 1,000 workers joined the strike.",
                 "Managers said 1,040 workers joined the strike.") == [
        "800 workers", "1,040 workers"]  # fmt: skip
    assert drawn(
        "Two workers were hurt in the blast.", "Three workers were hurt in the blast."
    ) == ["2 workers", "3 workers"]
    assert drawn("Five children were hurt.", "Six children were hurt.") == [
        "5 children", "6 children"]  # fmt: skip
    assert drawn("It cost US$300.", "It cost US$320.") == ["US$299.50", "US$320.50"]
    assert drawn("The baby, 3 months old, was found.", "The baby, 4 months old, was found.")[
        0].endswith("months old")  # fmt: skip
    # a unit of two words pluralises its head; a price per unit follows the figure; a
    # count's noun in either number is one unit
    assert drawn("It reached 40 degrees Celsius.", "It reached 41 degrees Celsius.") == [
        "39.5 degrees Celsius", "41.5 degrees Celsius"]  # fmt: skip
    assert drawn("It cost $5 per barrel.", "It cost $4 per barrel.") == [
        "$3.60 per barrel", "$5.50 per barrel"]  # fmt: skip
    assert drawn("One person was hurt in the fire.", "Three people were hurt in the fire.") == [
        "1 person", "3 people"]  # fmt: skip


def test_overlapping_ranges_can_both_be_true() -> None:
    """Two estimate ranges that overlap are no discrepancy, nor is a range beside its
    conversion: "between 10 and 20" and "12 to 15" can both be true."""
    wide = one("Between 10 and 20 people were killed in the fighting.")
    narrow = one("Officials said 12 to 15 people were killed in the fighting.")
    assert wide.qualifier == narrow.qualifier == "range"
    assert quantity.compatible(wide, narrow)
    miles = one("The queue stretched 10 to 20 miles.")
    km = one("The queue stretched 16 to 32 kilometres.")
    assert quantity.compatible(miles, km)
    assert not quantity.compatible(wide, one("About 80 people were killed in the fighting."))


def test_the_matcher_judges_figures_as_quantity_does() -> None:
    """The matcher's many-pairs-at-once judgement (cluster._Figures, with the one
    quantity.intervals_meet) gives what quantity.compatible gives for each pair: random
    claims of every qualifier, at one figure and near it, in units that convert and in
    currencies (amounts in two currencies are never paired, so not compared)."""
    import random

    from crosscheck.match.cluster import _Figures
    from crosscheck.match.pairs import profiles
    from crosscheck.pipeline import concept_table

    words = ["", "about ", "nearly ", "almost ", "more than ", "fewer than ", "at least ",
             "up to ", "between {lo} and "]  # fmt: skip
    units = [("{w}{v} people came", 1), ("the road runs {w}{v} miles", 1),
             ("the road runs {w}{v} km", 1.6), ("the road runs {w}{v} metres", 1600),
             ("it cost {w}${v} million", 1), ("it cost {w}{v} million euros", 1)]  # fmt: skip
    rng = random.Random(12)
    texts = []
    for _ in range(80):
        unit, scale = rng.choice(units)
        v = round(rng.choice([90, 99, 100, 101, 110]) * scale)
        lo = ("$" if "$" in unit else "") + str(round(v * 0.8))
        texts.append(f"Officials said {unit.format(w=rng.choice(words).format(lo=lo), v=v)}.")
    claims = [c for t in texts for c in claims_of(t) if c.kind != "other" or c.unit]
    assert len(claims) >= 50 and {c.qualifier for c in claims} >= {
        "exact", "approx", "more_than", "less_than", "at_least", "at_most", "range"}  # fmt: skip
    members = profiles(claims, [], [], concept_table(Settings()))
    i, j = np.triu_indices(len(claims), 1)
    keep = [not quantity.other_currencies(claims[a], claims[b]) for a, b in zip(i, j, strict=True)]
    i, j = i[keep], j[keep]
    got = _Figures(members).meet(i, j).tolist()
    # (the matcher's reading of 'about', quantity._interval's ``loose``)
    want = [quantity.compatible(claims[a], claims[b], loose=True)
            for a, b in zip(i, j, strict=True)]  # fmt: skip
    assert got == want
    assert 0.1 < sum(got) / len(got) < 0.9


def test_conversions_keep_the_precision_of_the_written_figure() -> None:
    miles, km = one("The town is 10 miles away."), one("The town is 16 km away.")
    assert quantity.comparable(miles, km) and quantity.same_figure(miles, km)
    assert not quantity.same_figure(miles, one("The town is 20 km away."))
    assert quantity.same_figure(one("The town is 6 miles away."), one("It is 10 km away."))
    # a count and an age do not convert, whatever their units are called
    age, count = one("The 20-year-old was arrested."), one("Police arrested 20 men.")
    assert quantity.factors(age, count) == (quantity.Scale(1.0), quantity.Scale(1.0))


def test_temperatures_convert_with_their_zero() -> None:
    """Degrees Fahrenheit are degrees Celsius times 9/5 plus 32: an affine map (Scale),
    not a factor, used alike by every comparison; a temperature is converted to its degree
    (written precision) or as a conversion rounded to its leading digits (degrees Celsius
    count as metric: "40C" may be 100F, 37.8C, converted and rounded)."""
    celsius, fahrenheit = one("It was 40 degrees Celsius."), one("It was 104 degrees Fahrenheit.")
    assert quantity.comparable(celsius, fahrenheit) and quantity.same_figure(celsius, fahrenheit)
    assert not quantity.unconvertible(celsius, fahrenheit)
    kc, kf = quantity.factors(celsius, fahrenheit)
    assert kc(40) == 40 and kf(104) == pytest.approx(40) and kf.inverse(40) == pytest.approx(104)
    into_f = quantity.common_factors([fahrenheit, celsius])
    assert into_f[0] == quantity.Scale() and into_f[1](40) == pytest.approx(104)
    assert into_f[1](-40) == pytest.approx(-40)  # where the two scales meet
    # 38C is 37.5 to 38.5; 104F 103.5 to 104.5, 39.72 to 40.28C
    assert quantity.gap(one("It was 38 degrees Celsius."), fahrenheit) == pytest.approx(
        (103.5 - 32) * 5 / 9 - 38.5
    )
    hot = one("It was 100 degrees Fahrenheit.")  # 37.8C
    assert quantity.same_figure(one("It was 38 degrees Celsius."), hot)
    assert quantity.rounded_conversion(celsius, hot) is celsius
    assert not quantity.compatible(one("It was 43 degrees Celsius."), hot)  # 109.4F


def test_the_matcher_reads_temperatures_and_pounds_as_written() -> None:
    """The shipped pair model was fitted on temperatures and weights in pounds as written
    (quantity.MATCHER_AS_WRITTEN): the matcher's reading converts them into nothing,
    while the rules' does."""
    pounds, kilos = one("It weighed 500 pounds."), one("It weighed 227 kilograms.")
    assert quantity.same_dimension(pounds.unit, kilos.unit)
    assert not quantity.same_dimension(pounds.unit, kilos.unit, matcher=True)
    assert quantity.base(pounds)[0] == "mass" and quantity.base(pounds, matcher=True)[0] is None
    assert quantity.converted_interval(pounds) == quantity.interval(pounds, loose=True)
    fahrenheit = one("It was 104 degrees Fahrenheit.")
    assert quantity.base(fahrenheit, matcher=True) == (None, quantity.Scale())
    assert quantity.converted_interval(kilos) == quantity.interval(kilos, loose=True)
    assert quantity.converted_interval(one("It was 2 km long.")) == (1800.0, 2200.0)  # metres


def test_vague_quantities_are_not_figures() -> None:
    text = "Dozens of people were hurt, hundreds fled and scores of homes burned."
    vague = [c for c in claims_of(text) if quantity.is_vague(c)]
    assert len(vague) >= 2
    assert not quantity.is_vague(one("Twelve people were hurt."))


# --- the pair model file ------------------------------------------------------------------


def test_exported_model_predicts_what_scikit_learn_predicts() -> None:
    from sklearn.ensemble import GradientBoostingClassifier

    rng = np.random.default_rng(0)
    x = rng.random((600, len(FEATURES)))
    y = (x[:, 0] + 0.3 * rng.random(600) > 0.7).astype(int)
    compatible = rng.random(600) > 0.3
    model = learned.fit(x, y, compatible, {"test": True})
    again = learned.PairModel.from_json(model.to_json(), "test")
    clf = GradientBoostingClassifier(**learned.TREE_PARAMS, random_state=0).fit(
        x[compatible], y[compatible]
    )
    got = again.predict(x, compatible)
    assert np.allclose(got[compatible], clf.predict_proba(x[compatible])[:, 1])
    assert ((got >= 0) & (got <= 1)).all()


def test_shipped_model_says_what_it_was_fitted_on() -> None:
    model = learned.shipped_model()
    assert len(model.meta["data_sha256"]) == 64
    assert model.meta["positives"] > 1000 and len(model.meta["events"]) >= 10
    assert model.meta["trained_on"] == "gold.yaml"
    assert "extra" not in model.meta  # nothing but the development gold


@pytest.mark.corpus
def test_the_shipped_model_is_what_make_model_fits_today(tmp_path: Path) -> None:
    """A change to extraction, subjects or pair features changes the training pairs; the
    model file must then be fitted again (`make model`), or the shipped model judges pairs
    by features it was never fitted on. Refit here on the development gold: the same pairs,
    and with the scikit-learn the model was fitted with, the same model: the same trees and
    every number the same to 1e-9 (the logistic regression's solver adds in an order the
    machine's BLAS picks, so its last bits differ between machines: its bias moved by
    3e-15 on another CPU), which is the same model for any threshold."""
    import sklearn

    from crosscheck import training

    gold = shared_dir("ecbplus-gold") / "gold.yaml"
    articles = shared_dir("ecbplus-articles")
    out = tmp_path / "pair_model.json"
    assert training.main([str(gold), str(articles), "--out", str(out)]) == 0
    shipped = learned.shipped_model().meta
    refit = json.loads(out.read_text(encoding="utf-8"))["meta"]
    stale = "the shipped model is stale: run `make model` and review `make eval`"
    for key in ("data_sha256", "events", "pairs", "positives"):
        assert refit[key] == shipped[key], f"{key} differs; {stale}"
    if sklearn.__version__ != shipped["sklearn"]:
        pytest.skip(
            f"scikit-learn {sklearn.__version__} here, the model was fitted with "
            f"{shipped['sklearn']}: its trees are compared only with that version"
        )
    packaged = Path(learned.__file__).with_name("pair_model.json")
    _same_model(json.loads(out.read_text(encoding="utf-8")),
                json.loads(packaged.read_text(encoding="utf-8")), "", stale)  # fmt: skip


def _same_model(a: Any, b: Any, where: str, stale: str) -> None:
    """Two model files' data alike: the same keys, lengths, strings and whole numbers, and
    floats within 1e-9 of each other (relative, or absolute near zero)."""
    import math

    if isinstance(a, dict) and isinstance(b, dict):
        assert sorted(a) == sorted(b), f"{where}: other keys; {stale}"
        for key in a:
            _same_model(a[key], b[key], f"{where}/{key}", stale)
    elif isinstance(a, list) and isinstance(b, list):
        assert len(a) == len(b), f"{where}: {len(a)} items, not {len(b)}; {stale}"
        for k, (x, y) in enumerate(zip(a, b, strict=True)):
            _same_model(x, y, f"{where}[{k}]", stale)
    elif isinstance(a, float) or isinstance(b, float):
        assert math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-12), f"{where}: {a} / {b}; {stale}"
    else:
        assert a == b, f"{where}: {a!r} / {b!r}; {stale}"


def test_two_model_files_are_the_same_model_only_to_the_last_bits() -> None:
    """_same_model: last-bit differences pass, anything more does not."""
    data = json.loads(learned.shipped_model().to_json())
    _same_model(data, json.loads(json.dumps(data)), "", "")
    bias = data["differ"]["bias"]
    near = json.loads(json.dumps(data))
    near["differ"]["bias"] = bias + 3e-15
    _same_model(data, near, "", "")
    for change in ({"bias": bias * (1 + 1e-6)}, {"weights": data["differ"]["weights"][1:]}):
        other = json.loads(json.dumps(data))
        other["differ"].update(change)
        with pytest.raises(AssertionError, match="differ"):
            _same_model(data, other, "", "")
    other = json.loads(json.dumps(data))
    other["agree"]["trees"][0]["feature"][0] += 1
    with pytest.raises(AssertionError, match="feature"):
        _same_model(data, other, "", "")


def test_the_held_out_events_were_never_trained_on() -> None:
    """data/heldout-gold measures the shipped model on events it never saw: none of them
    is a development event, and the model's meta lists only development events."""
    import yaml

    heldout = Path(__file__).parents[1] / "data" / "heldout-gold" / "gold.yaml"
    events = {e["event"] for e in yaml.safe_load(heldout.read_text(encoding="utf-8"))["events"]}
    assert len(events) == 12
    assert not events & set(learned.shipped_model().meta["events"])
    dev = SHARED_DATA / "ecbplus-gold" / "gold.yaml"
    if dev.is_file():
        dev_events = {e["event"] for e in yaml.safe_load(dev.read_text())["events"]}
        assert not events & dev_events


def test_the_outside_sets_are_whole_and_never_trained_on() -> None:
    """data/outside-gold (make eval's third table) scores the shipped model on stories
    outside testers wrote: every article its gold names is there and nothing else, every
    quote is verbatim in its article's body, every subject is said by two articles or
    more (one article's alone nothing can corroborate), and no event is one the model
    was fitted on."""
    import yaml

    root = Path(__file__).parents[1] / "data" / "outside-gold"
    gold = yaml.safe_load((root / "gold.yaml").read_text(encoding="utf-8"))
    events = {e["event"]: e for e in gold["events"]}
    assert len(events) == 16
    assert {p.name for p in (root / "articles").iterdir()} == set(events)
    assert not set(events) & set(learned.shipped_model().meta["events"])
    for name, event in events.items():
        folder = root / "articles" / name
        assert {p.stem for p in folder.glob("*.md")} == set(event["articles"]), name
        bodies = {
            stem: (folder / f"{stem}.md").read_text(encoding="utf-8").split("---", 2)[2]
            for stem in event["articles"]
        }
        for subject in event["subjects"]:
            assert subject["verdict"] in ("agrees", "differs")
            assert len({c["article"] for c in subject["claims"]}) >= 2, subject["subject"]
            for claim in subject["claims"]:
                assert claim["quote"] in bodies[claim["article"]], (name, claim["quote"])


def test_a_model_file_for_other_features_is_refused() -> None:
    text = learned.shipped_model().to_json().replace('"same_kind"', '"no_such_feature"')
    with pytest.raises(Exception, match="other features"):
        learned.PairModel.from_json(text, "old.json")


def _leaves_one_tree_at_a_time(trees: learned.Trees, x: Any) -> Any:
    """Each tree's leaf value for each row (trees by rows), the trees walked one by one a
    level at a time (as they were walked before every tree was walked at once)."""
    rows = np.arange(x.shape[0])
    leaves = []
    for t in trees.trees:
        node = np.zeros(x.shape[0], dtype=np.int64)
        for _ in range(t["depth"]):
            inner = t["left"][node] >= 0
            go_left = x[rows, np.maximum(t["feature"][node], 0)] <= t["threshold"][node]
            node = np.where(inner, np.where(go_left, t["left"][node], t["right"][node]), node)
        leaves.append(trees.rate * t["value"][node])
    return np.array(leaves).reshape(len(trees.trees), x.shape[0])


def _one_tree_at_a_time(trees: learned.Trees, x: Any) -> Any:
    """The probabilities one tree at a time gives: the leaves added in tree order."""
    raw = np.full(x.shape[0], trees.prior, dtype=float)
    for leaf in _leaves_one_tree_at_a_time(trees, x):
        raw += leaf
    return 1.0 / (1.0 + np.exp(-np.clip(raw, -60, 60)))


def _same_to_the_bit(trees: learned.Trees, x: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """All trees walked at once, in parts of 4,096, 1,000 and 7 rows (a part's last rows
    short), give the very floats one tree at a time gives."""
    expected = _one_tree_at_a_time(trees, x)
    for rows in (4096, 1000, 7):
        monkeypatch.setattr(learned, "_PREDICT_ROWS", rows)
        assert np.array_equal(trees.predict(x), expected)
    assert trees.predict(x[:0]).shape == (0,)


def test_the_trees_walked_at_once_give_a_fitted_models_floats_to_the_bit(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A model fitted on random pairs, read back from its file, and 3,000 other random
    pairs: each probability the very float one tree at a time gives, which adding the
    trees' values in another order does not (so this test sees the order)."""
    rng = np.random.default_rng(1)
    x = rng.random((600, len(FEATURES)))
    y = (x[:, 0] + 0.3 * rng.random(600) > 0.7).astype(int)
    model = learned.fit(x, y, rng.random(600) > 0.3, {"test": True})
    trees = learned.PairModel.from_json(model.to_json(), "test").agree
    pairs = rng.random((3000, len(FEATURES)))
    _same_to_the_bit(trees, pairs, monkeypatch)
    leaves = _leaves_one_tree_at_a_time(trees, pairs)
    other_order = 1.0 / (1.0 + np.exp(-np.clip(trees.prior + leaves.sum(axis=0), -60, 60)))
    assert not np.array_equal(other_order, _one_tree_at_a_time(trees, pairs))


def _one_split(feature: int) -> dict[str, Any]:
    return {"left": [1, -1, -1], "right": [2, -1, -1], "feature": [feature, -2, -2],
            "threshold": [0.5, -2.0, -2.0], "value": [0.0, 0.6, 0.2], "depth": 1}  # fmt: skip


LEAF_ONLY = {"left": [-1], "right": [-1], "feature": [-2], "threshold": [-2.0],
             "value": [0.9], "depth": 0}  # fmt: skip


@pytest.mark.parametrize("leaf_first", [False, True])
def test_trees_of_mixed_depths_are_walked_to_their_own_leaves_and_added_in_order(
    leaf_first: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A tree of one split and a tree that is one leaf, in either order: each row ends at
    its own leaf of the split tree, the leaf-only tree adds its value to every row, and
    the values are added to the prior in tree order (-17.3, 0.6 and 0.9 give three
    different probabilities in the three orders of adding)."""
    f = FEATURES.index("value_equal")
    split = _one_split(f)
    built = (LEAF_ONLY, split) if leaf_first else (split, LEAF_ONLY)
    trees = learned.Trees.from_data({"prior": -17.3, "rate": 1.0, "trees": list(built)})
    x = np.zeros((9, len(FEATURES)))
    x[::2, f] = 1.0  # rows 0, 2, ... go right
    x[1::2, (f + 1) % len(FEATURES)] = 1.0  # another feature does not move the others
    _same_to_the_bit(trees, x, monkeypatch)

    def sigmoid(raw: float) -> float:
        return float(1.0 / (1.0 + np.exp(-raw)))

    def in_order(*values: float) -> float:
        return sigmoid((-17.3 + values[0]) + values[1])

    left, right = ((0.9, 0.6), (0.9, 0.2)) if leaf_first else ((0.6, 0.9), (0.2, 0.9))
    got = trees.predict(x)
    assert (got[1::2] == in_order(*left)).all() and (got[::2] == in_order(*right)).all()
    other_orders = {in_order(*left[::-1]), sigmoid(-17.3 + (0.6 + 0.9))}
    assert in_order(*left) not in other_orders and len(other_orders) == 2


def test_the_trees_walked_at_once_give_ecb_pairs_the_same_floats_to_the_bit(
    ecb_articles: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The real candidate pairs of two ECB+ events through the shipped model's trees: the
    very floats one tree at a time gives."""
    result = run([ecb_articles / "12ecb", ecb_articles / "10ecb"], Settings())
    concepts = concept_table(Settings())
    xs = [b.x for b in blocks(result.claims, result.sentences, concepts, result.documents)]
    x = np.concatenate(xs)
    assert len(x) > 5000  # pairs enough to cross parts
    trees = learned.shipped_model().agree
    assert 0.05 < (_one_tree_at_a_time(trees, x) >= 0.5).mean() < 0.95  # pairs of both kinds
    _same_to_the_bit(trees, x, monkeypatch)


def _damaged(damage: Any) -> str:
    """The shipped model's file with its sixth tree (15 nodes, 3 deep) damaged."""
    data = json.loads(learned.shipped_model().to_json())
    damage(data["agree"]["trees"][5])
    return json.dumps(data)


def _set(name: str, node: int, value: Any) -> Any:
    return lambda t: t[name].__setitem__(node, value)


def _no_nodes(t: dict[str, Any]) -> None:
    t.update(left=[], right=[], feature=[], threshold=[], value=[])


CHILDREN = "a node's children are not two of its nodes, nor both -1"
DAMAGES = {
    "a value short": (lambda t: t["value"].pop(), "its arrays differ in length"),
    "a child past the tree": (_set("left", 0, 15), CHILDREN),  # 15: the next tree's root
    "one child -1": (_set("right", 0, -1), CHILDREN),
    "a leaf's child -2": (_set("right", 3, -2), CHILDREN),  # node 3 is a leaf
    "feature past the last": (_set("feature", 0, len(FEATURES)), "a feature the model does"),
    "feature -2 at a split": (_set("feature", 0, -2), "a split on a feature the model does"),
    "depth one short": (lambda t: t.__setitem__("depth", 2), "depth 2, but it is 3 deep"),
    "a node its own child's child": (_set("left", 1, 0), "a node is its own descendant"),
    "no nodes": (_no_nodes, "tree 5 has no nodes"),
}


@pytest.mark.parametrize("damage", list(DAMAGES))
def test_a_damaged_tree_in_a_model_file_is_refused_naming_the_file(damage: str) -> None:
    """A model file whose tree would walk into another tree's nodes, split on a feature
    the model has not, or stop short of a leaf is refused, not read into wrong answers."""
    change, message = DAMAGES[damage]
    with pytest.raises(ConfigError, match=rf"^damaged\.json: not a pair model file .*{message}"):
        learned.PairModel.from_json(_damaged(change), "damaged.json")


def test_the_trees_cannot_be_changed_after_they_are_read() -> None:
    """The trees are walked from arrays made when they are read: those arrays, each
    tree's arrays and each tree's mapping are read-only, so the two cannot drift apart."""
    trees = learned.shipped_model().agree
    with pytest.raises(ValueError, match="read-only"):
        trees.trees[0]["threshold"][0] = 0.0
    with pytest.raises(TypeError):
        trees.trees[0]["depth"] = 9  # type: ignore[index]
    for part in trees.walk[:5]:
        assert not part.flags.writeable
    mine = {k: np.array(v) for k, v in _one_split(0).items()}
    learned.Trees(0.0, 1.0, (mine,))
    assert mine["left"].flags.writeable  # the caller's arrays are copied, not frozen


# --- subjects on real text ----------------------------------------------------------------


def test_background_events_and_other_people_stay_apart(ecb_articles: Path) -> None:
    """An earlier quake's toll (its year named) never joins this quake's toll; ages of two
    people never join, whatever their figures."""
    result = run([ecb_articles / "20ecbplus"], Settings())
    by_id = {c.id: c for c in result.claims}
    bam = [g for g in result.groups if any(by_id[i].value in (26000, 31000) for i in g.claims)]
    for g in bam:
        assert not any(by_id[i].value in (3, 10) for i in g.claims)
    # each label is the one helper's (match.cluster.label, made distinct in its story)
    assert all(g.subject is not None for g in result.groups)
    assert {g.id: g.label for g in result.groups} == helper_labels(result)
    # why claims were kept out of a group is recorded: "the four hardest-hit villages" are
    # a subset, never the whole
    kept_out = {a["why"] for g in result.groups for a in g.apart}
    assert "another subset (superlative or position)" in kept_out
    toll = [g for g in result.groups if 10.0 in {by_id[i].value for i in g.claims}]
    # 'dead', not 'dead (killed)': the verb that made the concept the dead says no more
    assert any(g.label == "dead" for g in toll), [g.label for g in toll]
    # an early report of three dead and the later ten are one subject, and a warning:
    # "at least three" admits ten, but the same article's "three people killed" does not
    # (it restates the figure, so it joins: cluster._restated_in_article)
    assert any(
        f.rule == "casualty-count-disagreement"
        and f.severity == "warning"
        and {by_id[i].value for i in f.claims} == {3.0, 10.0}
        and "an update" in f.message
        for f in result.findings
    )


def test_gold_mapping_and_scoring(ecb_articles: Path) -> None:
    gold = load_gold(shared_dir("ecbplus-gold") / "gold.yaml")
    event = next(e for e in gold if e.event == "20ecbplus")
    result = run([ecb_articles / "20ecbplus"], Settings())
    gmap = GoldMap.of(event, result.claims, {d.id: d.text for d in result.documents})
    toll = next(
        i for i, s in enumerate(event.subjects) if s.name == "death toll of the Qeshm quake"
    )
    stated = [c for c in result.claims if toll in gmap.subjects_of[c.id]]
    assert len({c.document for c in stated}) >= 5 and {c.value for c in stated} <= {3.0, 10.0}
    score = score_findings(gmap, result.findings, result.claims)
    assert score.tp + score.fp == sum(
        f.kind == "numeric-agreement" and f.severity != "info" for f in result.findings
    )


def _two_event_gold(tmp_path: Path) -> tuple[dict[str, Any], Path]:
    """The development gold cut to two events (20ecbplus, 41ecbplus), and its file."""
    import yaml

    gold = yaml.safe_load((shared_dir("ecbplus-gold") / "gold.yaml").read_text())
    gold["events"] = [e for e in gold["events"] if e["event"] in ("20ecbplus", "41ecbplus")]
    small = tmp_path / "gold.yaml"
    small.write_text(yaml.safe_dump(gold))
    return gold, small


def test_eval_findings_prints_per_event_and_total(tmp_path: Path, ecb_articles: Path) -> None:
    """Leave-one-event-out on two events: each is matched by a model fitted on the other."""

    _, small = _two_event_gold(tmp_path)
    out = CliRunner().invoke(
        cli, ["eval-findings", str(small), str(ecb_articles), "--errors", "--misses"]
    )
    assert out.exit_code == 0, out.output
    assert "| 20ecbplus |" in out.output and "| 41ecbplus |" in out.output
    assert "leave-one-event-out" in out.output and "precision" in out.output
    # --misses: where each missed differing subject is lost. "as many as 2,000" and "2,000"
    # are read, and their wording lets both be true (the gold: different meanings).
    missed = out.output.split("Missed differing subjects (")[1]
    lines = {line.split(": ", 1)[0]: line for line in missed.splitlines()[1:]}
    assert (
        "compatible wording; read: as many as 2,000 people, 2,000"
        in lines["- 20ecbplus / people needing accommodation"]
    )
    assert all(
        line.split(": ", 1)[1].split(";")[0] in ("not extracted", "compatible wording", "apart",
                                                 "one group, no warning", "stray claim")
        for line in lines.values()
    )  # fmt: skip


def test_eval_findings_on_one_event_says_it_needs_two(tmp_path: Path) -> None:
    """Leave-one-event-out on a gold file of one event had no event to fit on: a numpy
    error, exit 4; it is a usage error (exit 2), and --shipped scores it."""
    (tmp_path / "e1").mkdir()
    (tmp_path / "e1" / "one.txt").write_text("Police said 120 people were killed on Monday.\n")
    (tmp_path / "e1" / "two.txt").write_text("Officials said 150 people were killed on Monday.\n")
    gold = tmp_path / "gold.yaml"
    gold.write_text(
        "events:\n  - event: e1\n    subjects:\n      - subject: deaths\n"
        "        verdict: differs\n        claims:\n"
        '          - {article: one, quote: "120 people", value: 120}\n'
        '          - {article: two, quote: "150 people", value: 150}\n'
    )
    out = CliRunner().invoke(cli, ["eval-findings", str(gold), str(tmp_path)])
    assert out.exit_code == 2 and out.stderr.strip() == (
        "crosscheck: error: no other event to fit a model on: leave-one-event-out needs two "
        "or more events (or --shipped)"
    )
    out = CliRunner().invoke(cli, ["eval-findings", str(gold), str(tmp_path), "--shipped"])
    assert out.exit_code == 0 and "| e1 | 1 | 0 | 1/1 |" in out.output, out.output


def test_a_concept_file_that_expands_without_bound_is_refused(tmp_path: Path) -> None:
    """Ten to the ninth terms by aliases of aliases: refused with the file named, at once."""
    from crosscheck.errors import ConfigError
    from crosscheck.match.features import load_concepts

    lines = ["concepts:", "  - id: bomb", "    terms: &t0 [q, q, q, q, q, q, q, q, q, q]"]
    for k in range(1, 9):
        ref = ", ".join([f"*t{k - 1}"] * 10)
        lines.append(f"  - id: c{k}\n    terms: &t{k} [{ref}]")
    path = tmp_path / "concepts.yml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"concepts\.yml"):
        load_concepts([path])


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("concepts: 5\n", "concepts.yml:1: 'concepts' must be a list"),  # was exit 4
        ("concepts:\n  - id: a\n    terms: [x]\n  - 7\n", "concepts.yml:4: each concept"),
        ("concepts:\n  - id: a\n    termz: [x]\n", "concepts.yml:3: concept 'a': unknown key"),
        ("concepts:\n  - id: a\n    terms: [x, [y]]\n", "concepts.yml:3: concept 'a': 'terms'"),
        ("predicates: [kill, die]\n", "concepts.yml:1: each entry of 'predicates' is a list"),
        # one id twice in a file: its second entry's terms were merged without a word
        ("concepts:\n  - id: a\n    terms: [x]\n  - id: a\n    terms: [y]\n",
         "concepts.yml:4: concept 'a' is defined twice in this file (first at line 2)"),
        # one term in two concepts of a file: the second took it from the first silently
        ("concepts:\n  - id: a\n    terms: [x, y]\n  - id: b\n    terms:\n      - z\n      - Y\n",
         "concepts.yml:7: concept 'b': term 'Y' already means concept 'a' (line 2)"),
    ],
)  # fmt: skip
def test_a_bad_concept_file_names_its_line(tmp_path: Path, text: str, message: str) -> None:
    from crosscheck.errors import ConfigError
    from crosscheck.match.features import load_concepts

    path = tmp_path / "concepts.yml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        load_concepts([path])
    assert message in str(caught.value)


def test_a_later_concept_file_adds_to_a_concept(tmp_path: Path) -> None:
    from crosscheck.match.features import load_concepts

    first, later = tmp_path / "a.yml", tmp_path / "b.yml"
    first.write_text("concepts:\n  - id: a\n    terms: [x]\n    broader: things\n")
    later.write_text("concepts:\n  - id: a\n    terms: [y]\n    broader: people\n")
    table = load_concepts([first, later])
    assert (table.by_term["x"], table.by_term["y"], table.broader["a"]) == ("a", "a", "people")


def test_a_user_concept_that_takes_a_shipped_term_is_said(tmp_path: Path) -> None:
    """A desk's own concept of 'troop' and 'soldier' silently took both from the shipped
    military-personnel, and the shipped troop rules stopped applying to the seeds. It still
    wins (the later file, as a term given again within a concept does), and `check` says
    so, naming the user's line and the shipped concept's."""
    mine = tmp_path / "desk-concepts.yml"
    mine.write_text("# our own army\nconcepts:\n  - id: army-strength\n"
                    "    terms: [troop, soldier]\n")  # fmt: skip
    result = CliRunner().invoke(cli, ["check", str(SEEDS), "--rules", str(mine), "--out",
                                      str(tmp_path / "out")])  # fmt: skip
    assert result.exit_code in (0, 1), result.output
    shipped = concept_table(Settings()).sources[0]
    lines = [line for line in result.stderr.splitlines() if "the later file wins" in line]
    assert len(lines) == 2, result.stderr
    assert lines[0].startswith(
        f"crosscheck: WARNING: {mine}:4: concept 'army-strength': term 'troop' was concept "
        f"'military-personnel' ({shipped}:"
    )
    assert lines[0].endswith("the later file wins: it now means 'army-strength', and what "
                             "selects 'military-personnel' no longer sees it")  # fmt: skip
    (tmp_path / "add").mkdir()  # the same concept given more terms: nothing taken
    again = tmp_path / "add" / "more.yml"
    again.write_text("concepts:\n  - id: military-personnel\n    terms: [trooper]\n")
    added = CliRunner().invoke(cli, ["rules", "check", str(again)])
    assert added.exit_code == 0 and "later file wins" not in added.stderr, added.output


def test_a_narrower_concept_that_takes_a_broader_ones_terms_is_not_said(
    tmp_path: Path, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    """naval-personnel, broader military-personnel, taking 'sailor' and 'marine' from it:
    the warning said "what selects 'military-personnel' no longer sees it", which is false
    (a rule selects a group by the concept's broader chain: rules.engine._concept_chain).
    Silent when the earlier concept is in the new one's chain, the chain as the last file
    leaves it (a broader given further down counts); said when it is not."""
    import logging

    from crosscheck.match.features import load_concepts

    # caplog sees the package's warnings whatever command ran before in this process (the
    # command's own handler stops them at the package's logger)
    monkeypatch.setattr(logging.getLogger("crosscheck"), "propagate", True)
    (tmp_path / "navy").mkdir()
    mine = tmp_path / "navy" / "concepts.yml"
    mine.write_text("# the navy desk's own\nconcepts:\n  - id: naval-personnel\n"
                    "    broader: military-personnel\n    terms: [sailor, marine]\n")  # fmt: skip
    shipped = concept_table(Settings()).sources[0]
    with caplog.at_level("WARNING"):
        table = load_concepts([Path(shipped), mine])
    assert table.by_term["sailor"] == "naval-personnel"
    assert [r.getMessage() for r in caplog.records if "later file wins" in r.getMessage()] == []
    # two levels down, its broader given in a later file: in the chain too (a bare "guard"
    # is security-personnel now, "reservist" still military-personnel)
    (tmp_path / "coast").mkdir()
    (tmp_path / "coast" / "c.yml").write_text(
        "concepts:\n  - id: coast-guard\n    broader: naval-personnel\n    terms: [reservist]\n"
    )
    caplog.clear()
    with caplog.at_level("WARNING"):
        load_concepts([Path(shipped), mine, tmp_path / "coast" / "c.yml"])
    assert [r.getMessage() for r in caplog.records if "later file wins" in r.getMessage()] == []
    # not narrower: said, as before
    mine.write_text("concepts:\n  - id: crew\n    broader: people\n    terms: [sailor]\n")
    caplog.clear()
    with caplog.at_level("WARNING"):
        load_concepts([Path(shipped), mine])
    # (each message once: in the whole suite a record may reach caplog twice, the
    # package's logger propagating to a root that another test's run left a handler on)
    said = sorted({r.getMessage() for r in caplog.records if "later file wins" in r.getMessage()})
    assert len(said) == 1 and "term 'sailor' was concept 'military-personnel'" in said[0], said
    # and a run with the navy desk's file says nothing either
    mine.write_text("concepts:\n  - id: naval-personnel\n    broader: military-personnel\n"
                    "    terms: [sailor, marine]\n")  # fmt: skip
    result = CliRunner().invoke(cli, ["check", str(SEEDS), "--rules", str(mine.parent),
                                      "--out", str(tmp_path / "out")])  # fmt: skip
    assert result.exit_code in (0, 1) and "later file wins" not in result.stderr, result.output


def test_a_story_repeated_by_thousands_of_articles_is_compared_in_bounded_blocks() -> None:
    """Blocks never exceed MAX_BLOCK claims, whatever the size of one story: a block of
    more is split by what is counted, then by order of magnitude, then in article order."""
    from collections import defaultdict

    from crosscheck.match import cluster
    from crosscheck.pipeline import concept_table

    concepts = concept_table(Settings())
    text = "Officials said {} people were killed and {} homes were destroyed in the city."
    items = []
    for k in range(cluster.MAX_BLOCK + 200):
        items.extend(claims_of(text.format(10 + k % 3, 200 + k % 5)))
    profiles = cluster.profiles(items, [], [], concepts)
    by_key: dict[tuple[int, str], list[int]] = defaultdict(list)
    for k, p in enumerate(profiles):
        by_key[(0, p.family)].append(k)
    blocks = list(cluster._bounded(by_key, profiles, concepts))
    assert all(len(b) <= cluster.MAX_BLOCK for b in blocks)
    assert sorted(k for b in blocks for k in b) == list(range(len(profiles)))
    for b in blocks:  # split by what is counted first: no block holds homes and dead
        assert len({profiles[k].claim.value >= 200 for k in b}) == 1


def test_amounts_in_two_currencies_can_both_be_true() -> None:
    """Without a rate nothing says 2 million euros and $2.6 million differ: the matcher
    and the rules judge them compatible (unit-agreement converts what it has rates for)."""
    [eur] = extract_claims_of("Thieves took jewels worth two million euros, police said.")
    [usd] = extract_claims_of("Thieves took jewels worth $2.6 million, police said.")
    assert (eur.kind, usd.kind) == ("money", "money") and eur.unit != usd.unit
    assert quantity.compatible(eur, usd)
    [again] = extract_claims_of("Thieves took jewels worth $3.9 million, police said.")
    assert not quantity.compatible(usd, again)


def extract_claims_of(text: str):  # type: ignore[no-untyped-def]
    from crosscheck.model import Document
    from crosscheck.segment import segment

    doc = Document("a.txt", "a.txt", "text", text, ((0, len(text)),))
    return extract_claims(doc, segment(doc))


def test_a_differing_pair_is_linked_on_the_trees_value_blind_opinion(
    ecb_articles: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Three articles of an event no gold file holds: one values the haul at $137 million,
    two at $108 million. The linear model alone is not sure enough of two figures that
    cannot both hold; with the trees' reading of the pair, figures set aside, the
    difference is found, and without it, it is missed. (A note: that $108 million
    converts '85 million euros' in brackets, at the outlet's rate.)"""
    from crosscheck.match import learned

    def found() -> dict[tuple[str, ...], Any]:
        result = run([ecb_articles / "24ecb"], Settings())
        by_id = {c.id: c for c in result.claims}
        return {tuple(sorted(by_id[i].text for i in f.claims)): f for f in result.findings
                if f.kind == "numeric-agreement"}  # fmt: skip

    haul = ("$108 million", "$137-million")
    finding = found()[haul]
    assert finding.severity == "info" and "converts the figure before it" in finding.message
    monkeypatch.setattr(learned, "BLIND_SAME", 1.01)  # the second opinion never agrees
    assert haul not in found()


def test_sides_of_two_scores_stay_apart(
    ecb_articles: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A game's articles repeat its scores: the loser's 13 of the final score and the
    winner's 13 of the half-time score are two subjects, told apart by the other side of
    each score. Without that hard fact, one group chains every bare 13 of the game."""
    import re

    from crosscheck.match import cluster

    def mixed() -> int:
        """Groups holding one figure as a side of two scores (other sides apart)."""
        result = run([ecb_articles / "29ecbplus"], Settings())
        text = {d.id: d.text for d in result.documents}
        by_id = {c.id: c for c in result.claims}
        scores = 0
        for g in result.groups:
            sides = set()
            for c in (by_id[i] for i in g.claims):
                t, (a, b) = text[c.document], c.span
                left = re.search(r"(\d+)-$", t[max(0, a - 4) : a])
                right = re.match(r"-(\d+)", t[b : b + 4])
                if c.kind == "other" and (left or right):
                    sides.add((c.value, frozenset(int(m.group(1)) for m in (left, right) if m)))
            scores += any(x == y and not (px & py) for x, px in sides for y, py in sides)
        return scores

    assert mixed() == 0
    monkeypatch.setattr(cluster, "score_partners", lambda p: frozenset())
    assert mixed() > 0


def _summaries(tmp_path: Path, *texts: str) -> dict[tuple[str, float, int], Any]:
    """The hard-fact summary of every claim of some short articles, by article, figure
    and sentence."""
    from crosscheck.match.cluster import _Summary
    from crosscheck.match.pairs import profiles
    from crosscheck.pipeline import concept_table

    for k, text in enumerate(texts):
        (tmp_path / f"a{k}.txt").write_text(text, encoding="utf-8")
    result = run([tmp_path], Settings())
    found = profiles(result.claims, result.sentences, result.documents,
                     concept_table(Settings()))  # fmt: skip
    return {(p.claim.document, p.claim.value, p.claim.sentence): _Summary.of(p) for p in found}


def test_two_tallies_of_one_vote_may_differ_and_a_tally_may_be_counted(
    tmp_path: Path,
) -> None:
    """A vote reported as 52-48 in one article and 51-49 in another is one subject that
    differs: only a figure shared by two scores is split by their other sides. "Voted
    52-48" and "52 votes" may be one subject too, and so may two counted nouns of one
    figure in two sentences of one article ("2,000 jobs", "the 2,000 workers", which the
    concept table does not relate)."""
    from crosscheck.pipeline import concept_table

    concepts = concept_table(Settings())
    summary = _summaries(
        tmp_path,
        "The Senate voted 52-48 on Tuesday to confirm the nominee.\n",
        "The Senate voted 51-49 on Tuesday to confirm the nominee.\n",
        "The nominee was confirmed with 52 votes in the Senate on Tuesday.\n",
        "The Senate voted 52-40 on a second bill on Tuesday.\n",
        "The plant has 2,000 jobs. The 2,000 workers were told on Monday.\n",
    )
    assert summary[("a0.txt", 52, 0)].conflicts(summary[("a1.txt", 51, 0)]) is None
    assert summary[("a0.txt", 48, 0)].conflicts(summary[("a1.txt", 49, 0)]) is None
    assert summary[("a0.txt", 52, 0)].conflicts(summary[("a2.txt", 52, 0)]) is None
    # one figure with two other sides: two scores
    assert summary[("a0.txt", 52, 0)].conflicts(summary[("a3.txt", 52, 0)]) == (
        "sides of other scores (the other side differs)")  # fmt: skip
    jobs = [v for (doc, _value, _sentence), v in summary.items() if doc == "a4.txt"]
    assert len(jobs) == 2 and jobs[0].conflicts(jobs[1], concepts) is None
    assert not concepts.related("job", "worker")  # else this would prove nothing


def test_an_age_never_joins_a_count_of_things(ecb_articles: Path) -> None:
    """A fighter's age and his knockouts are one figure in a fight's articles ("the
    36-year-old", "36 KOs"): an age never joins a count of a counted noun, and the group
    records why the two were kept apart."""
    result = run([ecb_articles / "7ecb"], Settings())
    by_id = {c.id: c for c in result.claims}
    for g in result.groups:
        kinds = {(by_id[i].kind, by_id[i].unit is not None) for i in g.claims}
        assert not ({("age", True)} <= kinds and ("count", True) in kinds)
    assert "an age is not a count" in {a["why"] for g in result.groups for a in g.apart}


def test_one_sentence_counting_other_things_keeps_groups_apart(ecb_articles: Path) -> None:
    """One sentence counting two things with one figure ("11 points, 11 rebounds") tells
    that they are two subjects; no group holds both from one sentence."""
    from crosscheck.pipeline import concept_table

    concepts = concept_table(Settings())
    result = run([ecb_articles / "31ecbplus"], Settings())
    by_id = {c.id: c for c in result.claims}
    for g in result.groups:
        per_sentence: dict[tuple[str, int], set[str]] = {}
        for c in (by_id[i] for i in g.claims):
            label = concepts.concept_of(c) if c.kind == "count" else None
            if label:
                per_sentence.setdefault((c.document, c.sentence), set()).add(label)
        for labels in per_sentence.values():
            assert all(concepts.related(a, b) for a in labels for b in labels), labels
    assert "one sentence counts other things" in {
        a["why"] for g in result.groups for a in g.apart}  # fmt: skip


# --- time frames and definitions ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure", "period", "partial"),
    [
        ("Gray had been in trouble with the law before, having been arrested three times "
         "since October and had previously been charged with grand larceny.", 3, "since October",
         True),
        ("The also said that Gray had previously been arrested four times on charges of grand "
         "larceny, possession of stolen property and inciting a riot.", 4, None, False),
        ("Since October, the man has been arrested three times.", 3, "since October", True),
        ("He has scored 312 points so far this season, a career high.", 312, "so far this season",
         True),
        ("The company sold 2,000 cars in the past two years.", 2000, "the past two years", True),
        ("The bank lost $54 billion last year.", 54e9, "last year", False),
        # the frame belongs to another figure, or to another clause
        ("O'Brien did lead the Sixers to a 43-39 record-a 10-win improvement over the previous "
         "season-and a playoff berth.", 43, None, False),
        ("While his partner has played in the past six games, the receiver was back for only "
         "three games before the finale.", 3, None, False),
        # a "since" that ranks the figure (after a comma, or led to by a superlative or an
        # ordinal) is no frame of it; nor is what a person does, after a bare age
        ("The earthquake killed 40 people on Sunday, the deadliest since 2005, officials "
         "said.", 40, None, False),
        ("The jobless rate rose to 10 percent in March, the highest since 1983, the "
         "government said.", 10, None, False),
        ("Shares fell 5 percent on Friday, their biggest drop since March.", 5, None, False),
        ("The 12 arrests were the first arrests since the start of the year.", 12, None, False),
        ("A man, 45, has lived there since 2005.", 45, None, False),
        ("Since October, police have arrested 40 people in the city.", 40, "since October",
         True),
        ("The club has won 12 titles since 2008-2009.", 12, "since 2008-2009", True),
        # words that end like superlatives and rank nothing
        ("Police have detained 40 people in the unrest since October.", 40, "since October",
         True),
        ("The army has lost 40 soldiers in the northwest since October.", 40, "since October",
         True),
        # a superlative ranks only a "since": the year of a best season is the figure's
        ("Jackson had his finest season in 2008 with 59 receptions.", 59, "in 2008", False),
        # "at least" ranks nothing (scope.ranks_since, the time stage's reading too)
        ("The virus has killed at least 300 people since 2019.", 300, "since 2019", True),
        ("The virus has killed at least 300 since 2019.", 300, "since 2019", True),
        # (re-read) a superlative ranks with a number after it
        ("Shares fell 12% in the worst two days since 2008.", 12, None, False),
    ],
)  # fmt: skip
def test_a_figures_time_frame_is_read_from_its_clause(
    text: str, figure: float, period: str | None, partial: bool
) -> None:
    from crosscheck.extract import scope

    c = next(c for c in claims_of(text) if c.value == figure)
    found = scope.period(text, *c.span)
    assert found == period
    assert scope.partial(found) is partial


@pytest.mark.parametrize(
    ("text", "figure", "basis"),
    [
        ("Including EDS' net debt, HP values the acquisition at $13.9 billion.", 13.9e9,
         "including debt"),
        ("Based on EDS' nearly 530 million common shares, restricted stock units and options, "
         "the sales prices works out to $13.2 billion.", 13.2e9, None),
        ("The deal is worth $4.5 billion excluding debt.", 4.5e9, "excluding debt"),
        ("Pre-tax profit rose to $2.1 billion in the quarter.", 2.1e9, "before tax"),
        ("The group reported net income of $310 million.", 310e6, "net"),
        ("The bank said its net profit rose to $2.5 billion in the quarter.", 2.5e9, "net"),
        ("AMD is paying $281 million in cash for SeaMicro and the remainder in stock, Lu said.",
         281e6, "in cash"),
        ("Acme will pay $1.2 billion in stock and $800 million in cash.", 1.2e9, "in stock"),
        ("Acme will pay $1.2 billion in stock and $800 million in cash.", 800e6, "in cash"),
        ("Acme will buy Beta for $2 billion in cash.", 2e9, None),  # all cash: the price
        # a prize or a pay with its bonus (a hunt's "$100,000 in total, including his
        # record bonus" was an error against "$75,000 in prize money, plus a $25,000
        # bonus": an amount beside the sum added to it is none of its definition)
        ("The winner will receive $100,000 in total, including his record bonus.", 1e5,
         "including bonus"),
        ("He takes home $75,000 in prize money, plus a $25,000 bonus for the record.", 75e3,
         None),
        ("The chief executive was paid $6 million last year, including bonuses.", 6e6,
         "including bonus"),
        ("Barclays paid its chief executive £10.5m last year, including a £4m bonus.", 10.5e6,
         "including bonus"),
        ("He was paid $5 million last year, not including bonuses.", 5e6, "excluding bonus"),
        ("The deal values Beta at $5 billion, not including debt.", 5e9, "excluding debt"),
        # (review) a bonus beside the figure, or none, is not what it includes
        ("Wall Street's bonus pool rose 12% to $31.8 billion, with the average bonus at "
         "$176,700, the comptroller said.", 31.8e9, None),
        ("The chief executive took a 20% pay cut, with no bonus this year.", 20, None),
        ("Investors will get a 5% return plus a bonus share.", 5, None),
        ("Acme will buy Beta for $2 billion in cash and stock.", 2e9, None),
        ("Acme will buy Beta for $2 billion in cash or shares, it said.", 2e9, None),
        ("Acme will pay $300 million in cash, with the balance paid in Acme shares.", 300e6,
         "in cash"),
        ("Acme will pay $300 million in cash and $53 million in stock for Beta.", 53e6,
         "in stock"),
        ("Acme will pay $1.2 billion in stock and about $800 million in cash.", 1.2e9,
         "in stock"),
        ("Acme will pay $1.2 billion in stock and another $800 million in cash.", 800e6,
         "in cash"),
        ("Acme will pay $800 million in cash and 1.2 billion dollars in stock.", 800e6,
         "in cash"),
        ("Acme will pay $800 million in cash for Beta Inc. and the remainder in stock.", 800e6,
         "in cash"),
        ("Acme will pay $2 billion in cash and its balance sheet as of June was strong.", 2e9,
         None),
        # stock or shares elsewhere in the sentence say nothing of how the price is paid
        ("Acme will pay $2 billion in cash for Beta, and Beta's shares rose 12%.", 2e9, None),
        ("Acme will pay $2 billion in cash for Beta, sending its stock up 5%.", 2e9, None),
        ("Acme will pay $2 billion in cash for Beta and the rest of the industry was told.",
         2e9, None),
        ("Acme will pay $2 billion in cash from its balance sheet.", 2e9, None),
        ("Acme will pay $2 billion in cash as well as stock.", 2e9, None),
        ("Acme will pay $2 billion in cash and new Acme shares.", 2e9, None),
    ],
)  # fmt: skip
def test_what_a_figure_includes_is_read_from_its_clause(
    text: str, figure: float, basis: str | None
) -> None:
    from crosscheck.extract import scope

    c = next(c for c in claims_of(text) if c.value == figure)
    assert scope.basis(text, *c.span) == basis


def test_time_frames_keep_counts_apart(tmp_path: Path) -> None:
    """Arrested "four times" and arrested "three times since October" count over
    different periods: the two never form a group, and the refused link says why. So do
    two partial frames that differ. Two calendar frames ("in 2023", "in 2021") may join:
    one figure given for two years is what the time-frame rule flags."""
    summary = _summaries(
        tmp_path,
        "The man had previously been arrested four times on charges of grand larceny.\n",
        "The man had been arrested three times since October, police said.\n",
        "The firm shipped 250,000 cars in 2023, its annual report said.\n",
        "The firm shipped 250,000 cars in 2021, its annual report said.\n",
        "The firm shipped 250,000 cars in the past two years, its annual report said.\n",
        "The firm shipped 250,000 cars, its annual report said.\n",
    )
    assert summary[("a0.txt", 4, 0)].conflicts(summary[("a1.txt", 3, 0)]) == (
        "counted over another time frame")  # fmt: skip
    cars = {k: summary[(f"a{k}.txt", 250_000, 0)] for k in (2, 3, 4, 5)}
    assert cars[2].conflicts(cars[3]) is None
    assert cars[2].conflicts(cars[5]) is None
    assert cars[4].conflicts(cars[5]) == "counted over another time frame"
    assert cars[4].conflicts(cars[2]) == "counted over another time frame"


def test_the_year_so_far_is_one_time_frame_however_written(tmp_path: Path) -> None:
    """ "412 cholera cases since January" and "412 cholera cases this year" (one ministry's
    count, two outlets) were kept apart as counted over another time frame, and the 388
    cases of a neighbouring country, with no frame of their own, joined one of them: a
    false error. "since January", "since the start of the year" and "so far this year"
    are the calendar year so far; "since October" is not."""
    from crosscheck.extract import scope

    for frame in ("since January", "since the start of the year", "so far this year",
                  "since January 1", "since the beginning of the year"):  # fmt: skip
        assert not scope.apart(frame, "this year"), frame
    assert scope.apart("since October", "this year")
    assert scope.apart("since January", None)  # (a count with no frame: as before)
    # a January of another year is read whole, and stays apart (review)
    for text in ("Kenya has recorded 1,412 cholera cases since January of last year.",
                 "Kenya has recorded 1,412 cholera cases since January last year.",
                 "Kenya has recorded 1,412 cholera cases since January 1, 2024.",
                 # a month's abbreviation ends no clause: read whole, apart (re-read)
                 "Kenya has recorded 1,412 cholera cases since Jan. 1, 2024.",
                 "Kenya has recorded 1,412 cholera cases since Jan. last year."):  # fmt: skip
        start = text.index("1,412")
        frame = scope.period(text, start, start + 5)
        assert frame is not None and frame.startswith(("since January", "since Jan")) and (
            frame != "since January"), (text, frame)  # fmt: skip
        assert scope.apart(frame, "this year"), frame
    text = "Kenya has recorded 1,412 cholera cases since Jan. 1, the ministry said."
    frame = scope.period(text, text.index("1,412"), text.index("1,412") + 5)
    assert frame == "since Jan. 1" and not scope.apart(frame, "this year"), frame
    groups, findings = _story(
        tmp_path, "cholera",
        "Kenya has recorded 412 cholera cases since January, the health ministry said on "
        "Monday. Uganda has recorded 388 cases.",
        "Kenya's health ministry said on Monday the country had recorded 412 cholera cases "
        "this year.",
    )  # fmt: skip
    assert groups == [{"412 cholera cases"}], groups  # the two 412s, and nothing else
    assert not [f for f in findings if "388" in f], findings
    groups, findings = _story(
        tmp_path, "last",
        "Kenya has recorded 1,412 cholera cases since January of last year, the health "
        "ministry said on Monday.",
        "Kenya's health ministry said on Monday the country had recorded 412 cholera cases "
        "this year.",
    )  # fmt: skip
    assert groups == [] and findings == [], (groups, findings)


def _story(tmp_path: Path, name: str, *texts: str) -> tuple[list[set[str]], list[str]]:
    """The groups (as sets of claim texts) and the findings (kind: claim texts) of a
    story told by some one-sentence articles."""
    result = run([write_story(tmp_path / name, *texts)], Settings())
    by_id = {c.id: c for c in result.claims}
    groups = [{by_id[i].text for i in g.claims} for g in result.groups]
    findings = [f"{f.kind}: {', '.join(sorted(by_id[i].text for i in f.claims))}"
                for f in result.findings]  # fmt: skip
    return groups, findings


def _dated_story(
    tmp_path: Path, name: str, day: str, *bodies: str
) -> tuple[list[set[str]], list[str]]:
    """_story of articles as a newsroom files them: a headline, "Published: ``day``", then
    the body (where relative times and dates compare, and outlets' figures join as they do
    on real copy, which one undated line each may not)."""
    return _story(tmp_path, name, *_dated_texts(day, *bodies))


def _dated_texts(day: str, *bodies: str) -> list[str]:
    """Each body as a newsroom files it: a headline, "Published: ``day``", the body."""
    return [f"News\n\nPublished: {day}\n\n{body}" for body in bodies]


def _stories_on(tmp_path: Path, day: str) -> Callable[..., tuple[list[set[str]], list[str]]]:
    """_dated_story of stories published on ``day``: called with a name and bodies."""
    return lambda name, *bodies: _dated_story(tmp_path, name, day, *bodies)


def _findings_on(tmp_path: Path, day: str) -> Callable[..., list[str]]:
    """The findings of _dated_story's stories published on ``day``."""
    return lambda name, *bodies: _dated_story(tmp_path, name, day, *bodies)[1]


def test_a_rank_since_a_year_is_no_time_frame(tmp_path: Path) -> None:
    """A toll given as "killed 40 people, the deadliest since 2005" is ranked, not
    counted since 2005: it is the toll another article gives as 45, and the two differ."""
    groups, findings = _story(
        tmp_path, "ranked",
        "The earthquake killed 40 people on Sunday, the deadliest since 2005, officials said.\n",
        "The earthquake killed 45 people on Sunday, officials said.\n",
    )  # fmt: skip
    assert groups == [{"40 people", "45 people"}]
    assert "numeric-agreement: 40 people, 45 people" in findings


def test_percentages_of_two_measures_never_join_and_of_one_measure_do(tmp_path: Path) -> None:
    """The policy rate at 7.25% and unemployment at 7.25% were "2 documents agree on
    7.25" (dated articles with headlines, as an outside hunt wrote them); two words for
    one measure ("the jobless rate", "unemployment"; "the economy", "GDP") still compare,
    and a percentage whose words name no measure joins either."""

    story = _stories_on(tmp_path, "2026-06-10")

    _, findings = story(
        "two",
        "The central bank raised its main interest rate to 7.25% on Wednesday.",
        "Unemployment stood at 7.25% in April, the statistics office said.",
    )
    assert not any(f.startswith("corroboration") for f in findings), findings
    _, findings = story(
        "jobless",
        "The jobless rate held at 6.2% in February.",
        "Unemployment was 6.2% in February, Eurostat said.",
    )
    assert "corroboration: 6.2%, 6.2%" in findings, findings
    _, findings = story(
        "growth",
        "Japan's economy contracted an annualised 1.6% in July-September.",
        "Japan's GDP fell by an annualised 1.8% in July-September.",
    )
    assert "numeric-agreement: 1.6%, 1.8%" in findings, findings
    _, findings = story(
        "unnamed",
        "The central bank raised its main interest rate to 7.25% on Wednesday.",
        "The bank raised rates to 7.25% on Wednesday, its third increase this year.",
    )
    assert "corroboration: 7.25%, 7.25%" in findings, findings


def test_counts_of_people_missing_and_killed_never_join(tmp_path: Path) -> None:
    """Twelve people killed and twelve missing were "2 documents agree on 12": what
    happened to those counted keeps counts apart, by the verb (lexicon.FATE_VERBS: "are
    still missing", "were arrested"). A rescue is no fate of its own (a review's "racing
    to rescue 12 missing miners" against "15 miners are missing" stays a disagreement),
    and two counts of the missing still compare."""

    story = _findings_on(tmp_path, "2026-08-19")

    findings = story(
        "dead",
        "The storm killed 12 people, officials said.",
        "Officials said 12 people are still missing after the storm.",
    )
    assert not any(f.startswith("corroboration") for f in findings), findings
    for arrested in ("Police said 30 people were arrested after the protest.",
                     "Police said 30 people were detained after the protest."):  # fmt: skip
        findings = story(
            "arrested", arrested, "Police said the clashes injured 30 people at the protest."
        )
        assert not any(f.startswith("corroboration") for f in findings), (arrested, findings)
    findings = story(
        "intent",
        "Teams are racing to rescue 12 missing miners, officials said.",
        "Officials said 15 miners are missing.",
    )
    assert "numeric-agreement: 12 missing miners, 15 miners" in findings, findings
    findings = story(
        "both",
        "Officials said 12 people are still missing after the storm.",
        "Officials said 12 people were missing after the storm on Monday.",
    )
    assert any(f.startswith("corroboration") for f in findings), findings
    # a re-read's: a count of two fates at once has neither ("killed or are missing",
    # "missing or dead": one total, which differs), and a fate is people's only
    findings = story(
        "either",
        "Forty-five people were killed or are missing after floods swept through the "
        "northern province of Valdoria on Monday, the disaster agency said.",
        "Sixty people are missing or dead after floods swept through the northern "
        "province of Valdoria on Monday, the Red Crescent said.",
    )
    assert any(f.startswith("numeric-agreement") for f in findings), findings
    concepts = concept_table(Settings())
    assert concepts.outcome("miss", "people") == "missing"
    assert concepts.outcome("miss", "penalty") is None  # "missed 3 penalties"


def test_a_frame_said_once_is_the_frame_of_that_figure_where_repeated(tmp_path: Path) -> None:
    """Articles saying "since October, police have arrested 40 people" and "police have
    arrested 40 people": the figure repeated is the one counted since October, and it is
    corroborated (the group says since when)."""
    folder = tmp_path / "framed"
    groups, findings = _story(
        tmp_path, folder.name,
        "Since October, police have arrested 40 people in the city over the protests.\n",
        "Police have arrested 40 people in the city over the protests.\n",
    )  # fmt: skip
    assert groups == [{"40 people"}] and "corroboration: 40 people, 40 people" in findings
    (group,) = run([folder], Settings()).groups
    assert group.label.endswith("since October")


def test_net_said_by_one_article_only_does_not_keep_amounts_apart(tmp_path: Path) -> None:
    """An article's "net income of $2 billion" against another's "income of $2.5
    billion" (or "net profit rose to $2.5 billion") is one amount that differs; "net"
    against "gross" is two amounts, and so is an explicit "including net debt" said by
    one article only."""
    for name, (net, other) in {
        "net": ("net income of $2 billion", "income of $2.5 billion"),
        "net-rose": ("a net profit of $2 billion", "its net profit rose to $2.5 billion"),
    }.items():
        groups, findings = _story(
            tmp_path, name,
            f"The bank reported {net} for the quarter, it said on Tuesday.\n",
            f"The bank said {other} for the quarter on Tuesday.\n",
        )  # fmt: skip
        assert groups == [{"$2 billion", "$2.5 billion"}], name
        assert "numeric-agreement: $2 billion, $2.5 billion" in findings, name
    for name, (one, other) in {
        "gross": ("net income of $2 billion", "gross income of $2.5 billion"),
        "debt": ("a value of $13.9 billion including net debt", "a value of $13.2 billion"),
        "bonus": ("a payout of $100,000 including his bonus", "a payout of $75,000"),
    }.items():
        groups, findings = _story(
            tmp_path, name,
            f"The bank reported {one} for the deal, it said on Tuesday.\n",
            f"The bank reported {other} for the deal, it said on Tuesday.\n",
        )  # fmt: skip
        assert groups == [] and findings == [], name


def test_a_deal_with_debt_is_not_its_price_and_says_so(ecb_articles: Path) -> None:
    """One article values a deal "including net debt" at $13.9 billion and prices it at
    $13.2 billion; other articles repeat $13.9 billion or say $13 billion. The figure
    defined in one article is that figure where it is repeated: no finding compares the
    deal with debt to its price, and the group says what its figure includes."""
    result = run([ecb_articles / "44ecb"], Settings())
    by_id = {c.id: c for c in result.claims}
    for f in result.findings:
        values = {by_id[i].value for i in f.claims}
        assert not (13.9e9 in values and values & {13e9, 13.2e9}), f.message
    with_debt = [g for g in result.groups if {by_id[i].value for i in g.claims} == {13.9e9}]
    assert with_debt and all(g.label.endswith("including debt") for g in with_debt)


# --- what a label may say ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure", "holder"),
    [
        ("Doug McDermott scored 23 points Friday and became Creighton’s all-time leading "
         "scorer.", "23 points", "Doug McDermott"),
        ("Vaughn finished with 16 points and nine rebounds, scoring 14 in a four-minute "
         "stretch.", "16 points", "Vaughn"),
        ("Only 5.8 million TV viewers tuned-in, far below the Globes' typical 20 million "
         "audience.", "20 million", "Globes"),
        ("A family friend, Kevin Blacks, 33, said he was not surprised.", "33", "Kevin Blacks"),
        ("Officers shot and killed a 16-year-old Kimani Gray in Brooklyn because he allegedly "
         "pointed a gun at them.", "16-year-old", "Kimani Gray"),
        # nearness is no owner: a name that describes a noun, another noun's owner
        ("Authorities say a 35-year-old New Bedford man stabbed his ex-girlfriend.",
         "35-year-old", None),
        ("This was the scene outside the Lakewood Sheriff's station 24 hours after his death.",
         "24 hours", None),
        ("Previously, Turkmenistan had a People's Council whose 2,507 members had to be "
         "approved by the country's late ruler.", "2,507 members", None),
        ("Once the trial resumed, Timmons' 16 year-old best friend took the stand.",
         "16 year-old", None),
        ("Thieves stole $137 million of diamonds from a famed Paris store.", "$137 million",
         None),
        ("Electronic Data Systems' annual revenue of $22 billion grew.", "$22 billion",
         "Electronic Data Systems"),
        ("Shaquille O'Neal had 20 points on Friday.", "20 points", "Shaquille O'Neal"),
        # a count got from someone: who it came from, not the team that got it
        ("Creighton also got 14 points from backup center Will Artino, who made 6 of 8 "
         "shots.", "14 points", "Will Artino"),
        ("The Bulls got 20 points from Derrick Rose on Friday.", "20 points", "Derrick Rose"),
        # not a name of one word (a place, a firm, a country, a party), nor after a
        # determiner, nor a name that goes on to a noun
        ("Creighton got five points from Echenique in the first half.", "five points", None),
        ("The army received 300 troops from neighbouring Uganda.", "300 troops", None),
        ("Israel received 20 jets from defense contractor Boeing.", "20 jets", None),
        ("He got 30 votes from fellow Republicans.", "30 votes", None),
        ("Ukraine got 31 tanks from the United States this year.", "31 tanks", None),
        ("Israel received 20 jets from Boeing.", "20 jets", None),
        ("Thieves got 400 diamonds from a famed Paris store.", "400 diamonds", None),
        ("He got 12 stitches from doctors at Cedars-Sinai.", "12 stitches", None),
        ("Smith got 14 points from the line.", "14 points", None),
        ("The city received 12 complaints from residents.", "12 complaints", None),
        # how long or how many times: a person's name that opens the figure's clause as
        # its verb's subject, or a relative clause's
        ("Baker's been at the port for 37 years and knew the victims.", "37 years", "Baker"),
        ("Crane operator Ana Ruiz, who has worked at the port for nearly 30 years, said "
         "she heard shots.", "nearly 30 years", "Ana Ruiz"),
        ("Dev Okafor hosted the awards three times.", "three times", "Dev Okafor"),
        ("Ann Kowalski worked at the plant for 30 years.", "30 years", "Ann Kowalski"),
        # not one word that may be no person's, nor one of two names, nor who gave the
        # figure, nor a name past another clause or verb, nor the subject of a passive,
        # nor who gave someone else a term, nor the time since
        ("Okafor hosted the awards three times.", "three times", None),
        ("Officers fired 12 times.", "12 times", None),
        ("Tom Baker and Ana Ruiz worked at the plant for 30 years.", "30 years", None),
        ("Ann Kowalski explained the plant ran for 40 years.", "40 years", None),
        ("Ann Kowalski explained for 40 minutes.", "40 minutes", None),
        ("Ann Kowalski recalled the plant ran for 40 years.", "40 years", None),
        ("Ann Kowalski feared the siege would last 12 hours.", "12 hours", None),
        ("Commando Jo Lee freed hostages held for 12 days.", "12 days", None),
        ("Ann Kowalski mourned a man he knew for 30 years.", "30 years", None),
        ("Ann Kowalski ended a strike lasting three days.", "three days", None),
        ("Ann Kowalski attacked the village the rebels held for three days.", "three days",
         None),
        ("Ana Ruiz was questioned for 12 hours.", "12 hours", None),
        ("Judge Ann Kowalski sentenced the gunman to 40 years in prison.", "40 years", None),
        ("Ann Kowalski founded the firm 30 years ago.", "30 years", None),
        ("Smith killed the man who had worked there for 30 years.", "30 years", None),
        ("Barack Obama ordered 30,000 troops to the region.", "30,000 troops", None),
        # a term as the object's attribute: who serves or faces it, in its
        # clause or before a participle's ("while serving"), a title making one word a
        # person's
        ("Ana Ruiz was serving a 12-year sentence for a racketeering conspiracy "
         "conviction in 1997.", "12-year", "Ana Ruiz"),
        ("Tom Baker ran his organization from behind bars while serving a 15-year "
         "sentence.", "15-year", "Tom Baker"),
        ("Mr. Baker died while serving a 12-year sentence imposed in 1997.", "12-year",
         "Baker"),
        ("Ana Ruiz, 41, received his second one-year contract extension last September.",
         "one-year", "Ana Ruiz"),
        # not who hands it down, asks for it or changes it, nor who signs one (two
        # parties), nor another's, nor who tells of it, nor one of two names
        ("Judge Ann Kowalski sentenced the gunman to a 12-year term.", "12-year", None),
        ("Judge Ann Kowalski handed the gunman a 12-year term.", "12-year", None),
        ("Judge Ann Kowalski issued a 12-year sentence.", "12-year", None),
        ("Judge Ann Kowalski imposed a 12-year sentence on Monday.", "12-year", None),
        ("Prosecutor Tom Baker requested a 12-year sentence.", "12-year", None),
        ("Governor Ann Kowalski commuted the 12-year sentence.", "12-year", None),
        ("Manchester United signed a five-year contract with the striker.", "five-year",
         None),
        ("Tom Baker signed a five-year contract.", "five-year", None),
        ("Tom Baker's lawyer said he was serving a 12-year sentence.", "12-year", None),
        ("Tom Baker said the man was serving a 12-year sentence.", "12-year", None),
        ("Tom Baker met Ana Ruiz while serving a 12-year sentence.", "12-year", None),
        ("Tom Baker visited the man who was serving a 12-year sentence.", "12-year", None),
        ("Tom Baker and Ana Ruiz were serving 12-year sentences.", "12-year", None),
        ("The reputed head of the family was serving a 12-year sentence.", "12-year", None),
        ("Baker was serving a 12-year sentence.", "12-year", None),  # whose name?
    ],
)  # fmt: skip
def test_an_owner_is_one_the_words_tie_to_the_figure(
    text: str, figure: str, holder: str | None
) -> None:
    from crosscheck.match import owners
    from crosscheck.match.pairs import _age_like

    c = _claim_at(text, figure)
    assert owners.holder(text, *c.span, _age_like(c), c.kind, c.unit) == holder


def test_a_surname_opening_a_clause_is_a_persons_when_written_in_full() -> None:
    """ "Baker was serving a 12-year sentence": a word alone may be no person's ("Rescuers
    worked for 12 hours"); it is one when the article also writes "Tom Baker"."""
    from crosscheck.match import owners
    from crosscheck.match.pairs import _age_like

    text = "Baker was serving a 12-year sentence."
    c = _claim_at(text, "12-year")
    in_full = {"Baker": "Tom Baker"}.get
    assert owners.holder(text, *c.span, _age_like(c), c.kind, c.unit, in_full) == "Baker"
    assert owners.holder(text, *c.span, _age_like(c), c.kind, c.unit, {}.get) is None
    text = "Rescuers worked for 12 hours."
    c = _claim_at(text, "12 hours")
    assert owners.holder(text, *c.span, _age_like(c), c.kind, c.unit, {}.get) is None


@pytest.mark.parametrize(
    ("before", "text", "figure", "holder"),
    [
        (["Mr. Dev Okafor, 40, has never been nominated for the prize."],
         "He presided over that ceremony three times.", "three times", "Dev Okafor"),
        (["Okafor is considered the epitome of the awards host.",
          "He also won a prize in 2005 for his work."],
         "He hosted the ceremony five times and found a voice.", "five times", "Okafor"),
        (["Ms. Ana Ruiz, 52, joined the board in March."],
         "She has served on it for 12 years.", "12 years", "Ana Ruiz"),
        # two capitalised words alone: a place, a club, a job title, or a person
        (["Ana Ruiz, 52, joined the board in March."],
         "She has served on it for 12 years.", "12 years", None),
        (["New York police arrested a man on Friday."],
         "He served 12 years for robbery.", "12 years", None),
        (["Manchester United sacked the manager on Monday."],
         "He led the club for six years.", "six years", None),
        (["Police Chief Ray Kim said the gunman was a former employee."],
         "He worked at the plant for 12 years.", "12 years", None),
        (["Producer Bill Condon praised the choice."],
         "He has hosted the show three times.", "three times", None),
        (["Tom Ash said on Friday that the mayor had retired."],
         "He served 12 years.", "12 years", None),
        # a verb of saying, or another person in lower case: "He" may be either
        (["Mr. Okafor said on Friday that the mayor had retired."],
         "He served 12 years.", "12 years", None),
        (["Okafor said the former host had been a mentor."],
         "He hosted the ceremony five times.", "five times", None),
        (["Mr. Okafor praised the new host on Monday."],
         "He hosted the ceremony five times.", "five times", None),
        (["Sarah Jones praised the new host on Monday."],  # no sex read without a title
         "He hosted the ceremony five times.", "five times", None),
        # a copula's predicate is the subject again; the same name twice is one person
        (["Okafor is considered the epitome of the Oscar host."],
         "He hosted the ceremony five times.", "five times", "Okafor"),
        (["Okafor is considered a natural host, Dev Okafor's agent said."],
         "He has hosted the show four times.", "four times", "Okafor"),
        # a title's sex: "Dr." either, "Mr." not "She"
        (["Dr. Dev Okafor, 60, retired on Friday."],
         "He served at the hospital for 30 years.", "30 years", "Dev Okafor"),
        (["Dr. Ana Ruiz, 60, retired on Friday."],
         "She served at the hospital for 30 years.", "30 years", "Ana Ruiz"),
        (["Mr. Dev Okafor, 60, retired on Friday."],
         "She served at the hospital for 30 years.", "30 years", None),
        # one of _VERBS right before the figure: not read here (a known gap)
        (["Mr. Dev Okafor, 60, retired on Friday."],
         "He spent three days in hospital.", "three days", None),
        (["Dev Okafor met Ana Ruiz at the awards."],  # two people: either
         "He hosted the ceremony five times.", "five times", None),
        (["Dev Okafor and Sam Reyes arrived late."],
         "He hosted the ceremony five times.", "five times", None),
        (["The awards drew a large crowd on Sunday."],  # no one named
         "He hosted the ceremony five times.", "five times", None),
        (["Reyes is considered the epitome of the awards host."],  # whose surname?
         "He hosted the ceremony five times.", "five times", None),
        (["Mrs. Ana Ruiz joined the board in March."],
         "He has served on it for 12 years.", "12 years", None),
        (["Dev Okafor joined the band in March."],
         "They toured the country five times.", "five times", None),
        # a passive's agent, a relative, a possessive's person, a named object, and a
        # person named in a sentence the pronoun opens: another person, "He" may be either
        (["Mr. Dev Okafor was shot by a police officer on Friday in Leeds."],
         "He served in the force for 12 years.", "12 years", None),
        (["Mr. Okafor is the son of a coal miner."],
         "He worked in the mines for 40 years.", "40 years", None),
        (["Dr. Ana Ruiz was the mother of the gunman."],
         "He worked at the plant for 12 years.", "12 years", None),
        (["Mr. Dev Okafor fired the team's owner on Friday."],
         "He owned the club for 20 years.", "20 years", None),
        (["Mr. Okafor hired Reyes in 2010."],
         "He led the club for six years.", "six years", None),
        (["Mr. Okafor was replaced by Reyes in 2010."],
         "He led the club for six years.", "six years", None),
        (["Mr. Dev Okafor, 60, retired on Friday.", "He handed the job to his deputy, Sam Reyes."],
         "He led the club for six years.", "six years", None),
        (["Mr. Dev Okafor, 60, retired on Friday.", "He said his son loved the job."],
         "He led the club for six years.", "six years", None),
        (["Mr. Dev Okafor, 60, retired on Friday.",
          "He also won an Emmy in 2005 for his appearance as host of the Tonys."],
         "He led the club for six years.", "six years", "Dev Okafor"),
        (["Mr. Dev Okafor, 60, retired on Friday.", "He won a Tony Award in 2004."],
         "He led the club for six years.", "six years", "Dev Okafor"),
        (["Mr. Dev Okafor, 60, retired on Friday.", "He was succeeded by Mr. Reyes."],
         "He led the club for six years.", "six years", None),
        (["Dev Okafor joined the band in March.", "The band had no drummer then."],
         "He toured the country five times.", "five times", None),
    ],
)  # fmt: skip
def test_a_pronoun_that_opens_the_clause_owns_by_the_person_named_before(
    before: list[str], text: str, figure: str, holder: str | None
) -> None:
    """ "He hosted the ceremony five times": the figure is the person's the sentences before
    name as their subject, when they name one person by a title or by a surname its
    article writes in full, with no verb of saying and no other person in lower case; else
    no one's."""
    from crosscheck.match import owners
    from crosscheck.match.pairs import _age_like

    c = _claim_at(text, figure)
    in_full = {"Okafor": "Dev Okafor"}.get
    found = owners.holder(text, *c.span, _age_like(c), c.kind, c.unit, in_full, before)
    assert found == holder


@pytest.mark.parametrize(
    ("before", "text", "figure", "holder"),
    [
        # the figures a verb lists are its subject's, the later ones too
        ([], "Okafor threw for 364 yards and three touchdowns.", "three touchdowns", "Okafor"),
        ([], "Dev Okafor had 11 points, 11 rebounds and six blocked shots.", "six blocked shots",
         "Dev Okafor"),
        ([], "Acme has 400 stores, 12 factories and 3 mills.", "12 factories", "Acme"),
        # opened by "He" or "She": the person the sentences before name, past a relative
        # clause of theirs
        (["Okafor, who had not missed a game all season, was listed as inactive."],
         "He has 53 catches for 605 yards and five touchdowns.", "five touchdowns", "Okafor"),
        (["Okafor, who had not missed a game all season, was listed as inactive."],
         "He has 53 catches for 605 yards and five touchdowns.", "53 catches", "Okafor"),
        (["Mr. Dev Okafor, 60, retired on Friday."], "He scored 20 points in his last game.",
         "20 points", "Dev Okafor"),
        # not a person's, or not one person's, or not a verb of what the subject has
        (["Dev Okafor met Ana Ruiz at the awards."], "He scored 20 points.", "20 points", None),
        (["Mr. Okafor said on Friday that the coach had retired."], "He scored 20 points.",
         "20 points", None),
        (["Mr. Dev Okafor, 60, took office on Friday."], "He ordered 3,000 troops north.",
         "3,000 troops", None),
        (["Dev Okafor joined the band in March."], "They sold 40,000 records.",
         "40,000 records", None),
        ([], "He scored 20 points.", "20 points", None),
        # a list is of figures in digits with their nouns, nothing else between
        ([], "Okafor said 40 homes and three schools were destroyed.", "three schools", None),
        # a figure after the list that opens a clause of its own, or has no noun, or is
        # no count, or is a part of a listed figure, or is followed by whose it is: not
        # the subject's
        ([], "Dev Okafor scored 30 points, 18 points in the second half.", "18 points", None),
        ([], "Dev Okafor scored 30 points, 18 points.", "18 points", None),
        ([], "Smith won 2,000 votes, 1,500 votes for Jones.", "1,500 votes", None),
        ([], "Hamas held 12 hostages and 40 soldiers in the unit died.", "40 soldiers", None),
        ([], "Acme sold 400 cars and 12 million in China.", "12 million", None),
        (["Okafor lost to Reyes in the final."], "He scored 20 points.", "20 points", None),
        (["Okafor won the race.", "He lost to Ruiz in the final."], "He has 12 wins.",
         "12 wins", None),
        (["Federer lost to Čilić in the final."], "He has 20 titles.", "20 titles", None),
        ([], "Dev Okafor threw for 364 yards and 3 touchdowns, and 2 receivers, Wayne and "
         "Clark, topped 100 yards.", "2 receivers", None),
        ([], "Hamas held 12 hostages and 40 soldiers and 3 officers died.", "40 soldiers",
         None),
        ([], "Dev Okafor had 12 rebounds, 5 offensive boards.", "5 offensive boards", None),
        ([], "Dev Okafor raised 2,000 dollars for 12 families.", "12 families", None),
        ([], "Dev Okafor had 3 classes, 1 class.", "1 class", None),
        # a figure between two of the list
        ([], "Dev Okafor had 11 points, 11 rebounds and six blocked shots.", "11 rebounds",
         "Dev Okafor"),
        ([], "Dev Okafor threw for 364 yards and three touchdowns, helping the Colts win.",
         "three touchdowns", "Dev Okafor"),
        ([], "Dev Okafor rushed for 404 yards and two touchdowns, caught 52 passes for 440 "
         "yards.", "two touchdowns", "Dev Okafor"),
        ([], "Hamas held 12 hostages and 40 soldiers died.", "40 soldiers", None),
        ([], "Okafor scored 20 points and 5 players fouled out.", "5 players", None),
        ([], "Acme has 400 stores and 12 analysts expect it to close some.", "12 analysts",
         None),
        ([], "Acme sold 400 cars, 12 dealers said.", "12 dealers", None),
        ([], "Okafor threw for 364 yards and 3 touchdowns, and 2 receivers topped 100 yards.",
         "2 receivers", None),
        ([], "Smith won 20 votes and 53 percent said they backed Jones.", "53 percent", None),
        (["Mr. Dev Okafor threw for 300 yards."],
         "He had 3 touchdowns and 2 receivers topped 100 yards.", "2 receivers", None),
        # a person in the relative clause: "He" may be either
        (["Okafor, who was shot by a gunman, died on Friday."], "He had 3 children.",
         "3 children", None),
        (["Okafor, who had been arguing with his brother, died."], "He had 3 children.",
         "3 children", None),
    ],
)  # fmt: skip
def test_a_count_a_verb_lists_is_its_subjects_or_the_persons_a_pronoun_stands_for(
    before: list[str], text: str, figure: str, holder: str | None
) -> None:
    """ "Manning threw for 364 yards and three touchdowns": the touchdowns are Manning's as the
    yards are; "He has 53 catches for 605 yards and five touchdowns" two sentences after
    "Harrison, who hadn't missed a game all season, was listed": Harrison's. A receiver's
    season touchdowns and a quarterback's game touchdowns were one subject that differed."""
    from crosscheck.match import owners
    from crosscheck.match.pairs import _age_like

    c = _claim_at(text, figure)
    in_full = {"Okafor": "Dev Okafor"}.get
    found = owners.holder(text, *c.span, _age_like(c), c.kind, c.unit, in_full, before)
    assert found == holder


def test_two_players_touchdowns_after_he_are_not_one_subject(tmp_path: Path) -> None:
    """Three articles give the quarterback's three touchdowns; a fourth, about a receiver
    who sat out, his season's five ("He has 53 catches ... and five touchdowns"). Two
    people's counts: no warning."""
    game = (
        "Quarterback Dev Okafor threw for 364 yards and three touchdowns, and the Colts beat "
        "the Jaguars 31-24 on Thursday night."
    )
    found = _warnings(
        tmp_path,
        game,
        game.replace("Thursday night", "Thursday"),
        "Receiver Sam Reyes did not play in Thursday's 31-24 win over the Jaguars.\n\n"
        "Reyes, who had not missed a game all season, was listed as inactive.\n\n"
        "He has 53 catches for 605 yards and five touchdowns.",
    )
    assert {3.0, 5.0} not in found, found


def test_two_hosts_counts_after_he_are_not_one_subject(tmp_path: Path) -> None:
    found = _warnings(
        tmp_path,
        "Dev Okafor will host the awards this year, organisers said on Monday.\n\n"
        "Okafor is considered a natural host.\n\nHe hosted the ceremony five times.",
        "Organisers said on Monday that Sam Reyes will host the awards this year.\n\n"
        "Reyes has won praise from critics.\n\nHe hosted the ceremony three times.",
    )
    assert {5.0, 3.0} not in found, found


_SEASON = (
    "The Saints put running back Dev Okafor on injured reserve on Tuesday, ending his season "
    "after a knee injury.\n\nOkafor, who missed several games after arthroscopic knee surgery "
    "earlier this season, wraps up the year with 404 yards rushing and 440 yards receiving."
    "\n\nHe scored six touchdowns on offense and added three more on punt returns."
)


@pytest.mark.parametrize(
    "game",
    [
        "Dev Okafor ran for two touchdowns in the fourth quarter to seal the win.",
        "In the fourth quarter Dev Okafor caught two touchdowns from the rookie quarterback.",
        "Dev Okafor had two touchdowns, both in the fourth quarter, as the Saints rallied.",
    ],
)
def test_a_pronouns_person_keeps_figures_apart_but_joins_none(tmp_path: Path, game: str) -> None:
    """A running back's season ("He scored six touchdowns", "He" read as the Okafor named
    the sentence before) and one game's two, in another article. The pair model keeps them
    apart; the owner read through the pronoun joined them (cluster.owned, which a name in
    the figure's own sentence may do) into an error of 6 against 2 touchdowns. A misread
    pronoun would put two subjects in one finding: its person keeps figures apart only.
    With the name written in the sentence ("Okafor scored six touchdowns") the owner still
    joins them, as the words tie both figures to one man."""
    game = "Atlanta lost 29-25 at the Superdome on Sunday in a game that swung late.\n\n" + game
    assert {6.0, 2.0} not in _warnings(tmp_path, _SEASON, game)
    named = _SEASON.replace("He scored", "Okafor scored")
    assert {6.0, 2.0} in _warnings(tmp_path, named, game)


def test_a_groups_holder_says_whether_words_or_only_pronouns_named_it(tmp_path: Path) -> None:
    """Two articles that say "He scored six touchdowns" of the Okafor they named before make
    a group "of Dev Okafor" read through pronouns alone; a third whose sentence names him
    makes it one the words tie. report.json says which (subject.holder_via)."""
    other = (
        "Running back Dev Okafor will miss the rest of the season, the Saints said on "
        "Tuesday, after his knee gave way in practice.\n\nOkafor, who had surgery on the same "
        "knee in October, finishes the year with 404 yards rushing.\n\nHe scored six "
        "touchdowns on offense this season, second on the team."
    )
    named = (
        "The Saints lost running back Dev Okafor for the season on Tuesday.\n\nDev Okafor "
        "scored six touchdowns on offense this season, second on the team."
    )

    def touchdowns(*texts: str) -> tuple[str | None, str | None, int]:
        folder = tmp_path / str(len(texts))
        folder.mkdir()
        for k, text in enumerate(texts):
            (folder / f"a{k}.txt").write_text(text + "\n", encoding="utf-8")
        out = tmp_path / f"out{len(texts)}"
        got = CliRunner().invoke(
            cli, ["check", str(folder), "--out", str(out), "--format", "json", "--fail-on", "never"]
        )
        assert got.exit_code == 0, got.output
        (group,) = [g for g in json.loads((out / "report.json").read_text())["groups"]
                    if g["concept"] == "touchdown"]  # fmt: skip
        return group["subject"]["holder"], group["subject"]["holder_via"], len(group["claims"])

    assert touchdowns(_SEASON, other) == ("Dev Okafor", "pronoun", 2)
    assert touchdowns(_SEASON, other, named) == ("Dev Okafor", "words", 3)


@pytest.mark.parametrize(
    ("before", "text", "figure", "read"),
    [
        ([], "Okafor threw for 364 yards and three touchdowns.", "three touchdowns",
         ("Okafor", "words")),
        ([], "Dev Okafor scored 20 points on Friday.", "20 points", ("Dev Okafor", "words")),
        (["Okafor, who had not missed a game all season, was listed as inactive."],
         "He has 53 catches for 605 yards and five touchdowns.", "five touchdowns",
         ("Okafor", "pronoun")),
        (["Mr. Dev Okafor was a lawyer in the city for decades."],
         "He served four months in federal prison for conspiracy.", "four months",
         ("Dev Okafor", "pronoun")),
        ([], "He scored 20 points.", "20 points", None),
    ],
)  # fmt: skip
def test_how_a_holder_was_read_is_said(
    before: list[str], text: str, figure: str, read: tuple[str, str] | None
) -> None:
    """owners.read_holder says whether the figure's own sentence names its holder
    ("words") or a sentence-opening pronoun stands for one named before ("pronoun"), what
    Subject.holder_via keeps and report.json writes."""
    from crosscheck.match import owners
    from crosscheck.match.pairs import _age_like

    c = _claim_at(text, figure)
    in_full = {"Okafor": "Dev Okafor"}.get
    args = (text, *c.span, _age_like(c), c.kind, c.unit, in_full, before)
    assert owners.read_holder(*args) == read
    assert owners.holder(*args) == (read[0] if read else None)


@pytest.mark.parametrize(
    ("text", "figure", "holder"),
    [
        ("Dev Okafor (52-3, 46 KOs) beat Sam Reyes (45-7-2, 36 KOs) on Saturday.",
         "46 KOs", "Dev Okafor"),
        ("Dev Okafor (52-3, 46 KOs) beat Sam Reyes (45-7-2, 36 KOs) on Saturday.",
         "36 KOs", "Sam Reyes"),
        ("Dev Okafor (52-3, 46 KOs) beat Sam Reyes (45-7-2, 36 KOs) on Saturday.", "52",
         "Dev Okafor"),
        ("Dev Okafor (52-3, 46 KOs) beat Sam Reyes (45-7-2, 36 KOs) on Saturday.", "3,",
         "Dev Okafor"),
        ("Dev Okafor (52-3, 46 KOs) beat Sam Reyes (45-7-2, 36 KOs) on Saturday.", "2,",
         "Sam Reyes"),
        ("The champion, Dev Okafor, 53-3, 47 KO's, easily beat Sam Reyes in the seventh.",
         "47 KO's", "Dev Okafor"),
        ("The champion, Dev Okafor, 53-3, 47 KO's, easily beat Sam Reyes in the seventh.",
         "53", "Dev Okafor"),
        ("Riverton, 25-4, beat Lakeside on Sunday.", "25", "Riverton"),
        # the game's score after the team beaten, not that team's record
        ("Riverton beat Lakeside, 91-73, on Sunday.", "91", None),
        ("Riverton beat Lakeside, 91-73, on Sunday.", "73", None),
        # in brackets after the team beaten, or one drawn with: the game's score
        ("Riverton beat Lakeside (3-1) on Sunday.", "3", None),
        ("Riverton drew with Lakeside (1-1) on Wednesday.", "1", None),
        # a height and a weight beside a name: no record
        ("Guard Dev Okafor (6-4, 210 pounds) scored 20 points.", "6", None),
        # a record that is no apposition of a name
        ("The win improved the fighter to 52-3 with 46 KOs.", "46 KOs", None),
        ("The win improved the fighter to 52-3 with 46 KOs.", "52", None),
    ],
)  # fmt: skip
def test_a_record_beside_a_name_is_that_names(text: str, figure: str, holder: str | None) -> None:
    """A win-loss record written beside a name, in brackets or between commas, is the
    name's: each of its sides and each count after it ("Okafor (52-3, 46 KOs)"), so two
    fighters' knockouts in one sentence are never one subject, and one fighter's in two
    articles are."""
    from crosscheck.match import owners
    from crosscheck.match.pairs import _age_like

    c = _claim_at(text, figure)
    args = (text, *c.span, _age_like(c), c.kind, c.unit)
    assert owners.holder(*args) == holder


def test_one_fighters_knockouts_are_compared_across_articles(ecb_articles: Path) -> None:
    """On real news (a heavyweight title fight): five articles give the champion's record
    with 46 knockouts ("Klitschko (52-3, 46 KOs)"), one with 47 ("Wladimir Klitschko,
    53-3, 47 KO's,"); each article also gives the challenger's and an undercard fighter's
    knockouts beside their records. The 46 and the 47 were never compared (no owner tied
    them, and the pair model kept them apart); read as the records' names', they are one
    subject that differs, and the other fighters' knockouts stay apart from it."""
    folder = ecb_articles / "7ecb"
    if not folder.is_dir():
        pytest.skip(f"ECB+ event 7ecb not found at {folder}")
    result = run([folder], Settings())
    by_id = {c.id: c for c in result.claims}
    kos = [c for c in result.claims if c.unit == "KO"]
    assert {c.value for c in kos} >= {46, 47, 36, 33}  # the reading the test relies on
    differ = [
        f for f in result.findings
        if f.severity in ("warning", "error") and {by_id[i].value for i in f.claims} >= {46, 47}
    ]  # fmt: skip
    assert len(differ) == 1
    assert {by_id[i].value for i in differ[0].claims} == {46, 47}
    assert "Klitschko" in differ[0].message


def test_a_fighters_age_is_not_another_fighters_record(ecb_articles: Path) -> None:
    """On real news (a later title fight): the champion is 36 ("the 36-year-old champion
    Klitschko"), and the challenger "fell to 36-3" ("Thompson (36-3, 24 KO)"): the age
    and the challenger's wins were corroborated as one figure, 36, in nine articles."""
    folder = ecb_articles / "7ecbplus"
    if not folder.is_dir():
        pytest.skip(f"ECB+ event 7ecbplus not found at {folder}")
    result = run([folder], Settings())
    by_id = {c.id: c for c in result.claims}
    wins = [c for c in result.claims if c.value == 36 and c.kind == "other"]
    ages = [c for c in result.claims if c.value == 36 and c.kind == "age"]
    assert wins and ages  # the reading the test relies on
    for g in result.groups:
        kinds = {by_id[i].kind for i in g.claims if by_id[i].value == 36}
        assert not {"age", "other"} <= kinds, g.label


def test_two_mens_prison_terms_are_kept_apart_and_one_mans_still_agree(
    ecb_articles: Path,
) -> None:
    """An obituary of a mob boss: three articles say he was serving a 12-year sentence
    ("Gigante was serving", "Mr. Gigante died while serving", "the reputed head of the
    family was serving"), one that his predecessor "ran his organization from behind bars
    while serving a 15-year sentence". The two men's terms are no discrepancy; the one
    man's, owned or not, still corroborate."""
    result = run([ecb_articles / "26ecbplus"], Settings())
    by_id = {c.id: c for c in result.claims}
    found = {(f.kind, tuple(sorted(by_id[i].text for i in f.claims))) for f in result.findings}
    # the three "serving a 12-year sentence" in one corroboration (with "sentenced to 12
    # years" too, as the pair model may join them), the 15-year term in no finding
    assert any(kind == "corroboration" and texts.count("12-year") == 3 for kind, texts in found)
    assert not any("15-year" in texts for _kind, texts in found)


def _claim_at(text: str, figure: str) -> Claim:
    start = text.index(figure)
    return next(c for c in claims_of(text) if c.span[0] <= start < c.span[1])


@pytest.mark.parametrize(
    ("text", "figure", "where"),
    [
        ("A disgruntled woman opened fire at a Kraft factory in Philadelphia last night, "
         "killing two workers and wounding two others.", "two workers", "in Philadelphia"),
        ("Indian naval forces came to the rescue of a merchant vessel, capturing 23 of the "
         "raiders in the Gulf of Aden on Saturday.", "23", "in the Gulf of Aden"),
        ("An overnight fire Friday at Alaska Gov. Sarah Palin's home church caused an "
         "estimated $1 million in damage.", "$1 million", None),
        ("The Sony Vaio is priced at US$1,199 in most stores.", "1,199", None),
    ],
)  # fmt: skip
def test_a_place_is_one_written_in_or_at_beside_the_figure(
    text: str, figure: str, where: str | None
) -> None:
    from crosscheck.match import owners

    assert owners.where(text, *_claim_at(text, figure).span) == where


def test_a_label_says_only_the_owner_and_place_the_words_tie_to_it(tmp_path: Path) -> None:
    """The nearest capitalised name is no owner: "$137 million of diamonds ... from a famed
    Paris store" was labelled "dollar, of Paris". A player who scored is one."""
    (tmp_path / "a.txt").write_text(
        "Thieves stole $137 million of diamonds from a famed Paris store on Monday, police said.\n"
        "Doug McDermott scored 23 points on Friday as the team won its third straight game.\n",
        encoding="utf-8",
    )
    (tmp_path / "b.txt").write_text(
        "Thieves stole $137 million of diamonds from a famed Paris store on Monday, the owner "
        "said.\nDoug McDermott scored 23 points on Friday as the team won its third straight "
        "game in the league.\n",
        encoding="utf-8",
    )
    result = run([tmp_path], Settings())
    labels = {g.label for g in result.groups}
    money = [g for g in result.groups if g.kind == "money"]
    assert money and all("Paris" not in g.label for g in money), labels
    assert money[0].subject is not None and money[0].subject.owner == "Paris"  # a clue only
    points = [g for g in result.groups if "point" in g.label]
    # the holder right after the head, the verb's brackets last: nothing after it
    held = re.compile(r"point of Doug McDermott(?: \([a-z]+\))?$")
    assert points and all(held.match(g.label) for g in points), labels


def test_one_owner_tied_to_two_figures_is_one_subject(
    ecb_articles: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The words "Jose Luis Orozco, 27," in some articles and "Orozco, 29," in others (a suspect's
    age, arrested one year and convicted two later): the words tie both ages to one man,
    so they are one subject that differs, which the pair model alone leaves apart."""
    from crosscheck.match import cluster

    def ages_compared() -> bool:
        result = run([ecb_articles / "16ecbplus"], Settings())
        by_id = {c.id: c for c in result.claims}
        return any(
            f.severity != "info" and {by_id[i].value for i in f.claims} == {27.0, 29.0}
            for f in result.findings
        )

    assert ages_compared()
    monkeypatch.setattr(cluster, "owned", lambda m, i, j, x: np.zeros(len(i), dtype=bool))
    assert not ages_compared()


def test_an_owners_age_joins_past_a_surname_its_article_leaves_open(ecb_articles: Path) -> None:
    """Five articles give Warren Jeffs' age as 55, one as 54 ("The 54-year-old Jeffs" in an
    article that names him in full). One writes "Jeffs, 55," beside Brent Jeffs,
    so its holder is the surname alone; counted as another owner, it kept the one owner's
    link (55 / 54) from joining the two groups and the articles' disagreement was not
    shown. A player's points are not read so: "Tyler Hansbrough had 24 points" in a later
    game stays apart from the 20 points he scored in the game the articles report, though
    some of them name him "Hansbrough" alone."""

    def compared(event: str, figures: set[float]) -> bool:
        result = run([ecb_articles / event], Settings())
        by_id = {c.id: c for c in result.claims}
        return any(
            f.severity != "info" and {by_id[i].value for i in f.claims} == figures
            for f in result.findings
        )

    assert compared("36ecbplus", {54.0, 55.0})
    assert not compared("31ecb", {20.0, 24.0})


def test_figures_the_words_tie_to_different_people_never_join(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two players' points, each tied to its player by the words: one player's 14 and 12
    differ; the other's 14s agree. Joined by figure and noun alone, the four claims made one
    warning that mixed the two players (the editor is shown a comparison that does not hold)."""
    from crosscheck.match import cluster

    texts = [
        "Creighton beat Drake 65-53 on Friday in the conference tournament. Doug Keller scored "
        "14 points from the bench during the second half of the game.",
        "Creighton beat Drake 65-53 on Friday night in the conference tournament. Will Arden "
        "scored 14 points from the bench during the second half of the game.",
        "Creighton won 65-53 against Drake in the conference tournament. Doug Keller had 12 "
        "points from the bench during the second half of the game.",
        "Drake lost 65-53 to Creighton in the conference tournament. Will Arden had 14 points "
        "from the bench during the second half of the game.",
    ]
    for k, text in enumerate(texts):
        (tmp_path / f"a{k}.txt").write_text(text + "\n", encoding="utf-8")

    def points() -> list[list[str]]:
        result = run([tmp_path], Settings())
        by_id = {c.id: c for c in result.claims}
        return sorted(
            sorted(f"{by_id[i].document}:{by_id[i].value:g}" for i in g.claims)
            for g in result.groups
            if all(by_id[i].unit == "point" for i in g.claims)
        )

    assert points() == [["a0.txt:14", "a2.txt:12"], ["a1.txt:14", "a3.txt:14"]]
    # another form of one name is one owner: a title, a middle initial
    (tmp_path / "a0.txt").write_text(texts[0].replace("Doug Keller", "Sophomore Doug Keller"))
    (tmp_path / "a2.txt").write_text(texts[2].replace("Doug Keller", "Doug R. Keller"))
    assert points() == [["a0.txt:14", "a2.txt:12"], ["a1.txt:14", "a3.txt:14"]]
    of = cluster._Summary.of  # the same run with no owners: one group mixes the players
    monkeypatch.setattr(
        cluster._Summary,
        "of",
        lambda p, concepts=None: replace(of(p, concepts), owners=frozenset()),
    )
    assert ["a0.txt:14", "a1.txt:14", "a2.txt:12", "a3.txt:14"] in points()


def test_a_time_never_joins_a_measure_of_something_else(tmp_path: Path) -> None:
    """One article gives a laptop drive's speed ("a 7200rpm drive"), another how long the
    keynote ran ("a two hour-long keynote"): the pair model joined them and the report
    showed a finding between 7,200 rpm and 2 hours. A duration and a measure in a unit
    not of time are never one subject (their units cannot convert: another dimension)."""
    lead = "Apple updated its laptops on Tuesday at the expo in San Francisco.\n\n"
    for k, text in enumerate(
        [
            lead + "The standard drive is still a 5400rpm model, with the option of a 320GB "
            "7200rpm drive.",
            lead + "In a two hour-long keynote, the marketing chief showcased the new 17-inch "
            "laptop.",
        ]
    ):
        (tmp_path / f"a{k}.txt").write_text(text + "\n", encoding="utf-8")
    result = run([tmp_path], Settings())
    by_id = {c.id: c for c in result.claims}
    assert {c.unit for c in result.claims} >= {"revolutions per minute", "hour"}
    for group in result.groups:
        kinds = {by_id[i].kind for i in group.claims}
        assert not {"duration", "measure"} <= kinds, group.label
    assert not result.findings


def test_a_measure_read_in_a_unit_of_time_may_still_join_a_time() -> None:
    """quantulum3 reads "300 milliseconds" and "5-yr" as measures (kind "measure") in
    units of time: they stay free to join a duration ("0.3 seconds", "a decade"), as the
    pair model decides; a measure of another kind (rpm, miles) does not."""
    from crosscheck.match.cluster import _TIME_UNITS, _Summary

    def summary(timed: bool, untimed: bool) -> _Summary:
        return _Summary(False, frozenset(), frozenset(), frozenset(), None, frozenset(), {},
                        frozenset(), False, False, {}, frozenset(), "", frozenset(),
                        timed=timed, untimed=untimed)  # fmt: skip

    for unit in ("millisecond", "second", "hour", "year", "decade", "fortnight", "megayear"):
        assert unit in _TIME_UNITS
    for unit in ("revolutions per minute", "mile", "metre", "gigabyte", "mile per hour"):
        assert unit not in _TIME_UNITS
    (glitch,) = claims_of("The glitch lasted 300 milliseconds.")
    assert (glitch.kind, glitch.unit) == ("measure", "millisecond")
    assert summary(True, False).conflicts(summary(False, True)) is not None
    assert summary(False, True).conflicts(summary(True, False)) is not None
    assert summary(True, False).conflicts(summary(True, False)) is None
    assert summary(False, True).conflicts(summary(False, True)) is None


def _warnings(tmp_path: Path, *texts: str) -> list[set[float]]:
    for k, text in enumerate(texts):
        (tmp_path / f"a{k}.txt").write_text(text + "\n", encoding="utf-8")
    result = run([tmp_path], Settings())
    by_id = {c.id: c for c in result.claims}
    return [{by_id[i].value for i in f.claims} for f in result.findings if f.severity != "info"]


def test_a_surname_alone_is_no_owner_when_its_article_names_no_one_by_it(
    tmp_path: Path,
) -> None:
    """A family shares a surname: "Baker, 16" (the boy, in an article that names no one
    Baker in full) and "Baker, 42" (his mother, Carol Baker) are not one person's age."""
    found = _warnings(
        tmp_path,
        "Police said Baker, 16, was shot on Saturday night in Leeds after a chase.",
        "The boy’s mother, Carol Baker, told reporters the family was devastated. Baker, 42, "
        "said her son was unarmed.",
    )
    assert {16.0, 42.0} not in found


def test_who_reported_a_figure_is_not_whose_it_is(tmp_path: Path) -> None:
    from crosscheck.match import owners

    text = "Reuters reported 40 dead after the earthquake struck the region on Sunday."
    start = text.index("40")
    assert owners.holder(text, start, start + 2, True, "count") is None
    (tmp_path / "a.txt").write_text(text + "\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text(text.replace("on Sunday", "late on Sunday") + "\n")
    labels = [g.label for g in run([tmp_path], Settings()).groups]
    assert labels and not any("Reuters" in label for label in labels), labels


@pytest.mark.parametrize(
    ("second", "label"),
    [
        # a surname its article leaves open (it names two Reyeses) is the full name's
        (
            "Brent Reyes told the court how his uncle Warren Reyes ran the scheme. Jurors "
            "convicted Reyes, 55, on Thursday of two counts of fraud in Phoenix.",
            "age of Warren Reyes",
        ),
        # a name one claim in three gives is no label: that one reading may be wrong
        (
            "Jurors convicted the businessman, 55, on Thursday of two counts of fraud in Phoenix.",
            "age",
        ),
    ],
)
def test_a_group_label_names_whose_figure_most_of_its_claims_say(
    tmp_path: Path, second: str, label: str
) -> None:
    """Ages in apposition were labelled "age" alone whenever one article wrote the age with
    no name ("the 55-year-old businessman"): the holder had to be said of every claim."""
    (tmp_path / "a.txt").write_text(
        "Warren Reyes, 55, was convicted on Thursday of two counts of fraud by a jury in "
        "Phoenix.\nHis nephew Brent Reyes testified against him.\n",
        encoding="utf-8",
    )
    (tmp_path / "b.txt").write_text(second + "\n", encoding="utf-8")
    (tmp_path / "c.txt").write_text(
        "The 55-year-old businessman was convicted on Thursday of two counts of fraud by a "
        "jury in Phoenix.\n",
        encoding="utf-8",
    )
    ages = [g for g in run([tmp_path], Settings()).groups if g.kind == "age"]
    assert [(g.label, len(g.documents)) for g in ages] == [(label, 3)]


def test_a_group_label_names_a_place_only_when_every_claim_says_it(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(
        "Apple sold 10 million iPhones in China in the quarter, the company said on Tuesday.\n"
    )
    (tmp_path / "b.txt").write_text(
        "Apple sold 50 million iPhones in the quarter, the company said on Tuesday.\n"
    )
    result = run([tmp_path], Settings())
    both = [g for g in result.groups if len(g.documents) == 2]
    assert both and all("China" not in g.label for g in both), [g.label for g in both]


def test_names_are_read_in_time_that_grows_with_the_text_not_faster() -> None:
    """ "St." may be a word of a name or a particle: read both ways, a run of 33 of them took
    16 s, and each more one 1.6 times as long. This returns at once (a regression hangs)."""
    from crosscheck.match import owners

    text = "Officials said " + "St. " * 200 + "x 45 people were hurt."
    start = text.index("45")
    assert owners.holder(text, start, start + 2, True, "count") is None
    long = " ".join(["Smith"] * 20000) + " " + " ".join(["word"] * 20000) + " had 45 points"
    start = long.index("45")
    assert owners.holder(long, start, start + 2, False, "count") is None


def test_a_time_frame_carries_to_the_same_count_of_the_same_event_only(tmp_path: Path) -> None:
    """ "Since October, police arrested 40 people" says nothing of 40 people injured in a
    blast, nor of 40 arrested on one day: those still differ from 45 and 55."""
    found = _warnings(
        tmp_path,
        "Since October, police have arrested 40 people in the city, officials said.",
        "The blast on Monday injured 40 people in the city, officials said.",
        "The blast on Monday injured 45 people in the city, officials said.",
    )
    assert {40.0, 45.0} in found
    day = tmp_path / "day"
    day.mkdir()
    found = _warnings(
        day,
        "Since October, police have arrested 40 people in the city over the protests.",
        "On Monday police arrested 40 people in the city over the protests.",
        "On Monday police arrested 55 people in the city over the protests.",
    )
    assert {40.0, 55.0} in found


def test_full_names_are_found_in_time_that_grows_with_the_text() -> None:
    from crosscheck.match import owners

    assert owners.full_name("Smith", "A" * 100_000 + " the end") is None  # was minutes
    assert owners.full_name("Orozco", "Jose Luis Orozco was held. Orozco, 27,") == (
        "Jose Luis Orozco"
    )


@pytest.mark.parametrize(
    ("surname", "text", "full"),
    [
        # a nickname in quotes is no part of the name, whichever quotes
        ("Gigante", "Vincent 'The Chin' Gigante, the Mafia boss, died. Vincent \"The "
         "Chin\" Gigante was 77.", "Vincent Gigante"),
        # a dateline's words in the paragraph before are not
        ("Klitschko", "Updated 5:14 PM EDT\n\nWladimir Klitschko won.", "Wladimir Klitschko"),
        ("Manning", "over the Jaguars\n\nPeyton Manning threw", "Peyton Manning"),
        ("Manning", "Peyton\nManning threw", "Peyton Manning"),  # a line wrapped
        # a determiner that opens a sentence is no first name ("Both Baker and Reyes")
        ("Baker", "Carol Baker was charged. Both Baker and Reyes deny it.", "Carol Baker"),
        ("Baker", "Carol Baker was charged. Neither Baker nor Reyes spoke.", "Carol Baker"),
    ],
)  # fmt: skip
def test_a_full_name_is_the_one_the_article_writes(surname: str, text: str, full: str) -> None:
    from crosscheck.match import owners

    assert owners.full_name(surname, text) == full


def test_a_possessive_ends_a_whole_name() -> None:
    """ "Tyler Hansbrough's 20 points" is Tyler Hansbrough's, not Hansbrough's. (Extraction
    reads no claim there today: a capitalised word before a bare number reads as a name
    with a number, "Apollo 11"; reading it costs 11 corroborated subjects of the gold.)"""
    from crosscheck.match import owners

    text = "The Tar Heels rode Tyler Hansbrough's 20 points to the win."
    start = text.index("20")
    assert owners.holder(text, start, start + 9, False, "count") == "Tyler Hansbrough"


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("Police have arrested 40 people since October 2012, officials said.", None),
        ("The club has won 12 titles since 2008-2009.", None),
        ("The club has won 12 titles since late 2008.", None),
        ("The 2003 quake killed 26,000 people in the city.", 2003),  # a background event
        # nor the year a thing came to be: "people of Brunna, 1921" was the label
        ("Brunna, founded in 1921, has 17,000 employees.", None),
        ("Founded in 1921, Brunna has 17,000 employees.", None),
        ("Opened in 1921, Brunna has 17,000 employees.", 1921),
        ("The exchange, founded by Arlo Pennick in 2009, operates in 45 countries.", None),
        ("The firm, which fired 300 staff in 2009, employs 17,000 people.", 2009),
    ],
)  # fmt: skip
def test_the_year_a_time_frame_starts_is_no_other_event(text: str, year: int | None) -> None:
    """A year after "since" starts the figure's time frame; it does not make the figure
    one of another year's event (which would keep it apart from this story's)."""
    from crosscheck.match.pairs import subject_of

    c = max(claims_of(text), key=lambda c: c.value)
    assert subject_of(c, text, 0, None, 2013).year == year


def _block_of(texts: list[str], probs: dict[tuple[int, int], float]) -> tuple[Any, Any]:
    """The claims of ``texts`` (one article each) as one block, with the given probability
    for each cross-article pair (0.0 for the others) and no other clue."""
    from crosscheck.match.cluster import Block, _Figures
    from crosscheck.match.pairs import profiles
    from crosscheck.pipeline import concept_table

    claims, sentences, docs = [], [], []
    for k, text in enumerate(texts):
        doc = Document(f"a{k}.txt", f"a{k}.txt", "text", text, ((0, len(text)),))
        found = segment(doc)
        (c,) = [c for c in extract_claims(doc, found) if c.value > 100]
        claims.append(c)
        sentences.extend(found)
        docs.append(doc)
    concepts = concept_table(Settings())
    members = profiles(claims, sentences, docs, concepts)
    i, j = np.triu_indices(len(claims), 1)
    figures = _Figures(members)
    block = Block(members, concepts, i, j, np.zeros((len(i), len(FEATURES))),
                  figures.meet(i, j))  # fmt: skip
    pp = np.array([probs.get((a, b), 0.0) for a, b in zip(i.tolist(), j.tolist(), strict=True)])
    return block, pp


def test_two_clusters_whose_every_claim_has_a_likely_pair_with_the_other_merge() -> None:
    """Two clusters of one total (1,518 / 1,517) merge when each claim has a pair with the
    other whose figures differ as likely as a link between differing figures must be
    (0.5), though one such pair is weak (0.18); a claim whose best such pair is below that
    keeps them apart: a weak pair does not vouch for it (no chaining)."""
    texts = ["The team finished with 20 points and now has 1,518 for the season.",
             "Officials stopped the game when the team, which now has 1,518 points, scored.",
             "The team now has 1,517 season points.",
             "The team now has 1,517."]  # fmt: skip
    probs = {(0, 1): 0.9, (2, 3): 0.9, (0, 2): 0.18, (0, 3): 0.59, (1, 2): 0.71, (1, 3): 0.6}
    assert _sizes(texts, probs) == [4]
    weak = {**probs, (0, 3): 0.1}  # the first claim's pairs with the other cluster: both weak
    assert _sizes(texts, weak) == [2, 2]


def _sizes(texts: list[str], probs: dict[tuple[int, int], float]) -> list[int]:
    """The sizes of the groups _cluster makes of one block of ``texts``' claims, given
    their pairs' probabilities."""
    from crosscheck.match.cluster import _cluster

    return sorted(len(g.claims) for g in _cluster(*_block_of(texts, probs)))


def test_a_pair_below_the_link_threshold_does_not_vouch_for_a_claim() -> None:
    """Two clusters (points 1,518 with fans 1,518; points 1,517 with fans 1,526) whose
    only likely cross pair is the points' (0.6): one differing pair is below 0.2 and the
    fans' best differing pair is 0.4, too weak to link differing figures (0.5), so the
    clusters stay apart although their mean (0.3) would allow it."""
    from crosscheck.match.cluster import _cluster

    texts = ["Smith now has 1,518 career points at the school.",
             "The arena held 1,518 fans on Saturday night.",
             "Smith now has 1,517 career points at the school.",
             "The arena held 1,526 fans on Saturday night."]  # fmt: skip
    probs = {(0, 1): 0.95, (2, 3): 0.95, (0, 2): 0.6, (1, 3): 0.4, (0, 3): 0.1, (1, 2): 0.1}
    block, pp = _block_of(texts, probs)
    assert sorted(sorted(g.claims) for g in _cluster(block, pp)) == sorted(
        sorted(m.claim.id for m in block.members[k : k + 2]) for k in (0, 2))  # fmt: skip
    # every differing cross pair at 0.2 or more (and the mean at 0.3): they merge
    assert _sizes(texts, {**probs, (1, 3): 0.25, (0, 3): 0.25, (1, 2): 0.25}) == [4]


def test_the_compare_views_own_judgement_uses_the_findings_tolerances(tmp_path: Path) -> None:
    """The compare view judges each pair of a group's figures as its finding did, with
    the tolerances the finding records (report.html._compared, rules.checks.judge_pair):
    counts have none, so 1,000 and 1,010 differ there as in the finding; with an
    amount's 2% they would agree."""
    from crosscheck.config import Settings
    from crosscheck.pipeline import run
    from crosscheck.report.html import Context, _compared
    from crosscheck.rules.checks import judge_pair

    (tmp_path / "a.txt").write_text("Police said 1,000 people were arrested.\n")
    (tmp_path / "b.txt").write_text("Police said 1,010 people were arrested.\n")
    result = run([tmp_path], Settings(fail_on="never"))
    (finding,) = [f for f in result.findings if f.kind == "numeric-agreement"]
    group = next(g for g in result.groups if g.id == finding.group)
    assert [p[2] for p in _compared(Context(result), group)["pairs"]] == ["d"]
    a, b = (c for c in result.claims if c.id in group.claims)
    judged = judge_pair(a, b, 0.02, 0.0, 0.1, {})
    assert judged is None or judged.agree


def test_the_number_line_escapes_what_the_articles_wrote() -> None:
    """Markup in a claim's words or an article's name is text on the number line (its
    label, its tooltip), never tags: the line is written as plain strings, each escaped."""
    import dataclasses

    from crosscheck.report.html import numberline

    budget = dataclasses.replace(
        one("The budget rose to 40 million dollars."), text='<b>40</b> & "million"'
    )
    other = dataclasses.replace(one("The budget rose to 42 million dollars."), document="a<i>.md")
    svg = str(numberline([budget, other]))
    assert "<b>" not in svg and "<i>" not in svg and svg.count("<svg") == 1
    # (each isolated, crosscheck.report.bidi: a tspan.bidi, FSI … PDI in plain text)
    assert 'class="label"><tspan class="bidi">a&lt;i&gt;.md</tspan></text>' in svg
    aria = svg.split('aria-label="', 1)[1].split('"', 1)[0]
    assert aria.startswith("Number line: \u2068&lt;b&gt;40&lt;/b&gt; &amp; &#34;million&#34;\u2069")
    assert "<title>\u2068&lt;b&gt;40&lt;/b&gt; &amp; &#34;million&#34;\u2069: 40,000,000 (" in svg


def test_a_claims_table_row_escapes_what_the_articles_wrote() -> None:
    """A row of the claims table shows markup in a claim's words, its source or an
    article's name as text, and links its group only when it has one."""
    import dataclasses

    from crosscheck.report.html import _claim_row, claim_row_html

    claim = dataclasses.replace(
        one("The budget rose to 40 million dollars."), text="<b>40</b> & more", document="a<i>.md"
    )
    row = str(claim_row_html(_claim_row(claim, {claim.id: "g<1>"})))
    assert "<b>" not in row and "<i>" not in row
    assert "<td><bdi>a&lt;i&gt;.md</bdi></td>" in row  # each isolated (crosscheck.report.bidi)
    assert "<bdi>&lt;b&gt;40&lt;/b&gt; &amp; more</bdi></a>" in row
    assert row.endswith(">g&lt;1&gt;</a></td></tr>") and 'data-value="40000000.0"' in row
    assert str(claim_row_html(_claim_row(claim, {}))).endswith("<td></td></tr>")


def test_two_workers_years_are_not_compared_when_each_clause_names_its_worker(
    tmp_path: Path,
) -> None:
    """Two articles quote two workers: one has been at the bakery 37 years, the other
    nearly 30. The names that open each figure's clause ("Kenneth Baker's been", "Ana
    Ruiz, who has worked") own the figures, so the years are two subjects, not a
    discrepancy; the toll both articles give still corroborates."""
    lede = "A gunman opened fire at the bakery on Tuesday, killing three workers. "
    (tmp_path / "a.txt").write_text(
        lede + "Kenneth Baker's been at the bakery for 37 years and worked on the third "
        "floor with the three victims.", encoding="utf-8")  # fmt: skip
    (tmp_path / "b.txt").write_text(
        lede + "Dough mixer Ana Ruiz, who has worked at the bakery for nearly 30 years, said "
        "she was on the third floor when the shots rang out.", encoding="utf-8")  # fmt: skip
    result = run([tmp_path], Settings())
    by_id = {c.id: c for c in result.claims}
    found = {(f.kind, tuple(sorted(by_id[i].text for i in f.claims))) for f in result.findings}
    assert any(k == "corroboration" and t.count("three workers") == 2 for k, t in found)
    assert not any("37 years" in texts for _kind, texts in found)


def test_a_count_besides_others_is_not_the_whole(tmp_path: Path) -> None:
    """ "The city's four other mob families" counts the families besides the one the
    sentence names: part of "the five major families", never that whole; two such counts
    may still be one subject ("11 other men", "12 other defendants"), and so may a count
    besides some and any but one larger ("wounded three other people", "three people",
    "five people": a discrepancy the editor must see)."""
    summary = _summaries(
        tmp_path,
        "The Commission settles disputes among the five major families of New York.\n",
        "The Genovese clan joined the city's four other mob families in disarray.\n",
        "Jeffs and 11 other men were charged in Texas.\n",
        "He will join 12 other defendants at trial in Texas.\n",
        "The gunman killed his wife and wounded three other people.\n",
        "The gunman wounded three people on Monday.\n",
        "The gunman wounded two people on Monday.\n",
        "The gunman wounded five people on Monday.\n",
        "The gunman wounded at least two people on Monday.\n",
    )
    five, four = summary[("a0.txt", 5, 0)], summary[("a1.txt", 4, 0)]
    assert five.conflicts(four) == (
        "a count besides one named is part of a whole one larger (four other, five)")  # fmt: skip
    assert four.conflicts(five) == five.conflicts(four)
    assert summary[("a2.txt", 11, 0)].conflicts(summary[("a3.txt", 12, 0)]) is None
    # as many besides some as in all may be one count ("wounded three other people")
    assert summary[("a4.txt", 3, 0)].conflicts(summary[("a5.txt", 3, 0)]) is None
    assert summary[("a4.txt", 3, 0)].conflicts(summary[("a6.txt", 2, 0)]) is None
    # three wounded besides the wife against five wounded: a discrepancy to show
    assert summary[("a4.txt", 3, 0)].conflicts(summary[("a7.txt", 5, 0)]) is None
    # an open count holds any: no part of it
    assert summary[("a4.txt", 3, 0)].conflicts(summary[("a8.txt", 2, 0)]) is None
    # a merged cluster keeps what each claim was
    assert four.merged(summary[("a2.txt", 11, 0)]).conflicts(five) is not None


def test_a_part_never_joins_another_figure_of_its_sentence(tmp_path: Path) -> None:
    """ "235,000 comments, at least 208,000 of which were form letters": the part never
    joins a cluster that holds another figure of its own sentence (its whole, and so not
    the totals other articles give once they join that whole), while it may join another
    article's figure ("12 of the pirates are Somali" and another article's "12 Somali
    pirates")."""
    summary = _summaries(
        tmp_path,
        "The agency received 235,000 comments, at least 208,000 of which were form letters.\n",
        "The agency received nearly 235,000 comments on the rule.\n",
        "The agency got about 235,000 comments, 208,000 of them form letters.\n",
        "Of the 23 pirates arrested, 12 are reported to be Somali.\n",
        "The navy said 12 Somali pirates were among those held.\n",
    )
    part, own_whole = summary[("a0.txt", 208000, 0)], summary[("a0.txt", 235000, 0)]
    whole = summary[("a1.txt", 235000, 0)]
    reason = "a part ('208,000 of which') never joins another figure of its sentence"
    assert part.conflicts(own_whole) == reason
    assert own_whole.merged(whole).conflicts(part) == reason
    # alone, another article's whole is no figure of its sentence
    assert part.conflicts(whole) is None
    # another article's same part, and two wholes, may be one subject
    assert part.conflicts(summary[("a2.txt", 208000, 0)]) is None
    assert own_whole.conflicts(whole) is None
    assert summary[("a3.txt", 12, 0)].conflicts(summary[("a4.txt", 12, 0)]) is None
    # a merged cluster keeps where its parts were
    assert part.merged(summary[("a2.txt", 208000, 0)]).conflicts(own_whole) == reason


def test_two_parts_of_one_sentence_never_join(tmp_path: Path) -> None:
    """ "About 60 people were arrested, at least 20 of whom were held on Monday and at least
    25 of whom on Tuesday": two parts of one whole are two subjects, though their figures
    may both hold."""
    summary = _summaries(
        tmp_path,
        "Police arrested about 60 people, at least 20 of whom were held on Monday and at "
        "least 25 of whom were held on Tuesday.\n",
    )
    monday, tuesday = summary[("a0.txt", 20, 0)], summary[("a0.txt", 25, 0)]
    assert monday.conflicts(tuesday) == (
        "a part ('208,000 of which') never joins another figure of its sentence")  # fmt: skip


def test_a_part_is_not_flagged_against_the_whole_on_real_news(ecb_articles: Path) -> None:
    """On real news: "nearly 235,000 comments ..., at least 208,000 of which were form
    letters" was one of the figures of a warning on the total number of comments."""
    folder = ecb_articles / "9ecb"
    if not folder.is_dir():
        pytest.skip(f"ECB+ event 9ecb not found at {folder}")
    result = run([folder], Settings())
    by_id = {c.id: c for c in result.claims}
    part = [c for c in result.claims if c.value == 208000 and c.qualifier == "at_least"]
    assert part and part[0].part  # the reading the test relies on
    sentence = (part[0].document, part[0].sentence)
    assert any(
        (c.document, c.sentence) == sentence and c.value == 235000 for c in result.claims
    )  # its whole, which other articles' totals join
    assert not any(
        part[0].id in g.claims
        and any(
            (by_id[i].document, by_id[i].sentence) == sentence for i in g.claims if i != part[0].id
        )
        for g in result.groups
    )


def test_a_count_besides_others_is_not_flagged_against_the_whole(ecb_articles: Path) -> None:
    """On real news: one article's "five major families" of the Mafia and another's "the
    city's four other mob families" (besides the Genovese) were one subject that differed."""
    folder = ecb_articles / "26ecbplus"
    if not folder.is_dir():
        pytest.skip(f"ECB+ event 26ecbplus not found at {folder}")
    result = run([folder], Settings())
    by_id = {c.id: c for c in result.claims}
    families = [
        f for f in result.findings
        if {by_id[i].text for i in f.claims} >= {"five major families", "four other mob families"}
    ]  # fmt: skip
    assert not families
    four = [c for c in result.claims if c.text == "four other mob families"]
    assert four and "other" in four[0].modifiers  # the reading the test relies on


def test_the_part_of_a_price_paid_in_cash_is_not_the_price(ecb_articles: Path) -> None:
    """On real news: "AMD is paying $281 million in cash for SeaMicro and the remainder in
    stock" against the $334 million the other articles give for the deal was a warning;
    the cash part is its own subject, and the deal's price is still corroborated."""
    folder = ecb_articles / "43ecbplus"
    if not folder.is_dir():
        pytest.skip(f"ECB+ event 43ecbplus not found at {folder}")
    result = run([folder], Settings())
    by_id = {c.id: c for c in result.claims}
    numeric = [f for f in result.findings if f.kind == "numeric-agreement"]
    assert any(c.value == 281e6 for c in result.claims)  # else this would prove nothing
    assert not [f for f in numeric if any(by_id[i].value == 281e6 for i in f.claims)]
    price = [f for f in result.findings if f.kind == "corroboration"
             and {by_id[i].value for i in f.claims} == {334e6}]  # fmt: skip
    assert price and len({by_id[i].document for i in price[0].claims}) >= 3


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Powerful Quake in Iran Kills 10; 80 Hurt", True),
        ("Dell Agrees to Acquire Perot Systems for $3.9 Billion", True),
        ("Teen Shot 11 Times in Brooklyn, Police Say", True),
        ("Protests against Austerity Turn Violent in Athens after Parliament Vote", True),
        ("Gang member guilty in slay of Brooklyn mom of 12", False),
        # capitals for four people's names, verbs in lower case: a sentence
        ("Andrew Lopez, 20, was found guilty of slaying Zurana Horton, 34, and wounding "
         "Unique Armstead, 32, and Cheanne McKnight, 11, in October 2011.", False),
    ],
)  # fmt: skip
def test_a_sentence_naming_many_people_is_no_title_case_headline(text: str, title: bool) -> None:
    from crosscheck.extract.nouns import title_case as _title_case

    assert _title_case(text) is title


def test_ages_in_a_sentence_naming_many_people_are_theirs(tmp_path: Path) -> None:
    """A sentence that names four people with their ages is mostly capitals: read as a
    headline, it gave none of its ages an owner, so each could join another person's."""
    from crosscheck.match.pairs import profiles

    (tmp_path / "a.txt").write_text(
        "Andrew Lopez, 20, was found guilty of slaying Zurana Horton, 34, and wounding Unique "
        "Armstead, 32, and Cheanne McKnight, 11, in October 2011 as he targeted rival gang "
        "members.\n",
        encoding="utf-8",
    )
    result = run([tmp_path], Settings())
    found = profiles(result.claims, result.sentences, result.documents, concept_table(Settings()))
    holders = {p.claim.value: p.subject.holder for p in found if p.claim.kind == "age"}
    assert holders == {20: "Andrew Lopez", 34: "Zurana Horton", 32: "Unique Armstead",
                       11: "Cheanne McKnight"}  # fmt: skip


@pytest.mark.parametrize(
    ("value", "read"), [("5", "number"), ("yes", "yes/no"), ("2025-01-05", "date")]
)
def test_alias_and_concept_files_take_one_rule_for_names(
    tmp_path: Path, value: str, read: str
) -> None:
    # `id: 5` was an alias '5' but no concept, `id: yes` an alias 'True'; a null list was
    # nothing in an alias file and an error in a concept file
    from crosscheck.extract.entities import load_alias_file
    from crosscheck.match.features import load_concepts

    aliases = tmp_path / "a.yml"
    concepts = tmp_path / "c.yml"
    aliases.write_text(f"entities:\n  - id: {value}\n    aliases:\n")
    concepts.write_text(f"concepts:\n  - id: {value}\n    terms: [x]\n    predicates:\n")
    for load, path in ((load_alias_file, aliases), (lambda p: load_concepts([p]), concepts)):
        with pytest.raises(ConfigError) as caught:
            load(path)
        message = str(caught.value)
        assert f"{path.name}:2: " in message and f"'id' must be text, not a {read}" in message
        assert "put it in quotes" in message
        path.write_text(path.read_text().replace(f"id: {value}", f"id: '{value}'"))
        load(path)  # quoted it is a name, and a null list is as if left out


def test_measures_of_different_things_never_join(tmp_path: Path) -> None:
    """The length of a speech is not the length of a clip: two durations whose compounds
    name things that share no word are kept apart ('a 55-minute speech', 'a 58-minute
    clip'); one thing named with more or fewer words may join ('a 30-year prison
    sentence', 'a 25-year sentence'), and so may a measure whose noun is not said."""
    summary = _summaries(
        tmp_path,
        "Jeffs delivered a 55-minute speech to the court on Tuesday.\n",
        "Later, Nichols played a 58-minute clip of another training session.\n",
        "The judge handed down a 30-year prison sentence on Friday.\n",
        "He received a 25-year sentence for the attack.\n",
        "The speech lasted 50 minutes.\n",
        "He kicked a 40-yard game-winning field goal in the fourth quarter.\n",
        "His 42-yard field goal tied the game.\n",
        "The 12-hour police standoff ended on Monday.\n",
        "The 14-hour standoff ended on Monday.\n",
    )
    speech, clip = summary[("a0.txt", 55, 0)], summary[("a1.txt", 58, 0)]
    assert speech.conflicts(clip) == "measures of different things (speech / clip)"
    assert summary[("a2.txt", 30, 0)].conflicts(summary[("a3.txt", 25, 0)]) is None
    assert speech.conflicts(summary[("a4.txt", 50, 0)]) is None
    assert summary[("a5.txt", 40, 0)].conflicts(summary[("a6.txt", 42, 0)]) is None
    assert summary[("a7.txt", 12, 0)].conflicts(summary[("a8.txt", 14, 0)]) is None


@pytest.mark.parametrize(
    ("one", "one_figure", "other", "other_figure", "apart"),
    [
        # plurals, hyphens and names do not make another thing
        ("The 15-inch models cost less.", 15, "He bought a 16-inch model.", 16, False),
        ("Workers began 12-hour shifts Monday.", 12, "They work a 14-hour shift.", 14, False),
        ("The 10-hour stand-off ended.", 10, "The 12-hour standoff ended.", 12, False),
        ("They agreed a 72-hour cease-fire.", 72, "They agreed a 48-hour ceasefire.", 48, False),
        # a name alone says which, not what: it may join anything
        ("Jones won the 1,000-mile Iditarod.", 1000, "Jones won the 1,100-mile race.", 1100, False),
        ("Apple cut the 15-inch MacBook Pro.", 15, "Apple sells a 16-inch laptop.", 16, False),
        # a name shared says nothing of what is measured
        ("A 55-minute Trump speech aired.", 55, "A 58-minute Trump clip aired.", 58, True),
    ],
)
def test_what_a_measure_describes_is_compared_by_its_words(
    tmp_path: Path, one: str, one_figure: float, other: str, other_figure: float, apart: bool
) -> None:
    """Two measures' readings are compared by their lower-case words, each singular and
    without hyphens; names are left out, and a reading of names alone keeps nothing apart."""
    summary = _summaries(tmp_path, one + "\n", other + "\n")
    a, b = summary[("a0.txt", one_figure, 0)], summary[("a1.txt", other_figure, 0)]
    assert (a.conflicts(b) is not None) == apart


def test_why_measures_were_kept_apart_is_said_the_same_in_every_process() -> None:
    """The reason a group records names the first two readings that share no word, in
    order: a set's order changes with each process's string hashing, and Dask workers
    must write what a local run writes (three processes, three hash seeds)."""
    import os
    import subprocess
    import sys

    code = (
        "import dataclasses; from crosscheck.match.cluster import _Summary\n"
        "one = _Summary(False, frozenset(), frozenset(), frozenset(), None, frozenset(), {},"
        " frozenset(), False, False, {}, frozenset({''}), '', frozenset())\n"
        "a = dataclasses.replace(one, described=frozenset({'video clip', 'speech', 'talk'}))\n"
        "b = dataclasses.replace(one, described=frozenset({'hearing', 'court session'}))\n"
        "print(a.conflicts(b))\n"
    )
    said = {
        subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                       env={**os.environ, "PYTHONHASHSEED": str(seed)}).stdout
        for seed in (1, 2, 3)
    }  # fmt: skip
    assert said == {"measures of different things (speech / court session)\n"}


def test_measures_of_one_concept_may_join(tmp_path: Path) -> None:
    """Two readings that share no word join when a concept file names them one thing
    ('a 72-hour truce', 'a 48-hour ceasefire'); without it they are kept apart."""
    from crosscheck.match.features import load_concepts

    (tmp_path / "articles").mkdir()
    summary = _summaries(
        tmp_path / "articles",
        "The sides agreed a 72-hour truce on Sunday.\n",
        "The sides agreed a 48-hour ceasefire on Sunday.\n",
    )
    truce, ceasefire = summary[("a0.txt", 72, 0)], summary[("a1.txt", 48, 0)]
    concepts = tmp_path / "concepts.yml"
    concepts.write_text("concepts:\n  - id: truce\n    terms: [truce, ceasefire]\n")
    assert truce.conflicts(ceasefire, load_concepts([])) == (
        "measures of different things (truce / ceasefire)")  # fmt: skip
    assert truce.conflicts(ceasefire, load_concepts([concepts])) is None


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        # those who search, however each outlet names them (the fifteenth hunt's "About
        # 200 rescuers" and "Some 200 emergency workers" were a rescuer and people)
        ("About 200 rescuers searched the wreck.", "Some 200 emergency workers helped.",
         True),
        ("Nearly 300 rescue workers were sent.", "About 300 emergency responders came.",
         True),
        ("More than 200 rescue workers stayed.", "Over 200 emergency personnel stayed.",
         True),
        # (review) not those who answer a survey
        ("About 200 rescuers searched the wreck.", "Some 200 survey responders agreed.",
         False),
        # firefighters and soldiers are counted apart, and so are workers
        ("About 200 rescuers searched the wreck.", "Some 200 firefighters helped.", False),
        ("About 200 rescuers searched the wreck.", "Some 200 soldiers helped.", False),
        ("About 200 rescuers searched the wreck.", "Some 200 workers were hurt.", False),
        # (re-read) the rows apart read a rescuer on one side (else they could not
        # fail); workers with a verb that narrows nothing; job searchers are no rescuers
        ("About 200 rescuers searched the wreck.", "Some 200 workers helped.", False),
        ("About 200 rescuers searched the wreck.", "Some 200 job searchers applied.", False),
    ],
)  # fmt: skip
def test_rescuers_are_one_concept_however_named(a: str, b: str, same: bool) -> None:
    x, y = _concepts_of(a, b)
    assert (x == y == "rescuers") is same
    assert "rescuers" in (x, y)  # a row apart is one rescuer and one other concept


def _concepts_of(a: str, b: str) -> tuple[str | None, str | None]:
    """The concepts the shipped concept file gives the one claim of ``a`` and of ``b``."""
    from crosscheck.pipeline import concept_table

    concepts = concept_table(Settings())
    (x,), (y,) = claims_of(a), claims_of(b)
    return concepts.concept_of(x), concepts.concept_of(y)


@pytest.mark.parametrize(
    ("a", "b", "concept"),
    [
        # (sixteenth hunt) one thing in other words: never joined before
        ("A group of seven hikers set out.", "The six walkers were found.", "hikers"),
        ("About 3,000 farmers lost crops.", "Some 1,500 growers lost crops.", "farmers"),
        ("It left 1,200 properties without water.", "Some 1,200 homes lost water.",
         "dwellings"),
        ("About 6,000 passengers were delayed.", "Some 6,000 travellers were delayed.",
         "people"),
        ("About 600,000 pupils stayed home.", "Some 600,000 children stayed home.", "people"),
        # (nineteenth hunt) teachers, paintings, skiers
        ("About 14,000 teachers walked out.", "Some 9,500 educators walked out.", "teachers"),
        ("Thieves took five paintings.", "Seven canvases were taken.", "paintings"),
        ("Four skiers were buried.", "Two snowboarders were buried.", "skiers"),
    ],
)  # fmt: skip
def test_one_thing_in_other_words_is_one_concept(a: str, b: str, concept: str) -> None:
    assert _concepts_of(a, b) == (concept, concept)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # (review) sculptures, artworks and praise are no paintings; instructors of a gym
        # or of skiing no teachers
        ("Thieves took five paintings.", "The garden holds 40 sculptures."),
        ("Thieves took five paintings.", "About 30 artworks were destroyed."),
        ("Thieves took five paintings.", "It owns seven masterpieces."),
        ("About 14,000 teachers walked out.", "The chain employs 300 instructors."),
    ],
)  # fmt: skip
def test_things_near_a_concept_are_not_in_it(a: str, b: str) -> None:
    x, y = _concepts_of(a, b)
    assert x is not None and x != y


def test_teachers_are_not_the_people_their_story_counts_beside_them(tmp_path: Path) -> None:
    """(review) teachers under people let "About 14,000 pupils" join "About 14,000
    teachers" as one figure, and the teachers' 14,000 against 9,500 was lost: teachers
    are a concept of their own, not one of people."""
    _, findings = _dated_story(
        tmp_path, "strike", "2026-02-10",
        "About 14,000 teachers walked out on Monday, the union said. Some 200,000 pupils "
        "stayed home.",
        "Some 9,500 teachers joined the strike on Monday, the ministry said. About 14,000 "
        "pupils were affected in the capital.",
    )  # fmt: skip
    assert "numeric-agreement: About 14,000 teachers, Some 9,500 teachers" in findings, findings
    assert not any(f.startswith("corroboration") and "pupils" in f for f in findings), findings


def test_a_concept_file_names_measured_things_in_the_singular(tmp_path: Path) -> None:
    """A reading in the plural ('two 12-hour truces') and a term of several words are
    looked up as a counted noun is: lower-case, the last word singular."""
    from crosscheck.match.cluster import _measures_apart
    from crosscheck.match.features import load_concepts

    path = tmp_path / "concepts.yml"
    path.write_text(
        "concepts:\n  - id: truce\n    terms: [truce, ceasefire]\n"
        "  - id: shift\n    terms: [night shift, turn]\n"
    )
    concepts = load_concepts([path])
    assert _measures_apart(frozenset({"truces"}), frozenset({"ceasefire"}), concepts) is None
    assert _measures_apart(frozenset({"night shifts"}), frozenset({"turn"}), concepts) is None
    assert _measures_apart(frozenset({"truces"}), frozenset({"turn"}), concepts) == (
        "truces", "turn")  # fmt: skip


@pytest.mark.parametrize(
    ("one", "other"),
    [("12 AK 47 guns", "15 AK-47 guns"), ("12 AK47 guns", "15 AK-47 guns"),
     ("350 Boeing 737 Max planes", "371 Boeing 737 MAX planes")],
)  # fmt: skip
def test_one_model_name_spelled_two_ways_is_one_name(tmp_path: Path, one: str, other: str) -> None:
    """A model's name with its digits spaced, glued or hyphened, in capitals or not, is one
    name: the two counts disagree (they were kept apart as other names' counts)."""
    text = (
        "Somali pirates surrendered to the Indian Navy on Saturday after a gunfight off the "
        "coast of Kerala. Navy personnel recovered {} from the pirates, a spokesman said."
    )
    found = _warnings(tmp_path, text.format(one), text.format(other))
    assert {float(one.split()[0]), float(other.split()[0])} in found


def _two_articles(tmp_path: Path, first: str, second: str) -> Any:
    for name, body in (("a.md", first), ("b.md", second)):
        (tmp_path / name).write_text(f"---\ntitle: {name}\n---\n{body}\n", encoding="utf-8")
    return run([tmp_path], Settings())


def _disagreements(result: Any) -> list[set[float]]:
    by_id = {c.id: c for c in result.claims}
    return [
        {by_id[i].value for i in f.claims}
        for f in result.findings
        if f.kind == "numeric-agreement" and f.severity in ("warning", "error")
    ]


@pytest.mark.parametrize(
    ("first", "later", "flagged"),
    [
        ("two chances to tie the score", "three chances to win the game", True),
        ("two chances to tie the score", "one final chance to win the game", False),
        ("two chances to tie the score", "one last chance to win the game", False),
        # past one, a position words an order ("three final games", "the final two
        # games"): the figures disagree as before, whichever position word
        ("two final chances to tie the score", "three last chances to win the game", True),
        ("two chances to tie the score", "three final chances to win the game", True),
    ],
)
def test_one_picked_by_position_never_joins_the_whole(
    tmp_path: Path, first: str, later: str, flagged: bool
) -> None:
    """A count of "one final chance" (or "one last chance") is the last of the chances,
    not all of them: it never disagrees with "two chances", as a superlative subset does
    not; the same count without the position does, and so do counts past one."""
    result = _two_articles(
        tmp_path, f"The Jaguars had {first}, but the drives ended in sacks.",
        f"The Jaguars had {later}, fielding a punt.",
    )  # fmt: skip
    values = {c.value for c in result.claims if c.unit == "chance"}
    assert values == {2.0, 1.0 if later.startswith("one") else 3.0}  # both read
    assert any(2.0 in found for found in _disagreements(result)) is flagged


def test_one_final_and_one_last_are_one_position(tmp_path: Path) -> None:
    """'One final chance' and 'one last chance' are the same subject (their figures
    agree), and neither joins 'two chances' in a third article."""
    (tmp_path / "c.md").write_text(
        "---\ntitle: c\n---\nThe Jaguars had two chances to tie the score.\n", encoding="utf-8"
    )
    result = _two_articles(
        tmp_path, "The Jaguars had one final chance to win the game, fielding a punt.",
        "The Jaguars had one last chance to win the game, fielding a punt.",
    )  # fmt: skip
    by_id = {c.id: c for c in result.claims}
    chances = [g for g in result.groups if any(by_id[i].unit == "chance" for i in g.claims)]
    assert [sorted(by_id[i].value for i in g.claims) for g in chances] == [[1.0, 1.0]]
    assert not _disagreements(result)


def test_a_group_of_ages_or_bare_degrees_is_named_so(tmp_path: Path) -> None:
    """An age's group says 'age', not its unit ('year'); a degree of no named scale says
    'degrees', not quantulum3's 'degree angle' (most often a temperature in the news), in
    the group's label, its subject's words and the finding's message."""
    result = _two_articles(
        tmp_path,
        "Police said 60-year-old Sharron Smith was arrested on Friday.\n\n"
        "Firefighters fought the blaze in temperatures of minus 17 degrees.",
        "Police Chief Jim Williams said 61-year-old Sharron Smith was arrested on Friday.\n\n"
        "Firefighters battled the blaze in minus-20 degree temperatures.",
    )
    by_id = {c.id: c for c in result.claims}
    labels = {frozenset(by_id[i].value for i in g.claims): g for g in result.groups}
    age, degrees = labels[frozenset({60.0, 61.0})], labels[frozenset({-17.0, -20.0})]
    assert age.kind == "age" and age.concept == "year"  # the concept (and ids) as before
    assert age.label.startswith("age") and age.to_dict()["subject"]["words"] == age.label
    assert degrees.label.startswith("degrees") and "angle" not in degrees.label
    assert degrees.to_dict()["subject"]["words"] == degrees.label
    messages = [f.message for f in result.findings if f.severity in ("warning", "error")]
    assert any(m.startswith("age") for m in messages)
    # no percentage of a temperature (it was '-17 is 15.0% above -20')
    assert any(m.startswith("degrees") and "-17 is 3 above -20;" in m for m in messages)
    # report.json says so too: the gap, and that the spread is worded by it
    compared = {f.message.split(":")[0]: f.evidence["compared"] for f in result.findings
                if f.severity in ("warning", "error")}  # fmt: skip
    (degree_compared,) = [v for k, v in compared.items() if k.startswith("degrees")]
    assert (degree_compared["spread_by"], degree_compared["gap"]) == ("amount", 3)
    (age_compared,) = [v for k, v in compared.items() if k.startswith("age")]
    assert (age_compared["spread_by"], age_compared["gap"]) == ("percent", 1)
    assert age_compared["gap_unit"] == "year"
    assert age_compared["difference_pct"] == pytest.approx(1.67, abs=0.01)
    # the report's claim cards word the unit as the findings do
    out = tmp_path / "out"
    args = ["check", str(tmp_path), "--out", str(out), "-q", "--fail-on", "never"]
    assert CliRunner().invoke(cli, args).exit_code == 0
    page = (out / "report.html").read_text(encoding="utf-8")
    assert "<dd>-17 degrees " in page and "<dd>60 years old " in page  # claim cards
    assert "measure: -17 degrees (as written, may be rounded, interval [-17.5, -16.5]" in page
    assert "-17 degree angle" not in page  # tips


def test_eval_findings_keeps_its_held_out_models_in_a_folder(
    tmp_path: Path, ecb_articles: Path
) -> None:
    """--models DIR: the first run fits each event's model and writes it (EVENT.json); a
    later run reads it, so a change of the extraction is scored by the same models (the
    same output here); a file that is no model stops the run naming it; a missing one is
    fitted again."""
    import yaml

    gold, small = _two_event_gold(tmp_path)
    models = tmp_path / "models"
    args = ["eval-findings", str(small), str(ecb_articles), "--models", str(models)]
    first = CliRunner().invoke(cli, args)
    assert first.exit_code == 0, first.output
    assert sorted(p.name for p in models.iterdir()) == ["20ecbplus.json", "41ecbplus.json"]
    assert json.loads((models / "20ecbplus.json").read_text())["meta"]["held_out"] == "20ecbplus"
    written = {p.name: p.read_bytes() for p in models.iterdir()}
    again = CliRunner().invoke(cli, args)
    assert again.exit_code == 0 and again.output == first.output
    assert {p.name: p.read_bytes() for p in models.iterdir()} == written  # read, not refitted
    (models / "41ecbplus.json").write_text("{}")
    broken = CliRunner().invoke(cli, args)
    assert broken.exit_code == 2 and str(models / "41ecbplus.json") in broken.stderr
    (models / "41ecbplus.json").unlink()
    refit = CliRunner().invoke(cli, args)
    assert refit.exit_code == 0 and refit.output == first.output
    assert (models / "41ecbplus.json").read_bytes() == written["41ecbplus.json"]
    shipped = CliRunner().invoke(cli, [*args, "--shipped"])
    assert shipped.exit_code == 2 and "--models" in shipped.stderr
    # models fitted for another set of events are refused, not used
    gold["events"].append(dict(gold["events"][0], event="20ecbplus-copy"))
    (ecb := tmp_path / "articles").mkdir()
    for name in ("20ecbplus", "41ecbplus"):
        (ecb / name).symlink_to(ecb_articles / name)
    (ecb / "20ecbplus-copy").symlink_to(ecb_articles / "20ecbplus")
    small.write_text(yaml.safe_dump(gold))
    other = CliRunner().invoke(
        cli, ["eval-findings", str(small), str(ecb), "--models", str(models)]
    )
    assert other.exit_code == 2 and "fitted on other events than these" in other.stderr


def test_eval_findings_draws_measure_a_refit_s_spread(tmp_path: Path, ecb_articles: Path) -> None:
    """--draws N: each event's model fitted N more times, each without 30 training pairs
    (seeds 0 to N-1); each draw's totals and their mean, after the usual table. The same
    seed leaves out the same pairs (a second run prints the same), and --draws refits: not
    with --shipped or --models."""

    _, small = _two_event_gold(tmp_path)
    args = ["eval-findings", str(small), str(ecb_articles), "--draws", "2"]
    out = CliRunner().invoke(cli, args)
    assert out.exit_code == 0, out.output
    table, spread = out.output.split("Refits with 30 training pairs left out at random (seeds 0-1)")
    assert "| total |" in table
    rows = {r.split("|")[1].strip(): r.split("|")[2:6] for r in spread.splitlines()
            if r.startswith("| ") and not r.startswith(("| draw", "| ---"))}  # fmt: skip
    assert sorted(rows) == ["0", "1", "mean"]
    draws = [[float(v.split("/")[0]) for v in rows[k]] for k in ("0", "1")]
    means = [(a + b) / 2 for a, b in zip(*draws, strict=True)]
    assert [float(v.split("/")[0]) for v in rows["mean"]] == means
    assert draws[0] != draws[1]  # each seed leaves other pairs out (here: 3 and 4 found)
    assert CliRunner().invoke(cli, args).output == out.output
    for other in (["--shipped"], ["--models", str(tmp_path / "models")]):
        refused = CliRunner().invoke(cli, [*args, *other])
        assert refused.exit_code == 2 and "--draws" in refused.stderr
    # a draw's fit leaves out its pairs: the model says so
    from crosscheck.training import DROPPED, fit_on, prepare

    events = prepare(small, ecb_articles)
    whole = fit_on(events, {}).meta["pairs"]
    assert fit_on(events, {}, draw=0).meta["pairs"] == whole - DROPPED


def test_a_game_clock_is_matched_but_not_fitted_on(tmp_path: Path) -> None:
    """A time on a game's clock ('with 7:42 left') is a figure like any other when claims
    are matched, but the pair model is not fitted on its pairs (a recap's many moments in
    alike sentences, as the sides of a score); a time written in words is fitted on."""
    from crosscheck.match.pairs import game_clock, profiles

    (tmp_path / "a.txt").write_text(
        "Hansbrough broke the record with 7:42 left in the first half. He had tied it "
        "with 14:05 left. The game lasted 2 hours and 15 minutes.\n", encoding="utf-8")  # fmt: skip
    result = run([tmp_path], Settings())
    found = profiles(result.claims, result.sentences, result.documents, concept_table(Settings()))
    assert {p.claim.text: game_clock(p) for p in found} == {
        "7:42": True, "14:05": True, "2 hours and 15 minutes": False}  # fmt: skip


def test_the_pairs_of_a_game_clock_are_left_out_of_fitting(tmp_path: Path) -> None:
    """prepare() keeps the pairs the model is fitted on: none with a game's clock, every
    other pair of the blocks."""
    import numpy as np

    from crosscheck.match.pairs import game_clock, score_side
    from crosscheck.training import prepare

    (tmp_path / "e1").mkdir()
    for name, text in (("one", "Smith scored with 7:42 left in the first half, his 20th point "
                               "of the night, and the crowd of 9,000 cheered."),
                       ("two", "Smith scored with 7:41 left in the first half, his 20th point "
                               "of the night, and the crowd of 8,000 cheered.")):  # fmt: skip
        (tmp_path / "e1" / f"{name}.txt").write_text(text + "\n", encoding="utf-8")
    gold = tmp_path / "gold.yaml"
    gold.write_text(
        "events:\n  - event: e1\n    subjects:\n      - subject: crowd\n"
        "        verdict: differs\n        claims:\n"
        '          - {article: one, quote: "crowd of 9,000", value: 9000}\n'
        '          - {article: two, quote: "crowd of 8,000", value: 8000}\n'
    )
    (event,) = prepare(gold, tmp_path)
    kept = total = 0
    for b in event.blocks:
        out = np.array([game_clock(m) or score_side(m) for m in b.members], dtype=bool)
        total += len(b.i)
        kept += int((~out[b.i] & ~out[b.j]).sum())
    clocks = [m for b in event.blocks for m in b.members if game_clock(m)]
    assert len(clocks) == 2 and total > kept > 0
    assert len(event.y) == kept and event.y.sum() == 1  # the crowds, one subject


def test_a_rate_of_a_count_takes_its_nouns_concept_per_its_word() -> None:
    """'point per game' is no count of games (the head noun 'game' was its concept, so a
    season's average joined the games played); it is points per game, apart from points
    and from games."""
    table = concept_table(Settings())
    assert table.base_concept("point per game") == f"{table.base_concept('point')} per game"
    assert table.base_concept("troop per month") == (
        f"{table.base_concept('troop')} per month")  # fmt: skip
    assert table.base_concept("troop") != "troop" and table.base_concept("game") == "game"


@pytest.mark.parametrize(
    ("template", "first", "second", "expected"),
    [
        # a gap the message words as a percentage, in the first article's unit
        ("Officials said {} crossed the border on Monday.", "3,000 soldiers", "3,500 soldiers",
         ("percent", 500, "soldier")),
        ("The flood wall by the river was {} high, officials said on Monday.", "10 feet",
         "4 metres", ("percent", pytest.approx(3.12336), "foot")),
        ("The flood wall by the river was {} high, officials said on Monday.", "4 metres",
         "10 feet", ("percent", pytest.approx(0.952), "metre")),
        # no gap worded: ranges that overlap, an end that only touches, no conversion known
        ("Officials said {} crossed the border on Monday.", "300 to 400 soldiers",
         "350 to 500 soldiers", (None, 0, "soldier")),
        ("Officials said {} crossed the border on Monday.", "800 to 1,000 soldiers",
         "more than 1,000 soldiers", (None, 0, "soldier")),
        ("The dose in the room reached {} on Monday, officials said.", "40 grays",
         "43 sieverts", (None, None, None)),
        # pressures convert: a gap in the first article's unit (3.5 bar is 50.76 psi)
        ("The pressure in the tank reached {} on Monday, officials said.", "40 psi",
         "3.5 bar", ("percent", pytest.approx(10.76, abs=0.01), "pound per square inch")),
        # temperatures convert; a gap in degrees (98F is 36.7C), never a share
        ("The heat in the city reached {} on Monday, officials said.", "40 degrees Celsius",
         "98 degrees Fahrenheit", ("amount", pytest.approx(10 / 3), "degree Celsius")),
    ],
)  # fmt: skip
def test_report_json_says_how_the_spread_is_worded_and_the_gap_in_which_unit(
    tmp_path: Path, template: str, first: str, second: str, expected: tuple[Any, ...]
) -> None:
    """compared.spread_by says how the message words the gap between the figures
    (percent, amount, or None when it words none), compared.gap and gap_unit what that gap
    is, in the unit of the group's first claim, so a reader of report.json never takes a
    percentage the message does not give."""
    result = _two_articles(tmp_path, template.format(first), template.format(second))
    (finding,) = [f for f in result.findings if f.kind == "numeric-agreement"]
    compared = finding.evidence["compared"]
    assert (compared["spread_by"], compared["gap"], compared["gap_unit"]) == expected


def test_some_of_a_whole_never_joins_a_larger_figure(tmp_path: Path) -> None:
    """'more than 200,000 of the comments' counts some of the comments: it never joins
    'nearly 235,000 comments' nor 'nearly 300,000', one of which may be the whole (on an
    unannotated ECB+ event it made '300,000 is 50.0% above 200,000'); the report says
    why. A partitive above the other figure may still join it."""
    sentence = "The agency received {} on the endangered species proposal, officials said."
    for name, figure in (("a", "nearly 235,000 comments"), ("b", "nearly 300,000 comments"),
                         ("c", "more than 200,000 of the comments")):  # fmt: skip
        (tmp_path / f"{name}.md").write_text(
            f"---\ntitle: {name}\n---\n{sentence.format(figure)}\n", encoding="utf-8"
        )
    result = run([tmp_path], Settings())
    by_id = {c.id: c for c in result.claims}
    groups = [sorted(by_id[i].text for i in g.claims) for g in result.groups]
    assert groups == [["nearly 235,000 comments", "nearly 300,000 comments"]]
    (group,) = result.groups
    assert any(a["why"].startswith("some of a whole") for a in group.apart)

    (tmp_path / "c.md").write_text(
        f"---\ntitle: c\n---\n{sentence.format('250,000 of the comments')}\n", encoding="utf-8"
    )
    (tmp_path / "b.md").unlink()
    result = run([tmp_path], Settings())
    by_id = {c.id: c for c in result.claims}
    groups = [sorted(by_id[i].text for i in g.claims) for g in result.groups]
    assert groups == [["250,000 of the comments", "nearly 235,000 comments"]]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Two of the bombs", "Three of the bombs"),  # two partitives of one whole differ
        ("All 40 of the passengers", "41 passengers"),  # the whole is no partitive
        ("About 30 of the protesters", "32 protesters"),  # "about 30" reaches 32
    ],
)
def test_a_partitive_still_joins_what_it_may_be(tmp_path: Path, first: str, second: str) -> None:
    """(Review) A partitive is kept from figures above all it can be, not from another
    partitive of the same whole, and 'All 40 of the' is the whole: each pair is one group."""
    sentence = "{} died in the camp on Tuesday night, officials told reporters."
    result = _two_articles(tmp_path, sentence.format(first), sentence.format(second))
    by_id = {c.id: c for c in result.claims}
    groups = [sorted(by_id[i].text for i in g.claims) for g in result.groups]
    assert len(groups) == 1 and len(groups[0]) == 2


def test_a_differing_pair_that_is_not_its_claims_likeliest_is_discounted() -> None:
    """A pair whose figures cannot both hold (1,518 and 1,517 points) links at LINK_DIFFER
    (0.5) when each claim is the other's likeliest partner in the other's article; when
    the first has a likelier one there ("about 1,500", 0.7), the pair is scaled by
    NOT_MUTUAL (0.55 to 0.33) and does not link (the development's one wrong finding and
    the held-out set's were such pairs: 16 / 1 to 16 / 0, 2 / 1 to 3 / 0)."""
    from crosscheck.match.cluster import Block, _cluster, _Figures
    from crosscheck.match.pairs import profiles

    articles = ["Smith now has 1,518 career points at the school.",
                "Smith now has 1,517 career points at the school. Jones now has about "
                "1,500 career points at the school."]  # fmt: skip
    claims, sentences, docs = [], [], []
    for k, text in enumerate(articles):
        doc = Document(f"a{k}.txt", f"a{k}.txt", "text", text, ((0, len(text)),))
        found = segment(doc)
        claims += [c for c in extract_claims(doc, found) if c.value > 100]
        sentences += found
        docs.append(doc)
    assert [c.value for c in claims] == [1518, 1517, 1500]
    members = profiles(claims, sentences, docs, concept_table(Settings()))
    i, j = np.array([0, 0]), np.array([1, 2])  # the pairs across the two articles
    meet = _Figures(members).meet(i, j)
    assert meet.tolist() == [False, True]

    def groups(pp: list[float]) -> list[list[float]]:
        block = Block(members, concept_table(Settings()), i, j,
                      np.zeros((2, len(FEATURES))), meet)  # fmt: skip
        value = {c.id: c.value for c in claims}
        return [sorted(value[c] for c in g.claims) for g in _cluster(block, np.array(pp))]

    assert groups([0.55, 0.3]) == [[1517, 1518]]  # a mutual best links
    # not one: the first joins "about 1,500" alone, 1,517 is not joined to them
    assert groups([0.55, 0.7]) == [[1500, 1518]]


@pytest.mark.parametrize(
    ("sentence", "cut", "written", "label"),
    [
        ("The fire caused $1 million in damage.", "cause", "caused", "dollar (caused)"),
        ("The company raised $29 million.", "raise", "raised", "dollar (raised)"),
        ("The company quoted $29 million.", "quot", "quoted", "dollar (quoted)"),
        # the verb that made the concept says no more: 'dead', not 'dead (killed)'
        ("The storm killed 12 people on Monday.", "kill", "killed", "dead"),
    ],
)
def test_labels_show_the_verb_as_written_not_as_the_matcher_cuts_it(
    sentence: str, cut: str, written: str, label: str
) -> None:
    """The matcher compares verbs cut by rule ('quot' of 'quoted'),
    which are often no word (the labels of the 74 ECB+ events said 'becom', 'us', 'vot',
    'tak'); a label says the verb as the sentence writes it."""
    from crosscheck.match.pairs import profiles

    doc = Document("a.txt", "a.txt", "text", sentence, ((0, len(sentence)),))
    found = segment(doc)
    (claim,) = extract_claims(doc, found)
    assert (claim.predicate, claim.predicate_words) == (cut, written)
    table = concept_table(Settings())
    (profile,) = profiles([claim], found, [doc], table)
    assert cluster.label(profile.subject, claim.kind, table, [profile]) == label


@pytest.mark.parametrize(
    ("left", "right", "side"),
    [
        ("dev okafor (", "-3, 46 kos)", 0),
        ("dev okafor (52-", ", 46 kos)", 1),
        ("sam reyes (45-7-", ", 36 kos)", 2),
        ("sam reyes (", "-7-2, 36 kos)", 0),
        ("the champion, dev okafor, ", "-3, 47 ko's,", 0),
        # no side of a record: a figure alone, a clock, a range of years, four sides
        ("scored ", " points", None),
        ("with 7:", " left", None),
        ("from 1974-", " to", None),
        ("(1-2-3-", ")", None),
    ],
)  # fmt: skip
def test_a_side_of_a_record_is_read_from_its_hyphens(
    left: str, right: str, side: int | None
) -> None:
    """owners.record_side: which side of "52-3" or "45-7-2" a figure is (0 the wins), from
    the characters beside it."""
    from crosscheck.match import owners

    assert owners.record_side(left, right) == side


@pytest.mark.parametrize(
    ("left", "right", "found"),
    [
        ("dev okafor (", "-3, 46 kos)", ("#", "3")),
        ("sam reyes (45-7-", ")", ("45", "7", "#")),
        ("the champion, dev okafor, ", "-3, 47 ko's,", ("#", "3")),
        # sides, but not written beside a name: a score after a possessive, a record
        # after a verb
        ("the top-ranked tar heels' ", "-73 victory", None),
        ("improved the fighter to ", "-3 with 46 kos", None),
    ],
)  # fmt: skip
def test_a_record_beside_a_name_is_read_whole(
    left: str, right: str, found: tuple[str, ...] | None
) -> None:
    """owners.record(beside=True): the record a figure is a side of, its own side "#", when
    it is written beside a name (in brackets, or after a comma); what cluster.owned
    compares, so one holder's wins in "52-3" and "53-3" are one count and in "10-0" and
    "14-1" (two days) are not."""
    from crosscheck.match import owners

    assert owners.record(left, right, beside=True) == found


def test_one_names_records_in_two_articles_are_compared(tmp_path: Path) -> None:
    """A record's sides are no count the extraction reads (kind "other", no concept): "Dev
    Okafor (52-3, 46 KOs)" and "Dev Okafor, 53-3, 47 KO's," were never compared by their
    wins (one "corroboration: 52, 53", as figures that may both hold). The wins of one
    holder's records are one subject (cluster.owned), named as the group's concept, and a
    rule compares them; the other fighter's record joins neither."""
    _groups, findings = _story(
        tmp_path, "records",
        "Dev Okafor (52-3, 46 KOs) beat Sam Reyes (45-7-2, 36 KOs) in the seventh round.\n",
        "The champion, Dev Okafor, 53-3, 47 KO's, easily beat Sam Reyes (45-7-2) on "
        "Saturday.\n",
    )  # fmt: skip
    assert "numeric-agreement: 52, 53" in findings
    assert not any("45" in f and ("52" in f or "53" in f) for f in findings)


@pytest.mark.parametrize(
    ("first", "second", "one"),
    [
        ("Dev Okafor (52-3, 46 KOs)", "Dev Okafor (53-3, 47 KOs)", True),  # its other side agrees
        ("Dev Okafor (10-0, 8 KOs)", "Dev Okafor (14-1, 9 KOs)", False),  # two days' records
        ("Dev Okafor (52-3, 46 KOs)", "Sam Reyes (53-3, 47 KOs)", False),  # two holders
    ],
)  # fmt: skip
def test_one_names_record_sides_join_only_when_the_other_sides_agree(
    tmp_path: Path, first: str, second: str, one: bool
) -> None:
    """cluster.owned joins the wins of one holder's two records when their other sides
    agree ("52-3", "53-3"); with other sides that differ ("10-0", "14-1") they are
    records of two days, and it leaves them to the pair model."""
    import numpy as np

    from crosscheck.match.cluster import owned
    from crosscheck.match.pairs import FEATURES, profiles
    from crosscheck.pipeline import concept_table

    folder = tmp_path / "in"
    folder.mkdir()
    for k, who in enumerate((first, second)):
        (folder / f"a{k}.txt").write_text(f"{who} won the fight on Sunday night.\n")
    result = run([folder], Settings())
    members = profiles(result.claims, result.sentences, result.documents,
                       concept_table(Settings()))  # fmt: skip
    wins = [k for k, m in enumerate(members) if m.claim.kind == "other"
            and m.claim.value in (10, 14, 52, 53)]  # fmt: skip
    assert len(wins) == 2 and members[wins[0]].subject.holder  # the reading relied on
    x = np.zeros((1, len(FEATURES)))  # no concept: the record's side alone may join them
    assert bool(owned(members, np.array([wins[0]]), np.array([wins[1]]), x)[0]) is one


def test_a_games_score_beside_a_team_is_no_record(tmp_path: Path) -> None:
    """A game's score after the team beaten ("beat Lakeside, 91-73,") has sides written as
    a record's, but no one holds it: two articles' scores are not compared as records."""
    _groups, findings = _story(
        tmp_path, "scores",
        "Riverton beat Lakeside, 91-73, on Sunday night in the final.\n",
        "Riverton beat Lakeside, 91-70, on Sunday night in the final.\n",
    )  # fmt: skip
    assert not any(f.startswith("numeric-agreement") for f in findings)


def test_one_fighters_wins_are_compared_across_articles(ecb_articles: Path) -> None:
    """On real news (a heavyweight title fight): five articles write the champion's record
    "Klitschko (52-3, 46 KOs)", one "Wladimir Klitschko, 53-3, 47 KO's"; two write an
    undercard fighter's "Bowe (43-1)", one "Bowe (45-1, 33 KOs)". The wins were read as no
    one's count and never compared; as a side of the record a name holds, the 52 and 53
    are one subject that differs, and so are the 43 and 45, and the challenger's 45 wins
    ("Rahman (45-7-2)") join neither."""
    folder = ecb_articles / "7ecb"
    if not folder.is_dir():
        pytest.skip(f"ECB+ event 7ecb not found at {folder}")
    result = run([folder], Settings())
    by_id = {c.id: c for c in result.claims}
    differ = [
        {by_id[i].value for i in f.claims} for f in result.findings
        if f.severity in ("warning", "error") and f.rule == "record-disagreement"
    ]  # fmt: skip
    assert {52, 53} in differ
    assert {43, 45} in differ
    bowe = next(f for f in result.findings if f.rule == "record-disagreement"
                and {by_id[i].value for i in f.claims} == {43, 45})  # fmt: skip
    assert "Rahman" not in bowe.message


@pytest.mark.parametrize(
    ("text", "figure", "holder"),
    [
        ("Tom Reyes, accused of having two wives, is charged with polygamy.", "two wives",
         "Tom Reyes"),
        ("Reyes, alleged to have 19 wives, is charged with polygamy.", "19 wives", "Reyes"),
        ("Acme Corp, said to have $2 billion in debt, filed for bankruptcy.", "$2 billion",
         "Acme Corp"),
        # a life's count, not what one has ("over his lifetime")
        ("Reyes, believed to have had 26 wives over his lifetime, leads the group.",
         "26 wives", None),
        # what the name is accused of doing, not having; a passive after it
        ("Tom Reyes, accused of killing two people, was arrested.", "two people", None),
        ("Tom Reyes, said to have been paid $5,000, declined to comment.", "$5,000", None),
    ],
)  # fmt: skip
def test_what_a_name_is_said_to_have_is_its(text: str, figure: str, holder: str | None) -> None:
    """An apposition saying what its name is accused of having or said to have ("Reyes,
    alleged to have 19 wives,") ties the figure to the name, as "Reyes has 19 wives" does;
    not a deed ("accused of killing two people") nor a passive ("said to have been paid")."""
    from crosscheck.match import owners
    from crosscheck.match.pairs import _age_like

    c = _claim_at(text, figure)
    args = (text, *c.span, _age_like(c), c.kind, c.unit)
    assert owners.holder(*args) == holder


def test_one_mans_wives_are_compared_across_articles(ecb_articles: Path) -> None:
    """On real news (two polygamists charged): one article writes "Blackmore, alleged to have
    19 wives,", another "noting that Blackmore has 20 wives and Oler has two" and, later,
    "Both Blackmore and Oler ...". The 19 had no holder, and the 20's article seemed to
    write two full names of Blackmore ("Winston Blackmore", "Both Blackmore"), so its
    surname named no one; read as Winston Blackmore's both, the 19 is compared with the 20
    the charge names (five articles, as "20 women", "20 individuals", "20 wives")."""
    folder = ecb_articles / "36ecb"
    if not folder.is_dir():
        pytest.skip(f"ECB+ event 36ecb not found at {folder}")
    result = run([folder], Settings())
    by_id = {c.id: c for c in result.claims}
    differ = [
        {by_id[i].text for i in f.claims} for f in result.findings
        if f.severity in ("warning", "error") and any(by_id[i].text == "19 wives" for i in f.claims)
    ]  # fmt: skip
    assert len(differ) == 1
    assert {"19 wives", "20 wives"} <= differ[0]
    assert not any("two" in t for t in differ[0])  # the other man's wives stay apart


@pytest.mark.parametrize(
    ("one", "other", "same"),
    [
        ("Jim Reyes", "James Reyes", True),
        ("Bill Okafor", "William Okafor", True),
        ("Mike Reyes", "Michael Reyes", True),
        ("James Reyes", "James Reyes", True),
        # two first names, a short form of two names, two surnames: two people
        ("John Reyes", "James Reyes", False),
        ("Chris Reyes", "Christopher Reyes", False),
        ("Jim Reyes", "Jim Okafor", False),
        # two short forms, or a diminutive: may be a grandfather and his grandson
        ("Bill Okafor", "Will Okafor", False),
        ("Jim Reyes", "Jimmy Reyes", False),
        ("Liz Lane", "Betty Lane", False),
        # a surname alone is no first name ("Will" of "George Will")
        ("Will", "William", False),
    ],
)
def test_a_first_names_short_form_is_one_person(one: str, other: str, same: bool) -> None:
    """A full name written with its first name's short form ("Jim Reyes") and in full
    ("James Reyes") is one holder; not two first names, nor a short form that stands for
    two names ("Chris")."""
    from crosscheck.match import owners

    assert (owners.same_person(one) == owners.same_person(other)) == same


def test_one_mans_record_under_a_short_first_name_is_one_holders(tmp_path: Path) -> None:
    """One fighter's record written "Jim Okafor (52-3, ...)" in one article and "James
    Okafor (53-3, ...)" in another: _holders joined the two as one person's, but the group's
    holder (_shared_holder) read the two names apart, so the group had no holder and no
    record's concept, and 52 / 53 was told "compatible" in a corroboration."""
    _groups, findings = _story(
        tmp_path, "champion",
        "The champion, Jim Okafor (52-3, 46 KOs), beat Sam Reyes on Saturday night.\n",
        "The champion, James Okafor (53-3, 47 KOs), beat Sam Reyes on Saturday night.\n",
    )  # fmt: skip
    assert "numeric-agreement: 52, 53" in findings
    assert not any(f.startswith("corroborat") and "52" in f for f in findings)


def test_one_mans_figure_under_a_short_first_name_is_compared(tmp_path: Path) -> None:
    """One man written "Jim Reyes" in one article and "James Reyes" in another holds both
    figures: his wives, two against at least three, are one subject that differs; "John
    Reyes" is another man."""
    _groups, findings = _story(
        tmp_path, "short",
        "Jim Reyes, accused of having two wives, is charged with polygamy in the case.\n",
        "Neighbours said that James Reyes has at least three wives in the town.\n",
    )  # fmt: skip
    assert "numeric-agreement: at least three wives, two wives" in findings
    _groups, findings = _story(
        tmp_path, "other",
        "Jim Reyes, accused of having two wives, is charged with polygamy in the case.\n",
        "Neighbours said that John Reyes has at least three wives in the town.\n",
    )  # fmt: skip
    assert not any(f.startswith("numeric-agreement") for f in findings)


def test_one_mans_wives_under_two_first_names_are_compared(ecb_articles: Path) -> None:
    """On real news (two polygamists charged): one article writes "Jim Oler" and "Oler,
    accused of having two wives,", another "James Oler" and "Oler has at least three
    wives". Two full names, so two holders, and the model alone (0.03) kept the figures
    apart; as one man's (a short first name), two against at least three differ."""
    folder = ecb_articles / "36ecb"
    if not folder.is_dir():
        pytest.skip(f"ECB+ event 36ecb not found at {folder}")
    result = run([folder], Settings())
    by_id = {c.id: c for c in result.claims}
    differ = [
        {by_id[i].text for i in f.claims} for f in result.findings
        if f.severity in ("warning", "error")
        and any(by_id[i].text == "at least three wives" for i in f.claims)
    ]  # fmt: skip
    assert differ == [{"two wives", "at least three wives"}]


@pytest.mark.parametrize(
    ("later", "sizes"),
    [
        ("7:41", [4]),  # a second apart: one moment
        ("7:39", [2, 2]),  # three seconds apart: maybe two moments
        ("7:43", [4]),
        ("7:40", [2, 2]),  # two seconds apart: left to the merge test
    ],
)
def test_one_moment_on_a_game_clock_a_second_apart_is_one(later: str, sizes: list[int]) -> None:
    """Two clusters each of one time on a game's clock, 7:42 and 7:41, are one moment two
    articles time a second apart, though their other claims are not alike enough (0.0):
    they merge on a link; clocks further apart stay apart."""
    texts = ["He hit the winning shot with 7:42 left in the first half.",
             "The winning shot came with 7:42 left in the first half, and fans cheered.",
             f"He banked in the shot with {later} left in the first half.",
             f"The shot fell with {later} to go in the half."]  # fmt: skip
    probs = {(0, 1): 0.9, (2, 3): 0.9, (0, 2): 0.6}
    assert _sizes(texts, probs) == sizes


def test_clock_times_a_second_apart_in_two_periods_stay_apart() -> None:
    """A clock time in the third quarter and one a second off in the fourth are two
    moments of a game: the merge test keeps them apart, as for any two figures."""
    texts = ["Smith hit a jumper with 5:01 left in the third quarter.",
             "Smith's jumper came with 5:01 left in the third quarter, and fans cheered.",
             "Jones was fouled with 5:00 left in the fourth quarter.",
             "Jones drew the foul with 5:00 to go in the fourth quarter."]  # fmt: skip
    probs = {(0, 1): 0.9, (2, 3): 0.9, (0, 2): 0.6}
    assert _sizes(texts, probs) == [2, 2]


def test_times_a_second_apart_that_are_no_clock_stay_apart() -> None:
    """Durations in seconds that no game's clock gives (a delay of 462 seconds, of 461)
    are not one moment: the merge test keeps them apart as before."""
    texts = ["The launch was held for 462 seconds on Monday.",
             "Officials said the launch was held for 462 seconds.",
             "The launch was held for 461 seconds in all.",
             "A delay of 461 seconds held the launch."]  # fmt: skip
    probs = {(0, 1): 0.9, (2, 3): 0.9, (0, 2): 0.6}
    assert _sizes(texts, probs) == [2, 2]


def test_a_record_basket_timed_a_second_apart_is_compared(ecb_articles: Path) -> None:
    """On real news (a college player's scoring record): five articles time the record
    basket "with 7:42 left", four "with 7:41 left" or "with 7 minutes 41 seconds to go";
    the two clusters were kept apart as not alike enough (their other claims' pairs near
    0). One moment timed a second apart, they differ."""
    folder = ecb_articles / "31ecb"
    if not folder.is_dir():
        pytest.skip(f"ECB+ event 31ecb not found at {folder}")
    result = run([folder], Settings())
    by_id = {c.id: c for c in result.claims}
    differ = [
        {by_id[i].value for i in f.claims} for f in result.findings
        if f.severity in ("warning", "error") and any(by_id[i].clock for i in f.claims)
    ]  # fmt: skip
    assert differ == [{461, 462}]


@pytest.mark.parametrize(
    ("text", "figure", "holder"),
    [
        ("The quake struck Riverton island, home to 120,000 people, and the port.",
         "120,000 people", "Riverton island"),
        ("The quake was centred near Riverton Island, home to 200,000 people, officials said.",
         "200,000 people", "Riverton Island"),
        ("Riverton, home to about 5,000 families, was flooded.", "about 5,000 families",
         "Riverton"),
        # a population after a phrase of the sentence's subject; a deed's count
        ("Riverton is the largest island in the North Sea, with a population of 120,000.",
         "120,000", None),
        ("The storm hit Riverton, killing 12 people.", "12 people", None),
        # a place inside another: "home to" may be the town's, not the county's
        ("The tornado flattened Delmar, a town in Riverton County, home to 12,000 people.",
         "12,000 people", None),
        # a sentence's opening adverb is no part of the place's name
        ("Today Riverton, home to 1.8 million people, is rebuilding.", "1.8 million people",
         "Riverton"),
    ],
)  # fmt: skip
def test_a_place_home_to_people_holds_them(text: str, figure: str, holder: str | None) -> None:
    """A place in apposition with "home to" holds the count after it ("Riverton island,
    home to 120,000 people"), the place's kind part of its name; not a population after
    a phrase that may be the sentence subject's, nor a deed's count."""
    from crosscheck.match import owners
    from crosscheck.match.pairs import _age_like

    c = _claim_at(text, figure)
    args = (text, *c.span, _age_like(c), c.kind, c.unit)
    assert owners.holder(*args) == holder


def test_an_islands_population_is_compared_across_articles(ecb_articles: Path) -> None:
    """On real news (a quake on an island): three articles write the island "home to
    120,000 people" or "with a population of 120,000", two "home to 200,000 people" or
    "has about 200,000 residents"; the two clusters were kept apart as not alike enough.
    Read as the island's (one holder, no other), they are one subject that differs."""
    folder = ecb_articles / "20ecbplus"
    if not folder.is_dir():
        pytest.skip(f"ECB+ event 20ecbplus not found at {folder}")
    result = run([folder], Settings())
    by_id = {c.id: c for c in result.claims}
    differ = [
        {by_id[i].value for i in f.claims} for f in result.findings
        if f.severity in ("warning", "error") and any(by_id[i].value == 200000 for i in f.claims)
    ]  # fmt: skip
    assert len(differ) == 1
    assert {120000, 200000} <= differ[0]


def test_one_places_population_in_two_articles_is_compared(tmp_path: Path) -> None:
    """Two articles write an island "home to 120,000 people" and "home to 200,000 people":
    one place's population, compared; another place's count is not its."""
    _groups, findings = _story(
        tmp_path, "home",
        "The quake struck Riverton island, home to 120,000 people, and the port of Delmar.\n",
        "Riverton is the largest island in the bay, with a population of 120,000.\n",
        "The quake was centred near Riverton Island, home to 200,000 people, the survey said.\n",
    )  # fmt: skip
    assert "numeric-agreement: 120,000, 120,000 people, 200,000 people" in findings
    _groups, findings = _story(
        tmp_path, "other",
        "The quake struck Riverton island, home to 120,000 people, and the port of Delmar.\n",
        "The quake was centred near Delmar Island, home to 200,000 people, the survey said.\n",
    )  # fmt: skip
    assert not any(f.startswith("numeric-agreement") for f in findings)


def _every_claim_sizes(texts: list[str], probs: dict[tuple[int, int], float]) -> list[int]:
    """The sizes of the groups _cluster makes of every claim of ``texts`` (one article
    each), given the probability of pairs of claims (indexes in the order read; 0.0 for
    the others)."""
    from crosscheck.match.cluster import Block, _cluster, _Figures
    from crosscheck.match.pairs import profiles
    from crosscheck.pipeline import concept_table

    claims, sentences, docs = [], [], []
    for k, text in enumerate(texts):
        doc = Document(f"a{k}.txt", f"a{k}.txt", "text", text, ((0, len(text)),))
        found = segment(doc)
        claims.extend(extract_claims(doc, found))
        sentences.extend(found)
        docs.append(doc)
    concepts = concept_table(Settings())
    members = profiles(claims, sentences, docs, concepts)
    i, j = np.triu_indices(len(claims), 1)
    block = Block(members, concepts, i, j, np.zeros((len(i), len(FEATURES))),
                  _Figures(members).meet(i, j))  # fmt: skip
    pp = np.array([probs.get((a, b), 0.0) for a, b in zip(i.tolist(), j.tolist(), strict=True)])
    return sorted(len(g.claims) for g in _cluster(block, pp))


def test_the_injured_of_two_crashes_with_one_toll_are_not_compared(tmp_path: Path) -> None:
    """Two crashes of one story, each killing 4: the injured beside one toll of the dead
    were one event's for a rule tried on 2026-12-05 (20ecbplus's 70 / 80 injured found), and
    a review's story of a bus crash (12 injured) and a separate lorry crash (20) made an
    error of them; the rule was not kept, and the two counts stay apart."""
    _groups, findings = _story(
        tmp_path, "crashes",
        "A bus crashed on the highway near Nakuru on Monday, killing 4 people and injuring "
        "12, police said.\n",
        "Twelve passengers were hurt in the Monday crash, hospital staff said.\n",
        "In a separate accident on Tuesday, a lorry hit a minibus outside Eldoret, killing 4 "
        "people and injuring 20, police said.\n",
        "Twenty people were wounded in the Eldoret accident on Tuesday, a doctor said.\n",
    )  # fmt: skip
    assert not any("12" in f and "20" in f and not f.startswith("corroborat") for f in findings)


def test_two_incidents_that_every_article_tells_are_each_compared(tmp_path: Path) -> None:
    """Both incidents in every article: each names both places, and each incident's
    figures are compared with its own (12 / 14 dead near one town, 4 / 5 near the
    other), never across."""
    groups, findings = _story(
        tmp_path, "both",
        "A bus plunged into a ravine near Nakuru on Sunday, killing 12 people, police said. "
        "Hours later a train derailed outside Eldoret, killing four passengers, railway "
        "officials said.\n",
        "At least 14 people were killed when a bus fell into a gorge near Nakuru on Sunday, "
        "officials said. In a separate accident, a passenger train derailed near Eldoret, "
        "killing five people.\n",
    )  # fmt: skip
    assert {"12 people", "At least 14 people"} in groups
    assert {"four passengers", "five people"} in groups
    assert "numeric-agreement: 12 people, At least 14 people" in findings
    assert "numeric-agreement: five people, four passengers" in findings


def test_one_figure_said_of_two_places_is_still_one_subject(tmp_path: Path) -> None:
    """One event's articles name its place in many ways ("in Brownsville", "in
    Brooklyn"), neither naming the other's: figures that agree join (a rule that kept
    figures of two such places apart was tried and not kept, docs/evaluation.md)."""
    groups, findings = _story(
        tmp_path, "places",
        "A gunman killed three people in Brownsville on Sunday, police said.\n",
        "A gunman killed three people in Brooklyn on Sunday, police said.\n",
    )  # fmt: skip
    assert groups == [{"three people"}]
    assert findings == ["corroboration: three people, three people"]


_CONVICTED = "Officials said five members were convicted in the trials.\n"


@pytest.mark.parametrize(
    ("first", "third", "probs", "sizes"),
    [
        ("Five members have been convicted and received sentences ranging from seven to 75 years.",
         "Seven of the men have been convicted and received sentences ranging from 7 to 75 years.",
         {(0, 2): 0.9, (0, 3): 0.6, (1, 4): 0.9}, [2, 3]),
        # another spread: maybe another set
        ("Five members have been convicted and received sentences ranging from seven to 75 years.",
         "Seven of the men have been convicted and received sentences ranging from 6 to 75 years.",
         {(0, 2): 0.9, (0, 3): 0.6, (1, 4): 0.9}, [2, 2]),
        # a range before the count: a period, which two sets may share
        ("In the past three to five years, five members have been convicted in the trials.",
         "In the past three to five years, seven of the men have been convicted in the trials.",
         {(1, 2): 0.9, (1, 4): 0.6, (0, 3): 0.9}, [2, 2]),
        # ages and measures two groups of one story share: no spread of one set
        ("Five members, aged from 18 to 22, have been convicted in the trials.",
         "Seven of the men, aged from 18 to 22, have been convicted in the trials.",
         {(0, 2): 0.9, (0, 3): 0.6, (1, 4): 0.9}, [2, 2]),
        ("Five members have been convicted as temperatures ranged from 38 to 42 degrees.",
         "Seven of the men have been convicted as temperatures ranged from 38 to 42 degrees.",
         {(0, 2): 0.9, (0, 3): 0.6, (1, 4): 0.9}, [2, 2]),
    ],
)  # fmt: skip
def test_counts_beside_one_spread_of_their_members_are_one_set(
    first: str, third: str, probs: dict[tuple[int, int], float], sizes: list[int]
) -> None:
    """Two clusters of a count of people, five in two articles and seven in a third, whose
    other pairs are not alike enough (0.0), merge on a link when each sentence gives after
    its count one and the same range of what the members have ("sentences ranging from
    seven to 75 years", "from 7 to 75 years"): one set's spread. Another spread, or a
    range before the count (a period), keeps them apart."""
    assert _every_claim_sizes([first, _CONVICTED, third], probs) == sizes


def test_the_convicted_men_beside_one_spread_of_sentences_are_compared(
    ecb_articles: Path,
) -> None:
    """On real news (a sect's leader tried): "five FLDS members have been convicted of
    felonies and received sentences ranging from seven to 75 years" and "Seven of the men
    have been convicted and have received sentences ranging from 7 to 75 years"; the five
    alone was kept apart from the sevens as not alike enough (0.61). One spread of their
    sentences, they are one set, and differ."""
    folder = ecb_articles / "36ecbplus"
    if not folder.is_dir():
        pytest.skip(f"ECB+ event 36ecbplus not found at {folder}")
    result = run([folder], Settings())
    by_id = {c.id: c for c in result.claims}
    differ = [
        {by_id[i].value for i in f.claims} for f in result.findings
        if f.severity in ("warning", "error")
        and any(by_id[i].text == "five FLDS members" for i in f.claims)
    ]  # fmt: skip
    assert differ == [{5, 7}]


_TURNOUT = {
    "a.txt": "Turnout high as voters pick new parliament\n\nThe country held its parliamentary "
    "election on Sunday. Turnout reached 62 percent of registered voters, the election "
    "commission said on Monday. The ruling party won 48 percent of the vote, according to "
    "preliminary results.\n",
    "b.txt": "Ruling party leads after parliamentary vote\n\nVoters in the country went to the "
    "polls on Sunday. Turnout was 58 percent of the electorate, the election commission "
    "said. The ruling party took 48 percent of ballots cast, preliminary results showed.\n",
}
_MAYOR = {
    "a.txt": "Incumbent wins second term in mayoral race\n\nThe mayor won 52 percent of the "
    "vote, according to unofficial results. Turnout was 38 percent of the city's 410,000 "
    "registered voters, officials said.\n",
    "b.txt": "Mayor re-elected as challenger concedes\n\nThe mayor took 52 percent of ballots "
    "cast, unofficial county results showed, while the challenger won 45 percent of the "
    "vote. Turnout was 36 percent of registered voters, the county elections office said.\n",
}


@pytest.mark.parametrize("articles", [_TURNOUT, _MAYOR], ids=["turnout", "mayor"])
def test_shares_of_one_whole_worded_otherwise_are_compared(
    tmp_path: Path, articles: dict[str, str]
) -> None:
    """Two outlets word a share's whole otherwise ("of registered voters", "of the
    electorate"; "of the vote", "of ballots cast"): one subject, so the turnouts that
    differ are flagged, and the mayor's 52 is never compared with the challenger's 45. A
    merge test that kept apart shares whose wholes share no word (tried on the 2026-12-05
    night, docs/evaluation.md) lost the first and made the second."""
    for name, text in articles.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    result = run([tmp_path], Settings())
    by_id = {c.id: c for c in result.claims}
    differ = [
        {by_id[i].value for i in f.claims} for f in result.findings
        if f.severity in ("warning", "error")
    ]  # fmt: skip
    turnout = {62, 58} if articles is _TURNOUT else {38, 36}
    assert turnout in differ, differ
    assert not any({52, 45} <= d for d in differ), differ


def _toll_run(tmp_path: Path, *sentences: str) -> Any:
    """The run of a story told by one-sentence articles, one a day apart at most."""
    folder = tmp_path / "toll"
    folder.mkdir()
    for k, text in enumerate(sentences):
        (folder / f"a{k}.txt").write_text(f"{text}\n", encoding="utf-8")
    return run([folder], Settings())


def _toll_findings(tmp_path: Path, *sentences: str) -> list[tuple[str, str, str | None]]:
    """The findings (rule, severity, the group's concept) of such a story (_toll_run)."""
    result = _toll_run(tmp_path, *sentences)
    groups = {g.id: g for g in result.groups}
    return [(f.rule, f.severity, groups[f.group].concept) for f in result.findings
            if f.kind == "numeric-agreement"]  # fmt: skip


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("The death toll from the earthquake in the east rose to 1,500 on Tuesday, the "
         "disaster agency said.",
         "The death toll from the earthquake in the east rose to 2,300 on Tuesday, the "
         "disaster agency said."),
        ("The storm left a death toll of 12 in the coastal towns, officials said on Monday.",
         "The storm left a death toll of 15 in the coastal towns, officials said on Monday."),
        ("The death toll was 40 on Monday, the health ministry said.",
         "The death toll was 46 on Monday, the health ministry said."),
        # a year in what it is of, an adverb before the verb, a day after it (a re-read)
        ("The death toll from the 2023 earthquake rose to 1,500 on Tuesday, officials said.",
         "The death toll from the 2023 earthquake rose to 2,300 on Tuesday, officials said."),
        ("The death toll now stands at 40, the health ministry said on Monday.",
         "The death toll now stands at 46, the health ministry said on Monday."),
        ("The death toll rose on Tuesday to 40, the health ministry said.",
         "The death toll rose on Tuesday to 46, the health ministry said."),
    ],
)  # fmt: skip
def test_a_death_tolls_levels_are_compared_as_the_dead(
    tmp_path: Path, first: str, second: str
) -> None:
    """'The death toll rose to 1,500' has no noun after its figure (kind "other"), so two
    articles' tolls made a group no rule judged, and a user saw no finding for 1,500 dead
    against 2,300: a death toll's level (before a verb of rising or being, or "a death
    toll of") counts the dead, and the casualty rule judges it."""
    found = _toll_findings(tmp_path, first, second)
    assert [(rule, concept) for rule, _sev, concept in found] == [
        ("casualty-count-disagreement", "dead")
    ]
    assert found[0][1] in ("warning", "error")


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # levels of what is no count of people
        ("The Nikkei index rose to 38,120 on Friday, traders said.",
         "The Nikkei index rose to 40,100 on Friday, traders said."),
        ("Shares of the company rose to 1,500 on Friday, traders said.",
         "Shares of the company rose to 1,800 on Friday, traders said."),
        # a person's figure after "was" is no toll ("The victim was 24": an age)
        ("The victim was 24, police said on Monday.",
         "The victim was 26, police said on Monday."),
        # a toll that is no death toll: a road's, a bridge's; an injury or casualty toll
        ("Tolls on the bridge rose to 5 on Monday, the authority said.",
         "Tolls on the bridge rose to 6 on Monday, the authority said."),
        ("The toll on the bridge was 5 on Monday, the authority said.",
         "The toll on the bridge was 6 on Monday, the authority said."),
        ("Drivers paid a toll of 12 on the new highway on Monday.",
         "Drivers paid a toll of 15 on the new highway on Monday."),
        ("The injury toll from the crash rose to 300 on Monday, officials said.",
         "The injury toll from the crash rose to 340 on Monday, officials said."),
        # a forecast is no level
        ("The death toll is expected to rise to 40, officials said on Monday.",
         "The death toll is expected to rise to 46, officials said on Monday."),
        # a plural before the verb is as often no count of people
        ("Compensation claims from victims of the scandal rose to 1,200 on Monday.",
         "Compensation claims from victims of the scandal rose to 1,450 on Monday."),
        ("Job losses at the carmaker rose to 1,200 on Monday, the union said.",
         "Job losses at the carmaker rose to 1,500 on Monday, the union said."),
    ],
)  # fmt: skip
def test_a_level_of_no_count_of_people_is_no_toll(tmp_path: Path, first: str, second: str) -> None:
    """A level that is no death toll (an index, shares, a road's or a bridge's toll, an
    injury toll, claims or losses) or a person's figure after 'was' is not read as the
    dead: no casualty rule judges it. Each figure is read (a claim of its article), so
    the test fails when the figures are lost, not only when they are taken for a toll."""
    result = _toll_run(tmp_path, first, second)
    said = [re.search(r"\d[\d,]*", text) for text in (first, second)]
    values = {float(m.group().replace(",", "")) for m in said if m}
    assert values <= {c.value for c in result.claims}, [c.text for c in result.claims]
    concepts = {g.id: g.concept for g in result.groups}
    assert not any(
        concepts[f.group] in ("dead", "people") or f.rule == "casualty-count-disagreement"
        for f in result.findings if f.kind == "numeric-agreement"
    )  # fmt: skip


@pytest.mark.parametrize(
    ("text", "figure", "holder"),
    [
        # whom a fine or a payment is given to, after its verb or as the passive's subject
        ("EU regulators fined Google 2.4 billion euros on Tuesday.", "2.4 billion", "Google"),
        ("The court awarded Maria Reyes $2 million in damages.", "$2 million", "Maria Reyes"),
        ("Google was fined 2.4 billion euros by EU regulators.", "2.4 billion", "Google"),
        ("Acme Corp has been ordered to pay $5 million.", "$5 million", "Acme Corp"),
        # an index or a firm after "the" whose change the figure is
        ("The Nasdaq rose 2.1% on Friday.", "2.1%", "Nasdaq"),
        ("Stocks were mixed. The S&P 500 index ended up 1.2% after a late rally.", "1.2%",
         "S&P 500"),
        # the verbs of an election's winners
        ("Musa Bello took 41% of the vote, the commission said.", "41%", "Musa Bello"),
        ("The Liberals captured 169 seats in the House of Commons.", "169 seats",
         "Liberals"),
        ("Johnson & Johnson paid $2.1 billion to settle the claims.", "$2.1 billion",
         "Johnson & Johnson"),
        # a debt or a bill is the debtor's, not the creditor's
        ("The retailer owes JPMorgan $5 million.", "$5 million", None),
        # a re-read: a payment between two names is read the one way, its payer's ("Acme
        # Corp paid $4.7 billion to Northwind"); a passive's subject opens its sentence
        ("Acme Corp paid Northwind Traders $4.5 billion.", "$4.5 billion", None),
        ("The man who sued Google was awarded $5 million.", "$5 million", None),
        ("Mark Hill and Dean Cole were fined $5,000.", "$5,000", None),
        # who told the figure is no owner; nor a common noun after "the"
        ("The minister told Reuters that 20 people had died.", "20 people", None),
        ("The company paid 5 million euros in fines.", "5 million", None),
        ("Shares of Northwind fell 4% on Thursday.", "4%", None),
        ("The Fed raised rates by 0.25% on Wednesday.", "0.25%", None),
        # what a firm did by the count, said by itself too ("said it carried")
        ("American Airlines carried 19.2 million passengers in July.", "19.2 million",
         "American Airlines"),
        ("Southwest Airlines canceled 1,200 flights on Monday.", "1,200 flights",
         "Southwest Airlines"),
        ("United Airlines said on Thursday it carried 16.5 million passengers.",
         "16.5 million", "United Airlines"),
        ("Toyota said that it had sold 10.5 million cars last year.", "10.5 million",
         "Toyota"),
        # not a person's "it" (another thing's), nor what a body says it counted (a count
        # other sources give too), nor a common noun
        ("John Reyes said it had sold 300 rooms.", "300 rooms", None),
        ("The Health Ministry said it had recorded 412 cases.", "412 cases", None),
        ("The company said it carried 16.5 million passengers.", "16.5 million", None),
        ("United Airlines said in a statement it carried 16.5 million passengers.",
         "16.5 million", "United Airlines"),
        ("Delta Air Lines said late on Thursday it carried 18 million passengers.",
         "18 million", "Delta Air Lines"),
        ("Bloomberg reported it delivered 384,000 vehicles.", "384,000 vehicles", None),
        # (review) one of two subjects, or the end of a longer name, holds nothing
        ("United Airlines and American Airlines canceled 2,000 flights on Monday.",
         "2,000 flights", None),
        ("The Port Authority of New York and New Jersey handled 3.8 million passengers.",
         "3.8 million", None),
        ("Bank of America said it paid 300 staff.", "300 staff", None),
        ("LeBron James of the Lakers scored 31 points.", "31 points", None),
        ("Both Smith and Jones scored 20 points.", "20 points", None),
        # (second review) a clause joined on, an object before "and": the subject's own
        ("Stephen Curry scored 30 points on Sunday and Klay Thompson scored 25 points.",
         "25 points", "Klay Thompson"),
        ("Arsenal beat Chelsea and Bukayo Saka scored two goals.", "two goals",
         "Bukayo Saka"),
        ("Southwest Airlines canceled 1,200 flights on Monday and American Airlines "
         "canceled 640 flights.", "640 flights", "American Airlines"),
        ("In the second half, Mark Reyes scored 20 points.", "20 points", "Mark Reyes"),
    ],
)  # fmt: skip
def test_who_is_given_a_sum_or_moves_by_a_figure_holds_it(
    text: str, figure: str, holder: str | None
) -> None:
    """A figure a verb of giving or paying gives to a name ("fined Google 2.4 billion
    euros", "Google was fined ..."), an index's move ("The Nasdaq rose 2.1%") and a
    candidate's or party's share ("Musa Bello took 41%") are that name's."""
    from crosscheck.match import owners
    from crosscheck.match.pairs import _age_like

    c = _claim_at(text, figure)
    args = (text, *c.span, _age_like(c), c.kind, c.unit)
    assert owners.holder(*args) == holder


def _flagged(tmp_path: Path, a: str, b: str) -> list[set[float]]:
    """The values of each warning or error on two one-paragraph articles."""
    result = run([write_story(tmp_path, a, b)], Settings())
    by_id = {c.id: c for c in result.claims}
    return [{by_id[i].value for i in f.claims} for f in result.findings
            if f.severity in ("warning", "error")]  # fmt: skip


@pytest.mark.parametrize(
    ("a", "b", "flagged"),
    [
        # two candidates' shares: never compared
        ("LAGOS (Reuters) - Ada Okafor won 52% of the vote, the electoral commission said "
         "on Monday.\n",
         "LAGOS (AFP) - Musa Bello took 41% of the vote, the electoral commission said on "
         "Monday.\n", []),
        # one subject named in one word by one article: still compared (a word alone is
        # no owner: "Duke" is "the Blue Devils", "GM" is "General Motors")
        ("DURHAM (AP) - Duke had 18 turnovers in Saturday's loss.\n",
         "DURHAM (Reuters) - The Blue Devils had 12 turnovers in Saturday's loss.\n",
         [{18, 12}]),
        ("DETROIT (Reuters) - GM sold 2.6 million vehicles in the United States last "
         "year.\n",
         "DETROIT (AP) - General Motors sold 2.9 million vehicles in the United States "
         "last year.\n", [{2.6e6, 2.9e6}]),
        # two airlines' counts: their names share only the kind's word ("Airlines")
        ("CHICAGO (Reuters) - United Airlines said on Thursday it carried 16.5 million "
         "passengers in July.\n",
         "CHICAGO (Bloomberg) - American Airlines carried 19.2 million passengers in "
         "July.\n", []),
        ("DALLAS (Reuters) - Southwest Airlines canceled 1,200 flights on Monday as a "
         "storm swept across Texas.\n",
         "DALLAS (AP) - American Airlines canceled 1,180 flights Monday because of the "
         "storm, FlightAware said.\n", []),
        # one airline's count in two articles: compared
        ("DALLAS (Reuters) - American Airlines canceled 640 flights on Monday as a storm "
         "swept across Texas.\n",
         "DALLAS (AP) - American Airlines canceled 1,180 flights Monday because of the "
         "storm, FlightAware said.\n", [{640, 1180}]),
        # (review) one body, its name with a place before it in one article: compared
        ("GAZA (Reuters) - The Health Ministry has recorded 40,000 deaths since "
         "October.\n",
         "GAZA (AP) - The Gaza Health Ministry has recorded 41,000 deaths since "
         "October.\n", [{40000, 41000}]),
        # two subjects in one order and the other: compared (neither's alone)
        ("DALLAS (Reuters) - United Airlines and American Airlines canceled 2,000 flights "
         "on Monday.\n",
         "DALLAS (AP) - American Airlines and United Airlines canceled 2,400 flights on "
         "Monday.\n", [{2000, 2400}]),
        # one airline, its name shortened to its initials in one article: compared
        ("DALLAS (Reuters) - American Airlines canceled 640 flights on Monday.\n",
         "DALLAS (AP) - AA canceled 1,180 flights on Monday.\n", [{640, 1180}]),
        # (re-read) two models' counts: their digits keep them apart
        ("SEATTLE (Reuters) - Boeing delivered 20 767 Freighters last year.\n",
         "SEATTLE (AP) - Boeing delivered 12 777 Freighters last year.\n", []),
        # an abbreviation that is the other airline's initials only: apart
        ("DALLAS (Reuters) - AA Airlines canceled 640 flights on Monday.\n",
         "DALLAS (AP) - United Airlines canceled 1,180 flights on Monday.\n", []),
    ],
    ids=["candidates", "team-nickname", "company-short-form", "airlines-said-it",
         "airlines", "one-airline", "one-ministry", "two-airlines-each-order",
         "initials", "two-models", "initials-of-neither"],
)  # fmt: skip
def test_figures_the_words_give_to_other_names_are_not_compared(
    tmp_path: Path, a: str, b: str, flagged: list[set[float]]
) -> None:
    """A full name the words tie to a figure (the subject of "won", "took", "captured";
    whom "fined" fines) keeps it apart from another full name's figure; a name of one
    word keeps nothing apart, since one subject is named in one word as often as not."""
    assert _flagged(tmp_path, a, b) == flagged


def test_an_age_of_one_word_is_no_owner_apart_from_a_name(tmp_path: Path) -> None:
    """For an age, a word alone is no owner ("the 41-year-old American" is Bowe, whom the
    other article names; "Baker, 16" and "Baker, 42" are two of one family): the ages
    are corroborated, not kept apart."""
    for name, text in (
        ("a.txt", "It was just the third fight in a decade for the 41-year-old American "
         "and his first in three years.\n"),
        ("b.txt", "The 41-year-old Bowe was fighting for the first time since 2005.\n"),
    ):  # fmt: skip
        (tmp_path / name).write_text(text, encoding="utf-8")
    result = run([tmp_path], Settings())
    agree = [f for f in result.findings if f.severity == "info"]
    assert any(len(f.claims) == 2 for f in agree), [f.message for f in result.findings]


@pytest.mark.parametrize(
    ("words", "either"),
    [
        ("were killed or displaced", True),
        ("fled or were injured", False),  # (an auxiliary between: as before)
        ("dead or evacuated", True),
        # the casualties the extractor reads count by count: "39 soldiers were killed and
        # wounded dozens more" keeps the 39's outcome (the dead)
        ("were killed and wounded dozens more", False),
        ("killed or wounded", False),
    ],
)
def test_two_outcomes_at_once_are_a_flight_beside_a_harm(words: str, either: bool) -> None:
    """A count beside a harm and a flight has no outcome of its own (either may be the
    verb read); killed or wounded is no longer such a pair: the extractor reads it
    (lexicon.CASUALTY_PREDICATE), and the cluster no longer overrules its reading."""
    from crosscheck.match.cluster import _EITHER_HARM

    assert bool(_EITHER_HARM.search(words)) is either


@pytest.mark.parametrize(
    ("a", "b", "joined"),
    [
        # the dead of one and the injured of the other, equal: not one figure
        ("DHAKA (Reuters) - At least 40 people were killed and 200 injured when a ferry "
         "capsized on Sunday, police said.\n",
         "DHAKA (AP) - A ferry capsized on Sunday, killing 200 people and injuring 40, "
         "police said.\n", [{40.0, 200.0}]),
        # one outcome in two verbs, or a verb and a noun: one subject
        ("A gunman opened fire at a mall on Sunday, killing 12 people, police said.\n",
         "Twelve people died when a gunman opened fire at a mall on Sunday, police said.\n",
         [{12.0}]),
        ("A gunman opened fire at a mall on Sunday, wounding 12 shoppers, police said.\n",
         "Twelve people were injured when a gunman opened fire at a mall on Sunday, police "
         "said.\n", [{12.0}]),
        # "killed or wounded": either verb may be the one read, so no outcome of its own
        ("The defence ministry said its forces had killed or wounded 500 soldiers near "
         "Riverton on Tuesday.\n",
         "The defence ministry said on Tuesday that 650 soldiers were killed or wounded "
         "near Riverton.\n", [{500.0, 650.0}]),
        # a re-read: the noun of a count whose verb says nothing ("shot dead") is no
        # outcome unless a verb narrows to its concept ("suspects" is no arrest)
        ("Police said three suspects were shot dead in the raid on Monday.\n",
         "Police said four suspects were killed in the raid on Monday.\n", [{3.0, 4.0}]),
        # the displaced are never the dead
        ("About 5,000 people were displaced by the floods on Monday, officials said.\n",
         "About 5,000 people were killed by the floods on Monday, officials said.\n", []),
    ],
    ids=["killed-injured-swapped", "killed-died", "wounded-injured", "killed-or-wounded",
         "shot-dead-killed", "displaced-killed"],
)  # fmt: skip
def test_counts_of_what_happened_to_them_join_by_the_verb(
    tmp_path: Path, a: str, b: str, joined: list[set[float]]
) -> None:
    """What happened to those counted is read from the count's verb first ("killing 200
    people": the dead, whatever the noun), else from its noun ("200 injured"): counts of
    the dead and of the injured are never one subject, so 40 killed is not corroborated by
    40 injured; killed and died, wounded and injured stay one."""
    for name, text in (("a.txt", a), ("b.txt", b)):
        (tmp_path / name).write_text(text, encoding="utf-8")
    result = run([tmp_path], Settings())
    by_id = {c.id: c for c in result.claims}
    groups = [{by_id[i].value for i in g.claims} for g in result.groups
              if len(g.documents) > 1]  # fmt: skip
    assert groups == joined, [g.label for g in result.groups]


@pytest.mark.parametrize(
    ("a", "b", "flagged"),
    [
        ("NEW YORK (AP) - The Yankees beat Boston 6-2 on Tuesday before 41,200 fans.\n",
         "NEW YORK (Reuters) - The Yankees defeated Boston 6-2 on Tuesday in front of "
         "46,200 spectators.\n", [{41200.0, 46200.0}]),
        ("MANCHESTER (Reuters) - United beat Chelsea at Old Trafford on Saturday in front "
         "of 73,500 fans.\n",
         "MANCHESTER (AP) - United defeated Chelsea on Saturday before a crowd of 73,500 "
         "at Old Trafford.\n", []),
        ("About 3,000 people attended the party's rally on Saturday. Its page has 50,000 "
         "fans on Facebook.\n",
         "Some 3,000 people came to the party's rally on Saturday. The party has 48,000 "
         "members, it said.\n", []),
    ],
    ids=["fans-spectators", "fans-crowd", "fans-members"],
)  # fmt: skip
def test_fans_spectators_and_a_crowd_are_one_count(
    tmp_path: Path, a: str, b: str, flagged: list[set[float]]
) -> None:
    """Who watched a game in person is counted as fans or spectators (concepts.yml:
    fan): one subject, so 41,200 fans and 46,200 spectators are flagged, and a crowd of
    73,500 agrees with 73,500 fans; a party's fans online are no count of its members."""
    for name, text in (("a.txt", a), ("b.txt", b)):
        (tmp_path / name).write_text(text, encoding="utf-8")
    result = run([tmp_path], Settings())
    by_id = {c.id: c for c in result.claims}
    found = [(f.severity, {by_id[i].value for i in f.claims}) for f in result.findings
             if f.rule != "source-disagreement"]  # fmt: skip
    assert [v for sev, v in found if sev in ("warning", "error")] == flagged
    assert any(v & {73500.0, 46200.0, 3000.0} for _sev, v in found), found


@pytest.mark.parametrize(
    ("text", "figure", "holder"),
    [
        ("A judge on Friday sentenced Mark Hill to 12 years in prison.", "12 years",
         "Mark Hill"),
        ("A London court sentenced former banker John Carter to eight years for fraud.",
         "eight years", "John Carter"),
        ("His accomplice, Dean Cole, was sentenced on Friday to 7 years in prison.",
         "7 years", "Dean Cole"),
        ("Dean Cole, 34, was jailed for seven years.", "seven years", "Dean Cole"),
        ("A judge sentenced Mark Hill to a 12-year prison term.", "12-year", "Mark Hill"),
        # no name, or a word alone that the article writes no full name for
        ("The court sentenced the gunman to 40 years.", "40 years", None),
        ("Hill was sentenced on Friday to 12 years.", "12 years", None),
        # a name inside another phrase, several people, an earlier term: none
        ("Mark Hill, from West Yorkshire, was jailed on Friday for 12 years.", "12 years",
         None),
        ("The man who killed Mark Hill was sentenced on Friday to 20 years.", "20 years",
         None),
        ("The accomplice of Mark Hill was sentenced on Friday to 7 years.", "7 years",
         None),
        ("Mark Hill and Dean Cole were sentenced on Friday to 12 years each.", "12 years",
         None),
        ("The judge sentenced him and co-defendant Dean Cole to 12 years each.",
         "12 years", None),
        ("Mark Hill was jailed in 2015 for three years for burglary.", "three years",
         None),
    ],
)  # fmt: skip
def test_a_prison_term_is_the_sentenced_persons(text: str, figure: str, holder: str | None) -> None:
    """A term a court hands down is the sentenced person's: the object of "sentenced" or
    "jailed", or the subject of "was sentenced", not the court's."""
    from crosscheck.match import owners
    from crosscheck.match.pairs import _age_like

    c = _claim_at(text, figure)
    args = (text, *c.span, _age_like(c), c.kind, c.unit)
    assert owners.holder(*args) == holder


@pytest.mark.parametrize(
    ("a", "b", "flagged"),
    [
        # two defendants' terms: never compared
        ("LONDON (Reuters) - A judge on Friday sentenced Mark Hill to 12 years in prison "
         "for the robbery.\n",
         "LONDON (BBC) - His accomplice, Dean Cole, was sentenced on Friday to 7 years in "
         "prison for the robbery.\n", []),
        # one defendant's term, written two ways: compared
        ("LONDON (Reuters) - A London court on Friday sentenced former banker John Carter "
         "to eight years in prison for fraud.\n",
         "LONDON (BBC) - John Carter was sentenced on Friday to six years in prison for "
         "fraud.\n", [{8.0, 6.0}]),
    ],
    ids=["two-defendants", "one-defendant"],
)  # fmt: skip
def test_terms_of_two_defendants_are_not_compared(
    tmp_path: Path, a: str, b: str, flagged: list[set[float]]
) -> None:
    """Two people sentenced for one crime get their own terms (a false warning when the
    terms were read as one subject); one person's term two outlets give differently is
    still flagged."""
    assert _flagged(tmp_path, a, b) == flagged


def test_names_that_share_only_a_kinds_word_are_two_owners() -> None:
    """Owners whose names share no word are two (match.cluster); a firm's kind
    ("Airlines", "Air", "Party") is no word of its own: "United Airlines" and "American
    Airlines" are two, "Acme Corp" and "Acme Corporation" one, a name all of whose words
    another has is that one ("Federal Reserve", "the U.S. Federal Reserve"), words are
    compared without case or dots, and a public body's kind ("Ministry", "Police") is a
    word like any other (one body may be named by its place or its people)."""
    from crosscheck.match.owners import owners_apart

    def apart(a: str, b: str) -> bool:
        return owners_apart(frozenset(a.split()), frozenset(b.split()))

    assert apart("United Airlines", "American Airlines")
    assert apart("Air Canada", "Air France")
    assert apart("Labour Party", "Conservative Party")
    assert apart("Riverton island", "Delmar Island")
    assert not apart("Acme Corp", "Acme Corporation")
    assert not apart("Health Ministry", "Gaza Health Ministry")
    assert not apart("Gaza Health Ministry", "Palestinian Health Ministry")
    assert not apart("Federal Reserve", "U.S. Federal Reserve")
    assert not apart("U.S. Federal Reserve", "US Federal Reserve")
    assert not apart("European Commission", "EU Commission")  # (a public body's kind)
    # a name in capitals that shortens the other's words (entities.abbreviates)
    # (re-read) letters in order in one word are no initials: "UK" is no "Ukraine", "AP" no
    # "Apple"; "VW" for "Volkswagen" is an alias file's to say
    assert apart("UK", "Ukraine") and apart("AP", "Apple")
    assert apart("VW Group", "Volkswagen Group")
    assert not apart("AA", "American Airlines")
    assert not apart("U.S. Steel", "United States Steel")
    assert apart("AA", "United Airlines")
    assert apart("BMW Group", "VW Group")
    assert apart("vw Group", "Volkswagen Group")  # (not written in capitals)
    # (review) a name of two words of its own is no abbreviation, nor a firm's suffix
    assert apart("LA Galaxy", "Los Angeles FC")
    assert apart("AC Milan", "Atletico Madrid")
    assert apart("Renault SA", "Stellantis NV")
    assert apart("T.J. Watt", "Tyler Johnson")


def test_a_firm_that_says_what_it_did_is_its_figures_holder_though_its_source() -> None:
    """Who gave a figure is no holder ("Acme Corp sold 300 cars, Acme Corp said"), but
    for what a firm says it did itself ("Acme Corp said it sold 300 cars")."""
    from crosscheck.match.pairs import _holder

    for text, held in (("Acme Corp sold 300 cars last year, Acme Corp said.", None),
                       ("Acme Corp said it sold 300 cars last year.", "Acme Corp")):  # fmt: skip
        c = _claim_at(text, "300 cars")
        found = _holder(c, text, *c.span, "Acme Corp")  # (the source attribution reads)
        assert (found[0] if found else None) == held, text


@pytest.mark.parametrize(
    ("sentence", "figure", "event"),
    [
        ("In 2019, a similar flood on the river killed 31 people.", "31 people",
         ("similar flood", 2019)),
        ("In 2019 a similar flood on the river killed 31 people.", "31 people",
         ("similar flood", 2019)),
        ("The 2019 floods, the last comparable disaster, left 31 dead.", "31 dead",
         ("last comparable disaster", 2019)),
        ("A previous outbreak in 2023 infected 2,100 people and killed 38.", "38",
         ("previous outbreak", 2023)),
        ("During an earlier outbreak in 2023, 38 people died.", "38", ("earlier outbreak", 2023)),
        ("Officials said a similar quake in 2011 killed 185 people.", "185",
         ("similar quake", 2011)),
        ("Officials said 12 died, compared with 31 in a similar flood in 2019.", "31",
         ("similar flood", 2019)),
        ("The earlier explosions in 2020 killed 12 people.", "12", ("earlier explosions", 2020)),
        ("An earlier trial in 2019 with 19,000 participants found no benefit.", "19,000",
         ("earlier trial", 2019)),
        ("A similar deadly flood in 2019 killed 31.", "31", ("similar deadly flood", 2019)),
        # (eleventh hunt) an event of the story's kind named with "a", in an earlier
        # year that opens the clause
        ("In 2017 a stampede at a football ground in the same region killed 7 people.",
         "7 people", ("stampede", 2017)),
        ("In 2019, an avalanche in the same valley killed 4 people.", "4 people",
         ("avalanche", 2019)),
        ("In 2026 a stampede at the ground killed 7 people.", "7 people", None),
        ("In 2017 the stampede at the ground killed 7 people.", "7 people", None),
        ("In 2017 a report found 7 people were hurt.", "7 people", None),
        # (review) an event that lasts or goes on is the story's own; an event noun of
        # another noun's
        ("In 2022, a war broke out in the region that has since killed 10,000 civilians.",
         "10,000 civilians", None),
        ("In 2025, an oil spill off the coast that is still being cleaned up leaked 3,000 "
         "tonnes of crude.", "3,000 tonnes", None),
        ("In 2019 a fire that still smoulders destroyed 40 homes.", "40 homes", None),
        ("In 2019 a fire report found 7 people were hurt.", "7 people", None),
        ("In 2019 a crush of 2,000 fans blocked the gate.", "2,000 fans", None),
        # (second review) what the clause says after the figure is no going on; events
        # of a moment besides natural ones; "of" a thing
        ("In 2019 a quake killed 31 people, the deadliest since 1990.", "31 people",
         ("quake", 2019)),
        ("In 2019 a quake killed 31 people and remains the deadliest.", "31 people",
         ("quake", 2019)),
        ("In 2018 a mine disaster killed 31 miners.", "31 miners", ("mine disaster", 2018)),
        ("In 2020 an explosion of ammonium nitrate killed 200 people.", "200 people",
         ("explosion", 2020)),
        # (sixteenth hunt) the year before the event's noun, any event's: "A 2019 leak
        # ... saw 11 people charged" corroborated this story's 11 arrested; not this
        # year's, a noun of no event, nor another noun's
        ("A 2019 leak of the biology paper saw 11 people charged.", "11 people",
         ("leak", 2019)),
        ("A 2021 blast at the plant killed 30 people.", "30 people", ("blast", 2021)),
        ("A 2026 blast at the plant killed 30 people.", "30 people", None),
        ("A 2019 study of 19,000 people found no link.", "19,000 people", None),
        ("A 2019 fire report found 7 people were hurt.", "7 people", None),
        # (its review) not an event that lasts, one that goes on, nor a count of a unit
        ("A 2025 strike by junior doctors has left 12,000 operations cancelled.",
         "12,000 operations", None),
        ("A 2024 outbreak of cholera has now infected 3,000 people.", "3,000 people", None),
        ("A 2021 blast that has since been blamed on gas killed 30 people.", "30 people",
         None),
        ("A 2000 barrel spill from the pipeline has fouled 30 km of coastline.", "30 km",
         None),
        # no other year: a second event of the story's own days
        ("A similar attack at a mosque an hour later killed 9 people, police said.", "9", None),
        ("Police said the earlier shooting left two officers wounded.", "two officers", None),
        ("The last flood in 2026 killed 31 people.", "31", None),
        ("The earlier attack, on December 31, 2025, killed 12 people.", "12", None),
        ("In December 2025, a similar attack killed 12 people.", "12", None),
        # a year of another phrase of the clause is no year of the event
        ("The floods killed 41 people, the deadliest since the 1998 floods.", "41", None),
        ("The outbreak has infected 2,100 people, up from 1,200 cited in a 2025 report.",
         "2,100", None),
        # "earlier" an adverb
        ("Police said earlier the attack killed 12 people, more than the 2014 bombing.", "12",
         None),
        # the other event as a comparison, a reference or another noun's: none
        ("Unlike a similar flood in 2019, this one killed 31 people.", "31", None),
        ("The flood on Saturday, a similar disaster to the one in 2019, killed 31 people.", "31",
         None),
        ("The flood killed 31 people, the deadliest since a similar flood in 2019.", "31", None),
        ("He was convicted of attempted murder involving the earlier shooting in 2024 and two "
         "counts of possession of a firearm.", "two counts", None),
    ],
)  # fmt: skip
def test_a_figure_of_another_event_its_clause_names(
    sentence: str, figure: str, event: tuple[str, int] | None
) -> None:
    from crosscheck.extract import scope

    start = sentence.index(figure)
    assert scope.earlier(sentence, start, start + len(figure), 2026) == event
    assert scope.earlier(sentence, start, start + len(figure), None) is None  # undated


def test_a_figure_of_another_event_never_joins_this_storys(tmp_path: Path) -> None:
    """Background paragraphs recall an earlier event of the story's kind with its year
    ("In 2019, a similar flood killed 31 people"): its toll was "3 documents agree on 31"
    with this week's, and an update of this week's toll was lost in it. Such a figure
    never joins one of this story dated to another year ("on Saturday"); one dated to its
    year it may ("when 2,100 people fell ill in 2023"), and the group's label says which
    event it is. A second event of the story's own days ("A similar attack an hour later")
    is this story's: its figures compare as before."""

    story = _stories_on(tmp_path, "2026-03-15")

    for background in (
        "In 2019, a similar flood on the river killed 31 people.",
        "The 2019 floods, the last comparable disaster, left 31 dead.",
        "A previous flood in 2019 killed 31 people, officials said.",
    ):
        groups, findings = story(
            "flood", "The floods killed 31 people on Saturday, the disaster agency said.",
            background,
        )  # fmt: skip
        assert not any(f.startswith("corroboration") for f in findings), (background, findings)
        assert not any(len(g) > 1 for g in groups), (background, groups)
    # (a re-read) the event the article's title names is its own, a year before or not
    _, findings = _story(
        tmp_path, "inquiry",
        "Tower fire inquiry opens\n\nPublished: 2026-03-15\n\nIn 2024 a fire at the tower "
        "killed 72 people, the inquiry heard on Monday.",
        "Inquiry hears from survivors\n\nPublished: 2026-03-15\n\nThe fire at the tower "
        "killed 71 people, the inquiry heard on Monday.",
    )  # fmt: skip
    assert "numeric-agreement: 71 people, 72 people" in findings, findings
    # (eleventh hunt) the earlier event named with "a": "seven of them in a critical
    # condition" was "2 documents agree on 7" with it
    groups, findings = story(
        "stampede",
        "About 60 people remain injured, authorities said, seven of them in a critical condition.",
        "In 2017 a stampede at a football ground in the same region killed 7 people.",
    )
    assert not any(f.startswith("corroboration") for f in findings), findings
    groups, findings = story(
        "dated",
        "A previous outbreak in 2023 infected 2,100 people, according to ministry records.",
        "The region suffered a larger outbreak in 2023, when 2,100 people fell ill.",
    )
    assert "corroboration: 2,100 people, 2,100 people" in findings, findings
    groups, findings = story(
        "twin",
        "A bomb killed 12 people at a market on Saturday. A similar attack at a mosque an "
        "hour later killed 9 people, police said.",
        "A suicide bomber killed 12 people at a market on Saturday. A second attack, at a "
        "mosque, killed 11 people, police said.",
    )
    assert "numeric-agreement: 11 people, 9 people" in findings, findings
    result = run(
        [write_story(
            tmp_path / "label",
            *_dated_texts(
                "2026-03-15",
                "In 2019, a similar flood on the river killed 31 people.",
                "A similar flood in 2019 killed 31 people on the river.",
            ),
        )],
        Settings(),
    )  # fmt: skip
    assert [g.label for g in result.groups] == ["dead, similar flood, in 2019"]
    assert result.groups[0].subject.earlier == "similar flood"


def test_what_can_be_held_never_joins_what_is(tmp_path: Path) -> None:
    """(eleventh hunt) "Shelters can hold up to 6,000 people" was "the wording still makes
    them compatible" with the 4,000 evacuated, and a site "licensed for 45,000"
    corroborated the 45,000 there: what a place can hold and what is are two subjects
    (_Summary.mode), while two capacities still compare, and what will be is no
    capacity. Counts only: a measure's capacity is said as often without such words."""

    story = _findings_on(tmp_path, "2026-05-20")
    for capacity, actual in (
        ("Shelters in the town can hold up to 6,000 people, the mayor said.",
         "About 4,000 people were evacuated on Sunday, officials said."),
        ("The site is licensed for 45,000 people, city records show.",
         "Some 45,000 people were at the site on Tuesday, police said."),
    ):  # fmt: skip
        assert story("held", capacity, actual) == [], capacity
    findings = story(
        "capacities",
        "The stadium can hold 40,000 people, officials said.",
        "The stadium has a capacity of 42,000, officials said.",
    )
    assert findings == ["numeric-agreement: 40,000 people, 42,000"], findings
    findings = story(
        "permit",
        "The site is licensed for 40,000 people, city records show.",
        "Some 45,000 people were there, though the venue's permit allows a maximum of 40,000.",
    )
    assert findings == ["corroboration: 40,000 people, a maximum of 40,000"], findings
    findings = story(
        "will",
        "The ferry will carry 300 passengers on Sunday, the operator said.",
        "The ferry carried 320 passengers on Sunday, the operator said.",
    )
    assert findings == ["numeric-agreement: 300 passengers, 320 passengers"], findings
    # (review) a capacity however worded joins another, and never what is aboard; an
    # amount, a time or what a place accommodates now is no capacity
    findings = story(
        "seats",
        "The plane can carry 180 passengers, the airline said on Monday.",
        "The airline said on Monday that the 189-seat plane can carry 180 passengers.",
    )
    assert not any(f.startswith("numeric-agreement") for f in findings), findings
    # a body's size is no capacity: "-seat" before no named place or vehicle
    for body, name, seats in (("national legislature", "legislature", 125),
                              ("Knesset", "Knesset", 120)):  # fmt: skip
        findings = story(
            name.lower(),
            f"Voters elected the {seats}-seat {body} on Sunday, officials said.",
            f"Candidates ran for {seats} seats in the {name} on Sunday, officials said.",
        )
        assert f"corroboration: {seats} seats, {seats}-seat" in findings, findings
    findings = story(
        "licensed",
        "The ferry, which was licensed to carry 300 passengers, was carrying 450 when it "
        "capsized, police said.",
        "The ferry had 450 passengers on board when it capsized, though it can carry 300, "
        "police said.",
    )
    assert not any(f.startswith("numeric-agreement") for f in findings), findings
    assert "corroboration: 300, 300 passengers" in findings, findings
    for one, other in (
        ("The new stadium has a capacity of 40,000, the council said on Tuesday.",
         "The council on Tuesday approved the 45,000-capacity stadium, officials said."),
        ("The bridge was built for $40 million, the ministry said on Monday.",
         "The bridge cost $55 million, the ministry said on Monday."),
        ("Rebuilding the town could take 10 years, the governor said on Monday.",
         "Rebuilding the town will take 15 years, the governor said on Monday."),
        ("The camp currently accommodates 12,000 refugees, the UN agency said on Tuesday.",
         "Some 15,000 refugees now live in the camp, the UN agency said on Tuesday."),
        ("Rescuers were able to take 40 people to safety, police said on Monday.",
         "Rescuers took 55 people to safety, police said on Monday."),
        ("The party currently holds 76, officials said on Monday.",
         "The party won 80 seats, officials said on Monday."),
    ):  # fmt: skip
        findings = story("compare", one, other)
        assert any(f.startswith("numeric-agreement") for f in findings), (one, findings)


def test_what_is_needed_never_joins_what_is(tmp_path: Path) -> None:
    """ "Five short of the 76 needed to govern alone" was "2 documents agree on 76" with
    an exit poll's 76 seats: a threshold (lexicon.THRESHOLD_PARTICIPLES and a goal right
    after the figure, "needed to govern", "required for a majority"; a minimum required;
    what must be done for a goal) and a figure that is are two subjects, while two
    thresholds still compare. A verb of what happened ("14 stitches
    needed after the fall", "needed to be hospitalised", "needed for the rescue": no
    goal) is no threshold: its reviews found such counts lost their findings."""

    story = _findings_on(tmp_path, "2026-11-02")

    findings = story(
        "seats",
        "Unity won 71 seats, five short of the 76 needed to govern alone.",
        "An exit poll by the broadcaster had given Unity 41% and 76 seats, enough for a majority.",
    )
    assert not any(f.startswith("corroboration") for f in findings), findings
    findings = story(
        "both",
        "Unity won 71 seats, five short of the 76 seats needed for a majority.",
        "Unity fell short of the 76 seats needed for a majority, winning 71.",
    )
    assert "corroboration: 76 seats, 76 seats" in findings, findings
    findings = story(
        "stitches",
        "He was taken to hospital, where 14 stitches needed after the fall were put in his "
        "face, his mother said.",
        "He received 12 stitches to his face at the hospital, police said.",
    )
    assert any(f.startswith("numeric-agreement") for f in findings), findings
    findings = story(
        "two-thirds",
        "The bill won 98 votes, short of the 100 votes required for a two-thirds majority.",
        "The bill fell short with 98 votes; 100 votes were cast against the budget.",
    )
    assert not any(f.startswith("corroboration") and "100" in f for f in findings), findings
    for needed, other in (
        ("A bus overturned on the highway on Sunday, police said. The 40 injured needed to "
         "be hospitalised, a police spokesman said.",
         "A bus overturned on the highway on Sunday. Some 45 injured people were taken to "
         "hospital, police said."),
        ("Floods hit the valley on Sunday. The 200 soldiers needed for the rescue arrived on "
         "Monday, the army said.",
         "Floods hit the valley on Sunday. The army said 250 soldiers arrived on Monday for "
         "the rescue."),
        # (re-read) a goal said after a verb of need only, not after the participle
        ("Floods hit the valley on Sunday. The army sent the 40 trucks needed to meet demand "
         "in the valley.",
         "Floods hit the valley on Sunday. The army sent 35 trucks to the valley."),
    ):  # fmt: skip
        findings = story("what", needed, other)
        assert any(f.startswith("numeric-agreement") for f in findings), (needed, findings)
    # (ninth hunt) a minimum, and what must be done to reach a goal, are thresholds too
    for threshold, other in (
        ("Airport rules require a minimum of 500 metres of visibility for landings.",
         "Visibility at the airport was 350 metres when the plane landed."),
        ("Analysts said the firm needs to sell about 2 million phones to break even.",
         "The firm said it expects to sell 1.5 million phones this year."),
    ):  # fmt: skip
        findings = story("minimum", threshold, other)
        assert not any(f.startswith("numeric-agreement") for f in findings), (threshold, findings)
    findings = story(
        "sell",
        "The firm said it needs to sell 1.5 million phones this year.",
        "The firm said it expects to sell 2 million phones this year.",
    )
    assert any(f.startswith("numeric-agreement") for f in findings), findings
    findings = story(
        "at-least",
        "A minimum of 40 people were killed in the blast, officials said.",
        "The blast killed 45 people, officials said.",
    )
    assert any(f.startswith("numeric-agreement") for f in findings), findings
    # what a verb of need takes for a goal: "needs 226 votes to pass" is no vote cast
    for threshold, other in (
        ("The bill needs 226 votes to pass, officials said.",
         "The bill passed with 226 votes, officials said."),
        ("The chamber needs 300 votes to approve the amendment, officials said.",
         "The amendment was approved with 300 votes, officials said."),
        ("Prosecutors need 10 of the 12 jurors to convict, the judge said.",
         "Ten jurors voted to convict, the court said."),
        ("The firm needs at least 100,000 kettles returned to meet its insurance conditions.",
         "The firm said 150,000 kettles were sold in Britain."),
    ):  # fmt: skip
        findings = story("votes", threshold, other)
        assert not any(f.startswith(("corroboration", "numeric-agreement")) for f in findings), (
            threshold, findings)  # fmt: skip
    # (review) what it took is no threshold: a time, or what was needed in the past
    for took, other in (
        ("Officials had to evacuate 500 residents to avoid casualties, the agency said.",
         "Officials evacuated 650 residents, the agency said."),
        ("He needed 14 stitches to close the wound, his mother said.",
         "He received 12 stitches to close the wound, police said."),
        ("Rescuers needed 12 hours to reach the trapped miners, officials said.",
         "Rescuers took 16 hours to reach the trapped miners, officials said."),
        ("The summit required 3,000 police officers to secure the city centre.",
         "Some 2,000 police officers were deployed to secure the city centre."),
        ("The new ferry needs 50 minutes to reach the island, the operator said.",
         "The new ferry takes 40 minutes to reach the island, the operator said."),
        # (review) goals that are no decision: what was sent or done is what is
        ("The army sent the 40 trucks needed to carry food to the valley.",
         "The army sent 35 trucks to carry food to the valley."),
        ("Labs ran the 40 DNA tests required to confirm the identities, police said.",
         "Labs ran 38 DNA tests to confirm the identities, police said."),
    ):  # fmt: skip
        findings = story("took", took, other)
        assert any(f.startswith("numeric-agreement") for f in findings), (took, findings)
    # a review's: two thresholds worded otherwise still compare
    findings = story(
        "goals",
        "Analysts said the firm needs to sell about 2 million phones to break even.",
        "Analysts said the firm must sell 3 million phones to break even.",
    )
    assert any(f.startswith("numeric-agreement") for f in findings), findings


def test_a_titles_event_noun_is_read_whole() -> None:
    """(re-read) The dated event the title names is the article's own ("Tower fire inquiry
    opens": "In 2024 a fire at the tower killed 72"), but a longer word that holds the
    noun names no such event ("Firefighters honoured": a 2019 fire is another)."""
    from crosscheck.extract import scope

    sentence = "In 2019 a fire at the depot killed 31 people."
    start = sentence.index("31 people")
    end = start + len("31 people")
    assert scope.earlier(sentence, start, end, 2026, "Tower fire inquiry opens") is None
    assert scope.earlier(sentence, start, end, 2026, "Depot fires inquiry opens") is None
    assert scope.earlier(sentence, start, end, 2026, "Firefighters honoured") == ("fire", 2019)
    # (sixteenth hunt's reviews) a title about the event, whatever its words, names it:
    # a follow-up's toll is its own ("Families of 31 killed in depot fire mark
    # anniversary"); no reading told those from a new event's title well enough
    for title in ("Depot fire: families still seek justice", "Court jails owner over depot fire",
                  "Families of 31 killed in depot fire mark anniversary"):  # fmt: skip
        assert scope.earlier(sentence, start, end, 2026, title) is None, title
    text = "In 2014 a sinkhole 15 metres deep swallowed part of a car park in a nearby town."
    start = text.index("15 metres")
    title = "Three cars lost as street collapses"
    assert scope.earlier(text, start, start + 9, 2026, title) == ("sinkhole", 2014)


def test_flights_cancelled_and_flights_scrapped_are_one_count(tmp_path: Path) -> None:
    """Outlets say one event in other verbs ("cancelled", "scrapped"): the concept file's
    predicate sets hold them (an outside hunt's flights of a strike were never compared,
    its words here)."""
    story = _stories_on(tmp_path, "2026-03-09")
    _, findings = story(
        "flights",
        "Norvane Air cancelled 420 flights on Monday as about 1,100 pilots walked out in a "
        "dispute over pay, the airline said.",
        "More than 600 flights were scrapped during the first day of the Norvane Air "
        "pilots' strike, union officials said on Tuesday.",
    )
    assert "numeric-agreement: 420 flights, More than 600 flights" in findings


def test_two_ranks_since_other_years_are_no_time_frames_of_one_toll(tmp_path: Path) -> None:
    """ "killed 40 people, the deadliest since 2005" and "the worst toll since 1998" warned
    that the same 40 was given for different time frames (2005, 1998): each is a rank."""
    _, findings = _story(
        tmp_path, "ranks",
        "The earthquake killed 40 people, the deadliest since 2005, officials said.\n",
        "The earthquake killed 40 people, the worst toll since 1998, the agency said.\n",
    )  # fmt: skip
    assert "corroboration: 40 people, 40 people" in findings
    assert not any(f.startswith("time-agreement") for f in findings), findings


@pytest.mark.parametrize(
    ("a", "b"),
    [("created", "hired"), ("cancelled", "scrapped"), ("axed", "cancelled"),
     ("leaked", "spilled"), ("detained", "arrested"),
     # (nineteenth hunt) a gas let out, people brought out alive, signatures gathered
     ("escaped", "leaked"), ("rescued", "saved"), ("gathered", "collected")],
)  # fmt: skip
def test_a_predicate_set_meets_every_form_of_its_verbs(a: str, b: str) -> None:
    """(re-read) the concept file's predicate sets were keyed by the verbs as written, while
    claims carry the extractor's lemmas ("created" is "creat"): "created 500 jobs" and
    "hired 500" scored 0; the sets take each verb's forms' lemmas, as the fates do."""
    from crosscheck.extract.context import lemma
    from crosscheck.pipeline import concept_table

    table = concept_table(Settings())
    assert table.predicates_match(lemma(a), lemma(b)) == 1.0


_FIRE = (
    "Two people died when fire swept through a terraced house in Leeds on Monday night, "
    "police said.\n\nThe victims, {first}, were pulled from the building by firefighters "
    "but could not be saved.\n",
    "Two people were killed in a house fire in Leeds, West Yorkshire Police said on "
    "Tuesday.\n\n{second} died at the scene, firefighters said.\n",
)


@pytest.mark.parametrize(
    ("first", "second", "joined"),
    [
        ("a 58-year-old man and his neighbour", "A 61-year-old woman", False),
        ("a man aged 58 and his neighbour", "A 61-year-old woman", False),
        ("a 58-year-old grandmother and her neighbour", "A 61-year-old man", False),
        ("a 58-year-old man and his neighbour", "A 61-year-old man", True),
        ("a 58-year-old man and his neighbour", "A 61-year-old neighbour", True),
        ("a 17-year-old boy and his neighbour", "An 18-year-old man", True),
        # a parent "of" children, and nouns of a trade or a title that say a sex
        ("a 58-year-old mother-of-two and her neighbour", "A 61-year-old man", False),
        ("a 58-year-old father-of-three and his neighbour", "A 61-year-old man", True),
        ("a 58-year-old actress and her neighbour", "A 61-year-old man", False),
        ("a 58-year-old policeman and his neighbour", "A 61-year-old mum", False),
        ("a 58-year-old man-made fibre worker and his neighbour", "A 61-year-old woman", True),
        # (review) not a compound "of" no number, nor a title in a place's name
        ("a 58-year-old man and his neighbour", "A 61-year-old mother-of-pearl dealer", True),
        ("a 58-year-old woman and her neighbour", "A 61-year-old King's Lynn woman", True),
    ],
)
def test_ages_of_a_man_and_of_a_woman_never_join(
    tmp_path: Path, first: str, second: str, joined: bool
) -> None:
    """Two victims' ages ("a 58-year-old man", "a 61-year-old woman") were one age, and a
    warning: the noun an age describes says a sex, and one person has one. A noun that
    says none ("neighbour"), or the same sex ("boy", "man": one youth may be called
    either), leaves the ages to the pair model, which joins these."""
    (tmp_path / "a.txt").write_text(_FIRE[0].format(first=first), encoding="utf-8")
    (tmp_path / "b.txt").write_text(_FIRE[1].format(second=second), encoding="utf-8")
    result = run([tmp_path], Settings())
    ages = {c.id for c in result.claims if c.kind == "age"}
    assert len(ages) == 2  # the reading the test relies on
    assert any(set(g.claims) == ages for g in result.groups) is joined
    warned = [f for f in result.findings if set(f.claims) == ages]
    assert [f.severity for f in warned] == (["warning"] if joined else [])


@pytest.mark.parametrize(
    "first",
    [
        # (review) a list of ages after "aged": whose each is, the words do not say
        "Police arrested a man and a woman, aged 30 and 28, on Monday after the fire.",
        "Police arrested a man and woman aged 30 and 28 on Monday after the fire.",
        "Police arrested a man and his wife, aged 30 and 28, on Monday after the fire.",
    ],
)
def test_ages_listed_after_aged_take_no_sex(tmp_path: Path, first: str) -> None:
    """ "a man and a woman, aged 30 and 28" gave 30 the woman's sex (the noun before
    "aged"), so it never met "A 31-year-old man" of another article: a warning lost."""
    (tmp_path / "a.txt").write_text(first + "\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text(
        "A 31-year-old man was charged with arson on Monday after the fire, police said.\n",
        encoding="utf-8",
    )
    result = run([tmp_path], Settings())
    by_id = {c.id: c for c in result.claims}
    warned = [
        {by_id[i].value for i in f.claims} for f in result.findings if f.severity == "warning"
    ]
    assert warned == [{30.0, 31.0}]


def test_a_death_toll_is_no_count_of_those_released(tmp_path: Path) -> None:
    """(nineteenth hunt) a death toll's bare level ("rose to six on Thursday") and "six
    were released by Wednesday afternoon", the injured sent home, corroborated each other
    as one figure: a toll's level counts the dead, and those released are another
    outcome, as the arrested and the missing are (lexicon.FATE_VERBS)."""
    _, findings = _dated_story(
        tmp_path, "avalanche", "2026-02-12",
        "The death toll from this week's avalanche at the ski resort rose to six on "
        "Thursday, local officials said.",
        "Eight injured skiers were airlifted to hospital, the prefecture said; six were "
        "released by Wednesday afternoon.",
    )  # fmt: skip
    assert not any("six" in f for f in findings), findings


def test_those_released_are_apart_from_the_dead_and_the_injured(tmp_path: Path) -> None:
    """Counts of those released and of those killed or hurt are different outcomes of one
    story's people ("killed 12 passengers" / "released 12 passengers")."""
    _, findings = _dated_story(
        tmp_path, "hijack", "2026-02-12",
        "The hijackers killed 12 passengers on the plane on Tuesday, police said.",
        "The hijackers released 12 passengers from the plane on Tuesday, police said.",
    )  # fmt: skip
    assert not any(f.startswith("corroboration") for f in findings), findings


def test_bodies_released_are_the_dead_still(tmp_path: Path) -> None:
    """(review) "released six bodies to relatives" took the outcome of those released and
    split from "Six people were killed": a fate never overrides the dead."""
    _, findings = _dated_story(
        tmp_path, "crash", "2026-02-12",
        "A bus plunged into a ravine near the town on Monday. Six people were killed in "
        "the crash, officials said.",
        "A bus plunged into a ravine near the town on Monday. The coroner released six "
        "bodies to relatives on Tuesday, police said.",
    )  # fmt: skip
    assert "corroboration: Six people, six bodies" in findings, findings


@pytest.mark.parametrize(
    ("before", "toll"),
    [
        ("The death toll from the crash rose to ", True),
        ("The death toll stood on Tuesday at ", True),
        # (review) a condition is no level the toll stands at
        ("The army will be called in if the death toll passes ", False),
        ("Officials will declare a disaster unless the death toll tops ", False),
        ("A disaster will be declared if a death toll of ", False),  # (re-read)
    ],
)
def test_a_death_tolls_level_is_no_condition(before: str, toll: bool) -> None:
    from types import SimpleNamespace

    from crosscheck.match.cluster import _death_toll

    profile = SimpleNamespace(sentence=before + "50.", start=len(before))
    assert _death_toll(profile) is toll  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("sentence", "figure", "event"),
    [
        # a "when" clause after a "since" year recalls that year's event: "since" says it
        # is past, in an undated article too (an outside hunt: "the deadliest storm since
        # 2008, when Hurricane Ike killed 21 people" was an error beside this storm's 9)
        ("Delia was the deadliest storm since 2008, when Hurricane Ike killed 21 people.",
         "21 people", ("hurricane ike", 2008)),
        ("It was the deadliest flood since 1998, when 4,000 people died.", "4,000 people",
         ("earlier event", 1998)),
        ("Delia was the deadliest storm since 2008, when floods swept the region and 21 "
         "people died.", "21 people", ("earlier event", 2008)),
        # not the figure the since year ranks, nor one the clause is done with by then
        ("Delia killed 12 people, the most since 2008, officials said.", "12 people", None),
        ("Since 2008, when the law changed, 300 people have been arrested.", "300 people",
         None),
        # (review) a since of a duration, not a rank: the when clause is the story's; no
        # comma, or a count up to now: the story's too
        ("Smith has been held since 2019, when police found 300 guns at his home.",
         "300 guns", None),
        ("Nepal marks ten years since 2015, when the earthquake killed 9,000 people.",
         "9,000 people", None),
        ("It was the first time since 2012 when 45 people died in a single attack.",
         "45 people", None),
        ("It was the worst year since 2019, when he took office he has cut 3,000 jobs.",
         "3,000 jobs", None),
    ],
)  # fmt: skip
def test_a_when_after_a_since_year_recalls_that_years_event(
    sentence: str, figure: str, event: tuple[str, int] | None
) -> None:
    from crosscheck.extract import scope

    start = sentence.index(figure)
    for published in (2026, None):
        assert scope.earlier(sentence, start, start + len(figure), published) == event
    if event is not None:  # (an article of that year: its own event)
        assert scope.earlier(sentence, start, start + len(figure), event[1]) is None


def test_a_figure_recalled_after_a_since_year_never_joins_this_storys(tmp_path: Path) -> None:
    from tests.test_judgement import findings

    found = findings(
        tmp_path,
        "Hurricane Delia killed 19 people, officials said.",
        "Delia was the deadliest storm since 2008, when 21 people were killed.",
    )
    assert found == [], [f.message for f in found]
