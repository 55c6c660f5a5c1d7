""" "wait so is bukele actualy sending abrego garcia back or nah??": a person's name typed in
several words names them, whom a passage naming them by the one word the story calls them by
("to return Garcia") names as much as the passage introducing them by the whole name ("the
return of Kilmar Abrego Garcia"). Read word by word, the whole name's rarer words put the
introduction first (fresh-79 c01, fresh-24 c06). For the order shown only: read as one word by
the confidence model too, "eta on abrego garcia's next court date?" (unanswerable) was rated
high on a passage naming "Garcia"."""

from __future__ import annotations

import pytest

from tests.engine.stories import searcher_for, searcher_for_stories

HARBOUR_STORY = "\n".join(
    [
        "Harbour police detained fisherman Tomas Ruiz Delgado on Monday after his trawler"
        " entered a closed zone off Kessel.",
        "Mayor Ines Kale said she would not ask the coast guard to release Delgado before his"
        " hearing next month.",
        "“The rules protect the spawning grounds, and they apply to everyone,” Kale told"
        " reporters.",
        "Delgado's union said the closed zone had been marked badly.",
    ]
)


@pytest.fixture(scope="module")
def harbour():  # type: ignore[no-untyped-def]
    return searcher_for("harbour", HARBOUR_STORY)


@pytest.mark.parametrize(
    "typed",
    [
        # on main: the detention's passage first, naming him whole
        "is the mayor getting tomas ruiz delgado released?",
        "is the mayor freeing Tomas Ruiz Delgado before the hearing?",
        # guards, first on main too
        "is the mayor getting delgado released?",
        "will kale release ruiz delgado?",
    ],
)
def test_a_name_typed_whole_is_its_person(harbour, typed: str) -> None:  # type: ignore[no-untyped-def]
    answer = harbour.ask(typed)
    assert answer.answered, answer.reason
    assert answer.passages[0].text.startswith("Mayor Ines Kale")


def test_what_the_introduction_tells_stays_first(harbour) -> None:  # type: ignore[no-untyped-def]
    # a guard, as on main
    answer = harbour.ask("why was tomas ruiz delgado detained?")
    assert answer.passages[0].text.startswith("Harbour police detained")


def test_a_word_two_people_share_is_not_one_of_them() -> None:
    # the whole name tells him from his sister: read word by word, as on main
    searcher = searcher_for(
        "harbour",
        "\n".join(
            [
                HARBOUR_STORY,
                "His sister Ana Delgado, a lawyer, said she would ask the coast guard to release"
                " him.",
            ]
        ),
    )
    # (the mayor by her name: "the mayor" is searched as "Kale" too since 9desc3, and her
    # passage, the answer, comes first whatever his name's words weigh)
    answer = searcher.ask("is kale getting tomas ruiz delgado released?")
    assert answer.passages[0].text.startswith("Harbour police detained")


def test_a_word_someone_of_another_story_shares_is_not_one_of_them() -> None:
    # another Delgado in another story: a passage of hers would hold "delgado" as much ("which
    # article quotes maria garcia" of a corpus telling of Kilmar Abrego Garcia: probes-9probe11
    # w04 was held low for it), so the whole name is read word by word
    searcher = searcher_for_stories(
        {
            "harbour": HARBOUR_STORY,
            "school": "Principal Marta Delgado said the school would reopen on Monday.",
        }
    )
    people = {person.name: person for person in searcher.snapshot.people}
    assert not searcher._names_only("Delgado", people["Tomas Ruiz Delgado"])
    alone = searcher_for("harbour", HARBOUR_STORY)
    assert alone._names_only("Delgado", alone.snapshot.people[0])
