"""citecheck: a citation and bibliography checker for manuscripts."""

__version__ = "0.1.0"
