"""Safe YAML loading that remembers the line of every key and item.

PyYAML's composer gives nodes with marks; we build plain Python values from
them ourselves so that we can (1) keep a line for each path such as
``("claims", 3, "unit")``, (2) reject duplicate keys, which PyYAML silently
overwrites, (3) bound alias expansion ("billion laughs"), and (4) keep
timestamps and other implicit types as the strings the editor wrote, so a
date claim's ``value: 2022-02-24`` stays ``"2022-02-24"``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import yaml

__all__ = ["MAX_NODES", "LoadedYaml", "YamlProblem", "load_yaml"]

MAX_NODES = 200_000

try:  # the C loader is much faster on large files; same nodes, same marks
    _Loader: type[yaml.SafeLoader] = yaml.CSafeLoader  # type: ignore[assignment]
except AttributeError:  # pragma: no cover - libyaml missing
    _Loader = yaml.SafeLoader

Path_ = tuple[str | int, ...]


@dataclass(frozen=True, slots=True)
class YamlProblem:
    line: int
    message: str


@dataclass(slots=True)
class LoadedYaml:
    data: Any
    lines: dict[Path_, int] = field(default_factory=dict)
    problems: list[YamlProblem] = field(default_factory=list)

    def line_of(self, path: Path_) -> int:
        """Line of the deepest known prefix of ``path`` (1 if none)."""
        for n in range(len(path), -1, -1):
            line = self.lines.get(path[:n])
            if line is not None:
                return line
        return 1


class _TooManyNodes(Exception):
    pass


class _Recursive(Exception):
    def __init__(self, line: int) -> None:
        self.line = line


_INT = "tag:yaml.org,2002:int"
_FLOAT = "tag:yaml.org,2002:float"
_BOOL = "tag:yaml.org,2002:bool"
_NULL = "tag:yaml.org,2002:null"


def _scalar(loader: yaml.SafeLoader, node: yaml.ScalarNode) -> Any:
    if node.tag in (_INT, _FLOAT, _BOOL, _NULL):
        return loader.construct_object(node, deep=True)
    return node.value


def load_yaml(text: str) -> LoadedYaml:
    """Parse one YAML document; syntax errors become problems, never exceptions."""
    loader = _Loader(text)
    try:
        try:
            root = loader.get_single_node()
        except yaml.MarkedYAMLError as exc:
            mark = exc.problem_mark or exc.context_mark
            line = mark.line + 1 if mark is not None else 1
            message = f"YAML syntax error: {exc.problem or exc}"
            if exc.context:  # where what the error is in began: an unclosed bracket is found a line later
                begun = exc.context_mark
                message += f" ({exc.context}{f' started on line {begun.line + 1}' if begun and begun.line + 1 != line else ''})"
            if "mapping values are not allowed" in (exc.problem or ""):
                message += "; a value holding ': ' (a colon and a space) must be quoted: says: \"قال بوتين: ...\""
            if "\t" in (exc.problem or "") or (mark is not None and _tab_at(text, mark.line)):
                message += "; YAML does not allow tabs for indentation, use spaces"
            return LoadedYaml(None, {}, [YamlProblem(line, message)])
        except yaml.YAMLError as exc:
            return LoadedYaml(None, {}, [YamlProblem(1, f"YAML error: {exc}")])
        except RecursionError:
            return LoadedYaml(None, {}, [YamlProblem(1, "the document is nested too deeply")])
        result = LoadedYaml(None)
        if root is None:
            return result
        budget = [MAX_NODES]
        try:
            result.data = _build(loader, root, (), result, budget, set())
        except _Recursive as exc:
            return LoadedYaml(None, {}, [YamlProblem(exc.line, "an alias refers to the node that contains it")])
        except RecursionError:
            return LoadedYaml(None, {}, [YamlProblem(1, "the document is nested too deeply")])
        except yaml.MarkedYAMLError as exc:
            line = exc.problem_mark.line + 1 if exc.problem_mark is not None else 1
            return LoadedYaml(None, {}, [YamlProblem(line, f"YAML error: {exc.problem or exc}")])
        except _TooManyNodes:
            return LoadedYaml(
                None,
                {},
                [
                    YamlProblem(
                        root.start_mark.line + 1,
                        f"the document expands to more than {MAX_NODES} values through "
                        "aliases (*name); a claim file needs no aliases this large",
                    )
                ],
            )
        return result
    finally:
        loader.dispose()


def _tab_at(text: str, line: int) -> bool:
    lines = text.splitlines()
    return 0 <= line < len(lines) and "\t" in lines[line][: len(lines[line]) - len(lines[line].lstrip())]


def _build(
    loader: yaml.SafeLoader, node: yaml.Node, path: Path_, out: LoadedYaml, budget: list[int], open_: set[int]
) -> Any:
    budget[0] -= 1
    if budget[0] < 0:
        raise _TooManyNodes
    if id(node) in open_:
        raise _Recursive(node.start_mark.line + 1)
    if isinstance(node, (yaml.MappingNode, yaml.SequenceNode)):
        open_.add(id(node))
        try:
            return _build_collection(loader, node, path, out, budget, open_)
        finally:
            open_.discard(id(node))
    out.lines.setdefault(path, node.start_mark.line + 1)
    assert isinstance(node, yaml.ScalarNode)
    return _scalar(loader, node)


def _build_collection(
    loader: yaml.SafeLoader, node: yaml.Node, path: Path_, out: LoadedYaml, budget: list[int], open_: set[int]
) -> Any:
    out.lines.setdefault(path, node.start_mark.line + 1)
    if isinstance(node, yaml.MappingNode):
        loader.flatten_mapping(node)
        mapping: dict[Any, Any] = {}
        for key_node, value_node in node.value:
            key = _build(loader, key_node, path + ("<key>",), out, budget, open_)
            if isinstance(key, (list, dict)):
                out.problems.append(
                    YamlProblem(key_node.start_mark.line + 1, "a key must be a plain word, not a list or mapping")
                )
                continue
            if key in mapping:
                out.problems.append(
                    YamlProblem(
                        key_node.start_mark.line + 1,
                        f"duplicate key {key!r} (first on line {out.lines[path + (key,)]}); "
                        "remove one of them",
                    )
                )
                continue
            out.lines[path + (key,)] = key_node.start_mark.line + 1
            mapping[key] = _build(loader, value_node, path + (key,), out, budget, open_)
        out.lines.pop(path + ("<key>",), None)
        return mapping
    if isinstance(node, yaml.SequenceNode):
        items = []
        for i, item in enumerate(node.value):
            out.lines[path + (i,)] = item.start_mark.line + 1
            items.append(_build(loader, item, path + (i,), out, budget, open_))
        return items
    raise TypeError(f"unexpected YAML node {node!r}")
