"""factcheck at corpus scale through pytest, cold and warm cache, as ratios to baselines timed in the same run.

    python benchmarks/scale.py --limit 2000          # quick: first 2,000 articles, a couple of minutes
    python benchmarks/scale.py                       # all of ANT (31,525 articles), growth runs too: long
    python benchmarks/scale.py --skip-growth --skip-naive --limit 500

Issue 10.  Nothing here asserts a time: every figure is printed beside a
baseline measured in this run, on this machine, and the issue's goals are
printed beside the ratios with ✓/✗.

Claims.  100 claims of every kind (mention, quantity, date, statement; about
300 aliases in ``any``/``not``/``about``) are generated deterministically
(``--seed``) from the corpus itself: names are the corpus's hashtags
(``#ميليشيات_الحوثي`` -> ``ميليشيات الحوثي``), ranked by how many articles
carry them; 20 "events" are built around names that occur in ~1-3 % of the
articles, each with a publication window of ±30 days around one of its
articles, and each event gets 5 claims read off its own articles: mention
claims name the names that co-occur most with it (a spelling variant and the
surname as further ``any`` aliases, other co-occurring names as ``not``
rivals, the word that most often precedes the name as ``about``), quantity
claims take a number stated next to «قتلى», «ضحايا», «نسبة», «بالسجن», ...,
date claims a year written in an article that names the ``about`` word, and
statements a headline.  Two layouts of the same claims are written to a
temporary folder (never the repository):

* ``unscoped``: one claim file of 100 claims, no ``scope``;
* ``scoped``: 20 claim files of 5 claims, each with ``scope: {all: [<event
  name>], published: {from, to}}`` (realistic event files).

factcheck.  Each layout is run as a subprocess under ``/usr/bin/time -f '%e %M'``
(wall seconds and peak RSS of the child)::

    python -m pytest -p factcheck <layout folder> -o factcheck_claims=<layout folder> --factcheck-corpus=<corpus>
      -o factcheck_jsonl_fields="id=id text=text date=time" --factcheck-granularity=claim
      -q -p no:cacheprovider --rootdir=<tmp> -c /dev/null --factcheck-json=<tmp>/r.json
      --factcheck-cache=<tmp>/cache-<run>

first with an empty cache folder (cold), then three times again with the same folder (warm, the best kept: the
run made before, replayed whole, ``factcheck/whole_run.py``), then once more after touching the claim files (the
same bytes, a new modification time: each claim's outcome replayed, the figure of an edit to other claims).

Baselines, same run, same corpus text:

* naive: for every (alias, article) pair ``rapidfuzz.fuzz.partial_ratio(alias,
  text) >= 85`` (single process, as a user would write it).  When a pilot
  says the whole loop would take over ``--naive-budget`` seconds (300), a
  stride sample of the articles is timed and the time extrapolated linearly
  in the number of articles (said so in the output);
* grep: ``grep -c -F -f aliases.txt texts.txt``, the texts one per line in a
  temporary file (writing it is not timed; best of 3).

Growth (``--skip-growth`` to leave out): the corpus twice (ids suffixed
``-x2``; the copy's text ends with one more newline so the content-keyed cache
cannot serve the copy from the original) and 1,000 claims generated the same
way (200 events), both layouts, cold and warm; printed as time ratios to the
1x runs.

Cold floors (``--cold-floors``): each layout cold once more with every check
replaced by what any check of its pair reads first (``benchmarks/cold_floor.py``):
the article's document only, then that with its vocabulary and the figures its
claim's kind reads.  Every pair then ends ``not_mentioned``; the corpus is still
read and indexed and the same articles read in depth.  No faster rule can take
a cold run under these times: they show how far a cold goal is within reach.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gzip
import json
import os
import platform
import random
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field, replace
from email.utils import parsedate_tz
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent  # benchmarks/: its cold_floor plugin
REPO = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = REPO.parent / "shared" / "corpora" / "ant-v2.1-multisource.jsonl.gz"
JSONL_FIELDS = "id=id text=text date=time"
THRESHOLD = 85
TIME = "/usr/bin/time"

# Goals of issue 10 (fractions of the naive loop's time; memory in MB; growth ratios).
GOALS = {
    "unscoped": {"cold": 1 / 10, "warm": 1 / 25},
    "scoped": {"cold": 1 / 12, "warm": 1 / 40},
}
GOAL_WARM_GREP = 10.0
GOAL_RSS_MB = 1500.0
GOAL_CORPUS_2X = 2.2
GOAL_CLAIMS_10X = 3.0

ARABIC_WORD = re.compile(r"[\u0621-\u064A]+")
HASHTAG = re.compile(r"#([\u0621-\u064A]+(?:_[\u0621-\u064A]+)*)")
STOP = set(
    "في من على عن إلى الى أن إن ان أو او ما لا لم لن مع هذا هذه ذلك التي الذي الذين كما قد كان كانت "
    "بعد قبل عند حيث بين حتى ثم كل أي اي وفي ومن وعلى وقال قال وقالت قالت أكد وأكد أمام خلال ضد عبر "
    "منذ هو هي هم يا لدى ولا وأن وإن فإن لكن بل إذ إذا اذا وقد وكان بأن أنه انه إنه عليه فيه به له لها "
    "منها فيها عليها إليه".split()
)

# (about words, unit, regex whose first non-empty group is the value, fallback range)
QUANTITY_SPECS = [
    (["قتلى", "القتلى", "مقتل"], "count", r"(?:مقتل|قتل)\s+(\d+)|(\d+)\s+(?:قتيلا|قتلى)", (3, 120)),
    (["ضحايا", "الضحايا", "حصيلة"], "count", r"(\d+)\s+(?:ضحية|ضحايا)|الضحايا\s+(?:إلى\s+)?(\d+)", (2, 300)),
    (["جرحى", "الجرحى", "المصابين"], "count", r"(\d+)\s+(?:جريحا|جرحى|مصابا|بجروح)", (2, 200)),
    (["نسبة", "النسبة", "معدل"], "percent", r"(\d+(?:[.,]\d+)?)\s*(?:%|٪|في المئة|في المائة|بالمئة|بالمائة)", (1, 90)),
    (["السجن", "بالسجن", "عقوبة"], "year", r"(?:السجن|بالسجن)\s+(?:لمدة\s+)?(\d+)\s+(?:سنوات|سنة|عاما)", (1, 25)),
    (["الاجتماع", "المحادثات", "اللقاء"], "hour", r"(\d+)\s+ساعات", (1, 12)),
    (["الزيارة", "الجولة", "المهرجان"], "day", r"(\d+)\s+أيام", (2, 10)),
    (["شخصا", "الأشخاص", "المواطنين"], "count", r"(\d+)\s+شخصا", (5, 500)),
    (["اللاجئين", "النازحين", "المهاجرين"], "count", r"(\d+)\s+(?:لاجئ|نازح|مهاجر)", (50, 5000)),
]
DATE_SPECS = [
    ["الانتخابات", "الانتخابات الرئاسية", "الاقتراع"],
    ["الاتفاق", "الاتفاق النووي", "الصفقة"],
    ["القمة", "الاجتماع", "اللقاء"],
    ["الحرب", "النزاع", "الصراع"],
    ["المونديال", "كأس العالم", "البطولة"],
    ["الزيارة", "الجولة", "الرحلة"],
    ["الهجوم", "التفجير", "الاعتداء"],
    ["الحادث", "الحادثة", "الواقعة"],
    ["الاحتجاجات", "التظاهرات", "المظاهرات"],
    ["الانسحاب", "العقوبات", "القرار"],
]
# Words that name what a name is (the word before it: الرئيس بوتين, مدينة الحديدة).
TITLES = set("رئيس وزير مدينة ولاية دولة جماعة ميليشيات ميليشيا حركة حزب شركة منظمة مجلس محافظة "
             "منطقة ملك أمير ولي عهد زعيم قائد مطار ميناء جزيرة".split())
YEAR_RE = re.compile(r"(?:عام|العام|سنة|منذ)\s+(19[5-9]\d|20[0-2]\d)")


# --------------------------------------------------------------------------
# Corpus
# --------------------------------------------------------------------------


@dataclass
class Article:
    id: str
    text: str
    title: str
    date: dt.date | None


def published(value: object) -> dt.date | None:
    if not isinstance(value, str) or not value:
        return None
    parts = parsedate_tz(value)
    if parts is None:
        try:
            return dt.date.fromisoformat(value[:10])
        except ValueError:
            return None
    try:
        return dt.date(parts[0], parts[1], parts[2])
    except ValueError:
        return None


def read_records(corpus: Path, limit: int) -> list[dict[str, object]]:
    opener = gzip.open if corpus.suffix == ".gz" else open
    out: list[dict[str, object]] = []
    with opener(corpus, "rt", encoding="utf-8") as fh:
        for line in fh:
            if limit and len(out) >= limit:
                break
            if line.strip():
                out.append(json.loads(line))
    return out


def write_jsonl_gz(records: list[dict[str, object]], path: Path, copies: int = 1) -> None:
    with gzip.open(path, "wt", encoding="utf-8", compresslevel=3) as fh:
        for k in range(copies):
            for r in records:
                if k:
                    r = dict(r, id=f"{r.get('id')}-x{k + 1}", text=f"{r.get('text')}" + "\n" * k)
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")


# --------------------------------------------------------------------------
# Claims, generated from the corpus
# --------------------------------------------------------------------------


def variant(name: str, df: Counter[str]) -> str | None:
    """A spelling variant news uses (ترامب/ترمب) that the corpus attests: a long vowel dropped or added
    inside the last word, kept only when that spelling is a word of at least 2 articles."""
    words = name.split()
    last = words[-1]
    core = last[2:] if last.startswith("ال") else last
    lead = last[: len(last) - len(core)]
    forms = [core[:i] + core[i + 1:] for i in range(1, len(core) - 1) if core[i] in "اوي" and len(core) > 3]
    forms += [core[:i] + v + core[i:] for i in range(2, len(core) - 1) for v in "اوي" if core[i - 1] not in "اوي"]
    for form in forms:
        if df[lead + form] >= 2:
            return " ".join(words[:-1] + [lead + form])
    return None


@dataclass
class Names:
    """Hashtag names of the corpus and the articles naming each (by substring)."""

    names: list[str]
    docs: dict[str, set[int]]
    before: dict[str, Counter[str]] = field(default_factory=dict)
    df: Counter[str] = field(default_factory=Counter)


def find_names(arts: list[Article], top: int) -> Names:
    tags: Counter[str] = Counter()
    df: Counter[str] = Counter()
    for a in arts:
        tags.update({t.replace("_", " ") for t in HASHTAG.findall(a.text)})
        df.update(set(ARABIC_WORD.findall(a.text)))
    names = [n for n, c in sorted(tags.items(), key=lambda kv: (-kv[1], kv[0]))
             if c >= 2 and len(n) >= 3 and n not in STOP][:top]
    docs: dict[str, set[int]] = {n: set() for n in names}
    before: dict[str, Counter[str]] = {n: Counter() for n in names}
    for i, a in enumerate(arts):
        text = a.text
        for n in names:
            if n in text:
                docs[n].add(i)
    for n in names:
        pat = re.compile(r"([\u0621-\u064A]{3,})\s+#?" + re.escape(n).replace(r"\ ", r"[\s_]"))
        for i in sorted(docs[n])[:200]:
            for w in pat.findall(arts[i].text):
                if w in TITLES or (w.startswith("ال") and len(w) >= 5 and w not in STOP):
                    before[n][w] += 1
    names = [n for n in names if docs[n]]
    return Names(names, docs, before, df)


@dataclass
class Event:
    name: str
    start: dt.date
    end: dt.date
    docs: list[int]        # articles naming the event's name inside its window (or all, when too few)


def make_events(arts: list[Article], names: Names, count: int, rng: random.Random) -> list[Event]:
    n = len(arts)
    in_band = [x for x in names.names if 0.01 * n <= len(names.docs[x]) <= 0.03 * n]
    if len(in_band) < min(count, 10):  # small corpora: widen the band
        in_band = [x for x in names.names if 0.004 * n <= len(names.docs[x]) <= 0.06 * n] or names.names
    rng.shuffle(in_band)
    events: list[Event] = []
    for k in range(count):
        name = in_band[k % len(in_band)]
        dated = sorted(i for i in names.docs[name] if arts[i].date)
        anchor = arts[rng.choice(dated)].date if dated else dt.date(2018, 5, 1)
        assert anchor is not None
        start, end = anchor - dt.timedelta(days=30), anchor + dt.timedelta(days=30)
        inside = [i for i in sorted(names.docs[name]) if (d := arts[i].date) is None or start <= d <= end]
        events.append(Event(name, start, end, inside if len(inside) >= 3 else sorted(names.docs[name])))
    return events


class ClaimMaker:
    def __init__(self, arts: list[Article], names: Names, rng: random.Random) -> None:
        self.arts = arts
        self.names = names
        self.rng = rng
        self.used_titles: set[str] = set()

    def cooccurring(self, ev: Event) -> list[str]:
        evs = set(ev.docs)
        scored = [(len(self.names.docs[x] & evs), x) for x in self.names.names if x != ev.name]
        return [x for c, x in sorted(scored, key=lambda t: (-t[0], t[1])) if c > 0]

    def mention(self, cid: str, ev: Event, taken: set[str]) -> dict[str, object]:
        pool = [x for x in self.cooccurring(ev) if x not in taken] or [x for x in self.names.names if x != ev.name]
        name = pool[min(len(pool) - 1, self.rng.randrange(3))]
        taken.add(name)
        anys = [name]
        v = variant(name, self.names.df)
        if v and v != name:
            anys.append(v)
        if " " in name and len(name.split()[-1]) >= 4 and self.rng.random() < 0.5:
            anys.append(name.split()[-1])
        rivals = [x for x in pool if x != name and x not in anys][:2]
        claim: dict[str, object] = {"id": cid, "says": f"ذكر {name}", "kind": "mention", "any": anys}
        if rivals:
            claim["not"] = rivals
        ctx = [w for w, _ in self.names.before.get(name, Counter()).most_common(2)]
        if ctx and self.rng.random() < 0.8:
            claim["about"] = ctx
            claim["says"] = f"{ctx[0]} {name}"
        return claim

    def stated(self, specs: list[tuple[list[str], str, str, tuple[int, int]]], ev: Event) -> tuple[list[str], str, float] | None:
        """The first spec whose value pattern an article of the event states, with that value."""
        for about, unit, pattern, _ in specs:
            for i in ev.docs:
                m = re.search(pattern, self.arts[i].text)
                if m:
                    raw = next(g for g in m.groups() if g)
                    return about, unit, float(raw.replace(",", "."))
        return None

    def quantity(self, cid: str, ev: Event, taken: set[str]) -> dict[str, object]:
        specs = [s for s in QUANTITY_SPECS if s[0][0] not in taken] or list(QUANTITY_SPECS)
        self.rng.shuffle(specs)
        found = self.stated(specs, ev)
        if found is None:
            about, unit, _, (lo, hi) = specs[0]
            value = float(self.rng.randint(lo, hi))
        else:
            about, unit, value = found
        taken.add(about[0])
        value_out: float | int = int(value) if value.is_integer() else value
        claim: dict[str, object] = {"id": cid, "says": f"{about[0]} {value_out} ({unit})", "kind": "quantity",
                                    "about": list(about), "value": value_out, "unit": unit}
        if self.rng.random() < 0.3:
            claim["tolerance"] = "10%"
        return claim

    def date(self, cid: str, ev: Event, taken: set[str]) -> dict[str, object]:
        specs = [s for s in DATE_SPECS if s[0] not in taken] or list(DATE_SPECS)
        self.rng.shuffle(specs)
        for about in specs:
            taken.add(about[0])
            for i in ev.docs:
                text = self.arts[i].text
                if about[0] in text:
                    m = YEAR_RE.search(text)
                    if m:
                        return {"id": cid, "says": f"{about[0]} عام {m.group(1)}", "kind": "date",
                                "about": list(about), "value": m.group(1)}
        about = specs[0]
        d = self.arts[ev.docs[0]].date or ev.start
        value = f"{d.year}-{d.month:02d}" if self.rng.random() < 0.5 else str(d.year)
        return {"id": cid, "says": f"{about[0]} في {value}", "kind": "date", "about": list(about), "value": value}

    def statement(self, cid: str, ev: Event, taken: set[str]) -> dict[str, object]:
        order = list(ev.docs)
        self.rng.shuffle(order)
        for i in order:
            title = " ".join(self.arts[i].title.split())
            if 4 <= len(title.split()) <= 14 and title not in self.used_titles:
                self.used_titles.add(title)
                return {"id": cid, "says": title, "kind": "statement"}
        words = ARABIC_WORD.findall(self.arts[order[0]].text)[:10]
        return {"id": cid, "says": " ".join(words) or ev.name, "kind": "statement"}


def generate(arts: list[Article], names: Names, events_n: int, seed: int) -> list[tuple[Event, list[dict[str, object]]]]:
    """``events_n`` events of 5 claims: per event 2 mention + 1 statement + 2 from a pool
    (per 20 events: 20 quantity, 15 date, 5 statement) -> 40 % mention, 20 % quantity, 15 % date, 25 % statement."""
    rng = random.Random(seed)
    events = make_events(arts, names, events_n, rng)
    maker = ClaimMaker(arts, names, rng)
    pool: list[str] = []
    for _ in range((events_n + 19) // 20):
        block = ["quantity"] * 20 + ["date"] * 15 + ["statement"] * 5
        rng.shuffle(block)
        pool += block
    out = []
    for k, ev in enumerate(events):
        kinds = ["mention", "mention", "statement", pool[2 * k], pool[2 * k + 1]]
        taken: set[str] = set()
        claims = []
        for j, kind in enumerate(kinds):
            cid = f"e{k:03d}-{kind}-{j}"
            claims.append(getattr(maker, kind)(cid, ev, taken))
        out.append((ev, claims))
    return out


def aliases(claims: list[dict[str, object]]) -> list[str]:
    out: list[str] = []
    for c in claims:
        for key in ("any", "not", "about"):
            out += list(c.get(key, []))  # type: ignore[call-overload]
    return out


def write_layouts(events: list[tuple[Event, list[dict[str, object]]]], folder: Path) -> dict[str, list[Path]]:
    folder.mkdir(parents=True)
    def dump(data: dict[str, object], path: Path) -> None:
        path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=1000), encoding="utf-8")

    every = [c for _, cs in events for c in cs]
    one = folder / "unscoped" / "claims.yaml"
    one.parent.mkdir()
    dump({"version": 1, "topic": f"{len(every)} generated claims, no scope", "defaults": {"threshold": THRESHOLD},
          "claims": every}, one)
    scoped = folder / "scoped"
    scoped.mkdir()
    files = []
    for k, (ev, cs) in enumerate(events):
        path = scoped / f"event_{k:03d}.yaml"
        dump({"version": 1, "topic": f"{ev.name}, {ev.start} .. {ev.end}",
              "scope": {"all": [ev.name], "published": {"from": ev.start.isoformat(), "to": ev.end.isoformat()}},
              "defaults": {"threshold": THRESHOLD}, "claims": cs}, path)
        files.append(path)
    return {"unscoped": [one], "scoped": files}


# --------------------------------------------------------------------------
# Baselines
# --------------------------------------------------------------------------


def naive_loop(alias_list: list[str], texts: list[str], budget: float) -> tuple[float, int, int, str]:
    """Seconds for every (alias, article) partial_ratio; (seconds, hits, articles timed, how)."""
    from rapidfuzz import fuzz

    fuzz.partial_ratio("تجربة", "تجربة أولى")

    def run(sample: list[str]) -> tuple[float, int]:
        hits = 0
        t0 = time.perf_counter()
        for text in sample:
            for a in alias_list:
                if fuzz.partial_ratio(a, text) >= THRESHOLD:
                    hits += 1
        return time.perf_counter() - t0, hits

    n = len(texts)
    pilot_n = min(n, 200)
    pilot = texts[:: max(1, n // pilot_n)][:pilot_n]
    t_pilot, _ = run(pilot)
    projected = t_pilot / len(pilot) * n
    if projected <= budget:
        seconds, hits = run(texts)
        return seconds, hits, n, "full loop"
    size = max(len(pilot), min(n, int(len(pilot) * (budget / 5) / max(t_pilot, 1e-9))))
    stride = max(1, n // size)
    sample = texts[::stride]
    seconds, hits = run(sample)
    full = seconds / len(sample) * n
    how = (f"extrapolated linearly from a stride sample of {len(sample):,} of {n:,} articles "
           f"({seconds:.1f} s; the full loop was projected at {projected:.0f} s > budget {budget:.0f} s)")
    return full, int(hits * n / len(sample)), len(sample), how


def grep_baseline(alias_file: Path, text_file: Path) -> tuple[float, int]:
    best = float("inf")
    count = 0
    env = dict(os.environ, LC_ALL="C.UTF-8")
    for _ in range(3):
        t0 = time.perf_counter()
        proc = subprocess.run(["grep", "-c", "-F", "-f", str(alias_file), str(text_file)],
                              capture_output=True, text=True, env=env, check=False)
        best = min(best, time.perf_counter() - t0)
        count = int(proc.stdout.strip() or 0)
    return best, count


# --------------------------------------------------------------------------
# factcheck through pytest
# --------------------------------------------------------------------------


@dataclass
class Run:
    label: str
    seconds: float | None      # None: timed out or failed
    rss_mb: float | None
    exit: int
    summary: str
    note: str = ""
    timed_out: float | None = None   # the timeout, when the run hit it: its time is a lower bound
    xdist_workers: bool = False      # whether pytest-xdist started its workers (its "bringing up nodes")


def pytest_command(files: list[Path], corpus: Path, tmp: Path, cache: Path, report: Path) -> list[str]:
    # -p no:hypothesispytest: the project's test extra installs hypothesis, whose pytest plugin imports
    # all of hypothesis at the end of every run (~1 s); a newsroom's install of factcheck has none.
    # The layout's folder is named as its claims folder, as an editor runs a folder of event files
    # (``pytest claims/``): 200 files named one by one cost pytest 200 x 200 file visits in collection.
    folder = files[0].parent
    assert all(f.parent == folder for f in files), "a layout's claim files share one folder"
    return [sys.executable, "-m", "pytest", "-p", "factcheck", "-p", "no:hypothesispytest", str(folder),
            "-o", f"factcheck_claims={folder}",
            f"--factcheck-corpus={corpus}", "-o", f"factcheck_jsonl_fields={JSONL_FIELDS}",
            "--factcheck-granularity=claim", "-q", "-p", "no:cacheprovider", f"--rootdir={tmp}",
            "-c", "/dev/null", f"--factcheck-json={report}", f"--factcheck-cache={cache}"]


def floor_command(folder: Path, tmp: Path) -> list[str]:
    """pytest as the measured runs start it, over a folder with no claim file: what any run pays before
    factcheck has a claim to check (the interpreter, pytest and its plugins, the session)."""
    return [sys.executable, "-m", "pytest", "-p", "factcheck", "-p", "no:hypothesispytest", str(folder), "-q",
            "-p", "no:cacheprovider", f"--rootdir={tmp}", "-c", "/dev/null"]


def floors(tmp: Path, xdist: int, timeout: float) -> tuple[Run, Run | None]:
    """The best of three runs of ``floor_command``, serial and (``xdist``) with ``-n``: the part of a warm
    run no change to factcheck can remove, against which the warm goals are read."""
    folder = tmp / "no-claims"
    folder.mkdir(exist_ok=True)
    no_tests = (0, 5)  # pytest's «no tests collected»
    serial = best_of([run_pytest(f"floor #{n + 1}", floor_command(folder, tmp), tmp, timeout, no_tests) for n in range(3)])
    parallel = best_of([run_pytest(f"floor -n {xdist} #{n + 1}", [*floor_command(folder, tmp), "-n", str(xdist)],
                                   tmp, timeout, no_tests) for n in range(3)]) if xdist else None
    return serial, parallel


def child_env() -> dict[str, str]:
    """The environment of the measured runs: Python's bytecode cache on, as on a user's machine.

    Sandboxes and CI often set PYTHONDONTWRITEBYTECODE, which makes every run compile every module it
    imports (pytest, pydantic, camel-tools, factcheck: ~1 s) instead of reading the cached bytecode.
    """
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def run_pytest(label: str, cmd: list[str], tmp: Path, timeout: float, ok: tuple[int, ...] = (0, 1),
               env: dict[str, str] | None = None) -> Run:
    """``cmd`` under /usr/bin/time; ``env``: variables added to the children's (``child_env``)."""
    timing = tmp / "time.txt"
    wrapped = [TIME, "-f", "%e %M", "-o", str(timing), *cmd] if Path(TIME).exists() else cmd
    print(f"  [{label}] running ...", file=sys.stderr, flush=True)
    t0 = time.perf_counter()
    # Own process group: on timeout /usr/bin/time *and* the pytest under it are killed (killing only the
    # direct child would leave pytest running and holding the output pipes).
    child = subprocess.Popen(wrapped, cwd=tmp, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                             start_new_session=True, env={**child_env(), **(env or {})})
    try:
        out, err = child.communicate(timeout=timeout)
        proc = subprocess.CompletedProcess(wrapped, child.returncode, out, err)
    except subprocess.TimeoutExpired:
        os.killpg(child.pid, signal.SIGKILL)
        child.communicate()
        print(f"  [{label}] timed out after {timeout:.0f} s", file=sys.stderr, flush=True)
        return Run(label, None, None, -1, f"timed out after {timeout:.0f} s (killed)", timed_out=timeout)
    wall = time.perf_counter() - t0
    seconds, rss = wall, None
    if timing.exists():
        try:
            e, m = timing.read_text().split()[-2:]
            seconds, rss = float(e), int(m) / 1024
        except ValueError:
            pass
    lines = [ln for ln in proc.stdout.splitlines() if ln.strip()]
    summary = lines[-1].strip("= ") if lines else proc.stderr.strip()[-300:]
    if proc.returncode not in ok:
        sys.stderr.write(proc.stdout[-2000:] + proc.stderr[-2000:])
        return Run(label, None, rss, proc.returncode, summary)
    print(f"  [{label}] {seconds:.1f} s, {rss or 0:.0f} MB: {summary}", file=sys.stderr, flush=True)
    return Run(label, seconds, rss, proc.returncode, summary,
               xdist_workers="bringing up nodes" in proc.stdout or "created: " in proc.stdout)


def best_of(runs: list[Run]) -> Run:
    """The fastest of repeated runs (the machine is shared: a slow run measures the neighbours), with every
    time in its summary and the largest peak memory of them all."""
    done = [r for r in runs if r.seconds is not None]
    if len(runs) == 1 or not done:
        return runs[0]
    fastest = min(done, key=lambda r: r.seconds or 0.0)
    times = ", ".join("-" if r.seconds is None else f"{r.seconds:.1f}" for r in runs)
    rss = max((r.rss_mb or 0.0) for r in runs) or None
    return replace(fastest, rss_mb=rss, summary=f"{fastest.summary} [best of {len(runs)}: {times} s]")


def fresh(cache: Path) -> Path:
    if cache.exists():
        shutil.rmtree(cache)
    cache.mkdir()
    return cache


# Warm runs after each cold one, the best kept: a replayed run takes under a second.
WARM_RUNS = 3
# The warm run of a layout with its claim files touched (see cold_warm), by layout name.
TOUCHED: dict[str, Run] = {}
# The warm run of a layout with one count's value edited (see cold_warm), by layout name.
EDITED: dict[str, Run] = {}


def touch(files: list[Path]) -> None:
    """The same bytes, a new modification time: not the run made before (``whole_run``), the same claims."""
    for path in files:
        st = path.stat()
        os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns + 10**9))


def edit_a_count(files: list[Path]) -> tuple[Path, bytes, str] | None:
    """The first quantity claim's whole value (of any unit) made one more, as an editor corrects a figure:
    (file, its old bytes, the claim's id); None when no file holds one."""
    for path in files:
        data = path.read_bytes()
        lines = data.decode("utf-8").split("\n")
        claim = ""
        in_count = False
        for n, line in enumerate(lines):
            if line.startswith("- id: "):
                claim, in_count = line[len("- id: "):], False
            elif line == "  kind: quantity":
                in_count = True
            elif in_count and (m := re.fullmatch(r"  value: (\d+)", line)):
                lines[n] = f"  value: {int(m.group(1)) + 1}"
                path.write_bytes("\n".join(lines).encode("utf-8"))
                return path, data, claim
    return None


def cold_warm(name: str, files: list[Path], corpus: Path, tmp: Path, timeout: float, repeat: int = 1,
              edit: bool = False) -> tuple[Run, Run]:
    """A cold run (empty cache) then ``WARM_RUNS`` warm ones (the same cache: the run made before, replayed whole),
    ``repeat`` times, the best of each kept; and a warm run after touching the claim files (``TOUCHED``), which reads the
    claim files and the corpus listing again and replays each claim's outcome, as after an edit to other claims.
    ``edit``: then a run with one count's value changed (``EDITED``): that claim's articles read in depth again (their
    numbers, dates and quantities from the cache), every other claim's outcome replayed; the file is put back after."""
    report = tmp / f"r-{name}.json"
    colds: list[Run] = []
    warms: list[Run] = []
    touched: list[Run] = []
    edited: list[Run] = []
    cold_report = b""
    reports: list[bytes] = []
    for n in range(repeat):
        cmd = pytest_command(files, corpus, tmp, fresh(tmp / f"cache-{name}"), report)
        colds.append(run_pytest(f"{name} cold" + (f" #{n + 1}" if repeat > 1 else ""), cmd, tmp, timeout))
        if colds[-1].seconds is None:  # a warm run after a failed or killed cold one measures nothing useful
            return colds[-1], Run(f"{name} warm", None, None, -1, "not run (the cold run did not finish)")
        cold_report = report.read_bytes() if report.exists() else b""
        for w in range(WARM_RUNS):  # under a second each: the machine's jitter is a large part of one
            warms.append(run_pytest(f"{name} warm" + (f" #{n + 1}" if repeat > 1 else "") + f" ({w + 1})", cmd, tmp,
                                    timeout))
            reports.append(report.read_bytes() if report.exists() else b"")
        touch(files)
        touched.append(run_pytest(f"{name} warm, claim files touched" + (f" #{n + 1}" if repeat > 1 else ""), cmd, tmp,
                                  timeout))
        reports.append(report.read_bytes() if report.exists() else b"")
        changed = edit_a_count(files) if edit else None
        if edit and changed is None:
            print(f"  [{name}] no quantity claim with a whole value to edit: no edited run", flush=True)
        if changed is not None:
            path, before, claim = changed
            try:
                # its own report: the layout's stays the one the cold and warm runs wrote (compared with xdist's after)
                edited_cmd = pytest_command(files, corpus, tmp, tmp / f"cache-{name}", tmp / f"r-{name}-edited.json")
                edited.append(run_pytest(f"{name} warm, {claim} edited" + (f" #{n + 1}" if repeat > 1 else ""),
                                         edited_cmd, tmp, timeout))
            finally:
                path.write_bytes(before)
    cold, warm = best_of(colds), best_of(warms)
    TOUCHED[name] = best_of(touched)
    if edited:
        EDITED[name] = best_of(edited)
    if report.exists():
        same = "identical to" if all(r == cold_report for r in reports) else "DIFFERENT FROM"
        cold.note = f"JSON reports of the warm runs (replayed whole, and with the claim files touched) {same} the cold run's"
        data = json.loads(report.read_text(encoding="utf-8"))
        counts: Counter[str] = Counter()
        for c in data.get("claims", []):
            counts.update(c.get("counts", {}))
        in_scope = sum(f.get("in_scope", 0) for f in data.get("files", []))
        warm.note = (f"{len(data.get('sources', [])):,} sources, {in_scope:,} (file, source) in scope; pairs: "
                     + ", ".join(f"{v} {counts[v]:,}" for v in ("supported", "contradicted", "not_mentioned", "error")))
    return cold, warm


def cold_floors(name: str, files: list[Path], corpus: Path, tmp: Path, timeout: float) -> dict[str, Run]:
    """The layout run cold with each check replaced by the work every check of it needs first
    (``benchmarks/cold_floor.py``): by level, a run whose time no faster rule can go under."""
    found: dict[str, Run] = {}
    for level in FLOOR_WORDS:
        report = tmp / f"r-{name}-floor-{level}.json"
        cmd = [*pytest_command(files, corpus, tmp, fresh(tmp / f"cache-{name}-floor"), report), "-p", "cold_floor"]
        env = {"FACTCHECK_COLD_FLOOR": level,
               "PYTHONPATH": os.pathsep.join(p for p in (str(HERE), os.environ.get("PYTHONPATH", "")) if p)}
        run = run_pytest(f"{name} cold floor: {level}", cmd, tmp, timeout, env=env)
        if run.seconds is not None and floor_checked(report):
            run = replace(run, seconds=None, summary="the floor plugin did not take effect: some pair was checked")
        found[level] = run
    return found


def floor_checked(report: Path) -> bool:
    """Whether a floor run's report holds a pair that ended other than ``not_mentioned`` (a real check ran)."""
    if not report.exists():
        return True
    data = json.loads(report.read_text(encoding="utf-8"))
    return any(n for c in data.get("claims", []) for v, n in c.get("counts", {}).items() if v != "not_mentioned")


def floor_line_of(name: str, found: dict[str, Run], cold: Run, naive_s: float | None) -> str:
    """The floors of one layout beside its real cold run and the cold goal."""
    goal = GOALS[name]["cold"]
    cells = [f"{FLOOR_WORDS[level]} {secs(r)} s ({frac(r.seconds, naive_s)} naive)" if r.seconds is not None
             else f"{FLOOR_WORDS[level]}: {r.summary}" for level, r in found.items()]
    line = f"  {name} cold floors (each check replaced by what it reads first): " + "; ".join(cells)
    line += f"; the real cold run {secs(cold)} s ({frac(cold.seconds, naive_s)})"
    if naive_s:
        line += f"; the goal ≤ 1/{round(1 / goal)} is {goal * naive_s:.1f} s"
    return line


# The levels of ``benchmarks/cold_floor.py`` (its ``LEVELS``), and what each keeps of a check.
FLOOR_WORDS = {"documents": "documents only", "figures": "+ vocabularies and figures"}


# --------------------------------------------------------------------------
# Report
# --------------------------------------------------------------------------


def machine() -> str:
    model = "?"
    mem = "?"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                mem = f"{int(line.split()[1]) / 1024 ** 2:.1f} GiB"
    except OSError:
        pass
    load = " ".join(f"{x:.2f}" for x in os.getloadavg())
    return (f"nproc {os.cpu_count()}, {model}, RAM {mem}, {platform.machine()}, Python {platform.python_version()}, "
            f"load average {load}")


def code_state() -> str:
    try:
        head = subprocess.run(["git", "-C", str(REPO), "log", "-1", "--format=%h %cd", "--date=format:%Y-%m-%d %H:%M"],
                              check=True, capture_output=True, text=True).stdout.strip()
        dirty = subprocess.run(["git", "-C", str(REPO), "status", "--porcelain", "--", "factcheck"],
                               check=True, capture_output=True, text=True).stdout.split("\n")
    except (OSError, subprocess.CalledProcessError):
        return "unknown (no git)"
    changed = [line[3:] for line in dirty if line.strip()]
    return head + (f" + uncommitted changes to {', '.join(changed)}" if changed else "")


def floor_line(floor: Run, floor_x: Run | None, grep_s: float, xdist: int) -> str:
    """What pytest costs with nothing to check, and what that leaves of the warm goals."""
    if floor.seconds is None:
        return f"floor: pytest with no claim file did not run ({floor.summary})"
    left = GOAL_WARM_GREP * grep_s - floor.seconds
    line = (f"floor: pytest with no claim file {floor.seconds:.2f} s (best of 3) = {frac(floor.seconds, grep_s)} grep; "
            f"warm ≤ x{GOAL_WARM_GREP:g} grep leaves factcheck {left:.2f} s")
    if floor_x is not None and floor_x.seconds is not None:
        extra = floor_x.seconds - floor.seconds
        line += (f"\nfloor: the same with -n {xdist} {floor_x.seconds:.2f} s (+{extra:.2f} s of xdist's own start); "
                 f"-n {xdist} warm ≤ x1.20 needs a serial warm run of ≥ {extra / 0.2:.1f} s")
    return line


def frac(a: float | None, b: float | None, lower: float | None = None) -> str:
    if a is None and lower is not None and b:
        return ">" + frac(lower, b)
    if a is None or not b:
        return "-"
    r = a / b
    return f"1/{1 / r:.1f}" if r < 1 else f"x{r:.1f}"


def mark(ok: bool | None) -> str:
    return "?" if ok is None else ("✓" if ok else "✗")


def secs(r: Run) -> str:
    if r.seconds is None:
        return f">{r.timed_out:.0f}" if r.timed_out else "n/a"
    return f"{r.seconds:.1f}"


def at_most(r: Run, base: float | None, goal: float) -> bool | None:
    """Whether the run's time / base is within goal; a timed-out run is ✗ when even its timeout is over."""
    if not base:
        return None
    if r.seconds is None:
        return False if r.timed_out and r.timed_out / base > goal else None
    return r.seconds / base <= goal


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="JSONL(.gz) with id, text, title, time")
    ap.add_argument("--limit", type=int, default=0, help="first N articles only (0 = all)")
    ap.add_argument("--skip-growth", action="store_true", help="no 2x-corpus / 10x-claims runs")
    ap.add_argument("--skip-naive", action="store_true", help="no naive partial_ratio loop")
    ap.add_argument("--timeout", type=float, default=3600, help="seconds per pytest run (default 3600)")
    ap.add_argument("--naive-budget", type=float, default=300, help="extrapolate the naive loop beyond this many seconds")
    ap.add_argument("--seed", type=int, default=10, help="claim generation seed (default 10)")
    ap.add_argument("--layouts", default="unscoped,scoped", help="which layouts to run (default unscoped,scoped)")
    ap.add_argument("--keep", action="store_true", help="keep the temporary folder (its path is printed)")
    ap.add_argument("--repeat", type=int, default=1, metavar="N",
                    help="run each pytest measurement N times (a fresh cache for each cold run) and keep the "
                         "fastest, every time printed: the machine is shared (default 1)")
    ap.add_argument("--cold-floors", action="store_true",
                    help="also run each layout cold with every check replaced by the reads it needs first "
                         "(benchmarks/cold_floor.py): the least a cold run can cost")
    ap.add_argument("--xdist", type=int, default=0, metavar="N",
                    help="also run each layout cold, then warm, with pytest-xdist -n N and compare with the serial runs")
    args = ap.parse_args(argv)
    if args.repeat < 1:
        ap.error("--repeat: give 1 or more")
    if not args.corpus.is_file():
        print(f"corpus not found: {args.corpus}; pass --corpus PATH", file=sys.stderr)
        return 2

    tmp = Path(tempfile.mkdtemp(prefix="factcheck-scale-"))
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))  # kill PID: still remove the temporary folder
    try:
        return bench(args, tmp)
    finally:
        if args.keep:
            print(f"temporary folder kept: {tmp}")
        else:
            shutil.rmtree(tmp, ignore_errors=True)


def bench(args: argparse.Namespace, tmp: Path) -> int:
    t_start = time.perf_counter()
    print(f"factcheck scale benchmark (issue 10), {dt.datetime.now().strftime('%Y-%m-%d %H:%M')}")
    print(f"machine: {machine()}")
    print(f"code: {code_state()}")
    print("command: python benchmarks/scale.py " + " ".join(sys.argv[1:] if argv_is_cli() else []))

    records = read_records(args.corpus, args.limit)
    arts = [Article(str(r.get("id")), text, str(r.get("title") or ""), published(r.get("time")))
            for r in records if isinstance(text := r.get("text"), str) and text.strip()]
    if args.limit:
        corpus = tmp / "corpus.jsonl.gz"
        write_jsonl_gz(records, corpus)
    else:
        corpus = args.corpus
    mb = sum(len(a.text.encode("utf-8")) for a in arts) / 1e6
    print(f"corpus: {shown(args.corpus)}, {len(records):,} records"
          f"{f' (--limit {args.limit})' if args.limit else ' (all)'}, {len(arts):,} with text, {mb:.1f} MB of text")

    t0 = time.perf_counter()
    names = find_names(arts, 250)
    events = generate(arts, names, 20, args.seed)
    claims = [c for _, cs in events for c in cs]
    alias_list = aliases(claims)
    unique = sorted(set(alias_list))
    kinds = Counter(str(c["kind"]) for c in claims)
    layouts = write_layouts(events, tmp / "claims")
    chosen = [x.strip() for x in args.layouts.split(",") if x.strip()]
    if not chosen or set(chosen) - set(layouts):
        print(f"--layouts: give unscoped and/or scoped, not {args.layouts!r}", file=sys.stderr)
        return 2
    print(f"claims: {len(claims)} ({', '.join(f'{n} {k}' for k, n in sorted(kinds.items()))}), "
          f"{len(alias_list)} aliases in any/not/about ({len(unique)} distinct), seed {args.seed}; "
          f"{len(names.names)} hashtag names; generated in {time.perf_counter() - t0:.1f} s")
    band = [len(ev.docs) for ev, _ in events]
    print(f"scoped layout: 20 files x 5 claims, scope all: [name in "
          f"{min(len(names.docs[e.name]) for e, _ in events) / len(arts):.1%}-"
          f"{max(len(names.docs[e.name]) for e, _ in events) / len(arts):.1%} of the articles], "
          f"published ±30 days ({min(band)}-{max(band)} articles in each window); e.g. "
          f"{', '.join(sorted({e.name for e, _ in events})[:6])}")
    for files in layouts.values():
        lint = subprocess.run([sys.executable, "-m", "factcheck.cli", "lint", *map(str, files)],
                              capture_output=True, text=True, check=False)
        if lint.returncode != 0:
            print(f"generated claims do not lint:\n{lint.stdout[-3000:]}{lint.stderr[-3000:]}")
            return 2

    # -- baselines ---------------------------------------------------------------
    alias_file = tmp / "aliases.txt"
    alias_file.write_text("\n".join(unique) + "\n", encoding="utf-8")
    text_file = tmp / "texts.txt"
    with text_file.open("w", encoding="utf-8") as fh:
        for a in arts:
            fh.write(a.text.replace("\r", " ").replace("\n", " ") + "\n")
    grep_s, grep_lines = grep_baseline(alias_file, text_file)
    print(f"\nbaseline grep: grep -c -F -f aliases.txt texts.txt ({len(unique)} patterns, {len(arts):,} lines): "
          f"{grep_s:.3f} s (best of 3), {grep_lines:,} lines match")
    naive_s: float | None = None
    if args.skip_naive:
        print("baseline naive: skipped (--skip-naive)")
    else:
        print("  [naive] running ...", file=sys.stderr, flush=True)
        naive_s, hits, timed, how = naive_loop(alias_list, [a.text for a in arts], args.naive_budget)
        print(f"baseline naive: partial_ratio(alias, text) >= {THRESHOLD} for every alias of every claim, "
              f"{len(alias_list)} x {len(arts):,} pairs: "
              f"{naive_s:.1f} s ({how}); {hits:,} hits")

    # -- factcheck ---------------------------------------------------------------
    example = pytest_command(layouts[chosen[0]], corpus, tmp, tmp / f"cache-{chosen[0]}", tmp / f"r-{chosen[0]}.json")
    print("\nfactcheck: /usr/bin/time -f '%e %M' " + " ".join(
        (c if " " not in c else f'"{c}"') for c in example).replace(str(tmp), "<tmp>").replace(sys.executable, "python"))
    runs: dict[str, tuple[Run, Run]] = {}
    for name in chosen:
        runs[name] = cold_warm(name, layouts[name], corpus, tmp, args.timeout, args.repeat, edit=True)
    for name in chosen if args.xdist else []:
        report = tmp / f"r-{name}-xdist.json"
        run = best_of([
            run_pytest(f"{name} cold -n {args.xdist}" + (f" #{n + 1}" if args.repeat > 1 else ""),
                       [*pytest_command(layouts[name], corpus, tmp, fresh(tmp / f"cache-{name}-xdist"), report),
                        "-n", str(args.xdist)], tmp, args.timeout)
            for n in range(args.repeat)
        ])
        serial = runs[name][0].seconds
        same = report.exists() and (tmp / f"r-{name}.json").exists() and \
            json.loads(report.read_text(encoding="utf-8")) == json.loads((tmp / f"r-{name}.json").read_text(encoding="utf-8"))
        if run.seconds is not None and serial:
            print(f"xdist: {name} cold with -n {args.xdist}: {run.seconds:.1f} s, x{run.seconds / serial:.2f} the serial "
                  f"cold run ({serial:.1f} s; goal ≤ x1.20 {mark(run.seconds / serial <= 1.2)}); "
                  f"JSON report {'equal to' if same else 'DIFFERENT FROM'} the serial run's")
        # the same cache again: what a CI job running -n N over an unchanged corpus and claims pays (only
        # after a cold run that finished: else the cache is partly cold)
        if run.seconds is None:
            continue
        # the report its cold run wrote, as the serial warm runs ask for theirs: a report asked for elsewhere is a
        # copy of the recorded one (220 MB unscoped, ~0.4 s), no cost of xdist's
        warm_report = report
        warm = best_of([
            run_pytest(f"{name} warm -n {args.xdist}" + (f" #{n + 1}" if args.repeat > 1 else "") + f" ({w + 1})",
                       [*pytest_command(layouts[name], corpus, tmp, tmp / f"cache-{name}-xdist", warm_report),
                        "-n", str(args.xdist)], tmp, args.timeout)
            for n in range(args.repeat) for w in range(WARM_RUNS)
        ])
        # and with the workers kept: a run all in the cache is made in one process unless told otherwise
        kept = best_of([
            run_pytest(f"{name} warm -n {args.xdist} --factcheck-warm-workers" + (f" #{n + 1}" if args.repeat > 1 else ""),
                       [*pytest_command(layouts[name], corpus, tmp, tmp / f"cache-{name}-xdist", warm_report),
                        "-n", str(args.xdist), "--factcheck-warm-workers"], tmp, args.timeout)
            for n in range(args.repeat)
        ])
        serial_warm = runs[name][1].seconds
        same = warm_report.exists() and (tmp / f"r-{name}.json").exists() and json.loads(
            warm_report.read_text(encoding="utf-8")) == json.loads((tmp / f"r-{name}.json").read_text(encoding="utf-8"))
        if warm.seconds is not None and serial_warm:
            print(f"xdist: {name} warm with -n {args.xdist}: {warm.seconds:.1f} s, x{warm.seconds / serial_warm:.2f} the "
                  f"serial warm run ({serial_warm:.1f} s; goal ≤ x1.20 {mark(warm.seconds / serial_warm <= 1.2)}); "
                  f"{'its workers started' if warm.xdist_workers else 'made in one process (all in the cache)'}; with "
                  f"--factcheck-warm-workers {kept.seconds or float('nan'):.1f} s, "
                  f"x{(kept.seconds or float('nan')) / serial_warm:.2f}; JSON report "
                  f"{'equal to' if same else 'DIFFERENT FROM'} the serial run's")

    floor, floor_x = floors(tmp, args.xdist, args.timeout)
    cold_floor = {name: cold_floors(name, layouts[name], corpus, tmp, args.timeout)
                  for name in (chosen if args.cold_floors else [])}

    growth: dict[str, dict[str, tuple[Run, Run]]] = {}
    if not args.skip_growth:
        corpus2 = tmp / "corpus-2x.jsonl.gz"
        write_jsonl_gz(records, corpus2, copies=2)
        big = generate(arts, names, 200, args.seed)
        big_layouts = write_layouts(big, tmp / "claims-10x")
        big_claims = [c for _, cs in big for c in cs]
        print(f"growth: 2x corpus = {2 * len(records):,} records (ids -x2, text + newline); "
              f"10x claims = {len(big_claims)} claims, {len(aliases(big_claims))} aliases, 200 event files")
        # A layout whose 1x cold run did not finish has nothing to compare with: no growth runs for it.
        grow = [n for n in chosen if runs[n][0].seconds is not None]
        for n in chosen:
            if n not in grow:
                print(f"growth: {n} skipped (its 1x cold run did not finish)")
        growth["corpus 2x"] = {n: cold_warm(f"{n}-corpus2x", layouts[n], corpus2, tmp, args.timeout, args.repeat)
                               for n in grow}
        growth["claims 10x"] = {n: cold_warm(f"{n}-claims10x", big_layouts[n], corpus, tmp, args.timeout, args.repeat)
                                for n in grow}

    # -- table ---------------------------------------------------------------------
    print(f"\n{'layout':<22}{'cold s':>8}{'warm s':>8}{'peak RSS MB':>12}   {'cold/naive':<18}{'warm/naive':<18}"
          f"{'warm/grep':<16}{'RSS ≤ 1.5 GB':<12}")
    for name, (cold, warm) in runs.items():
        goal = GOALS[name]
        rss = max((r.rss_mb or 0) for r in (cold, warm)) or None
        cn = at_most(cold, naive_s, goal["cold"])
        wn = at_most(warm, naive_s, goal["warm"])
        wg = at_most(warm, grep_s, GOAL_WARM_GREP)
        label = "unscoped (1 file)" if name == "unscoped" else "scoped (20 files)"
        print(f"{label:<22}{secs(cold):>8}{secs(warm):>8}{(f'{rss:,.0f}' if rss else '-'):>12}   "
              f"{frac(cold.seconds, naive_s, cold.timed_out) + ' ≤1/' + str(round(1 / goal['cold'])) + ' ' + mark(cn):<18}"
              f"{frac(warm.seconds, naive_s) + ' ≤1/' + str(round(1 / goal['warm'])) + ' ' + mark(wn):<18}"
              f"{frac(warm.seconds, grep_s) + ' ≤x10 ' + mark(wg):<16}"
              f"{mark(None if rss is None else rss <= GOAL_RSS_MB):<12}")
    for name in runs:
        if (t := TOUCHED.get(name)) is not None:
            goal = GOALS[name]
            print(f"  {name} warm with its claim files touched (each claim's outcome replayed, not the whole run): "
                  f"{secs(t)} s = {frac(t.seconds, naive_s)} naive (≤1/{round(1 / goal['warm'])} "
                  f"{mark(at_most(t, naive_s, goal['warm']))}), {frac(t.seconds, grep_s)} grep "
                  f"(≤x10 {mark(at_most(t, grep_s, GOAL_WARM_GREP))})")
    for name in runs:
        if (e := EDITED.get(name)) is not None and e.seconds is not None:
            cold, warm = runs[name]
            print(f"  {name} with one count edited ({e.label.split(', ')[-1]}; its articles read again, their reads "
                  f"from the cache): {secs(e)} s = {frac(e.seconds, cold.seconds)} of the cold run, "
                  f"x{e.seconds / (warm.seconds or float('nan')):.0f} the warm run")
    for name, found in cold_floor.items():
        print(floor_line_of(name, found, runs[name][0], naive_s))
    print(f"{'baselines':<22}naive {f'{naive_s:.1f} s' if naive_s is not None else 'skipped'}; grep {grep_s:.3f} s")
    print(floor_line(floor, floor_x, grep_s, args.xdist))
    for cold, warm in runs.values():
        for r in (cold, warm):
            print(f"  {r.label}: exit {r.exit}; {r.summary}")
        for r in (cold, warm):
            if r.note:
                print(f"    {r.note}")

    if growth:
        print(f"\n{'growth (time ratio to 1x)':<28}{'layout':<10}{'cold s':>8}{'warm s':>8}{'peak RSS MB':>12}"
              f"   {'cold ratio':<16}{'warm ratio':<16}")
        for what, per in growth.items():
            limit = GOAL_CORPUS_2X if what == "corpus 2x" else GOAL_CLAIMS_10X
            for name, (cold, warm) in per.items():
                base_cold, base_warm = runs[name]
                rss = max((r.rss_mb or 0) for r in (cold, warm)) or None
                cells = []
                for r, b in ((cold, base_cold), (warm, base_warm)):
                    if r.seconds is None and r.timed_out and b.seconds:
                        cells.append(f">x{r.timed_out / b.seconds:.2f} ≤{limit:g} {mark(at_most(r, b.seconds, limit))}")
                    elif r.seconds is None or not b.seconds:
                        cells.append("-")
                    else:
                        ratio = r.seconds / b.seconds
                        cells.append(f"x{ratio:.2f} ≤{limit:g} {mark(ratio <= limit)}")
                print(f"{what:<28}{name:<10}{secs(cold):>8}{secs(warm):>8}{(f'{rss:,.0f}' if rss else '-'):>12}"
                      f"   {cells[0]:<16}{cells[1]:<16}")
                for r in (cold, warm):
                    if r.seconds is None or r.exit not in (0, 1):
                        print(f"    {r.label}: exit {r.exit}; {r.summary}")
    print("\ngoals (issue 10): unscoped cold ≤ 1/10, warm ≤ 1/25 of the naive loop; 20 scoped files cold ≤ 1/12, "
          "warm ≤ 1/40; warm ≤ 10x grep; peak RSS ≤ 1.5 GB; 2x corpus ≤ 2.2x time, 10x claims ≤ 3x time")
    print(f"total benchmark wall time {time.perf_counter() - t_start:.0f} s")
    return 0


def argv_is_cli() -> bool:
    return Path(sys.argv[0]).name == "scale.py"


def shown(path: Path) -> str:
    try:
        return os.path.relpath(path)
    except ValueError:
        return str(path)


if __name__ == "__main__":
    raise SystemExit(main())
