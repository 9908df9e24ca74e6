"""``near``: of two instances of an event in one article (two attacks), a quantity or date claim's own.

Found on the held-out Surabaya event (examples/surabaya-bombings-2018.yaml): an article reports the churches
bombed on Sunday (41 wounded) and the police headquarters on Monday (10 wounded); the two claims count the same
words (جرحى، أصيب، إصابة), so each attack's figure contradicted the other's claim: 9 of the event's 13 false
contradictions.  ``near`` lets the editor say which instance a claim is of (factcheck/kinds/near.py).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.claims.load import parse_claims
from factcheck.claims.model import Claim, DateClaim, QuantityClaim
from factcheck.kinds import check
from factcheck.verdicts import Finding, Role, Verdict
from tests.conftest import analysis_of as _doc
from tests.conftest import claims_of
from tests.test_index import read_with_and_without_index

ROOT = Path(__file__).resolve().parents[1]

# The two wounded claims of the Surabaya file, with near words that tell the attacks apart.
WOUNDED = ["جريح", "جريحا", "جرحى", "الجرحى", "مصاب", "مصابين", "أصيب", "أصيبوا", "إصابة", "جرح"]
CHURCHES = ["الكنائس", "كنيسة", "الكنيسة", "كنائس"]
POLICE = ["الشرطة", "مقر الشرطة"]
CLAIMS = f"""\
version: 1
claims:
  - id: sby-wounded-41
    says: أصيب 41 شخصا بجروح في تفجيرات الكنائس
    kind: quantity
    about: [{", ".join(WOUNDED)}]
    near: [{", ".join(CHURCHES)}]
    value: 41
    unit: count
  - id: sby-police-wounded-10
    says: أصيب عشرة أشخاص في الهجوم الانتحاري على مقر الشرطة في سورابايا
    kind: quantity
    about: [{", ".join(WOUNDED)}]
    near: [{", ".join(POLICE)}]
    value: 10
    unit: count
"""
# One article, both attacks, each with its own count of wounded.
BOTH = ("أصيب 41 شخصا في الهجمات الانتحارية على الكنائس الثلاث يوم الأحد. "
        "وأصيب عشرة أشخاص في الهجوم الانتحاري على مقر الشرطة صباح الاثنين.")


def _claims(text: str = CLAIMS) -> list[Claim]:
    return claims_of(text)


def _without_near(claim: Claim) -> Claim:
    return claim.model_copy(update={"near": []})




def _roles(finding: Finding) -> list[tuple[str, str]]:
    return sorted((e.text, e.role.value) for e in finding.evidence)


# ... and the same article naming no target («على الكنائس»، «على مقر الشرطة» tell the attacks apart without near:
# kinds/targets.py): only near does.
UNNAMED = ("أصيب 41 شخصا في الكنائس الثلاث يوم الأحد. "
           "وأصيب عشرة أشخاص قرب مقر الشرطة صباح الاثنين.")


def test_each_attacks_figure_counts_for_its_own_claim_only() -> None:
    churches, police = _claims()
    # without near and without a target named, the other attack's figure contradicted each claim (what the
    # Surabaya file measured); in an article that states the claim's own figure it is now an aside, its sentence
    # naming nothing of the claim's beyond its about words (kinds.asides) ...
    assert check(_without_near(churches), _doc(UNNAMED)).verdict is Verdict.SUPPORTED
    assert check(_without_near(police), _doc(UNNAMED)).verdict is Verdict.SUPPORTED
    # ... but alone, it still does: only near tells the attacks apart
    other_only = _doc("وأصيب عشرة أشخاص قرب مقر الشرطة صباح الاثنين.")
    assert check(_without_near(churches), other_only).verdict is Verdict.CONTRADICTED
    assert check(churches, other_only).verdict is Verdict.NOT_MENTIONED
    for claim, figure in ((churches, "41"), (police, "عشرة")):
        found = check(claim, _doc(UNNAMED))
        assert (found.verdict, _roles(found)) == (Verdict.SUPPORTED, [(figure, "supports")])
    article = _doc(BOTH)
    # each sentence naming its attack's target, the other attack's figure denies neither claim, even without near
    assert check(_without_near(churches), article).verdict is Verdict.SUPPORTED
    assert check(_without_near(police), article).verdict is Verdict.SUPPORTED
    found = check(churches, article)
    assert (found.verdict, _roles(found)) == (Verdict.SUPPORTED, [("41", "supports")])
    found = check(police, article)
    assert (found.verdict, _roles(found)) == (Verdict.SUPPORTED, [("عشرة", "supports")])


@pytest.mark.parametrize(("text", "churches_verdict", "police_verdict"), [
    # the police figure differs: its claim is contradicted, the churches' is not touched
    (BOTH.replace("عشرة أشخاص", "12 شخصا"), Verdict.SUPPORTED, Verdict.CONTRADICTED),
    # the churches' figure differs (an early count): its claim is contradicted, the police's is not touched
    (BOTH.replace("41", "13"), Verdict.CONTRADICTED, Verdict.SUPPORTED),
], ids=["police-differs", "churches-differ"])
def test_a_claims_own_figure_still_contradicts(text: str, churches_verdict: Verdict, police_verdict: Verdict) -> None:
    churches, police = _claims()
    article = _doc(text)
    assert check(churches, article).verdict is churches_verdict
    assert check(police, article).verdict is police_verdict
    assert all(e.text in ("12", "13") for c in (churches, police) for e in check(c, article).evidence
               if e.role is Role.CONTRADICTS)


def test_the_near_word_must_be_in_the_figures_own_sentence() -> None:
    """A report split over two sentences is missed rather than a neighbour's figure taken for it."""
    _, police = _claims()
    found = check(police, _doc("استهدف انتحاري مقر الشرطة في سورابايا صباح الاثنين. وأصيب 12 شخصا."))
    assert found.verdict is Verdict.NOT_MENTIONED
    assert found.reason == f"no sentence naming {', '.join(WOUNDED)} names one of near: الشرطة, مقر الشرطة"


def test_a_source_naming_no_near_word_or_no_about_word_says_so() -> None:
    _, police = _claims()
    reason = f"names none of {', '.join(WOUNDED)}, or none of near: الشرطة, مقر الشرطة"
    for text in ("أصيب 41 شخصا في تفجيرات الكنائس.", "استهدف انتحاري مقر الشرطة في سورابايا."):
        found = check(police, _doc(text))
        assert (found.verdict, found.reason) == (Verdict.NOT_MENTIONED, reason), text
    # without near, the reason is as it always was
    found = check(_without_near(police), _doc("استهدف انتحاري مقر الشرطة في سورابايا."))
    assert found.reason == f"names none of {', '.join(WOUNDED)}"


def test_near_is_matched_as_about_words_are() -> None:
    """Fuzzy at the claim's threshold, through clitics, and an article word's indefinite form."""
    churches, police = _claims()
    assert check(police, _doc("وأصيب عشرة أشخاص في هجوم على مقر للشرطة.")).verdict is Verdict.SUPPORTED
    assert check(churches, _doc("وأصيب 41 شخصا في ثلاث كنائس.")).verdict is Verdict.SUPPORTED
    assert check(churches, _doc("وأصيب 41 شخصا في تفجيرات بالكنائس.")).verdict is Verdict.SUPPORTED


def test_a_date_claim_takes_the_date_of_its_own_instance() -> None:
    text = """\
version: 1
claims:
  - id: police-date
    says: استهدف تفجير انتحاري مقر الشرطة يوم 14 مايو 2018
    kind: date
    about: [التفجير, تفجير, الهجوم]
    near: [الشرطة]
    value: "2018-05-14"
"""
    (claim,) = _claims(text)
    assert isinstance(claim, DateClaim)
    # («التفجير الأول» would not do: an adjective the claim does not say, the date may be another's: attach.UNSAID)
    article = _doc("ووقع التفجير في 13 مايو 2018 قرب ثلاث كنائس. "
                   "ووقع تفجير آخر في 14 مايو 2018 قرب مقر الشرطة.")
    assert check(_without_near(claim), article).verdict is Verdict.CONTRADICTED
    found = check(claim, article)
    assert (found.verdict, _roles(found)) == (Verdict.SUPPORTED, [("14 مايو 2018", "supports")])
    # the target of each attack named («واستهدف ثلاث كنائس»), the other's day denies nothing, even without near
    article = _doc("ووقع التفجير في 13 مايو 2018 واستهدف ثلاث كنائس. "
                   "ووقع تفجير آخر في 14 مايو 2018 استهدف مقر الشرطة.")
    assert check(_without_near(claim), article).verdict is Verdict.SUPPORTED
    found = check(claim, article)
    assert (found.verdict, _roles(found)) == (Verdict.SUPPORTED, [("14 مايو 2018", "supports")])
    assert check(claim, _doc("ووقع التفجير في 13 مايو 2018 واستهدف مقر الشرطة.")).verdict is Verdict.CONTRADICTED
    found = check(claim, _doc("ووقع التفجير في 13 مايو 2018 واستهدف ثلاث كنائس. وقالت الشرطة إنها تحقق."))
    assert found.verdict is Verdict.NOT_MENTIONED and "names one of near: الشرطة" in found.reason


def test_the_index_answers_unread_what_reading_answers() -> None:
    """A source naming no near word gives the claim nothing but not_mentioned: the index answers it unread,
    with the checker's very finding; the others are read."""
    _, police = _claims()
    texts = {
        "both": BOTH,
        "churches-only": "أصيب 41 شخصا في تفجيرات الكنائس الثلاث.",
        "no-about": "استهدف انتحاري مقر الشرطة في سورابايا.",
        "apart": "أصيب 41 شخصا في الهجمات. وقال المتحدث باسم الشرطة إن التحقيق مستمر.",
        "wrong": "وأصيب 12 شخصا في الهجوم على مقر الشرطة.",
        "silent": "فاز المنتخب في المباراة.",
    }
    assert read_with_and_without_index(police, texts) == {
        "both": ("supported", True),
        "churches-only": ("not_mentioned", False),  # names the wounded, not the police: answered by the index
        "no-about": ("not_mentioned", False),
        "apart": ("not_mentioned", True),  # both named, in different sentences: read
        "wrong": ("contradicted", True),
        "silent": ("not_mentioned", False),
    }


def test_a_claim_with_near_is_cached_apart_from_the_same_claim_without() -> None:
    from factcheck.cache import claim_key

    churches, police = _claims()
    assert claim_key(churches) != claim_key(_without_near(churches))
    assert claim_key(churches) != claim_key(churches.model_copy(update={"near": POLICE}))
    assert claim_key(churches) == claim_key(_claims()[0])  # the same claim, read again: the same key


def test_near_is_validated_like_the_other_word_lists() -> None:
    from factcheck.claims.lint import claim_advice, claim_problems

    head = "version: 1\nclaims:\n  - id: a\n    says: x\n    kind: quantity\n    about: [جرحى]\n    value: 10\n    unit: count\n"
    assert [str(p) for p in parse_claims(head + '    near: [""]\n', "c.yaml").problems] == [
        "c.yaml:9: claims[0].near[0]: is empty: write the text"]
    loaded = parse_claims(head + '    near: ["...", الشرطة]\n', "c.yaml")
    assert [str(p) for p in claim_problems(loaded)] == [
        "c.yaml:9: claims[0].near: '...' holds no word to match after normalization; write the word as it appears "
        "in the news"]
    assert [str(p) for p in claim_advice(parse_claims(head + "    near: [الشرطة، مقر الشرطة]\n", "c.yaml"))] == [
        "c.yaml:9: claims[0].near[0]: 'الشرطة، مقر الشرطة' holds the Arabic comma '،', so it is one term of several "
        "words; to list them apart, separate them with ',': [الشرطة, مقر الشرطة]"]
    (claim,) = parse_claims(head + "    near: الشرطة\n", "c.yaml").claims  # one word where a list is expected
    assert isinstance(claim, QuantityClaim) and claim.near == ["الشرطة"]
    (claim,) = parse_claims(head, "c.yaml").claims
    assert isinstance(claim, QuantityClaim) and claim.near == []  # the default: no restriction
    assert [str(p) for p in parse_claims(
        "version: 1\nclaims:\n  - {id: a, says: x, kind: statement, near: [y]}\n", "c.yaml").problems] == [
        "c.yaml:3: claims[0].near: unknown key for a statement claim; check its spelling (keys starting with 'x-' "
        "are ignored)"]
    mention = "version: 1\nclaims:\n  - {id: a, says: x, kind: mention, any: [x], near: ['...']}\n"
    assert [str(p) for p in claim_problems(parse_claims(mention, "c.yaml"))] == [
        "c.yaml:3: claims[0].near: '...' holds no word to match after normalization; write the word as it appears "
        "in the news"]


def test_an_about_word_that_is_no_word_is_refused_for_every_kind() -> None:
    """An about word that normalizes to nothing never names a sentence: the claim could only be not_mentioned
    (a quantity, a date) or never meet a rival (a mention); a run refuses it as lint does."""
    from factcheck.claims.lint import claim_problems

    loaded = parse_claims(
        "version: 1\nclaims:\n"
        "  - {id: q, says: x, kind: quantity, about: [\"...\", جرحى], value: 10, unit: count}\n"
        "  - {id: d, says: x, kind: date, about: [\"!!\"], value: '2018-05-13'}\n"
        "  - {id: m, says: x, kind: mention, any: [بوتين], not: [ترامب], about: [\"؟\"]}\n", "c.yaml")
    assert [str(p).split(" holds")[0] for p in claim_problems(loaded)] == [
        "c.yaml:3: claims[0].about: '...'", "c.yaml:4: claims[1].about: '!!'", "c.yaml:5: claims[2].about: '؟'"]


def test_an_alias_list_stands_in_near() -> None:
    loaded = parse_claims(
        "version: 1\naliases:\n  police: [الشرطة, مقر الشرطة]\nclaims:\n"
        "  - {id: a, says: x, kind: date, about: [التفجير], value: '2018-05-14', near: [$police, المقر]}\n", "c.yaml")
    assert loaded.problems == []
    (claim,) = loaded.claims
    assert isinstance(claim, DateClaim) and claim.near == ["الشرطة", "مقر الشرطة", "المقر"]


def test_the_readme_example_of_near_is_a_valid_claim_file() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    start = readme.index("  - id: sby-wounded-41\n")
    block = readme[start:readme.index("  ```", start)]
    churches, police = _claims("version: 1\nclaims:\n" + block)
    article = _doc(BOTH)
    assert (check(churches, article).verdict, check(police, article).verdict) == (Verdict.SUPPORTED,) * 2


def _lint(tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str) -> tuple[int, list[str]]:
    from factcheck.cli import main

    path = tmp_path / "c.yaml"
    path.write_text(text, encoding="utf-8")
    status = main(["lint", str(path)])
    return status, [line.replace(str(path), "c.yaml") for line in capsys.readouterr().out.splitlines()]


def test_lint_advises_near_for_two_claims_counting_the_same_words(
    tmp_path: Path, capsys: pytest.CaptureFixture[str],
) -> None:
    unmarked = CLAIMS.replace(f"    near: [{', '.join(CHURCHES)}]\n", "").replace(f"    near: [{', '.join(POLICE)}]\n", "")
    status, lines = _lint(tmp_path, capsys, unmarked)
    assert status == 0  # advice fails nothing
    assert lines == [
        "c.yaml:9: claims[1]: claims[0] and claims[1] count the same words (جريح, جريحا, جرحى …): a figure of one "
        "contradicts the other wherever an article reports both; give each `near` words that tell them apart "
        "(the place, the target) (advice)",
        "1 claim file(s) OK",
    ]
    assert _lint(tmp_path, capsys, CLAIMS) == (0, ["1 claim file(s) OK"])  # near tells them apart
    same_near = CLAIMS.replace(f"near: [{', '.join(CHURCHES)}]", f"near: [{', '.join(POLICE)}]")
    assert len(_lint(tmp_path, capsys, same_near)[1]) == 2  # the same near tells nothing apart
    # values that meet (a tolerance) or other units: no figure of one contradicts the other
    assert _lint(tmp_path, capsys, unmarked.replace("    value: 10\n", "    value: 10\n    tolerance: 31\n"))[1] == [
        "1 claim file(s) OK"]
    assert _lint(tmp_path, capsys, unmarked.replace("    value: 10\n    unit: count\n",
                                                    "    value: 10\n    unit: percent\n"))[1] == ["1 claim file(s) OK"]


def test_lint_advises_near_for_two_date_claims_on_the_same_words(
    tmp_path: Path, capsys: pytest.CaptureFixture[str],
) -> None:
    text = """\
version: 1
claims:
  - {id: churches, says: x, kind: date, about: [التفجيرات, الهجوم], value: "2018-05-13"}
  - {id: police, says: y, kind: date, about: [الهجوم], value: "2018-05-14"}
  - {id: year, says: z, kind: date, about: [الهجوم], value: "2018"}
"""
    assert _lint(tmp_path, capsys, text) == (0, [
        "c.yaml:4: claims[1]: claims[0] and claims[1] date the same words (الهجوم): a date of one contradicts the "
        "other wherever an article reports both; give each `near` words that tell them apart (the place, the "
        "target) (advice)",
        "1 claim file(s) OK",
    ])  # 2018 denies neither day
    police = text.replace('"2018-05-14"}', '"2018-05-14", near: [الشرطة]}')
    # near on the police claim only: the churches' claim still reads «الهجوم على مقر الشرطة في 14 مايو»
    assert len(_lint(tmp_path, capsys, police)[1]) == 2
    both = police.replace('value: "2018-05-13"}', 'value: "2018-05-13", near: [الكنائس]}')
    assert _lint(tmp_path, capsys, both)[1] == ["1 claim file(s) OK"]
    # a near word both give (الشرطة reports the churches' attack too) tells nothing apart
    assert len(_lint(tmp_path, capsys, both.replace("near: [الكنائس]", "near: [الكنائس, الشرطة]"))[1]) == 2


def test_explain_shows_the_near_words_and_the_sentences_they_leave_out(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
) -> None:
    from factcheck.cli import main

    monkeypatch.chdir(tmp_path)
    (tmp_path / "corpus").mkdir()
    (tmp_path / "corpus" / "s.txt").write_text(BOTH, encoding="utf-8")
    (tmp_path / "c.yaml").write_text(CLAIMS, encoding="utf-8")
    assert main(["explain", "c.yaml::sby-police-wounded-10", "--corpus", "corpus", "--source", "s", "--no-cache"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[1].endswith("; near: الشرطة, مقر الشرطة; threshold 85")
    police, churches = (lines.index(f"    «{sentence}»") for sentence in BOTH.replace(". ", ".\n").splitlines()[::-1])
    assert lines[police + 3:police + 5] == ["    read: near 'مقر الشرطة' (score 100)", "    read: quantity «عشرة» = 10; supports: states 10, claim says 10"]
    assert lines[churches + 3] == "    read: names no near word: not counted"
    assert police < churches  # the sentence the verdict rests on first


REAL_TITLES = QuantityClaim(id="r13", says="أحرز ريال مدريد لقب دوري أبطال أوروبا للمرة الـ13 في تاريخه", kind="quantity",
                            about=["للمرة", "لقبه", "بلقبه", "اللقب", "لقب", "ألقاب"], near=["ريال", "الريال", "مدريد"],
                            value=13, unit="count")


@pytest.mark.parametrize(("text", "verdict"), [
    # AL-sport-1711: after «فيما», another subject's figure: Liverpool's five titles
    ("وتوج الريال بلقبه الثالث عشر في تاريخ البطولة والثالث على التوالي فيما تجمد رصيد ليفربول عند خمسة ألقاب.",
     Verdict.NOT_MENTIONED),
    ("تجمد رصيد ليفربول عند 13 لقب، بينما أحرز الريال اللقب للمرة 12.", Verdict.CONTRADICTED),  # the claim's own part
    ("ورفع الريال رصيده إلى 12 لقب فيما يتعلق بالبطولة.", Verdict.CONTRADICTED),  # «فيما يتعلق»: regarding
])
def test_a_figure_in_a_contrasting_clause_without_the_near_word_is_anothers(text: str, verdict: Verdict) -> None:
    assert check(REAL_TITLES, _doc(text)).verdict is verdict


def test_a_near_word_right_after_the_figure_is_what_it_counts() -> None:
    """FR-internationalNews-2630-20180809 (Dahyan): «وأصيب 51 آخرون» counts the wounded, though a name stands before
    the verb; the about word after the figure leaves the nearest subject to the words before it, up to the verb."""
    wounded = QuantityClaim(id="w", says="أصيب 79 شخصا بجروح في الغارة على حافلة ضحيان", kind="quantity",
                            about=["أصيب", "وأصيب", "إصابة", "جرحى", "جريحا", "آخرون", "آخرين", "بجروح"],
                            near=["شخصا", "جريحا", "آخرون", "آخرين"], value=79, unit="count")
    text = ('ومن جهتها، أوردت قناة "المسيرة" المتحدثة باسم الحوثيين أن عدد القتلى بلغ "39 مدنيا وأصيب 51 آخرون بجروح '
            'غالبيتهم أطفال".')
    assert check(wounded, _doc(text)).verdict is Verdict.CONTRADICTED


def test_the_name_before_the_about_verb_is_its_subject() -> None:
    """BB-internationalNews-231-20180326 (Skripal): Trump's expulsions, for a claim of Britain's; the subject of a
    possessed about word («خروجه») is its pronoun, named further back, so the name before it decides nothing."""
    britain = QuantityClaim(id="uk", says="طردت بريطانيا 23 دبلوماسيا روسيا ردا على تسميم سكريبال", kind="quantity",
                            about=["طرد", "بطرد", "طردت", "تطرد", "ستطرد"],
                            near=["بريطانيا", "لندن", "ماي", "البريطانية"], value=23, unit="count")
    text = "أمر الرئيس الأمريكي دونالد ترامب بطرد 60 دبلوماسيا روسيا على خلفية تسميم الجاسوس سكريبال في بريطانيا."
    assert check(britain, _doc(text)).verdict is Verdict.NOT_MENTIONED
    assert check(britain, _doc("وأمرت رئيسة الوزراء ماي بطرد 20 دبلوماسيا روسيا من بريطانيا.")).verdict \
        is Verdict.CONTRADICTED
    salah = QuantityClaim(id="s", says="خرج محمد صلاح مصابا من الملعب بعد نحو 30 دقيقة من بداية المباراة",
                          kind="quantity", about=["خروج", "خروجه", "خرج"], near=["صلاح"], value=30, unit="minute",
                          tolerance=2)
    text = ("وجه سيرخيو راموس رسالة إلى محمد صلاح، لاعب ليفربول الإنجليزي على إثر خروجه مصابا بعد 25 دقيقة من "
            "الشوط الأول.")
    assert check(salah, _doc(text)).verdict is Verdict.CONTRADICTED


TARIFF_ABOUT = ["رسوم", "رسوما", "تعرفة", "تعرفات", "ضريبة", "ضرائب", "جمركية"]


@pytest.mark.parametrize(("near", "value", "text", "verdict"), [
    # BB-internationalNews-87-20180302 (the US tariffs): each rate has its own complement
    (["الألمنيوم", "الألومنيوم"], 10, "وقال الخميس إنه سيفرض ضريبة 25 في المئة على واردات الصلب و10 في المئة على "
                                      "واردات الألومنيوم.", Verdict.NOT_MENTIONED),
    (["الصلب", "الفولاذ"], 25, "وقال الخميس إنه سيفرض ضريبة 25 في المئة على واردات الصلب و10 في المئة على واردات "
                               "الألومنيوم.", Verdict.SUPPORTED),
    (["الألمنيوم", "الألومنيوم"], 10, "وسيفرض ضريبة 25 في المئة على واردات الألومنيوم.", Verdict.CONTRADICTED),
    # FR-economy-24-20180308: two rates, then their subjects in the same order
    (["الألمنيوم", "الألومنيوم"], 10, "ووقع ترامب الخميس قرار فرض رسوم جمركية من 25% و10% على واردات الصلب والألمنيوم.",
     Verdict.NOT_MENTIONED),
    (["الصلب", "الفولاذ"], 30, "ووقع ترامب الخميس قرار فرض رسوم جمركية من 25% و10% على واردات الصلب والألمنيوم.",
     Verdict.CONTRADICTED),  # the first rate is the first subject's, and denies its claim
    # CN-economy-169-20180812 (the lira crash): the near word far back in the sentence, past a comma, leads no figure
    (["الصلب", "الفولاذ"], 50, "وكانت الولايات المتحدة فرضت رسوما على منتجات واردات الصلب والألومنيوم من تركيا، وصلت "
                               "إلى 20% على واردات الألومنيوم، و50% على الصلب.", Verdict.NOT_MENTIONED),
])
def test_a_figure_whose_complement_names_another_subject_is_its(near: list[str], value: float, text: str,
                                                                 verdict: Verdict) -> None:
    claim = QuantityClaim(id="t", says=f"فرض ترامب رسوما جمركية بنسبة {value:g} في المئة", kind="quantity",
                          about=TARIFF_ABOUT, near=near, value=value, unit="percent")
    assert check(claim, _doc(text)).verdict is verdict


def test_a_near_word_before_the_figure_or_an_earlier_complement_keeps_it() -> None:
    # BB-middleEast-499-20180514 (Iraq): «لانتخاب» names the 230 the claim's, though the 7000's complement names
    # the elections too
    seats = QuantityClaim(id="s", says="يضم مجلس النواب العراقي 329 مقعدا", kind="quantity",
                          about=["البرلمان", "مقعدا", "مقاعد", "نائبا"], near=["البرلمان", "لانتخاب"], value=329,
                          unit="count")
    text = ("وقد سجل أكثر من 24 مليون عراقي في سجلات الناخبين لانتخاب 230 نائبا من بين نحو 7000 رشحوا أنفسهم في "
            "الانتخابات التشريعية.")
    assert check(seats, _doc(text)).verdict is Verdict.CONTRADICTED
    # BB-sport-172-20180526: the near word in the first figure's complement is the subject of the second too
    titles = QuantityClaim(id="r", says="أحرز ريال مدريد لقب دوري أبطال أوروبا للمرة الـ13 في تاريخه", kind="quantity",
                           about=["للمرة", "المرة", "اللقب", "باللقب"], near=["ريال", "الريال", "مدريد"], value=13,
                           unit="count")
    text = "وهذه هي المرة الثالثة على التوالي التي يفوز بها الريال باللقب، والمرة الـ 14 في تاريخ البطولة."
    assert check(titles, _doc(text)).verdict is Verdict.CONTRADICTED


def test_a_near_word_leading_another_figure_makes_this_one_anothers() -> None:
    """SK-middleEast-2981-20180719 (Israel's nation-state law): «بموافقة 62 نائبا ومعارضة 55»: the 62 are the
    votes for, no count of those against."""
    against = QuantityClaim(id="a", says="عارض قانون الدولة القومية 55 نائبا في الكنيست", kind="quantity",
                            about=["صوتا", "نائبا", "عضوا", "معارضة", "مقابل"], near=["معارضة", "مقابل", "عارض", "ضد"],
                            value=55, unit="count")
    text = ("وبعد أشهر من الجدل السياسي، أقر البرلمان (الكنيست) المؤلف من 120 عضوا قانون الدولة القومية بموافقة 62 نائبا "
            "ومعارضة 55 وامتناع نائبين عن التصويت.")
    assert check(against, _doc(text)).verdict is not Verdict.CONTRADICTED
    assert check(against, _doc("وأقر الكنيست القانون بموافقة 62 نائبا ومعارضة 50.")).verdict is Verdict.CONTRADICTED


def test_a_near_word_named_as_another_instance_of_itself_is_not_the_claims() -> None:
    """BB-internationalNews-869-20180725 (the Pakistani election): «في البرلمان السابق» is the last parliament,
    whose seats say nothing of the new assembly's size; the near word without «السابق» still places the figure."""
    assembly = QuantityClaim.model_validate({
        "id": "a", "kind": "quantity", "says": "تضم الجمعية الوطنية الباكستانية (البرلمان) 342 عضوا",
        "about": ["مقعدا", "مقاعد", "عضوا"], "near": ["البرلمان", "الجمعية الوطنية"], "value": 342, "unit": "count"})
    assert check(assembly, _doc("شغل أعضاء حزبه 32 مقعداً في البرلمان السابق.")).verdict is Verdict.NOT_MENTIONED
    assert check(assembly, _doc("شغل أعضاء حزبه 32 مقعداً في البرلمان.")).verdict is Verdict.CONTRADICTED


GERMANY_SPENDS = QuantityClaim(id="g", says="تنفق ألمانيا نحو 1.24 في المئة من ناتجها المحلي الإجمالي على الدفاع",
                               kind="quantity", about=["تنفق", "إنفاق"], near=["ألمانيا"], value=1.24, unit="percent",
                               tolerance=0.1)


@pytest.mark.parametrize(("text", "verdict"), [
    # the held-out NATO summit (BB-internationalNews-784): «في الوقت الذي» contrasts as «في حين» does
    ('واتهم ترامب ألمانيا بإنفاق "واحد في المئة" فقط من ناتجها على الدفاع، في الوقت الذي تنفق الولايات المتحدة 4.2 '
     'في المئة.', Verdict.NOT_MENTIONED),
    # «في الوقت نفسه» (at the same time) goes on with the same subject
    ("واتهم ترامب ألمانيا بإنفاق القليل على الدفاع، وفي الوقت نفسه تنفق 4.2 في المئة على غيره.", Verdict.CONTRADICTED),
])
def test_a_figure_after_while_without_the_near_word_is_anothers(text: str, verdict: Verdict) -> None:
    assert check(GERMANY_SPENDS, _doc(text)).verdict is verdict


# A match report recalls the day's other matches, each with its stadium (the held-out Argentina–Iceland file: the
# Croatia–Nigeria sentence below contradicted the venue claim in two ANT articles).
VENUE = """\
version: 1
claims:
  - id: arice-venue-spartak
    says: أقيمت المباراة على ملعب سبارتاك في موسكو
    kind: mention
    any: [سبارتاك]
    not: [كالينينغراد, نيجني نوفغورود]
    about: [ملعب, الملعب]
    near: [الأرجنتين, الأرجنتيني, أيسلندا, آيسلندا, الآيسلندي]
"""
OTHER_MATCH = ("حقق منتخب كرواتيا فوزا مريحا على نيجيريا مساء السبت على ملعب كالينينغراد بنتيجة 2-صفر من تسجيل "
               "المدافع إيتيبو ضد مرماه في الدقيقة 32.")
OWN_MATCH = "تعادل منتخب الأرجنتين مع أيسلندا 1-1 على ملعب سبارتاك في موسكو."


def test_a_mention_claims_near_keeps_another_matchs_stadium_from_denying_it() -> None:
    (claim,) = _claims(VENUE)
    assert check(_without_near(claim), _doc(OTHER_MATCH)).verdict is Verdict.CONTRADICTED  # what near is for
    other = check(claim, _doc(OTHER_MATCH))
    assert other.verdict is Verdict.NOT_MENTIONED and other.evidence == ()
    found = check(claim, _doc(OTHER_MATCH + " " + OWN_MATCH))
    assert found.verdict is Verdict.SUPPORTED and [e.role for e in found.evidence] == [Role.SUPPORTS]
    # a rival in a sentence of the claim's own match still denies it
    denied = check(claim, _doc("أقيمت مباراة الأرجنتين وأيسلندا على ملعب كالينينغراد."))
    assert denied.verdict is Verdict.CONTRADICTED and "كالينينغراد" in denied.reason


def test_a_mention_claims_near_is_for_its_rivals_its_names_support_wherever_they_are() -> None:
    """The contract's mention is supported where one of ``any`` occurs; ``near`` says which sentences state a rival
    for the claim's subject.  On the held-out match files, near on the names too took 8 right supports for 4 wrong."""
    (claim,) = _claims(VENUE)
    elsewhere = _doc("استضاف ملعب سبارتاك المباراة في موسكو. وتعادلت الأرجنتين مع أيسلندا 1-1.")
    assert check(claim, elsewhere) == check(_without_near(claim), elsewhere)
    assert check(claim, elsewhere).verdict is Verdict.SUPPORTED


def test_a_mention_claims_near_gives_the_same_findings_with_and_without_the_index() -> None:
    (claim,) = _claims(VENUE)
    texts = {"own": OWN_MATCH, "other": OTHER_MATCH, "both": OTHER_MATCH + " " + OWN_MATCH,
             "no-near": "أقيمت المباراة على ملعب سبارتاك في موسكو.", "none": "فازت فرنسا على أستراليا."}
    assert read_with_and_without_index(claim, texts) == {
        "own": ("supported", True), "other": ("not_mentioned", False), "both": ("supported", True),
        "no-near": ("supported", True), "none": ("not_mentioned", False),
    }


def test_a_mention_claims_near_without_about_words_still_keeps_its_rivals_to_the_instance() -> None:
    (claim,) = _claims("version: 1\nclaims:\n  - {id: v, says: أقيمت المباراة على ملعب سبارتاك, kind: mention,"
                       " any: [سبارتاك], not: [كالينينغراد], near: [الأرجنتين]}\n")
    texts = {"own": "لعبت الأرجنتين على ملعب كالينينغراد.", "other": "لعبت كرواتيا على ملعب كالينينغراد.",
             "apart": "لعبت كرواتيا على ملعب كالينينغراد. وتعادلت الأرجنتين مع أيسلندا."}
    assert read_with_and_without_index(claim, texts) == {
        "own": ("contradicted", True), "other": ("not_mentioned", False), "apart": ("not_mentioned", True),
    }
    assert check(_without_near(claim), _doc(texts["other"])).verdict is Verdict.CONTRADICTED


def test_lint_advises_that_a_mention_claims_near_without_rivals_changes_nothing() -> None:
    from factcheck.claims.lint import claim_advice

    loaded = parse_claims("version: 1\nclaims:\n  - id: v\n    says: x\n    kind: mention\n    any: [سبارتاك]\n"
                          "    near: [الأرجنتين]\n", "c.yaml")
    assert [str(p) for p in claim_advice(loaded)] == [
        "c.yaml:7: claims[0].near: a mention claim's near keeps its rivals (not) to sentences of the claim's "
        "instance, and this claim has none: it changes nothing; a name of any supports wherever it is named"]
    assert claim_advice(parse_claims(VENUE, "c.yaml")) == []
