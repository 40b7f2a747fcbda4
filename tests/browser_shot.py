"""Screenshot of a report in the distribution's headless Chromium: `make screenshot`."""

from __future__ import annotations

import sys
from pathlib import Path

from playwright.sync_api import sync_playwright

CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--no-first-run", "--disable-sync",
]  # fmt: skip


def main(report: str, out: str) -> None:
    """The top of the report into OUT; beside it (for the manual's "Reading the report"),
    OUT-finding.png (the first finding) and OUT-compare.png (the first two articles
    compared)."""
    target = Path(out)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1200, "height": 1500})
        page.goto(Path(report).resolve().as_uri())
        page.screenshot(path=out, full_page=False)
        page.locator("li.finding").first.screenshot(path=_beside(target, "finding"))
        options = page.locator("#diff-left option").evaluate_all("os => os.map(o => o.value)")
        docs = [o for o in options if o]
        if len(docs) >= 2:
            page.select_option("#diff-left", docs[0])
            page.select_option("#diff-right", docs[1])
            page.locator("#diff-table").screenshot(path=_beside(target, "compare"))
        browser.close()


def _beside(path: Path, name: str) -> str:
    return str(path.with_name(f"{path.stem}-{name}{path.suffix}"))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
