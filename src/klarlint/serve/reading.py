"""Reading a request's document, in the server's worker or in a reader process that is killed at the deadline.

The time limit of :mod:`klarlint.serve.worker` is checked by the lint itself, between batches; a reader
has no such checks, and a small file can take minutes to read: a 28 KB .docx of 3.1 million empty
paragraphs (19 MB of XML, within every limit) or 16 MB of ``<br>`` took a minute and a gigabyte to read, and
the worker's only lint thread answered every other request with 503 meanwhile (session 41, hostile tester).
So an upload, and a text long enough to take noticeable time, is read in a process of its own: at the deadline
the process is killed, which stops the read whatever the reader is doing and gives its memory back, and the
lint thread is never held by a read. At most :data:`READ_SLOTS` such reads run at once per worker (each may
take a gigabyte until its deadline); a short text is read on the lint thread as before (a process costs
more than reading it: 32,000 characters of the slowest Markdown, a table, take about a quarter of a second).

Each reader process is a fresh ``python -m klarlint.serve.reading`` that has read a small document of each
format already (python-docx's import alone had cost 40 ms). It serves reads one at a time over its standard input
and output, and is replaced when it is killed at a deadline, or when a read has made it large (a reader that has
read a big file keeps its memory; see :data:`RETIRE_MIB`). A fork of the worker would copy the model and a lint
thread that may hold a lock, and :mod:`multiprocessing`'s fork server runs the server's main script again in
every child (Python 3.11), so the processes are started as programs of their own.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import signal
import subprocess
import sys
import threading
import time
import traceback
from pathlib import Path
from typing import IO, Any

from klarlint.document import Document
from klarlint.errors import InputError, KlarlintError
from klarlint.readers import MAX_FILE_BYTES, format_for, read_bytes, read_bytes_as, read_text
from klarlint.readers.decode import looks_binary

READ_APART_CHARS = 32_000  # a longer text (and every upload) is read in a reader process
READ_SLOTS = 2  # reader processes per worker process: reads at once
RETIRE_MIB = 256  # a reader whose peak memory passed this ends after its answer, and a fresh one takes its place
UNREADABLE = "filen kunde inte läsas: den tar för mycket minne att packa upp eller läsa"


class ReadTimeout(Exception):  # noqa: N818 - the worker turns it into its LintTimeout
    """The deadline passed before the document was read."""


def reads_apart(source: str | bytes) -> bool:
    """Whether a request's document is read in a reader process: every upload (a .docx of 28 KB may unpack to
    19 MB of XML), and a text over :data:`READ_APART_CHARS` characters."""
    return isinstance(source, bytes) or len(source) > READ_APART_CHARS


def read_document(source: str | bytes, fmt: str, name: str, alt_text: bool) -> Document:
    """The request's document, read from memory; :class:`InputError` when it cannot be read.

    The same readers as the CLI's: an upload's decoding notices (a stray cp1252 byte, a byte-order mark) go
    with the document, and pasted text that is really binary is refused as the CLI refuses a file.
    """
    if isinstance(source, str):
        if looks_binary(source):
            raise InputError(f"{name}: texten ser ut att vara binär, inte text")
        return read_text(source, fmt, name, alt_text=alt_text)
    fmt = format_for(Path(name))
    if len(source) > MAX_FILE_BYTES:
        raise InputError(f"{name}: filen är för stor (gränsen är {MAX_FILE_BYTES // (1024 * 1024)} MB)")
    if fmt in ("docx", "pdf"):
        return read_bytes(source, fmt, name, alt_text=alt_text)
    return read_bytes_as(source, fmt, name, alt_text=alt_text)


# --- the server's side -----------------------------------------------------------------------------


class ReadProcesses:
    """Reads documents in reader processes (see the module docstring). :meth:`read` blocks, so call it from a
    thread. A read past its deadline is killed; a read that waited past its deadline for a free reader is not
    started."""

    def __init__(self, slots: int = READ_SLOTS) -> None:
        self._slots = threading.BoundedSemaphore(slots)
        self._count = slots
        self._idle: list[_ReaderProcess] = []
        self._all: set[_ReaderProcess] = set()
        self._lock = threading.Lock()
        self._closed = False

    def start(self) -> None:
        """Start the reader processes now, at start-up, rather than at the first upload."""
        with self._lock:
            while len(self._idle) < self._count:
                self._idle.append(self._new())

    def read(self, source: str | bytes, fmt: str, name: str, alt_text: bool, deadline: float | None) -> Document:
        """The document; :class:`InputError` or :class:`KlarlintError` as the reader raised it, :class:`ReadTimeout`
        past the deadline."""
        if not self._slots.acquire(timeout=_remaining(deadline)):
            raise ReadTimeout
        try:
            if deadline is not None and time.monotonic() >= deadline:
                raise ReadTimeout
            reader = self._take()
            try:
                kind, value, retire = reader.ask((source, fmt, name, alt_text), deadline)
            except BaseException:
                self._end(reader)
                raise
            if retire:
                self._end(reader)
            else:
                with self._lock:
                    self._idle.append(reader)
        finally:
            self._slots.release()
        if kind == "document":
            return value
        if kind == "input":
            raise InputError(value)
        if kind == "klarlint":
            raise KlarlintError(value)
        if kind == "died":  # the process ended without an answer: the system killed it for its memory
            raise InputError(f"{name}: {UNREADABLE}")
        raise RuntimeError(f"the reader process failed on {name}:\n{value}")

    def close(self) -> None:
        with self._lock:
            self._closed = True
            readers, self._idle = list(self._all), []
        for reader in readers:
            reader.kill()

    def _take(self) -> _ReaderProcess:
        with self._lock:
            while self._idle:
                reader = self._idle.pop()
                if reader.alive():
                    return reader
                self._all.discard(reader)
                reader.kill()
            return self._new()

    def _end(self, reader: _ReaderProcess) -> None:
        """Kill a reader (past its deadline, or grown large) and start its replacement, which warms up while no
        one waits for it."""
        reader.kill()
        with self._lock:
            self._all.discard(reader)
            if not self._closed and len(self._idle) < self._count:
                self._idle.append(self._new())

    def _new(self) -> _ReaderProcess:  # under self._lock
        reader = _ReaderProcess()
        self._all.add(reader)
        return reader


class _ReaderProcess:
    """One ``python -m klarlint.serve.reading``; asked one read at a time."""

    def __init__(self) -> None:
        # -P: the server's working folder is not put first on the reader's import path (a docx.py there would
        # have been imported instead of python-docx); stderr is the server's, for a reader's warnings.
        self.process = subprocess.Popen(
            [sys.executable, "-P", "-m", "klarlint.serve.reading"], stdin=subprocess.PIPE, stdout=subprocess.PIPE
        )

    def alive(self) -> bool:
        return self.process.poll() is None

    def ask(self, job: tuple[Any, ...], deadline: float | None) -> tuple[str, Any, bool]:
        """Send one read and wait for its answer; :class:`ReadTimeout` (the process killed) at the deadline."""
        killed = threading.Event()

        def kill_at_deadline() -> None:  # on the timer's thread: only the signal (this thread closes the pipes)
            killed.set()
            if self.process.poll() is None:
                self.process.kill()

        timer = None if deadline is None else threading.Timer(_remaining(deadline) or 0.0, kill_at_deadline)
        if timer is not None:
            timer.daemon = True
            timer.start()
        try:
            stdin, stdout = _pipes(self.process)
            pickle.dump(job, stdin, protocol=pickle.HIGHEST_PROTOCOL)
            stdin.flush()
            kind, value, retire = pickle.load(stdout)
        except (OSError, EOFError, ValueError, pickle.UnpicklingError):
            if killed.is_set():
                raise ReadTimeout from None
            return "died", None, True
        finally:
            if timer is not None:
                timer.cancel()
        return kind, value, retire or killed.is_set()

    def kill(self) -> None:
        """Kill the process and wait for it: its memory is free on return."""
        if self.process.poll() is None:
            self.process.kill()
        self.process.wait()
        for pipe in (self.process.stdin, self.process.stdout):
            if pipe is not None:
                with contextlib.suppress(OSError):
                    pipe.close()


def _pipes(process: subprocess.Popen[bytes]) -> tuple[IO[bytes], IO[bytes]]:
    assert process.stdin is not None and process.stdout is not None
    return process.stdin, process.stdout


def _remaining(deadline: float | None) -> float | None:
    return None if deadline is None else max(0.0, deadline - time.monotonic())


# --- the reader process's side ---------------------------------------------------------------------


def main() -> None:
    """A reader process: each job on standard input (pickled) is read and answered on standard output, until
    the input ends (the server stopped) or a read has made the process large."""
    answers = os.fdopen(os.dup(1), "wb")
    os.dup2(2, 1)  # whatever a library prints goes to the server's log, not into the answers
    if hasattr(signal, "SIGINT"):
        signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl+C reaches the whole group; the server ends its readers
    _warm_up()
    jobs = sys.stdin.buffer
    while True:
        try:
            source, fmt, name, alt_text = pickle.load(jobs)
        except EOFError:
            return
        kind, value = _answer(source, fmt, name, alt_text)
        retire = _peak_mib() > RETIRE_MIB
        pickle.dump((kind, value, retire), answers, protocol=pickle.HIGHEST_PROTOCOL)
        answers.flush()
        if retire:
            return


def _answer(source: str | bytes, fmt: str, name: str, alt_text: bool) -> tuple[str, Any]:
    try:
        return "document", read_document(source, fmt, name, alt_text)
    except InputError as exc:
        return "input", str(exc)
    except KlarlintError as exc:
        return "klarlint", str(exc)
    except (MemoryError, RecursionError):
        return "input", f"{name}: {UNREADABLE}"
    except Exception:
        return "internal", traceback.format_exc()


def _warm_up() -> None:
    """The readers import their parsers when first needed (a plain-text run starts faster); a reader process
    imports them once, before its first job."""
    import docx  # noqa: F401 - python-docx
    import pypdf  # noqa: F401

    import klarlint.readers.docx
    import klarlint.readers.pdf  # noqa: F401

    for fmt, text in (("text", "Start."), ("markdown", "# Start\n\n*Start* [a](b)."), ("html", "<p>Start.</p>")):
        read_text(text, fmt, "start")


def _peak_mib() -> float:
    try:
        import resource
    except ImportError:  # Windows: no peak to read; a reader is then replaced only at a deadline
        return 0.0
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024  # bytes on macOS, KiB on Linux


if __name__ == "__main__":
    main()


__all__ = ["READ_APART_CHARS", "ReadProcesses", "ReadTimeout", "read_document", "reads_apart"]
