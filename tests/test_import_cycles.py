"""No import cycles in the project's packages (grid ↔ roles ↔ indicators, fetch ↔ sources and
ingest ↔ ingest_flow used to form some, through function-level imports): every
``import``/``from`` statement counts, wherever it sits."""
import ast
from functools import lru_cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


PACKAGES = ("normalizers", "extractors", "datastore", "flows", "corpus")


@lru_cache(maxsize=None)  # parsed once for the file's tests (every module of five packages)
def _graph(packages=PACKAGES) -> dict[str, set[str]]:
    files = {".".join(p.relative_to(ROOT).with_suffix("").parts).removesuffix(".__init__"): p
             for pkg in packages for p in (ROOT / pkg).rglob("*.py")}
    graph: dict[str, set[str]] = {}
    for name, path in files.items():
        deps: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith(packages):
                deps.add(node.module)
                deps.update(f"{node.module}.{a.name}" for a in node.names if f"{node.module}.{a.name}" in files)
            elif isinstance(node, ast.Import):
                deps.update(a.name for a in node.names if a.name.startswith(packages))
        graph[name] = {d for d in deps if d in files and d != name}
    return graph


def test_no_import_cycles():
    graph = _graph()
    assert "normalizers.tables.assign" in graph and "flows.ingest_flow" in graph and "datastore.fetch" in graph

    def reach(start):
        seen, stack = set(), [start]
        while stack:
            for nxt in graph.get(stack.pop(), ()):
                if nxt not in seen:
                    seen.add(nxt)
                    stack.append(nxt)
        return seen

    assert sorted(m for m in graph if m in reach(m)) == []


def test_grid_does_not_import_roles():
    assert "normalizers.tables.roles" not in _graph()["normalizers.tables.grid"]
