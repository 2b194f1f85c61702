"""Command line: ``klarlint FILE...`` lints; subcommands explain rules and the model.

The CLI is a thin shell over :mod:`klarlint.linter`. ``klarlint FILE`` is short
for ``klarlint check FILE``.
"""

from __future__ import annotations

import errno
import json
import math
import os
import re
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from klarlint.cli_errors import swedish_help_classes
from klarlint.corpus import command as corpus_command
from klarlint.errors import KlarlintError, os_reason

SwedishCommand, SwedishGroup = swedish_help_classes()
app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="klarlint – granskar svensk text enligt Myndigheternas skrivregler (klarspråk).",
    rich_markup_mode=None,
)
model_app = typer.Typer(
    cls=SwedishGroup, help="Den svenska språkmodellen: information och utvärdering.", no_args_is_help=True
)
app.add_typer(model_app, name="model")

SUBCOMMANDS = {"check", "crawl", "rules", "explain", "model", "lsp", "serve", "--help", "-h", "--version"}
SUBCOMMANDS |= {"corpus", "corpus-report"}  # klarlint.corpus.command
DEFAULT_SUFFIXES = (".txt", ".md", ".markdown")
UNWRAPPED_WIDTH = 100_000  # "no wrapping" for output to a file or a pipe


class Backend(StrEnum):
    spacy = "spacy"
    stanza = "stanza"


class OutputFormat(StrEnum):
    rich = "rich"
    json = "json"
    sarif = "sarif"
    github = "github"


def _console(stderr: bool = False) -> Console:
    """A terminal wraps at its width; a file or a pipe gets whole lines (rich would wrap at 80 columns)."""
    if (sys.stderr if stderr else sys.stdout).isatty():
        return Console(highlight=False, stderr=stderr)
    return Console(highlight=False, soft_wrap=True, width=UNWRAPPED_WIDTH, stderr=stderr)


def _fail(message: str) -> typer.Exit:
    print(f"klarlint: {message}", file=sys.stderr)
    return typer.Exit(2)


# Output options shared by check and crawl (see klarlint.output).
BaselineOption = Annotated[
    Path | None,
    typer.Option(
        "--baseline",
        metavar="FIL",
        help="Visa bara anmärkningar som inte finns i den här baslinjen (från --write-baseline).",
    ),
]
WriteBaselineOption = Annotated[
    Path | None,
    typer.Option("--write-baseline", metavar="FIL", help="Spara dagens anmärkningar som baslinje i den här filen."),
]
CompareOption = Annotated[
    Path | None,
    typer.Option(
        "--compare-with",
        metavar="FIL",
        help="Förra körningens JSON (--format json): rapporten visar vad som är nytt och åtgärdat.",
    ),
]
MaxAnnotationsOption = Annotated[
    int,
    typer.Option(
        "--max-annotations",
        metavar="N",
        help="--format github: högst så här många annoteringar (GitHub visar bara några).",
    ),
]


def _output_options(fmt, html_report, compare_with, baseline, write_baseline, max_annotations):
    from klarlint.output import OutputOptions

    if max_annotations < 0:
        raise _fail(f"--max-annotations ska vara minst 0 (fick {max_annotations})")
    if compare_with is not None and html_report is None:
        raise _fail("--compare-with används med --report")
    try:  # reads --baseline and --compare-with, before any file is linted or page requested
        return OutputOptions(str(fmt), html_report, compare_with, baseline, write_baseline, max_annotations)
    except KlarlintError as exc:
        raise _fail(str(exc)) from None


@app.command(cls=SwedishCommand)
def check(
    paths: Annotated[list[str], typer.Argument(help="Filer eller mappar; - läser från stdin.", metavar="FIL")],
    output_format: Annotated[OutputFormat, typer.Option("--format", "-f", help="Utdataformat.")] = OutputFormat.rich,
    fail_on: Annotated[
        str | None,
        typer.Option(help="Lägsta allvarlighetsgrad som ger slutkod 1: error, warning eller info.", metavar="NIVÅ"),
    ] = None,
    config_file: Annotated[
        Path | None,
        typer.Option("--config", help="Konfigurationsfil (annars närmaste klarlint.toml).", metavar="FIL"),
    ] = None,
    disable: Annotated[
        list[str] | None,
        typer.Option(help="Stäng av regler: --disable a,b eller flaggan flera gånger.", metavar="REGLER"),
    ] = None,
    enable: Annotated[
        list[str] | None, typer.Option(help="Slå på regler: --enable a,b eller flaggan flera gånger.", metavar="REGLER")
    ] = None,
    profile: Annotated[
        str | None,
        typer.Option(
            help="Regelprofil: myndighet (standard), webb eller lättläst (går före konfigurationens).", metavar="PROFIL"
        ),
    ] = None,
    stdin_format: Annotated[
        str, typer.Option(help="Format för text från stdin: text, markdown eller html.", metavar="FORMAT")
    ] = "text",
    genre: Annotated[
        str | None,
        typer.Option(
            help="Texttyp: brev, beslut, webbsida, pressmeddelande, tal, protokoll eller dokument (annars känner "
            "klarlint igen den; går före konfigurationens).",
            metavar="TYP",
        ),
    ] = None,
    jobs: Annotated[
        int | None,
        typer.Option(
            "--jobs", "-j", help="Antal parallella processer (standard: alla kärnor när det lönar sig).", metavar="N"
        ),
    ] = None,
    html_report: Annotated[
        Path | None,
        typer.Option(
            "--report", help="Skriv en HTML-rapport för alla filer (till exempel en hel webbplats) hit.", metavar="FIL"
        ),
    ] = None,
    backend: Annotated[
        Backend | None,
        typer.Option(
            "--backend", help="Analysmotor: spacy (standard, inbyggd) eller stanza (kräver Stanzas modeller)."
        ),
    ] = None,
    compare_with: CompareOption = None,
    baseline: BaselineOption = None,
    write_baseline: WriteBaselineOption = None,
    changed_since: Annotated[
        str | None,
        typer.Option(
            "--changed-since",
            metavar="REF",
            help="Granska bara filer som ändrats sedan en git-referens (t.ex. origin/main).",
        ),
    ] = None,
    max_annotations: MaxAnnotationsOption = 50,
    fix: Annotated[
        bool, typer.Option("--fix", help="Rätta det som kan rättas säkert i .txt- och Markdown-filer.")
    ] = False,
    diff: Annotated[
        bool, typer.Option("--diff", help="Visa rättelserna som diff i stället för att ändra filen.")
    ] = False,
    annotate: Annotated[
        bool,
        typer.Option("--annotate", help="Word: skriv en kopia med anmärkningarna som kommentarer i marginalen."),
    ] = False,
    suggest: Annotated[
        bool, typer.Option("--suggest", help="Word: skriv en kopia med säkra rättelser som spårade ändringar.")
    ] = False,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Namn på Word-kopian (standard: NAMN.klarlint.docx).")
    ] = None,
    force: Annotated[bool, typer.Option("--force", help="Ersätt en befintlig Word-kopia.")] = False,
    comment_level: Annotated[
        str | None,
        typer.Option(
            "--comment-level",
            metavar="NIVÅ",
            help="Word: lägsta nivå som får en egen kommentar (standard: warning; info tar med alla).",
        ),
    ] = None,
    max_comments: Annotated[
        int | None,
        typer.Option("--max-comments", metavar="N", help="Word: högst så här många kommentarer (standard: 500)."),
    ] = None,
) -> None:
    """Granska filer och visa anmärkningar."""
    from klarlint.output import Live, finish
    from klarlint.runner import RunOptions, run

    if changed_since is not None and write_baseline is not None:
        # A baseline of the changed files alone had been written without a word (CI tester s43 §4): a job that
        # refreshed it in a pull-request workflow dropped every other file's entries, and the next full run failed.
        raise _fail(
            "--write-baseline går inte att kombinera med --changed-since: baslinjen skulle bara få med de ändrade "
            "filerna (skriv den utan --changed-since)"
        )
    outputs = _output_options(output_format, html_report, compare_with, baseline, write_baseline, max_annotations)
    options = RunOptions(
        config_file=config_file,
        fail_on=fail_on,
        disable=_rule_ids(disable),
        enable=_rule_ids(enable),
        profile=profile,
        genre=genre,
        stdin_format=stdin_format,
        jobs=jobs,
        backend=backend.value if backend else None,
        changed_since=changed_since,
    )
    diffs: list[str] = []
    console = _console(stderr=diff)
    live = None
    try:
        rewritten = None
        word_options = comment_level is not None or max_comments is not None
        if fix or diff or annotate or suggest or output is not None or force or word_options:
            from klarlint.rewrite import RewriteOptions, comment_severity, rewrite

            level = comment_severity(comment_level)
            rewrite_options = RewriteOptions(fix, diff, annotate, suggest, output, force, level, max_comments)
            rewritten = rewrite(paths, options, rewrite_options)
            report, threshold, diffs = rewritten.report, rewritten.threshold, rewritten.diffs
        else:
            with Live(outputs, console) as live:  # each file's findings as it is done; a stopped run says so
                report, threshold = run(paths, options, live)
    except KlarlintError as exc:
        raise _fail(str(exc)) from None
    for text in diffs:
        sys.stdout.write(text)
    if changed_since is not None and not report.files:
        # *0 anmärkningar i 0 filer.* alone did not say that the gate ran and found nothing changed (retest s44 §7)
        print(f"klarlint: ingen fil att granska har ändrats sedan {changed_since}", file=sys.stderr)
    try:  # beside a diff on stdout, the findings go to stderr
        code = finish(report, threshold, outputs, console, to_stderr=diff, live=live)
    except KlarlintError as exc:
        raise _fail(str(exc)) from None
    for line in rewritten.copy_lines() if rewritten else ():  # where each Word copy went (stderr: JSON stays clean)
        print(line, file=sys.stderr)
    raise typer.Exit(code)


@app.command(cls=SwedishCommand)
def crawl(
    url: Annotated[
        str, typer.Argument(metavar="URL", help="Webbplatsens startadress, t.ex. https://staging.example.se/.")
    ],
    output_format: Annotated[OutputFormat, typer.Option("--format", "-f", help="Utdataformat.")] = OutputFormat.rich,
    fail_on: Annotated[
        str | None, typer.Option(metavar="NIVÅ", help="Lägsta allvarlighetsgrad som ger slutkod 1.")
    ] = None,
    config_file: Annotated[Path | None, typer.Option("--config", metavar="FIL", help="Konfigurationsfil.")] = None,
    disable: Annotated[
        list[str] | None, typer.Option(metavar="REGLER", help="Stäng av regler: a,b eller flaggan flera gånger.")
    ] = None,
    enable: Annotated[
        list[str] | None, typer.Option(metavar="REGLER", help="Slå på regler: a,b eller flaggan flera gånger.")
    ] = None,
    profile: Annotated[
        str | None, typer.Option(metavar="PROFIL", help="Regelprofil: myndighet, webb eller lättläst.")
    ] = None,
    jobs: Annotated[
        int | None, typer.Option("--jobs", "-j", metavar="N", help="Antal processer som granskar sidorna.")
    ] = None,
    html_report: Annotated[
        Path | None, typer.Option("--report", metavar="FIL", help="Skriv en HTML-rapport hit.")
    ] = None,
    compare_with: CompareOption = None,
    baseline: BaselineOption = None,
    write_baseline: WriteBaselineOption = None,
    max_annotations: MaxAnnotationsOption = 50,
    max_pages: Annotated[int, typer.Option(metavar="N", help="Högst så här många adresser.")] = 1000,
    max_depth: Annotated[
        int | None, typer.Option(metavar="N", help="Högst så här många länksteg från startsidan.")
    ] = None,
    include: Annotated[
        list[str] | None, typer.Option(metavar="MÖNSTER", help="Granska bara adresser som matchar (reguljärt uttryck).")
    ] = None,
    exclude: Annotated[
        list[str] | None, typer.Option(metavar="MÖNSTER", help="Hämta inte adresser som matchar (reguljärt uttryck).")
    ] = None,
    rate: Annotated[
        float | None, typer.Option(metavar="PER_SEKUND", help="Högst så här många anrop per sekund.")
    ] = None,
    concurrency: Annotated[int, typer.Option(metavar="N", help="Antal samtidiga anrop.")] = 4,
    timeout: Annotated[float, typer.Option(metavar="SEKUNDER", help="Sekunder att vänta på ett svar.")] = 20.0,
    retries: Annotated[int, typer.Option(metavar="N", help="Nya försök efter timeout, avbrott, 429 eller 5xx.")] = 2,
    header: Annotated[
        list[str] | None,
        typer.Option(
            "--header", "-H", metavar="HUVUD", help='Extra HTTP-huvud, t.ex. "Cookie: session=…" (kan upprepas).'
        ),
    ] = None,
    cache: Annotated[
        Path | None, typer.Option("--cache", metavar="MAPP", help="Mapp för cachen (standard ~/.cache/klarlint/crawl).")
    ] = None,
    no_cache: Annotated[bool, typer.Option("--no-cache", help="Granska alla sidor, utan cache.")] = False,
    ignore_robots: Annotated[
        bool, typer.Option("--ignore-robots", help="Följ inte robots.txt (egen webbplats).")
    ] = False,
    progress: Annotated[
        bool | None, typer.Option("--progress/--no-progress", help="Visa förlopp (standard: i terminal).")
    ] = None,
) -> None:
    """Granska en webbplats: följer webbplatskartan och länkarna på samma webbplats."""
    from klarlint.crawl import CrawlOptions, crawl_site
    from klarlint.output import finish
    from klarlint.runner import RunOptions, _threshold

    output = _output_options(output_format, html_report, compare_with, baseline, write_baseline, max_annotations)
    options = RunOptions(
        config_file=config_file,
        fail_on=fail_on,
        disable=_rule_ids(disable),
        enable=_rule_ids(enable),
        profile=profile,
        jobs=jobs,
    )
    try:
        crawl_options = CrawlOptions(
            start=url,
            max_pages=max_pages,
            max_depth=max_depth,
            include=tuple(_patterns(include, "--include")),
            exclude=tuple(_patterns(exclude, "--exclude")),
            rate=rate,
            concurrency=concurrency,
            timeout=timeout,
            retries=retries,
            headers=tuple(_header(h) for h in header or ()),
            robots=not ignore_robots,
        )
        result = crawl_site(crawl_options, options, cache_dir=cache, use_cache=not no_cache, progress=progress)
        # (what was not read is in the report as skipped addresses, each with its reason: see crawl._not_read)
        print(f"klarlint: {result.summary()}", file=sys.stderr)
        code = finish(result.report, _threshold(fail_on, result.config), output, _console())
    except KlarlintError as exc:
        raise _fail(str(exc)) from None
    raise typer.Exit(code)


def _header(value: str) -> tuple[str, str]:
    name, sep, content = value.partition(":")
    if not sep or not name.strip() or any(c in value for c in "\r\n"):
        raise KlarlintError(f'--header ska se ut som "Namn: värde" (fick {value!r})')
    if not value.isascii():
        raise KlarlintError(f"--header får bara innehålla ASCII-tecken (fick {value!r})")
    return name.strip(), content.strip()


def _patterns(values: list[str] | None, option: str) -> list[str]:
    import re

    for value in values or ():
        try:
            re.compile(value)
        except re.error as exc:
            where = f" (fel vid tecken {exc.pos + 1})" if exc.pos is not None else ""  # re's reason is English
            raise KlarlintError(f"{option}: ogiltigt reguljärt uttryck {value!r}{where}") from None
    return list(values or ())


def _rule_ids(values: list[str] | None) -> frozenset[str]:
    """``--disable a,b`` and ``--disable a --disable b`` alike."""
    return frozenset(part.strip() for value in values or () for part in value.split(",") if part.strip())


@app.command("rules", cls=SwedishCommand)
def list_rules(
    config_file: Annotated[Path | None, typer.Option("--config", help="Konfigurationsfil.")] = None,
    profile: Annotated[str | None, typer.Option(help="Visa reglerna som de är i den här profilen.")] = None,
) -> None:
    """Lista alla regler: id, källa, allvarlighetsgrad och om de är påslagna."""
    from rich.table import Column, Table
    from rich.text import Text

    from klarlint.config import config_for, load_config
    from klarlint.explain import SEVERITY_NAMES
    from klarlint.reporters import one_line
    from klarlint.rules.registry import all_rules

    try:
        config = load_config(config_file) if config_file else config_for(Path.cwd())
        config = config.with_overrides(profile=profile)
        config.profile_settings  # noqa: B018 - an unknown profile is an error, said before the table
        rules = all_rules(config.rules_path)
    except KlarlintError as exc:
        raise _fail(str(exc)) from None

    def cell(text: str) -> Text:  # a custom rule's title is plain text: "[intern lista]" is no rich markup
        return Text(one_line(text))

    table = Table("titel", "källa", "allvarlighet", "påslagen")
    table.columns.insert(0, Column("id", no_wrap=True))  # ids are what --disable takes: never cut
    for rule in rules:
        info = rule.info
        enabled = config.is_enabled(info.id, info.enabled_by_default)
        table.add_row(
            cell(info.id),
            cell(info.title),
            cell(info.source),
            SEVERITY_NAMES[config.severity_for(info.id, info.severity)],  # Swedish, as klarlint explain says it
            "ja" if enabled else "nej",
        )
        for subcheck, title in info.subchecks.items():  # each can be turned off on its own
            on = enabled and config.is_enabled(subcheck, info.subcheck_on_by_default(subcheck))
            table.add_row(cell(f"  {subcheck}"), cell(title), cell(f"del av {info.id}"), "", "ja" if on else "nej")
    _console().print(table)  # to a file or a pipe: not wrapped to 80 columns


@app.command(cls=SwedishCommand)
def explain(
    rule_id: Annotated[str, typer.Argument(help="Regelns id, t.ex. passive-voice.")],
    config_file: Annotated[
        Path | None, typer.Option("--config", help="Konfigurationsfil (annars närmaste klarlint.toml).", metavar="FIL")
    ] = None,
    profile: Annotated[str | None, typer.Option(help="Visa regeln som den är i den här profilen.")] = None,
) -> None:
    """Förklara en regel: varför, referens till skrivreglerna och ett exempel."""
    from klarlint.config import config_for, load_config
    from klarlint.explain import explain_rule

    try:
        # The rule as `klarlint rules` shows it: the nearest klarlint.toml (or --config) with its profile, so the
        # severity and limits said are the ones the user's findings have (the explain tester, session 42).
        if config_file is not None and not config_file.is_file():
            raise KlarlintError(f"{config_file}: konfigurationsfilen finns inte")
        config = load_config(config_file) if config_file else config_for(Path.cwd())
        config = config.with_overrides(profile=profile)
        config.profile_settings  # noqa: B018 - an unknown profile is an error
        text = explain_rule(rule_id, config)
    except KlarlintError as exc:
        raise _fail(str(exc)) from None
    _console().print(text)


@app.command(cls=SwedishCommand)
def lsp(
    stdio: Annotated[bool, typer.Option("--stdio", help="Kommunicera över stdin/stdout (standard).")] = True,
) -> None:
    """Starta språkservern (LSP) för redigerare: anmärkningar medan du skriver."""
    from klarlint.lsp.server import main as serve

    serve()


app.command("corpus", cls=SwedishCommand)(corpus_command.corpus)
app.command("corpus-report", cls=SwedishCommand)(corpus_command.corpus_report)


@app.command(cls=SwedishCommand)
def serve(
    host: Annotated[
        str, typer.Option(help="Adress att lyssna på (standard: bara den här datorn).", metavar="ADRESS")
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port.", metavar="PORT")] = 8000,
    workers: Annotated[
        int, typer.Option(help="Antal arbetsprocesser (var och en laddar språkmodellen).", metavar="N")
    ] = 1,
    token: Annotated[
        str | None,
        typer.Option(
            help=(
                "Kräv Authorization: Bearer NYCKEL för /api/ och /v2/ (på /v2/ går även fältet apiKey, som"
                " LanguageTool-klienter skickar; eller miljövariabeln KLARLINT_TOKEN)."
            ),
            metavar="NYCKEL",
        ),
    ] = None,
    time_limit: Annotated[
        float,
        typer.Option(
            "--time-limit", help="Längsta tid i sekunder för en granskning (0: ingen gräns).", metavar="SEKUNDER"
        ),
    ] = 30.0,
    cors_origin: Annotated[
        list[str] | None,
        typer.Option(
            "--cors-origin",
            help="Tillåt anrop från sidor på den här webbplatsen (CORS; kan upprepas). Av som standard.",
            metavar="URL",
        ),
    ] = None,
    config_file: Annotated[
        Path | None, typer.Option("--config", help="Konfigurationsfil (annars närmaste klarlint.toml).", metavar="FIL")
    ] = None,
) -> None:
    """Starta webbsidan, JSON-API:t och LanguageTool-gränssnittet (http://127.0.0.1:8000)."""
    from klarlint.serve import ServeSettings, check_address, run

    if workers < 1:
        raise _fail(f"--workers ska vara minst 1 (fick {workers})")
    if not 0 < port < 65536:
        raise _fail(f"--port ska vara mellan 1 och 65535 (fick {port})")
    if not math.isfinite(time_limit) or time_limit < 0:  # nan compares false with everything: it had been taken
        raise _fail(f"--time-limit ska vara ett tal från 0 och uppåt, 0 för ingen gräns (fick {time_limit:g})")
    if config_file is not None and not config_file.is_file():
        raise _fail(f"{config_file}: konfigurationsfilen finns inte")
    token = token or os.environ.get("KLARLINT_TOKEN") or None
    settings = ServeSettings(
        host=host,
        port=port,
        workers=workers,
        token=token,
        time_limit=time_limit or None,
        cors_origins=tuple(cors_origin or ()),
        config_file=str(config_file.resolve()) if config_file else None,
    )
    try:
        from klarlint.config import config_for, load_config

        config = load_config(config_file) if config_file else config_for(Path.cwd())  # said now, not per worker
        if config.backend == "stanza":  # Stanza's models missing: one line now, not a traceback from each worker
            from klarlint.nlp.stanza_backend import check_installed

            check_installed(config.stanza_dir)
    except KlarlintError as exc:
        raise _fail(str(exc)) from None
    try:
        check_address(host, port)
    except OSError as exc:
        hint = "; välj en annan port med --port" if exc.errno == errno.EADDRINUSE else ""
        raise _fail(f"kan inte lyssna på {host}:{port} ({os_reason(exc)}){hint}") from None
    run(settings)


@model_app.command("info", cls=SwedishCommand)
def model_info(
    backend: Annotated[Backend, typer.Option("--backend", help="Vilken analysmotors modell: spacy eller stanza.")] = (
        Backend.spacy
    ),
    stanza_dir: Annotated[Path | None, typer.Option("--stanza-dir", help="Mappen med Stanzas modeller.")] = None,
) -> None:
    """Visa språkmodellens namn, version, komponenter, träningsdata och resultat."""
    if backend is Backend.stanza:
        _stanza_info(stanza_dir)
        return
    from klarlint.nlp.model import MODEL_DIR, model_meta

    try:
        meta = model_meta()
    except KlarlintError as exc:
        raise _fail(str(exc)) from None
    console = Console(highlight=False)
    console.print(f"[bold]{meta['lang']}_{meta['name']}[/bold] {meta['version']}  ({MODEL_DIR})")
    console.print(f"Komponenter: {', '.join(meta.get('pipeline', []))}")
    for source in meta.get("sources", []):
        console.print(f"Träningsdata: {source.get('name')} ({source.get('license', '')})")
    klarlint_meta = meta.get("klarlint", {})
    if "held_out" in klarlint_meta:
        console.print(f"Resultat på {klarlint_meta.get('held_out_name', 'utvärderingsdata')}:")
        console.print(json.dumps(klarlint_meta["held_out"], indent=2, ensure_ascii=False))


def _stanza_info(stanza_dir: Path | None) -> None:
    """What Stanza models are installed where klarlint looks; exit 2 with how to get them when none are."""
    from klarlint.nlp.stanza_backend import default_model_dir, import_stanza, missing_message, model_info

    try:
        stanza = import_stanza()  # names PyTorch's CPU build when torch is what is missing
    except KlarlintError as exc:
        raise _fail(str(exc)) from None
    info = model_info(stanza_dir or default_model_dir())
    if not info["installed"]:  # where it looked, and the file that is missing: exit 2, as a lint would
        raise _fail(missing_message(info))
    console = Console(highlight=False)
    console.print(f"[bold]{info['name']}[/bold]  (Stanza {stanza.__version__}, {info['dir']})")
    for processor, path in info["processors"].items():
        console.print(f"  {processor}: {path}")
    if "meta" in info:
        console.print(json.dumps(info["meta"], indent=2, ensure_ascii=False))


@model_app.command("evaluate", cls=SwedishCommand)
def model_evaluate(
    data: Annotated[Path, typer.Option("--data", help="En CoNLL-U-fil att utvärdera modellen på.")],
    backend: Annotated[Backend, typer.Option("--backend", help="Vilken analysmotor: spacy eller stanza.")] = (
        Backend.spacy
    ),
    stanza_dir: Annotated[Path | None, typer.Option("--stanza-dir", help="Mappen med Stanzas modeller.")] = None,
) -> None:
    """Utvärdera den inbyggda modellen (eller Stanzas) på en CoNLL-U-fil; skriver JSON."""
    from klarlint.nlp.conllu import ConlluError
    from klarlint.nlp.evaluate import evaluate
    from klarlint.nlp.model import load_model

    if not data.is_file():
        raise _fail(f"{data}: filen finns inte")
    try:
        if backend is Backend.stanza:
            from klarlint.nlp.stanza_backend import StanzaBackend

            scores = evaluate(StanzaBackend(stanza_dir), data)
        else:
            scores = evaluate(load_model(), data)
    except UnicodeDecodeError:
        raise _fail(f"{data}: inte en giltig CoNLL-U-fil (filen är inte UTF-8)") from None
    except ConlluError as exc:
        raise _fail(f"{data}: inte en giltig CoNLL-U-fil{_conllu_reason(str(exc))}") from None
    except OSError as exc:
        raise _fail(f"{data}: kan inte läsas ({os_reason(exc)})") from None
    except KlarlintError as exc:
        raise _fail(str(exc)) from None
    print(json.dumps(scores, indent=2, ensure_ascii=False))


def _conllu_reason(message: str) -> str:
    """The CoNLL-U reader's English reason (``FILE:LINE: expected 10 tab-separated columns, got 1``) in Swedish."""
    found = re.search(r":(\d+): (expected 10 tab-separated columns, got (\d+)|head is not a number)", message)
    if found is None:
        return ""
    if found.group(3) is not None:
        return f" (rad {found.group(1)}: {found.group(3)} kolumner, en tokenrad ska ha 10 avgränsade med tabb)"
    return f" (rad {found.group(1)}: HEAD, sjunde kolumnen, är inget tal)"


# Seconds the orderly stop after SIGTERM may take before the process ends anyway (it takes well under one).
EXIT_GRACE = 10.0


def _exit_on_sigterm() -> None:
    """SIGTERM (docker stop, a CI job's timeout) ends the run as Ctrl-C does: cleanup runs (worker processes are
    stopped; they had outlived the main process) and the exit code is 143. Servers install their own handlers."""
    import signal

    def stop(signum: int, frame: object) -> None:
        _exit_later(128 + signum)
        sys.exit(128 + signum)

    signal.signal(signal.SIGTERM, stop)


def _exit_later(code: int) -> None:
    """End the process with ``code`` after ``EXIT_GRACE`` seconds if the orderly stop has not: a rare race in the
    worker pool's shutdown left one SIGTERM run waiting past 60 seconds (the clean-clone CI, session 53; it did not
    come back in the runs after it). A SIGTERM must stop the run, so the workers are terminated and the process
    ends from a daemon thread, which the interpreter drops when the orderly stop finishes first."""
    import multiprocessing
    import threading

    def force() -> None:
        for child in multiprocessing.active_children():
            child.terminate()
        os._exit(code)

    timer = threading.Timer(EXIT_GRACE, force)
    timer.daemon = True
    timer.start()


def main(argv: list[str] | None = None) -> None:
    """Entry point: ``klarlint FILE`` means ``klarlint check FILE``."""
    from klarlint.cli_errors import CLICK_ABORTS, CLICK_EXCEPTIONS, CLICK_EXITS, USAGE_ERRORS, main_help, usage_message

    args = list(sys.argv[1:] if argv is None else argv)
    if args and args[0] == "--version":
        from klarlint import __version__

        print(f"klarlint {__version__}")
        return
    group = typer.main.get_command(app)
    if not args or args[0] in ("--help", "-h"):
        print(main_help(group), end="")
        sys.exit(0 if args else 2)
    if args[0] not in SUBCOMMANDS | set(getattr(group, "commands", {})):
        args.insert(0, "check")
    if argv is None:  # the real command, not a test calling main() in its own process
        _exit_on_sigterm()
    try:
        code = group.main(args, prog_name="klarlint", standalone_mode=False)
    except KeyboardInterrupt:
        sys.exit(130)
    except CLICK_EXITS as exc:
        sys.exit(getattr(exc, "exit_code", 0))
    except CLICK_ABORTS:
        sys.exit(130)
    except USAGE_ERRORS as exc:
        if type(exc).__name__ == "NoArgsIsHelpError":  # `klarlint model`: the group's help
            print(exc.ctx.get_help() if getattr(exc, "ctx", None) else main_help(group))
        else:
            print(f"klarlint: {usage_message(exc, args)}", file=sys.stderr)
        sys.exit(2)
    except CLICK_EXCEPTIONS as exc:
        print(f"klarlint: {getattr(exc, 'message', exc)}", file=sys.stderr)
        sys.exit(2)
    except Exception as exc:  # last resort: one line, never a traceback
        if os.environ.get("KLARLINT_DEBUG"):
            raise
        print(f"klarlint: internt fel: {exc} (kör med KLARLINT_DEBUG=1 för detaljer)", file=sys.stderr)
        sys.exit(2)
    sys.exit(code if isinstance(code, int) else 0)
