"""gunicorn configuration; start from the repository root: ``gunicorn -c site/gunicorn.conf.py``."""

import gc
import os

pythonpath = "site"
wsgi_app = "wsgi:application"
bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")
workers = int(os.environ.get("GUNICORN_WORKERS", "3"))
# Tip-off uploads can reach 25 MB; give slow mobile connections time to finish.
timeout = 120
# Trust X-Forwarded-Proto/-For only from our own proxies: the same networks Django trusts
# (TRUSTED_PROXY_CIDRS, see common/clientip.py), or the local machine when there is no proxy setting.
forwarded_allow_ips = os.environ.get("TRUSTED_PROXY_CIDRS") or "127.0.0.1,::1"
# Load the application (and the search dictionary) once in the master, then fork: the workers share those
# pages instead of each loading its own copy.
preload_app = True
accesslog = "-"
# No client address (%(h)s) in the access log: next to "tip-off JB-… received" it would tie a person to a
# report. No query string either: a search can be a phone number someone is worried about. Time, method and
# path, status, size, duration, user agent.
access_log_format = '%(t)s "%(m)s %(U)s" %(s)s %(b)s %(M)sms "%(a)s"'


def when_ready(server):
    from education.search.text import JIEBA

    JIEBA.tokenizer  # noqa: B018 - loads jieba's dictionary (about 70 MB) before the workers fork
    # Keep the garbage collector away from everything loaded so far, so it stays shared after the fork.
    gc.freeze()
