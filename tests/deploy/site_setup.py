"""Run by tests/deploy/test_two_app_servers.py in a child process, with the app servers' own environment
(DEBUG off, the shared PostgreSQL database, Redis and S3), like an operator's ``manage.py shell``:

    python tests/deploy/site_setup.py seed            # pages and users; prints JSON
    python tests/deploy/site_setup.py draft ID TITLE  # an editor's draft: a new revision, not published

Not a test module (no ``test_`` prefix): pytest never collects it.
"""

import io
import json
import os
import secrets
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(ROOT / "site"), str(ROOT)]
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "settings")

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.contrib.auth import get_user_model  # noqa: E402
from django.contrib.auth.models import Group  # noqa: E402
from django.core.files.images import ImageFile  # noqa: E402
from django_otp.plugins.otp_totp.models import TOTPDevice  # noqa: E402
from PIL import Image as PillowImage  # noqa: E402
from wagtail.images.models import Image  # noqa: E402
from wagtail.models import Page, Site  # noqa: E402

from education.models import GuideIndexPage, GuidePage, HomePage, ScamCategory  # noqa: E402
from tipoffs.models import TipOffFormPage  # noqa: E402


def publish(page):
    page.save_revision().publish()
    return page


def user_with_authenticator(username, *, superuser=False, group=None):
    """A user who has enrolled in two-factor login; returns its password and its authenticator's key."""
    User = get_user_model()
    password = secrets.token_urlsafe(16)
    if superuser:
        user = User.objects.create_superuser(username, f"{username}@example.com", password)
    else:
        user = User.objects.create_user(username, f"{username}@example.com", password)
    if group:
        user.groups.add(Group.objects.get(name=group))
    device = TOTPDevice.objects.create(user=user, name="authenticator", confirmed=True)
    return {"username": username, "password": password, "totp_key": device.key}


def seed():
    root = Page.get_first_root_node()
    home = root.add_child(instance=HomePage(title="消保护航", slug="home-two-servers"))
    site = Site.objects.get(is_default_site=True)
    site.root_page = home
    site.save()
    Page.objects.filter(depth=2).exclude(pk=home.pk).delete()
    publish(home)
    guides = publish(
        home.add_child(instance=GuideIndexPage(title="防骗指南", slug="guides", show_in_menus=True))
    )
    # Uploaded like any image: to the default storage, here the public bucket.
    png = io.BytesIO()
    PillowImage.new("RGB", (640, 360), (30, 90, 160)).save(png, "PNG")
    screenshot = Image.objects.create(title="短信截图", file=ImageFile(png, name="screenshot.png"))
    guide = publish(
        guides.add_child(
            instance=GuidePage(
                title="冒充客服的骗局",
                slug="fake-support",
                summary="冒充客服说您的账户异常？挂断电话，用官方渠道核实。",
                category=ScamCategory.objects.get(slug="maochong-kefu"),
                body=[
                    ("paragraph", "<p>正规客服不会让您向“安全账户”转账。</p>"),
                    ("image", {"image": screenshot, "alt_text": "假客服发来的短信截图", "caption": ""}),
                ],
            )
        )
    )
    publish(
        home.add_child(
            instance=TipOffFormPage(
                title="举报线索", slug="report", privacy_notice="<p>信息仅用于核查，保存不超过 3 年。</p>"
            )
        )
    )
    return {
        "guide": {"id": guide.pk, "url": "/guides/fake-support/", "index_url": "/guides/"},
        "editor": user_with_authenticator("boss", superuser=True),
        "team_member": user_with_authenticator("member", group=settings.TIPOFF_TEAM_GROUP),
    }


def draft(page_id, title):
    page = Page.objects.get(pk=page_id).specific
    page.title = title
    page.save_revision()
    return {"draft": page.pk}


if __name__ == "__main__":
    command, *args = sys.argv[1:]
    result = seed() if command == "seed" else draft(int(args[0]), args[1])
    print(json.dumps(result))
