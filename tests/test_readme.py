"""Every ``python`` and ``sql`` block of the README runs as written, against a real dataset
(``data/raw`` through the real stages) at ``data/processed`` of the working directory."""
from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

ROOT = Path(__file__).resolve().parents[1]
BLOCK = re.compile(r"^```(python|sql)\n(.*?)^```", re.M | re.S)


def _blocks(kind: str) -> list[str]:
    return [body for k, body in BLOCK.findall((ROOT / "README.md").read_text(encoding="utf-8")) if k == kind]


@pytest.fixture(scope="module")
def workdir(real_dataset, tmp_path_factory):
    """A directory whose ``data/processed`` is the real dataset (the README's paths)."""
    d = tmp_path_factory.mktemp("readme")
    (d / "data").mkdir()
    (d / "data" / "processed").symlink_to(real_dataset, target_is_directory=True)
    return d


def test_readme_has_pandas_duckdb_and_polars_snippets():
    py, sql = _blocks("python"), _blocks("sql")
    assert len(py) >= 3 and len(sql) >= 2
    text = "\n".join(py)
    assert 'dtype_backend="pyarrow"' in text and "import polars" in text
    assert ".flags." not in text and "q.flags" not in text  # DataFrame.flags shadows the column


@pytest.mark.slow
def test_python_snippets_run_as_written(workdir):
    """All python blocks, in order, in one fresh interpreter (as a reader pastes them)."""
    code = "\n\n".join(_blocks("python")) + "\n" + "\n".join([
        "assert len(docs) == 5 and len(q) > 0 and len(lowest) == 10",
        "assert str(docs['assessment_year'].dtype) == 'int16[pyarrow]'",
        "assert str(docs['ingested_at'].dtype).startswith('timestamp[us, tz=UTC]')",
        "assert 0 < len(flagged) <= len(q) and len(corrected) <= len(flagged)",
        "assert by_tool.height == 3 and by_tool['tool'].to_list() == ['EIT', 'IIT', 'OIT']",
        "print('README python OK')"])
    res = subprocess.run([sys.executable, "-c", code], cwd=workdir, capture_output=True, text=True, timeout=300)
    assert res.returncode == 0, res.stderr
    assert "question scores carry flags" in res.stdout and "README python OK" in res.stdout


@pytest.mark.slow
@pytest.mark.parametrize("i", range(len(_blocks("sql"))))
def test_sql_snippets_run_as_written(workdir, i, monkeypatch):
    monkeypatch.chdir(workdir)
    rows = duckdb.sql(_blocks("sql")[i]).fetchall()
    assert rows, "the snippet returned nothing on a real dataset"
