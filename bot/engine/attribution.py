"""Quotations in a story and who said them.

Only story paragraphs are read (never credits or inserted headlines). Quotation marks are the
double ones, straight or curly; single curly quotes are apostrophes ("Trump‘s") far more often
than quotation marks in news text, so they are never taken as quotes (a quote inside a quote
stays part of the outer one). The cue words themselves live in `cues`.

A quotation's speaker comes from the first of these general rules that applies:

1. a cue right after it: `"...," X said` / `"...," said X` / `"..." he added` /
   `"..." the president said` / `"...," a <Org> report ... reads` / `"...," according to X`;
2. the nearest speech cue before it in the same sentence, whose reported speech it is part of:
   `X said it would be "..."`, `which X described as "..."`, `X called himself a "..." and even
   "..."`, `X interjected to claim the media "..."`, `while calling it a "...", X warned ...`;
   if that cue's subject cannot be resolved the quotation stays unattributed (never a guess);
3. a quotation opening a sentence with no cue of its own continues the speaker of the
   paragraph's previous cue, unless someone else became the subject in between;
4. a paragraph that is wholly a quotation continues the speaker of the previous paragraph when
   that paragraph ended with an attributed quotation (or left one open); and a quotation left
   open at a paragraph's end, with no speaker, takes the speaker of the next paragraph's opening
   quotation when that one has a cue of its own (one quotation running over two paragraphs).

A cue's subject may carry appositives between it and the verb (`X, 43,`, `X, a Maryland man,`,
`X, who sponsored the bill,`, `X, speaking to reporters,`); in `the mayor, Y, said` and
`X's spokesman, Y, said` the subject is Y. Nobody is credited when the cue names nobody
(`a spokesman said`, `said one official`, `officials said`, `police said`), names several
(`X and Y said`), names someone else's agent (`X's lawyer said`), or relays another's words
(`X recalled Y telling her`, `X quoted Y as saying`). A quoted title (`the film "Jaws"`,
`a report titled "..."`) is nobody's words. Anything else (scare quotes: they "mistakenly"
deported) has no speaker.

Reported speech without quotation marks becomes an indirect quote of the reported clause:
`X told reporters that ...`, `X said in an interview with <outlet> that ...`, `X told Y that
...`, `according to X, ...` (past the whole source phrase: `according to a Pew survey,`,
`according to X, the city planner,`), `..., adding that ...`, and a clause before a trailing
cue: `<clause>, X said on Monday.`

A pronoun speaker is the most recent speaker in the same or the previous paragraph; a role
("the president") is the most recently mentioned person with that role, the sentence subject
when two are mentioned together, and nobody when that does not decide it.

Gender is only ever a veto. A person's gender comes from the story (an honorific or a gendered
noun right before a mention, "Mrs. Cole", "spokeswoman Ann Cole"; the head of an appositive or
role, "a Texas woman", "Lee's husband"; a pronoun that can only be them, "Pryce said he ...",
"Cole described herself as ...", with nobody else named in that sentence or the one before),
and where the story says nothing, from the first name (`people.first_name_gender`); "-man" titles
and bound pronouns give way to a first name that says otherwise, and evidence that contradicts
itself leaves the gender unknown. "he"/"she" takes the most recent speaker unless that speaker's
gender is known to be the other one; then it takes the one speaker among those considered (same
or previous paragraph) whose gender is not contradicted, only if that speaker is known to fit and
nobody who could fit became a subject since it spoke, else nobody. "they", "it", "we" have no
gender rule. A role phrase with a gendered word ("the congresswoman", "the female senator") vetoes
the candidates it contradicts, and when it does, only the one candidate known to fit is left.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from pydantic import BaseModel, ConfigDict

from bot.engine.models import Passage, Person, Quote, QuoteKind, SpeakerKind, Story
from bot.engine.people import (
    PRONOUN_GENDER,
    Gender,
    Intro,
    Mention,
    Token,
    build_people,
    cap_sequences,
    find_mentions,
    head_ending_at,
    introductions,
    is_name_like,
    is_role_modifier,
    looks_like_org,
    name_mentions,
    person_gender,
    role_heads,
    role_run_start,
    tokenize,
    unique_id,
    word_gender,
)
from bot.engine.text import match_key
from bot.engine.words import (
    ADJUNCT_WORDS,
    AUX_ADVERBS,
    BE_FORMS,
    CLAUSE_OPENERS,
    CLAUSE_PARTICIPLES,
    CLAUSE_STARTERS,
    CLAUSE_VERBS,
    DETERMINERS,
    DOC_NOUNS,
    FUNCTION_WORDS,
    INDEFINITES,
    INFINITIVES,
    LABEL_VERBS,
    NO_THAT_VERBS,
    NON_NAMES,
    NOUN_MARKERS,
    OBJECT_PRONOUNS,
    OBJECT_VERBS,
    PARTICIPLES,
    PREPOSITIONS,
    RELATIVE_PRONOUNS,
    SPEECH_VERBS,
    SUBJECT_PRONOUNS,
    TIME_WORDS,
    WORK_NOUNS,
    is_dictionary_word,
    is_inflected_verb,
)

__all__ = [
    "StoryAttribution",
    "attribute_corpus",
    "attribute_story",
    "find_mentions",
    "merge_attributions",
]

_MIN_INDIRECT_WORDS = 4  # a reported clause that is mostly its quotation adds nothing to it


class StoryAttribution(BaseModel):
    """The people a story (or a corpus) names and every quotation with its speaker."""

    model_config = ConfigDict(frozen=True)

    people: tuple[Person, ...]
    quotes: tuple[Quote, ...]


# --- Paragraph structure ---------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _QuoteSpan:
    open_tok: int
    close_tok: int | None  # None: left open to the end of the paragraph
    start: int  # the words inside the marks, trimmed
    end: int


@dataclass
class _Para:
    passage: Passage
    tokens: list[Token]
    quotes: list[_QuoteSpan]
    quote_of: list[int]  # per token: the quote whose marks or words hold it, else -1
    sentence_of: list[int]
    sentences: list[tuple[int, int]]

    @classmethod
    def build(cls, passage: Passage, body: str) -> _Para:
        tokens = tokenize(passage.text, passage.start)
        quotes, quote_of = _pair_quotes(tokens, body, passage.end)
        sentences = _sentences(tokens, quotes, quote_of)
        sentence_of = [0] * len(tokens)
        for n, (lo, hi) in enumerate(sentences):
            for k in range(lo, hi):
                sentence_of[k] = n
        return cls(passage, tokens, quotes, quote_of, sentence_of, sentences)

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


def _pair_quotes(
    tokens: Sequence[Token], body: str, para_end: int
) -> tuple[list[_QuoteSpan], list[int]]:
    pairs: list[tuple[int, int | None]] = []
    opened: int | None = None
    for k, tok in enumerate(tokens):
        if tok.text == "“" and opened is None:
            opened = k
        elif (tok.text == "”" or tok.text == '"') and opened is not None:
            pairs.append((opened, k))
            opened = None
        elif tok.text == '"':
            opened = k
    if opened is not None:
        pairs.append((opened, None))
    quotes: list[_QuoteSpan] = []
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
        for k in range(open_tok, (close_tok if close_tok is not None else len(tokens) - 1) + 1):
            quote_of[k] = len(quotes)
        quotes.append(_QuoteSpan(open_tok, close_tok, start, end))
    return quotes, quote_of


def _sentences(
    tokens: Sequence[Token], quotes: Sequence[_QuoteSpan], quote_of: Sequence[int]
) -> list[tuple[int, int]]:
    """Sentences as token ranges; a sentence never ends inside a quotation, and `"...?" X said`
    stays one sentence."""
    opens = {q.open_tok for q in quotes}
    closes = {q.close_tok for q in quotes}
    spans: list[tuple[int, int]] = []
    start = 0
    for k in range(len(tokens) - 1):
        tok, nxt = tokens[k], tokens[k + 1]
        starts_new = nxt.is_cap or (k + 1) in opens or nxt.text[:1].isdigit()
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


# --- Speaker references ----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Ref:
    """What a cue says about its speaker, before it is resolved to a person."""

    kind: str  # "person" | "pronoun" | "role" | "name" | "unknown" (a cue, nobody named)
    start: int  # token range of the subject phrase
    end: int
    ids: tuple[str, ...] = ()
    word: str = ""  # the pronoun, or the role phrase
    org: bool = False
    cue: str = ""


@dataclass(frozen=True, slots=True)
class _Event:
    para: int
    tok: int
    speaker: str


@dataclass
class _Found:
    quotes: list[Quote] = field(default_factory=list)
    names: list[Intro] = field(default_factory=list)


class _Attributor:
    """One pass over a story's paragraphs with a fixed list of people."""

    def __init__(self, story: Story, paras: list[_Para], people: Sequence[Person]) -> None:
        self.story = story
        self.body = story.body
        self.paras = paras
        self.people = {p.id: p for p in people}
        self.heads = {p.id: role_heads(p) for p in people}
        self.mentions = [name_mentions(p.tokens, people) for p in paras]
        self.ending = [{m.j - 1: m for m in ms} for ms in self.mentions]
        self.starting = [{m.i: m for m in ms} for ms in self.mentions]
        self.history: list[_Event] = []
        self.quote_speaker: dict[tuple[int, int], str | None] = {}
        self.quote_cued: dict[tuple[int, int], bool] = {}  # the speaker came from its own cue
        self.quote_index: dict[tuple[int, int], int] = {}  # where it is in found.quotes
        self.found = _Found()
        self.gender = self._genders()

    # -- driver

    def run(self) -> _Found:
        for pi, para in enumerate(self.paras):
            events: list[tuple[int, int, int]] = [
                (q.open_tok, 0, qi) for qi, q in enumerate(para.quotes)
            ]
            events += [(v, 1, -1) for v in range(len(para.tokens)) if self._is_indirect_cue(pi, v)]
            for tok, what, qi in sorted(events):
                if what == 0:
                    self._quote(pi, qi)
                else:
                    self._indirect(pi, tok)
        self._carry_back_open_quotations()
        return self.found

    def _carry_back_open_quotations(self) -> None:
        """A quotation left open at a paragraph's end goes on in the next paragraph (news
        convention): when the next paragraph opens with a quotation whose own cue names its
        speaker (`"...," said X`), the open one is that speaker's too."""
        for pi in range(len(self.paras) - 2, -1, -1):
            para, nxt = self.paras[pi], self.paras[pi + 1]
            if not para.quotes or not nxt.quotes or nxt.quotes[0].open_tok != 0:
                continue
            qi = len(para.quotes) - 1
            if para.quotes[qi].close_tok is not None or self.quote_speaker[(pi, qi)] is not None:
                continue
            speaker = self.quote_speaker[(pi + 1, 0)]
            if speaker is None or not self.quote_cued.get((pi + 1, 0), False):
                continue
            index = self.quote_index[(pi, qi)]
            quote = self.found.quotes[index]
            if quote.kind is not QuoteKind.DIRECT:
                continue
            cue = "open quotation continues into the next paragraph's"
            self.found.quotes[index] = quote.model_copy(update={"speaker_id": speaker, "cue": cue})
            self.quote_speaker[(pi, qi)] = speaker
            self.quote_cued[(pi, qi)] = True

    def _record(self, pi: int, tok: int, speaker: str | None) -> None:
        if speaker is not None:
            self.history.append(_Event(pi, tok, speaker))

    # -- quotations

    def _quote(self, pi: int, qi: int) -> None:
        para = self.paras[pi]
        q = para.quotes[qi]
        kind = self._quote_kind(para, q)
        if self._is_title(para, q):  # the film "Jaws": a name, nobody's words
            self.quote_speaker[(pi, qi)] = None
            self.quote_index[(pi, qi)] = len(self.found.quotes)
            self._emit(para, q.start, q.end, QuoteKind.PARTIAL, None, "")
            return
        ref = self._after_cue(pi, q)
        found = ref is not None
        if ref is None:
            found, ref = self._before_cue(pi, q.open_tok)
        speaker = self._resolve(pi, q.open_tok, ref) if ref is not None else None
        cue = ref.cue if ref is not None else ""
        if not found and kind is QuoteKind.DIRECT:
            speaker = self._continued_in_paragraph(pi, q.open_tok)
            cue = "continues the paragraph's speaker" if speaker else ""
            if speaker is None and q.open_tok == 0 and q.close_tok in (None, len(para.tokens) - 1):
                speaker = self._continued_from_previous(pi)
                cue = "paragraph continues the previous speaker" if speaker else ""
        self.quote_speaker[(pi, qi)] = speaker
        self.quote_cued[(pi, qi)] = found
        self.quote_index[(pi, qi)] = len(self.found.quotes)
        self._record(pi, q.open_tok, speaker)
        self._emit(para, q.start, q.end, kind, speaker, cue)

    def _is_title(self, para: _Para, q: _QuoteSpan) -> bool:
        """`the film "Jaws"`, `a report titled "Lost Years"`, `a song called "Home"`."""
        k = q.open_tok - 1
        if k < 0 or para.quote_of[k] != -1 or not self.body[q.start : q.start + 1].isupper():
            return False
        word = para.tokens[k].lower
        if word in ("called", "named") and k > 0:
            word = para.tokens[k - 1].lower
        return word in WORK_NOUNS or word in ("titled", "entitled")

    def _quote_kind(self, para: _Para, q: _QuoteSpan) -> QuoteKind:
        """Direct: a quotation standing as a sentence, or introduced as one (`X said: "..."`)."""
        if q.open_tok == 0:
            return QuoteKind.DIRECT
        prev = para.tokens[q.open_tok - 1]
        initial = self.body[q.start : q.start + 1]
        capital = initial.isupper() or initial in "[0123456789"
        if para.quote_of[q.open_tok - 1] == -1 and prev.text in ".?!:":
            return QuoteKind.DIRECT
        if para.is_close_mark(q.open_tok - 1):
            return QuoteKind.DIRECT
        before = prev
        if prev.text == "," and q.open_tok >= 2:
            before = para.tokens[q.open_tok - 2]
        if capital and before.lower in SPEECH_VERBS | PARTICIPLES:
            return QuoteKind.DIRECT
        if prev.text == "," and self._resumes_after_cue(para, q):
            return QuoteKind.DIRECT
        return QuoteKind.PARTIAL

    def _resumes_after_cue(self, para: _Para, q: _QuoteSpan) -> bool:
        """`"We tried," X said, "but the money ran out."`: one quoted sentence, split by its cue."""
        qi = para.quote_of[q.open_tok]
        if qi < 1:
            return False
        last = para.quotes[qi - 1]
        close = last.close_tok
        if close is None or close < 1 or para.tokens[close - 1].text != ",":
            return False
        between = para.tokens[close + 1 : q.open_tok - 1]
        if not between or len(between) > 10 or any(t.text in ".?!;:" for t in between):
            return False
        if not any(t.lower in SPEECH_VERBS for t in between):
            return False
        return self._quote_kind(para, last) is QuoteKind.DIRECT

    def _after_cue(self, pi: int, q: _QuoteSpan) -> _Ref | None:
        """`"...," X said` / `"...," said X` / `"...," a <Org> analysis ... reads`."""
        para = self.paras[pi]
        toks = para.tokens
        if q.close_tok is None:
            return None
        t = q.close_tok + 1
        if t < len(toks) and toks[t].text == ",":
            t += 1
        if t >= len(toks) or para.quote_of[t] != -1:
            return None
        if toks[t].lower in SPEECH_VERBS:
            return self._np_after(pi, t + 1, cue=f"{toks[t].text} X")
        if toks[t].lower == "according" and t + 1 < len(toks) and toks[t + 1].lower == "to":
            return self._np_after(pi, t + 2, cue="according to X")
        for v in range(t, min(t + 14, len(toks))):
            if para.quote_of[v] != -1 or toks[v].text in ".;?!":
                return None
            if toks[v].lower in SPEECH_VERBS and self._verbal(para, v):
                ref = self._subject_before(pi, v)
                if ref is not None and ref.start == t:
                    if self._relays_another(para, v):  # "X recalled Y telling her"
                        return _Ref("unknown", t, v + 1, cue=f"X {toks[v].text} Y saying")
                    return _with_cue(ref, f"X {toks[v].text}")
                return None
        return None

    def _relays_another(self, para: _Para, v: int) -> bool:
        """`X recalled Y telling her`, `X quoted Y as saying`: the words are Y's, not X's."""
        toks = para.tokens
        for k in range(v + 1, min(v + 7, len(toks))):
            if not toks[k].is_word and toks[k].kind != "poss":
                return False
            if toks[k].lower in PARTICIPLES:
                return k > v + 1
        return False

    def _before_cue(self, pi: int, k: int) -> tuple[bool, _Ref | None]:
        """The nearest speech cue before token `k` in its sentence, and its subject."""
        para = self.paras[pi]
        toks = para.tokens
        lo, _ = para.sentence(k)
        for v in range(k - 1, lo - 1, -1):
            if para.quote_of[v] != -1:
                continue
            if toks[v].lower == "to" and v > lo and toks[v - 1].lower == "according":
                return True, self._np_after(pi, v + 1, cue="according to X")
            kind = self._verb_kind(para, v)
            if kind is not None:
                ref = self._verb_subject(pi, v, kind)
                return True, _with_cue(ref, f'X {toks[v].text} ... "..."') if ref else None
        return False, None

    # -- indirect speech

    def _is_indirect_cue(self, pi: int, v: int) -> bool:
        para = self.paras[pi]
        toks = para.tokens
        if para.quote_of[v] != -1:
            return False
        if toks[v].lower == "according":
            return v + 1 < len(toks) and toks[v + 1].lower == "to"
        kind = self._verb_kind(para, v)
        word = toks[v].lower
        before = v - 1 if v > 0 and toks[v - 1].text == "," else v
        if kind == "finite" and para.is_close_mark(before - 1):
            return False  # `"...," said X`: the attribution of a quotation
        takes_clause = (
            (kind == "finite" and word in CLAUSE_VERBS)
            or (kind == "participle" and word in CLAUSE_PARTICIPLES)
            or (kind == "infinitive" and word in NO_THAT_VERBS | {"note", "explain", "assert"})
        )
        if takes_clause and self._clause_start(pi, v) is not None:
            return True
        return kind == "finite" and word in CLAUSE_VERBS and self._trailing_cue(pi, v) is not None

    def _indirect(self, pi: int, v: int) -> None:
        para = self.paras[pi]
        toks = para.tokens
        lo, hi = para.sentence(v)
        if toks[v].lower == "according":
            ref = self._np_after(pi, v + 2, cue="according to X")
            if ref is None:
                return
            if all(t.lower in ADJUNCT_WORDS or not t.is_word for t in toks[lo:v]):
                span = (self._after_source(pi, ref.end, hi), hi)
            elif v - 1 > lo and toks[v - 1].text == ",":
                span = (lo, v - 1)
            else:
                return
        elif self._clause_start(pi, v) is None:
            trailing = self._trailing_cue(pi, v)
            if trailing is None:
                return
            comma, ref = trailing  # "<clause>, X said."
            if ref is not None:
                ref = _with_cue(ref, f"..., X {toks[v].text}")
            span = (lo, comma)
        else:
            clause = self._clause_start(pi, v)
            kind = self._verb_kind(para, v)
            if clause is None or kind is None:
                return
            start = clause
            ref = self._verb_subject(pi, v, kind)
            if ref is not None:
                ref = _with_cue(
                    ref, f"X {toks[v].text} {'that ' if toks[start - 1].lower == 'that' else ''}..."
                )
            span = (start, self._clause_end(pi, start))
        speaker = self._resolve(pi, v, ref) if ref is not None else None
        self._record(pi, v, speaker)
        first, last = _trim(para, *span)
        words = [k for k in range(first, last + 1) if toks[k].is_word and para.quote_of[k] == -1]
        if last < first or len(words) < _MIN_INDIRECT_WORDS:
            return
        cue = ref.cue if ref is not None else ""
        self._emit(para, toks[first].start, toks[last].end, QuoteKind.INDIRECT, speaker, cue)

    def _after_source(self, pi: int, end: int, hi: int) -> int:
        """Where the reported clause starts after `according to <source>` ending at `end`: past
        the rest of the source's phrase ("a Pew survey released Monday,") and an appositive
        ("Noor Hassan, the city planner,")."""
        para = self.paras[pi]
        toks = para.tokens
        commas = [k for k in range(end, min(hi, end + 12)) if toks[k].text == ","]
        commas = [k for k in commas if para.quote_of[k] == -1]
        if not commas:
            return end
        first = commas[0]
        if any(para.quote_of[k] != -1 for k in range(end, first)):
            return end
        start = first + 1
        second = next((k for k in commas[1:] if k > start), None)
        if second is None:
            return start
        appositive = _appositive_ok(toks[start:second]) or not any(
            para.quote_of[k] != -1 or _finite_verb(toks[k]) or toks[k].lower in CLAUSE_OPENERS
            for k in range(start, second)
        )
        if appositive and any(_finite_verb(t) for t in toks[second + 1 : hi]):
            return second + 1  # ", the city planner," then a clause with its own verb
        return start

    def _trailing_cue(self, pi: int, v: int) -> tuple[int, _Ref | None] | None:
        """`<clause>, X said [on Monday].`: the comma that ends the reported clause, and the
        cue's subject when it is the phrase right after that comma (`police said`: None)."""
        para = self.paras[pi]
        toks = para.tokens
        lo, hi = para.sentence(v)
        if para.quote_of[v] != -1 or toks[v].lower not in CLAUSE_VERBS:
            return None
        end = hi
        while end > v + 1 and toks[end - 1].text in ".!?" and para.quote_of[end - 1] == -1:
            end -= 1
        obj = v + 1
        if toks[v].lower in OBJECT_VERBS and obj < end:  # told reporters / told The Post
            if toks[obj].lower in DETERMINERS:
                obj += 1
            if obj < end and toks[obj].is_cap:
                while obj < end and toks[obj].is_cap:
                    obj += 1
            elif obj < end and toks[obj].is_word and toks[obj].lower not in PREPOSITIONS:
                obj += 1
        after = toks[obj:end]
        if len(after) > 10 or any(para.quote_of[k] != -1 for k in range(v + 1, end)):
            return None
        first = after[0] if after else None
        if first is not None and (
            first.lower in DETERMINERS or not (_time_word(first) or first.lower in PREPOSITIONS)
        ):
            return None  # only "on Monday", "in a statement", "last week" may follow the cue
        if any(not t.is_word and t.kind != "poss" for t in after):
            return None
        comma = v - 1
        while comma > lo and toks[comma].text != "," and v - comma <= 24:
            if para.quote_of[comma] != -1 or toks[comma].text in ".;:?!—–":
                return None
            comma -= 1
        if comma <= lo or comma >= v - 1 or toks[comma].text != "," or para.quote_of[comma] != -1:
            return None
        clause = range(lo, comma)
        if para.quote_of[lo] != -1 or not any(_finite_verb(toks[k]) for k in clause):
            return None
        ref = self._verb_subject(pi, v, "finite")
        if ref is None or ref.start != comma + 1:
            if not all(t.is_word or t.kind == "poss" for t in toks[comma + 1 : v]):
                return None  # "..., Lin Wu, a spokesman, said" that did not resolve
            return comma, None
        return comma, ref

    def _clause_start(self, pi: int, v: int) -> int | None:
        """Where the reported clause after a speech verb starts, or None if there is none."""
        para = self.paras[pi]
        toks = para.tokens
        word = toks[v].lower
        i = v + 1
        _, hi = para.sentence(v)
        if i < hi and word in OBJECT_VERBS:  # told reporters / told him
            if toks[i].lower in DETERMINERS:
                i += 1
            if i >= hi or not toks[i].is_word or toks[i].lower in FUNCTION_WORDS - OBJECT_PRONOUNS:
                return None
            while toks[i].is_cap and i + 1 < hi and toks[i + 1].is_cap:
                i += 1  # "told Mia Ward", "told the House Oversight Committee"
            i += 1
        j = i
        while j < hi and j - i < 6 and _time_word(toks[j]):
            j += 1  # "said last week that", "told reporters Monday morning that"
        if j < hi and toks[j].lower == "that" and para.quote_of[j] == -1:
            return j + 1 if j + 1 < hi else None
        that = self._that_after_adjunct(pi, i, hi)
        if that is not None:
            return that
        starts_clause = i < hi and (
            toks[i].lower in CLAUSE_STARTERS
            or self._subject_at(pi, i)
            or self._bare_noun_subject(pi, i, hi)
        )
        if word in NO_THAT_VERBS and starts_clause and para.quote_of[i] == -1:
            return i
        return None

    def _that_after_adjunct(self, pi: int, i: int, hi: int) -> int | None:
        """`wrote in a letter to donors that ...`, `said in an interview with the Riverton Gazette
        that ...`: a prepositional phrase between the verb and "that" (not a relative "that":
        `said in the report that was leaked`)."""
        para = self.paras[pi]
        toks = para.tokens
        if i >= hi or toks[i].lower not in PREPOSITIONS:
            return None
        for k in range(i, min(hi, i + 14)):
            tok = toks[k]
            if para.quote_of[k] != -1 or not (tok.is_word or tok.kind == "poss"):
                return None
            if tok.lower == "that":
                if k + 1 >= hi or _finite_verb(toks[k + 1]) or toks[k + 1].lower in PREPOSITIONS:
                    return None
                return k + 1
            if tok.lower in CLAUSE_OPENERS or tok.lower in SPEECH_VERBS:
                return None
        return None

    def _subject_at(self, pi: int, i: int) -> bool:
        """A name at `i` followed by a verb: `X said Trump would ...`."""
        toks = self.paras[pi].tokens
        m = self.starting[pi].get(i)
        return m is not None and m.j < len(toks) and is_inflected_verb(toks[m.j].lower)

    def _bare_noun_subject(self, pi: int, i: int, hi: int) -> bool:
        """`said rates had peaked`: a bare noun followed closely by a finite verb."""
        toks = self.paras[pi].tokens
        tok = toks[i]
        if not tok.is_word or tok.is_cap or tok.lower in FUNCTION_WORDS or _time_word(tok):
            return False
        return any(
            toks[k].is_word and not toks[k].is_cap and is_inflected_verb(toks[k].lower)
            for k in range(i + 1, min(i + 4, hi))
        )

    def _clause_end(self, pi: int, start: int) -> int:
        """Token index after the reported clause: the sentence end, or the next cue."""
        para = self.paras[pi]
        toks = para.tokens
        _, hi = para.sentence(start)
        for k in range(start, hi):
            if para.quote_of[k] != -1:
                continue
            if toks[k].text == ";":
                return k
            if toks[k].text == "," and k + 1 < hi:
                n = k + 1
                if toks[n].lower in ("and", "but"):
                    n += 1
                while n < hi and toks[n].lower in AUX_ADVERBS:
                    n += 1
                if n < hi and (
                    toks[n].lower in SPEECH_VERBS | PARTICIPLES or toks[n].lower == "according"
                ):
                    return k
        return hi

    # -- subjects

    def _verb_kind(self, para: _Para, v: int) -> str | None:
        tok = para.tokens[v]
        if not tok.is_word or tok.is_cap or not self._verbal(para, v):
            return None
        if tok.lower in SPEECH_VERBS or tok.lower in LABEL_VERBS:
            return "finite"
        if tok.lower in PARTICIPLES:
            return "participle"
        if tok.lower in INFINITIVES and v > 0 and para.tokens[v - 1].lower == "to":
            return "infinitive"
        return None

    def _verbal(self, para: _Para, v: int) -> bool:
        """Not a noun use of a verb-like word: "the claims", "his notes", "Trump's calls"."""
        if v == 0:
            return True
        prev = para.tokens[v - 1]
        return prev.kind != "poss" and prev.lower not in NOUN_MARKERS

    def _verb_subject(self, pi: int, v: int, kind: str) -> _Ref | None:
        para = self.paras[pi]
        toks = para.tokens
        if kind == "participle":
            return self._participle_subject(pi, v)
        if kind == "infinitive":  # "interjected to claim": the subject of the governing verb
            g = v - 2
            if g < 0 or not is_inflected_verb(toks[g].lower):
                return None
            v = g
        ref = self._subject_before(pi, v)
        if ref is None and v > 0 and toks[v - 1].lower in ("and", "or"):
            return self._coordinated_subject(pi, v)
        return ref

    def _subject_before(self, pi: int, v: int) -> _Ref | None:
        """The subject phrase ending right before verb `v`: name, pronoun, role or document."""
        para = self.paras[pi]
        toks = para.tokens
        lo, _ = para.sentence(v)
        j = v - 1
        while j >= lo and toks[j].lower in AUX_ADVERBS:
            j -= 1
        if j < lo or para.quote_of[j] != -1 or toks[j].lower in BE_FORMS:
            return None  # nothing, a quotation, or a passive ("was told")
        if toks[j].lower in SUBJECT_PRONOUNS:
            return _Ref("pronoun", j, j + 1, word=toks[j].lower, cue=f"{toks[j].lower} (pronoun)")
        doc = self._document_subject(pi, j, lo)
        if doc is not None:
            return doc
        close = j if toks[j].text == "," else None
        for n in range(2):  # ", 61, who chairs the committee," between a name and its verb
            if close is None:
                break
            k = close - 1
            while k >= lo and toks[k].text != "," and para.quote_of[k] == -1 and close - k <= 24:
                k -= 1
            if k < lo or toks[k].text != ",":
                if n == 0:
                    return None
                break
            if toks[k + 1].lower == "including":
                return self._group_member(pi, k + 1, close) if n == 0 else None
            named = self.ending[pi].get(close - 1)
            if named is not None and named.i == k + 1 and head_ending_at(toks, k - 1) is not None:
                # "The mayor, Bill Chen, said" / "X's spokesman, Y, said": Y is the subject
                return _Ref("person", k + 1, named.j, ids=named.ids)
            if not _appositive_ok(toks[k + 1 : close]):
                if n == 0:
                    return None
                break
            j, close = k - 1, k
        if j < lo or toks[j].text == ",":
            return None
        m = self.ending[pi].get(j)
        if m is not None:
            start = self._np_start(para, m.i)
            if start > lo and toks[start - 1].lower == "the":
                start -= 1  # "the Harbor Commission said"
            if not self._subject_slot(pi, start, lo):
                return None
            return _Ref("person", start, m.j, ids=m.ids)
        head = head_ending_at(toks, j)
        if head is not None:
            start = role_run_start(toks, head)
            phrase = self.body[toks[start].start : toks[j].end]
            indefinite = toks[start].lower in INDEFINITES
            if start > lo and toks[start - 1].lower in DETERMINERS | INDEFINITES:
                indefinite = indefinite or toks[start - 1].lower in INDEFINITES
                start -= 1
            if not self._subject_slot(pi, start, lo):
                return None
            if indefinite:  # "a spokesman said": someone the story has not named
                return _Ref("unknown", start, j + 1, cue=f"indefinite: {phrase}")
            return _Ref("role", start, j + 1, word=phrase, cue=f"role: {phrase}")
        if toks[j].is_cap:
            i = j
            while i > lo and toks[i - 1].is_cap and toks[i].start - toks[i - 1].end <= 1:
                i -= 1
            if toks[i].lower == "the":
                i += 1
            words = toks[i : j + 1]
            start = i - 1 if i > lo and toks[i - 1].lower == "the" else i  # "the X Company said"
            if i <= j and is_name_like(words) and self._subject_slot(pi, start, lo):
                return _Ref("name", start, j + 1, org=looks_like_org([t.text for t in words]))
        return None

    def _document_subject(self, pi: int, j: int, lo: int) -> _Ref | None:
        """`a Human Rights Watch analysis of El Salvador (reads)`: the organisation speaks."""
        para = self.paras[pi]
        toks = para.tokens
        for d in range(j, max(lo, j - 6) - 1, -1):
            if not toks[d].is_word:
                return None
            if toks[d].lower not in DOC_NOUNS:
                continue
            if d < j and toks[d + 1].lower not in ("of", "on", "about", "from", "by", "into", "in"):
                return None
            owner_end = d - 1
            if owner_end >= lo and toks[owner_end].kind == "poss":
                owner_end -= 1
            m = self.ending[pi].get(owner_end)
            i = owner_end
            while i >= lo and toks[i].is_cap:
                i -= 1
            i += 1
            if i > owner_end:
                return None
            start = i - 1 if i > lo and toks[i - 1].lower in DETERMINERS else i
            if m is not None and m.i == i:
                return _Ref("person", start, j + 1, ids=m.ids, cue=f"{toks[d].text} of X")
            if is_name_like(toks[i : owner_end + 1]):
                return _Ref("name", start, owner_end + 1, org=True)
            return None
        return None

    def _group_member(self, pi: int, i: int, j: int) -> _Ref | None:
        # "Members of X's Cabinet, including Attorney General Pam Bondi, said ...": the speaker
        # is a group, and the story names one member of it; crediting the named member is the
        # only way to tell a reader whose side it is, so it is credited with its own cue.
        ids = {m.ids for m in self.mentions[pi] if i <= m.i and m.j <= j}
        if len(ids) != 1:
            return None
        (only,) = ids
        return _Ref("person", i, j, ids=only, cue="named member of the speaking group")

    def _np_start(self, para: _Para, i: int) -> int:
        """Start of a name's phrase with its role words: "White House adviser Stephen Miller"."""
        head = head_ending_at(para.tokens, i - 1) if i > 0 else None
        return role_run_start(para.tokens, head) if head is not None else i

    def _subject_slot(self, pi: int, start: int, lo: int) -> bool:
        """A phrase at `start` can be a clause subject: it opens a sentence or a clause."""
        para = self.paras[pi]
        toks = para.tokens
        if start <= lo:
            return True
        prev = toks[start - 1]
        if prev.lower in ("and", "or") and start - 2 >= lo:
            before = toks[start - 2]
            if before.is_cap or (start - 2) in self.ending[pi]:
                return False  # "Trump and Bukele said": a joint statement, nobody alone
        return (
            prev.text in ",;:—–(" or para.is_close_mark(start - 1) or prev.lower in CLAUSE_OPENERS
        )

    def _np_after(self, pi: int, s: int, cue: str) -> _Ref | None:
        """The speaker phrase starting at `s`: `said Jane Doe`, `according to Cornell University
        professor X`, `according to a Human Rights Watch analysis`."""
        para = self.paras[pi]
        toks = para.tokens
        k = s + 1 if s < len(toks) and toks[s].lower in DETERMINERS else s
        r = k
        while r < len(toks) and r - k < 7 and r not in self.starting[pi]:
            if not is_role_modifier(toks[r]) or para.quote_of[r] != -1:
                break
            r += 1
        if r in self.starting[pi]:
            m = self.starting[pi][r]
            return _Ref("person", s, m.j, ids=m.ids, cue=cue)
        if r > k and head_ending_at(toks, r - 1) is not None:
            phrase = self.body[toks[k].start : toks[r - 1].end]
            if toks[s].lower in INDEFINITES or toks[k].lower in INDEFINITES:
                return _Ref("unknown", s, r, cue=f"{cue} (indefinite: {phrase})")
            return _Ref("role", s, r, word=phrase, cue=f"{cue} (role: {phrase})")
        for i, j in cap_sequences(toks):  # a name not known yet, after any role words
            if k <= i <= r:
                words = toks[i:j]
                is_doc = j < len(toks) and toks[j].lower in DOC_NOUNS
                if is_name_like(words):
                    org = is_doc or looks_like_org([t.text for t in words])
                    return _Ref("name", i, j, org=org)
                break
        return None

    def _participle_subject(self, pi: int, v: int) -> _Ref | None:
        """`X said, adding that ...` -> X; `while calling it a "...", X warned ...` -> X."""
        para = self.paras[pi]
        toks = para.tokens
        lo, hi = para.sentence(v)
        earlier = [e for e in self.history if e.para == pi and lo <= e.tok < v]
        if earlier:
            return _Ref(
                "person",
                v,
                v + 1,
                ids=(earlier[-1].speaker,),
                cue=f"{toks[v].text} (same sentence)",
            )
        if not all(t.lower in ADJUNCT_WORDS or not t.is_word for t in toks[lo:v]):
            return None
        for k in range(v + 1, hi - 1):
            if para.quote_of[k] != -1 or toks[k].text != ",":
                continue
            m = self.starting[pi].get(k + 1) or self.starting[pi].get(
                self._name_after_role(para, k + 1)
            )
            if m is None:
                continue
            n = m.j
            while n < hi and toks[n].lower in AUX_ADVERBS:
                n += 1
            if n < hi and is_inflected_verb(toks[n].lower):
                return _Ref(
                    "person", k + 1, m.j, ids=m.ids, cue=f"{toks[v].text} ..., X (main clause)"
                )
            return None
        return None

    def _name_after_role(self, para: _Para, k: int) -> int:
        r = k
        while r < len(para.tokens) and r - k < 7 and is_role_modifier(para.tokens[r]):
            if head_ending_at(para.tokens, r) is not None:
                return r + 1
            r += 1
        return -1

    def _coordinated_subject(self, pi: int, v: int) -> _Ref | None:
        """`X told reporters that ..., and asserted that ...`: the subject of the first verb."""
        para = self.paras[pi]
        toks = para.tokens
        lo, _ = para.sentence(v)
        earlier = [e for e in self.history if e.para == pi and lo <= e.tok < v]
        if earlier:
            return _Ref(
                "person", v, v + 1, ids=(earlier[-1].speaker,), cue="and <verb> (same subject)"
            )
        found: list[_Ref] = []
        for m in self.mentions[pi]:
            if not lo <= m.i < v or para.quote_of[m.i] != -1:
                continue
            if m.j < len(toks) and toks[m.j].kind == "poss":
                continue
            start = self._np_start(para, m.i)
            member = start > lo and toks[start - 1].lower == "including"
            if not member and not self._subject_slot(pi, start, lo):
                continue
            n = m.j + 1 if m.j < v and toks[m.j].text == "," else m.j
            while n < v and toks[n].lower in AUX_ADVERBS:
                n += 1
            if n < v and is_inflected_verb(toks[n].lower):
                cue = (
                    "named member of the speaking group"
                    if member
                    else "and <verb> (sentence subject)"
                )
                found.append(_Ref("person", start, m.j, ids=m.ids, cue=cue))
        if len({r.ids for r in found}) != 1:
            return None
        return found[0]

    # -- gender

    def _genders(self) -> dict[str, Gender | None]:
        """Each person's gender: what the story says (a role word or honorific right before a
        mention, the head of a role, a pronoun bound to them), else the first name."""
        plain: dict[str, list[Gender]] = {pid: [] for pid in self.people}
        weak: dict[str, list[Gender]] = {pid: [] for pid in self.people}

        def note(pid: str, token: Token) -> None:
            gender, sure = word_gender(token)
            if gender is not None:
                (plain if sure else weak)[pid].append(gender)

        for pid, person in self.people.items():
            for role in person.roles:
                words = [t for t in tokenize(role) if t.is_word]
                if words:
                    note(pid, words[-1])  # "a Texas woman", "Ann Lee's husband"
        for pi, para in enumerate(self.paras):
            toks = para.tokens
            for m in self.mentions[pi]:
                if len(m.ids) != 1:
                    continue
                if self._word_before_is_theirs(pi, m):
                    note(m.ids[0], toks[m.i - 1])  # "Mrs. Cole", "spokeswoman Ann Cole"
                bound = self._bound_pronoun(pi, m)
                if bound is not None:
                    weak[m.ids[0]].append(bound)
        return {pid: person_gender(p, plain[pid], weak[pid]) for pid, p in self.people.items()}

    def _word_before_is_theirs(self, pi: int, m: Mention) -> bool:
        """The word right before a mention describes that person ("Mrs. Cole", "his wife Ann
        Cole"), unless it heads a relative clause the name is the subject of ("the woman Ed
        Pryce hired")."""
        toks = self.paras[pi].tokens
        k = m.i - 1
        if k < 0 or not toks[k].is_word or toks[m.i].start - toks[k].end > 1:
            return False
        relative = k > 0 and toks[k - 1].lower in NOUN_MARKERS | INDEFINITES
        return not (relative and m.j < len(toks) and _finite_verb(toks[m.j]))

    def _bound_pronoun(self, pi: int, m: Mention) -> Gender | None:
        """`X said (that) he ...`, `X described herself as ...`: a pronoun that can only be X,
        where X is the sentence subject and no one else is named in it or the sentence before."""
        para = self.paras[pi]
        toks = para.tokens
        pid = m.ids[0]
        if self.people[pid].kind is not SpeakerKind.PERSON or para.quote_of[m.i] != -1:
            return None
        lo, hi = para.sentence(m.i)
        if m.j < hi and toks[m.j].kind == "poss":
            return None
        if not self._subject_slot(pi, self._np_start(para, m.i), lo):
            return None
        v = m.j
        while v < hi and toks[v].lower in AUX_ADVERBS:
            v += 1
        if v + 1 >= hi or not _finite_verb(toks[v]) or para.quote_of[v + 1] != -1:
            return None
        k = v + 1
        if toks[k].lower in ("himself", "herself"):
            pass
        elif toks[v].lower in SPEECH_VERBS and toks[k].lower in ("he", "she", "that"):
            if toks[k].lower == "that":
                k += 1
            if k >= hi or toks[k].lower not in ("he", "she") or para.quote_of[k] != -1:
                return None
        else:
            return None
        if self._others_named_near(pi, lo, hi, pid):
            return None
        return PRONOUN_GENDER[toks[k].lower]

    def _others_named_near(self, pi: int, lo: int, hi: int, pid: str) -> bool:
        """Someone other than `pid` is named (outside quotations) in the sentence [lo, hi) of
        paragraph `pi` or in the sentence before it."""
        regions = [(pi, lo, hi)]
        para = self.paras[pi]
        n = para.sentence_of[lo]
        if n > 0:
            regions.append((pi, *para.sentences[n - 1]))
        elif pi > 0 and self.paras[pi - 1].sentences:
            regions.append((pi - 1, *self.paras[pi - 1].sentences[-1]))
        for p, a, b in regions:
            for m in self.mentions[p]:
                if a <= m.i < b and self.paras[p].quote_of[m.i] == -1 and m.ids != (pid,):
                    return True
        return False

    def _contradicts(self, pid: str, gender: Gender) -> bool:
        known = self.gender.get(pid)
        return known is not None and known != gender

    # -- resolution

    def _resolve(self, pi: int, tok: int, ref: _Ref) -> str | None:
        if ref.kind == "person":
            return ref.ids[0] if len(ref.ids) == 1 else None
        if ref.kind == "pronoun":
            return self._resolve_pronoun(pi, tok, ref.word)
        if ref.kind == "role":
            return self._resolve_role(pi, tok, ref.word)
        if ref.kind == "unknown":
            return None
        para = self.paras[pi]
        kind = SpeakerKind.ORGANIZATION if ref.org else SpeakerKind.PERSON
        toks = para.tokens[ref.start : ref.end]
        if toks[0].lower in DETERMINERS:
            toks = toks[1:]
        self.found.names.append(
            Intro(self.body[toks[0].start : toks[-1].end], [], kind, position=toks[0].start)
        )
        return None

    def _previous(self, pi: int) -> int | None:
        """The previous story paragraph, if it directly precedes this one among story passages."""
        return pi - 1 if pi > 0 else None

    def _resolve_pronoun(self, pi: int, tok: int, word: str) -> str | None:
        prev = self._previous(pi)
        events = [
            e
            for e in self.history
            if (e.para == pi and e.tok < tok) or (prev is not None and e.para == prev)
        ]
        if word in ("he", "she"):
            events = [e for e in events if self.people[e.speaker].kind is SpeakerKind.PERSON]
        elif word == "it":
            events = [e for e in events if self.people[e.speaker].kind is SpeakerKind.ORGANIZATION]
        if not events:
            return None
        last = events[-1]
        gender = PRONOUN_GENDER.get(word)
        if gender is not None and self._contradicts(last.speaker, gender):
            return self._only_fitting_speaker(events, pi, tok, gender)
        if self._others_between(last, pi, tok):
            return None
        return last.speaker

    def _only_fitting_speaker(
        self, events: Sequence[_Event], pi: int, tok: int, gender: Gender
    ) -> str | None:
        """`"...," she said` after a man spoke: the one speaker among `events` whose gender the
        pronoun does not contradict, if there is exactly one and the story or the first name says
        it fits, and nobody but people the pronoun cannot be became a subject since it spoke."""
        fitting = {e.speaker for e in events if not self._contradicts(e.speaker, gender)}
        if len(fitting) != 1:
            return None
        (speaker,) = fitting
        if self.gender.get(speaker) != gender:
            return None
        event = next(e for e in reversed(events) if e.speaker == speaker)
        others = frozenset(pid for pid in self.people if self._contradicts(pid, gender))
        return None if self._others_between(event, pi, tok, others) else speaker

    def _others_between(
        self, event: _Event, pi: int, tok: int, ignore: frozenset[str] = frozenset()
    ) -> bool:
        """Someone else became a clause subject between a speaker's cue and this point (people
        in `ignore` do not count)."""
        spans = [(event.para, event.tok, len(self.paras[event.para].tokens))]
        if event.para != pi:
            spans.append((pi, 0, tok))
        else:
            spans = [(pi, event.tok, tok)]
        for p, a, b in spans:
            para = self.paras[p]
            for m in self.mentions[p]:
                if not a <= m.i < b or para.quote_of[m.i] != -1 or m.ids == (event.speaker,):
                    continue
                if all(pid in ignore for pid in m.ids):
                    continue
                if m.j < len(para.tokens) and para.tokens[m.j].kind == "poss":
                    continue
                lo, _ = para.sentence(m.i)
                if self._subject_slot(p, self._np_start(para, m.i), lo):
                    return True
        return False

    def _resolve_role(self, pi: int, tok: int, phrase: str) -> str | None:
        words = tokenize(phrase)
        start = head_ending_at(words, len(words) - 1)
        if start is None:
            return None
        head = " ".join(t.lower for t in words[start:])
        candidates = {pid for pid, heads in self.heads.items() if head in heads}
        genders = {g for g, plain in map(word_gender, words) if g is not None and plain}
        modifiers = [t.text for t in words[:start] if word_gender(t)[0] is None]
        if modifiers:  # "the Salvadoran president": the fuller role must fit too
            fuller = match_key(" ".join([*modifiers, *(t.text for t in words[start:])]))
            candidates = {
                pid
                for pid in candidates
                if any(fuller in match_key(r) for r in self.people[pid].roles)
            }
        if len(genders) > 1:
            return None
        if genders:  # "the congresswoman", "the female senator": a veto on the candidates
            (gender,) = genders
            fitting = {pid for pid in candidates if not self._contradicts(pid, gender)}
            if fitting != candidates:  # someone vetoed: only one sure fit may take their place
                fitting = {pid for pid in fitting if self.gender.get(pid) == gender}
                if len(fitting) != 1:
                    return None
            candidates = fitting
        regions = [(pi, tok)]
        prev = self._previous(pi)
        if prev is not None:
            regions.append((prev, len(self.paras[prev].tokens)))
        for p, limit in regions:
            para = self.paras[p]
            for lo, hi in reversed(para.sentences):
                if lo >= limit:
                    continue
                named = [
                    m
                    for m in self.mentions[p]
                    if lo <= m.i < min(hi, limit)
                    and para.quote_of[m.i] == -1
                    and len(m.ids) == 1
                    and m.ids[0] in candidates
                ]
                if not named:
                    continue
                ids = {m.ids[0] for m in named}
                if len(ids) == 1:
                    return ids.pop()
                subjects = {m.ids[0] for m in named if self._is_subject(p, m, lo)}
                return subjects.pop() if len(subjects) == 1 else None
        return None

    def _is_subject(self, pi: int, m: Mention, lo: int) -> bool:
        """A mention that is (part of) a clause subject: "Trump", "Trump and Bukele met"."""
        para = self.paras[pi]
        toks = para.tokens
        if m.j < len(toks) and toks[m.j].kind == "poss":
            return False
        start = self._np_start(para, m.i)
        if self._subject_slot(pi, start, lo):
            return True
        first = self.ending[pi].get(start - 2)
        return (
            first is not None
            and toks[start - 1].lower in ("and", "or")
            and self._is_subject(pi, first, lo)
        )

    def _continued_in_paragraph(self, pi: int, tok: int) -> str | None:
        earlier = [e for e in self.history if e.para == pi and e.tok < tok]
        if not earlier or self._others_between(earlier[-1], pi, tok):
            return None
        return earlier[-1].speaker

    def _continued_from_previous(self, pi: int) -> str | None:
        prev = self._previous(pi)
        if prev is None:
            return None
        para = self.paras[prev]
        if not para.quotes:
            return None
        qi = len(para.quotes) - 1
        q = para.quotes[qi]
        speaker = self.quote_speaker.get((prev, qi))
        if speaker is None:
            return None
        last_lo, _ = para.sentences[-1]
        if q.close_tok is not None and q.open_tok < last_lo:
            return None  # the paragraph went on after the quotation
        event = _Event(prev, q.open_tok, speaker)
        return None if self._others_between(event, pi, 0) else speaker

    # -- output

    def _emit(
        self, para: _Para, start: int, end: int, kind: QuoteKind, speaker: str | None, cue: str
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


def _with_cue(ref: _Ref, cue: str) -> _Ref:
    return _Ref(ref.kind, ref.start, ref.end, ref.ids, ref.word, ref.org, ref.cue or cue)


def _time_word(tok: Token) -> bool:
    return tok.lower in TIME_WORDS or tok.lower in NON_NAMES or tok.text[:1].isdigit()


def _appositive_ok(words: Sequence[Token]) -> bool:
    """ ", 43," / ", a Maryland man," / ", who led the inquiry," / ", speaking to reporters,"
    between a name and its verb."""
    if not words or len(words) > 22 or any(t.text in '"“”' for t in words):
        return False
    if len(words) == 1 and words[0].text.isdigit():
        return True
    if words[0].lower in RELATIVE_PRONOUNS or _present_participle(words[0]):
        return True  # a relative clause or a participle phrase about the subject
    if len(words) > 10:
        return False
    return any(head_ending_at(words, k) is not None for k in range(len(words))) or any(
        t.lower in ("man", "woman") for t in words
    )


def _finite_verb(tok: Token) -> bool:
    return tok.is_word and not tok.is_cap and is_inflected_verb(tok.lower)


def _present_participle(tok: Token) -> bool:
    """ "speaking", "standing": an -ing word that is a verb form (not "morning", "thing")."""
    return (
        tok.is_word
        and not tok.is_cap
        and tok.lower.endswith("ing")
        and is_inflected_verb(tok.lower)
        and tok.lower not in SPEECH_VERBS
    )


def _trim(para: _Para, start: int, end: int) -> tuple[int, int]:
    """First and last token of [start, end) without surrounding punctuation outside quotes."""
    last = end - 1
    while last >= start and para.quote_of[last] == -1 and para.tokens[last].text in ",.;:—–-":
        last -= 1
    first = start
    while first <= last and para.quote_of[first] == -1 and para.tokens[first].text in ",;:—–-":
        first += 1
    return first, last


# --- Public API ------------------------------------------------------------------------------


def attribute_story(story: Story) -> StoryAttribution:
    """The people `story` names and every quotation in its story paragraphs, with speakers."""
    paras = [_Para.build(p, story.body) for p in story.passages]
    excluded = (*story.meta.authors, *story.meta.contributors)
    intros = [i for p in paras for i in introductions(p.tokens, story.body, p.outside)]
    people = build_people(intros, story.id, excluded)
    found = _Attributor(story, paras, people).run()
    named = _speaker_names(paras, found.names)
    if named:
        people = build_people(intros + named, story.id, excluded)
        found = _Attributor(story, paras, people).run()
    return StoryAttribution(people=tuple(people), quotes=tuple(found.quotes))


def _speaker_names(paras: Sequence[_Para], names: Sequence[Intro]) -> list[Intro]:
    """Names that are the subject of a speech cue become people (or organisations).

    A lone word stands for the one longer capitalised name that ends with it ("Smith" ->
    "Jane Smith"); a lone dictionary word ("Critics") must also be capitalised mid-sentence
    somewhere to count as a name.
    """
    runs: dict[str, set[str]] = {}
    mid_sentence_caps: set[str] = set()
    for para in paras:
        starts = {lo for lo, _ in para.sentences}
        for i, j in cap_sequences(para.tokens):
            run = para.tokens[i:j]
            if para.quote_of[i] == -1 and is_name_like(run) and len(run) > 1:
                runs.setdefault(run[-1].text, set()).add(" ".join(t.text for t in run))
            mid_sentence_caps.update(t.text for k, t in enumerate(run, i) if k not in starts)
    out: list[Intro] = []
    for intro in names:
        words = intro.name.split()
        if len(words) == 1:
            word = words[0]
            if is_dictionary_word(word) and word not in mid_sentence_caps:
                continue
            fuller = runs.get(word, set())
            name = next(iter(fuller)) if len(fuller) == 1 else word
            out.append(Intro(name, [], intro.kind, intro.position))
        else:
            out.append(intro)
    return out


def attribute_corpus(stories: Sequence[Story]) -> StoryAttribution:
    """Every story's attribution, people merged across stories by canonical name."""
    return merge_attributions([attribute_story(story) for story in stories])


def merge_attributions(results: Sequence[StoryAttribution]) -> StoryAttribution:
    """The stories' own attributions (`attribute_story`, in story order) as one: people merged
    across stories by canonical name, quotes naming the merged people."""
    merged: dict[str, Person] = {}
    used: set[str] = set()
    quotes: list[Quote] = []
    for result in results:
        ids: dict[str, str] = {}
        for person in result.people:
            key = match_key(person.name)
            known = merged.get(key)
            if known is None:
                known = person.model_copy(update={"id": unique_id(person.id, used)})
            else:
                known = known.model_copy(
                    update={
                        "aliases": _union(known.aliases, person.aliases),
                        "roles": _union(known.roles, person.roles),
                        "stories": _union(known.stories, person.stories),
                        "kind": SpeakerKind.ORGANIZATION
                        if SpeakerKind.ORGANIZATION in (known.kind, person.kind)
                        else SpeakerKind.PERSON,
                    }
                )
            merged[key] = known
            ids[person.id] = known.id
        quotes += [
            q.model_copy(update={"speaker_id": ids.get(q.speaker_id) if q.speaker_id else None})
            for q in result.quotes
        ]
    return StoryAttribution(people=tuple(merged.values()), quotes=tuple(quotes))


def _union(a: Sequence[str], b: Sequence[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys([*a, *b]))
