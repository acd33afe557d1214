"""WSGI entry point. Run gunicorn from the repository root: ``gunicorn -c site/gunicorn.conf.py``."""

import os
import sys
from pathlib import Path

SITE_ROOT = Path(__file__).resolve().parent
if str(SITE_ROOT) not in sys.path:
    sys.path.insert(0, str(SITE_ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "settings")

from django.core.wsgi import get_wsgi_application  # noqa: E402

application = get_wsgi_application()
