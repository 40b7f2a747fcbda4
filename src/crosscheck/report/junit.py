"""JUnit XML: one test case per rule and group of documents; findings at or above the
threshold are failures, the others pass with their messages as output."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from crosscheck.model import Finding, RunResult

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
        failing = [
            f
            for f in findings
            if f.id not in suppressed and fail_on != "never" and ORDER[f.severity] >= ORDER[fail_on]
        ]
        if failing:
            failures += 1
            el = ET.SubElement(
                case, "failure", message=failing[0].message[:500], type=failing[0].severity
            )
            el.text = "\n".join(f"[{f.severity}] {f.message}" for f in failing)
        else:
            out = ET.SubElement(case, "system-out")
            out.text = "\n".join(
                f"[{f.severity}{', suppressed' if f.id in suppressed else ''}] {f.message}"
                for f in findings
            )
    suite.set("tests", str(len(cases)))
    suite.set("failures", str(failures))
    suite.set("errors", "0")
    suites = ET.Element("testsuites")
    suites.append(suite)
    return ET.tostring(suites, encoding="unicode", xml_declaration=True) + "\n"
