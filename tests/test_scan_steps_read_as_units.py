"""A scanned units cell holding only sentences (the steps read into it) gives no units
(real OCR strings of dev seed 18511, ``corpus fuzz --seeds 18511 --renderer html --scan``, a
zebra m8 table printing the period and no responsible units; page 7, measure 1): the cell read
for the period held the steps too, and ``หน่วยงานโดยให้ทุกส่วนราชการรายงานผลการดำเนินงาน…``
and five other steps came out as units (flagged, but wrong); the report prints none."""
from normalizers.records.measure_checks import no_unit_among

_READ = ["หน่วยงานโดยให้ทุกส่วนราชการรายงานผลการดำเนินงานตามแบบที่กำหนดพร้อมเอกสารหลักฐานประกอบและเสนอผู้บริหาร"
         "พิจารณาให้ความเห็นชอบก่อนเผยแพร่ต่อสาธารณะผ่านช่องทางต่างๆของหน่วยงาน",
         "รวบรวมข้อมูลและตรวจสอบความถูกต้อง", "จัดทำประกาศและแนวปฏิบัติให้"]


def test_sentences_only_are_no_units():
    assert no_unit_among(_READ)


def test_a_unit_among_sentences_is_kept():
    assert not no_unit_among(_READ + ["กองคลัง"])
    assert not no_unit_among(["กองคลัง", "งานนิติการ"])
    assert not no_unit_among([])
