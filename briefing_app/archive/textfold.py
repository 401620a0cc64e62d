"""Text folding shared by indexing and querying, so both sides agree.

Case and diacritics are folded (Élysée → elysee, Straße → strasse, Ё → е)
so a desk officer finds a meeting however the word was typed. Name keys go one
step further and fold transliteration variants (Ильхам Алиев / Ilham Aliyev /
Ilcham Alijew) to one comparable Latin key.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from anyascii import anyascii


def fold(text: str) -> str:
    """Lower-case, without diacritics, ß as ss: the form stored in the search index.

    A change here needs a schema migration that calls Archive.rebuild_index().
    """
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return unicodedata.normalize("NFC", stripped.casefold())


# Spelling differences between English, German and French transliterations of
# the same (mostly Cyrillic) name, applied in order on the ASCII form.
_NAME_RULES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), repl)
    for pattern, repl in (
        (r"[^a-z ]", ""),
        (r"tsch", "ch"),
        (r"sch", "sh"),
        (r"dzh|dj", "j"),
        (r"zh", "j"),
        (r"kh|ch(?=[aeiou])|(?<=[aeiou])ch", "h"),
        (r"ou", "u"),
        (r"w", "v"),
        (r"ff\b", "v"),
        (r"tz|ts", "z"),
        (r"j(?=[aeiou])", "y"),
        (r"(?<=[aeiou])j", "y"),
        (r"iy|yi", "i"),
        (r"(?<=[aeiou])y(?=[aeiou])", ""),
        (r"y(?=e)", ""),
        (r"(.)\1", r"\1"),
    )
)


@lru_cache(maxsize=65536)
def name_key(name: str) -> str:
    """A Latin key that is equal (or very close) for spelling variants of one name."""
    text = anyascii(name).lower()
    text = re.sub(r"[-_.]", " ", text).replace("'", "")
    for pattern, repl in _NAME_RULES:
        text = pattern.sub(repl, text)
    return " ".join(text.split())
