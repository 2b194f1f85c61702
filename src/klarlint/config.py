"""Configuration: ``klarlint.toml`` or ``[tool.klarlint]`` in ``pyproject.toml``.

The nearest file, searching from the linted file's folder upwards, applies.
Example::

    fail_on = "warning"
    profile = "webb"                 # myndighet (default) | webb | lättläst
    disable = ["missing-sender"]
    accept = ["tillhandahålla"]      # words or phrases no rule flags here
    rules_path = ["sprak/regler"]
    alt_text = true                  # also lint the alt texts of images in HTML

    [site]                           # a web site's template: its sender and contact page
    sender = "Flens kommun"          # missing-sender counts these as on every page
    contact = "/kontakt"

    [rules.long-sentence]
    max_words = 20
    severity = "error"

A profile (:mod:`klarlint.profiles`) sits between the rules' defaults and this
file: what the file says about a rule wins over the profile.
"""

from __future__ import annotations

import os
import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from klarlint.document import IN_WORD_INVISIBLE
from klarlint.errors import ConfigError, os_reason, toml_problem
from klarlint.genre import parse as parse_genre
from klarlint.profiles import DEFAULT_PROFILE, Profile, find_profile, string_list
from klarlint.rules.base import RuleInfo, Severity

CONFIG_FILE = "klarlint.toml"
KNOWN_KEYS = frozenset(
    {
        "fail_on",
        "profile",
        "enable",
        "disable",
        "rules_path",
        "rules",
        "exclude",
        "alt_text",
        "backend",
        "stanza_dir",
        "genre",
        "site",
        "accept",
    }
)
BACKENDS = ("spacy", "stanza")
SITE_KEYS = {"sender": "site_sender", "contact": "site_contact"}  # [site] key → missing-sender option


@dataclass(frozen=True)
class Config:
    fail_on: Severity = Severity.WARNING
    enable: frozenset[str] = frozenset()
    disable: frozenset[str] = frozenset()
    rules_path: tuple[Path, ...] = ()
    rule_options: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)
    exclude: tuple[str, ...] = ()
    alt_text: bool = False  # HTML: lint images' alt texts too
    source: Path | None = None
    profile: str = DEFAULT_PROFILE
    genre: str | None = None  # brev, beslut, webbsida, pressmeddelande, tal, protokoll or dokument; None: recognise it
    backend: str = "spacy"  # the analysis backend: spacy (the shipped model) or stanza
    stanza_dir: Path | None = None  # Stanza's model folder (None: $KLARLINT_STANZA_DIR or Stanza's default)
    accept: frozenset[str] = frozenset()  # words and phrases never flagged (casefolded); the editor's "accept"

    @property
    def profile_settings(self) -> Profile:
        """The profile's settings; raises :class:`ConfigError` for an unknown profile."""
        return find_profile(self.profile, self.rules_path)

    def is_enabled(self, rule_id: str, default: bool) -> bool:
        if rule_id in self.disable:
            return False
        if rule_id in self.enable:
            return True
        profile = self.profile_settings
        if rule_id in profile.disable:
            return False
        return default or rule_id in profile.enable

    def options_for(self, rule_id: str, defaults: Mapping[str, Any]) -> dict[str, Any]:
        options = dict(defaults)
        for layer in (self.profile_settings.rule_options, self.rule_options):
            options.update({k: v for k, v in layer.get(rule_id, {}).items() if k != "severity"})
        return options

    def check_rule_options(self, info: RuleInfo) -> None:
        """Raise :class:`ConfigError` for an unknown option of ``info``'s rule, or a value of the wrong type or range.

        Checked in each layer that sets options (the profile, then this file), so the error names the
        file to correct.
        """
        profile = self.profile_settings
        for layer, source in ((profile.rule_options, profile.source), (self.rule_options, self.source)):
            where = f"{source or 'konfigurationen'}: [rules.{info.id}]"
            for key, value in layer.get(info.id, {}).items():
                if key == "severity":
                    continue
                if key not in info.options:
                    known = ", ".join([*info.options, "severity"])
                    raise ConfigError(f"{where}: okänd inställning {key!r} (regeln har: {known})")
                spec = info.option_spec(key)
                if not spec.accepts(value):
                    raise ConfigError(f"{where}: {key} ska vara {spec.wanted()} (fick {_short_repr(value)})")
        options = self.options_for(info.id, info.options)
        for low, high in info.option_order:
            if not options[low] < options[high]:
                where = f"{self.source or profile.source or 'konfigurationen'}: [rules.{info.id}]"
                layers = [self._layer(info.id, key, profile) for key in (low, high)]
                said = [
                    f"{key} ({options[key]}{'' if layers[0] == layers[1] else layer})"
                    for key, layer in zip((low, high), layers, strict=True)
                ]
                raise ConfigError(f"{where}: {said[0]} ska vara mindre än {said[1]}")

    def _layer(self, rule_id: str, key: str, profile: Profile) -> str:
        """Where an option's value comes from, said after it when the two values of an order error come from
        different places: *max_words = 22* in klarlint.toml was said to be wrong against *error_words (20)*, which
        only the lättläst profile sets, and the writer looked for it in the file (tester s48)."""
        if key in self.rule_options.get(rule_id, {}):
            return ""
        if key in profile.rule_options.get(rule_id, {}):
            return f", från profilen {profile.name}"
        return ", standardvärdet"

    def severity_for(self, rule_id: str, default: Severity) -> Severity:
        value = self.rule_options.get(rule_id, {}).get("severity")
        if value is not None:
            return _severity(value, self.source, f"[rules.{rule_id}] severity")
        value = self.profile_settings.rule_options.get(rule_id, {}).get("severity")
        return default if value is None else Severity(value)

    def with_overrides(self, **changes: Any) -> Config:
        return replace(self, **{k: v for k, v in changes.items() if v is not None})

    def shown_source(self, unnamed: str) -> str:
        """The config file as the user would type it: relative to the working folder when inside it (also where
        the folder is reached through a link), else as it is; ``unnamed`` for a configuration without a file."""
        if self.source is None:
            return unnamed
        try:
            shown = os.path.relpath(self.source)
        except ValueError:  # another drive (Windows)
            return str(self.source)
        if not shown.startswith(".."):
            return shown
        try:
            return str(self.source.resolve().relative_to(Path.cwd().resolve()))
        except ValueError:
            return str(self.source)


def find_config_file(start: Path) -> Path | None:
    """The nearest klarlint.toml, or pyproject.toml with a [tool.klarlint] table."""
    folder = start if start.is_dir() else start.parent
    for candidate in (folder.resolve(), *folder.resolve().parents):
        own = candidate / CONFIG_FILE
        if own.is_file():
            return own
        pyproject = candidate / "pyproject.toml"
        if pyproject.is_file():
            tool = _read_toml(pyproject).get("tool")
            if isinstance(tool, Mapping) and "klarlint" in tool:
                return pyproject
    return None


def load_config(path: Path | None) -> Config:
    if path is None:
        return Config()
    data: Any = _read_toml(path)
    if path.name == "pyproject.toml":
        tool = data.get("tool", {})
        data = tool.get("klarlint", {}) if isinstance(tool, Mapping) else {}
        if not isinstance(data, Mapping):
            raise ConfigError(f"{path}: [tool.klarlint] ska vara en tabell (fick {_short_repr(data)})")
    return config_from_mapping(data, path)


def config_for(target: Path) -> Config:
    return load_config(find_config_file(target))


def config_from_mapping(data: Mapping[str, Any], path: Path | None = None) -> Config:
    unknown = set(data) - KNOWN_KEYS
    if unknown:
        raise ConfigError(f"{path or 'konfigurationen'}: okänd nyckel {sorted(unknown)[0]!r}")
    base = path.parent if path else Path.cwd()
    rules = data.get("rules", {})
    if not isinstance(rules, Mapping) or not all(isinstance(v, Mapping) for v in rules.values()):
        raise ConfigError(f"{path}: [rules.REGEL] ska vara tabeller")
    profile = data.get("profile", DEFAULT_PROFILE)
    if not isinstance(profile, str):
        raise ConfigError(f'{path}: profile ska vara en sträng, till exempel "myndighet"')
    config = Config(
        fail_on=_severity(data.get("fail_on", "warning"), path),
        enable=frozenset(string_list(data, "enable", path)),
        disable=frozenset(string_list(data, "disable", path)),
        rules_path=tuple((base / p).resolve() for p in string_list(data, "rules_path", path)),
        rule_options=_with_site({k: dict(v) for k, v in rules.items()}, data.get("site", {}), path),
        exclude=tuple(string_list(data, "exclude", path)),
        alt_text=_bool(data, "alt_text", path),
        source=path,
        profile=profile,
        genre=_genre(data, path),
        backend=_backend(data.get("backend", "spacy"), path),
        stanza_dir=(base / data["stanza_dir"]).resolve() if isinstance(data.get("stanza_dir"), str) else None,
        accept=frozenset(accepted_form(word) for word in string_list(data, "accept", path)),
    )
    for rule_id in sorted(config.enable & config.disable):  # the command line's flags resolved it the other way
        raise ConfigError(f"{path or 'konfigurationen'}: {rule_id!r} står både i enable och disable: välj det ena")
    if "stanza_dir" in data and not isinstance(data["stanza_dir"], str):
        raise ConfigError(f"{path or 'konfigurationen'}: stanza_dir ska vara en sökväg (en sträng)")
    try:
        config.profile_settings  # noqa: B018 - an unknown profile is an error in this file, said now
    except ConfigError as exc:
        if re.match(r"\S+\.toml: ", str(exc)):
            raise  # it already names the file to correct (a rule or profile file)
        raise ConfigError(f"{path or 'konfigurationen'}: {exc}") from None
    return config


def accepted_form(text: str) -> str:
    """How a flagged text is compared with the ``accept`` list: case, line breaks and invisible characters (a soft
    hyphen, a zero-width space) do not matter."""
    return " ".join(visible(text).split()).casefold()


def visible(text: str) -> str:
    """``text`` without invisible characters (a soft hyphen, a zero-width space or joiner)."""
    return _INVISIBLE.sub("", text)


_INVISIBLE = re.compile(f"[{IN_WORD_INVISIBLE}]")


def _genre(data: Mapping[str, Any], path: Path | None) -> str | None:
    return parse_genre(data.get("genre"), f"{path or 'konfigurationen'}: genre", ConfigError)


def _backend(value: Any, path: Path | None) -> str:
    if value not in BACKENDS:
        raise ConfigError(f"{path or 'konfigurationen'}: okänd analysmotor {value!r} (spacy eller stanza)")
    return value


def _with_site(rules: dict[str, dict[str, Any]], site: Any, path: Path | None) -> dict[str, dict[str, Any]]:
    """``[site]`` is the template's sender and contact page: options of missing-sender, which counts them."""
    where = path or "konfigurationen"
    if not isinstance(site, Mapping):
        raise ConfigError(f"{where}: [site] ska vara en tabell")
    unknown = set(site) - set(SITE_KEYS)
    if unknown:
        raise ConfigError(f"{where}: okänd nyckel {sorted(unknown)[0]!r} i [site] (sender eller contact)")
    for key, option in SITE_KEYS.items():
        if key in site:
            if not isinstance(site[key], str) or not site[key].strip():
                raise ConfigError(f'{where}: [site] {key} ska vara en sträng, till exempel "Flens kommun"')
            rules.setdefault("missing-sender", {})[option] = site[key].strip()
    return rules


def _bool(data: Mapping[str, Any], key: str, path: Path | None) -> bool:
    value = data.get(key, False)
    if not isinstance(value, bool):
        raise ConfigError(f"{path or 'konfigurationen'}: {key} ska vara true eller false")
    return value


# The Swedish words klarlint's own output prints for the levels, which a Swedish user tries in their place.
SWEDISH_LEVELS = {"fel": "error", "varning": "warning", "information": "info"}


def severity_choices(value: Any) -> str:
    """The allowed levels, and the English word for a Swedish one (*fel* → error)."""
    english = SWEDISH_LEVELS.get(value.strip().lower()) if isinstance(value, str) else None
    return f"error, warning eller info; skriv {english}" if english else "error, warning eller info"


def _severity(value: Any, path: Path | None, key: str = "fail_on") -> Severity:
    try:
        return Severity(value)
    except ValueError:
        raise ConfigError(
            f"{path or 'konfigurationen'}: {key}: okänd allvarlighetsgrad {_short_repr(value)} "
            f"({severity_choices(value)})"
        ) from None


def _short_repr(value: Any, limit: int = 40) -> str:
    """A value as the TOML file wrote it: *true*, not Python's *True*."""
    text = ("true" if value else "false") if isinstance(value, bool) else repr(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _read_toml(path: Path) -> dict[str, Any]:
    return read_toml(path, "konfigurationen kan inte läsas")[1]


def read_toml(path: Path, cannot: str = "kan inte läsas", missing_is_empty: bool = False) -> tuple[str, dict[str, Any]]:
    """A TOML file's text and data; a problem is a :class:`ConfigError` in Swedish (*path: cannot: why*, the line and
    column of a syntax error), whoever reads the file (``klarlint check``, the language server's commands)."""
    try:
        text = "" if missing_is_empty and not path.exists() else path.read_text(encoding="utf-8")
        return text, tomllib.loads(text)
    except OSError as exc:
        raise ConfigError(f"{path}: {cannot}: {os_reason(exc)}") from None
    except UnicodeDecodeError:
        raise ConfigError(f"{path}: {cannot}: filen är inte UTF-8") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: {cannot}: {toml_problem(exc)}") from None
