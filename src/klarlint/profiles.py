"""Profiles: named presets of rule settings for a kind of text.

A profile is a small TOML file named ``profile-*.toml`` in klarlint's ``rules/``
folder (or in a folder listed in ``rules_path``, so an organisation can ship its
own). It has the same keys as the rule part of a configuration::

    name = "webb"
    description = "Text på webben: kortare meningar och stycken."
    enable = ["anglicism"]
    disable = []

    [rules.long-sentence]
    max_words = 20

``genre`` (optional) is the kind of text (:mod:`klarlint.genre`) a text is taken for when it shows no signs of
a kind of its own: the profile says what the site or office writes (``webb``: a web page). A kind the text shows
(a letter's greeting, a decision's *Beslut*) or one the user chose wins over it.

Precedence, weakest first: a rule's defaults < the profile < the configuration
file < command-line flags. The registry does not load these files as rules.
"""

from __future__ import annotations

import tomllib
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from klarlint.errors import ConfigError
from klarlint.genre import parse as parse_genre
from klarlint.resources import PROFILE_FILE_PREFIX, data_dir
from klarlint.rules.base import Severity
from klarlint.rules.registry import all_rules, still_named, unknown_rule

DEFAULT_PROFILE = "myndighet"
PROFILE_KEYS = frozenset({"name", "aliases", "description", "enable", "disable", "rules", "genre"})


@dataclass(frozen=True)
class Profile:
    name: str
    description: str = ""
    enable: frozenset[str] = frozenset()
    disable: frozenset[str] = frozenset()
    rule_options: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)
    aliases: tuple[str, ...] = ()
    source: Path | None = None
    genre: str | None = None  # the kind of a text with no signs of its own (klarlint.genre); None: dokument

    def mentioned_rules(self) -> set[str]:
        """The ids the profile names, but a removed check it turns off: that asks for nothing it lacks."""
        return set(self.enable | still_named(self.disable) | set(self.rule_options))


def find_profile(name: str, rules_path: Sequence[Path] = ()) -> Profile:
    """The profile called ``name`` (or one of its aliases); :class:`ConfigError` when there is none."""
    return _find_profile(name, tuple(rules_path))


def available_profiles(rules_path: Sequence[Path] = ()) -> list[Profile]:
    """Every profile, by name; a profile in ``rules_path`` replaces a built-in one with the same name."""
    return list(_profiles(tuple(rules_path)).values())


@cache
def _find_profile(name: str, rules_path: tuple[Path, ...]) -> Profile:
    key = _key(name)
    profiles = _profiles(rules_path)
    for profile in profiles.values():
        if key in {_key(profile.name), *map(_key, profile.aliases)}:
            _check_rule_ids(profile, rules_path)
            return profile
    names = ", ".join(sorted(profiles))
    raise ConfigError(f"okänd profil {name!r} (välj {names})")


@cache
def _profiles(rules_path: tuple[Path, ...]) -> dict[str, Profile]:
    found: dict[str, Profile] = {}
    for folder in (data_dir("rules"), *rules_path):
        if not folder.is_dir():
            continue  # a missing rules_path folder is reported by the registry
        for path in sorted(folder.glob(f"{PROFILE_FILE_PREFIX}*.toml")):
            profile = load_profile_file(path)
            found[profile.name] = profile
    return found


def load_profile_file(path: Path) -> Profile:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"{path}: profilen kan inte läsas: {exc}") from None
    unknown = set(data) - PROFILE_KEYS
    if unknown:
        raise ConfigError(f"{path}: okänd nyckel {sorted(unknown)[0]!r} i profilen")
    rules = data.get("rules", {})
    if not isinstance(rules, Mapping) or not all(isinstance(v, Mapping) for v in rules.values()):
        raise ConfigError(f"{path}: [rules.REGEL] ska vara tabeller")
    for rule_id, options in rules.items():
        if "severity" in options and options["severity"] not in {s.value for s in Severity}:
            raise ConfigError(f"{path}: okänd allvarlighetsgrad {options['severity']!r} för {rule_id}")
    name = unicodedata.normalize("NFC", str(data.get("name", path.stem.removeprefix(PROFILE_FILE_PREFIX))))
    return Profile(
        name=name,
        description=str(data.get("description", "")),
        enable=frozenset(string_list(data, "enable", path)),
        disable=frozenset(string_list(data, "disable", path)),
        rule_options={k: dict(v) for k, v in rules.items()},
        aliases=tuple(string_list(data, "aliases", path)),
        source=path,
        genre=parse_genre(data.get("genre"), f"{path}: genre", ConfigError),
    )


def _check_rule_ids(profile: Profile, rules_path: tuple[Path, ...]) -> None:
    known = {rule_id for rule in all_rules(rules_path) for rule_id in rule.info.ids()}
    for rule_id in sorted(profile.mentioned_rules() - known):
        raise ConfigError(f"{profile.source}: profilen {profile.name!r}: {unknown_rule(rule_id)}")


def string_list(data: Mapping[str, Any], key: str, path: Path | None) -> list[str]:
    """``data[key]`` as a list of strings (one string is a list of one); the configuration reads its lists so too."""
    value = data.get(key, [])
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"{path}: {key} ska vara en lista med strängar")
    return value


def _key(name: str) -> str:
    return unicodedata.normalize("NFC", name).strip().casefold()
