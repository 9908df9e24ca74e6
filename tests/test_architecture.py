"""The package's shape (issue 8): layers along the data's path, no import cycle, small modules.

Imports inside functions count: a cycle hidden in a function is still a cycle.
"""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "factcheck"
MAX_LINES = 500

# The data's path, bottom up: a module may import its own package and lower layers only.
LAYERS: dict[str, float] = {
    "text": 0, "verdicts": 0, "spill": 0, "packing": 0, "versions": 0, "complete_runs": 1, "run_record": 1,
    "corpus": 1, "claims": 1, "read": 1, "index": 1, "shard": 1,
    "cache_keys": 2, "cache": 3, "document": 2, "indexing": 2, "team": 4,
    "analysis": 3,
    "matching": 4,
    "kinds": 5, "scope": 5,
    "scope_reading": 6, "outcomes": 6, "engine": 6.5,  # scope_reading: a mixin of the engine's
    "replay": 9,
    "plan": 7, "batch": 7,
    "report": 8,
    "explain": 9, "distributed": 9, "evaluation": 9, "options": 9, "outputs": 9, "terminal": 9, "progress": 0, "workers": 0,
    "items": 9.5,  # the claim-file collector and its items: below the plugin, which imports them
    "whole_run": 9.7,  # a run made before, replayed: its items beside the claim files' own
    "plugin": 10, "cli": 10, "__init__": 10, "__main__": 11,
}


def _module(path: Path) -> str:
    rel = path.relative_to(PACKAGE.parent).with_suffix("")
    parts = list(rel.parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _top(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "__init__"


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    out: set[str] = set()
    for node in ast.walk(tree):  # every import, at module level or inside a function
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("factcheck"):
            out.add(node.module)
            out.update(f"{node.module}.{a.name}" for a in node.names)
        elif isinstance(node, ast.Import):
            out.update(a.name for a in node.names if a.name.startswith("factcheck"))
    return out


def _graph() -> dict[str, set[str]]:
    modules = {_module(p): p for p in PACKAGE.rglob("*.py")}
    return {name: {m for m in _imports(path) if m in modules and m != name} for name, path in modules.items()}


def test_every_top_level_name_has_a_layer() -> None:
    tops = {_top(m) for m in _graph()}
    assert tops <= set(LAYERS), sorted(tops - set(LAYERS))


def test_a_lower_layer_never_imports_a_higher_one() -> None:
    wrong = []
    for module, imports in _graph().items():
        mine = _top(module)
        for imported in imports:
            theirs = _top(imported)
            if theirs != mine and LAYERS[theirs] > LAYERS[mine]:
                wrong.append(f"{module} -> {imported}")
            elif theirs != mine and LAYERS[theirs] == LAYERS[mine]:
                wrong.append(f"{module} -> {imported} (same layer, other package)")
    assert wrong == []


def test_no_import_cycle() -> None:
    graph = _graph()
    # a package's __init__ re-exporting its modules is not a cycle of meaning; drop package -> own child
    edges = {m: {i for i in imps if not i.startswith(m + ".")} for m, imps in graph.items()}
    state: dict[str, int] = {}
    stack: list[str] = []
    cycles: list[list[str]] = []

    def visit(node: str) -> None:
        state[node] = 1
        stack.append(node)
        for nxt in sorted(edges.get(node, ())):
            if state.get(nxt) == 1:
                cycles.append([*stack[stack.index(nxt):], nxt])
            elif nxt not in state:
                visit(nxt)
        stack.pop()
        state[node] = 2

    for node in sorted(edges):
        if node not in state:
            visit(node)
    assert cycles == []


def test_no_module_over_500_lines() -> None:
    long = {str(p.relative_to(PACKAGE)): n for p in PACKAGE.rglob("*.py")
            if (n := len(p.read_text(encoding="utf-8").splitlines())) > MAX_LINES}
    assert long == {}
