"""Among several stories, a question asking for someone's words in a story it names that
quotes no one it may mean ("in the library story what did the harbormaster say", the
harbormaster being the other story's) is told so, with whom that story quotes: on the
branch's base the other story's harbormaster was shown, low, as if that story's."""

from __future__ import annotations

from bot.engine.builder import build_snapshot
from bot.engine.corpus import parse_story, story_file_text
from bot.engine.search import Searcher

LIBRARY = "\n".join(
    [
        "The Wexford public library will open on Sundays from September.",
        "Head librarian June Okafor said families had asked for it for years. “Sunday is when"
        " parents have time to bring their children,” Okafor said.",
        "Trustee Dale Perrin voted against the added hours. “We are paying overtime for empty"
        " rooms,” Perrin said.",
    ]
)
HARBOR = "\n".join(
    [
        "Wexford's harbor will be dredged this winter so larger fishing boats can dock.",
        "Harbormaster Ines Calder said silt had closed two berths. “The boats are tying up"
        " three deep,” Calder said.",
    ]
)


def _searcher() -> Searcher:
    stories = [
        parse_story(story_file_text({"id": sid}, body).encode(), source=f"{sid}.txt")
        for sid, body in [("library", LIBRARY), ("harbor", HARBOR)]
    ]
    return Searcher(build_snapshot(stories, "test"))  # type: ignore[arg-type]


def test_the_named_story_quotes_no_one_asked_of() -> None:
    searcher = _searcher()
    for question, said in [
        ("in the library story what did the harbormaster say", "The library story"),
        ("what did calder say in the library article", "The library story"),
        ("harbor piece: what did the trustee say about overtime", "The harbor story"),
    ]:
        answer = searcher.ask(question)
        assert not answer.answered, (question, answer.passages)
        assert answer.reason is not None and answer.reason.startswith(said), answer.reason
    answer = searcher.ask("in the library story what did the harbormaster say")
    assert set(answer.quoted_speakers) == {"June Okafor", "Dale Perrin"}


def test_the_named_story_quoting_them_guard() -> None:
    """A guard (passes on the base too): the story named quotes whom it asks of."""
    answer = _searcher().ask("in the library story what did the trustee say")
    assert answer.answered and answer.asked_speaker == "Dale Perrin"
    assert {p.story_id for p in answer.passages} == {"library"}
