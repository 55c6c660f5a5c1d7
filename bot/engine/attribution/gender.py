"""Gender as evidence against a candidate speaker: what the story says of each person's gender.
Gender is only ever a veto (docs/attribution.md)."""

from __future__ import annotations

from bot.engine.attribution.paragraphs import (
    finite_verb,
)
from bot.engine.attribution.speakers import SpeakerFinder
from bot.engine.models import SpeakerKind
from bot.engine.people import (
    PRONOUN_GENDER,
    Gender,
    Mention,
    Token,
    person_gender,
    tokenize,
    word_gender,
)
from bot.engine.words import (
    AUX_ADVERBS,
    INDEFINITES,
    NOUN_MARKERS,
    SPEECH_VERBS,
)


class GenderEvidence(SpeakerFinder):
    """Each person's gender as the story (or their first name) tells it."""

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
        return not (relative and m.j < len(toks) and finite_verb(toks[m.j]))

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
        if v + 1 >= hi or not finite_verb(toks[v]) or para.quote_of[v + 1] != -1:
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
