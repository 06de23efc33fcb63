"""Codes whose Thai digits OCR read as Latin letters, opening an analysis cell, are flagged
unreadable and cut from the analysis text.

Real OCR strings: dev seed 18805 scanned (``corpus fuzz --seeds 18805 --renderer html --scan``),
page 5 measure 2: the analysis cell reads ``eo em บุคลากรบางส่วน…`` for ``e๑ e๓ บุคลากร…``;
dev seed 15003 scanned, page 8 measure 3: ``e2 eo บุคลากรบางส่วน…`` for ``e2 e3``. Before the
fix the codes were lost without a flag and ``eo em`` stayed in the analysis text.
"""
from normalizers.records.measures import measure_rows
from normalizers.records.measure_codes import garbled_codes_lead
from normalizers.tables.grid import Row, Table
from normalizers.tables.roles import Layout


def test_garbled_lead_tokens():
    assert garbled_codes_lead("e2 eo บุคลากรบางส่วน\nเห็นว่าการมอบหมายงาน") == (
        ["eo"], "e2 บุคลากรบางส่วน\nเห็นว่าการมอบหมายงาน")
    assert garbled_codes_lead("e6 บุคลากรบางส่วนเห็น") is None
    assert garbled_codes_lead("i๑7 ๑7 |1๑8 การ") is None


def _row(ocr: bool):
    cells = ["(2) โครงการสำรวจความพึงพอใจของผู้รับบริการและนำผลมาปรับปรุงงาน",
             "eo em บุคลากรบางส่วน\nเห็นว่าการมอบหมายงาน\nยังไม่เป็นธรรม",
             "๑. ติดตามความก้าวหน้าทุกเดือน", "กองสวัสดิการสังคม"]
    table = Table(page=5, index=1, header=[], rows=[Row(cells=cells, page=5, conf=[0.7] * 4, page_last=5)], n_cols=4,
                  method="ocr" if ocr else "lattice")
    layout = Layout(kind="measures", roles=["measure", "analysis", "steps", "responsible"])
    rows, _ = measure_rows(table, layout, plan_year=2570, year=2570, start_seq=2, context={})
    return rows[0]


def test_scanned_row_flags_unreadable_codes():
    r = _row(True)
    assert r["question_codes"] == []
    assert {"code_unreadable:eo", "code_unreadable:em"} <= set(r["flags"])
    assert r["analysis"].startswith("บุคลากรบางส่วน")


def test_text_layer_row_unchanged():
    assert not any(f.startswith("code_unreadable") for f in _row(False)["flags"])
