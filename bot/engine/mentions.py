"""Where a text mentions the people a story knows: by full name, alias or surname, with the
spellings people type ("Flores Macias", "OBrien"). `find_mentions` reads a story once;
`MentionFinder` compiles each name's pattern once and serves every question after.
"""

from __future__ import annotations

import itertools
import operator
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from bot.engine.caches import remember
from bot.engine.countries import PeopleCountries
from bot.engine.descriptions import Descriptions
from bot.engine.models import Person
from bot.engine.names import Token, side_by_side, tokenize
from bot.engine.words import SOMEONE_NOUNS, is_english_word


@dataclass(frozen=True, slots=True)
class Mention:
    """A name of known people in a token list: tokens [i, j); more than one id if ambiguous."""

    ids: tuple[str, ...]
    i: int
    j: int


class AliasTable:
    """Known people's aliases as token tuples, for `name_mentions` (made once for a list of
    people rather than once per paragraph)."""

    def __init__(self, people: Sequence[Person]) -> None:
        self.ids: dict[tuple[str, ...], list[str]] = {}
        for person in people:
            for alias in person.aliases:
                key = _alias_key(alias)
                if key and person.id not in self.ids.setdefault(key, []):
                    self.ids[key].append(person.id)
        self.longest = max((len(k) for k in self.ids), default=0)
        self.first_words = {k[0] for k in self.ids}  # where a mention can start


@lru_cache(maxsize=4_096)
def _alias_key(alias: str) -> tuple[str, ...]:
    """An alias's words and marks, as `AliasTable` looks them up: each story's attribution
    makes a table of the same people twice (its second pass adds the speakers the first
    found), and a build worker meets the same names story after story."""
    return tuple(t.text for t in tokenize(alias))


def name_mentions(
    tokens: Sequence[Token], people: Sequence[Person], aliases: AliasTable | None = None
) -> list[Mention]:
    """Where `tokens` name known people by an alias (case-sensitive, longest alias first).
    `aliases`: the `AliasTable` of `people`, when the caller has made it."""
    known = aliases if aliases is not None else AliasTable(people)
    table, longest, first_words = known.ids, known.longest, known.first_words
    texts = list(map(_TEXT, tokens))
    mentions: list[Mention] = []
    free = 0  # the first token not in a mention found
    # only where a name can start, found outside the interpreter's loop (most tokens start none)
    for i in itertools.compress(range(len(texts)), map(first_words.__contains__, texts)):
        if i < free:
            continue
        for size in range(min(longest, len(tokens) - i), 0, -1):
            ids = table.get(tuple(texts[i : i + size]))
            if ids and side_by_side(tokens, i, i + size):
                mentions.append(Mention(tuple(ids), i, i + size))
                free = i + size
                break
    return mentions


_TEXT = operator.attrgetter("text")


def find_mentions(text: str, people: Sequence[Person]) -> list[tuple[Person, int, int]]:
    """Which known people a free text (a question) refers to, by name, alias or role.

    Case-insensitive; the words of a name may be joined by a space, a hyphen or nothing, and an
    apostrophe may be straight, curly or left out ("flores macias" and "floresmacias" find
    Flores-Macias); the longest match wins where matches overlap; a surface form several people
    share ("president") returns each of them at the same offsets.
    """
    return MentionFinder(people).find(text)


# A bound on the texts (questions, and the speaker words in them) whose mentions are kept.
_FOUND_CACHE_SIZE = 4_096


class Found(NamedTuple):
    """Where a text names known people: text[start:end] names each of `people` (several when
    they share the name or role: in the order `find_mentions` gives them, once each), and by
    their name or an alias each of `by_name` (of `people`, in their order; a role names
    none). One for a surname or role thousands share, not one per person."""

    people: tuple[Person, ...]
    start: int
    end: int
    by_name: tuple[Person, ...]


class _Surface(NamedTuple):
    person: Person
    surface: str
    plural: bool  # a role: "presidents" names them too
    probe: str  # see _surface_probe
    pieces: tuple[str, ...]  # see _surface_pieces


# The function words a role's initials leave out: "Secretary of State" is "SS" (SecState aside)
_OF = frozenset("of the for and".split())


class MentionFinder:
    """`find_mentions` over one fixed list of people, each name's pattern prepared once.

    For reading many questions against the same people (a snapshot's): most questions name one
    or two of them, so a substring test skips most patterns before any regex runs, and a
    pattern is compiled the first time its probe is found (a newsroom corpus names thousands
    of people: compiling every pattern up front took seconds of start-up).
    """

    def __init__(self, people: Sequence[Person], countries: PeopleCountries | None = None) -> None:
        # who a question describes without naming ("the rights group"), for the question reader
        self.descriptions = Descriptions(people)
        # which country each person is of ("the American president"), for the question reader
        self.countries = countries
        self._surfaces = tuple(
            _Surface(person, surface, plural, _surface_probe(surface), _surface_pieces(surface))
            for person in people
            for surface, plural in _surfaces(person)
        )
        self._persons = tuple(surface.person for surface in self._surfaces)
        # each surface's person as a number, one an id (first seen first), read once here: a
        # surname 290 people share is told to name 290 different people by these numbers in
        # C, not by reading each one's id (a pydantic attribute, some 500 instructions)
        numbers: dict[str, int] = {}
        of_person = [numbers.setdefault(person.id, len(numbers)) for person in people]
        self._numbers = tuple(
            number
            for person, number in zip(people, of_person, strict=True)
            for _ in _surfaces(person)
        )
        # each surface written as `_named_by` compares it with the words found (lower case),
        # None for a role's (plural) surface
        self._as_alias = tuple(
            None if surface.plural else surface.surface.lower() for surface in self._surfaces
        )
        self._patterns: dict[int, re.Pattern[str]] = {}
        # Where each probe's surfaces stand, by surface: many people share a surname or a role,
        # so a corpus has far fewer probes, and surfaces, than people's surfaces to look for.
        by_surface: dict[str, dict[tuple[str, bool], list[int]]] = {}
        for at, surface in enumerate(self._surfaces):
            shared = by_surface.setdefault(surface.probe, {})
            shared.setdefault((surface.surface, surface.plural), []).append(at)
        # each with its surface's pieces: a surname's probe stands for each full name of it
        self._by_probe = {
            probe: [(self._surfaces[places[0]].pieces, places) for places in shared.values()]
            for probe, shared in by_surface.items()
        }
        # what each text was found to mention: questions name the same people again and again
        self._found: dict[str, tuple[Found, ...]] = {}
        self._names: dict[str, frozenset[str]] = {}
        self._people = tuple(people)
        self._called: dict[str, tuple[Person, ...]] | None = None  # `called`
        self._initials: dict[str, str] | None = None  # `role_of_initials`
        self._role_words: frozenset[str] | None = None  # `role_words`
        # the people of the surfaces found at one span, once each, by the surfaces' first
        # places in `_surfaces` (a role is often a surface twice: "President" and "president")
        self._people_of: dict[tuple[int, ...], tuple[Person, ...]] = {}
        # which of those people the words found name by name, by the same key and the words
        self._by_name: dict[tuple[tuple[int, ...], str], tuple[Person, ...]] = {}
        # a long list of a probe's surfaces by a piece of each (`_held`), made on first need
        self._keyed: dict[str, tuple[tuple[str, ...], tuple[list[int], ...]]] = {}

    def find(self, text: str) -> list[tuple[Person, int, int]]:
        """What `find_mentions(text, people)` returns: `find_groups` one tuple per person."""
        return [
            (person, start, end)
            for people, start, end, _ in self.find_groups(text)
            for person in people
        ]

    def find_groups(self, text: str) -> tuple[Found, ...]:
        """Where `text` names the people, in the order of `find`: the people found at each
        span as one `Found` (a surname 290 people share costs one, not 290)."""
        found = self._found.get(text)
        if found is None:
            found = remember(self._found, text, tuple(self._find(text)), _FOUND_CACHE_SIZE)
        return found

    def group(self, people: Sequence[Person], text: str, start: int, end: int) -> Found:
        """`people` as found at text[start:end] (by a description or another word for a role,
        not by `find`), with those it names by name."""
        name = _as_a_name(text[start:end])
        # read at once, as `_named_by` reads its groups' (a description many fit: "senators")
        self._read_names(tuple(people))
        by_name = tuple(p for p in people if name in self.names_of(p))
        return Found(tuple(people), start, end, by_name)

    def called(self, noun: str) -> tuple[Person, ...]:
        """The people a role of theirs calls a `noun` (lower case) for anyone ("man": Kilmar
        Abrego Garcia, "a Maryland man"), once each: whom "that man" may point at. Worked out
        the first time a question asks (few do)."""
        if self._called is None:
            called: dict[str, dict[str, Person]] = {}
            for person in self._people:
                for role in person.roles:
                    head = role.split()[-1].lower() if role.split() else ""
                    if head in SOMEONE_NOUNS:
                        called.setdefault(head, {})[person.id] = person
            self._called = {head: tuple(people.values()) for head, people in called.items()}
        return self._called.get(noun, ())

    def role_words(self) -> frozenset[str]:
        """The words of the people's roles, lower case ("harbour", "master"): how the story
        spells them. Worked out the first time a question needs it."""
        if self._role_words is None:
            self._role_words = frozenset(
                word.lower()
                for person in self._people
                for role in person.roles
                for word in re.findall(r"[^\W\d_]+", role)
            )
        return self._role_words

    def role_of_initials(self, initials: str) -> str | None:
        """The role (lower case) whose words' initials are `initials` (lower case: "ag":
        "attorney general"), of a role of two words or more a person holds, the function words
        left out ("secretary of state": "ss"), a chief's with its officer's "o" too ("ceo":
        "chief executive"); None where no role, or two different roles, have them. Worked out
        the first time a question asks."""
        if self._initials is None:
            roles: dict[str, set[str]] = {}
            for person in self._people:
                for role in person.roles:
                    words = [w for w in re.findall(r"[^\W\d_]+", role.lower()) if w not in _OF]
                    if len(words) >= 2:
                        first = "".join(w[0] for w in words)
                        roles.setdefault(first, set()).add(" ".join(words))
                        if words[0] == "chief" and words[-1] != "officer":
                            # "ceo" of "Chief Executive": its officer, as its initials say
                            roles.setdefault(f"{first}o", set()).add(" ".join(words))
            self._initials = {
                key: next(iter(held)) for key, held in roles.items() if len(held) == 1
            }
        return self._initials.get(initials)

    def names_of(self, person: Person) -> frozenset[str]:
        """A person's name and aliases as `_as_a_name` writes them (worked out once: a surname
        many people share finds each of them in every question naming it)."""
        names = self._names.get(person.id)
        if names is None:
            names = frozenset(_as_a_name(a) for a in (person.name, *person.aliases))
            self._names[person.id] = names  # bounded by the people it was made for
        return names

    def _find(self, text: str) -> list[Found]:
        # where each surface matches: its people's places in `_surfaces`, one list a surface
        found: dict[tuple[int, int], list[list[int]]] = {}
        lowered = _probe_view(text)  # None: no probe can be trusted, every surface is tried
        for probe, shared in self._by_probe.items():
            if lowered is not None and probe not in lowered:
                continue  # every match holds its probe, and each ASCII piece
            for pieces, places in shared if lowered is None else self._held(probe, lowered):
                # "Mensah" in a question: not "Kwame Mensah", whose pattern is compiled only
                # when a question could match it (some 1 ms each, for each of 90 Mensahs);
                # tested without a Python step a piece (290 full names of one surname)
                if lowered is not None and not all(map(lowered.__contains__, pieces)):
                    continue
                for span in self._spans(places[0], text, lowered):
                    found.setdefault(span, []).append(places)
        return self._longest_first(found, text)

    def _held(self, probe: str, lowered: str) -> Sequence[tuple[tuple[str, ...], list[int]]]:
        """The surfaces of `probe` (found in `lowered`) that may match there, in their order:
        each whose other pieces `lowered` may hold. A probe many surfaces share (a role's
        890 holders' "Governor Fatima Haddad"s) has them looked up by a piece of each, the
        first besides the probe ("fatima", "" for none: in every text), each piece tested
        once: testing each surface's pieces in turn was most of a passage's people found, at
        1,000,000 passages, for a passage first seen."""
        shared = self._by_probe[probe]
        if len(shared) < _KEYED_FROM:
            return shared
        keyed = self._keyed.get(probe)
        if keyed is None:
            by_piece: dict[str, list[int]] = {}
            for at, (pieces, _) in enumerate(shared):
                piece = next((piece for piece in pieces if piece != probe), "")
                by_piece.setdefault(piece, []).append(at)
            keyed = self._keyed[probe] = (tuple(by_piece), tuple(by_piece.values()))
        pieces, places = keyed
        held = list(
            itertools.chain.from_iterable(
                itertools.compress(places, map(lowered.__contains__, pieces))
            )
        )
        held.sort()
        return operator.itemgetter(*held)(shared) if len(held) > 1 else [shared[at] for at in held]

    def _longest_first(
        self, found: dict[tuple[int, int], list[list[int]]], text: str
    ) -> list[Found]:
        """The matches that stand where they overlap: the longest, and everyone found there
        (once each, in the order of `_surfaces`). A surname or a role thousands share is one
        match, not one per person."""
        chosen: list[Found] = []
        taken_until = -1
        for start, end in sorted(found, key=lambda span: (span[0], span[0] - span[1])):
            if start < taken_until:
                continue
            shared = found[(start, end)]
            key = tuple(sorted(places[0] for places in shared))
            people = self._people_at(key, shared)
            words = text[start:end].lower()
            by_name = self._by_name.get((key, words))
            if by_name is None:
                by_name = self._named_by(key, people, words)
                # bounded by the texts whose mentions are kept
                remember(self._by_name, (key, words), by_name, _FOUND_CACHE_SIZE)
            chosen.append(Found(people, start, end, by_name))
            taken_until = end
        return chosen

    def _named_by(
        self, key: tuple[int, ...], people: tuple[Person, ...], words: str
    ) -> tuple[Person, ...]:
        """Those of `people` (found at `key`'s surfaces) whose name or an alias `words` is.
        When every surface is an alias written as `words`, all of them, without a look at
        each (the first question naming a surname 290 people share)."""
        # picked and compared in C: a surname's 290 surfaces, not a step each
        if len(key) > 1:
            aliases: tuple[str | None, ...] = operator.itemgetter(*key)(self._as_alias)
        else:  # itemgetter of one gives the item, not a tuple of it
            aliases = tuple(self._as_alias[at] for at in key)
        # (`operator.eq`, not `words.__eq__`: that gives NotImplemented, true, for a role's None)
        if all(map(operator.eq, itertools.repeat(words), aliases)):
            return people
        name = _as_a_name(words)  # once, not for each of the people a surname finds
        self._read_names(people)
        return tuple(p for p in people if name in self.names_of(p))

    def _read_names(self, people: tuple[Person, ...]) -> None:
        """`names_of` each of `people` not yet read, worked out at once: their names and
        aliases joined by `_NAMES_APART` and read by one `_as_names_at_once` (a role 890 people
        hold, "senator", first seen: 2,600 names, 2.7 ms one by one). The same names: lowering
        maps no character to `_NAMES_APART` or across it (it is neither cased nor
        case-ignorable, so a final sigma next to it is read as at the end of a name), and it
        is no character that either takes away. A name holding it is read one by one."""
        unread = [p for p in people if p.id not in self._names]
        if len(unread) < 2:
            return
        written = [(p.name, *p.aliases) for p in unread]
        joined = _NAMES_APART.join(itertools.chain.from_iterable(written))
        if joined.count(_NAMES_APART) != sum(map(len, written)) - 1:
            return
        read = iter(_as_names_at_once(joined).split(_NAMES_APART))
        for person, names in zip(unread, written, strict=True):
            self._names[person.id] = frozenset(itertools.islice(read, len(names)))

    def _people_at(self, key: tuple[int, ...], shared: list[list[int]]) -> tuple[Person, ...]:
        """`_unique_people` of the surfaces found at one span (`shared`: each surface's places;
        `key`: their first places, in order), worked out once: a surname 290 people share is
        found again in each question naming it, and in its speaker words."""
        people = self._people_of.get(key)
        if people is None:
            places = shared[0] if len(shared) == 1 else sorted(itertools.chain(*shared))
            # bounded by the surfaces, and the few sets of them a span matches together
            people = self._people_of[key] = self._unique_people(places)
        return people

    def _unique_people(self, places: Sequence[int]) -> tuple[Person, ...]:
        """The people of `places` in `_surfaces`, in their order, once each (one an id)."""
        if len(places) == 1:  # itemgetter of one gives the item, not a tuple of it
            return (self._persons[places[0]],)
        # a role's 1,000 places picked in C, not a step each
        people: tuple[Person, ...] = operator.itemgetter(*places)(self._persons)
        numbers: tuple[int, ...] = operator.itemgetter(*places)(self._numbers)
        if len(set(numbers)) == len(numbers):
            return people  # most often: a role's 1,000 people, without a step each
        seen: dict[int, Person] = {}
        for number, person in zip(numbers, people, strict=True):
            seen.setdefault(number, person)
        return tuple(seen.values())

    def _spans(self, at: int, text: str, lowered: str | None) -> list[tuple[int, int]]:
        """Where the surface at `at` matches `text` (its pattern's `finditer` spans); a surface
        of words of ASCII letters in a text `_probe_view` can read is found without its pattern
        (`word_spans`): compiling one took 0.2-0.4 ms, most of a question naming a surname or
        a full name ("Omar Abernathy", "Governor Omar Abernathy") first seen."""
        surface = self._surfaces[at]
        words = _plain_words(surface.surface)
        if words is not None and lowered is not None and len(lowered) == len(text):
            # the pattern's own rule for a plural ending: after a surface ending in a letter
            plural = surface.plural and surface.surface[-1:].isalpha()
            spans = word_spans(text, lowered, words, plural=plural)
        else:
            spans = [match.span() for match in self._pattern(at).finditer(text)]
        if spans and _initials_a_word(surface.surface):
            # "CAT" of the Civic Action Trust: "the cat" is the word, "the CAT" the trust
            return [(start, end) for start, end in spans if text[start:end].isupper()]
        return spans

    def _pattern(self, at: int) -> re.Pattern[str]:
        pattern = self._patterns.get(at)
        if pattern is None:
            surface = self._surfaces[at]
            pattern = self._patterns[at] = _surface_pattern(surface.surface, surface.plural)
        return pattern


# A probe's surfaces are looked up by a piece of each (`MentionFinder._held`) from this many
_KEYED_FROM = 16


def _surfaces(person: Person) -> list[tuple[str, bool]]:
    return [(a, False) for a in person.aliases] + [(r, True) for r in person.roles]


def _probe_view(text: str) -> str | None:
    """`text` lower-cased, in which a probe is found wherever its surface matches; None when
    that cannot be promised: case-insensitive matching also lets the letters ı, İ, ſ and the
    Kelvin sign stand for i, s and k, so a text with letters outside ASCII gets no shortcut."""
    if text.isascii() or not any(c.isalpha() for c in text if not c.isascii()):
        return text.lower()
    return None


@lru_cache(maxsize=4096)
def _surface_probe(surface: str) -> str:
    """The longest ASCII piece of the surface's pattern, lower-cased: every match contains it
    (between the pieces the pattern allows separators and apostrophes, never inside them).
    "" (in every text) when no piece is ASCII."""
    pieces = _surface_pieces(surface)
    return max(pieces, key=len) if pieces else ""


@lru_cache(maxsize=4096)
def _surface_pieces(surface: str) -> tuple[str, ...]:
    """The ASCII pieces of the surface's pattern, lower-cased: a match contains every one."""
    return tuple(
        piece.lower()
        for word in _SPLIT_NAME.split(surface.strip())
        for piece in _APOSTROPHES.split(word)
        if piece and piece.isascii()
    )


@lru_cache(maxsize=4096)
def _initials_a_word(surface: str) -> bool:
    """Whether `surface` is initials in capitals that spell an English word ("CAT", "FUN"):
    a name only as written so, as `initials` reads a question's initials."""
    return len(surface) > 1 and surface.isalpha() and surface.isupper() and is_english_word(surface)


@lru_cache(maxsize=4096)
def _plain_words(surface: str) -> tuple[str, ...] | None:
    """The surface's words lower-cased when each is of ASCII letters alone (its pattern is
    then those words, with any separators between them, between boundaries: `word_spans`),
    else None."""
    words = tuple(word for word in _SPLIT_NAME.split(surface.strip()) if word)
    if words and all(word.isascii() and word.isalpha() for word in words):
        return tuple(word.lower() for word in words)
    return None


def word_spans(
    text: str, lowered: str, words: tuple[str, ...], *, plural: bool = False
) -> list[tuple[int, int]]:
    r"""The spans of `_surface_pattern(surface, plural).finditer(text)` for a surface whose
    words, lower-cased, are `words`, each of ASCII letters, found with `str.find` in
    `lowered`, `text` lower-cased letter for letter with no letter outside ASCII
    (`_probe_view`): there no other character matches an ASCII letter ignoring case (the few
    that do, "K" the Kelvin sign, "ſ", "ı", are letters), and a match's boundaries are the
    pattern's: no word character (`str.isalnum` or "_", as `\w`) nor hyphen on either side;
    between two words any run of white space (`str.isspace`, as `\s`) and hyphens, or none
    (all of the run: the next word opens with a letter, which is neither); a role's "s" or
    "es" is taken when a boundary follows it."""
    spans: list[tuple[int, int]] = []
    suffixes = ("s", "es", "") if plural else ("",)
    first = words[0]
    at = lowered.find(first)
    while at >= 0:
        end = _words_end(text, lowered, at + len(first), words)
        stop = None if end is None else _match_end(text, lowered, at, end, suffixes)
        if stop is None:
            at = lowered.find(first, at + 1)
        else:
            spans.append((at, stop))
            at = lowered.find(first, stop)
    return spans


def _words_end(text: str, lowered: str, at: int, words: tuple[str, ...]) -> int | None:
    """Where the surface's words after its first end in `text` when the first ends at `at`
    (each after the whole run of separators before it), or None when one is not there."""
    for word in words[1:]:
        while at < len(text) and (text[at].isspace() or text[at] in _HYPHENS):
            at += 1
        if not lowered.startswith(word, at):
            return None
        at += len(word)
    return at


def _match_end(
    text: str, lowered: str, start: int, end: int, suffixes: tuple[str, ...]
) -> int | None:
    """Where the match of the word at text[start:end] ends, with the first of `suffixes` a
    boundary follows; None when no boundary stands before it or after any."""
    if start > 0 and _joins_words(text[start - 1]):
        return None
    for suffix in suffixes:
        stop = end + len(suffix)
        if lowered.startswith(suffix, end) and (stop == len(text) or not _joins_words(text[stop])):
            return stop
    return None


def _joins_words(character: str) -> bool:
    r"""Whether `character` is of the class a name may not touch: `[\w\-‐‑–]`."""
    return character.isalnum() or character == "_" or character in _HYPHENS


_HYPHENS = "-‐‑–"

# Between the words of a name a question may put a space, a hyphen of any kind, or nothing:
# "Flores-Macias", "flores macias", "floresmacias"; an apostrophe may be straight, curly or left
# out: "O’Brien", "O'Brien", "OBrien".
_NAME_SEPARATORS = r"[\s\-‐‑–]*"
_APOSTROPHE = r"['’‘ʼ]?"
_SPLIT_NAME = re.compile(r"[\s\-‐‑–]+")
_APOSTROPHES = re.compile(r"['’‘ʼ]")


_NAMES_APART = "\x00"  # between the names `_read_names` reads at once: matched by no pattern


def _as_a_name(words: str) -> str:
    """`words` in lower case, without what a question may put between a name's words or in
    one (`_NAME_SEPARATORS`, `_APOSTROPHE`): "prof. flores macias" names Flores-Macias by
    name as "prof. flores-macias" does, not only by a role."""
    return _APOSTROPHES.sub("", _SPLIT_NAME.sub("", words.lower()))


# what `_SPLIT_NAME` and `_APOSTROPHES` match besides white space
_DASHES_AND_APOSTROPHES = "-‐‑–'’‘ʼ"


def _as_names_at_once(words: str) -> str:
    """`_as_a_name(words)` by string methods, three times faster over many names joined
    (`_read_names`): `str.split()` parts at each character `\\s` matches (both are Python's
    `isspace`), and every other character of the two patterns is replaced by nothing; a test
    reads every character both ways."""
    read = "".join(words.lower().split())
    for mark in _DASHES_AND_APOSTROPHES:
        read = read.replace(mark, "")
    return read


@lru_cache(maxsize=4096)
def _surface_pattern(surface: str, plural: bool) -> re.Pattern[str]:
    parts = [
        _APOSTROPHE.join(re.escape(piece) for piece in _APOSTROPHES.split(word))
        for word in _SPLIT_NAME.split(surface.strip())
        if word
    ]
    body = _NAME_SEPARATORS.join(parts)
    suffix = r"(?:s|es)?" if plural and surface[-1:].isalpha() else ""
    return re.compile(rf"(?<![\w\-‐‑–]){body}{suffix}(?![\w\-‐‑–])", re.IGNORECASE)
