"""No import cycles inside normalizers/ (grid ↔ roles ↔ indicators used to form one, through
a function-level import): every ``import``/``from`` statement counts, wherever it sits."""
import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _graph() -> dict[str, set[str]]:
    files = {".".join(p.relative_to(ROOT).with_suffix("").parts).removesuffix(".__init__"): p
             for p in (ROOT / "normalizers").rglob("*.py")}
    graph: dict[str, set[str]] = {}
    for name, path in files.items():
        deps: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("normalizers"):
                deps.add(node.module)
                deps.update(f"{node.module}.{a.name}" for a in node.names if f"{node.module}.{a.name}" in files)
            elif isinstance(node, ast.Import):
                deps.update(a.name for a in node.names if a.name.startswith("normalizers"))
        graph[name] = {d for d in deps if d in files and d != name}
    return graph


def test_normalizers_have_no_import_cycles():
    graph = _graph()
    assert "normalizers.tables.assign" in graph and "normalizers.tables.grid" in graph

    def reach(start):
        seen, stack = set(), [start]
        while stack:
            for nxt in graph.get(stack.pop(), ()):
                if nxt not in seen:
                    seen.add(nxt)
                    stack.append(nxt)
        return seen

    assert [m for m in graph if m in reach(m)] == []


def test_grid_does_not_import_roles():
    assert "normalizers.tables.roles" not in _graph()["normalizers.tables.grid"]
