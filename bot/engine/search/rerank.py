"""What moves a passage up among BM25's best: the question's word pairs side by side in it
("human rights"), and the kind of answer the question expects (an amount, a count, a date, a
person)."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Sequence
from typing import NamedTuple

from bot.engine.answer_types import (
    AnswerKind,
    counted_deed_word,
    counted_word,
    deed_word,
    holds_date_part,
    holds_kind,
    kind_spans,
    names_a_thing_of,
    names_beside_role,
)
from bot.engine.caches import remember
from bot.engine.passage_terms import PairsBeside, side_by_side
from bot.engine.question import SPEECH_STEMS
from bot.engine.search.base import PASSAGE_CACHE_SIZE, ExpectedAnswer
from bot.engine.search.reading import QuestionReading
from bot.engine.text import SENTENCE_END, TermSpan, term_spans, terms

# A place stands closer to what it places, as the adjunct of its verb or noun: "arriving in
# Washington", "a notorious prison located just outside the capital city of San Salvador".
NEAR_PLACE = 5
# A sentence's end (`SENTENCE_END`) with the word before it, to tell it from the full stop of
# a title or initials ("Rep. Matt Gaetz", "U.S.")
_SENTENCE_END = re.compile(r"(\S*)" + SENTENCE_END.pattern)
_ABBREVIATION = re.compile(r"(?:[A-Z][a-z]{0,2}|(?:[A-Za-z]\.)+[A-Za-z])$")


def words_around(
    text: str, starts: Sequence[int], spans: Sequence[tuple[int, int]], reach: int
) -> Iterator[range]:
    """For each of `spans` of `text`, the indices of the words (of those starting at `starts`)
    within `reach` words of it in its own sentence."""
    ends = (m.end() for m in _SENTENCE_END.finditer(text) if not _ABBREVIATION.match(m.group(1)))
    sentences = [0, *ends, len(text) + 1]
    for start, end in spans:
        at = bisect.bisect_right(sentences, start)
        opens = bisect.bisect_left(starts, sentences[at - 1])
        closes = bisect.bisect_left(starts, sentences[at])
        first = bisect.bisect_left(starts, start)
        last = max(bisect.bisect_left(starts, end) - 1, first - 1)
        yield range(max(first - reach, opens), min(last + reach + 1, closes))


# The terms of the words for a country: a passage naming one names a thing of the kind
_COUNTRY_WORDS = frozenset(("countri", "nation"))


_VERB_CREATION_FILE = 36  # WordNet's lexicographer file verb.creation
# a verb followed by a thing with an article or an owner: "wrote the law that bans ...",
# "wrote bukele's speech"
_A_THING_MADE = re.compile(
    r"[\w'’-]+\s+(?:the|an?|[^\W\d_][\w-]*['’]s?)\s+(?=[^\W\d_])", re.IGNORECASE
)


class Phrases(NamedTuple):
    """A question's word pairs as the phrase bonus reads them: each as a line holds it, with
    its bonus, and where the build allows a reader of them in the term numbers."""

    bonuses: list[tuple[str, float]]
    beside: PairsBeside | None


class Reranking(QuestionReading):
    """The phrase bonus and the answer-type test, per passage."""

    def _phrases(self, pairs: set[tuple[str, str]]) -> Phrases:
        """Each word pair of the question as a passage's line holds it (`side_by_side`), with
        its bonus: the smaller of the two words' idf (rare phrases count, pairs of common words
        barely). In a fixed order: a set's order changes with each process's string hashing,
        and so would the last digit of a sum, and with it the order of passages that tie."""
        index = self.snapshot.index
        ordered = sorted(pairs)
        return Phrases(
            [
                (side_by_side(a, b), min(index.idf(a) or 0.0, index.idf(b) or 0.0))
                for a, b in ordered
            ],
            self.snapshot.passage_terms.pairs_beside(ordered),
        )

    def _phrase_bonus(self, passage: int, phrases: Phrases) -> float:
        """The bonus of each of the question's word pairs (`_phrases`) found side by side in
        the passage, added up (in their order)."""
        if phrases.beside is not None:  # of the term numbers, no line made
            return phrases.beside.bonus(passage, phrases.bonuses)
        line = self._passage_line(passage)
        return sum(bonus for pair, bonus in phrases.bonuses if pair in line)

    def _holds(self, expected: ExpectedAnswer, passage: int) -> bool:
        """Whether a passage holds the kind of answer expected: an amount, a count, a date
        (of the part asked: a year for "what year"), ..., or a person other than those the
        question names."""
        kind = expected.kind
        if kind is None:
            return False
        if expected.date_part is not None:
            text = self.snapshot.passages[passage].text
            return holds_kind(kind, text) and holds_date_part(expected.date_part, text)
        if kind is AnswerKind.PERSON:
            if expected.role:
                return bool(self._role_holders(passage, expected))
            if expected.identity:
                # "who is garcia": not a passage naming someone else beside him ("Bukele said
                # it would be preposterous to return Garcia": Bukele is not who he is)
                return bool(expected.described & self._described_in(passage))
            others = self._people_in(passage) - expected.named
            if others and not others <= self._owners_of_a_time_only(passage):
                return True
            # "who is gaetz": a passage describing him by a role of his ("former Florida Rep.")
            return bool(expected.described) and bool(
                expected.described & self._described_in(passage)
            )
        held = self._kind_cache.get((passage, kind))
        if held is None:
            text = self.snapshot.passages[passage].text
            held = (
                bool(self._places_in(text)) if kind is AnswerKind.PLACE else holds_kind(kind, text)
            )
            remember(self._kind_cache, (passage, kind), held, PASSAGE_CACHE_SIZE)
        return held

    def _holds_for_order(
        self, expected: ExpectedAnswer, passage: int, topic: Sequence[str]
    ) -> bool:
        """`_holds`, but for a place: one standing near a word of the `topic` (within
        `NEAR_PLACE` words, in its sentence). A story names a place in every other passage
        ("at the White House", "in El Salvador"); the one placing what is asked about ("a
        prison located just outside the capital city") is the answer to "where is the prison"."""
        if expected.kind is not AnswerKind.PLACE:
            return self._holds(expected, passage)
        text = self.snapshot.passages[passage].text
        # not a country the question names: "where are they held in El Salvador" is not
        # answered by "detained 85,000 people in El Salvador"
        places = [
            (start, end)
            for start, end in self._places_in(text)
            if not expected.places or not set(terms(text[start:end])) <= expected.places
        ]
        if not places:
            return False
        wanted = frozenset(topic)
        words, starts, _ = term_spans(text)
        return any(
            any(words[i] in wanted for i in around)
            for around in words_around(text, starts, places, NEAR_PLACE)
        )

    def _names_a_thing_of(self, passage: int, kinds: frozenset[str], topic: Sequence[str]) -> bool:
        """Whether a passage names a thing of one of the `kinds` asked ("which gangs": "MS-13
        gang members"; `answer_types.names_a_thing_of`), the question's `topic` words apart.
        Read of the passages holding the word only."""
        text = self.snapshot.passages[passage].text
        if self._countries is not None and kinds <= _COUNTRY_WORDS:
            # "which other country is he too friendly with": a country's name anywhere ("his
            # close ties to China"), not one the question names (it knows that one); "the
            # Central American country" names none
            asked = frozenset(topic)
            return any(
                not asked.issuperset(terms(text[start:end]))
                for _, start, end in self._countries.in_text(text, people_words=False)
            )
        if not any(self.snapshot.index.contains(passage, kind) for kind in kinds):
            return False
        return names_a_thing_of(text, kinds, frozenset(topic))

    @staticmethod
    def _counted(text: str, words: Sequence[TermSpan]) -> str | None:
        """The term of what "how many" counts ("how many guards": guard)."""
        at = counted_word(text)
        if at is None:
            return None
        return next((w.term for w in words if w.start == at), None)

    @staticmethod
    def _counted_deed(text: str) -> str | None:
        """The word, lower case, of what was done to or by the things "how many" counts ("how
        many were convicted": convicted; `answer_types.counted_deed_word`), not a verb of
        saying."""
        at = counted_deed_word(text)
        if at is None:
            return None
        word = re.match(r"[\w'’-]+", text[at:])
        if word is None or SPEECH_STEMS.intersection(terms(word.group())):
            return None
        return word.group().lower()

    def _deed(self, text: str, words: Sequence[TermSpan], asked: str = "") -> str | None:
        """The term of the deed whose doer "who" asks ("who designed the park": design), not a
        verb of saying (a quote is its own saying, whatever verb the story tells it with),
        unless its first sense is one of making and a thing made follows ("who wrote the law":
        a writer asked, not words). Read in the sentence that asks (`asked`, the end of
        `text`) when the message says something first: "the town got $2 million. who paid
        it?" asks who paid, as "who paid it" does."""
        at = deed_word(text)
        if at is None and asked and asked != text and text.endswith(asked):
            in_asked = deed_word(asked)
            at = None if in_asked is None else len(text) - len(asked) + in_asked
        if at is None:
            return None
        term = next((w.term for w in words if w.start == at), None)
        if term in SPEECH_STEMS and not self._makes_a_thing(text, at, term):
            return None
        return term

    def _makes_a_thing(self, text: str, at: int, term: str) -> bool:
        """Whether the verb of saying at `at` is one of making here: its first WordNet sense
        is of making (verb.creation: "write", not "say") and a thing follows it with an
        article or an owner ("who wrote the law", "who wrote bukele's speech"; not "who wrote
        that ...", nor "who wrote this article", the story itself, which its byline answers)."""
        if self._wordnet is None or self._wordnet.first_verb_file(term) != _VERB_CREATION_FILE:
            return False
        return _A_THING_MADE.match(text, at) is not None

    @staticmethod
    def _thing_made(text: str, words: Sequence[TermSpan], deed: str | None) -> str | None:
        """The term of the thing a verb of saying read as one of making (`_makes_a_thing`)
        makes ("who wrote the law": law), or None."""
        if deed not in SPEECH_STEMS:
            return None
        at = deed_word(text)
        found = None if at is None else _A_THING_MADE.match(text, at)
        if found is None:
            return None
        return next((w.term for w in words if w.start == found.end()), None)

    def _people_in(self, passage: int) -> frozenset[str]:
        """Ids of the people a passage names or quotes: what "who" asks for. Found on first
        need only (most questions never ask), through the people the question reader knows."""
        cached = self._people_cache.get(passage)
        if cached is None:
            stored = self.snapshot.passages[passage]
            quoted = self.snapshot.quotes.speakers_of_passage(passage)
            # not a role several people share, found by it alone: "the first president of a
            # Latin American country to visit" names none of the story's presidents
            named = {
                person.id
                for people, _, _, by_name in self._mentions.find_groups(stored.text)
                if by_name or len(people) == 1
                for person in people
            }
            cached = remember(
                self._people_cache, passage, frozenset(named | quoted), PASSAGE_CACHE_SIZE
            )
        return cached

    def _owners_of_a_time_only(self, passage: int) -> frozenset[str]:
        """Ids of the people a passage names only as the owners of a span of time ("during
        Trump's second term", "in Biden's presidency"): the time is theirs, but the passage
        tells of nothing they did, so they answer no "who"."""
        cached = self._time_owners_cache.get(passage)
        if cached is not None:
            return cached
        text = self.snapshot.passages[passage].text
        owners: dict[str, bool] = {}
        for people, _, end, by_name in self._mentions.find_groups(text):
            if not (by_name or len(people) == 1):
                continue
            only = _OWNS_A_TIME.match(text, end) is not None
            for person in people:
                owners[person.id] = owners.get(person.id, True) and only
        quoted = self.snapshot.quotes.speakers_of_passage(passage)  # words of theirs told
        found = frozenset(person for person, only in owners.items() if only) - quoted
        return remember(self._time_owners_cache, passage, found, PASSAGE_CACHE_SIZE)

    def _described_in(self, passage: int) -> frozenset[str]:
        """Ids of the people a passage names by a role only they hold ("former Florida Rep.")."""
        return frozenset(
            people[0].id
            for people, _, _, by_name in self._mentions.find_groups(
                self.snapshot.passages[passage].text
            )
            if not by_name and len(people) == 1
        )

    def _places_in(self, text: str) -> list[tuple[int, int]]:
        """Where `text` names a place (`answer_types.place_spans`), but not a person the story
        names ("said to Trump"; by name: "Florida" of "Florida Rep." places Gaetz)."""
        places = kind_spans(AnswerKind.PLACE, text)
        if not places:  # the people are looked for only where they could be left out
            return []
        people = [
            (start, end) for _, start, end, by_name in self._mentions.find_groups(text) if by_name
        ]
        return [
            (start, end)
            for start, end in places
            if not any(start < b and a < end for a, b in people)
        ]

    def _has_role(self, person: str, role: frozenset[str]) -> bool:
        """Whether the story gives `person` (an id) the role asked ("professor")."""
        known = self._people.get(person)
        return known is not None and any(role.intersection(terms(r)) for r in known.roles)

    def _role_holders(self, passage: int, expected: ExpectedAnswer) -> list[tuple[int, int]]:
        """Where a passage names someone holding the role asked ("which judge"): a person the
        story gives that role, or a name beside the role word; not those the question names."""
        text = self.snapshot.passages[passage].text
        found = [
            (start, end)
            for person, start, end in self._mentions.find(text)
            if person.id not in expected.named and self._has_role(person.id, expected.role)
        ]
        return found + names_beside_role(text, expected.role)


# a name's possessive before a span of time of theirs: "Trump's second term", "Biden's
# presidency", "his first years"
_OWNS_A_TIME = re.compile(
    r"['’]s?\s+(?:(?:first|second|third|last|final|early|late|own|current|previous|next)\s+)?"
    r"(?:term|terms|tenure|presidency|premiership|mandate|era|reign|years)\b",
    re.IGNORECASE,
)
