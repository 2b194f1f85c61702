"""Latency and memory of ``klarlint serve`` under load: /api/lint and /v2/check, one client and many.

    python benchmarks/serve.py [--duration 60] [--clients 20] [--workers 2] [--json]

Starts the real server (``klarlint serve``) on a free 127.0.0.1 port, then for a
letter (examples/brev-fore.txt, about 380 words) and a document of about 5,000
words (../shared/corpus when present, the examples, benchmarks/corpus_fallback.txt)
sends requests to /api/lint (JSON) and /v2/check (LanguageTool's form) for
``--duration`` seconds each, first from one client, then from ``--clients``
clients at once, each sending its next request as soon as the last is answered.

Every request is a new text (each paragraph gets its own case number), so no
paragraph is ever in the server's analysis cache: the figures are a fresh
lint's. Two more runs send the same letter/document with one paragraph changed
per request, as the page does while a writer types (the cache at work).

Prints p50/p95/max latency, requests/s and errors (any answer but 200, or no
answer) per run, and the server's memory (RSS of its processes together)
sampled every half second: at the start and end of each run and its peak.
Goals (issue 10): p50 under 100 ms for the letter with one client; no errors
and flat memory with 20 clients. Only 127.0.0.1 is contacted, and the script
stops by itself.
"""

from __future__ import annotations

import asyncio
import os
import signal
import socket
import subprocess
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

import httpx
from _common import EXAMPLES, Row, build_documents, emit, klarlint_command, machine, parser, word_count

GOAL_LETTER_P50_MS = 100
START_TIMEOUT = 180


@dataclass
class Run:
    name: str
    latencies: list[float] = field(default_factory=list)  # seconds, answered with 200
    errors: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0
    rss: list[float] = field(default_factory=list)  # MiB, sampled during the run

    def percentile(self, share: float) -> float:
        ordered = sorted(self.latencies)
        return ordered[min(len(ordered) - 1, int(share * len(ordered)))] * 1000 if ordered else float("nan")


class Server:
    """``klarlint serve`` in its own process group, and a sampler of its memory."""

    def __init__(self, workers: int) -> None:
        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            self.port = sock.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        command = [*klarlint_command(), "serve", "--port", str(self.port), "--workers", str(workers)]
        self.process = subprocess.Popen(
            command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True
        )
        self.samples: list[float] = []
        self._stop = threading.Event()

    def wait_until_up(self) -> float:
        start = time.monotonic()
        with httpx.Client(trust_env=False, timeout=2) as client:
            while time.monotonic() - start < START_TIMEOUT:
                if self.process.poll() is not None:
                    raise SystemExit(f"klarlint serve exited with {self.process.returncode}")
                try:
                    if client.get(f"{self.url}/health").status_code == 200:
                        return time.monotonic() - start
                except httpx.TransportError:
                    pass
                time.sleep(0.1)
        raise SystemExit("klarlint serve did not start")

    def rss(self) -> float:
        """MiB resident in the server's processes (uvicorn's supervisor and its workers)."""
        total = 0
        for pid in self._tree(self.process.pid):
            try:
                for line in Path(f"/proc/{pid}/status").read_text().splitlines():
                    if line.startswith("VmRSS:"):
                        total += int(line.split()[1])
            except OSError:
                continue
        return total / 1024

    def _tree(self, pid: int) -> list[int]:
        pids = [pid]
        try:
            children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
        except OSError:
            return pids
        for child in children:
            pids.extend(self._tree(int(child)))
        return pids

    def sample_forever(self) -> None:
        while not self._stop.wait(0.5):
            self.samples.append(self.rss())

    def stop(self) -> None:
        self._stop.set()
        if self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGINT)
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)


def fresh_text(text: str, number: int) -> str:
    """The text with every paragraph made new (a case number): nothing of it is in the server's cache."""
    return "\n\n".join(f"{p} Dnr {number}-{i}." for i, p in enumerate(text.split("\n\n")))


def edited_text(text: str, number: int) -> str:
    """The text with one paragraph changed, as a writer's keystrokes change it."""
    paragraphs = text.split("\n\n")
    index = number % len(paragraphs)
    paragraphs[index] = f"{paragraphs[index]} Dnr {number}."
    return "\n\n".join(paragraphs)


async def load(url: str, endpoint: str, text: str, clients: int, seconds: float, edit: bool, server: Server) -> Run:
    run = Run("")
    counter = iter(range(10**9))
    end = time.monotonic() + seconds
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)

    async def client_loop(http: httpx.AsyncClient) -> None:
        while time.monotonic() < end:
            number = next(counter)
            body = edited_text(text, number) if edit else fresh_text(text, number)
            start = time.perf_counter()
            try:
                if endpoint == "/api/lint":
                    response = await http.post(endpoint, json={"text": body})
                else:
                    response = await http.post(endpoint, data={"text": body, "language": "sv-SE"})
                status = response.status_code
            except httpx.HTTPError as exc:
                status = type(exc).__name__
            elapsed = time.perf_counter() - start
            if status == 200:
                run.latencies.append(elapsed)
            else:
                run.errors[str(status)] = run.errors.get(str(status), 0) + 1

    first_sample = len(server.samples)
    started = time.monotonic()
    async with httpx.AsyncClient(base_url=url, trust_env=False, timeout=120, limits=limits) as http:
        await asyncio.gather(*(client_loop(http) for _ in range(clients)))
    run.seconds = time.monotonic() - started
    run.rss = server.samples[first_sample:] or [server.rss()]
    return run


def main() -> None:
    arguments = parser(__doc__.split("\n\n")[0])
    arguments.add_argument("--duration", type=float, default=60.0, help="seconds per run (default 60)")
    arguments.add_argument("--clients", type=int, default=20, help="concurrent clients in the load runs")
    arguments.add_argument("--workers", type=int, default=2, help="server worker processes (default 2)")
    args = arguments.parse_args()
    letter = (EXAMPLES / "brev-fore.txt").read_text(encoding="utf-8").strip()
    document = build_documents(5000, 5000)[0].strip()
    facts = machine()
    server = Server(args.workers)
    rows: list[Row] = []
    try:
        startup = server.wait_until_up()
        rows.append(Row("serve", "machine", f"{facts['nproc']} CPUs, load {facts['load']} at start, {facts['commit']}"))
        rows.append(Row("serve", f"start-up, {args.workers} workers (model loaded)", f"{startup:.1f} s"))
        rows.append(Row("serve", "RSS after start-up", f"{server.rss():.0f} MiB"))
        threading.Thread(target=server.sample_forever, daemon=True).start()
        texts = {"letter": letter, "5k document": document}
        words = {name: word_count(text) for name, text in texts.items()}
        plan = [
            (endpoint, name, clients, False)
            for clients in (1, args.clients)
            for name in texts
            for endpoint in ("/api/lint", "/v2/check")
        ] + [("/api/lint", name, 1, True) for name in texts]
        load_rss: list[float] = []
        for endpoint, name, clients, edit in plan:
            run = asyncio.run(load(server.url, endpoint, texts[name], clients, args.duration, edit, server))
            kind = "one paragraph edited" if edit else "new text"
            label = f"{endpoint} {name} ({words[name]:,} words), {clients} client{'s' if clients > 1 else ''}, {kind}"
            errors = sum(run.errors.values())
            p50 = run.percentile(0.5)
            value = (
                f"p50 {p50:.0f} ms, p95 {run.percentile(0.95):.0f} ms, max {run.percentile(1.0):.0f} ms; "
                f"{len(run.latencies) / run.seconds:.1f} req/s; errors {errors}"
                + (f" {run.errors}" if errors else "")
                + f"; RSS {run.rss[0]:.0f} → {run.rss[-1]:.0f} MiB (peak {max(run.rss):.0f})"
            )
            goal, ok = "", None
            if name == "letter" and clients == 1 and not edit:
                goal, ok = f"p50 < {GOAL_LETTER_P50_MS} ms", p50 < GOAL_LETTER_P50_MS
            elif clients > 1:
                goal, ok = "0 errors", errors == 0
                load_rss.extend(run.rss)
            rows.append(Row("serve", label, value, goal, ok))
            print(f"# {label}: {value}", flush=True)
        if load_rss:
            tenth = max(1, len(load_rss) // 10)
            early, late = max(load_rss[:tenth]), max(load_rss[-tenth:])
            growth = late - early
            rows.append(
                Row(
                    "serve",
                    f"RSS under {args.clients} clients: peak of first vs last tenth of the load runs",
                    f"{early:.0f} → {late:.0f} MiB ({growth:+.0f} MiB)",
                    "flat (< 10 % growth)",
                    growth < 0.1 * early,
                )
            )
        rows.append(Row("serve", "load average at the end", " ".join(f"{x:.2f}" for x in os.getloadavg())))
    finally:
        server.stop()
    emit(rows, args.json)


if __name__ == "__main__":
    main()
