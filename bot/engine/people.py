"""People and organisations a story names, and every way it refers to them.

A person enters the story in one of three general shapes, never through a list of names:

* a run of role words before a capitalised name: "Salvadoran President Nayib Bukele",
  "Cornell University professor Gustavo Flores-Macias", "former Florida Rep. Matt Gaetz",
  "hotel owner Maria Lopez", and opening a sentence "Teacher Maria Lopez";
* a capitalised name followed by an appositive role or age: "Kilmar Abrego Garcia, a Maryland
  man", "Matt Gaetz, Trump's former attorney general nominee", "Jane Doe, 43,", "Maria Lopez,
  a hotel owner in the village,", "Tomas Berg, 71, a retiree,";
* a capitalised name that is the subject of a speech cue (found by `attribution`): "Smith said".

Places and institutions ("El Salvador", "White House", "Supreme Court") take none of these shapes,
so they never become people; an organisation becomes a speaker only as the subject of a speech or
reporting cue ("according to Human Rights Watch", "a Human Rights Watch analysis ... reads").

A role is a title ("president", "Rep.": `words.ROLE_HEADS`) or any noun WordNet says most often
names a kind of person ("teacher", "owner", "station master": `occupations`). Tokens and the
shapes of names are in `names`; where a text mentions known people, in
`mentions`; what a story says of a person's gender, in `attribution.gender`.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from bot.engine.first_names import is_first_name
from bot.engine.lexicon import shared_wordnet
from bot.engine.models import Person, SpeakerKind
from bot.engine.names import (
    Token,
    cap_sequences,
    head_ending_at,
    is_name_like,
    is_role_modifier,
    looks_like_org,
    role_run_start,
    side_by_side,
    tokenize,
)
from bot.engine.occupations import (
    describes_person,
    is_person_noun,
    occupation_before,
    occupation_inside_run,
    role_head_at,
)
from bot.engine.places import cap_run_after, cap_run_before, names_a_place, place_after_preposition
from bot.engine.text import match_key
from bot.engine.words import (
    DETERMINERS,
    FUNCTION_WORDS,
    HONORIFICS,
    KIN_NOUNS,
    MONTHS,
    NAME_PARTICLES,
    NAME_SUFFIXES,
    ORG_WORDS,
    PERSON_NOUNS,
    PREPOSITIONS,
    ROLE_HEADS,
    SPELLED_TITLES,
    TIME_PREPOSITIONS,
    all_lemmas,
    is_dictionary_word,
    is_inflected_verb,
)


@dataclass
class Intro:
    """Evidence that a name is someone in the story, and the roles given with it."""

    name: str
    roles: list[str] = field(default_factory=list)
    kind: SpeakerKind = SpeakerKind.PERSON
    position: int = 0  # offset of the first evidence, to list people in story order


def role_strings(tokens: Sequence[Token], text: str) -> list[str]:
    """The ways a role run lets the story refer to someone: full run, lower-case tail, head."""
    if len(tokens) > 1 and tokens[-1].lower in _COURTESY_TITLES:
        # "board President Dr. Celeste Varga": the role is "board President"; "Dr." is how
        # the name is addressed, not what she is in the story
        tokens = tokens[:-1]
    if not tokens:
        return []
    full = text[tokens[0].start : tokens[-1].end]
    variants = [full]
    if tokens[0].lower == "former" and len(tokens) > 1:
        variants.append(text[tokens[1].start : tokens[-1].end])
    head_start = role_head_at(tokens, len(tokens) - 1)
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


# Titles of address that may stand between a role and a name ("Superintendent Dr. X")
_COURTESY_TITLES = HONORIFICS | frozenset({"dr."})


def _dedupe(items: Iterable[str]) -> list[str]:
    seen: set[str] = set()
    out: list[str] = []
    for item in items:
        key = match_key(item)
        if item and key not in seen:
            seen.add(key)
            out.append(item)
    return out


def introductions(
    tokens: Sequence[Token],
    text: str,
    outside: Sequence[bool],
    runs: Sequence[tuple[int, int]] | None = None,
) -> list[Intro]:
    """People introduced by a role run before their name or an appositive after it.

    `outside[k]` is False for tokens inside quotation marks: a speaker's own words do not
    introduce anyone. `runs`: `cap_sequences(tokens)` when the caller has them already.
    """
    intros: list[Intro] = []
    for i, j in cap_sequences(tokens) if runs is None else runs:
        if not all(outside[i:j]):
            continue
        i = past_opening_preposition(tokens, i, j)
        premodified = _ranked_class(tokens, text, i, j) or _premodifier(tokens, text, i, j)
        name_start, roles = premodified or (i, [])
        name = tokens[name_start:j]
        if not (
            is_name_like(name)
            or _month_first_name(tokens, name_start, j)
            or _function_word_first_name(tokens, name_start, j)
        ) or _names_a_body(name):
            continue  # "the Justice Department": an organisation's name, no "Justice" Department
        if len(name) == 1 and len(name[0].text) == 1:
            continue  # "identified only as Researcher C": a letter standing for someone unnamed
        if premodified is None and _opening_adverb(tokens, text, name_start, j):
            continue  # "Still, the town's mayor, Tom Ellery, said": no one called "Still"
        appositive = _appositive(tokens, text, j)
        # "The local MP, Dame Patricia Orme,": the run opens with a title of address, and the
        # role phrase before the comma is hers as well
        before = _role_before(tokens, text, name_start if premodified is None else i, j)
        if before is None and premodified is None:
            before = _listed_after_plural_role(tokens, text, name_start, j)
        if (
            premodified is None
            and appositive is None
            and before is None
            and not _first_name_and_who(tokens, name_start, j)
            and not _named_after_person_noun(tokens, name_start)
        ):
            continue
        roles += (before or []) + (appositive or [])
        if premodified is not None:
            roles += _of_place_after(tokens, text, j, roles)
        intros.append(
            Intro(
                text[name[0].start : name[-1].end],
                list(dict.fromkeys(roles)),
                position=name[0].start,
            )
        )
    return intros


_SENTENCE_ENDS = frozenset('.!?;:"“(')  # a sentence or a quotation opens after one


def _opening_adverb(tokens: Sequence[Token], text: str, i: int, j: int) -> bool:
    """A word alone opening a sentence, a comma after it, that WordNet has as an adverb and that
    is no first name: "Still, the town's mayor, Tom Ellery, said", "Meanwhile, the police chief,
    ..." ("Yet,", "Instead,", "Indeed,"), capitalised only by its place, not a name with an
    appositive after it. Not when the story (`text`) writes it capitalised after a word, where
    no sentence opens ("Mayor Ann Early ... Early, the town's mayor,"), nor "Ellery, who ..."
    or "Trump, asked ..." (no adverbs)."""
    if j - i != 1 or j >= len(tokens) or tokens[j].text != ",":
        return False
    if i > 0 and tokens[i - 1].text not in _SENTENCE_ENDS:
        return False  # mid-sentence ("In the end, Long, the mayor,"): a capital there is a name's
    word = tokens[i]
    if is_first_name(word.text):
        return False
    wordnet = shared_wordnet()
    if wordnet is None or not wordnet.is_adverb(word.lower):
        return False
    return re.search(rf"\w\s+{re.escape(word.text)}\b", text) is None


def _names_a_body(name: Sequence[Token]) -> bool:
    """A name after a title that is a body's: a word of institutions alone ("Department" of
    "the Justice Department") or closing words that open with no first name ("Services
    Administration" of "the General Services Administration", no general's name; "Margaret
    Court" is a person's)."""
    if name[-1].lower not in ORG_WORDS:
        return False
    return len(name) == 1 or not is_first_name(name[0].text)


_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)")


def ranked_class_start(tokens: Sequence[Token], i: int) -> int | None:
    """Where the title starts that a rank's class closes right before the name at `i + 1`:
    "Petty Officer 2nd Class" of "Petty Officer 2nd Class Marcus Webb", "Airman 1st Class"
    (a role head, an ordinal and one capitalised word); None otherwise."""
    if i < 2 or not tokens[i].is_cap or not _ORDINAL.fullmatch(tokens[i - 1].text):
        return None
    if not side_by_side(tokens, i - 2, i + 2):
        return None
    head = head_ending_at(tokens, i - 2)
    return None if head is None else role_run_start(tokens, head)


def _ranked_class(
    tokens: Sequence[Token], text: str, i: int, j: int
) -> tuple[int, list[str]] | None:
    """The run [i, j) opening with a rank's class before a full name ("Class Marcus Webb"
    after "Petty Officer 2nd"): the name after it, with the whole title for its role and the
    title before the ordinal ("Petty Officer", "officer") as the role's ways too."""
    start = ranked_class_start(tokens, i)
    if start is None or j - i < 3 or not is_first_name(tokens[i + 1].text):
        return None
    roles = [text[tokens[start].start : tokens[i].end], *role_strings(tokens[start : i - 1], text)]
    return i + 1, list(dict.fromkeys(roles))


def past_opening_preposition(tokens: Sequence[Token], i: int, j: int) -> int:
    """Where a name starts in the capitalised run [i, j) that a preposition opens, capitalised
    only by opening its sentence or clause: "For Daniel Okonkwo, the zoo's keeper, the decision
    was hard", "To Maria Lopez, a teacher, it was a shock" (the name after it, when a full
    name opening with a first name that is no month follows: "In June Garza" is a date); `i`
    otherwise."""
    if (
        j - i >= 3
        and tokens[i].lower in PREPOSITIONS
        and (i == 0 or not tokens[i - 1].is_word)
        and tokens[i + 1].lower not in MONTHS
        and is_first_name(tokens[i + 1].text)
    ):
        return i + 1
    return i


# Words before a month that make it a date, not a first name ("In June Garza said ..."): the
# time prepositions and the words that place a month ("last June", "early May").
_BEFORE_A_DATE = TIME_PREPOSITIONS | frozenset(
    "in on by of from through throughout last next this that early late mid every each".split()
)


def _month_first_name(tokens: Sequence[Token], i: int, j: int) -> bool:
    """A name [i, j) opening with a month that is also a first name ("June Okafor", "April
    Stone", "May Lin"), the rest a name: `is_name_like` holds every month a date, and the callers
    here ask for a role or an appositive besides. Not after a word that makes it a date ("In
    June Garza said", "since May Ortiz has")."""
    return (
        j - i >= 2
        and tokens[i].lower in MONTHS
        and is_first_name(tokens[i].text)
        and is_name_like(tokens[i + 1 : j])
        and (i == 0 or tokens[i - 1].lower not in _BEFORE_A_DATE)
    )


def _function_word_first_name(tokens: Sequence[Token], i: int, j: int) -> bool:
    """A name [i, j) opening with a first name that is also a function word ("Per Lindqvist",
    "Will Ortega", "Even Halvorsen"), the rest a name, capitalised where no sentence or
    quotation opens (after a comma or a word: "Her husband, Per Lindqvist,"), so as a name, not
    by its place: `is_name_like` takes no run holding a function word, and the callers here ask
    for a role or an appositive besides. Not an article ("The Oregonian" is a paper's name)."""
    return (
        i > 0
        and j - i >= 2
        and tokens[i].lower in FUNCTION_WORDS
        and tokens[i].lower not in DETERMINERS
        and tokens[i - 1].text not in _SENTENCE_ENDS
        and is_first_name(tokens[i].text)
        and is_name_like(tokens[i + 1 : j])
    )


def _named_after_person_noun(tokens: Sequence[Token], i: int) -> bool:
    """A name after "named" that a noun for a kind of person comes shortly before: "a high
    school coach in Ohio named Walt Donnelly", "a farmer named Olaf Berg" (not "a bill named
    the Fair Rent Act", "a dog named Rex" of no person)."""
    if i < 2 or tokens[i - 1].lower != "named" or not is_first_name(tokens[i].text):
        return False
    return any(describes_person(t) for t in tokens[max(0, i - 7) : i - 1])


def _first_name_and_who(tokens: Sequence[Token], i: int, j: int) -> bool:
    """A first name alone with a relative "who" after its comma: "Marco, who has come home on
    weekends to help, and his father argued": someone (the one full name opening with it the
    story introduced, `_first_name_owner`), not only when the subject of a cue; not a place
    a preposition puts it as ("a nurse in Eugene, who": `places.place_after_preposition`). So
    too a full name opening with a first name ("Yusuf Rahman, who runs a cafe opposite the
    gates, said ..."), given no role, after no preposition at all ("in Virginia Water, who":
    a place WordNet may not know)."""
    if not (
        1 <= j - i <= 3
        and j + 1 < len(tokens)
        and tokens[j].text == ","
        and tokens[j + 1].lower == "who"
        and is_first_name(tokens[i].text)
    ):
        return False
    if j - i > 1:
        return i == 0 or tokens[i - 1].lower not in PREPOSITIONS
    return not place_after_preposition(tokens, i, j)


def _premodifier(
    tokens: Sequence[Token], text: str, i: int, j: int
) -> tuple[int, list[str]] | None:
    """Where the name starts in the capitalised run [i, j), and the role words before it."""
    for k in range(j - 2, i - 1, -1):  # a head inside the run: "Salvadoran President Nayib Bukele"
        head = head_ending_at(tokens, k)
        if head is not None and head >= i:
            start = role_run_start(tokens, head)
            roles = role_strings(tokens[start : k + 1], text)
            return k + 1, roles + _of_owning_place(tokens, text, start, k + 1)
    head = head_ending_at(tokens, i - 1) if i > 0 and side_by_side(tokens, i - 1, i + 1) else None
    if head is not None:  # "professor Gustavo Flores-Macias"
        start = role_run_start(tokens, head)
        return i, role_strings(tokens[start:i], text) + _of_owning_place(tokens, text, start, i)
    titled = _name_after_title_of(tokens, i, j)
    if titled is not None:  # "Secretary of State Dana Whitfield"
        title = title_of_start(tokens, titled)
        if title is not None:
            return titled, role_strings(tokens[title:titled], text)
    inside = occupation_inside_run(tokens, i, j)
    if inside is not None:  # "House Speaker Gerald Hanley", "Senate Minority Whip Ana Ruiz"
        return inside + 1, [text[tokens[i].start : tokens[inside].end], tokens[inside].lower]
    if looks_like_org([t.text for t in tokens[i:j]]):
        return None  # "partner Goldman Sachs Group": no person's role
    occupation = occupation_before(tokens, i, j)
    if occupation is not None:  # "hotel owner Maria Lopez"
        return i, role_strings(tokens[occupation:i], text)
    if j - i > 2 and occupation_before(tokens, i + 1, j) == i:  # "Teacher Maria Lopez" opening
        return i + 1, [tokens[i].lower]
    return None


def _of_owning_place(tokens: Sequence[Token], text: str, start: int, end: int) -> list[str]:
    """The role of tokens [start, end) with the place owning it before it ("Ghana's
    President Ama Boateng": "Ghana President"), as an appositive's "of" phrase gives it
    (`_role_with_complements`): [] when no possessive place (WordNet's: `names_a_place`) owns
    it ("Trump's adviser Stephen Miller": a person's, whose words are no role's)."""
    if start < 2 or tokens[start - 1].kind != "poss" or not tokens[start - 2].is_cap:
        return []
    first = cap_run_before(tokens, start - 1)
    if not names_a_place(tuple(t.text for t in tokens[first : start - 1])):
        return []
    place = text[tokens[first].start : tokens[start - 2].end]
    return [f"{place} {text[tokens[start].start : tokens[end - 1].end]}"]


def _of_place_after(tokens: Sequence[Token], text: str, j: int, roles: Sequence[str]) -> list[str]:
    """The first of `roles` with the place an "of" phrase right after the name at `j` gives
    ("President Ama Boateng of Ghana": "Ghana President"); [] when none follows, or what
    follows is no place WordNet knows ("Mayor Ann Lee of the council")."""
    if not roles or j + 1 >= len(tokens) or tokens[j].lower != "of":
        return []
    k = j + 2 if tokens[j + 1].lower == "the" else j + 1
    end = cap_run_after(tokens, k)
    if end == k or not names_a_place(tuple(t.text for t in tokens[k:end])):
        return []
    return [f"{text[tokens[k].start : tokens[end - 1].end]} {roles[0]}"]


def _name_after_title_of(tokens: Sequence[Token], i: int, j: int) -> int | None:
    """Where the name starts in the capitalised run [i, j) that finishes a title with "of"
    ("Secretary of State Dana Whitfield", "Minister of Finance Ana Ruiz"): in the run, a first
    name with at least a surname after it, and a title before it (`title_of_start`)."""
    if i < 2 or tokens[i - 1].lower != "of":
        return None
    return next(
        (
            k
            for k in range(i + 1, j - 1)
            if is_first_name(tokens[k].text) and title_of_start(tokens, k) is not None
        ),
        None,
    )


def title_of_start(tokens: Sequence[Token], i: int) -> int | None:
    """Where a capitalised title with "of" right before the name at `i` starts: "Secretary of
    State" before "Dana Whitfield", "Minister of Finance" before "Ana Ruiz": capitalised words
    back to "of", and before it the head of a role ("Secretary") with its modifiers."""
    k = i - 1
    while k > 0 and tokens[k].is_cap and side_by_side(tokens, k, k + 2):
        k -= 1
    if k == i - 1 or k < 1 or tokens[k].lower != "of" or not side_by_side(tokens, k - 1, k + 2):
        return None
    head = head_ending_at(tokens, k - 1)
    if head is None or not tokens[k - 1].is_cap:
        return None
    return role_run_start(tokens, head)


_AGE_ADJECTIVE = re.compile(r"\d{1,3}-year-old")


def _appositive(tokens: Sequence[Token], text: str, j: int) -> list[str] | None:
    """Roles from ", a Maryland man" / ", Trump's former ... nominee" / ", 43," / " — the son
    of ..." after a name."""
    if j + 1 >= len(tokens) or tokens[j].text not in (",", "—"):
        return None  # "X, a teacher," or between dashes "X — the son of ... —"
    k = j + 1
    if tokens[k].text.isdigit() and k + 1 < len(tokens) and tokens[k + 1].text in ",.;":
        after_age = _appositive(tokens, text, k + 1) if tokens[k + 1].text == "," else None
        return after_age or []  # an age: a person, and any role after it ("X, 71, a retiree,")
    if tokens[k].lower in ("a", "an", "the"):
        k += 1
    if k < len(tokens) and _AGE_ADJECTIVE.fullmatch(tokens[k].text):
        k += 1  # "a 71-year-old retiree": the age is no part of the role
    start = m = k
    while m < len(tokens) and tokens[m].is_cap and m - k < 4:
        m += 1
    if k < m < len(tokens) and tokens[m].kind == "poss":  # "Trump's former ..."
        k = m + 1
    last_head: int | None = None
    end = k
    while end < min(k + 6, len(tokens)):
        if tokens[end].kind == "poss" and end > k:  # "a farmer's wife": the owner is no role
            k, last_head, end = end + 1, None, end + 1
            continue
        if not tokens[end].is_word:
            break
        head = role_head_at(tokens, end)
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
    after = last_head + 1
    if after < len(tokens) and tokens[after].is_cap and side_by_side(tokens, last_head, after + 1):
        return None  # "Later, director Tomas Berg screened": the role is the name's after it
    roles = [_text(tokens, text, start, last_head)]
    complemented = _role_with_complements(tokens, text, start, last_head)
    return list(
        dict.fromkeys(
            roles
            + role_strings(tokens[k : last_head + 1], text)
            + ([complemented] if complemented else [])
        )
    )


_COMPLEMENT_PREPOSITIONS = frozenset({"of", "at"})
_MAX_COMPLEMENT_WORDS = 4


def _role_with_complements(
    tokens: Sequence[Token], text: str, start: int, last_head: int
) -> str | None:
    """An appositive role with what qualifies it after the noun put before it: "a professor of
    economics at Carrow University" is also the "Carrow University economics professor", so
    that a question's "the economics professor" or "the Carrow prof" describes her (its last
    word stays the role's head). None when no "of"/"at" phrase follows the role."""
    qualifiers: list[str] = []
    k = last_head + 1
    while k + 1 < len(tokens) and tokens[k].lower in _COMPLEMENT_PREPOSITIONS:
        k += 1
        if tokens[k].lower == "the":
            k += 1
        words: list[str] = []
        while (
            k < len(tokens)
            and tokens[k].is_word
            and len(words) < _MAX_COMPLEMENT_WORDS
            and (
                tokens[k].is_cap
                or tokens[k].lower == "and"
                or _names_a_field(tokens[k].lower)
                or _plural_owner(tokens, k)
            )
        ):
            if tokens[k].lower != "and":
                words.append(tokens[k].text)
            k += 2 if _plural_owner(tokens, k) else 1
        if not words:
            break
        qualifiers[:0] = words  # "of economics at Carrow University": Carrow University first
    if not qualifiers:
        return None
    return " ".join([*qualifiers, _text(tokens, text, start, last_head)])


def _plural_owner(tokens: Sequence[Token], k: int) -> bool:
    """Whether the word at `k` is a plural owner whose apostrophe follows it, with a word
    after ("the nurses' union", "the teachers' federation": what the role is of)."""
    return (
        k + 2 < len(tokens)
        and tokens[k].lower.endswith("s")
        and tokens[k + 1].text in ("'", "’")
        and tokens[k + 1].end == tokens[k].end + 1
        and tokens[k + 2].is_word
    )


def _names_a_field(word: str) -> bool:
    """Whether a lower-case word after a role's "of" may be what the role is of ("economics",
    "public policy", "communications"): not a function word or a verb ("who", "said")."""
    return word not in FUNCTION_WORDS and not is_inflected_verb(word)


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
    head = role_head_at(tokens, i - 2)
    if head is None and tokens[i - 2].lower in PERSON_NOUNS:
        head = i - 2  # "His wife, Marlene Foy,"
    if head is None and _owned_person_sense(tokens, i, j):
        head = i - 2  # "Lindenwood's principal, Ana Whitcomb,"
    of_place = _role_of_name_before(tokens, i - 2) if head is None else None
    if of_place is not None:  # "The mayor of Aldermouth, Joaquín Herrera,"
        head = of_place
    if head is None:
        return _relation_before(tokens, text, i, j)
    if tokens[head].lower in HONORIFICS:
        return None
    start = role_run_start(tokens, head)
    roles: list[str] = []
    first = _coordinated_role(tokens, start)
    if first is not None:  # "Asante's wife and manager, Efua Asante,": two roles, one person
        roles = role_strings(tokens[first : start - 1], text)
        start = first
    opener = tokens[start - 1] if start > 0 else None
    if (
        opener is not None
        and opener.lower not in _ROLE_OPENERS
        and opener.kind != "poss"
        and not plural_possessive(tokens, start - 1)
    ):
        return None
    if of_place is not None:
        if start > 1 and tokens[start - 2].lower in PREPOSITIONS:
            return None  # "In a letter to the editor of the Gazette, Ann Lee wrote": no role
        # the role, and the role with its place or body before it ("Aldermouth mayor"), as
        # an appositive's "of" phrase gives it (`_role_with_complements`)
        owner = text[tokens[head + 2].start : tokens[i - 2].end]
        owner = owner.removeprefix("the ").removeprefix("The ")
        role = _text(tokens, text, start, head)
        return [*roles, *role_strings(tokens[start : head + 1], text), f"{owner} {role}"]
    return roles + role_strings(tokens[start : i - 1], text)


def _listed_after_plural_role(
    tokens: Sequence[Token], text: str, i: int, j: int
) -> list[str] | None:
    """`Two board members, Edwin Kasprzak and Yolanda Pierce, voted against`: two full names,
    each opening with a first name, joined by "and" in apposition after a plural noun for a
    kind of person, the list closed by a comma or the sentence's end; each is a person with
    that role in the singular ("board member"). Not a list of three or more, nor one that
    goes on after the second name ("..., X and Y, Z ...")."""
    if j - i < 2 or not is_first_name(tokens[i].text):
        return None
    if i > 0 and tokens[i - 1].lower == "and":
        s = i - 1
        while s > 0 and tokens[s - 1].is_cap and side_by_side(tokens, s - 1, s):
            s -= 1
        if i - 1 - s < 2 or not is_first_name(tokens[s].text):
            return None
        comma, end = s - 1, j
    else:
        if j + 1 >= len(tokens) or tokens[j].lower != "and":
            return None
        e = j + 1
        while e < len(tokens) and tokens[e].is_cap and side_by_side(tokens, e - 1, e + 1):
            e += 1
        if e - j - 1 < 2 or not is_first_name(tokens[j + 1].text):
            return None
        comma, end = i - 1, e
    if comma < 1 or tokens[comma].text != ",":
        return None
    if end < len(tokens) and tokens[end].text not in ",.":
        return None
    if end + 1 < len(tokens) and tokens[end].text == "," and tokens[end + 1].is_cap:
        return None  # "..., X and Y, Z": a longer list
    plural = tokens[comma - 1]
    if not plural.is_word or plural.is_cap or not plural.lower.endswith("s"):
        return None
    singular = next(iter(all_lemmas(plural.lower).get("NOUN", ())), plural.lower).lower()
    if singular == plural.lower or not (
        singular in PERSON_NOUNS or is_person_noun(singular) or (singular,) in ROLE_HEADS
    ):
        return None
    start = comma - 1
    while start > 0 and is_role_modifier(tokens[start - 1]) and not tokens[start - 1].is_cap:
        start -= 1
    words = [t.text for t in tokens[start : comma - 1]]
    return [" ".join([*words, singular])]


def _role_of_name_before(tokens: Sequence[Token], end: int) -> int | None:
    """`The mayor of Aldermouth, Joaquín Herrera,`, `the president of the Tarn Rowing Club,`:
    the role's head before "of" and a capitalised name (perhaps after "the") ending at token
    `end`, the comma before the person's name after it; else None."""
    k = end
    while k >= 0 and end - k < 5 and tokens[k].is_word and tokens[k].is_cap:
        k -= 1
    if k == end or k < 1:
        return None
    if tokens[k].lower == "the":
        k -= 1
    if k < 1 or tokens[k].lower != "of" or not side_by_side(tokens, k - 1, end + 1):
        return None
    head = role_head_at(tokens, k - 1)
    return k - 1 if head is not None and not tokens[k - 1].is_cap else None


def _coordinated_role(tokens: Sequence[Token], start: int) -> int | None:
    """Where a first role starts that "and" joins to the role run opening at `start`, both in
    lower case ("wife and manager", "the manager and coach"): a role's head or a noun for a
    person right before "and", extended over its modifiers; else None."""
    k = start - 2
    if k < 0 or tokens[start - 1].lower != "and" or not tokens[start].is_word:
        return None
    noun = tokens[k]
    if not noun.is_word or noun.is_cap or tokens[start].is_cap:
        return None
    if role_head_at(tokens, k) == k:
        return role_run_start(tokens, k)
    return k if noun.lower in PERSON_NOUNS else None


def plural_possessive(tokens: Sequence[Token], k: int) -> bool:
    """Whether `tokens[k]` is the apostrophe of a plural's possessive ("The Foxes' owner",
    "the drivers’ lawyer"): right after a word ending in "s", with no space between."""
    return (
        k > 0
        and tokens[k].text in ("'", "’")
        and tokens[k - 1].is_word
        and tokens[k - 1].lower.endswith("s")
        and tokens[k - 1].end == tokens[k].start
    )


def _owned_person_sense(tokens: Sequence[Token], i: int, j: int) -> bool:
    """Whether the word before the comma before the name `tokens[i:j]` is a noun in lower case
    one of whose senses is a kind of person, owned by a possessive, before a full name opening
    with a first name: "Lindenwood's principal, Ana Whitcomb," (a principal is most often a
    sum of money, in WordNet's counts: no role noun alone). Not "the city's capital, Paris"
    (no sense a person), nor "its capital, ..." (no possessive ending)."""
    noun = tokens[i - 2]
    if not noun.is_word or noun.is_cap or i < 3 or j - i < 2:
        return False
    owner = tokens[i - 3]
    if owner.kind != "poss" and not plural_possessive(tokens, i - 3):
        return False
    if not is_first_name(tokens[i].text) or is_inflected_verb(noun.lower):
        return False
    wordnet = shared_wordnet()
    return wordnet is not None and _PERSON_FILE in wordnet.noun_files_as_written(noun.lower)


_PERSON_FILE = 18  # WordNet's noun.person


def _relation_before(tokens: Sequence[Token], text: str, i: int, j: int) -> list[str] | None:
    """`her Icelandic counterpart, Gunnar Sigurdsson,`: a noun no role list knows, owned by a
    personal possessive ("his", "her", "their", "my", "our", "your": a relation of someone's,
    where "its capital" is no person), set before a full name that opens with a first name (the
    `gender-guesser` list): "her hometown, Grand Rapids," is no one."""
    noun = tokens[i - 2]
    if not noun.is_word or noun.is_cap or is_inflected_verb(noun.lower) or j - i < 2:
        return None
    wordnet = shared_wordnet()
    sense = wordnet.first_noun_sense(noun.lower) if wordnet is not None else None
    if sense is not None and sense[0] in _NO_PERSON_FILES:
        return None  # "her hometown, San Diego,", "his film, Jerry Maguire,", "her dog, ..."
    k = i - 3
    while k >= 0 and i - 2 - k <= 3 and tokens[k].lower not in _PERSONAL_OWNERS:
        if not tokens[k].is_word or tokens[k].lower in _ROLE_OPENERS:
            return None
        k -= 1
    if k < 0 or tokens[k].lower not in _PERSONAL_OWNERS or not is_first_name(tokens[i].text):
        return None
    return [text[tokens[k + 1].start : noun.end]]


# WordNet's files of nouns for what is no person: acts, animals, artifacts, body, works
# ("his film, Jerry Maguire,"), events, food, groups, places, objects, plants, possessions,
# substances, times.
_NO_PERSON_FILES = frozenset({4, 5, 6, 8, 10, 11, 13, 14, 15, 17, 20, 21, 27, 28})
# A possessive that owns a relation of a person: "her counterpart", not "its capital".
_PERSONAL_OWNERS = frozenset("his her their my our your".split())
# What may open a role phrase in apposition before a name: an article or a possessive
# determiner ("its chief executive, Nathan Greer,", "her lawyer, Sam Ferreira,").
_ROLE_OPENERS = frozenset("the a an its his her their our my your".split())


def _clause_follows(tokens: Sequence[Token], end: int) -> bool:
    """ ", the president said": the phrase is the subject of a new clause, not an appositive."""
    return (
        end + 1 < len(tokens)
        and tokens[end + 1].is_word
        and is_inflected_verb(tokens[end + 1].lower)
    )


def _text(tokens: Sequence[Token], text: str, i: int, j: int) -> str:
    return text[tokens[i].start : tokens[j].end]


_MIN_SURNAME_PART = 3  # "Flores-Macias": "Flores", "Macias"; not the "Al" of "Al-Amin"


_MAX_INITIALS = 8  # initials longer than this are no alias anyone writes


# A body's head nouns before "of" that news drops from its initials ("HHS")
_HEADS_OF = frozenset("Department Ministry Bureau Office Agency".split())


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
            inner = words[1:] if words[0].lower() == "the" else words
            joined = "".join(w[0].upper() for w in inner)
            if len(inner) > len(caps) and len(joined) <= _MAX_INITIALS:
                aliases.append(joined)  # "DOJ" of "Department of Justice", as news writes it
        rest = words[2:] if len(words) > 2 and words[1] == "of" else []
        if words[0] in _HEADS_OF and len([w for w in rest if w[:1].isupper()]) >= 3:
            # "Department of Health and Human Services": HHS, the initials of what comes
            # after its head and "of", as news writes them
            aliases.append("".join(w[0] for w in rest if w[:1].isupper()))
        if len(words) > 3 and words[-2] == "and" and closes_a_name(words[-1]):
            # "Centers for Disease Control and Prevention": CDC, the initials of what comes
            # before the "and" word closing the name, as news writes them
            head = [w for w in words[:-2] if w[:1].isupper() and w.lower() != "the"]
            if len(head) >= 3:
                aliases.append("".join(w[0] for w in head))
        return _dedupe(aliases)
    while len(words) > 1 and words[-1].lower() in NAME_SUFFIXES:
        words = words[:-1]
    for k in range(1, len(words)):
        if words[k].lower() not in NAME_PARTICLES and not _a_country_ending_a_name(
            " ".join(words[k:]), name
        ):
            aliases.append(" ".join(words[k:]))
    # each part of a hyphenated surname, as people shorten it ("Flores" for Flores-Macias)
    if len(words) > 1 and "-" in words[-1]:
        aliases += [part for part in words[-1].split("-") if len(part) >= _MIN_SURNAME_PART]
    return _dedupe(aliases)


def closes_a_name(word: str) -> bool:
    """A capitalised word after "and" that closes a body's name, no body of its own: a word
    in lower case too, no body's head noun ("Prevention"; not "Navy", nor "Smith")."""
    return (
        word[:1].isupper()
        and word[1:].islower()
        and is_dictionary_word(word.lower())
        and word.lower() not in ORG_WORDS
    )


def slug(name: str) -> str:
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-") or "someone"


def build_people(intros: Sequence[Intro], story_id: str, excluded: Iterable[str]) -> list[Person]:
    """One Person per canonical name; a lone surname joins the one full name it ends, and is
    nobody of its own when it ends several (a mention of it is then ambiguous)."""
    skip = {match_key(n) for n in excluded}
    merged: dict[str, Intro] = {}
    first_names: dict[str, list[str]] = {}  # a full name's key: its first name, used alone
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
                and not _a_country_ending_a_name(intro.name, known.name)
            ]
            if len(owners) == 1:
                key = owners[0]
            elif len(owners) > 1:
                continue  # "Greer" of Nathan and Owen Greer: which one, each mention decides
            elif owner := (
                _first_name_owner(intro, merged)
                or _first_word_owner(intro, merged)
                or _short_form_owner(intro, merged)
            ):
                # "Rosa" of Rosa Castellano; "Trenholm" of Trenholm Pharmaceuticals
                key = owner
                first_names.setdefault(owner, []).append(intro.name)
        target = merged.setdefault(key, Intro(intro.name, [], intro.kind, intro.position))
        target.roles = list(dict.fromkeys(target.roles + intro.roles))
        target.position = min(target.position, intro.position)
        if intro.kind is SpeakerKind.ORGANIZATION:
            target.kind = SpeakerKind.ORGANIZATION
    people: list[Person] = []
    used: set[str] = set()
    for key, intro in sorted(merged.items(), key=lambda item: item[1].position):
        pid = unique_id(slug(intro.name), used)
        aliases = name_aliases(intro.name, intro.kind) + first_names.get(key, [])
        people.append(
            Person(
                id=pid,
                name=intro.name,
                kind=intro.kind,
                aliases=tuple(_dedupe(aliases)),
                roles=tuple(intro.roles),
                stories=(story_id,),
            )
        )
    return people


@lru_cache(maxsize=4096)
def _a_country_ending_a_name(word: str, name: str) -> bool:
    """Whether `word`, the end of `name`, is a country or a national capital that `name` ends
    with though it is no person's name (it opens with no first name): "Iceland called the
    accusations ..." is the country, not "Statistics Iceland" introduced before ("Air France",
    "Bank of England" alike); "Washington said" may be Denzel Washington."""
    # imported here: the attribution package reads people
    from bot.engine.countries import Countries
    from bot.engine.lexicon import shared_wordnet

    if is_first_name(name.split()[0]):
        return False
    wordnet = shared_wordnet()
    return wordnet is not None and Countries(wordnet).names_a_government(word)


def _first_name_owner(intro: Intro, merged: dict[str, Intro]) -> str | None:
    """The key of the one full name `intro` is the first name of, among those introduced
    before it, when it is a lone word with no role of its own (the subject of a speech cue):
    "Rosa said" after "His wife, Rosa Castellano," is her, as a reporter tells a family
    sharing a surname apart by first names. None when it has a role of its own ("Maria, a nurse
    who asked that her surname not be used," is someone introduced so), comes before them, or
    is the first name of two."""
    if len(intro.name.split()) != 1 or intro.kind is not SpeakerKind.PERSON:
        return None
    if any(role.lower() not in KIN_NOUNS for role in intro.roles):
        return None  # a kin noun is a relation, no role of its own: "Her son Darnell, 22,"

    return _sole_name_opened_by(intro, merged, before_only=True)


def _first_word_owner(intro: Intro, merged: dict[str, Intro]) -> str | None:
    """The key of the one body whose longer name `intro`, a body's lone word, opens:
    "Trenholm" of Trenholm Pharmaceuticals, as a company is shortened to its first word (a
    person to the last). None when it is no body's word or opens several."""
    if len(intro.name.split()) != 1 or intro.kind is not SpeakerKind.ORGANIZATION:
        return None
    return _sole_name_opened_by(intro, merged, before_only=False)


def _short_form_owner(intro: Intro, merged: dict[str, Intro]) -> str | None:
    """The key of the one body whose longer name `intro`, a body's name of two words or
    more, shortens word by word: each of its words opens a word of that name, in order, the
    first its first, one of them cut short ("Cal Fire" of the California Department of
    Forestry and Fire Protection, "Penn State" of Pennsylvania State University). None when
    no body's or several bodies' names are so shortened."""
    words = [w.lower() for w in intro.name.split()]
    if len(words) < 2 or intro.kind is not SpeakerKind.ORGANIZATION:
        return None

    def shortens(name: str) -> bool:
        full = [w.lower() for w in name.split()]
        if len(full) <= len(words) or not full[0].startswith(words[0]):
            return False
        cut = full[0] != words[0]
        k = 1
        for word in words[1:]:
            while k < len(full) and not full[k].startswith(word):
                k += 1
            if k == len(full):
                return False
            cut = cut or full[k] != word
            k += 1
        return cut and all(len(w) >= 3 for w in words)

    owners = [
        k
        for k, known in merged.items()
        if known.kind is SpeakerKind.ORGANIZATION and shortens(known.name)
    ]
    return owners[0] if len(owners) == 1 else None


def _sole_name_opened_by(
    intro: Intro, merged: dict[str, Intro], *, before_only: bool
) -> str | None:
    """The key of the one longer name of `intro`'s kind that `intro`'s lone word opens (among
    those introduced before it, with `before_only`), None when none or several do."""
    key = match_key(intro.name)
    owners = [
        k
        for k, known in merged.items()
        if known.kind is intro.kind
        and len(known.name.split()) > 1
        and match_key(known.name.split()[0]) == key
        and (not before_only or known.position < intro.position)
    ]
    return owners[0] if len(owners) == 1 else None


def unique_id(base: str, used: set[str]) -> str:
    pid, n = base, 2
    while pid in used:
        pid, n = f"{base}-{n}", n + 1
    used.add(pid)
    return pid


def role_heads(person: Person) -> set[str]:
    """The head nouns of a person's roles: "press secretary" -> {"secretary", "press secretary"},
    an abbreviated title with the word it stands for: "State Sen." -> {"sen.", "senator"}."""
    roles = [*person.roles, *map(spelled_out, person.roles)]
    return {head for head in map(_role_head, roles) if head is not None}


def title_opening_heads(person: Person) -> set[str]:
    """The role nouns opening a person's capitalised titles of more words (`_title_opening_head`):
    ways the story may call them that are no head of their roles ("the chief" of "Chief
    Warrant Officer Dale Pruitt")."""
    return {head for head in map(_title_opening_head, person.roles) if head is not None}


@lru_cache(maxsize=4_096)
def _title_opening_head(role: str) -> str | None:
    """The role noun opening a capitalised title of more words with another head: "chief" of
    "Chief Warrant Officer" (the story's later "the chief added" is that officer), "deputy"
    of "Deputy Fire Marshal"; None for a title whose head opens it ("Attorney General")."""
    tokens = tokenize(role)
    if len(tokens) < 2 or not all(t.is_cap for t in tokens):
        return None
    start = role_head_at(tokens, len(tokens) - 1)
    if start is None or start == 0 or (tokens[0].lower,) not in ROLE_HEADS:
        return None
    return tokens[0].lower


def spelled_out(role: str) -> str:
    """`role` with an abbreviated title at its end written out: "State Sen." -> "State senator"
    (the story's later "the state senator" is that role)."""
    words = role.split()
    if words and words[-1].lower() in SPELLED_TITLES:
        return " ".join([*words[:-1], SPELLED_TITLES[words[-1].lower()]])
    return role


@lru_cache(maxsize=4_096)
def _role_head(role: str) -> str | None:
    """The head of one role, in lower case, if it has one: remembered, as each story's two
    attribution passes, and a build worker's stories, ask of the same roles again."""
    tokens = tokenize(role)
    if tokens:
        start = role_head_at(tokens, len(tokens) - 1)
        if start is not None:
            return " ".join(t.lower for t in tokens[start:])
    return None
