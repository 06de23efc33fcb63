"""Thai text: repair of broken text layers and OCR output, the lexicon, CER.

If ``scripts/build_native.py`` compiled the Thai repair hot path (``thai_chars``,
``thai_dict``, ``thai_signs``, ``thai_exact``, ``thai_tones``, ``thai_lost_tones``, ``thai_edits``,
``thai_climb``, ``thai_float``, ``thai_pushed``, ``thai_runs``, ``thai_lines``, ``thai_cells``, ``thai_cid``, ``thai_text``, ``thai_unpush``, ``thai_am_gap``: its ``COMPILED``) with mypyc and the sources have
not changed since, those modules are imported from ``build/native/normalizers/thai`` instead;
the results are the same. ``ITA_PURE_PYTHON=1`` turns this off. ``NATIVE`` says which modules are compiled.
"""

from __future__ import annotations

import hashlib
import json
import sysconfig
import warnings
from pathlib import Path

_HERE = Path(__file__).resolve().parent
NATIVE_ROOT = _HERE.parents[1] / "build" / "native"


def native_dir(root: Path, pkg: Path = _HERE) -> Path | None:
    """The directory of compiled modules under ``root`` (``build/native``) when its
    manifest matches the sources in ``pkg`` byte for byte and this interpreter."""
    try:
        manifest = json.loads((root / "manifest.json").read_text())
    except (OSError, ValueError):
        return None
    if manifest.get("soabi") != sysconfig.get_config_var("EXT_SUFFIX"):
        return None
    for name, digest in manifest.get("sources", {}).items():
        try:
            if hashlib.sha256((pkg / name).read_bytes()).hexdigest() != digest:
                warnings.warn(f"normalizers.thai: the native build is older than {name}; using the "
                              "Python sources (run scripts/build_native.py)", stacklevel=2)
                return None
        except OSError:
            return None
    return root / "normalizers" / "thai"


NATIVE: tuple[str, ...] = ()
from datastore.settings import settings as _settings  # noqa: E402

if not _settings().pure_python:  # $ITA_PURE_PYTHON
    _native = native_dir(NATIVE_ROOT)
    if _native is not None and _native.is_dir():
        __path__.insert(0, str(_native))  # noqa: F821 (package __path__)
        NATIVE = tuple(sorted(p.name.split(".")[0] for p in _native.iterdir()
                              if not p.name.split(".")[0].endswith("__mypyc")))
