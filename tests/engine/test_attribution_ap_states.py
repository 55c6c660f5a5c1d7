"""A state as the AP abbreviates it after a city is a place, never the speaker (9attr26): `X, a
pharmacist in Duluth, Minn., who ..., said` quotes X, as `Duluth, Minnesota` does (9attr25w);
and a body the story names in full with an "and" word its initials leave out ("the Centers for
Disease Control and Prevention", then "the CDC said") is credited under the whole name. Each on
a story of our own (river floods closing roads), with guards that pass on main as well."""

from __future__ import annotations

from tests.engine.stories import asked_for_words, people_and_roles, quoted, searcher_for

OPENING = (
    "Floodwaters closed roads across three states on Tuesday, and towns scrambled to open"
    " shelters for families who left their homes."
)
CLOSING = "Forecasters expect the rivers to crest by Friday."


def flood(*paragraphs: str) -> str:
    return "\n".join([OPENING, *paragraphs, CLOSING])


def _no_state_is_someone(people: dict[str, tuple[str, ...]]) -> None:
    for state in ("Minn.", "Minn", "N.C.", "Okla", "W.", "Va", "Mass"):
        assert state not in people


def test_city_and_abbreviated_state_then_who_then_said() -> None:
    # Before: nobody (", Minn.," was read as an appositive that is no role)
    body = flood(
        "Mark Sorensen, a pharmacist in Duluth, Minn., who has kept his store open through"
        " three floods, said the shelves were “tight but workable.”"
    )
    searcher = searcher_for("flood-minn-who", body)
    assert quoted(searcher, "tight but") == ["Mark Sorensen"]
    _no_state_is_someone(people_and_roles(searcher))


def test_city_and_abbreviated_state_then_said() -> None:
    # Before: nobody
    body = flood(
        "Dana Whitcomb, a nurse in Tulsa, Okla., said the shelter had run out of cots by"
        " noon and called the night “a long, wet wait.”"
    )
    assert quoted(searcher_for("flood-okla-said", body), "long, wet") == ["Dana Whitcomb"]


def test_dotted_state_is_never_the_speaker() -> None:
    # Before: N.C. (the state before ", who ...," was taken for the subject, and made someone)
    body = flood(
        "Rita Okafor, a clinic manager in Asheville, N.C., who closed her doors at dawn, said"
        " the water had come up “faster than anyone planned for.”"
    )
    searcher = searcher_for("flood-nc-who", body)
    assert quoted(searcher, "faster than") == ["Rita Okafor"]
    _no_state_is_someone(people_and_roles(searcher))


def test_a_state_of_two_abbreviated_words() -> None:
    # Before: nobody
    body = flood(
        "Paul Lindqvist, a volunteer firefighter in Charleston, W.Va., who has pulled six"
        " people from cars since Monday, said drivers kept “trusting the road.”"
    )
    searcher = searcher_for("flood-wva", body)
    assert quoted(searcher, "trusting the road") == ["Paul Lindqvist"]
    _no_state_is_someone(people_and_roles(searcher))


def test_abbreviated_state_then_who_said() -> None:
    # Before: nobody (the name before the appositive was not found behind the place)
    body = flood(
        "The shelter is run by Rita Okafor, a nurse from Salem, Mass., who said the families"
        " had arrived “with whatever they could carry.”"
    )
    searcher = searcher_for("flood-mass-who-said", body)
    assert quoted(searcher, "whatever they could") == ["Rita Okafor"]
    _no_state_is_someone(people_and_roles(searcher))


def test_guard_the_state_ending_a_sentence_and_a_word_alone() -> None:
    # Passes on main too: the state's full stop ends the sentence before the quotation, and
    # "Mass." with no city before it is no place ("after Mass.")
    body = flood(
        "The shelter opened in Duluth, Minn. “We had cots by noon,” said Mark Sorensen, a"
        " volunteer.",
        "Families came straight from Mass. “Nobody had boots,” said Rita Okafor, a nurse.",
    )
    searcher = searcher_for("flood-guard", body)
    assert quoted(searcher, "cots by noon") == ["Mark Sorensen"]
    assert quoted(searcher, "Nobody had boots") == ["Rita Okafor"]


def test_a_body_named_in_full_with_its_and_word_then_by_its_initials() -> None:
    # Before: "Centers for Disease Control" (the stretch its initials spell; the name cut)
    body = flood(
        "The warning came from the Centers for Disease Control and Prevention, which told"
        " families in the three states to boil their tap water.",
        "“Floodwater can carry sewage into wells,” the CDC said in a statement.",
    )
    searcher = searcher_for("flood-cdc", body)
    assert quoted(searcher, "sewage into wells") == ["Centers for Disease Control and Prevention"]
    people = people_and_roles(searcher)
    assert "Centers for Disease Control" not in people
    assert "CDC" not in people
    answer = asked_for_words(
        searcher, "what did the cdc say", "Centers for Disease Control and Prevention"
    )
    assert "sewage into wells" in answer.passages[0].text


def test_guard_two_bodies_joined_by_and_stay_two() -> None:
    # Passes on main too: "and Navy" is a body of its own, so the initials keep the name they
    # spell; a name spelled out without its "and" word is credited as written
    body = flood(
        "Help came from the Federal Emergency Management Agency and Navy crews on Tuesday.",
        "“Every road into town is under water,” FEMA said in a statement.",
        "The Centers for Disease Control told families to boil their tap water.",
        "“Floodwater can carry sewage into wells,” the CDC said.",
    )
    searcher = searcher_for("flood-two-bodies", body)
    assert quoted(searcher, "Every road") == ["Federal Emergency Management Agency"]
    assert quoted(searcher, "sewage into wells") == ["Centers for Disease Control"]
