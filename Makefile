# The README's commands. Everything installs into .venv; nothing is needed by hand.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
PY := $(VENV)/bin/python
PIP := $(VENV)/bin/pip
export PIP_DISABLE_PIP_VERSION_CHECK := 1

.PHONY: run test lint bench bench-deps browser-deps font-deps messages gettext-deps clean

$(PY):
	$(PYTHON) -m venv $(VENV)

$(VENV)/.runtime: requirements.txt | $(PY)
	$(PIP) install -q -r requirements.txt
	touch $@

$(VENV)/.dev: requirements.txt requirements-dev.txt $(VENV)/.runtime
	$(PIP) install -q -r requirements-dev.txt
	touch $@

run: $(VENV)/.runtime font-deps messages
	DJANGO_DEBUG=1 $(PY) manage.py migrate --noinput
	DJANGO_DEBUG=1 $(PY) manage.py load_demo_content
	DJANGO_DEBUG=1 ADMIN_2FA_REQUIRED=0 $(PY) manage.py ensure_local_admin
	DJANGO_DEBUG=1 ADMIN_2FA_REQUIRED=0 $(PY) manage.py runserver 127.0.0.1:8000

test: $(VENV)/.dev browser-deps font-deps messages
	$(PY) -m pytest -n 2

lint: $(VENV)/.dev
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(PY) manage.py check
	$(PY) manage.py makemigrations --check --dry-run

# `make bench` (BENCH_ARGS="--quick", "--label after", or benchmark names; see bench/run.py). Needs
# PostgreSQL on 127.0.0.1:5432 and, to measure as in production, Redis on 127.0.0.1:6379.
bench: $(VENV)/.dev bench-deps
	$(PY) bench/run.py $(BENCH_ARGS)

# The load generator is Debian's wrk, installed like chromium below.
bench-deps:
	@command -v wrk >/dev/null 2>&1 || { \
		if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
			(apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null) \
			|| { echo "wrk could not be installed (apt-get install wrk)"; exit 1; }; \
		else echo "wrk not found: apt-get install wrk"; exit 1; fi; }

# Browser tests drive Debian's chromium (no browser downloads). Installed when we can (root with
# apt); otherwise those tests are skipped with a message saying so.
browser-deps:
	@command -v chromium >/dev/null 2>&1 || { \
		if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
			(apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) \
			|| echo "chromium could not be installed: browser tests will be skipped"; \
		else echo "chromium not found: browser tests will be skipped (apt-get install chromium)"; fi; }

# Share cards (education.sharecards) are drawn with Noto Sans CJK SC from Debian's fonts-noto-cjk
# (settings.SHARE_CARD_FONT), installed like chromium above; without it `manage.py check` warns
# (education.W001) and the card tests are skipped with a message saying so.
CJK_FONT := /usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc
font-deps:
	@test -f $(CJK_FONT) || { \
		if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
			(apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq fonts-noto-cjk >/dev/null) \
			|| echo "fonts-noto-cjk could not be installed: share cards cannot be drawn"; \
		else echo "$(CJK_FONT) not found: apt-get install fonts-noto-cjk (share cards need it)"; fi; }

# The English catalogue (locale/en) is compiled here, never committed (*.mo is ignored by git).
messages: $(VENV)/.runtime gettext-deps
	$(PY) manage.py compilemessages --ignore '.venv/*' --ignore 'staticfiles/*'

# compilemessages needs GNU gettext's msgfmt: Debian's gettext, installed like chromium below.
gettext-deps:
	@command -v msgfmt >/dev/null 2>&1 || { \
		if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
			(apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq gettext >/dev/null) \
			|| { echo "gettext could not be installed (apt-get install gettext)"; exit 1; }; \
		else echo "msgfmt not found: apt-get install gettext"; exit 1; fi; }

clean:
	rm -rf $(VENV) db.sqlite3 media private_media staticfiles
