"""A source whose PDF changes: the new version replaces the old one in the dataset.

Real CLI, real Prefect (local API), real stages on a bundled sample; the "change" is a
different sample saved under the same file name.
"""
import shutil
import subprocess
import sys
from pathlib import Path

import pandas as pd

from datastore.ledger import Ledger

ROOT = Path(__file__).resolve().parents[1]
RAW = ROOT / "data" / "raw"


def _ingest(src: Path, out: Path) -> None:
    r = subprocess.run([sys.executable, "-m", "flows.cli", "ingest", str(src), "--out", str(out), "--no-progress"],
                       capture_output=True, text=True, timeout=600, cwd=ROOT)
    assert r.returncode == 0, r.stdout + r.stderr


def test_changed_pdf_replaces_its_old_version(tmp_path):
    src, out = tmp_path / "src", tmp_path / "out"
    src.mkdir()
    shutil.copy(RAW / "002_prose_2565.pdf", src / "report.pdf")
    _ingest(src, out)
    first = pd.read_parquet(out / "documents")
    assert len(first) == 1
    old_id = first.doc_id.iloc[0]

    shutil.copy(RAW / "003_measures8_2569.pdf", src / "report.pdf")  # the office republished it
    _ingest(src, out)
    docs = pd.read_parquet(out / "documents")
    assert len(docs) == 1 and docs.doc_id.iloc[0] != old_id
    for table in ("indicator_scores", "question_scores", "planned_measures"):
        assert old_id not in set(pd.read_parquet(out / table).doc_id)
    led = Ledger(out / ".ita" / "ledger.sqlite")
    assert led.doc(old_id)["stages"]["written"]["status"] == "superseded"

    # re-running everything does not bring the old version back
    r = subprocess.run([sys.executable, "-m", "flows.cli", "rerun", "--all", "--from", "normalize", "--out", str(out)],
                       capture_output=True, text=True, timeout=600, cwd=ROOT)
    assert r.returncode == 0, r.stdout + r.stderr
    assert list(pd.read_parquet(out / "documents").doc_id) == [docs.doc_id.iloc[0]]
