# The two Quick start commands: `make demo` and `make test`. Each sets up what it needs.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
SAMPLE := examples/stalinisms-long-shadow.txt

.PHONY: demo test setup setup-test browser lint-code bench bench-html bench-growth accuracy note-accuracy quote-accuracy fuzz complexity clean

$(BIN)/citecheck: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e .
	touch $@

setup: $(BIN)/citecheck

$(VENV)/.test-deps: $(BIN)/citecheck
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@

setup-test: $(VENV)/.test-deps browser

# Debian's Chromium for the browser tests; Playwright never downloads a browser here.
browser:
	@command -v chromium >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq chromium; \
	  else sudo apt-get update -qq && sudo apt-get install -y -qq chromium; fi; }

# Lint the sample manuscript against bibliography.bib, print the findings and write the
# HTML report into reports/. Findings are expected, so the lint's exit code 1 is shown,
# not treated as a failure of the demo.
demo: setup
	@$(BIN)/citecheck lint $(SAMPLE) --bib bibliography.bib --html reports/stalinisms-long-shadow.html; \
	  code=$$?; echo "citecheck exit code: $$code (1 means findings, as expected for the sample)"; \
	  test $$code -le 1 && echo "HTML report: reports/stalinisms-long-shadow.html"

test: setup-test
	$(BIN)/python -m pytest

lint-code: $(VENV)/.test-deps
	$(BIN)/ruff check citecheck tests bench .ci

# The long fuzz run: the three hypothesis tests of tests/test_fuzz.py with 7,000 examples
# each (21,000 inputs; CI runs 200 each). FUZZ_EXAMPLES=N changes the count per test.
FUZZ_EXAMPLES ?= 7000
fuzz: $(VENV)/.test-deps
	CITECHECK_FUZZ_EXAMPLES=$(FUZZ_EXAMPLES) $(BIN)/python -m pytest -q -p no:cacheprovider \
	  tests/test_fuzz.py --hypothesis-show-statistics

bench: setup
	$(BIN)/python bench/bench_lint.py

# A 2 MB web page read against its plain-text rendering (issue 15): fails at 3x or more.
bench-html: setup
	env -u PYTHONDONTWRITEBYTECODE $(BIN)/python bench/bench_html.py

# Growth exponents of lint time (.bib of 10^3..10^5 entries, Markdown of 60..480 KB):
# fails when one is over 1.15 (linear is 1.0). CPU time, so a busy machine does not fail it.
bench-growth: setup
	$(BIN)/python bench/bench_growth.py --check 1.15

# Footnote accuracy on the Platypus articles in ../shared (docs/accuracy.md); fails below
# bench/accuracy_thresholds.toml. Says so and passes when ../shared is absent. Then the
# note-citation reader against its truth set and the seeded defects of its rules (issue 11),
# English notes with a translation's connecting words, titles in underscore emphasis, the
# documents written blind to the
# reader (bench/truth/note_citations_written/), and Word
# files with typed notes against their plain text (issue 15, docs/docx.md).
accuracy: $(VENV)/.test-deps
	$(BIN)/python bench/accuracy.py --gate
	$(BIN)/python bench/quote_accuracy.py
	$(BIN)/python bench/note_accuracy.py --gate
	$(BIN)/python bench/note_lexical_novelty.py --gate
	$(BIN)/python bench/note_translated_connectors.py --gate
	$(BIN)/python bench/note_underscore_emphasis.py --gate
	$(BIN)/python bench/note_accuracy.py --held
	$(BIN)/python bench/note_accuracy.py --written --gate
	$(BIN)/python bench/docx_accuracy.py --gate --every 5

# The note-citation measurement alone (docs/note-citations.md).
note-accuracy: setup
	$(BIN)/python bench/note_accuracy.py --gate

# Seeded-defect recall of unbalanced-quote and marker-placement on the Platypus corpus
# (../shared); exits 1 when a kind's recall is below 0.95.
quote-accuracy: setup
	$(BIN)/python bench/quote_accuracy.py

# Hostile-input probes at n, 2n, 4n and 8n: fails when any grows more than 2.6x from 4n to 8n.
complexity: setup
	$(BIN)/python bench/complexity.py

clean:
	rm -rf $(VENV) build *.egg-info
