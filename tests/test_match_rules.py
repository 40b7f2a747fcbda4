"""Matching and rules: the seeds' groups and findings, rule validation, and every check kind
on claims from several domains."""

from __future__ import annotations

import json
import re
import string
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from crosscheck.cli import cli
from crosscheck.config import Settings, shipped_rules_dir
from crosscheck.errors import ConfigError
from crosscheck.model import Attribution, Claim, TimeSpan
from crosscheck.pipeline import RunResult, concept_table, run
from crosscheck.quantity import APPROX_TOLERANCE
from crosscheck.rules import CHECKS, load_rule_files
from tests.conftest import SEEDS, write_article


@pytest.fixture(scope="module")
def seeds() -> RunResult:
    return run([SEEDS], Settings())


def texts(result: RunResult, ids: tuple[str, ...]) -> set[tuple[str, str]]:
    by_id = {c.id: c for c in result.claims}
    return {(by_id[i].document[:3], by_id[i].text) for i in ids}


# --- groups -----------------------------------------------------------------------------------


def test_seed_groups(seeds: RunResult) -> None:
    groups = [texts(seeds, g.claims) for g in seeds.groups]
    reinforcements = {
        ("000", "at least 3,000 additional troops"),
        ("000", "some 3,000 or more"),
        ("003", "around 3,500 additional North Korean soldiers"),
    }
    first_deployment = {
        ("000", "about 11,000 soldiers"),
        ("000", "around 11,000 North Korean soldiers"),
        ("003", "11,000 North Koreans"),
    }
    assert reinforcements in groups and first_deployment in groups
    assert len(groups) == 2  # 4,000 casualties, 220 weapons, towers, jets ... have no counterpart


def test_groups_say_why(seeds: RunResult) -> None:
    for g in seeds.groups:
        assert g.reasons and g.documents == ("000_71db2a8b7660cb1e.txt", "003_7f9d67f18c909fa1.txt")
        for r in g.reasons:
            assert {"concept", "predicate", "window", "sentence", "value_ratio", "score"} <= set(r)
            assert len(r["claims"]) == 2


def _claim(
    doc: str,
    value: float,
    unit: str,
    *,
    q: str = "exact",
    kind: str = "count",
    entity: str | None = None,
    mods: tuple[str, ...] = (),
    pred: str | None = None,
    time: tuple[str, str] | None = None,
    text: str | None = None,
    n: int = 0,
) -> Claim:
    lo, hi = value, value
    if q == "approx":
        lo, hi = value * (1 - APPROX_TOLERANCE), value * (1 + APPROX_TOLERANCE)
    elif q in ("at_least", "more_than"):
        hi = None  # type: ignore[assignment]
    elif q in ("at_most", "less_than"):
        lo = None  # type: ignore[assignment]
    return Claim(
        id=f"c-{doc}-{n}-{value}",
        document=doc,
        sentence=n,
        span=(0, 1),
        text=text or f"{value:g} {unit}",
        value=value,
        lower=lo,
        upper=hi,
        qualifier=q,  # type: ignore[arg-type]
        unit=unit,
        unit_surface=None,
        kind=kind,
        modifiers=mods,
        predicate=pred,  # type: ignore[arg-type]
        attribution=Attribution(entity, entity, (0, 1), "say") if entity else None,
        time=TimeSpan("t", time[0], time[1], "day") if time else None,
    )


def test_matcher_other_domains() -> None:
    from crosscheck.match import match_claims
    from crosscheck.model import Sentence

    claims = [
        _claim("a", 10, "dead", pred="kill", n=0),
        _claim("b", 13, "death", pred="die", n=0),
        _claim("a", 120, "injured", pred="injure", n=1),
        _claim("b", 80, "wounded", pred="injure", n=1),
        _claim("b", 5, "village", n=2),  # no counterpart
    ]
    sentences = [
        Sentence(c.document, c.sentence, 0, (0, 10), "The quake killed people") for c in claims
    ]
    groups = match_claims(claims, sentences, concept_table(Settings()))
    members = [{c for c in g.claims} for g in groups]
    assert {claims[0].id, claims[1].id} in members  # dead ~ death
    assert {claims[2].id, claims[3].id} in members  # injured ~ wounded
    assert not any(claims[4].id in m for m in members)
    assert not any({claims[0].id, claims[2].id} <= m for m in members)  # dead never with injured


def test_additional_never_joins_initial() -> None:
    from crosscheck.match import match_claims
    from crosscheck.model import Sentence

    claims = [
        _claim("a", 3000, "soldier", mods=("additional",), pred="send"),
        _claim("b", 3000, "troop", pred="send"),
        _claim("c", 3000, "soldier", mods=("additional",), pred="deploy"),
    ]
    sentences = [Sentence(c.document, 0, 0, (0, 5), "sent soldiers") for c in claims]
    groups = match_claims(claims, sentences, concept_table(Settings()))
    assert [set(g.claims) for g in groups] == [{claims[0].id, claims[2].id}]


# --- findings on the seeds ------------------------------------------------------------------


def test_seed_findings(seeds: RunResult) -> None:
    by_rule = {(f.kind, f.severity): f for f in seeds.findings}
    assert len(seeds.findings) == 3
    numeric = by_rule[("numeric-agreement", "warning")]
    assert "16.7% above" in numeric.message and "admits 3,500" in numeric.message
    assert numeric.evidence["verdict"] == "compatible"
    assert numeric.evidence["compared"]["difference_pct"] == pytest.approx(16.67, abs=0.01)
    assert numeric.evidence["compared"]["gap"] == 500
    assert numeric.evidence["compared"]["gap_unit"] == "troop"  # the first claim's noun
    assert numeric.evidence["compared"]["spread_by"] == "percent"
    quotes = {e["text"]: e for e in numeric.evidence["claims"]}
    assert quotes["at least 3,000 additional troops"]["qualifier"] == "at_least"
    assert quotes["at least 3,000 additional troops"]["interval"] == [3000, None]
    assert quotes["around 3,500 additional North Korean soldiers"]["attribution"]["entity"] == "NIS"
    attribution = by_rule[("attribution-agreement", "warning")]
    assert "JCS in 000" in attribution.message and "NIS in 003" in attribution.message
    corroboration = by_rule[("corroboration", "info")]
    assert "11,000" in corroboration.message and "NIS" in corroboration.message
    assert "JCS" in corroboration.message


def test_finding_ids_are_stable_across_runs_and_renames(tmp_path: Path, seeds: RunResult) -> None:
    for src in SEEDS.iterdir():
        (tmp_path / ("renamed_" + src.name)).write_bytes(src.read_bytes())
    again = run([tmp_path], Settings())
    assert sorted(f.id for f in again.findings) == sorted(f.id for f in seeds.findings)


def test_report_json_has_groups_and_findings(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["check", str(SEEDS), "--out", str(tmp_path)])
    assert result.exit_code == 0, result.output
    report = json.loads((tmp_path / "report.json").read_text())
    assert report["version"] == 4
    assert len(report["groups"]) == 2 and len(report["findings"]) == 3
    assert report["summary"]["findings"] == {"error": 0, "warning": 2, "info": 1}
    f = report["findings"][0]
    assert {"id", "rule", "severity", "kind", "group", "claims", "message", "evidence"} <= set(f)
    assert any(p.endswith("default.yml") for p in report["rule_files"])


# --- rule validation --------------------------------------------------------------------------


def write(tmp_path: Path, text: str, name: str = "r.yml") -> Path:
    p = tmp_path / name
    p.write_text(text)
    return p


GOOD = """rules:
  - id: x
    title: T
    severity: error
    check: {kind: numeric-agreement, rel_tolerance: 0.05}
"""


def test_valid_rule_file_loads(tmp_path: Path) -> None:
    rs = load_rule_files([write(tmp_path, GOOD)])
    assert rs.rules[0].params["rel_tolerance"] == 0.05
    assert rs.rules[0].params["approx_tolerance"] == 0.10  # default filled in


@pytest.mark.parametrize(
    ("text", "needles"),
    [
        (
            "rules:\n  - id: x\n    title: [unclosed\n",
            ["r.yml:4: rule file is not valid YAML (did not find", "(in what begins at line 3)"],
        ),
        (
            GOOD.replace("severity: error", "severity: error\n    selct: {kinds: [count]}"),
            [":5:", "rule 'x'", "unknown key 'selct'", "did you mean 'select'"],
        ),
        (
            GOOD.replace("rel_tolerance: 0.05", "rel_tolerance: lots"),
            ["rule 'x'", "parameter 'rel_tolerance' must be a number"],
        ),
        (
            GOOD.replace("numeric-agreement", "numeric-agrement"),
            ["unknown check kind 'numeric-agrement'", "did you mean 'numeric-agreement'"],
        ),
        (GOOD.replace("severity: error", "severity: critical"), ["severity 'critical'"]),
        # a link the report's page and SARIF's helpUri show: a web address only
        (
            GOOD + "    link: 'javascript:alert(3)'\n",
            [":6: rule 'x': 'link' must be an http or https address, not 'javascript:alert(3)'"],
        ),
        # a tag that is no text went into report.json and SARIF as Python's repr
        (
            GOOD + "    tags:\n      - fine\n      - 1\n      - {a: b}\n",
            [":8: rule 'x': tag 1 must be text, not a number"],
        ),
        (GOOD + "    tags: [fine, null]\n", [":6: rule 'x': tag None is empty (null)"]),
        # a kind that is no text: a type error (exit 4) looking it up among the checks
        (
            GOOD.replace("kind: numeric-agreement", "kind: [numeric-agreement]"),
            [":5: rule 'x': check 'kind' must be text, not a list"],
        ),
        (
            GOOD.replace("kind: numeric-agreement", "kind: {a: b}"),
            [":5: rule 'x': check 'kind' must be text, not a mapping"],
        ),
        (
            GOOD + "    message: '{subjekt} differs'\n",
            ["unknown field '{subjekt}'", "did you mean 'subject'"],
        ),
        # a key written twice: the last won without a word (severity info, not error)
        (
            GOOD.replace("severity: error", "severity: error\n    severity: info"),
            [":5: rule file is not valid YAML (found the key 'severity' twice (first at line 4))"],
        ),
        # as the file writes it, not as Python spells the key (True)
        (
            GOOD.replace("  - id: x", "  - id: x\n    yes: 1\n    on: 2"),
            ["found the key 'on' twice (first at line 3)"],
        ),
        # a brace left open or alone: one error with its line (it ended the run, exit 4)
        (GOOD + "    message: '{subject'\n", [":6: rule 'x': message template: expected '}'"]),
        (GOOD + "    message: 'a } b'\n", ["message template: Single '}' encountered"]),
        (GOOD + GOOD.replace("rules:\n", ""), ["duplicate id"]),
        # a keyword '' is in every group's words: an info rule judged every group in the
        # shipped error rules' place (their findings info, the run exit 0)
        (
            GOOD.replace("severity: error", "severity: error\n    select: {keywords: [fire, '']}"),
            [":5: rule 'x': 'select.keywords' item 2 is empty"],
        ),
        (GOOD + "  - count-disagreement\n", [":6: a rule is a mapping"]),  # its line, not 0
        (GOOD.replace("id: x", "id: ''"), [":2: rule '': 'id' is empty"]),
        (
            GOOD.replace("rel_tolerance: 0.05", "rel_tol: 0.05"),
            ["unknown parameter 'rel_tol'", "did you mean 'rel_tolerance'"],
        ),
        (
            GOOD.replace("severity: error", "severity: error\n    select: {kinds: [counts]}"),
            ["unknown kind 'counts'", "did you mean 'count'"],
        ),
    ],
)
def test_invalid_rules_are_rejected_with_file_line_and_hint(
    tmp_path: Path, text: str, needles: list[str]
) -> None:
    path = write(tmp_path, text)
    with pytest.raises(ConfigError) as info:
        load_rule_files([path])
    message = str(info.value)
    assert str(path) in message
    for needle in needles:
        assert needle in message


def test_a_message_field_the_check_kind_never_fills_is_refused(tmp_path: Path) -> None:
    """`{spread}` and `{currencies}` in an attribution-agreement rule's message passed and
    printed blank in every finding ("credited to JCS and NIS (spread: )"). Refused when the
    rule loads, at the message's line, with the fields that kind fills; the same fields in
    the kinds that fill them load."""
    text = (
        "rules:\n"
        "  - id: desk-sources\n"
        "    title: Sources differ\n"
        "    severity: warning\n"
        "    select: {kinds: [count]}\n"
        "    check: {kind: attribution-agreement}\n"
        "    message: '{subject}: credited to {sources} (spread: {spread}; {currencies})'\n"
    )
    path = write(tmp_path, text)
    assert _refused(path) == [
        f"  {path}:7: rule 'desk-sources': message uses {{currencies}}, {{spread}}, which check "
        "kind 'attribution-agreement' never fills (it would print blank); its fields: agree, "
        "count, documents, independent, rule, sources, subject, unit, values"
    ]
    numeric = text.replace("attribution-agreement", "numeric-agreement").replace(
        "; {currencies}", ""
    )
    assert load_rule_files([write(tmp_path, numeric)]).rules[0].check == "numeric-agreement"
    for kind in CHECKS.values():  # each kind's own message uses only what it fills
        names = {f for _, f, _, _ in string.Formatter().parse(kind.default_message) if f}
        assert names <= kind.fields, kind.name


def test_problems_of_list_items_are_said_at_the_items_own_lines(tmp_path: Path) -> None:
    """A select.kinds item written on a line of its own was said at the 'kinds:' line; a
    rule repeated by a YAML alias ('- *r' at line 15) was 'a duplicate id' at line 2, the
    line of the rule it repeats, as if that rule were a duplicate of itself."""
    text = (
        "rules:\n"
        "  - &r\n"
        "    id: desk-count\n"
        "    title: Desk counts differ\n"
        "    severity: warning\n"
        "    select:\n"
        "      kinds:\n"
        "        - count\n"
        "        - counts\n"
        "    check: {kind: numeric-agreement, rel_tolerance: 0.05}\n"
        "  - id: desk-corroborated\n"
        "    title: Desk figures corroborated\n"
        "    severity: info\n"
        "    check: {kind: corroboration}\n"
        "  - *r\n"
    )
    path = write(tmp_path, text)
    assert _refused(path) == [
        f"  {path}:9: rule 'desk-count': unknown kind 'counts' in select.kinds (did you mean "
        "'count'?)"
    ]
    write(tmp_path, text.replace("- counts", "- money"))
    assert _refused(path) == [f"  {path}:15: rule 'desk-count': duplicate id (first in {path}:2)"]


def _refused(path: Path) -> list[str]:
    """The problems (one a line, after the heading) of the ConfigError loading the rule
    file at ``path`` raises."""
    with pytest.raises(ConfigError) as info:
        load_rule_files([path])
    return str(info.value).splitlines()[1:]


def test_a_rule_file_reached_twice_is_read_once(tmp_path: Path) -> None:
    """`--rules mine --rules mine/x.yml` (or the file given twice, or the shipped folder
    given to --rules) read the file twice and stopped with exit 2: each of its rules 'a
    duplicate id (first in' its own file and line. Two files with one id still do."""
    mine = tmp_path / "mine"
    mine.mkdir()
    path = write(mine, GOOD)
    runner = CliRunner()
    for given in ([mine, path], [path, path], [shipped_rules_dir()]):
        args = [a for p in given for a in ("--rules", str(p))]
        res = runner.invoke(cli, ["check", str(SEEDS), *args, "--out", str(tmp_path / "out")])
        assert res.exit_code in (0, 1) and "duplicate id" not in res.stderr, res.output
        listed = runner.invoke(cli, ["rules", "check", *map(str, given)])
        assert listed.exit_code == 0, listed.output
    (mine / "y.yml").write_text(GOOD)
    res = runner.invoke(cli, ["rules", "check", str(mine)])
    assert res.exit_code == 2 and "duplicate id (first in" in res.stderr


def test_a_message_with_a_brace_left_open_is_one_error_from_the_command_line(
    tmp_path: Path,
) -> None:
    """'{subject' as a rule's message: exit 2 and the file, line and rule said once, from
    `check` and from `rules check` (both ended with exit 4, "internal error")."""
    path = write(tmp_path, GOOD + "    message: '{subject'\n")
    for args in (["check", str(SEEDS), "--rules", str(path), "--out", str(tmp_path / "out")],
                 ["rules", "check", str(path)]):  # fmt: skip
        result = CliRunner().invoke(cli, args)
        assert result.exit_code == 2, result.output
        assert result.stderr.count("message template") == 1, result.stderr
        assert f"{path}:6: rule 'x': message template: expected '}}'" in result.stderr
        assert "internal error" not in result.stderr


def test_a_key_a_merge_brings_may_be_set_again(tmp_path: Path) -> None:
    """`<<: *base` and then a key the base has is YAML's override, no key written twice."""
    text = ("base: &b\n  severity: error\n  title: T\nrules:\n  - <<: *b\n    id: x\n"
            "    severity: info\n    check: {kind: numeric-agreement}\n")  # fmt: skip
    from crosscheck import safeyaml

    data = safeyaml.read_file(write(tmp_path, text), "rule file", safeyaml.LineLoader)
    assert data["rules"][0]["severity"] == "info" and data["rules"][0]["title"] == "T"


def test_a_concept_file_given_alone_to_rules_is_read_as_concepts(tmp_path: Path) -> None:
    """--rules takes a folder or a file of rules and concept files; a concept file given
    alone was read as a rule file with no 'rules' and refused (exit 2)."""
    from crosscheck.config import Settings
    from crosscheck.pipeline import concept_table, rule_set

    path = write(tmp_path, "concepts:\n  - id: drone\n    terms: [drone, drones]\n",
                 "my-concepts.yml")  # fmt: skip
    settings = Settings(rule_paths=[path])
    assert "drone" in set(concept_table(settings).by_term.values())
    assert rule_set(settings).rules == rule_set(Settings()).rules
    result = CliRunner().invoke(cli, ["check", str(SEEDS), "--rules", str(path), "--out",
                                      str(tmp_path / "out")])  # fmt: skip
    assert result.exit_code == 0, result.output


def test_nothing_runs_on_a_half_loaded_rule_set(tmp_path: Path) -> None:
    write(tmp_path, GOOD, "a.yml")
    write(tmp_path, GOOD.replace("id: x", "id: y").replace("numeric-agreement", "nope"), "b.yml")
    result = CliRunner().invoke(
        cli, ["check", str(SEEDS), "--rules", str(tmp_path), "--out", str(tmp_path / "out")]
    )
    assert result.exit_code == 2
    assert "b.yml" in result.stderr and not (tmp_path / "out" / "report.json").exists()


def test_rules_cli(tmp_path: Path) -> None:
    runner = CliRunner()
    listing = runner.invoke(cli, ["rules", "list"])
    assert listing.exit_code == 0
    assert "troop-count-disagreement" in listing.stdout and "count-disagreement" in listing.stdout
    lines = listing.stdout.splitlines()
    casualty = lines.index(next(x for x in lines if x.startswith("casualty-count-disagreement")))
    # the shipped casualty rule makes an update a warning; copies take one step below error
    assert lines[casualty + 2].split() == [
        "severities:", "compatible", "info,", "touching", "info,", "update", "warning,",
        "copies", "warning",
    ]  # fmt: skip
    ok = runner.invoke(cli, ["rules", "check", str(shipped_rules_dir())])
    assert ok.exit_code == 0 and "ok:" in ok.stdout
    bad = write(tmp_path, GOOD.replace("numeric-agreement", "nope"))
    result = runner.invoke(cli, ["rules", "check", str(bad)])
    assert result.exit_code == 2 and "unknown check kind 'nope'" in result.stderr


def test_rules_check_validates_the_alias_files_beside_the_rules(tmp_path: Path) -> None:
    """A folder of rules and aliases (as the manual's newsroom keeps them) was 'ok' for
    `rules check` with a misspelt alias key, and `check --aliases` on it then stopped with
    exit 2; an alias file given alone was refused as a rule file with no 'rules' list."""
    runner = CliRunner()
    folder = tmp_path / "newsroom"
    folder.mkdir()
    write(folder, GOOD)
    aliases = folder / "agencies.yml"
    aliases.write_text("entities:\n  - id: RFS\n    aliaes: [fire chiefs]\n")
    for path in (folder, aliases):
        result = runner.invoke(cli, ["rules", "check", str(path)])
        assert result.exit_code == 2, result.output
        assert f"{aliases}:3: entity 'RFS': unknown key(s) ['aliaes']" in result.stderr
    aliases.write_text("entities:\n  - id: RFS\n    aliases: [fire chiefs]\n")
    result = runner.invoke(cli, ["rules", "check", str(folder)])
    assert result.exit_code == 0, result.output
    assert result.stdout.strip().endswith("1 alias file(s)")
    alone = runner.invoke(cli, ["rules", "check", str(aliases)])
    assert alone.exit_code == 0 and "ok: 0 rule(s)" in alone.stdout, alone.output


def test_a_rule_s_keywords_never_select_by_the_part_mark(tmp_path: Path) -> None:
    """A rule's keywords are looked for in what its claims count (modifiers, unit, noun,
    text), and the mark of a part ("at least 208,000 of which were form letters": a part
    of the comments) is none of these: a rule for the word "part" does not select the
    group; one for "letter" does. report.json gives the mark as the claim's ``part``."""
    articles = tmp_path / "in"
    articles.mkdir()
    (articles / "a.txt").write_text(
        "The agency received nearly 235,000 comments, at least 208,000 of which were form "
        "letters, officials said on Monday.\n"
    )
    (articles / "b.txt").write_text(
        "The agency said it had received 150,000 form letters about the rule by Friday.\n"
    )
    rule = """  - id: by-the-word-{word}
    title: T
    severity: error
    select: {{keywords: [{word}]}}
    check: {{kind: numeric-agreement}}
"""
    write(tmp_path, "rules:\n" + rule.format(word="part") + rule.format(word="letter"))
    out = tmp_path / "out"
    result = CliRunner().invoke(cli, [
        "check", str(articles), "--rules", str(tmp_path / "r.yml"), "--no-default-rules",
        "--fail-on", "never", "--out", str(out),
    ])  # fmt: skip
    assert result.exit_code == 0, result.stderr
    report = json.loads((out / "report.json").read_text())
    parts = {c["text"]: (c["part"], c["modifiers"]) for c in report["claims"]}
    assert parts["at least 208,000 of which were form letters"] == (True, [])
    assert parts["150,000 form letters"] == (False, [])
    assert [f["rule"] for f in report["findings"]] == ["by-the-word-letter"]


def test_shipped_rules_are_package_data() -> None:
    root = shipped_rules_dir()
    assert (root / "default.yml").is_file() and (root / "military.yml").is_file()
    assert (root / "concepts.yml").is_file() and (root / "aliases").is_dir()


# --- check kinds, several domains ----------------------------------------------------------


def check(kind: str, claims: list[Claim], **params: Any) -> list[Any]:
    spec = CHECKS[kind]
    full = {k: params.get(k, d) for k, (_t, d) in spec.params.items()}

    from crosscheck.rules.engine import CheckContext

    return spec.run(claims, full, CheckContext())


def test_numeric_agreement_verdicts() -> None:
    # quake deaths: "at least three" vs 10 is compatible; 30 vs "at least 43" is not
    out = check(
        "numeric-agreement", [_claim("a", 3, "dead", q="at_least"), _claim("b", 10, "dead")]
    )
    assert out and out[0].verdict == "compatible" and out[0].severity == "warning"
    out = check(
        "numeric-agreement", [_claim("a", 30, "dead"), _claim("b", 43, "dead", q="at_least")]
    )
    assert out and out[0].verdict == "discrepancy" and out[0].severity is None
    # "about 40" and "41" agree; "about 11,000" and "10,900" are a rounding
    assert (
        check("numeric-agreement", [_claim("a", 40, "home", q="approx"), _claim("b", 41, "home")])
        == []
    )
    assert (
        check(
            "numeric-agreement",
            [_claim("a", 11000, "soldier", q="approx"), _claim("b", 10900, "soldier")],
        )
        == []
    )
    # money: 85 million euros is not compared with dollars here
    assert (
        check(
            "numeric-agreement",
            [_claim("a", 85e6, "euro", kind="money"), _claim("b", 102e6, "dollar", kind="money")],
        )
        == []
    )
    # a magnitude 6.1 vs 5.9: 3.4% apart, beyond a 2% tolerance
    out = check(
        "numeric-agreement",
        [
            _claim("a", 6.1, "magnitude", kind="measure"),
            _claim("b", 5.9, "magnitude", kind="measure"),
        ],
    )
    assert out and "3.4% above" in out[0].fields["spread"]


def test_a_large_group_lists_a_hundred_pairs_and_counts_them_all() -> None:
    # 30 wires repeat "40 dead", 10 others "55 dead": 300 differing cross-document pairs
    claims = [_claim(f"w{k}", 40, "dead") for k in range(30)]
    claims += [_claim(f"x{k}", 55, "dead") for k in range(10)]
    (out,) = check("numeric-agreement", claims)
    assert out.compared["pairs_total"] == 300 and len(out.compared["pairs"]) == 100
    assert out.compared["pairs"][0]["claims"] == [claims[0].id, claims[30].id]
    assert out.claims == claims and out.verdict == "discrepancy"
    # one document stating both figures makes no pair of its own
    same = [_claim("w0", 40, "dead"), _claim("w0", 55, "dead", n=1)]
    assert check("numeric-agreement", same) == []


def test_attribution_agreement() -> None:
    out = check(
        "attribution-agreement",
        [_claim("a", 5, "dead", entity="police"), _claim("b", 5, "dead", entity="health-ministry")],
    )
    assert out and out[0].verdict == "discrepancy"
    assert (
        check(
            "attribution-agreement",
            [
                _claim("a", 5, "dead", entity="police"),
                _claim("a", 5, "dead", entity="un", n=1),
                _claim("b", 5, "dead", entity="un"),
            ],
        )
        == []
    )
    out = check(
        "attribution-agreement", [_claim("a", 5, "dead", entity="police"), _claim("b", 5, "dead")]
    )
    assert out and out[0].severity == "info"
    assert (
        check(
            "attribution-agreement",
            [_claim("a", 5, "dead", entity="police"), _claim("b", 5, "dead")],
            flag_unattributed=False,
        )
        == []
    )


def test_time_agreement() -> None:
    out = check(
        "time-agreement",
        [
            _claim("a", 120, "job", time=("2024-01-01", "2024-03-31")),
            _claim("b", 120, "job", time=("2024-07-01", "2024-09-30")),
        ],
    )
    assert out and "2024-07-01" in out[0].fields["times"]
    assert (
        check(
            "time-agreement",
            [
                _claim("a", 120, "job", time=("2024-01-01", "2024-03-31")),
                _claim("b", 120, "job", time=("2024-03-01", "2024-03-31")),
            ],
        )
        == []
    )
    assert (
        check(
            "time-agreement",
            [_claim("a", 120, "job", time=("2024-01-01", "2024-03-31")), _claim("b", 120, "job")],
        )
        == []
    )


def test_time_agreement_a_month_holds_its_days_and_days_may_be_left_out() -> None:
    """ "in October" (a month of no year: --10) holds "October 19" (--10-19): compared as
    strings, "--10" was before "--10-19" and the two were a disagreement. With ``days``
    false, a time frame of one day is not compared at all; a week, a month and a year
    still are."""

    def claim(doc: str, start: str, end: str | None = None) -> Claim:
        return _claim(doc, 4, "game", time=(start, end or start))

    october, the_19th, november = claim("a", "--10"), claim("b", "--10-19"), claim("a", "--11")
    assert check("time-agreement", [october, the_19th]) == []
    assert check("time-agreement", [the_19th, october]) == []
    assert check("time-agreement", [november, the_19th])
    assert check("time-agreement", [november, the_19th], days=False) == []
    assert check("time-agreement", [november, claim("b", "--10")], days=False)
    day, other_day = claim("a", "2025-03-12"), claim("b", "2025-03-19")
    assert check("time-agreement", [day, other_day])
    assert check("time-agreement", [day, other_day], days=False) == []
    weeks = [claim("a", "2025-03-10", "2025-03-16"), claim("b", "2025-03-17", "2025-03-23")]
    assert check("time-agreement", weeks, days=False)
    years = [claim("a", "2023-01-01", "2023-12-31"), claim("b", "2024-01-01", "2024-12-31")]
    assert check("time-agreement", years, days=False)


def test_the_matcher_and_the_rules_judge_time_frames_alike() -> None:
    """One judgement of two time frames (match.features.spans_overlap), used by the pair
    features and by time-agreement: a month of no year holds its days, a frame with a year
    and one without are not compared."""
    from crosscheck.match.features import spans_overlap

    assert spans_overlap("--10", "--10", "--10-19", "--10-19") is True
    assert spans_overlap("--10-19", "--10-19", "--10", "--10") is True
    assert spans_overlap("--11", "--11", "--10-19", "--10-19") is False
    assert spans_overlap("2009-01-01", "2009-12-31", "--10", "--10") is None
    assert spans_overlap("2009-01-01", "2009-12-31", "2010-01-01", "2010-12-31") is False
    assert spans_overlap("2009-01-01", "2009-12-31", None, None) is None
    assert spans_overlap("2009-10", "2009-10", "2009-10-19", "2009-10-19") is True
    assert spans_overlap("2009-11", "2009-11", "2009-10-19", "2009-10-19") is False


def test_a_dates_shape_is_read_once() -> None:
    """A day, a month or a year, with its year or not, as the time stage writes them:
    read by one function for the time frames' overlap and for time-agreement's "one day"."""
    from crosscheck.match.features import iso_shape

    shapes = {"2009-06-24": "day", "--06-24": "day", "2009-06": "month", "--06": "month",
              "2009": "year", "": "", "2009-06-24T10": ""}  # fmt: skip
    assert {iso: iso_shape(iso) for iso in shapes} == shapes


def test_unit_agreement_with_text_and_table_rates() -> None:
    claims = [_claim("a", 85e6, "euro", kind="money"), _claim("b", 160e6, "dollar", kind="money")]
    out = check("unit-agreement", claims, rates={"euro": 1.27})
    assert out and out[0].verdict == "discrepancy" and "48.2% above" in out[0].fields["spread"]
    assert (
        check(
            "unit-agreement",
            [_claim("a", 85e6, "euro", kind="money"), _claim("b", 108e6, "dollar", kind="money")],
            rates={"euro": 1.27},
        )
        == []
    )
    out = check(
        "unit-agreement",
        [
            _claim("a", 2e6, "shekel", kind="money"),
            _claim("b", 1e6, "dollar", kind="money"),
            _claim("c", 1e6, "dollar", kind="money"),
        ],
    )
    assert out and out[-1].severity == "info" and "no conversion rate" in out[-1].fields["spread"]


def test_unit_agreement_of_an_amount_of_nothing_writes_no_infinite_percentage() -> None:
    """0 euros against $5 million: the difference was float('inf') percent, written into
    report.json as Infinity (which no JSON reader takes) and 'inf% above' in the message."""
    import json

    out = check("unit-agreement",
                [_claim("a", 0, "euro", kind="money"), _claim("b", 5e6, "dollar", kind="money")],
                rates={"euro": 1.27})  # fmt: skip
    assert out and out[0].verdict == "discrepancy"
    assert out[0].fields["spread"] == "5 million dollar against 0"
    assert out[0].compared["difference_pct"] is None
    json.loads(json.dumps(out[0].compared), parse_constant=lambda name: pytest.fail(name))


def test_text_rates_from_conversions() -> None:
    from crosscheck.rules.checks import text_rates

    pairs = [(_claim("a", 85e6, "euro", kind="money"), _claim("a", 108e6, "dollar", kind="money"))]
    assert text_rates(pairs)["euro"] == pytest.approx(108 / 85)


def test_corroboration() -> None:
    out = check(
        "corroboration",
        [
            _claim("a", 11000, "soldier", q="approx", entity="nis"),
            _claim("b", 11000, "soldier", entity="nis"),
        ],
    )
    assert out and out[0].fields["count"] == "2" and out[0].fields["sources"] == "nis"
    assert (
        check(
            "corroboration",
            [_claim("a", 3000, "soldier", q="at_least"), _claim("b", 3500, "soldier", q="approx")],
        )
        == []
    )
    assert check("corroboration", [_claim("a", 4.5, "percent", kind="percent")]) == []


def test_rules_check_warns_of_a_selected_concept_no_concept_file_defines(tmp_path: Path) -> None:
    """A misspelt concept id in select.concepts passed `rules check` and selected nothing
    (a group's concept is a concept file's id, or its counted noun or unit itself): a
    warning with the rule's file and line and the nearest id; a concept the checked folder's
    own concept file defines, and the shipped ones, raise none."""
    from click.testing import CliRunner

    from crosscheck.cli import cli

    path = tmp_path / "r.yml"
    path.write_text(GOOD.replace("severity: error", "severity: error\n    select: {concepts: "
                                 "[militray-personnel, truce-violation]}"))  # fmt: skip
    result = CliRunner().invoke(cli, ["rules", "check", str(path)])
    assert result.exit_code == 0 and result.stdout.startswith("ok: 1 rule(s)")
    warned = [x for x in result.stderr.splitlines() if "WARNING" in x]
    assert len(warned) == 2
    assert f"{path}:2: rule 'x': concept 'militray-personnel' is in no concept file (did you " \
        "mean 'military-personnel'?)" in warned[0]  # fmt: skip
    (tmp_path / "concepts.yml").write_text(
        "concepts:\n  - id: truce-violation\n    terms: [violation]\n"
    )
    for checked in (tmp_path, path):  # the folder, or the rule file beside its concepts
        result = CliRunner().invoke(cli, ["rules", "check", str(checked)])
        warned = [x for x in result.stderr.splitlines() if "WARNING" in x]
        assert result.exit_code == 0 and len(warned) == 1 and "militray-personnel" in warned[0]
    # a concept file's 'broader' misspelt ('peopel') cuts its concept off from the one meant;
    # a head noun no file defines ("airship") is a concept of its own: no warning
    (tmp_path / "concepts.yml").write_text(
        "concepts:\n  - id: truce-violation\n    terms: [violation]\n    broader: peopel\n"
        "  - id: blimp\n    terms: [blimps]\n    broader: airship\n"
    )
    result = CliRunner().invoke(cli, ["rules", "check", str(tmp_path)])
    warned = [x for x in result.stderr.splitlines() if "WARNING" in x]
    assert result.exit_code == 0 and len(warned) == 2, result.stderr
    assert f"{tmp_path / 'concepts.yml'}:4: concept 'truce-violation': broader 'peopel' is in " \
        "no concept file (did you mean 'people'?)" in warned[1]  # fmt: skip


def test_rules_check_of_a_file_is_not_failed_by_a_draft_beside_it(tmp_path: Path) -> None:
    """`rules check r.yml` reads the concept files beside it for the concepts its rules may
    mean; a broken draft there (which `check --rules r.yml` never reads) stopped it with
    exit 2 naming the draft (a user's CI): it is a warning now, and the draft given itself
    is still an error."""
    from crosscheck.cli import cli

    path = tmp_path / "r.yml"
    path.write_text(GOOD)
    draft = tmp_path / "draft.yml"
    draft.write_text("concepts:\n  - id: a\n    terms: x\n")
    result = CliRunner().invoke(cli, ["rules", "check", str(path)])
    assert result.exit_code == 0 and result.stdout.startswith("ok: 1 rule(s)")
    (warned,) = [x for x in result.stderr.splitlines() if "WARNING" in x]
    assert f"{draft}:3:" in warned and "beside" in warned
    result = CliRunner().invoke(cli, ["check", "--rules", str(path), str(SEEDS), "--format",
                                      "json", "--out", str(tmp_path / "out")])  # fmt: skip
    assert result.exit_code in (0, 1), result.stderr
    result = CliRunner().invoke(cli, ["rules", "check", str(draft)])
    assert result.exit_code == 2 and f"{draft}:3:" in result.stderr
    # the good concept files beside it are still read (the concept its rule selects is
    # known), and what they say of one another is still said
    path.write_text(GOOD.replace("severity: error", "severity: error\n    select: {concepts: "
                                 "[widgets]}"))  # fmt: skip
    (tmp_path / "good.yml").write_text("concepts:\n  - id: widgets\n    terms: [widget]\n")
    (tmp_path / "later.yml").write_text("concepts:\n  - id: gadgets\n    terms: [widget]\n")
    result = CliRunner().invoke(cli, ["rules", "check", str(path)])
    warned = [x for x in result.stderr.splitlines() if "WARNING" in x]
    assert result.exit_code == 0 and len(warned) == 2, result.stderr
    assert f"{draft}:3:" in warned[0] and "term 'widget' was concept 'widgets'" in warned[1]


def _dated(folder: Path, articles: dict[str, tuple[str, str]]) -> Path:
    folder.mkdir()
    for name, (when, body) in articles.items():
        write_article(folder / name, body, title="Flood", published=when)
    return folder


_QUAKE = {
    "a.txt": "A strong earthquake struck the southern island of Qeshm on Sunday, killing 10 people "
    "and injuring dozens, officials said.\nRescue teams searched the rubble of several villages "
    "through the night.",
    "b.txt": "An earthquake of magnitude 5.9 hit Qeshm island in the Gulf on Sunday, killing 10 "
    "people, the provincial governor said.\nSeveral villages were badly damaged.",
}


@pytest.mark.parametrize(
    ("second", "joins"),
    [
        # the toll said twice: its second wording joins the group the first joined
        ("The governor of the island told a news agency that four villages had been "
         "destroyed and three people killed.", True),
        # another quake's toll in the same words is no restatement
        ("A similar quake on the island in 2005 killed three people, the governor said.", False),
        # nor the same figure of another count or verb
        ("The governor said three people were injured in the island's main town.", False),
    ],
)  # fmt: skip
def test_a_figure_its_article_restates_joins_the_group_of_its_twin(
    tmp_path: Path, second: str, joins: bool
) -> None:
    """An early report: "killing at least three people", then "three people killed", where
    later ones say 10. The first admits 10 and joined the 10s, so the finding said they
    agree; the second, whose figure does not, stayed alone however low the pair model read
    it (0.01 against every 10: linked claims whose figures differ are rare). Restating a
    figure of its group in its own article, it joins that group: 3 against 10 is shown."""
    for name, text in {
        **_QUAKE,
        "c.txt": "A powerful earthquake shook Qeshm island on Sunday, "
        "killing at least three people, state media reported.\n" + second,
    }.items():
        (tmp_path / name).write_text(text + "\n", encoding="utf-8")  # fmt: skip
    result = run([tmp_path], Settings())
    by_id = {c.id: c for c in result.claims}
    (toll,) = [g for g in result.groups if any(by_id[c].value == 10 for c in g.claims)]
    texts = sorted(by_id[c].text for c in toll.claims if by_id[c].document == "c.txt")
    assert texts == (["at least three people", "three people"] if joins
                     else ["at least three people"])  # fmt: skip
    warned = [f for f in result.findings if f.group == toll.id and f.severity != "info"]
    assert bool(warned) is joins, [f.message for f in result.findings]
    if joins:  # the join says why, in the report's words, apart from the model's links
        (link,) = toll.restated
        assert link["why"] == "its article states this figure of this count twice"
        assert [by_id[c].text for c in link["claims"]] == ["at least three people", "three people"]
        assert all("why" not in r for r in toll.reasons)
        # a link refused before the claim joined all the same is no longer "kept apart"
        ids = set(toll.claims)
        assert not [a for a in toll.apart if set(a["claims"]) <= ids], toll.apart
        from crosscheck.report.html import group_html

        words = re.sub(r"<[^>]+>", "", str(group_html(toll, by_id)))  # (<bdi> tags out)
        assert "Joined in its own article:at least three people ~ three people: its article " \
            "states this figure of this count twice" in words  # fmt: skip


def test_a_link_refused_before_its_claims_joined_is_not_kept_apart(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A refusal is recorded on both clusters; when the claim joined later all the same (a
    figure its article restates), the group listed the refused pair as "kept apart", twice,
    while holding both claims. (The pair model's reading of the quake's pairs is set here:
    0.6 for the lone "three people" with "at least 10 people", so the merge test refuses
    it, and 0.1 with the other article's 10.)"""
    from crosscheck.match import cluster

    articles = {
        "a.txt": "A strong earthquake struck the island of Qeshm on Sunday, killing at least 10 "
        "people, officials said.",
        "b.txt": "A strong earthquake struck the island of Qeshm on Sunday, killing at least "
        "three people, state media said. The three people killed were in a village.",
        "c.txt": "An earthquake hit Qeshm island on Sunday and killed 10 people, the governor "
        "said.",
    }
    for name, text in articles.items():
        (tmp_path / name).write_text(text + "\n", encoding="utf-8")
    read = cluster.raised

    def forced(block: Any, pp: Any) -> Any:
        pp, owned = read(block, pp)
        pp = pp.copy()
        for k, (i, j) in enumerate(zip(block.i.tolist(), block.j.tolist(), strict=True)):
            texts = {block.members[i].claim.text, block.members[j].claim.text}
            if texts == {"three people", "at least 10 people"}:
                pp[k] = 0.6
            elif "three people" in texts:
                pp[k] = 0.1
        return pp, owned

    monkeypatch.setattr(cluster, "KEEP", 0.0)
    monkeypatch.setattr(cluster, "raised", forced)
    result = run([tmp_path], Settings())
    by_id = {c.id: c for c in result.claims}
    (toll,) = [g for g in result.groups if any(by_id[c].text == "three people" for c in g.claims)]
    assert [by_id[c].text for c in toll.restated[0]["claims"]] == [
        "at least three people", "three people"]  # fmt: skip
    assert not [a for a in toll.apart if set(a["claims"]) <= set(toll.claims)], toll.apart


def test_a_sentence_restated_with_its_figure_first_joins_as_any_restatement(
    tmp_path: Path,
) -> None:
    """'Three people died in the flood, police said.' in the morning's articles and 'Ten
    people died in the flood, police said.' at 18:00: one sentence but for the figure,
    which opens it. The words on each side of the figure are compared as character
    n-grams, and two empty left sides scored 0, so the pair was not taken for a
    restatement and the 10 stayed out of the deaths group: the finding said 3 against 4
    and 'latest: 4', the '3 dead, later 10' update unreported. Two sides with no words
    are alike now; one with words against one without is not."""
    from crosscheck.match.cluster import bare_sides, blocks, restated
    from crosscheck.training import extract_folder

    died = " people died in the flood, police said."
    peaked = "The river peaked at 6.2 metres overnight, the Bureau said."
    folder = _dated(tmp_path / "story", {
        "a1.md": ("2025-03-10T08:00:00Z", "About 2,000 residents were evacuated from Riverton on "
                  f"Monday, the State Emergency Service said.\n\nThree{died}\n\n{peaked}"),
        "a2.md": ("2025-03-10T09:00:00Z", "The SES said 2,140 residents were evacuated from "
                  "Riverton on Monday.\n\nAt least 1,500 residents were evacuated from Riverton "
                  f"on Monday, according to the Red Cross.\n\nThree{died}"),
        "a3.md": ("2025-03-10T18:00:00Z", "The state emergency service's spokesperson said 2,600 "
                  f"residents were evacuated from Riverton on Monday.\n\nTen{died}"),
        "a4.md": ("2025-03-10T10:00:00Z", "RIVERTON (AP) - About 2,000 residents were evacuated "
                  "from Riverton on Monday, the State Emergency Service said.\n\n"
                  f"Four{died}\n\n{peaked}"),
    })  # fmt: skip
    result = run([folder], Settings())
    by_id = {c.id: c for c in result.claims}
    (deaths,) = [f for f in result.findings if f.kind == "numeric-agreement"
                 and any("people" in by_id[c].text for c in f.claims)]  # fmt: skip
    assert sorted(by_id[c].text for c in deaths.claims) == [
        "Four people", "Ten people", "Three people", "Three people"]  # fmt: skip
    assert "10 (police; a3.md)" in deaths.message, deaths.message
    ex = extract_folder(folder, Settings())
    said = {}
    for block in blocks(ex.claims, ex.sentences, concept_table(Settings()), ex.documents):
        flags = restated(bare_sides(block.members), block.i, block.j, block.x)
        for i, j, r in zip(block.i.tolist(), block.j.tolist(), flags.tolist(), strict=True):
            a, b = block.members[i].claim, block.members[j].claim
            said[frozenset((f"{a.document}:{a.text}", f"{b.document}:{b.text}"))] = r
    assert said[frozenset(("a1.md:Three people", "a3.md:Ten people"))] is True
    # 'The SES said 2,140 residents' against 'About 2,000 residents': words against none
    assert said[frozenset(("a2.md:2,140 residents", "a1.md:About 2,000 residents"))] is False


def test_a_rule_file_with_many_problems_says_each_on_its_own_line(tmp_path: Path) -> None:
    """Five problems of a rule file were printed run together on one line: the heading
    counts them and each has a line of its own, with its file and line; one problem stays
    one line."""
    from click.testing import CliRunner

    from crosscheck.cli import cli

    path = tmp_path / "r.yml"
    path.write_text(GOOD.replace("severity: error", "severity: critical").replace(
        "rel_tolerance: 0.05", "rel_tol: 0.05"))  # fmt: skip
    result = CliRunner().invoke(cli, ["rules", "check", str(path)])
    assert result.exit_code == 2
    lines = result.stderr.splitlines()
    assert lines[0] == "crosscheck: error: invalid rules (2 problems):"
    said = [line.removeprefix("crosscheck: error: ") for line in lines[1:]]
    assert [x.split(": ", 1)[0] for x in said] == [f"{path}:4", f"{path}:5"], lines
    path.write_text(GOOD.replace("severity: error", "severity: critical"))
    (one,) = CliRunner().invoke(cli, ["rules", "check", str(path)]).stderr.splitlines()
    assert one.startswith(f"crosscheck: error: invalid rules: {path}:4: rule 'x': severity")
    # a rule id with new lines in it cannot add lines of its own, with one problem or two
    forged = GOOD.replace("id: x", 'id: "x\\n  crosscheck: error: forged\\n  tail"')
    for text, count in ((forged.replace("severity: error", "severity: critical"), 1),
                        (forged.replace("severity: error", "severity: critical").replace(
                            "rel_tolerance: 0.05", "rel_tol: 0.05"), 3)):  # fmt: skip
        path.write_text(text)
        lines = CliRunner().invoke(cli, ["rules", "check", str(path)]).stderr.splitlines()
        assert len(lines) == count, lines  # the id's text stays inside its problem's line
        assert not any(x.startswith(("crosscheck: error: crosscheck", "crosscheck: error: tail"))
                       for x in lines), lines  # fmt: skip


def test_a_link_to_nothing_in_a_rule_or_alias_folder_is_said_to_be_one(tmp_path: Path) -> None:
    """A rule file in a folder that is a symbolic link whose file moved was left out with
    'its top-level keys are none a rule folder's files have' (it was never read); in a
    folder given to --aliases it was left out without a word."""
    mine = tmp_path / "mine"
    mine.mkdir()
    write(mine, GOOD)
    (mine / "moved.yml").symlink_to(tmp_path / "elsewhere.yml")
    (mine / "loop.yml").symlink_to(mine / "loop.yml")
    args = ["--rules", str(mine), "--aliases", str(mine), "--out", str(tmp_path / "out")]
    res = CliRunner().invoke(cli, ["check", str(SEEDS), *args])
    assert res.exit_code in (0, 1), res.output
    said = [line for line in res.stderr.splitlines() if "left out" in line]
    assert sorted(said) == sorted(
        f"crosscheck: WARNING: {mine / name}: left out: a link that leads to no file"
        for name in ("moved.yml", "loop.yml", "moved.yml", "loop.yml")
    ), res.stderr


def test_rules_check_warns_of_an_id_a_shipped_rule_has(tmp_path: Path) -> None:
    """`rules check mine.yml` said 'ok' (exit 0) for a rule with the id of a shipped rule,
    which `check` with the shipped rules (the default) then refused: exit 2, 'duplicate
    id'. It still passes (with --no-default-rules the file is fine) but says so."""
    path = write(tmp_path, GOOD.replace("id: x", "id: count-disagreement"))
    runner = CliRunner()
    res = runner.invoke(cli, ["rules", "check", str(path)])
    assert res.exit_code == 0, res.output
    said = [line for line in res.stderr.splitlines() if "WARNING" in line]
    assert len(said) == 1 and f"{path}:2: rule 'count-disagreement': a shipped rule" in said[0]
    assert "default.yml:" in said[0]
    out = str(tmp_path / "out")
    assert (
        runner.invoke(cli, ["check", str(SEEDS), "--rules", str(path), "--out", out]).exit_code == 2
    )
    res = runner.invoke(cli, ["rules", "check", str(shipped_rules_dir())])  # its own: no word
    assert res.exit_code == 0 and "WARNING" not in res.stderr, res.output


def test_mutual_best_reads_each_claim_against_its_other_partners() -> None:
    """A pair is a mutual best when each claim has no likelier partner in the other's
    article (ties count for both); a likelier partner of either claim there undoes it."""
    from types import SimpleNamespace

    import numpy as np

    from crosscheck.match.cluster import mutual_best

    docs = ["a", "a", "b", "b", "c"]
    members: Any = [SimpleNamespace(claim=SimpleNamespace(document=d)) for d in docs]
    i = np.array([0, 0, 1, 0, 2])
    j = np.array([2, 3, 2, 4, 4])
    pp = np.array([0.4, 0.6, 0.5, 0.3, 0.3])
    # 0-2: claim 0's likeliest in b is 3 (0.6); 0-3: mutual; 1-2: claim 2's likeliest in a
    # is 1 (0.5 against 0.4), and 1's only partner; 0-4 and 2-4: 4's partners tie in a and b
    assert mutual_best(members, i, j, pp).tolist() == [False, True, True, True, True]


SELECTS = """rules:
  - id: x
    title: T
    severity: error
    select:
      entities:
        - JSC
        - Joint Chiefs
        - RFS
        - staunton-police-chief-jim-williams
        - NIS
      units:
        - kilometer
        - soldiers
        - euros
        - kilometre
        - soldier
        - evacuee
        - degree Celsius
    check: {kind: numeric-agreement}
"""


def test_rules_check_warns_of_select_values_no_claim_can_have(tmp_path: Path) -> None:
    """A typo in select.entities ('JSC' for the shipped 'JCS') or select.units ('kilometer',
    which claims name 'kilometre') loaded without a word and the rule never fired: each
    is a warning at its own line, with the id or unit meant. An id a checked alias file
    has (RFS), one of the forms the extraction makes of other names (a slug, an acronym
    no id is near) and a unit the extractor cannot read (a counted noun) are not said."""
    from click.testing import CliRunner

    from crosscheck.cli import cli

    path = tmp_path / "r.yml"
    path.write_text(SELECTS)
    (tmp_path / "agencies.yml").write_text("entities:\n  - id: RFS\n    aliases: [fire chiefs]\n")
    result = CliRunner().invoke(cli, ["rules", "check", str(tmp_path)])
    assert result.exit_code == 0 and result.stdout.startswith("ok: 1 rule(s)"), result.output
    warned = [x.removeprefix("crosscheck: WARNING: ") for x in result.stderr.splitlines()
              if "WARNING" in x]  # fmt: skip
    assert warned == [
        f"{path}:7: rule 'x': select.entities 'JSC' is in no alias file (did you mean 'JCS'?): "
        "it selects only a source the articles name 'JSC' that no alias file knows",
        f"{path}:8: rule 'x': select.entities 'Joint Chiefs' is no source id a claim can have "
        "(did you mean 'joint-chiefs'?): an id is an alias file's, or made of a name's words, "
        "in capitals for an acronym ('FAA') or in small letters and hyphens ('health-ministry')",
        f"{path}:13: rule 'x': select.units 'kilometer': after a figure, 'kilometer' is read "
        "as 'kilometre' ('2 kilometer' as measure, in 'kilometre'; did you mean 'kilometre'?)",
        f"{path}:14: rule 'x': select.units 'soldiers': after a figure, 'soldiers' is read as "
        "'soldier' ('2 soldiers' as count, in 'soldier'; did you mean 'soldier'?)",
        f"{path}:15: rule 'x': select.units 'euros': after a figure, 'euros' is read as 'euro' "
        "('2 euros' as money, in 'euro'; did you mean 'euro'?)",
    ], result.stderr
    # without the alias file that has it, RFS is one of the forms a made id takes: no word
    (tmp_path / "agencies.yml").unlink()
    again = CliRunner().invoke(cli, ["rules", "check", str(path)])
    assert again.exit_code == 0 and "'RFS'" not in again.stderr


@pytest.mark.parametrize(
    ("value", "meant"),
    [("USD", "dollar"), ("MW", "megawatt"), ("MB", "megabyte"), ("Soldiers", "soldier")],
)
def test_a_unit_symbol_in_capitals_is_suggested_as_it_reads(value: str, meant: str) -> None:
    """A unit's symbol is read as written ('2 MW' is megawatts): the small letters are
    tried only for a word read as a count ('Soldiers'), never for a symbol ('mw' is
    none, 'mb' a millibarn: the warning suggested 'usd', 'mw', 'millibarn')."""
    from crosscheck.rules.loader import _unit_problem

    said = _unit_problem(value)
    assert said is not None and said.endswith(f"did you mean '{meant}'?)"), said


def test_rules_check_suggests_what_the_extractor_makes_of_a_select_value(
    tmp_path: Path,
) -> None:
    """'pounds' was probed as a count alone and 'pound' suggested, where claims are
    'pound-mass' (a weight) or 'pound sterling' (a price): each unit read is named. 'degree
    celsius' passed silently (the named degrees' lower-case keys were taken for names)
    and never matched 'degree Celsius'. 'G7' was no id and no hint: the extractor makes
    'g7' of it. A value with spaces around it is the value (as an alias id is), one listed
    twice is said once, and a long one is shown cut short."""
    from click.testing import CliRunner

    from crosscheck.cli import cli

    path = tmp_path / "r.yml"
    long = "Z" * 100_000
    path.write_text(
        "rules:\n  - id: x\n    title: T\n    severity: error\n    select:\n"
        "      entities:\n        - ' JCS'\n        - G7\n        - G7\n"
        f"        - '{long} x'\n"
        "      units:\n        - pounds\n        - degree celsius\n        - ' kilometre '\n"
        "    check: {kind: numeric-agreement}\n"
    )
    result = CliRunner().invoke(cli, ["rules", "check", str(path)])
    assert result.exit_code == 0, result.output
    warned = [x.removeprefix("crosscheck: WARNING: ") for x in result.stderr.splitlines()
              if "WARNING" in x]  # fmt: skip
    made = ("an id is an alias file's, or made of a name's words, in capitals for an acronym "
            "('FAA') or in small letters and hyphens ('health-ministry')")  # fmt: skip
    assert warned[:1] == [
        f"{path}:8: rule 'x': select.entities 'G7' is no source id a claim can have (did you "
        f"mean 'g7'?): {made}"], result.stderr  # fmt: skip
    assert warned[1].startswith(f"{path}:10: rule 'x': select.entities 'ZZZZ"), warned[1]
    assert len(warned[1]) < 1_000, len(warned[1])
    assert warned[2:] == [
        f"{path}:12: rule 'x': select.units 'pounds': after a figure, 'pounds' is read as "
        "'pound-mass', 'pound sterling' or 'pound' ('2 pounds' as measure, in 'pound-mass'; "
        "as money, in 'pound sterling'; as count, in 'pound'; did you mean one of "
        "'pound-mass', 'pound sterling', 'pound'?)",
        f"{path}:13: rule 'x': select.units 'degree celsius': the extractor names it "
        "'degree Celsius' (did you mean 'degree Celsius'?)",
    ], result.stderr


def test_a_unit_agreement_rule_is_said_never_to_fire(tmp_path: Path) -> None:
    """The matcher never puts amounts in two currencies in one group, so unit-agreement
    never fires: an enabled rule of the kind is a warning naming its file and line (the
    shipped one is off, and says nothing)."""
    from click.testing import CliRunner

    from crosscheck.cli import cli

    path = tmp_path / "r.yml"
    path.write_text("rules:\n  - id: fx\n    title: T\n    severity: warning\n"
                    "    check: {kind: unit-agreement, rates: {euro: 1.08}}\n"
                    "  - id: fx-off\n    title: T\n    severity: warning\n    enabled: false\n"
                    "    check: {kind: unit-agreement}\n")  # fmt: skip
    result = CliRunner().invoke(cli, ["rules", "check", str(path)])
    assert result.exit_code == 0, result.output
    warned = [x for x in result.stderr.splitlines() if "WARNING" in x]
    assert (
        len(warned) == 1
        and f"{path}:2: rule 'fx': check kind 'unit-agreement' never "
        "fires: the matcher never puts amounts in two currencies in one group"
        in warned[0]
    )
    shipped = CliRunner().invoke(cli, ["rules", "check", str(shipped_rules_dir())])
    assert shipped.exit_code == 0 and "never fires" not in shipped.stderr
    assert not next(r for r in load_rule_files([shipped_rules_dir() / "default.yml"]).rules
                    if r.check == "unit-agreement").enabled  # fmt: skip


_RATE = "the rate of 'euro' must be a number above 0 and at most 1e12,"


@pytest.mark.parametrize(
    ("rates", "said"),
    [
        ("{euro: 'abc'}", f"{_RATE} not 'abc'"),
        ("{euro: '1e13'}", f"{_RATE} not '1e13'"),
        ("{euro: -1}", f"{_RATE} not -1"),
        ("{euro: 0}", f"{_RATE} not 0"),
        ("{euro: .nan}", f"{_RATE} not nan"),
        ("{euro: [1.2]}", f"{_RATE} not [1.2]"),
        ("{euro: yes}", f"{_RATE} not True"),
        ("{euro: 10000000000000}", f"{_RATE} not 10000000000000"),
        ("{12: 1.5}", "currency 12 must be text, not a number"),
    ],
)
def test_unit_agreement_rates_are_checked_at_load(tmp_path: Path, rates: str, said: str) -> None:
    """A rate that is no number above 0 was taken as it was: '1.27' raised mid-run when
    the rule ran, -1 and 0 made every amount 0 or below it."""
    path = tmp_path / "r.yml"
    path.write_text("rules:\n  - id: fx\n    title: T\n    severity: warning\n    check:\n"
                    f"      kind: unit-agreement\n      rates: {rates}\n")  # fmt: skip
    with pytest.raises(ConfigError) as caught:
        load_rule_files([path])
    assert f"{path}:7: rule 'fx': parameter 'rates': {said}" in str(caught.value)


@pytest.mark.parametrize("rates", ["'1.27'", "[1.27]", "euro"])
def test_unit_agreement_rates_that_are_no_mapping_are_refused(tmp_path: Path, rates: str) -> None:
    path = tmp_path / "r.yml"
    path.write_text("rules:\n  - id: fx\n    title: T\n    severity: warning\n    check:\n"
                    f"      kind: unit-agreement\n      rates: {rates}\n")  # fmt: skip
    with pytest.raises(ConfigError, match=r"r\.yml:7: rule 'fx': parameter 'rates' must be a "
                                          "mapping"):  # fmt: skip
        load_rule_files([path])


def test_unit_agreement_rates_in_numeric_text_are_taken(tmp_path: Path) -> None:
    """PyYAML reads 1e12 and 1e-3 (no dot) as text, which the rule reads with float() when
    it runs: taken, as before the rates were checked at load."""
    path = tmp_path / "r.yml"
    path.write_text("rules:\n  - id: fx\n    title: T\n    severity: warning\n    check:\n"
                    "      kind: unit-agreement\n"
                    "      rates: {yen: 1e-3, euro: '1.08', dong: 4e-5, gold: 1e12}\n")  # fmt: skip
    rule = load_rule_files([path]).rules[0]
    assert rule.params["rates"] == {"yen": "1e-3", "euro": "1.08", "dong": "4e-5", "gold": "1e12"}


@pytest.mark.parametrize(
    ("unit", "said"),
    [
        (
            "Soldiers",
            "select.units 'Soldiers': in small letters, after a figure, 'soldiers' is "
            "read as 'soldier' ('2 soldiers' as count, in 'soldier'; did you mean "
            "'soldier'?)",
        ),
        (
            "Soldier",
            "select.units 'Soldier': in small letters, after a figure, 'soldiers' is "
            "read as 'soldier' ('2 soldiers' as count, in 'soldier'; did you mean "
            "'soldier'?)",
        ),
        (
            "People",
            "select.units 'People': in small letters, after a figure, 'people' is read "
            "as 'people' ('2 people' as count, in 'people'; did you mean 'people'?)",
        ),
        (
            "km",
            "select.units 'km': after a figure, 'km' is read as 'kilometre' ('2 km' as "
            "measure, in 'kilometre'; did you mean 'kilometre'?)",
        ),
        (
            "kms",
            "select.units 'kms': after a figure, 'kms' is read as 'km' ('2 kms' as count, "
            "in 'km'; did you mean 'km'?)",
        ),
        (
            "million",
            "select.units 'million': after a figure, 'million' is a scale, no unit "
            "('2 million' is read as a number of no unit)",
        ),
        (
            "bn",
            "select.units 'bn': after a figure, 'bn' is a scale, no unit ('2 bn' is read "
            "as a number of no unit)",
        ),
    ],
)
def test_a_units_warning_says_what_the_extractor_reads_after_a_figure(unit: str, said: str) -> None:
    """A capitalised counted noun ('Soldiers', 'People') was suggested as the extractor
    names a capitalised word, or not said; 'km' was said to be 'no unit a claim has'
    though '40 kms' gives claims in 'km' (the probes show what a word after a figure is
    read as, not what claims never have); a scale ('million') read as part of the number
    was not said."""
    from crosscheck.rules.loader import _unit_problem

    assert _unit_problem(unit) == said


def test_a_findings_evidence_gives_each_claim_the_interval_its_rule_judged(
    tmp_path: Path,
) -> None:
    """Each claim's interval in a finding's evidence is the one the finding's rule judged
    (quantity.interval with the rule's 'about' tolerance): 'nearly 300' is 270 to 300, not
    270 to 330 beside an error saying 310 cannot be (as a user found report.json), a rule's
    5% makes 'about 400' 380 to 420; and a store's re-run gives its evidence back the same."""
    articles = tmp_path / "articles"
    articles.mkdir()
    for name, (ferry, crew) in {"a.txt": ("nearly 300", "about 400"),
                                "b.txt": ("310", "450")}.items():  # fmt: skip
        (articles / name).write_text(
            f"A ferry carrying {ferry} passengers sank off the island on Monday, officials "
            f"said.\nThe company said {crew} tonnes of cargo were lost with the ferry.\n",
            encoding="utf-8",
        )
    rules = tmp_path / "cargo.yml"
    rules.write_text(
        "rules:\n  - id: cargo-weight\n    title: Cargo weights differ\n    severity: error\n"
        "    select: {kinds: [measure], units: [tonne]}\n"
        "    check: {kind: numeric-agreement, rel_tolerance: 0.0, approx_tolerance: 0.05}\n",
        encoding="utf-8",
    )
    settings = Settings(rule_paths=(rules,), store=tmp_path / "store.db")
    shown, reused = [], []
    for _ in range(2):  # the second run's findings come back from the store
        result = run([articles], settings)
        reused.append(result.reused_results or result.reused_stories > 0)
        shown.append({c["text"]: c["interval"] for f in result.findings
                      for c in f.evidence["claims"]})  # fmt: skip
    assert reused == [False, True] and shown[0] == shown[1]
    assert shown[0]["nearly 300 passengers"] == pytest.approx([270, 300])
    assert shown[0]["310 passengers"] == [310, 310]
    assert shown[0]["about 400 tonnes"] == pytest.approx([380, 420])


@pytest.mark.parametrize(
    ("concepts", "line", "said"),
    [
        ("  - id: vessel-a\n    broader: vessel-a\n    terms: [ferry]\n", 3,
         "concept 'vessel-a': its broader concepts lead back to it (vessel-a -> vessel-a)"),
        # the 'broader' read last names the cycle: the line that closed it
        ("  - id: vessel-a\n    broader: vessel-b\n    terms: [ferry]\n"
         "  - id: vessel-b\n    broader: vessel-a\n    terms: [boat]\n", 6,
         "concept 'vessel-b': its broader concepts lead back to it "
         "(vessel-b -> vessel-a -> vessel-b)"),
        # a user's file closing a cycle with a shipped concept names the user's line, not
        # the shipped file's
        ("  - id: people\n    broader: dead\n    terms: [resident]\n", 3,
         "concept 'people': its broader concepts lead back to it (people -> dead -> people)"),
    ],
)  # fmt: skip
def test_a_concept_broader_than_itself_is_refused_naming_its_line(
    tmp_path: Path, concepts: str, line: int, said: str
) -> None:
    """A concept whose broader ones lead back to it was taken silently (rules selecting
    either then saw both, in no order a reader can tell): it is exit 2 naming the file and
    the line of the 'broader' that closed the cycle, in `rules check` and `check` alike."""
    from crosscheck.cli import cli

    path = tmp_path / "c.yml"
    path.write_text("concepts:\n" + concepts, encoding="utf-8")
    for args in (["rules", "check", str(path)],
                 ["check", "--rules", str(path), str(SEEDS), "--format", "text"]):  # fmt: skip
        result = CliRunner().invoke(cli, args)
        assert result.exit_code == 2, result.stderr
        assert f"{path}:{line}: {said}" in result.stderr, result.stderr
