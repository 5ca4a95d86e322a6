"""Errors that end a run with exit code 2 and a one-line message, never a traceback."""

from __future__ import annotations

USAGE_ERROR = 2


class CitecheckError(Exception):
    """Base of every error the CLI reports as one line with exit code 2."""


class UsageError(CitecheckError):
    """A mistake in the command line."""


class ConfigError(CitecheckError):
    """A mistake in the configuration file."""


class InputError(CitecheckError):
    """An input citecheck cannot read: missing, binary, empty, undecodable, corrupt."""
