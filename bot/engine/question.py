"""Reading a question: does it ask what someone said, and who?

"What did X say/claim/tell/warn ... about Y" names a speaker X and a topic Y; "Who said Y" asks
for the speaker of Y. Everything else is a plain question about the story. The kind of answer
a question expects is read in answer_types.py; the openings people type in chat, in chat.py.
"""

from __future__ import annotations

import dataclasses
import functools
import itertools
import re
import weakref
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from rapidfuzz import process
from rapidfuzz.distance import OSA

from bot.engine.answer_types import MAIN_QUESTION, OPENING_CLAUSE
from bot.engine.caches import remember
from bot.engine.chat import NOUNS_OF_SPEECH, RELAYED, asks, asks_again, is_topic_free
from bot.engine.countries import PeopleCountries
from bot.engine.descriptions import description_words, names_someone, same_family
from bot.engine.first_names import PRONOUN_GENDER, Gender, first_name_gender, is_first_name
from bot.engine.lexicon import Source, WordNet, lemma_of, shared_wordnet
from bot.engine.mentions import Found, MentionFinder
from bot.engine.models import Person, SpeakerKind
from bot.engine.occupations import is_person_noun
from bot.engine.text import iter_words, may_hold_word, stem
from bot.engine.word_classes import WordClass, shared_word_classes
from bot.engine.words import (
    APPRAISING_PHRASAL_VERBS,
    APPRAISING_VERBS,
    ASKING_VERBS,
    BODY_NOUNS,
    ENTOURAGE_NOUNS,
    FUNCTION_WORDS,
    GROUP_NOUNS,
    MONTHS,
    ORG_WORDS,
    PERSON_NOUNS,
    PERSONAL_TITLES,
    PHRASAL_SPEECH_VERBS,
    PREPOSITIONS,
    REFUSAL_VERBS,
    ROLE_HEADS,
    ROLES_ASKED_ABOUT,
    SOMEONE_NOUNS,
    SPELLED_TITLES,
    WEEKDAYS,
    all_lemmas,
    is_english_word,
)

SPEECH_STEMS = frozenset(stem(v) for v in ASKING_VERBS)
_PHRASAL_SPEECH = {stem(verb): particle for verb, particle in PHRASAL_SPEECH_VERBS}
# The verbs of appraising (`APPRAISING_VERBS`: "" for none taken) and the particle of the
# phrasal ones ("size up"), by stem: read by `_first_speech_verb` only where "how" asks
_APPRAISING = {stem(verb): "" for verb in APPRAISING_VERBS} | {
    stem(verb): particle for verb, particle in APPRAISING_PHRASAL_VERBS
}
# "how" asking, with its auxiliary, at the end of what comes before a speaker's words ("how
# did", "so how would", "how exactly does"): the opening a verb of appraising asks a view in
_HOW_ASKS = re.compile(r"\bhow\b(?:\s+[\w'’]+){0,2}\W*$", re.IGNORECASE)
_PARTICLE = re.compile(r"\s+(?P<particle>\w+)\b")

# Matched where the question starts, after a lead-in (_LEAD_IN). `aux`: the verb asking with,
# which says the form the speaker's own verb takes ("did X say", "has X said", "is X saying").
_ASKING = re.compile(
    r"(?:(?:so|and|but|ok|okay|then)[, ]+)?"
    r"(?:how\s+come"  # "how come X thinks ...": why, with the statement's word order
    r"|(?:what|how|why|when|where)['’]?(?P<is>s)"  # "what's the nyt reporting", "whats"
    # "whatd bukele say", "what'd he say": typed for "what did" (before the word alone, which
    # would end at the apostrophe)
    r"|(?:what|how|why|where)['’]?(?P<did>d)"
    r"|(?:what|how|why|when|where)(?:\s+(?:else|exactly|precisely|then))?"
    r"(?:\s+(?P<aux>(?:did|does|do|has|have|had|would|will|is|are|was|were|can|could)"
    r"(?:n['’]?t)?"
    r"|won['’]?t|can['’]?t|ain['’]?t))?"
    # "didn't trump say ...", asking for what the speaker is believed to have said
    r"|(?P<yes_no>(?:did|does|has|have|had)(?:n['’]?t)?))\b",
    re.IGNORECASE,
)
# What people type before "what X said" to ask for it in short: "tldr on what Miller said",
# "quick summary of what the professor said", "remind me what Bukele said". It asks what
# they said, as "what did X say" does.
_SUMMARY = (
    r"(?:(?:quick|short|brief)\s+)?"
    r"(?:tl\s*;?\s*dr|summary|summari[sz]e|sum\s+up|recap|gist|rundown|run\s+down|breakdown"
    r"|eli5|remind\s+me)"
)
# And a polite request whose question follows as a clause: "could you tell me what Mrs.
# Leavitt said ...", "I was wondering what Bukele said ...", "do you know what the professor
# said ...", "explain why Bondi thinks ...": what they said, asked as "what did X say" asks
# it (and why they think so as "why does X think" asks it).
_TELL = r"(?:(?:tell|remind|show)\s+(?:me|us)|explain(?:\s+to\s+(?:me|us))?)"
# ("just tell me what ...", "can you just tell me ...": impatience, nothing asked)
_REQUEST = (
    r"(?:(?:could|can|would|will)\s+(?:you|someone|somebody|anyone|anybody)\s+"
    rf"(?:(?:please|pls|just)\s+)*{_TELL}|(?:(?:please|pls|plz|just)\s+)*{_TELL}"
    r"|i\s+(?:was|am|['’]m)\s+wondering|i\s+wonder|(?:i['’]?d|i\s+would)\s+like\s+to\s+know"
    r"|(?:do|does)\s+(?:you|anyone|anybody|someone|somebody)\s+(?:happen\s+to\s+)?know"
    # and a question relayed for someone else: "a patron asks what Bukele said ..."
    rf"|{RELAYED})"
)
_LEAD_IN = re.compile(
    r"(?:(?:(?:can\s+(?:i|you)\s+)?(?:get|give\s+me|gimme)\s+)?(?:an?\s+|the\s+)?"
    rf"{_SUMMARY}\s*[:,-]?\s*(?:on|of|about|for)?|{_REQUEST}\s*,?)\s*(?=what\b|why\b|how\b)",
    re.IGNORECASE,
)
# "tldr on the deal": asking for a summary, from no one
_ASKS_SUMMARY = re.compile(rf"(?:an?\s+|the\s+)?{_SUMMARY}", re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_][\w'’.-]*")
_SOMEONE = "|".join(sorted(SOMEONE_NOUNS))  # a word for anyone, in a pattern
# A demonstrative and a word for anyone with nothing after it saying who ("let that man come
# home"; not "that man from Maryland"): someone pointed at (`_with_pointed_at`)
_POINTING = re.compile(
    r"(?=[t])\b(?:that|this)\s+(?P<noun>"
    + _SOMEONE
    + r")\b(?!['’]|\s+(?:from|of|in|at|on|with|who|whom|whose|that|which)\b)",
    re.IGNORECASE,
)
# A word for anyone and the place they are from, after an article or a demonstrative: "the
# man from Maryland", "that gentleman from Leeds" (`_with_pointed_at`)
_FROM_PLACE = re.compile(
    r"(?=[t])\b(?:the|that|this)\s+(?P<noun>"
    + _SOMEONE
    + r")\s+from\s+(?P<place>[^\W\d_]+(?:\s+[^\W\d_]+)?)",
    re.IGNORECASE,
)
# The same after a word of the place or kind: "the maryland guy", "that Galway gentleman"
_PLACE_THEN_SOMEONE = re.compile(
    r"(?=[t])\b(?:the|that|this)\s+(?P<place>[^\W\d_]+)\s+(?P<noun>" + _SOMEONE + r")\b",
    re.IGNORECASE,
)
# The words for anyone that say a man or a woman: "the gentleman from Maryland" may be whom the
# story calls "a Maryland man", not "a Maryland woman"; "person" may be either
_SAID_OF_MEN = frozenset("guy dude gentleman fella fellow bloke chap man".split())
_SAID_OF_WOMEN = frozenset("lady gal woman".split())
# A relative clause pointing at the story as the participles of `_FILLER` do: "did the
# professor who was interviewed voice any doubts" asks the professor's words
_QUOTED_CLAUSE = re.compile(
    r"\s+(?:who|that)\s+(?:was|were|is|are|(?:has|have|had)\s+been|got)"
    r"\s+(?:quoted|cited|mentioned|interviewed)\s*$",
    re.IGNORECASE,
)


def _relative_quoted_clause(question: str, at: int) -> bool:
    """Whether the "who" at `at` opens a `_QUOTED_CLAUSE` after a noun ("the professor who was
    interviewed"), not a question of who was quoted ("so who was quoted on the prisons")."""
    before = question[:at]
    last = _WORD.findall(before)
    clause = re.match(r"\w+\s+(?:\w+\s+){1,2}?\w+", question[at:])
    return (
        bool(last)
        and last[-1].lower() not in FUNCTION_WORDS
        and STATEMENT_OPENING.fullmatch(before) is None
        and clause is not None
        and _QUOTED_CLAUSE.search(" " + clause.group()) is not None
    )


# Words that may stand between a speaker and the verb: "what has X actually said".
_FILLER = frozenset(
    "have has had been actually really just ever also exactly then even first"
    # adverbs of time before the verb ("does the us govt still warn"), and a participle
    # pointing at the story ("according to the professor quoted")
    " still already now currently again later originally initially ultimately publicly"
    " quoted cited mentioned interviewed"
    # a reflexive after the speaker, for emphasis: "what did the professor himself say",
    # "anything from Garcia himself": the one named, in person
    " himself herself themselves".split()
)


# Who a speaker told, right after the verb: part of how the question asks, not what about.
_AUDIENCE = re.compile(
    r"\s+(?:the\s+)?(?:reporters|journalists|press|media|crowd|audience)\b", re.IGNORECASE
)
# "Trump's aide": a possessive with more words after it ("the press secretary's" alone, as in
# "the press secretary's comment", is the speaker).
_POSSESSIVE_AFTER = re.compile(r"['’]s?\s+\w")
_NOUNS_OF_SPEECH = NOUNS_OF_SPEECH.pattern
# the word each of those opens with (`may_hold_word`: "one-liners" is "one")
_SPEECH_NOUN_WORDS = frozenset(
    """
    comment comments remark remarks words quote quotes view views response reaction statement
    statements position opinion take answer reply message claim claims argument thoughts verdict
    assessment stance explanation justification excuse defence defense criticism critique warning
    pitch rationale theory theories reasoning thinking logic point analysis line lines quip quips
    one soundbite soundbites retort retorts shout shoutout shoutouts
    """.split()
)
# Words qualifying what someone said: "overall", "first" ("opening": "Bukele's opening
# words"), "latest", "official", and when: "Trump's April comments", "Bukele's Monday remarks",
# "her recent statement", "her closing words" (the last the story quotes of her:
# `words_in_order_asked`).
_QUALIFYING_WORDS = frozenset(
    "overall first initial latest last official public full exact actual own recent earlier"
    " opening closing parting"
    " previous original early final new famous infamous controversial january february march"
    " april may june july august september october november december monday tuesday"
    " wednesday thursday friday saturday sunday".split()
)
_QUALIFYING = (
    rf"(?:(?:{'|'.join(sorted(_QUALIFYING_WORDS))})\s+){{0,2}}"
    # the words themselves, quoted as remembered: "Trump's “one hell of a guy” line"
    r"(?:[\"“‘'][^\"“”‘’']{1,80}[\"”’']\s+)?"
)
# "X's comments on", "what was X's reaction"
# (an adjective may stand between: "HRW's overall verdict", "Trump's first reaction")
_ASKS_X_WORDS = re.compile(
    rf"(?P<who>[^\W\d_][\w .'’-]*?)['’]s?\s+{_QUALIFYING}(?P<verb>{_NOUNS_OF_SPEECH})\b",
    re.IGNORECASE,
)
# "what's his take on", "her comments", "their reaction": the words of whom the pronoun means
# (not "in his own words", how a question asks: `_in_their_own_words`)
_ASKS_THEIR_WORDS = re.compile(
    rf"(?=[ht])(?<!\bin\s)\b(?P<who>his|her|their)\s+{_QUALIFYING}(?P<verb>{_NOUNS_OF_SPEECH})\b",
    re.IGNORECASE,
)
_THEIR = frozenset({"his", "her", "their"})  # what `_ASKS_THEIR_WORDS` opens with
# The end of every _ASKS_X_WORDS match. Its lazy `who` tries every start in the question (tens
# of microseconds); this one, anchored on an apostrophe, says in a few whether to bother.
_X_WORDS_TAIL = re.compile(rf"['’]s?\s+{_QUALIFYING}{_NOUNS_OF_SPEECH}\b", re.IGNORECASE)
# The asking words a lazy `who` of _ASKS_X_WORDS starts with: "what was the director's take"
# asks for the director's take, "how was" is no part of anyone's name.
_ASKING_BEFORE_X = re.compile(
    r"(?:what|how|why|when|where)(?:['’]?s\b|\s+(?:is|was|were|are|did|does|do|has|have|had|"
    r"would|will|can|could)\b)?\s*"
    # asking by a verb in the imperative: "quote Bukele's opening remarks", "show me Trump's
    # comments", "give me the professor's take"
    r"|(?:please\s+)?(?:quote|cite|show(?:\s+me)?|give\s+me|gimme|find(?:\s+me)?|share|post"
    r"|paste|list)\s+",
    re.IGNORECASE,
)
# "according to X", "per X" (before someone named, "per the Cornell guy", "per HRW", "per
# flores-macias": not "per year", "per inmate"; `_from_x`), "quotes from X", "any comment
# from X on Y"; "anything from X on Y?" as the whole question (what someone has put out:
# their words; not "did bukele get anything from trump", a thing he was given)
_ASKS_FROM_X = re.compile(
    r"(?=[acilpqrsw])\b(?P<verb>according\s+to|per(?=\s+[^\W\d_])"
    r"|words\s+of|(?:quotes?|comments?|remarks?|response|reaction"
    r"|statements?|reply|word)\s+(?:from|by|of)"
    # "a quotable line from the mayor", "a soundbite from her"
    r"|(?:lines?|soundbites?|sound\s+bites?)\s+(?:from|by)"
    r"|(?:(?<=^)|(?<=^\W)|(?<=[.!?]\s))(?:(?:is|was)\s+there\s+)?(?:any|some)thing\s+from)\s+"
    # ... up to what it is on: "the reaction from Mexico's foreign minister to the meeting", or
    # the question put after it with no comma: "according to the government is it safe now",
    # "according to the harbour master when will the port close" (not "who", "which": "the
    # woman who runs the shelter" is who)
    r"(?P<who>[\w .'’-]+?)(?=\s+(?:on|about|regarding|concerning|over|to"
    r"|is|are|was|were|do|does|did|has|have|had|will|would|can|could|should"
    r"|what|when|where|why|how)\b|[^\w .'’-]|$)",
    re.IGNORECASE,
)
# The words after "per" that make it "according to": an owner's word ("per the Cornell guy",
# "per his lawyer")
_PER_OWNERS = frozenset("the his her their".split())
# Chat's words pointing back at someone talked of, as "he" does: "that same guy", "this dude",
# "the same guy" (a noun for anyone, `SOMEONE_NOUNS`, which names no one of the story itself;
# not "the guy", said of whoever a question goes on to describe, nor "that man", which may
# point at the one the story calls a man: `_with_pointed_at`)
_POINTING_BACK = re.compile(
    r"(?:(?:that|this|the)\s+same|that|this)\s+(?P<noun>guy|dude|fella|fellow|bloke|chap|gal)\b",
    re.IGNORECASE,
)


def _from_x(text: str) -> Iterator[re.Match[str]]:
    """The matches of `_ASKS_FROM_X` in `text`, but "per" before a word that is no name: "per"
    is "according to" before "the", an owner's word, a capital ("per HRW") or, typed in lower
    case, a word that is no English word, none WordNet has as a common word ("deportees"), nor
    one of its Latin idioms ("per capita"): "..., per flores-macias", "per bukele"; not "per
    year", "per deportee", a rate."""
    for match in _ASKS_FROM_X.finditer(text):
        if match.group("verb").lower() == "per":
            after = text[match.end("verb") :].split(maxsplit=1)
            first = after[0] if after else ""
            if not (
                first.lower() in _PER_OWNERS
                or first[:1].isupper()
                or _a_name(first)
                or _POINTING_BACK.match(text, match.end("verb") + 1)
            ):
                continue
        yield match


def _a_name(word: str) -> bool:
    """Whether `word`, typed in lower case, may only be a name: no English word, none WordNet
    has as a common word, nor as "per" with it ("per capita")."""
    word = word.lower().strip(".,?!:;")
    if is_english_word(word):
        return False
    wordnet = shared_wordnet()
    return wordnet is None or not (
        wordnet.knows_as_word(word) or wordnet.is_adverb_idiom("per", word)
    )


# a word of its verb every match holds (`may_hold_word`): "according", "per", "quotes", ...
_FROM_X_WORDS = frozenset(
    """
    according per words quote quotes comment comments remark remarks response reaction statement
    statements reply word line lines soundbite soundbites sound anything something
    """.split()
)
# "the exact words bukele used about garcia", "the words the mayor chose", "the phrase she
# used": words someone used are their words (the relative clause names whose); so are those
# asked of with an auxiliary ("what word does the professor use": his, not "does the
# professor"'s)
_ASKS_WORDS_X_USED = re.compile(
    r"(?=[lpw])\b(?P<verb>words?|phrases?|wording|language)\s+(?:that\s+|which\s+)?"
    r"(?:(?:does|did|do|has|have|had|would|will)\s+)?"
    r"(?P<who>[^\W\d_][\w .'’-]{0,60}?)\s+"
    r"(?:used|chose|picked|uttered|spoke|said|wrote|use|uses|choose|chooses)\b",
    re.IGNORECASE,
)
_WORDS_USED = frozenset("word words phrase phrases wording language".split())  # its verbs
# "quote Trump on El Salvador", "cite the professor about deterrence", "quote bukele's remarks"
_ASKS_QUOTE_X = re.compile(
    r"^\W*(?:please\s+)?(?P<verb>quote|cite)\s+(?P<who>.+?)"
    r"(?=\s+(?:on|about|regarding)\b|['’]s?\s+\w|\W*$)",
    re.IGNORECASE,
)
_QUOTE_VERBS = frozenset(("quote", "cite"))  # one in every match of it (`may_hold_word`)
# "trump quotes pls", "any bukele comments on garcia", "trump reaction to the ruling": a name
# before the words for what someone said, without the possessive (as chat and headlines write
# it). Read so only when the words name someone the story quotes, or end in a role: "prison
# quotes" asks about the prison, "mexico's foreign minister reaction" for a minister's words.
_NAME_THEN_WORDS = re.compile(
    r"(?P<who>[^\W\d_][\w.'’-]*(?:\s+[^\W\d_][\w.'’-]*){0,2})"
    r"\s+(?P<verb>(?:quote|comment|remark|statement)s?|reaction|response|reply|thoughts)\b",
    re.IGNORECASE,
)
_WORDS_NOUN = re.compile(
    r"(?=[cqrst])\b(?:(?:quote|comment|remark|statement)s?|reaction|response|reply|thoughts)\b",
    re.IGNORECASE,
)
_WORDS_NOUNS = frozenset(  # its words (`may_hold_word`)
    "quote quotes comment comments remark remarks statement statements reaction response reply"
    " thoughts".split()
)
# "the cornell profs take on ...", "the press secretarys response": a possessive typed without
# its apostrophe before a word for what someone said (read so, as above, only when the words
# name someone the story quotes); `_OWNED_WORDS_TAIL` says in a few microseconds whether to try
_OWNED_WORDS = re.compile(
    rf"(?P<who>[^\W\d_][\w.'’-]*(?:\s+[^\W\d_][\w.'’-]*){{0,3}}?)s\s+"
    rf"(?P<verb>{_NOUNS_OF_SPEECH})\b",
    re.IGNORECASE,
)
_OWNED_WORDS_TAIL = re.compile(rf"[^\W\ds]s\s+{_NOUNS_OF_SPEECH}\b", re.IGNORECASE)
_ASKS_WHO_SAID = re.compile(r"(?=[w])\bwho\s+(?P<rest>.*)", re.IGNORECASE)
_WHO = frozenset({"who"})
# "leavitt said what about the prison", "so trump told reporters what": the question word
# after the speech verb, as said aloud (read by `_asks_x_said_what`).
_ASKS_X_SAID_WHAT = re.compile(
    r"^\W*(?P<who>[^\W\d_][\w.'’-]*(?:\s+[\w.'’-]+){0,5}?)\s+(?P<verb>[^\W\d_]+)"
    r"(?:\s+(?:reporters|journalists|the\s+press|the\s+media))?\s+(?:what|wat|wut)\b",
    re.IGNORECASE,
)

# "... or was that someone else?", "... or somebody else", "... or another person": the question
# doubts that the person it names said it.
_DOUBTS_SPEAKER = re.compile(
    r"\bor\s+(?:(?:was|is|did)\s+(?:it|that|this)\s+|did\s+|was\s+)?"
    r"(?:some(?:one|body)\s+else|any(?:one|body)\s+else|another\s+(?:person|one)"
    r"|some(?:one|body)\s+different)\b",
    re.IGNORECASE,
)
_PRONOUNS = frozenset({"he", "she", "they", "him", "her", "them"})
# The article or demonstrative speaker words open with ("the professor", "that guy")
LEADING_ARTICLE = re.compile(r"^(?:the|a|an|this|that)\s+", re.IGNORECASE)
# Things a question may ask the words of that are not speakers in the story.
_NOT_SPEAKERS = frozenset(
    "story article piece report text author writer reporter journalist news passage paragraph "
    "it this that you bot".split()
)


# Other words for the roles news stories give people, for reading who a question asks about:
# "the Salvadoran leader" is the story's "Salvadoran President", "the White House spokeswoman"
# its "White House press secretary". Used only where the role then names one person.
_ROLE_SYNONYMS = (
    (re.compile(r"\b(?:spokes(?:man|woman|person))\b", re.IGNORECASE), "press secretary"),
    (re.compile(r"\b(?:leaders?|heads? of state)\b", re.IGNORECASE), "president"),
    (re.compile(r"\b(?:aides?|advisors?)\b", re.IGNORECASE), "adviser"),
    # a member of the House, titled so before a name ("Rep. Ann Cole")
    (re.compile(r"\b(?:congress(?:wo)?m[ae]n|congressperson)\b", re.IGNORECASE), "rep."),
    (
        re.compile(
            r"\b(?:academic|scholar|researcher|(?:political )?scientist|expert|analyst"
            r"|commentator|specialist|pundit)\b",
            re.IGNORECASE,
        ),
        "professor",
    ),
)


# A speaker is named in a few words ("White House press secretary Karoline Leavitt"); more
# between the question word and a speech verb are a clause, the verb a noun ("reports").
_MAX_SPEAKER_WORDS = 6
_MIN_MISSPELT_ROLE = 6  # shorter role nouns are one edit from too many words
# ... but not the one word after "the" where a speaker stands: a role ("the mayr")
_MIN_MISSPELT_LONE_ROLE = 4

# "the two leaders", "both presidents": a role several people share, meaning all of them.
_BOTH = re.compile(r"\b(?:both|two|the\s+pair)\b", re.IGNORECASE)


class QuestionKind(StrEnum):
    PLAIN = "plain"  # about the story: no speaker asked
    SPEAKER = "speaker"  # what did X say
    WHO_SAID = "who_said"  # who said Y


@dataclass(frozen=True)
class ReadQuestion:
    """What the question asks, as far as rules can tell."""

    kind: QuestionKind
    speakers: tuple[Person, ...] = ()  # the known people it names as speaker (2: ambiguous)
    unknown_speaker: str | None = None  # a speaker it names whom the story does not know
    pronoun: bool = False  # "what did he say": the speaker comes from the conversation
    speaker_span: tuple[int, int] | None = None  # where the speaker is named in the question
    verb_span: tuple[int, int] | None = None
    mentioned: tuple[Person, ...] = field(default=())  # every known person the question names
    # Where it names them: MentionFinder.find_groups(question), kept so no one has to look
    # again (a surname or role many share is one `Found`, not one per person).
    found: tuple[Found, ...] = ()
    # The reading should the one word where a speaker stands be a name the story never uses
    # ("what does the aclu say": no English word, and no one the story knows by it), asking
    # what that someone said; the question is read as plain meanwhile. The word may as well
    # be a quoted person's name misspelt past correcting ("buke"): the corpus tells which
    # (`QuestionReading._names_no_one`).
    if_a_name: ReadQuestion | None = None
    # "bondi on garcia?": the reading as the words of the known people typed before "on" on
    # what follows, taken where the story's passages say so (`Searcher._on_read`);
    # the question is read as plain meanwhile ("bukele on taiwan?" is about the story's
    # passage on Taiwan, which names him but quotes nobody).
    if_their_words: ReadQuestion | None = None
    # The speakers hold the role asked, of a country the question names that is not known to
    # be theirs nor another's ("the british harbour master" of a British story's Plymouth
    # harbour master, Plymouth being American to WordNet): no clear evidence the story does not
    # quote them, nor that it does. Their passages are searched, none vouched for as theirs.
    country_unsure: bool = False

    @functools.cached_property
    def mentions(self) -> tuple[tuple[Person, int, int], ...]:
        """Where it names them, a tuple a person (`find_mentions(question)`): made only when
        asked for (at 1,000,000 passages three role words are 3,000 people)."""
        return tuple(
            (person, start, end) for people, start, end, _ in self.found for person in people
        )

    def as_plain(self) -> ReadQuestion:
        """The question read as a plain one about the story, with the people it names."""
        return ReadQuestion(QuestionKind.PLAIN, mentioned=self.mentioned, found=self.found)


def speaker_named_by(words: str, finder: MentionFinder) -> ReadQuestion | None:
    """Whom `words` name as a speaker is named ("el salvador's president": Bukele, the role
    of the owner's country; "the Cornell prof"; "the mexican president": someone the story
    does not quote, `unknown_speaker`): a few words set off before a question that then points
    back to them by a pronoun ("el salvador's president, what did he say"); of "X on Y"
    ("bukele on sending garcia back, what were his words", "the cornell prof on garcia - what
    does he think"), whom X names (`_asks_x_on`), not someone in Y too. None when they name no
    one, known or not. Asked as a question of their own, after words moving on to them ("and
    rubio?", "what about the cornell guy?"), whom the rest names."""
    words = _set_off(words)
    if not words:
        return None
    plain = read_question(words, finder)
    if plain.if_their_words is not None:
        return plain.if_their_words
    if (
        plain.kind is QuestionKind.SPEAKER or plain.unknown_speaker is not None
    ) and _X_WORDS_TAIL.search(words):
        # "the mayor's take on the libraries — what did she say": words of someone's (a noun
        # of speech owned), whom they name the owner, not the whole
        return plain
    if _owned_thing(words):
        # "bukele's opener in the oval, what did he say", "the mayor's visit — what did she
        # say": a thing of someone's, which no pronoun after it means (its owner may be)
        return None
    return _read_speaker(words, (0, len(words)), None, finder, plain)


def _owned_thing(words: str) -> bool:
    """Whether `words` name a thing of someone's, "<owner>'s <thing>" and at most a phrase
    saying where or when ("bukele's opener in the oval", "the mayor's first visit"): a noun
    most often no person nor group in WordNet, nor a word for someone ("Garcia's lawyer",
    "Trump's team", "the mayor's office"), nor a writing or a speech, whose words are its
    owner's (`_owner_of_writing`)."""
    owned = _OWNED.fullmatch(words)
    wordnet = shared_wordnet()
    if owned is None or wordnet is None:
        return False
    rest = owned.group("rest").split()
    cut = next((at for at, w in enumerate(rest) if w.lower() in _AFTER_WRITING), len(rest))
    nouns = [w.strip(".,").lower() for w in rest[:cut] if w.lower() not in _QUALIFYING_WORDS]
    if not nouns or len(nouns) > _MAX_BEFORE_WRITING or any("'" in w or "’" in w for w in nouns):
        return False
    head = nouns[-1]
    return (
        wordnet.names_a_thing_first(head)
        and not wordnet.names_a_communication(head)
        and not (is_person_noun(head) or names_a_role(head) or _is_role(head))
        and head not in ORG_WORDS | ENTOURAGE_NOUNS | BODY_NOUNS | SOMEONE_NOUNS
    )


_POSSESSIVE_PRONOUNS = frozenset("his their hers theirs".split())
# The words by which chat moves on to someone, asked of alone: "and rubio?", "what about her?"
_MOVING_ON = re.compile(r"(?:(?:and|so|but|ok|okay)\s+)?(?:(?:what|how)\s+about\s+)?", re.I)


def _set_off(words: str) -> str:
    """The words naming someone set off before a question, without the marks setting them off
    ("the mexican president, "), and asked of alone, without the words moving on to them
    ("and rubio? ": "rubio")."""
    words = words.strip(" ,;:-–—")
    if words.endswith("?"):
        opening = _MOVING_ON.match(words)
        words = words[opening.end() if opening else 0 :].strip(" ?")
    return words


def with_words_for_pronoun(question: str, words: str) -> str:
    """`question` with `words` where its first personal pronoun stands: what a question after
    words set off before it asks ("the mexican president, what did he say" asks "what did
    the mexican president say"; "his" and a possessive "her" become "<words>'s")."""
    words = _set_off(words)
    found = list(iter_words(question))
    for at, (word, start, end) in enumerate(found):
        lower = word.lower()
        if lower not in _PRONOUNS and lower not in _POSSESSIVE_PRONOUNS:
            continue
        following = found[at + 1][0].lower() if at + 1 < len(found) else ""
        owning = lower in _POSSESSIVE_PRONOUNS or (
            lower == "her" and bool(following) and following not in FUNCTION_WORDS
        )
        owner = "'s" if owning else ""
        return f"{question[:start]}{words}{owner}{question[end:]}"
    return question


def read_question(question: str, people: Sequence[Person] | MentionFinder) -> ReadQuestion:
    """Classify `question` and find the speaker it asks about among `people` (a finder made
    once for them saves preparing their names on every question)."""
    finder = people if isinstance(people, MentionFinder) else MentionFinder(people)
    found = _with_pointed_at(question, finder, finder.find_groups(question))
    plain = ReadQuestion(QuestionKind.PLAIN, mentioned=_people_of(found), found=found)
    who_said = _ASKS_WHO_SAID.search(question) if may_hold_word(question, _WHO) else None
    if who_said and _relative_quoted_clause(question, who_said.start()):
        who_said = None  # "what did the professor who was quoted say": the professor's words
    if who_said:
        verb = _first_speech_verb(question, who_said.start("rest"), max_words=3)
        if verb is not None:
            return ReadQuestion(
                QuestionKind.WHO_SAID,
                verb_span=verb,
                mentioned=plain.mentioned,
                found=plain.found,
            )
    unsure: ReadQuestion | None = None  # a plain reading, unless a lone word names someone
    for who_span, verb_span in _speaker_spans(question):
        read = _read_speaker(question, who_span, verb_span, finder, plain)
        if read is not None and read.if_a_name is not None:
            unsure = unsure or read  # a later pattern may name someone the story knows
            continue
        if (read is None or read.unknown_speaker is not None) and verb_span is not None:
            # "the president of the United States say": not "the president of the United"
            read = _past_a_country(question, who_span, verb_span, finder, plain) or read
        if read is not None and read.speakers and _DOUBTS_SPEAKER.search(question):
            # "did X say it, or was that someone else?" asks who said it: whoever did, not
            # only X's words (X's name is not what it is about either)
            return ReadQuestion(
                QuestionKind.WHO_SAID,
                speaker_span=read.speaker_span,
                verb_span=read.verb_span,
                mentioned=plain.mentioned,
                found=plain.found,
            )
        if read is not None:
            return _pronoun_of_the_clause(question, read, finder, plain)
    # the lazy words before the noun try every start in the question (~30 µs): only where a
    # noun is
    name_then_words = (
        _NAME_THEN_WORDS.finditer(question)
        if may_hold_word(question, _WORDS_NOUNS) and _WORDS_NOUN.search(question)
        else ()
    )
    owned = (
        _OWNED_WORDS.finditer(question)
        if may_hold_word(question, _SPEECH_NOUN_WORDS) and _OWNED_WORDS_TAIL.search(question)
        else ()
    )
    unquoted: ReadQuestion | None = None  # a role the story may give nobody
    for match in (*name_then_words, *owned):
        # the words before the noun, from the first to the last ("was the press secretary",
        # "the press secretary", ...): the speaker is the longest that names someone quoted
        start, end = match.span("who")
        for word in _WORD.finditer(question, start, end):
            read = _read_speaker(question, (word.start(), end), match.span("verb"), finder, plain)
            if read is not None and read.speakers:
                return read
            if read is not None and read.unknown_speaker and _ends_in_someone(question[start:end]):
                unquoted = unquoted or read  # another reading may name someone quoted
            if read is None or match.re is not _NAME_THEN_WORDS:
                continue  # (an owner's "s" cut off an English plural is no name: "Pls quote")
            if read.if_a_name is not None:
                unsure = unsure or read  # "the aclu statement": a name if the corpus never
                # uses the word (`if_a_name`), as for "what did the aclu say"
            elif read.unknown_speaker and lone_name_word(question[word.start() : end]):
                # "rubio quote on the deal": one word no English word, a name if the corpus
                # never uses it either (`if_a_name`: not "salvador reaction", a word of its own)
                unsure = unsure or ReadQuestion(
                    QuestionKind.PLAIN, mentioned=plain.mentioned, found=plain.found, if_a_name=read
                )
    return (
        unsure
        or unquoted
        or _in_their_own_words(question, finder, plain)
        or _asks_x_said_what(question, finder, plain)
        or _asks_what_x_will_do(question, finder, plain)
        or _states_what_x_said(question, finder, plain)
        or _asks_without_did(question, finder, plain)
        or _asks_x_on(question, finder, plain)
    )


# A question asking whether someone said anything with its "did" left out, as chat types it:
# "rubio say anything after the meeting?", "garcia's lawyer comment on it?", "the mayor
# react at all?" (the bare verb, which no statement has after its subject: "rubio says ...")
_ASKING_WORD = (
    r"(?:did|does|do|has|have|had|would|will|is|are|was|were|can|could|should|what|which|who"
    r"|whom|whose|how|why|when|where)\b"
)
_WITHOUT_DID = re.compile(
    r"^\W*(?:(?:so|and|but|ok|okay|wait|then|lol|yo)\b[\s,.!]*)*"
    # the subject alone: no question word nor auxiliary ("what did the big man say about
    # ...?" asks with its "did", `_ASKING`)
    rf"(?P<who>(?!{_ASKING_WORD})[^\W\d_][\w.'’-]*"
    rf"(?:\s+(?!{_ASKING_WORD})[^\W\d_][\w.'’-]*){{0,5}}?)\s+"
    r"(?P<verb>say|comment|respond|react|reply|speak|talk|mention|weigh\s+in)\s+"
    r"(?=(?:anything|something|smth|sth|nothing|much|a\s+word|at\s+all|on|about|abt|bout)\b)"
    r"[^?]*\?\W*$",
    re.IGNORECASE,
)


def _asks_without_did(
    question: str, finder: MentionFinder, plain: ReadQuestion
) -> ReadQuestion | None:
    """The reading of a question asking whether someone said anything, its "did" left out
    ("rubio say anything after the meeting?", "abrego garcia's lawyer say anything?"), as
    "did rubio say anything ..." is read: someone the story quotes or not. None when it is
    no such question or its subject names no one."""
    asked = _WITHOUT_DID.match(question)
    if asked is None:
        return None
    read = _read_speaker(question, asked.span("who"), asked.span("verb"), finder, plain)
    if read is None or not (
        read.speakers or read.unknown_speaker or read.pronoun or read.if_a_name
    ):
        return None
    return read


# A clause set before the question that it times ("when the mayor sat down with them, what did
# she say"), anywhere before it (after "quick one:", "so")
_CLAUSE_BEFORE = re.compile(
    r"\b(?:when|after|while|once|before|as\s+soon\s+as)\s+"
    r"(?!(?:did|does|do|is|was|were|has|have|had|will|would|can|could)\b)",
    re.IGNORECASE,
)
# The most words a clause's subject may take ("when the Salvadoran leader ...": three)
_MAX_SUBJECT_WORDS = 4


def _pronoun_of_the_clause(
    question: str, read: ReadQuestion, finder: MentionFinder, plain: ReadQuestion
) -> ReadQuestion:
    """`read`, its speaker "he" or "she" taken as the one person the clause the question opens
    with names as its subject ("when the Salvadoran leader sat down in the Oval Office, how
    did he describe ...", "when Bukele met Trump, what did he say": Bukele), as a statement
    before a question says whom its pronoun means; `read` itself otherwise (no such clause,
    its subject no one the story knows, or a first name of the other sex)."""
    if not (read.pronoun and not read.speakers and read.speaker_span):
        return read
    said = PRONOUN_GENDER.get(question[slice(*read.speaker_span)].lower())
    clause = _CLAUSE_BEFORE.search(question, 0, read.speaker_span[0])
    main = MAIN_QUESTION.search(question, clause.end()) if clause else None
    if said is None or clause is None or main is None or main.end() > read.speaker_span[0]:
        return read
    # the subject: the longest of its first few words naming one person ("the Salvadoran
    # leader", not "the Salvadoran leader sat")
    words = list(_WORD.finditer(question, clause.end(), main.start()))[:_MAX_SUBJECT_WORDS]
    subject: Person | None = None
    for word in words:
        named = _read_speaker(question, (clause.end(), word.end()), None, finder, plain)
        if named is not None and len(named.speakers) == 1:
            subject = named.speakers[0]
    if subject is None:
        return read
    first = subject.name.split()[0] if len(subject.name.split()) > 1 else ""
    gender = first_name_gender(first) if first else None
    if gender is not None and gender != said:
        return read
    return _asks_speaker(plain, read.speaker_span, read.verb_span, speakers=(subject,))


# The words a chat message may open a statement with: "so", "wait so", "lol ok so".
# The words a message may open with before what it says or asks: "wait so is he ...".
STATEMENT_OPENING = _STATEMENT_OPENING = re.compile(
    r"\W*(?:(?:so|and|but|ok|okay|wait|then|lol|lmao|bro|wow|yo|oh|hold\s+on)\b[\s,.!]*)*",
    re.IGNORECASE,
)
# "is it (really) true (that) ...", "is it true, ...": a statement put to be checked
_IS_IT_TRUE = re.compile(
    r"(?:is|was)\s+it\s+(?:really\s+|actually\s+)?true\b[\s,:]*(?:that\s+)?", re.IGNORECASE
)
# A statement's subject and its speech verb, at most this many words apart: "the Salvadoran
# president walks into our White House and tells us ..."
_MAX_STATEMENT_GAP = 8


def _states_what_x_said(
    question: str, finder: MentionFinder, plain: ReadQuestion
) -> ReadQuestion | None:
    """The reading of a statement of what someone said, typed to have it checked ("so bukele
    said he can't return him??", "trump told reporters he wants to send citizens there?", "so
    the Salvadoran president walks into our White House and tells us we have a problem??") as
    asking for their words: only when it opens with its subject, a name of someone the story
    knows or "the" and a role, and a speech verb follows with no one else named or pointed at
    between. Any other opening may be a question's ("is Bukele accused of ...", "which country
    did bukele say ...") or a subject that is no one ("people say ...", "reports claim ...",
    "Trump's immigration guy said ..." describes someone else): searched as typed."""
    opening = _STATEMENT_OPENING.match(question)
    start = opening.end() if opening else 0
    checked = _IS_IT_TRUE.match(question, start)
    if checked:
        # "is it true that leavitt said ...": the statement checked, after its opening
        start = checked.end()
    verb = _first_speech_verb(question, start, _MAX_SPEAKER_WORDS + _MAX_STATEMENT_GAP, asked="")
    if verb is None:
        return None
    subject_ends = [
        group.end
        for group in plain.found
        if group.people and LEADING_ARTICLE.sub("", question[start : group.start]) == ""
    ]
    if not subject_ends and LEADING_ARTICLE.match(question, start):
        words = [w.end() for w in _WORD.finditer(question, start, verb[0])]
        subject_ends = [
            end for end in words[1:_MAX_SPEAKER_WORDS] if _ends_in_a_role(question[start:end])
        ][:1]
    for end in subject_ends:
        gap = question[end : verb[0]]
        if (
            len(gap.split()) > _MAX_STATEMENT_GAP
            or gap.startswith(("'", "’"))  # "Trump's immigration guy said": someone else
            or any(w.lower().strip(",.") in _PRONOUNS for w in gap.split())
            or any(end <= g.start < verb[0] and g.people for g in plain.found)
        ):
            continue  # "bukele met trump and he told him": whose words is not plain
        read = _read_speaker(question, (start, end), verb, finder, plain)
        if read is not None and read.speakers:
            return read
    return None


# "will bukele send garcia back", "is bukele going to let him out", "does bukele plan to ...":
# whether someone will do something, which a story tells in their own words if at all (what
# they said they would or would not do). The words after the auxiliary up to a verb.
_ASKS_WILL_X = re.compile(
    r"^\W*(?:(?:so|and|but|ok|okay)[, ]+)?"
    r"(?P<aux>will|won['’]?t|would|wouldn['’]?t|is|isn['’]?t|does|doesn['’]?t)\s+"
    r"(?P<rest>.+)",
    re.IGNORECASE,
)
# What stands between the person and their verb: "going to", "gonna", "planning to"; after "is"
# and "does" one of them is needed ("is bukele a dictator" asks nothing of what he will do)
_INTENT = re.compile(
    r"(?:(?:ever|really|actually|still|even|finally|just)\s+)?"
    r"(?:going\s+to|gonna|about\s+to|planning\s+to|plan\s+to|intend(?:ing)?\s+to"
    r"|want(?:ing)?\s+to)\s+"
    # and before the verb: "is bukele gonna at least let him out", "going to actually send"
    r"(?:(?:at\s+least|ever|really|actually|still|even|finally|just|ever)\s+)?",
    re.IGNORECASE,
)
_MAX_WILL_X_WORDS = 4


def asks_what_someone_will_do(question: str) -> bool:
    """Whether `question` asks whether someone will do something ("will X send ...", "is X
    going to ..."), as `_asks_what_x_will_do` reads it, whoever X is."""
    return next(_will_x_spans(question), None) is not None


def _asks_what_x_will_do(
    question: str, finder: MentionFinder, plain: ReadQuestion
) -> ReadQuestion | None:
    """The reading of "will X <verb> ...?" (or "is X going to", "does X plan to") as asking
    X's words on it, when X names someone the story knows; None otherwise (no one named, or
    someone it does not know: searched as asked)."""
    for who, verb in _will_x_spans(question):
        read = _read_speaker(question, who, verb, finder, plain)
        if read is not None and read.speakers:
            return read
    return None


def _will_x_spans(question: str) -> Iterator[tuple[tuple[int, int], tuple[int, int]]]:
    """Where X and the verb may stand in "will X <verb>", "is X going to <verb>": each
    reading of one to four words after the auxiliary as X, shortest first."""
    will = _ASKS_WILL_X.match(question)
    if will is None:
        return
    needs_intent = will.group("aux").lower().startswith(("is", "does", "doesn"))
    words = list(_WORD.finditer(question, will.start("rest")))
    for count in range(1, min(_MAX_WILL_X_WORDS, len(words) - 1) + 1):
        after = words[count].start()
        intent = _INTENT.match(question, after)
        if needs_intent and intent is None:
            continue
        verb = _WORD.match(question, intent.end() if intent else after)
        if verb is not None and "VERB" in all_lemmas(verb.group().lower()):
            yield (words[0].start(), words[count - 1].end()), verb.span()


# The words of reacting: WordNet's most frequent sense of "react" and of "respond" is one
# ("show a response or a reaction to something"), a response in deed as much as in word
_REACTION_STEMS = frozenset(stem(word) for word in "react reaction respond response reply".split())


# Words asking for someone's first or last words: "Quinn's first words", "her opening
# remarks", "the first thing the mayor said", "her closing words", "his final remarks", "the
# last thing she said" (which of their words, by the story's order)
_FIRST_OR_LAST_WORDS = re.compile(
    r"\b(?:(?P<first>first|opening|initial|earliest)|last|closing|final|parting)\s+"
    r"(?:(?:few|public|official)\s+)?"
    rf"(?:(?:{_NOUNS_OF_SPEECH})\b|things?\b(?:\s+\w+){{0,6}}?\s+(?:said|says|say|told|tells)\b)",
    re.IGNORECASE,
)
# A topic told after them: "her first words about the lighthouse", "his first comment on X"
_ABOUT_AFTER = re.compile(
    r"(?:\s+\w+){0,6}?\s+(?:about|on|regarding|concerning|over)\s+\w", re.IGNORECASE
)


@dataclass(frozen=True, slots=True)
class WordsInOrder:
    """Someone's first or last words asked for (`words_in_order_asked`)."""

    last: bool  # the last the story quotes of them ("closing", "final"), not the first
    about: bool  # what they are about named after them ("her first words about the pier")


def words_in_order_asked(question: str) -> WordsInOrder | None:
    """Whether `question` asks for someone's first words ("What were Quinn's first words?",
    "her opening remarks", "the first thing calder said") or last ("her closing words", "his
    final remarks", "the last thing she said"): None when it does neither; else which, and
    whether it names what they are about after them ("her first words about the lighthouse":
    the first of her words on it, not her first of all)."""
    match = _FIRST_OR_LAST_WORDS.search(question)
    if match is None:
        return None
    about = _ABOUT_AFTER.match(question, match.end()) is not None
    return WordsInOrder(last=match.group("first") is None, about=about)


def asks_for_a_reaction(question: str, read: ReadQuestion) -> bool:
    """Whether `read` (of `question`) asks for someone's words with a verb or noun of reacting
    ("how did X respond when ...", "X's reaction to ..."): a story may answer with what they
    did ("which X rebuffed"), quoting them or not."""
    if read.verb_span is None:
        return False
    asked = question[read.verb_span[0] : read.verb_span[1]]
    return any(stem(word.lower()) in _REACTION_STEMS for word, _, _ in iter_words(asked))


def names_a_reaction(question: str) -> bool:
    """Whether `question` holds a verb or noun of reacting ("did X respond at all", "X's
    reaction"), wherever it stands."""
    return any(stem(word.lower()) in _REACTION_STEMS for word, _, _ in iter_words(question))


def words_asked_after(question: str) -> bool:
    """Whether a sentence of `question` after its first asks only for someone's words
    (`asks_again`: "did Biden respond at all? what did he say"): the words are asked, not
    whatever else would answer the first."""
    later = re.split(r"[?!.]+\s+", question.strip())[1:]
    return any(asks_again(sentence) for sentence in later if sentence)


# What a reaction was to: the words after the verb or noun of reacting, from the word that
# relates them ("to", "when", "while", "after", ...) to the end of the sentence
_REACTED_TO = re.compile(
    r"\s*(?:to|when|while|after|as|at|on|over|about|regarding|concerning)\s+"
    r"(?P<what>[^?!.]*[\w'’])",
    re.IGNORECASE,
)


def reacted_to(question: str, read: ReadQuestion) -> str | None:
    """What `read` (of `question`, asking for a reaction: `asks_for_a_reaction`) asks the
    reaction to: "how did X react when Y refused to send Garcia back": "Y refused to send
    Garcia back"; "X's reaction to the ruling": "the ruling". None when it names nothing."""
    if read.verb_span is None:
        return None
    found = _REACTED_TO.match(question, read.verb_span[1])
    return found.group("what") if found else None


# What someone else did or said, set after the speech verb by "when", "after", "as" or
# "while" ("what did trump even say when bukele said he can't send garcia back"): a few words
# may stand between ("say back when", "say right after")
_WHEN_SOMEONE_ELSE = re.compile(
    r"(?:\s+[^\W\d_]+){0,2}?\s+(?:when|after|as|while|once)\s+(?P<what>[^?!.]*[\w'’])",
    re.IGNORECASE,
)


def said_in_reaction_to(question: str, read: ReadQuestion) -> str | None:
    """What `read` (of `question`) asks its speaker's words in reaction to, when it asks what
    they said when someone else the story knows did or said something ("what did trump say
    when bukele said he can't send garcia back": "bukele said he can't send garcia back"), as
    "how did trump react when ..." asks (`reacted_to`): their words after the event. None when
    the clause's subject is no one the story knows by name or by a role only they hold, or
    the speaker themselves: "what did bukele say when he met trump", "... when they asked him
    about garcia" ask their words at that time, which may tell of it."""
    if read.kind is not QuestionKind.SPEAKER or read.verb_span is None or not read.speakers:
        return None
    found = _WHEN_SOMEONE_ELSE.match(question, read.verb_span[1])
    if found is None:
        return None
    start = found.start("what")
    article = LEADING_ARTICLE.match(question, start)  # "the commissioner said ..."
    starts = {start, article.end() if article else start}
    subject = next((group for group in read.found if group.start in starts), None)
    if subject is None or not (subject.by_name or len(subject.people) == 1):
        return None  # (a role several hold: which one did it?)
    asked = {person.id for person in read.speakers}
    if asked.intersection(person.id for person in subject.people):
        return None
    return found.group("what")


# Words said to someone, after the speech verb: "say (back) to him", "say ... to his face",
# "tell her", "told him"; and the words before a known person's name that make them the one
# spoken to ("say to Bukele", "tell Bukele": `asks_words_addressed`)
_ADDRESSED_PRONOUN = re.compile(
    r"\bto\s+(?:(?:his|her|their)\s+faces?|him|her)\b"
    r"|\b(?:tell|tells|telling|told)\s+(?:him|her)\b",
    re.IGNORECASE,
)
_TO_SOMEONE_BEFORE = re.compile(r"(?:\bto|\b(?:tell|tells|telling|told))\s+$", re.IGNORECASE)
# Words two people said to each other ("what did trump and bukele say to each other", "what
# did they tell one another"): each one's words to the other's face
_ADDRESSED_EACH_OTHER = re.compile(
    r"\b(?:to|tell|tells|telling|told)\s+(?:each\s+other|one\s+another)\b", re.IGNORECASE
)
_OWNER_AFTER = re.compile(r"['’]s?\b")


def words_addressed(question: str, read: ReadQuestion) -> tuple[tuple[int, int], ...]:
    """Where `read` (of `question`) says whom its speaker's words were said to, a person
    ("what did the mayor say to Hardy", "what'd she tell him", "what did he say about Hardy to
    his face": Hardy too, the one other person it names): words spoken to someone face to
    face, which a quotation gives in the second person ("you"), not what the speaker said of
    them elsewhere ("If [Hardy] can ..."), and whose name is then no topic a passage must
    hold. None when it asks no such thing: not words to a place, a crowd or a thing ("say
    to reporters", "send him to El Salvador"), nor to someone's own ("told Hardy's aide")."""
    if read.kind is not QuestionKind.SPEAKER or read.verb_span is None:
        return ()
    verb, after = read.verb_span
    speaker = read.speaker_span or (0, 0)
    others = [
        group
        for group in read.found
        if group.by_name and not speaker[0] <= group.start < speaker[1]
    ]
    pronoun = _ADDRESSED_PRONOUN.search(question, verb)
    if pronoun is None and _names_several_speakers(read, speaker):
        # "what did trump and bukele say to each other": each is whom the other spoke to, so
        # words naming the other said elsewhere ("If [President Bukele] can ...") are none
        # of them
        pronoun = _ADDRESSED_EACH_OTHER.search(question, verb)
        if pronoun is not None:
            return (pronoun.span(),)
    if pronoun is not None:
        # the one other person the question names is whom the pronoun means
        named = [(group.start, group.end) for group in others] if len(others) == 1 else []
        return (pronoun.span(), *named)
    return next(
        (
            ((group.start, group.end),)
            for group in others
            if group.start >= after
            and _TO_SOMEONE_BEFORE.search(question, 0, group.start)
            and not _OWNER_AFTER.match(question, group.end)
        ),
        (),
    )


# "beyond the cost argument", "besides the cash", "aside from the prisons", "other than
# Trump": what a question sets aside (`set_aside`)
_SET_ASIDE_OPENINGS = frozenset("beyond besides aside apart other except".split())
_SET_ASIDE = re.compile(
    r"\b(?:beyond|besides|aside\s+from|apart\s+from|other\s+than|except(?:\s+for)?)\s+",
    re.IGNORECASE,
)
# where the words set aside end: a mark ("beyond the optics, what ...", "besides $$ 🤔"), or
# a word opening the rest of the question ("beyond the cost does he say", "besides the cash
# what", "beyond the relationship i.e. ..."); not a preposition ("aside from raising money
# for repairs"), nor "and" ("beyond just the US and El Salvador" sets both aside)
_SET_ASIDE_END = re.compile(
    r"[^\w\s'’$%-]|\b(?:but|so|i\.?e|e\.?g|what|why|how|who|whom|whose|which|when"
    r"|where|does|do|did|is|are|was|were|has|have|had|will|would|can|could|should|may|might"
    r"|per|according|he|she|they|we|i|you)\b",
    re.IGNORECASE,
)


def set_aside(question: str) -> tuple[tuple[int, int], ...]:
    """Where `question` sets something aside to ask past it ("why does the professor think
    the meeting matters beyond the bilateral relationship", "how does bukele come out ahead
    besides the cash", "beyond the cost argument, how did Miller justify it"): each span from
    the word setting it aside to where its phrase ends (`_SET_ASIDE_END`). What it sets aside
    is what it does not ask about: its words are no topic a passage must hold."""
    if not may_hold_word(question, _SET_ASIDE_OPENINGS):
        return ()
    spans = []
    for aside in _SET_ASIDE.finditer(question):
        end = _SET_ASIDE_END.search(question, aside.end())
        stop = end.start() if end is not None else len(question)
        stop = aside.end() + len(question[aside.end() : stop].rstrip())
        if _WORD.search(question, aside.end(), stop):  # words, not marks alone ("besides $$")
            spans.append((aside.start(), stop))
    return tuple(spans)


def _names_several_speakers(read: ReadQuestion, speaker: tuple[int, int]) -> bool:
    """Whether `read` names two people or more (by id) by name within its `speaker` span:
    read until a second id, not every one (a surname names dozens at 100,000 passages)."""
    first = None
    for group in read.found:
        if speaker[0] <= group.start < speaker[1]:
            for person in group.by_name:
                if first is None:
                    first = person.id
                elif person.id != first:
                    return True
    return False


# "in his own words", "in her words": the words of whom the question names; and "anything
# quotable?", "any quotes?" said of what they did ("how did bukele open in the oval, anything
# quotable??")
_IN_OWN_WORDS = re.compile(
    r"\bin\s+(?:his|her|their)\s+(?:own\s+)?words\b"
    r"|\b(?:any(?:thing)?|something)\s+(?:quotable|(?:good\s+)?quotes?)\b",
    re.IGNORECASE,
)


def _in_their_own_words(
    question: str, finder: MentionFinder, plain: ReadQuestion
) -> ReadQuestion | None:
    """The reading of a question asking "in his own words" what the one person it names made
    of something ("in his own words, how did bukele size up the fee"): what they said. None
    when it asks no such thing or names more or fewer than one person the story knows."""
    lower = question.lower()
    own_words = _IN_OWN_WORDS.search(question) if "words" in lower or "quot" in lower else None
    if own_words is None or len(plain.found) != 1:
        return None
    named = plain.found[0]
    read = _read_speaker(question, (named.start, named.end), own_words.span(), finder, plain)
    return read if read is not None and read.speakers else None


# "bondi on garcia?", "the cornell prof on deterrence": someone, then "on" and a topic, as
# chat asks for their words on it. The lazy `who` stops at the first "on".
_X_ON = re.compile(
    # after a word joining it to what came before: "and trump on the cost?", "so hrw on ..."
    r"^\W*(?:(?:and|so|but|also|ok|okay)\s+)?"
    r"(?P<who>[^\W\d_][\w.'’-]*(?:\s+[\w.'’-]+){0,5}?)\s+on\s+(?=[^\W_])",
    re.IGNORECASE,
)
_ON = frozenset({"on"})
# The function words a speaker's words may hold: "the president of El Salvador on ..."
_FUNCTION_WORDS_OF_NAMES = frozenset("the a an this that of".split())
_QUESTION_WORDS = frozenset("what whats why how when where who whos which whose".split())


def _asks_x_on(question: str, finder: MentionFinder, plain: ReadQuestion) -> ReadQuestion:
    """The reading of "X on Y?" where X are words for someone: the last of them a name the
    story uses, a role, or no English word ("obama", "the aclu"). Asking someone the story
    never quotes is read as "what did X say" is (and refused on the same evidence); the words
    of someone it knows are an alternative the passages decide on (`if_their_words`): "bukele
    crackdown on gangs", "any update on garcia" and "trump on tv" are about the story."""
    x_on = _X_ON.match(question) if may_hold_word(question, _ON) else None
    if x_on is None:
        return plain
    start, end = x_on.span("who")
    if _ASKS_SUMMARY.fullmatch(question, start, end):
        return plain  # "tldr on what the story says about china"
    words = [re.sub(r"['’]s?$", "", w.lower()) for w in question[start:end].split()]
    if any(
        (w in FUNCTION_WORDS and w not in _FUNCTION_WORDS_OF_NAMES) or w in _QUESTION_WORDS
        for w in words
    ):
        return plain  # "why is bukele on the list", "trump and bukele on the deal"
    last = words[-1]
    if not (
        any(group.start < end <= group.end for group in plain.found)
        or not is_english_word(last)
        or names_a_role(last)
        or _is_role(last)
    ):
        return plain  # "any update on", "the crackdown on"
    read = _read_speaker(question, (start, end), None, finder, plain)
    if read is None or read.pronoun:
        return plain
    if read.speakers:
        return ReadQuestion(
            QuestionKind.PLAIN, mentioned=plain.mentioned, found=plain.found, if_their_words=read
        )
    who = read.unknown_speaker or ""
    countries = finder.countries
    if countries is not None and countries.countries.names_a_government(
        LEADING_ARTICLE.sub("", who)
    ):
        return plain  # "el salvador on the travel advisory": what the story says of it
    if lone_name_word(who) is not None:
        # "obama on bukele?", but as well "deets on garcia": one word no English word, which
        # the corpus tells apart (`if_a_name`), as for "what did buke say"
        return ReadQuestion(
            QuestionKind.PLAIN, mentioned=plain.mentioned, found=plain.found, if_a_name=read
        )
    return read  # "the salvadoran vice president on the deal", as "what did X say" reads it


def _asks_x_said_what(
    question: str, finder: MentionFinder, plain: ReadQuestion
) -> ReadQuestion | None:
    """The reading of "X said what about Y" as asking X's words on Y, when X names someone the
    story knows, or is one word that may be a name it never uses ("the aclu said what"). Not
    otherwise: "trump's immigration guy said what" describes someone it may name in other
    words, and is searched."""
    said_what = _ASKS_X_SAID_WHAT.match(question)
    if said_what is None or not _is_speech_verb(said_what.group("verb")):
        return None
    who, verb = said_what.span("who"), said_what.span("verb")
    read = _read_speaker(question, who, verb, finder, plain)
    return read if read is not None and (read.speakers or read.if_a_name) else None


# The noun a relative clause with a speech verb says something of: "the first thing X said",
# "the only part of it X denied", "the line X used"
_RELATIVE_HEAD = re.compile(
    r"\b(?:thing|things|one|part|bit|words?|lines?|quotes?|points?|argument|reason|excuse)"
    r"(?:\s+(?:that|which))?\s+(?=\S)",
    re.IGNORECASE,
)

# A noun (one or two words after an article) and then the words naming someone, opening with
# an article or an owner's word: "the catch the professor (mentioned)", "the big risk the
# cornell guy (raised)", "the deal his press secretary (announced)"
_HEAD_THEN_SPEAKER = re.compile(
    r"\s*(?:the|a|an|that|this)\s+(?:[^\W\d_][\w'’-]*\s+){1,2}?"
    r"(?=(?:the|his|her|their)\s+[^\W\d_])",
    re.IGNORECASE,
)

# Where what a question asks starts after words set off before it by a comma, a colon or a
# semicolon: a question word, or a verb asking yes or no ("honestly, what did trump say",
# "politics aside: did bukele ...", "not to be that guy, but didn't biden ...")
_SET_OFF_QUESTION = re.compile(
    r"(?P<q>)[,;:]\s*(?:(?:so|and|but|ok|okay|then)[, ]+)?"
    r"(?=(?:what|how|why|when|where)\b"
    r"|(?:did|does|do|has|have|had|is|was|were|will|would|can|could)(?:n['’]?t)?\b"
    # a request whose question follows ("stupid bot, just tell me what ..."): a lead-in
    rf"|{_REQUEST}\s*,?\s*(?:what|why|how)\b)",
    re.IGNORECASE,
)
_SET_OFF_MARKS = ",;:"  # one of which every match of it opens with
# The same words with no mark setting them off, or a dash, when they are a phrase a
# preposition opens: "for my essay what does the professor say", "for the quiz what did trump
# say", "for the points - what shout-out did trump give": the phrase and then a question word
# (and a word it asks of) and the verb asking with it (a few words, none a question word)
_UNMARKED_OPENING = re.compile(
    r"\W*(?:for|in|on|at|about|regarding|re|from|during|after|before|since|per)\s+"
    r"(?:(?!(?:what|how|why|when|where|who|whom|which|whose)\b)[^\W\d_][\w'’-]*\s+){1,4}?"
    r"(?:[-–—]+\s*)?(?P<q>)(?=(?:what|how|why|when|where)\s+(?:[^\W\d_][\w'’-]*\s+)?"
    r"(?:did|does|do|has|have|had|would|will|is|was|were|can|could)\b)",
    re.IGNORECASE,
)


def _asked_from(question: str) -> tuple[int, int | None]:
    """Where the question proper starts: after a lead-in ("tldr on what ..."), after a
    clause opening it ("when bukele said no, what did trump say"), or after words set off
    before it that ask nothing themselves ("putting politics aside for a sec, what did trump
    say to bukele": Trump's words, as without them); and, when the words set off say whose the
    words are ("according to the press secretary, what were the two presidents going to talk
    about", "per the agreement, what did trump say"), where it starts after them, to be read
    only should they name no one (None otherwise)."""
    lead_in = _LEAD_IN.match(question)
    start = lead_in.end() if lead_in else 0
    clause = OPENING_CLAUSE.match(question, start)
    main = MAIN_QUESTION.search(question, clause.end()) if clause else None
    if main:
        return main.end(), None
    set_off = (
        _SET_OFF_QUESTION.search(question, start)
        if any(mark in question for mark in _SET_OFF_MARKS)
        else None
    ) or _UNMARKED_OPENING.match(question, start)
    opening = question[start : set_off.start("q")] if set_off else ""
    if set_off and not asks(opening):
        after = _LEAD_IN.match(question, set_off.end())  # "..., just tell me what ..."
        after_end = after.end() if after else set_off.end()
        if next(_from_x(opening), None) is not None:
            return start, after_end
        # "quick one: when X sat down ..., how did he ...": past the clause too
        clause = OPENING_CLAUSE.match(question, after_end)
        main = MAIN_QUESTION.search(question, clause.end()) if clause else None
        return (main.end() if main else after_end), None
    return start, None


def words_asked_of(question: str) -> str | None:
    """The words naming whom `question` asks the words of ("what did the first president to
    visit say": "the first president to visit"), as typed, whoever they name or describe;
    None when it does not ask what someone said with a verb of saying."""
    for (start, end), verb in _speaker_spans(question):
        if verb is not None:
            return question[start:end].strip()
    return None


def words_before_a_speech_noun(question: str) -> str | None:
    """The words typed right before a noun for what someone said, up to three, as typed
    ("union statement on the cuts": "union"; "any police response?": "any police"), whoever
    they name; None when the question holds no such noun (`_NAME_THEN_WORDS`)."""
    if not (may_hold_word(question, _WORDS_NOUNS) and _WORDS_NOUN.search(question)):
        return None
    found = _NAME_THEN_WORDS.search(question)
    return found.group("who") if found is not None else None


def speaker_words_asked(question: str) -> str | None:
    """The words naming whom `question` asks what they said, by a question word and a verb of
    saying ("what did el capitan del puerto say": "el capitan del puerto"), as typed; None
    when it asks no such thing, or the words are too many, or run past a mark, to name one
    person ("does china have smth to do w this?? my friend said": a clause). Not a source
    set off ("per HRW", "according to the article"), which may be a document."""
    start, _ = _asked_from(question)
    for (begin, end), verb in _asking_spans(question, start):
        who = question[begin:end].strip()
        if verb is None or not who or len(who.split()) > _MAX_SPEAKER_WORDS:
            continue
        if any(mark in who for mark in "?!.;:,"):
            continue
        return who
    return None


@functools.lru_cache(maxsize=256)
def _speaker_spans(question: str) -> tuple[tuple[tuple[int, int], tuple[int, int] | None], ...]:
    """Candidate (speaker, verb) spans, most specific pattern first. Remembered: the reading
    of a question and whose words it asks (`words_asked_of`) each read them of one text."""
    spans: list[tuple[tuple[int, int], tuple[int, int] | None]] = []
    start, past_source = _asked_from(question)
    spans += _asking_spans(question, start)
    # the speech noun or cue ("response", "according to") is how the question asks, not what
    quote_x = _ASKS_QUOTE_X.finditer(question) if may_hold_word(question, _QUOTE_VERBS) else ()
    x_words = (
        _ASKS_X_WORDS.finditer(question)
        if may_hold_word(question, _SPEECH_NOUN_WORDS) and _X_WORDS_TAIL.search(question)
        else ()
    )
    their_words = _ASKS_THEIR_WORDS.finditer(question) if may_hold_word(question, _THEIR) else ()
    from_x = _from_x(question) if may_hold_word(question, _FROM_X_WORDS) else ()
    words_used = (
        _ASKS_WORDS_X_USED.finditer(question) if may_hold_word(question, _WORDS_USED) else ()
    )
    for match in (*quote_x, *x_words, *their_words, *from_x, *words_used):
        start, end = match.span("who")
        if match.re is _ASKS_X_WORDS:
            asking_words = _ASKING_BEFORE_X.match(question, start, end)
            if asking_words and asking_words.end() < end:
                start = asking_words.end()
        spans.append(((start, end), match.span("verb")))
    if past_source is not None:
        # "per the agreement, what did trump say": the source names no one, Trump is asked
        spans += _asking_spans(question, past_source)
    return tuple(spans)


# A reason or an answer asked for as the object someone gave ("what reason did bukele give",
# "what excuse has he offered", "which explanation did the mayor provide"): giving it is
# saying it. So is giving, sending or paying anything said ("what shout-out did the mayor give
# the fans", "what message did she send the strikers", "which compliment did he pay her",
# "what warning did the chief issue")
_GIVEN_REASON = re.compile(
    r"(?:(?:so|and|but|ok|okay|then)[, ]+)?(?:what|which)\s+(?:[\w'’-]+\s+)?"
    r"(?:reasons?|excuses?|explanations?|justifications?|rationale|answers?|responses?"
    r"|shout-?outs?|shout\s+outs?|messages?|warnings?|praise|compliments?|greetings?"
    r"|tributes?|thanks|apolog(?:y|ies)|advice|comments?|remarks?|statements?)\s+"
    r"(?:did|does|do|has|have|had|would|will)\s+(?P<who>(?:[\w'’.-]+\s+){1,5}?)"
    r"(?P<verb>give|gave|given|offer|offered|provide|provided|send|sends|sent|pay|paid"
    r"|deliver|delivered|issue|issued|extend|extended|make|made)\b",
    re.IGNORECASE,
)
_GIVEN_VERBS = frozenset(  # one in every match of it (`may_hold_word`)
    "give gave given offer offered provide provided send sends sent pay paid deliver delivered"
    " issue issued extend extended make made".split()
)


# "What" asking of a thing named after it, and the verb asking with, the speaker's words
# following: "what risk did the professor mention", "what gangs has the press sec talked
# about", "what kind of threat is the cornell guy warning about" (the thing is what the words
# are about, not whom they are of). The thing is one to three words, none a verb asking ("what
# did ...") nor a question word. Not "which": `_ASKING` never read it as asking anyone's words
# (eval-own-9z's "which country did bukele say ..." finds the professor's words about him).
_AUXILIARIES = "did|does|do|has|have|had|would|will|is|are|was|were|can|could"
_NOUN_ASKED = re.compile(
    r"(?:(?:so|and|but|ok|okay|then)[, ]+)?what\s+"
    # not an article, a preposition or an adverb first: "what the hell did trump say", "what
    # on earth did he say", "what exactly did he say" ask no thing of his (`_ASKING` reads them)
    r"(?!(?:the|a|an|this|that|these|those|in|on|of|for|about|else|exactly|precisely|then"
    r"|tf|tha|da)\s)"
    rf"(?:(?!(?:{_AUXILIARIES}|what|which|who|whom|whose|how|why|when|where)\b)"
    r"[^\W\d_][\w'’-]*\s+){1,3}?"
    rf"(?P<aux>(?:{_AUXILIARIES})(?:n['’]?t)?|won['’]?t|can['’]?t)\s+(?=[^\W\d_])",
    re.IGNORECASE,
)


_SENTENCE_BREAK = re.compile(r"[?!;\n]")


def _noun_asked_span(question: str, start: int) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """The (speaker, verb) span of a question asking of a thing someone said (`_NOUN_ASKED`:
    "what risk did the professor mention": the professor's words on a risk), the speaker's
    words after the verb asking and before their own; None when it is not such a question,
    names no one before the verb, or is passive ("what risk was mentioned by ...")."""
    asked = _NOUN_ASKED.match(question, start)
    if asked is None:
        return None
    aux = asked.group("aux").lower().replace("’", "'")
    # the thing asked of, its last word: something said ("what issue did the senator raise")
    # makes a verb with a sense of saying ask for their words in that sense
    things = _LETTERS.findall(question, asked.start(), asked.start("aux"))
    wordnet = shared_wordnet()
    told = bool(things) and wordnet is not None and wordnet.first_names_what_is_told(things[-1])
    verb = _first_speech_verb(
        question,
        asked.end(),
        max_words=8,
        asked=_NEGATED.get(aux) or _NOT.sub("", aux),
        told=told,
    )
    if verb is None or not _WORD.search(question, asked.end(), verb[0]):
        return None
    if _SENTENCE_BREAK.search(question, asked.end(), verb[0]):
        # "what nicknames has bukele given himself? my teacher said ...": the verb is another
        # sentence's, its subject no speaker of the question's
        return None
    if _QUOTED_CLAUSE.search(question, asked.end(), verb[1]) or _is_passive(
        question, asked.start(), verb
    ):
        return None  # read as `_asking_spans` reads them
    audience = _AUDIENCE.match(question, verb[1])  # "tell reporters": how, not what
    return (asked.end(), verb[0]), (verb[0], audience.end() if audience else verb[1])


@functools.lru_cache(maxsize=256)
def _asking_spans(
    question: str, start: int
) -> tuple[tuple[tuple[int, int], tuple[int, int] | None], ...]:
    """The (speaker, verb) span of a question asking what someone said from `start` ("what
    did X say"), if it asks so. Remembered: the reading of a question (`_speaker_spans`) and
    whose words it asks (`speaker_words_asked`) each read them of one text, from one start."""
    asking = _ASKING.match(question, start)
    if not asking:
        return ()
    given = _GIVEN_REASON.match(question, start) if may_hold_word(question, _GIVEN_VERBS) else None
    if given is not None:
        # "what reason did bukele give": the reason he gave, in his words
        return ((given.span("who"), given.span("verb")),)
    noun_asked = _noun_asked_span(question, start)
    if noun_asked is not None:
        # "what risk did the professor mention": the professor's words, not "risk did ..."'s
        return (noun_asked,)
    verb = _first_speech_verb(question, asking.end(), max_words=10, asked=_asked_with(asking))
    start = asking.end()
    if verb is not None and _QUOTED_CLAUSE.search(question, start, verb[1]):
        # "what did the professor who was quoted say": the verb is the one after the clause
        verb = _first_speech_verb(question, verb[1], max_words=4, asked=_asked_with(asking))
    # "whats the catch the professor mentioned": a noun and then whom a relative clause
    # names, the words it says theirs (not "the catch the professor" asked of)
    named_after = _HEAD_THEN_SPEAKER.match(question, start, verb[0]) if verb else None
    if verb is not None and _is_passive(question, asking.start(), verb):
        # "what was the first thing Bukele said": the words a relative clause says, not
        # a passive ("what was said", "what was Bukele told")
        head = named_after or _RELATIVE_HEAD.search(question, start, verb[0])
        start = head.end() if head else -1
    elif named_after is not None and asking.group("is"):
        start = named_after.end()
    if verb is None or start < 0:
        return ()
    audience = _AUDIENCE.match(question, verb[1])  # "tell reporters": how, not what
    return (((start, verb[0]), (verb[0], audience.end() if audience else verb[1])),)


def _past_a_country(
    question: str,
    who_span: tuple[int, int],
    verb_span: tuple[int, int],
    finder: MentionFinder,
    plain: ReadQuestion,
) -> ReadQuestion | None:
    """The reading with the speaker's words running past a speech verb that is part of a
    country's name ("States"), when that names someone the story knows. Only tried when the
    first reading names no one the story knows: most questions never need the countries."""
    countries = finder.countries
    if countries is None:
        return None
    names = countries.countries.in_text(question, cased=False, people_words=False)
    verb: tuple[int, int] | None = verb_span
    while verb is not None and any(start <= verb[0] < end for _, start, end in names):
        verb = _first_speech_verb(question, verb[1], max_words=10, asked="")
    if verb is None or verb == verb_span:
        return None
    read = _read_speaker(question, (who_span[0], verb[0]), verb, finder, plain)
    return read if read is not None and read.speakers else None


# "why is Bukele criticized", "has he been accused of": a form of "be" before a past
# participle makes the one named the object of the speech, not its speaker.
_BE = re.compile(r"\b(?:is|are|was|were|been|being|be|get|gets|got|getting)\b", re.IGNORECASE)
_PARTICIPLE = re.compile(r"(?:ed|en|told|said|thought|written|spoken)$", re.IGNORECASE)
_SPEAKER_STAYS = re.compile(r"\s+(?:as|to)\b", re.IGNORECASE)
_BE_PRESENT_OR_PAST = frozenset("is are was were".split())


def _is_passive(question: str, start: int, verb: tuple[int, int]) -> bool:
    """Whether the speech verb at `verb` is passive in the question asked from `start`."""
    word = question[verb[0] : verb[1]]
    if _SPEAKER_STAYS.match(question, verb[1]) or word.lower() in {"quoted", "reported"}:
        return False  # "what was Bukele quoted as saying": still his words
    return bool(_PARTICIPLE.search(word) and _BE.search(question, start, verb[0]))


def _first_speech_verb(
    question: str, start: int, max_words: int, *, asked: str | None = None, told: bool = False
) -> tuple[int, int] | None:
    """The first speech word within `max_words` words from `start`. Given `asked`, the verb
    the question asks with ("" for none), only one a speaker's verb: "does Trump care about the
    abuse claims" names no speech of Trump's (`_is_noun_use`); and a verb after the speaker
    words is one too where WordNet tells it is a verb of saying (`_said_in_words`: "what
    number did miller cite", "what did trump joke about"), or, where the thing asked of is
    something said (`told`: "what issue did the senator raise"), where one of its senses is.
    A verb of appraising ("assess", "judge", "rate", "size up") is one only after the speaker
    words of a question "how" asks with an auxiliary ("how did the professor assess the
    meeting"), not as a noun (`_is_noun_use`: "the judge", "the court's judge") nor a noun
    naming someone that heads them (`_appraising_verb`: "how did judge ortiz rule")."""
    before = ""
    how: bool | None = None  # whether "how" asks, read at the first word that may need it
    # a verb of another sentence is not the one asking: "what year did bukele try to see
    # biden? thank you kindly" asks nobody's words ("thank" after the question mark)
    for count, word in enumerate(_WORD.finditer(question, start, _sentence_end(question, start))):
        if count >= max_words:
            return None
        written = word.group()
        speech, particle, may_act = _word_tests(written)
        if speech and (asked is None or not _is_noun_use(before, written, asked)):
            return word.span()
        if how is None and asked and count:
            how = _HOW_ASKS.search(question, 0, start) is not None
        if how and count and not _is_noun_use(before, written, asked or ""):
            appraising = _appraising_verb(question, word)
            if appraising is not None:
                return appraising
        if (
            not speech
            and asked
            and count
            and not _is_noun_use(before, written, asked)
            and _said_in_words(question, word, told=told)
        ):
            return word.span()
        if particle is not None:  # a speech verb with its particle ("weighed in")
            after = _PARTICLE.match(question, word.end())
            if after is not None and after.group("particle").lower() == particle:
                return word.start(), after.end()
        # every match opens with one of the verbs (as the word: a space follows)
        act = _SPEECH_ACT.match(question, word.start()) if may_act else None
        if act is not None and act.group("misgiving"):
            # "did the professor flag any caveats": his words, which the noun says are a
            # warning ("warned"): a word of the topic, not of the verb
            return act.start(), act.start("misgiving")
        if act is not None:  # "did amnesty international put out a statement"
            return act.span()
        before = written
    return None


# An auxiliary or a form of "be" before a possessive asks of what follows ("what were his
# exact words", "what does their analysis say"), no deed done to it
_NO_DEEDS = frozenset(_AUXILIARIES.split("|")) | frozenset(
    "am be been being should shall may might must".split()
)


def _a_deed_verb(word: str) -> bool:
    """Whether `word`, before "his", "her" or "their" and a speech noun, is a verb doing
    something to those words ("change", "repeat", "lift"): a verb by its most frequent word
    class, in lower case, no verb of saying ("did he say his ...") nor an auxiliary ("what were
    his exact words", "what does their analysis say"). "did Leavitt make her comments" is read
    as words put out (`_SPEECH_ACT`) before this is asked."""
    classes = shared_word_classes()
    return (
        word.islower()
        and word.isalpha()
        and word not in _PREPOSITIONS
        and word not in _NO_DEEDS
        and not _word_tests(word)[0]
        and classes is not None
        and classes.class_of(word) is WordClass.VERB
    )


def _appraising_verb(question: str, word: re.Match[str]) -> tuple[int, int] | None:
    """The span of the verb of appraising `word` of `question` opens (`_APPRAISING`: the word,
    or it and its particle, "size up"), or None. A word that also names someone ("judge") is
    the verb only with its object right after it, opening with a determiner, a pronoun or an
    owner ("how did the professor judge the meeting", "... judge ortiz's ruling"); before a
    name or a verb it is a noun heading the speaker words ("how did county judge ortiz rule",
    "how did the county judge rule")."""
    lower = word.group().lower()
    particle = _APPRAISING.get(stem(lower))
    if particle is None:
        return None
    if particle:
        taken = _PARTICLE.match(question, word.end())
        if taken is None or taken["particle"].lower() != particle:
            return None
        return word.start(), taken.end()
    if is_person_noun(lower):
        after = _WORD.search(question, word.end())
        opens = after is not None and (
            after.group().lower() in _OBJECT_OPENERS or re.search(r"\w['’]s?$", after.group())
        )
        if not opens:
            return None
    return word.span()


def _sentence_end(question: str, start: int) -> int:
    """Where the sentence of `question` holding `start` ends: its first mark closing a
    sentence from `start` on, but one inside brackets ("what did the press secretary
    (levitt?) say"); the question's end when none."""
    for mark in _SENTENCE_BREAK.finditer(question, start):
        if question.count("(", 0, mark.start()) <= question.count(")", 0, mark.start()):
            return mark.start()
    return len(question)


def _said_in_words(question: str, word: re.Match[str], *, told: bool) -> bool:
    """Whether `word` of `question`, after the speaker words of a question asking with an
    auxiliary ("what did X ..."), is a verb of saying by WordNet (`_says_by_wordnet`): used
    as a verb, mostly one (WordNet's tags: "cite", not "guy", "term" or "name") or followed by
    "about" ("joke about"). Not a verb of not saying ("refuse", "decline"), nor a participle
    English uses as a preposition ("the reproach made to him regarding China": what about,
    though WordNet's "regard" is {consider, view} and "what is the reproach made to" was read
    as the speaker)."""
    lower = word.group().lower().strip("'’.")
    if lower in REFUSAL_VERBS or lower in PREPOSITIONS or not lower.isalpha():
        return False
    lemma = lemma_of(lower)
    if lemma in _REFUSING or not _says_by_wordnet(lemma, told=told):
        return False
    after = _WORD.match(question, word.end() + 1) if word.end() < len(question) else None
    if after is not None and after.group().lower() == "about":
        return True
    classes = shared_word_classes()
    return classes is not None and classes.class_of(lower) is WordClass.VERB


# The verbs of not saying, as lemmas ("refuse", "decline")
_REFUSING = frozenset(lemma_of(verb) for verb in REFUSAL_VERBS)


@functools.lru_cache(maxsize=4096)
def _says_by_wordnet(lemma: str, *, told: bool = False) -> bool:
    """Whether the verb `lemma`'s most frequent sense (any of its three most frequent where
    `told`: the thing asked of is something said) is a verb of saying in WordNet: a sense of
    a verb asking for someone's words (`ASKING_VERBS`: "cite" is {mention, cite, bring up,
    ...}), or a kind of one or of uttering, which saying is a kind of ("declare": {state,
    say, tell}; "raise" in "raise a question": {express, verbalize, utter}). Not "flag"
    ("communicate or signal with a flag") nor "joke" ("tell a joke", a kind of
    communicating beside talking: what is asked is a joke, which no passage is known to
    hold)."""
    wordnet = shared_wordnet()
    if wordnet is None:
        return False
    roots = _senses_of_saying()
    for offset in wordnet.verb_senses(lemma)[: 3 if told else 1]:
        if offset in roots or roots & wordnet.verb_broader(offset):
            return True
    return False


@functools.cache
def _senses_of_saying() -> frozenset[int]:
    """The most frequent senses of the verbs asking for someone's words (`ASKING_VERBS`),
    and the sense of uttering that saying is a kind of ({express, verbalize, utter})."""
    wordnet = shared_wordnet()
    if wordnet is None:
        return frozenset()
    roots = {senses[0] for verb in ASKING_VERBS if (senses := wordnet.verb_senses(verb))}
    roots |= wordnet.verb_broader(wordnet.verb_senses("say")[0])
    return frozenset(roots)


# What `_first_speech_verb` reads of each word it passes, remembered by the word (a question
# passes some ten, most of them words asked before: "what did X say about the ..."), bounded
_WORD_TESTS: dict[str, tuple[bool, str | None, bool]] = {}
_WORD_TESTS_KEPT = 20_000


def _word_tests(word: str) -> tuple[bool, str | None, bool]:
    """Whether `word` is a speech verb (`_is_speech_verb`), the particle it takes as a phrasal
    speech verb (`_PHRASAL_SPEECH`: "weighed in"; None: none), and whether a `_SPEECH_ACT` may open
    with it (an ASCII word of the verbs it lists; any other word is tried as it is)."""
    tests = _WORD_TESTS.get(word)
    if tests is None:
        lower = word.lower()
        tests = (
            _is_speech_verb(word),
            _PHRASAL_SPEECH.get(stem(lower)),
            not word.isascii() or lower in _SPEECH_ACT_VERBS,
        )
        remember(_WORD_TESTS, word, tests, _WORD_TESTS_KEPT)
    return tests


# A verb and the words it puts out: "put out a statement", "issued a response", "made any
# comment", "make the remark", "made his 'we are ready' remark" (the words themselves quoted
# as remembered before the noun); the speech is the whole phrase, its subject the speaker. A
# verb of publishing puts out words whatever its object is called: "did amnesty put out
# anything on the deal" (not "what video did trump put out", whose object is a thing named, no
# pronoun).
_SPEECH_ACT = re.compile(
    r"(?:(?:issue[sd]?|release[sd]?|put(?:s|ting)?\s+out|make[s]?|made|give[sn]?|gave"
    r"|post(?:s|ed)?|publish(?:es|ed)?)\s+(?:a|an|any|some|its|their|his|her|the|that|this)\s+"
    r"(?:[\"“‘'][^\"“”‘’\n]{1,80}?[\"”’']\s+)?"
    r"(?:[^\W\d_]+\s+)?(?:statements?|comments?|responses?|reply|replies|remarks?)"
    r"|(?:issue[sd]?|put(?:s|ting)?\s+out|publish(?:es|ed)?)\s+(?:anything|something)"
    # "did the professor voice any reservations", "has she raised concerns", "did he flag
    # any caveats", "did they raise any red flags": said in words
    r"|(?:voice[sd]?|voicing|express(?:es|ed)?|raise[sd]?|raising|flag(?:s|ged|ging)?)\s+"
    r"(?:(?:a|an|any|some|its|their|his|her)\s+)?(?:[^\W\d_]+\s+)?"
    r"(?P<misgiving>concerns?|reservations?|doubts?|worries|objections?|criticisms?|misgivings"
    r"|caveats?|warnings?|red\s+flags?))\b",
    re.IGNORECASE,
)


# The words a `_SPEECH_ACT` match opens with (in ASCII; case-insensitive matching lets some
# other letters stand for them: a word with any is matched as it is).
_SPEECH_ACT_VERBS = frozenset(
    "issue issues issued release releases released put puts putting make makes made give gives"
    " given gave post posts posted publish publishes published voice voices voiced voicing"
    " express expresses expressed raise raises raised raising flag flags flagged flagging".split()
)


def _asked_with(asking: re.Match[str]) -> str:
    """The verb `asking` asks with, lower-case ("did" for "whatd"; "" for none)."""
    if asking.group("did"):
        return "did"
    if asking.group("is"):
        return "is"
    asked = (asking.group("aux") or asking.group("yes_no") or "").lower().replace("’", "'")
    return _NEGATED.get(asked) or _NOT.sub("", asked)


_NOT = re.compile(r"n'?t$")  # "doesn't", "didnt": "does", "did"
# A run of letters (compiled once: a speaker's labels are read for each of a surname's people)
_LETTERS = re.compile(r"[^\W\d_]+")

# Negated auxiliaries whose positive form is not the word before "n't".
_NEGATED = {"won't": "will", "wont": "will", "can't": "can", "cant": "can", "ain't": "is"}


# Words after which a speech word is a noun: "the claims", "his remarks", "any comment".
_DETERMINERS = frozenset(
    "the a an its my your our this that these those any some all no such".split()
)
# A speech noun after these is the words of the person named before it, as "Leavitt's
# comments" is: "when did Leavitt make her comments" asks about hers.
_THEIR_OWN = frozenset("his her their".split())
# Words an object opens with right after its verb: a determiner, a pronoun, a clause's word
_OBJECT_OPENERS = (
    _DETERMINERS | _THEIR_OWN | frozenset("him them it us me you whether if how what".split())
)
# After these a speaker's own verb is bare or a participle ("did X say", "has X claimed"):
# a speech word in -ing is then a noun ("does Trump care about the warning").
_BARE_OR_PARTICIPLE = frozenset("did does do has have had would will can could".split())
# After these a speech word is a noun: "the secretary of state", "a call for comment". Not
# "to": "what did Bukele have to say" is his verb.
_PREPOSITIONS = frozenset("of for in on at by with from about into over under than".split())


def _is_noun_use(before: str, word: str, asked: str) -> bool:
    """Whether the speech word `word` (after the word `before`) is used as a noun in a question
    asking with the verb `asked`: after a determiner or a possessive ("the claims", "Trump's
    warning"; not "his", "her", "their", which say whose words are asked for); in -ism ("the
    China criticism"); and after any verb asking, in -s ("does Trump care about the HRW
    reports": "did X say", "has X said", "is X saying" take no -s), or in -ing unless it asks
    with "is"/"was" ("is X saying"); and after a preposition ("the secretary of state")."""
    lower, previous = word.lower().strip("'’."), before.lower()
    if previous in _THEIR_OWN and not (lower.endswith("s") and is_person_noun(lower[:-1])):
        # "when did Leavitt make her comments": the words of the one named; not "his
        # critics", people of his, nor a noun of something else ("their state of emergency")
        return _names_something_else(lower)
    if previous in _DETERMINERS or previous in _PREPOSITIONS or re.search(r"\w['’]s?$", previous):
        return True
    if lower.endswith(("ism", "isms")):
        return True
    if not asked:
        return False  # "what Trump claims": his verb, in the present
    if lower.endswith("s") and not lower.endswith("ss"):
        return True
    return asked in _BARE_OR_PARTICIPLE and lower.endswith(("ing", "ings"))


# WordNet's lexicographer file of communication (noun.communication: "comment", "claim")
_NOUN_COMMUNICATION = 10


def _names_something_else(word: str) -> bool:
    """Whether the speech word `word`, as a noun, most often names something other than words:
    "state" (a country or a condition: "when did their state of emergency start"), not
    "comments", "claims", "warning"."""
    wordnet = shared_wordnet()
    if wordnet is None:
        return False
    sense = wordnet.first_noun_sense(word) or wordnet.first_noun_sense(lemma_of(word))
    return sense is not None and sense[0] != _NOUN_COMMUNICATION


def _only_an_adverb(word: str) -> bool:
    """Whether `word`, before a verb of saying, is an adverb telling how it was said
    ("officially", "formally", "openly"): a word in -ly WordNet knows only as an adverb. Not
    any adverb: "why was he kinda warning people" is read with "kinda" as it was."""
    word = word.strip(",.'’").lower()
    wordnet = shared_wordnet()
    return word.endswith("ly") and wordnet is not None and wordnet.is_only_an_adverb(word)


def _each_part_of_an_apposition_short(who: str) -> bool:
    """Whether `who` is someone named twice, set off by a comma ("the White House press
    secretary, Ms. Leavitt"), each part naming someone in few enough words: more words than
    one naming, but no clause ("long will the budget last, according to the treasurer")."""
    parts = who.split(",")
    return len(parts) == 2 and all(
        0 < len(part.split()) <= _MAX_SPEAKER_WORDS and _names_someone(part.strip())
        for part in parts
    )


# The words tying a role to its owner after it: "the chief of staff for the governor", "the
# lawyer representing the landlord", "the aide to the mayor", "the attorney of the farmer"
_OWNER_TIES = frozenset("for to of representing".split())
# The most words naming a role's owner after its tie, an article left out ("the county board")
_MAX_OWNER_WORDS = 3
# The roles of more than one word ("chief of staff")
_LONG_ROLE_HEADS = frozenset(head for head in ROLE_HEADS if len(head) > 1)


def _a_role_tied_to_its_owner(who: str) -> bool:
    """Whether `who`, more words than one naming, is a role of few enough words ending in a
    role noun ("the chief of staff", "the lawyer") tied to its owner by "for", "to", "of" or
    "representing" after it ("for the governor", "to the mayor", "of the farmer"): whom the
    owner's role names, as "the governor's chief of staff" does, no clause."""
    words = who.split()
    for at, word in enumerate(words):
        if word.lower() not in _OWNER_TIES or not 1 < at <= _MAX_SPEAKER_WORDS:
            continue
        role, owner = " ".join(words[:at]), words[at + 1 :]
        owner = owner[owner[:1] != [] and owner[0].lower() in _DETERMINERS :]
        if (
            0 < len(owner) <= _MAX_OWNER_WORDS
            and LEADING_ARTICLE.match(role)
            and (
                _ends_in_a_role(role)
                or any(tuple(role.lower().split()[-len(h) :]) == h for h in _LONG_ROLE_HEADS)
            )
            and all(w.isalpha() for w in owner)
        ):
            return True
    return False


def _read_speaker(
    question: str,
    who_span: tuple[int, int],
    verb_span: tuple[int, int] | None,
    finder: MentionFinder,
    plain: ReadQuestion,
) -> ReadQuestion | None:
    """The reading of a question asking what the words at `who_span` said, if they name
    someone; `plain` is the question's reading as a plain one."""
    start, end = who_span
    clause = _QUOTED_CLAUSE.search(question, start, end)
    who = question[start : clause.start()] if clause else question[start:end]
    words = who.split()
    # "what professor was quoted", "which adviser is cited": a form of "be" before the verb's
    # participle makes a passive of whom the role names, the one quoted (not "professor was")
    passive = verb_span is not None and _PARTICIPLE.search(question[verb_span[0] : verb_span[1]])
    while words and (
        words[-1].lower() in _FILLER
        or _HAVE_TO.fullmatch(" ".join(words[-2:]))
        or (len(words) > 1 and _only_an_adverb(words[-1]))
        or (passive and len(words) > 1 and words[-1].lower() in _BE_PRESENT_OR_PAST)
    ):
        # "what has X actually said"; "what did the press secretary have to say": "have to"
        # goes with the verb (X's own "say"), as "did" does; "did the government officially
        # say": how they said it, no part of who
        del words[-2 if words[-1].lower() == "to" else -1 :]
    words = words[: _before_deed_then_saying(words)]
    before_deed = _before_deed_on_their_words(words)
    deed_on_their_words = before_deed < len(words)
    words = words[:before_deed]
    words = words[: _before_when_owned(words)]
    who = " ".join(words).strip(" ,")
    if not who or only_when(words):
        return None
    start = question.find(who, start)
    # the clause goes with who ("the professor who was interviewed"), no topic of the question
    span = (start, len(question[: clause.end()].rstrip()) if clause else start + len(who))
    # "why doesn't the Trump team seem bothered by the abuse reports": a clause, too long for
    # someone's name or description
    read = (
        _read_speaker_words(question, who, span, verb_span, finder, plain)
        if len(words) <= _MAX_SPEAKER_WORDS
        or _each_part_of_an_apposition_short(who)
        or _a_role_tied_to_its_owner(who)
        else None
    )
    if read is not None and not read.speakers and deed_on_their_words:
        # "did the feds change their warning": a deed done to the words of someone the story
        # does not quote, which it may tell in its own words; searched, not refused
        return None
    if _JOINING.search(who):
        # "the economics professor or the mayor", "the Maryland man's wife or his lawyers":
        # people joined, each read on their own; "Procter and Gamble", one name, is read whole
        # and kept unless its parts name more of the story's people
        joined = _read_joined_speakers(question, span, verb_span, finder, plain)
        if joined is not None and (
            read is None or set(joined.speakers) > set(read.speakers) or not read.speakers
        ):
            return joined
    return read


# A day's number or a year after a month ("April 7", "7th", "2019,"): when, not who.
_DATE_NUMBER = re.compile(r"\d{1,4}(?:st|nd|rd|th)?,?", re.IGNORECASE)


# Words saying when: a span of time, alone ("yesterday") or after a word placing it ("last
# week", "this morning", "the other day")
_TIMES = frozenset(
    "yesterday today tonight tomorrow week weekend month year night morning afternoon evening"
    " day".split()
)
_PLACING_TIMES = frozenset("last this next past other the".split())
_MONTHS = MONTHS | frozenset("jan feb mar apr jun jul aug sep sept oct nov dec".split())


def only_when(words: Sequence[str]) -> bool:
    """Whether the speaker words `words` say only when, not who: "a trump quote from april 7",
    "comments from last week", "the reaction from monday" (a date, a weekday, a span of time).
    Not a month alone ("what did April say": April may be a first name)."""
    bare = [w.lower().strip(",.") for w in words]
    if not all(
        w in _MONTHS
        or w in WEEKDAYS
        or w in _TIMES
        or w in _PLACING_TIMES
        or _DATE_NUMBER.fullmatch(w)
        for w in bare
    ):
        return False
    timed = [w for w in bare if w not in _PLACING_TIMES]
    return bool(timed) and not (len(timed) == 1 and timed[0] in _MONTHS)


def _before_when_owned(words: Sequence[str]) -> int:
    """How many of the speaker words `words` name whom, when the owner's words end with
    when or which of theirs is asked ("what was Trump's April 7 comment", "Bukele's Monday
    remarks", "the mayor's recent comment": Trump's, Bukele's, the mayor's): the words after
    the last possessive, each a qualifying word (`_QUALIFYING_WORDS`: a month, a weekday,
    "recent") or a day's number, are none of anyone's name. All of them otherwise."""
    for at in range(len(words) - 1, -1, -1):
        word = words[at]
        if word.lower().endswith(("'s", "’s", "s'", "s’")):
            rest = words[at + 1 :]
            if rest and all(
                w.lower().strip(",") in _QUALIFYING_WORDS or _DATE_NUMBER.fullmatch(w) for w in rest
            ):
                return at + 1
            return len(words)
        if word.lower().strip(",") not in _QUALIFYING_WORDS and not _DATE_NUMBER.fullmatch(word):
            return len(words)
    return len(words)


def _read_speaker_words(
    question: str,
    who: str,
    span: tuple[int, int],
    verb_span: tuple[int, int] | None,
    finder: MentionFinder,
    plain: ReadQuestion,
) -> ReadQuestion | None:
    """`_read_speaker` of the words `who` at `span`, trimmed, as one person's."""
    start = span[0]
    owner = _owner_of_writing(who)
    if owner is not None:
        # "HRW's write-up", "Bukele's speech in the Oval Office": what the writing or the
        # speech says, its owner said
        read = _read_speaker(question, (start, start + owner), verb_span, finder, plain)
        if read is not None and (read.speakers or read.unknown_speaker or read.if_a_name):
            return read
    bare = LEADING_ARTICLE.sub("", who).lower()
    if bare in _PRONOUNS or bare in _POSSESSIVE_PRONOUNS:
        return _asks_speaker(plain, span, verb_span, pronoun=True)
    back = _POINTING_BACK.fullmatch(who.strip())
    if back is not None and not finder.called(back.group("noun").lower()):
        # "per that same guy", "what did this dude say": whoever was talked of, as "he"
        return _asks_speaker(plain, span, verb_span, pronoun=True)
    if bare in _NOT_SPEAKERS:
        return None
    reading = _with_roles_spelt(who)  # "the Cornell profesor": the Cornell professor
    reading = _with_role_initials(reading, finder)  # "trump's AG": Trump's attorney general
    reading = _with_story_spellings(reading, finder)  # "the harbor master": its harbour master
    found: Sequence[Found] = finder.find_groups(reading)
    owned = _with_name_owning(reading, found)  # "the Trump aide": Trump's aide
    if owned != reading:
        reading = owned
        found = finder.find_groups(reading)
    if not found and not _unique(
        finder.descriptions.fitting(description_words(reading, _ROLE_QUALIFIERS))
    ):
        # "the union head": the union leader (a kind of leader in WordNet), where the words as
        # typed find no one ("the Head family" may be the story's Heads) and describe no one
        # ("the clinic's boss" is its chief executive, "boss" a "chief" in WordNet)
        reading = in_leader_words(reading)
        found = finder.find_groups(reading)
    named = _speakers_named(reading, found, plain.found, span)
    if not named:
        # "the Salvadoran leader", "Trump's spokeswoman": the story's word for the role (of
        # the owner's country: "Bukele's spokesman" is not the White House press secretary)
        by_synonym = _found_by_role_synonym(reading, finder) or _found_by_wordnet_synonym(
            reading, finder
        )
        if by_synonym:
            found = by_synonym
            named = _speakers_named(reading, found, plain.found, span)
    if not named:
        # "the rights group", "the Cornell prof", "Trump's press sec": how the story names
        # and describes its people. One the story describes nobody by is no one it quotes.
        words = description_words(reading, _ROLE_QUALIFIERS)
        fitting = _unique(finder.descriptions.fitting(words)) or _described_by_country_name(
            reading, words, finder
        )
        after = _qualifiers_after(words)
        if not fitting and after is not None:
            # "the professor from Cornell", "the historian at Oxford": the story's "Cornell
            # University professor", its qualifiers before the noun
            fitting = _unique(finder.descriptions.fitting(after)) or _described_by_country_name(
                reading, after, finder
            )
        described = _found_by_description(reading, fitting, finder)
        if described:
            found = described
            named = _speakers_named(reading, found, plain.found, span)
        elif not fitting and names_someone(words) and not _vaguely_described(words):
            return _asks_speaker(plain, span, verb_span, unknown_speaker=who)
    speakers = _holding_it_plainly(
        reading,
        _picked_by_title(
            reading, found, _fitting_qualifiers(reading, found, named, finder.countries)
        ),
    )
    if named and not speakers and (in_charge := in_leader_words(reading)) != reading:
        # "the school chief" where the story's chiefs are a fire chief and a chief executive:
        # the one in charge of a school, its principal (`in_leader_words`)
        again = finder.find_groups(in_charge)
        speakers = _holding_it_plainly(
            in_charge,
            _picked_by_title(
                in_charge,
                again,
                _fitting_qualifiers(
                    in_charge,
                    again,
                    _speakers_named(in_charge, again, plain.found, span),
                    finder.countries,
                ),
            ),
        )
    if named and not speakers:
        unsure = _holding_it_plainly(
            reading,
            _picked_by_title(
                reading,
                found,
                _fitting_qualifiers(reading, found, named, finder.countries, unknown_fits=True),
            ),
        )
        if unsure:
            # "the british harbour master" of one whose country is unknown (`country_unsure`)
            read = _asks_speaker(plain, span, verb_span, speakers=unsure)
            return dataclasses.replace(read, country_unsure=True)
        # "the Mexican president": a role the story gives, but not with these words
        return _asks_speaker(plain, span, verb_span, unknown_speaker=who)
    if speakers and _entourage_of_someone_named(reading, found):
        # "the Trump administration", "team Trump": the people around someone, whose words
        # the story may give as an aide's or a spokeswoman's; not theirs (searched for a group)
        return _asks_speaker(plain, span, verb_span, unknown_speaker=who)
    if speakers:
        return _asks_speaker(plain, span, verb_span, speakers=speakers)
    if not found and _role_held_in_other_words(reading, finder):
        return None  # "the top government lawyer": maybe its attorney general; searched
    if found or _names_someone(reading):  # "Bukele's spokesman": someone the story does not name
        return _asks_speaker(plain, span, verb_span, unknown_speaker=who)
    if lone_name_word(reading) is not None:  # "the aclu": a name's initials, or one misspelt
        unknown = _asks_speaker(plain, span, verb_span, unknown_speaker=who)
        return ReadQuestion(
            QuestionKind.PLAIN, mentioned=plain.mentioned, found=plain.found, if_a_name=unknown
        )
    if people_of_a_kind(reading):  # "the prison guards", "the guards at the gate"
        return _asks_speaker(plain, span, verb_span, unknown_speaker=who)
    if _tied_to_someone_named(reading, finder):
        # "the prof's wife", "the maryland guy's mom": someone of someone the story names
        return _asks_speaker(plain, span, verb_span, unknown_speaker=who)
    if _an_occupation_described_by_none(reading, finder):
        # "the accountant", "per the accountant": a kind of person by their work, whom the
        # story describes by no such word, so quotes not (its economist is no accountant)
        return _asks_speaker(plain, span, verb_span, unknown_speaker=who)
    return None


def _an_occupation_described_by_none(who: str, finder: MentionFinder) -> bool:
    """Whether `who` is an occupation (`occupation_asked`) the story describes nobody by."""
    noun = occupation_asked(who)
    return noun is not None and not finder.descriptions.fitting([noun])


def occupation_asked(who: str) -> str | None:
    """The noun of `who` when it is "the" and one noun WordNet has first as a kind of person
    ("the accountant", "the plumber"), none of `ROLES_ASKED_ABOUT` (read by their own rules),
    no word for anyone ("the guy", `SOMEONE_NOUNS`), no plural; None otherwise."""
    words = who.split()
    if len(words) != 2 or words[0].lower() != "the":
        return None
    noun = words[1].lower()
    if noun in SOMEONE_NOUNS or _is_role(noun) or not is_person_noun(noun):
        return None
    return noun


# The most words after an owner that may name one person of theirs: "wife", "older brother"
_MAX_TIED_WORDS = 2


def _tied_to_someone_named(who: str, finder: MentionFinder) -> bool:
    """Whether the speaker words `who` name a person by their tie to an owner the story names,
    "<owner>'s <a word for a person>" ("the prof's wife", "the maryland guy's mom", "the press
    sec's husband"), the owner read as a speaker's words are (by name, role, description, or
    a word for anyone pointing at them: "the maryland guy"), though the whole names no one the
    story knows (the caller tried it first: "Hensley's lawyer, Carl Mintz" is found so). Such a
    person the story does not quote, as it does not "Bukele's wife" or "the professor's wife"
    (whose owner the reader of names finds by itself)."""
    owned = _OWNED.fullmatch(who)
    if owned is None:
        return False
    rest = [word.strip(".,").lower() for word in owned.group("rest").split()]
    if not rest or len(rest) > _MAX_TIED_WORDS or any("'" in w or "’" in w for w in rest):
        return False
    if not (is_person_noun(rest[-1]) or names_a_role(rest[-1]) or _is_role(rest[-1])):
        return False  # "the prof's take", "the maryland guy's case"
    owner = owned.group("owner").strip(" ,")
    read = speaker_named_by(owner, finder)
    if read is not None and read.speakers:
        return True
    # "the vermont guy": found where the owner's words end, as a question's words are
    # (`_with_pointed_at`), though not read as a speaker ("guy" is no role)
    found = read_question(owner, finder).found
    return any(group.people and group.end == len(owner) for group in found)


# The nouns that end a role ("secretary", "attorney", "chief")
_ROLE_NOUNS = frozenset(head[-1].rstrip(".") for head in ROLE_HEADS)
# ... and those a question asks someone by ("leader", "lawyers", "government")
_ROLE_NAMES = _ROLE_NOUNS | ROLES_ASKED_ABOUT


def _role_held_in_other_words(who: str, finder: MentionFinder) -> bool:
    """Whether the speaker words `who`, owned by no one ("the top government lawyer"; not
    "Garcia's lawyer"), end with a role noun in the singular of which a WordNet synonym
    describes someone the story names ("attorney": Attorney General Pam Bondi), though the
    words as typed describe no one. Such a description may be that person in other words (a
    story's "Attorney General" is its government's top lawyer): no evidence the story does not
    quote whom it asks for, so the question is searched, not refused."""
    if any(_POSSESSIVE_END.search(word) for word in who.split()):
        return False
    words = description_words(who, _ROLE_QUALIFIERS)
    wordnet = shared_wordnet()
    if not words or wordnet is None:
        return False
    head = words[-1]
    if head not in _ROLE_NOUNS or head not in all_lemmas(head).get("NOUN", ()):
        return False  # not a role, or a plural: "the lawyers" are several
    synonyms = wordnet.related(head, (Source.SYNONYMS,)) & _ROLE_NOUNS
    return any(finder.descriptions.fitting([synonym]) for synonym in sorted(synonyms))


def _picked_by_title(
    who: str, found: Sequence[Found], speakers: Sequence[Person]
) -> tuple[Person, ...]:
    """Of the people a name several share names (a surname: "Okafor"), those the title typed
    before it fits: "Dr. Okafor" is whom the story calls Dr. (not the board chair Denise
    Okafor), "Mr. Okafor" those of them not a woman by first name; all of them when the title
    fits none, or no title is typed."""
    if len(speakers) < 2:
        return tuple(speakers)
    shared = next((group for group in found if len(group.by_name) > 1), None)
    before = re.search(r"([^\W\d_]+)\.?\s+$", who[: shared.start]) if shared else None
    title = before.group(1).lower() if before else ""
    if title not in PERSONAL_TITLES and title not in _TITLE_GENDER:
        return tuple(speakers)
    if title in _TITLE_GENDER:
        # of the other sex by first name only: a first name the list does not know ("Carol",
        # a word too) may be the one meant
        picked = [
            person
            for person in speakers
            if first_name_gender(person.name.split()[0]) in (_TITLE_GENDER[title], None)
        ]
    else:
        said = {title, SPELLED_TITLES.get(f"{title}.", title)}
        picked = [
            person
            for person in speakers
            if any(w.lower() in said for role in person.roles for w in _LETTERS.findall(role))
        ]
    return tuple(picked or speakers)


def _holding_it_plainly(who: str, speakers: Sequence[Person]) -> tuple[Person, ...]:
    """Of several people a role noun of the speaker words `who` names ("the chief"), those the
    story does not give it only as a deputy's or a former holder's ("Police Chief Rob Tanner",
    not "Deputy Chief Lisa Moreno" or "former chief Walt Greene"): all of them when `who` says
    so itself ("the deputy chief") or each holds it so."""
    if len(speakers) < 2:
        return tuple(speakers)
    asked = frozenset(w.lower() for w in _LETTERS.findall(who))
    if asked & _NOT_THE_ROLE_ITSELF:
        return tuple(speakers)
    # the same words of the same people (a surname's 90, question after question): read once.
    # Keyed by the people's identities; the entry holds the people, so no key is another's.
    key = (asked, tuple(map(id, speakers)))
    known = _HOLDING_PLAINLY.get(key)
    if known is None:
        plainly = [
            person for person in speakers if asked.isdisjoint(_held_as_another_role(person.roles))
        ]
        known = remember(
            _HOLDING_PLAINLY, key, (tuple(speakers), tuple(plainly or speakers)), _PLAINLY_KEPT
        )
    return known[1]


# `_holding_it_plainly`'s readings: the people (kept alive with their ids) and those picked
_HOLDING_PLAINLY: dict[
    tuple[frozenset[str], tuple[int, ...]], tuple[tuple[Person, ...], tuple[Person, ...]]
] = {}
_PLAINLY_KEPT = 128  # a few MB at most: a role 890 people hold at 1,000,000 passages


@functools.lru_cache(maxsize=8192)
def _held_as_another_role(roles: tuple[str, ...]) -> frozenset[str]:
    """The words of `roles` that a word before makes another role, in lower case ("chief" of
    "Deputy Chief of Police"). Remembered by the roles, and by each role: a name many share
    (a surname of some 90 people at 100,000 passages, a few dozen roles between them) has
    every role of each of them read, question after question."""
    return frozenset().union(*map(_role_held_as_another, roles))


@functools.lru_cache(maxsize=4096)
def _role_held_as_another(role: str) -> frozenset[str]:
    words = [w.lower() for w in _LETTERS.findall(role)]
    return frozenset(
        word for before, word in itertools.pairwise(words) if before in _NOT_THE_ROLE_ITSELF
    )


# Words before a role noun making it another role: a deputy chief is not the chief
_NOT_THE_ROLE_ITSELF = frozenset("deputy vice assistant associate former ex".split())


# The titles that say only whether a man or a woman is meant
_TITLE_GENDER: dict[str, Gender] = {"mr": "male", "mrs": "female", "ms": "female", "miss": "female"}


_JOINING = re.compile(r",?\s+(?:or|and)\s+", re.IGNORECASE)


def _read_joined_speakers(
    question: str,
    span: tuple[int, int],
    verb_span: tuple[int, int] | None,
    finder: MentionFinder,
    plain: ReadQuestion,
) -> ReadQuestion | None:
    """The reading of a speaker too long for one person's words as people joined by "or" or
    "and", each read on their own: those the story quotes are asked for; when it names none
    and each part names someone, the whole is someone the story does not quote. None when a
    part names no one (a clause)."""
    start, end = span
    who = question[start:end]
    parts = _JOINING.split(who)
    if len(parts) < 2 or any(len(part.split()) > _MAX_SPEAKER_WORDS for part in parts):
        return None
    speakers: list[Person] = []
    at = start
    for part in parts:
        at = question.find(part, at)
        read = _read_speaker(question, (at, at + len(part)), verb_span, finder, plain)
        if read is None or not (read.speakers or read.unknown_speaker):
            return None
        speakers.extend(read.speakers)
        at += len(part)
    if speakers:
        return _asks_speaker(plain, span, verb_span, speakers=tuple(_unique(speakers)))
    return _asks_speaker(plain, span, verb_span, unknown_speaker=who)


def people_of_a_kind(who: str) -> str | None:
    """The noun of `who` naming people by what they are, "the <kind of person>s": its head
    noun (the last word before a preposition), a plural whose singular most often names a kind
    of person ("guards", "voters", "the guards at the gate"; not "gangs" or "the prison", nor a
    word WordNet writes capitalised, "Democrats"); None
    when it names no one so. Whether the story reports such people's words is the searcher's
    to say (`_reported_group`)."""
    words = who.split()
    if len(words) < 2 or words[0].lower() != "the":
        return None
    head = next((i for i, w in enumerate(words) if i and w.lower() in PREPOSITIONS), len(words))
    noun = words[head - 1].lower()
    if head < 2 or not noun.endswith("s") or noun in FUNCTION_WORDS:
        return None
    # a plural the lemma table lacks ("deportees") by its "s"
    singular = all_lemmas(noun).get("NOUN", (noun[:-1],))[0].lower()
    return noun if singular != noun and is_person_noun(singular) else None


# "have to", "has got to", "had to": said before a speaker's verb ("what did X have to say")
# ... and what says when or whether they were to speak: "what were the two presidents going
# to talk about", "what was bondi about to say", "what is trump supposed to announce"
# The particles of a verb done before saying something: "butt in to say", "stand up to say"
_DEED_PARTICLES = frozenset("in up out on back off over down forward away along".split())


def _before_deed_on_their_words(words: Sequence[str]) -> int:
    """How many of the `words` before a speech noun name the speaker, where they end with a
    verb doing something to the speaker's own words and "his", "her" or "their" ("did the fire
    chief repeat his warning", "did the feds change their warning": the chief, the feds; a verb
    no verb of saying, `_a_deed_verb`). All of them otherwise."""
    if len(words) < 3 or words[-1].lower() not in _THEIR_OWN or not _a_deed_verb(words[-2]):
        return len(words)
    return len(words) - 2


def _before_deed_then_saying(words: Sequence[str]) -> int:
    """How many of the `words` before a speech verb name the speaker, where they end with
    something the speaker did to say it ("what did trump butt in to say", "what did the
    mayor stand up to say", "what did he interrupt to say"): a bare verb, its particle or
    not, and "to". That deed is no word of whom but a topic of what was said (the passage
    telling of it: "Trump interjected to claim ..."). All of them otherwise."""
    if len(words) < 3 or words[-1].lower() != "to":
        return len(words)
    at = len(words) - 2
    if words[at].lower() in _DEED_PARTICLES:
        at -= 1
    verb = words[at]
    if at < 1 or not verb.islower() or verb not in all_lemmas(verb).get("VERB", ()):
        return len(words)
    return at


_HAVE_TO = re.compile(
    r"(?:have|has|had|got|going|about|supposed|expected|set|due|planning|meant)\s+to",
    re.IGNORECASE,
)
# The owner of a writing or a speech and what follows the possessive: "HRW's write-up",
# "Bukele's speech in the Oval Office", "the professor's latest interview"
_OWNED = re.compile(r"(?P<owner>[^\W\d_].*?)['’]s?\s+(?P<rest>\S.*)")
# Words after which a writing's description goes on about something else, not whose it is
_AFTER_WRITING = frozenset("in on at from about to of for with during last this".split())
# How many words a writing's noun may stand after the possessive ("HRW's annual report",
# "Trump's April 7 statement")
_MAX_BEFORE_WRITING = 2


def _owner_of_writing(who: str) -> int | None:
    """Where the owner ends in speaker words that name something someone wrote or said and
    its owner: "HRW's write-up", "the professor's interview", "Bukele's speech in the Oval
    Office" (a noun for a communication in WordNet, after at most a few words naming no one
    and before nothing but a phrase saying where or when); None otherwise ("Bukele's
    spokesman", "Garcia's lawyer's letter": someone else's words)."""
    owned = _OWNED.fullmatch(who)
    wordnet = shared_wordnet()
    if owned is None or wordnet is None:
        return None
    rest = owned.group("rest").split()
    for at, word in enumerate(rest[: _MAX_BEFORE_WRITING + 1]):
        if "'" in word or "’" in word or names_a_role(word) or _is_role(word):
            return None
        if word.lower() in _QUALIFYING_WORDS:  # "Kerr's final remarks": "final" no exam
            continue
        if not wordnet.names_a_communication(word.strip(".,")):
            continue
        after = rest[at + 1 :]
        if after and after[0].lower() not in _AFTER_WRITING:
            return None
        return owned.end("owner")
    return None


# Words that may qualify a role without changing whom it names: "the former president".
_ROLE_QUALIFIERS = frozenset(
    "the a an this that his her their its both two pair former current then sitting new same "
    "other top actual real whole analysis report reports study statement statements".split()
)


# the words of speaker words that describe no one (`_ROLE_QUALIFIERS`), for the searcher
ROLE_QUALIFIERS = _ROLE_QUALIFIERS


def _fitting_qualifiers(
    who: str,
    found: Sequence[Found],
    speakers: Sequence[Person],
    countries: PeopleCountries | None = None,
    *,
    unknown_fits: bool = False,
) -> tuple[Person, ...]:
    """The `speakers` whom every qualifying word of the speaker words `who` fits: "the
    Mexican president", "the Guatemalan president" fit none of the story's presidents, "the
    president of El Salvador" only the Salvadoran one. A possessive naming someone the story
    names says whose someone is ("Trump's adviser", found and so passed over); one naming
    nobody it names qualifies the role as an adjective does ("El Salvador's attorney general"
    is the Salvadoran one, "Obama's attorney general" not Trump's). Names and the story's own
    role words ("the Cornell professor") fit. A word naming a country ("American", "U.S.",
    "the United States") also fits whoever is of that country by `countries` (their own words,
    or their story's home country: "the American president" is the story's unqualified
    "President"); with `unknown_fits`, whoever's country is unknown
    (`PeopleCountries.unknown`) fits any country too."""
    speakers = _of_owners_country(who, found, speakers, countries)
    speakers = _without_other_kinds_of_role(who, found, speakers)
    covered = [(start, end) for _, start, end, _ in found]
    # and the words tying an owner to the role ("the attorney general for Trump"): whose
    covered += [tie for group in found if (tie := _tie_to_someone_else(who, group))]
    qualifiers: list[str] = []
    at: dict[str, int] = {}  # where each qualifier stands in `who`
    for match in re.finditer(r"[^\W\d_][\w.'’-]*", who):
        if any(start <= match.start() < end for start, end in covered):
            continue
        raw = match.group().rstrip(".")
        word = re.sub(r"['’]s?$", "", raw.lower())
        if word == "our" and countries is not None:
            # "our president": the reader's, taken to be of the story's home country (the
            # one its unqualified officials are of), not a foreign guest's
            speakers = tuple(p for p in speakers if _of_home_country(p, countries))
            continue
        if (
            word in _ROLE_QUALIFIERS
            or word in _PRONOUNS
            or word in SOMEONE_NOUNS  # "the mayor lady"
            or word in _QUALIFYING_PREPOSITIONS  # "the professor from Cornell": Cornell qualifies
            or (len(word) <= 2 and not _initials_of_a_country(raw, who[: match.start()], countries))
        ):
            continue  # a word that does not pick anyone out
        if word != raw.lower() and not raw[0].isupper() and is_english_word(word):
            # a possessive of a common noun says whose, not which: "the administration's
            # attorney general" is the story's; a name's ("el salvador's", "Mexico's") is which
            continue
        if not _is_role(word) and not _implied_by_role(word, who):
            qualifiers.append(word)
            at.setdefault(word, match.start())
    if not qualifiers:  # nothing to fit: each speaker fits, named or not ("the mayor": 1,000)
        return tuple(speakers)
    # who was found by name or alias (a surname thousands share is found once for all)
    by_name = {p.id for group in found for p in group.by_name}
    named: list[tuple[frozenset[int], int, int]] | None = None

    def of_country(qualifier: str, person: Person) -> bool:
        """Whether the country `qualifier` (or the name it is a word of) names is `person`'s:
        looked up only for a word that fits none of their own (the tables load on first use)."""
        nonlocal named
        if countries is None:
            return False
        if named is None:
            named = countries.countries.in_text(who, cased=False)
        place = at[qualifier]
        wanted = next((c for c, start, end in named if start <= place < end), frozenset())
        return bool(wanted) and (
            bool(wanted & countries.of(person)) or (unknown_fits and countries.unknown(person))
        )

    fitting: list[Person] = []
    for person in speakers:
        if person.id in by_name:
            fitting.append(person)  # named: "Trump's aide Stephen Miller" is Miller
            continue
        own = {
            w.lower()
            for label in (person.name, *person.aliases, *person.roles)
            for w in _LETTERS.findall(label)
        }
        if all(any(_one_family(q, w) for w in own) or of_country(q, person) for q in qualifiers):
            fitting.append(person)
    return tuple(fitting)


def _without_other_kinds_of_role(
    who: str, found: Sequence[Found], speakers: Sequence[Person]
) -> tuple[Person, ...]:
    """`speakers` less those whose role is another kind of the role `who` asks for: "the
    police chief" is not "Fire Chief Ingrid Holm" (a role word before the asked role says
    which kind, as "fire" does in hers), though "the chief" is, and "the police officer" may
    be "Officer Dana Ruiz" (her role names no other kind). A role word qualifying another is
    not a qualifier `_fitting_qualifiers` weighs (both are roles), hence this check. Those
    found by name stay."""
    words = [w.lower() for w in _LETTERS.findall(who)]
    kinds = [(a, b) for a, b in itertools.pairwise(words) if _is_role(a) and _is_role(b)]
    if not kinds:
        return tuple(speakers)
    by_name = {p.id for group in found for p in group.by_name}

    def other_kind(person: Person) -> bool:
        for label in person.roles:
            own = [w.lower() for w in _LETTERS.findall(label)]
            for before, head in itertools.pairwise(own):
                for kind, asked in kinds:
                    if head == asked and before != kind and kind not in own:
                        return True
        return False

    return tuple(p for p in speakers if p.id in by_name or not other_kind(p))


def _of_home_country(person: Person, countries: PeopleCountries) -> bool:
    """Whether `person` is of their stories' home country: their own words name no country
    ("President Donald Trump"), or name it."""
    own = countries.own(person)
    return not own or any(own & countries.home(story) for story in person.stories)


def _of_owners_country(
    who: str,
    found: Sequence[Found],
    people: Sequence[Person],
    countries: PeopleCountries | None,
) -> tuple[Person, ...]:
    """Those of `people` of the country of the one person a possessive in the speaker words
    `who` names ("Trump's adviser" is an American one, "Bukele's adviser" a Salvadoran one: not
    the White House's), besides anyone named by name ("Trump's aide Stephen Miller"); all of
    them when no possessive names one person of a known country."""
    if countries is None:
        return tuple(people)
    # whose by a possessive or by a preposition ("the spokesman for Bukele")
    whose = [
        *_possessives(who, found),
        *(group for group in found if _after_someone_elses_role(who, group)),
    ]
    owners = [group.people[0] for group in whose if len(group.people) == 1]
    organisations = [o for o in owners if o.kind is SpeakerKind.ORGANIZATION]
    wanted = frozenset().union(*(countries.of(o) for o in owners if o not in organisations))
    if not organisations and not wanted:
        return tuple(people)  # (most questions: no possessive names anyone)
    # whom the speaker words name by name (a surname many share: each of its people's ids,
    # read only where a possessive leaves some of the people out)
    by_name = {p.id for group in found for p in group.by_name}
    if organisations and not wanted:
        # "the president of Human Rights Watch": its president, whom the story would name with
        # it ("Human Rights Watch director Ana Lee"), not a president of its country it quotes
        names = {w.lower() for o in organisations for w in _LETTERS.findall(o.name)}
        return tuple(
            person
            for person in people
            if person.id in by_name
            or names <= {w.lower() for role in person.roles for w in _LETTERS.findall(role)}
        )
    return tuple(
        person for person in people if person.id in by_name or countries.of(person) & wanted
    )


def _entourage_of_someone_named(who: str, found: Sequence[Found]) -> bool:
    """Whether the speaker words `who` name the people around someone they name by name, not
    that person: a word for an entourage right after or before the name ("the Trump
    administration", "team Trump", "the Bukele government"); not with the person ("Trump and
    his team"), nor one of a role ("the administration's trade minister")."""
    if _AND.search(who):
        return False
    for group in found:
        if not group.by_name:
            continue
        after = re.match(r"\s+([^\W\d_]+)", who[group.end :])
        before = re.search(r"([^\W\d_]+)\s+$", who[: group.start])
        if any(m is not None and m.group(1).lower() in ENTOURAGE_NOUNS for m in (after, before)):
            return True
    return False


_AND = re.compile(r"\b(?:and|with)\b|&", re.IGNORECASE)


def _possessives(who: str, found: Sequence[Found]) -> list[Found]:
    """The groups of `found` in the speaker words `who` that say whose someone is: in the
    possessive ("Trump's critics") or after "of" ("the critics of Trump", "the wife of
    Garcia"), never the speaker themselves."""
    return [
        group
        for group in found
        if _POSSESSIVE_AFTER.match(who, group.end)
        or (
            # an organisation after a role the story gives someone may be where they work:
            # "the president of Human Rights Watch" is read by the role and its qualifiers
            _OF_BEFORE.search(who, 0, group.start) is not None
            and (
                all(person.kind is SpeakerKind.PERSON for person in group.people)
                or not any(other.end <= group.start for other in found)
            )
        )
    ]


# "of", "for" or "to" right before a name, after some words: "critics of", "a spokesman
# for", "an adviser to"
_OF_BEFORE = re.compile(r"\w\s+(?:of|for|to)\s+(?:the\s+)?$", re.IGNORECASE)


def _not_whose(who: str, found: Sequence[Found]) -> list[Found]:
    """The groups of `found` in the speaker words `who` that may be whom they name: not a
    possessive, which says whose someone is ("Trump's aide"), nor a title right before it,
    which is the owner's ("President Trump's press secretary", "Salvadoran President Nayib
    Bukele's spokesman")."""
    owners = _possessives(who, found)
    return [
        group
        for group in found
        if group not in owners
        and not any(
            group.end <= owner.start and not who[group.end : owner.start].strip()
            for owner in owners
        )
        and not _after_someone_elses_role(who, group)
    ]


# A person's noun and the preposition tying a name to it: "the spokesman for", "a lawyer
# representing", "the judge on the", "the wife of"
_ROLE_BEFORE = re.compile(
    r"(?P<noun>[^\W\d_][\w-]*)(?P<tie>\s+(?:for|of|to|on|in|from|at|with|under|representing"
    r"|working\s+for)\s+(?:the\s+|a\s+|an\s+)?)$",
    re.IGNORECASE,
)


def _after_someone_elses_role(who: str, group: Found) -> bool:
    """Whether the name at `group` in the speaker words `who` only ties another person to
    them by a preposition: "the spokesman for Bukele", "a lawyer for Trump", "the judge on the
    Garcia case" ask for the spokesman's, the lawyer's and the judge's words, not Bukele's,
    Trump's or Garcia's (unless the noun is a role of the one named: "the president of ...")."""
    return _tie_to_someone_else(who, group) is not None


def _tie_to_someone_else(who: str, group: Found) -> tuple[int, int] | None:
    """Where the words tying the name at `group` to another person's noun stand in `who`
    ("for", "representing the"), when they do (`_after_someone_elses_role`); else None."""
    before = _ROLE_BEFORE.search(who, 0, group.start)
    if before is None:
        return None
    noun = before.group("noun").lower()
    if not (is_person_noun(noun) or (noun,) in ROLE_HEADS):
        return None
    if any(noun in role.lower().split() for person in group.people for role in person.roles):
        return None
    return before.span("tie")


def _initials_of_a_country(word: str, before: str, countries: PeopleCountries | None) -> bool:
    """Whether `word` (typed after `before`) is a country's initials: in capitals ("US", "the
    UK's") or in lower case where they are no other word ("the uk harbour master"; "us" only
    after "the": "the us president", not "tell us"). A qualifier, unlike the other short
    words ("ok", "us")."""
    if countries is None:
        return False
    bare = re.sub(r"['’]s?$", "", word)
    if not countries.countries.in_text(bare, cased=False):
        return False
    lower = bare.lower()
    return (
        bare.isupper()
        or not is_english_word(lower)
        or bool(re.search(r"\bthe\s+$", before, re.IGNORECASE))
    )


def _one_family(word: str, other: str) -> bool:
    """Whether two words are one word's forms, or a country and its people's word in WordNet's
    word families ("China's foreign minister" is the Chinese one)."""
    if same_family(word, other):
        return True
    wordnet = shared_wordnet()
    return wordnet is not None and (
        other in wordnet.related(word, _FAMILY) or word in wordnet.related(other, _FAMILY)
    )


_FAMILY = (Source.FAMILY,)


def _vaguely_described(words: Sequence[str]) -> bool:
    """Whether the description `words` is a word for any person with only plain adjectives
    ("the big guy", "that old dude"): chat's nicknames for someone the story may well quote
    ("the big guy" for the president), no clear evidence it does not; unlike "the Mexican guy"
    or "the prison guy", whose words would say who."""
    wordnet = shared_wordnet()
    return (
        wordnet is not None
        and bool(words)
        and words[-1] in SOMEONE_NOUNS
        and all(w in FUNCTION_WORDS or wordnet.is_plain_adjective(w) for w in words[:-1])
    )


def role_in_story_words(word: str) -> str | None:
    """The words news stories use for the role `word` names in other words ("spokesperson":
    "press secretary"), or None when it is not one of those."""
    for synonym, role in _ROLE_SYNONYMS:
        if synonym.fullmatch(word):
            return role
    return None


# A member of a city's council in one word, as a story may title one in two ("Council member
# Luis Garcia"): the same role, spelt apart, read only for whom a question names when nothing
# else names anyone (`_found_by_role_synonym`), not as a role in other words (a story's own
# "Councilwoman Inez Moreau" is hers)
_COUNCIL_MEMBER = re.compile(
    r"\b(?:council(?:wo)?m[ae]n|council-?(?:members?|persons?|people)|council(?:l)?ors?)\b",
    re.IGNORECASE,
)


def in_story_role_words(who: str) -> str:
    """The speaker words `who` with each role in other words written in the story's words
    ("the union leader": "the union president"; "the councilman": "the council member"); `who`
    itself when it has none."""
    for synonym, role in _ROLE_SYNONYMS:
        who = synonym.sub(role, who)
    return _COUNCIL_MEMBER.sub("council member", who)


@functools.lru_cache(maxsize=4096)
def in_leader_words(who: str) -> str:
    """The speaker words `who` with the noun naming whom they ask for written as the word of
    its sense, where the noun names one in charge and words say what they are in charge of:
    one before the noun other than a function word ("the union head"), or "of" and words
    after it ("the head of the union"). A noun names one in charge when it is "leader", when
    one of its senses as a kind of person is a kind of leader ("head", "chief": "a person who
    is in charge"; "boss": "a person who exercises control and makes decisions"), or when its
    most frequent sense is WordNet's group of leaders ("leadership": {leadership, leaders},
    "the body of people who lead a group", meaning the leader or leaders). The sense is one
    of the noun's own, or of "head" (WordNet's word for a person in charge, whose senses
    every such noun shares), whose definition names what they are in charge of ("the school
    leader", "the school head": {principal, head teacher, head}, "the educator who has
    executive authority for a school", the school principal), else "leader", the word the
    reading knows a person in charge by ("the union leader"). `who` itself otherwise: a
    role WordNet has as one noun with its qualifier ("the fire chief", "the police chief",
    "the party boss"), the role in the story's words ("the head of state": its president),
    or nothing said of what ("the head"; "the big boss": no noun). Remembered by `who`: a
    speaker's words are read so several times a question (140 calls of 23 in the 300
    questions at 100,000 passages), and WordNet's senses do not change."""
    words = list(_LETTERS.finditer(who))
    lower = [word.group().lower() for word in words]
    of = next((at for at, word in enumerate(lower) if at and word == "of"), None)
    if of is not None:
        at, qualifiers = of - 1, lower[of + 1 :]
    else:
        at, qualifiers = len(words) - 1, lower[:-1]
    qualifiers = [word for word in qualifiers if word not in FUNCTION_WORDS]
    if at < 0 or not qualifiers:
        return who
    noun = lower[at]
    if in_story_role_words(who) != who and noun != _LEADER:
        return who  # "the head of state": the story's president
    wordnet = shared_wordnet()
    if (
        wordnet is None
        or lemma_of(noun) != noun
        or not is_english_word(noun)
        # "the fire chief", "the police chief": one noun of WordNet's, a role of its own
        or any(wordnet.is_compound_noun(word, noun) for word in qualifiers)
    ):
        return who
    if not any(wordnet.is_noun(word) for word in qualifiers):
        return who  # "the big boss", "the old chief": described, not said what of
    senses = wordnet.person_senses(noun)
    if not (noun == _LEADER or _leads_a_group(noun) or any(_LEADER in s.broader for s in senses)):
        return who
    word = _LEADER
    others = [*senses[1:], *(wordnet.person_senses(_IN_CHARGE) if noun != _IN_CHARGE else ())]
    for sense in others:
        if _LEADER in sense.broader:
            continue
        defined = set(re.findall(r"[a-z]+", sense.gloss.lower()))
        if defined & {*qualifiers, *map(lemma_of, qualifiers)}:
            # the first of its other words that is one word ("principal")
            word = next((w for w in sense.in_order if w != noun and w.isalpha()), word)
            break
    if word == noun:
        return who
    return who[: words[at].start()] + word + who[words[at].end() :]


# WordNet's word for a person in charge ({head, chief, top dog}), whose other senses say of
# what ("head": a school's principal)
_IN_CHARGE = "head"


def _implied_by_role(word: str, who: str) -> bool:
    """Whether the qualifier `word` of the speaker words `who` is one with the role noun
    after it, as WordNet has the two as one of that role's words ("the school principal":
    {principal, school principal, head teacher, head}): it says what every such role is of,
    not which of them ("Lindenwood's principal" is the school principal)."""
    wordnet = shared_wordnet()
    if wordnet is None:
        return False
    lower = [w.lower() for w in _LETTERS.findall(who)]
    # the role before "of" and the qualifier after it: "the principal of the school" is the
    # school principal (`in_leader_words` writes "the head of the school" so)
    after_of = [
        (lower[at + 2 + (lower[at + 2] in _DETERMINERS)], role)
        for at, role in enumerate(lower[:-2])
        if lower[at + 1] == "of" and at + 2 + (lower[at + 2] in _DETERMINERS) < len(lower)
    ]
    return any(
        f"{word}_{after}" in sense.words
        for before, after in [*itertools.pairwise(lower), *after_of]
        if before == word
        for sense in wordnet.person_senses(after)
    )


def _leads_a_group(noun: str) -> bool:
    """Whether `noun` is a word of WordNet's group of leaders ({leadership,
    leaders}: "the body of people who lead a group"), as "the union leadership" asks for
    the union's leader or leaders."""
    wordnet = shared_wordnet()
    if wordnet is None:
        return False
    leaders = wordnet.first_noun_sense(_LEADER + "s")
    return leaders is not None and noun in leaders[1]


_LEADER = "leader"


def names_a_role_held(noun: str) -> bool:
    """Whether WordNet has `noun` (exactly) as a kind of person holding a role in one of its
    senses: a role the reading knows by another word of that sense ("head": "chief"; not
    "opposition": "opponent", "foe") or a kind of leader ("spearhead"). Whom it asks for may
    then be a person, though WordNet has it for a group too (the front of a procession)."""
    wordnet = shared_wordnet()
    return wordnet is not None and any(
        sense.words & _ROLE_NAMES or _LEADER in sense.broader
        for sense in wordnet.person_senses(noun)
    )


def _found_by_role_synonym(who: str, finder: MentionFinder) -> list[Found]:
    """The mentions in `who` read with the story's role words for its own ("the Salvadoran
    leader": "the Salvadoran president"), when they name exactly one person, or those of
    them its qualifiers fit ("the American leader": the presidents of the story's home
    country); else none."""
    reworded = in_story_role_words(who)
    if reworded == who:
        return []
    found = finder.find_groups(reworded)
    # a possessive says whose someone is: "Trump's press secretary" is not Trump
    people = _of_owners_country(
        reworded,
        found,
        _people_of(_not_whose(reworded, found)),
        finder.countries,
    )
    # its qualifiers pick some of them out, as of a role in the story's own words: "the
    # American leader" is the story's American president
    fitting = list(_fitting_qualifiers(reworded, found, people, finder.countries))
    if len(people) == 1:
        # A typo the story does not give its one holder ("the White Housse spokeswoman") does
        # not make them someone else; a country does ("the Canadian leader" is not the
        # story's one president when he is Mexico's), and so does an English word the story
        # does not give them: "the union leader" is not the one president, of a clinic, when
        # another story's man leads a union.
        if fitting or (
            not _names_a_country(reworded, finder)
            and _fitting_but_for_typos(reworded, people, finder)
        ):
            return [finder.group(people, who, 0, len(who))]
        return []
    if len(fitting) > 1 and _BOTH.search(who):
        return [finder.group(fitting, who, 0, len(who))]  # "the two leaders": each of them
    if fitting and len(fitting) < len(people):
        return [finder.group(fitting, who, 0, len(who))]
    return []  # "the leader": which president? Better to say the story doesn't quote them.


def _fitting_but_for_typos(who: str, people: Sequence[Person], finder: MentionFinder) -> bool:
    """Whether `people` fit the speaker words `who` read without the words of theirs that
    are no English word (a typo, "Housse"; a name's word): every English word that qualifies
    the role must be one of theirs ("the union president" is no president the story gives no
    union)."""
    kept = _LETTERS_OR_WORD.sub(
        lambda m: m.group() if is_english_word(_POSSESSIVE_END.sub("", m.group())) else "",
        who,
    )
    return bool(_fitting_qualifiers(kept, finder.find_groups(kept), people, finder.countries))


_LETTERS_OR_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_POSSESSIVE_END = re.compile(r"['’]s?$")


def _found_by_wordnet_synonym(who: str, finder: MentionFinder) -> list[Found]:
    """The one person the speaker words `who` name with their last word read as each of its
    WordNet synonyms as a noun naming a person ("the attorney": the story's lawyer; "the board
    chairwoman": its board chair), as found in all of `who`; none when the synonyms name
    nobody, or several people ("the chairwoman": the chair, or the president?)."""
    wordnet = shared_wordnet()
    last = _LAST_WORD.search(who)
    if wordnet is None or last is None:
        return []
    people: dict[str, Person] = {}
    for synonym in unambiguous_synonyms(last.group(1).lower(), wordnet):
        reworded = who[: last.start(1)] + synonym + who[last.end(1) :]
        found = finder.find_groups(reworded)
        named = _speakers_named(reworded, found, (), (0, len(reworded)))
        for person in _fitting_qualifiers(reworded, found, named, finder.countries):
            people.setdefault(person.id, person)
        if len(people) > 1:
            return []
    if len(people) != 1:
        return []
    return [finder.group(list(people.values()), who, 0, len(who))]


_LAST_WORD = re.compile(r"([^\W\d_]+)\W*$")


def unambiguous_synonyms(word: str, wordnet: WordNet) -> list[str]:
    """The words naming a person that `word` (a noun) may be read as in
    `_found_by_wordnet_synonym`: its synonyms that are roles ("boss": "chief") or none of
    whose senses as a person is another ("counsel": "counselor", not "advocate", also one
    arguing for a cause: "Housing advocate Dana Whitfield" is no lawyer), and the one kind of
    person its only sense is, when that is a role of one sense ("counsel": a lawyer, an
    attorney). Remembered by the word for each WordNet (a new list each call): a speaker's
    last word is read so several times a question, and again question after question (64
    calls of 17 words in the 300 questions at 100,000 passages, each synonym's senses read
    anew)."""
    key = ("unambiguous_synonyms", word)
    known = wordnet.readings.get(key)
    if known is None:
        known = remember(
            wordnet.readings, key, tuple(_unambiguous_synonyms(word, wordnet)), _SYNONYMS_KEPT
        )
    return list(known)


# how many words' `unambiguous_synonyms` a WordNet keeps (`WordNet.readings`)
_SYNONYMS_KEPT = 4_096


def _unambiguous_synonyms(word: str, wordnet: WordNet) -> list[str]:
    """`unambiguous_synonyms` of `word`, read afresh."""
    senses = wordnet.person_senses(word)
    broader = sorted(w for w in senses[0].broader if (w,) in ROLE_HEADS) if len(senses) == 1 else []
    return [
        synonym
        for synonym in (*sorted(wordnet.noun_synonyms(word)), *broader)
        if synonym.isalpha()
        and is_person_noun(synonym)
        and synonym != word
        and (
            (synonym,) in ROLE_HEADS
            or all(word in sense.words for sense in wordnet.person_senses(synonym))
            if synonym not in broader
            else len(wordnet.person_senses(synonym)) == 1
        )
    ]


def _names_a_country(who: str, finder: MentionFinder) -> bool:
    countries = finder.countries
    return countries is not None and bool(countries.countries.in_text(who, cased=False))


# Prepositions by which a description names what someone is of after the noun ("the
# professor from Cornell", "the economist at the central bank", "the head of the union")
_QUALIFYING_PREPOSITIONS = frozenset("from at of with in for to".split())


def _qualifiers_after(words: Sequence[str]) -> list[str] | None:
    """The description `words` with the words after a preposition put before its noun, as a
    story writes them ("professor from cornell": cornell professor); None when no preposition
    stands between a noun and words after it."""
    for at, word in enumerate(words):
        if word in _QUALIFYING_PREPOSITIONS and 0 < at < len(words) - 1:
            return [*words[at + 1 :], *words[:at]]
    return None


def _described_by_country_name(
    who: str, words: Sequence[str], finder: MentionFinder
) -> list[Person]:
    """Whom the description `words` fits with a country's name in it read as its people's
    word: "the el salvador guy" is "the salvadoran guy", as a story introduces someone of a
    country ("Salvadoran President Nayib Bukele"). [] when it names no country or still fits
    nobody."""
    countries = finder.countries
    if countries is None or len(words) < 2:
        return []
    for named, start, end in countries.countries.in_text(who, cased=False, people_words=False):
        in_name = set(description_words(who[start:end], ()))
        rest = [word for word in words if word not in in_name]
        if len(rest) == len(words):
            continue  # the name is not among the describing words ("the guy from el salvador")
        for people_word in countries.countries.people_words(named):
            fitting = _unique(finder.descriptions.fitting([*people_word.split(), *rest]))
            if fitting:
                return fitting
    return []


def _found_by_description(who: str, people: Sequence[Person], finder: MentionFinder) -> list[Found]:
    """The one of `people` the speaker words `who` describe (each, where several fit and
    `who` says both: "the two leaders"), as found in all of `who`; else none ("the White
    House guy": which one?)."""
    if len(people) > 1 and (_BOTH.search(who) or _title_each_holds(who, people)):
        return [finder.group(people, who, 0, len(who))]
    if len(people) != 1:
        return []
    return [finder.group(people, who, 0, len(who))]


def _title_each_holds(who: str, people: Sequence[Person]) -> bool:
    """Whether the speaker words `who` end in the word for a title each of `people` holds,
    though the story writes it abbreviated ("the governor" of "Gov. Ray Ostrander" and "Gov.
    Ellen Park", two stories' governors; "the senator" of two "Sen."s): the role they share,
    as "the mayor" is two mayors', not a description fitting several in other words ("the
    White House guy": which one?)."""
    words = description_words(who, _ROLE_QUALIFIERS)
    if not words or words[-1] not in _SPELLED_TITLE_WORDS:
        return False
    return all(
        any(
            SPELLED_TITLES.get(role.split()[-1].lower()) == words[-1]
            for role in person.roles
            if role.split()
        )
        for person in people
    )


# The words abbreviated titles stand for ("governor" of "Gov.")
_SPELLED_TITLE_WORDS = frozenset(SPELLED_TITLES.values())


def _speakers_named(
    who: str, found: Sequence[Found], mentions: Sequence[Found], span: tuple[int, int]
) -> tuple[Person, ...]:
    """Who the speaker words `who` (at `span` of the question) name, of the people `found` in
    them. A possessive names whose someone is, not the speaker: "Trump's aide Stephen Miller"
    is Miller, and "Bukele's spokesman" nobody the story names. A role several people share
    ("the president") is not the person the question names elsewhere: in "what did the
    president say about Bukele?", Bukele is the topic."""
    # each span once, not once for each of the 290 people a surname names
    named = _not_whose(who, found)
    # "President Trump": the name picks one of the people the shared role names
    by_name = [group.by_name for group in found if group.by_name]
    speakers: Sequence[Person] = ()
    if len(by_name) == 1 and len(named) == 1 and named[0].by_name:
        speakers = named[0].by_name  # all a surname's people, or the one a name picks
    elif by_name:
        # one Person per id: ids, not whole models, compared
        ids = {p.id for people in by_name for p in people}
        speakers = _unique(p for group in named for p in group.people if p.id in ids)
    speakers = speakers or _people_of(named)
    outside = [group for group in mentions if not span[0] <= group.start < span[1]]
    if len(speakers) > 1 and outside:
        elsewhere = {p.id for group in outside for p in group.people}
        speakers = [p for p in speakers if p.id not in elsewhere] or speakers
    return tuple(speakers)


def _asks_speaker(
    plain: ReadQuestion,
    span: tuple[int, int],
    verb_span: tuple[int, int] | None,
    *,
    speakers: tuple[Person, ...] = (),
    unknown_speaker: str | None = None,
    pronoun: bool = False,
) -> ReadQuestion:
    """The question read as asking what someone said (dataclasses.replace costs ten times more).

    `span` is all of "the Cornell professor", not only the alias found in it.
    """
    return ReadQuestion(
        QuestionKind.SPEAKER,
        speakers=speakers,
        unknown_speaker=unknown_speaker,
        pronoun=pronoun,
        speaker_span=span,
        verb_span=verb_span,
        mentioned=plain.mentioned,
        found=plain.found,
    )


def _is_speech_verb(word: str) -> bool:
    return stem(word.lower().strip("'’.")) in SPEECH_STEMS


# A lone lower-case word this long or longer is a name when it is no English word: shorter
# ones are as likely a quoted person's name misspelt beyond what the speller corrects
# ("buke", "nayb"), and the question is better searched than refused.
_MIN_LONE_NAME = 5
# The particles of surnames ("van Hollen", "de Santis", "bin Salman"); not "el" or "la", which
# begin places ("el salvador")
_NAME_PARTICLES = frozenset("de van von der den da di del dos du al bin ibn".split())


def _names_someone(who: str) -> bool:
    """Whether the words where a speaker should be name one: a Name, or "the <role>"."""
    words = who.split()
    if not words or len(words) > _MAX_SPEAKER_WORDS:
        return False
    if not any(c.isalpha() for c in who):
        return False  # "45/47": a number may stand for someone (Trump) but names no one
    if all(w[:1].isupper() for w in words if w.lower() not in {"of", "de", "van", "von", "al"}):
        return True
    # typed in lower case, as in chat: "kristi noem", "jd vance", "van hollen" (initials are
    # short; a run of only short words is more likely chat than a name; a surname's particle
    # may be an English word: "van")
    named = [w for w in words if w.lower() not in _NAME_PARTICLES]
    if (
        2 <= len(words) <= 3
        and named
        and not any(is_english_word(w) for w in named)
        and (max(len(w) for w in named) >= _MIN_LONE_NAME or all(len(w) >= 3 for w in named))
    ):
        return True
    if len(words) == 1 and len(who) >= _MIN_LONE_NAME and not is_english_word(who):
        return True  # "taiwan"; not "buke", which may be a name misspelt past correcting
    if _role_then_name(words):
        return True  # "chief justice roberts", "judge boasberg", "sen chris van hollen"
    # "the mayor", "the mayor of Springfield", "the Supreme Court justices"; "Taiwan's
    # government", "Garcia's lawyers"
    if (
        LEADING_ARTICLE.match(who)
        or re.search(r"['’]s?\s", who)
        or words[0].lower() in _FIRST_PERSON_OWNERS
    ):
        # "our government", "our senator": the asker's own, a role all the same
        return any(_is_role(w) or member_of(w) for w in words[1:])
    # a group by its role, with no article: "union leaders", "any lawyers", "some senators";
    # or by what its members belong to: "democrats", "the Republicans"
    if words[0].lower() in _GROUP_DETERMINERS:
        return any(_is_role(w) or member_of(w) for w in words[1:])
    return len(words) <= 2 and (
        (words[-1].lower().endswith("s") and _is_role(words[-1]))
        or member_of(words[-1]) is not None
    )


def _role_then_name(words: Sequence[str]) -> bool:
    """Whether the speaker words `words` are a role or a title typed in lower case, as in chat,
    before a name: "chief justice roberts", "judge boasberg", "sen chris van hollen". The
    name's last word is no English word and not too short to tell from a misspelling; its
    others are no English word either, a first name or a surname's particle. Not "the judge
    in maryland" or "the governor's aide" (a role alone), nor "president bukele" misspelt
    ("president bukel"), which the speller reads first."""
    at = 0
    while at < len(words) and _titles_someone(words[at]):
        at += 1
    name = [w.lower() for w in words[at:]]
    if not at or not name or len(name) > 3:
        return False
    last = name[-1]
    return (
        len(last) >= 3
        and not is_english_word(last)
        and not is_topic_free(last)
        and all(w in _NAME_PARTICLES or is_first_name(w) or not is_english_word(w) for w in name)
    )


def _titles_someone(word: str) -> bool:
    """Whether `word` is a role one person holds, typed before their name ("judge", "chief",
    "justice", "senator") or a title abbreviated ("sen", "gov", "dr")."""
    bare = word.lower().strip("'’.,")
    return bare in PERSONAL_TITLES or (not bare.endswith("s") and _is_role(bare))


def member_of(word: str) -> str | None:
    """The singular of `word` when it is a plural naming people by what they belong to, as
    WordNet writes with a capital ("democrats": Democrat; "Catholics"), which `is_person_noun`
    leaves out as a name; else None."""
    plural = word.lower().strip("'’.,")
    if len(plural) < 4 or not plural.endswith("s"):
        return None
    wordnet = shared_wordnet()
    if wordnet is None:
        return None
    singular = plural[:-1]
    sense = wordnet.first_noun_sense(singular)
    if sense is None or sense[0] != _PERSON_FILE:
        return None
    return singular if singular.capitalize() in sense[1] else None


# WordNet's lexicographer file of nouns for people
_PERSON_FILE = 18


_GROUP_DETERMINERS = frozenset("any some other those these".split())
# the asker's own ("our government", "my senator"): whoever holds the role for them
_FIRST_PERSON_OWNERS = frozenset("our my".split())
FIRST_PERSON_OWNER = re.compile(r"^(?:our|my)\s+", re.IGNORECASE)


# The words for a person or their role, one word each: a word one edit from one is no name
# but that word misspelt ("the epert").
_ROLE_WORDS = sorted(
    {
        *ROLES_ASKED_ABOUT,
        *(head[0].rstrip(".") for head in ROLE_HEADS if len(head) == 1),
        *PERSON_NOUNS,
        *SOMEONE_NOUNS,
        *"academic scholar researcher scientist leader aide advisor".split(),
    }
)
_LONE_WORD = re.compile(r"(?:(?:the|a|an|this|that)\s+)?(?P<word>[^\W\d_]{2,})(?:['’]s?)?", re.I)


def lone_name_word(who: str) -> str | None:
    """The one word of the speaker words `who`, in lower case, when it is no English word in
    WordNet's words or lemminflect's: a name's initials typed in lower case ("aclu", "the
    nyt", "the ACLU's"), or a name misspelt ("buke", "brner"), which the corpus tells
    apart."""
    lone = _LONE_WORD.fullmatch(who)
    if lone is None:
        return None
    lower = lone.group("word").lower()
    if lower in _PRONOUNS or lower in _NOT_SPEAKERS or is_english_word(lower):
        return None
    if is_topic_free(lower):
        return None  # "what did yall say"
    if process.extractOne(lower, _ROLE_WORDS, scorer=OSA.distance, score_cutoff=1) is not None:
        return None  # "the epert": a role misspelt
    wordnet = shared_wordnet()
    return None if wordnet is not None and wordnet.knows_as_word(lower) else lower


def may_name_someone(word: str) -> bool:
    """Whether `word` may be the word for a speaker: no English word (a name), or a noun
    ("court"; not "not", or "run"'s verb alone)."""
    wordnet = shared_wordnet()
    return not is_english_word(word) or wordnet is None or wordnet.is_noun(word)


def initials_spelt_out(word: str) -> tuple[str, ...]:
    """The names WordNet writes the initials `word` out as ("doj": "Department of Justice",
    "Justice Department"); none when it has no such initials."""
    wordnet = shared_wordnet()
    return wordnet.spelt_out(word) if wordnet is not None else ()


def _ends_in_someone(words: str) -> bool:
    """Whether the last of `words` says what someone is (`_ends_in_a_role`) or makes them an
    organisation ("amnesty international", "the rights watch"): whose words a noun after them
    ("statement", "reaction") asks for."""
    return _ends_in_a_role(words) or words.split()[-1].lower() in ORG_WORDS


def _ends_in_a_role(words: str) -> bool:
    """Whether the last of `words` says what someone is ("mexico's foreign minister"): words
    that name someone, not a thing ("prison", "gang")."""
    last = words.split()[-1].lower()
    return names_a_role(last) or _is_role(last)


def names_a_role(word: str) -> bool:
    """Whether `word` says what one person is: a role noun ("governor", "deputy") or a word
    for a person ("guy", "resident"). Not a plural: "officials said" reports a group (unlike
    `_is_role`, which asks whether "the <word>" refers to whoever holds a role, or a group
    of them: "lawyers", "the government")."""
    word = word.lower()
    return (
        (word,) in ROLE_HEADS
        or word in PERSON_NOUNS
        or word in SOMEONE_NOUNS
        or role_in_story_words(word) is not None
    )


def _is_role(word: str) -> bool:
    """Whether "the <word>" in a question refers to someone by a role the story may give
    nobody (ROLES_ASKED_ABOUT), one or several ("the lawyers"), or a group ("the
    government"); `names_a_role` asks instead whether the word is one person's role."""
    word = word.lower().strip("'’.,")
    return word in ROLES_ASKED_ABOUT or (word.endswith("s") and word[:-1] in ROLES_ASKED_ABOUT)


@functools.lru_cache(maxsize=4096)
def _with_roles_spelt(who: str) -> str:
    """`who` with each misspelt role noun ("mnister", "profesor": one edit from one, and no
    English word itself) written as the role noun; from four letters when `who` is "the" and
    that one word ("the mayr": the mayor), six otherwise. Remembered by `who`: a name no
    English word ("Kowalski") is compared with every role noun, ~20 µs, and members ask
    about the same people again and again."""
    lone = _LONE_WORD.fullmatch(who)
    shortest = _MIN_MISSPELT_LONE_ROLE if lone and lone.start("word") > 0 else _MIN_MISSPELT_ROLE

    def spelt(match: re.Match[str]) -> str:
        word = match.group()
        if len(word) < shortest or _is_role(word) or is_english_word(word):
            return word
        best = process.extractOne(
            word.lower(), ROLES_ASKED_ABOUT, scorer=OSA.distance, score_cutoff=1
        )
        return str(best[0]) if best is not None else word

    return _LETTERS.sub(spelt, who)


def _with_role_initials(who: str, finder: MentionFinder) -> str:
    """`who` with a word that is the initials of a role someone of the story holds ("AG",
    "ag": "attorney general"; `MentionFinder.role_of_initials`) written as the role: no
    English word, and no name or alias of anyone the story names ("HRW")."""

    def spelt(match: re.Match[str]) -> str:
        word = match.group()
        if not 2 <= len(word) <= 5 or is_english_word(word) or finder.find_groups(word):
            return word
        return finder.role_of_initials(word.lower()) or word

    return _LETTERS.sub(spelt, who)


def _with_story_spellings(who: str, finder: MentionFinder) -> str:
    """`who` with each word no role of the story's people has, written as another spelling
    of it that one has (`WordNet.spelt_otherwise`: "the harbor master" of a story's "Harbour
    master", "the defense minister" of its "Defence Minister"); a word the roles have, or
    that is no noun's other spelling, stays as typed ("counsel" is no "council").
    Remembered by `who` for the story's people (`finder`): a speaker's words are read so
    several times a question (141 calls of 53 in the 300 questions at 100,000 passages)."""
    wordnet = shared_wordnet()
    if wordnet is None:
        return who
    memo = _STORY_SPELLINGS.get(finder)
    if memo is None:
        memo = _STORY_SPELLINGS[finder] = {}
    spelt = memo.get(who)
    if spelt is None:
        spelt = remember(memo, who, _spelt_as_the_story(who, finder, wordnet), _SPELLINGS_KEPT)
    return spelt


# `_with_story_spellings`' readings, by the story's people's finder (kept while it is) and `who`
_STORY_SPELLINGS: weakref.WeakKeyDictionary[MentionFinder, dict[str, str]] = (
    weakref.WeakKeyDictionary()
)
_SPELLINGS_KEPT = 4_096


def _spelt_as_the_story(who: str, finder: MentionFinder, wordnet: WordNet) -> str:
    """`_with_story_spellings` of `who`, read word by word."""
    own = finder.role_words()

    def spelt(match: re.Match[str]) -> str:
        word = match.group()
        lower = word.lower()
        if lower in own or lower in FUNCTION_WORDS:
            return word
        other = sorted(wordnet.spelt_otherwise(lower) & own)
        if len(other) != 1:
            return word
        return other[0].capitalize() if word[0].isupper() else other[0]

    return _LETTERS.sub(spelt, who)


_MAX_OWNED_WORDS = 3  # "the Ortiz chief of staff"


def _with_name_owning(who: str, found: Sequence[Found]) -> str:
    """`who` with a name set before a word for a person made the owner's ("the Trump aide",
    "the Bukele spokesman", "the HRW researcher": Trump's aide, Bukele's spokesman, HRW's
    researcher): a name before a noun qualifies it, as "the Maryland man" is no Maryland, so
    the person is someone of theirs, read as the possessive is. Not a word for anyone ("the
    Bukele guy" is chat's Bukele), a word for the people around someone (read by
    `_entourage_of_someone_named`), nor a role of the one named ("the Trump president")."""
    for group in found:
        if not group.by_name or _POSSESSIVE_AFTER.match(who, group.end):
            continue
        rest = who[group.end :].split()
        if not rest or len(rest) > _MAX_OWNED_WORDS or any("'" in w or "’" in w for w in rest):
            continue  # "the Garcia family's lawyers": whose they are is read as typed
        if any(other.start >= group.end and other.by_name for other in found):
            continue  # "Trump ally Matt Gaetz": a name after, whom the words name
        named = {person.id for person in group.by_name}
        titles = [other for other in found if other.end <= group.start]
        if any(named.isdisjoint(p.id for p in other.people) for other in titles):
            continue  # "the Bukele Trump aide": whose?
        start = min((other.start for other in titles), default=group.start)
        nouns = [word.strip(".,").lower() for word in rest]
        # the noun before "of" ("the Ortiz chief of staff"), else the last
        head = nouns[nouns.index("of") - 1] if "of" in nouns[1:] else nouns[-1]
        if len(nouns) > _MAX_TIED_WORDS and "of" not in nouns[1:]:
            continue
        if not head.isalpha() or head in SOMEONE_NOUNS or head in ENTOURAGE_NOUNS:
            continue
        if not (is_person_noun(head) or names_a_role(head) or _is_role(head)):
            continue
        own = {w.lower() for person in group.people for role in person.roles for w in role.split()}
        if any(same_family(noun, word) for noun in nouns for word in own):
            continue
        # "the former Trump aide": Trump's former aide
        # ("President Trump aide": President Trump's aide)
        before = LEADING_ARTICLE.sub("", who[:start]).split()
        return " ".join((f"{who[start : group.end]}'s", *before, *rest))
    return who


def _with_pointed_at(
    question: str, finder: MentionFinder, found: tuple[Found, ...]
) -> tuple[Found, ...]:
    """`found`, and whom "that man" or "this woman" points at where no one is found there:
    the one person the story calls a man (or a woman) by a role of theirs ("Kilmar Abrego
    Garcia, a Maryland man"), as "that Maryland man" would name him. Not when several are,
    and not "this guy", which the story calls no one (chat's word for whoever is talked
    about)."""
    if not may_hold_word(question, SOMEONE_NOUNS):  # every match holds its noun
        return found
    pointing = _POINTING.search(question) is not None
    from_place = _FROM_PLACE.search(question) is not None
    place_then = _PLACE_THEN_SOMEONE.search(question) is not None
    if not pointing and not from_place and not place_then:
        return found
    pointed: list[Found] = []
    for match in _POINTING.finditer(question) if pointing else ():
        start, end = match.span("noun")
        if any(group.start < end and start < group.end for group in found):
            continue
        people = finder.called(match.group("noun").lower())
        if len(people) == 1:
            pointed.append(finder.group(people, question, start, end))
    for match in _FROM_PLACE.finditer(question) if from_place else ():
        start, end = match.start("noun"), match.end("place")
        if any(group.start < end and start < group.end for group in found):
            continue
        people = _from_the_place(match.group("noun").lower(), match.group("place"), finder)
        if len(people) == 1:
            place = match.group("place").lower().split()
            role_words = {w for role in people[0].roles for w in role.lower().split()}
            if len(place) > 1 and place[1] not in role_words:
                end = match.start("place") + len(match.group("place").split()[0])  # "back"
            pointed.append(finder.group(people, question, start, end))
    for match in _PLACE_THEN_SOMEONE.finditer(question) if place_then else ():
        start, end = match.start("place"), match.end("noun")
        if any(group.start < end and start < group.end for group in found + tuple(pointed)):
            continue
        people = _from_the_place(match.group("noun").lower(), match.group("place"), finder)
        if len(people) == 1:
            pointed.append(finder.group(people, question, start, end))
    if not pointed:
        return found
    return tuple(sorted((*found, *pointed), key=lambda group: group.start))


def _from_the_place(noun: str, place: str, finder: MentionFinder) -> tuple[Person, ...]:
    """The people a role of theirs calls a word for anyone of the kind of `noun` (a man, a
    woman, or anyone for "person") and holds the first word of `place` in: whom "the man from
    Maryland" names as "that Maryland man" would ("Kilmar Abrego Garcia, a Maryland man")."""
    if noun in _SAID_OF_MEN:
        nouns = _SAID_OF_MEN | {"person"}
    elif noun in _SAID_OF_WOMEN:
        nouns = _SAID_OF_WOMEN | {"person"}
    else:
        nouns = SOMEONE_NOUNS
    first = place.split()[0].lower()
    if first in FUNCTION_WORDS:
        return ()  # "the man from the ferry": no word of a place
    return tuple(
        _unique(
            person
            for kind in sorted(nouns)
            for person in finder.called(kind)
            if any(first in role.lower().split()[:-1] for role in person.roles)
        )
    )


def _people_of(found: Sequence[Found]) -> tuple[Person, ...]:
    """Everyone `found` names, once each, in order (one group's people are already once each)."""
    if len(found) == 1:
        return found[0].people
    return tuple(_unique(itertools.chain.from_iterable(group.people for group in found)))


def _unique(people: Iterable[Person]) -> list[Person]:
    seen: dict[str, Person] = {}
    for person in people:
        seen.setdefault(person.id, person)
    return list(seen.values())


def misgivings_asked(question: str) -> list[str]:
    """The nouns of misgiving `question` asks someone voiced ("did the professor flag any
    caveats", "has she raised concerns", "any red flags": "caveats", "concerns", "flags"),
    lower-case: words a story tells as a warning ("warned that reports ... should be taken
    seriously")."""
    if not may_hold_word(question, _SPEECH_ACT_VERBS):
        return []
    return [
        act.group("misgiving").split()[-1].lower()
        for act in _SPEECH_ACT.finditer(question)
        if act.group("misgiving")
    ]


# What a question may ask of someone a role names, typed after the role as its owner's ("the
# judges name": the judge's name), besides another person (`owners_apostrophe_restored`)
_OWNED_ATTRIBUTES = frozenset({"name", "names", "age"})


def owners_apostrophe_restored(question: str, finder: MentionFinder) -> str:
    """`question` with the apostrophe of an owner chat leaves out put back where a role the
    story gives someone is typed in "s" right before another of its people or what is asked of
    them ("the coachs son": the coach's son, Tyler, not the coach; "what is the judges name":
    the judge's). As typed, the role and the one owned were read as two people, both asked of,
    or the plural as several, whom no description fits. Not a role before anything else ("the
    judges ruled"), nor a name (the speller's, `_possessive_kept`)."""
    if "s " not in question.lower():
        return question
    found = finder.find_groups(question)
    starts = {group.start for group in found}
    fixed = question
    for group in reversed(found):
        word = question[group.start : group.end]
        if group.by_name or not group.people or not re.fullmatch(r"[^\W\d_]+s", word):
            continue
        after = re.match(r"\s+([^\W\d_]+)", question[group.end :])
        if after is None:
            continue
        owned = after.group(1).lower()
        if (
            group.end + after.start(1) not in starts
            and owned not in _OWNED_ATTRIBUTES
            # a role the story gives no one by that word ("the presidents spokesman")
            and not names_a_role(owned)
        ):
            continue
        lower = word.lower()
        nouns = all_lemmas(lower).get("NOUN", ())
        singular = next((n for n in nouns if lower in (f"{n}s", f"{n}es")), word[:-1])
        fixed = f"{fixed[: group.start]}{word[: len(singular)]}'s{fixed[group.end :]}"
    return fixed


# The most words of a description before the word saying what someone is ("the White House
# press secretary": four), and the words that open one
_MOST_DESCRIBING_WORDS = 4
_DESCRIPTION_OPENERS = frozenset("the this that".split())


def people_described(question: str, finder: MentionFinder, read: ReadQuestion) -> list[Found]:
    """Where `question` names one person the story knows by a description of them, not by
    their name ("the Salvadoran leader", "the cornell prof", "the white house press
    secretary", "el salvador's president", "the president" of a story with one), each as a
    `Found` of that one person: "the" (or an owner's possessive) and up to four words ending
    in a word saying what someone is, read as a speaker's words are (`speaker_named_by`: the
    story's roles, their synonyms, its descriptions and labels). Not a description several
    fit ("the president" of a story with two), nor one naming someone named by name where it
    stands ("President Bukele"), nor one of several ("the two leaders", "the lawyers"), nor
    one going on after "of" ("the leader of Norway": not whoever the story's leader is)."""
    words = list(_WORD.finditer(question))
    described: list[Found] = []
    opening = [_opens_description(w.group()) for w in words]
    if not any(opening):
        return described
    memo = _described_memo(finder)
    last_opening = -_MOST_DESCRIBING_WORDS - 1  # the last "the" or owner before the word
    for at, head in enumerate(words):
        if at - last_opening > _MOST_DESCRIBING_WORDS:
            last_opening = at if opening[at] else last_opening
            continue  # no "the" nor an owner before it: a few words' look-up each, not WordNet's
        last_opening = at if opening[at] else last_opening
        noun = memo.head(head.group(), finder)  # "the leader's": "leader"
        if noun is None:
            continue
        if at + 1 < len(words) and words[at + 1].group().lower() == "of":
            continue
        if _is_plural(noun):
            continue
        if any(g.by_name and g.start < head.end() and head.start() < g.end for g in read.found):
            continue  # "President Bukele": named
        found = _described_ending_at(question, words, at, finder, read)
        if found is not None:
            # "the rights group" over "the rights"
            described = [g for g in described if not found.start <= g.start < found.end]
            described.append(found)
    return described


def _described_ending_at(
    question: str,
    words: Sequence[re.Match[str]],
    at: int,
    finder: MentionFinder,
    read: ReadQuestion,
) -> Found | None:
    """`people_described`'s one person whose description ends with words[at], the longest
    reading that names one."""
    memo = _described_memo(finder)
    for start in range(max(0, at - _MOST_DESCRIBING_WORDS), at + 1):
        first = words[start].group().lower()
        between = [w.group() for w in words[start:at]]
        owned = any(_POSSESSIVE_END.search(w) for w in between)
        if first not in _DESCRIPTION_OPENERS and not owned:
            continue
        if any(w.lower() in FUNCTION_WORDS for w in between[1:] if not _POSSESSIVE_END.search(w)):
            continue  # "the meeting with the president": the description starts after "with"
        end = words[at].start() + len(_POSSESSIVE_END.sub("", words[at].group().rstrip(".,")))
        span = (words[start].start(), end)
        if _BOTH.search(question, *span):
            return None  # "the two leaders", "both presidents": all of them
        person = memo.one_named(question[slice(*span)], finder)
        if person is None:
            continue
        if any(person in g.by_name and g.start < span[1] and span[0] < g.end for g in read.found):
            continue  # "Trump's aide" is not Trump
        return finder.group([person], question, *span)
    return None


@functools.lru_cache(maxsize=65_536)
def _opens_description(word: str) -> bool:
    """Whether `word` may open a description of someone: "the", "this", "that" or an owner's
    possessive ("el salvador's")."""
    return word.lower() in _DESCRIPTION_OPENERS or _POSSESSIVE_END.search(word) is not None


# How many descriptions and head words a story's `_DescribedMemo` keeps
_DESCRIBED_KEPT = 4_096


@dataclass
class _DescribedMemo:
    """`people_described`'s readings of one story's people (one `MentionFinder`), remembered:
    questions describe the same people in the same words again and again ("the professor",
    "the maryland guy", "the Salvadoran leader")."""

    heads: dict[str, str | None] = field(default_factory=dict)
    named: dict[str, Person | None] = field(default_factory=dict)

    def head(self, word: str, finder: MentionFinder) -> str | None:
        """The noun of `word` as typed ("leader's": "leader") when it may end a description of
        someone (`_may_say_what_someone_is`), else None."""
        if word in self.heads:
            return self.heads[word]
        noun: str | None = _POSSESSIVE_END.sub("", word.lower().rstrip(".,"))
        if noun in _DESCRIPTION_OPENERS or not _may_say_what_someone_is(noun or "", finder):
            noun = None
        return remember(self.heads, word, noun, _DESCRIBED_KEPT)

    def one_named(self, words: str, finder: MentionFinder) -> Person | None:
        """The one person the description `words` names as a speaker's words would
        (`speaker_named_by`), else None (no one, or several)."""
        if words in self.named:
            return self.named[words]
        named = speaker_named_by(words, finder)
        one = named.speakers[0] if named is not None and len(named.speakers) == 1 else None
        return remember(self.named, words, one, _DESCRIBED_KEPT)


# each story's memo, by its people's finder (kept while the finder is)
_DESCRIBED_MEMOS: weakref.WeakKeyDictionary[MentionFinder, _DescribedMemo] = (
    weakref.WeakKeyDictionary()
)


def _described_memo(finder: MentionFinder) -> _DescribedMemo:
    memo = _DESCRIBED_MEMOS.get(finder)
    if memo is None:
        memo = _DESCRIBED_MEMOS[finder] = _DescribedMemo()
    return memo


def _may_say_what_someone_is(noun: str, finder: MentionFinder) -> bool:
    """Whether `noun` may end a description of someone: a role noun or a word for a person
    ("leader", "guy", "dictator"), a word for any organisation ("group"), or a role noun as
    chat shortens it, which the story's descriptions of its people end in ("prof" of
    "professor")."""
    return _says_what_anyone_is(noun) or (
        noun.isalpha() and not is_english_word(noun) and bool(finder.descriptions.fitting([noun]))
    )


@functools.lru_cache(maxsize=65_536)
def _says_what_anyone_is(noun: str) -> bool:
    """`_may_say_what_someone_is` of any story's people: remembered by the word, as questions
    repeat their words."""
    return names_a_role(noun) or _is_role(noun) or noun in GROUP_NOUNS or is_person_noun(noun)


def _is_plural(noun: str) -> bool:
    """Whether `noun` is a noun's plural ("leaders", "lawyers"; not "boss", "prof")."""
    nouns = all_lemmas(noun).get("NOUN", ())
    return bool(nouns) and noun not in nouns
