"""``klarlint explain RULE``: the why, the reference and a before/after example."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from rich.markup import escape

from klarlint.config import Config, config_for
from klarlint.errors import KlarlintError
from klarlint.rules.base import FixAvailability, RuleInfo, Severity
from klarlint.rules.registry import all_rules, unknown_rule

SEVERITY_NAMES = {Severity.ERROR: "fel", Severity.WARNING: "varning", Severity.INFO: "info"}


def find_rule_info(rule_id: str, start: Path | None = None, config: Config | None = None) -> RuleInfo:
    config = config or config_for(start or Path.cwd())
    for rule in all_rules(config.rules_path):
        if rule_id in rule.info.ids():  # a sub-check is explained by its rule
            return rule.info
    raise KlarlintError(f"{unknown_rule(rule_id)} (se klarlint rules)")


def explain_rule(rule_id: str, config: Config | None = None) -> str:
    """Swedish explanation of a rule, as plain text with rich markup for headings.

    With ``config`` (``klarlint explain`` passes the nearest klarlint.toml, or --config, with --profile), the
    severity and the options are the ones the rule has there, each said where it comes from when it is not the
    default: a lättläst user had been told 25 words where the rule flagged at 15 (the explain tester, session 42).
    """
    return explain_info(find_rule_info(rule_id, config=config), config)


FIX_TEXT = {
    FixAvailability.ALWAYS: "varje anmärkning har en säker ersättning (--fix, --suggest, snabbfix i redigeraren)",
    FixAvailability.SOMETIMES: "en del anmärkningar har en säker ersättning (--fix, --suggest, snabbfix i "
    "redigeraren); de andra är råd",
    FixAvailability.NEVER: "ingen, anmärkningarna är råd",
}
PARAGRAPH_BREAK = re.compile(r"\n\s*\n")


def explain_info(info: RuleInfo, config: Config | None = None) -> str:
    """The explanation of a rule already loaded (the language server's hover shows the same text).

    ``config``: show the rule as it is there (severity, on or off, options), else with its defaults.
    """
    effective = _Effective(info, config)
    parts = [
        f"[bold]{info.id}[/bold] – {escape(info.title)}  ({escape(effective.severity_text())} {escape(info.source)})",
    ]
    if (state := effective.enabled_text()) is not None:
        parts.append(escape(state))
    parts += ["", escape(_unwrapped(info.explanation))]
    if changed := effective.changed_options():
        # The explanation's numbers are the defaults ("fler än 25 ord"): what this configuration says comes first.
        parts += ["", escape("Med din konfiguration: " + "; ".join(changed) + ".")]
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
    # severity works under every [rules.X]: listed with the rule's own options (a rule with none had listed nothing,
    # while a misspelt option's error said "regeln har: severity").
    parts += ["", "[bold]Inställningar[/bold] " + escape(f"(i klarlint.toml under [rules.{info.id}]):")]
    parts.append(escape(f"  {effective.severity_line()}"))
    parts += [_option_line(info, key, effective) for key in info.options]
    return "\n".join(parts)


SEVERITY_DESCRIPTION = "en av 'error', 'warning', 'info') – regelns allvarlighetsgrad: fel, varning eller info"


class _Effective:
    """A rule's severity, state and options under a configuration, and where each comes from."""

    def __init__(self, info: RuleInfo, config: Config | None) -> None:
        self.info = info
        self.config = config
        self.profile = config.profile_settings if config is not None else None

    def _file(self) -> str:
        return self.config.shown_source("din konfiguration") if self.config is not None else "din konfiguration"

    def _profile_name(self) -> str:
        return f"profilen {self.profile.name}" if self.profile is not None else "profilen"

    def severity(self) -> tuple[Severity, str | None]:
        """The severity and where it comes from (None: the rule's default)."""
        info, config = self.info, self.config
        if config is None:
            return info.severity, None
        value = config.severity_for(info.id, info.severity)
        if value == info.severity:
            return value, None
        if config.rule_options.get(info.id, {}).get("severity") is not None:
            return value, self._file()
        return value, self._profile_name()

    def severity_text(self) -> str:
        value, source = self.severity()
        if source is None:
            return SEVERITY_NAMES[value] + ","
        return f"{SEVERITY_NAMES[value]} enligt {source}, standard {SEVERITY_NAMES[self.info.severity]};"

    def severity_line(self) -> str:
        value, source = self.severity()
        line = f"severity = {_shown(value.value)}"
        if source is not None:
            line += f" ({source}; standard {_shown(self.info.severity.value)})"
        return f"{line}  ({SEVERITY_DESCRIPTION}"

    def enabled_text(self) -> str | None:
        """A line when the configuration turns the rule on or off against its default."""
        info, config = self.info, self.config
        if config is None:
            return None
        on = config.is_enabled(info.id, info.enabled_by_default)
        if on == info.enabled_by_default:
            return None
        named_here = info.id in config.enable or info.id in config.disable
        source = self._file() if named_here else self._profile_name()
        return f"Regeln är påslagen i {source}." if on else f"Regeln är avstängd i {source}."

    def option(self, key: str) -> tuple[Any, str | None]:
        """An option's value and where it comes from (None: the rule's default)."""
        default = self.info.options[key]
        if self.config is None:
            return default, None
        if key in self.config.rule_options.get(self.info.id, {}):
            value, source = self.config.rule_options[self.info.id][key], self._file()
        elif self.profile is not None and key in self.profile.rule_options.get(self.info.id, {}):
            value, source = self.profile.rule_options[self.info.id][key], self._profile_name()
        else:
            return default, None
        return value, (None if value == default and type(value) is type(default) else source)

    def changed_options(self) -> list[str]:
        """``max_words = 15 (profilen lättläst; standard 25)`` for each option not at its default."""
        changed = []
        for key, default in self.info.options.items():
            value, source = self.option(key)
            if source is not None:
                changed.append(f"{key} = {_shown(value)} ({source}; standard {_shown(default)})")
        return changed


def _unwrapped(text: str) -> str:
    """The explanation with its paragraphs as single lines: a rule file's multi-line TOML string keeps the file's line
    breaks, which a narrow terminal then broke again into ragged lines (the explain tester, session 42)."""
    return "\n\n".join(" ".join(paragraph.split()) for paragraph in PARAGRAPH_BREAK.split(text.strip()))


def _shown(value: Any) -> str:
    """A value as klarlint.toml writes it."""
    if isinstance(value, bool):
        return str(value).lower()
    return repr(value) if isinstance(value, str) else str(value)


def _option_line(info: RuleInfo, key: str, effective: _Effective | None = None) -> str:
    """``max_words = 25`` with what it should be, and what it means where the rule says; under a configuration that
    changes it, ``max_words = 15 (profilen lättläst; standard 25)``."""
    spec = info.option_spec(key)
    value, source = effective.option(key) if effective is not None else (info.options[key], None)
    line = f"  {key} = {_shown(value)}"
    if source is not None:
        line += f" ({source}; standard {_shown(info.options[key])})"
    line += f"  ({spec.wanted()})"
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
