"""Callpath as it runs in production, for benchmarks and load tests: a database built with the
management commands, gunicorn with production settings on a free port, and an HTTP client that
logs in through the real login form.

Requests carry `X-Forwarded-Proto: https`, as they would behind the TLS-terminating proxy the
production settings expect, so secure cookies and the CSRF origin checks work over plain HTTP
on the loopback.
"""

import http.client
import os
import re
import secrets
import signal
import socket
import subprocess
import sys
import time
from http.cookies import SimpleCookie
from pathlib import Path
from urllib.parse import urlencode

REPO = Path(__file__).resolve().parents[2]
VAR = REPO / "var"


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def production_env(var_dir, database_url=None):
    """The environment of a production process using `var_dir` (and `database_url`)."""
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "callpath.settings.production",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "DEBUG": "0",
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "SECURE_SSL_REDIRECT": "0",
        "CALLPATH_VAR_DIR": str(var_dir),
        "LOG_LEVEL": "WARNING",
    }
    env.pop("DATABASE_URL", None)
    if database_url:
        env["DATABASE_URL"] = database_url
    return env


def manage(env, *args):
    """Run `manage.py ARGS` in a child process; raises with its output if it fails."""
    result = subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
    )
    if result.returncode:
        raise SystemExit(f"manage.py {' '.join(args)} failed:\n{result.stdout}{result.stderr}")
    return result.stdout


def build_database(env, generate=()):
    """Migrate, collect static files, load the demo and generate `generate` bulk content."""
    Path(env["CALLPATH_VAR_DIR"]).mkdir(parents=True, exist_ok=True)
    manage(env, "migrate", "--noinput", "--verbosity", "0")
    manage(env, "collectstatic", "--noinput", "--verbosity", "0")
    manage(env, "load_demo", "--force")
    if generate:
        print(manage(env, "generate_content", *generate).strip())


class Gunicorn:
    """`with Gunicorn(env) as server:` serves Callpath on `server.port` until the block ends."""

    def __init__(self, env, workers=2):
        self.env = env
        self.workers = workers
        self.port = free_port()
        self.process = None

    def __enter__(self):
        self.process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "gunicorn",
                "callpath.wsgi",
                "--workers",
                str(self.workers),
                "--bind",
                f"127.0.0.1:{self.port}",
                "--log-level",
                "warning",
            ],
            cwd=REPO,
            env=self.env,
        )
        self.wait_until_healthy()
        return self

    def __exit__(self, *exc):
        self.process.send_signal(signal.SIGTERM)
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.process.kill()

    def wait_until_healthy(self, timeout=60):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise SystemExit(f"gunicorn exited with status {self.process.returncode}")
            try:
                if Client(self.port).get("/healthz").status == 200:
                    return
            except OSError:
                pass
            time.sleep(0.2)
        raise SystemExit(f"gunicorn did not answer /healthz within {timeout} s")

    def worker_pids(self):
        children = Path(f"/proc/{self.process.pid}/task/{self.process.pid}/children")
        return [int(pid) for pid in children.read_text().split()]

    def peak_worker_memory_mib(self):
        """The largest peak resident memory (VmHWM) among the workers, in MiB."""
        peaks = []
        for pid in self.worker_pids():
            status = Path(f"/proc/{pid}/status").read_text()
            peaks.append(int(re.search(r"VmHWM:\s+(\d+) kB", status).group(1)) / 1024)
        return max(peaks)


class Response:
    def __init__(self, status, headers, body):
        self.status = status
        self.headers = headers
        self.body = body


class Client:
    """A keep-alive HTTP client with a cookie jar, speaking to Callpath as the TLS proxy would."""

    def __init__(self, port):
        self.port = port
        self.origin = f"https://127.0.0.1:{port}"
        self.connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        self.cookies = {}

    def request(self, method, path, body=None, headers=None):
        headers = {
            "Host": f"127.0.0.1:{self.port}",
            "X-Forwarded-Proto": "https",
            **(headers or {}),
        }
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        try:
            self.connection.request(method, path, body=body, headers=headers)
            response = self.connection.getresponse()
        except (http.client.HTTPException, ConnectionError):
            # The server closed the kept-alive connection: open a new one, once.
            self.connection.close()
            self.connection.request(method, path, body=body, headers=headers)
            response = self.connection.getresponse()
        content = response.read()
        for header in response.headers.get_all("Set-Cookie") or []:
            for name, morsel in SimpleCookie(header).items():
                self.cookies[name] = morsel.value
        return Response(response.status, response.headers, content)

    def get(self, path):
        return self.request("GET", path)

    def post(self, path, fields):
        """POST a form with the CSRF token, as a browser on the site would."""
        data = {"csrfmiddlewaretoken": self.cookies.get("csrftoken", ""), **fields}
        return self.request(
            "POST",
            path,
            body=urlencode(data, doseq=True),
            headers={
                "Content-Type": "application/x-www-form-urlencoded",
                "Referer": f"{self.origin}{path}",
                "Origin": self.origin,
            },
        )

    def login(self, username, password):
        self.get("/login/")  # sets the CSRF cookie
        response = self.post("/login/", {"username": username, "password": password})
        if response.status != 302:
            raise SystemExit(f"Logging in as {username} answered {response.status}")
        return self
