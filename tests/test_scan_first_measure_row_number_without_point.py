"""scan26's unseen 35000 (300 dpi, Kinnari, a bare one-table measures plan): the first measure row
``มีค—เมย 7๐ . | รวบรวมข้อมูล… | ติดตามผลการดำเนินงานทุก หกเดือน | 1 มาตรการพัฒนาช่องทาง…`` (its
period's start year and the list number's point lost by OCR) read as a second header row: its
cells start with header words and it showed one cell of body evidence. The measure was lost in an
``ok`` document without a flag. A cell starting with a list number and a word is no column title."""
from normalizers.tables.header_rows import header_depth, is_header_row

HEADER = ["ระยะเวลาดำเนินการ", "ขั้นตอนการดำเนินงาน", "การรายงานผล", "มาตรการ/โครงการ/กิจกรรม"]
FIRST = ["มีค—เมย 7๐ .",
         "รวบรวมข้อมูลและตรวจสอบความถูกต้อง\nจัดทำแผนและกำหนดกรอบเวลาการดำเนินงาน\nเผยแพร่ข้อมูลบนเว็บไซต์ของหน่วยงาน",
         "ติดตามผลการดำเนินงานทุก\nหกเดือน", "1 มาตรการพัฒนาช่องทางรับเรื่องร้องเรียน\nการทุจริตออนไลน์"]
SECOND = ["ธิค ๖9 - พค ๗0 :", "แต่งตั้งคณะทำงานรับผิดชอบการดำเนินงาน", "ติดตามผลการดำเนินงานทุก\nหกเดือน",
          "2 แนวทางอบรมเสริมสร้างคุณธรรม จริยธรรมแก่บุคลากร"]


def test_first_measure_row_whose_list_number_lost_its_point_is_no_header_row():
    assert is_header_row(HEADER)
    assert not is_header_row(FIRST)
    assert header_depth([HEADER, FIRST, SECOND]) == 1

