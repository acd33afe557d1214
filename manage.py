#!/usr/bin/env python
"""Django's command-line entry point.

site/ is a configuration root on sys.path, not a package: the standard library already owns
the name ``site``. See README.md.
"""

import os
import sys
from pathlib import Path

if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent / "site"))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "settings")
    from django.core.management import execute_from_command_line

    execute_from_command_line(sys.argv)
