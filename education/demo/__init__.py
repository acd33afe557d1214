"""The demo site: texts (``content``), drawn illustrations (``images``) and the ``loader`` that builds
pages from them for ``manage.py load_demo_content``."""
