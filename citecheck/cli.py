"""The command line: `citecheck lint`, `citecheck rules`, `citecheck rule NAME`.

`main(argv) -> int` never raises for bad input: usage, configuration and input errors
print one line on stderr and return 2.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from citecheck import __version__
from citecheck.atomic import write_text_atomic
from citecheck.engine import LintOptions, exit_code, lint_paths, unknown_selectors
from citecheck.model import Severity
from citecheck.readers import InputError
from citecheck.reporters import REPORTERS, get_reporter
from citecheck.rules import ALL_RULES, find_rule

USAGE_ERROR = 2


class UsageError(Exception):
    """A mistake in the command line or configuration: exit code 2."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        raise UsageError(message)


def _codes(value: str) -> list[str]:
    return [part.strip() for part in value.split(",") if part.strip()]


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="citecheck", description="Check a manuscript's notes and citations.")
    parser.add_argument("--version", action="version", version=f"citecheck {__version__}")
    commands = parser.add_subparsers(dest="command", parser_class=_Parser)

    lint = commands.add_parser("lint", help="check manuscripts and print the findings")
    lint.add_argument("paths", nargs="+", metavar="PATH", help="manuscripts or directories")
    lint.add_argument("--format", choices=sorted(REPORTERS), default="text")
    lint.add_argument("--select", type=_codes, action="extend", default=[], metavar="CODES",
                      help="rule codes, code prefixes or names to run (comma-separated)")
    lint.add_argument("--ignore", type=_codes, action="extend", default=[], metavar="CODES",
                      help="rule codes, code prefixes or names to skip")
    lint.add_argument("--fail-on", choices=["error", "warning", "info"], default="error",
                      help="lowest severity that makes the exit code 1 (default: error)")
    lint.add_argument("--exit-zero", action="store_true", help="exit 0 even with findings")
    lint.add_argument("--output-file", metavar="FILE", help="write the report here")
    lint.add_argument("--bib", action="append", default=[], metavar="FILE",
                      help="a BibTeX bibliography (repeatable); default: bibliography.bib")

    commands.add_parser("rules", help="list every rule")
    rule = commands.add_parser("rule", help="show one rule's documentation")
    rule.add_argument("name", metavar="NAME-OR-CODE")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
        if args.command == "lint":
            return _lint(args)
        if args.command == "rules":
            return _rules()
        if args.command == "rule":
            return _rule(args.name)
        parser.print_help()
        return USAGE_ERROR
    except UsageError as exc:
        print(f"citecheck: error: {exc}", file=sys.stderr)
        print("Run `citecheck --help` for usage.", file=sys.stderr)
        return USAGE_ERROR
    except InputError as exc:
        print(f"citecheck: error: {exc}", file=sys.stderr)
        return USAGE_ERROR
    except KeyboardInterrupt:
        print("citecheck: interrupted", file=sys.stderr)
        return 130


def _lint(args: argparse.Namespace) -> int:
    unknown = unknown_selectors([*args.select, *args.ignore])
    if unknown:
        raise UsageError(f"unknown rule code or name: {', '.join(unknown)} (see `citecheck rules`)")
    options = LintOptions(
        select=tuple(args.select), ignore=tuple(args.ignore), bib_paths=tuple(args.bib)
    )
    result = lint_paths(args.paths, options)
    output = get_reporter(args.format)(result)
    if args.output_file:
        try:
            write_text_atomic(args.output_file, output)
        except OSError as exc:
            raise InputError(f"{args.output_file}: cannot write ({exc.strerror or exc})") from None
    else:
        sys.stdout.write(output)
    return exit_code(result, Severity.parse(args.fail_on), args.exit_zero)


def _rules() -> int:
    width = max(len(rule.name) for rule in ALL_RULES)
    print(f"{'code':<6} {'name':<{width}} {'severity':<8} summary")
    for rule in ALL_RULES:
        default = "" if rule.default else " (off unless selected)"
        print(f"{rule.code:<6} {rule.name:<{width}} {rule.severity.label:<8} {rule.summary}{default}")
    return 0


def _rule(name: str) -> int:
    rule = find_rule(name)
    if rule is None:
        raise UsageError(f"no rule named {name!r} (see `citecheck rules`)")
    state = "on by default" if rule.default else "off unless selected"
    print(f"{rule.code} {rule.name} ({rule.severity.label}, {state})\n")
    print(rule.summary + "\n")
    print(rule.doc)
    return 0
