"""Who said it, and which entity is which: seeds, quotations, carry-over, aliases, and
fixtures from other domains written for these tests."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from crosscheck.config import Settings
from crosscheck.errors import ConfigError
from crosscheck.extract.document import extract_document
from crosscheck.extract.entities import AliasTable, Resolver, initials, load_alias_file
from crosscheck.ingest import read_inputs
from crosscheck.model import Claim, Document, plain_slug
from crosscheck.pipeline import alias_table
from crosscheck.segment import segment
from tests.conftest import HELD_ADDED, SEEDS, write_story

ALIASES = alias_table(Settings())
NO_ALIASES = AliasTable()


def doc_claims(
    text: str, aliases: AliasTable = ALIASES, published: date | None = None
) -> list[Claim]:
    from crosscheck.ingest.textbuild import split_paragraphs

    doc = Document("t.txt", "t.txt", "text", text, split_paragraphs(text), published=published)
    return extract_document(doc, segment(doc), aliases)


def source_of(claims: list[Claim], text: str) -> str | None:
    hits = [c for c in claims if c.text == text]
    assert len(hits) == 1, [c.text for c in claims]
    return hits[0].attribution.entity if hits[0].attribution else None


@pytest.fixture(scope="module")
def seeds() -> dict[str, list[Claim]]:
    docs = read_inputs([SEEDS], Settings()).documents
    return {d.id[:3]: extract_document(d, segment(d), ALIASES) for d in docs}


# --- seeds ----------------------------------------------------------------------------------


def test_seed_000_attributions(seeds: dict[str, list[Claim]]) -> None:
    claims = seeds["000"]
    assert source_of(claims, "at least 3,000 additional troops") == "JCS"
    assert source_of(claims, "about 11,000 soldiers") == "NIS"
    for quoted in ("around 11,000 North Korean soldiers", "4,000 casualties", "some 3,000 or more"):
        c = next(c for c in claims if c.text == quoted)
        assert c.attribution is not None
        assert (c.attribution.entity, c.attribution.direct) == ("JCS", True), quoted
    # the statement's time goes to the attribution, the event's to the claim
    c = next(c for c in claims if c.text == "about 11,000 soldiers")
    assert c.attribution is not None and c.attribution.when == "earlier this year"
    assert c.time is not None and c.time.surface == "around October last year"
    c = next(c for c in claims if c.text == "at least 3,000 additional troops")
    assert c.attribution is not None and c.attribution.when == "Early Thursday"
    assert c.attribution.surface == "South Korea’s military" and c.attribution.verb == "say"
    assert c.time is not None and c.time.surface == "the first two months of this year"


def test_seed_000_narration_has_no_source(seeds: dict[str, list[Claim]]) -> None:
    claims = seeds["000"]
    for text in ("11 transmission towers", "around 20 such mine explosions"):
        assert source_of(claims, text) is None


def test_seed_003_attributions(seeds: dict[str, list[Claim]]) -> None:
    claims = seeds["003"]
    assert source_of(claims, "around 3,500 additional North Korean soldiers") == "NIS"
    assert source_of(claims, "11,000 North Koreans") == "NIS"
    assert source_of(claims, "over 1.5 billion euros") is None  # the Bybit sum: narration
    for text in ("two South Korean fighter jets", "four bombs", "two North Korean delegations"):
        assert source_of(claims, text) is None
    c = next(c for c in claims if c.text == "11,000 North Koreans")
    assert c.time is not None and c.time.surface == "in October"
    assert c.attribution is not None and c.attribution.when == "late February"


# --- entities and aliases -------------------------------------------------------------------


def test_acronym_learned_from_text_without_alias_files() -> None:
    text = (
        "The Federal Aviation Administration (FAA) said 40 flights were grounded. "
        "The FAA added that 12 more would be inspected."
    )
    claims = doc_claims(text, NO_ALIASES)
    assert {c.attribution.entity for c in claims if c.attribution} == {"FAA"}


def test_initials_match_expansion() -> None:
    assert initials("Joint Chiefs of Staff") == "JCS"
    assert initials("National Intelligence Service") == "NIS"
    text = (
        "The Joint Chiefs of Staff said 300 shells were fired. "
        "Separately, the JCS said 20 drones were spotted."
    )
    claims = doc_claims(text, NO_ALIASES)
    assert [c.attribution.entity for c in claims if c.attribution] == ["JCS", "JCS"]


def test_appositive_makes_an_alias() -> None:
    text = (
        "Seoul's spy agency, the National Intelligence Service, said 11,000 soldiers left. "
        "Seoul's spy agency said 3,000 more followed."
    )
    claims = doc_claims(text)
    assert [c.attribution.entity for c in claims if c.attribution] == ["NIS", "NIS"]
    # and without alias files the appositive still ties both names to one entity
    claims = doc_claims(text, NO_ALIASES)
    ents = {c.attribution.entity for c in claims if c.attribution}
    assert len(ents) == 1


def test_alias_file_descriptions() -> None:
    r = Resolver(ALIASES)
    assert r.resolve("South Korea's military") == "JCS"
    assert r.resolve("the South’s Joint Chiefs of Staff") == "JCS"
    assert r.resolve("South Korean intelligence services") == "NIS"
    assert r.resolve("Seoul’s spy agency") == "NIS"


def test_fuzzy_spelling_variants() -> None:
    table = AliasTable()
    from crosscheck.extract.entities import EntityDef

    table.add(EntityDef("RC", "Red Crescent Society", "org", ("Iranian Red Crescent Society",)))
    r = Resolver(table)
    assert r.resolve("Iranian Red Cresent Society") == "RC"  # misspelt


def test_alias_file_errors_name_the_file(tmp_path: Path) -> None:
    bad = tmp_path / "a.yml"
    bad.write_text("entities:\n  - id: X\n    alias: [y]\n")
    with pytest.raises(ConfigError, match=r"a\.yml.*unknown key"):
        load_alias_file(bad)
    bad.write_text("entities: [\n")
    with pytest.raises(ConfigError, match=r"a\.yml:\d+: alias file is not valid YAML"):
        load_alias_file(bad)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            "entities:\n  - id: X\n    name: Ex\n    alias: [y]\n",
            "a.yml:4: entity 'X': unknown key",
        ),
        # wrong types were read as str() of themselves: "None", "['b']"
        ("entities:\n  - id: X\n    aliases: [a, null, [b]]\n", "a.yml:3: entity 'X': 'aliases'"),
        ("entities:\n  - id: X\n    aliases: ['']\n", "a.yml:3: entity 'X': 'aliases'"),
        ("entities:\n  - id: X\n    patterns: ['']\n", "a.yml:3: entity 'X': 'patterns'"),
        ("entities:\n  - id: ''\n", "a.yml:2: entity 1: 'id' is empty"),
        ("entities:\n  - id: X\n  - 7\n", "a.yml:3: entity 2: each entity needs"),
        ("entities:\n  - id: X\n    patterns: ['(?<=a+)b']\n", "a.yml:3: entity 'X': bad pattern"),
        # an entity's id written twice: the last won without a word
        (
            "entities:\n  - id: X\n    id: Y\n",
            "a.yml:3: alias file is not valid YAML (found the key 'id' twice (first at line 2))",
        ),
        # a repeat count past what re takes: an OverflowError ended the run (exit 4)
        (
            "entities:\n  - id: X\n    patterns: ['a{99999999999}']\n",
            "a.yml:3: entity 'X': pattern 'a{99999999999}': not a regular expression (the "
            "repetition number is too large)",
        ),
        # a POSIX class, which Python reads as a set of its letters: a FutureWarning
        # printed raw, pointing at crosscheck's code, and the pattern read otherwise
        (
            "entities:\n  - id: X\n    patterns: ['[[:alpha:]]+ agency']\n",
            "a.yml:3: entity 'X': pattern '[[:alpha:]]+ agency': read otherwise than it looks "
            "(Possible nested set at position 1; POSIX classes",
        ),
        (
            "entities:\n  - id: X\n    patterns: ['[a-z&&b] agency']\n",
            "pattern '[a-z&&b] agency': read otherwise than it looks (Possible set "
            "intersection at position 4)",
        ),
        # one alias for two entities: the first won without a word
        (
            "entities:\n  - id: X\n    aliases: [the agency]\n  - id: Y\n    aliases: [Agency]\n",
            "a.yml:5: entity 'Y': 'Agency' already names entity 'X' (",
        ),
        ("entities: [\n", "a.yml:2: alias file is not valid YAML (did not find expected node"),
    ],
)
def test_a_bad_alias_file_names_its_line(tmp_path: Path, text: str, message: str) -> None:
    bad = tmp_path / "a.yml"
    bad.write_text(text)
    with pytest.raises(ConfigError) as caught:
        load_alias_file(bad)
    assert message in str(caught.value)


def test_a_user_alias_a_shipped_file_has_is_a_warning_and_the_user_wins(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    # {id: PENTAGON, aliases: [Pentagon, DoD]} worked until the shipped table named the
    # Pentagon: one shipped name must not break a user's alias file
    from crosscheck.config import Settings
    from crosscheck.pipeline import alias_table

    mine = tmp_path / "mine.yml"
    mine.write_text("entities:\n  - id: PENTAGON\n    aliases:\n      - DoD\n      - Pentagon\n")
    with caplog.at_level("WARNING", logger="crosscheck"):
        table = alias_table(Settings(alias_paths=(mine,)))
    assert table.lookup("the Pentagon") == table.lookup("DoD") == "PENTAGON"
    warned = [r.getMessage() for r in caplog.records if r.levelname == "WARNING"]
    assert (
        len(warned) == 1 and f"{mine}:2: entity 'PENTAGON': 'PENTAGON' already names" in (warned[0])
    ), warned
    assert "korean-peninsula.yml:" in warned[0] and "reuse id DOD-US to extend it" in warned[0]
    # within the user's own files it stays an error, naming the other file and line
    other = tmp_path / "other.yml"
    other.write_text("entities:\n  - id: DEFENSE\n    aliases: [dod]\n")
    with pytest.raises(ConfigError) as caught:
        alias_table(Settings(alias_paths=(mine, other)))
    assert f"{other}:3: entity 'DEFENSE': 'dod' already names entity 'PENTAGON' ({mine}:4)" in (
        str(caught.value)
    )


def test_the_table_itself_refuses_a_name_of_another_entity_and_adds_nothing() -> None:
    # the decision is AliasTable.add's, whoever adds: not only the file loader's
    from crosscheck.extract.entities import EntityDef

    table = AliasTable()
    table.add(EntityDef("X", "the agency", None, ()), "a.yml", {"the agency": 3}, shipped=False)
    with pytest.raises(ConfigError) as caught:
        table.add(EntityDef("Y", "Agency", None, ("Why",)), "b.yml", {"Agency": 7}, False)
    assert "b.yml:7: entity 'Y': 'Agency' already names entity 'X' (a.yml:3)" in str(caught.value)
    assert table.lookup("agency") == "X" and table.lookup("why") is None
    assert "Y" not in table.entities


def test_an_entity_given_again_gains_names_and_loses_none(tmp_path: Path) -> None:
    # the second entry of an id replaced the first's patterns, and its aliases were kept
    # only where no other entity had them: one entity, read two ways
    path = tmp_path / "a.yml"
    path.write_text(
        "entities:\n  - id: X\n    name: Ex Agency\n    patterns: ['ex (office|bureau)']\n"
        "  - id: X\n    aliases: [the ex service]\n"
    )
    table = load_alias_file(path)
    assert table.lookup("Ex office") == table.lookup("ex service") == "X"
    assert table.lookup("Ex Agency") == "X" and table.name_of("X") == "Ex Agency"


def _code_strings_and_names(path: Path) -> str:
    """String literals and identifiers of a module, without docstrings and comments."""
    import ast

    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                docstrings.add(id(body[0].value))
    parts = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            if id(node) not in docstrings:
                parts.append(node.value)
        elif isinstance(node, ast.Name):
            parts.append(node.id)
    return "\n".join(parts)


def test_generic_code_knows_no_domain_words() -> None:
    root = Path(__file__).resolve().parents[1] / "src" / "crosscheck"
    code = "\n".join(_code_strings_and_names(p) for p in root.rglob("*.py"))
    for word in ("Korea", "Seoul", "Pyongyang", "JCS", "NIS", "Kim Jong", "Russia", "Moscow"):
        assert word not in code, word


# --- patterns from other domains ---------------------------------------------------------


def test_earthquake_toll_two_sources() -> None:
    text = (
        "A strong earthquake struck the coastal province on Sunday. "
        "At least 31 people were killed, according to the health ministry. "
        "Police said 45 people had died and 120 were injured."
    )
    claims = doc_claims(text)
    assert source_of(claims, "At least 31 people") == "health-ministry"
    assert source_of(claims, "45 people") == "police"
    assert source_of(claims, "120") == "police"


def test_un_spokesman_quoted_then_continued() -> None:
    text = (
        "“We count 2,300 families without shelter,” said Maria Lopes, a UN spokeswoman. "
        "“Another 400 tents arrived today.”\n\n"
        "The camp holds 9,000 people."
    )
    claims = doc_claims(text)
    c = next(c for c in claims if c.value == 2300)
    assert c.attribution is not None and c.attribution.entity == "maria-lopes"
    assert c.attribution.direct
    c = next(c for c in claims if c.value == 400)
    assert c.attribution is not None and c.attribution.entity == "maria-lopes"
    assert source_of(claims, "9,000 people") is None  # a new paragraph of narration


def test_carry_over_only_for_continuations() -> None:
    text = (
        "The Coast Guard said 14 sailors were rescued. It added that 3 were still missing. "
        "The storm damaged 40 boats."
    )
    claims = doc_claims(text, NO_ALIASES)
    assert source_of(claims, "14 sailors") == "coast-guard"
    assert source_of(claims, "3") == "coast-guard"  # "It added that": a continuation
    assert source_of(claims, "40 boats") is None  # narration: never guessed


def test_carry_over_stops_at_a_new_speaker() -> None:
    text = (
        "The ministry said 200 homes were destroyed. Rescuers said 50 people were trapped. "
        "He added that 7 had been freed."
    )
    claims = doc_claims(text, NO_ALIASES)
    assert source_of(claims, "200 homes") == "ministry"
    assert source_of(claims, "50 people") == "rescuers"
    assert source_of(claims, "7") == "rescuers"


def test_told_reporters_and_trailing_said() -> None:
    text = "The mayor told reporters on Friday that 600 people had been evacuated."
    c = doc_claims(text, NO_ALIASES)[0]
    assert c.attribution is not None and c.attribution.verb == "tell"
    assert c.attribution.when == "on Friday" or c.attribution.when == "Friday"
    text = "Ten people died in the blast, police said on Tuesday."
    c = doc_claims(text, NO_ALIASES)[0]
    assert c.attribution is not None and c.attribution.entity == "police"


def test_pronoun_without_speaker_is_not_guessed() -> None:
    claims = doc_claims("He said 30 trucks had crossed the border.", NO_ALIASES)
    assert claims[0].attribution is None


def test_it_in_a_relative_clause_before_said_is_no_earlier_speaker() -> None:
    """ "The tunnel was roughly 300 feet long, engineers who inspected it said" gave the
    300 feet to the prison service of the sentence before (an outside hunt): the "it" is
    the relative clause's object, and engineers no source list names speak; a named
    speaker before the clause keeps the figure ("the union that called it claimed")."""
    claims = doc_claims(
        "Nine officers were guarding the wing, the prison service told a committee. The "
        "tunnel the men used was roughly 300 feet long, engineers who inspected it said."
    )
    assert source_of(claims, "Nine officers") == "prison-service"
    assert source_of(claims, "roughly 300 feet") is None
    claims = doc_claims(
        "The strike cost 40 million euros, the union that called it claimed on Monday."
    )
    assert source_of(claims, "40 million euros") == "union"
    # (review) an "it" that speaks after a clause with no object of its own
    claims = doc_claims(
        "Acme Corp reported results on Monday. In the months that followed it said 40 "
        "stores closed."
    )
    assert source_of(claims, "40 stores") == "acme-corp"


def test_an_alias_file_reads_yaml_as_every_other_yaml_file(tmp_path: Path) -> None:
    # the line-keeping loader was built on PyYAML's pure-Python SafeLoader, not on
    # safeyaml's (libyaml, no-such-date kept as text): `id: 2025-13-45` ended the run
    import yaml

    from crosscheck import safeyaml

    assert issubclass(safeyaml.LineLoader, safeyaml.SafeLoader)
    if hasattr(yaml, "CSafeLoader"):  # libyaml's C loader, as every other YAML file
        assert yaml.CSafeLoader in safeyaml.LineLoader.__mro__
    path = tmp_path / "a.yml"
    path.write_text("entities:\n  - id: 2025-13-45\n    aliases: [the odd agency]\n")
    assert load_alias_file(path).lookup("odd agency") == "2025-13-45"


SES = """entities:
  - id: SES
    name: State Emergency Service
    type: org
    aliases: [State Emergency Service, emergency services]
"""


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        # a lower-case name after a comma or opening the sentence, read whole (it was read
        # by its last word, 'service', which no alias names)
        ("About 2,000 people were evacuated on Monday, the state emergency service said.",
         "About 2,000 people", "SES"),
        ("About 2,000 people were evacuated on Monday, emergency services said.",
         "About 2,000 people", "SES"),
        ("On Monday, the state emergency service said 2,000 people were evacuated.",
         "2,000 people", "SES"),
        # one who speaks for the possessive's owner, or its office
        ("The state emergency service's spokesperson said 2,600 people were evacuated.",
         "2,600 people", "SES"),
        ("According to the State Emergency Service's Riverton office, 2,140 people left.",
         "2,140 people", "SES"),
        # unknown names read whole too, and a name keeps its own words
        ("Three people died, fire chiefs said.", "Three people", "fire-chiefs"),
        ("3 people were hurt, public defender Peter Lynch said.", "3 people", "peter-lynch"),
        # an owner's possessive before the words is read with them (the source was
        # "center" on the 74 ECB+ folders)
        ("Three people died, Tehran's seismologic center said.", "Three people",
         "tehran-seismologic-center"),
        ("Three people died, Iran's Seismological Center said.", "Three people",
         "iran-seismological-center"),
        # an owner only by name: no pronoun's or adverb's contraction, no "the country's"
        ("Three people died, here's what police said.", "Three people", "police"),
        ("Three people died, That's what police said.", "Three people", "police"),
        # no comma before the words: the source noun alone, as before
        ("Three people died in the flood police said.", "Three people", "police"),
        ("Three people died in the flood's wake police said.", "Three people", "police"),
        # a quantifier, a number or a sentence adverb is no part of the name
        ("Forty people died, meanwhile police said.", "Forty people", "police"),
        ("Forty people died, however officials said.", "Forty people", "officials"),
        ("Forty people died, two witnesses said.", "Forty people", "witnesses"),
        ("Forty people died, one police officer said.", "Forty people", "police-officer"),
        ("Forty people died, some residents said.", "Forty people", "residents"),
        # the owner speaks through a lower-case role, not through a named body of it
        ("Russia's Foreign Ministry spokeswoman said 40 people died.", "40 people",
         "russia-foreign-ministry-spokeswoman"),
    ],
)  # fmt: skip
def test_a_lower_case_source_is_read_whole_and_its_spokesperson_speaks_for_it(
    tmp_path: Path, text: str, figure: str, source: str
) -> None:
    path = tmp_path / "ses.yml"
    path.write_text(SES)
    aliases = alias_table(Settings(alias_paths=(path,)))
    assert source_of(doc_claims(text, aliases), figure) == source


# --- the one spoken to is no source (sentences of ECB+ articles) -------------------------


def test_the_one_told_is_not_the_source() -> None:
    # "told Orozco": Orozco is the one spoken to; the speaker is before her aside, and the
    # three weeks of the aside are narration, not what she said
    text = (
        "Chela Ortiz, who married the deputy three weeks before he was murdered, told "
        'Orozco in a firm voice, "I want you to know you did not break our family," as '
        "her family began to cry."
    )
    assert source_of(doc_claims(text, NO_ALIASES), "three weeks") is None
    text = (
        "Several residential units in the villages Kavouhi and Zinabieh in the Dargehan "
        "area were damaged and two villagers slightly injured, the governor of Qeshm, "
        "Mehdi iran-Nejad, told ISNA."
    )
    assert source_of(doc_claims(text, NO_ALIASES), "two villagers") == "governor-of-qeshm"
    text = (
        "Samuel Dalembert agreed to a six year deal with the Philadelphia 76ers on "
        "Saturday, his agent Marc Cornstein, told ESPN.com."
    )
    assert source_of(doc_claims(text, NO_ALIASES), "six year") is None


def test_a_quotation_told_to_an_outlet_is_the_speakers() -> None:
    text = (
        '"This is a serious vulnerability potentially affecting millions of Windows '
        'computers," Dana Tamir, director at security company Trusteer, told the BBC.'
    )
    c = doc_claims(text, NO_ALIASES)[0]
    assert c.attribution is not None and c.attribution.entity == "dana-tamir"
    assert c.attribution.direct
    text = (
        "Malware authors have found 2 new ways in, Dave Marcus, security research and "
        "communications director at McAfee Labs, told InternetNews.com."
    )
    assert source_of(doc_claims(text, NO_ALIASES), "2 new ways") == "dave-marcus"


def test_a_report_that_ends_with_the_one_told_or_said_to() -> None:
    # the addressee after "told" or "said to" does not hide that the report ended
    text = (
        "Five adult women and possibly two children were inside the church, but escaped "
        "unharmed, Central Mat-Su Fire Department Chief James Steele told reporters."
    )
    claims = doc_claims(text, NO_ALIASES)
    assert source_of(claims, "two children") == "central-mat-su-fire-department-chief-james-steele"
    claims = doc_claims("At least 12 people died, Smith said to the BBC.", NO_ALIASES)
    assert source_of(claims, "At least 12 people") == "smith"


def test_a_speaker_before_an_aside_and_after_the_verb() -> None:
    text = (
        "Lt. Bob Rifkin of Operation Safe Streets, the department's gang unit, said Ortiz "
        "became interested in the gang problem while working as a patrol officer for 4 years."
    )
    claims = doc_claims(text, NO_ALIASES)
    assert source_of(claims, "4 years") == "lt-bob-rifkin-of-operation-safe-streets"
    # a place before its state is no speaker: he comes after "said"
    text = (
        "Firefighters were called to Wasilla Bible Church in Wasilla, Alaska, about 9:40 "
        "p.m. Friday and found flames coming out of 3 windows at the back, said James "
        "Steele, chief of the Central Mat-Su Fire Department."
    )
    assert source_of(doc_claims(text, NO_ALIASES), "3 windows") == "james-steele"


def test_the_one_written_to_is_no_source() -> None:
    text = "At least 12 people died in the fire, according to a letter to Mayor Smith."
    assert source_of(doc_claims(text, NO_ALIASES), "At least 12 people") is None
    text = "A letter to Mayor Smith said at least 12 people died in the fire."
    assert source_of(doc_claims(text, NO_ALIASES), "at least 12 people") is None


def test_an_outlet_named_with_a_demonstrative_and_an_abbreviation() -> None:
    # the outlet whole past its abbreviation's dot, without "this" and its "story"
    text = (
        "According to this L.A. Times story (which credits the team-owned flagship radio "
        "station), the Angels have made an eight-year offer to free agent first baseman "
        "Mark Teixeira."
    )
    claims = doc_claims(text, NO_ALIASES)
    assert source_of(claims, "eight-year") == "l-a-times"
    assert claims[0].attribution is not None
    assert claims[0].attribution.surface == "L.A. Times story"


def test_a_source_and_the_same_narrowed_are_one_source(tmp_path: Path) -> None:
    from crosscheck.pipeline import check

    (tmp_path / "a.txt").write_text(
        "Local officials said 12 people were hurt in the fire on Monday.\n", encoding="utf-8"
    )
    (tmp_path / "b.txt").write_text(
        "Officials said 12 people were hurt in the fire on Monday.\n", encoding="utf-8"
    )
    (tmp_path / "c.txt").write_text(
        "Fire Chief James Steele said 12 people were hurt in the fire on Monday.\n",
        encoding="utf-8",
    )
    result = check([tmp_path / "a.txt", tmp_path / "b.txt"], Settings(jobs=1))
    assert not [f for f in result.findings if f.rule == "source-disagreement"]
    result = check([tmp_path / "a.txt", tmp_path / "c.txt"], Settings(jobs=1))
    assert [f.rule for f in result.findings if f.rule == "source-disagreement"]


@pytest.mark.parametrize(
    ("a", "b", "apart"),
    [
        # a body named in one article, its initials in the other: one source
        ("Border agents made 56,400 arrests in October, according to Customs and Border "
         "Protection data released on Friday.\n",
         "Border agents made 56,400 arrests in October, CBP said on Friday.\n", False),
        ("The storm's winds reached 140 mph, the National Hurricane Center said.\n",
         "The storm's winds reached 140 mph, the NHC said.\n", False),
        # initials that are not the other body's: two sources
        ("The storm's winds reached 140 mph, the National Hurricane Center said.\n",
         "The storm's winds reached 140 mph, the JMA said.\n", True),
    ],
    ids=["data-released", "hurricane-center", "other-agency"],
)  # fmt: skip
def test_a_body_and_its_initials_in_another_article_are_one_source(
    tmp_path: Path, a: str, b: str, apart: bool
) -> None:
    """A body's name and its initials, each in its own article (no article defines the
    acronym), are one source; so is a body's name before its "data released" ("according
    to Customs and Border Protection data released on Friday" is the agency's)."""
    from crosscheck.pipeline import check

    (tmp_path / "a.txt").write_text(a, encoding="utf-8")
    (tmp_path / "b.txt").write_text(b, encoding="utf-8")
    result = check([tmp_path / "a.txt", tmp_path / "b.txt"], Settings(jobs=1))
    flagged = [f for f in result.findings if f.rule == "source-disagreement"]
    assert bool(flagged) == apart, [f.message for f in flagged]


def test_an_acronym_is_one_source_with_the_names_it_abbreviates_only() -> None:
    """An acronym of three letters or more and the words whose initials it is (or its last
    words': "U.S. Customs and Border Protection") are one source; two acronyms, two
    letters and a word that merely holds the letters are two (review: "UN" and the
    teachers' union, "PM" and President Macron, whose troop warning went)."""
    from crosscheck.rules.checks import _one_source

    for a, b in (("CBP", "customs-and-border-protection"),
                 ("CBP", "u-s-customs-and-border-protection"),
                 ("NHC", "noaa-s-national-hurricane-center")):  # fmt: skip
        assert _one_source(a, b) and _one_source(b, a), (a, b)
    for a, b in (("AP", "apple"), ("UN", "teachers-union"), ("EU", "european-central-bank"),
                 ("UNRWA", "UN"), ("GE", "george-ellison"), ("PM", "president-macron"),
                 ("JCS", "NIS"), ("USGS", "US"), ("CBP", "customs-and-excise")):  # fmt: skip
        assert not _one_source(a, b), (a, b)


def test_a_body_and_one_who_speaks_for_it_are_one_source(tmp_path: Path) -> None:
    """ "The defence ministry said" against "Defence ministry spokeswoman Ana Lind said"
    was "credited to different sources". A body named in two words or more and one who
    speaks for it are one source; a bare "ministry" or "military" is not matched to a
    spokesman (whose ministry it is, the spokesman's id says and the bare word does not:
    a review's foreign ministry spokesman against the defence ministry), nor another
    body's spokesman, nor a former one."""
    from crosscheck.pipeline import check
    from crosscheck.rules.checks import _one_source

    # (a re-read's: two who speak for one body are that body, one source)
    for a, b in (("defence-ministry", "defence-ministry-spokeswoman-ana-lind"),
                 ("rudavia-defence-ministry", "rudavia-defence-ministry-spokesman"),
                 ("defence-ministry-spokesman-jo-reyes",
                  "defence-ministry-spokeswoman-ana-lind")):  # fmt: skip
        assert _one_source(a, b) and _one_source(b, a), (a, b)
    for a, b in (("police", "fire-department-spokesman-jo-reyes"),
                 ("fire-service", "ambulance-service-spokesman-jo-reyes"),
                 ("interior-ministry", "defence-ministry-spokesman-jo-reyes"),
                 ("ministry", "rudavian-foreign-ministry-spokesman-jan-kowal"),
                 ("military", "russian-military-spokesman-igor-konashenkov"),
                 ("defence-ministry", "former-defence-ministry-spokesman-jo"),
                 ("defence-ministry", "rudavia-former-defence-ministry-spokesman-jo"),
                 ("defence-ministry", "ex-defence-ministry-spokesman-jo"),
                 ("defence-ministry", "shadow-defence-ministry-spokesman-jo"),
                 ("regional-health-ministry", "ministry-spokeswoman-dara-velin")):  # fmt: skip
        assert not _one_source(a, b) and not _one_source(b, a), (a, b)
    write_story(
        tmp_path / "clash",
        "The defence ministry said it had killed 40 soldiers in the fighting.",
        "Defence ministry spokeswoman Ana Lind said it had killed 40 soldiers in the "
        "fighting.",
    )  # fmt: skip
    result = check([tmp_path / "clash"], Settings(jobs=1))
    assert not [f.message for f in result.findings if "source" in f.rule], result.findings


def test_a_bodys_figures_name_the_body() -> None:
    """ "according to Labor Department figures published on Friday" is the department's,
    as "according to a Reuters report" is Reuters's."""
    text = (
        "Employers added 150,000 jobs, according to Labor Department figures published on Friday."
    )
    claims = doc_claims(text, NO_ALIASES)
    assert source_of(claims, "150,000 jobs") == "labor-department"
    text = "Employers added 150,000 jobs, according to a Reuters report."
    assert source_of(doc_claims(text, NO_ALIASES), "150,000 jobs") == "reuters"
    # (review) what stands before "data" is no body: a month, a statistic, a people, a year
    for words, source in (("October data", "october-data"), ("CPI data", "cpi-data"),
                          ("Chinese data", "chinese-data"),
                          ("2020 Census data", "2020-census-data"),
                          # (re-read) a lower-case word is no part of a body's name
                          ("Labor Department payroll data", "labor-department-payroll-data"),
                          ("the CPI data", "cpi-data"),
                          # (second re-read) a people's adjective, a holiday's time
                          ("South Korean data", "south-korean-data"),
                          ("New Year data", "new-year-data")):  # fmt: skip
        text = f"Prices rose 3%, according to {words}."
        assert source_of(doc_claims(text, NO_ALIASES), "3%") == source, words


# --- a name with "and" in it is one name; two people joined by "and" are not -------------


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        (
            "Nearly 40 percent of its new members work outside universities, the American "
            "Academy of Arts and Sciences said in its annual report.",
            "Nearly 40 percent",
            "american-academy-of-arts-and-sciences",
        ),
        (
            "The Department of Health and Human Services said 12 hospitals had run out of "
            "the vaccine by Friday.",
            "12 hospitals",
            "department-of-health-and-human-services",
        ),
        (
            "Johnson and Johnson said on Tuesday it would cut 3,000 jobs in its consumer unit.",
            "3,000 jobs",
            "johnson-and-johnson",
        ),
        (
            "Procter & Gamble said sales rose 4 percent in the quarter.",
            "4 percent",
            "procter-gamble",
        ),
        (
            # a firm named twice, its halves never apart
            "Procter and Gamble will close two plants next year. Procter and Gamble said "
            "about 1,100 workers would lose their jobs.",
            "about 1,100 workers",
            "procter-and-gamble",
        ),
        # named once: two single words right before the verb, never apart, are one source
        # (a firm, or two people the writer treats as one: "Zadan and Meron added")
        (
            "Procter and Gamble said sales rose 4 percent in the quarter.",
            "4 percent",
            "procter-and-gamble",
        ),
        (
            "Sales rose 4 percent in the quarter, Procter and Gamble said.",
            "4 percent",
            "procter-and-gamble",
        ),
        (
            "Smith and Jones said 12 people were hurt in the crash.",
            "12 people",
            "smith-and-jones",
        ),
        (  # the last of a list, its "and" inside it
            "Moody's, Fitch and Standard and Poor's said 12 banks were downgraded.",
            "12 banks",
            "standard-and-poor",
        ),
    ],
)
def test_a_name_keeps_the_and_inside_it(text: str, figure: str, source: str) -> None:
    assert source_of(doc_claims(text, NO_ALIASES), figure) == source


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        # two people, as before: the nearer speaker (the walk stops at a clause's "and"),
        # when the document names one of them apart
        (
            "Jones said 3 people had died. Smith and Jones said 12 people were hurt.",
            "12 people",
            "jones",
        ),
        (
            "Detective Anna Smith and Sergeant Mary Jones led the search on Sunday. At least "
            "12 people were hurt, Smith and Jones said. Smith and Jones said the driver fled.",
            "At least 12 people",
            "jones",
        ),
        (
            "John Smith and Mary Jones said 12 people were hurt in the crash.",
            "12 people",
            "mary-jones",
        ),
        # two bodies, the second with its article
        (
            "The National Academy of Sciences and the Institute of Medicine said 3 of the "
            "studies were flawed.",
            "3 of the studies",
            "institute-of-medicine",
        ),
        # a lower-case head after the pair: two places' officials
        (
            "Texas and Oklahoma officials said 12 people were hurt.",
            "12 people",
            "oklahoma-officials",
        ),
        # a pronoun is no half of a name
        ("He and Jones said 12 people were hurt.", "12 people", "jones"),
        # a list parts its names: the nearest speaks, as of two
        ("Smith, Jones and Brown said 12 people were hurt.", "12 people", "brown"),
        # the nearest of a list in lower case is read whole, as after a comma
        (
            "The mayor, the police chief and the fire chief said 12 people were hurt.",
            "12 people",
            "fire-chief",
        ),
    ],
)
def test_two_sources_joined_by_and_stay_apart(text: str, figure: str, source: str) -> None:
    assert source_of(doc_claims(text, NO_ALIASES), figure) == source


# --- the speaker before an aside with commas of its own ----------------------------------


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        (
            "Police Chief John Smith, speaking at a news conference on Monday, December 3, "
            "told reporters 12 people were arrested.",
            "12 people",
            "police-chief-john-smith",
        ),
        (
            "Police Chief John Smith, who has led the force since 2009, when the gang first "
            "moved in, told reporters 12 people were arrested.",
            "12 people",
            "police-chief-john-smith",
        ),
        (
            "Police Chief John Smith, speaking at a news conference on Monday after the raid, "
            "in which officers, backed by a helicopter, stormed the house, told reporters 12 "
            "people were arrested.",
            "12 people",
            "police-chief-john-smith",
        ),
        (  # the place of the aside is no source
            "Jane Doe, a nurse at Mercy Hospital in Riverton, Ohio, told reporters 12 people "
            "were treated for burns.",
            "12 people",
            "jane-doe",
        ),
        (  # nor is the place of the source
            "The national seismological centre put the magnitude at 5.9, but the Geological "
            "Survey in Denver, Colo., said it was 6.1.",
            "6.1",
            "geological-survey",
        ),
        (  # the name after a description that opens the sentence speaks
            "The suspect's lawyer, Jane Doe, told reporters her client had been held for 12 "
            "days without charge.",
            "12 days",
            "jane-doe",
        ),
        (
            "Abdul Rahman, the governor of the province, the centre of the damaged area, said "
            "40 percent of the buildings in seven villages were destroyed, the news agency "
            "reported.",
            "40 percent",
            "abdul-rahman",
        ),
    ],
)
def test_the_speaker_before_an_aside_with_commas(text: str, figure: str, source: str) -> None:
    assert source_of(doc_claims(text, NO_ALIASES), figure) == source


def test_an_inverted_speaker_is_not_taken_from_before_the_asides() -> None:
    # "was walking ..." is a predicate, no aside; the speaker follows "said", as before
    text = (
        "Jane Doe, 66, of Riverton, was walking into the store with her husband when she "
        "was struck just after 7 p.m., said Sgt. John Smith."
    )
    assert source_of(doc_claims(text, NO_ALIASES), "66") == "sgt-john-smith"


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        # a short clause before a trailing source is what it reports
        ("Prices rose 4 percent, the bank said.", "4 percent", "bank"),
        ("Twelve people died, police said on Tuesday.", "Twelve people", "police"),
        ("Sales rose 4 percent, Gamble told reporters.", "4 percent", "gamble"),
        # (sixteenth hunt) told a gathering or a medium in two words
        (
            "About 40 people were hurt, Samuel Okonjo told a news conference.",
            "About 40 people",
            "samuel-okonjo",
        ),
        (
            "About 40 people were hurt, the minister told state television on Monday.",
            "About 40 people",
            "minister",
        ),
        (
            "About 40 people were hurt, the minister told a press briefing in the capital.",
            "About 40 people",
            "minister",
        ),
        # (its review) up to three words before the gathering, body or medium, a name after
        (
            "About 40 people were hurt, the governor told state broadcaster NHK.",
            "About 40 people",
            "governor",
        ),
        (
            "About 40 people were hurt, the governor told a hastily arranged news conference.",
            "About 40 people",
            "governor",
        ),
        (
            "About 40 people were hurt, the governor told a local radio station.",
            "About 40 people",
            "governor",
        ),
        (
            "About 40 people were hurt, the governor told the Senate committee.",
            "About 40 people",
            "governor",
        ),
        # (re-read) a word before the gathering is no preposition: "told reporters after
        # the meeting ended" was an addressee up to "meeting", and the report lost its source
        (
            "Forty people died, police chief John Smith told reporters after the meeting ended.",
            "Forty people",
            "police-chief-john-smith",
        ),
        # a source after a short opening still reports what follows it
        ("On Tuesday, Gamble said sales rose 4 percent.", "4 percent", "gamble"),
    ],
)
def test_a_short_sentence_with_a_trailing_source(text: str, figure: str, source: str) -> None:
    assert source_of(doc_claims(text, NO_ALIASES), figure) == source


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        # an adjective capitalised to open the sentence is no author of the report
        ("Early reports say 12 people died in the blast.", "12 people", "early-reports"),
        ("Initial reports said 12 people died.", "12 people", "initial-reports"),
        # a name before "report" is its author, as before
        ("A Reuters report said 12 people died.", "12 people", "reuters"),
    ],
)
def test_a_report_is_its_author_s_only_when_a_name_precedes_it(
    text: str, figure: str, source: str
) -> None:
    assert source_of(doc_claims(text, NO_ALIASES), figure) == source


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        # a weekday after a trailing "said" is when, not a speaker after the verb (as in
        # "said John Smith"): the wire's commonest ending lost its source
        (
            "An explosion at a bank killed two police officers and a bomb technician, officials "
            "said Saturday.",
            "two police officers",
            "officials",
        ),
        (
            "Damage to the church was estimated at $1 million, authorities said Saturday.",
            "$1 million",
            "authorities",
        ),
        (
            "It killed two people and wounded a third, police said Friday night.",
            "two people",
            "police",
        ),
        # nor part of the source after "according to"
        (
            "An inmate pulled a gun on two guards, according to a prison statement Monday.",
            "two guards",
            "prison-statement",
        ),
        ("Two guards were hurt, according to police Tuesday.", "Two guards", "police"),
        # a weekday that the report follows, or that begins a name, changes nothing
        (
            "After a long investigation into the crash, police said Tuesday the blast killed "
            "12 people.",
            "12 people",
            "police",
        ),
        (
            "In a statement released late last night, officials said Monday's attack killed "
            "5 people.",
            "5 people",
            "officials",
        ),
        (
            "Five people were hurt, according to the Sunday Telegraph.",
            "Five people",
            "sunday-telegraph",
        ),
        ("Five people were hurt, according to USA Today.", "Five people", "usa-today"),
        # a name that begins with a weekday is still read whole
        (
            "Ratings rose 4 percent, according to Monday Night Football.",
            "4 percent",
            "monday-night-football",
        ),
    ],
)
def test_a_weekday_after_the_source_is_no_part_of_it(text: str, figure: str, source: str) -> None:
    assert source_of(doc_claims(text, NO_ALIASES), figure) == source


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        # where the speaker is, after "in", is no speaker, with no comma after it too
        ("Officials in Riverton said 12 people died.", "12 people", "officials"),
        ("Twelve people died, officials in Riverton said.", "Twelve people", "officials"),
        ("Police in Texas and Oklahoma said 12 people died.", "12 people", "police"),
        (
            "Carabinieri paramilitary police in Palermo said Gaetano Lo Presti, 52, hanged "
            "himself.",
            "52",
            "police",
        ),
        (  # nor when
            "The Indian Navy in November said it had sunk 2 ships.",
            "2 ships",
            "indian-navy",
        ),
        (  # one who is no source noun before the place: no source, not the place
            "An office worker in Dubai said the tremor lasted 30 seconds.",
            "30 seconds",
            None,
        ),
        (  # a place closing a clause before the comma is no part of the speaker's
            "Twelve people died in Riverton, Smith said.",
            "Twelve people",
            "smith",
        ),
    ],
)
def test_a_place_after_in_is_no_speaker(text: str, figure: str, source: str | None) -> None:
    assert source_of(doc_claims(text, NO_ALIASES), figure) == source


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        # a body after "in" speaks: its head is a source noun or a body's, or "the" opens it
        ("Officials in the Foreign Ministry said 12 people died.", "12 people",
         "foreign-ministry"),
        ("Officials in New York City Hall said 12 people died.", "12 people",
         "new-york-city-hall"),
        ("A spokesman in the White House said 12 people died.", "12 people", "WH-US"),
        ('"We saw 12 tanks," a source in the Kremlin said.', "12 tanks", "KREMLIN"),
        ("Officials in Congress said 12 bills had stalled.", "12 bills", "congress"),
    ],
)  # fmt: skip
def test_a_body_after_in_is_the_speaker(text: str, figure: str, source: str) -> None:
    """The place rule above is for places: officials in a ministry speak for it (with
    the shipped aliases, which know the White House and the Kremlin)."""
    assert source_of(doc_claims(text), figure) == source


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        # an acronym or a name the alias files know is a source of its own
        ("North Korea fired 12 missiles, Yonhap and KCNA said.", "12 missiles", "KCNA"),
        ("Reuters and AFP said 12 people died.", "12 people", "AFP"),
        ("AP and Reuters reported 12 people died.", "12 people", "reuters"),
        # two Title-case words no file knows: one name, as before
        ("Procter and Gamble said sales rose 4 percent.", "4 percent", "procter-and-gamble"),
    ],
)  # fmt: skip
def test_two_sources_the_alias_files_know_apart_stay_two(
    text: str, figure: str, source: str
) -> None:
    """ "Yonhap and KCNA said" was one source, yonhap-and-kcna, beside another article's
    KCNA: a source note for one agency."""
    assert source_of(doc_claims(text), figure) == source


def test_a_long_run_of_letters_after_a_source_is_read_at_once(tmp_path: Path) -> None:
    """A quote in a script written without spaces (Chinese) after "X said" made the test of
    a short trailing clause try every way to cut the run in five (157 s for 200
    letters): the article went over its time budget and was skipped."""
    folder = tmp_path / "in"
    folder.mkdir()
    run_of = "\u5e02" * 200  # one Chinese character, repeated
    (folder / "a.txt").write_text(
        f"Xinhua said {run_of}\uff0cwith 12 provinces reporting.\n", encoding="utf-8"
    )
    from crosscheck.pipeline import run

    result = run([folder], Settings())
    assert not result.skipped
    assert [c.value for c in result.claims] == [12]


# --- where a person lives, after "of", is no speaker; "of" inside a name stays -----------


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        ("Jane Doe, 66, of Riverton, Ohio, said 12 people died.", "12 people", "jane-doe"),
        ("Jane Doe, of Riverton, Ohio, said 12 people died.", "12 people", "jane-doe"),
        (
            '"We found 12 people in the rubble," Jane Doe, 66, of Riverton, Ohio, said.',
            "12 people",
            "jane-doe",
        ),
        (  # the place of the source, after a description and its "of"
            "Officials in the town of Riverton, Ohio, said 12 people died.",
            "12 people",
            "officials",
        ),
        (
            "Officials at the port of Riverton, Ohio, said 12 ships had sunk.",
            "12 ships",
            "officials",
        ),
        # with no comma before its "of", when its region follows the town
        ("Jane Doe of Riverton, Ohio, said 12 people died.", "12 people", "jane-doe"),
        (
            '"We found 12 people in the rubble," Jane Doe of Riverton, Ohio, said.',
            "12 people",
            "jane-doe",
        ),
        (
            "Police Chief John Smith of Riverton, Ohio, told reporters 12 people died.",
            "12 people",
            "police-chief-john-smith",
        ),
        (  # the police report what the man told, as without his residence
            "Police said Doe, 45, of Riverton, Ohio, told officers he had drunk 6 beers.",
            "6 beers",
            "police",
        ),
        (  # a body after the aside's "of" is where the speaker works, not the speaker
            "John Smith, of the University of Texas, Austin, said 12 students were hurt.",
            "12 students",
            "john-smith",
        ),
        # a body's name before "of" is the body's, its city after the comma
        (
            "Royal Bank of Scotland, Edinburgh, said 12 branches would close.",
            "12 branches",
            "royal-bank-of-scotland",
        ),
        (
            "Federal Reserve Bank of New York, Ohio, said 12 banks failed.",
            "12 banks",
            "federal-reserve-bank-of-new-york",
        ),
    ],
)
def test_a_residence_after_of_is_no_speaker(text: str, figure: str, source: str) -> None:
    assert source_of(doc_claims(text, NO_ALIASES), figure) == source


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        ("Bank of America said 12 branches would close.", "12 branches", "bank-of-america"),
        (
            "The Secretary of State said 12 diplomats were expelled.",
            "12 diplomats",
            "secretary-of-state",
        ),
        (
            "The University of Texas, Austin, said 12 students were hurt.",
            "12 students",
            "university-of-texas",
        ),
        (
            "Bank of America, based in Charlotte, N.C., said 12 branches would close.",
            "12 branches",
            "bank-of-america",
        ),
        (
            "The mayor of Riverton, Ohio, said 12 people died.",
            "12 people",
            "mayor-of-riverton",
        ),
        (  # one word before "of": a name's, its place after the comma
            "Bank of America, Charlotte, said 12 branches would close.",
            "12 branches",
            "bank-of-america",
        ),
    ],
)
def test_a_name_with_of_in_it_still_speaks(text: str, figure: str, source: str) -> None:
    assert source_of(doc_claims(text, NO_ALIASES), figure) == source


# --- ids of names in letters beyond ASCII ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "ids"),
    [
        # 'État' was 'tat', 'Müller' 'm-ller': the accents are folded, the letters kept
        ("L'État-major said 300 troops were sent to the border. "
         "Jean-Marc Müller said 400 troops were sent.",
         {"300 troops": "l-etat-major", "400 troops": "jean-marc-muller"}),
        # two names in Cyrillic were one source, 'unknown', having no ASCII letter to keep
        ("Владимир Петров said 120 people were hurt in the fire. "
         "Сергей Иванов said 150 people were hurt.",
         {"120 people": "владимир-петров", "150 people": "сергей-иванов"}),
    ],
    ids=["accents", "cyrillic"],
)  # fmt: skip
def test_a_name_beyond_ascii_keeps_its_letters_in_its_id(text: str, ids: dict[str, str]) -> None:
    claims = doc_claims(text)
    assert {quote: source_of(claims, quote) for quote in ids} == ids


@pytest.mark.parametrize(
    ("surface", "expected"),
    [("État", "etat"), ("Łódź police", "lodz-police"), ("Αθήνα", "αθηνα"),
     ("新华社", "新华社"), ("दिल्ली पुलिस", "दिल्ली-पुलिस"),
     ("Fire Chief Maria Lopes", "fire-chief-maria-lopes"), ("O'Brien", "o-brien")],
)  # fmt: skip
def test_a_slug_keeps_letters_and_ascii_ids_as_they_were(surface: str, expected: str) -> None:
    from crosscheck.model import slug

    assert slug(surface) == expected


@pytest.mark.parametrize(
    ("surface", "expected"),
    [("Hawaiʻi officials", "hawai-i-officials"), ("Hawai'i officials", "hawai-i-officials"),
     ("Hawai’i officials", "hawai-i-officials"), ("Aliʼs", "ali"), ("Ali’s", "ali"),
     ("ʿAbd al-Aziz", "abd-al-aziz"), ("'Abd al-Aziz", "abd-al-aziz"), ("ʾAli", "ali")],
)  # fmt: skip
def test_a_modifier_letter_apostrophe_is_an_apostrophe_of_the_id(
    surface: str, expected: str
) -> None:
    """'ʻ' (the okina) and its kin are what writers put for an apostrophe: 'Hawaiʻi
    officials' and "Hawai'i officials" are one source (they were two ids, a review
    found); a curly quote is the straight apostrophe."""
    from crosscheck.model import slug

    assert slug(surface) == expected


@pytest.mark.parametrize(
    ("marked", "plain"),
    [("مُحَمَّد", "محمد"), ("Серге́й Ивано́в", "Сергей Иванов"), ("שָׁלוֹם", "שלום"),
     ("\u0301Abc", "Abc"), ("محـمد", "محمد"), ("مي\u200cخواهم", "ميخواهم"),
     ("Mc\u200dDonald", "McDonald"), ("Bundes\u00adamt", "Bundesamt"),
     ("Bundes\u200bamt", "Bundesamt"), ("\ufeffReuters", "Reuters")],
)  # fmt: skip
def test_optional_marks_give_no_other_id(marked: str, plain: str) -> None:
    """A stress mark, harakat, Hebrew points, a mark on no letter, a tatweel or a
    zero-width joiner are no part of a name's id: written or not, one source."""
    from crosscheck.model import slug

    assert slug(marked) == slug(plain)
    assert "\u0301" not in slug(marked) and " " not in slug(marked)


@pytest.mark.parametrize(
    ("surface", "expected"),
    [("दिल्ली पुलिस", "दिल्ली-पुलिस"), ("新华社", "新华社"), ("Владимир Петров", "владимир-петров"),
     ("Αθήνα", "αθηνα"), ("Йошкар-Ола", "йошкар-ола"), ("กรุงเทพฯ", "กรุงเทพฯ")],
)  # fmt: skip
def test_marks_a_script_spells_with_stay(surface: str, expected: str) -> None:
    """A Devanagari virama or vowel sign, a Thai tone mark, Cyrillic 'й' are letters."""
    from crosscheck.model import slug

    assert slug(surface) == expected


# --- names written in Unicode's decomposed form (NFD) --------------------------------------


@pytest.mark.parametrize(
    ("text", "figure", "entity", "name"),
    [("Müller said 40 people were injured in the fire on Monday.",
      "40 people", "muller", "Müller"),
     ("The fire on Monday injured 40 people, Müller said.", "40 people", "muller", "Müller"),
     ("The fire on Monday injured 40 people, according to Müller.",
      "40 people", "muller", "Müller"),
     ("According to Jürgen Müller, 40 people were injured in the fire.",
      "40 people", "jurgen-muller", "Jürgen Müller"),
     ("The fire injured 40 people, said Jürgen Müller, a spokesman.",
      "40 people", "jurgen-muller", "Jürgen Müller"),
     ("Fire Chief José Núñez told reporters 40 people were injured in the fire.",
      "40 people", "fire-chief-jose-nunez", "Fire Chief José Núñez"),
     # a stress mark no composed letter holds, in both forms (NFD also writes 'й' as 'и'
     # and a combining breve)
     ("Серге\u0301й Петров said 40 people were injured in the fire on Monday.",
      "40 people", "сергей-петров", "Серге\u0301й Петров"),
     ("The fire on Monday injured 40 people, Серге\u0301й Петров said.",
      "40 people", "сергей-петров", "Серге\u0301й Петров")],
    ids=["opens", "mid-sentence", "according-to", "according-to-first", "said-after",
         "title-and-told", "cyrillic-stress", "cyrillic-stress-mid-sentence"],
)  # fmt: skip
def test_a_name_in_decomposed_form_is_the_same_source(
    text: str, figure: str, entity: str, name: str
) -> None:
    """'Mu\u0308ller' ('u' and a combining diaeresis, as text from PDFs may write it) fell
    apart at its mark into 'Mu' and 'ller' and got no source (or a piece of one: 'Петров'
    of 'Серге\u0301й Петров'). A mark is its letter's: the name is one source with the
    composed spelling's id, named as the article wrote it, at the offsets of the text as
    written (nothing is normalised)."""
    import unicodedata

    for form in ("NFC", "NFD"):
        written = unicodedata.normalize(form, text)
        (c,) = [c for c in doc_claims(written, NO_ALIASES) if c.text == figure]
        assert written[c.span[0] : c.span[1]] == figure
        a = c.attribution
        assert a is not None, form
        assert (a.entity, a.name) == (entity, unicodedata.normalize(form, name)), form
        assert written[a.span[0] : a.span[1]].rstrip(".") == a.surface.rstrip(".")
        assert unicodedata.normalize(form, name) in a.surface
    unstressed = "".join(ch for ch in text if not unicodedata.combining(ch))
    (plain,) = [c for c in doc_claims(unstressed, NO_ALIASES) if c.text == figure]
    assert plain.attribution is not None and plain.attribution.entity == entity


@pytest.mark.parametrize("sign", ["\u26a0\ufe0f", "\U0001f6a8\ufe0f", "#\ufe0f\u20e3"])
def test_a_source_written_right_after_an_emoji_is_still_read(sign: str) -> None:
    """An emoji's variation selector (U+FE0F) or keycap (U+20E3) is no mark of a letter: a
    name glued after it is a word of its own ('\u26a0\ufe0fPolice said' had no source)."""
    (c,) = doc_claims(f"{sign}Police said 40 people were injured in the fire.", NO_ALIASES)
    assert c.attribution is not None and c.attribution.entity == "police"


def test_one_name_in_both_forms_is_no_source_disagreement(tmp_path: Path) -> None:
    """Two articles that credit their figures to Müller, one written decomposed: the
    counts disagree, the sources do not (there was 'no source in one.txt; Müller in
    two.txt')."""
    import unicodedata

    from crosscheck.pipeline import check

    line = "{} said {} people were injured in the fire on Monday.\n"
    for name in ("Müller", "Сергей Петров"):
        (tmp_path / "one.txt").write_text(
            line.format(unicodedata.normalize("NFD", name).replace("е", "е\u0301", 1), 40),
            encoding="utf-8",
        )
        (tmp_path / "two.txt").write_text(line.format(name, 45), encoding="utf-8")
        result = check([tmp_path / "one.txt", tmp_path / "two.txt"], Settings(jobs=1))
        assert not [f.message for f in result.findings if f.rule == "source-disagreement"]
        (counts,) = [f for f in result.findings if f.rule == "count-disagreement"]
        assert "no source" not in counts.message
        assert {c.attribution.entity for c in result.claims if c.attribution} == {plain_slug(name)}


@pytest.mark.parametrize(
    ("text", "name"),
    [("Sanders said 40 people were hurt in the crash.", "sanders"),
     ("Sen. Bernie Sanders visited on Monday. Sanders said 40 people were hurt.", "Sanders"),
     ("Rangers said 40 people were hurt in the crash.", "rangers"),
     ("The Texas Rangers arrived on Monday. Rangers said 40 people were hurt.", "Rangers"),
     ("Investors said 40 people were hurt in the crash.", "investors"),
     ("Headquarters said 40 people were hurt in the crash.", "headquarters")],
)  # fmt: skip
def test_a_plural_looking_word_said_alone_is_a_name_only_where_the_article_says_so(
    text: str, name: str
) -> None:
    """With no capital inside a sentence to say it is a name, a word ending as a noun for
    who does something does is a description ('sanders', as 'investors')."""
    (c,) = [c for c in doc_claims(text, NO_ALIASES) if c.text == "40 people"]
    assert c.attribution is not None and c.attribution.name == name


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        # the sentence's full stop is no part of a speaker named after the verb (the
        # report's sources said "Sgt. Marty Earley.", "Vanore.")
        ("Twelve people died in the fire, said Sgt. Marty Earley.", "Sgt. Marty Earley"),
        ('"Twelve people died," said Vanore.', "Vanore"),
        # an abbreviation's inside the sentence stays
        ("Twelve people died in the fire, said John Smith Jr., a spokesman.", "John Smith Jr."),
        # a title of an office named by "of", and the name after it (the source was
        # "Chief", "Secretary" on the 74 ECB+ folders); a surname's "of" is no title's
        ("Twelve people died in the fire, said Chief of Detectives Charlie Beck.",
         "Chief of Detectives Charlie Beck"),
        ('"Twelve people died," said Secretary of the Interior Dirk Kempthorne.',
         "Secretary of the Interior Dirk Kempthorne"),
        ("Twelve people died, said Attorney General of Texas Greg Abbott.",
         "Attorney General of Texas Greg Abbott"),
        ("Twelve people died in the fire, said John Smith of Reuters.", "John Smith"),
        ("Twelve people died in the fire, said Smith of the Red Cross.", "Smith"),
        ("Twelve people died in the fire, said John Speaker of Reuters.", "John Speaker"),
        ("Twelve people died in the fire, said Murray Head of the BBC.", "Murray Head"),
        ("Twelve people died, said Deputy Chief of Staff Anna Lee.",
         "Deputy Chief of Staff Anna Lee"),
    ],
)  # fmt: skip
def test_a_speaker_after_the_verb_ends_before_the_sentence_s_full_stop(
    text: str, surface: str
) -> None:
    [claim] = [c for c in doc_claims(text, NO_ALIASES) if c.text.lower().startswith("twelve")]
    assert claim.attribution is not None and claim.attribution.surface == surface
    start, end = claim.attribution.span
    assert text[start:end] == surface


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        # no speaker in an article or adjective before a noun taken for a verb, nor in a
        # clause's auxiliary or a passive after a contraction (each a source on the 74
        # ECB+ folders: "An", "Initial", "Having", "it's")
        ("An estimated 1,500 pirates are based in Puntland.", "An estimated 1,500 pirates", None),
        (
            "Initial estimates indicate that repairs will take around twelve days.",
            "around twelve days",
            None,
        ),
        ("Having told everyone he would shoot a three, he took 3 shots.", "3 shots", None),
        ("Protests grew after it's revealed that Gray was shot 7 times.", "7 times", None),
        # a source noun that is an adjective too still speaks
        ("The military said 3,000 troops were deployed.", "3,000 troops", "military"),
        # a dash ends the source after "according to"
        (
            "Hiller shot the three victims, according to police -- the women were on the third "
            "floor.",
            "three victims",
            "police",
        ),
        # (review) the object of a verb in -ing or of a preposition speaks for nobody
        ("Rebels fighting government forces said 30 soldiers were killed.", "30 soldiers", None),
        ("Protesters clashing with security forces said 32 people were hurt.", "32 people", None),
        ("Troops under UN command said 33 people had fled.", "33 people", None),
        (
            "Troops under the command of General Smith said 34 people had fled.",
            "34 people",
            "general-smith",
        ),
        # (second review) a body one belongs to, an -ing adjective, a noun in -ing
        ("A spokesman with the Red Cross said 40 people fled.", "40 people", "red-cross"),
        (
            "Japan's ruling Liberal Democratic Party said 41 seats were won.",
            "41 seats",
            "liberal-democratic-party",
        ),
        ("Early Sunday morning police said 42 people were hurt.", "42 people", "police"),
        (
            "Rights groups including Amnesty International said 43 people were held.",
            "43 people",
            "amnesty-international",
        ),
        # (third review) a noun in -ing is no verb of fighting; "allied with" is one
        ("After the fighting police said 30 people were killed.", "30 people", "police"),
        # (a re-read's) a name modifying a noun in -ing after a preposition is no subject
        ("After the Kabul bombing police said 12 people died.", "12 people", "police"),
        ("Since the Mariupol shelling officials said 40 people died.", "40 people", "officials"),
        ("During heavy shelling residents said 32 people were killed.", "32 people", "residents"),
        ("Militias allied with government forces said 34 people had fled.", "34 people", None),
        # (re-read) fleeing them, fighting alongside them
        ("Civilians fleeing government forces said 14 people died.", "14 people", None),
        ("Rebels fighting alongside government forces said 15 people died.", "15 people", None),
        # (re-read) a preposition inside the subject's own phrase: the rebels said
        (
            "Rebels in Idlib fighting government forces said 40 soldiers were killed.",
            "40 soldiers",
            None,
        ),
        # (a second re-read) a determiner after a preposition of the subject's own phrase
        (
            "Members of the Taliban fighting government forces said 40 soldiers were killed.",
            "40 soldiers",
            None,
        ),
        ("Hours after the Kabul bombing police said 12 people died.", "12 people", "police"),
        # (re-read) a time's preposition inside the words, with no determiner; a wake's "of"
        ("Hours after Kabul bombing police said 12 people died.", "12 people", "police"),
        ("Days after Mariupol shelling officials said 40 people died.", "40 people", "officials"),
        ("In the wake of the Kabul bombing police said 12 people died.", "12 people", "police"),
    ],
)
def test_no_speaker_in_words_that_cannot_speak(text: str, figure: str, source: str | None) -> None:
    assert source_of(doc_claims(text, NO_ALIASES), figure) == source


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a sentence's adverb capitalised to open it is no part of the speaker's name
        ("Ten people died, Charlie Beck said. Later Beck added that 3 remain missing.",
         {"3 remain": "beck"}),
        ("Meanwhile Smith said 12 others were hurt.", {"12 others": "smith"}),
        ("Ten people died. Yesterday police said 4 were missing.", {"4": "police"}),
        # a name that opens with such a word keeps it
        ("Now Magazine said 9 stores shut.", {"9 stores": "now-magazine"}),
        ("Further Education Funding Council said 9 colleges shut.",
         {"9 colleges": "further-education-funding-council"}),
    ],
)  # fmt: skip
def test_an_opening_adverb_is_no_part_of_the_speaker(text: str, expected: dict[str, str]) -> None:
    claims = doc_claims(text, NO_ALIASES)
    assert {t: source_of(claims, t) for t in expected} == expected


# --- who speaks in news: the source nouns -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        # fire, rescue and medical services
        ("The wildfire destroyed 20 homes near Malibu on Monday, firefighters said.",
         "20 homes", "firefighters"),
        ("At least 15 people died in the blaze, the fire brigade said.", "At least 15 people",
         "fire-brigade"),
        ("At least 15 people died in the blaze, according to firefighters.",
         "At least 15 people", "firefighters"),
        ("Twelve people were taken to hospital, paramedics said.", "Twelve people",
         "paramedics"),
        ("Eight people were trapped in the rubble, first responders said.", "Eight people",
         "first-responders"),
        ('"We counted 118 bodies," a rescuer said.', "118 bodies", "rescuer"),
        ("The victim had been stabbed 14 times, the county coroner said.", "14 times",
         "county-coroner"),
        ("The victim had been stabbed 14 times, the medical examiner said.", "14 times",
         "medical-examiner"),
        # police and investigators
        ("The car was travelling at 90 mph, troopers said.", "90 mph", "troopers"),
        ("He had wired $40,000 to the account, detectives said.", "$40,000", "detectives"),
        # government, diplomacy, experts
        ("The bill would cost $4 billion over ten years, lawmakers said.", "$4 billion",
         "lawmakers"),
        ("Growth slowed to 1.2 percent in the quarter, economists said.", "1.2 percent",
         "economists"),
        ("The glacier lost 40 metres of ice last year, scientists said.", "40 metres",
         "scientists"),
        # civil society and firms
        ("At least 40 people were killed in the shelling, activists said.",
         "At least 40 people", "activists"),
        ("About 200,000 people joined the march, organizers said.", "About 200,000 people",
         "organizers"),
        ("The flight carried 180 passengers, the airline said.", "180 passengers", "airline"),
        # the armed forces and the people on the scene
        ("Twelve fighters were killed in the clashes, the rebels said.", "Twelve fighters",
         "rebels"),
        ("About 300 houses were swept away, villagers said.", "About 300 houses", "villagers"),
        ("The air force said it shot down 48 drones overnight.", "48 drones", "air-force"),
        ("The monitoring mission said it recorded 312 violations.", "312 violations",
         "mission"),
        ("The UN mission said 40 peacekeepers were deployed.", "40 peacekeepers",
         "un-mission"),
        ("The coalition said 12 strikes were carried out overnight.", "12 strikes",
         "coalition"),
        ("Thirty militants were arrested, security forces said.", "Thirty militants",
         "security-forces"),
        # opening the sentence, the word capitalised is a description, not a name
        ("Paramedics said 12 people were taken to hospital.", "12 people", "paramedics"),
    ],
)  # fmt: skip
def test_a_source_of_the_news_in_lower_case_is_read(text: str, figure: str, source: str) -> None:
    """Who speaks in news: none of the words of "firefighters", "the coroner", "organizers"
    was a source noun, so the claim had no source, and beside an article crediting the fire
    department a note said "no source" in this one."""
    assert source_of(doc_claims(text, NO_ALIASES), figure) == source


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        # the source noun is the subject spoken of, not a speaker: "said to be" is the
        # passive without its "are"
        ("Firefighters said to be exhausted after 20 hours on the fire lines were sent home.",
         "20 hours", None),
        # an active verb before "to have" speaks of its subject, who is the source
        ("The group claims to have 20,000 members.", "20,000 members", "group"),
        # the noun counted, the speaker another
        ("Twelve firefighters were injured, the fire department said.", "Twelve firefighters",
         "fire-department"),
        # an owner's possessive makes no source of a head that is none: "forecast" is none
        ("Growth will slow to 1.2 percent, the economists' forecast said.", "1.2 percent",
         None),
        # a title before a firm's name is no part of it ("operator" is no source noun)
        ("Hamburg-based cruise operator Hapag-Lloyd said 600 passengers were aboard.",
         "600 passengers", "hapag-lloyd"),
        # a description owned by one who is no source: the name after it speaks
        ("The suspect's doctor, Jane Doe, said he had lost 20 pounds.", "20 pounds",
         "jane-doe"),
        # one who speaks for a body keeps the body's description
        ("The company's spokesman, Jane Doe, said it had lost 20 clients.", "20 clients",
         "company-spokesman"),
        # a worker alone names no source
        ("An office worker said 30 people were trapped.", "30 people", None),
        # "said to" someone is still said
        ("Three people died, the ministry said to reporters.", "Three people", "ministry"),
    ],
)  # fmt: skip
def test_a_source_noun_that_does_not_speak_is_no_source(
    text: str, figure: str, source: str | None
) -> None:
    assert source_of(doc_claims(text, NO_ALIASES), figure) == source


def test_firefighters_beside_the_fire_department_are_two_sources_not_one_missing(
    tmp_path: Path,
) -> None:
    from crosscheck.pipeline import check

    (tmp_path / "a.txt").write_text(
        "The wildfire destroyed 20 homes near Malibu on Monday, firefighters said.\n",
        encoding="utf-8",
    )
    (tmp_path / "b.txt").write_text(
        "The wildfire destroyed 20 homes near Malibu on Monday, the fire department said.\n",
        encoding="utf-8",
    )
    result = check([tmp_path / "a.txt", tmp_path / "b.txt"], Settings(jobs=1))
    notes = [f.message for f in result.findings if f.rule == "source-disagreement"]
    assert notes and not [m for m in notes if "no source" in m]


# --- a trailing source with a clause after it ---------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "A storm killed 13 people on Monday, officials said, and rescue teams searched "
        "through the night.",
        "A storm killed 13 people on Monday, officials said, but the toll could rise as "
        "rescue teams search the hills.",
        "A storm killed 13 people on Monday, officials said, as rescue teams searched "
        "through the night.",
        # a lead-in whose verb is an irregular past: "hit", "left", "rose" (no "-ed")
        "A storm left 13 people dead on Monday, officials said, while rescue teams searched "
        "through the night.",
        "A storm hit 13 people on Monday, officials said, while the overnight low was 93 degrees.",
    ],
)
def test_a_clause_ending_in_a_time_before_its_source_is_what_the_source_reports(
    text: str,
) -> None:
    """A clause of up to six words before the source was taken for a lead-in when a time was
    anywhere in it ("on Monday"), so the source reported what followed its verb: the toll
    lost its source and its time (the time read from the reported text only)."""
    (c,) = [c for c in doc_claims(text, NO_ALIASES) if c.text == "13 people"]
    assert c.attribution is not None and c.attribution.entity == "officials"
    assert c.time is not None and c.time.surface == "on Monday"


@pytest.mark.parametrize(
    "text",
    [
        # a lead-in that opens with its time: the source reports what follows its verb
        "On Monday, officials said 13 people had died in the storm.",
        "Late on Monday night, officials said 13 people had died in the storm.",
        "Earlier this week, officials said 13 people had died in the storm.",
        "The next day, officials said 13 people had died in the storm.",
        # nothing after the verb: the clause before it, as before
        "A storm killed 13 people on Monday, officials said.",
    ],
)
def test_a_time_lead_in_before_the_source_is_no_report(text: str) -> None:
    assert source_of(doc_claims(text, NO_ALIASES), "13 people") == "officials"


def test_a_lead_in_with_an_irregular_past_is_what_its_source_reports() -> None:
    """'Riverton hit 118 degrees on Sunday, forecasters said, while the overnight low was 93
    degrees': the lead-in's verb ('hit') has no '-ed', so the six words before the source
    were taken for a time that opens the sentence, and the forecasters reported the low
    alone; the high had no source, and a report that credited it to the National Weather
    Service was said to differ ('no source in b.txt'). A subordinate clause that opens the
    sentence is still no report ('When 13 people fell ill on Monday, police said, ...')."""
    text = ("Riverton hit 118 degrees on Sunday, forecasters said, while the overnight low was "
            "93 degrees.")  # fmt: skip
    assert source_of(doc_claims(text, NO_ALIASES), "118 degrees") == "forecasters"
    # an irregular form that is a noun, an adjective, a name or the verb of a clause that
    # opens the sentence: what follows the source is what it reports, as before (review)
    for text, figure in (
        ("With 3 seconds left Sunday night, officials said, 40 fans rushed the field.",
         "40 fans"),
        ("In a 5-set match on Sunday, organizers said, 12 fans fainted in the heat.", "12 fans"),
        ("At the 2024 Rose Parade on Monday, police said, 12 people were arrested.",
         "12 people"),
        ("On the 4 lost days last week, officials said, 300 flights were cancelled.",
         "300 flights"),
        ("Given 3 days notice last week, officials said, 200 residents left.", "200 residents"),
        ("A week after the 7.8 quake hit, officials said, 40 bodies were found.", "40 bodies"),
    ):  # fmt: skip
        claims = doc_claims(text, NO_ALIASES)
        assert [c.text for c in claims if c.attribution] == [figure], text
    # a name ending in -ed, or a month that is a modal, is no finite verb: the lead-in is a
    # time, and the source reports what follows (re-read)
    from crosscheck.extract.attribution import _tells_a_figure

    assert not _tells_a_figure("On May 5 at Fred Hutch,")
    assert not _tells_a_figure("At the United Center on Jan 5,")
    assert _tells_a_figure("A storm killed 13 people on Monday")
    text = "When 13 people fell ill on Monday, police said, the mayor closed 40 schools."
    claims = doc_claims(text, NO_ALIASES)
    assert source_of(claims, "40 schools") == "police"
    assert source_of(claims, "13 people") != "police"


# --- the source nouns of news: where they must leave main's reading alone -----------------


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        # a trailing appositive whose description has an owner: the pair is read whole, as
        # before (the owner test had left it no source)
        ("The storm injured 6 people on Monday, the city's mayor, Jane Doe, said.", "6 people",
         "jane-doe"),
        ("At least 40 people died in the floods, the country's health minister, Jane Doe, "
         "said on Tuesday.", "At least 40 people", "jane-doe"),
        # a role that speaks for its owner keeps its description, whatever the owner
        ("The city's mayor, Jane Doe, said 6 people were hurt.", "6 people", "city-mayor"),
        ("The carrier's spokesman, John Smith, said 180 passengers were aboard.",
         "180 passengers", "carrier-spokesman"),
        ("The country's health minister, Jane Doe, said 40 people had died.", "40 people",
         "country-health-minister"),
        # a personal relation hands over to the name, with an owner or without, as when its
        # word was no source noun
        ("A doctor, Jane Doe, said he had lost 20 pounds.", "20 pounds", "jane-doe"),
        ("The hospital's doctor, Jane Doe, said 40 patients were treated.", "40 patients",
         "jane-doe"),
    ],
)  # fmt: skip
def test_an_appositive_description_keeps_its_reading(text: str, figure: str, source: str) -> None:
    """Any description with an owner who is no source noun had handed over to the name, so
    "the city's mayor, Jane Doe" became jane-doe (beside "the mayor said": two sources), and
    a trailing one lost its source."""
    assert source_of(doc_claims(text, NO_ALIASES), figure) == source


def test_a_trailing_appositive_keeps_the_time_of_its_statement() -> None:
    text = (
        "At least 40 people died in the floods, the country's health minister, Jane Doe, "
        "said on Tuesday."
    )
    (c,) = doc_claims(text, NO_ALIASES)
    assert c.attribution is not None and c.time is None
    assert c.attribution.when == "on Tuesday"  # the statement's time, not the deaths'


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        # a time lead-in of four to six words: the source reports what follows its verb
        ("In the early hours of Monday, police said, 13 people were arrested.", "13 people",
         "police"),
        ("By the end of the week, officials said, 40 homes had been destroyed.", "40 homes",
         "officials"),
        ("After the quake struck on Sunday, officials said, at least 13 people had died.",
         "at least 13 people", "officials"),
        ("Just before midnight on Monday, police said, 13 people were arrested after the "
         "match.", "13 people", "police"),
        ("On May 5, police said, 13 people were arrested.", "13 people", "police"),
        # a lead-in that tells a figure with its verb is what the source reports ("year" in
        # "13-year-old" is no time that opens the sentence)
        ("A 13-year-old boy was killed, police said, and two others were wounded.",
         "13-year-old", "police"),
        ("Monday's storm killed 13 people, officials said, and rescue teams searched through "
         "the night.", "13 people", "officials"),
        # a subordinate clause that opens the sentence is a lead-in, figure or not: the
        # source reports the main clause after its verb (a re-review's cases)
        ("When 13 people died on Monday, police said, the mayor closed 40 schools.",
         "40 schools", "police"),
        ("After 13 people died on Monday, officials said, the city closed 40 schools.",
         "40 schools", "officials"),
        ("Until 13 people were rescued on Monday, police said, the road stayed shut for 6 "
         "hours.", "6 hours", "police"),
        # "as" opens a figure as often: its clause is what the source reports
        ("As many as 13 people died on Monday, police said, and rescue teams searched "
         "through the night.", "As many as 13 people", "police"),
    ],
)  # fmt: skip
def test_a_lead_in_is_judged_by_what_it_holds(text: str, figure: str, source: str) -> None:
    """The lead-in was a time only when a time word stood among its first three words:
    "In the early hours of Monday, police said, 13 ..." lost its source."""
    assert source_of(doc_claims(text, NO_ALIASES), figure) == source


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        ("Budget airline Ryanair said it carried 15 million passengers in May.",
         "15 million passengers", "ryanair"),
        ("Energy regulator Ofgem said bills would rise 10 percent.", "10 percent", "ofgem"),
        ("Media watchdog Ofcom said it received 4,000 complaints.", "4,000 complaints", "ofcom"),
        ("German airline Lufthansa said it would cut 20,000 jobs.", "20,000 jobs", "lufthansa"),
        ("The victim was stabbed 14 times, county coroner John Smith said.", "14 times",
         "john-smith"),
        ("Medical examiner Jane Doe said the victim was shot 3 times.", "3 times", "jane-doe"),
        # near-miss: the noun alone is still a source
        ("The flight carried 180 passengers, the airline said.", "180 passengers", "airline"),
    ],
)  # fmt: skip
def test_a_lower_case_descriptor_is_no_part_of_the_name_after_it(
    text: str, figure: str, source: str
) -> None:
    """ "Budget airline Ryanair said" was budget-airline-ryanair: beside "Ryanair said" the
    report listed one source twice."""
    assert source_of(doc_claims(text, NO_ALIASES), figure) == source


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        # a list of sources is not its last one alone
        ("Police and firefighters said 20 homes were destroyed.", "20 homes", None),
        ("Officials and economists said growth slowed to 1.2 percent.", "1.2 percent", None),
        # a report set beside another's ("as ... said earlier") is no speaker of the figure
        ("The mayor said 6 people were hurt, as paramedics said earlier.", "6 people", "mayor"),
        # near-misses: "and" between two clauses, or before another report
        ("Police cordoned off the street and firefighters said 12 people were rescued.",
         "12 people", "firefighters"),
        ("The coroner said 6 people died, but relatives said 9 bodies were found.", "9 bodies",
         "relatives"),
    ],
)  # fmt: skip
def test_a_source_noun_after_a_list_or_a_comparison_is_not_the_speaker(
    text: str, figure: str, source: str | None
) -> None:
    """ "Police and firefighters said" credited the firefighters alone, "..., as paramedics
    said earlier" took the mayor's figure: a named wrong source is worse than none."""
    assert source_of(doc_claims(text, NO_ALIASES), figure) == source


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("At least 40 people were killed, a diplomat said.", "diplomat"),
        ("At least 40 people were killed, an activist said.", "activist"),
        ("At least 40 people were killed, a soldier said.", "soldier"),
        ("At least 40 people were killed, a villager said.", "villager"),
        ("At least 40 people were killed, a deputy said.", "deputy"),
        ("At least 40 people were killed, an economist said.", "economist"),
        ("At least 40 people were killed, a scientist said.", "scientist"),
    ],
)
def test_one_of_those_who_speak_in_news_is_a_source(text: str, source: str) -> None:
    assert source_of(doc_claims(text, NO_ALIASES), "At least 40 people") == source


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        # a relative clause's object before the verb of saying is no speaker: the noun
        # phrase before "that" is (the police, the sentence's other speaker, had it)
        ("Police estimated that 22,000 people took part, while the union that organised "
         "it claimed 150,000 participants.", "150,000 participants", "union"),
        ("Police estimated that 22,000 people took part, while the union that organised "
         "it claimed 150,000 participants.", "22,000 people", "police"),
        # a verb of saying after "than" is what the figure is set against, not its source
        # (the leak's 7,000 was the company's); an unnamed source after "according to"
        ("Brightwave will cut 7,000 jobs, according to people familiar with the matter, "
         "a larger number than the company announced.", "7,000 jobs", "unnamed-source"),
        ("Brightwave will cut 7,000 jobs, a larger number than the company announced.",
         "7,000 jobs", None),
        ("Brightwave will cut 7,000 jobs, according to people with knowledge of the plans.",
         "7,000 jobs", "unnamed-source"),
        ("Brightwave will cut 7,000 jobs, according to people close to the company.",
         "7,000 jobs", "unnamed-source"),
        # (review) a figure the comparison names, and a "which" after a comma (of the
        # clause before: "it" stays the speaker said before)
        ("Some 5,000 people marched, more than the 3,000 police reported.", "Some 5,000 people",
         None),
        ("Turnout was 3,000, fewer than the 5,000 organisers claimed.", "3,000", None),
        ("Nortel Corp said demand slumped in the quarter. Orders fell sharply, which meant "
         "it reported 300 fewer sales than a year before.", "300 fewer sales", "nortel-corp"),
    ],
)  # fmt: skip
def test_speakers_in_relative_and_comparative_clauses(
    text: str, figure: str, source: str | None
) -> None:
    assert source_of(doc_claims(text), figure) == source


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        # a body's figures that show ("data showed", "figures showed"): the figures' source
        ("Some 31,400 migrants arrived by sea in the first half, interior ministry data "
         "showed.", "Some 31,400 migrants", "interior-ministry"),
        ("Labor Department data showed 300,000 jobs were added.", "300,000 jobs",
         "labor-department"),
        ("Tests showed 12 people were infected.", "12 people", None),  # no body's figures
        # management and a delegation speak as a body does
        ("About 32% of staff joined the strike, according to management.", "About 32%",
         "management"),
        ("The government delegation put the figure at 22,000.", "22,000",
         "government-delegation"),
        # a participle's clause after the speaker goes on with its report; a preposition
        # in -ing does not
        ("House prices rose 0.4% in March, Halifax said on Wednesday, taking the average "
         "property price to a record £298,500.", "£298,500", "halifax"),
        ("Twelve people died in the crash, police said, adding that 30 were hurt.", "30",
         "police"),
        ("Rioters threw bottles at police, witnesses said, following a vigil for Kimani "
         "Gray, 16, who was shot.", "16", None),
        # (review) the one who says it before a body's data that showed it; no body, no
        # source; the speaker's circumstances are no report; a short lead that tells a
        # figure, a bare weekday before the comma
        ("Smith said the figures showed 40% of schools failed.", "40%", "smith"),
        ("The report showed 300 people were arrested, police said.", "300 people", "police"),
        ("The data showed that 300,000 jobs were added.", "300,000 jobs", None),
        ("Official figures showed on Tuesday that 300,000 jobs were added.", "300,000 jobs",
         None),
        ("Turnout was strong in the state, the governor said, speaking to 300 supporters.",
         "300 supporters", None),
        ("Prices rose 0.4%, Halifax said on Wednesday, taking the average price to £298,500.",
         "£298,500", "halifax"),
        ("Twelve people were killed, police said Monday, bringing the total to 57.", "57",
         "police"),
        # (second review) an article before the body; figures that showed, then another
        # verb's clause
        ("The interior ministry data showed 31,400 migrants arrived by sea.",
         "31,400 migrants", "interior-ministry"),
        ("Inflation hit 9.1% in June, Labor Department figures showed, the paper reported, "
         "adding that wages fell 2%.", "9.1%", "labor-department"),
        # (re-read) "show" too; a figure before the comma is no comparison's
        ("Labor Department figures show unemployment rose to 4.2%.", "4.2%", "labor-department"),
        ("The toll rose to more than 3,000, police said.", "more than 3,000", "police"),
        # (final re-read) a body whose last word ends as a people's adjective does
        ("Bank lending rose 3.1 percent in April, Bank of Japan figures showed.",
         "3.1 percent", "bank-of-japan"),
        ("Sentiment fell 5 percent in May, University of Michigan data showed.",
         "5 percent", "university-of-michigan"),
        ("Exports rose 4 percent in May, South Korean data showed.", "4 percent", None),
    ],
)  # fmt: skip
def test_sources_of_data_bodies_and_a_participle_after_the_speaker(
    text: str, figure: str, source: str | None
) -> None:
    assert source_of(doc_claims(text), figure) == source


def test_the_time_before_a_participle_after_the_speaker_is_the_statement_s() -> None:
    """'police said on Monday, adding that 30 were hurt': Monday is when police said it,
    never the crash's day (the report reaching past the speaker had taken it)."""
    claims = doc_claims("Twelve people died in a crash on the highway, police said on Monday, "
                        "adding that 30 were hurt.")  # fmt: skip
    for c in claims:
        assert c.attribution is not None and c.attribution.when == "on Monday", c
        assert c.time is None, c
    (inflation,) = [c for c in doc_claims("Inflation hit 9.1% in June, Labor Department "
                    "figures showed, the paper reported.") if c.text == "9.1%"]  # fmt: skip
    assert inflation.time is not None and inflation.time.surface == "in June"


def test_a_capitalised_word_in_ing_after_the_speaker_is_no_participle() -> None:
    """'..., the ministry said on Tuesday, Beijing time.': no clause goes on with the
    report (the case-blind weekday had let "Beijing" read as a participle)."""
    from crosscheck.extract.attribution import speech_events

    text = "Prices rose 3%, the ministry said on Tuesday, Beijing time."
    (event,) = speech_events(text)
    assert event.said_until is None, event


def test_unnamed_sources_worded_two_ways_are_one_source(tmp_path: Path) -> None:
    """'people familiar with the matter' and 'a person briefed on the plans' are one
    unnamed source (no "credited to different sources" note between them), each shown in
    its own article's words."""
    from crosscheck.pipeline import check
    from tests.conftest import write_story

    story = write_story(
        tmp_path / "story",
        "Acme will cut 7,000 jobs, according to people familiar with the matter.",
        "Acme will cut 7,000 jobs, according to a person briefed on the plans.",
    )
    result = check([story], Settings(fail_on="never"))
    assert [f.rule for f in result.findings] == ["corroborated-figure"]
    assert {c.attribution.name for c in result.claims if c.attribution} == {
        "people familiar with the matter",
        "a person briefed",
    }


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        # a figure in the source after "according to" is no end of it, nor part of its
        # name ("study-of-12" was the source of "a study of 12,400 people ...")
        ("The risk fell by 12 percent, according to a study of 12,400 people published in "
         "Lancet Oncology.", "12 percent", "study"),
        ("Prices rose 3%, according to a survey of 2,000 firms.", "3%", "survey"),
        ("About 40 died, according to officials, 1,200 of them children.", "About 40",
         "officials"),
        # (review) a qualifier before the figure; a comma in a figure splits no name; a
        # name's "of" a figure ends nothing
        ("Prices rose 3%, according to a survey of some 2,000 firms.", "3%", "survey"),
        ("The union has 500 members on strike, according to the 2,000-member union.",
         "500 members", "2-000-member-union"),
        ("Some 70 were arrested, according to the Committee of 100.", "Some 70",
         "committee-of-100"),
    ],
)  # fmt: skip
def test_a_figure_after_according_to_ends_no_source(
    text: str, figure: str, source: str | None
) -> None:
    assert source_of(doc_claims(text), figure) == source


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        # words in small letters that say what a named source is: the name is the source,
        # as another article that gives the name alone has it (an outside hunt: "the
        # state weather agency AEMET" and "AEMET" were two sources, a note that they differ)
        ("Temperatures reached 46.2C on Saturday, the state weather agency AEMET said.",
         "46.2C", "AEMET"),
        ("At least 40 people died, the rights group Human Rights Watch said.",
         "At least 40 people", "human-rights-watch"),
        ("The state-run news agency KCNA said 300 shells were fired.", "300 shells", "KCNA"),
        # not a name after a preposition: whose the role is, not who speaks
        ("At least 40 people died, the mayor of Houston said.", "At least 40 people",
         "mayor-of-houston"),
        # (review) nor after a list's "and", a preposition further back or a verb in -ing
        # that takes the name as its object: another party ("ruling" describes)
        ("According to the local authorities and the UN, 40 people died.", "40 people",
         "local-authorities-and-the-un"),
        ("According to the chief executive of the airline Qantas, 40 flights were cut.",
         "40 flights", "chief-executive-of-the-airline-qantas"),
        ("According to the newspaper suing OpenAI, 40 articles were copied.", "40 articles",
         "newspaper-suing-openai"),
        ("According to the lawyer representing John Smith, 40 people were questioned.",
         "40 people", "lawyer-representing-john-smith"),
        ("The ruling ANC said 40 seats were won.", "40 seats", "ANC"),
        # (re-read) any adjective in -ing of the lexicon's, not a word list of two
        ("According to the outgoing Fidesz, 40 seats were won.", "40 seats", "fidesz"),
    ],
)  # fmt: skip
def test_a_described_name_is_the_source(text: str, figure: str, source: str) -> None:
    assert source_of(doc_claims(text, NO_ALIASES), figure) == source
    alone = text.replace("the state weather agency ", "").replace("the rights group ", "")
    if alone != text:  # the same source, named alone
        assert source_of(doc_claims(alone, NO_ALIASES), figure) == source


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        # (outside hunt) "added" right before a figure is a gain, no speech: "WTI" was
        # the source of its own rise, and on the 74 folders "Ty Lawson added 14 points"
        pytest.param("Brent rose 4.2% on Monday, while WTI added 3.9%.", "3.9%", None,
                     marks=HELD_ADDED),
        pytest.param("Ty Lawson added 14 points for the Tar Heels.", "14 points", None,
                     marks=HELD_ADDED),
        ("The index added $1.20 to close at $84.60.", "$1.20", None),
        # "added" that says a report still names its speaker
        ("Sales rose 4%, the company added.", "4%", "company"),
        ("The company added that 300 jobs would go.", "300 jobs", "company"),
    ],
)  # fmt: skip
def test_added_before_a_figure_is_a_gain_not_a_report(
    text: str, figure: str, source: str | None
) -> None:
    assert source_of(doc_claims(text, NO_ALIASES), figure) == source
