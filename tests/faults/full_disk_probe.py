"""Run by tests/faults/test_full_disk.py in its own process, on a disk that is then filled.

`python -m tests.faults.full_disk_probe DISK`: logs the demo operator and lead in (sessions in
the database, pages in the file cache; both under CALLPATH_VAR_DIR, which is on DISK), fills
DISK to the last byte, then reads pages as each of them and asks /healthz. Prints one JSON
object: {"filled": bytes, "pages": {"user path": status}, "healthz": [status, body]}.
"""

import json
import sys
from pathlib import Path

OPERATOR_PAGES = ["/", "/news/", "/guides/", "/progress/operator/", "/search/?q=refund"]
LEAD_PAGES = ["/", "/team/", "/progress/operator/", "/admin/", "/admin/reports/kb/receipts/"]


def fill(disk):
    """Write zeros to a file on `disk` until it is full; return the bytes written."""
    written = 0
    block = b"\0" * 4096
    with open(Path(disk) / "filler", "wb", buffering=0) as filler:
        while True:
            try:
                written += filler.write(block)
            except OSError:
                return written


def main(disk):
    import django

    django.setup()
    from django.contrib.auth import get_user_model
    from django.test import Client

    from kb.models import GuidePage, NewsPage

    pages = {
        "operator": [
            *OPERATOR_PAGES,
            GuidePage.objects.live().first().url,
            NewsPage.objects.live().first().url,
        ],
        "lead": LEAD_PAGES,
    }
    clients = {}
    for username in pages:
        clients[username] = Client(HTTP_HOST="localhost", raise_request_exception=False)
        clients[username].force_login(get_user_model().objects.get(username=username))
        clients[username].get("/")  # the cache holds what this page needs
    filled = fill(disk)
    statuses = {
        f"{username} {path}": clients[username].get(path, secure=True).status_code
        for username, paths in pages.items()
        for path in paths
    }
    health = clients["operator"].get("/healthz", secure=True)
    print(
        json.dumps(
            {
                "filled": filled,
                "pages": statuses,
                "healthz": [health.status_code, health.content.decode()],
            }
        )
    )


if __name__ == "__main__":
    main(sys.argv[1])
