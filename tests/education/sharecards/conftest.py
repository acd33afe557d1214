"""Share card tests need the CJK font the project installs (Debian's fonts-noto-cjk, `make test`)."""

import pytest

from education.sharecards.render import missing_fonts


@pytest.fixture(autouse=True)
def cjk_font(request, settings):
    """Skip when the font is missing (unless a test says it wants that); draw cards on publish, as in
    production (test settings turn it off for everybody else)."""
    if "no_font" not in request.fixturenames and missing_fonts():
        pytest.skip(f"CJK font not installed ({', '.join(missing_fonts())}): apt-get install fonts-noto-cjk")
    settings.SHARE_CARD_DRAW_ON_PUBLISH = True
