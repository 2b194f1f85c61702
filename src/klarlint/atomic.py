"""Writing a file so that it is never half written, whoever writes it (--fix, Word output, the
baseline, the site report, the language server's klarlint.toml)."""

from __future__ import annotations

import errno
import os
import stat
import tempfile
from pathlib import Path


def write_atomically(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file in the same folder: never half a file. A symbolic link is
    written through, as an editor saves it: the rename would otherwise put a plain file in the link's place and leave
    the file it points to unchanged."""
    if path.is_symlink():
        path = path.resolve()
    if path.exists() and not path.is_file():
        _write_in_place(path, data)
        return
    fd, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if path.exists():
            os.chmod(temporary, path.stat().st_mode & 0o7777)
        else:  # mkstemp makes the file private; a new file gets the usual permissions
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(temporary, 0o666 & ~umask)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _write_in_place(path: Path, data: bytes) -> None:
    """A device or a named pipe (``--report /dev/stdout``, ``-o /dev/null``) is written into, never replaced: the
    rename had put a plain file in the place of /dev/null (run as root, as in many CI containers). Anything else that
    is not a file (a folder, a socket) is refused."""
    mode = path.stat().st_mode
    if stat.S_ISDIR(mode):
        raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), str(path))
    if not (stat.S_ISCHR(mode) or stat.S_ISFIFO(mode)):
        raise OSError(errno.EINVAL, "är ingen vanlig fil", str(path))
    fd = os.open(path, os.O_WRONLY | os.O_NONBLOCK)  # a pipe no one reads: ENXIO at once, not a hang
    os.set_blocking(fd, True)
    with os.fdopen(fd, "wb") as handle:
        handle.write(data)
