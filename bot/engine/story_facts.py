"""Questions about the story itself: who wrote it, when and where it was published, its link,
its title. They are answered from the story's own header and byline, never from a passage of
its text that happens to share a word ("who wrote this" is not about whoever a paragraph
says wrote something).

A question asks about the story when it names it ("this article", "the story", "the Bukele
piece", or "this" / "it" ending the question) together with what it asks for ("who wrote",
"when was ... published", "what outlet"), or asks for a fact only a story has ("who's the
author", "where's the link", "publication date"). "Who wrote the law", "when was the fact
sheet released" and "what's the link between them" name something else: they are searched.
"""

from __future__ import annotations

import functools
import re
from enum import StrEnum

from bot.engine.text import may_hold_word, stem
from bot.engine.words import ASKING_VERBS


class StoryFact(StrEnum):
    BYLINE = "byline"  # who wrote it (authors), and who contributed
    PUBLISHED = "published"
    OUTLET = "outlet"
    URL = "url"
    TITLE = "title"
    GIST = "gist"  # what it is about: its opening paragraphs
    QUOTED = "quoted"  # whom it quotes


_STORY_NOUN = r"(?:article|story|piece|report|write-?up|post|news\s+story|news\s+article)"
# "this article", "the story", "the bukele piece" (the words between say which story); "this"
# or "it" alone only where the question ends, so "who wrote it down" is not about the story.
# "the report" may be one the story tells of ("who wrote the report on the cracks"): only
# "this report" is the story
_THE_STORY_NOUN = r"(?:article|story|piece|write-?up|post|news\s+story|news\s+article)"
# the word each of those opens with, as `may_hold_word` reads a text ("write-up": "write")
_STORY_NOUN_OPENINGS = frozenset("article story piece report write writeup post news".split())
# words naming which story ("the bukele article"), not a phrase ("the law in the story")
_NAMING = r"(?:(?!(?:of|in|on|about|at|by|for|from|to|with|the|this|that|a|an)\b)[\w’'-]+\s+)"


def _story(bare: str) -> str:
    """The story named: "this article", "the bukele piece", or `bare` ("this|it") alone."""
    return (
        rf"(?:(?:this|ur|your)\s+{_NAMING}{{0,3}}?{_STORY_NOUN}"
        rf"|(?:the|that)\s+{_NAMING}{{0,3}}?{_THE_STORY_NOUN}\b"
        rf"|(?:{bare})(?=\s*(?:[?.!]|$|\s+(?:and|&|pls|please|tho|though|from)\b)))"
    )


# Where a question names the story itself ("who is the professor quoted in the article", "what
# does this piece say about the prison", "the bukele story"): its noun says nothing of what is
# asked, only where to look; nor does "according to" or "per" before it ("how many people live
# there according to the story", "population of El Salvador per the piece" are not asking for
# a passage saying "according to" or "per")
_STORY_ITSELF = re.compile(
    # the characters a match can start with (tests/engine/test_pattern_openings.py)
    r"(?=[aptuy])"
    r"(?P<source>\b(?:according\s+to|per)\s+)?"
    rf"(?:\b(?:this|ur|your)\s+{_NAMING}{{0,3}}?(?P<noun>{_STORY_NOUN})\b"
    rf"|\b(?:the|that)\s+{_NAMING}{{0,3}}?(?P<the_noun>{_THE_STORY_NOUN})\b)",
    re.IGNORECASE,
)


# The verb a question says the story tells with ("does the article mention that", "what does
# the story say about", "does the piece cover the deal"): how it asks, no topic a passage holds
_TELLING_STEMS = frozenset(stem(verb) for verb in (*ASKING_VERBS, "cover", "discuss"))
_VERB_AFTER = re.compile(
    r"\s+(?:(?:ever|even|actually|really|also|even|specifically)\s+)?(?P<verb>[^\W\d_]+)"
)


# The story, or whoever wrote it, as the one who thinks or judges ("how does the article judge
# their attitude", "why does the story suggest ...", "what does the author think of ..."): what
# is asked is its own view, told in its own words, not a quotation of someone it quotes
_WRITERS_VIEW = re.compile(
    r"(?=[t])\b(?:the|this|that)\s+(?:[\w'’-]+\s+){0,2}?"
    r"(?:article|story|piece|write-?up|writer|author|reporter|journalist)\s+"
    r"(?:(?:seems?|appears?)\s+to\s+|(?:really|actually|also)\s+)?"
    r"(?:think|judge|view|see|characteri[sz]e|portray|assess|suggest|imply|implie|feel|consider"
    r"|believe|hint|make\s+of|makes\s+of)s?\b",
    re.IGNORECASE,
)


def asks_the_writers_view(question: str) -> bool:
    """Whether `question` asks what the story itself, or its writer, thinks or judges: its own
    view, which a passage quoting no one gives."""
    return _WRITERS_VIEW.search(question) is not None


def story_noun_spans(question: str) -> list[tuple[int, int]]:
    """Where `question` names the story itself by its noun ("article", "story", "piece"; "report"
    only as "this report": the story may tell of a report), with "according to" before it and
    the verb of telling after it ("does the article mention"): words to leave out of what it
    is about."""
    spans: list[tuple[int, int]] = []
    if not may_hold_word(question, _STORY_NOUN_OPENINGS):  # a match holds its noun
        return spans
    heading = _HEADING.match(question)
    if heading is not None:
        spans.append(heading.span("noun"))
    for match in _STORY_ITSELF.finditer(question):
        noun = match.span("noun") if match.group("noun") else match.span("the_noun")
        if match.group("source"):
            spans.append((match.start("source"), match.end("source")))
        spans.append(noun)
        verb = _VERB_AFTER.match(question, match.end())
        if verb is not None and stem(verb.group("verb").lower()) in _TELLING_STEMS:
            spans.append(verb.span("verb"))
    return spans


# the words naming which story ("the bukele article"), but those any story is ("the original
# article")
_WHICH = re.compile(
    rf"\b(?:this|the|that|ur|your)\s+((?:(?!(?:of|this|the|that|original|full|whole|entire"
    rf"|actual|news|same|new|latest)\b)[\w’'-]+\s+){{1,3}}?){_STORY_NOUN}",
    re.IGNORECASE,
)


# A story named in a phrase that says where to look, opening or ending the question ("in the
# flood article, ...", "... in the school lunch story?")
_PLACED = (
    r"(?:in|from|on|re)\s+(?:this|the|that|ur|your)\s+"
    rf"(?P<which>(?:(?!(?:of|this|the|that|original|full|whole|entire|actual|news|same|new"
    rf"|latest)\b)[\w’'-]+\s+){{1,3}}?){_THE_STORY_NOUN}\b"
)
_PLACED_AT_START = re.compile(rf"^\W*{_PLACED}\s*[,;:]?", re.IGNORECASE)
_PLACED_AT_END = re.compile(rf"[\s,;]+{_PLACED}(?=\W*$)", re.IGNORECASE)
# A story named without an article as a message's heading, a mark after it ("stadium story:
# what did the mayor say", "flood story - who ...", "re bus article, ..."): as a subject line
# is typed, the words before the noun say which
_HEADING = re.compile(
    rf"^\W*(?:re:?\s+|in\s+|from\s+|on\s+)?(?P<which>{_NAMING}{{1,3}}?)"
    rf"(?P<noun>{_THE_STORY_NOUN})\s*(?::|,|;|\s[-–—]|[–—])\s*(?=\S)",
    re.IGNORECASE,
)


def story_named_apart(question: str) -> str:
    """`question` without the words naming a story where they only say where to look: a
    heading ("flood story - what did the mayor say"), or a phrase a preposition opens at its
    start or end ("in the flood article, what did ...", "what did ... say in the lunch
    story"): "what did the mayor say". As it is where the story is named otherwise ("what
    does the flood story say about the stadium") or not at all."""
    if not may_hold_word(question, _STORY_NOUN_OPENINGS):
        return question
    heading = _HEADING.match(question)
    if heading is not None:
        return question[heading.end() :]
    placed = _PLACED_AT_START.match(question) or _PLACED_AT_END.search(question)
    if placed is None or not placed.group("which").strip():
        return question
    left = (question[: placed.start()].rstrip() + question[placed.end() :]).strip(" ,;:-–—")
    return left or question


def story_named_words(question: str) -> str:
    """The words `question` names a story by, before its noun ("in the stadium story":
    "stadium"; "the bus article": "bus"; "stadium story: what did ...", a heading: "stadium"),
    "" where it names none ("this article", "the story", "the latest story")."""
    if not may_hold_word(question, _STORY_NOUN_OPENINGS):
        return ""
    named = _WHICH.search(question) or _HEADING.match(question)
    if named is not None and named.group().lower().endswith("report"):
        return ""  # "the auditor's report": one the story tells of, maybe
    words = named.group(1).strip() if named else ""
    if _ORDER_WORDS.intersection(words.lower().split()):
        return ""  # "the other story", "the most recent article": which by order, not words
    return words


# The newest story, by the date of publication in its header ("the latest story", "the most
# recent article")
_NEWEST = r"(?:latest|newest|most\s+recent|most\s+recently\s+published)"
_THE_NEWEST = re.compile(
    rf"\b(?:the|this|that)\s+(?:{_NEWEST}|new)\s+(?:news\s+)?{_THE_STORY_NOUN}\b"
    rf"|\b(?:{_THE_STORY_NOUN})\s+is\s+(?:the\s+)?{_NEWEST}\W*$"
    rf"|\bwhat(?:['’]?s|\s+is|\s+was)\s+(?:the\s+)?{_NEWEST}\s+{_THE_STORY_NOUN}\W*$",
    re.IGNORECASE,
)


def names_the_newest(question: str) -> bool:
    """Whether `question` names a story as the newest of several ("the latest story", "in the
    most recent article", "which story is the newest")."""
    return may_hold_word(question, _STORY_NOUN_OPENINGS) and bool(_THE_NEWEST.search(question))


# Words saying which story by its place among the others, not by what it tells
_ORDER_WORDS = frozenset(
    "first second third last other previous earlier older newer newest recent most next".split()
)


@functools.cache
def _pattern(fact: StoryFact, bare: str) -> re.Pattern[str]:
    """The pattern of a question asking for `fact`, where `bare` is what names the story
    alone: "this" or "it" in a question of its own, "this" only in a follow-up, whose "it" is
    what was asked before ("when was it released?" after a question on the fact sheet).
    Compiled when a question first needs it: the five took some 50 ms to compile, which the
    first question naming "this" or a "report" waited for."""
    story = _story(bare)
    # ... and where a verb follows ("when was this published", "which site put this out")
    story_or_this = rf"(?:{story}|{bare})"
    pattern = dict(
        (
            (
                StoryFact.BYLINE,
                rf"""\bwho\s+(?:wrote|writes|authored|penned|reported|did|made|is\s+behind)\s+{story}
            | \bwho\s+(?:else\s+)?(?:contributed\s+to|worked\s+on|helped\s+(?:with|on))\s+{story}
            | \bwho\s+(?:else\s+)?(?:helped\s+(?:to\s+)?)?(?:write|wrote|report|compile|compiled)
              \s+{story}
            | \bwho\s+(?:else\s+)?(?:helped\s+(?:to\s+)?)?(?:put|pieced|piece)\s+{story}
              \s+together\b
            | \bwho(?:['’]?s|\s+is|\s+was|\s+are|\s+were)\s+(?:the\s+)?
              (?:author|writer|reporter|journalist|byline)s?\b
              (?!\s+of\s+(?!{story}))
            | \bwho(?:['’]?s|\s+is|\s+was)\s+{story}\s+by\b
            | \b(?:written|reported|authored|and)\s+by\s+(?:who|whom)\b
            | \b(?:author|authors|byline|writer)\s+(?:of|for)\s+{story}
            | ^\W*(?:the\s+)?(?:author|authors|byline|writer)\W*$
            """,
            ),
            (
                StoryFact.PUBLISHED,
                rf"""\bwhen\s+(?:was|were|did|is)\s+{story_or_this}\s+
              (?:first\s+)?(?:published|written|posted|released|put\s+out|out|dated|from
              |come\s+out|came\s+out|go\s+up|went\s+up)\b
            | \bwhat\s+(?:date|day|year|time)\s+(?:is|was|did)\s+{story}\s*
              (?:from|published|written|posted|dated|come\s+out)?\b
            | \b(?:publication|publish|published|release|posting)\s+date\b
            | \bhow\s+old\s+is\s+{story}
            | \bwhen\s+(?:did|does)\s+(?:[\w’'-]+\s+){{1,3}}?(?:publish|post|release|run
              |put\s+out)\s+{story}
            | \b(?:date|dated)\s+(?:of|on)\s+{story}
            """,
            ),
            (
                StoryFact.OUTLET,
                rf"""\b(?:what|which)\s+(?:news\s+)?(?:outlet|publication|site|website|paper
              |newspaper|network|channel|org|organi[sz]ation|source|publisher)\b
              \s+(?:is|was|are|did|does|published|publishes|ran|runs|put|puts|posted
              |wrote|carried|has)\s+{story_or_this}
            | \bwho\s+(?:published|publishes|ran|run|runs|put\s+out|puts\s+out|posted)\s+{story}
            | \bwhere\s+(?:is|was|did)\s+{story}\s+(?:from|published|posted|run|come\s+from)\b
            | \b(?:outlet|publication|publisher|source)\s+(?:of|for)\s+{story}
            """,
            ),
            (
                StoryFact.URL,
                rf"""\b(?:link|url|source\s+link)\s+(?:to|for|of)\s+{story}
            | \b(?:where(?:['’]?s|\s+is)|got|have|any|is\s+there|share|send|drop|post|give\s+me
              |what(?:['’]?s|\s+is))\s+(?:a|an|the)?\s*(?:link|url|source\s+link)\b
              (?!\s+(?:between|with|to\s+(?!{story})))
            | \bwhere\s+can\s+i\s+(?:read|find|see)\s+{story}
            | ^\W*(?:the\s+)?(?:link|url|source)\W*(?:pls|please)?\W*$
            """,
            ),
            (
                StoryFact.TITLE,
                rf"""\b(?:title|headline)\s+(?:of|for)\s+{story}
            | \bwhat(?:['’]?s|\s+is|\s+was)\s+(?:the\s+)?(?:title|headline)\b
              (?!\s+of\s+(?!{story}))
            | \bwhat\s+is\s+{story}\s+(?:called|titled)\b
            | \b{story}['’]s\s+(?:title|headline)\b
            | \bwhat(?:['’]?s|\s+is|\s+was)\s+(?:the\s+)?{_NEWEST}\s+{_THE_STORY_NOUN}\W*$
            | \bwhich\s+{_THE_STORY_NOUN}\s+is\s+(?:the\s+)?(?:{_NEWEST}|new)\W*$
            """,
            ),
            (
                StoryFact.GIST,
                rf"""\bwhat(?:['’]?s|\s+is|\s+was)\s+{story}\s+(?:even\s+|all\s+)?about\b
            | \b(?:tl\s*;?\s*dr|summary|summari[sz]e|sum\s+up|recap|gist|rundown|eli5)\s+
              (?:of\s+|for\s+|on\s+)?{story}
            | ^\W*(?:tl\s*;?\s*dr|summary|summari[sz]e|sum\s+up|recap|gist|rundown|eli5)
              \W*(?:pls|please|\?)?\W*$
            """,
            ),
            (
                StoryFact.QUOTED,
                rf"""\bwho(?:['’]?s|\s+is|\s+are|\s+was|\s+were|\s+gets?|\s+got)\s+(?:all\s+)?
              (?:being\s+)?(?:quoted|cited|interviewed)(?:\s+(?:in|by)\s+{story})?\W*$
            | \bwho\s+(?:all\s+)?(?:does|did)\s+{story}\s+(?:quote|cite|interview)\W*$
            | \b(?:which|what)\s+people\s+(?:are|were|get|got)\s+(?:quoted|cited)
              (?:\s+(?:in|by)\s+{story})?\W*$
            """,
            ),
        )
    )[fact]
    return re.compile(pattern, re.IGNORECASE | re.VERBOSE)


# Each fact's pattern begins, in each of its alternatives, with one of these: where none is
# found, the fact's pattern cannot match and is neither compiled nor tried. Each alternative
# here is the start of one of the pattern's (up to its first mention of the story), so any
# match of the pattern holds a match of this one.
_MAY_ASK_FOR = {
    fact: re.compile(pattern, re.IGNORECASE | re.VERBOSE)
    for fact, pattern in (
        (
            StoryFact.BYLINE,
            r"""\bwho\s+(?:wrote|writes|authored|penned|reported|did|made|is\s+behind)\s+
            | \bwho\s+(?:else\s+)?(?:contributed\s+to|worked\s+on|helped\s+(?:with|on))\s+
            | \bwho\s+(?:else\s+)?(?:helped\s+(?:to\s+)?)?(?:write|wrote|report|compile|compiled
              |put|pieced|piece)\s+
            | \bwho(?:['’]?s|\s+is|\s+was|\s+are|\s+were)\s+
            | \b(?:written|reported|authored|and)\s+by\s+(?:who|whom)\b
            | \b(?:author|authors|byline|writer)\s+(?:of|for)\s+
            | ^\W*(?:the\s+)?(?:author|authors|byline|writer)\W*$
            """,
        ),
        (
            StoryFact.PUBLISHED,
            r"""\bwhen\s+(?:was|were|did|does|is)\s+
            | \bwhat\s+(?:date|day|year|time)\s+(?:is|was|did)\s+
            | \b(?:publication|publish|published|release|posting)\s+date\b
            | \bhow\s+old\s+is\s+
            | \b(?:date|dated)\s+(?:of|on)\s+
            """,
        ),
        (
            StoryFact.OUTLET,
            r"""\b(?:what|which)\s+(?:news\s+)?(?:outlet|publication|site|website|paper
              |newspaper|network|channel|org|organi[sz]ation|source|publisher)\b
              \s+(?:is|was|are|did|does|published|publishes|ran|runs|put|puts|posted
              |wrote|carried|has)\s+
            | \bwho\s+(?:published|publishes|ran|run|runs|put\s+out|puts\s+out|posted)\s+
            | \bwhere\s+(?:is|was|did)\s+
            | \b(?:outlet|publication|publisher|source)\s+(?:of|for)\s+
            """,
        ),
        (
            StoryFact.URL,
            r"""\b(?:link|url|source\s+link)\s+(?:to|for|of)\s+
            | \b(?:where(?:['’]?s|\s+is)|got|have|any|is\s+there|share|send|drop|post|give\s+me
              |what(?:['’]?s|\s+is))\s+(?:a|an|the)?\s*(?:link|url|source\s+link)\b
            | \bwhere\s+can\s+i\s+(?:read|find|see)\s+
            | ^\W*(?:the\s+)?(?:link|url|source)\W*(?:pls|please)?\W*$
            """,
        ),
        (
            StoryFact.TITLE,
            r"""\b(?:title|headline)\s+(?:of|for)\s+
            | \bwhat(?:['’]?s|\s+is|\s+was)\s+(?:the\s+)?(?:title|headline)\b
            | \bwhat\s+is\s+
            | ['’]s\s+(?:title|headline)\b
            | \bwhat(?:['’]?s|\s+was)\s+
            | \bwhich\s+
            """,
        ),
        (
            StoryFact.GIST,
            r"""\bwhat(?:['’]?s|\s+is|\s+was)\s+
            | \b(?:tl\s*;?\s*dr|summary|summari[sz]e|sum\s+up|recap|gist|rundown|eli5)\s+
            | ^\W*(?:tl\s*;?\s*dr|summary|summari[sz]e|sum\s+up|recap|gist|rundown|eli5)
              \W*(?:pls|please|\?)?\W*$
            """,
        ),
        (
            StoryFact.QUOTED,
            r"""\bwho(?:['’]?s|\s+is|\s+are|\s+was|\s+were|\s+gets?|\s+got)\s+
            | \bwho\s+(?:all\s+)?(?:does|did)\s+
            | \b(?:which|what)\s+people\s+(?:are|were|get|got)\s+(?:quoted|cited)
            """,
        ),
    )
}


# A word every question about the story itself holds: most questions hold none, and are
# not tried against each fact's pattern (40 µs a question).
_MAY_ASK = re.compile(
    r"(?=[abceghijlpqrstuw])"
    r"\b(?:this|it|article|story|piece|report|write-?up|post|author|authors|writer|reporter"
    r"|journalist|byline|link|url|source|title|headline|publication|publish|release|posting"
    r"|tl\s*;?\s*dr|summary|summari[sz]e|sum\s+up|recap|gist|rundown|eli5"
    r"|quoted|cited|interviewed)\b",
    re.IGNORECASE,
)
# In a reply, "that" may be the story of the answer replied to ("when was that published")
_THAT = re.compile(r"\bthat\b", re.IGNORECASE)
# the word each of those opens with, as `may_hold_word` reads a text ("tl;dr": "tl")
_MAY_ASK_OPENINGS = frozenset(
    """
    this it article story piece report write writeup post author authors writer reporter
    journalist byline link url source title headline publication publish release posting tl
    tldr summary summarise summarize sum recap gist rundown eli5 quoted cited interviewed
    """.split()
)
# "who wrote this and when?": a second fact asked after the first
_AND_WHEN = re.compile(r"\band\s+when\b(?!\s+(?:did|was|were)\s+(?!it\b|this\b))", re.I)


def asked_facts(question: str, *, follow_up: bool = False) -> tuple[tuple[StoryFact, ...], str]:
    """Which facts about the story itself `question` asks for (none: it is not about the
    story itself), and the words it uses for which story ("the bukele article": "bukele";
    "" when it says "this" or "the story"). In a `follow_up`, "it" is not the story."""
    if not (may_hold_word(question, _MAY_ASK_OPENINGS) and _MAY_ASK.search(question)) and not (
        follow_up and _THAT.search(question)
    ):
        return (), ""
    # in a reply, "that" is the story of the answer replied to ("who wrote that", "when was
    # that published"), "it" whatever the answer told of
    bare = "this|that" if follow_up else "this|it"
    found = [
        fact
        for fact, may_ask in _MAY_ASK_FOR.items()
        if may_ask.search(question) and _pattern(fact, bare).search(question)
    ]
    named = _WHICH.search(question) if found else None
    which = named.group(1).strip() if named else ""
    if found and StoryFact.PUBLISHED not in found and _AND_WHEN.search(question):
        found.append(StoryFact.PUBLISHED)
    return tuple(found), which
