"""The words of findings' messages, as editors read them: each says what conflicts with
what, in the figures the articles write, on small articles checked end to end."""

from __future__ import annotations

from pathlib import Path

import pytest

from crosscheck.model import Finding
from crosscheck.pipeline import check
from crosscheck.report.html import render


def _findings(folder: Path, articles: dict[str, str]) -> list[Finding]:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in articles.items():
        (folder / name).write_text(text, encoding="utf-8")
    return check(folder).findings


def _disagreements(folder: Path, articles: dict[str, str]) -> str:
    """The messages of the numeric disagreements crosscheck finds in ``articles``."""
    findings = _findings(folder, articles)
    return " ".join(f.message for f in findings if f.kind == "numeric-agreement")


def _numeric(findings: list[Finding]) -> Finding:
    [finding] = [f for f in findings if f.kind == "numeric-agreement"]
    return finding


def test_a_difference_below_a_tenth_of_a_percent_is_not_written_as_none(tmp_path: Path) -> None:
    finding = _numeric(
        _findings(
            tmp_path,
            {
                "a.txt": "The team scored 2,302 points this season.",
                "b.txt": "The team scored 2,301 points this season.",
            },
        )
    )
    assert finding.severity == "error"
    assert "2,302 is 0.04% above 2,301" in finding.message
    assert "0.0%" not in finding.message
    compared = finding.evidence["compared"]
    assert (compared["difference_pct"], compared["spread_by"]) == (0.04, "percent")


def _dated_pair(folder: Path, *reports: tuple[str, str]) -> Finding:
    """The numeric finding of articles a.md, b.md, ..., each (published day, text): two,
    or more."""
    articles = {f"{chr(ord('a') + k)}.md": f"---\npublished: {day}\n---\n{text}\n"
                for k, (day, text) in enumerate(reports)}  # fmt: skip
    return _numeric(_findings(folder, articles))


def test_an_update_says_the_figures_differ_not_that_they_cannot_both_be_true(
    tmp_path: Path,
) -> None:
    finding = _dated_pair(
        tmp_path,
        ("2024-05-01", "12 passengers were injured in the ferry fire, the coast guard said."),
        ("2024-05-02", "18 passengers were injured in the ferry fire, the coast guard said."),
    )
    assert finding.difference is not None and finding.difference["kind"] == "update"
    assert "cannot both be true" not in finding.message
    # (the dates alone of later reports: "perhaps", a phone's weight grows no more than
    # last season's goals; an outlet's own revision or the words "rose to" say "an update")
    assert "18 is 50.0% above 12; they differ; perhaps an update: later reports carry a " \
        "higher figure: 12 (2024-05-01), then 18 (2024-05-02)" in finding.message  # fmt: skip
    # the page's timeline says it as the message does (review: its tag said "Update")
    from crosscheck.report.timeline import timeline_view

    view = timeline_view(finding)
    assert view is not None and view["difference"]["label"] == "Perhaps an update"


def test_a_dated_later_report_whose_words_say_it_moved_is_an_update(tmp_path: Path) -> None:
    """(review) 'rose to 48 percent' a day after 41 percent, both articles dated: the words
    show it moved ('by': 'wording', not the dates alone; undated articles: the rule
    case 'a percentage an article says rose is an update')."""
    finding = _dated_pair(
        tmp_path,
        ("2026-03-03", "Turnout in the city was 41 percent at noon, the election commission said."),
        ("2026-03-04", "Turnout in the city rose to 48 percent, the election commission said."),
    )
    assert finding.difference is not None and finding.difference["by"] == "wording"
    assert "perhaps" not in finding.message
    assert "an update: later reports carry a higher figure" in finding.message
    assert "says the figure moved: 'rose to 48 percent'" in finding.message


def test_the_level_a_figure_moved_from_further_on_says_it_moved(tmp_path: Path) -> None:
    """(fifteenth hunt) "refloated 23 whales by Wednesday evening, up from 12 on Tuesday":
    the words that say it moved stand after the figure's time, where only "23, up from
    12" was read; the level it moved from (Claim.was) says it wherever it is."""
    finding = _dated_pair(
        tmp_path,
        ("2026-03-10", "The alliance said 12 whales had been refloated on the tide."),
        ("2026-03-12", "The alliance said it had refloated 23 whales by Wednesday evening, "
                       "up from 12 on Tuesday."),
    )  # fmt: skip
    assert finding.difference is not None and finding.difference["by"] == "wording"
    assert "says the figure moved: '23 whales by Wednesday evening, up from 12'" in (
        finding.message
    )
    # (review) a level of another period is a comparison, not a revision, right after
    # the figure or further on
    for k, later in enumerate(
        (
            "Police arrested 40 people, up from 12 last season, officials said.",
            "Police arrested 40 people on Saturday afternoon, up from 12 last season.",
            "Police arrested 40 people on Saturday, up from 12 a year earlier.",
            "Police arrested 40 people on Saturday, up from 12 in 2025.",
            # (re-read) past a level's own comma or dot
            "Police arrested 40 people, up from 1,200 in 2025, officials said.",
        )
    ):
        finding = _dated_pair(
            tmp_path / f"period-{k}",
            ("2026-06-07", "Police arrested 35 people on Saturday afternoon."),
            ("2026-06-08", later),
        )  # fmt: skip
        assert "says the figure moved" not in finding.message, (later, finding.message)
    # (re-read) a level whose digits look like a year is no other period's
    finding = _dated_pair(
        tmp_path / "year-like",
        ("2026-06-07", "Volunteers said 2000 trees had been planted by Monday."),
        ("2026-06-08", "Volunteers said they had planted 2600 trees, up from 2000 on Monday."),
    )  # fmt: skip
    assert "says the figure moved: '2600 trees, up from'" in finding.message, finding.message
    # (re-read) a full date's year is a day's, no other period's
    finding = _dated_pair(
        tmp_path / "full-date",
        ("2026-06-07", "Police said 12 people were arrested on Saturday."),
        ("2026-06-08", "Police said 40 people had been arrested, up from 12 on 6 June 2026."),
    )  # fmt: skip
    assert "says the figure moved" in finding.message, finding.message


def test_a_tally_not_revised_says_no_figure_moved(tmp_path: Path) -> None:
    """(ninth hunt) "a higher figure than the board's, which has not revised its count"
    was read as words saying the figure moved ("b.txt says the figure moved: 'revised
    its count'"): a negation before the words says it did not."""
    finding = _dated_pair(
        tmp_path,
        ("2026-03-14", "The safety board said 42 passengers were on board the plane."),
        ("2026-03-15", "The airline said 47 passengers were on board the plane, a higher "
                       "figure than the safety board's, which has not revised its count."),
    )  # fmt: skip
    assert "says the figure moved" not in finding.message, finding.message
    assert finding.difference is None or finding.difference["by"] != "wording"
    finding = _dated_pair(  # (a re-read's) "hasn't"
        tmp_path / "hasnt",
        ("2026-03-14", "The safety board said 42 passengers were on board the plane."),
        ("2026-03-15", "The airline said 47 passengers were on board the plane, a higher "
                       "figure than the safety board's, which hasn't revised its count."),
    )  # fmt: skip
    assert "says the figure moved" not in finding.message, finding.message
    # a review's: "not just", "never before" say it moved
    for moved in ("which did not just update its count but also named the victims",
                  "which has never before revised its count so sharply"):  # fmt: skip
        finding = _dated_pair(
            tmp_path / moved.split()[3],
            ("2026-03-14", "The safety board said 42 passengers were on board the plane."),
            ("2026-03-15", "The safety board said 47 passengers were on board the plane, "
                           f"{moved}."),
        )  # fmt: skip
        assert "says the figure moved" in finding.message, (moved, finding.message)


def test_the_pair_that_cannot_both_hold_is_named_and_each_touching_pair_once(
    tmp_path: Path,
) -> None:
    """'60-100' is the lowest figure and 'more than 100' the highest, but those two only
    touch at 100; what cannot both be true is 'nearly 100' against 'more than 100', and
    the message names that pair, and the touching pair once though two articles write
    'more than 100'."""
    finding = _numeric(
        _findings(
            tmp_path,
            {
                "a.txt": "Police said more than 100 people joined the vigil on Saturday.",
                "b.txt": "Police said nearly 100 people joined the vigil on Saturday.",
                "c.txt": "Witnesses said 60-100 people joined the vigil on Saturday.",
                "d.txt": "More than 100 people joined the vigil on Saturday.",
            },
        )
    )
    assert finding.evidence["verdict"] == "discrepancy"
    message = finding.message
    assert "More than 100 is above 100, nearly 100 below it; they cannot both be true;" in message
    assert message.count("only touch at 100") == 1
    assert "more than 100 and 60-100 only touch at 100" in message
    compared = finding.evidence["compared"]
    by_id = {c["claim"]: c["text"] for c in finding.evidence["claims"]}
    assert sorted(by_id[i] for i in compared["spread_claims"]) == [
        "more than 100 people",
        "nearly 100 people",
    ]
    assert compared["spread_by"] is None  # bounds on either side of one figure: no gap worded


def test_a_figure_is_credited_to_the_outlet_its_front_matter_names_beside_the_file(
    tmp_path: Path,
) -> None:
    """The figures' credits name the outlets, as the latest figure does, and keep the file
    a log is read by; an article whose metadata names no outlet is named by its file."""
    findings = _findings(
        tmp_path,
        {
            "a.md": "---\nsource: Coast Herald\npublished: 2024-05-01\n---\n"
            "Twelve passengers were injured in the ferry fire, the coast guard said.\n",
            "b.md": "---\nsource: Bay Times\npublished: 2024-05-02\n---\n"
            "Eighteen passengers were injured in the ferry fire, the coast guard said.\n",
            "c.txt": "Fifteen passengers were injured in the ferry fire, police said.",
        },
    )
    finding = _numeric(findings)
    assert "12 (coast guard; Coast Herald (a.md))" in finding.message
    assert "18 (coast guard; Bay Times (b.md))" in finding.message
    assert "15 (police; c.txt)" in finding.message
    [credits] = [f for f in findings if f.kind == "attribution-agreement"]
    assert "coast guard in Coast Herald (a.md)" in credits.message
    assert "police in c.txt" in credits.message


def test_a_corroboration_and_a_time_frame_credit_the_outlet_beside_the_file(
    tmp_path: Path,
) -> None:
    """Every message names an article as the figures' credits do: its outlet beside its
    file (a corroboration's quotes and a time frame's articles named the file alone)."""
    findings = _findings(
        tmp_path,
        {
            "a.md": "---\nsource: Coast Herald\n---\n"
            "Twelve passengers were injured in the ferry fire on Monday, police said.\n",
            "b.md": "---\nsource: Bay Times\n---\n"
            "Twelve passengers were injured in the ferry fire on Monday, police said.\n",
            "c.txt": "Twelve passengers were injured in the ferry fire on Monday, police said.",
        },
    )
    [corroborated] = [f for f in findings if f.kind == "corroboration"]
    assert "in Coast Herald (a.md)" in corroborated.message, corroborated.message
    assert "in Bay Times (b.md)" in corroborated.message and "in c.txt" in corroborated.message
    years = _findings(
        tmp_path / "years",
        {
            "a.md": "---\nsource: Coast Herald\n---\n"
            "The painting sold for $30 million in 1957, the auction house said.\n",
            "b.md": "---\nsource: Bay Times\n---\n"
            "The painting sold for $30 million in 1967, the auction house said.\n",
        },
    )
    [frames] = [f for f in years if f.kind == "time-agreement"]
    assert "Coast Herald (a.md))" in frames.message and "Bay Times (b.md))" in frames.message


# who a figure is credited to, as the articles write it: a source no alias table knows has
# an id made of its words ('fire-chief-maria-lopes'), a key, which editors were shown
_CREDITED = {
    "a.txt": "Fire Chief Maria Lopes said 40 houses collapsed in the old town on Sunday.\n",
    "b.txt": "Forty-two houses collapsed in the old town on Sunday, police said.\n",
    "c.txt": "Forty-five houses collapsed in the old town on Sunday, the Joint Chiefs of Staff "
    "said.\n",
}


def test_a_source_no_table_knows_is_named_by_its_words_one_a_table_knows_by_its_id(
    tmp_path: Path,
) -> None:
    findings = _findings(tmp_path, _CREDITED)
    finding = _numeric(findings)
    assert "40 (Fire Chief Maria Lopes; a.txt); 42 (police; b.txt); 45 (JCS; c.txt)" in (
        finding.message
    )
    [sources] = [f for f in findings if f.rule == "source-disagreement"]
    assert sources.message.endswith(
        "credited to different sources: Fire Chief Maria Lopes in a.txt; police in b.txt; "
        "JCS in c.txt"
    )
    for f in findings:
        assert "fire-chief-maria-lopes" not in f.message
    # the ids stay the keys: what a rule selects and the evidence lists
    assert sources.evidence["compared"]["sources"] == {
        "a.txt": ["fire-chief-maria-lopes"], "b.txt": ["police"], "c.txt": ["JCS"]
    }  # fmt: skip


def test_one_source_written_two_ways_is_named_one_way_whatever_the_order_of_the_articles(
    tmp_path: Path,
) -> None:
    articles = {
        "a.txt": "Fire Chief Maria Lopes said 40 houses collapsed in the old town on Sunday.\n",
        "b.txt": "Forty houses collapsed in the old town on Sunday, fire chief Maria Lopes said.\n",
        "c.txt": "Forty-five houses collapsed in the old town on Sunday, police said.\n",
    }
    first = _numeric(_findings(tmp_path / "one", articles)).message
    # the same articles, the two spellings swapped between the files
    swapped = {"a.txt": articles["b.txt"], "b.txt": articles["a.txt"], "c.txt": articles["c.txt"]}
    second = _numeric(_findings(tmp_path / "two", swapped)).message
    assert "40 (Fire Chief Maria Lopes; a.txt, b.txt); 45 (police; c.txt)" in first
    assert first == second


def test_a_source_named_again_by_a_description_is_named_by_the_words_it_was_first_given(
    tmp_path: Path,
) -> None:
    """'The official' is the harbour official the article named before: one source, whose
    id its words do not make; the message names it as the article first did."""
    findings = _findings(
        tmp_path,
        {
            "a.txt": "A harbour official said 12 boats were inspected on Monday.\n\n"
            "The official said 30 crew members were questioned.\n",
            "b.txt": "Police said 12 boats were inspected on Monday and 34 crew members were "
            "questioned.\n",
        },
    )
    finding = _numeric(findings)
    assert "30 (harbour official; a.txt); 34 (police; b.txt)" in finding.message
    [said] = [c for c in finding.evidence["claims"] if c["document"] == "a.txt"]
    # report.json keeps the id and the words as written, and the words the id was made of
    assert said["attribution"]["entity"] == "harbour-official"
    assert said["attribution"]["surface"] == "The official"
    assert said["attribution"]["name"] == "harbour official"


def test_a_description_that_opens_its_sentence_is_named_without_that_capital(
    tmp_path: Path,
) -> None:
    """'Officials said' at the start of a sentence is officials, as mid-sentence; a name
    that opens its sentence keeps its capital ('Apple said')."""
    finding = _numeric(
        _findings(
            tmp_path,
            {
                "a.txt": "Apple said it sold 4 million phones in the quarter.\n",
                "b.txt": "Officials said the company sold 5 million phones in the quarter.\n",
            },
        )
    )
    assert "4 million (Apple; a.txt); 5 million (officials; b.txt)" in finding.message


def test_a_name_keeps_the_capital_of_its_first_word_unless_it_opens_its_sentence(
    tmp_path: Path,
) -> None:
    """Only the capital a sentence gives its first word is dropped, and only from an
    ordinary word: 'Officials said' is officials, while 'Israeli officials' and 'the Ansa
    news agency' keep their capitals wherever they stand."""
    finding = _numeric(
        _findings(
            tmp_path,
            {
                "a.txt": "Forty rockets were fired at the town on Sunday, Israeli officials "
                "said.\n",
                "b.txt": "Officials said 45 rockets were fired at the town on Sunday.\n",
                "c.txt": "Forty-two rockets were fired at the town on Sunday, the Ansa news "
                "agency reported.\n",
                "d.txt": "Israeli officials said 44 rockets were fired at the town on Sunday.\n",
            },
        )
    )
    assert "40 (Israeli officials; a.txt)" in finding.message
    assert "45 (officials; b.txt)" in finding.message
    assert "42 (Ansa news agency; c.txt)" in finding.message
    assert "44 (Israeli officials; d.txt)" in finding.message


def test_a_capital_the_that_belongs_to_a_name_is_kept(tmp_path: Path) -> None:
    """'according to The New York Times', and 'The Hague said' where the article writes
    'The Hague' inside a sentence too; but a 'The' that opens its sentence with no such
    evidence is the sentence's capital ('The Coastal Navy said'), one before an acronym
    never the name's ('The FBI said', 'according to The FBI'), and 'The police said' is
    the police."""
    findings = _findings(
        tmp_path,
        {
            "a.txt": "Some 45,000 households were without power on Monday, according to The "
            "New York Times.\n",
            "b.txt": "The Hague said 41,000 households were without power on Monday. Crews in "
            "The Hague worked through the night.\n",
            "c.txt": "The police said 43,000 households were without power on Monday.\n",
            "d.txt": "The FBI said 44,000 households were without power on Monday.\n",
            "e.txt": "The Coastal Navy said 46,000 households were without power on Monday.\n",
            "f.txt": "Some 47,000 households were without power on Monday, according to The CDC.\n",
        },
    )
    messages = " ".join(f.message for f in findings)
    assert "(The Hague; b.txt)" in messages
    assert "(police; c.txt)" in messages
    assert "(FBI; d.txt)" in messages
    assert "(Coastal Navy; e.txt)" in messages
    assert "CDC in f.txt" in messages
    assert "The New York Times in a.txt" in messages
    assert "The CDC" not in messages and "The FBI" not in messages


def test_a_dateline_is_no_word_before_a_name_that_opens_its_sentence(tmp_path: Path) -> None:
    """'MUMBAI (Reuters) - The Coastal Navy said': the dateline is a sentence of its own,
    so 'The' still opens the claim's sentence, and the claim's own words are no evidence
    that the article writes 'The' inside a sentence; the dateline's '(Reuters)' is a
    capital inside one, which 'Reuters said' keeps."""
    findings = _findings(
        tmp_path,
        {
            "a.txt": "MUMBAI (Reuters) - The Coastal Navy said 40 people died in the fire on "
            "Monday.\n",
            "b.txt": "MUMBAI, Dec 13 -- The Coastal Navy said 55 people died in the fire on "
            "Monday.\n",
            "c.txt": "MUMBAI (Reuters) - Reuters said 58 people died in the fire on Monday.\n",
        },
    )
    messages = " ".join(f.message for f in findings)
    assert "(Coastal Navy; a.txt)" in messages
    assert "(Coastal Navy; b.txt)" in messages
    assert "(Reuters; c.txt)" in messages  # the dateline writes it inside a sentence
    assert "The Coastal Navy" not in messages


def test_a_one_word_name_that_opens_its_sentence_keeps_its_capital(tmp_path: Path) -> None:
    """'Young said', 'Jobs said', 'Price said': a surname is no ordinary word though the
    article writes 'jobs' or 'the price' in lower case, or it is a common adjective; only
    a source's noun loses the capital ('Officials said' is officials)."""
    message = _disagreements(
        tmp_path,
        {
            "a.txt": "Coach Steve Young spoke on Monday. Young said 40 players were injured "
            "this season.\n",
            "b.txt": "Steve Jobs spoke on Monday as the firm cut 200 jobs. Jobs said 42 players "
            "were injured this season.\n",
            "c.txt": "Analyst Mary Price spoke on Monday about the price of oil. Price said 41 "
            "players were injured this season.\n",
            "d.txt": "Major said 43 players were injured this season.\n",
            "e.txt": "Officials said 45 players were injured this season.\n",
        },
    )
    for shown in ("40 (Young; a.txt)", "42 (Jobs; b.txt)", "41 (Price; c.txt)"):
        assert shown in message
    assert "43 (Major; d.txt)" in message
    assert "45 (officials; e.txt)" in message


def test_a_plural_description_that_opens_its_sentence_is_named_in_lower_case(
    tmp_path: Path,
) -> None:
    """'Deputies said' where the article also writes 'as deputies interviewed them' is
    deputies; 'Researchers said' and 'Troops said', written nowhere else, are plurals of
    a noun for a person, so their capital is the sentence's too."""
    message = _disagreements(
        tmp_path,
        {
            "a.txt": "Deputies said 43 people were hurt in the shooting on Monday. Footage "
            "showed the men sitting on the curb as deputies interviewed them.\n",
            "b.txt": "Researchers said 47 people were hurt in the shooting on Monday.\n",
            "c.txt": "Troops said 49 people were hurt in the shooting on Monday.\n",
        },
    )
    assert "43 (deputies; a.txt)" in message
    assert "47 (researchers; b.txt)" in message
    assert "49 (troops; c.txt)" in message


def test_a_peoples_or_faiths_name_that_opens_its_sentence_keeps_its_capital(
    tmp_path: Path,
) -> None:
    """'Palestinians said', 'Catholics said' (written nowhere else) and 'Russians said'
    beside 'the Russian army' are names of peoples and faiths: their '-ian' and '-ic'
    were read as a noun for who does something, and the capital was lowered."""
    message = _disagreements(
        tmp_path,
        {
            "a.txt": "Palestinians said 41 people were hurt in the shooting on Monday.\n",
            "b.txt": "Catholics said 45 people were hurt in the shooting on Monday.\n",
            "c.txt": "Russians said 48 people were hurt in the shooting on Monday. The "
            "Russian army denied it.\n",
            "d.txt": "Researchers said 43 people were hurt in the shooting on Monday.\n",
        },
    )
    assert "41 (Palestinians; a.txt)" in message, message
    assert "45 (Catholics; b.txt)" in message, message
    assert "48 (Russians; c.txt)" in message, message
    assert "43 (researchers; d.txt)" in message, message


def test_one_source_spelled_with_and_without_a_hyphen_is_named_once(tmp_path: Path) -> None:
    """'Attorney General Ann Lee' and 'Attorney-General Ann Lee' are one id and one name in
    a message, the spelling most claims give; the HTML card of the hyphen's claim shows its
    words alone, not followed by the same name without the hyphen."""
    findings = _findings(
        tmp_path,
        {
            "a.txt": "Attorney General Ann Lee said 44 homes were destroyed on Sunday.\n",
            "b.txt": "Attorney-General Ann Lee said 44 homes were destroyed on Sunday.\n",
            "c.txt": "Attorney General Ann Lee said 44 homes were destroyed on Sunday.\n",
        },
    )
    [corroboration] = [f for f in findings if f.kind == "corroboration"]
    assert "sources: Attorney General Ann Lee" in corroboration.message
    assert "Attorney-General" not in corroboration.message
    folder = tmp_path / "differ"  # cards of claims show in a finding that compares them
    _findings(
        folder,
        {
            "a.txt": "Attorney General Ann Lee said 44 homes were destroyed on Sunday.\n",
            "b.txt": "Attorney-General Ann Lee said 48 homes were destroyed on Sunday.\n",
            "c.txt": "Attorney General Ann Lee said 44 homes were destroyed on Sunday.\n",
        },
    )
    page = render(check(folder))
    assert "<dt>Source</dt><dd><bdi>Attorney-General Ann Lee</bdi>" in page
    assert "Ann Lee (Attorney General Ann Lee)" not in page


def test_names_one_id_cannot_tell_apart_are_each_shown_as_written(tmp_path: Path) -> None:
    """An id kept only a-z and digits: 'Mayor Anna Müller' and 'Mayor Anna Møller' were
    one id, and every name in Cyrillic 'unknown'; now that ids keep letters, each figure
    is still credited to the name its article gives, not to one spelling for all."""
    message = _disagreements(
        tmp_path,
        {
            "a.txt": "Forty houses collapsed in the old town on Sunday, Mayor Anna Müller said.\n",
            "b.txt": "Forty-five houses collapsed in the old town on Sunday, Mayor Anna Møller "
            "said.\n",
            "c.txt": "Forty-two houses collapsed in the old town on Sunday, Петров said.\n",
            "d.txt": "Forty-four houses collapsed in the old town on Sunday, Иванов said.\n",
        },
    )
    assert "40 (Mayor Anna Müller; a.txt)" in message
    assert "45 (Mayor Anna Møller; b.txt)" in message
    assert "42 (Петров; c.txt)" in message
    assert "44 (Иванов; d.txt)" in message


def test_a_name_is_written_as_the_article_writes_it(tmp_path: Path) -> None:
    """On one line where the text wraps it, with a possessive 's that ends the name
    ("McDonald's", "Fire Chief Maria Lopes's office") and the full stop of an abbreviation
    ('Valley Dairy Inc.')."""
    message = _numeric(
        _findings(
            tmp_path,
            {
                "a.txt": "Forty thousand bottles of milk were recalled on Monday, Fire Chief\n"
                "Maria Lopes said.\n",
                "b.txt": "Fire Chief Maria Lopes said 40,000 bottles of milk were recalled on "
                "Monday.\n",
                "c.txt": "McDonald's said 42,000 bottles of milk were recalled on Monday.\n",
                "d.txt": "Valley Dairy Inc. said 45,000 bottles of milk were recalled on Monday.\n",
                "e.txt": "Fire Chief Maria Lopes's office said 44,000 bottles of milk were "
                "recalled on Monday.\n",
                "f.txt": "Forty-six thousand bottles of milk were recalled on Monday, said "
                "Malcolm X.\n",
            },
        )
    ).message
    assert "40,000 (Fire Chief Maria Lopes; a.txt, b.txt)" in message
    assert "42,000 (McDonald's; c.txt)" in message
    assert "45,000 (Valley Dairy Inc.; d.txt)" in message
    assert "44,000 (Fire Chief Maria Lopes's office; e.txt)" in message
    assert "46,000 (Malcolm X; f.txt)" in message  # a lone letter at the end: no initial


def test_a_source_is_named_as_the_findings_own_claims_spell_it(tmp_path: Path) -> None:
    """The articles credited to different sources (a.txt and b.txt) name the fire chief
    as a.txt spells him, though c.txt, which credits both and is not among the finding's
    claims, spells him otherwise twice."""
    findings = _findings(
        tmp_path,
        {
            "a.txt": "fire chief Maria Lopes said 40 houses collapsed in the old town on Sunday.\n",
            "b.txt": "Forty-five houses collapsed in the old town on Sunday, police said.\n",
            "c.txt": "Fire Chief Maria Lopes said 40 houses collapsed in the old town on Sunday. "
            "Police said 40 houses collapsed in the old town on Sunday. Fire Chief Maria Lopes "
            "said 40 houses collapsed in the old town.\n",
        },
    )
    [credits] = [f for f in findings if f.kind == "attribution-agreement"]
    assert credits.message.endswith(
        "credited to different sources: fire chief Maria Lopes in a.txt; police in b.txt"
    )


def test_an_alias_files_id_is_shown_as_the_id_whatever_words_name_it(tmp_path: Path) -> None:
    """'the Red Cross' and 'ICRC' are the alias file's red-cross: one name, its id (not
    the words of one of them), beside a source no file knows named by its words."""
    from crosscheck.config import Settings

    aliases = tmp_path / "aliases.yml"
    aliases.write_text(
        "entities:\n  - id: red-cross\n"
        '    aliases: ["Red Cross", "International Committee of the Red Cross", "ICRC"]\n'
    )
    folder = tmp_path / "in"
    folder.mkdir()
    articles = {
        "a.txt": "Forty houses collapsed in the old town on Sunday, the Red Cross said.\n",
        "b.txt": "Forty houses collapsed in the old town on Sunday, the ICRC said.\n",
        "c.txt": "Forty-five houses collapsed in the old town on Sunday, Fire Chief Maria Lopes "
        "said.\n",
    }
    for name, text in articles.items():
        (folder / name).write_text(text, encoding="utf-8")
    findings = check(folder, Settings(alias_paths=(aliases,))).findings
    assert "40 (red-cross; a.txt, b.txt); 45 (Fire Chief Maria Lopes; c.txt)" in (
        _numeric(findings).message
    )


def test_a_messages_sources_are_listed_alphabetically_capitals_aside(tmp_path: Path) -> None:
    """{sources} lists names as an editor reads a list, capitals aside: 'Americans,
    officials, Zeta Group', not every capitalised name before the lower-case ones (one
    function, model.source_list, for the engine's fields and the corroboration's)."""
    findings = _findings(
        tmp_path,
        {
            "a.txt": "Zeta Group said 44 homes were destroyed in the old town on Sunday.\n",
            "b.txt": "Officials said 44 homes were destroyed in the old town on Sunday.\n",
            "c.txt": "Americans said 44 homes were destroyed in the old town on Sunday.\n",
        },
    )
    (agree,) = [f for f in findings if f.evidence.get("verdict") == "corroboration"]
    assert "sources: Americans, officials, Zeta Group" in agree.message, agree.message


def test_a_plural_looking_word_opening_its_sentence_is_a_name_where_the_article_says_so(
    tmp_path: Path,
) -> None:
    """'Sanders said' keeps its capital where the article writes 'Bernie Sanders', and
    'Rangers said' where it writes 'the Texas Rangers'; 'Waters said' is lowered where it
    writes 'flood waters' (a surname so written is lowered too: a limit). Said alone,
    a word ending as a noun for who does something does is a description ('Investors',
    'Farmers', 'Parents'), as 'officials' is, and a plural-only noun for no person is
    not ('Fish')."""
    message = _disagreements(
        tmp_path,
        {
            "a.txt": "Sen. Bernie Sanders visited the plant on Monday. Sanders said 40 "
            "workers were injured this season.\n",
            "b.txt": "The Texas Rangers opened an inquiry on Monday. Rangers said 41 "
            "workers were injured this season.\n",
            "c.txt": "Flood waters rose overnight in the valley. Waters said 42 workers were "
            "injured this season.\n",
            "d.txt": "Investors said 43 workers were injured this season.\n",
            "e.txt": "Farmers said 44 workers were injured this season.\n",
            "f.txt": "Parents said 45 workers were injured this season.\n",
            "g.txt": "Fish said 46 workers were injured this season.\n",
        },
    )
    names = ("40 (Sanders; a.txt)", "41 (Rangers; b.txt)", "42 (waters; c.txt)",
             "43 (investors; d.txt)", "44 (farmers; e.txt)", "45 (parents; f.txt)",
             "46 (Fish; g.txt)")  # fmt: skip
    for shown in names:
        assert shown in message, message


_DIED = "A {}-year-old man died when fire swept through a house in Leeds, police said."


@pytest.mark.parametrize(
    ("reports", "kind", "why"),
    [
        # a day apart: three years more is no birthday
        ((("2026-02-03", _DIED.format(58)), ("2026-02-04", _DIED.format(61))),
         "contradiction",
         "an age grows only with time: 58 on 2026-02-03, then 61 on 2026-02-04, 1 day later"),
        # an age never falls
        ((("2026-02-03", _DIED.format(61)), ("2026-02-04", _DIED.format(58))),
         "contradiction",
         "an age does not fall: 61 on 2026-02-03, then 58 on 2026-02-04, 1 day later"),
        # (review) a creep of a year a day: the first against the last
        ((("2026-02-03", _DIED.format(58)), ("2026-02-04", _DIED.format(59)),
          ("2026-02-05", _DIED.format(60))), "contradiction",
         "an age grows only with time: 58 on 2026-02-03, then 60 on 2026-02-05, 2 days later"),
        # (review) a bare age beside one written as an age: not read as a whole age
        pytest.param((("2026-02-03", _DIED.format(58)),
                      ("2026-02-04", "The man, now 61, died when fire swept through a house "
                                     "in Leeds.")), "contradiction", None,
                     marks=pytest.mark.xfail(strict=True, reason="a bare figure that may be "
                                             "an age ('now 61') is no whole age as written: "
                                             "timeline._aged_apart leaves it")),
        # an age in months
        ((("2026-02-03", "A 3-month-old baby died when fire swept through a house in Leeds."),
          ("2026-02-04", "A 7-month-old baby died when fire swept through a house in Leeds.")),
         "contradiction", None),
        # (re-read) an age in a sentence that names its day ("on Monday night": a time of
        # its own, the report's week), and one after "was ... who ... when" (his age now)
        ((("2026-02-04", _DIED.format(58).replace(", police", " on Monday night, police")),
          ("2026-02-05", _DIED.format(61).replace(", police", " on Monday night, police"))),
         "contradiction", None),
        ((("2026-02-03", "The victim was a 58-year-old man who died when fire swept "
                         "through a house in Leeds."),
          ("2026-02-04", _DIED.format(61))), "contradiction", None),
        # a year more a day later may be a birthday; four more five years on, the years
        ((("2026-02-03", _DIED.format(58)), ("2026-02-04", _DIED.format(59))), "update", None),
        ((("2021-02-03", _DIED.format(58)), ("2026-02-04", _DIED.format(62))), "update", None),
        # (review) an age of an event's time, not of the report's
        ((("2008-06-20", "A 30-year-old man was jailed for stabbing a man outside a pub in "
                         "Leeds."),
          ("2010-06-20", "The man was a 27-year-old student when he stabbed a man outside a "
                         "pub in Leeds.")), "update", None),
    ],
)  # fmt: skip
def test_ages_that_rise_faster_than_time_are_no_update(
    tmp_path: Path, reports: tuple[tuple[str, str], ...], kind: str, why: str | None
) -> None:
    """(eighteenth hunt) "a 58-year-old man" on Monday and "a 61-year-old man" on Tuesday
    were "perhaps an update: later reports carry a higher figure": an age grows only with
    time, so one that grows faster, or falls, is a contradiction between the reports (as
    the rule judges two ages: quantity.ages_meet_over)."""
    finding = _dated_pair(tmp_path, *reports)
    assert finding.difference is not None and finding.difference["kind"] == kind, finding.message
    if why is not None:
        assert finding.difference["why"] == why
    if kind == "contradiction":
        assert "perhaps an update" not in finding.message


@pytest.mark.parametrize(
    ("first", "second", "way"),
    [
        # 20 feet is 6.1 metres: lower, though 20 is the larger number
        ("The avalanche buried the valley road under debris up to 7 metres deep, the mayor "
         "said.",
         "The avalanche buried the valley road under debris up to 20 feet deep, the mayor "
         "said.", "lower"),
        ("The avalanche buried the valley road under debris up to 20 feet deep, the mayor "
         "said.",
         "The avalanche buried the valley road under debris up to 7 metres deep, the mayor "
         "said.", "higher"),
    ],
)  # fmt: skip
def test_an_update_in_two_units_is_judged_converted(
    tmp_path: Path, first: str, second: str, way: str
) -> None:
    """(nineteenth hunt) "up to 5 metres" one day and "as deep as 16 feet" the next were
    "perhaps an update: later reports carry a higher figure": the timeline compared 16
    with 5, not 4.9 metres with 5. Its figures are put in one unit, as the rules put them,
    and its words keep each figure's unit ("up to 7 metres", then "up to 20 feet")."""
    finding = _dated_pair(tmp_path, ("2026-02-10", first), ("2026-02-11", second))
    assert finding.difference is not None, finding.message
    assert f"later reports carry a {way} figure" in finding.difference["why"], finding.message
    first_said = "“up to 7 metres”" if way == "lower" else "“up to 20 feet”"
    assert first_said in finding.difference["why"]


@pytest.mark.parametrize(
    ("first", "second", "agree"),
    [
        ("up to 5 metres", "as deep as 16 feet", True),  # 16.4 feet, rounded
        ("more than 5 metres", "more than 16 feet", True),
        ("up to 7 metres", "up to 20 feet", False),  # 6.1 metres
        ("up to 5 metres", "more than 16 feet", False),  # two sides: no one bound
    ],
)
def test_one_bound_in_two_units_is_one_figure(
    tmp_path: Path, first: str, second: str, agree: bool
) -> None:
    """(nineteenth hunt) "up to 5 metres" and "as deep as 16 feet" of one avalanche's
    debris were two figures, "the wording still makes them compatible": one bound written
    in two units is judged as the figures its ends are, as "5 metres" and "16 feet" are."""
    text = "The avalanche buried the valley road under debris {} deep, the mayor said."
    findings = _findings(tmp_path, {"a.md": text.format(first) + "\n",
                                    "b.md": text.format(second) + "\n"})  # fmt: skip
    kinds = [f.kind for f in findings if len(f.claims) == 2]
    assert kinds == (["corroboration"] if agree else ["numeric-agreement"]), kinds


@pytest.mark.parametrize(
    ("first", "second", "said"),
    [
        # (review) exact figures in two units: each as written, not "2, then 1.609"
        ("The wildfire came within 2 km of the town, officials said.",
         "The wildfire came within 1 mile of the town, officials said.",
         "later reports carry a lower figure: “2 km” (2026-02-10), then “1 mile” "
         "(2026-02-11)"),
        ("The fire spread 5 km toward the town, officials said.",
         "The fire spread 4 miles toward the town, officials said.",
         "later reports carry a higher figure: “5 km” (2026-02-10), then “4 miles” "
         "(2026-02-11)"),
        ("The temperature in the city reached 38C on Monday, officials said.",
         "The temperature in the city reached 104F on Monday, officials said.",
         "later reports carry a higher figure: “38C” (2026-02-10), then “104F” "
         "(2026-02-11)"),
        ("A 2-year-old girl was among the injured, police said.",
         "An 18-month-old girl was among the injured, police said.",
         "an age does not fall: “2-year-old” on 2026-02-10, then “18-month-old” on "
         "2026-02-11"),
    ],
)  # fmt: skip
def test_a_timeline_in_two_units_says_each_figure_as_written(
    tmp_path: Path, first: str, second: str, said: str
) -> None:
    """(review) a step of one unit printed its figures converted into the first claim's
    unit and bare ("2 (2026-02-10), then 1.609"): where the timeline's claims are in two
    units, each figure is quoted as its article writes it."""
    finding = _dated_pair(tmp_path, ("2026-02-10", first), ("2026-02-11", second))
    assert finding.difference is not None, finding.message
    assert said in finding.difference["why"], finding.message


def test_an_outlet_revised_in_another_unit_is_said_as_written(tmp_path: Path) -> None:
    """(review) "herald.example revised its own figure: 5 (2026-02-10), then 4": the
    revision's figures lost their units; said as written where the units differ."""
    text = "The fire spread {} toward the town, officials said."
    articles = {
        name: f"---\npublished: {day}\nsource: {source}\n---\n{text.format(figure)}\n"
        for name, day, source, figure in (
            ("a.md", "2026-02-10", "herald.example", "5 km"),
            ("b.md", "2026-02-11", "herald.example", "4 miles"),
            ("c.md", "2026-02-11", "courier.example", "4 miles"),
        )
    }
    finding = _numeric(_findings(tmp_path, articles))
    assert finding.difference is not None and finding.difference["by"] == "revision"
    assert finding.difference["why"] == (
        "herald.example revised its own figure: “5 km” (2026-02-10), then “4 miles” "
        "(2026-02-11), which every source now gives"
    )


def test_counts_of_two_nouns_are_bare_figures_in_a_timeline(tmp_path: Path) -> None:
    """(re-read) a count's noun is no unit: "12 people", then "14 residents" were quoted
    as written, as figures in two units are, where the timeline says them bare."""
    finding = _dated_pair(
        tmp_path,
        ("2026-02-10", "The flood killed 12 people in the valley, officials said."),
        ("2026-02-11", "The flood killed 14 residents in the valley, officials said."),
    )
    assert finding.difference is not None, finding.message
    assert "12 (2026-02-10), then 14 (2026-02-11)" in finding.difference["why"], finding.message
