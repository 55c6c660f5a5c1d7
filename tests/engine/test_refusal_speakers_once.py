"""A refusal for someone the story does not quote lists whom it quotes and whom it only
reports: the two lists are made once of its quoted people (at 1,000,000 passages some 8,700
of them, ~9 ms a refusal when made for each), the same lists every time."""

from __future__ import annotations

import pytest

from tests.engine.stories import searcher_for

COUNCIL = "\n".join(
    [
        "The city council voted on Monday to close the east library for repairs.",
        "\u201cThe roof cannot wait another winter,\u201d said Mayor Dana Whitfield.",
        "Councillor Omar Haddad said the branch would reopen in the spring.",
        "Librarian Ruth Okafor said readers had been told.",
    ]
)


def test_a_refusal_s_quoted_and_reported_people_are_listed_once_made(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    searcher = searcher_for("east-library", COUNCIL)
    first = searcher.ask("what did Zebulon Quarrington say about the library?")
    assert not first.answered
    assert "Dana Whitfield" in first.quoted_speakers
    assert {"Omar Haddad", "Ruth Okafor"} <= set(first.reported_speakers)
    assert not set(first.quoted_speakers) & set(first.reported_speakers)
    read = searcher.reported_only
    calls: list[bool] = []

    def counted() -> frozenset[str]:
        calls.append(True)
        return read()

    monkeypatch.setattr(searcher, "reported_only", counted)
    for question in (
        "what did Zebulon Quarrington say about the roof?",
        "what did Ada Pennywhistle say about the spring?",
    ):
        again = searcher.ask(question)
        assert not again.answered
        assert again.quoted_speakers == first.quoted_speakers
        assert again.reported_speakers == first.reported_speakers
    assert not calls  # made on the first refusal, not passed over again
