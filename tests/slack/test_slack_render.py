"""Block Kit rendering, without a Slack: escaping, marking matched words, trimming to limits."""

from __future__ import annotations

from bot.engine.answer import Answer, AnswerPart, AnswerQuote, RankedPassage
from bot.engine.models import QuoteKind, Span
from bot.slack import render


def test_escape_leaves_no_control_character() -> None:
    text = "<!channel> & <@U1> <#C1|x> <https://a.example|b> &amp;"
    escaped = render.escape(text)
    assert "<" not in escaped and ">" not in escaped
    assert escaped == (
        "&lt;!channel&gt; &amp; &lt;@U1&gt; &lt;#C1|x&gt; &lt;https://a.example|b&gt; &amp;amp;"
    )


def test_matched_words_are_bold_and_escaped_inside() -> None:
    text = "AT&T said <yes> loudly"
    spans = (Span(start=0, end=4), Span(start=10, end=15), Span(start=15, end=16))
    assert render.marked(text, spans) == "*AT&amp;T* said *&lt;yes&gt;* loudly"
    assert render.quoted("one\ntwo") == ">one\n>two"


def test_a_link_is_only_a_plain_web_address() -> None:
    assert (
        render.link("https://example.com/a?b=1&c=2") == "<https://example.com/a?b=1&amp;c=2|link>"
    )
    for bad in ("javascript:alert(1)", "https://x.example|<!channel>", "https://a b", None):
        assert render.link(bad) is None


def test_a_long_answer_fits_slacks_limits() -> None:
    body = "word " * 5000
    passages = tuple(
        RankedPassage(
            rank=n,
            story_id="story",
            title="T" * 500,
            paragraph=n,
            text=body,
            score=1.0,
            quotes=(
                AnswerQuote(text="word", speaker="A" * 300, kind=QuoteKind.DIRECT, start=0, end=4),
            ),
            highlights=(Span(start=0, end=4),),
        )
        for n in range(1, 11)
    )
    answer = Answer(question="q" * 5000, answered=True, confidence="low", passages=passages)
    blocks = render.answer_blocks(answer, "C1/1")
    assert len(blocks) <= 50
    assert sum(len(str(b)) for b in blocks) <= 40_000
    for block in blocks:
        if block["type"] in ("section",):
            assert len(block["text"]["text"]) <= 3000
        for element in block.get("elements", []):
            if element.get("type") == "button":
                assert len(element["text"]["text"]) <= 75
    assert blocks[-1]["type"] == "actions"  # the buttons are never what is trimmed
    assert len(render.answer_fallback(answer)) <= 3000


def test_a_note_of_another_story_comes_before_the_passages_within_limits() -> None:
    """A reply whose conversation's story quotes no one asked of: the engine's note (a story
    title: escaped, and clipped however long) before the low label."""
    passage = RankedPassage(
        rank=1, story_id="ferry", title="Ferry", paragraph=3, text="The director spoke.", score=1.0
    )
    note = "“<!channel> " + "T" * 5000 + "” doesn't quote the director. From the other stories:"
    answer = Answer(
        question="what did the director say",
        answered=True,
        confidence="low",
        passages=(passage,),
        note=note,
    )
    blocks = render.answer_blocks(answer, "C1/1")
    label = blocks[1]["text"]["text"]
    assert label.startswith("_“&lt;!channel&gt; TTT")
    assert "may not answer that directly" in label
    assert len(label) <= 3000


def test_a_message_of_two_questions_held_low_says_which_part_is_answered() -> None:
    """Issue 9 on Slack: after the low label, each part's own confidence in the words every
    front end uses (bot.frontend.present.part_lines), the part's words escaped."""
    passages = tuple(
        RankedPassage(
            rank=n, story_id="ferry", title="Ferry", paragraph=n, text="Wren spoke.", score=1.0
        )
        for n in (1, 2)
    )
    parts = (
        AnswerPart(question="what did wren say", confidence="high", rank=1),
        AnswerPart(question="<!channel> how much are fares", confidence="low", rank=2),
    )
    answer = Answer(
        question="what did wren say? also <!channel> how much are fares",
        answered=True,
        confidence="low",
        passages=passages,
        parts=parts,
    )
    label = render.answer_blocks(answer, "C1/1")[1]["text"]["text"]
    assert label.splitlines() == [
        "_The story may not answer that directly; the closest it comes:_",
        "_“what did wren say”: passage 1 answers it._",
        "_“&lt;!channel&gt; how much are fares”: passage 2 is the closest it comes._",
    ]
    high = answer.model_copy(update={"confidence": "high"})
    assert "answers it" not in str(render.answer_blocks(high, "C1/1"))
