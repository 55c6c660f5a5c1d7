"""Follow-up questions: what an earlier turn of the conversation lends the next question.

A conversation is keyed by the id of the answer message a member replies to (or of the thread
started from an answer, which has the same id). Each answer's conversation holds the last few
turns that led to it, so a reply to any answer in a chain sees its own history.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from bot.engine import Answer, FollowUp
from bot.storage import ConversationTurn, StoredAnswer

SHORT_QUESTION_WORDS = 4


def shown_of(answer: Answer) -> tuple[tuple[str, int], ...]:
    return tuple((p.story_id, p.paragraph) for p in answer.passages)


def turn_of(answer: Answer, at: dt.datetime) -> ConversationTurn:
    return ConversationTurn(
        at=at,
        question=answer.question,
        asked_speaker_id=answer.asked_speaker_id,
        shown=shown_of(answer),
        named_speaker_id=answer.named_speaker_id,
    )


def turns_or_answer(
    turns: Sequence[ConversationTurn], stored: StoredAnswer | None
) -> list[ConversationTurn]:
    """The turns of a conversation; an answer stored without turns counts as one."""
    if turns or stored is None:
        return list(turns)
    return [ConversationTurn(at=stored.created_at, question=stored.question, shown=stored.shown)]


def follow_up(turns: Sequence[ConversationTurn]) -> FollowUp | None:
    """The engine's view of the conversation so far (the latest turn last).

    The latest turn's question carries the topic; when it was itself a short follow-up ("why?"),
    the turns before it are joined in so the topic survives. The speaker is the latest one asked
    about; every passage already shown is passed so the engine can show something new; whom the
    latest answer named ("who voted against it"), so "what did he say" can mean them.
    """
    if not turns:
        return None
    questions: list[str] = []
    for turn in reversed(turns):
        questions.insert(0, turn.question)
        if len(turn.question.split()) > SHORT_QUESTION_WORDS:
            break
    speaker = next((t.asked_speaker_id for t in reversed(turns) if t.asked_speaker_id), None)
    shown: list[tuple[str, int]] = []
    for turn in turns:
        shown += [key for key in turn.shown if key not in shown]
    return FollowUp(
        question=" ".join(questions),
        asked_speaker_id=speaker,
        shown=tuple(shown),
        named_speaker_id=turns[-1].named_speaker_id,
        last_shown=tuple(turns[-1].shown),
    )
