"""Compile the Thai repair hot path (the modules in ``COMPILED``: ``normalizers/thai/thai_dict.py``,
``thai_climb.py``, ``thai_text.py`` …) to C extensions with mypyc, into ``build/native/`` (not
into the source tree).

    .venv/bin/python scripts/build_native.py [--force]

The compiled modules give the same results as the Python sources (a test compares
them); they only run faster (about 1.6x on broken text layers, see docs/benchmarks.md).
``normalizers/thai/__init__.py`` uses them only while ``build/native/manifest.json`` names
the exact bytes of the current sources, so editing a source falls back to Python
until this script is run again. ``ITA_PURE_PYTHON=1`` forces the Python sources.

Needs mypy (the ``native`` extra) and a C compiler with the Python headers; without them
it exits non-zero and nothing changes (``scripts/setup.sh`` goes on without it).
"""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
import sys
import sysconfig
import tempfile
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PKG = ROOT / "normalizers" / "thai"
OUT = ROOT / "build" / "native"
# the repair hot path (not thai_assess, thai_cer, ocr_words); each compiled on its own (no shared
# runtime module); normalizers/thai/__init__.py names the same list
COMPILED = ("thai_chars.py", "thai_dict.py", "thai_signs.py", "thai_exact.py", "thai_tones.py",
            "thai_climb.py", "thai_float.py", "thai_lines.py", "thai_cells.py", "thai_text.py")


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def main() -> int:
    sys.path.insert(0, str(ROOT))
    from normalizers.thai import native_dir  # the check the package itself makes at import

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # a stale build is what this script is for
        up_to_date = (native_dir(OUT, PKG) is not None  # sources unchanged, same interpreter
                      and json.loads((OUT / "manifest.json").read_text()).get("modules")
                      == [name[:-3] for name in COMPILED])  # and nothing added to COMPILED
    if "--force" not in sys.argv and up_to_date:
        print(f"build_native: {OUT.relative_to(ROOT)} is up to date")
        return 0
    mypyc = Path(sys.executable).with_name("mypyc")
    if not mypyc.exists():
        print("build_native: mypyc not installed (pip install -e '.[native]')", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        (work / "normalizers" / "thai").mkdir(parents=True)
        (work / "normalizers" / "__init__.py").write_text("")
        (work / "normalizers" / "thai" / "__init__.py").write_text("")
        for name in COMPILED:
            shutil.copy2(PKG / name, work / "normalizers" / "thai" / name)
        # the manifest names the bytes that were compiled, not the sources as they are when
        # the build ends: a source edited during the build leaves the build stale, as it is
        sources = {name: _sha(work / "normalizers" / "thai" / name) for name in COMPILED}
        for name in COMPILED:
            cmd = [str(mypyc), "--ignore-missing-imports", f"normalizers/thai/{name}"]
            run = subprocess.run(cmd, cwd=work, capture_output=True, text=True)
            if run.returncode != 0:
                print(f"build_native: mypyc failed on {name}:\n{run.stdout[-3000:]}{run.stderr[-3000:]}",
                      file=sys.stderr)
                return 1
        built = sorted((work / "normalizers" / "thai").glob("*.so")) + sorted((work / "normalizers" / "thai").glob("*.pyd"))
        if not built:
            print("build_native: mypyc produced no extension modules", file=sys.stderr)
            return 1
        if OUT.exists():
            shutil.rmtree(OUT)
        (OUT / "normalizers" / "thai").mkdir(parents=True)
        for so in built:
            shutil.copy2(so, OUT / "normalizers" / "thai" / so.name)
    manifest = {
        "sources": sources,
        "modules": [name[:-3] for name in COMPILED],
        "soabi": sysconfig.get_config_var("EXT_SUFFIX"),
    }
    (OUT / "manifest.json").write_text(json.dumps(manifest, indent=1) + "\n")
    print(f"build_native: {', '.join(manifest['modules'])} compiled into {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
