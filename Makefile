# Two commands do all set-up on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
# Libraries Qt's xcb platform needs on Debian/Ubuntu (the offscreen platform needs fewer).
QT_DEBS := libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-randr0 \
           libxcb-render-util0 libxcb-xinerama0 libxkbcommon-x11-0 libegl1 libgl1 \
           libfontconfig1 libdbus-1-3 fonts-dejavu-core

.PHONY: run test lint bench dist clean sysdeps venv demo

$(STAMP): pyproject.toml setup.py
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[dev]'
	@touch $(STAMP)

# Interface translations: the .ts sources are committed, the .qm catalogues are built from them.
TS_FILES := $(wildcard resources/i18n/*.ts)
QM_FILES := $(TS_FILES:.ts=.qm)

$(QM_FILES) &: $(TS_FILES) $(STAMP)
	$(BIN)/python tools/i18n.py compile

venv: sysdeps $(STAMP) $(QM_FILES)

sysdeps:
	@missing=""; \
	if command -v dpkg-query >/dev/null 2>&1; then \
	  for p in $(QT_DEBS); do dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "ok installed" || missing="$$missing $$p"; done; \
	fi; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    echo "Installing Qt system libraries:$$missing"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null; \
	  else \
	    echo "Qt needs these system libraries; install them with:"; \
	    echo "  sudo apt-get install -y$$missing"; \
	  fi; \
	fi

run: venv
	$(BIN)/trainmgr $(ARGS)

test: venv
	$(BIN)/ruff check src tests bench migrations
	$(BIN)/lint-imports
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest $(PYTEST_ARGS)

lint: venv
	$(BIN)/ruff check src tests bench migrations
	$(BIN)/lint-imports

bench: venv
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m bench $(BENCH_ARGS)

demo: venv
	$(BIN)/trainmgr demo --db demo.db --trainees 2000

# The installers: a one-folder PyInstaller bundle (smoke-tested) and, on Debian/Ubuntu, a .deb.
dist: venv
	@command -v objdump >/dev/null 2>&1 || { if [ "$$(id -u)" = 0 ]; then apt-get install -y -qq binutils >/dev/null; \
	  else echo "PyInstaller needs objdump: sudo apt-get install -y binutils"; exit 1; fi; }
	$(BIN)/python -m pip install -q -e '.[dev,dist]'
	$(BIN)/python tools/i18n.py compile
	QT_QPA_PLATFORM=offscreen $(BIN)/python installer/build.py all
	TRAINMGR_REUSE_BUNDLE=1 QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest tests/installer -q

clean:
	rm -rf build dist *.egg-info .pytest_cache .ruff_cache

# Create a new Alembic revision from the models: make migration MSG="add lesson category"
migration: venv
	$(BIN)/python -m trainmgr.db.new_revision "$(MSG)"
