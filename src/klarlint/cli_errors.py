"""Usage errors of the command line as one Swedish line, and ``klarlint --help`` with the lint options.

Typer parses the command line with Click (its own vendored copy in recent versions, the
``click`` package in older ones). Click's errors are English and several lines long; the README
promises one Swedish line on stderr and exit code 2, so :func:`usage_message` turns each kind of
Click usage error into that line.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Sequence
from enum import Enum
from typing import Any


def _exception_modules() -> list[Any]:
    modules = []
    with contextlib.suppress(ImportError):
        from typer._click import exceptions as vendored  # typer ≥ 0.24 ships its own Click

        modules.append(vendored)
    with contextlib.suppress(ImportError):
        from click import exceptions as click_exceptions

        modules.append(click_exceptions)
    return modules


def _classes(name: str) -> tuple[type[BaseException], ...]:
    return tuple(getattr(module, name) for module in _exception_modules() if hasattr(module, name))


USAGE_ERRORS = _classes("UsageError")
CLICK_EXCEPTIONS = _classes("ClickException")
CLICK_EXITS = _classes("Exit")
CLICK_ABORTS = _classes("Abort")


def usage_message(exc: BaseException, args: Sequence[str]) -> str:
    """One Swedish line for a Click usage error (without the ``klarlint:`` prefix)."""
    kind = type(exc).__name__
    if kind == "NoSuchOption":
        return _no_such_option(exc)
    if kind == "MissingParameter":
        return _missing(exc)
    if kind == "BadOptionUsage":
        return f"flaggan {getattr(exc, 'option_name', '')} behöver ett värde".replace("  ", " ")
    if kind == "BadParameter":
        return _bad_value(exc, args)
    text = str(getattr(exc, "message", exc))
    if text.startswith("No such command"):
        name = text.split("'")[1] if text.count("'") >= 2 else ""
        return f"okänt kommando {name!r} (se klarlint --help)" if name else "okänt kommando (se klarlint --help)"
    if "unexpected extra argument" in text:
        found = re.search(r"\(([^()]*)\)\W*$", text)
        extra = found.group(1) if found else ""
        return f"för många argument: {extra} (se klarlint --help)" if extra else "för många argument"
    return "felaktig användning av kommandot (se klarlint --help)"


def _no_such_option(exc: BaseException) -> str:
    name = getattr(exc, "option_name", "")
    # click's own cut-off offers *--jobs* for *--bogus*: only a likely misspelling is worth a question
    possibilities = sorted(p for p in getattr(exc, "possibilities", None) or () if _close(name, p))
    hint = f" (menade du {' eller '.join(possibilities)}?)" if possibilities else " (se klarlint --help)"
    return f"okänd flagga {name}{hint}"


def _close(written: str, option: str) -> bool:
    import difflib

    return difflib.SequenceMatcher(None, written, option).ratio() >= 0.75


# What a missing argument is, in words: "argumentet RULE_ID saknas" named a placeholder the user never saw.
ARGUMENT_WORDS = {"rule_id": "regelns id (till exempel klarlint explain passive-voice)", "url": "webbplatsens adress"}


def _missing(exc: BaseException) -> str:
    param = getattr(exc, "param", None)
    if param is None or getattr(param, "param_type_name", "") == "argument" or not getattr(param, "opts", None):
        name = getattr(param, "name", "") or ""
        if name in ("paths", "path"):
            return "inga filer angivna (ange filer, mappar eller - för stdin)"
        if name in ARGUMENT_WORDS:
            return f"ange {ARGUMENT_WORDS[name]}"
        return f"argumentet {name.upper()} saknas (se klarlint --help)" if name else "ett argument saknas"
    return f"flaggan {_option_name(param)} saknas"


def _bad_value(exc: BaseException, args: Sequence[str]) -> str:
    param = getattr(exc, "param", None)
    if param is None:
        return "ogiltigt värde (se klarlint --help)"
    name = _option_name(param)
    given = _given_value(param, args)
    shown = f" {given!r}" if given is not None else ""
    choices = _choices(param)
    if choices:
        return f"okänt värde för {name}:{shown} (välj {_join(choices)})"
    annotation = _annotation(param)
    if annotation is int:
        return f"{name} ska vara ett heltal (fick{shown or ' något annat'})"
    if annotation is float:
        return f"{name} ska vara ett tal (fick{shown or ' något annat'})"
    return f"ogiltigt värde för {name}:{shown}".rstrip(":")


def _option_name(param: Any) -> str:
    opts = getattr(param, "opts", None) or []
    longest = max(opts, key=len) if opts else getattr(param, "name", "") or ""
    return longest if longest.startswith("-") else longest.upper()


def _given_value(param: Any, args: Sequence[str]) -> str | None:
    """The value the user gave ``param`` on the command line (``--format xml`` or ``--format=xml``)."""
    opts = getattr(param, "opts", None) or []
    for index, arg in enumerate(args):
        for opt in opts:
            if arg == opt and index + 1 < len(args):
                return args[index + 1]
            if arg.startswith(opt + "="):
                return arg[len(opt) + 1 :]
    return None


def _annotation(param: Any) -> Any:
    descriptor = getattr(param, "type_descriptor", None)
    if descriptor is not None:
        return getattr(descriptor, "annotation", None)
    kind = getattr(param, "type", None)  # Click's own param types (older typer)
    return {"integer": int, "float": float}.get(getattr(kind, "name", ""))


def _choices(param: Any) -> list[str]:
    annotation = _annotation(param)
    if isinstance(annotation, type) and issubclass(annotation, Enum):
        return [str(member.value) for member in annotation]
    choices = getattr(getattr(param, "type", None), "choices", None)
    return [str(c.value if isinstance(c, Enum) else c) for c in choices] if choices else []


def _join(words: Sequence[str]) -> str:
    return words[0] if len(words) == 1 else f"{', '.join(words[:-1])} eller {words[-1]}"


def main_help(group: Any, default_command: str = "check") -> str:
    """``klarlint --help``: the default command's usage and options, then the other commands.

    ``klarlint FILE`` is short for ``klarlint check FILE``, so the options a user needs first are
    ``check``'s; listing only the subcommands hid them.
    """
    context_class = getattr(group, "context_class", None)
    with context_class(group, info_name="klarlint") as group_ctx:
        command = group.get_command(group_ctx, default_command)
        with context_class(command, info_name="klarlint", parent=None) as ctx:
            text = command.get_help(ctx)
        rows = []
        for name in group.list_commands(group_ctx):
            sub = group.get_command(group_ctx, name)
            if sub is None or getattr(sub, "hidden", False):
                continue
            rows.append((name, sub.get_short_help_str(limit=70)))
    width = max((len(name) for name, _ in rows), default=0)
    lines = [
        (getattr(group, "help", "") or "").strip(),
        "",
        text.rstrip(),
        "",
        "Kommandon (klarlint KOMMANDO --help visar kommandots flaggor):",
        *(f"  {name.ljust(width)}  {short}" for name, short in rows),
    ]
    return _swedish_headings("\n".join(lines)) + "\n"


# Click's own words in a help text, in Swedish (the rest of the help is klarlint's and already Swedish).
HELP_WORDS = (
    ("Usage:", "Användning:"),
    ("Arguments:", "Argument:"),
    ("Options:", "Flaggor:"),
    ("Show this message and exit.", "Visa den här hjälpen."),
    ("[required]", "[krävs]"),
    ("[default:", "[standard:"),  # no space: the line may wrap right after it
    ("Commands:", "Kommandon:"),
    ("[OPTIONS]", "[FLAGGOR]"),
)


def _swedish_headings(text: str) -> str:
    for english, swedish in HELP_WORDS:
        text = text.replace(english, swedish)
    return text


def swedish_help_classes() -> tuple[type, type]:
    """Typer's command and group classes with Click's own help words in Swedish (``klarlint crawl --help``)."""
    from typer.core import TyperCommand, TyperGroup

    class SwedishCommand(TyperCommand):
        def get_help(self, ctx: Any) -> str:
            return _swedish_headings(super().get_help(ctx))

    class SwedishGroup(TyperGroup):
        def get_help(self, ctx: Any) -> str:
            return _swedish_headings(super().get_help(ctx))

    return SwedishCommand, SwedishGroup
