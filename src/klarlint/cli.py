"""Command line: ``klarlint FILE...`` lints; subcommands explain rules and the model.

The CLI is a thin shell over :mod:`klarlint.linter`. ``klarlint FILE`` is short
for ``klarlint check FILE``.
"""

from __future__ import annotations

import json
import os
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from klarlint.errors import KlarlintError

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="klarlint – granskar svensk text enligt Myndigheternas skrivregler (klarspråk).",
    rich_markup_mode=None,
)
model_app = typer.Typer(help="Den svenska språkmodellen: information och utvärdering.", no_args_is_help=True)
app.add_typer(model_app, name="model")

SUBCOMMANDS = {"check", "crawl", "rules", "explain", "model", "lsp", "--help", "-h", "--version"}
DEFAULT_SUFFIXES = (".txt", ".md", ".markdown")


class OutputFormat(StrEnum):
    rich = "rich"
    json = "json"
    sarif = "sarif"
    github = "github"


def _fail(message: str) -> typer.Exit:
    print(f"klarlint: {message}", file=sys.stderr)
    return typer.Exit(2)


# Output options shared by check and crawl (see klarlint.output).
BaselineOption = Annotated[
    Path | None,
    typer.Option(
        "--baseline", help="Visa bara anmärkningar som inte finns i den här baslinjen (från --write-baseline)."
    ),
]
WriteBaselineOption = Annotated[
    Path | None, typer.Option("--write-baseline", help="Spara dagens anmärkningar som baslinje i den här filen.")
]
CompareOption = Annotated[
    Path | None,
    typer.Option(
        "--compare-with", help="Förra körningens JSON (--format json): rapporten visar vad som är nytt och åtgärdat."
    ),
]
MaxAnnotationsOption = Annotated[
    int,
    typer.Option(
        "--max-annotations", help="--format github: högst så här många annoteringar (GitHub visar bara några)."
    ),
]


def _output_options(fmt, html_report, compare_with, baseline, write_baseline, max_annotations):
    from klarlint.output import OutputOptions

    if max_annotations < 0:
        raise _fail(f"--max-annotations ska vara minst 0 (fick {max_annotations})")
    if compare_with is not None and html_report is None:
        raise _fail("--compare-with används med --report")
    return OutputOptions(str(fmt), html_report, compare_with, baseline, write_baseline, max_annotations)


@app.command()
def check(
    paths: Annotated[list[str], typer.Argument(help="Filer eller mappar; - läser från stdin.")],
    output_format: Annotated[OutputFormat, typer.Option("--format", "-f", help="Utdataformat.")] = OutputFormat.rich,
    fail_on: Annotated[
        str | None,
        typer.Option(help="Lägsta allvarlighetsgrad som ger slutkod 1: error, warning eller info."),
    ] = None,
    config_file: Annotated[
        Path | None,
        typer.Option("--config", help="Konfigurationsfil (annars närmaste klarlint.toml)."),
    ] = None,
    disable: Annotated[list[str] | None, typer.Option(help="Stäng av en regel (kan upprepas).")] = None,
    enable: Annotated[list[str] | None, typer.Option(help="Slå på en regel (kan upprepas).")] = None,
    profile: Annotated[
        str | None,
        typer.Option(help="Regelprofil: myndighet (standard), webb eller lättläst (går före konfigurationens)."),
    ] = None,
    stdin_format: Annotated[str, typer.Option(help="Format för text från stdin: text eller markdown.")] = "text",
    jobs: Annotated[
        int | None,
        typer.Option("--jobs", "-j", help="Antal parallella processer (standard: alla kärnor när det lönar sig)."),
    ] = None,
    html_report: Annotated[
        Path | None,
        typer.Option("--report", help="Skriv en HTML-rapport för alla filer (t.ex. en hel webbplats) hit."),
    ] = None,
    compare_with: CompareOption = None,
    baseline: BaselineOption = None,
    write_baseline: WriteBaselineOption = None,
    changed_since: Annotated[
        str | None,
        typer.Option(
            "--changed-since", help="Granska bara filer som ändrats sedan en git-referens (t.ex. origin/main)."
        ),
    ] = None,
    max_annotations: MaxAnnotationsOption = 50,
) -> None:
    """Granska filer och visa anmärkningar."""
    from klarlint.output import finish
    from klarlint.runner import RunOptions, run

    output = _output_options(output_format, html_report, compare_with, baseline, write_baseline, max_annotations)
    options = RunOptions(
        config_file=config_file,
        fail_on=fail_on,
        disable=frozenset(disable or ()),
        enable=frozenset(enable or ()),
        profile=profile,
        stdin_format=stdin_format,
        jobs=jobs,
        changed_since=changed_since,
    )
    try:
        report, threshold = run(paths, options)
        code = finish(report, threshold, output)
    except KlarlintError as exc:
        raise _fail(str(exc)) from None
    raise typer.Exit(code)


@app.command()
def crawl(
    url: Annotated[str, typer.Argument(help="Webbplatsens startadress, t.ex. https://staging.example.se/.")],
    output_format: Annotated[OutputFormat, typer.Option("--format", "-f", help="Utdataformat.")] = OutputFormat.rich,
    fail_on: Annotated[str | None, typer.Option(help="Lägsta allvarlighetsgrad som ger slutkod 1.")] = None,
    config_file: Annotated[Path | None, typer.Option("--config", help="Konfigurationsfil.")] = None,
    disable: Annotated[list[str] | None, typer.Option(help="Stäng av en regel (kan upprepas).")] = None,
    enable: Annotated[list[str] | None, typer.Option(help="Slå på en regel (kan upprepas).")] = None,
    profile: Annotated[str | None, typer.Option(help="Regelprofil: myndighet, webb eller lättläst.")] = None,
    jobs: Annotated[int | None, typer.Option("--jobs", "-j", help="Antal processer som granskar sidorna.")] = None,
    html_report: Annotated[Path | None, typer.Option("--report", help="Skriv en HTML-rapport hit.")] = None,
    compare_with: CompareOption = None,
    baseline: BaselineOption = None,
    write_baseline: WriteBaselineOption = None,
    max_annotations: MaxAnnotationsOption = 50,
    max_pages: Annotated[int, typer.Option(help="Högst så här många adresser.")] = 1000,
    max_depth: Annotated[int | None, typer.Option(help="Högst så här många länksteg från startsidan.")] = None,
    include: Annotated[
        list[str] | None, typer.Option(help="Granska bara adresser som matchar (reguljärt uttryck).")
    ] = None,
    exclude: Annotated[
        list[str] | None, typer.Option(help="Hämta inte adresser som matchar (reguljärt uttryck).")
    ] = None,
    rate: Annotated[float | None, typer.Option(help="Högst så här många anrop per sekund.")] = None,
    concurrency: Annotated[int, typer.Option(help="Antal samtidiga anrop.")] = 4,
    timeout: Annotated[float, typer.Option(help="Sekunder att vänta på ett svar.")] = 20.0,
    retries: Annotated[int, typer.Option(help="Nya försök efter timeout, avbrott, 429 eller 5xx.")] = 2,
    header: Annotated[
        list[str] | None,
        typer.Option("--header", "-H", help='Extra HTTP-huvud, t.ex. "Cookie: session=…" (kan upprepas).'),
    ] = None,
    cache: Annotated[
        Path | None, typer.Option("--cache", help="Mapp för cachen (standard ~/.cache/klarlint/crawl).")
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
        disable=frozenset(disable or ()),
        enable=frozenset(enable or ()),
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
        for note in result.notes:
            print(f"klarlint: {note}", file=sys.stderr)
        print(f"klarlint: {result.summary()}", file=sys.stderr)
        code = finish(result.report, _threshold(fail_on, result.config), output)
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
            raise KlarlintError(f"{option}: ogiltigt reguljärt uttryck {value!r} ({exc})") from None
    return list(values or ())


@app.command("rules")
def list_rules(
    config_file: Annotated[Path | None, typer.Option("--config", help="Konfigurationsfil.")] = None,
    profile: Annotated[str | None, typer.Option(help="Visa reglerna som de är i den här profilen.")] = None,
) -> None:
    """Lista alla regler: id, källa, allvarlighetsgrad och om de är påslagna."""
    from rich.table import Table

    from klarlint.config import config_for, load_config
    from klarlint.rules.registry import all_rules

    try:
        config = load_config(config_file) if config_file else config_for(Path.cwd())
        config = config.with_overrides(profile=profile)
        config.profile_settings  # noqa: B018 - an unknown profile is an error, said before the table
        rules = all_rules(config.rules_path)
    except KlarlintError as exc:
        raise _fail(str(exc)) from None
    table = Table("id", "titel", "källa", "allvarlighet", "påslagen")
    for rule in rules:
        info = rule.info
        enabled = config.is_enabled(info.id, info.enabled_by_default)
        table.add_row(
            info.id,
            info.title,
            info.source,
            config.severity_for(info.id, info.severity).value,
            "ja" if enabled else "nej",
        )
    Console().print(table)


@app.command()
def explain(
    rule_id: Annotated[str, typer.Argument(help="Regelns id, t.ex. passive-voice.")],
) -> None:
    """Förklara en regel: varför, referens till skrivreglerna och ett exempel."""
    from klarlint.explain import explain_rule

    try:
        text = explain_rule(rule_id)
    except KlarlintError as exc:
        raise _fail(str(exc)) from None
    Console(highlight=False).print(text)


@app.command()
def lsp(
    stdio: Annotated[bool, typer.Option("--stdio", help="Kommunicera över stdin/stdout (standard).")] = True,
) -> None:
    """Starta språkservern (LSP) för redigerare: anmärkningar medan du skriver."""
    from klarlint.lsp.server import main as serve

    serve()


@model_app.command("info")
def model_info() -> None:
    """Visa språkmodellens namn, version, komponenter, träningsdata och resultat."""
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


@model_app.command("evaluate")
def model_evaluate(
    data: Annotated[Path, typer.Option("--data", help="En CoNLL-U-fil att utvärdera modellen på.")],
) -> None:
    """Utvärdera den inbyggda modellen på en CoNLL-U-fil; skriver JSON."""
    from klarlint.nlp.conllu import ConlluError
    from klarlint.nlp.evaluate import evaluate
    from klarlint.nlp.model import load_model

    if not data.is_file():
        raise _fail(f"{data}: filen finns inte")
    try:
        scores = evaluate(load_model(), data)
    except (ConlluError, UnicodeDecodeError) as exc:
        raise _fail(f"{data}: inte en giltig CoNLL-U-fil ({exc})") from None
    except KlarlintError as exc:
        raise _fail(str(exc)) from None
    print(json.dumps(scores, indent=2, ensure_ascii=False))


def main(argv: list[str] | None = None) -> None:
    """Entry point: ``klarlint FILE`` means ``klarlint check FILE``."""
    args = list(sys.argv[1:] if argv is None else argv)
    if args and args[0] == "--version":
        from klarlint import __version__

        print(f"klarlint {__version__}")
        return
    if args and args[0] not in SUBCOMMANDS:
        args.insert(0, "check")
    try:
        app(args, prog_name="klarlint")
    except KeyboardInterrupt:
        sys.exit(130)
    except Exception as exc:  # last resort: one line, never a traceback
        if os.environ.get("KLARLINT_DEBUG"):
            raise
        print(f"klarlint: internt fel: {exc} (kör med KLARLINT_DEBUG=1 för detaljer)", file=sys.stderr)
        sys.exit(2)
