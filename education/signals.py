"""Signals other apps use to extend the education app without it importing them."""

from django.dispatch import Signal

#: Sent by ``load_demo_content`` after the public tree exists; ``home`` is the HomePage.
#: The tip-off app adds its report form page here (education never imports tipoffs).
demo_content_loaded = Signal()
