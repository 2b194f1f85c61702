"""``klarlint explain RULE``: the why, the reference and a before/after example."""

from __future__ import annotations

import re
from pathlib import Path

from rich.markup import escape

from klarlint.config import config_for
from klarlint.errors import KlarlintError
from klarlint.rules.base import FixAvailability, RuleInfo, Severity
from klarlint.rules.registry import all_rules, unknown_rule

SEVERITY_NAMES = {Severity.ERROR: "fel", Severity.WARNING: "varning", Severity.INFO: "info"}


def find_rule_info(rule_id: str, start: Path | None = None) -> RuleInfo:
    config = config_for(start or Path.cwd())
    for rule in all_rules(config.rules_path):
        if rule_id in rule.info.ids():  # a sub-check is explained by its rule
            return rule.info
    raise KlarlintError(f"{unknown_rule(rule_id)} (se klarlint rules)")


def explain_rule(rule_id: str) -> str:
    """Swedish explanation of a rule, as plain text with rich markup for headings."""
    return explain_info(find_rule_info(rule_id))


FIX_TEXT = {
    FixAvailability.ALWAYS: "varje anmärkning har en säker ersättning (--fix, --suggest, snabbfix i redigeraren)",
    FixAvailability.SOMETIMES: "en del anmärkningar har en säker ersättning (--fix, --suggest, snabbfix i "
    "redigeraren); de andra är råd",
    FixAvailability.NEVER: "ingen, anmärkningarna är råd",
}
PARAGRAPH_BREAK = re.compile(r"\n\s*\n")


def explain_info(info: RuleInfo) -> str:
    """The explanation of a rule already loaded (the language server's hover shows the same text)."""
    parts = [
        f"[bold]{info.id}[/bold] – {escape(info.title)}  ({SEVERITY_NAMES[info.severity]}, {escape(info.source)})",
        "",
        escape(_unwrapped(info.explanation)),
    ]
    if info.reference:
        parts += ["", f"[bold]Referens:[/bold] {escape(info.reference)}"]
    if info.example_before:
        parts += ["", "[bold]Före:[/bold]", _indent(escape(info.example_before))]
    if info.example_after:
        parts += ["", "[bold]Efter:[/bold]", _indent(escape(info.example_after))]
    if info.example_options:
        parts += ["", escape(f"Exemplen visar regeln med {_settings(info)}.")]
    parts += ["", f"[bold]Rättning:[/bold] {FIX_TEXT[info.fix]}"]
    if info.subchecks:
        parts += ["", '[bold]Delkontroller[/bold] (stäng av en med disable = ["id"]):']
        parts += [
            escape(f"  {subcheck} – {title}{_picky_note(info, subcheck)}") for subcheck, title in info.subchecks.items()
        ]
    if info.options:
        parts += ["", "[bold]Inställningar[/bold] " + escape(f"(i klarlint.toml under [rules.{info.id}]):")]
        parts += [_option_line(info, key) for key in info.options]
    return "\n".join(parts)


def _unwrapped(text: str) -> str:
    """The explanation with its paragraphs as single lines: a rule file's multi-line TOML string keeps the file's line
    breaks, which a narrow terminal then broke again into ragged lines (the explain tester, session 42)."""
    return "\n\n".join(" ".join(paragraph.split()) for paragraph in PARAGRAPH_BREAK.split(text.strip()))


def _option_line(info: RuleInfo, key: str) -> str:
    """``max_words = 25`` with what it should be, and what it means where the rule says."""
    spec = info.option_spec(key)
    default = info.options[key]
    shown = (
        str(default).lower() if isinstance(default, bool) else repr(default) if isinstance(default, str) else default
    )
    line = f"  {key} = {shown}  ({spec.wanted()})"
    return escape(f"{line} – {spec.description}" if spec.description else line)


def _settings(info: RuleInfo) -> str:
    """``min_words = 40 (annars 300)``: the example's options against the defaults."""
    return ", ".join(f"{key} = {value} (annars {info.options.get(key)})" for key, value in info.example_options.items())


def _indent(text: str) -> str:
    return "\n".join("  " + line if line.strip() else "" for line in text.splitlines())


def _picky_note(info: RuleInfo, subcheck: str) -> str:
    if info.subcheck_on_by_default(subcheck):
        return ""
    return f' (noggrann granskning, av från början: slå på med enable = ["{subcheck}"])'
