"""Thai PDFs that are not ITA reports end as ``not_ita`` with no rows.

Regression: a budget book's numbered tables (kaogeek 31.pdf) and a slide deck's numbered
list (sompawn EB2/2.6.pdf) were read as indicator results by their printed row numbers;
an ITA evidence memo (EB2/2.1.pdf) and a procurement report (EB1/1.2.pdf) that only mention
ITA were ``partial`` reports.
"""
from pathlib import Path

import pytest

from extractors.document import extract_document
from normalizers.document import normalize

from shared_dir import REALDOCS as REAL  # noqa: E402
DOCS = ["kaogeek__thailand-budget-pdf2csv/31.pdf", "sompawn__nysso/EB2/2.6.pdf",
        "sompawn__nysso/EB2/2.1.pdf", "sompawn__nysso/EB1/1.2.pdf",
        "NutMontree__ktltc/o15-รายงานสรุปสำรวจความพึ่งพอใจของผู้รับบร.pdf"]


@pytest.mark.parametrize("name", DOCS)
def test_real_non_ita_pdf(name):
    path = REAL / name
    if not path.exists():
        pytest.skip("../shared/realdocs not present")
    r = normalize(extract_document(path, "0" * 64, ocr="never"))
    assert r.document["status"] == "not_ita", r.document["error"]
    assert r.document["error"]
    assert not r.indicator_scores and not r.question_scores and not r.planned_measures
    assert r.document["overall_score"] is None
