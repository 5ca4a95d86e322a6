"""`citecheck report PATH... [-o DIR]`: one self-contained HTML report per manuscript.

The report is the product: findings do not fail the command. It exits 0 when every
report was written and 2 on bad input (citecheck.errors).
"""

from __future__ import annotations

import argparse
import os
from collections.abc import Mapping, Sequence
from pathlib import Path

from citecheck import config
from citecheck.commands import resolve
from citecheck.commands.options import (
    add_manuscript_arguments,
    apply_config,
    inputs_of,
    lint_options,
    warn,
)
from citecheck.engine import FileResult, lint_paths
from citecheck.errors import InputError, OutputError
from citecheck.outputs import refuse_inputs, written_by_citecheck

DEFAULT_DIR = "reports"


def add_parser(commands: argparse._SubParsersAction) -> None:
    report = commands.add_parser(
        "report", help="write a self-contained HTML report for each manuscript"
    )
    add_manuscript_arguments(report)
    report.add_argument(
        "-o",
        "--output-dir",
        default=DEFAULT_DIR,
        metavar="DIR",
        help=f"folder for the reports, created if needed (default: {DEFAULT_DIR}/)",
    )
    report.add_argument(
        "--force",
        action="store_true",
        help="replace existing files in the folder that are not citecheck reports",
    )
    config.defer_defaults(report)  # after every option: the config file may fill them
    report.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    apply_config(args)
    out_dir = Path(args.output_dir)
    if out_dir.exists() and not out_dir.is_dir():
        raise InputError(f"{out_dir}: exists and is not a folder")
    options = lint_options(args)
    resolver = resolve.make_resolver(args) if args.resolve else None
    result = lint_paths(args.paths, options, resolver=resolver, warn=warn)
    targets = report_paths(result.files, out_dir)
    check_targets(targets, inputs_of(args, result), force=args.force)

    from citecheck.reporters.html import write_report  # jinja2 only when a report is written

    for file, target in zip(result.files, targets, strict=True):
        write_report(file, str(target))
        print(target)
    return 0


def check_targets(targets: Sequence[Path], inputs: Mapping[str, str], *, force: bool) -> None:
    """Before any report is written: none replaces an input of the run, and none replaces
    an existing file that is not a citecheck report unless --force."""
    for target in targets:
        refuse_inputs("-o", target, inputs)
        if force or not os.path.lexists(target):
            continue
        if not target.is_file() or not written_by_citecheck(target):
            raise OutputError(
                f"{target} exists and is not a citecheck report: "
                "add --force to replace it, or choose another -o folder"
            )


def report_paths(files: Sequence[FileResult], out_dir: Path) -> list[Path]:
    """`reports/NAME.html` from each manuscript's file name; `NAME-2.html` when two clash."""
    taken: set[str] = set()
    paths = []
    for file in files:
        stem = Path(file.path).stem or "manuscript"
        name, n = f"{stem}.html", 1
        while name.lower() in taken:
            n += 1
            name = f"{stem}-{n}.html"
        taken.add(name.lower())
        paths.append(out_dir / name)
    return paths
