"""The ``factcheck`` console script: one function per subcommand."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

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
    from factcheck.claims.lint import scope_problems
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
        problems = [*loaded.problems, *registry.register(loaded), *scope_problems(loaded)]
        for problem in sorted(problems, key=lambda p: (p.path != loaded.path, p.path, p.line)):
            status = 1
            if str(problem) not in shown:
                shown.add(str(problem))
                print(problem)
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

    return merge_main(list(args.reports), args.output)


def cmd_explain(args: argparse.Namespace) -> int:
    from factcheck.text.normalize import explain

    result, changes = explain(args.text)
    for change in changes:
        print(f"{change.step}: {change.before} -> {change.after}")
    print(result)
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
    merge.set_defaults(func=cmd_merge)
    explain = sub.add_parser("explain", help="show how a text is normalized, step by step")
    explain.add_argument("text")
    explain.set_defaults(func=cmd_explain)
    args = parser.parse_args(argv)
    return int(args.func(args))


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
