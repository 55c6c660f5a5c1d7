"""Quotations in a story and who said them: the people a story names, every quotation and
reported clause with its speaker, and nobody where the story does not let us tell.

The rules, and why they are what they are, are in docs/attribution.md. The modules:
`paragraphs` (tokens, sentences, paired quotation marks), then the attributor in layers, each
using those before it: `base` (its state, recording what is found), `speakers` (the subject of a
cue), `gender` (evidence that vetoes a candidate), `resolution` (pronouns and roles),
`reported` (speech without quotation marks), `quotations` (quotations and their cues), and
`story` (the pass over a story, and a corpus). People, their introductions and mentions are
in `bot.engine.people`, `names` and `mentions`; the words in `bot.engine.words`.
"""

from bot.engine.attribution.story import attribute_corpus, attribute_story, merge_attributions
from bot.engine.mentions import find_mentions
from bot.engine.models import StoryAttribution

__all__ = [
    "StoryAttribution",
    "attribute_corpus",
    "attribute_story",
    "find_mentions",
    "merge_attributions",
]
