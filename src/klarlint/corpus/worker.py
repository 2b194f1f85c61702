"""Lint one batch of pages on a Dask worker: the library's one lint path, turned into two Arrow tables.

:func:`lint_batch` is what the cluster runs. The Swedish model is loaded once per
worker process (by :func:`klarlint.linter.default_backend`, a module-level lazy
global) and the active rules once per worker and config, not once per task.
Each page goes through :func:`klarlint.readers.read_text` and
:func:`klarlint.linter.lint_document`, exactly as ``klarlint check`` does it; a page
that fails is recorded with its error in the statistics table.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from pathlib import Path

import pyarrow as pa

from klarlint.config import Config
from klarlint.corpus.pages import Batch, Page
from klarlint.errors import InputError, KlarlintError
from klarlint.linter import ActiveRule, active_rules, lint_document
from klarlint.readers import read_text
from klarlint.report import FileReport, per_1000_words

log = logging.getLogger("klarlint")

NOTICE = pa.struct([("code", pa.string()), ("message", pa.string()), ("line", pa.int32()), ("column", pa.int32())])
FINDINGS_SCHEMA = pa.schema(
    [
        ("page", pa.int64()),
        ("url", pa.string()),
        ("site", pa.string()),
        ("rule", pa.string()),
        ("severity", pa.string()),
        ("start", pa.int64()),  # source offsets (code points) in the page's text or HTML
        ("end", pa.int64()),
        ("line", pa.int32()),
        ("column", pa.int32()),
        ("end_line", pa.int32()),
        ("end_column", pa.int32()),
        ("text", pa.string()),
        ("suggestion", pa.string()),
        ("message", pa.string()),
    ]
)
STATS_SCHEMA = pa.schema(
    [
        ("page", pa.int64()),
        ("batch", pa.int64()),
        ("url", pa.string()),
        ("site", pa.string()),
        ("format", pa.string()),
        ("words", pa.int64()),
        ("sentences", pa.int64()),
        ("mean_sentence_length", pa.float64()),
        ("lix", pa.float64()),
        ("ovix", pa.float64()),  # null when undefined (every word occurs once)
        ("nominal_ratio", pa.float64()),
        ("passive_share", pa.float64()),
        ("long_word_share", pa.float64()),
        ("findings", pa.int64()),
        ("findings_per_1000_words", pa.float64()),
        ("error", pa.string()),  # the page could not be read or linted; no findings then
        ("rule_errors", pa.string()),  # rules that crashed on the page (its other findings are kept)
        # The page's language (klarlint.language: sv, en, und-Arab …); null for a page with an error. A page
        # in another language has no words and no findings: this column says why.
        ("language", pa.string()),
        # Text the lint did not check, and why (a paragraph in English, a 5 MB line …): what `klarlint check`
        # prints as notices. Nothing skipped goes unsaid, in a corpus run too.
        ("notices", pa.list_(NOTICE)),
    ]
)
# Tests only: names a trigger file. While it holds a batch number, the worker that starts that
# batch renames it to "<trigger>.fired" and exits at once, to prove a dead worker loses nothing;
# while it holds "page N", every task with page N kills its worker (a page that crashes the parser); while it holds
# "error N", batch N fails with a KlarlintError (a broken model: the run stops, after writing what is in flight).
CRASH_ENV = "KLARLINT_CORPUS_TEST_CRASH"


@dataclass(frozen=True)
class BatchResult:
    batch: int
    stats: pa.Table
    findings: pa.Table


_rules: tuple[Config, list[ActiveRule]] | None = None


def lint_batch(batch: Batch, config: Config) -> BatchResult:
    """Lint every page of ``batch``; runs on a worker."""
    _crash_for_test(batch)
    rules = rules_for(config)
    stats: list[dict] = []
    findings: list[dict] = []
    for page in batch.pages:
        page_stats, page_findings = lint_page(page, config, rules)
        page_stats["batch"] = batch.id
        stats.append(page_stats)
        findings.extend(page_findings)
    return BatchResult(batch.id, table(stats, STATS_SCHEMA), table(findings, FINDINGS_SCHEMA))


def rules_for(config: Config) -> list[ActiveRule]:
    """The active rules of ``config``, resolved once per worker process (and config)."""
    global _rules
    if _rules is None or _rules[0] != config:
        _rules = (config, active_rules(config))
    return _rules[1]


def lint_page(page: Page, config: Config, rules: list[ActiveRule]) -> tuple[dict, list[dict]]:
    """One page's statistics row and finding rows."""
    if page.error is not None:
        return stats_row(page, FileReport(page.url, error=page.error)), []
    try:
        document = read_text(page.text, page.fmt, page.url, alt_text=config.alt_text)
        report = lint_document(document, config, rules=rules)
    except InputError as exc:
        report = FileReport(page.url, error=str(exc))
    except KlarlintError:
        raise  # the model or the config is broken: every page would fail, so the run stops
    except Exception as exc:  # a bug on one page must not lose the others
        log.debug("linting %s failed", page.url, exc_info=True)
        report = FileReport(page.url, error=f"{page.url}: internt fel när sidan granskades: {exc}")
    return stats_row(page, report), [finding_row(page, finding) for finding in report.findings]


def stats_row(page: Page, report: FileReport) -> dict:
    stats = report.stats
    return {
        "page": page.index,
        "batch": None,
        "url": page.url,
        "site": page.site,
        "format": page.fmt,
        "words": stats.words,
        "sentences": stats.sentences,
        "mean_sentence_length": stats.mean_sentence_length,
        "lix": stats.lix,
        "ovix": stats.ovix,
        "nominal_ratio": stats.nominal_ratio,
        "passive_share": stats.passive_share,
        "long_word_share": stats.long_word_share,
        "findings": len(report.findings),
        "findings_per_1000_words": per_1000_words(len(report.findings), stats.words),
        "error": report.error,
        "rule_errors": "; ".join(report.rule_errors) or None,
        "language": None if report.error else report.language,
        "notices": [notice.to_json() for notice in report.notices],
    }


def finding_row(page: Page, finding) -> dict:
    return {
        "page": page.index,
        "url": page.url,
        "site": page.site,
        "rule": finding.rule,
        "severity": finding.severity.value,
        "start": finding.start,
        "end": finding.end,
        "line": finding.line,
        "column": finding.column,
        "end_line": finding.end_line,
        "end_column": finding.end_column,
        "text": finding.text,
        "suggestion": finding.suggestion,
        "message": finding.message,
    }


def table(rows: list[dict], schema: pa.Schema) -> pa.Table:
    return pa.Table.from_pylist(rows, schema=schema)


def _crash_for_test(batch: Batch) -> None:
    trigger = os.environ.get(CRASH_ENV)
    if not trigger:
        return
    try:
        wanted = Path(trigger).read_text(encoding="utf-8").split()
    except OSError:
        return
    if wanted[:1] == ["error"]:
        if wanted[-1] == str(batch.id):
            raise KlarlintError(f"testfel i batch {batch.id}")
        return
    if wanted[:1] == ["page"]:  # "page N": every task holding page N kills its worker, every time
        if any(str(page.index) == wanted[-1] for page in batch.pages):
            os._exit(70)
        return
    if wanted != [str(batch.id)]:
        return
    try:
        os.rename(trigger, f"{trigger}.fired")  # atomic: one worker process claims it, once
    except OSError:
        return
    os._exit(70)
