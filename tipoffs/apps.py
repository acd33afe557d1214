from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TipoffsConfig(AppConfig):
    name = "tipoffs"
    verbose_name = _("举报线索")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from education.signals import demo_home_ready
        from tipoffs.demo import on_demo_home_ready

        demo_home_ready.connect(on_demo_home_ready, dispatch_uid="tipoffs-demo-content")
