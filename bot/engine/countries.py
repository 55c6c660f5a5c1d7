"""Which country someone in a story is of, read from the story's own words.

A question may qualify a role by a country ("the American president", "the U.S. attorney
general", "the Mexican president"). A person's country is the one their own words name ("U.S.
President Jane Doe", "Salvadoran President Nayib Bukele"); a story names its own country's
officials without it ("President Donald Trump", "Attorney General Pam Bondi"), so someone
whose words name no country is of the story's home country, when the story shows one:

- the countries the story names (by name: "the U.S.", "the United States", "El Salvador"),
- but not one it introduces someone as being of ("Salvadoran President Nayib Bukele": a country
  the story puts before someone's role is foreign to it),
- the one it names most, at least twice and at least twice as often as any other.

Where no country stands out that way, nobody is of a home country, and a question asking for
"the American president" is answered as before (the story does not quote such a person). The
countries and their people's words are WordNet's (`lexicon.country_names`).
"""

from __future__ import annotations

import functools
import json
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

import pycountry

from bot.engine.caches import remember
from bot.engine.lexicon import Source, WordNet, capital_names, country_names
from bot.engine.models import Person, Story
from bot.engine.text import terms, word_terms
from bot.engine.words import is_english_word

_MIN_MENTIONS = 2  # a home country is named at least this often...
_LEAD = 2  # ... and this many times as often as any other the story names
# A person named in many stories: the home country of the first. Each story's is read once,
# ~0.5 ms for a story of 30 paragraphs ("the American mayor" over 85 mayors of 400 synthetic
# stories: about 0.1 s the first time, 3-8 ms after).
_STORIES_READ = 1
_FAMILY = (Source.FAMILY,)
# a word, or an abbreviation with its dots ("U.S.")
_WORD = re.compile(r"[^\W\d_]+(?:\.[^\W\d_]+)*\.?")
# a capitalised word, then those right after it ("United States of America"), as one match
# each: the words a name as written can be made of
_CAPITALISED = re.compile(r"\b[A-Z][^\W\d_]*(?:\.[^\W\d_]+)*\.?")
# a capitalised word just before, not at the start of a sentence: "San Salvador", "New Mexico"
_LOOK_BACK = 40  # characters: a word and the one before it
_CAPITALISED_BEFORE = re.compile(r"[^.!?”\"\s]\s+([A-Z][\w'’-]*)\s+$")


# a country's name that is another word typed in lower case ("tell us")
_NOT_NAMES_IN_LOWER_CASE = frozenset({"us"})
# How many texts' names `Countries` keeps (a full store starts over)
_NAMED_KEPT = 256


class StoriesById(Protocol):
    def __getitem__(self, story_id: str) -> Story: ...


@dataclass(frozen=True)
class _Tables:
    """Every country's names and its people's words, looked up by the words of a text."""

    names: dict[str, frozenset[int]]  # as WordNet writes them
    lower: dict[str, frozenset[int]]
    people_words: frozenset[str]  # "American": not a country's own name
    # the most words a name starting with each word has ("united": 4, "United States of
    # America"), lower case: only these words can start one
    longest: dict[str, int]
    # the names of countries and national capitals, lower case: what news writes for their
    # governments ("Washington said", "El Salvador agreed")
    of_governments: frozenset[str]
    # each country's people's words, lower case ("salvadoran", "salvadorean")
    people_words_of: dict[int, tuple[str, ...]]
    # each country's names and its people's words, lower case ("el salvador", "salvadoran")
    words_of: dict[int, tuple[str, ...]]
    # the countries of each people's word, by its terms: in any case or number ("salvadorans",
    # "Salvadorian"; "british people": british, peopl)
    people_by_terms: dict[tuple[str, ...], frozenset[int]]
    # the term each key of `people_by_terms` opens with ("salvadoran"; "british" of "british
    # people")
    people_term_starts: frozenset[str]
    every_country: frozenset[int]


@functools.cache
def _tables(directory: Path) -> _Tables:
    """The tables of the WordNet in `directory`, made once per process (some 20 ms): they
    never change, and every searcher (one per index build) reads them."""
    wordnet = WordNet(directory)
    names, people_words = country_names(wordnet)
    every = {**people_words, **names}
    lower: dict[str, set[int]] = {}
    for name, countries in every.items():
        lower.setdefault(name.lower(), set()).update(countries)
    longest: dict[str, int] = {}
    split = [name.lower().split() for name in every]
    for words in split:
        first = words[0].rstrip(".")
        longest[first] = max(longest.get(first, 1), len(words))
    capitals = capital_names(wordnet)
    people_words_of: dict[int, list[str]] = {}
    for word, ids in sorted(people_words.items()):
        for country in ids:
            people_words_of.setdefault(country, []).append(word.lower())
    words_of: dict[int, list[str]] = {}
    for word, of_word in sorted(lower.items()):
        for country in of_word:
            words_of.setdefault(country, []).append(word)
    people_by_terms: dict[tuple[str, ...], set[int]] = {}
    for word, ids in people_words.items():
        if word not in names and (key := tuple(terms(word))):
            people_by_terms.setdefault(key, set()).update(ids)
    return _Tables(
        names=every,
        lower={name: frozenset(countries) for name, countries in lower.items()},
        people_words=frozenset(people_words) - frozenset(names),
        longest=longest,
        of_governments=frozenset(n.lower() for n in (*names, *capitals)),
        people_words_of={c: tuple(words) for c, words in people_words_of.items()},
        words_of={c: tuple(words) for c, words in words_of.items()},
        people_by_terms={key: frozenset(ids) for key, ids in people_by_terms.items()},
        people_term_starts=frozenset(key[0] for key in people_by_terms),
        every_country=frozenset().union(*names.values()),
    )


class Countries:
    """The countries WordNet knows, found in text by their names and their people's words."""

    def __init__(self, wordnet: WordNet) -> None:
        self._wordnet = wordnet
        # the names each text was read to hold (`_names_in`), by the text and whether as
        # written: a question's readings ask of the same words up to five times, and each
        # reading went over every word of it (1.7 % of a question's instructions at 100,000
        # passages)
        self._named: dict[tuple[str, bool], tuple[tuple[str, int, int], ...]] = {}
        # the people's words each text was read to hold (`people_named`), by the text: a
        # question's readings ask it of the same text again (449 calls of 258 texts in the 300
        # questions at 100,000 passages)
        self._people_named: dict[str, tuple[tuple[frozenset[int], int, int], ...]] = {}

    def in_text(
        self, text: str, *, cased: bool = True, people_words: bool = True
    ) -> list[tuple[frozenset[int], int, int]]:
        """The countries `text` names, each with where: "the U.S.", "El Salvador" (as WordNet
        writes them when `cased`, in any case otherwise), and their people's words ("American")
        when `people_words`. Not a country's name inside a longer one ("San Salvador", "New
        Mexico": a capitalised word before it that does not start a sentence). Looked up word
        by word (a story's few thousand words in half a millisecond)."""
        tables = _tables(self._wordnet.directory)
        named = self._named.get((text, cased))
        if named is None:
            named = remember(
                self._named, (text, cased), self._names_in(text, tables, cased=cased), _NAMED_KEPT
            )
        table = tables.names if cased else tables.lower
        # a people's word left out where it stands is still read as one: the words after it
        # start no name
        return [
            (table[name], start, end)
            for name, start, end in named
            if people_words or name not in tables.people_words
        ]

    @staticmethod
    def _names_in(text: str, tables: _Tables, *, cased: bool) -> tuple[tuple[str, int, int], ...]:
        """`in_text`'s names and people's words of `text`, each as its table writes it."""
        table = tables.names if cased else tables.lower
        # as written, every name starts with a capital: only those words can start one
        words = list((_CAPITALISED if cased else _WORD).finditer(text))
        longest = tables.longest
        # the words a name may start at, in order: most words start none
        opening = [
            at for at, word in enumerate(words) if word.group().lower().rstrip(".") in longest
        ]
        found: list[tuple[str, int, int]] = []
        after = 0  # the first word after the last name found
        for at in opening:
            if at < after:
                continue
            match = _name_at(text, words, at, table, longest, cased=cased)
            if match is None:
                continue
            name, end = match
            start = words[at].start()
            if not (cased and _CAPITALISED_BEFORE.search(text, max(0, start - _LOOK_BACK), start)):
                found.append((name, start, words[end - 1].end()))
            after = end
        return tuple(found)

    def names_a_government(self, text: str) -> bool:
        """Whether `text`, whole and in any case, is the name of a country or of a national
        capital ("El Salvador", "the U.S.", "washington"): what news writes for the people who
        govern it ("Washington said", "Beijing warned")."""
        name = " ".join(text.lower().split())
        governments = _tables(self._wordnet.directory).of_governments
        return name in governments or name.rstrip(".") in governments

    def government_names(self) -> frozenset[str]:
        """Every name `names_a_government` knows, lower case."""
        return _tables(self._wordnet.directory).of_governments

    def people_words(self, countries: frozenset[int]) -> list[str]:
        """The words for the people of `countries`, lower case ("El Salvador": "salvadoran",
        "salvadorean")."""
        of = _tables(self._wordnet.directory).people_words_of
        return [word for country in sorted(countries) for word in of.get(country, ())]

    def words(self, countries: frozenset[int]) -> list[str]:
        """The names of `countries` and their people's words, lower case ("El Salvador": "el
        salvador", "salvador", "salvadoran", ...)."""
        of = _tables(self._wordnet.directory).words_of
        return [word for country in sorted(countries) for word in of.get(country, ())]

    def names(self, countries: frozenset[int]) -> list[str]:
        """The names of `countries` as WordNet writes them, not their people's words ("United
        States": "America", "U.S.", "US", "United States", "the States", ...)."""
        tables = _tables(self._wordnet.directory)
        return sorted(
            name
            for name, of in tables.names.items()
            if of & countries and name not in tables.people_words
        )

    def written_as_names(self, text: str) -> list[tuple[frozenset[int], int, int]]:
        """The countries `text` names by a name (not a people's word), as a name is written:
        capitalised as WordNet writes it ("the U.S.", "America") or typed in another case where
        the words cannot be others ("the States", "united states", "usa"; not the pronoun
        "us", nor "the states" of a country), and not inside a longer name ("Latin America")."""
        people = _tables(self._wordnet.directory).people_words_of
        cased = [
            (countries, start, end)
            for countries, start, end in self.in_text(text, people_words=False)
            if not any(text[start:end].lower() in people.get(c, ()) for c in countries)
        ]
        found = list(cased)
        taken = {(start, end) for _, start, end in cased}
        for countries, start, end in self.in_text(text, cased=False, people_words=False):
            if (start, end) in taken or any(s < end and start < e for s, e in taken):
                continue
            typed = text[start:end]
            words = typed.lower().split()
            if any(typed.lower() in people.get(c, ()) for c in countries):
                continue
            if len(words) > 1:
                if words[0] == "the" and typed == typed.lower():
                    continue
            elif words[0].rstrip(".") in _NOT_NAMES_IN_LOWER_CASE or is_english_word(words[0]):
                continue
            if _CAPITALISED_BEFORE.search(text, max(0, start - _LOOK_BACK), start):
                continue
            found.append((countries, start, end))
        return sorted(found, key=lambda found: found[1])

    def people_named(self, text: str) -> list[tuple[frozenset[int], int, int]]:
        """The countries `text` names by their people's word, in any case or number ("the
        Salvadoran government", "salvadorans", "British"), each with where; not a word of a
        longer noun WordNet has ("Latin American", "central American", "African American")."""
        found = self._people_named.get(text)
        if found is None:
            found = remember(
                self._people_named, text, tuple(self._people_named_in(text)), _NAMED_KEPT
            )
        return list(found)

    def _people_named_in(self, text: str) -> list[tuple[frozenset[int], int, int]]:
        """`people_named`'s countries of `text`, read word by word: each word's terms read
        once (`word_terms`), and two words with white space alone between them hold the
        terms of each in turn (no word of the terms' splits holds a space, nor ends at one
        otherwise than where the word alone ends), so the pair's terms are read again only
        where something else stands between them ("U.S.-Mexican"): reading each pair of
        words' text anew was most of reading a passage's people's words. A word of one term
        that no people's word opens with, and white space alone (or nothing) after it, opens
        none of them, alone or with the next word: passed over at once, as most of a
        passage's words are."""
        tables = _tables(self._wordnet.directory)
        by_terms, starts = tables.people_by_terms, tables.people_term_starts
        words = list(_WORD.finditer(text))
        said = [word_terms(word.group()) for word in words]
        found: list[tuple[frozenset[int], int, int]] = []
        at = 0
        last = len(words) - 1
        while at <= last:
            opening = said[at]
            if (
                len(opening) == 1
                and opening[0] not in starts
                and (at == last or text[words[at].end() : words[at + 1].start()].isspace())
            ):
                at += 1
                continue
            for count in (2, 1):
                if at + count > len(words):
                    continue
                if count == 1:
                    key = said[at]
                elif text[words[at].end() : words[at + 1].start()].isspace():
                    key = said[at] + said[at + 1]
                else:
                    key = tuple(terms(text[words[at].start() : words[at + 1].end()]))
                countries = by_terms.get(key) if len(key) == count else None
                if countries is not None:
                    break
            else:
                at += 1
                continue
            run = words[at : at + count]
            if not (at and self._in_a_compound(words[at - 1].group(), run[0].group())):
                found.append((countries, run[0].start(), run[-1].end()))
            at += count
        return found

    def _in_a_compound(self, before: str, word: str) -> bool:
        """Whether `before` and `word` (or its singular) are one noun WordNet has ("African
        Americans")."""
        forms = {word, word.removesuffix("s")}
        return any(self._wordnet.is_compound_noun(before, form) for form in forms)

    @functools.cached_property
    def spanish_speaking(self) -> frozenset[int]:
        """The countries of `SPANISH_SPEAKING`, as `in_text` finds them."""
        found: set[int] = set()
        for code in SPANISH_SPEAKING:
            country = pycountry.countries.get(alpha_2=code)
            if country is None:
                continue
            # "Venezuela, Bolivarian Republic of" is commonly "Venezuela"
            name = getattr(country, "common_name", None) or country.name.split(", ")[0]
            for countries, _, _ in self.in_text(name, people_words=False):
                found |= countries
        return frozenset(found)

    def of_place(self, name: str) -> frozenset[int]:
        """The countries WordNet says a place is in, by its name as written ("Reykjavik":
        Iceland; "Baltimore": the United States, through Maryland); empty for no place."""
        every = _tables(self._wordnet.directory).every_country
        return self._wordnet.places_holding(name) & every

    def of_word(self, word: str) -> frozenset[int]:
        """The countries one word names, in any case, itself or through WordNet's word family
        ("chinese": China)."""
        lower = _tables(self._wordnet.directory).lower
        countries = lower.get(word.lower())
        if countries is not None:
            return countries
        related = self._wordnet.related(word.lower(), _FAMILY)
        return frozenset(c for w in related for c in lower.get(w, ()))


def _name_at(
    text: str,
    words: list[re.Match[str]],
    at: int,
    table: dict[str, frozenset[int]],
    longest: dict[str, int],
    *,
    cased: bool,
) -> tuple[str, int] | None:
    """The longest name in `table` starting at word `at` (its words one space apart), and the
    word after it."""
    first = words[at].group().lower().rstrip(".")
    start = words[at].start()
    for count in range(min(longest.get(first, 1), len(words) - at), 0, -1):
        phrase = text[start : words[at + count - 1].end()]
        for candidate in (phrase, phrase.rstrip(".")):  # "the U.S." ending a sentence
            key = candidate if cased else candidate.lower()
            if key in table and (count == 1 or " ".join(key.split()) == key):
                return key, at + count  # not across a line break or a dash
    return None


class PeopleCountries:
    """The countries of a snapshot's people, read from their own words or their stories' home
    country, each story's worked out the first time a question needs it."""

    def __init__(
        self, countries: Countries, people: Sequence[Person], stories: StoriesById
    ) -> None:
        self.countries = countries
        self._people = people
        self._stories = stories
        self._homes: dict[str, frozenset[int]] = {}
        self._own: dict[str, frozenset[int]] = {}
        self._named: dict[str, frozenset[int]] = {}
        self._places: dict[str, frozenset[int]] = {}
        self._story_countries: dict[str, frozenset[int]] = {}
        self._by_story: dict[str, list[Person]] | None = None

    def of(self, person: Person) -> frozenset[int]:
        """The countries `person` is of: those their own words name or place them in, else
        the home country of the stories naming them (empty when none shows one, or when their
        own words place them in a country the story never names: "Plymouth harbour master",
        Plymouth being in Massachusetts to WordNet, of a British story)."""
        own = self._own_countries(person)
        if own or self._placed(person):
            return own
        homes: set[int] = set()
        for story_id in person.stories[:_STORIES_READ]:
            homes |= self.home(story_id)
        return frozenset(homes)

    def own(self, person: Person) -> frozenset[int]:
        """The countries `person`'s own words name ("Salvadoran President": El Salvador), not
        their stories' home country."""
        return self._own_countries(person)

    def unknown(self, person: Person) -> bool:
        """Whether `person`'s country is unknown: a place in their roles puts them in none of
        the countries their story names ("Plymouth harbour master", Plymouth being in
        Massachusetts to WordNet, of a British story), so they are of no country `of` gives,
        nor of another one either: no evidence they are not of the one a question asks."""
        return not self._own_countries(person) and bool(self._placed(person))

    def home(self, story_id: str) -> frozenset[int]:
        """The story's home country (one, or none), by the rule in the module's docstring."""
        cached = self._homes.get(story_id)
        if cached is None:
            cached = self._home(story_id)
            self._homes[story_id] = cached
        return cached

    def _home(self, story_id: str) -> frozenset[int]:
        try:
            body = self._stories[story_id].body
        except KeyError:
            return frozenset()
        foreign = {c for p in self._people_of(story_id) for c in self._named_countries(p)}
        named: Counter[int] = Counter()
        for countries, _, _ in self.countries.in_text(body, people_words=False):
            if len(countries) == 1 and not countries & foreign:
                named.update(countries)
        ranked = named.most_common(2)
        if not ranked or ranked[0][1] < _MIN_MENTIONS:
            return frozenset()
        if len(ranked) > 1 and ranked[0][1] < _LEAD * ranked[1][1]:
            return frozenset()
        return frozenset({ranked[0][0]})

    def _own_countries(self, person: Person) -> frozenset[int]:
        """The countries a person's own words name (`_named_countries`), else those a place
        they name is in, of those their story names ("Galway harbour master": Ireland, where
        Galway is, in a story naming Ireland)."""
        cached = self._own.get(person.id)
        if cached is None:
            cached = self._named_countries(person)
            if not cached and (placed := self._placed(person)):
                named: set[int] = set()
                for story_id in person.stories[:_STORIES_READ]:
                    named |= self._named_in(story_id)
                cached = placed & frozenset(named)
            self._own[person.id] = cached
        return cached

    def _placed(self, person: Person) -> frozenset[int]:
        """The countries WordNet puts the places of a person's roles in ("Reykjavik harbour
        master": Iceland; "Manchester mayor": the United Kingdom and the United States, a
        Manchester in each)."""
        cached = self._places.get(person.id)
        if cached is None:
            cached = frozenset(
                country
                for label in _labels(person)
                for place in _capitalised_runs(label)
                for country in self.countries.of_place(place)
            )
            self._places[person.id] = cached
        return cached

    def _named_in(self, story_id: str) -> frozenset[int]:
        """The countries a story names, by a name or a people's word."""
        cached = self._story_countries.get(story_id)
        if cached is None:
            try:
                body = self._stories[story_id].body
            except KeyError:
                body = ""
            cached = frozenset(c for found, _, _ in self.countries.in_text(body) for c in found)
            self._story_countries[story_id] = cached
        return cached

    def _named_countries(self, person: Person) -> frozenset[int]:
        """The countries a person's own words name: "Salvadoran President", "U.S. President",
        "French President" (a capitalised word of WordNet's country family). A country the
        story puts before someone's role so is foreign to it (`_home`); not one a place in
        their role is in ("Florida Rep.": a state of the story's own country)."""
        cached = self._named.get(person.id)
        if cached is None:
            found: set[int] = set()
            for label in _labels(person):
                spans = self.countries.in_text(label)
                for countries, _, _ in spans:
                    found |= countries
                if not spans:
                    for word in re.findall(r"\b[A-Z][a-z]{3,}\b", label):
                        found |= self.countries.of_word(word)
            cached = frozenset(found)
            self._named[person.id] = cached
        return cached

    def _people_of(self, story_id: str) -> list[Person]:
        if self._by_story is None:
            self._by_story = {}
            for person in self._people:
                for sid in person.stories:
                    self._by_story.setdefault(sid, []).append(person)
        return self._by_story.get(story_id, [])


_MAX_PLACE_WORDS = 3  # "Salt Lake City"


def _capitalised_runs(label: str) -> Iterator[str]:
    """Each run of one to `_MAX_PLACE_WORDS` capitalised words of `label`, as a place's name
    may be ("Reykjavik", "New York", "Reykjavik Harbour" of "Reykjavik Harbour Master")."""
    words = [w.rstrip(".") for w in label.split()]
    for start, word in enumerate(words):
        if not word[:1].isupper():
            continue
        for end in range(start + 1, min(start + _MAX_PLACE_WORDS, len(words)) + 1):
            if not words[end - 1][:1].isupper():
                break
            yield " ".join(words[start:end])


def _labels(person: Person) -> Iterable[str]:
    """The words that say what someone is: their roles, not their names ("Jordan")."""
    return person.roles


_MIN_CUT = 3  # letters a cut-short word keeps ("el sal"): fewer begin too many words


@functools.cache
def us_state_codes() -> frozenset[str]:
    """The codes of the US's subdivisions in pycountry's ISO 3166-2 list, without "US-" ("CA",
    "MD", "DC", "PR"): the codes of `pycountry.subdivisions` whose country is "US", read from the
    list's file itself. Going through `pycountry.subdivisions` made an object of each of the
    list's ~5,000 subdivisions first (~50 ms of CPU at a start's first question, against ~15)."""
    path = Path(pycountry.DATABASE_DIR) / "iso3166-2.json"
    entries = json.loads(path.read_text(encoding="utf-8"))["3166-2"]
    codes = (entry["code"] for entry in entries)
    return frozenset(code.removeprefix("US-") for code in codes if code.split("-")[0] == "US")


@functools.cache
def country_codes() -> dict[str, str]:
    """ISO 3166 codes of two and three letters (pycountry's) and the name of the country each
    stands for, as news writes it ("SV": "El Salvador", "VE": "Venezuela"): not codes that are
    English words ("IT", "CAN") or US states' too ("CA", "MD")."""
    states = us_state_codes()
    codes: dict[str, str] = {}
    for country in pycountry.countries:
        # "Venezuela, Bolivarian Republic of" is commonly "Venezuela"
        name = getattr(country, "common_name", None) or country.name.split(", ")[0]
        for code in (country.alpha_2, country.alpha_3):
            if code not in states and not is_english_word(code):
                codes[code] = name
    return codes


# The countries where Spanish is an official language (ISO 3166 alpha-2): a role typed in
# Spanish ("el presidente") is one as said there (`Countries.spanish_speaking`)
SPANISH_SPEAKING = frozenset(
    "AR BO CL CO CR CU DO EC SV GQ GT HN MX NI PA PY PE PR ES UY VE".split()
)


class PlaceNamesAsTyped:
    """Reads a country's or capital's name as members type it:

    - with its last word cut short, for a name of several words ("el sal", "el salv": El
      Salvador; "san sal": San Salvador). The cut word is no word of the story, so the question
      would search for nothing in its place, and a role qualified by it ("the el sal prez")
      would be of a country the story never names;
    - in the possessive without its apostrophe ("el salvadors president", "el salvadors state
      of emergency": El Salvador's), before a word it may own. Read as typed, "el salvadors"
      is someone the story never quotes, and "state" their speech verb.

    - by its ISO 3166 code typed in capitals ("SV", "SLV": El Salvador), as people from a
      country often write it. Not a code that is an English word ("IT", "CAN") or a US state's
      too ("CA", "MD": in an American story, California and Maryland), nor one the corpus uses
      as a word of its own ("PR").

    `names()` gives the names (lower case), `uses(text)` whether the corpus uses every word of
    `text`: only the names it uses are read, and a cut word it uses is left as typed. Made on
    the first question (some 10-30 ms: a start need not wait for it)."""

    def __init__(self, names: Callable[[], Iterable[str]], uses: Callable[[str], bool]) -> None:
        self._names = names
        self._uses = uses
        self._last_words: dict[tuple[str, ...], list[str]] | None = None
        self._cut_short: re.Pattern[str] | None = None
        self._possessive: re.Pattern[str] | None = None
        self._coded: dict[str, str] = {}  # a country's code: its name as written
        self._code: re.Pattern[str] | None = None

    def expanded(self, question: str) -> str:
        """`question` with each such name written whole; unchanged when none is typed so."""
        if self._last_words is None:
            self._made()
        if self._cut_short is not None:
            question = self._cut_short.sub(self._whole, question)
        if self._possessive is not None:
            question = self._possessive.sub(r"\1's", question)
        if self._code is not None:
            question = self._code.sub(lambda m: self._coded[m.group()], question)
        return question

    def _made(self) -> None:
        used = [name for name in self._names() if self._uses(name)]
        in_use = {name.lower() for name in used}
        self._coded = {
            code: name
            for code, name in country_codes().items()
            if name.lower() in in_use and not self._uses(code)
        }
        if self._coded:
            self._code = re.compile(
                r"(?<![\w'’.-])(?:" + "|".join(sorted(self._coded)) + r")(?![\w-]|\.\w)"
            )
        last_words: dict[tuple[str, ...], list[str]] = {}
        for name in used:
            *head, last = re.findall(r"[^\W\d_]+", name.lower())
            if head and len(last) > _MIN_CUT:
                last_words.setdefault(tuple(head), []).append(last)
        self._last_words = last_words
        if last_words:
            heads = sorted(last_words, key=len, reverse=True)
            # the name typed whole ("el salvador", most questions) is not tried word by word
            whole_words = "|".join(sorted({w for lasts in last_words.values() for w in lasts}))
            self._cut_short = re.compile(
                r"\b(?:"
                + "|".join(r"\s+".join(map(re.escape, head)) for head in heads)
                + rf")\s+(?!(?:{whole_words})\b)([^\W\d_]{{{_MIN_CUT},}})\b",
                re.IGNORECASE,
            )
        whole = sorted(
            {n.lower() for n in used if re.fullmatch(r"[^\W\d_]+(?: [^\W\d_]+)*", n)}, key=len
        )
        if whole:
            self._possessive = re.compile(
                r"\b("
                + "|".join(r"\s+".join(map(re.escape, n.split())) for n in reversed(whole))
                + r")s\b(?=\s+[^\W\d_])",
                re.IGNORECASE,
            )

    def _whole(self, match: re.Match[str]) -> str:
        typed = match.group()
        head_typed = typed[: match.start(1) - match.start()]
        head = tuple(w.lower() for w in re.findall(r"[^\W\d_]+", head_typed))
        cut = match.group(1).lower()
        assert self._last_words is not None
        wholes = [
            last for last in self._last_words.get(head, ()) if last.startswith(cut) and last != cut
        ]
        if len(wholes) != 1 or self._uses(cut):
            return typed
        return head_typed + wholes[0]
