"""u52a 52112 (scans, dev; 300 dpi, landscape, one bare table per issue, each under its heading
``ประเด็นที่ ๒ …``, a two-level header whose group title ``การนำผลการวิเคราะห์ไปสู่การปฏิบัติ`` spans
the steps and units columns): on p8, p10 and p12 the stretch of text lines grown from the heading
kept three white channels (the heading and the group title closed the others) down to the page's
foot, as far as the body's own stretch with six, so ``_body_under_header`` (which takes the body's
stretch only when it reaches further) kept the header's: p8's table was not read at all, p10's and
p12's in one column; measures 2, 3 and 4 lost (found 0.4, CER 0.59). The body's reading, reaching
as far with more channels, is kept (``extractors/ocr/stretch_body.body_keeps_more_channels``).
Real simulated scan, pages OCR'd."""
from __future__ import annotations

from corpus_seeds import scanned
from extractors.ocr import ocr_page


def test_scan_bare_header_closes_body_channels_to_page_foot(tmp_path):
    pdf = scanned([52112], tmp_path)[0]
    for page, name in ((8, "มาตรการส่งเสริมการมี"), (10, "โครงการเปิดเผยข้อมูล")):
        _, tables = ocr_page(pdf, page)
        assert tables, page
        t = tables[0]
        assert t.n_cols == 6, (page, t.n_cols)
        body = [r for r in t.rows if any(name in (c or "").replace(" ", "") for c in r)]
        assert body, page
        row = body[0]
        # the measure's name in its own column, the steps and the units beside it
        assert name in (row[1] or "").replace(" ", "") and not (row[0] or "").count(name)
        assert "โดยให้" in (row[3] or "")
