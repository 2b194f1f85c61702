"""Lint a list of paths the way the CLI does: expand folders, find configs, read stdin."""

from __future__ import annotations

import fnmatch
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from klarlint.config import Config, find_config_file, load_config
from klarlint.errors import InputError, KlarlintError
from klarlint.linter import ActiveRule, active_rules, lint_document
from klarlint.readers import FORMATS, read_path, read_text
from klarlint.report import FileReport, Report
from klarlint.rules.base import Severity

SKIPPED_DIRS = frozenset({".git", ".hg", ".svn", "node_modules", ".venv", "venv", "__pycache__"})


@dataclass(frozen=True)
class RunOptions:
    config_file: Path | None = None
    fail_on: str | None = None
    disable: frozenset[str] = frozenset()
    enable: frozenset[str] = frozenset()
    stdin_format: str = "text"


def run(paths: list[str], options: RunOptions) -> tuple[Report, Severity]:
    """Lint every path; returns the report and the severity that makes the run fail."""
    settings = _Settings(options)
    base = settings.for_path(Path.cwd())
    threshold = _threshold(options.fail_on, base[0])
    report = Report()
    for target in paths:
        if target == "-":
            document = read_text(sys.stdin.read(), options.stdin_format, "<stdin>")
            report.files.append(lint_document(document, base[0], rules=base[1]))
            continue
        for path in expand(Path(target), base[0].exclude):
            config, rules = settings.for_path(path)
            report.files.append(_lint_path(path, config, rules))
    return report, threshold


class _Settings:
    """Effective config and active rules per config file, loaded once per run."""

    def __init__(self, options: RunOptions) -> None:
        self.options = options
        self.loaded: dict[Path | None, tuple[Config, list[ActiveRule]]] = {}

    def for_path(self, path: Path) -> tuple[Config, list[ActiveRule]]:
        config_file = self.options.config_file or find_config_file(path)
        if config_file not in self.loaded:
            config = _with_cli(load_config(config_file), self.options)
            self.loaded[config_file] = (config, active_rules(config))
        return self.loaded[config_file]


def _lint_path(path: Path, config: Config, rules: list[ActiveRule]) -> FileReport:
    try:
        document = read_path(path)
    except InputError as exc:
        return FileReport(str(path), error=str(exc))
    return lint_document(document, config, rules=rules)


def _with_cli(config: Config, options: RunOptions) -> Config:
    return config.with_overrides(
        disable=(config.disable | options.disable) - options.enable,
        enable=config.enable | options.enable,
    )


def _threshold(fail_on: str | None, config: Config) -> Severity:
    if fail_on is None:
        return config.fail_on
    try:
        return Severity(fail_on)
    except ValueError:
        raise KlarlintError(f"okänt värde för --fail-on: {fail_on!r} (error, warning eller info)") from None


def expand(target: Path, exclude: tuple[str, ...] = ()) -> Iterator[Path]:
    """A file as itself; a folder as its lintable files, sorted, minus excluded patterns."""
    if target.is_file():
        yield target
        return
    if not target.is_dir():
        raise InputError(f"{target}: filen eller mappen finns inte")
    for path in sorted(target.rglob("*")):
        relative = path.relative_to(target)
        if any(part in SKIPPED_DIRS for part in relative.parts):
            continue
        if path.is_file() and path.suffix.lower() in FORMATS and not _excluded(relative, exclude):
            yield path


def _excluded(relative: Path, patterns: tuple[str, ...]) -> bool:
    text = relative.as_posix()
    return any(fnmatch.fnmatch(text, p) or fnmatch.fnmatch(text, p.rstrip("/") + "/*") for p in patterns)
