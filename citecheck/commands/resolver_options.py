"""The resolver options shared by `lint --resolve`, `report` and `resolve` (cache, offline,
URL, rate), apart from `commands.resolve`: `lint` declares them on every run, and needs the
resolve command's own imports (the OpenLibrary client settings) only when it resolves."""

from __future__ import annotations

import argparse
import math

from citecheck.openlibrary.defaults import DEFAULT_RATE, DEFAULT_TIMEOUT


def _positive(value: str) -> float:
    try:
        number = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {value!r}") from None
    if not math.isfinite(number) or number <= 0:
        raise argparse.ArgumentTypeError(f"must be a finite number more than 0: {value!r}")
    return number


def add_resolver_arguments(parser: argparse.ArgumentParser) -> None:
    """Options shared by `lint --resolve` and `resolve` (cache, offline, URL, rate)."""
    group = parser.add_argument_group("OpenLibrary lookups")
    # --no-offline / --no-refresh undo a configuration file's `offline = true`.
    group.add_argument(
        "--offline",
        action=argparse.BooleanOptionalAction,
        default=False,
        help="answer only from the cache",
    )
    group.add_argument(
        "--refresh",
        action=argparse.BooleanOptionalAction,
        default=False,
        help="ask again, replacing cached answers",
    )
    group.add_argument(
        "--cache-dir",
        metavar="DIR",
        help="where the caches live: OpenLibrary's answers (default: the user cache dir) "
        "and lint results (default: .citecheck_cache/ in the project, or $CITECHECK_CACHE_DIR)",
    )
    group.add_argument(
        "--openlibrary-url",
        metavar="URL",
        help="the service (default: $CITECHECK_OPENLIBRARY_URL or https://openlibrary.org)",
    )
    group.add_argument(
        "--rate-limit",
        type=_positive,
        metavar="N",
        help=f"at most N requests per second (default: {DEFAULT_RATE:g})",
    )
    group.add_argument(
        "--contact",
        metavar="EMAIL-OR-URL",
        help="named in the User-Agent, as OpenLibrary asks (default: $CITECHECK_CONTACT)",
    )
    group.add_argument(
        "--timeout",
        type=_positive,
        metavar="SECONDS",
        help=f"seconds each request may take in all (default: {DEFAULT_TIMEOUT:g})",
    )
