import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parent.parent


def require_service(name, error):
    """Skip, saying why, when a service is down; fail instead where it is required."""
    message = f"{name} is not reachable: {error}"
    if os.environ.get("CALLPATH_REQUIRE_SERVICES") == "1":
        pytest.fail(f"{message} (CALLPATH_REQUIRE_SERVICES=1)")
    pytest.skip(message)


def run_manage(args, **env):
    """Run `manage.py ARGS` in a fresh process with extra environment variables."""
    full_env = {**os.environ, **env}
    # Set for the browser tests only; Django's deploy check rightly rejects it.
    full_env.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=REPO_ROOT,
        env=full_env,
        capture_output=True,
        text=True,
        timeout=120,
    )
