"""Uploads through the real Wagtail admin: only the allowed document and image formats, no
larger than the limit, and documents served so a browser never runs what was uploaded."""

import struct
import zlib
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.models import Collection

MAX_SIZE = 10 * 1024 * 1024


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


def stored_files(media_root):
    return [path for path in Path(media_root).rglob("*") if path.is_file()]


def upload_document(client, name, content, title="Team file"):
    return client.post(
        "/admin/documents/add/",
        {
            "title": title,
            "file": SimpleUploadedFile(name, content),
            "collection": Collection.get_first_root_node().pk,
        },
    )


def png(width=8, height=8, padding=0):
    """A valid PNG; `padding` bytes of comment make it as large as a test needs."""

    def chunk(kind, data):
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    rows = b"".join(b"\x00" + b"\x80\x20\x20" * width for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    comment = chunk(b"tEXt", b"Comment\x00" + b"x" * padding) if padding else b""
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + comment
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )


# ---------------------------------------------------------------------------------------
# Documents


@pytest.mark.parametrize(
    "name, content",
    [
        ("rota.html", b"<html><script>alert(document.cookie)</script></html>"),
        ("logo.svg", b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>'),
        ("helper.js", b"fetch('/api/v1/kpis')"),
        ("setup.exe", b"MZ\x90\x00\x03\x00\x00\x00"),
        ("report.pdf.html", b"<script>alert(1)</script>"),
        ("noextension", b"<script>alert(1)</script>"),
    ],
)
def test_documents_of_other_formats_are_refused_and_nothing_is_stored(
    login, media_root, name, content
):
    response = upload_document(login("admin"), name, content)
    assert response.status_code == 200
    html = response.content.decode()
    assert "File extension" in html and "is not allowed" in html
    assert "Allowed extensions are: csv, docx, odt, pdf, pptx, txt, xlsx" in html
    assert not Document.objects.exists()
    assert stored_files(media_root) == []


def test_an_oversized_document_is_refused_and_nothing_is_stored(login, media_root):
    response = upload_document(login("admin"), "handbook.pdf", b"%PDF-1.4\n" + b"0" * MAX_SIZE)
    assert response.status_code == 200
    assert "This file is too big (10.0\xa0MB). Maximum filesize 10.0\xa0MB." in (
        response.content.decode()
    )
    assert not Document.objects.exists()
    assert stored_files(media_root) == []


@pytest.mark.parametrize(
    "name, content",
    [("handbook.pdf", b"%PDF-1.4\n%%EOF\n"), ("rota notes.txt", b"Cover for Friday: Sam.\n")],
)
def test_allowed_documents_upload(login, media_root, name, content):
    response = upload_document(login("admin"), name, content, title="Rota")
    assert response.status_code == 302
    document = Document.objects.get(title="Rota")
    assert Path(document.file.path).read_bytes() == content
    assert len(stored_files(media_root)) == 1


def download(client, document):
    response = client.get(document.url)
    assert response.status_code == 200
    return response, b"".join(response.streaming_content)


def test_documents_download_as_attachments_and_never_render(login):
    admin = login("admin")
    # A text file whose content is HTML: still text, and a download.
    upload_document(admin, "notes.txt", b"<script>alert(1)</script>", title="Notes")
    document = Document.objects.get(title="Notes")
    response, body = download(login("operator"), document)
    assert body == b"<script>alert(1)</script>"
    assert response["Content-Type"].startswith("text/plain")
    assert response["Content-Disposition"].startswith("attachment;")
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Content-Security-Policy"] == "default-src 'none'"  # Wagtail's, kept


def test_a_pdf_opens_in_the_browser_but_can_run_nothing(login):
    upload_document(login("admin"), "policy.pdf", b"%PDF-1.4\n%%EOF\n", title="Policy")
    response, _body = download(login("operator"), Document.objects.get(title="Policy"))
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"].startswith("inline")
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Content-Security-Policy"] == "default-src 'none'"


def test_documents_need_a_login(client, login):
    upload_document(login("admin"), "notes.txt", b"Private.", title="Notes")
    client.logout()
    response = client.get(Document.objects.get(title="Notes").url)
    assert response.status_code == 302
    assert response.url.startswith("/login/")


# ---------------------------------------------------------------------------------------
# Images


def upload_image(client, name, content):
    return client.post(
        "/admin/images/add/",
        {
            "title": "Team photo",
            "file": SimpleUploadedFile(name, content),
            "collection": Collection.get_first_root_node().pk,
        },
    )


@pytest.mark.parametrize(
    "name, content, message",
    [
        (
            "logo.svg",
            b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>',
            "Not a supported image format. Supported formats: AVIF, GIF, JPG, JPEG, PNG, WEBP.",
        ),
        (
            "photo.png",
            b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
            "Not a valid .png image. The extension does not match the file format (svg)",
        ),
        (
            "photo.png",
            png(padding=MAX_SIZE),
            "This file is too big (10.0\xa0MB). Maximum filesize 10.0\xa0MB.",
        ),
    ],
    ids=["svg", "svg-named-png", "oversized"],
)
def test_images_of_other_formats_or_too_large_are_refused(
    login, media_root, name, content, message
):
    response = upload_image(login("mentor"), name, content)
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not Image.objects.exists()
    assert stored_files(media_root) == []


def test_an_image_uploads(login, media_root):
    response = upload_image(login("mentor"), "team.png", png())
    assert response.status_code == 302
    image = Image.objects.get()
    assert (image.width, image.height) == (8, 8)
    assert stored_files(media_root)
