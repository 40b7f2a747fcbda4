"""Group labels on real sentences: the subject said in words an editor reads.

Each case is two articles' sentences about one figure, run from text to the group's label
(match.cluster.label): the labels the 74 ECB+ folders showed that did not read ('age
(described)', 'port (support)', 'pound-mass (weigh)', 'age, of X, 1967') and those whose
verb does say the subject ('people (arrested)', 'point (scored) of X'), which stay."""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import replace
from pathlib import Path

import pytest

from crosscheck.config import Settings
from crosscheck.errors import ConfigError
from crosscheck.match.cluster import distinct_labels, label, story_components
from crosscheck.match.pairs import profiles
from crosscheck.model import RunResult, Subject
from crosscheck.pipeline import concept_table, run
from crosscheck.report.html import group_html, numberline
from tests.conftest import write_story


def helper_labels(result: RunResult, settings: Settings | None = None) -> dict[str, str]:
    """Each group's label as match.cluster.label gives it from the group's subject, kind
    and claims, made distinct within its story (distinct_labels): what every group's label
    must be."""
    table = concept_table(settings or Settings())
    by_id = {c.id: c for c in result.claims}
    story_of = story_components(result.sentences)
    stories = defaultdict(list)
    for g in result.groups:
        stories[story_of.get(g.documents[0])].append(g)
    out: dict[str, str] = {}
    for groups in stories.values():
        members = {
            g.id: profiles([by_id[i] for i in g.claims], result.sentences, result.documents, table)
            for g in groups
        }
        made = [
            replace(g, label=label(g.subject, g.kind, table, members[g.id]))
            for g in groups
            if g.subject is not None
        ]
        out.update((g.id, g.label) for g in distinct_labels(made, members, table))
    return out


def _run(tmp_path: Path, first: str, second: str, settings: Settings | None = None) -> RunResult:
    (tmp_path / "a.txt").write_text(first + "\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text(second + "\n", encoding="utf-8")
    result = run([tmp_path], settings or Settings())
    # every label is the one helper's, and the report's words for the subject are it
    assert {g.id: g.label for g in result.groups} == helper_labels(result, settings)
    assert all(g.to_dict()["subject"]["words"] == g.label for g in result.groups)
    return result


def _labels(tmp_path: Path, first: str, second: str, settings: Settings | None = None) -> list[str]:
    result = _run(tmp_path, first, second, settings)
    return [g.label for g in result.groups if len(g.documents) == 2]


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        # a verb of saying or knowing: how the figure was told, not what happened to it
        (
            "At a hearing on Tuesday, the prosecutor described 43-year-old Yvonne Hale as a "
            "methodical killer.",
            "Yvonne Hale, 43, was held without bail on Tuesday, the prosecutor said.",
            "age",
        ),
        # a light verb: its object ("move", "report") says the event, the verb nothing
        (
            "Microsoft's move came one day after Cisco issued a report.",
            "The patch came one day after Cisco issued its report.",
            "day",
        ),
        (
            "Because the browser is used by about 70 percent of Web surfers, the code will spread.",
            "The browser is used by about 70 percent of Web surfers.",
            "percent",
        ),
        # a verb of relation: the figure is part of a whole, nothing happened to it
        (
            "No one was injured, but several people, including two children, were inside "
            "the church.",
            "Several people, including two children, were inside the church when the fire started.",
            "people",
        ),
        # a base form reads as a noun or an order, not as what happened ('port (support)')
        (
            "The new laptops will support two USB ports.",
            "The new laptops will support two USB ports and a card slot.",
            "port",
        ),
        # the verb that made the concept says nothing more ('dead (killed)')
        (
            "The storm killed 12 people on Monday.",
            "Twelve people were killed by the storm on Monday.",
            "dead",
        ),
        # a verb that says what happened to what is counted stays
        (
            "Police arrested 46 people on Saturday night.",
            "By the end of the night 46 people had been arrested.",
            "people (arrested)",
        ),
        (
            "Danny Grove scored 14 points, while Ty Lawton posted 15 points.",
            "Danny Grove scored 14 points in the win.",
            "point of Danny Grove (scored)",
        ),
        # the holder goes before the verb's brackets: 'age (convicted) of Peterson' read
        # "convicted of Peterson"
        (
            "The jury convicted the 32-year-old Peterson on Nov. 12 of first-degree murder.",
            "Peterson, 32, was convicted of two counts of murder.",
            "age of Peterson (convicted)",
        ),
        # a concept file's id in words ('military-personnel'); "called up" and "named"
        # say what happened, not how it was told
        (
            "The army called up 3,000 reservists.",
            "The army called up 3,000 reservists on Monday.",
            "military personnel (called)",
        ),
        (
            "The board named three new directors on Monday.",
            "On Monday the board named three new directors.",
            "director (named)",
        ),
        # "contained" says what happened to the blaze, no relation of a part to a whole
        (
            "Crews have contained 40 percent of the blaze, fire officials said.",
            "By Sunday evening crews had contained 40 percent of the blaze.",
            "percent (contained)",
        ),
        # a relative pronoun is no determiner: the verb is finite, not an adjective
        (
            "It was a result that stunned 40,000 fans at the stadium.",
            "The result stunned 40,000 fans.",
            "fan (stunned)",
        ),
        # an adjective in -ing is no verb ('pixel (whopping)')
        (
            "The display has a whopping 2,880 pixels across.",
            "The screen packs a whopping 2,880 pixels across.",
            "pixel",
        ),
        # an age is the person's now: the year of the crime its sentence names is not its
        # year ('age, of Marian Holt, 1967'); and "of X" follows the head with no comma
        (
            "Sixty-year-old Marian Holt is now accused of murdering two women at an ice cream "
            "store in 1967.",
            "Marian Holt, 60, was released without bail on Friday.",
            "age of Marian Holt",
        ),
        # a figure's own time frame names its year: another year in the sentence is not it
        (
            "Before 1997, Russo had served only a five-year heroin rap in 1959.",
            "Russo served a five-year heroin rap in 1959.",
            "year, heroin rap (served), in 1959",
        ),
        # a unit's internal name in words ('pound-mass (weigh)')
        (
            "Tim Cook said the laptop will weigh just 4.5 pounds.",
            "The laptop will weigh just 4.5 pounds.",
            "pound",
        ),
        # a side of a record in words ('record-wins, of Indianapolis')
        (
            "Manning calmly led Indianapolis (10-5) downfield.",
            "The win lifted Indianapolis (10-5) into the playoffs.",
            "wins of Indianapolis",
        ),
        # a determiner taken for the counted noun ("12-all") names nothing: 'all (broke)'
        (
            "Artino broke a 12-all tie with a dunk.",
            "Artino immediately broke a 12-all tie with a dunk.",
            "figure (broke)",
        ),
    ],
)
def test_a_group_label_says_the_subject_in_words(
    tmp_path: Path, first: str, second: str, expected: str
) -> None:
    assert _labels(tmp_path, first, second) == [expected]


def test_a_label_change_leaves_the_finding_ids_and_the_record(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Labels are words: a finding's id is made from its rule, its concept and its claims'
    words, never its label, and report.json's subject record keeps the matcher's fields as
    they were ('pound-mass', the verb 'weigh'): a baseline suppresses the same findings."""
    (tmp_path / "a.txt").write_text("The laptop will weigh just 4.5 pounds.\n")
    (tmp_path / "b.txt").write_text("The new laptop will weigh just 5.5 pounds.\n")
    result = run([tmp_path], Settings())
    (group,) = [g for g in result.groups if len(g.documents) == 2]
    record = json.loads(json.dumps(group.to_dict()))["subject"]
    assert (group.concept, record["concept"], record["event"]) == ("pound-mass",) * 2 + ("weigh",)
    assert record["event_words"] == "weigh" and record["words"] == group.label == "pound"
    (finding,) = result.findings
    assert finding.message.startswith("pound: 4.5 (a.txt); 5.5 (b.txt)")
    monkeypatch.setattr(Subject, "words", lambda self, head, verb, year: "other")
    (again,) = run([tmp_path], Settings()).findings
    assert again.message.startswith("other: ") and again.id == finding.id


def test_a_record_written_before_the_verb_as_written_shows_the_matchers_verb() -> None:
    """A subject read from a file written before ``event_words`` has the matcher's form
    alone, a base form: it is shown, unless its class says nothing ('say')."""
    table = concept_table(Settings())
    speech = Subject("minute", "deliver", measured="speech")
    assert label(speech, None, table) == "minute, speech (deliver)"
    assert label(Subject("case", "say"), None, table) == "case"


def test_the_html_report_names_the_concept_in_the_labels_words(tmp_path: Path) -> None:
    """Beside a group's label the HTML report names its concept where the label does not:
    in the label's words, never a determiner taken for the counted noun ('all') nor a
    concept file's id the label already says in words ('military-personnel')."""
    for first, second, shown in [
        (
            "Artino broke a 12-all tie with a dunk.",
            "Artino immediately broke a 12-all tie with a dunk.",
            '<strong><bdi>figure (broke)</bdi></strong> <span class="small">2 claims',
        ),
        (
            "The army called up 3,000 reservists.",
            "The army called up 3,000 reservists on Monday.",
            '<strong><bdi>military personnel (called)</bdi></strong> <span class="small">2 claims',
        ),
    ]:
        result = _run(tmp_path, first, second)
        (group,) = [g for g in result.groups if len(g.documents) == 2]
        assert shown in group_html(group, {c.id: c for c in result.claims})


def test_a_verb_of_feeling_is_left_out_only_as_an_adjective(tmp_path: Path) -> None:
    """ "The shocked 3,000 fans" says how the fans felt, not what happened to them; "Xavier
    stunned Duke 78-70" says what happened: the score's first figure keeps its verb."""
    assert _labels(
        tmp_path,
        "The shocked 3,000 fans left the stadium in silence.",
        "The shocked 3,000 fans left the stadium.",
    ) == ["fan"]
    assert _labels(
        tmp_path,
        "Xavier stunned Duke 78-70 on Saturday.",
        "Xavier stunned Duke 78-70 in Cincinnati on Saturday.",
    ) == ["figure (stunned)", "figure"]


def test_an_event_concept_keeps_the_verb_that_says_what_happened(tmp_path: Path) -> None:
    """A verb of knowing is left out of 'age' ("described 43-year-old Hale"), but suspects
    counted as 'arrested' (a concept marked `event: true`) were only identified: 'arrested'
    alone would say they were arrested. "took" is light where what is counted is no event
    ("took place about 150 nautical miles": 'mile', not 'mile (took)')."""
    assert _labels(
        tmp_path,
        "At a hearing on Tuesday, the prosecutor described 43-year-old Yvonne Hale as a "
        "methodical killer.",
        "Yvonne Hale, 43, was held without bail on Tuesday, the prosecutor said.",
    ) == ["age"]
    assert _labels(
        tmp_path,
        "Police identified three suspects on Monday.",
        "Police identified three suspects in the robbery on Monday.",
    ) == ["arrested (identified)"]
    assert _labels(
        tmp_path,
        "The attack took place about 150 nautical miles off Aden.",
        "The incident took place about 150 nautical miles off Aden.",
    ) == ["mile"]
    assert _labels(
        tmp_path,
        "It took another six years for Gigante to concede his subterfuge.",
        "And it took another six years for Gigante to concede his subterfuge.",
    ) == ["year"]


def _concept_file(tmp_path: Path, text: str) -> Settings:
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "concepts.yml").write_text(text, encoding="utf-8")
    articles = tmp_path / "articles"
    articles.mkdir()
    return Settings(rule_paths=(rules,))


def test_a_concept_counts_an_event_by_its_predicates_or_its_event_key(tmp_path: Path) -> None:
    """What makes a concept an event is said in the concept files, never guessed from a
    term's ending: 'breed' ends in "-ed" and is no past form; a concept of a user's file
    with no `predicates` nor `event: true` is no event, and its verb of knowing is left
    out ('breed', not 'breed (identified)'); one with `predicates` is, and keeps a light
    verb ("took 12 hostages": 'hostages (took)')."""
    settings = _concept_file(
        tmp_path,
        "concepts:\n  - id: breed\n    terms: [breed]\n"
        "  - id: hostages\n    broader: people\n    predicates: [seize]\n"
        "    terms: [hostage]\n",
    )
    folder = tmp_path / "articles"
    assert _labels(
        folder,
        "The council identified 12 breeds as dangerous on Monday.",
        "On Monday the council identified 12 breeds as dangerous.",
        settings,
    ) == ["breed"]
    assert _labels(
        folder,
        "Gunmen took 12 hostages at the embassy on Monday.",
        "On Monday gunmen took 12 hostages at the embassy.",
        settings,
    ) == ["hostages (took)"]


def test_a_concepts_event_key_is_true_or_false(tmp_path: Path) -> None:
    """`event` is a yes or no: anything else stops the run naming the file and line."""
    settings = _concept_file(
        tmp_path, "concepts:\n  - id: breed\n    terms: [breed]\n    event: maybe\n"
    )
    with pytest.raises(ConfigError, match=r"concepts\.yml:4: concept 'breed': 'event' is true"):
        concept_table(settings)


def test_a_concepts_object_key_is_true_or_false(tmp_path: Path) -> None:
    """`object` is a yes or no too, and a concept file may mark its own concept one."""
    (tmp_path / "bad").mkdir()
    (tmp_path / "good").mkdir()
    settings = _concept_file(
        tmp_path / "bad", "concepts:\n  - id: crate\n    terms: [crate]\n    object: 'yes'\n"
    )
    with pytest.raises(ConfigError, match=r"concepts\.yml:4: concept 'crate': 'object' is true"):
        concept_table(settings)
    settings = _concept_file(
        tmp_path / "good", "concepts:\n  - id: crate\n    terms: [crate]\n    object: true\n"
    )
    table = concept_table(settings)
    assert table.is_object("crate") and table.is_object("dwellings")
    assert not table.is_object("people") and not table.is_object("jobs")


def test_a_concept_file_may_take_the_object_mark_away(tmp_path: Path) -> None:
    """A user's file that says `object: false` of a shipped concept takes its mark: a
    count of homes and one of people are compared again; a concept under a marked one
    is one too ("huts" under dwellings)."""
    texts = ("About 14,000 people have been evacuated.", "About 5,000 homes have been evacuated.")
    (tmp_path / "off").mkdir()
    off = _concept_file(
        tmp_path / "off", "concepts:\n  - id: dwellings\n    terms: [home]\n    object: false\n"
    )
    assert not concept_table(off).is_object("dwellings")
    story = write_story(tmp_path / "story", *texts)
    assert [f.kind for f in run([story], replace(off, fail_on="never")).findings] == [
        "numeric-agreement"
    ]
    (tmp_path / "huts").mkdir()
    huts = _concept_file(
        tmp_path / "huts", "concepts:\n  - id: huts\n    broader: dwellings\n    terms: [hut]\n"
    )
    assert concept_table(huts).is_object("huts")


def test_an_age_shows_the_year_its_words_tie_to_it(tmp_path: Path) -> None:
    """An age is its person's at the time of writing ("Sixty-year-old Holt is now accused
    of murders in 1967": no year), unless the sentence ties the year to the age ("in 2005,
    at the age of 91"): then the year tells that age from the one at his death."""
    assert _labels(
        tmp_path,
        "Sixty-year-old Marian Holt is now accused of murdering two women at an ice cream "
        "store in 1967.",
        "Marian Holt, 60, was released without bail on Friday.",
    ) == ["age of Marian Holt"]
    assert sorted(
        _labels(
            tmp_path,
            "Felt died at 95 on Thursday. In 2005, at the age of 91, Felt told Vanity Fair "
            "he was Deep Throat.",
            "Felt died on Thursday at the age of 95. Only in 2005, at age 91, was his part "
            "made public.",
        )
    ) == ["age", "age, 2005"]


def test_groups_of_one_story_are_told_apart_by_what_their_labels_left_out(
    tmp_path: Path,
) -> None:
    """Two groups of one story whose labels would be the same show the verb their labels
    left out, a base form too, whatever the order of the articles ('build' reads as an
    order, but it is the verb); a label no other group of its story shares keeps it out
    ("made 300 cars last year": its time frame tells it apart)."""
    first = "The plant will build 300 cars and has 500 cars in stock."
    second = "The plant has 500 cars in stock and will build 300 cars."
    assert _labels(tmp_path, first, second) == ["vehicles (build)", "vehicles"]
    assert _labels(tmp_path, second, first) == ["vehicles", "vehicles (build)"]
    assert sorted(
        _labels(
            tmp_path,
            "The plant made 300 cars last year and has 500 cars in stock.",
            "The plant has 500 cars in stock and made 300 cars last year.",
        )
    ) == ["vehicles", "vehicles, last year"]


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        # a light verb says nothing apart ('vehicles (made)' beside 'vehicles'), nor a
        # word the extractor took for the verb ("has just 300 cars": 'just')
        (
            "The plant made 300 cars and has 500 cars in stock.",
            "The plant has 500 cars in stock after it made 300 cars.",
            ["vehicles", "vehicles"],
        ),
        (
            "The plant has just 300 cars and holds 500 cars in stock.",
            "The plant holds 500 cars in stock and has just 300 cars.",
            ["vehicles", "vehicles"],
        ),
        # a verb of relation ('people (including)' beside 'people')
        (
            "No one was injured, but several people, including two children, were inside the "
            "church when the blaze started. Reports are that five women were inside the "
            "building at the time of the fire.",
            "No one was injured in the fire, which was set Friday night while a handful of "
            "people, including two children, were inside. Five women, and possibly a couple "
            "of children, were inside the church working on crafts.",
            ["people", "people"],
        ),
        # an age shows no year of another event, even to tell it apart ('age, 2008' for "a
        # 14-year-old girl": 2008 is the conviction's)
        (
            "Warren Jeffs has already been convicted in Utah on two counts of being an "
            "accomplice to the rape of a 14-year-old girl. The jury sentenced Jeffs to life "
            "in prison for aggravated sexual assault of a 12-year-old girl.",
            "In August, the Utah Supreme Court tossed out a 2008 conviction in state court "
            "that found Jeffs was an accomplice to rape after he performed a marriage between "
            "Elissa Wall, 14, and her then 19-year-old first cousin. Jeffs was sentenced to "
            "life in prison for his assault on the 12-year-old.",
            ["age", "age"],
        ),
    ],
)
def test_what_says_nothing_apart_is_not_shown_to_tell_groups_apart(
    tmp_path: Path, first: str, second: str, expected: list[str]
) -> None:
    """Where nothing honest tells two groups of one story apart they share a label (the
    report shows each group's figures and quotes): the word classes a label leaves out
    stay out, and an age's year is shown only where its words tie it to the age."""
    assert sorted(_labels(tmp_path, first, second)) == expected
    assert sorted(_labels(tmp_path, second, first)) == expected


def test_groups_still_alike_are_told_apart_by_a_name_beside_their_figures(
    tmp_path: Path,
) -> None:
    """Groups whose labels are still one after their years and verbs (a quake's toll and
    an earlier quake's the articles recall: "dead" and "dead") show a name their own
    figures have beside them in two or more articles and the other group's never ("dead,
    Bam"); the story's own toll, with no such name, keeps the label. A source ("AFP
    said") or a people's adjective is no such name."""
    first = (
        "The quake on Sunday killed 10 people in the villages of the island, AFP said. "
        "A quake killed more than 31,000 people in the city of Bam."
    )
    second = (
        "Officials said 12 people were killed in the villages of the island, AFP said. "
        "An earlier quake killed 31,000 people in the city of Bam."
    )
    expected = ["dead", "dead, Bam"]
    assert sorted(_labels(tmp_path, first, second)) == expected
    assert sorted(_labels(tmp_path, second, first)) == expected
    # a name that is the source of the figures, or written beside them in one article
    # only, tells nothing apart
    alone = first.replace("in the city of Bam", "in the city, AFP said")
    assert sorted(_labels(tmp_path, alone, second)) == ["dead", "dead"]


def test_a_name_that_is_another_group_s_own_names_no_group(tmp_path: Path) -> None:
    """A name beside the figures whose figure it is not: "Ty Lawson added 16 points, and
    Danny Green had 14" (the 16 is Lawson's; 'added' read him as its source) is no name
    of the 16's group while another group is Danny Green's own ('point, Danny Green' was
    shown beside 'figure of Danny Green')."""
    first = (
        "Ford finished his career with 2,290 points. Ty Lawson added 16 points for the Tar "
        "Heels, and Danny Green had 14, including the 1,000th of his career."
    )
    second = first.replace(", and Danny", ", while Danny")
    result = _run(tmp_path, first, second)
    assert not [g.label for g in result.groups if g.label.endswith(", Danny Green")]


def test_a_units_internal_name_is_no_word_of_a_finding(tmp_path: Path) -> None:
    """A figure whose unit is read from the one before it ("rose 5 pounds to 190") has no
    unit as written: a finding says its unit in words in the number of its figure, as the
    number line does ('190 pounds'), not quantulum3's 'pound-mass'."""
    result = _run(
        tmp_path,
        "Smith's weight rose 5 pounds to 190 on Monday.",
        "Smith's weight rose 5 pounds to 190 kilograms on Monday.",
    )
    (message,) = [f.message for f in result.findings if "190" in f.message]
    assert "190 pounds (a.txt); 190 kilograms (b.txt)" in message
    assert "pound-mass" not in message


def test_a_counts_unit_is_said_as_its_words_write_it(tmp_path: Path) -> None:
    """A plural is made for a figure only where its words do not say the unit: as they
    write it ('121 RBIs', not 'RBIS'), or the word as it stands ('Five Wounded' was 'Five
    Woundeds', '46 KO's' '46 KOES', 'magnitude 3' '3 magnitudes')."""
    from crosscheck import quantity

    (tmp_path / "a.txt").write_text(
        "The team had 121 RBIs this year.\n\nFive Wounded in the blast.\n\n"
        "He has 46 KO's in his career.\n\nThe quake measured magnitude 3 on Monday.\n"
    )
    result = run([tmp_path], Settings())
    said = {c.text: quantity.unit_words(c) for c in result.claims}
    assert said == {"121 RBIs": "RBIs", "Five Wounded": "Wounded", "46 KO's": "KO",
                    "magnitude 3": "magnitude"}, said  # fmt: skip


def test_a_number_lines_ticks_say_a_unit_in_words(tmp_path: Path) -> None:
    """The HTML number line's ticks say a unit as the findings do: '4.5 pounds', not
    quantulum3's '4.5 pound-masses'."""
    result = _run(
        tmp_path,
        "The laptop will weigh just 4.5 pounds.",
        "The new laptop will weigh just 5.5 pounds.",
    )
    line = str(numberline(result.claims))
    assert "4.5 pounds" in line and "pound-mass" not in line


def test_a_part_shown_never_gives_a_group_another_groups_label(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Groups of one story sharing 'figure' are told apart by a year only where the label
    it makes is no other group's: 'figure, 2003' beside a group already so labelled would
    make a twin where there was none (a review's case; the labels as the helper gives them
    with a year shown or not)."""
    from crosscheck.match import cluster
    from crosscheck.model import ClaimGroup

    def said(subject: Subject, kind: str, concepts: object, members: object = (),
             show: frozenset[str] = frozenset()) -> str:  # fmt: skip
        year = subject.year if subject.year and ("year" in show or subject.period) else None
        return "figure" + (f", {year}" if year else "")

    monkeypatch.setattr(cluster, "label", said)
    x = Subject(concept=None, year=2003, period="since 2003")  # its year said anyway
    y, z = Subject(concept=None, year=2003), Subject(concept=None)
    groups = [ClaimGroup(gid, (gid,), ("a.txt",), "count", None, said(s, "count", None), 1.0,
                         subject=s) for gid, s in (("x", x), ("y", y), ("z", z))]  # fmt: skip
    out = {g.id: g.label for g in cluster.distinct_labels(groups, {}, concept_table(Settings()))}
    assert out == {"x": "figure, 2003", "y": "figure", "z": "figure"}, out


@pytest.mark.parametrize(
    ("name", "ok"),
    [
        ("Bam", True), ("Jan Egeland", True), ("Li", True), ("J.J. Redick", True),
        ("Reuters", False),  # the figures' source, as a whole word
        ("IRNA", False), ("GB Flash", False),  # capitals: an agency's, a unit's
        ("Dec", False), ("Friday", False),  # a month or a day alone
        ("Chinese", False), ("African-American", False), ("Khartoum-based", False),
        ("M", False),  # a letter
    ],
)  # fmt: skip
def test_what_name_may_tell_groups_apart(name: str, ok: bool) -> None:
    from crosscheck.match.cluster import _may_name_apart

    assert _may_name_apart(name, {"Reuters", "Bamako officials"}) is ok


def test_a_labels_year_is_one_the_words_tie_to_its_figures(tmp_path: Path) -> None:
    """ "Turnout was 61.2%, up from 57% at the last election in 2022" labelled this year's
    turnout "percent, 2022": the year is the 57%'s. A label shows the year its sentence
    names only where no other figure stands between the year and a figure of the group;
    a background year told with its figure is still shown."""
    assert _labels(
        tmp_path,
        "Turnout was 61.2%, up from 57% at the last election in 2022, officials said.",
        "Turnout reached 61.2 per cent, officials said.",
    ) == ["percent, turnout (reached)"]
    assert _labels(
        tmp_path,
        "The 2003 quake killed 26,000 people in the city, officials said.",
        "In the city, the 2003 quake killed 26,000 people, officials said.",
    ) == ["dead, 2003"]
    # a review's: a year that opens the clause is each of its figures' ("injured, 2019"
    # stays apart from this year's "injured" group)
    labels = _labels(
        tmp_path,
        "An explosion at the mine killed 14 workers and injured 60, the company said. In "
        "2019, a blast at the same mine killed 22 workers and injured 45.",
        "The blast killed 14 workers and injured 60, officials said. A 2019 explosion at "
        "the mine killed 22 workers and injured 48.",
    )
    assert "injured, 2019" in labels and "injured" in labels, labels
