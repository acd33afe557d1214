"""Creates the local development admin account used by `make run`."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

USERNAME = "admin"
PASSWORD = "admin"  # noqa: S105 - development only; the command refuses to run with DEBUG off


class Command(BaseCommand):
    help = "Create (or reset) the local admin account admin/admin. Development only."

    def handle(self, *args, **options):
        if not settings.DEBUG:
            raise CommandError("ensure_local_admin only runs with DJANGO_DEBUG on; use createsuperuser.")
        user, created = get_user_model().objects.get_or_create(
            username=USERNAME, defaults={"email": "admin@localhost"}
        )
        user.is_staff = user.is_superuser = user.is_active = True
        user.set_password(PASSWORD)
        user.save()
        self.stdout.write(
            "本地管理员账号{}：http://127.0.0.1:8000/admin/  用户名 {}  密码 {}".format(
                "已创建" if created else "已就绪", USERNAME, PASSWORD
            )
        )
        if settings.ADMIN_2FA_REQUIRED:
            self.stdout.write(
                "两步验证已开启：首次登录需要设置验证器 App。只用密码登录请设 ADMIN_2FA_REQUIRED=0。"
            )
