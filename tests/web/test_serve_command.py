"""``eventwire serve``: registered on the CLI, and started for real as a user would."""
from __future__ import annotations

import os
import subprocess
import sys
import time

from typer.testing import CliRunner

from .conftest import free_port


def test_serve_is_a_cli_command_with_its_options():
    from eventwire.cli import app
    out = CliRunner().invoke(app, ["serve", "--help"], env={"COLUMNS": "200"})
    assert out.exit_code == 0
    for option in ("--db", "--host", "--port"):
        assert option in out.output
    assert "127.0.0.1" in out.output and "8000" in out.output


def test_serve_reads_the_token_from_the_environment(tmp_path):
    import httpx
    port = free_port()
    env = {**os.environ, "EVENTWIRE_TOKEN": "from-env"}
    proc = subprocess.Popen([sys.executable, "-m", "eventwire.cli", "serve", "--db",
                             str(tmp_path / "served.db"), "--port", str(port)], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        deadline, info = time.monotonic() + 60, None
        while time.monotonic() < deadline and info is None:
            assert proc.poll() is None, proc.stderr.read().decode()
            try:
                info = httpx.get(f"http://127.0.0.1:{port}/api/info").json()
            except httpx.TransportError:
                time.sleep(0.2)
        assert info == {**info, "read_only": False} and info["counts"]["articles"] == 0
        r = httpx.post(f"http://127.0.0.1:{port}/api/articles", json={"text": "x"},
                       headers={"Authorization": "Bearer wrong"})
        assert r.status_code == 401
        assert "script-src 'self'" in httpx.get(f"http://127.0.0.1:{port}/").headers["content-security-policy"]
    finally:
        proc.terminate()
        proc.wait(10)
