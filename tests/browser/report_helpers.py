"""Filling in the report form the way a person does, shared by the report form's browser tests."""

import io

from PIL import Image

DESCRIPTION = "对方自称银行客服，说我的账户异常，要我把钱转到“安全账户”，我转了 3000 元。"
STATUS_KEY_PATTERN = r"[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}"

# The smallest phone we support (WCAG 1.4.10 reflow width), a common phone, a common laptop.
_PHONE = {"device_scale_factor": 2, "is_mobile": True, "has_touch": True}
VIEWPORTS = {
    320: {"viewport": {"width": 320, "height": 568}, **_PHONE},
    390: {"viewport": {"width": 390, "height": 844}, **_PHONE},
    1366: {"viewport": {"width": 1366, "height": 768}},
}


def open_page(new_context, width, javascript=True):
    return new_context(java_script_enabled=javascript, **VIEWPORTS[width]).new_page()


def fill_required(page, contact_value="13800138000"):
    page.get_by_label("这像是哪一类骗局？").select_option(label="不确定")
    page.get_by_label("发生了什么").fill(DESCRIPTION)
    page.get_by_label("对方是通过什么方式联系您的？").select_option("phone_call")
    page.locator("select[name='contacts-0-kind']").select_option("phone")
    page.locator("input[name='contacts-0-value']").fill(contact_value)
    page.locator("input[name='consent']").check()


def png_file(tmp_path):
    """A real PNG on disk, as a phone's photo picker would hand it over."""
    path = tmp_path / "chat.png"
    buffer = io.BytesIO()
    Image.new("RGB", (40, 30), "red").save(buffer, "PNG")
    path.write_bytes(buffer.getvalue())
    return path


def box_in_view(page, locator):
    """The element's box relative to the visible screen (top 0 = the top edge of the screen)."""
    return locator.evaluate(
        "el => { const r = el.getBoundingClientRect(); return {top: r.top, width: r.width}; }"
    )
