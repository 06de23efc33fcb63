"""Question codes of scanned measure rows (real OCR strings of dev seed 18803, ``corpus fuzz
--seeds 18803 --renderer html --scan``, 300 dpi, layout m6 with the codes opening the analysis
cell and a list number opening the measure cell).

- page 3, measure 6: the analysis cell reads ``i๑7 ๑7 |1๑8 การ…`` for ``i๑๗ i๑๘``: ``1๑8``
  (``i`` read ``|1``, ``๘`` given in Arabic: Tesseract's Thai model has no ๘) was no code,
  i18 was lost;
- page 2, measure 2: the measure cell ``2 กิจกรรมทบทวนหลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล``
  (list number ``๒`` with its dot lost) was read as a code whose text is question o27's
  (edition 2566): o27 was added to the i22 the analysis cell printed.
"""
from normalizers.fields.codes import canonical_code, parse_code_list
from normalizers.records.measures import measure_rows
from normalizers.tables.grid import Row, Table
from normalizers.tables.roles import Layout


def test_one_for_i_with_arabic_second_digit():
    assert parse_code_list("i๑7 ๑7 |1๑8 การ\nประชาสัมพันธ์") == ["i17", "i18"]
    assert canonical_code("1๑8") == ("i18", ["code_repaired:1๑8->i18"])
    assert canonical_code("1๒") == ("i2", ["code_repaired:1๒->i2"])  # unchanged


def test_list_number_of_measure_cell_not_a_code_when_analysis_prints_codes():
    cells = ["2", "ตัวชี้วัดที่๔\nการใช้\nทรัพย์สิน\nของ\nราชการ",
             "2 กิจกรรม\nทบทวน\nหลักเกณฑ์การ\nบริหารและพัฒนา\nทรัพยากรบุคคล",
             "i2๒ ประชาชน\nยังเข้าถึงช่อง\nทางการ\nร้องเรียนได้น้อย",
             "1 ทบทวนขั้น ตอนการ\nทำงานร่วมกับผู้เกี่ยวข้อง\n2 ประชุมชี้แจงบุคลากร\nทุกส่วนราชการ",
             "งาน\nประชาสัมพันธ์"]
    table = Table(page=2, index=1, header=[], rows=[Row(cells=cells, page=2, conf=[0.7] * 6, page_last=2)], n_cols=6)
    layout = Layout(kind="measures", roles=["seq", "indicator", "measure", "analysis", "steps", "responsible"])
    rows, _ = measure_rows(table, layout, plan_year=2566, year=2566, start_seq=2, context={})
    assert rows[0]["question_codes"] == ["i22"]
    assert "codes_from_measure_cell" not in rows[0]["flags"]
