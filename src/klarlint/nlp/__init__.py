"""NLP backends: klarlint's own spaCy pipeline (the default) and Stanza (``--backend stanza``)."""

from __future__ import annotations

import sys


def _spacy_without_torch() -> None:
    """Import thinc (spaCy's machine-learning layer) without PyTorch.

    thinc imports PyTorch at start-up whenever it is installed (the ``stanza`` extra installs it), which costs
    every klarlint process over a second and a few hundred MB, although klarlint's spaCy pipeline runs on NumPy
    alone. PyTorch is hidden only while thinc looks for it: Stanza imports it afterwards as usual.
    """
    if "thinc.compat" in sys.modules or "torch" in sys.modules:
        return  # too late, or PyTorch is already loaded: nothing to save
    sys.modules["torch"] = None  # type: ignore[assignment] - makes `import torch` raise ImportError
    try:
        import thinc.compat  # noqa: F401
    except ImportError:
        pass  # spaCy missing: its own import says so where it is needed
    finally:
        if sys.modules.get("torch", 0) is None:
            del sys.modules["torch"]


_spacy_without_torch()
