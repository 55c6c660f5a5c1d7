"""The sounds of the people's names, by which a name dictated as several words is read
(`spelling.NameSpeller._dictated_names`: "kill mar a bray go" sounds as Kilmar Abrego does).

`NameSounds` is the table: each sound (jellyfish's metaphone key) of the people's names and of
every run of their words ("Kilmar", "Kilmar Abrego", "Abrego Garcia", ...), of six letters or
more, and those sounds by their names' first letter and their length (where a sound a little
off is looked for). Made from the people (some 13 ms at 100,000 passages, 2,573 people; 50 ms
at 1,000,000, 8,758 people), or read from the build's files, which store it as written when
the build's files are (`build_files`, `name_sounds.json`; ~1 ms to read). A stored table is
used only if made by this module's code and this jellyfish (`made_by`): another's is made
again from the people, so an upgrade never reads names by a stale table.
"""

from __future__ import annotations

import functools
import hashlib
import importlib.metadata
import re
from collections.abc import Iterable
from pathlib import Path

import jellyfish
import orjson

from bot.engine.models import Person

__all__ = ["MIN_RUN_LETTERS", "NameSounds", "made_by"]

MIN_RUN_LETTERS = 6  # a name (or run of a name's words) of fewer letters has no sound kept
_NAME_PARTS = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")  # "Flores-Macias" one part
_NOT_LETTERS = str.maketrans("", "", " -'’.")


@functools.cache
def made_by() -> str:
    """What a table is made by: a digest of this module's source and jellyfish's version
    (its metaphone is the sound), read once (a small file: some 0.1 ms)."""
    source = Path(__file__).read_bytes()
    digest = hashlib.sha256(source).hexdigest()[:16]
    return f"{digest}:jellyfish-{importlib.metadata.version('jellyfish')}"


class NameSounds:
    """Each sound of the people's names -> the names (one or more words) sounding so, and the
    sounds by their names' first letter and the sound's length."""

    def __init__(self, sounds: dict[str, set[str]]) -> None:
        self.names = sounds
        near: dict[tuple[str, int], list[str]] = {}
        for sound, names in sounds.items():
            for letter in {name[0].lower() for name in names}:
                near.setdefault((letter, len(sound)), []).append(sound)
        self.near = near

    @classmethod
    def of_people(cls, people: Iterable[Person]) -> NameSounds:
        """The table of `people`'s names, each run of words once."""
        sounds: dict[str, set[str]] = {}
        seen: set[str] = set()
        labels = {label for p in people for label in (p.name, *p.aliases)}
        for label in labels:
            parts = _NAME_PARTS.findall(label)
            for start in range(len(parts)):
                for end in range(start + 1, len(parts) + 1):
                    name = " ".join(parts[start:end])
                    if name in seen:
                        continue
                    seen.add(name)
                    letters = name.lower().translate(_NOT_LETTERS)
                    if len(letters) >= MIN_RUN_LETTERS:
                        sounds.setdefault(jellyfish.metaphone(letters), set()).add(name)
        return cls(sounds)

    @classmethod
    def read(cls, stored: bytes | None, people: Iterable[Person]) -> NameSounds:
        """The table `stored` holds (`to_bytes`'s), if this code made it; else made from
        `people` (a build read from the database or from files written before the table was,
        or by other code)."""
        if stored is not None:
            record = orjson.loads(stored)
            if record.get("made_by") == made_by():
                return cls({sound: set(names) for sound, names in record["sounds"]})
        return cls.of_people(people)

    @staticmethod
    def stored(people: Iterable[Person]) -> bytes:
        """The table of `people`'s names as a build's files store it: one JSON record, the
        sounds and each sound's names in order (the same bytes for the same people)."""
        sounds = NameSounds.of_people(people).names
        record = {
            "made_by": made_by(),
            "sounds": [[sound, sorted(sounds[sound])] for sound in sorted(sounds)],
        }
        return orjson.dumps(record)
