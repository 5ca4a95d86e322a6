"""`citecheck lint PATH...`: check manuscripts and print the findings."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from citecheck import baseline, config
from citecheck.atomic import write_text_atomic
from citecheck.commands import resolve
from citecheck.engine import LintOptions, Postprocess, exit_code, lint_paths, unknown_selectors
from citecheck.errors import InputError, UsageError
from citecheck.model import Severity
from citecheck.reporters import REPORTERS, get_reporter


def codes(value: str) -> list[str]:
    return [part.strip() for part in value.split(",") if part.strip()]


def per_file_ignore(value: str) -> tuple[str, list[str]]:
    pattern, colon, selectors = value.rpartition(":")
    if not colon or not pattern or not codes(selectors):
        raise argparse.ArgumentTypeError(f"expected GLOB:CODES, got {value!r}")
    return pattern, codes(selectors)


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
        help="rule codes, code prefixes or names to skip (added to the config's ignore)",
    )
    lint.add_argument(
        "--per-file-ignores",
        type=per_file_ignore,
        action="append",
        default=[],
        metavar="GLOB:CODES",
        help="skip rules on matching files, e.g. 'drafts/*.txt:N105' (repeatable)",
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
    lint.add_argument(
        "--config",
        metavar="FILE",
        help="use this citecheck.toml or pyproject.toml instead of looking for one",
    )
    lint.add_argument("--baseline", metavar="FILE", help="report only findings not in FILE")
    lint.add_argument(
        "--write-baseline",
        metavar="FILE",
        help="record today's findings in FILE (JSON) and exit 0",
    )
    resolve.add_resolver_arguments(lint)
    config.defer_defaults(lint)  # after every option: the config file may fill them
    lint.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    apply_config(args)
    options = LintOptions(
        select=tuple(args.select),
        ignore=tuple(args.ignore),
        bib_paths=tuple(args.bib),
        per_file_ignores=tuple((p, tuple(c)) for p, c in args.per_file_ignores.items()),
    )
    resolver = resolve.make_resolver(args) if args.resolve else None
    steps: list[Postprocess] = []
    if args.baseline and not args.write_baseline:
        steps.append(baseline.new_findings_only(args.baseline))
    result = lint_paths(args.paths, options, resolver=resolver, postprocess=steps)
    if args.write_baseline:
        count = baseline.write_baseline(args.write_baseline, result)
        print(f"citecheck: recorded {count} findings in {args.write_baseline}", file=sys.stderr)
        return 0
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


def apply_config(args: argparse.Namespace) -> None:
    """Settle every option: the command line, else the config file, else the default.

    Runs before the resolver is made, so the file's resolver settings reach it too.
    """
    unknown = unknown_selectors([*args.select, *args.ignore, *_cli_ignored(args)])
    if unknown:
        raise UsageError(f"unknown rule code or name: {', '.join(unknown)} (see `citecheck rules`)")
    if args.config:
        if not Path(args.config).is_file():
            raise UsageError(f"--config {args.config}: no such file")
        found = config.load_config(Path(args.config))
    else:
        found = config.discover(args.paths)
    # `--ignore` and `--per-file-ignores` add to the file's lists, as in ruff; the other
    # options replace the file's value.
    cli_ignore, cli_per_file = list(args.ignore), list(args.per_file_ignores)
    args.ignore, args.per_file_ignores = [], []
    config.merge_into(args, found)
    args.ignore = [*args.ignore, *cli_ignore]
    per_file = dict(args.per_file_ignores or {})
    for pattern, selectors in cli_per_file:
        anchored = config.anchor_pattern(pattern, Path.cwd())
        per_file[anchored] = [*per_file.get(anchored, []), *selectors]
    args.per_file_ignores = per_file


def _cli_ignored(args: argparse.Namespace) -> list[str]:
    return [code for _, selectors in args.per_file_ignores for code in selectors]
