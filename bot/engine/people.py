"""People and organisations a story names, and every way it refers to them.

A person enters the story in one of three general shapes, never through a list of names:

* a run of role words before a capitalised name: "Salvadoran President Nayib Bukele",
  "Cornell University professor Gustavo Flores-Macias", "former Florida Rep. Matt Gaetz";
* a capitalised name followed by an appositive role or age: "Kilmar Abrego Garcia, a Maryland
  man", "Matt Gaetz, Trump's former attorney general nominee", "Jane Doe, 43,";
* a capitalised name that is the subject of a speech cue (found by `attribution`): "Smith said".

Places and institutions ("El Salvador", "White House", "Supreme Court") take none of these shapes,
so they never become people; an organisation becomes a speaker only as the subject of a speech or
reporting cue ("according to Human Rights Watch", "a Human Rights Watch analysis ... reads").

This module also tokenises text (offsets kept), finds where a story or a question mentions
the people it knows (`find_mentions`). What a story says of a person's gender is read in
`attribution.gender`.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import NamedTuple

from bot.engine.models import Person, SpeakerKind
from bot.engine.text import match_key
from bot.engine.words import (
    ABBREVIATIONS,
    FUNCTION_WORDS,
    HONORIFICS,
    NAME_PARTICLES,
    NAME_SUFFIXES,
    NON_NAMES,
    ORG_WORDS,
    PERSON_NOUNS,
    ROLE_HEADS,
    is_inflected_verb,
)

# --- Tokens ----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Token:
    """A word, a possessive ending ("'s") or a punctuation mark, with offsets into its text."""

    text: str
    start: int
    end: int
    kind: str  # "word" | "poss" | "punct"

    @property
    def lower(self) -> str:
        return self.text.lower()

    @property
    def is_word(self) -> bool:
        return self.kind == "word"

    @property
    def is_cap(self) -> bool:
        return self.kind == "word" and self.text[:1].isupper()


_TOKEN = re.compile(
    r"(?P<acronym>(?:[A-Za-z]\.){2,})"
    r"|(?P<word>[^\W_]+(?:[-'’‘][^\W_]+)*)"
    r"|(?P<punct>\S)"
)
_POSSESSIVE = re.compile(r"['’‘]s$")


def tokenize(text: str, offset: int = 0) -> list[Token]:
    """Tokens of `text`, offsets shifted by `offset`; abbreviations keep their full stop."""
    tokens: list[Token] = []
    for match in _TOKEN.finditer(text):
        start, end = match.start(), match.end()
        if tokens and offset + start < tokens[-1].end:
            continue  # the full stop an abbreviation took
        if match.lastgroup == "acronym":
            tokens.append(Token(match.group(), offset + start, offset + end, "word"))
            continue
        if match.lastgroup == "punct":
            tokens.append(Token(match.group(), offset + start, offset + end, "punct"))
            continue
        word = match.group()
        if _POSSESSIVE.search(word) and len(word) > 2:
            cut = end - 2
            tokens.append(Token(text[start:cut], offset + start, offset + cut, "word"))
            tokens.append(Token(text[cut:end], offset + cut, offset + end, "poss"))
            continue
        is_abbrev = word.lower() in ABBREVIATIONS or (len(word) == 1 and word.isupper())
        if is_abbrev and text[end : end + 1] == ".":
            end += 1
        tokens.append(Token(text[start:end], offset + start, offset + end, "word"))
    return tokens


def head_ending_at(tokens: Sequence[Token], j: int) -> int | None:
    """Start index of the longest role head that ends at token `j`, else None."""
    best: int | None = None
    for size in (1, 2, 3):
        i = j - size + 1
        if i < 0 or not all(t.is_word for t in tokens[i : j + 1]):
            continue
        if tuple(t.lower for t in tokens[i : j + 1]) in ROLE_HEADS and _joined(tokens, i, j + 1):
            best = i
    return best


def is_role_modifier(token: Token) -> bool:
    """A word that can stand in a run of role words before a head: "former", "White", "press"."""
    if not token.is_word or token.lower in FUNCTION_WORDS or token.text[:1].isdigit():
        return False
    if token.is_cap:
        return True
    return not token.lower.endswith("ly") and not is_inflected_verb(token.lower)


def role_run_start(tokens: Sequence[Token], head_start: int, limit: int = 6) -> int:
    """Extend a role head backwards over its modifiers: "White House press secretary"."""
    k = head_start
    while k > 0 and head_start - k < limit and is_role_modifier(tokens[k - 1]):
        if not _joined(tokens, k - 1, k + 1):
            break
        k -= 1
    return k


def _joined(tokens: Sequence[Token], i: int, j: int) -> bool:
    """Tokens i..j-1 follow each other separated by nothing but spaces (no new line)."""
    return all(tokens[k + 1].start - tokens[k].end <= 1 for k in range(i, j - 1))


def cap_sequences(tokens: Sequence[Token]) -> list[tuple[int, int]]:
    """Maximal runs [i, j) of capitalised words, allowing name particles ("Tren de Aragua")."""
    runs: list[tuple[int, int]] = []
    i = 0
    while i < len(tokens):
        if not tokens[i].is_cap:
            i += 1
            continue
        j = i + 1
        while j < len(tokens) and tokens[j].start - tokens[j - 1].end <= 1:
            if tokens[j].is_cap:
                j += 1
            elif (
                tokens[j].lower in NAME_PARTICLES
                and j + 1 < len(tokens)
                and tokens[j + 1].is_cap
                and tokens[j + 1].start - tokens[j].end <= 1
            ):
                j += 2
            else:
                break
        runs.append((i, j))
        i = j
    return runs


def looks_like_org(words: Sequence[str]) -> bool:
    return any(w.lower().strip(".") in ORG_WORDS for w in words)


def is_name_like(tokens: Sequence[Token]) -> bool:
    """Capitalised words that may be a name: no stop word, weekday or month among them."""
    if not tokens or len(tokens) > 5 or not tokens[0].is_cap or not tokens[-1].is_cap:
        return False
    if head_ending_at(tokens, len(tokens) - 1) is not None:
        return False
    return all(t.lower not in FUNCTION_WORDS and t.lower not in NON_NAMES for t in tokens)


# --- People ----------------------------------------------------------------------------------


@dataclass
class Intro:
    """Evidence that a name is someone in the story, and the roles given with it."""

    name: str
    roles: list[str] = field(default_factory=list)
    kind: SpeakerKind = SpeakerKind.PERSON
    position: int = 0  # offset of the first evidence, to list people in story order


def role_strings(tokens: Sequence[Token], text: str) -> list[str]:
    """The ways a role run lets the story refer to someone: full run, lower-case tail, head."""
    if not tokens:
        return []
    full = text[tokens[0].start : tokens[-1].end]
    variants = [full]
    if tokens[0].lower == "former" and len(tokens) > 1:
        variants.append(text[tokens[1].start : tokens[-1].end])
    head_start = head_ending_at(tokens, len(tokens) - 1)
    if head_start is not None and tokens[head_start].lower in HONORIFICS:
        return []
    if head_start is not None:
        tail = head_start
        while tail > 0 and not tokens[tail - 1].is_cap and tokens[tail - 1].lower != "former":
            tail -= 1
        if tail < head_start:
            variants.append(text[tokens[tail].start : tokens[-1].end])
        variants.append(" ".join(t.lower for t in tokens[head_start:]))
    return list(dict.fromkeys(variants))  # "President" and "president" both kept


def _dedupe(items: Iterable[str]) -> list[str]:
    seen: set[str] = set()
    out: list[str] = []
    for item in items:
        key = match_key(item)
        if item and key not in seen:
            seen.add(key)
            out.append(item)
    return out


def introductions(tokens: Sequence[Token], text: str, outside: Sequence[bool]) -> list[Intro]:
    """People introduced by a role run before their name or an appositive after it.

    `outside[k]` is False for tokens inside quotation marks: a speaker's own words do not
    introduce anyone.
    """
    intros: list[Intro] = []
    for i, j in cap_sequences(tokens):
        if not all(outside[i:j]):
            continue
        premodified = _premodifier(tokens, text, i, j)
        name_start, roles = premodified or (i, [])
        name = tokens[name_start:j]
        if not is_name_like(name):
            continue
        appositive = _appositive(tokens, text, j)
        before = _role_before(tokens, text, name_start, j) if premodified is None else None
        if premodified is None and appositive is None and before is None:
            continue
        roles += (before or []) + (appositive or [])
        intros.append(
            Intro(
                text[name[0].start : name[-1].end],
                list(dict.fromkeys(roles)),
                position=name[0].start,
            )
        )
    return intros


def _premodifier(
    tokens: Sequence[Token], text: str, i: int, j: int
) -> tuple[int, list[str]] | None:
    """Where the name starts in the capitalised run [i, j), and the role words before it."""
    for k in range(j - 2, i - 1, -1):  # a head inside the run: "Salvadoran President Nayib Bukele"
        head = head_ending_at(tokens, k)
        if head is not None and head >= i:
            start = role_run_start(tokens, head)
            return k + 1, role_strings(tokens[start : k + 1], text)
    head = head_ending_at(tokens, i - 1) if i > 0 and _joined(tokens, i - 1, i + 1) else None
    if head is not None:  # "professor Gustavo Flores-Macias"
        start = role_run_start(tokens, head)
        return i, role_strings(tokens[start:i], text)
    return None


def _appositive(tokens: Sequence[Token], text: str, j: int) -> list[str] | None:
    """Roles from ", a Maryland man" / ", Trump's former ... nominee" / ", 43," after a name."""
    if j + 1 >= len(tokens) or tokens[j].text != ",":
        return None
    k = j + 1
    if tokens[k].text.isdigit() and k + 1 < len(tokens) and tokens[k + 1].text in ",.;":
        return []  # an age: a person, no role
    if tokens[k].lower in ("a", "an", "the"):
        k += 1
    start = m = k
    while m < len(tokens) and tokens[m].is_cap and m - k < 4:
        m += 1
    if k < m < len(tokens) and tokens[m].kind == "poss":  # "Trump's former ..."
        k = m + 1
    last_head: int | None = None
    end = k
    while end < min(k + 6, len(tokens)) and tokens[end].is_word:
        head = head_ending_at(tokens, end)
        if head is not None and head >= k:
            last_head = end
        elif last_head is not None:
            break
        elif tokens[end].lower in PERSON_NOUNS:
            return None if _clause_follows(tokens, end) else [_text(tokens, text, start, end)]
        elif not is_role_modifier(tokens[end]):
            return None
        end += 1
    if last_head is None or _clause_follows(tokens, last_head):
        return None
    roles = [_text(tokens, text, start, last_head)]
    return list(dict.fromkeys(roles + role_strings(tokens[k : last_head + 1], text)))


def _role_before(tokens: Sequence[Token], text: str, i: int, j: int) -> list[str] | None:
    """Roles from a role phrase set before a name in apposition: "The mayor, Bill Chen, said",
    "the county sheriff, Dale Brooks.", "Senator Okafor's spokesman, Ben Adler, said".

    The name must close the apposition (a comma or the sentence end, not "and": "the mayor,
    Bill Chen, and the governor" may be a list), and the role phrase must open with a determiner,
    a possessive or the sentence.
    """
    if i < 2 or tokens[i - 1].text != ",":
        return None
    if j < len(tokens):
        closing = tokens[j].text
        listed = j + 1 < len(tokens) and (
            tokens[j + 1].lower in ("and", "or") or tokens[j + 1].is_cap
        )
        if closing not in ",.;" or (closing == "," and listed):
            return None  # "the governor, Ann Lee, Bob Stone and ...": maybe a list
    head = head_ending_at(tokens, i - 2)
    if head is None or tokens[head].lower in HONORIFICS:
        return None
    start = role_run_start(tokens, head)
    opener = tokens[start - 1] if start > 0 else None
    if opener is not None and opener.lower not in ("the", "a", "an") and opener.kind != "poss":
        return None
    return role_strings(tokens[start : i - 1], text)


def _clause_follows(tokens: Sequence[Token], end: int) -> bool:
    """ ", the president said": the phrase is the subject of a new clause, not an appositive."""
    return (
        end + 1 < len(tokens)
        and tokens[end + 1].is_word
        and is_inflected_verb(tokens[end + 1].lower)
    )


def _text(tokens: Sequence[Token], text: str, i: int, j: int) -> str:
    return text[tokens[i].start : tokens[j].end]


def _head_word(token: Token) -> bool:
    return any(token.lower in head for head in ROLE_HEADS)


def name_aliases(name: str, kind: SpeakerKind) -> list[str]:
    """Full name and its surname forms ("Kilmar Abrego Garcia" -> "Abrego Garcia", "Garcia")."""
    words = name.split()
    aliases = [name]
    if kind is SpeakerKind.ORGANIZATION:
        if words[0].lower() == "the" and len(words) > 1:
            aliases.append(" ".join(words[1:]))
        caps = [w for w in words if w[:1].isupper() and w.lower() != "the"]
        if len(caps) >= 2:
            aliases.append("".join(w[0] for w in caps))  # "HRW"
        return _dedupe(aliases)
    while len(words) > 1 and words[-1].lower() in NAME_SUFFIXES:
        words = words[:-1]
    for k in range(1, len(words)):
        if words[k].lower() not in NAME_PARTICLES:
            aliases.append(" ".join(words[k:]))
    return _dedupe(aliases)


def slug(name: str) -> str:
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-") or "someone"


def build_people(intros: Sequence[Intro], story_id: str, excluded: Iterable[str]) -> list[Person]:
    """One Person per canonical name; a lone surname joins the one full name it ends."""
    skip = {match_key(n) for n in excluded}
    merged: dict[str, Intro] = {}
    for intro in sorted(intros, key=lambda x: (-len(x.name.split()), x.position)):
        if match_key(intro.name) in skip:
            continue
        key = match_key(intro.name)
        if key not in merged:
            owners = [
                k
                for k, known in merged.items()
                if len(known.name.split()) > 1
                and match_key(intro.name)
                in {match_key(a) for a in name_aliases(known.name, known.kind)[1:]}
            ]
            if len(owners) == 1:
                key = owners[0]
        target = merged.setdefault(key, Intro(intro.name, [], intro.kind, intro.position))
        target.roles = list(dict.fromkeys(target.roles + intro.roles))
        target.position = min(target.position, intro.position)
        if intro.kind is SpeakerKind.ORGANIZATION:
            target.kind = SpeakerKind.ORGANIZATION
    people: list[Person] = []
    used: set[str] = set()
    for intro in sorted(merged.values(), key=lambda x: x.position):
        pid = unique_id(slug(intro.name), used)
        people.append(
            Person(
                id=pid,
                name=intro.name,
                kind=intro.kind,
                aliases=tuple(name_aliases(intro.name, intro.kind)),
                roles=tuple(intro.roles),
                stories=(story_id,),
            )
        )
    return people


def unique_id(base: str, used: set[str]) -> str:
    pid, n = base, 2
    while pid in used:
        pid, n = f"{base}-{n}", n + 1
    used.add(pid)
    return pid


def role_heads(person: Person) -> set[str]:
    """The head nouns of a person's roles: "press secretary" -> {"secretary", "press secretary"}."""
    heads: set[str] = set()
    for role in person.roles:
        tokens = tokenize(role)
        if tokens:
            start = head_ending_at(tokens, len(tokens) - 1)
            if start is not None:
                heads.add(" ".join(t.lower for t in tokens[start:]))
    return heads


# --- Mentions --------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Mention:
    """A name of known people in a token list: tokens [i, j); more than one id if ambiguous."""

    ids: tuple[str, ...]
    i: int
    j: int


def name_mentions(tokens: Sequence[Token], people: Sequence[Person]) -> list[Mention]:
    """Where `tokens` name known people by an alias (case-sensitive, longest alias first)."""
    table: dict[tuple[str, ...], list[str]] = {}
    for person in people:
        for alias in person.aliases:
            key = tuple(t.text for t in tokenize(alias))
            if key and person.id not in table.setdefault(key, []):
                table[key].append(person.id)
    longest = max((len(k) for k in table), default=0)
    mentions: list[Mention] = []
    i = 0
    while i < len(tokens):
        for size in range(min(longest, len(tokens) - i), 0, -1):
            ids = table.get(tuple(t.text for t in tokens[i : i + size]))
            if ids and _joined(tokens, i, i + size):
                mentions.append(Mention(tuple(ids), i, i + size))
                i += size
                break
        else:
            i += 1
    return mentions


def find_mentions(text: str, people: Sequence[Person]) -> list[tuple[Person, int, int]]:
    """Which known people a free text (a question) refers to, by name, alias or role.

    Case-insensitive; the words of a name may be joined by a space, a hyphen or nothing, and an
    apostrophe may be straight, curly or left out ("flores macias" and "floresmacias" find
    Flores-Macias); the longest match wins where matches overlap; a surface form several people
    share ("president") returns each of them at the same offsets.
    """
    return MentionFinder(people).find(text)


class _Surface(NamedTuple):
    person: Person
    surface: str
    plural: bool  # a role: "presidents" names them too
    probe: str  # see _surface_probe


class MentionFinder:
    """`find_mentions` over one fixed list of people, each name's pattern prepared once.

    For reading many questions against the same people (a snapshot's): most questions name one
    or two of them, so a substring test skips most patterns before any regex runs, and a
    pattern is compiled the first time its probe is found (a newsroom corpus names thousands
    of people: compiling every pattern up front took seconds of start-up).
    """

    def __init__(self, people: Sequence[Person]) -> None:
        self._surfaces = tuple(
            _Surface(person, surface, plural, _surface_probe(surface))
            for person in people
            for surface, plural in _surfaces(person)
        )
        self._patterns: dict[int, re.Pattern[str]] = {}
        # Where each probe's surfaces stand: many people share a surname or a role, so a
        # corpus has far fewer probes than surfaces to look for in a question.
        self._by_probe: dict[str, list[int]] = {}
        for at, surface in enumerate(self._surfaces):
            self._by_probe.setdefault(surface.probe, []).append(at)

    def find(self, text: str) -> list[tuple[Person, int, int]]:
        """What `find_mentions(text, people)` returns."""
        lowered = _probe_view(text)
        if lowered is None:  # no probe can be trusted: every surface is tried
            held: Sequence[int] = range(len(self._surfaces))
        else:  # every match holds its probe: without it there is none
            held = sorted(
                at for probe, places in self._by_probe.items() if probe in lowered for at in places
            )
        matches = [
            (m.start(), m.end(), self._surfaces[at].person)
            for at in held
            for m in self._pattern(at).finditer(text)
        ]
        return _longest_first(matches)

    def _pattern(self, at: int) -> re.Pattern[str]:
        pattern = self._patterns.get(at)
        if pattern is None:
            surface = self._surfaces[at]
            pattern = self._patterns[at] = _surface_pattern(surface.surface, surface.plural)
        return pattern


def _longest_first(matches: list[tuple[int, int, Person]]) -> list[tuple[Person, int, int]]:
    """The matches that stand where they overlap: the longest, and everyone sharing it."""
    matches.sort(key=lambda m: (m[0], -(m[1] - m[0])))
    chosen: list[tuple[Person, int, int]] = []
    taken_until = -1
    span: tuple[int, int] | None = None
    for start, end, person in matches:
        if (start, end) == span:
            if all(p.id != person.id for p, s, e in chosen if (s, e) == span):
                chosen.append((person, start, end))
            continue
        if start < taken_until:
            continue
        chosen.append((person, start, end))
        span, taken_until = (start, end), end
    return chosen


def _surfaces(person: Person) -> list[tuple[str, bool]]:
    return [(a, False) for a in person.aliases] + [(r, True) for r in person.roles]


def _probe_view(text: str) -> str | None:
    """`text` lower-cased, in which a probe is found wherever its surface matches; None when
    that cannot be promised: case-insensitive matching also lets the letters ı, İ, ſ and the
    Kelvin sign stand for i, s and k, so a text with letters outside ASCII gets no shortcut."""
    if text.isascii() or not any(c.isalpha() for c in text if not c.isascii()):
        return text.lower()
    return None


@lru_cache(maxsize=4096)
def _surface_probe(surface: str) -> str:
    """The longest ASCII piece of the surface's pattern, lower-cased: every match contains it
    (between the pieces the pattern allows separators and apostrophes, never inside them).
    "" (in every text) when no piece is ASCII."""
    pieces = [
        piece
        for word in _SPLIT_NAME.split(surface.strip())
        for piece in _APOSTROPHES.split(word)
        if piece and piece.isascii()
    ]
    return max(pieces, key=len).lower() if pieces else ""


# Between the words of a name a question may put a space, a hyphen of any kind, or nothing:
# "Flores-Macias", "flores macias", "floresmacias"; an apostrophe may be straight, curly or left
# out: "O’Brien", "O'Brien", "OBrien".
_NAME_SEPARATORS = r"[\s\-‐‑–]*"
_APOSTROPHE = r"['’‘ʼ]?"
_SPLIT_NAME = re.compile(r"[\s\-‐‑–]+")
_APOSTROPHES = re.compile(r"['’‘ʼ]")


@lru_cache(maxsize=4096)
def _surface_pattern(surface: str, plural: bool) -> re.Pattern[str]:
    parts = [
        _APOSTROPHE.join(re.escape(piece) for piece in _APOSTROPHES.split(word))
        for word in _SPLIT_NAME.split(surface.strip())
        if word
    ]
    body = _NAME_SEPARATORS.join(parts)
    suffix = r"(?:s|es)?" if plural and surface[-1:].isalpha() else ""
    return re.compile(rf"(?<![\w\-‐‑–]){body}{suffix}(?![\w\-‐‑–])", re.IGNORECASE)
