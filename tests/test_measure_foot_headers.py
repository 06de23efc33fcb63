"""Measures tables ruled across only, one per measure (issue 13, across13): the next table's
header cut by the page break at a page's foot, under a heading, after the rest of a row, and
its lower lines on top of the next page; and a shaded two-level header read a line a row.
Two Word renders (fresh13 seeds 9112: Kinnari, horizontal rules; 9127: Garuda, zebra), each
read once; the real extract and normalize stages run on them.
"""

from corpus_seeds import assert_same_measures, needs_word, render_seed
from corpus.space import draw_layout

HEADER = "ประเด็น/ตัวชี้วัด"


def _seed_9112(tmp_path):
    needs_word()
    lay = draw_layout(9112, "docx")
    assert (lay["m.rules"], lay["m.arrangement"], lay["m.header"]) == ("horizontal", "per_measure", "two")
    return render_seed(9112, tmp_path, "docx")


def _cells(t) -> list[str]:
    return ["".join((c or "").split()) for row in t.rows for c in row]


def test_next_header_cut_at_the_page_foot_under_a_heading_is_its_own_table(tmp_path):
    """Page 8 holds the rest of a row, measure 3's table, the heading ``ประเด็นที่ 4 …`` and
    the first row of measure 4's two-level header (the page break cut it). That header row was
    read with measure 3's table, whose columns it joined (``ประเด็น/ตัวชี้วัด
    ขั้นตอนการดำเนินงาน`` in one cell), and carried five columns of eight onto page 9. The foot
    slab of header cells under a heading now starts a table of its own, in the columns of the
    table above it."""
    _, ex, records, expected = _seed_9112(tmp_path)
    p8 = [t for t in ex.tables if t.page == 8]
    heads = [t for t in p8 if any(c.startswith(HEADER) for c in _cells(t))]
    assert len(heads) == 2  # measure 3's table, and measure 4's header at the foot
    assert all(HEADER in _cells(t) for t in heads)  # its own cell, not joined to the next title
    assert heads[-1].n_cols == heads[0].n_cols == 8
    assert_same_measures(records, expected)


def test_whole_header_under_the_rest_of_a_header_cut_by_the_page_starts_a_table(tmp_path):
    """Page 9 opens with the lower lines of measure 4's header (``นข้อคำถาม | ผิดชอบ | …``),
    measure 4's row, the heading ``ประเด็นที่ 5 …`` and measure 5's whole header. Only headers
    printing the first one's words cut the stack, so measures 4 and 5 were one table and
    measure 5 was lost. A header whose words end with that rest's is the next table's."""
    _, ex, records, expected = _seed_9112(tmp_path)
    p9 = [t for t in ex.tables if t.page == 9]
    assert len(p9) == 2 and _cells(p9[1])[0] == HEADER
    want = next(m for m in expected["planned_measures"] if m["measure"].startswith("แนวทางทบทวนหลักเกณฑ์"))
    got = [m for m in records.planned_measures if m["seq"] == want["seq"]]
    assert got and got[0]["measure"] == want["measure"]


def test_rest_of_a_header_in_known_words_is_read_in_the_carried_columns(tmp_path):
    """The rest of measure 4's header on page 9 names roles (``ความสอดคล้องกับตัวชี้วัด``,
    ``มาตรการ / แนวทาง``), so its columns came from it alone: six, the indicator, steps and
    code of measure 4's row in one cell, its responsible unit lost. Joined to the carried
    header row cell by cell it names more roles (``หน่วยงานที่รับ`` + ``ผิดชอบ``): it is read
    in the carried table's eight columns."""
    _, ex, records, expected = _seed_9112(tmp_path)
    first = next(t for t in ex.tables if t.page == 9)
    assert first.n_cols == 8
    want = next(m for m in expected["planned_measures"] if m["measure"].startswith("แนวทางประกาศเจตนารมณ์"))
    got = {m["seq"]: m for m in records.planned_measures}[want["seq"]]
    assert got["responsible"] == want["responsible"] == ["ทุกส่วนราชการ"]
    assert got["question_codes"] == want["question_codes"]


def test_upper_header_rows_read_a_line_each_are_no_titles(tmp_path):
    """fresh13 seed 9127 docx (Garuda, zebra, per measure), page 6: the two-level header
    shaded as one block is read a line a row, ``มาตรการ`` (over column 0) and
    ``การนำผลการวิเคราะห์ไปสู่การปฏิบัติ`` (over columns 1-3) each alone on its row, over the
    sub-column titles. One-cell leading rows are titles
    over a table, so the measure column lost its title, the table was mapped as no measures
    table and measure 1 was lost. One-cell rows of column titles, each in a column of its own,
    are the header's upper rows."""
    needs_word()
    _, ex, records, expected = render_seed(9127, tmp_path, "docx")
    want = expected["planned_measures"][0]
    got = [m for m in records.planned_measures if m["measure"] == want["measure"]]
    assert len(got) == 1
    assert got[0]["analysis"] == want["analysis"] and got[0]["responsible"] == want["responsible"]
