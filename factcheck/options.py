"""Options, ini keys and their parsing (contract §3): what the user asked of a run.

Kept out of ``plugin.py`` (the hooks and the run's state) so that both stay
readable; every value is checked here, and a bad one is a usage error
(exit 4) before any test runs.
"""

from __future__ import annotations

import argparse
import os
from typing import Literal

import pytest

from factcheck.corpus.decode import DEFAULT_MAX_BYTES
from factcheck.corpus.jsonl import JsonlFields, parse_fields
from factcheck.report.paths import ALLOW_INSIDE_OPTION
from factcheck.shard import Shard, parse_shard

__all__ = ["FactcheckWarning", "add_options", "granularity", "jsonl_fields", "selection", "warn_if_rootdir_misread"]


class FactcheckWarning(pytest.PytestWarning):
    """A contradiction with ``severity: warn``, or a corpus file that was skipped."""


def _processes(value: str) -> int | None:
    if value == "auto":
        return None
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(f"{value!r}: give a number of processes, 1 or more, or 'auto'")
    return number


def _shard(text: str) -> Shard:
    try:
        return parse_shard(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _positive_int(text: str) -> int:
    """A byte limit of 0 or less would skip every article (or, as 0, silently mean the default)."""
    try:
        value = int(text.replace("_", "").replace(",", ""))
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number of bytes") from None
    if value <= 0:
        raise argparse.ArgumentTypeError(f"{text!r}: the limit must be a positive number of bytes")
    return value


def add_options(parser: pytest.Parser) -> None:
    """Every option and ini key of contract §3 (and the extensions README lists)."""
    group = parser.getgroup("factcheck", "fact-consistency checks of claims against a news corpus")
    group.addoption(
        "--factcheck-corpus", action="append", dest="factcheck_corpus", metavar="PATH", default=None,
        help="folder (recursively *.txt, *.md, *.html), glob, .jsonl(.gz) or .parquet file of sources; repeatable "
        "(default: ini factcheck_corpus, else 'seeds')",
    )
    group.addoption(
        "--factcheck-json", dest="factcheck_json", metavar="PATH", default=None,
        help="write the JSON report here (default: ini factcheck_json)",
    )
    group.addoption(
        ALLOW_INSIDE_OPTION, dest="factcheck_json_inside", action="store_true", default=None,
        help="allow the JSON report inside a corpus or claims folder (it is refused there by default, "
        "as it could be read back as an input); never allows overwriting an input file",
    )
    group.addoption(
        "--factcheck-max-bytes", dest="factcheck_max_bytes", type=_positive_int, metavar="N", default=None,
        help=f"skip (and report) corpus files larger than N bytes (default {DEFAULT_MAX_BYTES:,})",
    )
    group.addoption(
        "--factcheck-granularity", dest="factcheck_granularity", choices=("pair", "claim"), default=None,
        help="one item per (claim, source in scope) [pair, default], or one item per claim listing its "
        "contradicting sources [claim]",
    )
    group.addoption(
        "--factcheck-shard", dest="factcheck_shard", type=_shard, metavar="I/N", default=None,
        help="check only shard I of N (1-based) of the corpus, split deterministically by source id; "
        "join the JSON reports with 'factcheck merge'",
    )
    group.addoption(
        "--factcheck-translit", dest="factcheck_translit", action="store_true", default=False,
        help="write the Arabic of failures in Buckwalter transliteration, for logs that cannot show it",
    )
    group.addoption(
        "--factcheck-cache", dest="factcheck_cache", metavar="DIR", default=None,
        help="keep what is read from the corpus here between runs (default: $FACTCHECK_CACHE, "
        "else $XDG_CACHE_HOME/factcheck or ~/.cache/factcheck)",
    )
    group.addoption(
        "--factcheck-processes", dest="factcheck_processes", type=_processes, metavar="N", default=None,
        help="processes that read articles in depth on a large corpus (default: one per available core; "
        "1: this process only; under pytest-xdist each worker uses one)",
    )
    group.addoption(
        "--factcheck-no-cache", dest="factcheck_no_cache", action="store_true", default=False,
        help="neither read nor write the cache",
    )
    group.addoption(
        "--factcheck-warm-workers", dest="factcheck_warm_workers", action="store_true", default=False,
        help="keep pytest-xdist's workers (-n) on a run that finished before with every outcome kept in the cache "
        "(by default such a run is made in this process: the workers would have nothing to share)",
    )
    parser.addini("factcheck_cache", "like --factcheck-cache", default="")
    parser.addini("factcheck_corpus", "corpus paths (folders, globs, .jsonl files)", type="linelist", default=["seeds"])
    parser.addini(
        "factcheck_jsonl_fields", "JSONL fields holding the id, the text and the publication date",
        default="id=id text=text date=date",
    )
    parser.addini("factcheck_granularity", "pair or claim, like --factcheck-granularity", default="pair")
    group.addoption(
        "--factcheck-html", dest="factcheck_html", metavar="PATH", default=None,
        help="write the self-contained HTML report here (default: ini factcheck_html)",
    )
    parser.addini("factcheck_json", "path of the JSON report", default="")
    parser.addini("factcheck_html", "path of the HTML report", default="")
    parser.addini("factcheck_json_inside", f"like {ALLOW_INSIDE_OPTION}", type="bool", default=False)
    parser.addini("factcheck_claims", "folders whose *.yaml/*.yml files are claim files", type="linelist", default=["claims"])


# Options whose value is a path: written apart from it, pytest takes the path for one to test.
_PATH_OPTIONS = ("--factcheck-corpus", "--factcheck-json", "--factcheck-html", "--factcheck-cache")


def warn_if_rootdir_misread(config: pytest.Config) -> None:
    """pytest chooses its rootdir and ini file before plugins add their options, from every argument that
    names an existing path: in ``--factcheck-corpus /tmp/news`` it sees ``/tmp/news``.  When that moved the
    rootdir away from where pytest runs and no ini file was read, the run would collect whatever is there
    (a project's own tests) with none of its settings: a usage error.  Otherwise a warning."""
    args = [str(arg) for arg in config.invocation_params.args]
    # a report or cache path that does not exist yet is no path to pytest this time, but is the next: said anyway
    apart = [(option, value) for option, value in zip(args, args[1:]) if option in _PATH_OPTIONS and not value.startswith(
        "-") and (option != "--factcheck-corpus" or (config.invocation_params.dir / value).exists())]
    if not apart:
        return
    option, value = apart[0]
    advice = f"write {option}={value} with '=' so that pytest sees the path as the option's value"
    here = config.invocation_params.dir.resolve()
    moved = os.path.commonpath([here, (here / value).resolve()]) == str(config.rootpath.resolve()) != str(here)
    if config.inipath is None and moved and not any(a.startswith("--rootdir") for a in args):
        raise pytest.UsageError(f"pytest took {value!r} for a path to test: it chose {config.rootpath} as the "
                                f"project's root and read no ini file; {advice}")
    config.issue_config_time_warning(FactcheckWarning(f"{option} {value}: {advice}"), stacklevel=2)


def jsonl_fields(config: pytest.Config) -> JsonlFields:
    spec = str(config.getini("factcheck_jsonl_fields"))
    try:
        return parse_fields(spec)
    except ValueError as exc:
        raise pytest.UsageError(f"factcheck: factcheck_jsonl_fields = {spec!r}: {exc}") from None


def granularity(config: pytest.Config) -> Literal["pair", "claim"]:
    value = config.getoption("factcheck_granularity") or str(config.getini("factcheck_granularity")).strip()
    if value == "pair":
        return "pair"
    if value == "claim":
        return "claim"
    raise pytest.UsageError(f"factcheck: factcheck_granularity = {value!r}: choose pair or claim")


def selection(config: pytest.Config) -> list[str]:
    """What chose the items a run checks: -k, -m, --deselect and the paths or node ids named (the same in every
    shard of one run, as a project's addopts are), and --lf or --sw (a rerun of some: never a shard's whole)."""
    option = config.option
    chosen = [f"-k {option.keyword}" if getattr(option, "keyword", "") else "",
              f"-m {option.markexpr}" if getattr(option, "markexpr", "") else "",
              "--lf" if getattr(option, "lf", False) else "",
              "--sw" if getattr(option, "stepwise", False) or getattr(option, "stepwise_skip", False) else "",
              *(f"--deselect {d}" for d in sorted(getattr(option, "deselect", None) or ()))]
    named = sorted({arg.rstrip("/") for arg in config.args}) if config.args_source == config.ArgsSource.ARGS else []
    return [c for c in chosen if c] + named  # the paths in any order, claims/ as claims
