"""The one place the package version is written (pyproject.toml reads it: ``dynamic = ["version"]``).

``ita --version``, ``documents.pipeline_version`` and the HTTP User-Agent all use it; it
follows docs/CHANGELOG.md (bump both together)."""
__version__ = "0.41.0"
