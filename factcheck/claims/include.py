"""``include:`` and named alias lists: claim files that share without copy-paste.

A claim file may name other YAML files (paths relative to itself)::

    include: [shared/people.yaml]

Each included file gives its ``defaults``, ``scope`` and ``aliases``; the
including file's own keys win, key by key (``defaults.threshold``,
``scope.all``, an alias name), and a later include wins over an earlier one.
An included file is a shared file (``shared: true``, no claims) or another
claim file (its claims stay where they are).  Included files may include.

An alias list is used by writing ``$name`` as a word: in a claim's ``any``,
``not``, ``about`` or ``near`` the list's words are put in its place; as a scope term
(``scope.all: [$putin]``) it is ONE term whose alternatives are the list's
words, inside a list of alternatives it adds them.

Problems are located where they are written: in the included file, at its
line, when the value came from there; a missing file or an include cycle at
the ``include`` entry that names it.
"""

from __future__ import annotations

import difflib
import posixpath
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from factcheck.claims.problem import ClaimProblem, format_loc, read_claim_text
from factcheck.claims.yamlsource import LoadedYaml, load_yaml

__all__ = ["ALIAS_MARK", "MAX_INCLUDE_DEPTH", "Origin", "Resolved", "resolve_includes"]

ALIAS_MARK = "$"
MAX_INCLUDE_DEPTH = 16
_MERGED = ("defaults", "scope")
_WORD_KEYS = ("any", "not", "about", "near", "anchors")
_SCOPE_KEYS = ("all", "any", "none")

Loc = tuple[str | int, ...]
SharedCheck = Callable[[dict[str, Any], LoadedYaml, str], list[ClaimProblem]]


@dataclass(frozen=True, slots=True)
class Origin:
    """Where a piece of the merged data was written: a file, its lines, the key path in it."""

    path: str
    yaml: LoadedYaml
    at: Loc

    def line(self, rest: Loc = ()) -> int:
        return self.yaml.line_of(self.at + rest)


@dataclass(slots=True)
class _Layer:
    path: str
    yaml: LoadedYaml
    data: dict[str, Any]


@dataclass(slots=True)
class Resolved:
    """The root file's data with includes merged and aliases expanded, and where each piece came from."""

    data: dict[str, Any]
    root: Origin
    origins: dict[Loc, Origin] = field(default_factory=dict)
    problems: list[ClaimProblem] = field(default_factory=list)
    included: list[str] = field(default_factory=list)

    def locate(self, loc: Loc) -> tuple[str, int]:
        """File and line of a path of the merged data."""
        for n in range(len(loc), 0, -1):
            origin = self.origins.get(loc[:n])
            if origin is not None:
                return origin.path, origin.line(loc[n:])
        return self.root.path, self.root.line(loc)

    def problem(self, loc: Loc, message: str) -> ClaimProblem:
        path, line = self.locate(loc)
        return ClaimProblem(path, line, format_loc(loc), message)


def _entries(value: Any) -> list[tuple[int | None, str]]:
    """The include entries that are paths, with their index (None for a single string)."""
    if isinstance(value, str):
        return [(None, value)]
    if isinstance(value, list):
        return [(i, v) for i, v in enumerate(value) if isinstance(v, str) and v.strip()]
    return []  # a wrong type is the schema's to report


def _display(including: str, name: str) -> str:
    if posixpath.isabs(name):
        return name
    return posixpath.normpath(posixpath.join(posixpath.dirname(including), name))


class _Collector:
    def __init__(self, check_shared: SharedCheck) -> None:
        self.check_shared = check_shared
        self.problems: list[ClaimProblem] = []
        self.included: list[str] = []

    def layers(self, layer: _Layer, file: Path, chain: list[tuple[Path, str]]) -> list[_Layer]:
        """The layers a file brings, in merge order: its includes (each with theirs), then itself."""
        out: list[_Layer] = []
        for index, name in _entries(layer.data.get("include")):
            loc: Loc = ("include",) if index is None else ("include", index)
            here = ClaimProblem(layer.path, layer.yaml.line_of(loc), format_loc(loc), "")
            target = file.parent / name.strip()
            shown = _display(layer.path, name.strip())
            try:
                real = target.resolve()
            except (OSError, RuntimeError):
                real = target.absolute()
            if any(real == seen for seen, _ in chain):
                cycle = " -> ".join([*(p for _, p in chain[[s for s, _ in chain].index(real):]), shown])
                self.problems.append(_with(here, f"include cycle: {cycle}; a file cannot include itself"))
                continue
            if len(chain) >= MAX_INCLUDE_DEPTH:
                self.problems.append(_with(here, f"includes nested more than {MAX_INCLUDE_DEPTH} deep"))
                continue
            if not target.is_file():
                what = "a folder, not a file" if target.is_dir() else "no such file"
                self.problems.append(_with(here, f"{name.strip()!r}: {what} ({shown}); paths are relative to {layer.path}"))
                continue
            text, problem = read_claim_text(target, shown)
            if problem is not None:
                self.problems.append(problem)
                continue
            assert text is not None
            loaded = load_yaml(text)
            self.problems.extend(ClaimProblem(shown, p.line, "", p.message) for p in loaded.problems)
            if loaded.data is None:
                if not loaded.problems:
                    self.problems.append(_with(here, f"{shown} is empty; it shares nothing"))
                continue
            if not isinstance(loaded.data, dict):
                self.problems.append(ClaimProblem(
                    shown, loaded.line_of(()), "",
                    "an included file is a mapping with defaults, scope or aliases, not a list or a single value"))
                continue
            if shown not in self.included:
                self.included.append(shown)
            if loaded.data.get("shared") is not None:
                self.problems.extend(self.check_shared(loaded.data, loaded, shown))
            child = _Layer(shown, loaded, loaded.data)
            out.extend(self.layers(child, target, [*chain, (real, shown)]))
        out.append(layer)
        return out


def _with(problem: ClaimProblem, message: str) -> ClaimProblem:
    return ClaimProblem(problem.path, problem.line, problem.where, message)


def _alias_name(word: Any) -> str | None:
    if isinstance(word, str) and word.strip().startswith(ALIAS_MARK):
        return word.strip()[len(ALIAS_MARK):].strip()
    return None


def _alias_words(value: Any) -> list[str] | None:
    """An alias's words, when the definition is well formed (else the schema reports it)."""
    if isinstance(value, str):
        value = [value]
    if isinstance(value, list) and value and all(isinstance(v, str) and v.strip() for v in value):
        return list(value)
    return None


class _Expander:
    def __init__(self, resolved: Resolved, aliases: dict[str, list[str]]) -> None:
        self.resolved = resolved
        self.aliases = aliases

    def lookup(self, name: str, loc: Loc) -> list[str] | None:
        words = self.aliases.get(name)
        if words is None:
            close = difflib.get_close_matches(name, list(self.aliases), n=1, cutoff=0.6)
            hint = f"did you mean '{ALIAS_MARK}{close[0]}'? " if close else ""
            known = ", ".join(sorted(self.aliases)) or "none"
            self.resolved.problems.append(self.resolved.problem(loc, (
                f"unknown alias '{ALIAS_MARK}{name}'; {hint}"
                f"define it under 'aliases:' here or in an included file (aliases defined: {known})")))
        return words

    def words(self, value: Any, loc: Loc) -> Any:
        """A word list with each ``$name`` replaced by the alias's words."""
        items = [value] if isinstance(value, str) else value
        if not isinstance(items, list) or not any(_alias_name(w) is not None for w in items):
            return value
        out: list[Any] = []
        for i, word in enumerate(items):
            name = _alias_name(word)
            words = None if name is None else self.lookup(name, loc if isinstance(value, str) else loc + (i,))
            out.extend([word] if words is None else words)
        return out

    def terms(self, value: Any, loc: Loc) -> Any:
        """Scope terms: ``$name`` is one term with the alias's words as alternatives."""
        items = [value] if isinstance(value, str) else value
        if not isinstance(items, list):
            return value
        out: list[Any] = []
        for i, term in enumerate(items):
            where = loc if isinstance(value, str) else loc + (i,)
            name = _alias_name(term)
            if name is not None:
                words = self.lookup(name, where)
                out.append(term if words is None else list(words))
            elif isinstance(term, list):
                out.append(self.words(term, where))
            else:
                out.append(term)
        return out

    def scope(self, scope: Any, loc: Loc) -> Any:
        if not isinstance(scope, dict):
            return scope
        return {k: self.terms(v, loc + (k,)) if k in _SCOPE_KEYS else v for k, v in scope.items()}


def resolve_includes(
    data: dict[str, Any], yaml: LoadedYaml, path: str, file: Path, check_shared: SharedCheck,
) -> Resolved:
    """Merge the included files' defaults, scope and aliases into ``data``; expand ``$name`` words."""
    root = _Layer(path, yaml, data)
    try:
        real = file.resolve()
    except (OSError, RuntimeError):
        real = file.absolute()
    collector = _Collector(check_shared)
    layers = collector.layers(root, file, [(real, path)]) if "include" in data else [root]
    resolved = Resolved(dict(data), Origin(path, yaml, ()), problems=collector.problems, included=collector.included)
    aliases: dict[str, list[str]] = {}
    for layer in layers:
        here = layer is root
        for section in _MERGED:
            piece = layer.data.get(section)
            if not isinstance(piece, dict) or here:
                continue
            own = data.get(section)
            if own is not None and not isinstance(own, dict):
                continue  # the root's own value is wrong: the schema reports it there
            merged = resolved.data.get(section)
            merged = dict(merged) if isinstance(merged, dict) else {}
            for key, value in piece.items():
                if isinstance(own, dict) and key in own:
                    continue
                merged[key] = value
                resolved.origins[(section, key)] = Origin(layer.path, layer.yaml, (section, key))
            resolved.data[section] = merged
        defined = layer.data.get("aliases")
        if isinstance(defined, dict):
            for name, value in defined.items():
                words = _alias_words(value)
                if not isinstance(name, str) or words is None:
                    continue
                nested = [w for w in words if _alias_name(w) is not None]
                if nested:
                    where = ("aliases", name)
                    resolved.problems.append(ClaimProblem(
                        layer.path, layer.yaml.line_of(where), format_loc(where),
                        f"an alias list cannot use another alias ({nested[0].strip()}); write its words out"))
                    continue
                aliases[name] = words
    expander = _Expander(resolved, aliases)
    if "scope" in resolved.data:
        resolved.data["scope"] = expander.scope(resolved.data["scope"], ("scope",))
    claims = resolved.data.get("claims")
    if isinstance(claims, list):
        out: list[Any] = []
        for i, claim in enumerate(claims):
            if isinstance(claim, dict):
                claim = dict(claim)
                for key in _WORD_KEYS:
                    if key in claim:
                        claim[key] = expander.words(claim[key], ("claims", i, key))
                if "scope" in claim:
                    claim["scope"] = expander.scope(claim["scope"], ("claims", i, "scope"))
            out.append(claim)
        resolved.data["claims"] = out
    return resolved
