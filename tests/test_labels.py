"""Group labels on real sentences: the subject said in words an editor reads.

Each case is two articles' sentences about one figure, run from text to the group's label
(model.Subject.describe): the labels the 74 ECB+ folders showed that did not read ('age
(described)', 'port (support)', 'pound-mass (weigh)', 'age, of X, 1967') and those whose
verb does say the subject ('people (arrested)', 'point (scored) of X'), which stay."""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import replace
from pathlib import Path

import pytest

from crosscheck.config import Settings
from crosscheck.match.cluster import distinct_labels, label, story_components
from crosscheck.match.pairs import profiles
from crosscheck.model import RunResult, Subject
from crosscheck.pipeline import concept_table, run
from crosscheck.report.html import group_html, numberline


def helper_labels(result: RunResult) -> dict[str, str]:
    """Each group's label as match.cluster.label gives it from the group's subject, kind
    and claims, made distinct within its story (distinct_labels): what every group's label
    must be."""
    table = concept_table(Settings())
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


def _run(tmp_path: Path, first: str, second: str) -> RunResult:
    (tmp_path / "a.txt").write_text(first + "\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text(second + "\n", encoding="utf-8")
    result = run([tmp_path], Settings())
    # every label is the one helper's, and the report's words for the subject are it
    assert {g.id: g.label for g in result.groups} == helper_labels(result)
    assert all(g.to_dict()["subject"]["words"] == g.label for g in result.groups)
    return result


def _labels(tmp_path: Path, first: str, second: str) -> list[str]:
    return [g.label for g in _run(tmp_path, first, second).groups if len(g.documents) == 2]


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
        # a concept file's id in words ('military-personnel')
        (
            "The army called up 3,000 reservists.",
            "The army called up 3,000 reservists on Monday.",
            "military personnel",
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
    assert Subject("minute", "deliver", measured="speech").describe() == "minute, speech (deliver)"
    assert Subject("case", "say").describe() == "case"


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
            '<strong><bdi>military personnel</bdi></strong> <span class="small">2 claims',
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
    counted as 'arrested' were only identified: 'arrested' alone would say they were
    arrested. "took" is light in "came one day after", not where the concept files put it
    with seize and steal ("Pirates took 3 tankers")."""
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
        tmp_path, "Pirates took 3 tankers off Somalia.", "Pirates took 3 tankers off Somalia."
    ) == ["tanker (took)"]


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
    left out ("made" is light: 'vehicles' and 'vehicles' say nothing apart), whatever the
    order of the articles; a label no other group of its story shares keeps it out
    ("made 300 cars last year": its time frame tells it apart)."""
    first = "The plant made 300 cars and has 500 cars in stock."
    second = "The plant has 500 cars in stock after it made 300 cars."
    assert _labels(tmp_path, first, second) == ["vehicles (made)", "vehicles"]
    assert _labels(tmp_path, second, first) == ["vehicles", "vehicles (made)"]
    assert sorted(
        _labels(
            tmp_path,
            "The plant made 300 cars last year and has 500 cars in stock.",
            "The plant has 500 cars in stock and made 300 cars last year.",
        )
    ) == ["vehicles", "vehicles, last year"]
    # a base form tells them apart too ('make' reads as an order, but it is the verb);
    # a word the extractor took for the verb never ("has just 300 cars": 'just')
    assert _labels(
        tmp_path,
        "The plant will make 300 cars and has 500 cars in stock.",
        "The plant has 500 cars in stock and will make 300 cars.",
    ) == ["vehicles (make)", "vehicles"]
    assert _labels(
        tmp_path,
        "The plant has just 300 cars and holds 500 cars in stock.",
        "The plant holds 500 cars in stock and has just 300 cars.",
    ) == ["vehicles", "vehicles"]


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
