"""Reporters print a :class:`~klarlint.report.Report` in one output format."""
