"""A speaker's name followed by an "of" phrase before the verb of saying (9attr27): "Rita
Okafor of Eugene said", "... of Eugene, Oregon, said", "... of Eugene, Ore., said", "Rita
Okafor of the Red Cross said" quote the person, never the place or the body after "of"; a
body whose own name holds "of" ("the Department of Health said") is no person. Each on a story
of our own (a food bank running short before the holidays), with guards that pass on main."""

from __future__ import annotations

from tests.engine.stories import people_and_roles, quoted, searcher_for

OPENING = (
    "Food banks across the region reported record lines this week, and several said they"
    " would ration boxes of groceries until the holidays."
)
CLOSING = "A second delivery of canned goods is expected on Monday."


def pantry(*paragraphs: str) -> str:
    return "\n".join([OPENING, *paragraphs, CLOSING])


def _nobody_is(people: dict[str, tuple[str, ...]], *names: str) -> None:
    for name in names:
        assert name not in people


def test_name_of_a_city_said() -> None:
    # Before: nobody
    body = pantry("Rita Okafor of Eugene said the pantry had “never seen lines like this.”")
    searcher = searcher_for("pantry-of-city", body)
    assert quoted(searcher, "lines like this") == ["Rita Okafor"]
    _nobody_is(people_and_roles(searcher), "Eugene")


def test_name_of_a_city_and_its_state_said() -> None:
    # Before: nobody
    body = pantry(
        "Tomas Herrera of Salem, Oregon, said volunteers were “packing boxes past midnight.”"
    )
    searcher = searcher_for("pantry-of-city-state", body)
    assert quoted(searcher, "packing boxes") == ["Tomas Herrera"]
    _nobody_is(people_and_roles(searcher), "Salem", "Oregon")


def test_name_of_a_city_and_an_abbreviated_state_said() -> None:
    # Before: nobody
    body = pantry(
        "Linda Marsh of Boise, Idaho, told reporters the shelves were “bare by Thursday.”",
        "Grace Whitfield of Tacoma, Wash., said the lines began “before the sun was up.”",
    )
    searcher = searcher_for("pantry-of-city-ap-state", body)
    assert quoted(searcher, "bare by Thursday") == ["Linda Marsh"]
    assert quoted(searcher, "before the sun") == ["Grace Whitfield"]
    _nobody_is(people_and_roles(searcher), "Tacoma", "Wash.", "Wash", "Boise", "Idaho")


def test_name_of_a_body_said_and_quotation_first() -> None:
    # Before: nobody, both
    body = pantry(
        "Rita Okafor of the Red Cross said donations had “dropped by half since June.”",
        "“We are turning families away for the first time,” Samuel Brandt of the Salvation"
        " Army said.",
    )
    searcher = searcher_for("pantry-of-body", body)
    assert quoted(searcher, "dropped by half") == ["Rita Okafor"]
    assert quoted(searcher, "turning families away") == ["Samuel Brandt"]
    _nobody_is(people_and_roles(searcher), "Red Cross", "Salvation Army")


def test_role_then_name_of_a_body_said() -> None:
    # Before: nobody (the role before the name is no help without reading the "of" phrase)
    body = pantry(
        "Warehouse manager Rita Okafor of the Lane County Food Bank said the trucks were"
        " “running on fumes.”"
    )
    searcher = searcher_for("pantry-role-name-of-body", body)
    assert quoted(searcher, "running on fumes") == ["Rita Okafor"]


def test_guard_a_body_named_with_of_is_no_person() -> None:
    # Guards (pass on main): a department whose name holds "of" is never a person, nor is
    # the word after its "of"; a name after "of" is not the speaker ("a friend of X said")
    body = pantry(
        "The Department of Health said the lines were “a warning sign for the winter.”",
        "“We have not seen this since 2009,” the Bank of Oregon said.",
        "A friend of Rita Okafor of Eugene said the family had “run out of rice.”",
    )
    searcher = searcher_for("pantry-guard-of", body)
    assert quoted(searcher, "warning sign") != ["Health"]
    assert quoted(searcher, "since 2009") != ["Oregon"]
    assert quoted(searcher, "run out of rice") == [None]
    _nobody_is(people_and_roles(searcher), "Health", "Oregon", "Eugene", "Rita Okafor")
