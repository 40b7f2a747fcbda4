"""crosscheck's benchmark (`make bench`): not a test, nothing here asserts.

Builds deterministic corpora from the ECB+ articles and the seeds (numbers, names and dates
varied by a seeded generator, so matches and discrepancies exist at every size), then
measures in one run on this machine: end-to-end `crosscheck check` at each size with
--jobs 1 and 2 (wall, CPU, peak memory), quantulum3 alone and a bare regular-expression
scan over the same texts, the matcher alone on synthetic claims, warm re-runs with a
store, and the HTML report of 10,000 articles (and of 100,000: that run's records copied ten
times) opened in headless Chromium. Prints a table and writes reports/bench.json.

Usage: python bench/bench.py [--sizes 100,1000,10000] [--report-only OUT_DIR]
  --report-only: only the report measurements, on OUT_DIR/report.json and report.html of
  an earlier `crosscheck check --format html,json` (e.g. bench/work/out-corpus-10000-2)
"""

from __future__ import annotations

import argparse
import json
import math
import os
import random
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
ECB = REPO.parent / "shared" / "data" / "ecbplus-articles"
WORK = REPO / "bench" / "work"
BIN = Path(sys.executable).parent / "crosscheck"
NAMES = ["Karim", "Lopes", "Okafor", "Brandt", "Weiss", "Tanaka", "Novak", "Haddad", "Silva",
         "Moreau", "Ivanova", "Mensah", "Larsen", "Kowalski", "Ortega", "Nakamura"]  # fmt: skip


# --- corpora --------------------------------------------------------------------------------


def base_articles() -> list[str]:
    texts = []
    if ECB.is_dir():
        for path in sorted(ECB.rglob("*.md")):
            body = path.read_text(encoding="utf-8").split("---", 2)[-1].strip()
            if len(body) > 200:
                texts.append(body)
    for path in sorted((REPO / "seeds").glob("*.txt")):
        texts.append(path.read_text(encoding="utf-8"))
    if not texts:
        sys.exit("bench: no articles to build corpora from (../shared/data/ecbplus-articles)")
    return texts


def vary(text: str, rng: random.Random) -> str:
    def number(m: re.Match[str]) -> str:
        raw = m.group(0)
        if rng.random() > 0.3 or not raw.replace(",", "").isdigit():
            return raw
        value = int(raw.replace(",", ""))
        if 1900 <= value <= 2100:
            return str(value + rng.choice([-1, 0, 1]))  # dates move a little
        new = max(1, round(value * rng.uniform(0.8, 1.25)))
        return f"{new:,}" if "," in raw else str(new)

    text = re.sub(r"\b\d[\d,]*\b", number, text)
    if rng.random() < 0.5:
        text = re.sub(
            r"\b(Mr|Mrs|Dr|Gen)\. [A-Z][a-z]+", lambda m: f"{m.group(1)}. {rng.choice(NAMES)}", text
        )
    return text


def build_corpus(size: int, bases: list[str]) -> Path:
    folder = WORK / f"corpus-{size}"
    marker = folder / ".complete"
    if marker.exists():
        return folder
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    rng = random.Random(size)
    for i in range(size):
        base = bases[i % len(bases)]
        day = 1 + rng.randrange(28)
        text = f"---\ntitle: Article {i}\npublished: 2024-03-{day:02d}\nsource: outlet{i % 7}.example\n---\n\n"
        (folder / f"a{i:05d}.md").write_text(text + vary(base, rng) + "\n", encoding="utf-8")
    marker.write_text("ok")
    return folder


# --- measuring ------------------------------------------------------------------------------


def compile_sources() -> None:
    """Byte-compile crosscheck's modules, as pip does when it installs the wheel: the runs
    measured here use the editable install, which would otherwise compile every module on
    every start when PYTHONDONTWRITEBYTECODE is set (about 0.1 s a run)."""
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(REPO / "src" / "crosscheck")],
                   check=True)  # fmt: skip


def measure(cmd: list[str], env: dict[str, str] | None = None) -> dict[str, float]:
    """Run a command in a wrapper process: wall time, CPU time and peak memory of the run."""
    wrapper = (
        "import json, re, resource, subprocess, sys, time\n"
        "t = time.perf_counter()\n"
        "p = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)\n"
        "wall = time.perf_counter() - t\n"
        "ru = resource.getrusage(resource.RUSAGE_CHILDREN)\n"
        "m = re.search(r'time per stage: (.*)', p.stderr)\n"
        "stages = dict((k, float(v)) for k, v in re.findall(r'(\\w+) ([\\d.]+)s', m.group(1))) if m else {}\n"
        "w = re.search(r\"dask workers' peak memory: (.*)\", p.stderr)\n"
        "workers = [float(x) for x in re.findall(r'([\\d.]+) MB', w.group(1))] if w else []\n"
        "b = re.search(r\"dask workers' peak memory by stage: (.*)\", p.stderr)\n"
        "by_stage = {k: [float(x) for x in v.split(', ')]\n"
        "            for k, v in re.findall(r'(\\w+) ([\\d, ]+) MB', b.group(1))} if b else {}\n"
        "s = re.search(r'largest story judged: (\\d+) claims of (\\d+) documents', p.stderr)\n"
        "print(json.dumps({'rc': p.returncode, 'wall': wall, 'cpu': ru.ru_utime + ru.ru_stime,\n"
        "                  'peak_mb': ru.ru_maxrss / 1024, 'stages': stages,\n"
        "                  'worker_peak_mb': workers, 'worker_peak_mb_by_stage': by_stage,\n"
        "                  'largest_story': [int(s.group(1)), int(s.group(2))] if s else None}))\n"
    )  # peak_mb: the largest single process (the main one or one worker), not their sum;
    # worker_peak_mb: each Dask worker's own peak (--engine dask), and by stage (read,
    # stories, match), next to the largest story's claims and documents
    out = subprocess.run([sys.executable, "-c", wrapper, *cmd], capture_output=True, text=True,
                         env={**os.environ, **(env or {})}, check=False)  # fmt: skip
    return json.loads(out.stdout.strip().splitlines()[-1])


def e2e(
    corpus: Path, jobs: int, extra: list[str] | None = None, formats: str = "html,json"
) -> dict[str, float]:
    out = WORK / f"out-{corpus.name}-{jobs}"
    return measure([str(BIN), "check", str(corpus), "--out", str(out), "-v", "--jobs", str(jobs),
                    "--format", formats, "--fail-on", "never", *(extra or [])])  # fmt: skip


QUANTULUM = """
import sys, warnings, glob
warnings.simplefilter("ignore")
from quantulum3 import parser
failed = 0
for path in sorted(glob.glob(sys.argv[1] + "/*.md")):
    try:
        parser.parse(open(path, encoding="utf-8").read(), classifier_path="/nonexistent.joblib")
    except Exception:
        failed += 1  # quantulum3 raises on some texts; crosscheck catches the same way
"""
REGEX = """
import sys, glob, re
pat = re.compile(r"\\d[\\d,.]*|\\b(?:one|two|three|four|five|six|seven|eight|nine|ten|hundred|thousand|million|billion|dozen)\\b", re.I)
n = 0
for path in sorted(glob.glob(sys.argv[1] + "/*.md")):
    n += sum(1 for _ in pat.finditer(open(path, encoding="utf-8").read()))
"""
MATCHER = """
import json, random, resource, sys, time
from crosscheck.config import Settings
from crosscheck.model import Claim, Sentence
from crosscheck.match import match_claims
from crosscheck.pipeline import concept_table
n = int(sys.argv[1]); rng = random.Random(n)
units = ["soldier", "troop", "dead", "injured", "home", "village", "ship", "job", "vehicle", "missile"]
vocab = ["quake", "flood", "strike", "border", "election", "harbour", "factory", "mine", "storm", "court",
         "bridge", "ferry", "rebel", "vote", "fire", "drought", "plant", "river", "airport", "market"]
per_doc, docs_per_story = 20, 8
claims, sentences = [], []
for k in range(n):
    doc = k // per_doc; story = doc // docs_per_story
    words = [vocab[(story * 7 + j) % len(vocab)] + str(story) for j in range(6)]  # each story has its own names
    unit = units[(story + k) % len(units)]
    value = float(rng.choice([3, 10, 40, 120, 3000, 11000]) * (1 + story % 5))
    if rng.random() < 0.3:
        value = round(value * rng.uniform(0.85, 1.2))
    text = " ".join(rng.sample(words, 4)) + f" officials said {value:g} {unit}s were reported"
    d = f"d{doc}"
    sentences.append(Sentence(d, k, 0, (0, len(text)), text))
    claims.append(Claim(id=f"c{k}", document=d, sentence=k, span=(0, 5), text=f"{value:g} {unit}s",
                        value=value, lower=value, upper=value, qualifier="exact", unit=unit,
                        unit_surface=None, kind="count", predicate="report"))
concepts = concept_table(Settings())
import scipy.sparse, crosscheck.match.tfidf  # imports are not the matcher's time
t = time.perf_counter(); groups = match_claims(claims, sentences, concepts); wall = time.perf_counter() - t
print(json.dumps({"claims": n, "wall": wall, "groups": len(groups),
                  "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def python_run(code: str, *args: str) -> dict[str, float]:
    return measure([sys.executable, "-c", code, *args])


def matcher(n: int) -> dict[str, float]:
    out = subprocess.run(
        [sys.executable, "-c", MATCHER, str(n)], capture_output=True, text=True, check=True
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def warm_store(corpus: Path) -> dict[str, float]:
    db = WORK / "store.db"
    for suffix in ("", "-wal", "-shm"):
        Path(str(db) + suffix).unlink(missing_ok=True)
    changed = WORK / f"{corpus.name}-changed"
    shutil.rmtree(changed, ignore_errors=True)
    shutil.copytree(corpus, changed)
    cold = e2e(changed, 2, ["--store", str(db)])
    warm = e2e(changed, 2, ["--store", str(db)])  # the first re-run
    again = e2e(changed, 2, ["--store", str(db)])  # every later re-run
    # the same articles in another folder, as a CI job's fresh checkout finds them: every
    # story is taken from the store (its keys hash names, not paths); the report is new,
    # written into a folder of its own (the 1%-changed run below finds its own as it was)
    moved = WORK / "elsewhere" / f"{changed.name}-elsewhere"
    shutil.rmtree(moved.parent, ignore_errors=True)
    shutil.copytree(changed, moved)
    elsewhere = e2e(moved, 2, ["--store", str(db)])
    shutil.rmtree(moved.parent)
    shutil.rmtree(WORK / f"out-{moved.name}-2", ignore_errors=True)  # its report (e2e's)
    files = sorted(changed.glob("*.md"))
    # 1% of the articles, picked evenly, each edited as a wire copy is corrected: one
    # sentence added at its end (replacing a word some hold would change fewer than 1%)
    for path in files[:: max(1, len(files) // max(1, len(files) // 100))][
        : max(1, len(files) // 100)
    ]:
        text = path.read_text(encoding="utf-8").rstrip("\n")
        path.write_text(text + "\n\nAn earlier version of this article misspelt a name.\n",
                        encoding="utf-8")  # fmt: skip
    one_pct = e2e(changed, 2, ["--store", str(db)])
    return {
        "articles": len(files),
        "cold": cold,
        "warm": warm,
        "warm_again": again,
        "moved": elsewhere,
        "changed_1pct": one_pct,
        "warm_ratio": warm["wall"] / cold["wall"],
        "warm_again_ratio": again["wall"] / cold["wall"],
        "moved_ratio": elsewhere["wall"] / cold["wall"],
        "changed_ratio": one_pct["wall"] / cold["wall"],
        # the same by CPU time (the cold run's pool workers included): steadier than wall
        # time on a machine shared with other work
        "warm_cpu_ratio": warm["cpu"] / cold["cpu"],
        "warm_again_cpu_ratio": again["cpu"] / cold["cpu"],
        "changed_cpu_ratio": one_pct["cpu"] / cold["cpu"],
    }


# --- the HTML report in a browser -------------------------------------------------------------

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run", "--disable-sync"]  # fmt: skip

WRITE_COPIES = """
import json, resource, sys, time
from pathlib import Path
sys.path.insert(0, sys.argv[1])
from crosscheck.model import (RunResult, claim_from_dict, document_from_dict, finding_from_dict,
                              group_from_dict, sentence_from_dict)
from crosscheck.report.pages import write_html
from tests.large_run import replicate
report = json.loads(Path(sys.argv[2]).read_text(encoding="utf-8"))
run = RunResult(inputs=report["inputs"], rule_files=report["rule_files"],
                alias_files=report["alias_files"],
                documents=[document_from_dict(d) for d in report["documents"]],
                sentences=[sentence_from_dict(s) for s in report["sentences"]],
                claims=[claim_from_dict(c) for c in report["claims"]],
                groups=[group_from_dict(g) for g in report["groups"]],
                findings=[finding_from_dict(f) for f in report["findings"]])
del report
big = replicate(run, int(sys.argv[4]))
del run
t = time.perf_counter()
write_html(big, Path(sys.argv[3]))
print(json.dumps({"documents": len(big.documents), "claims": len(big.claims),
                  "findings": len(big.findings), "write_s": time.perf_counter() - t,
                  "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def report_files(out: Path) -> dict[str, float]:
    """Sizes: report.html (the index, or the whole report of a small run) and its pages."""
    pages = sorted((out / "report-files").glob("*.html")) if (out / "report-files").is_dir() else []
    stories = [p.stat().st_size for p in pages if p.name.startswith("story-")]
    return {"index_mb": (out / "report.html").stat().st_size / 1e6,
            "pages": len(stories), "pages_mb": sum(p.stat().st_size for p in pages) / 1e6,
            "largest_page_mb": max(stories, default=0) / 1e6}  # fmt: skip


def open_report(report: Path) -> dict[str, float]:
    """report.html in headless Chromium: DOMContentLoaded, the first contentful paint and
    the first finding on screen (seconds from navigation start, the browser's clock; the
    last is an upper bound: it is read once Playwright has seen the finding), the page's JS
    heap and DOM nodes, a severity filter until its list is drawn (the first one reads all
    the findings), then a click to the first finding's evidence on its story page; console
    errors counted."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1200, "height": 900})
        errors: list[str] = []
        page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: errors.append(str(e)))
        started = time.perf_counter()
        page.goto(report.resolve().as_uri(), wait_until="domcontentloaded")
        first = page.locator("#finding-list li.finding").first
        first.wait_for(state="visible")
        wall = time.perf_counter() - started
        shown = page.evaluate("performance.now()")
        nav = "performance.getEntriesByType('navigation')[0]"
        dcl = page.evaluate(nav + ".domContentLoadedEventEnd")
        paint = page.evaluate(
            "(performance.getEntriesByName('first-contentful-paint')[0] || {}).startTime || 0"
        )
        cdp = page.context.new_cdp_session(page)
        cdp.send("Performance.enable")
        metrics = {m["name"]: m["value"] for m in cdp.send("Performance.getMetrics")["metrics"]}
        t = time.perf_counter()
        page.uncheck("input[name=severity][value=warning]")
        status = page.locator("#findings-status")  # a large run's index reads its findings
        while status.count() and status.inner_text():
            time.sleep(0.005)
        filtered = time.perf_counter() - t
        page.check("input[name=severity][value=warning]")
        evidence = page.locator("#finding-list li.finding a.evidence, #finding-list dd a").first
        t = time.perf_counter()
        evidence.click()
        page.wait_for_load_state("domcontentloaded")
        page.locator(":target, #finding-list li.finding").first.wait_for(state="visible")
        to_evidence = time.perf_counter() - t
        browser.close()
    return {"dom_content_loaded_s": dcl / 1000, "first_paint_s": paint / 1000,
            "first_finding_s": shown / 1000,
            "first_finding_wall_s": wall, "js_heap_mb": metrics.get("JSHeapUsedSize", 0) / 1e6,
            "dom_nodes": metrics.get("Nodes", 0), "filter_s": filtered,
            "to_evidence_s": to_evidence, "console_errors": len(errors)}  # fmt: skip


def report_bench(out: Path) -> dict[str, object]:
    """The report of a run in OUT (report.json and report.html), and of ten times as many
    articles (its records copied ten times, written with crosscheck.report.pages)."""
    import importlib.util

    if not CHROMIUM.exists():
        return {"skipped": f"no Chromium at {CHROMIUM} (make browser)"}
    if importlib.util.find_spec("playwright") is None:
        return {"skipped": "Playwright not installed (make install-test)"}
    results: dict[str, object] = {}
    size = len(json.loads((out / "report.json").read_text(encoding="utf-8"))["documents"])
    results[str(size)] = {**report_files(out), **open_report(out / "report.html")}
    print(f"report, {size} articles: {results[str(size)]}", flush=True)
    bigger = WORK / f"report-{size * 10}"
    shutil.rmtree(bigger, ignore_errors=True)
    run = subprocess.run([sys.executable, "-c", WRITE_COPIES, str(REPO), str(out / "report.json"),
                          str(bigger), "10"], capture_output=True, text=True, check=True)  # fmt: skip
    written = json.loads(run.stdout.strip().splitlines()[-1])  # write_s, peak_mb (of the writer)
    results[str(size * 10)] = {**written, **report_files(bigger),
                               **open_report(bigger / "report.html")}  # fmt: skip
    print(f"report, {size * 10} articles: {results[str(size * 10)]}", flush=True)
    return results


def dask_runs(bases: list[str], sizes: list[int], local_up_to: int = 10000) -> dict[str, object]:
    """--engine dask on a LocalCluster of 2 workers, next to --engine local --jobs 2 (up to
    ``local_up_to`` articles): wall, CPU, the client's and each worker's peak memory.
    JSON only: the HTML report of a whole archive is the report's own question."""
    out: dict[str, object] = {}
    for size in sizes:
        corpus = build_corpus(size, bases)
        runs: dict[str, object] = {"dask": e2e(corpus, 2, ["--engine", "dask"], "json")}
        print(f"--engine dask, {size} articles: {runs['dask']}", flush=True)
        if size <= local_up_to:
            runs["local"] = e2e(corpus, 2, ["--engine", "local"], "json")
            print(f"--engine local, {size} articles: {runs['local']}", flush=True)
            runs["dask_vs_local"] = runs["dask"]["wall"] / runs["local"]["wall"]  # type: ignore[index]
        out[str(size)] = runs
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="100,1000,10000")
    ap.add_argument("--matcher", default="1000,10000,100000")
    ap.add_argument("--report-only", type=Path, help="only the report's figures, from OUT_DIR")
    ap.add_argument("--dask", default="10000,100000",
                    help="article counts run on --engine dask (100,000: about an hour on 2 cores)")
    ap.add_argument("--store-size", type=int, default=1000,
                    help="articles of the re-runs with a store (unchanged, 1%% changed)")
    ap.add_argument("--only", choices=["store", "dask"],
                    help="only this part, printed and written to reports/bench-ONLY.json")  # fmt: skip
    args = ap.parse_args()
    if args.report_only:
        WORK.mkdir(parents=True, exist_ok=True)
        report = report_bench(args.report_only)
        out = REPO / "reports" / "bench-report.json"
        out.parent.mkdir(exist_ok=True)
        out.write_text(json.dumps(report, indent=2) + "\n")
        print_report(report)
        print(f"wrote {out}")
        return
    sizes = [int(x) for x in args.sizes.split(",")]
    started = time.perf_counter()
    WORK.mkdir(parents=True, exist_ok=True)
    compile_sources()
    bases = base_articles()
    dask_sizes = [int(x) for x in args.dask.split(",") if x]
    if args.only:
        part = (warm_store(build_corpus(args.store_size, bases)) if args.only == "store"
                else dask_runs(bases, dask_sizes))  # fmt: skip
        text = json.dumps(part, indent=2) + "\n"
        (REPO / "reports" / f"bench-{args.only}.json").write_text(text)
        print(text)
        return
    machine = {"cores": os.cpu_count(), "usable_cores": len(os.sched_getaffinity(0)),
               "python": sys.version.split()[0], "platform": sys.platform}  # fmt: skip
    results: dict[str, object] = {"machine": machine, "end_to_end": {}, "baselines": {}}
    for size in sizes:
        corpus = build_corpus(size, bases)
        runs = {}
        for jobs in (1, 2):
            runs[f"jobs{jobs}"] = e2e(corpus, jobs)
            print(
                f"end-to-end {size:>6} articles, --jobs {jobs}: {runs[f'jobs{jobs}']}", flush=True
            )
        results["end_to_end"][str(size)] = runs  # type: ignore[index]
        r = python_run(REGEX, str(corpus))
        results["baselines"][str(size)] = {"regex": r}  # type: ignore[index]
        if size <= 1000:  # 10,000 articles would take quantulum3 alone over ten minutes
            q = python_run(QUANTULUM, str(corpus))
            results["baselines"][str(size)]["quantulum3"] = q  # type: ignore[index]
            print(f"quantulum3 alone {size:>6} articles: {q}", flush=True)
        print(f"regex floor {size:>6} articles: {r}", flush=True)
    match = {str(n): matcher(n) for n in (int(x) for x in args.matcher.split(","))}
    for n, m in match.items():
        print(f"matcher alone {int(n):>7} claims: {m}", flush=True)
    results["matcher"] = match
    ns = sorted(int(n) for n in match)
    if len(ns) >= 2:
        a, b = match[str(ns[-2])], match[str(ns[-1])]
        results["matcher_exponent"] = math.log(b["wall"] / a["wall"]) / math.log(ns[-1] / ns[-2])
    if 1000 in sizes and 10000 in sizes:  # the match stage inside real end-to-end runs
        a = results["end_to_end"]["1000"]["jobs2"]["stages"].get("match")  # type: ignore[index]
        b = results["end_to_end"]["10000"]["jobs2"]["stages"].get("match")  # type: ignore[index]
        if a and b:
            results["match_stage_exponent_articles"] = math.log(b / a) / math.log(10)
    if 1000 in sizes:
        ref = results["end_to_end"]["1000"]["jobs2"]["wall"]  # type: ignore[index]
        q = results["baselines"]["1000"]["quantulum3"]["wall"]  # type: ignore[index]
        results["ratio_vs_quantulum3"] = ref / q
        results["store"] = warm_store(build_corpus(args.store_size, bases))
        print(f"store, {args.store_size} articles: {results['store']}", flush=True)
    if 10000 in sizes:  # the HTML report of 10,000 articles (and of 100,000) in a browser
        results["report"] = report_bench(WORK / "out-corpus-10000-2")
    if dask_sizes:
        results["dask"] = dask_runs(bases, dask_sizes)
    results["bench_seconds"] = time.perf_counter() - started
    out = REPO / "reports" / "bench.json"
    out.parent.mkdir(exist_ok=True)
    out.write_text(json.dumps(results, indent=2) + "\n")
    print_table(results)
    print(f"wrote {out}")


def print_table(r: dict) -> None:  # type: ignore[type-arg]
    print("\n== crosscheck benchmark ==")
    print(f"machine: {r['machine']}")
    print(f"{'articles':>9} {'jobs':>4} {'wall s':>8} {'cpu s':>8} {'peak MB':>8}  stages (s)")
    for size, runs in r["end_to_end"].items():
        for jobs, m in runs.items():
            stages = " ".join(f"{k} {v:.1f}" for k, v in m.get("stages", {}).items())
            print(f"{size:>9} {jobs[4:]:>4} {m['wall']:8.1f} {m['cpu']:8.1f} "
                  f"{m['peak_mb']:8.0f}  {stages}")  # fmt: skip
    for size, b in r["baselines"].items():
        q = f"quantulum3 alone {b['quantulum3']['wall']:8.1f}s, " if "quantulum3" in b else ""
        print(f"{size:>9} {q}regex floor {b['regex']['wall']:6.2f}s")
    for n, m in r["matcher"].items():
        print(f"matcher {int(n):>7} synthetic claims: {m['wall']:7.2f}s, {m['peak_mb']:.0f} MB, "
              f"{m['groups']} groups")  # fmt: skip
    targets = [
        ("matcher_exponent", "matcher growth exponent, 10^4 -> 10^5 claims", "<= 1.2"),
        ("match_stage_exponent_articles", "match stage growth, 1,000 -> 10,000 articles", ""),
        ("ratio_vs_quantulum3", "end-to-end 1,000 articles --jobs 2 / quantulum3 alone", "<= 0.5"),
    ]
    for key, label, target in targets:
        if key in r:
            print(f"{label}: {r[key]:.2f}" + (f"  (target {target})" if target else ""))
    if "store" in r:
        s = r["store"]
        print(f"store, {s['articles']:,} articles: first warm re-run {s['warm_ratio']:.2f} of "
              f"cold, later re-runs {s['warm_again_ratio']:.2f} (target <= 0.05); 1% changed "
              f"{s['changed_ratio']:.2f} (target <= 0.15)")  # fmt: skip
        if "moved_ratio" in s:
            print(f"store, the same articles in another folder: {s['moved_ratio']:.2f} of cold")
    if "report" in r:
        print_report(r["report"])
    for size, runs in r.get("dask", {}).items():
        d = runs["dask"]
        line = (f"--engine dask, {int(size):,} articles, 2 workers: {d['wall']:.1f}s, client "
                f"{d['peak_mb']:.0f} MB, workers {', '.join(f'{w:.0f}' for w in d['worker_peak_mb'])} MB")  # fmt: skip
        for stage, mbs in d.get("worker_peak_mb_by_stage", {}).items():
            line += f"; {stage} {', '.join(f'{w:.0f}' for w in mbs)} MB"
        if d.get("largest_story"):
            line += f" (largest story {d['largest_story'][0]:,} claims)"
        if "local" in runs:
            line += f"; --engine local --jobs 2 {runs['local']['wall']:.1f}s: " \
                    f"{runs['dask_vs_local']:.2f}x (target <= 1.3)"  # fmt: skip
        print(line)
    print(f"benchmark took {r['bench_seconds']:.0f}s")


def print_report(r: dict) -> None:  # type: ignore[type-arg]
    for size, m in r.items():
        if not isinstance(m, dict):
            print(f"report: {m}")
            continue
        print(f"report, {int(size):,} articles: index {m['index_mb']:.1f} MB + {m['pages']} story "
              f"pages {m['pages_mb']:.0f} MB (largest {m['largest_page_mb']:.1f} MB); "
              f"DOMContentLoaded {m['dom_content_loaded_s']:.2f}s, first paint "
              f"{m.get('first_paint_s', 0):.2f}s, first finding on screen "
              f"{m['first_finding_s']:.2f}s (target < 2), JS heap {m['js_heap_mb']:.0f} MB, "
              f"{m['dom_nodes']:.0f} nodes; to a finding's evidence {m['to_evidence_s']:.2f}s; "
              f"{m['console_errors']} console errors")  # fmt: skip


if __name__ == "__main__":
    main()
