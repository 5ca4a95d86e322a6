"""Options shared by the commands that lint manuscripts (`lint`, `report`).

The manuscript, the rules to run, the bibliography, the configuration file and the
resolver: declared once here, settled once by `apply_config` (command line, else the
config file, else the default).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from citecheck import config, discovery
from citecheck.commands.resolver_options import add_resolver_arguments
from citecheck.engine import LintOptions, LintResult, unknown_selectors
from citecheck.errors import UsageError
from citecheck.outputs import run_inputs


def codes(value: str) -> list[str]:
    found = [part.strip() for part in value.split(",") if part.strip()]
    if not found:  # `--select ","` or `--ignore ""` names no rule: a mistake, not "all"
        raise argparse.ArgumentTypeError(f"no rule code or name in {value!r}")
    return found


def per_file_ignore(value: str) -> tuple[str, list[str]]:
    pattern, colon, selectors = value.rpartition(":")
    if not colon or not pattern or not codes(selectors):
        raise argparse.ArgumentTypeError(f"expected GLOB:CODES, got {value!r}")
    return pattern, codes(selectors)


def add_manuscript_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "paths",
        nargs="*",
        default=["."],
        metavar="PATH",
        help="manuscripts or directories (default: the project in the current directory)",
    )
    parser.add_argument(
        "--select",
        type=codes,
        action="extend",
        default=[],
        metavar="CODES",
        help="rule codes, code prefixes or names to run (comma-separated)",
    )
    parser.add_argument(
        "--ignore",
        type=codes,
        action="extend",
        default=[],
        metavar="CODES",
        help="rule codes, code prefixes or names to skip (added to the config's ignore)",
    )
    parser.add_argument(
        "--per-file-ignores",
        type=per_file_ignore,
        action="append",
        default=[],
        metavar="GLOB:CODES",
        help="skip rules on matching files, e.g. 'drafts/*.txt:N105' (repeatable)",
    )
    parser.add_argument(
        "--bib",
        action="append",
        default=[],
        metavar="FILE",
        help="a bibliography: .bib, .bibtex, .json (CSL-JSON), .yaml/.yml (CSL-YAML) or .ris "
        "(repeatable); default: the files the manuscript names, else bibliography.bib",
    )
    parser.add_argument(
        "--config",
        metavar="FILE",
        help="use this citecheck.toml or pyproject.toml instead of looking for one",
    )
    parser.add_argument(
        "--exclude",
        type=codes,
        action="extend",
        default=[],
        metavar="PATTERNS",
        help="gitignore patterns a folder's walk skips, replacing the defaults "
        "(README*, LICENSE*, CHANGELOG*, CONTRIBUTING*, build/, _site/, dist/, hidden)",
    )
    parser.add_argument(
        "--extend-exclude",
        type=codes,
        action="extend",
        default=[],
        metavar="PATTERNS",
        help="gitignore patterns a folder's walk skips, added to the exclude list",
    )
    parser.add_argument(
        "--force-exclude",
        action="store_true",
        default=None,
        help="apply the exclude patterns to files named on the command line too",
    )
    parser.add_argument(
        "--resolve", action="store_true", help="also look the cited works up in OpenLibrary"
    )
    parser.add_argument(
        "-j",
        "--jobs",
        type=jobs,
        default=None,
        metavar="N",
        help="lint files in N processes (default: the number of CPUs; 1: in this process)",
    )
    add_resolver_arguments(parser)


def jobs(value: str) -> int:
    try:
        count = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a number of jobs, got {value!r}") from None
    if count < 1:
        raise argparse.ArgumentTypeError(f"expected at least 1 job, got {count}")
    return count


def jobs_of(args: argparse.Namespace) -> int:
    if args.jobs is not None:
        return int(args.jobs)
    from citecheck.parallel import default_jobs

    return default_jobs()


def lint_options(args: argparse.Namespace) -> LintOptions:
    return LintOptions(
        select=tuple(args.select),
        ignore=tuple(args.ignore),
        bib_paths=tuple(args.bib),
        per_file_ignores=tuple((p, tuple(c)) for p, c in args.per_file_ignores.items()),
        selection=discovery.Selection(
            include=tuple(getattr(args, "include", None) or ()),
            exclude=tuple(args.exclude) or discovery.DEFAULT_EXCLUDE,
            extend_exclude=tuple(args.extend_exclude),
            force_exclude=bool(args.force_exclude),
        ),
    )


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
    args.config_path = found.path  # an input of the run: never written over
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


def warn(message: str) -> None:
    """A note on stderr about something skipped; the run goes on."""
    print(f"citecheck: warning: {message}", file=sys.stderr)


def inputs_of(args: argparse.Namespace, result: LintResult) -> dict[str, str]:
    """The files a finished run read: manuscripts, bibliographies, baseline, configuration."""
    bibliographies = [*args.bib]
    for file in result.files:
        manuscript = file.manuscript
        if manuscript is not None and manuscript.bibliography is not None:
            bibliographies.extend(manuscript.bibliography.sources)
        bibliographies.extend(file.bibliographies or ())  # a result kept without its document
    return run_inputs(
        manuscripts=[file.path for file in result.files],
        bibliographies=bibliographies,
        baselines=[getattr(args, "baseline", None)],
        configs=[getattr(args, "config_path", None)],
    )


def _cli_ignored(args: argparse.Namespace) -> list[str]:
    return [code for _, selectors in args.per_file_ignores for code in selectors]
