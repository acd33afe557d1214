"""SVG in the image library, accepted only when it is a plain drawing.

The company logo may be an SVG. An SVG is a document, not a picture: it can carry scripts, event handlers,
embedded HTML and links to other sites, and an uploaded original is served from our own origin under
MEDIA_URL, where the web server (not Django) sets the headers. Opened directly, a hostile SVG would run its
script as our site. So every SVG upload, through any of Wagtail's upload forms (which all build on
``WAGTAILIMAGES_IMAGE_FORM_BASE``), must pass an allow-list: SVG drawing elements and editors' inert
metadata only, no ``on*`` attribute, no reference outside the file, no DTD or entity (parsed with
defusedxml). Anything else is refused with a message, never "cleaned" into something the editor did not
upload.
"""

import re

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import ParseError, fromstring
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.utils.translation import gettext_lazy as _
from wagtail.images.forms import BaseImageForm

SVG_NS = "http://www.w3.org/2000/svg"
XLINK_NS = "http://www.w3.org/1999/xlink"
# Drawing software writes its own bookkeeping in these namespaces; browsers ignore it.
INERT_NAMESPACES = {
    "http://www.inkscape.org/namespaces/inkscape",
    "http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd",
    "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "http://purl.org/dc/elements/1.1/",
    "http://creativecommons.org/ns#",
    "http://ns.adobe.com/AdobeIllustrator/10.0/",
    "http://ns.adobe.com/Graphs/1.0/",
    "http://ns.adobe.com/SaveForWeb/1.0/",
}
DRAWING_ELEMENTS = {
    "svg", "g", "defs", "title", "desc", "metadata", "style", "symbol", "use",
    "path", "rect", "circle", "ellipse", "line", "polyline", "polygon", "text", "tspan",
    "linearGradient", "radialGradient", "stop", "clipPath", "mask", "pattern", "filter",
    "feGaussianBlur", "feOffset", "feBlend", "feColorMatrix", "feFlood", "feComposite", "feMerge",
    "feMergeNode", "feDropShadow",
}  # fmt: skip
# url(...) that points anywhere but into this file, and other ways CSS fetches or runs something.
_OUTSIDE_REFERENCE = re.compile(r"url\(\s*['\"]?\s*(?!#)|@import|expression\s*\(|javascript:", re.IGNORECASE)

UNSAFE_SVG_MESSAGE = _(
    "这个 SVG 文件含有脚本、事件属性、外部链接或嵌入的网页内容，出于安全考虑不能上传。"
    "请在设计软件中导出为不含脚本和外部资源的“纯 SVG”，或改用 PNG。"
)


def _local(name):
    return name.rsplit("}", 1)[-1]


def _namespace(name):
    return name[1:].split("}", 1)[0] if name.startswith("{") else ""


def unsafe_svg_reason(data):
    """Why ``data`` (bytes) is not a plain SVG drawing, or None when it is."""
    try:
        root = fromstring(data, forbid_dtd=True, forbid_entities=True, forbid_external=True)
    except (ParseError, DefusedXmlException, ValueError) as error:
        return f"not well-formed or uses a DTD: {error}"
    if root.tag != f"{{{SVG_NS}}}svg":
        return "the root element is not <svg>"
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue  # comments and processing instructions are inert
        namespace = _namespace(element.tag)
        if namespace in INERT_NAMESPACES:
            continue
        if namespace != SVG_NS or _local(element.tag) not in DRAWING_ELEMENTS:
            return f"element <{_local(element.tag)}> is not allowed"
        if _local(element.tag) == "style" and _OUTSIDE_REFERENCE.search(element.text or ""):
            return "a stylesheet refers outside the file"
        for name, value in element.attrib.items():
            local = _local(name).lower()
            if local.startswith("on"):
                return f"event attribute {local}"
            if local == "href" and not value.strip().startswith("#"):
                return "a link outside the file"
            if _OUTSIDE_REFERENCE.search(value):
                return f"attribute {local} refers outside the file"
    return None


def is_svg_upload(upload):
    return upload.name.lower().endswith(".svg") or getattr(upload, "content_type", "") == "image/svg+xml"


class SafeImageForm(BaseImageForm):
    """Wagtail's image form, refusing SVG uploads that are more than a drawing."""

    def clean_file(self):
        upload = self.cleaned_data.get("file")
        if isinstance(upload, UploadedFile) and is_svg_upload(upload):
            upload.seek(0)
            data = upload.read()
            upload.seek(0)
            if unsafe_svg_reason(data):
                raise ValidationError(UNSAFE_SVG_MESSAGE, code="unsafe_svg")
        return upload
