"""A per-measure table whose first title a column edge clipped at its start is mapped with the
tables under the same header (issue 15; dev 62111, scan40s's unseen set, 200 dpi, landscape
measures pages, zebra tables one per measure, the header repeated over each).

p4's table read its steps column's title ``แนวทางการดำเนินการ`` as ``นการดำเนินการ``: no longer the
same header as p3's tables, it was mapped on its own one row, the steps column taken for a
follow-up column (``…ดำเนินการ``), and measure 6's steps lost into ``follow_up``. OCR'd headers whose
every column title reads alike (``header_match.ocr_titles_alike``, as the stitcher compares them)
are now one table's for ``roles.classify_all``."""
from __future__ import annotations

from corpus_seeds import scan_part_measures, scanned


def test_measure_6_keeps_its_steps(tmp_path_factory):
    pdf = scanned([62111], tmp_path_factory.mktemp("clipped_title"))[0]
    ms = scan_part_measures(pdf, [3, 4])
    six = [m for m in ms if "สำรวจความพึงพอใจ" in (m["measure"] or "")]
    assert len(six) == 1, [m["measure"] for m in ms]
    assert any("ทบทวนขั้นตอน" in s or "ทบทวนขันตอน" in s for s in six[0]["steps"]), six[0]["steps"]
    assert not six[0].get("follow_up"), six[0].get("follow_up")
