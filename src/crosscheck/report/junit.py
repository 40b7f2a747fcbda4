"""JUnit XML: one test case per rule and group of documents; findings at or above the
threshold are failures, the others pass with their messages as output."""

from __future__ import annotations

import re
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
            el.text = "\n".join(
                f"[{f.severity}] {f.message}" + (f" [{w}]" if (w := f.latest_words()) else "")
                for f in failing
            )
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
