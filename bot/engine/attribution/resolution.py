"""Resolving pronouns and roles to a person: "he", "the president", and speakers continued
from an earlier quotation."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cached_property, lru_cache

from bot.engine.attribution.gender import GenderEvidence, word_gender
from bot.engine.attribution.paragraphs import (
    Event,
    Para,
    Ref,
    finite_verb,
    whose_phrase,
)
from bot.engine.attribution.speakers import SENIORITY, SPOUSES
from bot.engine.first_names import PRONOUN_GENDER, Gender, first_name_gender, is_first_name
from bot.engine.lexicon import lemma_of, shared_wordnet
from bot.engine.mentions import Mention
from bot.engine.models import QuoteKind, SpeakerKind
from bot.engine.names import Token, cap_sequences, is_name_like, role_run_start, tokenize
from bot.engine.occupations import describes_person, role_head_at
from bot.engine.people import Intro, spelled_out
from bot.engine.text import match_key
from bot.engine.words import (
    AUX_ADVERBS,
    BE_FORMS,
    CLAUSE_PARTICIPLES,
    CLAUSE_VERBS,
    CLERICAL_TITLES,
    DETERMINERS,
    INDEFINITES,
    KIN_NOUNS,
    NOUN_MARKERS,
    PERSON_NOUNS,
    PREPOSITIONS,
    QUANTIFIERS,
    SPEECH_VERBS,
    is_inflected_verb,
)


class Resolver(GenderEvidence):
    """From a reference (a name, a pronoun, a role) to one person, or nobody."""

    def _resolve(self, pi: int, tok: int, ref: Ref) -> str | None:
        if ref.kind in ("person", "relayed"):
            if len(ref.ids) == 1:
                if self._first_named_later(pi, ref) or self._another_of_the_name(pi, ref):
                    return None
                return ref.ids[0]
            pid = self._titled_one(pi, ref)
            if pid is None and not self._clerical_title_undecided(pi, ref):
                pid = self._resolve_shared(pi, ref)
            if pid is not None and self._title_against(pi, ref, pid):
                pid = None  # `Mrs. Odum said` is not the Odum the story knows to be a man
            if pid is not None:
                self.decided[(pi, ref.end)] = pid  # the speaker again for a pronoun after
            else:
                self.ambiguous[(pi, tok)] = ref.ids
            return pid
        if ref.kind == "pronoun":
            return self._resolve_pronoun(pi, tok, ref.word)
        if ref.kind == "role":
            owner, _, owned = ref.word.partition(" ")
            if owner in ("his", "her", "their") or owner.endswith("'s"):
                # "his lawyer said", "the team's coach called" opening the story
                return self._owned_in_the_lede(tok, owned) if pi == 0 else None
            return self._resolve_role(pi, tok, ref.word) or self._described_as_the_one_before(
                pi, ref
            )
        if ref.kind in ("unknown", "relay"):
            return None
        if ref.kind == "kin":
            return self._resolve_kin(pi, ref.start, ref.word)
        if ref.kind == "elder":
            pid = self._elder_in_scene(pi, ref)
            if pid is None:
                # "The younger Pruitt, a senior ..., said he": the cue's verb, after the
                # appositive
                pid = self._bound_pronoun_decides(pi, ref, at=tok)
            if pid is not None:
                self.decided[(pi, ref.end)] = pid
            return pid
        para = self.paras[pi]
        kind = SpeakerKind.ORGANIZATION if ref.org else SpeakerKind.PERSON
        toks = para.tokens[ref.start : ref.end]
        if toks[0].lower in DETERMINERS:
            toks = toks[1:]
        self.found.names.append(
            Intro(self.body[toks[0].start : toks[-1].end], [], kind, position=toks[0].start)
        )
        return None

    def _first_named_later(self, pi: int, ref: Ref) -> bool:
        """`"...," Hanley said` where the story has named no Hanley in full so far and names
        Ruth Hanley only in a later paragraph: a surname (or any shorter name) refers back to
        someone the story has already named, never ahead to someone it introduces later; the
        one meant is someone the people reader missed ("House Speaker Gerald Hanley" on
        main), so the words are nobody's. Someone the story only ever names so is themselves."""
        m = self.ending[pi].get(ref.end - 1)
        if m is None or m.i < ref.start or len(m.ids) != 1:
            return False
        pid, size = m.ids[0], m.j - m.i
        named_later = False
        for p, mentions in enumerate(self.mentions):
            for other in mentions:
                if pid not in other.ids or other.j - other.i <= size:
                    continue
                if (p, other.i) < (pi, m.i):
                    return False  # named in full before this point
                named_later = True
        return named_later

    def _another_of_the_name(self, pi: int, ref: Ref) -> bool:
        """`Her husband, Per Lindqvist, ..., said ... "...," said Lindqvist` of a story that
        knows only Karen Lindqvist: the cue's one-word name written before it in its paragraph
        (outside quotations) after a capitalised first name that is no part of the name of the
        one the story knows by it, in a run of names without their first name ("Ann Marie Lee"
        of Ann Lee is hers), nor a title, mid-sentence: someone else of that name, whom the
        people reader missed; the words are a guess between the two, so nobody's."""
        m = self.ending[pi].get(ref.end - 1)
        if m is None or m.j - m.i != 1:
            return False
        para = self.paras[pi]
        toks = para.tokens
        names = self.people[ref.ids[0]].name.split()
        if len(names) < 2:
            return False  # known by the one name: "Per Lindqvist" may be them
        own = names[0]
        for other in self.mentions[pi]:
            k = other.i - 1
            if other.i >= m.i:
                break
            if other.ids != m.ids or other.j - other.i != 1 or para.quote_of[other.i] != -1:
                continue
            if k < 0 or para.sentence(other.i)[0] == k or k in self.ending[pi]:
                continue
            word = toks[k]
            run = k  # "Ann Marie Lee" of Ann Lee: her fuller name, a middle name before "Lee"
            while run > 0 and toks[run - 1].is_word and toks[run - 1].is_cap:
                run -= 1
            if (
                word.is_word
                and word.is_cap
                and word.text not in names
                and own not in (t.text for t in toks[run:k])
                and is_first_name(word.text)
                and role_head_at(toks, k) is None
            ):
                return True
        return False

    def _resolve_shared(self, pi: int, ref: Ref) -> str | None:
        """Which of several people sharing the name of a cue's subject is meant, when no title
        before it says so."""
        return (
            self._role_after(pi, ref)
            or self._scene_subject_decides(pi, ref)
            or self._only_one_named_so_far(pi, ref.start, ref.ids)
            or self._bound_pronoun_decides(pi, ref)
            or self._own_body_decides(pi, ref)
        )

    def _clerical_title_undecided(self, pi: int, ref: Ref) -> bool:
        """A clergy title right before a name several people share ("Father Lund") that
        neither a title the story gave one of them nor gender decided (`_titled_one`): the
        one named last is no better a guess than another, so nobody."""
        m = self.ending[pi].get(ref.end - 1)
        if m is None or m.i <= ref.start:
            return False
        title = self.paras[pi].tokens[m.i - 1]
        return title.is_cap and title.lower in CLERICAL_TITLES

    def _titled_one(self, pi: int, ref: Ref) -> str | None:
        """`"...," Dr. Ruatoka said` of Chief Daniel and Dr. Mele Ruatoka: the title written
        before a name several people share is the one of them the story gave that title to
        ("Coach Pruitt" of Coach Denise Pruitt and her nephew Jalen); nobody when none or
        several of them hold it."""
        toks = self.paras[pi].tokens
        m = self.ending[pi].get(ref.end - 1)
        if m is None or m.i <= ref.start:
            return None
        title = " ".join(t.lower for t in toks[ref.start : m.i])
        if not toks[ref.start].is_cap:
            return None  # "the doctor Ruatoka"? a description, not the title she is given
        holders = [pid for pid in ref.ids if title in (r.lower() for r in self.people[pid].roles)]
        if not holders:
            return self._one_of_the_titles_gender(ref.ids, toks[m.i - 1])
        return holders[0] if len(holders) == 1 else None

    def _title_against(self, pi: int, ref: Ref, pid: str) -> bool:
        """The capitalised title right before the name of a cue's subject says a man or a
        woman (`word_gender`: "Mrs.", "Father") and the story knows `pid` to be the other."""
        m = self.ending[pi].get(ref.end - 1)
        if m is None or m.i <= ref.start:
            return False
        title = self.paras[pi].tokens[m.i - 1]
        gender, plainly = word_gender(title)
        return gender is not None and plainly and title.is_cap and self._contradicts(pid, gender)

    def _one_of_the_titles_gender(self, ids: Sequence[str], title: Token) -> str | None:
        """`"...," Father Wilk said` of Mayor Katarzyna Wilk and the Rev. Tomasz Wilk, `Mrs.
        Ortega said` of Councilman Luis Ortega and Marisol Ortega: a capitalised title right
        before a name several people share that says a man or a woman (`word_gender`: an
        honorific, "Father", "Sister") is the one of them the story knows to be so, when it
        knows each other one to be of the other gender; else None."""
        gender, plainly = word_gender(title)
        if gender is None or not plainly or not title.is_cap:
            return None
        fits = [pid for pid in ids if self.gender.get(pid) == gender]
        unknown = [pid for pid in ids if self.gender.get(pid) is None]
        return fits[0] if len(fits) == 1 and not unknown else None

    def _role_after(self, pi: int, ref: Ref) -> str | None:
        """`Brennan, the spokeswoman, said` of Lynn Brennan, a hospital spokeswoman, and
        Commissioner Frank Brennan: a name several people share, then between commas "the" and
        up to three words in lower case ending with a role's head noun the story gave one of
        them (and none of the others), outside quotations, is that one; so too when the role
        ends the sentence (`"...," said Brennan, the spokeswoman.`); else None."""
        para = self.paras[pi]
        toks = para.tokens
        m = self.ending[pi].get(ref.end - 1)
        k = ref.end
        if m is None or k + 2 >= len(toks) or toks[k].text != "," or toks[k + 1].lower != "the":
            return None
        end = k + 2
        while end < len(toks) and end - k <= 4 and toks[end].text not in (",", "."):
            if not toks[end].is_word or toks[end].is_cap or para.quote_of[end] != -1:
                return None
            end += 1
        if end == k + 2 or end >= len(toks) or toks[end].text not in (",", "."):
            return None
        head = toks[end - 1].lower
        holders = [pid for pid in ref.ids if head in self.heads[pid]]
        return holders[0] if len(holders) == 1 else None

    def _title_before(self, pi: int, m: Mention) -> str | None:
        """`Mayor Lutz did not dispute the account.` of Mayor Gary Lutz and his challenger
        Karen Lutz: a mention of a shared name outside any cue, after capitalised words (in its
        sentence, outside quotations) that are a title the story gave one of them
        (`_titled_one`, as for a cue's subject); else None."""
        para = self.paras[pi]
        toks = para.tokens
        lo, _ = para.sentence(m.i)
        start = m.i
        while (
            start > lo
            and m.i - start < 3
            and toks[start - 1].is_word
            and toks[start - 1].is_cap
            and para.quote_of[start - 1] == -1
        ):
            start -= 1
        if start == m.i:
            return None
        return self._titled_one(pi, Ref("person", start, m.j, ids=m.ids))

    def _only_one_named_so_far(self, pi: int, tok: int, ids: Sequence[str]) -> str | None:
        """A name several people share ("Greer" of Nathan and Owen Greer): the one of them the
        story has named on its own before this point (outside quotations), or the one of them
        named so in the mention's own paragraph, or, when that paragraph names none of them
        before it, the one of them the paragraph right before introduces (names for the first
        time, on their own, their first name too, and no other of them: `Joris Declercq, the
        rider's older brother, was more combative.` / `"...," Declercq said`); nobody when
        neither names one and the story has named two, since which one is meant would then be
        a guess."""
        named: set[str] = set()
        before: set[str] = set()  # introduced in the paragraph before, if only them
        # the paragraph before, past paragraphs only of one of them speaking, cued by a
        # pronoun (`..., Rosa Delgado, ..., said` / `"...," she said.` / `Delgado said she
        # ...` / `Delgado said`), unless the name comes back there as another's may
        intro, spoke = self._past_their_own_words(pi, ids)
        if intro < pi - 1 and self._a_rival_back(pi, intro, ids, spoke):
            intro = -1  # no paragraph brought one of them in
        for p in range(pi + 1):
            para = self.paras[p]
            introduced: set[str] = set()  # named here for the first time
            here: set[str] = set()  # named in the mention's own paragraph
            as_themselves: set[str] = set()  # not only as an owner ("Naomi Brandt's husband")
            shared = False  # the shared name written alone: which one is a guess
            for m in self.mentions[p]:
                if p == pi and m.i >= tok:
                    break
                if para.quote_of[m.i] != -1:
                    continue
                if len(m.ids) > 1 and set(m.ids) & set(ids):
                    shared = True
                if len(m.ids) == 1 and m.ids[0] in ids:
                    if m.ids[0] not in named and self._first_name_first_in(m.ids[0]) == p:
                        introduced.add(m.ids[0])
                    named.add(m.ids[0])
                    here.add(m.ids[0])
                    if (
                        m.j >= len(para.tokens) or para.tokens[m.j].kind != "poss"
                    ) and not _relative_of(para.tokens, m.i):
                        as_themselves.add(m.ids[0])
            if p == pi and not here and not shared and len(before) == 1:
                (only,) = before
                if self._several_as_subject(pi, tok):
                    # `The couple said they had argued. "...," Ishikawa said`: the paragraph
                    # brought in both again, so the one introduced before is a guess
                    return None
                # `"...," Lindqvist said, shaking her head` after a paragraph introducing her
                # husband: a pronoun of the other gender in the sentence is evidence against
                return None if self._sentence_pronoun_against(pi, tok, only) else only
            if p == intro and not shared and as_themselves and here <= introduced:
                # named there only as whose relative someone is ("Naomi Brandt's husband",
                # "the widower of Soo-ah Kim"): not the one the paragraph brought in
                fits = spoke is None or as_themselves == {spoke}
                before = as_themselves if fits else set()
            elif p == intro and spoke is not None and not here and not shared:
                # `The chancellor acknowledged it. "...," Morrow said.` decided the one after
                # a paragraph naming neither: the next paragraph's "Morrow" goes on with her,
                # unless one of them spoke there ("...," she said: both are in the scene)
                voices = {self.quote_speaker.get((p, qi)) for qi in range(len(para.quotes))}
                voices |= {e.speaker for e in self.history if e.para == p}
                if not voices & set(ids):
                    before = {spoke}
            if p == pi and len(here) == 1:
                return here.pop()  # "Paul Mercer told reporters ... "...," Mercer said"
            if p == pi and len(as_themselves) == 1:
                # "Philip Brandt, ... and Naomi Brandt's husband, will join ... "...," Brandt
                # told reporters": she is named only as whose husband he is
                return as_themselves.pop()
        return named.pop() if len(named) == 1 else None

    def _several_as_subject(self, pi: int, tok: int) -> bool:
        """Paragraph `pi`, before token `tok` and outside quotations, has for the subject of a
        finite verb several people at once: "they", "both", or "the" and a noun for a pair or a
        family or a plural noun for a kind of person ("The couple said they had argued", "The
        brothers disagree", "the two said")."""
        para = self.paras[pi]
        toks = para.tokens
        for f in range(1, min(tok, len(toks))):
            if para.quote_of[f] != -1 or not finite_verb(toks[f]):
                continue
            s = f - 1
            while s > 0 and toks[s].lower in AUX_ADVERBS:
                s -= 1
            word = toks[s]
            if para.quote_of[s] != -1 or not word.is_word:
                continue
            if word.lower in ("they", "both"):
                return True
            if s == 0 or toks[s - 1].lower != "the" or word.is_cap:
                continue
            if word.lower in _SEVERAL_NOUNS:
                return True
            lemma = lemma_of(word.lower)
            if lemma != word.lower and describes_person(tokenize(lemma)[0]):
                return True
        return False

    def _past_their_own_words(self, pi: int, ids: Sequence[str]) -> tuple[int, str | None]:
        """The paragraph before `pi`, or, when that paragraph and any right before it are
        only the same one of `ids` speaking (`"...," she said.`, `Delgado said she watched
        ...` with "she" deciding which Delgado): every quotation and speech cue theirs, nobody
        named outside quotations but as that one, decided, the paragraph before those, with
        that one (None when none was passed)."""
        p, spoke = pi - 1, None
        while p > 0:
            para = self.paras[p]
            outside = [m for m in self.mentions[p] if para.quote_of[m.i] == -1]
            if any(len(m.ids) < 2 or (p, m.j) not in self.decided for m in outside):
                break
            speakers = {self.quote_speaker.get((p, qi)) for qi in range(len(para.quotes))}
            speakers |= {e.speaker for e in self.history if e.para == p}
            speakers |= {self.decided[(p, m.j)] for m in outside}
            if len(speakers) != 1:
                break
            (who,) = speakers
            if who is None or who not in ids or spoke not in (None, who):
                break
            spoke = who
            p -= 1
        return p, spoke

    def _a_rival_back(self, pi: int, intro: int, ids: Sequence[str], spoke: str | None) -> bool:
        """Paragraph `pi` names by their shared name one of `ids` after paragraphs (past
        `intro`) of `spoke`'s own words, cued there by "he"/"she", that named none of them
        (`"...," he said.`; not a quotation running on with no cue), when another of them has
        been named before on their own, outside quotations, as someone in the story (not only
        as whose relative: "the widower of Soo-ah Kim"): `Nathan Kowalski, a father, said ...` /
        `"...," he said.` / `Asked whether ..., Kowalski said` after Dr. Samuel Kowalski spoke
        is either one's. A name the story writes again after a pronoun would have done may turn
        to the other one, and only what is asked or said would tell which, so the one
        introduced last is a guess; not when the paragraph right before names them again,
        decided there (`Delgado said she watched ...`: "she" told which Delgado)."""
        before = self.paras[pi - 1]
        if any(before.quote_of[m.i] == -1 and set(m.ids) & set(ids) for m in self.mentions[pi - 1]):
            return False
        if not any(
            self.paras[p].quote_of[k] == -1 and t.lower in ("he", "she")
            for p in range(intro + 1, pi)
            for k, t in enumerate(self.paras[p].tokens)
        ):
            return False  # their quotation ran on: the name is its first cue since
        for p in range(pi):
            para = self.paras[p]
            for m in self.mentions[p]:
                if len(m.ids) != 1 or m.ids[0] not in ids or m.ids[0] == spoke:
                    continue
                if para.quote_of[m.i] != -1 or _relative_of(para.tokens, m.i):
                    continue
                if m.j >= len(para.tokens) or para.tokens[m.j].kind != "poss":
                    return True
        return False

    def _named_on_own_before(self, pi: int, tok: int, pid: str) -> bool:
        """The story has named `pid` on their own (a mention of no one else) before token `tok`
        of paragraph `pi`, outside quotations."""
        for p in range(pi + 1):
            para = self.paras[p]
            for m in self.mentions[p]:
                if p == pi and m.i >= tok:
                    break
                if m.ids == (pid,) and para.quote_of[m.i] == -1:
                    return True
        return False

    def _sentence_pronoun_against(self, pi: int, tok: int, pid: str) -> bool:
        """The sentence of paragraph `pi` holding `tok` has, outside quotations, a pronoun of
        the gender the story does not give `pid` (known genders only)."""
        para = self.paras[pi]
        lo, hi = para.sentence(tok)
        for k in range(lo, hi):
            gender = PRONOUN_GENDER.get(para.tokens[k].lower)
            if gender is not None and para.quote_of[k] == -1 and self._contradicts(pid, gender):
                return True
        return False

    def _first_name_first_in(self, pid: str) -> int | None:
        """The paragraph where the story first writes the first word of `pid`'s name ("Gary"
        of Gary Kowalski, already in `Gary and Tina Kowalski`), quotations too; None if
        nowhere."""
        first = self.people[pid].name.split()[0]
        for p, para in enumerate(self.paras):
            if any(t.text == first for t in para.tokens):
                return p
        return None

    def _bound_pronoun_decides(self, pi: int, ref: Ref, at: int | None = None) -> str | None:
        """`Whitaker said he had "ignored that rule"` of Jenna and Colin Whitaker: the subject
        of the cue's reported clause, "he" or "she", is the sayer, so of the people sharing the
        name the one it may be, when the others are known to be the other gender and that one
        is known to fit; so too the subject of the clause a participle right after the cue
        reports (`Whitlow said, adding that she had not asked him`: the participle is the
        sayer's). `at`: the cue's verb, where it is not right after the subject."""
        toks = self.paras[pi].tokens
        n = ref.end if at is None else at
        while n < len(toks) and toks[n].lower in AUX_ADVERBS:
            n += 1
        if n + 1 >= len(toks) or toks[n].lower not in CLAUSE_VERBS:
            return None
        n += 1
        if n + 2 < len(toks) and toks[n].text == "," and toks[n + 1].lower in CLAUSE_PARTICIPLES:
            n += 2  # `"...," Whitlow said, adding that she had not asked him`
        if toks[n].lower == "that" and n + 1 < len(toks):
            n += 1
        gender = PRONOUN_GENDER.get(toks[n].lower)
        if gender is None or toks[n].lower not in ("he", "she"):
            return None
        fitting = [pid for pid in ref.ids if not self._contradicts(pid, gender)]
        if len(fitting) != 1 or self.gender.get(fitting[0]) != gender:
            return None
        return fitting[0]

    def _own_body_decides(self, pi: int, ref: Ref) -> str | None:
        """`"...," Lindqvist said, shaking her head` of Gunnar and Teresa Lindqvist: a
        participle right after the cue whose object is "his"/"her" and a part of the body
        (WordNet's noun.body: "head", "eyes", "hand") tells of the sayer's own body, so of
        the people sharing the name the one the possessive may be, when the others are known
        to be the other gender and that one is known to fit. Not "handing her the keys" (no
        body part: "her" may be someone else)."""
        toks = self.paras[pi].tokens
        n = ref.end
        if n < len(toks) and toks[n].lower in SPEECH_VERBS:
            n += 1  # `Lindqvist said, shaking`; else `said Lindqvist, shaking`
        if n + 3 >= len(toks) or toks[n].text != "," or self.paras[pi].quote_of[n + 2] != -1:
            return None
        verb, owner, noun = toks[n + 1], toks[n + 2], toks[n + 3]
        if not (verb.is_word and verb.lower.endswith("ing")) or owner.lower not in ("his", "her"):
            return None
        if not (noun.is_word and _body_part(noun.lower)):
            return None
        gender: Gender = "male" if owner.lower == "his" else "female"
        fitting = [pid for pid in ref.ids if not self._contradicts(pid, gender)]
        if len(fitting) != 1 or self.gender.get(fitting[0]) != gender:
            return None
        return fitting[0]

    def _scene_subject_decides(self, pi: int, ref: Ref) -> str | None:
        """`Asked about her uncle at the briefing, the chief paused. "...," Whitcomb said.` of
        Chief Dana Whitcomb and her uncle Ray Whitcomb: a cue after a quotation naming someone
        by a name several people share, where the sentence right before the quotation, in its
        paragraph, has for its subject (that of its first finite verb with one, outside
        quotations) a role or a name the story gave one of them and none of the others, or
        "his"/"her" and a noun of kin the story named one of them as (`_resolve_kin`): that
        one, who was acting there and then speaks."""
        para = self.paras[pi]
        toks = para.tokens
        qi = para.quote_of[ref.start - 1] if ref.start > 0 else -1
        if qi == -1 and ref.start > 1 and toks[ref.start - 1].text == ",":
            qi = para.quote_of[ref.start - 2]
        if qi == -1:
            return None
        opening = para.quotes[qi].open_tok
        if opening < 2 or para.quote_of[opening - 1] != -1 or toks[opening - 1].text != ".":
            return None
        lo, _ = para.sentence(opening - 1)
        lo = _past_opening_clause(para, lo, opening - 1)
        for f in range(lo, opening - 1):
            if not finite_verb(toks[f]) or para.quote_of[f] != -1 or not self._verbal(para, f):
                continue
            subject = self._subject_before(pi, f)
            if subject is None:
                continue
            if subject.kind == "role":
                head = subject.word.lower().split()[-1]
                holders = [pid for pid in ref.ids if head in self.heads[pid]]
            elif subject.kind == "person" and len(subject.ids) == 1:
                holders = [pid for pid in ref.ids if pid in subject.ids]
            elif subject.kind == "kin":
                # `Her father, who still farms, was blunter. "...," Tierney said.` of Siobhan
                # Tierney and her father, Frank Tierney: the relative the story named so; not
                # one something was done to ("Her father was buried there": she may speak)
                if toks[f].lower in BE_FORMS and f + 1 < len(toks) and finite_verb(toks[f + 1]):
                    return None
                kin = self._resolve_kin(pi, subject.start, subject.word)
                holders = [kin] if kin in ref.ids else []
            else:
                return None
            return holders[0] if len(holders) == 1 else None
        return None

    def _resolve_kin(self, pi: int, tok: int, phrase: str) -> str | None:
        """`His wife said`: "his" resolved as the pronoun "he" would be, then the one person
        the story has named, before this point, as that one's wife: "his wife, Jenna Ruiz,"
        with "his" that one, or the other side, "Jenna Ruiz and her husband, Marco Ruiz"."""
        owner_word, noun = phrase.split()
        owner = self._resolve_pronoun(pi, tok, "he" if owner_word == "his" else "she")
        if owner is None:
            return None
        found = self._relatives(pi, tok, noun, owner)
        gender = word_gender(tokenize(noun)[0])[0]
        found = {pid for pid in found if gender is None or not self._contradicts(pid, gender)}
        return found.pop() if len(found) == 1 else None

    def _kin_ties(self, pi: int, tok: int) -> list[tuple[str, str, str]]:
        """Who the story names, before this point, as a relative of whom, as (relative, noun,
        holder): "his wife, Jenna Ruiz," and "X's wife, Jenna Ruiz,"
        make Jenna Ruiz the wife of the one "his" or X is; "Jenna Ruiz and her husband, Marco
        Ruiz," makes Marco her husband and her his wife. "his"/"her" is the one person the
        sentence names before it who may be meant (gender as a veto), else nothing."""
        ties: list[tuple[str, str, str]] = []  # (relative, noun, holder)
        for p in range(pi + 1):
            para = self.paras[p]
            toks = para.tokens
            for m in self.mentions[p]:
                if (p, m.i) >= (pi, tok):
                    break
                k = m.i
                if len(m.ids) != 1 or para.quote_of[k] != -1 or k < 3 or toks[k - 1].text != ",":
                    continue
                noun = toks[k - 2].lower
                if noun not in KIN_NOUNS:
                    continue
                owner = _kin_owner_at(toks, k - 3)
                if toks[owner].lower == "their":
                    ties += [(m.ids[0], noun, h) for h in self._couple(p, owner, ties)]
                    continue
                holder = self._kin_holder(p, owner)
                if holder is None or holder == m.ids[0]:
                    continue
                ties.append((m.ids[0], noun, holder))
                if noun in SPOUSES:
                    ties.append((holder, SPOUSES[noun], m.ids[0]))
            ties += self._kin_after_names(p, pi, tok)
            ties += self._couple_named_together(p, pi, tok)
        return ties

    def _couple_named_together(self, p: int, pi: int, tok: int) -> list[tuple[str, str, str]]:
        """`Tom and Alice Whitaker, said they had left their home`: a man and a woman named
        together under one surname, first names joined by "and", are husband and wife, when
        the story tells both genders (kin ties as `_kin_ties` gives them), in paragraph `p`
        before token `tok` of paragraph `pi`."""
        para = self.paras[p]
        toks = para.tokens
        by_name = {person.name: pid for pid, person in self.people.items()}
        ties: list[tuple[str, str, str]] = []
        for m in self.mentions[p]:
            if (p, m.i) >= (pi, tok):
                break
            if len(m.ids) != 1 or m.j - m.i != 2 or m.i < 2 or para.quote_of[m.i] != -1:
                continue
            first = toks[m.i - 2]
            if toks[m.i - 1].lower != "and" or (m.i > 2 and toks[m.i - 3].is_cap):
                continue
            partner = by_name.get(f"{first.text} {toks[m.j - 1].text}")
            if partner is None or partner == m.ids[0]:
                continue
            genders = {self.gender.get(partner), self.gender.get(m.ids[0])}
            if genders != {"male", "female"}:
                continue
            wife, husband = (
                (partner, m.ids[0]) if self.gender.get(partner) == "female" else (m.ids[0], partner)
            )
            ties += [(wife, "wife", husband), (husband, "husband", wife)]
        return ties

    def _kin_after_names(self, p: int, pi: int, tok: int) -> list[tuple[str, str, str]]:
        """The ties of `_kin_ties` an appositive after a name makes, its last words a relative
        of someone's: "Lena Ortiz, a nurse at the clinic and the mayor's younger sister," makes
        her the sister of the one "the mayor" is ("X's sister", "his sister" too); (relative,
        noun, holder), of paragraph `p` before token `tok` of paragraph `pi`."""
        para = self.paras[p]
        toks = para.tokens
        ties: list[tuple[str, str, str]] = []
        for m in self.mentions[p]:
            if (p, m.i) >= (pi, tok):
                break
            if len(m.ids) != 1 or para.quote_of[m.i] != -1:
                continue
            if m.j + 2 >= len(toks) or toks[m.j].text != ",":
                continue
            end = next(
                (x for x in range(m.j + 1, min(m.j + 20, len(toks))) if toks[x].text in ",.;:"),
                None,
            )
            if end is None or end - 1 <= m.j + 1:
                continue
            # the appositive's last words, or those before an "and" joining another of what
            # the one named is ("the magnate's daughter and the company's chief executive")
            last = next(
                (
                    x
                    for x in range(m.j + 2, end)
                    if toks[x].lower in KIN_NOUNS and (x + 1 == end or toks[x + 1].lower == "and")
                ),
                None,
            )
            if last is None:
                continue
            noun = toks[last].lower
            k = last - 1  # past at most two describing words ("younger", "late")
            while k > m.j + 1 and last - 1 - k < 2 and toks[k].is_word and not toks[k].is_cap:
                if toks[k].lower in ("his", "her"):
                    break
                k -= 1
            holder = self._possessor(p, k, m.j + 1)
            if holder is not None and holder != m.ids[0]:
                ties.append((m.ids[0], noun, holder))
                if noun in SPOUSES:
                    ties.append((holder, SPOUSES[noun], m.ids[0]))
        return ties

    def _possessor(self, p: int, k: int, lo: int) -> str | None:
        """Whom the possessive at token `k` (not before `lo`) is: "X's" or "his"/"her" as
        `_kin_holder` reads them, or "the <role>'s" as the role would be resolved there."""
        toks = self.paras[p].tokens
        if k < lo:
            return None
        if toks[k].kind != "poss" or k - 1 in self.ending[p]:
            return self._kin_holder(p, k)
        start = k - 1
        while start > lo and toks[start - 1].is_word and toks[start - 1].lower != "the":
            start -= 1
        if start <= lo or toks[start - 1].lower != "the":
            return None
        words = toks[start:k]
        holder = self._resolve_role(p, start, " ".join(t.text for t in words))
        if holder is None and len(words) > 1:
            holder = self._introduced_as(p, start, words)
        return holder

    def _introduced_as(self, p: int, tok: int, words: Sequence[Token]) -> str | None:
        """`the emergency chief's sister` of "Chief Daniel Ruatoka, head of the Lanmora
        Emergency Management Office": a role whose describing words no role of the story holds
        is the one person, named before token `tok` of paragraph `p`, whose role has its last
        word and the sentence first naming whom says every describing word."""
        head, describing = words[-1].lower, {t.lower for t in words[:-1]}
        found: set[str] = set()
        seen: set[str] = set()
        for q in range(p + 1):
            para = self.paras[q]
            for m in self.mentions[q]:
                if (q, m.i) >= (p, tok):
                    break
                if len(m.ids) != 1 or m.ids[0] in seen or para.quote_of[m.i] != -1:
                    continue
                pid = m.ids[0]
                seen.add(pid)
                lo, hi = para.sentence(m.i)
                said = {t.lower for t in para.tokens[lo:hi]}
                if head in self.heads.get(pid, set()) and describing <= said:
                    found.add(pid)
        return found.pop() if len(found) == 1 else None

    def _elder_in_scene(self, pi: int, ref: Ref) -> str | None:
        """`Marco, who has come home to help, and his father argued about the dough.` then
        `"Forty minutes," the elder Castellano insisted.` of four Castellanos: of the people
        sharing the name (`ref.ids`), the two the paragraph before the cue, or the one before
        that, brings in, by name or as a relative ("his father": Marco's father, whom the story
        tied to him as "Their son, Marco"), as clause subjects (not "Ada remembered her father,
        Bruno": a memory, no one in the scene), are the pair "the elder" compares
        (`_by_seniority`); nobody when those paragraphs bring in one, or three."""
        known = set(ref.ids)
        scene: set[str] = set()
        prev = self._previous(pi)
        spans = [(pi, ref.start)] + (
            [(prev, len(self.paras[prev].tokens))] if prev is not None else []
        )
        for p, limit in spans:
            para = self.paras[p]
            toks = para.tokens
            for m in self.mentions[p]:
                # in the scene, acting: not "Ada remembered her father, Bruno"
                if (
                    m.i < limit
                    and para.quote_of[m.i] == -1
                    and len(m.ids) == 1
                    and self._in_scene(p, m)
                ):
                    scene |= {m.ids[0]} & known
            for k in range(limit - 2):
                if para.quote_of[k] != -1 or toks[k].lower not in ("his", "her"):
                    continue
                noun = toks[k + 1].lower
                n = k + 2
                while n < limit and toks[n].lower in AUX_ADVERBS:
                    n += 1
                if n >= limit or not finite_verb(toks[n]):
                    continue  # "his father argued": a subject, in the scene
                holder = self._kin_holder(p, k) if noun in KIN_NOUNS else None
                if holder is not None:
                    scene |= self._relatives(p, k, noun, holder) & known
        if len(scene) != 2:
            return None
        return self._by_seniority(tuple(sorted(scene)), SENIORITY[ref.word])

    def _in_scene(self, p: int, m: Mention) -> bool:
        """The mention opens its sentence ("Marco, who has come home, and his father argued")
        or a finite verb follows it: someone acting, not someone talked about."""
        para = self.paras[p]
        toks = para.tokens
        if self._np_start(para, m.i, m.j) == para.sentence(m.i)[0]:
            return True
        n = m.j
        while n < len(toks) and toks[n].lower in AUX_ADVERBS:
            n += 1
        return n < len(toks) and finite_verb(toks[n])

    def _relatives(self, p: int, k: int, noun: str, holder: str) -> set[str]:
        """Who "his <noun>" is, of `holder`, by the ties the story made before token `k` of
        paragraph `p`: "his wife" of the one named as his wife; "his father" also of the one
        whose son or daughter the story named him ("Their son, Marco": Marco's father is the
        man of "their"), the parent's gender from the noun."""
        ties = self._kin_ties(p, k)
        found = {r for r, tie, h in ties if (tie, h) == (noun, holder)}
        parent = _PARENTS.get(noun)
        if parent is not None:
            found |= {
                h
                for r, tie, h in ties
                if r == holder and tie in _CHILDREN and not self._contradicts(h, parent)
            }
        sibling = _SIBLINGS.get(noun)
        if sibling is not None:
            # "his sister, Eleri Pryce," makes him her brother: "her brother" of her is him
            found |= {
                h
                for r, tie, h in ties
                if r == holder and tie in _SIBLINGS and not self._contradicts(h, sibling)
            }
        return found

    def _couple(self, p: int, k: int, ties: Sequence[tuple[str, str, str]]) -> tuple[str, ...]:
        """Whom "their" at token `k` is, when it is a married couple the story tied before
        (`ties`: "His wife, Rosa Castellano,"): the one such couple one of whom paragraph `p`
        before `k`, or the paragraph before it, names; else nobody."""
        couples = {tuple(sorted((r, h))) for r, tie, h in ties if tie in SPOUSES}
        prev = self._previous(p)
        spans = [(p, k)] + ([(prev, len(self.paras[prev].tokens))] if prev is not None else [])
        named = {
            pid
            for q, limit in spans
            for m in self.mentions[q]
            if m.i < limit and self.paras[q].quote_of[m.i] == -1
            for pid in m.ids
        }
        near = [c for c in couples if named & set(c)]
        return near[0] if len(near) == 1 else ()

    def _kin_holder(self, p: int, k: int) -> str | None:
        """Whom the possessive at token k refers to: "X's" is X (of a name several people
        share, the one `_only_one_named_so_far` gives: `Greer's niece, Dana Greer,` after
        Walter Greer alone was named); "his"/"her" is the one person named before it in its
        sentence whom the pronoun may be; opening its sentence, with no one before it, the one
        the pronoun "he"/"she" would be there ("His wife, Rosa Castellano, ..." after a
        paragraph Vito Castellano spoke in)."""
        para = self.paras[p]
        toks = para.tokens
        if toks[k].kind == "poss":
            owner = self.ending[p].get(k - 1)
            if owner is None or not owner.ids:
                return None
            if len(owner.ids) > 1:
                return self._only_one_named_so_far(p, owner.i, owner.ids)
            return owner.ids[0]
        if toks[k].lower not in ("his", "her"):
            return None
        gender: Gender = "male" if toks[k].lower == "his" else "female"
        lo, _ = para.sentence(k)
        near = {
            pid
            for m in self.mentions[p]
            if lo <= m.i < k and para.quote_of[m.i] == -1
            for pid in m.ids
            if self.people[pid].kind is SpeakerKind.PERSON and not self._contradicts(pid, gender)
        }
        if k == lo or (not near and self._nobody_before(p, lo, k)):
            # "Among those speaking against the plan was his sister, Eleri Pryce,": no one
            # before it in its sentence, so as "he" would be there
            return self._resolve_pronoun(p, k, "he" if gender == "male" else "she")
        return near.pop() if len(near) == 1 else None

    def _nobody_before(self, p: int, lo: int, k: int) -> bool:
        """Tokens lo..k-1 of paragraph `p` name no one and hold no noun for a kind of person
        (nor a capitalised word past the first, nor a quotation): no one a possessive at `k`
        may be but whom a pronoun there would be."""
        para = self.paras[p]
        toks = para.tokens
        if any(lo <= m.i < k for m in self.mentions[p]):
            return False
        return not any(
            para.quote_of[x] != -1
            or (x > lo and toks[x].is_cap)
            or (toks[x].is_word and describes_person(toks[x]))
            or toks[x].lower in PERSON_NOUNS
            for x in range(lo, k)
        )

    def _previous(self, pi: int) -> int | None:
        """The previous story paragraph, if it directly precedes this one among story passages;
        past paragraphs that are wholly a quotation running on into this one, which opens with
        its end (`"When I was in seventh grade, ...` / `"I'm not asking ...," she told the
        board`): one quotation over paragraphs, whose cue reaches back to before it began."""
        prev = pi - 1
        if prev >= 0 and _opens_with_quotation(self.paras[pi]):
            while prev > 0 and _wholly_open_quotation(self.paras[prev]):
                prev -= 1
        return prev if prev >= 0 else None

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
        gender = PRONOUN_GENDER.get(word)
        point = max((at for at in self.unnamed if at < (pi, tok)), default=None)
        if (
            gender is not None
            and point in self.ambiguous
            and point[0] in (pi, pi - 1)
            and (not events or point > (events[-1].para, events[-1].tok))
        ):
            # an undecided shared surname paragraphs back ("Reyes said" of Marisol and Daniel
            # Reyes) decides nothing here: the pronoun is read as with no such cue
            return self._decided_by_gender(point, pi, tok, gender)
        if gender is not None:
            asked = self._asked_before_answering(pi, tok, gender)
            if asked is not None:
                return asked
            held = self._role_holder_in_sentence(pi, tok, gender)
            if held is not None:
                return held or None  # "": decided, nobody
            last_event = events[-1] if events else None
            role_subject = self._role_subject_since(pi, tok, last_event, gender)
            if role_subject is not None:
                return self._role_subject_speaker(pi, role_subject, gender)
            voice = self._voice_subject_since(pi, tok, last_event, gender)
            if voice is not None:
                return voice
        fallback = None
        if gender is not None:
            fallback = self._only_subject_before(pi, tok, gender, far=not events)
        if not events:
            if fallback is None and gender is not None:
                return self._role_subject_before(pi, tok, gender) or self._one_of_a_pair(
                    pi, tok, gender
                )
            return fallback
        last = events[-1]
        if self._unnamed_between((last.para, last.tok), (pi, tok)):
            # "A spokeswoman said ... "...," she said": maybe the spokeswoman; but when that
            # was in an earlier paragraph, the one person this paragraph names as a subject
            # before the pronoun ("Elena Lindqvist laughed. "...," she said"), as with no speaker
            para = self.paras[pi]
            named = any(m.i < tok and para.quote_of[m.i] == -1 for m in self.mentions[pi])
            return fallback if named else None
        relayer = next(
            (
                r
                for r in reversed(self.relayers)
                if (last.para, last.tok) < (r.para, r.tok) < (pi, tok)
                and not (gender is not None and self._contradicts(r.speaker, gender))
            ),
            None,
        )
        if gender is not None and self._contradicts(last.speaker, gender):
            if relayer is not None:
                # `"...," Brandt said in remarks relayed to reporters by Moravec.` / `"...,"
                # she added`: the one who passed his words on, when known to fit
                return self._only_fitting_speaker([relayer], pi, tok, gender)
            return (
                self._only_fitting_speaker(events, pi, tok, gender)
                or fallback
                or self._one_of_a_pair(pi, tok, gender)
            )
        if relayer is not None:
            return None  # the speaker or the one who passed the words on: a guess
        vetoed: frozenset[str] = frozenset()
        if gender is not None:
            vetoed = frozenset(pid for pid in self.people if self._contradicts(pid, gender))
        talked_of = self._named_in_quotation(pi, tok) - {last.speaker}
        if self._others_between(last, pi, tok, vetoed | talked_of, anywhere=True):
            return fallback
        if gender is not None and self._unlisted_name_between(last, pi, tok, gender):
            self._introduce_lone_subject(pi, tok, gender)
            return None
        return last.speaker

    def _asked_before_answering(self, pi: int, tok: int, gender: Gender) -> str | None:
        """`"What do you tell ...?" a reporter asked Harlow after the meeting.` / `"...," she
        replied.`: a paragraph opening with a quotation cued by a pronoun after a paragraph
        that is only a question in quotation marks and its cue, "asked" with a person the
        story knows right after it, someone other than the asker: the one asked answers,
        when the pronoun fits them (the asker, named or not, does not fit or is nobody). So
        too when the question closes the paragraph after its cue, `a reporter asked the
        mayor: "...?"`, the one asked named or "the" and a role the story gave one person
        (`_asked_before_question`)."""
        para = self.paras[pi]
        prev = self.paras[pi - 1] if pi > 0 else None
        if tok != 0 or not para.quotes or para.quotes[0].open_tok != 0 or prev is None:
            return None
        if len(prev.quotes) != 1:
            return None
        question = prev.quotes[0]
        toks = prev.tokens
        close = question.close_tok
        if close is None or close < 2 or toks[close - 1].text != "?":
            return None
        if question.open_tok != 0:
            asked = self._asked_before_question(pi - 1)
        else:
            v = next((k for k in range(close + 1, len(toks)) if toks[k].lower == "asked"), None)
            if v is None:
                return None
            m = self.starting[pi - 1].get(v + 1)
            if m is None or len(m.ids) != 1:
                return None
            if any(toks[k].text in ".;!?" for k in range(close + 1, v)):
                return None  # the asking is a sentence of its own, no cue of the question
            asked = m.ids[0]
        if asked is None or self.people[asked].kind is not SpeakerKind.PERSON:
            return None
        asker = self.quote_speaker.get((pi - 1, 0))
        if asker == asked or self._contradicts(asked, gender):
            return None
        if asker is not None and not self._contradicts(asker, gender):
            return None  # either of them
        return asked

    def _asked_before_question(self, pi: int) -> str | None:
        """`A reporter put the question to Voss directly: "Is the course still eligible?"`,
        `A student asked Harlow: "...?"`: paragraph `pi` ending with its one quotation, a
        question, right after a colon or a comma after the person asked, named after "asked"
        or "put the question to" ("put it to"), with at most an adverb in "-ly" between, by
        someone unnamed ("a reporter", "another resident"): the id of the one asked, named (one
        person) or "the" and a role the story gave one person ("a reporter asked the mayor:",
        `_resolve_role`), else None."""
        para = self.paras[pi]
        toks = para.tokens
        question = para.quotes[0]
        close = question.close_tok
        if close is None or any(t.is_word for t in toks[close + 1 :]):
            return None  # the paragraph goes on after the question
        k = question.open_tok - 1
        if k < 1 or toks[k].text not in ":,":
            return None
        k -= 1
        while k > 0 and toks[k].is_word and toks[k].lower.endswith("ly") and not toks[k].is_cap:
            k -= 1  # "directly", "bluntly"
        m = self.ending[pi].get(k)
        asked: str | None
        if m is not None:
            if para.quote_of[m.i] != -1 or m.i < 1 or len(m.ids) != 1:
                return None
            start, asked = m.i, m.ids[0]
        else:
            start, asked = self._role_asked(pi, k)
            if asked is None:
                return None
        before = tuple(t.lower for t in toks[max(0, start - 4) : start])
        if before[-1:] == ("asked",):
            verb = start - 1
        elif before[-3:] == ("put", "it", "to"):
            verb = start - 3
        elif before[-4:] == ("put", "the", "question", "to"):
            verb = start - 4
        else:
            return None
        # the asker: someone unnamed, "a" and a noun for a person ("a reporter", "one of the
        # residents" is not), not "Dara Whelan, a retired teacher, put the question"
        n = verb - 1
        while n > 0 and toks[n].lower in AUX_ADVERBS:
            n -= 1
        noun = toks[n]
        if not noun.is_word or noun.is_cap or not describes_person(noun) or n < 1:
            return None
        d = n - 1
        while d > 0 and n - d < 3 and toks[d].is_word and not toks[d].is_cap:
            if toks[d].lower in _UNNAMED_ASKERS:
                break
            d -= 1
        return asked if toks[d].lower in _UNNAMED_ASKERS else None

    def _role_asked(self, pi: int, end: int) -> tuple[int, str | None]:
        """Where "the" and a role ending at token `end` of paragraph `pi` starts ("asked the
        mayor:"), and the one person the story gave the role (`_resolve_role`), else None."""
        toks = self.paras[pi].tokens
        the = next((k for k in range(end - 1, -1, -1) if toks[k].lower == "the"), None)
        if the is None or end - the > 4 or role_head_at(toks, end) is None:
            return 0, None
        words = toks[the + 1 : end + 1]
        if not all(t.is_word for t in words):
            return 0, None
        phrase = " ".join(t.lower for t in words)
        return the, self._resolve_role(pi, the + 1, phrase, an_object=True)

    def _one_of_a_pair(self, pi: int, tok: int, gender: Gender) -> str | None:
        """`Mendes and Dale Whitcomb handed out leaflets.` / `"...," she said.` / `"...," he
        said.`, `Among them were Ana Ruiz, ..., and Walt Jessup, ...`, `the Alberos described
        the year` (of Tomas and Marguerite Albero): a paragraph naming, outside quotations, no
        one but two or more people joined as one clause subject ("X and Y", or "the" and the
        plural of a surname they share), with no cue of its own, then paragraphs whose cues are
        only pronouns of those people, and the pronoun's own paragraph naming nobody before it:
        the pronoun is the one of them of its gender, when the story or the first names tell
        that one's gender and the others' is the other. Full names the story knows as no one
        yet, joined to the others by "and", count with the gender their first names tell;
        when the pronoun is one of them, each becomes a person (`Found.names`), for the next
        pass to credit."""
        para = self.paras[pi]
        if any(m.i < tok and para.quote_of[m.i] == -1 for m in self.mentions[pi]):
            return None
        if self._unnamed_subject(pi, 0, tok) or self._unnamed_between((pi, -1), (pi, tok)):
            return None
        scene = self._previous(pi)
        for _ in range(2):
            if scene is None:
                return None
            toks = self.paras[scene].tokens
            if any(self.paras[scene].quote_of[m.i] == -1 for m in self.mentions[scene]):
                break
            if self._joined_subject(scene) is not None:
                break  # "the Alberos described ...", or people the story knows as no one yet
            if not any(e.para == scene for e in self.history):
                return None  # narration naming no one: no scene of the pronoun's
            if self._unnamed_subject(scene, 0, len(toks)) or scene == 0:
                return None
            scene = self._previous(scene)
        else:
            return None
        if scene is None or any(e.para == scene for e in self.history):
            return None
        if self._unnamed_between((scene, -1), (pi, tok)):
            return None
        group = self._joined_subject(scene)
        if group is None:
            return None
        people, unknown = group
        spoke = {e.speaker for e in self.history if (scene, -1) < (e.para, e.tok) < (pi, tok)}
        if not spoke <= set(people):
            return None
        toks = self.paras[scene].tokens
        other: Gender = "male" if gender == "female" else "female"
        genders = [self.gender.get(pid) for pid in people]
        genders += [first_name_gender(toks[i].text) for i, _ in unknown]
        if genders.count(gender) != 1 or genders.count(other) != len(genders) - 1:
            return None
        at = genders.index(gender)
        if at < len(people):
            return people[at]
        for i, j in unknown:  # each becomes a person, for the next pass to credit
            intro = Intro(self.body[toks[i].start : toks[j - 1].end], [], position=toks[i].start)
            self.found.names.append(intro)
        return None

    def _joined_subject(self, pi: int) -> tuple[list[str], list[tuple[int, int]]] | None:
        """The people paragraph `pi` names outside quotations, when they are all one clause
        subject of two or more joined by "and" (`_one_of_a_pair`), or "the" and the plural of
        a surname two or more people named before share ("the Alberos"); with the full names
        among them the story knows as no one (their tokens); else None."""
        para = self.paras[pi]
        toks = para.tokens
        outside = [m for m in self.mentions[pi] if para.quote_of[m.i] == -1]
        if any(len(m.ids) != 1 for m in outside):
            return None
        known = {k for m in self.mentions[pi] for k in range(m.i, m.j)}
        members: list[tuple[int, int, str | None]] = [(m.i, m.j, m.ids[0]) for m in outside]
        for i, j in cap_sequences(toks):
            if j - i < 2 or not is_name_like(toks[i:j]) or not is_first_name(toks[i].text):
                continue
            if not any(para.quote_of[k] != -1 or k in known for k in range(i, j)):
                members.append((i, j, None))
        if not members:
            return self._plural_surname_subject(pi)
        members.sort()
        lo, hi = para.sentence(members[0][0])
        if len(members) < 2 or members[-1][0] >= hi:
            return None
        if outside and outside[0].i == members[0][0]:
            if not self._is_subject(pi, outside[0], lo):
                return None
        elif not self._subject_place(pi, members[0][0]):
            return None
        for i, _, _ in members[1:]:
            if toks[i - 1].lower != "and":
                return None
        unknown = [(i, j) for i, j, pid in members if pid is None]
        people = [pid for _, _, pid in members if pid is not None]
        if any(self.people[pid].kind is not SpeakerKind.PERSON for pid in people):
            return None
        return people, unknown

    def _plural_surname_subject(self, pi: int) -> tuple[list[str], list[tuple[int, int]]] | None:
        """`the Alberos described ...`: "the" and a capitalised word, outside quotations, that
        is a surname plus "s" of two or more people named before this paragraph, as a clause
        subject: those people."""
        para = self.paras[pi]
        toks = para.tokens
        # named by a name of their own (not "Albero" alone, which each may be)
        before = {m.ids[0] for p in range(pi) for m in self.mentions[p] if len(m.ids) == 1}
        found: list[str] | None = None
        for k in range(1, len(toks)):
            word = toks[k].text
            if not (toks[k].is_cap and word.endswith("s") and toks[k - 1].lower == "the"):
                continue
            if para.quote_of[k] != -1:
                continue
            surname = word[:-1]
            people = sorted(
                pid
                for pid in before
                if self.people[pid].kind is SpeakerKind.PERSON
                and len(self.people[pid].name.split()) > 1
                and self.people[pid].name.split()[-1] == surname
            )
            if len(people) < 2 or found is not None:
                return None
            lo, _ = para.sentence(k)
            if not self._subject_slot(pi, k - 1, lo):
                return None
            found = people
        return (found, []) if found is not None else None

    @cached_property
    def _first_names_of_people(self) -> dict[str, list[str]]:
        """Each first name of the people the story names, with whose it is."""
        firsts: dict[str, list[str]] = {}
        for pid, person in self.people.items():
            if person.kind is SpeakerKind.PERSON and " " in person.name:
                firsts.setdefault(person.name.split()[0], []).append(pid)
        return firsts

    def _named_in_quotation(self, pi: int, tok: int) -> frozenset[str]:
        """The people the quotation opening at `tok` names, by full name, surname or a first
        name no one else in the story has, none of them followed by another capitalised word:
        `Denise Pruitt ... said Castellano had called her. "That's who Ray is," she said`:
        Ray Castellano is talked of, so not the one the pronoun after the quotation may be."""
        para = self.paras[pi]
        toks = para.tokens
        qi = para.quote_of[tok] if tok < len(toks) else -1
        if qi == -1 or para.quotes[qi].open_tok != tok:
            return frozenset()
        firsts = self._first_names_of_people
        named = {pid for m in self.mentions[pi] if para.quote_of[m.i] == qi for pid in m.ids}
        for k in range(tok + 1, len(toks)):
            if para.quote_of[k] != qi:
                break
            ids = firsts.get(toks[k].text, [])
            opens = k == tok + 1 or toks[k - 1].text in ".!?:"  # "Will we win?": any word
            full = k + 1 < len(toks) and toks[k + 1].is_cap  # someone else's full name
            if len(ids) == 1 and not opens and not full:
                named.add(ids[0])  # "That's who Ray is"
        return frozenset(named)

    def _unlisted_name_between(self, last: Event, pi: int, tok: int, gender: Gender) -> bool:
        """Someone the story names only in passing, no person it quotes or introduces by a
        role, is named between the last speaker's cue and the pronoun, outside quotations, by
        a first name the pronoun fits (or one that tells nothing): "Marcus Bell and Teresa
        Okafor, who both work nights, came to the picket line. "...," she said" after Ana
        Ruiz spoke is Okafor's, not Ruiz's; "Abernathy and his quarterback, senior Marcus
        Lyle, spoke to reporters together. "...," he said" either's. The pronoun may be them,
        whom no mention shows (`_others_between` sees only the people the story knows)."""
        para = self.paras[pi]
        toks = para.tokens
        start = last.tok if last.para == pi else 0
        known = {k for m in self.mentions[pi] for k in range(m.i, m.j)}
        for i, j in cap_sequences(toks[:tok]):
            if i < start or j - i < 2 or not is_name_like(toks[i:j]):
                continue
            if any(para.quote_of[k] != -1 or k in known for k in range(i, j)):
                continue
            if self._in_own_report(pi, Mention((), i, j), last.speaker):
                continue  # "Ana Ruiz said she would be at Hollis Field": what she talks of
            # the first name may come after a title the story capitalised: "Councillor Mara Voss"
            for first in (t.text for t in toks[i : j - 1] if t.lower not in QUANTIFIERS):
                if is_first_name(first):
                    if first_name_gender(first) in (None, gender):
                        return True
                    break
        return False

    def _introduce_lone_subject(self, pi: int, tok: int, gender: Gender) -> None:
        """`Marcus Bell and Teresa Okafor, who both work nights, came to the picket line.
        "...," she said`: when the one person the pronoun's paragraph names before it whom it
        may be is a full name the story knows as no one yet, a clause subject whose first name
        says the pronoun's gender, that name becomes a person (`Found.names`), so that the
        next pass credits the pronoun to them as to any subject named before it."""
        para = self.paras[pi]
        toks = para.tokens
        known = {k for m in self.mentions[pi] for k in range(m.i, m.j)}
        fitting = {
            pid
            for m in self.mentions[pi]
            if m.i < tok and para.quote_of[m.i] == -1
            for pid in m.ids
            if not self._contradicts(pid, gender)
        }
        found: list[tuple[int, int]] = []
        for i, j in cap_sequences(toks[:tok]):
            if j - i < 2 or not is_name_like(toks[i:j]):
                continue
            if any(para.quote_of[k] != -1 or k in known for k in range(i, j)):
                continue
            if toks[i].lower in QUANTIFIERS:
                i += 1  # "Both Vito and Marco": no name opens with "Both"
            first = next((k for k in range(i, j - 1) if is_first_name(toks[k].text)), None)
            if first is None:
                continue
            if first_name_gender(toks[first].text) in (None, gender):
                found.append((first, j))
        if fitting or len(found) != 1:
            return
        ((i, j),) = found
        if first_name_gender(toks[i].text) != gender or not self._subject_place(pi, i):
            return
        self.found.names.append(
            Intro(self.body[toks[i].start : toks[j - 1].end], [], position=toks[i].start)
        )

    def _role_holder_in_sentence(self, pi: int, tok: int, gender: Gender) -> str | None:
        """`Linda Brandt has accused the mayor of neglecting the library; he has called her
        plans "..."`: the pronoun's own sentence, before it and outside quotations, refers to
        someone by a role the story gave them ("the mayor": `_resolve_role`), and of everyone
        it names or so refers to, that holder is the one person the pronoun may be (the others
        known to be of the other gender), the story or the first name telling the holder's
        gender fits. Else None (the rules after decide)."""
        para = self.paras[pi]
        toks = para.tokens
        lo, _ = para.sentence(tok)
        holders: set[str] = set()
        everyone: set[str] = set()
        known: set[int] = set()  # tokens of the people named
        for m in self.mentions[pi]:
            if lo <= m.i < tok and para.quote_of[m.i] == -1:
                everyone |= set(m.ids)
                known.update(range(m.i, m.j))
        roles: set[int] = set()  # tokens of the role phrases read below
        for k in range(lo, tok - 1):
            if toks[k].lower != "the" or para.quote_of[k] != -1 or toks[k + 1].is_cap:
                continue
            end = next(
                (n for n in range(k + 1, min(k + 4, tok)) if role_head_at(toks, n) == k + 1),
                None,
            )
            if end is None:
                continue
            if end + 1 < len(toks) and (
                toks[end + 1].kind == "poss" or describes_person(toks[end + 1])
            ):
                return None  # "the mayor's aide": someone else again
            phrase = " ".join(t.text for t in toks[k + 1 : end + 1])
            pid = self._resolve_role(pi, k, phrase, an_object=not self._subject_slot(pi, k, lo))
            if pid is None:
                return None  # a role the story gives no one, or several: someone unknown
            holders.add(pid)
            roles.update(range(k, end + 1))
        if not holders:
            return None
        for k in range(lo, tok):
            if k in known or k in roles or para.quote_of[k] != -1:
                continue
            if (describes_person(toks[k]) and _after_a_determiner(toks, k, lo)) or (
                toks[k].is_cap and k > lo and is_first_name(toks[k].text)
            ):
                return None  # "a neighbor", "Tom Vale": someone else the pronoun may be
        fitting = {pid for pid in everyone | holders if not self._contradicts(pid, gender)}
        sure = {pid for pid in fitting & holders if self.gender.get(pid) == gender}
        unknown = {pid for pid in fitting if self.gender.get(pid) is None} - holders
        if len(sure) == 1 and unknown and fitting == sure | unknown:
            # `Jordan Vale has accused the mayor ...; he has called ...`: the mayor a man, Vale
            # of a gender the story never tells: the pronoun may be either, unless the sentence
            # holds a pronoun of the other gender only that one other person may be ("... her
            # plans"): then the holder; else nobody, not a guess
            if len(unknown) == 1 and self._other_gender_pronoun(pi, lo, gender, unknown, roles):
                return sure.pop()
            return ""
        if len(fitting) != 1 or not fitting <= holders:
            return None
        (pid,) = fitting
        return pid if self.gender.get(pid) == gender else None

    def _other_gender_pronoun(
        self, pi: int, lo: int, gender: Gender, unknown: set[str], roles: set[int]
    ) -> bool:
        """The sentence opening at `lo` of paragraph `pi` holds, outside quotations, a pronoun
        of the gender other than `gender` ("her plans"), and the one person it may be is the
        one of `unknown`: no one else is named in the sentence or the one before, outside
        quotations, whom it may be, nor written by a noun for a person after a determiner
        (but the role phrases at `roles`, their holders' gender known)."""
        para = self.paras[pi]
        toks = para.tokens
        _, hi = para.sentence(lo)
        if not any(
            para.quote_of[k] == -1 and PRONOUN_GENDER.get(toks[k].lower, gender) != gender
            for k in range(lo, hi)
        ):
            return False
        other: Gender = "female" if gender == "male" else "male"
        for p, a, b in self._sentence_and_one_before(pi, lo, hi):
            for m in self.mentions[p]:
                if not a <= m.i < b or self.paras[p].quote_of[m.i] != -1:
                    continue
                if any(x not in unknown and not self._contradicts(x, other) for x in m.ids):
                    return False
            ptoks = self.paras[p].tokens
            named = {m.i for m in self.mentions[p]}
            for k in range(a, b):
                if self.paras[p].quote_of[k] != -1 or not describes_person(ptoks[k]):
                    continue
                if (p == pi and k in roles) or k + 1 in named:
                    continue
                if k + 2 in named and ptoks[k + 1].text == ",":
                    continue  # "his challenger, Jordan Vale": the one named
                if _after_a_determiner(ptoks, k, a) and word_gender(ptoks[k])[0] != gender:
                    return False  # "a neighbor": someone else the pronoun may be
        return True

    def _role_subject_since(
        self, pi: int, tok: int, last: Event | None, gender: Gender
    ) -> int | None:
        """`The mayor, asked whether she had the votes, smiled. "Ask me Tuesday," she said`:
        where a sentence of the pronoun's paragraph, after the last speaker's cue and before
        the pronoun, opens with "The" and a noun for a kind of person as its subject (a verb or
        a comma after it), the token of that noun (the last such); else None. The pronoun is
        most likely that person, whoever spoke last. So too "His"/"Her" and a noun of kin
        (`Her daughter was blunter. Asked ..., she replied:`), when the relative it is
        (`_resolve_kin`) may be of the pronoun's gender and spoke before in the story, and the
        sentence tells of no deed done to them: not "Her husband stayed home" before "she",
        nor `Her daughter was diagnosed at four. "We didn't know," she said` (the mother
        speaks of her daughter)."""
        para = self.paras[pi]
        toks = para.tokens
        since = last.tok if last is not None and last.para == pi else -1
        found = None
        for lo, _ in para.sentences:
            k = lo + 1
            if lo <= since or k + 1 >= tok or para.quote_of[lo] != -1:
                continue
            kin = toks[lo].lower in ("his", "her") and toks[k].lower in KIN_NOUNS
            if not kin and (toks[lo].lower != "the" or not describes_person(toks[k])):
                continue
            after = k + 1
            while after < tok and toks[after].lower in AUX_ADVERBS:
                after += 1
            if toks[after].text != "," and not finite_verb(toks[after]):
                continue
            if kin and not self._relative_who_spoke(pi, lo, after, gender):
                continue
            found = k
        return found

    def _role_subject_before(self, pi: int, tok: int, gender: Gender) -> str | None:
        """`The mayor, who campaigned on housing, said rents had risen.` then a paragraph
        opening `"...," she said`: with no speaker in the pronoun's paragraph or the one
        before, and no one named before the pronoun in its own, the previous paragraph's last
        sentence opening with "The" and a noun for a kind of person as its subject
        (`_role_subject_since`) gives the one person that role is, when the pronoun fits them
        and the paragraph names no one after that sentence, nor someone unnamed as a subject
        (`The mayor spoke first. A neighbour disagreed.`)."""
        para = self.paras[pi]
        if any(m.i < tok and para.quote_of[m.i] == -1 for m in self.mentions[pi]):
            return None
        if self._unnamed_subject(pi, 0, tok):
            return None
        prev = self._previous(pi)
        if prev is None or self._unnamed_between((prev, -1), (pi, tok)):
            return None
        before = self.paras[prev]
        k = self._role_subject_since(prev, len(before.tokens), None, gender)
        if k is None:
            return None
        _, hi = before.sentence(k)
        if any(m.i >= hi and before.quote_of[m.i] == -1 for m in self.mentions[prev]):
            return None
        if self._unnamed_subject(prev, hi, len(before.tokens)):
            return None
        return self._role_subject_speaker(prev, k, gender)

    def _relative_who_spoke(self, pi: int, lo: int, after: int, gender: Gender) -> bool:
        """The sentence at `lo` of paragraph `pi` opens with "His"/"Her" and a noun of kin,
        its verb (or a comma) at `after`: the relative the story named so (`_resolve_kin`),
        of a gender the pronoun's `gender` does not contradict, spoke before this sentence,
        and the verb is no passive ("was diagnosed", "was born": something done to them)."""
        toks = self.paras[pi].tokens
        if word_gender(toks[lo + 1])[0] not in (None, gender):
            return False
        if toks[after].lower in BE_FORMS and after + 1 < len(toks) and finite_verb(toks[after + 1]):
            return False
        pid = self._resolve_kin(pi, lo, f"{toks[lo].lower} {toks[lo + 1].lower}")
        if pid is None or self._contradicts(pid, gender):
            return False
        return any(e.speaker == pid and (e.para, e.tok) < (pi, lo) for e in self.history)

    def _voice_subject_since(
        self, pi: int, tok: int, last: Event | None, gender: Gender
    ) -> str | None:
        """`"...," Justice Margaret Holloway wrote for the majority.` ... `In a footnote, the
        majority responded directly to the dissent. "...," she wrote`: where a sentence of the
        pronoun's paragraph, after the last speaker's cue and before the pronoun, has for
        subject "the <noun>" (opening it, or after an opening phrase and its comma, a finite
        verb after it) that one person the story named before wrote or spoke for ("wrote for
        the majority", "spoke for the family": a sentence whose one speaker that is), that
        person, when the story tells their gender and the pronoun fits it; else None (the
        rules after decide)."""
        para = self.paras[pi]
        toks = para.tokens
        since = last.tok if last is not None and last.para == pi else -1
        for lo, _ in para.sentences:
            if lo <= since or lo >= tok or para.quote_of[lo] != -1:
                continue
            k = lo
            if toks[lo].lower != "the":
                comma = next((x for x in range(lo, min(lo + 8, tok)) if toks[x].text == ","), None)
                if comma is None or toks[lo].lower not in _OPENING_PREPOSITIONS:
                    continue
                k = comma + 1
            if k + 2 >= tok or toks[k].lower != "the" or not finite_verb(toks[k + 2]):
                continue
            if toks[k + 1].is_cap:
                continue
            voices = self._voices_of(pi, lo, toks[k + 1].lower)
            if len(voices) == 1:
                (pid,) = voices
                return pid if self.gender.get(pid) == gender else None
        return None

    def _voices_of(self, pi: int, before: int, noun: str) -> set[str]:
        """Who the story, before token `before` of paragraph `pi`, says wrote or spoke for
        "the <noun>" (`X wrote for the majority`: the one speaker of that sentence)."""
        voices: set[str] = set()
        for p in range(pi + 1):
            para = self.paras[p]
            toks = para.tokens
            until = before if p == pi else len(toks)
            for v in range(until - 3):
                if (
                    toks[v].lower not in _VOICE_VERBS
                    or toks[v + 1].lower != "for"
                    or toks[v + 2].lower != "the"
                    or toks[v + 3].lower != noun
                    or toks[v + 3].is_cap  # "wrote for the Times": a name, no body it voices
                    or para.quote_of[v] != -1
                ):
                    continue
                s_lo, s_hi = para.sentence(v)
                speakers = {e.speaker for e in self._events_between(p, s_lo, s_hi)}
                if len(speakers) == 1:
                    voices |= speakers
        return voices

    def _role_subject_speaker(self, pi: int, k: int, gender: Gender) -> str | None:
        """The one person the role at token `k` ("the mayor") is, when a pronoun of `gender`
        may be them; else nobody (not the last speaker: the sentence was about someone else).
        "The captain, Renata Voss, declared": the name in apposition; "Her daughter": the one
        the story named as the daughter of the one "her" is (`_resolve_kin`)."""
        toks = self.paras[pi].tokens
        named = self.starting[pi].get(k + 2) if toks[k + 1].text == "," else None
        if named is not None and len(named.ids) == 1:
            pid: str | None = named.ids[0]
        elif toks[k - 1].lower in ("his", "her"):  # "Her daughter was blunter."
            pid = self._resolve_kin(pi, k - 1, f"{toks[k - 1].lower} {toks[k].lower}")
        else:
            pid = self._resolve_role(pi, k, toks[k].lower)
        return None if pid is None or self._contradicts(pid, gender) else pid

    def _subject_place(self, pi: int, i: int) -> bool:
        """A name at token `i` opens its sentence or a clause after a comma, or follows "and"
        after a name that does ("Marcus Bell and Teresa Okafor, who ..., came")."""
        para = self.paras[pi]
        toks = para.tokens
        lo, _ = para.sentence(i)
        if i == lo or toks[i - 1].text in ",;":
            return True
        if toks[i - 1].lower != "and" or i - 2 < lo or not toks[i - 2].is_cap:
            return False
        runs = [r for r in cap_sequences(toks[lo:i]) if r[1] == i - 1 - lo]
        return bool(runs) and (runs[0][0] == 0 or toks[lo + runs[0][0] - 1].text in ",;")

    def _decided_by_gender(
        self, point: tuple[int, int], pi: int, tok: int, gender: Gender
    ) -> str | None:
        """`Lindqvist said ... "...," he said` of Tomas and Elena Lindqvist: when the last
        cue before the pronoun (at `point`) has for subject a name several people share that
        the text did not decide, the pronoun is the one of them it may be, when the others are
        known to be the other gender and that one is known to fit, and nobody else who may be
        meant was named since; in the same or the previous paragraph."""
        if point[0] not in (pi, pi - 1):
            return None
        ids = self.ambiguous[point]
        fitting = [pid for pid in ids if not self._contradicts(pid, gender)]
        if len(fitting) != 1 or self.gender.get(fitting[0]) != gender:
            return None
        vetoed = frozenset(pid for pid in self.people if self._contradicts(pid, gender))
        event = Event(point[0], point[1], fitting[0])
        if self._others_between(event, pi, tok, vetoed | frozenset(ids), anywhere=True):
            return None
        return fitting[0]

    def _only_subject_before(self, pi: int, tok: int, gender: Gender, *, far: bool) -> str | None:
        """`_only_subject_in` the pronoun's paragraph, or when that names nobody before it and
        `far` (no speaker in this or the previous paragraph), in the previous paragraph
        ("Moreau, in her rebuttal, returned to the policy, which Lindqvist had taken out." then
        a paragraph opening `"...," she said`), unless someone the pronoun may be spoke in the
        paragraph before that (`"We won," Mayor Reed said.` / `Governor Hill arrived later.` /
        `"Not yet," he said.` is nobody's)."""
        para = self.paras[pi]
        if any(m.i < tok and para.quote_of[m.i] == -1 for m in self.mentions[pi]):
            if self._unnamed_between((pi, -1), (pi, tok)):
                return None  # "Lee toured the site. A spokeswoman said ... she said"
            return self._only_subject_in(pi, tok, gender)
        prev = self._previous(pi)
        if prev is None or not far or self._unnamed_between((prev, -1), (pi, tok)):
            return None
        if self._unnamed_subject(pi, 0, tok):
            return None
        pid = self._only_subject_in(prev, len(self.paras[prev].tokens), gender)
        spoke = {
            e.speaker
            for e in self.history
            if e.para == prev - 1
            and self.people[e.speaker].kind is SpeakerKind.PERSON
            and not self._contradicts(e.speaker, gender)
        }
        if spoke - {pid} and not self._spoke_before(pid, prev - 1):
            return None
        return pid

    def _spoke_before(self, pid: str | None, pi: int) -> bool:
        """`pid` spoke before paragraph `pi`: someone the story quoted, named again as the
        subject of a paragraph of their own (`Outside his barn, Wade Hollis pointed to the
        ridge.` then `"...," he said`) after another spoke, the one the words come back to."""
        return pid is not None and any(e.para < pi and e.speaker == pid for e in self.history)

    def _unnamed_between(self, after: tuple[int, int], before: tuple[int, int]) -> bool:
        """A speech cue whose subject the story does not name stands between two points."""
        return any(after < at < before for at in self.unnamed)

    def _only_subject_in(self, pi: int, tok: int, gender: Gender) -> str | None:
        """`Kowalski rejected that figure. "...," she said`, `For Foy, the debate is beside the
        point. "...," he said`, `Pruitt and Hale exchanged a glance. "...," he said`: the one
        person the paragraph names before the pronoun (outside quotations, people the pronoun
        cannot be set aside), when it names them as a clause subject or opens a sentence with
        them ("For Foy,"); when someone was set aside, only if that one is known to fit. Nobody
        when the paragraph names two who may be meant; an owner after the subject of its own
        sentence is not one of them (`Okafor, asked about Ortiz's remark, laughed. "...," she
        said`: Okafor's)."""
        para = self.paras[pi]
        toks = para.tokens
        named: set[str] = set()
        subjects: set[str] = set()
        subject_sentences: set[int] = set()  # sentences (their first token) with a subject
        # the subject of a relative clause after the name ("Kowalczyk deferred to Naomi Brandt,
        # who had joined the call. "...," she said"): only when known to fit
        relatives: set[str] = set()
        vetoed = False
        for m in self.mentions[pi]:
            if m.i >= tok:
                break
            if para.quote_of[m.i] != -1 or self._inside_who_clause(pi, m):
                continue
            lo, _ = para.sentence(m.i)
            if lo in subject_sentences and m.j < len(toks) and toks[m.j].kind == "poss":
                continue  # "Okafor, asked about Ortiz's remark, laughed": whose remark
            ids = m.ids
            if sum(not self._contradicts(pid, gender) for pid in ids) > 1:
                # "Declercq denied wrongdoing." of Mathis and Joris Declercq, before Joris
                # was named: the one of them named so far, when the pronoun may be either
                only = self._title_before(pi, m) or self._only_one_named_so_far(pi, m.i, ids)
                ids = (only,) if only is not None else ids
            elif len(ids) > 1:
                # "Whitlow's lawyer, Beatrice Kallas, ... what she called" before Nadia Whitlow
                # is named: Graham's lawyer, the one Whitlow the story has named at all
                known = [pid for pid in ids if self._named_on_own_before(pi, m.i, pid)]
                ids = (known[0],) if len(known) == 1 else ids
            people = [self.people[pid] for pid in ids]
            fitting = {
                p.id
                for p in people
                if p.kind is SpeakerKind.PERSON and not self._contradicts(p.id, gender)
            }
            vetoed = vetoed or any(self._contradicts(p.id, gender) for p in people)
            named |= fitting
            if len(fitting) == 1 and (self._is_subject(pi, m, lo) or self._topic(pi, m)):
                subjects |= fitting  # "For Foy," of Gerald and Marlene Foy, before "he said"
                subject_sentences.add(lo)
            elif len(fitting) == 1 and self._relative_who(para, m):
                relatives |= fitting
        if len(named) != 1 or named != subjects | relatives:
            return None
        (pid,) = named
        if (vetoed or pid not in subjects) and self.gender.get(pid) != gender:
            return None
        last = max(m.j for m in self.mentions[pi] if m.i < tok and pid in m.ids)
        return None if self._unnamed_subject(pi, last, tok) else pid

    def _inside_who_clause(self, pi: int, m: Mention) -> bool:
        """The mention stands inside a relative clause set off by commas after someone named
        (", who" and a verb: `_relative_who`), not as that clause's subject: "Hallorann" in
        `The saxophonist Joel Amadi, who toured with Hallorann in the 1970s, posted a
        photograph.` (then `"...," he wrote`: the one the clause is about, as with "toured with
        her", not whom he toured with)."""
        para = self.paras[pi]
        toks = para.tokens
        lo, hi = para.sentence(m.i)
        for first in self.mentions[pi]:
            if first.j + 2 >= m.i:
                return False
            if first.i < lo or para.quote_of[first.i] != -1 or not self._relative_who(para, first):
                continue
            inside = range(first.j + 2, m.i)
            if any(toks[x].text in ",;:" or para.quote_of[x] != -1 for x in inside):
                continue
            return any(
                toks[x].text == "," and para.quote_of[x] == -1
                for x in range(m.j, min(hi, m.j + 12))
            )
        return False

    @staticmethod
    def _relative_who(para: Para, m: Mention) -> bool:
        """The mention is followed by ", who" and a verb: the subject of that relative clause."""
        toks = para.tokens
        n = m.j + 2
        while n < len(toks) and toks[n].lower in AUX_ADVERBS:
            n += 1
        return (
            n < len(toks)
            and toks[m.j].text == ","
            and toks[m.j + 1].lower == "who"
            and para.quote_of[m.j + 1] == -1
            and finite_verb(toks[n])
        )

    def _unnamed_subject(self, pi: int, a: int, b: int) -> bool:
        """Someone the story does not name is a clause subject in tokens a..b-1 (outside
        quotations): "Her colleague agreed.", "A neighbor was less sure." (the pronoun after
        may be them); not the subject of a relative clause about someone named ("Dunning,
        whose father was the last keeper, watched": the father's is her description)."""
        para = self.paras[pi]
        toks = para.tokens
        for k in range(a, min(b, len(toks) - 1)):
            tok = toks[k]
            if para.quote_of[k] != -1 or not tok.is_word or tok.is_cap:
                continue
            if not (describes_person(tok) or role_head_at(toks, k) is not None):
                continue
            n = k + 1
            while n < b and toks[n].lower in AUX_ADVERBS:
                n += 1
            if n < b and finite_verb(toks[n]) and not whose_phrase(toks, a, k):
                return True
        return False

    def _topic(self, pi: int, m: Mention) -> bool:
        """A name opening its sentence after "For", "Like" or "To" and a comma: "For Foy,"."""
        toks = self.paras[pi].tokens
        lo, _ = self.paras[pi].sentence(m.i)
        return (
            m.i == lo + 1
            and toks[lo].lower in ("for", "like", "to")
            and m.j < len(toks)
            and toks[m.j].text == ","
        )

    def _only_fitting_speaker(
        self, events: Sequence[Event], pi: int, tok: int, gender: Gender
    ) -> str | None:
        """`"...," she said` after a man spoke: the one speaker among `events` whose gender the
        pronoun does not contradict, if there is exactly one and the story or the first name says
        it fits, and nobody but people the pronoun cannot be was named since it spoke."""
        fitting = {e.speaker for e in events if not self._contradicts(e.speaker, gender)}
        if len(fitting) != 1:
            return None
        (speaker,) = fitting
        if self.gender.get(speaker) != gender:
            return None
        event = next(e for e in reversed(events) if e.speaker == speaker)
        others = frozenset(pid for pid in self.people if self._contradicts(pid, gender))
        return None if self._others_between(event, pi, tok, others, anywhere=True) else speaker

    def _others_between(
        self,
        event: Event,
        pi: int,
        tok: int,
        ignore: frozenset[str] = frozenset(),
        *,
        anywhere: bool = False,
    ) -> bool:
        """Someone else became a clause subject between a speaker's cue and this point (people
        in `ignore` do not count); with `anywhere`, someone else was named there at all, but
        as an owner ("For Gloria Mendez, the waiting ..." before "she said": which "she" is
        meant is a guess)."""
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
                if len(m.ids) > 1 and self._only_one_named_so_far(p, m.i, m.ids) == event.speaker:
                    continue  # "Foy said" of Gerald Foy, a Foy named later: the speaker again
                if self.decided.get((p, m.j)) == event.speaker:
                    continue  # "the elder Castellano insisted": the speaker again
                if all(pid in ignore for pid in m.ids):
                    continue
                if m.j < len(para.tokens) and para.tokens[m.j].kind == "poss":
                    continue
                lo, _ = para.sentence(m.i)
                if anywhere and self._in_own_report(p, m, event.speaker):
                    continue  # "Vance said he had spoken with Kessler": Vance's words name him
                if anywhere or self._subject_slot(p, self._np_start(para, m.i, m.j), lo):
                    return True
        return False

    def _in_own_report(self, pi: int, m: Mention, speaker: str) -> bool:
        """The mention is no clause subject inside the reported clause of `speaker`'s own
        cue ("Vance said he had spoken with Kessler and would ask him to testify"): someone the
        speaker talks about, not someone the pronoun after may be; as a subject ("Vance said
        Kessler would testify") it may be meant, not as the subject's owner ("Marsh told
        reporters that Brook Lane's main stand had failed")."""
        para = self.paras[pi]
        toks = para.tokens
        at = toks[self._np_start(para, m.i, m.j)].start
        starts = [
            q.start
            for q in self.found.quotes
            if q.kind is QuoteKind.INDIRECT
            and q.speaker_id == speaker
            and q.paragraph == para.passage.paragraph
            and q.start <= at < q.end
        ]
        if starts and m.j < len(toks) and toks[m.j].kind == "poss":
            return True  # whose the subject is: "Vance said Kessler's lawyer would testify"
        if not starts or at in starts:
            return False  # outside, or opening it: "Park said Ward, 52, would testify"
        n = m.j
        while n < len(toks) and toks[n].lower in AUX_ADVERBS:
            n += 1
        return not (n < len(toks) and finite_verb(toks[n]))  # "said Ward would testify"

    def _resolve_role(
        self, pi: int, tok: int, phrase: str, *, an_object: bool = False
    ) -> str | None:
        """The one person "the <role>" at `tok` refers to, else None. `an_object`: the phrase
        is a verb's object ("X accused the mayor"), so its clause's subject, roleless or not,
        is someone else than the holder (`_roleless_subject_before` asks of a subject)."""
        words = tokenize(phrase)
        start = role_head_at(words, len(words) - 1)
        if start is None:
            return None
        head = " ".join(t.lower for t in words[start:])
        candidates = {pid for pid, heads in self.heads.items() if head in heads}
        genders = {g for g, plain in map(word_gender, words) if g is not None and plain}
        modifiers = [t.text for t in words[:start] if word_gender(t)[0] is None]
        if modifiers:  # "the Salvadoran president": the fuller role must fit too
            fuller = match_key(" ".join([*modifiers, *(t.text for t in words[start:])]))
            holders = candidates
            candidates = {
                pid
                for pid in candidates
                if any(
                    fuller in match_key(r)
                    or fuller in match_key(spelled_out(r))
                    or fuller in _POSSESSIVE.sub("", match_key(r))  # "the track's president"
                    for r in self.people[pid].roles
                )
            }
            if not candidates:
                candidates = self._counterparts(match_key(" ".join(modifiers)), holders)
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
                if len(ids) == 1 and p != pi and self._holders_in(p, candidates - ids):
                    # "Coach Price said .... Coach Hill said ...." then `"...," the coach
                    # said`: the one named last in the paragraph before is a guess
                    return None
                if len(ids) == 1:
                    return ids.pop()
                subjects = {m.ids[0] for m in named if self._is_subject(p, m, lo)}
                return subjects.pop() if len(subjects) == 1 else None
            if p == pi and not an_object and self._roleless_subject_before(pi, tok, candidates):
                return None  # before any holder farther back
        if not any(t.lower == "former" for t in words):  # far back, "the mayor" is a sitting one
            candidates = {pid for pid in candidates if not self._held_formerly(pid, head)}
        pid = self._only_holder_so_far(pi, tok, head, candidates)
        if pid is None and pi == 0:
            pid = self._named_after_the_lede(tok, head, candidates)
        return pid

    def _described_as_the_one_before(self, pi: int, ref: Ref) -> str | None:
        """`Walter Greaves said he planned to ... He said he had not decided ...` / `"...," the
        pharmacist said.`: "the" and a role the story gives no one, nor anyone unnamed before
        (no "a pharmacist", no "pharmacists"), in a paragraph naming no one before it, describes
        the one person the paragraph right before is all about: the only person it names
        outside quotations, a clause's subject there, its only speaker, given no role of their
        own (one with a role would be told by it), of no gender the role word denies."""
        para = self.paras[pi]
        tok = ref.start
        if para.tokens[tok].lower != "the" or pi == 0 or self._previous(pi) != pi - 1:
            return None
        role = tokenize(ref.word)
        start = role_head_at(role, len(role) - 1)
        if start != 0 or any(" ".join(t.lower for t in role) in h for h in self.heads.values()):
            return None  # "the local pharmacist", or a role someone holds
        if any(m.i < tok and para.quote_of[m.i] == -1 for m in self.mentions[pi]):
            return None
        prev = pi - 1
        last = role[-1].lower
        forms = {last, last + "s", last + "es", lemma_of(last)}
        for p in range(pi + 1):
            words = self.paras[p].tokens[: tok if p == pi else None]
            if any(t.lower in forms or lemma_of(t.lower) in forms for t in words):
                return None  # "a pharmacist who asked not to be named": someone else, maybe
        before = self.paras[prev]
        outside = [m for m in self.mentions[prev] if before.quote_of[m.i] == -1]
        ids = {pid for m in outside for pid in m.ids}
        if len(ids) != 1 or any(len(m.ids) != 1 for m in outside):
            return None
        (pid,) = ids
        person = self.people[pid]
        if person.kind is not SpeakerKind.PERSON or person.roles:
            return None
        if not any(self._is_subject(prev, m, before.sentence(m.i)[0]) for m in outside):
            return None
        voices = {self.quote_speaker.get((prev, qi)) for qi in range(len(before.quotes))}
        voices |= {e.speaker for e in self.history if e.para == prev}
        if voices - {pid}:
            return None
        for word in role:
            gender, plainly = word_gender(word)
            if gender is not None and plainly and self._contradicts(pid, gender):
                return None
        return pid

    def _holders_in(self, p: int, candidates: set[str]) -> bool:
        """Paragraph `p` names one of `candidates` on their own, outside quotations."""
        para = self.paras[p]
        return any(
            len(m.ids) == 1 and m.ids[0] in candidates and para.quote_of[m.i] == -1
            for m in self.mentions[p]
        )

    def _counterparts(self, modifiers: str, holders: set[str]) -> set[str]:
        """`Norwegian Foreign Minister Ingrid Haugen and her Icelandic counterpart, Gunnar
        Sigurdsson,` then "the Icelandic minister said": the person whose role is `modifiers`
        and "counterpart" (WordNet's synonym "opposite number" too), introduced in a sentence
        naming before them someone holding the role asked about (`holders`)."""
        found: set[str] = set()
        for pid, person in self.people.items():
            if not any(match_key(r) in _counterpart_roles(modifiers) for r in person.roles):
                continue
            for p, para in enumerate(self.paras):
                first = next((m for m in self.mentions[p] if m.ids == (pid,)), None)
                if first is None:
                    continue
                lo, _ = para.sentence(first.i)
                if any(
                    lo <= m.i < first.i and len(m.ids) == 1 and m.ids[0] in holders
                    for m in self.mentions[p]
                ):
                    found.add(pid)
                break
        return found

    def _roleless_subject_before(self, pi: int, tok: int, candidates: set[str]) -> bool:
        """The role's paragraph has for a clause subject before it someone the story gives no
        role at all: "Rick Dorsey admitted he had considered a field goal. "...," the coach
        said" is Dorsey's, whom the story never calls a coach, not the coach it named in the
        paragraph before or further back. Which of them is meant is a guess, so nobody."""
        para = self.paras[pi]
        for m in self.mentions[pi]:
            if m.i >= tok or para.quote_of[m.i] != -1 or len(m.ids) != 1:
                continue
            (pid,) = m.ids
            if pid in candidates or self.people[pid].roles:
                continue
            if self.people[pid].kind is SpeakerKind.PERSON and self._is_subject(
                pi, m, para.sentence(m.i)[0]
            ):
                return True
        return False

    def _named_after_the_lede(self, tok: int, head: str, candidates: set[str]) -> str | None:
        """`..., as the police chief said an inquiry would take "as long as it needs to take."`
        in a story's first paragraph, which names people by role before the story names them
        ("Police Chief Raymond Kessler" further down): the one person with that role the whole
        story names, when it names no one with it before the role and gives it to no one it
        does not name before that person's first mention."""
        first: dict[str, tuple[int, int]] = {}
        for p, para in enumerate(self.paras):
            for m in self.mentions[p]:
                if len(m.ids) == 1 and m.ids[0] in candidates and para.quote_of[m.i] == -1:
                    first.setdefault(m.ids[0], (p, m.i))
        if len(first) != 1:
            return None
        ((pid, at),) = first.items()
        if at < (0, tok) or self._unnamed_holder((0, tok), at, head):
            return None
        return pid

    def _owned_in_the_lede(self, tok: int, phrase: str) -> str | None:
        """`..., his lawyer said on Tuesday, calling the decision "..."` (or `a decision the
        team's coach called "..."`) in a story's first paragraph: the one person with that role
        the whole story names (as for "the police chief" there, `_named_after_the_lede`), when
        the story introduces them by the role with "the" set off before their name ("the
        lawyer, Petra Aalto,": the lawyer already told of). Nobody else: "his lawyer" may be
        someone else's than the lawyer named with an owner ("the city's lawyer, X,"), or one the
        story never names. When the story names several with the role, the one told of so is
        it when the very next paragraph tells it back, before any other holder is named (`The
        coach, Marcus Bellamy,` in the second paragraph; `Westerville North's coach, Denise
        Ahlberg,` further down is another team's); told back later, or beside another holder,
        which one is meant is a guess."""
        words = tokenize(phrase)
        start = role_head_at(words, len(words) - 1)
        if start is None or start != 0:
            return None  # a role alone after the possessive ("his lawyer", "her chief of staff")
        head = [t.lower for t in words]
        candidates = {pid for pid, heads in self.heads.items() if " ".join(head) in heads}
        first: dict[str, tuple[int, int]] = {}
        told: dict[str, bool] = {}
        for p, para in enumerate(self.paras):
            toks = para.tokens
            for m in self.mentions[p]:
                if len(m.ids) != 1 or m.ids[0] not in candidates or para.quote_of[m.i] != -1:
                    continue
                if m.ids[0] in first:
                    continue
                first[m.ids[0]] = (p, m.i)
                k = m.i - 2 - len(head)  # "the", the role's words, a comma, the name
                told[m.ids[0]] = (
                    k >= 0
                    and toks[m.i - 1].text == ","
                    and [t.lower for t in toks[k + 1 : m.i - 1]] == head
                    and toks[k].lower == "the"
                )
        if not first:
            return None
        pid, at = min(first.items(), key=lambda item: item[1])
        if not told[pid]:
            return None
        if len(first) > 1 and (
            sum(told.values()) > 1
            or at[0] != 1
            or any(where[0] <= 1 for other, where in first.items() if other != pid)
        ):
            return None  # told back past the next paragraph, or beside another holder: a guess
        if at < (0, tok) or self._unnamed_holder((0, tok), at, " ".join(head)):
            return None
        return pid

    def _held_formerly(self, pid: str, head: str) -> bool:
        """The story gives the person the role as one they held: "former mayor Ana Lima"."""
        return any(
            match_key(role).startswith("former ") and match_key(role).endswith(head)
            for role in self.people[pid].roles
        )

    def _only_holder_so_far(self, pi: int, tok: int, head: str, candidates: set[str]) -> str | None:
        """Farther back than the previous paragraph, "the owner" is the one person with that
        role the story has named before this point; nobody when it has named two (which one is
        meant is a guess however recently either was mentioned), or when someone it does not
        name took the role since ("a restaurant owner said ..." may be "the owner")."""
        last: dict[str, tuple[int, int]] = {}
        for p in range(pi + 1):
            para = self.paras[p]
            for m in self.mentions[p]:
                if p == pi and m.i >= tok:
                    continue
                if len(m.ids) == 1 and m.ids[0] in candidates and para.quote_of[m.i] == -1:
                    last[m.ids[0]] = max(last.get(m.ids[0], (p, m.j)), (p, m.j))
        if len(last) != 1:
            return None
        ((pid, since),) = last.items()
        return None if self._unnamed_holder(since, (pi, tok), head) else pid

    def _unnamed_holder(self, since: tuple[int, int], until: tuple[int, int], head: str) -> bool:
        """The story gives the role `head` to someone it does not name between two points:
        "a restaurant owner", "another owner", "one owner" (outside quotations)."""
        for p in range(since[0], until[0] + 1):
            para = self.paras[p]
            toks = para.tokens
            lo = since[1] if p == since[0] else 0
            hi = until[1] if p == until[0] else len(toks)
            for k in range(lo, hi):
                if para.quote_of[k] != -1:
                    continue
                start = role_head_at(toks, k)
                if start is None or " ".join(t.lower for t in toks[start : k + 1]) != head:
                    continue
                run = role_run_start(toks, start)
                if toks[run].lower not in INDEFINITES:
                    run -= 1
                if run >= 0 and toks[run].lower in INDEFINITES and not self._names(p, run, k):
                    return True
        return False

    def _names(self, p: int, i: int, j: int) -> bool:
        """The role phrase `tokens[i:j+1]` stands in apposition to a name: "Tomas Berg, 71, a
        retiree," or "a retiree, Tomas Berg,"."""
        toks = self.paras[p].tokens
        if j + 2 < len(toks) and toks[j + 1].text == "," and j + 2 in self.starting[p]:
            return True
        k = i - 1
        if k < 1 or toks[k].text != ",":
            return False
        if toks[k - 1].text.isdigit() and k >= 3 and toks[k - 2].text == ",":
            k -= 2  # an age between: "Tomas Berg, 71, a retiree"
        return k - 1 in self.ending[p]

    def _is_subject(self, pi: int, m: Mention, lo: int) -> bool:
        """A mention that is (part of) a clause subject: "Trump", "Trump and Bukele met"."""
        para = self.paras[pi]
        toks = para.tokens
        if m.j < len(toks) and toks[m.j].kind == "poss":
            return False
        start = self._np_start(para, m.i, m.j)
        if self._subject_slot(pi, start, lo):
            return True
        if (
            m.j < len(toks)
            and finite_verb(toks[m.j])
            and start > lo
            and not describes_person(toks[start - 1])
        ):
            # "the first time Elena Lindqvist has played": the subject of a clause of its own
            # (not "the woman Ed Pryce hired", whose subject is the woman)
            return True
        if self._inverted_subject(pi, start, lo):
            return True
        if start - 2 < lo or toks[start - 1].lower not in ("and", "or"):
            return False
        first = self.ending[pi].get(start - 2)
        if first is None:
            # "Coach Dana Price of Ellery High and Coach Mark Hill met": past the place the
            # first one is of
            k = start - 2
            while k > lo and toks[k].is_word and toks[k].is_cap and k not in self.ending[pi]:
                k -= 1
            if k < start - 2 and toks[k].lower in ("of", "from") and k - 1 >= lo:
                first = self.ending[pi].get(k - 1)
        return first is not None and self._is_subject(pi, first, lo)

    def _inverted_subject(self, pi: int, start: int, lo: int) -> bool:
        """`Among those on the sidewalk was Daniel Okafor, ...`, `Also at the meeting were X
        and Y`, `Among those waiting was X`: after a phrase of place opening the sentence and
        a form of "be", the name is the subject (the order inverted); no comma, name, pronoun
        or verb but a participle in the phrase before it ("In the hall he said the winner was
        X" has a subject of its own), but for a relative clause on a noun of the phrase
        ("Among those who left was X": "who" after a word in lower case, its verb)."""
        para = self.paras[pi]
        toks = para.tokens
        if start - 2 < lo or toks[start - 1].lower not in BE_FORMS:
            return False
        first = lo + 1 if toks[lo].lower == "also" else lo
        if toks[first].lower not in PREPOSITIONS or first >= start - 2:
            return False

        def relative(k: int) -> bool:  # "who" of "those who left", on a noun of the phrase
            return toks[k].lower == "who" and toks[k - 1].is_word and not toks[k - 1].is_cap

        return all(
            para.quote_of[k] == -1
            and toks[k].text not in ",;:—–"
            and k not in self.ending[pi]
            and (toks[k].lower not in _CLAUSE_WORDS or relative(k))
            and (
                not finite_verb(toks[k])
                or toks[k].lower.endswith(("ing", "ed"))
                or (toks[k - 1].lower == "who" and relative(k - 1))
            )
            for k in range(first + 1, start - 1)
        )

    def _continued_in_paragraph(self, pi: int, tok: int) -> str | None:
        earlier = self._events_between(pi, 0, tok)
        if not earlier or self._others_between(earlier[-1], pi, tok):
            return None
        return earlier[-1].speaker

    def _reported_at_end(self, pi: int) -> str | None:
        """The speaker whose reported speech ends paragraph `pi` (with no quotation in it):
        "Ortiz told reporters after the meeting that the town would recover." before a
        paragraph that is wholly a quotation with no cue (it goes on with what Ortiz said);
        None when anyone else is named after that cue."""
        para = self.paras[pi]
        last_lo, hi = para.sentences[-1]
        events = self._events_between(pi, last_lo, hi)
        if not events or self._unnamed_between((pi, events[-1].tok), (pi + 1, -1)):
            return None
        event = events[-1]
        end = para.tokens[hi - 1].end if para.tokens[hi - 1].text not in ".!?" else None
        end = end or para.tokens[hi - 2].end
        reported = any(
            q.kind is QuoteKind.INDIRECT
            and q.speaker_id == event.speaker
            and q.paragraph == para.passage.paragraph
            and q.end == end
            for q in self.found.quotes
        )
        if not reported or self._others_between(event, pi + 1, 0):
            return None
        if self._other_reported_subject(pi, event.tok, hi, event.speaker):
            return None  # "X read aloud from a letter he said Kemp wrote": maybe Kemp's words
        return event.speaker

    def _other_reported_subject(self, pi: int, a: int, b: int, speaker: str) -> bool:
        """Someone the story names other than `speaker` is the subject of a clause a speech
        verb reports, in tokens a..b-1 (`he said Kemp wrote to the marshal`, `said that Kemp
        had written`): the words of a paragraph after may be theirs."""
        para = self.paras[pi]
        toks = para.tokens
        lo, _ = para.sentence(a)
        for m in self.mentions[pi]:
            if not a <= m.i < b or para.quote_of[m.i] != -1 or speaker in m.ids:
                continue
            start = self._np_start(para, m.i, m.j)
            after_that = (
                start >= 2
                and toks[start - 1].lower == "that"
                and toks[start - 2].lower in SPEECH_VERBS
            )
            if not (after_that or self._reported_subject(pi, start, lo)):
                continue
            n = m.j
            while n < len(toks) and toks[n].lower in AUX_ADVERBS:
                n += 1
            if n < b and finite_verb(toks[n]):
                return True
        return False

    def _continued_from_previous(self, pi: int) -> str | None:
        prev = self._previous(pi)
        if prev is None:
            return None
        para = self.paras[prev]
        if not para.quotes:
            return self._reported_at_end(prev)
        qi = len(para.quotes) - 1
        q = para.quotes[qi]
        speaker = self.quote_speaker.get((prev, qi))
        if speaker is None:
            return None
        last_lo, _ = para.sentences[-1]
        if q.close_tok is not None and q.open_tok < last_lo:
            return None  # the paragraph went on after the quotation
        event = Event(prev, q.open_tok, speaker)
        return None if self._others_between(event, pi, 0) else speaker


# Writing or speaking for a body: "X wrote for the majority", "X spoke for the family"
_VOICE_VERBS = frozenset("wrote writes writing spoke speaks speaking".split())
# Open a phrase before a sentence's subject: "In a footnote, the majority responded"
_OPENING_PREPOSITIONS = frozenset("in at on during after before with".split())


# Who asks a question without a name: "a reporter", "another resident"
_UNNAMED_ASKERS = frozenset(("a", "an", "another"))


@lru_cache(maxsize=4096)
def _body_part(word: str) -> bool:
    """The most frequent noun sense of `word`'s lemma (else of `word` as written) is a part
    of the body (WordNet's noun.body): "head", "eyes", "hands"; not "voice" or "flag"."""
    wordnet = shared_wordnet()
    if wordnet is None:
        return False
    for form in dict.fromkeys((lemma_of(word), word)):
        sense = wordnet.first_noun_sense(form)
        if sense is not None:
            return sense[0] == _BODY_FILE
    return False


_BODY_FILE = 8  # WordNet's lexicographer file noun.body
# Words that give the phrase before "was X" a clause of its own (no inversion)
_CLAUSE_WORDS = frozenset("he she they it we i who which that whom whose".split())


def _counterpart_roles(modifiers: str) -> tuple[str, ...]:
    """ "icelandic counterpart", "icelandic opposite number": WordNet's words for a person
    holding the same role elsewhere, after the modifiers asked about."""
    return (f"{modifiers} counterpart", f"{modifiers} opposite number")


# "his father", "her mother": the parent's gender, for the ties seen from the child's side
_PARENTS: dict[str, Gender] = {"father": "male", "mother": "female"}
_CHILDREN = frozenset(("son", "daughter"))
_SIBLINGS: dict[str, Gender] = {"brother": "male", "sister": "female"}


def _kin_owner_at(toks: Sequence[Token], k: int) -> int:
    """The possessive owning a relative whose noun follows token `k`, past at most two
    describing words: "her late husband," and "his younger brother," as "her husband,"; `k`
    itself when no possessive stands there."""
    if toks[k].lower in ("his", "her", "their") or toks[k].kind == "poss":
        return k
    for owner in (k - 1, k - 2):
        if owner < 0 or not all(t.is_word and not t.is_cap for t in toks[owner + 1 : k + 1]):
            break
        if toks[owner].lower in ("his", "her", "their") or toks[owner].kind == "poss":
            return owner
    return k


def _relative_of(toks: Sequence[Token], i: int) -> bool:
    """The name at `i` comes after a noun for a kind of person and "of" ("the widower of
    Soo-ah Kim", "the son of X"): named as whose relative or what someone is, as "X's"."""
    if i < 2 or toks[i - 1].lower != "of":
        return False
    noun = toks[i - 2]
    return (
        noun.is_word
        and not noun.is_cap
        and (noun.lower in KIN_NOUNS | _WIDOWED or describes_person(noun))
    )


_WIDOWED = frozenset("widow widower".split())


def _past_opening_clause(para: Para, lo: int, hi: int) -> int:
    """Where the main clause of the sentence opening at `lo` starts, before `hi`: past a
    participle phrase or a clause of a subordinating conjunction opening it, up to its comma
    (`Asked whether she feared that ..., the librarian said`: "she feared" is no subject of
    the sentence); `lo` itself when it opens with neither."""
    toks = para.tokens
    first = toks[lo].lower
    opener = first in _SUBORDINATORS or (first.endswith("ed") and is_inflected_verb(first))
    if not opener or not toks[lo].is_word:
        return lo
    for k in range(lo + 1, hi):
        if toks[k].text == "," and para.quote_of[k] == -1:
            return k + 1
    return lo


# Nouns for several people at once, a pair or a family: "The couple said", "the two agreed"
_SEVERAL_NOUNS = frozenset("couple pair two family twins siblings".split())
# An owner's "'s" in a role, "the track's president" read as "the track president"
_POSSESSIVE = re.compile(r"(?<=\w)'s?(?= )")
# Open a clause that comes before the main one: "When the vote came, the chief said"
_SUBORDINATORS = frozenset(
    "when while as after before because although though since if once".split()
)


def _opens_with_quotation(para: Para) -> bool:
    return bool(para.quotes) and para.quotes[0].open_tok == 0


def _wholly_open_quotation(para: Para) -> bool:
    """The paragraph is one quotation left open at its end (news style: it goes on in the next)."""
    return (
        len(para.quotes) == 1 and para.quotes[0].open_tok == 0 and para.quotes[0].close_tok is None
    )


def _after_a_determiner(toks: Sequence[Token], k: int, lo: int) -> bool:
    """The word at `k` heads a noun phrase: a determiner right before it, or one word before
    that which is no verb ("a neighbor", "her elderly neighbor"; not "has accused")."""
    markers = NOUN_MARKERS | INDEFINITES
    if k - 1 >= lo and toks[k - 1].lower in markers:
        return True
    return k - 2 >= lo and toks[k - 2].lower in markers and not finite_verb(toks[k - 1])
