"""``manage.py flush_search_hits``: write the searches counted in the cache to 报表 → 搜索词.

Searches are counted in the cache, not in the database (see education/search/hits.py). Run this
every few minutes (cron); the report is then right to within that interval.
"""

from common.commands import TaskCommand
from education.search import hits
from education.search.tasks import flush_search_hits


class Command(TaskCommand):
    help = "把缓存中累计的搜索次数写入“搜索词”报表（建议每 5 分钟运行一次）。"
    task = flush_search_hits

    def handle(self, *args, **options):
        if self.enqueue_if_asked(options):
            return
        written = hits.flush()
        if written is None:
            self.stdout.write("另一次写入正在进行，本次跳过。")
        elif written:
            self.stdout.write(
                self.style.SUCCESS(f"已写入 {len(written)} 个搜索词，共 {sum(written.values())} 次搜索。")
            )
        else:
            self.stdout.write("没有新的搜索需要写入。")
