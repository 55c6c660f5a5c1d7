"""The kinds of people a description's head word says (`descriptions._kinds_said`), looked up
by the kinds' words (`_KindIndex`), are the kinds that comparing each kind's words with the
head picked before: for every word of the shipped stories' people and many more."""

from __future__ import annotations

import random
from collections.abc import Iterable

from bot.engine import descriptions
from bot.engine.descriptions import (
    _ROLE_NOUNS,
    _is_expert_word,
    _is_one_of_no_role,
    _Kind,
    _KindIndex,
    _kinds_said,
    _role_synonyms,
    _same_word,
    _shortens,
)
from bot.engine.search import Searcher
from bot.engine.words import (
    EXPERT_WORDS,
    GROUP_NOUNS,
    ORG_WORDS,
    SCHOLARLY_ROLES,
    SOMEONE_NOUNS,
)


def _compared_with_each_kind(head: str, kinds: Iterable[_Kind]) -> frozenset[_Kind]:
    """`_kinds_said` as it was: each kind's words compared with the words matching `head`."""
    kinds = list(kinds)
    people_words = frozenset(w for organisation, words in kinds if not organisation for w in words)
    group_words = frozenset(w for organisation, words in kinds if organisation for w in words)
    said_of_people = head in SOMEONE_NOUNS
    said_of_groups = head in GROUP_NOUNS
    people_heads = {w for w in people_words if _same_word(head, w) or _shortens(head, w)}
    if not people_heads and not said_of_people and _is_one_of_no_role(head):
        people_heads = set(people_words & _role_synonyms(head))
    if _is_expert_word(head):
        people_heads |= people_words & SCHOLARLY_ROLES
    group_heads = {w for w in group_words if _same_word(head, w)}
    return frozenset(
        (organisation, words)
        for organisation, words in kinds
        if (
            (said_of_groups or not group_heads.isdisjoint(words))
            if organisation
            else (said_of_people or not people_heads.isdisjoint(words))
        )
    )


def _heads(words: Iterable[str], rng: random.Random) -> list[str]:
    """`words`, and each one shortened, made longer, misspelt and in the plural."""
    heads: list[str] = []
    for word in sorted(set(words)):
        heads += [word, word + "s", word[:3], word[:4], word[:-1], word + "an", word[::-1]]
        if len(word) > 2:
            at = rng.randrange(len(word) - 1)
            heads.append(word[:at] + word[at + 1] + word[at] + word[at + 2 :])
            heads.append(word[:at] + "x" + word[at + 1 :])
    return heads


def _check(kinds: frozenset[_Kind], heads: Iterable[str]) -> None:
    index = _KindIndex(kinds)
    for head in heads:
        assert _kinds_said(head, index) == _compared_with_each_kind(head, kinds), head


def test_the_kinds_of_the_shipped_stories_people(searcher: Searcher) -> None:
    people = searcher.snapshot.people
    described = descriptions.Descriptions(people)
    described._read_people()
    kinds = frozenset(described._kinds)
    words = {w for _, own in kinds for w in own}
    rng = random.Random(13)
    extra = SOMEONE_NOUNS | GROUP_NOUNS | EXPERT_WORDS | ORG_WORDS | _ROLE_NOUNS
    _check(kinds, _heads(words | extra | {"boss", "chief", "expert", "experts", "zebulon"}, rng))


def test_kinds_made_up_of_role_nouns_and_organisations_words() -> None:
    rng = random.Random(37)
    roles, orgs = sorted(_ROLE_NOUNS), sorted(ORG_WORDS | {"watch", "harrow", "amnesty"})
    kinds: set[_Kind] = {(False, frozenset()), (True, frozenset())}
    for _ in range(400):
        organisation = rng.random() < 0.3
        pool = orgs if organisation else roles
        kinds.add((organisation, frozenset(rng.sample(pool, rng.randint(1, 4)))))
    heads = _heads([*roles, *orgs, *SOMEONE_NOUNS, *GROUP_NOUNS, *EXPERT_WORDS], rng)
    _check(frozenset(kinds), heads)
    _check(frozenset(), heads[:50])
