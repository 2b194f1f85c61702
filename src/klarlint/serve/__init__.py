"""``klarlint serve``: the writers' workbench page, a JSON API and a LanguageTool-compatible endpoint.

:mod:`klarlint.serve.app` is the ASGI application (FastAPI), :mod:`klarlint.serve.worker`
the per-process lint engine with its caches and time limit, :mod:`klarlint.serve.lt` the
LanguageTool API. :func:`run` starts uvicorn with one or more worker processes.
"""

from __future__ import annotations

import os
import socket
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from klarlint.serve.app import ServeSettings


def __getattr__(name: str) -> Any:
    # The application (FastAPI, the lint engine) is imported when first asked for, not with the package: the
    # reader processes' fork server imports klarlint.serve.reading, and stays small (klarlint.serve.reading).
    if name == "ServeSettings":
        from klarlint.serve.app import ServeSettings

        return ServeSettings
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def check_address(host: str, port: int) -> None:
    """Raise :class:`OSError` now if uvicorn could not listen on ``host:port`` (in use, no such address)."""
    for family, kind, proto, _, address in socket.getaddrinfo(host, port, type=socket.SOCK_STREAM):
        with socket.socket(family, kind, proto) as sock:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as uvicorn does
            sock.bind(address)
        return


def run(settings: ServeSettings) -> None:
    """Serve until interrupted. Each worker process builds the app from the settings in its environment."""
    import uvicorn

    from klarlint.serve.app import ENV_SETTINGS

    os.environ[ENV_SETTINGS] = settings.to_env()  # worker processes (spawned by uvicorn) read it
    uvicorn.run(
        "klarlint.serve.app:app_from_env",
        factory=True,
        host=settings.host,
        port=settings.port,
        workers=settings.workers,
        log_level="info",
        server_header=False,
        proxy_headers=False,
        timeout_graceful_shutdown=5,
    )


__all__ = ["ServeSettings", "check_address", "run"]
