"""The temporary Prefect API serves only the API routers an ``ita ingest`` run calls.

Prefect's server app includes 31 routers (``prefect.server.api.server.API_ROUTERS``: flows,
deployments, work pools, automations, blocks, the UI's own endpoints …). A run's client calls
few of them: the flow and its run (``/flows/``, ``/flow_runs/…``), its log rows (``/logs/``),
its run-report artifact (``/artifacts/``), the task-run and flow-run state events
(``/events/in``, a websocket) and the client's version checks. ``create_app`` (the factory the
temporary API's uvicorn runs, ``flows.api_server._serve``) builds Prefect's own app
(``prefect.server.api.server.create_app``, its middleware, services and database unchanged)
with only the routers named in ``SERVED_ROUTERS``. What that saves, per run, on two cores
shared with the document workers (docs/benchmarks.md, "The temporary API's routers"):

- the import of the other routers' modules (their request/response models, which pydantic
  builds at import): they are not imported at all — Prefect's ``prefect.server.api`` imports
  a router module at its first use, and ``API_ROUTERS`` is evaluated at the import of
  ``prefect.server.api.server``, so each left-out router is a placeholder for that one line;
- FastAPI building the included routers' route contexts at the first requests (it builds a
  router's whole list when a request is matched against it; a request is matched router by
  router in Prefect's order).

``tests/test_api_routes.py`` pins the set: it records every request the client makes
(``$ITA_API_ROUTE_LOG``, below) during real ingest runs with a failing document, a fetch
retried after a server error, a changed document and a cached one, and fails when a request
falls to a router this module leaves out (a Prefect upgrade whose client calls a new
endpoint). ``$ITA_API_ALL_ROUTERS=1`` serves every router (Prefect's app as it is).

``$ITA_API_ROUTE_LOG=FILE`` makes the served app append one JSON line per request
(``{"type", "method", "path", "status"}``) to FILE, for that test and for checking a new
Prefect version by hand.
"""
from __future__ import annotations

import json
import types
from typing import Optional

# module names under ``prefect.server.api`` whose ``router`` the temporary API serves, in
# Prefect's order (``API_ROUTERS``); ``tests/test_api_routes.py`` pins them against real runs
SERVED_ROUTERS = ("flows", "flow_runs", "task_runs", "logs", "artifacts", "csrf_token", "events", "admin", "root")

# every router module of ``API_ROUTERS`` in Prefect 3.9 (``ui.*``: the UI's routers)
_ALL_ROUTER_MODULES = ("flows", "flow_runs", "task_runs", "flow_run_states", "task_run_states",
                       "observed_states", "deployments", "saved_searches", "logs", "concurrency_limits",
                       "concurrency_limits_v2", "block_types", "block_documents", "workers", "task_workers",
                       "work_queues", "artifacts", "block_schemas", "block_capabilities", "collections",
                       "variables", "csrf_token", "events", "automations", "templates", "ui", "admin", "root")


def serve_all() -> bool:
    """``$ITA_API_ALL_ROUTERS`` set: the temporary API serves Prefect's whole app."""
    from datastore.settings import settings
    return settings().api_all_routers


def _import_server_without_unserved() -> types.ModuleType:
    """Import ``prefect.server.api.server`` without importing the router modules it would only
    list: each left-out module is a placeholder with an empty router on the lazy
    ``prefect.server.api`` package while ``API_ROUTERS`` is evaluated, then removed again (a
    later ``import prefect.server.api.<name>`` — by a service, say — imports the real module)."""
    import sys
    if "prefect.server.api.server" in sys.modules:  # already imported (whole): nothing to save
        return sys.modules["prefect.server.api.server"]
    import prefect.server.api as api
    from fastapi import APIRouter
    placed = []
    for name in _ALL_ROUTER_MODULES:
        if name in SERVED_ROUTERS or f"prefect.server.api.{name}" in sys.modules:
            continue
        if name == "ui":
            stub = types.SimpleNamespace(**{m: types.SimpleNamespace(router=APIRouter())
                                            for m in ("flows", "flow_runs", "schemas", "task_runs")})
        else:
            stub = types.SimpleNamespace(router=APIRouter())
        setattr(api, name, stub)
        placed.append(name)
    try:
        import prefect.server.api.server as server
    finally:
        for name in placed:
            if not isinstance(getattr(api, name, None), types.ModuleType):
                delattr(api, name)
    return server


def served_routers() -> tuple:
    """The ``router`` objects of ``SERVED_ROUTERS`` (imports those modules)."""
    import importlib
    return tuple(importlib.import_module(f"prefect.server.api.{n}").router for n in SERVED_ROUTERS)


def create_app():
    """Prefect's server app (``prefect.server.api.server.create_app``) with only the routers of
    ``SERVED_ROUTERS`` (all of them with ``$ITA_API_ALL_ROUTERS``); wrapped in the request
    log when ``$ITA_API_ROUTE_LOG`` names a file."""
    if serve_all():
        import prefect.server.api.server as server
    else:
        server = _import_server_without_unserved()
        server.API_ROUTERS = served_routers()
    app = server.create_app()
    from datastore.settings import settings
    log = settings().api_route_log
    return RouteLog(app, log) if log else app


class RouteLog:
    """ASGI wrapper appending ``{"type", "method", "path", "status"}`` per HTTP request or
    websocket connection to a file (status: the response's, 101 for an accepted websocket,
    403 for one refused, null when the app raised before answering)."""

    def __init__(self, app, path: str):
        self.app, self.path = app, path

    def _write(self, scope: dict, status: Optional[int]) -> None:
        line = json.dumps({"type": scope["type"], "method": scope.get("method", "WS"),
                           "path": scope.get("path"), "status": status})
        with open(self.path, "a", encoding="utf-8") as f:  # one short append per request
            f.write(line + "\n")

    async def __call__(self, scope, receive, send):
        if scope["type"] not in ("http", "websocket"):
            return await self.app(scope, receive, send)
        done = []

        async def send_(msg):
            if not done:
                if msg["type"] == "http.response.start":
                    done.append(msg["status"])
                elif msg["type"] == "websocket.accept":
                    done.append(101)
                elif msg["type"] in ("websocket.close", "websocket.http.response.start"):
                    done.append(msg.get("status", 403))
                if done:
                    self._write(scope, done[0])
            await send(msg)
        try:
            await self.app(scope, receive, send_)
        finally:
            if not done:
                self._write(scope, None)


def all_routers() -> list[tuple[str, object]]:
    """``(name, router)`` of every router of Prefect's ``API_ROUTERS``, in its order (imports
    the whole server: for tests and checks, not for a run)."""
    import sys
    import prefect.server.api.server as server
    names = {}
    for mod_name, mod in list(sys.modules.items()):
        if mod_name.startswith("prefect.server.api.") and getattr(mod, "router", None) is not None:
            names[id(mod.router)] = mod_name[len("prefect.server.api."):]
    return [(names.get(id(r), "?"), r) for r in server.API_ROUTERS]


def router_of(method: str, path: str, routers: Optional[list] = None) -> Optional[str]:
    """The name of the router of Prefect's whole app that serves ``method path`` (``path`` as
    the client sends it, under ``/api``; ``"WS"`` for a websocket), ``"(app)"`` for the API's
    own health and version routes, None when no route matches."""
    if path.startswith("/api/"):
        path = path[len("/api"):]
    if path in ("/health", "/version"):
        return "(app)"
    scope_type = "websocket" if method == "WS" else "http"
    scope = {"type": scope_type, "path": path, "method": method, "root_path": "", "path_params": {}}
    for name, router in routers if routers is not None else all_routers():
        for route in router.routes:
            if not hasattr(route, "path_regex") or not route.path_regex.match(path):
                continue
            if scope_type == "websocket":
                if type(route).__name__.endswith("WebSocketRoute"):
                    return name
                continue
            methods = getattr(route, "methods", None)
            if methods is not None and method in methods:
                return name
    return None
