"""JSONL corpora (``.jsonl``, ``.jsonl.gz``): one article per line, read as a stream.

Which fields hold the id, the text and the publication date is configurable
(ini ``factcheck_jsonl_fields``, e.g. ``id=id text=text date=time``), since
news dumps name them differently.  Every bad record is a located
:class:`CorpusProblem` and the records after it are still read.
"""

from __future__ import annotations

import datetime as dt
import gzip
import json
import re
import zlib
from collections.abc import Collection, Iterator
from dataclasses import dataclass
from email.utils import parsedate_tz

from factcheck.corpus.decode import RESAVE, DecodeProblem, check_regular, os_message, skip_line
from factcheck.corpus.source import CorpusProblem, Source

__all__ = ["DEFAULT_FIELDS", "JsonlFields", "parse_fields", "parse_published", "read_jsonl", "read_jsonl_lines", "read_parquet"]

_UTF8_BOM = b"\xef\xbb\xbf"
_ROLES = ("id", "text", "date")


@dataclass(frozen=True, slots=True)
class JsonlFields:
    """The JSON keys that hold a record's id, text and publication date."""

    id: str = "id"
    text: str = "text"
    date: str = "date"


DEFAULT_FIELDS = JsonlFields()


def parse_fields(spec: str) -> JsonlFields:
    """``id=id text=text date=time`` → :class:`JsonlFields`; ValueError says what is wrong."""
    given: dict[str, str] = {}
    for part in spec.replace(",", " ").split():
        role, sep, key = part.partition("=")
        if not sep or not key:
            raise ValueError(f"{part!r} is not ROLE=FIELD; write e.g. 'id=id text=text date=time'")
        if role not in _ROLES:
            raise ValueError(f"{role!r} is not one of id, text, date; write e.g. 'id=id text=text date=time'")
        if role in given:
            raise ValueError(f"{role!r} is given twice")
        given[role] = key
    return JsonlFields(**given)


_SURROGATE = re.compile("[\ud800-\udfff]")  # json.loads lets lone surrogate escapes through
_ISO_DATE = re.compile(r"\s*(\d{4})-(\d{2})-(\d{2})(?:[T ].*)?\s*")


def parse_published(value: object) -> dt.date | None:
    """The calendar date a feed wrote: ISO 8601 or RFC 2822, in the source's own time zone.

    ``Sun, 18 Feb 2018 21:35:43 +0400`` is 18 February whatever the offset:
    the date printed on the article is what an editor compares (contract §6).
    None when the value is missing or unreadable (the caller reports it).
    """
    if not isinstance(value, str) or not value.strip():
        return None
    m = _ISO_DATE.fullmatch(value)
    if m:
        try:
            return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        except ValueError:
            return None
    parts = parsedate_tz(value)
    if parts is None:
        return None
    try:
        return dt.date(parts[0], parts[1], parts[2])
    except ValueError:
        return None


def _json_kind(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    return type(value).__name__


def read_jsonl(
    path: str, *, shown: str, max_bytes: int, fields: JsonlFields = DEFAULT_FIELDS
) -> Iterator[Source | CorpusProblem]:
    """The sources of one JSONL file and the problems of its bad lines, in file order."""
    try:
        # The limit is per article: a JSONL file may hold a whole corpus.
        check_regular(path, None)
    except DecodeProblem as e:
        yield CorpusProblem(shown, e.line, e.message)
        return
    records = 0
    lineno = 0
    try:
        with gzip.open(path, "rb") if path.lower().endswith(".gz") else open(path, "rb") as fh:
            while True:
                raw = fh.readline(max_bytes + 2)  # the record and its \r\n
                if not raw:
                    break
                lineno += 1
                complete = raw.endswith(b"\n")
                if len(raw.rstrip(b"\r\n") if complete else raw) > max_bytes:
                    size = len(raw) + (0 if complete else skip_line(fh))
                    records += 1
                    yield CorpusProblem(
                        shown, lineno,
                        f"record is too large ({size:,} bytes, the limit is {max_bytes:,}); "
                        "split the article, or raise the limit with --factcheck-max-bytes (record skipped)",
                    )
                    continue
                if lineno == 1 and raw.startswith(_UTF8_BOM):
                    raw = raw[len(_UTF8_BOM):]
                if not raw.strip():
                    continue
                records += 1
                yield _record(raw, shown, lineno, fields)
    except (OSError, EOFError, zlib.error) as e:
        # gzip reports a corrupt or truncated archive as OSError/EOFError/zlib.error.
        message = (
            os_message(path, e)
            if isinstance(e, OSError) and not isinstance(e, gzip.BadGzipFile)
            else f"cannot read compressed file: {e}; re-create the .gz file"
        )
        yield CorpusProblem(shown, lineno + 1 if lineno else None, message)
        return
    if records == 0:
        yield CorpusProblem(shown, None, "empty file: no records; write one JSON object per line")


# Bytes decompressed (or read) at a time by ``read_jsonl_lines``.
_CHUNK = 1 << 20


def read_jsonl_lines(
    path: str, lines: Collection[int], *, shown: str, fields: JsonlFields = DEFAULT_FIELDS
) -> Iterator[tuple[int, Source | CorpusProblem]]:
    """The records on these lines of a JSONL file (1-based, as ``read_jsonl`` numbers them), each with its line.

    A run whose other articles all come from the cache needs a few texts of a feed an earlier run listed
    (:mod:`factcheck.corpus.listing`): their lines are read as ``read_jsonl`` reads them, and the rest of the
    file is only decompressed and counted, never decoded or parsed (ANT's 31,525 records: under a second, against
    some four for every record).  A line asked for that the file does not hold, or that cannot be read, is a
    problem on that line (the caller knows the file changed).
    """
    wanted = set(lines)
    if not wanted:
        return
    last = max(wanted)
    lineno, rest = 0, b""
    try:
        with gzip.open(path, "rb") if path.lower().endswith(".gz") else open(path, "rb") as fh:
            while lineno < last:
                chunk = fh.read(_CHUNK)
                if not chunk:
                    break
                parts = (rest + chunk).split(b"\n")
                rest = parts.pop()
                for raw in parts:
                    lineno += 1
                    if lineno in wanted:
                        yield lineno, _line_record(raw, shown, lineno, fields)
            if rest and lineno < last:
                lineno += 1
                if lineno in wanted:
                    yield lineno, _line_record(rest, shown, lineno, fields)
    except (OSError, EOFError, zlib.error) as e:
        yield lineno + 1, CorpusProblem(shown, lineno + 1, f"cannot read the file again: {e}")
        return
    for missing in sorted(n for n in wanted if n > lineno):
        yield missing, CorpusProblem(shown, missing, "no such line: the file changed")


def _line_record(raw: bytes, shown: str, lineno: int, fields: JsonlFields) -> Source | CorpusProblem:
    if lineno == 1 and raw.startswith(_UTF8_BOM):
        raw = raw[len(_UTF8_BOM):]
    return _record(raw, shown, lineno, fields)


def _likely_text(record: dict[str, object], fields: JsonlFields) -> str:
    """The field that most likely holds the article, for the hint: the string of the most words (``body``,
    ``content``; not a one-word date or url), ``FIELD`` when no string has two words."""
    texts = [(len(v.split()), len(v), k) for k, v in record.items()
             if isinstance(v, str) and k not in (fields.id, fields.date) and parse_published(v) is None]
    best = max(texts, default=None)
    return best[2] if best is not None and best[0] >= 2 else "FIELD"


def _record(raw: bytes, shown: str, lineno: int, fields: JsonlFields) -> Source | CorpusProblem:
    def problem(message: str) -> CorpusProblem:
        return CorpusProblem(shown, lineno, message)

    try:
        line = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        return problem(f"line is not UTF-8 (byte 0x{raw[e.start]:02x}); JSONL must be UTF-8: {RESAVE}")
    try:
        record = json.loads(line)
    except (ValueError, RecursionError) as e:
        return problem(f"line is not JSON: {e}; write one JSON object per line")
    if not isinstance(record, dict):
        return problem(
            f'record is {_json_kind(record)}, not an object; write {{"{fields.id}": ..., "{fields.text}": ...}} on each line'
        )
    rid = record.get(fields.id)
    if rid is None or (isinstance(rid, str) and not rid.strip()):
        what = "no" if fields.id not in record else ("a null" if rid is None else "an empty")
        return problem(f'record has {what} "{fields.id}" field; give every record a unique "{fields.id}"')
    if isinstance(rid, bool) or not isinstance(rid, (str, int, float)):
        return problem(f'"{fields.id}" field is {_json_kind(rid)}; make it a string or a number')
    if fields.text not in record:
        return problem(f'record has no "{fields.text}" field (its fields: {", ".join(map(str, list(record)[:8]))}); '
                       f'put the article in "{fields.text}", or name its field: factcheck_jsonl_fields = '
                       f'"id={fields.id} text={_likely_text(record, fields)} date={fields.date}"')
    text = record[fields.text]
    if not isinstance(text, str):
        return problem(f'"{fields.text}" field is {_json_kind(text)}, not a string; put the article in "{fields.text}"')
    if not text.strip():
        return problem(f'"{fields.text}" field is empty; fill it or remove the record')
    if b"\\u" in raw and _SURROGATE.search(text):  # only a \u escape makes one (UTF-8 cannot)
        return problem(f'"{fields.text}" field contains an unpaired surrogate escape (\\ud800-\\udfff); fix the record')
    published = parse_published(record.get(fields.date))
    return Source(str(rid), shown, text, lineno, published)


def read_parquet(path: str, *, shown: str, fields: JsonlFields = DEFAULT_FIELDS) -> Iterator[Source | CorpusProblem]:
    """The sources of a Parquet file (optional extra ``factcheck[parquet]``), read a row group at a time.

    Rows are validated like JSONL records; a row's "line" is its 1-based row number.
    """
    try:
        import pyarrow.parquet as pq  # type: ignore[import-not-found,import-untyped,unused-ignore]
    except ImportError:
        yield CorpusProblem(shown, None, "reading Parquet needs pyarrow: pip install 'factcheck[parquet]'")
        return
    try:
        table = pq.ParquetFile(path)
        row = 0
        for batch in table.iter_batches(columns=None):
            for record in batch.to_pylist():
                row += 1
                yield _fields_of(record, shown, row, fields)
    except (OSError, ValueError) as exc:
        yield CorpusProblem(shown, None, f"cannot read Parquet file: {exc}")


def _fields_of(record: dict[str, object], shown: str, row: int, fields: JsonlFields) -> Source | CorpusProblem:
    """A record already parsed (a Parquet row) checked as a JSONL line is."""
    return _record(json.dumps(record, ensure_ascii=False, default=str).encode("utf-8"), shown, row, fields)
