"""Reading a question for search: checking it, its words (spelling corrected, chat left out),
the speakers and topic it asks about, names the corpus never uses, WordNet's bridges to the
corpus's own words, and the parts of a message that asks two questions."""

from __future__ import annotations

import dataclasses
import functools
import itertools
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import NamedTuple

from bot.engine.answer_types import form_spans
from bot.engine.caches import remember
from bot.engine.chat import (
    asks,
    asks_again,
    asks_the_figure_again,
    asks_the_reader_only,
    asks_the_writer_only,
    chat_opening_end,
    checks_the_answer,
    conversational_spans,
    expand_shorthand,
    is_topic_free,
    names_someone_by_pronoun,
    points_back,
    restates,
    spanish_function_spans,
    strip_markup,
)
from bot.engine.first_names import PRONOUN_GENDER, first_name_gender
from bot.engine.lexicon import Source, lemma_of
from bot.engine.models import Person
from bot.engine.occupations import is_person_noun
from bot.engine.question import (
    FIRST_PERSON_OWNER,
    LEADING_ARTICLE,
    SPEECH_STEMS,
    QuestionKind,
    ReadQuestion,
    in_leader_words,
    initials_spelt_out,
    lone_name_word,
    may_name_someone,
    member_of,
    misgivings_asked,
    names_a_reaction,
    names_a_role,
    only_when,
    people_of_a_kind,
    read_question,
    role_in_story_words,
)
from bot.engine.reasons import reason_form_spans
from bot.engine.search.base import PhrasalVerbs
from bot.engine.search.meaning import MeaningCloseness
from bot.engine.search.settings import FollowUp
from bot.engine.story_facts import story_noun_spans
from bot.engine.text import (
    TermSpan,
    clean_question,
    has_terms,
    iter_words,
    may_hold_word,
    stem,
    term_of,
    terms,
    tokens,
    word_terms,
)
from bot.engine.word_classes import WordClass
from bot.engine.words import (
    ENTOURAGE_NOUNS,
    FUNCTION_WORDS,
    NON_NAMES,
    NOUN_MARKERS,
    OBJECT_PRONOUNS,
    ORG_WORDS,
    PERSONAL_TITLES,
    PREPOSITIONS,
    ROLE_HEADS,
    SOMEONE_NOUNS,
    SPELLED_TITLES,
    STOP_WORDS,
    TIME_PREPOSITIONS,
    all_lemmas,
    is_english_word,
)
from bot.errors import QuestionError

# Speaker words for any one of a kind, not one holder of a role: "a judge", "any senator",
# "some official" (`_members_of_a_body_named`)
_ANY_ONE = re.compile(r"\s*(?:a|an|any|some)\s", re.IGNORECASE)
# The police, asked of as a body ("the police", "police", chat's "cops" written out), and the
# words a story gives whoever keeps the law (`_reported_group`), each read as written: an
# officer's stem is the Oval Office's
POLICE_NOUNS = frozenset({"police", "policemen", "policewomen"})
LAW_KEEPERS = (
    "police sheriff deputy deputies officer officers trooper troopers constable detective"
    " detectives marshal marshals"
).split()
# Passages read to find a speaker's words as typed (`_reported_group`): the first few
# holding the rarest of them tell; more only cost time at 100,000 passages.
_PASSAGES_READ_FOR_A_NAME = 32
# the names of countries whose use by the corpus is remembered (`_corpus_names_country`)
_NAMES_WRITTEN_KEPT = 1024
# A name as a story writes it: capitalised words, up to four ("Hensley", "Tom Hensley")
_CAPITALISED_NAME = r"[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3}"
# Roles that are only how politely a story names someone ("Mr."), no one's role-holder
_POLITE_ROLES = frozenset({"mr.", "mrs.", "ms.", "mx.", "dr."})
# A word this long may be a corpus word cut short ("dems") or misspelt; two letters begin
# too many, and are one edit from too many.
_MIN_CUT_SHORT = 3
# "and Trump?", "what about Miller?", "how about in 2021?": the rest of the previous question
# A correction of the question before opens as one too: "no i meant miller", "sorry, i meant
# bukele", "no, the mayor" ("no" with at most two words after it: not "no way he said that")
ELLIPTICAL = re.compile(
    r"^\W*(?:and|but|also|(?:and\s+)?(?:what|how)\s+about"
    r"|(?:(?:no|nope|nah|sorry|sry|oops|actually|wait|ah)\W+)*i\s+(?:meant|mean)"
    r"|(?:no|nope|nah)(?=\W+(?:the\s+)?[^\W\d_]+(?:\s+[^\W\d_]+)?\W*$))\b",
    re.IGNORECASE,
)
# "when did it start", "is it still in effect": a thing named by "it" alone, which in a
# follow-up is what the question before was about
STANDS_FOR_THE_TOPIC = re.compile(r"\bit(?:['’]s)?\b", re.IGNORECASE)
# the most topic words of its own a follow-up naming its thing by "it" has ("start"), for the
# topic before to be carried over: more are a topic of its own ("is it true the prison holds
# 40,000")
MOST_WORDS_WITH_IT = 1
# "what else did he say?", "anything more?": more of the same speaker, not the same topic
# "anything" alone asks for more ("did she say anything?"), not before what it is about ("did
# he say anything about the positions": whether he did, the passages shown before included)
# A follow-up naming only someone by a pronoun: "and him?", "what about her?", "how about him"
_LONE_PRONOUN = re.compile(
    r"^\W*(?:and|what\s+about|how\s+about|n)?\s*(?P<pronoun>him|her|he|she)\W*$", re.IGNORECASE
)
# "who else said that", "did anyone else say something like that", "anyone else agree?": the
# same words of someone other than whoever the answer before quoted, with nothing else asked
ASKS_WHO_ELSE_SAID = re.compile(
    r"^\W*(?:(?:and|so|but|ok|okay)\W+)?"
    r"(?:who|(?:did|has|does|do)\s+(?:any|some)(?:one|body)|(?:any|some)(?:one|body)"
    r"|is\s+there\s+any(?:one|body))"
    r"\s+else\W*(?:who\s+)?(?:\w+\s+)?"
    r"(?:say|said|says|saying|think|thinks|thought|agree|agreed|agrees|mention|mentioned"
    r"|make|made|feel|feels|felt)"
    r"(?:\s+(?:that|this|so|it|the\s+same(?:\s+thing|\s+point)?|something\s+like\s+(?:that|this)"
    r"|something\s+similar|similar|(?:that|this|a\s+similar)\s+(?:point|thing)"
    r"|with\s+(?:that|this|him|her|them)))?"
    r"(?:\s+(?:too|as\s+well|also))?\W*$",
    re.IGNORECASE,
)
# "whats the full quote", "can i get the whole quote", "the rest of it?": the whole of what the
# answer before showed first, with nothing else asked
ASKS_THE_WHOLE = re.compile(
    r"^\W*(?:(?:ok|okay|and|so|but)\W+)?"
    r"(?:(?:what(?:['’]?s|\s+is|\s+was)|give\s+me|(?:can|could|may)\s+i\s+(?:get|have|see|read)"
    r"|show\s+me|send\s+me|read\s+me|i\s+(?:want|need)|need|want)\s+)?"
    r"(?:the\s+|a\s+|his\s+|her\s+|their\s+)?"
    r"(?:(?:full|whole|entire|complete|longer)\s+(?:quote|quotation|statement|passage|paragraph"
    r"|context|text|thing|version)|rest\s+of\s+(?:it|that|the\s+quote))"
    r"(?:\s+(?:pls|plz|please|again))?\W*$",
    re.IGNORECASE,
)
ASKS_FOR_MORE = re.compile(
    r"\b(?:else|more|other|another)\b"
    r"|\banything\b(?!\s+(?:about|on|regarding|concerning|of|abt)\b)"
    # "and then?", "then what?": the rest, with nothing else asked (not "what next", which
    # asks what happens next)
    r"|^\W*(?:and\s+|so\s+)?(?:then(?:\s+what)?|what\s+then)\W*$",
    re.IGNORECASE,
)
# Initials in capitals with an "s" and no apostrophe, before a word: "HRWs verdict"
_INITIALS_S = re.compile(r"\b([A-Z]{2,})s\s+([^\W\d_]+)")
# Where one message may hold two questions: a question mark with more words after it, " + ",
# a semicolon ("whats his job? and when did he talk to reporters"), or "and" (", also",
# "plus") before a question word asking with its verb ("when did they first meet and what did
# he want back then": typed without the question mark). A break is between two questions only
# when the words on either side ask (`_asking_pieces`): "the library + amusement park thing"
# joins two nouns of one question.
_QUESTION_WORD_AND_VERB = (
    r"(?:(?:what|why|how|when|where|who|which)"
    # "... and how much is X getting paid", "and how many people were convicted"
    r"|how\s+(?:many|much|long|old|far|often)(?:\s+[^\W\d_]+){0,2}?)\s+"
    r"(?:did|does|do|is|was|were|are|has|have|had|will|would|can|could)\b"
)
# A question asking yes or no of what was just named, after "and": "... and is it still on",
# "... and did he get it"
_VERB_AND_PRONOUN = (
    r"(?:is|was|are|were|did|does|do|has|have|had|will|would|can|could)\s+"
    r"(?:it|he|she|they|that|this|there)\b"
)
_PART_BREAK = re.compile(
    # where a break can start (tests/engine/test_pattern_openings.py): entered only there, not
    # at every character of a question with each of its four ways of breaking
    r"(?=[\s?;,.…])(?:"
    rf"\?+\s+(?=\S)|\s[+&]\s|;\s+|,?\s+(?:and|also|plus)\s+(?={_QUESTION_WORD_AND_VERB}|{_VERB_AND_PRONOUN})"
    # an ellipsis between two questions: "how'd trump react ... and did he take a shot"
    r"|(?:\.{2,}|…)\s*(?=\S))",
    re.IGNORECASE,
)
_MIN_PART_WORDS = 3
# A question asked after words that say something first: "ngl this is wild 😬 when did ..."
_ASKING_WITHIN = re.compile(rf"\b{_QUESTION_WORD_AND_VERB}", re.IGNORECASE)
# A word joining a question to the one before it: "... job? and when did he ...", "?? also does"
_JOINING_WORD = re.compile(r"\s*(?:and|also|plus|but|or)\s+", re.IGNORECASE)
# Between two people a question offers as the answer: "Trump or Bukele", "Trump, or the mayor"
_OR_BETWEEN = re.compile(r"\s*,?\s*or\s+(?:the\s+)?", re.IGNORECASE)


# A name and another for it beside it, with what tells it is one ("/", "aka", brackets): the
# other's first word after an article
_OTHERWISE_AFTER = re.compile(
    r"\s*(?:/|\(|\ba\.?k\.?a\.?\b|,?\s*\bor\b)\s*(?:(?:the|a|an)\s+)?(?P<other>[^\W\d_]+)",
    re.IGNORECASE,
)
_OTHERWISE_BEFORE = re.compile(
    r"(?P<other>[^\W\d_]+)\s*(?:/|\(|\ba\.?k\.?a\.?\b|,?\s*\bor\b)\s*$", re.IGNORECASE
)


# A word of a passage written in lower case (no name), three letters or more
# a word's base form right after "do", "does", "did" (negated too) or a modal verb, an adverb
# or two between ("does trump even care", "they wouldn't really mind"): a verb as typed, as an
# inflected form is (`_inflected_verb`), whatever else WordNet has the word as
_AUXILIARY_BEFORE = re.compile(
    r"\b(?:do|does|did|can|could|will|would|should|may|might|must)(?:n['’]?t|\s+not)?"
    r"(?:\s+[\w'’]+){0,3}?"
    r"(?:\s+(?:even|really|actually|still|ever|just|truly|not|never|honestly|also))*\s+$",
    re.IGNORECASE,
)
_LOWER_CASE_WORD = re.compile(r"(?<![\w'’-])[a-z]{3,}(?![\w'’-])")


# The adverbs a verb takes to make a phrase of it ("give back", "team up", "sit down"); not the
# prepositions, which mostly only join the verb to its object ("talk about", "live in").
_PARTICLES = frozenset(
    ("up", "down", "out", "off", "back", "away", "over", "along", "around", "forward", "apart")
)
# The words between a verb and its object's noun ("broke the rules", "broke his own
# country's rules"), an owner's name ending in "'s" besides
_BEFORE_AN_OBJECT = frozenset(
    "the a an any some no his her their its our my your own this that these those".split()
)
# A particle run together with the "of" after it, as chat spells it ("let him outta jail")
_PARTICLES_WITH_OF = {"outta": "out"}

# "going to the white house", "went to washington": a light verb of motion (no topic word of
# its own, `chat.is_topic_free`) and "to" before where to, which WordNet has as "travel to" (the
# first sense of "go" is "travel"; "go to" alone is "attend"), so the story's "visit" is it
_MOTION_TO = re.compile(
    r"(?=[cgw])\b(?:go|goes|going|gone|went|come|comes|coming|came)\s+to\s+(?P<where>[\w'’-]+)",
    re.IGNORECASE,
)
_MOTION_VERBS = frozenset(
    "go goes going gone went come comes coming came".split()
)  # `may_hold_word`
# Words opening a place after "to" ("to the white house", "to his hometown"), not a verb's
_DESTINATION_OPENINGS = frozenset("the a an his her their our my your its this that".split())

# The most words an object between a phrasal verb and its particle takes ("send the maryland
# guy back"): a pronoun, or a noun phrase of a determiner and two words
_OBJECT_WORDS = 3
# The words an object may not hold: what joins, asks or says when ("send garcia to the us
# back": no object; "get anything from trump back in the first term": "back" says when)
# Pronouns standing for a thing not named, an object of their own ("did trump put anything up
# online")
_INDEFINITE_OBJECTS = frozenset("anything something everything nothing".split())
_NO_OBJECT_WORDS = (
    (FUNCTION_WORDS | PREPOSITIONS | STOP_WORDS | _PARTICLES)
    - NOUN_MARKERS
    - OBJECT_PRONOUNS
    - _INDEFINITE_OBJECTS
    - {"it"}
)


# The people around someone, as a story writes them after their name ("Trump's inner circle",
# "Members of Trump's Cabinet", "the Trump administration": a word of `ENTOURAGE_NOUNS`, after
# the possessive one lower-case word between at most; not "Ortiz told people") and as members
# type them: after the name ("Trump's people", "the trump team", "trumps crew", "trump
# world"; not the verb "team up") or before it ("team Trump", "people close to Trump").
# `_entourage_bridges`.
# Typed, not the institutions someone heads, which a story writes with their country too
# ("Bukele's government" is also "the government of El Salvador")
_ENTOURAGE = "|".join(
    sorted(
        (ENTOURAGE_NOUNS - {"government", "administration", "office", "campaign"})
        | {"crew", "folks", "world"}
    )
)
_ENTOURAGE_WRITTEN = rf"(?:['’‘]s\s+(?:[a-z]+\s+)?|\s+)({'|'.join(sorted(ENTOURAGE_NOUNS))})\b"
ENTOURAGE_AFTER = re.compile(rf"(?:['’‘]?s)?\s+({_ENTOURAGE})\b(?!\s+up\b)", re.IGNORECASE)
ENTOURAGE_BEFORE = re.compile(
    r"\b(?:(team|camp)|(people|folks|those|officials|aides|allies)"
    r"\s+(?:close\s+to|around|near|surrounding))\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# How many of someone's passages are read for the story's words for the people around them
_PASSAGES_READ_FOR_ENTOURAGE = 64
_ENTOURAGE_CACHE_SIZE = 20_000


# Semi-auxiliaries: what they say of the verb after them (it was a habit, it came to pass, it
# could be done) is no topic a passage holds ("did Gaetz use to represent Florida", "did he
# end up running", "is the US able to send them").
_SEMI_AUXILIARY = re.compile(
    r"(?=[aesu])(?:\b(?P<used>used|use)\s+to\b(?=\s+[a-z])|\b(?:end|ends|ended|ending)\s+up\b"
    r"|\b(?:able|supposed)\s+to\b(?=\s+[a-z]))",
    re.IGNORECASE,
)
# the word each of those opens with (`may_hold_word`)
_SEMI_AUXILIARY_OPENINGS = frozenset("used use end ends ended ending able supposed".split())
# "what is the prison used to hold": what it is used for, no habit
_PASSIVE_BEFORE = re.compile(
    r"\b(?:is|are|was|were|be|been|being|isn't|aren't|wasn't|weren't)\b", re.I
)


# The verbs a story tells a misgiving with (`misgivings_asked`)
_WARNING_WORDS = ("warned", "cautioned")
# A question saying a deed was done again: "run again", "for a second term", "another go"
_AGAIN_ORDINALS = frozenset(("second", "2nd", "another"))
# the word after a question's word, past an article ("run a second time": "second")
_NEXT_WORDS = re.compile(r"\s+(?:(?:a|an)\s+)?([\w']+)")
_SAID_AGAIN = re.compile(r"\b(?:again|anew|once more|second|2nd|another)\b", re.IGNORECASE)


# "one": a numeral before a noun ("one hell of a president") or a pronoun for a thing not
# named, which a passage holds in any sense ("a high one for us"): no topic. Not the
# reciprocal "one another" (said as "each other"), read as typed: the confidence model was
# fitted on its reading (a dev question's), and a refit moves every set.
_ONE = re.compile(r"(?=[o])\bones?\b(?!\s+another\b)", re.IGNORECASE)
_ONES = frozenset({"one", "ones"})


def one_spans(text: str) -> list[tuple[int, int]]:
    """Where `text` holds "one" as no topic word (`_ONE`)."""
    if not may_hold_word(text, _ONES):
        return []
    return [match.span() for match in _ONE.finditer(text)]


# "look" as a copula before an adjective ("makes them both look good", "does the deal look
# fair"): "seem" (`chat.TOPIC_FREE`), no topic of its own; the adjective is what is asked
# ("look" reached the story's "seem" and "appear", and a passage by those words alone, "would
# seem like an unlikely ally", was rated high). Not before a particle or a preposition ("look
# up", "look into", "look forward"; "look like": what it looks like is asked)
_COPULA = re.compile(
    r"(?=l)\b(?:looks?|looked|looking)\s+(?P<after>[a-z]+)\b",
    re.IGNORECASE,
)
_COPULA_OPENINGS = frozenset("look looks looked looking".split())
# where one looks, not how something looks ("look ahead to 2027"), adjectives to the dictionary
_LOOKED_TOWARDS = frozenset("ahead behind forth".split())


def copula_spans(text: str) -> list[tuple[int, int]]:
    """Where `text` holds "look" as a copula before an adjective (`_COPULA`): the verb's
    span."""
    if not may_hold_word(text, _COPULA_OPENINGS):
        return []
    return [
        (match.start(), match.start("after"))
        for match in _COPULA.finditer(text)
        if _an_adjective_only(match.group("after").lower())
    ]


def _an_adjective_only(word: str) -> bool:
    """Whether `word` is an adjective and no particle, preposition or word of function ("good",
    "fair"; not "up", "like", "the")."""
    if (
        word in PREPOSITIONS
        or word in _PARTICLES
        or word in _LOOKED_TOWARDS
        or word in FUNCTION_WORDS
        or word in STOP_WORDS
    ):
        return False
    return "ADJ" in all_lemmas(word)


def semi_auxiliary_spans(text: str) -> list[tuple[int, int]]:
    """Where `text` holds a semi-auxiliary ("used to", "ended up", "able to")."""
    return list(_semi_auxiliary_spans(text))


@functools.lru_cache(maxsize=64)
def _semi_auxiliary_spans(text: str) -> tuple[tuple[int, int], ...]:
    # remembered: a question's words (`_question_words`) and its qualifiers (signals) read
    # them, the same text
    if not may_hold_word(text, _SEMI_AUXILIARY_OPENINGS):
        return ()
    return tuple(
        match.span()
        for match in _SEMI_AUXILIARY.finditer(text)
        if not (match.group("used") and _PASSIVE_BEFORE.search(text, 0, match.start()))
    )


# Prepositions after a group's noun naming whose it is: "the office of Bukele"
_OWNER_PREPOSITIONS = frozenset({"of", "for", "to", "around"})


# A title's abbreviation after "the" ("the gov", "the Sen."), and the word after it, if any
# (not a name: "the Gov. Park" is read by the name)
_SHORT_TITLE = re.compile(
    r"(?<![\w'’.])the\s+(?P<short>[a-z]{2,4})\.?(?![\w'’])"
    r"(?:(?=['’]s\b|\s*[^\w\s'’]|\s*$)|\s+(?P<after>[a-z]+\b)(?!['’]))",
    re.IGNORECASE,
)
# Words after which a title's abbreviation is the person ("the gov on the flood")
_TITLE_MAY_PRECEDE = PREPOSITIONS | STOP_WORDS


class SaidAgain(NamedTuple):
    """A deed a question says was done again, which the story says in one word
    (`QuestionReading._said_again`): the question's words of it and the story's words."""

    words: tuple[TermSpan, ...]
    story_words: tuple[str, ...]


class UnknownWord(NamedTuple):
    """A topic word of the question the corpus never uses: its term, as typed, and where it
    starts in the question's text (`QuestionReading._unknown_topic_words`)."""

    term: str
    typed: str
    start: int


class QuestionReading(MeaningCloseness):
    """What the searcher reads of a question before ranking passages for it."""

    def _checked(self, question: str, follow_up: FollowUp | None) -> tuple[str, str]:
        """The question cleaned, and as searched (`as_searched`: worked out once); raises
        QuestionError for one there is nothing to search for in."""
        text, searchable = self._cleaned(question)
        self._check_words(searchable, follow_up)
        return text, searchable

    def _cleaned(self, question: str) -> tuple[str, str]:
        """The question cleaned, and as searched; raises QuestionError for an empty or an
        overlong one."""
        text = clean_question(question)
        searchable = (
            self._initials_owning(
                self._places_as_typed.expanded(
                    as_searched(
                        self._short_titles_written(clean_question(_lines_as_questions(question))),
                        self._spelled_out.spelled_out,
                        self._a_countrys_initials,
                        self._corpus_writes,
                    )
                )
            )
            if text
            else ""
        )
        if not searchable:
            raise QuestionError("Please ask a question about the story.")
        limit = self.settings.max_question_chars
        if len(text) > limit:
            raise QuestionError(
                f"That question is {len(text):,} characters long; please keep it under {limit:,}."
            )
        return text, searchable

    def _short_titles_written(self, text: str) -> str:
        """`text` with a title the corpus abbreviates before names ("Gov. Ray Ostrander")
        typed short after "the" and before no name written out: "what did the gov say" asks
        for the governor where a story quotes a "Gov.", not for the government the chat
        shorthand "gov" stands for elsewhere ("the salvadoran gov", "the gov officials": a
        noun after it is what it describes, so the government's). The abbreviation is read as
        the title where nothing follows it, or a mark, a possessive, a function word or a word
        mostly a verb ("the gov said", "the sen on the bill", "the gov's plan")."""
        held = self._abbreviated_titles
        if not held or not may_hold_word(text, held):
            return text

        def written(match: re.Match[str]) -> str:
            short = match.group("short").lower()
            if short not in held:
                return match.group(0)
            after = match.group("after")
            if after and after.lower() not in _TITLE_MAY_PRECEDE:
                classes = self._word_classes
                if classes is None or classes.class_of(after, short) is not WordClass.VERB:
                    return match.group(0)
            return match.group(0).replace(match.group("short"), SPELLED_TITLES[f"{short}."], 1)

        return _SHORT_TITLE.sub(written, text)

    @functools.cached_property
    def _abbreviated_titles(self) -> frozenset[str]:
        """The abbreviations of titles ("gov", "sen") some person of the corpus holds written
        so ("Gov.", "state Sen."), without the point."""
        return frozenset(
            role.split()[-1].lower().removesuffix(".")
            for person in self.snapshot.people
            for role in person.roles
            if role.split() and role.split()[-1].lower() in SPELLED_TITLES
        )

    def _check_words(self, searchable: str, follow_up: FollowUp | None) -> None:
        """Raises QuestionError for a question as searched with no word to search for ("what
        can they do"), unless it names someone or follows up a turn."""
        topical = " ".join(w for w in searchable.split() if not is_topic_free(w.strip("?!.,")))
        if (
            not has_terms(topical)
            and not follow_up
            and not read_question(searchable, self._mentions).speakers
        ):
            raise QuestionError(
                "I couldn't find any words to search for in that; try asking in a sentence."
            )

    def _corpus_writes(self, words: str, figure: str) -> bool:
        """Whether the corpus writes a number asked in `words` ("two hundred and forty") in
        words and not in figures (`figure`, "240"): it has each of the words and not the
        figure, as a story writing "ninety years" does."""
        index = self.snapshot.index
        if figure != words and any(index.passage_frequency(t) for t in word_terms(figure)):
            return False
        found = [t for w in words.split() for t in word_terms(w.lower())]
        return bool(found) and all(index.passage_frequency(t) for t in found)

    def _a_countrys_initials(self, word: str) -> bool:
        """Whether `word`, typed in capitals, is a country's initials ("US", "UK")."""
        countries = self._mentions.countries
        return countries is not None and bool(countries.countries.in_text(word, cased=False))

    def _initials_owning(self, text: str) -> str:
        """`text` with known initials typed with an "s" and no apostrophe read as what they
        are: "HRWs verdict on bukele" is HRW's verdict (read as typed, "HRWs" is a name the
        story never uses); "HRWs said" is HRW said. Initials no one in the story has are left
        as typed ("the NGOs")."""
        if _INITIALS_S.search(text) is None:
            return text

        def read(match: re.Match[str]) -> str:
            initials, after = match.group(1), match.group(2)
            if not (self._mentions.find(initials) or self._spelled_out.are_initials(initials)):
                return match.group()
            said = stem(after.lower()) in SPEECH_STEMS
            return f"{initials} {after}" if said else f"{initials}'s {after}"

        return _INITIALS_S.sub(read, text)

    def _earlier_part(self, first: str, part: str) -> FollowUp:
        """The first part of a two-question message as the conversation the second continues:
        "what's Miller's job? and when did he talk to reporters" asks when Miller did."""
        read = read_question(self._speller.correct(first), self._mentions)
        # someone the first part only mentions is whom a pronoun of the second means, not whose
        # words it asks for when it names no one ("Trump posted some video, right? ... What
        # was in it?" asks what the video showed, not what Trump said)
        mentioned = read.mentioned if names_someone_by_pronoun(part) else ()
        people = read.speakers or mentioned
        return FollowUp(question=first, asked_speaker_id=people[0].id if len(people) == 1 else None)

    def _question_words(self, text: str) -> list[TermSpan]:
        """The words of the question, once: the speakers, the names, the topic and the query
        use them. "Recieve" is read as the corpus's "receive" (a misspelt word would make the
        story look silent); "tell me about", "what's going on with", semi-auxiliaries are left
        out."""
        words = self._word_speller.correct(text, tokens(text))
        # "tell me about", and what asks for the kind of answer ("how long", "what year")
        chat = (
            conversational_spans(text)
            + form_spans(text)
            + reason_form_spans(text)  # "what's the reason", "his excuse for"
            + story_noun_spans(text)
            # "supposed to help", "used to represent": what the verb after it says is the
            # topic ("supposed" reached "say", and found a passage of "said" first)
            + semi_auxiliary_spans(text)
            + one_spans(text)
            + copula_spans(text)  # "look good": "seem good"
            # "sobre lo que gana bukele con todo esto": Spanish's words of function
            + spanish_function_spans(text)
        )
        return [
            w
            for w in words
            if not (chat and any(start <= w.start < end for start, end in chat))
            and not is_topic_free(text[w.start : w.end])
            # "the big meeting": the meeting
            and not self._size_unwritten(text, w)
        ]

    def _size_unwritten(self, text: str, word: TermSpan) -> bool:
        """Whether `word` of the question `text` is a word of size (`_SIZE_WORDS`) between a
        determiner and the noun it qualifies ("what day was the big meeting", "that huge
        prison") that the story never writes: how the asker sees the thing, not which one it
        is (a story telling of one meeting writes "the meeting"). Not in capitals ("the Big
        Boss": a description standing for a name). As a topic word no passage
        holds, it held the passage telling of the meeting short of the question's topic."""
        written = text[word.start : word.end]
        # not one in capitals: "the Big Boss" describes someone as a name does
        if not written.islower() or written not in _SIZE_WORDS:
            return False
        if _DETERMINER_BEFORE.search(text, 0, word.start) is None:
            return False
        return _WORD_AFTER.match(text, word.end) is not None and not (
            self.snapshot.index.passage_frequency(word.term)
        )

    def _asked_speakers(
        self,
        text: str,
        words: Sequence[TermSpan],
        read: ReadQuestion,
        follow_up: FollowUp | None,
    ) -> Sequence[Person]:
        """The speakers asked about; "what did he say?" and "why?" keep the previous one
        (not "he" of someone whose first name is a woman's, nor "she" of a man's: "what else
        did he say" after Karoline Leavitt's words asks of someone else)."""
        previous = self._people.get(follow_up.asked_speaker_id or "") if follow_up else None
        if previous is not None and (
            read.pronoun or (read.kind is QuestionKind.PLAIN and not words)
        ):
            # "and him?", "what about her": whom, and nothing else (read as a plain question)
            lone = _LONE_PRONOUN.match(text)
            span = read.speaker_span if read.pronoun else None
            typed = lone["pronoun"] if lone is not None else text[span[0] : span[1]] if span else ""
            if typed:
                said = PRONOUN_GENDER.get(typed.lower())
                first = previous.name.split()[0] if len(previous.name.split()) > 1 else ""
                gender = first_name_gender(first) if first else None
                if said is not None and gender is not None and said != gender:
                    return []
            return [previous]
        return read.speakers  # the reader's tuple: a group's people are known by it

    def _topic_terms(self, words: Sequence[TermSpan], read: ReadQuestion) -> list[str]:
        """What the question (its `words`) is about: its terms minus the speaker's name and the
        speech verb."""
        topic: list[str] = []
        for token in words:
            if read.verb_span and read.verb_span[0] <= token.start < read.verb_span[1]:
                continue
            if read.speaker_span and read.speaker_span[0] <= token.start < read.speaker_span[1]:
                continue
            topic.append(token.term)
        return topic

    def _unknown_name(self, text: str, words: Sequence[TermSpan], read: ReadQuestion) -> str | None:
        """A name in the question (capitalised words, not its first alone) the corpus never uses.

        `words` and `read` are those of `text`: read.found is where `text` names known people.
        """
        index = self.snapshot.index
        known = [(start, end) for _, start, end, _ in read.found]
        if read.speaker_span:
            known.append(read.speaker_span)
        asked_end = _end_of_the_asking(text)
        for position, token in enumerate(words):
            word = text[token.start : token.end]
            if not word[:1].isupper() or token.start >= asked_end:
                continue
            if (
                position == 0
                and token.start < 2
                and not _in_capitalised_run(text, token.start, token.end)
            ):
                continue  # capitalised as the message's first word ("Amnesty International
                # opinion about ...": a name's first word all the same)
            if (
                is_english_word(word)
                and not word.isupper()
                and (
                    not _in_capitalised_run(text, token.start, token.end)
                    or _beside_any(text, token, known)
                )
            ):
                continue  # "Congress": a word, which the story may say otherwise ("World Cup"
                # is a name: capitalised words side by side; "Quote Nayib Bukele's remarks": a
                # word, beside a name the story knows)
            if is_english_word(word) and self._described_in_capitals(text, token):
                continue  # "the Big Man", "the Big Boss": someone described, capitalised as a
                # nickname is, who may be anyone the story names under their own name
            if any(start <= token.start < end for start, end in known):
                continue  # a name or alias of someone the story names ("HRW")
            if read.verb_span and read.verb_span[0] <= token.start < read.verb_span[1]:
                continue  # "Per Flores-Macias, what ...": the word asking whose words, which
                # no dictionary lists ("per"), capitalised as the message's first word
            if _PLURAL_OF_INITIALS.fullmatch(word):
                continue  # "NGOs", "CEOs": a kind of thing or person, no one's name; the story
                # may write it out ("charities", "chief executives"), as an English word
            if _title_before_a_name(text, token):
                continue  # "Mr. Bukele", "Mrs. Leavitt": the name after it says who
            if word.lower() in NON_NAMES:
                continue  # "January", "Tuesday": a date, whose absence is no clear evidence
                # the story is silent ("since he returned to office in January")
            if self._spelled_out.are_initials(word) or self._spelled_out.phrase_spelt_out(word):
                continue  # "WH": the initials of a name the story spells out (White House);
                # "SoE": of a phrase it writes ("state of emergency")
            if index.passage_frequency(token.term) == 0 and not self._has_prefix(token.term):
                if self._bridged(word) or self._country_bridged(word):
                    continue  # "Chinese", "British": the corpus names the thing ("China",
                    # "the United Kingdom") another way
                if self._named_otherwise_beside(text, token):
                    continue  # "CECOT / the prison": the question names it the story's way too
                run = _capitalised_run(text, token.start, token.end)
                if only_when(run.split()):
                    continue  # "Last Friday", "This Morning": a date in capitals says when,
                    # no one's or nothing's name the story would have to use
                if self._name_for_a_name_mentioned(run):
                    continue  # "Foggy Bottom": the State Department, by WordNet's definition
                return run
        return None

    def _name_for_a_name_mentioned(self, run: str) -> bool:
        """Whether WordNet defines the name `run` (several capitalised words) as another name
        whose every word the story's passages hold, but for a country's name: "Foggy Bottom",
        "United States Department of State", of a story telling what "the State Department"
        did. News writes a place for
        the body housed there; the story names the body, so the question is searched."""
        wordnet = self._wordnet
        if wordnet is None:
            return False
        defined = wordnet.name_defined_as(run.split())
        if defined is None:
            return False
        countries = self._mentions.countries
        if countries is not None:
            # "United States Department of State": a story names its own country's bodies
            # without the country ("the State Department")
            for _, start, end in sorted(countries.countries.in_text(defined), reverse=True):
                defined = defined[:start] + defined[end:]
        index = self.snapshot.index
        named = terms(defined)
        return bool(named) and all(index.passage_frequency(t) for t in named)

    def _described_in_capitals(self, text: str, token: TermSpan) -> bool:
        """`_described_in_capitals` of the word at `token`, unless its run is one noun in
        WordNet: a title ("the First Lady", the wife of a chief executive) or one person's
        epithet ("the Iron Lady"), which the story would use."""
        if not _described_in_capitals(text, token.start, token.end):
            return False
        words = _capitalised_run(text, token.start, token.end).split()
        wordnet = self._wordnet
        return not (
            wordnet is not None
            and any(wordnet.is_compound_noun(a, b) for a, b in itertools.pairwise(words))
        )

    def _named_otherwise_beside(self, text: str, token: TermSpan) -> bool:
        """Whether the question gives the word at `token` another way, in words the corpus
        uses, beside it: "CECOT / the prison", "the prison (CECOT)", "CECOT aka the prison".
        One name of two is no evidence the story is silent."""
        index = self.snapshot.index
        after = _OTHERWISE_AFTER.match(text, token.end)
        before = _OTHERWISE_BEFORE.search(text, 0, token.start)
        other = [m.group("other") for m in (after, before) if m is not None]
        return any(all(index.passage_frequency(t) for t in terms(w)) and terms(w) for w in other)

    def _country_mentioned_otherwise(self, words: str) -> bool:
        """Whether every country `words` name is one the story mentions by one of its names or
        its people's words ("Mexico": "Mexican")."""
        countries = self._mentions.countries
        if countries is None:
            return False
        index = self.snapshot.index
        described = countries.countries.in_text(words, cased=False)
        return bool(described) and all(
            any(
                all(index.passage_frequency(t) for t in terms(word))
                for word in countries.countries.words(country)
            )
            for country, _, _ in described
        )

    def _reported_group(self, who: str, read: ReadQuestion) -> bool:
        """Whether the speaker words `who` name a group the story may report the words of
        without its reading of people knowing anyone by them: the people around someone it
        names ("Trump's team": it quotes his press secretary and his aide), or a group it
        mentions as typed ("Trump's Cabinet", "officials": "Members of Trump's Cabinet ...
        said it did not compel them"), or a country or national capital it mentions, which
        stands for its government ("Washington"). That is no clear evidence it does not, so
        the question is searched, not refused. Not a role ("Holt's deputy declined to
        comment"): the story would have named whoever holds it among its people, and quotes
        them not; not another place ("Riverton"), which says nothing itself. Only a few
        passages of the words' rarest term are read."""
        # "our government" is the asker's, as "the government" is the one they mean
        bare = FIRST_PERSON_OWNER.sub("", LEADING_ARTICLE.sub("", who.strip()), count=1)
        words = re.findall(r"[^\W_]+", bare.lower())
        index = self.snapshot.index
        kind = people_of_a_kind(who.strip())
        if kind is not None and any(index.passage_frequency(t) for t in terms(kind)):
            # "the critics" of a story telling that someone "has been criticized" (one stem)
            # may be whoever it reports criticizing: searched ("the prison guards" of a story
            # never telling of guards are no one it quotes, unless as below)
            return True
        if words and words[-1] in POLICE_NOUNS and any(map(self._says, LAW_KEEPERS)):
            # "what did the police say" of a story quoting its sheriff, or "officers": the
            # police are whoever keeps the law there, told in their own words
            return True
        countries = self._mentions.countries
        if (
            countries is not None
            and countries.countries.names_a_government(bare)
            and (
                all(index.passage_frequency(t) for t in terms(bare))
                or self._country_mentioned_otherwise(bare)
            )
        ):
            # "did Washington tell tourists ...", "what did El Salvador agree to": a country or
            # its capital the story mentions stands for its government, whose words the story
            # may report without naming anyone ("the State Department's advisory"); by another
            # of its names or its people's word too ("what did mexico say" of a story quoting
            # the "Mexican President")
            return True
        if words and words[-1] in SOMEONE_NOUNS and countries is not None:
            # "the american guy", "the us guy": anyone of a country the story mentions (by any
            # of its names or its people's words) may be someone it quotes (its own officials
            # are named without their country: "President Donald Trump"), no clear evidence it
            # does not; "the mexican guy" of a story that never mentions Mexico is
            described = countries.countries.in_text(bare, cased=False)
            if described and all(
                any(
                    all(index.passage_frequency(t) for t in terms(word))
                    for word in countries.countries.words(country)
                )
                for country, _, _ in described
            ):
                return True
        if words and _ANY_ONE.match(who) and self._members_of_a_body_named(words[-1], any_one=True):
            return True  # "did a judge order ...": any of the court's judges, not one named
        if self._role_of_a_place_named(bare, words):
            return True
        if self._role_described_in_other_words(bare):
            return True
        if self._role_told_with_what_it_is_of(bare, words):
            return True
        scholar = self._mentions.descriptions.scholar_in_other_words(
            [w for w in words if w not in FUNCTION_WORDS]
        )
        if scholar is not None and self._has_quotes(scholar):
            # "the cornell economist" of a story quoting its one "Cornell University
            # professor": searched, no passage vouched for as an economist's
            return True
        # "the office of Bukele", "the team around Trump": the group is the words before
        head = next(
            (words[:i] for i, word in enumerate(words) if i and word in _OWNER_PREPOSITIONS), words
        )
        if not head or not is_english_word(head[-1]) or names_a_role(head[-1]):
            return False
        if (head[-1] in ENTOURAGE_NOUNS or head[0] in ENTOURAGE_NOUNS) and self._of_someone_named(
            read
        ):  # "Trump's team", "the Trump administration", "team Trump", "the office of Bukele"
            return True
        body = head[-1][:-1] if head[-1].endswith("s") else ""
        if body in ENTOURAGE_NOUNS | ORG_WORDS and self._says(body):
            # "both governments", "the two administrations": bodies, each as the story tells
            # of one ("The government of El Salvador ..."), whose words it may report
            return True
        places = countries.countries.in_text(bare, cased=False) if countries is not None else ()
        if places and countries is not None:
            # A place's people ("Chinese farmers") are no one the story quotes; the people who
            # govern one it mentions may have their words reported in other words ("the US
            # government": its State Department's advisory). "us" is no term: no evidence the
            # story lacks it. The government is the head before "of" too ("the government of
            # Canada"), and a country the story mentions by another of its words ("the
            # canadian government" of "The government of Canada") is one it mentions.
            return head[-1] in ENTOURAGE_NOUNS and all(
                all(index.passage_frequency(t) for t in terms(bare[start:end]))
                or any(
                    all(index.passage_frequency(t) for t in terms(word))
                    for word in countries.countries.words(country)
                )
                for country, start, end in places
            )
        member = member_of(words[-1])
        return (
            self._says(bare)
            # "the ferry union" of a story telling of "the ferry workers' union"
            or (len(words) > 1 and self._says(bare, loosely=True))
            # "democrats" of a story calling someone "a Democrat"
            or (member is not None and self._says(member))
            or self._members_of_a_body_named(words[-1])
            or (not self._of_someone_named(read) and self._held_by_someone_quoted(words[-1]))
            or self._group_told_of_in_other_words(words)
        )

    def _group_told_of_in_other_words(self, words: Sequence[str]) -> bool:
        """Whether the speaker words `words` (lower case, no article) end in a noun whose most
        frequent sense is a group ("company", "union") and one passage holds each of them in
        some form, in any order ("the bus company" of "Coach Lines, the company that runs the
        buses, said"): the story may tell of the group the question means in other words, no
        clear evidence it does not, so the question is searched (no passage vouched for as
        the group's unless it names it as typed)."""
        if len(words) < 2 or self._wordnet is None:
            return False
        if not self._wordnet.first_noun_is_a_group(words[-1]):
            return False
        index = self.snapshot.index
        wanted: list[set[str]] = []  # each word's terms, in the forms a passage may hold it
        for word in words:
            if word in FUNCTION_WORDS:
                continue
            forms = {  # "buses" of "bus"
                term
                for form in (word, f"{word}s", f"{word}es")
                for term in terms(form)
                if index.passage_frequency(term)
            }
            if not forms:
                return False
            wanted.append(forms)
        if not wanted:
            return False
        rarest = min(wanted, key=lambda forms: sum(map(index.passage_frequency, forms)))
        holding, _ = index.sparse_scores(sorted(rarest))
        return any(
            all(any(index.contains(int(passage), t) for t in forms) for forms in wanted)
            for passage in holding[:_PASSAGES_READ_FOR_A_NAME]
        )

    def _role_told_with_what_it_is_of(self, bare: str, words: Sequence[str]) -> bool:
        """Whether the speaker words `words` (lower case) are a role qualified by English words
        that a passage holds together, with the role's noun or a word of its family ("the
        ferry union leader" of a story telling of the man "who leads the ferry workers'
        union"; "the nurses union president" of its "president of the nurses' union"): the
        story may tell of whom they mean without giving them the role in these words, no
        clear evidence it does not quote them, so the question is searched (no passage
        vouched for as theirs). Not a country's ("the Mexican president"), nor a role of
        someone the story names ("Holt's aide", "the secretary's deputy" of "Holt's aide
        declined to say": the story would have named whoever holds it)."""
        if len(words) < 2 or not names_a_role(words[-1]):
            return False
        if self._mentions.find_groups(bare):
            return False
        head = words[-1]
        family = {*self._family_of(head), *re.findall(r"[^\W_]+", role_in_story_words(head) or "")}
        return next(self._telling_role(words[:-1], family), None) is not None

    def _role_in_other_words_of_another(self, text: str, read: ReadQuestion) -> bool:
        """Whether the one speaker `read` finds only by reading a role noun in the story's
        words for it ("the union leader": the one "president", of a nurses' union) is not
        clearly whom the question means: a passage not naming them tells of the asked noun
        itself, or a word of its family, with the words qualifying it ("Tomas Reyes, who
        leads the ferry workers' union"), someone else the words may mean. Then no passage is
        vouched for as theirs (searched with no speaker)."""
        if read.speaker_span is None or len(read.speakers) != 1:
            return False
        speaker = read.speakers[0]
        start, end = read.speaker_span
        if any(
            start <= group.start < end and group.by_name for group in read.found
        ):  # someone named by name is whom they mean
            return False
        who = text[start:end]
        words = re.findall(r"[^\W\d_]+", who.lower())
        if not words or role_in_story_words(words[-1]) is None:
            return False
        own = {
            w.lower()
            for label in (speaker.name, *speaker.aliases)
            for w in re.findall(r"[^\W\d_]+", label)
            if len(w) > 2
        }
        family = self._family_of(words[-1])
        before = [w for w in words[:-1] if w not in FUNCTION_WORDS]
        # "the leader", with nothing qualifying it: any passage telling of someone else
        # leading ("Tomas Reyes, who leads the ferry workers' union") tells of another
        # whom it may mean
        telling = self._telling_role(before, family) if before else self._telling_act(family)
        return any(
            own.isdisjoint(w.lower() for w in re.findall(r"[^\W\d_]+", passage))
            for passage in telling
        )

    def _described_by_a_clause(self, read: ReadQuestion) -> ReadQuestion:
        """`read` with its unknown speaker ("the union leader") read as the one person the
        story describes by a clause doing what the role does to what qualifies it ("Maria
        Garcia, who has driven a bus for 19 years and leads the drivers' union local,"):
        a word of the role noun's family ("leads", "heads") and the qualifying words after
        it, in a clause opened by ", who" after the name of someone the passage quotes. As
        it was where no one, or more than one, is so described, or nothing qualifies the role
        ("the leader": whom the story means by it is not told by a clause alone)."""
        typed = _role_last(read.unknown_speaker or "")
        # "the union head": the union leader, a kind of leader (`in_leader_words`)
        words = _role_last(in_leader_words(read.unknown_speaker or ""))
        if len(words) < 2 or role_in_story_words(words[-1]) is None:
            return read
        qualifiers = [w for w in words[:-1] if w not in FUNCTION_WORDS]
        index = self.snapshot.index
        wanted = [t for w in qualifiers for t in terms(w)]
        if not qualifiers or not wanted or not all(index.passage_frequency(t) for t in wanted):
            return read
        # and the family of the noun typed ("the union head" of "X, who heads the union")
        family = "|".join(
            map(re.escape, sorted(self._family_of(words[-1]) | self._family_of(typed[-1])))
        )
        qualified = "|".join(map(re.escape, qualifiers))
        clause = re.compile(
            rf"(?P<name>{_CAPITALISED_NAME}),\s+who\b[^.;“\"]*?\b(?:{family})\w*\b"
            rf"[^.;“\"]*?\b(?:{qualified})\b"
        )
        rarest = min(wanted, key=index.passage_frequency)
        holding, _ = index.sparse_scores([rarest])
        passages = self.snapshot.passages
        described: dict[str, Person] = {}
        for number in holding[:_PASSAGES_READ_FOR_A_NAME]:
            for match in clause.finditer(passages[int(number)].text):
                named = set(match.group("name").split())
                for quote in self._quotes_of(int(number)):
                    person = self._people.get(quote.speaker_id or "")
                    if person is not None and named & set(person.name.split()):
                        described[person.id] = person
        if len(described) != 1:
            return read
        (person,) = described.values()
        return dataclasses.replace(read, speakers=(person,), unknown_speaker=None)

    def _telling_act(self, family: Iterable[str]) -> Iterator[str]:
        """The texts of the passages holding a word of `family` (of "leader": "leads",
        "leadership", "leader" itself): a few passages of each such word's term."""
        index = self.snapshot.index
        passages = self.snapshot.passages
        seen: set[int] = set()
        for word in sorted(family):
            for term in terms(word):
                if not index.passage_frequency(term):
                    continue
                holding, _ = index.sparse_scores([term])
                for passage in holding[:_PASSAGES_READ_FOR_A_NAME]:
                    if int(passage) not in seen:
                        seen.add(int(passage))
                        yield passages[int(passage)].text

    def _family_of(self, noun: str) -> frozenset[str]:
        """`noun` and the words of its WordNet family ("leader": "lead", "leadership")."""
        if self._wordnet is None:
            return frozenset({noun})
        return frozenset({noun, *self._wordnet.related(noun, (Source.FAMILY,))})

    def _telling_role(self, before: Sequence[str], family: Iterable[str]) -> Iterator[str]:
        """The texts of the passages holding the English words of `before` that qualify a
        role (not a country's), up to two words apart, and a word beginning as one of
        `family` does; none when `before` has no such word. Only a few passages of the
        qualifiers' rarest term are read."""
        qualifiers = [w for w in before if w not in FUNCTION_WORDS]
        countries = self._mentions.countries
        index = self.snapshot.index
        if (
            not qualifiers
            # an English word or one the story uses ("dockworkers"), no typo
            or not all(
                is_english_word(w) or index.passage_frequency(term_of(w) or "") for w in qualifiers
            )
            or (
                countries is not None
                and countries.countries.in_text(" ".join(qualifiers), cased=False)
            )
        ):
            return
        wanted = terms(" ".join(qualifiers))
        if not wanted or not all(index.passage_frequency(t) for t in wanted):
            return
        role = re.compile(r"\b(?:" + "|".join(map(re.escape, sorted(family))) + r")", re.IGNORECASE)
        between = r"\W+(?:[^\W_]+\W+){0,2}"
        told = re.compile(r"\b" + between.join(map(re.escape, qualifiers)) + r"\b", re.IGNORECASE)
        rarest = min(wanted, key=index.passage_frequency)
        holding, _ = index.sparse_scores([rarest])
        passages = self.snapshot.passages
        for passage in holding[:_PASSAGES_READ_FOR_A_NAME]:
            text = passages[int(passage)].text
            if told.search(text) and role.search(text):
                yield text

    def _role_described_in_other_words(self, bare: str) -> bool:
        """Whether the speaker words `bare` name a role someone the story quotes holds, with
        words that only describe (plain adjectives: "the dissenting board member", "the old
        chief") it does not give them: no clear evidence it does not quote whom they mean, so
        the question is searched (no passage vouched for as theirs). Not a word naming
        something ("the Mexican president"), nor anyone named."""
        wordnet = self._wordnet
        found = self._mentions.find_groups(bare)
        if wordnet is None or not found or any(group.by_name for group in found):
            return False
        if not any(self._has_quotes(person) for group in found for person in group.people):
            return False
        others = [
            match.group().lower()
            for match in re.finditer(r"[^\W\d_]+", bare)
            if not any(group.start <= match.start() < group.end for group in found)
            and match.group().lower() not in FUNCTION_WORDS
        ]
        return bool(others) and all(
            wordnet.is_plain_adjective(word) and not self._names_a_body(word) for word in others
        )

    def _names_a_body(self, word: str) -> bool:
        """Whether `word`, which WordNet has as an adjective too, is rather a body of people a
        role is of: tagged as a noun more often, its most frequent noun sense a group ("the
        union president": the union's president, not a president described as "union", which
        WordNet's "union shop" sense means); not "top", "acting", "federal", "liberal"."""
        wordnet, classes = self._wordnet, self._word_classes
        return (
            wordnet is not None
            and classes is not None
            and wordnet.first_noun_is_a_group(word)
            and classes.is_mostly_a_noun(word)
        )

    def _role_of_a_place_named(self, bare: str, words: Sequence[str]) -> bool:
        """Whether the speaker words `bare` (`words`, lower case) are a role someone the story
        quotes holds, qualified only by a name the story uses that is no country's nor a
        person's ("Millbrook's mayor", "the fairview mayor"): the story may not say whose
        mayor its mayor is, so that is no clear evidence it does not quote them, and the
        question is searched. No one is credited with the words: another town's mayor is not
        theirs. A country's ("the Mexican president") is told apart by the reader; an English
        word ("the national security adviser") is a qualifier of a role the story may give
        nobody."""
        if len(words) < 2 or words[-1] not in self._quoted_role_words:
            return False
        qualifiers = [w for w in words[:-1] if w not in FUNCTION_WORDS and len(w) > 2]
        index = self.snapshot.index
        countries = self._mentions.countries
        return (
            bool(qualifiers)
            and all(
                not is_english_word(w) and index.passage_frequency(term_of(w) or "")
                for w in qualifiers
            )
            and not (countries is not None and countries.countries.in_text(bare, cased=False))
            and not self._mentions.find_groups(" ".join(qualifiers))
        )

    def _held_by_someone_quoted(self, plural: str) -> bool:
        """Whether `plural` names people of a role someone the story quotes holds, in its
        words or WordNet's for them ("the administration's lawyers": its Attorney General,
        an attorney): they may be among them. Not people of someone the story names
        ("Abrego Garcia's lawyers"), which the caller leaves out."""
        if self._wordnet is None or not plural.endswith("s"):
            return False
        # the singular, "lawyers" or "witnesses": both forms, as no word list tells which
        singulars = {plural[:-1], plural.removesuffix("es")}
        said = singulars | self._wordnet.related(plural, (Source.SYNONYMS,))
        return not said.isdisjoint(self._quoted_role_words)

    @functools.cached_property
    def _quoted_role_words(self) -> frozenset[str]:
        """The head nouns of the roles of the people the story quotes: a role's last word
        that is no adjective too ("press secretary": secretary; "attorney general": attorney,
        not the "general" of "what did the generals say")."""
        wordnet = self._wordnet
        heads: set[str] = set()
        if wordnet is None:
            return frozenset()
        # thousands of people share a few roles, and roles a few words: each role's head is
        # worked out once, each word looked up in WordNet once
        adjective: dict[str, bool] = {}
        seen: set[str] = set()
        for person in self.snapshot.people:
            if not self._has_quotes(person):
                continue
            for role in person.roles:
                if role in seen:
                    continue
                seen.add(role)
                nouns = []
                for word in re.findall(r"[^\W\d_]+", role.lower()):
                    plain = adjective.get(word)
                    if plain is None:
                        plain = adjective[word] = wordnet.is_plain_adjective(word)
                    if not plain:
                        nouns.append(word)
                if nouns:
                    heads.add(nouns[-1])
        return frozenset(heads)

    def _members_of_a_body_named(self, members: str, *, any_one: bool = False) -> bool:
        """Whether `members` (a plural, or with `any_one` a singular after "a", "any" or
        "some": whichever of them) names the members of a body the story names ("the judges",
        "a judge": its Supreme Court; "senators": its Senate; "lawmakers": its Congress, a
        legislature, as WordNet ties them): a body speaks through its members (a court's
        ruling is its judges'), so the story may report their words as the body's. One member
        ("the chief justice", "the judge") is not: the story would have named whoever holds
        the role."""
        if self._wordnet is None or not (any_one or members.endswith("s")):
            return False
        return any(
            self._says(body, as_a_name=True) for body in self._wordnet.bodies_of_members(members)
        )

    def _says(self, phrase: str, *, as_a_name: bool = False, loosely: bool = False) -> bool:
        """Whether a passage holds `phrase` as typed (in any case); `as_a_name`: as a body's
        name (`_names_a_body`: "the court", not "to house them" or the "White House");
        `loosely`: with up to two words between its words ("the ferry union" of "the ferry
        workers' union"). Only a few passages of its rarest term are read."""
        index = self.snapshot.index
        wanted = terms(phrase)
        if not wanted or not all(index.passage_frequency(t) for t in wanted):
            return False
        rarest = min(wanted, key=index.passage_frequency)
        holding, _ = index.sparse_scores([rarest])
        words = re.findall(r"[^\W_]+", phrase.lower())
        between = r"\W+(?:[^\W_]+\W+){0,2}" if loosely else r"\W+"
        typed = re.compile(r"\b" + between.join(map(re.escape, words)) + r"\b", re.IGNORECASE)
        passages = self.snapshot.passages
        for passage in holding[:_PASSAGES_READ_FOR_A_NAME]:
            text = passages[int(passage)].text
            for match in typed.finditer(text):
                if not as_a_name or _names_a_body(text, match.start(), match.end()):
                    return True
        return False

    def _someone_elses(self, text: str, read: ReadQuestion) -> bool:
        """Whether the one speaker `read` finds by a role in the speaker words of someone
        named ("Vick's lawyer", "the lawyer for Vick": whose) is, in the story's own words,
        the role-holder of someone else only ("Hensley's lawyer, Carl Mintz"): not whom the
        question asks for, who is no one the story quotes."""
        if read.speaker_span is None or len(read.speakers) != 1:
            return False
        speaker = read.speakers[0]
        start, end = read.speaker_span
        inside = [group for group in read.found if start <= group.start < end]
        if any(person.id == speaker.id for group in inside for person in group.by_name):
            return False  # named by name: "Hensley's lawyer Carl Mintz"
        # whose: someone named, or the one holder of a role ("the board chair's lawyer")
        asked = {
            person.id
            for group in inside
            for person in (group.by_name or group.people[:1] if len(group.people) == 1 else ())
            if person.id != speaker.id
        } | {person.id for group in inside for person in group.by_name}
        if not asked:
            return False
        owners = self._owners_in_story(speaker)
        return bool(owners) and owners.isdisjoint(asked)

    def _owners_in_story(self, person: Person) -> frozenset[str]:
        """The ids of the people whose role-holder the story calls `person` by their role and
        a possessive or a preposition next to their name: "Hensley's lawyer, Carl Mintz",
        "Carl Mintz, a lawyer for Hensley" (Hensley's). Only a few passages holding their
        surname are read, once for each person."""
        owners = self._story_owners.get(person.id)
        if owners is not None:
            return owners
        found: set[str] = set()
        roles = [role for role in person.roles if role.lower() not in _POLITE_ROLES]
        names = sorted({person.name, *person.aliases}, key=len, reverse=True)
        surname = terms(person.name.split()[-1]) if person.name.split() else []
        if roles and surname:
            index = self.snapshot.index
            holding, _ = index.sparse_scores(surname[-1:])
            role = "|".join(re.escape(r) for r in sorted(roles, key=len, reverse=True))
            name = "|".join(re.escape(n) for n in names)
            patterns = (
                re.compile(
                    rf"(?P<owner>{_CAPITALISED_NAME})['’]s?\s+(?:[\w-]+\s+){{0,3}}?"
                    rf"(?i:{role}),?\s+(?:{name})\b"
                ),
                re.compile(
                    rf"\b(?:{name}),\s+(?:(?P<owner>{_CAPITALISED_NAME})['’]s?\s+"
                    rf"(?:[\w-]+\s+){{0,3}}?(?i:{role})\b|(?:an?\s+|the\s+)?(?:[\w-]+\s+){{0,3}}?"
                    rf"(?i:{role})\s+(?:for|to|of|representing)\s+(?:the\s+)?(?P<owned>{_CAPITALISED_NAME}))"
                ),
            )
            # "His daughter, Jen Ellis": whose is whom the pronoun stands for
            by_pronoun = re.compile(
                rf"\b(?P<pronoun>[Hh]is|[Hh]er)\s+(?:[\w-]+\s+){{0,3}}?(?i:{role}),?\s+(?:{name})\b"
            )
            passages = self.snapshot.passages
            for at in holding[:_PASSAGES_READ_FOR_A_NAME]:
                passage = passages[int(at)].text
                for pattern in patterns:
                    for match in pattern.finditer(passage):
                        owner = match.group("owner") or match.group("owned")
                        for group in self._mentions.find_groups(owner):
                            found.update(p.id for p in group.by_name if p.id != person.id)
                for match in by_pronoun.finditer(passage):
                    meant = self._named_before(int(at), match.start(), match["pronoun"], person)
                    if meant is not None:
                        found.add(meant)
        owners = frozenset(found)
        self._story_owners[person.id] = owners
        return owners

    def _named_before(self, at: int, offset: int, pronoun: str, person: Person) -> str | None:
        """The id of whom the possessive `pronoun` at `offset` of passage `at` stands for: the
        last one of that sex named before it in the passage, or else in the one before of its
        story (other than `person`, whose role it says); None when no one is."""
        passages = self.snapshot.passages
        gender = PRONOUN_GENDER.get(pronoun.lower())
        texts = [passages[at].text[:offset]]
        if at > 0 and passages[at - 1].story_id == passages[at].story_id:
            texts.append(passages[at - 1].text)
        for text in texts:
            for group in reversed(self._mentions.find_groups(text)):
                people = [
                    p
                    for p in group.by_name
                    if p.id != person.id and first_name_gender(p.name.split()[0]) in (gender, None)
                ]
                if len(people) == 1:
                    return people[0].id
        return None

    def _lone_word_read(self, read: ReadQuestion) -> ReadQuestion:
        """`read` with the one word where its speaker stands, no English word, told apart by
        the corpus: someone the story never quotes ("what does the aclu say", `_names_no_one`),
        or a name it uses with letters left out, which the speller does not dare correct
        ("what did brner say": Brenner), or initials that may stand for a name it uses
        ("DJT": Donald Trump, with a middle initial it leaves out), read as a plain question
        and searched."""
        if read.if_a_name is not None:
            unknown = read.if_a_name
            return unknown if self._names_no_one(str(unknown.unknown_speaker)) else read
        word = lone_name_word(read.unknown_speaker) if read.unknown_speaker else None
        if word and (
            self._speller.near_a_name(word)
            or self._spelled_out.may_stand_for_a_name(word)
            or self._spelled_out.phrase_spelt_out(_as_typed(word, str(read.unknown_speaker)))
        ):
            # "DJT": Donald Trump's initials with a middle one; "RB": the story's "river board"
            return read.as_plain()
        return read

    def _names_no_one(self, who: str) -> bool:
        """Whether the lone word where a speaker stands (`who`: "the aclu", "nyt"; see
        `lone_name_word`) names no one the story quotes: the corpus never uses it, nor a name
        its letters may stand for (one of its own capitalised names, or as WordNet writes the
        initials out: "doj", "Justice Department"), and it is no slip of the keys from a name
        or word the corpus uses ("buke": "Bukele"; "cort": "court"). Else it may stand for any
        of them, and the question is searched."""
        word = lone_name_word(who)
        term = term_of(word) if word else None
        index = self.snapshot.index
        if word is None or term is None or index.passage_frequency(term):
            return False
        if len(word) >= _MIN_CUT_SHORT and self._has_prefix(term):
            return False  # "dems": the corpus's "democrats", cut short
        if self._spelled_out.may_stand_for_a_name(word) or self._spelled_out.phrase_spelt_out(
            _as_typed(word, who)
        ):
            return False  # "un": its "United Nations"; "RB": its "river board"
        if any(map(self._says, initials_spelt_out(word))):
            return False  # "doj": the story's "Justice Department"
        if self._speller.near_a_name(word):
            return False
        # two letters are one edit from too many words to be a slip from one ("un": "run")
        near = self._word_speller.words_near(word) if len(word) >= _MIN_CUT_SHORT else []
        return not any(map(may_name_someone, near))

    @staticmethod
    def _of_someone_named(read: ReadQuestion) -> bool:
        """Whether the speaker words of `read` name someone the story names ("Trump's team",
        "the governor's staff": the group is theirs)."""
        if read.speaker_span is None:
            return False
        start, end = read.speaker_span
        return any(start <= at < end for _, at, _, _ in read.found)

    def _close_in_meaning(self, name: str) -> bool:
        """Whether a name the corpus never uses points to one passage in meaning (the story
        calls the thing otherwise: "Beijing", China): then the name alone is no evidence the
        story is silent, and the question is searched (its confidence then reads how little of
        it is known). Only the name's words the corpus lacks are compared: "El Salvador's GDP"
        is "GDP"."""
        index = self.snapshot.index
        unknown = [
            name[t.start : t.end] for t in tokens(name) if not index.passage_frequency(t.term)
        ]
        closeness = self._closeness(" ".join(unknown)) if unknown else None
        if closeness is None or len(closeness) < 2:
            return False
        return closeness.lead() >= self.settings.unknown_name_lead

    def _bridges(
        self,
        text: str,
        topic: Sequence[str],
        unknown: Sequence[UnknownWord],
        phrased: frozenset[str],
    ) -> dict[str, tuple[str, ...]]:
        """For each topic word the corpus never uses (`unknown`), the corpus terms WordNet
        relates it to (by the configured sources): "Chinese" -> china; and for the words of a
        verb phrase, those of the phrase ("give back" -> return), whose verbs (`phrased`,
        `_verbs_of_phrases`) are bridged no other way."""
        if self._wordnet is None:
            return {}
        bridges = self._phrase_bridges(text, topic)
        # a misgiving someone voiced ("did the professor flag any red flags") is told as
        # their warning ("warned that ...")
        misgivings = misgivings_asked(text)
        warned = self._story_terms_of(_WARNING_WORDS, "") if misgivings else set()
        for noun in misgivings if warned else ():
            term = term_of(noun)
            if term is not None and term in topic:
                add_bridge(bridges, term, warned - {term})
        if Source.PREPOSITIONS in self.settings.bridge_sources:
            bridges.update(self._preposition_bridges(text))
        # "switched off", "showed up": the verb alone means something else ("switch":
        # "exchange", "show": "showcase")
        seen = set(phrased)
        for term, typed, start in unknown:
            if term in seen:
                continue
            seen.add(term)
            reached = (
                *self._bridged(typed),
                *self._country_bridged(typed),
                *self._initials_bridged(typed),
                *self._object_sense_bridges(text, typed, start, term),
            )
            if reached:
                add_bridge(bridges, term, reached)
        return bridges

    def _object_sense_bridges(self, text: str, typed: str, start: int, term: str) -> set[str]:
        """For a verb the corpus never uses (`typed` at `start`, its term `term`) and the
        noun after it, its object (past a determiner or an owner: "broke his own country's
        rules"), the corpus terms of the verb's senses whose definition names the object
        (`WordNet.verb_senses_defined_with`: "break the rules": "violate"): the object picks
        a sense WordNet may rank far down. Not a particle ("go over": a phrasal verb's)."""
        assert self._wordnet is not None
        if "VERB" not in all_lemmas(typed.lower()):
            return set()
        for word, _, _ in itertools.islice(iter_words(text[start + len(typed) :]), 5):
            lower = word.lower()
            if lower in _BEFORE_AN_OBJECT or lower.endswith(("'s", "’s")):
                continue
            if lower in STOP_WORDS or lower in _PARTICLES or not self._wordnet.is_noun(lower):
                return set()
            return self._story_terms_of(self._wordnet.verb_senses_defined_with(typed, lower), term)
        return set()

    def _broader_bridges(
        self, unknown: Sequence[UnknownWord], bridges: dict[str, tuple[str, ...]]
    ) -> dict[str, tuple[str, ...]]:
        """For each topic word the corpus never uses (`unknown`), the corpus terms of the more
        general senses its own definition names (`Source.BROADER_DEFINED`: "tourists" -> "traveler",
        the story's "travel"; "flak" -> "criticism"), but those the other `bridges` reach:
        for the ranking, not the confidence model's count of the topic a passage holds (a
        kind is not the thing: "did bukele compliment biden" is not answered by ¶6's
        "praising")."""
        if self._wordnet is None or Source.BROADER_DEFINED not in self.settings.bridge_sources:
            return {}
        index = self.snapshot.index
        reached = {t for terms_reached in bridges.values() for t in terms_reached}
        found: dict[str, tuple[str, ...]] = {}
        for term, typed, _ in unknown:
            broader = self._wordnet.related(typed.lower(), (Source.BROADER_DEFINED,))
            kept = {
                t
                for t in map(term_of, broader)
                if t and t != term and t not in reached and index.passage_frequency(t)
            }
            if kept:
                add_bridge(found, term, kept)
        return found

    def _definition_bridges(
        self, unknown: Sequence[UnknownWord], bridges: dict[str, tuple[str, ...]]
    ) -> tuple[str, ...]:
        """The corpus terms of the definitions of the topic words the corpus never uses
        (`unknown`) that
        WordNet gives one sense ("did the admin publish a roster": "a list of names", the
        story's "listing names"), but those the other `bridges` reach: for the order shown
        only, weighed below a synonym."""
        if self._wordnet is None or Source.DEFINITIONS not in self.settings.bridge_sources:
            return ()
        index = self.snapshot.index
        reached = {t for terms_reached in bridges.values() for t in terms_reached}
        found: dict[str, None] = {}
        for term, typed, _ in unknown:
            for word in sorted(self._wordnet.definition_words(typed)):
                defined = term_of(word)
                if (
                    defined
                    and defined != term
                    and defined not in reached
                    and index.passage_frequency(defined)
                ):
                    found[defined] = None
        return tuple(found)

    def _verbs_of_phrases(self, text: str) -> frozenset[str]:
        """The terms of the verbs in `text` that make a phrasal verb WordNet has with the
        particle after them ("switched off", "showed up"); none without WordNet."""
        if self._wordnet is None:
            return frozenset()
        found: set[str] = set()
        written = list(iter_words(text))
        for (verb, _, verb_end), (second, second_start, _) in itertools.pairwise(written):
            lower = second.lower()
            if lower not in _PARTICLES or text[verb_end:second_start] != " ":
                continue
            term = term_of(verb.lower())
            if term is not None and self._wordnet.is_phrasal_verb(verb, lower):
                found.add(term)
        return frozenset(found)

    def _phrasal_verbs(self, text: str) -> PhrasalVerbs:
        """The phrasal verbs of `text` WordNet has as one verb, each as its verb and its
        particle (word, start, end): the particle right after the verb ("sent back", "locked
        up") or after its object, as English puts a pronoun and often a noun ("send him back",
        "let the guy out", "lock people up"). Not where the words between hold more than an
        object ("got anything from trump back in 2019"). Not in the words saying what kind of
        answer is asked or chat's. A particle run together with "of" is the particle ("let the
        guy outta jail": "let out"). Remembered for the last text: four steps of a question
        read its phrasal verbs."""
        memo = self._phrasal_memo
        if memo[0] == text:
            return memo[1]
        found = self._phrasal_verbs_of(text)
        self._phrasal_memo = (text, found)
        return found

    def _phrasal_verbs_of(self, text: str) -> PhrasalVerbs:
        assert self._wordnet is not None
        written = _unframed_words(text)
        found = []
        for at, particle in enumerate(written):
            lower = particle[0].lower()
            if lower in _PARTICLES_WITH_OF:
                lower = _PARTICLES_WITH_OF[lower]
                particle = (lower, particle[1], particle[2])
            if lower not in _PARTICLES:
                continue
            for between in range(min(_OBJECT_WORDS, at - 1) + 1):
                verb = written[at - 1 - between]
                run = written[at - 1 - between : at + 1]
                if any(text[a[2] : b[1]] != " " for a, b in itertools.pairwise(run)):
                    break  # "back. Then", "die-hard": no phrase across them
                object_words = [w.lower() for w, _, _ in run[1:-1]]
                if any(w in _NO_OBJECT_WORDS for w in object_words) or (
                    len(object_words) > 1
                    and set(object_words) & (OBJECT_PRONOUNS | _INDEFINITE_OBJECTS | {"it"})
                ):
                    break  # "him the", "to the us": no one object
                if self._wordnet.is_phrasal_verb(verb[0], lower):
                    found.append((verb, particle))
                    break
        return tuple(found)

    def _phrasal_bridges(self, text: str, topic: Sequence[str]) -> dict[str, tuple[str, ...]]:
        """For each phrasal verb of `text` (`_phrasal_verbs`: "send him back", "give garcia
        back") whose verb is a topic word, for the verb, the corpus terms of the words WordNet
        has for the phrase in its most frequent senses (`multiword_synonyms`: "turn down":
        "refuse"), of those whose definition holds it ("return": "give back"), and of the
        words of any of its senses (`phrasal_verb_words`: "let out": "release") whose meaning
        the particle picks (`_picked_by_particle`): WordNet orders a phrasal verb's senses
        poorly. Its particle is no topic word of its own (`_without_particles`), and the verb
        alone may mean something else."""
        if self._wordnet is None:
            return {}
        index = self.snapshot.index
        wanted = set(topic)
        defined = (
            self._corpus_defined_pairs()
            if Source.PHRASE_DEFINED in self.settings.bridge_sources
            and len(self.snapshot.passages) < self.settings.semantic_exact_below
            else {}
        )
        bridges: dict[str, tuple[str, ...]] = {}
        written = _unframed_words(text)
        for (verb, _, _), (particle, _, particle_end) in self._phrasal_verbs(text):
            term = term_of(verb.lower())
            if term is None or term not in wanted:
                continue
            found = set(defined.get((lemma_of(verb), particle.lower()), ()))
            if Source.MULTIWORD in self.settings.bridge_sources:
                synonyms = self._wordnet.multiword_synonyms((verb, particle))
                found.update(t for t in map(term_of, synonyms) if t)
            senses = self._story_terms_of(self._wordnet.phrasal_verb_words(verb, particle), term)
            following = _word_after(text, written, particle_end)
            # "put up online": the word after the phrase picks its sense ("posted"), over the
            # one the particle picks against the verb alone ("raised")
            picked = (
                self._picked_by_what_follows(f"{verb} {particle}", following, senses - found)
                if following is not None and following.lower() not in STOP_WORDS
                else set()
            )
            found.update(picked or self._picked_by_particle(verb, particle, senses - found))
            reached = {t for t in found if t != term and index.passage_frequency(t)}
            if reached:
                add_bridge(bridges, term, reached)
        return bridges

    def _story_terms_of(self, words: Iterable[str], other_than: str) -> set[str]:
        """The index terms of `words` (WordNet's, for a question word whose term is
        `other_than`) that the story uses: the words a bridge from it may reach."""
        index = self.snapshot.index
        return {
            t for t in map(term_of, words) if t and t != other_than and index.passage_frequency(t)
        }

    def _sense_bridges(
        self,
        text: str,
        topic: Sequence[str],
        unknown: Sequence[UnknownWord],
        phrased: frozenset[str],
        bridges: dict[str, tuple[str, ...]],
    ) -> dict[str, tuple[str, ...]]:
        """For each topic verb the corpus never uses (`unknown`, but the verbs of phrasal
        verbs, `phrased`), the corpus word closest in meaning to it
        among the words of any of its senses, two steps out (`verb_sense_words`,
        `_closest_among`), where the other `bridges` do not reach it: the story's words pick
        the sense ("how many people are being held": "held" is "keep" first in WordNet, and
        the story says "detained"); and for each phrasal verb of `text` whose verb is a topic
        word, the corpus word closest to the phrase among the words of the senses of its own
        words (`phrasal_sense_words`: "lock up" is "put away", whose sense is "imprison"), not
        of a sense the verb has alone. For the ranking only, as the phrasal verbs' bridges."""
        if self._wordnet is None:
            return {}
        found: dict[str, tuple[str, ...]] = {}
        for term, typed, start in unknown:
            # "showed up": the phrase's own bridges
            if term in found or term in phrased:
                continue
            if _inflected_verb(typed):
                candidates = self._story_terms_of(self._wordnet.verb_sense_words(typed), term)
                reached = self._closest_among(typed, candidates)
            elif _AUXILIARY_BEFORE.search(text[:start]):
                candidates = self._story_terms_of(self._wordnet.verb_sense_words(typed), term)
                reached = self._closest_among(typed, candidates, by_lemma=True)
            else:
                continue
            if reached and reached not in bridges.get(term, ()):
                found[term] = (reached,)
        wanted = set(topic)
        for (verb, _, _), (particle, _, _) in self._phrasal_verbs(text):
            verb_term = term_of(verb.lower())
            if verb_term is None or verb_term not in wanted or verb_term in found:
                continue
            candidates = self._story_terms_of(
                self._wordnet.phrasal_sense_words(verb, particle), verb_term
            )
            # the senses the particle brings, not one the verb has alone ("show up":
            # "appears", a sense of "show" too)
            alone = set(map(term_of, self._wordnet.verb_sense_words(verb)))
            reached = self._closest_among(f"{verb} {particle}", candidates - alone)
            if reached and reached not in bridges.get(verb_term, ()):
                found[verb_term] = (reached,)
        return found

    def _phrasal_meaning_bridges(self, text: str, topic: Sequence[str]) -> dict[str, str]:
        """For each phrasal verb of `text` (`_phrasal_verbs`) whose verb is a topic word, the
        corpus word closest in meaning to the phrase, its verb as typed and its particle
        ("send back": "return"), made of none of their sub-word tokens
        (`_closest_to_phrase`), for the verb."""
        if self._wordnet is None:
            return {}
        wanted = set(topic)
        found: dict[str, str] = {}
        for (verb, _, _), (particle, _, _) in self._phrasal_verbs(text):
            term = term_of(verb.lower())
            if term is None or term not in wanted or term in found:
                continue
            reached = self._closest_to_phrase(f"{verb} {particle}")
            if reached and reached != term:
                found[term] = reached
        return found

    def _entourage_bridges(
        self, text: str, read: ReadQuestion, words: Sequence[TermSpan]
    ) -> tuple[dict[str, tuple[str, ...]], set[int]]:
        """For the people around someone the question names, in words of its own ("is bukele
        tight with trump's people", "does the trump team care", "team Trump", "people close
        to Trump"), the story's words for the people around them (`_story_entourage`: its
        "Trump's inner circle", "the Trump administration"), for the typed word: news writes
        a person's circle in a few set words, members in any. Not where the story writes the
        word typed for them ("Trump's Cabinet"). For the ranking only, as the phrasal verbs'
        bridges: a word for the people around someone is not one for everyone they lead.
        With the places (start) of the words so typed, which are no words of their own: the
        story's other "people" are not Trump's."""
        typed_at = {word.start: word.term for word in words}
        index = self.snapshot.index
        bridges: dict[str, tuple[str, ...]] = {}
        places: set[int] = set()
        for group in read.found:
            if not group.by_name:
                continue
            after = ENTOURAGE_AFTER.match(text, group.end)
            before = ENTOURAGE_BEFORE.search(text[: group.start])
            if after:
                start = after.start(1)
            elif before:
                start = before.start(1) if before.group(1) else before.start(2)
            else:
                continue
            term = typed_at.get(start)
            if term is None:
                continue  # no topic word ("the trump people" of a stop word)
            written = set().union(*(self._story_entourage(p) for p in group.by_name))
            if term in written:
                continue  # "Trump's Cabinet": the story's own word
            reached = {t for t in written if index.passage_frequency(t)}
            if reached:
                add_bridge(bridges, term, reached)
                places.add(start)
        return bridges, places

    def _story_entourage(self, person: Person) -> frozenset[str]:
        """The terms of the words the story writes after `person`'s name for the people around
        them ("Trump's inner circle", "Members of Trump's Cabinet", "the Trump
        administration": circle, cabinet, administration), read of the first few passages
        holding the last word of one of their names; kept for the snapshot."""
        cached = self._entourage_words.get(person.id)
        if cached is not None:
            return cached
        names = sorted({person.name, *person.aliases}, key=len, reverse=True)
        pattern = re.compile(
            r"\b(?:" + "|".join(map(re.escape, names)) + ")" + _ENTOURAGE_WRITTEN, re.IGNORECASE
        )
        last_words = [t for name in names for t in terms(name)[-1:]]
        held = self.snapshot.index.holding(last_words)[:_PASSAGES_READ_FOR_ENTOURAGE]
        found = {
            term_of(match.group(1).lower())
            for passage in held.tolist()
            for match in pattern.finditer(self.snapshot.passages[passage].text)
        }
        cached = frozenset(t for t in found if t)
        return remember(self._entourage_words, person.id, cached, _ENTOURAGE_CACHE_SIZE)

    def _without_compounds_rest(self, text: str, words: list[TermSpan]) -> list[TermSpan]:
        """`words` but those of a noun typed in several words after its first ("state" of
        "head of state") where the corpus never uses the first and WordNet has the run as one
        noun whose kinds the corpus uses (`multiword_kinds`: "president"): the run is one
        thing, which the first word is bridged for (`_multiword_kind_bridges`), and its other
        words alone are of other things ("the State Department", "the United States")."""
        if self._wordnet is None or Source.MULTIWORD not in self.settings.bridge_sources:
            return words
        index = self.snapshot.index
        written = _unframed_words(text)
        rest: set[int] = set()
        for at, (first, _, _) in enumerate(written):
            opening = term_of(first.lower())
            if opening is None or index.passage_frequency(opening):
                continue
            for size in (3, 2):
                run = written[at : at + size]
                if len(run) < size or any(
                    text[a[2] : b[1]] != " " for a, b in itertools.pairwise(run)
                ):
                    continue
                kinds = self._wordnet.multiword_kinds(tuple(w for w, _, _ in run))
                if any(t and index.passage_frequency(t) for t in map(term_of, kinds)):
                    rest.update(start for _, start, _ in run[1:])
                    break
        return [w for w in words if w.start not in rest] if rest else words

    def _place_terms(self, text: str, words: Sequence[TermSpan]) -> frozenset[str]:
        """The terms of the question's words naming a country (in any case: "el salvador's",
        "El Salvador", "the US"), which a quotation carrying on from a paragraph naming it
        does not repeat (`MeaningCloseness._in_context`)."""
        if self._countries is None:
            return frozenset()
        spans = [(start, end) for _, start, end in self._countries.in_text(text, cased=False)]
        if not spans:
            return frozenset()
        return frozenset(
            word.term
            for word in words
            if any(word.start < end and start < word.end for start, end in spans)
        )

    def _other_names_bridges(self, text: str, topic: Sequence[str]) -> dict[str, tuple[str, ...]]:
        """For a country the question names by one of its names ("the US", "America") or by
        its people's word ("Salvadoran", "British"), the rarest term of each other name and
        people's word the corpus writes it by ("United States": united; "El Salvador":
        salvador; "Salvadorians": salvadorian), from the typed words' first topic term: a
        story writes "the U.S." in one paragraph and "the United States" in the next, "El
        Salvador" in one and "Salvadoran prisons" in another, and a question may type any of
        them (WordNet's names and people's words of the country, `Countries.names`,
        `Countries.people_words`; a word counts where a passage writes it of that country,
        `_corpus_names_country`: not the "American" of "Latin American"). One term a name: a
        passage naming the country once is not one holding two of the question's words
        ("United States": not "state" too, which "the State Department" holds). Not the
        pronoun "us" (`Countries.written_as_names`)."""
        countries = self._countries
        if countries is None or not topic:
            return {}
        index = self.snapshot.index
        wanted = set(topic)
        bridges: dict[str, tuple[str, ...]] = {}
        by_name = [
            (named, start, end, True) for named, start, end in countries.written_as_names(text)
        ]
        by_people = [
            (named, start, end, False) for named, start, end in countries.people_named(text)
        ]
        for named, start, end, is_name in [*by_name, *by_people]:
            typed = terms(text[start:end])
            own = [t for t in typed if t in wanted]
            if not own:
                continue
            # a people's word, typed or reached, only for a country the typed words tell
            # passages apart by: a story writing "Salvadoran" and "El Salvador" in a third of
            # its passages each is about the country, and reaching one from the other put
            # passages merely naming it first (dev d19 "Salvadoran prisons": HRW's "85,000
            # people in El Salvador"); typed, only as the corpus writes it of the country, if
            # at all: "American" of a story's "Latin American" reached its "United States",
            # twice in a quotation, before the passage asked for
            people = bool(self._telling_terms(typed)) and (
                is_name
                or not any(index.passage_frequency(t) for t in typed)
                or self._corpus_names_country(text[start:end], named)
            )
            if not (is_name or people):
                continue
            people_words = countries.people_words(named) if people else []
            words = [*countries.names(named), *people_words]
            reached: set[str] = set()
            for name in words:
                written = set(terms(name))
                if (
                    written
                    and not written <= set(typed)
                    and self._corpus_names_country(name, named)
                ):
                    # (ties in the order of the letters: a set's own order changes from run to run)
                    rarest = min(sorted(written - set(typed)), key=index.passage_frequency)
                    # a people's word's, not one most passages use ("Salvadorians" typed:
                    # not "El Salvador")
                    if (is_name and name not in people_words) or self._telling_terms([rarest]):
                        reached.add(rarest)
            if reached:
                add_bridge(bridges, own[0], reached)
        return bridges

    def _other_spellings_bridges(
        self, text: str, topic: Sequence[str]
    ) -> dict[str, tuple[str, ...]]:
        """For a people's word typed as its people ("Salvadorans", a plural), the terms of the
        corpus's other spellings of them: its country's people's words (WordNet's) one edit
        from it that a passage writes as a plural too ("Salvadorians"). One word spelt two
        ways, reached however many passages name the country: not its other words ("El
        Salvador"), which only a country few passages name reaches (`_other_names_bridges`),
        nor the adjective ("the Salvadoran leader" is no word of the Salvadorians')."""
        countries = self._countries
        if countries is None or not topic:
            return {}
        wanted = set(topic)
        bridges: dict[str, tuple[str, ...]] = {}
        for named, start, end in countries.people_named(text):
            typed = terms(text[start:end])
            if len(typed) != 1 or typed[0] not in wanted or not text[:end].endswith("s"):
                continue
            reached = {
                written[0]
                for word in countries.people_words(named)
                if len(written := terms(word)) == 1
                and written[0] != typed[0]
                and _one_edit_apart(written[0], typed[0])
                and self._written_as_a_plural(word, written[0])
            }
            if reached:
                add_bridge(bridges, typed[0], reached)
        return bridges

    def _written_as_a_plural(self, word: str, term: str) -> bool:
        """Whether a passage holding `term` writes `word` (a people's word) as a plural
        ("Salvadorians"), in the first passages holding it."""
        plural = re.compile(rf"\b{re.escape(word)}s\b", re.IGNORECASE)
        holding = self.snapshot.index.holding([term])[:_PASSAGES_READ_FOR_A_NAME].tolist()
        return any(plural.search(self.snapshot.passages[p].text) for p in holding)

    def _country_bridged(self, word: str) -> tuple[str, ...]:
        """For a people's word the corpus never uses ("British", "Brits"), the terms of its
        country's words it writes (`_other_names_bridges`: "United Kingdom": kingdom; "U.K.":
        uk): the corpus names the country all the same, as "Chinese" reaches "China" by
        WordNet's word family. Not a name ("usa"): its other names reach the order shown only
        (read by the confidence model too, "is the usa really saving $$" was rated high on
        Miller's "in the U.S. would cost 100 times more", own-9w w084). A bridge: none where
        WordNet's are off (`search.bridge_sources` empty)."""
        if self._wordnet is None or self._countries is None:
            return ()
        if not self._countries.people_named(word):
            return ()
        reached = self._other_names_bridges(word, terms(word))
        return tuple(sorted({t for found in reached.values() for t in found}))

    def _corpus_names_country(self, name: str, countries: frozenset[int]) -> bool:
        """Whether a passage of the corpus writes `name` (a name of `countries` or its
        people's word, in any number) of `countries` (read in the first passages holding its
        rarest word; remembered for the snapshot)."""
        cache = self._names_written
        known = cache.get((name, countries))
        if known is not None:
            return known
        index = self.snapshot.index
        written = terms(name)
        found = False
        if self._countries is not None and all(index.passage_frequency(t) for t in written):
            rarest = min(written, key=index.passage_frequency)
            key = name.lower()
            for passage in index.holding([rarest])[:_PASSAGES_READ_FOR_A_NAME].tolist():
                passage_text = self.snapshot.passages[passage].text
                if any(
                    of & countries
                    and passage_text[start:end].lower().rstrip(".") == key.rstrip(".")
                    for of, start, end in self._countries.written_as_names(passage_text)
                ) or any(
                    of & countries and terms(passage_text[start:end]) == written
                    for of, start, end in self._countries.people_named(passage_text)
                ):
                    found = True
                    break
        return remember(cache, (name, countries), found, _NAMES_WRITTEN_KEPT)

    @functools.cached_property
    def _names_written(self) -> dict[tuple[str, frozenset[int]], bool]:
        """`_corpus_names_country`'s answers."""
        return {}

    def _without_particles(self, text: str, words: list[TermSpan]) -> list[TermSpan]:
        """`words` but the particles of the phrasal verbs of `text` (`_phrasal_verbs`): one
        says nothing alone ("why won't bukele send him back" is not about ¶31's "Trump is
        back"), and its verb stays."""
        if self._wordnet is None:
            return words
        particles = {start for _, (_, start, _) in self._phrasal_verbs(text)}
        return [w for w in words if w.start not in particles] if particles else words

    def _destination_words(self, text: str) -> tuple[str, ...]:
        """For a light verb of motion before "to" and where to ("before going to the white
        house", "when he went to washington"; not "going to meet", which says what will
        happen), the corpus terms of WordNet's words for travelling to a place ("visit"): the
        story writes "ahead of his visit to the White House" where the question's verb carries
        no topic of its own."""
        if self._wordnet is None:
            return ()
        if not may_hold_word(text, _MOTION_VERBS):
            return ()
        for match in _MOTION_TO.finditer(text):
            where = match.group("where").lower()
            if where in _DESTINATION_OPENINGS or "VERB" not in all_lemmas(where):
                found = {term_of(w) for w in self._wordnet.multiword_synonyms(("travel", "to"))}
                index = self.snapshot.index
                return tuple(sorted(t for t in found if t and index.passage_frequency(t)))
        return ()

    def _initials_bridged(self, word: str) -> tuple[str, ...]:
        """The terms of the phrase of the corpus `word` types the initials of ("SoE": state,
        emergency), which it stands for as a word's own forms do."""
        phrase = self._spelled_out.phrase_spelt_out(word)
        return tuple(terms(phrase)) if phrase else ()

    def _preposition_bridges(self, text: str) -> dict[str, tuple[str, ...]]:
        """For each preposition of time in `text` (a stop word: no term of its own), the
        corpus terms of its senses as an adverb ("before": "ahead", "earlier"; "after":
        "later"): a story writes "ahead of the visit" where a member types "before the visit".
        Not in the words saying what kind of answer is asked or chat's ("tell me about")."""
        assert self._wordnet is not None
        index = self.snapshot.index
        framing = conversational_spans(text) + form_spans(text)
        bridges: dict[str, tuple[str, ...]] = {}
        for word, start, _ in iter_words(text):
            lower = word.lower()
            if lower not in TIME_PREPOSITIONS or term_of(lower) is not None or lower in bridges:
                continue
            if any(a <= start < b for a, b in framing):
                continue
            found = {term_of(w) for w in self._wordnet.adverb_synonyms(lower)}
            reached = tuple(sorted(t for t in found if t and index.passage_frequency(t)))
            if reached:
                bridges[lower] = reached
        return bridges

    def _phrase_bridges(self, text: str, topic: Sequence[str]) -> dict[str, tuple[str, ...]]:
        """For the topic words of a verb phrase in `text` (the verb and a particle or a noun:
        "give back", "joining forces") that WordNet knows, the corpus terms of its two most
        frequent senses ("return"): the story's one word for the phrase. Each of the phrase's
        words gets them, so a passage holding the story's word holds the whole phrase."""
        if self._wordnet is None or Source.PHRASES not in self.settings.bridge_sources:
            return {}
        index = self.snapshot.index
        wanted = set(topic)
        bridges: dict[str, tuple[str, ...]] = {}
        written = list(iter_words(text))
        for (verb, _, verb_end), (second, second_start, _) in itertools.pairwise(written):
            lower = second.lower()
            if text[verb_end:second_start] != " ":  # "die-hard", "sit-down": no verb
                continue
            if lower not in _PARTICLES and term_of(lower) is None:
                continue  # "talk about", "make it": a verb and a word of no phrase
            phrase_terms = [t for t in (term_of(verb.lower()), term_of(lower)) if t in wanted]
            if not phrase_terms:
                continue
            reached = {term_of(w) for w in self._wordnet.phrase_synonyms(verb, lower)}
            found = {t for t in reached if t and index.passage_frequency(t)}
            for term in phrase_terms if found else ():
                add_bridge(bridges, term, found)
        return bridges

    def _multiword_bridges(self, text: str, topic: Sequence[str]) -> dict[str, tuple[str, ...]]:
        """For words typed side by side (three or two) that WordNet has as one lemma ("talk
        about", "tearing down"), the corpus terms of its most frequent senses ("discuss",
        "dismantle"), for each of the run's topic words: the story's one word for the phrase.
        Only a run opening with a topic word the corpus never uses, as a phrasal verb does
        with its particle after it: where the story uses every word as typed, they may mean
        what they say ("did anyone bring up human rights": "bring_up" is "raise", and ¶21's
        "raising concerns" is no answer); a run is looked up in WordNet's files (some 20 µs a
        form), so not every run of the question is."""
        if self._wordnet is None or Source.MULTIWORD not in self.settings.bridge_sources:
            return {}
        return self._runs_bridged(text, topic, self._wordnet.multiword_synonyms)

    def _multiword_kind_bridges(
        self, text: str, topic: Sequence[str]
    ) -> dict[str, tuple[str, ...]]:
        """For words typed side by side that WordNet has as one noun ("head of state"), the
        corpus terms of its kinds (`multiword_kinds`: "president"), for each of the run's
        topic words, as `_multiword_bridges` reads runs: the story names the thing by its kind
        ("Salvadoran President Nayib Bukele"), and its words apart are of other things ("the
        State Department"). For the ranking only, as the broader kinds are the other way: a
        kind is one answer, not every one."""
        if self._wordnet is None or Source.MULTIWORD not in self.settings.bridge_sources:
            return {}
        return self._runs_bridged(text, topic, self._wordnet.multiword_kinds)

    def _runs_bridged(
        self,
        text: str,
        topic: Sequence[str],
        lookup: Callable[[tuple[str, ...]], frozenset[str]],
    ) -> dict[str, tuple[str, ...]]:
        """The corpus terms `lookup` gives for each run of three or two words of `text`
        opening with a topic word the corpus never uses, for each of the run's topic words."""
        index = self.snapshot.index
        wanted = set(topic)
        written = _unframed_words(text)
        bridges: dict[str, tuple[str, ...]] = {}
        for at, (first, _, _) in enumerate(written):
            opening = term_of(first.lower())
            if opening not in wanted or index.passage_frequency(opening):
                continue
            for size in (3, 2):
                run = written[at : at + size]
                if len(run) < size or any(
                    text[a[2] : b[1]] != " " for a, b in itertools.pairwise(run)
                ):
                    continue  # "die-hard": one word, not the verb "die hard"
                run_terms = [t for t in (term_of(w.lower()) for w, _, _ in run) if t in wanted]
                synonyms = lookup(tuple(w for w, _, _ in run))
                found = {t for t in map(term_of, synonyms) if t and index.passage_frequency(t)}
                found.difference_update(run_terms)
                for term in run_terms if found else ():
                    add_bridge(bridges, term, found)
        return bridges

    def _defined_pair_bridges(self, text: str, topic: Sequence[str]) -> dict[str, tuple[str, ...]]:
        """For two words typed side by side, neither a stop word, one of them a topic word the
        corpus never uses, the corpus terms of the words whose definition holds the two side
        by side ("showed up without warning": "unannounced", "arriving without warning";
        "martial law": "emergency", "a sudden unforeseen crisis ... martial law applies"), for
        each of the pair's topic words. Not from `semantic_exact_below` passages on: the
        definitions of every distinct word of the corpus are read once, ~0.2 ms a word."""
        if self._wordnet is None or Source.PHRASE_DEFINED not in self.settings.bridge_sources:
            return {}
        if len(self.snapshot.passages) >= self.settings.semantic_exact_below:
            return {}
        index = self.snapshot.index
        wanted = set(topic)
        written = _unframed_words(text)
        bridges: dict[str, tuple[str, ...]] = {}
        for (first, _, first_end), (second, second_start, _) in itertools.pairwise(written):
            if text[first_end:second_start] != " " or {first.lower(), second.lower()} & STOP_WORDS:
                continue
            pair_terms = [
                t for t in (term_of(first.lower()), term_of(second.lower())) if t in wanted
            ]
            if all(index.passage_frequency(t) for t in pair_terms):
                continue  # also when it holds no topic word
            found = self._corpus_defined_pairs().get((lemma_of(first), lemma_of(second)))
            reached = found.difference(pair_terms) if found else frozenset()
            for term in pair_terms if reached else ():
                add_bridge(bridges, term, reached)
        return bridges

    def _compound_words_apart(self, text: str, topic: Sequence[str]) -> frozenset[str]:
        """The terms the corpus uses of a noun of two words typed side by side that WordNet
        has as one ("martial law"), where a word of the corpus is defined with it
        (`_defined_pair_bridges`: "emergency", "a sudden unforeseen crisis ... martial law
        applies") and the other word is one the corpus never uses: the pair means that
        word, and its word the story does use ("law") is another thing there ("in accordance
        with the law"). Words defined with a pair that is no one noun ("without warning":
        "unannounced") keep their own: they may say it as typed."""
        wordnet = self._wordnet
        if wordnet is None or not self._defined_pair_bridges(text, topic):
            return frozenset()
        index = self.snapshot.index
        wanted = set(topic)
        apart: set[str] = set()
        for (first, _, first_end), (second, second_start, _) in itertools.pairwise(
            _unframed_words(text)
        ):
            if text[first_end:second_start] != " ":
                continue
            pair = [term_of(first.lower()), term_of(second.lower())]
            known = [t for t in pair if t in wanted and index.passage_frequency(t)]
            if (
                len(known) == 1
                and all(t in wanted for t in pair)
                and self._corpus_defined_pairs().get((lemma_of(first), lemma_of(second)))
                and wordnet.is_compound_noun(lemma_of(first), lemma_of(second))
            ):
                apart.update(known)
        return frozenset(apart)

    def _corpus_defined_pairs(self) -> dict[tuple[str, str], frozenset[str]]:
        """The pairs of words side by side in the definitions of the corpus's words, each with
        the terms of the words so defined; made once per snapshot."""
        assert self._wordnet is not None
        if self._defined_pairs is None:
            words: set[str] = set()
            for passage in self.snapshot.passages:
                words.update(_LOWER_CASE_WORD.findall(passage.text))
            table: dict[tuple[str, str], set[str]] = {}
            for word in sorted(words - STOP_WORDS):
                term = term_of(word)
                if term is None:
                    continue
                for pair in self._wordnet.definition_pairs(word):
                    table.setdefault(pair, set()).add(term)
            self._defined_pairs = {pair: frozenset(terms) for pair, terms in table.items()}
        return self._defined_pairs

    def _said_again(self, text: str, words: Sequence[TermSpan]) -> SaidAgain | None:
        """A deed the question says was done again ("is he allowed to run again", "running
        for a second term") that the story says in one word, WordNet's for something done
        again ("reelection": "election again") whose definition or example uses the
        question's verb ("he did not run for reelection"): the question's words of it (the
        verb, and the words saying "again": "a second term") and the story's words for it.
        None without one. Not from `semantic_exact_below` passages on (the corpus's words
        are read once)."""
        if self._wordnet is None or Source.AGAIN not in self.settings.bridge_sources:
            return None
        if len(self.snapshot.passages) >= self.settings.semantic_exact_below:
            return None
        cues = [m.span() for m in _SAID_AGAIN.finditer(text)]
        if not cues:
            return None
        table = self._corpus_done_again()
        story_words: set[str] = set()
        deeds: list[TermSpan] = []
        for word in words:
            following = _NEXT_WORDS.match(text, word.end)
            after = following[1].lower() if following else ""
            found = {
                written
                for used_with, written in table.get(lemma_of(text[word.start : word.end]), ())
                # a verb as WordNet's example uses it ("run for reelection": "run for a second
                # term", "run again"; not "run the market again")
                if not used_with or after in ("", used_with) or _SAID_AGAIN.fullmatch(after)
            }
            if found:
                story_words.update(found)
                deeds.append(word)
        if not story_words:
            return None
        # the words saying "again" of the deed: "second", "another" and the noun after
        # ("a second term", "another go"); "again" is no topic word
        ordinals = [(a, b) for a, b in cues if text[a:b].lower() in _AGAIN_ORDINALS]
        cue_words = [
            word
            for word in words
            if word not in deeds
            and any(
                a <= word.start < b or (word.start >= b and not text[b : word.start].strip())
                for a, b in ordinals
            )
        ]
        return SaidAgain(tuple(deeds + cue_words), tuple(sorted(story_words)))

    def _corpus_done_again(self) -> dict[str, frozenset[tuple[str, str]]]:
        """The words the definitions (and their examples) of the corpus's words for something
        done again use (`WordNet.done_again_with`), each with the word an example has after it
        ("run for reelection": "for"; "" for a definition's) and the word so defined, as the
        story writes it; made once per snapshot."""
        assert self._wordnet is not None
        if self._done_again is None:
            words: set[str] = set()
            for passage in self.snapshot.passages:
                words.update(_LOWER_CASE_WORD.findall(passage.text))
            table: dict[str, set[tuple[str, str]]] = {}
            for word in sorted(words - STOP_WORDS):
                if term_of(word) is None:
                    continue
                for used in self._wordnet.done_again_with(word):
                    deed, _, used_with = used.partition(" ")
                    table.setdefault(deed, set()).add((used_with, word))
            self._done_again = {deed: frozenset(found) for deed, found in table.items()}
        return self._done_again

    def _sure_bridges(self, unknown: Sequence[UnknownWord]) -> frozenset[str]:
        """The corpus terms the question's topic words the corpus never uses (`unknown`) reach
        through
        their own word family ("Chinese" -> china, "dictatorship" -> dictator) or as the
        story's word for a role ("spokesperson" -> press secretary): one word's other forms,
        where a synonym may be of a sense the question does not mean ("cheaper" -> "flashy",
        "deal" -> "take")."""
        family = (Source.FAMILY,) if Source.FAMILY in self.settings.bridge_sources else ()
        return frozenset(
            term
            for _, typed, _ in unknown
            for term in (*self._bridged(typed, family), *self._initials_bridged(typed))
        )

    def _meaning_bridges(
        self, unknown: Sequence[UnknownWord], bridges: dict[str, tuple[str, ...]]
    ) -> dict[str, str]:
        """For each topic word the corpus never uses (`unknown`), the corpus word closest to it
        in meaning, where WordNet's `bridges` do not already reach it ("nice" -> "pleasantries")."""
        found: dict[str, str] = {}
        for term, typed, _ in unknown:
            if term in found:
                continue
            reached = self._closest_corpus_term(typed)
            if reached and reached not in bridges.get(term, ()):
                found[term] = reached
        return found

    def _unknown_topic_words(
        self, text: str, words: Sequence[TermSpan], topic: Sequence[str]
    ) -> tuple[UnknownWord, ...]:
        """The question's topic words the corpus never uses, in the order typed: what a bridge
        is looked for from (read once a question, for every bridge)."""
        index = self.snapshot.index
        wanted = set(topic)
        return tuple(
            UnknownWord(token.term, text[token.start : token.end], token.start)
            for token in words
            if token.term in wanted and index.passage_frequency(token.term) == 0
        )

    def _bridged(self, word: str, sources: Sequence[Source] | None = None) -> tuple[str, ...]:
        """The corpus terms WordNet relates `word` to by `sources` (the configured ones unless
        given), and for a role in other words the story's own ("spokesperson": "press
        secretary")."""
        if self._wordnet is None:
            return ()
        index = self.snapshot.index
        own = term_of(word.lower())
        wanted = self.settings.bridge_sources if sources is None else sources
        # the broader kinds are the ranking's only (`_broader_bridges`)
        wanted = [s for s in wanted if s is not Source.BROADER_DEFINED]
        related = self._wordnet.related(word.lower(), wanted)
        found = {term_of(w) for w in related}
        role = role_in_story_words(word)
        if role:  # "spokesperson": the story's "press secretary"
            found.update(terms(role))
        return tuple(sorted(t for t in found if t and t != own and index.passage_frequency(t)))


def _inflected_verb(word: str) -> bool:
    """Whether `word` is a verb's inflected form ("held", "holding", "jailed"; lemminflect):
    a verb as typed, not a noun or an adjective that WordNet also has as a verb ("deal",
    "dangerous")."""
    lower = word.lower()
    return any(lemma.lower() != lower for lemma in all_lemmas(lower).get("VERB", ()))


# words of size: before a noun, how big the asker sees the thing (`_size_unwritten`)
_SIZE_WORDS = frozenset("big huge giant massive enormous gigantic large vast".split())
_DETERMINER_BEFORE = re.compile(
    r"\b(?:the|this|that|these|those|a|an|his|her|their|its|our|your)\s+$", re.IGNORECASE
)
_WORD_AFTER = re.compile(r"\s+[^\W\d_]")


def _word_after(text: str, written: Sequence[tuple[str, int, int]], end: int) -> str | None:
    """The word of `written` (`text`'s words) right after `end`, one space between them; None
    at the end or across a mark ("put up. Online")."""
    for word, start, _ in written:
        if start >= end:
            return word if text[end:start] == " " else None
    return None


def _one_edit_apart(word: str, other: str) -> bool:
    """Whether `other` is `word` with one letter added, dropped or changed ("salvadorian",
    "salvadoran", "salvadorean")."""
    if abs(len(word) - len(other)) > 1:
        return False
    if len(word) == len(other):
        return sum(a != b for a, b in zip(word, other, strict=True)) == 1
    short, long = sorted((word, other), key=len)
    at = next((i for i, (a, b) in enumerate(zip(short, long, strict=False)) if a != b), len(short))
    return short[at:] == long[at + 1 :]


def add_bridge(bridges: dict[str, tuple[str, ...]], term: str, reached: Iterable[str]) -> None:
    """Add the corpus terms `reached` to those the question's `term` reaches in `bridges`
    (kept sorted, each once)."""
    bridges[term] = tuple(sorted(set(reached).union(bridges.get(term, ()))))


@functools.lru_cache(maxsize=64)
def _unframed_words(text: str) -> tuple[tuple[str, int, int], ...]:
    """The words of `text` (word, start, end) but those saying what kind of answer is asked
    or chat's ("tell me about"): what a phrase bridge may read. Remembered: a question's
    phrasal verbs and its runs of words read them (and pairs of words, below
    `semantic_exact_below` passages)."""
    framing = conversational_spans(text) + form_spans(text)
    if not framing:
        return tuple(iter_words(text))
    return tuple(w for w in iter_words(text) if not any(a <= w[1] < b for a, b in framing))


def _title_before_a_name(text: str, token: TermSpan) -> bool:
    """Whether the word at `token` is a title written before a name ("Mr." of "Mr. Bukele",
    "Dr" of "Dr Flores-Macias"): the name after it decides whether the story names them."""
    word = text[token.start : token.end].rstrip(".").lower()
    return word in PERSONAL_TITLES and bool(_NAME_AFTER.match(text, token.end))


_NAME_AFTER = re.compile(r"\.?\s+[A-Z]")


def as_searched(
    text: str,
    spelled_out: Callable[[str], str] | None = None,
    initials: Callable[[str], bool] | None = None,
    searched_in_words: Callable[[str, str], bool] | None = None,
) -> str:
    """The question as searched: chat markup (mentions, custom emoji, links) removed, chat
    shorthand written out, a shouted question in lower case (and a word shouted for emphasis
    inside one that is not: `emphasis_in_lower_case`, `initials` telling a country's initials
    apart), and the words a chat message
    opens with that carry no topic ("hiii", "lol ok so", "hey bot 👋") left out, so "sooo what
    did Trump say" reads as asking what Trump said. `spelled_out` writes out the initials of
    the corpus's own names, before the shorthand of offices is: "DHS" is the story's
    "Department of Homeland Security" where it has one, not any story's "Homeland Security
    department". `searched_in_words` tells a number dictated in words the corpus writes in
    words, not figures (`expand_shorthand`)."""
    unmarked = strip_markup(text)
    if spelled_out is not None and not unmarked.isupper():
        unmarked = spelled_out(unmarked)
    written = " ".join(expand_shorthand(unmarked, searched_in_words).split())
    # "WHAT DID BUKELE SAY": shouted, capitals say nothing of a word (the unknown name "DID
    # BUKELE SAY ABOUT GARCIA" was refused); the meaning model reads case
    written = written.lower() if written.isupper() else emphasis_in_lower_case(written, initials)
    written = written[chat_opening_end(written) :]
    return spelled_out(written) if spelled_out is not None else written


def _lines_as_questions(text: str) -> str:
    """`text` with a line break before a line that asks, after one ending in a word, made a
    break between two questions ("what did the mayor say⏎what did the chief say"):
    the words are searched on one line, where nothing would tell the two apart. A line
    break inside one question ("what did she say about⏎the lunch program") stays a space."""
    lines = text.split("\n")
    joined = lines[0]
    for line in lines[1:]:
        before = joined.rstrip()
        # after a word only: not after a mark, nor a fence ("```⏎who said this")
        ends = not before or not before[-1].isalnum()
        joined += " " + line if ends or not asks(line) else "; " + line
    return joined


def emphasis_in_lower_case(text: str, initials: Callable[[str], bool] | None = None) -> str:
    """`text` with each ordinary word typed in capitals for emphasis in lower case: "he
    REFUSES", "OUR White House", "tells us WE have a problem". Such a word is the word said
    loudly, not a name or an acronym (read as one, "REFUSES" was a name the story never uses,
    and the question refused). An English word of three letters or fewer that is no function
    word may be initials ("ICE", "AIM"), and so may a country's ("US": `initials`), so those
    keep their capitals; initials the corpus spells out were written out before this."""

    def lowered(match: re.Match[str]) -> str:
        word = match.group()
        lower = word.lower()
        if not is_english_word(lower) or (initials is not None and initials(word)):
            return word
        return lower if len(word) > 3 or lower in STOP_WORDS else word

    return _SHOUTED_WORD.sub(lowered, text)


_SHOUTED_WORD = re.compile(r"(?<![\w'’.])[A-Z]{2,}(?![\w'’.])")


# Initials made plural: a common noun ("NGOs", "CEOs", "MPs"), not a name
_PLURAL_OF_INITIALS = re.compile(r"[A-Z]{2,}['’]?s")


def _end_of_the_asking(text: str) -> int:
    """Where the words after a question's mark that ask nothing start ("what's HRW's take on
    the emergency? pulling sources for a CAT brief"): what the writer says of their own work,
    no part of what is asked, so a name there the corpus never uses is no evidence the story is
    silent (the question was refused: "The story doesn't mention CAT"). The text's end when
    nothing follows its last question mark, or what follows asks."""
    mark = text.rfind("?")
    rest = text[mark + 1 :]
    if mark < 0 or not rest.strip() or asks(rest):
        return len(text)
    return mark + 1


def question_parts(text: str) -> list[str]:
    """The questions of a message, when it holds more than one of a few words each; not one
    asking only about whoever it is put to ("u seen this? what did bondi say ..."), nor a later
    one asking again for what an earlier one asked ("... about the prison?? what exactly he
    said": as a question of its own it would be about nothing, and be answered so)."""
    parts: list[str] = []
    for piece in _asking_pieces(text):
        piece = piece.strip()
        if parts and restates(piece) and not points_back(piece):
            parts[-1] = piece  # what was meant, in the words that say it better
        elif parts and checks_the_answer(piece):
            # asked of the same passage: one question (and one restating it but pointing back
            # at it: "... being called symbiotic? like how do both of them benefit")
            parts[-1] = f"{parts[-1]}? {piece}"
        elif piece:
            parts.append(piece)
    if len(parts) == 1:
        return parts  # one question, maybe in two sentences read as one
    if len(parts) < 2 or any(len(p.split()) < _MIN_PART_WORDS for p in parts):
        return [text]
    asking: list[str] = []
    for at, p in enumerate(parts):
        if asks_the_reader_only(p) or asks_the_writer_only(p):
            continue
        if at and asks_again(p) and asking and asking[-1] == parts[at - 1]:
            if names_a_reaction(asking[-1]):
                # "did Biden respond at all? what did he say": the response asked in words,
                # one question (`words_asked_after`)
                asking[-1] = f"{asking[-1]}? {p}"
            continue
        if at and (asks_again(p) or asks_the_figure_again(p)):
            continue
        asking.append(p)
    return (asking or parts)[:3]


def checked_question(part: str) -> str | None:
    """The question a part of a message asks first, when the rest of the part only checks its
    answer (`checks_the_answer`: "when did the curfew begin? is it still on", read as one by
    `question_parts`); None for a part that is one question. The passage answering that first
    question is what the check asks of."""
    pieces = [piece.strip() for piece in _asking_pieces(part)]
    if len(pieces) < 2 or not pieces[0] or not all(checks_the_answer(p) for p in pieces[1:]):
        return None
    return pieces[0]


def _asking_pieces(text: str) -> list[str]:
    """`text` cut at its breaks (`_PART_BREAK`) where the words on either side ask (a question
    word, a verb first or a question mark: `asks`). Words that ask nothing are no question of
    their own but part of the one they follow (or, said first, precede): "the library +
    amusement park thing" names what one question is about, "... which gangs were in the vid?
    need it for my piece" says why it is asked, "how many ppl live there? el salvador i mean"
    where."""
    breaks = list(_PART_BREAK.finditer(text))
    pieces: list[str] = []
    start = at = 0  # where the piece being read starts, and where its words after a break do
    asked = False  # whether the piece being read asks
    for k, cut in enumerate(breaks):
        asked = asked or _asks_anything(text[at : cut.end()])  # with its break: "his job? "
        next_end = breaks[k + 1].start() if k + 1 < len(breaks) else len(text)
        if asked and _asks_anything(text[cut.end() : next_end]):
            pieces.append(text[start : cut.start()])
            start, asked = cut.end(), False
        at = cut.end()
    pieces.append(text[start:])
    return pieces


def _asks_anything(words: str) -> bool:
    """Whether `words` between two breaks ask: opening as a question does (`asks`), after a
    word joining them to the question before ("and when did he ..."), or with a question word
    and its verb after words that say something first ("ngl this is wild 😬 when did ...")."""
    joined = _JOINING_WORD.match(words)
    rest = words[joined.end() if joined else 0 :]
    if _TELLS.fullmatch(rest):
        return False  # "... since he took office? Have a cite ready for tomorrow."
    return asks(rest) or bool(_ASKING_WITHIN.search(words))


# Words that open as a question by its verb ("have", "do", "can") but end with a full stop,
# not a question mark: what the writer tells (themselves, or whoever reads the thread: "Have a
# cite ready for tomorrow.", "Do check the dates."), not a question
_TELLS = re.compile(
    r"\s*(?:did|does|do|is|are|was|were|has|have|had|can|could|would|will|should)\b[^?]*"
    r"(?<!\.)\.\s*",
    re.IGNORECASE,
)


def offers_people(text: str, read: ReadQuestion) -> bool:
    """Whether `text` offers people it names as the answer ("who spoke first, Trump or
    Bukele?"): the answer is one of them, so a passage naming someone is no sign of it."""
    # A span at a time, not a person at a time (a surname 90 people share is 90 mentions):
    # in the mentions sorted by where they start, two side by side at one span never have
    # "or" between them, so only a span's last person and the next span's first are compared.
    found = sorted((group for group in read.found if group.people), key=lambda g: g.start)
    return any(
        first.people[-1].id != second.people[0].id
        and _OR_BETWEEN.fullmatch(text, first.end, second.start) is not None
        for first, second in itertools.pairwise(found)
    )


# The words of a text, lower case, for finding a phrase in it as typed ("so far")
_PLAIN_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")


def plain_words(text: str) -> str:
    """`text`'s words in lower case, one space between them and one at either end, so that a
    phrase is found in it whole: " so far " in " having so far locked up "."""
    return " " + " ".join(_PLAIN_WORD.findall(text.lower())) + " "


def adverb_phrases(
    text: str, words: Sequence[TermSpan], adverbs: frozenset[str]
) -> dict[str, tuple[str, ...]]:
    """For each of the question's `adverbs` (terms: "still", "far", "back"), the phrases it
    makes with the word before it and the word after it as typed ("so far", "far from"),
    each with a space at either end (`plain_words`): a passage that holds one says what the
    question says, where one holding the adverb alone says something else ("Still, while
    calling the meeting ..." is no answer to "is el salvador still under emergency rule")."""
    found: dict[str, tuple[str, ...]] = {}
    for word in words:
        if word.term not in adverbs:
            continue
        before = plain_words(text[: word.start]).split()[-1:]
        after = plain_words(text[word.end :]).split()[:1]
        own = text[word.start : word.end].lower()
        phrases = [f" {b} {own} " for b in before] + [f" {own} {a} " for a in after]
        found[word.term] = (*found.get(word.term, ()), *phrases)
    return found


def within(word: TermSpan, span: tuple[int, int] | None) -> bool:
    return span is not None and span[0] <= word.start < span[1]


def meant_words(text: str, words: Sequence[TermSpan]) -> str:
    """The question as the embedding reads it: its own words (chat openers, markup and
    topic-free words only blur it), a misspelt one as the corpus term it was read as
    ("rihgts" -> "right")."""
    meant: list[str] = []
    for word in words:
        written = text[word.start : word.end]
        meant.append(written if word_terms(written) == (word.term,) else word.term)
    return " ".join(meant)


def elliptical_speaker(
    text: str, read: ReadQuestion, previous: ReadQuestion, *, bare: bool = False
) -> ReadQuestion:
    """ "and Trump?" after "what did Bukele say about X?" asks what Trump said about X; so
    does "trump?" or "the mayor" (a name or role with nothing else, as a correction leaves it:
    "nope, the mayor") where `bare` (the caller knows the story quotes whom it names)."""
    if read.kind is not QuestionKind.PLAIN or previous.kind is not QuestionKind.SPEAKER:
        return read
    opening = ELLIPTICAL.match(text)
    if not opening:
        if bare and read.mentioned and _names_only(text, read):
            return _asking_whom_it_names(read)
        return read
    if _first_word(text[opening.end() :]) in PREPOSITIONS:
        # "and about Bukele?", "and to the professor?" after "what did Trump say about X?":
        # what the same speaker said of or to them, not who spoke (not "what about Bukele?",
        # whose "about" is the opening's)
        return dataclasses.replace(read, kind=QuestionKind.SPEAKER, pronoun=True)
    if not read.mentioned:
        return read
    return _asking_whom_it_names(read)


def _asking_whom_it_names(read: ReadQuestion) -> ReadQuestion:
    """`read` turned into a question of the words of the people it mentions."""
    found = read.mentions
    return dataclasses.replace(
        read,
        kind=QuestionKind.SPEAKER,
        speakers=read.mentioned,
        speaker_span=(min(s for _, s, _ in found), max(e for _, _, e in found)),
    )


def _names_only(text: str, read: ReadQuestion) -> bool:
    """Whether `text` is the names (or roles) `read` found and nothing else but "the", "and",
    "&" and marks: "trump?", "the mayor", "kent and pike"."""
    rest = list(text)
    for _, start, end in read.mentions:
        rest[start:end] = " " * (end - start)
    return not set(re.findall(r"[^\W_]+", "".join(rest).lower())) - {"the", "and"}


def _first_word(text: str) -> str:
    """The first word of `text`, lower case ("" if none)."""
    word = re.search(r"[^\W\d_]+", text)
    return word.group().lower() if word else ""


def supplies_its_own_topic(text: str) -> bool:
    """Whether a follow-up opening as `ELLIPTICAL` ones do says what it is about in place of
    the question before's topic: "and about Bukele?", "and on the prisons?" (the topic of the
    words asked is the one given; "and in 2021?" narrows the one before)."""
    opening = ELLIPTICAL.match(text)
    if opening is None:
        return False
    return _first_word(text[opening.end() :]) in _TOPIC_PREPOSITIONS


# The prepositions that say what words were about: "what did she say about/on/regarding X"
_TOPIC_PREPOSITIONS = frozenset("about on regarding concerning re".split())


def _as_typed(word: str, text: str) -> str:
    """`word` (lower case) as `text` has it: whether initials were typed in capitals."""
    return next((w for w in re.findall(r"[^\W\d_]+", text) if w.lower() == word), word)


def _beside_any(text: str, word: TermSpan, spans: Sequence[tuple[int, int]]) -> bool:
    """Whether only white space stands between `word` and one of `spans` of `text`."""
    return any(
        text[word.end : start].isspace() or text[end : word.start].isspace() for start, end in spans
    )


# The word before a body's name that makes it one ("the court", "Trump's Cabinet"), where it is
# not written as a name, capitalised ("Congress"): not "to house them"
_BODY_BEFORE = re.compile(r"(?:\b(?:the|a|an|its|their|this|that)|['’]s)\s+$", re.IGNORECASE)
_WORD_BEFORE = re.compile(r"(\S+)\s+$")
_ARTICLES = frozenset(("the", "a", "an"))


def _names_a_body(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] names a body as a whole: after "the" or an owner's name, or
    capitalised, and no part of a longer name ("White House", "State Department")."""
    before = text[max(0, start - 40) : start]
    previous = _WORD_BEFORE.search(before)
    if previous is not None:
        word = previous.group(1).strip('“"(')
        if word[:1].isupper() and word.lower() not in _ARTICLES and not word.endswith(("'s", "’s")):
            return False  # "White House"
    if re.match(r"\s+[A-Z]", text[end : end + 2]):
        return False  # "State Department"
    return text[start].isupper() or _BODY_BEFORE.search(before) is not None


def _described_in_capitals(text: str, start: int, end: int) -> bool:
    """Whether the word at text[start:end] is in a run of capitalised English words after
    "the" ending in a noun for a kind of person that is no role ("the Big Man", "the Old
    Lady"): a description written as a nickname, no name. Not a role ("the Prime Minister",
    "the Supreme Leader"): a name for whoever holds it, which the story would use."""
    run = _capitalised_run(text, start, end)
    words = run.split()
    at = text.find(run, max(0, start - len(run)))
    head = words[-1].lower()
    return (
        len(words) > 1
        and _THE_BEFORE.search(text, 0, at) is not None
        and all(is_english_word(w) for w in words)
        and is_person_noun(head)
        and (head,) not in ROLE_HEADS
        and role_in_story_words(head) is None
    )


_THE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)


def _in_capitalised_run(text: str, start: int, end: int) -> bool:
    """Whether the word at text[start:end] stands beside another capitalised word (not the
    question's first)."""
    return _capitalised_run(text, start, end).count(" ") > 0


def _capitalised_run(text: str, start: int, end: int) -> str:
    """The capitalised words around text[start:end]: "Cup" -> "World Cup"."""
    words = list(re.finditer(r"\S+", text))
    at = next(i for i, w in enumerate(words) if w.start() <= start < w.end())
    first = last = at
    while first > 1 and words[first - 1].group()[:1].isupper():
        first -= 1
    while last + 1 < len(words) and words[last + 1].group()[:1].isupper():
        last += 1
    return text[words[first].start() : words[last].end()].strip("?!.,;:'\"’”")


def _role_last(who: str) -> list[str]:
    """The words of `who` (lower case), those after "of" put before the noun that it follows
    ("the leader of the union": the union leader), as a role's qualifiers stand."""
    words = re.findall(r"[^\W\d_]+", who.lower())
    of = next((at for at, word in enumerate(words) if at and word == "of"), None)
    return words if of is None else [*words[of + 1 :], *words[:of]]
