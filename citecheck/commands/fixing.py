"""`lint --fix` / `--diff`: write the certain fixes, or print them as a unified diff."""

from __future__ import annotations

import argparse
import sys

from citecheck.engine import LintResult
from citecheck.fix import fix_file


def apply_fixes(result: LintResult, args: argparse.Namespace) -> int:
    """Write (or, with --diff, print) each file's fixes; the number of edits made or shown."""
    count = 0
    for file in result.files:
        fixed = fix_file(file, unsafe=args.unsafe_fixes)
        if fixed is None:
            continue
        count += len(fixed.edits)
        if args.diff:
            if not args.quiet:
                sys.stdout.write(fixed.diff())
        else:
            fixed.write()
    if args.fix and not args.quiet:
        noun = "finding" if count == 1 else "findings"
        print(f"citecheck: fixed {count} {noun}", file=sys.stderr)
    return count
