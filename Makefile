# The two commands of the README: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: install run ingest serve test evals bench clean

install: $(STAMP)

# Reinstall only when the dependencies change; constraints.txt pins what was tested.
$(STAMP): pyproject.toml constraints.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -c constraints.txt -e '.[test]'
	touch $(STAMP)

ingest: install
	$(PY) -m ingest

serve: install
	$(PY) -m server

run: ingest serve

test: install
	$(PY) -m pytest -q -rs

evals: install
	$(PY) -m evals

bench: install
	$(PY) -m evals.bench ingest

clean:
	rm -rf .data
