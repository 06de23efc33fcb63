"""A bare measures table continued without its header, a row's rest at the page top in the
first column (issue 15; fresh seed 21602, html, scanned at 200 dpi, steps printed first, long
rows: p6, p7, p8, p10 each open with the last lines of the steps of the measure before).

``borderless._row_starts`` merged the top rows as the table's header until they held half
the columns: the rest and the whole next measure became one "header", and ``_header_tail``
then cut that measure's steps at their widest blank. Each measure's steps were cut in two and
the halves read into the measures before and after (text CER 55 %). On a page that goes on
with a table from the page before, lines above the first row start that ink one column only,
each at the column's left edge (a cell's text, not a centred title), are a row of their own
(``borderless._rest_on_top``); the normalizer joins it to the measure it continues.
Checked on the corpus' own render of the seed, scanned."""
from __future__ import annotations

import pytest

from extractors.document import ocr_carry_of
from extractors.ocr import ocr_page
from normalizers.tables.text import squash
from corpus_seeds import scanned


@pytest.fixture(scope="module")
def page6(tmp_path_factory):
    pdf = scanned([21602], tmp_path_factory.mktemp("rest_top"))[0]
    text5, tables5 = ocr_page(pdf, 5)
    carry = ocr_carry_of(tables5, text5.height)
    assert carry is not None  # the page-5 table runs to the page foot
    return ocr_page(pdf, 6, carry=carry)[1]


def test_rest_in_first_column_is_a_row_of_its_own(page6):
    t = page6[0]
    rest = [squash(c or "") for c in t.rows[0]]
    assert "หน่วยงาน" in rest[0] and not any(rest[1:]), t.rows[0]  # the rest: first column only
    assert "สรุปผลการดำเนินงาน" not in rest[0], t.rows[0]


def test_measure_steps_not_cut_at_a_blank_inside_them(page6):
    t = page6[0]
    (row,) = [r for r in t.rows if any("มาตรการจัดทำรายงานผล" in squash(c or "") for c in r)]
    steps = squash(row[0] or "")
    # the measure's four steps, first to last, in its one row
    assert "สรุปผลการดำเนินงาน" in steps and "ประชุมชี้แจง" in steps, row[0]
