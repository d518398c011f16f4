# Explainable LULC. Quick start: `make demo`, `make test` (each sets itself up).
SHELL := /bin/bash
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.setup-done
export PATH := $(CURDIR)/$(VENV)/bin:$(PATH)
export QT_QPA_PLATFORM ?= offscreen
PLUGIN_NAME := explainable_lulc
VERSION := $(shell sed -n 's/^version=//p' metadata.txt)
QGIS_PLUGINS_DIR ?= $(HOME)/.local/share/QGIS/QGIS3/profiles/default/python/plugins
# `make train` retrains every bundled model, RGB first (the multispectral ones start from it, the spectral ones
# from their base model); not eurosat_s2_12band_ensemble: its member weights were chosen for the bundled members
# (scripts/train.py refuses other members: docs/models/EXPERIMENTS.md says how to choose them again);
# `make train MODELS=eurosat_s2_10band` retrains one. DATA: any folder in EuroSAT's layout. Then `make evaluate
# transfer` record the held-out and L2A figures in the cards (auto's choice reads them).
MODELS ?= eurosat_rgb eurosat_s2_13band eurosat_s2_12band eurosat_s2_10band eurosat_s2_4band eurosat_s2_13band_spectral eurosat_s2_12band_spectral
DATA ?= $(abspath ../shared/data)
LOCALES := fr de

.PHONY: setup demo test bench faithfulness train evaluate transfer install package screenshots i18n-update i18n lint clean

setup: $(STAMP)
$(STAMP): requirements.txt requirements-no-deps.txt constraints.txt scripts/setup.sh
	scripts/setup.sh
	touch $@

demo: setup
	$(PY) scripts/demo.py

test: setup i18n
	$(PY) -m pytest

bench: setup
	$(PY) scripts/bench.py

faithfulness: setup
	$(PY) scripts/faithfulness.py

train: setup
	for model in $(MODELS); do $(PY) scripts/train.py $$model --data "$(DATA)" || exit 1; done

evaluate: setup
	$(PY) scripts/evaluate.py --data "$(DATA)"

transfer: setup
	$(PY) scripts/bigearthnet_transfer.py --data "$(DATA)" --write-cards

lint: setup
	$(VENV)/bin/ruff check .

install:
	mkdir -p "$(QGIS_PLUGINS_DIR)"
	ln -sfn "$(CURDIR)" "$(QGIS_PLUGINS_DIR)/$(PLUGIN_NAME)"
	@echo "Linked $(CURDIR) as $(QGIS_PLUGINS_DIR)/$(PLUGIN_NAME); enable it in QGIS's Plugin Manager."

package: i18n
	$(PY) scripts/package.py dist/$(PLUGIN_NAME)-$(VERSION).zip

# The real QGIS window under Xvfb (installed by setup): docs/screenshots/*.png. LOCALE=de for German.
screenshots: setup i18n
	$(PY) scripts/screenshots.py

# Translations: sources are i18n/*.ts (committed); the compiled .qm files are built.
TRANSLATABLE = $(shell git ls-files '*.py' | grep -v -e '^tests/' -e '^scripts/' -e '^training/')

i18n-update: setup
	pylupdate5 -noobsolete $(TRANSLATABLE) -ts $(foreach l,$(LOCALES),i18n/$(PLUGIN_NAME)_$(l).ts)
	$(PY) scripts/seed_translations.py

i18n: setup
	QT_SELECT=5 lrelease -silent i18n/*.ts

clean:
	rm -rf build dist .pytest_cache
