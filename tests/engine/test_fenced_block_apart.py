"""A block pasted between code fences before a question is a sentence of its own: the question
after it is read alone ("```\\nprint('hi')\\n```\\nwhat did cole say about the budget": before,
read as one sentence opening with the code, it asked for no one's words); a quotation pasted so
("```\\n...\\n```\\nwho said this") is still what is asked about."""

from __future__ import annotations

import pytest

from bot.engine.chat import strip_markup
from tests.engine.stories import searcher_for

STORY = "\n".join(
    [
        "The Dunmore council passed its budget on Tuesday after a long night.",
        "“This budget keeps every library open,” said Mayor Ann Cole.",
        "“The budget starves the parks,” said council member Raj Patel.",
    ]
)


@pytest.mark.parametrize(
    "pasted", ["```python\nprint('hi')\n```\n", "```\nsome notes I took\n```\n"]
)
def test_a_question_after_a_fenced_block_is_read_alone(pasted: str) -> None:
    answer = searcher_for("budget", STORY).ask(pasted + "what did cole say about the budget")
    assert answer.asked_speaker == "Ann Cole"
    assert "every library" in answer.passages[0].text


def test_a_quotation_pasted_in_fences_is_still_found() -> None:
    answer = searcher_for("budget", STORY).ask(
        "```\nThe budget starves the parks\n```\nwho said this"
    )
    assert "starves the parks" in answer.passages[0].text
    assert strip_markup("```\nfoo?\n```\nbar").split() == ["foo?", "bar"]
