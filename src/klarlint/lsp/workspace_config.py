"""Changes the editor asks for in ``klarlint.toml``: turn a rule off, accept a word.

The file changed is the one that applies to the document (the nearest
``klarlint.toml``, or ``pyproject.toml`` with a ``[tool.klarlint]`` table), so
``klarlint check`` sees the same change; with none, a new ``klarlint.toml`` in
the workspace folder (or the document's folder). tomlkit keeps the writer's
comments and layout. The new text is checked with the same reader
``klarlint check`` uses before it replaces the file, and the file is replaced
in one step (a temporary file renamed over it), so a crash or a full disk
never leaves half a configuration behind.
"""

from __future__ import annotations

from pathlib import Path

from klarlint.config import CONFIG_FILE, accepted_form, config_from_mapping, find_config_file, read_toml
from klarlint.errors import ConfigError, os_reason
from klarlint.fix import write_atomically


def config_target(document: Path | None, root: Path | None) -> Path | None:
    """The configuration file a change for ``document`` belongs in; None without a document path or workspace."""
    start = document if document is not None else root
    if start is None:
        return None
    found = find_config_file(start)
    if found is not None:
        return found
    folder = root if root is not None and (document is None or document.is_relative_to(root)) else start.parent
    return folder / CONFIG_FILE


def add_to_list(path: Path, key: str, value: str) -> bool:
    """Add ``value`` to the list ``key`` of the klarlint settings in ``path``; False when it is there already.

    Raises :class:`ConfigError` (Swedish) when the file cannot be read, is not valid, or cannot be written.
    """
    import tomlkit

    document = tomlkit.parse(_read(path))
    table = _klarlint_table(document, path)
    current = table.get(key, [])
    values = [current] if isinstance(current, str) else list(current)
    same = accepted_form if key == "accept" else str
    if any(same(str(v)) == same(value) for v in values):
        return False
    if isinstance(current, str) or key not in table:
        table[key] = tomlkit.array()
        for existing in values:
            table[key].append(existing)
    table[key].append(value)
    new_text = tomlkit.dumps(document)
    _validate(new_text, path)
    _write_atomically(path, new_text)
    return True


def _read(path: Path) -> str:
    """The file's text, checked with the reader ``klarlint check`` uses, so that a broken file is told in the
    same Swedish words (line and column) as there; tomlkit's messages and the system's are English."""
    return read_toml(path, missing_is_empty=True)[0]


def _klarlint_table(document, path: Path):
    """The table holding klarlint's keys: the file itself, or ``[tool.klarlint]`` of a pyproject.toml."""
    if path.name != "pyproject.toml":
        return document
    tool = document.get("tool")
    if tool is None or "klarlint" not in tool:
        raise ConfigError(f"{path}: har ingen tabell [tool.klarlint]")
    return tool["klarlint"]


def _validate(text: str, path: Path) -> None:
    """Refuse to write a file that ``klarlint check`` would not accept."""
    import tomllib

    data = tomllib.loads(text)
    if path.name == "pyproject.toml":
        data = data["tool"]["klarlint"]
    config_from_mapping(data, path)


def _write_atomically(path: Path, text: str) -> None:
    try:
        write_atomically(path, text.encode("utf-8"))  # --fix's writer: keeps the file's mode, never half a file
    except OSError as exc:
        raise ConfigError(f"{path}: kan inte skrivas: {os_reason(exc)}") from None
