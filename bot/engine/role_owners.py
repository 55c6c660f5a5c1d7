"""Whose each person's role is, as their story writes it: the owners a story writes one of
someone's roles with, read once when the story is analysed and kept on the person
(`Person.owners`) for the questions that ask a role by its owner ("the landlord's lawyer",
"the hospital's boss"). Two ways a story writes it:

- beside their name ("The tenants' lawyer, Sam Reyes", "Sam Reyes, the tenants' lawyer", "a
  lawyer for the tenants, Sam Reyes", "Sam Reyes, a lawyer for the tenants"): the owner's
  words, whose that role is;
- a common word's possessive right before the words of one of their roles, anywhere in the
  story ("The hospital's chief executive" in a story naming Anders Kaye, chief executive):
  the word, where it stands and how many words of the role follow it, so that a question
  reading several holders gives it to the one holding the longest role written there (Kaye,
  not Fire Chief Rhona Patel, whose "chief" is but its first word).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.engine.models import Person, RoleOwner
from bot.engine.text import stem
from bot.engine.words import FUNCTION_WORDS

# A possessive in speaker words or a story, with up to two words before it ("the landlord's",
# "the tenants'", "Senator Okafor's"): whose the role after it is
POSSESSIVE_OWNER = r"((?:[^\W\d_][\w-]*[^\S\n]+){0,2}[^\W\d_][\w-]*?)(?:['’]s|(?<=s)['’])"
# A word a story writes in lower case (a common word, no name), and its owner's "'s" if any
STORY_COMMON_WORD = re.compile(r"(?<![\w'’-])([a-z][a-z-]*)(['’]s?)?(?![\w'’-])")
# The words of a role
_ROLE_WORD = re.compile(r"[^\W\d_]+")
# The role's words after "of", which the attribution may leave out ("chief of staff to
# Governor Ray Munson": the role "chief")
_OF_WHAT = r"(?:\s+of\s+[^\W\d_]+)?"
# A capitalised word, of a name
_NAME_WORD = r"(?<![\w'’-])[A-Z][\w&-]*"
_CAPITALISED = re.compile(_NAME_WORD + r"(?![\w'’-])")
# What a role written with its owner has before it ("the tenants' lawyer") or after it ("a
# lawyer for the tenants"), in lower case
_POSSESSIVE_ENDS = ("'s", "’s", "s'", "s’")
_TIED_AFTER = re.compile(_OF_WHAT + r"\s+(?:for|to|representing)\s")


def with_role_owners(body: str, story_id: str, people: Sequence[Person]) -> list[Person]:
    """`people`, the people of the story `story_id` (its `body`), each with the owners the
    story writes one of their roles with (`Person.owners`)."""
    roles = {person.id: _role_stems(person) for person in people}
    most = max((len(role) for held in roles.values() for role in held), default=0)
    written = [(match.group(1), bool(match.group(2))) for match in STORY_COMMON_WORD.finditer(body)]
    # each possessive's place among them, its word and the stems of the words after it, as
    # many as a role has
    possessives = [
        (at, word, tuple(stem(after) for after, _ in written[at + 1 : at + 1 + most]))
        for at, (word, owner) in enumerate(written)
        if owner
    ]
    lines = _lines(body)
    read = []
    for person in people:
        owners = (
            *_beside_name(body, lines, story_id, person),
            *_before_role(possessives, roles[person.id], story_id),
        )
        read.append(person.model_copy(update={"owners": owners}) if owners else person)
    return read


def _lines(body: str) -> list[tuple[int, int, str]]:
    """Each line of `body` (a paragraph): where it starts and ends, and its text in lower case."""
    found = []
    start = 0
    for line in body.split("\n"):
        end = start + len(line)
        found.append((start, end, line.lower()))
        start = end + 1
    return found


def _beside_name(
    body: str, lines: Sequence[tuple[int, int, str]], story_id: str, person: Person
) -> list[RoleOwner]:
    """The owners `body` (its `lines`) writes `person`'s role with next to their name, read
    only in a paragraph naming them that writes one of their roles with an owner: most
    people are written with none, and their patterns were most of a story's analysis."""
    roles = sorted({r.lower() for r in person.roles if r.strip()}, key=len, reverse=True)
    names = sorted({a for a in (person.name, *person.aliases) if a.strip()}, key=len, reverse=True)
    held = [
        (start, end)
        for start, end, lower in lines
        if any(_owned_at(lower, role) for role in roles)
        and any(n in body[start:end] for n in names)
    ]
    if not held:
        return []
    role = "(?i:" + "|".join(map(re.escape, roles)) + ")"
    name = "(?:" + "|".join(map(re.escape, names)) + r")\b"
    patterns = (
        re.compile(POSSESSIVE_OWNER + rf"\s+{role},?\s+{name}"),
        re.compile(rf"{name},\s+(?i:the|a|an)\s+" + POSSESSIVE_OWNER + rf"\s+{role}\b"),
        re.compile(
            rf"{role}{_OF_WHAT}\s+(?i:for|to|representing)\s+(?P<owner>[^,.;:!?“”\"]{{1,60}}?),?\s+{name}"
        ),
        re.compile(
            rf"{name},\s+(?:(?i:the|a|an)\s+)?{role}{_OF_WHAT}\s+(?i:for|to|representing)\s+"
            r"(?P<owner>[^,.;:!?“”\"]{1,60})"
        ),
    )
    return [
        RoleOwner(
            story_id=story_id,
            words=match.group(1),
            beside=True,
            named=_longest_name(body, match.group(1)),
        )
        for pattern in patterns
        for start, end in held
        for match in pattern.finditer(body, start, end)
    ]


def _longest_name(body: str, owner: str) -> str:
    """The longest name `body` writes holding the capitalised words of `owner` in a row
    ("Brightline Chemicals" of "Brightline"), when it is longer than they are; "" when it
    is not or they are none."""
    capitals = [word for word in _CAPITALISED.findall(owner) if word.lower() not in FUNCTION_WORDS]
    if not capitals:
        return ""  # "The tenants"
    own = " ".join(capitals)
    around = re.compile(rf"(?:{_NAME_WORD}\s+)*{re.escape(own)}(?:\s+{_NAME_WORD})*(?![\w'’-])")
    longest = max((match.group() for match in around.finditer(body)), key=len, default=own)
    return longest if longest != own else ""


def _owned_at(lower: str, role: str) -> bool:
    """Whether `lower` (a paragraph in lower case) writes `role` after a possessive ("the
    tenants' lawyer") or before a word tying it to an owner ("a lawyer for the tenants")."""
    at = lower.find(role)
    while at != -1:
        before = lower[:at]
        if before[-1:].isspace() and before.rstrip().endswith(_POSSESSIVE_ENDS):
            return True
        if _TIED_AFTER.match(lower, at + len(role)):
            return True
        at = lower.find(role, at + 1)
    return False


def _role_stems(person: Person) -> list[tuple[str, ...]]:
    """The stems of the words of each of `person`'s roles."""
    return [
        words
        for role in person.roles
        if (words := tuple(stem(w) for w in _ROLE_WORD.findall(role.lower())))
    ]


def _before_role(
    possessives: Sequence[tuple[int, str, tuple[str, ...]]],
    roles: Sequence[tuple[str, ...]],
    story_id: str,
) -> list[RoleOwner]:
    """The common words a story writes as the owner right before the words of one of a
    person's `roles` (their stems), whole, each with the most words of theirs it holds
    (`possessives`: each possessive's place among the story's lower-case words, its word and
    the stems of the words after it)."""
    found = []
    for at, word, after in possessives:
        held = max((len(role) for role in roles if after[: len(role)] == role), default=0)
        if held:
            found.append(RoleOwner(story_id=story_id, words=word, at=at, held=held))
    return found
