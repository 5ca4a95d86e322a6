"""`citecheck lint PATH...`: check manuscripts and print the findings."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from citecheck import config
from citecheck.atomic import write_text_atomic
from citecheck.commands import terminal
from citecheck.commands.options import (
    add_manuscript_arguments,
    apply_config,
    inputs_of,
    jobs_of,
    lint_options,
    warn,
)
from citecheck.engine import LintResult, Postprocess, collect_paths, exit_code, lint_paths
from citecheck.errors import InputError, UsageError
from citecheck.findings import Severity
from citecheck.outputs import refuse_inputs, refuse_same_outputs
from citecheck.reporters import REPORTERS, get_reporter

if TYPE_CHECKING:
    from citecheck.cache import ResultCache

DEFAULT_CACHE_DIR = ".citecheck_cache"  # citecheck.cache.DEFAULT_DIR, named for --help
CACHE_ENV = "CITECHECK_CACHE_DIR"


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
    add_terminal_arguments(lint)
    lint.add_argument(
        "--no-cache",
        action="store_true",
        help="lint every file again, and keep no results (default: results are cached in "
        f"{DEFAULT_CACHE_DIR}/ in the project's root, or --cache-dir, or ${CACHE_ENV})",
    )
    config.defer_defaults(lint)  # after every option: the config file may fill them
    lint.set_defaults(run=run)


def add_terminal_arguments(lint: argparse.ArgumentParser) -> None:
    lint.add_argument(
        "--color",
        choices=["auto", "always", "never"],
        default="auto",
        help="colour the text output (auto: when stdout is a terminal; NO_COLOR, FORCE_COLOR)",
    )
    lint.add_argument(
        "--show-source",
        action="store_true",
        help="print each finding's line with a caret under it (text format)",
    )
    lint.add_argument(
        "--statistics", action="store_true", help="print the count of findings per code"
    )
    lint.add_argument(
        "-q", "--quiet", action="store_true", help="print nothing; the exit code says it all"
    )
    lint.add_argument(
        "--stdin-filename",
        metavar="NAME",
        help="the name of the manuscript read from `-` (its suffix chooses the format)",
    )
    lint.add_argument(
        "--fix", action="store_true", help="rewrite the manuscripts for the certain fixes (C104)"
    )
    lint.add_argument(
        "--diff", action="store_true", help="print the fixes as a diff instead of writing them"
    )
    lint.add_argument(
        "--unsafe-fixes",
        action="store_true",
        help="with --fix or --diff, also fixes that change meaning (N106: a repeat to Ibid.)",
    )


def run(args: argparse.Namespace) -> int:
    apply_config(args)
    _check_usage(args)
    if args.html:
        _check_html_target(args)
    options = lint_options(args)
    resolver = None
    if args.resolve:
        from citecheck.commands.resolve import make_resolver  # the client settings, only now

        resolver = make_resolver(args)
    steps: list[Postprocess] = []
    if args.baseline and not args.write_baseline:
        from citecheck import baseline  # hashlib and the baseline's JSON only when asked

        steps.append(baseline.new_findings_only(args.baseline))
    fixing = args.fix or args.diff
    stdin = terminal.read_stdin() if "-" in args.paths else None
    # The HTML report, the source lines, the fixes and the baseline's fingerprints need the
    # text; else each finished file keeps only its findings and counts.
    keep_documents = bool(args.html or args.show_source or fixing or args.write_baseline)
    cache = _result_cache(args, cacheable=not (keep_documents or steps or resolver))

    def lint() -> LintResult:
        return lint_paths(
            args.paths,
            options,
            resolver=resolver,
            postprocess=steps,
            warn=(lambda message: None) if args.quiet else warn,
            jobs=jobs_of(args),
            keep_documents=keep_documents,
            progress=None if args.quiet else terminal.progress_bar(args.resolve),
            stdin=stdin,
            stdin_filename=args.stdin_filename or "-",
            cache=cache,
        )

    result = lint()
    _check_outputs(args, result)
    if fixing:
        from citecheck.commands.fixing import apply_fixes

        changed = apply_fixes(result, args)
        if args.diff:
            return 1 if changed else 0
        if changed:
            result = lint()  # the fixed files linted again: what is left is reported
    if args.write_baseline:
        from citecheck import baseline

        count = baseline.write_baseline(args.write_baseline, result)
        print(f"citecheck: recorded {count} findings in {args.write_baseline}", file=sys.stderr)
        return 0
    output = _render(args, result)
    if args.output_file:
        try:
            write_text_atomic(args.output_file, output)
        except OSError as exc:
            raise InputError(f"{args.output_file}: cannot write ({exc.strerror or exc})") from None
    elif not args.quiet:
        sys.stdout.write(output)
    if args.html:
        from citecheck.reporters.html import write_html  # jinja2 only when asked for

        write_html(result, args.html)
    return exit_code(result, Severity.parse(args.fail_on), args.exit_zero)


def _result_cache(args: argparse.Namespace, *, cacheable: bool) -> ResultCache | None:
    """The result cache for this run, or None: `--no-cache`, a run that needs more than
    findings (a resolver, a baseline, the documents), or standard input alone."""
    if args.no_cache or not cacheable or args.paths == ["-"]:
        return None
    from citecheck.cache import ResultCache, cache_folder

    root = Path(args.config_path).parent if args.config_path else Path.cwd()
    note = (lambda message: None) if args.quiet else warn
    cache = ResultCache(cache_folder(args.cache_dir, root), args.bib, note)
    return cache if cache.open() else None


def _render(args: argparse.Namespace, result: LintResult) -> str:
    if args.format != "text":
        return get_reporter(args.format)(result)
    from citecheck.reporters.text import render

    to_terminal = not args.output_file
    return render(
        result,
        color=to_terminal and terminal.use_color(args.color, sys.stdout),
        show_source=args.show_source,
        statistics=args.statistics,
    )


def _check_usage(args: argparse.Namespace) -> None:
    if args.paths.count("-") > 1:
        raise UsageError("`-` (standard input) may be given once")
    if args.stdin_filename and "-" not in args.paths:
        raise UsageError("--stdin-filename names the manuscript read from `-`; give `-` too")
    if args.fix and "-" in args.paths:
        raise UsageError("--fix cannot rewrite standard input; use --diff to see the fixes")
    if args.unsafe_fixes and not (args.fix or args.diff):
        raise UsageError("--unsafe-fixes goes with --fix or --diff")
    if args.fix and args.diff:
        raise UsageError("--diff shows the fixes instead of writing them; give one of the two")
    if (args.fix or args.diff) and args.write_baseline:
        raise UsageError("--fix and --diff do not go with --write-baseline")


def _check_outputs(args: argparse.Namespace, result: LintResult) -> None:
    """Before anything is written: no output may replace an input of the run, or another output.

    A baseline being rewritten is not read in a --write-baseline run, so refreshing
    `--write-baseline citecheck-baseline.json` over the configured baseline stays allowed.
    `--fix` writes the manuscripts themselves, which it was asked to.
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
    html_check = collect_paths(  # lint_paths warns
        args.paths, warn=lambda message: None, selection=lint_options(args).selection
    )
    if len(html_check) != 1:
        raise UsageError(
            "--html writes the report of one manuscript; for several, use `citecheck report`"
        )
