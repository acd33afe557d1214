from django.apps import AppConfig


class CommonConfig(AppConfig):
    name = "common"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from axes.signals import user_locked_out

        from common import checks
        from common.login_lockout import log_lockout
        from common.pagecache import invalidation

        checks.register()
        user_locked_out.connect(log_lockout, dispatch_uid="common.login_lockout.log_lockout")
        invalidation.connect()
