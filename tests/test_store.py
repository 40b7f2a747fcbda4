"""The store: reuse by content hash, new-only, version invalidation, concurrency, a killed
run, and a store from a newer schema."""

from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from crosscheck.cli import cli
from crosscheck.config import Settings
from crosscheck.pipeline import run
from crosscheck.store import SCHEMA_VERSION, Store
from tests.conftest import SEEDS, write_article

NEW_ARTICLE = (
    "Officials said around 3,600 additional North Korean soldiers were deployed to Russia "
    "in March, more than the 3,000 reported earlier.\n"
)


def summary(out: Path) -> dict[str, object]:
    return json.loads((out / "report.json").read_text())["summary"]  # type: ignore[no-any-return]


def _seeds_and_a_storm(folder: Path) -> None:
    """The seeds copied into ``folder`` with a second story of two articles (a storm's
    40 and 48 homes): a run over it judges two stories."""
    shutil.copytree(SEEDS, folder)
    storm = (
        "A storm destroyed 40 homes in the valley, officials said. Farmers lost their "
        "orchards and the river flooded the lower fields near the old mill. "
    ) * 8
    (folder / "storm.txt").write_text(storm + "\n")
    (folder / "storm2.txt").write_text(storm.replace("40", "48") + "\n")


def check(*args: str) -> object:
    return CliRunner().invoke(cli, ["check", *args, "-q", "--format", "json"])


def from_store(*args: str) -> str:
    """What the store supplied, as `check` says it on its last line (report.json leaves it
    out: it is the same bytes either way)."""
    said = CliRunner().invoke(cli, ["check", *args, "--format", "json"])
    assert said.exit_code in (0, 1), said.output
    return said.stderr.strip().splitlines()[-1].partition("; reused ")[2]


def test_reuse_and_compare_with_everything_stored(tmp_path: Path) -> None:
    db = tmp_path / "store.db"
    said = from_store(str(SEEDS), "--store", str(db), "--out", str(tmp_path / "a"))
    assert said.startswith("0 of 2 readings and 0 stories' groups and findings; ")
    said = from_store(str(SEEDS), "--store", str(db), "--out", str(tmp_path / "b"))
    assert said.startswith("2 of 2 readings and every group and finding; ")
    assert "reused" not in (tmp_path / "b" / "report.json").read_text()
    new = tmp_path / "new"
    new.mkdir()
    (new / "wire.txt").write_text(NEW_ARTICLE)
    assert check(str(new), "--store", str(db), "--out", str(tmp_path / "c")).exit_code == 0
    report = json.loads((tmp_path / "c" / "report.json").read_text())
    assert sorted(report["from_store"]) == ["000_71db2a8b7660cb1e.txt", "003_7f9d67f18c909fa1.txt"]
    assert any("wire.txt" in f["message"] for f in report["findings"])


def test_an_unchanged_rerun_reuses_groups_and_findings_and_writes_the_same_report(
    tmp_path: Path,
) -> None:
    db = tmp_path / "store.db"
    args = ["--store", str(db), "--format", "json,html,sarif"]
    cold = run([SEEDS], Settings(store=db))
    CliRunner().invoke(cli, ["check", str(SEEDS), "-q", *args, "--out", str(tmp_path / "a")])
    warm = run([SEEDS], Settings(store=db))
    CliRunner().invoke(cli, ["check", str(SEEDS), "-q", *args, "--out", str(tmp_path / "b")])
    assert (cold.reused_results, warm.reused_results) == (False, True)
    assert summary(tmp_path / "a")["findings"] != {"error": 0, "warning": 0, "info": 0}
    # every file the same bytes, report.json too: it says nothing of what the store did
    for name in ("report.html", "report.sarif", "report.json"):
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes()


def test_report_files_already_written_for_the_same_run_are_left_alone(tmp_path: Path) -> None:
    db, out = tmp_path / "store.db", tmp_path / "out"
    argv = ["check", str(SEEDS), "--store", str(db), "--out", str(out), "--fail-on", "warning"]
    argv += ["--format", "json,html"]
    first = CliRunner().invoke(cli, argv)
    html = out / "report.html"
    before = html.stat().st_mtime_ns
    second = CliRunner().invoke(cli, [*argv, "-v"])
    # the same files: report.json says nothing of what the store supplied (version 4)
    assert "report.html is up to date" in second.output and html.stat().st_mtime_ns == before
    assert str(out / "report.json") + " is up to date" in second.output
    assert "wrote" not in second.output
    assert first.exit_code == second.exit_code == 1  # the seeds' warnings still fail it
    third = CliRunner().invoke(cli, [*argv, "-v"])
    assert "wrote" not in third.output
    html.write_text("edited by hand")
    fourth = CliRunner().invoke(cli, [*argv, "-v"])
    assert "report.html is up to date" not in fourth.output
    assert "<!DOCTYPE html>" in html.read_text()
    (out / "report.json").unlink()
    CliRunner().invoke(cli, argv)
    assert summary(out)["documents"] == 2
    junit = [*argv[:-1], "junit", "-v"]
    CliRunner().invoke(cli, junit)
    other = CliRunner().invoke(cli, [*junit, "--fail-on", "error"])  # the file changes
    assert "wrote" in other.output


def test_stored_rows_decode_as_json_reads_them(tmp_path: Path) -> None:
    """The store's rows are read by orjson, and by json where orjson refuses what
    json.dumps wrote: each reads back as json.loads does, and damage is still an error."""
    import math

    from crosscheck.store import _loads

    run([SEEDS], Settings(store=tmp_path / "store.db"))
    with sqlite3.connect(tmp_path / "store.db") as con:
        rows = [v for r in con.execute("SELECT document, sentences, claims FROM extractions")
                for v in r]  # fmt: skip
    assert rows and all(_loads(v) == json.loads(v) for v in rows)
    odd = json.dumps({"lower": float("-inf"), "upper": float("inf"), "text": "\ud800 x"})
    assert "Infinity" in odd and _loads(odd) == json.loads(odd)
    assert math.isnan(_loads(json.dumps([float("nan")]))[0])
    for damaged in ("", '{"claims": [', "NaNa"):
        with pytest.raises(ValueError):
            _loads(damaged)


# what a run imports of the extraction and the matching (modules it loads as it goes)
_LOADED = """
import sys
from crosscheck.cli import main
code = "returned"
try:
    main(sys.argv[1:])
except SystemExit as exc:
    code = exc.code
print(code, sorted(m for m in sys.modules if m.startswith("crosscheck.") or m == "quantulum3"))
"""
# the extractor, the segmenter and the matcher: what a run that extracts or matches loads
_WORKERS = {"crosscheck.extract.claims", "crosscheck.extract.numbers", "crosscheck.segment",
            "crosscheck.match.cluster", "crosscheck.match.pairs"}  # fmt: skip


def test_a_rerun_from_the_store_imports_neither_the_extractor_nor_the_matcher(
    tmp_path: Path,
) -> None:
    """Start-up is most of an unchanged re-run: one whose articles, stories and report
    are all in the store loads neither the extractor nor the matcher (nor what they
    load), and a run that has an article to extract loads both. A user's rule selecting
    a counted noun ('soldier', no unit of our tables) loaded quantulum3 and the extractor
    on every re-run, to read the name: `check` reads no unit name (`rules check` does)."""
    articles = tmp_path / "articles"
    shutil.copytree(SEEDS, articles)
    (tmp_path / "mine").mkdir()
    (tmp_path / "mine" / "r.yml").write_text(
        "rules:\n  - id: my-troops\n    title: T\n    severity: warning\n    select:\n"
        "      units: [soldier]\n    check: {kind: numeric-agreement, rel_tolerance: 0.05}\n"
    )
    argv = ["check", str(articles), "--store", str(tmp_path / "store.db"), "--format",
            "json,html", "--out", str(tmp_path / "out"), "-q", "--rules",
            str(tmp_path / "mine")]  # fmt: skip

    def loaded(args: list[str] = argv) -> tuple[str, set[str]]:
        out = subprocess.run([sys.executable, "-c", _LOADED, *args], capture_output=True,
                             text=True, check=True).stdout.split(" ", 1)  # fmt: skip
        return out[0], set(json.loads(out[1].replace("'", '"')))

    code, modules = loaded()
    assert modules >= _WORKERS and "crosscheck.store" in modules
    again, modules = loaded()
    workers = {*_WORKERS, "quantulum3"}
    assert again == code and not modules & workers, modules & workers
    assert "crosscheck.store" in modules  # (the modules are listed)
    # a report written afresh from the store (another --out) words its units in the
    # plural without the extractor (quantity.unit_named: extract.inflection alone)
    k = argv.index("--out") + 1
    _, modules = loaded([*argv[:k], str(tmp_path / "fresh"), *argv[k + 1 :]])
    assert (tmp_path / "fresh" / "report.html").is_file()
    assert not modules & workers, modules & workers
    (articles / "wire.txt").write_text(NEW_ARTICLE)
    assert loaded()[1] >= _WORKERS


def test_a_first_re_run_with_a_store_leaves_report_json_as_it_is(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """report.json says nothing of what the store supplied (version 4): the first re-run
    over the same articles finds it up to date and writes nothing, where it used to copy
    the whole file for a summary that told how many readings were reused (at 10,000
    articles some 300 MB); a file edited since is written again in full."""
    from crosscheck.report import outputs

    db, out = tmp_path / "store.db", tmp_path / "out"
    argv = ["check", str(SEEDS), "--store", str(db), "--format", "json", "-q"]
    argv += ["--fail-on", "never", "--out", str(out)]
    assert CliRunner().invoke(cli, argv).exit_code == 0
    first, inode = (out / "report.json").read_bytes(), (out / "report.json").stat().st_ino
    written: list[int] = []
    real = outputs.write_report

    def counting(*a: object) -> object:
        written.append(1)
        return real(*a)  # type: ignore[arg-type]

    monkeypatch.setattr(outputs, "write_report", counting)
    assert CliRunner().invoke(cli, argv).exit_code == 0
    assert written == [] and (out / "report.json").stat().st_ino == inode
    assert (out / "report.json").read_bytes() == first
    (out / "report.json").write_bytes(first.replace(b'"version": 4', b'"version": 4 '))
    assert CliRunner().invoke(cli, argv).exit_code == 0
    assert written == [1] and (out / "report.json").read_bytes() == first
    assert not list(out.glob(".report.json.*"))  # nor a half-written file left


def test_a_headline_read_from_the_store_stays_the_headline(tmp_path: Path) -> None:
    """A plain-text article's first short line is its headline (a sentence of role
    "title"). The stored reading lost where it was, so on a re-run the unchanged article's
    headline turned into body text, its extraction was not reused, and the report
    differed from a cold run's."""
    folder = tmp_path / "articles"
    folder.mkdir()
    for k, n in enumerate((3000, 3500)):
        (folder / f"a{k}.txt").write_text(
            f"Troops sent north in spring\n\nOfficials said {n:,} soldiers were deployed "
            "to the border in March.\n",
            encoding="utf-8",
        )
    store = ["--store", str(tmp_path / "s.db"), "--fail-on", "never"]
    assert check(str(folder), "--out", str(tmp_path / "one"), *store).exit_code == 0
    edited = folder / "a1.txt"
    edited.write_text(edited.read_text(encoding="utf-8") + NEW_ARTICLE, encoding="utf-8")
    said = from_store(str(folder), "--out", str(tmp_path / "two"), *store)
    assert said.startswith("1 of 2 readings")  # the unchanged article's
    assert check(str(folder), "--out", str(tmp_path / "cold"), "--fail-on", "never").exit_code == 0
    warm = json.loads((tmp_path / "two" / "report.json").read_text())
    cold = json.loads((tmp_path / "cold" / "report.json").read_text())
    assert [s["role"] for s in warm["sentences"]] == [s["role"] for s in cold["sentences"]]
    assert [s["role"] for s in warm["sentences"]].count("title") == 2
    assert warm == cold


def test_the_same_text_under_two_names_keeps_its_own_ids_when_reused(tmp_path: Path) -> None:
    """Two files with the very same text share one stored extraction: a re-run gives each
    its own sentences and claims (ids and documents), as a run without a store does."""
    articles = tmp_path / "articles"
    articles.mkdir()
    for name in ("a.txt", "b.txt"):
        (articles / name).write_text(NEW_ARTICLE, encoding="utf-8")
    db = str(tmp_path / "store.db")
    for out in ("cold", "first"):
        store = [] if out == "cold" else ["--store", db]
        assert check(str(articles), *store, "--out", str(tmp_path / out)).exit_code == 0
    said = from_store(str(articles), "--store", db, "--out", str(tmp_path / "again"))
    assert said.startswith("2 of 2 readings")
    reports = [json.loads((tmp_path / d / "report.json").read_text()) for d in ("cold", "again")]
    assert reports[0] == reports[1]
    claims = reports[1]["claims"]
    assert {c["document"] for c in claims} == {"a.txt", "b.txt"}
    assert len({c["id"] for c in claims}) == len(claims)


def test_sentences_are_stored_without_their_text_and_cut_from_the_article_again(
    tmp_path: Path,
) -> None:
    db = tmp_path / "store.db"
    settings = Settings(store=db)
    cold = run([SEEDS], settings)
    rows = sqlite3.connect(db).execute("SELECT key, sentences FROM extractions").fetchall()
    assert rows and all("text" not in s for _k, text in rows for s in json.loads(text))
    warm = run([SEEDS], settings)
    assert warm.reused == len(cold.documents) and warm.sentences == cold.sentences
    # a row written with the text (before it was left out) still reads
    con = sqlite3.connect(db)
    key, stored = rows[0]
    by_span = {(s.document, s.index): s.text for s in cold.sentences}
    with_text = []
    for s in json.loads(stored):
        s["text"] = by_span[(s["document"], s["index"])]
        with_text.append(s)
    con.execute("UPDATE extractions SET sentences = ? WHERE key = ?", (json.dumps(with_text), key))
    con.execute("UPDATE meta SET value = '1' WHERE key = 'schema_version'")  # as schema 1 was
    con.commit()
    assert run([SEEDS], settings).sentences == cold.sentences
    # marked schema 2 now: a crosscheck that reads schema 1 refuses it rather than taking
    # its rows for damaged ones
    (version,) = con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    assert version == str(SCHEMA_VERSION)
    # a span past the article's end is a damaged row: extracted again, never a cut sentence
    broken = [{**s, "span": [0, 10**9]} for s in json.loads(stored)]
    con.execute("UPDATE extractions SET sentences = ? WHERE key = ?", (json.dumps(broken), key))
    con.commit()
    con.close()
    again = run([SEEDS], settings)
    assert again.sentences == cold.sentences and again.reused == len(cold.documents) - 1


def test_a_store_of_schema_3_records_each_names_file_as_its_articles_are_read(
    tmp_path: Path,
) -> None:
    """Schema 3 kept no name's file: opened, the store gains the column, empty, and is
    marked with the schema of now; an article only it holds is its row's document under its name, as
    before; each article read again has its file recorded."""
    articles = tmp_path / "articles"
    shutil.copytree(SEEDS, articles)
    other = articles / "other.txt"
    other.write_bytes(STORM.replace("\n", "\r\n").encode() * 4)
    db = tmp_path / "store.db"
    cold = run([articles], Settings(store=db))
    con = sqlite3.connect(db)
    con.execute("ALTER TABLE documents DROP COLUMN file")
    con.execute("UPDATE meta SET value = '3' WHERE key = 'schema_version'")
    con.commit()
    other.unlink()
    later = run([articles], Settings(store=db))
    assert later.from_store == ["other.txt"]
    assert later.documents == cold.documents
    assert [d.offset_map for d in later.documents] == [d.offset_map for d in cold.documents]
    (version,) = con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    files = dict(con.execute("SELECT doc_id, file FROM documents"))
    con.close()
    assert version == str(SCHEMA_VERSION)
    assert files.pop("other.txt") is None
    assert sorted(files) == sorted(p.name for p in SEEDS.iterdir())
    assert [json.loads(f)["path"] for f in files.values()] == [
        d.path for d in later.documents if d.id in files
    ]


def test_a_python_whose_sqlite_has_no_json_functions_is_told_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The store reads with SQLite's JSON functions: an SQLite without them (before 3.38,
    built without JSON1) answers "no such function", which stops a run with --store with
    one line saying so (exit 2), not a traceback; a run without --store is unaffected."""
    import crosscheck.store
    from tests.conftest import invoke

    connect = sqlite3.connect

    class NoJson(sqlite3.Connection):
        def execute(self, sql: str, *args: Any) -> sqlite3.Cursor:
            if "json_" in sql:
                raise sqlite3.OperationalError("no such function: json_valid")
            return super().execute(sql, *args)

    def without_json(*args: Any, **kwargs: Any) -> sqlite3.Connection:
        return connect(*args, **kwargs, factory=NoJson)

    monkeypatch.setattr(crosscheck.store.sqlite3, "connect", without_json)
    db = tmp_path / "store.db"
    told = invoke("check", str(SEEDS), "--store", str(db), "--out", str(tmp_path / "a"))
    assert told.exit_code == 2, told.output
    assert told.stderr.strip().splitlines() == [
        f"crosscheck: error: {db}: this Python's SQLite ({sqlite3.sqlite_version}) has no "
        "JSON functions, which the store needs (SQLite 3.38 or later, or one built with "
        "JSON1); run without a store"
    ]
    assert invoke("check", str(SEEDS), "--out", str(tmp_path / "b")).exit_code != 2


def test_stored_extractions_are_fetched_in_batches_each_in_its_place(tmp_path: Path) -> None:
    db = tmp_path / "store.db"
    cold = run([SEEDS], Settings(store=db))
    store = Store(db)
    try:
        rows = store.db.execute("SELECT d.doc_id, d.extraction_key FROM documents d").fetchall()
        texts = {d.id: d.text for d in cold.documents}
        (a, ka), (b, kb) = sorted(rows)
        # more keys than one query takes, repeated, and one the store never saw
        keys = [ka, "0" * 64, kb] * 400
        got = store.extractions(keys, [texts[a], "", texts[b]] * 400, [a, "x", b] * 400)
    finally:
        store.close()
    assert len(got) == 1200 and got[1::3] == [None] * 400
    by_doc = {d: [s for s in cold.sentences if s.document == d] for d in (a, b)}
    for k, doc in ((0, a), (2, b)):
        assert all(x is not None and x[0] == by_doc[doc] for x in got[k::3])
        assert got[k][1] == [c for c in cold.claims if c.document == doc]


def test_an_unchanged_rerun_marks_its_documents_seen(tmp_path: Path) -> None:
    db = tmp_path / "store.db"
    run([SEEDS], Settings(store=db))
    con = sqlite3.connect(db)
    con.execute("UPDATE documents SET last_seen = 0")
    con.commit()
    run([SEEDS], Settings(store=db))
    seen = [r[0] for r in con.execute("SELECT last_seen FROM documents")]
    con.close()
    assert len(seen) == 2 and all(t > 0 for t in seen)


def test_findings_are_stored_without_their_claims_evidence_and_read_back_whole(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    articles = tmp_path / "articles"
    shutil.copytree(SEEDS, articles)
    other = articles / "other.txt"
    storm = (
        "A storm destroyed NN homes in the valley, officials said. Farmers lost their "
        "orchards and the river flooded the lower fields near the old mill. "
    ) * 8
    other.write_text(storm.replace("NN", "40") + "\n")
    db = tmp_path / "store.db"
    cold = run([articles], Settings())  # no store: every finding made now
    first = run([articles], Settings(store=db))
    con = sqlite3.connect(db)
    rows = [json.loads(r[0]) for r in con.execute("SELECT findings FROM stories")]
    assert rows and all(f["evidence"] and "claims" not in f["evidence"] for r in rows for f in r)
    # the whole run from the store, then one story's article changed: the seeds' story
    # comes from the store; both as a run without a store makes them
    again = run([articles], Settings(store=db))
    other.write_text(storm.replace("NN", "45") + "\n")
    changed = run([articles], Settings(store=db))
    fresh = run([articles], Settings())
    assert again.reused_results and changed.reused_stories >= 1

    def same(a: object, b: object) -> bool:  # as report.json writes them: key order too
        return json.dumps([f.to_dict() for f in a.findings]) == json.dumps(  # type: ignore[attr-defined]
            [f.to_dict() for f in b.findings]  # type: ignore[attr-defined]
        )

    assert same(again, first) and same(first, cold) and same(changed, fresh)
    assert all(f.evidence["claims"] for f in changed.findings)
    # a stored finding naming a claim the run does not hold: damaged, matched again
    for table in ("results", "stories"):
        for key, stored in con.execute(f"SELECT key, findings FROM {table}").fetchall():
            bad = [{**f, "claims": ["c-none"]} for f in json.loads(stored)]
            con.execute(f"UPDATE {table} SET findings = ? WHERE key = ?", (json.dumps(bad), key))
    con.commit()
    con.close()
    with caplog.at_level("WARNING", logger="crosscheck"):
        damaged = run([articles], Settings(store=db))
    assert not damaged.reused_results and damaged.reused_stories == 0
    assert same(damaged, fresh)
    assert "stored results are damaged" in caplog.text


@pytest.mark.parametrize(
    "damage",
    [
        {"evidence": "oops"},
        {"evidence": None},
        {"evidence": []},
        {"evidence": {}},
        {"claims": [["c1"]]},
        {"claims": [{"id": "c1"}]},
        {"claims": []},
        {"claims": "c123"},
        {
            "claims": ["c-none"],
            "evidence": {
                "verdict": "x",
                "group_label": "",
                "group_order": 0,
                "compared": [],
                "claims": [],
            },
        },
        {
            "evidence": {
                "verdict": "x",
                "group_label": "",
                "group_order": 0,
                "compared": [],
                "claims": 5,
            }
        },
    ],
)
def test_a_stored_finding_of_any_wrong_shape_is_matched_again(
    tmp_path: Path, damage: dict[str, object]
) -> None:
    db = tmp_path / "store.db"
    fresh = run([SEEDS], Settings())
    run([SEEDS], Settings(store=db))
    for new_only in (False, True):
        con = sqlite3.connect(db)
        for table in ("results", "stories"):
            for key, stored in con.execute(f"SELECT key, findings FROM {table}").fetchall():
                bad = [{**f, **damage} for f in json.loads(stored)]
                con.execute(
                    f"UPDATE {table} SET findings = ? WHERE key = ?", (json.dumps(bad), key)
                )
        con.commit()
        con.close()
        again = run([SEEDS], Settings(store=db, new_only=new_only))
        assert not again.reused_results and again.reused_stories == 0
        if not new_only:
            assert [f.to_dict() for f in again.findings] == [f.to_dict() for f in fresh.findings]
        # the damaged rows were replaced: the next run reuses them
        assert run([SEEDS], Settings(store=db)).reused_results


def _stored_findings(db: Path, change: Callable[[dict[str, Any]], None]) -> None:
    """Each finding stored in the stories and results of ``db`` as ``change`` leaves it."""
    con = sqlite3.connect(db)
    for table in ("results", "stories"):
        for key, stored in con.execute(f"SELECT key, findings FROM {table}").fetchall():
            rows = json.loads(stored)
            for f in rows:
                change(f)
            con.execute(f"UPDATE {table} SET findings = ? WHERE key = ?", (json.dumps(rows), key))
    con.commit()
    con.close()


def test_a_stored_findings_claims_keep_their_intervals(tmp_path: Path) -> None:
    """Each stored finding keeps its claims' intervals (quantity.interval parses each
    claim's words: a fifth of an unchanged re-run's time), which a re-run shows as stored;
    the rest of each claim's evidence is made again from the run's records."""
    db = tmp_path / "store.db"
    first = run([SEEDS], Settings(store=db))
    con = sqlite3.connect(db)
    rows = [json.loads(r[0]) for r in con.execute("SELECT findings FROM stories")]
    con.close()
    kept = {f["id"]: f["evidence"]["intervals"] for r in rows for f in r}
    assert kept == {f.id: [c["interval"] for c in f.evidence["claims"]] for f in first.findings}

    def moved(f: dict[str, Any]) -> None:
        f["evidence"]["intervals"] = [[0.5, None] for _ in f["claims"]]

    _stored_findings(db, moved)
    again = run([SEEDS], Settings(store=db))
    assert again.reused_results
    assert all(c["interval"] == [0.5, None] for f in again.findings for c in f.evidence["claims"])
    assert all("intervals" not in f.evidence for f in again.findings)

    def whole(f: dict[str, Any]) -> None:  # (review) a row with its claims' evidence too
        f["evidence"]["claims"] = [{"claim": i} for i in f["claims"]]

    _stored_findings(db, whole)
    assert all("intervals" not in f.evidence for f in run([SEEDS], Settings(store=db)).findings)


@pytest.mark.parametrize(
    "intervals",
    [None, "oops", [], [[1.0]], [[1.0, 2.0, 3.0]], [["1", 2.0]], [[True, 2.0]], [{"lo": 1}]],
)
def test_stored_intervals_of_a_wrong_shape_are_matched_again(
    tmp_path: Path, intervals: object
) -> None:
    db = tmp_path / "store.db"
    fresh = run([SEEDS], Settings())
    run([SEEDS], Settings(store=db))

    def damaged(f: dict[str, Any]) -> None:
        shaped = intervals
        if isinstance(intervals, list) and intervals:  # one per claim, each as given
            shaped = intervals * len(f["claims"])
        f["evidence"]["intervals"] = shaped

    _stored_findings(db, damaged)
    again = run([SEEDS], Settings(store=db))
    assert not again.reused_results and again.reused_stories == 0
    assert [f.to_dict() for f in again.findings] == [f.to_dict() for f in fresh.findings]


def _seeds_with_a_copy(tmp_path: Path) -> tuple[Path, Path, Path, Path]:
    """The seeds in articles/ with a copy of the first as copy.txt, checked once with a
    store (one extraction row serves both names). Returns the folder, the first, the
    copy and the store."""
    articles = tmp_path / "articles"
    shutil.copytree(SEEDS, articles)
    first = sorted(articles.iterdir())[0]
    copy = articles / "copy.txt"
    shutil.copy(first, copy)
    db = tmp_path / "store.db"
    run([articles], Settings(store=db))
    return articles, first, copy, db


def test_an_article_stored_under_its_copys_name_keeps_its_own_when_the_copy_is_gone(
    tmp_path: Path,
) -> None:
    articles, first, _copy, db = _seeds_with_a_copy(tmp_path)
    first.unlink()  # its extraction row was made under one name, serves both
    result = run([articles], Settings(store=db))
    ids = [d.id for d in result.documents]
    assert len(ids) == len(set(ids)) == 3 and first.name in result.from_store
    for doc in result.documents:
        assert [c for c in result.claims if c.document == doc.id]
    by_doc: dict[str, set[int]] = {}
    for s in result.sentences:
        assert s.index not in by_doc.setdefault(s.document, set())  # no sentence twice
        by_doc[s.document].add(s.index)
    assert len({c.id for c in result.claims}) == len(result.claims)
    # and the run after it too (it crashed in copy finding, every run, before)
    assert run([articles], Settings(store=db)).documents


def test_an_article_brought_back_from_the_store_is_the_one_that_was_read(tmp_path: Path) -> None:
    """Two articles with one body and their own front matter (outlet, title, author) are
    two extractions: the one brought back from the store after the other is gone keeps
    its own outlet, title and author, not its copy's."""
    articles = tmp_path / "articles"
    articles.mkdir()
    body = ("Officials said around 3,600 additional soldiers were deployed to the border in "
            "March, more than the 3,000 reported earlier.")  # fmt: skip
    for name, outlet, author in (("a.md", "Outlet One", "Ann"), ("b.md", "Outlet Two", "Bob")):
        write_article(
            articles / name, body, title=f"Story of {outlet}", source=outlet, author=author
        )
    db = tmp_path / "store.db"
    run([articles], Settings(store=db))
    (articles / "a.md").unlink()
    result = run([articles], Settings(store=db))
    docs = {d.id: d for d in result.documents}
    assert (docs["a.md"].source, docs["a.md"].title, docs["a.md"].author) == (
        "Outlet One", "Story of Outlet One", "Ann")  # fmt: skip
    assert docs["a.md"].path.endswith("a.md") and result.from_store == ["a.md"]
    assert (docs["b.md"].source, docs["b.md"].author) == ("Outlet Two", "Bob")


def test_a_store_opened_while_another_run_turns_it_to_wal_is_waited_for(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """SQLite may answer "database is locked" at once, without waiting, to the second of
    two runs that open a new store together: the store tries its set-up again."""
    import crosscheck.store as store_module

    real = sqlite3.connect

    class Racing:  # the connection of the run that lost the race, once
        def __init__(self, con: sqlite3.Connection) -> None:
            self.con, self.lost = con, False

        def execute(self, sql: str, *args: object) -> sqlite3.Cursor:
            if sql.startswith("PRAGMA journal_mode") and not self.lost:
                self.lost = True
                raise sqlite3.OperationalError("database is locked")
            return self.con.execute(sql, *args)

        def close(self) -> None:
            self.con.close()

        def __getattr__(self, name: str) -> object:  # the rest as the connection's (the
            return getattr(self.con, name)  # schema's columns, read once: executescript)

    monkeypatch.setattr(store_module.sqlite3, "connect", lambda *a, **k: Racing(real(*a, **k)))
    store = Store(tmp_path / "store.db")
    assert store.db.lost  # type: ignore[attr-defined]
    store.close()
    monkeypatch.undo()
    assert run([SEEDS], Settings(store=tmp_path / "store.db")).claims


def test_the_extraction_fingerprint_covers_the_code_the_extraction_reads(tmp_path: Path) -> None:
    """A stored extraction is reused only while the code that made it is unchanged: a
    change to quantity.py (its AGE_UNITS decide which figures the extraction reads as
    ages) must give a new fingerprint, as a change to the extractor's own files does."""
    from crosscheck.store import _EXTRACTION_CODE, _code_fingerprint

    package = Path(__file__).resolve().parents[1] / "src" / "crosscheck"
    copy = tmp_path / "crosscheck"
    shutil.copytree(package, copy, ignore=shutil.ignore_patterns("__pycache__"))
    before = _code_fingerprint(*_EXTRACTION_CODE, root=copy)
    assert before == _code_fingerprint(*_EXTRACTION_CODE, root=package)
    for changed in ("quantity.py", "extract/claims.py", "model.py", "safeyaml.py"):
        path = copy / changed
        text = path.read_text(encoding="utf-8")
        path.write_text(text + "\n# changed\n", encoding="utf-8")
        assert _code_fingerprint(*_EXTRACTION_CODE, root=copy) != before, changed
        path.write_text(text, encoding="utf-8")


def test_the_report_fingerprint_covers_the_pipeline(tmp_path: Path) -> None:
    """report.json's kept lines and the story pages are reused under the report code's
    fingerprint; the pipeline shapes the records they show after the store gives them
    (a stored extraction named for its document, a baseline's marks), so a change to it
    gives another fingerprint, as a change to a report writer or template does."""
    from crosscheck.store import _REPORT_CODE, _code_fingerprint

    package = Path(__file__).resolve().parents[1] / "src" / "crosscheck"
    copy = tmp_path / "crosscheck"
    shutil.copytree(package, copy, ignore=shutil.ignore_patterns("__pycache__"))
    before = _code_fingerprint(*_REPORT_CODE, root=copy)
    for changed in ("pipeline.py", "report/json.py", "report/templates/report.html.j2"):
        path = copy / changed
        text = path.read_text(encoding="utf-8")
        path.write_text(text + "\n", encoding="utf-8")
        assert _code_fingerprint(*_REPORT_CODE, root=copy) != before, changed
        path.write_text(text, encoding="utf-8")


def _unfingerprinted(parts: tuple[str, ...], exempt: set[str]) -> list[str]:
    """What the code of ``parts`` imports from the rest of the package, followed through
    the modules it reaches ('from crosscheck.x import y' and 'from crosscheck import x'
    alike), that ``parts`` leave out: 'a.py imports b.py' each."""
    import ast

    root = Path(__file__).resolve().parents[1] / "src" / "crosscheck"

    def module(rel: Path) -> Path | None:
        if (root / rel).is_dir():
            return root / rel / "__init__.py"
        return root / f"{rel}.py" if (root / f"{rel}.py").exists() else None

    covered = set()
    for part in parts:
        path = root / part
        covered |= set(path.glob("*.py")) if path.is_dir() else {path}
    todo, seen, missing = list(covered), set(), []
    while todo:
        path = todo.pop()
        if path in seen:
            continue
        seen.add(path)
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            targets: list[Path | None] = []
            if isinstance(node, ast.ImportFrom) and node.module == "crosscheck":
                # "from crosscheck import safeyaml": a module, or a name of __init__
                targets += [module(Path(a.name)) for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                if node.module.startswith("crosscheck."):
                    targets.append(module(Path(*node.module.split(".")[1:])))
            elif isinstance(node, ast.Import):
                names = [a.name for a in node.names if a.name.startswith("crosscheck.")]
                targets += [module(Path(*n.split(".")[1:])) for n in names]
            for target in targets:
                if target is None or str(target.relative_to(root)) in exempt:
                    continue
                if target not in covered:
                    missing.append(f"{path.relative_to(root)} imports {target.relative_to(root)}")
                todo.append(target)
    return sorted(set(missing))


# Modules with no bearing on what is stored: exception classes, a time limit, the reading
# settings (each stored extraction's key has them) and the path of the shipped rules (the
# results key hashes the rule files themselves), the package's __init__ (its version is in
# every fingerprint), and the file primitives (a file's bytes as they are, read without
# blocking on a named pipe: the rule and alias files are hashed by their text).
_NO_BEARING = {"errors.py", "budget.py", "config.py", "__init__.py", "atomic.py"}


def test_every_module_the_extraction_imports_is_in_its_fingerprint() -> None:
    """What the extraction stage imports from the rest of the package is covered by its
    fingerprint ('from crosscheck import safeyaml' too: the front matter and alias files
    are read with it)."""
    from crosscheck.store import _EXTRACTION_CODE

    assert _unfingerprinted(_EXTRACTION_CODE, _NO_BEARING) == []


def test_every_module_the_results_import_is_in_their_fingerprint() -> None:
    """What matching and the rules import is covered by the results' fingerprint or by the
    extraction's (each document's extraction key, part of the results key, has that);
    rules/cases.py runs the pipeline on a rule's own test cases, no part of a result."""
    from crosscheck.store import _EXTRACTION_CODE, _RESULTS_CODE

    exempt = _NO_BEARING | {"pipeline.py"}
    assert _unfingerprinted((*_RESULTS_CODE, *_EXTRACTION_CODE), exempt) == []


def test_the_keys_of_one_documents_parts_are_those_stores_already_hold() -> None:
    """copies_key and subjects_key share one hash (store._part_key): a store written
    before holds its copy and subject rows under the keys below and must find them again
    (every byte counts: the order, the JSON, the text as UTF-8 rather than escaped). The
    keys changed once, when they stopped hashing the path an article was given by (a
    store written before that judges each article's subjects and copies again, once)."""
    from datetime import date

    from crosscheck.model import Document
    from crosscheck.store import copies_key, subjects_key

    doc = Document(id="a/ünï.txt", path="/in/a/ünï.txt", format="text",
                   text="Réfugiés: 3,000 fled.\n\nMore came.", paragraphs=((0, 21), (23, 33)),
                   title="Réfugiés", source="Le Monde", published=date(2024, 4, 2))  # fmt: skip
    assert copies_key("config-1", doc, "e" * 64) == (
        "0d0b2d92be3b7c503d8596006e123bc5dcff3b8f18d74c615f1b8e752929c28d"
    )
    assert subjects_key("matcher-1", doc, "e" * 64) == (
        "bef61a34b22c0c8669efe2b6a75d893bb0cea39d2a927b4a52f8dd938fa2b9c1"
    )
    moved = replace(doc, path="../elsewhere/a/ünï.txt")
    assert copies_key("config-1", moved, "e" * 64) == copies_key("config-1", doc, "e" * 64)
    assert subjects_key("matcher-1", moved, "e" * 64) == subjects_key("matcher-1", doc, "e" * 64)
    renamed = replace(doc, id="b/ünï.txt")
    assert copies_key("config-1", renamed, "e" * 64) != copies_key("config-1", doc, "e" * 64)


def test_the_same_folder_named_another_way_reuses_every_story(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Nothing a story's judgement reads depends on the path its articles were given by
    (only on their names under the input root), nor on the path of its rule files (only
    on their text): the same articles and rules copied to another folder (as a CI job's
    fresh workspace, or a folder named relative instead of absolute) take every story,
    every article's subjects and its copy parts from the store, and the run reports what
    a run without a store reports there."""
    from crosscheck import pipeline
    from crosscheck.match import pairs

    first, second = tmp_path / "job1" / "articles", tmp_path / "job2" / "articles"
    _seeds_and_a_storm(first)
    (first.parent / "rules").mkdir()
    (first.parent / "rules" / "mine.yml").write_text(
        "rules:\n  - id: my-counts\n    title: Counts differ\n    severity: error\n"
        "    select: {kinds: [count]}\n    check: {kind: numeric-agreement, rel_tolerance: 0.01}\n"
    )
    shutil.copytree(first.parent, second.parent)
    db = tmp_path / "store.db"

    def settings(articles: Path, **kw: Any) -> Settings:
        return Settings(rule_paths=(articles.parent / "rules" / "mine.yml",), **kw)

    made = run([first], settings(first, store=db))
    assert made.reused_stories == 0 and len(set(made.story_keys.values())) == 2
    subjects: list[str] = []
    own = pairs._own

    def spy(c: Any, *args: Any) -> Any:
        subjects.append(c.document)
        return own(c, *args)

    copied: list[object] = []
    document_copies = pipeline.document_copies

    def spy_copies(docs: Any, sentences: Any, wires: Any, kept: Any) -> Any:
        copied.extend(k for k in kept or [None] * len(docs) if k is None)
        return document_copies(docs, sentences, wires, kept)

    monkeypatch.setattr(pairs, "_own", spy)
    monkeypatch.setattr(pipeline, "document_copies", spy_copies)
    again = run([second], settings(second, store=db))
    assert not again.reused_results  # the report names other files
    assert again.reused_stories == 2 and subjects == [] and copied == []
    assert again.story_keys == made.story_keys
    cold = run([second], settings(second))
    assert any(f.rule == "my-counts" for f in cold.findings) and not cold.skipped

    def records(r: object) -> str:
        return json.dumps([[x.to_dict() for x in r.groups], [f.to_dict() for f in r.findings]])  # type: ignore[attr-defined]

    assert records(again) == records(cold) and again.findings
    assert {d.path for d in again.documents} == {d.path for d in cold.documents}
    assert all(d.path.startswith(str(second)) for d in again.documents)


def test_an_older_stores_rows_of_whole_runs_are_dropped(tmp_path: Path) -> None:
    """A store written before a run's results were its stories' keys holds each run's
    groups and findings in ``results``, which nothing reads now: opening it empties that
    table (nothing would prune it), and the run's results come from its stories' rows."""
    db = tmp_path / "store.db"
    first = run([SEEDS], Settings(store=db))
    con = sqlite3.connect(db)
    con.execute("INSERT INTO results VALUES (?, '[]', '[]', 0)", (first.results_key,))
    con.commit()
    con.close()
    again = run([SEEDS], Settings(store=db))
    assert again.reused_results and again.findings and len(again.findings) == len(first.findings)
    con = sqlite3.connect(db)
    assert con.execute("SELECT COUNT(*) FROM results").fetchone() == (0,)
    con.close()


def test_a_runs_stories_are_taken_again_after_other_rules_and_back(tmp_path: Path) -> None:
    """Rules changed, then changed back: the run over the first rules is taken from its
    stored list of stories (its results key seen before), as a run without a store makes
    it; with the other rules (another key for the run and for each story), matched again,
    as a run without a store makes it."""
    rules = tmp_path / "rules.yml"
    first = (
        "rules:\n  - id: my-counts\n    title: Counts differ\n    severity: error\n"
        "    select: {kinds: [count]}\n    check: {kind: numeric-agreement, rel_tolerance: 0.01}\n"
    )
    rules.write_text(first)
    db = tmp_path / "store.db"

    def records(r: object) -> str:
        return json.dumps([[x.to_dict() for x in r.groups], [f.to_dict() for f in r.findings]])  # type: ignore[attr-defined]

    with_rules = Settings(rule_paths=(rules,))
    made = run([SEEDS], replace(with_rules, store=db))
    rules.write_text(first.replace("severity: error", "severity: info"))
    other = run([SEEDS], replace(with_rules, store=db))
    assert not other.reused_results and records(other) == records(run([SEEDS], with_rules))
    assert other.results_key != made.results_key and other.reused_stories == 0
    rules.write_text(first)
    back = run([SEEDS], replace(with_rules, store=db))
    assert back.reused_results and back.results_key == made.results_key
    assert records(back) == records(made) == records(run([SEEDS], with_rules))


def test_the_whole_runs_results_are_its_stories_rows_assembled_again(tmp_path: Path) -> None:
    """A run's results are kept as the keys of its stories (their rows hold the groups and
    findings, written once): an unchanged re-run assembles them as a run without a store
    makes them, to the key order of every finding's evidence; with one of those rows gone
    (pruned), the run is matched again, that story alone judged."""
    articles = tmp_path / "articles"
    _seeds_and_a_storm(articles)
    db = tmp_path / "store.db"
    fresh = run([articles], Settings())
    first = run([articles], Settings(store=db))
    again = run([articles], Settings(store=db))
    assert not first.reused_results and again.reused_results

    def records(r: object) -> str:
        return json.dumps([[x.to_dict() for x in r.groups], [f.to_dict() for f in r.findings]])  # type: ignore[attr-defined]

    assert records(again) == records(first) == records(fresh)
    assert {g.id for g in fresh.groups} == set(again.story_keys)  # each group's story
    con = sqlite3.connect(db)
    (keys,) = con.execute("SELECT stories FROM run_stories").fetchone()
    keys = json.loads(keys)
    assert len(keys) == 2 and set(again.story_keys.values()) <= set(keys)
    assert con.execute("SELECT COUNT(*) FROM results").fetchone() == (0,)  # no copy of them
    con.execute("DELETE FROM stories WHERE key = ?", (keys[1],))
    con.commit()
    con.close()
    pruned = run([articles], Settings(store=db))
    assert not pruned.reused_results and pruned.reused_stories == 1
    assert records(pruned) == records(fresh)


def test_sarif_follows_an_article_whose_text_moved_lines(tmp_path: Path) -> None:
    """The same text lower in its file (front-matter lines the reading drops) is
    the same extraction, but SARIF gives source lines: a re-run with a store writes it
    anew, as a run without one would."""
    articles = tmp_path / "articles"
    articles.mkdir()
    for path in sorted(SEEDS.glob("*.txt")):  # Markdown with front matter
        text = path.read_text(encoding="utf-8")
        (articles / f"{path.stem}.md").write_text(f"---\ntitle: {path.stem}\n---\n{text}")
    db = tmp_path / "store.db"
    args = ["-q", "--format", "sarif", "--store", str(db), "--out", str(tmp_path / "out")]
    assert CliRunner().invoke(cli, ["check", str(articles), *args]).exit_code in (0, 1)
    before = (tmp_path / "out" / "report.sarif").read_text()
    for path in sorted(articles.glob("*.md")):  # two keys the reading does not keep
        text = path.read_text(encoding="utf-8").replace("---\n", "---\nnote: a\nkind: b\n", 1)
        path.write_text(text, encoding="utf-8")
    assert CliRunner().invoke(cli, ["check", str(articles), *args]).exit_code in (0, 1)
    cold = ["-q", "--format", "sarif", "--out", str(tmp_path / "cold")]
    assert CliRunner().invoke(cli, ["check", str(articles), *cold]).exit_code in (0, 1)
    sarif = (tmp_path / "out" / "report.sarif").read_text()
    assert sarif != before  # every line two further down
    assert sarif == (tmp_path / "cold" / "report.sarif").read_text()


def test_sarif_is_written_again_when_run_from_another_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """SARIF names each article relative to the folder crosscheck runs in: the same run
    with a store, from another folder, into the same report folder, writes it anew (the
    addresses a run without a store writes there), not "up to date"."""
    db, out = tmp_path / "store.db", tmp_path / "out"
    args = ["check", str(SEEDS), "--format", "sarif", "--store", str(db), "--out", str(out)]
    args += ["--fail-on", "never"]
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    monkeypatch.chdir(tmp_path / "a")
    assert CliRunner().invoke(cli, args).exit_code == 0
    before = (out / "report.sarif").read_text()
    monkeypatch.chdir(tmp_path / "b")
    assert CliRunner().invoke(cli, [*args, "-v"]).exit_code == 0
    cold = ["check", str(SEEDS), "--format", "sarif", "--out", str(tmp_path / "cold"), "-q"]
    assert CliRunner().invoke(cli, cold).exit_code in (0, 1)
    sarif = (out / "report.sarif").read_text()
    assert sarif != before and str(tmp_path / "b") in sarif
    assert sarif == (tmp_path / "cold" / "report.sarif").read_text()


def test_an_article_named_from_another_root_before_is_not_supplied_twice(tmp_path: Path) -> None:
    """One folder, then it and another, then it alone, on one store: the first folder's
    articles were stored as 'x' and as 'A/x'; the third run reads them as 'x' and takes
    from the store only the other folder's articles, not its own a second time."""
    a, b = tmp_path / "A", tmp_path / "B"
    shutil.copytree(SEEDS, a)
    b.mkdir()
    (b / "other.txt").write_text("Officials said 40 people were hurt in the storm on Monday.\n")
    db = tmp_path / "store.db"
    for inputs in ([a], [a, b], [a]):
        result = run(inputs, Settings(store=db))
    ids = [d.id for d in result.documents]
    assert len(ids) == len(set(ids)) == len(list(SEEDS.glob("*.txt"))) + 1
    assert result.from_store == ["B/other.txt"]
    assert all(Path(d.path).is_file() for d in result.documents if d.id != "B/other.txt")


STORM = (
    "A storm destroyed 40 homes in the valley, officials said. Farmers lost their orchards "
    "and the river flooded the lower fields near the old mill.\n"
)


@pytest.mark.parametrize(
    ("column", "damage", "what"),
    [
        ("document", "{not json", "text"),
        ("claims", "[{}]", "extraction"),
        ("offset_map", "[", "text"),
    ],
)
def test_a_damaged_row_of_an_article_only_the_store_holds_is_dropped_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, column: str, damage: str, what: str
) -> None:
    """An article no longer among the inputs, whose row cannot be read back, cannot be
    read again: it is left out with one line naming it, and removed from the store, so
    the next run warns no more and reports what a run without it reports (no stale
    results, copies or report lines of the runs that held it)."""
    from tests.conftest import invoke

    monkeypatch.chdir(tmp_path)
    shutil.copytree(SEEDS, "articles")
    Path("articles/other.txt").write_text(STORM * 4)
    args = ["--format", "json,html", "--fail-on", "never"]
    stored = [*args, "--store", "store.db", "--out", "out"]
    assert invoke("check", "articles", *stored).exit_code == 0
    Path("articles/other.txt").unlink()
    con = sqlite3.connect("store.db")
    named = "SELECT extraction_key FROM documents WHERE doc_id = 'other.txt'"
    (key,) = con.execute(named).fetchone()
    con.execute(f"UPDATE extractions SET {column} = ? WHERE key = ?", (damage, key))
    con.commit()
    dropped = invoke("check", "articles", *stored)
    assert dropped.exit_code == 0, dropped.output
    said = [line for line in dropped.stderr.splitlines() if "damaged" in line]
    assert said == [
        f"crosscheck: WARNING: other.txt: dropped from the store store.db: its stored {what} "
        "is damaged and it is not among this run's inputs, so it cannot be read again"
    ]
    assert not con.execute(named).fetchall()
    assert not con.execute("SELECT 1 FROM extractions WHERE key = ?", (key,)).fetchall()
    con.close()
    assert invoke("check", "articles", *args, "--out", "cold").exit_code == 0  # no store
    again = invoke("check", "articles", *stored)
    assert again.exit_code == 0 and "damaged" not in again.stderr, again.stderr
    reports = {}
    for out in ("out", "cold"):
        reports[out] = json.loads(Path(out, "report.json").read_text())
        del reports[out]["summary"]
    assert reports["out"] == reports["cold"]
    assert "other.txt" not in json.dumps(reports["out"])


MARKED = (
    "# Storm hits the valley\n\nA storm destroyed {n} homes in the valley on Monday, officials "
    "said.\n\nCafé owners said 12 orchards were lost.\n"
)


@pytest.mark.parametrize("first", ["q", "p"])
def test_an_article_only_the_store_holds_keeps_its_own_file_when_its_row_serves_another(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, first: str
) -> None:
    """One row serves one text under two names, and the two may be two files: p/y.md is
    q/x.md's text in Latin-1 with CRLF line ends and emphasis marks (which move its
    figures along their lines). A run over q alone, with y.md from the store, reports
    y.md as a run without a store over both folders does (its path, encoding, and the
    line and column of each of its claims), whichever of the two files wrote the row."""
    from tests.conftest import invoke

    monkeypatch.chdir(tmp_path)
    _marked_folders()
    folders = [first, "pq".replace(first, "")]
    args = ["--format", "json,sarif", "--fail-on", "never"]
    assert invoke("check", *folders, *args, "--store", "s.db", "--out", "first").exit_code == 0
    assert invoke("check", *folders, *args, "--out", "cold").exit_code == 0
    warm = invoke("check", "q", *args, "--store", "s.db", "--out", "warm")
    assert warm.exit_code == 0 and "WARNING" not in warm.stderr, warm.stderr
    documents, regions = {}, {}
    for out in ("cold", "warm"):
        report = json.loads(Path(out, "report.json").read_text())
        documents[out] = {d.pop("path"): d | {"id": None} for d in report["documents"]}
        sarif = json.loads(Path(out, "report.sarif").read_text())
        regions[out] = sorted(
            (r["ruleId"], place["physicalLocation"]["artifactLocation"]["uri"],
             json.dumps(place["physicalLocation"]["region"], sort_keys=True))
            for r in sarif["runs"][0]["results"]
            for place in [*r["locations"], *r.get("relatedLocations", [])]
        )  # fmt: skip
    assert documents["warm"] == documents["cold"]
    assert documents["warm"]["p/y.md"]["encoding"] != documents["warm"]["q/x.md"]["encoding"]
    assert regions["warm"] == regions["cold"]
    mine = [place for place in regions["cold"] if place[1] == "p/y.md"]
    assert {place[2] for place in mine}.isdisjoint(  # its claims sit elsewhere on their lines
        place[2] for place in regions["cold"] if place[1] == "q/x.md"
    )
    assert {place[0] for place in mine} == {"count-disagreement", "corroborated-figure"}


@pytest.mark.parametrize("name", [None, b"\x00other.txt"])
def test_an_articles_row_whose_name_is_no_text_is_left_out_and_removed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: object
) -> None:
    """A row of the documents table whose name is NULL or a blob (SQLite lets a TEXT key
    hold either) ended the run with exit 4, 'a bug' (AttributeError: 'NoneType' object
    has no attribute 'endswith'): it is damage, left out with one line naming the store,
    and removed, so the next run warns no more."""
    from tests.conftest import invoke

    monkeypatch.chdir(tmp_path)
    shutil.copytree(SEEDS, "articles")
    Path("articles/other.txt").write_text(STORM * 4)
    stored = ["--format", "json", "--fail-on", "never", "--store", "store.db", "--out", "out"]
    assert invoke("check", "articles", *stored).exit_code == 0
    with sqlite3.connect("store.db") as con:
        con.execute("UPDATE documents SET doc_id = ? WHERE doc_id = 'other.txt'", (name,))
    result = invoke("check", "articles", *stored)
    assert result.exit_code == 0, result.output
    said = [line for line in result.stderr.splitlines() if "damaged" in line]
    assert len(said) == 1 and "store.db" in said[0] and "no text" in said[0], result.stderr
    again = invoke("check", "articles", *stored)
    assert again.exit_code == 0 and "damaged" not in again.stderr, again.stderr
    with sqlite3.connect("store.db") as con:
        kinds = {t for (t,) in con.execute("SELECT typeof(doc_id) FROM documents")}
    assert kinds == {"text"}


@pytest.mark.parametrize(
    ("column", "damage", "said"),
    [
        # still JSON, the wrong shape: the run's article (whose own document is read from
        # its file) does not notice it; its other name, read from the row, does
        ("document", "{}", "the article's text in its row of the store {db} is damaged; "
                           "written again from the article read now"),
        ("claims", "[{}]", "its row in the store {db} is damaged; the article is extracted "
                           "again"),
    ],
)  # fmt: skip
def test_a_damaged_row_that_serves_an_article_in_the_run_too_keeps_its_other_name(
    tmp_path: Path, caplog: pytest.LogCaptureFixture, column: str, damage: str, said: str
) -> None:
    """One row serves one text under two names; the name no longer among the inputs is
    not dropped when the row cannot be read back: that article differs from the run's in
    its name and file alone, so it is the run's article under its own name and file, as
    when the row is whole (the same documents, sentences and claims as a run on the
    store undamaged). The row is written again, with one line naming the run's article,
    so that a later run without either article brings both back, unwarned."""
    articles = tmp_path / "articles"
    shutil.copytree(SEEDS, articles)
    first = sorted(articles.iterdir())[0]
    copy = articles / "copy.txt"
    shutil.copy(first, copy)
    db, whole = tmp_path / "store.db", tmp_path / "whole.db"
    run([articles], Settings(store=db))
    copy.unlink()
    con = sqlite3.connect(db)
    with sqlite3.connect(whole) as kept:
        con.backup(kept)
    keys = con.execute("SELECT DISTINCT extraction_key FROM documents WHERE doc_id IN (?, ?)",
                       (first.name, copy.name)).fetchall()  # fmt: skip
    assert len(keys) == 1
    con.execute(f"UPDATE extractions SET {column} = ? WHERE key = ?", (damage, *keys[0]))
    con.commit()
    con.close()
    for without in ([], [first]):  # the run that mends the row, then one with neither
        for gone in without:
            gone.unlink()
        caplog.clear()
        with caplog.at_level("WARNING", logger="crosscheck"):
            damaged = run([articles], Settings(store=db))
        warned = [f"{first}: {said.format(db=db)}"] if not without else []
        assert [r.getMessage() for r in caplog.records] == warned
        healthy = run([articles], Settings(store=whole))
        assert damaged.from_store == healthy.from_store
        assert set(damaged.from_store) == {copy.name, *(f.name for f in without)}
        assert damaged.documents == healthy.documents
        assert [d.offset_map for d in damaged.documents] == [
            d.offset_map for d in healthy.documents
        ]
        assert damaged.sentences == healthy.sentences and damaged.claims == healthy.claims
        assert [c for c in damaged.claims if c.document == copy.name]
    con = sqlite3.connect(db)
    names = con.execute("SELECT doc_id FROM documents WHERE extraction_key = ? ORDER BY doc_id",
                        keys[0]).fetchall()  # fmt: skip
    (row,) = con.execute("SELECT document FROM extractions WHERE key = ?", keys[0]).fetchone()
    con.close()
    assert names == sorted([(first.name,), (copy.name,)])
    assert json.loads(row)["id"] == first.name  # written again from the run's article


EXTRACTED_AGAIN = "its row in the store {db} is damaged; the article is extracted again"
WRITTEN_AGAIN = (
    "the article's text in its row of the store {db} is damaged; written again from the "
    "article read now"
)


@pytest.mark.parametrize(
    ("column", "damage", "said", "extracted"),
    [
        ("claims", "{not json", EXTRACTED_AGAIN, 1),
        ("document", "{not json", WRITTEN_AGAIN, 0),
        ("offset_map", "", WRITTEN_AGAIN, 0),
    ],
)
def test_a_damaged_row_of_an_article_in_the_run_is_named_and_written_again(
    tmp_path: Path, caplog: pytest.LogCaptureFixture, column: str, damage: str, said: str,
    extracted: int,
) -> None:  # fmt: skip
    """A row of an article among the inputs that cannot be read back is written again
    while the article is at hand, with a line naming it: its claims extracted again, or
    its text (not even JSON) written again from the article read now, its claims kept.
    The article is then brought back whole once it has left the run."""
    articles = tmp_path / "articles"
    shutil.copytree(SEEDS, articles)
    first = sorted(articles.iterdir())[0]
    db = tmp_path / "store.db"
    cold = run([articles], Settings(store=db))
    con = sqlite3.connect(db)
    con.execute(f"UPDATE extractions SET {column} = ? WHERE key = (SELECT extraction_key "
                "FROM documents WHERE doc_id = ?)", (damage, first.name))  # fmt: skip
    con.commit()
    con.close()
    with caplog.at_level("WARNING", logger="crosscheck"):
        damaged = run([articles], Settings(store=db))
    assert [r.getMessage() for r in caplog.records] == [f"{first}: {said.format(db=db)}"]
    assert damaged.reused == len(cold.documents) - extracted and damaged.claims == cold.claims
    first.unlink()
    caplog.clear()
    with caplog.at_level("WARNING", logger="crosscheck"):
        back = run([articles], Settings(store=db))
    assert not caplog.records and back.from_store == [first.name]
    mine = [c for c in cold.claims if c.document == first.name]
    assert mine and [c for c in back.claims if c.document == first.name] == mine


@pytest.mark.parametrize(
    ("column", "damage"),
    [
        ("claims", lambda c: [{**c[0], "value": "3,000"}, *c[1:]]),  # stopped the matcher
        ("claims", lambda c: [{**c[0], "sentence": 900}, *c[1:]]),  # quoted nothing
        ("claims", lambda c: [{**c[0], "kind": "weight"}, *c[1:]]),
        ("sentences", lambda s: s[1:]),  # every claim's sentence one off
    ],
)
def test_a_stored_extraction_still_json_but_of_another_shape_is_extracted_again(
    tmp_path: Path, caplog: pytest.LogCaptureFixture, column: str, damage: Any
) -> None:
    """A row of the store damaged or edited by hand so that it is still JSON, its claims
    or sentences not as crosscheck writes them: the article is extracted again, with the
    line naming it, and the run (its other article changed, so their story is matched
    again) gives what a run on the store undamaged gives. Before, a figure stored as text
    ended the run with "internal error while matching claims ... a bug" (exit 4), and a
    claim naming a sentence its article lacks reached the report."""
    articles = tmp_path / "articles"
    shutil.copytree(SEEDS, articles)
    first, second = sorted(articles.iterdir())[:2]
    db = tmp_path / "store.db"
    run([articles], Settings(store=db))
    con = sqlite3.connect(db)
    key = ("SELECT extraction_key FROM documents WHERE doc_id = ?", (first.name,))
    (stored,) = con.execute(f"SELECT {column} FROM extractions WHERE key = ({key[0]})",
                            key[1]).fetchone()  # fmt: skip
    con.execute(f"UPDATE extractions SET {column} = ? WHERE key = ({key[0]})",
                (json.dumps(damage(json.loads(stored))), *key[1]))  # fmt: skip
    con.commit()
    con.close()
    with second.open("a", encoding="utf-8") as f:
        f.write("\nAn earlier version of this article misspelt a name.\n")
    with caplog.at_level("WARNING", logger="crosscheck"):
        damaged = run([articles], Settings(store=db))
    assert [r.getMessage() for r in caplog.records] == [f"{first}: {EXTRACTED_AGAIN.format(db=db)}"]
    fresh = run([articles], Settings())
    assert damaged.claims == fresh.claims and damaged.sentences == fresh.sentences
    assert damaged.findings == fresh.findings and damaged.findings


def test_a_dropped_articles_row_stays_while_an_article_not_recorded_holds_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """A run that ends before its report (a story that failed on the workers: its save
    with seen=False) records none of its articles, so one of them that changed still
    names its old row in the store. That run drops another name of the row, no longer
    among the inputs, whose row cannot be read back: the name goes, not the row, which the
    store's references would refuse (the run would end on an IntegrityError, its
    extractions unsaved). The row, still damaged ('{}' is JSON, and no run reads it for
    the changed article), goes with that article's old name once the article leaves the
    run unrecorded: dropped in turn."""
    import crosscheck.pipeline
    from crosscheck.stories import StoryFailed

    articles, first, copy, db = _seeds_with_a_copy(tmp_path)
    con = sqlite3.connect(db)
    named = "SELECT doc_id FROM documents WHERE extraction_key = ? ORDER BY doc_id"
    (key,) = con.execute("SELECT extraction_key FROM documents WHERE doc_id = ?",
                         (first.name,)).fetchone()  # fmt: skip
    assert con.execute(named, (key,)).fetchall() == sorted([("copy.txt",), (first.name,)])
    con.execute("UPDATE extractions SET document = '{}' WHERE key = ?", (key,))
    con.commit()
    copy.unlink()
    first.write_text(first.read_text() + STORM)  # another extraction, another row

    def story_failed(parts: Any, *args: Any) -> None:
        failed = StoryFailed(parts[0], "the workers judging it died", {})
        failed.fresh = []
        raise failed

    dropped = "{}: dropped from the store {}: its stored text is damaged and it is not among "
    with monkeypatch.context() as patched, caplog.at_level("WARNING", logger="crosscheck"):
        patched.setattr(crosscheck.pipeline, "_judge_stories", story_failed)
        with pytest.raises(StoryFailed):
            run([articles], Settings(store=db))
    said = [r.getMessage() for r in caplog.records]
    assert len(said) == 1 and said[0].startswith(dropped.format("copy.txt", db))
    assert con.execute(named, (key,)).fetchall() == [(first.name,)]  # not recorded anew
    row = "SELECT document FROM extractions WHERE key = ?"
    assert con.execute(row, (key,)).fetchall() == [("{}",)]  # still there, still damaged
    first.unlink()
    caplog.clear()
    with caplog.at_level("WARNING", logger="crosscheck"):
        gone = run([articles], Settings(store=db))
    said = [r.getMessage() for r in caplog.records]
    assert len(said) == 1 and said[0].startswith(dropped.format(first.name, db))
    assert first.name not in {d.id for d in gone.documents}
    assert not con.execute(named, (key,)).fetchall() and not con.execute(row, (key,)).fetchall()
    con.close()


def _seeds_and_damaged_x(tmp_path: Path) -> tuple[Path, Path, Path]:
    """The seeds in articles/ and other/x.txt, checked once with a store; then x's stored
    claims damaged. Returns the two folders and the store."""
    articles, other = tmp_path / "articles", tmp_path / "other"
    shutil.copytree(SEEDS, articles)
    other.mkdir()
    (other / "x.txt").write_text(STORM * 4)
    db = tmp_path / "store.db"
    run([articles, other], Settings(store=db))
    con = sqlite3.connect(db)
    con.execute("UPDATE extractions SET claims = '[{}]' WHERE key = (SELECT extraction_key "
                "FROM documents WHERE doc_id = 'other/x.txt')")  # fmt: skip
    con.commit()
    con.close()
    return articles, other, db


def test_an_article_one_run_drops_is_kept_when_another_mends_its_row_meanwhile(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two runs at once on one store: run A, without article x among its inputs, finds
    x's row damaged and leaves x out; before A saves, run B, with x among its inputs,
    extracts x again and writes its row anew. A's save reads the row again (under the
    write lock) and finds it whole: x is kept, and a later run without it brings it back
    from the store."""
    articles, other, db = _seeds_and_damaged_x(tmp_path)
    store = Store(db)
    save = store.save
    mended: list[Any] = []

    def b_saves_first(*args: Any, **kwargs: Any) -> None:
        mended.append(run([articles, other], Settings(store=db)))  # its own connection
        save(*args, **kwargs)

    monkeypatch.setattr(store, "save", b_saves_first)
    try:
        a = run([articles], Settings(store=db), store=store)
    finally:
        store.close()
    assert "other/x.txt" not in {d.id for d in a.documents}
    assert "other/x.txt" in {d.id for d in mended[0].documents}
    later = run([articles], Settings(store=db))
    assert later.from_store == ["other/x.txt"]
    mine = [c for c in mended[0].claims if c.document == "other/x.txt"]
    assert mine and [c for c in later.claims if c.document == "other/x.txt"] == mine


def test_a_run_that_ends_before_its_save_leaves_nothing_for_the_next_to_drop(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What a run's reading of the store finds damaged is that run's alone: a run that
    drops an article only the store holds and then fails before its save leaves nothing
    on its open store for the next run on it, which has that article among its inputs
    again, to act on: the article is extracted again and kept, and the run after, without
    it, brings it back from the store."""
    from crosscheck.errors import InternalError
    from crosscheck.match import cluster

    articles, other, db = _seeds_and_damaged_x(tmp_path)

    def fail(*args: object, **kwargs: object) -> None:
        raise RuntimeError("a stage failed")

    store = Store(db)
    try:
        with monkeypatch.context() as patched:  # x dropped, then the run ends
            patched.setattr(cluster, "split_stories", fail)
            with pytest.raises(InternalError):
                run([articles], Settings(store=db), store=store)
        again = run([articles, other], Settings(store=db), store=store)
        assert "other/x.txt" in {d.id for d in again.documents}
        later = run([articles], Settings(store=db), store=store)
    finally:
        store.close()
    assert later.from_store == ["other/x.txt"]
    mine = [c for c in again.claims if c.document == "other/x.txt"]
    assert mine and [c for c in later.claims if c.document == "other/x.txt"] == mine


def test_a_damaged_row_of_an_articles_copy_finding_names_the_article(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    db = tmp_path / "store.db"
    cold = run([SEEDS], Settings(store=db))
    con = sqlite3.connect(db)
    con.execute("DELETE FROM copies")  # the run's clusters, else taken whole
    con.execute("UPDATE copy_parts SET parts = '{not json'")
    con.commit()
    con.close()
    with caplog.at_level("WARNING", logger="crosscheck"):
        again = run([SEEDS], Settings(store=db))
    assert sorted(r.getMessage() for r in caplog.records) == [
        f"{d.path}: its copy finding's row in the store {db} is damaged; made again"
        for d in sorted(cold.documents, key=lambda d: d.path)
    ]
    assert again.copies == cold.copies


# offset maps of every wrong shape a damaged or hand-edited store may hold
BAD_OFFSET_MAPS = {
    "anchors not offsets": {"anchors": [["a", "b"]], "line_starts": [0], "exact": True},
    "anchors an object": {"anchors": {"a": 1}, "line_starts": [0], "exact": True},
    "an anchor not a pair": {"anchors": [[0]], "line_starts": [0], "exact": True},
    "no anchors": {"anchors": [], "line_starts": [0], "exact": True},
    "a negative anchor": {"anchors": [[0, -50]], "line_starts": [0], "exact": True},
    "anchors out of order": {"anchors": [[9, 0], [0, 0]], "line_starts": [0], "exact": True},
    "no line starts": {"anchors": [[0, 0]], "line_starts": [], "exact": True},
    "line starts a string": {"anchors": [[0, 0]], "line_starts": "abc", "exact": True},
    "a null line start": {"anchors": [[0, 0]], "line_starts": [None], "exact": True},
    "lines not from 0": {"anchors": [[0, 0]], "line_starts": [3, 9], "exact": True},
    "exact not a bool": {"anchors": [[0, 0]], "line_starts": [0], "exact": "no"},
    "not an object": [1, 2],
}


@pytest.mark.parametrize("bad", BAD_OFFSET_MAPS.values(), ids=BAD_OFFSET_MAPS.keys())
def test_a_stored_offset_map_of_a_wrong_shape_is_a_damaged_row(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, bad: object
) -> None:
    """The SARIF and text reports place each claim by its document's offset map; one
    stored in a shape crosscheck never writes is damage, like a row that is not JSON: an
    article only the store holds (its own file unknown, as in a store of schema 3) is
    dropped with a line naming it, and the run reports the others."""
    from tests.conftest import invoke

    monkeypatch.chdir(tmp_path)
    shutil.copytree(SEEDS, "articles")
    Path("articles/other.txt").write_text(STORM * 4)
    stored = ["--format", "json,sarif", "--fail-on", "never", "--store", "store.db"]
    assert invoke("check", "articles", *stored, "--out", "first").exit_code == 0
    Path("articles/other.txt").unlink()
    con = sqlite3.connect("store.db")
    con.execute("UPDATE documents SET file = NULL WHERE doc_id = 'other.txt'")
    con.execute("UPDATE extractions SET offset_map = ? WHERE key = (SELECT extraction_key "
                "FROM documents WHERE doc_id = 'other.txt')", (json.dumps(bad),))  # fmt: skip
    con.commit()
    dropped = invoke("check", "articles", *stored, "--out", "out")
    assert dropped.exit_code == 0, dropped.output
    assert [line for line in dropped.stderr.splitlines() if "WARNING" in line] == [
        "crosscheck: WARNING: other.txt: dropped from the store store.db: its stored text "
        "is damaged and it is not among this run's inputs, so it cannot be read again"
    ]
    assert "other.txt" not in Path("out/report.sarif").read_text()
    assert not con.execute("SELECT 1 FROM documents WHERE doc_id = 'other.txt'").fetchall()
    con.close()


@pytest.mark.parametrize("bad", BAD_OFFSET_MAPS.values(), ids=BAD_OFFSET_MAPS.keys())
def test_a_stored_reading_whose_offset_map_has_a_wrong_shape_is_read_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, bad: object
) -> None:
    """A file's stored reading (ReadCache) whose offset map is of a shape crosscheck never
    writes is taken for no reading: the file is read again, and each claim placed in it
    as the first run placed it."""
    from tests.conftest import invoke

    monkeypatch.chdir(tmp_path)
    shutil.copytree(SEEDS, "articles")
    args = ["--format", "sarif", "--fail-on", "never", "--store", "store.db"]
    assert invoke("check", "articles", *args, "--out", "first").exit_code == 0
    con = sqlite3.connect("store.db")
    readings = con.execute("SELECT key, result FROM reads").fetchall()
    assert readings
    for key, result in readings:
        d = json.loads(result)
        d["documents"] = [[doc, bad] for doc, _ in d["documents"]]
        con.execute("UPDATE reads SET result = ? WHERE key = ?", (json.dumps(d), key))
    con.commit()
    con.close()
    again = invoke("check", "articles", *args, "--out", "again")
    assert again.exit_code == 0, again.output
    placed = {}
    for out in ("first", "again"):
        sarif = json.loads(Path(out, "report.sarif").read_text())
        placed[out] = [r["locations"] for r in sarif["runs"][0]["results"]]
    assert placed["again"] == placed["first"] and placed["first"]


def _marked_folders() -> None:
    """q/x.md and q/z.md, and p/y.md: x.md's text in a file of its own (Latin-1, CRLF line
    ends, emphasis marks), so that one row serves x.md and y.md."""
    Path("p").mkdir()
    Path("q").mkdir()
    Path("q/x.md").write_text(MARKED.format(n=40), encoding="utf-8")
    Path("q/z.md").write_text(MARKED.format(n=90).replace("Storm", "Flood"), encoding="utf-8")
    marked = MARKED.format(n=40).replace("A storm", "A *storm*").replace("Café", "**Café**")
    Path("p/y.md").write_bytes(marked.replace("\n", "\r\n").encode("latin-1"))


def _file(**changed: object) -> str:
    return json.dumps({"path": "p/y.md", "encoding": "latin-1",
                       "offset_map": {"anchors": [[0, 0]], "line_starts": [0], "exact": True},
                       **changed})  # fmt: skip


# a name's stored file that cannot be read back
BAD_FILES = {
    "not JSON": "{not json",
    "a word": "garbage",
    "a list": "[1, 2]",
    "a number": "5",
    "an unknown encoding": _file(encoding="no-such-codec"),
    "no path": _file(path=""),
    "anchors not offsets": _file(offset_map=BAD_OFFSET_MAPS["anchors not offsets"]),
    "no line starts": _file(offset_map=BAD_OFFSET_MAPS["no line starts"]),
}


@pytest.mark.parametrize("twin_gone", [False, True], ids=["twin in the run", "twin gone"])
@pytest.mark.parametrize("bad", BAD_FILES.values(), ids=BAD_FILES.keys())
def test_a_damaged_file_of_an_article_only_the_store_holds_is_named_and_forgotten(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, bad: str, twin_gone: bool
) -> None:
    """p/y.md, only the store holds, shares its row with q/x.md, among the inputs or gone
    from them too; its file as stored cannot be read back. Its row is whole, so it is
    kept and placed by the row (as a name stored before names kept their file is: not the
    wrong encoding or columns unsaid, nor a path or encoding that is no file's in
    report.json), with a line naming it, once: the damaged file is forgotten, so a later
    run is silent and reports the same."""
    from tests.conftest import invoke

    monkeypatch.chdir(tmp_path)
    _marked_folders()
    args = ["--format", "json,sarif", "--fail-on", "never", "--store", "s.db"]
    assert invoke("check", "q", "p", *args, "--out", "first").exit_code == 0
    if twin_gone:
        Path("q/x.md").unlink()
    con = sqlite3.connect("s.db")
    con.execute("UPDATE documents SET file = ? WHERE doc_id = 'p/y.md'", (bad,))
    con.commit()
    warned = invoke("check", "q", *args, "--out", "warm")
    assert warned.exit_code == 0, warned.output
    assert [line for line in warned.stderr.splitlines() if "WARNING" in line] == [
        "crosscheck: WARNING: p/y.md: its file in the store s.db is damaged; its path, "
        "encoding and lines are taken to be those of q/x.md, the same text"
    ]
    report = json.loads(Path("warm/report.json").read_text())
    files = {d["id"]: (d["path"], d["encoding"]) for d in report["documents"]}
    assert sorted(files) == (
        ["p/y.md", "q/x.md", "z.md"] if twin_gone else ["p/y.md", "x.md", "z.md"]
    )
    assert files["p/y.md"][1] == "utf-8"  # q/x.md's, the only file known
    assert con.execute("SELECT file FROM documents WHERE doc_id = 'p/y.md'").fetchall() == [(None,)]
    con.close()
    again = invoke("check", "q", *args, "--out", "again")
    assert again.exit_code == 0 and "WARNING" not in again.stderr, again.stderr
    for name in ("report.json", "report.sarif"):
        warm, later = (json.loads(Path(out, name).read_text()) for out in ("warm", "again"))
        warm.pop("summary", None), later.pop("summary", None)
        assert later == warm


def test_a_names_file_is_its_own_when_the_inputs_sit_in_other_folders(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Names are relative to the common folder of a run's inputs, paths as the user gave
    them ("articles" beside "../other"): a name and its path need not end alike, and an
    article only the store holds keeps its file, with no warning."""
    from tests.conftest import invoke

    proj, other = tmp_path / "proj", tmp_path / "other"
    (proj / "articles").mkdir(parents=True)
    other.mkdir()
    (proj / "articles" / "b.md").write_bytes(MARKED.format(n=70).encode("latin-1"))
    (other / "c.md").write_text(MARKED.format(n=40), encoding="utf-8")
    monkeypatch.chdir(proj)
    args = ["--format", "json", "--fail-on", "never", "--store", "s.db"]
    assert invoke("check", "articles", "../other", *args, "--out", "a").exit_code == 0
    (proj / "articles" / "b.md").unlink()
    later = invoke("check", "articles", "../other", *args, "--out", "b")
    assert later.exit_code == 0 and "WARNING" not in later.stderr, later.stderr
    files = {}
    for out in ("a", "b"):
        report = json.loads(Path(out, "report.json").read_text())
        files[out] = {d["id"]: (d["path"], d["encoding"]) for d in report["documents"]}
    assert files["b"] == files["a"] and len(files["a"]) == 2


def test_a_names_file_read_from_a_folder_named_whole_or_a_json_record_is_its_own(
    tmp_path: Path,
) -> None:
    """A name's file is its own when its path ends with the name's file: one read from a
    folder named from the root (an absolute path) is, and so is a JSON record's, whose
    name is its file's, "#" and its key (here with a "#" of its own). Neither is taken
    for damage: each article only the store holds keeps its path and encoding."""
    from tests.conftest import invoke

    q, p = tmp_path / "q", tmp_path / "p"
    q.mkdir()
    p.mkdir()
    (q / "x.md").write_text(MARKED.format(n=40), encoding="utf-8")
    (p / "y.md").write_bytes(MARKED.format(n=70).encode("latin-1"))
    record = {"id": "a#1", "text": MARKED.format(n=55).replace("Storm", "Hail")}
    (p / "r.jsonl").write_text(json.dumps(record) + "\n", encoding="utf-8")
    args = ["--format", "json", "--fail-on", "never", "--store", str(tmp_path / "s.db")]
    assert invoke("check", str(q), str(p), *args, "--out", str(tmp_path / "a")).exit_code == 0
    later = invoke("check", str(q), *args, "--out", str(tmp_path / "b"))
    assert later.exit_code == 0 and "WARNING" not in later.stderr, later.stderr
    files = {}
    for out in ("a", "b"):
        report = json.loads((tmp_path / out / "report.json").read_text())
        files[out] = {d["id"]: (d["path"], d["encoding"]) for d in report["documents"]}
    assert files["b"]["p/y.md"] == files["a"]["p/y.md"]
    assert files["b"]["p/y.md"][0] == f"{p}/y.md" and files["b"]["p/y.md"][1] != "utf-8"
    assert files["b"]["p/r.jsonl#a#1"] == (f"{p}/r.jsonl", "utf-8") == files["a"]["p/r.jsonl#a#1"]


def _edited_article(tmp_path: Path) -> tuple[Path, Path, Callable[[int], str]]:
    """A folder with one seed article and wire.txt, the store beside it, and the text of
    wire.txt's n-th edit."""
    articles = tmp_path / "articles"
    articles.mkdir()
    shutil.copy(SEEDS / "003_7f9d67f18c909fa1.txt", articles)

    def text(n: int) -> str:
        return NEW_ARTICLE.replace("3,600", f"3,{600 + n}")

    return articles, tmp_path / "store.db", text


def _stored_keys(db: Path) -> set[str]:
    with sqlite3.connect(db) as con:
        return {r[0] for r in con.execute("SELECT key FROM extractions")}


def _ends_before_its_report(monkeypatch: pytest.MonkeyPatch, articles: Path, db: Path) -> None:
    """A run over ``articles`` whose story fails on the workers: its save with seen=False."""
    import crosscheck.pipeline
    from crosscheck.stories import StoryFailed

    def story_failed(parts: Any, *args: Any) -> None:
        failed = StoryFailed(parts[0], "the workers judging it died", {})
        failed.fresh = []
        raise failed

    with monkeypatch.context() as patched:
        patched.setattr(crosscheck.pipeline, "_judge_stories", story_failed)
        with pytest.raises(StoryFailed):
            run([articles], Settings(store=db))


def test_the_earlier_texts_of_an_edited_article_are_pruned_after_the_latest_runs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An article edited before every run leaves an extraction no article's row names:
    those of the latest KEEP_RESULTS runs that extracted stay (an article edited back
    finds its claims), older ones go; an article every run reads unchanged keeps its row
    however old; a run that extracts nothing prunes nothing."""
    import crosscheck.store as store_mod

    monkeypatch.setattr(store_mod, "KEEP_RESULTS", 3)
    articles, db, text = _edited_article(tmp_path)
    edited = articles / "wire.txt"
    runs = []
    for n in range(6):
        edited.write_text(text(n))
        runs.append(run([articles], Settings(store=db)))
        assert runs[-1].reused == (0 if n == 0 else 1)  # the unchanged seed from the store
    keys = [dict(zip((d.id for d in r.documents), r.extraction_keys, strict=True)) for r in runs]
    seed = keys[0]["003_7f9d67f18c909fa1.txt"]
    assert _stored_keys(db) == {seed} | {k["wire.txt"] for k in keys[3:]}
    monkeypatch.setattr(store_mod, "KEEP_RESULTS", 2)  # keys[3] is now past the window,
    assert run([articles], Settings(store=db)).reused == 2  # but nothing was extracted
    assert _stored_keys(db) == {seed} | {k["wire.txt"] for k in keys[3:]}
    monkeypatch.setattr(store_mod, "KEEP_RESULTS", 3)
    edited.write_text(text(3))  # edited back to a text the store still holds: not extracted
    assert run([articles], Settings(store=db)).reused == 2
    edited.write_text(text(0))  # to one it no longer holds: extracted again, the same claims
    again = run([articles], Settings(store=db))
    assert again.reused == 1

    def claims(r: Any) -> list[dict[str, Any]]:
        return [c.to_dict() for c in r.claims if c.document == "wire.txt"]

    assert claims(again) == claims(runs[0]) != []


def test_a_run_that_ends_before_its_report_keeps_the_extractions_it_used(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A run that ends before its report records none of its articles, so the rows it
    used are named by no article's row: its own prune keeps them, a later run's (over
    another folder) too, and the system clock stepping back does not make them the
    oldest; the next run over the articles extracts nothing again."""
    import types

    import crosscheck.store as store_mod

    monkeypatch.setattr(store_mod, "KEEP_RESULTS", 3)
    clock = [1_000_000.0]
    monkeypatch.setattr(store_mod, "time", types.SimpleNamespace(time=lambda: clock[0]))
    articles, db, text = _edited_article(tmp_path)
    edited = articles / "wire.txt"
    for n in range(4):
        clock[0] += 100
        edited.write_text(text(n))
        run([articles], Settings(store=db))
    edited.write_text(text(1))  # back to a text the store holds, not named any more
    (articles / "new.txt").write_text("Officials in Oslo said 40 homes burned on Monday.\n")
    _ends_before_its_report(monkeypatch, articles, db)
    other = tmp_path / "other"  # then a run over another folder extracts, and prunes
    other.mkdir()
    (other / "x.txt").write_text("Police in Bergen said 12 cars were stolen on Friday.\n")
    clock[0] += 1
    run([other], Settings(store=db))
    after = run([articles], Settings(store=db))
    assert after.reused == 3 and after.from_store == ["x.txt"]  # none extracted again
    clock[0] -= 3600  # the system clock steps back an hour
    for n in (50, 51):  # two edits, each run ending before its report
        edited.write_text(text(n))
        _ends_before_its_report(monkeypatch, articles, db)
        clock[0] += 1
    edited.write_text(text(50))  # back to the first: not pruned by the second run
    assert run([articles], Settings(store=db)).reused == 3


def test_an_article_only_the_store_holds_is_read_from_one_state_of_the_store(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Another run that saves while this one reads the articles only the store holds
    (one of them edited, its old text pruned) does not make that article vanish from this
    run: the store's articles are read from one state of it."""
    import crosscheck.store as store_mod

    monkeypatch.setattr(store_mod, "KEEP_RESULTS", 1)
    articles, db, text = _edited_article(tmp_path)
    other = tmp_path / "other"
    other.mkdir()
    (articles / "wire.txt").write_text(text(0))
    first = run([articles], Settings(store=db))
    old = dict(zip((d.id for d in first.documents), first.extraction_keys, strict=True))["wire.txt"]
    (articles / "wire.txt").unlink()  # now only the store holds it
    (other / "wire.txt").write_text(text(1))  # edited, in another folder another run checks
    real, saved = store_mod.Store._row, []

    def row(self: Store, key: str) -> Any:
        if not saved:  # the other run saves between this run's reads
            saved.append(None)
            saved[0] = run([other], Settings(store=db))
        return real(self, key)

    monkeypatch.setattr(store_mod.Store, "_row", row)
    this = run([articles], Settings(store=db))
    assert saved and saved[0].reused == 0  # the other run extracted,
    assert old not in _stored_keys(db)  # and pruned the old text this run read
    assert [d.id for d in this.documents] == ["003_7f9d67f18c909fa1.txt", "wire.txt"]
    assert this.from_store == ["wire.txt"]
    assert next(c.value for c in this.claims if c.document == "wire.txt") == 3600


def test_stamps_no_clock_gives_neither_end_a_run_nor_stop_the_pruning(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A store whose extractions' stamps were edited into text or a huge number: runs go
    on, and the earlier texts of an edited article are still pruned."""
    import crosscheck.store as store_mod

    monkeypatch.setattr(store_mod, "KEEP_RESULTS", 2)
    articles, db, text = _edited_article(tmp_path)
    edited = articles / "wire.txt"
    edited.write_text(text(0))
    run([articles], Settings(store=db))
    with sqlite3.connect(db) as con:
        con.execute("UPDATE extractions SET stored_at = 'x' WHERE key = "
                    "(SELECT extraction_key FROM documents WHERE doc_id = 'wire.txt')")  # fmt: skip
        con.execute("UPDATE extractions SET stored_at = 1e300 WHERE key IN "
                    "(SELECT extraction_key FROM documents WHERE doc_id < 'w')")  # fmt: skip
    keys = []
    for n in range(1, 6):
        edited.write_text(text(n))
        r = run([articles], Settings(store=db))
        assert r.exit_code == 0 and r.reused == 1
        keys.append(r.extraction_keys[-1])
    seed = run([articles], Settings(store=db)).extraction_keys[0]
    assert _stored_keys(db) == {seed, *keys[-2:]}  # the seed's, named; the latest two texts


@pytest.mark.parametrize("breakage", ["binary", "link outside", "records"])
def test_an_input_skipped_now_is_not_brought_back_from_the_store(
    tmp_path: Path, breakage: str
) -> None:
    """An article read before that this run cannot read (now a binary file, a symbolic
    link to outside the folder; a JSONL file of records gone binary) is skipped and listed,
    as without a store: its old text is not served from the store in its place (the
    store stands in only for articles the run's inputs no longer hold)."""
    articles = tmp_path / "articles"
    articles.mkdir()
    shutil.copy(SEEDS / "003_7f9d67f18c909fa1.txt", articles)
    name = "wire.jsonl" if breakage == "records" else "wire.txt"
    edited = articles / name
    if breakage == "records":
        edited.write_text(json.dumps({"id": "w1", "text": NEW_ARTICLE}) + "\n")
    else:
        edited.write_text(NEW_ARTICLE)
    db = tmp_path / "store.db"
    first = run([articles], Settings(store=db))
    assert len(first.documents) == 2 and not first.skipped
    if breakage == "link outside":
        outside = tmp_path / "outside.txt"
        outside.write_text(NEW_ARTICLE.replace("3,600", "3,900"))
        edited.unlink()
        edited.symlink_to(outside)
    else:
        edited.write_bytes(b"At least 99 people were killed, police said.\x00\n")
    now = run([articles], Settings(store=db))
    plain = run([articles], Settings())
    assert [s.path for s in now.skipped] == [s.path for s in plain.skipped] == [str(edited)]
    assert [d.id for d in now.documents] == [d.id for d in plain.documents]
    assert now.from_store == [] and len(now.claims) == len(plain.claims)


def test_an_input_skipped_now_is_not_served_when_the_runs_roots_differ(tmp_path: Path) -> None:
    """Ids are relative to a run's root ('a.txt' over A, 'A/a.txt' over A and B): an
    article stored from one root and skipped in a run from another is not served either,
    nor one in a folder that could not be listed, nor a file that is now the same file as
    another. A record removed from a JSONL file still read is served, as a file removed
    from the folder is: the store stands in for what the inputs no longer hold."""
    import crosscheck.ingest as ingest_mod

    a, b = tmp_path / "A", tmp_path / "B"
    (a / "sub").mkdir(parents=True)
    b.mkdir()
    shutil.copy(SEEDS / "003_7f9d67f18c909fa1.txt", b)
    (a / "a.txt").write_text(NEW_ARTICLE)
    (a / "sub" / "s.txt").write_text(NEW_ARTICLE.replace("3,600", "3,700"))
    (a / "d.txt").write_text(NEW_ARTICLE.replace("3,600", "3,800"))
    records = [{"id": "r1", "text": NEW_ARTICLE}, {"id": "r2", "text": STORM}]
    (b / "w.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records))
    db = tmp_path / "store.db"
    first = run([a], Settings(store=db))
    assert sorted(d.id for d in first.documents) == ["a.txt", "d.txt", "sub/s.txt"]
    run([b], Settings(store=db))
    (a / "a.txt").write_bytes(b"At least 99 people were killed.\x00\n")
    (a / "d.txt").unlink()
    (a / "d.txt").symlink_to(a / "a.txt")  # now the same file as a.txt
    (b / "w.jsonl").write_text(json.dumps(records[0]) + "\n")  # r2 removed
    real_walk = ingest_mod.os.walk

    def walk(top: Any, onerror: Any = None, **kw: Any) -> Any:
        for here, dirs, files in real_walk(top, onerror=onerror, **kw):
            if "sub" in dirs:  # a folder that cannot be listed
                dirs.remove("sub")
                onerror(PermissionError(13, "Permission denied", str(Path(here) / "sub")))
            yield here, dirs, files

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(ingest_mod.os, "walk", walk)
        both = run([a, b], Settings(store=db))
    assert sorted(s.path for s in both.skipped) == sorted(
        [str(a / "a.txt"), str(a / "sub"), str(a / "d.txt")]
    )
    assert both.from_store == ["w.jsonl#r2"]  # A's three are not served under 'a.txt' etc.
    assert {d.id for d in both.documents} == {
        "B/003_7f9d67f18c909fa1.txt", "B/w.jsonl#r1", "w.jsonl#r2"}  # fmt: skip


def test_only_the_inputs_not_read_are_kept_from_the_store(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An article removed from the folder is still served from the store under any name
    ('other/a.txt' while 'a.txt', another file, cannot be read now); an article whose
    extraction fails now (past its time budget) is skipped and not served."""
    import crosscheck.pipeline

    articles = tmp_path / "articles"
    (articles / "other").mkdir(parents=True)
    (articles / "a.txt").write_text(NEW_ARTICLE)
    (articles / "other" / "a.txt").write_text(NEW_ARTICLE.replace("3,600", "3,700"))
    (articles / "b.txt").write_text(STORM)
    db = tmp_path / "store.db"
    run([articles], Settings(store=db))
    (articles / "other" / "a.txt").unlink()
    (articles / "a.txt").write_bytes(b"At least 99 people were killed.\x00\n")
    (articles / "b.txt").write_text(STORM + "\nAbout 40 homes were destroyed.\n")
    real = crosscheck.pipeline._extract_one

    def slow(doc: Any) -> Any:
        return "extracting claims took longer than its time budget" if doc.id == "b.txt" else (
            real(doc))  # fmt: skip

    monkeypatch.setattr(crosscheck.pipeline, "_extract_one", slow)
    now = run([articles], Settings(store=db))
    assert sorted(s.path.rsplit("/", 1)[-1] for s in now.skipped) == ["a.txt", "b.txt"]
    assert now.from_store == ["other/a.txt"]


def test_a_record_skipped_now_is_not_brought_back_from_the_store(tmp_path: Path) -> None:
    """A JSONL file still read whose record r2 has lost its text now: r2 is skipped and
    listed, not served from the store under its earlier text (a record removed from the
    file is, as a removed file is)."""
    articles, wire, records, db = _three_records_stored(tmp_path, Settings())
    records[1]["text"] = ""
    wire.write_text("".join(json.dumps(r) + "\n" for r in records[:2]))  # r3 removed
    for _ in range(2):  # and again over the same bytes, its reading kept by the store
        now = run([articles], Settings(store=db))
        assert [s.path for s in now.skipped] == [f"{wire}:2"]
        assert sorted(d.id for d in now.documents) == ["w.jsonl#r1", "w.jsonl#r3"]
        assert now.from_store == ["w.jsonl#r3"]


def test_articles_from_the_store_come_in_the_order_a_run_over_them_lists_them(
    tmp_path: Path,
) -> None:
    """The articles a store adds follow the run's own in the order a run over their folder
    lists them (a folder's files before its subfolders, a file's records after it), not in
    an order of the store's making: two stores that came to hold the same articles by
    different histories give the same report."""
    folder, other = tmp_path / "P", tmp_path / "Q"
    (folder / "sub").mkdir(parents=True)
    other.mkdir()
    shutil.copy(SEEDS / "003_7f9d67f18c909fa1.txt", folder / "t.txt")
    (folder / "sub" / "b.txt").write_text(STORM)
    records = [{"id": "r1", "text": NEW_ARTICLE}, {"id": "r2", "text": STORM + " More rain."}]
    (folder / "c.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records))
    shutil.copy(SEEDS / "000_71db2a8b7660cb1e.txt", other / "q.txt")
    own = [d.id for d in run([folder], Settings()).documents]
    assert own == ["c.jsonl#r1", "c.jsonl#r2", "t.txt", "sub/b.txt"]
    run([folder], Settings(store=tmp_path / "a.db"))  # one history: the folder, whole
    for part in ("t.txt", "c.jsonl", None):  # another: part by part, in another order
        if part is not None:
            (folder / part).rename(tmp_path / part)
        run([folder], Settings(store=tmp_path / "b.db"))
        if part is not None:
            (tmp_path / part).rename(folder / part)
    out = {}
    for db in ("a.db", "b.db"):
        now = run([other], Settings(store=tmp_path / db))
        assert [d.id for d in now.documents] == ["q.txt", *own] and now.from_store == own
        assert invoke_check(other, tmp_path / f"out-{db}", tmp_path / db).exit_code == 0
        out[db] = json.loads((tmp_path / f"out-{db}" / "report.json").read_text())
    assert out["a.db"] == out["b.db"]


def invoke_check(folder: Path, out: Path, db: Path) -> Any:
    return CliRunner().invoke(
        cli, ["check", str(folder), "--out", str(out), "--store", str(db), "--fail-on", "never"]
    )


BROKEN_LINES = ['{"id": "r2", "text": "At least 99 people', '["r2"]']


@pytest.mark.parametrize("broken", BROKEN_LINES)
def test_a_record_whose_line_cannot_be_read_now_is_not_served_from_the_store(
    tmp_path: Path, broken: str
) -> None:
    """Record r2 (its own id) whose line is no longer JSON, or no longer an object: which
    record the line held cannot be known, so no record of the file is served from the
    store in its place, r2's earlier text least of all (a record removed from the file
    meanwhile is not either, while the line stays bad); the line is warned about and
    listed, with the store as without it. (tests/test_dask.py runs it on Dask too.)"""
    bad_line_serves_no_stored_record(tmp_path, broken, Settings())


def _three_records_stored(
    tmp_path: Path, engine: Settings
) -> tuple[Path, Path, list[dict[str, str]], Path]:
    """A folder with one JSONL file of three records (r1, r2, r3), checked once with a
    store (and the engine of ``engine``): the folder, the file, its records, the store."""
    articles = tmp_path / "articles"
    articles.mkdir()
    records = [{"id": "r1", "text": NEW_ARTICLE}, {"id": "r2", "text": STORM},
               {"id": "r3", "text": NEW_ARTICLE.replace("3,600", "3,700")}]  # fmt: skip
    wire = articles / "w.jsonl"
    wire.write_text("".join(json.dumps(r) + "\n" for r in records))
    db = tmp_path / "store.db"
    assert len(run([articles], replace(engine, store=db)).documents) == 3
    return articles, wire, records, db


def bad_line_serves_no_stored_record(tmp_path: Path, broken: str, engine: Settings) -> None:
    """The test above, its runs with the engine (and scheduler) of ``engine``."""
    articles, wire, records, db = _three_records_stored(tmp_path, engine)
    stored = replace(engine, store=db)
    wire.write_text(json.dumps(records[0]) + "\n" + broken + "\n")  # r3 removed too
    plain = run([articles], engine)
    for _ in range(2):  # and again over the same bytes, its reading kept by the store
        now = run([articles], stored)
        assert [s.path for s in now.skipped] == [s.path for s in plain.skipped] == [f"{wire}:2"]
        assert [d.id for d in now.documents] == [d.id for d in plain.documents] == ["w.jsonl#r1"]
        assert now.from_store == [] and len(now.claims) == len(plain.claims)
    wire.write_text(json.dumps(records[0]) + "\n")  # the bad line gone: r2, r3 removed
    assert sorted(run([articles], stored).from_store) == ["w.jsonl#r2", "w.jsonl#r3"]


@pytest.mark.parametrize("name", ["w.jsonl", "w.json"])
def test_records_named_by_their_place_are_never_served_from_the_store(
    tmp_path: Path, name: str
) -> None:
    """Records without an id are named by their line (or their place in a JSON list): with
    the first removed and the last emptied, 'w.jsonl#3' would be the last's earlier text, and
    'w.jsonl#2' now is what '#3' was. No such name of a file read now is served from the
    store: every record is read as it is now, or skipped."""
    articles = tmp_path / "articles"
    articles.mkdir()
    texts = [NEW_ARTICLE, STORM, NEW_ARTICLE.replace("3,600", "3,700")]
    wire = articles / name

    def write(records: list[dict[str, str]]) -> None:
        if name.endswith(".jsonl"):
            wire.write_text("".join(json.dumps(r) + "\n" for r in records))
        else:
            wire.write_text(json.dumps(records))

    write([{"text": t} for t in texts])
    db = tmp_path / "store.db"
    assert len(run([articles], Settings(store=db)).documents) == 3
    write([{"text": texts[1]}, {"text": ""}])
    for _ in range(2):  # and again over the same bytes, its reading kept by the store
        now = run([articles], Settings(store=db))
        assert now.from_store == [] and len(now.skipped) == 1
        assert [d.text.strip() for d in now.documents] == [texts[1].strip()]
    if name.endswith(".json"):  # a list, now one record: its places name nothing either
        wire.write_text(json.dumps({"text": texts[1]}))
        now = run([articles], Settings(store=db))
        assert now.from_store == [] and [d.id for d in now.documents] == ["w.json"]


def test_a_record_named_by_its_line_after_a_clash_is_never_served_from_the_store(
    tmp_path: Path,
) -> None:
    """An unnamed record whose line number another record names as its id is keyed
    'line3'; once that other record is renamed, the same record is '#3' and the store's
    'line3' names nothing now: it is not served (it was, the record then given twice,
    once with its earlier text)."""
    articles = tmp_path / "articles"
    articles.mkdir()
    wire = articles / "w.jsonl"
    records = [{"text": NEW_ARTICLE, "id": "3"}, {"text": STORM}, {"text": NEW_ARTICLE.replace(
        "3,600", "3,700")}]  # fmt: skip
    wire.write_text("".join(json.dumps(r) + "\n" for r in records))
    db = tmp_path / "store.db"
    first = run([articles], Settings(store=db))
    assert sorted(d.id for d in first.documents) == ["w.jsonl#2", "w.jsonl#3", "w.jsonl#line3"]
    records[0]["id"] = "x"
    wire.write_text("".join(json.dumps(r) + "\n" for r in records))
    now = run([articles], Settings(store=db))
    assert now.from_store == []
    assert sorted(d.id for d in now.documents) == ["w.jsonl#2", "w.jsonl#3", "w.jsonl#x"]


def test_records_named_by_their_place_are_not_served_from_another_root(tmp_path: Path) -> None:
    """The file checked first in its folder ('sub/w.jsonl#3'), then alone from its own
    ('w.jsonl#1'): the places of the file read now are not served under the first names."""
    articles = tmp_path / "articles"
    (articles / "sub").mkdir(parents=True)
    shutil.copy(SEEDS / "003_7f9d67f18c909fa1.txt", articles)
    wire = articles / "sub" / "w.jsonl"
    texts = [NEW_ARTICLE, STORM, NEW_ARTICLE.replace("3,600", "3,700")]
    wire.write_text("".join(json.dumps({"text": t}) + "\n" for t in texts))
    db = tmp_path / "store.db"
    assert len(run([articles], Settings(store=db)).documents) == 4
    wire.write_text(json.dumps({"text": texts[1]}) + "\n")
    now = run([articles / "sub"], Settings(store=db))
    assert now.from_store == ["003_7f9d67f18c909fa1.txt"]  # not 'sub/w.jsonl#1' to '#3'


@pytest.mark.parametrize("unread", ["binary", "dangling", "outside", "folder link"])
def test_a_file_of_the_same_name_in_another_folder_is_the_input_read_now(
    tmp_path: Path, unread: str
) -> None:
    """The store keeps articles by their names, not their paths: a folder, then another
    holding files of the same names (a copy of it, or other files so named), is one input
    to the store. A file of the other folder that cannot be read now, or whose records are
    named by their place, is not stood in for by what the store read from the first
    folder's file of that name: the second run reports what a run without a store
    reports there (it reported the first folder's text as the unreadable file's, and the
    first folder's third record as 'w.jsonl#3' of a file that has two now)."""
    first, second = tmp_path / "first", tmp_path / "second"
    first.mkdir()
    (first / "a.txt").write_text(NEW_ARTICLE)
    (first / "b.txt").write_text(STORM)
    texts = [NEW_ARTICLE, STORM, NEW_ARTICLE.replace("3,600", "3,700")]
    (first / "w.jsonl").write_text("".join(json.dumps({"text": t}) + "\n" for t in texts))
    (first / "sub").mkdir()
    (first / "sub" / "c.txt").write_text(NEW_ARTICLE.replace("3,600", "3,900"))
    shutil.copytree(first, second)
    (second / "b.txt").unlink()
    if unread == "binary":  # (and the others: skipped before they are read)
        (second / "b.txt").write_bytes(b"\x00\x01 not text \x00" * 8)
    elif unread == "dangling":
        (second / "b.txt").symlink_to("gone.txt")
    elif unread == "outside":
        (tmp_path / "elsewhere.txt").write_text(STORM)
        (second / "b.txt").symlink_to(tmp_path / "elsewhere.txt")
    else:  # a link to a folder is not followed: its files are not this run's
        (second / "b.txt").write_bytes(b"\x00\x01 not text \x00" * 8)
        shutil.rmtree(second / "sub")
        (tmp_path / "other").mkdir()
        (tmp_path / "other" / "c.txt").write_text(STORM)
        (second / "sub").symlink_to(tmp_path / "other", target_is_directory=True)
    (second / "w.jsonl").write_text("".join(json.dumps({"text": t}) + "\n" for t in texts[1:]))
    db = tmp_path / "store.db"
    assert len(run([first], Settings(store=db)).documents) == 6
    now, cold = run([second], Settings(store=db)), run([second], Settings())
    assert now.from_store == []
    skipped = [str(second / "b.txt")] + ([str(second / "sub")] if unread == "folder link" else [])
    assert sorted(s.path for s in now.skipped) == sorted(s.path for s in cold.skipped) == skipped
    assert [(d.id, d.text) for d in now.documents] == [(d.id, d.text) for d in cold.documents]
    assert [c.to_dict() for c in now.claims] == [c.to_dict() for c in cold.claims]
    assert [f.to_dict() for f in now.findings] == [f.to_dict() for f in cold.findings]


def _three_storms(tmp_path: Path) -> list[Path]:
    """Three folders (a, b, c), each two articles of its own storm that differ by three
    homes: three runs over them share no article, story or reading."""
    folders = []
    for name, town, n in (("a", "Oslo", 40), ("b", "Bergen", 12), ("c", "Tromso", 7)):
        folder = tmp_path / name
        folder.mkdir()
        storm = f"A storm in {town} destroyed {n} homes on Monday, officials said."
        (folder / "one.txt").write_text(storm + "\n")
        (folder / "two.txt").write_text(storm.replace(str(n), str(n + 3)) + "\n")
        folders.append(folder)
    return folders


@pytest.mark.parametrize("back", [3600.0, 10 * 365 * 86400.0])  # an hour; ten years
def test_a_clock_that_steps_back_does_not_make_the_latest_run_the_oldest(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, back: float
) -> None:
    """The store keeps what the latest KEEP_RESULTS runs used. When the system clock steps
    back (a corrected clock, a restored virtual machine), the runs after it got smaller
    stamps than the runs before: their stories and results were pruned first, and a run
    over the same articles right after them matched everything again. The store's clock
    never goes back, however far ahead a machine with a wrong date set it: its stamps are
    an order, not dates."""
    import types

    import crosscheck.store as store_mod

    monkeypatch.setattr(store_mod, "KEEP_RESULTS", 2)
    clock = [2_000_000_000.0]
    monkeypatch.setattr(store_mod, "time", types.SimpleNamespace(time=lambda: clock[0]))
    db = tmp_path / "store.db"
    a, b, c = _three_storms(tmp_path)
    run([a], Settings(store=db))
    clock[0] -= back  # the system clock steps back
    first = run([b], Settings(store=db))
    clock[0] += 1
    run([c], Settings(store=db))
    again = run([b], Settings(store=db))  # b is among the latest two runs
    assert first.findings and again.reused_results
    assert [f.to_dict() for f in again.findings] == [f.to_dict() for f in first.findings]
    con = sqlite3.connect(db)
    (stamp,) = con.execute("SELECT value FROM meta WHERE key = 'clock'").fetchone()
    con.close()
    assert float(stamp) > 2_000_000_000.0  # after the first run's, whatever the system says


@pytest.mark.parametrize("kept", [None, "text", "nan", "inf", "1e300", "-5", "", "1.7e3"])
def test_the_stores_clock_starts_after_every_stamp_it_holds(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, kept: str | None
) -> None:
    """A store written before the clock was kept (no 'clock' in meta), or whose clock is
    no time any clock gives, or one behind its extractions (an older crosscheck wrote
    after): the next run's stamp is after every stamp the store holds, whatever the
    system clock says."""
    import types

    import crosscheck.store as store_mod

    clock = [1_000_000.0]
    monkeypatch.setattr(store_mod, "time", types.SimpleNamespace(time=lambda: clock[0]))
    db = tmp_path / "store.db"
    articles = tmp_path / "a"
    articles.mkdir()
    (articles / "one.txt").write_text("A storm in Oslo destroyed 40 homes on Monday.\n")
    run([articles], Settings(store=db))
    con = sqlite3.connect(db)
    if kept is None:
        con.execute("DELETE FROM meta WHERE key = 'clock'")
    else:
        con.execute("UPDATE meta SET value = ? WHERE key = 'clock'", (kept,))
    con.commit()
    latest = max(
        con.execute(f"SELECT MAX({column}) FROM {table}").fetchone()[0] or 0
        for table, column in store_mod._STAMPED
    )
    con.close()
    assert latest >= 1_000_000.0
    clock[0] -= 3600  # the system clock steps back an hour
    (articles / "two.txt").write_text("A storm in Bergen destroyed 12 homes on Monday.\n")
    run([articles], Settings(store=db))
    con = sqlite3.connect(db)
    (stamp,) = con.execute("SELECT value FROM meta WHERE key = 'clock'").fetchone()
    (extracted,) = con.execute("SELECT MAX(stored_at) FROM extractions").fetchone()
    con.close()
    assert float(stamp) > latest and extracted > latest


def test_the_story_pages_keep_the_articles_each_showed(tmp_path: Path) -> None:
    """Store.pages gives back each page's key, hash and the articles of other pages it
    showed (the list its key covers; crosscheck.report.pages.PageMemory, which renders
    again a page recorded without such a list or with anything else there)."""
    store = Store(tmp_path / "store.db")
    try:
        held = {"story-0001.html": ["k1", "h1", ["a.md", "b/c.md"]],
                "story-0002.html": ["k2", "h2"],
                "story-0003.html": ["k3", "h3", "not a list"]}  # fmt: skip
        store.save_outputs({}, pages={"/out": held})
        assert store.pages("/out") == {"story-0001.html": ["k1", "h1", ["a.md", "b/c.md"]],
                                       "story-0002.html": ["k2", "h2"],
                                       "story-0003.html": ["k3", "h3", "not a list"]}  # fmt: skip
        assert store.pages("/elsewhere") == {}
    finally:
        store.close()


def _outputs(folder: Path) -> dict[str, bytes]:
    """Every file of a report folder, report.json without its summary (how much the store
    supplied: the one intended difference from a cold run), and without the record of
    the files written (which holds report.json's SHA-256)."""
    files = {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*") if p.is_file()}
    files.pop(".crosscheck-outputs.json", None)
    files["report.json"] = b"\n".join(
        x for x in files["report.json"].split(b"\n") if not x.startswith(b'  "summary": ')
    )
    return files


def test_what_the_matcher_reads_of_an_unchanged_article_is_kept_and_a_changed_ones_not(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each claim's subject record and window of words depend on its article alone: a
    story matched again because one article changed takes the other articles' from the
    store and makes the changed article's again (after a sentence without figures was
    added; after a name was changed), and every report file (story pages too) is a cold
    run's. A damaged row is made again, with a warning."""
    from crosscheck.match import pairs
    from crosscheck.report import FOLDER, pages

    monkeypatch.setattr(pages, "SINGLE_FILE_MAX_DOCS", 1)  # story pages, kept by key
    articles = tmp_path / "articles"
    shutil.copytree(SEEDS, articles)
    made: list[str] = []
    own = pairs._own

    def spy(c: Any, *args: Any) -> Any:
        made.append(c.document)
        return own(c, *args)

    monkeypatch.setattr(pairs, "_own", spy)
    args = ["check", str(articles), "--format", "json,html,sarif,junit", "--fail-on", "never"]
    stored = [*args, "--store", str(tmp_path / "store.db"), "--out", str(tmp_path / "out")]
    warned: list[str] = []

    def again(cold: str) -> set[str]:
        """Write with the store, and a cold run into ``cold``: the same files; the
        articles whose claims' subjects were made."""
        made.clear()
        result = CliRunner().invoke(cli, stored)
        assert result.exit_code == 0, result.output
        warned.append(result.output)
        found = set(made)
        assert CliRunner().invoke(cli, [*args, "-q", "--out", str(tmp_path / cold)]).exit_code == 0
        assert _outputs(tmp_path / "out") == _outputs(tmp_path / cold)
        return found

    docs = again("cold0")
    assert len(docs) == 2 and (tmp_path / "out" / FOLDER).is_dir()  # one story of both
    edited = articles / sorted(docs)[0]
    text = edited.read_text(encoding="utf-8")
    assert "Andrey Rudenko" in text
    text += "\nAn earlier version of this article misspelt a name.\n"
    edited.write_text(text, encoding="utf-8")
    assert again("cold1") == {edited.name}  # the other article's from the store
    text = text.replace("Andrey Rudenko", "Andrei Rudenko")
    edited.write_text(text, encoding="utf-8")
    assert again("cold2") == {edited.name}
    assert not any("damaged" in w for w in warned)
    (unchanged,) = docs - {edited.name}
    for n, damage in enumerate(('[["not", "a", "row"]]', "{not json")):
        con = sqlite3.connect(tmp_path / "store.db")
        con.execute("UPDATE subject_parts SET parts = ?", (damage,))
        con.commit()
        con.close()
        text += "\nAnd another.\n"
        edited.write_text(text, encoding="utf-8")
        assert again(f"cold{3 + n}") == docs  # the unchanged article's row made again
        # one warning, naming the article whose row it was (the edited one has a new key)
        shown = str(articles / unchanged)
        assert warned[-1].count("damaged") == 1, warned[-1]
        assert f"{shown}: its matcher's row in the store " in warned[-1]
    # a row damaged after its first claim only: made again whole and written again, so
    # the next run takes it from the store without a word
    con = sqlite3.connect(tmp_path / "store.db")
    rows = con.execute("SELECT key, parts FROM subject_parts").fetchall()
    for key, parts in rows:
        if parts.startswith("{"):
            continue  # damaged above, of an older key
        row = json.loads(parts)
        assert len(row) > 1
        con.execute("UPDATE subject_parts SET parts = ? WHERE key = ?",
                    (json.dumps([*row[:-1], ["bad"]]), key))  # fmt: skip
    con.commit()
    con.close()
    text += "\nAnd one more.\n"
    edited.write_text(text, encoding="utf-8")
    assert again("cold5") == docs
    assert warned[-1].count("damaged") == 1, warned[-1]
    text += "\nAnd the last.\n"
    edited.write_text(text, encoding="utf-8")
    assert again("cold6") == {edited.name}
    assert "damaged" not in warned[-1]


# An article's row of subject_parts (a list of match.pairs.own_row, one per claim) as
# crosscheck wrote it at commit 3fc1a90, before own_from_row read subjects with
# model.subject_from_dict.
_SUBJECT_ROW_3FC1A90 = (
    '[["worker", "hire", "Maria Tanaka", "Riverside", 2019, ["Maria Tanaka", "Acme"], '
    '"since October", "including contractors", "Acme", "in Riverside", null, '
    '"hired 40 workers in riverside"], ["minute", null, null, null, null, [], null, null, '
    'null, null, "speech", "a 55-minute speech to the court’s"]]'
)


def test_a_subject_row_an_earlier_crosscheck_wrote_reads_back_and_is_written_alike() -> None:
    """A store keeps what the matcher read of each article alone as own_row wrote it: a
    row an earlier crosscheck wrote reads back as the subjects and windows it was written
    from (with no ``holder_via``, ``event_words`` nor ``earlier``, which it did not
    write), and is written again as it was but for those fields (as pipeline._Owns.keep
    writes it); a row written now reads back and is written again byte for byte."""
    from dataclasses import fields

    from crosscheck.match.pairs import _LATER_FIELDS, own_from_row, own_row
    from crosscheck.model import Subject

    # a field added to Subject goes last, and into _LATER_FIELDS: rows lack it at their end
    assert tuple(f.name for f in fields(Subject))[-len(_LATER_FIELDS) :] == _LATER_FIELDS
    owns = [own_from_row(r) for r in json.loads(_SUBJECT_ROW_3FC1A90)]
    assert owns == [
        (Subject("worker", "hire", "Maria Tanaka", "Riverside", 2019, ("Maria Tanaka", "Acme"),
                 "since October", "including contractors", "Acme", "in Riverside"),
         "hired 40 workers in riverside"),
        (Subject("minute", measured="speech"), "a 55-minute speech to the court’s"),
    ]  # fmt: skip
    now = _SUBJECT_ROW_3FC1A90.replace(', "hired', ', null, null, null, "hired').replace(
        ', "a 55', ', null, null, null, "a 55'
    )
    assert json.dumps([own_row(o) for o in owns], ensure_ascii=False) == now
    assert [own_from_row(r) for r in json.loads(now)] == owns
    said = (
        replace(owns[0][0], holder_via="words", event_words="hired", earlier="similar strike"),
        owns[0][1],
    )
    assert own_from_row(json.loads(json.dumps(own_row(said)))) == said
    for damaged in ([*json.loads(_SUBJECT_ROW_3FC1A90)[0][:-1], None], ["worker"], {},
                    json.loads(_SUBJECT_ROW_3FC1A90)[0][1:]):  # fmt: skip
        with pytest.raises(ValueError):
            own_from_row(damaged)


def test_subject_rows_outlive_a_rule_files_edit_but_not_a_concept_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What the matcher reads of each article alone is keyed by the matching code and the
    concept files, not by the rule files: after a user's rule file is edited every story
    is matched again with each article's subject rows from the store (none made, none
    written), and after a concept file is edited they are made again; each time every
    report file is a cold run's."""
    from crosscheck.match import cluster, pairs

    rules = tmp_path / "rules"
    rules.mkdir()
    rule = rules / "mine.yml"
    rule.write_text(
        "rules:\n  - id: my-counts\n    title: Counts differ\n    severity: error\n"
        "    select: {kinds: [count]}\n    check: {kind: numeric-agreement, rel_tolerance: 0.5}\n"
    )
    concepts = rules / "concepts.yml"
    concepts.write_text("concepts:\n  - id: sheds\n    terms: [shed, barn]\n")
    made: list[str] = []
    matched: list[int] = []
    own, match_story = pairs._own, cluster.match_story

    def spy_own(c: Any, *args: Any) -> Any:
        made.append(c.document)
        return own(c, *args)

    def spy_match(*args: Any, **kwargs: Any) -> Any:
        matched.append(1)
        return match_story(*args, **kwargs)

    monkeypatch.setattr(pairs, "_own", spy_own)
    monkeypatch.setattr(cluster, "match_story", spy_match)
    db = tmp_path / "store.db"
    args = ["check", str(SEEDS), "--rules", str(rules), "--format", "json,html,sarif,junit",
            "--fail-on", "never"]  # fmt: skip

    def again(name: str) -> tuple[set[str], set[str]]:
        """A run with the store, and a cold one: the same files; the articles whose
        subjects were made, and the keys of the store's subject rows."""
        made.clear()
        matched.clear()
        out = tmp_path / name
        stored = CliRunner().invoke(cli, [*args, "--store", str(db), "--out", str(out)])
        assert stored.exit_code == 0, stored.output
        found = set(made)
        assert matched  # the stories were matched again, not taken from the store
        cold = tmp_path / f"{name}-cold"
        assert CliRunner().invoke(cli, [*args, "-q", "--out", str(cold)]).exit_code == 0
        assert _outputs(out) == _outputs(cold)
        con = sqlite3.connect(db)
        keys = {k for (k,) in con.execute("SELECT key FROM subject_parts")}
        con.close()
        return found, keys

    docs, first = again("a")
    assert len(docs) == 2 and first
    rule.write_text(rule.read_text().replace("0.5", "0.01"))
    assert again("b") == (set(), first)  # none made, none written
    concepts.write_text("concepts:\n  - id: sheds\n    terms: [shed, barn, hut]\n")
    made_now, now = again("c")
    assert made_now == docs and now > first and len(now) == 2 * len(first)


_MARKED_TABLES = ("reads", "stories", "copy_parts", "subject_parts")


def _rows_and_marks(db: Path) -> tuple[dict[str, dict[str, tuple[Any, ...]]], dict[str, Any]]:
    """Each marked table's rows (key -> the whole row) and the marks (table/key -> stamp)."""
    con = sqlite3.connect(db)
    try:
        rows = {t: {r[0]: tuple(r) for r in con.execute(f"SELECT * FROM {t}")}
                for t in _MARKED_TABLES}  # fmt: skip
        marks = {f"{t}/{k}": at for t, k, at in con.execute("SELECT * FROM marks")}
    finally:
        con.close()
    return rows, marks


def test_a_re_run_marks_what_it_used_without_writing_those_rows_again(tmp_path: Path) -> None:
    """An unchanged re-run marks every reading, story and part it used as its own in the
    narrow table ``marks``; the rows themselves, each with an article's text or a story's
    results, are not written again (a stamp updated in the row rewrote it whole: tens of
    megabytes through the store's log at every re-run of 10,000 articles)."""
    db = tmp_path / "store.db"
    run([SEEDS], Settings(store=db))
    rows, marks = _rows_and_marks(db)
    assert all(rows[t] for t in _MARKED_TABLES)
    assert set(marks) == {f"{t}/{k}" for t in _MARKED_TABLES for k in rows[t]}
    again = run([SEEDS], Settings(store=db))
    assert again.reused_results
    rows_after, marks_after = _rows_and_marks(db)
    assert rows_after == rows  # not a byte of them written again
    assert set(marks_after) == set(marks)
    # this run's stamp; what the matcher read of each article is marked by a run that
    # matches (this one took its stories' results whole)
    moved = {k for k in marks if marks_after[k] > marks[k]}
    assert moved == {k for k in marks if not k.startswith("subject_parts/")}


def test_rows_no_recent_run_used_are_pruned_by_their_marks(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What the latest KEEP_RESULTS runs used stays, however long ago it was written; the
    rest goes with its marks. A row without a mark (its marks deleted by hand) goes at the
    next run that prunes its table."""
    import crosscheck.store as store_mod

    monkeypatch.setattr(store_mod, "KEEP_RESULTS", 2)
    db = tmp_path / "store.db"
    a, b, c = _three_storms(tmp_path)
    run([a], Settings(store=db))
    of_a, _ = _rows_and_marks(db)
    run([b], Settings(store=db))
    both, _ = _rows_and_marks(db)
    of_b = {t: {k: r for k, r in both[t].items() if k not in of_a[t]} for t in _MARKED_TABLES}
    assert all(of_a[t] and of_b[t] for t in _MARKED_TABLES)
    assert run([a], Settings(store=db)).reused_results  # a used again, nothing written
    run([c], Settings(store=db))  # the latest two runs: a's re-run and c
    rows, marks = _rows_and_marks(db)
    for t in _MARKED_TABLES:
        assert {k for k in marks if k.startswith(f"{t}/")} == {f"{t}/{k}" for k in rows[t]}
    for t in ("reads", "stories", "copy_parts"):
        assert set(of_a[t]) <= set(rows[t]) and not set(of_b[t]) & set(rows[t])
    # a's re-run took its results whole: it marked its readings, stories and copy parts,
    # not what the matcher read of each article (a run that matches marks those): there
    # the latest two runs are b and c
    assert set(of_b["subject_parts"]) <= set(rows["subject_parts"])
    assert not set(of_a["subject_parts"]) & set(rows["subject_parts"])
    con = sqlite3.connect(db)
    con.execute("DELETE FROM marks WHERE tbl = 'stories'")
    con.commit()
    con.close()
    kept = set(rows["stories"])
    assert run([c], Settings(store=db)).reused_results
    rows, marks = _rows_and_marks(db)
    assert rows["stories"] and set(rows["stories"]) < kept  # a's, unmarked, pruned
    assert not set(of_a["stories"]) & set(rows["stories"])
    marked = {k for k in marks if k.startswith("stories/")}
    assert marked == {f"stories/{k}" for k in rows["stories"]}


def test_a_store_of_schema_4_gets_its_marks_from_its_rows(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Schema 4 kept a row's last use in the row: opened, the store marks each row with
    its own stamp and is marked schema 5; a row no recent run used is pruned by its mark
    as schema 4 pruned it by its stamp, and the stories are used again as they were."""
    import crosscheck.store as store_mod

    db = tmp_path / "store.db"
    cold = run([SEEDS], Settings(store=db))
    rows, _ = _rows_and_marks(db)
    con = sqlite3.connect(db)
    con.execute("DROP TABLE marks")
    stamps = {}
    for t in _MARKED_TABLES:  # as schema 4 stamped them
        for n, key in enumerate(sorted(rows[t])):
            stamps[f"{t}/{key}"] = 1000.0 + n
            con.execute(f"UPDATE {t} SET used_at = ? WHERE key = ?", (1000.0 + n, key))
        # a row of a run long ago, which no later run used
        held = {"reads": "result", "stories": "groups, findings"}.get(t, "parts")
        con.execute(f"INSERT INTO {t} SELECT 'old', {held}, 5.0 FROM {t} LIMIT 1")
        stamps[f"{t}/old"] = 5.0
    con.execute("UPDATE meta SET value = '4' WHERE key = 'schema_version'")
    con.commit()
    con.close()
    Store(db).close()
    _, marks = _rows_and_marks(db)
    assert marks == stamps  # each row's own
    con = sqlite3.connect(db)
    (version,) = con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    con.close()
    assert version == str(SCHEMA_VERSION) == "5"
    monkeypatch.setattr(store_mod, "KEEP_RESULTS", 1)  # what this run uses alone
    again = run([SEEDS], Settings(store=db))
    assert again.reused_results
    assert [f.to_dict() for f in again.findings] == [f.to_dict() for f in cold.findings]
    after, _ = _rows_and_marks(db)
    for t in ("reads", "stories", "copy_parts"):  # marked by this run: the old row goes
        assert set(after[t]) == set(rows[t])
    # not marked by a run that does not match, nor pruned by it
    assert set(after["subject_parts"]) == {*rows["subject_parts"], "old"}


def test_a_file_read_before_is_taken_without_arming_its_time_budget(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The time budget guards parsing: a file whose reading the store holds is not parsed,
    and no timer is armed for it (an unchanged re-run of 10,000 articles armed and
    disarmed 10,000); an edited file is parsed under its budget, which grows with the
    bytes read (per 100,000)."""
    from contextlib import contextmanager

    import crosscheck.ingest as ingest

    armed: list[float] = []
    real = ingest.time_budget

    @contextmanager
    def spy(seconds: float) -> Any:
        armed.append(seconds)
        with real(seconds):
            yield

    monkeypatch.setattr(ingest, "time_budget", spy)
    articles = tmp_path / "articles"
    shutil.copytree(SEEDS, articles)
    long = articles / "long.txt"  # 250,000 bytes: two and a half budgets
    line = "A storm destroyed 40 homes in the north of the island on Monday.\n"
    long.write_text(line * (250_000 // len(line)) + "x" * (250_000 % len(line)))
    assert long.stat().st_size == 250_000
    db = tmp_path / "store.db"
    cold = run([articles], Settings(store=db, time_budget=7))
    files = sorted(p.name for p in articles.iterdir())
    assert sorted(armed) == sorted(17.5 if f == "long.txt" else 7.0 for f in files)
    armed.clear()
    again = run([articles], Settings(store=db, time_budget=7))
    assert armed == [] and again.documents == cold.documents
    first = sorted(articles.iterdir())[0]
    assert first.name != "long.txt"
    first.write_text(first.read_text() + "\nAn earlier version misspelt a name.\n")
    edited = run([articles], Settings(store=db, time_budget=7))
    assert armed == [7.0] and len(edited.documents) == len(cold.documents)


def test_a_file_renamed_or_a_record_moved_under_a_store_is_one_article(
    ecb_articles: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Renaming a file keeps its findings' ids, with a store as without: the store served
    the old name beside the new one (its file gone), so the one text counted twice, the
    findings that held it got new ids, the baseline's entries went stale and its accepted
    errors failed the run (exit 1). A JSON Lines record moved to another shard did the
    same. The same text in a file still there, in a folder not given now, is still
    served (test_an_article_only_the_store_holds_keeps_its_own_file...)."""
    from tests.conftest import invoke

    monkeypatch.chdir(tmp_path)
    shutil.copytree(ecb_articles / "20ecbplus", tmp_path / "d")
    args = ["--store", "s.db", "--baseline", "base.json", "--fail-on", "info", "--format",
            "json", "--out", "out"]  # fmt: skip
    assert invoke("baseline", "create", "d", "--out", "base.json").exit_code == 0
    assert invoke("check", "d", *args).exit_code == 0
    before = json.loads(Path("out/report.json").read_text(encoding="utf-8"))
    first = sorted(Path("d").glob("*.md"))[0]
    first.rename(Path("d") / "z-renamed.md")
    moved = invoke("check", "d", *args)
    assert moved.exit_code == 0 and "stale" not in moved.stderr, moved.stderr
    after = json.loads(Path("out/report.json").read_text(encoding="utf-8"))
    assert len(after["documents"]) == len(before["documents"]) and after["from_store"] == []
    assert sorted(f["id"] for f in after["findings"]) == sorted(f["id"] for f in before["findings"])
    # a record moved from one shard to another
    records = [json.dumps({"id": f"r{k}", "title": "Quake", "text": p.read_text(encoding="utf-8")})
               for k, p in enumerate(sorted(Path("d").glob("*.md")))]  # fmt: skip
    Path("feed").mkdir()
    Path("feed/a.jsonl").write_text("\n".join(records) + "\n", encoding="utf-8")
    feed = ["--store", "f.db", "--format", "json", "--out", "fout", "--fail-on", "never"]
    assert invoke("check", "feed", *feed).exit_code == 0
    ids = json.loads(Path("fout/report.json").read_text(encoding="utf-8"))
    Path("feed/a.jsonl").write_text("\n".join(records[1:]) + "\n", encoding="utf-8")
    Path("feed/b.jsonl").write_text(records[0] + "\n", encoding="utf-8")
    assert invoke("check", "feed", *feed).exit_code == 0
    shard = json.loads(Path("fout/report.json").read_text(encoding="utf-8"))
    assert len(shard["documents"]) == len(ids["documents"]) and shard["from_store"] == []
    assert sorted(f["id"] for f in shard["findings"]) == sorted(f["id"] for f in ids["findings"])


def test_the_summary_line_says_how_many_articles_only_the_store_holds(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An article deleted from the inputs is still checked from the store (by design), but
    the summary line counted it among the documents without a word: a reader could not
    tell the run's articles from those only the store holds."""
    from tests.conftest import invoke

    monkeypatch.chdir(tmp_path)
    shutil.copytree(SEEDS, tmp_path / "articles")
    args = ["--store", "s.db", "--format", "json", "--out", "out", "--fail-on", "never"]
    first = invoke("check", "articles", *args)
    assert "2 document(s), " in first.stderr and "from the store" not in first.stderr
    sorted((tmp_path / "articles").iterdir())[0].unlink()
    again = invoke("check", "articles", *args)
    assert "crosscheck: 2 document(s) (1 from the store), " in again.stderr, again.stderr
    # and the report's header (it said "2 documents" as of a run over both files)
    html = invoke("check", "articles", *args[:2], "--format", "html", "--out", "page")
    assert html.exit_code in (0, 1), html.output
    header = (tmp_path / "page" / "report.html").read_text(encoding="utf-8")
    assert "2 documents (1 only in the store: their files are gone)" in header


def test_a_name_that_now_holds_another_article_is_warned_about(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A drop folder emptied each day whose files are named 0.txt, 1.txt, ...: the store
    knows articles by their names, so each day's replaced the day before's without a word
    (an archive user's walkthrough). The two seeds report one story in other words: the
    second under the first's name is warned about; an edit of the first is not."""
    from tests.conftest import invoke

    monkeypatch.chdir(tmp_path)
    one, two = sorted(SEEDS.glob("*.txt"))
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    shutil.copy(one, inbox / "0.txt")
    args = ["--store", "s.db", "--format", "json", "--out", "out", "--fail-on", "never"]
    assert "WARNING" not in invoke("check", "inbox", *args).stderr
    text = one.read_text(encoding="utf-8")
    (inbox / "0.txt").write_text(text + "\nAn earlier version misspelt a name.\n", "utf-8")
    edited = invoke("check", "inbox", *args)
    assert edited.exit_code == 0 and "WARNING" not in edited.stderr, edited.stderr
    shutil.copy(two, inbox / "0.txt")
    replaced = invoke("check", "inbox", *args)
    warned = [line for line in replaced.stderr.splitlines() if "WARNING" in line]
    assert warned == [
        "crosscheck: WARNING: inbox/0.txt: holds another article than the store s.db had "
        "under its name (they share next to no wording): the earlier one is no longer "
        "checked; give each article a name of its own to keep both"
    ], replaced.stderr


def test_a_copy_still_there_is_served_from_any_working_directory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """old/x.txt checked with a store, then copied to new/y.txt and new/ checked: x.txt,
    still there, is served beside y.txt (a copy, not a rename), whichever directory the
    run starts from. The store kept the path as given ('old/x.txt'), and from another
    directory that was no file: the copy was taken for a rename and left out (a review)."""
    one = sorted(SEEDS.glob("*.txt"))[0]
    for folder in ("old", "new"):
        (tmp_path / folder).mkdir()
    shutil.copy(one, tmp_path / "old" / "x.txt")
    monkeypatch.chdir(tmp_path)
    run([Path("old")], Settings(store=tmp_path / "s.db"))
    shutil.copy(one, tmp_path / "new" / "y.txt")
    monkeypatch.chdir(tmp_path / "new")  # another working directory
    result = run([tmp_path / "new"], Settings(store=tmp_path / "s.db"))
    assert result.from_store == ["x.txt"] and len(result.documents) == 2


def test_a_renamed_file_stays_one_article_on_every_later_run(
    ecb_articles: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The run after a rename took the old name (its file gone) for the new one's, but
    kept it in the store: the next run, the new name stored too, took the old one for a
    copy since removed and served it beside the new one again (the one text counted
    twice, a copy cluster of itself, new findings and ids), run after run. A record moved
    to another shard did the same."""
    from tests.conftest import invoke

    monkeypatch.chdir(tmp_path)
    shutil.copytree(ecb_articles / "41ecbplus", tmp_path / "d")
    args = ["--store", "s.db", "--format", "json", "--fail-on", "never"]
    assert invoke("check", "d", *args, "--out", "first").exit_code == 0
    first = sorted(Path("d").glob("*.md"))[1]
    first.rename(Path("d") / "z-renamed.md")
    cold_run = invoke("check", "d", "--format", "json", "--fail-on", "never", "--out", "cold")
    assert cold_run.exit_code == 0
    cold = json.loads(Path("cold/report.json").read_text(encoding="utf-8"))
    for k in range(3):
        assert invoke("check", "d", *args, "--out", f"run{k}").exit_code == 0
        again = json.loads(Path(f"run{k}/report.json").read_text(encoding="utf-8"))
        assert again["from_store"] == [], k
        assert [d["id"] for d in again["documents"]] == [d["id"] for d in cold["documents"]]
        assert again["findings"] == cold["findings"], k
    records = [json.dumps({"id": f"r{k}", "text": p.read_text(encoding="utf-8")})
               for k, p in enumerate(sorted(Path("d").glob("*.md")))]  # fmt: skip
    Path("feed").mkdir()
    Path("feed/a.jsonl").write_text("\n".join(records) + "\n", encoding="utf-8")
    feed = ["--store", "f.db", "--format", "json", "--out", "fout", "--fail-on", "never"]
    assert invoke("check", "feed", *feed).exit_code == 0
    Path("feed/a.jsonl").write_text("\n".join(records[1:]) + "\n", encoding="utf-8")
    Path("feed/b.jsonl").write_text(records[0] + "\n", encoding="utf-8")
    for k in range(2):
        assert invoke("check", "feed", *feed).exit_code == 0
        shard = json.loads(Path("fout/report.json").read_text(encoding="utf-8"))
        assert len(shard["documents"]) == len(records) and shard["from_store"] == [], k


def test_an_article_edited_is_not_served_old_under_the_name_another_run_gave_it(
    ecb_articles: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """After `check lay --store` (story folders x/ and y/), one figure of lay/x/20_2ecb.md
    edited, `check lay/x --store` read the new text as 20_2ecb.md and served the old one
    from the store beside it as x/20_2ecb.md (14 documents, 9 from the store): skip= knew
    the name for the run's file only while its text was unchanged, so the old text was
    compared with every article and with its own new version. A name whose file, where
    the store recorded it, is read now is that file, whatever its text: the run is the
    one a store made after the edit gives. The same for a JSON Lines record, and for the
    run over lay after it (the store holds the name under lay/x too)."""
    from tests.conftest import json_checker

    monkeypatch.chdir(tmp_path)
    for folder, event in (("x", "20ecb"), ("y", "10ecb")):
        shutil.copytree(ecb_articles / event, tmp_path / "lay" / folder)
    edited = tmp_path / "lay" / "x" / "20_2ecb.md"
    check = json_checker(tmp_path, "--format", "json", "--fail-on", "never")

    def shown(report: dict[str, Any]) -> tuple[list[Any], list[tuple[str, str]]]:
        return report["documents"], sorted((f["id"], f["message"]) for f in report["findings"])

    check("lay", "--store", "s.db")
    text = edited.read_text(encoding="utf-8")
    assert text.count("2,000 tents") == 1
    edited.write_text(text.replace("2,000 tents", "3,500 tents"), encoding="utf-8")
    report = check("lay/x", "--store", "s.db")
    x = [f"20_{k}ecb.md" for k in range(1, 6)]
    y = [f"y/10_{k}ecb.md" for k in range(1, 9)]
    assert [d["id"] for d in report["documents"]] == x + y and report["from_store"] == y
    assert report["summary"]["documents"] == 13 and report["summary"]["from_store"] == 8
    old = {c["id"] for c in report["claims"] if c["document"] == "x/20_2ecb.md"}
    assert not old and not [c for c in report["claims"] if c["document"] not in x + y]
    assert not [f for f in report["findings"] if set(f["claims"]) & old or "x/" in f["message"]]
    assert not [g for g in report["groups"] if "x/20_2ecb.md" in g["documents"]]
    tents = [f["message"] for f in report["findings"] if f["message"].startswith("tent: ")]
    assert tents and tents[0].startswith("tent: 2,000 (governor; 20_1ecb.md); 3,500 (governor; "
                                         "20_2ecb.md)")  # fmt: skip
    # a store made after the edit gives the very same run
    check("lay", "--store", "fresh.db")
    assert shown(check("lay/x", "--store", "fresh.db")) == shown(report)
    # and the run over lay, the store holding 20_2ecb.md (lay/x's name) with its old text
    edited.write_text(text.replace("2,000 tents", "4,100 tents"), encoding="utf-8")
    whole = check("lay", "--store", "s.db")
    assert [d["id"] for d in whole["documents"]] == [f"x/{n}" for n in x] + y
    assert whole["from_store"] == [] and "3,500" not in json.dumps(whole["claims"])
    # a record of a JSON Lines file read under another name, its text edited
    texts = [p.read_text(encoding="utf-8") for p in sorted((tmp_path / "lay" / "x").iterdir())]
    feed = tmp_path / "feed" / "x" / "a.jsonl"
    feed.parent.mkdir(parents=True)
    records = [{"id": f"r{k}", "text": t} for k, t in enumerate(texts)]
    feed.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    check("feed", "--store", "f.db")
    records[1]["text"] = texts[1].replace("4,100 tents", "5,300 tents")
    feed.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    shard = check("feed/x", "--store", "f.db")
    assert [d["id"] for d in shard["documents"]] == [f"a.jsonl#r{k}" for k in range(5)]
    assert shard["from_store"] == [] and "4,100" not in json.dumps(shard["claims"])


def test_a_stored_article_whose_file_is_gone_costs_no_path_resolving(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Once one stored article's file was deleted (the store still serves it), every later
    re-run resolved the real path of each of the run's articles to find the gone file
    among them (a twentieth of an unchanged re-run at 10,000 articles); a file that is not
    there is none of them."""
    import crosscheck.pipeline as pipeline

    folder = tmp_path / "in"
    folder.mkdir()
    for k in range(1, 6):
        (folder / f"a{k}.txt").write_text(f"Police said {k} people were hurt on Monday.\n")
    db = tmp_path / "s.db"
    run([folder], Settings(store=db, jobs=1))
    (folder / "a1.txt").unlink()
    resolved: list[Path] = []
    real = pipeline.real_path
    monkeypatch.setattr(pipeline, "real_path", lambda p: resolved.append(p) or real(p))
    again = run([folder], Settings(store=db, jobs=1))
    # the gone article still served from the store, as before
    assert sorted(d.id for d in again.documents) == [f"a{k}.txt" for k in range(1, 6)]
    assert resolved == []


def test_an_article_renamed_and_edited_can_be_forgotten(tmp_path: Path) -> None:
    """A file renamed and edited is a new article: the store keeps its old name, and the
    next run compared the two (an error of 16 dead against the article's own earlier 15,
    which a user could not clear but by deleting the whole store). `store forget` removes
    the old name; a name the store does not hold is exit 2 and nothing is forgotten."""
    folder, db = tmp_path / "in", tmp_path / "s.db"
    folder.mkdir()
    say = "A gas blast at the plant killed {} workers on Thursday, officials said."
    write_article(folder / "ap.md", say.format(15), published="2025-03-06")
    write_article(folder / "reuters.md", say.format(15), published="2025-03-06")
    run([folder], Settings(store=db))
    (folder / "ap.md").rename(folder / "ap-updated.md")
    write_article(folder / "ap-updated.md", say.format(16), published="2025-03-06")

    def flagged() -> list[str]:
        return [f.message for f in run([folder], Settings(store=db)).findings
                if f.severity in ("warning", "error")]  # fmt: skip

    def stored() -> set[str]:
        with sqlite3.connect(db) as con:
            return {r[0] for r in con.execute("SELECT doc_id FROM documents")}

    assert any("ap.md" in m for m in flagged())  # the old name compared with the new
    assert stored() == {"ap.md", "ap-updated.md", "reuters.md"}
    wrong = CliRunner().invoke(cli, ["store", "forget", "ap.md", "nope.md", "--store", str(db)])
    assert wrong.exit_code == 2 and "no stored article named 'nope.md'" in wrong.stderr
    assert "ap.md" in stored()  # nothing forgotten
    forgot = CliRunner().invoke(cli, ["store", "forget", "ap.md", "ap.md", "--store", str(db)])
    assert forgot.exit_code == 0, forgot.stderr
    assert stored() == {"ap-updated.md", "reuters.md"}
    assert not any("ap.md" in m for m in flagged())
    assert any("16" in m and "15" in m for m in flagged())  # the other outlet's 15 stays


def test_store_forget_takes_no_damaged_row_for_a_name(tmp_path: Path) -> None:
    """A stored row whose name is no text (a damaged store, which runs read around) is no
    article 'None' to forget: exit 2, the row left; and a store that is not there is not
    made."""
    folder, db = tmp_path / "in", tmp_path / "s.db"
    folder.mkdir()
    write_article(folder / "a.md", "A storm killed 12 people on Monday, officials said.")
    run([folder], Settings(store=db))
    with sqlite3.connect(db) as con:
        con.execute("UPDATE documents SET doc_id = NULL")
    result = CliRunner().invoke(cli, ["store", "forget", "None", "--store", str(db)])
    assert result.exit_code == 2 and "no stored article named 'None'" in result.stderr
    with sqlite3.connect(db) as con:
        assert con.execute("SELECT count(*) FROM documents").fetchone() == (1,)
    missing = tmp_path / "none.db"
    result = CliRunner().invoke(cli, ["store", "forget", "a.md", "--store", str(missing)])
    assert result.exit_code == 2 and "no store there" in result.stderr
    assert not missing.exists()
    missing.write_bytes(b"")  # an empty file is no store either, and is not made one
    result = CliRunner().invoke(cli, ["store", "forget", "a.md", "--store", str(missing)])
    assert result.exit_code == 2 and "no store there (an empty file)" in result.stderr
    assert missing.stat().st_size == 0


def test_a_store_file_cut_short_or_garbage_leaves_no_journal_files_beside_it(
    tmp_path: Path,
) -> None:
    """A store file cut short (a copy interrupted) or garbage was refused with exit 2, and
    SQLite's -wal and -shm, made by opening it, were left beside it (the connection never
    closed): the user's folder held two files more after a run that said the store is not
    usable. Those the run made are removed; a journal file the user had is kept, and the
    store's own bytes are not touched."""
    from tests.conftest import fresh_env

    articles = tmp_path / "articles"
    articles.mkdir()
    write_article(articles / "a.md", "Police said 12 people were killed in the blast.")
    good = tmp_path / "good.db"
    Store(good).close()
    whole = good.read_bytes()
    cases = {"cut.db": whole[: len(whole) // 2], "short.db": whole[:3000],
             "garbage.db": bytes(range(256)) * 40}  # fmt: skip

    def check(store: Path) -> subprocess.CompletedProcess[str]:
        argv = ["check", str(articles), "--store", str(store), "--out", str(tmp_path / "out"),
                "-q", "-j", "1"]  # fmt: skip
        return subprocess.run([sys.executable, "-m", "crosscheck", *argv], env=fresh_env(),
                              capture_output=True, text=True)  # fmt: skip

    for name, data in cases.items():
        store = tmp_path / name
        store.write_bytes(data)
        result = check(store)
        assert result.returncode == 2, (name, result.stderr)
        assert f"{name}: not a usable crosscheck store" in result.stderr
        assert sorted(p.name for p in tmp_path.glob(f"{name}*")) == [name], name
        assert store.read_bytes() == data
    # a -wal the user had beside it stays (closing would fold it in and delete it); the
    # -shm the run made does not
    store = tmp_path / "cut.db"
    (tmp_path / "cut.db-wal").write_bytes(b"")
    assert check(store).returncode == 2
    assert sorted(p.name for p in tmp_path.glob("cut.db*")) == ["cut.db", "cut.db-wal"]
    # a library caller (no os._exit at its end): the user's -wal, with what it holds, is
    # still there once its Python has ended (a connection kept open to guard it was
    # closed by Python at exit, which folded the -wal into the file and deleted it)
    held = b"a crashed run's pages " * 200
    for name in ("cut.db", "garbage.db"):
        store, wal = tmp_path / name, tmp_path / f"{name}-wal"
        data = store.read_bytes()
        wal.write_bytes(held)
        code = (f"from crosscheck.store import Store\ntry:\n    Store({str(store)!r})\n"
                "except Exception as e:\n    print(e)")  # fmt: skip
        result = subprocess.run([sys.executable, "-c", code], env=fresh_env(),
                                capture_output=True, text=True)  # fmt: skip
        assert f"{name}: not a usable crosscheck store" in result.stdout, result
        assert wal.read_bytes() == held and store.read_bytes() == data, name
        assert sorted(p.name for p in tmp_path.glob(f"{name}*")) == [name, f"{name}-wal"]
    # through a link to the file from another folder: its journals are beside the file
    (tmp_path / "links").mkdir()
    link = tmp_path / "links" / "s.db"
    link.symlink_to(tmp_path / "cut.db")
    code = (f"from crosscheck.store import Store\ntry:\n    Store({str(link)!r})\n"
            "except Exception as e:\n    print(e)")  # fmt: skip
    result = subprocess.run([sys.executable, "-c", code], env=fresh_env(),
                            capture_output=True, text=True)  # fmt: skip
    assert "not a usable crosscheck store" in result.stdout, result
    assert (tmp_path / "cut.db-wal").read_bytes() == held
    assert sorted(p.name for p in tmp_path.glob("cut.db*")) == ["cut.db", "cut.db-wal"]
    assert sorted(p.name for p in (tmp_path / "links").iterdir()) == ["s.db"]


def test_a_stored_text_that_is_not_utf8_is_a_damaged_store_not_a_bug(tmp_path: Path) -> None:
    """A row whose text's bytes are not UTF-8 (a damaged disk: crosscheck writes none) made
    Python's sqlite3 raise 'Could not decode to UTF-8 column ...', quoting the whole
    text, and the run ended as an internal error (exit 4), where the manual says a damaged
    store is exit 2 and one line naming it, whichever stage meets it: now that line, the
    column named, not its text."""
    articles = tmp_path / "articles"
    articles.mkdir()
    write_article(articles / "a.md", "Police said 12 people were killed in the blast.")
    db = tmp_path / "s.db"
    argv = ["check", str(articles), "--store", str(db), "--out", str(tmp_path / "out"), "-j1"]
    assert CliRunner().invoke(cli, argv).exit_code == 0
    with sqlite3.connect(db) as con:
        con.execute("UPDATE documents SET sha256 = CAST(X'ff' || CAST(sha256 AS BLOB) AS TEXT)")
    con.close()
    result = CliRunner().invoke(cli, argv)
    lines = result.stderr.strip().splitlines()
    assert result.exit_code == 2 and len(lines) == 1, result.stderr
    assert lines[0] == (f"crosscheck: error: {db}: the store is damaged (text in column "
                        "'sha256' is not UTF-8); remove it, with its -wal and -shm files, to "
                        "start afresh")  # fmt: skip
