"""`citecheck resolve PATH` and the resolver options shared with `lint --resolve`.

(Filled in by the OpenLibrary issue.)
"""

from __future__ import annotations

import argparse
from collections.abc import Callable

from citecheck.model import Manuscript, Resolution


def add_parser(commands: argparse._SubParsersAction) -> None:
    return None


def add_resolver_arguments(parser: argparse.ArgumentParser) -> None:
    """Options shared by `lint --resolve` and `resolve` (cache, offline, URL, rate)."""


def make_resolver(args: argparse.Namespace) -> Callable[[Manuscript], tuple[Resolution, ...]]:
    raise NotImplementedError
