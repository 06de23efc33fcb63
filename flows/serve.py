"""``ita serve``: register and serve the nightly ingest deployment on a Prefect server.

Scheduling needs a real server (``prefect server start``; SQLite by default, PostgreSQL via
``PREFECT_API_DATABASE_CONNECTION_URL``) with ``PREFECT_API_URL`` pointing at it: Prefect's
temporary in-process API cannot schedule, so ``serve`` refuses to start without one.
``serve`` blocks, polling for scheduled runs and running each in a subprocess.
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import Optional

DEPLOYMENT_NAME = "ita-nightly"


def api_url() -> Optional[str]:
    """The configured Prefect API URL (environment or Prefect profile), or None."""
    from flows.ingest import quiet_prefect_env
    quiet_prefect_env()
    from prefect.settings import PREFECT_API_URL
    return os.environ.get("PREFECT_API_URL") or PREFECT_API_URL.value() or None


def build_deployment(*, cron: str = "0 2 * * *", timezone: str = "Asia/Bangkok",
                     source: str = "data/raw", out_dir: str = "data/processed",
                     work_dir: Optional[str] = None, workers: int = 2, name: str = DEPLOYMENT_NAME):
    """The nightly deployment (a ``RunnerDeployment``) of ``flows.ingest.ingest_flow``: its cron
    schedule in ``timezone`` and the run parameters (paths made absolute)."""
    from prefect.schedules import Cron
    from flows.ingest_flow import ingest_flow
    src = source if "://" in source else str(Path(source).resolve())
    params = {"source": src, "out_dir": str(Path(out_dir).resolve()), "workers": int(workers)}
    if work_dir:
        params["work_dir"] = str(Path(work_dir).resolve())
    return ingest_flow.to_deployment(
        name=name, schedules=[Cron(cron, timezone=timezone)], parameters=params,
        description=f"Nightly ITA ingest of {src} at '{cron}' ({timezone})", tags=["ita", "nightly"])


def serve(cron: str = "0 2 * * *", timezone: str = "Asia/Bangkok", source: str = "data/raw",
          out_dir: str = "data/processed", work_dir: Optional[str] = None, workers: int = 2,
          name: str = DEPLOYMENT_NAME, tz: Optional[str] = None) -> None:
    """Register the nightly deployment and serve it until interrupted (``tz`` is an alias of
    ``timezone``). Raises RuntimeError when no Prefect server is configured."""
    url = api_url()
    if not url:
        raise RuntimeError("ita serve needs a Prefect server: run `prefect server start` and set "
                           "PREFECT_API_URL=http://127.0.0.1:4200/api (the temporary API cannot schedule)")
    from prefect import serve as prefect_serve
    dep = build_deployment(cron=cron, timezone=tz or timezone, source=source, out_dir=out_dir,
                           work_dir=work_dir, workers=workers, name=name)
    prefect_serve(dep, print_starting_message=True)
