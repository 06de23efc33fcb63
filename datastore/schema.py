"""The output contract (../shared/contract/dataset.md) as pyarrow schemas.

This module is the single place the dataset's columns and types are written down in code.
Changing it is a schema change: bump SCHEMA_VERSION and note it in docs/CHANGELOG.md.
"""
from __future__ import annotations

import pyarrow as pa

SCHEMA_VERSION = "2"  # 2: documents.doc_kind and the announced_scores table

_LIST = pa.list_(pa.string())
_TS = pa.timestamp("us", tz="UTC")

DOCUMENTS = pa.schema([
    ("doc_id", pa.string()), ("source_uri", pa.string()), ("file_name", pa.string()),
    ("ingested_at", _TS), ("org_name", pa.string()), ("org_type", pa.string()),
    ("district", pa.string()), ("province", pa.string()),
    ("assessment_year", pa.int16()), ("plan_year", pa.int16()),
    ("overall_score", pa.float64()), ("level", pa.string()),
    ("iit_score", pa.float64()), ("eit_score", pa.float64()), ("oit_score", pa.float64()),
    ("page_count", pa.int32()), ("ocr_pages", pa.int32()), ("doc_kind", pa.string()), ("status", pa.string()),
    ("error", pa.string()), ("flags", _LIST), ("pipeline_version", pa.string()),
    ("schema_version", pa.string()),
])

INDICATOR_SCORES = pa.schema([
    ("doc_id", pa.string()), ("assessment_year", pa.int16()), ("indicator_no", pa.int8()),
    ("indicator_name", pa.string()), ("tool", pa.string()), ("score", pa.float64()),
    ("source", pa.string()), ("page", pa.int32()), ("confidence", pa.float32()), ("flags", _LIST),
])

QUESTION_SCORES = pa.schema([
    ("doc_id", pa.string()), ("assessment_year", pa.int16()), ("question_code", pa.string()),
    ("raw_code", pa.string()), ("tool", pa.string()), ("indicator_no", pa.int8()),
    ("question_text", pa.string()), ("score", pa.float64()), ("page", pa.int32()),
    ("confidence", pa.float32()), ("flags", _LIST),
])

PLANNED_MEASURES = pa.schema([
    ("doc_id", pa.string()), ("plan_year", pa.int16()), ("seq", pa.int32()),
    ("indicator_no", pa.int8()), ("question_codes", _LIST), ("measure", pa.string()),
    ("analysis", pa.string()), ("measure_analysis", pa.string()), ("steps", _LIST),
    ("period_text", pa.string()), ("period_start", pa.date32()), ("period_end", pa.date32()),
    ("responsible", _LIST), ("follow_up", pa.string()), ("page_first", pa.int32()),
    ("page_last", pa.int32()), ("confidence", pa.float32()), ("flags", _LIST),
])

# schema 2: one row per body in an official results announcement (many organisations' scores)
ANNOUNCED_SCORES = pa.schema([
    ("doc_id", pa.string()), ("assessment_year", pa.int16()), ("row_no", pa.int32()),
    ("org_name", pa.string()), ("province", pa.string()),
    ("iit", pa.float64()), ("eit", pa.float64()), ("oit", pa.float64()), ("tool_scale", pa.string()),
    ("overall_score", pa.float64()), ("level", pa.string()), ("page", pa.int32()),
    ("confidence", pa.float32()), ("flags", _LIST),
])

TABLES: dict[str, pa.Schema] = {
    "documents": DOCUMENTS,
    "indicator_scores": INDICATOR_SCORES,
    "question_scores": QUESTION_SCORES,
    "planned_measures": PLANNED_MEASURES,
    "announced_scores": ANNOUNCED_SCORES,
}

STATUSES = ("ok", "partial", "failed", "not_ita")
DOC_KINDS = ("report", "announcement")  # documents.doc_kind; null when failed / not_ita
TOOL_SCALES = ("percent", "weighted")  # announced_scores.tool_scale
