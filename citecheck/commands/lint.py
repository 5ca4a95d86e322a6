"""`citecheck lint PATH...`: check manuscripts and print the findings."""

from __future__ import annotations

import argparse
import sys

from citecheck.atomic import write_text_atomic
from citecheck.commands import resolve
from citecheck.engine import LintOptions, exit_code, lint_paths, unknown_selectors
from citecheck.errors import InputError, UsageError
from citecheck.model import Severity
from citecheck.reporters import REPORTERS, get_reporter


def codes(value: str) -> list[str]:
    return [part.strip() for part in value.split(",") if part.strip()]


def add_parser(commands: argparse._SubParsersAction) -> None:
    lint = commands.add_parser("lint", help="check manuscripts and print the findings")
    lint.add_argument("paths", nargs="+", metavar="PATH", help="manuscripts or directories")
    lint.add_argument("--format", choices=sorted(REPORTERS), default="text")
    lint.add_argument(
        "--select",
        type=codes,
        action="extend",
        default=[],
        metavar="CODES",
        help="rule codes, code prefixes or names to run (comma-separated)",
    )
    lint.add_argument(
        "--ignore",
        type=codes,
        action="extend",
        default=[],
        metavar="CODES",
        help="rule codes, code prefixes or names to skip",
    )
    lint.add_argument(
        "--fail-on",
        choices=["error", "warning", "info"],
        default="error",
        help="lowest severity that makes the exit code 1 (default: error)",
    )
    lint.add_argument("--exit-zero", action="store_true", help="exit 0 even with findings")
    lint.add_argument("--output-file", metavar="FILE", help="write the report here")
    lint.add_argument(
        "--bib",
        action="append",
        default=[],
        metavar="FILE",
        help="a BibTeX bibliography (repeatable); default: bibliography.bib",
    )
    lint.add_argument(
        "--resolve", action="store_true", help="also look the cited works up in OpenLibrary"
    )
    lint.add_argument(
        "--html", metavar="FILE", help="also write a self-contained HTML report (one manuscript)"
    )
    resolve.add_resolver_arguments(lint)
    lint.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    unknown = unknown_selectors([*args.select, *args.ignore])
    if unknown:
        raise UsageError(f"unknown rule code or name: {', '.join(unknown)} (see `citecheck rules`)")
    options = LintOptions(
        select=tuple(args.select), ignore=tuple(args.ignore), bib_paths=tuple(args.bib)
    )
    resolver = resolve.make_resolver(args) if args.resolve else None
    result = lint_paths(args.paths, options, resolver=resolver)
    output = get_reporter(args.format)(result)
    if args.output_file:
        try:
            write_text_atomic(args.output_file, output)
        except OSError as exc:
            raise InputError(f"{args.output_file}: cannot write ({exc.strerror or exc})") from None
    else:
        sys.stdout.write(output)
    if args.html:
        from citecheck.reporters.html import write_html  # jinja2 only when asked for

        write_html(result, args.html)
    return exit_code(result, Severity.parse(args.fail_on), args.exit_zero)
