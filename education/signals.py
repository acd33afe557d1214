"""Signals other apps use to extend the education app without it importing them."""

from django.dispatch import Signal

#: Sent by ``load_demo_content`` once the home page, the index pages and the privacy policy page
#: exist, before the pages that carry report buttons are built; ``home`` is the HomePage. A receiver
#: may add pages and set ``home.report_page`` (the tip-off app adds its form); it returns a
#: ``{label: count}`` dict of what it created, for the loader's summary.
demo_home_ready = Signal()
