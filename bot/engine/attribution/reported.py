"""Reported speech without quotation marks: the clause after `X said that`, `according to X,`,
`..., adding that`, and a clause before a trailing cue."""

from __future__ import annotations

from bot.engine.attribution.paragraphs import (
    Para,
    Ref,
    appositive_ok,
    finite_verb,
    time_word,
    trim,
    with_cue,
)
from bot.engine.attribution.resolution import Resolver
from bot.engine.attribution.speakers import posts_clause
from bot.engine.models import QuoteKind
from bot.engine.places import is_place_comma
from bot.engine.words import (
    ADJUNCT_WORDS,
    AUX_ADVERBS,
    BE_FORMS,
    CLAUSE_OPENERS,
    CLAUSE_PARTICIPLES,
    CLAUSE_STARTERS,
    CLAUSE_VERBS,
    DETERMINERS,
    FUNCTION_WORDS,
    INFINITIVES,
    LABEL_VERBS,
    NO_THAT_VERBS,
    NOUN_MARKERS,
    OBJECT_PRONOUNS,
    OBJECT_VERBS,
    PARTICIPLES,
    PREPOSITIONS,
    QUANTIFIERS,
    RELATIVE_PRONOUNS,
    SPEECH_VERBS,
    is_inflected_verb,
)

# A partitive subject's head before "of": "many of his co-workers", "half of them" (the
# quantifiers, and the words that count a part)
_PARTITIVES = QUANTIFIERS | frozenset("half none majority one two three".split())
_PARTITIVE_PRONOUNS = frozenset("them us those".split())
_MIN_INDIRECT_WORDS = 4  # a reported clause that is mostly its quotation adds nothing to it
# Conjunctions that are prepositions before a noun phrase: "told reporters after the meeting that"
_TIME_PREPOSITIONS = frozenset("after before since".split())
# A trailing cue's sentence may go on after it with one of these: "..., Ibarra said, because",
# "..., Molina said, and a food bank has opened ..." (the clause before the cue is still hers)
_GOES_ON = frozenset("because although though and but".split())

# The only words `_is_indirect_cue` can be true of ("according", or a word `_verb_kind` gives
# a kind): one set lookup rules out most tokens before the rules run.
CUE_WORDS = SPEECH_VERBS | LABEL_VERBS | PARTICIPLES | INFINITIVES | {"according"}


class ReportedSpeech(Resolver):
    """Indirect quotes: reported clauses and their speakers."""

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
        if (
            kind == "finite"
            and para.is_close_mark(before - 1)
            and self._title_closing_at(pi, before - 1) == -1
        ):
            return False  # `"...," said X`: the attribution of a quotation (not a title's)
        takes_clause = (
            (kind == "finite" and (word in CLAUSE_VERBS or posts_clause(para, v)))
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
                ref = with_cue(ref, f"..., X {toks[v].text}")
            span = (lo, comma)
        else:
            clause = self._clause_start(pi, v)
            kind = self._verb_kind(para, v)
            if clause is None or kind is None:
                return
            start = clause
            ref = self._verb_subject(pi, v, kind)
            if ref is not None:
                ref = with_cue(
                    ref, f"X {toks[v].text} {'that ' if toks[start - 1].lower == 'that' else ''}..."
                )
            span = (start, self._clause_end(pi, start))
        speaker = self._resolve(pi, v, ref) if ref is not None else None
        self._record(pi, v, speaker)
        if speaker is None:
            self._unnamed_speaker(pi, v)
        first, last = trim(para, *span)
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
        commas = [k for k in commas if para.quote_of[k] == -1 and not is_place_comma(toks, k)]
        if not commas:
            return end
        first = commas[0]
        if any(para.quote_of[k] != -1 for k in range(end, first)):
            return end
        start = first + 1
        second = next((k for k in commas[1:] if k > start), None)
        if second is None:
            return start
        appositive = appositive_ok(toks[start:second]) or not any(
            para.quote_of[k] != -1 or finite_verb(toks[k]) or toks[k].lower in CLAUSE_OPENERS
            for k in range(start, second)
        )
        if appositive and any(finite_verb(t) for t in toks[second + 1 : hi]):
            return second + 1  # ", the city planner," then a clause with its own verb
        return start

    def _trailing_cue(self, pi: int, v: int) -> tuple[int, Ref | None] | None:
        """`<clause>, X said [on Monday].`: the comma that ends the reported clause, and the
        cue's subject when it is the phrase right after that comma (`police said`: None). The
        sentence may go on after the cue with a comma and a conjunction giving a reason or a
        concession (`<clause>, X said, because ...`)."""
        para = self.paras[pi]
        toks = para.tokens
        lo, hi = para.sentence(v)
        if para.quote_of[v] != -1 or toks[v].lower not in CLAUSE_VERBS:
            return None
        if self._passive(para, v):
            return None  # "..., and wept when the result was announced.": no one speaks
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
        if obj + 1 < end and toks[obj].text == "," and toks[obj + 1].lower in _GOES_ON:
            end = obj  # "..., Ibarra said, because the records show ...": the cue ends there
        after = toks[obj:end]
        if len(after) > 10 or any(para.quote_of[k] != -1 for k in range(v + 1, end)):
            return None
        first = after[0] if after else None
        if first is not None and (
            first.lower in DETERMINERS or not (time_word(first) or first.lower in PREPOSITIONS)
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
        clause = _outside_relative_asides(para, lo, comma)
        if para.quote_of[lo] != -1 or not any(finite_verb(toks[k]) for k in clause):
            return None  # "X, whose district includes the valley, also wrote to ...": no clause
        ref = self._verb_subject(pi, v, "finite")
        if ref is None or ref.start != comma + 1:
            if not all(t.is_word or t.kind == "poss" for t in toks[comma + 1 : v]):
                return None  # "..., Lin Wu, a spokesman, said" that did not resolve
            return comma, None
        return comma, ref

    @staticmethod
    def _passive(para: Para, v: int) -> bool:
        """The verb at `v` is a past participle after a form of "be" (an adverb in -ly may
        stand between): "the result was announced", "the plan was formally announced": what
        was said is its subject, and no speaker is named."""
        toks = para.tokens
        if toks[v].lower.endswith("ing"):
            return False  # "she was saying": progressive, she speaks
        k = v - 1
        if k > 0 and toks[k].lower.endswith("ly") and para.quote_of[k] == -1:
            k -= 1
        return k >= 0 and toks[k].lower in BE_FORMS and para.quote_of[k] == -1

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
        while j < hi and j - i < 6 and time_word(toks[j]):
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
            or self._partitive_subject(pi, i, hi)
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
        if i >= hi:
            return None
        # "after the meeting": a conjunction that is a preposition before a noun phrase
        phrase = (
            toks[i].lower in _TIME_PREPOSITIONS and i + 1 < hi and toks[i + 1].lower in DETERMINERS
        )
        if toks[i].lower not in PREPOSITIONS and not phrase:
            return None
        for k in range(i, min(hi, i + 14)):
            tok = toks[k]
            if para.quote_of[k] != -1 or not (tok.is_word or tok.kind == "poss"):
                return None
            if tok.lower == "that":
                if k + 1 >= hi or finite_verb(toks[k + 1]) or toks[k + 1].lower in PREPOSITIONS:
                    return None
                return k + 1
            if tok.lower in SPEECH_VERBS or (
                tok.lower in CLAUSE_OPENERS and (k, phrase) != (i, True)
            ):
                return None
        return None

    def _subject_at(self, pi: int, i: int) -> bool:
        """A name at `i` followed by a verb: `X said Trump would ...`, `X said Caleb had
        finished ...` (the first name alone of someone the story names in full)."""
        toks = self.paras[pi].tokens
        m = self.starting[pi].get(i)
        if m is not None:
            return m.j < len(toks) and is_inflected_verb(toks[m.j].lower)
        return (
            i + 1 < len(toks)
            and toks[i].text in self._first_names_of_people
            and not toks[i + 1].is_cap
            and is_inflected_verb(toks[i + 1].lower)
        )

    def _bare_noun_subject(self, pi: int, i: int, hi: int) -> bool:
        """`said rates had peaked`: a bare noun followed closely by a finite verb."""
        toks = self.paras[pi].tokens
        tok = toks[i]
        if not tok.is_word or tok.is_cap or tok.lower in FUNCTION_WORDS or time_word(tok):
            return False
        return any(
            toks[k].is_word and not toks[k].is_cap and is_inflected_verb(toks[k].lower)
            for k in range(i + 1, min(i + 4, hi))
        )

    def _partitive_subject(self, pi: int, i: int, hi: int) -> bool:
        """`said many of his co-workers had bought homes`, `said most of the members were`,
        `said half of them would leave`: a quantifier and "of" before a noun phrase (a bare
        noun after a possessive or article, a name, or an object pronoun) and its finite verb."""
        toks = self.paras[pi].tokens
        if i + 2 >= hi or toks[i].lower not in _PARTITIVES or toks[i + 1].lower != "of":
            return False
        k = i + 2
        if toks[k].lower in _PARTITIVE_PRONOUNS:
            return k + 1 < hi and toks[k + 1].is_word and is_inflected_verb(toks[k + 1].lower)
        if toks[k].lower in NOUN_MARKERS and k + 1 < hi:
            k += 1
        return self._subject_at(pi, k) or self._bare_noun_subject(pi, k, hi)

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


def _outside_relative_asides(para: Para, lo: int, end: int) -> list[int]:
    """The tokens from `lo` to `end` outside asides of a relative clause set off by commas
    (", whose district includes the valley,", ", who retired in May,"; an aside left open at
    `end` runs to it): a verb only inside one tells of a noun, no clause of its own."""
    toks = para.tokens
    kept: list[int] = []
    k = lo
    while k < end:
        if toks[k].text == "," and k + 1 < end and toks[k + 1].lower in RELATIVE_PRONOUNS:
            k += 1
            while k < end and toks[k].text != ",":
                k += 1
            continue
        kept.append(k)
        k += 1
    return kept
