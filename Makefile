# The two commands a newcomer needs: `make regenerate` and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: regenerate test test-generator test-generated check typecheck clean

# (Re)install only when the project's dependencies change.
$(STAMP): pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -c constraints.txt -e '.[dev]'
	touch $(STAMP)

venv: $(STAMP)

regenerate: $(STAMP)
	$(PY) -m generator generate

check: $(STAMP)
	$(PY) -m generator check

typecheck: $(STAMP)
	$(PY) -m mypy --strict templates/runtime generated/twilio_flex

test-generator: $(STAMP)
	$(PY) -m pytest tests

test-generated: $(STAMP)
	$(PY) -m pytest generated/tests
	FLEX_TEST_MODE=loopback $(PY) -m pytest generated/tests

test: check typecheck test-generator test-generated

clean:
	rm -rf $(VENV) .mypy_cache .pytest_cache
