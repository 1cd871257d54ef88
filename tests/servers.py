"""Starting and stopping a real gunicorn in the slow tests (load, database outage)."""

import os
import signal
import socket
import subprocess
import time
import urllib.request
from pathlib import Path

import pytest


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_until_serving(
    server: subprocess.Popen, base: str, *, seconds: float = 15, log: Path | None = None
) -> None:
    """Return once gunicorn answers /healthz/; fail the test if it exits or never answers."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if server.poll() is not None:
            tail = log.read_text()[-2000:] if log else ""
            pytest.fail(f"gunicorn exited: {tail}")
        try:
            urllib.request.urlopen(base + "/healthz/", timeout=1).close()
            return
        except OSError:
            time.sleep(0.1)
    pytest.fail(f"gunicorn did not answer within {seconds:g} seconds")


def stop_server(server: subprocess.Popen, *, process_group: bool = False, timeout: float = 10):
    """SIGTERM (to the whole group if gunicorn was started in a new session), then SIGKILL."""
    if server.poll() is not None:
        return

    def send(sig):
        if process_group:
            os.killpg(server.pid, sig)
        else:
            server.send_signal(sig)

    send(signal.SIGTERM)
    try:
        server.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        send(signal.SIGKILL)
        server.wait()
