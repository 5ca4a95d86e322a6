"""Headless Chromium for the report tests: Debian's /usr/bin/chromium driven by Playwright.

Never downloads a browser. Chromium is started with its background networking off, so
the only traffic a page makes is what the page itself asks for, which the tests record.
"""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from playwright.sync_api import Browser, Dialog, Page, sync_playwright

CHROMIUM = "/usr/bin/chromium"
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
ARTIFACTS = Path(__file__).resolve().parent / "artifacts"


def ensure_chromium() -> str:
    """The browser's path, installing Debian's package when it is missing (never a download
    from Playwright's CDN)."""
    if not Path(CHROMIUM).exists():
        apt = shutil.which("apt-get")
        assert apt, f"{CHROMIUM} is missing and apt-get is not available to install it"
        subprocess.run([apt, "install", "-y", "chromium"], check=True, capture_output=True)
    assert Path(CHROMIUM).exists(), f"{CHROMIUM} is missing"
    return CHROMIUM


@contextmanager
def launch_chromium() -> Iterator[Browser]:
    """Headless Chromium for one test module (the module's fixture wraps this)."""
    executable = ensure_chromium()
    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=executable, args=ARGS)
        try:
            yield chromium
        finally:
            chromium.close()


@dataclass
class PageLog:
    """What a page did: requests, console errors, page errors, dialogs."""

    requests: list[str] = field(default_factory=list)
    console_errors: list[str] = field(default_factory=list)
    page_errors: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)


def open_report(
    browser: Browser, path: Path, *, width: int = 1280, height: int = 900
) -> tuple[Page, PageLog]:
    """A new page showing the report at `path` from file://, and the log of what it did."""
    context = browser.new_context(viewport={"width": width, "height": height})
    page = context.new_page()
    log = PageLog()
    page.on("request", lambda request: log.requests.append(request.url))
    page.on(
        "console",
        lambda message: (
            log.console_errors.append(message.text) if message.type == "error" else None
        ),
    )
    page.on("pageerror", lambda error: log.page_errors.append(str(error)))

    def on_dialog(dialog: Dialog) -> None:
        log.dialogs.append(dialog.message)
        dialog.dismiss()

    page.on("dialog", on_dialog)
    page.goto(path.resolve().as_uri())
    page.wait_for_load_state("load")
    return page, log
