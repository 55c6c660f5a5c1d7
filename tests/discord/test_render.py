"""Rendering answers for Discord: verbatim story text, escaped, within Discord's limits."""

from __future__ import annotations

import datetime as dt
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.discord import render
from bot.engine.answer import Answer, AnswerPart, AnswerQuote, RankedPassage
from bot.engine.models import ParagraphRole, Passage, QuoteKind, Span, Story, StoryMeta
from bot.engine.reports import QuoteView

PARAGRAPH_13 = (
    "But during the meeting, Bukele said it would be “preposterous” for him to return Garcia "
    "to the U.S. despite a unanimous Supreme Court ruling."
)


def plain(rendered: str) -> str:
    """What Discord shows for `rendered`, minus formatting: block quotes, bold, escapes."""
    lines = [re.sub(r"^> ?", "", line) for line in rendered.split("\n")]
    text = "\n".join(lines)
    text = re.sub(r"(?<!\\)\*\*", "", text)
    return re.sub(r"\\([^A-Za-z0-9\s])", r"\1", text)


def passage(text: str = PARAGRAPH_13, **changes: object) -> RankedPassage:
    fields: dict[str, object] = {
        "rank": 1,
        "story_id": "bukele-white-house",
        "title": None,
        "paragraph": 13,
        "text": text,
        "score": 3.7,
        "quotes": (
            AnswerQuote(
                text="preposterous",
                speaker="Nayib Bukele",
                kind=QuoteKind.PARTIAL,
                start=49,
                end=61,
            ),
        ),
        "highlights": (Span(start=24, end=30), Span(start=81, end=87)),
    }
    fields.update(changes)
    return RankedPassage.model_validate(fields)


def answer(*passages: RankedPassage, question: str = "what did Bukele say about Garcia?") -> Answer:
    return Answer(
        question=question,
        answered=True,
        asked_speaker="Nayib Bukele",
        passages=passages,
        quoted_speakers=("Donald Trump", "Nayib Bukele"),
    )


def within_limits(embed: render.discord.Embed) -> None:
    assert len(embed) <= render.EMBED_TOTAL_LIMIT
    assert len(embed.title or "") <= render.TITLE_LIMIT
    assert len(embed.description or "") <= render.DESCRIPTION_LIMIT
    assert len(embed.fields) <= render.FIELD_LIMIT
    for field in embed.fields:
        assert len(field.value or "") <= render.FIELD_VALUE_LIMIT
        assert len(field.name or "") <= render.FIELD_NAME_LIMIT


def test_an_answer_quotes_the_passage_verbatim_with_speaker_and_citation() -> None:
    embed = render.answer_embed(answer(passage()))
    description = embed.description or ""
    assert "Quoting **Nayib Bukele**" in description
    assert PARAGRAPH_13 in plain(description)
    assert "> But during the meeting, **Bukele** said" in description
    assert "return **Garcia** to the U.S." in description
    assert "— bukele-white-house, paragraph 13" in description
    within_limits(embed)


def test_the_citation_names_title_outlet_date_and_link() -> None:
    cited = passage(
        title="Bukele *visits* the White House",
        outlet="The Hill",
        published=dt.date(2025, 4, 14),
        url="https://thehill.com/a_b/c",
    )
    line = render.passage_citation(cited)
    assert line == (
        "Bukele \\*visits\\* the White House, The Hill, 2025-04-14, paragraph 13 · "
        "[link](https://thehill.com/a_b/c)"
    )


def test_markdown_and_mentions_in_story_text_render_literally() -> None:
    text = (
        "He said @everyone and @here should see <@123> and <@&456> in <#789>: "
        "*not* _italic_ ~~struck~~ ||spoiler|| `code` > quote [link](http://x.y) \\ done."
    )
    block = render.quote_block(text)
    assert "\\@everyone" in block and "\\@here" in block
    assert "\\<\\@123\\>" in block and "\\<\\@&456\\>" in block and "\\<#789\\>" in block
    assert not re.search(r"(?<!\\)[<@]", block)
    assert "\\*not\\*" in block and "\\_italic\\_" in block and "\\|\\|spoiler" in block
    assert "\\`code\\`" in block and "\\[link\\]" in block
    assert plain(block) == text


def test_line_start_markup_is_escaped() -> None:
    text = "# Not a heading\n- not a list\n1. not numbered\n-# not subtext"
    block = render.quote_block(text)
    assert block.split("\n") == [
        "> \\# Not a heading",
        "> \\- not a list",
        "> 1\\. not numbered",
        "> \\-# not subtext",
    ]
    assert plain(block) == text


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=200))
def test_escaping_never_changes_what_is_shown(text: str) -> None:
    assert plain(render.escape(text)) == text


@settings(max_examples=200, deadline=None)
@given(
    st.text(alphabet="ab *_~|`<>@#-1. \n", min_size=1, max_size=80),
    st.lists(st.tuples(st.integers(0, 80), st.integers(0, 10)), max_size=5),
)
def test_highlights_only_add_bold(text: str, raw_spans: list[tuple[int, int]]) -> None:
    spans = [Span(start=s, end=s + n) for s, n in raw_spans]
    shown = render.highlighted(text, spans)
    assert plain(shown) == text
    assert shown.count("**") % 2 == 0


def test_a_huge_passage_is_trimmed_at_a_word_and_marked() -> None:
    words = " ".join(f"word{i}" for i in range(3000))
    embed = render.answer_embed(answer(passage(words, highlights=(Span(start=0, end=5),))))
    within_limits(embed)
    assert "…" in (embed.description or "")
    assert plain(embed.description or "").split("\n")[1].startswith("word0 word1")


def test_many_passages_stay_within_the_description_and_total() -> None:
    long = "x " * 1500
    passages = [passage(long, rank=i, paragraph=i) for i in range(1, 10)]
    embed = render.answer_embed(answer(*passages, question="q" * 500))
    within_limits(embed)
    assert "left out for length" in (embed.footer.text or "")


def test_an_abstention_says_so_and_who_is_quoted() -> None:
    abstained = Answer(
        question="what did Obama say?",
        answered=False,
        reason="The story does not quote Barack Obama.",
        quoted_speakers=("Donald Trump", "Nayib Bukele", "Pam Bondi"),
    )
    embed = render.answer_embed(abstained)
    assert embed.description is not None
    assert embed.description.startswith("The story does not quote Barack Obama.")
    assert "The story quotes Donald Trump, Nayib Bukele and Pam Bondi." in embed.description


def _story(paragraphs: int = 3, **meta: object) -> Story:
    texts = [f"Paragraph number {n} says @everyone *hi*." for n in range(1, paragraphs + 1)]
    body = "\n".join(texts)
    passages = []
    start = 0
    for number, text in enumerate(texts, start=1):
        passages.append(
            Passage(
                story_id=str(meta.get("id", "s")),
                paragraph=number,
                text=text,
                start=start,
                end=start + len(text),
                sentences=(),
                role=ParagraphRole.STORY,
            )
        )
        start += len(text) + 1
    return Story(
        meta=StoryMeta.model_validate({"id": "s", **meta}),
        source=f"{meta.get('id', 's')}.txt",
        body=body,
        paragraphs=tuple(passages),
    )


def test_context_marks_the_quoted_paragraph() -> None:
    story = _story(title="A title")
    embed = render.context_embed(story, story.passages, 2)
    assert "**Paragraph 2** (the one quoted)" in (embed.description or "")
    assert "Paragraph number 1 says @everyone *hi*." in plain(embed.description or "")
    assert embed.footer.text == "A title, paragraph 2"


def test_quotes_are_paged_within_limits() -> None:
    quotes = [
        QuoteView(
            story_id="s",
            paragraph=n,
            text="words " * 150,
            speaker="Nayib Bukele",
            kind=QuoteKind.DIRECT,
        )
        for n in range(1, 60)
    ]
    pages = render.quote_pages("Nayib Bukele", quotes, [_story()])
    assert len(pages) > 1
    for number, page in enumerate(pages, start=1):
        within_limits(page)
        assert page.footer.text == f"Page {number} of {len(pages)} · 59 quotes"
    assert sum((p.description or "").count("**Nayib Bukele**") for p in pages) == 59


def test_story_overview_fits_many_stories() -> None:
    stories = [_story(id=f"story-{n}", title="T" * 200, outlet="O") for n in range(100)]
    embed = render.story_embed(stories, [], ["P" * 50] * 100)
    within_limits(embed)
    assert embed.title == "100 stories indexed"


def test_autocomplete_choices_are_capped() -> None:
    options = [(f"Person {n} " + "x" * 200, f"Person {n} " + "x" * 200, "") for n in range(40)]
    found = render.choices(options, "person")
    assert len(found) == 25
    assert all(len(c.name) <= 100 and len(c.value) <= 100 for c in found)
    assert [c.name for c in render.choices([("Nayib Bukele", "Nayib Bukele", "Bukele")], "buk")]


def test_autocomplete_prefers_names_starting_with_the_text() -> None:
    options = [(n, n, "") for n in ("Pam Bondi", "Bondi Beach", "Donald Trump")]
    assert [c.name for c in render.choices(options, "bon")] == ["Bondi Beach", "Pam Bondi"]


def test_closest_passages_are_labelled_as_possibly_not_answering() -> None:
    closest = answer(passage()).model_copy(update={"confidence": "low"})
    embed = render.answer_embed(closest)
    assert embed.description is not None
    assert (
        plain(embed.description)
        .strip("*")
        .startswith("The story may not answer that directly; the closest it comes:")
    )
    confident = render.answer_embed(answer(passage()).model_copy(update={"confidence": "high"}))
    assert "may not answer" not in (confident.description or "")


def test_a_message_of_two_questions_held_low_says_which_part_is_answered() -> None:
    """Issue 9: "what did the mayor say?? also what did the chief say", the chief's part held
    low: the reply says each part's own confidence after the low label."""
    parts = (
        AnswerPart(question="what did the mayor say", confidence="high", rank=1),
        AnswerPart(question="what did the chief say", confidence="low", rank=2),
        AnswerPart(question="when did the *vote* happen", confidence=None),
    )
    closest = answer(passage(), passage(rank=2)).model_copy(
        update={"confidence": "low", "parts": parts}
    )
    description = plain(render.answer_embed(closest).description or "")
    assert "“what did the mayor say”: passage 1 answers it." in description
    assert "“what did the chief say”: passage 2 is the closest it comes." in description
    assert "“when did the *vote* happen”: the story doesn't say." in description
    confident = answer(passage()).model_copy(update={"confidence": "high", "parts": parts[:2]})
    assert "answers it" not in (render.answer_embed(confident).description or "")


def test_a_note_of_another_story_is_said_before_the_passages() -> None:
    """A reply whose conversation's story quotes no one asked of: the engine's note (a story
    title, escaped) before the low label and the other stories' passages."""
    note = "“Parks *budget*” doesn't quote the director. From the other stories:"
    closest = answer(passage()).model_copy(update={"confidence": "low", "note": note})
    description = render.answer_embed(closest).description or ""
    said = plain(description)
    assert said.index("doesn't quote the director") < said.index("may not answer")
    assert "*budget*" not in description  # the title's marks escaped


def test_a_passage_quoting_two_people_shows_each_quotation_with_its_speaker() -> None:
    text = "“These are sick people,” the president said. Bondi said the court had no say."
    quotes = (
        AnswerQuote(
            text="“These are sick people”",
            speaker="Donald Trump",
            kind=QuoteKind.DIRECT,
            start=0,
            end=23,
        ),
        AnswerQuote(
            text="the court had no say",
            speaker="Pam Bondi",
            kind=QuoteKind.INDIRECT,
            start=57,
            end=77,
        ),
    )
    embed = render.answer_embed(answer(passage(text, quotes=quotes, highlights=())))
    shown = plain(embed.description or "")
    assert "“These are sick people” — Donald Trump" in shown
    # Bondi's words are the story's report of them, never set in quotation marks as hers
    assert "the court had no say — Pam Bondi (reported, not quoted)" in shown
    assert "“the court had no say”" not in shown


def test_a_passage_giving_someones_words_only_as_reported_speech_does_not_say_it_quotes_them() -> (
    None
):
    text = "Miller told reporters that keeping them would cost 100 times more."
    reported = AnswerQuote(
        text="keeping them would cost 100 times more",
        speaker="Stephen Miller",
        kind=QuoteKind.INDIRECT,
        start=28,
        end=66,
    )
    embed = render.answer_embed(answer(passage(text, quotes=(reported,), highlights=())))
    description = embed.description or ""
    assert "Reporting what **Stephen Miller** said" in description
    assert "Quoting" not in description
    partial = reported.model_copy(update={"kind": QuoteKind.PARTIAL})
    quoted = render.answer_embed(answer(passage(text, quotes=(partial,), highlights=())))
    assert "Quoting **Stephen Miller**" in (quoted.description or "")


def test_a_refusal_not_about_a_person_says_what_the_story_covers_not_who_it_quotes() -> None:
    refused = Answer(
        question="who won the cup?",
        answered=False,
        reason="The story doesn't mention the cup.",
        scope="The story covers: a meeting at the White House.",
    )
    shown = plain(render.answer_embed(refused).description or "")
    assert "The story covers: a meeting at the White House." in shown
    assert "/quotes" in shown and "The story quotes" not in shown


def test_a_story_address_never_becomes_markdown() -> None:
    planted = "https://ok.example/a)**x**[Free Nitro](https://evil.example"
    line = render.citation(["Title", "paragraph 2"], planted)
    assert line.count("](") == 1 and line.count(")") == 1
    assert line.endswith(
        "[link](https://ok.example/a%29%2A%2Ax%2A%2A%5BFree%20Nitro%5D%28https://evil.example)"
    )
    assert render.citation(["Title"], "javascript:alert(1)") == "Title"
    assert render.link("data:text/html,hi") == ""


def test_story_and_corpus_counts_are_grammatical_on_discord_and_slack() -> None:
    from bot.slack import render as slack

    story = _story(paragraphs=1, id="one", title="One")
    quote = QuoteView(
        story_id="one", paragraph=1, text="hi", speaker="Ana Ruiz", kind=QuoteKind.DIRECT
    )
    discord_story = render.story_embed([story], [quote], ["Ana Ruiz"]).description or ""
    slack_story = "\n".join(
        b["text"]["text"] for b in slack.story_blocks([story], [quote], ["Ana Ruiz"])
        if b["type"] == "section"
    )  # fmt: skip
    for shown in (discord_story, slack_story):
        assert "1 paragraph, 1 quote" in shown and "1 paragraphs" not in shown, shown
    assert "· 1 paragraph" in (render.corpus_embed([story]).description or "")
