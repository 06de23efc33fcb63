"""fresh35s (scans, dev for h/scan35n): the first page of a report printing one measures table per
page, under the same two-level header on each, had its header misread, while the later pages' read
well; the first table was of no kind and its measure lost (``tables not understood``):
- 51103 p6 (300 dpi, no rules): the group title over the last columns was cut into a narrow column
  of its own (714-732 pt, ``ไม่ | ใช้งบประมาณ`` cut there too) and both header levels fell into one
  garbled first row (found 0.667, CER 0.367);
- 51115 p5 (200 dpi): the header was read as a grid of its own above the body, in six columns of
  garbled words (``ตวชวถดการ5``), the body headerless (found 0.75, CER 0.352).
Such a table now takes the header of a measures table of the same document printed in the same
columns (``normalizers/tables/sibling_header.py``), its rows flagged. Real simulated scans."""
from __future__ import annotations

import json

import pytest

from corpus_seeds import scan_pages_read, scanned

FLAG = "table_header_from_sibling"


@pytest.fixture(scope="module")
def out(tmp_path_factory):
    return tmp_path_factory.mktemp("s35n")


def _expected_name(seed, out, start):
    pdf = scanned([seed], out)[0]
    exp = json.loads(pdf.with_name(pdf.stem + ".expected.json").read_text())
    return next(m["measure"] for m in exp["planned_measures"] if m["measure"].startswith(start))


def test_scan_measures_header_cut_into_columns_takes_sibling_header(out):
    want = _expected_name(51103, out, "มาตรการสร้างวัฒนธรรมองค์กร")
    recs = scan_pages_read(51103, [6, 10], out)  # p10: the same header, read well, same columns
    flags = recs.document["flags"]
    assert not any(f.startswith("unmapped_table:p6") for f in flags)
    assert any(f.startswith(FLAG + ":p6") for f in flags)
    got = [m for m in recs.planned_measures if "วัฒนธรรมองค์กร" in m["measure"]]
    assert len(got) == 1 and FLAG in got[0]["flags"]
    assert got[0]["measure"].replace(" ", "").endswith(want.replace(" ", "")[-8:])
    assert got[0]["steps"] and "กองสวัสดิการสังคม" in str(got[0]["responsible"])
    # the garbled header row is no measure
    assert not any(m["measure"].startswith("มาตรการส่งเสริมคุณธรรม") for m in recs.planned_measures)


def test_scan_header_grid_read_apart_takes_sibling_header(out):
    want = _expected_name(51115, out, "มาตรการทบทวนหลักเกณฑ์")
    recs = scan_pages_read(51115, [5, 7], out)  # p7: the same header, read well
    flags = recs.document["flags"]
    assert not any(f.startswith("unmapped_table:p5") for f in flags)
    got = [m for m in recs.planned_measures if "หลักเกณฑ์การบริหาร" in m["measure"]]
    assert len(got) == 1 and FLAG in got[0]["flags"]
    assert want.replace(" ", "")[:20] in got[0]["measure"].replace(" ", "")
    assert got[0]["steps"] and got[0]["analysis"]


def test_scan_header_glued_atop_each_row(out):
    """51102 p5 (200 dpi, one table per measure, no rules): measures 1 and 2 read as one grid of
    two rows, each row's cells led by the header's titles (``มาตรการ⏎๑) แนวทางอบรม…``) and issue 2's
    heading at the foot of measure 1's name cell; the first row was taken as the header and
    measure 1 lost. The rows are split (``normalizers/tables/glued_header.py``); the heading, its
    name cut by the grid (``ประเด็นที่๒ การแก้ไขปัญหาการทุ``), ends issue 1's indicator."""
    pdf = scanned([51102], out)[0]
    exp = json.loads(pdf.with_name(pdf.stem + ".expected.json").read_text())["planned_measures"]
    recs = scan_pages_read(51102, [5], out)
    names = ["".join(m["measure"].split()) for m in recs.planned_measures]
    for want in exp[:2]:
        assert "".join(want["measure"].split()) in names
    assert not any("ประเด็นที่" in n or n.startswith("มาตรการ") for n in names[:2])
    second = recs.planned_measures[names.index("".join(exp[1]["measure"].split()))]
    assert second["indicator_no"] in (None, exp[1]["indicator_no"])  # not issue 1's
