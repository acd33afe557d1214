"""Site search benchmark: 5,000 generated guides, then query times beside a plain page query.

    .venv/bin/python bench/search.py                 # a throw-away SQLite file
    BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/bench_search .venv/bin/python bench/search.py

The PostgreSQL database must exist and be empty (the bench migrates it and fills it). Prints the
median and p95 of each measured operation and its ratio to the baseline measured in the same run.
"""

import os
import random
import statistics
import time

from _django import setup_django

GUIDES = int(os.environ.get("BENCH_GUIDES", "5000"))
ROUNDS = int(os.environ.get("BENCH_ROUNDS", "5"))
_tmp = setup_django("search")

from django.conf import settings  # noqa: E402
from django.contrib.contenttypes.models import ContentType  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection, transaction  # noqa: E402
from django.test import Client  # noqa: E402
from django.utils import timezone  # noqa: E402
from wagtail.models import Page, Site  # noqa: E402

from education.models import GuideIndexPage, GuidePage, HomePage, ScamCategory  # noqa: E402
from education.search.results import load_pages, search_pages  # noqa: E402

SCAMS = [
    "代理维权",
    "反催收",
    "征信修复",
    "债务优化",
    "冒充客服",
    "校园贷注销",
    "刷单返利",
    "养老投资",
    "虚假贷款APP",
]
OPENERS = ["警惕", "识别", "如何防范", "揭秘", "当心", "一文看懂", "遇到", "拒绝"]
ENDINGS = ["骗局", "新套路", "陷阱", "诈骗手法", "常见话术", "风险提示"]
SENTENCES = [
    "骗子自称银行客服，说您的账户存在异常，需要配合操作。",
    "所谓代理维权机构承诺减免利息，收取高额服务费后失联。",
    "征信记录无法花钱修复，可以通过征信中心免费查询个人信用报告。",
    "反催收联盟在社交群里教人恶意逃债，再以会员费敛财。",
    "对方要求您下载会议软件并开启屏幕共享，这是典型的诈骗手法。",
    "正规金融机构不会要求您向安全账户转账。",
    "遇到可疑来电，请挂断后拨打官方客服电话 95588 核实。",
    "有人以注销校园贷账户为由，诱导您从多个平台借款转账。",
    "刷单返利先给小甜头，等您投入大额资金后就无法提现。",
    "债务优化和停息挂账服务往往先收费再拖延。",
    "收到短信中的陌生链接不要点击，谨防木马窃取验证码。",
    "老年人要警惕以养老投资为名的高额回报项目。",
    "接到 400-820-1234 之类号码来电要求解冻资金的，请勿相信。",
    "保护好身份证、银行卡和手机验证码，不要借给他人使用。",
    "发现被骗后请立即报警，并保存聊天记录和转账凭证。",
]
QUERIES = [
    "代理维权",
    "维权",
    "冒充客服",
    "95588 冒充客服",
    "征信修复",
    "徵信修復",
    "反催收联盟",
    "屏幕共享",
    "安全账户 转账",
    "400-820-1234",
    "APP",
    "养老投资 高额回报",
    "怎么识别冒充客服的电话",
    "骗局",  # matches most guides
    "区块链量子纠缠",  # matches nothing
    "验证码",
]


def build_site(rng):
    call_command("migrate", verbosity=0)
    root = Page.get_first_root_node()
    home = root.add_child(instance=HomePage(title="消保护航", slug="bench-home"))
    site = Site.objects.get(is_default_site=True)
    site.root_page = home
    site.save()
    Page.objects.filter(depth=2).exclude(pk=home.pk).delete()
    index = home.add_child(instance=GuideIndexPage(title="防骗指南", slug="guides"))
    categories = list(ScamCategory.objects.filter(sells_free_services=False))
    content_type = ContentType.objects.get_for_model(GuidePage)
    now = timezone.now()

    started = time.perf_counter()
    with transaction.atomic():
        pages = []
        for n in range(GUIDES):
            title = f"{rng.choice(OPENERS)}{rng.choice(SCAMS)}{rng.choice(ENDINGS)}（第{n + 1}期）"
            pages.append(
                Page(
                    title=title,
                    draft_title=title,
                    slug=f"guide-{n + 1}",
                    content_type=content_type,
                    path=index._get_path(index.path, index.depth + 1, n + 1),
                    depth=index.depth + 1,
                    locale_id=index.locale_id,
                    numchild=0,
                    url_path=f"{index.url_path}guide-{n + 1}/",
                    live=True,
                    first_published_at=now,
                    last_published_at=now,
                )
            )
        Page.objects.bulk_create(pages, batch_size=500)
        pages = Page.objects.filter(depth=index.depth + 1, path__startswith=index.path).order_by("path")
        for page in pages:
            paragraphs = ["".join(rng.sample(SENTENCES, 3)) for _ in range(3)]
            guide = GuidePage(
                page_ptr_id=page.pk,
                summary=rng.choice(SENTENCES),
                category=rng.choice(categories),
                body=[("paragraph", f"<p>{text}</p>") for text in paragraphs],
            )
            guide.save_base(raw=True)  # the child table row only; raw saves skip index signals
        Page.objects.filter(pk=index.pk).update(numchild=GUIDES)
    created = time.perf_counter() - started

    started = time.perf_counter()
    call_command("update_index", verbosity=0)
    indexed = time.perf_counter() - started
    return index, created, indexed


def measure(function, rounds):
    times = []
    for _ in range(rounds):
        started = time.perf_counter()
        function()
        times.append((time.perf_counter() - started) * 1000)
    return times


def p95(values):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def main():
    rng = random.Random(20261124)
    settings.DEBUG = False  # no query log while measuring
    index, created, indexed = build_site(rng)
    print(f"database: {connection.vendor}, segmenter: {settings.SEARCH_SEGMENTER}, guides: {GUIDES}")
    print(f"created guides in {created:.1f} s, built the search index in {indexed:.1f} s")

    client = Client()
    category = ScamCategory.objects.filter(sells_free_services=False).first()

    def plain_query():
        list(GuidePage.objects.live().public().filter(category=category).order_by("-first_published_at")[:10])

    def search_only(query):
        outcome = search_pages(query)
        load_pages(outcome.ids[:10])

    # Warm up: jieba's dictionary, caches, SQLite page cache.
    for query in QUERIES:
        search_only(query)
        client.get("/search/", {"q": query})
    plain_query()
    client.get(index.url_path.replace("/bench-home", "", 1) or "/guides/")

    baseline = measure(plain_query, ROUNDS * len(QUERIES))
    baseline_page = measure(lambda: client.get("/guides/"), ROUNDS * 4)
    search_times, page_times, per_query = [], [], {}
    for query in QUERIES:
        times = measure(lambda q=query: search_only(q), ROUNDS)
        search_times += times
        per_query[query] = (statistics.median(times), len(search_pages(query).ids))
        page_times += measure(lambda q=query: client.get("/search/", {"q": q}), ROUNDS)

    base = statistics.median(baseline)
    base_page = statistics.median(baseline_page)
    print(f"{'operation':<38}{'median ms':>10}{'p95 ms':>10}{'× baseline':>12}")
    rows = [
        ("baseline: plain page query (10 guides)", baseline, base),
        ("search: ranked ids + first 10 pages", search_times, base),
        ("baseline: guide index page (HTTP)", baseline_page, base_page),
        ("search results page (HTTP)", page_times, base_page),
    ]
    for label, times, reference in rows:
        median = statistics.median(times)
        print(f"{label:<38}{median:>10.1f}{p95(times):>10.1f}{median / reference:>12.1f}")
    print("per query (median ms, results):")
    for query, (median, count) in per_query.items():
        print(f"  {median:7.1f}  {count:4d}  {query}")


if __name__ == "__main__":
    main()
