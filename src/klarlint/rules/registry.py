"""One registry for rules from three places.

1. Built-in rule classes in this package: one module a rule, found by looking (a new module is
   registered by being there), in the order of the module names.
2. Third-party packages, through the entry-point group ``klarlint.rules``: the
   entry point may name a rule object, a rule class, or a callable returning a
   list of rules.
3. Declarative TOML files in klarlint's ``rules/`` folder and in every folder
   the user lists in ``rules_path``.
"""

from __future__ import annotations

import difflib
import importlib
import pkgutil
from collections.abc import Iterable, Sequence
from dataclasses import replace
from functools import cache
from importlib.metadata import EntryPoint, entry_points
from pathlib import Path

import klarlint.rules as rules_package
from klarlint.errors import ConfigError
from klarlint.resources import PROFILE_FILE_PREFIX, data_dir
from klarlint.rules.base import Rule, RuleInfo
from klarlint.rules.declarative import load_rule_file

ENTRY_POINT_GROUP = "klarlint.rules"
# Modules of the package without a rule.
MACHINERY = frozenset({"base", "declarative", "quoted", "references", "registry"})
BUILTIN_SOURCE = RuleInfo.__dataclass_fields__["source"].default  # "inbyggd"
# Ids a configuration, a profile or a command line may still name after the check went: what became of it (Ruff
# too says a rule was removed rather than that it is unknown).
REMOVED_IDS = {
    "needed-clause": "ett behov i en bisats (”de åtgärder som behövs”, ”när det behövs”) ger inget fynd längre",
}


def still_named(disabled: Iterable[str]) -> set[str]:
    """Of the ids a configuration turns off, those that must name a rule: a removed check turned off asks for nothing
    the rules lack, so an old configuration keeps working."""
    return set(disabled) - REMOVED_IDS.keys()


def unknown_ids(named: Iterable[str], rules: Sequence[Rule], checks: bool = True) -> list[str]:
    """The ids of ``named`` that name none of ``rules`` (with ``checks``, nor one of their sub-checks, which
    enable and disable may name; a rule's options are only the rule's own), sorted. The one test of a configuration's,
    a command line's and an editor's rule ids."""
    known = {rule_id for rule in rules for rule_id in (rule.info.ids() if checks else (rule.info.id,))}
    return sorted(set(named) - known)


def unknown_rule(rule_id: str, rules: Sequence[Rule] | None = None, where: str = "") -> str:
    """Why ``rule_id`` names no rule: unknown (``where``: in what, *i kommentaren …*), or removed and what became of
    it (Swedish, for an error message); an id close to one of ``rules`` (the built-in ones when not given) is named
    as what the user likely meant."""
    if rule_id in REMOVED_IDS:
        return f"regeln {rule_id!r}{where} finns inte längre: {REMOVED_IDS[rule_id]}"
    near = _nearest_id(rule_id, rules if rules is not None else builtin_rules())
    return f"okänd regel {rule_id!r}{where}" + (f" – menade du {near}?" if near else "")


def _nearest_id(rule_id: str, rules: Sequence[Rule]) -> str | None:
    """The known id a misspelt one most likely means (*pasive-voice*, *Passive-Voice*, *passive_voice*, *skal*):
    a user who typed one had got only *okänd regel* (session 42's explain tester), where a misspelt option lists the
    rule's options. Ids are matched as written, so a differently cased one is named, not silently taken."""
    known = sorted({rule_id for rule in rules for rule_id in rule.info.ids()})
    plain = rule_id.lower().replace("_", "-")
    if plain in known:
        return plain
    close = difflib.get_close_matches(plain, known, n=1, cutoff=0.8)
    return close[0] if close else None


def builtin_rules() -> list[Rule]:
    """One object of each built-in rule class, in the order of their modules' names."""
    return [rule_class() for rule_class in _builtin_classes()]


@cache
def _builtin_classes() -> tuple[type, ...]:
    """The classes of this package that carry an ``info = RuleInfo(...)`` (the meta-tests keep it one a module)."""
    found: list[type] = []
    for module_info in sorted(pkgutil.iter_modules(rules_package.__path__), key=lambda m: m.name):
        if module_info.name in MACHINERY:
            continue
        module = importlib.import_module(f"{rules_package.__name__}.{module_info.name}")
        found += [
            value
            for value in vars(module).values()
            if isinstance(value, type)
            and value.__module__ == module.__name__
            and isinstance(getattr(value, "info", None), RuleInfo)
        ]
    return tuple(found)


@cache
def _plugin_entry_points() -> tuple[EntryPoint, ...]:
    """Installed plug-ins, looked up once per process: the scan reads every installed package's metadata
    (about 7 ms, on each lint call otherwise). A newly installed plug-in needs a new process.
    """
    return tuple(entry_points(group=ENTRY_POINT_GROUP))


def entry_point_rules() -> list[Rule]:
    rules: list[Rule] = []
    for entry_point in _plugin_entry_points():
        try:
            loaded = entry_point.load()
        except Exception as exc:  # a broken plug-in must not break klarlint
            raise ConfigError(f"regeltillägget {entry_point.name!r} kunde inte laddas: {exc}") from None
        rules.extend(_as_rules(loaded, entry_point.name))
    return rules


def _as_rules(loaded: object, name: str) -> list[Rule]:
    if isinstance(loaded, type) or callable(loaded) and not isinstance(loaded, Rule):
        loaded = loaded()
    candidates = list(loaded) if isinstance(loaded, Iterable) else [loaded]
    for candidate in candidates:
        if not isinstance(candidate, Rule):
            raise ConfigError(f"regeltillägget {name!r} gav något som inte är en regel: {candidate!r}")
    return [_from_plugin(candidate, name) for candidate in candidates]


class _PluginRule:
    """A plug-in rule whose ``info`` says where it comes from (its own says "inbyggd", RuleInfo's default)."""

    def __init__(self, rule: Rule, info: RuleInfo) -> None:
        self.rule = rule
        self.info = info

    def check(self, analysis, options):  # noqa: ANN001, ANN201 - the Rule protocol's signature
        return self.rule.check(analysis, options)


def _from_plugin(rule: Rule, name: str) -> Rule:
    if rule.info.source != BUILTIN_SOURCE:
        return rule
    return _PluginRule(rule, replace(rule.info, source=f"tillägg: {name}"))


def file_rules(folders: Sequence[Path]) -> list[Rule]:
    rules: list[Rule] = []
    for folder in folders:
        if not folder.is_dir():
            raise ConfigError(f"regelmappen {folder} finns inte")
        for path in sorted(folder.glob("*.toml")):
            if not path.name.startswith(PROFILE_FILE_PREFIX):
                rules.append(load_rule_file(path))
    return rules


def all_rules(rules_path: Sequence[Path] = ()) -> list[Rule]:
    """Every known rule, in a stable order; rule ids must be unique."""
    rules = builtin_rules() + file_rules([data_dir("rules"), *rules_path]) + entry_point_rules()
    seen: dict[str, str] = {}
    for rule in rules:
        for rule_id in rule.info.ids():  # a sub-check's id is named like a rule's, so it must differ from all
            if rule_id in seen:
                raise ConfigError(f"regel-id {rule_id!r} finns två gånger ({seen[rule_id]} och {rule.info.source})")
            seen[rule_id] = rule.info.source
    return rules
