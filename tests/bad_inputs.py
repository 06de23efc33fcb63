"""Generators of the bad-input corpus (issue: bad input, faults and benchmarks).

Each function writes one hostile or odd file and returns its path. They build real PDFs with
reportlab (encryption, page counts, MediaBox) or corrupt real ones byte-wise.
"""
from __future__ import annotations

import random
import re
from pathlib import Path


def _canvas_pdf(path: Path, pages: int = 1, size=(595, 842), text: str = "hello", encrypt=None) -> Path:
    from reportlab.pdfgen import canvas
    c = canvas.Canvas(str(path), pagesize=size, encrypt=encrypt)
    for i in range(pages):
        if text:
            c.drawString(72, size[1] - 72, f"{text} {i + 1}")
        c.showPage()
    c.save()
    return path


def truncated(path: Path, good_pdf: Path) -> Path:
    data = Path(good_pdf).read_bytes()
    path.write_bytes(data[: len(data) // 3])
    return path


def random_bytes(path: Path) -> Path:
    path.write_bytes(random.Random(7).randbytes(50_000))
    return path


def encrypted(path: Path, user_password: str) -> Path:
    from reportlab.lib.pdfencrypt import StandardEncryption
    return _canvas_pdf(path, text="secret report",
                       encrypt=StandardEncryption(user_password, ownerPassword="owner-pw", strength=128))


def zero_pages(path: Path) -> Path:
    """A well-formed PDF whose page tree is empty (xref offsets computed, so it is valid)."""
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [] /Count 0 >>"]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for i, o in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    path.write_bytes(bytes(out))
    return path


def many_pages(path: Path, n: int = 500) -> Path:
    return _canvas_pdf(path, pages=n, text="page")


def huge_mediabox(path: Path) -> Path:
    """One blank page of 14400 x 14400 pt (200 x 200 inches: 3.6 gigapixels at 300 dpi)."""
    return _canvas_pdf(path, size=(14400, 14400), text="")


def broken_xref(path: Path, good_pdf: Path) -> Path:
    """A real PDF whose xref table and startxref offset point at garbage."""
    data = Path(good_pdf).read_bytes()
    data = re.sub(rb"startxref\s+\d+", b"startxref\n999999999", data)
    data = re.sub(rb"\d{10} 00000 n", b"0000000017 00000 n", data)
    path.write_bytes(data)
    return path


def html_page(path: Path) -> Path:
    path.write_text("<!DOCTYPE html>\n<html><head><title>404 Not Found</title></head>"
                    "<body><h1>ไม่พบหน้าที่ต้องการ</h1></body></html>\n", encoding="utf-8")
    return path
