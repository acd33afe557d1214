"""Public statistics of tip-offs and the team's own handling record (/statistics/).

Monthly aggregates only, computed by one query per chart (``queries``, ``handling``), with every count
below ``TIPOFF_STATISTICS["min_count"]`` replaced by "<5" before anything is cached (``charts``). The
snapshot lives in Django's cache and is recomputed daily (``services``, ``tasks``, ``manage.py
refresh_statistics``); pages draw it as SVG (``svg``), tables and CSV files (``views``).
"""
