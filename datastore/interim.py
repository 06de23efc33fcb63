"""The interim store: each document's stage outputs under ``<work>/interim/<doc_id>/``.

``extract.json`` is the extract stage's ``Extraction``; ``records.json`` is the normalize
stage's ``Records``. Both are written atomically by their own ``save`` methods, so a file
that exists is complete. A stage re-runs alone by reading the previous stage's file.
"""
from __future__ import annotations

import hashlib
import re
from pathlib import Path

from extractors.model import Extraction
from normalizers.model import Records

_DOC_ID = re.compile(r"^[0-9a-f]{64}$")

EXTRACT_FILE = "extract.json"
RECORDS_FILE = "records.json"


def check_doc_id(doc_id: str) -> str:
    """Return ``doc_id`` if it is a sha256 hex string, else raise ValueError (it becomes a path)."""
    if not isinstance(doc_id, str) or not _DOC_ID.match(doc_id):
        raise ValueError(f"not a sha256 doc_id: {doc_id!r}")
    return doc_id


def doc_dir(interim_dir: Path, doc_id: str) -> Path:
    """The directory of one document's stage outputs."""
    return Path(interim_dir) / check_doc_id(doc_id)


def extract_path(interim_dir: Path, doc_id: str) -> Path:
    return doc_dir(interim_dir, doc_id) / EXTRACT_FILE


def records_path(interim_dir: Path, doc_id: str) -> Path:
    return doc_dir(interim_dir, doc_id) / RECORDS_FILE


def save_extraction(interim_dir: Path, extraction: Extraction) -> Path:
    path = extract_path(interim_dir, extraction.doc_id)
    extraction.save(path)
    return path


def load_extraction(interim_dir: Path, doc_id: str) -> Extraction:
    return Extraction.load(extract_path(interim_dir, doc_id))


def save_records(interim_dir: Path, records: Records) -> Path:
    path = records_path(interim_dir, records.doc_id)
    records.save(path)
    return path


def load_records(interim_dir: Path, doc_id: str) -> Records:
    return Records.load(records_path(interim_dir, doc_id))


def file_sha256(path: str | Path) -> str:
    """SHA-256 hex of a file's bytes (the doc_id of a PDF; the input hash of a stage)."""
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()
