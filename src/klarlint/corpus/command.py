"""The ``klarlint corpus`` and ``klarlint corpus-report`` commands (registered in :mod:`klarlint.cli`).

Only typer and the standard library are imported here, so ``klarlint --help`` stays
fast; Dask and pyarrow are imported when a corpus command runs, after checking that
the ``corpus`` extra is installed.
"""

from __future__ import annotations

import contextlib
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from klarlint.errors import KlarlintError


class Engine(StrEnum):
    dask = "dask"


def _fail(message: str) -> typer.Exit:
    print(f"klarlint: {message}", file=sys.stderr)
    return typer.Exit(2)


def _require_extra() -> None:
    from klarlint.corpus import INSTALL_HINT, missing_dependencies

    if missing_dependencies():
        raise _fail(INSTALL_HINT)


def corpus(
    inputs: Annotated[
        list[Path], typer.Argument(help="JSON Lines-, Parquet- eller WARC-filer (eller mappar med dem).")
    ],
    output: Annotated[Path, typer.Option("--output", "-o", help="Mapp för Parquet-resultatet (ny eller tom).")],
    engine: Annotated[Engine, typer.Option(help="Klustermotor.")] = Engine.dask,
    scheduler: Annotated[
        str | None,
        typer.Option(help="Adress till ett befintligt Dask-kluster, t.ex. tcp://10.0.0.5:8786 (annars ett lokalt)."),
    ] = None,
    workers: Annotated[
        int | None, typer.Option(help="Arbetsprocesser i det lokala klustret (standard: en per kärna).")
    ] = None,
    batch_size: Annotated[int, typer.Option(help="Sidor per uppgift.")] = 200,
    resume: Annotated[
        bool, typer.Option("--resume", help="Fortsätt en avbruten körning: hoppa över det som finns.")
    ] = False,
    retries: Annotated[int, typer.Option(help="Nya försök för en uppgift som misslyckas.")] = 3,
    config_file: Annotated[Path | None, typer.Option("--config", help="Konfigurationsfil.")] = None,
    profile: Annotated[str | None, typer.Option(help="Regelprofil: myndighet, webb eller lättläst.")] = None,
    disable: Annotated[list[str] | None, typer.Option(help="Stäng av en regel (kan upprepas).")] = None,
    enable: Annotated[list[str] | None, typer.Option(help="Slå på en regel (kan upprepas).")] = None,
) -> None:
    """Granska en hel korpus av webbsidor på ett Dask-kluster och skriv resultatet som Parquet."""
    _require_extra()
    from klarlint.corpus.cluster import connect
    from klarlint.corpus.run import CorpusOptions, prepare, run_prepared

    options = CorpusOptions(batch_size=batch_size, resume=resume, retries=retries)
    if workers is not None and workers < 1:
        raise _fail(f"--workers ska vara minst 1 (fick {workers})")
    try:
        config = _config(config_file, profile, disable, enable)
        run = prepare(inputs, output, options)  # bad input stops here, before a cluster starts
        with connect(scheduler, workers) as client, _progress() as show:
            summary = run_prepared(run, client, config, progress=show)
    except KlarlintError as exc:
        raise _fail(str(exc)) from None
    _print_summary(summary, output)


def corpus_report(
    folder: Annotated[Path, typer.Argument(help="Mappen som klarlint corpus skrev.")],
    output: Annotated[Path, typer.Option("--output", "-o", help="HTML-rapporten.")] = Path("report.html"),
    min_words: Annotated[int, typer.Option(help="Kortare sidor räknas inte bland de sämsta sidorna.")] = 200,
    top: Annotated[int, typer.Option(help="Antal regler och sämsta sidor per webbplats.")] = 10,
) -> None:
    """Sammanställ en korpuskörning per webbplats i en fristående HTML-rapport med diagram."""
    _require_extra()
    from klarlint.corpus.report import write_report

    try:
        write_report(folder, output, min_words=min_words, top=top)
    except KlarlintError as exc:
        raise _fail(str(exc)) from None
    print(f"Rapporten skrevs till {output}", file=sys.stderr)


def _config(config_file: Path | None, profile: str | None, disable, enable):
    from klarlint.config import config_for, load_config
    from klarlint.linter import active_rules

    config = load_config(config_file) if config_file else config_for(Path.cwd())
    disable, enable = frozenset(disable or ()), frozenset(enable or ())
    config = config.with_overrides(
        disable=(config.disable | disable) - enable, enable=config.enable | enable, profile=profile
    )
    active_rules(config)  # an unknown rule or profile is an error here, before the cluster starts
    return config


@contextlib.contextmanager
def _progress():
    """Pages and batches written so far, on stderr (rich redraws it in a terminal)."""
    from rich.console import Console
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    columns = (SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn())
    with Progress(*columns, console=Console(stderr=True), transient=False) as progress:
        task = progress.add_task("Startar klustret …", total=None)

        def show(summary) -> None:
            rate = summary.words / summary.seconds if summary.seconds else 0.0
            progress.update(
                task,
                description=f"{summary.pages:,} sidor ({summary.batches} batchar, {summary.errors} fel), "
                f"{summary.findings:,} anmärkningar, {rate:,.0f} ord/s".replace(",", " "),
            )

        yield show


def _print_summary(summary, output: Path) -> None:
    from klarlint.corpus.report import unchecked_said

    rate = summary.words / summary.seconds if summary.seconds else 0.0
    print(
        f"Klart: {summary.pages} sidor ({summary.errors} med fel), {summary.findings} anmärkningar, "
        f"{summary.words} ord på {summary.seconds:.1f} s ({rate:.0f} ord/s); resultat i {output}",
        file=sys.stderr,
    )
    if said := unchecked_said(summary.other_language, summary.partly):
        print(f"Granskades inte: {said}; språk och skäl står i statistiken och i corpus-report", file=sys.stderr)
    if summary.resumed:
        print(f"Hoppade över {summary.resumed} batchar som redan var skrivna (--resume)", file=sys.stderr)
    for reason, count in sorted(summary.skipped.items()):
        print(f"Hoppade över {count} WARC-poster: {reason}", file=sys.stderr)
