"""axe-core in the browser tests: the copy bundled in the axe-playwright-python wheel (installed by `make
test` from requirements-dev.txt), so nothing is downloaded while the tests run."""

from axe_playwright_python.sync_playwright import Axe

# WCAG 2.1 A and AA, and axe's best practices (landmarks, one main, headings in order ...).
RUN_ONLY = {
    "runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]}
}


def axe_violations(page):
    """``[(rule id, impact, [element selectors])]`` for everything axe finds wrong on ``page``."""
    results = Axe().run(page, options={**RUN_ONLY, "resultTypes": ["violations"]})
    return [
        (violation["id"], violation["impact"], [node["target"] for node in violation["nodes"]][:5])
        for violation in results.response["violations"]
    ]
