"""Editor settings for the language server, and how they combine with ``klarlint.toml``.

Settings arrive as ``initializationOptions``, in ``workspace/didChangeConfiguration``
or as the answer to ``workspace/configuration`` (section ``klarlint``). They take
the keys of ``klarlint.toml`` (``disable``, ``enable``, ``fail_on``, ``rules``,
``rules_path``, ``accept`` …) plus the server's own: ``debounce_ms``, ``docs_url`` and
``check_frequency`` (edit, save or manual).
Editors write settings in camelCase (``failOn``, ``debounceMs``), so both
spellings are accepted.

The document's nearest ``klarlint.toml`` is the base; settings apply on top the
way command-line flags do in ``klarlint check``: a rule the settings enable is
on even if the file disables it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from klarlint.config import KNOWN_KEYS, Config, config_from_mapping
from klarlint.errors import ConfigError

SECTION = "klarlint"
DEFAULT_DEBOUNCE_MS = 200
MAX_DEBOUNCE_MS = 5000
# The rule's documentation link in a diagnostic: none unless the ``docs_url`` setting gives one (``{rule}``
# becomes the rule id), for example an organisation's own pages or its copy of docs/rules. klarlint has
# no public site to point to, and a dead link is worse than none; hover shows the explanation anyway.
DEFAULT_DOCS_URL = ""
# When documents are linted: on every edit (after the debounce), when saved, or only when asked
# (the klarlint.check command, or a pull of diagnostics). Opening a document lints it, except in manual.
FREQUENCIES = ("edit", "save", "manual")
DEFAULT_FREQUENCY = "edit"
SERVER_KEYS = frozenset({"debounce_ms", "docs_url", "check_frequency"})
LIST_KEYS = frozenset({"enable", "disable", "rules_path", "exclude", "accept"})
TABLE_KEYS = frozenset({"rules", "site"})
_CAMEL = re.compile(r"(?<=[a-z0-9])([A-Z])")


@dataclass(frozen=True)
class Settings:
    overrides: Config = field(default_factory=Config)
    keys: frozenset[str] = frozenset()  # config keys the settings actually set
    debounce_ms: int = DEFAULT_DEBOUNCE_MS
    docs_url: str = DEFAULT_DOCS_URL
    check_frequency: str = DEFAULT_FREQUENCY

    def docs_link(self, rule_id: str) -> str | None:
        return self.docs_url.replace("{rule}", rule_id) if self.docs_url else None

    def apply(self, base: Config) -> Config:
        """``base`` (the document's klarlint.toml) with these settings on top."""
        over = self.overrides
        options = {rule: dict(values) for rule, values in base.rule_options.items()}
        for rule, values in over.rule_options.items():
            options[rule] = {**options.get(rule, {}), **values}
        chosen = {
            key: getattr(over, key) for key in ("fail_on", "profile", "backend", "stanza_dir") if key in self.keys
        }
        return replace(
            base,
            **chosen,
            disable=(base.disable | over.disable) - over.enable,
            enable=base.enable | over.enable,
            rules_path=tuple(dict.fromkeys(base.rules_path + over.rules_path)),
            rule_options=options,
            exclude=base.exclude + over.exclude,
            accept=base.accept | over.accept,
        )


def parse_settings(raw: Any, rules_path: Sequence[Path] = ()) -> Settings:
    """Settings from what the client sent; raises :class:`ConfigError` with a Swedish reason.

    Accepts ``{"klarlint": {...}}`` (the whole settings object) or the section itself. Rule ids in
    ``enable``, ``disable`` and ``rules`` must name rules: the built-in ones, those of the settings'
    own ``rules_path`` and those of ``rules_path`` (the workspace's klarlint.toml's). An unknown id
    would otherwise be taken and then make every document's lint one configuration error.
    """
    if raw is None:
        return Settings()
    if not isinstance(raw, Mapping):
        raise ConfigError("inställningarna för klarlint ska vara ett objekt")
    if isinstance(raw.get(SECTION), Mapping):
        raw = raw[SECTION]
    elif SECTION in raw and raw[SECTION] is None:
        return Settings()
    # null is "not set": VS Code sends every setting its extension declares, and profile and docsUrl default to
    # null there (a profile of null had been refused, and so every setting with it).
    raw = {key: value for key, value in raw.items() if value is not None}
    spelled = {_snake(str(key)): str(key) for key in raw}  # errors name the key as the user wrote it
    data = {_snake(str(key)): _empty_as_written(_snake(str(key)), value) for key, value in raw.items()}
    server = {key: data.pop(key) for key in SERVER_KEYS & data.keys()}
    found = _problems(data, server)
    # Unknown rule ids too, among the keys that are right otherwise (disable: ["passiv"] beside a misspelt key
    # had been left out of the first message, and the writer met it only after fixing the other).
    bad = {key for key, _ in found}
    found += _unknown_rules({key: value for key, value in data.items() if key not in bad}, rules_path)
    problems = [f"{spelled[key]}: {problem}" for key, problem in found]
    if problems:
        raise ConfigError("; ".join(problems))
    return Settings(
        overrides=config_from_mapping(data),
        keys=frozenset(data),
        debounce_ms=_debounce(server.get("debounce_ms", DEFAULT_DEBOUNCE_MS)),
        docs_url=_docs_url(server.get("docs_url", DEFAULT_DOCS_URL)),
        check_frequency=_frequency(server.get("check_frequency", DEFAULT_FREQUENCY)),
    )


def _empty_as_written(key: str, value: Any) -> Any:
    """An empty Lua table is both an empty list and an empty table: Neovim sends the README's own
    ``disable = {}`` as the JSON object ``{}``, and the whole settings had been refused (``disable: ska vara
    en lista med strängar``). An empty list or object is read as what the key takes."""
    if isinstance(value, Mapping | list) and not value:
        if key in LIST_KEYS:
            return []
        if key in TABLE_KEYS:
            return {}
    return value


def _problems(data: Mapping[str, Any], server: Mapping[str, Any]) -> list[tuple[str, str]]:
    """What is wrong with each key on its own, so one message names every bad key, not just the first."""
    problems = []
    for key in sorted(data):
        if key not in KNOWN_KEYS:
            known = ", ".join(sorted(_camel(k) for k in KNOWN_KEYS | SERVER_KEYS))
            problems.append((key, f"okänd inställning (klarlint känner till: {known})"))
            continue
        try:
            config_from_mapping({key: data[key]})
        except ConfigError as exc:
            problems.append((key, _without_origin(str(exc), key)))
    checks = {"debounce_ms": _debounce, "docs_url": _docs_url, "check_frequency": _frequency}
    for key in sorted(server):
        try:
            checks[key](server[key])
        except ConfigError as exc:
            problems.append((key, str(exc)))
    return problems


def _unknown_rules(data: Mapping[str, Any], rules_path: Sequence[Path]) -> list[tuple[str, str]]:
    """The rule ids in ``enable``, ``disable`` and ``rules`` that name no rule, as ``klarlint check`` would
    refuse them (a removed rule may still be disabled)."""
    from klarlint.rules.registry import all_rules, still_named, unknown_ids, unknown_rule

    if not {"enable", "disable", "rules"} & data.keys():
        return []
    config = config_from_mapping(data)
    try:
        rules = all_rules((*config.rules_path, *rules_path))
    except ConfigError:  # the rule files themselves are wrong: each lint says so
        return []
    unknown = {
        "enable": unknown_ids(config.enable, rules),  # a sub-check may be turned on or off
        "disable": unknown_ids(still_named(config.disable), rules),
        "rules": unknown_ids(config.rule_options, rules, checks=False),
    }
    return [
        (key, f"{unknown_rule(rule_id, rules)} (se klarlint rules)")
        for key in sorted(unknown.keys() & data.keys())
        for rule_id in unknown[key]
    ]


def _without_origin(message: str, key: str) -> str:
    """The library's config messages start with the file they come from (settings have none) and may
    repeat the key the caller already puts first."""
    message = re.sub(r"^(None|konfigurationen): ", "", message)
    return message.removeprefix(f"{key} ")


def _camel(key: str) -> str:
    head, *rest = key.split("_")
    return head + "".join(part.title() for part in rest)


def looks_like_section(raw: Any) -> bool:
    """True for a non-empty mapping whose keys are all klarlint settings (a client that sends the section bare)."""
    return isinstance(raw, Mapping) and bool(raw) and all(_snake(str(k)) in KNOWN_KEYS | SERVER_KEYS for k in raw)


def _snake(key: str) -> str:
    return _CAMEL.sub(lambda m: "_" + m.group(1).lower(), key)


def _debounce(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int | float) or not 0 <= value <= MAX_DEBOUNCE_MS:
        raise ConfigError(f"ska vara ett tal mellan 0 och {MAX_DEBOUNCE_MS} (millisekunder)")
    return int(value)


def _docs_url(value: Any) -> str:
    if value == "" or value is None:
        return ""  # no link
    if not isinstance(value, str) or not value.startswith(("https://", "http://", "file://")):
        raise ConfigError("ska vara en webbadress (https://…), gärna med {rule} för regelns id")
    return value if "{rule}" in value else value + "#{rule}"


def _frequency(value: Any) -> str:
    aliases = {"ontype": "edit", "onchange": "edit", "onsave": "save"}  # ltex's and others' spellings
    if isinstance(value, str):
        value = aliases.get(value.lower(), value.lower())
    if value not in FREQUENCIES:
        raise ConfigError('ska vara "edit" (medan du skriver), "save" (när du sparar) eller "manual" (på begäran)')
    return value
