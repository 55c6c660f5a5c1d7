""" "Did X <verb> Y to do Z" asks whether someone got another to do something (ordered, told,
forced them): a passage telling no such direction ("the mayor said it would be absurd for the
city to refund Quill despite a unanimous appeals court ruling": the deed and the court, no
order) is never rated high, and a passage that tells it by the verb asked, a word of the
verb's senses taking someone to a deed (WordNet's frame "Somebody ----s somebody to
INFINITIVE": "tell" is "order") or a noun of their family goes first, looked for deeper when
none shown does (`Searcher._telling_the_direction_first`, `_lacks_the_directing_deed`). So
too asked of whom was got to do it ("was the city ordered to ...", a verb whose most
frequent sense directs someone: not "allowed to run", "expected to come"). Asked by a verb of
saying of someone the story quotes ("did whitlock tell the towing company to ..."), it asks
what the story tells of them, not their words only. A passage telling only another's
direction, by a verb that is none of the senses asked ("it did not compel the city to act"
for "did okoro tell the court to back off"), is not vouched for either. On main the first
wordings below but two were rated high on the mayor's passage, "did whitlock tell ..." shown
low on her quotation, and the last two rated high."""

from __future__ import annotations

import pytest

from bot.engine.lexicon import shared_wordnet
from bot.engine.search import Searcher
from bot.engine.search.searcher import _direction_asked
from tests.engine.stories import searcher_for

TOWING_STORY = "\n".join(
    [
        "Drivers whose cars were towed from Harbor Street during the September festival packed"
        " the council chamber on Tuesday.",
        "The hearing also came as the city was ordered to arrange the refund of fines paid by"
        " Marta Quill, a nurse whose car was towed without notice. The council has approved new"
        " signs for 40 streets near the harbor, having so far spent more than $9,000 on them.",
        "But at the hearing, Mayor Dana Whitlock said it would be “absurd” for the city to refund"
        " Quill despite a unanimous appeals court ruling.",
        "“We posted signs on every block for two weeks,” Whitlock said.",
        "City attorney Ray Okoro called the appeals court ruling narrow and said it did not"
        " compel the city to act before the budget vote.",
        "Towing company owner Luis Prado said his crews followed the city's instructions.",
        "Whitlock told the towing company to keep the lots open late on Friday so drivers could"
        " collect their cars.",
    ]
)
ORDERED = "the city was ordered to arrange the refund"
REFUSED = "it would be “absurd” for the city to refund"
TOLD = "Whitlock told the towing company to keep the lots open"


@pytest.fixture(scope="module")
def towing() -> Searcher:
    return searcher_for("harbor-towing", TOWING_STORY)


@pytest.mark.parametrize(
    "question",
    [
        "did the court order the city to refund quill",
        "did the appeals court order the city to refund quill",
        "didn't the court order the city to refund quill",
        "did the court tell the city to pay quill back",
        "did the court tell them to pay quill back",
        "did the supreme court order the city to refund quill",
        "was the city ordered to refund quill",
    ],
)
def test_the_order_goes_first_and_the_refusal_is_not_vouched_for(
    towing: Searcher, question: str
) -> None:
    answer = towing.ask(question)
    assert answer.confidence == "low"
    assert ORDERED in answer.passages[0].text


def test_a_direction_by_someone_quoted_is_what_the_story_tells_of_them(towing: Searcher) -> None:
    answer = towing.ask("did whitlock tell the towing company to keep the lots open")
    assert answer.confidence == "high"
    assert TOLD in answer.passages[0].text


def test_an_order_in_another_verb_goes_first_low(towing: Searcher) -> None:
    """The word "order" is none of "force"'s senses: no passage tells the deed asked, and the
    one telling the order, by another verb, is the closest."""
    answer = towing.ask("did the court force the city to refund quill")
    assert answer.confidence == "low"
    assert ORDERED in answer.passages[0].text


@pytest.mark.parametrize(
    "question",
    [
        # "said it did not compel the city to act": someone else's direction, or none
        "did okoro tell the court to back off",
        # "said his crews followed the city's instructions": no telling of his
        "did prado tell his crews to tow the cars",
    ],
)
def test_another_direction_or_none_is_not_vouched_for(towing: Searcher, question: str) -> None:
    assert towing.ask(question).confidence == "low"


def test_the_reading() -> None:
    def read(question: str) -> tuple[str, bool, str] | None:
        found = _direction_asked(question)
        return None if found is None else (found.verb, found.whether, found.deed)

    assert read("did the court tell the government to get garcia back") == (
        "tell",
        True,
        "get garcia back",
    )
    assert read("did the supreme court order trump to bring garcia back") == (
        "order",
        True,
        "bring garcia back",
    )  # not "court"
    assert read("was the city ordered to refund quill") == ("order", True, "refund quill")
    assert read("were they forced by the court to pay") == ("force", True, "pay")
    assert read("what did the court order the white house to do") == ("order", False, "do")
    # no object naming whom ("its safer", "it easier"), no deed after "to"
    assert read("did washington tell tourists its safer to go there") is None
    assert read("did the US government officially say its safer to travel") is None
    assert read("did the state department make it easier to travel there") is None
    assert read("did the court send garcia to el salvador") is None
    # a verb taking no one to a deed
    assert read("did the judge send quill to pay the fines") is None
    # a participle whose most frequent sense directs no one: what may, will or is said to be
    assert read("is bukele even allowed to run again") is None
    assert read("is garcia expected to come back") is None
    assert read("was he told to leave") is None


def test_the_passages_read(towing: Searcher) -> None:
    number = {
        key: next(n for n, p in enumerate(towing.snapshot.passages) if key in p.text)
        for key in (ORDERED, REFUSED, TOLD)
    }
    lacks = towing._lacks_the_directing_deed
    asked = "did the court tell the city to pay quill back"
    assert lacks(asked, number[REFUSED], {})
    assert not lacks(asked, number[ORDERED], {})  # "tell" is "order"
    assert not lacks(asked, number[TOLD], {})  # "told the towing company to keep"
    # a verb WordNet has taking no one to a deed: no direction asked
    assert not lacks("did the court send the city to pay quill", number[REFUSED], {})
    # a verb of saying: whether they told it is in their own words, quoted in full (not
    # reported: "said it did not compel the city to act")
    posted = next(n for n, p in enumerate(towing.snapshot.passages) if "We posted" in p.text)
    compel = next(n for n, p in enumerate(towing.snapshot.passages) if "compel" in p.text)
    assert not lacks("did whitlock tell the drivers to read the signs", posted, {})
    assert lacks("did okoro tell the court to back off", compel, {})


def test_the_senses_directing_someone() -> None:
    wordnet = shared_wordnet()
    assert wordnet is not None
    assert {"order", "tell", "enjoin"} <= wordnet.senses_directing_someone("told")
    assert "require" in wordnet.senses_directing_someone("ask")
    assert not wordnet.senses_directing_someone("send")
    assert wordnet.directs_someone_first("order")
    assert wordnet.directs_someone_first("force")
    assert not wordnet.directs_someone_first("allow")
    assert not wordnet.directs_someone_first("tell")


def test_guards(towing: Searcher) -> None:
    """Pass on main too: the direction by another verb, the mayor's words."""
    for question in (
        "did the mayor ask the towing company to keep the lots open late",
        "did whitlock order the towing company to keep the lots open",
    ):
        answer = towing.ask(question)
        assert answer.confidence == "high"
        assert TOLD in answer.passages[0].text
    answer = towing.ask("what did whitlock say about refunding quill")
    assert answer.confidence == "high"
    assert REFUSED in answer.passages[0].text
