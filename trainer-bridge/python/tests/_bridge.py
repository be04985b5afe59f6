"""One live bridge for the whole test run: ``java -jar $BOOTCAMP_JAR serve --port 0``, started on first use and
stopped when the interpreter exits. Tests that need it call :func:`url`, which skips (with the reason) when the jar
or java is missing, and fails instead under ``CI=true`` (:func:`missing`), so CI cannot go green having tested
nothing."""

from __future__ import annotations

import atexit
import functools
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
PACKAGE_ROOT = os.path.dirname(HERE)
REPO_ROOT = os.path.dirname(os.path.dirname(PACKAGE_ROOT))
DEFAULT_JAR = os.path.join(REPO_ROOT, "cli", "target", "bootcamp.jar")

if PACKAGE_ROOT not in sys.path:
    sys.path.insert(0, PACKAGE_ROOT)

_LISTENING = re.compile(r"listening on (http://\S+)")
_lock = threading.Lock()
_state = {"url": None, "process": None, "skip": None, "log": []}


def in_ci() -> bool:
    """Whether this is a CI run (``CI=true``, as CI services and ``.ci/run`` set it)."""
    return os.environ.get("CI", "").strip().lower() in ("true", "1", "yes")


def missing(reason: str):
    """A prerequisite is missing: skip on a developer's machine, fail under CI, where a skip would hide that a test
    never ran."""
    if in_ci():
        raise AssertionError(f"CI=true, and a prerequisite of this test is missing: {reason}")
    raise unittest.SkipTest(reason)


def requires(available: bool, reason: str):
    """Like ``unittest.skipUnless(available, reason)`` for a class or a test, but a failure under CI."""
    if available:
        return lambda item: item
    if not in_ci():
        return unittest.skip(reason)

    def fail(item):
        if isinstance(item, type):
            item.setUpClass = classmethod(lambda cls: missing(reason))
            return item

        @functools.wraps(item)
        def failing(*args, **kwargs):
            missing(reason)
        return failing
    return fail


def jar_path() -> str:
    return os.environ.get("BOOTCAMP_JAR", DEFAULT_JAR)


def url() -> str:
    with _lock:
        if _state["url"]:
            return _state["url"]
        if _state["skip"]:
            missing(_state["skip"])
        jar = jar_path()
        if not os.path.isfile(jar):
            _state["skip"] = (f"no bridge jar at {jar}: build it (mvn -pl cli -am package) or point BOOTCAMP_JAR "
                              f"at one")
            missing(_state["skip"])
        java = shutil.which("java")
        if java is None:
            _state["skip"] = "java is not on PATH; the live-bridge tests need Java 17"
            missing(_state["skip"])
        state_dir = tempfile.mkdtemp(prefix="bootcamp-bridge-test-")
        process = subprocess.Popen(
            [java, "-jar", jar, "serve", "--port", "0", "--curriculum-state", os.path.join(state_dir, "curriculum.json")],
            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        _state["process"] = process
        atexit.register(_stop)
        found = threading.Event()

        def read() -> None:
            for line in process.stderr:
                _state["log"].append(line.rstrip())
                match = _LISTENING.search(line)
                if match and not found.is_set():
                    _state["url"] = match.group(1)
                    found.set()

        threading.Thread(target=read, name="bridge-stderr", daemon=True).start()
        deadline = time.monotonic() + float(os.environ.get("BOOTCAMP_BRIDGE_START_TIMEOUT", "180"))
        while not found.wait(0.2):
            if process.poll() is not None or time.monotonic() > deadline:
                _stop()
                tail = "\n".join(_state["log"][-20:])
                raise RuntimeError(f"the bridge did not start (exit code {process.poll()}); its stderr:\n{tail}")
        return _state["url"]


def _stop() -> None:
    process = _state.get("process")
    if process is not None and process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
    if process is not None and process.stderr is not None:
        process.stderr.close()
