"""Subcommands of the `citecheck` command line, one module each."""
