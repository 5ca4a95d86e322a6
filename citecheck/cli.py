"""The command line. Each subcommand lives in its own module under `citecheck.commands`
with `add_parser(commands)` and `run(args) -> int`.

`main(argv) -> int` is the one error boundary: usage, configuration and input errors print
one line on stderr and return 2; any other exception is a bug in citecheck and returns 70
with one line pointing at `--debug`, which prints the traceback instead.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
import traceback
from collections.abc import Sequence

from citecheck import __version__
from citecheck.errors import INTERNAL_ERROR, USAGE_ERROR, CitecheckError, UsageError

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
    parser.add_argument(
        "--debug", action="store_true", help="on an internal error, print the traceback"
    )
    commands = parser.add_subparsers(dest="command", parser_class=Parser, metavar="COMMAND")
    for name in COMMANDS:
        importlib.import_module(name).add_parser(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    # Known before parsing, so that a crash while parsing still honours it, and taken out
    # so that it may stand anywhere (`citecheck lint m.txt --debug`), but not after `--`.
    end = argv.index("--") if "--" in argv else len(argv)
    debug = "--debug" in argv[:end]
    argv = [a for a in argv[:end] if a != "--debug"] + argv[end:]
    try:
        parser = build_parser()
        args = parser.parse_args(argv)
        _refuse_nul(args)
        if not getattr(args, "run", None):
            parser.print_help(sys.stderr)
            return USAGE_ERROR
        return int(args.run(args))
    except CitecheckError as exc:
        hint = " (see `citecheck --help`)" if isinstance(exc, UsageError) else ""
        print(f"citecheck: error: {_one_line(str(exc))}{hint}", file=sys.stderr)
        return USAGE_ERROR
    except KeyboardInterrupt:
        print("citecheck: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # `citecheck lint ... | head`: the reader left; say nothing more on a dead pipe.
        _silence_stdout()
        return 1
    except Exception as exc:  # the error boundary: a bug in citecheck, never a traceback
        if debug:
            traceback.print_exc(file=sys.stderr)
        else:
            print(
                f"citecheck: internal error: {type(exc).__name__}: {_one_line(str(exc))[:200]} "
                "(a bug in citecheck; run again with `citecheck --debug ...` for the traceback "
                "and report it)",
                file=sys.stderr,
            )
        return INTERNAL_ERROR


def _refuse_nul(args: argparse.Namespace) -> None:
    """No path or value can hold a NUL byte: the OS would refuse it later, less clearly."""
    for value in vars(args).values():
        for item in value if isinstance(value, list) else [value]:
            if isinstance(item, str) and "\x00" in item:
                raise UsageError(f"{item!r}: not a valid file name or value (a NUL byte)")


def _one_line(message: str) -> str:
    return " ".join(message.split())


def _silence_stdout() -> None:
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass  # stdout is not a real file (captured in tests): nothing to flush anyway
