"""Errors that end a run with a one-line message, never a traceback.

`CitecheckError` and its subclasses are the user's problem (exit code 2). Anything else
that reaches `main()` is citecheck's own bug: exit code 70 (EX_SOFTWARE in sysexits.h),
one line, and `--debug` shows the traceback.
"""

from __future__ import annotations

USAGE_ERROR = 2
INTERNAL_ERROR = 70


class CitecheckError(Exception):
    """Base of every error the CLI reports as one line with exit code 2."""


class UsageError(CitecheckError):
    """A mistake in the command line."""


class ConfigError(CitecheckError):
    """A mistake in the configuration file."""


class InputError(CitecheckError):
    """An input citecheck cannot read: missing, binary, empty, undecodable, corrupt."""


class OutputError(CitecheckError):
    """An output citecheck refuses to write: it would replace an input of the run."""
