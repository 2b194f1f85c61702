"""A Dask client: connected to an existing cluster, or to a local one started on 127.0.0.1.

The local cluster has one single-threaded worker process per core: linting is
CPU-bound Python, so threads would only contend for the GIL, and separate
processes are also what a worker on another machine is.
"""

from __future__ import annotations

import contextlib
import logging
import warnings
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
    return os_reason(exc) if isinstance(exc, OSError) and exc.errno else "anslutningen misslyckades"


@contextlib.contextmanager
def connect(scheduler: str | None = None, workers: int | None = None) -> Iterator:
    """A :class:`distributed.Client` for the run; a local cluster is closed again afterwards."""
    from distributed import Client

    _quiet()
    if scheduler is not None:
        try:
            client = Client(scheduler, timeout=CONNECT_TIMEOUT)
        except (OSError, TimeoutError, ValueError) as exc:
            raise KlarlintError(f"kan inte ansluta till Dask-klustret {scheduler} ({_reason(exc)})") from None
        with client:
            yield client
        return
    if workers is not None and workers < 1:
        raise KlarlintError(f"--workers ska vara minst 1 (fick {workers})")
    with local_cluster(workers or available_cores()) as cluster, Client(cluster) as client:
        yield client


def local_cluster(workers: int):
    from distributed import LocalCluster

    _quiet()
    # The scheduler's HTTP endpoint (metrics, on 127.0.0.1) takes another port when 8787 is busy: not news.
    warnings.filterwarnings("ignore", message="Port 8787 is already in use", category=UserWarning)
    return LocalCluster(
        n_workers=workers,
        threads_per_worker=1,
        processes=True,
        host="127.0.0.1",
        dashboard_address=None,
        silence_logs=logging.ERROR,
    )


def _quiet() -> None:
    """Dask logs every worker start and restart; the progress line says what the user needs."""
    for name in ("distributed", "dask"):
        logging.getLogger(name).setLevel(logging.ERROR)
