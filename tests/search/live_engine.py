"""A real search engine for the live tests: a single OpenSearch node on 127.0.0.1, started by
the test run, behind a small proxy that makes it answer like Elasticsearch 8.

Why OpenSearch: Elasticsearch 8's server modules (analysis-common, lang-painless) are not on
Maven Central, so it cannot be started from Maven artifacts; OpenSearch 2.19 can
(`tests/search/engine/`). Its REST API is Elasticsearch 7's, and the few differences the
Elasticsearch 8 client and our queries meet are bridged by `CompatProxy`, here in the tests
only — the application speaks plain Elasticsearch 8:

- the client's `application/vnd.elasticsearch+json; compatible-with=8` media types (and the
  x-ndjson one for bulk) become plain `application/json` / `application/x-ndjson`;
- answers get the `X-Elastic-Product: Elasticsearch` header the client insists on;
- the `pinned` query (an Elasticsearch feature) becomes a bool query that scores the pinned
  ids, in order, far above every organic hit.

The proxy also lets a test make the engine misbehave: drop connections, hang mid-request, or
run a callback (say, killing the node) when the next search arrives.

    engine = LiveEngine.start(tmp_dir)   # builds the launcher with Maven if needed
    engine.url                           # the proxy: give this to the Elasticsearch client
    engine.kill(); engine.restart()      # SIGKILL the node; start it on the same port and data
    engine.stop()
"""

import http.client
import json
import os
import shutil
import signal
import socket
import subprocess
import threading
import time
import urllib.request
from contextlib import contextmanager, suppress
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

ENGINE_DIR = Path(__file__).with_name("engine")
CLASSES = ENGINE_DIR / "target" / "classes"
CLASSPATH_FILE = ENGINE_DIR / "target" / "classpath.txt"
BUILT_STAMP = ENGINE_DIR / "target" / "launcher.built"  # touched after a successful build
MAIN_CLASS = "callpath.search.EmbeddedNode"
# Tests: a small heap and the quick first-tier compiler, so the node starts in seconds.
JAVA_OPTIONS = ["-Xms256m", "-Xmx512m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1"]
# Benchmarks: the JVM's defaults (G1, full JIT) as a server runs it, with a fixed 1 GB heap.
SERVER_JAVA_OPTIONS = ["-Xms1g", "-Xmx1g"]
BUILD_TIMEOUT = 900  # the first build downloads the OpenSearch jars
START_TIMEOUT = 90
STOP_TIMEOUT = 15
LOG_TAIL_LINES = 40
HANG_LIMIT = 30  # a hanging request is dropped after this many seconds at the latest


class EngineError(RuntimeError):
    """The embedded engine could not be built or started."""


def missing_tools():
    """The programs the embedded engine needs that are not on PATH."""
    return [tool for tool in ("java", "mvn") if not shutil.which(tool)]


def free_port():
    """A TCP port nobody listens on right now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


# -- the node ------------------------------------------------------------------------------


def launcher_is_built():
    """Built since the sources last changed. (A stamp, not the class files' times: Maven
    leaves up-to-date classes alone, so they can stay older than an edited pom.xml.)"""
    outputs = [BUILT_STAMP, CLASSES / "callpath" / "search" / "EmbeddedNode.class", CLASSPATH_FILE]
    sources = [ENGINE_DIR / "pom.xml", *ENGINE_DIR.glob("src/**/*.java")]
    if not all(path.exists() for path in outputs):
        return False
    return BUILT_STAMP.stat().st_mtime >= max(path.stat().st_mtime for path in sources)


def build_launcher():
    """Compile the launcher and resolve its classpath with Maven, unless already done."""
    if launcher_is_built():
        return
    command = ["mvn", "-q", "-B", "compile", "dependency:build-classpath"]
    try:
        done = subprocess.run(
            command, cwd=ENGINE_DIR, capture_output=True, text=True, timeout=BUILD_TIMEOUT
        )
    except subprocess.TimeoutExpired as error:
        raise EngineError(f"`{' '.join(command)}` took over {BUILD_TIMEOUT} s") from error
    if done.returncode != 0 or not CLASSPATH_FILE.exists():
        output = tail(done.stdout + done.stderr)
        raise EngineError(f"`{' '.join(command)}` in {ENGINE_DIR} failed:\n{output}")
    BUILT_STAMP.touch()


def java_command(port, home, java_options=JAVA_OPTIONS):
    classpath = f"{CLASSES}{os.pathsep}{CLASSPATH_FILE.read_text().strip()}"
    return ["java", *java_options, "-cp", classpath, MAIN_CLASS, str(port), str(home)]


def tail(text, lines=LOG_TAIL_LINES):
    return "\n".join(text.splitlines()[-lines:])


class Node:
    """One OpenSearch node process with its home (data, logs) in `home`."""

    def __init__(self, home, port, java_options=JAVA_OPTIONS):
        self.home = Path(home)
        self.port = port
        self.java_options = java_options
        self.url = f"http://127.0.0.1:{port}"
        self.log_path = self.home / "node.log"
        self.process = None

    def start(self):
        self.home.mkdir(parents=True, exist_ok=True)
        with self.log_path.open("ab") as log:
            # stdin stays open: the node stops when it closes, so it never outlives us.
            self.process = subprocess.Popen(
                java_command(self.port, self.home, self.java_options),
                stdin=subprocess.PIPE,
                stdout=log,
                stderr=subprocess.STDOUT,
            )
        self.wait_until_ready()

    def wait_until_ready(self):
        """Until the cluster answers with at least a yellow health (all primaries up)."""
        deadline = time.monotonic() + START_TIMEOUT
        health = f"{self.url}/_cluster/health?wait_for_status=yellow&timeout=1s"
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise EngineError(self.failure(f"exited with status {self.process.returncode}"))
            try:
                with urllib.request.urlopen(health, timeout=2) as answer:
                    if json.load(answer)["status"] in ("green", "yellow"):
                        return
            except (OSError, ValueError):
                pass
            time.sleep(0.2)
        self.kill()
        raise EngineError(self.failure(f"did not answer within {START_TIMEOUT} s"))

    def failure(self, what):
        log = self.log_path.read_text(errors="replace") if self.log_path.exists() else ""
        # The first exception names the cause; the tail is mostly its stack trace.
        cause = next((line for line in log.splitlines() if "Exception" in line), "")
        return f"The search engine on port {self.port} {what}. {cause}\nLog tail:\n{tail(log)}"

    def alive(self):
        return self.process is not None and self.process.poll() is None

    def kill(self):
        """SIGKILL: the engine vanishes as in a crash, with no clean shutdown."""
        if self.alive():
            self.process.send_signal(signal.SIGKILL)
            self.process.wait()

    def stop(self):
        """Close stdin (the node shuts down cleanly), then escalate if it lingers."""
        if not self.alive():
            return
        self.process.stdin.close()
        try:
            self.process.wait(STOP_TIMEOUT)
        except subprocess.TimeoutExpired:
            self.process.terminate()
            try:
                self.process.wait(STOP_TIMEOUT)
            except subprocess.TimeoutExpired:
                self.kill()


# -- the compatibility proxy ----------------------------------------------------------------

MEDIA_TYPES = {
    "application/vnd.elasticsearch+json": "application/json",
    "application/vnd.elasticsearch+x-ndjson": "application/x-ndjson",
}
# Pinned ids score this much (times their rank from the bottom) above any organic score.
PIN_BOOST = 1_000_000
HOP_BY_HOP = {"connection", "keep-alive", "transfer-encoding", "content-length"}


def plain_media_type(value):
    """`application/vnd.elasticsearch+json; compatible-with=8` → `application/json`."""
    mime = value.split(";", 1)[0].strip()
    return MEDIA_TYPES.get(mime, value)


def without_pinned(query):
    """The request body with every `pinned` query rewritten into an equivalent bool query."""
    if isinstance(query, list):
        return [without_pinned(item) for item in query]
    if not isinstance(query, dict):
        return query
    if set(query) == {"pinned"}:
        return pinned_as_bool(query["pinned"])
    return {key: without_pinned(value) for key, value in query.items()}


def pinned_as_bool(pinned):
    """Elasticsearch's `pinned`: the ids first, in order, then the organic hits by score."""
    ids = pinned["ids"]
    pins = [
        {"constant_score": {"filter": {"ids": {"values": [id_]}}, "boost": PIN_BOOST * rank}}
        for id_, rank in zip(ids, range(len(ids), 0, -1), strict=True)
    ]
    organic = without_pinned(pinned["organic"])
    return {"bool": {"should": [organic, *pins], "minimum_should_match": 1}}


def compatible_body(path, body):
    if not body or "_search" not in path:
        return body
    return json.dumps(without_pinned(json.loads(body))).encode()


class ProxyHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive, as between the client and a real cluster
    # Headers and body go out in two writes: with Nagle's algorithm the body waited for the
    # client's delayed ACK of the headers, ~40 ms on every kept-alive request.
    disable_nagle_algorithm = True

    def do_GET(self):
        self.forward()

    do_POST = do_PUT = do_DELETE = do_HEAD = do_GET

    def forward(self):
        proxy = self.server.proxy
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        if proxy.fault == "drop":
            return self.drop()
        if proxy.fault == "hang":
            proxy.released.wait(HANG_LIMIT)
            return self.drop()
        if "_search" in self.path:
            proxy.run_search_callback()
        try:
            status, headers, answer = proxy.ask_upstream(
                self.command, self.path, self.upstream_headers(), compatible_body(self.path, body)
            )
        except OSError:
            return self.drop()  # the node is gone: so is the client's connection
        self.send_response(status)
        for name, value in headers:
            if name.lower() not in HOP_BY_HOP:
                self.send_header(name, value)
        self.send_header("X-Elastic-Product", "Elasticsearch")
        self.send_header("Content-Length", str(len(answer)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(answer)

    def upstream_headers(self):
        headers = {}
        for name, value in self.headers.items():
            if name.lower() in ("content-type", "accept"):
                value = plain_media_type(value)
            if name.lower() not in ("connection", "host", "content-length"):
                headers[name] = value
        return headers

    def drop(self):
        """Close the connection without an answer, as a crashed or partitioned node would."""
        self.close_connection = True
        with suppress(OSError):  # the client may have gone already
            self.connection.shutdown(socket.SHUT_RDWR)

    def log_message(self, format, *args):
        pass  # quiet: failures show in the tests


class CompatProxy:
    """A threaded HTTP server on 127.0.0.1 forwarding to `upstream` (see the module doc)."""

    def __init__(self, upstream_port):
        self.upstream_port = upstream_port
        self.fault = None  # None | "drop" | "hang"
        self.released = threading.Event()
        self.search_callback = None
        self.lock = threading.Lock()
        self.server = ThreadingHTTPServer(("127.0.0.1", free_port()), ProxyHandler)
        self.server.daemon_threads = True
        self.server.proxy = self
        self.url = f"http://127.0.0.1:{self.server.server_port}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def start(self):
        self.thread.start()

    def stop(self):
        self.released.set()
        self.server.shutdown()
        self.server.server_close()

    def ask_upstream(self, method, path, headers, body):
        connection = http.client.HTTPConnection("127.0.0.1", self.upstream_port, timeout=120)
        try:
            connection.request(method, path, body=body or None, headers=headers)
            answer = connection.getresponse()
            return answer.status, answer.getheaders(), answer.read()
        finally:
            connection.close()

    def run_search_callback(self):
        """Run (once) what a test asked to happen when the next search arrives."""
        with self.lock:
            callback, self.search_callback = self.search_callback, None
        if callback:
            callback()

    @contextmanager
    def failing(self, fault):
        """Within the block every request is dropped ("drop") or held until the block ends
        and then dropped ("hang")."""
        self.released.clear()
        self.fault = fault
        try:
            yield
        finally:
            self.fault = None
            self.released.set()


# -- both together ----------------------------------------------------------------------------


class LiveEngine:
    """The node and its proxy; `url` is what the application's client should use."""

    def __init__(self, node, proxy):
        self.node = node
        self.proxy = proxy
        self.url = proxy.url

    @classmethod
    def start(cls, workdir, java_options=JAVA_OPTIONS):
        build_launcher()
        node = Node(Path(workdir) / "node", free_port(), java_options)
        node.start()
        proxy = CompatProxy(node.port)
        proxy.start()
        return cls(node, proxy)

    def kill(self):
        self.node.kill()

    def restart(self):
        """Start the node again on the same port and data (after `kill()` or `stop()`)."""
        self.node.stop()
        self.node.start()

    def stop(self):
        self.proxy.stop()
        self.node.stop()
