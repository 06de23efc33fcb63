"""The default test run (the README's command, what CI runs) leaves out the files that OCR whole
simulated scanned reports and the files of tests/full_suite_only.txt (``full_suite``); ``ITA_FULL_SUITE=1`` runs them. Collected for real by
a pytest subprocess over one file of each kind."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FILES = ["tests/test_measures_merged_in_cell.py", "tests/test_scan_steps_cut_at_cell_blank.py"]


def _collected(full: bool) -> str:
    env = {k: v for k, v in os.environ.items() if k != "ITA_FULL_SUITE"}
    if full:
        env["ITA_FULL_SUITE"] = "1"
    out = subprocess.run([sys.executable, "-m", "pytest", "-o", "addopts=", "-p", "no:xdist", "--collect-only", "-q", *FILES],
                         cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stdout + out.stderr
    return out.stdout


def test_default_run_leaves_out_whole_scan_files_and_says_so():
    out = _collected(full=False)
    assert "test_measures_merged_in_cell.py::" in out
    assert "test_scan_steps_cut_at_cell_blank.py::" not in out
    assert "deselected" in out


def test_full_suite_runs_them():
    out = _collected(full=True)
    assert "test_scan_steps_cut_at_cell_blank.py::" in out and "test_measures_merged_in_cell.py::" in out
