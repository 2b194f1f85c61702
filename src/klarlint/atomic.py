"""Writing a file so that it is never half written, whoever writes it (--fix, Word output, the
baseline, the site report, the language server's klarlint.toml)."""

from __future__ import annotations

import errno
import os
import stat
import tempfile
from pathlib import Path


class ChangedMeanwhile(Exception):
    """The file no longer holds the bytes it was read with: someone saved it while klarlint worked on it."""


def write_atomically(path: Path, data: bytes, expected: bytes | None = None) -> None:
    """Write ``data`` to ``path`` through a temporary file in the same folder: never half a file. A symbolic link is
    written through, as an editor saves it: the rename would otherwise put a plain file in the link's place and leave
    the file it points to unchanged. ``expected``: the bytes the caller read; if the file holds others just before the
    rename, nothing is written and :class:`ChangedMeanwhile` is raised (--fix had replaced a writer's edit made while
    the file was linted)."""
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
            _keep_owner_and_mode(temporary, path.stat())
        else:  # mkstemp makes the file private; a new file gets the usual permissions
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(temporary, 0o666 & ~umask)
        if expected is not None and _current(path) != expected:
            raise ChangedMeanwhile(str(path))
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _keep_owner_and_mode(temporary: str, original: os.stat_result) -> None:
    """The new file gets the old one's owner, group and mode: run as root (or by a group member), the rename had given
    a user's document to root. Owner first, as a change of owner clears the set-user-ID bits that chmod then sets.
    Where the system does not allow it (another user's file, a file system without owners) the file is still written,
    as an editor saves it."""
    for uid in (original.st_uid, -1):  # not root: at least the group, where the user is in it
        try:
            os.chown(temporary, uid, original.st_gid)
            break
        except OSError:  # PermissionError for another user's file; EINVAL/ENOTSUP where there are no owners
            continue
    os.chmod(temporary, original.st_mode & 0o7777)


def _current(path: Path) -> bytes | None:
    try:
        return path.read_bytes()
    except OSError:  # gone or unreadable now: not what was read
        return None


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
