"""长辈模式: the header switch (a plain form, no JavaScript), the cookie, the page class, and the page cache
keeping one copy per mode."""

import pytest
from django.conf import settings

pytestmark = pytest.mark.django_db

ORIGIN = {"HTTP_ORIGIN": "http://testserver"}
COOKIE = settings.ELDER_MODE_COOKIE


@pytest.fixture
def report_page(home, form_page):
    home.report_page = form_page
    home.save_revision().publish()
    return form_page


def switch(client, elder="on", next_url="/guides/", **headers):
    return client.post("/elder-mode/", {"elder": elder, "next": next_url}, **{**ORIGIN, **headers})


def test_turning_it_on_sets_a_year_long_cookie_and_goes_back_to_the_page(client):
    response = switch(client, next_url="/guides/?category=maochong-kefu")
    assert response.status_code == 303
    assert response["Location"] == "/guides/?category=maochong-kefu"
    assert response["Cache-Control"] == "no-store"
    cookie = response.cookies[COOKIE]
    assert cookie.value == "1"
    assert cookie["max-age"] == 365 * 24 * 3600
    assert cookie["httponly"] and cookie["samesite"] == "Lax"


def test_turning_it_off_deletes_the_cookie(client):
    client.cookies[COOKIE] = "1"
    response = switch(client, elder="off")
    assert response.status_code == 303
    assert response.cookies[COOKIE].value == ""
    assert response.cookies[COOKIE]["max-age"] == 0


@pytest.mark.parametrize(
    "next_url", ["https://evil.example/", "//evil.example/x", "/\\evil.example", "javascript:alert(1)", ""]
)
def test_it_only_goes_back_to_a_page_of_this_site(client, next_url):
    response = switch(client, next_url=next_url)
    assert response.status_code == 303
    assert response["Location"] == "/"


@pytest.mark.parametrize(
    "headers",
    [
        {"HTTP_ORIGIN": "https://evil.example"},
        {"HTTP_ORIGIN": "null"},
        {"HTTP_ORIGIN": "", "HTTP_REFERER": "https://evil.example/page"},
        {"HTTP_ORIGIN": ""},
    ],
)
def test_another_site_cannot_switch_it(client, home, headers):
    response = switch(client, **headers)
    assert response.status_code == 403
    assert COOKIE not in response.cookies


def test_a_same_site_referer_is_enough_without_origin(client):
    response = switch(client, HTTP_ORIGIN="", HTTP_REFERER="http://testserver/guides/")
    assert response.status_code == 303
    assert response.cookies[COOKIE].value == "1"


def test_only_post(client):
    assert client.get("/elder-mode/").status_code == 405


def test_pages_show_the_switch_and_the_mode(client, make_guide, report_page):
    guide = make_guide()
    normal = client.get(guide.url + "?x=1")
    html = normal.content.decode()
    assert '<html lang="zh-Hans">' in html
    assert 'action="/elder-mode/"' in html
    assert f'name="next" value="{guide.url}?x=1"' in html
    assert 'name="elder" value="on"' in html
    assert 'aria-pressed="false"' in html
    assert "elder-actions" not in html
    # A normal GET sets no cookie and does not vary: the page stays cacheable.
    assert not normal.cookies
    assert not normal.has_header("Vary")

    client.cookies[COOKIE] = "1"
    elder = client.get(guide.url).content.decode()
    assert '<html lang="zh-Hans" class="elder">' in elder
    assert 'name="elder" value="off"' in elder
    assert 'aria-pressed="true"' in elder
    assert '长辈模式<span class="elder-switch__state">（已开启）</span>' in elder
    # The most important actions come first in the main content.
    main = elder.index('<main id="main"')
    actions = elder.index('class="container elder-actions"')
    assert main < actions < elder.index("<h1>")
    assert 'href="tel:110"' in elder[actions:]
    assert f'href="{report_page.url}"' in elder[actions : elder.index("</nav>", actions)]


def test_a_cookie_with_another_value_is_the_normal_mode(client, make_guide):
    guide = make_guide()
    client.cookies[COOKIE] = "yes"
    assert 'class="elder"' not in client.get(guide.url).content.decode()


def test_read_aloud_is_rendered_hidden_on_guides_alerts_and_standard_pages(client, make_guide, make_alert):
    for page in (make_guide(), make_alert()):
        html = client.get(page.url).content.decode()
        assert '<p class="read-aloud" hidden><button type="button"' in html
        assert ">朗读</button>" in html
        assert "js/read-aloud.js" in html


def test_the_cookie_is_one_of_the_page_cache_vary_cookies():
    assert settings.ELDER_MODE_COOKIE in settings.PAGE_CACHE_VARY_COOKIES


def test_the_page_cache_keeps_one_copy_per_mode_and_only_that_cookie_splits_it(
    client, page_cache, make_guide
):
    guide = make_guide()

    def fetch(**cookies):
        client.cookies.clear()
        for name, value in cookies.items():
            client.cookies[name] = value
        response = client.get(guide.url)
        assert response.status_code == 200
        assert not response.cookies, "a page GET never sets a cookie"
        return response["X-Page-Cache"], 'class="elder"' in response.content.decode()

    assert fetch() == ("miss", False)
    assert fetch(**{COOKIE: "1"}) == ("miss", True)
    assert fetch(**{COOKIE: "1"}) == ("hit", True)
    assert fetch() == ("hit", False)
    # Other cookies (statistics, a CSRF cookie from the report form) share the copies.
    assert fetch(_ga="GA1.2.3", csrftoken="x") == ("hit", False)
    assert fetch(**{COOKIE: "1", "_ga": "GA1.2.3"}) == ("hit", True)
