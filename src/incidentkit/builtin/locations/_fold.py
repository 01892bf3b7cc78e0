"""Spelling-insensitive keys for place names, shared by the matcher and the build script.

Two spellings that differ only by case, accents, apostrophes, or the usual
transliteration variants of Russian and Ukrainian names fold to the same key:

>>> fold("Dumnichskiy") == fold("Dumnichsky") == fold("DUMNICHSKYI")
True
>>> fold("Kharkiv") == fold("Harkiv"), fold("Yelabuga") == fold("Elabuga")
(True, True)
>>> fold("Solom'yanskyi")
'solomiansky'

The gazetteer file records :data:`FOLD_VERSION`; a file built with another
version is re-folded when it is loaded.
"""

from __future__ import annotations

import functools
import unicodedata

import regex

__all__ = ["FOLD_VERSION", "fold", "fold_words", "light_fold", "russian_key"]

#: Bump when :func:`fold` changes, so stored keys are recomputed.
FOLD_VERSION = 5

# Apostrophes and soft signs romanised as apostrophes ("Bilen'ke", "Solom’yanskyi").
_APOSTROPHES = regex.compile(r"[''`´ʹʼʻ’‘\"”“]")
# A possessive ending, as the matcher drops it from words ("People's Republic" = "People Republic").
_POSSESSIVE = regex.compile(r"['’]s\b")
# Hyphens and dashes inside a name ("Slavyansk-na-Kubani"), folded to one space.
_HYPHENS = regex.compile(r"[\-‐‑‒–—]+")
# Adjective endings: -skiy, -skii, -skyi, -skyy, -skij, -sky all become -sky ("Borovskiy").
_ADJ_END = regex.compile(r"(?<=\p{L}{2})(?:iy|ii|yi|yy|ij|yj|iyi)\b")
# Word-initial ye is e ("Yelabuga" = "Elabuga", "Yeysk" = "Eysk").
_INITIAL_Y = regex.compile(r"\by(?=e)")
# Final i after a vowel is y ("Dzhankoi" = "Dzhankoy", "Zhytomyrskyi" handled above).
_FINAL_I = regex.compile(r"(?<=[aeou])i\b")
# Inner ya/yu/ye/yo after a consonant spelled with i or y ("Solomyanskyi" = "Solomianskyi").
_INNER_Y = regex.compile(r"(?<=\p{L})[iy](?=[aeou])")
# y between a vowel and a consonant is i ("Grayvoronsky" = "Graivoronsky").
_VOWEL_Y = regex.compile(r"(?<=[aeou])y(?=[b-df-hj-np-tv-z])")
# kh/h, zh stays; double consonants are single ("Tarussky" = "Tarusky").
_DOUBLE = regex.compile(r"([b-df-hj-np-tv-z])\1+")
_SPACES = regex.compile(r"\s+")


@functools.lru_cache(maxsize=65536)
def fold(name: str) -> str:
    """The spelling-insensitive key of ``name`` (lower case ASCII words separated by one space)."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = _POSSESSIVE.sub("", text.casefold())
    text = _APOSTROPHES.sub("", text)
    text = text.replace("ё", "e").replace("ß", "ss")
    text = _HYPHENS.sub(" ", text)
    text = text.replace(".", " ").replace(",", " ")
    text = text.replace("kh", "h").replace("j", "y")
    text = _ADJ_END.sub("y", text)
    text = _INITIAL_Y.sub("", text)
    text = _FINAL_I.sub("y", text)
    text = _VOWEL_Y.sub("i", text)
    text = text.replace("zhzh", "zh")
    text = _INNER_Y.sub("i", text)
    text = _DOUBLE.sub(r"\1", text)
    return _SPACES.sub(" ", text).strip()


def fold_words(words: list[str] | tuple[str, ...]) -> str:
    """The key of several words read as one name."""
    return fold(" ".join(words))


@functools.lru_cache(maxsize=4096)
def light_fold(name: str) -> str:
    """``name`` less case, accents, apostrophes and hyphens, without :func:`fold`'s transliteration rules.

    >>> light_fold("Lyon") == light_fold("LYON"), light_fold("Lyon") == light_fold("Lion")
    (True, False)
    """
    text = unicodedata.normalize("NFKD", name)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = _APOSTROPHES.sub("", _POSSESSIVE.sub("", text.casefold()))
    text = _HYPHENS.sub(" ", text).replace(".", " ")
    return _SPACES.sub(" ", text).strip()


_SOFT_VOWELS = regex.compile(r"[eiy]+")
_IOTATED = regex.compile(r"(?<=[b-df-hj-np-tv-z])i(?=[aou])")


def russian_key(key: str) -> str:
    """A looser key of a folded name, shared by a Ukrainian name and its Russian spelling.

    Russian г is Ukrainian г (h), and Russian е, и, ы are Ukrainian і, и, е in many names:
    ``Chuguev`` is Chuhuiv, ``Liptsy`` Lyptsi, ``Staritsa`` Starytsia.

    >>> russian_key(fold("Chuguev")) == russian_key(fold("Chuhuiv"))
    True
    >>> russian_key(fold("Liptsy")) == russian_key(fold("Lyptsi"))
    True
    >>> russian_key(fold("Staritsa")) == russian_key(fold("Starytsia"))
    True
    """
    return _IOTATED.sub("", _SOFT_VOWELS.sub("i", key.replace("g", "h")))
