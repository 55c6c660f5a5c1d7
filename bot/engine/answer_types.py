"""The kind of answer a question expects, and whether a passage holds one: what moves
passages up for "how many", "when" and "who", and what the confidence model reads.

Two readings. The coarse one (`expected_answer`: a number, an amount or a date; a person, and
`holds_number`, stored with each build) and the finer one the searcher uses (`expected_kind`,
`holds_kind`): "how much did China spend" asks for an amount, which "two years ago" is not;
"how many people were deported" for a count, which the year 2019 is not; "when" for a date or
a time; "how long" for a span of time. A passage holding a number of the wrong kind is no
evidence that it answers, and scoring it as one lets a passage on the question's topic but
without its answer look like the answer.

The words that say which kind is wanted ("how long", "what year") are the question's form, not
its topic: "long" must not find "long-running", nor "year" every passage with "years".
"""

from __future__ import annotations

import functools
import re
from enum import StrEnum

from bot.engine.lexicon import shared_wordnet
from bot.engine.text import SENTENCE_STOP, may_hold_word, term_spans, terms
from bot.engine.words import PERSON_NOUNS, ROLE_HEADS, STOP_WORDS, all_lemmas, is_english_word

# Questions whose answer is a number, an amount or a date: "how many", "how much", "when",
# "what year", "how long ago", "how old".
# Read where the question opens (its first few words): "what did he say when ..." asks for
# words, not a date.
# "what is the population of", "what's the fee": nouns that name an amount or a count
_QUANTITY_NOUN_WORDS = tuple("amount sum price fee cost number percentage share population".split())
_QUANTITY_NOUNS = rf"(?:(?:{'|'.join(_QUANTITY_NOUN_WORDS)})s?\b|%)"
# "cost" as the verb of its clause ("what does it cost", "what did the library china built
# cost"), not the noun after a determiner or a preposition ("what did Miller say about the
# cost": his words)
_COST_VERB = (
    r"(?<!\bthe\s)(?<!\ba\s)(?<!\bits\s)(?<!\btheir\s)(?<!\babout\s)(?<!\bof\s)(?<!\bon\s)"
    r"cost\b"
)
# "how big is the country population-wise", "how small is it, like population?": its size as
# the number of its people, its population (a count)
_SIZE_IN_PEOPLE = r"how\s+(?:big|large|small|tiny|populous)\b(?=[^?]*?\bpopulation)"
# Whose quantity a question asks: "the", "its", or an owner typed before it ("el salvador's
# population", "el salvadors population" as chat drops the apostrophe, "bukele's fee"), and
# the words measuring it as one of several ("the annual cost", "the per-inmate cost", "the
# average fee")
_WHOSE = (
    r"(?:the|their|its|(?:[\w'’-]+\s+){0,2}?[^\W\d_][\w-]*(?:['’]s|s['’]?))\s+"
    r"(?:(?:annual|yearly|monthly|weekly|daily|average|total|overall|estimated|typical"
    r"|per-[^\W\d_]+)\s+){0,2}"
)
_EXPECTS_NUMBER = re.compile(
    r"""
    ^\W*(?:[\w'’]+\W+){0,3}?
    (?: how\s+(?:many|much|long|old|often|recently|soon)\b
      | """
    + _SIZE_IN_PEOPLE
    + r"""
      | when\b
      | (?:what|which)\s+(?:year|day|date|month|time|age|week|amount|number|percent(?:age)?|share)\b
      | (?:what|which)\s+%  # the sign for the word, as chat writes it: "what % voted for him"
      | what\s+(?:does|do|did|will|would)\s+(?:[\w'’-]+\s+){1,5}?"""
    + _COST_VERB
    + r"""
      | (?:what|which)(?:['’]?s|\s+(?:is|was|are|were))\s+"""
    + _WHOSE
    + _QUANTITY_NOUNS
    + r"""
      # "what were the hrw numbers on detentions": counts asked of something
      | (?:what|which)(?:['’]?s|\s+(?:is|was|are|were))\s+(?:the|their|its)\s+
        (?:[\w'’-]+\s+){0,2}?(?:numbers|stats|statistics)\s+(?:on|of|for|about)\b
    )
    """,
    re.IGNORECASE | re.VERBOSE,
)
# a word every match of `_EXPECTS_NUMBER` holds (`may_hold_word`), but for the sign "%"
_NUMBER_ASKED_WORDS = frozenset(
    (
        *"how when year day date month time age week percent cost numbers stats statistics".split(),
        *(f"{noun}{s}" for noun in _QUANTITY_NOUN_WORDS for s in ("", "s")),
    )
)
_NUMBER_WORDS = (
    "one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty "
    "dozen dozens hundred hundreds thousand thousands million millions billion billions "
    "several half double twice times percent "
    "monday tuesday wednesday thursday friday saturday sunday weekend yesterday today tonight "
    "january february march april june july august september october november december "
    "ago decade decades"
)
# A number, an amount or a date in a passage: digits, number words, days, months, "years ago".
_SPANS_OF_TIME = "years months weeks"
_THIS_TIME = r"\b(?:last|this|next|that)\s+(?:week|month|year|term)\b"  # "last week"
_NUMBER_OR_DATE = re.compile(
    r"\d|\b(?:" + "|".join(_NUMBER_WORDS.split()) + r")\b"
    rf"|{_THIS_TIME}|\b(?:" + "|".join(_SPANS_OF_TIME.split()) + r")\b",
    re.IGNORECASE,
)


# Questions whose answer is someone: "who rebuffed him?", "whose figures say ...".
_EXPECTS_PERSON = re.compile(
    r"^\W*(?:[\w'’]+\W+){0,3}?(?:who|whom|whose"
    r"|(?:which|what)\s+(?:person|official|man|woman|group|organi[sz]ation|politician))\b",
    re.IGNORECASE,
)
_PERSON_WORDS = frozenset(  # the word every match of it holds (`may_hold_word`)
    "who whom whose person official man woman group organization organisation politician".split()
)


class Expected(StrEnum):
    """The kind of answer a question asks for, when it asks for one."""

    NUMBER = "number"  # a number, an amount or a date
    PERSON = "person"  # someone


# "when" last asks when as "when" first does: "they met when?", "buddies since when"
_ENDS_WITH_WHEN = re.compile(r"(?=[w])\bwhen\W*$", re.IGNORECASE)
_WHEN = frozenset(("when",))  # the word every match of it holds (`may_hold_word`)


# A yes-or-no question asking the number in a few words after it: "did he win, and by how
# much?", "were people arrested and how many" (too short to be a question of its own)
_ENDS_ASKING_NUMBER = re.compile(
    r"(?=[aio])\b(?:and|or|if\s+so)\W+(?:(?:by|for|to|at|in|of)\s+)?"
    r"(?P<asks>how\s+(?:many|much|long|old|often)(?:\s+\w+)?)\W*$",
    re.IGNORECASE,
)
_HOW = frozenset(("how",))  # the word every match of it holds (`may_hold_word`)


# A clause a question may open with before what it asks ("when bukele said he wont send
# garcia back, what did trump say": Trump's words), and where what it asks then starts: a
# question word and its verb. "when" with its verb asks itself ("when did bukele say ...").
OPENING_CLAUSE = re.compile(
    r"(?:when|after|while|once|before|since|as\s+soon\s+as)\s+"
    r"(?!(?:did|does|do|is|was|were|has|have|had|will|would|can|could)\b)",
    re.IGNORECASE,
)
MAIN_QUESTION = re.compile(
    r"[,;:]?\s+(?=(?:what|how|why|when|where)\s+"
    r"(?:did|does|do|is|was|were|has|have|had|will|would|can|could)\b)",
    re.IGNORECASE,
)
# The words a message may open with before such a clause: "so when ...", "ok so after ..."
_CLAUSE_LEAD = re.compile(r"\W*(?:(?:so|and|but|ok|okay|then|um|uh|well|wait)\b[\s,]*)*", re.I)


def asked_past_opening_clause(question: str) -> str:
    """`question` from where what it asks starts, past a clause it opens with ("when bukele
    first sat down with trump what did he say about crime": what did he say about crime, no
    date asked); `question` itself when it opens with none."""
    lead = _CLAUSE_LEAD.match(question)
    clause = OPENING_CLAUSE.match(question, lead.end() if lead else 0)
    main = MAIN_QUESTION.search(question, clause.end()) if clause else None
    return question[main.end() :] if main else question


def expected_answer(question: str) -> Expected | None:
    """What kind of answer `question` asks for: a number ("how many", "when"), a person
    ("who", "whose"), or None."""
    question = asked_past_opening_clause(question)
    if (
        (
            ("%" in question or may_hold_word(question, _NUMBER_ASKED_WORDS))
            and _EXPECTS_NUMBER.search(question)
        )
        or (may_hold_word(question, _WHEN) and _ENDS_WITH_WHEN.search(question))
        or (may_hold_word(question, _HOW) and _ENDS_ASKING_NUMBER.search(question))
    ):
        return Expected.NUMBER
    if may_hold_word(question, _PERSON_WORDS) and _EXPECTS_PERSON.search(question):
        return Expected.PERSON
    return None


def holds_number(text: str) -> bool:
    """Whether `text` holds a number, an amount or a date (`_NUMBER_OR_DATE` finds one).

    Every passage of a build is asked (~30 µs each by that search, which tries its 70 words
    at every character): a paragraph whose only characters beyond ASCII are quotation marks,
    dashes and ellipses is read word by word instead (~7 µs). There, case folding is ASCII's
    and those marks are neither word characters nor spaces, so a word of the list standing
    on its own is exactly a whole word of the lowered text (tests/engine/test_answer_types.py
    holds the two readings equal)."""
    if _DIGIT.search(text):
        return True
    if not (text.isascii() or _PLAIN_MARKS.issuperset(c for c in text if c > "\x7f")):
        return _NUMBER_OR_DATE.search(text) is not None
    lowered = text.lower()
    if not _NUMBER_WORD_SET.isdisjoint(_WORD_RUN.findall(lowered)):
        return True
    return _THIS_TIME_LOWERED.search(lowered) is not None


_DIGIT = re.compile(r"\d")
_PLAIN_MARKS = frozenset("“”‘’—–…")
_NUMBER_WORD_SET = frozenset([*_NUMBER_WORDS.split(), *_SPANS_OF_TIME.split()])
_WORD_RUN = re.compile(r"\w+")
_THIS_TIME_LOWERED = re.compile(_THIS_TIME)


class AnswerKind(StrEnum):
    """The kind of answer a question asks for, finer than `Expected`."""

    AMOUNT = "amount"  # money, a quantity: "how much"
    COUNT = "count"  # how many of something: "how many"
    AGE = "age"  # "how old": "Bukele, 43, said"
    DATE = "date"  # a point in time: "when", "what year", "how long ago"
    FUTURE = "future"  # a time to come: "when will", "when is he going to"
    DURATION = "duration"  # a span of time: "how long", "how often"
    PERSON = "person"  # someone: "who", "whose", "which judge"
    PLACE = "place"  # somewhere: "where"
    OCCUPATION = (
        "occupation"  # what someone does: "what is her job", "what does he do for a living"
    )


# Read where the question opens, as expected_answer does: "what did he say when ..." asks for
# words, not a date.
_OPENING = r"^\W*(?:[\w'’]+\W+){0,3}?"
_KINDS: tuple[tuple[AnswerKind, re.Pattern[str]], ...] = tuple(
    (kind, re.compile(_OPENING + pattern, re.IGNORECASE | re.VERBOSE))
    for kind, pattern in (
        (
            AnswerKind.FUTURE,
            # "when does her term end": the present asks when it is to come (or when it
            # recurs), which a time gone by does not answer
            r"""(?: when\s+(?:will|shall|['’]ll|does|do)
                 | when(?:\s+(?:is|are|am)|['’]s|['’]re)\s+(?:[\w'’-]+\s+){0,8}?
                   (?:going\s+to|gonna|due\s+to|set\s+to|expected\s+to|scheduled\s+to)
                 # "when's the next hearing": the next one is to come
                 | when(?:\s+(?:is|are)|['’]s|['’]re)\s+(?:[\w'’-]+\s+){0,3}?next
                 | how\s+soon )\b""",
        ),
        (
            AnswerKind.DATE,
            r"""(?: how\s+long\s+ago | how\s+recently | since\s+when | when
                 | (?:what|which)\s+(?:year|day|date|month|time|week)s?
                 | how\s+(?:many|much)\s+(?:years|months|weeks|days)\s+ago )\b""",
        ),
        (AnswerKind.DURATION, r"(?: how\s+long | how\s+often | for\s+how\s+long )\b"),
        (
            AnswerKind.AMOUNT,
            r"(?: how\s+much | (?:what|which)\s+(?:amount|sum|price|fee|cost)"
            # "what does it cost", "what did the prison cost to build": asked as "how much"
            r"| what\s+(?:does|do|did|will|would)\s+(?:[\w'’-]+\s+){1,5}?"
            + _COST_VERB
            + r"| (?:what|which)(?:['’]?s|\s+(?:is|was|are|were))\s+"
            + _WHOSE
            + r"(?:amount|sum|price|fee|cost) )\b",
        ),
        (AnswerKind.AGE, r"(?: how\s+old | (?:what|which)\s+age )\b"),
        (
            AnswerKind.COUNT,
            r"(?: (?: how\s+many | "
            + _SIZE_IN_PEOPLE
            + r" | (?:what|which)\s+(?:number|percent(?:age)?|share)"
            r"| (?:what|which)(?:['’]?s|\s+(?:is|was|are|were))\s+"
            + _WHOSE
            + r"(?:number|percentage|share|population)"
            # "what were the hrw numbers on detentions": counts asked of something
            r"| (?:what|which)(?:['’]?s|\s+(?:is|was|are|were))\s+(?:the|their|its)\s+"
            r"(?:[\w'’-]+\s+){0,2}?(?:numbers|stats|statistics)\s+(?:on|of|for|about) )\b"
            r"| (?:what|which)(?:\s+|['’]?s\s+(?:the\s+)?)% )",
        ),
    )
)
# Questions asking what something is called: "what's the name of the prison", "whats the
# prison called", "what is his wife's name", "does the prison even have a name".
_IS = r"(?:what|which)(?:['’]?s|\s+(?:is|was|are|were))\s+"
# What may end a question after "called" or "named": its mark, and words that only say again
# that a name is asked or hedge ("what is the prison called like its name", "... called or
# whatever", "... called lol")
_CALLED_END = (
    r"\s*[?!.,]*(?:\s*(?:like\s+)?(?:what['’]?s\s+)?(?:its|it['’]s|the|their)\s+names?"
    r"|\s*(?:or\s+)?(?:whatever|something|smth|lol|tho|though|again|exactly|even|anyway))*"
    r"\s*[?!.]*\s*$"
)
# A word saying which name, between the determiner and "name": "what's the actual name of the
# prison", "what is her full name", "their official name"
_NAME_KIND = r"(?:[\w'’-]+\s+)?"
_NAME_FORM = (
    rf"\b{_IS}(?:the|their|its|his|her)\s+{_NAME_KIND}names?(?:\s+of)?\b"
    rf"|\b(?:called|named){_CALLED_END}"
    r"|(?<=['’]s)\s+names?\b"
    r"|\b(?:have|has|got)\s+a\s+name\b"
)
# Whether the story tells a name: "does the article give the name of the prison", "a patron
# asks whether the story mentions the official name of the pier" ask for it as "what is the
# name of" does
_TELLS_NAME = (
    r"(?:does|do|did|will|can|whether|if)\s+(?:[\w'’-]+\s+){1,4}?"
    r"(?:(?:give|say|mention|include|list|provide|state|reveal|report)s?|tells?\s+(?:us|me|you))"
    rf"\s+(?:the|its|their|his|her|a|an|any)\s+{_NAME_KIND}names?\b"
)
_ASKS_NAME = re.compile(
    _OPENING
    + rf"(?:{_IS}(?:the|their|its|his|her)\s+{_NAME_KIND}names?\b"
    + rf"|{_TELLS_NAME}"
    + rf"|{_IS}(?:[\w'’-]+\s+){{1,6}}?(?:called|named){_CALLED_END}"
    + rf"|{_IS}(?:[\w'’-]+\s+){{0,5}}?[\w-]+['’]s\s+names?\b"
    + r"|(?:does|do|did|has|have)\s+(?:[\w'’-]+\s+){1,6}?(?:have\s+|got\s+)?a\s+name\b)",
    re.IGNORECASE,
)
# A name in a passage: a run of capitalised words ("Terrorism Confinement Center", "Kilmar
# Abrego Garcia"), not a capitalised stop word opening a sentence ("The", "But").
_CAPITALISED = r"(?:[A-Z]\.){2,}|[A-Z][\w'’-]*"  # "U.S.", "Kilmar"; a full stop ends a name
# Where a sentence opens: the text's start, or after a full stop, a question or exclamation
# mark (and quotation marks) and spaces; searched in the text before a word
_OPENS_SENTENCE = re.compile(rf"(?:^|{SENTENCE_STOP})[\"“‘]?$")
_CAPITALISED_RUN = re.compile(
    rf"\b(?:{_CAPITALISED})(?:\s+(?:de\s+|del\s+|la\s+)?(?:{_CAPITALISED}))*"
)


_DETERMINER = r"(?:(?:the|their|its|his|her|this|that|a|an)\s+)?"
_WORD = r"[\w'’-]+"
# What a name question asks the name of: the words after "the name of" ("the notorious
# prison el salvador sends ..."), or before "called", "'s name", "have a name".
_NAMED = (
    re.compile(rf"\bnames?\s+of\s+{_DETERMINER}((?:{_WORD}\s*){{1,3}})", re.IGNORECASE),
    re.compile(
        rf"((?:{_WORD}\s+)?{_WORD}?)(?:['’]s\s+names?\b"
        r"|\s+(?:even\s+)?(?:have|has|got)\s+a\s+name\b"
        rf"|\s+(?:called|named){_CALLED_END})",
        re.IGNORECASE,
    ),
)


# A name asked late in a run-on, of a pronoun standing for the thing its first words ask of:
# "which prison is it the one outside san salvador whats it called", "the prison outside the
# capital what is its name"
_LATE_NAME = re.compile(
    rf"\b(?:{_IS}(?:it|that|this|they)\s+(?:even\s+)?(?:called|named)"
    rf"|{_IS}(?:its|their)\s+{_NAME_KIND}names?){_CALLED_END}",
    re.IGNORECASE,
)
# The thing of a run-on's first words: "the prison outside ...", "that prison they ..."
_FIRST_THING = re.compile(_OPENING + r"(?:the|that|this)\s+([\w'’-]+)", re.IGNORECASE)


def named_thing(question: str) -> str | None:
    """The words of `question` saying what it asks the name of, when it asks what something
    or someone is called ("the notorious prison", "the prison", "garcia's wife"); None when it
    asks no name."""
    if question.isascii() and "name" not in (lower := question.lower()) and "called" not in lower:
        # every match of `_ASKS_NAME` and `_LATE_NAME` holds "name" or "called" ("named",
        # "names", "calledwhatever"): a text of ASCII holding neither, in any case, asks none
        return None
    if _ASKS_NAME.search(question) is None:
        return _named_late(question)
    for pattern in _NAMED:
        match = pattern.search(question)
        if match and match.group(1).strip():
            # "the name of the prison they're sending ppl to": the prison, not what its
            # clause says of it
            named = _CLAUSE_AFTER_NAMED.sub("", match.group(1))
            if named.strip():
                return named
    return None


def _named_late(question: str) -> str | None:
    """The thing a name is asked of late in a run-on (`_LATE_NAME`), of a pronoun: the kind
    its first words ask which of ("which prison ..."), or the noun after their determiner ("the
    prison ..."); None when no name is asked so, or no such thing opens the question."""
    late = _LATE_NAME.search(question)
    if late is None or late.start() == 0:
        return None
    before = question[: late.start()]
    kinds = names_asked_of(before)
    found = _FIRST_THING.match(before)
    if kinds:
        found = re.match(r"[\w'’-]+", before[kinds[0] :])
    thing = found.group(found.lastindex or 0) if found else None
    return thing if thing and thing.lower() not in STOP_WORDS else None


# A clause telling of what a name is asked of opens with its subject pronoun or a relative
# word: "the prison they're sending ppl to", "the law that bans reelection".
_CLAUSE_AFTER_NAMED = re.compile(
    r"(?:^|\s)(?:they|he|she|we|you|i|it|that|which|who|where)(?:['’]\w+)?\b.*$",
    re.IGNORECASE | re.DOTALL,
)


@functools.lru_cache(maxsize=4096)
def _is_proper_adjective(word: str) -> bool:
    wordnet = shared_wordnet()
    return wordnet is not None and wordnet.is_proper_adjective(word)


def name_spans(text: str) -> list[tuple[int, int]]:
    """Where `text` names something: its runs of capitalised words, but a lone capitalised
    word the index does not keep (a stop word opening a sentence), an English word opening
    a sentence ("Crews finished ...": capitalised for its place, not as a name) or a proper
    adjective ("Latin", "Salvadoran")."""
    found: list[tuple[int, int]] = []
    for match in _CAPITALISED_RUN.finditer(text):
        words = match.group().split()
        if len(words) == 1 and (
            not terms(words[0])
            or (_OPENS_SENTENCE.search(text, 0, match.start()) and is_english_word(words[0]))
            or _is_proper_adjective(words[0])  # "leaders in the Latin world": of where
        ):
            continue
        found.append(match.span())
    return found


# The question's words that ask for the kind, to leave out of its topic.
_FORM_WORDS = re.compile(
    # where a match can start (tests/engine/test_pattern_openings.py): one of the letters its
    # words open with, or the white space after an owner's "'s" ("Bukele's job"); `re` tries
    # every one of its dozen ways of asking at each character otherwise
    r"(?=[cfghnstw]|(?<=['’]s)\s)(?:" + _NAME_FORM + "|"
    r"\bhow\s+(?:long|old|often|recently|many|much)\b|\b(?:" + _SIZE_IN_PEOPLE + ")"
    r"|\b(?:what|which)\s+(?:year|day|date|month|time|week|amount|number|percentage|age)s?\b"
    # "what kind of lockup": the question asks what the lockup is like; "kind" is no topic
    r"|\b(?:what|which)\s+(?:kind|sort|type)s?\s+of\b"
    r"|\bsince\s+when\b"
    # "what does she do for a living", "what's his job": what is asked of them, not a topic
    r"|\bfor\s+(?:a\s+living|work)\b|\bwork\s+as\b"
    r"|(?<=['’]s)\s+(?:job|occupation|profession|line\s+of\s+work)\b"
    r"|\b(?:his|her|their)\s+(?:job|occupation|profession)\b)",
    re.IGNORECASE,
)

_MONTHS = "january february march april june july august september october november december"
_DAYS = "monday tuesday wednesday thursday friday saturday sunday"
_QUANTITY_WORDS = (
    "two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty "
    "sixty seventy eighty ninety hundred hundreds thousand thousands million millions billion "
    "billions dozen dozens several twice double half"
)
_YEAR = r"\b(?:1[89]|20)\d\d\b"
_DATE = re.compile(
    _YEAR
    + r"|\b(?:"
    + "|".join((_MONTHS + " " + _DAYS).split())
    + r")\b|\bago\b|\b(?:yesterday|today|tonight|weekend|recently|earlier)\b"
    r"|\b(?:last|this|next|that|same)\s+(?:week|month|year|term|time)\b"
    r"|\b(?:first|second|third)\s+term\b",
    re.IGNORECASE,
)
# A length of time; not a point in one: "last week", "this year" say when (`_THIS_TIME`)
_DURATION = re.compile(
    _YEAR + r"|\b(?<!last\s)(?<!this\s)(?<!next\s)(?<!that\s)"
    r"(?:years?|months?|weeks?|days?|decades?|hours?|since|times)\b",
    re.IGNORECASE,
)
_AMOUNT = re.compile(
    r"[$€£¥]\s?\d|\d\s*(?:%|percent\b)"
    r"|\b(?:\d[\d,.]*|" + "|".join(_QUANTITY_WORDS.split()) + r")\s+"
    r"(?:dollars|euros|pounds|million|billion|trillion|percent|times)\b",
    re.IGNORECASE,
)
_COUNT = re.compile(
    r"\b(?!(?:1[89]|20)\d\d\b)\d[\d,.]*\b|\b(?:" + "|".join(_QUANTITY_WORDS.split()) + r")\b",
    re.IGNORECASE,
)
# A sum of money: "$6 million", "€5", "6 million dollars", "ten thousand pounds". Its number
# counts no thing a "how many" question asks of ("how many people live there": "received $6
# million" is no count of people): a count's answer is a number of something else.
_MAGNITUDES = r"(?:\s+(?:thousand|million|billion|trillion|bn|m))?"
_MONEY = re.compile(
    r"[$€£¥]\s?\d[\d,.]*" + _MAGNITUDES + r"\b"
    r"|\b(?:\d[\d,.]*|"
    + "|".join(_QUANTITY_WORDS.split())
    + r")"
    + _MAGNITUDES
    + r"\s+(?:dollars|euros|pounds|cents)\b",
    re.IGNORECASE,
)


# "The two met in 2019", "the three are friends": a number word standing for people named
# already, a verb after it; it counts no one the question asks of
_THE_NUMBER_THEN_WORD = re.compile(
    r"\b(?:the|both|all)\s+(?:" + "|".join(_QUANTITY_WORDS.split()) + r")\s+([^\W\d_]+)",
    re.IGNORECASE,
)


# A quantity word naming no number: no count a "how many" question asks for
_NO_NUMBER = frozenset(["several"])


def _count_spans(text: str) -> list[tuple[int, int]]:
    """Where `text` holds a count (`_COUNT`), but not the number of a sum of money (`_MONEY`),
    an age ("Bukele, 43, said": `_AGE`), nor a number word for people named already, a verb
    after it ("The two met")."""
    # "several" says there was more than one, not how many ("over several years")
    found = [m.span() for m in _COUNT.finditer(text) if m.group().lower() not in _NO_NUMBER]
    if not found:
        return found
    others = [m.span() for pattern in (_MONEY, _AGE) for m in pattern.finditer(text)]
    others += [
        m.span()
        for m in _THE_NUMBER_THEN_WORD.finditer(text)
        if set(all_lemmas(m.group(1).lower())) <= {"VERB", "AUX"} and all_lemmas(m.group(1).lower())
    ]
    if not others:
        return found
    return [
        (start, end)
        for start, end in found
        if not any(o_start <= start and end <= o_end for o_start, o_end in others)
    ]


# How news writing gives an age: "Bukele, 43, said", "the 43-year-old", "aged 43".
_AGE = re.compile(
    r",\s*\d{1,3},|\b\d{1,3}-year-old\b|\baged?\s+\d{1,3}\b|\b\d{1,3}\s+years\s+old\b",
    re.IGNORECASE,
)
# A time to come, as a story gives one: "next month", "is expected to begin in May", "will
# meet on Friday". A question asking when something will happen is not answered by a passage
# holding only times gone by ("Monday", "in 2019"): the story has not said.
_TIME_TO_COME = re.compile(
    r"\b(?:next|coming|upcoming)\s+(?:week|month|year|term|season|"
    + "|".join((_MONTHS + " " + _DAYS).split())
    + r")\b|\btomorrow\b|\blater\s+this\s+(?:week|month|year)\b|\bin\s+the\s+coming\b",
    re.IGNORECASE,
)
_FUTURE_VERB = re.compile(
    r"\b(?:will|shall|['’]ll|going\s+to|(?:expected|scheduled|due|set|planned|plans?)\s+to"
    # a change in the present tense, as news gives one scheduled: "the new schedule takes
    # effect on January 5", "the ban begins in May" (gone by, it "took effect")
    r"|takes\s+effect|goes\s+into\s+effect|comes\s+into\s+force"
    r"|(?:begins|starts|opens|resumes|expires)\s+(?:on|in)\s)",
    re.IGNORECASE,
)
_HOLDS = {
    AnswerKind.AGE: _AGE,
    AnswerKind.DATE: _DATE,
    AnswerKind.DURATION: _DURATION,
    AnswerKind.AMOUNT: _AMOUNT,
    AnswerKind.COUNT: _COUNT,
}


def expected_kind(question: str) -> AnswerKind | None:
    """The kind of answer `question` asks for, or None: what the question asks past a clause
    it opens with ("when X met Y, what did he say" asks no date)."""
    question = asked_past_opening_clause(question)
    expected = expected_answer(question)
    if expected is Expected.PERSON or asked_role(question):
        return AnswerKind.PERSON
    if expected is None:
        if (
            may_hold_word(question, _WHERE)
            and _EXPECTS_PLACE.search(question)
            and not _ASKS_SOURCE.search(question)
        ):
            return AnswerKind.PLACE
        if may_hold_word(question, _OCCUPATION_WORDS) and _ASKS_OCCUPATION.search(question):
            return AnswerKind.OCCUPATION
        return _kind_named(question)
    for kind, pattern in _KINDS:
        if pattern.search(question):
            return kind
    ending = _ENDS_ASKING_NUMBER.search(question) if may_hold_word(question, _HOW) else None
    if ending is not None:  # "did he win, and by how much?": as "how much?" asks
        return expected_kind(ending["asks"])
    if may_hold_word(question, _WHEN) and _ENDS_WITH_WHEN.search(question):
        return AnswerKind.DATE
    return None


# A number or a date asked for in a clause after a lead-in longer than the few words
# `expected_kind` reads past ("is there any date for when he might be released", "does the
# article say how long the deal lasts", "do they give any idea of how many were convicted"):
# the clause after a preposition or a verb of knowing or telling, read as a question of its
# own. The noun before the preposition, when it names the kind ("any date for when"), is how
# it asks (`form_spans`).
_EMBEDDED = re.compile(
    r"(?:\b(?P<noun>age|date|year|number)s?\s+)?"
    r"\b(?:for|on|about|of|as\s+to|say|says|said|know|knows|known|tell|tells|told|mention"
    r"|mentions|mentioned|explain|explains|explained)\s+"
    r"(?P<clause>(?:when|where|how\s+(?:many|much|long|old|often|soon|recently))\b.*)",
    re.IGNORECASE | re.DOTALL,
)


# The clause's own order, its subject before its verb: "when he might be released", "when
# the hall will reopen" ask for a time to come, as "when will" does
_WHEN_TO_COME = re.compile(
    r"when\s+(?:[\w'’-]+\s+){1,8}?(?:will|['’]ll|shall|might|could|would|gonna"
    r"|(?:is|are|was|were)\s+(?:going|expected|set|due|scheduled)\s+to)\b",
    re.IGNORECASE,
)


def _embedded(question: str) -> re.Match[str] | None:
    """`_EMBEDDED.search(question)`, tried only where the question holds "when", "where" or
    "how" (in any case), which every match's clause opens with: a pass of the pattern is ~9 µs,
    and most questions hold none of them. (None of the letters has another character matching it
    case-insensitively, as the long s does an "s": lower case finds every match's.)"""
    lower = question.lower()
    if "whe" not in lower and "how" not in lower:  # "when", "where"
        return None
    return _EMBEDDED.search(question)


def embedded_kind(question: str) -> AnswerKind | None:
    """The kind of answer a clause of `question` after a preposition or a verb of knowing or
    telling asks for (`_EMBEDDED`: "is there any date for when ..."), or None; for a question
    asking yes or no, whose opening `expected_kind` reads nothing of."""
    match = _embedded(question)
    if match is None:
        return None
    if match.group("clause")[:5].lower() == "where":
        # "does the article say where the prison is located": the clause's subject before
        # its verb, which `expected_kind` reads of a question's own order only ("where is")
        return AnswerKind.PLACE
    kind = expected_kind(match.group("clause"))
    if kind is AnswerKind.DATE and _WHEN_TO_COME.match(match.group("clause")):
        return AnswerKind.FUTURE
    return kind


# The noun of a kind of answer where a search box puts it, last ("bukele age", "state of
# emergency date", "prison deal cost"), or as what a question asks is ("what is bukele's age",
# "whats the deal's cost"): that kind asked, as "how old" or "how much" asks it.
_KIND_NOUNS = {
    "age": AnswerKind.AGE,
    "date": AnswerKind.DATE,
    "year": AnswerKind.DATE,
    "cost": AnswerKind.AMOUNT,
    "price": AnswerKind.AMOUNT,
    "fee": AnswerKind.AMOUNT,
    "amount": AnswerKind.AMOUNT,
    "number": AnswerKind.COUNT,
    "population": AnswerKind.COUNT,
}
_NUMBER_CHECKED_NOUNS = frozenset(_KIND_NOUNS)
_NOUN_LAST = re.compile(
    r"^\W*(?:(?:what|which)(?:['’]?s|\s+(?:is|was|are|were))\s+)?"
    # the words naming whose: no preposition ("what was in miller's briefing about the cost"
    # asks what the briefing said)
    r"(?P<words>(?:(?!(?:in|about|on|of|for|with|to|from|at|by|over|after)\b)[\w'’-]+\s+){1,6})"
    r"(?P<noun>age|date|year|cost|price|fee|amount|number|population)\W*$",
    re.IGNORECASE,
)
# Words that begin a question asking something else of the noun ("why is the fee", "did the
# date ...", "what did bukele call the fee")
_ASKS_OTHERWISE = re.compile(
    r"^\W*(?:how|why|when|where|who|whom|whose|did|does|do|has|have|had|is|was|are|were|can"
    r"|could|will|would|should)\b"
    r"|^\W*(?:what|which)\b(?!['’]?s\b|\s+(?:is|was|are|were)\b)",
    re.IGNORECASE,
)


# A search-box query naming the kind first, before what it is of: "number of deportees in
# that prison now?", "age of the mayor?", "the total cost of the bridge"
_NOUN_FIRST = re.compile(
    r"^\W*(?:(?:the|total|exact)\s+)*"
    r"(?P<noun>age|date|year|cost|price|fee|amount|number|population)"
    r"\s+of\s+\w",
    re.IGNORECASE,
)


# A number the asker states for the noun of a kind, to be checked: "el salvador's population is
# like 8 million, right?", "the fee was $5 million?", "his age is 50 or so": the number the
# story gives asked, as "what is its population" asks it (only where no question word asks
# something else: "the fee was $6 million, why did he call it low")
_NUMBER_CHECKED = re.compile(
    r"\b(?P<noun>age|date|year|cost|price|fee|amount|number|population)\s+"
    r"(?:is|was|are|were|['’]s)\s+(?:(?:like|about|around|roughly|approximately|approx|only|just"
    r"|over|under|nearly|almost|maybe|probably|supposedly|apparently|already)\s+)*[$€£]?\d",
    re.IGNORECASE,
)
_ASKS_SOMETHING = re.compile(r"\b(?:what|which|who|whom|whose|why|how|when|where)\b", re.I)


def _kind_named(question: str) -> AnswerKind | None:
    """The kind of answer named by its noun last in a search-box query or in "what is X's
    <noun>" (`_NOUN_LAST`), or first in a query before what it is of (`_NOUN_FIRST`), or
    before a number the asker gives to be checked (`_NUMBER_CHECKED`), or None."""
    named = _kind_noun(question) or _NOUN_FIRST.match(question)
    if named is None and may_hold_word(question, _NUMBER_CHECKED_NOUNS):
        checked = _NUMBER_CHECKED.search(question)
        named = checked if checked and not _ASKS_SOMETHING.search(question) else None
    return _KIND_NOUNS[named.group("noun").lower()] if named else None


_TRAILING_MARKS = re.compile(r"[\W_]+$")  # what `_NOUN_LAST`'s closing `\W*` reads past


def _kind_noun(question: str) -> re.Match[str] | None:
    """Where `question` names the kind of answer it asks for by its noun (`_NOUN_LAST`)."""
    if not _TRAILING_MARKS.sub("", question).lower().endswith(tuple(_KIND_NOUNS)):
        return None  # (most questions: no pattern run; "bukele age? 🙏": past its marks)
    if _ASKS_OTHERWISE.match(question):
        return None
    return _NOUN_LAST.match(question)


def holds_kind(kind: AnswerKind, text: str) -> bool:
    """Whether `text` holds an answer of `kind` (not for PERSON, which needs the people the
    story names)."""
    if kind is AnswerKind.FUTURE:
        if _TIME_TO_COME.search(text):
            return True
        return bool(_DATE.search(text) and _FUTURE_VERB.search(text))
    if kind is AnswerKind.PLACE:
        return bool(place_spans(text))
    if kind is AnswerKind.OCCUPATION:
        return bool(role_spans(text))
    if kind is AnswerKind.COUNT:
        return bool(_count_spans(text))
    pattern = _HOLDS.get(kind)
    return pattern is not None and pattern.search(text) is not None


def kind_spans(kind: AnswerKind, text: str) -> list[tuple[int, int]]:
    """Where `text` holds an answer of `kind` (character spans; not for PERSON, which needs
    the people the story names): what the words around an answer are read from, to tell
    whether it is the number or date of what the question asks about."""
    if kind is AnswerKind.FUTURE:
        ahead = [m.span() for m in _TIME_TO_COME.finditer(text)]
        if ahead or not _FUTURE_VERB.search(text):
            return ahead
        pattern: re.Pattern[str] | None = _DATE
    elif kind is AnswerKind.PLACE:
        return place_spans(text)
    elif kind is AnswerKind.OCCUPATION:
        return role_spans(text)
    elif kind is AnswerKind.COUNT:
        return _count_spans(text)
    else:
        pattern = _HOLDS.get(kind)
    if pattern is None:
        return []
    spans = [m.span() for m in pattern.finditer(text)]
    # "two years ago" is one date, its words all part of it (the pattern finds "ago")
    return [_with_count_before(text, start, end) for start, end in spans]


# A number joined to a word by a hyphen is part of a name: "MS-13", "COVID-19", "F-16".
_NAME_BEFORE_NUMBER = re.compile(r"[A-Za-z]-$")


# A comparison asked: "how much more expensive", "how many times", "cheaper than", and what is
# saved (what one cost is less than another: "how much does the US save").
_ASKS_RATIO = re.compile(
    r"\b(?:more|less|fewer|times|than|compared|cheaper|costlier|pricier|bigger|smaller"
    r"|instead|vs|versus|sav(?:e|es|ed|ing|ings))\b",
    re.IGNORECASE,
)


def asks_ratio(question: str) -> bool:
    """Whether `question` asks how one amount compares with another ("how much more does it
    cost here", "how many times cheaper"), which "100 times more" answers."""
    return _ASKS_RATIO.search(question) is not None


def answers_of_kind(kind: AnswerKind, text: str, *, ratio: bool = False) -> list[tuple[int, int]]:
    """`kind_spans`, but for a count or an amount not a number that is part of a name ("MS-13
    gang members" holds no count of gang members), and for an amount not a ratio ("100 times
    more") unless a comparison is asked (`ratio`, `asks_ratio`): "how much does a prisoner
    cost a year" is not answered by what one cost is to another. Read by the confidence
    model only: left in the ranking's bonus, as the bonus then moved two right passages down
    in the fused order (docs/quality-history.md, 9n)."""
    spans = kind_spans(kind, text)
    if kind not in (AnswerKind.COUNT, AnswerKind.AMOUNT):
        return spans
    return [
        (start, end)
        for start, end in spans
        if not _NAME_BEFORE_NUMBER.search(text, max(start - 2, 0), start)
        and (ratio or kind is not AnswerKind.AMOUNT or not _RATIO.fullmatch(text, start, end))
    ]


# An amount that is a ratio of two: "100 times", "three times" (`_AMOUNT` reads them as one).
_RATIO = re.compile(r"\S+\s+times", re.IGNORECASE)


_COUNT_BEFORE = re.compile(
    r"(?:\b(?:\d[\d,.]*|" + "|".join(_QUANTITY_WORDS.split()) + r"|a|an|few|many)\s+)?"
    r"\b(?:years?|months?|weeks?|days?|decades?|hours?)\s+$",
    re.IGNORECASE,
)


def _with_count_before(text: str, start: int, end: int) -> tuple[int, int]:
    """The span `start`-`end` of `text`, from where a count and a unit of time before it start
    when it is "ago"."""
    if text[start:end].lower() != "ago":
        return start, end
    before = _COUNT_BEFORE.search(text, max(start - 40, 0), start)
    return (before.start(), end) if before else (start, end)


# What a date question's form says of the date asked ("what day of the week", "what time of
# the year"): still searched for, as a passage holding it may hold the date, but no part of
# the topic a passage must hold.
_DATE_FORM_TAIL = re.compile(
    r"(?=[w])\b(?:what|which)\s+(?:day|date|time|month)s?\s+of\s+the\s+(?:week|month|year)\b",
    re.IGNORECASE,
)
_DATE_FORM_TAIL_WORDS = frozenset(("week", "month", "year"))  # one in every match of it


# The part of a date a question names ("what year", "which month", "what day of the week"):
# any date is no answer to it, only one holding that part ("on Sunday" does not say what year).
_ASKED_DATE_PART = re.compile(r"\b(?:what|which)\s+(?P<part>year|month|day)s?\b", re.IGNORECASE)
_DATE_PARTS = {
    "year": re.compile(_YEAR),
    "month": re.compile(r"\b(?:" + "|".join(_MONTHS.split()) + r")\b", re.IGNORECASE),
    # a day of the week, or of a month: "on Monday", "April 7", "7 April"
    "day": re.compile(
        r"\b(?:" + "|".join(_DAYS.split()) + r")\b"
        r"|\b(?:" + "|".join(_MONTHS.split()) + r")\s+\d{1,2}\b"
        r"|\b\d{1,2}\s+(?:" + "|".join(_MONTHS.split()) + r")\b",
        re.IGNORECASE,
    ),
}


def asked_date_part(question: str) -> str | None:
    """The part of a date `question` asks for: "year", "month" or "day" ("what year did they
    first meet", "what day of the week"), or None ("when", "what time")."""
    match = _ASKED_DATE_PART.search(question)
    return match.group("part").lower() if match else None


def holds_date_part(part: str, text: str) -> bool:
    """Whether `text` holds a date of the `part` asked (`asked_date_part`): a year, a month or
    a day."""
    return _DATE_PARTS[part].search(text) is not None


def date_form_spans(question: str) -> list[tuple[int, int]]:
    """Where `question` says which part of a date it asks for ("what day of the week")."""
    if not may_hold_word(question, _DATE_FORM_TAIL_WORDS):
        return []
    return [match.span() for match in _DATE_FORM_TAIL.finditer(question)]


def form_spans(question: str) -> list[tuple[int, int]]:
    """Where `question` says what kind of answer it wants ("how long", "what year")."""
    return list(_form_spans(question))


@functools.lru_cache(maxsize=64)
def _form_spans(question: str) -> tuple[tuple[int, int], ...]:
    # remembered: two steps read each question's (its words, its prepositions), and one
    # pass of this pattern over a question is ~15 µs (some dozen ways of asking, in any case)
    spans = tuple(match.span() for match in _FORM_WORDS.finditer(question))
    # the noun naming the kind asked ("bukele age", "what is his age") is how it asks, as
    # "how old" is; not an amount's own noun ("what's the fee": the fee is what is asked of)
    named = _kind_noun(question)
    if named and named.group("noun").lower() in _FORM_NOUNS:
        spans += (named.span("noun"),)
    embedded = _embedded(question)
    if embedded and embedded.group("noun"):  # "any date for when ..."
        spans += (embedded.span("noun"),)
    return spans


_FORM_NOUNS = frozenset(("age", "date", "year", "number"))


# "how many guards", "how many of the deportees": what is counted (not "how many more", "how
# many times", "how many did ...").
_COUNTED = re.compile(
    r"\bhow\s+many\s+(?:of\s+(?:the|these|those|their|his|her)\s+)?"
    r"(?!(?:more|times|did|do|does|have|has|had|are|were|is|was|will|would|can|could)\b)"
    r"(?P<noun>[^\W\d_][\w'’-]*)"
    # "what is the population of Maryland": a number of something else is not its population
    r"|\b(?:what|which)(?:['’]?s|\s+(?:is|was|are|were))\s+"
    + _WHOSE
    + r"(?P<quantity>"
    + _QUANTITY_NOUNS
    + ")",
    re.IGNORECASE,
)
# a word every match of it holds (`may_hold_word`), but for the sign "%" (`_may_count`)
_COUNTED_WORDS = frozenset(
    ("how", *(f"{noun}{s}" for noun in _QUANTITY_NOUN_WORDS for s in ("", "s")))
)


def _counted(question: str) -> re.Match[str] | None:
    """`_COUNTED`'s match in `question`, not run where it holds no word or sign of it."""
    if "%" not in question and not may_hold_word(question, _COUNTED_WORDS):
        return None
    return _COUNTED.search(question)


def counted_word(question: str) -> int | None:
    """Where the word stands that "how many" counts in `question` ("how many guards"), or the
    quantity it asks the amount of ("what's the fee"), or None."""
    match = _counted(question)
    if match is None:
        return None
    return match.start("noun") if match.group("noun") else match.start("quantity")


# "who runs the prison", "who's running it", "who designed the park": the verb of what the one
# asked did, right after "who" (its subject). A passage naming people but not the deed names
# no one who did it ("who runs the prison outside San Salvador" of the one saying a prison is
# there, naming Bukele for another reason).
_DEED = re.compile(
    _OPENING + r"who(?:\s+(?:is|was|are|were)|['’]s)?\s+(?P<verb>[^\W\d_][\w'’-]*)"
    # "was it ortega or the mayor who proposed the increase": the people offered, then "who"
    r"|^\W*(?:(?:and|so|but)\s+)?(?:was|is)\s+it\s+[^?.!]{1,80}?\s+or\s+[^?.!]{1,80}?"
    r"\s+(?:who|that)\s+(?P<offered>[^\W\d_][\w'’-]*)",
    re.IGNORECASE,
)
_DEED_WORDS = frozenset(("who", "or"))  # one in every match of it (`may_hold_word`)


# "where was the video filmed", "where did the court hear his case": the clause after
# "where" and its auxiliary, whose verb is the deed asked the place of
_WHERE_CLAUSE = re.compile(
    _OPENING + r"where\s+(?:did|does|do|will|would|can|could|was|were|is|are|has|have|had)\s+"
    r"(?P<clause>.+)",
    re.IGNORECASE,
)


_CLAUSE_SUBJECTS = frozenset([*"i you he she we they it".split(), "they're", "they’re"])


# An amount or a number asked of each one of something: "how much is the fee per prisoner",
# "for each deportee", "a head", "apiece" (not "per cent", nor "each other"). Not "per" before
# a determiner, which names a source as "according to" does ("population of El Salvador per
# the piece", "how many were locked up per his lawyer"): a rate's unit takes none ("per year")
_ASKS_RATE = re.compile(
    r"\b(?:per(?:\s+|-)(?!(?:the|his|her|their|its|my|our|your|this|that|these|those)\b)"
    r"|each(?:\s+|-))(?!cent\b|other\b)(?P<of>[^\W\d_])|\ba\s+head\b|\bapiece\b",
    re.IGNORECASE,
)
# A passage giving one: "per", "each", "apiece", "a head", or an amount followed by "a" or
# "an" and its unit ("$20,000 a year", "$5 million an inmate").
_GIVES_RATE = re.compile(
    r"\b(?:per(?!\s+cent\b)|each|apiece|every)\b|\ba\s+head\b"
    r"|\d(?:[\d,.]*)(?:\s+(?:hundred|thousand|million|billion|trillion|dollars?|euros?"
    r"|pounds?|pesos?|bucks))*\s+(?:a|an)\s+[^\W\d_]",
    re.IGNORECASE,
)


def rate_asked(question: str) -> list[int | None]:
    """Where `question` asks an amount or a number of each one of something (`_ASKS_RATE`):
    for each asking, where the word after "per" or "each" starts (None for "a head",
    "apiece"), which the searcher reads as a source instead when it names someone ("how
    many has El Salvador locked up per HRW")."""
    return [m.start("of") if m.group("of") else None for m in _ASKS_RATE.finditer(question)]


# A size asked: "how big is the park", "how large is the prison", "how small is the country"
_ASKS_SIZE = re.compile(
    r"\bhow\s+(?:big|large|small|tiny|huge|vast|tall|wide|deep|high)\b", re.IGNORECASE
)
# A number saying when or for how long ("two years ago", "for three months"), not how big
_TIME_AFTER = re.compile(
    r"\s+(?:years?|months?|weeks?|days?|decades?|hours?|minutes?|centuries|century)\b",
    re.IGNORECASE,
)


def asks_size(question: str) -> bool:
    """Whether `question` asks how big something is (`_ASKS_SIZE`)."""
    return _ASKS_SIZE.search(question) is not None


def gives_size(text: str) -> bool:
    """Whether `text` holds a number that may be a size: a count or an amount ("a population
    of just 6 million", "500 acres") not naming a time ("two years ago", "in 2019")."""
    return any(not _TIME_AFTER.match(text, end) for _, end in _count_spans(text))


def gives_rate(text: str) -> bool:
    """Whether `text` gives an amount or a number of each one of something (`_GIVES_RATE`):
    a total ("has received $6 million for taking deportees") is none."""
    return _GIVES_RATE.search(text) is not None


# A relation asked both ways: "need each other", "praise one another", "each other's wells"
_ASKS_BOTH_WAYS = re.compile(r"\b(?:each\s+others?|one\s+another)\b", re.IGNORECASE)
# Words telling that something holds of both sides, or of a pair: "each praising the other's
# virtues", "both men", "the pair", "the two met", "mutual", "together", "between them"
_TELLS_BOTH_WAYS = re.compile(
    r"\b(?:each|both|pair|mutual|mutually|together|between|one\s+another|the\s+two"
    r"|two\s+of\s+them)\b",
    re.IGNORECASE,
)


def asks_both_ways(question: str) -> bool:
    """Whether `question` asks of a relation both ways ("who says the two leaders need each
    other", "do they rely on one another")."""
    return _ASKS_BOTH_WAYS.search(question) is not None


def tells_both_ways(text: str) -> bool:
    """Whether `text` holds a word telling of both sides of a relation (`_TELLS_BOTH_WAYS`):
    "each praising the other's virtues", "the pair have formed", "The two met in 2019". A
    quote of one side ("a terrorism problem that you need help with") holds none: it tells
    the relation one way."""
    return _TELLS_BOTH_WAYS.search(text) is not None


def counted_deed_word(question: str) -> int | None:
    """Where the verb stands of what was done to or by the things "how many" counts, the last
    word after the counted one that only a verb can be, or a participle of one ("how many
    people has the group counted as disappeared": disappeared; "how many were injured"), or
    None ("how many people are in the prison"). A number of people detained is no number of
    people who disappeared."""
    match = _counted(question)
    if match is None or not match.group("noun"):
        return None
    # the sentence that asks ("... according to hrw. the real number please": "please" is
    # no deed of the things counted)
    after = question[match.end("noun") :]
    after = after[: m.start()] if (m := _SENTENCE_END.search(after)) else after
    found = None
    for word in re.finditer(r"[^\W\d_][\w'’-]*", after):
        lower = word.group().lower()
        if lower in STOP_WORDS or lower == "according":  # "according to": a preposition
            continue
        lemmas = set(all_lemmas(lower))
        if lemmas == {"VERB"} or ("VERB" in lemmas and lower.endswith(("ed", "en"))):
            found = match.end("noun") + word.start()
    if found is None and (clause := _DONE_BY_SUBJECT.match(after)) is not None:
        # "how many people did the panel interview": after "did" and its subject, the verb,
        # the clause's last word (before a preposition) even where a noun is spelt alike
        verb = clause.group("verb").lower()
        if verb not in STOP_WORDS and verb not in _LIGHT_DEEDS and "VERB" in all_lemmas(verb):
            found = match.end("noun") + clause.start("verb")
    return found


# verbs that say little of the deed by themselves ("how many detainees did police take": the
# detaining is the deed, told in the noun)
_LIGHT_DEEDS = frozenset("take get make have do give keep hold put see go come bring let".split())
_SENTENCE_END = re.compile(r"[.?!;](?:\s|$)")
# after the counted noun: an auxiliary, its subject (one to four words) and a last word before
# the clause ends, or a preposition or adverb after it ("... interview for the report")
_DONE_BY_SUBJECT = re.compile(
    r"\s+(?:did|do|does|will|would|can|could)\s+(?:[\w'’-]+\s+){1,4}?"
    r"(?P<verb>[^\W\d_][\w'’-]*)"
    r"(?=\s*$|\s+(?:about|after|at|before|by|during|for|from|in|into|last|on|over|since|so|"
    r"this|to|under|with|within|yet)\b)",
    re.IGNORECASE,
)


def offered_then_who(question: str) -> bool:
    """Whether `question` offers people and then asks which did something ("was it ortega or
    the mayor who proposed the increase"), as "who proposed it, ortega or the mayor" does."""
    match = _DEED.search(question) if may_hold_word(question, _DEED_WORDS) else None
    return match is not None and match.group("offered") is not None


def deed_word(question: str) -> int | None:
    """Where the verb stands of what "who" asks the doer of ("who designed the park") or
    "where" the place of ("where was the video filmed": its first word only a verb can be), or
    None (not a verb there: "who is garcia's lawyer", "who else", "where is the prison")."""
    match = _DEED.search(question) if may_hold_word(question, _DEED_WORDS) else None
    if match is not None:
        group = "verb" if match.group("verb") else "offered"
        verb = match.group(group).lower()
        if verb in STOP_WORDS or "VERB" not in all_lemmas(verb):
            return None
        return match.start(group)
    clause = _WHERE_CLAUSE.search(question)
    if clause is None:
        return None
    for word in re.finditer(r"[^\W\d_][\w'’-]*", clause.group("clause")):
        lower = word.group().lower()
        if lower in _CLAUSE_SUBJECTS:
            # "where is the jail they're sending them to": a clause of its own, naming the
            # thing asked the place of, not a deed
            return None
        if lower not in STOP_WORDS and set(all_lemmas(lower)) == {"VERB"}:
            return clause.start("clause") + word.start()
    return None


# "which gangs are they putting in that prison", "what court ruled": a question asking for the
# names of things of a kind, said by the word after its asking word and the one after that
# ("which construction company"). Not "which one", "which two" or "which of them", which choose
# among things named already (a stop word is no kind of thing: the searcher stops at one).
_KIND_WORD = r"[^\W\d_][\w'’-]*"
_ASKS_NAMES = re.compile(
    # "which other gangs": the kind is the word after "other"
    _OPENING
    # "what kind of gang members": as "which gang members"
    + r"(?:which|what)\s+(?:(?:kinds?|sorts?|types?)\s+of\s+)?(?:other\s+)?(?!(?:ones?|"
    + "|".join(_QUANTITY_WORDS.split())
    + r")\b)"
    rf"(?P<kind>{_KIND_WORD})(?:\s+(?P<head>{_KIND_WORD}))?",
    re.IGNORECASE,
)


def names_asked_of(question: str) -> list[int]:
    """Where the words stand saying the kind of thing whose names `question` asks for
    ("which gangs are ...": gangs, are), or []."""
    match = _ASKS_NAMES.search(question)
    if match is None:
        return []
    return [match.start(group) for group in ("kind", "head") if match.group(group)]


# Between a common noun and the name after it, in apposition: "the company Huawei", "the gang,
# MS-13,", "the capital city of San Salvador".
_APPOSITION = re.compile(r",?\s+(?:of\s+)?")


def names_a_thing_of(text: str, kinds: frozenset[str], asked: frozenset[str]) -> bool:
    """Whether `text` names a thing of one of the `kinds` (terms: "gang"): a name standing right
    by the word for it, as its modifier ("MS-13 gang members"; "a Supreme Court ruling", the
    word closing the name) or in apposition ("the capital city of San Salvador"). Not a name in
    the possessive, which owns the thing rather than naming it ("El Salvador’s prison"), nor
    one of only the question's own words (`asked`), which it knows already."""
    names = [
        (start, end)
        for start, end in name_spans(text)
        if not asked.issuperset(terms(text[start:end]))
    ]
    if not names:
        return False
    words, starts, ends = term_spans(text)
    for term, start, end in zip(words, starts, ends, strict=True):
        if term not in kinds:
            continue
        for name_start, name_end in names:
            if name_start < start < name_end and text[end:name_end] in ("", *_POSSESSIVE_MARKS):
                # "a Supreme Court ruling": the word closes the name; not "Trump’s Cabinet"
                if not text[name_start:start].rstrip().endswith(_POSSESSIVE_MARKS):
                    return True
            elif not text[start].islower():
                continue
            elif name_end <= start:  # "MS-13 gang members"
                if text[name_end:start].isspace() and not text[name_start:name_end].endswith(
                    _POSSESSIVE_MARKS
                ):
                    return True
            elif _APPOSITION.fullmatch(text, end, name_start):  # "the city of San Salvador"
                return True
    return False


_POSSESSIVE_MARKS = ("'s", "’s")


# Questions asking where: "where is the prison", "where did they meet". Read where the
# question opens, as the others are: "the quote where trump says ..." asks for words.
# "where" asks where when a verb follows it, as a question's does ("where is", "where exactly
# did"); "the quote where trump says" is a relative clause.
_EXPECTS_PLACE = re.compile(
    _OPENING + r"where(?:['’]s|\s+(?:(?:exactly|else|even|actually|really)\s+)?"
    r"(?:is|are|was|were|did|does|do|can|could|will|would|has|have|had|should|might)\b)",
    re.IGNORECASE,
)
_WHERE = frozenset({"where"})
# "where's that quote from", "where is that from": the source of words, which their passage
# answers, not a place
_ASKS_SOURCE = re.compile(
    r"\b(?:that|this|it|(?:quotes?|lines?|comments?|remarks?|words|sayings?|phrases?|claims?"
    r"|statements?|nicknames?))\s+(?:come\s+|came\s+|comes\s+)?from\s*[?!.]*\s*$",
    re.IGNORECASE,
)
# A place in a passage, as a story gives one: a name after a preposition of place ("in
# Washington, D.C.", "at the White House", "deported to El Salvador", "just outside the
# capital city of San Salvador"). Not "according to" (a source), nor a month or a day ("in
# March 2022", "on Monday"); a person's name after "to" is left out by the searcher, which
# knows the story's people.
_LOCATIVE = (
    r"(?<![Aa]ccording\s)\b(?i:in|at|from|to|into|inside|outside|near|across|throughout|within)"
)
_PLACE = re.compile(
    _LOCATIVE + r"\s+(?:the\s+)?(?:(?:[a-z][\w'’-]*\s+){1,3}of\s+(?:the\s+)?)?"
    rf"(?P<name>(?:{_CAPITALISED})(?:\s+(?:de\s+|del\s+|la\s+)?(?:{_CAPITALISED}))*)"
)
_NOT_PLACES = frozenset((_MONTHS + " " + _DAYS + " may").split())


def place_spans(text: str) -> list[tuple[int, int]]:
    """Where `text` names a place (`_PLACE`, `_place_before_role`): the names' spans."""
    found = [
        match.span("name")
        for match in _PLACE.finditer(text)
        if not _NOT_PLACES.intersection(match.group("name").lower().split())
        # "to El Salvador's prison": the place is the prison, which the name owns
        and not match.group("name").endswith(("'s", "’s"))
    ]
    return sorted({*found, *_places_before_roles(text)})


# How news writing places someone: a name before their role or what they are ("Cornell
# University professor", "former Florida Rep.", "a Maryland man", "Salvadoran President Nayib
# Bukele"), as a name of its own or the first words of one holding the role.
_ROLE_AFTER = re.compile(r"\s+(?:[a-z][\w-]*\s+){0,3}?(?P<role>[a-z]+)\b")


def _places_before_roles(text: str) -> list[tuple[int, int]]:
    """The names of `text` placing someone by standing before their role (`_ROLE_AFTER`)."""
    found = []
    for match in _CAPITALISED_RUN.finditer(text):
        words = list(re.finditer(r"\S+", match.group()))
        first = next(
            (at for at, w in enumerate(words) if w.group().lower().rstrip(".") in _PLACED), None
        )
        if first is not None:
            if first:  # not "Attorney General Pam Bondi": a role from its first word
                found.append((match.start(), match.start() + words[first - 1].end()))
            continue
        after = _ROLE_AFTER.match(text, match.end())
        if after and after.group("role") in _PLACED and not match.group().endswith("s"):
            found.append(match.span())
    return [
        (start, end)
        for start, end in found
        if not _OPENS_SENTENCE.search(text, 0, start)
        and not _NOT_PLACES.intersection(text[start:end].lower().split())
    ]


# The nouns a story gives someone's role or occupation by ("professor", "attorney general"):
# the last word of each title that introduces a name, not an abbreviation ("Rep.", "Dr.").
ROLE_NOUNS = frozenset(head[-1] for head in ROLE_HEADS if not head[-1].endswith("."))
ROLE_TERMS = frozenset(t for noun in ROLE_NOUNS for t in terms(noun))
_PLACED = ROLE_NOUNS | PERSON_NOUNS | {"rep", "sen", "gov"}
# "which official": anyone in office, as "which person" is anyone (`_EXPECTS_PERSON`)
_ANYONE = frozenset({"official"})
_ROLE_WORD = re.compile(
    r"\b(?:" + "|".join(sorted(ROLE_NOUNS, key=len, reverse=True)) + r")s?\b", re.IGNORECASE
)
_ABBREVIATED_ROLE = re.compile(r"\b(?:Rep|Sen|Gov|Dr|Prof|Gen|Lt|Col|Sgt)\.(?=\s+[A-Z])")


def role_spans(text: str) -> list[tuple[int, int]]:
    """Where `text` names a role or an occupation: "professor", "Rep." before a name."""
    found = [m.span() for m in _ROLE_WORD.finditer(text)]
    found += [m.span() for m in _ABBREVIATED_ROLE.finditer(text)]
    return sorted(found)


# "which judge", "what senator", "which ex-congressman", "who is garcia's lawyer", "who is the
# professor quoted": the question asks for someone holding that role. Read over at most three
# words after the asking words, none of them a stop word ("what did the president say" asks
# for words, not for a president).
_ASKS_ROLE = re.compile(
    _OPENING + r"(?:which|what|who(?:['’]s|\s+(?:is|was|are|were))\s+"
    r"(?:the|(?:[\w'’-]+\s+){0,2}?[\w-]+['’]s))\s+",
    re.IGNORECASE,
)
# ... and in a clause's own order, its verb after the role: "anyone know who the professor is",
# "do they say who the judge was" (not "who the president met": he is not who is asked)
_ASKS_ROLE_IN_A_CLAUSE = re.compile(
    r"\bwho\s+(?:the|(?:[\w'’-]+\s+){0,2}?[\w-]+['’]s)\s+", re.IGNORECASE
)
_CLAUSE_VERB = frozenset(("is", "was", "are", "were"))
_ROLE_LOOKAHEAD = 3
_FORMER = re.compile(r"^(?:ex|former)-", re.IGNORECASE)


def asked_role(question: str) -> str | None:
    """The role noun `question` asks for someone of ("which judge ..." -> "judge"), or None."""
    # here, not at the top: the builder imports this module, and the question reader is no
    # part of a build (build_version.BUILDING_MODULES)
    from bot.engine.question import role_in_story_words

    match = _ASKS_ROLE.search(question)
    in_a_clause = False
    if match is None:
        match = _ASKS_ROLE_IN_A_CLAUSE.search(question)
        in_a_clause = True
    if match is None:
        return None
    words = re.findall(r"[\w'’-]+", question[match.end() :])
    for at, word in enumerate(words[:_ROLE_LOOKAHEAD]):
        lowered = _FORMER.sub("", word.lower())
        for noun in (lowered, lowered.removesuffix("s")):
            # or a word for a role that stories name in words of their own ("which academic":
            # a professor; "the scholar"): the role is asked of whoever holds it all the same
            if noun in ROLE_NOUNS or role_in_story_words(noun):
                if noun in _ANYONE:
                    return None
                after = words[at + 1].lower() if at + 1 < len(words) else ""
                if in_a_clause and after not in _CLAUSE_VERB:
                    return None
                return noun
        if lowered in STOP_WORDS:
            return None
    return None


# Questions asking what someone does: "what does garcia do for a living", "what is her job",
# "what's bukele's occupation". The answer is a role or an occupation beside their name.
_OCCUPATION_NOUNS = r"(?:job|occupation|profession|line\s+of\s+work|title|position)"
# a word every match of `_ASKS_OCCUPATION` holds (`may_hold_word`): "do", "work", its nouns
_OCCUPATION_WORDS = frozenset("do work job occupation profession line title position".split())
_ASKS_OCCUPATION = re.compile(
    _OPENING
    + r"(?:what\s+(?:does|did|do)\s+(?:[\w'’-]+\s+){1,4}?do"
    # "for a living" says it whatever follows ("in Maryland", "back home"); a bare "do" only
    # at the end ("what did he do after the ruling" asks what happened)
    + r"(?:\s+for\s+(?:a\s+living|work)\b|\s*[?!.]*\s*$)"
    + r"|what\s+(?:does|did|do)\s+(?:[\w'’-]+\s+){1,4}?work\s+as\b"
    + rf"|{_IS}(?:[\w'’-]+\s+){{0,4}}?(?:his|her|their|[\w-]+['’]s)\s+{_OCCUPATION_NOUNS}\b)",
    re.IGNORECASE,
)


# A name beside a role word: "Cornell University professor Gustavo Flores-Macias", "press
# secretary Karoline Leavitt", "Pam Bondi, the attorney general" (at most two words between, no
# sentence end), or a name holding it ("Attorney General Pam Bondi").
_BETWEEN_NAME_AND_ROLE = re.compile(r"[\s,]*(?:[\w'’-]+[\s,]+){0,2}")


def names_beside_role(text: str, role: frozenset[str]) -> list[tuple[int, int]]:
    """The names of `text` standing beside one of its role words whose term is in `role`."""
    roles = [(a, b) for a, b in role_spans(text) if role.intersection(terms(text[a:b]))]
    if not roles:
        return []
    found = []
    for start, end in name_spans(text):
        for role_start, role_end in roles:
            between = text[end:role_start] if end <= role_start else text[role_end:start]
            inside = start <= role_start and role_end <= end
            if inside or _BETWEEN_NAME_AND_ROLE.fullmatch(between):
                found.append((start, end))
                break
    return found


# What a question asks of someone it names: "is Reyes married", "is Reyes a citizen". The name
# says whose, the rest what: a passage naming them without the rest is a near miss, so the name
# is no part of the topic a passage must hold. "is" opens the question, after no question word
# ("why is ..." asks why): a state of theirs, not an event ("was Reyes deported by accident"
# asks what happened to them).
_ASKS_IF = re.compile(
    r"^\W*(?:(?!(?:why|how|when|where|what|who|which)\b)[\w'’]+\W+){0,3}?(?:is|are)\s+$",
    re.IGNORECASE,
)


def asks_attribute_of(question: str, start: int) -> bool:
    """Whether `question` asks an attribute of the person named from `start` on ("is <name>
    married")."""
    return _ASKS_IF.search(question[:start]) is not None
