"""Find the flag kinds the code can emit, by reading its source (``ast``).

A flag is a string that ends up in a ``flags`` list. The scanner collects string literals and
f-strings that are

- appended/extended/inserted/added to a name or attribute whose name contains ``flag``
  (``flags.append(...)``, ``out.flags.append(...)``, ``doc_flags.extend([...])``), or passed
  as the ``flag`` argument of a helper (``def _add(row, flag)``), or
- elements of a list/tuple/set literal assigned to such a name, added to one
  (``q.flags + ["x"]``, ``set(r["flags"]) | {"x"}``), given as a ``flags=`` keyword or a
  ``"flags"`` dict value, or returned from / yielded by a function whose name contains ``flag``.

Each one's *kind* is its text up to the first ``:``; an f-string's interpolated parts become
``<>`` (``f"{tool}_score_disagrees:..."`` → ``<>_score_disagrees``). ``docs/flags.yaml`` names
such kinds with ``<tool>`` style placeholders, which match any ``<>``.
"""
from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("extractors", "normalizers", "datastore", "flows")
KIND = re.compile(r"^(<>)?[a-z][a-z0-9_]*(<>[a-z0-9_]*)*$|^<>(_[a-z0-9_]+)+$")


def _text(node) -> str | None:
    """The literal text of a str constant or f-string (interpolations as ``<>``)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(v.value if isinstance(v, ast.Constant) else "<>" for v in node.values)
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        left = _text(node.left)
        return left + "<>" if left is not None else None
    return None


def _flaggy(node) -> bool:
    """A name, attribute, ``x["flags"]`` or ``set(<flaggy>)`` that holds flags."""
    if isinstance(node, ast.Subscript):
        key = node.slice
        return isinstance(key, ast.Constant) and isinstance(key.value, str) and "flag" in key.value
    if isinstance(node, ast.Call) and node.args:
        return _flaggy(node.args[0])
    name = node.attr if isinstance(node, ast.Attribute) else node.id if isinstance(node, ast.Name) else ""
    return "flag" in name.lower()


def _strings(node):
    """String-ish nodes inside ``node`` (itself, list/tuple/set elements, if-expression arms,
    comprehension elements)."""
    t = _text(node)
    if t is not None:
        yield t, node
    elif isinstance(node, (ast.List, ast.Tuple, ast.Set)):
        for e in node.elts:
            yield from _strings(e)
    elif isinstance(node, ast.IfExp):
        yield from _strings(node.body)
        yield from _strings(node.orelse)
    elif isinstance(node, (ast.ListComp, ast.GeneratorExp, ast.SetComp)):
        yield from _strings(node.elt)
    elif isinstance(node, ast.BinOp) and isinstance(node.op, (ast.Add, ast.BitOr)):
        yield from _strings(node.left)
        yield from _strings(node.right)
    elif isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and \
            node.func.id in ("sorted", "set", "list", "tuple", "frozenset"):
        for a in node.args:
            yield from _strings(a)


def kind_of(text: str) -> str:
    return text.split(":", 1)[0]


def scan(paths=None) -> dict[str, list[str]]:
    """``{kind: ["file:line", ...]}`` for every flag the code can emit."""
    found: dict[str, list[str]] = {}
    files = paths or [p for pkg in PACKAGES for p in sorted((ROOT / pkg).rglob("*.py"))]
    trees = {path: ast.parse(Path(path).read_text(encoding="utf-8")) for path in files}
    flag_param: dict[str, int] = {}  # helpers taking a flag argument: def _add(row, flag)
    for tree in trees.values():
        for n in ast.walk(tree):
            if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef)):
                names = [a.arg for a in n.args.args]
                idx = [i for i, a in enumerate(names) if a in ("flag", "flag_")]
                if idx:
                    flag_param[n.name] = idx[0]
    for path, tree in trees.items():
        funcs = [n for n in ast.walk(tree) if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef))]
        candidates = []
        for n in ast.walk(tree):
            if isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute) and \
                    n.func.attr in ("append", "extend", "insert", "add") and _flaggy(n.func.value):
                for a in n.args[-1:]:
                    candidates += list(_strings(a))
            elif isinstance(n, ast.Call):
                fname = n.func.attr if isinstance(n.func, ast.Attribute) else getattr(n.func, "id", "")
                if fname in flag_param and len(n.args) > flag_param[fname]:
                    candidates += list(_strings(n.args[flag_param[fname]]))
                for kw in n.keywords:
                    if kw.arg and "flag" in kw.arg:
                        candidates += list(_strings(kw.value))
            elif isinstance(n, (ast.Assign, ast.AugAssign, ast.AnnAssign)):
                targets = n.targets if isinstance(n, ast.Assign) else [n.target]
                if any(_flaggy(t) for t in targets) and n.value is not None:
                    candidates += list(_strings(n.value))
            elif isinstance(n, ast.BinOp) and isinstance(n.op, (ast.Add, ast.BitOr)) and \
                    (_flaggy(n.left) or _flaggy(n.right)):
                candidates += list(_strings(n.right if _flaggy(n.left) else n.left))
            elif isinstance(n, ast.Dict):
                for k, v in zip(n.keys, n.values):
                    if isinstance(k, ast.Constant) and isinstance(k.value, str) and "flag" in k.value:
                        candidates += list(_strings(v))
        for n in ast.walk(tree):  # return None, [f"code_unreadable:{tok}"]: a flag list in a returned tuple
            if isinstance(n, ast.Return) and isinstance(n.value, ast.Tuple):
                for e in n.value.elts:
                    if isinstance(e, ast.List):
                        candidates += [(t, x) for t, x in _strings(e)
                                       if "_" in kind_of(t) and (":" in t or isinstance(x, ast.JoinedStr))]
        for f in funcs:  # tag = "kind:" + x; ...; flags.append(tag): the values of that variable
            appended = {n.args[-1].id for n in ast.walk(f) if isinstance(n, ast.Call) and n.args
                        and isinstance(n.func, ast.Attribute) and n.func.attr in ("append", "add")
                        and _flaggy(n.func.value) and isinstance(n.args[-1], ast.Name)}
            for n in ast.walk(f):
                if isinstance(n, ast.Assign) and any(isinstance(t, ast.Name) and t.id in appended for t in n.targets):
                    candidates += list(_strings(n.value))
        for f in funcs:
            if "flag" in f.name.lower():
                for n in ast.walk(f):
                    if isinstance(n, (ast.Return, ast.Yield)) and n.value is not None:
                        candidates += list(_strings(n.value))
        for text, node in candidates:
            k = kind_of(text)
            if KIND.match(k):
                rel = Path(path).relative_to(ROOT) if Path(path).is_relative_to(ROOT) else Path(path)
                found.setdefault(k, []).append(f"{rel}:{node.lineno}")
    return found


if __name__ == "__main__":
    for k, where in sorted(scan().items()):
        print(f"{k:45} {len(where):3}  {where[0]}")
