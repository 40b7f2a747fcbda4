from __future__ import annotations

import dataclasses
import json
from datetime import date

import pytest

from crosscheck.model import (
    Attribution,
    Claim,
    Document,
    OffsetMap,
    Sentence,
    TimeSpan,
    line_starts_of,
    sha256_text,
)


def test_offset_map_shift_and_lines() -> None:
    source = "---\nk: v\n---\nHello\nworld"
    # text "Hello\nworld" copied verbatim from source offset 13
    omap = OffsetMap(anchors=((0, 13),), line_starts=line_starts_of(source))
    assert omap.to_source(0) == 13
    assert source[omap.to_source(6)] == "w"
    assert omap.line_col(0) == (4, 1)
    assert omap.line_col(8) == (5, 3)


def test_coarse_offset_map_points_at_anchor() -> None:
    omap = OffsetMap(anchors=((0, 40),), line_starts=(0, 20, 40, 60), exact=False)
    assert omap.to_source(0) == omap.to_source(500) == 40
    assert omap.line_col(123) == (3, 1)


def test_document_and_sentence_serialise_to_plain_json() -> None:
    text = "Ten dead in quake. Officials said 10 people died."
    doc = Document(
        id="a/b.txt", path="in/a/b.txt", format="text", text=text,
        paragraphs=((0, len(text)),), published=date(2005, 11, 27), source="Wire",
    )  # fmt: skip
    data = json.loads(json.dumps(doc.to_dict()))
    assert data["published"] == "2005-11-27"
    assert data["sha256"] == sha256_text(text)
    assert data["paragraphs"] == [[0, len(text)]]
    sent = Sentence("a/b.txt", 1, 0, (19, len(text)), text[19:])
    assert json.loads(json.dumps(sent.to_dict()))["span"] == [19, len(text)]


def test_records_are_immutable() -> None:
    sent = Sentence("d", 0, 0, (0, 1), "x")
    with pytest.raises(dataclasses.FrozenInstanceError):
        sent.index = 3  # type: ignore[misc]


def test_a_claim_s_half_scale_words_and_factor_survive_report_json_and_an_old_record_has_none() -> (
    None
):
    """Claim.half (the half an 'and a half' added), Claim.scale (the scale its last
    written digit counts in), Claim.in_words (its figure written in words) and
    Claim.factor (what the figure as written was multiplied by) go through to_dict and
    back; a record written before the fields existed reads 0.0, 1.0, False and 1.0: no
    half, no scale, digits, nothing multiplied."""
    from crosscheck.extract import extract_claims
    from crosscheck.model import claim_from_dict
    from crosscheck.segment import segment

    text = "Officials said two and a half million people fled the region."
    doc = Document("d", "d", "text", text, ((0, len(text)),))
    (claim,) = extract_claims(doc, segment(doc))
    assert (claim.value, claim.half, claim.scale, claim.in_words) == (2_500_000, 500_000, 1e6, True)
    assert claim.factor == 1.0  # words are read whole: nothing multiplies digits
    text = "Officials said 3 hundred thousand people fled the region."
    doc = Document("d", "d", "text", text, ((0, len(text)),))
    (spelled,) = extract_claims(doc, segment(doc))
    assert (spelled.value, spelled.scale, spelled.factor) == (300_000, 1.0, 1e5)
    assert claim_from_dict(json.loads(json.dumps(spelled.to_dict())), 1, len(text)) == spelled
    data = json.loads(json.dumps(claim.to_dict()))
    assert claim_from_dict(data, 1, len(text)) == claim
    half_claim = dataclasses.replace(claim, half=0.5)
    assert claim_from_dict(json.loads(json.dumps(half_claim.to_dict())), 1, len(text)).half == 0.5
    del data["half"], data["scale"], data["in_words"], data["factor"]
    old = claim_from_dict(data, 1, len(text))
    assert (old.half, old.scale, old.in_words, old.factor) == (0.0, 1.0, False, 1.0)


def test_a_part_is_a_field_of_its_own_through_report_json_and_an_old_record_is_no_part() -> None:
    """Claim.part (a part of another figure its sentence gives) is a field of the claim,
    not a word among its modifiers, and goes through to_dict and back; a record written
    before the field existed reads as no part."""
    from crosscheck.extract import extract_claims
    from crosscheck.model import claim_from_dict
    from crosscheck.segment import segment

    text = (
        "The agency received nearly 235,000 comments, at least 208,000 of which were form letters."
    )
    doc = Document("d", "d", "text", text, ((0, len(text)),))
    whole, part = extract_claims(doc, segment(doc))
    assert (whole.value, whole.part, part.value, part.part) == (235_000, False, 208_000, True)
    assert "part" not in part.modifiers
    data = json.loads(json.dumps(part.to_dict()))
    assert data["part"] is True and "part" not in data["modifiers"]
    assert claim_from_dict(data, 1, len(text)) == part
    del data["part"]
    assert claim_from_dict(data, 1, len(text)) == dataclasses.replace(part, part=False)


def test_what_a_measure_describes_survives_report_json_and_an_old_record_has_none() -> None:
    """Claim.measured and the subject's go through to_dict and back (a group's subject
    too); a record written before the fields existed reads None."""
    from crosscheck.extract import extract_claims
    from crosscheck.model import Subject, claim_from_dict, group_from_dict
    from crosscheck.segment import segment

    text = "Jeffs delivered a 55-minute speech to the court."
    doc = Document("d", "d", "text", text, ((0, len(text)),))
    (claim,) = extract_claims(doc, segment(doc))
    assert claim.measured == "speech"
    data = json.loads(json.dumps(claim.to_dict()))
    assert claim_from_dict(data, 1, len(text)) == claim
    del data["measured"]
    assert claim_from_dict(data, 1, len(text)).measured is None
    subject = Subject("minute", "deliver", measured="speech")
    assert subject.words("minute", "deliver", False) == "minute, speech (deliver)"
    group = {
        "id": "g",
        "claims": [],
        "documents": [],
        "kind": "numeric",
        "concept": "minute",
        "label": "x",
        "score": 1.0,
        "reasons": [],
        "subject": subject.to_dict("x"),
    }
    assert group_from_dict(group).subject == subject
    del group["subject"]["measured"]  # type: ignore[attr-defined]
    assert group_from_dict(group).subject == Subject("minute", "deliver")


def _every_field_claim() -> tuple[Claim, str]:
    """A claim read from a real sentence, with every field that can be set set, each to
    a value no other field has (so a field read into another's place shows)."""
    from crosscheck.extract import extract_claims
    from crosscheck.segment import segment

    text = "Police said on Monday that the toll rose from about 30 to nearly 40 dead in 2024."
    doc = Document("d", "d", "text", text, ((0, len(text)),))
    claims = [c for c in extract_claims(doc, segment(doc)) if c.value == 40]
    assert len(claims) == 1
    claim = dataclasses.replace(
        claims[0], modifiers=("m1", "m2"), negated=True, hedged=True, elided=True,
        noun_phrase="np", change="up", was=30.0, was_qualifier="approx", was_span=(44, 52),
        time=TimeSpan("in 2024", "2024-01-01", "2024-12-31", "year", True), half=0.25,
        scale=10.0, measured="ms", in_words=True, factor=100.0, part=True, converted=True,
        clock=True, partitive=True, spread=True, predicate="pr", predicate_words="pw",
        unit_surface="us",
        attribution=Attribution("police", "Police", (0, 6), "say", True, "on Monday"),
    )  # fmt: skip
    return claim, text


def test_a_claim_with_every_field_set_reads_back_the_same() -> None:
    """claim_from_dict builds a claim by the place of its fields: each comes back in its
    own, through JSON as the store keeps it."""
    from crosscheck.model import claim_from_dict

    claim, text = _every_field_claim()
    data = json.loads(json.dumps(claim.to_dict()))
    assert claim_from_dict(data, 1, len(text)) == claim


@pytest.mark.parametrize(
    ("field", "damage"),
    [
        ("value", "abc"), ("lower", "30"), ("upper", [40]), ("was", True), ("half", None),
        ("sentence", 1), ("sentence", -1), ("sentence", 0.0), ("span", [80, 200]),
        ("span", [5, 2]), ("span", ["a", 3]), ("was_span", [0, 999]), ("id", 7),
        ("document", None), ("text", ["x"]), ("qualifier", "roughly"), ("kind", "weight"),
        ("change", "sideways"), ("negated", "false"), ("part", 1), ("unit", 3),
        ("predicate", ["kill"]), ("measured", {}), ("modifiers", "m"), ("modifiers", [1]),
        ("attribution", {"entity": "p", "surface": "p", "span": [0, 999]}),
        ("attribution", {"entity": 5, "surface": "p", "span": [0, 6]}),
        ("time", {"surface": 2024}), ("time", {"surface": "x", "granularity": "week"}),
    ],
)  # fmt: skip
def test_a_stored_claim_of_another_shape_is_refused(field: str, damage: object) -> None:
    """A claim as the store holds it, with one field damaged or edited by hand so that it
    is still JSON, raises ValueError (the store then extracts the article again): a figure
    that is text stopped the matcher with "internal error ... a bug", and a sentence its
    article lacks, a span outside its text, a kind or qualifier crosscheck does not know
    reached the report as they were."""
    from crosscheck.model import claim_from_dict

    claim, text = _every_field_claim()
    data = json.loads(json.dumps(claim.to_dict()))
    data[field] = damage
    with pytest.raises(ValueError):
        claim_from_dict(data, 1, len(text))


@pytest.mark.parametrize(
    ("field", "damage"),
    [("index", 1), ("index", "0"), ("paragraph", 0.5), ("document", 3), ("text", None),
     ("role", "footnote"), ("span", [3]), ("span", [9, 2]), ("span", [0.0, 4])],
)  # fmt: skip
def test_a_stored_sentence_of_another_shape_is_refused(field: str, damage: object) -> None:
    """A stored sentence is its document's sentence of the place it is read at (claims
    name it by that), with a paragraph, a role and a span of the shapes crosscheck writes;
    any other raises ValueError."""
    from crosscheck.model import sentence_from_dict

    data = json.loads(json.dumps(Sentence("d", 0, 0, (0, 4), "Ten.").to_dict()))
    assert sentence_from_dict(dict(data), 0) == Sentence("d", 0, 0, (0, 4), "Ten.")
    data[field] = damage
    with pytest.raises(ValueError):
        sentence_from_dict(data, 0)


def test_a_subject_reads_back_from_its_dict_and_a_damaged_one_is_refused() -> None:
    """model.subject_from_dict, the one reader of a subject (a stored group's, a stored
    claim's subject row): to_dict and back is the same subject; a field a record written
    before it existed lacks is none; a subject of another shape raises ValueError, so that
    a stored group with one is damaged (matched again), not a subject of single letters."""
    from crosscheck.model import Subject, group_from_dict, subject_from_dict

    subject = Subject("worker", "hire", "Maria Tanaka", "Riverside", 2019,
                      ("Maria Tanaka", "Acme"), "since October", "including contractors",
                      "Acme", "in Riverside", "shift", "pronoun", "hired",
                      "previous strike")  # fmt: skip
    assert subject_from_dict(json.loads(json.dumps(subject.to_dict("worker")))) == subject
    assert subject_from_dict({"concept": None}) == Subject(None)
    whole = subject.to_dict("worker")
    for key, bad in (("names", "Acme"), ("names", [1]), ("year", True), ("year", 2019.0),
                     ("owner", 3), ("concept", ["worker"]), ("holder_via", "guess"),
                     ("holder", None), ("event_words", 3), ("earlier", 1)):  # fmt: skip
        with pytest.raises(ValueError):
            subject_from_dict({**whole, key: bad})
    for bad_subject in ({"event": "hire"}, ["worker"], "worker"):
        with pytest.raises(ValueError):
            subject_from_dict(bad_subject)
    group = {"id": "g", "claims": [], "documents": [], "kind": "numeric", "concept": "worker",
             "label": "x", "score": 1.0, "reasons": [],
             "subject": {**whole, "names": "Acme"}}  # fmt: skip
    with pytest.raises(ValueError):
        group_from_dict(group)


def test_a_documents_digest_is_worked_out_once_and_follows_its_text(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import pickle

    import crosscheck.model as model

    text = "Officials said 3,000 more troops would be sent."
    doc = Document("a.txt", "a.txt", "txt", text, ((0, len(text)),))
    hashed: list[str] = []
    real = model.sha256_text
    monkeypatch.setattr(model, "sha256_text", lambda t: hashed.append(t) or real(t))
    assert doc.sha256 == doc.sha256 == sha256_text(text) and hashed == [text]
    # a copy with another text has that text's digest; equal documents stay equal
    other = dataclasses.replace(doc, text="Officials said 3,500.")
    assert other.sha256 == sha256_text("Officials said 3,500.") and other != doc
    assert dataclasses.replace(doc) == doc and hash(dataclasses.replace(doc)) == hash(doc)
    assert pickle.loads(pickle.dumps(doc)).sha256 == doc.sha256
    assert "_sha256" not in doc.to_dict() and "sha256" in doc.to_dict()


def test_a_clock_is_a_field_of_its_own_through_report_json_and_an_old_record_is_none() -> None:
    """Claim.clock (a time on a game's clock, read as seconds) goes through to_dict and
    back, as a record read from the store or from report.json is; a record written before
    the field existed reads as no clock."""
    from crosscheck.extract import extract_claims
    from crosscheck.model import claim_from_dict
    from crosscheck.segment import segment

    text = "He scored with 7:42 left, after 7 minutes 41 seconds."
    doc = Document("d", "d", "text", text, ((0, len(text)),))
    clock, words = extract_claims(doc, segment(doc))
    assert (clock.value, clock.clock, words.value, words.clock) == (462, True, 461, False)
    data = json.loads(json.dumps(clock.to_dict()))
    assert data["clock"] is True
    assert claim_from_dict(data, 1, len(text)) == clock
    del data["clock"]
    assert claim_from_dict(data, 1, len(text)) == dataclasses.replace(clock, clock=False)


def test_a_partitive_is_a_field_of_its_own_and_an_old_record_is_none() -> None:
    """Claim.partitive (some of a whole its sentence names but does not count) goes
    through to_dict and back; a record written before the field existed reads as none."""
    from crosscheck.extract import extract_claims
    from crosscheck.model import claim_from_dict
    from crosscheck.segment import segment

    text = "Officials said that more than 200,000 of the comments opposed the rule change."
    doc = Document("d", "d", "text", text, ((0, len(text)),))
    (claim,) = extract_claims(doc, segment(doc))
    assert (claim.value, claim.partitive, claim.part) == (200_000, True, False)
    data = json.loads(json.dumps(claim.to_dict()))
    assert data["partitive"] is True and claim_from_dict(data, 1, len(text)) == claim
    del data["partitive"]
    assert claim_from_dict(data, 1, len(text)) == dataclasses.replace(claim, partitive=False)


def test_a_claims_verb_as_written_goes_through_and_a_damaged_one_is_refused() -> None:
    """Claim.predicate_words (the verb as written, which labels show) goes through to_dict
    and back, and reads as none in a record written before the field; a stored row whose
    verb is no text is damaged (ValueError, the store makes it again), where a list
    stopped the run and a number became a label's word."""
    from crosscheck.extract import extract_claims
    from crosscheck.model import claim_from_dict
    from crosscheck.segment import segment

    text = "The fire caused $1 million in damage."
    doc = Document("d", "d", "text", text, ((0, len(text)),))
    (claim,) = extract_claims(doc, segment(doc))
    assert (claim.predicate, claim.predicate_words) == ("cause", "caused")
    data = json.loads(json.dumps(claim.to_dict()))
    assert claim_from_dict(data, 1, len(text)) == claim
    del data["predicate_words"]
    assert claim_from_dict(data, 1, len(text)) == dataclasses.replace(claim, predicate_words=None)
    for key, bad in (("predicate_words", 5), ("predicate_words", ["x"]), ("predicate", ["x"])):
        with pytest.raises(ValueError):
            claim_from_dict({**data, key: bad}, 1, len(text))


def test_a_labels_verb_does_not_move_with_the_order_of_the_articles() -> None:
    """Of two forms of a group's verb written as often ('killed' six times, 'killing' six
    times, 20ecbplus), the label takes the first in alphabetical order, whichever article
    comes first (the first member's form before)."""
    from crosscheck.match.cluster import _most_written

    words = ["killing", "killed", None, "killing", "killed"]
    assert _most_written(words) == _most_written(words[::-1]) == "killed"
    assert _most_written(["killing", "killed", "killing"]) == "killing"
    assert _most_written([None]) is None


def test_the_name_a_source_is_shown_by() -> None:
    """The words the extraction recorded (Attribution.name); a table's id as it is, whatever
    the claim's words; spellings alike apart from case, spacing and an article one name,
    the commonest, whatever the order; other spellings of one id each their own; two
    sources written alike told apart by their ids; no control character."""
    from crosscheck.model import Attribution, source_key, source_name, source_names

    def said(entity: str, surface: str, name: str | None) -> Attribution:
        return Attribution(entity, surface, (0, len(surface)), "say", name=name)

    chief = said(
        "fire-chief-maria-lopes", "Fire Chief Maria Lopes's office", "Fire Chief Maria Lopes"
    )
    assert source_name(chief) == "Fire Chief Maria Lopes"
    # an alias table's id (name None) is shown as the id, even where words spell one
    assert source_name(said("red-cross", "the Red Cross", None)) == "red-cross"
    assert source_name(said("red-cross", "ICRC", None)) == "red-cross"
    spellings = [said("police", "police", "police"), said("police", "Police", "Police"),
                 said("police", "the police", "police")]  # fmt: skip
    names = source_names(spellings)
    assert names == source_names(spellings[::-1]) == {("police", "police"): "police"}
    assert source_names(spellings[:2]) == {("police", "police"): "Police"}  # a tie: sorted first
    hague = [said("hague", "The Hague", "The Hague"), said("hague", "the Hague", "Hague")]
    assert len(source_names(hague)) == 1  # an article apart: one name
    # one id, two names the id cannot tell apart (slug keeps no letter but a-z and digits)
    mueller, moeller = said("m-ller", "Müller", "Müller"), said("m-ller", "Møller", "Møller")
    names = source_names([mueller, moeller])
    assert (source_name(mueller, names), source_name(moeller, names)) == ("Müller", "Møller")
    assert source_key(mueller) != source_key(moeller)
    assert sorted(
        source_names([said("ABC", "ABC", "ABC"), said("abc", "Abc", "Abc")]).values()
    ) == [
        "ABC [ABC]",
        "Abc [abc]",
    ]
    # the same id with a name and without (an acronym one article defines) reads alike
    both = [said("FAA", "the Federal Aviation Administration", None), said("FAA", "FAA", "FAA")]
    assert set(source_names(both).values()) == {"FAA"}
    # punctuation between the words is spacing: one name ('Attorney-General' is a spelling)
    hyphen = said(
        "attorney-general-ann-lee", "Attorney-General Ann Lee", "Attorney-General Ann Lee"
    )
    plain = said("attorney-general-ann-lee", "Attorney General Ann Lee", "Attorney General Ann Lee")
    assert source_key(hyphen) == source_key(plain)
    # a name is raw, as the article's other words in a message are (the writers escape)
    assert source_name(said("jim-williams", "Jim \u202eWilliams", "Jim \u202eWilliams")) == (
        "Jim \u202eWilliams"
    )
    assert source_name(None) == "no source"


def test_a_names_words_as_written() -> None:
    """The run of a source's words that makes its id, as written: on one line, a full stop
    an abbreviation ends with kept, a possessive cut only where more words follow."""
    from crosscheck.extract.document import written_name

    chief = "fire-chief-maria-lopes"
    assert written_name(chief, "Fire Chief Maria Lopes's office") == "Fire Chief Maria Lopes"
    assert written_name(chief, "Fire Chief\nMaria  Lopes") == "Fire Chief Maria Lopes"
    assert written_name("mcdonald", "McDonald's") == "McDonald's"
    assert written_name("valley-dairy-inc", "Valley Dairy Inc.") == "Valley Dairy Inc."
    assert written_name("u-s-embassy", "the U.S. Embassy") == "the U.S. Embassy"
    assert written_name("u-s", "the U.S.") == "the U.S."
    assert written_name("police", "police,") == "police"
    assert written_name("harbour-official", "the official") is None


def test_the_written_out_marks_are_unicode_s() -> None:
    """crosscheck.unicode_marks holds the marks model.MARKS reads, written out so that no
    start scans the code points: they must be the running Python's, of the same version."""
    import unicodedata

    from crosscheck.unicode_marks import RANGES, UNIDATA_VERSION

    if unicodedata.unidata_version != UNIDATA_VERSION:
        pytest.skip(f"Python's Unicode is {unicodedata.unidata_version}, the table's "
                    f"{UNIDATA_VERSION}: remake it as its docstring says")  # fmt: skip
    marks = [
        c
        for c in range(0x300, 0x20000)
        if unicodedata.category(chr(c)) in ("Mn", "Mc") and not 0xFE00 <= c <= 0xFE0F
    ]
    assert [c for a, b in RANGES for c in range(a, b + 1)] == marks
