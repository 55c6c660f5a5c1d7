"""Engine results -> Slack Block Kit. The only module that knows Slack's limits.

Story and question text is shown verbatim: `&`, `<` and `>` are escaped so that nothing in it is
read as a mention (`<!channel>`, `<@U…>`, `<#C…>`) or a link; matched words are set in bold and
each line is quoted with `>`. Text objects are `verbatim` (Slack links nothing by itself). What
would exceed a limit is paged or trimmed here, never left for Slack to refuse.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from typing import Any

from slack_sdk.models.blocks import (
    ActionsBlock,
    ButtonElement,
    ContextBlock,
    InputBlock,
    MarkdownTextObject,
    Option,
    PlainTextInputElement,
    PlainTextObject,
    SectionBlock,
    StaticSelectElement,
)
from slack_sdk.models.views import View

from bot.engine import (
    Answer,
    Passage,
    Person,
    QuoteView,
    RankedPassage,
    ReindexReport,
    Span,
    Story,
    citation_parts,
)
from bot.frontend import present
from bot.frontend.answers import ShownPassage
from bot.frontend.text import (
    clip,
    counted,
    fitted,
    lines_within,
    merged_spans,
)
from bot.storage import MisquoteReport, QueryStats, VoteCounts

MAX_BLOCKS = 50
SECTION_CHARS = 3000
MESSAGE_CHARS = 40_000
BUTTON_CHARS = 75
OPTION_CHARS = 75
OPTION_VALUE_CHARS = 150
MAX_OPTIONS = 100
CONTEXT_CHARS = 2000
FALLBACK_CHARS = 3000  # the notification text: short is kinder
MODAL_TITLE_CHARS = 24

QUOTES_PER_PAGE = 8
ACTION_PREFIX = "storybot"  # every action_id and callback_id the bot answers starts with this

_URL = re.compile(r"^https?://[^\s<>|]+$")

Blocks = list[dict[str, Any]]


# -- escaping ---------------------------------------------------------------------------------


def escape(text: str) -> str:
    """`text` as Slack shows it literally: its only control characters escaped."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def marked(text: str, highlights: Sequence[Span] = ()) -> str:
    """`text` escaped, the highlighted words in bold."""
    out: list[str] = []
    last = 0
    for start, end in merged_spans(highlights, len(text)):
        word = text[start:end]
        if not word.strip() or "*" in word or "\n" in word:
            continue
        # Bold only takes between word boundaries: trim the spaces Slack would not accept.
        lead, core, trail = _split_space(word)
        out.append(escape(text[last:start] + lead))
        out.append(f"*{escape(core)}*")
        out.append(escape(trail))
        last = end
    out.append(escape(text[last:]))
    return "".join(out)


def _split_space(word: str) -> tuple[str, str, str]:
    core = word.strip()
    lead = word[: len(word) - len(word.lstrip())]
    trail = word[len(word.rstrip()) :]
    return lead, core, trail


def quoted(text: str, highlights: Sequence[Span] = ()) -> str:
    """Story text as a Slack block quote, verbatim, matched words in bold."""
    body = marked(text, highlights)
    return "\n".join(">" + line for line in body.split("\n"))


def fitted_quote(text: str, highlights: Sequence[Span], budget: int) -> str:
    return fitted(text, highlights, budget, quoted)


def link(url: str | None, label: str = "link") -> str | None:
    """A mrkdwn link to a story's own URL; None for anything that is not a plain web URL."""
    if not url or not _URL.match(url):
        return None
    return f"<{escape(url)}|{escape(label)}>"


class SlackMarkup:
    """Slack's mrkdwn, for the bot's words in bot.frontend.present."""

    def escape(self, text: str) -> str:
        return escape(text)

    def bold(self, text: str) -> str:
        return f"*{text}*"

    def italic(self, text: str) -> str:
        return f"_{text}_"

    def code(self, text: str) -> str:
        return f"`{text}`"

    def link(self, url: str | None) -> str | None:
        return link(url)


MARKUP = SlackMarkup()


def citation(parts: Sequence[str], url: str | None) -> str:
    return present.citation(parts, url, MARKUP)


def story_citation(story: Story, paragraph: int) -> str:
    meta = story.meta
    parts = citation_parts(
        story_id=meta.id,
        title=meta.title,
        outlet=meta.outlet,
        published=meta.published,
        paragraph=paragraph,
    )
    return citation(parts, meta.url)


# -- building blocks --------------------------------------------------------------------------


def section(text: str) -> dict[str, Any]:
    mrkdwn = MarkdownTextObject(text=clip(text, SECTION_CHARS), verbatim=True)
    return SectionBlock(text=mrkdwn).to_dict()


def context(text: str) -> dict[str, Any]:
    mrkdwn = MarkdownTextObject(text=clip(text, CONTEXT_CHARS), verbatim=True)
    return ContextBlock(elements=[mrkdwn]).to_dict()


def button(text: str, action_id: str, value: str, style: str | None = None) -> ButtonElement:
    return ButtonElement(
        text=PlainTextObject(text=clip(text, BUTTON_CHARS), emoji=True),
        action_id=action_id,
        value=value[:2000],
        style=style,
    )


def option(text: str, value: str) -> Option:
    return Option(text=PlainTextObject(text=clip(text, OPTION_CHARS)), value=value)


def plain(text: str) -> str:
    """Escaped text for a fallback `text` (notifications), short."""
    return clip(text, FALLBACK_CHARS)


def within_limits(blocks: Blocks) -> Blocks:
    """At most 50 blocks and 40,000 characters of text, the last (the buttons) kept."""
    if len(blocks) > MAX_BLOCKS:
        blocks = blocks[: MAX_BLOCKS - 1] + blocks[-1:]
    while _chars(blocks) > MESSAGE_CHARS and len(blocks) > 2:
        del blocks[-2]
    return blocks


def _chars(blocks: Blocks) -> int:
    return sum(len(str(block)) for block in blocks)


# -- answers ----------------------------------------------------------------------------------

ANSWER_ACTIONS = ("context", "vote:up", "vote:down", "misquote")


def answer_action_id(action: str) -> str:
    return f"{ACTION_PREFIX}:{action}"


def answer_blocks(answer: Answer, button_value: str) -> Blocks:
    """An answer (or the engine's reason for not answering) with its buttons, which carry
    `button_value`: what asked, so they find the answer in storage after a restart."""
    blocks: Blocks = [section(f"*Question:* {escape(clip(answer.question, 1000))}")]
    if not answer.answered or not (answer.passages or answer.about_story or answer.about_bot):
        blocks.append(section(_abstention_text(answer)))
        actions = ["vote:up", "vote:down"]
    else:
        about = present.about_story_lines(answer, MARKUP) + present.about_bot_lines(answer, MARKUP)
        if about:  # a question about the story itself: what its details say
            blocks.append(section("\n".join(about)))
        label = present.low_confidence_label(answer, MARKUP)
        if label:  # the passages may not answer: say so before them
            blocks.append(section(label))
        room = MESSAGE_CHARS - 4000
        left_out = 0
        for passage in answer.passages:
            if room < 600 or len(blocks) >= MAX_BLOCKS - 4:
                left_out += 1
                continue
            budget = min(SECTION_CHARS, room) - 200
            block = section(_passage_text(passage, budget))
            cite = context(citation(passage.citation_parts(), passage.url))
            blocks += [block, cite]
            room -= _chars([block, cite])
        if answer.passages:
            blocks.append(context(present.left_out_note(left_out)))
        # no passage (what the story's details say of it): nothing to show around or report
        actions = list(ANSWER_ACTIONS) if answer.passages else ["vote:up", "vote:down"]
    blocks.append(answer_buttons(actions, button_value))
    return within_limits(blocks)


def _passage_text(passage: RankedPassage, budget: int) -> str:
    quoting = present.quoting_line(passage, MARKUP)
    head = quoting + "\n" if quoting else ""
    return head + fitted_quote(passage.text, passage.highlights, budget - len(head))


def _abstention_text(answer: Answer) -> str:
    return "\n\n".join(present.abstention_lines(answer, MARKUP))


def answer_buttons(actions: Sequence[str], value: str) -> dict[str, Any]:
    labels = {
        "context": ("📖 More context", None),
        "vote:up": ("👍", None),
        "vote:down": ("👎", None),
        "misquote": ("⚠️ Report misquote", "danger"),
    }
    elements = [button(labels[a][0], answer_action_id(a), value, labels[a][1]) for a in actions]
    return ActionsBlock(block_id="storybot:answer", elements=elements).to_dict()


def answer_fallback(answer: Answer) -> str:
    """The message's `text`: what a notification or a screen reader shows, the question and
    the answer set apart by a dash ("what did Bukele say? — “How can I ...”"; a colon read
    "question?: answer")."""
    if answer.answered and answer.about_story:
        said = " ".join(line.text for line in answer.about_story.lines()[1:])
    elif answer.answered and answer.about_bot:
        said = answer.about_bot.lines()[0].text
    elif answer.answered and answer.passages:
        said = answer.passages[0].text
    else:
        said = answer.reason or "The story doesn't say."
    return plain(f"{escape(answer.question)} — {escape(said)}")


def notice(text: str) -> Blocks:
    """The bot's own words (refusals, confirmations), already free of story text."""
    return [section(text)]


def context_blocks(targets: Sequence[tuple[Story, Sequence[Passage], int]]) -> Blocks:
    """Paragraphs around each quoted one, verbatim with their numbers; the quoted one marked."""
    blocks: Blocks = []
    for story, passages, focus in targets:
        title = escape(story.meta.title or story.id)
        blocks.append(section(f"*{title}*"))
        for passage in passages:
            label = present.paragraph_label(passage, focus, MARKUP)
            blocks.append(
                section(label + "\n" + fitted_quote(passage.text, (), SECTION_CHARS - 100))
            )
        blocks.append(context(story_citation(story, focus)))
    if not blocks:
        return notice("Those paragraphs are no longer in the story.")
    return within_limits(blocks)


def confirm_blocks(question: str, action: str, value: str) -> Blocks:
    """A question with "Remove it" / "Cancel" (action ids `{action}:remove`, `{action}:cancel`)."""
    buttons = [
        button("Remove it", f"{action}:remove", value, "danger"),
        button("Cancel", f"{action}:cancel", value),
    ]
    return [section(question), ActionsBlock(block_id=action, elements=buttons).to_dict()]


# -- misquote reports -------------------------------------------------------------------------

MISQUOTE_CALLBACK = f"{ACTION_PREFIX}:misquote"
MISQUOTE_PASSAGE = "passage"
MISQUOTE_NOTE = "note"


def misquote_modal(passages: Sequence[ShownPassage], metadata: str) -> dict[str, Any]:
    """The modal that asks which passage is wrong and what is wrong with it."""
    options = [
        option(f"¶{p.paragraph}: {p.text}", str(index))
        for index, p in enumerate(passages[:MAX_OPTIONS])
    ]
    choose = StaticSelectElement(
        action_id=MISQUOTE_PASSAGE,
        placeholder=PlainTextObject(text="Which passage?"),
        options=options,
        initial_option=options[0] if len(options) == 1 else None,
    )
    note = PlainTextInputElement(
        action_id=MISQUOTE_NOTE,
        multiline=True,
        max_length=1000,
        placeholder=PlainTextObject(text="Misquoted words, or the wrong speaker…"),
    )
    view = View(
        type="modal",
        callback_id=MISQUOTE_CALLBACK,
        private_metadata=metadata[:3000],
        title=PlainTextObject(text="Report a misquote"[:MODAL_TITLE_CHARS]),
        submit=PlainTextObject(text="Report"),
        close=PlainTextObject(text="Cancel"),
        blocks=[
            InputBlock(
                block_id=MISQUOTE_PASSAGE,
                label=PlainTextObject(text="Passage misquoted or credited to the wrong person"),
                element=choose,
            ),
            InputBlock(
                block_id=MISQUOTE_NOTE,
                label=PlainTextObject(text="What is wrong?"),
                element=note,
                optional=True,
            ),
        ],
    )
    return view.to_dict()


def misquote_report_blocks(report: MisquoteReport, reporter: str, channel_id: str) -> Blocks:
    """What moderators read in their channel: the question, the passage as shown, the note.
    The reporter is named, not mentioned (a mention would notify them)."""
    where = f" in <#{channel_id}>" if re.fullmatch(r"[A-Z0-9]+", channel_id) else ""
    blocks = [
        section(f"*Misquote reported* by {escape(reporter)}{where}"),
        section(f"*Question:* {escape(clip(report.question, 1000))}"),
        section(
            f"*{escape(report.story_id)}, paragraph {report.paragraph}*\n"
            + fitted_quote(report.passage_text, (), SECTION_CHARS - 200)
        ),
    ]
    if report.note:
        blocks.append(section("*What is wrong:* " + escape(clip(report.note, 1000))))
    return blocks


# -- quotes and stories -----------------------------------------------------------------------

QUOTES_SPEAKER_ACTION = f"{ACTION_PREFIX}:quotes:speaker"
QUOTES_PAGE_ACTION = f"{ACTION_PREFIX}:quotes:page"


def speaker_picker(people: Sequence[Person], counts: Counter[str], chosen: str | None) -> Any:
    """A select of the people quoted, the most quoted first (Slack takes 100 options)."""
    ranked = sorted(people, key=lambda p: (-counts[p.name], p.name))[:MAX_OPTIONS]
    options = [
        option(f"{p.name} ({counted(counts[p.name], 'quote')})", p.id[:OPTION_VALUE_CHARS])
        for p in ranked
    ]
    initial = next((o for o, p in zip(options, ranked, strict=True) if p.name == chosen), None)
    return StaticSelectElement(
        action_id=QUOTES_SPEAKER_ACTION,
        placeholder=PlainTextObject(text="Whose quotes?"),
        options=options,
        initial_option=initial,
    )


def quote_page(
    speaker: Person | None,
    quotes: Sequence[QuoteView],
    stories: Sequence[Story],
    people: Sequence[Person],
    counts: Counter[str],
    page: int,
) -> tuple[Blocks, str]:
    """Page `page` (from 0) of someone's quotes, with the speaker picker (`counts`: quotes per
    person's name) and Prev / Next; the blocks and a fallback text."""
    by_id = {s.id: s for s in stories}
    pages = max(1, -(-len(quotes) // QUOTES_PER_PAGE))
    page = max(0, min(page, pages - 1))
    shown = quotes[page * QUOTES_PER_PAGE : (page + 1) * QUOTES_PER_PAGE]
    name = speaker.name if speaker else None
    title = f"Quotes from *{escape(name)}*" if name else "Choose whose quotes to read"
    blocks: Blocks = [
        section(f"{title} · page {page + 1} of {pages} · {counted(len(quotes), 'quote')}")
    ]
    for quote in shown:
        heading = present.quote_heading(quote, MARKUP)
        blocks.append(section(f"{heading}\n{fitted_quote(quote.text, (), 2500)}"))
        blocks.append(context(present.quote_source(quote, by_id, MARKUP, story_citation)))
    elements: list[Any] = [speaker_picker(people, counts, name)]
    key = speaker.id if speaker else ""
    if page > 0:
        elements.append(button("◀ Prev", QUOTES_PAGE_ACTION + ":prev", f"{page - 1}|{key}"))
    if page < pages - 1:
        elements.append(button("Next ▶", QUOTES_PAGE_ACTION + ":next", f"{page + 1}|{key}"))
    blocks.append(ActionsBlock(block_id="storybot:quotes", elements=elements).to_dict())
    return within_limits(blocks), plain(f"Quotes from {escape(name)}" if name else "Quotes")


def story_blocks(
    stories: Sequence[Story],
    quotes: Sequence[QuoteView],
    people: Sequence[str],
    reported: Sequence[str] = (),
) -> Blocks:
    """What is indexed: each story's title, outlet, date and counts, who is quoted, and whose
    words are only reported (never in quotation marks)."""
    lines = present.story_lines(stories, quotes, MARKUP)
    blocks = [
        section(MARKUP.bold(present.stories_indexed(len(stories)))),
        section(lines_within(lines, SECTION_CHARS) or "Nothing is indexed yet."),
    ]
    if people:
        names = clip(", ".join(escape(p) for p in people), SECTION_CHARS - 100)
        blocks.append(section(f"*People quoted ({len(people)})*\n{names}"))
    if reported:
        names = clip(", ".join(escape(p) for p in reported), SECTION_CHARS - 100)
        blocks.append(section(f"*Words reported ({len(reported)})*\n{names}"))
    blocks.append(context("Ask with /ask or by mentioning me; read someone's quotes with /quotes."))
    return blocks


# -- moderators -------------------------------------------------------------------------------


def stats_blocks(
    period: str, stats: QueryStats, votes: VoteCounts, reports: Sequence[MisquoteReport]
) -> Blocks:
    """/stats: questions, share answered, top and unanswered questions, votes, reports."""
    summary = present.stats_summary(stats, votes, reports, MARKUP)
    blocks = [section(f"*{present.stats_title(period)}*\n{summary}")]
    top = present.top_question_lines(stats, MARKUP)
    blocks.append(section("*Most asked*\n" + (lines_within(top, 2800) or "No questions yet.")))
    unanswered = [
        f"<!date^{int(e.at.timestamp())}^{{date_short_pretty}} {{time}}|{e.at:%Y-%m-%d %H:%M}> "
        f"{escape(clip(e.question, 150))}"
        for e in stats.recent_unanswered
    ]
    blocks.append(
        section("*Recently not answered*\n" + (lines_within(unanswered, 2800) or "None."))
    )
    if reports:
        lines = present.report_lines(reports, MARKUP)
        blocks.append(section("*Misquote reports*\n" + lines_within(lines, 2800)))
    return blocks


def reindex_report_text(report: ReindexReport) -> str:
    return present.reindex_report_text(report, MARKUP)
