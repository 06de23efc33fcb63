"""Digit runs inside OCR'd text cells: dates, years, question codes and prose scores.

    PYTHONPATH=. .venv/bin/python bench/bench_text_digits.py [--pages 3] [--dpi 300 200] [--debug]

Renders (weasyprint, several Thai fonts) measures-table pages whose text cells hold periods
(``๑ ต.ค. ๒๕๖๘ - ๓๐ ก.ย. ๒๕๖๙``), years (``ปี พ.ศ. ๒๕๖๗``), question codes (``o๒๓``) and
scores in prose (``(๙๙.๕๖ คะแนน)``), scans them with corpus.scan and OCRs them with
``extractors.ocr.ocr_page``. Truth = the digit runs of what was rendered. Per dpi it prints
the digit runs read exactly, the wrong ones shown with doubt (cell confidence < 0.9), the
wrong ones shown with none (silent; an extra run counts too) and those of cells read empty. ``--debug`` prints, per re-read digit run, Tesseract's
words, the crop box, the recognizer's glyph segmentation and its reading.
"""
from __future__ import annotations

import argparse
import difflib
import html
import re
import sys
import tempfile
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from corpus.scan import random_params, scan_pdf  # noqa: E402
from extractors import numerals  # noqa: E402
from extractors import ocr as O  # noqa: E402
from ocr_samples import _page  # noqa: E402

TH = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")
FONTS = ["Sarabun-Regular", "Laksaman", "Garuda", "NotoSansThai[wdth,wght]", "Kinnari", "Loma"]
MONTHS = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]
MEASURES = ["จัดทำแผนปฏิบัติการป้องกันการทุจริตและเผยแพร่ทางเว็บไซต์ของหน่วยงาน",
            "ประชุมชี้แจงเจ้าหน้าที่เรื่องการปฏิบัติงานตามขั้นตอนและระยะเวลาที่กำหนด",
            "ปรับปรุงช่องทางการแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ",
            "เปิดเผยข้อมูลการใช้จ่ายงบประมาณประจำปีให้สาธารณชนรับทราบ"]
RUN = re.compile(r"[0-9๐-๙]+(?:\.[0-9๐-๙]+)?")


def th(n: int) -> str:
    return str(n).translate(TH)


def period(rng) -> str:
    y = int(rng.integers(2566, 2571))
    kind = rng.integers(4)
    if kind == 0:
        return f"{th(rng.integers(1, 29))} {MONTHS[rng.integers(12)]} {th(y)} - {th(rng.integers(1, 31))} {MONTHS[rng.integers(12)]} {th(y + 1)}"
    if kind == 1:
        return f"{MONTHS[rng.integers(12)]} {th(y % 100)} - {MONTHS[rng.integers(12)]} {th((y + 1) % 100)}"
    if kind == 2:
        return f"ปีงบประมาณ พ.ศ. {th(y)}"
    return f"ไตรมาส {th(rng.integers(1, 5))} ปี {th(y)}"


def note(rng) -> str:
    k = rng.integers(3)
    if k == 0:
        return f"ข้อ {'ieo'[rng.integers(3)]}{th(rng.integers(1, 31))} ได้คะแนนต่ำ"
    if k == 1:
        v = int(rng.integers(6000, 10000))
        return f"ผลคะแนน ({th(v // 100)}.{th(v % 100).rjust(2, '๐')} คะแนน)"
    return f"ปี พ.ศ. {th(rng.integers(2565, 2570))}"


def measures_pdf(path: Path, n_rows: int, seed: int, font: str) -> list[list[str]]:
    """A measures table ที่ | มาตรการ | ระยะเวลา | หมายเหตุ; returns rows as printed."""
    from weasyprint import HTML

    rng = np.random.default_rng(seed)
    rows = [[th(i + 1), MEASURES[i % len(MEASURES)], period(rng), note(rng)] for i in range(n_rows)]
    head = "<tr><th>ที่</th><th>มาตรการ</th><th>ระยะเวลาดำเนินการ</th><th>หมายเหตุ</th></tr>"
    body = "".join("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in r) + "</tr>" for r in rows)
    HTML(string=_page(f"<p>แผนมาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปี พ.ศ. ๒๕๖๘</p><table>{head}{body}</table>",
                      font).replace("width: 100%", "width: 100%; table-layout: fixed")).write_pdf(str(path))
    return rows


def compare(want: str, got: str) -> tuple[int, int]:
    """(truth digit runs found exactly in order, truth digit runs)."""
    a, b = RUN.findall(want), RUN.findall(got)
    sm = difflib.SequenceMatcher(a=a, b=b, autojunk=False)
    return sum(m.size for m in sm.get_matching_blocks()), len(a)


def install_debug() -> None:
    orig = O.reread_digits

    def dbg(line, img):
        runs = O._digit_runs(line)
        out, confs = orig(line, img)
        if runs:
            print("  line:", " ".join(f"{w.text}@{w.left},{w.top},{w.width}x{w.height}" for w in sorted(line, key=lambda w: w.left)))
            for run in runs:
                print("    run:", [w.text for w in run])
            print("    ->", " ".join(w.text for w in sorted(out, key=lambda w: w.left)), [round(c, 2) for c in confs])
        return out, confs

    O.reread_digits = dbg
    orig_span = numerals.read_span

    def span_dbg(gray, x0, x1):
        r = orig_span(gray, x0, x1)
        glyphs, _ = numerals.segment(gray)
        print(f"      crop {gray.shape[1]}x{gray.shape[0]} box x {x0}..{x1} glyphs:",
              " ".join(f"{g.kind[0]}({g.x},{g.y},{g.w}x{g.h})" for g in glyphs), "->",
              None if r is None else (r.text, [round(c, 2) for c in r.conf], r.x0, r.x1))
        return r

    numerals.read_span = span_dbg


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--pages", type=int, default=3, help="pages per dpi (fonts rotate)")
    ap.add_argument("--dpi", type=int, nargs="*", default=[300, 200])
    ap.add_argument("--rows", type=int, default=8)
    ap.add_argument("--debug", action="store_true")
    ap.add_argument("--show", action="store_true", help="print every wrong cell")
    a = ap.parse_args()
    if a.debug:
        install_debug()
    rng = np.random.default_rng(5)
    with tempfile.TemporaryDirectory() as d:
        d = Path(d)
        for dpi in a.dpi:
            ok = total = doubt = silent = missing = 0
            for k in range(a.pages):
                font = FONTS[k % len(FONTS)]
                born = d / f"m{dpi}_{k}.pdf"
                truth = measures_pdf(born, a.rows, seed=300 + k + dpi, font=font)
                scan = scan_pdf(born, d / f"m{dpi}_{k}_scan.pdf", random_params(rng, dpi), seed=k)
                import pypdfium2 as pdfium

                tables = []
                for p in range(1, len(pdfium.PdfDocument(str(scan))) + 1):
                    tables += O.ocr_page(scan, p, dpi)[1]
                by_no = {}  # rows matched by their printed number (a table may go on a page)
                for t in tables:
                    for i, r in enumerate(t.rows):
                        if r and r[0] and r[0].strip() not in by_no:
                            by_no[r[0].strip()] = (r, t.cell_conf[i])
                rows = [by_no.get(w[0], ([], []))[0] for w in truth]
                confs = [by_no.get(w[0], ([], []))[1] for w in truth]
                pk = pt = 0
                for row, conf, want in zip(rows, confs, truth):
                    for c in (2, 3):
                        got = row[c] if c < len(row) else ""
                        o, t = compare(want[c], got or "")
                        pk, pt = pk + o, pt + t
                        if t and not got:
                            missing += t  # no text read at all (the cell or its row not found)
                        elif o < t or len(RUN.findall(got or "")) != t:
                            low = c < len(conf) and conf[c] < 0.9 and bool(got)
                            doubt += (t - o) if low else 0
                            silent += 0 if low else max(t - o, 1)
                            if a.show or a.debug:
                                cf = conf[c] if c < len(conf) else -1
                                print(f"    {dpi} {font}: want {want[c]!r} got {got!r} conf {cf:.2f}")
                ok, total = ok + pk, total + pt
                print(f"  {dpi} dpi page {k} ({font}): digit runs exact {pk}/{pt}", flush=True)
            print(f"{dpi} dpi: digit runs exact {ok}/{total} = {ok / max(total, 1):.1%}; wrong with doubt {doubt}; "
                  f"wrong silent {silent}; in cells read empty {missing}", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
