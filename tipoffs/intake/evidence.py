"""Verification of the evidence files (screenshots, photos, PDFs) attached to a tip-off.

Only the real content decides what a file is; its name and the browser's content type are ignored.

* Images (JPEG, PNG, WebP, and HEIC/HEIF when ``pillow_heif`` is installed) are fully decoded by Pillow
  under a pixel limit, turned upright according to their EXIF orientation, and re-encoded into a fresh
  image without any metadata: no EXIF (so no GPS position of the reporter's home), no XMP, no ICC profile,
  no comments, and nothing appended after the image data. HEIC becomes JPEG.
* PDFs are stored as uploaded, but only when they start with ``%PDF-``, end with ``%%EOF`` and carry no
  active content (JavaScript, launch actions, embedded files, rich media) and no HTML/script markers
  (polyglot files), also looked for inside Flate-compressed streams. Encrypted PDFs are refused since
  their content cannot be checked. This is a screen, not a PDF parser: serve stored PDFs only as
  downloads (``Content-Disposition: attachment``, ``X-Content-Type-Options: nosniff``).
* Everything else is refused.

Limits come from settings (``TIPOFF_EVIDENCE_MAX_FILES``, ``TIPOFF_EVIDENCE_MAX_FILE_BYTES``,
``TIPOFF_EVIDENCE_MAX_TOTAL_BYTES``, ``TIPOFF_EVIDENCE_MAX_PIXELS``), read at call time.
"""

import contextlib
import hashlib
import io
import os
import re
import unicodedata
import warnings
import zlib
from dataclasses import dataclass

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext
from PIL import Image, ImageOps

try:
    import pillow_heif
except ImportError:  # pragma: no cover - pillow_heif is in requirements.txt
    HEIF_SUPPORTED = False
else:
    pillow_heif.register_heif_opener()
    HEIF_SUPPORTED = True

MAX_NAME_LENGTH = 200

# Pillow format name -> (output format, content type, extension).
_IMAGE_OUTPUTS = {
    "JPEG": ("JPEG", "image/jpeg", ".jpg"),
    "MPO": ("JPEG", "image/jpeg", ".jpg"),  # a JPEG with extra frames (depth maps), as some phones save
    "PNG": ("PNG", "image/png", ".png"),
    "WEBP": ("WEBP", "image/webp", ".webp"),
    "HEIF": ("JPEG", "image/jpeg", ".jpg"),
    "HEIC": ("JPEG", "image/jpeg", ".jpg"),
}
_HEIF_BRANDS = {b"heic", b"heix", b"hevc", b"hevx", b"heim", b"heis", b"mif1", b"msf1", b"mif2"}

# PDF names for active content. A name may hide characters as #xx hex escapes ("/J#61vaScript"), so the
# patterns accept either form for every character; a name ends at whitespace or a delimiter.
_PDF_ACTIVE_NAMES = ("JavaScript", "JS", "Launch", "EmbeddedFile", "EmbeddedFiles", "RichMedia", "GoToE")
_PDF_NAME_END = rb"(?![^\s()<>\[\]{}/%])"


def _name_regex(names):
    alternatives = []
    for name in names:
        parts = [b"(?:" + re.escape(ch.encode()) + b"|#" + f"{ord(ch):02x}".encode() + b")" for ch in name]
        alternatives.append(b"".join(parts))
    return re.compile(b"/(?:" + b"|".join(alternatives) + b")" + _PDF_NAME_END, re.IGNORECASE)


_PDF_ACTIVE = _name_regex(_PDF_ACTIVE_NAMES)
_PDF_ENCRYPT = _name_regex(("Encrypt",))
_HTML_MARKERS = re.compile(rb"<\s*(?:script|html|iframe|!doctype\s+html)", re.IGNORECASE)
_PDF_STREAM = re.compile(rb"(?<!end)stream\r?\n")
_SCAN_CHUNK = 1024 * 1024
_SCAN_OVERLAP = 64


@dataclass(frozen=True)
class VerifiedFile:
    content: bytes  # the bytes to store: re-encoded image, or the PDF as uploaded
    content_type: str  # "image/jpeg", "image/png", "image/webp" or "application/pdf"
    extension: str  # ".jpg", ".png", ".webp", ".pdf"
    original_name: str  # the uploaded file's name (basename only, max 200 chars), for the team's reference
    size: int  # len(content)
    sha256: str  # hex digest of content


def _human_size(size):
    if size >= 1024 * 1024:
        return f"{size / (1024 * 1024):.1f}".removesuffix(".0") + " MB"
    if size >= 1024:
        return f"{size / 1024:.1f}".removesuffix(".0") + " KB"
    return gettext("%(count)d 字节") % {"count": size}


def clean_name(name):
    """The uploaded file's name without any directory (``/`` or ``\\``), invisible characters or
    excess length; "未命名文件" when nothing is left."""
    name = str(name or "").replace("\\", "/")
    name = os.path.basename(name)
    name = "".join(ch for ch in name if unicodedata.category(ch) not in {"Cc", "Cf"}).strip()
    if len(name) > MAX_NAME_LENGTH:
        stem, extension = os.path.splitext(name)
        if len(extension) > 20:
            stem, extension = name, ""
        name = stem[: MAX_NAME_LENGTH - len(extension)] + extension
    return name or gettext("未命名文件")


def _unsupported(name):
    return ValidationError(
        gettext("文件“%(name)s”不是支持的格式。请上传 JPG、PNG、WebP、HEIC 图片或 PDF 文件。"),
        code="unsupported_format",
        params={"name": name},
    )


def _corrupt_image(name):
    return ValidationError(
        gettext("图片“%(name)s”已损坏或不完整，请重新截图后上传。"),
        code="corrupt_image",
        params={"name": name},
    )


def _too_many_pixels(name):
    return ValidationError(
        gettext("图片“%(name)s”尺寸过大，无法处理。请截取关键部分，或缩小图片后再上传。"),
        code="image_too_large",
        params={"name": name},
    )


def _sniff(data):
    """ "pdf", "image" or None, from the first bytes of the content."""
    if data.startswith(b"%PDF-"):
        return "pdf"
    if data.startswith((b"\xff\xd8\xff", b"\x89PNG\r\n\x1a\n")):
        return "image"
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image"
    if HEIF_SUPPORTED and data[4:8] == b"ftyp" and data[8:12] in _HEIF_BRANDS:
        return "image"
    return None


# --------------------------------------------------------------------------------------------------------
# Images


def _clean_copy(image, output_format):
    """A new image holding only the pixels of ``image``, in a mode ``output_format`` can store."""
    has_alpha = image.mode in {"RGBA", "LA", "PA", "RGBa", "La"} or (
        image.mode == "P" and "transparency" in image.info
    )
    if output_format == "JPEG":
        if has_alpha:
            rgba = image.convert("RGBA")
            flattened = Image.new("RGB", rgba.size, (255, 255, 255))
            flattened.paste(rgba, mask=rgba.getchannel("A"))
            image = flattened
        elif image.mode not in {"L", "RGB"}:
            image = image.convert("RGB")
    elif output_format == "PNG":
        if image.mode not in {"1", "L", "LA", "RGB", "RGBA"}:
            image = image.convert("RGBA" if has_alpha else "RGB")
    elif image.mode not in {"RGB", "RGBA"}:  # WEBP
        image = image.convert("RGBA" if has_alpha else "RGB")
    # A fresh image carries no info dict (EXIF, XMP, ICC, comments, text chunks) and no cached EXIF.
    clean = Image.new(image.mode, image.size)
    clean.paste(image)
    return clean


def _verify_image(data, name):
    max_pixels = settings.TIPOFF_EVIDENCE_MAX_PIXELS
    formats = ["JPEG", "PNG", "WEBP"] + (["HEIF"] if HEIF_SUPPORTED else [])
    with warnings.catch_warnings():
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        try:
            image = Image.open(io.BytesIO(data), formats=formats)
        except (Image.DecompressionBombError, Image.DecompressionBombWarning) as error:
            raise _too_many_pixels(name) from error
        except Exception as error:  # any failure to read untrusted bytes means a broken file
            raise _corrupt_image(name) from error
        if image.format not in _IMAGE_OUTPUTS:
            raise _unsupported(name)
        # Check the declared size before decoding anything.
        if image.width * image.height > max_pixels or image.width <= 0 or image.height <= 0:
            raise _too_many_pixels(name)
        try:
            image.load()
        except (Image.DecompressionBombError, Image.DecompressionBombWarning) as error:
            raise _too_many_pixels(name) from error
        except Exception as error:  # OSError (truncated), SyntaxError, ValueError, struct.error ...
            raise _corrupt_image(name) from error

    output_format, content_type, extension = _IMAGE_OUTPUTS[image.format]
    try:
        upright = ImageOps.exif_transpose(image)
        clean = _clean_copy(upright, output_format)
        buffer = io.BytesIO()
        if output_format == "JPEG":
            clean.save(buffer, "JPEG", quality=90)
        elif output_format == "WEBP":
            clean.save(buffer, "WEBP", quality=90)
        else:
            clean.save(buffer, "PNG")
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as error:
        raise _too_many_pixels(name) from error
    except Exception as error:  # e.g. an unusual mode or dimensions the encoder cannot store
        raise ValidationError(
            gettext("图片“%(name)s”无法处理，请换成普通截图（JPG 或 PNG）后再上传。"),
            code="image_not_processable",
            params={"name": name},
        ) from error
    return buffer.getvalue(), content_type, extension


# --------------------------------------------------------------------------------------------------------
# PDFs


def _pdf_streams_contain_active_content(data, budget):
    """Inflate each Flate-compressed stream (in bounded chunks) and look for active content in it.

    Returns True when something is found, or when the streams inflate to more than ``budget`` bytes in
    total (a compression bomb, or a file too complex to check).
    """
    inflated_total = 0
    for match in _PDF_STREAM.finditer(data):
        start = match.end()
        end = data.find(b"endstream", start)
        if end == -1:
            end = len(data)
        inflater = zlib.decompressobj()
        pending = data[start:end]
        tail = b""
        try:
            while pending:
                chunk = inflater.decompress(pending, _SCAN_CHUNK)
                pending = inflater.unconsumed_tail
                if not chunk:
                    break
                inflated_total += len(chunk)
                if inflated_total > budget:
                    return True
                window = tail + chunk
                if _PDF_ACTIVE.search(window) or _HTML_MARKERS.search(window):
                    return True
                tail = window[-_SCAN_OVERLAP:]
        except zlib.error:
            continue  # not Flate data (images, fonts with other filters): nothing to inflate
    return False


def _verify_pdf(data, name):
    if b"%%EOF" not in data[-1024:]:
        raise ValidationError(
            gettext("PDF 文件“%(name)s”不完整，可能没有下载或保存完。请重新保存后再上传，或改为截图上传。"),
            code="corrupt_pdf",
            params={"name": name},
        )
    if _PDF_ENCRYPT.search(data):
        raise ValidationError(
            gettext("PDF 文件“%(name)s”设置了密码或加密，我们无法查看。请去掉密码后再上传，或改为截图上传。"),
            code="encrypted_pdf",
            params={"name": name},
        )
    budget = 10 * settings.TIPOFF_EVIDENCE_MAX_FILE_BYTES
    if (
        _PDF_ACTIVE.search(data)
        or _HTML_MARKERS.search(data)
        or _pdf_streams_contain_active_content(data, budget)
    ):
        raise ValidationError(
            gettext(
                "PDF 文件“%(name)s”含有脚本、附件等可执行内容，为了安全不能接收。"
                "请把需要的页面截图后上传图片。"
            ),
            code="unsafe_pdf",
            params={"name": name},
        )
    return data, "application/pdf", ".pdf"


# --------------------------------------------------------------------------------------------------------
# Public entry points


def verify_upload(uploaded):
    """Check one uploaded file (a Django ``UploadedFile``) and return the :class:`VerifiedFile` to store.

    Raises :class:`~django.core.exceptions.ValidationError` (with a ``code``) whose message names the file.
    """
    name = clean_name(getattr(uploaded, "name", ""))
    max_bytes = settings.TIPOFF_EVIDENCE_MAX_FILE_BYTES
    too_big = ValidationError(
        gettext("文件“%(name)s”超过 %(limit)s，太大了。请压缩图片、只截取关键部分，或分成几个文件上传。"),
        code="file_too_large",
        params={"name": name, "limit": _human_size(max_bytes)},
    )
    declared_size = getattr(uploaded, "size", None)
    if declared_size is not None and declared_size > max_bytes:
        raise too_big

    with contextlib.suppress(AttributeError, OSError, ValueError):
        uploaded.seek(0)
    data = uploaded.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise too_big
    if not data:
        raise ValidationError(
            gettext("文件“%(name)s”是空的，请重新选择文件。"), code="empty_file", params={"name": name}
        )

    kind = _sniff(data)
    if kind == "pdf":
        content, content_type, extension = _verify_pdf(data, name)
    elif kind == "image":
        content, content_type, extension = _verify_image(data, name)
    else:
        raise _unsupported(name)
    return VerifiedFile(
        content=content,
        content_type=content_type,
        extension=extension,
        original_name=name,
        size=len(content),
        sha256=hashlib.sha256(content).hexdigest(),
    )


def verify_uploads(files):
    """Check the number and total size of ``files``, then each file.

    Returns a list of :class:`VerifiedFile` in the same order. Raises one
    :class:`~django.core.exceptions.ValidationError`: at once when there are too many files or they are
    too big together, otherwise holding every file's problem, so the reporter can fix them all at once.
    """
    files = [f for f in files or [] if f is not None]
    max_files = settings.TIPOFF_EVIDENCE_MAX_FILES
    max_total = settings.TIPOFF_EVIDENCE_MAX_TOTAL_BYTES
    if len(files) > max_files:
        raise ValidationError(
            gettext("最多只能上传 %(max)d 个文件，您选择了 %(count)d 个。请挑选最能说明情况的几个。"),
            code="too_many_files",
            params={"max": max_files, "count": len(files)},
        )
    total = sum(getattr(f, "size", 0) or 0 for f in files)
    if total > max_total:
        raise ValidationError(
            gettext(
                "所有文件加起来不能超过 %(limit)s，您选择的文件共 %(total)s。"
                "请减少文件数量，或压缩图片后再上传。"
            ),
            code="total_too_large",
            params={"limit": _human_size(max_total), "total": _human_size(total)},
        )

    verified, errors = [], []
    for uploaded in files:
        try:
            verified.append(verify_upload(uploaded))
        except ValidationError as error:
            errors.extend(error.error_list)
    if errors:
        raise ValidationError(errors)
    return verified
