"""Test corpus: report PDFs rendered from structured content, with expected rows and a scorer (see README.md)."""
