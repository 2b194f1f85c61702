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

from klarlint.corpus import command as corpus_command
from klarlint.errors import KlarlintError

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="klarlint – granskar svensk text enligt Myndigheternas skrivregler (klarspråk).",
    rich_markup_mode=None,
)
model_app = typer.Typer(help="Den svenska språkmodellen: information och utvärdering.", no_args_is_help=True)
app.add_typer(model_app, name="model")

SUBCOMMANDS = {"check", "rules", "explain", "model", "lsp", "--help", "-h", "--version"}
SUBCOMMANDS |= {"corpus", "corpus-report"}  # klarlint.corpus.command
DEFAULT_SUFFIXES = (".txt", ".md", ".markdown")


class OutputFormat(StrEnum):
    rich = "rich"
    json = "json"
    sarif = "sarif"
    github = "github"


def _fail(message: str) -> typer.Exit:
    print(f"klarlint: {message}", file=sys.stderr)
    return typer.Exit(2)


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
) -> None:
    """Granska filer och visa anmärkningar."""
    from klarlint.reporters import github, sarif, terminal
    from klarlint.reporters import json as json_reporter
    from klarlint.runner import RunOptions, run

    options = RunOptions(
        config_file=config_file,
        fail_on=fail_on,
        disable=frozenset(disable or ()),
        enable=frozenset(enable or ()),
        profile=profile,
        stdin_format=stdin_format,
        jobs=jobs,
    )
    try:
        report, threshold = run(paths, options)
    except KlarlintError as exc:
        raise _fail(str(exc)) from None
    for file_report in report.files:
        if file_report.error:
            print(f"klarlint: {file_report.error}", file=sys.stderr)
    if output_format is OutputFormat.json:
        json_reporter.write(report, sys.stdout)
    elif output_format is OutputFormat.sarif:
        sarif.write(report, sys.stdout)
    elif output_format is OutputFormat.github:
        github.write(report, sys.stdout)
    else:
        terminal.write(report, Console(highlight=False))
    if html_report is not None:
        from klarlint.reporters import html_report as html_reporter

        try:
            html_reporter.write(report, html_report)
        except KlarlintError as exc:
            raise _fail(str(exc)) from None
    if report.has_errors():
        raise typer.Exit(2)
    raise typer.Exit(1 if report.fails(threshold) else 0)


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


app.command("corpus")(corpus_command.corpus)
app.command("corpus-report")(corpus_command.corpus_report)


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
