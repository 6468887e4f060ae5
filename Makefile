# The two commands a newcomer needs: `make regenerate` and `make test`.
# PYTHON is the interpreter .venv is made with (3.11 or newer): PYTHON=python3.12
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
# openapi-python-client, the peer of the generator benchmark, in a venv of its own.
BENCH_VENV := .venv-bench

# A .venv made by a Python the project does not support (an older PYTHON=) is
# made again, not kept forever.
ifneq ($(wildcard $(PY)),)
ifneq ($(shell $(PY) scripts/python_ok.py >/dev/null 2>&1 && echo ok),ok)
$(shell rm -f $(STAMP))
endif
endif

# api-diff: what the committed client's API lost or changed since BASE (exit 3: breaking).
BASE ?= HEAD~1

.PHONY: api-diff lint regenerate test test-generator test-generated test-versions conformance mutation check typecheck corpus bench bench-client bench-generator bench-smoke conformance-compare clean

# (Re)install only when the project's dependencies change.
$(STAMP): pyproject.toml constraints.txt
	@$(PYTHON) scripts/python_ok.py
	@if [ -x $(PY) ] && ! $(PY) scripts/python_ok.py >/dev/null 2>&1; then \
	    echo "$(VENV) was made by an unsupported Python: making it again"; rm -rf $(VENV); fi
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -c constraints.txt -e '.[dev]'
	touch $(STAMP)

venv: $(STAMP)

# generated/ from spec/, and the golden trees of the feature specs (tests/features/golden/).
regenerate: $(STAMP)
	$(PY) -m generator generate
	$(PY) scripts/golden.py

check: $(STAMP)
	$(PY) -m generator check --strict
	$(PY) scripts/golden.py --check

# The project's own code and the runtime it ships are black-formatted in place.
lint: $(STAMP)
	$(PY) -m black --check --quiet generator tests bench scripts templates/runtime templates/tests/*.py

typecheck: $(STAMP)
	$(PY) -m mypy --strict generator
	$(PY) -m mypy --strict templates/runtime generated/twilio_flex
	$(PY) -m mypy --strict --python-version 3.10 generated/twilio_flex
	$(PY) -m mypy --strict templates/tests/_conformance.py templates/tests/_schemas.py templates/tests/_servers.py
	cd generated && ../$(PY) -m mypy --strict tests

test-generator: $(STAMP)
	$(PY) -m pytest tests

test-generated: $(STAMP)
	$(PY) -m pytest generated/tests
	FLEX_TEST_MODE=loopback $(PY) -m pytest generated/tests

# Every generated test against a Prism mock server built from generated/openapi.json.
conformance: $(STAMP)
	$(PY) scripts/conformance.py

mutation: $(STAMP)
	$(PY) scripts/mutation.py
	$(PY) scripts/api_bugs.py

# The planted API bugs through Schemathesis too, in a venv of its own.
ST_VENV := .venv-schemathesis
$(ST_VENV)/.installed:
	$(PYTHON) -m venv $(ST_VENV)
	$(ST_VENV)/bin/python -m pip install --quiet schemathesis==4.32.5
	touch $@

conformance-compare: $(STAMP) $(ST_VENV)/.installed
	$(PY) scripts/api_bugs.py --schemathesis $(ST_VENV)/bin/st

# The generated client and the runtime tests on Python 3.10, 3.11, 3.12 and 3.13.
test-versions:
	bash scripts/test-versions.sh

# Every benchmark once, in a quick smoke mode (no figures), so a broken one fails.
bench-smoke: $(STAMP) $(BENCH_VENV)/.installed
	$(PY) bench/bench_client.py --smoke
	$(PY) bench/bench_generator.py --smoke --peer $(BENCH_VENV)/bin/openapi-python-client

test: check lint typecheck test-generator test-generated conformance test-versions bench-smoke

# Real public specs (fetched with npm into .corpus/, never committed): how many
# generate, import and type-check.
corpus: $(STAMP)
	$(PY) scripts/corpus.py

# CPU per call of the generated client against raw httpx and the twilio package.
bench-client: $(STAMP)
	$(PY) bench/bench_client.py

# Generation time and memory against openapi-python-client, in its own venv.
$(BENCH_VENV)/.installed:
	$(PYTHON) -m venv $(BENCH_VENV)
	$(BENCH_VENV)/bin/python -m pip install --quiet openapi-python-client==0.29.1
	touch $@

bench-generator: $(STAMP) $(BENCH_VENV)/.installed
	$(PY) bench/bench_generator.py --peer $(BENCH_VENV)/bin/openapi-python-client

api-diff: $(STAMP)
	@git show $(BASE):generated/openapi.json > .api-diff-base.json
	@$(PY) -m generator diff .api-diff-base.json generated/openapi.json --fail-on-breaking; \
	status=$$?; rm -f .api-diff-base.json; exit $$status

bench: bench-client bench-generator

clean:
	rm -rf $(VENV) .venv-matrix .venv-bench .venv-schemathesis node_modules .mypy_cache .pytest_cache .corpus templates/__pycache__
