"""What the confidence model (confidence.py) reads of a question and its best passage: how
much of the topic the passage holds, how much the corpus knows, the answer type, the speaker,
BM25's margin, and whether the passage is also the closest in meaning."""

from __future__ import annotations

import functools
import itertools
import math
import operator
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from typing import NamedTuple

import numpy as np
import numpy.typing as npt

from bot.engine.answer_types import (
    AnswerKind,
    answers_of_kind,
    asks_attribute_of,
    date_form_spans,
    name_spans,
)
from bot.engine.caches import remember
from bot.engine.confidence import Signals
from bot.engine.epithets import gives_own_label, own_label_sentences, own_label_spans
from bot.engine.lexicon import Source
from bot.engine.models import Person
from bot.engine.nearest import Closeness
from bot.engine.reasons import conceded_oddities, gives_reason
from bot.engine.search.base import SPEAKERS_CACHE_SIZE, Candidate, ExpectedAnswer
from bot.engine.search.candidates import CandidateRanking
from bot.engine.search.reading import semi_auxiliary_spans
from bot.engine.search.rerank import NEAR_PLACE, words_around
from bot.engine.text import TermSpan, term_spans, terms
from bot.engine.word_classes import WordClass
from bot.engine.words import PREPOSITIONS, all_lemmas

# The coverage of a question with no telling topic words ("did Trump and Bukele hype each
# other up": both names are in most passages): it says nothing either way.
_NOTHING_TO_COVER = 0.5
# How near an answer a topic word must stand to be of the same event, in words that are not
# stop words: "detained 85,000 people", "met in 2019, during Trump's first term", "opening a
# flashy new library, fishing pier and amusement park in the country two years ago".
_NEAR_ANSWER = 10
# A name stands beside what it names: "the Terrorism Confinement Center prison", "Kilmar
# Abrego Garcia, a Maryland man", "press secretary Karoline Leavitt".
_NEAR_NAME = 3
_POSSESSIVE = ("'s", "’s")
# a person's name and aliases, read in C (`_only_names`: a surname hundreds of people share)
_NAME = operator.attrgetter("name")
_ALIASES = operator.attrgetter("aliases")
# The kinds whose answers are read again for the confidence model (`_answers`): numbers and
# times, which a passage's own words may seem to give
_READ_AGAIN = frozenset(
    {AnswerKind.COUNT, AnswerKind.AMOUNT, AnswerKind.DATE, AnswerKind.DURATION, AnswerKind.FUTURE}
)
# Words naming people without saying which: a story names them in words of its own ("what did
# the WH put out about the people it deported": "listing names of 'cold-blooded criminals'";
# "did people have to wait in the rain": "left travelers waiting"), so a passage lacking the
# word is no further from the question; one holding it is nearer (`Qualifiers.relations`).
# Not the thing a "how many" question counts: the number must be of it (`_signals`' counted
# check), so it is no more optional than the count.
_ANYONE = frozenset(
    "people person persons folks someone somebody anyone anybody everyone everybody".split()
)
# The verbs of beginning: "when did the emergency start" asks the date of the emergency, which a
# story gives where it tells it came about ("A state of emergency enacted in March 2022"), in
# words of its own, as it gives when anything happened (`Qualifiers.relations`, for a date
# question only: "why did the emergency start" asks of the start itself).
_BEGIN = frozenset("start begin commence".split())
_SYNONYMS = (Source.SYNONYMS,)
# A personal pronoun: a sentence holding one may tell of someone the sentence before named.
_POINTING_BACK = re.compile(r"\b(?:he|his|him|she|her)\b", re.IGNORECASE)


class Qualifiers(NamedTuple):
    """What of a question's words a passage need not hold (topic terms):

    - `adverbs` not made from an adjective ("ever", "still"), where the passage holds one of
      its `verbs` (word_classes.py): "did Biden ever meet Bukele" is answered where he met
      him, if not "ever";
    - `relations`: prepositions, where the passage lacks them ("power inside the government",
      "per the analysis"): they say how the topic's words relate, which a passage on the topic
      often says otherwise; and words naming people without saying which (`_ANYONE`:
      "people", "someone"), which a story says in words of its own ("travelers", "migrants");
    - `framing`: words that frame the question, not its topic, held or not: what a date
      question asks of the date ("week" of "what day of the week"; a passage saying "last
      week" is no closer to the day) and semi-auxiliaries ("used to", "ended up", "able to");
    - `labels`: the words asking the labels someone gave themselves ("nicknames", "given" of
      "what nicknames has bukele given himself", `epithets.own_label_spans`), held by a
      passage telling such a label by its construction (`epithets.gives_own_label`: "Bukele
      has called himself a “philosopher king”");
    - `referents`: the words whose bridges reach the very thing they name, not a word of a
      sense that may be another (a capital named for its country's government, "Beijing":
      the story's China, `Searcher._same_referents`): a passage holding what the bridge
      reaches holds the word itself, counted as the word, not at a bridge's weight."""

    adverbs: frozenset[str]
    verbs: frozenset[str]
    relations: frozenset[str] = frozenset()
    framing: frozenset[str] = frozenset()
    labels: frozenset[str] = frozenset()
    referents: frozenset[str] = frozenset()


NO_QUALIFIERS = Qualifiers(frozenset(), frozenset())


class Topical(NamedTuple):
    """What a passage's share of a question's topic is read with: the topic terms, the
    bridges to words the corpus uses, and the `Qualifiers`."""

    topic: Sequence[str]
    bridges: dict[str, tuple[str, ...]]
    qualifiers: Qualifiers = NO_QUALIFIERS


class ConfidenceSignals(CandidateRanking):
    """The signals of one question and its candidates."""

    def _signals(
        self,
        topic: Sequence[str],
        candidates: Sequence[Candidate],
        *,
        expected: ExpectedAnswer,
        speakers: Sequence[Person],
        bridges: dict[str, tuple[str, ...]] | None = None,
        closeness: Closeness | None = None,
        qualifiers: Qualifiers = NO_QUALIFIERS,
        gives_gain: bool = False,
        reason_of: frozenset[str] | None = None,
        why_not: bool = False,
    ) -> Signals:
        """What the confidence model reads of the question and its best passage (`qualifiers`:
        its adverbs and verbs, `_qualifiers`; `gives_gain`: the question asks what something
        brings someone and the passage opens a sentence telling it for them, "For Bukele,": the
        kind of answer asked, as a number is of "how many"; `reason_of`: the ids of whom a
        why-question asks the reason of by its subject, when it names its subject,
        `Searcher._reason_asked_of`; `why_not`: the question asks why something is not done
        or how it is justified, `reasons.asks_why_not`)."""
        best = candidates[0]
        bridges = bridges or {}
        # BM25's own margin: how far the passage stands ahead of the best other by the words
        # (below 0 when closeness in meaning put it first)
        second = max((c.bm25 for c in candidates[1:]), default=0.0)
        answer_type = 0.0
        if expected.kind is not None:
            answer_type = 1.0 if self._holds(expected, best.passage) else -1.0
            if expected.kind is AnswerKind.PLACE and answer_type > 0:
                # a story names a place in every other passage ("at the White House", "in El
                # Salvador"): one is no evidence of the answer, though none is evidence against
                answer_type = 0.0
            index = self.snapshot.index
            if expected.counted:
                # the thing counted, or another form of its word ("how many deportees": "migrants
                # deported"; `bridges`)
                counted = (expected.counted, *bridges.get(expected.counted, ()))
                if not any(index.contains(best.passage, t) for t in counted):
                    answer_type = -1.0  # "how many guards": a number of something else
            if answer_type > 0 and expected.kind in _READ_AGAIN:
                text = self.snapshot.passages[best.passage].text
                if not self._answers(expected, text, topic):
                    # only a name's number ("MS-13 gang members"), a ratio not asked for, or
                    # the question's own words ("when did his second term start": "during
                    # his second term")
                    answer_type = -1.0
        elif gives_gain or (
            qualifiers.labels and self._gives_own_label_of(best.passage, topic, qualifiers)
        ):
            answer_type = 1.0
        elif expected.reason:
            answer_type = self._reason_signal(
                best.passage, topic, reason_of, bridges, why_not=why_not
            )
        if expected.kind is None and not expected.name:
            coverage = self._coverage(topic, best.passage, bridges, qualifiers)
        else:
            # the topic as far as the answer's own words hold it: a number or a date among
            # words of another event answers nothing asked
            coverage = self._coverage_near_answer(
                topic, best.passage, expected, bridges, qualifiers
            )
        signals = Signals(
            coverage=coverage,
            known=self._known_share(topic, bridges, qualifiers),
            answer_type=answer_type,
            speaker=1.0 if speakers and best.speaker_quotes else 0.0,
            speaker_pick=self._speaker_pick(topic, best.passage, speakers, bridges, qualifiers)
            if speakers and best.speaker_quotes
            else 0.0,
            # a lone candidate stands ahead of nothing: few passages share the words at all
            margin=(best.bm25 - second) / best.bm25 if best.bm25 > 0 and second > 0 else 0.0,
            meaning_agrees=0.0,
            sole_and_closest=0.0,
        )
        if closeness is None:
            return signals
        topical = Topical(topic, bridges, qualifiers)
        return self._with_agreement(signals, best.passage, closeness, topical)

    def _gives_own_label_of(
        self, passage: int, topic: Sequence[str], qualifiers: Qualifiers
    ) -> bool:
        """Whether the passage tells a label someone gave themselves in a sentence holding a
        word of the question's topic other than those asking the label (`Qualifiers.labels`):
        the kind of answer "what nicknames has bukele given himself" asks, as a number is of
        "how many" ("Bukele has called himself a “philosopher king”"); not Bukele's label for
        "what nicknames has trump given himself"."""
        asked = {t for t in self._telling_terms(topic) if t not in qualifiers.labels}
        text = self.snapshot.passages[passage].text
        return any(asked.intersection(terms(s)) for s in own_label_sentences(text))

    def _lacks_deed(
        self, expected: ExpectedAnswer, passage: int, bridges: dict[str, tuple[str, ...]]
    ) -> bool:
        """Whether `passage` lacks the deed whose doer or place is asked (`ExpectedAnswer.deed`),
        and every other form of its word (`bridges`): the people or places it names did or
        are something else ("who designed the bridge" of "the mayor opened the bridge"). Read
        beside the model, not as one of its signals: those it was fitted on stay as they were."""
        if not expected.deed:
            return False
        deed = (expected.deed, *bridges.get(expected.deed, ()))
        index = self.snapshot.index
        # "who published the list" of "released a fact sheet listing names": the thing made
        # is held, and its making told in other words
        if expected.made and index.contains(passage, expected.made):
            return False
        return not any(index.contains(passage, t) for t in deed)

    def _counts_another_deed(
        self, expected: ExpectedAnswer, passage: int, beside: Sequence[int]
    ) -> bool:
        """Whether "how many" asks a number of things to or by which a deed was done
        (`ExpectedAnswer.counted_deed`: "how many people has HRW counted as disappeared") that
        a passage shown `beside` names as a thing (a noun of its word's family: "enforced
        disappearances") while `passage` holds neither the deed nor a word of its senses: its
        number ("has detained 85,000 people") counts something else. Not where the story
        names no such thing ("how many has El Salvador taken": "agreed to accept ... locked
        up more than 250"), nor without WordNet."""
        word = expected.counted_deed
        if word is None or self._wordnet is None:
            return False
        related = self._wordnet.related(word, (Source.FAMILY, Source.SYNONYMS))
        near = {*terms(word), *(t for w in related for t in terms(w))}
        index = self.snapshot.index
        if any(index.contains(passage, t) for t in near):
            return False
        nouns = [
            w
            for w in self._wordnet.related(word, (Source.FAMILY,))
            if w.isalpha() and "NOUN" in all_lemmas(w)
        ]
        named = [t for w in nouns for t in terms(w)]
        if any(index.contains(p, t) for p in beside for t in named):
            return True
        # "how many people did HRW interview" of "has detained 85,000 people": where no
        # passage of the story tells of the deed, in any form or a word of its senses, the
        # story counts nothing of it
        story = self.snapshot.passages[passage].story_id
        keys = ((story, told.paragraph) for told in self.snapshot.stories.by_id[story].passages)
        numbers = [self._passage_at[key] for key in keys if key in self._passage_at]
        return not any(index.contains(n, t) for n in numbers for t in near)

    def _with_agreement(
        self,
        signals: Signals,
        best: int,
        closeness: Closeness,
        topical: Topical,
        *,
        sole_decides: bool = True,
    ) -> Signals:
        """`signals` with `meaning_agrees` and `sole_and_closest`: the passage the meaning alone
        would put first, of all, is the `best` one (a second reading agrees). `meaning_agrees`
        only as far as the passage holds the topic: a near miss ("the weather in San Salvador")
        is closest in meaning to the passage on its subject too. `sole_and_closest` as far as
        no other passage holds as much of the topic (`_topic_pick`), times the share of the
        topic the story knows: a paraphrase shares few words with its passage ("biden snubbed
        him at some point"), but where no other passage holds as many and the meaning picks
        the same one, that one is meant. No dense model (no `closeness`): no agreement.
        Not `sole_decides` (the caller reads only whether the rating is high, and it is the
        same for every `sole_and_closest` the agreement could give): `sole_and_closest` is
        left 0, without a pass over the postings of the topic's heaviest words (~0.2 ms at
        100,000 passages)."""
        if not closeness.closest_of_all(best):
            return replace(signals, meaning_agrees=0.0, sole_and_closest=0.0)
        if signals.coverage <= 0.0:  # none of the topic, or none of it near the answer asked
            return replace(signals, meaning_agrees=0.0, sole_and_closest=0.0)
        # Nor where the passage lacks the kind of answer asked ("which judge ruled on Garcia's
        # case" of the one passage on the ruling, naming no judge): on the topic is not an answer.
        sole = self._topic_pick(best, topical) if signals.answer_type >= 0 and sole_decides else 0.0
        # Only as far as the story knows the topic's words: a word it never uses may be what
        # is asked ("will the cat sue" of the one passage saying the trust would sue).
        sole *= signals.known
        return replace(signals, meaning_agrees=signals.coverage, sole_and_closest=sole)

    def _topic_pick(self, best: int, topical: Topical) -> float:
        """1 / the number of passages holding as much of the topic as the `best` one (of those
        holding a telling topic term or a word a bridge reaches; `best` among them); 0 when
        the question has no telling topic term or the passage holds none of it."""
        topic, bridges, qualifiers = topical
        telling = [t for t in self._telling_terms(topic) if t not in qualifiers.framing]
        if not telling:
            return 0.0
        covered = self._coverage(topic, best, bridges, qualifiers)
        if covered <= 0.0:
            return 0.0
        # A rival's share of the topic is at least `covered`, so it finds at least `covered`
        # times the least the topic can weigh (the adverbs and prepositions left out), and a
        # passage holding none of the heaviest terms finds at most what the others weigh: a
        # rival holds one of the heaviest terms, as many as weigh more than the rest can give
        # (most often the rarest alone, whose postings are few).
        weight = {term: self._weight(term) for term in telling}
        optional = qualifiers.adverbs | qualifiers.relations
        needed = covered * sum(w for term, w in weight.items() if term not in optional)
        rest = sum(weight.values())
        heaviest: list[str] = []
        for term in sorted(telling, key=weight.__getitem__, reverse=True):
            if rest < needed * (1 - 1e-9):  # below it even with rounding: no rival lacks them
                break
            heaviest.append(term)
            rest -= weight[term]
        reached = [t for term in heaviest for t in (term, *bridges.get(term, ()))]
        # every passage holding one of them (cost follows their postings, as BM25's does)
        holding = self.snapshot.index.holding(reached)
        coverages = self._coverages(topic, holding, bridges, qualifiers)
        rivals = (holding == best) | (coverages >= covered)
        return 1.0 / max(int(np.count_nonzero(rivals)) + int(best not in holding), 1)

    def _speaker_pick(
        self,
        topic: Sequence[str],
        best: int,
        speakers: Sequence[Person],
        bridges: dict[str, tuple[str, ...]],
        qualifiers: Qualifiers,
    ) -> float:
        """1 / the number of the asked speakers' passages holding as much of the topic as the
        `best` one (of those holding a telling topic term or a word a bridge reaches): the
        chance that it is the one meant. "What did Trump say in return" shares few words with
        the passage, but no other passage of Trump's shares any; of two passages of theirs
        on the topic, the one holding all of it is more likely meant than one holding a word
        of it, as likely as the other. With no topic at all any quote of theirs answers (1);
        with topic words too common to tell passages apart, every passage of theirs is as
        likely."""
        if not topic:
            return 1.0
        numbered = self._quoting_passages(speakers).numbered
        telling = self._telling_terms(topic)
        if not telling:
            return 1.0 / max(len(numbered), 1)
        reached = [t for term in telling for t in (term, *bridges.get(term, ()))]
        holding = numbered[self.snapshot.index.holding_any(numbered, reached)]
        if not len(holding):
            return 0.0
        covered = self._coverage(topic, best, bridges, qualifiers)
        # in arrays: a surname names speakers with thousands of passages at 300,000 passages
        coverages = self._coverages(topic, holding, bridges, qualifiers)
        rivals = (holding == best) | (coverages >= covered)
        return 1.0 / int(np.count_nonzero(rivals))

    def _coverage_near_answer(
        self,
        topic: Sequence[str],
        passage: int,
        expected: ExpectedAnswer,
        bridges: dict[str, tuple[str, ...]],
        qualifiers: Qualifiers,
    ) -> float:
        """`_coverage` counting only the topic words standing near an answer of the kind
        `expected` (within `_NEAR_ANSWER` words of it, in its sentence), at the best such
        answer: how much of the topic the answer's own words are about. "How much did the
        prison cost to build" finds "cost" and "prison" in the passage, but the amount there is
        of another cost; "when was Garcia deported" finds "deported" in a sentence dated by its
        fact sheet. 0 when the passage holds no answer of the kind; for "who", as much as it
        holds of the topic when it quotes someone (a quote's speaker is its own answer).
        For a name asked: as much as it holds when a name stands beside the thing named
        (`_NEAR_NAME`), else 0 ("the name of the prison" is not answered by "listing names of
        criminals" nor by a prison near "San Salvador", the name of a city)."""
        kind = expected.kind
        text = self.snapshot.passages[passage].text
        if kind is None:
            return self._coverage_if_named(topic, passage, expected.name, bridges, qualifiers)
        if kind is AnswerKind.PERSON:
            if self._quoted_in(passage) - expected.named or self._only_names(topic, expected):
                return self._coverage(topic, passage, bridges, qualifiers)
            # someone the story names, or a name it gives (an organisation the people it
            # quotes are not: "The White House released a fact sheet")
            spans = [
                (start, end)
                for person, start, end in self._mentions.find(text)
                if person.id not in expected.named
            ] + self._names_beside(topic, text)
        elif kind is AnswerKind.PLACE:
            spans = self._places_in(text)
        else:
            spans = self._answers(expected, text, topic)
        terms, starts, _ = term_spans(text)
        best = 0.0
        reach = NEAR_PLACE if kind is AnswerKind.PLACE else _NEAR_ANSWER
        common = self._common_topic(topic, qualifiers)  # weighed once, not in every window
        for around in words_around(text, starts, spans, reach):
            near = frozenset(terms[around.start : around.stop])
            if common:
                # a bridge here is a role's words to the one person it names (searcher.py
                # `_by_their_names`): a word most passages use is reached by no other
                share = _share_held(common, functools.partial(_held_in, near, bridges))
            else:
                share = self._coverage_of(topic, near.__contains__, bridges, qualifiers)
            best = max(best, share)
        return best

    def _answers(
        self, expected: ExpectedAnswer, text: str, topic: Sequence[str]
    ) -> list[tuple[int, int]]:
        """Where `text` holds an answer of the kind `expected` (a count, an amount, a date, ...:
        `answers_of_kind`), but not one made only of the question's `topic` words: "when did
        his second term start" asks when "his second term", a time in itself, began; a passage
        saying something happened "during his second term" does not say."""
        if expected.kind is None:
            return []
        spans = answers_of_kind(expected.kind, text, ratio=expected.ratio)
        if expected.kind not in _READ_AGAIN:
            return spans
        asked = frozenset(topic) - expected.offered
        return [(a, b) for a, b in spans if not asked.issuperset(terms(text[a:b]) or ["-"])]

    def _common_topic(self, topic: Sequence[str], qualifiers: Qualifiers) -> dict[str, float]:
        """The topic's words with their weights (`_weight`), when none of them tells passages
        apart (`_telling_terms`), else none: "how old is Bukele" names him in most passages, so
        the passage's share of the topic says nothing (`_NOTHING_TO_COVER`), but whether his
        name stands beside the age does: the age in "Bukele, 43, said" is his, an age elsewhere
        someone else's. Words framing the question are left out as they are from the
        coverage."""
        if any(t not in qualifiers.framing for t in self._telling_terms(topic)):
            return {}
        return {t: self._weight(t) for t in topic if t not in qualifiers.framing}

    def _coverage_if_named(
        self,
        topic: Sequence[str],
        passage: int,
        named: frozenset[str],
        bridges: dict[str, tuple[str, ...]],
        qualifiers: Qualifiers,
    ) -> float:
        """The passage's coverage when one of the `named` words (what a name is asked of)
        stands, as a common noun (in lower case), beside a name that is not the question's own
        words; else 0."""
        text = self.snapshot.passages[passage].text
        terms, starts, _ = term_spans(text)
        # a name in the possessive owns the thing rather than naming it: "El Salvador's
        # maximum-security prison" is no name of the prison
        names = [
            (start, end)
            for start, end in self._names_beside(topic, text)
            if not text[start:end].endswith(_POSSESSIVE)  # a name's word holds its "'s"
        ]
        for around in words_around(text, starts, names, _NEAR_NAME):
            if any(terms[i] in named and text[starts[i]].islower() for i in around):
                return self._coverage(topic, passage, bridges, qualifiers)
        return 0.0

    def _reason_signal(
        self,
        passage: int,
        topic: Sequence[str],
        reason_of: frozenset[str] | None = None,
        bridges: dict[str, tuple[str, ...]] | None = None,
        *,
        why_not: bool = False,
    ) -> float:
        """The answer-type signal of a question asking why: +1 when the passage gives a reason
        in a sentence on the question's `topic` (`reasons.gives_reason`: "because", "so that",
        "which serves as", "accused of", a rhetorical question quoted), -1 when it gives none.
        A passage telling only of the matter asked about ("the White House was ordered to
        facilitate the return of Kilmar Abrego Garcia") holds every word of "why won't Bukele
        send Abrego Garcia back", not his reason. Read for the confidence model only: the
        reasons a story gives in words of its own ("financially lucrative", "mistakenly") are
        no construction, and ordering by these moved more right passages down than up
        (docs/quality-history.md, 9why). A sentence granting that something seems odd
        (`reasons.conceded_oddities`: "While a nation of just 6 million would seem like an
        unlikely ally for Trump, the pair have formed a symbiotic relationship"), holding a
        topic word, gives the reason too: the story anticipates the question and answers it in
        the same sentence, as `searcher._conceded_first` reads it to order the passages.
        A quoted rhetorical question gives the reason of whom it quotes: not where the
        question asks someone else's (`reason_of`, its subject, whom the passage does not
        quote: "why did the city change the locks" of "“Why would I lock the doors on children
        ...?” Siddiq said, adding that he would keep reading hours going until the city
        changed the locks"). A sentence is on the topic through the words the question's
        `bridges` reach as through its own ("why are people worried innocent people are
        jailed" of "raising concerns over wrongful imprisonments"), as the coverage reads it.
        A deed judged ("Bukele said it would be “preposterous” for him to return Garcia",
        `reasons.judged_deed_spans`) gives the reason of whom the passage relays judging it,
        where the question names them as whom it asks the reason of (`reason_of`; not the
        administration's reason, asked by "why does the administration say it doesn't have to
        bring garcia back") and asks why something is not done or how it is justified
        (`why_not`: not "why did bukele agree to return garcia", whose premise it
        contradicts)."""
        text = self.snapshot.passages[passage].text
        asked = frozenset(topic)
        forms = bridged_forms(asked, bridges or {})
        rhetorical = self._quotes_whom(passage, reason_of)
        # a deed judged is the reason of whom the passage relays judging it, when the
        # question asks theirs by its subject
        judged = why_not and reason_of is not None and rhetorical
        if gives_reason(text, asked, rhetorical=rhetorical, forms=forms, judged=judged):
            return 1.0
        conceded = (sentence for sentence, _ in conceded_oddities(text))
        reached = asked.union(forms)
        return 1.0 if any(reached.intersection(terms(sentence)) for sentence in conceded) else -1.0

    def _quotes_whom(self, passage: int, reason_of: frozenset[str] | None) -> bool:
        """Whether the passage quotes one of `reason_of` (ids), or `reason_of` is None (whom
        the question asks of is not read): whether a rhetorical question it quotes gives the
        reason asked (`_reason_signal`)."""
        return reason_of is None or any(
            quote.speaker_id in reason_of for quote in self._quotes_of(passage)
        )

    def _reason_of_someone_else(
        self,
        passage: int,
        topic: Sequence[str],
        reason_of: frozenset[str] | None,
        bridges: dict[str, tuple[str, ...]] | None = None,
    ) -> bool:
        """Whether the only reason the passage gives on the question's `topic` is a quoted
        rhetorical question of someone else than whom the question asks the reason of
        (`reason_of`): "why did the city change the locks" of "“Why would I lock the doors on
        children who come here every afternoon?” Siddiq said, adding that he would keep
        reading hours going until the city changed the locks". The passage tells a reason,
        and it is the librarian's, for what he does: not the answer, however much of the
        topic it holds. The topic read as `_reason_signal` reads it (with the words its
        `bridges` reach)."""
        if self._quotes_whom(passage, reason_of):
            return False
        text = self.snapshot.passages[passage].text
        asked = frozenset(topic)
        forms = bridged_forms(asked, bridges or {})
        return gives_reason(text, asked, forms=forms) and not gives_reason(
            text, asked, rhetorical=False, forms=forms
        )

    def _coverage(
        self,
        topic: Sequence[str],
        passage: int,
        bridges: dict[str, tuple[str, ...]],
        qualifiers: Qualifiers = NO_QUALIFIERS,
    ) -> float:
        """The idf-weighted share of the telling topic terms in a passage (0.5: none); a
        term found only through a bridge counts for the bridge's weight; an adverb of
        `qualifiers` counts only where the passage holds it or none of the question's verbs, a
        preposition only where the passage holds it, a word framing the question never."""
        index = self.snapshot.index
        if qualifiers.labels and gives_own_label(self.snapshot.passages[passage].text):
            labels = qualifiers.labels
            return self._coverage_of(
                topic,
                lambda term: term in labels or index.contains(passage, term),
                bridges,
                qualifiers,
            )
        return self._coverage_of(
            topic, lambda term: index.contains(passage, term), bridges, qualifiers
        )

    def _coverage_of(
        self,
        topic: Sequence[str],
        holds: Callable[[str], bool],
        bridges: dict[str, tuple[str, ...]],
        qualifiers: Qualifiers,
    ) -> float:
        """`_coverage` of the words for which `holds` is true (a passage's, or those of part
        of it)."""
        telling = [t for t in self._telling_terms(topic) if t not in qualifiers.framing]
        total = found = 0.0
        qualified = any(holds(v) for v in qualifiers.verbs)
        for term in telling:
            weight = self._weight(term)
            if holds(term):
                found += weight
            elif any(holds(t) for t in bridges.get(term, ())):
                found += weight * self._bridged_share(term, qualifiers)
            elif (term in qualifiers.adverbs and qualified) or term in qualifiers.relations:
                continue
            total += weight
        if not telling:
            return _NOTHING_TO_COVER
        return found / total if total else 0.0  # it holds none of them

    def _told_of_someone_else(
        self, topic: Sequence[str], passage: int, named: frozenset[str], qualifiers: Qualifiers
    ) -> bool:
        """Whether the passage holds words of the question's topic only away from the people
        it names (`named`: ids, by name): no sentence naming one of them (by name, alias or
        role, or pointing back by "he", "she", "his", "her", "him") holds a telling word of
        the rest of the topic, and the passage quotes none of them. Then it tells of that
        topic, but of someone else ("what gang did Garcia belong to" of a paragraph naming
        Garcia in one sentence and "alleged gang member migrants" in the next; "what crimes
        was Garcia convicted of" of one on the 1,000 convicted in El Salvador): the relation
        asked is not what it says."""
        if not named or self._quoted_in(passage) & named:
            return False
        names = {
            term
            for person in named
            if person in self._people
            for name in (self._people[person].name, *self._people[person].aliases)
            for term in terms(name)
        }
        unasked = qualifiers.adverbs | qualifiers.relations | qualifiers.framing
        index = self.snapshot.index
        held = [
            t
            for t in self._telling_terms(topic)
            if t not in names and t not in unasked and index.contains(passage, t)
        ]
        if not held:
            return False
        text = self.snapshot.passages[passage].text
        mentions = [(start, end) for p, start, end in self._mentions.find(text) if p.id in named]
        mentions += [m.span() for m in _POINTING_BACK.finditer(text)]
        words, starts, _ = term_spans(text)
        beside = {
            words[i] for around in words_around(text, starts, mentions, len(words)) for i in around
        }
        return not any(t in beside for t in held)

    def _names_beside(self, topic: Sequence[str], text: str) -> list[tuple[int, int]]:
        """The names in `text` that are not only the question's own words: "the White House
        press secretary" names nobody; "Karoline Leavitt" beside it does."""
        asked = set(topic)
        return [
            (start, end)
            for start, end in name_spans(text)
            if not asked.issuperset(terms(text[start:end]))
        ]

    def _only_names(self, topic: Sequence[str], expected: ExpectedAnswer) -> bool:
        """Whether the topic is only the names of the people the question names: "who is Matt
        Gaetz" asks who he is, which the words around his name say."""
        names = self._names_terms_cache.get(expected.named)
        if names is None:
            people = [p for p in map(self._people.get, expected.named) if p is not None]
            # the terms of every distinct piece between spaces of their names, read at once:
            # no word runs across a space, so the same terms as each name's own (a surname 300
            # people share at 1,000,000 passages, "Governor Fatima Haddad", "Fatima Haddad",
            # "Haddad" each: each name read on its own was 1-2 ms of a first question of them)
            aliases = itertools.chain.from_iterable(map(_ALIASES, people))
            pieces = set("\n".join(itertools.chain(map(_NAME, people), aliases)).split())
            names = frozenset(terms(" ".join(sorted(pieces))))
            remember(self._names_terms_cache, expected.named, names, SPEAKERS_CACHE_SIZE)
        return bool(names) and all(t in names for t in self._telling_terms(topic))

    def _quoted_in(self, passage: int) -> frozenset[str]:
        """Ids of the people a passage quotes."""
        return self.snapshot.quotes.speakers_of_passage(passage)

    def _coverages(
        self,
        topic: Sequence[str],
        passages: npt.NDArray[np.int64],
        bridges: dict[str, tuple[str, ...]],
        qualifiers: Qualifiers = NO_QUALIFIERS,
    ) -> npt.NDArray[np.float64]:
        """`_coverage` of each of `passages` (the same additions, term by term: adding 0.0
        where a term is not found leaves a sum as it was)."""
        total = np.zeros(len(passages), dtype=np.float64)
        found = np.zeros(len(passages), dtype=np.float64)
        telling = [t for t in self._telling_terms(topic) if t not in qualifiers.framing]
        reached = {term: bridges.get(term, ()) for term in telling}
        # each word looked up once, the passages checked once (thousands of rivals)
        each = self.snapshot.index.holding_each(
            passages, [*qualifiers.verbs, *telling, *(t for b in reached.values() for t in b)]
        )
        lacking_all = np.zeros(len(passages), dtype=bool)

        def holding_any(words: Iterable[str]) -> npt.NDArray[np.bool_]:
            held = lacking_all
            for word in words:
                held = held | each[word]
            return held

        qualified = holding_any(qualifiers.verbs)
        for term in telling:
            weight = self._weight(term)
            held = each[term]
            bridged = holding_any(reached[term])
            via_bridge = weight * self._bridged_share(term, qualifiers)
            found += np.where(held, weight, np.where(bridged, via_bridge, 0.0))
            lacking = ~(held | bridged)
            left_out = lacking & qualified if term in qualifiers.adverbs else np.zeros_like(held)
            if term in qualifiers.relations:
                left_out = lacking
            total += np.where(left_out, 0.0, weight)
        if not telling:
            return np.full(len(passages), _NOTHING_TO_COVER)
        shares: npt.NDArray[np.float64] = np.zeros(len(passages), dtype=np.float64)
        return np.divide(found, total, out=shares, where=total > 0)  # 0: it holds none

    def _qualifiers(
        self,
        text: str,
        words: Sequence[TermSpan],
        *,
        asks_attribute: bool = False,
        counted: str | None = None,
        asks_date: bool = False,
        asks_number: bool = False,
    ) -> Qualifiers:
        """The adverbs not made from an adjective and the verbs among `words` (of the question
        `text`): "ever", "still", "back" say when or how far, and a story seldom says them
        where it tells what the verb says happened; not "illegally" or "fairly", which say
        what the question asks, nor a noun after a determiner ("the visit"). Without the verb
        the adverb is part of what is asked: "has Bukele ever been to China" is no question
        about China alone. Also its prepositions and the words framing it (`Qualifiers`).
        With `asks_attribute`, the name of someone it asks an attribute of ("is Reyes married")
        frames it too: every passage about them holds the name, and
        the answer is the attribute (answer_types.asks_attribute_of). `counted`: the term a
        "how many" question counts, never a relation. `asks_date`: a verb of beginning
        (`_BEGIN`) is a relation too. `asks_number` (an amount, a count, a date, a span of
        time): a word saying the figure may be approximate ("roughly how many", "what's the
        population, roughly?") frames it (`_approximate`)."""
        adverbs: set[str] = set()
        verbs: set[str] = set()
        relations: set[str] = set()
        spans = date_form_spans(text) + semi_auxiliary_spans(text)
        if asks_attribute:
            # a span at a time: a surname 90 people share is one span, not 90 of the same
            spans += [
                (start, end)
                for people, start, end, _ in self._mentions.find_groups(text)
                if people and asks_attribute_of(text, start)
            ]
        # (each word's place tested only where there are spans: most questions have none)
        framing = (
            {w.term for w in words if any(a <= w.start < b for a, b in spans)} if spans else set()
        )
        labelling = own_label_spans(text)
        labels = (
            {w.term for w in words if any(a <= w.start < b for a, b in labelling)}
            if labelling
            else set()
        )
        if asks_number:
            approximate = self._approximate()
            framing.update(w.term for w in words if text[w.start : w.end].lower() in approximate)
        for word in words:
            written = text[word.start : word.end]
            if (
                written.lower() in PREPOSITIONS
                or (written.lower() in _ANYONE and word.term != counted)
                or (asks_date and _BEGIN.intersection(all_lemmas(written.lower()).get("VERB", ())))
            ):
                relations.add(word.term)
                continue
            if self._word_classes is None:
                continue
            before = text[: word.start].rsplit(None, 1)  # its last word, as split() reads it
            previous = before[-1].strip('.,;:!?()"“”') if before else ""
            kind = self._word_classes.class_of(written, previous)
            if kind is WordClass.ADVERB and not _made_from_an_adjective(written.lower()):
                adverbs.add(word.term)
            elif kind is WordClass.VERB:
                verbs.add(word.term)
        return Qualifiers(
            frozenset(adverbs),
            frozenset(verbs),
            frozenset(relations),
            frozenset(framing),
            frozenset(labels),
        )

    def _approximate(self) -> frozenset[str]:
        """The words of WordNet's sense of "approximately" ("roughly", "around", "some",
        "about"): of a figure asked for, they say how close it need be, not what it is of."""
        if self._wordnet is None:
            return frozenset()
        return frozenset({"approximately", *self._wordnet.related("approximately", _SYNONYMS)})

    def _weight(self, term: str) -> float:
        """A topic term's weight: its idf. A word the corpus never uses weighs as much as its
        rarest word: no more, since in a small corpus most such words are paraphrases."""
        n = len(self.snapshot.index)
        seen = max(self.snapshot.index.passage_frequency(term), 1)
        return math.log(1 + (n - seen + 0.5) / (seen + 0.5))

    def _known_share(
        self,
        topic: Sequence[str],
        bridges: dict[str, tuple[str, ...]],
        qualifiers: Qualifiers = NO_QUALIFIERS,
    ) -> float:
        """The idf-weighted share of the telling topic terms the corpus uses at all (1.0: none
        to tell): a question about things the story never names is less likely answered."""
        index = self.snapshot.index
        total = known = 0.0
        for term in self._telling_terms(topic):
            weight = self._weight(term)
            total += weight
            if index.passage_frequency(term):
                known += weight
            elif term in bridges:
                known += weight * self._bridged_share(term, qualifiers)
        return known / total if total else 1.0

    def _bridged_share(self, term: str, qualifiers: Qualifiers) -> float:
        """How much of a topic `term` a passage holding only a word its bridges reach holds:
        all of it for a word naming the very thing the term names (`Qualifiers.referents`),
        else a bridge's weight."""
        return 1.0 if term in qualifiers.referents else self.settings.bridge_weight


def bridged_forms(topic: frozenset[str], bridges: dict[str, tuple[str, ...]]) -> dict[str, str]:
    """The corpus words the `bridges` of the `topic` terms reach, each to the term it stands
    for (a word that is a topic term itself stands for itself, and is left out)."""
    return {
        word: term for term in sorted(topic) for word in bridges.get(term, ()) if word not in topic
    }


def _held_in(near: frozenset[str], bridges: dict[str, tuple[str, ...]], term: str) -> bool:
    """Whether the words `near` hold `term` or a word it reaches by `bridges`."""
    return term in near or any(reached in near for reached in bridges.get(term, ()))


def _share_held(weights: dict[str, float], holds: Callable[[str], bool]) -> float:
    """The weighted share of the words of `weights` for which `holds` is true."""
    return sum(w for word, w in weights.items() if holds(word)) / sum(weights.values())


def _made_from_an_adjective(adverb: str) -> bool:
    """Whether `adverb` is made from an adjective with "-ly" ("illegally", "fairly"): it says
    what the question asks. Not one that is an adjective as written too ("only", "early",
    "daily": "did they only meet this year"), which says when or how far, as "still" does:
    as a word of the topic, "only" found Trump's "I only do things in accordance with the
    law" first."""
    return adverb.endswith("ly") and "ADJ" not in all_lemmas(adverb)
