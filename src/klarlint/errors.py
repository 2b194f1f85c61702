"""Errors klarlint reports to the user as one clear line (exit code 2)."""


class KlarlintError(Exception):
    """Base class: the message is user-facing Swedish text, shown without a traceback."""


class InputError(KlarlintError):
    """A file could not be read or understood."""


class ConfigError(KlarlintError):
    """The configuration is invalid."""


class ModelError(KlarlintError):
    """The Swedish language model is missing or broken."""
