"""The ``klarlint corpus`` and ``klarlint corpus-report`` commands (registered in :mod:`klarlint.cli`).

Only typer and the standard library are imported here, so ``klarlint --help`` stays
fast; Dask and pyarrow are imported when a corpus command runs, after checking that
the ``corpus`` extra is installed.
"""

from __future__ import annotations

import contextlib
import sys
from collections import Counter
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
    output: Annotated[Path, typer.Option("--output", "-o", help="Mapp för Parquet-resultatet (ny eller tom).")],
    inputs: Annotated[
        list[Path] | None,
        typer.Argument(help="JSON Lines-, Parquet- eller WARC-filer (eller mappar med dem).", metavar="FIL"),
    ] = None,
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
    if not inputs:  # said here: the generic message had named the parameter, "argumentet INPUTS saknas"
        raise _fail("inga indatafiler angivna (ange JSON Lines-, Parquet- eller WARC-filer, eller mappar med dem)")
    from klarlint.corpus.cluster import connect
    from klarlint.corpus.run import CorpusOptions, prepare, run_prepared

    options = CorpusOptions(batch_size=batch_size, resume=resume, retries=retries)
    if workers is not None and workers < 1:
        raise _fail(f"--workers ska vara minst 1 (fick {workers})")
    try:
        config = _config(config_file, profile, disable, enable)
        run = prepare(inputs, output, options, config)  # bad input stops here, before a cluster starts
        with connect(scheduler, workers) as client, _progress() as show:
            summary = run_prepared(run, client, config, progress=show)
    except KlarlintError as exc:
        raise _fail(str(exc)) from None
    except KeyboardInterrupt:
        print(interrupted_said(output), file=sys.stderr)
        raise
    _print_summary(summary, output)


def interrupted_said(output: Path) -> str:
    """What a Ctrl-C leaves (it had printed nothing): what is written, and that --resume goes on from there."""
    from klarlint.corpus.run import output_totals

    try:
        batches, pages = output_totals(output) if (output / "stats").is_dir() else (0, 0)
    except Exception:  # noqa: BLE001 - a part being renamed as the run stopped: the count is only a courtesy
        batches, pages = 0, 0
    done = f"{_count(batches, 'batch', 'batchar')} ({_count(pages, 'sida', 'sidor')})"
    return f"Avbrutet: {done} skrivna i {output}; fortsätt med samma kommando och --resume"


def corpus_report(
    folder: Annotated[Path | None, typer.Argument(help="Mappen som klarlint corpus skrev.", metavar="MAPP")] = None,
    output: Annotated[Path, typer.Option("--output", "-o", help="HTML-rapporten.")] = Path("report.html"),
    min_words: Annotated[int, typer.Option(help="Kortare sidor räknas inte bland de sämsta sidorna.")] = 200,
    top: Annotated[int, typer.Option(help="Antal regler och sämsta sidor per webbplats.")] = 10,
) -> None:
    """Sammanställ en korpuskörning per webbplats i en fristående HTML-rapport med diagram."""
    _require_extra()
    from klarlint.corpus.report import write_report

    if folder is None:
        raise _fail("ange mappen som klarlint corpus skrev (se klarlint corpus-report --help)")
    if min_words < 0:
        raise _fail(f"--min-words kan inte vara negativt (fick {min_words})")
    if top < 1:
        raise _fail(f"--top ska vara minst 1 (fick {top})")
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
            n = _thousands  # only the numbers' commas: the description's own had become spaces too
            progress.update(
                task,
                description=f"{n(summary.pages)} sidor ({_count(summary.batches, 'batch', 'batchar')}, "
                f"{n(summary.errors)} fel), "
                f"{n(summary.findings)} anmärkningar, {n(round(rate))} ord/s",
            )

        yield show


def _thousands(number: int) -> str:
    from klarlint.swedish_numbers import grouped

    return grouped(number)


def _print_summary(summary, output: Path) -> None:
    from klarlint.corpus.report import unchecked_said

    for line in summary_lines(summary, output, unchecked_said(summary.other_language, summary.partly)):
        print(line, file=sys.stderr)


NAMES_SHOWN = 5  # files named in a summary line; the rest counted


def summary_lines(summary, output: Path, unchecked: str) -> list[str]:
    from klarlint.corpus.run import shown
    from klarlint.swedish_numbers import decimal, grouped

    rate = summary.words / summary.seconds if summary.seconds else 0.0
    lines = [  # numbers as the progress line above writes them: *280798 ord på 82.1 s* had followed *1 481 sidor*
        f"Klart: {grouped(summary.pages)} sidor ({grouped(summary.errors)} med fel), "
        f"{grouped(summary.findings)} anmärkningar, {grouped(summary.words)} ord på {decimal(summary.seconds)} s "
        f"({grouped(round(rate))} ord/s); resultat i {output}"
    ]
    if unchecked:
        lines.append(f"Granskades inte: {unchecked}; språk och skäl står i statistiken och i corpus-report")
    if summary.resumed:
        lines.append(
            f"Hoppade över {_count(summary.resumed, 'batch', 'batchar')} som redan var skrivna "
            f"(--resume); totalt i {output}: {_thousands(summary.total_pages)} sidor i "
            f"{_count(summary.total_batches, 'batch', 'batchar')}"
        )
    for reason, count in sorted(summary.skipped.items()):
        lines.append(f"Hoppade över {_count(count, 'WARC-post', 'WARC-poster')}: {reason}")
    if summary.broken:
        lines.append(
            f"{_count(len(summary.broken), 'fil', 'filer')} kunde inte läsas till slut; sidorna före granskades och "
            f"var det tog stopp står som fel i statistiken: {_names([shown(b) for b in summary.broken])}"
        )
    return lines + skipped_lines(summary.ignored, output)


def skipped_lines(skipped: list, output: Path) -> list[str]:
    """The input folders' entries not read: the other kinds of file counted by ending, then every broken link,
    FIFO or loop named with its reason (they had hidden among a thousand .docx files), and where the whole list is."""
    from klarlint.corpus.pages import UNSUPPORTED
    from klarlint.corpus.run import SKIPPED, shown

    if not skipped:
        return []
    other_kinds = [item.path for item in skipped if item.reason == UNSUPPORTED]
    odd = [f"{shown(item.path)} ({shown(item.reason)})" for item in skipped if item.reason != UNSUPPORTED]
    lines = []
    if other_kinds:
        lines.append(
            f"Hoppade över {_count(len(other_kinds), 'fil', 'filer')} i indatamapparna som inte är JSON Lines, "
            f"Parquet eller WARC ({_endings(other_kinds)}); granska dokument med klarlint check"
        )
    if odd:
        lines.append(
            f"Hoppade över {_count(len(odd), 'länk eller fil', 'länkar och filer')} i indatamapparna som inte kan "
            f"läsas: {_names(odd)}"
        )
    lines.append(f"Alla överhoppade filer, med skäl: {shown(output / SKIPPED)}")
    return lines


def _endings(paths: list[Path]) -> str:
    """``300 .md, 100 .docx``: the most common endings, so a thousand skipped files say what they are in a line."""
    from klarlint.corpus.run import shown

    counts = Counter(shown(path.suffix.lower()) or "utan filändelse" for path in paths)
    said = [f"{_thousands(count)} {ending}" for ending, count in counts.most_common(NAMES_SHOWN)]
    rest = len(counts) - NAMES_SHOWN
    return ", ".join(said) + (f" och {rest} {_plural(rest, 'ändelse', 'ändelser')} till" if rest > 0 else "")


def _plural(count: int, one: str, more: str) -> str:
    return one if count == 1 else more


def _count(count: int, one: str, more: str) -> str:
    return f"{_thousands(count)} {_plural(count, one, more)}"


def _names(items: list) -> str:
    shown = ", ".join(str(item) for item in items[:NAMES_SHOWN])
    return shown + (f" (och {len(items) - NAMES_SHOWN} till)" if len(items) > NAMES_SHOWN else "")
