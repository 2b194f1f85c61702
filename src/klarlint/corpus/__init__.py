"""Lint a national corpus of crawled pages on a Dask cluster (``klarlint corpus``, ``klarlint corpus-report``).

The corpus command is a thin shell over the library's one lint path
(:func:`klarlint.readers.read_text` + :func:`klarlint.linter.lint_document`):

* :mod:`.pages` reads pages from JSON Lines, Parquet or WARC files and cuts them into batches;
* :mod:`.worker` lints one batch on a Dask worker (the model is loaded once per worker process)
  and turns the reports into two Arrow tables, findings and per-page statistics;
* :mod:`.run` drives the cluster: it submits batches, retries them when a worker dies and writes
  one Parquet part per batch, atomically, named by the batch's number (so ``--resume`` can skip it);
* :mod:`.report` aggregates a finished run per site into a self-contained HTML report.

Dask, pyarrow, warcio and matplotlib are the optional extra ``klarlint[corpus]``;
:func:`missing_dependencies` says which of them are absent.
"""

from __future__ import annotations

import importlib.util

REQUIRED_MODULES = ("distributed", "pyarrow", "warcio", "matplotlib")
INSTALL_HINT = 'korpusläget kräver tillägget corpus: installera det med pip install "klarlint[corpus]"'


def missing_dependencies(modules: tuple[str, ...] = REQUIRED_MODULES) -> list[str]:
    """The modules of the ``corpus`` extra that cannot be imported here."""
    return [name for name in modules if importlib.util.find_spec(name) is None]
