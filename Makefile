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

# Each script prints its figures beside a baseline measured in the same run. The archive and
# start-up benchmarks build a 100,000-meeting archive once (several minutes).
CORPUS ?= $(if $(wildcard ../shared/corpus/dev),../shared/corpus/dev,tests/corpus)
bench: $(STAMP)
	$(BIN)/python benchmarks/extraction_quality.py $(CORPUS)
	$(BIN)/python benchmarks/extraction_speed.py
	$(BIN)/python benchmarks/language_id.py
	$(BIN)/python benchmarks/import_speed.py
	$(BIN)/python benchmarks/export_speed.py
	$(BIN)/python benchmarks/dossier_speed.py
	$(BIN)/python benchmarks/archive_scale.py
	$(BIN)/python benchmarks/startup.py

clean:
	rm -rf $(VENV) build dist .pytest_cache .ruff_cache
