"""The attributor's state, and how a found quotation is recorded (see `story.Attributor`)."""

from __future__ import annotations

from bot.engine.attribution.paragraphs import Event, Found, Para
from bot.engine.first_names import Gender
from bot.engine.mentions import Mention
from bot.engine.models import Person, Quote, QuoteKind, Story
from bot.engine.words import AUX_ADVERBS


class AttributorBase:
    """What one pass over a story holds: its paragraphs, people, mentions, and what was found.

    The attributor is built in layers, each in its own module and each using the ones below
    it: speakers (the subject of a cue), gender, resolution (pronouns and roles), reported
    speech, quotations, and `story.Attributor` on top, which drives the pass.
    """

    story: Story
    body: str
    paras: list[Para]
    people: dict[str, Person]
    heads: dict[str, set[str]]
    mentions: list[list[Mention]]
    ending: list[dict[int, Mention]]
    starting: list[dict[int, Mention]]
    history: list[Event]
    # who passed a speaker's words on to reporters, right after them ("..., Brandt said in
    # remarks relayed to reporters by Moravec"): they spoke too, for a pronoun after that the
    # speaker cannot be (`Resolver._resolve_pronoun`)
    relayers: list[Event]
    # where a speech cue's subject was nobody the story names ("a spokeswoman said",
    # "officials said"): a pronoun after it may be that speaker (`Resolver`)
    unnamed: list[tuple[int, int]]
    # of those, a name several people share that the text did not decide ("Lindqvist said" of
    # Tomas and Elena Lindqvist): who it may be, for a pronoun after it (`Resolver`)
    ambiguous: dict[tuple[int, int], tuple[str, ...]]
    # a shared name the text decided, by where its mention ends ("the elder Castellano"): the
    # speaker again for a pronoun after, not someone else named (`Resolver._others_between`)
    decided: dict[tuple[int, int], str]
    quote_speaker: dict[tuple[int, int], str | None]
    quote_cued: dict[tuple[int, int], bool]  # the speaker came from its own cue
    quote_index: dict[tuple[int, int], int]  # where it is in found.quotes
    found: Found
    gender: dict[str, Gender | None]

    def _events_between(self, pi: int, lo: int, hi: int) -> list[Event]:
        """The speech events of paragraph `pi` at tokens lo..hi-1, in the order they came."""
        return [e for e in self.history if e.para == pi and lo <= e.tok < hi]

    def _unnamed_speaker(self, pi: int, tok: int) -> None:
        """A speech cue at `tok` whose subject the story does not name: "a spokeswoman said",
        "officials said"; not one inside a named speaker's reported clause ("Bell said the
        city's consultant had described it as "..."": Bell still speaks), nor one whose subject is
        "which" (a report, a study: no one a pronoun after may be)."""
        para = self.paras[pi]
        lo, _ = para.sentence(tok)
        k = tok - 1
        while k > lo and para.tokens[k].lower in AUX_ADVERBS:
            k -= 1
        if k >= lo and para.tokens[k].lower == "which":
            return  # "a state engineer's report, which found that ...": a thing, no speaker
        if not self._events_between(pi, lo, tok):
            self.unnamed.append((pi, tok))

    def _record(self, pi: int, tok: int, speaker: str | None) -> None:
        if speaker is not None:
            self.history.append(Event(pi, tok, speaker))

    def _emit(
        self, para: Para, start: int, end: int, kind: QuoteKind, speaker: str | None, cue: str
    ) -> None:
        self.found.quotes.append(
            Quote(
                story_id=self.story.id,
                paragraph=para.passage.paragraph,
                text=self.body[start:end],
                start=start,
                end=end,
                kind=kind,
                speaker_id=speaker,
                cue=cue if speaker is not None else "no speaker cue",
            )
        )
