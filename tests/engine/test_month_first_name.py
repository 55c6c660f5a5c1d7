"""A first name that is also a month ("June", "April", "May") opening a name the story
introduces by a role or an appositive is a name, not a date: "Islander June Okafor, 71, ...
“...,” she said." (before: no person found, and her words credited to the woman quoted in the
paragraph before). A month after a time word ("In June Garza said") is still a date."""

from __future__ import annotations

from tests.engine.stories import people_and_roles, quoted, searcher_for

FERRY_STORY = "\n".join(
    [
        "The Port Alder council voted on Tuesday to cut the winter ferry schedule to two runs.",
        "Councilwoman Bea Hartley voted against the cut. “We owe the island a year,” Hartley said.",
        "Islander June Okafor, 71, takes the ferry three times a week to reach her dialysis "
        "appointments. “With two runs a day, I will have to sleep in my car,” she said.",
        "Nurse April Stone, who works at the island clinic, said the cut would hurt patients.",
    ]
)


def test_month_first_name_after_a_role_is_a_person() -> None:
    searcher = searcher_for("ferry", FERRY_STORY)
    people = people_and_roles(searcher)
    assert "June Okafor" in people
    assert "April Stone" in people
    assert quoted(searcher, "sleep in my car") == ["June Okafor"]


def test_her_words_are_found_by_her_name() -> None:
    searcher = searcher_for("ferry", FERRY_STORY)
    answer = searcher.ask("what did okafor say")
    assert answer.answered
    assert answer.asked_speaker == "June Okafor"
    assert "sleep in my car" in answer.passages[0].text


def test_month_after_a_time_word_is_still_a_date() -> None:
    story = "\n".join(
        [
            "Mayor Luis Garza opened the bridge on Saturday.",
            "In June Garza said the bridge would open “before the first snow.”",
        ]
    )
    people = people_and_roles(searcher_for("bridge", story))
    assert "June Garza" not in people
