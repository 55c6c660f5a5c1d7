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
# with "#" or "=" are comments.
_LINE = re.compile(r"^(1M|\?M|M|1F|\?F|F|\?) +(\S+)", re.MULTILINE)
# Each code as one letter: "m" male, "n" mostly male, "f" female, "g" mostly female, "a"
# either ("andy" to `gender_guesser.detector.Detector`, which reads "1M" and "?M" alike).
SEX_MARKS = {"M": "m", "1M": "n", "?M": "n", "F": "f", "1F": "g", "?F": "g", "?": "a"}


@lru_cache(maxsize=1)
def _first_names() -> dict[str, str]:
    """Each first name of the list, in lower case, with the marks (`SEX_MARKS`) of its lines,
    in their order: the names of `Detector(case_sensitive=False).names` and their genders, a
    name with "+" under each of its spellings ("", " " or "-" for the "+"), without the
    countries, which nothing here reads. Read with one pattern over the file, each name's marks
    a string (no object the collector tracks), rather than by `Detector`, whose loop over the
    48,800 lines and dict for each name took ~0.34 s of CPU in a build worker, against ~0.1:
    in each worker of a build, and in each process that reads a question naming someone.
    tests/engine/test_first_names.py checks the two give the same names and genders."""
    text = (files("gender_guesser") / "data" / "nam_dict.txt").read_text(encoding="utf-8")
    names: dict[str, str] = {}
    get = names.get
    for sex, name in _LINE.findall(text):
        mark = SEX_MARKS[sex]
        name = name.lower()
        if "+" in name:
            for joint in ("", " ", "-"):
                spelled = name.replace("+", joint)
                names[spelled] = get(spelled, "") + mark
        else:
            names[name] = get(name, "") + mark
    return names


def is_first_name(name: str) -> bool:
    """Whether the `gender-guesser` list has `name` as a first name, of either sex ("Hunter")."""
    return name.lower() in _first_names()


def first_name_gender(name: str) -> Gender | None:
    """The gender a first name implies, from the name list `gender-guesser` ships (first names
    by country): only when every entry the list has for the name is of one sex and at least one
    says so without a "mostly" ("Ann", "Maria"); "Jean" (a man's name in France, a woman's in
    Britain), "Kim", "Jo" and names it lacks are unknown."""
    marks = set(_first_names().get(name.lower(), ""))
    if "f" in marks and marks <= {"f", "g"}:  # female, and perhaps mostly female
        return "female"
    if "m" in marks and marks <= {"m", "n"}:
        return "male"
    return None
