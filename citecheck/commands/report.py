"""`citecheck report PATH... [-o DIR]`: HTML reports (filled in by the HTML issue)."""

from __future__ import annotations

import argparse


def add_parser(commands: argparse._SubParsersAction) -> None:
    return None
