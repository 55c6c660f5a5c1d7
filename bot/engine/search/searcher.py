"""The outcome: a question's parts answered in turn, then passages that answer (confidence
"high"), the closest passages ("low"), or a refusal on evidence of absence."""

from __future__ import annotations

import contextvars
import dataclasses
import datetime as dt
import enum
import functools
import itertools
import operator
import re
from collections.abc import Callable, Collection, Iterator, Sequence
from dataclasses import dataclass
from typing import NamedTuple

import numpy as np

from bot.engine.about_bot import STORIES_LISTED, BotTopic, asked_about_the_bot
from bot.engine.answer import AboutBot, AboutStory, Answer, AnswerPart, RankedPassage
from bot.engine.answer_types import (
    ROLE_TERMS,
    AnswerKind,
    asked_date_part,
    asked_role,
    asks_both_ways,
    asks_ratio,
    asks_size,
    deed_word,
    embedded_kind,
    expected_kind,
    gives_rate,
    gives_size,
    kind_spans,
    named_thing,
    names_asked_of,
    offered_then_who,
    rate_asked,
    tells_both_ways,
)
from bot.engine.caches import remember
from bot.engine.chat import (
    NOUNS_OF_SPEECH,
    NUMBER_WORDS,
    asking_sentence,
    first_question,
    names_someone_by_pronoun,
    offered_figure,
    question_after_opening_phrase,
    question_after_statement,
    question_pointing_back,
    restated_after_comma,
    roles_typed_in_spanish,
)
from bot.engine.confidence import Signals, probability
from bot.engine.descriptions import description_words
from bot.engine.first_names import PRONOUN_GENDER, Gender, first_name_gender
from bot.engine.lexicon import Source, WordNet, lemma_of, shared_wordnet
from bot.engine.mentions import Found
from bot.engine.models import ParagraphRole, Passage, Person, QuoteKind, SpeakerKind
from bot.engine.nearest import Closeness
from bot.engine.occupations import is_person_noun
from bot.engine.owners import (
    asked_owned_thing,
    held_only_as_others,
    owned_spans,
    owned_terms,
)
from bot.engine.passage_terms import opens_with_quotation
from bot.engine.question import (
    FIRST_PERSON_OWNER,
    LEADING_ARTICLE,
    ROLE_QUALIFIERS,
    STATEMENT_OPENING,
    QuestionKind,
    ReadQuestion,
    asks_for_a_reaction,
    asks_what_someone_will_do,
    in_leader_words,
    names_a_role,
    names_a_role_held,
    occupation_asked,
    owners_apostrophe_restored,
    people_described,
    people_of_a_kind,
    reacted_to,
    read_question,
    role_in_story_words,
    said_in_reaction_to,
    set_aside,
    speaker_named_by,
    speaker_words_asked,
    unambiguous_synonyms,
    with_words_for_pronoun,
    words_addressed,
    words_asked_after,
    words_asked_of,
    words_before_a_speech_noun,
    words_in_order_asked,
)
from bot.engine.reasons import (
    asks_about_oddity,
    asks_how_it_came_about,
    asks_reason,
    asks_timing,
    asks_why_not,
    coinciding_sentences,
    conceded_oddities,
    framed_for,
    gain_asked_of,
    gives_reason,
    reason_asked_of,
    sentences_over_time,
    states_only_the_matter,
)
from bot.engine.role_owners import POSSESSIVE_OWNER, STORY_COMMON_WORD
from bot.engine.search.base import PASSAGE_CACHE_SIZE, Candidate, ExpectedAnswer
from bot.engine.search.candidates import Ranked
from bot.engine.search.reading import (
    ASKS_FOR_MORE,
    ASKS_THE_WHOLE,
    ASKS_WHO_ELSE_SAID,
    ELLIPTICAL,
    ENTOURAGE_AFTER,
    ENTOURAGE_BEFORE,
    LAW_KEEPERS,
    MOST_WORDS_WITH_IT,
    POLICE_NOUNS,
    STANDS_FOR_THE_TOPIC,
    UnknownWord,
    add_bridge,
    adverb_phrases,
    checked_question,
    elliptical_speaker,
    meant_words,
    offers_people,
    question_parts,
    supplies_its_own_topic,
    within,
)
from bot.engine.search.render import Rendering
from bot.engine.search.settings import FollowUp
from bot.engine.search.signals import Topical, bridged_forms
from bot.engine.story_facts import (
    StoryFact,
    asked_facts,
    asks_the_writers_view,
    names_the_newest,
    story_named_apart,
    story_named_words,
)
from bot.engine.text import (
    TermSpan,
    iter_words,
    match_key,
    may_hold_word,
    stem,
    term_of,
    term_spans,
    terms,
    tokens,
)
from bot.engine.trusted import trusted
from bot.engine.word_classes import WordClass, WordClasses
from bot.engine.words import (
    ASKING_VERBS,
    BODY_NOUNS,
    ENTOURAGE_NOUNS,
    FUNCTION_WORDS,
    GROUP_NOUNS,
    JUDGING_VERBS,
    KIN_NOUNS,
    LABEL_VERBS,
    NOUN_MARKERS,
    ORG_WORDS,
    PREPOSITIONS,
    ROLE_HEADS,
    SOMEONE_NOUNS,
    SPEECH_VERBS,
    STOP_WORDS,
    all_lemmas,
    is_english_word,
)
from bot.errors import QuestionError

# The WordNet relation a word's other forms are read by (`Searcher._known_word_forms`)
_FAMILY = (Source.FAMILY,)
# a person's name and aliases, read in C (`_maybe_named_by`: a surname hundreds share)
_NAME = operator.attrgetter("name")
_ALIASES = operator.attrgetter("aliases")
_JUDGING_STEMS = frozenset(term for verb in JUDGING_VERBS for term in terms(verb))
# Speaking to someone: "you", "your", "you're" in a quotation
_SECOND_PERSON = re.compile(r"\b(?:you|your|yours|yourself|yourselves|y['’]all)\b", re.IGNORECASE)
# How many passages after an event's a reaction to it is looked for in (a quotation of
# someone else's, a headline set in the story between them)
_REACTION_REACH = 3
# How far down the ranking a why-question's passage relaying the one asked of is read for
# their reason in the passage carrying on from it (`_reason_carried_on`)
_REASON_CARRIED_REACH = 3
# A name as an owner: "Trump's second term" tells of no doing of his
_POSSESSIVE = ("'s", "’s", "'", "’")
# An owner's ending ("country's president"), left off a word looked up in WordNet
_OWNER = re.compile(r"['’]s?$")
# The course a why-question sets its deed against: "instead of (just) keeping them here",
# "rather than keep them" (its verb; `Searcher._other_course`)
_OTHER_COURSE = re.compile(
    r"\b(?:instead\s+of|rather\s+than)\s+(?:(?:just|simply|merely|only|even)\s+)?"
    r"(?P<verb>[a-z]+)\b",
    re.IGNORECASE,
)
# A why-question's subject that points at whoever it means ("why won't he"; `_reason_asked_of`)
_SUBJECT_PRONOUNS = frozenset("he she they it i you we u his her their its".split())
# Nothing but an article before a role: "the mayor", "mayor"
_AN_ARTICLE = re.compile(r"\s*(?:(?:the|a|an)\s+)?", re.IGNORECASE)
_SPEECH_STEMS = frozenset(term for verb in SPEECH_VERBS | LABEL_VERBS for term in terms(verb))
# ... and of the verbs a question asks for someone's words or view with ("reckon", "believe",
# "argue"): "why does the professor reckon the deal works" asks the reason of the view
_ASKING_STEMS = _SPEECH_STEMS | frozenset(term for verb in ASKING_VERBS for term in terms(verb))


# A word no English word, of this many letters or more, held in this many passages or fewer,
# may say which story of several a question is about (`Searcher._story_of_its_names`)
_MIN_NAME_LETTERS = 4
_NAME_PASSAGES = 200
# How many candidates a part asked within one story of several is ranked to, before those of
# other stories are left out or put after (`Searcher._within_story`)
_STORY_SCOPE_POOL = 12
# The most words a statement's opening description of someone may take ("the Cornell
# University guy").
_MAX_SUBJECT_WORDS = 5


# The most stories of a role's holders read for words qualifying it
# (`_qualified_by_story_words`): more (a role thousands hold at 100,000 passages, or a holder
# in hundreds of stories) tell nothing sure, and would cost time
_STORIES_READ_FOR_A_ROLE = 12
# The roles the question being answered typed in Spanish (`chat.roles_typed_in_spanish`):
# set by `Searcher.ask` for its call, read where the question is read
_ROLES_TYPED_IN_SPANISH: contextvars.ContextVar[frozenset[str]] = contextvars.ContextVar(
    "roles_typed_in_spanish", default=frozenset()
)
# A common noun owning what follows it in speaker words ("the hospital's boss")
_OWNER_WORD = re.compile(r"(?<![\w'’-])([a-z][a-z-]*)['’]s(?![\w'’-])")
# At most this many people described, and stories of each, read for an owner
_OWNED_READ = 12


class Searcher(Rendering):
    """Answers questions from one index snapshot. Cheap to call. Its only state is bounded
    caches of what each passage yields (words, quotes), which never change within a snapshot."""

    def ask(
        self, question: str, *, top_k: int | None = None, follow_up: FollowUp | None = None
    ) -> Answer:
        """Answer `question` from the story: passages that answer it (confidence "high"), the
        closest passages (confidence "low"), or a refusal with a reason when there is clear
        evidence the story does not answer. Raises QuestionError."""
        # the roles typed in Spanish ("el presidente"), which the text searched has in English
        typed = _ROLES_TYPED_IN_SPANISH.set(roles_typed_in_spanish(question))
        try:
            return self._ask(question, top_k=top_k, follow_up=follow_up)
        finally:
            _ROLES_TYPED_IN_SPANISH.reset(typed)

    def _ask(self, question: str, *, top_k: int | None, follow_up: FollowUp | None) -> Answer:
        """`ask`."""
        cleaned, text = self._cleaned(question)
        # "what are your sources", "how do you know this", "help": what the bot is and reads
        topics = asked_about_the_bot(text)
        if topics:
            return self._about_the_bot(cleaned, topics, follow_up)
        self._check_words(text, follow_up)
        top_k = top_k or self.settings.top_k
        text, said = self._after_statement(text)
        parts = question_parts(text) if follow_up is None else [text]
        # "who wrote this?": the story's header and byline answer, no passage of its text
        # a later part's "it" is what the parts before asked of ("what did the study find, and
        # who did it?"), the story only when they asked of the story ("who wrote this? when
        # was it published?")
        about: list[tuple[tuple[StoryFact, ...], str]] = []
        for part in parts:
            of_it = follow_up is not None or (bool(about) and not any(a for a, _ in about))
            about.append(asked_facts(part, follow_up=of_it))
        facts = tuple(dict.fromkeys(fact for asked, _ in about for fact in asked))
        if facts:
            which = next((named for _, named in about if named), "")
            answer = self._about_story(cleaned, facts, which, follow_up)
            rest = [part for part, (asked, _) in zip(parts, about, strict=True) if not asked]
            return self._with_the_rest(answer, rest, top_k) if rest else answer
        results: list[_PartResult] = []
        for part in parts:
            if results and self._asks_again_of_the_refused(results[0], part):
                results.append(results[0])
                continue
            if results:
                part = self._people_for_pronoun(parts[0], part)
            earlier = self._earlier_part(parts[0], part) if results else said or follow_up
            if not results and said is None and follow_up is not None:
                part, earlier = self._pronoun_of_the_turn_before(part, follow_up)
            # among several stories, the one the part names ("in the stadium story what did
            # the mayor say"), else the one a reply's conversation is about, else the one a
            # name of the part is in alone ("who is the mayor of kessling")
            named = self._story_named(part)
            which = story_named_words(part) if named is not None else ""
            if named is not None:
                # "flood story - what did the mayor say", "in the flood article, what did
                # the mayor say": the mayor's words in that story, its words no topic
                part = story_named_apart(part)
            story = (
                named
                or (follow_up.shown[0][0] if follow_up and follow_up.shown else None)
                or self._story_of_its_names(part)
            )
            # "what did the governor say about the bus cuts": the one story telling of buses,
            # where two quote the governor; an answer of another story is not its answer
            counts = self._own_words_of_stories(part) if story is None else {}
            own = frozenset(counts)
            alone = self._ask_part(part, top_k, earlier) if len(own) == 1 else None
            if alone is not None and alone.candidates and self._story_of(alone) not in own:
                # asked as any part is, and within the story where another's came first
                story, alone = next(iter(own)), None
            if alone is not None:
                result = alone
            elif story is not None and len(self.snapshot.stories) > 1:
                wide = self._ask_part(part, max(top_k, _STORY_SCOPE_POOL), earlier, story=named)
                result = self._within_story(
                    wide, story, top_k, only=named is not None, held=bool(own)
                )
                if named is not None and not result.candidates and result.story == story:
                    result = self._not_quoted_in(part, which, result)
                elif named is not None and not result.high and result.candidates:
                    result = self._rated_within(part, wide, story, top_k, earlier, result)
            else:
                result = self._ask_part(part, top_k, earlier)
            if (
                named is None
                and follow_up is not None
                and follow_up.shown
                and story == follow_up.shown[0][0]
                and result.candidates
                and result.speakers
                and not self._quoted_in_story(story) & {person.id for person in result.speakers}
            ):
                # "what did the mayor say" after the principal's words, of a story quoting no
                # mayor: another story's mayor, said to be so, never the answer
                note = self._not_quoted_note(part, story, result.speakers)
                result = dataclasses.replace(result, high=False, elsewhere=note)
            if (
                result.high
                and result.candidates
                and len(own) > 1
                and counts.get(self._story_of(result), 0)
                <= max(n for sid, n in counts.items() if sid != self._story_of(result))
            ):
                # "what did quill say about the ferry trims": "ferry" one story's alone,
                # "trims" another's; no story tells of both, nor of more of them than the
                # other, so no passage answers the part ("gov quote on school lunch?": "gov"
                # read as "government", another story's word, where two are the lunch story's)
                result = dataclasses.replace(result, high=False)
            if result.high and result.candidates and own and self._story_of(result) not in own:
                # "what did the governor say about the bus cuts and the lunch program" of
                # another story of hers than the two holding those: it tells of neither
                result = dataclasses.replace(result, high=False)
            if not result.high and result.candidates and named is None:
                result = self._checked_and_vouched(part, result, top_k, earlier)
            if len(parts) > 1 and result.person and not result.candidates:
                result = dataclasses.replace(result, typed=self._names_someone_itself(part))
            results.append(result)
        asked: list[str | None] = [_JOINED_ON.sub("", part) for part in parts]
        if len(results) > 1 and len(self.snapshot.stories) == 1:
            whole = self._answered_whole(text, parts, results, top_k, said or follow_up)
            if whole is not results:
                results, asked = whole, [None, *asked]  # the message asked whole, no part
        return self._combined(cleaned, results, top_k, asked)

    def _answered_whole(
        self,
        text: str,
        typed_parts: Sequence[str],
        results: list[_PartResult],
        top_k: int,
        earlier: FollowUp | None,
    ) -> list[_PartResult]:
        """The parts of a message with one passage answering them all first, when some part is
        held low: the message asked as one question is answered high by a passage that is the
        first of a part rated high and among the passages found for every other part ("how
        many were arrested & how many convicted": the one passage giving both figures, where
        the first figure asked alone finds another first). That passage vouches for each
        part, so each is rated high; else `results` as they are."""
        answered = [r for r in results if r.candidates]
        if len(answered) < 2 or all(r.high for r in answered):
            return results
        whole = self._ask_part(text, top_k, earlier)
        if not whole.high or not whole.candidates or whole.rated != whole.candidates[0].passage:
            return results
        shared = whole.candidates[0].passage
        if not any(r.high and r.candidates[0].passage == shared for r in answered):
            return results
        if not all(any(c.passage == shared for c in r.candidates) for r in answered):
            return results
        held = set(terms(self.snapshot.passages[shared].text))
        for part, result in zip(typed_parts, results, strict=True):
            if result.high or not result.candidates:
                continue
            if not terms(part) or self._names_a_thing_untold(part):
                # "what was it?", no topic of its own to tell which passage answers it; "...
                # and is the hospital far?" of a story naming none
                return results
            own = set(terms(part)) & set(
                terms(self.snapshot.passages[result.candidates[0].passage].text)
            )
            if own - held:
                # "how many runners? what's the figure for the volunteers": the part's own
                # passage tells of a thing it asks that the shared one never names
                return results
        return [whole, *(dataclasses.replace(r, high=True) if r.candidates else r for r in results)]

    def _names_a_thing_untold(self, words: str) -> bool:
        """Whether `words` name a thing after an article or a possessive whose words the story
        never uses ("the hospital", "an end date")."""
        index = self.snapshot.index
        return any(
            index.passage_frequency(term) == 0
            for thing in _A_THING_NAMED.finditer(words)
            for term in terms(thing.group("words"))
        )

    def _checked_and_vouched(
        self, part: str, result: _PartResult, top_k: int, earlier: FollowUp | None
    ) -> _PartResult:
        """`result` rated high when `part` is a question and a check of its answer ("when did
        the curfew begin? is it still on", read as one) and the question, asked alone, is
        answered high by the passage the whole part finds first: the check asks of that
        passage, as a later part asks of the one a part before it vouched for
        (`_every_part_answered`). The two read as one are rated as the longer question they
        seem, held low where each alone is answered high."""
        first = checked_question(part)
        if first is None or result.rated != result.candidates[0].passage:
            return result
        if self._names_a_thing_untold(part[len(first) :]):
            # "... is it near the hospital", "is there an end date" of a story naming no
            # hospital, no date: the check asks of a thing beyond the passage
            return result
        alone = self._ask_part(first, top_k, earlier)
        if alone.high and alone.candidates[0].passage == result.candidates[0].passage:
            return dataclasses.replace(result, high=True)
        return result

    def _story_named(self, part: str) -> str | None:
        """The story of several that `part` names by words and a story noun ("in the stadium
        story", "the bus article"), of those with passages holding every word: the one whose
        title holds them too, else the one with the most such passages; None when no such
        words are typed, or no one story has them."""
        if len(self.snapshot.stories) < 2:
            return None
        if names_the_newest(part):
            return self._newest_story()
        which = story_named_words(part)
        asked = list(dict.fromkeys(terms(which)))
        if not asked:
            return None
        index = self.snapshot.index
        holding = index.holding(asked[:1])
        for term in asked[1:]:
            holding = np.intersect1d(holding, index.holding([term]), assume_unique=True)
        held: dict[str, int] = {}
        for number in holding:
            sid = self.snapshot.passages[int(number)].story_id
            held[sid] = held.get(sid, 0) + 1
        if not held:
            return None
        stories = self.snapshot.stories
        titled = [sid for sid in held if set(asked) <= set(terms(stories.meta(sid).title or ""))]
        if len(titled) == 1:
            return titled[0]
        most = max(held[sid] for sid in titled or held)
        best = [sid for sid in titled or held if held[sid] == most]
        return best[0] if len(best) == 1 else None

    def _story_of_its_names(self, part: str) -> str | None:
        """The one story of several whose passages hold the words of `part` that are no
        English word ("who is the mayor of kessling": the story telling of Kessling), when
        every such word the corpus holds is held by that story alone; else None."""
        if len(self.snapshot.stories) < 2:
            return None
        index = self.snapshot.index
        found: set[str] = set()
        for word in _LETTERS.findall(part):
            if len(word) < _MIN_NAME_LETTERS or is_english_word(word):
                continue
            for term in terms(word):
                if not 0 < index.passage_frequency(term) <= _NAME_PASSAGES:
                    continue
                passages = self.snapshot.passages
                found.update(passages[int(n)].story_id for n in index.holding([term]))
                if len(found) > 1:
                    return None
        return next(iter(found)) if found else None

    def _story_of(self, result: _PartResult) -> str:
        """The story of `result`'s first passage."""
        return self.snapshot.passages[result.candidates[0].passage].story_id

    def _stories_of_its_words(self, part: str) -> frozenset[str]:
        """The stories of several whose passages alone hold a word `part` asks of, other than
        those naming whom it asks ("what did the governor say about the bus cuts": only the
        transit story tells of buses, where two stories quote the governor and both tell of
        cuts; a word held by several stories says nothing of which). Of words held in
        `_NAME_PASSAGES` passages or fewer: one many passages hold is no story's own."""
        return frozenset(self._own_words_of_stories(part))

    def _own_words_of_stories(self, part: str) -> dict[str, int]:
        """`_stories_of_its_words`, each with how many of the words of `part` it alone holds."""
        if len(self.snapshot.stories) < 2:
            return {}
        index = self.snapshot.index
        passages = self.snapshot.passages
        found: list[tuple[int, str]] = []  # where each such word starts, and its story
        for word in _LETTERS.finditer(part):
            if word.group().lower() in STOP_WORDS:
                continue
            for term in terms(word.group()):
                if not 0 < index.passage_frequency(term) <= _NAME_PASSAGES:
                    continue
                held = {passages[int(n)].story_id for n in index.holding([term])}
                if len(held) == 1:
                    found.append((word.start(), held.pop()))
        if not found:
            return {}  # the question read only where a word may say which story
        read = read_question(part, self._mentions)
        start, end = read.speaker_span or (0, 0)
        verb_start, verb_end = read.verb_span or (0, 0)
        wordnet = self._wordnet
        counts: dict[str, int] = {}
        for at, story in dict(found).items():
            if start <= at < end or verb_start <= at < verb_end:
                continue  # whom it asks, and the verb asking ("what warning did garcia give")
            typed = _LETTERS.match(part, at)
            after = _LETTERS.search(part, typed.end()) if typed else None
            if (
                typed
                and wordnet is not None
                and wordnet.first_names_what_is_told(typed.group())
                and not (
                    after is not None
                    and not part[typed.end() : after.start()].strip()
                    and after.group().lower() not in STOP_WORDS
                    and wordnet.is_noun(after.group())
                )
            ):
                # "what concern did the renter mention": what is said, in its own words, by
                # whoever is asked; a story using the word is not telling of what is asked
                # (but "the reading club": a noun before a noun names a kind of thing)
                continue
            counts[story] = counts.get(story, 0) + 1
        return counts

    def _newest_story(self) -> str | None:
        """The story of the latest date of publication in the headers; None when two share
        it, or no header has one."""
        stories = self.snapshot.stories
        dated = [
            (meta.published, sid) for sid in stories.ids() if (meta := stories.meta(sid)).published
        ]
        if not dated:
            return None
        latest = max(date for date, _ in dated)
        newest = [sid for date, sid in dated if date == latest]
        return newest[0] if len(newest) == 1 else None

    def _within_story(
        self, result: _PartResult, story: str, top_k: int, *, only: bool, held: bool = False
    ) -> _PartResult:
        """`result` (ranked past `top_k`) with the candidates of `story` first, in their order:
        of those, where it asks for someone's words, the ones quoting them. `only`: the part
        names the story, and the others are left out; else (the story a reply's conversation
        is about) they follow. High only when the first candidate stays first; unchanged
        (but cut to `top_k`) when no candidate is of the story, and then not high where the
        story alone holds a word the part asks of (`held`): the others' never tell of it."""
        if not result.candidates:
            return result
        ids = {person.id for person in result.speakers}

        def fits(candidate: Candidate) -> bool:
            if self.snapshot.passages[candidate.passage].story_id != story:
                return False
            return not ids or any(q.speaker_id in ids for q in self._quotes_of(candidate.passage))

        inside = [c for c in result.candidates if fits(c)]
        if not inside and only and ids:
            # "in the elephant story, what did the director say about money": their words in
            # the story named, in its order, though none is on the topic (low)
            inside = [
                Candidate(n, result.candidates[0].bm25, 1)
                for n in self._story_passage_numbers(story)
                if any(q.speaker_id in ids for q in self._quotes_of(n))
            ]
        if not inside and only and ids:
            # "in the lunch story what did the mayor say", of a story quoting no mayor: said
            # so (`_not_quoted_in`), not another story's mayor shown as if the one asked of
            return dataclasses.replace(result, candidates=(), high=False, story=story)
        if not inside:
            kept = result.candidates[:top_k]
            high = result.high and not only and not held
            return dataclasses.replace(result, candidates=kept, high=high)
        rest = [] if only else [c for c in result.candidates if c not in inside]
        ordered = tuple([*inside, *rest][:top_k])
        same = ordered[0].passage == result.candidates[0].passage
        return dataclasses.replace(result, candidates=ordered, high=result.high and same)

    def _rated_within(
        self,
        part: str,
        wide: _PartResult,
        story: str,
        top_k: int,
        follow_up: FollowUp | None,
        result: _PartResult,
    ) -> _PartResult:
        """`result`, the part's answer within the story it names, rated as the ranking's
        first passage where the ranking put another story's first ("in the stadium story what
        did the mayor say", the same mayor's flood passage first): the part asked again
        without the other stories' passages ranked above the story's first, so that its
        first is rated as its own answer. `result` as it was where another story's passage
        comes first all the same, or the story's first is another."""
        first = result.candidates[0].passage
        passages = self.snapshot.passages
        above = list(itertools.takewhile(lambda c: c.passage != first, wide.candidates))
        if not above or any(passages[c.passage].story_id == story for c in above):
            return result
        again = self._ask_part(
            part,
            max(top_k, _STORY_SCOPE_POOL),
            follow_up,
            excluded=frozenset(c.passage for c in above),
            story=story,
        )
        if not again.high or not again.candidates or again.candidates[0].passage != first:
            return result
        return self._within_story(again, story, top_k, only=True)

    def _qualified_by_story_words(self, read: ReadQuestion) -> ReadQuestion:
        """`read` with its unknown speaker ("the bus mayor", "the transit chair", "the school
        principal") read as the one person quoted holding the role (its word as the story
        gives it) whose story uses each word qualifying it as a common word (in lower case:
        "bus routes", "the transit board's chair", "every public school student"): whom a
        member names by what their story is about. As it was where no one, or more than one,
        so fits (two mayors in one story, or in two stories both using the word); where a word
        qualifying is only ever written capitalised (a name: "the Boston mayor", "the Mexican
        president"); or where the story writes it before the role ("deputy mayor": another
        role) or before a role of someone else it quotes ("the clinic's chief executive": "the
        clinic president" may be theirs, not the nurses' union president's)."""
        who = read.unknown_speaker
        words = re.findall(r"[^\W\d_]+", who.lower()) if who else []
        if len(words) < 2:
            return read
        head = words[-1]
        qualifiers = [
            w for w in words[:-1] if w not in FUNCTION_WORDS and w not in STOP_WORDS and w != "s"
        ]
        if not qualifiers or any(len(w) < 3 or not is_english_word(w) for w in qualifiers):
            return read
        holders = list(
            {
                person.id: person
                for group in self._mentions.find_groups(head)
                if group.start == 0 and group.end == len(head)
                for person in group.people
                if self._has_quotes(person)
            }.values()
        )
        if not holders or sum(len(p.stories) for p in holders) > _STORIES_READ_FOR_A_ROLE:
            return read
        wanted = {stem(w) for w in qualifiers}
        # a body of people ("the union president") says whose the role is, not what the
        # holder's story is about: the holder's own ("Union President X", "the union's
        # president"), never a president the story's union is merely told beside
        bodies = {stem(w) for w in qualifiers if self._names_a_body(w)}
        fitting = [
            person
            for person in holders
            if self._holds_as_their_own(person, bodies, head)
            and any(self._story_uses(story, wanted, head, person) for story in person.stories)
        ]
        if len(fitting) != 1:
            return read
        return dataclasses.replace(read, speakers=(fitting[0],), unknown_speaker=None)

    def _of_a_country_speaking_spanish(self, text: str, read: ReadQuestion) -> ReadQuestion:
        """`read` with the people its role typed in Spanish names ("el presidente", read as
        "the president") narrowed to those of a country where Spanish is spoken, where the
        role is several people's and some are ("Salvadoran President Nayib Bukele", not the
        story's own "President Donald Trump", whom its "the president said" makes "the
        president"): a member typing the Spanish for a role names it as said there. As it
        was where none or all are (a story whose one president is Trump: "el presidente" is
        still he)."""
        roles = _ROLES_TYPED_IN_SPANISH.get()
        countries = self._mentions.countries
        if not roles or len(read.speakers) < 2 or read.speaker_span is None or countries is None:
            return read
        who = {stem(w) for w in re.findall(r"[^\W\d_]+", text[slice(*read.speaker_span)].lower())}
        if not any({stem(w) for w in role.split()} <= who for role in roles):
            return read
        spanish = countries.countries.spanish_speaking
        of_spanish = tuple(p for p in read.speakers if countries.of(p) & spanish)
        if not of_spanish or len(of_spanish) == len(read.speakers):
            return read
        return dataclasses.replace(read, speakers=of_spanish)

    def _owned_as_the_story_writes(self, text: str, read: ReadQuestion) -> ReadQuestion:
        """`read` with the speaker its speaker words describe that the story writes with their
        owner, a common noun, right before their role ("the hospital's boss": "The hospital's
        chief executive, Anders Kaye", not Fire Chief Rhona Patel, whom "boss", read as
        "chief", found first). The owner of a role asked says whose it is; where the story
        ties that owner to the role of exactly one of those the words describe, it is theirs.
        As it was otherwise ("the administration's attorney general": no one written so)."""
        if not read.speakers or read.speaker_span is None:
            return read
        who = text[slice(*read.speaker_span)]
        owners = {
            stem(match.group(1).lower())
            for match in _OWNER_WORD.finditer(who)
            if is_english_word(match.group(1).lower())
        }
        if not owners:
            return read
        described = list(
            {
                person.id: person
                for person in (
                    *read.speakers,
                    *self._mentions.descriptions.fitting(description_words(who, ROLE_QUALIFIERS)),
                )
            }.values()
        )
        if len(described) < 2 and in_leader_words(who) != who:
            # "the museum's chief" read as the union's president, a leader the museum owns
            # nowhere: the one a story of theirs writes the museum's ("The museum's director,
            # Lena Park"), one in charge asked of it
            return self._owned_head(read, owners)
        if len(described) < 2 or len(described) > _OWNED_READ:
            return read
        owned = self._written_with_owner(described, owners)
        if len(owned) != 1 or read.speakers == (owned[0],):
            return read
        return dataclasses.replace(read, speakers=(owned[0],))

    def _not_owned_by_another(self, text: str, read: ReadQuestion) -> ReadQuestion:
        """`read` less the speakers whose role their story gives an owner other than the one
        its speaker words give ("the landlord's lawyer", "the landlords lawyer", "the lawyer
        for the landlord" is not "The tenants' lawyer, Sam Reyes"; "Acme's spokesperson" not
        "Zenith's spokeswoman, Ana Ruiz"): the owner of a role asked says whose it is, and a
        holder the story ties to another owner is someone else. Where none is left, the
        speaker words name someone the story does not quote (refused as one unnamed is). As
        it was where the words give no owner, or the story gives a speaker none (the
        administration's attorney general, "Attorney General Pam Bondi", may be hers)."""
        if not read.speakers or read.speaker_span is None:
            return read
        who = text[slice(*read.speaker_span)]
        asked = _owners_asked(who)
        if not asked:
            return read
        kept = tuple(
            person
            for person in read.speakers
            if not _another_owner(asked, _owners_written(person))
            # "the town's lawyer" is not "Corvane's lawyer" of "Corvane Water Systems"
            and self._fits_named_body(asked, person) is not False
        )
        if kept == read.speakers:
            return read
        if kept:
            return dataclasses.replace(read, speakers=kept)
        return dataclasses.replace(read, speakers=(), unknown_speaker=who)

    def _held_for_its_owner(self, read: ReadQuestion) -> ReadQuestion:
        """`read` with its unknown speaker, a role and its owner ("the spokeswoman for
        brightline", "the lawyer for the farmers", "valecrest's spokesman"), read as the one
        person quoted holding the role whom their story writes with that owner next to their
        name ("Nadia Ferris, a spokeswoman for Brightline"; "The farmers' lawyer, Helen
        Okoro"), or, where none is, with a name the owner asked by what it is fits ("the
        chemical company's spokeswoman": "Brightline", of the story's "Brightline Chemicals").
        As it was where no one, or more than one, is."""
        who = read.unknown_speaker or ""
        held = self._held_with_owners(who)
        if held is None:
            return read
        asked, holders = held
        words = {w for w, _ in asked}
        owned = [person for person in holders if words & {w for w, _ in _owners_written(person)}]
        if not owned:
            owned = [person for person in holders if self._fits_named_body(asked, person)]
        if len(owned) != 1:
            return read
        # the holders of the role whose owner is another are no one the words find, and their
        # names no words asked ("brightline's lawyer" is not "The farmers' lawyer, Helen Okoro")
        start, end = read.speaker_span or (0, 0)
        found = tuple(
            group
            for group in read.found
            if not start <= group.start < end or owned[0] in group.people
        )
        return dataclasses.replace(read, speakers=(owned[0],), unknown_speaker=None, found=found)

    def _held_only_by_others(self, who: str) -> bool:
        """Whether the role and owner of the speaker words `who` ("westgate's lawyer") are a
        role the story's quoted people hold, each written with another owner ("The tenants'
        lawyer, Sam Reyes"): someone the story does not quote, though it describes people by
        the role (not searched as a kind of person it may describe in other words)."""
        held = self._held_with_owners(who)
        if held is None:
            return False
        asked, holders = held
        return bool(holders) and all(
            _another_owner(asked, _owners_written(person))
            or self._fits_named_body(asked, person) is False
            for person in holders
        )

    def _holder_of_another_owner(self, text: str, passage: int) -> bool:
        """Whether `text` asks who holds a role of an owner ("who is brightline's lawyer",
        "who's the lawyer for the farmers", "name of the company's spokeswoman") and the
        passage names, of the people quoted holding the role, only those the story writes
        with another owner next to their name ("The farmers' lawyer, Helen Okoro") and not
        the owner's own holder: it tells whose role that is, another's, as it does for the
        words of one asked so (`_not_owned_by_another`). Not where the words give no owner,
        or the story gives no holder of the role an owner."""
        held = self._holders_by_owner(text)
        if held is None:
            return False
        own, others = held
        said = self.snapshot.passages[passage].text
        return any(_names_them(said, p) for p in others) and not any(
            _names_them(said, p) for p in own
        )

    def _role_of_an_owner_held_by_none(self, text: str, passage: int) -> bool:
        """Whether `text` asks who holds a role of an owner (`_role_of_an_owner_asked`: "who is
        the judge's clerk", "who speaks for westgate") that no one quoted holds, and the
        passage holds no word of the role: whom it names holds another ("Judge Maria Ortiz
        ... ruled that Westgate Properties could not evict" names no clerk of hers, and no
        one speaking for Westgate)."""
        who = _role_of_an_owner_asked(text)
        if who is None or self._holders_by_owner(text) != ([], []):
            return False
        held = self._held_with_owners(who)
        if held is None or held[1]:
            return False
        tied = _TIED_OWNER.search(who)
        role = tied.group(0).split()[0] if tied else who.split()[-1] if who.split() else ""
        lower = role.lower()
        if not is_person_noun(lower):
            return False  # "the prison", "the man from maryland": no role of a person
        wordnet = shared_wordnet()
        roles = {
            lower,
            *(unambiguous_synonyms(lower, wordnet) if wordnet else ()),
            *(
                (lower[: -len("person")] + "man", lower[: -len("person")] + "woman")
                if lower.endswith("person") and len(lower) > len("person")
                else ()
            ),
        }
        index = self.snapshot.index
        return not any(index.contains(passage, t) for r in roles for t in terms(r))

    def _owners_holder_first(self, text: str, candidates: list[Candidate]) -> list[Candidate]:
        """`candidates` with, where the first names only another owner's holder of the role
        `text` asks of (`_holder_of_another_owner`), the first naming the owner's own holder
        put first ("who is brightline's lawyer": "Brightline's attorney, Victor Lind")."""
        held = self._holders_by_owner(text)
        if held is None or not held[0] or not candidates:
            return candidates
        if not self._holder_of_another_owner(text, candidates[0].passage):
            return candidates
        own = held[0]
        for at, candidate in enumerate(candidates):
            said = self.snapshot.passages[candidate.passage].text
            if any(_names_them(said, p) for p in own):
                return [candidate, *candidates[:at], *candidates[at + 1 :]]
        return candidates

    def _holders_by_owner(self, text: str) -> tuple[list[Person], list[Person]] | None:
        """Where `text` asks who holds a role of an owner (`_WHO_HOLDS_ROLE`), the people
        quoted holding it whom the story writes with that owner, or as a body of that name
        (`_fits_named_body`), and those it writes with another; None otherwise."""
        who = _role_of_an_owner_asked(text)
        if who is None:
            return None
        held = self._held_with_owners(who)
        if held is None:
            return None
        asked, holders = held
        # a role of several words ("the governor's chief of staff": "The mayor's chief of
        # staff, Greg Pham"), whose last word alone names no one
        tied = _TIED_OWNER.search(who)
        role = (
            _OWNING_BEFORE.split(who)[-1].strip()
            if _OWNING_BEFORE.search(who)
            # "the chief of staff to the governor"
            else re.sub(r"^(?:the|a|an)\s+", "", who[: tied.start()] + tied.group(0).split()[0])
            if tied
            else ""
        )
        holders += [
            person
            for group in self._mentions.find_groups(role)
            if role and " " in role and group.start == 0 and group.end == len(role)
            for person in group.people
            if person not in holders and self._has_quotes(person)
        ]
        words = {w for w, _ in asked}
        own = [p for p in holders if words & {w for w, _ in _owners_written(p)}]
        own += [p for p in holders if p not in own and self._fits_named_body(asked, p)]
        others = [
            p
            for p in holders
            if p not in own
            and (
                _another_owner(asked, _owners_written(p))
                or self._fits_named_body(asked, p) is False
                # where the owner's own holder is written, one written with an owner of no
                # word of it is another's ("Dunmore's attorney" beside "The union's lawyer")
                or (bool(own) and bool(_owners_written(p)))
            )
        ]
        return own, others

    def _held_with_owners(
        self, who: str
    ) -> tuple[frozenset[tuple[str, _Owner]], list[Person]] | None:
        """The owner the speaker words `who` give their role ("the spokeswoman for
        brightline"), and the people quoted holding the role, in its words or the story's
        other words for it ("brightline's lawyer": "Brightline's attorney"; "the
        spokesperson": a spokeswoman or a spokesman); None where the words give no owner, or
        the role is more people's than are read."""
        asked = _owners_asked(who)
        tied = _TIED_OWNER.search(who)
        role = tied.group(0).split()[0] if tied else who.split()[-1] if who.split() else ""
        if not asked or not role.isalpha():
            return None
        wordnet = shared_wordnet()
        lower = role.lower()
        roles = [
            role,
            *(unambiguous_synonyms(lower, wordnet) if wordnet else ()),
            # a role of anyone, as its holder's own ("the spokesperson": a spokeswoman)
            *(
                (lower[: -len("person")] + "man", lower[: -len("person")] + "woman")
                if lower.endswith("person") and len(lower) > len("person")
                else ()
            ),
        ]
        holders = {
            person.id: person
            for word in roles
            for group in self._mentions.find_groups(word)
            if group.start == 0 and group.end == len(word)
            for person in group.people
            if self._has_quotes(person)
        }
        if len(holders) > _OWNED_READ:
            return None
        return asked, list(holders.values())

    def _fits_named_body(self, asked: frozenset[tuple[str, _Owner]], person: Person) -> bool | None:
        """Whether the owner `asked`, common words ("the chemical company", "the utility",
        "the grower", "the town"), is by what it is a body whose name their story writes
        beside `person`'s name as the owner of their role: each word a word of that name at
        its longest in the story, of what the story calls it or describes it as, or a noun
        for a body ("the chemical company" and "the company": "Brightline", of the story's
        "Brightline Chemicals"; "the grower": "Valecrest Farms, the largest grower in the
        county"; not "the town"). None where the words name people or a name, or no body is
        written so ("Governor Ray Munson's spokesman": a person's)."""
        if any(kind not in (_Owner.WORD, _Owner.PERSON) for _, kind in asked):
            return None
        read = set(person.stories[:_OWNED_READ])
        fits = None
        for owner in person.owners:
            if not owner.beside or owner.story_id not in read:
                continue
            written = _owner_stems(f"{owner.words} {owner.named}")
            named = [p for group in self._mentions.find_groups(owner.words) for p in group.people]
            if not any(kind is _Owner.NAME for _, kind in written) or any(
                other.kind is SpeakerKind.PERSON for other in named
            ):
                continue
            # its words, and those the story describes it by ("Valecrest Farms, the largest
            # grower in the county": "the grower")
            described = " ".join(word for body in named for word in (*body.roles, *body.called))
            name = {word for word, _ in written | _owner_stems(described)}
            if all(word in name or word in _BODY_NOUN_STEMS for word, _ in asked):
                return True
            fits = False
        return fits

    def _owned_head(self, read: ReadQuestion, owners: set[str]) -> ReadQuestion:
        """`read`, whose speaker words ask for one in charge of an owner ("the museum's
        chief", "the union's boss"), with the speaker the stories of those it read write with
        that owner before a role of theirs, when exactly one is and those read are not ("The
        museum's director, Lena Park": hers, not the union's president's). As it was
        otherwise."""
        if self._written_with_owner(read.speakers, owners):
            return read
        stories = {story for person in read.speakers for story in person.stories[:_OWNED_READ]}
        quoted = {person_id for story in stories for person_id in self._quoted_in_story(story)}
        people = [self._people[i] for i in sorted(quoted) if i in self._people]
        owned = self._written_with_owner(people[: _OWNED_READ * 4], owners)
        if len(owned) != 1:
            return read
        return dataclasses.replace(read, speakers=(owned[0],))

    def _written_with_owner(self, people: Sequence[Person], owners: set[str]) -> list[Person]:
        """Those of `people` a story of theirs writes with one of `owners` (stems) as the
        owner right before one of their roles, whole ("The hospital's chief executive" is
        Anders Kaye's, his role "chief executive", not Fire Chief Rhona Patel's, whose
        "chief" is but its first word): at each such owner, the one holding the longest role
        written there (`Person.owners`, read when the story was analysed)."""
        read = {story for person in people for story in person.stories[:_OWNED_READ]}
        holding: dict[tuple[str, int], dict[int, list[Person]]] = {}
        for person in people:
            for owner in person.owners:
                if not owner.beside and owner.story_id in read and stem(owner.words) in owners:
                    at = holding.setdefault((owner.story_id, owner.at), {})
                    at.setdefault(owner.held, []).append(person)
        owned: dict[str, Person] = {}
        for place in sorted(holding):
            longest = holding[place]
            if len(best := longest[max(longest)]) == 1:
                owned[best[0].id] = best[0]
        return list(owned.values())

    def _holds_as_their_own(self, holder: Person, bodies: set[str], head: str) -> bool:
        """Whether each body of people in `bodies` (stems) is `holder`'s own: a word of their
        roles ("Union President"), or written right before the role `head` as its owner in a
        story naming them ("the union's president")."""
        if not bodies:
            return True
        own = {stem(w) for role in holder.roles for w in re.findall(r"[^\W\d_]+", role.lower())}
        missing = bodies - own
        if not missing:
            return True
        stories = self.snapshot.stories.by_id
        for story_id in holder.stories:
            if story_id not in stories:
                continue
            written = [
                (stem(match.group(1)), bool(match.group(2)))
                for match in STORY_COMMON_WORD.finditer(stories[story_id].body)
            ]
            missing -= {
                word
                for (word, owner), (after, _) in itertools.pairwise(written)
                if owner and after == stem(head)
            }
            if not missing:
                return True
        return False

    def _story_uses(self, story_id: str, wanted: set[str], head: str, holder: Person) -> bool:
        """Whether the story writes each word of `wanted` (stems) in lower case, none of them
        right before the role `head` but as its owner ("the transit board's chair", not
        "deputy mayor"), nor before the first word of a role of anyone else it quotes."""
        stories = self.snapshot.stories.by_id
        if story_id not in stories:
            return False
        # each word in lower case, and whether it is an owner's
        written = [
            (stem(match.group(1)), bool(match.group(2)))
            for match in STORY_COMMON_WORD.finditer(stories[story_id].body)
        ]
        if not wanted <= {word for word, _ in written}:
            return False
        others = {
            tuple(stem(w) for w in re.findall(r"[^\W\d_]+", role.lower()))
            for person_id in self._quoted_in_story(story_id)
            if person_id != holder.id and (person := self._people.get(person_id)) is not None
            for role in person.roles
        } - {()}
        lowered = [word for word, _ in written]
        for at, (word, owner) in enumerate(written[:-1]):
            if word not in wanted:
                continue
            if lowered[at + 1] == stem(head) and not owner:
                return False  # "deputy mayor"
            if any(tuple(lowered[at + 1 : at + 1 + len(role)]) == role for role in others):
                return False  # "the clinic's chief executive"
        return True

    def _quoted_in_story(self, story: str) -> frozenset[str]:
        """The ids of those whose words `story` gives."""
        return frozenset(
            quote.speaker_id
            for number in self._story_passage_numbers(story)
            for quote in self._quotes_of(number)
            if quote.speaker_id
        )

    def _not_quoted_in(self, part: str, which: str, result: _PartResult) -> _PartResult:
        """The refusal of a part asking for someone's words in the story it names, which
        quotes no one it may mean ("in the lunch story what did the mayor say", a story with
        no mayor; the other stories' mayors are no answer to it): "The lunch story doesn't
        quote the mayor." (`which`: the words naming it), and whom that story quotes
        (`_combined`)."""
        story = f"The {which} story" if which else "That story"
        return dataclasses.replace(
            result,
            reason=f"{story} doesn't quote {self._whom_asked(part)}.",
            person=True,
            candidates=(),
        )

    def _whom_asked(self, part: str) -> str:
        """The words of `part` naming whom it asks the words of ("the mayor"), "them" when
        none are read."""
        corrected = self._speller.correct(part)
        read = read_question(corrected, self._mentions)
        return corrected[slice(*read.speaker_span)] if read.speaker_span else "them"

    def _not_quoted_note(self, part: str, story: str, speakers: Sequence[Person]) -> str:
        """What a reply says before other stories' passages where the story its conversation
        is about quotes none of the `speakers` `part` asks the words of: "“Governor signs
        free school lunch ...” doesn't quote the mayor. From the other stories:" (their names
        where no words of the part name them: "and the director?")."""
        title = self.snapshot.stories.meta(story).title
        which = f"“{title}”" if title else "The story this conversation is about"
        who = self._whom_asked(part)
        if who == "them":
            who = " or ".join(person.name for person in speakers)
        return f"{which} doesn't quote {who}. From the other stories:"

    def _names_someone_itself(self, part: str) -> bool:
        """Whether `part` names whom it asks of itself (a name or a role typed in it, known to
        the story or not), not by a pronoun read as someone another part names ("what's their
        excuse", after a part naming the Maryland man)."""
        read = read_question(self._speller.correct(part), self._mentions)
        return not read.pronoun and bool(read.speakers or read.unknown_speaker)

    @staticmethod
    def _joined_speakers(text: str, read: ReadQuestion) -> list[frozenset[str]]:
        """The ids of each of the people a question asks the words of together ("what did
        kent and pike say", "X & Y", "X, Y"; not "X or Y"), in the order named; empty when it
        asks of one."""
        if read.speaker_span is None:
            return []
        start, end = read.speaker_span
        groups = sorted(
            (g for g in read.found if g.people and start <= g.start < end),
            key=lambda g: g.start,
        )
        if len(groups) < 2 or not all(
            _JOINED.fullmatch(text, a.end, b.start) for a, b in itertools.pairwise(groups)
        ):
            return []
        return [frozenset(person.id for person in group.people) for group in groups]

    def _each_ones_words_first(
        self, candidates: list[Candidate], joined: Sequence[frozenset[str]]
    ) -> list[Candidate]:
        """`candidates` with the best passage quoting each of `joined` first, in the order
        of those passages: the first stays first, and whoever it does not quote has theirs
        right after (the first of their passages among the candidates, else in the story's
        order), so that each one asked is answered."""
        firsts: list[Candidate] = []
        for ids in joined:
            if any(q.speaker_id in ids for c in firsts for q in self._quotes_of(c.passage)):
                continue
            found = next(
                (
                    c
                    for c in candidates
                    if any(q.speaker_id in ids for q in self._quotes_of(c.passage))
                ),
                None,
            )
            if found is None:
                story = self.snapshot.passages[candidates[0].passage].story_id
                number = next(
                    (
                        n
                        for n in self._story_passage_numbers(story)
                        if any(q.speaker_id in ids for q in self._quotes_of(n))
                    ),
                    None,
                )
                if number is None:
                    continue
                found = Candidate(number, candidates[0].bm25, 1)
            firsts.append(found)
        if len(firsts) < 2:
            return candidates
        index = {c.passage: i for i, c in enumerate(candidates)}
        firsts.sort(key=lambda c: index.get(c.passage, len(candidates)))
        moved = {c.passage for c in firsts}
        rest = [c for c in candidates if c.passage not in moved]
        return [*firsts, *rest][: max(len(candidates), len(firsts))]

    @staticmethod
    def _joined_speaker_unquoted(
        text: str, read: ReadQuestion, quoting: Sequence[Person]
    ) -> str | None:
        """The name of someone whose words a question asks together with another's ("what did
        X and Y talk about", "X & Y"; not "X or Y", either of them) and whom the story never
        quotes, though it quotes another of them. None when the question asks of
        one person, or the story quotes each."""
        if read.speaker_span is None:
            return None
        start, end = read.speaker_span
        groups = sorted(
            (g for g in read.found if g.people and start <= g.start < end),
            key=lambda g: g.start,
        )
        if len(groups) < 2 or not all(
            _JOINED.fullmatch(text, a.end, b.start) for a, b in itertools.pairwise(groups)
        ):
            return None
        quoted = {person.id for person in quoting}
        for group in groups:
            if not any(person.id in quoted for person in group.people):
                return " or ".join(person.name for person in group.people)
        return None

    def _people_for_pronoun(self, first: str, part: str) -> str:
        """A later `part` of a message with the people its `first` part names where its first
        personal pronoun stands, when that pronoun can mean only them: "they" (or "them",
        "their") of the two or more people named ("bukele & trump go way back dont they? when
        did they first meet up": when did bukele & trump first meet up), "he" or "she" of the
        one (not of a first name of the other sex) in a question not asking for words (whose
        words "what did he say" asks is read of the first part already); "he" or "she" of the
        one a first part asking who someone is asks of, though it names another after them
        (`_asked_who_they_are`: "who is gaetz to trump again & when did he see bukele"), quoted
        or not. The part unchanged when it names whose words it asks itself."""
        pronoun = _FIRST_PRONOUN.search(part)
        if pronoun is None:
            return part
        read = read_question(self._speller.correct(part), self._mentions)
        if read.speakers or read.unknown_speaker is not None:
            return part
        said = self._speller.correct(first)
        found = read_question(said, self._mentions).found
        # each person once, in the order first named, as typed
        named: dict[str, str] = {}
        groups = sorted(found, key=lambda g: g.start)
        for group in groups:
            people = group.by_name or group.people
            if len(people) != 1:
                return part  # a role or a surname several people share: which one?
            named.setdefault(people[0].id, said[group.start : group.end])
        plural = pronoun.group().lower() in ("they", "them", "their")
        if plural:
            if len(named) < 2:
                return part
        else:
            named = _asked_who_they_are(said, groups) or named
            if len(named) != 1 or read.kind is not QuestionKind.PLAIN:
                return part
            person = self._people[next(iter(named))]
            if len(person.name.split()) > 1:
                gender = first_name_gender(person.name.split()[0])
                if gender is not None and gender != PRONOUN_GENDER[pronoun.group().lower()]:
                    return part
        return with_words_for_pronoun(part, " and ".join(named.values()))

    def _pronoun_of_the_turn_before(self, question: str, turn: FollowUp) -> tuple[str, FollowUp]:
        """A follow-up `question` naming someone by a pronoun after a turn that asked for no
        one's words ("who is matt gaetz" - "when did he meet bukele?", "who is karoline
        leavitt" - "what did she say about the meeting?"): read with whom the turn named, as
        the later part of one message is (`_people_for_pronoun`, `_earlier_part`): the name
        where the pronoun stands in a question not asking for words, and as the speaker asked
        about in one that does."""
        if not names_someone_by_pronoun(question):
            return question, turn
        named = self._named_by_the_answer(question, turn)
        if named is not None:
            return named
        if turn.asked_speaker_id is not None:
            return question, turn
        question = self._people_for_pronoun(turn.question, question)
        meant = self._earlier_part(turn.question, question).asked_speaker_id
        pronoun = _FIRST_PRONOUN.search(question)
        person = self._people.get(meant or "")
        if person is not None and pronoun is not None and len(person.name.split()) > 1:
            # a first name of the other sex vetoes ("he" of Karoline Leavitt)
            gender = first_name_gender(person.name.split()[0])
            said = PRONOUN_GENDER.get(pronoun.group().lower())
            if gender is not None and said is not None and gender != said:
                meant = None
        return question, dataclasses.replace(turn, asked_speaker_id=meant)

    def _named_by_the_answer(self, question: str, turn: FollowUp) -> tuple[str, FollowUp] | None:
        """A follow-up `question` naming someone by "he" or "she" after an answer to "who ..."
        that named one person (`Answer.named_speaker_id`: "who voted against it" - "what did he
        say"): read of that person, as the speaker asked about, and by name where the pronoun
        stands in a question not asking for words ("when did he say it"). None when the
        question names whom it asks itself, says "they", or the person's first name is of the
        other sex."""
        person = self._people.get(turn.named_speaker_id or "")
        pronoun = _FIRST_PRONOUN.search(question)
        if person is None or pronoun is None:
            return None
        said = PRONOUN_GENDER.get(pronoun.group().lower())
        if said is None:
            return None  # "they": more than the one person named
        if len(person.name.split()) > 1:
            gender = first_name_gender(person.name.split()[0])
            if gender is not None and gender != said:
                return None
        read = read_question(self._speller.correct(question), self._mentions)
        if read.speakers or read.unknown_speaker is not None:
            return None
        if read.kind is QuestionKind.PLAIN:
            question = with_words_for_pronoun(question, person.name)
        return question, dataclasses.replace(turn, asked_speaker_id=person.id)

    def _pronoun_of_someone_named_before(self, text: str, read: ReadQuestion) -> ReadQuestion:
        """`read` as asking for the words of the one person the question names before the
        pronoun it asks by ("what did bukele open with when he sat down? like his first line",
        "how did X start off, like what were his first words": X's), when it asks by "he",
        "his", "she" or "her" and names no one else before it (by name or by a role only they
        hold), not as an owner ("Trump's aide ... what did she say": his aide), and the story
        quotes them (a first
        name of the other sex vetoes). `read` unchanged otherwise: someone never quoted, two
        people ("when bukele sat down w trump, what did he say": either), or none (the
        conversation's, `_asked_speakers`)."""
        if read.kind is not QuestionKind.SPEAKER or not read.pronoun or read.speakers:
            return read
        if read.speaker_span is None:
            return read
        start, _ = read.speaker_span
        said = PRONOUN_GENDER.get(text[slice(*read.speaker_span)].lower())
        before = [group for group in read.found if group.people and group.end <= start]
        if said is None or not before:
            return read
        if any(len(group.by_name or group.people) != 1 for group in before):
            return read  # a surname or a role several share: which one?
        people = {person.id: person for group in before for person in group.by_name or group.people}
        if len(people) != 1:
            return read
        if any(_OWNER_AFTER.match(text, group.end) for group in before):
            return read
        person = next(iter(people.values()))
        if person.id not in self._quoted_ids:
            return read
        if len(person.name.split()) > 1:
            gender = first_name_gender(person.name.split()[0])
            if gender is not None and gender != said:
                return read
        return dataclasses.replace(read, speakers=(person,), pronoun=False)

    def _asks_again_of_the_refused(self, first: _PartResult, part: str) -> bool:
        """Whether a later `part` of a message asks by a pronoun about the person its `first`
        part was refused for, and no one else: "did marco rubio say anything about the visit?
        what was his line" asks his line, which the story has not either."""
        if not first.person or first.candidates or not names_someone_by_pronoun(part):
            return False
        read = read_question(part, self._mentions)
        return not (read.speakers or read.mentioned or read.unknown_speaker)

    def _after_statement(self, text: str) -> tuple[str, FollowUp | None]:
        """The question of a message that says something first ("trump was on tv again lol.
        what did he say about the prison"), and what it says as the turn the question follows
        (whom "he" means); the message itself and None when it opens with its question, or
        the question names someone by a pronoun other than as the one person the statement
        names whose words it asks for ("so garcia got deported. is he still in prison?",
        "trump met bukele. what did they discuss", "the cornell guy nails it. does he think
        ...": the statement says whom, in words the question then needs)."""
        after_statement = question_after_statement(text)
        asked = after_statement or question_after_opening_phrase(text)
        if not asked:
            back = question_pointing_back(text)
            if not back:
                return text, None
            if not self._asks_for_words(text[back:]):
                meant = self._whom_the_pronoun_means(text[:back], text[back:])
                if meant is None:
                    return text, None
                # "my aunt said bukele was super flattering. what did he actually say?": his
                # words, on what the statement says of them
                return text[back:], FollowUp(
                    question=text[:back], asked_speaker_id=meant, pointed_at=True
                )
            # "I read Mexico takes deportees too. What did the Mexican president say about
            # it?": whose words are asked for is read of the question alone (someone the
            # story does not quote is refused), what about of the statement too
            read = read_question(self._speller.correct(text[:back]), self._mentions)
            people = read.speakers or read.mentioned
            one = people[0].id if len(people) == 1 else None
            return text[back:], FollowUp(
                question=text[:back], asked_speaker_id=one, pointed_at=True
            )
        statement, question = text[:asked], text[asked:]
        said = self._speller.correct(statement)
        # words set off before the question name someone as a speaker is named: "el
        # salvador's president, what did he ..." means Bukele, not every president it names
        set_off = None if after_statement else speaker_named_by(said, self._mentions)
        # "the Oxford guy flagged unpaid pay, so why did he ...": a statement whose subject
        # the story describes, no description of someone unknown
        described = self._described_subject(said)
        if set_off is not None and set_off.unknown_speaker and not set_off.speakers:
            if not described:
                # "the mexican president, what did he say": asked of someone the story does
                # not quote, as "what did the mexican president say" is, and refused so
                return with_words_for_pronoun(question, statement), None
            set_off = None
        pronoun = _FIRST_PRONOUN.search(question)
        if (
            set_off is not None
            and len(set_off.speakers) > 1
            and pronoun is not None
            and pronoun.group().lower() in ("they", "them", "their")
        ):
            # "ortiz and reyes: what did they say to each other": "they" are the people set
            # off, as "what did ortiz and reyes say to each other" asks
            return with_words_for_pronoun(question, statement), None
        read = read_question(said, self._mentions)
        people = (
            (set_off.speakers if set_off else ()) or read.speakers or read.mentioned or described
        )
        one = people[0].id if len(people) == 1 else None
        asked_first = first_question(question)
        if one is None and after_statement:
            # "... why bukele won't send kilmar abrego garcia back. what reason did he give":
            # of the people named, the one the story quotes
            one = self._whom_the_pronoun_means(statement, asked_first)
        read_first = read_question(asked_first, self._mentions)
        if _pronoun_before_any_name(asked_first, read_first) and (
            one is None or not read_first.pronoun
        ):
            return text, None
        return question, FollowUp(question=statement, asked_speaker_id=one)

    def _described_subject(self, said: str) -> tuple[Person, ...]:
        """Whom a statement opens by describing, as a question names a speaker by a
        description ("the Cornell guy flagged abuses, so why did he ...", "the Oxford
        economist warned of it. does she ..."): the words up to the first that names a role
        or is a word for anyone, read as a speaker's description; () when none is read so."""
        words = said.split()[:_MAX_SUBJECT_WORDS]
        for at, word in enumerate(words):
            if names_a_role(word.strip(",.;:!?")):
                named = speaker_named_by(" ".join(words[: at + 1]), self._mentions)
                return named.speakers if named is not None else ()
        return ()

    def _whom_the_pronoun_means(self, statement: str, question: str) -> str | None:
        """The id of the one quoted person a statement names, when the question after it asks
        for someone's words by a pronoun and no topic of its own ("... said bukele was super
        flattering. what did he actually say?"); of two, the first where the question names
        the other by a pronoun too, as the object ("bukele was flattering to trump ... what
        did he say to him": he, the statement's subject). None otherwise."""
        read = read_question(self._speller.correct(question), self._mentions)
        if read.kind is not QuestionKind.SPEAKER or not read.pronoun or read.speakers:
            return None
        said_text = self._speller.correct(statement)
        # not an owner ("trumps press lady, ... what did she say": his press secretary)
        named = [
            person
            for person, _, end in self._statement_people(said_text)
            if person.id in self._quoted_ids and not _OWNER_AFTER.match(said_text, end)
        ]
        people = list(dict.fromkeys(named))
        after_verb = read.verb_span[1] if read.verb_span else 0
        if len(people) == 2 and _OBJECT_PRONOUN.search(question, after_verb):
            people = people[:1]
        if len(people) != 1:
            return None
        pronoun = _SUBJECT_PRONOUN.search(question)
        first = people[0].name.split()[0]
        if pronoun is not None and len(people[0].name.split()) > 1:
            # a first name of the other sex vetoes ("she" of Donald Trump)
            gender = first_name_gender(first)
            if gender is not None and gender != PRONOUN_GENDER[pronoun.group().lower()]:
                return None
        return people[0].id

    def _rest_of_each_name(self, read: ReadQuestion, words: list[TermSpan]) -> list[str]:
        """The terms of `words` in a person's name typed in several words ("Abrego Garcia",
        "Kilmar Abrego Garcia") but the one word of it that is their own name alone in the
        story used most ("Garcia"): the words name one person, whom a passage naming them by
        that word names as much. Read word by word, the passage introducing them by their
        whole name held more of the question's words, rarer ones, and came first for it
        alone, over the one telling what was asked of them ("the return of Kilmar Abrego
        Garcia" over "Bukele said it would be preposterous for him to return Garcia"). Not
        where the word names someone else of the corpus too (another Garcia): the other words
        tell them apart. For the order shown only: the confidence model reads the
        words as typed (read as one word, a question on something the story never tells of
        them was rated high on a passage naming them by it)."""
        index = self.snapshot.index
        rest: list[str] = []
        for group in read.found:
            if len(group.people) != 1 or len(group.by_name) != 1:
                continue
            inside = [word for word in words if group.start <= word.start < group.end]
            if len(inside) < 2:
                continue
            person = group.by_name[0]
            own = {
                term_of(alias): alias
                for alias in person.aliases
                if len(alias.split()) == 1 and term_of(alias) is not None
            }
            kept = [
                word
                for word in inside
                if word.term in own and self._names_only(own[word.term], person)
            ]
            if not kept:
                continue
            best = max(kept, key=lambda word: index.passage_frequency(word.term))
            rest += [word.term for word in inside if word is not best]
        return rest

    def _described_names(self, text: str, read: ReadQuestion) -> list[str]:
        """The names of those a question describes only, in the sentence that asks ("the
        Salvadoran leader", `people_described`): each one's shortest name ("Bukele"), by which
        a passage telling of them names them where it does not describe them again ("Bukele
        has called himself ..."). Not of a statement before it ("I thought the court ruled on
        the Maryland guy. Why isn't ...": what it says, not whom the question asks of). Not
        of several ("there's the professor and the press secretary and the attorney general,
        so which one said ...", "the mayor and the ferry owner"): those it offers, or whom a
        passage naming them all tells of, not one of them."""
        asked_from = len(text) - len(asking_sentence(text))
        described = {
            group.people[0].id: group.people[0]
            for group in people_described(text, self._mentions, read)
            if group.start >= asked_from
        }
        # and those it finds by a role alone ("the mayor and the ferry owner": the story's one
        # owner), whom a passage naming them both tells of as much
        by_role = {
            group.people[0].id
            for group in read.found
            if not group.by_name and len(group.people) == 1 and group.start >= asked_from
        }
        if len(described) != 1 or not by_role <= described.keys():
            return []
        name = _shortest_name(next(iter(described.values())))
        return [name] if terms(name) else []

    def _names_only(self, alias: str, person: Person) -> bool:
        """Whether `alias`, typed alone, names no one of the corpus but `person`: a passage of
        another story naming another Garcia would hold it as much ("which article quotes
        maria garcia", of a corpus telling of Kilmar Abrego Garcia too)."""
        return all(
            other.id == person.id
            for group in self._mentions.find_groups(alias)
            for other in group.people
        )

    def _by_role_only(
        self,
        read: ReadQuestion,
        speakers: Sequence[Person],
        *,
        pointed_only: bool = False,
        text: str = "",
    ) -> tuple[list[tuple[int, int]], list[str]]:
        """Where the question names someone (one person, not a speaker asked about) by a role
        only ("that Maryland man"), and the terms of their shortest names ("garcia");
        `pointed_only`: only where it points at them with a word for anyone ("that man", in
        `text`), which tells a passage nothing of them ("Both men")."""
        ids = self._ids_of(speakers)
        spans: list[tuple[int, int]] = []
        named: list[str] = []
        for group in read.found:
            if group.by_name or len(group.people) != 1 or group.people[0].id in ids:
                continue
            if pointed_only and text[group.start : group.end].lower() not in SOMEONE_NOUNS:
                continue
            spans.append((group.start, group.end))
            named += [term for term in terms(_shortest_name(group.people[0])) if term not in named]
        return spans, named

    def _statement_people(self, said: str) -> list[tuple[Person, int, int]]:
        """The people a statement names, and whom it describes as the one speaking ("the El
        Salvador fellow explained why ..."), each where the words naming them are, in order.
        Someone speaking in a clause of the statement is read of the clause: "on the radio
        they played a bit where the El Salvador fellow explained why he wouldn't send that
        man back" (a clause after "where", "when", "that", "because" has a subject of its
        own)."""
        read = read_question(said, self._mentions)
        people = list(read.mentions)
        by_id = {person.id for person, _, _ in people}
        reads = [(0, read)]
        if not read.speakers:
            reads += [
                (clause.end(), read_question(said[clause.end() :], self._mentions))
                for clause in _CLAUSE_OPENING.finditer(said)
            ]
        for at, clause_read in reads:
            if clause_read.speakers and clause_read.speaker_span is not None:
                start, end = clause_read.speaker_span
                people += [
                    (person, at + start, at + end)
                    for person in clause_read.speakers
                    if person.id not in by_id
                ]
                break
        if not people:
            # "the oxford guy complained about pay. why did he ...": described as a speaker is
            people = [(person, 0, 0) for person in self._described_subject(said)]
        return sorted(people, key=lambda m: m[1])

    def _asks_for_words(self, question: str) -> bool:
        """Whether `question` asks for someone's words, by name or role ("what did the Mexican
        president say about it"), someone the story quotes or not; not by a pronoun ("what
        did she say"), whom the statement names."""
        read = read_question(self._speller.correct(question), self._mentions)
        if read.pronoun:
            return False
        return read.kind is QuestionKind.SPEAKER or read.unknown_speaker is not None

    def _with_the_rest(self, about: Answer, parts: Sequence[str], top_k: int) -> Answer:
        """An answer about the story itself and the answer to the message's other questions
        ("who wrote this? and what did Bukele say about Garcia"): the story's details and
        byline line, then the other passages with their own confidence; the first alone when
        the others are refused or it is (it asks which story)."""
        results: list[_PartResult] = []
        for part in parts:
            earlier = self._earlier_part(parts[0], part) if results else None
            results.append(self._ask_part(part, top_k, earlier))
        rest = self._combined(about.question, results, top_k)
        if not about.answered or not rest.answered:
            return about
        passages = (*about.passages, *rest.passages)
        return rest.model_copy(
            update={
                "about_story": about.about_story,
                "passages": tuple(
                    p.model_copy(update={"rank": rank}) for rank, p in enumerate(passages, 1)
                ),
            }
        )

    def confidence_signals(self, question: str) -> Signals | None:
        """What the confidence model reads of `question`'s first part and its best passage
        (None when it is refused): for fitting and checking the model."""
        reading = self.confidence_reading(question)
        return reading[0] if reading else None

    def confidence_reading(self, question: str) -> tuple[Signals, str] | None:
        """The confidence signals of `question`'s first part and the text of the passage they
        were read of: the first of the ranking the model reads, which is the answer's first
        unless a meaning bridge or a refinement of the order (candidates.py) put another
        first, and then the answer is never rated high. None when it is refused."""
        _, text = self._checked(question, None)
        text, said = self._after_statement(text)
        part = self._ask_part(question_parts(text)[0], self.settings.top_k, said, every_signal=True)
        if part.signals is None or part.rated is None:
            return None
        return part.signals, self.snapshot.passages[part.rated].text

    def _ask_part(
        self,
        question: str,
        top_k: int,
        follow_up: FollowUp | None,
        *,
        every_signal: bool = False,
        excluded: frozenset[int] = frozenset(),
        story: str | None = None,
    ) -> _PartResult:
        """One question: a refusal (with its reason) or ranked candidates and a confidence
        (`every_signal`: its signals all worked out, even one that cannot change it;
        `excluded`: passages not to rank, another story's of a story named; `story`: the
        story named, whose people are the ones a name or role several hold means)."""
        text = self._speller.correct(question)  # read "Bukle" as "Bukele"
        text = self._word_speller.written_apart(text)  # "the whitehouse": "the white house"
        text = owners_apostrophe_restored(text, self._mentions)  # "the coachs son"
        text = self._body_owning_restored(text)  # "westgates take on the ruling"
        words = self._question_words(text)
        read = read_question(text, self._mentions)
        typed = text, words, read
        # "Acording to the professor" is read as "According to ...". Not when it would make
        # someone the story does not quote into no one ("marco rubio" is not "march rubio")
        # or into someone else it does not quote: the refusal names them as typed.
        spelt = self._word_speller.written_as_meant(text, words)
        if spelt != text:
            spelt_read = read_question(spelt, self._mentions)
            if spelt_read.unknown_speaker is None and (
                read.unknown_speaker is None or spelt_read.speakers
            ):
                text, words, read = spelt, self._question_words(spelt), spelt_read
        previous = read_question(follow_up.question, self._mentions) if follow_up else None
        if previous is not None:
            read = elliptical_speaker(
                text,
                read,
                previous,
                # "trump?" after "what did bukele say about X": his words on it, where the
                # story quotes him ("garcia??", of someone never quoted, asks of him)
                bare=bool(read.mentioned) and all(self._has_quotes(p) for p in read.mentioned),
            )
        read = self._lone_word_read(read)  # "what does the aclu say", "what did brner say"
        read = self._on_read(read, words)  # "bondi on garcia?", "bukele on taiwan?"
        read = self._owned_as_the_story_writes(text, read)  # "the hospital's boss"
        read = self._of_a_country_speaking_spanish(text, read)  # "el presidente"
        if read.unknown_speaker is not None:
            # "the union leader" of "Maria Garcia, who ... leads the drivers' union local"
            read = self._described_by_a_clause(read)
        if read.unknown_speaker is not None:
            # "the bus mayor": the one mayor quoted whose story is about buses
            read = self._qualified_by_story_words(read)
        read = self._not_owned_by_another(text, read)  # "the landlord's lawyer"
        if read.unknown_speaker is not None:
            # "the spokeswoman for brightline": "Nadia Ferris, a spokeswoman for Brightline"
            read = self._held_for_its_owner(read)
        if read.unknown_speaker is not None and self._held_only_by_others(read.unknown_speaker):
            # "westgate's lawyer" of a story whose one lawyer is "The tenants' lawyer"
            return _PartResult.refused(self._not_quoted_reason(read.unknown_speaker), person=True)
        unread_verb: tuple[int, int] | None = None
        body_speaking: str | None = None  # a name told speaking, asked of (`_name_told_speaking`)
        law_first = False  # the police asked of: one keeping the law told speaking first
        if read.unknown_speaker is not None and self._occupation_mentioned(read.unknown_speaker):
            # "the auditor" of a story quoting "the auditor's report" of "the state auditor",
            # whom it describes as no person: searched as a plain question, as anything it
            # mentions is
            read = read.as_plain()
        if read.unknown_speaker is not None and occupation_asked(read.unknown_speaker):
            # "per the accountant", "what did the politician say": a kind of person by their
            # work whom the story describes by no such word may still be someone it quotes
            # (its politicians are "Trump", "Bukele"): no clear evidence of absence, so
            # searched, no passage vouched for as theirs (the closest are shown, low)
            unread_verb = read.verb_span  # how they are asked of: no topic (below)
            read, unknown_speaker = read.as_plain(), True
            owners: tuple[Person, ...] = ()
            body: tuple[str, ...] = ()
            of_a_kind = None
            who = speaker_words_asked(typed[0])
            group = None if who is None else self._group_never_named(who, read)
            if group is not None:
                # "what did the host say": also a body of people ("host": a multitude) the
                # story never names, refused as one below is
                return _PartResult.refused(f"The story doesn't mention {group}.", person=True)
        elif read.unknown_speaker is not None:
            # "what did westgate say" of "A spokesman for Westgate said the company would
            # appeal": a name the reading of people knows as no one, which the story tells
            # speaking through a spokesman or by itself, is a body whose words it gives
            speaking = body_speaking = self._name_told_speaking(read.unknown_speaker)
            # "what did the spokesman say" of "A spokesman for Westgate said the company would
            # appeal": a role the story gives no one it names, told speaking words it credits
            # to no one
            speaking = speaking or self._unnamed_role_told_speaking(read.unknown_speaker)
            # "what did the cops say about the jail" of a story whose sheriff speaks: the
            # passage telling one keeping the law speaking first (none vouched for as theirs)
            law_first = any(
                word.lower() in POLICE_NOUNS for word in _LETTERS.findall(read.unknown_speaker)[-1:]
            )
            # "the union head" as the union leader (`in_leader_words`), told with what it
            # is of ("Tomas Reyes, who leads the ferry workers' union"); said as typed
            if speaking is None and not self._reported_group(
                in_leader_words(read.unknown_speaker), read
            ):
                return _PartResult.refused(
                    self._not_quoted_reason(read.unknown_speaker), person=True
                )
            # "why did Trump's Cabinet say ...": searched, but no passage is vouched for as
            # the words of a group the reading of people does not know, unless it names the
            # group around whoever the words name (`_names_their_group`)
            owners = tuple(
                person
                for group in read.found
                if read.speaker_span is not None
                and read.speaker_span[0] <= group.start < read.speaker_span[1]
                for person in group.by_name
            )
            of_a_kind = people_of_a_kind(read.unknown_speaker) or speaking  # "the cabinet members"
            body = self._body_named(read.unknown_speaker)  # "the state dept": its words
            if of_a_kind is not None:
                # people of a kind ("the judges"), not a country or a body, whose words the
                # story may give as its people's ("what did mexico say": its president's)
                unread_verb = read.verb_span  # how they are asked of: no topic (below)
            read, unknown_speaker = read.as_plain(), True
        else:
            # "the british harbour master" of one whose country is unknown: their passages
            # searched, none vouched for as theirs (`ReadQuestion.country_unsure`)
            owners, unknown_speaker, of_a_kind, body = (), read.country_unsure, None, ()
            who = self._speaker_words_read_as_no_one(typed[0], read)
            group = None if who is None else self._group_never_named(who, read)
            if group is not None:
                # "what did the Salvadoran opposition say": a body of people the story never
                # names, so quotes not. Said as a thing never mentioned (true: no passage holds
                # its noun), since WordNet's groups are not all people ("how did the stock
                # market react": "doesn't quote the stock market" would make it a speaker)
                return _PartResult.refused(f"The story doesn't mention {group}.", person=True)
            if who is not None and self._speaker_unread(who):
                # "what did el capitan del puerto say about the ships": whom it asks for could
                # not be read (words neither English nor the story's), so it may be anyone,
                # and the passage on the topic anyone's; searched, no passage vouched for
                unknown_speaker = True
            elif (
                (asked := self._source_words_read_as_no_one(typed[0], read)) is not None
                and not _directs_someone_after(typed[0], asked)
                and (of_a_kind := self._group_mentioned(asked)) is not None
            ):
                # "what did the carmakers say" of a story blaming "a drop in orders from
                # carmakers", "did the union say anything" of one whose union "said it would
                # ask ...": a group it names may speak through a passage telling of it
                # speaking, which alone is vouched for (`_tells_their_words`); one only acted
                # on or told of is no evidence of its words, searched, the closest shown. Not
                # what it told someone to do ("did a court tell the government to get garcia
                # back"): an order, which a story tells as a deed ("was ordered to facilitate")
                unknown_speaker = True

        if read.unknown_speaker is None and self._someone_elses(text, read):
            # "Vick's lawyer" is not "Hensley's lawyer, Carl Mintz", the story's only lawyer
            who = text[slice(*read.speaker_span)] if read.speaker_span else ""
            return _PartResult.refused(self._not_quoted_reason(who), person=True)
        if read.unknown_speaker is None and self._role_in_other_words_of_another(text, read):
            # "the union leader": the one union "president" of a story telling of another
            # man "who leads the ferry workers' union": searched, no passage vouched for
            read, unknown_speaker, of_a_kind = read.as_plain(), True, None
        read = self._pronoun_of_someone_named_before(text, read)
        someone_else: frozenset[str] = frozenset()  # whom a pronoun asked of is not
        pronoun_gender: Gender | None = None  # and the sex it says they are
        speakers = self._asked_speakers(text, words, read, follow_up)
        if read.kind is QuestionKind.SPEAKER and read.pronoun and not speakers:
            # "what did she say" names no one to look for; "did he really call himself a
            # dictator" asks about something all the same: that is searched, and no passage
            # is vouched for as the words of whoever "he" is (closest passages, each quote
            # with its own speaker). Not after words naming someone the reading does not know
            # ("and the canciller of Mexico, what he told about ..."): "he" is that one.
            verb = terms(text[slice(*read.verb_span)]) if read.verb_span else []
            judging = [term for term in verb if term in _JUDGING_STEMS]
            after_words = question_after_statement(text) or question_after_opening_phrase(text)
            if follow_up or after_words or not (self._topic_terms(words, read) or judging):
                return _PartResult.refused(
                    "I can't tell who you mean; ask with the person's name.", person=True
                )
            # "what did he say about bukele", "what's in it for bukele per that same guy": he
            # is someone other than whom the question names, as an English sentence says
            # "himself" of the same person; their own words are no words of his
            someone_else = frozenset(person.id for person in read.mentioned)
            # and "she" is a woman: no man's words are hers
            pronoun_gender = (
                PRONOUN_GENDER.get(text[slice(*read.speaker_span)].lower())
                if read.speaker_span is not None
                else None
            )
            read, unknown_speaker, of_a_kind = read.as_plain(), True, None
        quoting = self._quoted_of(speakers)  # a surname finds dozens at 100,000
        if story is not None and len(quoting) > 1:
            # "in the flood story what did brennan say": of two Brennans, the one it quotes
            theirs = self._quoted_in_story(story)
            if any(p.id in theirs for p in quoting):
                quoting = [p for p in quoting if p.id in theirs]
                speakers = [p for p in speakers if p.id in theirs]
        # "how did biden respond when bukele showed up" of someone never quoted: what the
        # story tells he did, if anything; no passage is vouched for as his response (the
        # one telling of him may say nothing of it)
        reaction = bool(
            speakers
            and not quoting
            and asks_for_a_reaction(text, read)
            # "did biden respond at all? what did he say": his words asked after it
            and not words_asked_after(text)
        )
        if reaction or (
            speakers
            and asks_what_someone_will_do(text)
            and (not quoting or self._asks_where_they_go(text, read))
        ):
            # "is garcia gonna stay locked up": what the story tells of him, not his words
            read, speakers, quoting = read.as_plain(), [], []
        if speakers and _directs_by_saying(asking_sentence(text)):
            # "did whitlock tell the towing company to keep the lots open": whether they got
            # someone to do something, which the story tells as often without their words
            # ("Whitlock told the towing company to keep ..."): what it tells of them
            read, speakers, quoting = read.as_plain(), [], []
        if speakers and not quoting and _by_a_noun_called(text, read, speakers):
            # "what did the company say" of Harbor Point Properties, which the story calls
            # "the company" (`Person.called`): its words written "the company said" are
            # credited to no one, so it may have spoken all the same; searched as plain
            read, speakers, quoting = read.as_plain(), [], []
        if speakers and not quoting:
            names = " or ".join(p.name for p in speakers)
            return _PartResult.refused(
                f"{names} is mentioned in the story but not quoted.", person=True
            )
        unquoted = self._joined_speaker_unquoted(text, read, quoting) if quoting else None
        if unquoted is not None:
            # "what did gaetz and bukele talk about": the words of both, of whom the story
            # quotes one only; that one's words elsewhere are no words of theirs together
            return _PartResult.refused(
                f"{unquoted} is mentioned in the story but not quoted.", person=True
            )

        unknown = self._unknown_name(text, words, read)
        if unknown and not self._close_in_meaning(unknown):
            if text != typed[0]:  # named as typed: "Marco Rubio", which was read "March Rubio"
                unknown = self._unknown_name(*typed) or unknown
            return _PartResult.refused(f"The story doesn't mention {unknown}.")
        # "what did Trump say to Bukele": Bukele is whom the words were said to, which a
        # quotation gives as "you", not a word the passage must hold
        addressed = words_addressed(text, read) if quoting else ()
        if addressed:
            words = [word for word in words if not any(within(word, at) for at in addressed)]
        # "why does the professor think the meeting matters beyond the bilateral relationship":
        # what the question sets aside is not what it asks about (unless it is all it names)
        aside = set_aside(text)
        asides = [word for word in words if any(within(word, at) for at in aside)] if aside else []
        if asides and len(asides) < len(words):
            words = [word for word in words if word not in asides]
        else:
            asides = []
        # "is he allowed to run for a second term": the story's one word for a deed done
        # again ("reelection") stands for the question's words of it, in the words searched
        # and in the meaning; its words the story uses apart are other things there ("Trump's
        # second term", "long-running")
        said_again = self._said_again(text, words)
        again = [(w, t) for w in said_again.story_words if (t := term_of(w))] if said_again else []
        again_terms = [term for _, term in again]
        if said_again is not None:
            words = [word for word in words if word not in said_again.words]
        # each word as the embedding reads it, once: the whole question is them joined (a
        # phrasal verb's particle too: "send him back" is near "return")
        meant = [meant_words(text, [word]) for word in words]
        meant_terms = [word.term for word in words]
        meant += [written for written, _ in again]
        meant_terms += again_terms
        places = self._place_terms(text, words)
        # "head of state": one thing, whose "state" alone is another ("State Department")
        words = self._without_compounds_rest(text, self._without_particles(text, words))
        # "what did bukele say about that maryland man": whom the story calls by a role
        # ("Kilmar Abrego Garcia, a Maryland man") is named in the speaker's words by their
        # name ("to return Garcia"), and the role's words find others ("Both men")
        # (and of any question, whom it points at as "that man": the word is no topic)
        spans, by_name = self._by_role_only(read, quoting, pointed_only=not quoting, text=text)
        if spans:
            words = [word for word in words if not any(within(word, at) for at in spans)]
        # "trump's people": the story's words for the people around Trump, for the ranking
        # (`_entourage_bridges`), in which the word typed is no word of its own (the story's
        # other "people" are not his)
        entourage, typed_for_entourage = self._entourage_bridges(text, read, words)
        # "martial law" of a story saying "state of emergency", a word WordNet defines with the
        # pair: the pair means that word, and its word the story uses alone ("law") is another
        # thing there ("in accordance with the law")
        apart = self._compound_words_apart(text, self._topic_terms(words, read))
        if apart:
            words = [word for word in words if word.term not in apart]
        # "is bukele sending abrego garcia back": a name typed whole is its person, named by
        # the story's usual word for them too ("to return Garcia"), for the order shown
        name_rest = self._rest_of_each_name(read, words)
        if unread_verb is not None:
            # "what did the judges say the White House had to do": someone the story does not
            # quote, searched as a plain question; the verb asking their words is no topic
            # (every passage of "said" holds it), as it is none of a speaker's it quotes
            words = [word for word in words if not within(word, unread_verb)]
        topic = self._topic_terms(words, read) + by_name + again_terms
        query = [word.term for word in words] + by_name + again_terms
        if read.kind is QuestionKind.WHO_SAID:
            # "did X say it, or someone else?": X's name is not what it is about
            query = [word.term for word in words if not within(word, read.speaker_span)]
        # "what's the basis?": no topic of its own, only the previous question's carried over
        topic_carried = False
        if (
            follow_up is not None
            and previous is not None
            and (
                not topic
                or ELLIPTICAL.match(text)
                or follow_up.pointed_at
                or (len(topic) <= MOST_WORDS_WITH_IT and STANDS_FOR_THE_TOPIC.search(text))
            )
            and not ASKS_FOR_MORE.search(text)
            and not supplies_its_own_topic(text)
        ):
            topic_carried = not topic
            # "why?", "and Trump?", "and in 2021?": the previous question's topic carries over
            said = self._question_words(follow_up.question)
            # (whom it names by a role, by their name: above)
            spans, by_name = self._by_role_only(previous, quoting) if quoting else ([], [])
            said = [word for word in said if not any(within(word, at) for at in spans)]
            carried = self._topic_terms(said, previous) + by_name
            topic += carried
            query += carried
        # "who else said that": the words the answer before quoted first, of someone else
        echoed = self._echoed(text, follow_up)
        if echoed is not None:
            carried = self._topic_terms(
                self._question_words(echoed.words), read_question(echoed.words, self._mentions)
            )
            topic += carried
            query += carried
        verb = terms(text[slice(*read.verb_span)]) if read.verb_span else []
        # "what else did he say?" wants what was not shown yet; "why?" may want it again
        seen = (
            {self._passage_at[key] for key in follow_up.shown if key in self._passage_at}
            if follow_up and ASKS_FOR_MORE.search(text)
            else set()
        ) | excluded
        # read of the sentence that asks: "I read the US pays them. How much is it?"
        asked = asking_sentence(text)
        kind = expected_kind(asked)
        restated = restated_after_comma(asked) if kind is None else None
        if restated is not None:
            # "what's the prison thing everyone talks about, like where even is it": the kind
            # of answer of the question put in other words (not over the one the question
            # opens with: "where's the prison, like what part of the country")
            kind = expected_kind(restated)
        if kind is None and read.verb_span and _YES_NO.match(asked):
            # "did the press secretary say how long the meeting would last": the question
            # after the speech verb is what it asks, however many words name the speaker
            # (not after "what": "what did Trump say when Bukele praised him" asks his words)
            kind = expected_kind(text[read.verb_span[1] :])
        if kind is None and _YES_NO.match(asked):
            # "is there any date for when he might be released", "does the article say how
            # long it lasts": what the clause after the lead-in asks
            kind = embedded_kind(asked)
        # "who spoke first, Trump or Bukele?": naming either tells nothing (the deed is still
        # what a passage must tell: "who proposed the increase, Ortega or the mayor" is not
        # answered by Ortega's passage on the increase, which tells no proposing)
        offered = (
            kind is AnswerKind.PERSON or (kind is None and offered_then_who(asked))
        ) and offers_people(text, read)
        if offered:
            kind = None
        # the topic words the corpus never uses, and the verbs of its phrasal verbs, which
        # every bridge below reads: once
        unknown_words = self._unknown_topic_words(text, words, topic)
        phrased = self._verbs_of_phrases(text)
        bridges = self._bridges(text, topic, unknown_words, phrased)
        role = self._asked_role(text, bridges) if kind is AnswerKind.PERSON else frozenset()
        named = named_thing(text)
        deed = (
            self._deed(text, words, asked)
            if offered or kind in (AnswerKind.PERSON, AnswerKind.PLACE)
            else None
        )
        expected = ExpectedAnswer(
            kind,
            self._named_people(read, by_name_only=bool(role)),
            self._counted(text, words),
            name=frozenset(terms(named or "")),
            role=role,
            # a kind of answer of its own ("which judge", "what year") or a name asked of one
            # thing ("what's the prison called") is read as such
            names_of=self._names_asked_of(text, words, read)
            if kind is None and not named
            else frozenset(),
            reason=kind is None and asks_reason(asked),
            ratio=kind is AnswerKind.AMOUNT and asks_ratio(asked),
            yes_no=_asks_whether(asked),
            writers_view=kind is None and asks_the_writers_view(asked),
            date_part=asked_date_part(asked) if kind is AnswerKind.DATE else None,
            described=self._described(text, read) if kind is AnswerKind.PERSON else frozenset(),
            identity=kind is AnswerKind.PERSON and _asks_who_they_are(text, read),
            deed=deed,
            made=self._thing_made(text, words, deed),
            counted_deed=self._counted_deed(text) if kind is AnswerKind.COUNT else None,
            rate=kind in (AnswerKind.AMOUNT, AnswerKind.COUNT) and self._asks_rate(text),
            offered=frozenset(terms(offered_figure(text))) if kind is not None else frozenset(),
            places=places if kind is AnswerKind.PLACE else frozenset(),
        )
        if expected.kind is None or expected.role:
            # A phrase's senses and the words it defines, as the meaning and definition
            # bridges below, not when an amount, a count, a date or a person is asked for
            # ("how long is a presidential term": "presidency" found a passage without a
            # length of time, rated high).
            phrases = (
                self._multiword_bridges(text, topic),
                self._defined_pair_bridges(text, topic),
            )
            for term, reached in itertools.chain.from_iterable(p.items() for p in phrases):
                add_bridge(bridges, term, reached)
        closeness = self._closeness(" ".join(meant))
        # and as its words, for a quotation carrying on from a paragraph naming a place
        question_words = (
            self._words_in_context(meant, meant_terms, places) if closeness is not None else None
        )
        refining = (
            self._idf_closeness(list(zip(meant, meant_terms, strict=True)))
            if self.settings.semantic_idf
            else None
        )
        # the ranking reads the broader words a definition names too, the confidence model
        # not (`_broader_bridges`)
        broader = (
            self._broader_bridges(unknown_words, bridges)
            if expected.kind is None or expected.role
            else {}
        )
        # and the kinds of a noun typed in several words ("head of state": "president")
        for term, reached in self._multiword_kind_bridges(text, topic).items():
            add_bridge(broader, term, reached)
        # and a phrasal verb's words (`_phrasal_bridges`: "give garcia back": "return"), which
        # a passage on the verb's other sense holds too ("the return of Kilmar Abrego Garcia"
        # is no answer to "does el salvador have to give garcia back")
        phrasal = self._phrasal_bridges(text, topic)
        # and the story's word for a verb's rarer sense (`_sense_bridges`: "held": "detained")
        senses = self._sense_bridges(text, topic, unknown_words, phrased, bridges)
        # the story's word for travelling to a place ("going to the white house": "visit"),
        # for the order shown only, and there only as a word a passage holding every word of
        # the question holds (`_destination_words`)
        destination = self._destination_words(text)
        ranking_bridges = dict(bridges)
        # a noun of two words read as the story's word for it (`_compound_words_apart`): when
        # an amount, a date or a person is asked too ("the martial law thing, since when"), its
        # word is that word for the order shown (the pair's own words are no topic of it)
        compound = (
            self._defined_pair_bridges(text, topic)
            if apart and not (expected.kind is None or expected.role)
            else {}
        )
        # and a country's other names the corpus writes it by ("the US": "United States"),
        # for the order shown only (the confidence model reads the question's words as it
        # did: `_other_names_bridges`). Not asked why, nor for someone's words or who: there
        # the country is a setting ("why does the US want to ship migrants there", "what did
        # Nayib say about helping the US"), and a passage naming it twice in its other name
        # (a quotation of "the United States") came before the one telling what is asked
        # (measured: fresh f13, own-9w w003, fresh-24 r07)
        other_names = (
            self._other_names_bridges(text, topic)
            if not quoting and not expected.reason and expected.kind is not AnswerKind.PERSON
            else {}
        )
        for term, reached in itertools.chain(
            broader.items(),
            phrasal.items(),
            senses.items(),
            entourage.items(),
            compound.items(),
            other_names.items(),
            # and a people typed in another spelling than the story's ("Salvadorans":
            # "Salvadorians"), for the order shown only: a spelling the story writes in one
            # passage is a rare word, and read by the confidence model it lowered right
            # answers that passage came second to (fresh-25 p06, fresh-27 p07)
            self._other_spellings_bridges(text, topic).items(),
        ):
            add_bridge(ranking_bridges, term, reached)
        # Not when an amount, a count, a date or a person is asked for: the kind's bonus finds
        # the passage holding one, and a bridged word only adds rivals without it ("how much is
        # El Salvador getting paid": "paid" -> "money", ¶21's "less money").
        meaning, definitions = (
            (
                self._meaning_bridges(unknown_words, bridges),
                self._definition_bridges(unknown_words, bridges),
            )
            if expected.kind is None or expected.role
            else ({}, ())
        )
        # the closest word to a phrasal verb ("send back": "return"), for the ranking only
        ranking_meaning = meaning | self._phrasal_meaning_bridges(text, topic)
        # Among a speaker's own passages their name tells nothing: rank by the topic and the
        # verb ("warned" finds where they warned).
        qualifiers = self._qualifiers(
            text,
            words,
            asks_attribute=expected.kind is None,
            counted=expected.counted,
            asks_date=expected.kind is AnswerKind.DATE,
            asks_number=expected.kind in _FIGURES,
        )
        # (not "not": what was not done is what is asked, and a passage telling it says "not"
        # too: "justify not acting on the ruling" of "said it did not compel them to take
        # action"; but "or not", which asks whether, "is bukele a good guy or not")
        adverbs = (
            adverb_phrases(
                text,
                words,
                qualifiers.adverbs - _NEGATION
                if may_hold_word(text, _NEGATION) and _NEGATED.search(text)
                else qualifiers.adverbs,
            )
            if self.settings.adverb_weight < 1.0
            else {}
        )
        # Among passages equally on topic, the one holding the kind of answer asked comes
        # first, a topic word counting as held in another of its forms ("how many deportees":
        # "locked up more than 250 ... deported"): only then are they looked up
        forms = (
            self._known_word_forms(text, words, topic)
            if expected.kind is not None and expected.kind is not AnswerKind.PERSON
            else {}
        )
        sure = self._sure_bridges(unknown_words)
        # a speaker's passages hold the topic in any of its words' forms (`Candidates._rank`)
        family = forms if forms or not quoting else self._known_word_forms(text, words, topic)

        def ranked_by(
            query: list[str],
            topic: list[str],
            closeness: Closeness | None = closeness,
            refining: Closeness | None = refining,
        ) -> functools.partial[Ranked]:
            return functools.partial(
                self._rank,
                [*topic, *verb] if quoting else query,
                # "what did she tell him": "tell" keeps to no passages of telling (words said
                # to someone are any of theirs speaking to them)
                self._with_speech_verb(topic, () if addressed else verb, quoting)
                if quoting
                else topic,
                quoting,
                seen,
                expected=expected,
                bridges=ranking_bridges,
                closeness=closeness,
                refining=refining,
                words=question_words,
                sure=sure,
                adverbs=adverbs,
                definitions=definitions,
                forms=forms,
                telling=destination,
                family=family,
            )

        ranked = ranked_by(query, topic)
        shown_by = ranked
        # "the Salvadoran leader": whom a plain question describes is searched by their name
        # too, in the order shown (the confidence model reads the words as typed)
        described_names = (
            self._described_names(text, read) if not quoting and not unknown_speaker else []
        )
        if typed_for_entourage or name_rest or described_names:
            # the order shown only: the confidence model reads the words as typed
            circle = [word.term for word in words if word.start in typed_for_entourage]
            circle += name_rest
            name_terms = [term for name in described_names for term in terms(name)]
            shown_closeness, shown_refining = closeness, refining
            if described_names:
                # and in meaning: the question's words and each name as one word (two words
                # of "Flores-Macias" outweighed what was asked of him)
                meant_named = [
                    *zip(meant, meant_terms, strict=True),
                    *((name, terms(name)[-1]) for name in described_names),
                ]
                if closeness is not None:
                    shown_closeness = self._closeness(" ".join(w for w, _ in meant_named))
                if refining is not None:
                    shown_refining = self._idf_closeness(meant_named)
            shown_by = ranked_by(
                _without_one_each(query, circle) + name_terms,
                _without_one_each(topic, circle) + name_terms,
                shown_closeness,
                shown_refining,
            )
        ranking = shown_by(meaning_bridges=ranking_meaning, limit=top_k)
        candidates = ranking.shown
        if not candidates:
            if seen and quoting:
                # "what else did she say" after all of her words were shown: say so, rather
                # than that the story says nothing
                names = " or ".join(p.name for p in quoting)
                return _PartResult.refused(f"That is all the story quotes of {names}.")
            return _PartResult.refused("The story doesn't say anything about that.")
        if asides:
            # "beyond the money, how did Kale justify the toll": a passage telling of the thing
            # set aside is not the one asked for where another shown tells of the rest without
            # it (of the speaker asked about, their own: "beyond the cost argument, how did
            # Miller justify it" of his one passage, on the cost and on lives saved)
            candidates = self._without_the_set_aside_first(
                candidates, self._telling_terms([word.term for word in asides]), topic, quoting
            )
        gain = gain_asked_of(asked)
        if gain is not None:
            # "what's in it for Bukele": the passage telling what it brings him ("For Bukele,
            # the arrangement is financially lucrative"), looked for a little deeper
            candidates = self._framed_first(candidates, gain, quoting, seen)
        if someone_else:
            candidates = self._not_of_whom_it_names_first(candidates, someone_else, gain, seen)
        # "who is brightline's lawyer": its own lawyer's passage, not the farmers' lawyer's
        candidates = self._owners_holder_first(text, candidates)
        if pronoun_gender is not None and gain is None:
            candidates = self._of_whom_the_pronoun_may_be_first(
                candidates, pronoun_gender, topic, seen
            )
        carried_from = None
        if expected.reason:
            # of whom the question asks; not asking for anyone's words, whom it names by name
            # as the one doing what it asks about ("why won't Bukele send Garcia back": his
            # reason, in his words; not "why is Bukele's refusal so striking"), the words of
            # their names no topic their reason must be told beside
            if quoting:
                asked_of, reason_topic = frozenset(p.id for p in quoting), list(topic)
            else:
                asked_of, reason_topic = self._doers_named(text, read, topic)
            first = candidates[0].passage
            candidates = self._reason_carried_on(candidates, reason_topic, asked_of)
            if candidates[0].passage != first:
                carried_from = first
            other_course = self._other_course(asked)
            if other_course is not None:
                # "why send them there instead of keeping them here": the reason for the
                # choice, told where the course not taken is told too
                candidates = self._first_that(
                    candidates, lambda n: self.snapshot.index.contains(n, other_course)
                )
        if (expected.reason or expected.yes_no) and not quoting and asks_about_oddity(asked):
            candidates = self._conceded_first(candidates, asked)
        if not quoting and asks_how_it_came_about(asked):
            candidates = self._history_first(candidates, asked)
        if expected.kind is None and not quoting and asks_timing(asked):
            candidates = self._coinciding_first(candidates, topic)
        if expected.kind is None and not quoting:
            candidates = self._carried_on_first(candidates, topic, text, read)
        if law_first:
            candidates = self._first_that(
                candidates, self._tells_the_law_speaking, self._tells_the_law_speaking
            )
        if body_speaking is not None:
            # "how did westgate view the ruling": the passage telling it speaking ("A spokesman
            # for Westgate said the company would appeal"), not the one on the ruling naming it
            speaking_body = body_speaking
            candidates = self._first_that(
                candidates, lambda n: self._tells_their_words(n, speaking_body)
            )
        if quoting and follow_up is None and asks_for_a_reaction(text, read):
            event = reacted_to(text, read)
            candidates = (
                self._reaction_after(candidates, event, quoting)
                if event
                # "how did the mayor respond", naming nothing responded to: their words
                # where the story gives them after someone else's, not those introducing them
                else self._reply_first(candidates, quoting)
            )
        elif quoting and follow_up is None and (event := said_in_reaction_to(text, read)):
            # "what did trump say when bukele said he can't send garcia back": his words after
            # it, as "how did trump react when ..." asks
            candidates = self._reaction_after(candidates, event, quoting)
        elif (
            quoting
            and follow_up is not None
            and not follow_up.pointed_at
            and follow_up.asked_speaker_id is not None
            and follow_up.asked_speaker_id not in {person.id for person in quoting}
            and asks_for_a_reaction(text, read)
            and reacted_to(text, read) is None
        ):
            # "what did grace ibe say" - "and how did the mayor respond": to what the turn
            # before asked of someone else, whose answer is the event reacted to
            candidates = self._reaction_after(candidates, follow_up.question, quoting)
        if quoting and not asks_for_a_reaction(text, read):
            order = words_in_order_asked(text)
            if order is not None:
                # "what were quinn's first words": the first of her words in the story's order
                # (of those on what it names after them: "her first words about the pier"),
                # not those closest to the question's other words; "her closing words" the last
                candidates = self._earliest_words_first(
                    candidates, quoting, topic if order.about else (), seen, last=order.last
                )
        labelled = _LABEL_ASKED.search(asked)
        if labelled is not None and self._holds_only_after_a_preposition(
            candidates[0].passage, labelled.group("noun")
        ):
            # "what did trump call the people they send there" of his "say hello to the
            # people of El Salvador": what someone calls a thing is told where the story
            # gives it a word ("These are sick people"), not where it is only what something
            # is said to or of
            candidates = self._first_that(
                candidates, functools.partial(self._holds_labelled, noun=labelled.group("noun"))
            )
        paired = None
        # "did bukele think sending garcia back was ridiculous", "will bukele send him back":
        # whether they think or do it, which the passage relaying them tells
        doing = bool(_YES_NO.match(asked)) and not set(verb) & _SPEECH_STEMS
        if (
            quoting
            and not expected.reason
            and read.kind is QuestionKind.SPEAKER
            and not addressed  # words said to someone: theirs to them first, below
            # asked with a word for their words ("say", "answer", "take"), not for their
            # account ("per the economist", "according to X": the writer's relaying is that)
            and read.verb_span is not None
            and not _ACCOUNT_CUE.fullmatch(text[slice(*read.verb_span)])
        ):
            if not doing:
                candidates, paired = self._own_words_beside(
                    candidates, query, topic, quoting, bridges, expected, seen
                )
            else:
                # unless their own words tell what the relaying passage does not: "is bukele
                # going to let garcia out of jail" of his "he wouldn't release him from
                # prison" after "Bukele said it would be preposterous for him to return Garcia"
                # (the verb, read as the one asking for their words, is what they would do:
                # "let ... out", with its phrase's words)
                doing_bridges = dict(ranking_bridges)
                for term, reached in self._phrasal_bridges(text, verb).items():
                    add_bridge(doing_bridges, term, reached)
                candidates, paired = self._own_words_telling_more(
                    candidates, [*topic, *verb], quoting, doing_bridges, seen
                )
        if addressed:
            candidates = self._addressing_first(
                candidates,
                quoting,
                # asked nothing else ("what did fenn say to brody"): a passage naming whom
                # they spoke to tells their words to them, where none is in the second person
                # (with a topic, which words it tells: "... say to bukele about the media",
                # in a story whose every passage names him)
                self._addressee(read, addressed) if not topic else set(),
            )
        if echoed is not None:
            candidates = self._someone_elses_quote_first(candidates, echoed.speakers)
        if follow_up is not None and follow_up.last_shown and ASKS_THE_WHOLE.match(text):
            # "whats the full quote": the passage the answer before showed first, whole
            candidates = self._the_whole_first(candidates, follow_up.last_shown[0])
        described = None if quoting or speakers else _WORDS_OF_THE_DESCRIBED.match(text)
        if described and is_person_noun(described.group("head").lower()):
            # "what did the Big Man say ... when he had Bukele in the Oval": the words of
            # someone no name or role says, not of whom the question names beside them
            others = frozenset(
                person.id
                for group in read.found
                if not described.start("who") <= group.start < described.end("who")
                for person in group.by_name
            )
            if others:
                deeper = shown_by(meaning_bridges=ranking_meaning, limit=max(top_k, 10)).shown
                candidates = self._someone_elses_words_first(candidates, deeper, others)
        typed_words = typed_quotations(text)
        said_as_typed = typed_quotations(text, as_said=True) if typed_words else []
        if not typed_words and candidates:
            # "did Carol Brandt say the mill fed this town for ninety years", the words of a
            # quotation of the story typed without quotation marks: checked as typed words
            said_as_typed = typed_words = self._quoted_clause(text, candidates[0].passage)
        if typed_words:
            # "did Trump actually say "I'm in"": the words as the member heard them
            candidates = self._typed_words_first(candidates, typed_words, quoting)
        if _ASKS_WHERE_FROM.search(asked):
            candidates = self._origin_first(candidates, read)
        if (
            candidates
            and may_hold_word(asked, _DAY_WORDS)
            and (days := _DAY_BY_PUBLICATION.findall(asked) + _TODAY_SAID.findall(asked))
        ):
            # "what did the mayor say yesterday": the day before the story's, by its weekday
            candidates = self._of_the_day_first(candidates, days)
        askers = self._askers(asked)
        if askers and not self._asks_a_question_in(candidates[0].passage, askers):
            # "what did Bukele ask when questioned ...": the question he put, first
            candidates = self._their_question_first(candidates, askers)
        if quoting and self._tells_only_the_premise(asked, candidates[0].passage, quoting):
            # "what did Trump say after claiming ...": their next words in the story first
            candidates = self._words_after_first(candidates, quoting)
        elif (
            quoting
            and may_hold_word(asked, _AFTER)
            and (told := self._passage_telling_what_came_before(asked, candidates, quoting))
            is not None
        ):
            # "what did Trump say right after Bukele refused to send Garcia back": his words
            # next after the passage telling Bukele's refusal, in the story's order
            candidates = self._words_after_first(candidates, quoting, told)
        elif (
            quoting
            and follow_up is not None
            and follow_up.last_shown
            and follow_up.last_shown[0] in self._passage_at
            and _ASKS_WHAT_CAME_NEXT.search(text)
        ):
            # "and what did he say after that?": their words after what the answer before
            # showed first, in the story's order (the words "that" means)
            candidates = self._words_after_first(
                candidates, quoting, self._passage_at[follow_up.last_shown[0]]
            )
        if quoting and len(quoting) > 1:
            joined = self._joined_speakers(text, read)
            if len(joined) > 1:
                # "what did kent and pike say": the words of each, not of one only
                candidates = self._each_ones_words_first(candidates, joined)
        if candidates and qualifiers.labels:
            # "what titles has Bukele given himself": the passage telling a label he gave
            # himself ("Bukele has called himself a “philosopher king”") before one holding
            # the words asking it in another sense ("That wish was later granted")
            candidates = self._first_that(
                candidates,
                lambda n: self._gives_own_label_of(n, topic, qualifiers),
                in_story=lambda _: False,
            )
        if candidates and not quoting:
            # "isn't the Trump admin worried about the human rights complaints" of ¶19's
            # "a Human Rights Watch analysis ... reads": a passage holding words of the
            # question only in a name, where the story uses them as plain words too
            candidates = self._plain_words_first(candidates, topic, read, text)
        if self._names_none_of_the_kind(expected, topic, candidates):
            # "which gangs ...": the passage naming them first, not "gang member migrants"
            candidates = self._naming_the_kind_first(candidates, expected, topic)
        if candidates:
            # "what did the court order the white house to do", "did the court tell the
            # government to get garcia back", "when did the rationing in peru start": a
            # passage shown after it telling the order better (the verb asked over another
            # getting someone to do something), or dating the thing asked, first (the first
            # tells neither); asked whether and none shown tells it, one looked for deeper
            candidates = self._telling_the_direction_first(
                candidates,
                asked,
                bridges,
                expected,
                lambda: shown_by(meaning_bridges=ranking_meaning, limit=max(top_k, 10)).shown,
                ranking_bridges,
            )
        if expected.kind in (AnswerKind.DATE, AnswerKind.FUTURE):
            # "when does the fare start": a passage dating its start, not riders' shifts
            candidates = self._own_start_first(asked, candidates, bridges)
        listing = (
            self._kind_listed_elsewhere(asked, candidates[0].passage)
            if expected.kind is None
            else frozenset()
        )
        if listing:
            # "what abuses happen in the prisons": the passage listing them first, looked for
            # a little deeper, not "reports of human rights abuses inside Salvadoran prisons"
            deeper = shown_by(meaning_bridges=ranking_meaning, limit=max(top_k, 10)).shown
            moved = next((c for c in deeper if c.passage in listing), None)
            if moved is not None:
                rest = [c for c in candidates if c.passage != moved.passage]
                candidates = [moved, *rest][: len(candidates)]
        # The confidence model reads the ranking without meaning bridges or the refinements of
        # the order (the words a passage takes from the one before, ties broken by the words,
        # adverbs weighed less): what it was fitted on. It vouches only for the passage that
        # ranking puts first too: a near miss bridged this way ("currency" -> "money") is no
        # more confident for it.
        plain = (
            ranked(meaning_bridges=None, refine=False, bridges=bridges, limit=top_k).plain
            if ranking_meaning
            or adverbs
            or definitions
            or broader
            or phrasal
            or senses
            or entourage
            or name_rest
            or described_names
            or compound
            or other_names
            else ranking.plain
        )
        # "what is the professor's name": a question whose every word is a person's role and
        # the name asked, searched by the name of whom the role describes in the order shown
        # only, leaves the words as typed no passage to rank: nothing vouched for, the first
        # shown is read in its place and held low
        unvouched = not plain
        if unvouched:
            plain = candidates
        # "what's in it for the club": the passage telling whom it asks of what it brings them
        # ("For the club, the move is lucrative as well") gives the kind of answer asked, in
        # whatever words of its own (`Signals.answer_type`), and is the one read where it was
        # put first for that (`_framed_first`) and the ranking put first one that is not
        framed = self._framed_for_gain(gain, quoting) if gain is not None else None
        if (
            framed is not None
            and plain[0].passage != candidates[0].passage
            and framed(candidates[0].passage)
            and not framed(plain[0].passage)
        ):
            plain = [candidates[0], *(c for c in plain if c.passage != candidates[0].passage)]
        referents = self._same_referents(unknown_words)
        if referents:
            qualifiers = qualifiers._replace(referents=referents)
        reason_of = self._reason_asked_of(text, read) if expected.reason else None

        def read_of(ranked: Sequence[Candidate]) -> tuple[Signals, Topical, bool]:
            """The signals of `ranked`'s first passage, the topic read of it, and whether it
            tells what the question asks something brings someone (`gives_gain`)."""
            first = ranked[0].passage
            gives = framed is not None and framed(first)
            vouched = self._by_their_names(
                self._vouched_bridges(bridges, meaning, first, closeness), words, read
            )
            # and the forms in which a passage may hold the words the corpus knows
            # ("deportees": "deported"), read as bridges are
            forms = self._known_word_forms(text, words, topic, first)
            # and the story's words for a phrasal verb whose verb it never uses, where the
            # passage holds one as a verb ("did the WH put out a list": "The White House
            # released a fact sheet"), read as the bridges of any word it never uses are
            forms.update(self._phrasal_verb_forms(phrasal, unknown_words, first))
            # and a state asked to hold "still", told lasting ("remains in effect")
            forms.update(self._lasting_forms(text, words, first))
            if forms:
                vouched = dict(vouched)  # not the ranking's own
                for term, reached in forms.items():
                    add_bridge(vouched, term, reached)
            topical = Topical(topic, vouched, qualifiers)
            signals = self._signals(
                topic,
                ranked,
                expected=expected,
                gives_gain=gives,
                reason_of=reason_of,
                why_not=expected.reason and asks_why_not(text),
                speakers=quoting,
                bridges=topical.bridges,
                closeness=closeness if every_signal else None,
                qualifiers=topical.qualifiers,
            )
            return signals, topical, gives

        signals, topical, gives_gain = read_of(plain)
        if signals.coverage == 0.0 and plain[0].passage != candidates[0].passage:
            # "when did the state of emergency in el salvador begin" of ¶23's "El Salvador's
            # partnership" (closer in meaning than ¶20's "A state of emergency enacted in March
            # 2022", which names no El Salvador: the paragraph before it does): the ranking the
            # model reads puts first a passage holding none of the question's telling words,
            # and the one shown, put first by what it was not fitted on (the paragraph before,
            # bridges, ties), holds every one of them: read of the one shown. Not one holding
            # only some: the shipped model's fit on the dev set's even half would change (d136
            # "Who is Trump's spokesperson?", its first by story order on a tie of the fused
            # score, the one shown holding "spokesperson" by a bridge only)
            shown = [candidates[0], *(c for c in plain if c.passage != candidates[0].passage)]
            read_shown = read_of(shown)
            if read_shown[0].coverage == 1.0:
                plain, (signals, topical, gives_gain) = shown, read_shown
        threshold = self.settings.high_confidence
        # From `sentence_vouched_from` up to the threshold, the passage is rated high where its
        # sentence is the closest in meaning to the question (`_closest_sentence_in`): the
        # ratings at both bounds are what the signals below decide.
        floor = min(threshold, self.settings.sentence_vouched_from)

        def ratings(read: Signals) -> tuple[bool, bool]:
            chance = probability(read)
            return chance >= threshold, chance >= floor

        rated = ratings(signals)
        if not every_signal and closeness is not None:
            # Whether the best passage is also the closest in meaning of all takes a search of
            # the nearest-neighbour index when the ranking made none (a speaker question's:
            # ~0.4 ms at 100,000 passages), and how many passages hold as much of the topic a
            # pass over their postings: both looked up only when they can change the outcome
            # (agreeing, the signals lie between the two readings' extremes).
            most = signals.known if signals.answer_type >= 0 and signals.coverage > 0 else 0.0
            agreeing = [signals.agreeing(signals.coverage, sole) for sole in (0.0, most)]
            high_if_agreeing = [ratings(a) for a in agreeing]
            if any(rated != high for high in high_if_agreeing) or (
                _among_rivals(signals) and rated[1]
            ):
                # the model rises with `sole_and_closest`, which lies between 0 and `most`:
                # where both ends rate alike, its value changes nothing read below
                signals = self._with_agreement(
                    signals,
                    plain[0].passage,
                    closeness,
                    topical,
                    sole_decides=high_if_agreeing[0] != high_if_agreeing[1],
                )
                rated = ratings(signals)

        def sentence_vouches() -> bool:
            # a speaker's among rivals of theirs (`_among_rivals`): with their passages
            # closest in meaning, which the ranking leaves out when they hold none of the
            # topic, where the best passage lacks some of it (what it lacks they may say in
            # other words: "trump quote re: jailing ppl down there cheaper", his greeting to
            # "the people of El Salvador" against his "for less money than it costs us"); not
            # where it holds it all ("did trump or bukele talk about crime": his "criminals"
            # elsewhere is no rival to his "crime"), nor where it is the only one of theirs
            # on the topic (the words picked it: "what did bukele say")
            theirs = (
                [passage for passage, _ in self._theirs_closest(quoting, closeness)]
                if quoting
                and closeness is not None
                and signals.coverage < 1.0
                and _among_rivals(signals)
                else []
            )
            return self._closest_sentence_in(
                plain[0].passage,
                [c.passage for c in plain] + theirs,
                list(zip(meant, meant_terms, strict=True)),
            )

        by_sentence = (
            not rated[0] and rated[1] and _sentence_may_vouch(signals) and sentence_vouches()
        )
        rated_high = rated[0] or by_sentence
        # A speaker's passage among others of theirs as much on the topic is the answer where
        # a reading of meaning picks it too: the passage closest of all, or the sentence
        # closest of the ranked passages' (a quote's paragraph often tells of more than the
        # words asked about, which dilute its vector). Not where the topic's telling words
        # are only the names of people the question names ("trump on bukele"; "hrw on el
        # salvador", the story's every other passage naming El Salvador): the sentence
        # closest to a name is any naming them. Nor where it asks what something brings
        # someone and the passage is the one of theirs framed for them ("what did the
        # economist say the port gets out of it": "“For the port, ...”"): the framing picks it.
        picked_by_meaning = (
            bool(signals.meaning_agrees)
            or gives_gain
            or (
                rated_high
                and _among_rivals(signals)
                and not self._only_names(topic, expected)
                and (by_sentence or sentence_vouches())
            )
        )
        high = (
            rated_high
            and not unvouched
            and not reaction
            and plain[0].passage in (candidates[0].passage, paired, carried_from)
            and not (_among_rivals(signals) and not picked_by_meaning)
            # "when will Garcia be returned" of a passage telling only of times gone by: the
            # story has not said, however much of the topic the passage holds
            and not (expected.kind is AnswerKind.FUTURE and signals.answer_type < 0)
            # "why send them there instead of keeping them here" of a passage that does not
            # tell of keeping them: the reason for sending them, not for the choice
            and not (
                expected.reason
                and (other := self._other_course(asked)) is not None
                and not self.snapshot.index.contains(plain[0].passage, other)
            )
            # "why did the city change the locks" of a passage whose one reason is the
            # librarian's rhetorical question: his reason, not the city's
            and not (
                expected.reason
                and self._reason_of_someone_else(
                    plain[0].passage, topic, reason_of, topical.bridges
                )
            )
            # "who designed the bridge", "where was the video filmed" of a passage without the
            # deed: whoever or wherever it names is of something else
            and not self._lacks_deed(expected, plain[0].passage, topical.bridges)
            # "how many people has HRW counted as disappeared" of "has detained 85,000
            # people": the story tells of disappearances elsewhere, not in the passage counting
            # "how much is the fee per prisoner" of "has received $6 million for taking
            # deportees": a total is no amount of each one
            and not (
                expected.rate and not gives_rate(self.snapshot.passages[plain[0].passage].text)
            )
            # "how big is the amusement park" of "opening ... an amusement park two years
            # ago": no size there, only a time
            and not (
                asks_size(asked) and not gives_size(self.snapshot.passages[plain[0].passage].text)
            )
            and not self._counts_another_deed(
                expected, plain[0].passage, [c.passage for c in plain[1:]]
            )
            # "who says the two leaders need each other" of Bukele's "a terrorism problem that
            # you need help with": a relation asked both ways, of a passage telling it one way
            # (no "each", "both", "the pair", "the two", "mutual", "together"); not of a
            # question asking for the words of the people asked ("what did trump and bukele
            # say to each other": each one's words are one way)
            and not (
                not quoting
                and asks_both_ways(asked)
                and not tells_both_ways(self.snapshot.passages[plain[0].passage].text)
            )
            # "how many have been convicted in the US" of "detained 85,000 people in El
            # Salvador, though only 1,000 have been convicted": a count of another country
            and not (
                expected.kind is AnswerKind.COUNT
                and self._counts_in_another_country(asked, plain[0].passage)
            )
            # "which gangs does El Salvador lock up" of "alleged gang member migrants", beside
            # a passage naming "Tren de Aragua and MS-13 gang members": the names asked are
            # there, not in a passage naming none of the kind
            and not self._names_none_of_the_kind(expected, topic, plain)
            # "who's the academic that says both get something" of the professor's words
            # credited to "he added": no one holding the role is named there
            and not self._names_no_holder_of_the_role(text, expected, bridges, plain[0].passage)
            # "who is brightline's lawyer" of "The farmers' lawyer, Helen Okoro": the holder
            # of the role another owner's
            and not self._holder_of_another_owner(text, plain[0].passage)
            # "who is the judge's clerk" of "Judge Maria Ortiz ... ruled": a role no one holds
            and not self._role_of_an_owner_held_by_none(text, plain[0].passage)
            # "what is Bondi's salary" of a passage naming Bondi without it
            and not self._lacks_owned_thing(asked, topic, plain[0].passage, topical.bridges)
            # "what level was the advisory before they lowered it" of a passage telling only
            # the level it was lowered to
            and not self._lacks_the_earlier_state(asked, plain[0].passage)
            # "what did Trump say after claiming the media would love it" of the passage
            # telling that claim: the words asked came after it
            and not (quoting and self._tells_only_the_premise(asked, plain[0].passage, quoting))
            # "what did Bukele ask when questioned about returning Garcia" of his passage
            # saying it would be "preposterous": no question of his there
            and not (askers and not self._asks_a_question_in(plain[0].passage, askers))
            # "did Bukele agree to send the Maryland man back" of "Bukele has agreed to
            # accept alleged gang member migrants": agreeing to another deed
            and not self._agreed_to_another_deed(asked, plain[0].passage)
            # "what did the Supreme Court rule" of "described the Supreme Court ruling as a
            # victory": the passage names the act, not what was ruled
            and not (
                expected.kind is None
                and not quoting
                and self._names_the_act_only(asked, plain[0].passage)
            )
            # "what did the court order the white house to do about garcia" of "Bukele said
            # it would be preposterous to return Garcia despite a unanimous Supreme Court
            # ruling": what someone was made to do is told only with the deed that made them
            and not self._lacks_the_directing_deed(asked, plain[0].passage, topical.bridges)
            # "when did Biden become president" of "former President Joe Biden in 2021":
            # the people asked of, and a date of something else they did
            and not (
                expected.kind is AnswerKind.DATE
                and self._dates_another_deed_of_them(
                    asked, topic, plain[0].passage, topical.bridges
                )
            )
            # "when did El Salvador drop Taiwan for China" of "China opening a library ...
            # two years ago": the deed asked, told nowhere in the passage, is not what its
            # date dates
            and not (
                expected.kind is AnswerKind.DATE
                and self._dates_an_untold_deed(asked, plain[0].passage, topical.bridges)
            )
            # "when did the rationing in peru start" of "Peru's environment minister said
            # last week that the country would start building two desalination plants": the
            # thing whose start is asked, named nowhere in the passage, is not what it dates
            and not (
                expected.kind is AnswerKind.DATE
                and self._dates_another_thing(asked, plain[0].passage, topical.bridges)
            )
            # "when does the toll start" of "Commuters who start work each day ... will pay the
            # new toll": the start told is of something else
            and not (
                expected.kind in (AnswerKind.DATE, AnswerKind.FUTURE)
                and self._starts_another_thing(asked, plain[0].passage, topical.bridges)
            )
            # "when was the meeting" of "arriving unannounced for a meeting" in 2021: the
            # story's meeting is told of with "the" elsewhere, and that one is another
            and not (
                expected.kind is AnswerKind.DATE
                and self._another_of_its_kind(asked, plain[0].passage)
            )
            # "how does bukele justify keeping garcia" of his passage refusing, which gives no
            # reason: his reason is often in the quote carrying on from it, and the speaker's
            # match carries the model past the missing reason
            and not (expected.reason and signals.answer_type < 0 and quoting)
            # "why does the mill road jail hold so many" of "The old county prison on Mill
            # Road holds 300 inmates. Two nurses quit ... because the pay was low": the
            # sentence on the topic is one plain clause stating the matter asked, no reason
            and not (
                expected.reason
                and signals.answer_type < 0
                and states_only_the_matter(
                    self.snapshot.passages[plain[0].passage].text,
                    frozenset(topic),
                    bridged_forms(frozenset(topic), topical.bridges),
                )
            )
            and not (
                unknown_speaker
                and not self._names_their_group(plain[0].passage, owners)
                and not (of_a_kind and self._tells_their_words(plain[0].passage, of_a_kind))
                # "is it safe to travel there according to the state dept" of "The State
                # Department has also downgraded its travel advisory": the body asked of,
                # named as typed, is the one whose doing the passage tells
                and not _names_the_body(
                    self.snapshot.passages[plain[0].passage].text, body, self._word_classes
                )
            )
            # "what gang did Garcia belong to" of a passage whose gang members are others
            and not (
                not quoting
                and self._told_of_someone_else(
                    topic, plain[0].passage, self._named_by_name(read), topical.qualifiers
                )
            )
            # "did trump break off ties with taiwan" of Bukele's "close ties to China at the
            # expense of Taiwan": the one the question asks did it does nothing there
            and not self._actor_absent(text, read, plain[0].passage)
            # "how is the administration getting around the court ruling" of "Bukele said it
            # would be preposterous to return Garcia despite a unanimous Supreme Court ruling":
            # the words of a foreign president, not the story's own country's administration
            and not self._foreign_words_for_a_government(text, read, plain[0].passage)
            # "did garcia's wife go back home" of a story naming no wife: whom it asks of is
            # someone the story never tells of, whatever the passage says of Garcia
            and not self._relation_never_named(text, read, plain[0].passage, topical.bridges)
            # "what nicknames has the mayor given herself" of a passage telling of the mayor
            # and of a wish "granted", no label she gave herself
            and not (
                qualifiers.labels
                and not self._gives_own_label_of(plain[0].passage, topic, qualifiers)
            )
            # "is Trump planning a return visit" of "Trump said in return"
            and not self._held_only_in_idioms(topic, plain[0].passage, text)
            # "why don't people there have their rights" of "According to Human Rights Watch"
            and not self._held_only_in_names(topic, plain[0].passage, read, text)
            # "when is Bukele's term up" of "during Trump's first term"
            and not self._owned_by_someone_else(text, read, topic, plain[0].passage)
            # "what abuses happen in the prisons" of "reports of human rights abuses inside
            # Salvadoran prisons" (or of a passage without "abuses"), where another passage
            # lists them ("abuses, including ...")
            and not (expected.kind is None and self._kind_listed_elsewhere(asked, plain[0].passage))
            # "is a president there allowed a second term" of "during Trump's second term"
            and not self._asked_in_general_held_as_someones(text, read, topic, plain[0].passage)
            # "what did Bukele say about the state of emergency" of his passage on the "State
            # Department"
            and not self._held_only_as_modifiers_of_names(text, topic, plain[0].passage)
            # "did the professor have any worries about the prisons" of a passage without any
            # (not "does the county have any date for it": a kind of answer, read as such)
            and not (
                expected.kind is None
                and self._lacks_what_any_asks(text, plain[0].passage, topical.bridges)
            )
            # "who was she answering" after the mayor's words, of a passage of another story:
            # "she" is someone of the story the conversation is about, which it does not tell of
            and not self._of_another_story(text, read, plain[0].passage, follow_up)
            # "who didn't vote for the cut" of "the council voted 5-2 to cut": who did not do
            # something is told only by a passage saying someone did not (or voted against)
            and not (
                _WHO_DID_NOT.match(text) is not None
                and not _tells_not_doing(self.snapshot.passages[plain[0].passage], topic)
            )
            # "why did Patel vote for the cut" of "Patel, one of the two votes against the cut":
            # the premise told the other way (shown first, low)
            and not _told_against(text, self.snapshot.passages[plain[0].passage], topic)
            # "why are they raising the toll to $6" of "from $3 to $5": a figure the question
            # takes as told, which the passage does not hold, is not vouched for by it
            and not _figure_not_held(text, self.snapshot.passages[plain[0].passage].text)
            # "who is older, Ortega or the mayor" of a passage giving no figure: which of two
            # is more by a measure is told only with the measure
            and not (
                _ASKS_A_MEASURE_OF_TWO.match(text) is not None
                and _FIGURE_OR_NUMBER_WORD.search(self.snapshot.passages[plain[0].passage].text)
                is None
            )
            # "what did Bukele say when he returned Garcia" of "I don't have the power to
            # return him": the deed the question takes as done, told only as not done
            and not _deed_told_undone(text, self.snapshot.passages[plain[0].passage])
            # "why did the Supreme Court side with Trump" of a story never telling of anyone
            # siding: the reason for a deed the story does not tell
            and not self._why_of_a_deed_untold(asked, plain[0].passage)
            # "who made the hype video" of a story telling no making: whoever it names with
            # the video did something else with it ("Trump posted a hype video")
            and not (
                expected.kind is AnswerKind.PERSON
                and self._who_of_a_deed_untold(asked, plain[0].passage)
            )
            # "who got sent there by mistake" of "the ability to send deportees": whom a deed
            # was done to, of a passage telling only someone doing it (or able to)
            and not (
                expected.kind is AnswerKind.PERSON
                and _tells_the_deed_only_undone_to_anyone(
                    asked, self.snapshot.passages[plain[0].passage].text
                )
            )
            # "will more tourists come" of a passage telling only what was done: whether
            # something will be is told only by words of time to come, intent or expectation
            and not (
                _asks_what_will_be(asked)
                and _TELLS_AHEAD.search(self.snapshot.passages[plain[0].passage].text) is None
            )
            # "is TPS still good right now" of "in 2019 ... Bukele asked to maintain TPS ...
            # later granted": whether something holds still is told by words of its lasting
            # ("remains in effect", "still", "since"), not by a passage dated to a time gone by
            and not (
                _asks_whether_still_so(asked)
                and _tells_only_a_time_gone_by(self.snapshot.passages[plain[0].passage].text)
            )
            # "what would you do about Garcia", "what do you make of the fee": the view of
            # whoever is asked, which no passage gives (the closest are shown, low)
            and _ASKS_YOUR_VIEW.search(text) is None
            # "should Garcia be returned", "is Bukele a good president", "who's right": a
            # verdict, which the story does not give (it tells who said what: shown low)
            and _ASKS_A_VERDICT.search(text) is None
            # "who was harsher, Ortega or the mayor": which of two by a measure of judging,
            # which the story gives only where it compares them itself ("Hartley was gentler")
            and not (
                _ASKS_WHICH_OF_TWO_BY_JUDGEMENT.match(text) is not None
                and not _tells_a_comparison(self.snapshot.passages[plain[0].passage].text)
            )
            # "what did Kent say to Pike" of her words to no one: words said to someone,
            # asked with nothing else, are told by a quotation of theirs in the second person
            # or a passage naming whom they spoke to (not "what did Trump say back to Bukele
            # and smth about the media loving it": the topic tells which words)
            and not (
                addressed
                and not topic
                and not self._speaks_to(plain[0].passage, quoting, self._addressee(read, addressed))
            )
            # "who else said that": whether the words of another passage are the same thing
            # said is not told by sharing words with it (the closest are shown, low)
            and echoed is None
            # "what did Bukele not say" of his words: what someone did not say is told only
            # where the story says they would not ("did not say whether ...")
            and not (
                _ASKS_WHAT_NOT_SAID.search(text) is not None
                and _TELLS_NOT_SAID.search(self.snapshot.passages[plain[0].passage].text) is None
            )
            # "did Trump really say "El Salvador is a paradise"" of his passage on El Salvador:
            # words typed as what someone said that the passage does not hold, as typed or a
            # word off, are not confirmed by it (the typed words are put first where any
            # passage holds them). Not words typed otherwise, often as loosely remembered
            # ("something like 'we're small but...'", "the 'for less money' thing")
            and not (
                said_as_typed
                and not _holds_typed(self.snapshot.passages[plain[0].passage].text, said_as_typed)
            )
            # "did Ruth Brandt say 'the owners lied to us'" of Carol Brandt's words: words
            # typed as someone's are confirmed only by a quotation of theirs holding them
            and not (
                said_as_typed
                and quoting
                and not self._quoted_by(plain[0].passage, said_as_typed, quoting)
            )
            # "what did Brandt say" of a story quoting two Brandts, asking nothing else: which
            # one is meant is not told, so neither one's passage is vouched for (each shown,
            # credited to whoever said it)
            and not (len(quoting) > 1 and not topic and _by_a_shared_name(text, read))
            # "quote me what Miller said exactly" of a passage only telling what he said, in
            # the story's words: asked for their very words, a paraphrase is not the answer
            and not (
                quoting
                and _ASKS_EXACT_WORDS.search(text) is not None
                and not self._quotes_in_their_words(plain[0].passage, quoting)
            )
            # "did Bukele say he would return him" of "I don't have the power to return him":
            # what someone is asked to have said, told by the passage only negated, is not
            # confirmed by it (shown first, low)
            and not _said_the_other_way(text, self.snapshot.passages[plain[0].passage].text)
            # "did Bukele deny anything" of his passage on the fee: a verb of judging asked with
            # nothing else (anything, anyone) is what is asked, and the passage does not do it
            and not self._lacks_the_judging_asked(text, plain[0].passage, topical.bridges)
            # "what did Trump say about the Supreme Court ruling" of his "These are sick
            # people" beside Bondi's sentence on the ruling: the topic is in her words
            # "what did Bondi say about Bukele" of her one passage, which never names him: a
            # topic of words most passages hold weighs nothing, but a passage holding none
            # of it is not on it
            and not self._names_none_asked_of(topic, plain[0].passage, read, topical.bridges)
            # "what did the U.S. say about Garcia" of Bukele's words: a country asked for, and
            # the words of someone the story makes of another
            and not (
                read.kind is QuestionKind.PLAIN
                and not quoting
                and self._words_of_another_country(text, plain[0].passage)
            )
            # "what did the first Latin American president to visit say" of the passage
            # telling of his visit: someone asked for whom the reading knows no one, and no
            # one's words in the passage
            and not (
                read.kind is QuestionKind.PLAIN
                and not quoting
                and not self._quotes_of(plain[0].passage)
                and _asks_a_persons_words(text)
            )
            # (not of a group: "what was their argument", "trump's team", whose members'
            # words those are)
            and not (
                quoting
                and not _asks_of_a_group(text, read)
                and self._held_only_in_others_words(
                    topic, plain[0].passage, quoting, topical.bridges
                )
            )
        )
        if (
            not high
            and read.kind is QuestionKind.WHO_SAID
            and self._sole_verbatim_holder(candidates[0].passage, said_as_typed)
        ):
            # "who said nobody up here wanted this": words of four or more typed back, held
            # word for word by a quotation of the passage shown first and of no other passage
            # of its story, tell whose they are, whatever the ranking's signals read (words no
            # index term holds: "nobody", "up", "here") or which passage it puts first
            high = True
        return _PartResult(
            candidates=tuple(candidates),
            high=high,
            query=frozenset(query),
            speakers=tuple(quoting),
            signals=signals,
            rated=plain[0].passage,
            topic_carried=topic_carried,
        )

    def _without_the_set_aside_first(
        self,
        candidates: list[Candidate],
        aside: Sequence[str],
        topic: Sequence[str],
        speakers: Sequence[Person],
    ) -> list[Candidate]:
        """`candidates` with, when the first holds a term of what the question sets `aside`
        (`set_aside`: "besides the money"), the first of the others holding none put first,
        where it holds every telling term of the rest of the `topic` the first holds ("beyond
        the commuters, why does Reyes oppose the toll": not a passage on the toll without
        Reyes) and quotes any of the `speakers` asked about, when they are: the rest in their
        order."""
        index = self.snapshot.index

        def holds_aside(passage: int) -> bool:
            return any(index.contains(passage, term) for term in aside)

        first = candidates[0].passage
        if not aside or not holds_aside(first):
            return candidates
        held = [term for term in self._telling_terms(topic) if index.contains(first, term)]
        moved = next(
            (
                c
                for c in candidates[1:]
                if not holds_aside(c.passage)
                and all(index.contains(c.passage, term) for term in held)
                and (not speakers or self._their_quotes_in(c.passage, speakers) > 0)
            ),
            None,
        )
        if moved is None:
            return candidates
        return [moved, *(c for c in candidates if c.passage != moved.passage)]

    def _their_quotes_in(self, passage: int, speakers: Sequence[Person]) -> int:
        """How many quotes of `speakers` passage `passage` holds (0 of no one asked)."""
        if not speakers:
            return 0
        theirs = self._quoting_passages(speakers)
        at = int(np.searchsorted(theirs.numbered, passage))
        if at < len(theirs.numbered) and int(theirs.numbered[at]) == passage:
            return int(theirs.quotes[at])
        return 0

    def _theirs_closest(
        self, speakers: Sequence[Person], closeness: Closeness
    ) -> list[tuple[int, int]]:
        """Of the passages closest to the question in meaning (`semantic_depth` of them), those
        quoting `speakers`, closest first, each with how many of their quotes it holds: their
        words a ranking by the question's words leaves out when they hold none of its topic
        ("trump quote re: jailing ppl down there cheaper": his "for less money than it costs
        us, I'm in", where the words found only his passages holding "people")."""
        theirs = self._quoting_passages(speakers)
        depth = min(self.settings.semantic_depth, len(closeness))
        closest = closeness.closest(depth)
        at = np.searchsorted(theirs.numbered, closest)
        found = [
            (passage, int(theirs.quotes[i]))
            for passage, i in zip(closest, at.tolist(), strict=True)
            if i < len(theirs.numbered) and int(theirs.numbered[i]) == passage
        ]
        near = closeness.of([passage for passage, _ in found]) if found else []
        order = sorted(range(len(found)), key=lambda i: (-near[i], found[i][0]))
        return [found[i] for i in order]

    def _origin_first(self, candidates: list[Candidate], read: ReadQuestion) -> list[Candidate]:
        """`candidates` with the passage introducing the one person a "where is X from"
        question names by a role naming a place first ("Kilmar Abrego Garcia, a Maryland
        man", "former Florida Rep. Matt Gaetz"): where they are from, not a place the story
        sends them to ("return Garcia to the U.S."), however much more of the question the
        other holds. The refined order only: the model, which reads the plain ranking, rates
        the answer high only where that puts the same passage first."""
        named = self._named_by_name(read)
        if len(named) != 1:
            return candidates
        person = self._people.get(next(iter(named)))
        if person is None:
            return candidates
        roles = [
            role
            for role in person.roles
            if any(w[:1].isupper() and not is_english_word(w.lower()) for w in role.split())
        ]
        if not roles:
            return candidates
        texts = {c.passage: self.snapshot.passages[c.passage].text for c in candidates}
        origin = next(
            (c for c in candidates if any(role in texts[c.passage] for role in roles)), None
        )
        if origin is None or origin is candidates[0]:
            return candidates
        return [origin, *(c for c in candidates if c is not origin)]

    def _of_the_day_first(
        self, candidates: list[Candidate], days: Sequence[str]
    ) -> list[Candidate]:
        """`candidates` with the first passage of the first one's story telling of the day
        `days` name ("yesterday", "last night", "today"), read against the story's date of
        publication, by that day's weekday ("on Wednesday" of a story published on a Thursday),
        put first: a news story tells "yesterday" by its weekday. Unchanged where the story is
        undated or the first passage already tells of that day."""
        story = self.snapshot.stories.by_id.get(
            self.snapshot.passages[candidates[0].passage].story_id
        )
        if story is None or story.meta.published is None:
            return candidates
        names = {
            (
                story.meta.published + dt.timedelta(days=_DAY_OFFSET[day.lower().split()[0]])
            ).strftime("%A")
            for day in days
        }
        told = re.compile(rf"\b(?:{'|'.join(names)})\b")

        def of_the_day(candidate: Candidate) -> bool:
            passage = self.snapshot.passages[candidate.passage]
            return passage.story_id == story.id and told.search(passage.text) is not None

        if of_the_day(candidates[0]):
            return candidates
        moved = next((c for c in candidates if of_the_day(c)), None)
        if moved is None:
            return candidates
        return [moved, *(c for c in candidates if c is not moved)]

    def _lacks_owned_thing(
        self,
        asked: str,
        topic: Sequence[str],
        passage: int,
        bridges: dict[str, tuple[str, ...]],
    ) -> bool:
        """Whether the question asks only for a thing its owner has ("what is Bondi's salary",
        "what's Garcia's nationality") and the passage lacks its word and every word bridged to
        it: however much it tells of the owner, it does not tell that. Not a thing a passage
        may tell without its word (`may_be_told_without_its_word`: "what was Trump's
        reaction" of "Trump interjected")."""
        at = asked_owned_thing(asked)
        if at is None or self._wordnet is None:
            return False
        word = asked[slice(*at)]
        term = term_of(word.lower())
        if term is None or term not in topic or self._wordnet.may_be_told_without_its_word(word):
            return False
        index = self.snapshot.index
        return not any(index.contains(passage, t) for t in (term, *bridges.get(term, ())))

    def _actor_absent(self, text: str, read: ReadQuestion, passage: int) -> bool:
        """Whether a yes/no question names by name whom it asks did or is something, as its
        subject right after the asking verb ("did trump break off ties with taiwan", "has
        Ortiz sold the farm"), and the passage neither names them (by name, alias or role,
        `Mentions.find`) nor quotes them, nor opens on a pronoun ("he", "his", "she", "her")
        before it names anyone, which may point back at them: whatever it holds of the rest
        of the question is someone else's doing. A name most passages use is no telling word
        of the topic (`_telling_terms`), so the passage's share of the topic does not miss it.
        Not an owner ("did garcia's wife ...": `_relation_never_named`)."""
        opening = _ASKS_YES_OR_NO.match(text)
        if opening is None:
            return False
        subject = next((g for g in read.found if g.start == opening.end()), None)
        if subject is None or not subject.by_name or _owner_of_what_follows(text, subject.end):
            return False
        ids = {person.id for person in subject.by_name}
        # "did voss and pike say the same thing": each of those joined is asked of, and a
        # passage telling of one of them ("Pike made the same point") tells of them
        end = subject.end
        for group in sorted(read.found, key=lambda g: g.start):
            if group.start >= end and _JOINED_SUBJECT.fullmatch(text, end, group.start):
                ids |= {person.id for person in group.by_name or group.people}
                end = group.end
        if self._quoted_in(passage) & ids:
            return False
        said = self.snapshot.passages[passage].text
        mentions = self._mentions.find(said)
        if any(person.id in ids for person, _, _ in mentions):
            return False
        first_named = min((start for _, start, _ in mentions), default=len(said))
        pointing = _POINTING_BACK_TO.search(said)
        return pointing is None or pointing.start() > first_named

    def _foreign_words_for_a_government(self, text: str, read: ReadQuestion, passage: int) -> bool:
        """Whether the question asks whether, how or why a government did something, naming it
        as the subject right after the asking verb by "the" and a word for the people around
        a leader, owned by no one named ("how is the administration getting around the ruling",
        "why did the government say ..."; `ENTOURAGE_NOUNS`), and the passage quotes only
        people whose own words make them of a country other than its story's home country
        (`PeopleCountries`: "Salvadoran President Nayib Bukele" of a U.S. story). A government
        named so, with no country, is the story's own country's (as "our president" is); the
        passage tells of a foreign leader's doing, whatever it holds of the rest."""
        opening = _ASKS_OF_THE_GROUP.match(text)
        countries = self._people_countries
        if opening is None or countries is None:
            return False
        noun = _GROUP_NOUN.match(text, opening.end())
        if noun is None or noun.group("noun") not in ENTOURAGE_NOUNS:
            return False
        if any(group.start < noun.end() for group in read.found):
            return False  # "the Trump administration" is named by whose
        speakers = [self._people.get(id_) for id_ in self._quoted_in(passage)]
        home = countries.home(self.snapshot.passages[passage].story_id)
        return bool(home and speakers) and all(
            person is not None and (own := countries.own(person)) and not own & home
            for person in speakers
        )

    def _relation_never_named(
        self,
        text: str,
        read: ReadQuestion,
        passage: int,
        bridges: dict[str, tuple[str, ...]],
    ) -> bool:
        """Whether the question asks of someone by their relation to a person it names ("did
        garcia's wife go back home", "is Ortiz's lawyer appealing": a noun for a kind of person
        or a family tie after the owner) and the passage's story holds that noun in no passage,
        nor any word bridged to it: the one asked of is someone the story never tells of, and
        what it tells of the owner answers nothing asked of them."""
        for group in read.found:
            if not group.by_name:
                continue
            owned = _OWNED_NOUN.match(text, group.end)
            noun = _owner_of_what_follows(text, group.end)
            if owned is None or noun is None:
                continue
            at = owned.start("noun")
            if read.speaker_span is not None and read.speaker_span[0] <= at < read.speaker_span[1]:
                continue  # "what did trump's spokeswoman say": someone it quotes, its words
                # for them ("press secretary Karoline Leavitt") the reader's
            if any(g.start > at and not text[owned.end() : g.start].strip() for g in read.found):
                continue  # "Trump's guy Miller": named right after
            if noun not in KIN_NOUNS and not is_person_noun(noun):
                continue
            term = term_of(noun)
            if term is None:
                continue
            forms = (term, *bridges.get(term, ()))
            index = self.snapshot.index
            story = self.snapshot.passages[passage].story_id
            if not any(
                index.contains(number, form)
                for number in self._story_passage_numbers(story)
                for form in forms
            ):
                return True
        return False

    def _lacks_the_earlier_state(self, asked: str, passage: int) -> bool:
        """Whether the question asks what something was before a change ("what level was the
        travel advisory before it was lowered") and the passage holds no word by which a
        story tells an earlier state ("from level 3", "previously", "the former mayor"): a
        passage telling of the change gives its new state ("to the lowest level"), however
        much of the topic it holds, not the one asked."""
        if not _ASKS_BEFORE_A_CHANGE.search(asked):
            return False
        words = {word.lower() for word, _, _ in iter_words(self.snapshot.passages[passage].text)}
        return not words & _EARLIER_STATE_WORDS

    def _tells_only_the_premise(self, asked: str, passage: int, speakers: Sequence[Person]) -> bool:
        """Whether the question asks someone's words after something ("what did Trump say
        after claiming the media would love it") and every quotation of theirs in the passage
        is words the question already holds after "after" (the passage telling "Trump
        interjected to claim the media “would love it.”"): it tells what came before, and
        the words asked are told elsewhere, if at all."""
        found = _AFTER_CLAUSE.search(asked)
        if found is None:
            return False
        ids = {person.id for person in speakers}
        theirs = [q for q in self._quotes_of(passage) if q.speaker_id in ids]
        if not theirs:
            return False
        premise = set(terms(found.group("clause")))
        return all(
            (said := [t for t in terms(q.text) if t not in STOP_WORDS]) and set(said) <= premise
            for q in theirs
        )

    def _passage_telling_what_came_before(
        self, asked: str, candidates: Sequence[Candidate], speakers: Sequence[Person]
    ) -> int | None:
        """Where the question asks someone's words after another's deed ("what did Trump say
        right after Bukele refused to send Garcia back": the clause after "after" opening
        with the name of someone else the story names), the passage answering the clause as
        a question of its own, of the first one's story, which the words asked follow; None
        when it asks no such thing or the clause finds nothing there."""
        found = _AFTER_CLAUSE.search(asked)
        if found is None or not candidates:
            return None
        clause = found.group("clause")
        ids = {person.id for person in speakers}
        named = self._mentions.find(clause)
        if (
            not named
            or clause[: named[0][1]].strip().lower() not in ("", "the")
            or any(person.id in ids for person, _, _ in named)
        ):
            return None
        story = self.snapshot.passages[candidates[0].passage].story_id
        try:
            told = self.ask(clause, top_k=1).passages
        except QuestionError:
            return None
        if not told or told[0].story_id != story:
            return None
        return self._passage_at.get((story, told[0].paragraph))

    def _words_after_first(
        self, candidates: list[Candidate], speakers: Sequence[Person], premise: int | None = None
    ) -> list[Candidate]:
        """`candidates` with the first passage after `premise` (by default the one first; in
        story order) that quotes any of `speakers` put first: the words they said next."""
        if premise is None:
            premise = candidates[0].passage
        ids = {person.id for person in speakers}
        numbers = self._story_passage_numbers(self.snapshot.passages[premise].story_id)
        if premise not in numbers:
            return candidates
        after = next(
            (
                n
                for n in numbers[numbers.index(premise) + 1 :]
                if any(q.speaker_id in ids for q in self._quotes_of(n))
            ),
            None,
        )
        if after is None:
            return candidates
        found = next((c for c in candidates if c.passage == after), None)
        first = found or Candidate(after, candidates[0].bm25, 1)
        rest = [c for c in candidates if c.passage != after]
        return [first, *rest][: len(candidates)]

    def _askers(self, asked: str) -> list[Person]:
        """The people "what did X ask" names as X, where it asks the question they put ("what
        did Bukele ask when questioned"), not a request ("ask Trump for", "ask them to", "ask
        of"); none otherwise."""
        found = _ASKS_THEIR_QUESTION.search(asked)
        if found is None or re.search(r"\b(?:for|to|of)\b", found.group("rest")):
            return []
        # "what did Bukele say when they asked": "ask" is in a clause of its own
        if any(
            w in SPEECH_VERBS or w in _CLAUSE_OPENERS for w in found.group("asker").lower().split()
        ):
            return []
        return [
            person
            for person, start, end in self._mentions.find(asked)
            if found.start("asker") <= start and end <= found.end("asker")
        ]

    def _asks_a_question_in(self, passage: int, speakers: Sequence[Person]) -> bool:
        """Whether a quotation of `speakers`' in the passage is a question (holds "?")."""
        ids = {person.id for person in speakers}
        return any(q.speaker_id in ids and "?" in q.text for q in self._quotes_of(passage))

    def _their_question_first(
        self, candidates: list[Candidate], speakers: Sequence[Person]
    ) -> list[Candidate]:
        """`candidates` with the first passage where `speakers` ask a question (among the
        candidates, else in the story's order) put first."""
        found = next((c for c in candidates if self._asks_a_question_in(c.passage, speakers)), None)
        if found is None:
            story = self.snapshot.passages[candidates[0].passage].story_id
            number = next(
                (
                    n
                    for n in self._story_passage_numbers(story)
                    if self._asks_a_question_in(n, speakers)
                ),
                None,
            )
            if number is None:
                return candidates
            found = Candidate(number, candidates[0].bm25, 1)
        rest = [c for c in candidates if c.passage != found.passage]
        return [found, *rest][: len(candidates)]

    def _agreed_to_another_deed(self, asked: str, passage: int) -> bool:
        """Whether the question asks whether someone agreed, promised, offered or refused to
        do something ("did Bukele agree to send the Maryland man back") and the passage holds
        that verb only with another deed after "to" ("Bukele has agreed to accept alleged gang
        member migrants"): a deed neither the one asked nor one of its senses' words (WordNet:
        "take" and "accept" share one), nor a sense of the phrase asked ("send back")."""
        found = _AGREES_TO.search(asked)
        if found is None or self._wordnet is None:
            return False
        promise = lemma_of(found.group("promise"))
        asked_deed = lemma_of(found.group("deed"))
        if asked_deed == "do":
            # "what has el salvador agreed to do with the deportees": "do" stands for the
            # deed asked, which any deed told answers
            return False
        text = self.snapshot.passages[passage].text
        deeds = [
            lemma_of(m.group("deed"))
            for m in _AGREES_TO.finditer(text)
            if lemma_of(m.group("promise")) == promise
        ]
        if not deeds:
            return False
        # a phrase asked is read by its own senses ("give back": return), not the verb's
        after = re.findall(r"[a-z]+", asked[found.end("deed") :].lower())
        particle = next(
            (
                w
                for w in after[:4]
                if w in _ADVERB_PARTICLES and self._wordnet.is_phrasal_verb(asked_deed, w)
            ),
            None,
        )
        if particle is not None:
            same = {
                *self._wordnet.phrase_synonyms(asked_deed, particle),
                *self._wordnet.phrasal_sense_words(asked_deed, particle),
            }
        else:
            same = {*self._wordnet.verb_sense_words(asked_deed)}
            same |= self._wordnet.related(asked_deed, (Source.SYNONYMS, Source.FAMILY))
        same.add(asked_deed)
        return not any(deed in same for deed in deeds)

    def _names_the_act_only(self, asked: str, passage: int) -> bool:
        """Whether the question asks what someone did by a verb whose object is what they
        did ("what did the council decide", "what did the Supreme Court rule on Garcia") and
        the passage holds that act only as a thing named ("the council's decision was
        criticised", "described the Supreme Court ruling as a victory": a noun of the verb's
        family, or its form in -ing without "that" after it) and the verb in no form of its
        own ("decided", "ruled that"): it names the act, and tells not what was done. Not
        where the noun carries what was done ("the decision to close the pool", "a ruling
        that ...")."""
        found = _ASKS_WHAT_WAS_DONE.match(asked)
        if found is None or self._wordnet is None:
            return False
        typed = found.group("verb").lower()
        act = _THE_ACT_SAID.search(asked[: found.start("verb")])
        if typed in _SAID_OF_AN_ACT and act is not None:
            # "what did the Supreme Court ruling say", "what does the court's decision say
            # about Garcia": what was ruled or decided, asked by the noun of the act
            typed = self._verb_of_an_act(act.group("noun").lower()) or typed
        verb = next(iter(all_lemmas(typed).get("VERB", ())), "")
        if not verb or (
            verb in STOP_WORDS
            or {verb, typed} & SPEECH_VERBS
            or self._wordnet.first_verb_file(verb) is None
        ):
            return False
        text = self.snapshot.passages[passage].text
        stem = verb[:-1] if verb.endswith("e") else verb
        done = rf"(?:{typed}|{verb}|{verb}s|{verb}es|{stem}ed|{verb}{verb[-1]}ed)"
        if re.search(rf"\b{done}\b|\b{stem}ing\s+(?:that|to)\b", text, re.IGNORECASE):
            return False
        nouns = [
            w
            for w in self._wordnet.related(verb, _FAMILY)
            if w.isalpha() and "NOUN" in all_lemmas(w)
        ]
        # a noun of the verb's family, or its form in -ing as a noun ("the Supreme Court
        # ruling as a victory", "a unanimous ruling."), not followed by what was done ("a
        # ruling that ...", "the decision to ...") nor, in -ing, a verb with its object ("a
        # fact sheet listing names of ...")
        for noun in dict.fromkeys((*nouns, f"{stem}ing")):
            pattern = rf"\b{noun}s?\b(?P<after>\W*(?P<next>[\w'’]*))"
            for held in re.finditer(pattern, text, re.IGNORECASE):
                after, following = held.group("after"), held.group("next").lower()
                if following in ("that", "to") or after.strip().startswith(":"):
                    continue
                if (
                    noun.endswith("ing")
                    and re.match(r"\s+[a-z]", after + following)
                    and following not in _NOUN_FOLLOWERS
                    and not _AFTER_A_DETERMINER.search(text[: held.start()])
                ):
                    continue
                return True
        return False

    def _verb_of_an_act(self, noun: str) -> str | None:
        """The verb whose act `noun` names ("ruling": rule, "decision": decide), or None."""
        if noun.endswith("ing") and all_lemmas(noun).get("VERB"):
            return all_lemmas(noun)["VERB"][0]
        if self._wordnet is None or "NOUN" not in all_lemmas(noun):
            return None
        verbs = sorted(
            w
            for w in self._wordnet.related(noun, _FAMILY)
            if w.isalpha() and set(all_lemmas(w)) == {"VERB"}
        )
        return verbs[0] if verbs else None

    def _holds_the_deed(self, passage: int, deed: str, bridges: dict[str, tuple[str, ...]]) -> bool:
        """Whether `passage` holds the verb `deed` in some form its terms or bridges reach."""
        reached = [t for d in terms(deed) for t in (d, *bridges.get(d, ()))]
        return any(self.snapshot.index.contains(passage, t) for t in reached)

    def _dates_another_deed_of_them(
        self,
        asked: str,
        topic: Sequence[str],
        passage: int,
        bridges: dict[str, tuple[str, ...]],
    ) -> bool:
        """Whether a date is asked of a deed ("when did Biden become president": become) the
        passage holds in no form a bridge reaches, and every word of the topic it holds is
        in its mention of a person (a name, a role: "former President Joe Biden"): its date
        ("in 2021") is of something else they did. Not a verb of saying (a quote is its own
        saying), nor where the passage holds a topic word of its own ("when did the state of
        emergency start" of "A state of emergency enacted in March 2022")."""
        found = _WHEN_CLAUSE.search(asked)
        if found is None:
            return False
        deed = next(
            (
                w.group().lower()
                for w in re.finditer(r"[^\W\d_][\w'’-]*", found.group("clause"))
                if w.group().lower() not in STOP_WORDS
                and set(all_lemmas(w.group().lower())) == {"VERB"}
            ),
            None,
        )
        if deed is None or deed in SPEECH_VERBS:
            return False
        if self._holds_the_deed(passage, deed, bridges):
            return False
        text = self.snapshot.passages[passage].text
        people = [(f.start, f.end) for f in self._mentions.find_groups(text)]
        wanted = set(topic)
        held = [start for term, start in zip(*term_spans(text)[:2], strict=True) if term in wanted]
        if any(_PREDICATE_BEFORE.search(text, 0, at) for at in held):
            # "has been governor since 2021": what they are, told with when, is no mention of
            # them ("when did Ruiz become governor")
            return False
        return bool(held) and all(any(a <= at < b for a, b in people) for at in held)

    def _dates_an_untold_deed(
        self, asked: str, passage: int, bridges: dict[str, tuple[str, ...]]
    ) -> bool:
        """Whether a date is asked of a deed of someone or something ("when did the council
        drop the tenants for Hartwell": drop, the verb in its plain form after the auxiliary
        and its subject, the council) the passage holds in no form a bridge reaches, and every
        date it gives stands in a clause naming none of the subject's words, nor a pronoun that
        may stand for it ("with Hartwell building a clinic ... four years ago"): that date is
        of another's deed. Not of a verb
        saying only that something came about or ended, a light verb or a verb of saying;
        not where the subject is a pronoun (whom it means may be named otherwise); not a date
        in a clause of the subject itself ("when did Hartwell drop that clinic on them" of
        "Hartwell building a clinic ... four years ago": its deed, in other words)."""
        found = _WHEN_DID.search(asked)
        if found is None:
            return False
        words = [w.group().lower() for w in re.finditer(r"[^\W\d_][\w'’-]*", found.group("clause"))]
        at = next(
            (
                at
                for at, word in enumerate(words)
                if at
                and word not in STOP_WORDS
                and word not in _NO_DEED
                and any(w not in STOP_WORDS for w in words[:at])
                and word in all_lemmas(word).get("VERB", ())
            ),
            None,
        )
        if at is None:
            return False
        deed, subject = words[at], words[:at]
        if deed in SPEECH_VERBS or deed in _COMING_ABOUT or deed in _NO_DEED:
            return False
        if any(word in _SUBJECT_PRONOUNS for word in subject):
            return False
        if self._holds_the_deed(passage, deed, bridges):
            return False
        # an irregular form ("sought" of "seek"), which its term does not reach
        text = self.snapshot.passages[passage].text
        if any(deed in all_lemmas(word.lower()).get("VERB", ()) for word, _, _ in iter_words(text)):
            return False
        named = {t for word in subject if word not in STOP_WORDS for t in terms(word)}
        dates = kind_spans(AnswerKind.DATE, text)
        return bool(dates and named) and not any(
            named & set(terms(clause)) or _PERSONAL_PRONOUN.search(clause)
            for clause in (text[_clause_start(text, start) : start] for start, _ in dates)
        )

    def _telling_the_direction_first(
        self,
        candidates: list[Candidate],
        asked: str,
        bridges: dict[str, tuple[str, ...]],
        expected: ExpectedAnswer,
        deeper: Callable[[], Sequence[Candidate]],
        deed_bridges: dict[str, tuple[str, ...]],
    ) -> list[Candidate]:
        """`candidates` with the first one shown after the first telling the direction asked
        of by its verb (`_direction_told`, `_Told.AS_ASKED`) where the first does not, and
        dating the thing asked where the first dates another (`_dates_another_thing`),
        first. Asked whether someone got another to do something, the one moved holds a
        telling word of the deed, or a word the ranking bridges it to (`deed_bridges`: "get
        garcia back", "return"; not a passage telling only of another order), and where no
        passage shown tells it so, the first of `deeper` that does ("did a court tell the
        trump team to get garcia back": "was ordered to facilitate the return of ...", below
        passages holding more of the question's words), else the first shown telling it by
        another verb (`_Told.OTHERWISE`: "ordered" for "did the court force ...")."""
        direction = _direction_asked(asked) if may_hold_word(asked, _TO) else None
        whether = direction is not None and direction.whether
        deed = (
            self._telling_terms([t for t in terms(direction.deed) if t not in STOP_WORDS])
            if direction is not None and whether
            else []
        )

        def dates_another(passage: int) -> bool:
            return expected.kind is AnswerKind.DATE and self._dates_another_thing(
                asked, passage, bridges
            )

        def fits(passage: int, told: tuple[_Told | None, ...] = (None, _Told.AS_ASKED)) -> bool:
            return (
                self._direction_told(asked, passage, bridges) in told
                and not dates_another(passage)
                and (
                    expected.kind is not AnswerKind.DATE
                    or bool(kind_spans(AnswerKind.DATE, self.snapshot.passages[passage].text))
                )
                and (not deed or any(self._holds_the_deed(passage, t, deed_bridges) for t in deed))
            )

        first = candidates[0].passage
        misdated = dates_another(first)
        first_told = self._direction_told(asked, first, bridges)
        if not misdated and first_told in (None, _Told.AS_ASKED):
            return candidates
        telling = next((c for c in candidates[1:] if fits(c.passage)), None)
        if telling is None and whether and not misdated:
            telling = next((c for c in deeper() if c.passage != first and fits(c.passage)), None)
            if telling is None and first_told is _Told.NOTHING:
                telling = next(
                    (c for c in candidates[1:] if fits(c.passage, (_Told.OTHERWISE,))), None
                )
        if telling is None:
            return candidates
        rest = [c for c in candidates if c.passage != telling.passage]
        return [telling, *rest][: len(candidates)]

    def _lacks_the_directing_deed(
        self, asked: str, passage: int, bridges: dict[str, tuple[str, ...]]
    ) -> bool:
        """Whether the question asks what someone got another to do ("what did the court
        order the white house to do about garcia", "what did the board want the district to
        change": a verb, its object, then "to" and a verb), or whether they did ("did the
        court tell the government to get garcia back"), and the passage tells no such
        direction (`_direction_told`), or only another's ("did bondi tell the court to back
        off" of "said it did not compel them to take action"): what it says of the others'
        deed is no one's direction ("Bukele said it would be preposterous to return Garcia
        despite a unanimous Supreme Court ruling")."""
        told = self._direction_told(asked, passage, bridges)
        return told is not None and told < _Told.AS_ASKED

    def _direction_told(
        self, asked: str, passage: int, bridges: dict[str, tuple[str, ...]]
    ) -> _Told | None:
        """How the passage tells the direction the question asks of (`_direction_asked`),
        None when it asks none: by the verb asked in some form, bridge or noun of its family
        ("ordered", "an order"); asked whether, by the words of the verb's senses taking
        someone to a deed too, but verbs of saying ("tell": "ordered", "an injunction"; not
        "said"), which tell it only with whom and what (`_directions_told`: "Whitlock told
        the towing company to keep ..." for "did whitlock order the towing company to ...",
        and a verb of saying so for any other: "did the mayor ask the towing company to
        ..."), or a full quotation of whom a verb of saying is asked of (their own words:
        "did moreau tell them to go back to work"; not their words reported, which would
        tell a direction so: "said it did not compel the city to act"), else less by
        another verb telling someone was got to do something ("ordered" for "did the court
        force ..."); or not at all. Not a verb of saying asked what ("what did Trump ask
        Bukele to do": the words asked are a quote of his, in any words), unless the story
        quotes no one its subject names ("what did the courts tell the WH to do": what was
        ordered, read as asked whether), nor asked whether a verb WordNet has taking no one
        to a deed ("did trump send garcia to jail")."""
        direction = _direction_asked(asked) if may_hold_word(asked, _TO) else None
        if direction is None or self._wordnet is None:
            return None
        typed, whether, _, _ = direction
        saying = _is_a_verb_of_saying(typed)
        if saying and not whether and not self._quotes_someone_of(direction.subject):
            # "what did the courts tell the WH to do": no words of theirs the story quotes
            # are asked, but what they ordered, told as whether it was ("was ordered to")
            whether = True
        directing: frozenset[str] = frozenset()
        if whether:
            directing = self._wordnet.senses_directing_someone(typed)
            if not directing:
                return None
            # a verb of saying tells a direction only with whom and what ("told reporters"
            # is none): in `_directions_told`
            told = sorted(
                w
                for w in directing
                if w not in STOP_WORDS and not _is_a_verb_of_saying(w) and w != typed
            )
            if not saying:
                told.insert(0, typed)
        elif saying:
            return None
        else:
            told = [typed]
        if any(self._holds_the_deed(passage, verb, bridges) for verb in told):
            return _Told.AS_ASKED
        text = self.snapshot.passages[passage].text
        lemmas = {
            lemma
            for word, _, _ in iter_words(text)
            for lemma in all_lemmas(word.lower()).get("VERB", ())
        }
        if lemmas.intersection(told):
            return _Told.AS_ASKED
        family = [
            w
            for verb in told
            for w in self._wordnet.related(verb, _FAMILY)
            if w.isalpha() and (not whether or "NOUN" in all_lemmas(w))
        ]
        index = self.snapshot.index
        if any(index.contains(passage, t) for w in family for t in terms(w)):
            return _Told.AS_ASKED
        if saying and direction.subject:
            # "did moreau tell them to go back to work" of her "“We will not go back to
            # work ...” Moreau told reporters": whether they told is in their own words
            named = {person.id for person, _, _ in self._mentions.find(direction.subject)}
            if any(
                q.kind is QuoteKind.DIRECT and q.speaker_id in named
                for q in self._quotes_of(passage)
            ):
                return _Told.AS_ASKED
        directed = self._directions_told(text) if whether else frozenset()
        if directed & directing or (saying and any(map(_is_a_verb_of_saying, directed))):
            # "told the towing company to keep" for "order", or for "ask"
            return _Told.AS_ASKED
        return _Told.OTHERWISE if directed else _Told.NOTHING

    def _quotes_someone_of(self, subject: str) -> bool:
        """Whether the story quotes someone `subject` names ("Trump", "the mayor"; not "the
        courts", a body whose words no quotation carries)."""
        return any(person.id in self._quoted_ids for person, _, _ in self._mentions.find(subject))

    def _directions_told(self, text: str) -> frozenset[str]:
        """The verbs (their plain forms) by which `text` tells someone getting another to do
        something, any WordNet has taking someone to a deed (`WordNet.senses_directing_someone`):
        the verb, its object (after "for" too: "asked for the administration to maintain")
        and "to" with a verb ("Whitlock told the towing company to keep the lots open", for
        "did the mayor ask the towing company to ..."), or the verb's
        participle after a form of "be", at most three words before "to" ("was ordered last
        week to pay")."""
        assert self._wordnet is not None
        words = [word.lower() for word, _, _ in iter_words(text)]
        found: set[str] = set()
        for at, word in enumerate(words):
            if word != "to" or at + 1 >= len(words):
                continue
            then = words[at + 1]
            if then not in all_lemmas(then).get("VERB", ()):
                continue
            for verb_at in range(max(at - 5, 0), at):
                verb, between = words[verb_at], words[verb_at + 1 : at]
                if verb in STOP_WORDS or not self._wordnet.senses_directing_someone(verb):
                    continue
                passive = verb_at > 0 and words[verb_at - 1] in _FORMS_OF_BE and len(between) <= 3
                if between[:1] == ["for"]:
                    between = between[1:]  # "asked for the administration to maintain"
                if passive or (between and _names_whom(between)):
                    found.update(v.lower() for v in all_lemmas(verb).get("VERB", (verb,)))
        return frozenset(found)

    def _starts_another_thing(
        self, asked: str, passage: int, bridges: dict[str, tuple[str, ...]]
    ) -> bool:
        """Whether a time is asked of when a thing comes about or ends ("when does the toll
        start": a verb telling only that, `_COMING_OR_ENDING`, after its subject) and the
        passage holds that verb only with an object of its own that is not the thing
        ("Commuters who start work each day ... will pay the new toll": the starting is of
        work, and its time words, "each day", of that): the passage tells no start of the
        thing, whatever else it dates. Not where the passage holds the verb with no object
        after it, or one not plainly a noun ("will start March 3", "start charging the
        toll", "starts on Monday"), nor where it never holds it (a start told in other
        words: "takes effect on May 1")."""
        return self._start_told(asked, passage, bridges) is False

    def _start_told(
        self, asked: str, passage: int, bridges: dict[str, tuple[str, ...]]
    ) -> bool | None:
        """Whether the passage holds the verb of the start or end asked
        (`_starts_another_thing`) as the thing's, or maybe so (True), or only with an object
        of its own that is not the thing (False); None where no such start is asked, or the
        passage holds no such verb."""
        start = _start_asked(asked)
        if start is None:
            return None
        words, at, subject = start
        verbs = set(all_lemmas(words[at]).get("VERB", ())) or {words[at]}
        # and its other words ("begin": a passage's "start")
        verbs |= next((group for group in _STARTING_OR_ENDING if verbs & group), frozenset())
        # and what the question starts after the verb ("when did ana ruiz start work": work)
        thing = {
            t
            for w in (*subject, *words[at + 1 :])
            for d in terms(w)
            for t in (d, *bridges.get(d, ()))
        }
        said = list(iter_words(self.snapshot.passages[passage].text))
        held = [
            i
            for i, (word, _, _) in enumerate(said)
            if set(all_lemmas(word.lower()).get("VERB", ())) & verbs
        ]
        if not held:
            return None
        for i in held:
            after = [w for w, _, _ in said[i + 1 : i + 4]]
            while after and after[0].lower() in _DETERMINERS:
                after = after[1:]
            if not after:
                return True
            word = after[0]
            lower = word.lower()
            if set(terms(lower)) & thing:
                return True  # "start the toll"
            if (
                word[:1].isupper()
                or lower in STOP_WORDS
                or lower.endswith("ing")
                or not all_lemmas(lower).get("NOUN")
            ):
                return True  # "start March 3", "start on", "start charging"
        return False

    def _own_start_first(
        self, asked: str, candidates: list[Candidate], bridges: dict[str, tuple[str, ...]]
    ) -> list[Candidate]:
        """`candidates` with, where the first tells only of another thing's start
        (`_starts_another_thing`), the first shown telling the thing's own (`_start_told`:
        "The board will start the new fare on May 4") put first."""
        if not candidates or not self._starts_another_thing(asked, candidates[0].passage, bridges):
            return candidates
        for at, candidate in enumerate(candidates[1:], 1):
            if self._start_told(asked, candidate.passage, bridges):
                return [candidate, *candidates[:at], *candidates[at + 1 :]]
        return candidates

    def _dates_another_thing(
        self, asked: str, passage: int, bridges: dict[str, tuple[str, ...]]
    ) -> bool:
        """Whether a date is asked of when a thing came about or ended ("when did the
        rationing in peru start": a verb telling only that, `_COMING_OR_ENDING`, after its
        subject) and the passage names the thing in no form a bridge reaches: none of the
        subject's words other than those it writes as a name ("Peru's environment minister
        ... would start building two desalination plants next year": Peru is only where, and
        the date is of the building). Not where the subject is a pronoun (whom or what it
        means may be named otherwise), nor where every word of the subject is a name the
        passage writes ("when did Bukele's term begin")."""
        start = _start_asked(asked)
        if start is None:
            return False
        subject = start[2]
        text = self.snapshot.passages[passage].text
        # the words the passage writes as a name ("Peru's", "Lima"): where, or whose, not what
        written = {
            word.lower().removesuffix("'s").removesuffix("’s")
            for word, _, _ in iter_words(text)
            if word[:1].isupper()
        }
        thing = [w.removesuffix("'s").removesuffix("’s") for w in subject]
        thing = [w for w in thing if w not in written]
        if not thing:
            return False
        index = self.snapshot.index
        reached = {t for w in thing for d in terms(w) for t in (d, *bridges.get(d, ()))}
        return bool(kind_spans(AnswerKind.DATE, text)) and not any(
            index.contains(passage, t) for t in reached
        )

    def _names_none_of_the_kind(
        self, expected: ExpectedAnswer, topic: Sequence[str], shown: Sequence[Candidate]
    ) -> bool:
        """Whether the names of things of a kind are asked ("which gangs"), the first passage
        `shown` holds the kind's word only before another noun it qualifies ("alleged gang
        member migrants": migrants, not gangs) and names none of the kind, and a passage
        shown after it does name one: that one tells which (`_names_a_thing_of`). Not a
        passage telling of the kind itself ("one of the most dangerous countries"), which
        may say which without its name."""
        if not expected.names_of or not shown:
            return False
        first = shown[0].passage
        if self._names_a_thing_of(first, expected.names_of, topic):
            return False
        words = list(iter_words(self.snapshot.passages[first].text))
        held = [
            at
            for at, (word, _, _) in enumerate(words)
            if term_of(word.lower()) in expected.names_of
        ]
        if not held or any(not _qualifies_a_noun(words, at) for at in held):
            return False
        return any(self._names_a_thing_of(c.passage, expected.names_of, topic) for c in shown[1:])

    def _kind_listed_elsewhere(self, asked: str, passage: int) -> frozenset[int]:
        """Where "what <things>" asks which things of a kind ("what abuses happen in the
        prisons": a plural noun after the asking word) and `passage` holds the kind's word with
        none listed after it ("reports of human rights abuses inside Salvadoran prisons"), or
        never says it ("stands accused of violating El Salvador's constitution" for "what kind
        of abuses are the authorities accused of"), the other passages of its story listing
        them after it ("widespread abuses, including mass arbitrary detentions, ..."): those
        tell which. Empty otherwise."""
        found = _WHAT_THINGS.match(asked)
        if found is None:
            return frozenset()
        plural = found.group("kind").lower()
        nouns = all_lemmas(plural).get("NOUN", ())
        term = term_of(plural)
        if not nouns or plural in nouns or plural in STOP_WORDS or term is None:
            return frozenset()
        index = self.snapshot.index

        def lists(at: int) -> bool | None:
            """Whether passage `at` lists things after the kind's word (None: no such word)."""
            text = self.snapshot.passages[at].text
            ends = [end for word, _, end in iter_words(text) if term_of(word.lower()) == term]
            if not ends:
                return None
            return any(_LISTED_AFTER.match(text, end) is not None for end in ends)

        if lists(passage):
            return frozenset()
        story = self.snapshot.passages[passage].story_id
        keys = ((story, told.paragraph) for told in self.snapshot.stories.by_id[story].passages)
        others = [self._passage_at[key] for key in keys if key in self._passage_at]
        return frozenset(
            other
            for other in others
            if other != passage and index.contains(other, term) and lists(other)
        )

    def _naming_the_kind_first(
        self, candidates: list[Candidate], expected: ExpectedAnswer, topic: Sequence[str]
    ) -> list[Candidate]:
        """`candidates` with the first naming a thing of the kind asked put first."""
        found = next(
            c for c in candidates if self._names_a_thing_of(c.passage, expected.names_of, topic)
        )
        return [found, *(c for c in candidates if c.passage != found.passage)]

    def _why_of_a_deed_untold(self, asked: str, passage: int) -> bool:
        """Whether "why did <someone> <verb> ..." asks the reason for a deed (the verb after
        the subject: "side" of "why did the Supreme Court side with Trump") that no passage of
        `passage`'s story tells, in any form of the verb or a word of its WordNet family or
        senses: the story gives no reason for what it never tells was done. Not a light verb
        ("take", "get": the deed is in its object) nor one of saying."""
        clause = _WHY_DID.match(asked)
        if clause is None or self._wordnet is None:
            return False
        verb = clause.group("verb").lower()
        lemmas = {lemma.lower() for lemma in all_lemmas(verb).get("VERB", ())}
        before = clause.group()[: clause.start("verb") - clause.start()]
        if (
            not lemmas
            or verb in STOP_WORDS
            or lemmas & _LIGHT_VERBS
            or any(t in _ASKING_STEMS for w in (verb, *before.split()) for t in terms(w))
        ):
            # "why do critics say he broke ...", "why does the professor reckon it works":
            # the reason of their saying or their view
            return False
        return self._deed_told_nowhere(verb, lemmas, passage)

    def _who_of_a_deed_untold(self, asked: str, passage: int) -> bool:
        """Whether "who <verb> the <thing>" asks the doer of a deed (`deed_word`: "made" of
        "who made the hype video") that no passage of `passage`'s story tells, in any form or
        sense (`_deed_told_nowhere`): whoever the passage names with the thing did something
        else with it. Not a verb of saying (a quote is its own saying)."""
        at = deed_word(asked)
        if at is None or self._wordnet is None or _A_THING_AFTER.match(asked, at) is None:
            return False
        verb = re.match(r"[^\W\d_]+", asked[at:])
        if verb is None:
            return False
        word = verb.group().lower()
        lemmas = {lemma.lower() for lemma in all_lemmas(word).get("VERB", ())}
        if not lemmas or any(t in _SPEECH_STEMS for t in terms(word)):
            return False
        return self._deed_told_nowhere(word, lemmas, passage)

    def _deed_told_nowhere(self, verb: str, lemmas: set[str], passage: int) -> bool:
        """Whether no passage of `passage`'s story holds the verb `verb` (its `lemmas`) in any
        form or a word of its WordNet family or senses."""
        assert self._wordnet is not None
        related = {
            w
            for lemma in lemmas | {verb}
            for w in self._wordnet.related(lemma, (Source.FAMILY, Source.SYNONYMS))
        }
        near = {*terms(verb), *(t for w in (related - _LIGHT_VERBS) | lemmas for t in terms(w))}
        index = self.snapshot.index
        story = self.snapshot.passages[passage].story_id
        keys = ((story, told.paragraph) for told in self.snapshot.stories.by_id[story].passages)
        held = [self._passage_at[key] for key in keys if key in self._passage_at]
        return not any(index.contains(p, t) for p in held for t in near)

    def _counts_in_another_country(self, asked: str, passage: int) -> bool:
        """Whether "how many" asks a number in a country ("in the US", "in El Salvador") and
        every sentence of `passage` giving a number names another country and not the one
        asked: its numbers are of there ("has detained 85,000 people in El Salvador, though
        only 1,000 have been convicted", however the next sentence says "a similar dynamic
        is playing out in the U.S."). "the us" in lower case is the country, not the
        pronoun, after "in the"."""
        if self._countries is None:
            return False
        typed = _IN_A_COUNTRY.search(asked)
        if typed is None:
            return False
        place = typed.group("place")
        found = self._countries.in_text(place, cased=False, people_words=False)
        if (
            not found
            or found[0][1] != typed.start("name") - typed.start("place")
            or found[0][2] != len(place)
        ):
            # not a country's name ("in the prison"), or not all of it ("in the salvadoran
            # prison": a prison, wherever the passage names it)
            return False
        country = found[0][0]
        told = self.snapshot.passages[passage]
        counting = False
        for span in told.sentences:
            sentence = told.text[span.start - told.start : span.end - told.start]
            if not kind_spans(AnswerKind.COUNT, sentence):
                continue
            counting = True
            named = [c for c, _, _ in self._countries.in_text(sentence, people_words=False)]
            if not named or any(c & country for c in named):
                return False
        return counting

    def _another_of_its_kind(self, asked: str, passage: int) -> bool:
        """Whether a word the question names with "the" ("when was the meeting", "the White
        House meeting") is held in `passage` only after "a"/"an" ("arriving unannounced for a
        meeting, which Biden rebuffed") while a passage of its story before it tells of "the"
        one: the question means the event the story names as known, and the passage tells of
        another of its kind, whose date is not the one asked. Not where "the" comes only after
        ("began a curfew on March 3" first, "The curfew runs from 9 p.m." after): that names
        again the one the passage told of first. Read for dates only: elsewhere
        an indefinite noun may well be the one asked ("built a relationship" of "how did the
        relationship start", "one hell of a president" of "the American president")."""
        text = self.snapshot.passages[passage].text
        story: list[int] | None = None
        before: list[int] = []  # the story's passages before `passage`
        named = (
            word for phrase in _DEFINITE_WORDS.findall(asked.lower()) for word in phrase.split()
        )
        for word in dict.fromkeys(named):
            if len(word) < 4:
                continue
            held = list(re.finditer(rf"\b{re.escape(word)}\b", text, re.IGNORECASE))
            if not held or not all(_AFTER_AN_ARTICLE.search(text[: m.start()]) for m in held):
                continue
            if story is None:
                story_id = self.snapshot.passages[passage].story_id
                numbers = self._story_passage_numbers(story_id)
                story = [n for n in numbers if n != passage]
                before = numbers[: numbers.index(passage)] if passage in numbers else []
            # in lower case: "the State Department" is no state of emergency told of
            known = re.compile(rf"\b[Tt]he\s+(?:[\w'’-]+\s+){{0,2}}?{re.escape(word)}\b")
            # told of before the passage's: "a curfew" first and "the curfew" after it is the
            # one the passage tells of, named again as known, not another
            told = [n for n in before if known.search(self.snapshot.passages[n].text)]
            if not told:
                continue
            # "when was the meeting with Biden": a word of the question the passage holds and
            # none telling of "the meeting" does, nor many of the story's passages ("Trump",
            # "Bukele" tell no one meeting apart), picks the passage's one as the one meant
            index, own = self.snapshot.index, set(terms(word))
            if not any(
                index.contains(passage, t)
                and not any(index.contains(n, t) for n in told)
                and sum(index.contains(n, t) for n in story) < len(story) / 4
                for t in terms(asked)
                if t not in own
            ):
                return True
        return False

    def _asks_rate(self, question: str) -> bool:
        """Whether `question` asks an amount or a number of each one of something
        (`answer_types.rate_asked`), not "per" someone, which names a source ("per Miller")."""
        asked = rate_asked(question)
        if not asked:
            return False
        named = {start for _, start, _ in self._mentions.find(question)}
        return any(at is None or at not in named for at in asked)

    def _owned_by_someone_else(
        self, text: str, read: ReadQuestion, topic: Sequence[str], passage: int
    ) -> bool:
        """Whether the question asks of something a person it names by name owns ("when is
        Bukele's term up") and the passage holds the words of that thing only as someone
        else's ("during Trump's first term"): it tells of theirs, not of the one asked."""
        named = self._named_by_name(read)
        if not named:
            return False
        asked = owned_spans(
            text,
            [(p.id, start, end) for p, start, end in self._mentions.find(text) if p.id in named],
        )
        if not asked:
            return False
        said = self.snapshot.passages[passage].text
        theirs = owned_spans(
            said, [(p.id, start, end) for p, start, end in self._mentions.find(said)]
        )
        wanted, index = set(topic), self.snapshot.index
        for owner, owned in owned_terms(text, asked).items():
            held = [t for t in owned if t in wanted and index.contains(passage, t)]
            if held and all(held_only_as_others(said, t, owner, theirs) for t in held):
                return True
        return False

    def _asked_in_general_held_as_someones(
        self, text: str, read: ReadQuestion, topic: Sequence[str], passage: int
    ) -> bool:
        """Whether the question asks of a thing in general, after "a" or "an" ("is a president
        there allowed a second term"), and the passage holds its words only as owned by
        someone the question does not name by name ("during Trump's second term"): it tells
        of theirs, not of the thing asked."""
        wanted, index = set(topic), self.snapshot.index
        phrases = [
            [t for t in terms(found.group("words")) if t in wanted]
            for found in _INDEFINITE_PHRASE.finditer(text)
        ]
        phrases = [p for p in phrases if p and index.contains(passage, p[-1])]
        if not phrases:
            return False
        said = self.snapshot.passages[passage].text
        named = self._named_by_name(read)
        theirs = [
            span
            for span in owned_spans(
                said, [(p.id, start, end) for p, start, end in self._mentions.find(said)]
            )
            if span[0] not in named
        ]
        if not theirs:
            return False
        return any(
            all(
                held_only_as_others(said, t, "", theirs)
                for t in phrase
                if index.contains(passage, t)
            )
            for phrase in phrases
        )

    def _held_only_in_idioms(self, topic: Sequence[str], passage: int, question: str) -> bool:
        """Whether the passage holds a word of the `topic` only inside an adverb of a
        preposition and it (WordNet's "in return", "in turn", "on time", "in place") that the
        `question` does not say: the word's own sense is not there ("is Trump planning a return
        visit" of "“It's an honor to have you,” Trump said in return"), however much the
        passage seems to hold of the topic."""
        if self._wordnet is None:
            return False
        wanted = set(topic)
        said = self.snapshot.passages[passage].text.lower()
        if wanted.isdisjoint(self._idiom_terms(self._wordnet)) and not any(
            term_of(word) in wanted
            and f"{word} of" in said
            and self._wordnet.heads_a_preposition(word)
            for word in _LETTERS.findall(question.lower())
        ):
            # no word asked is one an idiom holds, nor one the passage writes before "of"
            # (most questions): nothing read
            return False
        idioms = self._idioms_cache.get(passage)
        if idioms is None:
            idioms = remember(
                self._idioms_cache, passage, self._idioms_of(passage), PASSAGE_CACHE_SIZE
            )
        if not idioms:
            return False
        asked = " ".join(_LETTERS.findall(question.lower()))
        return any(term in wanted and phrase not in asked for term, phrase in idioms)

    def _held_only_in_names(
        self, topic: Sequence[str], passage: int, read: ReadQuestion, question: str
    ) -> bool:
        """Whether the passage holds a word of the `topic` only inside the name of someone
        (a person or an organisation) the question does not name: a name is no use of its
        words ("How come people there don't have their rights" of "According to Human Rights
        Watch, ... detained 85,000 people"), however much the passage seems to hold."""
        return bool(self._terms_only_in_names(topic, passage, read, question))

    def _terms_only_in_names(
        self, topic: Sequence[str], passage: int, read: ReadQuestion, question: str
    ) -> frozenset[str]:
        """The terms of the `topic` the passage holds only inside names the question does not
        ask of (`_held_only_in_names`)."""
        wanted = set(topic)
        index = self.snapshot.index
        if not any(index.contains(passage, t) for t in wanted):
            return frozenset()
        asked = self._ids_of(read.mentioned) | self._ids_of(read.speakers)
        # (a part of a message may carry its topic from the part before: "... and how many
        # convicted")
        typed = [*terms(question), *topic]
        text = self.snapshot.passages[passage].text

        def unasked(found: Found, said: str) -> Iterator[str]:
            """The ids of those named at `found` whom the question does not ask."""
            return (
                p.id
                for p in _maybe_named_by(found, text)
                if p.id not in asked
                # the words of their names only: a role ("White House press secretary
                # Karoline Leavitt") is a use of its words
                and said in self._name_keys(p)
                and not (
                    _names_in(typed, p) and not self._plain_words_of_story(question, p, passage)
                )
            )

        names: list[tuple[int, int, Found, str]] = []
        for found in self._mentions.find_groups(text):  # a surname's 90 people at one span
            said = match_key(text[found.start : found.end])
            # one unasked is enough here (all of them are read only where the question
            # describes an organisation, below: reading each of a surname's 90 people at
            # every span cost some 4 % of a question's instructions)
            if next(unasked(found, said), None) is not None:
                names.append((found.start, found.end, found, said))
        if not names:
            return frozenset()
        inside = _only_inside(text, wanted, [(a, b) for a, b, _, _ in names])
        if not inside:
            return frozenset()
        # "why are rights groups worried about ..." of "According to Human Rights Watch": the
        # question describes the organisation as a question names a speaker ("the rights
        # group"), so its name is one the question asks of (read only where the name alone
        # holds a word asked)
        described = self._organisations_described(question)
        if not described:
            return inside
        return _only_inside(
            text,
            wanted,
            [
                (a, b)
                for a, b, found, said in names
                if not frozenset(unasked(found, said)) <= described
            ],
        )

    @staticmethod
    def _held_inside(text: str, wanted: set[str], names: Sequence[tuple[int, int]]) -> bool:
        """Whether `text` holds a `wanted` term inside one of the `names`' spans only."""
        return bool(_only_inside(text, wanted, names))

    def _organisations_described(self, question: str) -> frozenset[str]:
        """The ids of those `question` describes by words ending in a word for any
        organisation ("rights groups", "the watchdog group": Human Rights Watch), read as a
        speaker's description is (`speaker_named_by`), of up to three words before it."""
        words = question.split()
        found: set[str] = set()
        for at, word in enumerate(words):
            if word.strip(",.;:!?\"'“”‘’()").lower() not in GROUP_NOUNS or at == 0:
                continue
            # the fewest words first, none across a sentence's or a clause's mark
            for start in range(at - 1, max(-1, at - 4), -1):
                if words[start][-1] in ",.;:!?":
                    break
                named = speaker_named_by(" ".join(words[start : at + 1]), self._mentions)
                if named is not None and named.speakers:
                    found.update(p.id for p in named.speakers)
                    break
        return frozenset(found)

    def _plain_words_of_story(self, question: str, person: Person, passage: int) -> bool:
        """Whether the question types, in lower case, two words side by side of `person`'s
        longer name (not all of it) that the story of `passage` also uses as plain words
        ("did anyone bring up human rights" of Human Rights Watch, where the story tells of
        "human rights abuses"): those words, not the name said short."""
        words = person.name.split()
        if len(words) < 3:
            return False
        if re.search(r"\b" + r"\s+".join(map(re.escape, words)) + r"\b", question, re.I):
            return False
        pairs = [
            re.compile(rf"\b{re.escape(a.lower())}\s+{re.escape(b.lower())}\b")
            for a, b in itertools.pairwise(words)
        ]
        # ending what it names ("bring up human rights at all"), not before a noun whose kind
        # it says ("the human rights people": the group)
        typed = [
            pair
            for pair in pairs
            if any(self._ends_what_it_names(question, m.end()) for m in pair.finditer(question))
        ]
        if not typed:
            return False
        story = self.snapshot.passages[passage].story_id
        return any(
            pair.search(self.snapshot.passages[n].text)
            for n in self._story_passage_numbers(story)
            for pair in typed
        )

    def _ends_what_it_names(self, question: str, end: int) -> bool:
        """Whether the words of `question` before `end` end a phrase naming a thing, not
        the kind of someone: nothing, punctuation or a preposition after them, or a noun
        naming a thing first ("human rights complaints"; not "the human rights people")."""
        if _ENDS_A_NOUN_PHRASE.match(question, end):
            return True
        after = _NEXT_WORD_AFTER.match(question, end)
        return (
            after is not None
            and self._wordnet is not None
            and self._wordnet.names_a_thing_first(after.group(1))
        )

    def _plain_words_first(
        self, candidates: list[Candidate], topic: Sequence[str], read: ReadQuestion, text: str
    ) -> list[Candidate]:
        """`candidates` with the first shown after the first that holds a word of the `topic`
        and none only inside a name put first, when the first holds words of the question
        only inside the name of someone the question does not ask of and its story writes one
        of them elsewhere as a plain word, in lower case ("human rights abuses" beside "Human
        Rights Watch"; not "Grace" of "Grace Ibe", which it writes only in her name): the
        name is no use of the words, which are asked as the story's plain words."""
        first = candidates[0].passage
        named = self._terms_only_in_names(topic, first, read, text)
        if not named or not self._written_plainly(named, first):
            return candidates
        index = self.snapshot.index
        return self._first_that(
            candidates,
            lambda n: (
                any(index.contains(n, t) for t in topic)
                and not self._held_only_in_names(topic, n, read, text)
            ),
            in_story=lambda _: False,
        )

    def _written_plainly(self, wanted: frozenset[str], passage: int) -> bool:
        """Whether a passage of `passage`'s story other than it writes a `wanted` term in
        lower case, as a plain word."""
        story = self.snapshot.passages[passage].story_id
        for other in self._story_passage_numbers(story):
            if other == passage or not any(self.snapshot.index.contains(other, t) for t in wanted):
                continue
            said = self.snapshot.passages[other].text
            words, starts, _ = term_spans(said)
            if any(w in wanted and said[at].islower() for w, at in zip(words, starts, strict=True)):
                return True
        return False

    def _name_keys(self, person: Person) -> frozenset[str]:
        """`person`'s name and aliases as `match_key` writes them, worked out once."""
        keys = self._name_keys_cache.get(person.id)
        if keys is None:
            keys = frozenset(match_key(n) for n in (person.name, *person.aliases))
            self._name_keys_cache[person.id] = keys  # bounded by the corpus's people
        return keys

    def _held_only_as_modifiers_of_names(
        self, question: str, topic: Sequence[str], passage: int
    ) -> bool:
        """Whether the passage holds every word of the `topic` it holds only before the last
        word of a name of several capitalised words the question does not type whole, nor
        a person's (a title before a name is a use of its words: "Attorney General Pam
        Bondi"): the "State Department" is no state, "Human Rights Watch" no human rights;
        the name's last word says what it is (a "Supreme Court" is a court). Only a word the
        question gives a phrase of its own ("the state of emergency"): one it types alone
        may be the name said short ("sat down in the Oval" of "the Oval Office")."""
        # only a word the question gives a phrase of its own can be read as a name's: most
        # questions give none, and then neither the passage's words nor its names are read
        heads = _phrase_heads(question, topic)
        if not heads:
            return False
        index = self.snapshot.index
        held = {t for t in topic if index.contains(passage, t)}
        phrased = heads & held
        if not phrased:
            return False
        text = self.snapshot.passages[passage].text
        people = [(start, end) for _, start, end in self._mentions.find(text)]
        typed = set(terms(question))
        inside: set[str] = set()
        outside: set[str] = set()
        modifiers: set[tuple[int, int]] = set()  # where the words read as a name's stand
        for name in _capitalised_runs(text):
            if len(name) < 2 or any(a < name[-1][2] and name[0][1] < b for a, b in people):
                continue
            run_terms = [term_of(w.lower()) for w, _, _ in name]
            if all(t in typed for t in run_terms if t):
                continue  # "what did the state department say": the name typed
            modifiers.update((start, end) for _, start, end in name[:-1])
            for term in run_terms[:-1]:
                if term in phrased:
                    inside.add(term)
        # held anywhere else (a person's title, a typed name, a plain word), it may be meant
        for word, start, _ in iter_words(text):
            term = term_of(word.lower())
            if term in inside and (start, start + len(word)) not in modifiers:
                outside.add(term)
        return bool(inside) and held <= inside - outside

    def _names_none_asked_of(
        self,
        topic: Sequence[str],
        passage: int,
        read: ReadQuestion,
        bridges: dict[str, tuple[str, ...]],
    ) -> bool:
        """Whether the topic is only the names of people the question names, words most
        passages hold (no telling term: the coverage reads "nothing to cover"), and the
        passage holds none of them, nor a word a bridge reaches: "what did Bondi say about
        Bukele" of her passage on the court, which never names him, in a story naming him in
        most. (A common word of another kind may be told otherwise: "what did Leavitt say
        about the meeting" of her "will discuss".)"""
        if not topic or self._telling_terms(topic):
            return False
        names = {
            term
            for person in read.mentioned
            for name in (person.name, *person.aliases)
            for term in terms(name)
        }
        if not all(term in names for term in topic):
            return False
        index = self.snapshot.index
        return not any(
            index.contains(passage, held)
            for term in topic
            for held in (term, *bridges.get(term, ()))
        )

    def _held_only_in_others_words(
        self,
        topic: Sequence[str],
        passage: int,
        speakers: Sequence[Person],
        bridges: dict[str, tuple[str, ...]],
    ) -> bool:
        """Whether the passage holds the telling words of the `topic` it holds (or a word a
        bridge reaches) only in sentences giving someone else's words: a sentence holding a
        quotation the story credits to another person and none of the asked `speakers`'
        ("“These are sick people,” the president said. Members of Trump's Cabinet, including
        Attorney General Pam Bondi, described the Supreme Court ruling as a victory and said
        ..."): the passage quotes the one asked, but on something else, and what it holds of
        the topic is the other's. A sentence quoting no one (the writer's own account around
        the words) may tell what they were about."""
        quotes = self._quotes_of(passage)
        ids = self._ids_of(speakers)
        if not any(q.speaker_id is not None and q.speaker_id not in ids for q in quotes):
            return False
        shown = self.snapshot.passages[passage]
        theirs: list[tuple[int, int]] = []
        for sentence in shown.sentences:
            said = {q.speaker_id for q in quotes if sentence.start <= q.start < sentence.end}
            if said - ids - {None} and not said & ids:
                theirs.append((sentence.start - shown.start, sentence.end - shown.start))
        if not theirs:
            return False
        wanted: set[str] = set()
        for term in self._telling_terms(topic):
            wanted.update((term, *bridges.get(term, ())))
        held_inside: set[str] = set()
        held_outside: set[str] = set()
        for term, start in zip(*term_spans(shown.text)[:2], strict=True):
            if term in wanted:
                inside = any(a <= start < b for a, b in theirs)
                (held_inside if inside else held_outside).add(term)
        return bool(held_inside) and not held_outside

    def _idiom_terms(self, wordnet: WordNet) -> frozenset[str]:
        """The terms of every word WordNet has in an adverb idiom after a preposition
        (`_idioms_of`'s, whatever the passage): a topic holding none of them is held in no
        idiom, so no passage's idioms are read for it. Made once, on first need."""
        if self._idiom_terms_made is None:
            words = wordnet.idiom_words_after(PREPOSITIONS)
            self._idiom_terms_made = frozenset(
                term for term in map(term_of, words) if term is not None
            )
        return self._idiom_terms_made

    def _idioms_of(self, passage: int) -> tuple[tuple[str, str], ...]:
        """The terms the passage holds only inside a preposition's adverb idiom, each with
        the idiom ("return", "in return")."""
        assert self._wordnet is not None
        text = self.snapshot.passages[passage].text
        words = list(_LETTERS.finditer(text))
        idioms: dict[str, str] = {}
        inside: set[int] = set()  # where the idioms' words start
        for previous, match in itertools.pairwise(words):
            before = previous.group().lower()
            if before not in PREPOSITIONS or not text[previous.end() : match.start()].isspace():
                continue
            word = match.group().lower()
            term = term_of(word)
            if term is not None and self._wordnet.is_adverb_idiom(before, word):
                idioms[term] = f"{before} {word}"
                inside.add(match.start())
        for match, following in itertools.pairwise(words):
            word = match.group().lower()
            if (
                following.group().lower() == "of"
                and text[match.end() : following.start()].isspace()
                and self._wordnet.heads_a_preposition(word)
                and (term := term_of(word)) is not None
            ):
                idioms[term] = f"{word} of"
                inside.add(match.start())
        for match in words:  # held outside an idiom too: the word asked may be meant
            if idioms and match.start() not in inside:
                idioms.pop(term_of(match.group().lower()) or "", None)
        return tuple(idioms.items())

    def _framed_first(
        self,
        candidates: list[Candidate],
        gain: str,
        speakers: Sequence[Person],
        seen: set[int],
    ) -> list[Candidate]:
        """`candidates` with the first passage (of them, else of the first one's story, in
        its order; of `speakers`' quoting passages when a speaker is asked about) opening a
        sentence "For X," with X whom the question's words `gain` ask the gain of (by a word
        or as the same person) put first: "what's in it for nayib" of "For Bukele, the
        arrangement is financially lucrative as well", "what does the club get out of it" of
        "For the club, the deal means ...". News tells what something brings someone so,
        whatever words it then tells it in, which the question's need not share. Not a passage
        shown already (`seen`): "what else is in it for her" asks for more than it."""
        framed = self._framed_for_gain(gain, speakers)
        if framed is None:
            return candidates
        return self._first_that(
            candidates, framed, in_story=lambda n: n not in seen and framed(n), speakers=speakers
        )

    def _not_of_whom_it_names_first(
        self,
        candidates: list[Candidate],
        named: frozenset[str],
        gain: str | None,
        seen: set[int],
    ) -> list[Candidate]:
        """`candidates` with the first of them quoting someone other than the `named` people
        put first, when the first quotes them alone: whoever a question asks of by a pronoun
        no conversation tells ("what did he say about bukele", "what's in it for bukele per
        that same guy") is not whom it names (of whom English says "himself"). Of a gain
        asked (`gain`), the first passage telling it ("For X,") that does, looked for in the
        story as `_framed_first` does."""
        quotes = self._quotes_of(candidates[0].passage)
        if not quotes or any(quote.speaker_id not in named for quote in quotes):
            return candidates

        def elses(passage: int) -> bool:
            return any(
                quote.speaker_id is not None and quote.speaker_id not in named
                for quote in self._quotes_of(passage)
            )

        framed = self._framed_for_gain(gain, ()) if gain is not None else None
        if framed is None:
            # among those ranked only: another passage of the story is on no topic asked
            return self._first_that(candidates, elses, in_story=lambda _: False)
        return self._first_that(
            candidates,
            lambda n: framed(n) and elses(n),
            in_story=lambda n: n not in seen and framed(n) and elses(n),
        )

    def _of_whom_the_pronoun_may_be_first(
        self,
        candidates: list[Candidate],
        said: Gender,
        topic: Sequence[str],
        seen: set[int],
    ) -> list[Candidate]:
        """`candidates` with the first passage quoting someone a pronoun no conversation tells
        may be put first, where the first quotes only people it cannot be. May be: of the sex
        it `said` ("what did she say about the prison": a woman, not Bukele, whom the story
        tells is a man by "Bukele said, adding that he ..."), or of a sex the story does not
        tell (`told_gender`); their sex only (whom the question names is
        `_not_of_whom_it_names_first`'s). First the first whose words of theirs hold a word of
        the `topic`, ranked or else of the story ("Leavitt said ... “... their supermax
        prison ...”"); else the first ranked quoting one. Unchanged where the first quotes no
        one or someone it may be ("did she praise the council" of the passage telling the
        council approved it), or none does."""
        wanted = frozenset(topic)

        def theirs(passage: int, on_topic: bool) -> bool:
            story = self.snapshot.passages[passage].story_id
            return any(
                quote.speaker_id is not None
                and self._told_gender(quote.speaker_id, story) in (said, None)
                and (not on_topic or not wanted.isdisjoint(terms(quote.text)))
                for quote in self._quotes_of(passage)
            )

        first = candidates[0].passage
        story = self.snapshot.passages[first].story_id
        quotes = self._quotes_of(first)
        if not quotes or any(
            quote.speaker_id is None or self._told_gender(quote.speaker_id, story) in (said, None)
            for quote in quotes
        ):
            return candidates  # no words first but of people it cannot be
        moved = self._first_that(
            candidates,
            lambda n: theirs(n, on_topic=True),
            in_story=lambda n: n not in seen and theirs(n, on_topic=True),
        )
        if moved is not candidates:
            return moved
        return self._first_that(
            candidates, lambda n: theirs(n, on_topic=False), in_story=lambda _: False
        )

    def _told_gender(self, person_id: str, story: str) -> Gender | None:
        """A person's sex as `story` tells it (`told_gender`), remembered."""
        key = (person_id, story)
        if key in self._told_genders:
            return self._told_genders[key]
        # imported here: the attribution package loads the whole attributor, which an ask from
        # a stored build otherwise never needs (some 60 ms of a cold `storybot ask`)
        from bot.engine.attribution.gender import told_gender

        person = self._people.get(person_id)
        texts = (self.snapshot.passages[n].text for n in self._story_passage_numbers(story))
        gender = None if person is None else told_gender(person, texts)
        return remember(self._told_genders, key, gender, PASSAGE_CACHE_SIZE)

    def _first_that(
        self,
        candidates: list[Candidate],
        fits: Callable[[int], bool],
        in_story: Callable[[int], bool] | None = None,
        *,
        speakers: Sequence[Person] = (),
    ) -> list[Candidate]:
        """`candidates` with the first of them that `fits` put first, else the first passage of
        the first one's story that does (`in_story`, when given, for those), shown in its place
        (with the quotes of the `speakers` asked about it holds, as a ranked one has): the rest
        keep their order, as many as there were. As they were when the first fits already or
        nothing does."""
        if fits(candidates[0].passage):
            return candidates
        moved = next((c for c in candidates[1:] if fits(c.passage)), None)
        if moved is None:
            story = self.snapshot.passages[candidates[0].passage].story_id
            found = next(
                (n for n in self._story_passage_numbers(story) if (in_story or fits)(n)), None
            )
            if found is None:
                return candidates
            moved = Candidate(found, 0.0, self._their_quotes_in(found, speakers))
        rest = [c for c in candidates if c.passage != moved.passage]
        return [moved, *rest][: len(candidates)]

    def _noun_occurrences(self, passage: int, noun: str) -> list[str | None]:
        """For each word of the passage with `noun`'s index term, the word before it past
        any determiner (lower case; None at the passage's start)."""
        wanted = term_of(noun.lower())
        if wanted is None:
            return []
        words = [word.lower() for word, _, _ in iter_words(self.snapshot.passages[passage].text)]
        found: list[str | None] = []
        for at, word in enumerate(words):
            if term_of(word) != wanted:
                continue
            before = at - 1
            while before >= 0 and words[before] in _DETERMINERS:
                before -= 1
            found.append(words[before] if before >= 0 else None)
        return found

    def _holds_only_after_a_preposition(self, passage: int, noun: str) -> bool:
        """Whether the passage holds `noun` and each time after a preposition (past a
        determiner: "hello to the people of El Salvador"), other than "as", which a label
        follows ("described as a very low fee")."""
        before = self._noun_occurrences(passage, noun)
        return bool(before) and all(w in PREPOSITIONS and w != "as" for w in before)

    def _holds_labelled(self, passage: int, noun: str) -> bool:
        """Whether the passage holds `noun` somewhere not after a preposition (other than
        "as"): where a word may be given it ("These are sick people")."""
        return any(
            w not in PREPOSITIONS or w == "as" for w in self._noun_occurrences(passage, noun)
        )

    def _body_named(self, who: str) -> tuple[str, ...]:
        """The terms of the speaker words `who` as a body's name ("the state dept": "state",
        "depart"), without a leading article; none when one word (a common noun, "the
        critics", "officials", names no one body: `people_of_a_kind` reads those), nor when
        they name a country or its capital ("sri lanka", "colombo"): a place stands for its
        government by a figure of speech, and a passage naming it tells what the country
        did, not what its government said (`_reported_group`)."""
        named = tuple(terms(LEADING_ARTICLE.sub("", who.strip())))
        countries = self._mentions.countries
        bare = FIRST_PERSON_OWNER.sub("", LEADING_ARTICLE.sub("", who.strip()), count=1)
        if countries is not None and countries.countries.names_a_government(bare):
            return ()
        return named if len(named) > 1 else ()

    def _framed_for_gain(
        self, gain: str, speakers: Sequence[Person]
    ) -> Callable[[int], bool] | None:
        """Whether a passage opens a sentence "For X," with X whom the question's words `gain`
        ask the gain of (by a word, as the same person, or as one of their country), quoting
        one of `speakers` when any is asked about: the passage telling what something brings
        them (`_framed_first`). None when `gain` names no one."""
        asked = set(terms(gain))
        people = self._named_in(gain)
        countries = self._countries_named(gain)
        if not asked and not people and not countries:
            return None
        ids = {person.id for person in speakers}

        def for_them(whom: str, story: str) -> bool:
            if not asked.isdisjoint(terms(whom)):
                return True
            named = self._named_in(whom) | self._held_role_of(whom, story)
            return not people.isdisjoint(named) or any(
                self._described_by_country(person, countries) for person in named
            )

        def framed(passage: int) -> bool:
            held = self.snapshot.passages[passage]
            return any(for_them(whom, held.story_id) for whom in framed_for(held.text)) and (
                not ids or any(quote.speaker_id in ids for quote in self._quotes_of(passage))
            )

        return framed

    def _held_role_of(self, words: str, story: str) -> set[str]:
        """The id of the one person of `story` whom `words`, all of them, name by a role of
        theirs ("the mayor" of a story whose one mayor is Ruth Kale), else none: a story names
        someone by name once and by role after ("For the mayor, hosting the final is a
        chance ..."), and the question may name them by name ("what does kale get out of
        it"). Not a role two people of the story hold ("For the president," where two
        presidents met), nor words naming more than the role ("the mayor's rivals")."""
        found = self._mentions.find_groups(words)
        if len(found) != 1 or found[0].by_name:
            return set()
        group = found[0]
        if not _AN_ARTICLE.fullmatch(words[: group.start]) or words[group.end :].strip():
            return set()
        holders = {person.id for person in group.people if story in person.stories}
        return holders if len(holders) == 1 else set()

    def _countries_named(self, words: str) -> frozenset[int]:
        """The countries `words` name, in any case ("whats in it for el salvador")."""
        if self._people_countries is None:
            return frozenset()
        return frozenset(
            country
            for countries, _, _ in self._people_countries.countries.in_text(words, cased=False)
            for country in countries
        )

    def _words_of_another_country(self, question: str, passage: int) -> bool:
        """Whether the `question` asks what a country said (its name where a speaker stands:
        "what did the U.S. say") and every quotation of the passage is credited to someone
        whose own words make them of another country ("Salvadoran President Nayib Bukele"):
        theirs, not the country's. Not where someone quoted is of no country the story tells
        (a title without one: "President"), nor a quotation credited to no one."""
        who = words_asked_of(question)
        countries = self._countries_named(who) if who else frozenset()
        if not countries or self._people_countries is None:
            return False
        said = {q.speaker_id for q in self._quotes_of(passage)}
        if not said or None in said:
            return False
        for speaker in said:
            known = self._people.get(speaker or "")
            own = self._people_countries.own(known) if known is not None else frozenset()
            if not own or not own.isdisjoint(countries):
                return False
        return True

    def _described_by_country(self, person: str, countries: frozenset[int]) -> bool:
        """Whether the story describes `person` (an id) by one of `countries` (Bukele, the
        "Salvadoran President", of El Salvador): what something brings a country, news tells
        in a sentence framed for its leader ("For Bukele, the arrangement is financially
        lucrative" of "whats in it for el salvador")."""
        known = self._people.get(person)
        if not countries or known is None or self._people_countries is None:
            return False
        return not countries.isdisjoint(self._people_countries.own(known))

    def _asks_where_they_go(self, text: str, read: ReadQuestion) -> bool:
        """Whether "will X <verb> ..." asks where X will go: a verb of motion with no object
        before where to ("will trump return to el salvador", "is she going to travel to oslo"),
        which a story tells of the trip ("the mayor is expected to travel there in May") as
        much as in X's words; not "will bukele send garcia back" (his doing to someone, which
        his words on it answer)."""
        if read.verb_span is None or self._wordnet is None:
            return False
        verb = text[read.verb_span[0] : read.verb_span[1]]
        return bool(_WHERE_TO.match(text, read.verb_span[1])) and self._wordnet.moves_first(verb)

    def _named_in(self, words: str) -> set[str]:
        """The ids of the people `words` name by their name or an alias (not by a role:
        "President" names both presidents)."""
        return {
            person.id for group in self._mentions.find_groups(words) for person in group.by_name
        }

    def _addressing_first(
        self,
        candidates: list[Candidate],
        speakers: Sequence[Person],
        addressee: Collection[str] = frozenset(),
    ) -> list[Candidate]:
        """`candidates` with, when the first's quotations of `speakers` speak to no one, the
        first whose quotations do ("you") put first: "what did Trump say to Bukele" asks for
        his words to Bukele's face ("It's an honor to have you"), not words naming him said
        elsewhere ("If [President Bukele] can take these horrible criminals ..."). Where none
        does, the first relaying `speakers` (a quotation of theirs, direct or not) and naming
        one of the `addressee` ("Fenn later told Brody that ..."), unless the first does."""
        ids = {person.id for person in speakers}

        def told_them(candidate: Candidate) -> bool:
            return any(q.speaker_id in ids for q in self._quotes_of(candidate.passage)) and bool(
                set(addressee) & self._named_in(self.snapshot.passages[candidate.passage].text)
            )

        def addressing(candidate: Candidate) -> bool:
            return any(
                quote.kind is not QuoteKind.INDIRECT
                and quote.speaker_id in ids
                and _SECOND_PERSON.search(quote.text) is not None
                for quote in self._quotes_of(candidate.passage)
            )

        if addressing(candidates[0]):
            return candidates
        moved = next((c for c in candidates[1:] if addressing(c)), None)
        if moved is None and addressee and not told_them(candidates[0]):
            moved = next((c for c in candidates[1:] if told_them(c)), None)
        if moved is None:
            return candidates
        return [moved, *(c for c in candidates if c is not moved)]

    @staticmethod
    def _addressee(read: ReadQuestion, addressed: Sequence[tuple[int, int]]) -> set[str]:
        """The ids of the people the question names where `addressed` says its words were said
        to ("what did the mayor say to Hardy": Hardy)."""
        return {
            person.id
            for group in read.found
            if (group.start, group.end) in addressed
            for person in group.by_name
        }

    def _speaks_to(self, passage: int, speakers: Sequence[Person], addressee: set[str]) -> bool:
        """Whether `passage` gives words of `speakers` said to someone: a quotation of theirs
        in the second person ("It's an honor to have you"), or a passage naming one of the
        `addressee` (whom the question says they spoke to)."""
        ids = {person.id for person in speakers}
        if any(
            quote.kind is not QuoteKind.INDIRECT
            and quote.speaker_id in ids
            and _SECOND_PERSON.search(quote.text) is not None
            for quote in self._quotes_of(passage)
        ):
            return True
        return bool(addressee & self._named_in(self.snapshot.passages[passage].text))

    def _someone_elses_words_first(
        self, candidates: list[Candidate], deeper: Sequence[Candidate], named: Collection[str]
    ) -> list[Candidate]:
        """`candidates` with, when the first quotes only the people the question `named` (or
        no one), the first of the `deeper` ranking quoting someone else put first: "what did
        the Big Man say when he had Bukele in the Oval" asks for the words of whoever the
        description means, who is not Bukele (his "It's an honor to be here in the Oval
        Office" was first), and who is someone the story quotes."""

        def someone_elses(candidate: Candidate) -> bool:
            return any(
                quote.kind is not QuoteKind.INDIRECT
                and quote.speaker_id is not None
                and quote.speaker_id not in named
                for quote in self._quotes_of(candidate.passage)
            )

        if someone_elses(candidates[0]):
            return candidates
        moved = next((c for c in deeper if someone_elses(c)), None)
        if moved is None:
            return candidates
        rest = [c for c in candidates if c.passage != moved.passage]
        return [moved, *rest][: len(candidates)]

    def _lacks_what_any_asks(
        self, text: str, passage: int, bridges: dict[str, tuple[str, ...]]
    ) -> bool:
        """Whether `text` asks whether someone had, raised or voiced any of a thing ("did the
        professor have any concerns about the prisons", "did she voice any doubts") and the
        passage holds no word of it, nor a bridge of it: it tells nothing of whether they
        had any ("did Flores-Macias have any worries about the prisons" was rated high on his
        passage on the prison as a deterrent). The thing is what is asked; the rest is what
        it would be about."""
        match = (
            _WHETHER_ANY.match(text)
            or _WHETHER_HAD.search(text)
            or self._thing_had_bare(_WHETHER_HAS_BARE.search(text))
        )
        if match is None or not self._mentions.find_groups(match.group("who")):
            return False  # of someone the story names or describes: not "does the county ..."
        # "a salvage licence", "a withholding of removal grant": the thing's words up to a
        # stop word, none of which the passage holds
        found = [
            t
            for word in _LETTERS.findall(match.group("what"))
            if (t := term_of(word.lower())) is not None
        ]
        if not found:
            return False
        said = self.snapshot.passages[passage].text
        if _FIGURE_NOUN_TERMS.intersection(found) and _FIGURE_OR_NUMBER_WORD.search(said):
            return False  # "does Miller have numbers behind it" of "100 times more"
        index = self.snapshot.index
        reach = {r for term in found for r in (term, *bridges.get(term, ()))}
        held = {t for t in reach if index.contains(passage, t)}
        if not held:
            return True
        # a word held only inside a name of capitalised words is no use of it ("does Garcia
        # have family" of "the White House": "family" reaches "house", the household)
        typed = set(terms(text))
        names = [
            (run[0][1], run[-1][2])
            for run in _capitalised_runs(said)
            if len(run) > 1 and not all(term_of(w.lower()) in typed for w, _, _ in run)
        ]
        return all(self._held_inside(said, {t}, names) for t in held)

    def _thing_had_bare(self, match: re.Match[str] | None) -> re.Match[str] | None:
        """`match` (of `_WHETHER_HAS_BARE`) where the thing it reads is one: its first word no
        stop word nor a word of amount, not mostly an adverb, and mostly a verb only in a form
        ending in "s" ("does Garcia have family", "did she have kids", "has he concerns"; not
        "has he ever", "have been", "have lots of", "has she met")."""
        if match is None or self._word_classes is None:
            return None
        first = match.group("what").split()[0]
        lower = first.lower()
        if term_of(lower) is None or lower in _AMOUNT_WORDS:
            return None
        kind = self._word_classes.class_of(first)
        if kind is WordClass.ADVERB or (kind is WordClass.VERB and not lower.endswith("s")):
            return None
        return match

    def _of_another_story(
        self, text: str, read: ReadQuestion, passage: int, follow_up: FollowUp | None
    ) -> bool:
        """Whether `passage` is of a story other than those of the passages the conversation
        showed, and the follow-up `text` names no one but by a personal pronoun ("who was she
        answering"): whom it means is someone of the conversation's story."""
        if follow_up is None or not follow_up.shown or read.speakers or read.mentioned:
            return False
        if _FIRST_PRONOUN.search(text) is None:
            return False
        shown = {story for story, _ in follow_up.shown}
        return self.snapshot.passages[passage].story_id not in shown

    def _lacks_the_judging_asked(
        self, text: str, passage: int, bridges: dict[str, tuple[str, ...]]
    ) -> bool:
        """Whether `text` asks only whether someone did a verb of judging (`JUDGING_VERBS`:
        "did Bukele deny anything", "did the mayor promise anything", "did she warn anyone")
        and the passage holds no form of it, nor a bridge of it: it tells nothing of whether
        they did ("did Reyes deny anything" was rated high on his passage calling the vote
        shameful). Not a verb of saying ("did he say anything"): any of their words does."""
        match = _JUDGING_ANYTHING.search(text)
        if match is None:
            return False
        term = term_of((match.group("verb") or match.group("last")).lower())
        if term is None or term not in _JUDGING_STEMS:
            return False
        index = self.snapshot.index
        reach = (term, *bridges.get(term, ()))
        return not any(index.contains(passage, t) for t in reach)

    def _echoed(self, text: str, follow_up: FollowUp | None) -> _Echoed | None:
        """What a follow-up asking who else said it ("who else said that", "did anyone else say
        something like that") means by "that": the words quoted in the first passage the answer
        before showed (its whole text where it quotes no one), and who said them there."""
        if follow_up is None or not follow_up.last_shown or not ASKS_WHO_ELSE_SAID.match(text):
            return None
        passage = self._passage_at.get(follow_up.last_shown[0])
        if passage is None:
            return None
        quotes = [q for q in self._quotes_of(passage) if q.speaker_id]
        if not quotes:
            return _Echoed(self.snapshot.passages[passage].text, frozenset())
        return _Echoed(
            " ".join(q.text for q in quotes),
            frozenset(q.speaker_id for q in quotes if q.speaker_id),
        )

    def _someone_elses_quote_first(
        self, candidates: list[Candidate], speakers: frozenset[str]
    ) -> list[Candidate]:
        """`candidates` with those quoting someone not among `speakers` first, in their order:
        who else said it is someone other than whoever the answer before quoted."""
        others = [
            c
            for c in candidates
            if any(
                q.speaker_id and q.speaker_id not in speakers for q in self._quotes_of(c.passage)
            )
        ]
        return [*others, *(c for c in candidates if c not in others)]

    def _quoted_by(self, passage: int, said: Sequence[str], speakers: Sequence[Person]) -> bool:
        """Whether a quotation of `passage` credited to one of `speakers` holds the words
        `said` (as typed or a word off): their words, not another's in the same passage."""
        ids = {person.id for person in speakers}
        return any(
            quote.speaker_id in ids and _holds_typed(quote.text, said)
            for quote in self._quotes_of(passage)
        )

    def _quotes_in_their_words(self, passage: int, speakers: Sequence[Person]) -> bool:
        """Whether `passage` quotes one of `speakers` in quotation marks (whole or in part):
        their own words, not the story's telling of them."""
        ids = {person.id for person in speakers}
        return any(
            quote.speaker_id in ids and quote.kind is not QuoteKind.INDIRECT
            for quote in self._quotes_of(passage)
        )

    def _quoted_clause(self, text: str, passage: int) -> list[str]:
        """The clause `text` asks whether someone said ("did X say (that) <clause>"), without
        quotation marks, when a quotation of `passage`'s story holds it as typed or a word
        off, of `_NEAR_TYPED_WORDS` words or more: words the member read, checked as if typed
        in quotation marks. Else none (a clause in other words than the story's)."""
        asked = (
            _SAID_WORDS.match(text) if may_hold_word(text, _SAID_WORDS_VERBS) else None
        ) or _WHO_SAID_WORDS.match(text)
        if asked is None:
            return []
        clause = folded_quotation(asked["clause"] or asked["told"]).strip(" ,.;:!?'")
        if len(_QUOTED_WORD.findall(clause)) < _NEAR_TYPED_WORDS:
            return []
        said = [clause]
        story = self._story_passage_numbers(self.snapshot.passages[passage].story_id)
        held = any(
            quote.kind is not QuoteKind.INDIRECT and _holds_typed(quote.text, said)
            for number in story
            for quote in self._quotes_of(number)
        )
        return said if held else []

    def _sole_verbatim_holder(self, passage: int, typed: Sequence[str]) -> bool:
        """Whether a quotation (not an indirect one) of `passage` holds one of the `typed`
        words, of `_NEAR_TYPED_WORDS` words or more, as typed, and no other passage of its story
        holds them so."""
        said = [words for words in typed if len(_QUOTED_WORD.findall(words)) >= _NEAR_TYPED_WORDS]
        if not said:
            return False

        def holding(number: int) -> list[str | None]:
            return [
                quote.speaker_id
                for quote in self._quotes_of(number)
                if quote.kind is not QuoteKind.INDIRECT and _holds_exactly(quote.text, said)
            ]

        # credited to someone: words of no one known tell no one
        held = holding(passage)
        if not held or None in held:
            return False
        story = self._story_passage_numbers(self.snapshot.passages[passage].story_id)
        return not any(holding(number) for number in story if number != passage)

    def _typed_words_first(
        self, candidates: list[Candidate], typed: Sequence[str], speakers: Sequence[Person]
    ) -> list[Candidate]:
        """`candidates` with the first passage (of them, else of the first one's story, in its
        order) whose quotation holds words the question puts in quotation marks put first
        ("did Trump actually say "I'm in"" of "... for less money than it costs us, I'm in"):
        the words as the member heard or read them, which may be words no index term holds
        (function words). Of the `speakers` asked about, when any; else anyone's quotation.
        Only a quotation's own words: not a passage's narration."""
        ids = {person.id for person in speakers}
        moved, held = self._holder_first(candidates, typed, ids)
        if ids and not held:
            # "did Trump say "how can I smuggle a terrorist"": not his words; whose they are,
            # shown first (credited to whoever said them, not rated high for the one asked)
            moved, _ = self._holder_first(candidates, typed, set())
        return moved

    def _holder_first(
        self, candidates: list[Candidate], typed: Sequence[str], ids: set[str]
    ) -> tuple[list[Candidate], bool]:
        """`candidates` with the first passage holding the `typed` words in a quotation of
        one of `ids` (anyone's, when none) put first, and whether any passage holds them."""
        patterns = [re.compile(rf"(?<!\w){re.escape(words)}(?!\w)") for words in typed]
        # as remembered, a word off: "one heck of a president" of "one hell of a president"
        remembered = [words.split() for words in typed if len(words.split()) >= _NEAR_TYPED_WORDS]

        def holding(passage: int, *, near: bool = False) -> bool:
            return any(
                quote.kind is not QuoteKind.INDIRECT
                and (not ids or quote.speaker_id in ids)
                and (
                    any(pattern.search(folded_quotation(quote.text)) for pattern in patterns)
                    if not near
                    else any(_a_word_off(said, quote.text) for said in remembered)
                )
                for quote in self._quotes_of(passage)
            )

        for near in (False, True) if remembered else (False,):
            fits = functools.partial(holding, near=near)
            if fits(candidates[0].passage):
                return candidates, True
            moved = self._first_that(candidates, fits)
            if moved is not candidates:
                return moved, True
        return candidates, False  # the words held nowhere, as typed nor a word off

    def _doers_named(
        self, text: str, read: ReadQuestion, topic: Sequence[str]
    ) -> tuple[frozenset[str], list[str]]:
        """The ids of the person `read` (of `text`) names first by name, as the one doing what
        it asks about ("why won't Bukele send Garcia back": Bukele), unless as an owner ("why is
        Bukele's refusal so striking": no one), and `topic` without the words of that name."""
        first = next((group for group in read.found if group.by_name), None)
        doers = [first] if first and not text.startswith(_POSSESSIVE, first.end) else []
        names = {term for group in doers for term in terms(text[group.start : group.end])}
        ids = frozenset(person.id for group in doers for person in group.by_name)
        return ids, [term for term in topic if term not in names]

    def _other_course(self, question: str) -> str | None:
        """The term of the verb of the course a why-question sets its deed against ("why send
        them there instead of keeping them here", "... rather than keep them in our own
        jails": "keep"): the reason for a choice is told beside what was not chosen ("keeping
        the gang members in the U.S. would cost 100 times more"); the reason for the deed
        alone ("sends a very strong message") is not why it was chosen over the other. None
        when it sets none, or not a course ("rather than in El Salvador", "instead of
        here")."""
        found = _OTHER_COURSE.search(question)
        if found is None or self._word_classes is None:
            return None
        verb = found.group("verb")
        if self._word_classes.class_of(verb) is not WordClass.VERB:
            return None
        return term_of(verb.lower())

    def _reason_asked_of(self, text: str, read: ReadQuestion) -> frozenset[str] | None:
        """The ids of the people whom `text`, asking why or how, asks the reason of by its
        subject ("why did the librarian lock up": the one librarian; "why won't el salvador
        send him back": those the story describes by the country), none when its subject names
        no one the story knows ("why did the city change the locks"): a quoted rhetorical
        question gives its speaker's reason ("“Why would I lock the doors on children ...?”"),
        not another's. None when no subject is read, or it is a pronoun (whoever it points
        at)."""
        span = reason_asked_of(text)
        if span is None:
            return None
        doer = text[span[0] : span[1]]
        if doer.lower().strip(".") in _SUBJECT_PRONOUNS:
            return None
        named = {
            person.id
            for group in read.found
            if span[0] <= group.start < span[1]
            for person in group.by_name or group.people
        }
        countries = self._countries_named(text[span[0] :])
        if countries and not named:
            named = {
                person.id
                for person in self.snapshot.people
                if self._described_by_country(person.id, countries)
            }
        return frozenset(named)

    def _reason_carried_on(
        self, candidates: list[Candidate], topic: Sequence[str], ids: Collection[str]
    ) -> list[Candidate]:
        """`candidates` with, when the first gives no reason, the passage right after it first
        where it carries on from it in the speaker's own words and gives one: "how did Bukele
        justify refusing to hand Garcia back" of "Bukele said it would be “preposterous” ...
        to return Garcia" and the quotation after it, "“How can I smuggle a terrorist ...?”
        ... “I don't have the power to return him.”" (his reason, in the paragraph that does
        not repeat what it is about). The same of a passage ranked below the first, up to
        `_REASON_CARRIED_REACH`, that relays the speaker too and gives no reason, where none
        above it gives one: the passage holding more of the question's words may tell what
        was done to them ("the White House was ordered to facilitate the return of Kilmar
        Abrego Garcia") rather than relay them."""
        if not ids:
            return candidates
        passages = self.snapshot.passages
        frozen = frozenset(topic)
        for rank, candidate in enumerate(candidates[:_REASON_CARRIED_REACH]):
            passage = candidate.passage
            if gives_reason(passages[passage].text, frozen):
                return candidates  # a reason ranked above any carried on
            relays = any(quote.speaker_id in ids for quote in self._quotes_of(passage))
            after = passage + 1
            if (
                (rank == 0 or relays)
                and after < len(passages)
                and self._continuing[after]
                and any(
                    quote.kind is QuoteKind.DIRECT and quote.speaker_id in ids
                    for quote in self._quotes_of(after)
                )
                and gives_reason(passages[after].text, frozen)
            ):
                moved = next(
                    (c for c in candidates if c.passage == after), Candidate(after, 0.0, 0)
                )
                return [moved, *(c for c in candidates if c.passage != after)][: len(candidates)]
            if relays:
                return candidates  # their words ranked above any carried on
        return candidates

    def _carried_on_first(
        self, candidates: list[Candidate], topic: Sequence[str], text: str, read: ReadQuestion
    ) -> list[Candidate]:
        """`candidates` with the passage right after the first put first where the question
        asks of someone it names by name as its subject ("how is the Trump administration
        treating the reports of abuse in the Salvadoran prisons"), the first passage does not
        write their name (it tells someone else's doing: "Flores-Macias warned that reports of
        human rights abuses inside Salvadoran prisons should be taken seriously"), and the
        one after it does, carrying on from it in the writer's words that point back at it
        ("Those concerns don't seem to be top of mind for the Trump administration") and
        holding a telling word of the question the first lacks ("concerned"): read with what
        it points back at, it tells of them. (A passage before may name them by a plural role,
        "PR win for both presidents": whose doing it tells is not theirs.)"""
        subject = self._subject_asked_of(text, read)
        if subject is None:
            return candidates
        first = candidates[0].passage
        after = first + 1
        passages = self.snapshot.passages
        if (
            after >= len(passages)
            or passages[after].story_id != passages[first].story_id
            or not self._continuing[after]
            or opens_with_quotation(passages[after].text)
        ):
            return candidates
        index = self.snapshot.index
        # the words of their name as typed ("reyes" of "mayor reyes"), not of a role
        theirs = {term for person in subject.by_name for term in terms(person.name)}
        named = [term for term in terms(text[subject.start : subject.end]) if term in theirs]
        if not named or any(index.contains(first, term) for term in named):
            return candidates
        if not all(index.contains(after, term) for term in named):
            return candidates
        if not any(
            index.contains(after, term) and not index.contains(first, term)
            for term in self._telling_terms(topic)
            if term not in named
        ):
            return candidates
        moved = next((c for c in candidates if c.passage == after), Candidate(after, 0.0, 0))
        return [moved, *(c for c in candidates if c.passage != after)][: len(candidates)]

    def _subject_asked_of(self, text: str, read: ReadQuestion) -> Found | None:
        """Whom the question names by name as the subject of its asking verb, right after it
        ("how is the Trump administration treating ...", "did Ortiz sell ..."), not as an
        owner ("did garcia's wife ..."), or None."""
        opening = _ASKS_OF_SUBJECT.match(text)
        if opening is None:
            return None
        subject = next((g for g in read.found if g.start == opening.end()), None)
        if subject is not None and not subject.by_name:
            # a role before the name ("mayor reyes"): the name after it
            role = subject
            subject = next(
                (
                    g
                    for g in read.found
                    if g.by_name
                    and set(g.by_name) & set(role.people)
                    and not text[role.end : g.start].strip()
                    and g.start > role.end
                ),
                None,
            )
        if subject is None or not subject.by_name or _owner_of_what_follows(text, subject.end):
            return None
        return subject

    def _conceded_first(self, candidates: list[Candidate], question: str) -> list[Candidate]:
        """`candidates` with the first passage (of them, else of the first one's story, in its
        order) granting that what a why-question takes for odd seems so put first: "why would
        Trump team up with such a tiny country" of "While the leader of a central American
        nation with a population of just 6 million would seem like an unlikely ally for Trump,
        the pair have formed a symbiotic relationship". A story anticipates the reader's
        puzzlement so and answers it in the same sentence, in words of its own
        (`reasons.conceded_oddities`). The sentence must name everyone the question names by
        name and hold another of its words or a word of their senses (WordNet: "country",
        "nation"), other than the words of seeming."""
        people = self._named_in(question)
        names = {
            term
            for group in self._mentions.find_groups(question)
            for term in terms(question[group.start : group.end])
        }
        asked = {term for term in terms(question) if term not in names}
        if self._wordnet is not None:
            asked |= {
                term
                for word in (_OWNER.sub("", written) for written, _, _ in iter_words(question))
                if term_of(word.lower()) in asked
                for synonym in self._wordnet.related(word, (Source.SYNONYMS,))
                for term in terms(synonym)
            }
        if not asked:
            return candidates

        def conceding(passage: int) -> bool:
            for sentence, (start, end) in conceded_oddities(self.snapshot.passages[passage].text):
                held = set(terms(sentence[:start])) | set(terms(sentence[end:]))
                if people <= self._named_in(sentence) and held & asked:
                    return True
            return False

        return self._first_that(candidates, conceding)

    def _history_first(self, candidates: list[Candidate], question: str) -> list[Candidate]:
        """`candidates` with the first passage (of them, else of the first one's story, in its
        order) telling how something came about over time, in a sentence naming everyone the
        question names by name, put first: "how did trump and bukele get so close" of "None of
        that appears to bother Trump, who has built a relationship with Bukele over several
        years" (`reasons.sentences_over_time`), not "the close relationship with President
        Trump has provided a major platform", which holds the word and tells what it brings."""
        people = self._named_in(question)

        def over_time(passage: int) -> bool:
            return any(
                people <= self._named_in(sentence)
                for sentence in sentences_over_time(self.snapshot.passages[passage].text)
            )

        return self._first_that(candidates, over_time)

    def _coinciding_first(
        self, candidates: list[Candidate], topic: Sequence[str]
    ) -> list[Candidate]:
        """`candidates` with the first passage (of them, else of the first one's story, in its
        order) telling what else was going on when something happened, in a sentence holding a
        word of the `topic`, put first: "why was the timing of Monday's meeting awkward for the
        White House" of "The meeting also came as the White House was ordered to facilitate the
        return of Kilmar Abrego Garcia" (`reasons.coinciding_sentences`). News tells the timing
        that makes an event matter so, in words the question need not share."""
        asked = set(topic)
        if not asked:
            return candidates

        def coinciding(passage: int) -> bool:
            return any(
                asked.intersection(terms(sentence))
                for sentence in coinciding_sentences(self.snapshot.passages[passage].text)
            )

        return self._first_that(candidates, coinciding)

    def _reaction_after(
        self, candidates: list[Candidate], event: str | None, speakers: Sequence[Person]
    ) -> list[Candidate]:
        """`candidates` with someone's reaction to an `event` first: the passage telling of the
        event when it quotes them, else the first of the few after it that quotes or names them
        (`_REACTION_REACH`; not only as an owner, "during Trump's second term"). A story tells
        of a reaction after what it was to, in words that need not repeat it: "how did Trump
        react while Bukele was refusing to send Garcia back" of "Bukele said it would be
        “preposterous” ..." and, after his quotation, "Trump interjected to claim the media
        “would love it.”"; "how has Trump responded to Bukele's other controversies" of "None
        of that appears to bother Trump". The event is what its own words find first. Not when
        the first candidate is among what they find, holding a telling word of it other than
        a name: their words on it ("what was Bukele's
        reaction to the Supreme Court ruling": his passage saying it would be “preposterous” to
        return Garcia "despite a unanimous Supreme Court ruling")."""
        if not event:
            return candidates
        found = self._ask_part(event, self.settings.top_k, None)
        first = candidates[0].passage
        if not found.candidates or (
            any(c.passage == first for c in found.candidates)
            and self._holds_words_of(first, event, found.query)
        ):
            return candidates
        told = found.candidates[0].passage
        ids = {person.id for person in speakers}

        def quoting(passage: int) -> bool:
            return any(quote.speaker_id in ids for quote in self._quotes_of(passage))

        def naming(passage: int) -> bool:
            text = self.snapshot.passages[passage].text
            return any(
                ids.intersection(person.id for person in group.by_name)
                and not text.startswith(_POSSESSIVE, group.end)
                for group in self._mentions.find_groups(text)
            )

        if quoting(told):
            reaction: int | None = told
        else:
            numbers = self._story_passage_numbers(self.snapshot.passages[told].story_id)
            after = numbers[numbers.index(told) + 1 :][:_REACTION_REACH]
            reaction = next((n for n in after if quoting(n) or naming(n)), None)
        if reaction is None or candidates[0].passage == reaction:
            return candidates
        moved = next((c for c in candidates if c.passage == reaction), Candidate(reaction, 0.0, 0))
        return [moved, *(c for c in candidates if c.passage != reaction)][: len(candidates)]

    def _the_whole_first(
        self, candidates: list[Candidate], shown: tuple[str, int]
    ) -> list[Candidate]:
        """`candidates` with the passage `shown` first (a passage is shown whole: the full
        quote asked for is all of it), and the story's next passage second where it quotes
        the same person again (a quotation a story carries on in the next paragraph)."""
        passage = self._passage_at.get(shown)
        if passage is None:
            return candidates
        ids = {quote.speaker_id for quote in self._quotes_of(passage) if quote.speaker_id}
        numbers = self._story_passage_numbers(self.snapshot.passages[passage].story_id)
        at = numbers.index(passage)
        following = numbers[at + 1] if at + 1 < len(numbers) else None
        first = [passage]
        if following is not None and any(
            quote.speaker_id in ids for quote in self._quotes_of(following)
        ):
            first.append(following)
        moved = [
            next((c for c in candidates if c.passage == number), Candidate(number, 0.0, 0))
            for number in first
        ]
        rest = [c for c in candidates if c.passage not in first]
        return [*moved, *rest][: max(len(candidates), len(moved))]

    def _earliest_words_first(
        self,
        candidates: list[Candidate],
        speakers: Sequence[Person],
        topic: Sequence[str],
        seen: set[int],
        *,
        last: bool = False,
    ) -> list[Candidate]:
        """`candidates` with the earliest passage of the first one's story quoting one of
        `speakers` (holding a word of `topic`, when given) put first: someone's
        first words are the first the story quotes. The latest where `last` ("her closing
        words": the last the story quotes). Unchanged where the first already is it, or none
        is."""
        index = self.snapshot.index

        def on_topic(passage: int) -> bool:
            return any(index.contains(passage, term) for term in topic)

        story = self.snapshot.passages[candidates[0].passage].story_id
        numbers = self._story_passage_numbers(story)
        found = next(
            (
                n
                for n in (reversed(numbers) if last else numbers)
                if n not in seen
                and self._their_quotes_in(n, speakers)
                and (not topic or on_topic(n))
            ),
            None,
        )
        if found is None or found == candidates[0].passage:
            return candidates
        moved = next(
            (c for c in candidates if c.passage == found),
            Candidate(found, 0.0, self._their_quotes_in(found, speakers)),
        )
        rest = [c for c in candidates if c.passage != found]
        return [moved, *rest][: len(candidates)]

    def _reply_first(
        self, candidates: list[Candidate], speakers: Sequence[Person]
    ) -> list[Candidate]:
        """`candidates` with the first passage quoting one of `speakers` right after a passage
        of its story quoting someone else put first: where a story gives someone's response
        (after the words responded to: "Whitcombe rejected that. “...”" after the truckers'
        head's). Unchanged where the first already is one, or none is."""
        ids = {person.id for person in speakers}

        def replying(passage: int) -> bool:
            if not any(quote.speaker_id in ids for quote in self._quotes_of(passage)):
                return False
            numbers = self._story_passage_numbers(self.snapshot.passages[passage].story_id)
            at = numbers.index(passage)
            return at > 0 and any(
                quote.speaker_id is not None and quote.speaker_id not in ids
                for quote in self._quotes_of(numbers[at - 1])
            )

        if replying(candidates[0].passage):
            return candidates
        moved = next((c for c in candidates if replying(c.passage)), None)
        if moved is None:
            return candidates
        return [moved, *(c for c in candidates if c is not moved)]

    def _holds_words_of(self, passage: int, words: str, query: Collection[str]) -> bool:
        """Whether `passage` holds a telling term of `query` (the terms of `words`) other than
        those of the names of the people `words` name."""
        names = {
            term
            for group in self._mentions.find_groups(words)
            for term in terms(words[group.start : group.end])
        }
        index = self.snapshot.index
        return any(
            index.contains(passage, term)
            for term in self._telling_terms([t for t in query if t not in names])
        )

    def _own_words_beside(
        self,
        candidates: list[Candidate],
        query: Sequence[str],
        topic: Sequence[str],
        speakers: Sequence[Person],
        bridges: dict[str, tuple[str, ...]],
        expected: ExpectedAnswer,
        seen: set[int],
    ) -> tuple[list[Candidate], int | None]:
        """`candidates` with a speaker's reported words and their own words on the same thing
        side by side: a passage relaying what they said (reported speech, a fragment quoted in
        it: "Bukele said it would be “preposterous” for him to return Garcia") and the one
        carrying on from it quoting them in full ("“I don't have the power to return him to
        the United States.”"). Both answer "what did X say about Y"; question sets take one or
        the other as the answer. Their own words come first, unless the relaying passage
        holds a telling word of the topic they lack other than a name the quotation stands in
        for by a pronoun ("Garcia": "him"), such as the word it quotes ("preposterous") or
        what it tells of ("the Supreme Court ruling"); the other comes second. With the
        relaying passage the confidence model rated (None when nothing moved past it). The one
        of the two not ranked among `candidates` (other stories' copies of the first outranked
        it) is brought in beside the first, ranked as it; not one shown already (`seen`).
        `query`: the question's words (what the relayed passage may hold that the quotation
        lacks, as the kind of answer `expected` may be); `topic`: them without the speaker's
        name and the verb."""
        if len(candidates) < 2:
            return candidates, None
        first = candidates[0].passage
        ids = self._ids_of(speakers)

        def direct(passage: int) -> bool:
            return any(
                q.kind is QuoteKind.DIRECT and q.speaker_id in ids for q in self._quotes_of(passage)
            )

        passages = self.snapshot.passages
        relayed = None
        for before, after in ((first, first + 1), (first - 1, first)):
            if (
                before >= 0
                and after < len(passages)
                and self._continuing[after]
                and direct(after)
                and not direct(before)
                and any(q.speaker_id in ids for q in self._quotes_of(before))
            ):
                relayed = before
                break
        if relayed is None:
            return candidates, None
        own = relayed + 1
        index = self.snapshot.index
        text = passages[relayed].text
        named = {
            term for _, start, end in self._mentions.find(text) for term in terms(text[start:end])
        }
        own_text = passages[own].text
        # a word of the question in the story's form counts as the word ("relation": the
        # relaying passage's "symbiotic relationship", which the quotation after never names)
        lacking = [
            t
            for t in self._telling_terms(query)
            if any(index.contains(relayed, held) for held in (t, *bridges.get(t, ())))
            and t not in named
            and not any(index.contains(own, held) for held in (t, *bridges.get(t, ())))
            and not _spelt_out_in(t, own_text)
        ]
        if (
            expected.kind is not None
            and self._holds(expected, relayed)
            and not self._holds(expected, own)
        ):
            # the kind of answer asked, which only the relaying passage holds ("acording to
            # the mayor, how long will the bridge stay shut": "until spring")
            lacking.append("")
        # their own words shown first stay first
        if (
            first == own
            and not index.holding_any(
                np.array([relayed]), self._telling_terms(topic or query)
            ).any()
        ):
            # the passage before tells of something else (the speaker's name or role is no
            # topic: "what did the professor say about mistreatment in the jails")
            return candidates, None
        lead, beside = (relayed, own) if lacking and first == relayed else (own, relayed)
        by_passage = {c.passage: c for c in candidates}
        partner = beside if lead == first else lead
        if partner not in by_passage:
            if partner in seen:
                return candidates, None
            shown = by_passage[first]
            by_passage[partner] = Candidate(
                partner,
                shown.bm25,
                sum(q.speaker_id in ids for q in self._quotes_of(partner)),
                shown.ranking,
            )
        moved = [by_passage[lead], by_passage[beside]]
        rest = [c for c in candidates if c.passage not in (lead, beside)]
        return [*moved, *rest], (relayed if lead == own else None)

    def _own_words_telling_more(
        self,
        candidates: list[Candidate],
        topic: Sequence[str],
        speakers: Sequence[Person],
        bridges: dict[str, tuple[str, ...]],
        seen: set[int],
    ) -> tuple[list[Candidate], int | None]:
        """`candidates` with, when the first relays a speaker's words ("Bukele said it would
        be “preposterous” for him to return Garcia") and the passage carrying on from it
        quotes them in full, that passage first and the relaying one beside it, when it holds
        a telling word of the `topic` (or a word a bridge reaches) the relaying one holds
        neither way ("let out": "release"; "jail": "prison"): a question whether they will do
        something is answered by what they say they will do. The order unchanged otherwise
        (the relaying passage tells what they think and do: "will bukele send him back").
        With the relaying passage the confidence model rated (None when nothing moved)."""
        if len(candidates) < 2:
            return candidates, None
        relayed = candidates[0].passage
        own = relayed + 1
        ids = {person.id for person in speakers}
        passages = self.snapshot.passages
        if (
            own >= len(passages)
            or not self._continuing[own]
            or own in seen
            or any(
                q.kind is QuoteKind.DIRECT and q.speaker_id in ids for q in self._quotes_of(relayed)
            )
            or not any(
                q.kind is QuoteKind.DIRECT and q.speaker_id in ids for q in self._quotes_of(own)
            )
            or not any(q.speaker_id in ids for q in self._quotes_of(relayed))
        ):
            return candidates, None
        index = self.snapshot.index

        def holds(passage: int, term: str) -> bool:
            return any(index.contains(passage, t) for t in (term, *bridges.get(term, ())))

        if not any(holds(own, t) and not holds(relayed, t) for t in self._telling_terms(topic)):
            return candidates, None
        by_passage = {c.passage: c for c in candidates}
        shown = by_passage[relayed]
        moved = by_passage.get(own) or Candidate(
            own,
            shown.bm25,
            sum(q.speaker_id in ids for q in self._quotes_of(own)),
            shown.ranking,
        )
        rest = [c for c in candidates if c.passage not in (relayed, own)]
        return [moved, shown, *rest], relayed

    @staticmethod
    def _speaker_words_read_as_no_one(typed: str, read: ReadQuestion) -> str | None:
        """The words naming whom `typed` asks what they said ("what did X say",
        `speaker_words_asked`), where the question was read as a plain one naming no one; None
        otherwise. What `_group_never_named` and `_speaker_unread` look at."""
        if read.kind is not QuestionKind.PLAIN or read.if_a_name or read.if_their_words:
            return None
        return speaker_words_asked(typed)

    @staticmethod
    def _source_words_read_as_no_one(typed: str, read: ReadQuestion) -> str | None:
        """The words naming whose words `typed` asks, a source set off too ("any word from
        the union on ...", "according to the union": `words_asked_of`), or typed before a
        noun for what was said ("union statement on the cuts"), where the question was read
        as a plain one naming no one; None otherwise. What `_group_mentioned` looks at: a
        group is no document."""
        if read.kind is not QuestionKind.PLAIN or read.if_a_name or read.if_their_words:
            return None
        return words_asked_of(typed) or words_before_a_speech_noun(typed)

    def _occupation_mentioned(self, who: str) -> bool:
        """Whether `who`, read as someone the story does not quote, is an occupation
        (`occupation_asked`: "the auditor") whose noun a passage of the corpus uses: one it
        mentions, if as no person it quotes ("the auditor's report reads"), or a word of its
        family ("the renter" of "Carla Nunez, who has rented an apartment there"), by which
        the story may describe whom it means. One it never mentions in any form ("the
        accountant") is no one it quotes."""
        noun = occupation_asked(who)
        if noun is None:
            return False
        wordnet = shared_wordnet()
        family = wordnet.related(noun, [Source.FAMILY]) if wordnet is not None else frozenset()
        return any(
            (term := term_of(word)) is not None and self.snapshot.index.passage_frequency(term)
            for word in (noun, *family)
        )

    def _group_never_named(self, who: str, read: ReadQuestion) -> str | None:
        """`who` (the words naming whom a question asks what they said, read as no one:
        "the Salvadoran opposition") when they end with a noun WordNet has for a body of
        people (noun.group: "opposition", "church", "union", "public") that no passage of the
        corpus uses, in any form: a group the story never names is none it quotes. None
        otherwise: a group it names ("the cabinet", "the White House"), or the people around
        someone ("the administration": `_reported_group`), may speak through its members, and
        is searched."""
        words = _LETTERS.findall(who)
        wordnet = shared_wordnet()
        if not words or len(words) > _GROUP_WORDS or wordnet is None:
            return None
        head = words[-1].lower()
        term = term_of(head)
        if (
            term is None
            # a plural ("the human rights folks", "the locals"): people of a kind, read as
            # such (`people_of_a_kind`), or chat's word for anyone
            or lemma_of(head) != head
            # the people around someone ("the administration", "the government"), whose words
            # a story gives through its members without naming them so
            or head in ENTOURAGE_NOUNS
            or self.snapshot.index.passage_frequency(term)
            or _GROUP_FILE not in wordnet.noun_files_as_written(head)
            # a role someone holds ("the union head": a person in charge, WordNet's "chief",
            # though a group too, the front of a procession): whom it means the story may
            # name by another word, or not at all (the reading of people says which)
            or names_a_role_held(head)
        ):
            return None
        return None if self._reported_group(who, read) else who

    def _body_owning_restored(self, text: str) -> str:
        """`text` with an owner's apostrophe put back where a name the story tells speaking
        (`_name_told_speaking`) is typed in "s" before a word for what someone said ("what was
        westgates take on the ruling": Westgate's take), as the speller does for its people's
        names (`_possessive_kept`). As typed, no one's words were asked, and the passage on the
        ruling naming Westgate was rated high, though it holds none of Westgate's words."""
        for match in _BODY_OWNING.finditer(text) if may_hold_word(text, _SPEECH_NOUN_WORDS) else ():
            owner = match.group("owner")
            if not is_english_word(owner.lower()) and self._name_told_speaking(owner):
                return f"{text[: match.end('owner')]}'s{text[match.end('owner') + 1 :]}"
        for match in _THING_OWNING.finditer(text):
            # "what did the hospitals ceo say": the hospital's chief executive, as "the
            # hospital's ceo" asks (as typed, "the hospitals ceo" was no one's role, refused);
            # not a thing's plural the story writes so before the role ("the Hawks coach")
            owner, owned = match.group("owner"), match.group("owned")
            if (
                is_english_word(owner.lower())
                and not is_person_noun(owner.lower())
                and (
                    any(
                        group.start == 0
                        for group in self._mentions.find_groups(text[match.start("owned") :])
                    )
                    or self._mentions.role_of_initials(owned.lower())
                )
                and not self._says(f"{owner}s {owned}")
            ):
                return f"{text[: match.end('owner')]}'s{text[match.end('owner') + 1 :]}"
        return text

    def _tells_the_law_speaking(self, passage: int) -> bool:
        """Whether the passage tells one keeping the law speaking ("Sheriff Dana Moss said",
        "police said"): the police's words, if anyone's, where a question asks for them."""
        return _LAW_SPEAKING.search(self.snapshot.passages[passage].text) is not None

    def _unnamed_role_told_speaking(self, who: str) -> str | None:
        """The role noun ending `who` ("the spokesman", "the board member"), as typed, when a
        passage holding it and `who`'s other words tells one of that role speaking words it
        credits to no one ("A spokesman for Westgate said the company would appeal", "A
        museum board member who asked not to be identified said ..."): someone the story
        quotes without naming, not one whose words it does not give. None otherwise: one
        named would be among its people; one only told of ("Holt's deputy declined to
        comment"), or whose words are credited to someone named, is no one it quotes."""
        bare = LEADING_ARTICLE.sub("", who.strip())
        words: list[str] = [word.lower() for word in _LETTERS.findall(bare)]
        if not words or len(words) > _GROUP_WORDS or not names_a_role(words[-1]):
            return None
        wanted = terms(bare)
        index = self.snapshot.index
        if not wanted or not all(index.passage_frequency(t) for t in wanted):
            return None
        rarest = min(wanted, key=index.passage_frequency)
        holding, _ = index.sparse_scores([rarest])
        for passage in holding[:_PASSAGES_READ_FOR_A_BODY]:
            number = int(passage)
            if not all(index.contains(number, t) for t in wanted):
                continue
            unnamed = any(quote.speaker_id is None for quote in self._quotes_of(number))
            if unnamed and self._tells_unnamed_speaking(number, words[-1]):
                return words[-1]
        return None

    def _tells_unnamed_speaking(self, passage: int, role: str) -> bool:
        """Whether the passage tells one of `role` speaking as `_tells_their_words` reads it,
        with no name between the role and the verb ("A spokesman for Westgate said"; not "Its
        president, Colin Maddox, called", whose words are his, nor "President Colin Maddox
        said")."""
        text = self.snapshot.passages[passage].text
        return any(
            (verb := re.match(rf"[^.!?]{{0,80}}?\b(?:{_SPEECH_OR_RULING})\b", text[told.end() :]))
            is not None
            and _FULL_NAME.search(verb.group()) is None
            and not _done_to(text, told.start(), self._word_classes)
            for told in re.finditer(rf"\b{re.escape(role)}\b", text, re.I)
        )

    def _name_told_speaking(self, who: str) -> str | None:
        """The name `who` asks the words of, as typed without its article or an owner's "s"
        ("westgate", "lumora"), when it holds a word no English word and a passage writes it
        capitalised, as a name, telling of it speaking: a spokesman or statement for or of it
        ("A spokesman for Westgate said", "A Lumora spokeswoman said", "Westgate's
        statement"), or the name itself, maybe its name's other words and a clause set off
        after, before a speech verb ("Westgate Properties said", "Lumora Systems, the
        cloud-software company, said"). Such a body speaks through its people, whom the
        reading of people does not know: no clear evidence the story does not quote it. None
        otherwise: a place only ("In Westgate, tenants said": not the one speaking), or a
        country or its capital, which stands for its government (`_reported_group`)."""
        bare = re.sub(r"['’]s?$", "", LEADING_ARTICLE.sub("", who.strip()))
        words = _LETTERS.findall(bare)
        if not words or len(words) > _GROUP_WORDS or all(is_english_word(w) for w in words):
            return None
        countries = self._mentions.countries
        if countries is not None and countries.countries.names_a_government(bare):
            return None  # "Colombo warned": its government, searched as one (`_reported_group`)
        wanted = terms(bare)
        index = self.snapshot.index
        if not wanted or not all(index.passage_frequency(t) for t in wanted):
            return None
        name = r"\W+".join(re.escape(word) for word in words)
        told = re.compile(
            rf"(?:{_SPOKES})\s+(?:for|of|from|at)\s+(?:the\s+)?(?P<a>(?i:{name}))\b"
            rf"|\b(?P<b>(?i:{name}))(?:['’]s)?(?:\s+[A-Z][\w.&-]*){{0,3}}\s+(?:{_SPOKES})"
            rf"|\b(?P<c>(?i:{name}))(?:\s+[A-Z][\w.&-]*){{0,3}}(?:,[^,.]{{1,80}},)?"
            rf"\s+(?:also\s+)?(?:{_SPEECH})\b"
        )
        rarest = min(wanted, key=index.passage_frequency)
        holding, _ = index.sparse_scores([rarest])
        passages = self.snapshot.passages
        for passage in holding[:_PASSAGES_READ_FOR_A_BODY]:
            for match in told.finditer(passages[int(passage)].text):
                typed = next(group for group in match.groups() if group)
                if typed[:1].isupper():
                    return bare.lower()
        return None

    def _group_mentioned(self, who: str) -> str | None:
        """The noun, as typed, ending `who` (the words naming whom a question asks what they
        said, read as no one) when it names a body of people most often, WordNet's first noun
        sense of it or of its singular a group ("the union", "the carmakers", "police", "the
        company"), that a passage of the corpus uses in one of those forms; None otherwise.
        Such a group is none the reading of people knows: its words are only where a passage
        tells of it speaking. Not the people around someone ("the government",
        `ENTOURAGE_NOUNS`), whose words a story gives through its members without naming
        them so, nor a role held ("the union head")."""
        words = _LETTERS.findall(who)
        wordnet = shared_wordnet()
        if not words or len(words) > _GROUP_WORDS or wordnet is None:
            return None
        head = words[-1].lower()
        # its singular: lemminflect's, or without its "s" ("carmakers", which it lacks)
        singular = all_lemmas(head).get("NOUN", (head[:-1],) if head.endswith("s") else ())
        forms = {head, *(form.lower() for form in singular)}
        if (
            not forms.isdisjoint(ENTOURAGE_NOUNS)
            or names_a_role_held(head)
            or not any(wordnet.first_noun_is_a_group(form) for form in forms)
        ):
            return None
        index = self.snapshot.index
        used = any(
            (term := term_of(form)) is not None and index.passage_frequency(term) for form in forms
        )
        return head if used else None

    def _speaker_unread(self, who: str) -> bool:
        """Whether `who` (the words naming whom a question asks what they said, read as no
        one) hold a word that could not be read: no English word, none WordNet has, no term of
        the corpus ("el capitan del puerto"; on main the word speller's "presideate" of
        "presidente"). Such words may name anyone, and the passage on the topic be anyone's
        words."""
        return any(self._unreadable(word.group()) for word in _LETTERS.finditer(who))

    def _unreadable(self, word: str) -> bool:
        """Whether `word` is neither English, nor a word WordNet has, nor a corpus term."""
        lower = word.lower()
        if len(lower) < 3 or lower in STOP_WORDS or is_english_word(lower):
            return False
        term = term_of(lower)
        if term is None or self.snapshot.index.passage_frequency(term):
            return False
        wordnet = shared_wordnet()
        return wordnet is None or not wordnet.knows_as_word(lower)

    def _names_their_group(self, passage: int, owners: Sequence[Person]) -> bool:
        """Whether the passage names the people around one of `owners` ("Members of Trump's
        Cabinet ... said", "the Pike administration"): it reports that group's words, which
        the question asks for ("why did the Trump administration say ..."), so it may be
        vouched for."""
        text = self.snapshot.passages[passage].text
        return any(
            re.search(rf"\b{re.escape(alias)}(?:['’]s)?\s+(?:{_ENTOURAGE})\b", text, re.IGNORECASE)
            for person in owners
            for alias in (person.name, *person.aliases)
        )

    def _tells_their_words(self, passage: int, kind: str) -> bool:
        """Whether the passage tells of people of a kind or a group (`kind`, as typed:
        "members", "union") as the ones speaking, a speech verb after them in the same sentence
        ("Members of Trump's Cabinet ... described the ruling as a victory and said"), or
        deciding ("a county court ruled them unsafe"), not only of them ("the cost of housing
        inmates") nor as the ones acted on ("the board will ask the union to ...")."""
        text = self.snapshot.passages[passage].text
        return any(
            re.match(rf"[^.!?]{{0,80}}?\b(?:{_SPEECH_OR_RULING})\b", text[told.end() :], re.I)
            is not None
            # "the board will ask the union to ...": the union is asked, not asking
            and not _done_to(text, told.start(), self._word_classes)
            for told in re.finditer(rf"\b{re.escape(kind)}\b", text, re.I)
        )

    def _on_read(self, read: ReadQuestion, words: Sequence[TermSpan]) -> ReadQuestion:
        """`read`, or its reading as the words of the people typed before "on"
        (`ReadQuestion.if_their_words`: "bondi on garcia?") where the passages say it asks
        for them: one of theirs holds a word of the topic ("hrw on el salvador"), or else none
        of the story's own words tells of them and the topic together ("bukele on taiwan?":
        a passage naming him says so, and quotes nobody). Not the words of someone the story
        does not quote ("biden on bukele?": the passage on his rebuff is searched for)."""
        theirs = read.if_their_words
        if theirs is None:
            return read
        quoting = [p for p in theirs.speakers if self._has_quotes(p)]
        if not quoting:
            return read
        # a word most passages use ("trump" in a story of his meeting) tells none apart
        topic = self._telling_terms(self._topic_terms(words, theirs))
        if not topic:
            return theirs  # "bukele on trump?": their words are what is asked
        index = self.snapshot.index
        if index.holding_any(self._quoting_passages(quoting).numbered, topic).any():
            return theirs
        start, end = theirs.speaker_span or (0, 0)
        name = [t.term for t in words if start <= t.start < end]
        if not name or not all(index.passage_frequency(t) for t in name):
            return theirs
        # the passages holding every word of the name, in arrays (a surname thousands share)
        naming, _ = index.sparse_scores([min(name, key=index.passage_frequency)])
        for term in name:
            naming = naming[index.holding_any(naming, [term])]
        return read if index.holding_any(naming, topic).any() else theirs

    def _known_word_forms(
        self,
        text: str,
        words: Sequence[TermSpan],
        topic: Sequence[str],
        rated: int | None = None,
    ) -> dict[str, tuple[str, ...]]:
        """For each telling topic word the corpus uses (but the `rated` passage lacks, when
        given), the corpus terms of its other forms (WordNet's derivationally related ones): a
        passage may hold the topic in another shape than the question ("deportees": "deported",
        "detainees": "detained"), and bridges are looked for only from the words the corpus
        never uses. Read for the confidence model, as a bridge is, and for the order among
        passages equally on topic (`Candidates._first_among_equals`). A plural lemminflect does
        not know ("deportees") is looked up singular. For the confidence model, not for the
        words the passage holds: they count as they are, and reading WordNet for every word was
        some 2-3 % of a question's CPU."""
        if self._wordnet is None or Source.FAMILY not in self.settings.bridge_sources:
            return {}
        index = self.snapshot.index
        telling = set(self._telling_terms(topic))  # the others count for nothing anyway
        found: dict[str, tuple[str, ...]] = {}
        for token in words:
            if token.term not in telling or token.term in found:
                continue
            if rated is not None and index.contains(rated, token.term):
                continue
            if not index.passage_frequency(token.term):
                continue
            typed = text[token.start : token.end].lower()
            related = self._wordnet.related(typed, _FAMILY)
            if not related and typed.endswith("s"):
                related = self._wordnet.related(typed[:-1], _FAMILY)
            reached = {term_of(word) for word in related} - {token.term, None}
            kept = sorted(t for t in reached if t and index.passage_frequency(t))
            if kept:
                found[token.term] = tuple(kept)
        return found

    def _phrasal_verb_forms(
        self,
        phrasal: dict[str, tuple[str, ...]],
        unknown: Sequence[UnknownWord],
        passage: int,
    ) -> dict[str, tuple[str, ...]]:
        """For each phrasal verb of the question whose verb the corpus never uses ("put out",
        "let them out"), the story's words for the phrase (`_phrasal_bridges`: "released")
        that `passage` holds as a verb: the bridges the confidence model counts for it, as it
        counts those of any word the corpus never uses (the verb's own, "put": none, say
        nothing of the phrase). Not a word the passage holds only as a noun, after a
        determiner or a possessive or before "of" ("give garcia back" of "ordered to
        facilitate the return of Kilmar Abrego Garcia": the noun's deed, not the one asked),
        nor a phrase of a verb the corpus uses ("brought back": bridges are looked for only
        from the words it never uses). A phrase is a word WordNet writes in several
        (`Source.MULTIWORD`): none without that source, word by word."""
        if Source.MULTIWORD not in self.settings.bridge_sources:
            return {}
        never_used = {word.term for word in unknown}
        found: dict[str, tuple[str, ...]] = {}
        index = self.snapshot.index
        for term, reached in phrasal.items():
            if term not in never_used:
                continue
            held = [r for r in reached if index.contains(passage, r)]
            as_verb = tuple(r for r in held if self._holds_as_verb(passage, r))
            if as_verb:
                found[term] = as_verb
        return found

    def _lasting_forms(
        self, text: str, words: Sequence[TermSpan], passage: int
    ) -> dict[str, tuple[str, ...]]:
        """For a word of `text` asking whether a state holds still ("still", "currently":
        `_ASKS_LASTING`), the terms of the words `passage` tells a state lasting to the time it
        is written with (`_TELLS_LASTING`: "remains in effect", "continues", "since 2022"):
        "is the emergency still going" is answered by "A state of emergency enacted in March
        2022 remains in effect", which holds no "still"."""
        asked = [w.term for w in words if text[w.start : w.end].lower() in _ASKS_LASTING]
        if not asked:
            return {}
        told = {
            term
            for found in _TELLS_LASTING.finditer(self.snapshot.passages[passage].text)
            for term in terms(found.group())
        }
        return {term: tuple(sorted(told - {term})) for term in asked if told - {term}}

    def _holds_as_verb(self, passage: int, term: str) -> bool:
        """Whether a word of `term` stands in `passage` other than as a noun: not after a
        determiner or a possessive ("the return", "Garcia's release"), nor before "of" ("the
        return of")."""
        text = self.snapshot.passages[passage].text
        written = list(iter_words(text))
        for at, (word, _, _) in enumerate(written):
            if term_of(word.lower()) != term:
                continue
            before = written[at - 1][0].lower() if at else ""
            after = written[at + 1][0].lower() if at + 1 < len(written) else ""
            possessive = before.endswith(("'s", "’s"))
            if before in NOUN_MARKERS or possessive or after == "of":
                continue
            return True
        return False

    def _vouched_bridges(
        self,
        bridges: dict[str, tuple[str, ...]],
        meaning: dict[str, str],
        best: int,
        closeness: Closeness | None,
    ) -> dict[str, tuple[str, ...]]:
        """The bridges the confidence model counts for the `best` passage: WordNet's, and a
        corpus word closest in meaning to a question word the corpus lacks where the passage
        holds it and is also the closest to the whole question in meaning (a second reading
        vouches for the first: "does the deal save cash" -> "money"). Not one the passage
        lacks: then the bridge would only say the story knows the word somewhere ("what
        currency does El Salvador use" -> "money", a near miss)."""
        index = self.snapshot.index
        held = {t: r for t, r in meaning.items() if index.contains(best, r)}
        if not held or closeness is None or closeness.best() != best:
            return bridges
        vouched = dict(bridges)
        for term, reached in held.items():
            vouched[term] = (*vouched.get(term, ()), reached)
        return vouched

    def _same_referents(self, unknown: Sequence[UnknownWord]) -> frozenset[str]:
        """The topic terms whose bridges reach the very thing they name (`Qualifiers.referents`):
        a capital the story never names, standing for its country's government as news writes
        it ("what did Beijing build", "is bukele cozy with beijing": the story's China), whose
        country the story names."""
        if self._wordnet is None or Source.CAPITALS not in self.settings.bridge_sources:
            return frozenset()
        index = self.snapshot.index
        found: set[str] = set()
        for term, typed, _ in unknown:
            countries = self._wordnet.related(typed.lower(), (Source.CAPITALS,))
            if any(index.passage_frequency(t) for t in map(term_of, countries) if t):
                found.add(term)
        return frozenset(found)

    def _by_their_names(
        self,
        bridges: dict[str, tuple[str, ...]],
        words: Sequence[TermSpan],
        read: ReadQuestion,
    ) -> dict[str, tuple[str, ...]]:
        """`bridges` and, for the confidence model, the words naming one person the story
        knows other than by their name's own words (a role: "the salvadoran president";
        initials: "hrw") to that person's name: a passage naming them holds whom the question
        means ("how old is the salvadoran president" of "Bukele, 43, said"), as a bridge
        does."""
        by_name = bridges
        for group in read.found:
            if len(group.people) != 1:
                continue
            name = tuple(terms(group.people[0].name))
            for word in words:
                if group.start <= word.start < group.end and word.term not in name:
                    if by_name is bridges:
                        by_name = dict(bridges)
                    add_bridge(by_name, word.term, name)
        return by_name

    def _named_by_name(self, read: ReadQuestion) -> frozenset[str]:
        """Ids of the people the question `read` names by name or alias (not by a role)."""
        return frozenset().union(*(self._ids_of(group.by_name) for group in read.found))

    @staticmethod
    def _described(text: str, read: ReadQuestion) -> frozenset[str]:
        """Ids of the people "who is X" asks about (named right after it: "who is gaetz to
        trump"; or in a clause's order, "anyone know who the professor is"), whose description
        is the answer rather than someone else."""
        return frozenset(
            person.id
            for group in read.found
            if _WHO_IS_BEFORE.search(text, 0, group.start)
            or (_WHO_BEFORE.search(text, 0, group.start) and _IS_AFTER.match(text, group.end))
            for person in group.people
        )

    def _named_people(self, read: ReadQuestion, *, by_name_only: bool) -> frozenset[str]:
        """Ids of the people the question `read` names, whom a "who" question does not ask
        for. With `by_name_only`, not those it finds only by the role asked: the professor
        "which professor warned ..." finds is the answer, not someone the question names."""
        ids = self._ids_of(read.mentioned)  # a surname's dozens at 100,000 passages
        if not by_name_only:
            return ids
        by_name = frozenset().union(*(self._ids_of(group.by_name) for group in read.found))
        found = frozenset().union(*(self._ids_of(group.people) for group in read.found))
        return ids - (found - by_name)

    def _names_asked_of(
        self, text: str, words: Sequence[TermSpan], read: ReadQuestion
    ) -> frozenset[str]:
        """The terms of the kind of thing whose names `text` asks for (`names_asked_of`:
        "which gangs": gang; "which construction company": construct, compani), up to a stop
        word ("which of them": none), a person's name the question reader found ("which trump
        ally": the names closing "President Donald Trump" are no kind's) or a word mostly a
        verb ("what happened", "which court ruled")."""
        at = {word.start: word for word in words}
        kinds: list[str] = []
        for start in names_asked_of(text):
            word = at.get(start)
            if word is None or any(a <= start < b for _, a, b, _ in read.found):
                break
            if self._word_classes and self._word_classes.class_of(text[word.start : word.end]):
                break
            kinds.append(word.term)
        return frozenset(kinds)

    def _asked_role(self, text: str, bridges: dict[str, tuple[str, ...]]) -> frozenset[str]:
        """The term of the role `text` asks someone of ("which judge": judg), which whoever
        answers must hold; none when the story names the role in words of its own, a bridge
        reaching a role word it uses ("spokesperson": its "press secretary"): then any person
        may be meant, as for "who"."""
        asked = asked_role(text) or ""
        role = terms(asked)
        if self._role_in_words_of_the_story(text, bridges):
            return frozenset()
        # and the role in the words news stories use for it ("which leader": a president)
        return frozenset(role).union(terms(role_in_story_words(asked) or ""))

    def _role_in_words_of_the_story(
        self, text: str, bridges: dict[str, tuple[str, ...]]
    ) -> frozenset[str]:
        """The story's own role words a bridge reaches from the role `text` asks in other
        words ("the academic": its "professor"; "spokesperson": its "press secretary")."""
        asked = asked_role(text)
        if asked is None:
            return frozenset()
        index = self.snapshot.index
        return frozenset(
            t
            for r in terms(asked)
            for t in bridges.get(r, ())
            if t in ROLE_TERMS and index.passage_frequency(t)
        )

    def _names_no_holder_of_the_role(
        self,
        text: str,
        expected: ExpectedAnswer,
        bridges: dict[str, tuple[str, ...]],
        passage: int,
    ) -> bool:
        """Whether `text` asks who holds a role in other words than the story's ("who's the
        academic that says ...": its "professor") and the passage names no one holding it:
        words credited to "he added" show no one. The role is read as "who" for the signals
        (`_asked_role`): the model was fitted so."""
        if expected.kind is not AnswerKind.PERSON or expected.role:
            return False
        role = self._role_in_words_of_the_story(text, bridges)
        return bool(role) and not self._role_holders(
            passage, dataclasses.replace(expected, role=role)
        )

    def _with_speech_verb(
        self, topic: list[str], verb: Sequence[str], speakers: Sequence[Person]
    ) -> list[str]:
        """The topic a speaker's passages are kept to: "what was the professor warning people
        about" is answered where they warned, though that passage does not say "people". The
        verb joins the topic when none of their passages holds both it and a topic word (when
        one does, that one is the answer, and the topic words find it). Not "say": a verb most
        passages use tells none apart."""
        telling = [t for t in self._telling_terms(verb) if t not in topic]
        if not telling:
            return topic
        # in arrays: a surname names speakers with thousands of passages at 1,000,000
        theirs = self._quoting_passages(speakers).numbered
        index = self.snapshot.index
        holding = theirs[index.holding_any(theirs, telling)]
        topical = self._telling_terms(topic)
        if topical and index.holding_any(holding, topical).any():
            return topic
        return [*topic, *telling]

    def _combined(
        self,
        question: str,
        results: Sequence[_PartResult],
        top_k: int,
        typed_parts: Sequence[str | None] = (),
    ) -> Answer:
        """One Answer for the parts of a message: their passages in turn (the best of each
        part first, the parts rated high before the others), high confidence only when every
        answered part has it; a refusal only when every part is refused. `typed_parts`: each
        result's question as typed (None for one no part of the message), given for a message
        of two parts or more: the answer's `parts`, each with its own confidence."""
        answered = [r for r in results if r.candidates]
        quoted = self._quoted_names
        if not answered:
            refusal = results[0]
            if refusal.person:
                in_marks, reported = (
                    self._people_quoted_in(refusal.story)
                    if refusal.story is not None
                    else self.quoted_and_reported()
                )
                return Answer(
                    question=question,
                    answered=False,
                    reason=refusal.reason,
                    quoted_speakers=in_marks,
                    reported_speakers=reported,
                )
            return Answer(
                question=question, answered=False, reason=refusal.reason, scope=self._scope()
            )
        order: list[Candidate] = []
        # a part answered with high confidence before one answered with the closest passages
        # only: "so they're locking everyone up?? how many were convicted": the count is known
        first = sorted(answered, key=lambda r: not r.high)
        for column in itertools.zip_longest(*(r.candidates for r in first)):
            for candidate in column:
                if candidate is not None and all(c.passage != candidate.passage for c in order):
                    order.append(candidate)
        query = set().union(*(r.query for r in answered))
        passages = self._render(order[:top_k], query)
        speakers = [p for r in answered for p in r.speakers]
        asked = self._asked_person(speakers, passages)
        # a part refused for someone it names ("... and how did Taiwan react": the story quotes
        # no Taiwan) asks for words no passage holds, and the answer says nothing of it: the
        # message is not answered whole, whatever the other parts' passages are rated. Not a
        # part refused for a word the story lacks, which another part may ask again in the
        # story's words ("... whether the CECOT deal is lawful? something like 'in accordance
        # with the law'?"), nor for whom a pronoun was read as (a guess: `_names_someone_itself`)
        high = not any(r.typed for r in results) and _every_part_answered(answered)
        named = None
        if high and asked is None and len(results) == 1 and _ASKS_WHO.match(question):
            # "who voted against it", high: whom the passage quotes, if one person; where it
            # quotes no one, whom it names, if one ("In January, Pike also voted against it.")
            quoting = {quote.speaker_id for quote in self._quotes_of(order[0].passage)}
            if not quoting:
                quoting.update(self._named_in(self.snapshot.passages[order[0].passage].text))
            named = next(iter(quoting)) if len(quoting) == 1 else None
        shown = [candidate.passage for candidate in order[:top_k]]
        parts = tuple(
            AnswerPart(
                question=typed,
                confidence=(
                    ("high" if high or result.high else "low") if result.candidates else None
                ),
                rank=(
                    shown.index(result.candidates[0].passage) + 1
                    if result.candidates and result.candidates[0].passage in shown
                    else None
                ),
            )
            for typed, result in zip(typed_parts or [None] * len(results), results, strict=True)
            if typed is not None
        )
        # made from values of the right types: validating them again was ~15 µs an answer
        return trusted(
            Answer,
            {
                "question": question,
                "answered": True,
                "reason": None,
                "confidence": "high" if high else "low",
                "asked_speaker": asked.name if asked else None,
                "asked_speaker_id": asked.id if asked else None,
                "named_speaker_id": named,
                "passages": passages,
                "matched_terms": self._matched_words(passages),
                "quoted_speakers": quoted,
                "reported_speakers": (),
                "scope": None,
                "about_story": None,
                "about_bot": None,
                "note": results[0].elsewhere if len(results) == 1 else None,
                "parts": parts if len(parts) > 1 else (),
            },
        )

    def _about_story(
        self,
        question: str,
        facts: Sequence[StoryFact],
        which: str,
        follow_up: FollowUp | None,
    ) -> Answer:
        """An answer about the story itself from its header, and its byline line as the
        passage when the byline is asked for and the story has one."""
        story_id = self._story_meant(which, follow_up)
        if names_the_newest(question) and len(self.snapshot.stories) > 1:
            story_id = self._newest_story()  # "who wrote the latest story"
        if story_id is None:
            stories = self.snapshot.stories
            return Answer(
                question=question,
                answered=False,
                reason=(
                    f"Which story do you mean? There are {len(stories):,} stories: ask in reply "
                    "to an answer from it, or name it (“who wrote the ... article”)."
                ),
            )
        opening = self._opening_passages(story_id) if StoryFact.GIST in facts else ()
        quoted, reported = (
            self._people_quoted_in(story_id) if StoryFact.QUOTED in facts else ((), ())
        )
        about = AboutStory(
            asked=tuple(fact.value for fact in facts),
            story=self.snapshot.stories.meta(story_id),
            quoted=quoted,
            reported=reported,
        )
        byline = self._byline_passages(story_id) if StoryFact.BYLINE in facts else ()
        passages = tuple(
            p.model_copy(update={"rank": rank})
            for rank, p in enumerate((*opening, *byline), start=1)
        )
        return Answer(
            question=question,
            answered=True,
            confidence="high",
            passages=passages,
            about_story=about,
        )

    def _about_the_bot(
        self, question: str, topics: Sequence[BotTopic], follow_up: FollowUp | None
    ) -> Answer:
        """An answer about the bot itself: what it says of each topic asked, and the stories
        it answers from: in reply to an answer, the stories that answer quotes ("where's this
        from?"), else the corpus's first few (`STORIES_LISTED`) and how many in all."""
        stories = self.snapshot.stories
        shown = [sid for sid in dict.fromkeys(s for s, _ in follow_up.shown)] if follow_up else []
        listed = [sid for sid in shown if sid in stories.by_id]
        of_answer = bool(listed)
        if not listed:
            listed = stories.ids()[:STORIES_LISTED]
        example = None
        if BotTopic.ABILITIES in topics and self.quoted_people:
            # the person the stories quote most: a question every corpus of quotes answers
            speakers = self.snapshot.quotes.speakers
            counts = np.bincount(speakers[speakers >= 0])
            person = self._people[self.snapshot.quotes.speaker_ids[int(counts.argmax())]]
            example = f"what did {person.name} say?"
        about = AboutBot(
            asked=tuple(topic.value for topic in topics),
            stories=tuple(stories.meta(sid) for sid in listed),
            story_count=len(stories),
            of_answer=of_answer,
            example=example,
        )
        return Answer(question=question, answered=True, confidence="high", about_bot=about)

    def _story_meant(self, which: str, follow_up: FollowUp | None) -> str | None:
        """The story a question about "this article" means: the only one; the one it names
        ("the bukele article": the story of the best passage for those words); the one the
        conversation was about; None when it cannot be told."""
        stories = self.snapshot.stories
        if len(stories) == 1:
            return stories.ids()[0]
        words = terms(which)
        if words:
            best = self.snapshot.index.top_k(words, 1)
            if best:
                return self.snapshot.passages[best[0][0]].story_id
        if follow_up is not None and follow_up.shown:
            return follow_up.shown[0][0]
        return None

    def _story_passage_numbers(self, story_id: str) -> list[int]:
        """The story's passages (its text's paragraphs), in order, by their number in the build."""
        story = self.snapshot.stories.by_id[story_id]
        keys = ((story_id, passage.paragraph) for passage in story.passages)
        return [self._passage_at[key] for key in keys if key in self._passage_at]

    def _opening_passages(self, story_id: str) -> tuple[RankedPassage, ...]:
        """What a story is about, in its own words: its opening paragraphs (the lede, where a
        news story says what happened), verbatim and attributed as any answer's."""
        numbers = self._story_passage_numbers(story_id)[:_OPENING_PARAGRAPHS]
        return self._render([Candidate(number, 0.0, 0) for number in numbers], set())

    def _people_quoted_in(self, story_id: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """Whom the story quotes (words of theirs in quotation marks), in the order it first
        does; and whose words it only reports (never in quotation marks), in that order."""
        quotes = [
            quote
            for number in self._story_passage_numbers(story_id)
            for quote in self._answer_quotes(number)
            if quote.speaker
        ]
        named = dict.fromkeys(str(quote.speaker) for quote in quotes)
        marked = {str(q.speaker) for q in quotes if q.kind is not QuoteKind.INDIRECT}
        return (
            tuple(name for name in named if name in marked),
            tuple(name for name in named if name not in marked),
        )

    def _byline_passages(self, story_id: str) -> tuple[RankedPassage, ...]:
        """The story's byline lines ("Jane Roe contributed to this story"), verbatim."""
        story = self.snapshot.stories.by_id[story_id]
        meta = story.meta
        return tuple(
            RankedPassage(
                rank=rank,
                story_id=meta.id,
                title=meta.title,
                paragraph=line.paragraph,
                text=line.text,
                score=0.0,
                outlet=meta.outlet,
                url=meta.url,
                published=meta.published,
            )
            for rank, line in enumerate(
                (p for p in story.paragraphs if p.role is ParagraphRole.CREDIT), start=1
            )
            if story.body[line.start : line.end] == line.text  # only the story's own words
        )

    def _scope(self) -> str:
        """One line on what the corpus covers: its stories' titles, or their first sentences."""
        stories = self.snapshot.stories
        about = [
            s.meta.title or _first_sentence(s.passages[0].text if s.passages else s.id)
            for s in stories[:3]
        ]
        more = f" (and {len(stories) - 3} more stories)" if len(stories) > 3 else ""
        return "The story covers: " + "; ".join(about) + more

    def _not_quoted_reason(self, who: str) -> str:
        return f"The story doesn't quote {who}."


# The paragraphs a story opens with that say what it is about: a news story's lede and the one
# after it, which says why it matters.
_OPENING_PARAGRAPHS = 2


@dataclass(frozen=True)
class _Echoed:
    """The words a "who else said that" follow-up means, and the ids of who said them there."""

    words: str
    speakers: frozenset[str]


@dataclass(frozen=True)
class _PartResult:
    """One question's outcome: candidates and whether they answer with high confidence, or a
    refusal's reason (`person`: the refusal is about someone the story does not quote)."""

    candidates: tuple[Candidate, ...] = ()
    high: bool = False
    query: frozenset[str] = frozenset()
    speakers: tuple[Person, ...] = ()
    reason: str | None = None
    person: bool = False
    signals: Signals | None = None
    rated: int | None = None  # the passage the signals are read of
    # its topic is only the one of the question before, carried over ("what's the basis?")
    topic_carried: bool = False
    # a refusal about someone the part names itself, not by a pronoun (`_names_someone_itself`)
    typed: bool = False
    # the story a part names, where it quotes no one the part asks the words of
    # (`_within_story`): the refusal lists whom that story quotes
    story: str | None = None
    # a reply's, whose conversation's story quotes no one it asks the words of: what the
    # answer says before the other stories' passages (`Answer.note`)
    elsewhere: str | None = None

    @classmethod
    def refused(cls, reason: str, *, person: bool = False) -> _PartResult:
        return cls(reason=reason, person=person)


# A follow-up asking what came after what the answer before showed: "and what did he say
# after that?", "what did she say next", "what did pike say afterwards"
_ASKS_WHAT_CAME_NEXT = re.compile(
    r"\b(?:after\s+(?:that|this|it)|afterwards?|next|later(?:\s+on)?)\W*$", re.IGNORECASE
)
# Between two people asked of together: "X and Y", "X & Y", "X, Y" (each one's words shown in
# turn); not "or": "what did X or Y say" is not read as asking each one's words in turn
# (`_JOINED_SUBJECT` takes "or", where a passage telling of either one answers)
_JOINED = re.compile(r"\s*(?:,|&|\+|,?\s*and)\s*", re.IGNORECASE)
# A person named by a pronoun as an object: "what did he say to him"
# (an adverb of emphasis between: "who even is X", "who exactly was the professor")
_WHO_IS_BEFORE = re.compile(
    # (a name after "this" or "that" as chat points at someone: "who even is this bukele guy")
    r"\bwho(?:['’]s|(?:\s+(?:even|exactly|really|actually))?\s+(?:is|was))\s+(?:(?:the|this|that)\s+)?$",
    re.IGNORECASE,
)
_WHO_BEFORE = re.compile(r"\bwho\s+(?:the\s+)?$", re.IGNORECASE)
# Words telling someone by what they did or are, not by a role and its owner
_TELLING_WHAT_THEY_DID = frozenset("that who which whom whose from in per with".split())
# A question asking who speaks for a body ("who speaks for westgate", "who is speaking for
# the company"), as one asking its spokesperson
_WHO_SPEAKS_FOR = re.compile(
    r"^\W*who(?:['’]?s\s+speaking|\s+(?:speaks|spoke|is\s+speaking))\s+for\s+(?P<owner>[^?!.]+)",
    re.IGNORECASE,
)
# A question asking who holds a role, and its words naming the role ("who is brightline's
# lawyer", "who's the spokeswoman for the company", "name of the farmers' lawyer")
_WHO_HOLDS_ROLE = re.compile(
    r"^\W*(?:who(?:['’]?s|\s+(?:is|was|are|were))|(?:what(?:['’]s|\s+is|\s+was)\s+)?"
    r"(?:the\s+)?name\s+of)\s+(?P<who>[^?!.]+)",
    re.IGNORECASE,
)

_IS_AFTER = re.compile(r"\s+(?:is|was)\b", re.IGNORECASE)
# "is" ending the clause of "who X is" ("do you know who garcia is?"), not "who X is to Y"
_IS_LAST_AFTER = re.compile(r"\s+(?:is|was)\W*(?:$|\s+(?:and|or|but)\b)", re.IGNORECASE)
_OBJECT_PRONOUN = re.compile(r"\b(?:him|her|them)\b", re.IGNORECASE)
_SUBJECT_PRONOUN = re.compile(r"\b(?:he|she)\b", re.IGNORECASE)
_LETTERS = re.compile(r"[^\W\d_]+")
# The word a member joins a second question to the first with ("... ?? also what did she say"),
# no part of the question said again with its own confidence
_JOINED_ON = re.compile(r"^\s*(?:and|also|plus|but|&|\+)\s+", re.IGNORECASE)
# A thing a question names, after an article or a possessive ("near the hospital", "an end
# date"): its words up to the next two
_A_THING_NAMED = re.compile(
    r"\b(?:the|a|an|any|some|his|her|their|its)\s+(?P<words>[^\W\d_]+(?:\s+[^\W\d_]+)?)",
    re.IGNORECASE,
)
# WordNet's file of nouns for groups of people ("opposition", "church", "union"), and the most
# words naming one ("the Salvadoran opposition", "the local church"; `_group_never_named`)
_GROUP_FILE = 14
_GROUP_WORDS = 4
# Passages read for a body's name told speaking (`_name_told_speaking`): the first few holding
# its rarest word tell; more only cost time at 100,000 passages
_PASSAGES_READ_FOR_A_BODY = 32
# Where to, right after a verb of motion: "to el salvador", "back to the us", "home"
_WHERE_TO = re.compile(r"\s+(?:back\s+)?(?:to|into|home)\b", re.IGNORECASE)
_OWNER_AFTER = re.compile(r"['’]s?\b|s\b")
# Where someone is from, asked: "where is garcia from", "where does he come from"
_ASKS_WHERE_FROM = re.compile(
    r"^\W*where(?:['’]?s|\s+(?:is|was|are|were|does|did|do))\b[^?]*\bfrom\W*$", re.IGNORECASE
)
# "what did the council decide", "what has the Supreme Court ruled on Garcia": what someone did
# asked by the verb of the deed, its object the answer
_ASKS_WHAT_WAS_DONE = re.compile(
    r"^\W*what\s+(?:did|does|do|has|have|had)\s+(?:[\w'’.-]+\s+){1,5}?(?P<verb>[a-z]+)"
    r"(?:\s+(?:about|on|in|over|regarding|for)\b[^?]*)?\W*$",
    re.IGNORECASE,
)
# "what abuses happen ...", "which kinds of hazards ...": things of a kind asked, a plural
# noun after the asking word
_WHAT_THINGS = re.compile(
    r"^\W*(?:[\w'’]+\W+){0,3}?(?:what|which)\s+(?:(?:kinds?|sorts?|types?)\s+of\s+)?"
    r"(?:other\s+)?(?P<kind>[^\W\d_]+s)\b",
    re.IGNORECASE,
)
# things listed after a kind's word: "abuses, including ...", "hazards such as ..."
_LISTED_AFTER = re.compile(
    r"\W+(?:[\w'’-]+\W+){0,2}?(?:including|such\s+as|among\s+them|like)\b", re.IGNORECASE
)
# a thing asked of in general: "a" or "an" and up to three words, up to a stop word
_INDEFINITE_PHRASE = re.compile(
    r"\b(?:a|an)\s+(?P<words>(?:(?!(?:of|to|in|on|for|and|or|that|who|which|with|by|from|at|"
    r"about|there|here)\b)[\w'’-]+\s*){1,3})",
    re.IGNORECASE,
)
# "what did the ruling say", "what does the court's decision state": the act's noun, right
# before a verb asking what it says, is what was done
_SAID_OF_AN_ACT = frozenset("say says said state states stated".split())
# The kinds of answer that are figures: a word saying how close one need be frames them
# ("roughly how many")
_FIGURES = frozenset(
    {AnswerKind.AMOUNT, AnswerKind.COUNT, AnswerKind.AGE, AnswerKind.DATE, AnswerKind.DURATION}
)
_THE_ACT_SAID = re.compile(
    r"\b(?:the|a|its|their|his|her|this|that)\s+(?:[\w'’.-]+\s+){0,3}?"
    r"(?P<noun>[a-z]+)\s+$",
    re.IGNORECASE,
)
# A form in -ing after a determiner or an owner and at most three words is a noun ("called the
# tribunal ruling a blow", "a unanimous Supreme Court ruling"), whatever follows
_AFTER_A_DETERMINER = re.compile(
    r"(?:\b(?:the|a|an|its|their|his|her|this|that)|['’]s)\s+(?:[\w'’-]+\s+){0,3}$", re.I
)
# "... say after claiming the media would love it", "... after she claimed ...": what came
# before the words asked
_AFTER_CLAUSE = re.compile(r"\bafter\s+(?P<clause>[^?.!]+)", re.IGNORECASE)
_AFTER = frozenset(("after",))  # the word `_AFTER_CLAUSE` matches (`may_hold_word`)
# A copula right before a word: the word says what someone is or became ("has been governor",
# "became president", "was named chair"), not a title in their name
_PREDICATE_BEFORE = re.compile(
    r"\b(?:been|become|becomes|became|becoming|named|elected|appointed)\s+(?:the\s+|an?\s+)?$",
    re.IGNORECASE,
)
# "when did Biden become president": the clause after "when" and its auxiliary
# "when did/does/will X <verb> ...": a deed of someone or something, dated
_WHEN_DID = re.compile(
    r"^\W*when\s+(?:did|does|do|will|would)\s+(?P<clause>[^?.!]+)", re.IGNORECASE
)
# Verbs telling only that something came about, went on or ended, or saying little of a deed
# of their own ("take office", "get there"): what is dated is the thing itself, which a
# passage may date with a verb of its own ("enacted in March 2022")
_COMING_ABOUT = frozenset(
    "start begin end stop finish happen occur become come go get take make have do give keep"
    " hold put see bring let arrive leave return open close first last".split()
)
# A yes/no question's opening: the asking verb, its subject right after it
_ASKS_YES_OR_NO = re.compile(
    r"\W*(?:did|does|do|is|was|were|are|has|have|had|will|would|can|could|should)\s+",
    re.IGNORECASE,
)
# A question's opening before the subject it asks of: "how is the", "did", "why does"
_ASKS_OF_SUBJECT = re.compile(
    r"\W*(?:(?:how|why|when|where)\s+)?"
    r"(?:did|does|do|is|was|were|are|has|have|had|will|would|can|could|should)\s+(?:the\s+)?",
    re.IGNORECASE,
)
# A question's opening before a subject it names by "the": "how is the", "how's the", "did
# the", "why does the" (`_ASKS_OF_SUBJECT`, with "how's" and "the" always)
_ASKS_OF_THE_GROUP = re.compile(
    r"\W*(?:(?:how|why|when|where)['’]s\s+|(?:(?:how|why|when|where)\s+)?"
    r"(?:did|does|do|is|was|were|are|has|have|had|will|would|can|could|should)\s+)the\s+",
    re.IGNORECASE,
)
# The noun a question names its subject by after "the": one word in lower case before another
# ("the administration getting"), not an owner ("the administration's lawyers")
_GROUP_NOUN = re.compile(r"(?P<noun>[a-z]+)\s+(?=[a-z])")
# What joins two people a yes/no question asks of together ("voss and pike", "kent, marsh",
# "did voss or pike say ..."): a passage telling of either answers it, so "or" joins here, unlike
# `_JOINED` of the words shown in turn
_JOINED_SUBJECT = re.compile(r"\s*(?:,|&|\band\b|\bor\b)\s*(?:the\s+)?", re.IGNORECASE)
# A pronoun a passage may open with for someone the one before it named
_POINTING_BACK_TO = re.compile(r"\b(?:he|his|him|she|her)\b", re.IGNORECASE)
# An owner's "'s" and the noun after it ("garcia's wife"; the name read with or without it)
_OWNED_NOUN = re.compile(r"(?:['’]s?)?\s+(?P<noun>[a-z-]+)", re.IGNORECASE)


def _owner_of_what_follows(text: str, end: int) -> str | None:
    """The noun (lower case) a name ending at `end` of `text` owns ("garcia's wife": "wife"),
    or None when the name is no owner."""
    owner = text[:end].endswith(("'s", "’s")) or text[end : end + 1] in ("'", "’")
    if not owner:
        return None
    found = _OWNED_NOUN.match(text, end)
    return found.group("noun").lower() if found else None


# "what did the court order the white house to do about garcia": a subject, a verb, its
# object (a name, or a determiner's noun, at most four words) and "to" with a verb
_ASKS_WHAT_WAS_DIRECTED = re.compile(
    r"^\W*what\s+(?:did|does|do|has|have|had|will|would)\s+"
    r"(?P<clause>(?:[\w'’.-]+\s+){3,9}?to\s+[a-z]+)\b",
    re.IGNORECASE,
)
# "did the court tell the government to get garcia back": asked whether, the same shape
_ASKS_WHETHER_DIRECTED = re.compile(
    r"^\W*(?:did|does|do|has|have|had|will|would|can|could)(?:n['’]?t)?\s+"
    r"(?P<clause>(?:[\w'’.-]+\s+){3,9}?to\s+[a-z]+)\b",
    re.IGNORECASE,
)
# "was the city ordered to refund quill": asked whether, of whom was got to do it
_ASKS_WHETHER_DIRECTED_TO = re.compile(
    r"^\W*(?:was|were|is|are|(?:has|have|had)\s+been)(?:n['’]?t)?\s+"
    r"(?P<clause>(?:[\w'’.-]+\s+){2,9}?to\s+[a-z]+)\b",
    re.IGNORECASE,
)
_TO = frozenset(("to",))  # the word every match of them holds (`may_hold_word`)
_FORMS_OF_BE = frozenset("be been being is are was were".split())


class _Told(enum.IntEnum):
    """How a passage tells a direction asked of (`Searcher._direction_told`), better higher."""

    NOTHING = 0
    OTHERWISE = 1  # another verb getting someone to do something
    AS_ASKED = 2  # the verb asked, a word of its directing senses, or a noun of their family


# whom a direction asked whether may have been given to, named by a pronoun ("were they
# forced to pay")
_PASSIVE_SUBJECTS = frozenset("he she they we".split())
# whom a direction asked whether may be given to, alone ("did the court tell them to ...")
_OBJECT_PRONOUNS = frozenset("him her them us".split())


class _Direction(NamedTuple):
    """A direction a question asks of (`_direction_asked`)."""

    verb: str  # its plain form: "order", "tell"
    whether: bool  # asked yes or no ("did the court order ..."), not what ("what did ...")
    deed: str  # the words from the verb after "to" on: "get garcia back"
    subject: str = ""  # who directs, as typed ("the court"; none of a participle's form)


def _direction_asked(asked: str) -> _Direction | None:
    """The direction by which the question asks what someone got another to do
    (`_ASKS_WHAT_WAS_DIRECTED`), or whether they did (`_ASKS_WHETHER_DIRECTED`: its object a
    name, a determiner's noun or a pronoun, "did washington tell tourists its safer to go"
    none); None when it asks neither."""
    found = _ASKS_WHAT_WAS_DIRECTED.match(asked)
    whether = found is None
    if whether:
        found = _ASKS_WHETHER_DIRECTED.match(asked)
    if found is None:
        return _direction_asked_of_whom(asked)
    words = found.group("clause").lower().split()
    then = words[-1]
    if then not in all_lemmas(then).get("VERB", ()):
        return None  # "to democracy", "to el salvador": a place or a thing, no deed
    wordnet = shared_wordnet()

    def directs(at: int) -> bool:
        """Whether `words[at]` is a verb in its plain form after a subject not ending in
        a determiner ("the court"), its object (a name, or a noun after a determiner or
        an owner) all that stands between it and "to". Asked whether, a verb WordNet has
        taking someone to a deed, its object `_names_whom` ("did the supreme court order
        trump to ...": not "court")."""
        word, subject, directed = words[at], words[:at], words[at + 1 : -2]
        return (
            subject[-1] not in _DETERMINER_WORDS
            and word not in STOP_WORDS
            and word in all_lemmas(word).get("VERB", ())
            and 0 < len(directed) <= 4
            and (
                _names_whom(directed)
                and wordnet is not None
                and bool(wordnet.senses_directing_someone(word))
                if whether
                else all(w not in STOP_WORDS or w in _DETERMINER_WORDS for w in directed)
                # "what did the housing court tell the landlord to do": not "court"
                and _names_whom(directed)
            )
        )

    at = next((at for at in range(1, min(len(words) - 2, 5)) if directs(at)), None)
    if at is None:
        return None
    return _Direction(words[at], whether, asked[found.end() - len(then) :], " ".join(words[:at]))


def _direction_asked_of_whom(asked: str) -> _Direction | None:
    """The direction by which the question asks whether someone was got to do something
    (`_ASKS_WHETHER_DIRECTED_TO`: "was the city ordered to refund quill", "were they forced
    by the court to pay"), asked yes or no: by a verb whose most frequent sense takes
    someone to a deed (`WordNet.directs_someone_first`: not "allowed to run", "expected to
    come", "told to"); None when it asks no such thing."""
    found = _ASKS_WHETHER_DIRECTED_TO.match(asked)
    wordnet = shared_wordnet()
    if found is None or wordnet is None:
        return None
    words = found.group("clause").lower().split()
    then = words[-1]
    if then not in all_lemmas(then).get("VERB", ()):
        return None
    for at in range(1, len(words) - 2):
        word, whom, after = words[at], words[:at], words[at + 1 : -2]
        lemmas = all_lemmas(word).get("VERB", ())
        if (
            word not in STOP_WORDS
            and lemmas
            and word not in lemmas
            and (_names_whom(whom) or (len(whom) == 1 and whom[0] in _PASSIVE_SUBJECTS))
            and (not after or (after[0] == "by" and len(after) <= 4))
        ):
            verb = lemmas[0].lower()
            if not wordnet.directs_someone_first(verb):
                return None
            return _Direction(verb, True, asked[found.end() - len(then) :])
    return None


def _directs_by_saying(asked: str) -> bool:
    """Whether the question asks whether someone got another to do something by a verb of
    saying ("did whitlock tell the towing company to keep the lots open", "did trump ask
    bukele to ...")."""
    direction = _direction_asked(asked) if may_hold_word(asked, _TO) else None
    return direction is not None and direction.whether and _is_a_verb_of_saying(direction.verb)


def _names_whom(words: Sequence[str]) -> bool:
    """Whether `words` name someone or something as a verb's object does: a pronoun alone
    ("them"), or words with no determiner or owner but the first, ending in a noun or a word
    no dictionary has, a name ("the trump team", "quill"); not "tourists its safer", nor
    "its safer"."""
    if len(words) == 1 and words[0] in _OBJECT_PRONOUNS:
        return True
    last = all_lemmas(words[-1])
    return (
        all(w not in STOP_WORDS for w in words[1:])
        and (words[0] in _DETERMINER_WORDS or words[0] not in STOP_WORDS)
        and (not last or "NOUN" in last or "PROPN" in last)
    )


@functools.cache
def _directs_someone_after(question: str, who: str) -> bool:
    """Whether the words after `who` in `question` ask what they told someone to do: a verb,
    its object (a name, or a noun after a determiner) and "to" with a verb in its plain form
    ("did a court tell the trump team to get garcia back", "what were the courts telling the
    admin to do"). Not "say anything about the plan to cut jobs": a preposition stands
    between."""
    at = question.find(who)
    found = _DIRECTS_SOMEONE.match(question, at + len(who)) if at >= 0 else None
    if found is None:
        return False
    verb, then = found.group("verb").lower(), found.group("then").lower()
    directed = found.group("whom").lower().split()
    return (
        "VERB" in all_lemmas(verb)
        and then in all_lemmas(then).get("VERB", ())
        and all(w not in STOP_WORDS or w in _DETERMINER_WORDS for w in directed)
    )


# A verb, the one it is said to, and "to" with a verb: what someone was told to do
_DIRECTS_SOMEONE = re.compile(
    r"\s+(?P<verb>[a-z]+)\s+(?P<whom>(?:[\w'’.-]+\s+){1,4}?)to\s+(?P<then>[a-z]+)\b",
    re.IGNORECASE,
)


def _is_a_verb_of_saying(verb: str) -> bool:
    """Whether the plain form `verb` is one of `SPEECH_VERBS`' ("ask" of "asked", "tell" of
    "told", "urge" of "urges")."""
    return verb in SPEECH_VERBS or any(
        verb in all_lemmas(said).get("VERB", ()) for said in SPEECH_VERBS
    )


# a subject ending in one of these goes on to its noun ("the court"), which is no verb
_DETERMINER_WORDS = frozenset(
    "the a an his her their its this that these those my our your".split()
)
# Verbs telling only that something came about or ended, whose subject is the thing dated
# ("when did the rationing start"): not "become", "take", "get" ..., which date a change of
# their subject told by the words after them
_COMING_OR_ENDING = frozenset(
    "start starts begin begins end ends stop stops finish happen occur".split()
)
# Verbs of a thing's starting, and of its ending, each one thing said in other words
_STARTING_OR_ENDING = (
    frozenset("start begin commence".split()),
    frozenset("end stop finish cease".split()),
)
# Words between an auxiliary and its verb that are no deed ("when did he even get there")
_NO_DEED = frozenset("even really actually ever just still also first finally then".split())
_SUBJECT_PRONOUNS = frozenset("he she they it we i you him her them this that these those".split())
# Where a clause opens before a date in a passage: a sentence's end, a semicolon, or a word
# opening a clause of its own ("..., with China opening a library ... two years ago")
_CLAUSE_OPENER = re.compile(
    r"(?:[.;:!?]\s|\b(?:with|while|after|before|when|as|which|who|whereas|but)\s)",
    re.IGNORECASE,
)


# a pronoun that may stand for the subject asked of ("She spoke to reporters on Wednesday")
_PERSONAL_PRONOUN = re.compile(r"\b(?:he|she|they|his|her|their|its)\b", re.IGNORECASE)


def _clause_start(text: str, end: int) -> int:
    """Where the clause holding `text[end]` opens (`_CLAUSE_OPENER`), or 0."""
    last = 0
    for found in _CLAUSE_OPENER.finditer(text, 0, end):
        last = found.end()
    return last


_WHEN_CLAUSE = re.compile(
    r"^\W*when\s+(?:did|does|do|has|have|had|was|were)\s+(?P<clause>[^?.!]+)", re.IGNORECASE
)
# "agree to send", "has agreed to accept", "promised to return": a verb of undertaking (or
# refusing) and the deed after "to"
_AGREES_TO = re.compile(
    r"\b(?P<promise>agre(?:e|es|ed|eing)|promis(?:e|es|ed|ing)|offer(?:s|ed|ing)?"
    r"|refus(?:e|es|ed|ing))\s+to\s+(?P<deed>[a-z]+)\b",
    re.IGNORECASE,
)
# Particles that are seldom a preposition after a verb's object ("send the man back", "give
# it up"): "over", "in", "on" are more often a preposition ("hold the boats over winter")
_ADVERB_PARTICLES = frozenset("back up out off down away".split())
# The adverb that weighs as a word in the order shown (`adverb_phrases`) where it negates what
# is asked (`_NEGATED`): not "or not", which asks whether
_NEGATION = frozenset({"not"})
_NEGATED = re.compile(r"(?<!\bor\s)\bnot\b", re.IGNORECASE)  # only where "not" is a word
# "what did Bukele ask when questioned about ...": what follows "ask" read for a request
_ASKS_THEIR_QUESTION = re.compile(
    r"^\W*what\s+(?:did|does|do|has|have|had)\s+(?P<asker>(?:[\w'’.-]+\s+){1,4}?)ask(?:ed)?\b"
    r"(?P<rest>[^?]*)",
    re.IGNORECASE,
)
# Words opening a clause of its own ("what did X say when they asked")
_CLAUSE_OPENERS = frozenset("when after while if as because once before since".split())
# Words after a form in -ing that leave it a noun: a preposition, "as", a verb it is the subject of
# ("the ruling on Garcia", "the ruling as a victory", "the ruling was")
_NOUN_FOLLOWERS = PREPOSITIONS | frozenset(
    "as and or but was were is are has had have would will could did does".split()
)
# The words of a noun phrase opened by "the" in a question ("the white house meeting"), up to
# three of them
_DEFINITE_WORDS = re.compile(r"(?<![\w'’])the\s+((?:[a-z'’-]+\s+){0,2}[a-z'’-]+)")
# "a meeting", "an unannounced meeting", "a brief, private meeting": the text before a word held
# after an indefinite article and at most two lower-case words, none a preposition or
# conjunction ("a state of emergency": "emergency" is no head of its own)
_AFTER_AN_ARTICLE = re.compile(
    r"\b(?:[Aa]|[Aa]n)\s+(?:(?!(?:of|for|in|on|at|to|with|by|from|and|or)\b)[a-z][\w'’-]*,?\s+){0,2}$"
)
# What something was before a change, asked: "what level was the advisory before it was
# lowered", "what were the rules before they changed them" (a clause, its subject a pronoun:
# not "what was the video before the meeting")
_ASKS_BEFORE_A_CHANGE = re.compile(
    r"^\W*(?:what|which|how)\b[^?]*?\b(?:was|were)\b[^?]*?\bbefore\s+"
    r"(?:it|they|he|she|we|you|this|that)\s+(?:(?:was|were|got|had\s+been)\s+)?[a-z]+ed\b",
    re.IGNORECASE,
)
# The words by which a story tells an earlier state: "lowered from level 3", "had previously
# been", "the former mayor", "was once", "until then"
_EARLIER_STATE_WORDS = frozenset(
    "from before previously formerly former earlier originally original once until prior "
    "ahead used".split()
)
# Words opening a clause with a subject of its own inside a statement ("a bit where the
# minister explained ...", "the day when", "heard that the mayor said")
_CLAUSE_OPENING = re.compile(r"\b(?:where|when|that|because|after|while|as)\s+", re.IGNORECASE)


def _shortest_name(person: Person) -> str:
    """The name or alias of `person` of the fewest words ("Bukele", "Garcia"): the story's
    usual word for them."""
    return min((person.name, *person.aliases), key=lambda alias: len(alias.split()))


def _without_one_each(terms: Sequence[str], dropped: Sequence[str]) -> list[str]:
    """`terms` without one of each of `dropped` (each of the words typed at one place)."""
    kept = list(terms)
    for term in dropped:
        if term in kept:
            kept.remove(term)
    return kept


def _maybe_named_by(found: Found, text: str) -> tuple[Person, ...]:
    """Those of `found.people` one of whose names or aliases may be, as `match_key` writes
    it, the words at the span: its `by_name` when the span and every name and alias of its
    people are ASCII (then a name whose key is the words' is one `by_name` holds: `match_key`
    and `_as_a_name` both lower the case, and what the one folds the other drops), else all.
    At 1,000,000 passages a surname 890 people share is no name of any of them, in each
    passage naming it (their names' keys worked out was 2-3 ms of a first question)."""
    if len(found.by_name) == len(found.people) or not text[found.start : found.end].isascii():
        return found.people
    names = itertools.chain(
        map(_NAME, found.people), itertools.chain.from_iterable(map(_ALIASES, found.people))
    )
    return found.by_name if "".join(names).isascii() else found.people


def _only_inside(text: str, wanted: set[str], names: Sequence[tuple[int, int]]) -> frozenset[str]:
    """The `wanted` terms `text` holds inside the `names`' spans only."""
    held_outside: set[str] = set()
    held_inside: set[str] = set()
    for term, start in zip(*term_spans(text)[:2], strict=True):
        if term in wanted:
            inside = any(a <= start < b for a, b in names)
            (held_inside if inside else held_outside).add(term)
    return frozenset(held_inside - held_outside)


def _names_in(typed: Sequence[str], person: Person) -> bool:
    """Whether the question's terms (`typed`, in order) name `person`: a one-word name of
    theirs, a word of their names that is no English word ("the cornell guy flores
    something"), or two words of a longer name side by side ("the human rights folks": Human
    Rights Watch; "rights" alone is no name)."""
    pairs = set(itertools.pairwise(typed))
    for name in (person.name, *person.aliases):
        words = terms(name)
        if (len(words) == 1 and words[0] in typed) or pairs & set(itertools.pairwise(words)):
            return True
        if any(
            term_of(w) in typed and not is_english_word(w) for w in _LETTERS.findall(name.lower())
        ):
            return True
    return False


def _pronoun_before_any_name(question: str, read: ReadQuestion) -> bool:
    """Whether `question` names someone by a pronoun before it names anyone by name: "is he
    still in prison?" means someone said before it; "what did Trump say when he welcomed
    him?" whom it names itself."""
    named = [group.start for group in read.found if group.people]
    first_name = min(named, default=len(question))
    return names_someone_by_pronoun(question[:first_name])


def _asks_who_they_are(text: str, read: ReadQuestion) -> bool:
    """Whether a "who" question asks who someone it names is ("who is garcia", "whos bukele
    and why is he here"; in a clause's order, "do you know who garcia is"), not who someone of
    theirs is ("who is Trump's former pick")."""
    return any(
        (
            _WHO_IS_BEFORE.search(text, 0, group.start)
            or (
                _WHO_BEFORE.search(text, 0, group.start)
                and _IS_LAST_AFTER.match(text, group.end) is not None
            )
        )
        and not _OWNER_AFTER.match(text, group.end)
        for group in read.found
    )


def _asks_a_persons_words(question: str) -> bool:
    """Whether `question` asks what someone said, naming them with a noun for a kind of person
    ("the first Latin American president to visit", "the guy from the meeting"; WordNet's
    first sense), not the words of a writing ("what does the article say", "what did the
    ruling say"), which a passage may tell without quoting."""
    who = words_asked_of(question)
    if who is None:
        return False
    return any(
        word in SOMEONE_NOUNS or is_person_noun(word) for word in re.findall(r"[a-z]+", who.lower())
    )


def _asks_of_a_group(question: str, read: ReadQuestion) -> bool:
    """Whether the question asks for the words of a group rather than of one person: "they"
    or "their" where the speaker stands ("what was their argument"), or the people around
    someone it names ("trump's team", "team trump", "people close to trump")."""
    if read.speaker_span is not None:
        said = question[slice(*read.speaker_span)].lower()
        if said in _GROUP_PRONOUNS:
            return True
    return any(
        ENTOURAGE_AFTER.match(question, group.end)
        or ENTOURAGE_BEFORE.search(question[: group.start])
        for group in read.found
        if group.by_name
    )


_GROUP_PRONOUNS = frozenset("they them their theirs".split())


def _by_a_shared_name(question: str, read: ReadQuestion) -> bool:
    """Whether the question names whose words it asks by one name several people share, and
    nothing else ("what did Brandt say", "Ms. Brandt" of two Brandts; not "the Brandt
    sisters", nor "Mayor Brandt", whose role may tell which): its speaker words are that
    name, after a courtesy title at most."""
    if read.speaker_span is None:
        return False
    start, end = read.speaker_span
    return any(
        len(group.by_name) > 1
        and group.end == end
        and _COURTESY_TITLE.fullmatch(question[start : group.start].strip().lower()) is not None
        for group in read.found
    )


# What may stand before a name without telling who of its holders is meant
_COURTESY_TITLE = re.compile(r"(?:(?:mr|mrs|ms|miss|mx)\.?)?")


def _asked_who_they_are(said: str, groups: Sequence[Found]) -> dict[str, str]:
    """The one person a part asking who someone is asks of, when it names them first ("who is
    gaetz to trump again", "who's the mayor in the ferry row"): the name or role right after
    "who is", as typed, by their id; the others it names after are told of only as whom they
    are to that one, so a pronoun of a later part means them ("... & when did he see
    bukele"). Empty when the part opens otherwise ("what did trump say about bukele": the
    speaker or the one spoken of, either), or names another joined to them ("who is X and
    Y")."""
    if not groups or not _WHO_IS_BEFORE.search(said, 0, groups[0].start):
        return {}
    first = groups[0]
    people = first.by_name or first.people
    if len(people) != 1:
        return {}
    if len(groups) > 1 and _JOINED_SUBJECT.fullmatch(said, first.end, groups[1].start):
        return {}
    return {people[0].id: said[first.start : first.end]}


def _every_part_answered(answered: Sequence[_PartResult]) -> bool:
    """Whether each part of a message is answered with high confidence: rated so, or its first
    passage is that of a part before it rated so ("when did they first meet? and what did
    Bukele ask for back then": the passage vouched for the meeting is the one the second part
    finds). Not of a part after it: a later question asks of what an earlier one found, not
    the other way ("who is X and why is he at Y": the passage vouched for why is no telling of
    who X is, which the first part, read alone, found no passage to vouch for)."""
    vouched: set[int] = set()
    for part in answered:
        if not (part.high or _holds_its_topic(part, vouched)):
            return False
        if part.high:
            vouched.add(part.candidates[0].passage)
    return bool(vouched)


def _holds_its_topic(part: _PartResult, vouched: set[int]) -> bool:
    """Whether `part`'s first passage is one of those `vouched` for, and the corpus knows every
    word of its topic: "and is the hospital far?" of a story never naming a hospital finds the
    passage of the question before it, which does not answer it. A part with no topic of its
    own asks of the one before ("Why is the union worried about the layoffs? What's the
    basis?"): the words of that one the story lacks were vouched for there, by the bridges its
    own words found."""
    return (
        part.candidates[0].passage in vouched
        and part.rated == part.candidates[0].passage
        and part.signals is not None
        and (part.signals.known == 1.0 or part.topic_carried)
    )


# A question asking yes or no: whether someone said something, and so what they said of it
# The cue of a question asking for someone's account, not their words: "according to X", "per X"
_ACCOUNT_CUE = re.compile(r"\s*(?:ac+ording\s+to|per)\s*", re.IGNORECASE)
# A personal pronoun a later part of a message may mean the first part's people by
# a question asking who: "who voted against it", "and who proposed the increase?"
_ASKS_WHO = re.compile(r"\W*(?:(?:and|so|but|ok|okay)\W+)?who\b(?!\W*(?:is|are|was|were)\b)", re.I)
_FIRST_PRONOUN = re.compile(r"\b(?:they|them|their|he|she|him|her|his)\b", re.IGNORECASE)
_YES_NO = re.compile(
    r"\W*(?:did|does|do|has|have|had|is|was|were|will|would|can|could)\b", re.IGNORECASE
)


# A question asking whether something will be ("will more tourists come", "won't the club
# move", "is the mayor going to resign"), and the words a passage tells time to come, intent
# or expectation with ("would", "plans to", "is expected to", "next month", "vowed")
_WILL_BE = re.compile(
    r"\W*(?:(?:will|won['’]?t|shall)(?!\s+(?:you|u|ya)\b)|(?:is|are|am)\s+(?:[\w'’-]+\s+){1,4}?going\s+to)\b",
    re.IGNORECASE,
)
_TELLS_AHEAD = re.compile(
    r"\b(?:will|shall|would|could|might|may|can|cannot|going\s+to|gonna|soon|next|"
    r"future|later|upcoming|coming|tomorrow|"
    r"(?:expect|plan|intend|aim|hope|promise|pledge|vow|threaten|vote|agree|propose|schedule|"
    r"prepare|seek|want|mean)\w*|due\s+to|set\s+to|about\s+to|"
    r"(?:won|wouldn|can|couldn)['’]?t)\b|['’]ll\b",
    re.IGNORECASE,
)


def _asks_what_will_be(asked: str) -> bool:
    """Whether the question asks yes or no of something to come (`_WILL_BE`), after the
    words a message may open with ("so will the ferry run")."""
    opening = STATEMENT_OPENING.match(asked)
    return bool(_WILL_BE.match(asked, opening.end() if opening else 0))


# What someone calls a thing, asked by its noun: "what did trump call the people they send
# there", "what does bukele call the fee", "how did they describe the deportees"
_LABEL_ASKED = re.compile(
    r"\b(?:call|calls|called|calling|describe|describes|described|describing)\s+"
    r"(?:the|those|these|that|this|his|her|their|its)\s+(?P<noun>[a-z][\w'’-]*)",
    re.IGNORECASE,
)
_DETERMINERS = frozenset("the a an this that these those his her their its our your my".split())
# A question asking yes or no whether something holds still, now ("is TPS still good right
# now", "are they currently open", "do they still get it these days"); a passage dated to a
# time gone by ("in 2019", "two years ago"), and the words a story tells a state lasting to
# the time it is written with ("remains in effect", "is still", "continues", "since 2022")
_ASKS_STILL_SO = re.compile(
    r"\b(?:still|currently|right\s+now|nowadays|these\s+days|at\s+the\s+moment|any\s?more"
    r"|as\s+of\s+(?:now|today))\b",
    re.IGNORECASE,
)
_OPENS_YES_OR_NO = re.compile(
    r"\W*(?:did|does|do|has|have|had|is|are|am|was|were|can|could)(?:n['’]?t)?\b",
    re.IGNORECASE,
)
_DATED_GONE_BY = re.compile(r"\b(?:1[89]|20)\d\d\b|\bago\b", re.IGNORECASE)
_TELLS_LASTING = re.compile(
    r"\b(?:still|now|currently|today|remain(?:s|ed|ing)?|continu(?:e|es|ed|ing)|ongoing"
    r"|since|so\s+far|to\s+this\s+day)\b",
    re.IGNORECASE,
)


# The words of `_ASKS_STILL_SO` that are one word each: what a passage telling a state lasting
# (`_TELLS_LASTING`) holds in other words, for the confidence model (`Searcher._lasting_forms`)
_ASKS_LASTING = frozenset("still currently nowadays anymore".split())


def _asks_whether_still_so(asked: str) -> bool:
    """Whether the question asks yes or no (`_OPENS_YES_OR_NO`, after the words a message
    may open with) whether something holds still, now (`_ASKS_STILL_SO`)."""
    opening = STATEMENT_OPENING.match(asked)
    return bool(
        _OPENS_YES_OR_NO.match(asked, opening.end() if opening else 0)
        and _ASKS_STILL_SO.search(asked)
    )


def _tells_only_a_time_gone_by(text: str) -> bool:
    """Whether the passage is dated to a time gone by (a year, "ago") and holds no word of a
    state lasting since (`_TELLS_LASTING`): what it tells held then, and whether it holds
    still the story does not say."""
    return _DATED_GONE_BY.search(text) is not None and _TELLS_LASTING.search(text) is None


# "how many ... in the us", "in el salvador": the place a count is asked of (after "in",
# where the question ends or a clause does)
_IN_A_COUNTRY = re.compile(
    r"\bin\s+(?P<place>(?:the\s+)?(?P<name>[^\W\d_][\w.'’-]*(?:\s+[^\W\d_][\w.'’-]*)?))\s*"
    r"(?:[?.!,]|$|\b(?:so\s+far|now|today|this\s+year|last\s+year)\b)",
    re.IGNORECASE,
)


_PHRASE_ENDERS = PREPOSITIONS | frozenset("and or but at all too either then there".split())
# what may follow words that end a noun phrase: nothing, punctuation, or a word of no topic
# of its own ("... human rights at all", "... human rights in the report")
# the word after a space (`Searcher._ends_what_it_names`)
_NEXT_WORD_AFTER = re.compile(r"\s+([A-Za-z]+)\b")
_ENDS_A_NOUN_PHRASE = re.compile(
    r"\s*(?:$|[^\w\s'’]|(?:" + "|".join(sorted(_PHRASE_ENDERS)) + r")\b)", re.IGNORECASE
)


def _qualifies_a_noun(words: Sequence[tuple[str, int, int]], at: int) -> bool:
    """Whether the word `at` stands before another noun it qualifies, in the same phrase
    ("gang member migrants": the words after it nouns, no punctuation between)."""
    if at + 1 >= len(words):
        return False
    _, _, end = words[at]
    after, start, _ = words[at + 1]
    text_between = start - end
    lower = after.lower()
    return text_between == 1 and lower not in STOP_WORDS and "NOUN" in all_lemmas(lower)


def _asks_whether(asked: str) -> bool:
    """Whether the question asks yes or no, after the words a message may open with ("wait so
    is garcia coming back")."""
    opening = STATEMENT_OPENING.match(asked)
    return bool(_YES_NO.match(asked, opening.end() if opening else 0))


def _spelt_out_in(term: str, text: str) -> bool:
    """Whether `text` spells out the initials `term` stands for as a run of capitalised words
    ("us": "the United States")."""
    if not 2 <= len(term) <= 4 or not term.isalpha():
        return False
    pattern = r"\s+".join(rf"{letter.upper()}[a-z]+" for letter in term)
    return re.search(rf"\b{pattern}\b", text) is not None


def _names_the_body(text: str, body: Sequence[str], classes: WordClasses | None) -> bool:
    """Whether `text` names the `body` (its terms, `_body_named`) with its words side by side
    in their order: "The State Department", not "The government of El Salvador" for "the us
    government" (another government, whose words are not the body asked of); and as the one
    doing something, not as what another acts on ("The union will ask the state health
    department to review the deal": the union's doing, `_done_to`)."""
    if not body:
        return False
    found = tokens(text)
    size = len(body)
    return any(
        tuple(t.term for t in found[start : start + size]) == tuple(body)
        and not _done_to(text, found[start].start, classes)
        for start in range(len(found) - size + 1)
    )


def _done_to(text: str, start: int, classes: WordClasses | None) -> bool:
    """Whether the noun phrase whose head's words begin at `start` in `text` is what a verb or
    a preposition before it acts on: "ask the state health department to review",
    "meet with the teachers union", "orders from carmakers". Read back over the words
    qualifying the noun ("state", "the nurses'") to the first word that is none: a verb (as
    WordNet's tagged senses mostly have it, `WordClasses`) or one of `_OBJECT_PREPOSITIONS`.
    Not a speech verb set off after a quotation or a comma ("...,” said the union": whose
    words), nor "according to", "of", "by", "for" ("a spokesman for the union said"), nor a
    phrase opening its clause."""
    words = _WORD_OR_MARK.findall(text, 0, start)
    at = len(words) - 1
    for _ in range(_QUALIFIERS_READ_BACK):
        if at < 0 or not words[at][0].isalnum():
            return False  # the phrase opens its sentence or clause
        lower = words[at].lower()
        if lower in _NOUN_PHRASE_OPENERS:
            at -= 1  # "the", "its": whatever governs the phrase is right before
            break
        if lower in FUNCTION_WORDS or lower in PREPOSITIONS or _is_verb(words, at, classes):
            break
        at -= 1  # a word qualifying the noun: "county", "state", "nurses'"
    else:
        return False
    if at < 0:
        return False
    governor = words[at].lower()
    if governor in _OBJECT_PREPOSITIONS:
        return not (governor == "to" and at and words[at - 1].lower() == "according")
    if not _is_verb(words, at, classes):
        return False
    # "“We will appeal,” said the union": inverted, the speaker after its verb
    return not (governor in SPEECH_VERBS and at and words[at - 1] in _SETTING_OFF_MARKS)


def _is_verb(words: Sequence[str], at: int, classes: WordClasses | None) -> bool:
    """Whether `words[at]` is mostly a verb (`WordClasses.class_of`, the word before it read)."""
    if classes is None or not words[at][:1].isalpha():
        return False
    previous = words[at - 1] if at else ""
    return classes.class_of(words[at], previous) is WordClass.VERB


# The words and marks of a text, each alone: what `_done_to` reads back over
_WORD_OR_MARK = re.compile(r"[^\W_](?:[\w'’-]*[^\W_])?['’]?|[^\w\s]")
# Words opening a noun phrase, right after whatever governs it ("ask the department")
_NOUN_PHRASE_OPENERS = frozenset(
    "the a an its their his her our your my this that these those every each".split()
)
# How many words qualifying a noun are read back over to what governs it
_QUALIFIERS_READ_BACK = 5
# Prepositions whose noun phrase is acted on, not acting ("meet with the union", "pressure on
# the board"); not "of", "by", "for", "from", "in", "per", after which a body's words may be
# told ("a spokesman for the union said", "a letter from the department")
_OBJECT_PREPOSITIONS = frozenset(
    "to with against into onto toward towards at on about over upon among between".split()
)
# Marks before a speech verb whose speaker comes after it ("“...,” said the union")
_SETTING_OFF_MARKS = frozenset(",”\"’'")


def _among_rivals(signals: Signals) -> bool:
    """Whether the passage quotes the asked speaker and others of theirs hold as much of the
    topic: then it is the answer only where an independent reading (closeness in meaning, of
    the passage or of its sentence: `_ask_part`) picks it too."""
    return bool(signals.speaker) and 0.0 < signals.speaker_pick < 1.0


def _sentence_may_vouch(signals: Signals) -> bool:
    """Whether the sentence closest in meaning can tell anything the signals do not: not where
    the passage lacks the kind of answer asked ("why did Marlow shut the library" of the one
    saying only that he did), nor where it holds every topic word the story uses and the rest
    are words the story never uses ("what's the weather in San Salvador": the sentence holding
    "San Salvador" is the closest for that word alone, whatever "weather" means). Over the sets
    of tests/data those added 20 right answers, 3 wrong and 3 unanswerable; the rest 35, 4, 0."""
    if signals.answer_type < 0:
        return False
    return not (signals.known < 1.0 and signals.coverage >= signals.known)


def _start_asked(asked: str) -> tuple[list[str], int, list[str]] | None:
    """The words of the clause of a date asked of when a thing came about or ended ("when did
    the rationing in peru start"), where its verb telling only that (`_COMING_OR_ENDING`)
    stands, and its subject's words; None where no such date is asked, or the subject is none
    or a pronoun (whom or what it means may be named otherwise)."""
    found = _WHEN_DID.search(asked)
    if found is None:
        return None
    words = [w.group().lower() for w in re.finditer(r"[^\W\d_][\w'’-]*", found.group("clause"))]
    at = next((at for at, word in enumerate(words) if at and word in _COMING_OR_ENDING), None)
    if at is None:
        return None
    subject = [w for w in words[:at] if w not in STOP_WORDS and w not in _NO_DEED]
    if not subject or any(word in _SUBJECT_PRONOUNS for word in words[:at]):
        return None
    return words, at, subject


def _first_sentence(text: str, limit: int = 160) -> str:
    sentence = re.split(r"(?<=[.!?])\s", text, maxsplit=1)[0]
    return sentence if len(sentence) <= limit else sentence[: limit - 1].rstrip() + "…"


# The words for the people around someone ("Trump's Cabinet", "the Bukele government")
_ENTOURAGE = "|".join(sorted(ENTOURAGE_NOUNS))
_SPEECH = "|".join(sorted(SPEECH_VERBS | LABEL_VERBS))
# A name typed in "s" before a word for what someone said ("westgates take"): its owner's "s"
# without the apostrophe (`_body_owning_restored`)
_BODY_OWNING = re.compile(
    rf"\b(?P<owner>[^\W\d_]{{3,}})s\s+(?:{NOUNS_OF_SPEECH.pattern})\b", re.IGNORECASE
)
# The word every match of it holds where a noun of speech starts (`may_hold_word`): the first
# run of letters of each of `NOUNS_OF_SPEECH`'s nouns ("one-liners": "one", "shout outs":
# "shout"); most questions hold none, and the pattern tries every word
_SPEECH_NOUN_WORDS = frozenset(
    (
        "comment comments remark remarks words quote quotes view views response reaction"
        " statement statements position opinion take answer reply message claim claims"
        " argument thoughts verdict assessment stance explanation justification excuse defence"
        " defense criticism critique warning pitch rationale theory theories reasoning thinking"
        " logic point analysis line lines quip quips one soundbite soundbites retort retorts"
        " shout shoutout shoutouts"
    ).split()
)
# One keeping the law, then a verb of saying a little after (across a title's full stop:
# "Police Capt. Ray Dunn said"; not "A deputy found twelve rusted drums", nor past a clause:
# "a police incident report released Tuesday, a witness told officers")
_LAW_SPEAKING = re.compile(
    rf"\b(?:{'|'.join(LAW_KEEPERS)})\b[^,;!?]{{0,40}}?"
    r"\b(?:said|says|told|tells|warned|warns|urged|urges|added|announced|stated)\b",
    re.IGNORECASE,
)
# Two capitalised words side by side: a name ("Colin Maddox")
_FULL_NAME = re.compile(r"\b[A-Z][\w'’-]+\s+[A-Z][\w'’-]+")
# A thing typed in "s" after "the", before a role ("the hospitals ceo"): its owner's "s"
# without the apostrophe (`_body_owning_restored`)
_THING_OWNING = re.compile(
    r"\bthe\s+(?P<owner>[^\W\d_]{3,})s\s+(?P<owned>[^\W\d_]+)", re.IGNORECASE
)
# Whom a body speaks through, or what it says in ("a spokesman for Westgate", "a Lumora
# spokeswoman", "Westgate's statement"): what `_name_told_speaking` reads beside a name
_SPOKES = (
    r"spokes(?:man|woman|person|people|men|women)|representatives?|statement|news\s+release"
    r"|press\s+release"
)
# ... and the verbs of a body's decision, which are its word ("a county court ruled them
# unsafe", "the board voted 4-3 to cut"): what `_tells_their_words` reads after a group
_RULING_VERBS = frozenset(
    "ruled rules ordered orders decided decides voted votes approved approves rejected"
    " rejects".split()
)
_SPEECH_OR_RULING = "|".join(sorted(SPEECH_VERBS | LABEL_VERBS | _RULING_VERBS))


def _capitalised_runs(text: str) -> list[list[tuple[str, int, int]]]:
    """The runs of capitalised words side by side in `text` ("U.S. State Department"), not
    counting a stop word opening a sentence ("The")."""
    runs: list[list[tuple[str, int, int]]] = []
    current: list[tuple[str, int, int]] = []
    for word in iter_words(text):
        joined = bool(current) and text[current[-1][2] : word[1]] in (" ", ". ")
        if word[0][:1].isupper() and word[0].lower() not in STOP_WORDS:
            if not joined:
                current = []
                runs.append(current)
            current.append(word)
        else:
            current = []
    return runs


def _phrase_heads(question: str, topic: Sequence[str]) -> set[str]:
    """The terms of the `topic` the question types heading a phrase of their own: right
    before another word of the topic, or "of" and one ("state of emergency")."""
    wanted = set(topic)
    words = list(iter_words(question))
    heads: set[str] = set()
    for at, (word, _, end) in enumerate(words):
        term = term_of(word.lower())
        if term not in wanted:
            continue
        after = words[at + 1 : at + 3]
        if after and after[0][0].lower() == "of" and question[end : after[0][1]] == " ":
            end, after = after[0][2], after[1:]
        if after and question[end : after[0][1]] == " " and term_of(after[0][0].lower()) in wanted:
            heads.add(term)
    return heads


# Someone's words asked of a description ("what did the big man say", "what did the old guy
# tell them"): the subject's last word is a noun for a person (checked by the caller)
_WORDS_OF_THE_DESCRIBED = re.compile(
    r"\s*(?:so\s+|and\s+)?(?:what|how)\s+(?:did|does|do|has|had)\s+"
    r"(?P<who>the\s+(?:[^\W\d_]+\s+){0,3}?(?P<head>[^\W\d_]+))\s+"
    r"(?:say|tell|said|told|reply|respond|answer)\b",
    re.IGNORECASE,
)

# "did X have any concerns", "has Ruiz raised any objections": whether someone had a thing, the
# thing the noun after "any" (whoever "who" is, read by the caller)
_WHETHER_ANY = re.compile(
    r"\s*(?:did|does|do|has|have|had)\s+(?P<who>[^?]*?)\s+(?:have|has|had|raise|raised|voice|voiced|"
    r"express|expressed)\s+any\s+(?P<what>[^\W\d_]+)",
    re.IGNORECASE,
)
# "did Brody have a salvage licence", "does the article say whether Garcia had a withholding
# of removal grant": whether someone had a thing, its words up to a stop word
_THING_WORDS = (
    r"(?P<what>(?:(?!(?:of|to|in|on|for|and|or|that|before|after|when|while|"
    r"with|by|from|at|about|over|than|as|like)\b)[^\W\d_][\w'’-]*\s*){1,3})"
)
_THING_HAD = r"(?:a|an|any)\s+" + _THING_WORDS
_WHETHER_OF = r"(?:^\s*(?:did|does|do|has|have|had)|\b(?:whether|if))\s+(?P<who>[^?]*?)\s+"
_WHETHER_HAD = re.compile(
    _WHETHER_OF + r"(?:have|has|had|got|get|gets|received)\s+" + _THING_HAD, re.IGNORECASE
)
# "does Garcia have family in Maryland", "did she have kids": whether someone has a thing
# named with no article (a plural, a mass noun), its words up to a stop word; the first word
# a noun or an adjective (not "have to", "has ever", "had been", "have anything")
_WHETHER_HAS_BARE = re.compile(
    _WHETHER_OF + r"(?:have|has|had)\s+(?!(?:a|an|any)\b)" + _THING_WORDS, re.IGNORECASE
)
# Things had that a figure is: "does X have numbers behind it", "any stats"
_FIGURE_NOUN_TERMS = frozenset(
    t for w in "number figure stat statistic data estimate".split() if (t := term_of(w))
)
# Words of amount read as no thing had, when the thing is bare: "have lots of kids", "has
# enough room", "have no say"
_AMOUNT_WORDS = frozenset("no nothing none enough lots lot plenty".split())

# The view of whoever is asked, asked for: "what do you think of", "what do you make of",
# "what would you do about", "do you agree with", "your opinion on" (not "how would you
# describe the mood", "can you tell me", which ask what the story says)
_YOU = r"(?:you|u|ya|y['’]all)"
_ASKS_YOUR_VIEW = re.compile(
    rf"\b(?:what|how)\s+(?:do|would|did|does|should)\s+{_YOU}\s+(?:personally\s+)?"
    r"(?:think|make\s+of|feel|do\s+about|do\s+if|recommend|suggest|reckon|believe)\b"
    rf"|\b(?:do|would|did|are)\s+{_YOU}\s+(?:personally\s+)?"
    r"(?:think|agree|believe|feel|reckon|like|support|trust|side)\b"
    r"|\b(?:your|ur)\s+(?:own\s+)?(?:opinion|view|take|thoughts|stance|position)\b"
    # what the bot itself would do, asked: "would you take the ferry", "would you vote for
    # it" (not a request put so: "would you tell me", "would you mind finding")
    rf"|^\W*(?:and\s+|but\s+|so\s+)?(?:would|wud|wld)\s+{_YOU}\s+(?:personally\s+|ever\s+)?"
    r"(?!(?:please|kindly|mind|be|happen|know|tell|show|give|explain|summari[sz]e|list|find"
    r"|quote|share|send|help|describe|repeat|recap|remind|point|clarify|check|look|search"
    r"|pull|post|paste|link|cite|say\s+(?:who|what|where|when|which))\b)[a-z]+\b",
    re.IGNORECASE,
)

# A verdict asked: "should Garcia be returned", "was it wrong to deport him", "was the
# council right to cut it", "is Bukele a good president", "who's right, Trump or the court"
# (not "is that right", a fact checked)
_VERDICT_WORDS = r"(?:right|wrong|fair|unfair|justified|unjustified|moral|immoral)"
_ASKS_A_VERDICT = re.compile(
    r"^\W*(?:and\s+|but\s+|so\s+)?(?:should|shouldn['’]?t|ought)\b"
    rf"|\bwho(?:['’]s|\s+is|\s+was|\s+are|\s+were)\s+(?:in\s+the\s+)?{_VERDICT_WORDS}\b"
    rf"|\b(?:is|was|are|were)\s+(?:it|that|this)\s+{_VERDICT_WORDS}\s+(?:to|of|for)\b"
    rf"|^\W*(?:is|was|are|were)\s+[^?,]{{1,60}}?\s+{_VERDICT_WORDS}\s+to\b"
    r"|^\W*(?:is|was|are|were)\s+[^?,]{1,60}?\s+(?:a|an)\s+(?:good|bad|great|terrible"
    r"|decent|evil|horrible|awful)\s+[a-z]+\W*$"
    # "is this good for El Salvador", "was it a bad deal for the town": good or bad for whom
    r"|\b(?:is|was|are|were|will)\s+(?:this|that|it|these|those)\s+(?:be\s+)?(?:a\s+)?"
    r"(?:good|bad|great|terrible|better|worse|positive|negative)\s+(?:(?:thing|idea|deal|news"
    r"|move|sign)\s+)?for\b",
    re.IGNORECASE,
)

# Who did not do something, asked: "who didn't vote for the cut", "who wouldn't comment",
# "who refused to sign"
_WHO_DID_NOT = re.compile(
    r"^\W*who\s+(?:(?:did|does|do|would|will|could|has|have|had|was|were|is)\s+not"
    r"|(?:didn|doesn|don|wouldn|won|couldn|hasn|haven|hadn|wasn|weren|isn)['’]?t"
    r"|never|refused\s+to|declined\s+to)\b",
    re.IGNORECASE,
)
# A passage telling that someone did not do something: a negation, or a word of refusing or
# opposing
_TELLS_NOT = re.compile(
    r"\b(?:not|no|never|neither|nor|against|refused|refuses|declined|declines|denied|denies"
    r"|rejected|rejects|opposed|opposes|rebuffed|rebuffs|snubbed|boycotted)\b|n['’]t\b",
    re.IGNORECASE,
)

_NEGATION_TERMS = frozenset(terms("not no never"))


def _tells_not_doing(passage: Passage, topic: Sequence[str]) -> bool:
    """Whether a sentence of `passage` (its sentences as the index split them) holds a word of
    the `topic` and a negation or a word of refusing or opposing ("one of the two votes against
    the cut"; not "voted 5-2 to cut", nor another sentence's "did not compel")."""
    return any(_TELLS_NOT.search(sentence) is not None for sentence in _of_topic(passage, topic))


def _of_topic(passage: Passage, topic: Sequence[str]) -> list[str]:
    """The sentences of `passage` (as the index split them) holding a word of `topic` (not
    "not": a question's own negation is no topic of a passage)."""
    wanted = set(topic) - _NEGATION_TERMS
    sentences = [
        passage.text[s.start - passage.start : s.end - passage.start] for s in passage.sentences
    ] or [passage.text]
    return [sentence for sentence in sentences if wanted.intersection(terms(sentence))]


# A stance for something asked ("why did Patel vote for the cut", "why did she support it"),
# and one against it told
_STANCE_FOR = re.compile(
    r"\bvot(?:e|ed|es|ing)\s+(?:for|in\s+favou?r\s+of)\b|\bsupport(?:s|ed|ing)?\b"
    r"|\bback(?:s|ed|ing)\b|\bendors(?:e|es|ed|ing)\b",
    re.IGNORECASE,
)
# A question taking what it asks of as so: a question word first, not a verb asking yes or no
_ASKS_WITH_A_PREMISE = re.compile(r"\W*(?:why|how|what|when|where|who|whom)\b", re.IGNORECASE)
_STANCE_AGAINST = re.compile(
    r"\bagainst\b|\boppos(?:e|es|ed|ing|ition)\b|\bvot(?:e|es|ed|ing)\s+no\b", re.IGNORECASE
)


def _told_against(question: str, passage: Passage, topic: Sequence[str]) -> bool:
    """Whether `question` asks of a stance for something as a premise ("why did Patel vote
    for the cut") and `passage` tells one against it, in a sentence of the topic ("Patel, one
    of the two votes against the cut"), and none for it: a premise the passage tells the
    other way. Not a yes-or-no question ("did Patel vote for the cut"), which it answers."""
    if (
        _ASKS_WITH_A_PREMISE.match(question) is None
        or _STANCE_FOR.search(question) is None
        or _STANCE_AGAINST.search(question) is not None
    ):
        return False
    told = _of_topic(passage, topic)
    return any(_STANCE_AGAINST.search(s) for s in told) and not any(
        _STANCE_FOR.search(s) for s in told
    )


def _deed_told_undone(question: str, passage: Passage) -> bool:
    """Whether `question` takes a deed as done in a "when" clause ("what did Bukele say when
    he returned Garcia": a verb's past form after its subject) and `passage` tells
    that deed, only as not done: each form of the verb it holds has a negation before it in
    its sentence ("I don't have the power to return him") or is the plain verb after "to" or
    a modal ("it would be “preposterous” for him to return Garcia"). A premise the passage
    tells the other way (shown first, low), as `_told_against` a stance."""
    clause = _WHEN_DONE.search(question)
    if clause is None:
        return False
    verb = clause.group("verb").lower()
    lemmas = {lemma.lower() for lemma in all_lemmas(verb).get("VERB", ())}
    if not lemmas or verb in lemmas or verb in STOP_WORDS or verb.endswith(("s", "ing")):
        return False  # no past form: "when they meet", "when he says", "when he was asked"
    forms = re.compile(
        r"\b(?:(?:"
        + "|".join(sorted(map(re.escape, lemmas)))
        + r")(?:s|es|ed|d|ing)?|"
        + re.escape(verb)
        + r")\b",
        re.IGNORECASE,
    )
    sentences = [
        passage.text[s.start - passage.start : s.end - passage.start] for s in passage.sentences
    ] or [passage.text]
    told = False
    for sentence in sentences:
        for match in forms.finditer(sentence):
            told = True
            if _NOT_DONE.search(sentence, 0, match.start()) is not None:
                continue
            if match.group().lower() in lemmas and _NOT_YET.search(sentence[: match.start()]):
                continue
            return False
    return told


def _tells_the_deed_only_undone_to_anyone(question: str, passage: str) -> bool:
    """Whether `question` asks "who" in the passive, whom a deed was done to ("who was fined",
    "who's the guy that got sent there by mistake": an auxiliary of the passive, then the
    verb's past participle), and `passage` holds that verb only in its plain, "-s" or "-ing"
    form ("the power to fine any trawler", "the ability to send deportees"): it tells of
    someone doing the deed, or able to, and of no one it was done to. Not where the passage
    holds a past form ("was fined", "they deported"), nor where it holds no form of the
    verb (told in other words, which other readings weigh)."""
    asking = _WHO_ASKS.match(question)
    if asking is None:
        return False
    lemmas: set[str] = set()
    for done in _PASSIVE.finditer(question, asking.end()):
        verb = done.group("verb").lower()
        found = {lemma.lower() for lemma in all_lemmas(verb).get("VERB", ())}
        if found and verb not in found and verb not in STOP_WORDS and not verb.endswith("ing"):
            lemmas = found
            break
    if not lemmas:
        return False
    told = False
    initials = tuple({lemma[0] for lemma in lemmas})
    for word in _LETTERS.findall(passage):
        lower = word.lower()
        if not lower.startswith(initials):
            continue
        if not lemmas & {lemma.lower() for lemma in all_lemmas(lower).get("VERB", ())}:
            continue
        told = True
        plain = lower in lemmas or lower.endswith("ing")
        if not plain and not any(lower in (f"{lemma}s", f"{lemma}es") for lemma in lemmas):
            return False  # a past form: done to someone, or by them to someone
    return told


# "who" asking, after chat's few opening words ("ok so who ...")
_WHO_ASKS = re.compile(r"^\W*(?:[\w'’]+\W+){0,3}?who\b", re.IGNORECASE)
# an auxiliary of the passive and the word after it (an adverb between: "was wrongly held")
_PASSIVE = re.compile(
    r"\b(?:was|were|is|are|been|being|got|gets|get|getting)\s+(?:[a-z]+ly\s+)?"
    r"(?P<verb>[a-z]+)\b",
    re.IGNORECASE,
)


# "why did <subject> <verb>": the subject, one to four words (a name, "the Supreme Court"),
# then the verb whose deed the reason is asked of
_WHY_DID = re.compile(
    r"\W*why\s+(?:did|does|do|would|has|have|had)\s+(?:[\w'’-]+\s+){1,4}?"
    r"(?P<verb>[^\W\d_]+)(?=\s+(?:with|to|for|on|against|in|the|a|an|him|her|them|it|his|"
    r"their)\b|\W*$)",
    re.IGNORECASE,
)
# a verb's object after it: "made the video", "wrote Bukele's speech"
_A_THING_AFTER = re.compile(r"[\w'’-]+\s+(?:the|an?|[^\W\d_][\w-]*['’]s?)\s+(?=[^\W\d_])", re.I)
_LIGHT_VERBS = frozenset("take get make have do give keep hold put see go come bring let".split())
# A deed a "when" clause takes as done: "when he returned Garcia", "when trump deported him"
_WHEN_DONE = re.compile(
    r"\bwhen\s+(?:he|she|they|we|i|you|it|[^\W\d_][\w'’-]*)\s+(?P<verb>[^\W\d_]+)\b",
    re.IGNORECASE,
)
# A negation telling a deed after it not done: "don't have the power to return", "refused to"
_NOT_DONE = re.compile(
    r"\b(?:not|never|no|cannot|refus(?:e|es|ed|ing)|declin(?:e|es|ed|ing))\b|n['’]t\b",
    re.IGNORECASE,
)
# The plain verb as a deed not (yet) done: after "to" or a modal ("for him to return Garcia",
# "he would return him")
_NOT_YET = re.compile(
    r"\b(?:to|would|could|should|might|may|will|shall|can|must)\s+(?:\w+\s+)?$", re.IGNORECASE
)


# What someone did not say, asked: "what did bukele not say", "what didn't she mention about"
_NOT_SAYING = (
    r"(?:say|said|mention|mentioned|tell|told|comment|address|discuss|answer|explain|reveal"
    r"|disclose|specify|confirm)"
)
_ASKS_WHAT_NOT_SAID = re.compile(
    r"^\W*what\s+(?:(?:did|does|do|has|have|had|would|will)\s+[^?]*?\s+(?:not|never)"
    rf"|(?:didn|doesn|don|hasn|haven|hadn|wouldn|won)['’]?t\s+[^?]*?)\s+{_NOT_SAYING}\b",
    re.IGNORECASE,
)
# Someone's very words asked for: "quote me what X said", "X's exact words", "what did X say
# word for word", "verbatim", "a direct quote" (not "what exactly did X say", often "what,
# in short": fresh-45 s05 asks so of Miller's words told in the story's)
_ASKS_EXACT_WORDS = re.compile(
    r"\bquote\s+(?:me|us)\b|\bexact\s+(?:words?|quote|quotation|phrase|wording)\b"
    r"|\bword\s+for\s+word\b|\bverbatim\b|\bdirect\s+quot|\b(?:actual|very)\s+words\b",
    re.IGNORECASE,
)
# A passage telling what someone would not say: "did not say whether", "declined to comment"
_TELLS_NOT_SAID = re.compile(
    r"\b(?:(?:did|does|do|would|could|will|has|have|had)\s*(?:not|n['’]t)|never|declined\s+to"
    rf"|refused\s+to|wouldn['’]t|won['’]t)\s+(?:\w+\s+)?{_NOT_SAYING}\b",
    re.IGNORECASE,
)

# A verb asked with an indefinite object only: "did bukele deny anything", "did she praise
# anyone", "what did he warn about" (no topic after it)
_JUDGING_ANYTHING = re.compile(
    r"\b(?P<verb>[^\W\d_]+)\s+(?:anything|something|anyone|anybody|someone|somebody)\W*$"
    r"|^\W*what\s+(?:did|does|do|has|have|had)\s+[^?]*?\s+(?P<last>[^\W\d_]+)\W*$",
    re.IGNORECASE,
)

# Words a question puts in quotation marks: "did he say "I'm in"", "the “gold star” thing";
# in single ones only set off as such ("did he say 'I'm in'"), not an apostrophe ("Trump's",
# "the workers' union")
_TYPED_QUOTATION = re.compile(
    r"[\"“]([^\"“”\n]{2,120})[\"”]"
    r"|(?:^|(?<=[\s(\[:,]))['‘](\w[^\n]{0,118}?[\w.!?,])['’](?!\w)"
)
# The marks one of them opens with: a question with none of them holds none
_QUOTATION_MARKS = ('"', "“", "'", "‘")


# The fewest words a typed quotation holds to be found a word off: of fewer, one word changed
# changes too much of what was said
_NEAR_TYPED_WORDS = 4
# A word of a quotation as typed quotations are compared word by word
_QUOTED_WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)*")


def _a_word_off(said: Sequence[str], quotation: str) -> bool:
    """Whether `quotation` holds the typed words `said` (folded, split) with one of them
    other than typed, the rest in their order: the words as a member remembers them."""
    typed = [w for word in said for w in _QUOTED_WORD.findall(word)]
    words = _QUOTED_WORD.findall(folded_quotation(quotation))
    n = len(typed)
    if n < _NEAR_TYPED_WORDS:
        return False
    for at in range(len(words) - n + 1):
        off = [(a, b) for a, b in zip(typed, words[at : at + n], strict=True) if a != b]
        # the word changed is no negation on one side only: "I have the power" is not "I
        # don't have the power" a word off, it says the other thing
        if len(off) <= 1 and not any(_negating(a) != _negating(b) for a, b in off):
            return True
    return False


# A word negating what it goes with, as typed quotations are compared (apostrophes may be left
# out: "dont", "wont")
_NEGATING_WORD = re.compile(
    r"not|no|never|nothing|nobody|none|neither|nor|cannot|\w+n't"
    r"|(?:do|does|did|is|are|was|were|has|have|had|ca|wo|would|could|should|must|ai)nt",
    re.IGNORECASE,
)


def _negating(word: str) -> bool:
    """Whether a quotation's `word` negates ("not", "never", "don't", "wont")."""
    return _NEGATING_WORD.fullmatch(word) is not None


# A verb of saying right before words in quotation marks: "did he really say "...""
_SAID_BEFORE = re.compile(
    r"\b(?:say|says|said|saying|claim|claims|claimed|write|writes|wrote)"
    r"(?:\s+that)?\s*[:,]?\s*$",
    re.IGNORECASE,
)


# "did X (really) say/claim (that) <subject> <auxiliary> <verb> ...", "is it true (that) X said
# ...": the verb of the clause asked as said
_SAID_CLAUSE = re.compile(
    r"^\W*(?:(?:so|and|but)\s+)?(?:did|does|has|had|is\s+it\s+true)\b[^\"“‘]*?"
    r"\b(?:say|said|claim|claimed|tell\s+\w+|told\s+\w+)\s+(?:that\s+)?"
    r"(?P<clause>(?:[^\W\d_]+\s+){1,2}?"
    r"(?:would|will|could|can|was|were|is|are|had|has|have|did|does|do|should|might|may|wanted\s+to)"
    r"\s+(?:(?:be|have|really)\s+)?(?P<verb>[^\W\d_]+)[^\"“‘]*)$",
    re.IGNORECASE,
)
# The day before today, which in asking about a story is the day before the story's ("what did
# the mayor say yesterday"). Not "today", as often "these days" ("is he still in prison today")
_DAY_BY_PUBLICATION = re.compile(r"\b(?:yesterday|last\s+night)\b", re.IGNORECASE)
# "what did the mayor say today", "what did she tell them this morning": the day of
# publication, where the words asked are said or told on it (not "is he still in prison
# today", as often "these days")
_TODAY_SAID = re.compile(
    r"\b(?:say|said|says|tell|told|tells|announce|announced|announces)\b[^.?!]*?"
    r"\b(today|this\s+morning|this\s+afternoon|tonight)\b",
    re.IGNORECASE,
)
_DAY_OFFSET = {"yesterday": -1, "last": -1, "today": 0, "this": 0, "tonight": 0}
# a word every match of the two holds (`may_hold_word`)
_DAY_WORDS = frozenset(("yesterday", "night", "today", "morning", "afternoon", "tonight"))
# "did X (really) say (that) <clause>", "is it true (that) X said <clause>": the words asked
# as said, typed without quotation marks; and the words taken as someone's in asking why, when
# or where they said them ("why did X say <clause>"), or told back ("X said <clause>, right?",
# "so X said <clause>")
_SAID_WORDS = re.compile(
    r"^\W*(?:(?:so|and|but)\s+)?"
    r"(?:(?:(?:why|when|where|how)\s+)?(?:did|does|has|had|would)|is\s+it\s+true|how\s+come)"
    r"\b[^\"“‘?]*?"
    r"\b(?:say|said|claim|claimed)\s+(?:that\s+)?(?P<clause>[^\"“”‘’?]+?)\W*$"
    r"|^\W*(?:(?:so|and|but|wait)\W+)?(?:[^\W\d_][\w.'’-]*\s+){1,4}?(?:said|claimed)\s+(?:that\s+)?"
    r"(?P<told>[^\"“”‘’?]+?)"
    r"(?:\W+(?:right|correct|true|yes|no|yeah|didn\W?t\s+(?:he|she|they)|isn\W?t\s+it))?\W*$",
    re.IGNORECASE,
)
_SAID_WORDS_VERBS = frozenset(("say", "said", "claim", "claimed"))  # one in every match
# "who said nobody up here wanted this": words typed back without quotation marks, asking
# whose they are (read as typed where a quotation of the story holds them, `_quoted_clause`)
_WHO_SAID_WORDS = re.compile(
    r"^\W*(?:(?:so|and|but|wait|ok|okay)\W+)?who\s+(?:said|says|wrote)\s+(?:that\s+)?"
    r"(?P<clause>[^\"“”‘’?]+?)(?P<told>)\W*$",
    re.IGNORECASE,
)
# How many words before a verb a negation of it may stand: "I don't have the power to return"
_NEGATED_WITHIN = 5
# How close before the verb a negation denies it where the passage also tells it un-negated:
# "It was never safe", "would not meet"
_DENIED_WITHIN = 2


def _said_the_other_way(text: str, passage: str) -> bool:
    """Whether `text` asks whether someone said (not in quotation marks) that something
    would, will, could ... be done, with no negation, and every sentence of `passage` holding
    the clause's verb negates it within a few words before it ("would not meet them", "I
    don't have the power to return him"): the passage tells the other thing."""
    asked = _SAID_CLAUSE.match(text)
    if asked is None or any(_negating(w) for w in _QUOTED_WORD.findall(asked["clause"])):
        return False
    verb = term_of(asked["verb"].lower())
    if verb is None:
        return False
    words = [w.replace("'", "") for w in _QUOTED_WORD.findall(folded_quotation(passage))]
    at = [i for i, word in enumerate(words) if term_of(word) == verb]
    return (
        bool(at)
        and (
            all(any(_negating(w) for w in words[max(0, i - _NEGATED_WITHIN) : i]) for i in at)
            # "They told us the mill was safe. It was never safe.": told and then denied (the
            # negation right before the verb) the passage tells both, and does not confirm it
            or any(any(_negating(w) for w in words[max(0, i - _DENIED_WITHIN) : i]) for i in at)
        )
    )


# "did Bukele say it would be 'reasonable' to ...", "is it true she said the mill was
# "finished"": words in quotation marks inside the clause a yes-or-no question asks was said
# (not after a hedge: "say something like", "smth about")
_CHECKED_CLAUSE_BEFORE = re.compile(
    r"^\W*(?:(?:so|and|but)\s+)?(?:did|does|has|had|is\s+it\s+(?:really\s+)?true)\b"
    r"[^\"“‘?]*?\b(?:say|said|claim|claimed)\s+(?:that\s+)?"
    r"(?!(?:something|smth|sth|stuff|anything|about|like|along|words|roughly)\b)"
    r"(?:(?!\b(?:like|about|along|something|smth|roughly)\b)[^\"“‘?])+$",
    re.IGNORECASE,
)


def _holds_exactly(text: str, typed: Sequence[str]) -> bool:
    """Whether `text` holds one of the `typed` quotations (folded) word for word, apostrophes
    left out of both."""
    folded = folded_quotation(text).replace("'", "")
    return any(
        re.search(rf"(?<!\w){re.escape(words)}(?!\w)", folded) is not None
        for words in (said.replace("'", "") for said in typed)
    )


def _holds_typed(text: str, typed: Sequence[str]) -> bool:
    """Whether `text` holds any of the `typed` quotations (folded), as typed or, of
    `_NEAR_TYPED_WORDS` words or more, a word off; apostrophes left out of both ("im in" of
    "I'm in")."""
    folded = folded_quotation(text).replace("'", "")
    return any(
        re.search(rf"(?<!\w){re.escape(words)}(?!\w)", folded) is not None
        or _a_word_off(words.split(), folded)
        for words in (said.replace("'", "") for said in typed)
    )


# A figure typed in a question: digits ("$6", "95,000", "7-2", "2019", "7th", "170k"), not
# part of a word ("ms13"), nor a count of what is asked for ("top 3", "3 quotes")
_TYPED_FIGURE = re.compile(
    r"(?<![\w.,'’])\$?\d[\d,]*(?:\.\d+)?(?=(?:st|nd|rd|th|k|m|bn)?\b)"
    r"(?!\s*(?:quotes?|quotations?|passages?|things|reasons|points|words|sentences|lines"
    r"|examples|paragraphs|bullets?|of|say|said|says|think|thinks|thought)\b)",
    re.IGNORECASE,
)
# A question asking the reason for something it takes as told: "why did 300 trucks ...", "how
# come they raised it to $6" (elsewhere a figure is as often the member's own: "he looks about
# 30", "spent 20 years hearing ...", "what did 45 say", "the 2 of them")
_ASKS_WHY_OF = re.compile(r"^\W*(?:(?:so|and|but|ok|okay)\W+)?(?:why|how\s+come)\b", re.IGNORECASE)
# after a typed figure, the word saying what it counts ("16,000 households", "3 million
# people"); money's words are no count of things ("5 dollars", "16k a year")
_WORD_AFTER_FIGURE = re.compile(
    r"(?:k|m|bn)?\s+(?:(?:thousand|million|billion|hundred)\s+)?(?P<noun>[^\W\d_]+)",
    re.IGNORECASE,
)
_MONEY_WORDS = frozenset(
    "dollars dollar bucks buck usd cents cent grand euros euro pounds pound pesos peso"
    " percent per a an each".split()
)
# "raised it to $80": the figure something was brought to; "from $80 to $120": the one it was
# brought from
_TO_BEFORE = re.compile(r"\bto\s*$", re.IGNORECASE)
_FROM_BEFORE = re.compile(r"\bfrom\s*$")
_TO_AFTER = re.compile(r"\s+to\s+\$?\d")
_TOP_BEFORE = re.compile(r"\b(?:top|first|last|give\s+me|gimme)\s*$", re.IGNORECASE)
# A passage's figures: digits, and number words as digits
_FIGURE_IN_TEXT = re.compile(r"\$?\d[\d,]*(?:\.\d+)?|\b(?P<word>[a-z]+)(?P<dollars>\s+dollars)?\b")
_FIGURE_WORDS = {word: str(n) for word, n in NUMBER_WORDS.items()} | {
    "hundred": "100",
    "dozen": "12",
}


# Which of two is more by a measure: "who is older, Ortega or the mayor", "who's richer"
_ASKS_A_MEASURE_OF_TWO = re.compile(
    r"^\W*(?:and\s+|so\s+)?who(?:['’]s|\s+is|\s+was|\s+are|\s+were)\s+(?:the\s+)?"
    r"(?:older|oldest|younger|youngest|taller|tallest|richer|richest|wealthier|heavier)\b"
    r"[^?]*\bor\b",
    re.IGNORECASE,
)
_FIGURE_OR_NUMBER_WORD = re.compile(
    r"\d|\b(?:" + "|".join(_FIGURE_WORDS) + r"|million|billion|thousand)\b", re.IGNORECASE
)


# "who was harsher, Ortega or the mayor", "who sounded more reasonable": which of two did
# better or worse by a measure of judging, not of fact ("who is older", "who spoke later")
_ASKS_WHICH_OF_TWO_BY_JUDGEMENT = re.compile(
    r"^\W*(?:and\s+|so\s+)?who\s+(?:was|is|were|sounded|seemed|seems|came\s+(?:off|across)"
    r"(?:\s+as)?)\s+(?:(?:more|less)\s+[a-z]+|(?!(?:old|young|tall|short|rich|poor|big|small"
    r"|larg|earli|later|long|high|low|near|clos|fast|slow)er\b)[a-z]+(?:er|ier))\b[^?]*\bor\b",
    re.IGNORECASE,
)
_WORD = re.compile(r"[^\W\d_]+")
_TIME_COMPARATIVES = frozenset("later earlier sooner".split())


def _tells_a_comparison(passage: str) -> bool:
    """Whether `passage` compares someone itself: an adjective's comparative ("Carol Brandt
    was blunter", "Hartley was gentler"), or "more"/"less" before an adjective; not of time
    ("later")."""
    words = _WORD.findall(passage.lower())
    for at, word in enumerate(words):
        if word in ("more", "less") and at + 1 < len(words):
            if "ADJ" in all_lemmas(words[at + 1]):
                return True
        elif word.endswith("er") and word not in _TIME_COMPARATIVES:
            lemmas = all_lemmas(word).get("ADJ", ())
            if any(lemma.lower() != word for lemma in lemmas):
                return True
    return False


def _figure_digits(figure: str) -> str:
    """A figure as compared: its digits without separators, decimals or trailing zeros ("170,000"
    and "170k" are "17", "$6 million" and "6m" "6"), after "$" when an amount of dollars."""
    sign = "$" if figure.startswith("$") else ""
    whole = figure.lstrip("$").replace(",", "").split(".")[0]
    return sign + (whole.rstrip("0") or "0")


def _figure_not_held(question: str, passage: str) -> bool:
    """Whether `question` asks why of something it tells with a figure ("$6", "95,000 people",
    "voted 7-2", "in 2020") that `passage` does not hold, in digits or words: what it takes as
    told, the passage does not tell (a count of what is asked for, "top 3", "3 quotes", is no
    figure of the story). A count of things ("16,000 households") is not held by an amount
    of dollars ("$16,000 a year"), nor a figure something was brought to ("raised it to $80")
    by the one it was brought from ("from $80 to $120")."""
    if _ASKS_WHY_OF.match(question) is None:
        return False
    typed = [
        (
            _figure_digits(m.group()),
            _counts_things(question, m),
            _TO_BEFORE.search(question, 0, m.start()) is not None,
        )
        for m in _TYPED_FIGURE.finditer(question)
        if _TOP_BEFORE.search(question, 0, m.start()) is None
    ]
    if not typed:
        return False
    held: set[str] = set()
    plain: set[str] = set()  # held not as an amount of dollars
    brought_to: set[str] = set()  # held other than as where a change started ("from $80 to")
    lower = passage.lower()
    for m in _FIGURE_IN_TEXT.finditer(lower):
        word = m["word"]
        if word is None:
            figure = m.group()
        elif word in _FIGURE_WORDS:
            figure = ("$" if m["dollars"] else "") + _FIGURE_WORDS[word]
        else:
            continue
        digits = _figure_digits(figure)
        bare = _figure_digits(figure.lstrip("$"))
        held |= {digits, bare}  # "$5" holds the 5 typed without its sign
        if not figure.startswith("$"):
            plain.add(digits)
        started = _FROM_BEFORE.search(lower, 0, m.start()) and _TO_AFTER.match(lower, m.end())
        if not started:
            brought_to |= {digits, bare}
    return any(
        figure not in held or (counts and figure not in plain) or (to and figure not in brought_to)
        for figure, counts, to in typed
    )


def _counts_things(question: str, figure: re.Match[str]) -> bool:
    """Whether the typed `figure` counts things ("16,000 households", "300 trucks"): a word
    after it (past "thousand", "million") that is neither a word of money nor a stop word."""
    if figure.group().startswith("$"):
        return False
    after = _WORD_AFTER_FIGURE.match(question, figure.end())
    if after is None:
        return False
    noun = after["noun"].lower()
    return noun not in _MONEY_WORDS and noun not in STOP_WORDS


def folded_quotation(text: str) -> str:
    """`text` as typed quotations are compared with it: lower case, one kind of apostrophe and
    dash, single spaces."""
    text = text.lower().replace("’", "'").replace("‘", "'").replace("—", " ").replace("–", " ")
    return " ".join(text.split())


def typed_quotations(question: str, *, as_said: bool = False) -> list[str]:
    """The words `question` puts in quotation marks (folded), each with a letter in it: what
    the member heard or read someone say. `as_said`: only those right after a verb of saying
    ("did he say "I'm in"", "is it true she said: 'no'"), given as what was said."""
    found: list[str] = []
    if not any(mark in question for mark in _QUOTATION_MARKS):  # most questions: ~5 µs
        return found
    for match in _TYPED_QUOTATION.finditer(question):
        if (
            as_said
            and _SAID_BEFORE.search(question, 0, match.start()) is None
            and _CHECKED_CLAUSE_BEFORE.match(question, 0, match.start()) is None
        ):
            continue
        words = folded_quotation(match.group(1) or match.group(2)).strip(" ,.;:!?'")
        if any(ch.isalpha() for ch in words):
            found.append(words)
    return found


def _by_a_noun_called(text: str, read: ReadQuestion, speakers: Sequence[Person]) -> bool:
    """The question names `speakers` by a noun their story calls them by ("the company"), as
    every one of them is called: bodies whose words after it the story credits to no one."""
    if read.speaker_span is None:
        return False
    words = text[slice(*read.speaker_span)].lower().split()
    return bool(words) and all(words[-1] in p.called for p in speakers)


_OWNING_BEFORE = re.compile(POSSESSIVE_OWNER + r"(?![\w'’-])")
# A role tied to its owner after it ("the lawyer for the landlord", "a spokeswoman
# representing Acme", "the chief of staff to the governor", "the attorney of the farmer");
# not "of" tying the words of a role ("chief of staff")
_TIED_OWNER = re.compile(
    r"[^\W\d_]+\s+(?:for|to|representing|of(?!\s+(?:"
    + "|".join(" ".join(head[head.index("of") + 1 :]) for head in ROLE_HEADS if "of" in head[1:])
    + r")\b))\s+(?P<owner>[^,.;:!?“”\"]{1,60})",
    re.IGNORECASE,
)
_OWNER_WORDS = re.compile(r"[^\W\d_][\w-]*")
# The nouns a story calls a body by ("the company"), as stems: an owner asked so is one it names
_BODY_NOUN_STEMS = frozenset(stem(noun) for noun in BODY_NOUNS)
# ... and the nouns for an organisation of any kind, as stems, but those for the people around
# someone ("the administration", "the government": a president's)
_ORGANISATION_STEMS = frozenset(
    stem(noun) for noun in (ORG_WORDS | BODY_NOUNS | GROUP_NOUNS) - ENTOURAGE_NOUNS
)


def _owner_stems(words: str) -> frozenset[tuple[str, _Owner]]:
    """The stems of the words naming an owner ("the tenants": "tenant"), function words left
    out, each with the kind of owner it names (`_Owner`); a common word in one spelling of
    its ("neighbours" and "neighbors": "neighbor")."""
    return frozenset(
        (_owner_stem(word), _owner_kind(word))
        for word in _OWNER_WORDS.findall(words)
        if word.lower() not in FUNCTION_WORDS
    )


@functools.lru_cache(maxsize=4096)
def _owner_stem(word: str) -> str:
    """The stem of `word`, an owner's, as one of its spellings (the first by the alphabet of
    its lemma's: "neighbours", "neighbour's", "neighbors" all "neighbor")."""
    lower = word.lower()
    wordnet = shared_wordnet()
    if word[0].isupper() or wordnet is None or not is_english_word(lower):
        return stem(lower)
    lemma = lemma_of(lower)
    return stem(min({lemma, *wordnet.spelt_otherwise(lemma)}))


class _Owner(enum.Enum):
    """What a word owning a role names: a name ("Brightline", "valecrest", "Lee"), people of a
    kind (a plural: "the tenants'", "the landlords lawyer") or another common word ("the
    landlord's", "The Mayor's", "the company's")."""

    NAME = "name"
    PEOPLE = "people"
    PERSON = "person"  # a word for one ("the landlord's", "The Mayor's")
    WORD = "word"


def _owner_kind(word: str) -> _Owner:
    lower = word.lower()
    if lower.endswith("s") and is_person_noun(lower[:-1]):
        return _Owner.PEOPLE
    if is_person_noun(lower):
        return _Owner.PERSON
    if word[0].isupper() or not is_english_word(lower):
        return _Owner.NAME
    return _Owner.WORD


def _role_of_an_owner_asked(text: str) -> str | None:
    """The words of a role and its owner whose holder `text` asks for ("who is brightline's
    lawyer": "brightline's lawyer"; "who speaks for westgate": "the spokesperson for
    westgate"), or None."""
    found = _WHO_HOLDS_ROLE.match(text)
    if found is not None:
        who = found.group("who").strip()
        # a role and its owner, not one told by what they did ("the man from maryland that
        # got sent to el salvador", "the first leader to visit in trump's second term")
        words = who.split()
        if len(words) > 8 or any(w.lower() in _TELLING_WHAT_THEY_DID for w in words):
            return None
        return who
    found = _WHO_SPEAKS_FOR.match(text)
    if found is not None:
        return f"the spokesperson for {found.group('owner').strip()}"
    return None


def _names_them(text: str, person: Person) -> bool:
    """Whether `text` names `person` by their surname (the last word of their name)."""
    words = person.name.split()
    return bool(words) and re.search(rf"\b{re.escape(words[-1])}\b", text) is not None


def _another_owner(
    asked: frozenset[tuple[str, _Owner]], written: frozenset[tuple[str, _Owner]]
) -> bool:
    """Whether the owner `written` of a role in a story is another than the one `asked`: no
    word shared, and people of a kind either ("the farmers' spokesman": not "a spokesman for
    Valecrest Farms"; "the landlord's lawyer": not "The tenants' lawyer"), both of one kind
    (two names: "valecrest's", "Brightline's"), or a word for a person asked ("the farmer's
    attorney": not "Brightline's attorney"). A name and a common word for no person may be
    one owner ("the company's attorney": "Brightline's attorney")."""
    if not asked or not written or {w for w, _ in asked} & {w for w, _ in written}:
        return False
    kinds = {kind for _, kind in asked}
    others = {kind for _, kind in written}
    if _Owner.PEOPLE in kinds | others or kinds & others:
        return True
    if (
        kinds == {_Owner.WORD}
        and _Owner.PERSON in others
        and {word for word, _ in asked} & _ORGANISATION_STEMS
    ):
        # a body's asked by its noun ("the union's spokesman"): not a person's by the word
        # for them ("a spokesman for Mayor Anita Cole")
        return True
    # one person's asked ("the farmer's attorney"): not a name's, nor people's, without the
    # word for them ("Brightline's attorney"; "Mayor Lee's aide" has it)
    return _Owner.PERSON in kinds and _Owner.WORD not in others


def _owners_asked(who: str) -> frozenset[tuple[str, _Owner]]:
    """The stems of the owner the speaker words `who` give their role: by a possessive ("the
    landlord's lawyer", "the tenants' lawyer"), a plural of a person noun right before the
    role as members type a possessive ("the landlords lawyer") or a preposition after it
    ("the lawyer for the landlord"); empty when they give none ("the lawyer")."""
    owners: set[tuple[str, _Owner]] = set()
    for match in _OWNING_BEFORE.finditer(who):
        owners |= _owner_stems(match.group(1))
    words = [w.lower() for w in _OWNER_WORDS.findall(who)]
    for word, after in itertools.pairwise(words):
        if word.endswith("s") and is_person_noun(word[:-1]) and is_person_noun(after):
            owners.add(
                (_owner_stem(word), _Owner.PEOPLE)
            )  # "the landlords lawyer", "the tenants attorney"
    for match in _TIED_OWNER.finditer(who):
        owners |= _owner_stems(match.group("owner"))
    return frozenset(owners)


def _owners_written(person: Person) -> frozenset[tuple[str, _Owner]]:
    """The stems of the owners `person`'s stories write their role with, next to their name
    ("The tenants' lawyer, Sam Reyes", "Sam Reyes, the tenants' lawyer", "a lawyer for the
    tenants, Sam Reyes", "Sam Reyes, a lawyer for the tenants"): whose that role is
    (`Person.owners`, read when each story was analysed), in their first stories."""
    read = set(person.stories[:_OWNED_READ])
    owners: set[tuple[str, _Owner]] = set()
    for owner in person.owners:
        if owner.beside and owner.story_id in read:
            owners |= _owner_stems(owner.words)
    return frozenset(owners)
