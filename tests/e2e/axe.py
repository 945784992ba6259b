"""Accessibility checks with axe-core (the npm package, installed by `npm ci`).

`audit(page)` runs every axe rule on the page as it is and returns the violations that would
stop someone from using it: impact "serious" or "critical". `describe()` turns them into a
message that names the rule, its impact, what it asks for and the elements at fault.
"""

import os
from pathlib import Path

import pytest

AXE_JS = Path(__file__).resolve().parents[2] / "node_modules" / "axe-core" / "axe.min.js"
BLOCKING = ("serious", "critical")


def require_axe():
    """Skip (or, when browsers are required, fail) without the axe-core package."""
    if not AXE_JS.exists():
        reason = f"axe-core is not installed ({AXE_JS} missing): run npm ci"
        if os.environ.get("CALLPATH_REQUIRE_BROWSER"):
            pytest.fail(reason)
        pytest.skip(reason)


def new_context(browser, base_url):
    """A browser context axe can be injected into. The site's Content-Security-Policy allows
    only its own script files, so an injected inline script would be refused; bypass_csp lets
    the test add axe without loosening the policy the site actually sends."""
    return browser.new_context(base_url=base_url, bypass_csp=True)


def audit(page):
    """axe's serious and critical violations on the current page, as axe reports them."""
    if not page.evaluate("typeof window.axe !== 'undefined'"):
        page.add_script_tag(path=str(AXE_JS))
    results = page.evaluate(
        """async () => {
            const results = await axe.run(document, {resultTypes: ["violations"]});
            return results.violations;
        }"""
    )
    return [v for v in results if v["impact"] in BLOCKING]


def describe(violations):
    """One line per rule, then one indented line per offending element."""
    lines = []
    for violation in violations:
        lines.append(
            f"{violation['id']} ({violation['impact']}): {violation['help']} "
            f"[{violation['helpUrl']}]"
        )
        for node in violation["nodes"]:
            target = " ".join(str(part) for part in node["target"])
            html = shorten(node.get("html", ""), 160)
            summary = shorten(node.get("failureSummary", ""), 300)
            lines.append(f"    {target}: {html}")
            if summary:
                lines.append(f"        {summary}")
    return "\n".join(lines)


def shorten(text, width):
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"
