# Developer commands. `make demo` and `make test` work on a fresh machine with
# only Python 3.11 and pip: they create .venv and install everything first.

PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV ?= .venv
BIN := $(VENV)/bin
DEMO_DB := .demo/talkwatch.db
STAMP := $(VENV)/.installed

.PHONY: demo test install clean

$(STAMP): pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c constraints.txt -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	rm -rf .demo && mkdir -p .demo
	$(BIN)/talkwatch ingest examples --db $(DEMO_DB)
	$(BIN)/talkwatch articles --db $(DEMO_DB)
	$(BIN)/talkwatch actors --db $(DEMO_DB) --side RUS
	$(BIN)/talkwatch stories --db $(DEMO_DB)
	$(BIN)/talkwatch timeline --db $(DEMO_DB) --format md
	$(BIN)/talkwatch positions --db $(DEMO_DB) --matrix

test: $(STAMP)
	$(BIN)/python -m pytest

clean:
	rm -rf $(VENV) .demo build *.egg-info src/*.egg-info .pytest_cache
