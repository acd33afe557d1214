"""The English catalogue compiles, and English pages show English UI strings, Chinese pages Chinese ones."""

import datetime
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from django.conf import settings

pytestmark = pytest.mark.django_db
PO = Path(settings.BASE_DIR) / "locale" / "en" / "LC_MESSAGES" / "django.po"
CHINESE = re.compile(r"[\u4e00-\u9fff]")


@pytest.mark.skipif(shutil.which("msgfmt") is None, reason="GNU gettext's msgfmt is not installed")
def test_the_catalogue_compiles_cleanly(tmp_path):
    result = subprocess.run(
        [shutil.which("msgfmt"), "--check", "-o", str(tmp_path / "django.mo"), str(PO)],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "django.mo").stat().st_size > 10_000


def test_no_fuzzy_entries_and_no_compiled_catalogue_in_git():
    text = PO.read_text(encoding="utf-8")
    assert "#, fuzzy" not in text
    gitignore = (Path(settings.BASE_DIR) / ".gitignore").read_text()
    assert "*.mo" in gitignore.split()


def ui_text(soup):
    """The page's text outside editor content (header, footer, forms): what the catalogue translates."""
    for element in soup.select(
        'title, .rich-text, script, [lang="zh-Hans"], .site-brand, .site-footer__brand'
    ):
        element.decompose()
    return soup.get_text(" ", strip=True)


@pytest.mark.parametrize("url", ["/en/report/", "/en/report/check/", "/en/report/status/", "/en/statistics/"])
def test_english_pages_have_no_chinese_ui_string(client, english_report, url):
    response = client.get(url)
    assert response.status_code == 200
    text = ui_text(BeautifulSoup(response.content, "html.parser"))
    assert not CHINESE.search(text), re.findall(r".{0,30}[\u4e00-\u9fff]+.{0,30}", text)
    assert "Skip to main content" in text


def test_chinese_pages_keep_chinese_ui_strings(client, english_report):
    text = BeautifulSoup(client.get("/report/").content, "html.parser").get_text()
    assert "提交举报" in text and "Submit report" not in text


def test_dates_follow_the_page_language(client, make_guide, english_guides, translate):
    guide = make_guide(title="投诉本来免费", last_reviewed=datetime.date(2026, 11, 23))
    english = translate(guide, title="Complaints are free")
    chinese_html = client.get(guide.url).content.decode()
    english_html = client.get(english.url).content.decode()
    assert "2026年11月23日" in chinese_html
    assert "23 November 2026" in english_html and "2026年11月23日" not in english_html
