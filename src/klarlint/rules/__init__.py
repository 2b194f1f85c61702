"""Rules: built-in Python modules, entry-point plug-ins and declarative TOML files."""

from klarlint.rules.base import Rule, RuleFinding, RuleInfo, Severity

__all__ = ["Rule", "RuleFinding", "RuleInfo", "Severity"]
