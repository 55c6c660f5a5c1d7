"""Attributing a story or a corpus: one pass of the attributor over the paragraphs, again when
the first pass named speakers the introductions had missed."""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from typing import TypeVar

from bot.engine.attribution.paragraphs import (
    Event,
    Found,
    Para,
)
from bot.engine.attribution.quotations import QuotationFinder
from bot.engine.attribution.reported import CUE_WORDS
from bot.engine.first_names import is_first_name
from bot.engine.initials import name_initials
from bot.engine.mentions import AliasTable, name_mentions
from bot.engine.models import Person, Quote, QuoteKind, SpeakerKind, Story, StoryAttribution
from bot.engine.names import is_name_like, side_by_side
from bot.engine.occupations import describes_person, is_person_noun
from bot.engine.people import (
    Intro,
    build_people,
    closes_a_name,
    introductions,
    past_opening_preposition,
    role_heads,
    title_opening_heads,
    unique_id,
)
from bot.engine.role_owners import with_role_owners
from bot.engine.text import match_key
from bot.engine.words import (
    BODY_NOUNS,
    HONORIFICS,
    ORG_WORDS,
    QUANTIFIERS,
    ROLE_HEADS,
    SPEECH_VERBS,
    SPELLED_TITLES,
    all_lemmas,
    is_dictionary_word,
)

_T = TypeVar("_T")
_IS_CUE = CUE_WORDS.__contains__  # a word that may be a speech cue (`_is_indirect_cue`)


class Attributor(QuotationFinder):
    """One pass over a story's paragraphs with a fixed list of people."""

    def __init__(self, story: Story, paras: list[Para], people: Sequence[Person]) -> None:
        self.story = story
        self.body = story.body
        self.paras = paras
        self.people = {p.id: p for p in people}
        self.heads = {p.id: role_heads(p) for p in people}
        # "the chief" of "Chief Warrant Officer X", when no one's role has "chief" for its head
        held = set().union(*self.heads.values())
        for p in people:
            self.heads[p.id] |= title_opening_heads(p) - held
        aliases = AliasTable(people)
        self.mentions = [name_mentions(p.tokens, people, aliases) for p in paras]
        self.ending = [{m.j - 1: m for m in ms} for ms in self.mentions]
        self.starting = [{m.i: m for m in ms} for ms in self.mentions]
        self.history: list[Event] = []
        self.relayers: list[Event] = []
        self.unnamed: list[tuple[int, int]] = []
        self.ambiguous: dict[tuple[int, int], tuple[str, ...]] = {}
        self.decided: dict[tuple[int, int], str] = {}
        self.quote_speaker: dict[tuple[int, int], str | None] = {}
        self.quote_cued: dict[tuple[int, int], bool] = {}  # the speaker came from its own cue
        self.quote_index: dict[tuple[int, int], int] = {}  # where it is in found.quotes
        self.found = Found()
        self.gender = self._genders()

    def run(self) -> Found:
        for pi, para in enumerate(self.paras):
            events: list[tuple[int, int, int]] = [
                (q.open_tok, 0, qi) for qi, q in enumerate(para.quotes)
            ]
            events += [
                (v, 1, -1)
                for v in itertools.compress(range(len(para.lowers)), map(_IS_CUE, para.lowers))
                if self._is_indirect_cue(pi, v)
            ]
            for tok, what, qi in sorted(events):
                if what == 0:
                    self._quote(pi, qi)
                    self._nested_quotes(pi, qi)
                else:
                    self._indirect(pi, tok)
        self._carry_back_open_quotations()
        self._interview_answers()
        self._repeated_fragments()
        return self.found

    def _repeated_fragments(self) -> None:
        """`fossils would be "held in trust for research at the University's discretion."` and
        further down `she said he had been misled about what "at the University's discretion"
        meant`: a partial quotation whose words (at least three) stand, as a part of more, in
        a quotation before it (in marks, not around it) repeats those words: they are whose
        the earlier ones are (here nobody's, an agreement's), not the one who repeats them."""
        quoted = [
            (n, q, _words_of(q.text))
            for n, q in enumerate(self.found.quotes)
            if q.kind is not QuoteKind.INDIRECT
        ]
        for n, quote, words in quoted:
            if quote.kind is not QuoteKind.PARTIAL or len(words) < _REPEATED_WORDS:
                continue
            earlier = next(
                (
                    q
                    for _, q, before in quoted
                    if q.end <= quote.start and len(before) > len(words) and _holds(before, words)
                ),
                None,
            )
            if earlier is None or earlier.speaker_id == quote.speaker_id:
                continue
            cue = "repeats words quoted before" if earlier.speaker_id else "no speaker cue"
            self.found.quotes[n] = quote.model_copy(
                update={"speaker_id": earlier.speaker_id, "cue": cue}
            )

    def _interview_answers(self) -> None:
        """`Morgan Kessler spoke with Courier sports writer Bradley Ostrowski after the news
        conference.` then paragraphs opening "Q:" and "A:" (an interview printed as asked and
        answered, no quotation marks): each answer is the words of the one person the story
        names as the subject of "spoke with", "spoke to", "talked with", "talked to" or "sat
        down with" in the paragraph right before the first "Q:"; each question those of the
        person named after "with"/"to", when the story knows them (a byline's writer is no
        speaker: then nobody's, and not listed). Not when that paragraph holds a quotation, or
        the run has no question and no answer."""
        pi = 0
        while pi < len(self.paras):
            if _interview_line(self.paras[pi]) != "Q":
                pi += 1
                continue
            end = pi
            while end < len(self.paras) and _interview_line(self.paras[end]) is not None:
                end += 1
            lines = [_interview_line(self.paras[p]) for p in range(pi, end)]
            speakers = self._interview_parties(pi - 1) if "A" in lines else None
            if speakers is not None:
                answerer, asker = speakers
                for p in range(pi, end):
                    para = self.paras[p]
                    who = answerer if _interview_line(para) == "A" else asker
                    if who is None or len(para.tokens) < 3:
                        continue
                    start, stop = para.tokens[2].start, para.passage.end
                    at = len(self.found.quotes)
                    self._emit(para, start, stop, QuoteKind.DIRECT, who, "an interview: Q:/A:")
                    quote = self.found.quotes.pop(at)
                    at = next((n for n, q in enumerate(self.found.quotes) if q.start > start), at)
                    self.found.quotes.insert(at, quote)  # in story order, as the others
            pi = end

    def _interview_parties(self, pi: int) -> tuple[str, str | None] | None:
        """Who answers and who asks in the interview after paragraph `pi` (`_interview_answers`)."""
        if pi < 0:
            return None
        para = self.paras[pi]
        toks = para.tokens
        if para.quotes:
            return None
        for v in range(1, len(toks) - 2):
            if toks[v].lower not in ("spoke", "talked", "sat"):
                continue
            w = v + 1
            if toks[v].lower == "sat" and toks[w].lower == "down":
                w += 1
            if toks[w].lower not in ("with", "to"):
                continue
            ref = self._subject_before(pi, v)
            if ref is None or ref.kind != "person" or len(ref.ids) != 1:
                return None
            answerer = ref.ids[0]
            if self.people[answerer].kind is not SpeakerKind.PERSON:
                return None
            asker = None
            for m in self.mentions[pi]:
                if m.i > w and len(m.ids) == 1 and m.ids[0] != answerer:
                    asker = m.ids[0]
                    break
            return answerer, asker
        return None

    def _carry_back_open_quotations(self) -> None:
        """A quotation left open at a paragraph's end goes on in the next paragraph (news
        convention): when the next paragraph opens with a quotation whose own cue names its
        speaker (`"...," said X`), the open one is that speaker's too; so too when the open
        one is its paragraph's one quotation, opening it, whose speaker only a rule of
        continuation guessed (`X read aloud from a letter he said Y wrote.` then a paragraph
        of the letter, then `"...," the letter read`: the cue of the words running on, Y's,
        not X continuing)."""
        for pi in range(len(self.paras) - 2, -1, -1):
            para, nxt = self.paras[pi], self.paras[pi + 1]
            if not para.quotes or not nxt.quotes or nxt.quotes[0].open_tok != 0:
                continue
            qi = len(para.quotes) - 1
            if para.quotes[qi].close_tok is not None:
                continue
            guessed = self.quote_speaker[(pi, qi)]
            if guessed is not None and (
                self.quote_cued.get((pi, qi), False) or len(para.quotes) > 1 or qi != 0
            ):
                continue  # its own cue, or a cue in its paragraph: that speaker goes on
            if guessed is not None and para.quotes[qi].open_tok != 0:
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


# How many words a partial quotation needs to be a repeat of words quoted before
_REPEATED_WORDS = 3
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")


def _words_of(text: str) -> tuple[str, ...]:
    """The words of a quotation, in lower case, with no punctuation ("University’s" one)."""
    return tuple(w.replace("’", "'") for w in _WORD.findall(text.lower()))


def _holds(words: Sequence[str], part: Sequence[str]) -> bool:
    """`part` stands in `words`, its words in a row."""
    n = len(part)
    return any(tuple(words[i : i + n]) == tuple(part) for i in range(len(words) - n + 1))


def _interview_line(para: Para) -> str | None:
    """ "Q" or "A" for a paragraph opening "Q:" or "A:" (an interview's question or answer)."""
    toks = para.tokens
    if len(toks) > 2 and toks[0].text in ("Q", "A") and toks[1].text == ":":
        return toks[0].text
    return None


def attribute_story(story: Story) -> StoryAttribution:
    """The people `story` names and every quotation in its story paragraphs, with speakers."""
    paras = [Para.build(p, story.body) for p in story.passages]
    excluded = (*story.meta.authors, *story.meta.contributors)
    intros = [i for p in paras for i in introductions(p.tokens, story.body, p.outside, p.runs)]
    intros += _namesakes(paras, intros)
    intros += _joined_first_names(paras, intros)
    people = build_people(_read_as_organisations(paras, intros), story.id, excluded)
    found = Attributor(story, paras, people).run()
    named = _speaker_names(paras, found.names)
    if named:
        named += _joined_first_names(paras, [*intros, *named])
        every = _read_as_organisations(paras, intros + named)
        people = build_people(every, story.id, excluded)
        found = Attributor(story, paras, people).run()
    people = with_role_owners(story.body, story.id, _with_nouns_called(paras, people))
    return StoryAttribution(people=tuple(people), quotes=tuple(found.quotes))


def _with_nouns_called(paras: Sequence[Para], people: Sequence[Person]) -> list[Person]:
    """`people`, each organisation with the nouns the story calls it by (`Person.called`):
    `Harrow Foods said ... The company said later ...`: a "the" and a noun for a body
    (`BODY_NOUNS`) first after a mention of it, outside quotations and before any other name,
    in its sentence or the next (`_first_reference_after`'s reach), as a subject or an owner:
    opening a sentence, or before a speech verb or a possessive (not `Harrow Foods sued the
    agency`, another body). A noun so written after two bodies is neither's."""
    aliases = {
        tuple(alias.split()): person.id
        for person in people
        if person.kind is SpeakerKind.ORGANIZATION
        for alias in person.aliases
    }
    if not aliases:
        return list(people)
    claims: dict[str, set[str]] = {}
    for pi, para in enumerate(paras):
        toks = para.tokens
        for i, j in para.runs:
            if para.quote_of[i] != -1:
                continue
            words = tuple(t.text for t in toks[i:j])
            if words[:1] == ("The",):
                words = words[1:]
            pid = aliases.get(words)
            if pid is None:
                continue
            noun = _body_noun_after(paras, pi, j)
            if noun is not None:
                claims.setdefault(noun, set()).add(pid)
    called: dict[str, list[str]] = {}
    for noun, pids in claims.items():
        if len(pids) == 1:
            called.setdefault(pids.pop(), []).append(noun)
    return [
        person.model_copy(update={"called": tuple(sorted(called[person.id]))})
        if person.id in called
        else person
        for person in people
    ]


def _scans_after(paras: Sequence[Para], pi: int, end: int) -> list[tuple[Para, int, int]]:
    """Where to read on from a name ending at `end` in paragraph `pi`, as (paragraph, first
    token, the sentence counted as the name's own): its own paragraph from `end`, and, when
    the name is in the paragraph's last sentence, the next paragraph's first sentence."""
    para = paras[pi]
    sentence = para.sentence_of[end - 1]
    scans = [(para, end, sentence)]
    if sentence == len(para.sentences) - 1 and pi + 1 < len(paras):
        scans.append((paras[pi + 1], 0, 0))
    return scans


def _body_noun_after(paras: Sequence[Para], pi: int, end: int) -> str | None:
    """The noun of "the <body noun>" first after a name ending at `end` in paragraph `pi` as
    `_with_nouns_called` reads it, outside quotations and before any other name, in its
    sentence or the next (the next paragraph's first, after a paragraph's last); None if
    none."""
    for para, k, own in _scans_after(paras, pi, end):
        toks = para.tokens
        runs = dict(para.runs)
        while k < len(toks) and para.sentence_of[k] <= own + 1:
            if para.quote_of[k] != -1:
                k += 1
                continue
            if k in runs and is_name_like(toks[k : runs[k]]):
                return None  # another name: what follows may be its
            if (
                toks[k].lower == "the"
                and k + 2 < len(toks)
                and toks[k + 1].lower in BODY_NOUNS
                and para.quote_of[k + 1] == -1
            ):
                subject = (
                    para.sentence(k)[0] == k
                    or toks[k + 2].kind == "poss"
                    or toks[k + 2].lower in SPEECH_VERBS
                )
                # the first such noun decides: `sued the agency; the agency said` is another's
                return toks[k + 1].lower if subject else None
            k += 1
    return None


_IS_SAID = frozenset("said says added wrote stated announced".split())
_HIS_OR_HERS = frozenset("he she him his her hers himself herself".split())
_TITLE_WORDS = HONORIFICS | SPELLED_TITLES.keys() | {"dr.", "miss"}


def _read_as_organisations(paras: Sequence[Para], intros: Sequence[Intro]) -> list[Intro]:
    """A name read as a person's that the story writes as a company's or other body's is an
    organisation (`Marlow Motors said in a statement`: no organisation word in it, and
    "Motors" no surname for a "she said" to take or a "Ms. Motors" to ask for).

    Only a name that opens with no first name and never has a title, before it or as its
    role, and only on the story's own evidence, outside quotations: after a mention of it,
    with no other name between, the first of "its", "the company" (`BODY_NOUNS`, here or in
    the next sentence), "it said" or ", which" rather than "he", "she", "his" or "her"; or, for
    a name of two words or more given no role that names a kind of person, a last word that is
    a plural noun ("Motors", "Properties"). Any "he", "she", "his" or "her" coming first so, a
    title before it, or its last word written alone as a name (a surname: "Banks said"), keeps
    it a person."""
    roleless = [
        intro
        for intro in intros
        if intro.kind is SpeakerKind.PERSON
        and intro.name.split()[0].lower() not in _TITLE_WORDS
        and not any(tuple(role.lower().split()) in ROLE_HEADS for role in intro.roles)
    ]
    candidates = {intro.name for intro in roleless if not is_first_name(intro.name.split()[0])}
    # a first name alone that the story first wrote opening a body's longer name ("Verity
    # Textiles will close its mill" then "Verity said"): the body's short name, as any other
    candidates |= {
        word
        for word, full in _first_word_of_a_longer_name(
            paras, {i.name for i in roleless if " " not in i.name}
        ).items()
        if full and _body_name(full.split())
    }
    if not candidates:
        return list(intros)
    pro: set[str] = set()
    con: set[str] = set()
    described = {  # given a role that names a kind of person ("Kwame Banks, a nurse,")
        intro.name
        for intro in intros
        if any(is_person_noun(role.lower().split()[-1]) for role in intro.roles if role)
    }
    for name in candidates - described:
        words = name.split()
        if len(words) > 1 and _plural_noun_last(words):
            pro.add(name)
    longer = _first_word_of_a_longer_name(paras, {n for n in candidates if " " not in n})
    pro |= set(longer)
    # a person is written later by the last word of the name ("Banks said"), a company by
    # its first ("Marlow's chief executive") or whole
    surnames = {name.split()[-1]: name for name in candidates if " " in name}
    mentions: dict[str, int] = {}
    with_the: dict[str, int] = {}
    titled: set[str] = set()  # a title before it, or its last word alone: a person's
    for pi, para in enumerate(paras):
        toks = para.tokens
        for i, j in para.runs:
            if para.quote_of[i] != -1:
                continue
            text = [t.text for t in toks[i:j]]
            if j - i == 1 and text[0] in surnames:
                con.add(surnames[text[0]])
                titled.add(surnames[text[0]])
            for name in candidates:
                words = name.split()
                at = next(
                    (
                        k
                        for k in range(len(text) - len(words) + 1)
                        if text[k : k + len(words)] == words
                    ),
                    None,
                )
                if at is None:
                    continue
                start, end = i + at, i + at + len(words)
                if start > 0 and toks[start - 1].lower in _TITLE_WORDS:
                    con.add(name)
                    titled.add(name)
                    continue
                # not a modifier of a longer name or of a role: "Coast Guard Lt. Amy Faulk",
                # "Coast Guard spokesman Ray Dunn"
                if end == j and not (j < len(toks) and describes_person(toks[j])):
                    mentions[name] = mentions.get(name, 0) + 1
                    if start > 0 and toks[start - 1].lower == "the":
                        with_the[name] = with_the.get(name, 0) + 1
                said = _first_reference_after(paras, pi, end)
                if said == "org":
                    pro.add(name)
                elif said == "person":
                    con.add(name)
    # a name the story writes after "the" each time it stands alone (not opening a longer
    # name), outside quotations, is no person's:
    # "the Coast Guard said", "the Pentagon said" (a person's name takes no article); only a
    # title before it or its last word written alone ("Guard said") keeps it a person, not a
    # "she said" after it (the body's spokeswoman)
    articled = {
        name for name, count in with_the.items() if count == mentions[name] and name not in titled
    }
    out: list[Intro] = []
    for intro in intros:
        if intro.name in articled or (intro.name in pro and intro.name not in con):
            intro = Intro(intro.name, list(intro.roles), SpeakerKind.ORGANIZATION, intro.position)
            if longer.get(intro.name):
                # "Trenholm Pharmaceuticals is recalling ..." then "Trenholm said": the body
                # is the one the story named in full (`build_people` joins the first word to it)
                out.append(Intro(longer[intro.name], [], SpeakerKind.ORGANIZATION, intro.position))
        out.append(intro)
    return out


def _plural_noun_last(words: Sequence[str]) -> bool:
    """The name's last word is a plural noun ("Marlow Motors", "Verity Textiles"): a body's."""
    last = words[-1].lower()
    return last.endswith("s") and last not in all_lemmas(last).get("NOUN", (last,))


def _body_name(words: Sequence[str]) -> bool:
    """A name of two words or more that reads as a body's: its last word a plural noun or a
    word for an institution ("Verity Textiles", "Verity Group")."""
    return len(words) > 1 and (_plural_noun_last(words) or words[-1].lower() in ORG_WORDS)


def _first_word_of_a_longer_name(paras: Sequence[Para], words: set[str]) -> dict[str, str]:
    """Of one-word names, those the story first writes opening a longer capitalised name
    ("Brightwater Health will buy ..." then "Brightwater said in a statement"): a body
    shortened to its first word, as companies are (a person is shortened to the last); each
    with that longer name ("" when it opens two: "the Coldwater Flats project", "Coldwater
    Lithium Corp.")."""
    first: dict[str, bool] = {}
    opened: dict[str, set[str]] = {}  # each word's longer names (two: neither is surely it)
    for para in paras:
        toks = para.tokens
        for i, j in para.runs:
            if para.quote_of[i] != -1:
                continue
            for k in range(i, j):
                word = toks[k].text
                if word not in words:
                    continue
                opens = k == i and j - i > 1 and is_name_like(toks[i:j])
                first.setdefault(word, opens)
                if opens:
                    at = para.passage.start
                    text = para.passage.text[toks[i].start - at : toks[j - 1].end - at]
                    opened.setdefault(word, set()).add(text)
    return {
        word: next(iter(opened[word])) if len(opened[word]) == 1 else ""
        for word, opens in first.items()
        if opens
    }


def _first_reference_after(paras: Sequence[Para], pi: int, end: int) -> str | None:
    """What first refers back to a name ending at `end` in paragraph `pi`, outside quotations
    and before any other name, in its sentence or the next (the next paragraph's first, after
    a paragraph's last): "org" for "its", "it said", ", which", "the company", "a company
    spokesman"; "person" for "he", "his", "she", "her" in the name's own sentence (a "she
    said" in the next paragraph is what the reading decides, no evidence for it); None for
    nothing."""
    para = paras[pi]
    toks = para.tokens
    if end + 1 < len(toks) and toks[end].text == "," and toks[end + 1].lower == "which":
        return "org"
    for para, k, own in _scans_after(paras, pi, end):
        toks = para.tokens
        runs = dict(para.runs)
        while k < len(toks) and para.sentence_of[k] <= own + 1:
            if para.quote_of[k] != -1:
                k += 1
                continue
            t = toks[k]
            same = para.sentence_of[k] == own
            if k in runs and is_name_like(toks[k : runs[k]]):
                return None  # another name: whatever follows may be its
            if same and t.lower in _HIS_OR_HERS and para is paras[pi]:
                return "person"  # not after a paragraph's end: whose "she said" is asked
            if same and t.lower == "its":
                return "org"
            if same and t.lower == "it" and k + 1 < len(toks) and toks[k + 1].lower in _IS_SAID:
                return "org"  # `"...," it said`: a person is never "it"
            if (
                t.lower == "the"
                and k + 1 < len(toks)
                and toks[k + 1].lower in BODY_NOUNS
                and (k + 2 >= len(toks) or toks[k + 2].lower != "of")
            ):
                return "org"
            if (  # "A company spokesman said": someone of the company just named
                t.lower in ("a", "an")
                and k + 2 < len(toks)
                and toks[k + 1].lower in BODY_NOUNS
                and is_person_noun(toks[k + 2].lower)
            ):
                return "org"
            k += 1
    return None


def _namesakes(paras: Sequence[Para], intros: Sequence[Intro]) -> list[Intro]:
    """Full names that share the surname of someone introduced, written with a first name
    ("Tyler Donnelly" beside "coach Ray Donnelly"): people too, so that a bare "Donnelly" is
    known to be either of them (`Resolver`), never taken for the one introduced. So too the
    full name of someone introduced by surname alone ("he found tight end Caleb Strand" then
    `said Strand, a senior,`): the surname is that full name's (`build_people`)."""
    surnames = {i.name.split()[-1] for i in intros if len(i.name.split()) > 1}
    surnames |= {i.name for i in intros if i.kind is SpeakerKind.PERSON and " " not in i.name}
    if not surnames:
        return []
    # "Donald J. Trump" beside "Donald Trump" is the same man: one first name per surname
    firsts = {(i.name.split()[0], i.name.split()[-1]) for i in intros if len(i.name.split()) > 1}
    known = {i.name for i in intros}
    out: list[Intro] = []
    for para in paras:
        for i, j in para.runs:
            run = para.tokens[i:j]
            if not 1 < len(run) < 4 or run[-1].text not in surnames or para.quote_of[i] != -1:
                continue
            name = " ".join(t.text for t in run)
            first = run[0].text
            if (
                name not in known
                and (first, run[-1].text) not in firsts
                and is_first_name(first)
                and first.lower() not in QUANTIFIERS  # "Both Vito and Marco said"
                and not is_person_noun(first.lower())  # "Judge Chu", "General Lee": a title
                and (first.lower(),) not in ROLE_HEADS
                and is_name_like(run)
            ):
                known.add(name)
                out.append(Intro(name, [], SpeakerKind.PERSON, run[0].start))
    return out


def _joined_first_names(paras: Sequence[Para], intros: Sequence[Intro]) -> list[Intro]:
    """`Tom and Alice Whitaker`: a first name alone joined by "and" to someone introduced by a
    full name is the first name of a person of that surname too ("Tom Whitaker"), so that the
    story knows them ("Her husband said" may then be him)."""
    known = {i.name for i in intros}
    out: list[Intro] = []
    for para in paras:
        for i, j in para.runs:
            k = j + 1  # the full name's run, after "and"
            if j - i != 1 or k >= len(para.tokens) or para.tokens[j].lower != "and":
                continue
            first = para.tokens[i]
            after = next(((a, b) for a, b in para.runs if a == k), None)
            if after is None or after[1] - k != 2 or para.quote_of[i] != -1:
                continue
            joined = " ".join(t.text for t in para.tokens[k : after[1]])
            name = f"{first.text} {para.tokens[after[1] - 1].text}"
            if (
                joined in known
                and name not in known
                and is_first_name(first.text)
                and is_first_name(para.tokens[k].text)
                and first.lower not in QUANTIFIERS
                and side_by_side(para.tokens, i, after[1])
            ):
                known.add(name)
                out.append(Intro(name, [], SpeakerKind.PERSON, first.start))
    return out


def _speaker_names(paras: Sequence[Para], names: Sequence[Intro]) -> list[Intro]:
    """Names that are the subject of a speech cue become people (or organisations).

    A lone word stands for the one longer capitalised name that ends with it ("Smith" ->
    "Jane Smith"), and for each of several ("Greer" -> "Nathan Greer", "Owen Greer"); a lone
    dictionary word ("Critics") must also be capitalised mid-sentence somewhere to count as a
    name.
    """
    runs: dict[str, set[str]] = {}
    mid_sentence_caps: set[str] = set()
    for para in paras:
        starts = {lo for lo, _ in para.sentences} | _after_dateline(para)
        for i, j in para.runs:
            if para.tokens[i].lower in QUANTIFIERS and j - i > 1:
                i += 1  # "Both Vito and Marco said": "Vito", no "Both Vito"
            i = past_opening_preposition(para.tokens, i, j)  # "For Daniel Okonkwo, ..."
            run = para.tokens[i:j]
            if para.quote_of[i] == -1 and is_name_like(run) and len(run) > 1:
                runs.setdefault(run[-1].text, set()).add(" ".join(t.text for t in run))
            mid_sentence_caps.update(t.text for k, t in enumerate(run, i) if k not in starts)
    out: list[Intro] = []
    spelled: dict[str, list[tuple[int, str]]] | None = None
    for intro in names:
        words = intro.name.split()
        if len(words) == 1 and _INITIALS.fullmatch(words[0]):
            spelled = _spelled_out(paras) if spelled is None else spelled
            full = _spelled_out_before(spelled, words[0], intro.position)
            if full is not None:
                # "... posted by the Food and Drug Administration" then "the FDA said": the
                # body the story named in full, its initials an alias of it (`name_aliases`)
                out.append(Intro(full, [], SpeakerKind.ORGANIZATION, intro.position))
                continue
        if len(words) == 1:
            word = words[0]
            if is_dictionary_word(word) and word not in mid_sentence_caps:
                continue
            fuller = runs.get(word, set())
            if not fuller and intro.kind is SpeakerKind.PERSON and _plural_of_person_noun(word):
                continue  # "Prosecutors told jurors": a group, no one person
            if len(fuller) > 1 and intro.kind is SpeakerKind.PERSON:
                # "Greer said" where the story names Nathan and Owen Greer: each is someone,
                # and which one speaks is for each mention to decide (`Resolver`)
                out += [Intro(name, [], intro.kind, intro.position) for name in sorted(fuller)]
                continue
            name = next(iter(fuller)) if len(fuller) == 1 else word
            out.append(Intro(name, [], intro.kind, intro.position))
        elif words[0].lower() not in QUANTIFIERS:
            if intro.kind is SpeakerKind.PERSON and _known_as_a_body(paras, intro):
                intro = Intro(intro.name, [], SpeakerKind.ORGANIZATION, intro.position)
            out.append(intro)
        # else "Both Brandts said", "Several Democrats said": a sentence opening with a
        # quantifier, capitalised there, names a group, no one person
    return out


def _known_as_a_body(paras: Sequence[Para], intro: Intro) -> bool:
    """Whether the story writes `intro`'s name followed by ", as the <noun for a body> is
    known" (`Cal Fire, as the state agency is known, wrote`): the short name a body goes by
    (`people._short_form_owner` joins it to the body's full name), no person's."""
    for para in paras:
        toks = para.tokens
        at = next((k for k, t in enumerate(toks) if t.start == intro.position), None)
        if at is None:
            continue
        k = at + len(intro.name.split())
        words = [t.lower for t in toks[k : k + 9]]
        if words[:3] != [",", "as", "the"] or para.quote_of[at] != -1:
            return False
        for n in range(4, 7):  # one to three words after "the", the last the body's noun
            if (
                words[n - 1] in ORG_WORDS | BODY_NOUNS
                and words[n : n + 1] in (["is"], ["was"])
                and "known" in words[n + 1 : n + 3]
                and all(t.isalpha() and t.islower() for t in words[3:n])
            ):
                return True
        return False
    return False


# A word written as initials: capitals only, two to eight of them ("FDA", "DOJ")
_INITIALS = re.compile(r"[A-Z]{2,8}")
# What may close a body's name after the words its initials spell: "and" and a capitalised
# word ending the run ("Centers for Disease Control and Prevention": CDC)
_AND_TAIL = re.compile(r"\s+and\s+([A-Z][a-z]+)\b(?!\s+[A-Z])")


def _spelled_out(paras: Sequence[Para]) -> dict[str, list[tuple[int, str]]]:
    """Every name of capitalised words the story spells out outside quotations, by its
    initials (`initials.name_initials`: "Food and Drug Administration" FDA, "Department of
    Justice" DJ and DOJ), with where it is written; not a name opening with a given name (a
    person's: `people`'s to read)."""
    found: dict[str, list[tuple[int, str]]] = {}
    for para in paras:
        text, offset = para.passage.text, para.passage.start
        quoted = [(q.start, q.end) for q in para.quotes]
        for term, start, end in name_initials(text):
            start, end = start + offset, end + offset
            if any(s < end and start < e for s, e in quoted):
                continue
            tail = _and_tail(text, end - offset)
            head = _ORG_OF.search(text, 0, start - offset)  # "Department of" before it
            if head is not None and head.end() == start - offset:
                start = head.start() + offset  # HHS: the Department of Health and ...
            name = " ".join(text[start - offset : end - offset + len(tail)].split())
            if is_first_name(name.split()[0]):
                continue
            found.setdefault(term, []).append((start, name))
    return found


# A body's head noun and "of" right before a name its initials spell: "Department of" before
# "Health and Human Services" (HHS), as news shortens the whole to the initials of the rest
_ORG_OF = re.compile(r"\b(?:Department|Ministry|Bureau|Office|Agency) of $")


def _and_tail(text: str, end: int) -> str:
    """What closes the name of a body that ends at `end` in `text` after the words its
    initials spell: "and" with a capitalised word, no body's head noun nor name
    (`people.closes_a_name`), that ends the run of capitalised words ("Centers for Disease
    Control and Prevention": the name is the whole, its initials CDC an alias of it:
    `people.name_aliases`); else "". Not "the Army and Navy", nor "and Smith": those may be
    another body, or someone."""
    found = _AND_TAIL.match(text, end)
    return found.group() if found is not None and closes_a_name(found.group(1)) else ""


def _spelled_out_before(
    spelled: dict[str, list[tuple[int, str]]], initials: str, position: int
) -> str | None:
    """The one name `initials` stand for that the story spelled out before `position`, as news
    names a body in full before it shortens it to its initials; None when it spelled out no
    such name before, or several."""
    names = {match_key(name): name for start, name in spelled.get(initials, ()) if start < position}
    return next(iter(names.values())) if len(names) == 1 else None


def _after_dateline(para: Para) -> set[int]:
    """The token after a dateline's dash opening the paragraph ("HARLOW — Prosecutors told
    jurors", "SALEM, Ore. — Brightwater"): a sentence's first word, capitalised as any is."""
    toks = para.tokens
    for k, tok in enumerate(toks[:8]):
        if tok.text in ("—", "–", "--"):
            words = [t for t in toks[:k] if t.is_word]
            if k and words and words[0].text.isupper() and all(t.is_cap for t in words):
                return {k + 1}
            return set()
        if tok.is_word and not tok.is_cap:
            return set()
    return set()


def _plural_of_person_noun(word: str) -> bool:
    """`word` is written as the plural of a noun for a kind of person ("Prosecutors",
    "Officials", "Residents"): a group's name, for no one person."""
    lower = word.lower()
    if not lower.endswith("s"):
        return False
    singulars = {lower[:-1], lower[:-2] if lower.endswith("es") else lower[:-1]}
    return any(is_person_noun(s) for s in singulars)


def attribute_corpus(stories: Sequence[Story]) -> StoryAttribution:
    """Every story's attribution, people merged across stories by canonical name."""
    return merge_attributions([attribute_story(story) for story in stories])


def merge_attributions(results: Sequence[StoryAttribution]) -> StoryAttribution:
    """The stories' own attributions (`attribute_story`, in story order) as one: people merged
    across stories by canonical name, quotes naming the merged people.

    A person or quote that the merge leaves as it was is kept, not copied: at 2,000 stories
    the copies were most of a reindex's merge."""
    merged: dict[str, Person] = {}
    used: set[str] = set()
    quotes: list[Quote] = []
    for result in results:
        ids: dict[str, str] = {}
        for person in result.people:
            key = match_key(person.name)
            known = merged.get(key)
            if known is None:
                merged_id = unique_id(person.id, used)
                known = person
                if merged_id != person.id:
                    known = person.model_copy(update={"id": merged_id})
            else:
                known = _merged(known, person)
            merged[key] = known
            ids[person.id] = known.id
        for quote in result.quotes:
            speaker = ids.get(quote.speaker_id) if quote.speaker_id else None
            if speaker != quote.speaker_id:
                quote = quote.model_copy(update={"speaker_id": speaker})
            quotes.append(quote)
    return StoryAttribution(people=tuple(merged.values()), quotes=tuple(quotes))


def _merged(known: Person, person: Person) -> Person:
    """`known` with what another story says of the same person (`known` if nothing new)."""
    update = {
        "aliases": _union(known.aliases, person.aliases),
        "roles": _union(known.roles, person.roles),
        "stories": _union(known.stories, person.stories),
        "called": _union(known.called, person.called),
        "owners": _union(known.owners, person.owners),
        "kind": SpeakerKind.ORGANIZATION
        if SpeakerKind.ORGANIZATION in (known.kind, person.kind)
        else SpeakerKind.PERSON,
    }
    if all(getattr(known, field) == value for field, value in update.items()):
        return known
    return known.model_copy(update=update)


def _union(a: Sequence[_T], b: Sequence[_T]) -> tuple[_T, ...]:
    return tuple(dict.fromkeys([*a, *b]))
