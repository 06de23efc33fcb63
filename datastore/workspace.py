"""Where a run keeps its files: the processed dataset and the work directory beside it.

The work directory holds everything that is not the analysts' dataset: per-document stage
outputs (``interim/``), the ledger (``ledger.sqlite``), the run lock (``.lock``) and raw
downloads (``raw/``). For the project layout (``<x>/data/processed``) the work directory is
``<x>/data``; for any other output directory it is the hidden ``OUT/.ita``, which readers of
``OUT/<table>`` never see.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

WORK_DIR_ENV = "ITA_WORK_DIR"


def default_work_dir(processed_dir: str | Path) -> Path:
    """The work directory used when none is given: ``data/`` for ``data/processed``, else ``OUT/.ita``."""
    out = Path(processed_dir).resolve()
    if out.name == "processed" and out.parent.name == "data":
        return out.parent
    return out / ".ita"


@dataclass(frozen=True)
class Workspace:
    """The directories and files of one dataset: ``processed_dir`` (the contract) and ``work_dir``."""

    processed_dir: Path
    work_dir: Path

    @classmethod
    def for_output(cls, processed_dir: str | Path, work_dir: str | Path | None = None) -> "Workspace":
        """Workspace for an output directory; work dir from the argument, ``$ITA_WORK_DIR``, or the default."""
        from datastore.settings import settings
        work = work_dir or settings().work_dir or default_work_dir(processed_dir)
        return cls(Path(processed_dir).resolve(), Path(work).resolve())

    @property
    def interim_dir(self) -> Path:
        return self.work_dir / "interim"

    @property
    def ledger_path(self) -> Path:
        return self.work_dir / "ledger.sqlite"

    @property
    def lock_path(self) -> Path:
        return self.work_dir / ".lock"

    @property
    def raw_dir(self) -> Path:
        return self.work_dir / "raw"

    def ensure(self) -> "Workspace":
        """Create the directories (idempotent) and return self."""
        for d in (self.processed_dir, self.work_dir, self.interim_dir):
            d.mkdir(parents=True, exist_ok=True)
        return self
