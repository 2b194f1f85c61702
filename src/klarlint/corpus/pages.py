"""Pages of a corpus: read from JSON Lines, Parquet or WARC files, in order, and cut into batches.

Every page gets a number (its place in the run, counting from 0) and every batch a
number too. Both depend only on the input files, in the order given, and the batch
size, which is why a rerun with ``--resume`` can skip the batches already written.

A record that cannot be read as a page (a JSON Lines line that is not JSON, a record
with no text, a page over the size limit) still becomes a page: one with an error,
which the run records in the statistics table instead of dropping it. WARC records
that are not pages at all (requests, metadata, images, redirects) are counted in
:attr:`PageSource.skipped`, which the command reports.
"""

from __future__ import annotations

import gzip
import json
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from klarlint.errors import InputError
from klarlint.readers import MAX_FILE_BYTES, TEXT_FORMATS
from klarlint.readers.decode import decode_bytes

JSONL_SUFFIXES = (".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz")
PARQUET_SUFFIXES = (".parquet",)
WARC_SUFFIXES = (".warc", ".warc.gz", ".arc", ".arc.gz")
PAGE_FORMATS = {"text/html": "html", "application/xhtml+xml": "html", "text/plain": "text", "text/markdown": "markdown"}
PARQUET_ROWS_PER_READ = 1000
_CHARSET = re.compile(r"charset\s*=\s*[\"']?([A-Za-z0-9._:-]+)", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Page:
    index: int  # the page's number in the run, from 0
    url: str
    site: str
    text: str = ""
    fmt: str = "text"  # a klarlint.readers.read_text format: text, markdown or html
    error: str | None = None  # set when the record could not be read as a page


@dataclass(frozen=True, slots=True)
class Batch:
    id: int
    pages: tuple[Page, ...]


@dataclass
class PageSource:
    """The pages of some input files, in order; ``skipped`` counts the WARC records that are not pages."""

    files: list[Path]
    skipped: Counter[str] = field(default_factory=Counter)

    def pages(self) -> Iterator[Page]:
        index = 0
        for path in self.files:
            for url, site, text, fmt, error in _records(path, self.skipped):
                yield _page(index, url, site, text, fmt, error)
                index += 1

    def batches(self, size: int) -> Iterator[Batch]:
        return batched(self.pages(), size)


def batched(pages: Iterable[Page], size: int) -> Iterator[Batch]:
    batch: list[Page] = []
    number = 0
    for page in pages:
        batch.append(page)
        if len(batch) == size:
            yield Batch(number, tuple(batch))
            batch, number = [], number + 1
    if batch:
        yield Batch(number, tuple(batch))


def input_files(targets: Iterable[Path]) -> list[Path]:
    """The input files: a file as itself, a folder as its corpus files (sorted); unknown kinds are errors."""
    files: list[Path] = []
    for target in targets:
        if target.is_dir():
            found = sorted(p for p in target.rglob("*") if p.is_file() and _kind(p) is not None)
            if not found:
                raise InputError(f"{target}: mappen innehåller inga JSON Lines-, Parquet- eller WARC-filer")
            files.extend(found)
        elif target.is_file():
            if _kind(target) is None:
                raise InputError(f"{target}: okänt korpusformat (använd .jsonl, .parquet eller .warc/.warc.gz)")
            files.append(target)
        else:
            raise InputError(f"{target}: filen eller mappen finns inte")
    if not files:
        raise InputError("inga indatafiler angavs")
    return files


def site_of(url: str) -> str:
    return (urlsplit(url).hostname or "").lower()


def _kind(path: Path) -> str | None:
    name = path.name.lower()
    for kind, suffixes in (("jsonl", JSONL_SUFFIXES), ("parquet", PARQUET_SUFFIXES), ("warc", WARC_SUFFIXES)):
        if name.endswith(suffixes):
            return kind
    return None


Record = tuple[str, str | None, str, str, str | None]  # url, site, text, format, error


def _records(path: Path, skipped: Counter[str]) -> Iterator[Record]:
    kind = _kind(path)
    if kind == "jsonl":
        return _jsonl_records(path)
    if kind == "parquet":
        return _parquet_records(path)
    return _warc_records(path, skipped)


def _page(index: int, url: str, site: str | None, text: str, fmt: str, error: str | None) -> Page:
    if error is None and len(text) > MAX_FILE_BYTES:
        error = f"{url}: sidan är för stor ({len(text) // (1024 * 1024)} MB text; gränsen är 20 MB)"
        text = ""
    return Page(index, url, site or site_of(url), text, fmt, error)


# --- JSON Lines and Parquet: one object or row per page -----------------------------------------


def _jsonl_records(path: Path) -> Iterator[Record]:
    opener = gzip.open if path.name.lower().endswith(".gz") else open
    try:
        with opener(path, "rb") as handle:
            for number, line in enumerate(handle, start=1):
                if line.strip():
                    yield _jsonl_record(path, number, line)
    except (OSError, EOFError) as exc:
        raise InputError(f"{path}: kan inte läsas ({exc})") from None


def _jsonl_record(path: Path, number: int, line: bytes) -> Record:
    where = f"{path}:{number}"
    try:
        data = json.loads(line)
    except (ValueError, UnicodeDecodeError) as exc:
        return where, None, "", "text", f"{where}: raden är inte giltig JSON ({exc})"
    if not isinstance(data, dict):
        return where, None, "", "text", f"{where}: raden ska vara ett JSON-objekt"
    return _row_record(where, data)


def _row_record(where: str, row: dict) -> Record:
    """A page from a JSON object or Parquet row: ``url``, ``html`` or ``text``, optional ``site`` and ``format``."""
    url = row.get("url")
    site = row.get("site") if isinstance(row.get("site"), str) else None
    if not isinstance(url, str) or not url:
        return where, site, "", "text", f"{where}: sidan saknar url"
    if isinstance(row.get("html"), str):
        return url, site, row["html"], "html", None
    text = row.get("text")
    if not isinstance(text, str):
        return url, site, "", "text", f"{url}: sidan saknar text (fälten text eller html)"
    fmt = row.get("format") or "text"
    if fmt not in TEXT_FORMATS:
        return url, site, "", "text", f"{url}: okänt format {fmt!r} (text, markdown eller html)"
    return url, site, text, fmt, None


def _parquet_records(path: Path) -> Iterator[Record]:
    import pyarrow as pa
    import pyarrow.parquet as pq

    try:
        parquet = pq.ParquetFile(path)
        names = set(parquet.schema_arrow.names)
        if "url" not in names or not names & {"text", "html"}:
            raise InputError(f"{path}: Parquet-filen ska ha kolumnerna url och text eller html")
        columns = [name for name in ("url", "site", "text", "html", "format") if name in names]
        row = 0
        for batch in parquet.iter_batches(batch_size=PARQUET_ROWS_PER_READ, columns=columns):
            for data in batch.to_pylist():
                row += 1
                yield _row_record(f"{path}:rad {row}", data)
    except (OSError, pa.ArrowException) as exc:
        raise InputError(f"{path}: inte en läsbar Parquet-fil ({exc})") from None


# --- WARC: the HTML and text responses of a crawl --------------------------------------------------


def _warc_records(path: Path, skipped: Counter[str]) -> Iterator[Record]:
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    try:
        with path.open("rb") as handle:
            for record in ArchiveIterator(handle, arc2warc=True):
                if record.rec_type not in ("response", "resource"):
                    continue
                page = _warc_page(record, skipped)
                if page is not None:
                    yield page
    except (OSError, ArchiveLoadFailed, EOFError, ValueError) as exc:
        raise InputError(f"{path}: inte en läsbar WARC-fil ({exc})") from None


def _warc_page(record, skipped: Counter[str]) -> Record | None:
    url = record.rec_headers.get_header("WARC-Target-URI") or ""
    http = record.http_headers
    if http is not None and http.get_statuscode() != "200":
        skipped["HTTP-status inte 200"] += 1
        return None
    content_type = (http.get_header("Content-Type") if http is not None else record.content_type) or ""
    fmt = PAGE_FORMATS.get(content_type.split(";")[0].strip().lower())
    if fmt is None:
        skipped["inte HTML eller text"] += 1
        return None
    data = record.content_stream().read(MAX_FILE_BYTES + 1)  # dechunked and decompressed by warcio
    if len(data) > MAX_FILE_BYTES:
        return url, None, "", fmt, f"{url}: sidan är för stor (gränsen är 20 MB)"
    try:
        return url, None, _decode(data, content_type, url), fmt, None
    except InputError as exc:
        return url, None, "", fmt, str(exc)


def _decode(data: bytes, content_type: str, url: str) -> str:
    """The charset the server named, else klarlint's own guess (UTF-8, then cp1252)."""
    match = _CHARSET.search(content_type)
    if match:
        try:
            return data.decode(match.group(1), errors="replace")
        except LookupError:  # a charset Python does not know: guess as for a file
            pass
    return decode_bytes(data, url)
