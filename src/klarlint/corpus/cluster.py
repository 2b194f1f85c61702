"""A Dask client: connected to an existing cluster, or to a local one started on 127.0.0.1.

The local cluster has one single-threaded worker process per core: linting is
CPU-bound Python, so threads would only contend for the GIL, and separate
processes are also what a worker on another machine is.
"""

from __future__ import annotations

import contextlib
import logging
import os
import signal
import socket
import subprocess
import sys
from collections.abc import Iterator

from klarlint.errors import KlarlintError, os_reason
from klarlint.runner import available_cores

CONNECT_TIMEOUT = "20s"


def _reason(exc: BaseException) -> str:
    """Why Dask could not connect, in Swedish (its own words are English)."""
    if isinstance(exc, ValueError):  # Dask parses the address before it tries it
        text = str(exc)
        if "missing port" in text:
            return "adressen saknar port, till exempel tcp://10.0.0.5:8786"
        if "scheme" in text:
            return "okänt protokoll i adressen; använd tcp://, tls://, ws:// eller wss://"
        return "ogiltig adress"
    if isinstance(exc, TimeoutError) or "Timed out" in str(exc):
        return f"ingen svarade inom {CONNECT_TIMEOUT.removesuffix('s')} sekunder"
    if isinstance(exc, ConnectionRefusedError):
        return "anslutningen nekades: ingen Dask-schemaläggare lyssnar på den porten"
    if isinstance(exc, socket.gaierror):
        return "datorns namn är okänt"
    return os_reason(exc) if isinstance(exc, OSError) and exc.errno else "anslutningen misslyckades"


@contextlib.contextmanager
def connect(scheduler: str | None = None, workers: int | None = None) -> Iterator:
    """A :class:`distributed.Client` for the run; a local cluster is closed again afterwards."""
    from distributed import Client

    _quiet()
    if scheduler is not None:
        try:
            _reachable(scheduler)
            client = Client(scheduler, timeout=CONNECT_TIMEOUT)
        except (OSError, TimeoutError, ValueError) as exc:
            raise KlarlintError(f"kan inte ansluta till Dask-klustret {scheduler} ({_reason(exc)})") from None
        with client:
            yield client
        return
    if workers is not None and workers < 1:
        raise KlarlintError(f"--workers ska vara minst 1 (fick {workers})")
    with (
        local_cluster_address(workers or available_cores()) as address,
        Client(address, timeout=CONNECT_TIMEOUT) as client,
    ):
        yield client


def _reachable(scheduler: str) -> None:
    """Raises the OSError of a TCP connection to a ``tcp://`` scheduler: Dask's own Client retries a refused
    connection for the whole timeout, so nothing listening had taken 20 seconds to say."""
    from distributed.comm import parse_address, parse_host_port

    protocol, location = parse_address(scheduler)
    if protocol != "tcp":
        return
    host, port = parse_host_port(location)  # ValueError without a port: said by _reason
    with socket.create_connection((host, port), timeout=float(CONNECT_TIMEOUT.removesuffix("s"))):
        pass


@contextlib.contextmanager
def local_cluster_address(workers: int) -> Iterator[str]:
    """A local cluster in a process of its own session; yields its scheduler's address.

    In klarlint's process group the worker processes got the terminal's Ctrl-C too, and each printed a
    KeyboardInterrupt traceback (four workers, 67 lines on stderr). In a session of its own only klarlint
    gets it, and stops the cluster: closing the launcher's stdin makes it close the cluster, and a
    launcher that outlives klarlint (killed with SIGKILL) sees the same end of its stdin.
    """
    process = subprocess.Popen(
        [sys.executable, "-c", LAUNCHER, str(workers)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        encoding="utf-8",
        start_new_session=True,
    )
    try:
        assert process.stdout is not None
        answer = process.stdout.readline().strip()
        if not answer.startswith(ADDRESS_PREFIX):
            process.wait(timeout=STOP_SECONDS)
            reason = answer.removeprefix(FAILURE_PREFIX) or "processen avslutades"
            raise KlarlintError(f"det lokala Dask-klustret kunde inte startas ({reason})")
        yield answer.removeprefix(ADDRESS_PREFIX)
    finally:
        _stop(process)


def _stop(process: subprocess.Popen[str]) -> None:
    """Close the launcher's stdin (it closes the cluster), then wait; kill its whole session if it hangs."""
    with contextlib.suppress(OSError):
        if process.stdin is not None:
            process.stdin.close()
    try:
        process.wait(timeout=STOP_SECONDS)
    except subprocess.TimeoutExpired:
        with contextlib.suppress(OSError):
            os.killpg(process.pid, signal.SIGKILL) if hasattr(os, "killpg") else process.kill()
        process.wait()
    if process.stdout is not None:
        process.stdout.close()


LAUNCHER = "from klarlint.corpus.cluster import serve_local_cluster; serve_local_cluster()"
ADDRESS_PREFIX = "adress "
FAILURE_PREFIX = "fel "
STOP_SECONDS = 30


def serve_local_cluster() -> None:
    """The launcher (``python -c LAUNCHER WORKERS``): start the cluster, print its address, close it at stdin's end."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent decides when the cluster stops
    try:
        cluster = local_cluster(int(sys.argv[1]))
    except Exception as exc:  # said by the parent, in its one line
        print(FAILURE_PREFIX + " ".join(str(exc).split()), flush=True)
        sys.exit(1)
    with cluster:
        print(ADDRESS_PREFIX + cluster.scheduler_address, flush=True)
        sys.stdin.read()


def local_cluster(workers: int):
    from distributed import LocalCluster

    _quiet()
    return LocalCluster(
        n_workers=workers,
        threads_per_worker=1,
        processes=True,
        host="127.0.0.1",
        dashboard_address=None,
        # Without a dashboard the scheduler still serves HTTP (metrics), on port 8787 by default: a fixed port on a
        # shared server. Any free port on 127.0.0.1 instead; the workers' HTTP servers take one there too.
        scheduler_kwargs={"dashboard_address": "127.0.0.1:0"},
        # A worker whose scheduler closes first logs a heartbeat failure with two tracebacks (30 lines before the
        # run's own error line); a task's real error reaches the client, which says it in Swedish.
        silence_logs=logging.CRITICAL,
    )


def _quiet() -> None:
    """Dask logs every worker start and restart; the progress line says what the user needs."""
    for name in ("distributed", "dask"):
        logging.getLogger(name).setLevel(logging.CRITICAL)
