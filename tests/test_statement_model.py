"""The statement kind's stance model: its features are pinned, its file is checked at load, its verdicts are real."""

from __future__ import annotations

import json
import math
from importlib import resources
from pathlib import Path
from typing import Any

import pytest

from factcheck.analysis import Analysis
from factcheck.claims.model import StatementClaim
from factcheck.corpus.source import Source
from factcheck.document import Document
from factcheck.kinds.statement import check, model
from factcheck.kinds.statement.features import FEATURES_VERSION, pair_features
from factcheck.kinds.statement.judge import judge
from factcheck.kinds.statement.model import MODEL_FILE, StanceModel, load_stance_model, stance_model
from factcheck.verdicts import Role, Verdict

# A lexical substitution (أدنى → أعلى) with a source negator that governs no
# claim word: contradicted by the model alone.
CONTRADICTED = ("الدولار قرب أدنى مستوى", "بقاء الدولار قرب أعلى مستوى ولم يتغير الذهب")
# A paraphrase in another tense (أعلنت → تعلن) with context added: supported by the model.
SUPPORTED = ("أعلنت الحكومة تأجيل الانتخابات البرلمانية", "الحكومة تعلن تأجيل الانتخابات البرلمانية إلى موعد لاحق")


def shipped_json() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(
        resources.files("factcheck").joinpath("models", MODEL_FILE).read_text(encoding="utf-8")
    )
    return data


def grams(features: dict[str, float], block: str) -> dict[str, float]:
    return {k: v for k, v in features.items() if k.startswith(f"{block}:") and k != f"{block}:none"}


# --------------------------------------------------------------- features are pinned


def test_features_of_a_negated_number_pair_are_pinned() -> None:
    # Any change here changes what the shipped model reads: bump FEATURES_VERSION and retrain.
    f = pair_features("لم يحضر ثلاثة وزراء الاجتماع الطارئ في القاهرة", "وحضر خمسة وزراء الاجتماع الطارئ في القاهرة أمس")
    assert len(f) == 79
    plain = {k: v for k, v in f.items() if not k.startswith(("c:", "s:"))}
    assert plain == {
        "cn:لم": 1.0,
        "cw:3": 1.0,
        "cw:يحضر": 1.0,
        "n_claim_only": 2 / 6,
        "n_source_only": 3 / 10,
        "near:3": 1.0,
        "number_mismatch": 1.0,
        "p:3|امس": 1.0,
        "p:3|خمسه": 1.0,
        "p:3|وحضر": 1.0,
        "p:يحضر|امس": 1.0,
        "p:يحضر|خمسه": 1.0,
        "p:يحضر|وحضر": 1.0,
        "polarity_mismatch": 1.0,
        "pp:3|امس": 1.0,
        "pp:3|خمس": 1.0,
        "pp:3|وحض": 1.0,
        "pp:يحض|امس": 1.0,
        "pp:يحض|خمس": 1.0,
        "pp:يحض|وحض": 1.0,
        "precision": pytest.approx(4 / 7),
        "recall": pytest.approx(0.6153846153846154),
        "sw:امس": 1.0,
        "sw:خمسه": 1.0,
        "sw:وحضر": 1.0,
    }
    c, s = grams(f, "c"), grams(f, "s")
    assert (len(c), len(s)) == (17, 37)
    # each block's n-grams (2–5 letters, with word boundaries) share a weight of 1/sqrt(n)
    assert set(c.values()) == {1 / math.sqrt(17)} and set(s.values()) == {1 / math.sqrt(37)}
    assert {"c:<3>", "c:<يحضر", "c:حضر>", "s:<خمسه", "s:امس>", "s:وحضر"} <= set(c) | set(s)


def test_features_of_a_substitution_pair_are_pinned() -> None:
    f = pair_features(*CONTRADICTED)
    assert len(f) == 89
    plain = {k: v for k, v in f.items() if not k.startswith(("c:", "s:"))}
    assert plain == {
        "cw:ادني": 1.0,
        "n_claim_only": 1 / 6,
        "n_source_only": 4 / 10,
        "near:2": 1.0,
        "p:ادني|اعلي": 1.0,
        "p:ادني|بقاء": 1.0,
        "p:ادني|ذهب": 1.0,
        "p:ادني|يتغير": 1.0,
        "pp:ادن|اعل": 1.0,
        "pp:ادن|بقا": 1.0,
        "pp:ادن|ذهب": 1.0,
        "pp:ادن|يتغ": 1.0,
        "precision": pytest.approx(3 / 7),
        "recall": 0.75,
        "sn:ولم": 1.0,  # a source negator, but it governs no claim word: no polarity_mismatch
        "sw:اعلي": 1.0,
        "sw:بقاء": 1.0,
        "sw:ذهب": 1.0,
        "sw:يتغير": 1.0,
    }
    assert (len(grams(f, "c")), len(grams(f, "s"))) == (14, 56)


# --------------------------------------------------------------- the shipped model


def test_shipped_model_decides_a_contradiction_and_a_paraphrase() -> None:
    m = stance_model()
    p_contra = m.probability(pair_features(*CONTRADICTED))
    p_support = m.probability(pair_features(*SUPPORTED))
    assert p_contra > m.threshold > p_support
    assert p_contra > 0.9 and p_support < 0.2  # not a near thing either way
    j = judge(*CONTRADICTED)
    assert (j.label, j.basis) == ("contradicted", "wording") and "ادني" in j.reason
    j = judge(*SUPPORTED)
    assert (j.label, j.basis) == ("supported", "wording")


def test_shipped_model_probability_is_the_sigmoid_of_its_json() -> None:
    data = shipped_json()
    m = stance_model()
    f = pair_features(*CONTRADICTED)
    z = data["bias"] + math.fsum(data["weights"][k] * v for k, v in f.items() if k in data["weights"])
    assert m.probability(f) == pytest.approx(1 / (1 + math.exp(-z)), abs=1e-12)
    assert m.probability(f, shift=-50.0) < m.threshold  # a prior shift moves the odds


def test_from_json_round_trips_the_weights() -> None:
    data = shipped_json()
    assert data["features_version"] == FEATURES_VERSION
    m = StanceModel.from_json(data)
    assert m.bias == data["bias"] and m.threshold == data["threshold"] and m.meta == data["meta"]
    assert m.weights == data["weights"] and len(m.weights) == data["meta"]["features"]
    again = {
        "format": model.FORMAT, "features_version": FEATURES_VERSION,
        "bias": m.bias, "threshold": m.threshold, "meta": m.meta, "weights": m.weights,
    }
    assert StanceModel.from_json(json.loads(json.dumps(again, ensure_ascii=False))) == m


# --------------------------------------------------------------- the file is checked at load


def write_model(tmp_path: Path, **changes: Any) -> Path:
    data = {"format": model.FORMAT, "features_version": FEATURES_VERSION, "bias": 0.5, "threshold": 0.4,
            "weights": {"recall": -1.0}}
    data.update(changes)
    data = {k: v for k, v in data.items() if v is not None}
    path = tmp_path / "stance.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_a_model_of_the_current_features_loads(tmp_path: Path) -> None:
    m = load_stance_model(write_model(tmp_path))
    assert m == StanceModel(bias=0.5, weights={"recall": -1.0}, threshold=0.4)


@pytest.mark.parametrize("version", [FEATURES_VERSION + 1, 0, None])
def test_a_model_of_other_features_is_refused(tmp_path: Path, version: int | None) -> None:
    path = write_model(tmp_path, features_version=version)
    expected = (
        f"stance model was trained on features version {version}, this factcheck computes version "
        f"{FEATURES_VERSION}; retrain with benchmarks/train_stance.py"
    )
    with pytest.raises(ValueError) as info:
        load_stance_model(path)
    assert str(info.value) == expected


def test_a_missing_model_file_raises(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match="stance model .* not found"):
        load_stance_model(tmp_path / "absent.json")


def test_a_package_without_its_model_fails_loudly(monkeypatch: pytest.MonkeyPatch) -> None:
    # Not None, not a skip, not another verdict: the judgement that needs the model raises.
    monkeypatch.setattr(model, "MODEL_FILE", "absent-stance.json")
    stance_model.cache_clear()
    try:
        with pytest.raises(FileNotFoundError, match="absent-stance.json"):
            stance_model()
        with pytest.raises(FileNotFoundError):
            judge(*CONTRADICTED)
    finally:
        monkeypatch.undo()
        stance_model.cache_clear()
    assert stance_model().weights


# --------------------------------------------------------------- a date clash is a stated clash


FILLER = " وكانت الأجواء في المدينة هادئة طوال اليوم وفق ما أفاد شهود عيان للصحفيين في المكان." * 4


def test_a_date_clash_has_its_own_basis_and_stands_against_a_supporting_span() -> None:
    says = "التقى الرئيسان في ألاسكا عام 2025"
    clashing = "والتقى الرئيسان في ألاسكا عام 2024 بحضور 2025 شخصا"  # every claim word, another year
    j = judge(says, clashing)
    assert (j.label, j.basis) == ("contradicted", "date"), j
    assert j.reason == "states عام 2024 where the claim says عام 2025"
    # Two spans tie; one says it, one states another year: the stated clash stands (contract §1).
    text = "التقى الرئيسان في ألاسكا عام 2025." + FILLER + " " + clashing + "."
    analysis = Analysis(Document.from_source(Source("t", "t.txt", text)))
    f = check(StatementClaim(id="c", says=says), analysis)
    assert f.verdict is Verdict.CONTRADICTED, f
    assert [e.role for e in f.evidence] == [Role.CONTRADICTS, Role.SUPPORTS]
    assert "2024" in f.reason


def test_a_source_giving_one_of_a_claims_two_dates_does_not_clash() -> None:
    """BB-internationalNews-238-20180328 (Kim in Beijing): «أول رحلة خارجية ... منذ توليه منصبه في عام 2011» says the
    claim's 2011 and not its «مارس 2018»: no date of the claim's is denied; another year for 2011 still is."""
    from factcheck.kinds.statement.clash import date_clash
    from factcheck.text.normalize import normalize_query
    says = normalize_query("كانت زيارة كيم إلى الصين في مارس 2018 أول رحلة خارجية له منذ توليه السلطة عام 2011")
    assert date_clash(says, normalize_query("هي أول رحلة خارجية يقوم بها كيم منذ توليه منصبه في عام 2011")) is None
    assert date_clash(says, normalize_query("هي أول رحلة خارجية يقوم بها كيم منذ توليه منصبه في عام 2012")) is not None
