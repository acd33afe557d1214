"""Compile the English catalogue before the tests when it is missing or older than its source.

``make test`` compiles it first (``manage.py compilemessages``); this makes a bare ``pytest`` run on a
fresh checkout see the same English strings. Only the controlling process compiles (not xdist workers),
writing to a temporary file first so no worker ever reads half a catalogue.
"""

import os
import shutil
import subprocess
from pathlib import Path

LOCALE = Path(__file__).resolve().parent.parent / "locale"


def compile_catalogues():
    msgfmt = shutil.which("msgfmt")
    for po in LOCALE.glob("*/LC_MESSAGES/*.po"):
        mo = po.with_suffix(".mo")
        if mo.exists() and mo.stat().st_mtime >= po.stat().st_mtime:
            continue
        if msgfmt is None:
            raise RuntimeError(
                f"{mo} is missing or stale and msgfmt is not installed: apt-get install gettext"
            )
        partial = mo.with_suffix(".mo.tmp")
        subprocess.run([msgfmt, "--check-format", "-o", str(partial), str(po)], check=True)
        os.replace(partial, mo)


def pytest_configure(config):
    if not hasattr(config, "workerinput"):
        compile_catalogues()
