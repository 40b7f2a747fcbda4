"""Group labels on real sentences: the subject said in words an editor reads.

Each case is two articles' sentences about one figure, run from text to the group's label
(model.Subject.describe): the labels the 74 ECB+ folders showed that did not read ('age
(described)', 'port (support)', 'pound-mass (weigh)', 'age, of X, 1967') and those whose
verb does say the subject ('people (arrested)', 'point (scored) of X'), which stay."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from crosscheck.config import Settings
from crosscheck.model import Subject
from crosscheck.pipeline import run


def _labels(tmp_path: Path, first: str, second: str) -> list[str]:
    (tmp_path / "a.txt").write_text(first + "\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text(second + "\n", encoding="utf-8")
    groups = run([tmp_path], Settings()).groups
    # the report's words for the subject are the label
    assert all(g.to_dict()["subject"]["words"] == g.label for g in groups)
    return [g.label for g in groups if len(g.documents) == 2]


@pytest.mark.parametrize(
    ("first", "second", "label"),
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
            "point (scored) of Danny Grove",
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
    tmp_path: Path, first: str, second: str, label: str
) -> None:
    assert _labels(tmp_path, first, second) == [label]


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
    monkeypatch.setattr(Subject, "describe", lambda self, kind=None, implied=False: "other")
    (again,) = run([tmp_path], Settings()).findings
    assert again.message.startswith("other: ") and again.id == finding.id


def test_a_record_written_before_the_verb_as_written_shows_the_matchers_verb() -> None:
    """A subject read from a file written before ``event_words`` has the matcher's form
    alone, a base form: it is shown, unless its class says nothing ('say')."""
    assert Subject("minute", "deliver", measured="speech").describe() == "minute, speech (deliver)"
    assert Subject("case", "say").describe() == "case"
