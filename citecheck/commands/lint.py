"""`citecheck lint PATH...`: check manuscripts and print the findings."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from citecheck import baseline, config
from citecheck.atomic import write_text_atomic
from citecheck.commands import resolve
from citecheck.commands.options import (
    add_manuscript_arguments,
    apply_config,
    inputs_of,
    lint_options,
    warn,
)
from citecheck.engine import LintResult, Postprocess, collect_paths, exit_code, lint_paths
from citecheck.errors import InputError, UsageError
from citecheck.model import Severity
from citecheck.outputs import refuse_inputs, refuse_same_outputs
from citecheck.reporters import REPORTERS, get_reporter


def add_parser(commands: argparse._SubParsersAction) -> None:
    lint = commands.add_parser("lint", help="check manuscripts and print the findings")
    add_manuscript_arguments(lint)
    lint.add_argument("--format", choices=sorted(REPORTERS), default="text")
    lint.add_argument(
        "--fail-on",
        choices=["error", "warning", "info"],
        default="error",
        help="lowest severity that makes the exit code 1 (default: error)",
    )
    lint.add_argument("--exit-zero", action="store_true", help="exit 0 even with findings")
    lint.add_argument("--output-file", metavar="FILE", help="write the report here")
    lint.add_argument(
        "--html", metavar="FILE", help="also write a self-contained HTML report (one manuscript)"
    )
    lint.add_argument("--baseline", metavar="FILE", help="report only findings not in FILE")
    lint.add_argument(
        "--write-baseline",
        metavar="FILE",
        help="record today's findings in FILE (JSON) and exit 0",
    )
    config.defer_defaults(lint)  # after every option: the config file may fill them
    lint.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    apply_config(args)
    if args.html:
        _check_html_target(args)
    options = lint_options(args)
    resolver = resolve.make_resolver(args) if args.resolve else None
    steps: list[Postprocess] = []
    if args.baseline and not args.write_baseline:
        steps.append(baseline.new_findings_only(args.baseline))
    result = lint_paths(args.paths, options, resolver=resolver, postprocess=steps, warn=warn)
    _check_outputs(args, result)
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


def _check_outputs(args: argparse.Namespace, result: LintResult) -> None:
    """Before anything is written: no output may replace an input of the run, or another output.

    A baseline being rewritten is not read in a --write-baseline run, so refreshing
    `--write-baseline citecheck-baseline.json` over the configured baseline stays allowed.
    """
    inputs = inputs_of(args, result)
    outputs = {
        "--output-file": args.output_file,
        "--html": args.html,
        "--write-baseline": args.write_baseline,
    }
    refuse_same_outputs(outputs)
    for option, target in outputs.items():
        if not target:
            continue
        guarded = inputs
        if option == "--write-baseline":
            guarded = {path: role for path, role in inputs.items() if role != "baseline"}
        refuse_inputs(option, target, guarded)


def _check_html_target(args: argparse.Namespace) -> None:
    """Before any work is done: `--html FILE` is one report of one manuscript."""
    if Path(args.html).is_dir():
        raise UsageError(f"--html {args.html}: is a directory; name the report file")
    if len(collect_paths(args.paths, warn=lambda message: None)) != 1:  # lint_paths warns
        raise UsageError(
            "--html writes the report of one manuscript; for several, use `citecheck report`"
        )
