"""Candidate retrieval: BM25's best passages (or the quoting passages of a speaker asked
about), with bridged words, kept to those on the question's topic, reranked, and fused with
closeness in meaning."""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping, Sequence
from typing import NamedTuple

import numpy as np
import numpy.typing as npt

from bot.engine.answer_types import AnswerKind
from bot.engine.index import BM25Index
from bot.engine.models import Person
from bot.engine.nearest import Closeness
from bot.engine.search.base import (
    NOTHING_EXPECTED,
    Candidate,
    ExpectedAnswer,
    SpeakersPassages,
    word_pairs,
)
from bot.engine.search.meaning import QuestionWords
from bot.engine.search.reading import plain_words
from bot.engine.search.rerank import Reranking

# `_best_on_topic` sorts up to this many candidates whole; of more, those scoring enough
_SORTED_MOST = 512


class _Found(NamedTuple):
    """Passages in the running, their scores and the speaker's quotes each holds."""

    passages: npt.NDArray[np.int64]
    scores: npt.NDArray[np.float64]
    quotes: npt.NDArray[np.int64]

    @classmethod
    def of(cls, pool: Sequence[tuple[int, float, int]]) -> _Found:
        return cls(
            np.array([passage for passage, _, _ in pool], dtype=np.int64),
            np.array([score for _, score, _ in pool], dtype=np.float64),
            np.array([quotes for _, _, quotes in pool], dtype=np.int64),
        )


class Ranked(NamedTuple):
    """A question's candidates as shown, and as the confidence model reads them: without the
    refinements of the order it was not fitted on (the same list when they change nothing)."""

    shown: list[Candidate]
    plain: list[Candidate]


class CandidateRanking(Reranking):
    """The passages closest to answering a question, best first."""

    def _rank(
        self,
        query: Sequence[str],
        topic: Sequence[str],
        speakers: Sequence[Person],
        seen: set[int],
        limit: int,
        *,
        expected: ExpectedAnswer = NOTHING_EXPECTED,
        bridges: dict[str, tuple[str, ...]] | None = None,
        meaning_bridges: dict[str, str] | None = None,
        closeness: Closeness | None = None,
        refining: Closeness | None = None,
        words: QuestionWords | None = None,
        sure: frozenset[str] = frozenset(),
        adverbs: Mapping[str, tuple[str, ...]] | None = None,
        refine: bool = True,
        definitions: Sequence[str] = (),
        forms: Mapping[str, tuple[str, ...]] | None = None,
        telling: Sequence[str] = (),
        family: Mapping[str, tuple[str, ...]] | None = None,
    ) -> Ranked:
        """The best `limit` passages not in `seen`, closest to answering first ([] when none
        shares a word with the question), and as the confidence model reads them. When a
        speaker is asked about, only passages quoting them (more of their quotes first among
        equals). A question asking for a number or a person (`expected`, with the ids of the
        people the question names) favours passages holding one. `bridges` (WordNet's) and
        `meaning_bridges` (the closest word in meaning) lead question words the corpus lacks
        to its words; `sure`: those of the bridged words that are the question words' own
        family (`_on_topic`). `adverbs`: the question's adverbs not made from an adjective, each
        with the phrases it makes as typed (`reading.adverb_phrases`), which weigh
        `adverb_weight` of a word but where a passage holds such a phrase (`_adverbs_weighed`),
        in the order shown only. `definitions`: the words of the definitions of question words
        the corpus lacks (`reading._definition_bridges`), which add their BM25 scores at
        `definition_weight`, in the order shown only. `forms`: the other forms of the topic's
        words (`Searcher._known_word_forms`), by which a passage holds a word where passages
        equally on topic are told apart by the kind of answer (`_first_among_equals`).
        `telling`: the story's words for what the question says in words of no topic of their
        own (`reading._destination_bridges`: "going to the white house": "visit"), which count
        only where a passage holding every word of the question goes first
        (`_holding_every_word_first`), no score: a passage merely naming the visit is no
        closer for it. `family`: for a speaker asked about, the other forms of the topic's
        words the corpus uses (`Searcher._known_word_forms`), by which a passage of theirs holds
        the topic too ("the detention numbers": "has detained 85,000 people").
        `refine`: what the confidence model was not fitted on orders them too (a passage
        carrying on from the one before ranks by the question's words that one holds; a tie
        goes to the words; `refining`, another reading of closeness in meaning, stands in for
        `closeness` in the order shown; a quotation is read with the place the paragraph
        before names, from the question's `words`: `_in_context`); the ranking without it
        comes along (`Ranked.plain`).

        Cost follows the postings of the query's terms, not the size of the corpus.
        """
        index = self.snapshot.index
        by_wordnet = [t for reached in (bridges or {}).values() for t in reached]
        by_meaning = [t for t in (meaning_bridges or {}).values() if t not in by_wordnet]
        bridged = by_wordnet + by_meaning
        depth = max(limit, self.settings.rerank_depth)
        theirs = None
        # for the order shown only, as the other refinements: the confidence model reads the
        # ranking it was fitted on
        light = self._light_terms(query, adverbs or {}) if refine else []
        if light:
            query = [t for t in query if t not in light]
        defined = list(dict.fromkeys(definitions)) if refine else []
        if speakers:
            theirs = _TermsAt(index, self._quoting_passages(speakers))
            found = self._speakers_passages(query, bridged, speakers, theirs)
            if defined:
                weight = self.settings.definition_weight
                found = found._replace(scores=found.scores + weight * theirs.scores(defined))
            if light:
                weight = self.settings.adverb_weight
                found = found._replace(scores=found.scores + weight * theirs.scores(light))
        else:
            extra = self._bridged_scores(bridged)
            for passage, score in self._bridged_scores(
                defined, self.settings.definition_weight
            ).items():
                extra[passage] = extra.get(passage, 0.0) + score
            for passage, score in self._light_scores(light).items():
                extra[passage] = extra.get(passage, 0.0) + score
            best = dict(index.top_k(query, depth + len(seen)))
            for passage, score in extra.items():
                best[passage] = best.get(passage, 0.0) + score
            pool = [(passage, score, 0) for passage, score in best.items() if score > 0]
            if not pool:
                pool = self._holding_common_words(query)
            found = _Found.of(pool)
        on_topic = self._on_topic(topic, bridged, sure)
        own_words = on_topic
        if speakers and family:
            # among a speaker's passages, one holding a topic word in another of its forms is
            # on the topic: a story reports what someone said in its own words ("HRW says the
            # detentions": "has detained 85,000 people, according to HRW"); after those
            # holding the question's own words (`_behind`)
            on_topic = list(dict.fromkeys([*on_topic, *_forms_of(on_topic, family)]))
        pool = self._best_on_topic(
            found,
            on_topic,
            seen,
            depth,
            theirs.holding_any(on_topic) if theirs else None,
            named=frozenset() if speakers else expected.named,
        )
        behind = (
            self._behind(pool, own_words, on_topic[len(own_words) :])
            if on_topic is not own_words
            else frozenset()
        )
        if light:
            pool = self._adverbs_weighed(pool, light, adverbs or {})
        # the words a passage carrying on from the one before takes from it: for the order
        # only, so the confidence model reads each passage's own score
        carried = self._carried_over(pool, query, bridged) if refine else {}
        pairs = word_pairs(topic)  # not the speaker's name: every passage of theirs would gain
        if pairs:
            phrases = self._phrases(pairs)
            pool = [
                (passage, score + self._phrase_bonus(passage, phrases), n)
                for passage, score, n in pool
            ]
        kind = expected.kind
        bonus = 1.0 + self.settings.answer_type_bonus
        holds = functools.partial(self._holds_for_order, expected, topic=topic)
        if kind is not None and self.settings.answer_type_bonus:
            pool = [
                (passage, score * bonus if holds(passage) else score, n)
                for passage, score, n in pool
            ]
        topic_terms = [*topic, *bridged]
        if closeness is not None:
            if not speakers and self.settings.semantic_depth:
                pool = self._with_closest(pool, closeness, seen)
            plain = self._fused(pool, closeness)
            # a quotation read with the place the paragraph before names (`_in_context`)
            in_context = self._in_context(pool, words) if refine and words is not None else {}
            if refine and (carried or refining is not None or in_context):
                refined = self._fused(pool, refining or closeness, carried, in_context)
            else:
                refined = plain
            if kind is not None and self.settings.answer_type_bonus:
                # and again after fusion, so that it reaches the passages found by meaning
                # alone, which have no BM25 score to multiply ("how much is the US paying")
                held = {p for p in plain if holds(p)}
                plain = {p: v * bonus if p in held else v for p, v in plain.items()}
                refined = {p: v * bonus if p in held else v for p, v in refined.items()}
        else:
            plain = {passage: score for passage, score, _ in pool}
            refined = {p: v + carried.get(p, 0.0) for p, v in plain.items()}
        if (
            speakers
            and self.settings.answer_type_bonus
            and not expected.reason
            and not expected.yes_no
        ):
            # "what did X say" asks for X's words: a passage quoting them directly holds the
            # kind of answer asked, as a number does for "how many" (on the fused score: a
            # quotation carrying on from the paragraph that names its speaker and subject is
            # the least close in meaning of their passages); one only reporting them does not
            # ("Bukele said it would be “preposterous” to return Garcia" before his own "I
            # don't have the power to return him", the passage after it). Not "why does X say
            # ...": a reason is as much where the story reports X's words ("X warned that ...")
            quoting = self._quoting_directly([passage for passage, _, _ in pool], speakers)
            if quoting:
                same = refined is plain
                plain = {p: v * bonus if p in quoting else v for p, v in plain.items()}
                refined = (
                    plain
                    if same
                    else {p: v * bonus if p in quoting else v for p, v in refined.items()}
                )
        if expected.writers_view and self.settings.writers_view_bonus:
            # "how does the article judge their attitude" asks the story's own view: a
            # passage in the writer's words alone ("Those concerns don't seem to be top of
            # mind for the Trump administration") holds the kind of answer asked, one giving
            # someone's words ("X warned that reports of abuses ...") does not
            own = self.snapshot.quotes.quoting_no_one([passage for passage, _, _ in pool])
            if own:
                times = 1.0 + self.settings.writers_view_bonus
                same = refined is plain
                plain = {p: v * times if p in own else v for p, v in plain.items()}
                refined = (
                    plain if same else {p: v * times if p in own else v for p, v in refined.items()}
                )
        ordered = functools.partial(
            self._ordered,
            pool,
            limit=limit,
            expected=expected,
            topic=topic_terms,
            forms=forms,
            telling=telling,
            behind=behind,
        )
        unrefined = ordered(plain, tie_break=False)
        # On a tie, the words: the lone passage sharing the question's words (its BM25 scaled
        # to 1, its closeness the pool's lowest, 0) ties exactly with the closest passage in
        # meaning that shares none (0 and 1), and story order decided.
        if not refine or (
            not _asks_what(expected)
            and refined is plain
            and len(set(refined.values())) == len(refined)
            and not expected.names_of
            and not behind
        ):
            return Ranked(unrefined, unrefined)
        return Ranked(ordered(refined, tie_break=True, refined=True), unrefined)

    def _ordered(
        self,
        pool: Sequence[tuple[int, float, int]],
        ranking: dict[int, float],
        *,
        limit: int,
        expected: ExpectedAnswer,
        topic: Sequence[str],
        tie_break: bool,
        refined: bool = False,
        forms: Mapping[str, tuple[str, ...]] | None = None,
        telling: Sequence[str] = (),
        behind: frozenset[int] = frozenset(),
    ) -> list[Candidate]:
        """The `limit` best of `pool` by `ranking`, then more of the speaker's quotes, then (with
        `tie_break`) the words' score, then story order; among passages equally on topic,
        those holding the kind of answer asked for first, and (in the `refined` order, the one
        shown) those naming a thing of the kind whose names are asked ("which gangs")."""
        if tie_break:
            ordered = sorted(pool, key=lambda c: (-ranking[c[0]], -c[2], -c[1], c[0]))
        else:
            ordered = sorted(pool, key=lambda c: (-ranking[c[0]], -c[2], c[0]))
        if behind:
            # after the others in the order shown; left out of the one the confidence model
            # reads, as it was fitted on (a question held high lost it: "did trump or bukele
            # talk about crime", his "criminals" third)
            ordered = [c for c in ordered if c[0] not in behind] + [
                c for c in ordered if c[0] in behind and refined
            ]
        kind = expected.kind
        if kind is not None and kind is not AnswerKind.PERSON:
            ordered = self._first_among_equals(
                ordered, topic, lambda p: self._holds_for_order(expected, p, topic), forms
            )
        if refined and _asks_what(expected):
            ordered = self._holding_every_word_first(ordered, [*topic, *telling])
        if refined and expected.names_of:
            # not by the topic's other forms: measured, that put a passage holding one more
            # topic word in another form ("deported" gang members) above the one naming the
            # gangs asked (quality-history, "Seventeenth session: 9forms")
            names = functools.partial(self._names_a_thing_of, kinds=expected.names_of, topic=topic)
            ordered = self._first_among_equals(ordered, topic, names)
            ordered = self._naming_before_kindless(ordered, expected, names)
        return [
            Candidate(passage, score, n, ranking[passage]) for passage, score, n in ordered[:limit]
        ]

    def _behind(
        self,
        pool: Sequence[tuple[int, float, int]],
        own_words: Sequence[str],
        other_forms: Sequence[str],
    ) -> frozenset[int]:
        """Those of `pool` holding none of the question's `own_words` but one of their
        `other_forms`, put after those holding one when some do: the other form widens what is
        on the topic, not what answers first ("what did Trump say about crime": his "you want
        to stop crime" before his "these horrible criminals")."""
        index = self.snapshot.index
        passages = np.array([passage for passage, _, _ in pool], dtype=np.int64)
        holding = index.holding_any(passages, own_words)
        if not holding.any():
            return frozenset()
        return frozenset(passages[~holding & index.holding_any(passages, other_forms)].tolist())

    def _quoting_directly(self, passages: Sequence[int], speakers: Sequence[Person]) -> set[int]:
        """Those of `passages` holding a direct quotation of one of `speakers`: their own
        words in full, not a fragment inside reported speech nor the speech reported."""
        numbers = self._quoting_passages(speakers).speakers  # worked out once per group
        return self.snapshot.quotes.quoting_directly(passages, numbers)

    def _carried_over(
        self, pool: Sequence[tuple[int, float, int]], query: Sequence[str], bridged: Sequence[str]
    ) -> dict[int, float]:
        """For each passage of `pool` that carries on from the one before (it opens with a
        quotation or a word pointing back: `passage_terms.continues_previous`), the BM25 score
        of the question's words it lacks and that passage holds, at `context_weight`: such a
        paragraph does not repeat what it is about ("Those concerns don't seem to be top of
        mind for the Trump administration" after "reports of human rights abuses"; a
        quotation after the paragraph naming its speaker and subject)."""
        weight = self.settings.context_weight
        if not weight or not pool:
            return {}
        index = self.snapshot.index
        # Not the words most passages use ("president" in a story about presidents): they tell
        # nothing of what a paragraph carries on about.
        asked = self._telling_terms(query)
        reached = [t for t in self._telling_terms(bridged) if t not in asked]
        if not asked and not reached:
            return {}
        carried: dict[int, float] = {}
        bridge_weight = self.settings.bridge_weight
        passages = np.fromiter((passage for passage, _, _ in pool), np.int64, count=len(pool))
        # which continue, read from the build's flags at once (a look-up each was most of this)
        for passage in passages[self._continuing[passages]].tolist():
            bonus = 0.0
            for words, share in ((asked, weight), (reached, weight * bridge_weight)):
                for term in words:
                    if not index.contains(passage, term):
                        bonus += share * index.contribution(passage - 1, term)
            if bonus:
                carried[passage] = bonus
        return carried

    def _on_topic(
        self, topic: Sequence[str], bridged: Sequence[str], sure: frozenset[str]
    ) -> list[str]:
        """The telling words a candidate must hold one of (`_best_on_topic`): the topic's and
        its bridges'. When the story uses none of the topic's own telling words, a bridge is
        all that picks the passages, and only a word of the question word's own family
        (`sure`) may: a synonym may be of a sense the question does not mean, and then only the
        passages holding that sense would be kept ("is it cheaper to house prisoners there":
        "cheap" -> "flashy" kept one passage, on a "flashy new library")."""
        telling = self._telling_terms([*topic, *bridged])
        index = self.snapshot.index
        if any(index.passage_frequency(t) for t in self._telling_terms(topic)):
            return telling
        return [t for t in telling if t in sure]

    def _first_among_equals(
        self,
        pool: list[tuple[int, float, int]],
        topic: Sequence[str],
        holds: Callable[[int], bool],
        forms: Mapping[str, tuple[str, ...]] | None = None,
    ) -> list[tuple[int, float, int]]:
        """`pool` (ranked) with, among passages holding the same of the question's `topic`
        terms, those `holds` is true of first: those holding the kind of answer asked for, or
        naming a thing of the kind whose names are asked. Passages equally on topic differ only
        in closeness in meaning and length, which say little about where an age, a date or a
        count stands ("how old is Bukele" in a story all about Bukele: every passage holds the
        name, and the one holding his age is not the closest in meaning), or which one names
        the gangs asked for. Each group keeps the places it had in the ranking, so passages
        more or less on topic stay where they were. (`_ordered` does not ask it for "who":
        most passages name someone, so naming someone is no evidence of the answer.) A passage
        holds a topic word in one of its other `forms` too ("how many deportees ... in that
        prison": "locked up more than 250 in a notorious prison" of people "deported" is as
        much on topic as "send deportees to El Salvador's maximum-security prison")."""
        index = self.snapshot.index
        forms = forms or {}
        distinct = list(dict.fromkeys(topic))
        groups: dict[frozenset[str], list[int]] = {}
        for at, (passage, _, _) in enumerate(pool):
            held = frozenset(
                t
                for t in distinct
                if index.contains(passage, t)
                or any(index.contains(passage, form) for form in forms.get(t, ()))
            )
            groups.setdefault(held, []).append(at)
        reordered = list(pool)
        for places in groups.values():
            members = [pool[at] for at in places]
            members.sort(key=lambda c: not holds(c[0]))
            for at, member in zip(places, members, strict=True):
                reordered[at] = member
        return reordered

    def _holding_every_word_first(
        self, pool: list[tuple[int, float, int]], topic: Sequence[str]
    ) -> list[tuple[int, float, int]]:
        """`pool` (ranked) with the second passage put first when it alone of the two holds
        every telling word of the question (its own and its bridges': "what did trump post
        before the visit", "post", "visit" and "ahead") and the best BM25 score of them all,
        and the first lacks one: closeness in meaning, min-max scaled over a few candidates,
        turns a small difference in cosine (0.41 against 0.32) into half the ranking score,
        and the passage near in meaning to the whole question ("Bukele has met members of
        Trump's inner circle ... ahead of his visit") kept the one answering it ("Ahead of the
        visit, Trump posted a hype video") second."""
        telling = self._telling_terms(topic)
        if len(telling) < 2 or len(pool) < 2:
            return pool
        index = self.snapshot.index

        def holds_every(passage: int) -> bool:
            return all(index.contains(passage, t) for t in telling)

        (first, _, _), (second, score, _) = pool[0], pool[1]
        if holds_every(first) or not holds_every(second):
            return pool
        if score < max(s for _, s, _ in pool):
            return pool
        return [pool[1], pool[0], *pool[2:]]

    def _naming_before_kindless(
        self,
        pool: list[tuple[int, float, int]],
        expected: ExpectedAnswer,
        names: Callable[[int], bool],
    ) -> list[tuple[int, float, int]]:
        """`pool` (ranked) with each passage naming a thing of the `kinds` whose names are
        asked ("which gangs": "Tren de Aragua and MS-13 gang members") put before the
        passages above it that hold no word of the kind at all: those cannot tell which one,
        however many of the question's other words they hold ("which gangs are the people
        being sent to the prison in" of "the ability to send deportees to El Salvador’s
        maximum-security prison sends a very strong message to people ..."); the second
        naming them too (Leavitt's "supermax prison for Tren de Aragua and MS-13 gang members"
        after the hype video's, before "to send deportees"). Not a passage naming none of the
        people the question names: "which state did Gaetz represent" asks his, which "former
        Florida Rep. Matt Gaetz" tells without the word, not the "United States" of a passage
        on someone else."""
        index = self.snapshot.index
        kinds = expected.names_of
        naming = [
            passage
            for passage, _, _ in pool
            if names(passage)
            and not (expected.named and expected.named.isdisjoint(self._people_in(passage)))
        ]
        for passage in naming:
            at = next(at for at, c in enumerate(pool) if c[0] == passage)
            first_kindless = next(
                (
                    above
                    for above, (other, _, _) in enumerate(pool[:at])
                    if other not in naming
                    and not any(index.contains(other, kind) for kind in kinds)
                ),
                None,
            )
            if first_kindless is not None:
                pool = [*pool[:first_kindless], pool[at], *pool[first_kindless:at], *pool[at + 1 :]]
        return pool

    def _best_on_topic(
        self,
        found: _Found,
        telling: Sequence[str],
        seen: set[int],
        depth: int,
        holding: npt.NDArray[np.bool_] | None = None,
        *,
        named: frozenset[str] = frozenset(),
    ) -> list[tuple[int, float, int]]:
        """The `depth` best of `found` not in `seen` as (passage, score, speaker's quotes):
        best score first, then more quotes by the speaker, then story order. Only those
        holding a `telling` topic term when any does: passages that share no topic word with
        the question are not answers to it (`holding`: which of `found` do, when known). In
        arrays: a speaker has thousands of passages."""
        passages, scores, quotes = found
        if seen:
            unseen = ~np.isin(passages, list(seen))
            passages, scores, quotes = passages[unseen], scores[unseen], quotes[unseen]
            holding = holding[unseen] if holding is not None else None
        if holding is not None and holding.any():
            # a speaker's quotation carrying on from the paragraph that names its subject
            holding = holding | self._carrying_on_about(passages, telling)
        mentions = (
            holding if holding is not None else self.snapshot.index.holding_any(passages, telling)
        )
        if named and mentions.any():
            # the words of someone the question names, carrying on from the paragraph on the
            # topic ("why won't Bukele send Abrego Garcia back": his "“How can I smuggle a
            # terrorist ...?”" after "Bukele said it would be preposterous to return Garcia")
            carrying = self._carrying_on_about(passages, telling) & ~mentions
            for at in np.flatnonzero(carrying).tolist():
                quoted = self.snapshot.quotes.speakers_of_passage(int(passages[at]))
                carrying[at] = not named.isdisjoint(quoted)
            mentions = mentions | carrying
        if mentions.any():
            passages, scores, quotes = passages[mentions], scores[mentions], quotes[mentions]
        if len(scores) > _SORTED_MOST and len(scores) > 2 * depth:
            # Only those scoring at least the depth-th best score can be among the first
            # depth (each passage once: the order is total): they alone are sorted, not a
            # speaker's every passage (14,000 at 1,000,000 passages: 0.5 ms sorted by three keys)
            floor = np.partition(scores, len(scores) - depth)[len(scores) - depth]
            kept = np.flatnonzero(scores >= floor)
            passages, scores, quotes = passages[kept], scores[kept], quotes[kept]
        order = np.lexsort((passages, -quotes, -scores))[:depth]
        return list(
            zip(
                passages[order].tolist(),
                scores[order].tolist(),
                quotes[order].tolist(),
                strict=True,
            )
        )

    def _carrying_on_about(
        self, passages: npt.NDArray[np.int64], telling: Sequence[str]
    ) -> npt.NDArray[np.bool_]:
        """Which of `passages` carry on from a passage holding a `telling` term: a quotation
        after the paragraph naming its speaker and subject ("“How can I smuggle a terrorist
        ...?” Bukele said" after "Bukele said it would be preposterous to return Garcia") is
        about what that one is about, without its words."""
        carrying = self._continuing[passages]
        if carrying.any():
            carrying[carrying] = self.snapshot.index.holding_any(passages[carrying] - 1, telling)
        return carrying

    def _speakers_passages(
        self,
        query: Sequence[str],
        bridged: Sequence[str],
        speakers: Sequence[Person],
        terms_at: _TermsAt,
    ) -> _Found:
        """The passages quoting `speakers`, each with its BM25 score (its bridged terms' added)
        and how many of their quotes it holds. Scored where they stand, not by scoring every
        passage holding a query word ("say" is in most of a large corpus's passages), from
        the look-ups `terms_at` keeps of them."""
        theirs = self._quoting_passages(speakers)
        scores = terms_at.scores(query)
        if bridged:
            extra = terms_at.scores(list(dict.fromkeys(bridged)))
            # a passage holding no bridged term gains 0.0, which leaves its score as it was
            scores = scores + extra * self.settings.bridge_weight
        return _Found(theirs.numbered, scores, theirs.quotes)

    def _light_terms(
        self, query: Sequence[str], adverbs: Mapping[str, tuple[str, ...]]
    ) -> list[str]:
        """The query's terms that weigh `adverb_weight` of a word: its adverbs not made from
        an adjective ("still", "so far", "back then"), which say when or how far, not what
        about. A rare one in the corpus weighed as much as the topic and found a passage using
        it otherwise ("is el salvador still a dangerous place": ¶10's "Still, while calling
        the meeting ..."). None when they are all the query has."""
        if self.settings.adverb_weight >= 1.0 or not adverbs:
            return []
        light = [t for t in query if t in adverbs]
        return light if len(light) < len(query) else []

    def _light_scores(self, light: Sequence[str]) -> dict[int, float]:
        """The BM25 scores of the `light` terms at `adverb_weight`."""
        if not light:
            return {}
        passages, scores = self.snapshot.index.sparse_scores(light)
        weight = self.settings.adverb_weight
        return {
            passage: score * weight
            for passage, score in zip(passages.tolist(), scores.tolist(), strict=True)
        }

    def _adverbs_weighed(
        self,
        pool: list[tuple[int, float, int]],
        light: Sequence[str],
        adverbs: Mapping[str, tuple[str, ...]],
    ) -> list[tuple[int, float, int]]:
        """`pool` with each passage that holds a light term in one of the question's phrases
        of it ("so far" of "how many has bukele locked up so far": ¶12's "having so far locked
        up more than 250") given the rest of its weight: there it says what the question
        says. Only the pool's passages are read (at most `rerank_depth`)."""
        index = self.snapshot.index
        rest = 1.0 - self.settings.adverb_weight
        passages = self.snapshot.passages
        weighed = []
        for passage, score, quotes in pool:
            text = None
            for term in light:
                if not index.contains(passage, term):
                    continue
                text = text if text is not None else plain_words(passages[passage].text)
                if any(phrase in text for phrase in adverbs[term]):
                    score += rest * index.contribution(passage, term)
            weighed.append((passage, score, quotes))
        return weighed

    def _bridged_scores(
        self, bridged: Sequence[str], weight: float | None = None
    ) -> dict[int, float]:
        """The BM25 scores of the bridged terms, weighted below the question's own words
        (`weight`, else `bridge_weight`)."""
        if not bridged:
            return {}
        passages, scores = self.snapshot.index.sparse_scores(list(dict.fromkeys(bridged)))
        weight = self.settings.bridge_weight if weight is None else weight
        return {
            passage: score * weight
            for passage, score in zip(passages.tolist(), scores.tolist(), strict=True)
        }

    def _holding_common_words(self, query: Sequence[str]) -> list[tuple[int, float, int]]:
        """The passages holding the query's words when those are so common that BM25 gives
        them no weight ("Trump" in a story about Trump): still closer than nothing, scored by
        how many of the words they hold (a tiny score, so never mistaken for a real match)."""
        index = self.snapshot.index
        distinct = list(dict.fromkeys(query))
        passages, _ = index.sparse_scores(distinct)
        found = [
            (passage, sum(index.contains(passage, t) for t in distinct) * 1e-6, 0)
            for passage in passages.tolist()[: self.settings.rerank_depth * 10]
        ]
        return found


def _forms_of(terms: Sequence[str], family: Mapping[str, tuple[str, ...]]) -> list[str]:
    """The other forms `family` gives of `terms`, in their order."""
    return [form for term in terms for form in family.get(term, ())]


class _TermsAt:
    """The look-ups of terms at a speaker's passages (ascending) during one ranking: their
    scores and which of them hold a topic word come from one look-up of each term (at
    100,000 passages, a speaker's 1,400 against postings of up to 90,000)."""

    def __init__(self, index: BM25Index, group: SpeakersPassages) -> None:
        self._index = index
        self._passages = group.numbered
        # read once for the group, in every question naming it (`BM25Index.passages_at`)
        self._at = group.looked_up(index)
        self._found: dict[str, tuple[npt.NDArray[np.bool_], npt.NDArray[np.float64]]] = {}

    def _of(self, term: str) -> tuple[npt.NDArray[np.bool_], npt.NDArray[np.float64]]:
        found = self._found.get(term)
        if found is None:
            found = self._found[term] = self._index.term_at(term, self._at)
        return found

    def scores(self, query: Sequence[str]) -> npt.NDArray[np.float64]:
        """`BM25Index.scores_of(query, passages)`: the same additions, in query order (a term
        the index lacks adds 0.0 everywhere, which changes no sum started from 0.0)."""
        out = np.zeros(len(self._passages), dtype=np.float64)
        for term in query:
            out += self._of(term)[1]
        return out

    def holding_any(self, terms: Sequence[str]) -> npt.NDArray[np.bool_]:
        """`BM25Index.holding_any(passages, terms)`."""
        found = np.zeros(len(self._passages), dtype=bool)
        for term in dict.fromkeys(terms):
            found |= self._of(term)[0]
        return found


def _asks_what(expected: ExpectedAnswer) -> bool:
    """Whether the question asks what or who (`_holding_every_word_first`): not for a date, an
    amount or another kind of answer, where holding it orders passages (`_first_among_equals`:
    "what year did calder meet aalders" of "in 2015", not the meeting's own "on Sunday"); not why,
    whose words restate what the answer gives the reason for ("the supreme court ruled
    unanimously so why does the administration say ..."), nor whether, which the passage
    closest in meaning answers ("is garcia coming back": "it would be preposterous for him to
    return Garcia" before "the meeting also came as ... the return of Kilmar Abrego Garcia")."""
    return (
        expected.kind in (None, AnswerKind.PERSON) and not expected.reason and not expected.yes_no
    )
