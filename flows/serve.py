"""``ita serve``: register and serve the nightly ingest deployment on a Prefect server.

Scheduling needs a real server (``prefect server start``; SQLite by default, PostgreSQL via
``PREFECT_API_DATABASE_CONNECTION_URL``) with ``PREFECT_API_URL`` pointing at it: Prefect's
temporary in-process API cannot schedule, so ``serve`` refuses to start without one.

``validate`` checks the schedule, time zone and source before anything is registered (a
missing local source would otherwise fail every night). ``serve`` blocks, polling for
scheduled runs; each run executes this process's flow object (with its ``workers``-thread
task runner and the run parameters) in a subprocess.
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import Optional
from urllib.parse import urlsplit

DEPLOYMENT_NAME = "ita-nightly"


def api_url() -> Optional[str]:
    """The configured Prefect API URL (environment or Prefect profile), or None."""
    from flows.steps import quiet_prefect_env
    quiet_prefect_env()
    from prefect.settings import PREFECT_API_URL
    return os.environ.get("PREFECT_API_URL") or PREFECT_API_URL.value() or None


def validate(*, cron: str, timezone: str, source: str) -> None:
    """Raise ValueError (one line, naming the bad value) unless the cron expression, the IANA
    time zone and the source (an http(s) URL with a host, or an existing directory or
    manifest file) can be served. Without importing Prefect (seconds of start-up): the time
    zone and source first, the cron expression by Prefect's own rule (``_cron_ok``)."""
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError
    try:
        if not timezone or timezone != timezone.strip():
            raise ValueError
        ZoneInfo(timezone)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValueError(f"--tz {timezone!r} is not an IANA time zone (e.g. Asia/Bangkok, UTC)") from None
    if "://" in source:
        parts = urlsplit(source)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise ValueError(f"--source {source!r}: only http:// and https:// URLs with a host are supported")
    elif not Path(source).exists():
        raise ValueError(f"--source {source!r}: no such directory or manifest file")
    if not cron.isascii():
        raise ValueError(f"--cron {cron!r}: write the schedule in ASCII (digits 0-9; Thai digits are not "
                         "read as numbers by every cron reader)")
    if not _cron_ok(cron):
        raise ValueError(f"--cron {cron!r} is not a cron expression (minute hour day month weekday; "
                         "e.g. '0 2 * * *' is 02:00 daily)")


def _cron_ok(cron: str) -> bool:
    """Prefect's check of a cron expression (``prefect._internal.schemas.validators
    .validate_cron_string``: its vendored croniter's ``is_valid``, no random/hashed fields),
    run from that croniter file alone: importing ``prefect`` costs ~2 s of CPU. When the file
    is not where it was (another Prefect version), Prefect's ``Cron`` itself decides."""
    import importlib.util
    spec = importlib.util.find_spec("prefect")  # locates the package without importing it
    path = Path(spec.origin).parent / "_vendor" / "croniter" / "croniter.py" if spec and spec.origin else None
    if path is not None and path.is_file():
        mod_spec = importlib.util.spec_from_file_location("_ita_prefect_croniter", path)
        mod = importlib.util.module_from_spec(mod_spec)
        mod_spec.loader.exec_module(mod)
        return bool(mod.croniter.is_valid(cron)) and not any(c.casefold() in ("r", "h") for c in cron.split())
    from flows.steps import quiet_prefect_env
    quiet_prefect_env()
    from prefect.schedules import Cron
    try:
        Cron(cron, timezone="UTC")
    except ValueError:
        return False
    return True


def run_parameters(*, source: str, out_dir: str, work_dir: Optional[str], workers: int,
                   fail_on: str = "failed") -> dict:
    """The deployment's run parameters (paths made absolute)."""
    src = source if "://" in source else str(Path(source).resolve())
    params = {"source": src, "out_dir": str(Path(out_dir).resolve()), "workers": int(workers), "fail_on": fail_on}
    if work_dir:
        params["work_dir"] = str(Path(work_dir).resolve())
    return params


def nightly_flow(workers: int):
    """``ingest_flow`` with a task runner of ``workers`` threads (documents in parallel)."""
    from prefect.task_runners import ThreadPoolTaskRunner
    from flows.ingest_flow import ingest_flow
    return ingest_flow.with_options(task_runner=ThreadPoolTaskRunner(max_workers=max(1, int(workers))))


def build_deployment(*, cron: str = "0 2 * * *", timezone: str = "Asia/Bangkok",
                     source: str = "data/raw", out_dir: str = "data/processed",
                     work_dir: Optional[str] = None, workers: int = 2, name: str = DEPLOYMENT_NAME,
                     fail_on: str = "failed"):
    """The nightly deployment (a ``RunnerDeployment``): its cron schedule in ``timezone`` and the
    run parameters. (``serve`` registers the same through a ``Runner`` so runs use this
    process's flow object and its ``workers``.)"""
    from prefect.schedules import Cron
    params = run_parameters(source=source, out_dir=out_dir, work_dir=work_dir, workers=workers, fail_on=fail_on)
    return nightly_flow(workers).to_deployment(
        name=name, schedules=[Cron(cron, timezone=timezone)], parameters=params,
        description=f"Nightly ITA ingest of {params['source']} at '{cron}' ({timezone})", tags=["ita", "nightly"])


def serve(cron: str = "0 2 * * *", timezone: str = "Asia/Bangkok", source: str = "data/raw",
          out_dir: str = "data/processed", work_dir: Optional[str] = None, workers: int = 2,
          name: str = DEPLOYMENT_NAME, tz: Optional[str] = None, fail_on: str = "failed") -> None:
    """Validate, register the nightly deployment and serve it until interrupted (``tz`` is an
    alias of ``timezone``). Raises ValueError for bad arguments, RuntimeError when no Prefect
    server is configured."""
    timezone = tz or timezone
    validate(cron=cron, timezone=timezone, source=source)
    url = api_url()
    if not url:
        raise RuntimeError("ita serve needs a Prefect server: run `prefect server start` and set "
                           "PREFECT_API_URL=http://127.0.0.1:4200/api (the temporary API cannot schedule)")
    from prefect.runner import Runner
    from prefect.schedules import Cron
    params = run_parameters(source=source, out_dir=out_dir, work_dir=work_dir, workers=workers, fail_on=fail_on)
    runner = Runner(name=name)
    runner.add_flow(nightly_flow(workers), name=name, schedules=[Cron(cron, timezone=timezone)],
                    parameters=params, tags=["ita", "nightly"],
                    description=f"Nightly ITA ingest of {params['source']} at '{cron}' ({timezone}), "
                                f"{workers} worker(s)")
    print(f"serving deployment 'ita-ingest/{name}': '{cron}' ({timezone}), source {params['source']}, "
          f"{workers} worker(s); API {url}. Ctrl+C stops.", flush=True)
    import asyncio
    try:
        asyncio.run(runner.start())  # as prefect.serve does
    except KeyboardInterrupt:
        pass
