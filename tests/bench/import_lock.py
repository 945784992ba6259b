"""How long a login waits while `import_guides` writes 300 guides.

    .venv/bin/python -m tests.bench.import_lock [--files 300] [--var DIR]

Builds the demo deployment (or reuses --var), writes N guide files, serves the site with
gunicorn (production settings, SQLite), starts the import in its own process and logs in
through the real login form again and again until the import ends. Prints the import's
time and the logins' longest and median wait, and any login that did not succeed.
"""

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from tests.bench.server import REPO, Client, Gunicorn, build_database, production_env
from tests.faults.guide_files import write_guides


def log_in(port):
    """(seconds, status) of one login through the form, from a fresh browser."""
    client = Client(port)
    client.get("/login/")
    started = time.monotonic()
    response = client.post("/login/", {"username": "operator", "password": "demo"})
    return time.monotonic() - started, response.status


def logins_during_import(env, port, folder):
    """Log in until the import ends; return (import seconds, [(seconds, status)], output)."""
    started = time.monotonic()
    importer = subprocess.Popen(
        [sys.executable, "manage.py", "import_guides", str(folder)],
        cwd=REPO,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    logins = []
    while importer.poll() is None:
        logins.append(log_in(port))
    output = importer.stdout.read()
    return time.monotonic() - started, logins, output, importer.returncode


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=300)
    parser.add_argument("--var", type=Path, help="a built deployment to reuse (it is changed)")
    args = parser.parse_args()
    var = args.var or Path(tempfile.mkdtemp(prefix="import-lock-"))
    env = production_env(var)
    if not (var / "callpath.sqlite3").exists():
        build_database(env)
    folder = write_guides(Path(tempfile.mkdtemp(prefix="guides-")), args.files)
    with Gunicorn(env) as server:
        log_in(server.port)  # warm up the workers
        seconds, logins, output, status = logins_during_import(env, server.port, folder)
    waits = [wait for wait, _ in logins]
    failed = [code for _, code in logins if code != 302]
    print(f"import of {args.files} files: {seconds:.1f} s, exit status {status}")
    print(output.strip().splitlines()[-1] if output.strip() else "(no output)")
    print(
        f"logins during the import: {len(logins)}, longest wait {max(waits):.2f} s, "
        f"median {statistics.median(waits):.2f} s, failed: {len(failed)} {sorted(set(failed))}"
    )


if __name__ == "__main__":
    main()
