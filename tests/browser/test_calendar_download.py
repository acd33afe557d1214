"""An event's “加入我的日历” link gives an .ics file."""

import pytest

from .support import browser_db


@pytest.mark.browser
@browser_db
def test_event_ics_link_downloads_a_calendar_file(live_server, page, make_event):
    event = make_event(title="社区防骗讲座")
    page.goto(live_server.url + event.url)

    link = page.get_by_role("link", name="加入我的日历（.ics）")
    href = link.get_attribute("href")
    assert href

    with page.expect_download() as download_info:
        link.click()
    download = download_info.value
    assert download.suggested_filename.endswith(".ics")
    with open(download.path(), encoding="utf-8") as ics:
        content = ics.read()
    assert content.startswith("BEGIN:VCALENDAR")
    assert "BEGIN:VEVENT" in content

    response = page.request.get(live_server.url + href if href.startswith("/") else href)
    assert response.ok
    assert response.headers["content-type"].split(";")[0].strip() == "text/calendar"
    assert "attachment" in response.headers.get("content-disposition", "")
