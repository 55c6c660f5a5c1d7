"""Nouns for a kind of person ("teacher", "owner", "station master"), from WordNet.

News introduces people by what they do far more often than by a title: "hotel owner Maria
Lopez said", "Maria Lopez, a teacher, said". No list of such nouns would be complete, and
WordNet's is far larger: a noun whose most frequent sense WordNet files among people (its
lexicographer file noun.person) names a kind of person. Only the first sense counts, so
"station", "summer" and "apple" are no people though some rare sense of them may be; and only a
common noun, one WordNet writes in lower case in that sense: "Mason", "Smith" and "Carter" are
first of all people's names, and a surname is never a role.

Asked at index time of the words around every capitalised run of every story: each word is
looked up once (a few dozen reads of WordNet's memory-mapped files) and remembered.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from bot.engine.first_names import is_first_name
from bot.engine.lexicon import shared_wordnet
from bot.engine.names import Token, head_ending_at, role_run_start, side_by_side
from bot.engine.words import (
    CLERICAL_TITLES,
    FUNCTION_WORDS,
    INDEFINITES,
    NAME_SUFFIXES,
    NOUN_MARKERS,
    PERSON_NOUNS,
    SPEECH_VERBS,
    all_lemmas,
    is_english_word,
    is_inflected_verb,
)

_PERSON_FILE = 18  # WordNet's lexicographer file noun.person
_LOCATION_FILE = 15  # noun.location
# Words before which a word that can be a verb is one: "to guide Maria Lopez", "will host ...".
_VERB_MARKERS = frozenset("to will would can could may might must shall should".split())
_SENTENCE_ENDS = frozenset(".!?")
_CLOSING_MARKS = frozenset({"”", '"'})  # a quotation's close: a cue's subject may follow


@lru_cache(maxsize=65_536)
def is_person_noun(word: str) -> bool:
    """Whether the lower-case noun `word`, as written (a plural is not), most often names a kind
    of person: "teacher", "owner", "master", "resident"; not "station", "mason", "teachers"."""
    if len(word) < 3 or word in FUNCTION_WORDS or not word.replace("-", "").isalpha():
        return False
    wordnet = shared_wordnet()
    if wordnet is None:
        return False
    # a compound news writes with hyphens, WordNet with "_" or as one word: "editor-in-chief"
    # (editor_in_chief), "co-founder" (cofounder); "mother-in-law" as written
    spellings = [word]
    if "-" in word:
        spellings += [word.replace("-", "_"), word.replace("-", "")]
    # the other side of the Atlantic's spelling of an agent noun, when WordNet lists only one:
    # "councilor" (WordNet has only "councillor"), as it lists both "counselor" and "counsellor"
    spellings += _other_l_spellings(word)
    for spelling in spellings:
        sense = wordnet.first_noun_sense(spelling)
        if sense is not None:
            return sense[0] == _PERSON_FILE and spelling in sense[1]
    return _ranked_person_noun(word)


# Prefixes of rank or of a family tie that leave a noun for a person one, written as one word
# with it: "headteacher", "cowriter", "subeditor"
_RANK_PREFIXES = ("head", "step", "co", "vice", "sub", "arch", "grand")


def _ranked_person_noun(word: str) -> bool:
    """A word WordNet does not have that is a prefix of rank or family (`_RANK_PREFIXES`) and
    a noun for a kind of person of four letters or more: "headteacher" (WordNet has only
    "headmaster" and "headmistress"), "cowriter"; not "subtext" or "headcount"."""
    for prefix in _RANK_PREFIXES:
        rest = word.removeprefix(prefix).removeprefix("-")
        if rest != word and len(rest) >= 4 and is_person_noun(rest):
            return True
    return False


_AGENT_L = re.compile(r"(?<=[^aeiou][aeiou])(l{1,2})(or|er|ist)$")


def _other_l_spellings(word: str) -> list[str]:
    """ "councilor" -> "councillor", "councillor" -> "councilor": American English writes one "l"
    before an agent suffix after an unstressed vowel where British English writes two; WordNet
    lists both spellings of most such nouns ("traveler", "traveller") but not of all."""
    found = _AGENT_L.search(word)
    if found is None:
        return []
    other = "l" if found.group(1) == "ll" else "ll"
    return [word[: found.start()] + other + found.group(2)]


def role_head_at(tokens: Sequence[Token], j: int) -> int | None:
    """Start of the role head ending at token `j`: a title ("press secretary", `ROLE_HEADS`) or,
    in lower case, a noun for a kind of person ("teacher", "owner"); else None. The nouns of
    `PERSON_NOUNS` ("man", "resident") describe someone without being a role to call them by."""
    start = head_ending_at(tokens, j)
    if start is not None or not 0 <= j < len(tokens):
        return start
    token = tokens[j]
    if token.is_word and not token.is_cap and token.lower not in PERSON_NOUNS:
        return j if is_person_noun(token.lower) else None
    return None


def describes_person(token: Token) -> bool:
    """A lower-case noun for a kind of person, a role or not: "teacher", "resident", "man"."""
    return (
        token.is_word
        and not token.is_cap
        and (token.lower in PERSON_NOUNS or is_person_noun(token.lower))
    )


def occupation_before(
    tokens: Sequence[Token], i: int, name_end: int, *, known: bool = False
) -> int | None:
    """Where the words naming a kind of person right before the name `tokens[i:name_end]`
    start, when they are no title (`head_ending_at` finds those): "hotel owner Maria Lopez",
    "teacher Maria Lopez", and opening a sentence "Teacher Maria Lopez"; else None. `known`:
    the name is someone the story knows, so a surname alone may follow a capitalised title
    of address for clergy ("Father Wilk" of Tomasz Wilk, `_opening_occupation`).

    Not a word that is a verb there ("to guide Maria Lopez", "will host ..."), nor one that can
    be an adjective standing alone ("conservative Republicans", "rival Microsoft"; but "station
    master Ravi Perera", "Texas native Ana Lima"), nor a noun heading
    a relative clause the name is the subject of ("the woman Sam Ardent hired"), nor a
    capitalised word before a name of one word or one that is also a first name: "Hunter Biden",
    "Baker Mayfield", "Hunter S. Thompson" are names whole."""
    k = i - 1
    if k < 0 or not tokens[k].is_word or not side_by_side(tokens, k, i + 1):
        return None
    if tokens[k].is_cap:
        return k if _opening_occupation(tokens, k, name_end, known=known) else None
    if not describes_person(tokens[k]):
        return None
    start = role_run_start(tokens, k)
    if start == k and _can_be_adjective(tokens[k].lower):
        return None
    before = tokens[start - 1].lower if start > 0 else ""
    if before in _VERB_MARKERS and _can_be_verb(tokens[start].lower):
        return None
    if _heads_relative_clause(tokens, start, name_end):
        return None
    return start


def _heads_relative_clause(tokens: Sequence[Token], start: int, name_end: int) -> bool:
    """ "the woman Sam Ardent hired": a noun phrase opened by a determiner or a possessive, then
    a name and a verb (not one of speech: "the teacher Ana Lima said" is hers)."""
    before = tokens[start - 1] if start > 0 else None
    if before is None or not (
        before.lower in NOUN_MARKERS or before.lower in INDEFINITES or before.kind == "poss"
    ):
        return False
    after = tokens[name_end] if name_end < len(tokens) else None
    return (
        after is not None
        and after.is_word
        and not after.is_cap
        and after.lower not in SPEECH_VERBS
        and is_inflected_verb(after.lower)
    )


def _opening_occupation(
    tokens: Sequence[Token], k: int, name_end: int, *, known: bool = False
) -> bool:
    """ "Teacher Maria Lopez said": a capitalised noun for a kind of person opening a sentence,
    or a clause after a comma ("At the hearing, Councillor Mara Voss stood up") or a quotation
    (`"...," Pastor Tomasz Wilk said`), or after a word in lower case ("said Provost Evelyn
    Marsh"), before a name of two words or more whose first is a given name (or no English
    word); a title of address for clergy before a surname alone when the name is someone the
    story knows (`known`: `"...," Father Wilk said` of Tomasz Wilk; "Baker Holm" may be a name
    whole). After a capitalised word it is part of a longer name ("Archer Daniels Midland"'s
    "Archer" after "Chicago")."""
    token = tokens[k]
    before = tokens[k - 1] if k > 0 else None
    if (
        before is not None
        and before.text not in _SENTENCE_ENDS
        and before.text not in _CLOSING_MARKS
        and before.text != ","
        and not (before.is_word and before.text.islower())
    ):
        return False
    words = [t for t in tokens[k + 1 : name_end] if t.lower not in NAME_SUFFIXES]
    surname = known and len(words) == 1 and token.lower in CLERICAL_TITLES
    if not (len(words) >= 2 or surname) or not token.text[1:].islower():
        return False
    if not surname and is_english_word(words[0].lower) and not is_first_name(words[0].lower):
        return False  # "Guardian Life Insurance": no one's given name after it
    # a word that can be an adjective ("Resident", "Senior") counts only before a given name:
    # "Resident June Okafor", not "Liberal Democrats" or "Native American Rights Fund"
    return (
        (
            describes_person(tokens[k]._replace(is_cap=False))
            or (is_first_name(words[0].text) and _a_person_in_some_sense(token.lower))
        )
        and (not _can_be_adjective(token.lower) or is_first_name(words[0].text))
        and not is_first_name(token.lower)
    )


def _a_person_in_some_sense(word: str) -> bool:
    """A noun one of whose senses, as WordNet writes it, is a kind of person, though not its
    most frequent: "principal" (most often a sum of money, then a school's head), as a title
    before a given name and a surname ("Principal Victor Ames said"), where no other sense
    fits; as `people._owned_person_sense` reads "Lindenwood's principal, Ana Whitcomb,"."""
    if len(word) < 3 or not word.isalpha():
        return False
    wordnet = shared_wordnet()
    return wordnet is not None and _PERSON_FILE in wordnet.noun_files_as_written(word)


def occupation_inside_run(tokens: Sequence[Token], i: int, j: int) -> int | None:
    """Where a capitalised noun for a kind of person stands inside the capitalised run
    [i, j) after capitalised common words that modify it, before a name of two words or more
    opening with a given name: "House Speaker Gerald Hanley", "Library Director Ana Lima"
    (the noun's index); else None. The run must open a sentence, a clause after a comma or
    follow a word in lower case, as `_opening_occupation` asks of a noun opening it, and every
    word before the noun must be an English word in lower case too and no given name: "Chicago
    Archer Daniels Midland" ("Chicago" no common word) stays a name whole."""
    if not _opens_a_role_run(tokens, i):
        return None
    place = not a_common_word(tokens[i]) and _names_a_place(tokens[i])
    for k in range(i + 1, j - 2):
        if not (a_common_word(tokens[k - 1]) or (k - 1 == i and place)):
            return None
        if place and k == i + 1:
            continue  # "Dayton Clerk Pamela Voss": a place alone before the noun, a name whole
        token = tokens[k]
        if (
            token.is_word
            and token.text[1:].islower()
            and is_first_name(tokens[k + 1].text)
            and not is_first_name(token.text)
            and _a_kind_of_person(token.lower)
            and side_by_side(tokens, i, k + 2)
        ):
            return k
    return None


def a_common_word(word: Token) -> bool:
    """A capitalised English word in lower case too, no function word nor given name."""
    return (
        word.is_word
        and word.text[1:].islower()
        and is_english_word(word.lower)
        and word.lower not in FUNCTION_WORDS
        and not is_first_name(word.text)
    )


@lru_cache(maxsize=4096)
def _names_a_place(word: Token) -> bool:
    """A capitalised word whose most frequent noun sense in WordNet is a place so written
    ("Virginia", "Texas"; a given name too or not)."""
    wordnet = shared_wordnet()
    if wordnet is None or not word.is_word or not word.text[1:].islower():
        return False
    sense = wordnet.first_noun_sense(word.lower)
    return sense is not None and sense[0] == _LOCATION_FILE and word.text in sense[1]


@lru_cache(maxsize=4096)
def _a_kind_of_person(word: str) -> bool:
    """A noun for a kind of person in its most frequent sense ("speaker"), or, inside a run
    of capitalised words a title is read from, in any sense WordNet writes it in lower case
    ("whip", a party's whip: first a lash)."""
    if describes_person(Token(word, 0, len(word), "word", word, True, False)):
        return True
    wordnet = shared_wordnet()
    return wordnet is not None and _PERSON_FILE in wordnet.noun_files_as_written(word)


def _opens_a_role_run(tokens: Sequence[Token], i: int) -> bool:
    before = tokens[i - 1] if i > 0 else None
    return (
        before is None
        or before.text in _SENTENCE_ENDS
        or before.text == ","
        or (before.is_word and before.text.islower())
    )


@lru_cache(maxsize=4096)
def _can_be_verb(word: str) -> bool:
    return bool(all_lemmas(word).get("VERB"))


@lru_cache(maxsize=4096)
def _can_be_adjective(word: str) -> bool:
    return bool(all_lemmas(word).get("ADJ"))
