"""The owners a story writes each person's role with are read once, when the story is
analysed (`role_owners`), kept on the person (`Person.owners`) through the stored analysis and
the merge of a corpus's people, and read by the searcher from there: before, the searcher read
them from the story bodies at each question asking a role by its owner."""

from __future__ import annotations

from bot.engine.builder import analyse_story
from bot.engine.corpus import parse_story, story_file_text
from bot.engine.models import RoleOwner
from bot.engine.story_analysis import StoryAnalysis
from tests.engine.stories import searcher_for_stories

HOSPITAL = "\n".join(
    [
        "Fire Chief Rhona Patel said the blaze started in a laundry room.",
        "The hospital's chief executive, Anders Kaye, said no patient was hurt.",
        "Tom Akers, a spokesman for Valecrest Farms, said the farm would send water.",
        "Kaye said the hospital's chief of surgery would speak on Friday.",
    ]
)


def _analysis(story_id: str, body: str) -> StoryAnalysis:
    text = story_file_text({"id": story_id}, body)
    return analyse_story(parse_story(text.encode(), source=f"{story_id}.txt"), "key")


def test_each_persons_role_owners_are_read_with_the_story() -> None:
    people = {p.name: p for p in _analysis("fire", HOSPITAL).attribution.people}
    kaye = people["Anders Kaye"].owners
    # beside the name, and a possessive before the role wherever the story writes it
    assert RoleOwner(story_id="fire", words="The hospital", beside=True) in kaye
    assert {(o.words, o.held) for o in kaye if not o.beside} == {("hospital", 2)}
    # "the hospital's chief" is Patel's role's first word only: the longest is read at the
    # question, so each place is kept with the words held there
    assert {(o.words, o.held) for o in people["Rhona Patel"].owners} == {("hospital", 1)}
    akers = people["Tom Akers"].owners
    assert [(o.words, o.beside) for o in akers] == [("Valecrest Farms", True)]


def test_role_owners_read_back_from_a_stored_analysis() -> None:
    analysis = _analysis("fire", HOSPITAL)
    loaded = StoryAnalysis.from_bytes("key", analysis.to_bytes())
    assert loaded.attribution.people == analysis.attribution.people
    assert any(p.owners for p in loaded.attribution.people)


def test_role_owners_of_a_person_in_two_stories_are_both_stories() -> None:
    searcher = searcher_for_stories(
        {
            "fire": HOSPITAL,
            "drought": "Tom Akers, a spokesman for Valecrest Farms, said the wells were dry.",
        }
    )
    akers = next(p for p in searcher.snapshot.people if p.name == "Tom Akers")
    assert {o.story_id for o in akers.owners} == {"fire", "drought"}
    answer = searcher.ask("what did valecrest's spokesman say")
    assert answer.asked_speaker == "Tom Akers"
