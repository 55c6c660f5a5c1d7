"""Places as news writes them beside a person: "a pharmacist in Duluth, Minnesota, who ...",
"a nurse from Eugene, who ...", "a farmer in Marion County, said".

A place is never a speaker, and a place inside an appositive says where the person before it
is: its words are no name of anyone, and the comma of "Duluth, Minnesota" (a city and its
state, county or country) opens no appositive of its own. What a place is comes from WordNet,
never from a list of names:

* a capitalised name WordNet files, in any of its senses and written so, among locations
  (noun.location): "Minnesota", "Duluth", "Canada", "New York", "Eugene" (a city as well as a
  prince), "Jordan";
* a name of two words or more whose last word is a common noun whose most frequent sense is a
  location ("county", "township", "province", "district", "city") and that WordNet knows as no
  person's name: "Marion County", "Lane County", "Kansas City"; not "Elena Park" nor "Mae
  West" ("Park" and "West" are people in WordNet too).

* a state written as the Associated Press abbreviates it after a city ("Duluth, Minn.",
  "Asheville, N.C.", "Charleston, W.Va.", "Washington, D.C."): WordNet knows none of these,
  so they are read from the `us` package's list of the states (each with its AP
  abbreviation), and only in that shape, after the comma that follows a city ("Mass." alone
  may be a church service, "Ill." an adjective).

Whether such words are a place or a person's name is read only where the shape says which is
meant: after a preposition of place ("in Eugene, who"), or after the comma that follows a
capitalised word after a preposition or an article ("in Duluth, Minnesota," / "a Houston,
Texas, company"), and followed by a mark that ends the phrase. "Washington said" stays the
words of the one the story names so.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from bot.engine.lexicon import shared_wordnet
from bot.engine.names import Token
from bot.engine.words import DETERMINERS, PREPOSITIONS

_LOCATION_FILE = 15  # WordNet's lexicographer file noun.location
_PERSON_FILE = 18  # noun.person
# Prepositions before a place where a person's name does not stand ("a nurse in Eugene, who",
# "a farmer near Salem"); "from" too, but only before a name WordNet files as a place.
PLACE_PREPOSITIONS = frozenset("in near outside around across throughout from".split())
# What may follow the second name of "Duluth, Minnesota" when it ends the place
_PLACE_ENDS = frozenset(",;.:)—–")


@lru_cache(maxsize=1)
def _ap_states() -> frozenset[str]:
    """The states' abbreviations in AP style with a full stop ("Minn.", "N.C.", "W.Va.",
    "D.C."), written without spaces; not the states AP writes in full ("Texas", "Ohio")."""
    import us  # here: only a build's attribution reads it

    states = [*us.states.STATES, us.states.DC]
    return frozenset(s.ap_abbr for s in states if s.ap_abbr and s.ap_abbr.endswith("."))


def ap_state_end(tokens: Sequence[Token], k: int) -> int | None:
    """The end of a state abbreviated as AP writes it beginning at token `k` ("Minn" ".",
    "N.C.", "W." "Va" "."), its full stop included; None when none begins there."""
    if k >= len(tokens) or not tokens[k].is_cap:
        return None
    text = ""
    for e in range(k, min(k + 3, len(tokens))):
        if e > k and tokens[e].start - tokens[e - 1].end > 1:
            return None
        text += tokens[e].text
        if text.endswith(".") and text in _ap_states():
            return e + 1
    return None


@lru_cache(maxsize=8192)
def names_a_place(words: tuple[str, ...]) -> bool:
    """Whether the capitalised words `words` name a place (see the module's docstring)."""
    wordnet = shared_wordnet()
    if wordnet is None or not words or not all(w[:1].isupper() for w in words):
        return False
    if _LOCATION_FILE in wordnet.noun_files_of_name("_".join(words)):
        return True
    if len(words) < 2 or not words[-1][1:].islower():
        return False
    noun = words[-1].lower()
    sense = wordnet.first_noun_sense(noun)
    if sense is None or sense[0] != _LOCATION_FILE or noun not in sense[1]:
        return False
    return _PERSON_FILE not in wordnet.noun_files_of_name(words[-1])


def cap_run_after(tokens: Sequence[Token], k: int) -> int:
    """The end of the run of capitalised words starting at token `k` (`k` when none)."""
    r = k
    while r < len(tokens) and tokens[r].is_cap:
        r += 1
    return r


def cap_run_before(tokens: Sequence[Token], k: int) -> int:
    """The start of the run of capitalised words ending right before token `k`."""
    s = k
    while s > 0 and tokens[s - 1].is_cap:
        s -= 1
    return s


def is_place_comma(tokens: Sequence[Token], k: int) -> bool:
    """Whether the comma `k` is the one inside a place written with its state, county or
    country: "in Duluth, Minnesota,", "from Toronto, Canada.", "a Houston, Texas, company":
    capitalised words after a preposition or an article before it, and after it a place
    (`names_a_place`) that ends the phrase."""
    if tokens[k].text != "," or k == 0 or not tokens[k - 1].is_cap:
        return False
    state = ap_state_end(tokens, k + 1)
    if state is not None:
        # "in Duluth, Minn., who": the state's full stop; or "in Duluth, Minn. He said",
        # where it ends the sentence too
        r = state
        if r < len(tokens) and tokens[r].text not in _PLACE_ENDS and not tokens[r].is_cap:
            return False
    else:
        r = cap_run_after(tokens, k + 1)
        if r == k + 1 or (r < len(tokens) and tokens[r].text not in _PLACE_ENDS):
            return False
    s = cap_run_before(tokens, k)
    if s == 0 or tokens[s - 1].lower not in PREPOSITIONS | DETERMINERS:
        return False
    return state is not None or names_a_place(tuple(t.text for t in tokens[k + 1 : r]))


def place_after_preposition(tokens: Sequence[Token], i: int, j: int) -> bool:
    """Whether the capitalised words [i, j) are a place by where they stand: after a
    preposition of place (`PLACE_PREPOSITIONS`) when WordNet files them as one ("a nurse in
    Eugene, who", "a farmer in Marion County, who"), or the second name of a place written
    with its state or country ("in Duluth, Minnesota, who": `is_place_comma`)."""
    if i == 0:
        return False
    if tokens[i - 1].text == "," and i >= 2 and is_place_comma(tokens, i - 1):
        return cap_run_after(tokens, i) == j or ap_state_end(tokens, i) in (j, j + 1)
    return tokens[i - 1].lower in PLACE_PREPOSITIONS and names_a_place(
        tuple(t.text for t in tokens[i:j])
    )
