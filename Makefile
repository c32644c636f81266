# Each target builds its own virtual environment, so one command works on a fresh machine.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test test-anyhour test-anyhour-amsterdam test-anyhour-auckland lint bench translations install uninstall install-desktop uninstall-desktop clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(STAMP)

# The venv's own command: .venv/bin/dayweave (not on the PATH; `make install` puts one there).
run: $(STAMP)
	$(BIN)/dayweave

# `dayweave` on the PATH: with pipx where it is, else as pipx would, in a venv of its own
# (INSTALL_VENV) with its command linked into ~/.local/bin. Not `pip install --user`: the
# system's Python on Debian 12 and Ubuntu 23.04+ refuses it (PEP 668, externally managed).
INSTALL_VENV ?= $(DATA_HOME)/dayweave-venv
USER_BIN ?= $(HOME)/.local/bin

install:
	@if command -v pipx >/dev/null 2>&1; then \
		pipx install --force .; \
	else \
		$(PYTHON) -m venv --clear "$(INSTALL_VENV)" || exit 1; \
		"$(INSTALL_VENV)/bin/python" -m pip install --quiet --disable-pip-version-check . || exit 1; \
		mkdir -p "$(USER_BIN)" && ln -sf "$(INSTALL_VENV)/bin/dayweave" "$(USER_BIN)/dayweave"; \
		echo "dayweave: installed as $(USER_BIN)/dayweave"; \
		case ":$$PATH:" in *":$(USER_BIN):"*) ;; \
			*) echo "$(USER_BIN) is not on your PATH yet: add it.";; esac; \
	fi

uninstall:
	@if command -v pipx >/dev/null 2>&1 && pipx list --short 2>/dev/null | grep -q '^dayweave '; then \
		pipx uninstall dayweave; \
	fi
	@if [ "$$(readlink "$(USER_BIN)/dayweave")" = "$(INSTALL_VENV)/bin/dayweave" ]; then \
		rm -f "$(USER_BIN)/dayweave"; \
	fi
	rm -rf "$(INSTALL_VENV)"

test: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports
	$(BIN)/mypy
	$(BIN)/python -m pytest

# The suites again on a wall clock set elsewhere, starting there and running on (not frozen),
# in other zones: a weekday morning in Amsterdam, inside the default nudge hours, and a Sunday
# night in Auckland, outside them and a day ahead of UTC. A test that passes at one hour and
# fails at another reads the machine's clock or zone. Needs libfaketime (Debian: faketime).
# The start is given as seconds since 1970 (FAKETIME_FMT=%s): a date and time would be read in
# each process's own TZ, and a test that runs a command in another zone would see another time.
# The monotonic clock stays real, so timeouts work; child processes go on from the parent's
# time (FAKETIME_DONT_RESET); tests/anyhour works around libfaketime 0.9.10's time.sleep.
FAKETIME_LIB ?= $(firstword $(wildcard /usr/lib/*/faketime/libfaketime.so.1 /usr/local/lib/faketime/libfaketime.so.1))
ANYHOUR_SUITES := tests/unit tests/commands tests/store tests/cli tests/gui
ANYHOUR := LD_PRELOAD=$(FAKETIME_LIB) FAKETIME_FMT=%s FAKETIME_DONT_FAKE_MONOTONIC=1 \
	FAKETIME_DONT_RESET=1 PYTHONPATH=$(CURDIR)/tests/anyhour

# `make -k test-anyhour` runs both even where the first fails.
test-anyhour: test-anyhour-amsterdam test-anyhour-auckland

test-anyhour-amsterdam test-anyhour-auckland: $(STAMP)
	@test -n "$(FAKETIME_LIB)" || { echo "$@: no libfaketime.so.1: apt-get install faketime, or set FAKETIME_LIB"; exit 1; }
	TZ=$(ANYHOUR_ZONE) FAKETIME="@$$(TZ=$(ANYHOUR_ZONE) date -d '$(ANYHOUR_START)' +%s)" $(ANYHOUR) \
		$(BIN)/python -m pytest $(ANYHOUR_SUITES)

test-anyhour-amsterdam: ANYHOUR_ZONE := Europe/Amsterdam
test-anyhour-amsterdam: ANYHOUR_START := 2026-12-07 11:00:00
test-anyhour-auckland: ANYHOUR_ZONE := Pacific/Auckland
test-anyhour-auckland: ANYHOUR_START := 2026-12-06 03:00:00

bench: $(STAMP)
	$(BIN)/python tests/bench/store_bench.py
	$(BIN)/python tests/bench/click_bench.py
	$(BIN)/python tests/bench/vcard_bench.py
	$(BIN)/python tests/bench/calendar_bench.py
	$(BIN)/python tests/bench/calendar_rest_bench.py
	$(BIN)/python tests/bench/review_bench.py

# After changing a user-visible string: update the catalogues, translate what lupdate marks
# unfinished (Qt Linguist, or by hand in resources/translations/*.ts), then build the .qm files
# and the command line's plain catalogues (cli_*.json). Without line numbers in the .ts files,
# two branches that add strings rarely touch the same lines.
translations: $(STAMP)
	$(BIN)/pyside6-lupdate -locations none -no-obsolete $(shell find tracker -name "*.py" | sort) -ts resources/translations/dayweave_nl.ts resources/translations/dayweave_en.ts
	$(BIN)/pyside6-lrelease resources/translations/dayweave_nl.ts resources/translations/dayweave_en.ts
	$(BIN)/python packaging/cli_catalogue.py resources/translations

# The desktop entry, AppStream metadata and icons, for this user (no root needed).
DATA_HOME ?= $(or $(XDG_DATA_HOME),$(HOME)/.local/share)
ICON_SIZES := 16 22 24 32 48 64 128 256

# The menu entry starts the `dayweave` on the PATH (after `make install`), else this checkout's
# .venv/bin/dayweave (built if need be), by its full path: the session's PATH may lack both.
install-desktop:
	@command -v dayweave >/dev/null 2>&1 || test -x $(BIN)/dayweave || $(MAKE) --no-print-directory $(STAMP)
	$(PYTHON) packaging/linux/desktop_entry.py --command "$$(command -v dayweave || echo "$$(cd '$(BIN)' && pwd)/dayweave")" \
		packaging/linux/dayweave.desktop $(DATA_HOME)/applications/dayweave.desktop
	install -D -m 644 packaging/linux/nl.dayweave.Dayweave.metainfo.xml $(DATA_HOME)/metainfo/nl.dayweave.Dayweave.metainfo.xml
	install -D -m 644 packaging/linux/icons/hicolor/scalable/apps/dayweave.svg $(DATA_HOME)/icons/hicolor/scalable/apps/dayweave.svg
	for size in $(ICON_SIZES); do \
		install -D -m 644 packaging/linux/icons/hicolor/$${size}x$${size}/apps/dayweave.png \
			$(DATA_HOME)/icons/hicolor/$${size}x$${size}/apps/dayweave.png; \
	done
	-update-desktop-database $(DATA_HOME)/applications 2>/dev/null

uninstall-desktop:
	rm -f $(DATA_HOME)/applications/dayweave.desktop $(DATA_HOME)/metainfo/nl.dayweave.Dayweave.metainfo.xml
	rm -f $(DATA_HOME)/icons/hicolor/scalable/apps/dayweave.svg
	for size in $(ICON_SIZES); do rm -f $(DATA_HOME)/icons/hicolor/$${size}x$${size}/apps/dayweave.png; done

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .ruff_cache .hypothesis
