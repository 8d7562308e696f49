# innovation-warehouse: the two promised commands are `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
export DAGSTER_HOME := $(CURDIR)/dagster_home

.PHONY: install run test lint dev bench soak clean browser

install: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e ".[dev]"
	touch $(STAMP)

run: $(STAMP)  ## build data/warehouse.duckdb from seeds/ and print a summary
	$(BIN)/innovation-warehouse build

browser:  ## Debian's Chromium and CJK fonts for the report's browser test (apt-get, as root, only when missing)
	@if [ -x /usr/bin/chromium ]; then :; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
		apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium fonts-noto-cjk \
		|| echo "browser: apt-get could not install chromium; the browser test will be skipped"; \
	else echo "browser: no /usr/bin/chromium and no root apt-get; the browser test will be skipped"; fi

lint: $(STAMP)  ## ruff: pyflakes, pycodestyle and import order ([tool.ruff] in pyproject.toml)
	$(BIN)/ruff check .

# Two pytest processes, a test file each at a time (--dist loadfile: a file's module fixtures, often a whole
# build, are made once); most tests wait on builds that use one core at a time.
test: $(STAMP) browser lint  ## lint, then run the test suite
	$(BIN)/python -m pytest -q -n 2 --dist loadfile

dev: $(STAMP)  ## the Dagster UI on http://127.0.0.1:3000 (localhost only)
	$(BIN)/dagster dev --host 127.0.0.1 --port 3000

bench: $(STAMP)  ## benchmarks on the shared corpus (prints numbers)
	$(BIN)/python -m benchmarks.run_all

soak: $(STAMP)  ## 30 builds with random file changes, 10 kill -9, a reader all along (prints PASS/FAIL)
	$(BIN)/python -m benchmarks.soak --builds 30 --kills 10

clean:
	rm -rf $(VENV) data dagster_home/storage dagster_home/history dagster_home/schedules dagster_home/logs
