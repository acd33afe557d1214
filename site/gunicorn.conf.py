"""gunicorn configuration; start from the repository root: ``gunicorn -c site/gunicorn.conf.py``."""

import os

pythonpath = "site"
wsgi_app = "wsgi:application"
bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")
workers = int(os.environ.get("GUNICORN_WORKERS", "3"))
# Tip-off uploads can reach 25 MB; give slow mobile connections time to finish.
timeout = 120
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1")
accesslog = "-"
