"""JUnit XML: one test case per rule and group of documents; findings at or above the
threshold are failures, the others (suppressed ones too) pass with their messages as
output, in a failing test case as well.

Each input the run skipped is a test case of its own (classname ``crosscheck.inputs``,
named by the input), skipped with the line stderr gave for it; a failure instead when the
run's exit code fails it for its inputs (3: --strict; 5: nothing checked), so that a CI
reading only this file fails when the exit code does. A run that checked nothing (exit 5)
adds a test case in error (``crosscheck.run``): without it, a run that read no article
would be a suite of no test, or of skipped ones, which dashboards show as green."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from crosscheck.model import Finding, RunResult
from crosscheck.report.oneline import failed_on_inputs, skipped_line, unchecked_line

ORDER = {"info": 0, "warning": 1, "error": 2}


def to_junit(result: RunResult, fail_on: str, suppressed: set[str] | None = None) -> str:
    suppressed = suppressed or set()
    cases: dict[tuple[str, str], list[Finding]] = {}
    for f in result.findings:
        docs = " + ".join(sorted({e["document"] for e in f.evidence.get("claims", [])}))
        cases.setdefault((f.rule, docs), []).append(f)
    failures = 0
    suite = ET.Element("testsuite", name="crosscheck")
    for (rule, docs), findings in sorted(cases.items()):
        case = ET.SubElement(suite, "testcase", classname=f"crosscheck.{rule}", name=docs or rule)
        failing: list[Finding] = []
        passing: list[Finding] = []
        for f in findings:
            fails = f.id not in suppressed and fail_on != "never"
            (failing if fails and ORDER[f.severity] >= ORDER[fail_on] else passing).append(f)
        if failing:
            failures += 1
            el = ET.SubElement(
                case, "failure", message=failing[0].message[:500], type=failing[0].severity
            )
            el.text = "\n".join(
                f"[{f.severity}] {f.message}" + (f" [{w}]" if (w := f.latest_words()) else "")
                for f in failing
            )
        # the rest pass with their messages as output, in a failing case too: a suppressed
        # finding (or one below the threshold) beside a failing one of its rule and
        # documents was in no part of the file
        if passing:
            out = ET.SubElement(case, "system-out")
            out.text = "\n".join(
                f"[{f.severity}{', suppressed' if f.id in suppressed else ''}] {f.message}"
                for f in passing
            )
    skipped = errors = 0
    for s in result.skipped:
        case = ET.SubElement(suite, "testcase", classname="crosscheck.inputs", name=s.path)
        line = skipped_line(s)
        if failed_on_inputs(result):
            failures += 1
            ET.SubElement(case, "failure", message=line, type="skipped-input").text = line
        else:
            skipped += 1
            ET.SubElement(case, "skipped", message=line)
    if (unchecked := unchecked_line(result)) is not None:
        errors += 1
        case = ET.SubElement(
            suite, "testcase", classname="crosscheck.run", name="some article checked"
        )
        ET.SubElement(case, "error", message=unchecked, type="nothing-checked").text = unchecked
    suite.set("tests", str(len(cases) + len(result.skipped) + errors))
    suite.set("failures", str(failures))
    suite.set("errors", str(errors))
    suite.set("skipped", str(skipped))
    suites = ET.Element("testsuites")
    suites.append(suite)
    for el in suites.iter():  # what XML 1.0 cannot carry, from file names or article text
        el.attrib.update({k: xml_safe(v) for k, v in el.attrib.items()})
        if el.text:
            el.text = xml_safe(el.text)
    return ET.tostring(suites, encoding="unicode", xml_declaration=True) + "\n"


# Characters XML 1.0 does not allow at all, even escaped (control characters but tab, new
# line and carriage return; lone surrogates; U+FFFE and U+FFFF).
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def xml_safe(text: str) -> str:
    """``text`` with the characters XML cannot carry written as \\xNN / \\uNNNN."""
    if not _NOT_XML.search(text):
        return text
    return _NOT_XML.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), text)
