"""The command line. Each subcommand lives in its own module under `citecheck.commands`
with `add_parser(commands)` and `run(args) -> int`.

`main(argv) -> int` is the one error boundary: usage, configuration and input errors print
one line on stderr and return 2; any other exception is a bug in citecheck and returns 70
with one line pointing at `--debug`, which prints the traceback instead. A reader that
leaves early (`citecheck rules | head -1`) ends the run quietly with 141, the shell's code
for a death by SIGPIPE (128 + 13), in every subcommand.

Start-up is kept short: only the subcommand being run is imported (the others get a stub
parser holding their one-line help), and `--version` imports nothing but this module.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence
from types import ModuleType
from typing import IO, Any

from citecheck import __version__
from citecheck.errors import INTERNAL_ERROR, USAGE_ERROR, CitecheckError, UsageError

# Subcommand -> (module, one-line help), in the order `citecheck --help` lists them. Only
# the module of the command being run is imported; the help here must match its own.
COMMANDS: dict[str, tuple[str, str]] = {
    "lint": ("citecheck.commands.lint", "check manuscripts and print the findings"),
    "report": (
        "citecheck.commands.report",
        "write a self-contained HTML report for each manuscript",
    ),
    "resolve": (
        "citecheck.commands.resolve",
        "look the cited works up in OpenLibrary and print a table",
    ),
    "rules": ("citecheck.commands.rules", "list every rule"),
    "rule": ("citecheck.commands.rules", "show one rule's documentation"),
    "extract": (
        "citecheck.commands.extract",
        "print what citecheck read: sections, markers, notes, citations",
    ),
}
BROKEN_PIPE = 141  # 128 + SIGPIPE, what a shell reports for `yes | head -1`


class Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        raise UsageError(message)

    def _print_message(self, message: str, file: IO[str] | None = None) -> None:
        # argparse swallows OSError here; a broken pipe must reach main() like any other.
        if message:
            (file or sys.stderr).write(message)


def build_parser(argv: Sequence[str] | None = None) -> argparse.ArgumentParser:
    """The parser. With `argv`, only the subcommand it names is built in full; without, all."""
    parser = Parser(prog="citecheck", description="Check a manuscript's notes and citations.")
    parser.add_argument("--version", action="version", version=f"citecheck {__version__}")
    parser.add_argument(
        "--debug", action="store_true", help="on an internal error, print the traceback"
    )
    commands = parser.add_subparsers(dest="command", parser_class=Parser, metavar="COMMAND")
    chosen = _chosen_command(argv) if argv is not None else None
    chosen_module = COMMANDS[chosen][0] if chosen else None
    built: set[str] = set()
    for name, (module, help_text) in COMMANDS.items():
        if argv is None or module == chosen_module:
            if module not in built:
                importlib.import_module(module).add_parser(commands)
                built.add(module)
        elif name not in commands.choices:
            commands.add_parser(name, help=help_text, add_help=False)
    return parser


def _chosen_command(argv: Sequence[str]) -> str | None:
    """The first argument that names a subcommand (the top level has only flags)."""
    for arg in argv:
        if arg == "--":
            return None
        if not arg.startswith("-"):
            return arg if arg in COMMANDS else None
    return None


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    # Known before parsing, so that a crash while parsing still honours it, and taken out
    # so that it may stand anywhere (`citecheck lint m.txt --debug`), but not after `--`.
    end = argv.index("--") if "--" in argv else len(argv)
    debug = "--debug" in argv[:end]
    argv = [a for a in argv[:end] if a != "--debug"] + argv[end:]
    try:
        if argv == ["--version"]:  # the fast path: nothing else to import
            print(f"citecheck {__version__}")
            sys.stdout.flush()
            return 0
        from citecheck.compile_cache import every_compile_cached
        from citecheck.gc_pause import end_start_up, pause_for_start_up

        # Regexes compiled in a run, those of the modules it imports included, are kept
        # between runs as byte-code is: parsing them is most of a cold start's work.
        pause_for_start_up()  # ended after the first file (engine), at the latest here
        _import_dataclasses_without_inspect()
        try:
            with every_compile_cached():
                return _parse_and_run(argv)
        finally:
            end_start_up()
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
        return BROKEN_PIPE
    except Exception as exc:  # the error boundary: a bug in citecheck, never a traceback
        if debug:
            import traceback  # only on the way out of a crash

            traceback.print_exc(file=sys.stderr)
        else:
            print(
                f"citecheck: internal error: {type(exc).__name__}: {_one_line(str(exc))[:200]} "
                "(a bug in citecheck; run again with `citecheck --debug ...` for the traceback "
                "and report it)",
                file=sys.stderr,
            )
        return INTERNAL_ERROR


class _InspectOnFirstUse(ModuleType):
    """What `dataclasses` finds when it imports `inspect`: any name read from it imports
    the real module and gives the real value."""

    def __getattr__(self, name: str) -> Any:
        return getattr(importlib.import_module("inspect"), name)


def _import_dataclasses_without_inspect() -> None:
    """`dataclasses` imports `inspect`, which brings `ast`, `dis` and `tokenize` (about a
    tenth of a cold lint's imports), and on Python 3.11 uses it only to write the
    docstring of a class that has none. For the command line, `dataclasses` is imported
    with a stand-in for it that loads `inspect` on first use (3.12 reads annotations
    through it, so there it loads with the first dataclass). The stand-in is seen by
    `dataclasses` alone: it leaves sys.modules once `dataclasses` is imported, so any other
    `import inspect` gets the real module. A program that imported either already is left
    as it is. (`importlib.util.LazyLoader` does not serve: `import inspect` in
    `dataclasses` reads the lazy module's `__spec__`, which loads it.)"""
    if "dataclasses" in sys.modules or "inspect" in sys.modules:
        return
    sys.modules["inspect"] = _InspectOnFirstUse("inspect")
    try:
        import dataclasses  # noqa: F401
    finally:
        if isinstance(sys.modules.get("inspect"), _InspectOnFirstUse):
            del sys.modules["inspect"]


def _parse_and_run(argv: list[str]) -> int:
    parser = build_parser(argv)
    try:
        args = parser.parse_args(argv)
    except SystemExit as done:  # --help, --version: argparse printed and exits
        sys.stdout.flush()
        return done.code if isinstance(done.code, int) else 0
    _refuse_nul(args)
    if not getattr(args, "run", None):
        parser.print_help(sys.stderr)
        return USAGE_ERROR
    code = int(args.run(args))
    sys.stdout.flush()  # here, so that a reader gone early is caught below, not at exit
    return code


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
