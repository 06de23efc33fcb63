"""``1`` read for ``i`` (``1๒`` for ``i๒``, ``|1๑8`` for ``i๑๘``: scanp18's rules on real OCR of dev
seeds 18803 and 18500) is a code only in the cell's opening run of codes: inside a text, a
number printed in mixed digits (``ร้อยละ 1๒ ของ…``, ``1๒5 ราย``: the corpus draws mixed-digit
reports) was read as i2 / i25 with no flag (the risk noted in /work/notes/out18/scanp18.md)."""
from normalizers.fields.codes import parse_code_list


def test_one_for_i_inside_text_is_a_number():
    assert parse_code_list("ผู้รับบริการ 1๒5 ราย") == []
    assert parse_code_list("ร้อยละ 1๒ ของกลุ่มเป้าหมาย") == []
    assert parse_code_list("i๑ ร้อยละ 1๒ ของกลุ่มเป้าหมาย") == ["i1"]


def test_one_for_i_in_the_opening_run_is_a_code():
    assert parse_code_list("i๑7 ๑7 |1๑8 การ\nประชาสัมพันธ์") == ["i17", "i18"]  # 18803 p3
    assert parse_code_list("i๑๓ 1๑๔ ผลการ\nประเมินด้านการ") == ["i13", "i14"]  # 18500 p5
    assert parse_code_list("1๒ เจ้าหน้าที่ในหน่วยงาน") == ["i2"]
