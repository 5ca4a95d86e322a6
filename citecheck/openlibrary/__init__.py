"""OpenLibrary lookups: an HTTP client, the query ladder and scoring, and the resolver.

Only `client` imports requests and requests-cache, and nothing imports `client` until a
run asks to resolve, so `citecheck lint` without `--resolve` never loads them.
"""
