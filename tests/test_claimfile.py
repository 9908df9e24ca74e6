"""Golden cases for claim-file problems: message, line, key path."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.claims.load import load_claim_file, parse_claims
from factcheck.claims.model import MentionClaim, QuantityClaim
from factcheck.claims.schema import schema_text
from factcheck.cli import main

ROOT = Path(__file__).resolve().parents[1]

GOOD = """\
version: 1
defaults:
  threshold: 90
  missing: fail
claims:
  - id: venue
    says: عقدت القمة في قاعدة إلمندورف
    kind: mention
    any: إلمندورف
    x-note: editors' own key
  - id: duration
    says: ثلاث ساعات
    kind: quantity
    about: [القمة]
    value: 3
    unit: hour
    threshold: 80
"""


def problems(text: str) -> list[str]:
    return [str(p) for p in parse_claims(text, "c.yaml").problems]


def test_good_file_inherits_defaults_and_lists_words() -> None:
    loaded = parse_claims(GOOD, "c.yaml")
    assert loaded.problems == []
    venue, duration = loaded.claims
    assert isinstance(venue, MentionClaim) and isinstance(duration, QuantityClaim)
    assert venue.any == ["إلمندورف"]
    assert venue.threshold == 90 and venue.missing.value == "fail"
    assert duration.threshold == 80
    assert loaded.claim_lines == [6, 11]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("version: 1\nclaims:\n  - id: a\n    says: x\n    kind: mention\n    any: [b]\n    unit: hour\n",
         ["c.yaml:7: claims[0].unit: unknown key for a mention claim; check its spelling (keys starting with 'x-' are ignored)"]),
        ("version: 1\nclaims:\n  - id: a\n    says: x\n    kind: mention\n    anny: [b]\n",
         ["c.yaml:3: claims[0].any: required key is missing",
          "c.yaml:6: claims[0].anny: unknown key for a mention claim; did you mean 'any'? (keys starting with 'x-' are ignored)"]),
        ("version: 1\nclaims:\n  - id: a\n    says: x\n    kind: mention\n    any: [b]\n    nott: [c]\n",
         ["c.yaml:7: claims[0].nott: unknown key for a mention claim; did you mean 'not'? (keys starting with 'x-' are ignored)"]),
        ("version: 1\nclaims:\n  - id: a\n    says: x\n    kind: mention\n    any: [b]\n    zzz: [c]\n",
         ["c.yaml:7: claims[0].zzz: unknown key for a mention claim; check its spelling (keys starting with 'x-' are ignored)"]),
        ("version: 1\ndefault: {threshold: 80}\nclaims:\n  - {id: a, says: x}\n",
         ["c.yaml:2: default: unknown key; did you mean 'defaults'? (keys starting with 'x-' are ignored)"]),
        ("version: 1\ndefaults: {treshold: 80}\nscope: {al: [x]}\nclaims:\n  - {id: a, says: x}\n",
         ["c.yaml:2: defaults.treshold: unknown key; did you mean 'threshold'? (keys starting with 'x-' are ignored)",
          "c.yaml:3: scope.al: unknown key; did you mean 'all'? (keys starting with 'x-' are ignored)"]),
        ("version: 1\nclaims:\n  - id: a\n    says: x\n    kind: quantity\n    about: [b]\n    value: 3\n    unit: hours\n",
         ["c.yaml:8: claims[0].unit: 'hours' is not one of: 'hour', 'minute', 'day', 'week', 'month', 'year', 'decade', 'percent' or 'count'; did you mean 'hour'?"]),
        ("version: 1\nclaims:\n  - id: a\n    says: x\n    kind: quantity\n    about: [b]\n    unit: hour\n",
         ["c.yaml:3: claims[0].value: required key is missing"]),
        ("version: 1\nclaims:\n  - id: a\n    says: x\n    kind: rumour\n",
         ["c.yaml:5: claims[0].kind: 'rumour' is not one of: mention, quantity, date, statement"]),
        ("version: 1\nclaims:\n  - id: a\n    says: x\n    kind: quantitty\n",
         ["c.yaml:5: claims[0].kind: 'quantitty' is not one of: mention, quantity, date, statement; did you mean 'quantity'?"]),
        ("version: 1\nclaims: []\n",
         ["c.yaml:2: claims: holds no claim: write at least one (- id: ..., then says:, kind: ... under it)"]),
        ("version: 1\nclaims:\n  id: a\n  says: x\n",
         ["c.yaml:2: claims: must be a list: start each claim with '- ' (- id: ..., then says:, kind: ... under it)"]),
        ("version: 1\nclaims:\n  - {id: a, says: x, kind: mention, any: []}\n  - {id: b, says: ''}\n",
         ["c.yaml:3: claims[0].any: is empty: list at least one term", "c.yaml:4: claims[1].says: is empty: write the text"]),
        ("version: 1\nclaims:\n  - id: a\n    says: قال بوتين: المرة المقبلة في موسكو\n",
         ['c.yaml:4: YAML syntax error: mapping values are not allowed in this context; a value holding \': \' (a colon '
          'and a space) must be quoted: says: "قال بوتين: ..."']),
        ("version: 2\nclaims:\n  - {id: a, says: x}\n",
         ["c.yaml:1: version: 2 is not a supported version; this factcheck reads version: 1"]),
        ("version: 1\nclaims:\n  - {id: A!, says: x}\n",
         ["c.yaml:3: claims[0].id: 'A!' is not a valid id: use lowercase letters, digits, '-' and '_', starting with a letter or digit"]),
        ("version: 1\nclaims:\n  - {id: a, says: x}\n  - {id: a, says: y}\n",
         ["c.yaml:4: claims[1].id: duplicate claim id 'a', first used at claims[0] (line 3); ids must be unique"]),
        ("version: 1\nversion: 1\nclaims:\n  - {id: a, says: x}\n",
         ["c.yaml:2: duplicate key 'version' (first on line 1); remove one of them"]),
        ("version: 1\nclaims:\n  - {id: a, says: x, sources: ['00[1']}\n",
         ["c.yaml:3: claims[0].sources[0]: '00[1' is not a valid glob: '[' is never closed"]),
        ("version: 1\nclaims:\n  - id: a\n    says: x\n    expect:\n      '[a': contradicted\n",
         ["c.yaml:6: claims[0].expect[\"[a\"]: '[a' is not a valid glob: '[' is never closed"]),
        ("version: 1\nclaims:\n  - id: a\n    says: x\n    kind: date\n    about: [b]\n    value: 2022-13\n",
         ["c.yaml:7: claims[0].value: '2022-13': month must be 01 to 12"]),
        ("version: 1\nclaims:\n  - id: a\n    says: x\n    kind: date\n    about: [b]\n    value: '2022-02-30'\n",
         ["c.yaml:7: claims[0].value: '2022-02-30' is no day of the gregorian calendar (that month has 28 days); "
          "check the day and month"]),
        ("version: 1\nclaims:\n  - {id: a, says: x, kind: date, about: [b], value: '1446-02-31', calendar: hijri}\n",
         ["c.yaml:3: claims[0].value: '1446-02-31' is no day of the hijri calendar (that month has 30 days); "
          "check the day and month"]),
        ("version: 1\nclaims:\n  - {id: a, says: x, kind: quantity, about: [b], value: .inf, unit: hour}\n"
         "  - {id: b, says: x, kind: quantity, about: [b], value: .nan, unit: hour}\n"
         "  - {id: c, says: x, kind: quantity, about: [b], value: -3, unit: count}\n",
         ["c.yaml:3: claims[0].value: inf is no amount: write a number of 0 or more, e.g. 3 or 3.5",
          "c.yaml:4: claims[1].value: nan is no amount: write a number of 0 or more, e.g. 3 or 3.5",
          "c.yaml:5: claims[2].value: -3 is no amount: write a number of 0 or more, e.g. 3 or 3.5"]),
        ("", ["c.yaml:1: empty claim file; start with 'version: 1' and a 'claims:' list"]),
        ("- 1\n- 2\n", ["c.yaml:1: a claim file is a mapping with 'version: 1' and 'claims:', not a list"]),
        ("just words\n", ["c.yaml:1: a claim file is a mapping with 'version: 1' and 'claims:', not a single value (str)"]),
    ],
)
def test_problem_messages(text: str, expected: list[str]) -> None:
    assert problems(text) == expected


def test_all_problems_of_a_file_at_once() -> None:
    text = (
        "version: 1\nclaims:\n"
        "  - {id: a, says: x, kind: mention, any: [b], unit: hour}\n"
        "  - {id: b, says: y, kind: quantity, about: [q], value: 3, unit: hours}\n"
        "  - {id: a, says: z, bogus: 1}\n"
    )
    got = problems(text)
    assert [p.split(":")[1] for p in got] == ["3", "4", "5", "5"]
    assert any("claims[2].bogus" in p for p in got) and any("duplicate claim id 'a'" in p for p in got)


@pytest.mark.parametrize(("value", "calendar"), [("2024-02-29", "gregorian"), ("1446-02-30", "hijri"), ("2022-02", "gregorian")])
def test_a_day_its_calendar_has_is_a_date(value: str, calendar: str) -> None:
    text = f"version: 1\nclaims:\n  - {{id: a, says: x, kind: date, about: [b], value: '{value}', calendar: {calendar}}}\n"
    assert problems(text) == []


def test_date_value_stays_a_string_not_a_yaml_timestamp() -> None:
    loaded = parse_claims("version: 1\nclaims:\n  - {id: a, says: x, kind: date, about: [b], value: 2022-02-24}\n", "c")
    assert loaded.claims[0].value == "2022-02-24"  # type: ignore[union-attr]


def test_yaml_syntax_error_and_tabs_are_located() -> None:
    (syntax,) = problems("version: 1\nclaims: [\n  - id: a\n")
    assert syntax.startswith("c.yaml:3: YAML syntax error")
    (tab,) = problems("version: 1\nclaims:\n\t- id: a\n")
    assert tab.startswith("c.yaml:3:") and "tabs" in tab


def test_alias_bomb_is_refused_quickly() -> None:
    lines = ['a: &a ["x","x","x","x","x","x","x","x","x"]']
    for prev, name in zip("abcdefgh", "bcdefghi"):
        lines.append(f"{name}: &{name} [" + ",".join([f"*{prev}"] * 9) + "]")
    (problem,) = problems("\n".join(lines) + "\n")
    assert "aliases" in problem and problem.startswith("c.yaml:1:")


def test_oversized_file_is_refused_without_parsing(tmp_path: Path) -> None:
    big = tmp_path / "big.yaml"
    big.write_bytes(b"version: 1\n" + b"# padding\n" * 600_000)
    (problem,) = load_claim_file(big, "big.yaml").problems
    assert str(problem).startswith("big.yaml:1: claim file is 6.0 MB, over the 5 MB limit")


def test_non_utf8_file(tmp_path: Path) -> None:
    f = tmp_path / "w.yaml"
    f.write_bytes("version: 1\nclaims:\n  - {id: a, says: قمة}\n".encode("cp1256"))
    (problem,) = load_claim_file(f, "w.yaml").problems
    assert str(problem) == "w.yaml:3: claim files must be UTF-8; re-save the file as UTF-8"


def test_lint_reports_each_problem_with_its_line_and_exits_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad_key = tmp_path / "a.yaml"
    bad_key.write_text("version: 1\nclaims:\n  - id: a\n    says: x\n    sayz: y\n", encoding="utf-8")
    bad_kind = tmp_path / "b.yaml"
    bad_kind.write_text("version: 1\nclaims:\n  - id: b\n    says: x\n    kind: rumour\n", encoding="utf-8")
    bad_yaml = tmp_path / "c.yaml"
    bad_yaml.write_text("version: 1\nclaims:\n  - id: c\n    says: [x\n", encoding="utf-8")
    before = {p: p.read_bytes() for p in (bad_key, bad_kind, bad_yaml)}
    assert main(["lint", str(tmp_path)]) == 1
    out = capsys.readouterr().out.splitlines()
    assert out[0] == f"{bad_key}:5: claims[0].sayz: unknown key for a statement claim; did you mean 'says'? (keys starting with 'x-' are ignored)"
    assert out[1] == f"{bad_kind}:5: claims[0].kind: 'rumour' is not one of: mention, quantity, date, statement"
    assert out[2].startswith(f"{bad_yaml}:5: YAML syntax error")
    assert {p: p.read_bytes() for p in before} == before


def test_lint_clean_and_cross_file_duplicates(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["lint", str(ROOT / "claims")]) == 0
    (tmp_path / "a.yaml").write_text("version: 1\nclaims:\n  - {id: same, says: x}\n", encoding="utf-8")
    (tmp_path / "b.yaml").write_text("version: 1\nclaims:\n  - {id: same, says: y}\n", encoding="utf-8")
    capsys.readouterr()
    assert main(["lint", str(tmp_path)]) == 1
    assert "is already defined at" in capsys.readouterr().out


def test_shipped_report_schema_is_current() -> None:
    """It lacked the shard ``run`` record a shard report holds: a report failed validation against it."""
    from factcheck.report.model import report_schema_text

    shipped = (ROOT / "factcheck" / "schema" / "report-v1.json").read_text(encoding="utf-8")
    assert shipped == report_schema_text(), "regenerate with: factcheck schema --report > factcheck/schema/report-v1.json"


def test_shipped_schema_is_current_and_allows_extension_keys() -> None:
    shipped = (ROOT / "factcheck" / "schema" / "claims-v1.json").read_text(encoding="utf-8")
    assert shipped == schema_text(), "regenerate with: factcheck schema > factcheck/schema/claims-v1.json"
    schema = json.loads(shipped)
    assert schema["$defs"]["MentionClaim"]["patternProperties"] == {"^x-": {}}
    assert "not" in schema["$defs"]["MentionClaim"]["properties"]


def _shipped_claim_files() -> list[Path]:
    return sorted([*(ROOT / "claims").glob("*.yaml"), *(ROOT / "examples").glob("*.yaml")])


@pytest.mark.parametrize("path", _shipped_claim_files(), ids=lambda p: f"{p.parent.name}/{p.name}")
def test_shipped_claim_files_validate_against_the_shipped_schema(path: Path) -> None:
    """What an editor's YAML language server sees: the file is valid under claims-v1.json."""
    import jsonschema

    from factcheck.claims.yamlsource import load_yaml

    schema = json.loads((ROOT / "factcheck" / "schema" / "claims-v1.json").read_text(encoding="utf-8"))
    validator = jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())
    data = load_yaml(path.read_text(encoding="utf-8")).data
    assert [e.message for e in validator.iter_errors(data)] == []
    assert load_claim_file(path).problems == []


def test_schema_rejects_what_the_loader_rejects() -> None:
    import jsonschema

    validator = jsonschema.Draft202012Validator(json.loads(schema_text()))
    bad = [
        {"version": 1, "claims": [{"id": "a", "says": "x", "kind": "mention", "any": ["b"], "unit": "hour"}]},
        {"version": 1, "claims": [{"id": "a", "says": "x", "kind": "quantity", "about": ["b"], "value": 3, "unit": "hours"}]},
        {"shared": True, "claims": []},
    ]
    for data in bad:
        assert list(validator.iter_errors(data)), data
    assert not list(validator.iter_errors({"shared": True, "aliases": {"putin": ["بوتين"]}}))
    assert not list(validator.iter_errors({"version": 1, "claims": [{"id": "a", "says": "x", "x-note": 1}]}))


def _properties(node: object, where: str = "") -> list[tuple[str, dict[str, object]]]:
    out: list[tuple[str, dict[str, object]]] = []
    if isinstance(node, dict):
        props = node.get("properties")
        if isinstance(props, dict):
            out.extend((f"{where}.{name}", prop) for name, prop in props.items())
        for key, value in node.items():
            out.extend(_properties(value, f"{where}/{key}"))
    elif isinstance(node, list):
        for i, value in enumerate(node):
            out.extend(_properties(value, f"{where}/{i}"))
    return out


def test_every_schema_property_has_a_description_and_examples() -> None:
    """Hover help and completion in the editor for every key of every model."""
    schema = json.loads(schema_text())
    props = _properties(schema)
    assert len(props) > 40
    assert [w for w, p in props if not p.get("description")] == []
    assert [w for w, p in props if not p.get("examples")] == []
    for name, definition in schema["$defs"].items():
        assert definition.get("description"), name


YAML_ATOMS = st.one_of(
    st.sampled_from(["version: 1", "claims:", "  - id: a", "    says: x", "    kind: mention", "    any: [b]",
                     "- 1", "{", "[", "&a", "*a", "\t", ": :", "'", '"', "key: &x [*x]", "unit: hour", "!!python/object:os.system"]),
    st.text(max_size=12),
)


@settings(max_examples=300, deadline=None)
@given(st.lists(YAML_ATOMS, max_size=12).map("\n".join))
def test_loader_never_raises_and_always_locates(text: str) -> None:
    loaded = parse_claims(text, "f.yaml")
    for problem in loaded.problems:
        assert problem.line >= 1
        assert str(problem).startswith("f.yaml:")
    assert (loaded.file is None) == bool(loaded.problems)


@pytest.mark.parametrize(("value", "tolerance", "read"), [
    ("٣", None, (3.0, 0.0)), ("٣٫٥", "١٠٪", (3.5, "10%")), ("۸۰", "٢", (80.0, 2.0)), ("1,500", None, (1500.0, 0.0)),
])
def test_a_quantity_written_in_arabic_digits_is_read(value: str, tolerance: str | None, read: tuple[object, object]) -> None:
    """``value: ٣`` was "Input should be a valid number"; a date's ١٨٦٧ was read all along."""
    extra = f", tolerance: '{tolerance}'" if tolerance else ""
    loaded = parse_claims(
        f"version: 1\nclaims:\n  - {{id: q, says: x, kind: quantity, about: [القمة], value: '{value}', unit: hour{extra}}}\n",
        "f.yaml")
    assert not loaded.problems
    (claim,) = loaded.claims
    assert (claim.value, claim.tolerance) == read  # type: ignore[union-attr]


@pytest.mark.parametrize("value", ["ثلاث", "3,5", "٣,٥", "nan", "inf"])
def test_a_quantity_not_plainly_a_number_says_to_write_digits(value: str) -> None:
    """3,5 was read as 35 (the comma dropped as a thousands separator), nan as a value."""
    loaded = parse_claims(
        f"version: 1\nclaims:\n  - {{id: q, says: x, kind: quantity, about: [القمة], value: '{value}', unit: hour}}\n",
        "f.yaml")
    assert [str(p) for p in loaded.problems] == [
        f"f.yaml:3: claims[0].value: {value!r} is not a number: write the value in digits, e.g. 3, 3.5 or ٣"]


@pytest.mark.parametrize(("text", "message"), [
    ('version: "1"\nclaims:\n  - {id: a, says: x, kind: mention, any: [ترامب]}\n',
     "f.yaml:1: version: '1' is a string; write version: 1, a number, without quotes"),
    ("version: 1\nclaims:\n  - {id: a, says: x, kind: mention, any: [ترامب]}\n  -\n",
     "f.yaml:4: claims[1].kind: an empty entry: write a claim (id, says, kind, ...) after the '-', or remove the line"),
    ("version: 1\nclaims:\n  - {id: a, says: x, kind: mention, any: [ترامب]\n  - {id: b}\n",
     "f.yaml:4: YAML syntax error: did not find expected ',' or '}' (while parsing a flow mapping started on line 3)"),
])
def test_messages_say_what_an_editor_wrote_wrong(text: str, message: str) -> None:
    """They read "'1' is not a supported version; this factcheck reads version: 1", "kind must be one of …"
    for a bare '-', and a bracket left open on line 3 as an error on line 4 alone."""
    assert [str(p) for p in parse_claims(text, "f.yaml").problems] == [message]


def test_python_dash_m_factcheck_is_the_command(tmp_path: Path) -> None:
    import subprocess
    import sys

    bad = tmp_path / "bad.yaml"
    bad.write_text("version: 1\nclaims:\n  - {id: x, says: y, kind: mention}\n", encoding="utf-8")
    ok = subprocess.run([sys.executable, "-m", "factcheck", "lint", str(Path(__file__).parent.parent / "claims")],
                        capture_output=True, text=True, check=False)
    assert ok.returncode == 0, ok.stderr
    failed = subprocess.run([sys.executable, "-m", "factcheck", "lint", str(bad)], capture_output=True, text=True,
                            check=False)
    assert failed.returncode == 1 and "bad.yaml:3" in failed.stdout + failed.stderr


def test_lint_advises_on_slips_that_silently_change_a_claim(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """An Arabic comma in a list makes one name of two; a hashtag after a space starts a YAML comment and cuts
    the value.  Both files are valid, and a run would check a claim the editor did not write."""
    claims = tmp_path / "a.yaml"
    claims.write_text(
        "version: 1  # a comment as comments are\n"
        "claims:\n"
        "  - id: stadium\n"
        '    says: "أقيمت المباراة في ملعب لوجنيكي #1"\n'
        "    kind: mention\n"
        "    any: [لوجنيكي، لوجينيكي]\n"
        "  - id: hashtag\n"
        "    says: انتشر وسم #مصر_تنتخب على تويتر\n"
        "  - says: >\n"
        "      انتشر وسم #مصر_تنتخب على تويتر\n"  # a block scalar's '#' is its text
        "    id: folded\n"
        "    kind: mention\n"
        "    x-notes:\n"
        "      - >\n"
        "        وسم #x\n"
        "    any: [وسم]\n"
        "    x-tag: وسم #x\n", encoding="utf-8")  # ... but not its item's next keys
    assert main(["lint", str(claims)]) == 0  # advice fails nothing
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith(f"{claims}:6: claims[0].any[0]: 'لوجنيكي، لوجينيكي' holds the Arabic comma")
    assert out[0].endswith("separate them with ',': [لوجنيكي, لوجينيكي] (advice)")
    assert out[1].startswith(f"{claims}:8: '#مصر_تنتخب' starts a YAML comment")
    assert out[2].startswith(f"{claims}:17: '#x' starts a YAML comment")
    assert out[3:] == ["1 claim file(s) OK"]  # the quoted '#1' and the comments written as comments: nothing


@pytest.mark.parametrize(("names", "advised"), [
    # the held-out Croatia–England file: Dele Alli's surname alone is «إلى» once normalized
    ("any: [تريبيير]\n    not: [كاين, آلي]", ["claims[0].not[1]"]),
    ("any: [علي]", ["claims[0].any[0]"]),  # «على»
    ("any: [علي عبد الله صالح, تريبيير]\n    not: [ديلي آلي]", []),  # names in full
])
def test_lint_advises_against_a_one_word_name_that_normalizes_to_a_particle(names: str, advised: list[str]) -> None:
    from factcheck.claims.lint import claim_advice

    text = f"version: 1\nclaims:\n  - id: a\n    says: x\n    kind: mention\n    {names}\n"
    advice = claim_advice(parse_claims(text, "c.yaml"))
    assert [p.where for p in advice] == advised
    assert all("particle" in p.message for p in advice)
