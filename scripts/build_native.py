"""Compile the Thai repair hot path (the modules in ``COMPILED``: ``normalizers/thai/thai_dict.py``,
``thai_climb.py``, ``thai_text.py`` …) to C extensions with mypyc, into ``build/native/`` (not
into the source tree).

    .venv/bin/python scripts/build_native.py [--force] [--jobs N]

The modules compile in parallel, one mypyc run per CPU (``--jobs N`` to choose).

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
import os
import shutil
import subprocess
import sys
import sysconfig
import tempfile
import warnings
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PKG = ROOT / "normalizers" / "thai"
OUT = ROOT / "build" / "native"
# the repair hot path (not thai_assess, thai_cer, ocr_words); each compiled on its own (no shared
# runtime module); normalizers/thai/__init__.py names the same list
COMPILED = ("thai_chars.py", "thai_dict.py", "thai_signs.py", "thai_exact.py", "thai_tones.py",
            "thai_lost_tones.py", "thai_edits.py", "thai_climb.py", "thai_float.py", "thai_pushed.py",
            "thai_runs.py", "thai_lines.py", "thai_cells.py", "thai_cid.py", "thai_text.py", "thai_unpush.py",
            "thai_am_gap.py")


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _jobs(n: int) -> int:
    """Parallel mypyc runs: ``--jobs N``, else one per CPU this process may use (at most ``n``)."""
    if "--jobs" in sys.argv:
        return max(1, min(n, int(sys.argv[sys.argv.index("--jobs") + 1])))
    cpus = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    return max(1, min(n, cpus))


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
        # the modules in ``lanes`` (one per CPU: 2 on CI's machine, ~half the wall time), each
        # lane compiling its share one module after the other in a work tree of its own (no two
        # mypyc runs share a build/ or .mypy_cache; in a lane the later runs reuse the cache)
        jobs = _jobs(len(COMPILED))
        lanes = [Path(tmp) / f"lane{i}" for i in range(jobs)]
        work = lanes[0]
        (work / "normalizers" / "thai").mkdir(parents=True)
        (work / "normalizers" / "__init__.py").write_text("")
        (work / "normalizers" / "thai" / "__init__.py").write_text("")
        for name in COMPILED:
            shutil.copy2(PKG / name, work / "normalizers" / "thai" / name)
        for other in lanes[1:]:  # the same bytes in every lane
            shutil.copytree(work, other)
        # the manifest names the bytes that were compiled, not the sources as they are when
        # the build ends: a source edited during the build leaves the build stale, as it is
        sources = {name: _sha(lanes[0] / "normalizers" / "thai" / name) for name in COMPILED}

        # the lanes' shares: the largest sources first, each to the lane with the fewest bytes yet
        shares: list[list[str]] = [[] for _ in lanes]
        for name in sorted(COMPILED, key=lambda n: -(PKG / n).stat().st_size):
            min(shares, key=lambda share: sum((PKG / n).stat().st_size for n in share)).append(name)

        def lane(i: int) -> str | None:
            for name in shares[i]:
                cmd = [str(mypyc), "--ignore-missing-imports", f"normalizers/thai/{name}"]
                run = subprocess.run(cmd, cwd=lanes[i], capture_output=True, text=True)
                if run.returncode != 0:
                    return f"build_native: mypyc failed on {name}:\n{run.stdout[-3000:]}{run.stderr[-3000:]}"
            return None

        with ThreadPoolExecutor(jobs) as pool:
            failed = [err for err in pool.map(lane, range(jobs)) if err]
        if failed:
            print(failed[0], file=sys.stderr)
            return 1
        built = sorted(so for work in lanes for pattern in ("*.so", "*.pyd")
                       for so in (work / "normalizers" / "thai").glob(pattern))
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
