"""A story paragraph as attribution reads it: tokens, sentences, quotation marks paired, and
the small records the attributor passes around (a reference to a speaker, a speech event,
what was found); with the token tests every layer shares."""

from __future__ import annotations

import itertools
import operator
from collections.abc import Sequence
from dataclasses import dataclass, field

from bot.engine.models import Passage, Quote
from bot.engine.names import Token, cap_sequences, head_ending_at, tokenize
from bot.engine.occupations import describes_person
from bot.engine.people import Intro
from bot.engine.words import (
    FUNCTION_WORDS,
    NON_NAMES,
    NOUN_MARKERS,
    PREPOSITIONS,
    RELATIVE_PRONOUNS,
    SPEECH_VERBS,
    TIME_WORDS,
    is_inflected_verb,
)

# --- Paragraph structure ---------------------------------------------------------------------

_TEXT = operator.attrgetter("text")
_QUOTE_MARKS = frozenset('“”"')
_SENTENCE_MARKS = frozenset(".?!")


@dataclass(frozen=True, slots=True)
class QuoteSpan:
    open_tok: int
    close_tok: int | None  # None: left open to the end of the paragraph
    start: int  # the words inside the marks, trimmed
    end: int


@dataclass
class Para:
    passage: Passage
    tokens: list[Token]
    quotes: list[QuoteSpan]
    quote_of: list[int]  # per token: the quote whose marks or words hold it, else -1
    sentence_of: list[int]
    sentences: list[tuple[int, int]]
    lowers: list[str]  # per token: its lower case (each pass looks for cue words in them)
    # the runs of capitalised words in `tokens` (`cap_sequences`), found once: introductions,
    # namesakes and speakers' names each read them
    runs: list[tuple[int, int]]

    @classmethod
    def build(cls, passage: Passage, body: str) -> Para:
        tokens = tokenize(passage.text, passage.start)
        quotes, quote_of = pair_quotes(tokens, body, passage.end)
        sentences = sentence_spans(tokens, quotes, quote_of)
        sentence_of = [0] * len(tokens)
        for n, (lo, hi) in enumerate(sentences):
            sentence_of[lo:hi] = [n] * (hi - lo)
        lowers = [token.lower for token in tokens]
        runs = cap_sequences(tokens)
        return cls(passage, tokens, quotes, quote_of, sentence_of, sentences, lowers, runs)

    @property
    def outside(self) -> list[bool]:
        return [q == -1 for q in self.quote_of]

    def sentence(self, k: int) -> tuple[int, int]:
        return self.sentences[self.sentence_of[k]]

    def is_open_mark(self, k: int) -> bool:
        q = self.quote_of[k]
        return q != -1 and self.quotes[q].open_tok == k

    def is_close_mark(self, k: int) -> bool:
        q = self.quote_of[k]
        return q != -1 and self.quotes[q].close_tok == k


def pair_quotes(
    tokens: Sequence[Token], body: str, para_end: int
) -> tuple[list[QuoteSpan], list[int]]:
    pairs: list[tuple[int, int | None]] = []
    opened: int | None = None
    texts = list(map(_TEXT, tokens))
    for k in itertools.compress(range(len(texts)), map(_QUOTE_MARKS.__contains__, texts)):
        text = texts[k]
        if text == "“" and opened is None:
            opened = k
        elif (text == "”" or text == '"') and opened is not None:
            pairs.append((opened, k))
            opened = None
        elif text == '"':
            opened = k
    if opened is not None:
        pairs.append((opened, None))
    quotes: list[QuoteSpan] = []
    quote_of = [-1] * len(tokens)
    for open_tok, close_tok in pairs:
        start = tokens[open_tok].end
        end = tokens[close_tok].start if close_tok is not None else para_end
        text = body[start:end]
        stripped = text.rstrip().rstrip(",").rstrip()
        end = start + len(stripped)
        start += len(stripped) - len(stripped.lstrip())
        if start >= end:
            continue
        last = close_tok if close_tok is not None else len(tokens) - 1
        quote_of[open_tok : last + 1] = [len(quotes)] * (last + 1 - open_tok)
        quotes.append(QuoteSpan(open_tok, close_tok, start, end))
    return quotes, quote_of


def sentence_spans(
    tokens: Sequence[Token], quotes: Sequence[QuoteSpan], quote_of: Sequence[int]
) -> list[tuple[int, int]]:
    """Sentences as token ranges; a sentence never ends inside a quotation, and `"...?" X said`
    stays one sentence."""
    opens = {q.open_tok for q in quotes}
    closes = {q.close_tok for q in quotes}
    spans: list[tuple[int, int]] = []
    start = 0
    # A sentence can end only at a full stop, question or exclamation mark, or a quotation's
    # closing mark: only those tokens are looked at (found outside the interpreter's loop).
    last = len(tokens) - 1
    marks = map(_SENTENCE_MARKS.__contains__, map(_TEXT, tokens))
    ends_at = {*itertools.compress(range(last), marks), *(k for k in closes if k is not None)}
    for k in sorted(k for k in ends_at if k < last):
        tok, nxt = tokens[k], tokens[k + 1]
        starts_new = nxt.is_cap or (k + 1) in opens or nxt.text[:1].isdigit()
        if starts_new and _decimal_point(tokens, k):
            continue  # "$1.2 million": a number's point, no sentence's end
        ends = False
        if quote_of[k] == -1 and tok.text in ".?!":
            ends = starts_new
        elif k in closes and k > 0:
            before = tokens[k - 1].text
            ends = (before == "." and starts_new) or (before in "?!" and (k + 1) in opens)
        if ends:
            spans.append((start, k + 1))
            start = k + 1
    spans.append((start, len(tokens)))
    return [s for s in spans if s[0] < s[1]]


def _decimal_point(tokens: Sequence[Token], k: int) -> bool:
    """Whether the full stop `tokens[k]` stands between two digits with no space on either
    side: the point of a number the tokenizer splits ("1", ".", "2" of "$1.2 million")."""
    if k == 0 or k + 1 >= len(tokens) or tokens[k].text != ".":
        return False
    before, after = tokens[k - 1], tokens[k + 1]
    return (
        before.text[-1:].isdigit()
        and after.text[:1].isdigit()
        and before.end == tokens[k].start
        and tokens[k].end == after.start
    )


# --- Speaker references ----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Ref:
    """What a cue says about its speaker, before it is resolved to a person."""

    # "person" | "pronoun" | "role" | "name" | "unknown" (a cue, nobody named) | "relay" (the
    # words are someone else's: "X recalled Y saying") | "relayed" (the same, Y known: `ids`)
    kind: str
    start: int  # token range of the subject phrase
    end: int
    ids: tuple[str, ...] = ()
    word: str = ""  # the pronoun, or the role phrase
    org: bool = False
    cue: str = ""


@dataclass(frozen=True, slots=True)
class Event:
    para: int
    tok: int
    speaker: str


@dataclass
class Found:
    quotes: list[Quote] = field(default_factory=list)
    names: list[Intro] = field(default_factory=list)


# --- Token tests ---------------------------------------------------------------------------


def with_cue(ref: Ref, cue: str) -> Ref:
    return Ref(ref.kind, ref.start, ref.end, ref.ids, ref.word, ref.org, ref.cue or cue)


def time_word(tok: Token) -> bool:
    return tok.lower in TIME_WORDS or tok.lower in NON_NAMES or tok.text[:1].isdigit()


def appositive_ok(words: Sequence[Token], limit: int = 10) -> bool:
    """ ", 43," / ", a Maryland man," / ", who led the inquiry," / ", speaking to reporters,"
    between a name and its verb."""
    if not words or len(words) > 22 or any(t.text in '"“”' for t in words):
        return False
    if len(words) == 1 and words[0].text.isdigit():
        return True
    if words[0].lower in RELATIVE_PRONOUNS or present_participle(words[0]):
        return True  # a relative clause or a participle phrase about the subject
    relative = next(
        (
            k
            for k, t in enumerate(words)
            if t.lower in RELATIVE_PRONOUNS or _relative_that(words, k)
        ),
        None,
    )
    if relative is not None and relative > 0:
        # "a product manager in the Denver office who was also laid off", "president of the
        # union that represents the drivers": the noun phrase before the relative clause must
        # be an appositive of its own
        return appositive_ok(words[:relative], limit=14)
    if len(words) > 2 and words[0].lower in _ASKING and words[1].lower in _ASKED_WHAT:
        return True  # "asked whether the company would walk away if the plan were refused"
    if (
        words[0].lower in ("a", "an")
        and _length_names_once(words) <= _VERBLESS_LIMIT
        and not any(_clause_verb(words, k) for k in range(len(words)))
    ):
        # "a Republican from Harlan County", "a Republican seeking a third term" (a participle
        # phrase after the noun, no verb of its own), "a driver with 22 years on the job and
        # no relation to the director": someone the subject is, however long
        return True
    if _length_names_once(words) > limit:
        return False
    if words[0].lower in PREPOSITIONS or _past_participle(words[0]):
        return True  # "for his part", "in rebuttal", "asked about the talks", "reached by phone"
    if _capitalised_title(words):
        return True  # "Head of Planning", "Chief Operating Officer": a job title, capitalised
    if (
        len(words) > 2
        and words[0].lower == "one"
        and words[1].lower == "of"
        and not any(finite_verb(t) for t in words)
    ):
        return True  # "one of the two members", "one of three founders": one of a group
    owned = _owner_end(words)
    if (
        len(words) > owned + 2
        and (owned > 0 or words[0].lower == "the")
        and words[owned + 1 - (owned > 0)].is_word
        and not words[owned + 1 - (owned > 0)].is_cap
        and words[owned + 2 - (owned > 0)].lower == "of"
        and not any(finite_verb(t) and not present_participle(t) for t in words)
    ):
        # "the head of the union local", "the company's head of operations", "its head of
        # research", "the council's head of housing" (a word in "-ing" no verb of a clause):
        # what the one named is, as "a ..." is
        return True
    return any(head_ending_at(words, k) is not None for k in range(len(words))) or any(
        map(describes_person, words)  # "a teacher", "a hotel owner in the village", "a resident"
    )


# How long a phrase opening with "a" or "an" and holding no verb may be, between a name and
# its verb, and still be an appositive
_VERBLESS_LIMIT = 16


def _clause_verb(words: Sequence[Token], k: int) -> bool:
    """The word at `k` may be a clause's verb: a finite form, no "-ing" participle, not right
    after a determiner or a possessive ("on the boats": a noun)."""
    word = words[k]
    if not finite_verb(word) or present_participle(word):
        return False
    return k == 0 or words[k - 1].lower not in NOUN_MARKERS


def _relative_that(words: Sequence[Token], k: int) -> bool:
    """ "that" at `k` opening a relative clause: after a noun in lower case (no verb, no small
    word) and before a verb ("the union that represents the drivers"; not "said that")."""
    if words[k].lower != "that" or k == 0 or k + 1 >= len(words):
        return False
    noun = words[k - 1]
    return (
        noun.is_word
        and not noun.is_cap
        and noun.lower not in FUNCTION_WORDS
        and not finite_verb(noun)
        and finite_verb(words[k + 1])
    )


def _owner_end(words: Sequence[Token]) -> int:
    """Where the owner opening a phrase ends: after "the company's", "the city council's" (at
    most three words and the possessive ending), after "its", "his", "her", "their"; else 0."""
    if words and words[0].lower in ("its", "his", "her", "their"):
        return 1
    if not words or words[0].lower != "the":
        return 0
    poss = next((k for k, t in enumerate(words[:5]) if t.kind == "poss"), None)
    if poss is None or poss < 2 or not all(t.is_word for t in words[1:poss]):
        return 0
    return poss + 1


def _length_names_once(words: Sequence[Token]) -> int:
    """How many words `words` holds, a capitalised name counted once, its small words too
    ("president of the local chapter of the National Association of Letter Carriers": a role
    and whose, 7; a body's long name is no longer a phrase than its short one)."""
    n = 0
    k = 0
    while k < len(words):
        n += 1
        if words[k].is_cap and k > 0:
            while k + 1 < len(words) and (
                words[k + 1].is_cap
                or (
                    words[k + 1].lower in _NAME_JOINERS
                    and k + 2 < len(words)
                    and words[k + 2].is_cap
                )
            ):
                k += 1
        k += 1
    return n


_NAME_JOINERS = frozenset("of and for the".split())


def _capitalised_title(words: Sequence[Token]) -> bool:
    """A job title written in capitals: "Head of Planning", "Director of Communications for
    the county", "Chief Operating Officer": every word capitalised up to a connecting word of
    a title ("of", "for", "at"), and either one of those or a last word that is a noun for a
    kind of person ("Officer"); not two names ("Mark Fell")."""
    if not all(t.is_word for t in words) or not words[0].is_cap:
        return False
    lowers = [t.lower for t in words]
    connector = next((k for k, w in enumerate(lowers) if w in _TITLE_CONNECTORS), len(words))
    head = words[:connector]
    if not head or not all(t.is_cap for t in head):
        return False
    return connector < len(words) or describes_person(head[-1]._replace(is_cap=False))


_TITLE_CONNECTORS = frozenset("of for at to".split())
# A participle putting a question to the one named, and the word opening what it asks: the
# question a clause of its own, as long as a relative clause may be ("X, asked whether ..., said")
_ASKING = frozenset("asked pressed".split())
_ASKED_WHAT = frozenset("whether if about how why what when where who".split())


def _past_participle(tok: Token) -> bool:
    """ "asked", "reached", "pressed": an -ed verb form (opening a participle phrase)."""
    return (
        tok.is_word and not tok.is_cap and tok.lower.endswith("ed") and is_inflected_verb(tok.lower)
    )


def whose_phrase(toks: Sequence[Token], a: int, j: int) -> bool:
    """The noun at `j` closes a phrase opening with "whose" (at most four words back, past `a`
    no further, all words): the subject of a relative clause about someone ("X, whose son
    attends ...,"), no one a pronoun after may be."""
    k = j - 1
    while k > a and j - k < 5 and toks[k].is_word and toks[k].lower != "whose":
        k -= 1
    return k >= 0 and toks[k].lower == "whose"


def finite_verb(tok: Token) -> bool:
    return tok.is_word and not tok.is_cap and is_inflected_verb(tok.lower)


def present_participle(tok: Token) -> bool:
    """ "speaking", "standing": an -ing word that is a verb form (not "morning", "thing")."""
    return (
        tok.is_word
        and not tok.is_cap
        and tok.lower.endswith("ing")
        and is_inflected_verb(tok.lower)
        and tok.lower not in SPEECH_VERBS
    )


def trim(para: Para, start: int, end: int) -> tuple[int, int]:
    """First and last token of [start, end) without surrounding punctuation outside quotes."""
    last = end - 1
    while last >= start and para.quote_of[last] == -1 and para.tokens[last].text in ",.;:—–-":
        last -= 1
    first = start
    while first <= last and para.quote_of[first] == -1 and para.tokens[first].text in ",;:—–-":
        first += 1
    return first, last


# --- Public API ------------------------------------------------------------------------------
