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

A reader that ends without an answer was either killed for the memory its read took (the system's out-of-memory
killer ends the largest process: 422, the file takes too much memory to read) or broke (it could not start: a
broken install, a missing module; or the system killed it while it was small, for another process's memory): a
server fault, logged with its exit status and peak memory, and answered 500. Every such death had been told to
the user as their file's fault (session 42, scale tester: a ``ModuleNotFoundError`` at a reader's start made a
two-paragraph .docx "take too much memory").

The Word copy of an upload (/api/word) is made here too (:meth:`ReadProcesses.word_copy`): it opens the whole
package again, and had done so in the worker process, without a deadline (a copy of 300,000 empty paragraphs took
10 s there) and keeping its memory (the worker grew from 163 to 570 MB; hostile re-test s48 W1, W2). A reader is
killed at the deadline and retired when large, so the copy is bounded as a read is.
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


class WorkClock:
    """How long one request was worked on (read, linted), as against waiting for a reader or the lint thread: a
    request that timed out while it mostly waited is told that the server is busy (klarlint.serve.worker)."""

    def __init__(self) -> None:
        self._worked = 0.0
        self._since: float | None = None

    def start(self) -> None:
        self._since = time.monotonic()

    def stop(self) -> None:
        if self._since is not None:
            self._worked += time.monotonic() - self._since
            self._since = None

    def lend(self, seconds: float) -> None:
        """``seconds`` of the running work went to other requests (short lints run inside a long one)."""
        self._worked -= seconds

    def seconds(self) -> float:
        running = time.monotonic() - self._since if self._since is not None else 0.0
        return self._worked + running


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

    def read(
        self,
        source: str | bytes,
        fmt: str,
        name: str,
        alt_text: bool,
        deadline: float | None,
        clock: WorkClock | None = None,
    ) -> Document:
        """The document; :class:`InputError` or :class:`KlarlintError` as the reader raised it, :class:`ReadTimeout`
        past the deadline, :class:`RuntimeError` when the reader broke. ``clock`` runs while a reader reads."""
        return self._ask(("read", (source, fmt, name, alt_text)), name, deadline, clock)

    def word_copy(
        self,
        data: bytes,
        name: str,
        document: Document,
        report: Any,
        suggest: bool,
        deadline: float | None,
        clock: WorkClock | None = None,
    ) -> bytes:
        """The reviewed Word copy of ``data`` (read as ``document``, linted as ``report``: a FileReport), made in a
        reader process; raises as :meth:`read` does."""
        return self._ask(("copy", (data, name, document, report, suggest)), name, deadline, clock)

    def _ask(self, job: tuple[str, tuple[Any, ...]], name: str, deadline: float | None, clock: WorkClock | None) -> Any:
        if not self._slots.acquire(timeout=_remaining(deadline)):
            raise ReadTimeout
        try:
            if deadline is not None and time.monotonic() >= deadline:
                raise ReadTimeout
            reader = self._take()
            if clock is not None:
                clock.start()
            try:
                kind, value, retire = reader.ask(job, deadline)
            except BaseException:
                self._end(reader)
                raise
            finally:
                if clock is not None:
                    clock.stop()
            if retire:
                self._end(reader)
            else:
                with self._lock:
                    self._idle.append(reader)
        finally:
            self._slots.release()
        if kind == "done":
            return value
        if kind == "input":
            raise InputError(value)
        if kind == "klarlint":
            raise KlarlintError(value)
        if kind == "died":  # the process ended without an answer, killed while it held the memory of a big read
            raise InputError(f"{name}: {UNREADABLE}")
        if kind == "crashed":  # logged with its traceback by the server's catch-all, answered 500
            raise RuntimeError(
                f"the reader process ended without an answer on {name} ({value}); a reader that could not start "
                "wrote its error to this log before"
            )
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
            if timer is not None:
                timer.cancel()
            if killed.is_set():
                raise ReadTimeout from None
            return self._death()
        finally:
            if timer is not None:
                timer.cancel()
        return kind, value, retire or killed.is_set()

    def _death(self) -> tuple[str, Any, bool]:
        """Why the process ended without an answer: ``died`` when it was killed (SIGKILL, as the out-of-memory
        killer does) while it held more than :data:`RETIRE_MIB` (its read took the memory), ``crashed`` otherwise
        (an exit at start, a signal, a kill while small), with its exit status and peak memory."""
        status, peak = self._reap()
        if status is None:
            return "crashed", "its answer was broken and it ran on; killed here", True
        killed = status == -getattr(signal, "SIGKILL", 9)
        if killed and (peak is None or peak > RETIRE_MIB):
            return "died", None, True
        how = f"killed by signal {-status}" if status < 0 else f"exit code {status}"
        size = "" if peak is None else f", peak memory {peak:.0f} MB"
        return "crashed", f"{how}{size}", True

    def _reap(self) -> tuple[int | None, float | None]:
        """The ended process's exit status (negative: the signal that killed it; None: it was still running after
        its answer broke, and is killed here) and peak memory in MiB (None where the system does not say)."""
        deadline = time.monotonic() + 2.0
        while hasattr(os, "wait4") and self.process.returncode is None:
            try:  # wait4, not Popen.wait: it also gives the ended process's peak memory
                pid, status, usage = os.wait4(self.process.pid, os.WNOHANG)
            except ChildProcessError:  # reaped elsewhere (Popen.poll): the status only
                break
            if pid:
                self.process.returncode = os.waitstatus_to_exitcode(status)
                return self.process.returncode, _rss_mib(usage.ru_maxrss)
            if time.monotonic() > deadline:  # it broke the answers but runs on: ended here, a server fault
                self.process.kill()
                self.process.wait()
                return None, None
            time.sleep(0.01)
        return self.process.wait(), None

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
            what, args = pickle.load(jobs)
        except EOFError:
            return
        kind, value = _answer(what, args)
        retire = _peak_mib() > RETIRE_MIB
        pickle.dump((kind, value, retire), answers, protocol=pickle.HIGHEST_PROTOCOL)
        answers.flush()
        if retire:
            return


def _answer(what: str, args: tuple[Any, ...]) -> tuple[str, Any]:
    name = args[1] if what == "copy" else args[2]
    try:
        return "done", (reviewed_copy(*args) if what == "copy" else read_document(*args))
    except InputError as exc:
        return "input", str(exc)
    except KlarlintError as exc:
        return "klarlint", str(exc)
    except (MemoryError, RecursionError):
        return "input", f"{name}: {UNREADABLE}"
    except Exception:
        return "internal", traceback.format_exc()


def reviewed_copy(data: bytes, name: str, document: Document, report: Any, suggest: bool) -> bytes:
    """The Word copy of ``data`` with ``report``'s findings: comments, or (``suggest``) tracked changes; made by the
    command line's own call (docx_output.reviewed_copy) on the report the server linted."""
    from klarlint import docx_output

    policy = docx_output.CommentPolicy()
    macros = "dokumentet har makron; klarlint skriver ingen kopia av det"
    buffer, _ = docx_output.reviewed_copy(data, name, document, report, not suggest, suggest, policy, macros)
    return buffer.getvalue()


def _warm_up() -> None:
    """The readers import their parsers when first needed (a plain-text run starts faster); a reader process
    imports them once, before its first job."""
    import docx  # noqa: F401 - python-docx
    import pypdf  # noqa: F401

    import klarlint.docx_output
    import klarlint.readers.docx
    import klarlint.readers.pdf  # noqa: F401

    for fmt, text in (("text", "Start."), ("markdown", "# Start\n\n*Start* [a](b)."), ("html", "<p>Start.</p>")):
        read_text(text, fmt, "start")


def _peak_mib() -> float:
    try:
        import resource
    except ImportError:  # Windows: no peak to read; a reader is then replaced only at a deadline
        return 0.0
    return _rss_mib(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)


def _rss_mib(peak: int) -> float:
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024  # bytes on macOS, KiB on Linux


if __name__ == "__main__":
    main()


__all__ = ["READ_APART_CHARS", "ReadProcesses", "ReadTimeout", "WorkClock", "read_document", "reads_apart"]
