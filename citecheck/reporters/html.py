"""Self-contained HTML reports: one page per manuscript, readable offline from file://.

The page comes from a jinja2 template with autoescaping on, since the manuscript is
untrusted text; the CSS and JS are inlined, and a Content-Security-Policy lets only the
report's own script run (by its hash) and load nothing from anywhere.
jinja2 is imported here, and this module only when a report is written.

Escaping keeps markup out; it does not show a bidi override (U+202E) or a control
character, which would reorder or hide text on the page. Every value the template writes
passes through `visible` (the environment's `finalize`), so they show as "⟨U+202E⟩"; where
the template writes text content it uses the `visible` filter instead, which also wraps
each in a `<span class="ctl">`, styled and titled as what it is.
"""

from __future__ import annotations

import base64
import hashlib
from functools import lru_cache
from typing import TYPE_CHECKING

from citecheck.atomic import write_text_atomic
from citecheck.display import HIDDEN, code_point, visible
from citecheck.engine import FileResult, LintResult
from citecheck.errors import InputError, UsageError
from citecheck.reporters.html_model import build_view, css_name

if TYPE_CHECKING:
    import jinja2

TEMPLATE = "report.html.j2"


@lru_cache(maxsize=1)
def _environment() -> jinja2.Environment:
    import jinja2

    env = jinja2.Environment(
        loader=jinja2.PackageLoader("citecheck", "templates"),
        autoescape=True,  # every {{ }} is escaped, whatever the file's extension
        trim_blocks=True,
        lstrip_blocks=True,
        undefined=jinja2.StrictUndefined,
        finalize=_shown,
    )
    env.filters["css"] = css_name
    env.filters["visible"] = _visible_markup
    return env


def _shown(value: object) -> object:
    """Every value written, before autoescaping: hidden characters as "⟨U+202E⟩" (text
    that works in attributes too). Markup, already safe, is the template's own."""
    import markupsafe

    if isinstance(value, str) and not isinstance(value, markupsafe.Markup):
        return visible(value)
    return value


@lru_cache(maxsize=1)
def _control_spans() -> dict[int, str]:
    return {
        c: f'<span class="ctl" title="control character {code_point(chr(c))}">'
        f"{code_point(chr(c))}</span>"
        for c in HIDDEN
    }


def _visible_markup(value: object) -> object:
    """Text content: escaped, then each hidden character as a marked span."""
    import markupsafe

    if isinstance(value, markupsafe.Markup) or not isinstance(value, str):
        return value
    return markupsafe.Markup(str(markupsafe.escape(value)).translate(_control_spans()))


@lru_cache(maxsize=1)
def _script() -> tuple[str, str]:
    """The report's script and its CSP source expression ('sha256-…')."""
    env = _environment()
    assert env.loader is not None
    source, _, _ = env.loader.get_source(env, "report.js")
    digest = base64.b64encode(hashlib.sha256(source.encode("utf-8")).digest()).decode("ascii")
    return source, f"'sha256-{digest}'"


def render_file(file: FileResult) -> str:
    """The report of one manuscript as one HTML document."""
    import markupsafe

    script, script_hash = _script()
    template = _environment().get_template(TEMPLATE)
    return template.render(
        v=build_view(file),
        # Our own file, trusted: inlined as is so that its hash matches the CSP.
        script=markupsafe.Markup(script),
        script_hash=script_hash,
    )


def write_html(result: LintResult, path: str) -> None:
    """`lint --html FILE`: the report of the one manuscript linted, written atomically."""
    if len(result.files) != 1:
        raise UsageError(
            f"--html writes the report of one manuscript, not {len(result.files)}; "
            "use `citecheck report PATH... -o DIR` for several"
        )
    write_report(result.files[0], path)


def write_report(file: FileResult, path: str) -> None:
    html = render_file(file)
    try:
        write_text_atomic(path, html)
    except OSError as exc:
        raise InputError(f"{path}: cannot write ({exc.strerror or exc})") from None
