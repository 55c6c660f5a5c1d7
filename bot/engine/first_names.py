"""First names and the gender they imply (the `gender-guesser` list, which ships inside its
package), and the gender of the personal pronouns: read by attribution (gender as a veto) and
by the question reader ("what did she say" after a statement naming "Maria"), which must not
import the attributor to answer from a stored build."""

from __future__ import annotations

import re
from functools import lru_cache
from importlib.resources import files
from typing import Literal

Gender = Literal["female", "male"]

PRONOUN_GENDER: dict[str, Gender] = {
    "he": "male",
    "him": "male",
    "his": "male",
    "himself": "male",
    "she": "female",
    "her": "female",
    "hers": "female",
    "herself": "female",
}


# A line of the list: its sex code, then the name ("+" joins a name's parts); lines opening
# with "#" or "=" are comments. The codes and what `gender_guesser.detector.Detector` reads
# them as:
_LINE = re.compile(r"^(1M|\?M|M|1F|\?F|F|\?) +(\S+)", re.MULTILINE)
_SEXES = {
    "M": "male",
    "1M": "mostly_male",
    "?M": "mostly_male",
    "F": "female",
    "1F": "mostly_female",
    "?F": "mostly_female",
    "?": "andy",
}


@lru_cache(maxsize=1)
def _first_names() -> dict[str, tuple[str, ...]]:
    """Each first name of the list, in lower case, with the genders its lines give it (in
    the order of the lines): the names and genders of `Detector(case_sensitive=False).names`,
    a name with "+" under each of its spellings ("", " " or "-" for the "+"), without the
    countries, which nothing here reads. Read with one pattern over the file rather than by
    `Detector`, which loops over the 48,800 lines in Python (~0.19 s, in each build worker and
    each first start, against ~0.06); tests/engine/test_first_names.py checks both give the
    same names."""
    text = (files("gender_guesser") / "data" / "nam_dict.txt").read_text(encoding="utf-8")
    names: dict[str, dict[str, None]] = {}
    for sex, name in _LINE.findall(text):
        gender = _SEXES[sex]
        name = name.lower()
        if "+" in name:
            for joint in ("", " ", "-"):
                names.setdefault(name.replace("+", joint), {})[gender] = None
        else:
            names.setdefault(name, {})[gender] = None
    return {name: tuple(genders) for name, genders in names.items()}


def is_first_name(name: str) -> bool:
    """Whether the `gender-guesser` list has `name` as a first name, of either sex ("Hunter")."""
    return name.lower() in _first_names()


def first_name_gender(name: str) -> Gender | None:
    """The gender a first name implies, from the name list `gender-guesser` ships (first names
    by country): only when every entry the list has for the name is of one sex and at least one
    says so without a "mostly" ("Ann", "Maria"); "Jean" (a man's name in France, a woman's in
    Britain), "Kim", "Jo" and names it lacks are unknown."""
    entries = set(_first_names().get(name.lower(), ()))
    genders: tuple[Gender, ...] = ("female", "male")
    for gender in genders:
        if gender in entries and entries <= {gender, f"mostly_{gender}"}:
            return gender
    return None
