"""A measure's list number printed again in its row's running-number cell is no question code
(real OCR strings of dev seed 18502, ``corpus fuzz --seeds 18502 --renderer html --scan``,
200 dpi, layout m6 with a ``ที่`` column, no analysis column read, measure numbers ``1.``).

Page 2, measure 1: the measure cell reads ``1 แนวทางจัดทำรายงานผลการดำเนินงานประจำปีเผยแพร่ต่อ
สาธารณะ`` (the list number's dot lost on the scan) and the running-number cell beside it
``1``. The measure's name reads like question o12's text, so ``1`` was taken as a misprinted
o12 (``code_corrected:1->o12``); the report prints no code for the measure.
"""
from normalizers.records.measures import measure_rows
from normalizers.tables.grid import Row, Table
from normalizers.tables.roles import Layout

_CELLS = ["หน่วยงานยังขาดการเปิด ตัวชี้วัดที่๒ การใช้โอกาสให้บุคคลภายนอกมี งบประมาณส่วนร่วมในการปรับปรุงงาน เ(๘๓.07 คะแนน)",
          "งานบริหารงานบุคคลกองการศึกษา4ฯ", "1", "",
          "- เผยแพร่ข้อมูลบนเว็บไซต์ของหน่วยงาน - ทบทวนขั้นตอนการทำงานร่วมกับผู้เกี่ยวข้อง",
          "1 แนวทางจัดทำรายงานผลการดำเนินงานประจำปีเผยแพร่ต่อสาธารณะ"]
_ROLES = ["indicator", "responsible", "", "seq", "steps", "measure"]


def _rows(cells, ocr):
    table = Table(page=2, index=0, header=[], rows=[Row(cells=list(cells), page=2, conf=[0.94] * 6, page_last=2)],
                  n_cols=6, method="ocr" if ocr else "text")
    rows, _ = measure_rows(table, Layout(kind="measures", roles=_ROLES), plan_year=2566, year=2566,
                           start_seq=1, context={})
    return rows


def test_list_number_beside_seq_cell_is_no_code():
    row = _rows(_CELLS, True)[0]
    assert row["question_codes"] == []
    assert not any(f.startswith("code_corrected") for f in row["flags"])
    assert row["measure"] == "แนวทางจัดทำรายงานผลการดำเนินงานประจำปีเผยแพร่ต่อสาธารณะ"


def test_number_not_printed_beside_still_read_by_catalog():
    # without the running-number cell the number stays the catalog's call (unchanged rule)
    cells = list(_CELLS)
    cells[2] = ""
    assert _rows(cells, True)[0]["question_codes"] == ["o12"]
