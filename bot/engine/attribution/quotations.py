"""Finding quotations and their speakers: a cue right after the quotation or before it in the
same sentence, or the speaker it continues; quoted titles are nobody's words."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache

from bot.engine.attribution.gender import word_gender
from bot.engine.attribution.paragraphs import (
    Event,
    Para,
    QuoteSpan,
    Ref,
    finite_verb,
    time_word,
    with_cue,
)
from bot.engine.attribution.reported import ReportedSpeech
from bot.engine.attribution.speakers import POSTING_VERBS, posts_after_quotation
from bot.engine.first_names import PRONOUN_GENDER, Gender, first_name_gender, is_first_name
from bot.engine.lexicon import shared_wordnet
from bot.engine.models import QuoteKind, SpeakerKind
from bot.engine.names import Token, cap_sequences, is_name_like, role_run_start
from bot.engine.occupations import describes_person, role_head_at
from bot.engine.people import Intro
from bot.engine.words import (
    ADDRESS_VERBS,
    AUX_ADVERBS,
    BE_FORMS,
    CLAUSE_PARTICIPLES,
    CLAUSE_VERBS,
    DOC_NOUNS,
    GOVERNING_PREPOSITIONS,
    INFINITIVES,
    KIN_NOUNS,
    LABEL_VERBS,
    NO_THAT_VERBS,
    NOUN_MARKERS,
    OBJECT_PRONOUNS,
    OBJECT_VERBS,
    PARTICIPLES,
    QUESTION_VERBS,
    REFUSAL_VERBS,
    SPEECH_VERBS,
    SUBJECT_PRONOUNS,
    WORK_NOUNS,
    all_lemmas,
    is_inflected_verb,
)


class QuotationFinder(ReportedSpeech):
    """Each quotation of a paragraph, its kind and its speaker."""

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
            found, ref = self._relative_after(pi, q)
        if not found:
            found, ref = self._before_cue(pi, q.open_tok)
        speaker = self._resolve(pi, q.open_tok, ref) if ref is not None else None
        cue = ref.cue if ref is not None else ""
        if found and ref is None:
            speaker, cue = _first_found(
                (lambda: self._message_saying(pi, q.open_tok), "X posted a message ... saying ..."),
                (lambda: self._message_passed_along(pi, q), PASSED_ALONG),
                (lambda: self._retold_by_teller(pi, q), 'X recalled what Y told her: "He said'),
            )
        relayed = ref is not None and ref.kind in ("relay", "relayed")
        source = self._document_words(pi, q.open_tok)
        if source is not None:
            # `She said she was persuaded by a study projecting that the ballpark would draw
            # "..."`: the study's words, quoted by the reporter; she still spoke, for a pronoun
            # after. Its owner's when the story names one ("a Pew study"), else nobody's
            owner = self._resolve(pi, q.open_tok, source) if source.kind != "relay" else None
            if owner != speaker:
                if speaker is not None and not relayed:
                    self._record(pi, q.open_tok, speaker)
                speaker, cue, found, relayed = owner, source.cue, True, owner is None
        if found and speaker is None and not relayed:
            self._unnamed_speaker(pi, q.open_tok)  # not "X recalled Y saying": X spoke
        if not found and kind is QuoteKind.DIRECT:
            speaker, cue = _first_found(
                (
                    lambda: self._continued_in_paragraph(pi, q.open_tok),
                    "continues the paragraph's speaker",
                ),
                (lambda: self._introduced_before(pi, q), "the sentence before: X addressed ..."),
                (
                    lambda: self._answered_before(pi, q),
                    "the sentence before: ... X answered at length.",
                ),
                (lambda: self._asked_before(pi, q), "the sentence before: Asked ..., X laughed."),
                (lambda: self._owned_after(pi, q), "the sentence after: That was the view of X"),
                (lambda: self._described_before_colon(pi, q), "X was blunt: ..."),
                (lambda: self._put_before_colon(pi, q), "X put it bluntly: ..."),
                (lambda: self._tone_before_colon(pi, q), "X struck a softer tone: ..."),
                (lambda: self._message_before_colon(pi, q), "X posted a message ...: ..."),
                (lambda: self._posted_before_colon(pi, q), "X posted on Instagram on Monday: ..."),
                (lambda: self._message_passed_along(pi, q), PASSED_ALONG),
            )
            if speaker is None and q.open_tok == 0 and q.close_tok in (None, len(para.tokens) - 1):
                # a paragraph that is one quotation and nothing else
                speaker, cue = _first_found(
                    (lambda: self._cued_before_colon(pi), "the paragraph before: X wrote:"),
                    (
                        lambda: self._continued_from_previous(pi),
                        "paragraph continues the previous speaker",
                    ),
                    (
                        lambda: self._talked_about_before(pi),
                        "the paragraph before: X ..., talking about ...",
                    ),
                    (
                        lambda: self._written_before(pi),
                        "the paragraph before: X set it out in a letter ...",
                    ),
                    (lambda: self._described_before(pi), "the paragraph before: X was blunt."),
                )
        if not found and speaker is None:
            speaker = self._captioned(pi, q)
            cue = 'X posted a photograph with the caption "..."' if speaker is not None else cue
        if found and speaker is not None and kind is QuoteKind.DIRECT:
            teller = self._retold_of_them(pi, qi, speaker)
            if teller is not None:
                speaker, cue = teller, "X relayed what Y told them: \"Y said, '...'\""
        self.quote_speaker[(pi, qi)] = speaker
        self.quote_cued[(pi, qi)] = found
        self.quote_index[(pi, qi)] = len(self.found.quotes)
        if not relayed:  # Y's words, relayed: X is the one who spoke, for a pronoun after
            self._record(pi, q.open_tok, speaker)
            if speaker is not None and found and q.close_tok is not None:
                self._record_relayer(pi, q.close_tok, speaker)
        self._emit(para, q.start, q.end, kind, speaker, cue)

    def _record_relayer(self, pi: int, close: int, speaker: str) -> None:
        """`"...," Brandt said in remarks relayed to reporters by Moravec.`: the one who passed
        the words on spoke to the reporters too, after the speaker (`relayers`): a pronoun
        after that the speaker cannot be ("...," she added) may be them. A person the story
        names right after "by", in the quotation's sentence after it, within four words of a
        verb of passing words on (outside quotations)."""
        para = self.paras[pi]
        toks = para.tokens
        _, hi = para.sentence(close)
        for k in range(close + 1, hi - 1):
            if para.quote_of[k] != -1:
                return
            if toks[k].lower != "by" or not any(
                toks[v].lower in _RELAYING for v in range(max(close + 1, k - 4), k)
            ):
                continue
            m = next((m for m in self.mentions[pi] if m.i == k + 1), None)
            if m is None or len(m.ids) != 1 or m.ids[0] == speaker:
                return
            if self.people[m.ids[0]].kind is SpeakerKind.PERSON:
                self.relayers.append(Event(pi, m.i, m.ids[0]))
            return

    def _document_words(self, pi: int, k: int) -> Ref | None:
        """The quotation at `k` stands in a clause that a document reports, the nearest clause
        before it in its sentence with no cue between: `a study projecting that the ballpark
        would draw "..."`, `a report found that "..."`, `the filing says that the county "..."`,
        `a poll showing that residents wanted it "..."`, `the study's conclusion that "..."`:
        the document's words, whoever reports the sentence. The document's owner when the story
        names one (`_document_subject`: "a Pew Research Center study"), else a `Ref` "relay"
        (nobody's). None when a cue comes nearer the quotation, when the clause has ended before
        it (`a study projecting that the branch would lose money was "deeply flawed"`: hers),
        or when the document is its reporter's own ("her letter warning that", "issued a
        statement saying that", "wrote in a letter that")."""
        para = self.paras[pi]
        toks = para.tokens
        lo, _ = para.sentence(k)
        for t in range(k - 1, lo + 1, -1):
            if para.quote_of[t] != -1:
                continue
            if self._verb_kind(para, t) is not None:
                return None  # a cue nearer the quotation: its own (`and she called it "..."`)
            if toks[t].lower != "that" or not self._clause_runs_on(para, t + 1, k):
                continue
            end = self._document_before_that(para, t, lo)
            if end is None:
                continue
            owner = self._document_subject(pi, end, lo)
            if owner is not None:
                return with_cue(owner, 'the document of X reports that "..."')
            return Ref("relay", t, t + 1, cue='a document reports that "..." (its words)')
        return None

    def _document_before_that(self, para: Para, t: int, lo: int) -> int | None:
        """The last token of a document's phrase whose verb or noun takes the clause opening
        with "that" at `t` ("a study projecting that", "the report found that", "the study's
        conclusion that"), when no one reporting it owns the document; else None."""
        toks = para.tokens
        x = t - 1
        while x > lo and (toks[x].lower in AUX_ADVERBS or toks[x].lower.endswith("ly")):
            x -= 1  # "showed clearly that"
        if x - 2 >= lo and toks[x - 1].kind == "poss" and toks[x - 2].lower in _SOURCE_NOUNS:
            end = x - 2  # "the study's conclusion that"
        else:
            verb = toks[x]
            if not verb.is_word or verb.is_cap or verb.lower in BE_FORMS:
                return None
            said = verb.lower in SPEECH_VERBS or verb.lower in PARTICIPLES
            if not (said or finite_verb(verb) or verb.lower.endswith("ing")):
                return None  # "found" is a verb of its own too: a speech verb here
            if toks[x - 1].lower == "to" or _omits(verb.lower):
                return None  # "the report ignored that", "the law means that": not its words
            end = x - 1
            while end > lo and toks[end].lower in AUX_ADVERBS:
                end -= 1
            if toks[end].lower in ("that", "which"):
                end -= 1  # "a study that projected that", "the report, which found that"
                if toks[end].text == ",":
                    end -= 1
        noun = next(
            (
                d
                for d in range(end, max(lo, end - 6) - 1, -1)
                if toks[d].lower in _SOURCE_NOUNS
                and (d == end or toks[d + 1].lower in _SOURCE_TAILS)
                and all(tok.is_word or tok.kind == "poss" for tok in toks[d : end + 1])
            ),
            None,
        )
        if noun is None:
            return None
        start = noun - 1
        while (
            start >= lo
            and (toks[start].kind == "poss" or toks[start].is_word)
            and (toks[start].lower not in NOUN_MARKERS and toks[start].lower not in _PRODUCING)
        ):
            if noun - start > 5:
                return None
            start -= 1
        if start >= lo and toks[start].lower in ("his", "her", "their", "my", "our", "your"):
            return None  # "her letter warning that": her own words
        if start >= lo and toks[start].lower in NOUN_MARKERS:
            start -= 1
        if start >= lo and toks[start].lower in _PRODUCING:
            return None  # "issued a statement saying that", "wrote in a letter that"
        return end

    @staticmethod
    def _clause_runs_on(para: Para, a: int, k: int) -> bool:
        """The clause opening at `a` has not ended before the quotation at `k`: one verb group
        in it outside quotations and relative clauses (`that the ballpark would draw "..."`),
        or more joined by "and", "or", "but" (not `that the branch would lose money was
        "..."`, where the main clause resumes)."""
        toks = para.tokens
        groups = 0
        relative = False
        prev: Token | None = None
        for n in range(a, k):
            tok = toks[n]
            if para.quote_of[n] != -1:
                prev = None
                continue
            if tok.lower in ("which", "who", "whom", "whose"):
                relative = True
            elif tok.text == "," and relative:
                relative = False
            verbish = tok.is_word and (
                tok.lower in BE_FORMS or tok.lower in _MODALS or finite_verb(tok)
            )
            if verbish and not relative:
                before = prev is not None and (
                    prev.lower in BE_FORMS or prev.lower in _MODALS or finite_verb(prev)
                )
                if not before:
                    groups += 1
                    joined = prev is not None and prev.lower in ("and", "or", "but", "that")
                    if groups > 1 and not joined:
                        return False
            if not (tok.is_word and tok.lower in AUX_ADVERBS - _MODALS):
                prev = tok
        return True

    def _nested_quotes(self, pi: int, qi: int) -> None:
        """`"They call it 'modernization,'" X said`, `"I found 'What the River Keeps' on a
        cart"`, `"He used to tell us, 'We're a family here,' every day"`: a quotation in single
        marks inside another is a quotation of its own: a title, a scare term (nobody's words),
        or words the speaker relays, whose speaker the cue inside the speaker's words gives
        (`_relayed_inside`). The outer quotation stays whole, the speaker's."""
        para = self.paras[pi]
        q = para.quotes[qi]
        outer = self.quote_speaker.get((pi, qi))
        nested = [
            *_NESTED_QUOTE.finditer(self.body, q.start, q.end),
            *_NESTED_FIGURE.finditer(self.body, q.start, q.end),
        ]
        for match in sorted(nested, key=lambda m: m.start()):
            speaker = self._relayed_inside(pi, qi, match.start(), outer)
            cue = "a cue inside the speaker's words: X told me, '...'"
            self._emit(para, match.start(1), match.end(1), QuoteKind.PARTIAL, speaker, cue)

    def _relayed_inside(self, pi: int, qi: int, mark: int, outer: str | None) -> str | None:
        """Whose the words in single marks at `mark` are, inside quotation `qi` of `outer`'s,
        when a cue right before them says: `I told him, '...'` is the speaker's own; a name the
        story knows (`Tyler said, '...'`, `Dale stood up and told them, '...'` of the one
        Dale, `Ray ... said` of the one Raymond: `_shortened_from`) is that person's; `she told
        me, '...'` (`he looked at me and said, '...'`) is the one person of that gender, other
        than the speaker, the paragraph names before it, by name, by a role ("When I asked the
        director ..., he told me") or as a named relative ("X said his sister called him. "She
        said, '...'""); `My father used to say, '...'` is the one the story named as the
        speaker's father (`_own_relative`). Anyone else (`My dad used to say` of a father never
        named, `they said`, two who fit, a scare term with no cue): nobody, since a guess could
        credit the words to the wrong person."""
        para = self.paras[pi]
        toks = para.tokens
        x = next((k for k in range(len(toks) - 1, -1, -1) if toks[k].end <= mark), -1)
        while x >= 0 and toks[x].text in ",:":
            x -= 1
        x = self._told_before_occasion(pi, qi, x)
        x = self._told_before_clause(pi, qi, x)
        x = _before_quoting_aside(para, qi, x)
        if x >= 0 and toks[x].lower in OBJECT_PRONOUNS:
            x -= 1  # "he told me"
        else:
            x = self._told_someone_named(pi, qi, x)  # "I told Whitney"
        if x < 1 or para.quote_of[x] != qi or not _speaking_verb(toks, x):
            return None
        s = x - 1
        if s >= 1 and toks[s].lower == "to" and toks[s - 1].lower == "used":
            s -= 2  # "He used to tell us"
        while s >= 0 and toks[s].lower in AUX_ADVERBS:
            s -= 1
        if s < 0 or para.quote_of[s] != qi:
            return None
        if toks[s].text == ",":
            s = self._apposed_name_end(para, qi, s)  # "My predecessor, Father X Y, told me"
        elif toks[s].lower == "and":
            s = _joined_predicate_subject(para, qi, s)  # "Dale stood up and told them"
            if s < 0:
                return None
        word = toks[s].lower
        if word == "i":
            return outer
        if word in ("he", "she"):
            meant = self._only_one_meant(pi, s, PRONOUN_GENDER[word], outer)
            if meant is None:
                self._name_opening_the_sentence(pi, qi, s, PRONOUN_GENDER[word])
            return meant
        if word in KIN_NOUNS and s >= 1 and toks[s - 1].lower == "my" and outer is not None:
            return self._own_relative(pi, s, outer)
        m = self.ending[pi].get(s)
        if m is not None and len(m.ids) == 1 and m.i >= 0 and para.quote_of[m.i] == qi:
            return m.ids[0]
        if m is None and toks[s].is_cap and (s < 1 or not toks[s - 1].is_cap):
            # "Walter used to say, '...'" after "her late husband, Walter Olsen,": the one
            # full name opening with that first name, named before (outside quotations)
            owners = self._first_names_of_people.get(toks[s].text) or self._shortened_from(
                toks[s].text
            )
            if len(owners) == 1 and self._named_so_far(pi, s, (owners[0],)):
                return owners[0]
        if (
            m is None
            and s >= 1
            and x < len(toks) - 1
            and toks[x + 1].lower in OBJECT_PRONOUNS
            and toks[s - 1].is_cap
            and toks[s].is_cap
            and para.quote_of[s - 1] == qi
            and is_first_name(toks[s - 1].text)
            and is_name_like(toks[s - 1 : s + 1])
            and (s < 2 or not toks[s - 2].is_cap or self._title_opening(para, qi, s - 2))
        ):
            # "The last thing Walter Hsu told me ...": a full name the story gives only inside
            # the quotation, made a person, as a cue's subject is (the second pass knows them);
            # a title before it is their role ("Father Aurélio Moura")
            name = self.body[toks[s - 1].start : toks[s].end]
            titled = s >= 2 and toks[s - 2].is_cap
            roles = [toks[s - 2].lower] if titled else []
            self.found.names.append(
                Intro(name, roles, SpeakerKind.PERSON, position=toks[s - 1].start)
            )
            return None
        if s >= 1 and toks[s - 1].lower == "the" and para.quote_of[s - 1] == qi:
            # "The captain said, '...'": the one person the story gives that role, if any
            return self._resolve_role(pi, s, word)
        return None

    def _shortened_from(self, name: str) -> list[str]:
        """`"Ray stood up and said, '...'"` of Raymond Castellano: a first name of three letters
        or more that no one in the story has, the short form of one person's first name (its
        opening letters); else no one (two people's, "Chris" of Christopher and Christine)."""
        if len(name) < 3 or not is_first_name(name):
            return []
        owners = [
            pid
            for first, pids in self._first_names_of_people.items()
            if len(first) > len(name) and first.startswith(name)
            for pid in pids
        ]
        return owners if len(owners) == 1 else []

    def _name_opening_the_sentence(self, pi: int, qi: int, s: int, gender: Gender) -> None:
        """`"Olaf Brekke was still coming up here back then, and he used to tell us, '...'"`:
        the pronoun at `s`, inside quotation `qi`, in a sentence opening with a full name the
        story gives only inside the quotation (a first name of the pronoun's gender and a
        surname, then a finite verb), no other name between: that name becomes a person
        (`Found.names`), so that the next pass credits the pronoun to them."""
        para = self.paras[pi]
        toks = para.tokens
        lo, _ = para.sentence(s)
        i = lo
        while i < s and not toks[i].is_word:
            i += 1
        j = i
        while j < s and toks[j].is_cap:
            j += 1
        if j - i != 2 or j >= s or any(para.quote_of[k] != qi for k in range(i, s)):
            return
        if not is_first_name(toks[i].text) or first_name_gender(toks[i].text) != gender:
            return
        if not finite_verb(toks[j]) or any(toks[k].is_cap for k in range(j, s)):
            return
        if any(m.i < s and m.j > i for m in self.mentions[pi]):
            return
        self.found.names.append(
            Intro(self.body[toks[i].start : toks[j - 1].end], [], position=toks[i].start)
        )

    def _own_relative(self, pi: int, s: int, outer: str) -> str | None:
        """`"My father used to say, '...'," Siobhan Tierney said` after "took over from her
        father, Frank Tierney": "my" and a noun of kin at token `s` inside `outer`'s words are
        the one person the story named before as `outer`'s relative so (`_relatives`), of the
        noun's gender; else nobody (`My dad used to say` of a father never named)."""
        noun = self.paras[pi].tokens[s]
        gender = word_gender(noun)[0]
        found = {
            pid
            for pid in self._relatives(pi, s - 1, noun.lower, outer)
            if pid != outer and (gender is None or not self._contradicts(pid, gender))
        }
        return found.pop() if len(found) == 1 else None

    @staticmethod
    def _apposed_name_end(para: Para, qi: int, c: int) -> int:
        """`My predecessor, Father Aurélio Moura, told me, '...'`: the comma at `c`, inside
        quotation `qi`, closes a name (up to four capitalised words) set off in apposition to a
        role phrase opening the sentence ("my", "our", "his", "her", "their" or "the" and up to
        three words in lower case): the name's last token, the subject; else `c`."""
        toks = para.tokens
        n = c - 1
        while n > c - 5 and n >= 1 and toks[n - 1].is_cap and para.quote_of[n - 1] == qi:
            n -= 1
        if n >= c or not toks[n].is_cap or n < 3 or toks[n - 1].text != ",":
            return c
        p = n - 2
        while p > n - 5 and p >= 0 and toks[p].is_word and not toks[p].is_cap:
            p -= 1
        if p < 0 or para.quote_of[p] != qi or p == n - 2:
            return c
        if toks[p].lower not in _APPOSED_OWNERS or not toks[p].is_word:
            return c
        if not (para.is_open_mark(p - 1) or toks[p - 1].text in ".?!"):
            return c
        return c - 1

    @staticmethod
    def _title_opening(para: Para, qi: int, t: int) -> bool:
        """Token `t`, capitalised inside quotation `qi` before a full name, is a title opening
        the name's phrase (a role's head or a kin noun used as one: "Father", "Sister", "Dr."),
        after a comma or the quotation's opening mark."""
        toks = para.tokens
        if para.quote_of[t] != qi or not (para.is_open_mark(t - 1) or toks[t - 1].text == ","):
            return False
        return toks[t].lower in KIN_NOUNS or role_head_at(toks, t) is not None

    def _told_before_occasion(self, pi: int, qi: int, x: int) -> int:
        """`June told me after church on Sunday, '...'`, `The last thing Walter Hsu told me
        before he retired was, '...'`: a phrase of time or occasion (opening with a word of
        `_OCCASION_OPENERS`, words only, no name the story knows, no verb of speech, no "that"),
        then perhaps "was", between "told me" (a verb of speech and an object pronoun) and the
        words in single marks ending at `x`: the object pronoun's token; else `x`."""
        para = self.paras[pi]
        toks = para.tokens
        end = x
        if end >= 0 and toks[end].lower == "was":
            end -= 1
        known = {k for m in self.mentions[pi] for k in range(m.i, m.j)}
        for o in range(end, max(-1, end - 8), -1):
            tok = toks[o]
            if para.quote_of[o] != qi or not tok.is_word or o in known:
                return x
            if tok.lower in ("that", "what") or tok.lower in SPEECH_VERBS:
                return x
            if o >= 2 and toks[o].lower in _OCCASION_OPENERS:
                pron = o - 1
                if toks[pron].lower in OBJECT_PRONOUNS and toks[pron - 1].lower in SPEECH_VERBS:
                    return pron
                if self._told_someone_named(pi, qi, pron) != pron:
                    return pron  # "I told Whitney before we took off, '...'"
        return x

    def _told_before_clause(self, pi: int, qi: int, x: int) -> int:
        """`he told me they would '...'`, `she said that it was '...'`: a reported clause of a
        subject pronoun and only auxiliaries (`_MODALS`, forms of "be", "not" and the like;
        perhaps "that" before it) between a verb of speech (and its object pronoun) and the
        words in single marks ending at `x`: the words are the teller's, as at the top level
        (`He told me they would "..."`); the object pronoun's or the verb's token; else `x`."""
        para = self.paras[pi]
        toks = para.tokens
        k = x
        while (
            k >= 0
            and para.quote_of[k] == qi
            and (
                toks[k].lower in _MODALS
                or toks[k].lower in BE_FORMS
                or toks[k].lower in AUX_ADVERBS
            )
        ):
            k -= 1
        if k == x or k < 2 or para.quote_of[k] != qi or toks[k].lower not in SUBJECT_PRONOUNS:
            return x
        k -= 1
        if toks[k].lower == "that":
            k -= 1
        if k < 1 or para.quote_of[k] != qi:
            return x
        if toks[k].lower in OBJECT_PRONOUNS and toks[k - 1].lower in SPEECH_VERBS:
            return k
        return k if toks[k].lower in SPEECH_VERBS else x

    def _told_someone_named(self, pi: int, qi: int, x: int) -> int:
        """`I told Whitney, '...'`: token `x` ends a name (capitalised words, inside quotation
        `qi`; who they are does not matter, the teller speaks) right after "told" or "tells":
        the verb's token (whose subject says the words); else `x`."""
        para = self.paras[pi]
        toks = para.tokens
        i = x
        while i >= 1 and toks[i - 1].is_cap and para.quote_of[i - 1] == qi and x - i < 2:
            i -= 1
        if i < 1 or not is_name_like(toks[i : x + 1]) or para.quote_of[x] != qi:
            return x
        if toks[i - 1].lower not in OBJECT_VERBS or para.quote_of[i - 1] != qi:
            return x
        return i - 1

    def _only_one_meant(self, pi: int, tok: int, gender: Gender, outer: str | None) -> str | None:
        """The one person of `gender` (as far as the story tells), other than `outer`, that
        paragraph `pi` names before token `tok`: by name, by a role the story gives one person
        ("the director"), or as a relative the story names ("his sister"); else None. When
        the paragraph refers to no one else before it at all (`_someone_else_before`), the
        one person the paragraph before names so, outside quotations, when the story tells
        that one's gender and it is `gender` (`Ibbotson said she had spoken to Scholes.` then
        `"I asked him directly ..., and he told me they would '...'," she said`): who the
        speaker's pronoun stands for, set up by the paragraph that leads into the words."""
        fitting = self._named_fitting(pi, tok, gender, outer, outside_only=False)
        if fitting:
            return fitting.pop() if len(fitting) == 1 else None
        if self._someone_else_before(pi, tok, outer):
            return None  # "her father used to run the kitchen. "He always said, '...'"": his
        prev = self._previous(pi)
        if prev is None:
            return None
        before = self._named_fitting(
            prev, len(self.paras[prev].tokens), gender, outer, outside_only=True
        )
        if len(before) != 1:
            return None
        (pid,) = before
        return pid if self.gender.get(pid) == gender else None

    def _someone_else_before(self, pi: int, tok: int, outer: str | None) -> bool:
        """Paragraph `pi` refers before token `tok` to someone other than `outer` the story
        may not name: a person it knows, or a noun for a person, a role or a relative ("her
        father", "a clerk", "the manager"), resolved or not."""
        para = self.paras[pi]
        toks = para.tokens
        if any(
            m.i < tok
            and any(pid != outer and self.people[pid].kind is SpeakerKind.PERSON for pid in m.ids)
            for m in self.mentions[pi]
        ):
            return True
        return any(
            describes_person(toks[k])
            or role_head_at(toks, k) is not None
            or (toks[k].lower in KIN_NOUNS and not toks[k].is_cap)
            for k in range(tok)
        )

    def _named_fitting(
        self, pi: int, tok: int, gender: Gender, outer: str | None, *, outside_only: bool
    ) -> set[str]:
        """Everyone paragraph `pi` names before token `tok` (`_only_one_meant`) whom a pronoun
        of `gender` may be, other than `outer` (a person: "he" is no company the words name);
        `outside_only`: names outside quotations only."""
        para = self.paras[pi]
        toks = para.tokens
        named = {
            m.ids[0]
            for m in self.mentions[pi]
            if m.i < tok and len(m.ids) == 1 and not (outside_only and para.quote_of[m.i] != -1)
        }
        heads = set().union(*self.heads.values()) if self.heads else set()
        for k in range(tok - 1):
            if outside_only and para.quote_of[k] != -1:
                continue
            word, noun = toks[k].lower, toks[k + 1].lower
            if word == "the" and noun in heads:
                named.add(self._resolve_role(pi, k + 1, noun) or "")
            elif word in ("his", "her") and noun in KIN_NOUNS and para.quote_of[k] == -1:
                named.add(self._resolve_kin(pi, k, f"{word} {noun}") or "")
        return {
            pid
            for pid in named - {"", outer}
            if self.people[pid].kind is SpeakerKind.PERSON and not self._contradicts(pid, gender)
        }

    def _sentence_before(self, pi: int, q: QuoteSpan) -> tuple[int, int] | None:
        """The token span of the sentence before the one quotation `q` opens, in its paragraph;
        None when `q` opens no sentence or opens the paragraph's first."""
        para = self.paras[pi]
        n = para.sentence_of[q.open_tok]
        if n == 0 or para.sentences[n][0] != q.open_tok:
            return None
        lo, hi = para.sentences[n - 1]
        return lo, hi

    def _their_mentions(self, pi: int, lo: int, hi: int, speaker: str) -> set[int]:
        """The tokens between `lo` and `hi` of paragraph `pi` that mention `speaker`, each with
        the rest of its noun phrase ("the mayor, Ana Ruiz"): a capitalised run outside them is
        someone else named in the sentence."""
        para = self.paras[pi]
        return {
            k
            for m in self.mentions[pi]
            if lo <= m.i < hi and m.ids == (speaker,)
            for k in range(self._np_start(para, m.i, m.j), m.j)
        }

    def _introduced_before(self, pi: int, q: QuoteSpan) -> str | None:
        """`Ruiz-Moreno turned to the cameras and addressed the council members directly. "We
        are not asking ..."`: a quotation opening a sentence with no cue of its own, right after
        a sentence of the same paragraph in which one person the story names speaks with no
        words of theirs given (`answered at length`, `addressed the crowd`, `spoke briefly`),
        is that person's; not after a question ("X asked Y": the answer may be Y's), nor when
        the sentence names anyone else or someone unnamed is a subject there."""
        para = self.paras[pi]
        toks = para.tokens
        before = self._sentence_before(pi, q)
        if before is None:
            return None
        lo, hi = before
        if any(para.quote_of[k] != -1 for k in range(lo, hi)) or self._unnamed_subject(pi, lo, hi):
            return None
        speakers: set[str | None] = set()
        for v in range(lo, hi):
            word = toks[v].lower
            if word not in SPEECH_VERBS and word not in ADDRESS_VERBS and not _reads_own(toks, v):
                continue
            if word in QUESTION_VERBS or not self._verbal(para, v) or toks[v].is_cap:
                return None
            ref = self._verb_subject(pi, v, "finite")
            speakers.add(self._resolve(pi, v, ref) if ref is not None else None)
        if len(speakers) != 1:
            return None
        (speaker,) = speakers
        if speaker is None:
            return None
        theirs = self._their_mentions(pi, lo, hi, speaker)
        for i, j in cap_sequences(toks):
            if (
                lo <= i < hi
                and not set(range(i, j)) <= theirs
                and (i, j) != (lo, lo + 1)
                and not all(map(time_word, toks[i:j]))
            ):
                return None  # "Hart spoke with Councillor Ben Ode": anyone else named
        return speaker

    def _talked_about_before(self, pi: int) -> str | None:
        """`In her closing statement, the mayor struck a personal note, talking about growing
        up in the Flats.` then a paragraph wholly a quotation with no cue: the words are the
        talk's, of the one person the previous paragraph's last sentence has talk or speak
        about something (`talking about`, `spoke of`: one such verb, no other verb of speech)
        or address an audience (`Denise Holt addressed about 200 workers.`) with no words
        given; its subject (a name, a pronoun, a role) resolved there, the
        participle's the subject of the clause before it. Not when that sentence holds a
        quotation, names anyone else, or has someone unnamed for a clause subject (`spoke to
        the families about the fire`: theirs may be the words), nor when someone else became
        a subject since."""
        # past a paragraph of the words running on into this one
        found = self._quoteless_last_sentence_before(pi, adjacent=False)
        if found is None:
            return None
        prev, lo, hi = found
        para = self.paras[prev]
        toks = para.tokens
        talks = [
            v
            for v in range(lo, hi - 1)
            if (
                toks[v].lower in SPEECH_VERBS
                or toks[v].lower in ADDRESS_VERBS
                or toks[v].lower in _TALKING
            )
            and not _noun_after_marker(toks, v)  # "In her closing remarks,": a noun
        ]
        if len(talks) != 1:
            return None
        (v,) = talks
        addressed = toks[v].lower in _ADDRESSING and toks[v + 1].is_word
        if not addressed and (
            toks[v].lower not in _TALKING or toks[v + 1].lower not in ("about", "of")
        ):
            return None
        if not self._verbal(para, v) or toks[v].is_cap:
            return None
        f = v
        if toks[v].lower.endswith("ing"):
            if toks[v - 1].text != ",":
                return None  # "was talking about": the verb's own subject, below
            f = next(
                (
                    x
                    for x in range(v - 2, lo, -1)
                    if finite_verb(toks[x])
                    and not toks[x].lower.endswith("ing")  # "In her closing remarks"
                    and self._verbal(para, x)
                ),
                v,
            )
            if f == v:
                return None
        # "talking about the fire with Ron Pike": anyone else named; "the Flats": a place
        return self._subject_alone_in_sentence(prev, f, pi, the_name_is_a_place=True)

    def _written_before(self, pi: int) -> str | None:
        """`Dufresne set out the reasoning in a letter sent to local businesses on Wednesday.`
        then a paragraph wholly a quotation with no cue: the words are the message's, of the
        one person the previous paragraph's last sentence has do something in a message
        ("in a letter", "in an email", "in her memo": `_MESSAGE_NOUNS`), that sentence's
        subject (a name, a pronoun, a role) resolved there. Not when the sentence holds a
        quotation, the message comes from someone else ("in a letter from the union"),
        anyone else is named in it, someone unnamed is a clause subject, or someone else
        became a subject since."""
        found = self._quoteless_last_sentence_before(pi, adjacent=True)
        if found is None:
            return None
        prev, lo, hi = found
        para = self.paras[prev]
        toks = para.tokens
        message = next(
            (
                x
                for x in range(lo + 2, hi)
                if toks[x].lower in _MESSAGE_NOUNS
                and toks[x - 1].lower in _MESSAGE_OWNERS
                and toks[x - 2].lower == "in"
            ),
            None,
        )
        if message is None or any(toks[x].lower == "from" for x in range(message, hi)):
            return None
        # the first verb: an inflected one, or the word right after a name ("Lund set out")
        after_names = {m.j for m in self.mentions[prev] if lo <= m.i < message}
        f = next(
            (
                x
                for x in range(lo, message)
                if para.quote_of[x] == -1
                and (
                    (finite_verb(toks[x]) and self._verbal(para, x))
                    or (x in after_names and toks[x].is_word and not toks[x].is_cap)
                )
            ),
            None,
        )
        if f is None:
            return None
        # "in a letter co-signed with Ada Brennan": anyone else named
        return self._subject_alone_in_sentence(prev, f, pi, the_name_is_a_place=False)

    def _cued_before_colon(self, pi: int) -> str | None:
        """`In a letter to the minister, he wrote:` (or `the mayor wrote:`, `Hale told
        reporters:`) ending the paragraph right before a paragraph wholly a quotation with no
        cue: the words the colon opens, across the paragraph break (and on through paragraphs
        of them left open), are the cue's subject's, as they would be in the cue's own
        paragraph. The last speech verb of the previous
        paragraph's last sentence (no quotation in it), with no other verb after it before
        the colon closing the paragraph; its subject (a name, a pronoun, a role) resolved
        there. Nobody when that subject is someone unnamed ("a reporter asked the mayor:")."""
        # past paragraphs of the same words running on into this one (`_previous`)
        found = self._quoteless_last_sentence_before(pi, adjacent=False)
        if found is None:
            return None
        prev, lo, hi = found
        para = self.paras[prev]
        toks = para.tokens
        colon = hi - 1
        if colon <= lo or toks[colon].text != ":" or colon != len(toks) - 1:
            return None
        v = next(
            (x for x in range(colon - 1, lo - 1, -1) if self._verb_kind(para, x) is not None),
            None,
        )
        if v is None or self._verb_kind(para, v) != "finite":
            return None
        if any(finite_verb(toks[x]) for x in range(v + 1, colon)):
            return None  # "she said the letter read:": another's words may follow
        ref = self._verb_subject(prev, v, "finite")
        return self._resolve(prev, v, ref) if ref is not None else None

    def _quoteless_last_sentence_before(
        self, pi: int, *, adjacent: bool
    ) -> tuple[int, int, int] | None:
        """The paragraph before `pi` (`_previous`: past a paragraph of words running on into
        `pi`, unless `adjacent` asks for the paragraph right before) and the token span of its
        last sentence, when that sentence holds no quotation: what a paragraph wholly a
        quotation with no cue may take its speaker from (`_talked_about_before`,
        `_written_before`)."""
        prev = self._previous(pi)
        if prev is None or (adjacent and prev != pi - 1):
            return None
        para = self.paras[prev]
        lo, hi = para.sentences[-1]
        if any(para.quote_of[x] != -1 for x in range(lo, hi)):
            return None
        return prev, lo, hi

    def _subject_alone_in_sentence(
        self, prev: int, f: int, pi: int, *, the_name_is_a_place: bool
    ) -> str | None:
        """The person the verb at `f` of paragraph `prev`'s last sentence has for its subject
        (a name, a pronoun or a role, resolved there), when the sentence gives no clause
        someone unnamed for a subject, names no one else (a capitalised run not theirs, past
        the sentence's first word, not of time; one after "the" a place when
        `the_name_is_a_place`), and no one else became a subject before paragraph `pi`: the
        one whose words a paragraph of quotation alone after it are (`_talked_about_before`,
        `_written_before`)."""
        para = self.paras[prev]
        toks = para.tokens
        lo, hi = para.sentences[-1]
        ref = self._subject_before(prev, f)
        if ref is None or ref.kind not in ("person", "pronoun", "role"):
            return None
        if self._unnamed_subject(prev, lo, ref.start) or self._unnamed_subject(prev, ref.end, hi):
            return None
        speaker = self._resolve(prev, f, ref)
        if speaker is None or self.people[speaker].kind is not SpeakerKind.PERSON:
            return None
        theirs = self._their_mentions(prev, lo, hi, speaker)
        for i, j in cap_sequences(toks):
            if (
                lo <= i < hi
                and not set(range(i, j)) <= theirs
                and (i, j) != (lo, lo + 1)
                and not (the_name_is_a_place and i > lo and toks[i - 1].lower == "the")
                and not all(map(time_word, toks[i:j]))
            ):
                return None
        if self._others_between(Event(prev, f, speaker), pi, 0):
            return None
        return speaker

    def _answered_before(self, pi: int, q: QuoteSpan) -> str | None:
        """`An audience member asked why ..., and the director answered at length. "..."`: a
        quotation opening a sentence with no cue of its own, right after a sentence of the same
        paragraph that ends on someone answering (`answered`, `replied`, `responded` and no
        verb, name or quotation after it), is the answer, the words of whom the story names
        as the one answering; whoever asked (`_introduced_before` stops at the question)."""
        para = self.paras[pi]
        toks = para.tokens
        before = self._sentence_before(pi, q)
        if before is None:
            return None
        lo, hi = before
        v = next((x for x in range(hi - 1, lo - 1, -1) if toks[x].lower in _ANSWER_VERBS), None)
        if v is None or not self._verbal(para, v):
            return None
        if any(
            para.quote_of[x] != -1 or toks[x].is_cap or (toks[x].is_word and finite_verb(toks[x]))
            for x in range(v + 1, hi)
        ):
            return None  # "replied that ...", "responded to Hale": more than the answering
        ref = self._verb_subject(pi, v, "finite")
        speaker = self._resolve(pi, v, ref) if ref is not None else None
        if speaker is None or self.people[speaker].kind is not SpeakerKind.PERSON:
            return None
        return speaker

    def _asked_before(self, pi: int, q: QuoteSpan) -> str | None:
        """`Asked whether they would sail again, Tom Reyes laughed. "..."`: a quotation opening
        a sentence with no cue of its own, right after a sentence of the same paragraph opening
        with "Asked" (a question put to the subject of its main clause), is the answer, the
        words of that subject, one person the story names right after the participle's comma
        (or "he"/"she" for one); not when the main clause names anyone else, speaks with a verb
        of its own (its rules decide) or holds a quotation."""
        para = self.paras[pi]
        toks = para.tokens
        before = self._sentence_before(pi, q)
        if before is None:
            return None
        lo, hi = before
        if toks[lo].text != "Asked" or any(para.quote_of[x] != -1 for x in range(lo, hi)):
            return None
        comma = next((x for x in range(lo + 1, hi) if toks[x].text == ","), None)
        if comma is None or comma + 2 >= hi:
            return None
        main = range(comma + 1, hi)
        if any(toks[x].lower in SPEECH_VERBS or toks[x].lower in ADDRESS_VERBS for x in main):
            return None
        m = next((m for m in self.mentions[pi] if m.i == comma + 1), None)
        if m is not None and len(m.ids) == 1:
            speaker: str | None = m.ids[0]
        elif toks[comma + 1].lower in ("he", "she"):
            speaker = self._resolve(
                pi, comma + 1, Ref("pronoun", comma + 1, comma + 2, word=toks[comma + 1].lower)
            )
        else:
            return None
        if speaker is None or self.people[speaker].kind is not SpeakerKind.PERSON:
            return None
        theirs = self._their_mentions(pi, comma + 1, hi, speaker)
        for i, j in cap_sequences(toks):
            if (
                comma < i < hi
                and not set(range(i, j)) <= theirs
                and not all(map(time_word, toks[i:j]))
            ):
                return None  # "Asked ..., Reyes turned to Dana Holt": anyone else named
        return speaker

    def _colon_opening(self, pi: int, q: QuoteSpan, *, least: int) -> int | None:
        """The token index of the colon right before quotation `q` (`... was blunt: "..."`),
        when there is one at `least` tokens into its paragraph or further (room for the clause
        each reader of a clause before a colon needs); else None."""
        colon = q.open_tok - 1
        if colon < least or self.paras[pi].tokens[colon].text != ":":
            return None
        return colon

    def _described_before_colon(self, pi: int, q: QuoteSpan) -> str | None:
        """`In a note to clients, she was more pointed: "..."`, `Hale was blunt: "..."`: a
        quotation after a colon closing a clause that only says how someone was
        (`_described_subject`) is the words of that clause's subject."""
        colon = self._colon_opening(pi, q, least=2)
        if colon is None:
            return None
        return self._described_subject(pi, colon, q.open_tok)

    def _described_before(self, pi: int) -> str | None:
        """`Asked about staggered start times, the superintendent was blunt.` closing the
        paragraph right before a paragraph wholly a quotation with no cue: the words are the
        subject's, as after the colon of `Hale was blunt: "..."` (`_described_subject`), and on
        through paragraphs of them left open; the paragraph before holding no quotation in
        that sentence."""
        found = self._quoteless_last_sentence_before(pi, adjacent=False)
        if found is None:
            return None
        prev, lo, hi = found
        stop = hi - 1
        if stop - lo < 3 or self.paras[prev].tokens[stop].text != ".":
            return None
        return self._described_subject(prev, stop, len(self.paras[prev].tokens))

    def _described_subject(self, pi: int, end: int, at: int) -> str | None:
        """The subject of a clause ending at `end` (a colon, a full stop) that only says how
        someone was (a form of "be" and up to three words in lower case, no name, no noun of
        speech, no passive: "she was told:"): a person the story names or a pronoun for one,
        resolved at `at`."""
        para = self.paras[pi]
        toks = para.tokens
        lo, _ = para.sentence(end)
        v = end - 1
        while v > lo and end - v <= 3 and toks[v].lower not in BE_FORMS:
            word = toks[v]
            if not word.is_word or word.is_cap or para.quote_of[v] != -1 or is_speech_noun(word):
                return None
            if is_inflected_verb(word.lower) and toks[v - 1].lower not in _DEGREE_WORDS:
                return None  # a passive, "she was told:", "he was asked why:": others' words
            if word.lower in ("not", "never", "no"):
                return None  # "Hale was not alone:": the words may be whoever joins him
            v -= 1
        if v <= lo or v == end - 1 or toks[v].lower not in BE_FORMS:
            return None
        ref = self._subject_before(pi, v)
        if ref is None or ref.kind not in ("person", "pronoun", "role"):
            return None
        speaker = self._resolve(pi, at, ref)
        if speaker is None or self.people[speaker].kind is not SpeakerKind.PERSON:
            return None
        return speaker

    def _put_before_colon(self, pi: int, q: QuoteSpan) -> str | None:
        """`Rachel Novak, who chairs the Faculty Senate, put it bluntly: "..."`, `Hale summed
        it up: "..."`: a quotation after a colon closing a clause of "put it" or "summed it
        up" (and up to three words in lower case, no name: "this way", "more simply") is the
        words of that clause's subject, a person's name (one the people reader missed is made
        a person, as a cue's subject is) or a pronoun for one."""
        colon = self._colon_opening(pi, q, least=3)
        if colon is None:
            return None
        para = self.paras[pi]
        toks = para.tokens
        lo, _ = para.sentence(colon)
        for it in range(colon - 1, max(lo, colon - 15), -1):
            word = toks[it]
            if not word.is_word or word.is_cap or para.quote_of[it] != -1:
                return None
            if word.lower != "it" or it - 1 <= lo:
                continue
            after = toks[it + 1].lower if it + 1 < colon else ""
            verb = toks[it - 1].lower
            if verb in _PUT and after != "up":
                if not _manner_of_putting(toks[it + 1 : colon]):
                    return None  # "put it on the agenda:": no way of saying
            elif verb in _SUMMED and after == "up":
                if not _manner_of_putting(toks[it + 2 : colon]):
                    return None
            else:
                return None
            ref = self._subject_before(pi, it - 1)
            if ref is None or ref.kind not in ("person", "pronoun", "name"):
                return None
            speaker = self._resolve(pi, q.open_tok, ref)  # a name not yet known: made one
            if speaker is None or self.people[speaker].kind is not SpeakerKind.PERSON:
                return None
            return speaker
        return None

    def _tone_before_colon(self, pi: int, q: QuoteSpan) -> str | None:
        """`Dennis Marsh struck a more measured tone on Instagram: "..."`, `Hale took a softer
        tone: "..."`, `She sounded a note of caution:`: a quotation after a colon closing a
        clause of "struck", "took" or "sounded" and "a"/"an", up to three words in lower case
        and "tone" or "note" (then, if any, "of" and one word, and "on" or "in" and up to three
        words saying where: "on social media"), no name the story knows and no quotation in
        them, is the words of that clause's subject, a person the story names or a pronoun for
        one (a name not yet known is made a person, as a cue's subject is)."""
        colon = self._colon_opening(pi, q, least=4)
        if colon is None:
            return None
        para = self.paras[pi]
        toks = para.tokens
        lo, _ = para.sentence(colon)
        noun = next(
            (x for x in range(colon - 1, max(lo, colon - 6), -1) if toks[x].lower in _TONES),
            None,
        )
        if noun is None or any(para.quote_of[x] != -1 for x in range(noun, colon)):
            return None
        tail = toks[noun + 1 : colon]
        if tail and tail[0].lower == "of":  # "a note of caution"
            if len(tail) < 2 or not tail[1].is_word or tail[1].is_cap:
                return None
            tail = tail[2:]
        if tail and (
            tail[0].lower not in ("on", "in")
            or len(tail) > 4
            or not all(t.is_word for t in tail)
            or any(x in self.ending[pi] for x in range(colon - len(tail), colon))
        ):
            return None  # "a tone Hale's lawyer set:", "struck a note in a letter to Y:"
        a = noun - 1
        while a > lo and noun - a <= 4 and toks[a].lower not in ("a", "an"):
            if not toks[a].is_word or toks[a].is_cap:
                return None
            a -= 1
        if toks[a].lower not in ("a", "an") or a - 1 <= lo or toks[a - 1].lower not in _STRUCK:
            return None
        ref = self._subject_before(pi, a - 1)
        if ref is None or ref.kind not in ("person", "pronoun", "name"):
            return None
        speaker = self._resolve(pi, q.open_tok, ref)
        if speaker is None or self.people[speaker].kind is not SpeakerKind.PERSON:
            return None
        return speaker

    def _message_before_colon(self, pi: int, q: QuoteSpan) -> str | None:
        """`Raman posted a message on X urging residents to act: "..."`, `Hale sent a letter to
        members: "..."`: a quotation after a colon closing a clause whose verb makes a message
        (`_SENDING`: posted, sent, wrote, tweeted ...) and whose object is a noun of speech
        (WordNet's first sense among communication) after "a", "an" or the subject's own
        "his"/"her": the words of that clause's subject, a person the story names or a pronoun
        for one. Not when, between the noun and the colon, a name the story knows, a "from",
        "of" or "by" right after the noun, a finite verb or a quotation stand (`sent a letter
        from her lawyer:`, `posted a message her son wrote:`): the message may be another's."""
        colon = self._colon_opening(pi, q, least=4)
        if colon is None:
            return None
        return self._message_sender(pi, colon, q.open_tok)

    def _posted_before_colon(self, pi: int, q: QuoteSpan) -> str | None:
        """`He posted on Instagram on Wednesday afternoon: "..."`, `Okafor later posted on the
        city's official Facebook page: "..."`: a quotation after a colon closing a clause of
        "posted" followed only by where and when ("on"/"to" and a place, words of time; no
        object, no "a", "an", "from", "by", "of", "with", "about" or "that", no other verb):
        the words of the clause's subject, a person the story names or a pronoun for one. A
        body's post so is nobody's (`The Department of Health posted on X on Monday: "..."`),
        as a body's statement with no cue of its own is."""
        colon = self._colon_opening(pi, q, least=3)
        if colon is None:
            return None
        para = self.paras[pi]
        toks = para.tokens
        lo, _ = para.sentence(colon)
        v = colon - 1
        while v > lo and toks[v].lower not in POSTING_VERBS:
            tok = toks[v]
            if para.quote_of[v] != -1 or not (tok.is_word or tok.kind == "poss"):
                return None
            if tok.lower in _NOT_WHERE:
                return None
            if finite_verb(tok) and not tok.is_cap and not time_word(tok):
                return None
            if colon - v > 10:
                return None
            v -= 1
        after = toks[v + 1]
        if v <= lo or v + 1 == colon or not (after.lower in ("on", "to") or time_word(after)):
            return None
        ref = self._subject_before(pi, v)
        if ref is None or ref.kind not in ("person", "pronoun"):
            return None
        speaker = self._resolve(pi, q.open_tok, ref)
        if speaker is None or self.people[speaker].kind is not SpeakerKind.PERSON:
            return None
        return speaker

    def _message_passed_along(self, pi: int, q: QuoteSpan) -> str | None:
        """`Corliss said Dunleavy had reviewed the file and had asked her to pass along a message
        to the family: "..."`: a quotation after a colon closing "asked"/"told" someone "to
        pass along" (pass on, hand on, relay, deliver, convey) "a"/"his"/"her" noun of speech
        (and "to" someone, if any): the words of whoever asked, the subject of "asked" or of
        the verb it is joined to by "and" (`_subject_before`), a person the story names or a
        pronoun for one; not the one asked to pass them on, nor the reporter."""
        colon = self._colon_opening(pi, q, least=8)
        if colon is None:
            return None
        para = self.paras[pi]
        toks = para.tokens
        lo, _ = para.sentence(colon)
        n = colon - 1
        if any(toks[x].lower == "to" for x in range(max(lo, n - 4), n)):
            n = next(x for x in range(n - 1, max(lo, n - 5), -1) if toks[x].lower == "to") - 1
        if n - 3 < lo or not is_speech_noun(toks[n]) or toks[n - 1].lower not in _OWNERS:
            return None
        v = n - 2
        if toks[v].lower in ("along", "on") and toks[v - 1].lower in ("pass", "hand"):
            v -= 1
        elif toks[v].lower not in _PASSING:
            return None
        if v - 3 < lo or toks[v - 1].lower != "to":
            return None
        ask = v - 3 if toks[v - 2].lower in OBJECT_PRONOUNS else None
        if ask is None or toks[ask].lower not in _ASKING:
            return None
        ref = self._subject_before(pi, ask)
        if ref is None:
            ref = self._joined_subject_of(pi, ask, lo)
        if ref is None or ref.kind not in ("person", "pronoun", "name"):
            return None  # a name the story knows as no one: a person for the next pass
        speaker = self._resolve(pi, q.open_tok, ref)
        if speaker is None or self.people[speaker].kind is not SpeakerKind.PERSON:
            return None
        return speaker

    def _joined_subject_of(self, pi: int, v: int, lo: int) -> Ref | None:
        """`X had reviewed the file, twice, and had asked`: the subject of the verb the one at
        `v` is joined to by "and" (the nearest finite verb before it, outside quotations, with
        a subject `_subject_before` reads), else None."""
        para = self.paras[pi]
        toks = para.tokens
        a = v - 1
        while a > lo and toks[a].lower in AUX_ADVERBS:
            a -= 1
        if toks[a].lower != "and":
            return None
        for x in range(a - 1, lo, -1):
            if para.quote_of[x] != -1:
                return None
            if finite_verb(toks[x]) and not toks[x].is_cap:
                return self._subject_before(pi, x) or self._named_after_role(pi, x, lo)
        return None

    def _named_after_role(self, pi: int, v: int, lo: int) -> Ref | None:
        """`the company's chief claims officer, Robert Dunleavy, had reviewed`: a name the
        story knows as one person between commas after a role, right before the verb `v`
        (past auxiliaries): that person, the subject."""
        para = self.paras[pi]
        toks = para.tokens
        j = v - 1
        while j > lo and toks[j].lower in AUX_ADVERBS:
            j -= 1
        if toks[j].text != ",":
            return None
        m = self.ending[pi].get(j - 1)
        if m is None:
            # a full name the story knows as no one yet: it becomes a person, for the next pass
            run = next((r for r in cap_sequences(toks[lo:j]) if r[1] == j - lo), None)
            if run is None:
                return None
            i = lo + run[0]
            if j - i < 2 or not is_name_like(toks[i:j]) or not is_first_name(toks[i].text):
                return None
            if i - 2 >= lo and toks[i - 1].text == "," and role_head_at(toks, i - 2) is not None:
                name = self.body[toks[i].start : toks[j - 1].end]
                self.found.names.append(Intro(name, [], position=toks[i].start))
            return None
        if len(m.ids) != 1 or m.i - 2 < lo:
            return None
        if toks[m.i - 1].text != "," or role_head_at(toks, m.i - 2) is None:
            return None
        return Ref("person", m.i, m.j, ids=m.ids, cue="the <role>, X,")

    def _message_saying(self, pi: int, k: int) -> str | None:
        """`Delacroix posted a message on his campaign's Facebook page saying the council had
        "..."`: the quotation at `k` in the clause of a participle of speech ("saying",
        "stating", with no other cue between) whose noun is a message its sender made
        (`_message_sender`, as before a colon): the sender's words."""
        para = self.paras[pi]
        toks = para.tokens
        lo, _ = para.sentence(k)
        for v in range(k - 1, lo + 3, -1):
            if para.quote_of[v] != -1:
                continue
            kind = self._verb_kind(para, v)
            if kind is None:
                continue
            if kind != "participle" or toks[v].lower not in CLAUSE_PARTICIPLES:
                return None
            if v + 1 < k and not self._clause_runs_on(para, v + 1, k):
                return None
            return self._message_sender(pi, v, k)
        return None

    def _message_sender(self, pi: int, end: int, k: int) -> str | None:
        """The subject of `_SENDING`'s verb before "a"/"an"/"his"/"her" and a noun of speech,
        scanning back from token `end` (a colon, a participle) over at most ten words; the
        quotation opens at `k` (`_message_before_colon`, `_message_saying`)."""
        para = self.paras[pi]
        toks = para.tokens
        lo, _ = para.sentence(end)
        known = {x for m in self.mentions[pi] for x in range(m.i, m.j)}
        for n in range(end - 1, max(lo + 1, end - 10), -1):
            tok = toks[n]
            if para.quote_of[n] != -1 or (n in known and tok.lower not in ("his", "her", "its")):
                return None
            if tok.kind == "poss" or tok.lower in ("his", "her", "its"):
                continue  # "on his campaign's Facebook page", "on its website"
            if not tok.is_word:
                return None
            if tok.lower.endswith("ing") and not tok.is_cap:
                continue  # "urging residents to act": the message's own clause
            prev = toks[n - 1]
            if not tok.is_cap and (prev.is_cap or prev.kind == "poss"):
                continue  # "his Facebook page", "his campaign's page": where it was put
            if prev.lower in ("his", "her", "its") and toks[n - 2].lower in ("on", "in", "to"):
                continue  # "on its website": where it was put
            if tok.is_cap or not is_speech_noun(tok):
                if finite_verb(tok) and not tok.is_cap and prev.lower not in _OWNERS:
                    return None
                continue
            if toks[n + 1].lower in ("from", "of", "by"):
                return None
            det = n - 2 if toks[n - 1].lower == "own" else n - 1  # "her own message"
            verb = det - 1
            owners = ("his", "her", "its") if det < n - 1 else ("a", "an", "his", "her", "its")
            captioned = toks[verb].lower == "with" and toks[det].lower in _OWNERS
            if captioned:
                # "posted a photograph ... with the caption:": the words put with what was sent
                sent = self._sent_with(pi, verb)
                if sent is None:
                    return None
                verb = sent
            elif toks[det].lower not in owners or toks[verb].lower not in _SENDING:
                return None
            ref = self._subject_before(pi, verb)
            if ref is None or ref.kind not in ("person", "pronoun", "name"):
                return None
            if ref.kind == "name" and not ref.org:
                return None  # a body the story has not yet made a speaker: made one below
            owner = self._own_possessive(ref, [t.lower for t in toks[verb + 1 : end]])
            speaker = owner or self._resolve(pi, k, ref)
            if speaker is None:
                return None
            # a body posts its update as it gives its statement ("its own", never "his"); a
            # body's caption is nobody's, as `_captioned` has it
            body = self.people[speaker].kind is SpeakerKind.ORGANIZATION
            if toks[det].lower in (("his", "her") if body else ("its",)) or (body and captioned):
                return None
            return speaker
        return None

    def _captioned(self, pi: int, q: QuoteSpan) -> str | None:
        """`Ng posted a photograph of the trucks with the caption "..."`, `she shared a video
        with the message "..."`: a quotation right after "with", a word opening a noun phrase
        and a noun of speech, whose "with" joins the object of a verb of sending (`_sent_with`,
        as before a colon): the words of that verb's subject, a person the story names or a
        pronoun for one. A body's caption so is nobody's, as a body's post is
        (`_posted_before_colon`)."""
        para = self.paras[pi]
        toks = para.tokens
        k = q.open_tok
        if k < 5 or toks[k - 3].lower != "with" or toks[k - 2].lower not in _OWNERS:
            return None
        if para.quote_of[k - 1] != -1 or not is_speech_noun(toks[k - 1]):
            return None
        verb = self._sent_with(pi, k - 3)
        ref = self._subject_before(pi, verb) if verb is not None else None
        if ref is None or ref.kind not in ("person", "pronoun"):
            return None
        speaker = self._resolve(pi, k, ref)
        if speaker is None or self.people[speaker].kind is not SpeakerKind.PERSON:
            return None
        return speaker

    def _sent_with(self, pi: int, w: int) -> int | None:
        """`Lacroix posted a photograph of his shop window on Instagram with the caption:`,
        `Hale sent the council a box of petitions, with a note:`: the verb of sending
        (`_SENDING`) whose object "with" at `w` follows, at most sixteen words back in its
        sentence, past no quotation, no name the story knows (but "his", "her", "its"), no
        other finite verb (`a photograph her son took, with the caption:`: his words, maybe)
        and no "by" (`a post by the council with the message:`); None when there is none."""
        para = self.paras[pi]
        toks = para.tokens
        lo, _ = para.sentence(w)
        known = {x for m in self.mentions[pi] for x in range(m.i, m.j)}
        start = w - 2 if w - 1 > lo and toks[w - 1].text == "," else w - 1
        for v in range(start, max(lo, w - 17), -1):
            tok = toks[v]
            if para.quote_of[v] != -1 or (v in known and tok.lower not in ("his", "her", "its")):
                return None
            if not (tok.is_word or tok.kind == "poss") or tok.lower == "by":
                return None
            if tok.lower in _SENDING:
                return v if v < w - 1 else None
            if _past_or_only_verb(tok) and toks[v - 1].lower not in _OWNERS:
                return None
        return None

    def _own_possessive(self, ref: Ref, words: Sequence[str]) -> str | None:
        """`Delacroix posted a message on his campaign's Facebook page` of Ray and Ana
        Delacroix: "his" or "her" in the sender's own clause, with no one else named there,
        is the sender's: of the people the shared name may be, the one it fits, when the
        others are known to be the other gender and that one is known to fit."""
        if ref.kind != "person" or len(ref.ids) < 2:
            return None
        genders = {PRONOUN_GENDER[w] for w in words if w in ("his", "her")}
        if len(genders) != 1:
            return None
        (gender,) = genders
        fitting = [pid for pid in ref.ids if not self._contradicts(pid, gender)]
        if len(fitting) != 1 or self.gender.get(fitting[0]) != gender:
            return None
        return fitting[0]

    def _owned_after(self, pi: int, q: QuoteSpan) -> str | None:
        """`"The court gave the city a path forward." That was the assessment of Nadia Farouk,
        a professor of water law`: a quotation standing as a sentence with no cue, and the next
        sentence saying whose words or view they were ("That was", "This is", "Those were" the
        <noun of speech or thought> of / from X): X, when the story knows X as one person."""
        para = self.paras[pi]
        toks = para.tokens
        if q.close_tok is None:
            return None
        n = para.sentence_of[q.close_tok]
        if para.sentences[n][0] != q.open_tok or n + 1 >= len(para.sentences):
            return None
        lo, hi = para.sentences[n + 1]
        if hi - lo < 5 or toks[lo].lower not in _POINTERS or toks[lo + 1].lower not in BE_FORMS:
            return None
        for x in range(lo + 2, min(lo + 6, hi - 2)):
            if not toks[x].is_word or para.quote_of[x] != -1:
                return None
            if toks[x + 1].lower in ("of", "from") and is_speech_noun(toks[x], thought=True):
                ref = self._np_after(pi, x + 2, cue="That was the <noun> of X")
                if ref is None or ref.kind != "person" or len(ref.ids) != 1:
                    return None
                return ref.ids[0]
        return None

    def _is_title(self, para: Para, q: QuoteSpan) -> bool:
        """`the film "Jaws"`, `a report titled "Lost Years"`, `a song called "Home"`; and a
        name some verb of naming gives a thing, every word capitalised: `she has dubbed the
        "Dry Ground Recovery Act"`, `dubbed the bill the "Fair Rent Act"`, `what he calls "the
        Rent Freeze Plan"`, `a bill known as the "Safe Patient Limits Act"` (a label in lower
        case, `called it "a disaster"`, is still words)."""
        k = q.open_tok - 1
        if k < 0 or para.quote_of[k] != -1:
            return False
        toks = para.tokens
        if self.body[q.start : q.start + 1].isupper():
            word = toks[k].lower
            if word in ("called", "named") and k > 0:
                word = toks[k - 1].lower
            if word in WORK_NOUNS or word in ("titled", "entitled"):
                return True
        if toks[k].lower == "the" and self._coined_after(para, k - 1):
            return True
        if not _title_cased(self.body[q.start : q.end]):
            return False
        if self._names_a_kind_of_thing(para, q) or self._apposed_to_a_thing(para, q):
            return True
        for v in range(k, max(-1, k - 5), -1):  # the verb, then at most an object and "the"
            if para.quote_of[v] != -1 or not toks[v].is_word:
                return False
            if toks[v].lower in _NAMING_VERBS:
                return True
            if toks[v].lower == "as" and _known_before(toks, v):
                return True  # 'legislation, known as the "Safe Patient Limits Act,"'
            if toks[v].lower == "as" and v > 0 and toks[v - 1].lower in _BILLING_PARTICIPLES:
                return True  # 'an event, billed as "One Last Lap for the Pool,"'
        return False

    def _names_a_kind_of_thing(self, para: Para, q: QuoteSpan) -> bool:
        """`the co-operative had sold out of its "Pure Llanfair" jars`, `the "Save Our Pool"
        campaign`, `a "Buy Local" sticker`: capitalised words in quotation marks (`_title_cased`)
        between a determiner or a possessive and a noun in lower case they qualify, nothing
        between the marks and either (no comma or stop inside the marks): the name of a thing
        of that kind, a brand, a slogan, nobody's words (`she said the plan was "Simply Not
        Good Enough"` still the speaker's: no noun after)."""
        k, close = q.open_tok - 1, q.close_tok
        toks = para.tokens
        if close is None or close + 1 >= len(toks) or para.quote_of[close + 1] != -1:
            return False
        if not (toks[k].lower in NOUN_MARKERS or toks[k].kind == "poss"):
            return False
        if not self.body[q.end - 1 : q.end].isalnum():
            return False
        noun = toks[close + 1]
        if not noun.is_word or noun.is_cap:
            return False
        forms = all_lemmas(noun.lower)
        return "NOUN" in forms and "AUX" not in forms

    def _apposed_to_a_thing(self, para: Para, q: QuoteSpan) -> bool:
        """`her mother's signature tune, "Low Tide Blues," on a piano`, `the estate's best
        wine, "Red Hollow."`: capitalised words in quotation marks (`_title_cased`) set off by
        commas right after a noun in lower case after a determiner or a possessive
        (`_noun_after_marker`): the name of the thing the noun is, nobody's words (`his
        answer, "Absolutely Not,"`, a noun of speech that is no kind of work, and `they shout,
        "Go Home,"`, still words)."""
        k, close = q.open_tok - 1, q.close_tok
        toks = para.tokens
        if close is None or k < 1 or toks[k].text != "," or para.quote_of[k - 1] != -1:
            return False
        noun = toks[k - 1]
        if not noun.is_word or noun.is_cap:
            return False
        if noun.lower not in WORK_NOUNS and is_speech_noun(noun, thought=True):
            return False
        forms = all_lemmas(noun.lower)
        if "NOUN" not in forms or "AUX" in forms or not _noun_after_marker(toks, k - 1):
            return False
        after = toks[close + 1].text if close + 1 < len(toks) else "."
        return toks[close - 1].text in (",", ".") or after in (",", ".", ";")

    @staticmethod
    def _coined_after(para: Para, k: int) -> bool:
        """Token `k` ends a verb that only gives a name, at most an object before it: `in what
        she has dubbed the "merry-go-round of Lab 3B"`, `nicknamed the bridge the "...`. The
        quotation after "the" is the name coined, in any case: nobody's words (`called it
        "a disaster"`, `dubbed the probe a "witch hunt"` are still labels, words)."""
        toks = para.tokens
        for v in range(k, max(-1, k - 3), -1):
            if para.quote_of[v] != -1 or not toks[v].is_word:
                return False
            if toks[v].lower in _COINING_VERBS:
                return True
        return False

    def _quote_kind(self, para: Para, q: QuoteSpan) -> QuoteKind:
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

    def _resumes_after_cue(self, para: Para, q: QuoteSpan) -> bool:
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

    def _after_cue(self, pi: int, q: QuoteSpan) -> Ref | None:
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
        sent = self._sent_by(pi, t)
        if sent is not None:
            return sent  # `"...," the email read` of "an email the chef sent her"
        # the quotation ended its sentence: a cue after it is its own only when it reports
        # nothing else (`"We won." Reed said.`, not `"...." Reed said he had ...`)
        ended = para.sentence_of[q.close_tok] != para.sentence_of[t]
        # `Asked by a reporter, "Do you support it?" Rao said: "..."`: the question put (one
        # sentence with the answer, after "?"), the cue after it introducing the answer
        asked = (
            not ended
            and self.body[q.start : q.end].rstrip().endswith("?")
            and _asked_opening(para, para.sentence(q.open_tok)[0], q.open_tok)
        )
        if toks[t].lower in SPEECH_VERBS:
            if ended and self._clause_start(pi, t) is not None:
                return None
            if _introduces_next(para, t) and (asked or (ended and self._cued_before(para, q))):
                return None  # `Y said, "...." said X, "..."`: the next quotation's cue
            return self._np_after(pi, t + 1, cue=f"{toks[t].text} X")
        if toks[t].lower == "according" and t + 1 < len(toks) and toks[t + 1].lower == "to":
            return self._np_after(pi, t + 2, cue="according to X")
        for v in range(t, min(t + 14, len(toks))):
            if para.quote_of[v] != -1 or toks[v].text in ".;?!":
                return None
            if (toks[v].lower in SPEECH_VERBS or posts_after_quotation(para, v)) and self._verbal(
                para, v
            ):
                if ended and self._clause_start(pi, v) is not None:
                    return None  # `"...." Whitaker said he had ...`: a sentence of its own
                if _introduces_next(para, v) and (asked or (ended and self._cued_before(para, q))):
                    # `Marsh said, "...." Harlan replied: "..."`: the next one's cue, when
                    # this one has its own (`"We lost." Harlan said, "And ..."` is his)
                    return None
                ref = self._subject_before(pi, v)
                if ref is not None and ref.start == t:
                    k = self._relay_participle(para, v)
                    if k is not None:  # "X recalled Y telling her"
                        return self._relayed(pi, v, k, self._resolve(pi, v, ref))
                    return with_cue(ref, f"X {toks[v].text}")
                return None
        return None

    def _cued_before(self, para: Para, q: QuoteSpan) -> bool:
        """The quotation follows a verb of speech or posting in its sentence: after a comma or
        colon (`Marsh said, "..."`, `Marsh posted on Facebook: "..."`) or inside the clause the
        verb reports (`Ruiz said a librarian, Tomas Kell, told her the shelves were "..."`)."""
        k = q.open_tok
        if k < 2:
            return False
        lo, _ = para.sentence(k)
        return any(
            para.quote_of[v] == -1 and self._verb_kind(para, v) == "finite" for v in range(lo, k)
        )

    def _sent_by(self, pi: int, t: int) -> Ref | None:
        """`"...," the email read.` after `She read aloud from an email she said the chef sent
        her`: "the" and a noun for a written message at token `t`, right after a quotation,
        then "read" or "said" and the sentence's end, are the words of the one person the
        story just told sent or wrote that message ("a letter X wrote", "an email the chef
        sent her": a noun after "a" or "an", then within eight words a verb of sending or
        writing whose subject is one person the story knows), in this paragraph before the
        quotation or the one before it (past a paragraph of the words running on into this
        one). `Ref` "relayed": the one who read them out still the one who spoke; None when
        the story told of no such sender there, or of several."""
        para = self.paras[pi]
        toks = para.tokens
        if t + 3 >= len(toks) + 1 or toks[t].lower != "the":
            return None
        noun = toks[t + 1].lower if t + 1 < len(toks) else ""
        if noun not in _MESSAGE_NOUNS or t + 2 >= len(toks) or toks[t + 2].lower not in _READ:
            return None
        if t + 3 < len(toks) and toks[t + 3].text not in ".!":
            return None  # "the letter said that ...": a report of its own
        senders: set[str] = set()
        prev = self._previous(pi)
        for p in (prev, pi):
            if p is None or (p == prev and p == pi):
                continue
            para_p = self.paras[p]
            ptoks = para_p.tokens
            until = t if p == pi else len(ptoks)
            for k in range(1, until):
                if ptoks[k].lower != noun or para_p.quote_of[k] != -1:
                    continue
                if ptoks[k - 1].lower not in ("a", "an"):
                    continue
                _, s_hi = para_p.sentence(k)
                for v in range(k + 1, min(k + 9, s_hi, until)):
                    if para_p.quote_of[v] != -1 or ptoks[v].lower not in _SENDING_VERBS:
                        continue
                    ref = self._subject_before(p, v)
                    if ref is None or ref.kind not in ("person", "role"):
                        break
                    who = self._resolve(p, v, ref)
                    if who is None or self.people[who].kind is not SpeakerKind.PERSON:
                        return None
                    senders.add(who)
                    break
        if len(senders) != 1:
            return None
        (who,) = senders
        return Ref("relayed", t, t + 2, ids=(who,), cue=f"the {noun} read (sent by X)")

    def _relay_participle(self, para: Para, v: int) -> int | None:
        """The participle after verb `v` of `X recalled Y telling her`, `X quoted Y as saying`,
        `X recalled a student once asking her`, or None: the words are Y's, not X's (an
        object, not only adverbs, before the participle: `X recalled once saying` is X's)."""
        toks = para.tokens
        limit = min(v + 7, len(toks))
        k = v
        while k + 1 < limit:
            k += 1
            if toks[k].text == "," and k > v + 1:
                e = k + 1  # "recalled his own father, Salvatore Castellano, telling him"
                while e < len(toks) and toks[e].is_cap and e - k <= 4:
                    e += 1
                if e < len(toks) and toks[e].text == "," and is_name_like(toks[k + 1 : e]):
                    k, limit = e, min(limit + e - k + 1, len(toks))
                    continue
            if not toks[k].is_word and toks[k].kind != "poss":
                return None
            if toks[k].lower in PARTICIPLES or _speech_participle(toks[k].lower):
                if k + 1 < len(toks) and finite_verb(toks[k + 1]):
                    return None  # "said the mortality finding was": a noun, the subject
                if _own_message_before(para, v, k):
                    return None  # "wrote in a post announcing the petition": hers
                if toks[k - 1].kind == "poss" or toks[k - 1].lower in NOUN_MARKERS:
                    return None  # "called the city's reading of the compact": a noun
                b = k - 1
                while b > v and (
                    toks[b].lower in AUX_ADVERBS
                    or toks[b].lower in ("not", "never")
                    or toks[b].lower.endswith("ly")
                ):
                    b -= 1
                be = toks[b].lower.replace("’", "'").removesuffix("n't")
                if b > v + 1 and be in BE_FORMS:
                    # "said younger clients were increasingly asking about ...", "said the
                    # town was not asking (wasn't asking) the bureau to ...": the verb of the
                    # reported clause, in its progressive form, no one's words relayed
                    return None
                if any(t.lower not in AUX_ADVERBS for t in toks[v + 1 : k]):
                    return k
                return None
        return None

    def _relayed(self, pi: int, v: int, k: int, teller: str | None) -> Ref:
        """Whose words `X recalled Y telling her, "..."` (verb `v`, participle `k`) are: Y's,
        when Y is a name the story knows (`She recalled Hollis telling her`) or a relative of
        X's it has named (`She recalled her grandmother telling her` after "her grandmother,
        Astrid Berg,"); else nobody's (`He recalled his father telling him`, a father never
        named; `a student once asking her`). `teller`: X, resolved."""
        para = self.paras[pi]
        toks = para.tokens
        cue = f"X {toks[v].text} Y {toks[k].text}"
        if toks[k - 1].text == ",":  # "his own father, Salvatore Castellano, telling him"
            m = self.ending[pi].get(k - 2)
            if m is not None and len(m.ids) == 1 and m.ids[0] != teller:
                return Ref("relayed", m.i, m.j, ids=m.ids, cue=f"{cue} (Y's words)")
            return Ref("relay", v, v + 1, cue=cue)
        words = [x for x in range(v + 1, k) if toks[x].lower not in AUX_ADVERBS]
        if not words or words != list(range(words[0], words[-1] + 1)):
            return Ref("relay", v, v + 1, cue=cue)
        i, j = words[0], words[-1] + 1
        m = self.starting[pi].get(i)
        if m is not None and m.j == j and len(m.ids) == 1 and m.ids[0] != teller:
            return Ref("relayed", i, j, ids=m.ids, cue=f"{cue} (Y's words)")
        if (
            teller is not None
            and j - i == 2
            and toks[i].lower in ("his", "her")
            and toks[i + 1].lower in KIN_NOUNS
        ):
            noun = toks[i + 1].lower
            ties = self._kin_ties(pi, i)
            kin = {pid for pid, tie, holder in ties if (tie, holder) == (noun, teller)}
            if len(kin) == 1:
                return Ref("relayed", i, j, ids=(kin.pop(),), cue=f"{cue} (Y's words)")
        return Ref("relay", v, v + 1, cue=cue)

    def _before_cue(self, pi: int, k: int) -> tuple[bool, Ref | None]:
        """The nearest speech cue before token `k` in its sentence, and its subject.

        Not a cue with no speaker for subject whose predicate another verb, coordinated after
        it, takes over before the quotation: `Hale told the council that the utility had found
        the problem ... and had acted "within ..."` (the utility found a problem; the words are
        Hale's, whose cue reports the clause), nobody's when no such cue comes before it."""
        para = self.paras[pi]
        toks = para.tokens
        lo, _ = para.sentence(k)
        passed = False  # a subjectless cue passed, a verb coordinated after it ("and acted")
        for v in range(k - 1, lo - 1, -1):
            if para.quote_of[v] != -1:
                continue
            if self._new_main_clause(pi, v, k):
                return False, None  # "..., and she rejected the city's claim of "new water""
            if toks[v].lower == "to" and v > lo and toks[v - 1].lower == "according":
                return True, self._np_after(pi, v + 1, cue="according to X")
            if toks[v].lower == "of" and [t.lower for t in toks[max(lo, v - 3) : v]] == [
                "in",
                "the",
                "words",
            ]:
                words_of = self._np_after(pi, v + 1, cue="in the words of X")
                if (
                    words_of is not None
                    and words_of.end in (k, k - 1)
                    and (words_of.end == k or toks[k - 1].text == ",")
                ):
                    return True, words_of  # `until, in the words of its mayor, "..."`
            worded = self._worded_in_report(pi, v, k, lo)
            if worded is not None:
                return True, worded
            kind = self._verb_kind(para, v)
            if kind is None:
                other = self._reported_message(pi, v, lo)
                if other is not None:  # "X said a dispatcher radioed him: "..."": not X's
                    return True, other
            if kind == "finite" and self._reduced_relative(para, v, k):
                continue  # 'the "overwhelming motive" prosecutors described was': not the cue
            if kind == "finite" and self._passive_after_object(para, v, k):
                continue  # "to the revolver found in the garage, and that ...": no cue
            if kind == "participle" and v > lo and self._own_subject(pi, v):
                g = next(
                    (x for x in range(v - 1, lo - 1, -1) if self._verb_kind(para, x) == "finite"),
                    None,
                )
                if g is not None and self._relay_participle(para, g) == v:
                    v = g  # "She recalled Hollis telling her, "..."": the relaying verb
                    kind = "finite"
            k_relay = self._relay_participle(para, v) if kind == "finite" else None
            if k_relay is not None:
                # the words are Y's; X still spoke, for a pronoun after ("...," she said)
                subject = self._verb_subject(pi, v, "finite")
                teller = self._resolve(pi, v, subject) if subject is not None else None
                self._record(pi, v, teller)
                return True, self._relayed(pi, v, k_relay, teller)
            if kind == "finite":
                told = self._told_in_reported_clause(pi, v, k)
                if told is not None:
                    reporting, other = told
                    subject = self._verb_subject(pi, reporting, "finite")
                    teller = self._resolve(pi, reporting, subject) if subject is not None else None
                    self._record(pi, reporting, teller)  # X still spoke, for a pronoun after
                    if other.kind == "role":
                        # the reporter is not the role's holder, whatever role they lack
                        pid = self._resolve_role(pi, other.start, other.word, an_object=True)
                        kind = "person" if pid is not None else "unknown"
                        ids = (pid,) if pid is not None else ()
                        other = Ref(kind, other.start, other.end, ids=ids, cue=other.cue)
                    return True, other
                words_of = self._words_of_another(pi, v, k)
                if words_of is not None:
                    subject = self._verb_subject(pi, v, "finite")
                    teller = self._resolve(pi, v, subject) if subject is not None else None
                    self._record(pi, v, teller)  # X still spoke, for a pronoun after
                    return True, words_of
            if kind == "infinitive" and self._ungoverned(pi, v):
                continue
            if kind == "infinitive" and toks[v - 2].lower in REFUSAL_VERBS:
                # `X refused to say "..."`, `X declined to say whether he would "..."`: what X
                # would not say is not X's words; X still spoke, for a pronoun after
                return True, Ref("relay", v - 2, v + 1, cue=f"X {toks[v - 2].text} to say")
            if kind is not None and v > lo and _unrealised(toks, v, lo):
                continue  # `X said the authority should have asked for money before "..."`
            if kind is not None:
                ref = self._verb_subject(pi, v, kind)
                if ref is None and not passed and self._coordinated_deed(para, v + 1, k):
                    passed = True
                    continue
                if ref is None and kind == "finite" and _idea_subject(toks, v, lo):
                    continue  # `X said the plan asked renters to pay for "..."`: X's words
                if ref is None and kind == "finite" and self._own_body_subject(pi, v, lo):
                    continue  # `X, the union's president, said the union had warned "..."`
                if passed and (ref is None or not self._reports_clause(para, v, ref)):
                    return True, None
                if ref is not None and ref.kind == "person" and ref.ids:
                    ref = self._relayed_in_report(pi, lo, ref)
                return True, with_cue(ref, f'X {toks[v].text} ... "..."') if ref else None
        return passed, None

    def _retold_by_teller(self, pi: int, q: QuoteSpan) -> str | None:
        """`She recalled what the rancher told her: "He said, '...' He was proud of it."`: a
        quotation opening with a cue of its own for words in single marks, "he" or "she" and a
        verb of speech, retells what someone else said: when the cue nearest before it gives
        no one (the one retold, unnamed), the words are the one person whose cue before it in
        the sentence names them (a verb of speech, its subject resolved)."""
        para = self.paras[pi]
        toks = para.tokens
        o = q.open_tok + 1
        if o + 2 >= len(toks) or toks[o].lower not in ("he", "she", "they"):
            return None
        c = o + 2 if toks[o + 2].lower in OBJECT_PRONOUNS else o + 1
        if toks[o + 1].lower not in SPEECH_VERBS or c + 2 >= len(toks):
            return None
        if toks[c + 1].text not in ",:" or toks[c + 2].text not in ("‘", "'"):
            return None
        lo, _ = para.sentence(q.open_tok)
        tellers = set()
        for x in range(lo, q.open_tok):
            if para.quote_of[x] != -1 or toks[x].lower not in SPEECH_VERBS:
                continue
            if self._verb_kind(para, x) != "finite":
                continue
            ref = self._verb_subject(pi, x, "finite")
            teller = self._resolve(pi, x, ref) if ref is not None else None
            if teller is not None:
                tellers.add(teller)
        if len(tellers) != 1:
            return None
        (teller,) = tellers
        return teller if self.people[teller].kind is SpeakerKind.PERSON else None

    def _retold_of_them(self, pi: int, qi: int, speaker: str) -> str | None:
        """`Ferreira relayed what his steward, Dale Munroe, had told the crew: "Dale stood up
        and told them, '...,' and that's about the size of it."`: a quotation whose cue gives
        `speaker`, opening with a sentence whose subject is `speaker`'s name (or first name)
        and whose verb of speech brings in words in single marks (`_relayed_inside`), tells of
        them: it is not their words but the words of the one who retells them, the one other
        person the sentence before gives for subject of a verb of speech or of retelling
        ("relayed", "recalled"). None when the quotation opens otherwise, or no one else or
        several are given."""
        para = self.paras[pi]
        toks = para.tokens
        q = para.quotes[qi]
        o = q.open_tok + 1
        m = self.starting[pi].get(o)
        first = self.people[speaker].name.split()[0]
        if m is not None and m.ids == (speaker,):
            s = m.j - 1
        elif o < len(toks) and toks[o].text == first:
            if self._first_names_of_people.get(first) != [speaker]:
                return None  # two Dales: which one the quotation names is a guess
            s = o  # "Dale" of Dale Munroe
        else:
            return None
        end = next(
            (
                x
                for x in range(s + 1, min(s + 14, len(toks)))
                if para.quote_of[x] != qi or not toks[x].is_word
            ),
            None,
        )
        if end is None or toks[end].text not in ",:" or end + 1 >= len(toks):
            return None
        if toks[end + 1].text not in ("‘", "'"):
            return None
        x = end - 1 if toks[end - 1].lower in OBJECT_PRONOUNS else end
        if not _speaking_verb(toks, x - 1):
            return None
        lo, _ = para.sentence(q.open_tok)
        tellers: set[str] = set()
        for v in range(lo, q.open_tok):
            if para.quote_of[v] != -1:
                continue
            said = toks[v].lower in SPEECH_VERBS and self._verb_kind(para, v) == "finite"
            if not (said or toks[v].lower in _RETELLING):
                continue
            ref = self._subject_before(pi, v)
            teller = self._resolve(pi, v, ref) if ref is not None else None
            if teller is not None and teller != speaker:
                tellers.add(teller)
        if len(tellers) != 1:
            return None
        (teller,) = tellers
        return teller if self.people[teller].kind is SpeakerKind.PERSON else None

    def _own_body_subject(self, pi: int, v: int, lo: int) -> bool:
        """`Denise Okafor, president of the local chapter of the union, said the union had
        warned the board "at every meeting"`: the verb at `v` has for subject "the" and a noun
        in lower case that a role of the one whose cue reports the clause holds (the nearest
        verb of speech before, its subject a person the story knows): the body they speak for,
        whose words they give as theirs."""
        para = self.paras[pi]
        toks = para.tokens
        n = v - 1
        while n > lo and toks[n].lower in AUX_ADVERBS:
            n -= 1
        noun = toks[n]
        if n - 1 < lo or toks[n - 1].lower != "the" or not noun.is_word or noun.is_cap:
            return False
        for x in range(n - 2, lo - 1, -1):
            if para.quote_of[x] != -1:
                return False
            if toks[x].lower not in SPEECH_VERBS or self._verb_kind(para, x) != "finite":
                continue
            ref = self._verb_subject(pi, x, "finite")
            speaker = self._resolve(pi, x, ref) if ref is not None else None
            if speaker is None or self.people[speaker].kind is not SpeakerKind.PERSON:
                return False
            return any(noun.lower in role.lower().split() for role in self.people[speaker].roles)
        return False

    def _worded_in_report(self, pi: int, v: int, k: int, lo: int) -> Ref | None:
        """`He said that his dispatcher, Rosa Lindgren, had summed up the mood among drivers:
        "..."`, `He said that, as his wife put it, "..."`: a verb of wording what follows
        (`_wording_verb`: "put it", "summed up ...") right before the quotation at `k`, with a
        subject of its own, inside a clause that an earlier cue of the sentence reports. The
        words are that subject's: `Ref` "relayed" when they are someone other than the
        reporter (who still spoke, for a pronoun after), the reporter's own when the subject is
        them ("and he put it bluntly:"), and nobody's when the subject is no one the story lets
        us tell ("as one driver put it,", a pronoun that may be either). None when `v` is no
        such verb or no cue comes before its subject (`X summed it up: "..."` alone: the
        colon's rule, `_put_before_colon`)."""
        para = self.paras[pi]
        toks = para.tokens
        if not self._wording_verb(para, v, k):
            return None
        g = v
        if v - 2 >= lo and toks[v - 1].lower == "to" and is_inflected_verb(toks[v - 2].lower):
            g = v - 2  # "as she likes to put it,": the subject of the governing verb
        subject = self._verb_subject(pi, g, "finite")
        if subject is None and toks[v].lower not in _PUT | _PHRASED | _SUMMED:
            return None  # "the signed letter:": maybe no verb with a subject; the cue before
        start = subject.start if subject is not None else g
        while start > lo and toks[start - 1].lower in AUX_ADVERBS:
            start -= 1
        found, outer = self._before_cue(pi, start)
        if not found or outer is None or outer.kind in ("relay", "relayed"):
            return None
        teller = self._resolve(pi, outer.start, outer)
        self._record(pi, outer.start, teller)  # the reporter spoke, for a pronoun after
        if teller is None:
            self._unnamed_speaker(pi, outer.end)  # "a spokeswoman said that ..."
        cue = f'X said ... Y {toks[v].text} ...: "..."'
        if subject is None or subject.kind not in ("person", "pronoun", "role", "kin", "elder"):
            return Ref("relay", v, v + 1, cue=cue)
        speaker = self._resolve(pi, v, subject)
        if speaker is None or self.people[speaker].kind is not SpeakerKind.PERSON:
            return Ref("relay", v, v + 1, cue=cue)
        if speaker == teller:
            return Ref("person", subject.start, subject.end, ids=(speaker,), cue=cue)
        return Ref("relayed", subject.start, subject.end, ids=(speaker,), cue=f"{cue} (Y's words)")

    @staticmethod
    def _wording_verb(para: Para, v: int, k: int) -> bool:
        """Token `v` is a verb saying how its subject worded the quotation at `k`, which comes
        after a colon or a comma: "put it" and up to three words of manner ("put it best",
        "put it this way"), or "summed up" / "summed it up" / "summarized" and an object of
        up to eight words, no verb among them ("summed up the mood among drivers:")."""
        toks = para.tokens
        word = toks[v].lower
        end = k - 1
        if end <= v or toks[end].text not in ":," or para.quote_of[end] != -1:
            return False
        if word in _PUT | _PHRASED:
            if v + 1 >= end or toks[v + 1].lower != "it":
                return False
            return _manner_of_putting(toks[v + 2 : end])
        if word in _SUMMED:
            n = v + 1
            if n < end and toks[n].lower == "it":
                n += 1
            if n >= end + 1 or toks[n].lower != "up":
                return False
            rest = toks[n + 1 : end]
        elif word in _SUMMARIZED or (
            not toks[v].is_cap
            and word not in SPEECH_VERBS | LABEL_VERBS
            and _communication_verb(word)
            and v + 1 < end
        ):
            rest = toks[v + 1 : end]  # "had texted the drivers:", "expressed the mood:"
        else:
            return False
        return len(rest) <= 8 and all(
            para.quote_of[x] == -1
            and (t.is_word or t.kind == "poss")
            and not (finite_verb(t) and not t.is_cap)
            for x, t in enumerate(rest, v + 1)
        )

    @staticmethod
    def _coordinated_deed(para: Para, a: int, b: int) -> bool:
        """Tokens a..b-1 hold, outside quotations, a verb of no speech after "and" or "but"
        (with auxiliaries between): `... had found the problem and had acted "..."`."""
        toks = para.tokens
        for v in range(a, b):
            tok = toks[v]
            if para.quote_of[v] != -1 or not tok.is_word or tok.is_cap:
                continue
            if tok.lower in SPEECH_VERBS or tok.lower in LABEL_VERBS or tok.lower in BE_FORMS:
                continue
            if not finite_verb(tok):
                continue
            n = v - 1
            while n > a and toks[n].lower in AUX_ADVERBS:
                n -= 1
            if toks[n].lower in ("and", "but"):
                return True
        return False

    @staticmethod
    def _reports_clause(para: Para, v: int, ref: Ref) -> bool:
        """The cue `v` is a speech verb taking a reported clause ("said", "told ... that"), of a
        speaker named or a pronoun: what it reports may hold another verb."""
        return para.tokens[v].lower in CLAUSE_VERBS and ref.kind in ("person", "pronoun")

    def _ungoverned(self, pi: int, v: int) -> bool:
        """The infinitive at `v` has no verb right before "to" to govern it ("interjected to
        claim") nor someone asked to speak ("urged him to say", "told Ruiz to call it"): "X
        said the company expected the deal to add to earnings "by ..."": no cue, so one before
        it may be the quotation's."""
        toks = self.paras[pi].tokens
        if v < 2:
            return False
        before = toks[v - 2]
        return (
            not is_inflected_verb(before.lower)
            and before.lower not in OBJECT_PRONOUNS
            and (v - 2) not in self.ending[pi]
        )

    def _reported_message(self, pi: int, v: int, lo: int) -> Ref | None:
        """`Kettle said a dispatcher radioed him before noon: "Go home"`: a verb no cue list
        knows whose most frequent sense WordNet files among communication ("radioed",
        "phoned", "signaled"), with a subject of its own opening the clause a speech verb
        reports: the words are that subject's (`Ref` "relayed" when the story names them;
        nobody's for "a dispatcher"), never the reporter's, who still counts as the one who
        spoke."""
        para = self.paras[pi]
        tok = para.tokens[v]
        if not tok.is_word or tok.is_cap or not _communication_verb(tok.lower):
            return None
        if not self._verbal(para, v):
            return None
        ref = self._subject_before(pi, v)
        if ref is None or not self._reported_subject(pi, ref.start, lo):
            return None
        cue = f"X {tok.text} (reported)"
        if ref.kind == "person" and ref.ids:
            return with_cue(self._relayed_in_report(pi, lo, ref), cue)
        return with_cue(ref, cue)

    def _relative_after(self, pi: int, q: QuoteSpan) -> tuple[bool, Ref | None]:
        """`the "clear plan" managers described was ...`: a quotation that is the object of a
        relative clause right after it with no "that" (a subject of up to three words, a verb
        of speech or labelling, a form of "be") is the words of that clause's subject, nobody
        when the story does not name them."""
        para = self.paras[pi]
        toks = para.tokens
        close = q.close_tok
        if close is None:
            return False, None
        for v in range(close + 2, min(close + 5, len(toks) - 1)):
            if para.quote_of[v] != -1 or not toks[v].is_word:
                return False, None
            if self._verb_kind(para, v) == "finite" and self._reduced_relative(para, v, len(toks)):
                ref = self._verb_subject(pi, v, "finite")
                if ref is not None and self._apposed_noun_between(para, close, ref.start):
                    # `requires notice "before any ... leaves," a provision he said was
                    # ignored`: the clause is about the noun renaming the words (a document's,
                    # a promise's), which he says was ignored; he did not say the words
                    return True, None
                return True, with_cue(ref, f'"..." X {toks[v].text} was') if ref else None
        return False, None

    @staticmethod
    def _apposed_noun_between(para: Para, close: int, start: int) -> bool:
        """Between the quotation closing at `close` (a comma ending its words, inside or
        outside the marks) and a relative clause's subject at `start`, a noun phrase of its
        own, an article and a noun (`"...," a provision he said`): the relative clause is that
        phrase's, not the quotation's (`the "clear plan" managers described`)."""
        toks = para.tokens
        k = close + 1
        if k < len(toks) and toks[k].text == ",":
            k += 1
        elif close < 1 or toks[close - 1].text != ",":
            return False
        return (
            k + 1 < start
            and toks[k].lower in ("a", "an", "the", "one")
            and all(t.is_word and not t.is_cap for t in toks[k + 1 : start])
        )

    @staticmethod
    def _reduced_relative(para: Para, v: int, k: int) -> bool:
        """The verb `v` closes a relative clause with no "that" and no object, a form of "be"
        right after it, before the quotation at `k`: `the "overwhelming motive" prosecutors
        described was a business dispute "of the sort every partnership has"`: the words
        after are the main clause's, not the relative clause's subject's."""
        n = v + 1
        return n < k and para.quote_of[n] == -1 and para.tokens[n].lower in BE_FORMS

    @staticmethod
    def _passive_after_object(para: Para, v: int, k: int) -> bool:
        """The verb `v` is a past participle closing a noun phrase that a preposition governs,
        a preposition right after it (`could not match the bullet to the revolver found in
        the garage`, `the stock described in the lease`): a passive, no cue of anyone's, for
        a quotation at `k` past a clause of its own ("that" or a finite verb between: `..., and
        that the motive was "..."`); the participle's own phrase (`described in the lease as
        "..."`) stays its cue, nobody's."""
        toks = para.tokens
        if v + 1 >= k or toks[v + 1].lower not in _PLACE_PREPOSITIONS or toks[v].lower[-1] == "s":
            return False
        d = v - 1
        while d > v - 4 and d > 0 and toks[d].is_word and not toks[d].is_cap:
            if toks[d].lower in NOUN_MARKERS:
                break
            if is_inflected_verb(toks[d].lower) or toks[d].lower in SUBJECT_PRONOUNS:
                return False  # "the city found in", "it found in": a subject, maybe
            d -= 1
        if d == v - 1 or toks[d].lower not in NOUN_MARKERS or d == 0:
            return False
        if toks[d - 1].lower not in GOVERNING_PREPOSITIONS or para.quote_of[d - 1] != -1:
            return False
        return any(
            para.quote_of[n] == -1 and (toks[n].lower == "that" or finite_verb(toks[n]))
            for n in range(v + 2, k)
        )

    def _relayed_in_report(self, pi: int, lo: int, ref: Ref) -> Ref:
        """`Donnelly recalled that his own father, ... named Walt Donnelly, used to tell him,
        "..."`, `Crane told the council that her late husband, Walter, used to say, "..."`: a
        cue whose subject (`ref`) stands inside what someone else in the sentence says or
        recalls gives words relayed (`Ref` "relayed": the subject's), and the one reporting
        them still counts as the one who spoke, for a pronoun after ("...," he said)."""
        para = self.paras[pi]
        toks = para.tokens
        earlier = self._events_between(pi, lo, ref.start)
        if earlier:
            if earlier[-1].speaker in ref.ids:
                return ref
            return Ref("relayed", ref.start, ref.end, ids=ref.ids, cue=ref.cue)
        for x in range(ref.start - 1, lo - 1, -1):
            if para.quote_of[x] != -1 or self._verb_kind(para, x) != "finite":
                continue
            if toks[x].lower not in SPEECH_VERBS:
                return ref  # "X called it ... and": a label, no report
            subject = self._verb_subject(pi, x, "finite")
            teller = self._resolve(pi, x, subject) if subject is not None else None
            if teller is None or teller in ref.ids:
                return ref
            self._record(pi, x, teller)
            return Ref("relayed", ref.start, ref.end, ids=ref.ids, cue=ref.cue)
        return ref

    def _told_in_reported_clause(self, pi: int, v: int, k: int) -> tuple[int, Ref] | None:
        """`She recalled that her husband used to stand at the window and tell her, "..."`,
        `She said that a neighbor would stop her and say, "..."`: a verb of speech in its base
        form ("tell", "say", after "and" or "to") right before the quotation at `k`, in a
        clause that a verb of speech reports ("recalled that") with a subject of its own (no
        pronoun) and a finite verb ("used", "would"): the words are that subject's, as
        `_subject_before` reads it ("her husband": the relative the story names; someone
        unnamed: nobody), not the reporting verb's subject's. Only when the cue `v` is the
        reporting verb or that verb of speech; the reporting verb and the subject, else None.
        A past form after "and" ("and told her,", "and told the senator,") goes on the clause
        only when its object is someone the clause met (`_object_met_in_clause`); then the
        clause may also follow the reporting verb with no "that" when it opens with a name
        the story knows (`Tran said Ibarra had spoken with Halvorsen and told the senator,`)."""
        para = self.paras[pi]
        toks = para.tokens
        lo, _ = para.sentence(k)
        x = k - 1
        while x > lo and toks[x].text in ",:":
            x -= 1
        the = None
        if x > lo and toks[x].lower in OBJECT_PRONOUNS:
            x -= 1  # "tell her"
        else:
            the = self._role_object_start(para, x, lo)
            if the is not None:
                x = the - 1  # "told the senator"
        coordinated = toks[x].lower in _TOLD and x > lo and toks[x - 1].lower == "and"
        if not (toks[x].lower in INFINITIVES or coordinated) or any(
            para.quote_of[n] != -1 for n in range(lo, x)
        ):
            return None  # "the mayor walked over ... and told her, "..."": the mayor's
        if the is not None and not coordinated:
            return None  # "to tell the senator": as before, only a pronoun after the base form
        that = next(
            (
                t
                for t in range(x - 3, lo, -1)
                if toks[t].lower == "that" and toks[t - 1].lower in SPEECH_VERBS
            ),
            None,
        )
        owned = False  # the clause opens with "his"/"her" and a role, no name the story knows
        if that is None and coordinated:
            # no "that": a verb of speech right before a name the story knows ("said Ibarra"),
            # or before "his"/"her" ("said his shift supervisor, Glenn Arbogast, pulled him
            # aside and told him,"), whose phrase must then read as one person the story knows
            that = next(
                (
                    t + 1
                    for t in range(x - 3, lo, -1)
                    if toks[t].lower in NO_THAT_VERBS
                    and (
                        (t + 1 in self.starting[pi] and toks[t + 1].is_cap)
                        or toks[t + 1].lower in ("his", "her")
                        or self._unknown_subject_at(pi, t + 1, x, lo)
                    )
                ),
                None,
            )
            owned = that is not None and toks[that].lower in ("his", "her")
            if that is not None:
                that -= 1  # the clause opens at `that + 1`, the name; the verb is `that`
                rep = that
            else:
                rep = None
        else:
            rep = that - 1 if that is not None else None
        if that is None or rep is None or v not in (rep, x):
            return None
        if toks[that + 1].lower in SUBJECT_PRONOUNS:
            return None  # "She recalled that she told him": the cue's subject, maybe
        verb = next(
            (n for n in range(that + 2, x) if finite_verb(toks[n]) and not toks[n].is_cap), None
        )
        if verb is None:
            return None
        if coordinated and not self._object_met_in_clause(pi, verb, x, k):
            # "X said that ... Kemp looked at the sprinklers and told her": X may have told
            # her; only when "her" is someone the clause met after its verb ("walked over to
            # the challenger's table and told her") does "told" go on that clause
            return None
        subject = self._subject_before(pi, verb)
        if subject is None and rep == that and self._unknown_subject_at(pi, that + 1, x, lo):
            subject = Ref("name", that + 1, verb, org=False)  # "said Dale Burke took him"
        if subject is None and rep == that - 1:
            subject = self._role_after_opener(para, that, verb)
        word = toks[that].text if rep == that - 1 else ""
        cue = f'X {toks[rep].text} {word + " " if word else ""}Y ... {toks[x].text}, "..."'
        if owned and (subject is None or subject.kind != "person" or len(subject.ids) != 1):
            return None
        if subject is not None and subject.kind != "pronoun":
            return rep, with_cue(subject, cue)
        if toks[verb - 1].lower in KIN_NOUNS or describes_person(toks[verb - 1]):
            return rep, Ref("unknown", that + 1, verb, cue=cue)  # "the woman would"
        return None

    def _unknown_subject_at(self, pi: int, i: int, x: int, lo: int) -> bool:
        """A name of two words or more the people reader did not find, its first a first
        name, at `i` and before `x`, followed by a finite verb: `Ortega said Dale Burke took
        him aside ...` (the clause's subject, read as a cue's subject is)."""
        toks = self.paras[pi].tokens
        e = i
        while e < x and toks[e].is_cap:
            e += 1
        return e < x and self._unknown_name_start(pi, e, lo) == i and finite_verb(toks[e])

    @staticmethod
    def _role_object_start(para: Para, x: int, lo: int) -> int | None:
        """`told the senator,`: where "the" opens a role or a noun for a person ending at `x`
        (at most three words, in lower case), else None."""
        toks = para.tokens
        head = role_head_at(toks, x)
        if head is None or toks[x].is_cap:
            return None
        start = role_run_start(toks, head)
        if start - 1 <= lo or toks[start - 1].lower != "the" or x - start > 2:
            return None
        return start - 1

    def _object_met_in_clause(self, pi: int, verb: int, x: int, k: int) -> bool:
        """The object of the verb of speech at `x` ("told her,", "told the senator,") is
        someone the clause of `verb` names after that verb, outside quotations, before "and":
        for a pronoun, a noun for a person ("the challenger's table") or a person the story
        names, of no gender the pronoun contradicts, or the same pronoun right after that verb
        ("pulled him aside and told him,"); for "the" and a role, a person named there whom
        the story gave that role."""
        para = self.paras[pi]
        toks = para.tokens
        end = k - 1
        while end > x and toks[end].text in ",:":
            end -= 1
        if self._role_object_start(para, end, x) == x + 1:
            heads = {" ".join(t.lower for t in toks[x + 2 : end + 1]), toks[end].lower}
            for n in range(verb + 1, x - 1):
                if para.quote_of[n] != -1:
                    return False
                m = self.starting[pi].get(n)
                if m is not None and len(m.ids) == 1 and self.heads[m.ids[0]] & heads:
                    return True
            return False
        obj = next((n for n in range(x + 1, k) if toks[n].lower in OBJECT_PRONOUNS), None)
        if obj is None or toks[obj].lower not in ("her", "him"):
            return False
        gender = PRONOUN_GENDER["she" if toks[obj].lower == "her" else "he"]
        for n in range(verb + 1, x - 1):
            if para.quote_of[n] != -1:
                return False
            m = self.starting[pi].get(n)
            if m is not None and len(m.ids) == 1:
                pid = m.ids[0]
                if self.people[pid].kind is SpeakerKind.PERSON and not self._contradicts(
                    pid, gender
                ):
                    return True
            elif describes_person(toks[n]) and not toks[n].is_cap:
                return True
            elif n == verb + 1 and toks[n].lower == toks[obj].lower:
                return True  # "pulled him aside ... and told him,": the verb's own object
        return False

    @staticmethod
    def _role_after_opener(para: Para, that: int, verb: int) -> Ref | None:
        """`X said that midway through the count the mayor walked over`: "the" and a role
        right before the reported clause's verb, after a short phrase in lower case opening
        the clause (no verb, no name, at most five words): that role, the clause's subject."""
        toks = para.tokens
        head = role_head_at(toks, verb - 1)
        if head is None:
            return None
        start = role_run_start(toks, head)
        if start - 1 <= that or toks[start - 1].lower != "the":
            return None
        opener = toks[that + 1 : start - 1]
        if len(opener) > 5 or not all(
            t.is_word and not t.is_cap and not finite_verb(t) for t in opener
        ):
            return None
        phrase = " ".join(t.text for t in toks[start:verb])
        return Ref("role", start - 1, verb, word=phrase, cue=f"role: {phrase}")

    def _words_of_another(self, pi: int, v: int, k: int) -> Ref | None:
        """`He recalled advice from his first boss, the late investor Martin Kaye: "..."`: a
        noun of speech (WordNet files its first sense among communication: "advice", "words",
        "warning") "from" or "of" a name right before the quotation at `k`, after the cue `v`:
        the words are that person's (`Ref` "relayed"), or nobody's when the story does not know
        them as a person."""
        para = self.paras[pi]
        toks = para.tokens
        for x in range(v + 1, k - 2):
            if para.quote_of[x] != -1:
                return None
            if toks[x + 1].lower not in ("from", "of") or not is_speech_noun(toks[x]):
                continue
            end = k
            while end > x and toks[end - 1].text in ":,—–":
                end -= 1
            m = self.ending[pi].get(end - 1)
            cue = f"X {toks[v].text} {toks[x].text} {toks[x + 1].text} Y"
            if m is not None and len(m.ids) == 1 and para.quote_of[m.i] == -1:
                return Ref("relayed", m.i, m.j, ids=m.ids, cue=f"{cue} (Y's words)")
            if end > x + 2 and toks[end - 1].is_cap:
                return Ref("relay", v, v + 1, cue=cue)
            return None
        return None

    def _new_main_clause(self, pi: int, v: int, k: int) -> bool:
        """Token `v` opens a main clause of its own after a comma and "and"/"but", with its own
        subject (a pronoun or a name) and a verb that reports no speech, before the quotation
        at `k`: `X called it "untenable," and she rejected the city's argument that its wells
        drew only "new water"`: the words the second verb governs are no longer the cue's."""
        para = self.paras[pi]
        toks = para.tokens
        if v < 3 or toks[v - 1].lower not in ("and", "but"):
            return False
        comma = v - 3 if para.is_close_mark(v - 2) else v - 2  # `"...," and she`
        if toks[comma].text != ",":
            return False
        if toks[v].lower in SUBJECT_PRONOUNS:
            n = v + 1
        else:
            m = self.starting[pi].get(v)
            if m is None:
                return False
            n = m.j
        while n < k and toks[n].lower in AUX_ADVERBS:
            n += 1
        return (
            n < k
            and finite_verb(toks[n])
            and toks[n].lower not in SPEECH_VERBS
            and toks[n].lower not in LABEL_VERBS
            and toks[n].lower not in ADDRESS_VERBS
        )


# A quotation in single marks inside a quotation: the opening mark after a space, a dash or the
# outer mark and before a letter (not "'90s", "Trump‘s"), the closing one before a space or
# punctuation (not the apostrophe of "We're"), at least two letters between ("rock 'n' roll"
# is none); the words without a comma closing them.
_NESTED_QUOTE = re.compile(
    r"(?:(?<=[\s“\"(—–-])|(?<=^))[‘']([^\W\d_][^‘’'\n]*?(?:[‘’'][^\W\d_][^‘’'\n]*?)*?[^\s,‘’']),?[’'](?=[\s.,;:!?)”\"—–-]|$)"
)
# So too a figure and a word or two in curly single marks ("People hear ‘38 percent’ and"),
# which an apostrophe of elision ("the ‘90s") never closes so
_NESTED_FIGURE = re.compile(
    r"(?<=[\s“\"(—–-])‘(\d[^\s‘’']*(?:\s[^\W\d_][^\s‘’']*){1,2}?),?’(?=[\s.,;:!?)”\"—–-]|$)"
)

# After a past participle, the prepositions of a passive's place, time or agent: "the revolver
# found in the garage", "the figures reported by the company"
_PLACE_PREPOSITIONS = frozenset("in at on by inside near under outside during from".split())
# Things whose words a story quotes, reporting what they find or say: "a study projecting that
# ...", "the filing says that ...", "the law requires that ..."
_SOURCE_NOUNS = DOC_NOUNS | frozenset(
    "studies reports surveys analyses audits letters memos filings reviews assessments"
    " investigations lawsuits complaints poll polls forecast forecasts projection projections law"
    " laws ordinance bill contract agreement ruling estimate estimates census data records"
    " document documents research regulation statute indictment affidavit motion petition"
    " transcript email memorandum guidelines results findings".split()
)
# After a document's noun, the words of its own phrase: "a letter from the state warning that"
_SOURCE_TAILS = frozenset("of on about from by into in for to".split())
# The words opening a role phrase a name inside the speaker's words is set off after
_APPOSED_OWNERS = frozenset("my our his her their the".split())
# Words opening a phrase of time or occasion after "told me" (`_told_before_occasion`)
_OCCASION_OPENERS = frozenset("after before on in at during when while once last".split())
# Verbs of making a message one sends (`_message_before_colon`)
_SENDING = frozenset("posted sent wrote tweeted emailed texted shared published issued".split())
# Words after a verb of posting that make the words another's or something else than its
# subject's post (`_posted_before_colon`)
_NOT_WHERE = frozenset("from by of with about that a an".split())
# Verbs of passing someone's words on (`_message_passed_along`), and of asking it done
_PASSING = frozenset("relay deliver convey".split())
_ASKING = frozenset("asked told wanted urged".split())
# Words that open a noun phrase, so that the word after them is no verb: "on his page"
_OWNERS = frozenset("a an the his her its their our my".split())
# Past forms of saying that, after "and", join a deed of the reported clause's subject
_TOLD = frozenset("told said asked".split())
# Words before a document that make it its reporter's own: "issued a statement saying that",
# "wrote in a letter that", "filed a lawsuit claiming that"
_PRODUCING = frozenset(
    "issued issues released releases wrote writes sent sends posted posts filed files published"
    " publishes signed signs submitted drafted authored penned emailed mailed tweeted delivered"
    " read reads put in through via".split()
)
# Verbs of leaving out, and "mean": what a document "ignored" or what it "means" (that the
# branch will be "a ghost town") is not what it says
_OMITTING = frozenset("ignore overlook disregard miss neglect omit forget dismiss mean".split())
_MODALS = frozenset("would will could can should may might must has have had does did do".split())
# Written messages someone sends, and what their words do: `"...," the email read`
_MESSAGE_NOUNS = frozenset("email e-mail letter note message text memo".split())
# Before a message "in" opens: "in a letter", "in her memo"
_MESSAGE_OWNERS = frozenset("a an his her their its".split())
_READ = frozenset("read reads said says".split())
# Verbs of sending or writing a message: "an email the chef sent her", "a letter X wrote"
_SENDING_VERBS = frozenset("sent wrote emailed texted mailed".split())
# Talking about something with no words given: "X ..., talking about growing up in the Flats."
_TALKING = frozenset("talking talked talks speaking spoke speaks".split())
# Speaking to an audience with no words given: "X addressed about 200 workers and their families."
_ADDRESSING = frozenset("addressed addresses".split())
# Verbs that say how someone worded what follows a colon: "X put it bluntly:", "X summed it up:"
_PUT = frozenset("put puts".split())
# "struck a more measured tone", "sounded a note of caution": a way of speaking, then its words
_STRUCK = frozenset("struck strikes took takes sounded sounds".split())
_TONES = frozenset("tone note".split())
_SUMMED = frozenset("summed sums".split())
_PHRASED = frozenset("phrased phrases framed frames".split())
_SUMMARIZED = frozenset("summarized summarizes summarised summarises".split())
# Words after "put it" that say how, besides adverbs in -ly: "put it this way", "put it best"
_MANNER_WORDS = frozenset("this that way another more most best well up".split())


def _manner_of_putting(rest: Sequence[Token]) -> bool:
    """The words between "put it" and the colon or comma before a quotation say how it was
    put: up to three words of manner ("bluntly", "this way", "best"), or a longer phrase in
    lower case with no verb and no clause word that puts it to someone ("to him", "to me")
    or holds a word of manner, with phrases of when and where ("to him more bluntly on the
    morning of the vote", "more simply at the meeting"); not "put it on the agenda" (no
    way of saying)."""
    if not all(t.is_word and not t.is_cap for t in rest):
        return False
    manner = [t.lower.endswith("ly") or t.lower in _MANNER_WORDS - {"up"} for t in rest]
    if len(rest) <= 3:
        return all(manner)
    told = rest[0].lower == "to" and rest[1].lower in OBJECT_PRONOUNS
    return (
        len(rest) <= 12
        and (told or any(manner))
        and not any(
            t.lower in _CLAUSE_WORDS
            or (finite_verb(t) and (k == 0 or rest[k - 1].lower not in _NOUN_OPENERS))
            for k, t in enumerate(rest)
        )
    )


# Words a noun follows, not a verb: "the meeting", "his vote"
_NOUN_OPENERS = frozenset("the a an his her their its our my your this that".split())


_CLAUSE_WORDS = frozenset("that which who whom whose when while because if".split())
# WordNet's lexicographer files of nouns for a deed or an idea (noun.act, noun.cognition)
_IDEA_FILES = frozenset({4, 9})


# Modals before a verb of speech that say the speaking is owed, never that it happened:
# "should ask", "should have asked"; and with "have", what might have been: "could have said",
# "would have told" (`_unrealised`)
_UNREALISED_MODALS = frozenset("should ought".split())
_UNREALISED_PERFECT = frozenset("could might would".split())


def _unrealised(toks: Sequence[Token], v: int, lo: int) -> bool:
    """The verb of speech at `v` follows a modal of what is owed ("should", "ought
    to"), optionally with "have", or "could", "might", "would" with "have":
    `X said the authority should have asked the Assembly for money before "taking an axe
    ..."`. No one said anything there, so the verb is no cue; the words are the earlier
    cue's speaker's."""
    n = v - 1
    perfect = toks[n].lower == "have"
    if perfect:
        n -= 1
    while n > lo and toks[n].lower in ("not", "never", "also", "simply", "just"):
        n -= 1
    if n > lo and toks[n].lower == "to" and toks[n - 1].lower == "ought":
        n -= 1
    word = toks[n].lower
    return n >= lo and (word in _UNREALISED_MODALS or (perfect and word in _UNREALISED_PERFECT))


def _idea_subject(toks: Sequence[Token], v: int, lo: int) -> bool:
    """The verb at `v` has for subject "the", "this" or "that" and a noun in lower case whose
    most frequent sense WordNet files among deeds or ideas ("the plan asked renters to pay",
    "the change says"): no one speaking, the verb no cue (a body, a document, a person or a
    group is none of these: "the council asked", "the report says")."""
    n = v - 1
    while n > lo and toks[n].lower in AUX_ADVERBS:
        n -= 1
    if n - 1 < lo or toks[n - 1].lower not in ("the", "this", "that"):
        return False
    noun = toks[n]
    if not noun.is_word or noun.is_cap or noun.lower in DOC_NOUNS or describes_person(noun):
        return False
    wordnet = shared_wordnet()
    sense = wordnet.first_noun_sense(noun.lower) if wordnet is not None else None
    return sense is not None and sense[0] in _IDEA_FILES


# What one reads out as one's own words: "X read from a prepared statement." (`_reads_own`)
_OWN_TEXTS = frozenset("statement statements remarks speech notes".split())


def _reads_own(toks: Sequence[Token], v: int) -> bool:
    """`X read from a prepared statement`, `X read a brief statement`: "read" (optionally
    "from"), "a", "his" or "her", words in lower case, and a text of one's own words (a
    statement, remarks, a speech, notes): speaking, the words the reader's. Not a text another
    wrote (`read a letter from her son`, `read from her father's diary`)."""
    if toks[v].lower not in ("read", "reads"):
        return False
    k = v + 1
    if k < len(toks) and toks[k].lower == "from":
        k += 1
    if k >= len(toks) or toks[k].lower not in ("a", "his", "her"):
        return False
    k += 1
    while k < len(toks) and toks[k].is_word and not toks[k].is_cap:
        if toks[k].lower in _OWN_TEXTS:
            return k + 1 >= len(toks) or toks[k + 1].lower not in ("from", "of", "by")
        k += 1
    return False


# Verbs of answering: a quotation right after "X answered at length." is the answer
_ANSWER_VERBS = frozenset("answered replied responded".split())
# Words grading what follows them: "more pointed" is how someone was, not what was done to them
_DEGREE_WORDS = frozenset("more less most least very so too even".split())


# Verbs that give a thing its name: a title-cased quotation after them is that name
def _known_before(toks: Sequence[Token], v: int) -> bool:
    """ "known" before the "as" at `v`, right before it or past how or to whom the name is known:
    an adverb in -ly ("known locally as") or a preposition and up to two words ("known to
    scholars as", "known in the trade as")."""
    if v > 0 and toks[v - 1].lower == "known":
        return True
    for w in range(v - 2, max(-1, v - 5), -1):
        if toks[w].lower != "known":
            continue
        between = toks[w + 1 : v]
        if not all(t.is_word for t in between):
            return False
        first = between[0].lower
        return (len(between) == 1 and first.endswith("ly")) or (
            first in _KNOWN_PREPOSITIONS and len(between) >= 2
        )
    return False


_KNOWN_PREPOSITIONS = frozenset("to in among by across around throughout".split())
# Participles that put a thing before the public under a name: a title-cased quotation after
# one and "as" is what the thing is called ("billed as", "marketed as"), nobody's words
_BILLING_PARTICIPLES = frozenset("billed marketed advertised promoted branded".split())

_NAMING_VERBS = LABEL_VERBS | frozenset("named names titled entitled nicknamed branded".split())
# Verbs whose one sense is giving a name (not "called", "termed": labels as well)
_COINING_VERBS = frozenset("dubbed dubs nicknamed nicknames christened christens".split())
_TITLE_WORD = re.compile(r"[^\W\d_][\w’'-]*")
# Words a title leaves in lower case: "the Bank of England", "Pride and Prejudice".
_TITLE_SMALL = frozenset("a an the of and or for to in on at by with from".split())


def _joined_predicate_subject(para: Para, qi: int, a: int) -> int:
    """`Dale stood up and told them, '...'`, `Ray stood up in the track kitchen and said`: the
    "and" at `a`, inside quotation `qi`, joins a verb of speech to a deed before it; the
    subject of both is the one word opening the sentence, a capitalised name or "he"/"she",
    right before a finite verb, with only words in lower case (at most ten, no comma) between
    it and the "and". Its index, or -1."""
    toks = para.tokens
    k = a - 1
    while k > a - 11 and para.quote_of[k] == qi and toks[k].is_word and not toks[k].is_cap:
        if toks[k].lower in SUBJECT_PRONOUNS:
            break
        k -= 1
    if k >= a - 1 or para.quote_of[k] != qi or not finite_verb(toks[k + 1]):
        return -1
    if not (toks[k].is_cap or toks[k].lower in ("he", "she")) or not toks[k].is_word:
        return -1
    opening = para.is_open_mark(k - 1) or toks[k - 1].text in (".", "!", "?")
    return k if opening else -1


def _speaking_verb(toks: Sequence[Token], x: int) -> bool:
    """A verb of speech at `x`, or one in its base form after "used to" ("he used to tell us")."""
    if toks[x].lower in SPEECH_VERBS:
        return True
    return (
        x >= 2
        and toks[x].lower in INFINITIVES
        and toks[x - 1].lower == "to"
        and (toks[x - 2].lower == "used")
    )


def _before_quoting_aside(para: Para, qi: int, x: int) -> int:
    """`He told me, and I'm quoting him, '...'`, `she said, and I quote, '...'`: an aside of
    the speaker quoting someone, set off by a comma, ending at token `x` inside quotation `qi`
    before words in single marks: the token before the aside's comma (the cue's end); else
    `x`."""
    toks = para.tokens
    k = x
    if k >= 0 and toks[k].lower in OBJECT_PRONOUNS:
        k -= 1  # "quoting him"
    if k < 0 or toks[k].lower not in ("quoting", "quote"):
        return x
    k -= 1
    while k >= 0 and toks[k].lower.replace("’", "'") in _QUOTING_ASIDE:
        k -= 1
    if k < 1 or toks[k].text != "," or any(para.quote_of[t] != qi for t in range(k - 1, x + 1)):
        return x
    return k - 1


# The words of an aside before "quoting him" or "quote": "and I'm", "and I am", "I"
_QUOTING_ASIDE = frozenset("and i i'm am".split())


def _omits(word: str) -> bool:
    """A form of a verb of leaving out ("ignored", "overlooking")."""
    return any(lemma in _OMITTING for lemma in all_lemmas(word).get("VERB", ()))


def _past_or_only_verb(tok: Token) -> bool:
    """A verb form in lower case that is no noun too ("took", "wrote") or ends in "-ed"
    ("filmed"): a clause of its own, not part of an object ("cards", "reading")."""
    if not finite_verb(tok) or tok.lower.endswith("ing"):
        return False
    return tok.lower.endswith("ed") or "NOUN" not in all_lemmas(tok.lower)


def _noun_after_marker(toks: Sequence[Token], v: int) -> bool:
    """The word at `v` is a noun after a determiner or a possessive, with at most one word in
    lower case between that is no noun for a person: "her closing remarks", "the talks"."""
    if v >= 1 and (toks[v - 1].lower in NOUN_MARKERS or toks[v - 1].kind == "poss"):
        return True
    return (
        v >= 2
        and (toks[v - 2].lower in NOUN_MARKERS or toks[v - 2].kind == "poss")
        and toks[v - 1].is_word
        and not toks[v - 1].is_cap
        and not describes_person(toks[v - 1])
    )


def _title_cased(text: str) -> bool:
    """Two words or more, each capitalised but the small ones ("Dry Ground Recovery Act",
    "the Fair Rent Plan"), and no sentence in it: a name, not something said."""
    words = _TITLE_WORD.findall(text)
    if len(words) < 2 or any(mark in text for mark in "?!;") or ". " in text:
        return False
    capitalised = [w for w in words if w[0].isupper()]
    return len(capitalised) >= 2 and all(w[0].isupper() or w in _TITLE_SMALL for w in words)


def is_speech_noun(tok: Token, *, thought: bool = False) -> bool:
    """A lower-case noun whose most frequent sense WordNet files among acts of communication:
    "advice", "words", "warning", "remark" (not "meeting", "lesson"); with `thought`, also
    among cognition: "assessment", "view"."""
    if not tok.is_word or tok.is_cap or len(tok.lower) < 4:
        return False
    file = _noun_file(tok.lower)
    return file == _COMMUNICATION_FILE or (thought and file == _COGNITION_FILE)


@lru_cache(maxsize=16_384)
def _noun_file(word: str) -> int | None:
    wordnet = shared_wordnet()
    sense = wordnet.first_noun_sense(word) if wordnet is not None else None
    return sense[0] if sense is not None else None


_COGNITION_FILE = 9  # WordNet's lexicographer file noun.cognition
_COMMUNICATION_FILE = 10  # WordNet's lexicographer file noun.communication
# Passing someone's words on: "in remarks relayed to reporters by X", "read aloud by X".
_RELAYING = frozenset("relayed read conveyed delivered passed".split())
# Verbs of telling again what someone said (`_retold_of_them`): "Ferreira relayed what ..."
_RETELLING = _RELAYING | frozenset("recalled recounted repeated described".split())
# Words pointing back at what was just quoted: "That was the view of X".
_POINTERS = frozenset("that this those these such".split())


@lru_cache(maxsize=4096)
def _communication_verb(word: str) -> bool:
    """A regular past form ("radioed", "phoned") of a verb whose most frequent sense WordNet
    files among communication."""
    wordnet = shared_wordnet()
    if wordnet is None or not word.endswith("ed") or len(word) < 5:
        return False
    stem = word[:-2]
    bases = (stem, word[:-1], stem[:-1] if stem[-1:] == stem[-2:-1] else stem)
    return any(wordnet.first_verb_file(base) == _VERB_COMMUNICATION_FILE for base in bases)


_VERB_COMMUNICATION_FILE = 32  # WordNet's lexicographer file verb.communication


def _own_message_before(para: Para, v: int, k: int) -> bool:
    """`X wrote in a post announcing the petition`, `X said in a statement announcing the
    deal`: the participle at `k` tells what the message that verb `v`'s "in"/"on" phrase
    names does (a noun of speech right before it, at most three words after "a", "an",
    "the" or an owner's word), not whose words someone relayed: the message is the
    subject's own (`X recalled in a letter his father telling him`: his father's)."""
    toks = para.tokens
    if not 4 <= k - v <= 6 or toks[v + 1].lower not in ("in", "on"):
        return False
    noun = toks[k - 1]
    if toks[v + 2].lower not in _MESSAGE_OWNERS | {"the"}:
        return False
    if noun.lower not in DOC_NOUNS | _MESSAGE_NOUNS and not is_speech_noun(noun):
        return False  # "a post": a job, in WordNet's first sense
    return all(toks[x].is_word or toks[x].kind == "poss" for x in range(v + 2, k))


def _speech_participle(word: str) -> bool:
    """The -ing form of a speech verb: "asking", "shouting", "quipping" (not "evening")."""
    if not word.endswith("ing") or len(word) < 6:
        return False
    stem = word[:-3]
    stems = (stem, stem + "e", stem[:-1] if stem[-1:] == stem[-2:-1] else stem)
    return any(s + "s" in SPEECH_VERBS or s + "ed" in SPEECH_VERBS for s in stems)


def _asked_opening(para: Para, lo: int, k: int) -> bool:
    """The sentence from `lo` opens with "Asked" ("When asked" too) and whom it was asked by, at
    most, then a comma or colon right before the quotation at `k`: the quotation is what was
    asked (`Asked by a reporter, "Do you support the depot?"`), not the answer a phrase of its
    own would leave it (`Asked whether she would run, "Not this year," she said`)."""
    toks = para.tokens
    a = lo + 1 if toks[lo].lower == "when" else lo
    if a >= k - 1 or toks[a].lower != "asked" or toks[k - 1].text not in (",", ":"):
        return False
    rest = range(a + 1, k - 1)
    if not rest:
        return True
    return (
        toks[a + 1].lower == "by"
        and len(rest) <= 6
        and all(para.quote_of[v] == -1 and toks[v].is_word for v in rest)
    )


def _introduces_next(para: Para, v: int) -> bool:
    """The cue at `v`, in a sentence after a quotation that ended its own, introduces a
    quotation of its sentence: a comma or colon, then an opening mark, before the sentence ends
    (`Marsh said, "Proud of this board." Harlan said, "Proud of what?"`: Harlan's cue is the
    second quotation's, not the first's)."""
    toks = para.tokens
    _, hi = para.sentence(v)
    for k in range(v + 1, min(hi, len(toks))):
        if para.quote_of[k] != -1:
            return para.is_open_mark(k) and toks[k - 1].text in (",", ":")
    return False


PASSED_ALONG = "X asked Y to pass along a message: ..."


def _first_found(*readings: tuple[Callable[[], str | None], str]) -> tuple[str | None, str]:
    """The speaker the first of `readings` that finds one finds, with that reading's cue (how
    the story gave the words to them, shown with the quotation); (None, "") when none does.
    The readings are tried in order because a later one is a weaker reading of the text."""
    for read, cue in readings:
        speaker = read()
        if speaker is not None:
            return speaker, cue if speaker else ""
    return None, ""
