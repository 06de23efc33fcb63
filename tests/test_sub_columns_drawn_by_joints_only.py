"""Per-measure HTML tables ruled across only (coordinator's seed 49019 html, unseen when scored:
two-level header, the last group ``การนำผลการวิเคราะห์ไปสู่การปฏิบัติ`` over ``ส่วนราชการที่
รับผิดชอบ`` and ``ตัวชี้วัดความสำเร็จ``)."""
from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest

from corpus.fuzz import fuzz
from corpus_seeds import assert_same_measures, read_rendered

pytest.importorskip("weasyprint")


def test_sub_columns_drawn_by_joints_only(tmp_path: Path):
    """49019 html p2: the units (``- กองช่าง``) and the target (``ร้อยละ ๙๐ ของกลุ่มเป้าหมาย``)
    stand 12 pt apart under one group title, so the whitespace gave them one column; the second
    table lost its period column too, and its rows were cut line by line (four extra measures,
    units such as ``กองร้อยละสวัสดิการ10๐ของสังคมกลุ่มเป้าหมาย``). Every row's rule is drawn cell by
    cell with a joint at each column bound, the units/target one included: a joint every rule
    has, which no body line crosses and with text on both sides, is a column bound."""
    fuzz([49019], tmp_path, "html", log=lambda *_: None)
    records, expected = read_rendered(str(tmp_path / "s049019_html.pdf"))
    assert [m["responsible"] for m in records["planned_measures"]] == \
        [m["responsible"] for m in expected["planned_measures"]]
    assert_same_measures(SimpleNamespace(**records), expected)
