"""Writers of a run's results: report.json, report.html, SARIF, JUnit and text."""

# The one list of the files the writers put into --out, by format (report.html of a large
# run also has the folder FOLDER, replaced as a whole).
FILE_NAMES = {
    "json": "report.json",
    "html": "report.html",
    "sarif": "report.sarif",
    "junit": "report.junit.xml",
}
FOLDER = "report-files"
# What the last run wrote into --out: each report file's name and the SHA-256 of what was
# written (crosscheck.report.outputs), so that a later run that does not write one removes
# it only when it is that run's file, unchanged.
MANIFEST = ".crosscheck-outputs.json"
