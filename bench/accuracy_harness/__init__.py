"""The footnote accuracy harness behind `bench/accuracy.py` (see docs/accuracy.md).

render: Hugo Markdown to web-copied plain text with exact truth; seeds: one defect of each
kind per article; scoring: citecheck's reading against the truth; report: tables and the
gate. Markdown-it is a test dependency, imported only here.
"""
