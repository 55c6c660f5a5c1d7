"""Questions about the bot itself: what it answers from ("what are your sources", "where's this
from", "which article is this"), how it knows ("how do you know this", "are you an AI") and what
it can do ("what can you do", "help"). They are answered from what the bot is (it quotes the
stories it has read, word for word) and the stories' own headers, never from a passage that
happens to share a word ("sources" found a professor's words on the meeting).

A message is about the bot only when the whole of it is: each sentence asks of "you" (the
bot: "you", "the bot", "storybot", as chat shorthand is written out: "u", "ur") what it reads
from, how it knows or works, or what it can do, or names its sources alone ("sources?"), or
asks where "this" comes from. A question of the story's content never is: "where did Bukele
say that" (someone else's doing), "how do you know if someone is in the prison" (a clause
after "know": anyone's knowing, not the bot's), "what can you tell me about the prison" (a
topic), "who wrote the law", "when was Garcia deported".
"""

from __future__ import annotations

import re
from enum import StrEnum

from bot.engine.text import may_hold_word

# the stories an answer about the bot lists (the rest are counted): a few, not a catalogue
STORIES_LISTED = 3


class BotTopic(StrEnum):
    SOURCES = "sources"  # what it answers from: the stories
    METHOD = "method"  # how it knows: it quotes them, adds nothing
    ABILITIES = "abilities"  # what it can be asked


# the bot addressed: "you" (chat's "u" is written out before this), "the bot", "storybot"
_YOU = r"(?:you|yourself|the\s+bot|this\s+bot|storybot)"
_YOUR = r"(?:your|the\s+bot['’]s|this\s+bot['’]s|storybot['’]s)"
# what the bot has just said: "this", "that", "all this", "so much"
_THIS = (
    r"(?:this|that|it|these|those|them|all\s+(?:of\s+)?(?:this|that)|so\s+much"
    r"|any\s+of\s+(?:this|that))"
)
# what an answer is made of
_MATERIAL = (
    r"(?:info|information|answers?|facts|quotes?|quotations?|data|stuff|sources?|news"
    r"|stories|articles?|material)"
)
_WHERE_FROM = rf"(?:{_YOUR}|the|this|that|these|those|its|all\s+(?:this|that|the))"

_TOPICS = (
    (
        BotTopic.SOURCES,
        rf"""(?:what|which)(?:['’]?s|\s+(?:are|is|were|was))\s+{_YOUR}\s+
             (?:sources?|references|citations)(?:\s+(?:for|on|of)\s+{_THIS})?
        | {_YOUR}\s+(?:sources?|references)(?:\s+(?:for|on|of)\s+{_THIS})?
        | (?:the\s+|any\s+)?sources
        | (?:what|which)\s+sources?\s+(?:do|did|does)\s+{_YOU}\s+
          (?:use|have|cite|rely\s+on|draw\s+on|quote|read)
        | where\s+(?:do|does|did)\s+{_YOU}\s+(?:get|find|take|pull)\s+
          (?:{_THIS}|(?:{_WHERE_FROM}\s+)?{_MATERIAL})(?:\s+from)?
        | (?:what|which)\s+(?:stories|articles|news|sources|texts?|documents?)\s+
          (?:do|did|have|can)\s+{_YOU}\s+(?:have|know|use|read|cover|got|quote|search)
          (?:\s+from)?
        | what\s+(?:are|is)\s+{_YOU}\s+(?:quoting|reading|citing|using)(?:\s+from)?
        | what\s+(?:have|did)\s+{_YOU}\s+read
        | where(?:['’]?s|\s+(?:is|was|does|did))\s+(?:this|that)\s+
          (?:(?:story|article|quote|piece)\s+)?(?:from|come\s+from|coming\s+from)
        | (?:what|which)\s+(?:article|story|piece|news\s+story)(?:['’]?s|\s+(?:is|was))\s+
          (?:this|that|it)(?:\s+from)?
        """,
    ),
    (
        BotTopic.METHOD,
        rf"""how\s+(?:do|does|did|would|can)\s+{_YOU}\s+know(?:\s+{_THIS})?
          (?:\s+is\s+(?:true|right|accurate|correct|real))?
        | how\s+(?:do|does)\s+{_YOU}\s+(?:work|answer(?:\s+questions)?|decide|choose|pick
          |find\s+(?:the\s+)?answers|come\s+up\s+with\s+(?:{_THIS}|(?:the\s+)?answers))
        | how\s+did\s+{_YOU}\s+(?:find|get|come\s+up\s+with|pick|choose)\s+{_THIS}
        | where\s+did\s+{_YOU}\s+(?:get|find|read|see)\s+{_THIS}(?:\s+from)?
        | are\s+{_YOU}\s+(?:an?\s+)?(?:ai|bot|robot|human|person|real|chatgpt|gpt
          |llm|language\s+model|chat\s*bot)
        | (?:who|what)(?:['’]?s|\s+(?:are|is))\s+{_YOU}
        """,
    ),
    (
        BotTopic.ABILITIES,
        rf"""help(?:\s+me)?
        | /?(?:commands|usage)
        | (?:how\s+do\s+i|how\s+to|how\s+can\s+i|how\s+should\s+i)\s+(?:use|ask)\s+
          (?:{_YOU}|this\s+bot|it|this)(?:\s+questions)?
        | what\s+(?:can|do|should)\s+i\s+ask(?:\s+{_YOU})?
        | what\s+(?:can|do)\s+{_YOU}\s+do
        | what\s+(?:are\s+{_YOU}|is\s+(?:this\s+bot|storybot|the\s+bot))\s+
          (?:for|able\s+to\s+do|good\s+for)
        | (?:what|which)\s+(?:questions|kinds?\s+of\s+questions|things)\s+can\s+(?:i|you)\s+
          (?:ask|answer)(?:\s+{_YOU})?
        """,
    ),
)
_PATTERNS = tuple(
    (topic, re.compile(rf"(?:{pattern})", re.IGNORECASE | re.VERBOSE)) for topic, pattern in _TOPICS
)

# the bot named before or after what is asked ("bot, what are your sources", "... , storybot"),
# and words closing a message that ask nothing ("pls", "then", "exactly", "lol")
_ADDRESSED = re.compile(r"^(?:(?:hey|hi|yo|ok|okay|so|and|but)\s+)*(?:(?:story)?bot\b\W*)?", re.I)
_CLOSING = re.compile(
    r"(?:[\s,]+(?:(?:story)?bot|pls|please|then|exactly|again|anyway|btw|lol|tho|though"
    r"|here|there))*[\s?!.…]*$",
    re.IGNORECASE,
)
# longer than any message asking only about the bot (a few short sentences)
_LONGEST = 300
# a sentence of a message: up to its closing marks
_SENTENCE = re.compile(r"[^?!.…]+(?:[?!.…]+|$)")
# a word every question about the bot holds: most questions hold none, and go no further
_MAY_ASK = re.compile(
    # the characters a match can start with (tests/engine/test_pattern_openings.py)
    r"(?=[bchistuy])"
    r"\b(?:you|your|yourself|bot|storybot|sources|help|commands|usage|this|that|it|i)\b",
    re.IGNORECASE,
)
# its words, as `may_hold_word` reads a text
_MAY_ASK_WORDS = frozenset(
    "you your yourself bot storybot sources help commands usage this that it i".split()
)


def asked_about_the_bot(question: str) -> tuple[BotTopic, ...]:
    """What `question` (as searched: chat shorthand written out, mentions and the opening words
    of chat left out) asks about the bot, in the order asked; () when it asks anything else,
    in any sentence."""
    if (
        len(question) > _LONGEST
        or not may_hold_word(question, _MAY_ASK_WORDS)
        or not _MAY_ASK.search(question)
    ):
        return ()
    found: list[BotTopic] = []
    for sentence in _SENTENCE.findall(question):
        asked = _CLOSING.sub("", _ADDRESSED.sub("", sentence.strip())).strip(" ,")
        if not asked:
            continue
        topic = next((t for t, p in _PATTERNS if p.fullmatch(asked)), None)
        if topic is None:
            return ()
        if topic not in found:
            found.append(topic)
    return tuple(found)
