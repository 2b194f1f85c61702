"""Import spaCy without its command line, which klarlint never uses.

``spacy/__init__.py`` imports the package ``spacy.cli`` only to re-export
``spacy.info``, and ``spacy.cli`` imports every spaCy command with typer,
requests, httpx and weasel: a third of spaCy's import time, about 0.4 s of
klarlint's 2 s cold start (see benchmarks/cold_start.py).

Before the first ``import spacy``, :func:`import_spacy` puts placeholders for
``spacy.cli`` and ``spacy.cli.info`` in ``sys.modules``. They load the real
modules as soon as anything uses them (an attribute, ``spacy.info()``, a
submodule such as ``spacy.cli.train``), so code that does need spaCy's command
line in the same process still gets it; it only pays the cost then.
"""

from __future__ import annotations

import importlib
import importlib.util
import sys
import types
from pathlib import Path
from typing import Any

_PLACEHOLDERS = ("spacy.cli.info", "spacy.cli")


def import_spacy() -> types.ModuleType:
    """``import spacy``, minus the eager import of ``spacy.cli``."""
    if "spacy" in sys.modules:
        return sys.modules["spacy"]
    spec = importlib.util.find_spec("spacy")
    if spec is None or not spec.submodule_search_locations:
        import spacy  # not a normal installation: let the ordinary import decide (and raise)

        return spacy
    cli = _Placeholder("spacy.cli")
    cli.__path__ = [str(Path(location) / "cli") for location in spec.submodule_search_locations]
    info = _Placeholder("spacy.cli.info")
    info.info = _info
    sys.modules["spacy.cli"] = cli
    sys.modules["spacy.cli.info"] = info
    try:
        import spacy
    except BaseException:
        _forget_placeholders()
        raise
    if isinstance(sys.modules.get("spacy.cli"), _Placeholder):
        spacy.cli = cli  # a real import would have set the attribute; ``spacy.cli.app`` must keep working
    return spacy


class _Placeholder(types.ModuleType):
    """Stands in for a spaCy CLI module until something asks it for an attribute."""

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__") and name.endswith("__"):
            raise AttributeError(name)  # import machinery and introspection probe these; no reason to load
        return getattr(_real(self.__name__), name)


def _info(*args: Any, **kwargs: Any) -> Any:
    """``spacy.info``: loads spaCy's real command line and calls its ``info``."""
    return _real("spacy.cli.info").info(*args, **kwargs)


def _real(name: str) -> types.ModuleType:
    _forget_placeholders()
    module = importlib.import_module(name)
    cli = sys.modules["spacy.cli"]
    for child, submodule in list(sys.modules.items()):
        # submodules imported through the placeholder are not yet attributes of the real package
        if child.startswith("spacy.cli.") and child.count(".") == 2 and not hasattr(cli, child[10:]):
            setattr(cli, child[10:], submodule)
    spacy = sys.modules.get("spacy")
    if spacy is not None:
        spacy.cli = cli
    return module


def _forget_placeholders() -> None:
    for name in _PLACEHOLDERS:
        if isinstance(sys.modules.get(name), _Placeholder):
            del sys.modules[name]
