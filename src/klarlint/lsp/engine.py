"""Linting for the language server: the library's one data path, with memory between edits.

Each lint goes reader → :func:`klarlint.linter.lint_document` exactly as
``klarlint check`` does. What the editor adds is memory: the analysis cache
(:class:`~klarlint.nlp.cache.CachingBackend`) and the per-block rule memo
(:mod:`klarlint.lsp.rule_cache`) keep the work done for paragraphs the last
keystroke did not touch, and the resolved rules are kept per configuration.

Nothing here knows about LSP messages, so the benchmark and the tests can drive
it directly.
"""

from __future__ import annotations

import json
from collections import OrderedDict
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path, PurePosixPath
from typing import Any
from urllib.parse import unquote, urlparse

from klarlint import readers
from klarlint.config import Config, find_config_file, load_config
from klarlint.document import BlockKind, Document
from klarlint.errors import KlarlintError
from klarlint.language import reserve_block_scores
from klarlint.limits import Budget, check_text_size
from klarlint.linter import ActiveRule, LintMemory, active_rules, default_backend, lint_document
from klarlint.lsp.rule_cache import BlockCachedRule, PartsCachedRule, exact_in_opening, with_block_cache
from klarlint.lsp.settings import Settings
from klarlint.nlp.backend import Backend
from klarlint.nlp.cache import CachingBackend
from klarlint.readers import FORMATS, plaintext, read_text
from klarlint.readers.decode import looks_binary
from klarlint.report import FileReport
from klarlint.rules.base import Rule

LANGUAGE_FORMATS = {"plaintext": "text", "text": "text", "markdown": "markdown", "html": "html"}
EXTRA_SUFFIXES = {".html": "html", ".htm": "html"}
MAX_RULE_SETS = 8  # configurations kept resolved (one per klarlint.toml in use, typically)
MAX_READS_KEPT = 8  # the last reader output of this many files, to re-read only what an edit changed
REREAD_CHARS = 20_000  # a shorter text is read whole (a millisecond or two)


def document_format(uri: str, language_id: str | None) -> str | None:
    """The reader format for a document, or None when klarlint has no reader for it.

    The file ending decides when it is one klarlint knows (a ``.txt`` file opened
    as some other language is still text); otherwise the editor's language id.
    """
    suffix = PurePosixPath(urlparse(uri).path).suffix.lower()
    fmt = FORMATS.get(suffix) or EXTRA_SUFFIXES.get(suffix) or LANGUAGE_FORMATS.get(language_id or "")
    return fmt if fmt in supported_formats() else None


def supported_formats() -> frozenset[str]:
    """Formats :func:`klarlint.readers.read_text` reads from a string (not .docx, which is binary)."""
    return getattr(readers, "TEXT_FORMATS", frozenset(FORMATS.values()) & {"text", "markdown", "html"})


def uri_to_path(uri: str) -> Path | None:
    parsed = urlparse(uri)
    if parsed.scheme != "file":
        return None
    return Path(unquote(parsed.path))


@dataclass
class LintResult:
    """One lint of one version of a document; what diagnostics, code actions and hover read."""

    source: str
    format: str
    document: Document | None = None
    report: FileReport | None = None
    rules: dict[str, Rule] = field(default_factory=dict)  # the active rules by id (unwrapped)
    # The last lint's finding each finding was moved from, by the finding's id (PlacedFindings.origins).
    origins: dict[int, Any] = field(default_factory=dict)
    error: str | None = None  # the configuration could not be used: no findings, this message instead
    # The diagnostic code of ``error``; None: a configuration error. Binary text is "format" (tester s43 §6:
    # a file of NUL bytes had been shown as a configuration error, as if klarlint.toml were wrong).
    error_code: str | None = None

    @cached_property
    def prose_lines(self) -> frozenset[int]:
        """0-based lines (``\\n``-separated, as directives count them) holding text of a non-table block."""
        if self.document is None:
            return frozenset()
        lines: set[int] = set()
        source = self.source
        for block in self.document.blocks:
            if block.kind is BlockKind.TABLE_CELL:
                continue
            for segment in block.segments:
                if segment.length:
                    first = source.count("\n", 0, segment.source_start)
                    last = first + source.count("\n", segment.source_start, segment.source_start + segment.length - 1)
                    lines.update(range(first, last + 1))
        return frozenset(lines)

    def block_kind_at(self, offset: int) -> BlockKind | None:
        if self.document is None:
            return None
        for block in self.document.blocks:
            for segment in block.segments:
                if segment.source_start <= offset < segment.source_start + max(segment.length, 1):
                    return block.kind
        return None


class Engine:
    """Lints document texts; keeps caches between calls. Not thread-safe: call from one thread."""

    def __init__(self, backend: Backend | None = None, settings: Settings | None = None) -> None:
        self._inner_backend = backend
        # A backend given here (tests, benchmarks) is used for every configuration. Not the same as
        # _inner_backend being set: the first use of ``backend`` (the warm-up at start) sets that to spaCy,
        # and ``backend = "stanza"`` in klarlint.toml or the settings was then ignored.
        self._injected = backend is not None
        self._backend: CachingBackend | None = None
        self.settings = settings or Settings()
        self.root: Path | None = None  # workspace folder: the configuration of documents without a path
        self._rule_sets: OrderedDict[str, tuple[list[ActiveRule], dict[str, Rule]]] = OrderedDict()
        self._other_backends: dict[tuple[str, Path | None], CachingBackend] = {}  # backend = "stanza" in a config
        self._reads: OrderedDict[tuple[str, str | None], Document] = OrderedDict()  # the last read per file
        self._memories: dict[tuple[str, str | None], LintMemory] = {}  # of the last lint, per file

    @property
    def backend(self) -> CachingBackend:
        """The caching backend; the first use loads the model (a second or two)."""
        if self._backend is None:
            if self._inner_backend is None:
                from klarlint.nlp.backend import SpacyBackend

                self._inner_backend = SpacyBackend()
            self._backend = CachingBackend(self._inner_backend)
        return self._backend

    def backend_for(self, config: Config) -> CachingBackend:
        """The caching backend the configuration asks for (``backend = "stanza"``); the spaCy one by default."""
        if config.backend == "spacy" or self._injected:
            return self.backend
        key = (config.backend, config.stanza_dir)
        if key not in self._other_backends:
            self._other_backends[key] = CachingBackend(default_backend(config))
        return self._other_backends[key]

    def make_room(self, chars: int, lines: int) -> None:
        """Let the caches hold every open document (``chars`` characters, ``lines`` lines in all).

        With less room than that, one long document (or two medium ones edited in turn) pushes its
        own paragraphs out of the LRU caches before the next keystroke needs them, and every edit
        costs a whole analysis: a 2 MB report took 39 s per word typed. The caches only grow, with
        a quarter to spare for the versions an edit leaves behind; a paragraph costs a block at most.
        """
        wanted_chars = chars + chars // 4
        wanted_blocks = lines + lines // 4
        backends = [b for b in (self._backend, *self._other_backends.values()) if b is not None]
        for backend in backends:
            backend.max_chars = max(backend.max_chars, wanted_chars)
            backend.max_entries = max(backend.max_entries, wanted_blocks)
        reserve_block_scores(wanted_blocks)
        for rules, _ in self._rule_sets.values():
            for active in rules:
                if isinstance(active.rule, BlockCachedRule | PartsCachedRule):
                    active.rule.max_entries = max(active.rule.max_entries, wanted_blocks)

    def set_settings(self, settings: Settings) -> None:
        self.settings = settings
        self._rule_sets.clear()

    def config_for(self, path: Path | None) -> Config:
        start = path if path is not None else self.root
        base = load_config(find_config_file(start)) if start is not None else Config()
        return self.settings.apply(base)

    def lint(self, source: str, fmt: str, path: Path | None = None, budget: Budget | None = None) -> LintResult:
        """Lint one text; a configuration or reading problem comes back as ``error``, not as an exception.

        Text the CLI refuses (binary, over the size limit) is refused here the same way, with
        one message and no findings; a lint over ``budget``'s time stops with one too. A
        cancelled budget raises :class:`klarlint.limits.LintCancelled`.
        """
        result = LintResult(source, fmt)
        name = str(path) if path else "texten"
        try:
            check_text_size(source, name)
            if looks_binary(source):
                # No path: the diagnostic is in the document itself and the log line names its uri already
                # (it had said file:///…/junk.txt: /…/junk.txt: …).
                result.error, result.error_code = "den ser ut att vara binär, inte text", "format"
                return result
            config = self.config_for(path)
            rules, by_id = self.rules_for(config)
            result.document = self._read(source, fmt, str(path) if path else None)
            result.rules = by_id
            memory = self._memories.setdefault((fmt, str(path) if path else None), LintMemory())
            result.report = lint_document(
                result.document, config, self.backend_for(config), rules, budget=budget, memory=memory
            )
            result.origins = memory.findings.origins
        except KlarlintError as exc:
            result.error = str(exc)
            result.report = None
        return result

    def _read(self, source: str, fmt: str, path: str | None) -> Document:
        """``read_text(source, fmt, path)``; plain text re-read from the last read of the same file where it
        did not change (:func:`klarlint.readers.plaintext.reread`)."""
        key = (fmt, path)
        previous = self._reads.get(key)
        if fmt == "text" and previous is not None and len(source) >= REREAD_CHARS:
            document = plaintext.reread(previous, source, path)  # (lone surrogates replaced as read_text does)
        else:
            document = read_text(source, fmt, path)
        self._reads[key] = document
        self._reads.move_to_end(key)
        while len(self._reads) > MAX_READS_KEPT:
            self._memories.pop(self._reads.popitem(last=False)[0], None)
        return document

    def forget(self, fmt: str | None, path: Path | None) -> None:
        """The document of ``path`` closed: drop the last read and lint kept for its next edit."""
        key = (fmt or "text", str(path) if path else None)
        self._reads.pop(key, None)
        self._memories.pop(key, None)

    def lint_block_local(
        self,
        source: str,
        fmt: str,
        path: Path | None = None,
        budget: Budget | None = None,
        context: int | None = None,
        genre: str | None = None,
    ) -> FileReport | None:
        """The findings of the block-local rules alone in ``source`` (a few paragraphs cut from a
        document): what an edit there changes at once, before the whole document is linted again.
        With ``context`` (not None), rules whose findings read the blocks before theirs
        (``RuleInfo.reads_before_only``) run too, and the first ``context`` characters are the paragraph before the
        cut, read as context only: no finding that starts in it is kept. ``genre``: the kind of text the whole
        document was judged to be (passive-voice warns by it; a cut alone may look like another kind). None when
        the text or the configuration cannot be used (the whole lint says why)."""
        try:
            config = self.config_for(path)
            config = config.with_overrides(genre=genre)  # (a configured genre is what the whole lint found)
            rules, _ = self.rules_for(config)
            local = [
                active
                for active in rules
                if isinstance(active.rule, BlockCachedRule)
                or context is not None
                and isinstance(active.rule, PartsCachedRule)
                and exact_in_opening(active.rule.rule)
            ]
            document = read_text(source, fmt, str(path) if path else None)
            report = lint_document(document, config, self.backend_for(config), local, budget=budget)
        except KlarlintError:
            return None
        if context:
            report.findings = [finding for finding in report.findings if finding.start >= context]
        return report

    def rules_for(self, config: Config) -> tuple[list[ActiveRule], dict[str, Rule]]:
        """Active rules for ``config``, resolved once per configuration (word lists are read once)."""
        key = _rules_key(config)
        found = self._rule_sets.get(key)
        if found is None:
            plain = active_rules(config)
            found = (with_block_cache(plain), {active.rule.info.id: active.rule for active in plain})
            self._rule_sets[key] = found
            while len(self._rule_sets) > MAX_RULE_SETS:
                self._rule_sets.popitem(last=False)
        else:
            self._rule_sets.move_to_end(key)
        return found


def _rules_key(config: Config) -> str:
    """What the rule set depends on, including when the user's own rule files last changed."""
    stamps = []
    for folder in config.rules_path:
        try:
            stamps.extend((str(p), p.stat().st_mtime_ns) for p in sorted(folder.iterdir()) if p.is_file())
        except OSError:
            stamps.append((str(folder), 0))
    return json.dumps(
        [
            getattr(config, "profile", None),
            sorted(config.enable),
            sorted(config.disable),
            [str(p) for p in config.rules_path],
            config.rule_options,
            stamps,
        ],
        sort_keys=True,
        default=repr,
    )
