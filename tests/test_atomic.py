"""Writes of output files: never half a file, and never a plain file in place of a device or a pipe."""

from __future__ import annotations

import errno
import os
import stat
import threading
from pathlib import Path

import pytest

from klarlint.atomic import write_atomically

pytestmark = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes")


def test_a_named_pipe_is_written_into_not_replaced(tmp_path: Path) -> None:
    # a rename had put a plain file in the pipe's place (and, run as root, in /dev/null's for --report /dev/null)
    pipe = tmp_path / "rör"
    os.mkfifo(pipe)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(pipe.read_bytes()), daemon=True)
    reader.start()
    while True:  # the writer opens without blocking, so wait until the reader has the pipe open
        try:
            write_atomically(pipe, b"rapport")
            break
        except OSError as exc:
            assert exc.errno == errno.ENXIO
    reader.join(timeout=10)
    assert received == [b"rapport"]
    assert stat.S_ISFIFO(pipe.stat().st_mode)


def test_a_pipe_no_one_reads_is_an_error_at_once(tmp_path: Path) -> None:
    pipe = tmp_path / "rör"
    os.mkfifo(pipe)
    with pytest.raises(OSError) as raised:
        write_atomically(pipe, b"rapport")  # not a hang
    assert raised.value.errno == errno.ENXIO and stat.S_ISFIFO(pipe.stat().st_mode)


def test_a_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(IsADirectoryError):
        write_atomically(tmp_path, b"rapport")
    assert tmp_path.is_dir()


def test_a_file_is_replaced_whole_with_its_mode(tmp_path: Path) -> None:
    path = tmp_path / "rapport.html"
    path.write_bytes(b"gammal")
    path.chmod(0o640)
    write_atomically(path, b"ny")
    assert path.read_bytes() == b"ny" and stat.S_IMODE(path.stat().st_mode) == 0o640
    assert [p.name for p in tmp_path.iterdir()] == ["rapport.html"]  # no temporary file left
