"""The klarlint language server (``klarlint lsp``): findings in the editor while writing.

``server`` wires pygls to the pieces: ``engine`` (linting with caches),
``positions`` (offsets ↔ LSP positions), ``diagnostics``, ``actions`` (quick
fixes and ignore comments), ``hover`` and ``settings``. Importing this package
imports none of them, so ``klarlint check`` never loads pygls.
"""
