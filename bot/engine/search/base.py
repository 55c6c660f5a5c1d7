"""What a Searcher holds of its snapshot, and what it works out once per passage.

The searcher is built in layers, each in its own module and each using those below it: this
base (the snapshot's people, quotes and passages, and bounded caches of each passage's words),
`meaning` (closeness in meaning), `reading` (the question), `rerank` (word pairs and the
answer a question expects), `candidates` (retrieval and fusion), `signals` (what the confidence
model reads), `render` (passages as answers show them) and `searcher.Searcher` on top, which
decides the outcome.
"""

from __future__ import annotations

import bisect
import itertools
import operator
import threading
import weakref
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import numpy.typing as npt

from bot.engine.answer_types import AnswerKind
from bot.engine.caches import remember
from bot.engine.countries import Countries, PeopleCountries, PlaceNamesAsTyped
from bot.engine.epithets import Epithets
from bot.engine.first_names import Gender
from bot.engine.index import BM25Index
from bot.engine.index.bm25 import PassagesAt
from bot.engine.initials import SpelledOutNames
from bot.engine.lexicon import WordNet, wordnet_directory
from bot.engine.mentions import MentionFinder
from bot.engine.models import Person, Quote, QuoteKind, Span, SpeakerKind
from bot.engine.nearest import NearestPassages
from bot.engine.search.settings import SearchSettings
from bot.engine.semantic import Embedder, Vectors
from bot.engine.shelves import QuoteShelf, quote_bounds
from bot.engine.shown import ShownPassage
from bot.engine.snapshot import IndexSnapshot
from bot.engine.spelling import NameSpeller, WordSpeller
from bot.engine.text import terms
from bot.engine.word_classes import shared_word_classes
from bot.engine.words import STOP_WORDS, is_english_word

# A bound on what a Searcher keeps of each passage (its words, people, quotes).
PASSAGE_CACHE_SIZE = 10_000
# ... and of the passages of each group of speakers asked about
SPEAKERS_CACHE_SIZE = 1_000
_MIN_PASSAGES_FOR_COMMON = 10  # fewer passages cannot tell a common word from a rare one
_TERM_CACHE_SIZE = 50_000  # a bound on the terms whose telling is kept


@dataclass(frozen=True)
class ExpectedAnswer:
    """The kind of answer a question asks for; for "who", the ids of the people it names (not
    the answer); for "how many", the term of what it counts; for a name asked ("what's the
    prison called"), the terms of what it is asked of (read by the confidence model only: most
    passages hold a name); for "which judge", the terms of the role whoever answers must hold;
    for "which gangs", the term of the kind of thing whose names are asked (read for the order
    shown only: the confidence model was fitted without it); for "what year", the part of a
    date asked."""

    kind: AnswerKind | None
    named: frozenset[str] = frozenset()
    counted: str | None = None
    name: frozenset[str] = frozenset()
    role: frozenset[str] = frozenset()
    names_of: frozenset[str] = frozenset()
    reason: bool = False  # it asks why (reasons.asks_reason)
    ratio: bool = False  # it asks how one amount compares with another (asks_ratio)
    yes_no: bool = False  # it asks whether ("is he coming back"), not what, who or how
    # "how does the article judge ...": the story's own view, which no quotation gives
    # (`story_facts.asks_the_writers_view`)
    writers_view: bool = False
    date_part: str | None = None  # the part of a date asked: "what year" (asked_date_part)
    # "who is gaetz": the ids of those named right after, whom a passage describing them by a
    # role of theirs answers (`Reranking._holds`)
    described: frozenset[str] = frozenset()
    # "who is garcia": who they are, which only a passage describing them tells (someone else
    # named beside them is no answer); not "who is Trump's former pick"
    identity: bool = False
    # "who designed the park": the term of the deed whose doer is asked (`answer_types.deed_word`)
    deed: str | None = None
    # "who wrote the law": the term of the thing made, when the deed is a verb of saying read
    # as one of making (`CandidateRanking._thing_made`): a passage holding it may tell its
    # making in other words ("who published the list" of "released a fact sheet listing")
    made: str | None = None
    # "how many were convicted": the word of what was done to or by the things counted, as
    # typed (`answer_types.counted_deed_word`; `ConfidenceSignals._counts_another_deed`)
    counted_deed: str | None = None
    # "how much is the fee per prisoner": an amount of each one asked (`answer_types.asks_rate`)
    rate: bool = False
    # "when did it close was it 2009": the terms of the figure offered as a guess
    # (`chat.offered_figure`), which a passage holding answers, though the question holds them
    offered: frozenset[str] = frozenset()
    # "where are the deportees held in El Salvador": the terms of the countries the question
    # names, a place no passage answers it with (`Reranking._holds_for_order`)
    places: frozenset[str] = frozenset()


NOTHING_EXPECTED = ExpectedAnswer(None)


@dataclass(frozen=True)
class Candidate:
    """A passage in the running for an answer."""

    passage: int
    bm25: float
    speaker_quotes: int  # quotes in the passage by the speaker asked about
    # What the passages are ordered by: the BM25 score, or its mix with closeness in meaning
    ranking: float = 0.0


@dataclass(frozen=True)
class SpeakersPassages:
    """The passages quoting any of a group of speakers, in story order, and how many of
    their quotes each holds (arrays: a surname names speakers with thousands of passages at
    1,000,000, and a list of them made for each new group was ~40 µs of its question)."""

    numbered: npt.NDArray[np.int64]
    quotes: npt.NDArray[np.int64]
    # the speakers' numbers on the build's quote shelf (`QuoteShelf.speaker_numbers`)
    speakers: frozenset[int] = frozenset()
    # `numbered` as the index's `term_at` reads them, made on first need (`looked_up`)
    _at: list[tuple[BM25Index, PassagesAt | npt.NDArray[Any]]] = field(
        default_factory=list, compare=False, repr=False
    )

    def looked_up(self, index: BM25Index) -> PassagesAt | npt.NDArray[Any]:
        """`index.passages_at(numbered)`, read once for the group: each question naming it
        asks `term_at` about them (their norms, 14,000 passages at 1,000,000, were more than
        half of each frequent term's look-up)."""
        for known, at in self._at:
            if known is index:
                return at
        at = index.passages_at(self.numbered)
        self._at[:] = [(index, at)]  # one index: a searcher's snapshot's
        return at


# A question's phrasal verbs, each as its verb and its particle (word, start, end)
PhrasalVerbs = tuple[tuple[tuple[str, int, int], tuple[str, int, int]], ...]


class SearcherBase:
    """A Searcher's state: one index snapshot and bounded caches of what each passage yields
    (words, people, quotes), which never change within a snapshot."""

    def __init__(self, snapshot: IndexSnapshot, settings: SearchSettings | None = None) -> None:
        self.snapshot = snapshot
        self.settings = settings or SearchSettings()
        self._stories = snapshot.stories.by_id  # each story made when first asked for
        self._people = {p.id: p for p in snapshot.people}
        directory = wordnet_directory()
        # which country each person is of, read from the stories when a question asks for one
        countries = (
            PeopleCountries(Countries(WordNet(directory)), snapshot.people, self._stories)
            if directory
            else None
        )
        self._mentions = MentionFinder(with_first_names(snapshot.people), countries)
        self._mentions.descriptions.epithets = Epithets(
            snapshot.index,
            lambda passage: snapshot.passages[passage].text,
            _mentions_found_by(self._mentions),
        )
        self._countries = countries.countries if countries else None
        self._people_countries = countries
        # "el sal", "el salvadors president": read as the "El Salvador" the corpus names
        self._places_as_typed = PlaceNamesAsTyped(
            countries.countries.government_names if countries else frozenset,
            lambda text: all(snapshot.index.passage_frequency(t) for t in terms(text) or [""]),
        )
        self._passage_at = snapshot.passages.places
        # whether each passage carries on from the one before, one array for the build:
        # read of a question's whole pool at once (`_carried_over`)
        self._continuing = snapshot.passage_terms.continuing
        # a passage's terms in a line (the phrase bonus), and where each stands (highlights)
        self._lines_cache: dict[int, str] = {}
        self._placed_cache: dict[int, tuple[tuple[str, int, int], ...]] = {}
        self._people_cache: dict[int, frozenset[str]] = {}
        self._time_owners_cache: dict[int, frozenset[str]] = {}
        # each passage's adverb idioms (`Searcher._held_only_in_idioms`)
        self._idioms_cache: dict[int, tuple[tuple[str, str], ...]] = {}
        # the terms any passage's adverb idioms may hold (`Searcher._idiom_terms`)
        self._idiom_terms_made: frozenset[str] | None = None
        # each person's name and aliases as `match_key` writes them, by id
        # (`Searcher._held_only_in_names`: a surname 90 people share, in each passage naming it)
        self._name_keys_cache: dict[str, frozenset[str]] = {}
        # the terms of the names of each group of people a question names, by their ids
        # (`ConfidenceSignals._only_names`: a surname 300 people share, in each question of it)
        self._names_terms_cache: dict[frozenset[str], frozenset[str]] = {}
        self._kind_cache: dict[tuple[int, AnswerKind], bool] = {}
        # a person's sex as a story tells it (`Searcher._told_gender`)
        self._told_genders: dict[tuple[str, str], Gender | None] = {}
        self._shown_cache: dict[int, ShownPassage | None] = {}
        self._span_cache: dict[tuple[int, int], Span] = {}
        self._speakers_cache: dict[tuple[str, ...], SpeakersPassages] = {}
        # the same, and the people of a group quoted, by the group's own tuple (by its id; the
        # tuple kept with them, so that no other object can take that id): `_quoting_passages`
        # and `_quoted_of`
        self._speakers_of_tuple: dict[int, tuple[tuple[Person, ...], SpeakersPassages]] = {}
        self._quoted_of_tuple: dict[int, tuple[tuple[Person, ...], tuple[Person, ...]]] = {}
        # the ids of a tuple of people, by the tuple's id (kept with them: `_ids_of`)
        self._ids_of_tuple: dict[int, tuple[tuple[Person, ...], frozenset[str]]] = {}
        # whether a term tells passages apart (`_telling_terms`): asked some
        # eight times a question of the same few terms
        self._telling_cache: dict[str, bool] = {}
        # Not a method of this searcher: the speller holding it would make a reference cycle,
        # which only the cyclic collector frees, and a frozen snapshot's never (`memory.py`)
        self._prefixes = _TermPrefixes(snapshot.index)
        self._speller = NameSpeller(snapshot.people, snapshot.index, snapshot.name_sounds)
        self._wordnet = (
            WordNet(directory, senses=self.settings.bridge_senses)
            if directory and self.settings.bridge_sources and self.settings.bridge_weight
            else None
        )
        self._word_speller = WordSpeller(
            snapshot.index, self._prefixes.begun, lambda passage: snapshot.passages[passage].text
        )
        # "TPS" read as the "Temporary Protected Status" a story spells out
        self._spelled_out = SpelledOutNames(
            snapshot.index,
            snapshot.passage_terms,
            lambda passage: snapshot.passages[passage].text,
            snapshot.people,
        )
        # which of a question's words are verbs or adverbs, for the confidence model
        # shared by the process (`shared_word_classes`): a word's class read once
        self._word_classes = shared_word_classes() if directory else None
        # Loaded on the first question that needs them (about 0.1 s): a Searcher is also built
        # where no question is asked.
        self._embedder: Embedder | None = None
        self._passage_vectors: Vectors | None = None
        self._nearest: NearestPassages | None = None  # from semantic_exact_below passages
        self._corpus_words: tuple[list[str], Vectors] | None = None  # for meaning bridges
        self._meaning_bridge_cache: dict[str, str | None] = {}
        # the pairs of words side by side in the definitions of the corpus's words, each with
        # the words' terms (`reading._defined_pair_bridges`), made on the first question that
        # needs it: about 0.2 ms a distinct word
        self._defined_pairs: dict[tuple[str, str], frozenset[str]] | None = None
        # the words the definitions of the corpus's words for something done again use, each
        # with those words (`reading._said_again`), made on the first question saying "again"
        self._done_again: dict[str, frozenset[tuple[str, str]]] | None = None
        # person id -> the story's words for the people around them ("Trump's inner circle":
        # circle), read of a few of their passages on the first question that needs them
        # (`reading._story_entourage`)
        self._entourage_words: dict[str, frozenset[str]] = {}
        # the last question's phrasal verbs (`reading._phrasal_verbs`), which four steps read
        self._phrasal_memo: tuple[str, PhrasalVerbs] = ("", ())
        self._embedding_lock = threading.Lock()
        # speaker id -> passage -> quotes
        self._passages_quoting = _PassagesQuoting(snapshot.quotes)
        quotes = snapshot.quotes
        quoted = np.unique(quotes.speakers[quotes.speakers >= 0]).tolist()
        self.quoted_people = tuple(
            sorted((self._people[quotes.speaker_ids[i]] for i in quoted), key=lambda p: p.name)
        )
        self._quoted_names = tuple(p.name for p in self.quoted_people)
        self._quoted_ids = frozenset(p.id for p in self.quoted_people)
        self._reported_only: frozenset[str] | None = None
        self._quoted_and_reported: tuple[tuple[str, ...], tuple[str, ...]] | None = None
        # whose role-holder the story calls each person asked about by a role (`_owners_in_story`)
        self._story_owners: dict[str, frozenset[str]] = {}

    def reported_only(self) -> frozenset[str]:
        """The ids of the people the story quotes only in reported speech (never in quotation
        marks): a reply says it reports what they said, not that it quotes them. Read on the
        first refusal or /story that asks (the quotes not direct are read of their JSON)."""
        if self._reported_only is None:
            quotes = self.snapshot.quotes
            direct = quotes.direct_quotes()
            known = quotes.speakers >= 0
            marked = set(np.unique(quotes.speakers[direct & known]).tolist())
            # a partial quote is in quotation marks too: only the quotes not direct of those
            # not yet found are made (a build's files store whether each is direct, no more)
            for index in np.flatnonzero(~direct & known).tolist():
                speaker = int(quotes.speakers[index])
                if speaker not in marked and quotes[index].kind is not QuoteKind.INDIRECT:
                    marked.add(speaker)
            ids = {quotes.speaker_ids[speaker] for speaker in marked}
            self._reported_only = frozenset(self._quoted_ids - ids)
        return self._reported_only

    def quoted_and_reported(self) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """The names of `quoted_people` the story quotes in quotation marks, and of those whose
        words it only reports (`reported_only`), each in `quoted_people`'s order, as a refusal
        for someone named lists them: made once (at 1,000,000 passages some 8,700 people, each
        refusal's two passes over them ~9 ms)."""
        if self._quoted_and_reported is None:
            reported = self.reported_only()
            people = self.quoted_people
            self._quoted_and_reported = (
                tuple(p.name for p in people if p.id not in reported),
                tuple(p.name for p in people if p.id in reported),
            )
        return self._quoted_and_reported

    def _passage_line(self, passage: int) -> str:
        """A passage's terms in a line, for the phrase bonus (`passage_terms.side_by_side`):
        from the terms stored with the build (never tokenised while answering). A set of its
        word pairs made for each passage first seen was most of the bonus (6 µs a passage)."""
        cached = self._lines_cache.get(passage)
        if cached is None:
            cached = self.snapshot.passage_terms.line(passage)
            remember(self._lines_cache, passage, cached, PASSAGE_CACHE_SIZE)
        return cached

    def _placed_terms(self, passage: int) -> tuple[tuple[str, int, int], ...]:
        """Each index term of a passage and where its word stands, as (term, start, end): what
        highlights read (not Spans: a pydantic Span weighs ~500 bytes, too much to keep for
        every word of many passages; nor frozen `TermSpan`s, 20 µs to make a passage's)."""
        cached = self._placed_cache.get(passage)
        if cached is None:
            cached = self.snapshot.passage_terms.placed_terms(passage)  # worked out at index time
            remember(self._placed_cache, passage, cached, PASSAGE_CACHE_SIZE)
        return cached

    def _telling_terms(self, topic: Sequence[str]) -> list[str]:
        """The topic terms that tell passages apart: not those most passages use."""
        index = self.snapshot.index
        n = len(index)
        if n < _MIN_PASSAGES_FOR_COMMON:  # too few passages to tell common from rare
            return list(dict.fromkeys(topic))
        # A word most passages use says what the corpus is about ("meeting" in a story about
        # a meeting), not where the answer is.
        known = self._telling_cache
        telling = []
        for term in dict.fromkeys(topic):
            tells = known.get(term)
            if tells is None:
                tells = index.passage_frequency(term) < self.settings.common_share * n
                remember(known, term, tells, _TERM_CACHE_SIZE)
            if tells:
                telling.append(term)
        return telling

    def _has_prefix(self, term: str) -> bool:
        """Whether some corpus term starts with `term` (America -> american)."""
        return self._prefixes.begun(term)

    def _quoting_passages(self, speakers: Sequence[Person]) -> SpeakersPassages:
        """The passages quoting any of `speakers`: ranking and the confidence reading both
        need them, and a speaker a surname names has 1,500 (worked out once per group)."""
        # A surname's people come as the question reader's tuple of them (`MentionFinder`
        # keeps it, and `_quoted_of` the tuple of those quoted): the same object in every
        # question naming them, found by itself, not by reading each one's id again (290
        # people at 1,000,000 passages: their ids' key was ~180,000 instructions a question).
        # A tuple of frozen people never changes; the one kept keeps its id from another.
        if isinstance(speakers, tuple):
            known = self._speakers_of_tuple.get(id(speakers))
            if known is not None and known[0] is speakers:
                return known[1]
        key = tuple(map(PERSON_ID, speakers))  # a surname names dozens at 100,000 passages
        cached = self._speakers_cache.get(key)
        if cached is None:
            # in arrays: at 300,000 passages a surname names people with 4,500 passages
            numbered, quotes = self._passages_quoting.of_group(key)
            speaker_numbers = self.snapshot.quotes.speaker_numbers(key)
            cached = SpeakersPassages(numbered, quotes, speaker_numbers)
            remember(self._speakers_cache, key, cached, SPEAKERS_CACHE_SIZE)
        if isinstance(speakers, tuple):
            entry = (speakers, cached)
            remember(self._speakers_of_tuple, id(speakers), entry, SPEAKERS_CACHE_SIZE)
        return cached

    def _quoted_of(self, people: Sequence[Person]) -> Sequence[Person]:
        """Those of `people` the story quotes, in order: a tuple of them read once (as
        `_quoting_passages` keeps a group's passages: a surname 290 people share at 1,000,000
        passages, each one's id read in each question naming it), `people` itself when all
        are quoted."""
        quoted = self._quoted_ids
        if not isinstance(people, tuple):
            return [p for p in people if p.id in quoted]
        known = self._quoted_of_tuple.get(id(people))
        if known is not None and known[0] is people:
            return known[1]
        quoting = tuple(p for p in people if p.id in quoted)
        if len(quoting) == len(people):
            quoting = people  # the same people: the tuple `_quoting_passages` knows them by
        remember(self._quoted_of_tuple, id(people), (people, quoting), SPEAKERS_CACHE_SIZE)
        return quoting

    def _quotes_of(self, passage: int) -> tuple[Quote, ...]:
        """The quotes in passage `passage` (its number in the index), each made when first
        asked for (`QuoteShelf`). By its number, not its (story id, paragraph): the table of a
        story's paragraphs' places, made on the first look-up of each story, was most of
        showing a passage of a story not shown before."""
        return self.snapshot.quotes.of_passage(passage)

    def _ids_of(self, people: Sequence[Person]) -> frozenset[str]:
        """The ids of `people`; of a tuple, read once (by the tuple's id, the tuple kept with
        them, as `_quoted_of` keeps its own): a question's people, and a surname's or role's
        tuple its every question shares (`MentionFinder`), were read again by some five checks
        a question, each id through pydantic's attribute hook (~400 instructions a read)."""
        if not isinstance(people, tuple):
            return frozenset(map(PERSON_ID, people))
        known = self._ids_of_tuple.get(id(people))
        if known is not None and known[0] is people:
            return known[1]
        ids = frozenset(map(PERSON_ID, people))
        remember(self._ids_of_tuple, id(people), (people, ids), SPEAKERS_CACHE_SIZE)
        return ids

    def _has_quotes(self, person: Person) -> bool:
        return person.id in self._quoted_ids


# A person's id, read in C: a surname names dozens of people at 100,000 passages
PERSON_ID = operator.attrgetter("id")


class _PassagesQuoting:
    """The passages quoting a group of speakers (by id), and how many of their quotes each
    holds, worked out from the quotes' arrays (the searcher keeps each group's)."""

    def __init__(self, quotes: QuoteShelf) -> None:
        indexed = (quotes.speakers >= 0) & (quotes.passages >= 0)
        speakers, passages = quotes.speakers[indexed], quotes.passages[indexed]
        order = np.argsort(speakers, kind="stable")
        # speaker s's passages are _passages[_bounds[s] : _bounds[s + 1]]
        self._bounds = quote_bounds(speakers[order])
        self._passages = passages[order]
        self._index = {speaker_id: i for i, speaker_id in enumerate(quotes.speaker_ids)}

    def of_group(
        self, speaker_ids: Sequence[str]
    ) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.int64]]:
        """The passages quoting any of `speaker_ids` (ascending), and how many of their
        quotes each holds: all their quotes' passages counted at once (a surname names 90
        people at 100,000 passages; counting each one's first was most of a first question
        about them)."""
        # each speaker's run of the quotes' passages, gathered at once: a slice a speaker was
        # most of a first question about a surname 300 people share at 1,000,000 passages
        get = self._index.get
        speakers = np.fromiter(
            (get(speaker_id, -1) for speaker_id in speaker_ids),
            dtype=np.int64,
            count=len(speaker_ids),
        )
        speakers = speakers[(speakers >= 0) & (speakers < len(self._bounds) - 1)]
        starts, ends = self._bounds[speakers], self._bounds[speakers + 1]
        lengths = ends - starts
        # run i's positions are starts[i] ... ends[i] - 1, one after the other
        first = np.repeat(starts - (np.cumsum(lengths) - lengths), lengths)
        quoted = self._passages.take(first + np.arange(len(first), dtype=np.int64))
        if len(quoted) == 0:
            return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
        # counted as np.unique(quoted, return_counts=True) counts, but each distinct passage
        # taken at its first place, not picked by a mask: a mask's copy goes a run of equal
        # neighbours at a time, and the 19,000 quotes of a surname's 290 people at 1,000,000
        # passages are mostly runs of one (the mask and its copies were a third of the call)
        quoted.sort()
        new = np.empty(len(quoted), dtype=np.bool_)
        new[0] = True
        np.not_equal(quoted[1:], quoted[:-1], out=new[1:])
        firsts = new.nonzero()[0]
        counts = np.empty(len(firsts), dtype=np.int64)
        np.subtract(firsts[1:], firsts[:-1], out=counts[:-1])
        counts[-1] = len(quoted) - firsts[-1]
        return quoted.take(firsts).astype(np.int64), counts


def with_first_names(people: Sequence[Person]) -> list[Person]:
    """`people`, each person whose first name no one else shares also known by it, for
    reading questions ("what did Karoline say?"), unless it is also a word ("Will", "Mark"):
    that only where another person shares the surname ("Carol" of Carol and Ruth Brandt), and
    never a stop word.
    Stories call people by their surname, so the attribution of quotes does not use them."""

    surnames = Counter(
        p.name.split()[-1].lower()
        for p in people
        if p.kind is SpeakerKind.PERSON and len(p.name.split()) >= 2
    )

    def first_name(person: Person) -> str | None:
        words = person.name.split()
        if person.kind is not SpeakerKind.PERSON or len(words) < 2:
            return None
        if is_english_word(words[0]) and (
            # of two people sharing a surname ("Ruth Brandt" and "Carol Brandt"), the first
            # name is how a member tells them apart, a word or not ("carol"); not a stop word
            surnames[words[-1].lower()] < 2 or words[0].lower() in STOP_WORDS
        ):
            return None
        return words[0]

    counts = Counter(name.lower() for name in map(first_name, people) if name)
    known: list[Person] = []
    for person in people:
        name = first_name(person)
        if name and counts[name.lower()] == 1:
            person = person.model_copy(update={"aliases": (*person.aliases, name)})
        known.append(person)
    return known


def word_pairs(sequence: Sequence[str]) -> set[tuple[str, str]]:
    return {(a, b) for a, b in itertools.pairwise(sequence) if a != b}


class _TermPrefixes:
    """Whether some term of an index starts with a given one (America -> american)."""

    def __init__(self, index: BM25Index) -> None:
        self._index = index
        self._sorted: list[str] | None = None  # built on first need: most questions never ask

    def begun(self, term: str) -> bool:
        if self._sorted is None:
            self._sorted = sorted(self._index.vocabulary())
        at = bisect.bisect_left(self._sorted, term)
        return at < len(self._sorted) and self._sorted[at].startswith(term)


def _mentions_found_by(finder: MentionFinder) -> Callable[[str], list[tuple[Person, int, int]]]:
    """`finder.find`, holding the finder weakly: the finder holds what this is given to (its
    descriptions' epithets), and a reference cycle is freed only by the cyclic collector, a
    frozen snapshot's never (`memory.py`)."""
    held = weakref.ref(finder)

    def find(text: str) -> list[tuple[Person, int, int]]:
        alive = held()
        return alive.find(text) if alive is not None else []

    return find
