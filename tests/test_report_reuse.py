"""Report files written again into their folder with --store: report.json copies the
lines of records whose makings did not change from the file there and encodes the rest
(crosscheck.report.json LineMemory); report.html's story pages keyed by the stories'
and articles' keys are kept when unchanged (crosscheck.report.pages). The files are
always a cold run's, byte for byte."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from crosscheck.cli import cli
from crosscheck.report import json as report_json
from tests.conftest import SEEDS, edit_one_figure

RECORDS = ("sentences", "claims", "groups", "findings")  # the ones kept line by line


def check(articles: Path, out: Path, *args: str) -> None:
    result = CliRunner().invoke(
        cli, ["check", str(articles), "-q", "--format", "json", "--out", str(out), *args]
    )
    assert result.exit_code == 0, result.output


def lines(out: Path) -> list[bytes]:
    """report.json's lines but its summary (how much the store supplied: the one intended
    difference from a cold run)."""
    data = (out / "report.json").read_bytes().split(b"\n")
    return [x for x in data if not x.startswith(b'  "summary": ')]


def records(out: Path) -> dict[str, int]:
    data = json.loads((out / "report.json").read_text(encoding="utf-8"))
    return {k: len(data[k]) for k in RECORDS}


class Encoded:
    """Counts the records report.json encodes (rather than copies), by their kind."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.kinds: list[str] = []
        real = report_json._encoded

        def counting(record: Any) -> bytes:
            self.kinds.append(type(record).__name__)
            return real(record)

        monkeypatch.setattr(report_json, "_encoded", counting)

    def take(self) -> dict[str, int]:
        counts = {k: self.kinds.count(k) for k in ("Sentence", "Claim", "ClaimGroup", "Finding")}
        self.kinds.clear()
        return counts


def test_after_one_article_changed_only_its_lines_and_its_storys_are_encoded(
    ecb_articles: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Several ECB+ events (stories), one figure of one article changed: its sentences and
    claims and its story's groups and findings are encoded again, every other record's
    line copied, and report.json is the cold run's on the new articles; a report.json
    edited by hand since is not copied from."""
    articles = tmp_path / "articles"
    for event in ("10ecb", "12ecb", "13ecb", "16ecb"):
        shutil.copytree(ecb_articles / event, articles / event)
    args = ["--store", str(tmp_path / "store.db"), "--fail-on", "never"]
    out = tmp_path / "out"
    check(articles, out, *args)
    encoded = Encoded(monkeypatch)
    article, text = edit_one_figure(articles / "12ecb")
    before = (out / "report.json").read_bytes()
    check(articles, out, *args)
    again = encoded.take()
    check(articles, tmp_path / "cold", "--fail-on", "never")
    assert lines(out) == lines(tmp_path / "cold")
    assert (out / "report.json").read_bytes() != before  # it did change
    total = records(out)
    # the article's own records, and its story's groups and findings, but no other's
    assert 0 < again["Sentence"] < total["sentences"] / 4
    assert 0 < again["Claim"] < total["claims"] / 4
    assert 0 < again["ClaimGroup"] < total["groups"]
    assert 0 < again["Finding"] < total["findings"]

    # a byte of a kept line changed by hand: the file is not copied from
    report = out / "report.json"
    data = report.read_bytes()
    at = data.index(b'"role": "body"')
    report.write_bytes(data[:at] + b'"role": "bodY"' + data[at + 14 :])
    article.write_text(text, encoding="utf-8")  # back as it was: a write is due
    check(articles, out, *args)
    total = records(out)  # the article as it was: its figure may group otherwise
    assert encoded.take() == {
        "Sentence": total["sentences"],
        "Claim": total["claims"],
        "ClaimGroup": total["groups"],
        "Finding": total["findings"],
    }
    check(articles, tmp_path / "cold2", "--fail-on", "never")
    assert lines(out) == lines(tmp_path / "cold2")


def test_other_rules_encode_the_groups_and_findings_and_other_code_everything(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Other rules (a config change) give other story keys: the groups and findings are
    encoded again, the articles' sentences and claims copied; other report code (the
    report version) copies nothing. The file is each time the cold run's."""
    from crosscheck.report import outputs

    articles = shutil.copytree(SEEDS, tmp_path / "articles")
    out = tmp_path / "out"
    store = ["--store", str(tmp_path / "store.db"), "--fail-on", "never"]
    check(articles, out, *store)
    encoded = Encoded(monkeypatch)
    rules = tmp_path / "rules.yml"
    rules.write_text(
        "rules:\n  - id: my-counts\n    title: Counts differ\n    severity: error\n"
        "    select: {kinds: [count]}\n    check: {kind: numeric-agreement, rel_tolerance: 0.5}\n"
    )
    check(articles, out, *store, "--rules", str(rules))
    with_rules = encoded.take()
    check(articles, tmp_path / "cold", "--fail-on", "never", "--rules", str(rules))
    assert lines(out) == lines(tmp_path / "cold")
    total = records(out)
    assert total["groups"] and total["findings"]
    assert with_rules == {"Sentence": 0, "Claim": 0, "ClaimGroup": total["groups"],
                          "Finding": total["findings"]}  # fmt: skip

    monkeypatch.setattr(outputs, "REPORT_VERSION", "another crosscheck")
    rules.write_text(rules.read_text().replace("0.5", "0.01"))
    check(articles, out, *store, "--rules", str(rules))
    other_code = encoded.take()
    check(articles, tmp_path / "cold2", "--fail-on", "never", "--rules", str(rules))
    assert lines(out) == lines(tmp_path / "cold2")
    total = records(out)
    assert other_code == {"Sentence": total["sentences"], "Claim": total["claims"],
                          "ClaimGroup": total["groups"], "Finding": total["findings"]}  # fmt: skip


def test_a_findings_place_and_suppression_are_written_afresh(tmp_path: Path) -> None:
    """A kept finding's line gets its group's place among the run's groups (which moves
    when another story gains a group) and whether a baseline suppresses it as they are
    now: the file equals a write without a memory, byte for byte."""
    import dataclasses

    from crosscheck.config import Settings
    from crosscheck.pipeline import check as run_check
    from crosscheck.store import Store

    store = Store(tmp_path / "store.db")
    try:
        result = run_check([SEEDS], Settings(), store=store)
    finally:
        store.close()
    assert len(result.findings) >= 2 and result.story_keys
    memory = report_json.LineMemory("v", {})
    report_json.write_report(result, tmp_path / "out", memory)
    assert memory.reused == 0
    first = memory.now
    moved = [
        dataclasses.replace(f, evidence={**f.evidence, "group_order": 7 + 13 * k},
                            suppressed=k % 2 == 0)
        for k, f in enumerate(result.findings)
    ]  # fmt: skip
    changed = dataclasses.replace(result, findings=moved)
    memory = report_json.LineMemory("v", first)
    report_json.write_report(changed, tmp_path / "out", memory)
    report_json.write_report(changed, tmp_path / "cold")  # without a memory
    assert (tmp_path / "out" / "report.json").read_bytes() == (
        tmp_path / "cold" / "report.json"
    ).read_bytes()
    suppressed = sum(1 for f in moved if f.suppressed)
    # every record but the findings whose suppression changed was copied
    assert memory.reused == (len(result.sentences) + len(result.claims) + len(result.groups)
                             + len(result.findings) - suppressed)  # fmt: skip
    assert '"group_order": 20' in (tmp_path / "out" / "report.json").read_text(encoding="utf-8")


def test_findings_that_share_an_id_keep_no_line(tmp_path: Path) -> None:
    """Finding ids are not unique (one subject judged alike in two groups; the bench's
    corpus has one such pair): two findings with one id, even under one story key, are
    encoded each time rather than given one kept line for both, and the file is a write
    without a memory, byte for byte; every other record is still copied."""
    import dataclasses

    result, first, other = _two_findings_of_two_groups(tmp_path)
    assert first.message != other.message  # two lines that differ
    findings = [dataclasses.replace(f, id=first.id) if f is other else f for f in result.findings]
    keys = {**result.story_keys, other.group: result.story_keys[first.group]}
    twice = dataclasses.replace(result, findings=findings, story_keys=keys)
    memory = _written_after(tmp_path, twice, twice)
    assert memory.reused == (len(result.sentences) + len(result.claims) + len(result.groups)
                             + len(result.findings) - 2)  # fmt: skip
    # the same id in one run and not in the next: the first run kept no line to copy
    memory = report_json.LineMemory("v", memory.now)
    report_json.write_report(result, tmp_path / "out", memory)
    report_json.write_report(result, tmp_path / "cold")
    _same_report_json(tmp_path / "out", tmp_path / "cold")


def test_a_finding_id_written_by_another_finding_before_is_not_given_its_line(
    tmp_path: Path,
) -> None:
    """``--new-only`` may write one of two findings that share an id in one run and the
    other in a later one, under one story key: the later one is encoded, not given the
    first one's line (its group, claims and message)."""
    import dataclasses

    result, first, other = _two_findings_of_two_groups(tmp_path)
    keys = {**result.story_keys, other.group: result.story_keys[first.group]}
    rest = [f for f in result.findings if f is not first and f is not other]
    one = dataclasses.replace(result, findings=[first, *rest], story_keys=keys)
    later = dataclasses.replace(
        result, findings=[dataclasses.replace(other, id=first.id), *rest], story_keys=keys
    )
    _written_after(tmp_path, one, later)


def _two_findings_of_two_groups(tmp_path: Path) -> tuple[Any, Any, Any]:
    """The seeds' run with a store (so it has story keys) and two of its findings in
    different groups."""
    from crosscheck.config import Settings
    from crosscheck.pipeline import check as run_check
    from crosscheck.store import Store

    store = Store(tmp_path / "store.db")
    try:
        result = run_check([SEEDS], Settings(), store=store)
    finally:
        store.close()
    first, other = next(
        (a, b) for a in result.findings for b in result.findings if a.group != b.group
    )
    return result, first, other


def _written_after(tmp_path: Path, earlier: Any, later: Any) -> Any:
    """report.json of ``later`` written with the memory of ``earlier``'s, which must equal
    a write without a memory; the memory, to tell what it copied."""
    memory = report_json.LineMemory("v", {})
    report_json.write_report(earlier, tmp_path / "out", memory)
    memory = report_json.LineMemory("v", memory.now)
    report_json.write_report(later, tmp_path / "out", memory)
    report_json.write_report(later, tmp_path / "cold")
    _same_report_json(tmp_path / "out", tmp_path / "cold")
    return memory


def _same_report_json(out: Path, cold: Path) -> None:
    assert (out / "report.json").read_bytes() == (cold / "report.json").read_bytes()


def _files(folder: Path) -> dict[str, bytes]:
    """report.html and its pages (report.json: the tests above)."""
    return {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*.html")}


def test_story_pages_keyed_by_story_keys_are_rendered_again_exactly_when_they_change(
    ecb_articles: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A large report.html (several story pages) re-written after one article changed
    renders the pages of that article's story alone; after an article without figures
    (in no story's groups) changed, its page; after a rule's title changed (every story
    key, no finding's id), the pages with its findings. Each time every file is a cold
    write's."""
    import functools

    from crosscheck.report import FOLDER, pages

    monkeypatch.setattr(pages, "SINGLE_FILE_MAX_DOCS", 10)
    monkeypatch.setattr(pages, "story_pages", functools.partial(pages.story_pages, page_docs=6))
    keyed: list[bool] = []
    real_key, real_render = pages._page_key, pages.render_page

    def key(*a: Any, **k: Any) -> str:
        out = real_key(*a, **k)
        keyed.append(out == real_key(*a[:-1], **k))  # True: the key of the records hashed
        return out

    rendered: list[int] = []

    def render(*a: Any, **k: Any) -> str:
        rendered.append(1)
        return real_render(*a, **k)

    monkeypatch.setattr(pages, "_page_key", key)
    monkeypatch.setattr(pages, "render_page", render)
    articles = tmp_path / "articles"
    for event in ("10ecb", "12ecb", "13ecb", "16ecb"):
        shutil.copytree(ecb_articles / event, articles / event)
    quiet = articles / "quiet.txt"
    quiet.write_text("Zorvath plinked the quillow.\n\nNobody grumbed about it.\n", encoding="utf-8")
    rules = tmp_path / "rules.yml"
    rules.write_text(
        "rules:\n  - id: my-counts\n    title: Counts differ\n    severity: error\n"
        "    select: {kinds: [count]}\n    check: {kind: numeric-agreement, rel_tolerance: 0.01}\n"
    )
    args = ["--store", str(tmp_path / "store.db"), "--fail-on", "never", "--format", "html",
            "--rules", str(rules)]  # fmt: skip
    out = tmp_path / "out"

    def again(cold: str, *more: str) -> int:
        """Write into out again, and a cold run into ``cold``: the same files; how many
        pages were rendered into out."""
        rendered.clear()
        check(articles, out, *args, *more)
        count = len(rendered)
        check(articles, tmp_path / cold, *args[2:], *more)  # no store
        assert _files(out) == _files(tmp_path / cold)
        return count

    check(articles, out, *args)
    story = sorted(n for n in _files(out) if n.startswith(f"{FOLDER}/story-"))
    assert len(story) > 4 and len(rendered) == len(story)
    assert keyed and not any(keyed)  # every page keyed by the stories' keys
    article = sorted((articles / "12ecb").glob("*.md"))[1]
    article.write_text(article.read_text(encoding="utf-8").replace(" the ", " The ", 1),
                       encoding="utf-8")  # fmt: skip
    assert 0 < again("cold1") < len(story) / 2
    quiet.write_text(quiet.read_text(encoding="utf-8").replace("grumbed", "grumped"),
                     encoding="utf-8")  # fmt: skip
    assert again("cold2") == 1
    rules.write_text(rules.read_text(encoding="utf-8").replace("Counts differ", "Counts vary"))
    shown = [n for n in story if b"Counts differ" in (out / n).read_bytes()]
    assert 0 < len(shown) < len(story)
    assert again("cold3") >= len(shown)

    # the rule as it was: the run's stored list of stories (a results key seen before) is
    # taken whole, and the pages it changed are those rendered again
    rules.write_text(rules.read_text(encoding="utf-8").replace("Counts vary", "Counts differ"))
    assert again("cold4") >= len(shown)
    assert again("cold5") == 0  # and unchanged since: nothing rendered
    # a baseline marks findings suppressed (no story key changes): their pages again
    baseline = tmp_path / "baseline.json"
    made = CliRunner().invoke(cli, ["baseline", "create", str(articles), "--out", str(baseline),
                                    "--rules", str(rules)])  # fmt: skip
    assert made.exit_code == 0, made.output
    assert 0 < again("cold6", "--baseline", str(baseline)) <= len(story)
    assert again("cold7", "--baseline", str(baseline)) == 0
    assert 0 < again("cold8") <= len(story)  # and without it
    # other report code: every page rendered again
    from crosscheck.report import outputs

    monkeypatch.setattr(outputs, "REPORT_VERSION", "another crosscheck")
    assert again("cold9") == len(story)


@pytest.mark.parametrize(
    "how", ["truncated", "rewritten in place", "rewritten in place, time kept", "renamed over"]
)
def test_a_report_another_program_changes_while_its_lines_are_copied_is_written_in_full(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, how: str
) -> None:
    """The last report.json, whose lines a write copies, is changed by another program
    half way through that write (before its second line is read): cut short, a byte
    rewritten in place (and its modification time then set back, as ``touch -r`` or
    ``rsync -t --inplace`` do), or another file renamed over it. The run goes on (a
    mapped file cut short killed it with SIGBUS), and the new file is a full write's,
    byte for byte, with no line copied and nothing else left in the folder; the next
    write copies every line from it."""
    import os
    import time

    from crosscheck.config import Settings
    from crosscheck.pipeline import check as run_check
    from crosscheck.store import Store

    store = Store(tmp_path / "store.db")
    try:
        result = run_check([SEEDS], Settings(), store=store)
    finally:
        store.close()
    monkeypatch.setattr(report_json, "_CHUNK", 64)  # pieces smaller than the file
    out, cold = tmp_path / "out", tmp_path / "cold"
    expected = report_json.write_report(result, cold).read_bytes()
    first = report_json.LineMemory("v", {})
    path = report_json.write_report(result, out, first)
    data = path.read_bytes()
    total = len(result.sentences) + len(result.claims) + len(result.groups)
    total += len(result.findings)
    # written a second ago, and a clock tick passed since (coarse file clocks): a write
    # now moves the file's times
    st = path.stat()
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns - 10**9))
    time.sleep(0.05)

    reads = 0
    real = report_json._OldReport.read

    def changing(self: Any, at: int, size: int) -> bytes:
        nonlocal reads
        reads += 1
        if reads == 2:  # another program, now
            if how == "truncated":
                with path.open("r+b") as fh:
                    fh.truncate(len(data) // 2)
            elif how == "renamed over":
                other = path.with_name("other.json")
                other.write_bytes(data.replace(b"false", b"FALSE"))
                os.replace(other, path)
            else:  # a letter of the last claim's line, its case swapped
                was = path.stat()
                at_groups = data.index(b'\n  "groups": ')
                place = max(i for i in range(at_groups) if chr(data[i]).isalpha())
                with path.open("r+b") as fh:
                    fh.seek(place)
                    fh.write(bytes([data[place] ^ 0x20]))
                if how.endswith("time kept"):
                    os.utime(path, ns=(was.st_atime_ns, was.st_mtime_ns))
        return real(self, at, size)

    monkeypatch.setattr(report_json._OldReport, "read", changing)
    memory = report_json.LineMemory("v", first.now)
    report_json.write_report(result, out, memory)
    assert reads > 2  # it was copying lines when the file changed
    assert path.read_bytes() == expected
    assert sorted(p.name for p in out.iterdir()) == ["report.json"]
    assert memory.reused == 0 and memory.now["sha256"] == first.now["sha256"]
    monkeypatch.setattr(report_json._OldReport, "read", real)
    again = report_json.LineMemory("v", memory.now)
    report_json.write_report(result, out, again)
    assert path.read_bytes() == expected and again.reused == total
