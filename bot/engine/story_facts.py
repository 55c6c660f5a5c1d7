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

import re
from enum import StrEnum


class StoryFact(StrEnum):
    BYLINE = "byline"  # who wrote it (authors), and who contributed
    PUBLISHED = "published"
    OUTLET = "outlet"
    URL = "url"
    TITLE = "title"


_STORY_NOUN = r"(?:article|story|piece|report|write-?up|post|news\s+story|news\s+article)"
# "this article", "the story", "the bukele piece" (the words between say which story); "this"
# or "it" alone only where the question ends, so "who wrote it down" is not about the story.
# "the report" may be one the story tells of ("who wrote the report on the cracks"): only
# "this report" is the story
_THE_STORY_NOUN = r"(?:article|story|piece|write-?up|post|news\s+story|news\s+article)"
# words naming which story ("the bukele article"), not a phrase ("the law in the story")
_NAMING = r"(?:(?!(?:of|in|on|about|at|by|for|from|to|with|the|this|that|a|an)\b)[\w’'-]+\s+)"
_STORY = (
    rf"(?:(?:this|ur|your)\s+{_NAMING}{{0,3}}?{_STORY_NOUN}"
    rf"|(?:the|that)\s+{_NAMING}{{0,3}}?{_THE_STORY_NOUN}\b"
    r"|(?:this|it)(?=\s*(?:[?.!]|$|\s+(?:and|&|pls|please|tho|though|from)\b)))"
)
# ... and where a verb follows ("when was this published", "which site put this out")
_STORY_OR_THIS = rf"(?:{_STORY}|this|it)"
# the words naming which story ("the bukele article"), but those any story is ("the original
# article")
_WHICH = re.compile(
    rf"\b(?:this|the|that|ur|your)\s+((?:(?!(?:of|this|the|that|original|full|whole|entire"
    rf"|actual|news|same|new|latest)\b)[\w’'-]+\s+){{1,3}}?){_STORY_NOUN}",
    re.IGNORECASE,
)

_PATTERNS: tuple[tuple[StoryFact, re.Pattern[str]], ...] = tuple(
    (fact, re.compile(pattern, re.IGNORECASE | re.VERBOSE))
    for fact, pattern in (
        (
            StoryFact.BYLINE,
            rf"""\bwho\s+(?:wrote|writes|authored|penned|reported|did|made|is\s+behind)\s+{_STORY}
            | \bwho(?:['’]?s|\s+is|\s+was|\s+are|\s+were)\s+(?:the\s+)?
              (?:author|writer|reporter|journalist|byline)s?\b
              (?!\s+of\s+(?!{_STORY}))
            | \bwho(?:['’]?s|\s+is|\s+was)\s+{_STORY}\s+by\b
            | \b(?:written|reported|authored|and)\s+by\s+(?:who|whom)\b
            | \b(?:author|authors|byline|writer)\s+(?:of|for)\s+{_STORY}
            | ^\W*(?:the\s+)?(?:author|authors|byline|writer)\W*$
            """,
        ),
        (
            StoryFact.PUBLISHED,
            rf"""\bwhen\s+(?:was|were|did|is)\s+{_STORY_OR_THIS}\s+
              (?:first\s+)?(?:published|written|posted|released|put\s+out|out|dated|from
              |come\s+out|came\s+out|go\s+up|went\s+up)\b
            | \bwhat\s+(?:date|day|year|time)\s+(?:is|was|did)\s+{_STORY}\s*
              (?:from|published|written|posted|dated|come\s+out)?\b
            | \b(?:publication|publish|published|release|posting)\s+date\b
            | \bhow\s+old\s+is\s+{_STORY}
            | \b(?:date|dated)\s+(?:of|on)\s+{_STORY}
            """,
        ),
        (
            StoryFact.OUTLET,
            rf"""\b(?:what|which)\s+(?:news\s+)?(?:outlet|publication|site|website|paper
              |newspaper|network|channel|org|organi[sz]ation|source|publisher)\b
              \s+(?:is|was|are|did|does|published|publishes|ran|runs|put|puts|posted
              |wrote|carried|has)\s+{_STORY_OR_THIS}
            | \bwho\s+(?:published|publishes|ran|run|runs|put\s+out|puts\s+out|posted)\s+{_STORY}
            | \bwhere\s+(?:is|was|did)\s+{_STORY}\s+(?:from|published|posted|run|come\s+from)\b
            | \b(?:outlet|publication|publisher|source)\s+(?:of|for)\s+{_STORY}
            """,
        ),
        (
            StoryFact.URL,
            rf"""\b(?:link|url|source\s+link)\s+(?:to|for|of)\s+{_STORY}
            | \b(?:where(?:['’]?s|\s+is)|got|have|any|is\s+there|share|send|drop|post|give\s+me
              |what(?:['’]?s|\s+is))\s+(?:a|an|the)?\s*(?:link|url|source\s+link)\b
              (?!\s+(?:between|with|to\s+(?!{_STORY})))
            | \bwhere\s+can\s+i\s+(?:read|find|see)\s+{_STORY}
            | ^\W*(?:the\s+)?(?:link|url|source)\W*(?:pls|please)?\W*$
            """,
        ),
        (
            StoryFact.TITLE,
            rf"""\b(?:title|headline)\s+(?:of|for)\s+{_STORY}
            | \bwhat(?:['’]?s|\s+is|\s+was)\s+(?:the\s+)?(?:title|headline)\b
              (?!\s+of\s+(?!{_STORY}))
            | \bwhat\s+is\s+{_STORY}\s+(?:called|titled)\b
            """,
        ),
    )
)
# A word every question about the story itself holds: most questions hold none, and are
# not tried against each fact's pattern (40 µs a question).
_MAY_ASK = re.compile(
    r"\b(?:this|it|article|story|piece|report|write-?up|post|author|authors|writer|reporter"
    r"|journalist|byline|link|url|source|title|headline|publication|publish|release|posting)\b",
    re.IGNORECASE,
)
# "who wrote this and when?": a second fact asked after the first
_AND_WHEN = re.compile(r"\band\s+when\b(?!\s+(?:did|was|were)\s+(?!it\b|this\b))", re.I)


def asked_facts(question: str) -> tuple[tuple[StoryFact, ...], str]:
    """Which facts about the story itself `question` asks for (none: it is not about the
    story itself), and the words it uses for which story ("the bukele article": "bukele";
    "" when it says "this" or "the story")."""
    if not _MAY_ASK.search(question):
        return (), ""
    found: list[StoryFact] = []
    for fact, pattern in _PATTERNS:
        if pattern.search(question):
            found.append(fact)
    named = _WHICH.search(question) if found else None
    which = named.group(1).strip() if named else ""
    if found and StoryFact.PUBLISHED not in found and _AND_WHEN.search(question):
        found.append(StoryFact.PUBLISHED)
    return tuple(found), which
