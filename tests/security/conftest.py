import pytest

from tests.e2e.conftest import browser, log_in_as, page  # noqa: F401  (Chromium, for CSP tests)
from tests.kb.conftest import make_guide, make_news  # noqa: F401  (shared with the kb tests)

# Real payloads: a script element, an event handler on a broken image, a javascript: link,
# and an attribute break-out into an SVG with an onload handler.
HOSTILE = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    '<a href="javascript:alert(1)">click</a>',
    '"><svg onload=alert(1)>',
]


@pytest.fixture
def hostile():
    return HOSTILE
