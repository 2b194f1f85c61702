"""Start the real ``klarlint serve`` on a free 127.0.0.1 port for a test, and stop it afterwards."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
START_TIMEOUT = 180.0  # seconds: each worker loads the model; the machine may be busy


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass
class Server:
    url: str
    process: subprocess.Popen
    log: Path

    def client(self, **kwargs) -> httpx.Client:
        """An HTTP client for this server only (no proxy from the environment)."""
        return httpx.Client(base_url=self.url, trust_env=False, timeout=kwargs.pop("timeout", 120.0), **kwargs)

    def output(self) -> str:
        return self.log.read_text(encoding="utf-8", errors="replace")


@contextmanager
def running_server(tmp_dir: Path, *args: str, env: dict[str, str] | None = None) -> Iterator[Server]:
    """``klarlint serve --port P ARGS`` as a subprocess in ``tmp_dir``, once /health answers."""
    port = free_port()
    log = tmp_dir / f"serve-{port}.log"
    environment = {**os.environ, "NO_PROXY": "127.0.0.1,localhost", **(env or {})}
    with log.open("wb") as out:
        process = subprocess.Popen(
            [sys.executable, "-c", "from klarlint.cli import main; main()", "serve", "--port", str(port), *args],
            cwd=tmp_dir,
            stdout=out,
            stderr=subprocess.STDOUT,
            env=environment,
            start_new_session=True,  # its worker processes go with it when the test stops it
        )
    server = Server(f"http://127.0.0.1:{port}", process, log)
    try:
        wait_until_up(server)
        yield server
    finally:
        stop(process)


def wait_until_up(server: Server) -> None:
    deadline = time.monotonic() + START_TIMEOUT
    with httpx.Client(trust_env=False, timeout=2.0) as client:
        while time.monotonic() < deadline:
            if server.process.poll() is not None:
                raise RuntimeError(f"klarlint serve exited with {server.process.returncode}:\n{server.output()}")
            try:
                if client.get(f"{server.url}/health").status_code == 200:
                    return
            except httpx.TransportError:
                pass
            time.sleep(0.2)
    raise RuntimeError(f"klarlint serve did not answer within {START_TIMEOUT} s:\n{server.output()}")


def stop(process: subprocess.Popen) -> None:
    if process.poll() is None:
        os.killpg(process.pid, signal.SIGINT)  # its own process group (start_new_session): uvicorn and its workers
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=10)
