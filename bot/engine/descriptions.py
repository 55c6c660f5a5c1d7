"""Who a description in a question names, read from how the story itself names and describes
people and organisations: "the Cornell prof" is the story's "Cornell University professor",
"the rights group" and "the watchdog" its "Human Rights Watch", "Trump's press sec" its "White
House press secretary". Every word of the description must be one of the person's own words
(a form of it), and its last word must be what they are: one of their role nouns for a
person (or its start, as chat shortens it: "prof", "sec") or, after words of their own, a word
for anyone ("the Cornell guy"); for an organisation its own kind of word ("Watch", "Union") or,
after words of its own, a word for any organisation ("group").
A description that fits nobody names nobody: the question reader decides whether that is
someone the story does not quote.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import lru_cache

from rapidfuzz.distance import OSA

from bot.engine.caches import remember
from bot.engine.epithets import Epithets
from bot.engine.lexicon import shared_wordnet
from bot.engine.models import Person, SpeakerKind
from bot.engine.words import (
    EXPERT_WORDS,
    FUNCTION_WORDS,
    GROUP_NOUNS,
    ORG_WORDS,
    ROLE_HEADS,
    SCHOLARLY_ROLES,
    SCHOLARS_OF_NO_FIELD,
    SOMEONE_NOUNS,
    SPELLED_TITLES,
    all_lemmas,
    is_english_word,
)

_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_POSSESSIVE = re.compile(r"['’]s?$")
_MIN_FAMILY = 5  # shorter words have too many longer ones that begin with them
_MIN_ABBREVIATION = 3  # "sec", "prof", "gov"
_MIN_MISSPELT = 5  # shorter words are one typo from too many others
_ROLE_NOUNS = frozenset(head[-1].rstrip(".") for head in ROLE_HEADS)
_ANYONE = GROUP_NOUNS | SOMEONE_NOUNS  # words for any organisation or person
_SAID_CACHE_SIZE = 10_000  # a bound on the head words whose kinds are kept


class Descriptions:
    """The words each of a set of people is named and described by, worked out the first time
    a question describes someone (most never do) and kept for every question after."""

    def __init__(self, people: Sequence[Person]) -> None:
        self._people = tuple(people)
        self._own: tuple[frozenset[str], ...] | None = None
        self._kinds: tuple[_Kind, ...] = ()
        self._words = _KindIndex(())
        # the labels the stories give people ("called himself “the coolest dictator”"), read
        # when a description fits nobody by their names and roles (set by the searcher)
        self.epithets: Epithets | None = None
        # the kinds each head word says (`_kinds_said`), by head: the same few role nouns and
        # unknown names come back question after question (each 30-280 µs at 100,000 passages)
        self._said: dict[str, frozenset[_Kind]] = {}

    def fitting(self, words: Sequence[str]) -> list[Person]:
        """The people whom the description `words` (lower case, articles and qualifiers such
        as "former" left out, possessives too) fits; [] when it has no words."""
        if not words:
            return []
        fitting = self._by_names_and_roles(words)
        if not fitting and self.epithets is not None:
            return self.epithets.fitting(words, _ANYONE)
        return fitting

    def scholar_in_other_words(self, words: Sequence[str]) -> Person | None:
        """For a description of a scholar by their field and words of a name ("the cornell
        economist", "the harvard historians"), which fits nobody, the one person the story
        describes by all those other words ("Cornell University professor Gustavo
        Flores-Macias") when their role is a scholar's that names no field (professor,
        researcher: `SCHOLARS_OF_NO_FIELD`): the story does not say he is no economist, and a
        member may remember his field, not his title. None when no one, or more than one
        person, has those words ("Cornell" tied to two people says nothing of which), or when
        the one who has them is of another field ("Cornell historian") or no scholar."""
        if len(words) < 2:
            return None
        head = words[-1]
        if head not in SCHOLARLY_ROLES and head.removesuffix("s") not in SCHOLARLY_ROLES:
            return None
        qualifiers = [w for w in words[:-1] if w not in FUNCTION_WORDS]
        if not qualifiers:
            return None
        tied = [
            (person, own)
            for person, own in zip(self._people, self._read_people(), strict=True)
            if all(_is_own(w, own) for w in qualifiers)
        ]
        if len(tied) != 1:
            return None
        person, own = tied[0]
        if person.kind is SpeakerKind.ORGANIZATION or own.isdisjoint(SCHOLARS_OF_NO_FIELD):
            return None
        return person

    def _read_people(self) -> tuple[frozenset[str], ...]:
        """Each person's own words (and kind), worked out the first time a question describes
        someone."""
        if self._own is None:
            of_label: dict[tuple[str, bool], frozenset[str]] = {}
            self._own = tuple(_own_words(person, of_label) for person in self._people)
            self._kinds = tuple(map(_kind, self._people, self._own))
            self._words = _KindIndex(frozenset(self._kinds))
        return self._own

    def _by_names_and_roles(self, words: Sequence[str]) -> list[Person]:
        """`fitting` by the people's names, aliases and roles."""
        if len(words) > 1 and words[-1] in SOMEONE_NOUNS:
            # "the cornell prof guy", "the press secretary lady": the word for anyone after
            # what they are says only that it is a person
            described = self._by_names_and_roles(words[:-1])
            if described:
                return described
        own_words = self._read_people()
        head, qualifiers = words[-1], words[:-1]
        # whether `head` says what someone is depends only on their kind: thousands of people
        # share a few role nouns, so it is worked out once for each, and a name the story
        # does not know ("Zebulon Quarrington") is what no kind is, without a look at anyone
        says = self._said.get(head)
        if says is None:
            says = _kinds_said(head, self._words)
            remember(self._said, head, says, _SAID_CACHE_SIZE)
        if not says:
            return []
        fitting: list[Person] = []
        for person, own, kind in zip(self._people, own_words, self._kinds, strict=True):
            if kind not in says:
                continue
            if not all(_is_own(w, own) or w in _ANYONE for w in qualifiers):
                continue
            if head in _ANYONE and not any(_is_own(w, own) for w in qualifiers):
                continue  # "the group", "the charity group", "the guy": which one?
            fitting.append(person)
        return fitting


def names_someone(words: Sequence[str]) -> bool:
    """Whether the description `words` names someone by a word for any organisation or
    person and something of their own ("the UN rights group", "the Mexican guy"; not "the
    group"), or is an organisation's name, typed in lower case as in chat ("amnesty
    international", "the heritage foundation": its kind of word last, after words of its own)."""
    if len(words) < 2:
        return False
    if words[-1] in _ANYONE:
        return True
    # an organisation's own words are names ("amnesty"), not words of the sentence ("doesn't")
    return words[-1] in ORG_WORDS and not any(
        w in FUNCTION_WORDS or "'" in w or "’" in w for w in words[:-1]
    )


def description_words(who: str, skip: Iterable[str]) -> list[str]:
    """The words of `who` that describe: lower case, without possessives ("Trump's": whose,
    not who) and the words in `skip`."""
    dropped = frozenset(skip)
    words: list[str] = []
    for match in _WORD.finditer(who):
        word = match.group().lower()
        if _POSSESSIVE.search(word) or word in dropped:
            continue
        words.append(word)
    return words


def _own_words(person: Person, of_label: dict[tuple[str, bool], frozenset[str]]) -> frozenset[str]:
    """The words of a person's name, aliases and roles, and the initials of each run of
    capitalised words in them ("White House press secretary": "wh", as in "the WH press
    sec"). `of_label` keeps each label's words (`_label_words`) for the next person: thousands
    of people share a few roles."""
    words: set[str] = set()
    for label, is_role in (
        (person.name, False),
        *((alias, False) for alias in person.aliases),
        *((role, True) for role in person.roles),
    ):
        key = (label, is_role)
        own = of_label.get(key)
        if own is None:
            own = of_label[key] = _label_words(label, is_role=is_role)
        words |= own
    return frozenset(words)


def _label_words(label: str, *, is_role: bool) -> frozenset[str]:
    """`_own_words` of one label: its words, the initials of its runs of capitalised words
    and, for a role, the words its abbreviated titles stand for ("State Sen.": senator)."""
    words = {w.lower() for w in _LETTERS.findall(label)}
    if is_role:
        # an abbreviated title is the word it stands for: "State Sen." is "the state senator"
        words |= {
            SPELLED_TITLES[word.lower()] for word in label.split() if word.lower() in SPELLED_TITLES
        }
    for run in _CAPITALISED_RUN.finditer(label):
        words.add("".join(w[0] for w in run.group().split()).lower())
    return frozenset(words)


_LETTERS = re.compile(r"[^\W\d_]+")

# Two or more capitalised words side by side ("White House", "Human Rights Watch")
_CAPITALISED_RUN = re.compile(r"\b[A-Z][^\W\d_]*(?:\s+[A-Z][^\W\d_]*)+")


def _is_own(word: str, own: frozenset[str]) -> bool:
    return any(_same_word(word, o) for o in own)


# Whether someone is an organisation, and those of their own words that can say what they are
# (role nouns; for an organisation its kind of word): all a description's last word is read by.
_Kind = tuple[bool, frozenset[str]]


def _kind(person: Person, own: frozenset[str]) -> _Kind:
    if person.kind is SpeakerKind.ORGANIZATION:
        # and the nouns the story calls it by ("the company" of Harrow Foods)
        return True, own & ORG_WORDS | frozenset(person.called)
    return False, own & _ROLE_NOUNS


class _KindIndex:
    """The kinds of a set of people by their words (collected once, not for each question
    that describes someone: hundreds of kinds at 100,000 passages, sharing a few hundred
    words): `people` and `groups`, the kinds of people and of organisations; `people_words`
    and `group_words`, their words; `of_people_word` and `of_group_word`, the kinds of people
    (of organisations) that have each word."""

    __slots__ = (
        "group_words",
        "groups",
        "of_group_word",
        "of_people_word",
        "people",
        "people_words",
    )

    def __init__(self, kinds: Iterable[_Kind]) -> None:
        people: set[_Kind] = set()
        groups: set[_Kind] = set()
        of_people_word: dict[str, set[_Kind]] = {}
        of_group_word: dict[str, set[_Kind]] = {}
        for kind in kinds:
            organisation, words = kind
            (groups if organisation else people).add(kind)
            of_word = of_group_word if organisation else of_people_word
            for word in words:
                of_word.setdefault(word, set()).add(kind)
        self.people = frozenset(people)
        self.groups = frozenset(groups)
        self.of_people_word = {w: frozenset(k) for w, k in of_people_word.items()}
        self.of_group_word = {w: frozenset(k) for w, k in of_group_word.items()}
        self.people_words = frozenset(of_people_word)
        self.group_words = frozenset(of_group_word)


def _kinds_said(head: str, kinds: _KindIndex) -> frozenset[_Kind]:
    """The kinds (of `kinds`) of whom `head` says what someone is: one of their role nouns
    ("professor"), for an organisation a word for organisations or its own kind of word
    ("watchdog": "Watch"). Each word of theirs is compared with `head` once, not once per
    kind that has it (hundreds of kinds share a few hundred words), and the kinds are those
    of the words that match, looked up, not each kind's words compared with them."""
    said_of_people = head in SOMEONE_NOUNS
    said_of_groups = head in GROUP_NOUNS
    people_words, group_words = kinds.people_words, kinds.group_words
    people_heads = {w for w in people_words if _same_word(head, w) or _shortens(head, w)}
    if not people_heads and not said_of_people and _is_one_of_no_role(head):
        # a word for a role that no story writes as one ("the clinic's boss"): the role nouns
        # it is a synonym of ("chief"), as WordNet has them; one holder's, not several's ("the
        # government's lawyers" are not its one attorney general)
        people_heads = set(people_words & _role_synonyms(head))
    if _is_expert_word(head):
        # "what do experts say": members call whoever the story quotes for their learning an
        # expert (its "professor of government", "economist"), though it never says "expert"
        people_heads |= people_words & SCHOLARLY_ROLES
    said: set[_Kind] = set(kinds.people) if said_of_people else set()
    if not said_of_people:
        for word in people_heads:
            said |= kinds.of_people_word[word]
    if said_of_groups:
        said |= kinds.groups
    else:
        for word in group_words:
            if _same_word(head, word):
                said |= kinds.of_group_word[word]
    return frozenset(said)


def _is_one_of_no_role(word: str) -> bool:
    """Whether `word` is a singular noun (its own lemma) and no role noun ("boss"; not
    "lawyers", "bosses", "chief")."""
    if word in _ROLE_NOUNS:
        return False
    nouns = all_lemmas(word).get("NOUN", ())
    return word in nouns


def _role_synonyms(word: str) -> frozenset[str]:
    """The role nouns (`ROLE_HEADS`) among WordNet's synonyms of `word` as a noun ("boss":
    "chief"; not "principal", "chief" as adjectives)."""
    wordnet = shared_wordnet()
    if wordnet is None:
        return frozenset()
    return wordnet.noun_synonyms(word) & _ROLE_NOUNS


def _is_expert_word(word: str) -> bool:
    return word in EXPERT_WORDS or (word.endswith("s") and word[:-1] in EXPERT_WORDS)


def _shortens(word: str, role: str) -> bool:
    """Whether `word` is a role noun as people shorten it in chat ("prof", "sec", "dir"): its
    start, short of most of it. Only the role noun: "river" is not "Riverside"."""
    return len(word) >= _MIN_ABBREVIATION and role.startswith(word) and len(role) > len(word) + 2


@lru_cache(maxsize=65_536)
def _same_word(word: str, own: str) -> bool:
    """Whether the question's `word` is the story's `own` word: the same, a form of it
    ("salvadoran": "salvador", "watchdog": "watch") or, in a longer word that is no word of its
    own, one typo from it ("rihgts": "rights"). Remembered: a description is checked against
    every person's words, and thousands of people share a few role nouns."""
    if word == own:
        return True
    if (
        min(len(word), len(own)) >= _MIN_MISSPELT
        and OSA.distance(word, own, score_cutoff=1) <= 1
        and not is_english_word(word)  # "nights" is a word of its own, not "rights" misspelt
    ):
        return True
    return same_family(word, own)


def same_family(word: str, other: str) -> bool:
    """Whether two words are one word's forms: "salvador" and "salvadoran", "roles" and "role"."""
    if word == other:
        return True
    shorter, longer = sorted((word, other), key=len)
    return (
        len(shorter) >= _MIN_FAMILY
        and longer.startswith(shorter)
        and len(longer) - len(shorter) <= 3
    )
