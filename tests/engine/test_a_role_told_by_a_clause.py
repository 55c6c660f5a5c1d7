"""Someone asked for by a role the story tells only in a clause ("the association leader" of
"Omar Tal, who ... leads the tenants' association at Birch Court,") is that person, where one
person is so described: on the branch's base the role was no one the story knows, searched
with no speaker, and rated low."""

from __future__ import annotations

from .stories import searcher_for

TOWER = "\n".join(
    [
        "The owners of Birch Court will raise rents by 14 percent in May, the city's rent"
        " board said on Monday.",
        "Omar Tal, who has lived in the building since 1998 and leads the tenants' association"
        " at Birch Court, said many neighbors would have to move. “Half this floor is on a"
        " pension,” Tal said.",
        "A spokeswoman for the owners, Jill Marsh, said the increase paid for a new roof."
        " “The roof leaks into six apartments,” Marsh said.",
        "The rent board will hear appeals in April.",
    ]
)


def test_a_role_told_by_a_clause_is_its_holder() -> None:
    searcher = searcher_for("tower", TOWER)
    for question in [
        "what did the association leader say",
        "what did the tenants association leader say about rent",
        "did the tenants' association leader say anything",
    ]:
        answer = searcher.ask(question)
        assert answer.answered, (question, answer.reason)
        assert answer.asked_speaker == "Omar Tal", (question, answer.asked_speaker)
        assert "Tal said" in answer.passages[0].text, question


def test_a_role_with_nothing_qualifying_it_guard() -> None:
    """A guard (passes on the base too): "the leader" alone is not read from a clause."""
    answer = searcher_for("tower", TOWER).ask("what did the leader say")
    assert answer.asked_speaker != "Omar Tal"
