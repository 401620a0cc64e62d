# Two commands do all the set-up on a fresh machine:
#   make run    create/update .venv and open the editor on the bundled sample report
#   make test   create/update .venv and run lint, format check and the whole test suite
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test package package-test format bench clean

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || \
		{ echo "Briefing Desk needs Python 3.11 or newer (found: $$($(PYTHON) --version))."; exit 1; }
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/briefing-app open $(ARGS)

test: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest $(PYTEST_ARGS)

# The installable Linux bundle (PyInstaller) and its check: build it, run it offscreen.
$(VENV)/.packaging: $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[test,packaging]'
	touch $(VENV)/.packaging

package: $(VENV)/.packaging
	bash packaging/build_linux.sh --python $(BIN)/python

package-test: $(VENV)/.packaging
	BRIEFING_PACKAGING=1 QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -m packaging tests/packaging

format: $(STAMP)
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

bench: $(STAMP)
	for script in benchmarks/*.py; do $(BIN)/python $$script || exit 1; done

clean:
	rm -rf $(VENV) build dist .pytest_cache .ruff_cache
