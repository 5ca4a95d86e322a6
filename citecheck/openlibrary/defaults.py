"""The defaults the resolver options name in their help: plain numbers, importable without
the client settings (`config`), so that `citecheck lint` declares `--rate-limit` and
`--timeout` without loading them."""

from __future__ import annotations

DEFAULT_RATE = 1.0  # requests per second: OpenLibrary's limit for unidentified clients
DEFAULT_TIMEOUT = 15.0  # seconds per request, in total (SearXNG uses 10 s for this service)
