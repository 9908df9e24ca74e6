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
    from factcheck.claims.load import load_claim_file

    files, missing = _claim_files(args.paths)
    status = 0
    for p in missing:
        print(f"{p}: no such file or folder", file=sys.stderr)
        status = 1
    owners: dict[str, str] = {}
    for file in files:
        loaded = load_claim_file(file, str(file))
        for problem in loaded.problems:
            print(problem)
            status = 1
        for index, claim in enumerate(loaded.claims):
            here = f"{file}:{loaded.claim_lines[index]}"
            first = owners.setdefault(claim.id, here)
            if first != here:
                print(f"{here}: claims[{index}].id: claim id {claim.id!r} is already defined at {first}; "
                      "ids must be unique across claim files")
                status = 1
    if status == 0:
        print(f"{len(files)} claim file(s) OK")
    return status


def cmd_schema(args: argparse.Namespace) -> int:
    from factcheck.claims.schema import schema_text

    sys.stdout.write(schema_text())
    return 0


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
    schema = sub.add_parser("schema", help="print the JSON Schema of claim files")
    schema.set_defaults(func=cmd_schema)
    explain = sub.add_parser("explain", help="show how a text is normalized, step by step")
    explain.add_argument("text")
    explain.set_defaults(func=cmd_explain)
    args = parser.parse_args(argv)
    return int(args.func(args))


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
