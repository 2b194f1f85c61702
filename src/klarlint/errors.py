"""Errors klarlint reports to the user as one clear line (exit code 2)."""

import errno
import re
import tomllib


class KlarlintError(Exception):
    """Base class: the message is user-facing Swedish text, shown without a traceback."""


class InputError(KlarlintError):
    """A file could not be read or understood."""


class ConfigError(KlarlintError):
    """The configuration is invalid."""


class ModelError(KlarlintError):
    """The Swedish language model is missing or broken."""


# errno → Swedish: the system's own words (``exc.strerror``) are English, and a user's error line is Swedish.
_REASONS = {
    "ENOENT": "finns inte",
    "EACCES": "åtkomst nekad",
    "EPERM": "åtkomst nekad",
    "EISDIR": "är en mapp",
    "ENOTDIR": "en del av sökvägen är ingen mapp",
    "ENOSPC": "disken är full",
    "EROFS": "filsystemet är skrivskyddat",
    "EEXIST": "finns redan",
    "ENAMETOOLONG": "namnet är för långt",
    "ELOOP": "länkarna går i en slinga",
    "EADDRINUSE": "adressen används redan",
    "EADDRNOTAVAIL": "adressen finns inte på datorn",
    "ENXIO": "ingen läser eller skriver i andra änden",
    "EMFILE": "för många öppna filer",
    "EIO": "läsfel",
}


def os_reason(exc: OSError) -> str:
    """Why an operating-system call failed, in Swedish where the error is a common one (else the system's words)."""
    name = errno.errorcode.get(exc.errno or -1, "")
    return _REASONS.get(name) or exc.strerror or str(exc)


def toml_problem(exc: tomllib.TOMLDecodeError) -> str:
    """Where a TOML file is broken, in Swedish (tomllib's message is English: *Invalid value (at line 2, column 1)*)."""
    place = re.search(r"at line (\d+), column (\d+)", str(exc))
    if place:
        return f"ogiltig TOML på rad {place.group(1)}, kolumn {place.group(2)}"
    return "ogiltig TOML (filen slutar mitt i ett värde)" if "end of document" in str(exc) else "ogiltig TOML"
