"""The command line. Each subcommand lives in its own module under `citecheck.commands`
with `add_parser(commands)` and `run(args) -> int`.

`main(argv) -> int` never raises for bad input: usage, configuration and input errors
print one line on stderr and return 2.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from citecheck import __version__
from citecheck.errors import USAGE_ERROR, CitecheckError, UsageError

# Subcommand modules, in the order `citecheck --help` lists them.
COMMANDS = (
    "citecheck.commands.lint",
    "citecheck.commands.report",
    "citecheck.commands.resolve",
    "citecheck.commands.rules",
    "citecheck.commands.extract",
)


class Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        raise UsageError(message)


def build_parser() -> argparse.ArgumentParser:
    parser = Parser(prog="citecheck", description="Check a manuscript's notes and citations.")
    parser.add_argument("--version", action="version", version=f"citecheck {__version__}")
    commands = parser.add_subparsers(dest="command", parser_class=Parser, metavar="COMMAND")
    for name in COMMANDS:
        importlib.import_module(name).add_parser(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        parser = build_parser()
        args = parser.parse_args(argv)
        if not getattr(args, "run", None):
            parser.print_help(sys.stderr)
            return USAGE_ERROR
        return int(args.run(args))
    except CitecheckError as exc:
        print(f"citecheck: error: {exc}", file=sys.stderr)
        if isinstance(exc, UsageError):
            print("Run `citecheck --help` for usage.", file=sys.stderr)
        return USAGE_ERROR
    except KeyboardInterrupt:
        print("citecheck: interrupted", file=sys.stderr)
        return 130
