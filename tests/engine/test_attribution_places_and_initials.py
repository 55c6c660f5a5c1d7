"""A place inside an appositive is never the speaker (9attr25w): `X, a driver in Eugene, Oregon,
who ..., said` quotes X, not Oregon; and a body the story names in full, then by its initials
(`... by the Environmental Protection Agency` then `the EPA said`), is credited under its full
name, the initials an alias of it. Each on a story of our own (a school district's bus routes
in wildfire smoke), with guards that pass on main as well."""

from __future__ import annotations

from tests.engine.stories import people_and_roles, quoted, searcher_for, speakers_of

OPENING = (
    "Wildfire smoke closed schools across three states on Thursday, and districts scrambled to"
    " get children home early."
)
CLOSING = "Forecasters expect the smoke to thin by Sunday."


def smoke(*paragraphs: str) -> str:
    return "\n".join([OPENING, *paragraphs, CLOSING])


def _no_place_is_someone(people: dict[str, tuple[str, ...]]) -> None:
    for place in ("Oregon", "Eugene", "Canada", "Lane County", "Marion County", "Florence"):
        assert place not in people


def test_city_and_state_then_who_then_said() -> None:
    # Before: Oregon (the last name before ", who" was taken for the subject)
    body = smoke(
        "Rita Okafor, a bus driver in Eugene, Oregon, who has driven the same route for 11"
        " years, said dispatchers had kept every bus running with the windows shut and that"
        " the air on board was “thick enough to taste.”"
    )
    searcher = searcher_for("smoke-city-state-who", body)
    assert quoted(searcher, "thick enough") == ["Rita Okafor"]
    _no_place_is_someone(people_and_roles(searcher))


def test_city_and_state_then_said() -> None:
    # Before: nobody (", Oregon," was read as an appositive that is no role)
    body = smoke(
        "Rita Okafor, a bus driver in Eugene, Oregon, said the air on board was “thick enough"
        " to taste.”"
    )
    assert quoted(searcher_for("smoke-city-state-said", body), "thick enough") == ["Rita Okafor"]


def test_city_and_country_then_who() -> None:
    # Before: Canada
    body = smoke(
        "Paul Lindqvist, a school principal in Kelowna, Canada, who closed his building at"
        " noon, said parents had been “patient beyond words.”"
    )
    searcher = searcher_for("smoke-city-country", body)
    assert quoted(searcher, "patient beyond") == ["Paul Lindqvist"]
    _no_place_is_someone(people_and_roles(searcher))


def test_county_and_state_then_who() -> None:
    # Before: Oregon
    body = smoke(
        "Rita Okafor, a bus driver in Lane County, Oregon, who has driven the same route for 11"
        " years, said the air on board was “thick enough to taste.”"
    )
    searcher = searcher_for("smoke-county-state", body)
    assert quoted(searcher, "thick enough") == ["Rita Okafor"]
    _no_place_is_someone(people_and_roles(searcher))


def test_a_county_then_who_said() -> None:
    # Before: Marion County (a name before ", who said" opening with a given name)
    body = smoke(
        "Dana Whitcomb, a school nurse in Marion County, who said she had sent 40 children"
        " home, called the morning “a slow-motion fire drill.”"
    )
    searcher = searcher_for("smoke-county-who-said", body)
    assert quoted(searcher, "slow-motion") == ["Dana Whitcomb"]
    _no_place_is_someone(people_and_roles(searcher))


def test_city_and_state_then_who_said() -> None:
    # Before: nobody
    body = smoke(
        "Rita Okafor, a bus driver in Eugene, Oregon, who said the air on board was “thick"
        " enough to taste,” kept her route."
    )
    assert quoted(searcher_for("smoke-who-said", body), "thick enough") == ["Rita Okafor"]


def test_a_city_after_in_and_before_who_is_no_one() -> None:
    # Before: Florence was someone (a given name before ", who")
    body = smoke(
        "Giulia Serra, a teacher in Florence, who moved to Oregon last year, said her students"
        " had “never seen a sky like this.”",
        "“They kept asking if it was night,” she said.",
    )
    searcher = searcher_for("smoke-florence", body)
    assert quoted(searcher, "never seen a sky") == ["Giulia Serra"]
    assert quoted(searcher, "if it was night") == ["Giulia Serra"]
    _no_place_is_someone(people_and_roles(searcher))


def test_according_to_a_name_with_a_city_and_state() -> None:
    # Before: the reported clause began at "Minnesota," (the place's comma read as the
    # appositive's end)
    body = smoke(
        "According to Rita Okafor, a bus driver in Duluth, Minnesota, the district had no"
        " masks small enough for children."
    )
    searcher = searcher_for("smoke-according-to", body)
    reported = [q.text for q in searcher.snapshot.quotes if "masks small" in q.text]
    assert reported and all(text.startswith("the district") for text in reported)
    assert speakers_of(searcher, "masks small") == ["Rita Okafor"]


def test_guards_a_name_that_is_also_a_place() -> None:
    # Passes on main too: a cue's subject after an opening phrase, and a surname that is a city
    body = smoke(
        "In Washington, Jordan, a dispatcher, said the buses ran “empty and late.”",
        "Lena Washington, a bus driver in Salem, said she drove with the windows shut.",
        "“My eyes burned by the second stop,” Washington said.",
        "“Every child got home,” said Rita Okafor, a bus driver in Eugene, Oregon.",
    )
    searcher = searcher_for("smoke-guards", body)
    assert quoted(searcher, "empty and late") == ["Jordan"]
    assert quoted(searcher, "eyes burned") == ["Lena Washington"]
    assert quoted(searcher, "Every child") == ["Rita Okafor"]


AGENCY = (
    "Air monitors in the valley reported the worst readings in a decade, according to figures"
    " posted by the Environmental Protection Agency on Thursday morning."
)


def test_a_body_named_in_full_then_by_its_initials() -> None:
    # Before: "EPA", a body of its own with no link to the full name
    body = smoke(
        AGENCY,
        "“Children should stay indoors with the windows closed,” the EPA said in the notice."
        " “Cloth masks do little against fine particles.”",
    )
    searcher = searcher_for("smoke-epa", body)
    assert quoted(searcher, "stay indoors") == ["Environmental Protection Agency"]
    assert quoted(searcher, "Cloth masks") == ["Environmental Protection Agency"]
    assert "EPA" not in people_and_roles(searcher)


def test_initials_with_the_small_words_of_the_name() -> None:
    # Before: "DOJ" ("Department of Justice" is DJ without its "of")
    body = smoke(
        "Lawyers for the Department of Justice asked a judge to order the mill to cut its burning.",
        "“The mill ignored three warnings,” the DOJ said in its filing.",
    )
    searcher = searcher_for("smoke-doj", body)
    assert quoted(searcher, "three warnings") == ["Department of Justice"]


def test_guards_initials_the_story_does_not_settle() -> None:
    # Pass on main too: the full name only after the initials, and two names with the same
    # initials, leave the initials as they are (no body under a full name the story has not
    # given, or may not mean)
    later = smoke(
        "“Children should stay indoors,” the EPA said in a notice.",
        "The Environmental Protection Agency posted the notice on Thursday.",
    )
    assert quoted(searcher_for("smoke-epa-later", later), "stay indoors") == ["EPA"]
    two = smoke(
        "The Environmental Protection Agency and the Emergency Planning Association both posted"
        " notices.",
        "“Children should stay indoors,” the EPA said.",
    )
    assert quoted(searcher_for("smoke-epa-two", two), "stay indoors") == ["EPA"]
