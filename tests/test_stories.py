"""Matching and the rules one story at a time (crosscheck.stories): the same groups and
findings as one pass over the whole run, and with --store only the stories whose
articles changed are judged again, with output byte-identical to a cold run."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from crosscheck.config import Settings
from crosscheck.match.cluster import (
    _cluster,
    blocks,
    distinct_labels,
    sort_groups,
    split_stories,
    story_components,
)
from crosscheck.match.learned import shipped_model
from crosscheck.match.pairs import Profile
from crosscheck.model import RunResult
from crosscheck.pipeline import concept_table, rule_set, run
from crosscheck.rules import apply_rules
from crosscheck.stories import story_copies, story_key, story_rates
from tests.conftest import edit_one_figure, invoke, json_checker

# Events of ECB+ (each its own folder): several stories in one run, with money, counts
# and findings of every severity.
EVENTS = ("10ecb", "11ecb", "11ecbplus", "12ecb", "13ecb", "16ecb")


def _copied(ecb_articles: Path, factory: pytest.TempPathFactory, events: tuple[str, ...]) -> Path:
    """A copy of these ECB+ events (tests edit it), one folder per event."""
    folder = factory.mktemp("events")
    for event in events:
        shutil.copytree(ecb_articles / event, folder / event)
    return folder


@pytest.fixture(scope="module")
def events(ecb_articles: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _copied(ecb_articles, tmp_path_factory, EVENTS)


@pytest.fixture(scope="module")
def whole(events: Path) -> RunResult:
    return run([events], Settings(jobs=2))


def test_stories_judged_one_by_one_give_what_one_pass_over_the_run_gives(
    whole: RunResult,
) -> None:
    """The matcher's blocks over the whole run (as the pair model is fitted) clustered
    together, and the rules over all groups with the run's conversion rates and copy
    clusters: the run's groups and findings, to the last field. (Labels that two groups of
    one story share are told apart over the story's groups: cluster.distinct_labels.)"""
    concepts = concept_table(Settings())
    model = shipped_model()
    members: dict[str, list[Profile]] = {}
    clustered = [
        g
        for b in blocks(whole.claims, whole.sentences, concepts, whole.documents, model)
        for g in _cluster(b, b.p, members)
    ]
    story_of = story_components(whole.sentences)
    stories: dict[int, list[Any]] = {}
    for g in clustered:
        stories.setdefault(story_of[g.documents[0]], []).append(g)
    one_pass = [g for held in stories.values() for g in distinct_labels(held, members, concepts)]
    one_pass = sort_groups(one_pass, whole.claims)
    findings = apply_rules(one_pass, whole.claims, whole.documents, whole.sentences,
                           rule_set(Settings()), concepts, whole.copies)  # fmt: skip
    parts = split_stories(story_components(whole.sentences), whole.claims, whole.sentences,
                          whole.documents)  # fmt: skip
    assert len(parts) >= 3  # several stories, or this test shows nothing
    assert len(whole.groups) > 20 and len(whole.findings) > 20
    assert [g.to_dict() for g in whole.groups] == [g.to_dict() for g in one_pass]
    assert [f.to_dict() for f in whole.findings] == [f.to_dict() for f in findings]


def test_a_story_key_changes_with_its_articles_and_rates_only(whole: RunResult) -> None:
    parts = split_stories(story_components(whole.sentences), whole.claims, whole.sentences,
                          whole.documents)  # fmt: skip
    ext = dict(zip((d.id for d in whole.documents), whole.extraction_keys, strict=True))
    a, b = parts[0], parts[1]
    key = story_key("config", a, ext, {})
    assert key == story_key("config", a, {**ext, b.documents[0].id: "other"}, {})
    assert key != story_key("config", a, {**ext, a.documents[-1].id: "other"}, {})
    assert key != story_key("other config", a, ext, {})
    assert key != story_key("config", a, ext, {"euro": 1.1})
    money = [c for c in a.claims if c.unit]
    unit = money[0].unit
    assert story_rates(a.claims, {unit: 2.0, "no such unit": 3.0}) == {unit: 2.0}


def test_each_story_reads_the_copy_clusters_of_its_articles_in_run_order(
    whole: RunResult,
) -> None:
    """A story's copy clusters are those holding one of its articles, in the run's order
    of clusters, looked up by article: the same as asking every cluster, story by story;
    a cluster with articles of two stories goes to both."""
    from dataclasses import replace

    parts = split_stories(story_components(whole.sentences), whole.claims, whole.sentences,
                          whole.documents)  # fmt: skip
    assert len(whole.copies) >= 3  # several clusters, or this test shows nothing
    # a cluster across two stories, and one holding an article another cluster holds too
    across = replace(whole.copies[0], id="copy-across",
                     documents=(parts[0].documents[-1].id, parts[1].documents[0].id))  # fmt: skip
    copies = [*whole.copies, across]
    found = story_copies(parts, copies)
    asked = [[c for c in copies if any(d in {x.id for x in p.documents} for d in c.documents)]
             for p in parts]  # fmt: skip
    assert [[c.id for c in cs] for cs in found] == [[c.id for c in cs] for cs in asked]
    assert any(len(cs) >= 2 for cs in found)
    assert across in found[0] and across in found[1]


def _report(folder: Path) -> dict[str, Any]:
    data = json.loads((folder / "report.json").read_text(encoding="utf-8"))
    data["summary"].pop("from_store", None)  # articles only the store holds: intended
    return data


def test_a_rerun_after_one_article_changed_judges_its_story_again_and_equals_a_cold_run(
    events: Path, whole: RunResult, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from crosscheck import pipeline

    monkeypatch.chdir(tmp_path)
    events = shutil.copytree(events, tmp_path / "articles")
    store = tmp_path / "store.db"
    args = ["--fail-on", "never", "--format", "html,json", "--store", str(store), "-j", "2"]
    assert invoke("check", str(events), "--out", "first", *args).exit_code == 0
    # one figure of one article of one event changes
    edit_one_figure(events / "12ecb")
    judged: list[int] = []
    real = pipeline.judge_story

    def counting(*a: Any, **k: Any) -> Any:
        judged.append(1)
        return real(*a, **k)

    monkeypatch.setattr(pipeline, "judge_story", counting)
    assert invoke("check", str(events), "--out", "again", *args).exit_code == 0
    monkeypatch.setattr(pipeline, "judge_story", real)
    assert invoke("check", str(events), "--out", "cold", "--fail-on", "never").exit_code == 0
    stories = len(split_stories(story_components(whole.sentences), whole.claims,
                                whole.sentences, whole.documents))  # fmt: skip
    assert 1 <= len(judged) < stories  # the changed story, not the others
    assert _report(tmp_path / "again") == _report(tmp_path / "cold")
    again = (tmp_path / "again" / "report.html").read_bytes()
    assert again == (tmp_path / "cold" / "report.html").read_bytes()
    assert again != (tmp_path / "first" / "report.html").read_bytes()  # it did change


def test_copy_clusters_are_found_again_only_for_the_articles_that_changed(
    events: Path, whole: RunResult, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The copy clusters are kept under the run's results key, and what finding them reads
    of each article under the article's key: a re-run over the same articles finds none
    again, a re-run after one article changed reads that article alone again, and both
    have the very clusters a run without a store finds."""
    from crosscheck import pipeline, sources
    from crosscheck.model import copy_cluster_from_dict

    assert len(whole.copies) >= 2  # clusters with links and credits, or this shows nothing
    assert [copy_cluster_from_dict(c.to_dict()) for c in whole.copies] == whole.copies
    events = shutil.copytree(events, tmp_path / "articles")
    settings = Settings(jobs=2, store=tmp_path / "store.db")
    first = run([events], settings)
    found: list[int] = []
    read: list[str] = []
    real_find, real_read = pipeline.find_copies, sources._doc_copies

    def finding(*a: Any, **k: Any) -> Any:
        found.append(1)
        return real_find(*a, **k)

    def reading(doc: Any, *a: Any) -> Any:
        read.append(doc.id)
        return real_read(doc, *a)

    monkeypatch.setattr(pipeline, "find_copies", finding)
    monkeypatch.setattr(sources, "_doc_copies", reading)
    again = run([events], settings)
    assert (found, read) == ([], [])
    assert again.copies == first.copies == whole.copies
    clustered = sorted(whole.copies[0].documents)[0]  # an article of a cluster changes
    article = events / clustered
    article.write_text(article.read_text(encoding="utf-8") + "\nThe end.\n", encoding="utf-8")
    changed = run([events], settings)
    assert found == [1] and read == [clustered]
    monkeypatch.undo()
    assert changed.copies == run([events], Settings(jobs=2)).copies


# Two earthquakes in Iran years apart (ECB+ 20ecb and 20ecbplus), a folder each: their
# articles share most of their words, and the story graph joins them.
QUAKES = ("20ecb", "20ecbplus")


@pytest.fixture(scope="module")
def quakes(ecb_articles: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _copied(ecb_articles, tmp_path_factory, QUAKES)


def _folders_compared(result: RunResult) -> list[set[str]]:
    """The folders (under the input given) of each finding's articles."""
    document = {c.id: c.document for c in result.claims}
    return [{document[i].split("/")[0] for i in f.claims} for f in result.findings]


def _judged(results: list[RunResult]) -> tuple[list[Any], list[Any]]:
    """What the runs found, as no path names it (ids hash the claims, not their files)."""
    findings = sorted((f.id, f.severity, f.rule) for r in results for f in r.findings)
    groups = []
    for r in results:  # a claim by its file's name and place (its id hashes its path)
        where = {c.id: (c.document.split("/")[-1], tuple(c.span)) for c in r.claims}
        groups += [tuple(sorted(where[i] for i in g.claims)) for g in r.groups]
    return findings, sorted(groups)


def test_by_folder_judges_each_folder_as_a_run_over_it_alone(quakes: Path) -> None:
    """Without --by-folder the two quakes are one story, and some findings (an error
    among them) compare the injured of one with the other's; with it, no finding
    compares articles of two folders, and the groups and findings are those of a run
    over each folder alone (their union, exactly)."""
    mixed = run([quakes], Settings(jobs=2))
    across = [f for f, seen in zip(mixed.findings, _folders_compared(mixed), strict=True)
              if len(seen) == 2]  # fmt: skip
    assert any(f.severity == "error" for f in across), [f.message for f in across]
    apart = run([quakes], Settings(jobs=2, by_folder=True))
    assert all(len(seen) == 1 for seen in _folders_compared(apart))
    alone = [run([quakes / event], Settings(jobs=2)) for event in QUAKES]
    assert _judged([apart]) == _judged(alone)
    assert len(apart.findings) > 20 and any(f.severity == "error" for f in apart.findings)


def test_by_folder_from_the_command_line_the_configuration_and_a_baseline(
    quakes: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """--by-folder and `by_folder = true` write the same report; baseline create takes it
    too (its entries are check's findings: without it, a check by folder would find new
    findings and lose others); a store's results of a run without it are not reused."""
    monkeypatch.chdir(tmp_path)
    args = ["--format", "json", "--fail-on", "never"]
    assert invoke("check", str(quakes), "--out", "flag", "--by-folder", *args).exit_code == 0
    assert invoke("check", str(quakes), "--out", "mixed", "--store", "s.db", *args).exit_code == 0
    (tmp_path / "crosscheck.toml").write_text("by_folder = true\n")
    assert invoke("check", str(quakes), "--out", "file", "--store", "s.db", *args).exit_code == 0
    flag = json.loads((tmp_path / "flag" / "report.json").read_text(encoding="utf-8"))
    file = json.loads((tmp_path / "file" / "report.json").read_text(encoding="utf-8"))
    mixed = json.loads((tmp_path / "mixed" / "report.json").read_text(encoding="utf-8"))
    assert file["findings"] == flag["findings"] and file["groups"] == flag["groups"]
    assert {f["id"] for f in mixed["findings"]} != {f["id"] for f in flag["findings"]}
    assert invoke("baseline", "create", str(quakes), "--out", "b.json").exit_code == 0
    entries = json.loads((tmp_path / "b.json").read_text(encoding="utf-8"))["findings"]
    assert {e["id"] for e in entries} == {f["id"] for f in flag["findings"]}


BY_FOLDER = Path(__file__).parent / "fixtures" / "by_folder"


def test_by_folder_finds_copies_within_each_folder_as_a_run_over_it_alone() -> None:
    """A/a1.txt and A/a2.txt share no sentence, B/b1.txt two of each (a review's probe):
    the copies found over the whole run made a1 and a2 copies of one story through b1,
    so --by-folder gave their 45 against 80 killed a warning (an editing difference,
    exit 0) where a run over A alone gives an error (exit 1)."""
    alone = run([BY_FOLDER / "A"], Settings(jobs=1))
    apart = run([BY_FOLDER], Settings(jobs=1, by_folder=True))
    mixed = run([BY_FOLDER], Settings(jobs=1))
    assert [(f.rule, f.severity) for f in alone.findings if f.severity != "info"] == [
        ("casualty-count-disagreement", "error")
    ]
    assert _judged([apart]) == _judged([alone, run([BY_FOLDER / "B"], Settings(jobs=1))])
    assert not apart.copies  # no two articles of one folder share copy
    assert any(len(c.documents) == 3 for c in mixed.copies)  # through b1, without it


def test_by_folder_places_an_article_only_the_store_holds_by_its_name(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An article the store holds alone keeps the path an earlier run gave it (relative to
    that run's working directory): read as a path from another directory it was a folder
    of its own, never compared with its folder's other articles (a review's probe)."""
    shutil.copytree(BY_FOLDER, tmp_path / "st")
    monkeypatch.chdir(tmp_path)
    settings = Settings(jobs=1, by_folder=True, store=tmp_path / "s.db")
    first = run([Path("st")], settings)  # relative paths, as a user gives them
    (tmp_path / "st" / "A" / "a2.txt").unlink()
    monkeypatch.chdir(tmp_path / "st" / "B")  # another working directory
    later = run([tmp_path / "st"], settings)
    assert later.from_store == ["A/a2.txt"]
    assert (
        [(f.rule, f.severity) for f in later.findings if f.severity != "info"]
        == [(f.rule, f.severity) for f in first.findings if f.severity != "info"]
        == [("casualty-count-disagreement", "error")]
    )


def test_by_folder_places_an_article_only_the_store_holds_where_its_file_still_is(
    ecb_articles: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """After `check lay --store` (lay/top.md, an article of x's event, beside the story
    folders x/ and y/), `check lay/x --by-folder --store` served top.md under its stored
    name, relative to lay: in x's top folder, compared with x's articles (an error between
    it and one of them; found by the hostile-input hunt). Its file is still there, outside
    the run's input: a folder of its own, and x's findings are those of a run over x alone."""
    lay = tmp_path / "lay"
    shutil.copytree(ecb_articles / "20ecb", lay / "x")
    shutil.copytree(ecb_articles / "10ecb", lay / "y")
    (lay / "x" / "20_1ecb.md").rename(lay / "top.md")
    monkeypatch.chdir(tmp_path)
    check = json_checker(tmp_path, "--format", "json", "--fail-on", "never")

    def findings(report: dict[str, Any]) -> list[tuple[str, str, str, frozenset[str]]]:
        document = {c["id"]: c["document"] for c in report["claims"]}
        return sorted(
            (f["id"], f["severity"], f["rule"], frozenset(document[i] for i in f["claims"]))
            for f in report["findings"]
        )

    check("lay", "--store", "s.db")
    alone = findings(check("lay/x", "--by-folder"))
    x = {f"20_{k}ecb.md" for k in range(2, 6)}  # x's articles, named under lay/x
    assert any(f[1] == "error" for f in alone) and all(f[3] <= x for f in alone)

    def check_said(*given: str) -> tuple[dict[str, Any], str]:  # and its last line
        out = f"said{len(list(tmp_path.glob('said*')))}"
        done = invoke("check", *given, "--out", out, "--format", "json", "--fail-on", "never")
        assert done.exit_code == 0, done.output
        report = json.loads((tmp_path / out / "report.json").read_text("utf-8"))
        return report, done.stderr.strip().splitlines()[-1]

    for again in range(2):  # the second from the store's results of the first
        report, said = check_said("lay/x", "--by-folder", "--store", "s.db")
        assert ("every group and finding" in said) == bool(again), said
        assert "top.md" in report["from_store"] and len(report["from_store"]) == 9
        found = findings(report)
        assert not [f for f in found if "top.md" in f[3] and f[3] & x]
        assert [f for f in found if f[3] & x] == alone
    (lay / "top.md").unlink()  # gone since: placed by its name, not read back as placed
    _, said = check_said("lay/x", "--by-folder", "--store", "s.db")
    assert "every group and finding" not in said, said
