"""OpenLibrary lookups: an HTTP client, the query ladder and scoring, and the resolver.

Only `client` imports requests, and nothing imports `client` until a run asks to resolve,
so `citecheck lint` without `--resolve` never loads it. `cache` keeps answers in SQLite;
`shapes` checks every answer before it is used or cached.
"""
