"""spaCy is imported without its command line, and that command line still works when asked for.

Each check runs in a fresh interpreter: the point is what the first ``import spacy`` does.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap


def _run(code: str) -> str:
    done = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)], capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


def test_loading_the_model_does_not_import_spacys_command_line():
    out = _run(
        """
        import sys
        from klarlint.nlp.model import load_model
        doc = load_model()("Din ansökan har behandlats.")
        heavy = sorted(m for m in ("requests", "httpx", "weasel", "typer") if m in sys.modules)
        print(len(doc), heavy)
        """
    )
    assert out == "5 []"


def test_spacys_command_line_loads_on_first_use():
    out = _run(
        """
        import sys
        from klarlint.nlp.model import load_model
        load_model()
        import spacy
        import spacy.cli.train  # a submodule through the placeholder package
        from spacy.cli import app  # an attribute: loads the real package
        print(type(app).__name__, callable(spacy.cli.train.train), "requests" in sys.modules)
        print(spacy.info()["spacy_version"] == spacy.__version__)
        """
    )
    assert out.splitlines() == ["Typer True True", "True"]


def test_an_earlier_ordinary_import_is_left_alone():
    out = _run(
        """
        import sys
        import spacy
        from klarlint.nlp.lazy_spacy import import_spacy
        print(import_spacy() is spacy, type(sys.modules["spacy.cli"]).__name__)
        """
    )
    assert out == "True module"
