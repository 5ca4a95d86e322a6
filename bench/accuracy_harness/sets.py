"""Sets of variants measured beside the text variants of truth.py, each reported on its
own and gated by its own table in bench/accuracy_thresholds.toml (`[html]`).

Each set is (its variant names, evaluate), where `evaluate(rendered, targets, keep)`
returns the counts and the errors per variant, as `article.evaluate_article` keeps them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from . import html_variants
from .render import Rendered

Evaluate = Callable[[Rendered, dict[str, int], int], tuple[dict[str, Any], dict[str, Any]]]

EXTRA_SETS: dict[str, tuple[tuple[str, ...], Evaluate]] = {
    "html": (html_variants.VARIANTS, html_variants.evaluate),
}
