"""Gender as evidence against a candidate speaker, only ever a veto (docs/attribution.md): the
words that say a person is a woman or a man, first names (the `gender-guesser` list), the rule
that weighs a person's evidence (`person_gender`), and the layer that gathers it from a story."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from bot.engine.attribution.paragraphs import (
    finite_verb,
)
from bot.engine.attribution.speakers import SpeakerFinder
from bot.engine.first_names import PRONOUN_GENDER, Gender, first_name_gender
from bot.engine.mentions import Mention
from bot.engine.models import Person, SpeakerKind
from bot.engine.names import Token, tokenize
from bot.engine.words import (
    AUX_ADVERBS,
    INDEFINITES,
    NOUN_MARKERS,
    SPEECH_VERBS,
)

# Words that say a person is a woman or a man: honorifics, nouns for a woman or a man, kinship,
# "-woman" titles. Honorifics count only capitalised ("Miss Cole", not "we miss Cole").
_FEMALE_WORDS = frozenset(
    "mrs. ms. miss madam madame dame lady queen princess duchess countess baroness empress"
    " woman girl mother daughter wife widow grandmother granddaughter mom sister aunt niece"
    " actress heiress congresswoman councilwoman chairwoman spokeswoman assemblywoman"
    " alderwoman businesswoman stateswoman sportswoman policewoman female".split()
)
_MALE_WORDS = frozenset(
    "mr. sir lord king prince duke emperor baron man boy father son husband widower"
    " grandfather grandson dad brother uncle nephew male".split()
)
_CAPITALISED_ONLY = frozenset("mrs. ms. miss madam madame dame lady mr. sir lord".split())
# "-man" titles are still used of women by some outlets ("chairman Mary Barra"): weaker evidence.
_GENERIC_MALE_TITLES = frozenset(
    "spokesman congressman councilman chairman assemblyman alderman businessman statesman"
    " sportsman policeman".split()
)


def word_gender(token: Token) -> tuple[Gender | None, bool]:
    """The gender a word says its person has, and whether it says so plainly (not a "-man"
    title, which some outlets use of women too)."""
    word = token.lower
    if word in _CAPITALISED_ONLY and not token.is_cap:
        return None, False
    if word in _FEMALE_WORDS:
        return "female", True
    if word in _MALE_WORDS:
        return "male", True
    if word in _GENERIC_MALE_TITLES:
        return "male", False
    return None, False


def person_gender(person: Person, plain: Iterable[Gender], weak: Iterable[Gender]) -> Gender | None:
    """A person's gender from the story's evidence and, where it has none, the first name.

    `plain`: what the story says outright (an honorific, "a Texas woman", "spokeswoman"), which
    decides unless it contradicts itself (then nothing is known). `weak`: a "-man" title or a
    pronoun bound to the person ("Pryce said he ..."), which decides only when the first name does
    not say otherwise.
    """
    if person.kind is not SpeakerKind.PERSON:
        return None
    said = set(plain)
    if said:
        return said.pop() if len(said) == 1 else None
    words = person.name.split()
    first = words[0] if len(words) > 1 and len(words[0].rstrip(".")) > 1 else ""
    by_name = first_name_gender(first) if first else None
    hinted = set(weak)
    if hinted:
        if len(hinted) > 1:
            return None
        hint = hinted.pop()
        return hint if by_name in (None, hint) else None
    return by_name


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
                last = _last_word(role)
                if last is not None:
                    note(pid, last)  # "a Texas woman", "Ann Lee's husband"
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
        if not self._subject_slot(pi, self._np_start(para, m.i, m.j), lo):
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
        for p, a, b in self._sentence_and_one_before(pi, lo, hi):
            for m in self.mentions[p]:
                if a <= m.i < b and self.paras[p].quote_of[m.i] == -1 and m.ids != (pid,):
                    return True
        return False

    def _sentence_and_one_before(self, pi: int, lo: int, hi: int) -> list[tuple[int, int, int]]:
        """The sentence [lo, hi) of paragraph `pi` and the sentence before it (the previous
        paragraph's last when it opens its own), as (paragraph, start, end)."""
        regions = [(pi, lo, hi)]
        n = self.paras[pi].sentence_of[lo]
        if n > 0:
            regions.append((pi, *self.paras[pi].sentences[n - 1]))
        elif pi > 0 and self.paras[pi - 1].sentences:
            regions.append((pi - 1, *self.paras[pi - 1].sentences[-1]))
        return regions

    def _contradicts(self, pid: str, gender: Gender) -> bool:
        known = self.gender.get(pid)
        return known is not None and known != gender


@lru_cache(maxsize=4_096)
def _last_word(role: str) -> Token | None:
    """A role's last word (not a mark or a possessive ending), if it has one: remembered, as
    each story's two attribution passes, and a build worker's stories, read the same roles."""
    words = [t for t in tokenize(role) if t.is_word]
    return words[-1] if words else None


# A verb of saying after a name, then the pronoun its clause opens with ("Bukele said, adding
# that he ...", "Quinn told reporters she ..."), or the reflexive after the name's verb
# ("Cole described herself as ...")
_SAID_THEN_PRONOUN = (
    r"(?:\s+\w+){0,2}?\s+(?:said|says|told\s+\w+|added|noted|insisted|argued|explained)"
    r"(?:,?\s+adding)?(?:\s+that)?\s+(?P<pronoun>he|she)\b"
)
_VERB_THEN_REFLEXIVE = r"(?:\s+\w+){1,3}?\s+(?P<reflexive>himself|herself)\b"


def told_gender(person: Person, texts: Iterable[str]) -> Gender | None:
    """A person's gender as a story's `texts` (its paragraphs) and their roles tell it, read at
    question time (the build keeps no gender): a role's last word ("spokeswoman", "a Texas
    woman") or a word of one right before their name ("Mrs. Cole") plainly; a pronoun their
    saying goes on with ("Bukele said, adding that he ...", "Quinn told reporters she ..."),
    a reflexive after their verb, or a "-man" title weakly (`person_gender`: the first name
    decides against weak evidence). A rough reading of the resolver's (`GenderEvidence`),
    for ranking only."""
    if person.kind is not SpeakerKind.PERSON:
        return None
    plain: list[Gender] = []
    weak: list[Gender] = []
    for role in person.roles:
        last = _last_word(role)
        if last is not None:
            gender, sure = word_gender(last)
            if gender is not None:
                (plain if sure else weak).append(gender)
    names = sorted({alias for alias in person.aliases if alias[:1].isupper()}, key=len)
    if names:
        name = "|".join(re.escape(alias) for alias in reversed(names))
        before = re.compile(rf"\b([\w.]+)\s+(?:{name})\b")
        after = re.compile(rf"\b(?:{name})(?:{_SAID_THEN_PRONOUN}|{_VERB_THEN_REFLEXIVE})")
        for text in texts:
            for match in before.finditer(text):
                token = next(iter(tokenize(match.group(1))), None)
                if token is not None and token.is_word:
                    gender, sure = word_gender(token)
                    if gender is not None:
                        (plain if sure else weak).append(gender)
            for match in after.finditer(text):
                pronoun = match.group("pronoun") or match.group("reflexive")
                said = PRONOUN_GENDER.get(pronoun.lower())
                if said is not None:
                    weak.append(said)
    return person_gender(person, plain, weak)
