"""Words that leave open whether what they govern happened: expected, planned, almost, refused, failed, not known.

«ومن المتوقع ان يلتقي الرئيس …» neither says that the meeting took place nor
that it did not, and neither does «كاد ان يسجل» or «رفض ان يلتقي».  They are
no negators («رفض التعليق علي مقتل ثلاثه جنود» still says the deaths): a
statement they govern (``compare``, through the negators' ``scope``) is
judged not mentioned.  All tokens are normalized (ى → ي, ة → ه, hamza folded).
"""

from __future__ import annotations

from collections.abc import Sequence

__all__ = ["markers"]

# Governing by themselves: كاد (then the verb, or its subject and the verb), سوف (then the verb).
_ALONE = frozenset({"كاد", "كادت", "يكاد", "تكاد", "كادوا", "سوف"})
# Verbs that govern through the ان (or الا: ان لا) of their complement, a subject between at most.
_VERBS = frozenset({"يتوقع", "تتوقع", "يتوقعون", "يعتزم", "تعتزم", "يعتزمون", "رفض", "رفضت", "يرفض", "ترفض", "رفضوا",
                    "يرفضون",
                    # «يمكن أن تبقى في الاتفاق ... شريطة»: what may be, not what is
                    "يمكن", "يمكنه", "يمكنها", "يمكنهم", "يمكننا"})
# ... failing, right before its في or ان: «فشل المفاوضات في جنيف» is no failure to do what follows.
_FAIL = frozenset({"فشل", "فشلت", "يفشل", "تفشل", "فشلوا"})
# Adjectives that govern after من and before ان: «من المقرر ان»; «المقرر الخاص» is a rapporteur.
_AFTER_MIN = frozenset({"المتوقع", "المقرر", "المرتقب", "المنتظر", "المزمع"})
_THAT = frozenset({"ان", "الا"})
# A negator right before a verb of memory or knowledge: «لا اتذكر نتيجه 4 اهداف مقابل اثنين» says what the speaker
# does not remember or know, not that it did not happen.  The negator is the marker: it governs what follows.
_NOT = frozenset({"لا", "لم", "لست", "لسنا", "ليس"})  # not ما: «ما يعرف ب» is "what is known as"
_KNOW = frozenset({
    "اتذكر", "يتذكر", "تتذكر", "نتذكر", "يتذكرون", "اذكر", "نذكر",
    "اعرف", "يعرف", "تعرف", "نعرف", "يعرفون", "اعلم", "يعلم", "تعلم", "نعلم", "يعلمون",
    "ادري", "يدري", "تدري", "ندري", "يدرون",
})


def _bare(word: str) -> str:
    return word[1:] if word[:1] in ("و", "ف") and len(word) > 3 else word


def _marks(tokens: Sequence[str], i: int) -> bool:
    word, after = _bare(tokens[i]), tokens[i + 1:i + 3]
    if word in _NOT and after and after[0] in _KNOW:
        return True
    if word in _ALONE or tokens[i] in _ALONE:
        return True
    if word in _VERBS or tokens[i] in _VERBS:
        return any(t in _THAT for t in after)
    if word in _FAIL or tokens[i] in _FAIL:
        return bool(after) and after[0] in _THAT | {"في"}
    if tokens[i] in _AFTER_MIN:
        return i > 0 and tokens[i - 1] in ("من", "ومن", "فمن") and bool(after) and after[0] in _THAT
    return False


def markers(tokens: Sequence[str]) -> list[int]:
    """Indices of the tokens that leave open whether what follows happened."""
    return [i for i in range(len(tokens)) if _marks(tokens, i)]
