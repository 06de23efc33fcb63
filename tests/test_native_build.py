"""The optional mypyc build of the Thai repair hot path (scripts/build_native.py):
used only when it was built from the current sources, and gives the same results."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
import sysconfig
import warnings
from pathlib import Path

import pdfplumber
import pytest

import normalizers.thai as normalizers
from normalizers.thai import native_dir

ROOT = Path(__file__).resolve().parents[1]
from shared_dir import REALDOCS  # noqa: E402

sys.path.insert(0, str(ROOT / "scripts"))
import build_native  # noqa: E402


def _manifest(root: Path, sources: dict[str, str], soabi: str | None = None) -> None:
    root.mkdir(parents=True, exist_ok=True)
    (root / "normalizers" / "thai").mkdir(parents=True, exist_ok=True)
    (root / "manifest.json").write_text(json.dumps({
        "sources": sources, "soabi": soabi or sysconfig.get_config_var("EXT_SUFFIX")}))


def test_native_build_is_used_only_for_the_sources_it_was_built_from(tmp_path):
    pkg = tmp_path / "pkg"
    pkg.mkdir()
    src = pkg / "thai_text.py"
    src.write_text("X = 1\n")
    native = tmp_path / "native"
    _manifest(native, {"thai_text.py": hashlib.sha256(src.read_bytes()).hexdigest()})
    assert native_dir(native, pkg) == native / "normalizers" / "thai"

    src.write_text("X = 2\n")  # edited after the build: the stale build must not shadow it
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        assert native_dir(native, pkg) is None
    assert any("older than thai_text.py" in str(w.message) for w in caught)

    _manifest(native, {"thai_text.py": hashlib.sha256(src.read_bytes()).hexdigest()},
              soabi=".cpython-99-x86_64-linux-gnu.so")  # built for another interpreter
    assert native_dir(native, pkg) is None
    assert native_dir(tmp_path / "nothing-here", pkg) is None


_PROBE = r"""
import json, sys
import normalizers.thai as normalizers
from normalizers.thai import thai_text
texts = json.load(sys.stdin)
out = {"native": list(normalizers.NATIVE), "file": thai_text.__file__,
       "repair": [thai_text.repair(t) for t in texts],
       "cells": [thai_text.repair_cell(t) for t in texts[:40]]}
json.dump(out, sys.stdout)
"""


def _probe(texts: list[str], pure: bool) -> dict:
    env = dict(os.environ)
    env.pop("ITA_PURE_PYTHON", None)
    if pure:
        env["ITA_PURE_PYTHON"] = "1"
    run = subprocess.run([sys.executable, "-c", _PROBE], input=json.dumps(texts), env=env,
                         capture_output=True, text=True, check=True, cwd=ROOT)
    return json.loads(run.stdout)


@pytest.mark.needs_shared
def test_native_and_python_sources_give_the_same_repairs():
    if not normalizers.NATIVE:
        pytest.skip("no native build here (scripts/build_native.py needs mypy and a C compiler)")
    texts = []
    pdfs = [REALDOCS / "wannaphong__fixthaipdf/140A022N0000000000100.pdf"]
    pdfs += sorted((REALDOCS / "PK-124960__AI-Innovator25").glob("input_pdfs-*/*.pdf"))[:6]
    for pdf in pdfs:
        with pdfplumber.open(str(pdf)) as doc:
            texts += [line for page in doc.pages for line in (page.extract_text() or "").split("\n")]
    texts += ["ด  าเนินงาน ผ้่ ตัวชีว้ ัด หนา้ ที่่ เเละ กำรประเมิน ค าน า สานักงาน",
              "ผู้รับบริการเช่อมั ื นในการเลื่อนขั ่ นเงินเดือน ้", "จัดท˸ารายงานการกĚากับ ข้อค;าถาม"]
    assert len(texts) > 200
    native, pure = _probe(texts, pure=False), _probe(texts, pure=True)
    assert native["native"] == sorted(name[:-3] for name in build_native.COMPILED)
    assert native["file"].endswith(sysconfig.get_config_var("EXT_SUFFIX"))
    assert pure["native"] == [] and pure["file"].endswith(".py")
    assert sum(a != b for a, b in zip(texts, pure["repair"])) >= 20  # the inputs really are broken
    assert native["repair"] == pure["repair"]
    assert native["cells"] == pure["cells"]
