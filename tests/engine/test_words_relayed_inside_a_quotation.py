"""Words in single marks inside a speaker's quotation, with a cue of their own there: "When I
asked her in October, she told me, 'Linden is not on any list.'" The outer quotation stays the
speaker's; the inner words are whoever the cue names when the paragraph tells who that is: the
speaker ("I told them, '...'"), a name, or "he"/"she" when the paragraph names before it one
person of that gender other than the speaker (by name, by a role the story gives one person,
"the superintendent"). Nobody otherwise ("He always said" of a father never named; "she" with
two women named before): a guess could credit the words to the wrong person. On a story of its
own (a school board closing a school)."""

from __future__ import annotations

import pytest

from bot.engine.evaluation import EvalItem, evaluate
from bot.engine.search import Searcher
from bot.engine.service import quote_views
from tests.engine.stories import asked_for_words, quoted, searcher_for

SCHOOL_STORY = "\n".join(
    [
        "The school board voted on Monday to close Linden Elementary at the end of the year.",
        "Superintendent Carla Voss told the board that enrollment had fallen by a third since "
        "2019.",
        "“We cannot keep a building open for ninety children,” Voss said.",
        "Parent Owen Blake, whose two sons attend the school, said he had asked the "
        "superintendent about the building in the fall. “When I asked her in October, she told "
        "me, ‘Linden is not on any list.’ Those were her words,” Blake said.",
        "Trustee Irene Hall said her father used to run the school's kitchen. “He always said, "
        "‘Feed them first and teach them after.’ I still believe that,” Hall said.",
        "Hall said she had warned the other trustees in March. “I told them, ‘Parents will "
        "remember this vote.’ Nobody listened,” she said.",
        "Blake said Hall and Voss had both come to the school's open house. “She said, ‘We "
        "will find every child a seat.’ I hope she meant it,” he said.",
        "Voss said the board would hold a public meeting next week.",
    ]
)


@pytest.fixture(scope="module")
def school() -> Searcher:
    return searcher_for("linden", SCHOOL_STORY)


def test_she_told_me_is_the_one_woman_the_paragraph_names_by_her_role(school: Searcher) -> None:
    # the outer quotation is still the parent's; the words he relays are the superintendent's
    assert quoted(school, "Linden is not on any list") == ["Owen Blake", "Carla Voss"]
    # whom the paragraph does not tell is nobody: her father, never named; "She said" after
    # two women named
    assert quoted(school, "Feed them first") == ["Irene Hall", None]
    assert quoted(school, "We will find every child a seat") == ["Owen Blake", None]


def test_i_told_them_is_the_speakers_own(school: Searcher) -> None:
    assert quoted(school, "Parents will remember this vote") == ["Irene Hall", "Irene Hall"]


def test_asking_for_the_relayed_persons_words_finds_them(school: Searcher) -> None:
    answer = asked_for_words(school, "what did voss tell blake about linden", "Carla Voss")
    assert "Linden is not on any list" in answer.passages[0].text


FIRE_STORY = "\n".join(
    [
        "A wildfire burned through 3,000 acres north of Carver on Tuesday, officials said.",
        "No homes had been lost by evening, according to Chief Erik Lind, head of the Carver "
        "Fire Department, though he said two firefighters were treated for heat exhaustion.",
        "“We held the line at the river,” Lind told reporters.",
        "Dr. Ana Lind, chief forecaster at the Carver Weather Office and the fire chief’s older "
        "sister, said winds would shift overnight.",
        "Erik Lind said his sister called him at 3 a.m. “She said, ‘Erik, pull your crews back "
        "to the road.’ I’ve learned to listen,” he said.",
    ]
)


def test_his_sister_is_the_one_an_appositive_made_the_role_holders_sister() -> None:
    # "the fire chief's older sister": the chief whose introduction says "Fire"; "his sister"
    # after is her, and "She said, '...'" inside his words is hers
    fire = searcher_for("fire", FIRE_STORY)
    assert quoted(fire, "pull your crews back") == ["Erik Lind", "Ana Lind"]


def test_a_key_of_words_inside_a_relayed_quotation_is_scored_on_that_quotation(
    school: Searcher,
) -> None:
    # Before: the key's first words of the superintendent's relayed words were scored on the
    # parent's quotation holding them too, and counted as credited to someone else
    items = [
        EvalItem(id="n1", kind="attribution", quote="Linden is not on", speaker="carla voss"),
        EvalItem(id="n2", kind="attribution", quote="When I asked her", speaker="owen blake"),
    ]
    report = evaluate(items, school, quote_views(school.snapshot))
    assert [item.ok for item in report.items] == [True, True]
    assert report.attribution_wrong.hits == 0
