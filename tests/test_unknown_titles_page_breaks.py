"""Measures tables under column titles that name nothing (``corpus fuzz --header-words
unknown``), cut by page breaks: the rows after a break are still read as the same table.
Each test renders a development seed with the unknown title bank, runs the real extract and
normalize stages and checks the planned measures against the rows the corpus wrote for that
draw (h/born23)."""
import json
import shutil

import pytest

pytest.importorskip("weasyprint")

from corpus.fuzz import fuzz  # noqa: E402
from corpus.space import draw_layout  # noqa: E402
from extractors.document import extract_document  # noqa: E402
from normalizers.document import normalize  # noqa: E402


def _read(seed: int, renderer: str, tmp_path):
    pdfs = fuzz([seed], tmp_path, renderer=renderer, log=lambda *_: None, header_words="unknown")
    assert len(pdfs) == 1
    pdf = pdfs[0]
    expected = json.loads(pdf.with_name(f"{pdf.stem}.expected.json").read_text(encoding="utf-8"))
    records = normalize(extract_document(pdf, f"s{seed}"))
    return records, expected


def test_row_rest_alone_on_its_page_keeps_carrying_the_table(tmp_path):
    """Seed 29029 (html): one measures table without rules and without a repeated header, rows
    longer than a page. Page 9 holds only the rest of measure 3's steps (two lines), measure
    4's row moved on whole to page 10. The carry of the table's columns stopped at page 9's
    short continuation, so pages 10-12 were read as no table: measures 4 and 5 and indicator 8
    (printed in the measures table) lost in an ``ok`` document, without a flag."""
    lay = draw_layout(29029)
    assert (lay["m.rules"], lay["m.repeat_header"], lay["m.long_rows"]) == ("none", "no", "yes")
    records, expected = _read(29029, "html", tmp_path)
    want = {m["seq"]: m for m in expected["planned_measures"]}
    got = {m["seq"]: m for m in records.planned_measures}
    assert sorted(got) == sorted(want) == [1, 2, 3, 4, 5]
    for seq in (3, 4, 5):
        assert got[seq]["measure"] == want[seq]["measure"]
        assert got[seq]["steps"] == want[seq]["steps"]
        assert got[seq]["indicator_no"] == want[seq]["indicator_no"]
    inds = {(r["indicator_no"], r["source"]) for r in records.indicator_scores}
    assert (8, "measures_table") in inds


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice not installed")
def test_steps_rest_at_page_top_is_no_header(tmp_path):
    """Seed 29038 (Word): one measures table ruled across, header not repeated. Measure 4's row
    breaks after its first line; page 3's first row holds its rest (``๓ การใช้อำนาจ`` |
    ``…ถือปฏิบัติ ๒. ประเมินผล…`` | ``ที่ ๓-๔``), short cells without numbers, read as that
    page's column titles by what the columns below hold: page 3 was not stitched to page 2,
    measure 4 read as its first line alone (``มาตรการ``) and its rest lost, without a flag."""
    lay = draw_layout(29038)
    assert (lay["m.rules"], lay["m.repeat_header"]) == ("horizontal", "no")
    records, expected = _read(29038, "docx", tmp_path)
    want = {m["seq"]: m for m in expected["planned_measures"]}
    got = {m["seq"]: m for m in records.planned_measures}
    assert sorted(got) == sorted(want) == [1, 2, 3, 4, 5]
    assert got[4]["measure"] == want[4]["measure"] == "มาตรการตรวจสอบการใช้รถยนต์ส่วนกลางให้เป็นไปตามระเบียบ"
    assert got[4]["steps"] == want[4]["steps"]
    assert "row_split_across_pages" in got[4]["flags"]


def test_header_alone_at_page_foot_and_row_rest_without_period(tmp_path):
    """Seed 29016 (html): a table per measure, ruled grid, its titles not repeated, rows longer
    than a page. (1) Measure 6's table: its header alone at page 9's foot (nothing on that page
    tells titles from a body row by what the columns hold), its row on page 10: the header was
    read as a body row, the table of no kind, measure 6 lost unflagged. (2) Measure 2's row
    goes on at page 6's top with its name's rest (``ผ่านเว็บไซต์ของหน่วยงาน``), the steps'
    unnumbered rest and the rest of its units but no period (every measure prints one): read as
    a measure of its own (an extra, and measure 2's name cut)."""
    lay = draw_layout(29016)
    assert (lay["m.arrangement"], lay["m.rules"], lay["m.repeat_header"]) == ("per_measure", "grid", "no")
    records, expected = _read(29016, "html", tmp_path)
    want = {m["seq"]: m for m in expected["planned_measures"]}
    got = {m["seq"]: m for m in records.planned_measures}
    assert sorted(got) == sorted(want) == [1, 2, 3, 4, 5, 6]
    for seq in (2, 6):
        assert got[seq]["measure"] == want[seq]["measure"]
        assert got[seq]["steps"] == want[seq]["steps"]
        assert got[seq]["responsible"] == want[seq]["responsible"]
    assert "row_split_across_pages" in got[2]["flags"]
