"""Demo content for the tip-off app: the published report form, linked from home and guides."""

from django.conf import settings

from education.models import StandardPage
from tipoffs.models import TipOffFormPage

INTRO = (
    "<p>接到可疑电话、被拉进“反催收”群、遇到收费“征信修复”或“代理投诉”？把对方的联系方式告诉我们。"
    "同一个号码被多人举报，我们就能更快确认并联合公安、行业联盟打击。</p>"
)
PRIVACY_NOTICE = (
    "<p>我们只收集核查线索所需的信息：您填写的经过、对方的联系方式和您上传的证据；您的称呼和联系方式可以不填。</p>"
    "<ul><li>用途：核查和打击金融黑灰产，必要时提供给公安机关。</li>"
    "<li>保存期限：见下方“保存多久”，到期自动删除。</li>"
    "<li>谁能看到：只有消保团队，每次查看都有记录。</li></ul>"
)
THANK_YOU = "<p>您的举报会帮助更多人避开同样的骗局。谢谢您！</p>"


def ensure_report_page(home):
    """Create and publish the report form under ``home`` once and make it the home page's report target.

    Returns what it created, for the loader's summary.
    """
    created = {}
    page = TipOffFormPage.objects.child_of(home).first()
    if page is None:
        privacy = StandardPage.objects.child_of(home).filter(slug="privacy").first()
        page = home.add_child(
            instance=TipOffFormPage(
                title="举报线索",
                slug="report",
                intro=INTRO,
                privacy_notice=PRIVACY_NOTICE,
                privacy_page=privacy,
                thank_you_text=THANK_YOU,
            )
        )
        page.save_revision().publish()
        created["举报表单"] = 1
    home = home.specific
    if home.report_page_id != page.pk:
        home.report_page = page
        home.save_revision().publish()
    return created


def on_demo_home_ready(sender, home, **kwargs):
    created = ensure_report_page(home)
    # Invented tip-offs and team members belong on a developer's machine only (`make run` sets
    # DJANGO_DEBUG=1), never in a database that holds real reports.
    if settings.DEBUG:
        from tipoffs.demo.history import ensure_demo_history
        from tipoffs.demo.tipoffs import ensure_demo_tipoffs

        created.update(ensure_demo_tipoffs())
        created.update(ensure_demo_history())
    return created
