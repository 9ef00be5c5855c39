"""The accent-free, case-free form trainee search compares text in (pure functions, no database).

`fold("Traoré")` is "traore", `fold("MOHAMED")` "mohamed", `fold("Œuvre")` "oeuvre": Unicode NFKD with
the combining marks dropped (which also drops Arabic short vowels), casefolded, and the few Latin
letters NFKD does not decompose (ø, æ, œ, ł, đ, ı...) spelled out. Other scripts keep their letters.

The same function runs inside SQLite (registered on every connection as `tm_fold`, see db/engine.py):
the trigger that keeps `person.search_key` up to date and the search's own words use it, so a name
and the word typed to find it are always folded alike.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

SQL_NAME = "tm_fold"
# Between the fields of a search key: whitespace, so no typed word (words are split on whitespace)
# can match across two fields.
SEPARATOR = "\n"

_SPELLED = str.maketrans({"ø": "o", "Ø": "o", "æ": "ae", "Æ": "ae", "œ": "oe", "Œ": "oe", "ł": "l", "Ł": "l",
                          "đ": "d", "Đ": "d", "ð": "d", "Ð": "d", "þ": "th", "Þ": "th", "ı": "i", "ħ": "h",
                          "ŧ": "t", "ŋ": "n"})


@lru_cache(maxsize=65536)
def fold(text: str | None) -> str:
    """`text` without accents or case (see the module docstring); None is ""."""
    if not text:
        return ""
    decomposed = unicodedata.normalize("NFKD", text.translate(_SPELLED))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def sql_fold(text: object) -> str:
    """`fold` as SQLite calls it: any value (a number, NULL) folds to its text."""
    return fold(text if isinstance(text, str) else ("" if text is None else str(text)))
