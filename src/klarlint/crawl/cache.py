"""The crawl cache: per URL, the validators (ETag, Last-Modified), the content's hash, its links and findings.

A nightly crawl sends the validators back (a conditional request); a page that
answers 304 Not Modified, or whose content hashes the same as last time, is not
linted again: its cached findings are used. Cached findings are only valid for
the same rules and options, so every entry carries the run's fingerprint
(klarlint's version, each active rule's metadata, options and severity).

One JSON file per URL, written atomically; a broken or foreign file is ignored
(the page is simply fetched and linted again).
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from enum import Enum
from pathlib import Path
from typing import Any

from klarlint import __version__
from klarlint.config import Config
from klarlint.crawl.serialize import report_from_data
from klarlint.linter import ActiveRule
from klarlint.report import FileReport

# 2: a report keeps its notices, language and kind of text (entries of 1 lack them: they are linted again)
# 3: a web page keeps its blocks' keys and the template it was linted without (klarlint.crawl.template)
CACHE_VERSION = 3


def default_cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "klarlint" / "crawl"


def fingerprint(config: Config, rules: Sequence[ActiveRule]) -> str:
    """What the findings depend on besides the page: klarlint, the rules (their facts, options and severities, and
    the files of rules of one's own), the words the site accepts, the kind of text set and the analysis backend.
    The same in every process: sets are written sorted (a repr's order changes with PYTHONHASHSEED, and half of all
    runs had missed the whole cache)."""
    parts = [
        __version__,
        _stable([config.alt_text, config.accept, config.genre, config.backend, config.stanza_dir]),
        *(_stable([asdict(r.rule.info), r.options, r.severity]) for r in rules),
        *(_file_hash(path) for path in config.rules_path),
    ]
    return hashlib.sha256("\n".join(parts).encode("utf-8")).hexdigest()


def _stable(value: object) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False, default=_plain)


def _plain(value: object) -> object:
    if isinstance(value, set | frozenset):
        return sorted(value, key=_stable)
    if isinstance(value, Enum):
        return value.value
    return str(value)  # a path, a compiled pattern: what it was made from


def _file_hash(path: Path) -> str:
    """The contents of a rules folder or file (a site's own word lists change its findings)."""
    digest = hashlib.sha256(str(path).encode("utf-8"))
    files = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
    for file in files:
        try:
            digest.update(file.name.encode("utf-8") + file.read_bytes())
        except OSError:
            digest.update(b"?")
    return digest.hexdigest()


def content_hash(body: bytes) -> str:
    return hashlib.sha256(body).hexdigest()


@dataclass
class Entry:
    url: str
    fingerprint: str
    etag: str | None = None
    last_modified: str | None = None
    content_hash: str | None = None
    kind: str | None = None  # "html", "pdf" or "docx"
    links: list[str] = field(default_factory=list)
    report: dict[str, Any] | None = None  # serialize.report_to_data
    page_text: dict[str, Any] | None = None  # a web page's template.PageText, to find the template without its body
    template: str = ""  # template.Template.key() of what the report was linted without ("" nothing)
    # The report rebuilt from ``report`` when the entry was read (Cache.get checks it can be): not stored
    rebuilt: FileReport | None = field(default=None, repr=False, compare=False)

    def validators(self) -> dict[str, str]:
        headers = {}
        if self.etag:
            headers["If-None-Match"] = self.etag
        if self.last_modified:
            headers["If-Modified-Since"] = self.last_modified
        return headers


def headers_key(headers: Sequence[tuple[str, str]]) -> str:
    """A key for the request headers a crawl sends (-H): a page fetched with another cookie or login may be
    another page, so each set of headers has its own entries. Only a hash is kept: headers hold secrets."""
    if not headers:
        return ""
    canonical = "\n".join(f"{name.strip().lower()}:{value.strip()}" for name, value in sorted(headers))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


class Cache:
    def __init__(self, folder: Path, fingerprint: str, headers: Sequence[tuple[str, str]] = ()) -> None:
        self.folder = Path(folder)
        self.fingerprint = fingerprint
        self.variant = headers_key(headers)

    def _file(self, url: str) -> Path:
        key = f"{url}\n{self.variant}" if self.variant else url  # no headers: the same files as before
        digest = hashlib.sha256(key.encode("utf-8")).hexdigest()
        return self.folder / digest[:2] / f"{digest}.json"

    def get(self, url: str) -> Entry | None:
        """The entry for ``url`` made under the same rules, or None."""
        try:
            data = json.loads(self._file(url).read_text(encoding="utf-8"))
            if data.get("version") != CACHE_VERSION or data.get("url") != url:
                return None
            data.pop("version")
            entry = Entry(**data)
        except (OSError, ValueError, TypeError):
            return None
        if entry.fingerprint != self.fingerprint or entry.report is None:
            return None
        try:  # a damaged report is no entry: its validators must not bring a 304 with nothing to show for it
            entry.rebuilt = report_from_data(entry.report, url)
        except (KeyError, TypeError, ValueError, AttributeError):
            return None
        return entry

    def put(self, entry: Entry) -> None:
        """Store ``entry``; a cache that cannot be written only costs speed, so errors are ignored."""
        target = self._file(entry.url)
        data = {"version": CACHE_VERSION, **{k: v for k, v in entry.__dict__.items() if k != "rebuilt"}}
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            fd, temporary = tempfile.mkstemp(dir=target.parent, prefix=".", suffix=".tmp")
            with os.fdopen(fd, "w", encoding="utf-8") as out:
                json.dump(data, out, ensure_ascii=False)
            os.replace(temporary, target)
        except OSError:
            return
