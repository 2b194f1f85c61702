"""Drive a corpus run on a Dask cluster and write its Parquet output.

The client (this process) reads the inputs and submits one task per batch, keeping
a bounded number in flight; a batch holds at most ``--batch-size`` pages and
:data:`~klarlint.corpus.pages.BATCH_CHARS` of text, so the text in flight (held by the
client, the scheduler and the workers) is bounded by bytes, not by pages alone, and a
corpus of any size streams through in bounded memory. Workers send back two Arrow
tables per batch and the client writes them as ``findings/part-BATCH.parquet`` and
``stats/part-BATCH.parquet``: written to a temporary name and renamed, findings
first, so a stats part exists only when its batch is complete. Only the client's
disk is written; workers need no shared storage.

Reliability comes from Dask: a task whose worker dies is rescheduled on another
worker (the scheduler's ``allowed-failures``), a task that raises is retried
(``retries=``). A batch that kills its workers every time (one page crashing the
parser, say) ends in :class:`distributed.KilledWorker`; it is then run again one page
per task, and a page that still ends so runs once more alone (see :class:`_Submitter`),
so only the page that kills its worker is recorded as crashed, with the reason, and
the batch is still written once. Each part is named by its batch, so however often a
batch ran, the output holds it once.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import json
import os
import time
from collections import Counter, deque
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from uuid import uuid4

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

import klarlint
from klarlint.config import Config
from klarlint.corpus.pages import BATCH_CHARS, Batch, PageSource, Skipped, check_file, find_inputs
from klarlint.corpus.worker import FINDINGS_SCHEMA, STATS_SCHEMA, BatchResult, lint_batch, stats_row, table
from klarlint.errors import KlarlintError, os_reason
from klarlint.language import SWEDISH
from klarlint.report import FileReport, printable
from klarlint.reporters import one_line

MANIFEST = "manifest.json"
SKIPPED = "skipped.tsv"  # every entry of the input folders not read, with its reason
FINDINGS_DIR = "findings"
STATS_DIR = "stats"
PART = "part-{:08d}.parquet"
# The output's layout, in the manifest: 2 added the statistics' language and notices columns. A run is
# resumed only by the layout that began it, so no folder holds parts of two schemas.
FORMAT = 2
DEFAULT_BATCH_SIZE = 200
DEFAULT_RETRIES = 3
CRASHED = "granskningen av sidan kraschade arbetsprocessen upprepade gånger (till exempel minnesbrist)"


@dataclass
class Summary:
    pages: int = 0  # pages written in this run
    errors: int = 0  # of them, pages recorded with an error
    other_language: int = 0  # of them, pages not in Swedish (not checked; the statistics say which language)
    partly: int = 0  # of them, Swedish pages with some text not checked (a paragraph in English, a 5 MB line)
    findings: int = 0
    words: int = 0
    batches: int = 0  # batches written in this run
    resumed: int = 0  # batches skipped because they were already written
    skipped: Counter[str] = field(default_factory=Counter)  # WARC records that are not pages
    seconds: float = 0.0
    ignored: list[Skipped] = field(default_factory=list)  # entries of the input folders not read, and why
    broken: list[str] = field(default_factory=list)  # where an input file broke off (file:line); its error page says
    total_pages: int = 0  # in the output folder, this run's and a resumed run's earlier batches
    total_batches: int = 0


@dataclass(frozen=True)
class CorpusOptions:
    batch_size: int = DEFAULT_BATCH_SIZE
    resume: bool = False
    retries: int = DEFAULT_RETRIES
    in_flight: int | None = None  # tasks submitted ahead; default: two per worker thread
    batch_chars: int = BATCH_CHARS  # text per batch at most (a longer page goes alone)


@dataclass(frozen=True)
class Prepared:
    """A run whose inputs were found and whose output folder was checked (before any cluster starts)."""

    files: list[Path]
    output: Path
    options: CorpusOptions
    manifest: dict | None  # written when the run starts; None when resuming
    ignored: list[Skipped] = field(default_factory=list)


def prepare(
    inputs: list[Path],
    output: Path,
    options: CorpusOptions = CorpusOptions(),  # noqa: B008 - frozen
    config: Config | None = None,
) -> Prepared:
    """Check the inputs (each file's header), the options and the output folder, leaving nothing behind; raises
    :class:`KlarlintError`. All of it before a cluster starts: a Parquet file without a url column had stopped the
    run after the cluster started, with batches in flight thrown away."""
    if options.batch_size < 1:
        raise KlarlintError(f"--batch-size ska vara minst 1 (fick {options.batch_size})")
    if options.retries < 0:
        raise KlarlintError(f"--retries kan inte vara negativt (fick {options.retries})")
    found = find_inputs(inputs)
    for path in found.files:
        check_file(path)
    manifest = _check_output(output, found.files, options, config or Config())
    _check_writable(output)
    return Prepared(found.files, output, options, manifest, found.skipped)


def run_corpus(
    inputs: list[Path],
    output: Path,
    client,
    config: Config,
    options: CorpusOptions = CorpusOptions(),  # noqa: B008 - frozen
    progress=None,
) -> Summary:
    """Lint every page of ``inputs`` on ``client``'s cluster into Parquet parts under ``output``."""
    return run_prepared(prepare(inputs, output, options, config), client, config, progress)


def run_prepared(run: Prepared, client, config: Config, progress=None) -> Summary:
    """Run a prepared corpus run; ``progress`` (optional) gets the summary after each batch is written."""
    options, output = run.options, run.output
    if run.manifest is not None:
        _create_output(output, run.manifest)
    write_skipped(output, run.ignored)
    done = written_batches(output) if options.resume else set()
    source = PageSource(run.files)
    summary = Summary(skipped=source.skipped, ignored=run.ignored, broken=source.broken)
    started = time.perf_counter()
    limit = options.in_flight or max(4, 2 * _threads(client))
    pending = _pending(source.batches(options.batch_size, options.batch_chars), done, summary)
    try:
        for result in _results(client, pending, config, options, limit):
            _write_result(output, result)
            _count(summary, result)
            summary.seconds = time.perf_counter() - started
            if progress is not None:
                progress(summary)
    except KlarlintError as exc:  # the batches in flight are written: say that the run can go on from there
        batches = len(written_batches(output))
        raise KlarlintError(
            f"{exc}; {batches} {'batch' if batches == 1 else 'batchar'} är skrivna i {output}, "
            "fortsätt med --resume när felet är åtgärdat"
        ) from None
    summary.seconds = time.perf_counter() - started
    summary.total_batches, summary.total_pages = output_totals(output)
    _finish_manifest(output, summary)
    return summary


def output_totals(output: Path) -> tuple[int, int]:
    """(batches, pages) written in ``output`` so far, from the statistics parts' metadata (no page is read)."""
    parts = sorted((output / STATS_DIR).glob("part-*.parquet"))
    return len(parts), sum(pq.ParquetFile(part).metadata.num_rows for part in parts)


def written_batches(output: Path) -> set[int]:
    """Batches whose statistics part exists (written last, so the batch is complete)."""
    folder = output / STATS_DIR
    if not folder.is_dir():
        return set()
    return {int(p.stem.removeprefix("part-")) for p in folder.glob("part-*.parquet") if p.stem[5:].isdigit()}


def read_output(output: Path) -> tuple[pa.Table, pa.Table]:
    """The whole run's (stats, findings), sorted by page (and offset): for tests and small runs."""
    stats = pq.read_table(output / STATS_DIR, schema=STATS_SCHEMA).sort_by("page")
    findings = pq.read_table(output / FINDINGS_DIR, schema=FINDINGS_SCHEMA)
    return stats, findings.sort_by([("page", "ascending"), ("start", "ascending"), ("end", "ascending")])


# --- submitting and collecting ------------------------------------------------------------------


def _pending(batches: Iterator[Batch], done: set[int], summary: Summary) -> Iterator[Batch]:
    for batch in batches:
        if batch.id in done:
            summary.resumed += 1
        else:
            yield batch


def _results(client, batches: Iterator[Batch], config: Config, options: CorpusOptions, limit: int):
    """Each batch's result once, in completion order; at most ``limit`` tasks in flight."""
    return _Submitter(client, batches, config, options, limit).results()


class _Submitter:
    """Submits batches, keeps ``limit`` in flight and isolates the pages that kill their workers.

    When a worker dies, Dask counts the death against every task assigned to it, so an
    innocent task can end in ``KilledWorker`` beside a guilty one. A batch that ends so is
    run again one page per task; a page task that ends so is quarantined and run once more
    alone, with nothing else in flight. Only a page that kills its worker even then is
    recorded as crashed.
    """

    def __init__(self, client, batches: Iterator[Batch], config: Config, options: CorpusOptions, limit: int) -> None:
        from distributed import as_completed

        self.client, self.batches, self.config, self.options, self.limit = client, batches, config, options, limit
        self.run = uuid4().hex[:12]  # task keys must be unique per run: a resumed run must not get old results
        self.futures = as_completed()
        self.tasks: dict = {}  # future key -> (batch, page index or None, run alone?)
        self.split: dict[int, _Split] = {}
        self.quarantine: deque[tuple[Batch, int]] = deque()
        self.attempts = 0

    def results(self) -> Iterator[BatchResult]:
        """Each batch's result; after a failure nothing more is submitted, but the batches already in flight are
        still collected (and written by the caller) before the failure is raised: they had been thrown away."""
        from distributed import KilledWorker

        failure: KlarlintError | None = None
        self.fill()
        for future in self.futures:
            batch, single, alone = self.tasks.pop(future.key)
            try:
                result = future.result()
            except KilledWorker:
                result = None
            except KlarlintError as exc:
                failure = failure or exc
                continue
            except Exception as exc:  # not a page's fault (those are recorded per page): the cluster's
                name = type(exc).__name__
                failure = failure or KlarlintError(f"batch {batch.id} misslyckades på klustret ({name}: {exc})")
                continue
            future.release()
            done = self.collect(batch, single, alone, result)
            if done is not None:
                yield done
            if failure is None:
                try:
                    self.fill()
                except KlarlintError as exc:  # reading the next batch failed: finish what is in flight first
                    failure = exc
        if failure is not None:
            raise failure

    def collect(self, batch: Batch, single: int | None, alone: bool, result: BatchResult | None) -> BatchResult | None:
        if single is None and result is None:  # the batch, or a task beside it, killed its worker
            self.split[batch.id] = _Split(batch)
            for index in range(len(batch.pages)):
                self.submit(batch, index)
            return None
        if single is None:
            return result
        if result is None and not alone:
            self.quarantine.append((batch, single))
            return None
        parts = self.split[batch.id]
        parts.add(single, result)
        if not parts.complete():
            return None
        del self.split[batch.id]
        return parts.result()

    def submit(self, batch: Batch, single: int | None = None, alone: bool = False) -> None:
        self.attempts += 1
        key = f"klarlint-corpus-{self.run}-{batch.id}" + ("" if single is None else f"-{single}-{self.attempts}")
        part = batch if single is None else Batch(batch.id, (batch.pages[single],))
        future = self.client.submit(lint_batch, part, self.config, key=key, retries=self.options.retries, pure=False)
        self.tasks[future.key] = (batch, single, alone)
        self.futures.add(future)

    def fill(self) -> None:
        if self.quarantine:  # a suspect runs alone: wait until nothing else is in flight
            if not self.tasks:
                self.submit(*self.quarantine.popleft(), alone=True)
            return
        while len(self.tasks) < self.limit:
            batch = next(self.batches, None)
            if batch is None:
                return
            self.submit(batch)


class _Split:
    """A batch run one page per task after it kept killing its workers."""

    def __init__(self, batch: Batch) -> None:
        self.batch = batch
        self.results: dict[int, BatchResult] = {}

    def add(self, index: int, result: BatchResult | None) -> None:
        if result is None:  # this page kills its worker every time: record it, with the reason
            page = self.batch.pages[index]
            row = stats_row(page, FileReport(page.url, error=f"{page.url}: {CRASHED}"))
            row["batch"] = self.batch.id
            result = BatchResult(self.batch.id, table([row], STATS_SCHEMA), table([], FINDINGS_SCHEMA))
        self.results[index] = result

    def complete(self) -> bool:
        return len(self.results) == len(self.batch.pages)

    def result(self) -> BatchResult:
        ordered = [self.results[i] for i in range(len(self.batch.pages))]
        return BatchResult(
            self.batch.id,
            pa.concat_tables([r.stats for r in ordered]),
            pa.concat_tables([r.findings for r in ordered]),
        )


def _threads(client) -> int:
    return sum(client.nthreads().values()) or 1


def _count(summary: Summary, result: BatchResult) -> None:
    summary.batches += 1
    summary.pages += result.stats.num_rows
    summary.findings += result.findings.num_rows
    summary.errors += result.stats.num_rows - result.stats.column("error").null_count
    swedish = pc.equal(result.stats.column("language"), SWEDISH)  # null for a page with an error: neither
    noticed = pc.greater(pc.list_value_length(result.stats.column("notices")), 0)
    summary.other_language += _count_true(pc.invert(swedish))
    summary.partly += _count_true(pc.and_(swedish, noticed))
    summary.words += pc.sum(result.stats.column("words")).as_py() or 0


def _count_true(mask: pa.ChunkedArray) -> int:
    return pc.sum(mask.cast(pa.int64())).as_py() or 0


# --- the output folder --------------------------------------------------------------------------


def _write_result(output: Path, result: BatchResult) -> None:
    name = PART.format(result.batch)
    _write_atomic(result.findings, output / FINDINGS_DIR / name)
    _write_atomic(result.stats, output / STATS_DIR / name)  # last: it marks the batch as written


def _write_atomic(data: pa.Table, path: Path) -> None:
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    pq.write_table(data, temporary)
    os.replace(temporary, path)


def input_record(path: Path) -> dict:
    """What the manifest says of an input file, so that ``--resume`` sees a change: its size, its modification time
    and a hash of its first and last 64 KiB (a same-size edit had been resumed, mixing old and new pages)."""
    stat = path.stat()
    digest = hashlib.sha256()
    try:
        with path.open("rb") as handle:
            digest.update(handle.read(ENDS_HASHED))
            if stat.st_size > ENDS_HASHED:
                handle.seek(max(ENDS_HASHED, stat.st_size - ENDS_HASHED))
                digest.update(handle.read(ENDS_HASHED))
    except OSError as exc:
        raise KlarlintError(f"{path}: kan inte läsas ({os_reason(exc)})") from None
    return {
        "path": str(path.resolve()),
        "bytes": stat.st_size,
        "mtime_ns": stat.st_mtime_ns,
        "ends": digest.hexdigest(),
    }


ENDS_HASHED = 64 * 1024


def klarlint_record(config: Config) -> dict:
    """Which klarlint, rules and settings made the findings: a resumed run must not mix two of them (a run resumed
    after passive_voice.py changed had held old messages in three batches and new ones in the rest)."""
    from klarlint.crawl.cache import fingerprint
    from klarlint.linter import active_rules

    return {
        "version": klarlint.__version__,
        "code": _package_hash(),
        "rules": fingerprint(config, active_rules(config)),
    }


@functools.cache  # once per process: the code this process loaded does not change under it
def _package_hash() -> str:
    """A hash of klarlint's installed files (code, word lists, model): the version number changes far less often."""
    from klarlint.resources import PACKAGE_DIR, data_dir

    digest = hashlib.sha256()
    roots = [PACKAGE_DIR]  # in a wheel the word lists and rule files are in it; in a checkout beside it
    roots += [folder for folder in map(data_dir, ("wordlists", "rules")) if PACKAGE_DIR not in folder.parents]
    for root in roots:
        for path in sorted(p for p in root.rglob("*") if p.is_file() and "__pycache__" not in p.parts):
            digest.update(f"{root.name}/{path.relative_to(root)}".encode() + b"\0")
            digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


def _check_output(output: Path, files: list[Path], options: CorpusOptions, config: Config) -> dict | None:
    """The manifest a new run writes (None: a resumed run keeps its own); refuses what would lose or mix data."""
    manifest = {
        "inputs": [input_record(p) for p in files],
        "batch_size": options.batch_size,
        "batch_chars": options.batch_chars,
        "format": FORMAT,
        "klarlint": klarlint_record(config),
    }
    path = output / MANIFEST
    if options.resume and output.is_dir() and any(output.iterdir()) and not path.is_file():
        raise KlarlintError(f"{output}: ingen korpuskörning att fortsätta (manifest.json saknas)")
    if options.resume and path.is_file():
        try:
            old = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise KlarlintError(f"{path}: kan inte läsas ({exc})") from None
        if old.get("format", 1) != FORMAT:
            raise KlarlintError(
                f"{output}: körningen skrevs av en annan version av klarlint (utdataformat {old.get('format', 1)}, "
                f"nu {FORMAT}) och kan inte fortsättas med --resume; starta en ny körning i en tom mapp"
            )
        _check_resume(output, old, manifest)
        return None
    if output.exists() and (not output.is_dir() or any(output.iterdir())):
        raise KlarlintError(f"{output}: finns redan och är inte en tom mapp (fortsätt en körning med --resume)")
    return manifest


def _check_resume(output: Path, old: dict, new: dict) -> None:
    """Refuses a resume that would mix two runs in one folder, saying what changed."""
    start_over = "starta en ny körning i en tom mapp"
    was, now = old.get("klarlint") or {}, new["klarlint"]
    if was.get("version") != now["version"] or was.get("code") != now["code"]:
        if "version" not in was:
            said = "en äldre klarlint, som inte skrev ut sin version"
        elif was["version"] != now["version"]:
            said = f"klarlint {was['version']} (nu {now['version']})"
        else:
            said = f"en annan klarlint (samma versionsnummer {now['version']}, men koden eller ordlistorna har ändrats)"
        raise KlarlintError(
            f"{output}: körningen började med {said}, och --resume skulle blanda två regeluppsättningar; {start_over}"
        )
    if was.get("rules") != now["rules"]:
        raise KlarlintError(
            f"{output}: körningen började med andra regler eller inställningar (klarlint.toml, --config, --profile, "
            f"--enable eller --disable) och --resume skulle blanda dem; använd samma eller {start_over}"
        )
    if (old.get("batch_size"), old.get("batch_chars")) != (new["batch_size"], new["batch_chars"]):
        raise KlarlintError(
            f"{output}: --resume kräver samma --batch-size som förra körningen ({old.get('batch_size')})"
        )
    before = {item.get("path"): item for item in old.get("inputs", [])}
    if list(before) != [item["path"] for item in new["inputs"]]:
        raise KlarlintError(f"{output}: --resume kräver samma indatafiler, i samma ordning, som förra körningen")
    for item in new["inputs"]:
        if before[item["path"]] != item:
            raise KlarlintError(
                f"{output}: {item['path']} har ändrats sedan körningen började (storlek, innehåll eller ändringstid); "
                f"--resume kräver oförändrade indatafiler; {start_over}"
            )


def _check_writable(output: Path) -> None:
    """The output folder can be made and written to; what this made is removed again (-o /proc/klar had failed only
    after the cluster started, ten seconds later)."""
    made: list[Path] = []
    try:
        missing = [p for p in (output, *output.parents) if not p.exists()]
        for folder in reversed(missing):
            folder.mkdir()
            made.append(folder)
        probe = output / f".klarlint-probe-{os.getpid()}"
        probe.write_bytes(b"")
        probe.unlink()
    except OSError as exc:
        raise KlarlintError(f"{output}: mappen kan inte skapas eller skrivas ({os_reason(exc)})") from None
    finally:
        for folder in reversed(made):
            with contextlib.suppress(OSError):
                folder.rmdir()


def _create_output(output: Path, manifest: dict) -> None:
    try:
        (output / FINDINGS_DIR).mkdir(parents=True, exist_ok=True)
        (output / STATS_DIR).mkdir(exist_ok=True)
    except OSError as exc:
        raise KlarlintError(f"{output}: mappen kan inte skapas ({os_reason(exc)})") from None
    _write_json(output / MANIFEST, {**manifest, "complete": False})


def _finish_manifest(output: Path, summary: Summary) -> None:
    path = output / MANIFEST
    manifest = json.loads(path.read_text(encoding="utf-8"))
    manifest["complete"] = True
    manifest["batches"] = len(written_batches(output))
    # skipped.tsv is part of the output: the manifest names it and its count, as it names the batches (note46)
    manifest["skipped"] = {"file": SKIPPED, "entries": len(summary.ignored)}
    _write_json(path, manifest)


def write_skipped(output: Path, skipped: list[Skipped]) -> None:
    """Every skipped entry of the input folders with its reason, one a line (the run's last lines name only a few:
    a thousand .docx files had hidden a broken link and a FIFO). Written by a resumed run too, for its inputs."""
    lines = ["sökväg\tskäl"] + [f"{shown(item.path)}\t{shown(item.reason)}" for item in skipped]
    temporary = output / f".{SKIPPED}.tmp"
    try:
        temporary.write_text("\n".join(lines) + "\n", encoding="utf-8")
        os.replace(temporary, output / SKIPPED)
    except OSError as exc:
        raise KlarlintError(f"{output / SKIPPED}: kan inte skrivas ({os_reason(exc)})") from None


def shown(text: Path | str) -> str:
    """A file name as ``klarlint check`` shows it: bytes that are not UTF-8 as U+FFFD, control characters, tabs and
    line breaks escaped (a name with a newline and ESC had been printed raw, and would break a TSV row)."""
    return one_line(printable(str(text)))


def _write_json(path: Path, data: dict) -> None:
    temporary = path.with_name(f".{path.name}.tmp")
    temporary.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    os.replace(temporary, path)
