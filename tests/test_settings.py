"""Configuration: one settings object declares every ITA_* variable, docs/configuration.md
lists them all, and a bad value is one clear line naming the variable."""
from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from datastore.settings import SETTINGS, SettingsError, markdown_table, settings

ROOT = Path(__file__).resolve().parents[1]
CODE_DIRS = ("flows", "datastore", "extractors", "normalizers", "corpus", "scripts", "bench")


def _env_names_in_code() -> dict[str, str]:
    """``"ITA_..."`` string literals in the code (not tests): the variables it reads."""
    found = {}
    for d in CODE_DIRS:
        for p in (ROOT / d).rglob("*.py"):
            for m in re.finditer(r"""["'](ITA_[A-Z0-9_]+)["']""", p.read_text(encoding="utf-8")):
                found.setdefault(m.group(1), str(p.relative_to(ROOT)))
    return found


def test_every_variable_the_code_reads_is_declared_and_documented():
    declared = {s.env for s in SETTINGS}
    used = _env_names_in_code()
    assert used, "the scan found no ITA_ variables at all"
    assert {k: v for k, v in used.items() if k not in declared} == {}
    doc = (ROOT / "docs" / "configuration.md").read_text(encoding="utf-8")
    assert markdown_table() in doc, "docs/configuration.md is out of date: regenerate its table"


def test_no_module_reads_ita_variables_behind_the_settings_back():
    """Only datastore/settings.py calls os.environ/getenv with an ITA_ name."""
    rx = re.compile(r"""(os\.environ(\.get)?\s*[\[(]|getenv\()\s*["']ITA_""")
    offenders = [str(p.relative_to(ROOT)) for d in CODE_DIRS for p in (ROOT / d).rglob("*.py")
                 if rx.search(p.read_text(encoding="utf-8")) and p.name != "settings.py"]
    assert offenders == []


def test_values_parse_and_bad_values_name_the_variable():
    s = settings({"ITA_DOC_TIMEOUT_S": "12.5", "ITA_MAX_PDF_MB": "7", "ITA_PURE_PYTHON": "0",
                  "ITA_WORK_DIR": "/w"})
    assert (s.doc_timeout_s, s.max_pdf_mb, s.pure_python, s.work_dir) == (12.5, 7, False, "/w")
    assert settings({}).fetch_timeout_s == 30.0 and settings({}).work_dir is None
    for env, bad in (("ITA_DOC_TIMEOUT_S", "ten"), ("ITA_MAX_PDF_MB", "๑๐"), ("ITA_FETCH_RETRIES", "-1"),
                     ("ITA_PURE_PYTHON", "maybe")):
        with pytest.raises(SettingsError, match=env):
            settings({env: bad})


def test_cli_says_which_variable_is_bad(tmp_path):
    env = dict(os.environ, ITA_DOC_TIMEOUT_S="ten minutes")
    res = subprocess.run([sys.executable, "-m", "flows.cli", "rerun", "--failed", "--out", str(tmp_path)],
                         cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert res.returncode == 2
    assert res.stderr.strip().splitlines() == [
        "ita: ITA_DOC_TIMEOUT_S='ten minutes': expected a number (see docs/configuration.md)"]
