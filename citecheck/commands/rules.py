"""`citecheck rules` (the table) and `citecheck rule NAME-OR-CODE` (one rule's doc)."""

from __future__ import annotations

import argparse

from citecheck.errors import UsageError
from citecheck.rules import ALL_RULES, find_rule


def add_parser(commands: argparse._SubParsersAction) -> None:
    table = commands.add_parser("rules", help="list every rule")
    table.add_argument("--format", choices=["text", "markdown"], default="text")
    table.set_defaults(run=run_table)
    one = commands.add_parser("rule", help="show one rule's documentation")
    one.add_argument("name", metavar="NAME-OR-CODE")
    one.set_defaults(run=run_one)


def markdown_table() -> str:
    """The README's rule table, generated so the docs cannot drift from the registry."""
    lines = ["| code | name | severity | what it finds |", "|---|---|---|---|"]
    for rule in ALL_RULES:
        default = "" if rule.default else " Off unless selected."
        lines.append(
            f"| {rule.code} | {rule.name} | {rule.severity.label} | {rule.summary}{default} |"
        )
    return "\n".join(lines)


def run_table(args: argparse.Namespace) -> int:
    if args.format == "markdown":
        print(markdown_table())
        return 0
    width = max(len(rule.name) for rule in ALL_RULES)
    print(f"{'code':<6} {'name':<{width}} {'severity':<8} summary")
    for rule in ALL_RULES:
        default = "" if rule.default else " (off unless selected)"
        print(
            f"{rule.code:<6} {rule.name:<{width}} {rule.severity.label:<8} {rule.summary}{default}"
        )
    return 0


def run_one(args: argparse.Namespace) -> int:
    rule = find_rule(args.name)
    if rule is None:
        raise UsageError(f"no rule named {args.name!r} (see `citecheck rules`)")
    state = "on by default" if rule.default else "off unless selected"
    print(f"{rule.code} {rule.name} ({rule.severity.label}, {state})\n")
    print(rule.summary + "\n")
    print(rule.doc)
    return 0
