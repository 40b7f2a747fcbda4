"""Claim extraction: the seed claims the issue lists, and each hard case by name, on
sentences written for these tests (several domains)."""

from __future__ import annotations

import warnings
from pathlib import Path
from typing import Any

import pytest

from crosscheck.config import Settings
from crosscheck.extract import extract_claims, sentence_claims
from crosscheck.ingest import read_inputs
from crosscheck.model import Claim
from crosscheck.segment import segment
from tests.conftest import (
    HELD_AS,
    HELD_BASE_FORM,
    HELD_NAUTICAL,
    HELD_OTHERS,
    HELD_PARTICIPLE,
    HELD_PLURAL,
    HELD_READINGS,
    HELD_REMAIN,
    HELD_SUBJECTS,
    HELD_TOLL,
    SEEDS,
)


def claims_of(text: str) -> list[dict[str, Any]]:
    out = []
    for d in sentence_claims(text):
        out.append(
            {
                "text": text[d.start : d.end],
                "value": d.value,
                "lower": d.lower,
                "upper": d.upper,
                "qualifier": d.qualifier,
                "unit": d.unit,
                "kind": d.kind,
                "modifiers": d.modifiers,
                "part": d.part,
                "converted": d.converted,
                "clock": d.clock,
                "partitive": d.partitive,
                "spread": d.spread,
                "predicate": d.predicate,
                "hedged": d.hedged,
                "negated": d.negated,
                "change": d.change,
            }
        )
    return out


def one(text: str) -> dict[str, Any]:
    found = claims_of(text)
    assert len(found) == 1, found
    return found[0]


def values(text: str) -> list[float]:
    return [c["value"] for c in claims_of(text)]


@pytest.fixture(scope="module")
def seed_claims() -> dict[str, list[Claim]]:
    docs = read_inputs([SEEDS], Settings()).documents
    return {d.id[:3]: extract_claims(d, segment(d)) for d in docs}


def find(claims: list[Claim], text: str) -> Claim:
    hits = [c for c in claims if c.text == text]
    assert len(hits) == 1, [c.text for c in claims]
    return hits[0]


# --- the seeds ----------------------------------------------------------------------------


def test_seed_000_reinforcement_claims(seed_claims: dict[str, list[Claim]]) -> None:
    c = find(seed_claims["000"], "at least 3,000 additional troops")
    assert (c.value, c.qualifier, c.unit, c.kind) == (3000, "at_least", "troop", "count")
    assert c.modifiers == ("additional",) and c.predicate == "deploy" and c.hedged
    assert (c.lower, c.upper) == (3000, None)
    c = find(seed_claims["000"], "some 3,000 or more")
    assert (c.value, c.qualifier, c.unit) == (3000, "at_least", "soldier")
    assert "additional" in c.modifiers and c.elided and c.predicate == "dispatch"


def test_seed_000_first_deployment_and_casualties(seed_claims: dict[str, list[Claim]]) -> None:
    c = find(seed_claims["000"], "about 11,000 soldiers")
    assert (c.value, c.qualifier, c.unit) == (11000, "approx", "soldier")
    assert c.lower is not None and c.upper is not None and c.lower < 11000 < c.upper
    c = find(seed_claims["000"], "around 11,000 North Korean soldiers")
    assert (c.qualifier, c.unit, c.modifiers) == ("approx", "soldier", ("North Korean",))
    c = find(seed_claims["000"], "4,000 casualties")
    assert (c.value, c.qualifier, c.unit, c.kind) == (4000, "exact", "casualty", "count")


def test_seed_000_weapons_towers_explosions(seed_claims: dict[str, list[Claim]]) -> None:
    claims = seed_claims["000"]
    weapons = [c for c in claims if c.value == 220]
    assert len(weapons) == 1
    assert weapons[0].qualifier == "approx" and weapons[0].kind == "count"
    assert "howitzer" in (weapons[0].unit or "") and "rocket launcher" in (weapons[0].unit or "")
    # the calibres are measures of the weapons, never counts
    assert all(c.kind != "count" for c in claims if c.value in (170, 240))
    c = find(claims, "11 transmission towers")
    assert (c.value, c.unit, c.predicate) == (11, "transmission tower", "dismantle")
    c = find(claims, "around 20 such mine explosions")
    assert (c.value, c.qualifier, c.unit) == (20, "approx", "mine explosion")


def test_seed_000_no_years_ordinals_or_time_frames_as_counts(
    seed_claims: dict[str, list[Claim]],
) -> None:
    claims = seed_claims["000"]
    assert not [c for c in claims if c.value in (2006, 2016)]
    assert not [c for c in claims if c.kind == "count" and c.value == 4 and "fourth" in c.text]
    two_months = [c for c in claims if "two months" in c.text]
    assert all(c.kind == "duration" for c in two_months)
    assert not [c for c in claims if c.kind == "count" and c.unit in ("month", "day", "year")]


def test_seed_003_claims(seed_claims: dict[str, list[Claim]]) -> None:
    claims = seed_claims["003"]
    c = find(claims, "two South Korean fighter jets")
    assert (c.value, c.unit, c.modifiers) == (2, "fighter jet", ("South Korean",))
    assert find(claims, "four bombs").unit == "bomb"
    assert find(claims, "two North Korean delegations").unit == "delegation"
    c = find(claims, "around 3,500 additional North Korean soldiers")
    assert (c.value, c.qualifier, c.unit) == (3500, "approx", "soldier")
    assert c.modifiers == ("additional", "North Korean")
    c = find(claims, "11,000 North Koreans")
    assert (c.value, c.qualifier) == (11000, "exact")
    c = find(claims, "over 1.5 billion euros")
    assert (c.value, c.qualifier, c.unit, c.kind) == (1.5e9, "more_than", "euro", "money")
    assert not [c for c in claims if c.value in (2023, 2024)]
    assert not [c for c in claims if "legged" in c.text]


def test_claim_ids_are_stable_and_spans_exact(seed_claims: dict[str, list[Claim]]) -> None:
    docs = {d.id[:3]: d for d in read_inputs([SEEDS], Settings()).documents}
    again = {k: extract_claims(d, segment(d)) for k, d in docs.items()}
    for key, claims in seed_claims.items():
        assert [c.id for c in claims] == [c.id for c in again[key]]
        assert len({c.id for c in claims}) == len(claims)
        for c in claims:
            assert docs[key].text[c.span[0] : c.span[1]] == c.text


# --- counted nouns ---------------------------------------------------------------------


def test_counted_noun_across_of() -> None:
    c = one("Rescuers said 4,000 of the residents had been evacuated.")
    assert (c["value"], c["unit"]) == (4000, "resident")
    assert one("Police said two of the jets were damaged.")["unit"] == "jet"


@pytest.mark.parametrize(
    ("text", "parts", "wholes"),
    [
        ("The agency received 235,000 comments, at least 208,000 of which were form letters.",
         ["at least 208,000 of which were form letters"], ["235,000 comments"]),
        ("The blast killed 12 people, three of whom were children.",
         ["three of whom were children"], ["12 people"]),
        ("Police arrested 20 people, five of them minors.", ["five of them minors"], ["20 people"]),
        ("Of the 40 injured, 12 were in serious condition.", ["12"], ["40 injured"]),
        ("Five bombs were dropped, of which four exploded, they said.", ["four"], ["Five bombs"]),
        ("The blast injured about 40 people, of whom about 35 were taken to hospital.",
         ["about 35"], ["about 40 people"]),
        ("At least 208,000 of the nearly 235,000 comments were form letters.",
         ["At least 208,000 of the nearly 235,000 comments"], ["nearly 235,000 comments"]),
        ('"Of the roughly 40 people injured, about 35 were taken to hospital," he said.',
         ["about 35"], ["roughly 40 people"]),
        ("Of about 40 people injured, 35 were taken to hospital.",
         ["35"], ["about 40 people"]),
        ("Of $5 billion pledged, $2 billion has been paid.", ["$2 billion"], ["$5 billion"]),
        ("Of some 900 nurses hired by the region, 120 resigned within a month.",
         ["120"], ["some 900 nurses"]),
        ("Donors pledged $1.5 billion, $1 billion of it in loans.",
         ["$1 billion"], ["$1.5 billion"]),
        ("More than $1 billion of the $1.5 billion pledged was in loans.",
         ["More than $1 billion"], ["$1.5 billion"]),
        ("The agency got at least 208,000 out of nearly 235,000 comments.",
         ["at least 208,000"], ["nearly 235,000 comments"]),
        ("At least 208,000 of the total of nearly 235,000 comments were form letters.",
         ["At least 208,000 of the total of nearly 235,000 comments"],
         ["nearly 235,000 comments"]),
        ("Of the 1,000 voters polled, 45 percent of whom were women, most backed him.",
         ["45 percent"], ["1,000 voters"]),
        # the whole, not a part of it
        ("Police said all 20 of them were released on Monday.", [], ["20"]),
        ("Of course, 12 people died in the fire.", [], ["12 people"]),
        # no whole in the sentence: the figure may be another article's whole count
        ("Commandos caught the pirates and took 23 of them into custody.", [], ["23"]),
        ("Of those, at least 12 were children.", [], ["at least 12"]),
        ("The protesters, about 2,000 of them, marched on Monday.", [], ["about 2,000"]),
        # a year after "of the" is no whole
        ("He won 52 percent of the 2012 vote, up from 48 percent.", [],
         ["52 percent", "48 percent"]),
        # an age or a measure is no part
        ("Of the two candidates, 52-year-old Smith is the favourite.", [],
         ["two candidates", "52-year-old"]),
    ],
)  # fmt: skip
def test_a_part_of_a_figure_its_sentence_gives_is_marked(
    text: str, parts: list[str], wholes: list[str]
) -> None:
    """A count, amount or share that is a part of another figure its sentence gives is
    marked a part (Claim.part), which match.cluster never joins with a figure of its
    sentence: "208,000 of which", "three of whom", "five of them", "of which four
    exploded", "208,000 of the nearly 235,000", and the figure after "Of the 40 injured,".
    The mark is no modifier: modifiers narrow what is counted, and a rule's keywords are
    looked for among them."""
    found = [(c["text"], c["part"]) for c in claims_of(text)]
    assert [t for t, part in found if part] == parts
    assert [t for t, part in found if not part] == wholes
    assert not any("part" in c["modifiers"] for c in claims_of(text))


@pytest.mark.parametrize(
    ("text", "part", "unit"),
    [
        ("The market blast killed at least 12 people, at least six of whom were children.",
         "at least six of whom were children", "child"),
        ("The agency received 235,000 comments, at least 208,000 of which were form letters.",
         "at least 208,000 of which were form letters", "form letter"),
        ("Police arrested 20 people, five of them minors.", "five of them minors", "minor"),
        # no noun of its own: its whole's (a verb says what happened to the part)
        ("The quake damaged 300 homes, 40 of which were destroyed.", "40", "home"),
        ("The blast killed 12 people, two of whom were shot dead.", "two", "people"),
        ("The four robbers, two of whom were disguised as women, fled.", "two", "robber"),
        ("Police arrested 20 people, five of them wearing masks.", "five", "people"),
        # an adjective in -ed or -ing before a plural noun is no verb: the noun counts
        ("The council has 30 members, four of whom were elected officials.",
         "four of whom were elected officials", "official"),
        ("The raid freed 50 hostages, 10 of whom were kidnapped children.",
         "10 of whom were kidnapped children", "child"),
        ("Five bombs were dropped, of which four exploded.", "four", "bomb"),
    ],
)  # fmt: skip
def test_a_part_counts_what_its_own_words_say(text: str, part: str, unit: str) -> None:
    """A part counts the noun its own words give after "of whom were", "of which were",
    "of them" (children of the people killed), else its whole's noun."""
    (found,) = [c for c in claims_of(text) if c["part"]]
    assert (found["text"], found["unit"]) == (part, unit)


def test_elided_noun_from_same_sentence_prefers_same_predicate() -> None:
    text = (
        "Of some 900 nurses hired by the region, 120 resigned within a month, and another "
        "200 or more were hired in March."
    )
    found = {c["value"]: c for c in claims_of(text)}
    assert found[200]["unit"] == "nurse" and found[200]["qualifier"] == "at_least"
    assert "additional" in found[200]["modifiers"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The storm hit the coast on Sunday, killing 10 people and injuring 80.",
         [(10, "people", "kill"), (80, "people", "injure")]),
        ("Gunmen killed 12 civilians, wounding another 40 in the market.",
         [(12, "civilian", "kill"), (40, "civilian", "wound")]),
        ("The agency hired 300 nurses and fired 45 in June.",
         [(300, "nurse", "hire"), (45, "nurse", "fire")]),
        # words between the first object and the second verb: another clause
        ("The agency hired 300 nurses in May and fired 45 in June.",
         [(300, "nurse", "hire"), (45, None, "fire")]),
        # a noun of its own, or no verb before the figure: nothing borrowed
        ("Troops killed 5 militants and captured 3 others.",
         [(5, "militant", "kill"), (3, "other", "capture")]),
        ("The firm sold 500 cars and said 20 were returned.",
         [(500, "car", "sell"), (20, "car", "return")]),
        # the counted figure has no verb: not two coordinated objects
        ("There were 500 cars, and dealers reported 20.", [(500, "car", None), (20, None, None)]),
        # verbs that take other objects: the second figure counts something else
        ("Militants fired 30 rockets, killing 2.", [(30, "rocket", "fire"), (2, None, "kill")]),
        ("The quake killed 300 people and destroyed 2,000.",
         [(300, "people", "kill"), (2000, None, "destroy")]),
        ("Police arrested 5 men and seized 2.", [(5, "man", "arrest"), (2, None, "seize")]),
        # "injured" and "wounded" before a figure are its verb, and a noun phrase ends
        # where a verb takes its own figure ("80 people and killed" was one counted noun)
        ("The quake injured 80 people and killed 10.",
         [(80, "people", "injure"), (10, "people", "kill")]),
        ("Gunmen wounded at least 12 people, killing 3.",
         [(12, "people", "wound"), (3, "people", "kill")]),
        ("The bombing killed 8 soldiers and wounded at least 20.",
         [(8, "soldier", "kill"), (20, "soldier", "wound")]),
        # (sixtieth round) taken to hospital is one verb, hospitalised (not "take")
        ("The 80 injured were taken to hospital.", [(80, "injured", "hospitalise")]),
        ("The injured 12-year-old was taken to hospital.", [(12, "year", "hospitalise")]),
        ("The seriously injured 12 were flown to Tehran.", [(12, None, "fly")]),
        ("The rally injured 12 protesters, police said.", [(12, "protester", "injure")]),
        # a noun phrase still coordinates nouns, and a verb that ends the clause
        ("Guards watch 300 men and women 24 hours a day.",
         [(300, "man and woman", None), (24, "hour per day", None)]),
        ("The quake left 10 dead and injured.", [(10, "dead and injured", "leave")]),
        # (seventeenth round) a noun after "and" that a verb in -ing takes, after one in
        # -ing, is another clause ("three parked cars and forcing police" was one noun)
        pytest.param(
            "A sinkhole opened, swallowing three parked cars and forcing police to close the road.",

         [(3, "car", "swallow")], marks=HELD_READINGS),
        ("The blast hit the port, sinking 12 fishing boats and leaving crews stranded.",
         [(12, "fishing boat", "sink")]),
        # (seventeenth round) two nouns that are together the subject of an auxiliary's
        # verb are one counted noun ("Nearly 200 skiers and sightseers were trapped" was
        # skiers alone, with no verb); not after a verb whose object the figure is
        pytest.param("Nearly 200 skiers and sightseers were trapped.",
                     [(200, "skier and sightseer", "trap")], marks=HELD_SUBJECTS),
        pytest.param("Police said some 150 motorists and passengers were led out.",
                     [(150, "motorist and passenger", "lead")], marks=HELD_SUBJECTS),
        pytest.param("Figures showed that some 3,500 cars and lorries were caught.",
                     [(3500, "car and lorry", "catch")], marks=HELD_SUBJECTS),
        ("The blast killed 14 people and police were called.", [(14, "people", "kill")]),
        pytest.param(
            "A quake hit, killing at least three people and injuring others, reports said.",

         [(3, "people", "kill")], marks=HELD_READINGS),
        pytest.param("The quake killed 10 people and forced villagers to spend the night in tents.",
         [(10, "people", "kill")], marks=HELD_READINGS),
        # a modifier in -ing is still the noun's, after a verb in -ing too (its review)
        ("Officers seized 40 rifles and hunting knives.",
         [(40, "rifle and hunting knife", "seize")]),
        ("Troops raided the camp, seizing 40 rifles and hunting knives.",
         [(40, "rifle and hunting knife", "seize")]),
        ("The storm hit, destroying 300 homes and fishing boats.",
         [(300, "home and fishing boat", "destroy")]),
        ("A court ordered it to pay 12 workers and cleaning staff.",
         [(12, "worker and cleaning staff", "pay")]),
        # (second review) a report's verb takes a noun, no clause of two nouns
        ("Police reported 300 arrests and officers were injured.", [(300, "arrest", None)]),
        # those shot are those killed or hurt; rounds shot are not
        ("The woman who allegedly shot three co-workers — killing two– at the plant was charged.",
         [(3, "co-worker", "shoot"), (2, "co-worker", "kill")]),
        ("He shot 30 rounds, killing two.", [(30, "round", "shoot"), (2, None, "kill")]),
        ("Police shot 10 rubber bullets, injuring 4.",
         [(10, "rubber bullet", "shoot"), (4, None, "injure")]),
        ("He shot three co-workers -- killing two.",
         [(3, "co-worker", "shoot"), (2, "co-worker", "kill")]),
        ("He shot three co-workers--killing two.",
         [(3, "co-worker", "shoot"), (2, "co-worker", "kill")]),
        ("Police shot 200 tear gas canisters, injuring 40.",
         [(200, "tear gas canister", "shoot"), (40, None, "injure")]),
    ],
)  # fmt: skip
def test_an_object_noun_said_once_for_two_coordinated_verbs(
    text: str, expected: list[tuple[float, str | None, str | None]]
) -> None:
    assert [(c["value"], c["unit"], c["predicate"]) for c in claims_of(text)] == expected


@pytest.mark.parametrize(
    ("text", "unit", "modifiers"),
    [
        ("Five FLDS members have been convicted of felonies.", "member", ("FLDS",)),
        ("The board closed 3 NHS trusts last year.", "trust", ("NHS",)),
        ("He is 53-3 with 47 KO's in his career.", "KO", ()),
        ("There are 200 McDonald's in the city.", "McDonald's", ()),
        ("Two of the woman's children were hurt.", "child", ("woman's",)),
        ("He is 52-3 with 46 KOs in his career.", "KO", ()),
        # capitals all along (a headline) are words, not an acronym
        ("AT LEAST TWO MEN KILLED, FIVE COPS HURT", "MAN", ()),
    ],
)
def test_acronyms_and_apostrophe_plurals_after_a_figure(
    text: str, unit: str, modifiers: tuple[str, ...]
) -> None:
    c = next(c for c in claims_of(text) if c["kind"] == "count")
    assert (c["unit"], c["modifiers"]) == (unit, modifiers)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two other men were hurt in the blast.", [(2, "man", ("other",))]),
        ("Police seized seven AK-47s and three other assault rifles.",
         [(7, "AK-47", ()), (3, "assault rifle", ("other",))]),
        ("Four F-16s escorted two MiG-29s.", [(4, "F-16", ()), (2, "MiG-29", ())]),
        ("The air force bought 12 F-35As.", [(12, "F-35A", ())]),
        # the singular designation names the counted noun; its digits are no unit
        ("Five F-16 jets and two T-72 tanks were lost.",
         [(5, "jet", ("F-16",)), (2, "tank", ("T-72",))]),
        # a decade is no designation, a unit symbol stays a unit, also in a range
        ("In the mid-1990s, a 5 V battery lasted 20 hours.",
         [(5, "volt", ()), (20, "hour", ())]),
        ("Prices Return to Pre-1990s Levels, 5 Analysts Say", [(5, "Analyst", ())]),
        ("The Over-50s make up 30% of voters.", [(30, "percent", ())]),
        # digits alone, letters joined by a slash, a hyphened variant: a designation is
        # the noun the figure before counts, its digits no figure ("747" counts nothing)
        ("Two 747s landed at the airport.", [(2, "747", ())]),
        ("Three Boeing 747s were grounded.", [(3, "747", ("Boeing",))]),
        ("The carrier has two 737-800s and four 777-300ERs in service.",
         [(2, "737-800", ()), (4, "777-300ER", ())]),
        ("Four F/A-18s and two Su-35Ss took off.", [(4, "F/A-18", ()), (2, "Su-35S", ())]),
        ("The airline leased two A330-200s for the summer.", [(2, "A330-200", ())]),
        # a round plural is a decade, an age or hundreds; one or two digits their own plural
        ("In his 40s, he rolled 4 3s and 100s of people watched.", [(4, None, ())]),
        ("Prices were back in the 1980-90s range for 3 weeks.", [(3, "week", ())]),
        # a model's name with its digits apart before the noun counted: the figure counts
        # the noun (it was no figure at all: a figure before a name read as an identifier)
        ("Navy personnel recovered 12 AK 47 guns from the pirates.", [(12, "gun", ("AK 47",))]),
        ("Police seized 12 M16 rifles and 2 M4 carbines.",
         [(12, "rifle", ("M16",)), (2, "carbine", ("M4",))]),
        ("The airline grounded 3 Boeing 737 Max planes.", [(3, "plane", ("Boeing 737 Max",))]),
        # a team named by a number is no figure; its players a noun counted
        ("DiLeo spent 19 seasons with the 76ers, and two 49ers scored.",
         [(19, "season", ()), (2, "49er", ())]),
        ("Former 76er Julius Erving and the 49er quarterback watched 18,000 fans at the "
         "76ers-Celtics game and 76ERS parade.", [(18000, "fan", ())]),
        ("It ordered five A320 jets and two Airbus A320 aircraft.",
         [(5, "jet", ("A320",)), (2, "aircraft", ("Airbus A320",))]),
        ("They bought two Model 3 sedans.", [(2, "sedan", ("Model 3",))]),
        ("Airbus delivered 50 A320neo jets.", [(50, "jet", ("A320neo",))]),
        # a model's digits right after the count, a capitalised word after them: the
        # count's (737 was a count of aircraft, 44 a figure of nothing)
        ("Boeing delivered 44 737 MAX aircraft in October.",
         [(44, "aircraft", ("737", "MAX"))]),
        ("The airline ordered 20 787 Dreamliners.", [(20, "Dreamliner", ("787",))]),
        # (review) not after "1" (a thousands' space), nor in a line in Title Case
        # (second re-read) a name that is no model's: neither in capitals nor a plural
        # that ends the noun phrase; then the digits are a thousands' space
        ("Some 3 200 Samsung workers went on strike.", [(3200, "worker", ("Samsung",))]),
        ("Officials counted 3 400 Ukrainians at the border.", [(3400, "Ukrainian", ())]),
        ("The county counted 1 450 Homeless people last winter.",
         [(1450, "people", ("Homeless",))]),
        ("Airline Flew 12 298 Passengers In March", [(12298, "Passenger", ())]),
        # no noun after the name's digits: still no figure
        ("He visited 12 Boeing 747 Tuesday.", []),
        ("Police said 12 AK 47 were found.", []),
        # digits that measure or count what follows are no part of a name
        ("He won 2 Olympic 100 metres titles.",
         [(2, "title", ("100 metres", "Olympic")), (100, "metre", ())]),
        ("The army said it killed 40 Taliban 2 weeks ago.", [(2, "week", ())]),
        # a people's name in -is or -us that ends the noun phrase: its plural (was no figure:
        # a word in -is or -us reads as no plural, and a figure before a capital as an id)
        ("The blast killed 12 Iraqis.", [(12, "Iraqi", ())]),
        ("The navy caught 12 Somalis and 11 Yemenis.", [(12, "Somali", ()), (11, "Yemeni", ())]),
        # in -us, a people of the lexicon's; not a brand or a name
        ("The mob killed 12 Hindus.", [(12, "Hindu", ())]),
        ("It ordered 40 Airbus and 20 Boeing jets.", [(20, "jet", ("Boeing",))]),
        ("Nearly 800,000 Tutsis and Hutus died.", [(800000, "Tutsi", ())]),
        # an acronym's plural in Is or Us
        ("He had 33 homers and 121 RBIs.", [(33, "homer", ()), (121, "RBI", ())]),
        ("The servers hold up to 768 CPUs.", [(768, "CPU", ())]),
        # a name in -is or -us before its noun is the noun's modifier, as before
        ("He visited three Paris hotels and met 12 Columbus officials.",
         [(3, "hotel", ("Paris",)), (12, "official", ("Columbus",))]),
        # an ordinal hyphened to a word is a modifier ("second" there no unit of time)
        ("He was found guilty on two first-degree murder charges.",
         [(2, "murder charge", ("first-degree",))]),
        ("They cut three second-tier suppliers.", [(3, "supplier", ("second-tier",))]),
        ("It aired three 30-second ads in 90 seconds.",
         [(3, "ad", ("30-second",)), (30, "second", ()), (90, "second", ())]),
    ],
)  # fmt: skip
def test_designations_peoples_and_ordinal_compounds_after_a_figure(
    text: str, expected: list[tuple[float, str, tuple[str, ...]]]
) -> None:
    assert [(c["value"], c["unit"], c["modifiers"]) for c in claims_of(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a height in feet and inches is one figure, in inches (was the feet alone, the
        # inches dropped or a figure of their own)
        ("The 6-foot-9 senior scored 20 points.",
         [(81, "measure", "inch"), (20, "count", "point")]),
        ("He is 5-feet-8 inches tall and 6 feet 9 inches wide.",
         [(68, "measure", "inch"), (81, "measure", "inch")]),
        ("Bell (5-foot-11, 220 pounds) ran; the 10-foot-3-inch pole fell.",
         [(71, "measure", "inch"), (220, "measure", "pound-mass"), (123, "measure", "inch")]),
        ("He stands 6 ft 9 in; the lot is at least 6 feet 2 inches.",
         [(81, "measure", "inch"), (74, "measure", "inch")]),
        ("He is six-foot-nine; she is 5 feet, 9 inches or 5 ft. 9 in. tall.",
         [(81, "measure", "inch"), (69, "measure", "inch"), (69, "measure", "inch")]),
        # not inches: more than 11, spaced with no word of inches, "in" as a preposition
        ("The 6-foot-12 wall and the 6 feet 9 men.",
         [(6, "measure", "foot"), (6, "measure", "foot"), (9, "count", "man")]),
        ("The 6ft 7in striker and the 6 ft 9 in forward.",
         [(79, "measure", "inch"), (81, "measure", "inch")]),
        ("Floodwaters reached 4 feet 3 in some homes.",
         [(4, "measure", "foot"), (3, "other", None)]),
        # (review) a weight in pounds and ounces is one figure, in ounces: the pounds
        # alone were compared with another article's kilograms (7 lb 15 oz is 3.6 kg)
        ("The baby weighed 7 pounds 15 ounces; her brother 7lb 15oz at birth.",
         [(127, "measure", "ounce"), (127, "measure", "ounce")]),
        ("She weighed seven pounds and three ounces, or 8 pounds, 1 ounce.",
         [(115, "measure", "ounce"), (129, "measure", "ounce")]),
        # (second review) hyphened, and "lbs." with its point
        ("The 7-pound, 15-ounce baby weighed 7 lbs., 15 oz. at birth.",
         [(127, "measure", "ounce"), (127, "measure", "ounce")]),
        # not ounces: 16 or more, or of another thing
        ("Police seized 500 pounds of cocaine and 20 ounces of heroin.",
         [(500, "measure", "pound-mass"), (20, "measure", "ounce")]),
        ("The baby weighed 7 pounds 16 ounces.",
         [(7, "measure", "pound-mass"), (16, "measure", "ounce")]),
        # (re-read) a comparison or a fraction of a pound: no weight in two units
        ("He was 180 pounds, 6 ounces heavier; she weighed 7.5 pounds 3 ounces.",
         [(180, "measure", "pound-mass"), (6, "measure", "ounce"),
          (7.5, "measure", "pound-mass"), (3, "measure", "ounce")]),
        # a unit quantulum3 reads only without the words after it
        ("Temperatures hit 104 degrees Fahrenheit early Tuesday.",
         [(104, "measure", "degree fahrenheit")]),
        # a length before "tall" is a length (quantulum3 raised on "feet tall")
        ("The wall is 6 feet tall; he is 1.85 metres tall.",
         [(6, "measure", "foot"), (1.85, "measure", "metre")]),
        # quantulum3's "count" is no unit: counts of a charge are counted
        ("He faces two counts of murder and one count of arson.",
         [(2, "count", "count"), (1, "count", "count")]),
    ],
)  # fmt: skip
def test_heights_lengths_before_tall_and_counts_of_a_charge(
    text: str, expected: list[tuple[float, str, str]]
) -> None:
    assert [(c["value"], c["kind"], c["unit"]) for c in claims_of(text)] == expected


def test_a_height_in_inches_says_inches_and_changes_from_one() -> None:
    """The figure is worded in inches (a finding read '81 foot-9'), and a change from one
    height to another is one claim, in inches both."""
    (d,) = sentence_claims("He grew from 5-foot-9 to 6-foot-2 in a year.")
    assert (d.value, d.unit, d.unit_surface, d.was) == (74, "inch", "inches", 69)


def test_a_preposition_before_a_measure_that_describes_a_name_is_no_qualifier() -> None:
    """ "his dunk over 7-foot-7 Kenny George" is over the man: 7 feet 7 inches exactly (it
    was more than that, and met another player's "6-foot-9" as a disagreement); "over 7
    feet" still is more than 7 feet."""
    got = [(c["value"], c["qualifier"]) for c in claims_of(
        "The video showed his dunk over 7-foot-7 Kenny George. The fence is over 7 feet."
    )]  # fmt: skip
    assert got == [(91, "exact"), (7, "more_than")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a part "of the" whole's figure counts what the whole counts, and is a part; the
        # whole is a claim of its own (the part was no figure in words, a bare one in digits)
        ("Gray was hit by three of the seven bullets.",
         [(3, "bullet", True), (7, "bullet", False)]),
        ("Police said 3 of the 12 victims were children.",
         [(3, "victim", True), (12, "victim", False)]),
        ("They lost eight of their last 10 games.", [(8, "game", True), (10, "game", False)]),
        ("He scored 12 of the team's 20 points.", [(12, "point", True), (20, "point", False)]),
        ("Three of the twenty-five men died.", [(3, "man", True), (25, "man", False)]),
        ("Three of the nearly 20 victims died.", [(3, "victim", True), (20, "victim", False)]),
        ("Five of the dozen victims died.", [(5, "victim", True), (12, "victim", False)]),
        ("Three of the 12 Republicans voted no.",
         [(3, "Republican", True), (12, "Republican", False)]),
        ("Police arrested 12 of the 40-odd protesters.",
         [(12, "protester", True), (40, "protester", False)]),
        ("Police arrested 5 of the 200 march organisers.",
         [(5, "march organiser", True), (200, "march organiser", False)]),
        # no figure after "of the", or one that is no plain count of the words after it
        # (a compound, a unit glued or after it): as before, and no whole of its own
        ("4,000 of the soldiers left.", [(4000, "soldier", False)]),
        ("Two of the 18-wheelers overturned.", [(2, "18-wheeler", True)]),
        ("Four of the 100m finalists were disqualified.", [(4, "finalist", True)]),
    ],
)  # fmt: skip
def test_a_part_of_a_whole_figure_counts_its_noun(
    text: str, expected: list[tuple[float, str, bool]]
) -> None:
    assert [(c["value"], c["unit"], c["part"]) for c in claims_of(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a figure in words right after a verb of harm or arrest is its object, a bare
        # figure as "killed 7" is (it was no figure: a word under ten with no noun)
        ("A bomb in the market killed seven.", [(7, "other", "kill")]),
        ("She opened fire, killing three and injuring several others.", [(3, "other", "kill")]),
        ("The blast killed one and injured 12 people.",
         [(1, "other", "kill"), (12, "count", "injure")]),
        ("Police arrested two on Monday.", [(2, "other", "arrest")]),
        # not a part, nor after another verb
        ("He killed one of the gunmen.", []),
        ("The coach picked seven on Monday.", []),
    ],
)  # fmt: skip
def test_a_figure_in_words_after_a_verb_of_harm_is_its_object(
    text: str, expected: list[tuple[float, str, str]]
) -> None:
    assert [(c["value"], c["kind"], c["predicate"]) for c in claims_of(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a figure in words under ten as the subject of a verb of harm, arrest or dying,
        # its noun elided, is those harmed, as "3 were killed" in digits is
        ("Five were killed and 12 wounded.", [(5, "other", "kill"), (12, "count", None)]),
        ("Two were arrested on Monday.", [(2, "other", "arrest")]),
        ("Three were shot.", [(3, "other", "shoot")]),
        ("Three died, police said.", [(3, "other", None)]),
        ("Two have since died.", [(2, "other", None)]),
        ("Nine perished in the fire.", [(9, "other", "perish")]),
        # "one" is no count here ("no one"), a part is none, nor is another verb's subject
        ("No one was hurt.", []),
        ("One was killed.", []),
        ("Two of them died.", []),
        ("Four were taken to the station.", []),  # (to hospital: a harm's, sixtieth round)
        ("Three were found guilty.", []),
        # one person's figure, the others, a part, what did not happen, a name (a review)
        ("The father of two was killed in the crash.", []),
        ("All but two were killed.", []),
        ("None of the five were hurt.", []),
        ("The other two were arrested later.", []),
        ("Five would have been killed had the bomb gone off.", []),
        ("If five were killed, the toll would rise.", []),
        ("The Jena Six were arrested in 2006.", []),
    ],
)  # fmt: skip
def test_a_figure_in_words_before_a_verb_of_harm_is_those_harmed(
    text: str, expected: list[tuple[float, str, str | None]]
) -> None:
    assert [(c["value"], c["kind"], c["predicate"]) for c in claims_of(text)] == expected


def test_a_count_of_the_killed_without_its_noun_meets_one_with_it(tmp_path: Path) -> None:
    """'Three were killed' in one article and 'killed four people' in another are one
    subject that differs: the bare count in words was no claim, and the difference
    went unseen."""
    from crosscheck.pipeline import run

    for name, text in [
        ("a.txt", "Three were killed in the bus crash near Leeds on Monday, police said."),
        ("b.txt", "The bus crash near Leeds on Monday killed four people, officials said."),
        ("c.txt", "Four people were killed in the bus crash near Leeds on Monday."),
    ]:
        (tmp_path / name).write_text(f"Bus crash near Leeds\n\n{text}\n", encoding="utf-8")
    result = run([tmp_path], Settings())
    flagged = [f for f in result.findings if f.rule == "casualty-count-disagreement"]
    assert len(flagged) == 1
    values = {c.id: c.value for c in result.claims}
    assert sorted(values[c] for c in flagged[0].claims) == [3.0, 4.0, 4.0]


@pytest.mark.parametrize(
    "word",
    ["AK-47s", "F-35As", "F/A-18s", "Su-35Ss", "MiG-29s", "A330-200s", "747s", "737-800s",
     "777-300ERs", "1990s", "1980-90s", "40s", "100s", "3s", "67s", "F-16", "f-16s",
     "Boeing-747s", "COVID-19s", "18-wheelers", "KOs", "F-16s-era", "76ers", "49ers"],
)  # fmt: skip
def test_a_designation_is_one_rule_in_a_sentence_and_in_one_word(word: str) -> None:
    """numbers.designation_plural says of one word what the tokenizer finds in a
    sentence: a word with digits is one word token there exactly when it says so (no
    other word token has digits); the noun counted is then the word without its s, its
    capitals kept."""
    from crosscheck.extract.nouns import is_plural, singular
    from crosscheck.extract.numbers import designation_plural, tokenize

    text = f"Two {word} flew."
    made = [t for t in tokenize(text) if t.kind == "word" and any(c.isdigit() for c in t.text)]
    assert designation_plural(word) == (made != []) == ([t.text for t in made] == [word])
    if made:
        assert is_plural(made[0]) and singular(word) == word[:-1]
        assert [(c["value"], c["unit"]) for c in claims_of(text)] == [(2, word[:-1])]


def test_a_decade_before_a_noun_is_no_designation() -> None:
    """'two 1990s hits' counts hits ('1990s' is no model's name); its modifier reads
    '1990 s' (1990 seconds, a known misreading of a decade as a measure), not pinned here."""
    assert [(c["value"], c["unit"]) for c in claims_of("The band released two 1990s hits.")] == [
        (2, "hit")
    ]


def test_digits_after_a_take_no_noun_said_before() -> None:
    """'a 777' names one thing: it is no count of the 747s said before it (it was, once
    the 747s were counted). That it is a figure at all is the known misreading below."""
    got = [(c["value"], c["unit"]) for c in claims_of("Two 747s and a 777 were parked.")]
    assert (2, "747") in got
    assert all(unit != "747" for value, unit in got if value == 777)


@pytest.mark.xfail(
    strict=True,
    reason="known misreading: a name in -s before a plural noun is read as the plural "
    "counted ('2,300 Hamas fighters' counts Hama, '500 Windows users' Window). Reading it "
    "as the noun's modifier (a capitalised word, not in capitals, before a plural in lower "
    "case) moves seven development claims, all to the right noun ('500 Windows users', "
    "'two Purple Aces defenders'), and the leave-one-event-out models refitted on them "
    "lose one finding and gain two corroborations (25/80 to 24/80, 243/364 to 245/364): "
    "it waits for a refit of the pair model that moves less",
)
def test_a_name_in_s_before_a_plural_noun_is_its_modifier() -> None:
    got = [
        (c["value"], c["unit"], c["modifiers"])
        for c in claims_of("About 2,300 Hamas fighters and 40 Colts fans were there.")
    ]
    assert got == [(2300, "fighter", ("Hamas",)), (40, "fan", ("Colts",))]


@pytest.mark.xfail(
    strict=True,
    reason="known misreading: a designation in digits after 'a' ('a 777') reads as a bare "
    "figure of 777 (nothing in its shape tells a name from a figure: 'a 777' and 'a 500' "
    "are alike)",
)
def test_a_designation_in_digits_after_a_is_no_figure() -> None:
    """What it should read: the two 747s alone, 'a 777' naming one aircraft."""
    got = [(c["value"], c["unit"]) for c in claims_of("Two 747s and a 777 were parked.")]
    assert got == [(2, "747")]


def test_a_range_in_one_unit_symbol_is_no_model_name() -> None:
    """'8 GB-16 GB' repeats its unit: a range of measures, not a model called GB-16."""
    for text in ("It ships with 8 GB-16 GB of memory.", "It draws 8 W-10 W in use."):
        assert [(c["lower"], c["upper"], c["kind"]) for c in claims_of(text)] == [
            (8, 16 if "GB" in text else 10, "measure")
        ]


def test_a_figure_short_of_its_number_allows_no_more_than_it() -> None:
    """'nearly 300' and 'almost 300' are at most 300 in the claim's record, as the rules
    judge them (quantity.interval; a user found report.json giving 270 to 330 beside an
    error saying 310 cannot be); 'nearly -40' at least -40; 'about' and 'some' stay plus
    or minus 10%."""
    from crosscheck.model import Document

    text = (
        "A ferry carrying nearly 300 passengers sank. Almost 40 were rescued. "
        "It was nearly -40 degrees. Some 300 fled and about 50 stayed."
    )
    doc = Document("d", "d", "text", text, ((0, len(text)),))
    got = {c.text: (c.lower, c.upper) for c in extract_claims(doc, segment(doc))}
    assert got["nearly 300 passengers"] == pytest.approx((270, 300))
    assert got["Almost 40"] == pytest.approx((36, 40))
    assert got["nearly -40 degrees"] == pytest.approx((-40, -36))
    assert got["Some 300"] == pytest.approx((270, 330))
    assert got["about 50"] == pytest.approx((45, 55))
    # a range written so keeps its written ends (its figure is their middle)
    text = "Nearly 10 to 12 people were hurt. Almost six or seven dollars were paid."
    doc = Document("d", "d", "text", text, ((0, len(text)),))
    got = {c.text: (c.lower, c.upper) for c in extract_claims(doc, segment(doc))}
    assert got["Nearly 10 to 12 people"] == (10, 12)
    assert got["Almost six or seven dollars"] == (6, 7)


def test_elided_noun_from_previous_sentence() -> None:
    doc_text = "The ministry counted 450 schools in the province. About 300 were damaged."
    from crosscheck.model import Document

    doc = Document("d", "d", "text", doc_text, ((0, len(doc_text)),))
    claims = extract_claims(doc, segment(doc))
    assert [(c.value, c.unit, c.elided) for c in claims] == [
        (450, "school", False),
        (300, "school", True),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The S&P 500 rose 64.06 points to 4,577.10.",
         [(64.06, "point", "count"), (4577.10, "point", "count")]),
        ("The index lost 162.31 points, or 2.14%, to fall to 7,425.81.",
         [(162.31, "point", "count"), (2.14, "percent", "percent"), (7425.81, "point", "count")]),
        ("The carmaker cut 1,200 jobs to 9,000.",
         [(1200, "job", "count"), (9000, "job", "count")]),
        ("The index rose 64 points to 4,577 points.",
         [(64, "point", "count"), (4577, "point", "count")]),
        # no change before 'to': a range, not a level
        ("The new range runs from 252 miles to 287 miles.", [(269.5, "mile", "measure")]),
        # the 'to' of another clause's change
        ("The bank cut 300 jobs as profit fell 4% to 1,200.",
         [(300, "job", "count"), (4, "percent", "percent"), (1200, None, "other")]),
        ("Ford cut 300 jobs while rival GM grew to 9,000.",
         [(300, "job", "count"), (9000, None, "other")]),
    ],
)  # fmt: skip
def test_the_level_a_change_reached_has_its_unit(
    text: str, expected: list[tuple[float, str, str]]
) -> None:
    assert [(c["value"], c["unit"], c["kind"]) for c in claims_of(text)] == expected


def test_modifiers_and_compound_nouns() -> None:
    c = one("Officials said 37 armed police officers were deployed.")
    assert c["unit"] == "police officer" and c["modifiers"] == ("armed",)
    c = one("The storm destroyed 1,100 public housing units.")
    assert c["unit"] == "housing unit" and c["modifiers"] == ("public",)


def test_nominal_adjectives_count_people() -> None:
    c = one("Ten dead in southern quake")
    assert (c["value"], c["unit"]) == (10, "dead")


# --- numbers in words and scales -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Volunteers planted two hundred and fifty trees.", 250),
        ("The club signed a dozen players.", 12),
        ("Twenty-five ships were inspected.", 25),
        ("The agency hired 1.5 million workers.", 1.5e6),
        ("The fund lost $137-million last year.", 137e6),
        ("Revenue reached 2bn euros.", 2e9),
        ("They sold 25k tickets.", 25e3),
    ],
)
def test_numbers_in_words_and_scales(text: str, value: float) -> None:
    assert value in values(text)


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("Prosecutors said he fired his dozen rounds from the roof.", [(12, "round")]),
        ("The dozen victims were taken to hospital.", [(12, "victim")]),
        ("Those dozen or so homes were lost in the fire.", [(12, "home")]),
        # a title, "the dozen" before a preposition, "of", "by the dozen", a clause: none
        ("The Dirty Dozen was shown on Sunday.", []),
        ("He bought the dozen at the market.", []),
        ("Workers were laid off by the dozen last year.", []),
        ("The dozen who died were miners.", []),
        ("The dozen of them left early.", []),
    ],
)
def test_a_dozen_after_a_determiner_is_twelve(text: str, counted: list[tuple[float, str]]) -> None:
    """ "his dozen rounds", "the dozen victims": twelve, as "a dozen rounds" is (a shooting's
    "his dozen rounds" against "13 shots" was a figure not read)."""
    assert [(c["value"], c["unit"]) for c in claims_of(text)] == counted


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The speed of light is approximately 2.998×10−8 meters per second.", 2.998e-8),
        ("Light travels at 2.998 x 10^8 metres a second.", 2.998e8),
        ("A mole holds 6.02 × 10²³ atoms.", 6.02e23),
        ("The dose was 3×10^-4 grams.", 3e-4),
        ("The sample weighed 0.00001 × 10^3 grams.", 0.01),
        # a small exponent in superscript after '×': a power, no footnote's mark
        ("The dish held 2.5×10² cells.", 250.0),
        ("The dish held 3 x 10¹ cells.", 30.0),
    ],
)
def test_powers_of_ten_are_one_figure(text: str, value: float) -> None:
    assert values(text) == [value]


def test_a_comma_and_one_or_two_digits_is_a_decimal_only_before_a_scale_word() -> None:
    assert values("Officials said 3,5 thousand soldiers left.") == [3500]
    assert values("The crates were marked 1,2 and 3 by the police.") == [1, 2, 3]
    assert values("They scored 3,4 and 5 points on Monday.") == [3, 4, 5]
    assert values("Seeds sold 1,2,3 million packets.") == [1, 2, 3e6]
    assert values("Seeds sold 1,25 million packets.") == [1.25e6]  # as "1.25 million"
    # nor before what is no scale after "2.5" either (a spaced k), nor another figure
    assert values("The state paid 2,5 k euros to the town.") == [2, 5]
    assert values("They built walls in 2,5 and 7 m steps.") == [2, 5, 7]
    assert values("Seeds sold 1,2,3 mln packets.") == [1, 2, 3e6]
    # a glued scale joins only after a currency sign: English writes lists so
    assert values("Runners in the 5,10K races were fast.") == [5, 10_000]
    assert values("It comes in models 7,8B and 70B in size.") == [7, 8e9, 70e9]
    assert values("The wall is 2,5m tall, the council said.") == [2, 5]
    # nor before a scale under a thousand ("rows 1,2 hundred": rows 1 and 2 hundred)
    assert values("They sat in rows 1,2 hundred seats long.") == [1, 200]


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        # every scale word the tokenizer reads after "2.5", in any case it reads it: a
        # capital, a glued or spaced abbreviation, a hyphen (each was 2 and then 5 of them)
        ("Officials said 3,5 Million additional troops were sent.", 3.5e6, "troop"),
        ("The ministry said the budget rose to 2,5 MILLION euros.", 2.5e6, "euro"),
        ("The state will pay €2,5bn to the town, officials said.", 2.5e9, "euro"),
        ("The state will pay €2,5 bn to the town, officials said.", 2.5e9, "euro"),
        ("The state will pay €2,5m to the town, officials said.", 2.5e6, "euro"),
        ("The state will pay 2,5 mln euros to the town.", 2.5e6, "euro"),
        ("The state will pay 2,5 Bn euros to the town.", 2.5e9, "euro"),
        ("The firm raised $1,2B from investors on Monday.", 1.2e9, "dollar"),
        ("The firm raised $1,2-million from investors on Monday.", 1.2e6, "dollar"),
        ("The firm raised US$1,2bn from investors on Monday.", 1.2e9, "dollar"),
        # a currency code before it, spaced or glued (each was 2, then 5 billion of nothing)
        ("The deal is worth EUR 2,5bn, the company said.", 2.5e9, "euro"),
        ("The firm raised USD1,2bn from investors on Monday.", 1.2e9, "dollar"),
        ("The state will pay 2,5 crore rupees to the town.", 2.5e7, "indian rupee"),
        ("Seeds sold 2,5 million packets last year.", 2.5e6, "packet"),
    ],
)
def test_a_decimal_comma_before_any_scale_word_the_tokenizer_reads_is_one_figure(
    text: str, value: float, unit: str
) -> None:
    """'€2,5bn', '3,5 Million', '2,5 mln': one figure, as '€2.5bn', '3.5 Million' and
    '2.5 mln' are (each was 2, and then 5 billion or million)."""
    (c,) = claims_of(text)
    assert (c["value"], c["unit"]) == (pytest.approx(value), unit)


def test_a_size_written_with_x_is_not_a_power_of_ten() -> None:
    assert values("They share a 2 x 10 room.") == [2, 10]


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        # full stops between groups of three digits: a whole number, never "1.000" and ".000"
        ("Officials said 1.000.000 people were evacuated on Monday.", 1e6, "people"),
        ("Officials said 12.500.000 people were evacuated on Monday.", 12.5e6, "people"),
        ("The ministry counted 4.000.000.000 euros of damage.", 4e9, "euro"),
        ("Officials said 1,000,000 people were evacuated on Monday.", 1e6, "people"),
        ("Officials said 1.5 million people were evacuated on Monday.", 1.5e6, "people"),
        # one group stays the decimal English writes where a unit says what is measured
        ("The rod is 1.356 metres long.", 1.356, "metre"),
        ("It cost 3.500 dollars to enter.", 3.5, "dollar"),
        # a decimal comma after full stops between groups: one figure, never "50 euros"
        ("The total was 1.000.000,50 euros.", 1000000.5, "euro"),
        ("The fund paid €1.234.567,89 to the town.", 1234567.89, "euro"),
        # one group and a decimal comma: European style too (English puts no comma there)
        ("The bill came to €1.234,56 in total, the court heard.", 1234.56, "euro"),
        ("It cost 12.345,5 euros to repair.", 12345.5, "euro"),
        # a decimal comma before a scale word: one figure, never "3" and "5 thousand"
        ("Officials said 3,5 thousand additional troops were sent.", 3500, "troop"),
        ("The ministry said the budget rose to 2,5 million euros this year.", 2.5e6, "euro"),
        ("Between 2020 and 2022 the region lost 1.200.000.000 euros.", 1.2e9, "euro"),
        # the next scale word after a trillion: "5 quadrillion troops" was 5
        ("The derivatives market is worth 1.2 quadrillion dollars.", 1.2e15, "dollar"),
        # "and a half" before any scale word ("trillion dollar" was the unit, the value 2.5)
        ("The plan will cost 2 and a half trillion dollars.", 2.5e12, "dollar"),
        ("The plan will cost 2 and a half crore rupees.", 2.5e7, "indian rupee"),
        ("The plan will cost 3 and a half thousand crore rupees.", 3.5e10, "indian rupee"),
        # scientific notation, never a unit "e"
        ("Officials said 1e6 people were evacuated on Monday.", 1e6, "people"),
        ("Officials said 2.5e3 people were evacuated on Monday.", 2500, "people"),
        ("The dose was 1.99E-30 grams.", 1.99e-30, "gram"),
        ("The value of the constant is 6.02E23, the paper said.", 6.02e23, None),
    ],
)
def test_thousands_dots_and_powers_of_ten_are_one_figure(
    text: str, value: float, unit: str | None
) -> None:
    (c,) = claims_of(text)
    assert (c["value"], c["unit"]) == (pytest.approx(value), unit)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # one group before a count: one person or a European thousand, unknowable
        ("Officials said 1.000 people were evacuated on Monday.", []),
        ("Officials said 1.500 people and 30 dogs were evacuated.", [30]),
        ("Between 1.000 and 2.000 people were evacuated.", []),
        ("Some 1.000-2.000 people were evacuated.", []),
        # money or a share to three decimals that are all zeros: one or a thousand
        ("A ticket costs 1.000 euros at the door.", []),
        ("Prices rose 1.000% in a year.", []),
        ("Inflation was 3.000 percent in May.", []),
        ("Fuel cost $3.459 a gallon on Monday.", [3.459]),
        # addresses and builds: full stops between groups that are no figure
        ("Traffic came from 192.168.100.200 on Monday.", []),
        ("The attack used host 10.100.100.100 for hours.", []),
        ("The company pushed firmware 1.100.200 to 4.000.000 routers.", [4e6]),
        ("The server runs version 2.100.300 since May.", []),
        # a verb before the figure names nothing: "build", "host", "release"
        ("The plans are to build 1.000.000 homes by 2030.", [1e6]),
        ("The city will host 1.200.000 visitors this summer.", [1.2e6]),
        ("OPEC agreed to release 1.000.000 barrels a day.", [1e6]),
        # phone numbers: after a country code or a word of calling; a leading zero
        ("Call +34 912.345.678 for help.", []),
        ("Tel. 06.123.456 for help.", []),
        ("For details, phone 912.345.678 before noon.", []),
        ("Officials said 912.345.678 euros were spent.", [912345678]),
        ("Call us on 912.345.678 for help.", []),
        ("Call the hotline 912.345.678 for help.", []),
        ("Call police on 912.345.678 for help.", []),
        ("Phone them at 912.345.678 for help.", []),
        # a word of calling that calls no number: the dotted count stands
        ("The phone maker sold 12.000.000 handsets last year.", [12e6]),
        ("Mobile phone sales reached 12.000.000 units in May.", [12e6]),
        ("Analysts said the phone maker sold 12.000.000 handsets.", [12e6]),
        # a number that is no round count: a verb of calling a few words before calls it
        # ('912.000.678' was read as 912 million), a phone maker or subscribers do not
        ("Call the hotline 912.000.678 for help.", []),
        ("Please ring them on 912.000.678 for help.", []),
        ("The phone maker sold 12.345.678 handsets last year.", [12345678]),
        ("Mobile subscribers reached 45.123.456 in May.", [45123456]),
        ("The hotline received 12.345.678 calls last year.", [12345678]),
        ("The call centre took 12.345.678 calls last year.", [12345678]),
        # a figure that counts the plural noun after it is no number called: the verb
        # messages or rings that many people; a number rung counts nothing after it
        ("The carrier will text 12.345.678 users next week.", [12345678]),
        ("The bank will call 12.345.678 customers this month.", [12345678]),
        ("The bank will call 12.000.000 customers this month.", [12e6]),
        ("Text 555.123.4567 to vote.", []),
        ("Text 912.345.678 to vote.", []),
        # a message sent 'to' the number a verb of texting names a few words before
        ("Text VOTE to 912.345.678 now.", []),
        ("Text HELP to 912.345.678.", []),
        # ... in quotes or one capital letter (a second review)
        ("Text 'YES' to 912.345.678.", []),
        ('Text "yes" to 912.345.678.', []),
        ("Text \u201cYES\u201d to 912.345.678.", []),
        ("Text Y to 912.345.678.", []),
        ("The carrier grew 'phone' subscribers to 45.123.456 last year.", [45123456]),
        # ... not a noun between the word of calling and 'to': the level a count reached
        ("The carrier grew phone subscribers to 45.123.456 last year.", [45123456]),
        ("The carrier grew text users to 12.345.678.", [12345678]),
        ("Calls to the hotline rose to 1.234.567 last year.", [1234567]),
        ("Text messages rose to 12.345.678 last year.", [12345678]),
        ("The fine was 1.234.567 euros.", [1234567]),
        ("Call 912.345.678 toll-free.", []),
        # ... but a plural word of when after it says when to call, and counts nothing
        ("Call 912.345.678 weekdays for help.", []),
        ("Residents can call 912.345.678 evenings and weekends.", []),
        ("Phone 912.345.678 afternoons.", []),
        ("For tickets call 912.345.678 days before the show.", []),
        ("Call 912.345.678 Mondays and Fridays.", []),
        ("Call 912.345.678 weekday mornings.", []),
        ("The carrier will text 12.345.678 night-shift workers.", [12345678]),
        ("Call 912.345.678 weeknights for help.", []),
        ("Call 912.345.678 workdays.", []),
        ("Call 912.345.678 Tues and Thurs.", []),
        # a label or a link names a number whatever follows it (a full stop missing)
        ("Phone: 912.345.678 Operators are standing by.", []),
        ("Tel.: 912.345.678 Volunteers answer until 10 p.m.", []),
        ("Call us on 912.345.678 weekdays.", []),
        # powers of ten that are none: long exponents, a capital E after a whole number,
        # a lone e glued to the digits, a letter after a form's number
        ("The number 1e999 was printed on the screen.", []),
        ("The number 1e99999 was printed on the screen.", []),
        ("It was the 5e edition of the guide.", []),
        ("She lives in room 1e on the top floor.", []),
        ("The 2e division marched into the town.", []),
        ("He filed Form 1040-ES late.", []),
        ("The code 2E9 appeared on the screen.", []),
        ("The hash 3e4f appeared on the screen.", []),
        # digits with two or more full stops that are no thousands: versions and dates
        ("Version 1.2.3 was released with 4.000.000 downloads.", [4e6]),
        ("The letter dated 08.07.2012 listed 300 people.", [300]),
    ],
)
def test_figures_whose_full_stops_cannot_be_read_give_no_value(
    text: str, found: list[float]
) -> None:
    assert values(text) == found


@pytest.mark.parametrize(
    ("text", "value", "unit", "said"),
    [
        ("She was an $80,000-a-year computer expert.", 80_000, "dollar per year",
         "$80,000-a-year"),
        ("She took a $40-an-hour job at the port.", 40, "dollar per hour", "$40-an-hour"),
        ("Gas sold at $3-per-gallon in May.", 3, "dollar per gallon", "$3-per-gallon"),
        ("The bank paid 5-per-cent interest.", 5, "percent", "5-per-cent"),
    ],
)  # fmt: skip
def test_a_rate_glued_by_hyphens_reads_as_one_written_apart(
    text: str, value: float, unit: str, said: str
) -> None:
    """'$80,000-a-year' is '$80,000 a year': money per year, never a count of 'a'."""
    (c,) = claims_of(text)
    assert (c["value"], c["unit"], c["text"]) == (value, unit, said)
    assert not any(c["unit"] in ("a", "an", "per") for c in claims_of("A 20-a-day habit."))
    assert claims_of("The bill came to $5-a-") == []  # cut off after the hyphen: no rate


@pytest.mark.parametrize(
    ("text", "lower", "upper"),
    [
        ("Between 800.000 and 1.000.000 people were evacuated.", 800_000, 1e6),
        ("Some 1.000-2.000.000 people fled the region.", 1000, 2e6),
        ("Between 800.000 and 1.000.000 euros were paid out.", 800_000, 1e6),
    ],
)
def test_a_range_end_of_one_group_reads_as_its_other_end_is_grouped(
    text: str, lower: float, upper: float
) -> None:
    """Full stops between groups at one end of a range say how the writer groups digits:
    the single group at the other end is thousands too, never a decimal or no claim."""
    (c,) = claims_of(text)
    assert (c["lower"], c["upper"]) == (lower, upper)


@pytest.mark.parametrize(
    ("text", "lower", "upper"),
    [
        ("Hundreds of protesters gathered.", 100, 1000),
        ("Tens of thousands of people marched.", 1e4, 1e5),
        ("Dozens of homes were flooded.", 12, 120),
    ],
)
def test_vague_plurals_are_ranges(text: str, lower: float, upper: float) -> None:
    c = one(text)
    assert (c["lower"], c["upper"], c["qualifier"]) == (lower, upper, "range")


@pytest.mark.parametrize(
    ("text", "lower", "upper"),
    [
        ("Between 80 and 90 boats left the harbour.", 80, 90),
        ("The garrison has 3,000 to 3,500 soldiers.", 3000, 3500),
        ("The range is 252-287 miles.", 252, 287),
        ("Estimates put the cost at $5-10 billion.", 5e9, 10e9),
        ("The new range runs from 252 miles to 287 miles.", 252, 287),
        # a scale that closes the second number in words scales the first too
        ("Two to three million people fled the fighting.", 2e6, 3e6),
        ("Between three and four hundred soldiers were killed.", 300, 400),
        ("There are four to five thousand people in the camp.", 4000, 5000),
        # but not when the first, scaled, would reach the second, or the scale is the second
        ("Estimates ranged from 500 to one million dollars.", 500, 1e6),
        ("Between five and five hundred people were inside.", 5, 500),
        ("The scale runs from one to a hundred points.", 1, 100),
        ("One or two million people may be displaced.", 1e6, 2e6),
    ],
)
def test_ranges(text: str, lower: float, upper: float) -> None:
    found = [c for c in claims_of(text) if c["qualifier"] == "range"]
    assert len(found) == 1, claims_of(text)
    assert (found[0]["lower"], found[0]["upper"]) == (lower, upper)


# --- qualifiers --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("Officials said about 40 people died.", "approx"),
        ("Roughly 200 flights were cancelled.", "approx"),
        ("An estimated 5,000 families fled.", "approx"),
        ("Nearly 30 schools closed.", "approx"),
        ("At least 13 miners were trapped.", "at_least"),
        ("Some 3,000 or more troops crossed.", "at_least"),
        ("No fewer than 12 ships sank.", "at_least"),
        ("More than 700 transplants were performed.", "more_than"),
        ("Upwards of 60 firms bid.", "more_than"),
        ("The plant will hire up to 400 people.", "at_most"),
        ("At most 20 buses run at night.", "at_most"),
        ("Fewer than 10 patients remain.", "less_than"),
        ("The trip costs under $10 per person.", "less_than"),
        # (seventeenth round) "as long as", "as far as" bound a measure, as "as much as"
        # does; before a figure with no unit of measure they are a condition
        ("Drivers were stuck for as long as 20 hours.", "at_most"),
        ("Debris was thrown as far as 650 feet.", "at_most"),
        ("The crater is as deep as 12 metres.", "at_most"),
        ("They can stay as long as two people remain.", "exact"),
        # (its review) a condition with a unit of measure too; ages' bounds; the lower
        # bounds "as young as", "as low as"
        ("The loans are offered as long as 12 months of payslips are shown.", "exact"),
        ("Rebels can fight as long as 40 percent of the border is open.", "exact"),
        ("Drivers were stuck for as long as 20 hours on the motorway.", "at_most"),
        ("Debris was thrown as far as 650 feet away.", "at_most"),
        ("Flights were delayed by as long as three hours last night.", "at_most"),
        ("The deal holds as long as 12 months pass without attacks.", "exact"),
        ("The victims were as old as 90.", "at_most"),
        ("Children as young as 12 were held.", "at_least"),
        # (final review) a condition opening its sentence; a comparison; a time's
        ("As long as 50 percent of voters approve, the measure passes.", "exact"),
        ("The fire covered an area as big as 40 football pitches.", "exact"),
        ("The crater is about as deep as 10 metres.", "exact"),
        ("The practice began as long as 40 years ago.", "exact"),
        ("Records go back as far as 200 years.", "exact"),
        ("It is twice as fast as 40 mph.", "exact"),
    ],
)
def test_qualifiers(text: str, qualifier: str) -> None:
    assert one(text)["qualifier"] == qualifier


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # right after a bare figure, and again after it with no unit read
        ("Police counted 3,000 at the rally.", (3000, "exact", None)),
        # right after the figure, after its qualifier, after its noun
        ("Some 3,000 or more troops were sent.", (3000, "at_least", "troop")),
        ("About 200 people or so gathered.", (200, "approx", "people")),
        ("About 50-or-so people attended.", (50, "approx", "people")),
        # a share: after the figure, and after it again once read as a share
        ("Nearly three quarters of the market was sold.", (75, "approx", "percent")),
    ],
)  # fmt: skip
def test_a_figures_qualifier_after_it_is_read_at_each_place(
    text: str, expected: tuple[float, str, str | None]
) -> None:
    """What follows a figure is asked for a qualifier at up to four places (right after
    it, after its qualifier or unit, after its noun, after it read as a share): each
    place finds the phrase that begins there."""
    c = one(text)
    assert (c["value"], c["qualifier"], c["unit"]) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "or ..." after the counted noun qualifies the figure
        ("They sent 3,000 troops or more.", [(3000, "at_least", "troop")]),
        ("They sent 3,000 troops or more to the border.", [(3000, "at_least", "troop")]),
        ("The army supplied 3,000 or more 155mm shells.",
         [(3000, "at_least", "shell"), (155, "exact", "millimetre")]),
        ("He fired 12 rounds or fewer.", [(12, "at_most", "round")]),
        ("Only 40 people or thereabouts came.", [(40, "approx", "people")]),
        # a figure of its own after "and more than", "and up to"
        ("Blackmore, who has had 26 wives and more than 100 children, is outspoken.",
         [(26, "exact", "wife"), (100, "more_than", "child")]),
        ("Police found 10 cars and more than 20 buses.",
         [(10, "exact", "car"), (20, "more_than", "bus")]),
        ("The blast killed 30 people and up to 50 others.",
         [(30, "exact", "people"), (50, "at_most", "other")]),
        # "and more" ends a list, "plus" adds: no qualifier of the figure
        ("Police seized 40 rifles, 12 grenades and more.",
         [(40, "exact", "rifle"), (12, "exact", "grenade")]),
        ("It employs 30 people plus their families.", [(30, "exact", "people")]),
        # a second noun after "or": a coordination, not a qualifier
        ("They admitted 120 universities or higher education colleges.",
         [(120, "exact", "university or higher education college")]),
        ("Aid reached 25 towns or less-developed villages.",
         [(25, "exact", "town or village")]),
        ("They sent 5 tanks or so-called armoured vehicles.", [(5, "exact", "tank")]),
        ("The ministry said 120 universities or higher education colleges applied.",
         [(120, "exact", "university")]),
        ("They killed 30 soldiers and more than a dozen civilians.",
         [(30, "exact", "soldier"), (12, "more_than", "civilian")]),
        # a comparison of its own, no second noun
        ("The company hired 50 engineers and more than doubled its sales.",
         [(50, "exact", "engineer")]),
        ("They killed 30 soldiers and more than half of the civilians.",
         [(30, "exact", "soldier"), (50, "more_than", "percent")]),
        # "and up" qualifies, but for "and up to" a figure
        ("The tax applies to firms with 50 employees and up.", [(50, "at_least", "employee")]),
        # a hyphen written for a dash after the qualifier
        ("Authorities evacuated 500 families or more-around 2,000 people.",
         [(500, "at_least", "family"), (2000, "approx", "people")]),
        # a hyphen written for a dash
        ("They won the games decided by one score or less-the only loss came late.",
         [(1, "at_most", "score")]),
    ],
)  # fmt: skip
def test_a_qualifier_after_the_counted_noun_is_an_or_phrase_ending_it(
    text: str, expected: list[tuple[float, str, str]]
) -> None:
    """After its counted noun, a figure's qualifier is an "or" phrase that ends the noun
    ("3,000 troops or more" read exact 3,000 of "troop or more"); one that opens a figure
    or a word of its own ("and more than 100 children", "or so-called", "or higher
    education colleges"), "and more" closing a list and "plus" are none."""
    assert [(c["value"], c["qualifier"], c["unit"]) for c in claims_of(text)] == expected


@pytest.mark.parametrize(
    ("text", "spaced"),
    [
        ("About 50-or-so people attended the meeting.",
         "About 50 or so people attended the meeting."),
        ("Some 50-odd people attended.", "Some 50 odd people attended."),
        ("The 60-odd members voted.", "The 60 odd members voted."),
        ("Her 40-plus years in office ended.", "Her 40 plus years in office ended."),
        ("They needed 30-or-more votes.", "They needed 30 or more votes."),
        ("Fifty-odd people came.", "Fifty odd people came."),
        ("He drove 50-odd miles.", "He drove 50 odd miles."),
        ("The $40-odd million deal closed.", "The roughly $40 million deal closed."),
    ],
)  # fmt: skip
def test_a_qualifier_hyphened_to_its_figure_reads_as_written_apart(text: str, spaced: str) -> None:
    """'50-or-so people' was no claim (a count of 'or'), '50-odd' none either; spaced, the
    unit after the qualifier is read too ('50 odd miles' counted miles)."""
    keys = ("value", "lower", "upper", "qualifier", "kind", "unit")
    assert [[c[k] for k in keys] for c in claims_of(text)] == [
        [c[k] for k in keys] for c in claims_of(spaced)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 'some' hyphened to a figure is '-something' (spaced, it qualifies nothing)
        ("He worked there for 20-some years.", [(20, 18, 22, "year", "duration")]),
        ("The twenty-some candidates debated.", [(20, 18, 22, "candidate", "count")]),
        # a unit after the qualifier is the figure's, hyphened or spaced
        ("He drove 50-odd miles, then 40 odd miles.",
         [(50, 45, 55, "mile", "measure"), (40, 36, 44, "mile", "measure")]),
        # an age goes on after the qualifier
        ("A 50-odd-year-old man was hurt.", [(50, 45, 55, "year", "age")]),
        # a quake named after the qualifier is the figure's: its magnitude
        ("A 4-plus earthquake was recorded near the town.", [(4, 4, None, "magnitude", "measure")]),
        # a scale word after the qualifier scales the figure and counts nothing: the noun
        # counted is the one after it ("thousand people" was the unit)
        ("Some 40-odd thousand people marched.", [(40000, 36000, 44000, "people", "count")]),
        ("He sold 40-some thousand copies.", [(40000, 36000, 44000, "copy", "count")]),
        ("Thirty-some thousand fans came.", [(30000, 27000, 33000, "fan", "count")]),
        ("Some 40 odd thousand people marched.", [(40000, 36000, 44000, "people", "count")]),
        # 'plus' before an age band's noun names the band: no count of ages or groups
        ("The 50-plus age group was hit hardest, and 40-plus people died.",
         [(40, 40, None, "people", "count")]),
        ("Voters in the 50-plus bracket and the 65 plus age groups paid more.", []),
        # a group alone is no age band: the figure is kept
        ("A 30-plus group of hikers set out.", [(30, 30, None, None, "other")]),
        # with no noun after it, a rating is a bare figure of at least what it says
        ("The film is rated 18-plus.", [(18, 18, None, None, "other")]),
        # a compound after a spaced qualifier is none of the figure's
        ("About 20 or so-called experts came.", [(20, 18, 22, None, "other")]),
        # a figure after 'plus' is a sum, no qualifier
        ("The league uses a 2-plus-1 format for 12 teams.", [(12, 12, 12, "team", "count")]),
    ],
)  # fmt: skip
def test_a_hyphened_qualifier_and_what_follows_it(
    text: str, expected: list[tuple[float, float, float, str, str]]
) -> None:
    got = [(c["value"], c["lower"], c["upper"], c["unit"], c["kind"]) for c in claims_of(text)]
    want = [tuple(pytest.approx(x) if isinstance(x, int) else x for x in e) for e in expected]
    assert got == want


def test_interval_the_wording_allows() -> None:
    assert (one("At least 3,000 troops")["lower"], one("At least 3,000 troops")["upper"]) == (
        3000,
        None,
    )
    c = one("Fewer than 10 patients remain.")
    assert (c["lower"], c["upper"]) == (None, 10)
    c = one("About 40 people died.")
    assert c["lower"] == pytest.approx(36) and c["upper"] == pytest.approx(44)


def test_a_claims_interval_kept_is_the_one_worked_out() -> None:
    """quantity.interval keeps each claim's (a frozen record): asked again, with either
    tolerance, it is what working it out gives; a claim built with a list for its span
    (no hash) gets it too."""
    from dataclasses import replace

    from crosscheck import quantity

    docs = read_inputs([SEEDS], Settings()).documents
    claims = [c for d in docs for c in extract_claims(d, segment(d))]
    assert len(claims) > 10 and any(c.qualifier != "exact" for c in claims)
    for _ in range(2):
        for c in claims:
            for tolerance in (0.10, 0.05):
                assert quantity.interval(c, tolerance) == quantity._interval(c, tolerance)
    listed = replace(claims[0], span=list(claims[0].span))  # type: ignore[arg-type]
    assert quantity.interval(listed) == quantity.interval(claims[0])
    # two claims alike but for a field the interval reads share no entry
    about = next(c for c in claims if c.qualifier == "approx")
    plain = replace(about, qualifier="exact")
    assert quantity.interval(about) == quantity._interval(about)
    assert quantity.interval(plain) == quantity._interval(plain) != quantity.interval(about)


# --- not quantities ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The plant opened in 2006 and closed in February 2016.",  # years, month-year
        "The meeting starts at 10 a.m. and ends at 6:40 p.m.",  # times
        "It was the country's fourth nuclear test and the first round of talks.",  # ordinals
        "Call the hotline on 555-0143 for details.",  # phone
        "Residents of 10 Downing Street declined to comment.",  # address
        "Under Article 5 of the treaty, members must respond.",  # article number
        "Flight 370 disappeared over the ocean.",  # identifier
        "The vote took place on March 6, 2025.",  # date
        "The report was published on Jan. 24 by the agency.",  # abbreviated month
        "The board met on Thursday 6, police said.",  # a weekday's date
        "Tuesday 3 was a quiet day at the port.",
        "The fair runs on Saturday 14 and Sunday 15, organisers said.",
        # a weekday's date before a verb, a time or an adverb, a weekday's year
        "The vote on Sunday 14 drew a large turnout.",
        "The derby on Saturday 14 kicks off at noon.",
        "Polls close on Thursday 6 local time.",
        "Storms are expected from Wednesday 5 onwards.",
        "Cyber Monday 2024 orders beat forecasts.",
        # (review) a verb in -s, a unit that is a verb, capitals: a date
        "The race on Sunday 14 starts at noon.",
        "The parade on Sunday 14 marches through the city centre.",
        "The storm on Sunday 14 pounds the coast.",
        "The deal on Monday 12 inches closer to approval.",
        "ON SUNDAY 14 PEOPLE DIED IN THE FLOODING.",
        "Talks resume on Monday 0900 local time.",
        "Small four-legged robots patrolled the tunnels.",  # compound adjective
        "The COVID-19 wave and the G20 summit dominated the news.",  # names with digits
        # (outside hunt) a model's numbers after its name were a range ("72-600": 336)
        "The ATR 72-600 skidded off the runway.",
        "A Boeing 737-800 landed safely.",
        "A Boeing 737\u2013800 landed safely.",  # (review) an en dash
    ],
)
def test_not_claims(text: str) -> None:
    assert claims_of(text) == []


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # (review) a score's or a poll's two sides after a name are no model: only a
        # series in whole hundreds is ("737-800", "72-600")
        ("Harris trails Trump 44-47 in the latest poll.", "44-47"),
        ("The Warriors trailed Denver 88-104 at the half.", "88-104"),
        ("Among Britons 18-24, support was 60 percent.", "18-24"),
    ],
)
def test_two_figures_after_a_name_that_are_no_model_stay(text: str, figure: str) -> None:
    assert figure in [c["text"] for c in claims_of(text)]


@pytest.mark.parametrize(
    ("text", "figure", "unit"),
    [
        ("On Sunday 14 people died in the flooding.", "14 people", "people"),
        ("Police said on Sunday 40 people were arrested.", "40 people", "people"),
        ("The tanker ran aground late on Monday 12 kilometres off the coast.",
         "12 kilometres", "kilometre"),
        ("On Monday 12 March 40 people died.", "40 people", "people"),
        ("On Sunday 14 soldiers fled the base.", "14 soldiers", "soldier"),
        ("On Sunday 14 cases of measles were reported.", "14 cases", "case"),
        # a weekday before four digits is no name but in one ("Cyber Monday 2024")
        ("On Monday 2000 people marched through the capital.", "2000 people", "people"),
        # (second review) a number's plural, a year before a noun, a table's colon, a
        # sentence's first word before the day
        ("On Saturday 14 thousands of people marched in London.", "thousands of people",
         "people"),
        ("On Thursday 2025 figures showed inflation at 3%.", "3%", "percent"),
        ("Results from Saturday 21 races: 4 wins.", "4 wins", "win"),
        ("Early Tuesday 1500 troops crossed the border.", "1500 troops", "troop"),
        ("Last Friday 2000 people marched through the city.", "2000 people", "people"),
        # after "more", "per cent", a unit before a point of the compass
        ("On Sunday 5 more bodies were found in the rubble.", "5 more bodies", "body"),
        ("On Monday 20 per cent of flights were cancelled.", "20 per cent", "percent"),
        ("The quake struck on Friday 30 km south of the capital.", "30 km", "kilometre"),
    ],
)  # fmt: skip
def test_a_figure_after_a_weekday_counts_what_follows_it(text: str, figure: str, unit: str) -> None:
    """A weekday before a figure is no name and no date when the figure counts the word
    after it (an outside hunt's "12 kilometres off the coast" was no claim, as was every
    count from 1 to 31 after a day: "On Sunday 14 people died")."""
    assert [(c["text"], c["unit"]) for c in claims_of(text)] == [(figure, unit)]


@pytest.mark.parametrize(
    "text",
    [
        "On Tuesday 30 pupils and 4 teachers were taken to hospital.",
        "On Tuesday 30 pupils and four teachers were taken to hospital.",
        "On Tuesday 30 pupils or 4 teachers fell ill, reports said.",
    ],
)
def test_a_list_of_counts_after_a_weekday_is_read_whole(text: str) -> None:
    """The first count of a list after a weekday is a count, not the day's date."""
    got = [c["unit"] for c in claims_of(text)]
    assert got == ["pupil", "teacher"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a capitalised reference word cites a part of a text, even before 'of the ...'
        ("Section 230 of the Communications Decency Act shields platforms.", "230"),
        ("Chapter 11 of the bankruptcy code protects the airline from creditors.", "11"),
        # a designator opening its sentence, before a noun phrase: a name's number
        ("Flight 370 passengers were never found.", "370"),
        ("Windows 11 users can update their machines now.", "11"),
        ("Apollo 11 astronauts landed on the moon in July 1969.", "11"),
        ("Windows 11 arrives on 5 October", "11"),
    ],
)
def test_a_reference_is_no_figure(text: str, name: str) -> None:
    """A designator's number ('Section 230 of the Communications' a count of
    'Communication', 'Flight 370 passengers' a count of passengers) states no amount."""
    found = claims_of(text)
    assert float(name) not in [c["value"] for c in found], found


@pytest.mark.parametrize(
    ("text", "figure", "unit"),
    [
        # scores after a name: no article opens it, or no model's shape
        ("Creighton beat Drake 65-53 on Sunday.", 65, None),
        ("Creighton beat Drake 65-53 on Sunday.", 53, None),
        ("It was a Liverpool 3-1 win at Anfield.", 3, None),
        ("Australia 287-9 at stumps on the first day.", 287, None),
        ("Creighton 65, Drake 53", 65, None),
        ("The bill passed the Senate 52-48.", 52, None),
        # a vote's tally or a cricket total after a name an article opens: two figures
        ("The measure passed the House 417-5 on Tuesday.", 417, None),
        ("The measure passed the House 417-5 on Tuesday.", 5, None),
        ("The bill passed the House 406-9 on Wednesday.", 406, None),
        ("Rain left the West Indies 250-7 at tea on Day 2.", 250, None),
        ("Rain left the West Indies 250-7 at tea on Day 2.", 7, None),
        # a headline's count after a place or a name, three digits: a count still
        ("Syria 300 killed in airstrikes", 300, "killed"),
        ("Gaza 300 dead in strikes", 300, "dead"),
        ("Mexico 250 migrants found in truck", 250, "migrant"),
        ("Police 300 officers deployed", 300, "officer"),
        ("Total 300 jobs lost", 300, "job"),
        ("Ford 700 jobs cut in Europe", 700, "job"),
        ("Dow 300 points lower at close", 300, "point"),
        ("Bayern 300 million euros deal collapses", 300_000_000, "euro"),
        ("Apple 200 million iPhones sold", 200_000_000, "iphone"),
        # a count beside a model's name or in a headline that opens with no maker
        (
            "A United Airlines Boeing 737-900 carrying 172 passengers landed safely.",
            172,
            "passenger",
        ),
        ("Yesterday 300 workers walked out", 300, "worker"),
        ("When 300 workers walk out", 300, "worker"),
        ("Perhaps 300 people dead in quake", 300, "people"),
        ("How 300 villagers survived the flood", 300, "villager"),
        ("Nearly 300 people flee wildfire in California", 300, "people"),
        ("Kenya 40 dead in floods", 40, "dead"),
        ("Seven people were killed in the crash.", 7, "people"),
        ("The company valued at US$800 million", 800_000_000, "dollar"),
        # designated things counted; a rank after 'No.', which reports may give differently
        ("Three sections of the law were struck down.", 3, "section"),
        ("Two flights were cancelled on Monday.", 2, "flight"),
        ("No. 5 seed Indiana State beat Creighton.", 5, "seed"),
        # a verb or gerund opening the sentence designates nothing: a count
        ("Building 300 homes will cost $5 million.", 300, "home"),
        ("Order 300 copies now.", 300, "copy"),
        ("Block 300 spammers with one click, the company says.", 300, "spammer"),
        ("Army 300 troops deployed to the border", 300, "troop"),
    ],
)
def test_a_figure_beside_a_name_still_counts(text: str, figure: float, unit: str | None) -> None:
    """What stays a figure beside a name: a score's sides, a vote's tally, a cricket total,
    a count after a model's name, the count a headline opens with after a place or a name,
    a count of sections or flights, a rank."""
    assert (figure, unit) in [(c["value"], c["unit"]) for c in claims_of(text)], claims_of(text)


@pytest.mark.parametrize(
    ("text", "share"),
    [
        ("One out of three Germans have housing problems.", 100 / 3),
        ("Nine out of 10 doctors agree with the advice.", 90),
        ("Officials said one out of every four homes had lost power.", 25),
        ("One out of five residents lost power.", 20),
        ("Three out of 100 patients suffered side effects.", 3),
        # "every" makes it a share whatever the whole (re-read: 'a count of 20 Americans')
        ("One out of every 20 Americans has diabetes.", 5),
        ("One out of every 500 users was exposed, the company said.", 0.2),
    ],
)
def test_n_out_of_m_is_a_share(text: str, share: float) -> None:
    """'one out of three Germans' is a share of the Germans (33.3%, as NewsQuant's gold
    writes it, 0.333 '% Germans'), not a count of three Germans."""
    found = claims_of(text)
    assert [(c["kind"], c["unit"]) for c in found] == [("percent", "percent")], found
    assert found[0]["value"] == pytest.approx(share)


@pytest.mark.parametrize(
    ("text", "read"),
    [
        # not a ratio: the second number is a year or a time
        ("He scored 3 out of 1995 attempts in 2010.", None),
        ("Officials said 1 in 5 residents had lost power.", (5, "resident")),
        # a whole of its own, no idiom's ten or hundred: a count, which reports may differ on
        ("300 out of 2,000 workers were laid off.", (2000, "worker")),
        ("Only 12 out of 239 passengers survived.", (239, "passenger")),
        ("Just 40 out of 500 homes had power.", (500, "home")),
    ],
)
def test_what_is_no_ratio(text: str, read: tuple[float, str] | None) -> None:
    """'N in M' is not read as a share yet: it would move development claims ('one in
    every 500 Windows PCs'), which the shipped pair model is fitted on. 'N out of M' is
    one only with the idiom's whole, ten or less or a hundred: '12 out of 239 passengers'
    keeps its 239 passengers."""
    found = claims_of(text)
    assert all(c["kind"] != "percent" for c in found), found
    if read is not None:
        assert read in [(c["value"], c["unit"]) for c in found], found


def test_calibre_is_a_measure_not_a_count() -> None:
    text = "The army fielded 220 howitzers and 240 mm rocket launchers."
    found = claims_of(text)
    assert [c["kind"] for c in found if c["value"] == 240] == ["measure"]
    assert [c["kind"] for c in found if c["value"] == 220] == ["count"]


def test_magnitude_and_ages() -> None:
    c = one("A 6.1-magnitude quake struck the island.")
    assert (c["value"], c["unit"], c["kind"]) == (6.1, "magnitude", "measure")
    c = one("A 34-year-old man was arrested.")
    assert (c["value"], c["kind"]) == (34, "age")
    c = one("Katherine Gomes, 61, was found at home.")
    assert (c["value"], c["kind"]) == (61, "age")


@pytest.mark.parametrize(
    "text",
    [
        "A 4.2 magnitude earthquake shook the valley.",
        "A magnitude 4.2 quake shook the valley.",
        "The quake had a magnitude of 4.2, the survey said.",
        "The quake measured 4.2 on the Richter scale.",
        "The quake measured 4.2 on the open-ended Richter scale.",
        "The quake measured 4.2 on the Richter.",
        "A magnitude-4.2 quake shook the valley.",
        "A magnitude\u20134.2 quake shook the valley.",
        "A magnitude\u20144.2 quake shook the valley.",
        "A magnitude - 4.2 quake shook the valley.",
        # one quake named right after a figure with decimals, or after "a"
        "Earlier on Sunday a 4.2 quake shook the valley.",
        "A 4.2 earthquake struck the valley.",
        "A strong 4.2 -magnitude earthquake shook the valley.",
        "A 4.2 tremor was felt in the valley.",
        "A 4.2 quake, the survey said, shook the valley.",
    ],
)
def test_a_magnitude_is_one_however_it_is_written(text: str) -> None:
    """Written without a hyphen, before the figure or as a Richter reading, a magnitude is
    the measure "4.2-magnitude" is, not a count of magnitudes or a bare figure: one
    article's "4.2-magnitude" and another's "4.2 magnitude" are one figure."""
    c = one(text)
    assert (c["value"], c["unit"], c["kind"]) == (4.2, "magnitude", "measure")


@pytest.mark.parametrize(
    "text",
    [
        "A magnitude 11 quake struck the coast on Monday.",
        "An 11-magnitude quake struck the coast on Monday.",
        "An 11 magnitude quake struck the coast on Monday.",
        "A magnitude-11 quake struck the coast on Monday.",
        "The quake had a magnitude of 12, the survey said.",
        "The quake measured 12 on the Richter scale.",
        "The tremor had a magnitude of -3, the survey said.",
        "A magnitude 9 to 11 quake struck the coast on Monday.",
        "A magnitude 9-11 quake struck the coast on Monday.",
    ],
)
def test_a_magnitude_no_quake_has_is_no_figure(text: str) -> None:
    """The wording says a magnitude, the figure cannot be one: unreadable, so no claim; never
    a count of quakes ('11 quake') or of magnitudes, nor a bare figure."""
    assert claims_of(text) == []


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        # no quake in the sentence: a magnitude no quake has is a figure as any other
        ("Venus shines at magnitude -4.6 tonight.", -4.6, None),
        ("Stars of magnitude 12 are too faint to see.", 12, None),
        # a quake or tremors elsewhere in the sentence, not beside the magnitude
        ("A seismic shift in politics: stars of magnitude 12 are faint.", 12, None),
        ("The tremors of fear were real in the town; stars of magnitude 12 are faint.", 12, None),
        ("A strong quake struck; stars of magnitude 12 were hidden.", 12, None),
        ("Officials said a magnitude of 4.1 foreshock hit the town.", 4.1, "magnitude"),
        # micro-tremors go below zero
        ("The quake registered magnitude -0.5, the survey said.", -0.5, "magnitude"),
        ("A magnitude 6 to 7 quake struck the coast on Monday.", 6.5, "magnitude"),
    ],
)
def test_a_magnitude_is_judged_a_quakes_only_where_quakes_are(
    text: str, value: float, unit: str | None
) -> None:
    (c,) = claims_of(text)
    assert (c["value"], c["unit"]) == (value, unit)


def test_a_count_before_an_unreadable_magnitude_stays() -> None:
    found = claims_of("The survey counted about 300 magnitude 12 aftershocks.")
    assert [(c["text"], c["value"]) for c in found] == [("about 300", 300)]


@pytest.mark.parametrize(
    ("text", "figure", "kind", "unit"),
    [
        ("The quake had a magnitude of 7 and killed 30.", "magnitude of 7", "measure",
         "magnitude"),
        ("A magnitude 7 struck the city.", "magnitude 7", "measure", "magnitude"),
        # what follows is counted or measured, or the figure is no quake's
        ("Officials spoke of the magnitude of 3 deaths.", "3 deaths", "count", "death"),
        ("Officials spoke of the magnitude of 2 or more deaths.", "2 or more deaths", "count",
         "death"),
        ("Officials spoke of the magnitude of 5.5 percent inflation.", "5.5 percent", "percent",
         "percent"),
        ("Officials spoke of the magnitude of 1.5 tonnes of waste.", "1.5 tonnes", "measure",
         "tonne"),
        ("The survey counted about 300 magnitude 2 aftershocks.", "about 300", "other", None),
        ("He rated it 2 on the Richter scale of pain.", "2", "other", None),
        # quakes counted, not measured: no decimals and no "a" before the figure, a figure
        # no quake has, a compound noun after the quake word, a rate
        ("Two quakes hit the region on Monday.", "Two quakes", "count", "quake"),
        ("The region had 3 quake deaths this year.", "3 quake deaths", "count", "quake death"),
        ("The region averages 1.5 quake deaths per year.", "1.5 quake deaths per year",
         "count", "quake death per year"),
        ("One quake killed 12 people.", "One quake", "count", "quake"),
        ("Seismologists tracked a 100 quake swarm.", "100 quake", "count", "quake"),
        ("Officials held a 12 earthquake drill.", "12 earthquake", "count", "earthquake"),
        ("The town averages a 1 quake per year.", "1 quake per year", "count", "quake per year"),
    ],
)  # fmt: skip
def test_a_magnitude_is_read_only_where_a_quake_is_measured(
    text: str, figure: str, kind: str, unit: str | None
) -> None:
    (c,) = [c for c in claims_of(text) if c["text"] == figure]
    assert (c["kind"], c["unit"]) == (kind, unit)


# --- money, percent, measures ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("The thieves took $102 million in jewels.", 102e6, "dollar"),
        ("The fine was US$58.24 per share.", 58.24, "dollar per share"),
        ("Gems worth 85 million euros were stolen.", 85e6, "euro"),
        ("The deal is worth EUR 4.5 million.", 4.5e6, "euro"),
        ("The bonus was £2.7m.", 2.7e6, "pound sterling"),
        ("He paid 500 pounds sterling for it.", 500, "pound sterling"),
        ("A ticket costs 3,000 won.", 3000, "south korean won"),
        ("The budget is HK$5.4m.", 5.4e6, "hong kong dollar"),
        ("The bill totals $3,500 a month.", 3500, "dollar per month"),
        ("She bought a notebook for 1,200€ last week.", 1200, "euro"),
        ("A ticket costs 45 € at the door.", 45, "euro"),
        # (sixteenth hunt) the signs, codes and words of money whose word alone names it
        ("Damage was estimated at ₱25 million.", 25e6, "peso"),
        ("The fine was ₦50,000.", 5e4, "nigerian naira"),
        ("The county released KSh 50 million for spraying.", 5e7, "shilling"),
        ("The county released KES 50 million for spraying.", 5e7, "shilling"),
        ("The county released 50 million shillings for spraying.", 5e7, "shilling"),
        ("Candidates paid about Sh2,000 for the paper.", 2000, "shilling"),
        ("The fine was 40 million rupiah.", 4e7, "indonesian rupiah"),
        # (its review) more of the codes and signs local papers write
        ("The state spent Shs50 billion on roads.", 5e10, "shilling"),
        ("The county released Kshs 50 million for spraying.", 5e7, "shilling"),
        ("The fine was Rp 2 billion.", 2e9, "indonesian rupiah"),
        ("The deal is worth THB 3 billion.", 3e9, "thai baht"),
        # (second review) a place's name as money's where no noun follows
        ("The fine was 500,000 Rand, the court heard.", 5e5, "south african rand"),
        ("Workers earn about 40 Rand.", 40, "south african rand"),
        ("He paid rs 500 for it.", 500, "indian rupee"),
    ],
)
def test_money(text: str, value: float, unit: str) -> None:
    c = one(text)
    assert (c["value"], c["unit"], c["kind"]) == (value, unit, "money")


@pytest.mark.parametrize(
    "text",
    [
        "The crash closed SH 50 near the town.",
        "Traffic on SH 1 stopped for 40 minutes.",
        "The crash closed Sh 50 near the town.",
        # (its review) a currency's word that is a name too, capitalised: a town's
        "About 200 Birr residents attended the meeting.",
        "St Rynagh's 1-18 Birr 0-14.",
        "About 200 Real Madrid fans were arrested.",
        # (second review) codes that are other things' names as often
        "The patient had TSH 4.5 at the visit.",
        "UAH 3, Bemidji State 2.",
        # (re-read) the rupiah's "Rp" only capitalised (the rupee's "rs" in any case)
        "The engine ran at rp 2,000 on the test bench.",
    ],
)
def test_a_code_that_is_money_only_glued_is_no_money_apart(text: str) -> None:
    """ "Sh2,000" is shillings; "SH 50", a state highway, is no money; nor "200 Birr
    residents"."""
    assert not [c for c in claims_of(text) if c["kind"] == "money"]


@pytest.mark.parametrize(
    ("text", "kind", "unit"),
    [
        # no money words near it: a weight (quantulum3 alone reads sterling, or nothing)
        ("Deputies said Orozco is 5-foot-8, 135 pounds, with tattoos.", "measure", "pound-mass"),
        ("The fish weighed 12 pounds when it was landed.", "measure", "pound-mass"),
        ("He lost 20 pounds over the summer.", "measure", "pound-mass"),
        # money words in any of their forms make it money
        ("It costs 5 pounds a week to run.", "money", "pound sterling per week"),
        ("Tickets are 40 pounds each.", "money", "pound sterling"),
        ("He was fined 200 pounds by the court.", "money", "pound sterling"),
        ("The rent is 900 pounds a month.", "money", "pound sterling per month"),
        ("The deal is worth 5 million pounds.", "money", "pound sterling"),
        # the sums of courts and crimes ("bail of 500,000 pounds" was a weight)
        ("He was granted bail of 500,000 pounds on Friday.", "money", "pound sterling"),
        ("The kidnappers demanded a ransom of 20,000 pounds.", "money", "pound sterling"),
        ("He admitted taking bribes of 3,000 pounds.", "money", "pound sterling"),
        ("The settlement was worth 40,000 pounds.", "money", "pound sterling"),
        # and their plurals
        ("Settlements of up to 40,000 pounds were agreed.", "money", "pound sterling"),
        ("The club's bonuses reached 250,000 pounds last season.", "money", "pound sterling"),
        ("Rewards of 10,000 pounds went unclaimed.", "money", "pound sterling"),
        ("He weighed 300 pounds when he was granted bail.", "measure", "pound-mass"),
        # words of weight win: "pounds of" a substance, even beside money words
        ("He was charged with possessing 40 pounds of cocaine.", "measure", "pound-mass"),
        ("Police said he sold 5 pounds of heroin for $60,000.", "measure", "pound-mass"),
        ("He weighed between 150 and 160 pounds.", "measure", "pound-mass"),
        # (twelfth hunt) a payment of pounds; (review) not one for pounds of something
        ("The offer included a one-off payment of 1,500 pounds per worker.", "money",
         "pound sterling per worker"),
        ("Payments of 300 pounds were made.", "money", "pound sterling"),
        ("The men received payment for smuggling 500 pounds across the border.", "measure",
         "pound-mass"),
        ("The hog reached 900 pounds before the payment was made.", "measure", "pound-mass"),
        # (re-read) any sum's noun before "of", beside a word of weight
        ("He offered a reward of 500 pounds for the lost dog.", "money", "pound sterling"),
    ],
)  # fmt: skip
def test_pounds_are_money_only_beside_money_words(text: str, kind: str, unit: str) -> None:
    c = next(c for c in claims_of(text) if "pound" in c["text"])
    assert (c["kind"], c["unit"]) == (kind, unit)


@pytest.mark.parametrize(
    ("text", "surface", "unit"),
    [
        ("The baby weighed 7 pounds at birth.", "7 pounds", "pound-mass"),
        ("It was 30 feet at the deepest point.", "30 feet", "foot"),
        ("The rock weighed 7 kilograms at most.", "7 kilograms", "kilogram"),
        # words that do join a unit's words stay in it
        ("Winds reached 120 miles an hour.", "120 miles an hour", "mile per hour"),
        ("It fell at 30 feet per second.", "30 feet per second", "foot per second"),
    ],
)
def test_a_preposition_after_a_unit_is_no_unit(text: str, surface: str, unit: str) -> None:
    """ "7 pounds at birth" was 'pound-mass ampere-turn': quantulum3 reads "at" as a unit."""
    c = next(c for c in claims_of(text) if c["text"][:1].isdigit())
    assert (c["text"], c["unit"]) == (surface, unit)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("The gang took nine pieces of jewellery from the cases.", "nine pieces"),
        ("The vase broke into 12 pieces.", "12 pieces"),
    ],
)
def test_pieces_are_counted(text: str, surface: str) -> None:
    """quantulum3 reads "pieces" as its unit "set", which made "nine pieces of jewellery"
    (an outside hunt's stolen items) a measure no count of pieces met."""
    assert [(c["text"], c["kind"], c["unit"]) for c in claims_of(text)] == [
        (surface, "count", "piece")
    ]


def test_a_sign_after_a_figure_is_not_the_next_ones() -> None:
    assert [(c["value"], c["kind"]) for c in claims_of("She paid 1,200€ 4 times.")] == [
        (1200, "money"), (4, "count")]  # fmt: skip
    assert [(c["value"], c["unit"]) for c in claims_of("He bought 500 $TSLA shares.")] == [
        (500, None)]  # a ticker, not dollars  # fmt: skip


def test_conversion_in_parentheses_shares_the_qualifier() -> None:
    found = claims_of("The moths can fly more than 100 kilometers (60 miles).")
    assert [c["qualifier"] for c in found] == ["more_than", "more_than"]
    found = claims_of("Diamonds valued at 85 million euros ($108 million) were taken.")
    assert [(c["value"], c["unit"]) for c in found] == [(85e6, "euro"), (108e6, "dollar")]


def test_percent_and_measures() -> None:
    assert one("Turnout rose to 85 percent.")["unit"] == "percent"
    assert one("Prices fell 0.6%.")["unit"] == "percent"
    assert one("The UK rate is 5 per cent.")["unit"] == "percent"
    c = one("Winds reached 155mph on Wednesday.")
    assert (c["unit"], c["kind"]) == ("mile per hour", "measure")
    assert one("The tunnel is 2 km long.")["unit"] == "kilometre"
    assert one("The output is 1.2m tons of ore.")["value"] == 1.2e6


@pytest.mark.parametrize(
    ("text", "kind", "unit"),
    [
        ("The shop sold 20 t-shirts on Monday.", "count", "t-shirt"),
        ("Officers carried 30 m-16 rifles.", "count", "rifle"),
        ("A 30 m-long ship sank off the coast.", "measure", "metre"),
        ("The wall is 3 m-high along the road.", "measure", "metre"),
        ("A 5 km-long tunnel opened.", "measure", "kilometre"),
        ("The truck carried 20 t of sand.", "measure", "tonne"),
        ("Crews drilled a 10 m-diameter shaft.", "measure", "metre"),
        ("She won the 100m-freestyle final.", "measure", "metre"),
        ("The car uses a 12 V-battery.", "measure", "volt"),
        ("He fitted a 60 W-bulb in the hall.", "measure", "watt"),
        ("They hired a 3 t-truck for the move.", "measure", "tonne"),
        ("Navy divers found 2 u-boats off the cape.", "count", "u-boat"),
        ("The stall sold 20 T-shirts by noon.", "count", "t-shirt"),
        ("Navy divers found one U-boat off the cape.", "count", "u-boat"),
    ],
)
def test_a_letter_that_begins_a_hyphened_noun_is_no_unit(text: str, kind: str, unit: str) -> None:
    """'20 t-shirts' counts shirts, not 20 tonnes; '30 m-16 rifles' counts rifles (nouns
    that begin with a letter and a hyphen, lexicon.LETTER_COMPOUNDS, or a letter before a
    number); a letter before any other word ('m-long', 'V-battery', 'm-freestyle') is
    still its unit, and so is one alone."""
    c = one(text)
    assert (c["kind"], c["unit"]) == (kind, unit)


def test_a_letter_before_a_non_breaking_hyphen_is_no_unit_either() -> None:
    """'20 t\u2011shirts' (a non-breaking hyphen, as some feeds write it) is no tonnage."""
    assert one("The stall sold 20 t\u2011shirts by noon.")["kind"] != "measure"


# --- change, hedging, negation, predicate ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "changes"),
    [
        ("Core inflation rose 0.3% in June.", ["up"]),
        ("The carmaker will cut 2,000 jobs.", ["down"]),
        ("The toll climbed by 10 to 34.", ["up", None]),
        ("Exports to China dropped 7% to $2.3 billion.", ["down", None]),
        ("The Dow lost 190 points, or 0.6%.", ["down", "down"]),
        ("The jets dropped four bombs on a village.", [None]),
        ("The index was up at 96.1 on Friday.", [None]),
        ("The defense gave up 517 yards.", [None]),
        # a measure hyphened to its unit before a noun is a size ("climbed a six-metre
        # wall", an outside hunt's prison wall, never met its "20-foot wall"), where the
        # same measure alone or before a word of change is a change
        ("The men climbed a six-metre wall to escape.", [None]),
        ("The river rose a further 2 metres overnight.", ["up"]),
        ("The index climbed 6-percent higher.", ["up"]),
        # (review) a change hyphened without a determiner is a change
        ("Shares fell 3-percent last week.", ["down"]),
        ("The river rose 3-metres overnight in Worcester.", ["up"]),
    ],
)
def test_change(text: str, changes: list[str | None]) -> None:
    assert [c["change"] for c in claims_of(text)] == changes


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("The toll rose from 30 to 40 on Monday, officials said.", ("40", 40, 30, None)),
        ("Membership increased from 30 to 40 in a year.", ("40", 40, 30, None)),
        ("The share price climbed from $30 to $40.", ("$40", 40, 30, "dollar")),
        ("Turnout fell from 62% to 55% this year.", ("55%", 55, 62, "percent")),
        ("Support increased from 30 to 40 percent.", ("40 percent", 40, 30, "percent")),
        ("The toll rose from 30 people to 40.", ("40", 40, 30, "people")),
        # the scale word is the level before's too, as in a range
        ("Prices rose from $5 to $10 billion.", ("$10 billion", 1e10, 5e9, "dollar")),
        ("The index climbed from 3 to 4 million points.", ("4 million points", 4e6, 3e6, "point")),
        # a chain of levels: the level now, and the one just before it
        ("The death toll rose from 30 to 40 to 52.", ("52", 52, 40, None)),
    ],
)
def test_a_change_from_one_level_to_another_is_the_level_now_and_the_one_before(
    text: str, figure: tuple[str, float, float, str | None]
) -> None:
    """'rose from 30 to 40' is no range of 30 to 40: the figure now is 40, the sentence says
    it was 30 (``was``); a range with no verb of change stays a range."""
    drafts = sentence_claims(text)
    assert [(text[d.start : d.end], d.value, d.was, d.unit) for d in drafts] == [figure]
    assert drafts[0].qualifier == "exact"
    span = sentence_claims("The car goes from 0 to 62 mph in six seconds.")[0]
    assert span.qualifier == "range" and span.was is None


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # the level now first, the level before after it: one claim, as the other order is
        ("Revenue in the quarter rose to $7.36 billion from $6.78 billion a year earlier.",
         ("$7.36 billion", 7.36e9, 6.78e9, "dollar")),
        ("The average mortgage rate climbed to 6.7% from 6.29% last week.",
         ("6.7%", 6.7, 6.29, "percent")),
        ("The death toll rose to 40 from 30 on Monday, officials said.", ("40", 40, 30, None)),
        ("The jobless rate fell to 4.9% from 5.2% in March.", ("4.9%", 4.9, 5.2, "percent")),
        ("Turnout stood at 55%, down from 62% at the last election.",
         ("55%", 55, 62, "percent")),
        ("Sales of the headsets reached 3.9 million last year, up from 2.4 million in 2017.",
         ("3.9 million", 3.9e6, 2.4e6, None)),
        # decimal percentages and a level below zero read in either order alike
        ("The jobless rate fell from 5.2% to 4.9% in March.", ("4.9%", 4.9, 5.2, "percent")),
        ("Growth fell from 3% to -2% last year.", ("-2%", -2, 3, "percent")),
        ("Growth fell to -2% from 3% last year.", ("-2%", -2, 3, "percent")),
        # (seventeenth round) a level in words under ten, reached or left, is read as one
        # in digits is ("rose to two on Sunday, up from one" gave no claim)
        ("The death toll rose to two on Sunday, up from one, police said.",
         ("two", 2, 1, None)),
        ("The number treated has risen to 11, up from four, the board said.",
         ("11", 11, 4, None)),
        ("The number treated has risen to 11 from four, the board said.", ("11", 11, 4, None)),
        ("The death toll rose from three to five overnight.", ("five", 5, 3, None)),
        # (re-read) "further", "again" between the verb and "from" are a change's
        # adverbs, as "sharply" is (it was a range of 30 to 40)
        ("Cases rose further from 30 to 40 on Monday.", ("40", 40, 30, "case")),
        ("Cases rose again from 30 to 40 on Monday.", ("40", 40, 30, "case")),
    ],
)  # fmt: skip
def test_a_change_reads_the_level_before_in_either_order(
    text: str, figure: tuple[str, float, float, str | None]
) -> None:
    """'rose to 40 from 30' and 'stood at 55%, down from 62%' are the level now with the
    one before (``was``), as 'rose from 30 to 40' is: never a plain 30 of its own, and the
    level reached is no change ('fell from 3% to -2%': -2% is where growth is, not a fall
    of 2%)."""
    drafts = sentence_claims(text)
    got = [(text[d.start : d.end], d.value, d.was, d.unit, d.change) for d in drafts]
    assert got == [(*figure, None)]


@pytest.mark.parametrize(
    ("text", "size", "level"),
    [
        ("Shares of the company rose 5% to $40 from $38 on Tuesday.",
         ("5%", 5, "up"), ("$40", 40, 38)),
        ("The death toll rose by 10 to 40 from 30 on Monday, officials said.",
         ("10", 10, "up"), ("40", 40, 30)),
        ("The index rose 2% to 40 from 30 in the quarter.", ("2%", 2, "up"), ("40", 40, 30)),
        ("The death toll rose 10 from 30 to 40 overnight, officials said.",
         ("10", 10, "up"), ("40", 40, 30)),
        ("The death toll rose by 10 from 30 to 40 overnight.", ("10", 10, "up"), ("40", 40, 30)),
        # the size in any unit of the one list (lexicon.CHANGE_SIZE_UNITS) both the mention
        # finder and the claims read: "12 per cent from 30 to 40" is no range 30-40
        ("The share rose 12 per cent from 30 to 40 on Monday.",
         ("12 per cent", 12, "up"), ("40", 40, 30)),
        ("Support rose 5 percentage points from 30% to 35% in a month.",
         ("5 percentage points", 5, "up"), ("35%", 35, 30)),
        ("Support rose 5 percentage points to 35% from 30% in a month.",
         ("5 percentage points", 5, "up"), ("35%", 35, 30)),
        ("Unemployment dropped 0.2 percentage point to 4.1% from 4.3% in May.",
         ("0.2 percentage point", 0.2, "down"), ("4.1%", 4.1, 4.3)),
        ("Prices rose 5 cents from 30 cents to 35 cents on Friday.",
         ("5 cents", 5, "up"), ("35 cents", 35, 30)),
    ],
)  # fmt: skip
def test_a_change_with_its_size_reads_the_level_before_too(
    text: str, size: tuple[str, float, str], level: tuple[str, float, float]
) -> None:
    """'rose 5% to $40 from $38', 'rose 10 from 30 to 40': the size of the change between
    the verb and the levels stays a claim of its own (a change), and the levels are one
    claim, the level reached that ``was`` the level before: not two plain figures, nor a
    range 30-40."""
    first, second = sentence_claims(text)
    assert (text[first.start : first.end], first.value, first.change) == size
    assert (text[second.start : second.end], second.value, second.was) == level
    assert second.change is None and second.qualifier != "range"


def test_a_change_by_a_counted_figure_reads_the_level_before() -> None:
    """'rose by 10 people from 30 to 40': after 'by', the size of the change may count a
    noun; 40 was 30, not a range 30-40."""
    text = "The crowd rose by 10 people from 30 to 40 in an hour."
    size, level = sentence_claims(text)
    assert (text[size.start : size.end], size.unit) == ("10 people", "people")
    assert (text[level.start : level.end], level.value, level.was) == ("40", 40, 30)
    assert level.qualifier != "range"


def test_up_or_down_from_after_a_few_words_stops_at_another_clause() -> None:
    """', down from' joins the level before to a figure a few words back ('reached 3.9
    million last year, up from 2.4 million'), but not across a word that opens another
    clause: 'hired 40 workers and the mine closed, down from 30' and '... while prices
    fell, down from 30' say nothing of what the 40 was. Right after the figure it is the
    level before as the sentence puts it ('jailed for 10 years, down from 12 years sought
    by prosecutors': 10 years, down from the 12 sought), which ends with that figure."""
    for text in (
        "The plant hired 40 workers and the mine closed, down from 30 last year.",
        "The plant hired 40 workers while prices fell, down from 30 last year.",
    ):
        assert [(d.value, d.was) for d in sentence_claims(text)] == [(40, None), (30, None)]
    # 'and' or 'or' opens another clause only with a verb after it
    for text in (
        "Police arrested 40 people on Friday and Saturday, up from 30 a year earlier.",
        "Police arrested 40 people on Friday or Saturday, up from 30 a year earlier.",
    ):
        assert [(d.value, d.was) for d in sentence_claims(text)] == [(40, 30)], text
    text = "The plant hired 40 workers and then closed, down from 30 last year."
    assert [(d.value, d.was) for d in sentence_claims(text)] == [(40, None), (30, None)]
    text = "The court jailed him for 10 years, down from 12 years sought by prosecutors."
    (d,) = sentence_claims(text)
    assert (d.value, d.was, d.unit) == (10, 12, "year")
    assert d.was_span is not None and text[d.was_span[0] : d.was_span[1]] == "12 years"


def test_the_level_before_keeps_where_it_is_written() -> None:
    """``was_span``: the level before as written, before the claim or after it."""
    written = [("The toll rose from about 30 to 40.", "about 30"),
               ("Revenue rose to $7.36 billion from $6.78 billion.", "$6.78 billion")]  # fmt: skip
    for text, was in written:
        (d,) = sentence_claims(text)
        assert d.was_span is not None and text[d.was_span[0] : d.was_span[1]] == was


@HELD_READINGS
def test_the_subject_of_said_is_no_count_of_said() -> None:
    """(seventeenth round) 'one said' was a count of 'said', 'Two told reporters' of
    'told reporter'."""
    for text in ("The bus went to two towns, one said.", "Two told reporters they had left."):
        assert [d.unit for d in sentence_claims(text) if d.unit != "town"] == [], text


def test_a_figure_in_words_after_to_or_from_with_no_change_is_none() -> None:
    """(seventeenth round) a bare figure in words under ten is kept only as a level a
    change reached or left: not after 'to' or 'from' of a move ('went to two', 'moved
    from one')."""
    for text in ("The bus went to two towns.", "He moved from one to another.",
                 # (its review) a level before that joins no level reached is none
                 "The team dropped to fifth, down from one.",
                 "Support fell from one in three to one in five.",
                 "Support rose to 40 percent, up from one in four.",
                 # (final review) odds, a score against par
                 "The odds fell to two to one on Friday.",
                 "Woods slipped to two under par after a bogey."):  # fmt: skip
        assert [(text[d.start : d.end], d.unit) for d in sentence_claims(text)
                if d.unit not in ("town", "percent")] == [], text  # fmt: skip
    # (re-read) a level over a time is one ("over the weekend" is no score against par)
    text = "The death toll rose to two over the weekend."
    assert [(text[d.start : d.end], d.value) for d in sentence_claims(text)] == [("two", 2)]
    text = "Support rose to 40 percent, up from one in four."  # (a ratio's one: no level)
    assert [d.was for d in sentence_claims(text)] == [None]


def test_a_level_in_words_keeps_its_figure_when_its_level_before_stays_apart() -> None:
    """(its review) 'rose to two, police said, up from one': the two reached stays; the
    one, which no reading joins to it, is no claim of its own."""
    text = "The count rose to two, police said, up from one."
    assert [(text[d.start : d.end], d.was) for d in sentence_claims(text)] == [("two", None)]
    # (second review) a level reached a few words after its 'from' is one too (its level
    # before, the words between read as no change's, is not joined: a known limit)
    text = "The death toll rose from two on Monday to three on Tuesday."
    assert [(text[d.start : d.end], d.value) for d in sentence_claims(text)] == [("three", 3)]


def test_a_figure_after_from_with_no_change_is_no_level_before() -> None:
    """'from' after a figure says where, not what it was: 'flew to 40 cities from 30
    airports', 'sent 40 troops from 30 bases' are two figures."""
    for text in ("The airline flew to 40 cities from 30 airports.",
                 "The army sent 40 troops from 30 bases."):  # fmt: skip
        drafts = sentence_claims(text)
        assert [(d.value, d.was) for d in drafts] == [(40, None), (30, None)], text


def test_a_change_keeps_the_hedge_on_the_level_before() -> None:
    """'rose from about 30 to 40': about 30 before, 40 now (``was_qualifier``)."""
    (hedged,) = sentence_claims("The toll rose from about 30 to 40.")
    assert (hedged.value, hedged.qualifier, hedged.was, hedged.was_qualifier) == (
        40, "exact", 30, "approx")  # fmt: skip
    (plain,) = sentence_claims("The toll rose from 30 to 40.")
    assert plain.was_qualifier is None


@pytest.mark.parametrize(
    ("text", "unit"),
    [("a 3-month-old boy", "month"), ("a 6-week-old puppy", "week"),
     ("a 10-day-old calf", "day"), ("a 3-year-old girl", "year"),
     ("the boy, 18 months old,", "month"), ("a boy aged 18 months", "month"),
     ("a girl, aged six weeks,", "week"), ("a boy aged 2 years", "year")],
)  # fmt: skip
def test_an_age_is_read_in_its_own_unit(text: str, unit: str) -> None:
    """'3-month-old' is an age in months, a quarter of a year, never '3-year-old'."""
    from crosscheck import quantity
    from tests.test_subjects import one as claim

    c = claim(f"Police said {text} was hurt in the fire.")
    assert (c.kind, c.unit) == ("age", unit)
    years = claim("Police said a 3-year-old girl was hurt in the fire.")
    if unit == "month" and c.value == 3:
        assert quantity.factors(c, years) == (quantity.Scale(1 / 12), quantity.Scale(1.0))
        assert not quantity.same_figure(c, years) and not quantity.compatible(c, years)


@pytest.mark.parametrize(
    ("text", "read"),
    [
        # (fifteenth hunt) "Seven were taken to hospital" read no figure; taken, rushed or
        # admitted to hospital is one verb, hospitalised (not "take", a theft's)
        ("Border officers found 39 people in a lorry. Seven were taken to hospital.",
         [("39 people", "people", "find"), ("Seven", "people", "hospitalise")]),
        ("Three were rushed to the hospital.", [("Three", None, "hospitalise")]),
        ("Seven were taken to a nearby hospital.", [("Seven", None, "hospitalise")]),
        # (review) not hospitality, nor a hospital's grounds, car park or board
        ("The jobs lost were seven hospitality and three retail.", []),
        ("Seven were taken to hospital grounds for questioning.", []),
        ("Three were taken to the hospital car park to wait.", []),
        ("Two new members were admitted to the hospital board.",
         [("Two new members", "member", "admit")]),
        # (third review) whatever else ends the phrase ("as a precaution", "today")
        ("Three were taken to hospital as a precaution.", [("Three", None, "hospitalise")]),
        ("Two were taken to hospital today.", [("Two", None, "hospitalise")]),
        ("The man was one of seven people admitted to hospital.",
         [("seven people", "people", "hospitalise")]),
        ("Four were hospitalized after the crash.", [("Four", None, "hospitalise")]),
        # not another place, nor "took" with its object between
        ("Seven were taken to the station.", []),
        ("Police took 3 people to hospital.", [("3 people", "people", "take")]),
        ("The school admitted 300 students.", [("300 students", "student", "admit")]),
    ],
)  # fmt: skip
def test_taken_to_hospital_is_one_verb(text: str, read: list[tuple[str, str | None, str]]) -> None:
    assert [(c["text"], c["unit"], c["predicate"]) for c in claims_of(text)] == read


def test_hedged_negated_predicate() -> None:
    c = one("The group is believed to have seized 40 vessels.")
    assert c["hedged"] and c["predicate"] == "seize" and not c["negated"]
    c = one("Reportedly, 12 officers resigned.")
    assert c["hedged"]
    c = one("The army did not deploy 3,000 troops to the border.")
    assert c["negated"] and c["predicate"] == "deploy"
    # a negation in another clause does not reach the figure
    c = one("Two delegations were in Moscow, although their agenda did not transpire.")
    assert not c["negated"]
    c = one("Some 3,500 soldiers were receiving training.")
    assert c["predicate"] == "receive"


@pytest.mark.parametrize(
    ("text", "predicate"),
    [
        # (seventeenth round) a counted noun's verb after a short phrase of a preposition
        # or an aside in commas that describes the noun
        pytest.param("All 38 cabins on the line had been evacuated, said Tobias Wendl.",
                     "evacuate", marks=HELD_SUBJECTS),
        pytest.param("Two men, a clearing agent and a truck driver, were arrested.",
                     "arrest", marks=HELD_SUBJECTS),
        pytest.param("Some 300 homes near the river were flooded.", "flood",
                     marks=HELD_SUBJECTS),
        # (third review) a few words, a passive's auxiliary after them
        pytest.param("Some 300 homes in Gaza City were destroyed.", "destroy",
                     marks=HELD_SUBJECTS),
        pytest.param("All 12 people on board the plane were killed.", "kill",
                     marks=HELD_SUBJECTS),
        pytest.param("Three people inside were killed.", "kill", marks=HELD_SUBJECTS),
        # not another clause's verb, nor a whole's after "of the" (second review)
        ("Two days after the plane had crashed, rescuers found the wreck.", None),
        ("Some 300 homes in areas police had evacuated were looted.", None),
        ("Ten people in the crowd police had dispersed were arrested.", None),
        ("12 people, police said, were killed.", None),
    ],
)  # fmt: skip
def test_a_verb_past_what_describes_the_counted_noun_is_its_predicate(
    text: str, predicate: str | None
) -> None:
    assert [c["predicate"] for c in claims_of(text)][:1] == [predicate]


@HELD_SUBJECTS
def test_a_whole_after_of_takes_no_verb_past_its_phrase() -> None:
    """(third review) 'Two of 40 people on board were killed': the two were killed, not
    the 40."""
    for text in ("Two of 40 people on board were killed.",
                 "Two of the 40 people from the village were arrested."):  # fmt: skip
        assert [c["predicate"] for c in claims_of(text)] == [
            "kill" if "killed" in text else "arrest",
            None,
        ], text


@pytest.mark.parametrize(
    ("text", "hedged"),
    [
        # (seventeenth round) a hedge in a clause of when, why or where after the figure,
        # or in a relative clause set off by commas before it, is not the figure's
        pytest.param(
            "The cabin dropped some 12 metres after the clamp appeared to open.",
            False, marks=HELD_READINGS),
        pytest.param("Two victims were a man and a woman who lived in the flat where the blast is "
         "believed to have started.", False, marks=HELD_READINGS),
        pytest.param(
            "The company, which is thought to be struggling, cut 300 jobs.",
            False, marks=HELD_READINGS),
        ("Nine people died because the dam apparently failed.", False),
        # a hedge of the figure's own clause, or of a relative on its noun, still counts
        ("Twelve people are believed to have died after the blast.", True),
        ("The firm is thought to have cut 300 jobs.", True),
        ("Some 30 people who are thought to be missing were listed.", True),
        ("The company, which is based in Oslo, reportedly cut 300 jobs.", True),
        # (its review) "since", "once" as adverbs open no clause
        ("Forty people have since reportedly returned home.", True),
        ("300 workers were once reportedly exposed to the gas.", True),
        pytest.param(
            "Four officers have been suspended since allegedly beating a suspect.",
            False, marks=HELD_READINGS),
    ],
)  # fmt: skip
def test_a_hedge_of_another_clause_is_not_the_figures(text: str, hedged: bool) -> None:
    assert [c["hedged"] for c in claims_of(text)] == [hedged]


@pytest.mark.parametrize(
    ("text", "negated"),
    [
        # a relative clause set off by commas is an aside: its negation is not the
        # figure's (the hunt's "seven people admitted" was dropped as negated)
        ("The man, who has not been named, was one of seven people admitted to hospital.",
         False),
        ("Officials, who were not authorised to speak, said 15 people died.", False),
        ("The firm, which did not give details, said 300 jobs would go.", False),
        # not a relative without commas, nor a negation of the figure's own clause
        ("The man who has not been named was one of seven people admitted to hospital.",
         True),
        ("The firm, which is based in Oslo, did not cut 300 jobs.", True),
        # (review) a comma that breaks the relative off before its verb ends no aside
        ("The firm, which has not, since 2010, cut 300 jobs, is hiring.", True),
        ("The minister, who has not, despite promises, built 300 homes, resigned.", True),
        ("The firm, which has not yet, despite pressure, cut 300 jobs, is hiring.", True),
        # (second review) a relative whose verb was said before the comma is an aside
        ("The company, which had pledged that it would not, cut 2,000 jobs.", False),
        # (third review) "so" of "do so" is no adverb of the break; "as yet", "so far" are
        ("The firm, which did not do so willingly, cut 300 jobs.", False),
        ("The firm, which has not as yet, despite pressure, cut 300 jobs, is hiring.", True),
        ("The firm, which has not so far, despite pressure, cut 300 jobs, is hiring.", True),
        # a figure inside the aside keeps the aside's negation
        ("The council, which has not paid the 5,000 euros, said it would appeal.", True),
        # (seventeenth round) a quotation's negation is not that of a figure after it
        pytest.param(
            '"The street just wasn\'t there any more," said Dean Halloway, 46, a neighbour.',
            False, marks=HELD_READINGS),
        pytest.param(
            "\u201cWe did not see it,\u201d said the driver, 52, who was unhurt.",
            False, marks=HELD_READINGS),
        pytest.param(
            "\u2018We did not see it,\u2019 said the driver, 52, who was unhurt.",
            False, marks=HELD_READINGS),
        # a negation after the quotation, in one with the figure, or before or in a scare
        # quote (its review) still counts
        ('Police did not confirm the "fake" report of 300 arrests.', True),
        ('He said the army "will not" send 300 troops.', True),
        ('The army has not, "despite the reports," sent 300 troops.', True),
        pytest.param("He didn\u2019t send 300 troops.", True, marks=HELD_SUBJECTS),
        # (third review) an apostrophe is no quotation mark
        ('The workers\' union has not, "despite the reports," sent 300 troops.', True),
        pytest.param(
            'The workers\' leader said: "It just wasn\'t fair," adding that 300 staff had quit.',

         False, marks=HELD_READINGS),
        ('"It is over," he said, but the army did not send 300 troops.', True),
        ('He said: "We did not send 300 troops."', True),
    ],
)  # fmt: skip
def test_a_negation_in_an_aside_is_not_the_figures(text: str, negated: bool) -> None:
    assert [c["negated"] for c in claims_of(text)] == [negated]


@pytest.mark.xfail(
    strict=True,
    reason="known misreading: a measure that a verb of change lets fall, its unit followed by "
    "'of' and a bare noun, is the verb's object, not the size of a change; it reads as a "
    "fall, so 'dropped 10 inches of rain' never meets 'dumped 14 inches of rain'. Reading "
    "it (no change after a verb not in CHANGE_TRANSITIVE, for a measure whose unit is "
    "followed by 'of' and a word not a determiner) moves one development claim, 41_9ecbplus "
    "'dropped 420 tons of food staples' (down to none: right), and that moves the shipped "
    "pair model's bias (-7.67630 to -7.67626): it waits for a refit of the pair model",
)
@pytest.mark.parametrize(
    "text",
    [
        "The storm dropped 10 inches of rain on Houston over 24 hours.",
        "The plane dropped 2 tons of supplies over the valley.",
    ],
)
def test_an_amount_a_verb_of_change_lets_fall_is_no_change(text: str) -> None:
    assert claims_of(text)[0]["change"] is None


@pytest.mark.parametrize(
    "text",
    [
        # near misses of the reading above: the size of a fall, with no 'of' and a thing
        # after its unit, or after a verb whose object is what the subject loses, or of a
        # part of a whole
        "The temperature dropped 10 degrees overnight.",
        "Shares dropped 5% on Monday.",
        "The river dropped 3 feet in a day.",
        "The lake lost 2 metres of water this summer.",
        "The cliff dropped 3 feet of its height.",
    ],
)
def test_the_size_of_a_fall_is_a_change(text: str) -> None:
    assert one(text)["change"] == "down"


@pytest.mark.parametrize(
    ("text", "predicate"),
    [
        # (outside hunt) a verb's base form after "not" or a modal was no predicate, so
        # "did not finish" was compared with "finished"
        pytest.param("More than 2,900 runners did not finish the race, officials said.", "finish",
                     marks=HELD_BASE_FORM),
        pytest.param("About 3,000 people could die, officials said.", "die",
                     marks=HELD_BASE_FORM),
        pytest.param("Two political parties will compete in the runoff.", "compete",
                     marks=HELD_BASE_FORM),
        # no verb after a form of "be" or "have", nor a word of degree
        ("Over 2.5 million people are eligible to vote.", None),
        ("The other two teams were not as fortunate.", None),
    ],
)  # fmt: skip
def test_a_base_form_after_not_or_a_modal_is_the_figure_s_verb(
    text: str, predicate: str | None
) -> None:
    assert sentence_claims(text)[0].predicate == predicate


@pytest.mark.xfail(
    strict=True,
    reason="known misreading: 'died' (four letters, too short to look like a verb by its "
    "ending) and 'injured'/'wounded' after 'were' (taken for adjectives) are no predicate, so "
    "'Five people died' counts people, not the dead, and no finding compares it with 'Eight "
    "people were killed'. Reading them (IRREGULAR 'died', the participle after an auxiliary) "
    "moves no finding of the 74 ECB+ folders nor the shipped model's scores, but the "
    "leave-one-event-out models refitted on the new features lose one finding and four "
    "corroborations (17/80 to 16/80, 245/364 to 241/364; 'died' alone, measured again at "
    "21/80: 20/80, 247 to 244; with '20 people injured in' and '40 remain missing', over "
    "five refits 0.6 found and 1.2 corroborated below main's mean, branch held-verbs, "
    "docs/evaluation.md's fifty-fifth round): it waits for a refit of the pair model that "
    "moves less",
)
@pytest.mark.parametrize(
    ("text", "predicate"),
    [
        ("Five people died in the crash on Monday.", "die"),
        ("Five people were injured in the crash on Monday.", "injure"),
    ],
)
def test_a_toll_s_verb_after_the_figure_is_its_predicate(text: str, predicate: str) -> None:
    assert one(text)["predicate"] == predicate


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        pytest.param("Police said 240 corrections officers work at the prison.",
                     "corrections officer", marks=HELD_PLURAL),
        pytest.param("Thousands of sports fans came to the final.", "sports fan",
                     marks=HELD_PLURAL),
        # a verb after a plural has no -s; "thanks to" is no noun
        ("Smith scored 23 points thanks to his bench.", "point"),
    ],
)  # fmt: skip
def test_a_plural_before_a_plural_is_the_first_noun_of_a_compound(text: str, unit: str) -> None:
    """(outside hunt) '240 corrections officers' counted 'correction': a verb after a
    plural has no -s, so a lower-case plural after one is the compound's head."""
    assert [d.unit for d in sentence_claims(text)][:1] == [unit]


@pytest.mark.parametrize(
    ("text", "read"),
    [
        # an adverb between a figure (or its auxiliary) and its verb: neither the noun
        # counted ('30 still' counted 'still') nor the end of the clause before the verb
        ("A ferry capsized, killing 45 people, with 30 still missing, the agency said.",
         [(45, "people", "kill", False), (30, "missing", None, False)]),
        # (not the noun said before: 30 missing are not 30 dead)
        ("The flood left 40 dead, with 30 still missing.",
         [(40, "dead", "leave", False), (30, "missing", None, False)]),
        ("Another 37 people were still missing.", [(37, "people", "miss", False)]),
        # a participle of its own after the figure: not the state said before (the 1.2
        # million stranded were counted dead, and corroborated as "dead: 1.2 million")
        ("Floods leave 45 dead, 1.2 million stranded",
         [(45, "dead", None, False), (1.2e6, None, "strand", False)]),
        ("The storm left five dead, 30 hospitalised.",
         [(5, "dead", "leave", False), (30, None, "hospitalise", False)]),
        ("The storm left five people dead, 30 hospitalised.",
         [(5, "people", "leave", False), (30, "people", "hospitalise", True)]),
        # (review) after "and", an adverb or an auxiliary too
        ("The storm left three dead and 40 hospitalized.",  # (one verb for both spellings)
         [(3, "dead", "leave", False), (40, None, "hospitalise", False)]),
        ("The storm left five dead, 30 still hospitalised.",
         [(5, "dead", "leave", False), (30, None, "hospitalise", False)]),
        ("The storm left five dead, and 30 were hospitalised.",
         [(5, "dead", "leave", False), (30, None, "hospitalise", False)]),
        ("The crash left 3 dead and 12 injured.",
         [(3, "dead", "leave", False), (12, "injured", None, False)]),
        # (re-read) a word in -en that is no participle: the state said before
        ("The storm left 12 dead, and 40 when the bridge fell, police said.",
         [(12, "dead", "leave", False), (40, "dead", None, True)]),
        ("The quake killed 40 people, and 12 were still trapped.",
         [(40, "people", "kill", False), (12, "people", "trap", True)]),
        # (outside hunt) a verb of staying is an auxiliary: "31 remain" counted "remain"
        pytest.param("A ferry capsized, killing 45 people, and 31 remain missing.",
                     [(45, "people", "kill", False), (31, "people", "miss", True)],
                     marks=HELD_REMAIN),
        ("Another 37 people remain missing.", [(37, "people", "miss", False)]),
        ("Another 37 people remained in hospital.", [(37, "people", "remain", False)]),
        ("Police said six remains were found in the ruins.", [(6, "remain", "find", False)]),
        # near misses: no adverb ('30 missing' counts the missing); an adverb inside the
        # noun phrase ('fully loaded'), or before no verb ('No. 1 now'), is as it was
        ("A ferry capsized, killing 45 people, with 30 missing, the agency said.",
         [(45, "people", "kill", False), (30, "missing", None, False)]),
        ("Police seized a rifle and 13 fully loaded magazines.",
         [(13, None, "loade", False)]),
        ("IBM is a clear No. 1 now, he said.", [(1, "now", None, False)]),
    ],
)  # fmt: skip
def test_an_adverb_before_the_verb_is_no_counted_noun(
    text: str, read: list[tuple[float, str | None, str | None, bool]]
) -> None:
    found = [(d.value, d.unit, d.predicate, d.elided) for d in sentence_claims(text)]
    assert found == read


@pytest.mark.parametrize(
    ("before", "text"),
    [
        # 'another' opening a sentence after a count adds to it, told with the same verb
        # or another one: a rule that set it against a count of another verb (no
        # 'additional') took these out, and 500 vs 300 jobs read as a contradiction
        ("The gunmen killed 10 villagers.", "Another 5 villagers were shot dead."),
        ("Police arrested 20 protesters.", "Another 15 were detained."),
        ("Ford will cut 500 jobs.", "Another 300 jobs will be eliminated."),
        ("The blast killed 12 people.", "Another 3 people were killed later."),
    ],
)
def test_another_after_a_count_adds_to_it(before: str, text: str) -> None:
    *_, last = sentence_claims(text, sentence_claims(before))
    assert "additional" in last.modifiers


@pytest.mark.parametrize(
    ("text", "adverb"),
    [
        # an adverb right after a figure reads as if it were not there: "30 still
        # missing" is "30 missing" (it read 30 dead, the noun said before), after a
        # figure in words or with its scale too, and 'later' as well
        ("The flood left 40 dead, with 30 still missing.", "still"),
        ("The ferry sank, killing 45 people, with two still missing.", "still"),
        ("The ferry sank, killing 45 people, with 3 million still missing.", "still"),
        ("The ferry sank, killing 45 people, with 30 later found alive.", "later"),
        ("The ferry sank, killing 45 people, with 30 still unaccounted for.", "still"),
        ("The company employs 300 now working from home.", "now"),
    ],
)
def test_an_adverb_after_a_figure_reads_as_without_it(text: str, adverb: str) -> None:
    def read(t: str) -> list[tuple[object, ...]]:
        return [
            (d.value, d.kind, d.unit, d.predicate, d.elided, d.modifiers, d.qualifier)
            for d in sentence_claims(t)
        ]

    assert read(text) == read(text.replace(f" {adverb} ", " "))


@pytest.mark.parametrize(
    "text",
    [
        "Prices last rose this fast in the nineteen seventies, he said.",
        "She was rediscovered in the late nineteen eighties.",
    ],
)
def test_a_decade_in_words_is_no_count(text: str) -> None:
    """'the nineteen seventies' is a time, as 'the 1970s' is: it was 19 'seventies' (ten
    such figures on the 74 ECB+ folders)."""
    assert claims_of(text) == []


def test_two_seventies_in_words_stay_a_count() -> None:
    assert [(c["value"], c["unit"]) for c in claims_of("He shot two seventies.")] == [
        (2, "seventy")
    ]


def test_who_is_killed_is_no_count_of_things_said_before() -> None:
    """A figure without a noun after 'were killed' counts people: not the wars or homes
    counted before it ('battled two civil wars ... and some 2 million were killed' was 2
    million civil wars, '300 homes and 20 were killed' 20 homes)."""
    for text in (
        "The two sides battled two civil wars, and some 2 million were killed in the war.",
        "The quake destroyed 300 homes and 20 were killed.",
    ):
        last = claims_of(text)[-1]
        assert last["unit"] is None and last["value"] in (2e6, 20), last
    # a count of people before is what it counts, as before
    got = claims_of("Police said 12 protesters were arrested and 3 were killed.")
    assert [(c["value"], c["unit"]) for c in got] == [(12, "protester"), (3, "protester")]


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        # people, whatever their noun: as before the rule
        ("The base houses 3,000 troops and 12 were killed.", "troop"),
        ("The plane carried 40 Americans and three were killed.", "American"),
        ("The bus carried 40 pilgrims and 12 were killed.", "pilgrim"),
        ("The fire reached 300 policemen and 20 were killed.", "policeman"),
        # a thing hurt by the verb itself is no toll's noun
        ("Militants shot 30 rockets and 2 were killed.", None),
        ("A fire destroyed 12 apartments and 3 were killed.", None),
        ("Rebels stormed three headquarters and 20 were killed.", None),
    ],
)
def test_a_toll_without_a_noun_counts_people_said_before_not_things(
    text: str, unit: str | None
) -> None:
    """A review found the nouns a toll may count too narrow (troops, Americans, pilgrims
    lost; 'three were killed' then no figure at all) and a thing hurt by its verb taken."""
    assert claims_of(text)[-1]["unit"] == unit


def test_a_toll_without_a_noun_takes_no_people_from_further_back() -> None:
    """The nearest count names things: the toll has no noun, not the soldiers of the
    sentence before (a review found '20 soldiers, killed' made of '300 homes and 20 were
    killed')."""
    from crosscheck.model import Document

    text = "The army deployed 3,000 soldiers. The quake destroyed 300 homes and 20 were killed."
    doc = Document("d", "d", "text", text, ((0, len(text)),))
    got = extract_claims(doc, segment(doc))
    assert [(c.value, c.unit) for c in got][-1] == (20, None)


@pytest.mark.parametrize(
    ("text", "ages"),
    [
        ("Children aged between 6 and 18 months were vaccinated at the clinic.",
         [("6 and 18 months", "month", "age")]),
        ("Children aged 6 months to 5 years were vaccinated at the clinic.",
         [("6 months", "month", "age"), ("5 years", "year", "age")]),
        ("Twins aged 18 months and 3 years were found in the house.",
         [("18 months", "month", "age"), ("3 years", "year", "age")]),
        # no older than a bare "aged 150" allows: a time, not an age
        ("A man aged 150 years was found, the police said.", [("150 years", "year", "duration")]),
        ("The boy, aged 5, spent 3 years in care.",
         [("5", "year", "age"), ("3 years", "year", "duration")]),
    ],
)  # fmt: skip
def test_aged_carries_across_a_range_or_list_and_is_capped(
    text: str, ages: list[tuple[str, str, str]]
) -> None:
    """'aged' makes each figure of the range or list after it an age in its own unit
    ('aged between 6 and 18 months', 'aged 6 months to 5 years'), never past 120 years
    ('aged 150 years' is no age, as 'aged 150' is not); what follows is not ('spent 3
    years')."""
    got = [(text[d.start : d.end], d.unit, d.kind) for d in sentence_claims(text)]
    assert got == ages


@pytest.mark.parametrize(
    ("text", "count"),
    [("A woman aged 90 and 2 children were rescued from the flat.", ("2", "child")),
     ("A man aged 34 and 12 police officers were hurt in the clash.", ("12", "police officer")),
     ("A man aged 40 and 3 others were hurt in the crash.", ("3", "other")),
     ("A girl aged 6 and 10 adults were treated in hospital.", ("10", "adult")),
     ("A man aged 80 and 15 firefighters were hurt in the blaze.", ("15", "firefighter"))],
)  # fmt: skip
def test_aged_does_not_carry_onto_a_figure_that_counts_something(
    text: str, count: tuple[str, str]
) -> None:
    """'aged' carries across 'and' only onto a figure that counts nothing ('aged 18 months
    and 3 years'): 'a woman aged 90 and 2 children' is an age and a count of children."""
    age, second = sentence_claims(text)
    assert age.kind == "age"
    assert text[second.start : second.end].split()[0] == count[0]
    assert (second.kind, second.unit) == ("count", count[1])


@pytest.mark.parametrize(
    "text",
    ["Children aged 5, 7 and 9 were rescued from the house.",
     "Children aged 5, 7, and 9 were rescued from the house.",
     "Children aged 5, 7 and 9 years were rescued from the house."],
)  # fmt: skip
def test_aged_carries_along_a_comma_list(text: str) -> None:
    """'Children aged 5, 7 and 9': each figure of the list is an age."""
    got = [(d.value, d.kind, d.unit) for d in sentence_claims(text)]
    assert got == [(5, "age", "year"), (7, "age", "year"), (9, "age", "year")]


def test_negative_figures() -> None:
    assert one("The offense was minus 5 yards.")["value"] == -5
    c = one("In Europe the FTSE -0.6% led losses.")
    assert (c["value"], c["change"]) == (-0.6, "down")
    # a level below zero in a sentence is no market move: "was -2%" is where growth is
    assert [(c["value"], c["change"]) for c in claims_of("Growth was -2% last year.")] == [
        (-2.0, None)
    ]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("GDP changed (-1.2%) in May.", -1.2),
        ("GDP changed (\u22121.2%) in May.", -1.2),
        ("Shares closed at [-3%] on Monday.", -3.0),
        ("Temperatures hit (-5\u00b0C) overnight.", -5.0),
        ("It grew (1-2%) last year.", 1.5),  # a range in brackets, as before
    ],
)
def test_a_minus_after_an_opening_bracket_is_a_minus(text: str, value: float) -> None:
    """'(-1.2%)' was +1.2%: a hyphen glued to the bracket before it read as no sign (a
    review found it); a bracket is a space's kin there."""
    assert one(text)["value"] == value


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Net income: -$3 million.", -3e6, "dollar"),
        ("Profit was -\u20ac2 billion.", -2e9, "euro"),
        ("The unit posted $-50.8 million in May.", -50.8e6, "dollar"),
        ("A loss of $-5m.", -5e6, "dollar"),
        ("It was US$-3 million.", -3e6, "dollar"),
        ("It cost $3 million.", 3e6, "dollar"),
    ],
)
def test_a_minus_beside_a_currency_sign_is_the_sum_s(text: str, value: float, unit: str) -> None:
    """'-$3 million' read +$3 million (the minus before the sign was no sign), '$-50.8
    million' a figure of nothing (the sign was not right before the figure)."""
    c = one(text)
    assert (c["value"], c["unit"], c["kind"]) == (value, unit, "money")


def test_fractions() -> None:
    c = one("A third of those screened were obese.")  # a share: a percentage (below)
    assert (c["value"], c["unit"]) == (pytest.approx(100 / 3), "percent")
    assert one("The recipe needs 1/2 pound of butter.")["value"] == 0.5
    assert claims_of("He tried a third time.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a share of something, as "75% of the market": the qualifier's interval around it
        ("The browser holds nearly three quarters of the market.",
         ("nearly three quarters", 75, 67.5, 82.5, "approx")),
        ("It runs on nearly three-quarters of the world's computers.",
         ("nearly three-quarters", 75, 67.5, 82.5, "approx")),
        ("Services brought in half of the company's total sales.", ("half", 50, 50, 50, "exact")),
        ("The farmers sold half their harvest at the gate.", ("half", 50, 50, 50, "exact")),
        ("The bill needs a two-thirds majority.",
         ("two-thirds", pytest.approx(200 / 3), pytest.approx(200 / 3), pytest.approx(200 / 3),
          "exact")),
        ("Almost 3/4 of the voters stayed home.", ("Almost 3/4", 75, 67.5, 82.5, "approx")),
    ],
)  # fmt: skip
def test_a_fraction_of_something_is_a_share(text: str, expected: tuple[Any, ...]) -> None:
    c = one(text)
    assert (c["kind"], c["unit"]) == ("percent", "percent")
    assert (c["text"], c["value"], c["lower"], c["upper"], c["qualifier"]) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # both ends of a range of fractions: one percent range, not its second end alone
        ("Between a third and a half of the town was flooded.",
         ("a third and a half", pytest.approx(100 / 3), 50)),
        ("The storm destroyed from a quarter to a third of the crop.",
         ("a quarter to a third", 25, pytest.approx(100 / 3))),
    ],
)  # fmt: skip
def test_a_range_of_fractions_is_one_share(text: str, expected: tuple[Any, ...]) -> None:
    c = one(text)
    assert (c["kind"], c["unit"], c["qualifier"]) == ("percent", "percent", "range")
    assert (c["text"], c["lower"], c["upper"]) == expected


def _share_surface(text: str) -> list[tuple[str | None, str]]:
    return [(d.unit_surface, d.unit or "") for d in sentence_claims(text)]


def test_a_share_keeps_its_own_words_as_its_unit_surface() -> None:
    """report.json's unit_surface of a share is what the article wrote, not '%'."""
    assert _share_surface("A third of those screened were obese.") == [("A third", "percent")]
    assert _share_surface("About 33% of those screened were obese.") == [("%", "percent")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a fraction of a scale word is one figure, in the unit after it
        ("Half a million people marched on the capital.", ("Half a million people", 500_000,
                                                           "count", "people")),
        ("The loan is three quarters of a million dollars.",
         ("three quarters of a million dollars", 750_000, "money", "dollar")),
        ("Half a dozen people were hurt in the crash.", ("Half a dozen people", 6, "count",
                                                         "people")),
        ("The firm lost a third of a billion dollars.",
         ("a third of a billion dollars", pytest.approx(1e9 / 3), "money", "dollar")),
    ],
)  # fmt: skip
def test_a_fraction_of_a_scale_word_is_one_figure(text: str, expected: tuple[Any, ...]) -> None:
    c = one(text)
    assert (c["text"], c["value"], c["kind"], c["unit"]) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a fraction of one thing: a fraction still, not a share; of a unit, a figure in it
        ("He walked half a mile.", [(0.5, "mile")]),
        ("The recipe needs 1/16 of a pint of cream.", [(1 / 16, "fraction")]),
        # a ratio to another thing: no share of it
        ("The new car is half the size of the old one.", [(0.5, "fraction")]),
        ("He has half the votes he needs.", [(0.5, "fraction")]),
        # a fraction naming a rule, a point, a size
        ("The two-thirds rule applies.", [(pytest.approx(2 / 3), "fraction")]),
        ("The runners passed the three-quarters point.", [(0.75, "fraction")]),
        ("It is a three-quarters size model.", [(0.75, "fraction")]),
        # a named part (an ordinal, in words or digits, a place or side), or how often: no figure
        ("He scored in the second half of the game.", []),
        ("He scored in the 2nd half of the game.", []),
        ("The top half of the table was lost.", []),
        ("The northern half of the island flooded.", []),
        ("The western half of the town was empty.", []),
        ("Half the time the trains are late.", []),
        ("He tried a third time.", []),
    ],
)
def test_fractions_that_are_no_share(text: str, expected: list[tuple[float, str]]) -> None:
    assert [(c["value"], c["unit"]) for c in claims_of(text)] == expected


def test_a_share_in_newsquant_is_scored_as_its_fraction() -> None:
    """NewsQuant writes 'a third of' as 0.333 in '%': the scorer compares it so."""
    from crosscheck.evaluation import predict_ours

    (share,) = predict_ours("A third of those screened were obese.")
    assert (share.value, "% -" in share.units) == (pytest.approx(1 / 3), True)  # type: ignore[union-attr]
    (plain,) = predict_ours("About 33% of those screened were obese.")
    assert plain.value == 33  # type: ignore[union-attr]


def test_mixed_numbers_are_one_figure() -> None:
    c = one("The jury deliberated for 4 1/2 hours on Wednesday.")
    assert (c["text"], c["value"], c["unit"]) == ("4 1/2 hours", 4.5, "hour")
    assert one("The hearing lasted 2½ hours.")["value"] == 2.5
    assert one("The deal cost $3 1/2 million.")["value"] == 3_500_000
    assert one("A ½ mile walk.")["value"] == 0.5
    # a year before a fraction, and a date after a count, are not mixed numbers
    assert one("In 1998 3/4 of voters stayed home.")["value"] == 75  # a share, in percent
    assert [c["value"] for c in claims_of("He faced 4 charges 12/25/2020.")][:1] == [4]


def test_quantulum_is_silent() -> None:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        claims_of("The pound fell 2 pounds to 5 pounds and 50 in of rain fell, 170 millimeter.")
    assert [str(w.message) for w in caught] == []


def test_a_run_of_figures_without_clause_breaks_reads_each_within_a_bounded_clause() -> None:
    """'1,1,1,...' with no clause break: each figure's clause stays within reach of it, so
    the run costs linear time; every figure is still read."""
    from crosscheck.extract.context import CLAUSE_REACH, clause_bounds
    from crosscheck.extract.numbers import tokenize

    text = "1, " * 1500 + "000 people were counted."
    tokens = tokenize(text)
    middle = len(tokens) // 2
    start, end = clause_bounds(tokens, middle)
    assert end - start <= 2 * CLAUSE_REACH + 1 and start <= middle < end
    assert len(sentence_claims(text)) >= 1500
    # a clause shorter than the reach is found as before
    short = tokenize("The quake killed 10 people; 80 were hurt.")
    ten = next(k for k, t in enumerate(short) if t.text == "10")
    s, e = clause_bounds(short, ten)
    assert " ".join(t.text for t in short[s:e]) == "The quake killed 10 people"


def test_inflect_is_imported_without_typeguard_and_any_typeguard_is_put_back() -> None:
    """inflect's typeguard decorators cost seconds per process; crosscheck imports it with
    a stand-in, and a program that imported typeguard itself keeps its own."""
    import subprocess
    import sys

    code = (
        "import sys, typeguard\n"
        "from crosscheck.extract.inflection import import_inflect\n"
        "from crosscheck.extract.nouns import singular\n"
        "inflect = import_inflect()\n"
        "assert sys.modules['typeguard'] is typeguard\n"
        "assert inflect.typechecked.__module__ == 'crosscheck.extract.inflection'\n"
        "assert singular('casualties') == 'casualty' and singular('troops') == 'troop'\n"
        "assert inflect.engine().plural('soldier') == 'soldiers'\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


def test_each_side_of_a_score_or_record_is_a_figure() -> None:
    """Sentences from news reports of games (ECB+ and NewsQuant): each side of a score or a
    win-loss record is a figure of its own, a tie is one figure, a rising pair stays a
    range, and a score glued to letters is none."""

    def figures(text: str) -> list[tuple[float, str, str | None]]:
        return [(c["value"], c["kind"], c["unit"]) for c in claims_of(text)]

    game = ("A Reggie Wayne seven-yard touchdown reception with just more than four minutes "
            "remaining gave the Colts a 20-13 lead at Kansas City, and the defense made it hold "
            "up as the 10th win for Indianapolis (10-5) clinched a playoff berth.")  # fmt: skip
    found = figures(game)
    for side in (20.0, 13.0, 10.0, 5.0):
        assert (side, "other", None) in found, side  # bare figures: no noun taken
    assert figures("The score was tied 13-13.") == [(13.0, "other", None)]
    assert [f[0] for f in figures("Rahman (45-7-2, 36 KOs) was the champion.")][:3] == [
        45.0, 7.0, 2.0]  # fmt: skip
    speed = claims_of("He was traveling at a speed of 15-22 miles per hour.")
    assert [(c["lower"], c["upper"]) for c in speed] == [(15.0, 22.0)]
    assert 4.0 not in [f[0] for f in figures(
        "Since the overall point stands there were three 4-3s back in the day.")]  # fmt: skip
    record = ("Hansbrough scored 20 points Thursday night to break Ford's 30-year-old mark "
              "and help top-ranked North Carolina beat Evansville 91-73.")  # fmt: skip
    assert figures(record) == [(20.0, "count", "point"), (30.0, "age", "year"),
                               (91.0, "other", None), (73.0, "other", None)]  # fmt: skip


_QUANTULUM_SPANS = [
    "The wall is 5 m high", "It weighs 10 pounds", "a 2 ton truck", "12 gallons of fuel",
    "100 degrees outside", "5 ft tall", "3 oz of gold", "a 40 C day", "pressure of 2 bar",
    "60 mph winds", "10 m/s", "5 kg/m", "a 6 pint jug", "20 knots", "7 tons of cargo",
]  # fmt: skip
_QUANTULUM_PARSE = (
    "import json, sys, warnings\n"
    "warnings.simplefilter('ignore')\n"
    "from quantulum3 import no_classifier\n"
    "calls = []\n"
    "heuristic = no_classifier.disambiguate_no_classifier\n"
    "def counted(*args, **kwargs):\n"
    "    calls.append(1)\n"
    "    return heuristic(*args, **kwargs)\n"
    "no_classifier.disambiguate_no_classifier = counted\n"
    "out = []\n"
    "for span in json.loads(sys.argv[1]):\n"
    "    try:\n"
    "        found = parser.parse(span, classifier_path=_NO_CLASSIFIER)\n"
    "        out.append([[q.value, q.unit.name, q.unit.entity.name, list(q.span)]\n"
    "                    for q in found])\n"
    "    except Exception as exc:\n"
    "        out.append(type(exc).__name__)\n"
    "print(json.dumps({'parsed': out, 'heuristic': len(calls),\n"
    "                  'sklearn': 'sklearn' in sys.modules, 'joblib': 'joblib' in sys.modules}))\n"
)  # fmt: skip


def test_quantulum3_runs_without_scikit_learn_and_reads_units_as_with_it() -> None:
    """quantulum3 imports scikit-learn and joblib (most of a small run's start-up) for a
    classifier crosscheck never loads. Extracting an article imports neither, and quantulum3
    reads ambiguous unit surfaces ("pounds", "degrees", "C", "ft") exactly as it does when
    it imports them: through its classifier branch, which falls back to its heuristics."""
    import json
    import subprocess
    import sys

    ours = (
        "import sys, warnings\n"
        "from crosscheck.extract import sentence_claims\n"
        "found = sentence_claims('The 4 km tunnel cost $85 million and took 3 years, '\n"
        "                        'officials said on Monday; 120 workers dug it.')\n"
        "assert len(found) >= 3, found\n"
        "assert 'sklearn' not in sys.modules and 'joblib' not in sys.modules\n"
        "from crosscheck.extract.units import _NO_CLASSIFIER, _quantulum\n"
        "parser = _quantulum()[0]\n"
        "from quantulum3 import classifier\n"
        "assert classifier.USE_CLF\n"
    ) + _QUANTULUM_PARSE
    plain = (
        "from crosscheck.extract.inflection import import_inflect\n"
        "import_inflect()\n"  # as crosscheck does, for speed only
        "from crosscheck.extract.units import _NO_CLASSIFIER\n"
        "from quantulum3 import parser\n"
    ) + _QUANTULUM_PARSE
    spans = json.dumps(_QUANTULUM_SPANS)
    results = []
    for code in (ours, plain):
        done = subprocess.run([sys.executable, "-c", code, spans], capture_output=True, text=True)
        assert done.returncode == 0, done.stderr
        results.append(json.loads(done.stdout.strip().splitlines()[-1]))
    assert not results[0]["sklearn"] and not results[0]["joblib"]
    assert results[1]["sklearn"]  # the reference run did use the classifier's branch
    assert results[0]["parsed"] == results[1]["parsed"]
    assert results[0]["heuristic"] == results[1]["heuristic"] > 0
    parsed = dict(zip(_QUANTULUM_SPANS, results[0]["parsed"], strict=True))
    assert [q[1] for q in parsed["It weighs 10 pounds"]] == ["pound-mass"]
    # the classifier's branch fails on this surface, which quantulum3's USE_CLF=False
    # branch would read as feet: crosscheck catches the error and reads no unit, as before
    assert parsed["5 ft tall"] == "AttributeError"


def test_quantulum3_imported_by_two_threads_at_once_leaves_scikit_learn_importable() -> None:
    """The first extraction in two threads at once (a library caller's thread pool, a Dask
    worker's threads) hides scikit-learn from the import of quantulum3 only: afterwards the
    process imports it as usual, and quantulum3 takes its classifier branch."""
    import subprocess
    import sys

    code = (
        "from concurrent.futures import ThreadPoolExecutor\n"
        "import threading\n"
        "from crosscheck.extract import sentence_claims\n"
        "texts = ['The 4 km tunnel cost $85 million, officials said.',\n"
        "         'About 120 workers dug it in 3 years and it weighs 10 pounds.']\n"
        "start = threading.Barrier(2)\n"
        "def extract(text):\n"
        "    start.wait()\n"
        "    return len(sentence_claims(text))\n"
        "with ThreadPoolExecutor(2) as pool:\n"
        "    found = list(pool.map(extract, texts))\n"
        "assert all(found), found\n"
        "import sklearn, joblib\n"
        "from sklearn.linear_model import SGDClassifier\n"
        "from quantulum3 import classifier\n"
        "assert classifier.USE_CLF\n"
        "print('ok')\n"
    )
    for _ in range(3):  # the race it guards against lost every time
        done = subprocess.run([sys.executable, "-W", "ignore", "-c", code],
                              capture_output=True, text=True)  # fmt: skip
        assert done.returncode == 0 and done.stdout.strip() == "ok", done.stderr


def level_of(text: str) -> list[tuple[float, float | None, str | None]]:
    return [(d.value, d.was, d.change) for d in sentence_claims(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the level before with its owner: the change, then the level it reached
        ("The count rose 10 from Monday's 30 to 40.", [(10, None, "up"), (40, 30, None)]),
        ("The rate rose from last year's 2.1% to 2.5%.", [(2.5, 2.1, None)]),
        # the level reached, then the level before with its owner
        ("The toll rose to 40 from Monday's 30.", [(40, 30, None)]),
        (
            "The index fell 200 points to 29,800 from Friday's 30,000.",
            [(200, None, "down"), (29_800, 30_000, None)],
        ),
    ],
)
def test_a_level_before_with_its_owner(
    text: str, expected: list[tuple[float, float | None, str | None]]
) -> None:
    assert level_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a possessive name before a figure, with no verb of change: still a name
        ("Boeing's 787 Dreamliner flew.", []),
        ("It was second only to Smith's 44.", []),
        ("He drove from Monday's 30 to 40 miles.", [(35, None, None)]),
        # a possessive after 'to', or after 'from' with no level pair: a model's number
        ("It rose to Apple's 15 Pro.", []),
        ("Sales rose to Boeing's 737 level.", []),
        ("Shares fell 2% to Tuesday's 30 low.", [(2, None, "down")]),
    ],
)
def test_near_misses_of_a_level_with_its_owner(
    text: str, expected: list[tuple[float, float | None, str | None]]
) -> None:
    assert level_of(text) == expected


@pytest.mark.parametrize(
    ("text", "change"),
    [
        # (outside hunt) a change's verb, its object, then "by" and the size: it was no
        # change, so "raised rates by 25 basis points" stayed apart from "a 25-basis-point
        # hike", and "cut rates by" from "a cut of"
        ("The bank cut rates by 25 basis points.", "down"),
        ("The central bank raised its main interest rate by half a percentage point.", "up"),
        ("The company raised prices by 5% in May.", "up"),
        ("The agency lowered its growth forecast by 0.3 percentage points.", "down"),
        # not a margin ("lost"), nor money raised, nor a "by" after the figure
        ("He lost the election by 300 votes.", None),
        ("The firm raised $5 million by selling shares.", None),
        ("The charity raised funds for 300 families by March.", None),
        # (review) "of" in the object; a verb's word as a noun, a participle, an
        # auxiliary or a preposition before "by": the agent's count
        ("The bakery raised the price of bread by 10 cents.", "up"),
        ("The rate cut was backed by 7 of the 9 policymakers.", None),
        ("The hike was opposed by 2 members.", None),
        ("Lower prices caused by 3 new mines hurt the firm.", None),
        ("Reduced fares offered by 3 airlines drew crowds.", None),
        ("He raised questions about payments by 2 ministries.", None),
        # (re-read) an object's own words in -ing, a capital, a word like a verb's form;
        # an irregular participle right before "by" names an agent
        ("The central bank cut its benchmark lending rate by 25 basis points.", "down"),
        ("The central bank raised Bank Rate by 25 basis points.", "up"),
        ("The government cut spending by 5%.", "down"),
        ("The ship cut speed by 10 knots.", "down"),
        ("The company cut jobs held by 300 workers.", None),
        # a participle spelt as its verb's base form ("run", "overcome") names an agent too
        ("Budget cuts hit schools run by 40 councils.", None),
        ("The firm cut the targets overrun by 3 regions.", None),
    ],
)  # fmt: skip
def test_a_change_verb_before_its_object_and_by_makes_a_change(
    text: str, change: str | None
) -> None:
    assert claims_of(text)[0]["change"] == change


@pytest.mark.parametrize(
    ("text", "spread"),
    [
        # a range after a verb of a spread spans what a set's members have
        ("Five men received sentences ranging from seven to 75 years.", True),
        ("The men's sentences ranged from 7 to 75 years.", True),
        ("Ages ranged between 18 and 65 years.", True),
        ("Prices ranging from $999 to $1,999 were announced.", True),
        # an estimate's range, a change's two figures, a figure after "ranging"
        ("Between 3,000 and 5,000 people attended the rally.", False),
        ("The crowd was estimated at 3,000 to 5,000 people.", False),
        ("The toll rose from 6 to 75 people.", False),
        # (review) a guess's or a forecast's range, the noun "range"
        ("The death toll could range from 3,000 to 5,000 people.", False),
        ("Losses are expected to range between $1 billion and $2 billion.", False),
        ("The toll was in the range 3,000 to 5,000 people.", False),
        ("Losses were estimated to have ranged from $1 billion to $2 billion.", False),
        # (re-read) an estimate's hedge in the clause, a measure's noun between
        ("Estimates ranged from 3,000 to 5,000 deaths.", False),
        ("The victims ranged in age from 18 to 65 years.", True),
    ],
)  # fmt: skip
def test_a_range_after_a_verb_of_a_spread_is_a_spread(text: str, spread: bool) -> None:
    """(36ecbplus, "shortest prison sentence") "sentences ranging from seven to 75 years"
    is the least and the most of a set, not an estimate's bounds (Claim.spread)."""
    got = [c for c in claims_of(text) if c["qualifier"] == "range" or c["spread"]]
    assert [c["spread"] for c in got] == ([True] if spread else [False] * len(got))


def test_the_level_after_a_change_by_stays_a_level() -> None:
    """(review) "cut rates by 25 basis points to 4.5%": the 25 is the change, 4.5% the
    level it reached."""
    got = [
        (c["text"], c["change"])
        for c in claims_of("The bank cut rates by 25 basis points to 4.5%.")
    ]
    assert got == [("25 basis points", "down"), ("4.5%", None)]


def test_rose_by_a_count_is_a_change() -> None:
    assert one("The crowd rose by 10 people.")["change"] == "up"
    assert one("Staff fell by 200 workers.")["change"] == "down"
    # a level, not a change
    assert one("The crowd rose to 10 people.")["change"] is None
    assert one("The town grew 300 people.")["change"] is None
    # 'by' after a form of 'be' names who did it (the passive), not the size of a change
    assert one("He was raised by 2 aunts.")["change"] is None
    assert one("The plan was boosted by 3 donors.")["change"] is None
    assert one("The truck was lowered by 2 cranes.")["change"] is None
    assert one("Prices were raised by 5%.")["change"] == "up"  # a measure: a change still


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the level reached and the level before, with when between them
        ("Unemployment fell to 4.1% in March from 4.3%.", [(4.1, 4.3, None)]),
        ("The toll rose to 40 on Monday from 30.", [(40, 30, None)]),
    ],
)
def test_a_level_before_with_words_between(
    text: str, expected: list[tuple[float, float | None, str | None]]
) -> None:
    assert level_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # no verb of change: where from, not what was
        ("The firm flew to 40 cities in May from 30 airports.",
         [(40, None, None), (30, None, None)]),
        # another clause between
        ("Sales rose to 40 and staff moved from 30 sites.", [(40, None, None), (30, None, None)]),
        ("Sales rose to 40 in May and fell from 30.", [(40, None, None), (30, None, None)]),
        # a verb's or a noun's own 'from': no when or where between
        ("The toll rose to 40 since rescuers came from 30.", [(40, None, None), (30, None, None)]),
        ("The squad rose to 40 with players from 12.", [(40, None, None), (12, None, None)]),
        ("Support rose to 40% among those aged from 18.", [(40, None, None), (18, None, None)]),
    ],
)  # fmt: skip
def test_near_misses_of_a_level_before_with_words_between(
    text: str, expected: list[tuple[float, float | None, str | None]]
) -> None:
    assert level_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Shares rose 3.5p to 120p.", [(3.5, "penny", "up"), (120, "penny", None)]),
        (
            "Shares fell 68 p at 1112 p in early trade.",
            [(68, "penny", "down"), (1112, "penny", None)],
        ),
        ("It closed at 125.8 p on Friday.", [(125.8, "penny", None)]),
    ],
)
def test_pence_after_a_figure(text: str, expected: list[tuple[float, str, str | None]]) -> None:
    assert [(c["value"], c["unit"], c["change"]) for c in claims_of(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "He watched it in 1080p on a 720p screen.",  # video resolutions
        "The meeting is at 5p.m. today.",  # a time of day
        "Only 5 p-values were reported.",  # a p that starts a word
        "The risk was 1.2 to 3.4 times higher (p = 0.03).",  # a p-value, spaced
        "The camera records 4K video at 24p or 30p.",  # frame rates
        "The bus leaves at 7 p.",  # a sentence's last "p." is no price
    ],
)
def test_no_pence(text: str) -> None:
    assert all(c["unit"] != "penny" for c in claims_of(text)), claims_of(text)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("A magnitude 4.2 quake shook the valley.", "magnitude 4.2"),
        ("A magnitude-4.2 quake shook the valley.", "magnitude-4.2"),
        ("The quake had a magnitude of 4.1, the survey said.", "magnitude of 4.1"),
        ("A 4.2 quake shook the valley.", "4.2 quake"),
        ("A 5.6 to 5.8 quake shook the valley.", "5.6 to 5.8 quake"),
    ],
)
def test_a_magnitude_keeps_the_span_its_wording_gives(text: str, figure: str) -> None:
    """The word "magnitude" before the figure stays the claim's span and unit wording,
    also when a quake word follows the figure."""
    c = one(text)
    assert (c["text"], c["unit"]) == (figure, "magnitude")


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        ("The wall is 20 m-30 m high.", "The wall is 20-30 metres high."),
        ("The truck carries 5 t-10 t of sand.", "The truck carries 5-10 tonnes of sand."),
        ("The road is 3 km-5 km long.", "The road is 3-5 kilometres long."),
        ("The bag weighs 10 kg-12 kg.", "The bag weighs 10-12 kilograms."),
        ("The tank is 10m-20m wide.", "The tank is 10-20 metres wide."),
    ],
)
def test_a_range_written_with_its_unit_twice_is_the_range(text: str, plain: str) -> None:
    """'20 m-30 m' is 20 to 30 metres, as '20-30 metres' is (it was one figure, 20, 'per
    metre to the 30 metre': the dash read as a negative power)."""
    keys = ("value", "lower", "upper", "qualifier", "unit", "kind")
    assert [tuple(c[k] for k in keys) for c in claims_of(text)] == [
        tuple(c[k] for k in keys) for c in claims_of(plain)
    ]


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Sales rose in 2010 and a half of the stores closed.", [50]),
        ("The firm paid $5m and a half share of the rest.", [5e6]),
        ("Between a third and a half of the town was flooded.", [pytest.approx(125 / 3)]),
    ],
)
def test_and_a_half_halves_no_year_nor_a_glued_scale(text: str, values: list[float]) -> None:
    """Near misses of 'and a half' after digits: a year is not halved, a glued scale
    ('$5m') halves nothing written, a range of fractions stays a range."""
    assert [c["value"] for c in claims_of(text)] == values


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The meeting lasted an hour and a half.", ("an hour and a half", 1.5, "hour", 0.5)),
        ("He was jailed a year and a half ago.", ("a year and a half", 1.5, "year", 0.5)),
        ("The village is a mile and a half away.", ("a mile and a half", 1.5, "mile", 0.5)),
        ("He waited two hours and a half.", ("two hours and a half", 2.5, "hour", 0.5)),
        ("She ran 3 miles and a half.", ("3 miles and a half", 3.5, "mile", 0.5)),
    ],
)
def test_and_a_half_after_a_unit_is_the_figure_s(
    text: str, expected: tuple[str, float, str, float]
) -> None:
    """'an hour and a half' is 1.5 hours (it gave no claim), 'two hours and a half' 2.5
    (it was 2), written to the half as 'one and a half hours' is."""
    (d,) = sentence_claims(text)
    assert (text[d.start : d.end], d.value, d.unit, d.half) == expected


@pytest.mark.parametrize(
    "text", ["He read a page and a half.", "A man and a half came.", "It was a game and a half."]
)
def test_and_a_half_after_a_counted_noun_gives_no_figure(text: str) -> None:
    """'a page and a half' is read as before: no figure (a count's half is no measure)."""
    assert claims_of(text) == []


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        ("The wall is 20m-30m high.", "The wall is 20-30 metres high."),
        ("The wall is 20 m-30 m high.", "The wall is 20-30 metres high."),
        ("The wreck lies 10m-20m away.", "The wreck lies 10-20 metres away."),
    ],
)
def test_a_glued_range_before_a_dimension_word_stays_in_its_unit(text: str, plain: str) -> None:
    """'20m-30m high': before a dimension word both ends' 'm' is metres (the second end was
    20,000,000 beside 10 metres)."""
    keys = ("value", "lower", "upper", "unit", "kind")
    assert [tuple(c[k] for k in keys) for c in claims_of(text)] == [
        tuple(c[k] for k in keys) for c in claims_of(plain)
    ]


@pytest.mark.parametrize(
    ("text", "single", "lower", "upper"),
    [
        ("Some 2m-3m people fled.", "Some 2m people fled.", 2e6, 3e6),
        ("About 2m-3m people fled.", "About 2m people fled.", 2e6, 3e6),
        ("The 2m-3m users who joined left.", "The 2m users who joined left.", 2e6, 3e6),
        ("These 2m-3m people fled.", "These 2m people fled.", 2e6, 3e6),
        ("Its 2m-3m customers left.", "Its 2m customers left.", 2e6, 3e6),
        ("They sold the 2m-3m tonnes shipped.", "They sold the 2m tonnes shipped.", 2e6, 3e6),
        ("They signed a 5m-10m deal.", "They signed a 5m deal.", 5e6, 1e7),
        ("There was a 2m-3m drop in sales.", "There was a 2m drop in sales.", 2e6, 3e6),
        # one decision for the glued 'm', whatever it stands for: 'The 10m poles' is ten
        # million poles, and so 'The 10m-20m poles' is ten to twenty million
        ("The 10m-20m poles fell.", "The 10m poles fell.", 1e7, 2e7),
        ("A 10m-20m pole fell.", "A 10m pole fell.", 1e7, 2e7),
    ],
)
def test_a_glued_range_reads_its_letter_as_the_single_figure_does(
    text: str, single: str, lower: float, upper: float
) -> None:
    """'Some 2m-3m people' was 2.5 metres while 'Some 2m people' is two million (a third
    review found): a determiner before the range made its 'm' metres. The range reads the
    letter as its first end alone would, before the same words."""
    (c,) = claims_of(text)
    (s,) = claims_of(single)
    assert (c["lower"], c["upper"]) == (lower, upper)
    assert (c["lower"], c["unit"], c["kind"]) == (s["value"], s["unit"], s["kind"])


@pytest.mark.parametrize(
    ("text", "lower", "upper", "unit"),
    [
        ("It cost $5m-$10m.", 5e6, 1e7, "dollar"),
        ("It cost $5m-10m.", 5e6, 1e7, "dollar"),
        ("It cost 5bn-10bn euros.", 5e9, 1e10, "euro"),
        ("It cost £2bn-3bn.", 2e9, 3e9, "pound sterling"),
    ],
)
def test_a_glued_range_of_money_keeps_its_scale(
    text: str, lower: float, upper: float, unit: str
) -> None:
    """Near misses: a currency sign before the first end makes both ends' letter a scale;
    'bn' is a scale wherever it stands."""
    c = one(text)
    assert (c["lower"], c["upper"], c["unit"], c["kind"]) == (lower, upper, unit, "money")


@pytest.mark.parametrize(
    ("text", "lower", "upper", "unit"),
    [
        ("They shipped 2m-3m tonnes.", 2e6, 3e6, "tonne"),
        ("The firm sold 2m-3m of its devices.", 2e6, 3e6, "device"),
        ("The app has 5b-10b users.", 5e9, 1e10, "user"),
        ("The service has 1.2m-1.5m subscribers.", 1.2e6, 1.5e6, "subscriber"),
        ("The show drew 1m-2m viewers.", 1e6, 2e6, "viewer"),
        ("They sold 5m-10m copies.", 5e6, 1e7, "copy"),
        ("The 1.2m-1.5m subscribers left.", 1.2e6, 1.5e6, "subscriber"),
    ],
)
def test_a_glued_range_before_a_counted_noun_is_millions_at_both_ends(
    text: str, lower: float, upper: float, unit: str
) -> None:
    """'2m-3m tonnes' was 2.5 metres, '5b-10b users' 7.5 barns: both ends' glued letter is
    read one way, a scale when 'of', a noun or a unit follows, the letter is 'b', or an end
    is a decimal (a review found)."""
    c = one(text)
    assert (c["lower"], c["upper"], c["unit"], c["qualifier"]) == (lower, upper, unit, "range")


@pytest.mark.xfail(
    strict=True,
    reason="known misreading: a distance before a noun that is no race reads as millions "
    "(the glued m before a noun is a scale; races, lexicon.METRE_EVENTS, are metres where "
    "they end their noun phrase: '100m-200m sprints', tested below; 'titles' is no race, "
    "no shape tells '400m-800m titles' from '100m-200m users', nor 'the 200m butterfly "
    "title' from '2m race tickets')",
)
@pytest.mark.parametrize(
    ("text", "plain"),
    [
        ("She won 400m-800m titles.", "She won 400-800 metre titles."),
        ("Phelps took the 200m butterfly title.", "Phelps took the 200 metre butterfly title."),
    ],
)
def test_a_race_distance_before_its_noun_is_metres(text: str, plain: str) -> None:
    """What these should read: 100 to 200 metres, as the unglued '100-200 metre' does.
    Only the ends' size parts them from the ranges read as millions beside them ('5m-10m
    copies', 'The 10m-20m poles', as 'The 10m poles'), and a count of hundreds of millions
    has it too ('100m-200m users'); whole ends under 100,000 before a noun that is no unit
    take in 'Some 2m-3m people' and '1m-2m viewers'."""
    keys = ("value", "lower", "upper", "unit")
    assert [tuple(c[k] for k in keys) for c in claims_of(text)] == [
        tuple(c[k] for k in keys) for c in claims_of(plain)
    ]


def test_a_glued_million_before_a_noun_is_still_a_million() -> None:
    """Near miss: one figure with a glued 'm' before a noun is still millions."""
    c = one("They sold 1.2m tons.")
    assert (c["value"], c["unit"]) == (1.2e6, "ton")


def test_a_letter_then_a_dash_and_a_number_is_still_a_name_or_a_word() -> None:
    """Near misses of a range in one unit: another word after the second figure ('m-16
    rifles'), or a word after the dash ('m-diameter', 'V-battery')."""
    rifles = one("Officers carried 30 m-16 rifles.")
    assert (rifles["value"], rifles["unit"], rifles["qualifier"]) == (30, "rifle", "exact")
    for text, value, unit in (("Crews drilled a 10 m-diameter shaft.", 10, "metre"),
                              ("The car uses a 12 V-battery.", 12, "volt"),
                              ("She won the 100m-freestyle final.", 100, "metre")):  # fmt: skip
        c = one(text)
        assert (c["value"], c["unit"], c["qualifier"]) == (value, unit, "exact"), text


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("The city raised a million and a half dollars.", 1.5e6, "dollar"),
        ("The city raised two and a half million dollars.", 2.5e6, "dollar"),
        ("The city raised one and a half million dollars.", 1.5e6, "dollar"),
        ("The state spent a billion and a half dollars.", 1.5e9, "dollar"),
        ("They bought a dozen and a half eggs.", 18, "egg"),
        ("The meeting took two and a half hours.", 2.5, "hour"),
        ("The city raised half a million dollars.", 5e5, "dollar"),
        # after digits as after words
        ("The city raised 2 million and a half dollars.", 2.5e6, "dollar"),
        ("The city raised 2 and a half million dollars.", 2.5e6, "dollar"),
        ("Crews measured 3 and a half inches of rain.", 3.5, "inch"),
        # before 'of': the figure's half, not a share (it was 'a half', 50 percent)
        ("A million and a half of the residents fled.", 1.5e6, "resident"),
    ],
)
def test_and_a_half_is_half_of_what_was_counted(text: str, value: float, unit: str) -> None:
    """'a million and a half' is 1.5 million (it was read as a million), 'two and a half
    million' 2.5 million (it was no claim: 'two', then nothing it counted)."""
    c = one(text)
    assert (c["value"], c["unit"]) == (value, unit)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The mint made two million one-dollar coins.", [(2e6, "coin", "count")]),
        ("They printed three 10-dollar bills.", [(3, "bill", "count")]),
        ("He paid with five twenty-dollar bills.", [(5, "bill", "count")]),
        ("The mint made two million 10-sided coins.", [(2e6, "coin", "count")]),
        ("He served five one-year terms.", [(5, "term", "count"), (1, "year", "duration")]),
        ("They held two one-hour sessions.", [(2, "session", "count"), (1, "hour", "duration")]),
        ("Five 10-year-old boys were hurt.", [(5, "boy", "count"), (10, "year", "age")]),
        ("They erected 20 10-metre poles.", [(20, "pole", "count"), (10, "metre", "measure")]),
        (
            "They sold two million twenty-five-year bonds.",
            [(2e6, "bond", "count"), (25, "year", "duration")],
        ),
        # one compound alone is read as before
        ("He found a one-dollar bill.", [(1, "dollar", "count")]),
        ("He served a one-year term.", [(1, "year", "duration")]),
    ],
)
def test_a_compound_adjective_that_opens_with_a_figure_is_no_part_of_the_count(
    text: str, expected: list[tuple[float, str, str]]
) -> None:
    """'two million one-dollar coins' counts two million coins (it was 2,000,001 dollars):
    'one-dollar' is an adjective of the coins; a measure, duration or age in it is still
    its own claim."""
    assert [(c["value"], c["unit"], c["kind"]) for c in claims_of(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two 18-wheelers collided on the highway.", [(2, "18-wheeler", "count")]),
        ("He hit five three-pointers in the half.", [(5, "three-pointer", "count")]),
        ("He made 4 3-pointers.", [(4, "3-pointer", "count")]),
        ("Five 10-year-olds were hurt.", [(5, "10-year-old", "count"), (10, "year", "age")]),
        ("The two-year-olds were found.", [(2, "year", "age")]),
        # singular, the clause going on after it: a noun, its figure no count
        ("She hit a three-pointer with 10 seconds left.", [(10, "second", "duration")]),
        ("An 18-wheeler crashed.", []),
        ("He kicked a 43-yarder.", []),
        ("He missed a 43-yarder that would have won it.", []),
        # a figure before a preposition or a conjunction counts no noun
        ("He scored on 8-of-12 shooting.", []),
        ("They won by a 2-to-1 margin.", []),
        # compound adjectives count as before
        ("A 30-member delegation arrived.", [(30, "member", "count")]),
        ("The Colts are on an eight-game winning streak.", [(8, "game", "count")]),
        ("A 12-member US delegation arrived.", [(12, "member", "count")]),
        ("A 40-nation US-led coalition launched strikes.", [(40, "nation", "count")]),
        ("A 12-member elected council met.", [(12, "member", "count")]),
        ("A 12-member all-party committee met.", [(12, "member", "count")]),
        ("The firm announced a 2,000-job cut.", [(2000, "job", "count")]),
        ("The (five-member) panel ruled.", [(5, "member", "count")]),
        ("She drives a 7-series BMW.", [(7, "series", "count")]),
        # a year before a compound is a year ('Since 2015 16-year-olds', as 'By 2020
        # 10-year-old children')
        ("Since 2015 16-year-olds can vote.", [(16, "year", "age")]),
        ("By 2020 10-year-old children will vote.", [(10, "year", "age")]),
        (
            "It was his fifth straight 30-homer, 100-RBI season.",
            [(30, "homer", "count"), (100, "rbi", "count")],
        ),
    ],
)
def test_a_compound_that_opens_with_a_figure_may_be_the_noun_counted(
    text: str, expected: list[tuple[float, str, str]]
) -> None:
    """'Two 18-wheelers collided' counts two trucks (the 'Two' gave no claim and the 18
    counted wheelers); 'five three-pointers' five shots, not three pointers; 'Five
    10-year-olds' five children aged ten. A compound in the plural, or one after which
    the clause goes on, is a noun: its figure is part of its name and counts nothing."""
    assert [(c["value"], c["unit"], c["kind"]) for c in claims_of(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Apple updated its 13-and 15-inch MacBook Pro models.",
            [(13, "inch", "measure"), (15, "inch", "measure")],
        ),
        (
            "Two sisters, 8- and 10-year-old girls, saw it.",
            [(2, "sister", "count"), (8, "year", "age"), (10, "year", "age")],
        ),
        ("It ran 32- or 64-bit code.", [(32, "bit", "measure"), (64, "bit", "measure")]),
        # a count is not carried, nor a range's bound
        ("They build two- and three-bedroom flats.", [(3, "bedroom", "count")]),
    ],
)
def test_a_suspended_hyphen_takes_the_measure_of_the_compound_after_it(
    text: str, expected: list[tuple[float, str | None, str]]
) -> None:
    """'13-and 15-inch' laptops are 13 inches and 15 inches (the 13 counted 'and'); '8- and
    10-year-old girls' are aged 8 and 10."""
    assert [(c["value"], c["unit"], c["kind"]) for c in claims_of(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It was a 24- to 30-foot dhow.", (24, 30, "foot", "measure", "range")),
        ("Expect a 10- to 15-minute delay.", (10, 15, "minute", "duration", "range")),
        ("It took her 8-to 12-week-old fetus.", (8, 12, "week", "age", "range")),
    ],
)
def test_a_suspended_hyphen_before_to_is_a_range(
    text: str, expected: tuple[float, float, str, str, str]
) -> None:
    """'a 24- to 30-foot dhow' is 24 to 30 feet (it was a bare 24 beside 30 feet), as '24 to
    30 feet' is."""
    (c,) = claims_of(text)
    assert (c["lower"], c["upper"], c["unit"], c["kind"], c["qualifier"]) == expected


@pytest.mark.parametrize(
    "text",
    ["Scores were 7- to 14 at halftime.", "It was a 1- to 2 ratio.", "A 10- to 15- minute delay."],
)
def test_a_hyphen_before_to_with_no_compound_after_is_no_range(text: str) -> None:
    """Only a compound after 'to' ('15-minute') makes the waiting hyphen a range's."""
    assert all(c["qualifier"] != "range" for c in claims_of(text)), claims_of(text)


def test_a_month_s_year_before_a_noun_counts_nothing() -> None:
    """'the February 2008 broadcast' is a date, not 2,008 broadcasts (reading 'three-hour'
    as an adjective let '2008' reach a noun in 'The February 2008 three-hour plus
    broadcast'); a year-shaped count after no month stays one."""
    for text in ("The February 2008 broadcast hit a low.", "The March 2010 sales fell.",
                 "The February 2008 three-hour broadcast hit a low."):  # fmt: skip
        assert all(c["value"] != 2008 and c["value"] != 2010 for c in claims_of(text)), text
    assert [(c["value"], c["unit"]) for c in claims_of("The firm hired 2000 workers.")] == [
        (2000, "worker")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Its May 2010 sales fell.",
        "The firm's May 2010 sales fell.",
        "The May 5, 2008 broadcast hit a low.",
        "On 5 May 2008 broadcasts stopped.",
        "It met a previously announced November 2008 release date.",
        "March 2010 sales fell.",
    ],
)
def test_a_month_with_a_determiner_or_a_day_makes_a_year(text: str) -> None:
    """A possessive, a determiner, a describing word or a day with the month (anything
    but a preposition, a conjunction or a comma) marks the figure a year."""
    assert all(c["value"] not in (2008, 2010) for c in claims_of(text)), text


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Since March 1500 people have died.", 1500, "people"),
        ("In April 1200 workers were laid off.", 1200, "worker"),
        ("By May 1500 troops had landed.", 1500, "troop"),
        ("Last March 2000 jobs went.", 2000, "job"),
        ("Early May 1500 people fled.", 1500, "people"),
        ("Next May 1500 troops will leave.", 1500, "troop"),
        ("Each March 1500 birds arrive.", 1500, "bird"),
        ("This April 1200 workers were laid off.", 1200, "worker"),
        ("Every May 1800 runners start.", 1800, "runner"),
        ("In April, 2000 workers were laid off.", 2000, "worker"),
        ("In May 2008 40 people died.", 40, "people"),
        ("On March 3 1500 people marched.", 1500, "people"),
        ("On 3 March 1500 people marched.", 1500, "people"),
    ],
)
def test_a_month_alone_before_a_count_leaves_the_count(text: str, value: int, unit: str) -> None:
    """'Since March 1500 people have died': a month as a time, then a count (the month
    alone was taken as the mark of a year, and the count went); a time word before the
    month makes it a time of its own ('Last March 2000 jobs went', a second review), and a
    comma parts the month from a count."""
    assert [(c["value"], c["unit"]) for c in claims_of(text)] == [(value, unit)]


@pytest.mark.parametrize(
    "text",
    [
        "Since May 2008 sales have doubled.",
        "Until June 2009 prices rose.",
        "Since March 2011 protests spread.",
        # 'early', 'late', 'mid' place a time within the month of that year (they made the
        # month a time of its own, and the year a count: 2,020 schools, a third review)
        "In mid-March 2000 jobs went.",
        "In mid-March 2020 schools closed.",
        "Early March 2020 cases rose.",
        "Late May 2019 talks collapsed.",
        "On March 3 2010 talks collapsed.",
    ],
)
def test_a_plausible_year_right_after_a_month_is_a_year(text: str) -> None:
    """'Since May 2008 sales have doubled' counted 2,008 sales (a second review): a
    four-digit figure a year could be (1900-2100), right after a month or its day, is its
    year."""
    assert claims_of(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "About 3km-5km of road was lost.",
        "About 3 km-5 km of road was lost.",
        "Roughly 3km-5km of road was lost.",
        "About 3-5 km of road was lost.",
        "About 3km to 5km of road was lost.",
        "About 3 km to 5 km of road was lost.",
        "Roughly 3km - 5km of road was lost.",
        "About 3km \u2013 5km of road was lost.",
    ],
)
def test_a_hedge_before_a_range_with_its_unit_twice_hedges_the_range(text: str) -> None:
    """'About 3km-5km' was 'About 3km' approx beside '5km' exact (a review found): one
    hedged range, as 'About 3-5 km' is."""
    c = one(text)
    assert (c["lower"], c["upper"], c["qualifier"], c["unit"]) == (3, 5, "approx", "kilometre")


@pytest.mark.parametrize(
    ("text", "measured"),
    [
        ("Jeffs delivered a 55-minute speech to the court.", "speech"),
        (
            "Jeffs delivered a 55-minute speech arguing that the raid was illegal.",
            "speech arguing",
        ),  # no tagger: a verb in -ing is kept (more words, fewer apart)
        ("Nichols played a 10-minute video clip of the session.", "video clip"),
        ("He threw a 19-yard touchdown pass to Smith.", "touchdown pass"),
        ("He kicked a 40-yard game-winning field goal.", "game-winning field goal"),
        ("It was a two-day court hearing that ended Friday.", "court hearing"),
        ("They agreed a 72-hour cease-fire.", "cease-fire"),
        ("The 12-hour police standoff ended peacefully.", "police standoff"),
        ("Apple cut the price of the 15-inch MacBook Pro models.", "MacBook Pro model"),
        ("The 15-inch MacBook Pro costs $2,399.", "MacBook Pro cost"),
        ("He was handed a 30-year prison sentence imposed by the judge.", "prison sentence"),
        ("They made a 2-hour drive north of the city.", "drive"),
        ("She built a 10-foot garden shed.", "garden shed"),
        # a singular in -us or -is is no plural: "radius" was cut to "radiu"
        ("Residents within a 3-kilometre radius were told to leave.", "radius"),
        ("They sang a 20-minute chorus.", "chorus"),
        # no noun is said: the words do not tell what is measured
        ("He won the 200-metre Saturday night.", None),
        ("She ran the 100-metre last night.", None),
        ("The speech lasted 55 minutes.", None),
        ("He ran for 86 yards on the first play.", None),
        ("The 6.1-magnitude quake struck on Sunday.", None),  # a magnitude is always the quake's
    ],
)
def test_a_compound_measure_says_what_it_measures(text: str, measured: str | None) -> None:
    """What a measure or duration glued to its figure describes is read from the noun after
    the compound (Claim.measured), names and adjectives before it left out, a verb or a
    direction after it not taken in."""
    (d,) = [d for d in sentence_claims(text) if d.kind in ("measure", "duration")]
    assert d.measured == measured


@pytest.mark.parametrize(
    ("text", "figure", "measured"),
    [
        ("Unemployment stood at 7.25% in April, the statistics office said.", 7.25,
         "unemployment"),
        ("The central bank raised its main interest rate by half a percentage point to "
         "7.25% on Wednesday.", 7.25, "interest rate"),
        ("The central bank lifted its benchmark rate by 50 basis points to 7.25%.", 7.25,
         "interest rate"),
        ("The jobless rate held at 6.2%.", 6.2, "unemployment"),
        ("Japan's GDP fell by an annualised 1.8% in the third quarter.", 1.8,
         "economic growth"),
        ("Japan's economy contracted an annualised 1.6% in July-September.", 1.6,
         "economic growth"),
        ("Consumer prices rose 6.8% in the year to May.", 6.8, "inflation"),
        ("The budget deficit stood at 3.5% of GDP.", 3.5, "budget deficit"),
        ("The bank now expects inflation to average 5.9% this year.", 5.9, "inflation"),
        ("The bank forecast inflation of 5.9% for the full year.", 5.9, "inflation"),
        ("Turnout reached 61.2%, the commission said.", 61.2, "turnout"),
        ("The bank set a 7.25% interest rate.", 7.25, "interest rate"),
        ("The bank kept a 7.25% key rate.", 7.25, "interest rate"),
        ("Prices rose by 6.8% annual inflation.", 6.8, "inflation"),
        # no measure named, or another item's: nothing is said of what it measures
        ("The bank raised rates to 7.25% as inflation bites.", 7.25, None),
        ("Wage growth slowed to 9.1% in the first quarter.", 9.1, None),
        ("Energy prices fell 1.5% year on year.", 1.5, None),
        ("The bank forecast inflation of 5.9% this year and growth of 1.2%.", 1.2, None),
        ("Private consumption, which accounts for half of the economy, rose 0.1%.", 0.1,
         None),
        ("The mark lost 4% against the euro.", 4.0, None),
        # a measure's words that do not head the figure's phrase (a review's): another
        # noun between, a modifier before or after, a preposition governing them, a list
        ("Inflation fears prompted the Reserve Bank to raise rates to 7.25%.", 7.25, None),
        ("Despite rising unemployment the bank raised its rate to 7.25%.", 7.25, None),
        ("The yield on 10-year government debt rose to 4.3%.", 4.3, None),
        ("The debt-to-GDP ratio reached 95%.", 95.0, None),
        ("The economy grew an inflation-adjusted 2.1%.", 2.1, None),
        ("Public debt fell to 95% of GDP from 98%.", 98.0, None),
        ("Inflation and unemployment were 3.1% and 4% respectively.", 3.1, None),
        ("Household debt rose 4%.", 4.0, None),
        ("Core inflation was 5.1%.", 5.1, None),
        ("The trade deficit widened to 3% of GDP.", 3.0, None),
        ("Crop yields rose 4.3%.", 4.3, None),
        ("Unemployment benefits rose 3%.", 3.0, None),
        # a re-read's: a curly possessive, a target, a noun or a hyphened word narrowing
        ("The yield on the country\u2019s 10-year government debt rose to 4.3%.", 4.3, None),
        ("Inflation is above the central bank's 2% inflation target.", 2.0, None),
        # (re-read) a word that ends the measure's phrase is no noun it names
        ("The country had 6.8% inflation last year.", 6.8, "inflation"),
        ("A 7.25% interest rate is expected.", 7.25, "interest rate"),
        ("Food price inflation rose to 15%.", 15.0, None),
        ("Long-term unemployment rose to 2%.", 2.0, None),
        # and verbs of change the lexicon knows
        ("Unemployment dipped to 7.25%.", 7.25, "unemployment"),
        ("Inflation is expected to average 5.9%.", 5.9, "inflation"),
    ],
)  # fmt: skip
def test_a_percentage_says_what_it_measures_where_the_words_head_its_phrase(
    text: str, figure: float, measured: str | None
) -> None:
    """A percentage's measure (Claim.measured) is the one economic and political copy
    names where it heads the figure's phrase (before it with only a level's or a change's
    words between, or right after it), by one name for each measure
    (lexicon.PERCENT_MEASURES): "the jobless rate" is unemployment, "GDP" and "the
    economy" economic growth. Where the words are not sure, none: a missing measure
    joins either side, a wrong one would split one subject's pair."""
    (d,) = [d for d in sentence_claims(text) if d.kind == "percent" and d.value == figure]
    assert d.measured == measured


@pytest.mark.parametrize(
    ("text", "read"),
    [
        # a degree sign is a unit's start: '40 °C' took the unit of the figure before it
        # ('40 km/h', elided) and '104 °F' that of '40 degrees Celsius'
        ("The wind reached 100 km/h or 40 °C at noon.",
         [("100 km/h", 100, "kilometre per hour"), ("40 °C", 40, "degree Celsius")]),
        ("It was 40 degrees Celsius, or 104 °F.",
         [("40 degrees Celsius", 40, "degree Celsius"), ("104 °F", 104, "degree fahrenheit")]),
        ("It was 40 ºC.", [("40 ºC", 40, "degree Celsius")]),  # the ordinal sign typed for it
        # any other degree is no unit, as before: '40°N' was 'degree angle newton' (two
        # positions at sea made a disagreement), '1º' a Spanish ordinal
        ("The ship sank at 40°N 74°W after a 360° turn.", [("40", 40, None), ("360", 360, None)]),
        # 'º' and 'ª' glued to digits: an ordinal as Spanish writes it, no count of 'º'
        # ('finished 1º' and '3º' in two articles made an error)
        ("Madrid finished 1º and the 2ª edition had 30 teams.", [("30 teams", 30, "team")]),
        ("It was 40°c, or 104°f.",
         [("40°c", 40, "degree Celsius"), ("104°f", 104, "degree fahrenheit")]),
        # superscript digits after a figure: a footnote's mark, unless a power of ten from
        # the thousand ('10² people' was 100 people)
        ("At least 10² people and 12¹ soldiers died.",
         [("At least 10² people", 10, "people"), ("12¹ soldiers", 12, "soldier")]),
        ("Police said 12 died and the toll rose to 14¹.", [("12", 12, None), ("14", 14, None)]),
        # squares and cubes in superscript, as 'km2' is read
        ("The lake covers 12 km² and holds 5 m³ of water.",
         [("12 km²", 12, "square kilometre"), ("5 m³", 5, "cubic metre")]),
        # a power of ten in superscript
        ("Some 10⁹ people watched.", [("Some 10⁹ people", 1e9, "people")]),
        # a space between the degree sign and C or F: '40 ° C' was a bare 40 (quantulum3
        # reads 'degree angle coulomb'), '104° F' a bare 104
        ("It was 40 ° C on Monday and 104° F on Tuesday.",
         [("40 ° C", 40, "degree Celsius"), ("104° F", 104, "degree fahrenheit")]),
        # (a space and any other letter is no temperature: a coordinate, as before; nor a
        # word that C opens)
        ("The ship sank at 40° N on Monday.", [("40", 40, None)]),
        ("The 5° C-section was done.", [("5", 5, None)]),
        # the sentence's full stop is no part of the unit, a space after the sign or not
        ("It was 104° F.", [("104° F", 104, "degree fahrenheit")]),
        # a qualifier between the figure and the spaced degree: 'degree angle coulomb'
        ("It was 40 or more ° C on Monday.", [("40 or more ° C", 40, "degree Celsius")]),
        ("It was 40-odd ° F on Monday.", [("40-odd ° F", 40, "degree fahrenheit")]),
        # (and quantulum3, which raises on what follows, given a shorter span)
        ("Temperatures hit 104 or more ° F early Tuesday.",
         [("104 or more ° F", 104, "degree fahrenheit")]),
        ("The layer was 10^-3 m thick.", [("10^-3 m", 0.001, "metre")]),  # was 10 and '3 m'
        # the middle dot as a times sign: '2.5·10²' read 2.5 and a footnote's 10
        ("The field is 2.5·10² metres long.", [("2.5·10² metres", 250, "metre")]),
    ],
)  # fmt: skip
def test_degree_signs_and_superscripts_are_read(
    text: str, read: list[tuple[str, float, str]]
) -> None:
    assert [(c["text"], c["value"], c["unit"]) for c in claims_of(text)] == read


@pytest.mark.parametrize(
    ("powered", "plain"),
    [
        # were counts of grams (of metres), where '1 billion grams' is a measure
        ("It weighed 10⁹ grams.", "It weighed 1 billion grams."),
        ("It weighed 10^9 grams.", "It weighed 1 billion grams."),
        ("The field is 2.5 x 10^2 metres long.", "The field is 250 metres long."),
        ("The field is 2.5 × 10² metres long.", "The field is 250 metres long."),
        ("It was 10^9 or more grams.", "It was 1 billion or more grams."),  # a qualifier between
        # a superscript minus after a times sign: '1.99' and 1e-30 kg (the mantissa lost)
        ("The mass is 1.99×10⁻³⁰ kg.", "The mass is 1.99×10^-30 kg."),
        ("A dose of 5·10⁻³ mg was given.", "A dose of 0.005 mg was given."),
    ],
)
def test_a_figure_with_a_power_of_ten_is_read_as_in_plain_digits(powered: str, plain: str) -> None:
    """quantulum3 reads a power of ten as other figures, and so gave the figure no unit:
    it is given the figure in plain digits."""
    read = [(c["value"], c["unit"], c["kind"], c["qualifier"]) for c in claims_of(powered)]
    assert read == [(c["value"], c["unit"], c["kind"], c["qualifier"]) for c in claims_of(plain)]
    assert read[0][2] == "measure"


@pytest.mark.parametrize(
    "text",
    [
        "The formula gives 0^-1 here.",  # ZeroDivisionError
        "It was 99999^99 here.",  # OverflowError
        "It was 10²-10³ people.",  # int('³') in the date test: ValueError
        "The layer is 10³-10⁴ m thick.",
        "The sample held 2×10① cells.",  # int('①')
        # a time frame the calendar lacks: before the year 1, the year 0, past its end
        "The temple was built 2500 years ago, in the past 3000 years.",
        "It happened In March 0000.",
        "It was 9999999 days ago.",
    ],
)
def test_a_power_no_float_holds_or_a_range_of_powers_costs_no_article(text: str) -> None:
    """Each raised inside extraction, and the whole article was skipped as an internal
    error; a power no float holds is no figure ('99999^-99' was read as 0), a time frame
    the calendar lacks none."""
    claims_of(text)  # raises on the code before
    assert 0 not in values("It was 99999^-99 here.")


def test_a_negative_power_of_ten_in_superscript_is_one_figure() -> None:
    """One figure, with its unit (quantulum3 read '10⁻³ m' as a 'fraction': it is given
    the figure in plain digits)."""
    assert [(c["value"], c["unit"], c["kind"]) for c in claims_of("The cell is 10⁻³ m wide.")] == [
        (0.001, "metre", "measure")
    ]


@pytest.mark.parametrize(
    ("text", "read"),
    [
        # a local telephone number was a range of 745 to 4,811 (two real articles)
        ("Anyone with information should call Sgt. La Croix at 745-4811.", []),
        ("For tickets, dial 527-3247 after noon.", []),
        ("The number to ring is 555-0143.", []),
        # ranges of that shape stay ranges: a round end, or a count after it
        ("Between 800-1000 people attended.", [900.0]),
        ("Between 300-1250 people attended.", [775.0]),
        # an emergency number before what it names is no count of calls
        ("Police responded to 911 calls from the plant.", []),
        ("Officers arrived following a 999 call.", []),
        ("Cpl. Janice Leader, a 911 dispatcher, spoke on Friday.", []),
        ("He had 911 followers.", [911.0]),  # a count of anything else still is
        # (review) a word of calling near a range that counts something, or a currency
        # sign, a unit or percent with it: a range, as before
        ("In a phone interview, the mayor said 300-1200 people had died.", [750.0]),
        ("The helpline received 300-1200 calls a day.", [750.0]),
        ("Prices range from $300-1299.", [799.5]),
        ("The pipeline runs 300-1251 km.", [775.5]),
        ("Growth was 100-1005 percent.", [552.5]),
        # and an emergency number after a qualifier or a verb counts calls
        ("More than 911 calls flooded the line.", [911.0]),
        ("The hotline logged 112 calls on Monday.", [112.0]),
    ],
)
def test_telephone_and_emergency_numbers_are_no_figures(text: str, read: list[float]) -> None:
    assert values(text) == read


@pytest.mark.parametrize(
    ("text", "read"),
    [
        # a calibre is a figure, in a cartridge's name too: the development gold counts a
        # revolver's calibre (.357 in one article, .38 in others) as a subject that differs
        ("He pulled out a .357 Magnum and fired.", [0.357]),
        ("Police found a .38 Special revolver in the car.", [0.38]),
        # a batting average, a headline's share: figures still
        ("He hit .358 with 13 home runs.", [0.358, 13.0]),
        ("He hit .312 Friday night.", [0.312]),
        ("Unemployment Rises .5 Percent", [0.5]),
        # "the one" before a person is a pronoun ('one you're looking', a count of 1)
        ("\"I'm the one you're looking for,\" she told officers.", []),
        ("I’m the one you’re looking for.", []),
        ("The one man who survived spoke.", [1.0]),  # a count of one man still is
        # a figure a character lost in decoding is glued after (it was '4½'; read 4 months)
        ("He served 4\ufffd months in federal prison.", []),
        ("He served 4½ months in federal prison.", [4.5]),
        # a lost quote, dash, currency or degree sign leaves the figure as it was
        ("\ufffd300 people were killed,\ufffd he said.", [300.0]),
        ("The attack killed 300\ufffdmost of them civilians.", [300.0]),
        ("They signed a \ufffd300 million deal.", [300e6]),
        ("It was 30\ufffdC in Cairo.", [30.0]),
        ("He served 4 months \ufffd in prison.", [4.0]),
    ],
)
def test_a_pronoun_and_a_damaged_figure_are_no_claims_a_calibre_is_one(
    text: str, read: list[float]
) -> None:
    assert values(text) == read


@pytest.mark.parametrize(
    ("text", "read"),
    [
        # a full name, the figure, a verb: an age
        ("Nick Hague 44 has spent months in orbit.", [(44.0, "age")]),
        # a name's number before a verb is no age ('Juror No. 12 said' read an age of 12)
        ("Juror No. 12 said the panel was split.", []),
        ("The Juror Number 9 told reporters about it.", []),
        # a name after an article is no person's: an index's, a list's
        ("The FTSE 100 closed at a record.", []),
        ("The Dow 30 closed higher.", []),
        ("John Smith 45 closed the store.", [(45.0, "age")]),
    ],
)
def test_a_name_then_a_figure_then_a_verb_is_an_age_unless_a_number_names(
    text: str, read: list[tuple[float, str]]
) -> None:
    assert [(c["value"], c["kind"]) for c in claims_of(text)] == read


@pytest.mark.parametrize(
    "text",
    [
        "No one knew the answer.",  # read 'one knew', a count of 'knew'
        "No one reported damage, officials said.",
        "There is no one person who decides.",
        "No one ever wants to see that again.",
    ],
)
def test_no_one_is_a_pronoun_not_a_count(text: str) -> None:
    assert values(text) == []
    assert values(text.replace("No one", "One").replace("no one", "one")) == [1.0]


@pytest.mark.parametrize(
    ("text", "converted"),
    [
        # another currency in brackets right after an amount: its conversion
        ("Robbers stole diamonds valued at 85 million euros ($108 million) on Monday.",
         [False, True]),
        ("The gang took a €2 million ($2.6-million) booty.", [False, True]),
        ("It cost US$1 million (A$1.52 million).", [False, True]),
        # a bare '$' after a dollar sign that names its country: another dollar
        ("Damage was estimated at $US1 million ($1.52 million), authorities said.",
         [False, True]),
        ("The theft of $US1 million ( about $1.5 million ) shocked them.", [False, True]),
        # the same currency, or words after it in the brackets: a second amount
        ("He paid $5 million ($4 million after tax) for it.", [False, False]),
        ("He paid $5 million ($4 million) for it.", [False, False]),
        ("Stocks worth 85 million euros and $108 million were taken.", [False, False]),
        # an amount a share is no conversion
        ("Net income was $1.2 billion ($1.05 a share).", [False, False]),
        ("Net income was $US5 billion ($1.20 a share).", [False, False]),
    ],
)  # fmt: skip
def test_a_currency_conversion_in_brackets_is_marked(text: str, converted: list[bool]) -> None:
    assert [c["converted"] for c in claims_of(text)] == converted


@pytest.mark.parametrize(
    ("text", "read"),
    [
        # 'the age of', 'the ages of' say an age as 'aged' does
        ("He died at the age of 91 on Sunday.", [("91", "age")]),
        ("Children under the age of 5 years died.", [("under the age of 5 years", "age")]),
        ("She retired at the age of 35 years on Monday.", [("35 years", "age")]),
        ("Girls between the ages of 6 and 18 were hurt.", [("6", "age"), ("18", "age")]),
        # a figure between commas after a person named by role or kin, as after a name
        ("The actress, 26, was arrested on Monday.", [("26", "age")]),
        ("The suspect, 20, and his mother, 51, were held.", [("20", "age"), ("51", "age")]),
        # an age's compound in the possessive is still an age, not a time that passed
        ("The 10-year-old's mother was not hurt.", [("10-year-old's", "age")]),
        ("The two 10-year-olds' parents came.",
         [("two 10-year-olds", "count"), ("10-year-olds", "age")]),
        # not a person: a figure between commas is no age
        ("The company, 26, was sold.", [("26", "other")]),
        # 'the ages of' before a counted noun or a compound counts or describes
        ("The ages of 12 victims were not released.", [("12 victims", "count")]),
        ("We live in an age of 24-hour news.", [("24-hour", "duration")]),
        ("We live in an age of 24 hours news coverage.", [("24 hours", "duration")]),
    ],
)  # fmt: skip
def test_ages_said_by_the_age_of_a_role_noun_or_a_possessive(
    text: str, read: list[tuple[str, str]]
) -> None:
    """Ages a reader sees that were read as bare figures or times ('at the age of 91' was
    no age, 'The actress, 26,' a figure of nothing, "the 10-year-old's mother" ten years
    that passed)."""
    got = [(text[d.start : d.end], d.kind) for d in sentence_claims(text)]
    assert got == read


@pytest.mark.parametrize(
    ("text", "read"),
    [
        # a time written in two units is one figure, in the smaller
        ("He hit the shot with 7 minutes 41 seconds to go.",
         [("7 minutes 41 seconds", 461, "second")]),
        ("He spent 2 hours and 15 minutes in surgery.",
         [("2 hours and 15 minutes", 135, "minute")]),
        ("The flight took 1 hour, 20 minutes, and 45 seconds.",
         [("1 hour, 20 minutes, and 45 seconds", 4845, "second")]),
        ("He was jailed for two years and three months.",
         [("two years and three months", 27, "month")]),
        ("The talks lasted nearly 3 days and 5 hours.",
         [("nearly 3 days and 5 hours", 77, "hour")]),
        # not one time: more of the smaller unit than make one of the larger, a range, a
        # compound of its own, a unit that is not the next smaller
        ("The race lasted 2 hours and 90 minutes.",
         [("2 hours", 2, "hour"), ("90 minutes", 90, "minute")]),
        ("It took 2 to 3 hours, 20 minutes of it waiting.",
         [("2 to 3 hours", 2.5, "hour"), ("20 minutes", 20, "minute")]),
        ("He worked 8 hours and 15-minute breaks were allowed.",
         [("8 hours", 8, "hour"), ("15-minute", 15, "minute")]),
        ("He served 2 years and 3 days in jail.",
         [("2 years", 2, "year"), ("3 days", 3, "day")]),
        # a rate or a count after the smaller unit; a figure in decimals in the chain
        ("They worked 6 days, 10 hours a day.",
         [("6 days", 6, "day"), ("10 hours a day", 10, "hour per day")]),
        ("In the last 2 days, 10 hours of footage were seen.",
         [("2 days", 2, "day"), ("10 hours", 10, "hour")]),
        ("He finished in 2 hours, 3 minutes, 23.7 seconds.",
         [("2 hours", 2, "hour"), ("3 minutes", 3, "minute"), ("23.7 seconds", 23.7, "second")]),
        # the second end of a range or a change stays one, so that its ends meet
        ("Sentences range from 2 years to 3 years and 6 months.",
         [("2 years to 3 years", 2.5, "year"), ("6 months", 6, "month")]),
        # tens in words
        ("The meeting lasted two hours and thirty minutes.",
         [("two hours and thirty minutes", 150, "minute")]),
        # (outside hunt) a time taken written as a clock with hours, or with its units'
        # letters, in seconds: was no figure, or "11m" a length
        ("Kiprop won the race in 2:11:48, ahead of Bekele.", [("2:11:48", 7908, "second")]),
        ("Hamilton won in 1:32:45.5 on Sunday.", [("1:32:45.5", 5565.5, "second")]),
        ("Kiprop won the race in 2h 11m 48s.", [("2h 11m 48s", 7908, "second")]),
        ("Kiprop won the race in 2h 5m.", [("2h 5m", 7500, "second")]),
        ("She won the final in 4m 12s.", [("4m 12s", 252, "second")]),
        # a time of day, a ratio, one letter alone: as before
        ("The quake struck at 10:32:15 on Monday.", []),
        ("The quake struck 10:32:15 GMT on Monday.", []),
        ("It was published on 2012-04-04 11:47:35 and read.", []),
        ("The story was updated: 11:47:35 on Monday.", []),
        # (review) a clock after any other word, or before a.m., is a time of day
        ("Kipchoge ran 1:59:40 in Vienna.", [("1:59:40", 7180, "second")]),
        ("The quake struck Monday 10:32:15 local time.", []),
        ("The flight departed 10:32:15, officials said.", []),
        ("The blast happened 10:32:15 a.m. Monday.", []),
        ("The quake struck about 10:32:15 local time.", []),
        ("The wall is 11m high.", [("11m", 11, "metre")]),
    ],
)  # fmt: skip
def test_a_time_in_two_units_is_one_figure(text: str, read: list[tuple[str, float, str]]) -> None:
    """'7 minutes 41 seconds' is 461 seconds (was 7 minutes and a figure of 41 seconds), so
    it meets '7:41' and differs from '7:42'."""
    got = [(text[d.start : d.end], d.value, d.unit) for d in sentence_claims(text)]
    assert got == read


@pytest.mark.parametrize(
    ("text", "read"),
    [("The boy, 3 years and 2 months old, was found.", ("3 years and 2 months old", 38)),
     ("The baby was 1 year and 3 months old.", ("1 year and 3 months old", 15)),
     ("A boy aged 3 years and 2 months was found.", ("3 years and 2 months", 38))],
)  # fmt: skip
def test_an_age_in_two_units_is_one_age(text: str, read: tuple[str, float]) -> None:
    """An age written in two units stays an age, in the smaller unit (it was read as a
    time that passed, or an age of the last part only)."""
    (d,) = sentence_claims(text)
    assert (text[d.start : d.end], d.value, d.unit, d.kind) == (*read, "month", "age")


def test_a_change_to_a_time_in_two_units_keeps_its_level_before() -> None:
    """'cut from 3 hours to 2 hours and 15 minutes': the level reached keeps the level
    before, as main read it (the 15 minutes a figure of their own), rather than leave 3
    hours a figure that compares as a current one."""
    first, *_ = sentence_claims("The flight was cut from 3 hours to 2 hours and 15 minutes.")
    assert (first.value, first.unit, first.was) == (2, "hour", 3)


@pytest.mark.parametrize(
    ("text", "read"),
    [
        # a game's or a round's clock: minutes and seconds left, or the mark reached
        ("Hansbrough scored with 7:42 left in the first half.", [("7:42", 462)]),
        ("Succop tied it with 10:03 to play in the third quarter.", [("10:03", 603)]),
        ("The referee stopped the fight at the 2:15 mark of the seventh round.", [("2:15", 135)]),
        ("He kicked a field goal with 6:00 minutes remaining.", [("6:00", 360)]),
        ("With 0:45 to go, the lead was gone.", [("0:45", 45)]),
        # a time of day, a ratio, a score: no clock
        ("The train left at 7:42 and arrived at 9:15.", []),
        ("We met at 3:15 to go over the plans.", []),
        ("The ratio was 3:1 in favour.", []),
        ("He left Boston at 7:42 left-handed.", []),
        ("The 8:15 left on time.", []),
        ("The flight at 10:30 left at noon.", []),
        ("Doors open at 6:30 to go in.", []),
        ("Kickoff is at 7:30 to play in front of a sellout.", []),
        # a qualifier between 'with' and the clock
        ("They scored with less than 2:00 left in the game.", [("less than 2:00", 120)]),
        # a time in seconds written in words or in two units is no clock
        ("He scored with 7 minutes 41 seconds left.", []),
        ("The shaking lasted 30 seconds.", []),
    ],
)  # fmt: skip
def test_a_game_clock_is_a_time_in_seconds(text: str, read: list[tuple[str, float]]) -> None:
    """'with 7:42 left' was dropped as a time of day; it is the time left on a game's clock,
    462 seconds, which meets '7 minutes 42 seconds' and differs from '7:41'. The claim says
    it is a clock (Claim.clock), the one reading the matcher goes by."""
    drafts = sentence_claims(text)
    assert [(text[d.start : d.end], d.value) for d in drafts if d.clock] == read
    assert all(d.kind == "duration" and d.unit == "second" for d in drafts if d.clock)


def test_a_clock_and_a_time_in_two_units_compare_to_the_second() -> None:
    """'7:41' and '7 minutes 41 seconds' are one time; '7:42' is another, and 'less than
    eight minutes' holds for all three: the judgement rules and report share."""
    from crosscheck import quantity
    from tests.test_subjects import one as claim

    clock = claim("He scored with 7:41 left in the first half.")
    words = claim("He scored with 7 minutes 41 seconds to go in the first half.")
    other = claim("He scored with 7:42 left in the first half.")
    under = claim("He scored with less than eight minutes left in the first half.")
    assert quantity.same_figure(clock, words)
    assert not quantity.compatible(clock, other) and not quantity.compatible(words, other)
    assert all(quantity.compatible(under, c) for c in (clock, words, other))


@pytest.mark.parametrize(
    ("text", "read"),
    [
        # a whole number hyphened to a fraction, as American papers write it
        ("He served 2-1/2 years in prison.", [("2-1/2 years", 2.5, "year")]),
        ("The pipe is 10-3/4 inches wide.", [("10-3/4 inches", 10.75, "inch")]),
        ("It cost $2-1/2 million.", [("$2-1/2 million", 2.5e6, "dollar")]),
        # a date or a form's number is no fraction
        ("The form 12-1/2-08 was filed.", []),
    ],
)  # fmt: skip
def test_a_whole_number_hyphened_to_a_fraction(
    text: str, read: list[tuple[str, float, str]]
) -> None:
    """'2-1/2 years' was no figure at all (the hyphen hid the fraction); it is 2.5 years,
    and its unit is read as '2 1/2 years' is."""
    got = [(text[d.start : d.end], d.value, d.unit) for d in sentence_claims(text)]
    assert got == read


@pytest.mark.parametrize(
    ("text", "read"),
    [("A 3 1/2-inch knife was found.", [("3 1/2-inch", 3.5, "inch")]),
     ("A 2-1/2-inch blade was found.", [("2-1/2-inch", 2.5, "inch")])],
)  # fmt: skip
def test_a_fraction_before_a_hyphened_unit_stays_one_figure(
    text: str, read: list[tuple[str, float, str]]
) -> None:
    got = [(text[d.start : d.end], d.value, d.unit) for d in sentence_claims(text)]
    assert got == read


@pytest.mark.parametrize(
    ("text", "read"),
    [
        # 'over' a time that another figure spans: during it, not more than it
        ("The team bid $160 million over eight years.",
         [("$160 million", "exact"), ("eight years", "exact")]),
        ("He lost 20 pounds over six months.", [("20 pounds", "exact"), ("six months", "exact")]),
        ("Over eight years, he raised $5 million.",
         [("eight years", "exact"), ("$5 million", "exact")]),
        # more than: after 'for', with no figure before, before 'ago'
        ("He has worked there for over eight years.", [("over eight years", "more_than")]),
        ("He has lived there over eight years, his wife said.",
         [("over eight years", "more_than")]),
        ("The firm hired 300 workers over 10 days ago.",
         [("300 workers", "exact"), ("over 10 days", "more_than")]),
        # an age after a count, a count before it, an apposition, a time in two units
        ("The vaccine was given to 500 patients over 60 years of age.",
         [("500 patients", "exact"), ("over 60 years", "more_than")]),
        ("The study followed 1,200 women over 50 years.",
         [("1,200 women", "exact"), ("over 50 years", "more_than")]),
        ("The delay, over two hours, angered passengers.", [("over two hours", "more_than")]),
        ("Over 2 hours, 15 minutes the crowd waited.",
         [("Over 2 hours, 15 minutes", "more_than")]),
    ],
)  # fmt: skip
def test_over_a_period_another_figure_spans_is_no_bound(
    text: str, read: list[tuple[str, str]]
) -> None:
    """'$160 million over eight years' was read as more than eight years."""
    got = [(text[d.start : d.end], d.qualifier) for d in sentence_claims(text)]
    assert got == read


@pytest.mark.parametrize(
    ("text", "read"),
    [
        # 'over' a time an amount spans with its noun and place between, and 'over' the
        # stretch of a thing a verb of spreading covers: a preposition, no bound
        ("The storm dumped 14 inches of rain on Houston over 24 hours, forecasters said.",
         [("14 inches", "exact"), ("24 hours", "exact")]),
        ("The fire spread over 10 miles of farmland, firefighters said.",
         [("10 miles", "exact")]),
        # more than: a verb between the amount and 'over', a count before it, no thing
        # after the stretch, no verb of spreading, a measure's adjective after it
        ("He spent $5 million, and he worked over 10 hours a day.",
         [("$5 million", "exact"), ("over 10 hours a day", "more_than")]),
        ("The fighting killed 30 people over two days.",
         [("30 people", "exact"), ("over two days", "more_than")]),
        ("The highway is set to stretch over 2,000km from the border.",
         [("over 2,000km", "more_than")]),
        ("The fire burned over 100 acres of forest.", [("over 100 acres", "more_than")]),
        ("The tailback spread over 10 miles long.", [("over 10 miles", "more_than")]),
        # (eleventh hunt) 'under' a layer of a thing, after a verb of lying beneath: where
        # it lay, no bound; less than after any other verb, or with no thing after it
        ("The body was found under 5 metres of snow, police said.", [("5 metres", "exact")]),
        ("Two miners were trapped under 3 metres of rubble.",
         [("Two miners", "exact"), ("3 metres", "exact")]),
        ("The team scored with under 10 minutes of play left.",
         [("under 10 minutes", "less_than")]),
        ("The wreck was found under 50 metres deep.", [("under 50 metres", "less_than")]),
        # (review) another unit after such a verb: less than
        ("The survey found under 40 percent of voters back the plan.",
         [("under 40 percent", "less_than")]),
        ("Police found under 2 kg of heroin in the car.", [("under 2 kg", "less_than")]),
        # more than: 'over' after a preposition ('in over 24 hours' is 'in more than 24
        # hours'; the span read them as during), or after a noun of people (an age)
        ("The storm dumped 14 inches of rain in over 24 hours.",
         [("14 inches", "exact"), ("over 24 hours", "more_than")]),
        ("The storm dumped 14 inches of rain for over 24 hours.",
         [("14 inches", "exact"), ("over 24 hours", "more_than")]),
        ("The campaign raised $5 million in over 24 hours.",
         [("$5 million", "exact"), ("over 24 hours", "more_than")]),
        ("He lost 20 pounds in over six months.",
         [("20 pounds", "exact"), ("over six months", "more_than")]),
        ("Prices rose 5 percent within over two years.",
         [("5 percent", "exact"), ("over two years", "more_than")]),
        ("The well produced 500 barrels of oil after over 10 years of drilling.",
         [("500 barrels", "exact"), ("over 10 years", "more_than")]),
        ("Deaths rose 10 percent among women over 50 years, the study found.",
         [("10 percent", "exact"), ("over 50 years", "more_than")]),
    ],
)  # fmt: skip
def test_over_the_time_or_stretch_an_amount_covers_is_no_bound(
    text: str, read: list[tuple[str, str]]
) -> None:
    """'14 inches of rain on Houston over 24 hours' and 'spread over 10 miles of
    farmland' were read as more than 24 hours and more than 10 miles."""
    got = [(text[d.start : d.end], d.qualifier) for d in sentence_claims(text)]
    assert got == read


@pytest.mark.parametrize(
    ("text", "read"),
    [
        # an apposition closed by a dash ('48-an ex-girlfriend' counted 48 'an')
        ("The victim was Robyn Mendes, 48-an ex-girlfriend of the man.", [("48", "age")]),
        ("Police named him as John Smith, 48 — a former teacher.", [("48", "age")]),
        ("The scores were Smith, 48-52 in the final.", [("48-52", "other")]),
        # not a tally, a one-word name, a place
        ("The poll put Biden, 48 - Trump, 45.", [("48", "other"), ("45", "other")]),
        ("The Lakers beat Boston, 110 - a franchise record.", [("110", "other")]),
        # a list of bare figures that ends in an age's unit: each an age
        ("The women, who were 61 and 48 years old, were named.",
         [("61", "age"), ("48 years old", "age")]),
        ("Children 5, 7, and 9 years old were rescued.",
         [("5", "age"), ("7", "age"), ("9 years old", "age")]),
        ("There were 61 and 48 years of service.", [("61", "other"), ("48 years", "duration")]),
        # a list is linked by 'and', 'or' or 'to'; a name's number is no age
        ("Route 66, 98 years old this year, is a tourist draw.", [("98 years old", "age")]),
    ],
)  # fmt: skip
def test_ages_closed_by_a_dash_or_shared_by_a_list(text: str, read: list[tuple[str, str]]) -> None:
    got = [(text[d.start : d.end], d.kind) for d in sentence_claims(text)]
    assert got == read


@pytest.mark.parametrize(
    ("text", "read"),
    [
        # a fraction in words of a unit is a figure in that unit (was a bare 'half')
        ("He waited half an hour for the bus.", [("half an hour", 0.5, "hour")]),
        ("He waited a quarter of an hour.", [("a quarter of an hour", 0.25, "hour")]),
        ("The match lasted three quarters of an hour.",
         [("three quarters of an hour", 0.75, "hour")]),
        ("The feud lasted half a century.", [("half a century", 0.5, "century")]),
        ("He ran half a mile.", [("half a mile", 0.5, "mile")]),
        # (outside hunt) a percentage point's fraction: it was "half a percentage", a
        # measure, never compared with "0.5 percentage points"
        ("The bank raised rates by half a percentage point.",
         [("half a percentage point", 0.5, "percentage point")]),
        # (re-read) of a basis point too
        ("The bank cut rates by half a basis point.",
         [("half a basis point", 0.5, "basis point")]),
        ("The bank cut rates by a quarter of a percentage point.",
         [("a quarter of a percentage point", 0.25, "percentage point")]),
        # of no unit: a fraction as before; of a scale: the scaled figure
        ("She ate half a loaf.", [("half", 0.5, "fraction")]),
        ("The firm lost half a million dollars.", [("half a million dollars", 5e5, "dollar")]),
    ],
)  # fmt: skip
def test_a_fraction_of_a_unit_is_a_figure_in_it(
    text: str, read: list[tuple[str, float, str]]
) -> None:
    got = [(text[d.start : d.end], d.value, d.unit) for d in sentence_claims(text)]
    assert got == read


@pytest.mark.parametrize(
    ("text", "read"),
    [
        # (outside hunt) basis points were a count of "basis points" (or "base pairs",
        # "bits per second", a count of "basis" in a compound), never compared with
        # percentage points
        ("The bank cut rates by 25 basis points.", ("25 basis points", 25, "basis point")),
        ("The Fed cut rates by 25bp on Tuesday.", ("25bp", 25, "basis point")),
        ("The bank cut rates by 25 bps on Tuesday.", ("25 bps", 25, "basis point")),
        ("Spreads widened 40bps in a week.", ("40bps", 40, "basis point")),
        ("The bank delivered a 50-basis-point cut.",
         ("50-basis-point", 50, "basis point")),
        ("The bank delivered a 50 basis point cut.", ("50 basis point", 50, "basis point")),
        ("The Fed announced a 25-bp cut in rates.", ("25-bp", 25, "basis point")),
        # (review) a headline's capitals
        ("Fed Cuts Rates By 25 Basis Points", ("25 Basis Points", 25, "basis point")),
        # (second review) rates news in other words, a word of data beside it
        ("Gilts climbed 12bps on Monday.", ("12bps", 12, "basis point")),
        ("The Fed cut by 25bp.", ("25bp", 25, "basis point")),
        ("Mortgage costs jumped 30bp in a week.", ("30bp", 30, "basis point")),
        ("Treasury yields rose 10bps after strong jobs data.", ("10bps", 10, "basis point")),
        # a percentage point in a compound was a measure in "percentage"
        ("Labour holds a 10-percentage-point lead.",
         ("10-percentage-point", 10, "percentage point")),
    ],
)  # fmt: skip
def test_basis_points_are_points_of_a_percentage(text: str, read: tuple[str, float, str]) -> None:
    c = one(text)
    assert (c["text"], c["value"], c["unit"], c["kind"]) == (*read, "percent")


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("The fragment was 300 bp long.", "base pair"),
        # (review) a rate's words beside a gene's, a bit rate, data beside a depression
        ("The fragment was 300 bp long, present in 40% of samples.", "base pair"),
        ("The 300 bp deletion raised the mutation rate.", "base pair"),
        ("The old modem ran at 9600 bps on a phone connection.", "bit per second"),
        ("The depression left 500 mb of photos unsaved.", "megabyte"),
        ("Markets deepened losses after a 500 mb file leaked.", "megabyte"),
        # (second review) BP, the company; data and a drive-in beside a storm's pressure
        ("The firm bought 300 BP shares as bond yields rose.", "share"),
        ("The storm's pressure fell to 950 mb, satellite data showed.", "millibar"),
        ("Pressure dropped to 940 mb as the hurricane hit the drive-in.", "millibar"),
    ],
)  # fmt: skip
def test_bp_bps_and_mb_keep_their_other_readings(text: str, unit: str) -> None:
    """Basis points ("bp", "bps") only in a sentence of rates that speaks of no genes or
    data, millibars ("mb") only in one of pressure that speaks of no data: elsewhere they
    stay base pairs, bits per second, megabytes."""
    c = claims_of(text)[0]
    assert (c["unit"], c["kind"]) == (unit, "count" if unit == "share" else "measure")


def test_a_fraction_of_a_unit_compares_with_the_figure_it_equals() -> None:
    """'half an hour' is '30 minutes' (it was a bare 'half', compared with nothing)."""
    from crosscheck import quantity
    from tests.test_subjects import one as claim

    half_hour = claim("He waited half an hour for the bus.")
    assert quantity.same_figure(half_hour, claim("He waited 30 minutes for the bus."))
    assert not quantity.compatible(half_hour, claim("He waited 40 minutes for the bus."))


@pytest.mark.parametrize(
    ("text", "read"),
    [
        # a count with a rate after its noun is a rate, not a total (the rate was dropped)
        ("The site gets 20 million hits a month.",
         [("20 million hits a month", "hit per month")]),
        ("Miller is averaging 15.5 points per game this season.",
         [("15.5 points per game", "point per game")]),
        ("He scored 20 points each night.", [("20 points each night", "point per night")]),
        # a time frame after it is no rate
        ("The firm hired 300 workers a year earlier.", [("300 workers", "worker")]),
        ("He scored 20 points in a game.", [("20 points", "point")]),
        # a time, an ordinal, 'as reported by' or 'each' after the noun is no rate
        ("He scored two goals a minute apart.", [("two goals", "goal")]),
        # (outside hunt) a word of time after a thing's rate is no time ("$84.60 a barrel
        # on Monday" was plain dollars)
        ("Brent rose to $84.60 a barrel on Monday.", [("$84.60 a barrel", "dollar per barrel")]),
        ("The firm hired 300 workers a month on.", [("300 workers", "worker")]),
        # (review) "on" after a word of time before what the rate is on: a rate
        ("Output hit 10 million barrels a day on Friday.",
         [("10 million barrels a day", "barrel per day")]),
        ("There were 300 cases a day on average.", [("300 cases a day", "case per day")]),
        # (outside hunt) "league" is no unit of length before a noun
        ("He made 34 league appearances last season.",
         [("34 league appearances", "league appearance")]),
        ("The firm hired 300 workers a year into his term.", [("300 workers", "worker")]),
        ("He won 3 titles a second straight year.", [("3 titles", "title")]),
        ("Militants killed 18 people per the AP.", [("18 people", "people")]),
        ("The starters scored 20 points a piece.", [("20 points", "point")]),
        # "per" makes a rate whatever follows it ("a second after" is a time; the hunt's
        # "1,200 cubic metres of water per second after opening" lost its rate)
        ("The dam released 1,200 cubic metres of water per second after opening a gate.",
         [("1,200 cubic metres of water per second", "cubic metre per second")]),
        ("The pumps moved 900 litres per minute after midnight.",
         [("900 litres per minute", "litre per minute")]),
        # quantulum3 reads "per minute" after a unit as of arc
        ("Water flowed at 900 gallons per minute.",
         [("900 gallons per minute", "gallon per minute")]),
        ("The camera drifted 2 pixels per minute of arc.",
         [("2 pixels per minute", "pixel per minute of arc")]),
        ("The telescope tracks at 15 arcseconds per second.",
         [("15 arcseconds per second", "second of arc per second")]),
        ("He scored 30 points a game after the break.", [("30 points", "point")]),
    ],
)  # fmt: skip
def test_a_count_with_a_rate_is_a_rate(text: str, read: list[tuple[str, str]]) -> None:
    """'20 million hits a month' was read as 20 million hits, a total that joins any
    other count of hits ('20 million hits' since launch)."""
    got = [(text[d.start : d.end], d.unit) for d in sentence_claims(text)]
    assert got == read


@pytest.mark.parametrize(
    ("text", "read"),
    [
        # one reading of what after a rate's word is a time, for amounts as for counts
        ("The firm paid $5 million a year into his term.", [("$5 million", "dollar")]),
        ("He earned $500 a second time.", [("$500", "dollar")]),
        ("It costs $5 a second.", [("$5 a second", "dollar per second")]),
        ("The firm paid $5 million a year.", [("$5 million a year", "dollar per year")]),
    ],
)  # fmt: skip
def test_a_time_after_an_amount_is_no_rate(text: str, read: list[tuple[str, str]]) -> None:
    got = [(text[d.start : d.end], d.unit) for d in sentence_claims(text)]
    assert got == read


@pytest.mark.parametrize(
    ("text", "read"),
    [
        # some of a whole the sentence names but does not count
        ("Officials said that more than 200,000 of the comments opposed the rule change.",
         [("more than 200,000 of the comments", True)]),
        ("Two of the bombs fell inside the camp.", [("Two of the bombs", True)]),
        ("Six of his points came in overtime.", [("Six of his points", True)]),
        ("Police arrested 37 of those candidates.", [("37 of those candidates", True)]),
        # a whole the sentence counts makes a part instead; no whole, no partitive
        ("Three of the seven bullets hit him.",
         [("Three of the seven bullets", False), ("seven bullets", False)]),
        ("It received 235,000 comments, at least 208,000 of which were form letters.",
         [("235,000 comments", False), ("at least 208,000 of which were form letters", False)]),
        ("Two bombs fell inside the camp.", [("Two bombs", False)]),
        ("Police took 23 of them into custody.", [("23", False)]),
        # (review) the whole itself, a numbered label: no partitive; a range of some is one
        ("All 40 of the passengers died in the crash.", [("40 of the passengers", False)]),
        ("The two of the brothers left.", [("two of the brothers", False)]),
        ("Day 3 of the trial began.", []),  # a designator opening its sentence: no figure
        ("Between 20 and 30 of the protesters were held.",
         [("20 and 30 of the protesters", True)]),
        ("Only 30 of the protesters were held.", [("30 of the protesters", True)]),
        ("Exactly 30 of the protesters were held.", [("30 of the protesters", True)]),
        # a name's possessive opens the whole too
        ("He had five of McDermott's rebounds.", [("five of McDermott's rebounds", True)]),
        ("Six of Smith’s points came late.", [("Six of Smith’s points", True)]),
    ],
)  # fmt: skip
def test_some_of_a_whole_is_a_partitive(text: str, read: list[tuple[str, bool]]) -> None:
    """Claim.partitive: the matcher never groups such a count with a larger figure."""
    assert [(text[d.start : d.end], d.partitive) for d in sentence_claims(text)] == read


def test_an_about_figure_below_zero_has_its_lower_end_first() -> None:
    """'About -1,500' read as -1,350 to -1,650 (its ends swapped), as extract showed it."""
    (c,) = claims_of("About -1,500 people were counted on Monday.")
    assert (c["lower"], c["upper"]) == pytest.approx((-1650.0, -1350.0))
    (t,) = claims_of("Temperatures fell to about -20 degrees on Monday.")
    assert t["lower"] < t["value"] < t["upper"]


@pytest.mark.parametrize(
    ("word", "base"),
    [("evacuated", "evacuate"), ("graduated", "graduate"), ("evaluated", "evaluate"),
     ("estimated", "estimate"), ("treated", "treat"), ("seated", "seat")],
)  # fmt: skip
def test_a_verb_in_uate_keeps_its_e(word: str, base: str) -> None:
    """'evacuated' was read as 'evacuat', which the shipped concept file's 'evacuate' (the
    displaced) never met: evacuation counts were 'people (evacuat)'."""
    from crosscheck.extract.context import lemma

    assert lemma(word) == base


@pytest.mark.parametrize(
    "forms",
    [
        ("clear", "clears", "cleared", "clearing"),
        ("cause", "causes", "caused", "causing"),
        ("increase", "increases", "increased", "increasing"),
        ("release", "releases", "released", "releasing"),
        ("displace", "displaces", "displaced", "displacing"),
        ("replace", "replaces", "replaced", "replacing"),
        ("notice", "notices", "noticed", "noticing"),
        ("freeze", "freezes", "freezing"),
        ("house", "houses", "housed", "housing"),
        ("fear", "fears", "feared", "fearing"),
        ("exceed", "exceeds", "exceeded", "exceeding"),
        ("agree", "agrees", "agreed", "agreeing"),
        ("need", "needs", "needed"),
        ("breastfeed", "breastfeeds", "breastfeeding"),
        ("declare", "declares", "declared", "declaring"),
        # (sixteenth hunt: "had been stored, they believed" gave "believ")
        ("believe", "believes", "believed", "believing"),
        ("achieve", "achieves", "achieved", "achieving"),
        # (its review) every stem in -v, a stem in a consonant and -u, and -ais take their
        # e back ("weav", "issu", "continu", "rais" met no other form)
        ("weave", "weaves", "weaved", "weaving"),
        ("issue", "issues", "issued", "issuing"),
        ("continue", "continues", "continued", "continuing"),
        ("raise", "raises", "raised", "raising"),
        # (seventeenth round) a stem of one short syllable takes its e back ("taking six
        # guards hostage" was "tak"), one whose consonant doubles does not
        pytest.param(("take", "takes", "taking"), marks=HELD_READINGS),
        pytest.param(("make", "makes", "making"), marks=HELD_READINGS),
        pytest.param(("hope", "hopes", "hoped", "hoping"), marks=HELD_READINGS),
        pytest.param(("wipe", "wipes", "wiped", "wiping"), marks=HELD_READINGS),
        pytest.param(("shake", "shakes", "shaking"), marks=HELD_READINGS),
        ("hop", "hops", "hopped", "hopping"),
        ("fix", "fixes", "fixed", "fixing"),
        ("open", "opens", "opened", "opening"),
        ("develop", "develops", "developed", "developing"),
    ],
)
def test_a_verb_s_forms_share_one_lemma(forms: tuple[str, ...]) -> None:
    """Predicates compare by lemma: "cleared" and "clearing" were "cleare" against
    "clears"' "clear", "caused" "caus" against "causes"' "cause", "exceed" "exce" (a
    base form read as a past), "displaced" "displac", which the concept file's "displace"
    never met (an outside hunt's copy)."""
    from crosscheck.extract.context import lemma

    assert {lemma(f) for f in forms} == {forms[0]}


def test_an_evacuation_count_is_of_the_displaced(tmp_path: Path) -> None:
    from crosscheck.config import Settings
    from crosscheck.pipeline import run

    (tmp_path / "a.txt").write_text("About 2,000 residents were evacuated on Monday, "
                                    "officials said.\n")  # fmt: skip
    (tmp_path / "b.txt").write_text("Officials said 2,600 residents were evacuated on Monday.\n")
    (group,) = run([tmp_path], Settings()).groups
    assert group.concept == "displaced" and group.label.startswith("displaced")


@pytest.mark.parametrize(
    ("text", "value", "unit", "surface"),
    [
        # torque, which quantulum3 reads as pounds of mass
        ("The engine makes 332 lb-ft of torque.", 332, "pound-foot", "lb-ft"),
        ("It produces 450 Nm (332 lb.-ft.) of torque.", 332, "pound-foot", "lb.-ft."),
        ("With 275 pound-feet of torque at 3000 rpm.", 275, "pound-foot", "pound-feet"),
        ("The motor delivers 300 ft-lbs at the wheels.", 300, "pound-foot", "ft-lbs"),
        # abbreviations it reads as nothing, or as other words
        ("The SUV gets 29 mpg on the highway.", 29, "mile per gallon", "mpg"),
        ("The cars reached about 80 m.p.h. on the straight.", 80, "mile per hour", "m.p.h."),
        ("He averaged 15.3 ppg last season.", 15.3, "point per game", "ppg"),
        ("She pulled down 7.4 rpg in the playoffs.", 7.4, "rebound per game", "rpg"),
        ("He dished out 6.9 apg as a senior.", 6.9, "assist per game", "apg"),
        ("Add 50 mL of water.", 50, "millilitre", "mL"),
        ("The panel strength was recorded at 9 ksi.", 9, "kilopound per square inch", "ksi"),
        # capitals, and spellings quantulum3 lacks or reads as other units: "90 KPH winds"
        # was a count of winds, "kmh" nothing, "k.p.h." a count of "k.", "pounds per square
        # inch" a weight in pounds per square inch
        (
            "The pipe held 120 pounds per square inch of pressure.",
            120,
            "pound per square inch",
            "pounds per square inch",
        ),
        ("The storm brought 90 KPH winds to the coast.", 90, "kilometre per hour", "KPH"),
        ("The car hit 200 kmh on the motorway.", 200, "kilometre per hour", "kmh"),
        ("The car hit 200 k.p.h. on the motorway.", 200, "kilometre per hour", "k.p.h."),
        # (an initial's dot stays on the letter in the tokens: the sentence's full stop)
        ("Gusts reached 120 KM/H.", 120, "kilometre per hour", "KM/H."),
        # (review) the other spellings of pounds per square inch
        (
            "The pipe held 40 lbs per square inch.",
            40,
            "pound per square inch",
            "lbs per square inch",
        ),
        (
            "The pipe held 40 pound-force per square inch.",
            40,
            "pound per square inch",
            "pound-force per square inch",
        ),
        # a barometer's inches and millimetres of mercury, which were lengths
        ("The pressure fell to 28.05 inches of mercury.", 28.05, "inch of mercury",
         "inches of mercury"),
        ("The pressure stood at 760 millimetres of mercury.", 760, "millimeter of mercury",
         "millimetres of mercury"),
        # radiation: symbols it reads as no unit ("4 mSv", "3 rem"), or as other units
        # ("1.5 TBq" was terabyte quintals), names it reads as counts ("millisieverts")
        ("Workers received 4 mSv on Monday.", 4, "millisievert", "mSv"),
        ("Workers received 250 millisieverts on Monday.", 250, "millisievert",
         "millisieverts"),
        ("Levels reached 20 \u03bcSv/h at the gate.", 20, "microsievert per hour",
         "\u03bcSv/h"),
        ("Levels reached 20 uSv/hr at the gate.", 20, "microsievert per hour", "uSv/hr"),
        ("Levels reached 30 mrem/h at the gate.", 30, "millirem per hour", "mrem/h"),
        ("Staff received 100 \u00b5Sv in a day.", 100, "microsievert", "\u00b5Sv"),
        ("Workers were exposed to 3 rem of radiation.", 3, "rem", "rem"),
        ("Workers were exposed to 0.5 mrem of radiation.", 0.5, "millirem", "mrem"),
        ("The plant released 1.5 TBq of caesium.", 1.5, "terabecquerel", "TBq"),
        ("The plant released 770 PBq in all.", 770, "petabecquerel", "PBq"),
        ("The plant released 15 terabecquerels in all.", 15, "terabecquerel",
         "terabecquerels"),
        ("The source held 2 millicuries of cobalt.", 2, "millicurie", "millicuries"),
        # (review) millibars in small letters ("mb" was a millibarn, "mbar" nothing), the
        # mercury's symbols spaced, a dose per year or per hour in its symbols, radon's
        # picocuries
        ("Pressure fell to 960 mb on Sunday.", 960, "millibar", "mb"),
        ("Pressure stood at 1,013 mbar on Sunday.", 1013, "millibar", "mbar"),
        ("His blood pressure reached 120 mm Hg on Monday.", 120, "millimeter of mercury",
         "mm Hg"),
        ("Pressure was 29.92 in. Hg on Monday.", 29.92, "inch of mercury", "in. Hg"),
        ("Workers may receive 1 mSv/year at most.", 1, "millisievert per year", "mSv/year"),
        ("Workers may receive 20 mSv/yr at most.", 20, "millisievert per year", "mSv/yr"),
        ("Levels reached 5 mSv/hour at the gate.", 5, "millisievert per hour", "mSv/hour"),
        ("Radon measured 4 pCi/L in the basement.", 4, "picocurie per litre", "pCi/L"),
        ("The fish held 2.7 nanocuries per kilogram.", 2.7, "nanocurie per kilogram",
         "nanocuries per kilogram"),
        # (second review) a dose per day in its symbols, millibars in the plural
        ("Workers got 5 mSv/day at the gate.", 5, "millisievert per day", "mSv/day"),
        ("Pressure fell to 960 mbars on Sunday.", 960, "millibar", "mbars"),
        # (re-read) any unit of the table per hour, day or year after a slash, not the
        # doses' symbols alone
        ("Levels reached 2 rem/hr at the gate.", 2, "rem per hour", "rem/hr"),
        # (outside hunt) a weather chart's sentence that says no "pressure": it was
        # megabytes
        ("The low deepened to 960 mb overnight.", 960, "millibar", "mb"),
        ("The depression had a central reading of 1,002 mb.", 1002, "millibar", "mb"),
    ],
)  # fmt: skip
def test_an_abbreviated_unit_is_read_as_the_unit_it_names(
    text: str, value: float, unit: str, surface: str
) -> None:
    c = next(c for c in claims_of(text) if c["value"] == value)
    assert (c["unit"], c["kind"]) == (unit, "count" if unit.endswith("per game") else "measure")
    assert c["text"].endswith(surface)


def test_a_time_after_a_unit_with_no_such_rate_makes_no_rate_of_it() -> None:
    """(re-read) "2 mb/d" in oil news (million barrels a day) was millibars a day: a time
    after a slash makes a rate only of a unit that has one (a dose's)."""
    assert all(not (c["unit"] or "").startswith("millibar ") for c in
               claims_of("OPEC+ agreed to cut output by 2 mb/d."))  # fmt: skip


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Police questioned 40 KPH officers.", "officer"),
        # (third review) more nouns for members
        ("Police questioned 40 KPH firefighters.", "firefighter"),
        # (fourth review) no headline's capitals, nor a unit spelt out
        ("Cars Average 40 MPG Drivers Say", "mile per gallon"),
        ("Blaze Grows To 500 Hectares Firefighters Say", "hectare"),
        # (review) before any other word, the unit
        ("Typhoon Haiyan packed winds of 315 KPH Friday as it hit Samar.",
         "kilometre per hour"),
        ("Winds reached 120 KPH later in the day.", "kilometre per hour"),
        # (fifth review) no "PSI" in capitals: a party's seats, a haze index
        ("The PSI won 12 PSI seats in the assembly.", "seat"),
        # sleep's REM is no rem, a dose: the unit is in small letters
        ("He had 3 REM cycles in his sleep.", "cycle"),
    ],
)  # fmt: skip
def test_an_abbreviation_in_capitals_before_people_names_a_body(text: str, unit: str) -> None:
    """(review) '40 KPH officers' are officers of a police unit, not a speed: an
    abbreviation of the table in capitals before nouns for people is no unit; before
    anything else it is. 'PSI' in capitals is none (a party's, a haze index's)."""
    assert one(text)["unit"] == unit


@pytest.mark.parametrize(
    "text", ["The update is a 500 mb file.", "The phone has 256mb of RAM.",
             "He downloaded 700mb in an hour."],
)  # fmt: skip
def test_mb_is_millibars_only_where_the_sentence_speaks_of_pressure(text: str) -> None:
    """(second review) "mb" in small letters is a weather chart's millibars in a sentence
    of pressure ("Pressure fell to 960 mb"); in tech news it is a file's megabytes."""
    assert all(c["unit"] != "millibar" for c in claims_of(text)), claims_of(text)
    # (re-read) but megabytes, as "MB" is: quantulum3's reading was a millibarn
    assert [c["unit"] for c in claims_of(text) if c["value"] in (500, 256, 700)] == ["megabyte"], (
        claims_of(text)
    )


def test_psi_in_capitals_is_no_pressure() -> None:
    """(fifth review) Singapore's haze index is the PSI too: in capitals, no pressure."""
    found = claims_of("Haze pushed the index to 120 PSI on Monday.")
    assert all(c["unit"] != "pound per square inch" for c in found), found


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        # a rate's word as a time unit names it: "per annum" a year, "per hr" an hour
        ("Workers may receive 20 mSv per annum.", "millisievert per year"),
        ("He earns $40,000 per annum.", "dollar per year"),
        ("Levels reached 5 \u03bcSv per hr at the gate.", "microsievert per hour"),
        # (second review) "per yr", "per mo"
        ("The plan costs $30 per yr.", "dollar per year"),
        ("The flat rents for $900 per mo.", "dollar per month"),
        # (re-read) counts' rates too, the words named where every rate is read (per_unit)
        ("The clinic saw 300 cases per annum.", "case per year"),
        ("The site got 20 million hits per hr.", "hit per hour"),
        # a pressure is a level: no rate said further on (it was "per day")
        ("Pressure in the vessel reached 3 atmospheres daily.", "standard atmosphere"),
        ("Pressure in the vessel reached 7 megapascals daily.", "megapascal"),
    ],
)  # fmt: skip
def test_a_rate_is_named_by_its_time_unit_and_a_level_takes_none(text: str, unit: str) -> None:
    assert one(text)["unit"] == unit


def test_an_abbreviation_is_matched_whole() -> None:
    # "mlb" is no millilitre, "mpgs" no unit of this table; a letter after it ends nothing
    assert one("He signed a 5 mlb deal.")["unit"] != "millilitre"
    assert one("The bottle holds 250ml of water.")["unit"] == "millilitre"


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("It leased at a building rate of $80 per sq m.", 80, "dollar per square metre"),
        ("Offices rent for $45 per sq ft in the centre.", 45, "dollar per square foot"),
        ("Land costs $20 per sq. ft. near the river.", 20, "dollar per square foot"),
    ],
)
def test_a_rate_per_sq_unit_is_per_that_square_unit(text: str, value: float, unit: str) -> None:
    c = one(text)
    assert (c["value"], c["unit"], c["kind"]) == (value, unit, "money")


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        # another country's franc, rupee or krone is not the one a word alone names
        ("The fine was 5,000 Rwandan francs.", "rwandan franc"),
        ("The fine was 5,000 Pakistani rupees.", "pakistani rupee"),
        ("Customers with more than 7.5 million Danish kroner pay a fee.", "danish krone"),
        # nationalities of two words, and words no currency alone
        ("The fine was 5,000 Sri Lankan rupees.", "sri lankan rupee"),
        ("The fine was 5,000 Syrian pounds.", "syrian pound"),
        ("The fine was 5,000 Iranian rials.", "iranian rial"),
        ("It cost 5 Kenyan shillings.", "kenyan shilling"),
        # crowns are a nationality's krone, krona or koruna
        ("Customers with more than 7.5 million Danish crowns pay a fee.", "danish krone"),
        ("The fine was 500 Swedish crowns.", "swedish krona"),
        ("A ticket costs 20 Czech crowns.", "czech koruna"),
        # the word's own nationality keeps the name it has alone
        ("It cost 30 Swiss francs.", "swiss franc"),
        ("The fine was 500 Norwegian kroner.", "norwegian krone"),
        ("The fine was 5,000 Japanese yen.", "japanese yen"),
        ("The fine was 5,000 British pounds.", "pound sterling"),
        ("The rate is 1,200 South Korean won.", "south korean won"),
    ],
)
def test_a_currency_is_the_nationality_s_that_names_it(text: str, unit: str) -> None:
    c = one(text)
    assert (c["unit"], c["kind"]) == (unit, "money")


@pytest.mark.parametrize(
    "text",
    ["The team won three crowns.", "He lifted 5 Heavy pounds."],
)
def test_crowns_and_pounds_without_a_nationality_are_no_money(text: str) -> None:
    assert one(text)["kind"] != "money"


@pytest.mark.parametrize(
    "text",
    [
        # a currency's word before a noun it modifies names no money
        "Evergrande is among 30 Chinese real estate firms that defaulted.",
        "The fund holds 20 Brazilian real bonds.",
        "The 5 Korean won medals.",
        "He owns 3 Danish crown jewels.",
        "They sold 5 British pound coins.",
        "He read 5 Ayn Rand novels.",
        # crowns, won and reais are money after their own nations only
        "Madrid has won 14 European crowns.",
        "She won 3 Olympic crowns.",
    ],
)
def test_a_currency_word_that_names_a_thing_is_no_money(text: str) -> None:
    assert one(text)["kind"] != "money"


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        # abbreviations and codes of a nation before its money's word
        ("The fine was 5,000 HK dollars.", "hong kong dollar"),
        ("The fine was 500 UAE dirhams.", "dirham"),
        ("It cost 500 CFA francs.", "cfa franc"),
        ("The bill was 50 US cents.", "cent"),
        ("It cost 5,000 U.S. dollars.", "dollar"),
        ("It cost 5,000 American dollars.", "dollar"),
        ("It cost 10 Taiwan dollars.", "new taiwan dollar"),
        # a word one country's money has keeps its name after that nation
        ("It was worth 14 million Israeli shekels.", "shekel"),
        ("He paid 500 Saudi riyals.", "riyal"),
        ("The fine was 5,000 Chinese renminbi.", "chinese yuan"),
        ("Prices rose by 10 Euro cents.", "cent"),
    ],
)
def test_a_nation_s_currency_keeps_the_name_its_code_or_word_gives(text: str, unit: str) -> None:
    c = one(text)
    assert (c["unit"], c["kind"]) == (unit, "money")


def test_a_nation_s_money_and_its_code_are_one_currency() -> None:
    ours = one("The deal was worth 14 million Israeli shekels.")
    coded = one("The deal was worth NIS 10 million.")
    assert ours["unit"] == coded["unit"]


@pytest.mark.parametrize(
    "text",
    [
        "It hired 50 ML engineers.",  # machine learning, no millilitres
        "At the 2024 ML conference, speakers met.",
        "The 2023 MPG ratings are out.",
        "Highway figures are 25/32 mpg.",  # a city/highway pair, no fraction of a unit
        "Infuse 200 ml/min of saline.",  # another unit, of which ml is a part
        "He caught a 5 pound foot-long lobster.",
    ],
)
def test_an_abbreviation_in_other_words_is_not_the_unit_it_names_alone(text: str) -> None:
    named = {"millilitre", "mile per gallon", "pound-foot"}
    assert all(c["unit"] not in named for c in claims_of(text))


def test_a_per_game_average_abbreviated_is_the_count_written_out() -> None:
    short, long = (
        one("He averaged 15.3 ppg last season."),
        one("He averaged 15.3 points per game last season."),
    )
    assert (short["unit"], short["kind"]) == (long["unit"], long["kind"])


def test_millilitres_however_written_compare() -> None:
    from crosscheck import quantity

    units = {
        one(t)["unit"]
        for t in (
            "Add 5 ml of water.",
            "Add 6 millilitres of water.",
            "Add 7 milliliters of water.",
            "Fill a 250-ml bottle.",
        )
    }
    assert units == {"millilitre"}  # (quantulum3 names the word a cubic centimetre)
    assert quantity.same_dimension("millilitre", "cubic centimetre")


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        # a currency word whose plural is itself, or a singular before a word of time, is
        # money (the test of a noun it modifies lost "5 billion Japanese yen last year")
        ("Toyota said net profit rose to 5 billion Japanese yen last year.", 5e9, "japanese yen"),
        ("He was fined 5,000 Chinese yuan yesterday.", 5000, "chinese yuan"),
        ("The euro fell to 1 Swiss franc last week.", 1, "swiss franc"),
        ("It costs 500 Thai baht nowadays.", 500, "thai baht"),
        # rubles and lira are many nations' too
        ("The fine was 500 Belarusian rubles.", 500, "belarusian ruble"),
        ("The bill came to 50,000 Lebanese lira.", 50000, "lebanese pound"),
    ],
)
def test_a_nation_s_money_before_a_word_of_time_is_money(
    text: str, value: float, unit: str
) -> None:
    c = one(text)
    assert (c["value"], c["unit"], c["kind"]) == (value, unit, "money")


@pytest.mark.parametrize(
    "text", ["It is a 40-mpg hybrid.", "The hybrid gets 40 mpg.", "The hybrid gets 40\xa0mpg."]
)
def test_an_abbreviated_unit_after_a_hyphen_or_a_no_break_space_is_the_same(text: str) -> None:
    assert one(text)["unit"] == "mile per gallon"


@pytest.mark.parametrize(
    ("text", "read"),
    [
        # hertz in any case: quantulum3 knows 'GHz' and 'Hz' only as written ('2.4Ghz' and
        # '50 HZ' were bare figures)
        ("The drone runs on a 5.8Ghz link.", [("5.8Ghz", 5.8, "gigahertz")]),
        ("Mains power here is 60 HZ, not 50 Hz.",
         [("60 HZ", 60, "hertz"), ("50 Hz", 50, "hertz")]),
        ("The old station broadcast at 101 mhz and 540 KHZ.",
         [("101 mhz", 101, "megahertz"), ("540 KHZ", 540, "kilohertz")]),
        ("The chip's clock is 3 GHz.", [("3 GHz", 3, "gigahertz")]),  # as before
    ],
)  # fmt: skip
def test_hertz_is_read_in_any_case(text: str, read: list[tuple[str, float, str]]) -> None:
    assert [(c["text"], c["value"], c["unit"]) for c in claims_of(text)] == read


@pytest.mark.parametrize(
    ("text", "read"),
    [
        # the degree sign spelt 'deg', as text stripped to ASCII writes '°F' and '° C'
        # ('degf' was a unit of its own, '1.5deg C' an angle)
        ("Highs reached 97degF (36deg C) on Sunday.",
         [("97degF", 97, "degree fahrenheit"), ("36deg C", 36, "degree Celsius")]),
        ("The water was 12 degC warmer.", [("12 degC", 12, "degree Celsius")]),
        # 'deg' alone is an angle, as before, and a capital that opens a word no scale
        ("The ship turned 45 deg to port.", [("45 deg", 45, "degree angle")]),
        ("The 5deg C-section was done.", [("5deg", 5, "degree angle")]),
    ],
)  # fmt: skip
def test_a_degree_sign_spelt_deg_before_a_scale_is_a_temperature(
    text: str, read: list[tuple[str, float, str]]
) -> None:
    assert [(c["text"], c["value"], c["unit"]) for c in claims_of(text)] == read


@pytest.mark.parametrize(
    ("text", "read"),
    [
        # the scale's capital glued to the figure, as news writes a temperature: '44C' was
        # 44 coulombs, '111F' 111 farads, '-5C' and '30C-35C' coulombs too
        ("Temperatures reached 44C in Seville on Sunday, the weather agency said.",
         [("44C", 44, "degree Celsius")]),
        ("Phoenix hit 111F (44C) on Saturday.",
         [("111F", 111, "degree fahrenheit"), ("44C", 44, "degree Celsius")]),
        ("Temperatures fell to -5C overnight in Madrid.", [("-5C", -5, "degree Celsius")]),
        ("Forecasters expect 30C-35C across the south.",
         [("30C-35C", 32.5, "degree Celsius")]),
        ("London sweltered in 40C heat on Tuesday.", [("40C", 40, "degree Celsius")]),
        # after a space, as wires write it, in a sentence of heat or weather or as a
        # conversion in brackets (a third hunt: '119 F' was farads, '45 C' coulombs)
        ("Temperatures in Phoenix soared to 119 F (48.3 C) on Sunday.",
         [("119 F", 119, "degree fahrenheit"), ("48.3 C", 48.3, "degree Celsius")]),
        ("The city climbed to 45 C (113 F) on Monday.",
         [("45 C", 45, "degree Celsius"), ("113 F", 113, "degree fahrenheit")]),
        ("Temperatures of about 115 F are forecast for Wednesday.",
         [("about 115 F", 115, "degree fahrenheit")]),
        # an SI symbol after a space, in no sentence of heat, stays the unit quantulum3
        # reads ('capacitor was 2.5 F' is farads in NewsQuant's gold), and so does one tied
        # to a word ('of charge'); a lower-case letter is no scale; a figure an identifier
        # names, or a letter that opens a word, is as before
        ("A capacitor holds 50 C of charge.", [("50 C", 50, "coulomb")]),
        ("The capacitor was 2.5 F and the voltage 5 volts.",
         [("2.5 F", 2.5, "farad"), ("5 volts", 5, "volt")]),
        ("She lives in Apartment 4C with her 2 cats.", [("2 cats", 2, "cat")]),
        # a seat, a row, a bed, a cabin is named so too (a review: "seat 12C" was 12
        # degrees; a re-read: then 12 coulombs, and "seat 14C" elsewhere a warning)
        ("The passenger in seat 12C survived.", []),
        ("Two travellers in row 14F were hurt.", [("Two travellers", 2, "traveller")]),
        ("The 5 F-16 jets flew over.", [("5 F-16 jets", 5, "jet")]),
        ("The 4C-section rules were changed.", [("4C-section rules", 4, "rule")]),
    ],
)  # fmt: skip
def test_a_scale_glued_to_a_figure_is_a_temperature(
    text: str, read: list[tuple[str, float, str]]
) -> None:
    assert [(c["text"], c["value"], c["unit"]) for c in claims_of(text)] == read


@pytest.mark.parametrize(
    ("text", "read"),
    [
        # oil news abbreviates barrels per day (a third hunt: "28.5 million bpd" had no
        # unit and two outlets' output was never compared; "b/d" was barns per day)
        ("Saudi Arabia pumped 9.5 million bpd in May.",
         [("9.5 million bpd", 9.5e6, "barrel per day")]),
        ("Output rose to 28.5 million b/d in May.",
         [("28.5 million b/d", 28.5e6, "barrel per day")]),
        ("Output rose to 28.5 million barrels per day in May.",
         [("28.5 million barrels per day", 28.5e6, "barrel per day")]),
    ],
)  # fmt: skip
def test_barrels_a_day_as_oil_news_writes_them(
    text: str, read: list[tuple[str, float, str]]
) -> None:
    assert [(c["text"], c["value"], c["unit"]) for c in claims_of(text)] == read


@pytest.mark.parametrize(
    "text",
    [
        "Temperatures were high as 40 students got a grade 4 C this year.",
        # a review's misreadings of a first version, whose cues were "record", "high",
        # "hot", "cold" and which read a letter before a noun
        "A record 5 C grades were awarded this year despite the heat.",
        "High school students earned 4 C grades on average.",
        "A record 1.5 F capacitor was unveiled in the cold lab.",
        "Record sales of 34 F bras were reported as temperatures rose.",
        "In a record season he finished with 3 C.",
    ],
)
def test_a_spaced_letter_that_is_no_scale_is_no_temperature(text: str) -> None:
    """A letter after a space is a temperature only in a sentence of temperatures, and
    not as a grade or before a noun."""
    assert all("degree" not in (c["unit"] or "") for c in claims_of(text))


@pytest.mark.parametrize(
    ("text", "read"),
    [
        # 'flat' is no identifier noun: a review found "a flat 300 a year" dropped, its
        # figure taken for a flat's number (as '4C' after 'Apartment')
        ("Tenants pay a flat 300 a year for parking, the council said.", [("300", 300, None)]),
        ("Residents were charged a flat fee of 300 a year, the council said.",
         [("300", 300, None)]),
    ],
)  # fmt: skip
def test_a_flat_rate_is_a_figure_not_a_flat_number(
    text: str, read: list[tuple[str, float, str | None]]
) -> None:
    assert [(c["text"], c["value"], c["unit"]) for c in claims_of(text)] == read


def test_a_lower_case_letter_glued_to_a_figure_is_no_temperature() -> None:
    """'4c' is cents as news writes them, '5f' no scale: not the capital of '44C'."""
    assert "degree" not in (one("Petrol rose 4c a litre on Monday.")["unit"] or "")
    assert "degree" not in (one("The size 5f dress sold out.")["unit"] or "")


@pytest.mark.parametrize(
    ("text", "read"),
    [
        # the pound's and the yen's signs as transliteration spells them ('£' is 'PS', '¥'
        # 'Y='): 'PS4.5m' was no figure at all (letters glued before), 'Y=1,250' a count
        ("The striker's contract is worth PS4.5m a year.",
         [("PS4.5m a year", 4.5e6, "pound sterling per year")]),
        ("The club paid PS30m for him.", [("PS30m", 3e7, "pound sterling")]),
        ("It raised HK$1.2 billion (PS115,000,000).",
         [("HK$1.2 billion", 1.2e9, "hong kong dollar"),
          ("PS115,000,000", 1.15e8, "pound sterling")]),
        ("Toyota rose 1.5 percent to Y=7,120.",
         [("1.5 percent", 1.5, "percent"), ("Y=7,120", 7120, "japanese yen")]),
        ("It forecast a loss of Y=20 billion.", [("Y=20 billion", 2e10, "japanese yen")]),
        # never a bare number: a console's name, an equation, letters glued before
        ("Sony sold 3 PS4 consoles.", [("3 PS4 consoles", 3, "console")]),
        ("Take Y=4 and solve.", [("4", 4, None)]),
        ("The UPS2.5m deal closed.", []),
    ],
)  # fmt: skip
def test_a_currency_sign_spelt_in_ascii_is_money(
    text: str, read: list[tuple[str, float, str | None]]
) -> None:
    assert [(c["text"], c["value"], c["unit"]) for c in claims_of(text)] == read


@pytest.mark.parametrize(
    ("text", "read"),
    [
        # digits with a glued scale before a unit: '3.1bn km' was barns times newtons, none
        ("Voyager has flown 15bn miles (24bn km).",
         [("15bn miles", 1.5e10, "mile"), ("24bn km", 2.4e10, "kilometre")]),
        ("The plant used 1.5m litres of water.", [("1.5m litres", 1.5e6, "litre")]),
        # a glued m is still metres before a measure word, a million before a noun
        ("The 40m tall tower cost 35m of its budget.",
         [("40m", 40, "metre"), ("35m", 3.5e7, None)]),
        # a place below or beyond says metres too: "800m underground" was 800 million
        ("Eleven miners remained trapped about 800m underground.",
         [("Eleven miners", 11, "miner"), ("about 800m", 800, "metre")]),
        ("Miners are trapped 300m beneath the surface, and the firm has 800m users.",
         [("300m", 300, "metre"), ("800m users", 8e8, "user")]),
        # (reviews) before a noun it qualifies it leaves a million, and words of place
        # that are as often money's stay millions
        ("The network carries 800m underground passengers a year.",
         [("800m underground passengers a year", 8e8, "underground passenger per year")]),
        ("The billionaire moved 800m offshore before the election.",
         [("800m", 8e8, None)]),
        ("The bank plans to cut 15m overhead by 2027.", [("15m", 1.5e7, None)]),
        # a thing a length is given for, singular, makes it metres: "The 400m ship" was
        # 400 million; its plural, or another noun, leaves a million
        ("The 400m ship was refloated on Monday.", [("400m", 400, "metre")]),
        ("A 50m yacht and a 3,000m runway were built.",
         [("50m", 50, "metre"), ("3,000m", 3000, "metre")]),
        ("Some 2m boats are registered in the country.", [("Some 2m boats", 2e6, "boat")]),
        ("The company signed a 10m deal with the city.", [("10m", 1e7, None)]),
        # (review) the thing ends its phrase: not a noun it qualifies
        ("The 90m ferry ran aground.", [("90m", 90, "metre")]),
        ("The 400m ship sale collapsed.", [("400m ship", 4e8, "ship")]),
        # (third review) a plural or a word in -ly after the thing is no verb's sign
        ("The firm won 2m pipeline contracts in Iraq.",
         [("2m pipeline contracts", 2e6, "pipeline contract")]),
        ("It agreed a 10m pipeline supply contract with Kyiv.",
         [("10m pipeline", 1e7, "pipeline")]),
        ("The firm won a 20m tunnel contract.", [("20m tunnel", 2e7, "tunnel")]),
        ("The group raised 1.5m yacht charter fees.",
         [("1.5m yacht charter fees", 1.5e6, "yacht charter fee")]),
        ("The firm paid $400m for the ship.", [("$400m", 4e8, "dollar")]),
        # (sixteenth hunt) a cordon is a thing a length is given for
        ("Police set up a 50m cordon around the site.", [("50m", 50, "metre")]),
        ("The council set aside 50m cordon fees.", [("50m cordon fees", 5e7, "cordon fee")]),
    ],
)  # fmt: skip
def test_digits_and_a_scale_before_a_unit_are_read_in_the_unit(
    text: str, read: list[tuple[str, float, str | None]]
) -> None:
    assert [(c["text"], c["value"], c["unit"]) for c in claims_of(text)] == read


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        # a unit of two words before a noun is the noun counted ('basis' was), as '25 basis
        # points' is; a one-word noun before another stays the head, as before
        ("The bank reported a 40 basis point rise in its margin.", "basis point"),
        ("The bank raised rates by 25 basis points.", "basis point"),
        ("She filed a 12 page report.", "page"),
        ("They held a 10 point lead.", "point"),
    ],
)
def test_a_unit_of_two_words_before_a_noun_is_counted_whole(text: str, unit: str) -> None:
    assert one(text)["unit"] == unit


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # verbs of narrowing, widening, slowing and speeding up are changes, as 'fell' and
        # 'rose' are: 'narrowed from 48 to 41' read two levels, no change between them
        ("The trade gap narrowed from $48 billion to $41 billion.",
         ("$41 billion", 4.1e10, 4.8e10, "dollar")),
        ("Inflation accelerated to 4.2% from 3.9% in May.", ("4.2%", 4.2, 3.9, "percent")),
        ("The spread widened from 3 points to 7 points.", ("7 points", 7, 3, "point")),
        # 'slow' and 'narrow', adjectives too, only where a verb stands: after 'to', a modal
        ("Growth is forecast to slow from 3.1 to 2.6 percent next year.",
         ("2.6 percent", 2.6, 3.1, "percent")),
        ("The lead could narrow to 40 seats from 52 seats.", ("40 seats", 40, 52, "seat")),
    ],
)  # fmt: skip
def test_verbs_of_narrowing_widening_and_slowing_change_a_level(
    text: str, figure: tuple[str, float, float, str | None]
) -> None:
    drafts = sentence_claims(text)
    assert [(text[d.start : d.end], d.value, d.was, d.unit) for d in drafts] == [figure]


@pytest.mark.parametrize(
    ("text", "read"),
    [
        # the adjectives before a figure make no change of it, nor a range a change
        ("It was a slow 20 minutes for the crew.", ("20 minutes", None, None, "exact")),
        ("The narrow 3 km road was closed.", ("3 km", None, None, "exact")),
        ("Traffic was slow from 9 to 10 this morning.", ("9 to 10", None, None, "range")),
        # the verbs' own forms give a change its direction
        ("The trade deficit narrowed 12% last year.", ("12%", "down", None, "exact")),
        ("The deficit widened by $5 billion.", ("$5 billion", "up", None, "exact")),
    ],
)
def test_slow_and_narrow_as_adjectives_are_no_change(
    text: str, read: tuple[str, str | None, float | None, str]
) -> None:
    (d,) = sentence_claims(text)
    assert (text[d.start : d.end], d.change, d.was, d.qualifier) == read


@pytest.mark.parametrize(
    ("text", "read"),
    [
        # mega, giga and tera before a unit quantulum3 lists with kilo only: '280 TWh' was
        # no figure at all (a figure before capitals, an identifier)
        ("The grid used 280 TWh and the battery stores 12 MWh.",
         [("280 TWh", 280, "terawatt hour"), ("12 MWh", 12, "megawatt hour")]),
        ("The farm makes 3 GWh a day.", [("3 GWh a day", 3, "gigawatt hour per day")]),
        # (a capital before a word that no kilo unit ends as stays what it was)
        ("The 12 MPs voted.", [("12 MPs", 12, "MP")]),
    ],
)  # fmt: skip
def test_a_prefixed_unit_quantulum3_lists_with_kilo_only_is_read(
    text: str, read: list[tuple[str, float, str]]
) -> None:
    assert [(c["text"], c["value"], c["unit"]) for c in claims_of(text)] == read


@pytest.mark.parametrize(
    ("text", "read"),
    [
        # a capital glued to digits after a unit is a name, no unit to that power ('4.4
        # litre V8' was litres times volts to the eighth)
        ("It has a 4.4 litre V8 and a 3 litre V6.",
         [("4.4 litre", 4.4, "litre"), ("3 litre", 3, "litre")]),
        # a square or a cube glued stays one
        ("The 12 km2 park holds 5 m3 of sand.",
         [("12 km", 12, "square kilometre"), ("5 m", 5, "cubic metre")]),
    ],
)  # fmt: skip
def test_a_name_of_a_capital_and_digits_after_a_unit_is_no_power_of_it(
    text: str, read: list[tuple[str, float, str]]
) -> None:
    assert [(c["text"], c["value"], c["unit"]) for c in claims_of(text)] == read


@pytest.mark.parametrize(
    ("text", "read"),
    [
        # a unit's letter ending the sentence, its full stop after it: 'g.' and 'm.' were
        # abbreviations, and quantulum3 raised on a gram that ends its span
        ("Each bar weighs 60 g.", [("60 g", 60, "gram")]),
        ("The wall is 12 m.", [("12 m", 12, "metre")]),
        ("Each bar weighs 60g.", [("60g", 60, "gram")]),
        # (an initial, a capital, stays one; 'p.m.' is a time, and 'p.' alone one cut short)
        ("He met them at 3 p.m. on Friday.", []),
        ("The ferry leaves at 9 p.", [("9", 9, None)]),
    ],
)  # fmt: skip
def test_a_unit_s_letter_before_the_full_stop_is_the_unit(
    text: str, read: list[tuple[str, float, str]]
) -> None:
    assert [(c["text"], c["value"], c["unit"]) for c in claims_of(text)] == read


@pytest.mark.parametrize(
    ("text", "read"),
    [
        # a small g glued to a figure is grams ('~60g' was dropped as a network's name)
        ("Each bar weighs ~60g and has 2.5g of fat.",
         [("~60g", 60, "gram"), ("2.5g", 2.5, "gram")]),
        # a figure a network's generation could be is grams before 'of' too (a re-read)
        ("Each bar has 5g of sugar and 12g of fat.", [("5g", 5, "gram"), ("12g", 12, "gram")]),
        ("The 5g network launched.", []),
        # a network's generation stays no figure: a capital G, or a small one after 2 to 6
        ("The 5G rollout and the older 4g network.", []),
    ],
)  # fmt: skip
def test_a_small_g_glued_to_a_figure_is_grams_not_a_generation(
    text: str, read: list[tuple[str, float, str]]
) -> None:
    assert [(c["text"], c["value"], c["unit"]) for c in claims_of(text)] == read


@pytest.mark.parametrize(
    ("text", "read"),
    [
        # a review's cases of the NewsQuant round: g-force is no gram, an SI millihertz no
        # megahertz, a console's version or an equation no money, an abbreviation inside a
        # sentence no unit, a figure of another phrase after a verb of speed no change
        ("The F-35 can pull 9g.", []),
        ("Add 15g of salt.", [(15, "gram", "=")]),
        ("The star pulsates at 3 mHz.", [(3, None, "=")]),
        ("The radio uses 900 mhz.", [(900, "megahertz", "=")]),
        ("The PS4.5 update was released.", []),
        ("It cost PS4.50 a pint.", [(4.5, "pound sterling", "=")]),
        ("Set Y=3.5 in the equation.", [(3.5, None, "=")]),
        ("Section 12 b. of the law applies.", []),
        ("The fund holds 300 m. in assets.", [(300, None, "=")]),
        ("He completed an accelerated 3-year degree.", [(3, "year", "=")]),
        ("He was slowed by a 2-minute penalty.", [(2, "minute", "=")]),
        ("The storm slowed 200 miles off the coast.", [(200, "mile", "=")]),
        ("The gap narrowed by 3 points to 41.", [(3, "point", "down"), (41, "point", "=")]),
        ("The spread widened 5 percentage points.", [(5, "percentage point", "up")]),
    ],
)  # fmt: skip
def test_what_the_newsquant_readings_leave_as_they_were(
    text: str, read: list[tuple[float, str | None, str]]
) -> None:
    from crosscheck.evaluation import predict_ours

    got = []
    for p in predict_ours(text):
        units = sorted(p.units - {"-"})  # type: ignore[union-attr]
        got.append((p.value, units[0] if units else None, p.change))  # type: ignore[union-attr]
    assert got == read


@pytest.mark.parametrize(
    ("text", "read"),
    [
        # a North American number with its trunk "1" was read as a range of 1 to 800
        ("Call the hotline at 1-800-555-0142 for information.", []),
        ("Customers can call 1-800-555-0199 weekdays for a refund.", []),
        ("Anyone with information may call 1 (800) 555-0199.", []),
        # near misses: numbers without the trunk code were no figures already, and ranges
        # of one or two groups stay ranges
        ("Call (555) 123-4567 to report sightings.", []),
        ("Contact the embassy on +44 20 7946 0958 for help.", []),
        ("Between 10-12 people were hurt in the blast.", [11.0]),
        ("Between 1-800 people attended the rally.", [400.5]),
        ("Prices rose 1-3 percent in March.", [2.0]),
    ],
)
def test_a_telephone_number_with_its_trunk_code_is_no_figure(text: str, read: list[float]) -> None:
    assert values(text) == read


@pytest.mark.parametrize(
    ("text", "read"),
    [
        # a glued "m" before a race it names was read as millions (100 million finals)
        ("He won the 100m final in 9.58 seconds.", [(100, "metre"), (9.58, "second")]),
        ("She won the 400m hurdles in Tokyo on Friday.", [(400, "metre")]),
        ("She ran the 400m hurdles final on Sunday.", [(400, "metre")]),
        # a relative or a time after the race ends its noun phrase too (re-read)
        ("Bolt won the 100m final last year.", [(100, "metre")]),
        ("He won the 200m final Sunday night.", [(200, "metre")]),
        ("She won the 400m final where she had led.", [(400, "metre")]),
        ("Phelps won the 200m butterfly on Tuesday.", [(200, "metre")]),
        ("He ran 100m sprints in training.", [(100, "metre")]),
        ("He ran 100m-200m sprints.", [(150, "metre")]),
        # near misses: a currency sign before it, or another noun after it: millions
        ("The firm raised $100m from investors.", [(100_000_000, "dollar")]),
        ("The club paid £100m for the striker.", [(100_000_000, "pound sterling")]),
        ("The $100m final payment is due in March.", [(100_000_000, "dollar")]),
        ("The app reached 100m people last year.", [(100_000_000, "people")]),
        # a race word opening a compound noun, or a hyphen compound, is no race: millions
        ("Labour wants 1m heat pumps installed every year.", [(1_000_000, "heat pump")]),
        ("There are 1m heat deaths a year.", [(1_000_000, "heat death per year")]),
        ("There were 2m heat-related illnesses.", [(2_000_000, "illness")]),
        ("The club sold 2m race tickets.", [(2_000_000, "race ticket")]),
        ("Over 5m race fans watched.", [(5_000_000, "race fan")]),
        ("There were 50m race viewers.", [(50_000_000, "race viewer")]),
        ("The firm made a 5m final payment.", [(5_000_000, None)]),
        ("A 100m final payment was made last year.", [(100_000_000, None)]),
        ("The board declared a 20m final dividend.", [(20_000_000, None)]),
        ("The 1m final instalment is due.", [(1_000_000, None)]),
        # no race is shorter than 50 metres (a horse's "1m" is a mile): millions
        ("She won the 50m freestyle final on Friday.", [(50, "metre")]),
        ("The 1m final is due in March.", [(1_000_000, None)]),
        ("Some 2m races are run each year.", [(2_000_000, "race")]),
        ("The 10m race against time has begun.", [(10_000_000, None)]),
        # (outside hunt) after a glued hyphen, metres only before a word of length, a race
        # or a thing a length measures: "1.5m-barrel" was 1.5 metres
        ("OPEC+ agreed a 1.5m-barrel cut on Sunday.", [(1_500_000, "barrel")]),
        ("A 2m-tonne shipment arrived.", [(2_000_000, "tonne")]),
        ("The 10m-long wall collapsed.", [(10, "metre")]),
        ("A 30m-high wave hit the town.", [(30, "metre")]),
        ("They built a 50m-tower.", [(50, "metre")]),
        # (review) any length's word after the hyphen is metres: only a unit that is no
        # length or a word of a count makes millions
        ("A 40m-span bridge was built.", [(40, "metre")]),
        ("The UK kept its 2m-rule on social distancing.", [(2, "metre")]),
    ],
)
def test_a_glued_m_before_a_race_is_metres(text: str, read: list[tuple[float, str]]) -> None:
    assert [(c["value"], c["unit"]) for c in claims_of(text)] == read


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Some 12 345 678 people live there.", 12_345_678),
        ("Some 12\u202f345\u202f678 people live there.", 12_345_678),
        ("Some 12 000 000 people live there.", 12_000_000),
        ("It cost $12 345 678.", 12_345_678),
    ],
)
def test_a_figure_in_groups_of_three_is_no_phone_number(text: str, value: int) -> None:
    """Eight digits or more in groups of three one token holds are a figure (its shape
    was a phone number's: no claim); a phone number stays none."""
    assert [c["value"] for c in claims_of(text)] == [value]
    assert claims_of("Call 555 123 4567 now, or +1 877 268 9324.") == []
    assert claims_of("For bookings ring 612 345 678 after noon.") == []
    assert claims_of("Tips can be sent to 612 345 678 anonymously.") == []
    assert claims_of("It cost 12 345 678 euros.")[0]["value"] == 12_345_678


@pytest.mark.parametrize(
    "text", ["The fire burned 340 hectares of forest.", "The fire burned 340 ha of forest."]
)
def test_hectares_are_an_area(text: str) -> None:
    """quantulum3 reads no unit in "340 hectares": it was a count of hectares, never
    compared with acres or square kilometres."""
    c = one(text)
    assert (c["kind"], c["unit"]) == ("measure", "hectare")


@pytest.mark.parametrize(
    ("text", "figure", "words"),
    [
        ("Police said 260 soldiers were killed or wounded on Monday.", "260 soldiers",
         "killed or wounded"),
        ("Police said 280 soldiers were wounded or killed on Monday.", "280 soldiers",
         "wounded or killed"),
        ("The offensive killed or wounded 1,500 people.", "1,500 people", "killed or wounded"),
        ("About 1,500 people were killed and/or wounded in the offensive.",
         "About 1,500 people", "killed and/or wounded"),
        ("Some 80 people were dead or injured after the blast.", "Some 80 people",
         "dead or injured"),
        # (review) an adverb or an auxiliary between, a noun phrase of either
        ("Officials said 46 people were killed or seriously injured.", "46 people",
         "killed or seriously injured"),
        ("Officials said 47 people died or were injured.", "47 people", "died or were injured"),
        ("Officials said 45 dead and injured were counted.", "45 dead", "dead and injured"),
        ("The offensive killed or\nwounded 1,500 people.", "1,500 people", "killed or wounded"),
        # (second review) a time or a clause after the verbs goes on them
        ("The ministry said 260 soldiers were killed or wounded Monday.", "260 soldiers",
         "killed or wounded"),
        ("The ministry said 261 soldiers were killed or wounded this week.", "261 soldiers",
         "killed or wounded"),
        ("Police said 262 people were killed or injured when the roof collapsed.",
         "262 people", "killed or injured"),
        ("Officials said 48 people were killed or wounded weeks ago.", "48 people",
         "killed or wounded"),
        ("Attacks have killed or wounded 1,500 people.", "1,500 people", "killed or wounded"),
        # (re-read) a relative before the verbs; an adverb in -s after them
        ("A bombing that killed or wounded 30 people shook the city.", "30 people",
         "killed or wounded"),
        ("The blasts, which killed or wounded 45 civilians, hit the port.", "45 civilians",
         "killed or wounded"),
        ("Officials said 120 soldiers were killed or wounded thus far.", "120 soldiers",
         "killed or wounded"),
    ],
)  # fmt: skip
def test_a_count_of_the_killed_or_wounded_counts_casualties(
    text: str, figure: str, words: str
) -> None:
    """ "260 soldiers were killed or wounded" read as killed (the first verb), and a
    troop-count error set it against "240 soldiers were killed": a count of either is
    the casualties (concepts.yml), written as its words say."""
    (d,) = [d for d in sentence_claims(text) if text[d.start : d.end] == figure]
    assert (d.predicate, d.predicate_words) == ("casualty", words)


@pytest.mark.parametrize(
    ("text", "predicates"),
    [
        ("The blast killed 5 people and wounded 12 others.",
         [("5 people", "kill"), ("12 others", "wound")]),
        ("Police said 5 people were killed and 12 were wounded.",
         [("5 people", "kill"), ("12", None)]),
        # (review) the other word a noun's adjective, or a noun
        ("Police said 3 gunmen were killed and wounded soldiers were evacuated.",
         [("3 gunmen", "kill")]),
        ("Troops found the wounded and killed 36 of the attackers.",
         [("36 of the attackers", "kill")]),
        ("The army said 12 rebels died and injured civilians were taken to hospital.",
         [("12 rebels", None)]),
        # (third review) the other verb's own count after it, or before it
        ("Officials said 39 people were killed and wounded dozens of others.",
         [("39 people", "kill"), ("dozens of others", "wound")]),
        ("Officials said 44 people were killed and wounded 120 more.",
         [("44 people", "kill"), ("120 more", "wound")]),
    ],
)  # fmt: skip
def test_a_count_of_the_killed_beside_one_of_the_wounded_is_no_casualty_count(
    text: str, predicates: list[tuple[str, str | None]]
) -> None:
    """Two counts, each of its own verb, are not either's casualties; nor is a count
    beside a noun of the other harm ("wounded soldiers", "the injured")."""
    assert [(c["text"], c["predicate"]) for c in claims_of(text)] == predicates


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("A 3,000-strong force crossed the border on Monday.", "personnel"),
        ("The 1,200-strong contingent left the base.", "personnel"),
        ("A 5 600-strong crowd marched in the capital.", "member"),
        ("A 300-strong workforce will lose their jobs.", "member"),
        # (review) the noun past its modifiers; a police force's officers
        ("A 3,000-strong Russian force crossed the border.", "personnel"),
        ("A 3,100-strong armoured brigade moved north.", "personnel"),
        ("A 300-strong police force was deployed.", "police officer"),
        # (second review) the last group word of a name, a possessive, a march
        ("A 1,500-strong African Union force arrived.", "personnel"),
        ("The 1,000-strong force's commander spoke.", "personnel"),
        ("A 10,000-strong march filled the square.", "member"),
        # (third review) the noun ends at the first word that is no group's
        ("A 1,000-strong force met the crowd.", "personnel"),
        ("A 500-strong crowd met the army.", "member"),
        # (a re-read's) a preposition after the noun ends it: where it went, what it did
        ("France sent a 3,000-strong force to Mali.", "personnel"),
        ("A 10,000-strong march through the capital ended peacefully.", "member"),
        ("The 5,000-strong garrison at the fort surrendered.", "personnel"),
    ],
)
def test_a_figure_before_strong_counts_the_members_of_what_follows(text: str, unit: str) -> None:
    """ "a 3,000-strong force" gave no claim at all (a compound of no count): it is the
    size of the force, troops for a military unit (as "3,500 troops" are)."""
    c = one(text)
    assert (c["kind"], c["unit"]) == ("count", unit)


@pytest.mark.parametrize(
    "text",
    [
        "The brigade, 4,000-strong, moved north.",
        "A 30-strong fleet of warships sailed.",
        "The 27-strong bloc agreed on the sanctions.",
        "A 20-strong convoy of army vehicles left the base.",
        "A 30-strong fleet carried the force.",
        # (re-read) a run that ends at a noun counted, a group of what, no group of people
        "A 20-strong army convoy reached the town.",
        "A 12-strong squadron of fighter jets flew over.",
        "A 10-strong IMF mission arrived.",
        "The 27-strong European Union agreed.",
    ],
)
def test_a_figure_before_strong_counts_no_people_but_a_group_of_people(text: str) -> None:
    """No noun after it, or a group of things ("a fleet"), or of states ("the bloc"):
    no count of people, and no claim (the compound counts nothing written)."""
    assert claims_of(text) == []


@pytest.mark.parametrize(
    ("text", "figure", "unit", "modifiers", "predicate"),
    [
        # (eleventh and twelfth hunts) the level of a number of those counted
        ("The number of people evacuated had risen to 5,100 by Friday.", "5,100", "people",
         [], "evacuate"),
        ("The number of displaced people now stands at 140.", "140", "people",
         ["displaced"], None),
        ("The number of freed hostages receiving hospital treatment in Tarsk had risen to "
         "seven by Thursday, doctors said.", "seven", "hostage", ["freed"], "receive"),
        ("The number of confirmed dead stood at 41.", "41", "dead", ["confirmed"], None),
        ("The total number of cancelled flights reached about 560.", "about 560", "flight",
         ["cancelled"], None),
        # a verb of number after the plural it counts
        ("The bureau said households numbered 5.4 million, correcting an error.",
         "5.4 million", "household", [], None),
        ("The protesters numbered about 5,000.", "about 5,000", "protester", [], None),
        ("The dead numbered 41.", "41", "dead", [], None),
        # no number of anything: what rose is not said, a tally's own word, no plural
        ("Confirmed cases rose 12 to 80.", "80", None, [], "rise"),
        ("The figures total 12.", "12", None, [], None),
        ("The class numbered 30.", "30", None, [], "number"),
        # (review) another clause's number, a relative clause, a qualifier after the noun
        ("The number of people killed rose to 41 and the number of injured hit 120.", "120",
         "injured", [], None),
        ("The number of homes damaged rose to 300 and the toll reached 12.", "12", None, [],
         "reach"),
        ("The number of visitors dropped while the temperature hit 41.", "41", None, [],
         "hit"),
        ("The number of days on which temperatures topped 35 has doubled.", "35", None, [],
         "top"),
        ("The number of people over 65 reached 12.4 million.", "12.4 million", None, [],
         "reach"),
        # (review) a rate, a sum's plural, a name before the verb
        ("The number of new cases was 1,200 a week in April.", "1,200", None, [], None),
        ("Sales totalled 5.2 million last year.", "5.2 million", None, [], "totall"),
        ("Protesters in Paris numbered about 50,000.", "about 50,000", None, [], "number"),
        # (re-read) a year or a place's count after "in" is no ratio; a plural that opens
        # the sentence, an irregular plural
        ("The number of homes damaged rose to 40 in 2025.", "40", "home", [], "damage"),
        ("The number of homes damaged reached 40,000 in 3 counties.", "40,000", "home", [],
         "damage"),
        ("Households numbered 5.4 million.", "5.4 million", "household", [], None),
        ("The children numbered 40.", "40", "child", [], None),
        # (second re-read) "a year ago" is no rate (units.per_unit); a verb after the
        # plural by its form (context.is_verb_like), an irregular one too
        ("The number of cases stood at 41 a year ago.", "41", "case", [], None),
        ("The number of people being treated rose to 40.", "40", "people", [], None),
        ("The number of people held rose to 40.", "40", "people", [], "hold"),
        # a queue or a backlog of those counted (the fourteenth hunt)
        ("The queue of ships waiting to enter the canal had risen to 186 by Wednesday.",
         "186", "ship", [], "wait"),
        ("The backlog of asylum cases stood at 40,000 in May.", "40,000", "asylum case", [],
         None),
        # the plural subject of a verb of moving "to" (the fifteenth hunt); not a level's
        # nor an amount's plural
        ("Figures showed that short-notice cancellations had risen to 1,450, as winter "
         "pressures began to bite.", "1,450", "cancellation", [], None),
        ("Arrests rose to 40 on Saturday.", "40", "arrest", [], None),
        ("Deaths have now climbed to 31.", "31", "death", [], None),
        ("Prices rose to 40 in May.", "40", None, [], "rise"),
        ("Temperatures rose to 40 on Monday.", "40", None, [], "rise"),
        ("Sales rose to 1,450 last year.", "1,450", None, [], "rise"),
        # (review) not a preposition's object, an amount's or a hope's plural, nor a
        # figure with decimals; a headline's present, an adverb before "to"
        ("The cost of repairs rose to 40.", "40", None, [], "rise"),
        ("Support among voters rose to 45 last week.", "45", None, [], "rise"),
        ("Tuition fees rose to 9,250.", "9,250", None, [], "rise"),
        ("Hopes rose to 90.", "90", None, [], "rise"),
        ("Expectations climbed to 2.5.", "2.5", None, [], "climb"),
        ("Arrests rise to 40 on Saturday.", "40", "arrest", [], None),
        ("Deaths rose further to 31.", "31", "death", [], None),
        # (re-read) the same adverbs as after "the number of" ("has already reached")
        ("Cancellations have already risen to 1,450.", "1,450", "cancellation", [], None),
        # (second review) a preposition before the plural's modifiers; levels' plurals
        ("Sales of new homes rose to 400.", "400", None, [], "rise"),
        ("Covid deaths in care homes rose to 40.", "40", None, [], "rise"),
        ("Waiting lists rose to 7,600.", "7,600", None, [], "rise"),
        # (third review) a preposition that opens the sentence is no noun's; one before
        # a determiner is
        ("In London arrests rose to 40.", "40", "arrest", [], None),
        ("Arrests made after the protests rose to 40.", "40", None, [], "rise"),
        # the level moved from, or how far, between the verb and "to" (a re-read's case)
        ("Cases rose from 30 to 40 on Monday.", "40", "case", [], None),
        ("Arrests rose by 10 to 40.", "40", "arrest", [], None),
        ("Deaths have risen from twelve to 23.", "23", "death", [], None),
        ("Admissions rose by 12% to 1,450.", "1,450", "admission", [], None),
        ("Prices rose from 30 to 40 in May.", "40", None, [], None),
        ("The cost of repairs rose from 30 to 40.", "40", None, [], None),
        # (its review) per cent, a hedge, and both moves
        ("Admissions jumped by 25 per cent to 400.", "400", "admission", [], None),
        ("Cases rose from about 30 to 40.", "40", "case", [], None),
        ("Infections rose by 12 from 30 to 42.", "42", "infection", [], None),
        # (re-read) the move as numbers.change_verb_at reads it: a size in per cent, any
        # -ly adverb; a whole figure by its value, scaled or not
        ("Arrests jumped 20% to 400.", "400", "arrest", [], None),
        ("Arrests rose markedly to 40.", "40", "arrest", [], None),
        ("Cases rose to 1.2 million.", "1.2 million", "case", [], None),
        ("Cases rose from 1.5 million to 2 million.", "2 million", "case", [], None),
        # a death toll's level counts the dead (the eighteenth hunt: its updates were bare
        # figures no count of the dead met); held, see HELD_TOLL
        pytest.param("The death toll from Saturday's ferry capsizing on the Sorana "
                     'River rose to 14 on Sunday.', "14", "dead", [], None,
                     marks=HELD_TOLL),
        pytest.param('The death toll from the 2005 quake rose to 14.', "14", "dead", [], None,
                     marks=HELD_TOLL),
        pytest.param('The death toll has now climbed to 57.', "57", "dead", [], None,
                     marks=HELD_TOLL),
        pytest.param('The death toll rose on Tuesday to 40.', "40", "dead", [], None,
                     marks=HELD_TOLL),
        pytest.param('The death toll rose by 10 to 40.', "40", "dead", [], None, marks=HELD_TOLL),
        pytest.param('The death toll from the capsizing stood on Tuesday at 14.', "14", "dead",
                     [], None, marks=HELD_TOLL),
        pytest.param('The death toll is now 14.', "14", "dead", [], None, marks=HELD_TOLL),
        pytest.param('The death toll was put at 14.', "14", "dead", [], None, marks=HELD_TOLL),
        pytest.param('A second blast brought the total death toll to 14.', "14", "dead", [], None,
                     marks=HELD_TOLL),
        pytest.param('The attack killed four, bringing the death toll from the two '
                     'attacks to 14.', "14", "dead", [], None,
                     marks=HELD_TOLL),
        pytest.param('The storm left a death toll of at least 12.', "at least 12", "dead", [], None,
                     marks=HELD_TOLL),
        # not a road's, an injury or a casualty toll, a forecast, a condition, a relative
        # clause's own figure, a comparison (the held reading's review)
        ("The road toll rose to 14.", "14", None, [], "rise"),
        ("The injury toll rose to 300.", "300", None, [], "rise"),
        ("The casualty toll rose to 300.", "300", None, [], "rise"),
        ("The death toll is expected to rise to 40.", "40", None, [], "rise"),
        ("The army would be called in if the death toll passed 50.", "50", None, [], "pass"),
        ("The death toll in the province where the temperature hit 45 was not known.", "45",
         None, [], "hit"),
        ("The death toll was 2,000 higher than the official figure.", "2,000", None, [], None),
    ],
)  # fmt: skip
def test_a_number_of_those_counted_counts_them(
    text: str, figure: str, unit: str | None, modifiers: list[str], predicate: str | None
) -> None:
    """(hunts) "The number of X had risen to N" and "X numbered N" gave a bare figure
    (no noun), which no count of X ever met: four of eight updates in one hunt, and a
    corrected census total, were lost. The figure counts X; the verb is theirs if the
    phrase says one ("people evacuated", "hostages receiving"), never the tally's "rose"."""
    (c,) = [c for c in claims_of(text) if c["text"] == figure]
    assert (c["unit"], list(c["modifiers"]), c["predicate"]) == (unit, modifiers, predicate)
    assert c["kind"] == ("count" if unit else "other")


@pytest.mark.parametrize(
    ("text", "change"),
    [
        ("The boat sank about 40 miles south of Perla.", None),
        ("The rocket fell 300 km east of the base.", None),
        ("The drone dropped 12 miles off the coast.", None),
        ("The water level fell 2 metres overnight.", "down"),
        ("Shares sank 40 cents.", "down"),
        ("The ship sank 30 miles off Lampedusa.", None),
        # (review) off a peak, a rise off a coast: a change
        ("The water level dropped 3 metres off its peak.", "down"),
        ("Sea levels rose 20 centimetres off the coast of Florida.", "up"),
        ("The snow line has climbed 300 metres north in a decade.", "up"),
        # (re-read) a level's fall off a coast: under a kilometre
        ("Sea levels fell 20 cm off the coast.", "down"),
    ],
)
def test_a_length_to_a_place_is_where_not_a_fall(text: str, change: str | None) -> None:
    """(hunt) "sank about 40 miles south of Perla" read the 40 as a fall by 40: a length
    followed by a direction or "off", "away", is where it happened."""
    (c,) = claims_of(text)
    assert c["change"] == change


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a rate's denominator is no figure of its own
        ("Tests found 12 coliform bacteria per 100 millilitres of water.", ["12 coliform"]),
        ("Fuel costs 2 euros per 1 litre at the pump.", ["2 euros"]),
        ("The limit is 10 micrograms per 1 cubic metre of air.", ["10 micrograms"]),
        ("Prices rose 5 per cent in May.", ["5 per cent"]),
        # a road's junction is a name's number
        ("The crash happened near junction 14 of the M9.", []),
        ("The two junctions 14 miles apart were shut.", ["two junctions", "14 miles"]),
    ],
)
def test_denominators_and_junctions_are_no_figures(text: str, expected: list[str]) -> None:
    """An outside hunt's "per 100 millilitres" was corroborated between a legal limit and
    a reading, and "junction 14" between two articles, as figures."""
    assert [c["text"] for c in claims_of(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two dredgers worked through the night. The ship's crew of 25 was unharmed.",
         [("Two dredgers", "dredger"), ("25", None)]),
        ("Officials counted 20 homes. A force of 300 arrived.",
         [("20 homes", "home"), ("300", None)]),
        # (review) a group of those counted before is theirs
        ("Israel freed 90 prisoners. A second group of 110 will be freed later.",
         [("90 prisoners", "prisoner"), ("110", "prisoner")]),
        # (reviews) a body of people is its own count: after victims whose verb is
        # read or not, after things, after the same people too (a bare figure)
        ("Police arrested 12 men. A force of 300 guarded the area.",
         [("12 men", "man"), ("300", None)]),
        ("Fifteen people died in the storm. A team of 40 was sent to search the rubble.",
         [("Fifteen people", "people"), ("40", None)]),
        ("At least 30 people were injured. A crowd of 500 gathered at the scene.",
         [("At least 30 people", "people"), ("500", None)]),
        ("About 200 firefighters battled the blaze. A team of 40 was flown in.",
         [("About 200 firefighters", "firefighter"), ("40", None)]),
        ("The storm killed 15 people. A team of 40 was sent to search the rubble.",
         [("15 people", "people"), ("40", None)]),
        ("Two dredgers worked through the night. Its crew of 25 was unharmed.",
         [("Two dredgers", "dredger"), ("25", None)]),
        ("Police arrested 12 protesters. A crowd of 2,000 gathered.",
         [("12 protesters", "protester"), ("2,000", None)]),
        # a total of what was said before still counts it
        ("Police arrested 12 men. A total of 20 were charged.",
         [("12 men", "man"), ("20", "man")]),
    ],
)  # fmt: skip
def test_the_size_of_a_group_counts_no_noun_said_before(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    """ "The ship's crew of 25" after "Two dredgers ..." counted 25 dredgers (a hunt)."""
    assert [(c["text"], c["unit"]) for c in claims_of(text)] == expected


@pytest.mark.parametrize(
    ("text", "figure", "unit"),
    [
        ("None of the 25 crew members were injured.", "25 crew members", "crew member"),
        ("None of its 300 passengers was hurt, the airline said.", "300 passengers",
         "passenger"),
        ("Neither of the two pilots was hurt.", "two pilots", "pilot"),
        ("Not one of the 40 samples tested positive.", "40 samples", "sample"),
    ],
)  # fmt: skip
def test_the_whole_of_none_is_stated_not_denied(text: str, figure: str, unit: str) -> None:
    """ "None of the 25 crew members were injured" states 25 crew members (it was read as
    a denied figure and dropped), and none of them is hurt: the figure has no verb."""
    c = one(text)
    assert (c["text"], c["unit"], c["predicate"], c["negated"]) == (figure, unit, None, False)


def test_a_denied_figure_stays_denied() -> None:
    c = one("Police did not arrest 12 men.")
    assert (c["predicate"], c["negated"]) == ("arrest", True)


@pytest.mark.parametrize(
    ("text", "lower"),
    [
        ("The bill could exceed 300 million dollars, insurers said.", 300e6),
        ("Deaths exceeded 300 on Monday.", 300.0),
        ("The toll has exceeded 1,000, officials said.", 1000.0),
        # (a review of the sixty-third round) "surpassed" and "topped" say the same
        ("The death toll surpassed 1,000 on Monday, officials said.", 1000.0),
        ("The index topped 5,000 for the first time on Friday.", 5000.0),
    ],
)
def test_a_figure_exceeded_is_a_lower_bound(text: str, lower: float) -> None:
    """ "could exceed 300 million" was read as exactly 300 million and made a false error
    against another outlet's 320 million (an outside hunt)."""
    c = one(text)
    assert (c["qualifier"], c["lower"], c["upper"]) == ("more_than", lower, None)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("The top 10 teams qualified for the final.", "10 teams"),  # an adjective
        ("The quarterback passed 40 yards to Wayne.", "40 yards"),  # no bound
        ("The toll did not surpass 1,000, officials said.", "1,000"),  # denied
    ],
)
def test_top_and_passed_and_a_denied_surpass_are_no_bound(text: str, figure: str) -> None:
    (c,) = [c for c in claims_of(text) if c["text"] == figure]
    assert c["qualifier"] == "exact"


def test_a_number_that_exceeded_a_figure_still_counts_its_noun() -> None:
    """(review) "exceeded" stays the verb a number's level is read after."""
    c = one("The number of people arrested had exceeded 40 by Monday.")
    assert (c["text"], c["unit"], c["qualifier"]) == ("40", "people", "more_than")


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("The refinery processes around 220,000 barrels of oil a day.", "barrel per day"),
        ("The plant makes 300 tonnes of crude steel per day.", "tonne per day"),
        ("Insurers put the value of trade delayed at $9.6bn daily.", "dollar per day"),
        ("The mine produces 15,000 tonnes annually.", "tonne per year"),
        # a time after what the unit is of is no rate
        ("The firm spent $5 million of its budget a year ago.", "dollar"),
        ("It shipped 40 tonnes of aid a week later.", "tonne"),
        ("The mill produced 300 tonnes of flour, a day after the fire.", "tonne"),
    ],
)
def test_a_rate_after_what_a_unit_is_of_or_an_adverb(text: str, unit: str) -> None:
    """ "220,000 barrels of oil a day" was 220,000 barrels and "$9.6bn daily" $9.6bn, so
    another outlet's "260,000 barrel-per-day" or "$9.6 billion a day" never met them (an
    outside hunt's misses)."""
    assert one(text)["unit"] == unit


@pytest.mark.parametrize(
    ("text", "unit", "qualifier"),
    [
        # (review) in the passive, before "times" or a duration, after a negation: no bound
        ("The legal limit was exceeded 35 times last year.", "time", "exact"),
        ("Safe levels were exceeded 12 days in a row.", "day", "exact"),
        ("Nitrogen dioxide levels exceeded 35 times last year.", "time", "exact"),
        # (reviews) a ceiling or a doubt keeps the figure as written, a duration gone
        # past is more than it
        ("Borrowing cannot exceed 4.5 times income.", "time", "exact"),
        ("Losses are unlikely to exceed $1bn.", "dollar", "exact"),
        ("The deficit is not expected to exceed 3% of GDP this year.", "percent", "exact"),
        ("Growth failed to exceed 1% in the quarter.", "percent", "exact"),
        ("Nobody expects turnout to exceed 60%.", "percent", "exact"),
        ("Turnout is no longer expected to exceed 50%.", "percent", "exact"),
        # (fourth review) words of doubt only in the verb's chain: "longer", "failed"
        # elsewhere are none
        ("Patients waiting longer than a year exceeded 300,000.", None, "more_than"),
        (
            "The number of failed asylum claims exceeded 10,000 last year.",
            "asylum claim",
            "more_than",
        ),
        # (fifth review) "failures" is no "failed to"; "rarely" doubts as "unlikely" does
        ("Bank failures exceeded 140 last year.", None, "more_than"),
        ("Cases in the region rarely exceed 10 a week.", None, "exact"),
        # (fourth review) a headline's capitalised function word ends what a unit is of
        ("Firm Loses $5bn Of Value In A Week", "dollar", "exact"),
        ("Sales not only exceeded $2bn but doubled.", "dollar", "more_than"),
        ("Waiting times exceeded 18 weeks, the report said.", "week", "more_than"),
        ("The strike has now exceeded 100 days.", "day", "more_than"),
        # (second review) a level takes no rate; a name may stand in what a unit is of
        ("Winds reached 100 knots daily.", "knot", "exact"),
        ("Noise hit 90 decibels daily.", "decibel", "exact"),
        ("The station generates 1,000 megawatts of electricity a day.", "megawatt", "exact"),
        ("The Fed bought $5bn of US Treasuries a week.", "dollar per week", "exact"),
        ("India bought 1.5 million barrels of Russian oil a day.", "barrel per day", "exact"),
        # (review) a temperature takes no rate, nor a newspaper's name ("topped" bounds
        # it since the sixty-third round, as "exceeded" does)
        ("Temperatures topped 45C daily in July.", "degree Celsius", "more_than"),
        ("The £2m Daily Mail investigation found nothing.", "pound sterling", "exact"),
    ],
)
def test_readings_of_exceeding_and_rates_stay_where_they_hold(
    text: str, unit: str, qualifier: str
) -> None:
    c = one(text)
    assert (c["unit"], c["qualifier"]) == (unit, qualifier)


@pytest.mark.parametrize(
    "text", ["None of the 25 were hurt.", "Police said none of the 12 were charged."]
)
def test_a_bare_whole_of_none_stays_denied(text: str) -> None:
    """(review) a bare figure after "none of the" has no noun to be stated with."""
    assert one(text)["negated"] is True


@pytest.mark.parametrize(
    ("text", "figure", "unit"),
    [
        ("Of the people who have fallen ill, four needed hospital treatment.", "four",
         "people"),
        # (fifth review) a place, a year or a noun after the second number is no ratio
        ("Of the recruits, 300 in 2023 were women.", "300", "recruit"),
        ("Of the dead, 30 in one village were children.", "30", "dead"),
        ("Of the patients, 40 and two doctors were evacuated.", "40", "patient"),
        ("Of the passengers, 12 were hurt.", "12", "passenger"),
        ("Of the injured, three remain in intensive care.", "three", "injured"),
    ],
)  # fmt: skip
def test_a_figure_after_an_opening_of_the_plural_counts_some_of_them(
    text: str, figure: str, unit: str
) -> None:
    """ "Of the people who have fallen ill, four needed hospital treatment" gave no claim
    (an outside hunt's agreement lost): the figure counts some of those people."""
    (c,) = [c for c in claims_of(text) if c["text"] == figure]
    assert (c["unit"], c["partitive"]) == (unit, True)


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("Of course, 12 died.", ["12"]),
        ("Of the total, 12 were children.", ["12"]),
        # (fourth review) a ratio, a rate or a list goes on from the figure
        ("Of the new jobs, 3 in 10 are part-time.", ["3", "10"]),
        ("Of the flights, 10 a day were cancelled.", ["10"]),
        ("Of the questions, 7 and 9 were the hardest.", ["7", "9"]),
    ],
)
def test_an_opening_of_with_no_plural_gives_no_noun(text: str, figures: list[str]) -> None:
    """(re-read) the figures stay, with no noun: an empty list passed before."""
    assert [(c["text"], c["unit"]) for c in claims_of(text)] == [(f, None) for f in figures]


def test_a_figure_after_of_whom_counts_a_part_whatever_verb_follows() -> None:
    """ "fell ill, of whom three remain in intensive care" gave no "three" (a verb in its
    base form after it, which no form tells): a part of the guests (an outside hunt)."""
    got = claims_of("Twelve guests fell ill, of whom three remain in intensive care.")
    assert [(c["text"], c["unit"], c["part"]) for c in got] == [
        ("Twelve guests", "guest", False),
        ("three", "guest", True),
    ]


@pytest.mark.parametrize(
    ("text", "lower"),
    [
        ("The toll climbed past 100 on Monday.", 100.0),
        ("Shares rose past $50 for the first time.", 50.0),
    ],
)
def test_a_level_risen_past_is_a_lower_bound_and_no_change(text: str, lower: float) -> None:
    """ "claims soar past 21,000" was exactly 21,000 (an outside hunt): more than it, the
    level passed, not a rise by it."""
    c = one(text)
    assert (c["qualifier"], c["lower"], c["change"]) == ("more_than", lower, None)


def test_the_past_hours_are_no_bound() -> None:
    assert one("In the past 24 hours, the river rose.")["qualifier"] == "exact"


@pytest.mark.parametrize(
    ("text", "figure", "qualifier", "change"),
    [
        # (eighteenth hunt) a negation right before the verb or copula denies the
        # comparison: the figure is the other bound, and nothing fell or rose
        ("Night temperatures did not fall below 31C in the city.", "below 31C", "at_least",
         None),
        ("Temperatures didn't drop below 31 degrees Celsius.", "below 31 degrees Celsius",
         "at_least", None),
        ("The river has never risen above 4 metres.", "above 4 metres", "at_most", None),
        ("Turnout was not above 40 percent.", "above 40 percent", "at_most", None),
        ("Turnout wasn't below 12 percent.", "below 12 percent", "at_least", None),
        # a comparison no negated verb opens stays as it was (and the claim denied)
        ("The area has not been hit by a quake in more than 25 years.", "more than 25 years",
         "more_than", None),
        ("Temperatures fell below 31C overnight.", "below 31C", "less_than", "down"),
        # (review) a copula's other forms; a denial of time ("until"); a move's size
        ("The river has not been above 4 metres.", "above 4 metres", "at_most", None),
        ("The deficit will not be more than 3% of GDP.", "more than 3%", "at_most", None),
        ("The river level did not rise above 40 on Monday but reached 52.", "above 40",
         "at_most", None),
        ("Temperatures in Seville did not fall below 31C until Tuesday.", "below 31C",
         "less_than", "down"),
        ("Shares did not fall more than 5% on Monday.", "more than 5%", "more_than", "down"),
        # (re-read) "over" after a verb of moving is a move's size too
        ("Shares did not fall over 5% on Monday.", "over 5%", "more_than", "down"),
    ],
)  # fmt: skip
def test_a_denied_comparison_is_the_other_bound(
    text: str, figure: str, qualifier: str, change: str | None
) -> None:
    """ "did not fall below 31C" was a denied "less than 31C" (so never compared with
    "around 31 degrees"): it says at least 31C."""
    (c,) = [c for c in claims_of(text) if c["text"] == figure]
    assert (c["qualifier"], c["change"]) == (qualifier, change)
    assert c["negated"] is (qualifier in ("less_than", "more_than") and "not" in text)


@pytest.mark.parametrize(
    ("text", "figure", "unit"),
    [
        # (eighteenth hunt) "as" opens a clause or a role, never a counted noun
        pytest.param("Heatwave death toll rises to 41 as hospitals struggle", "41", "dead",
                     marks=HELD_AS),
        pytest.param("The toll rose to 41 as rescuers searched the rubble.", "41", None,
                     marks=HELD_AS),
        pytest.param("Police arrested 40 as protests spread to the suburbs.", "40", None,
                     marks=HELD_AS),
        pytest.param("He spent one season as coach of the Eagles.", "one season", "season",
                     marks=HELD_AS),
        ("Two men dressed as women robbed the bank on Monday.", "Two men", "man"),
    ],
)  # fmt: skip
def test_as_is_no_counted_noun(text: str, figure: str, unit: str | None) -> None:
    """ "rises to 41 as hospitals struggle" counts "as hospital", and "arrested 40 as
    protests spread" "as protest": a count no other article's ever meets (held: its refit
    moves the development figures)."""
    found = [c for c in claims_of(text) if c["text"] == figure]
    assert len(found) == 1, claims_of(text)
    assert found[0]["unit"] == unit


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        pytest.param("Pirates attacked the tanker about 150 nautical miles off the coast.",
                     "about 150 nautical miles", marks=HELD_NAUTICAL),
        pytest.param("The tanker ran aground some 2 nautical miles off the coast.",
                     "some 2 nautical miles", marks=HELD_NAUTICAL),
        pytest.param("Fishing is banned within a 20-nautical-mile zone.", "20-nautical-mile",
                     marks=HELD_NAUTICAL),
    ],
)  # fmt: skip
def test_nautical_miles_are_a_length(text: str, figure: str) -> None:
    """(eighteenth hunt) "some 2 nautical miles" is a count of miles and "20-nautical-mile"
    one of "nautical": never compared with "8 km" nor with each other (held: its refit
    moves the development figures)."""
    found = [c for c in claims_of(text) if c["text"] == figure]
    assert len(found) == 1, claims_of(text)
    assert (found[0]["kind"], found[0]["unit"]) == ("measure", "nautical mile")


@pytest.mark.parametrize(
    ("text", "figure", "unit"),
    [
        # (nineteenth hunt) others, and nouns with a count of their own, are not what the
        # figure counts; held, see HELD_OTHERS
        pytest.param("The avalanche struck on Tuesday, killing four skiers and burying "
                     "several others.", "four skiers", "skier", marks=HELD_OTHERS),
        pytest.param("The quake killed four people and injured several others.",
                     "four people", "people", marks=HELD_OTHERS),
        pytest.param("The attack killed four soldiers and several others.", "four soldiers",
                     "soldier", marks=HELD_OTHERS),
        pytest.param("It killed four soldiers and wounded many civilians.", "four soldiers",
                     "soldier", marks=HELD_OTHERS),
        # one figure of two nouns, as before
        ("Rebels captured 220 howitzers and rocket launchers.",
         "220 howitzers and rocket launchers", "howitzer and rocket launcher"),
    ],
)  # fmt: skip
def test_a_noun_phrase_with_a_count_of_its_own_is_not_coordinated(
    text: str, figure: str, unit: str
) -> None:
    c = one(text)
    assert (c["text"], c["unit"]) == (figure, unit)


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        # (outside hunt) a participle after "and" that goes with one before the figure is
        # a second verb, not a second noun of the count ("412 people and flattening
        # villages" counted "people and flattening village")
        pytest.param("The quake struck at dawn, killing 412 people and flattening villages.",
                     "people", marks=HELD_PARTICIPLE),
        pytest.param("The storm hit, killing at least 10 people and injuring many others.",
                     "people", marks=HELD_PARTICIPLE),
        # a noun in -ing after "and" with no participle before the figure is the count's
        ("The firm has 40 training centres and housing units.",
         "training centre and housing unit"),
        ("The army deployed 220 howitzers and rocket launchers.", "howitzer and rocket launcher"),
    ],
)  # fmt: skip
def test_a_participle_after_and_is_a_second_verb(text: str, unit: str) -> None:
    assert sentence_claims(text)[0].unit == unit
