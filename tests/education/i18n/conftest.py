"""An English tree beside the Chinese one, made the way editors make it (Wagtail's copy for translation)."""

import pytest
from wagtail.models import Locale

from tests.conftest import publish


@pytest.fixture
def english():
    return Locale.objects.get_or_create(language_code="en")[0]


@pytest.fixture
def translate(english):
    """Copy a page into English (its parent must be translated already), set fields, publish it."""

    def make(page, **fields):
        copy = page.copy_for_translation(english).specific
        for name, value in fields.items():
            setattr(copy, name, value)
        copy.save()
        return publish(copy)

    return make


@pytest.fixture
def english_home(home, translate):
    return translate(home, title="Anti-fraud help", hero_title="Spot scams, protect your money")


@pytest.fixture
def english_guides(guide_index, english_home, translate):
    return translate(guide_index, title="Anti-fraud guides")


@pytest.fixture
def english_report(form_page, english_home, translate):
    return translate(
        form_page,
        title="Report a scam",
        time_estimate="about 5 minutes",
        privacy_notice="<p>Used only to investigate; kept for at most 3 years.</p>",
    )
