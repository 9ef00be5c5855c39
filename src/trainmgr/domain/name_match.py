"""Close-name matching for likely duplicate people (pure functions, no database).

The rule (also the docstring of `TraineeService.likely_duplicates`):
1. `normalise` a name: Unicode NFKD with the combining marks dropped (é → e), casefolded, every
   character that is not a letter (hyphen, apostrophe, dot, digit) becomes a space;
2. each word is rewritten to a canonical spelling of common francophone and Arabic transliteration
   variants: ph→f, dj→j, sh→ch, ou→u, w→u, y→i, then doubled letters are collapsed (mm→m, ss→s);
   the Mohamed family (Mohammed, Muhammad, Mouhamed, Mahamat...) and Ahmed/Ahmad become one word;
3. two people's keys "family given" are compared with difflib's ratio; the candidate is also compared
   in swapped order (family and given names entered in each other's field, common on paper rosters).
   A ratio of at least `THRESHOLD` (0.85) is a close name. Identical keys score 1.0.
Scripts other than Latin (Arabic, ...) keep their letters and are compared as they are.
"""

from __future__ import annotations

import re
import unicodedata
from difflib import SequenceMatcher
from functools import lru_cache

THRESHOLD = 0.85

_LETTER_RULES = (("ph", "f"), ("dj", "j"), ("sh", "ch"), ("ou", "u"), ("w", "u"), ("y", "i"))
_DOUBLE = re.compile(r"(.)\1+")
# Canonical forms AFTER the letter rules (mohammed → mohamed, muhammad → muhamad, mouhamed → muhamed).
_NAME_FAMILIES = {
    **dict.fromkeys(("mohamed", "mohamad", "muhamad", "muhamed", "mahamat", "mahamed", "mohamet", "mahomet",
                     "mehmet", "mamadu"), "mohamed"),
    **dict.fromkeys(("ahmed", "ahmad", "ahmet", "hamed"), "ahmed"),
    **dict.fromkeys(("abdul", "abdel", "abdal", "abdoul"), "abdel"),
}


def _word(word: str) -> str:
    for old, new in _LETTER_RULES:
        word = word.replace(old, new)
    word = _DOUBLE.sub(r"\1", word)
    return _NAME_FAMILIES.get(word, word)


@lru_cache(maxsize=65536)  # names repeat a lot: indexing 100 000 people normalises a few thousand
def normalise(text: str) -> str:
    """The comparison key of a name (see the module docstring)."""
    decomposed = unicodedata.normalize("NFKD", text or "")
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()
    words = "".join(ch if ch.isalpha() else " " for ch in stripped).split()
    return " ".join(_word(w) for w in words)


def name_key(family_name: str, given_names: str) -> tuple[str, str]:
    """(normalised family name, normalised given names)."""
    return normalise(family_name), normalise(given_names)


def similarity(a: tuple[str, str], b: tuple[str, str]) -> float:
    """Best difflib ratio of "family given" of `a` against `b` as entered and with `b`'s names swapped."""
    left = f"{a[0]} {a[1]}".strip()
    if not left:
        return 0.0
    best = 0.0
    for right in (f"{b[0]} {b[1]}".strip(), f"{b[1]} {b[0]}".strip()):
        if left == right:
            return 1.0
        matcher = SequenceMatcher(None, left, right, autojunk=False)
        if matcher.real_quick_ratio() >= THRESHOLD and matcher.quick_ratio() >= THRESHOLD:
            best = max(best, matcher.ratio())
    return best
