"""`citecheck extract PATH...`: print what citecheck read (sections, markers, notes...).

No rule runs: this shows the model the rules see, so a user can tell why a finding fired.
"""

from __future__ import annotations

import argparse
import json
import sys

from citecheck.engine import read_manuscripts
from citecheck.reporters.extraction import SCHEMA_VERSION, extraction_view, view_as_text


def add_parser(commands: argparse._SubParsersAction) -> None:
    extract = commands.add_parser(
        "extract", help="print what citecheck read: sections, markers, notes, citations"
    )
    extract.add_argument("paths", nargs="+", metavar="PATH", help="manuscripts or directories")
    extract.add_argument("--format", choices=["json", "text"], default="text")
    extract.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    # Read every file before printing anything: a bad path gives one error line, no output.
    views = [extraction_view(manuscript) for manuscript in read_manuscripts(args.paths)]
    if args.format == "json":
        document = {"schema_version": SCHEMA_VERSION, "files": views}
        sys.stdout.write(json.dumps(document, indent=2, ensure_ascii=False) + "\n")
    else:
        sys.stdout.write("\n".join(view_as_text(view) for view in views))
    return 0
