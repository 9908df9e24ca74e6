"""The ``factcheck`` console script: one function per subcommand."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from contextlib import closing
from pathlib import Path
from typing import TYPE_CHECKING, Any

from factcheck.progress import Progress, ProgressLine, shows_progress

if TYPE_CHECKING:
    from factcheck.cache import VocabularyCache
    from factcheck.corpus.source import Source
    from factcheck.engine import Engine

__all__ = ["main"]


def _claim_files(paths: Sequence[str]) -> tuple[list[Path], list[str]]:
    files: list[Path] = []
    missing: list[str] = []
    for p in paths:
        path = Path(p)
        if path.is_dir():
            files.extend(sorted(f for f in path.rglob("*") if f.suffix in (".yaml", ".yml") and f.is_file()))
        elif path.is_file():
            files.append(path)
        else:
            missing.append(p)
    return files, missing


def cmd_lint(args: argparse.Namespace) -> int:
    from factcheck.claims.lint import claim_advice, claim_problems, comment_advice, scope_problems
    from factcheck.claims.load import ClaimRegistry, load_claim_file

    files, missing = _claim_files(args.paths)
    status = 0
    for p in missing:
        print(f"{p}: no such file or folder", file=sys.stderr)
        status = 1
    registry = ClaimRegistry()
    shown: set[str] = set()  # a shared file's problem is printed once, however many files include it
    for file in files:
        loaded = load_claim_file(file, str(file))
        problems = [*loaded.problems, *registry.register(loaded), *scope_problems(loaded), *claim_problems(loaded)]
        for problem in sorted(problems, key=lambda p: (p.path != loaded.path, p.path, p.line)):
            status = 1
            if str(problem) not in shown:
                shown.add(str(problem))
                print(problem)
        try:
            text = file.read_text(encoding="utf-8", errors="replace")
        except OSError:
            text = ""  # its problem is among loaded.problems
        # advice: what works, though not as meant; said, not failed
        for advice in sorted([*comment_advice(text, loaded.path), *claim_advice(loaded)], key=lambda a: a.line):
            print(f"{advice} (advice)")
    if not files and not missing:
        print(f"{', '.join(args.paths)}: no claim file (*.yaml, *.yml) to check", file=sys.stderr)
        return 1
    if status == 0:
        print(f"{len(files)} claim file(s) OK")
    return status


def cmd_schema(args: argparse.Namespace) -> int:
    if args.report:
        from factcheck.report.model import report_schema_text

        sys.stdout.write(report_schema_text())
        return 0
    from factcheck.claims.schema import schema_text

    sys.stdout.write(schema_text())
    return 0


def cmd_merge(args: argparse.Namespace) -> int:
    from factcheck.report.merge import merge_main

    return merge_main(list(args.reports), args.output, args.html)


def _explain_text(text: str) -> int:
    from factcheck.text.normalize import explain

    result, changes = explain(text)
    for change in changes:
        print(f"{change.step}: {change.before} -> {change.after}")
    print(result)
    return 0


def _suggest(name: str, known: Sequence[str]) -> str:
    import difflib

    close = difflib.get_close_matches(name, list(known), n=1, cutoff=0.6)
    return f"; did you mean {close[0]!r}?" if close else ""


def _suggest_source(name: str, known: Sequence[str]) -> str:
    """Sources whose id begins with ``name`` (an editor writes ``002`` for ``002_3449c5c6f9ea3f3f``), else a
    close id."""
    starting = [sid for sid in known if sid.startswith(name)] if name else []
    if len(starting) == 1:
        return f"; did you mean {starting[0]!r}?"
    if starting:
        shown = ", ".join(starting[:5]) + (f" and {len(starting) - 5} more" if len(starting) > 5 else "")
        return f"; {len(starting)} ids begin with it: {shown}"
    return _suggest(name, known)


_INI_KEYS = ("factcheck_corpus", "factcheck_jsonl_fields", "factcheck_cache")


def _ini_values(section: Any) -> dict[str, Any]:
    return {k: section[k] for k in _INI_KEYS if k in section}


def project_ini(start: Path) -> tuple[Path | None, dict[str, Any]]:
    """The ini file a run started from ``start`` reads, as pytest finds it (from ``start`` up: ``pytest.ini``,
    ``.pytest.ini``, ``pyproject.toml`` with a ``[tool.pytest…]`` table, ``tox.ini`` with ``[pytest]``,
    ``setup.cfg`` with ``[tool:pytest]``), and its factcheck keys: ``explain`` checks over what a run
    checks.  ``(None, {})`` when there is none, or it cannot be read."""
    import configparser
    import tomllib

    for folder in (start, *start.parents):
        for name, section in (("pytest.ini", "pytest"), (".pytest.ini", "pytest"), ("pyproject.toml", None),
                              ("tox.ini", "pytest"), ("setup.cfg", "tool:pytest")):
            path = folder / name
            if not path.is_file():
                continue
            try:
                if section is None:
                    tool = tomllib.loads(path.read_text(encoding="utf-8")).get("tool", {}).get("pytest")
                    if not isinstance(tool, dict):
                        continue
                    options = tool.get("ini_options")
                    return path, _ini_values(options if isinstance(options, dict) else tool)
                parser = configparser.ConfigParser(interpolation=None)
                parser.read(path, encoding="utf-8")
            except (OSError, UnicodeDecodeError, ValueError, configparser.Error):
                return None, {}
            if parser.has_section(section):
                return path, _ini_values(parser[section])
            if name.endswith("pytest.ini"):  # a pytest.ini is the ini file even without its section
                return path, {}
    return None, {}


def _ini_list(value: Any) -> list[str]:
    """A ``linelist`` ini value: a TOML list, or one path a line."""
    if isinstance(value, list):
        return [str(v) for v in value]
    return [line.strip() for line in str(value).splitlines() if line.strip()]


def _explain_engine(
    args: argparse.Namespace, sources: list[Source], progress: ProgressLine,
) -> tuple[Engine, VocabularyCache | None]:
    """An engine over the corpus with the cache a run keeps (contract §3): an editor explains claim after
    claim over the same corpus, and its index (8 s over ANT) and findings are read once for all of them."""
    from factcheck.cache import VocabularyCache, cache_dir
    from factcheck.engine import Engine

    cache = None if args.no_cache else VocabularyCache(cache_dir(args.cache or args.ini_cache))
    if cache is not None and not cache.usable:
        print(f"factcheck explain: {cache.problem}", file=sys.stderr)
        cache = None
    return Engine(sources, cache=cache, progress=progress), cache


def _progress_line() -> ProgressLine:
    """A command's progress line: drawn when stderr is a terminal (a pipe or a log sees none)."""
    shown = shows_progress(sys.stderr, verbosity=0, is_worker=False)
    return lambda label, total: Progress(label, total, enabled=shown)


def cmd_explain(args: argparse.Namespace) -> int:
    """``explain FILE::CLAIM``: one claim over the corpus; ``explain TEXT`` / ``--text TEXT``: normalization."""
    if args.text is not None and args.target is not None:
        print("factcheck explain: give FILE::CLAIM or --text TEXT, not both", file=sys.stderr)
        return 2
    if args.text is not None:
        return _explain_text(args.text)
    if args.target is None:
        print("factcheck explain: give FILE::CLAIM, or --text TEXT", file=sys.stderr)
        return 2
    if "::" not in args.target:
        if args.target.lower().endswith((".yaml", ".yml")) and Path(args.target).is_file():
            print(f"factcheck explain: {args.target} is a claim file; name one of its claims: "
                  f"{args.target}::CLAIM_ID", file=sys.stderr)
            return 2
        return _explain_text(args.target)
    import json

    from factcheck.claims.load import load_claim_file
    from factcheck.corpus.jsonl import parse_fields
    from factcheck.corpus.load import load_corpus
    from factcheck.explain import explain_claim, explanation_json, explanation_lines

    file_name, _, claim_id = args.target.rpartition("::")
    if claim_id.endswith("]") and "[" in claim_id:
        # a pytest item's id, as a failure names it (``FILE::CLAIM[SOURCE]``): that claim on that source
        claim_id, _, source_id = claim_id[:-1].partition("[")
        if args.source is not None and args.source != source_id:
            print(f"factcheck explain: {args.target} names source {source_id!r}, --source names {args.source!r}",
                  file=sys.stderr)
            return 2
        args.source = source_id
    loaded = load_claim_file(Path(file_name), file_name)
    if loaded.problems or loaded.file is None:
        for problem in loaded.problems:
            print(problem, file=sys.stderr)
        if loaded.shared:
            print(f"{file_name} is a shared file: it has no claims", file=sys.stderr)
        return 1
    ids = [c.id for c in loaded.claims]
    if claim_id not in ids:
        print(f"{file_name}: no claim {claim_id!r}{_suggest(claim_id, ids)} (its claims: {', '.join(ids)})",
              file=sys.stderr)
        return 1
    # What the options leave unsaid, the project's ini file says, as for a run of pytest (relative to its
    # folder): without it explain read another corpus than the run's, or a JSONL corpus without its dates,
    # and gave other verdicts.
    ini_path, ini = project_ini(Path(file_name).resolve().parent)
    root = ini_path.parent if ini_path is not None else Path.cwd()
    fields_spec, fields_from = args.jsonl_fields, "--jsonl-fields"
    if fields_spec is None:
        fields_spec = str(ini.get("factcheck_jsonl_fields") or "id=id text=text date=date")
        fields_from = f"factcheck_jsonl_fields in {ini_path}" if "factcheck_jsonl_fields" in ini else fields_from
    try:
        fields = parse_fields(fields_spec)
    except ValueError as exc:
        print(f"factcheck explain: {fields_from}: {exc}", file=sys.stderr)
        return 2
    args.ini_cache = None
    if ini.get("factcheck_cache"):
        args.ini_cache = str(root / Path(str(ini["factcheck_cache"])).expanduser())
    if args.corpus:
        specs, base = list(args.corpus), Path.cwd()
    else:
        specs, base = _ini_list(ini.get("factcheck_corpus", ["seeds"])) or ["seeds"], root
    progress = _progress_line()
    with closing(progress("reading the corpus:", None)) as line:
        corpus = load_corpus(specs, base, fields=fields, step=line.step, option="--corpus")
    for skipped in corpus.problems:
        print(f"factcheck: skipped: {skipped}", file=sys.stderr)
    if not corpus.sources:
        print(f"factcheck explain: the corpus ({', '.join(specs)}) holds no readable article; pass --corpus PATH",
              file=sys.stderr)
        return 1
    source_ids = [s.id for s in corpus.sources]
    if args.source is not None and args.source not in source_ids:
        print(f"factcheck explain: no source {args.source!r} in the corpus ({', '.join(specs)})"
              f"{_suggest_source(args.source, source_ids)}", file=sys.stderr)
        return 1
    engine, cache = _explain_engine(args, corpus.sources, progress)
    try:
        explanation = explain_claim(loaded, claim_id, corpus.sources, only=args.source, engine=engine,
                                    brief=not (args.all or args.json), progress=progress,
                                    fields_option="--jsonl-fields")
    finally:
        engine.close()
        if cache is not None:
            cache.close()
    if args.json:
        print(json.dumps(explanation_json(explanation), ensure_ascii=False, indent=1))
    else:
        print("\n".join(explanation_lines(explanation, show_all=args.all)))
    for note in explanation.notes:  # the run's notes, its advice in explain's words
        print(f"factcheck: note: {note}", file=sys.stderr)
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="factcheck", description="fact-consistency checks for Arabic news")
    sub = parser.add_subparsers(dest="command", required=True)
    lint = sub.add_parser("lint", help="validate claim files without matching (exit 1 on problems)")
    lint.add_argument("paths", nargs="+", metavar="PATH", help="claim files or folders")
    lint.set_defaults(func=cmd_lint)
    schema = sub.add_parser("schema", help="print the JSON Schema of claim files (or, with --report, of the JSON report)")
    schema.add_argument("--report", action="store_true", help="the schema of the JSON report instead")
    schema.set_defaults(func=cmd_schema)
    merge = sub.add_parser("merge", help="join the JSON reports of shards (--factcheck-shard) into one")
    merge.add_argument("reports", nargs="+", metavar="REPORT", help="JSON reports written by --factcheck-json")
    merge.add_argument("-o", "--output", required=True, metavar="OUT", help="the merged report to write")
    merge.add_argument("--html", metavar="PAGE", help="also write the merged run's HTML report (as --factcheck-html)")
    merge.set_defaults(func=cmd_merge)
    explain = sub.add_parser(
        "explain",
        help="why a claim gets its verdict on each source (FILE::CLAIM), or how a text is normalized (--text)",
    )
    explain.add_argument("target", nargs="?", metavar="FILE::CLAIM",
                         help="a claim file and a claim id (a text without '::' is normalized, as --text)")
    explain.add_argument("--text", help="show how TEXT is normalized, step by step")
    explain.add_argument("--corpus", action="append", metavar="PATH",
                         help="a folder, glob or .jsonl file of articles (repeatable; default: the project's "
                              "factcheck_corpus, as a run reads it from the ini file, else seeds)")
    explain.add_argument("--source", metavar="ID", help="only this source, shown in full")
    explain.add_argument("--jsonl-fields", default=None, metavar="SPEC",
                         help="JSONL fields of the id, text and date (default: the project's "
                              "factcheck_jsonl_fields, else 'id=id text=text date=date')")
    explain.add_argument("--all", action="store_true", help="show every source in full, not only those that decide")
    explain.add_argument("--json", action="store_true", help="print the explanation as JSON")
    explain.add_argument("--cache", metavar="DIR",
                         help="the cache a run keeps (default: the project's factcheck_cache, else "
                              "$FACTCHECK_CACHE, else the user cache folder): "
                              "the corpus index and findings of earlier runs and explanations")
    explain.add_argument("--no-cache", action="store_true", help="read everything again, keep nothing")
    explain.set_defaults(func=cmd_explain)
    args = parser.parse_args(argv)
    try:
        return int(args.func(args))
    except BrokenPipeError:  # the reader went away (``| head``): what was left unsaid is no traceback
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # nor at exit, when stdout is flushed
        return 1


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
