"""JUnit XML: one test case per file, one failure per diagnostic at or above the failing severity."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from skilllint.diagnostics import Severity
from skilllint.report import ReportContext

# Characters XML 1.0 cannot carry at all, even escaped.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def clean(value: str) -> str:
    """``value`` with the characters XML forbids written as ``\\xNN`` / ``\\uNNNN``."""
    return _NOT_XML.sub(lambda m: f"\\x{ord(m.group()):02x}" if ord(m.group()) < 0x100 else f"\\u{ord(m.group()):04x}",
                        value)


def render(run, context: ReportContext) -> str:
    threshold = Severity(context.fail_on).rank
    suite = ET.Element("testsuite", name="skilllint")
    tests = failures = errors = 0
    for file_result in run.files:
        tests += 1
        case = ET.SubElement(suite, "testcase", classname="skilllint", name=clean(file_result.path),
                             file=clean(file_result.path))
        below = []
        for d in file_result.diagnostics:
            location = f"{d.path}:{d.line}:{d.column}"
            if d.code == "SL001":
                element = ET.SubElement(case, "error", type=d.code, message=clean(f"{d.code} {d.message}"))
                element.text = clean(f"{location}: {d.code} {d.message} [{d.name}]")
            elif d.severity.rank >= threshold:
                element = ET.SubElement(case, "failure", type=d.code, message=clean(f"{d.code} {d.message}"))
                element.text = clean(f"{location}: {d.code} {d.severity.value}: {d.message} [{d.name}]")
            else:
                below.append(clean(f"{location}: {d.code} {d.severity.value}: {d.message} [{d.name}]"))
        if any(child.tag == "error" for child in case):
            errors += 1
        elif any(child.tag == "failure" for child in case):
            failures += 1
        if below:
            ET.SubElement(case, "system-out").text = "\n".join(below)
    for key, value in (("tests", tests), ("failures", failures), ("errors", errors), ("skipped", 0)):
        suite.set(key, str(value))
    root = ET.Element("testsuites", name="skilllint", tests=str(tests), failures=str(failures), errors=str(errors))
    root.append(suite)
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"
