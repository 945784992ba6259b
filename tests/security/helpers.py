"""Checks that a piece of HTML (or XML) carries nothing a browser would run."""

import re

from bs4 import BeautifulSoup

SCRIPT_URL = re.compile(r"^\s*(javascript|vbscript|data):", re.IGNORECASE)


def active_markup(html):
    """Every element in `html` that would run code: script elements, on* handlers, and
    javascript: URLs. Text that merely reads "<script>" (escaped) is not markup."""
    found = []
    for element in BeautifulSoup(html, "html.parser").find_all(True):
        own_script = element.name == "script" and str(element.get("src", "")).startswith("/static/")
        if element.name in {"script", "iframe", "object", "embed"} and not own_script:
            found.append(str(element)[:80])
        for name, value in element.attrs.items():
            if name.lower().startswith("on"):
                found.append(f"<{element.name} {name}=...>")
            if name.lower() in {"href", "src", "action", "formaction", "xlink:href"}:
                values = value if isinstance(value, list) else [value]
                if any(SCRIPT_URL.match(item) for item in values):
                    found.append(f"<{element.name} {name}={value!r}>")
    return found
