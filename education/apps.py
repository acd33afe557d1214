from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EducationConfig(AppConfig):
    name = "education"
    verbose_name = _("防骗教育")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from education import site_cache
        from education.sharecards import checks, signals  # noqa: F401 - checks register themselves
        from education.signups import receivers as signup_receivers
        from education.subscriptions import receivers as subscription_receivers

        site_cache.connect_receivers()
        subscription_receivers.connect_receivers()
        signup_receivers.connect_receivers()
        signals.connect()
