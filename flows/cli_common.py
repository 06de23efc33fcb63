"""What the ``ita`` command modules share: exit codes, ``CLIError``, the check that a
pipeline component can be imported, and the option types. Light: no heavy imports."""
from __future__ import annotations

import argparse
import json
import logging
from pathlib import Path
from typing import Optional

EXIT_OK, EXIT_ERROR, EXIT_USAGE, EXIT_LOCKED, EXIT_MISSING, EXIT_FAILED = 0, 1, 2, 3, 4, 5
log = logging.getLogger("ita")
STAGE_CHOICES = ("extract", "normalize", "write")
FAIL_ON = ("failed", "partial", "never")  # flows.report.FAIL_ON (not imported: fast start)
_LEDGER_TO_STAGE = {"fetched": "extract", "extracted": "extract", "normalized": "normalize", "written": "write"}


class CLIError(Exception):
    """A user-facing error: printed as ``ita: <message>`` with its exit code."""

    def __init__(self, message: str, code: int = EXIT_ERROR):
        super().__init__(message)
        self.code = code


def _need(module: str, what: str):
    """Import a pipeline module, or stop with a clear message (exit 4) if it does not exist."""
    import importlib
    try:
        return importlib.import_module(module)
    except ModuleNotFoundError as e:
        if e.name and (module == e.name or module.startswith(e.name + ".")):
            raise CLIError(f"{what} is not available: module {module} is missing", EXIT_MISSING) from e
        raise


def _need_stages(stages: set[str]) -> None:
    """Stop with exit 4 if a stage function the run will call is missing: its module (or
    ``.py`` file) cannot be found. Not imported here: the workers import the stage functions
    (importing them here too cost the run ~0.5 s of CPU and ~50 MB in this process); a
    function missing from a module that exists fails each document with that error."""
    import importlib.util
    from datastore import runner
    for stage, spec in (("extract", runner.DEFAULT_EXTRACTOR), ("normalize", runner.DEFAULT_NORMALIZER)):
        if stage not in stages and not (stage == "normalize" and "extract" in stages):
            continue
        mod, _, func = spec.rpartition(":")
        try:
            if not mod or not func:
                raise ValueError(f"not a 'module:function' spec: {spec!r}")
            if mod.endswith(".py"):
                if not Path(mod).is_file():
                    raise FileNotFoundError(f"no such file: {mod}")
            elif importlib.util.find_spec(mod) is None:
                raise ImportError(f"no module named {mod!r}")
        except (ImportError, ValueError, FileNotFoundError) as e:
            raise CLIError(f"the {stage} stage is not available ({spec}): {e}", EXIT_MISSING) from None


def _version() -> str:
    from datastore.version import __version__
    return __version__


def _emit_json(obj) -> None:
    print(json.dumps(obj, ensure_ascii=False, indent=2, default=str))


def _workspace(out: str, work: Optional[str]):
    from datastore.workspace import Workspace
    return Workspace.for_output(out, work)


def _positive_int(text: str) -> int:
    try:
        n = int(text) if text.strip().isascii() else None
    except ValueError:
        n = None
    if n is None:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}")
    if n < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, not {n}")
    return n


def _positive_float(text: str) -> float:
    try:
        v = float(text) if text.strip().isascii() else None
    except ValueError:
        v = None
    if v is None or v <= 0:
        raise argparse.ArgumentTypeError(f"must be a positive number of seconds, not {text!r}")
    return v


FAIL_ON_HELP = ("when the run (and its Prefect flow run) ends Failed: 'failed' (default) when any document "
                "or source failed, 'partial' also when a document is partial, 'never'")
