"""tipoffs.evidence: uploaded evidence is checked by its content and stored without hidden metadata.

Every hostile file is made here, with Pillow or by hand.
"""

import hashlib
import io
import random
import struct
import zlib

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image, PngImagePlugin

from tipoffs.intake import evidence
from tipoffs.intake.evidence import VerifiedFile, verify_upload, verify_uploads

GPS_IFD = 0x8825
ORIENTATION = 0x0112
SECRET = "SECRET-HOME-ADDRESS"


# --------------------------------------------------------------------------------------------------------
# Builders


def upload(name, content, content_type="application/octet-stream"):
    return SimpleUploadedFile(name, content, content_type=content_type)


def noise_image(size=(64, 64), mode="RGB", seed=1):
    """Deterministic noise: compresses badly, so cutting the file in half really truncates the pixels."""
    channels = len(Image.new(mode, (1, 1)).getbands())
    data = random.Random(seed).randbytes(size[0] * size[1] * channels)
    return Image.frombytes(mode, size, data)


def encode(image, fmt, **params):
    buffer = io.BytesIO()
    image.save(buffer, fmt, **params)
    return buffer.getvalue()


def gps_exif(orientation=1):
    """EXIF with a GPS block placing the photographer at home, plus a camera model and orientation."""
    exif = Image.Exif()
    exif[ORIENTATION] = orientation
    exif[0x0110] = SECRET + "-CAMERA"  # Model
    gps = exif.get_ifd(GPS_IFD)
    gps[1] = "N"  # GPSLatitudeRef
    gps[2] = (39.0, 54.0, 15.12)  # GPSLatitude
    gps[3] = "E"  # GPSLongitudeRef
    gps[4] = (116.0, 23.0, 29.47)  # GPSLongitude
    gps[18] = SECRET  # GPSMapDatum, a recognisable string
    return exif


def png_chunk(kind, data):
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def bilevel_png(width, height, idat=None):
    """A real mode "1" PNG of ``width`` x ``height`` white pixels (or with the given IDAT payload)."""
    if idat is None:
        row = b"\x00" + b"\x00" * ((width + 7) // 8)
        idat = zlib.compress(row * height, 9)
    header = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n" + png_chunk(b"IHDR", header) + png_chunk(b"IDAT", idat) + png_chunk(b"IEND", b"")
    )


def pdf(body=b"", *, compressed_content=None):
    """A small but well-formed PDF: one page of text. ``body`` adds objects before the trailer."""
    content = compressed_content or b"BT /F1 24 Tf 72 720 Td (Transfer receipt) Tj ET"
    stream_dict = b"<< /Length %d >>" % len(content)
    if compressed_content is not None:
        stream_dict = b"<< /Length %d /Filter /FlateDecode >>" % len(content)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        stream_dict + b"\nstream\n" + content + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, obj in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + obj + b"\nendobj\n"
    out += body
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def rejection(uploaded):
    with pytest.raises(ValidationError) as excinfo:
        verify_upload(uploaded)
    (message,) = excinfo.value.messages
    return excinfo.value.code, message


def reopen(verified):
    image = Image.open(io.BytesIO(verified.content))
    image.load()
    return image


def assert_no_metadata(verified):
    image = reopen(verified)
    assert dict(image.getexif()) == {}
    assert image.getexif().get_ifd(GPS_IFD) == {}
    for key in ("exif", "xmp", "icc_profile", "comment", "Comment", "XML:com.adobe.xmp"):
        assert key not in image.info
    assert b"Exif" not in verified.content
    assert b"eXIf" not in verified.content
    assert SECRET.encode() not in verified.content
    assert b"xmpmeta" not in verified.content


# --------------------------------------------------------------------------------------------------------
# Images


@pytest.mark.parametrize(
    ("fmt", "content_type", "extension"),
    [("JPEG", "image/jpeg", ".jpg"), ("PNG", "image/png", ".png"), ("WEBP", "image/webp", ".webp")],
)
def test_images_with_gps_exif_are_accepted_and_stripped(fmt, content_type, extension):
    exif = gps_exif()
    tiff_block = exif.tobytes()[len(b"Exif\0\0") :]  # JPEG adds the "Exif" header, PNG and WebP do not
    original = encode(noise_image((40, 30)), fmt, exif=exif)
    assert tiff_block in original  # the hostile block really is in the upload
    verified = verify_upload(upload("IMG_0001.bin", original, "application/octet-stream"))

    assert isinstance(verified, VerifiedFile)
    assert verified.content_type == content_type
    assert verified.extension == extension
    assert verified.original_name == "IMG_0001.bin"
    assert verified.size == len(verified.content)
    assert verified.sha256 == hashlib.sha256(verified.content).hexdigest()
    assert reopen(verified).format == fmt
    assert reopen(verified).size == (40, 30)
    assert tiff_block not in verified.content
    assert_no_metadata(verified)


def test_gps_latitude_values_are_gone():
    original = encode(noise_image((40, 30)), "JPEG", exif=gps_exif())
    latitude = Image.open(io.BytesIO(original)).getexif().get_ifd(GPS_IFD)[2]
    assert [float(v) for v in latitude] == [39.0, 54.0, 15.12]

    # 15.12 seconds of latitude, as EXIF stores it: a numerator/denominator pair (big-endian here).
    seconds = struct.pack(">II", 378, 25)
    assert seconds in original

    verified = verify_upload(upload("photo.jpg", original, "image/jpeg"))
    assert 2 not in reopen(verified).getexif().get_ifd(GPS_IFD)
    assert seconds not in verified.content
    assert struct.pack("<II", 378, 25) not in verified.content


def test_xmp_comments_text_chunks_and_icc_profiles_are_dropped():
    xmp = b'<x:xmpmeta xmlns:x="adobe:ns:meta/">' + SECRET.encode() + b"</x:xmpmeta>"
    jpeg = encode(noise_image(), "JPEG", xmp=xmp, comment=SECRET, icc_profile=b"\0" * 128 + SECRET.encode())
    assert SECRET.encode() in jpeg
    assert_no_metadata(verify_upload(upload("a.jpg", jpeg)))

    info = PngImagePlugin.PngInfo()
    info.add_text("Comment", SECRET)
    info.add_itxt("XML:com.adobe.xmp", xmp.decode())
    png = encode(noise_image(), "PNG", pnginfo=info)
    assert SECRET.encode() in png
    assert_no_metadata(verify_upload(upload("a.png", png)))


def test_exif_orientation_is_applied():
    image = Image.new("RGB", (20, 10), "blue")
    image.paste((255, 0, 0), (0, 0, 10, 10))  # left half red
    original = encode(image, "JPEG", exif=gps_exif(orientation=6), quality=95)
    assert Image.open(io.BytesIO(original)).size == (20, 10)

    result = reopen(verify_upload(upload("sideways.jpg", original)))
    assert result.size == (10, 20)
    # Orientation 6 means "rotate 90° clockwise to display": the left half ends up on top.
    red, _green, blue = result.convert("RGB").getpixel((5, 3))
    assert red > 200 and blue < 60
    red, _green, blue = result.convert("RGB").getpixel((5, 16))
    assert blue > 200 and red < 60
    assert ORIENTATION not in result.getexif()


@pytest.mark.parametrize(
    ("image", "fmt", "expected_mode"),
    [
        (noise_image(mode="CMYK"), "JPEG", "RGB"),
        (noise_image(mode="L"), "JPEG", "L"),
        (noise_image(mode="RGBA"), "PNG", "RGBA"),
        (noise_image(mode="LA"), "PNG", "LA"),
        (noise_image(mode="L").convert("P"), "PNG", "RGB"),
        (noise_image(mode="RGBA"), "WEBP", "RGBA"),
    ],
)
def test_image_modes_are_converted_as_needed(image, fmt, expected_mode):
    verified = verify_upload(upload("x", encode(image, fmt)))
    assert reopen(verified).mode == expected_mode


def test_palette_png_with_transparency_keeps_it():
    image = Image.new("P", (8, 8), 0)
    image.putpalette([255, 0, 0, 0, 0, 255] + [0] * 762)
    image.paste(1, (0, 0, 4, 8))
    verified = verify_upload(upload("p.png", encode(image, "PNG", transparency=0)))
    result = reopen(verified)
    assert result.mode == "RGBA"
    assert result.getpixel((6, 0))[3] == 0  # the transparent half stays transparent
    assert result.getpixel((1, 0)) == (0, 0, 255, 255)


def test_mpo_photo_from_a_phone_is_accepted_as_jpeg():
    frames = [noise_image(seed=1), noise_image(seed=2)]
    mpo = encode(frames[0], "MPO", save_all=True, append_images=frames[1:], exif=gps_exif())
    assert Image.open(io.BytesIO(mpo)).format == "MPO"
    verified = verify_upload(upload("IMG_0002.JPG", mpo))
    assert verified.content_type == "image/jpeg"
    assert_no_metadata(verified)


def heif_writable():
    try:
        encode(Image.new("RGB", (16, 16)), "HEIF")
    except Exception:  # any failure means there is no HEIF encoder here
        return False
    return evidence.HEIF_SUPPORTED


@pytest.mark.skipif(not heif_writable(), reason="pillow_heif cannot write HEIF here")
def test_heic_becomes_a_clean_jpeg():
    heic = encode(noise_image((32, 24)), "HEIF", exif=gps_exif().tobytes())
    verified = verify_upload(upload("IMG_1234.HEIC", heic, "image/heic"))
    assert verified.content_type == "image/jpeg"
    assert verified.extension == ".jpg"
    assert verified.original_name == "IMG_1234.HEIC"
    assert reopen(verified).format == "JPEG"
    assert reopen(verified).size == (32, 24)
    assert_no_metadata(verified)


@pytest.mark.parametrize("fmt", ["JPEG", "PNG", "WEBP"])
def test_truncated_images_are_rejected(fmt):
    data = encode(noise_image((128, 128)), fmt)
    code, message = rejection(upload("半张截图.img", data[: len(data) // 2]))
    assert code == "corrupt_image"
    assert message == "图片“半张截图.img”已损坏或不完整，请重新截图后上传。"


def test_image_with_garbage_after_its_header_is_rejected():
    code, message = rejection(upload("fake.png", b"\x89PNG\r\n\x1a\n" + b"garbage" * 20))
    assert code == "corrupt_image"
    assert "fake.png" in message


# Decompression bombs: tiny files declaring enormous images.


def test_png_declaring_ten_billion_pixels_is_rejected():
    bomb = bilevel_png(100_000, 100_000, idat=zlib.compress(b"\x00" * 100))
    assert len(bomb) < 200
    code, message = rejection(upload("bomb.png", bomb, "image/png"))
    assert code == "image_too_large"
    assert message.startswith("图片“bomb.png”尺寸过大，无法处理")


def test_real_ten_thousand_square_bilevel_png_is_rejected():
    # 100 million pixels: over Pillow's warning threshold (turned into an error) and over our limit.
    bomb = bilevel_png(10_000, 10_000)
    assert len(bomb) < 100_000
    code, message = rejection(upload("bomb2.png", bomb))
    assert code == "image_too_large"
    assert "bomb2.png" in message


def test_pixel_limit_is_a_setting(settings):
    settings.TIPOFF_EVIDENCE_MAX_PIXELS = 10_000
    code, message = rejection(upload("big.png", bilevel_png(200, 100)))  # 20,000 pixels
    assert code == "image_too_large"
    assert "big.png" in message
    assert verify_upload(upload("ok.png", bilevel_png(100, 100))).content_type == "image/png"


def test_warnings_filter_is_restored_after_a_bomb():
    import warnings

    before = list(warnings.filters)
    rejection(upload("bomb2.png", bilevel_png(10_000, 10_000)))
    assert warnings.filters == before


# --------------------------------------------------------------------------------------------------------
# PDFs


def test_valid_pdf_is_stored_as_uploaded():
    document = pdf()
    verified = verify_upload(upload("转账记录.pdf", document, "application/pdf"))
    assert verified.content == document
    assert verified.content_type == "application/pdf"
    assert verified.extension == ".pdf"
    assert verified.size == len(document)
    assert verified.sha256 == hashlib.sha256(document).hexdigest()
    assert verified.original_name == "转账记录.pdf"


def test_pdf_with_compressed_text_is_accepted():
    content = zlib.compress(b"BT /F1 12 Tf 72 700 Td (Account statement, see /JSON export) Tj ET" * 50)
    assert verify_upload(upload("statement.pdf", pdf(compressed_content=content))).content_type == (
        "application/pdf"
    )


def test_pdf_with_an_ordinary_open_action_and_link_is_accepted():
    body = b"6 0 obj\n<< /OpenAction [3 0 R /FitH null] /S /URI /URI (https://example.com) >>\nendobj\n"
    assert verify_upload(upload("ok.pdf", pdf(body))).content_type == "application/pdf"


HOSTILE_PDF_BODIES = {
    "javascript": b"6 0 obj\n<< /Type /Action /S /JavaScript /JS (app.alert(1)) >>\nendobj\n",
    "open action js": b"6 0 obj\n<< /OpenAction << /S /JavaScript /JS 7 0 R >> >>\nendobj\n",
    "js only": b"6 0 obj\n<</JS(app.alert(1))>>\nendobj\n",
    "hex-escaped name": b"6 0 obj\n<< /S /J#61vaScript /J#53 (app.alert(1)) >>\nendobj\n",
    "launch": b"6 0 obj\n<< /S /Launch /F (cmd.exe) >>\nendobj\n",
    "embedded file": b"6 0 obj\n<< /Type /EmbeddedFile /Length 3 >>\nstream\nMZ!\nendstream\nendobj\n",
    "embedded files tree": b"6 0 obj\n<< /EmbeddedFiles << /Names [] >> >>\nendobj\n",
    "rich media": b"6 0 obj\n<< /Subtype /RichMedia >>\nendobj\n",
    "script tag": b"% <script>alert(document.cookie)</script>\n",
    "html tag": b"% <HTML><body>pay here</body></HTML>\n",
    "spaced script tag": b"% < ScRiPt src=//evil.example/x.js>\n",
}


@pytest.mark.parametrize("body", HOSTILE_PDF_BODIES.values(), ids=HOSTILE_PDF_BODIES.keys())
def test_pdf_with_active_content_is_rejected(body):
    code, message = rejection(upload("对账单.pdf", pdf(body), "application/pdf"))
    assert code == "unsafe_pdf"
    assert "对账单.pdf" in message


@pytest.mark.parametrize(
    "hidden",
    [
        b"<< /S /JavaScript /JS (app.alert(1)) >>",
        b"<html><script>alert(1)</script></html>",
    ],
)
def test_active_content_hidden_in_a_compressed_stream_is_rejected(hidden):
    packed = zlib.compress(hidden)
    body = b"6 0 obj\n<< /Type /ObjStm /N 1 /First 4 /Filter /FlateDecode /Length %d >>\nstream\n" % len(
        packed
    )
    body += packed + b"\nendstream\nendobj\n"
    assert hidden not in pdf(body)
    code, _message = rejection(upload("hidden.pdf", pdf(body)))
    assert code == "unsafe_pdf"


def test_pdf_compression_bomb_is_rejected(settings):
    settings.TIPOFF_EVIDENCE_MAX_FILE_BYTES = 100_000  # inflation budget: ten times the file limit
    packed = zlib.compress(b"\x00" * 2_000_000, 9)
    body = b"6 0 obj\n<< /Filter /FlateDecode /Length %d >>\nstream\n" % len(packed)
    body += packed + b"\nendstream\nendobj\n"
    code, _message = rejection(upload("zip.pdf", pdf(body)))
    assert code == "unsafe_pdf"


def test_encrypted_pdf_is_rejected():
    document = pdf().replace(b"/Root 1 0 R", b"/Root 1 0 R /Encrypt 9 0 R")
    code, message = rejection(upload("加密.pdf", document))
    assert code == "encrypted_pdf"
    assert "加密.pdf" in message


def test_pdf_without_end_marker_is_rejected():
    document = pdf()
    code, message = rejection(upload("half.pdf", document[: len(document) // 2]))
    assert code == "corrupt_pdf"
    assert "half.pdf" in message


def test_pdf_after_junk_bytes_is_rejected():
    code, message = rejection(upload("invoice.pdf", b"MZ\x90\x00junk" + pdf(), "application/pdf"))
    assert code == "unsupported_format"
    assert message == "文件“invoice.pdf”不是支持的格式。请上传 JPG、PNG、WebP、HEIC 图片或 PDF 文件。"


def test_jpeg_with_a_pdf_appended_is_stored_as_a_clean_jpeg_only():
    polyglot = encode(noise_image(), "JPEG") + pdf(HOSTILE_PDF_BODIES["javascript"])
    verified = verify_upload(upload("polyglot.jpg", polyglot, "image/jpeg"))
    assert verified.content_type == "image/jpeg"
    assert b"%PDF" not in verified.content
    assert b"JavaScript" not in verified.content


# --------------------------------------------------------------------------------------------------------
# Other formats, names, sizes and counts


def gif():
    return encode(noise_image((8, 8)).convert("P"), "GIF")


REJECTED = [
    ("text named .jpg", "截图.jpg", "这不是图片".encode(), "image/jpeg"),
    ("html as png", "page.png", b"<!DOCTYPE html><html><script>alert(1)</script></html>", "image/png"),
    (
        "svg",
        "logo.svg",
        b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
        "image/svg+xml",
    ),
    ("gif", "动图.gif", gif(), "image/gif"),
    ("gif named png", "still.png", gif(), "image/png"),
    ("bmp", "scan.bmp", encode(noise_image((8, 8)), "BMP"), "image/bmp"),
    ("tiff", "scan.tif", encode(noise_image((8, 8)), "TIFF"), "image/tiff"),
    ("zip", "evidence.zip", b"PK\x03\x04" + b"\x00" * 40, "application/zip"),
    ("exe named pdf", "receipt.pdf", b"MZ\x90\x00" + b"\x00" * 60, "application/pdf"),
]


@pytest.mark.parametrize(
    ("name", "content", "content_type"), [r[1:] for r in REJECTED], ids=[r[0] for r in REJECTED]
)
def test_unsupported_formats_are_rejected_whatever_they_are_called(name, content, content_type):
    code, message = rejection(upload(name, content, content_type))
    assert code == "unsupported_format"
    assert message == f"文件“{name}”不是支持的格式。请上传 JPG、PNG、WebP、HEIC 图片或 PDF 文件。"


def test_empty_file_is_rejected():
    code, message = rejection(upload("空.png", b""))
    assert code == "empty_file"
    assert "空.png" in message


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("C:\\Users\\me\\Desktop\\截图.png", "截图.png"),
        ("../../etc/截图.png", "截图.png"),
        ("/tmp/a/b.png", "b.png"),
        ("bad\u202egnp.exe", "badgnp.exe"),  # a right-to-left override would disguise the extension
        ("", "未命名文件"),
    ],
)
def test_original_name_has_no_path(name, expected):
    item = upload("x", encode(noise_image((8, 8)), "PNG"))
    item._name = name  # bypass Django's own clean-up of the name: the check must not rely on it
    assert verify_upload(item).original_name == expected


def test_long_names_are_cut_to_200_characters_keeping_the_extension():
    item = upload("长" * 300 + ".png", encode(noise_image((8, 8)), "PNG"))
    name = verify_upload(item).original_name
    assert len(name) == 200
    assert name.endswith("长.png")


class UnreadableUpload(SimpleUploadedFile):
    def read(self, *args):
        raise AssertionError("read before the size check")


def test_oversize_file_is_rejected_before_reading(settings):
    settings.TIPOFF_EVIDENCE_MAX_FILE_BYTES = 1000
    item = UnreadableUpload("大图.png", encode(noise_image(), "PNG"))  # the declared size must be enough
    code, message = rejection(item)
    assert code == "file_too_large"
    assert message.startswith("文件“大图.png”超过 1000 字节")


def test_oversize_file_is_rejected_even_if_its_declared_size_lies(settings):
    settings.TIPOFF_EVIDENCE_MAX_FILE_BYTES = 2048
    item = upload("大图.png", encode(noise_image(), "PNG"))
    item.size = 10
    code, message = rejection(item)
    assert code == "file_too_large"
    assert message.startswith("文件“大图.png”超过 2 KB")


def test_default_limit_is_described_in_megabytes():
    item = upload("huge.jpg", b"")
    item.size = 10 * 1024 * 1024 + 1
    _code, message = rejection(item)
    assert message.startswith("文件“huge.jpg”超过 10 MB")


def test_verify_uploads_returns_one_verified_file_per_upload():
    files = [upload("a.png", encode(noise_image((8, 8)), "PNG")), upload("b.pdf", pdf())]
    verified = verify_uploads(files)
    assert [v.original_name for v in verified] == ["a.png", "b.pdf"]
    assert [v.content_type for v in verified] == ["image/png", "application/pdf"]
    assert verify_uploads([]) == []


def test_more_than_five_files_are_rejected():
    files = [upload(f"{i}.png", encode(noise_image((8, 8)), "PNG")) for i in range(6)]
    with pytest.raises(ValidationError) as excinfo:
        verify_uploads(files)
    assert excinfo.value.code == "too_many_files"
    assert excinfo.value.messages == ["最多只能上传 5 个文件，您选择了 6 个。请挑选最能说明情况的几个。"]
    assert len(verify_uploads(files[:5])) == 5


def test_total_size_over_limit_is_rejected(settings):
    settings.TIPOFF_EVIDENCE_MAX_TOTAL_BYTES = 2900
    files = [upload(f"{i}.pdf", pdf()) for i in range(5)]
    assert sum(f.size for f in files) > 2900
    with pytest.raises(ValidationError) as excinfo:
        verify_uploads(files)
    assert excinfo.value.code == "total_too_large"
    (message,) = excinfo.value.messages
    assert message.startswith("所有文件加起来不能超过 2.8 KB")


def test_every_bad_file_is_reported_at_once():
    files = [
        upload("good.png", encode(noise_image((8, 8)), "PNG")),
        upload("notes.jpg", b"just text"),
        upload("cut.png", encode(noise_image((128, 128)), "PNG")[:3000]),
        upload("bad.pdf", pdf(HOSTILE_PDF_BODIES["launch"])),
    ]
    with pytest.raises(ValidationError) as excinfo:
        verify_uploads(files)
    messages = excinfo.value.messages
    assert len(messages) == 3
    assert "notes.jpg" in messages[0]
    assert "cut.png" in messages[1]
    assert "bad.pdf" in messages[2]
    assert [e.code for e in excinfo.value.error_list] == ["unsupported_format", "corrupt_image", "unsafe_pdf"]
