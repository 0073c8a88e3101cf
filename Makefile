# Two commands for a fresh machine: `make run` and `make test` (see README.md).
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
HOST ?= 127.0.0.1
PORT ?= 8501

.PHONY: run test data lint format bench clean

$(VENV)/.runtime: requirements.txt
	bash scripts/ensure-venv.sh $(PYTHON) $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements.txt
	touch $@

$(VENV)/.dev: $(VENV)/.runtime requirements-dev.txt
	$(PY) -m pip install --quiet -r requirements-dev.txt
	touch $@

$(VENV)/.bench: $(VENV)/.dev requirements-bench.txt
	$(PY) -m pip install --quiet -r requirements-bench.txt
	touch $@

## Build the tables when missing or older than their inputs, then serve the dashboard and
## its HTTP API (serve.py: st.App of app.py with the routes of api/) in one process.
run: $(VENV)/.runtime
	-$(PY) -m loaders build --if-stale
	$(PY) -m streamlit run serve.py --server.address $(HOST) --server.port $(PORT) \
		--server.headless true --browser.gatherUsageStats false

## Set up everything the tests need, then run every test: in TEST_WORKERS processes
## (pytest-xdist), each test file whole in one of them (tests/e2e/test_every_page.py opens
## each page once for all its checks).
TEST_WORKERS ?= 2
test: $(VENV)/.dev
	bash scripts/ensure-chromium.sh
	$(PY) -m pytest -n $(TEST_WORKERS) --dist loadfile

## Validate data/ and write data/processed/.
data: $(VENV)/.runtime
	$(PY) -m loaders build

## Generate synthetic tables (10^4..10^7 observations) and measure pages, API and Datasette;
## the first paint of plain Streamlit pages of 27 cards (the floor under the Overview's);
## then load on the seed data: 50 API clients for 30 s, 20 browser sessions (benchmarks/load.py).
BENCH_SIZES ?= 1e4 1e5 1e6 1e7
bench: $(VENV)/.bench
	$(PY) -m benchmarks --sizes $(BENCH_SIZES) --out docs/benchmarks.md
	$(PY) -m benchmarks.paint_floor --runs 9
	$(PY) -m benchmarks.load --out docs/benchmarks.md

lint: $(VENV)/.dev
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .

format: $(VENV)/.dev
	$(PY) -m ruff format .
	$(PY) -m ruff check --fix .

clean:
	rm -rf data/processed test-artifacts .pytest_cache
