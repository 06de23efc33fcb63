"""Compaction of one-file-per-document tables (datastore/compact.py): same rows, a few files,
re-runs never duplicate a document, an interrupted compaction is finished by ``recover``."""
from __future__ import annotations

import json

import duckdb
import pandas as pd
import pytest

from datastore.compact import JOURNAL, compact, evict, recover
from datastore.runner import process_document
from datastore.workspace import Workspace
from runner_helpers import mini_normalize, render_pdf, spec

MINI = dict(extractor=spec("mini_extract"), normalizer=mini_normalize)
TABLES = ("documents", "question_scores", "planned_measures")


def _rows(out, table):
    df = pd.read_parquet(out / table)
    if table == "documents":
        df = df.drop(columns=["ingested_at"])
    return sorted(map(repr, df.astype(str).itertuples(index=False)))


@pytest.fixture
def written(tmp_path):
    ws = Workspace.for_output(tmp_path / "out")
    pdfs = [render_pdf(tmp_path / f"d{n}.pdf", [[f"Q i{n + 1} {70 + n}", f"M 1 มาตรการ {n}"]]) for n in range(4)]
    docs = [process_document(ws, p, **MINI).doc_id for p in pdfs]
    return ws, pdfs, docs


def test_compaction_keeps_the_rows_in_a_few_files(written):
    ws, _, docs = written
    out = ws.processed_dir
    before = {t: _rows(out, t) for t in TABLES}
    assert compact(out, min_files=5) == {}  # under the threshold: nothing to do
    done = compact(out, min_files=0)
    assert done["documents"] == 4
    for t in TABLES:
        names = sorted(p.name for p in (out / t).iterdir())
        assert names == sorted({f"part-{d[0]}.parquet" for d in docs}), names
        assert _rows(out, t) == before[t]
    n = duckdb.sql(f"SELECT count(*) FROM read_parquet('{out}/question_scores/*')").fetchall()[0][0]
    assert n == 4
    assert not (out / JOURNAL).exists() and list((out / ".staging").iterdir()) == []


def test_rerun_after_compaction_never_duplicates(written):
    ws, pdfs, docs = written
    out = ws.processed_dir
    compact(out, min_files=0)
    first = {t: {p.name: p.read_bytes() for p in (out / t).iterdir()} for t in ("question_scores", "planned_measures")}
    before = {t: _rows(out, t) for t in TABLES}
    r = process_document(ws, pdfs[1], **MINI)  # the same document again
    assert r.status == "ok"
    for t in TABLES:
        assert (out / t / f"{docs[1]}.parquet").exists()
        assert _rows(out, t) == before[t]  # its rows once: evicted from the part, in its own file
    compact(out, min_files=0)
    for t, files in first.items():  # folded back: the same bytes as the first compaction
        assert {p.name: p.read_bytes() for p in (out / t).iterdir()} == files


def test_evict_without_parts_is_free_and_recover_finishes_an_interrupted_compaction(written):
    ws, _, docs = written
    out = ws.processed_dir
    assert evict(out, docs) == 0
    compact(out, min_files=0)
    # a crash after the part was renamed in, before its documents' own files went
    stray = out / "documents" / f"{docs[0]}.parquet"
    stray.write_bytes((out / "documents" / f"part-{docs[0][0]}.parquet").read_bytes())
    (out / JOURNAL).write_text(json.dumps({"part": str(out / "documents" / f"part-{docs[0][0]}.parquet"),
                                           "remove": [str(stray)]}))
    assert recover(out) and not stray.exists() and not (out / JOURNAL).exists()
    assert len(pd.read_parquet(out / "documents")) == 4
