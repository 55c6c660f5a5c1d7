"""Engine results -> Discord messages. The only module that knows Discord's size limits.

Story text is shown verbatim: it is escaped so that no character of it is read as Markdown or
as a mention (a backslash before a punctuation mark shows the mark itself), then matched words
are wrapped in ** ** and each line is prefixed with "> ". Anything that would exceed a limit is
paged or trimmed here, never left for Discord to refuse.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from urllib.parse import quote as percent_encode

import discord
from discord import app_commands

from bot.engine import (
    Answer,
    Passage,
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
    clip as clip,  # re-exported: the cogs clip and count through render
)
from bot.frontend.text import (
    counted as counted,
)
from bot.frontend.text import (
    fitted,
    lines_within,
    merged_spans,
    paged,
)
from bot.storage import MisquoteReport, QueryStats, VoteCounts

CONTENT_LIMIT = 2000
TITLE_LIMIT = 256
DESCRIPTION_LIMIT = 4096
EMBED_TOTAL_LIMIT = 6000
FIELD_LIMIT = 25
FIELD_NAME_LIMIT = 256
FIELD_VALUE_LIMIT = 1024
FOOTER_LIMIT = 2048
CHOICE_LIMIT = 25
CHOICE_CHARS = 100
CITATION_PART_LIMIT = present.CITATION_PART_LIMIT
URL_LIMIT = 512
# Left as they are in a link's address; everything else is percent-encoded.
_URL_SAFE = "/:?#&=%+,;@!$'.-_~"

COLOUR_ANSWER = discord.Colour.blurple()
COLOUR_ABSTAIN = discord.Colour.light_grey()
COLOUR_ERROR = discord.Colour.red()
COLOUR_OK = discord.Colour.green()

# Characters Discord may read as Markdown or mentions anywhere in a line.
_ALWAYS = re.compile(r"([\\*_~|`<>@\[\]])")
# Marks that only mean something at the start of a line: headings, lists, subtext.
_LINE_START = re.compile(r"^(\s*)([#+\-])", re.MULTILINE)
_NUMBERED = re.compile(r"^(\s*\d+)\.(?=\s)", re.MULTILINE)
_URL = re.compile(r"https?://[^\s<>\0]+")


# -- escaping and clipping --------------------------------------------------------------------


def escape(text: str) -> str:
    """`text` as Discord shows it literally: no Markdown, no mentions, links left intact."""
    out: list[str] = []
    last = 0
    for match in _URL.finditer(text):
        out.append(_escape_plain(text[last : match.start()]))
        out.append(match.group())
        last = match.end()
    out.append(_escape_plain(text[last:]))
    escaped = _LINE_START.sub(r"\1\\\2", "".join(out))
    return _NUMBERED.sub(r"\1\\.", escaped)


def _escape_plain(text: str) -> str:
    return _ALWAYS.sub(r"\\\1", text)


def highlighted(text: str, highlights: Iterable[Span] = ()) -> str:
    """`text` escaped, with the highlighted spans in bold (never inside a link)."""
    urls = [(m.start(), m.end()) for m in _URL.finditer(text)]
    spans = [
        (s, e)
        for s, e in merged_spans(highlights, len(text))
        if not any(us < e and s < ue for us, ue in urls) and text[s:e].strip()
    ]
    out: list[str] = []
    last = 0
    for start, end in spans:
        out.append(text[last:start])
        out.append("\0B\0" + text[start:end] + "\0E\0")
        last = end
    out.append(text[last:])
    return escape("".join(out)).replace("\0B\0", "**").replace("\0E\0", "**")


def quote_block(text: str, highlights: Iterable[Span] = ()) -> str:
    """Story text as a Discord block quote, verbatim, matched words in bold."""
    body = highlighted(text, highlights)
    return "\n".join("> " + line if line.strip() else ">" for line in body.split("\n"))


def fitted_quote_block(text: str, highlights: Sequence[Span], budget: int) -> str:
    """quote_block trimmed (`fitted`: at a sentence end near enough, else a word boundary,
    marked with …) to at most `budget` characters."""
    return fitted(text, highlights, budget, quote_block)


class DiscordMarkup:
    """Discord's Markdown, for the bot's words in bot.frontend.present."""

    def escape(self, text: str) -> str:
        return escape(text)

    def bold(self, text: str) -> str:
        return f"**{text}**"

    def italic(self, text: str) -> str:
        return f"*{text}*"

    def code(self, text: str) -> str:
        return f"`{text}`"

    def link(self, url: str | None) -> str | None:
        return link(url) or None


MARKUP = DiscordMarkup()


# -- citations --------------------------------------------------------------------------------


def citation(parts: Sequence[str], url: str | None) -> str:
    """ "Title, Outlet, 2025-04-14, paragraph 13 · link": escaped story facts, each trimmed,
    and a Markdown link whose address cannot carry Markdown of its own."""
    return present.citation(parts, url, MARKUP)


def link(url: str | None, label: str = "link") -> str:
    """`[label](url)`, or "" for an address that is not http(s). Characters that could end
    the link or start Markdown (`)`, `]`, `*`, `<`, spaces...) are percent-encoded: the
    address means the same to a web server, and the story's header cannot plant a masked
    link of its own under every answer."""
    if not url:
        return ""
    url = clip(url, URL_LIMIT)
    scheme = url.split(":", 1)[0].lower()
    if scheme not in ("http", "https") or "://" not in url:
        return ""
    return f"[{label}]({percent_encode(url, safe=_URL_SAFE)})"


def passage_citation(passage: RankedPassage) -> str:
    return citation(passage.citation_parts(), passage.url)


def _story_citation_parts(story: Story, paragraph: int) -> list[str]:
    meta = story.meta
    return citation_parts(
        story_id=meta.id,
        title=meta.title,
        outlet=meta.outlet,
        published=meta.published,
        paragraph=paragraph,
    )


def story_citation(story: Story, paragraph: int) -> str:
    return citation(_story_citation_parts(story, paragraph), story.meta.url)


def speakers_line(passage: RankedPassage) -> str | None:
    return present.quoting_line(passage, MARKUP)


# -- answers ----------------------------------------------------------------------------------


def answer_embed(answer: Answer, *, note: str | None = None) -> discord.Embed:
    """An answer, or the engine's reason for not answering, as one embed within the limits."""
    if not answer.answered or not (answer.passages or answer.about_story or answer.about_bot):
        return abstention_embed(answer, note=note)
    embed = discord.Embed(title=clip(escape(answer.question), TITLE_LIMIT), colour=COLOUR_ANSWER)
    # a question about the story itself, or the bot: what its details say, before any passage
    about = "\n".join(
        present.about_story_lines(answer, MARKUP) + present.about_bot_lines(answer, MARKUP)
    )
    blocks: list[str] = [about] if about else []
    label = present.low_confidence_label(answer, MARKUP)
    room = DESCRIPTION_LIMIT - (len(note) + 2 if note else 0) - (len(label) + 2 if label else 0)
    left_out = 0
    for passage in answer.passages:
        head = [line for line in (speakers_line(passage),) if line]
        tail = "— " + passage_citation(passage)
        fixed = sum(len(x) + 1 for x in head) + len(tail) + 1
        used = sum(len(b) + 2 for b in blocks)
        budget = room - used - fixed
        if budget < 200 and blocks:
            left_out += 1
            continue
        quote = fitted_quote_block(passage.text, passage.highlights, max(budget, 100))
        blocks.append("\n".join([*head, quote, tail]))
    if note:
        blocks.append(note)
    if label:  # the passages may not answer: say so before them
        blocks.insert(1 if about else 0, label)
    embed.description = "\n\n".join(blocks)
    if answer.passages:  # not under what the story's details say of it: no quotation
        embed.set_footer(text=present.left_out_note(left_out))
    return embed


def abstention_embed(answer: Answer, *, note: str | None = None) -> discord.Embed:
    lines = present.abstention_lines(answer, MARKUP)
    if note:
        lines.append(note)
    embed = discord.Embed(
        title=clip(escape(answer.question), TITLE_LIMIT),
        description=clip("\n\n".join(lines), DESCRIPTION_LIMIT),
        colour=COLOUR_ABSTAIN,
    )
    return embed


def notice_embed(text: str, *, title: str | None = None, error: bool = False) -> discord.Embed:
    """The bot's own words (refusals, confirmations), already free of story text."""
    return discord.Embed(
        title=clip(title, TITLE_LIMIT) if title else None,
        description=clip(text, DESCRIPTION_LIMIT),
        colour=COLOUR_ERROR if error else COLOUR_OK,
    )


def context_embed(
    story: Story, passages: Sequence[Passage], focus: int, *, budget: int = DESCRIPTION_LIMIT
) -> discord.Embed:
    """Paragraphs around `focus`, each verbatim with its number; the focus marked. The whole
    embed (title, paragraphs, footer) stays within `budget` characters."""
    title = clip(escape(story.meta.title or story.meta.id), TITLE_LIMIT)
    footer = clip(_plain_citation(story, focus), min(FOOTER_LIMIT, max(100, budget // 4)))
    blocks: list[str] = []
    room = min(budget - len(title) - len(footer), DESCRIPTION_LIMIT)
    for passage in passages:
        label = present.paragraph_label(passage, focus, MARKUP)
        left = room - sum(len(b) + 2 for b in blocks) - len(label) - 1
        if left < 100:
            break
        blocks.append(label + "\n" + fitted_quote_block(passage.text, (), left))
    embed = discord.Embed(
        title=title,
        description="\n\n".join(blocks) or "That paragraph is no longer in the story.",
        colour=COLOUR_ANSWER,
    )
    embed.set_footer(text=footer)
    return embed


def context_embeds(
    shown: Sequence[tuple[Story, Sequence[Passage], int]],
) -> list[discord.Embed]:
    """ "More context": one embed per passage shown, together within one message's limit."""
    if not shown:
        return []
    budget = EMBED_TOTAL_LIMIT // len(shown) - 50
    return [
        context_embed(story, passages, focus, budget=budget) for story, passages, focus in shown
    ]


def _plain_citation(story: Story, paragraph: int) -> str:
    """A citation for places that show no Markdown (embed footers)."""
    parts = [clip(part, CITATION_PART_LIMIT) for part in _story_citation_parts(story, paragraph)]
    return ", ".join([*parts, *([clip(story.meta.url, URL_LIMIT)] if story.meta.url else [])])


# -- misquote reports -------------------------------------------------------------------------


def misquote_embed(
    question: str, passages: Sequence[ShownPassage], reporter: str, jump_url: str | None
) -> discord.Embed:
    """The report moderators read in the log channel: the question and the exact passages."""
    embed = discord.Embed(title="Misquote reported", colour=COLOUR_ERROR)
    embed.add_field(name="Question", value=clip(escape(question), FIELD_VALUE_LIMIT), inline=False)
    for passage in passages[: FIELD_LIMIT - 2]:
        embed.add_field(
            name=clip(f"{passage.story_id}, paragraph {passage.paragraph}", FIELD_NAME_LIMIT),
            value=fitted_quote_block(passage.text, (), FIELD_VALUE_LIMIT),
            inline=False,
        )
    where = f"Reported by {reporter}"
    if jump_url:
        where += f" on [this answer]({jump_url})"
    embed.description = where
    return fit_embed(embed)


# -- quotes, stories, corpus ------------------------------------------------------------------


def quote_pages(
    speaker: str | None, quotes: Sequence[QuoteView], stories: Sequence[Story]
) -> list[discord.Embed]:
    """Quotes as pages of at most ~3,000 characters and 8 quotes each."""
    by_id = {s.id: s for s in stories}
    title = f"Quotes from {speaker}" if speaker else "Every quote in the story"
    entries: list[str] = []
    for quote in quotes:
        heading = present.quote_heading(quote, MARKUP)
        cite = present.quote_source(quote, by_id, MARKUP, story_citation)
        entries.append(f"{heading}\n{fitted_quote_block(quote.text, (), 1500)}\n— {cite}")
    pages = paged(entries, per_page=8, chars=3000)
    embeds = []
    for number, page in enumerate(pages, start=1):
        embed = discord.Embed(
            title=clip(escape(title), TITLE_LIMIT), description=page, colour=COLOUR_ANSWER
        )
        total = counted(len(quotes), "quote")
        embed.set_footer(text=f"Page {number} of {len(pages)} · {total}")
        embeds.append(embed)
    return embeds


def story_embed(
    stories: Sequence[Story],
    quotes: Sequence[QuoteView],
    people: Sequence[str],
    reported: Sequence[str] = (),
) -> discord.Embed:
    """What is indexed: each story's title, outlet, date and counts, who is quoted, and whose
    words are only reported (never in quotation marks)."""
    lines = present.story_lines(stories, quotes, MARKUP)
    count = len(stories)
    embed = discord.Embed(
        title=present.stories_indexed(count),
        description=lines_within(lines, DESCRIPTION_LIMIT) or "Nothing is indexed yet.",
        colour=COLOUR_ANSWER,
    )
    if people:
        embed.add_field(
            name=f"People quoted ({len(people)})",
            value=clip(", ".join(escape(p) for p in people), FIELD_VALUE_LIMIT),
            inline=False,
        )
    if reported:
        embed.add_field(
            name=f"Words reported ({len(reported)})",
            value=clip(", ".join(escape(p) for p in reported), FIELD_VALUE_LIMIT),
            inline=False,
        )
    embed.set_footer(text="Ask with /ask, or read someone's quotes with /quotes.")
    return fit_embed(embed)


def corpus_embed(stories: Sequence[Story]) -> discord.Embed:
    lines = present.corpus_lines(stories, MARKUP)
    return discord.Embed(
        title=present.corpus_title(len(stories)),
        description=lines_within(lines, DESCRIPTION_LIMIT) or "The corpus folder is empty.",
        colour=COLOUR_ANSWER,
    )


def reindex_report_text(report: ReindexReport) -> str:
    return clip(present.reindex_report_text(report, MARKUP), CONTENT_LIMIT)


def progress_text(stage: str, done: int, total: int) -> str:
    share = f" ({done * 100 // total}%)" if total else ""
    return clip(f"Reindexing… {stage}: {done:,}/{total:,}{share}", CONTENT_LIMIT)


# -- autocomplete and limits ------------------------------------------------------------------


def choices(
    options: Iterable[tuple[str, str, str]], current: str
) -> list[app_commands.Choice[str]]:
    """(name, value, other words to match) triples matching what was typed, names that start
    with it first; at most 25 choices of at most 100 characters."""
    needle = current.casefold().strip()
    ranked = sorted(
        (not name.casefold().startswith(needle), name.casefold(), name, value)
        for name, value, words in options
        if needle in f"{name} {value} {words}".casefold()
    )
    return [
        app_commands.Choice(name=clip(name, CHOICE_CHARS), value=value[:CHOICE_CHARS])
        for _, _, name, value in ranked[:CHOICE_LIMIT]
    ]


def fit_embed(embed: discord.Embed) -> discord.Embed:
    """Trim an embed built from many parts until it meets the 6,000-character total."""
    while len(embed) > EMBED_TOTAL_LIMIT and embed.fields:
        embed.remove_field(len(embed.fields) - 1)
    if len(embed) > EMBED_TOTAL_LIMIT and embed.description:
        over = len(embed) - EMBED_TOTAL_LIMIT
        embed.description = clip(embed.description, len(embed.description) - over)
    return embed


def content(text: str) -> str:
    return clip(text, CONTENT_LIMIT)


# -- statistics -------------------------------------------------------------------------------


def stats_embed(
    period: str, stats: QueryStats, votes: VoteCounts, reports: Sequence[MisquoteReport]
) -> discord.Embed:
    """/stats: questions, share answered, top and unanswered questions, votes, reports."""
    embed = discord.Embed(title=present.stats_title(period), colour=COLOUR_ANSWER)
    embed.description = present.stats_summary(stats, votes, reports, MARKUP)
    top = present.top_question_lines(stats, MARKUP)
    embed.add_field(
        name="Most asked",
        value=lines_within(top, FIELD_VALUE_LIMIT) or "No questions yet.",
        inline=False,
    )
    unanswered = [
        f"<t:{int(e.at.timestamp())}:R> {escape(clip(e.question, 150))}"
        for e in stats.recent_unanswered
    ]
    embed.add_field(
        name="Recently not answered",
        value=lines_within(unanswered, FIELD_VALUE_LIMIT) or "None.",
        inline=False,
    )
    if reports:
        lines = present.report_lines(reports, MARKUP)
        embed.add_field(
            name="Misquote reports", value=lines_within(lines, FIELD_VALUE_LIMIT), inline=False
        )
    return fit_embed(embed)
