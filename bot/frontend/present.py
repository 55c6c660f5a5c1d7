"""The bot's words around story text, the same on every platform. Each front end passes its
`Markup` (how its chat escapes text and sets it in bold, as code or as a link); what is said,
in what order, is decided here once.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from typing import Protocol

from bot.engine import (
    LOW_CONFIDENCE_NOTE,
    Answer,
    BuildRecord,
    CorpusChange,
    Passage,
    QuoteView,
    RankedPassage,
    ReindexReport,
    Story,
)
from bot.errors import CorpusError, ReindexBusyError, StoryBotError
from bot.frontend.text import (
    and_list,
    attribution_line,
    clip,
    counted,
    only_reported,
    quoted_names,
    who_is_quoted,
)
from bot.storage import MisquoteReport, QueryStats, VoteCounts

ANSWER_FOOTER = "Quoted word for word from the story; matched words in bold."
CITATION_PART_LIMIT = 256  # one fact of a citation (title, outlet), before escaping
NAMES_LISTED = 10  # stories named in a reindex report; the rest are counted
NOTE_LIMIT = 600  # an answer's note (it holds a story's title), before escaping
PART_LIMIT = 200  # a question of a message of several, said again with its own confidence


class Markup(Protocol):
    def escape(self, text: str) -> str:
        """Text from a story or a person, shown literally."""
        ...

    def bold(self, text: str) -> str:
        """Already escaped text, in bold."""
        ...

    def italic(self, text: str) -> str:
        """The bot's own words, set apart from the story's."""
        ...

    def code(self, text: str) -> str:
        """An id or a file name, as code."""
        ...

    def link(self, url: str | None) -> str | None:
        """A link labelled "link" to a story's own URL; None when there is none to show."""
        ...


def citation(parts: Sequence[str], url: str | None, markup: Markup) -> str:
    """ "Title, Outlet, 2025-04-14, paragraph 13 · link": escaped story facts and a link."""
    line = ", ".join(markup.escape(clip(part, CITATION_PART_LIMIT)) for part in parts)
    shown = markup.link(url)
    return f"{line} · {shown}" if shown else line


def quoting_line(passage: RankedPassage, markup: Markup) -> str | None:
    """ "Quoting A", the speaker in bold ("Reporting what A said" when the story gives their
    words only as reported speech); when the passage quotes two people or more, each
    quotation with its own speaker instead; None when it quotes nobody named."""
    each = passage.quotes_by_speaker()
    if each:
        return "\n".join(
            attribution_line(q, markup.bold(markup.escape(q.speaker or "")), 120, markup.escape)
            for q in each
        )
    names = and_list([markup.bold(markup.escape(n)) for n in quoted_names(passage)])
    if not names:
        return None
    return f"Reporting what {names} said" if only_reported(passage) else f"Quoting {names}"


def about_story_lines(answer: Answer, markup: Markup) -> list[str]:
    """An answer about the story itself (who wrote it, when, its link): the engine's words for
    each fact asked, escaped, with the story's link; [] for every other answer."""
    if answer.about_story is None:
        return []
    lines = []
    for line in answer.about_story.lines():
        shown = markup.link(line.url) if line.url else None
        text = markup.escape(line.text)
        lines.append(f"{text} {shown}" if shown else text)
    return lines


def about_bot_lines(answer: Answer, markup: Markup) -> list[str]:
    """An answer about the bot itself (its sources, how it knows, what it can do): the engine's
    words, escaped, each story with its link, then where to read more; [] for every other
    answer."""
    if answer.about_bot is None:
        return []
    lines = []
    for line in answer.about_bot.lines():
        shown = markup.link(line.url) if line.url else None
        text = markup.escape(line.text)
        lines.append(f"{text} · {shown}" if shown else text)
    lines.append(
        f"{markup.code('/story')} lists every story and whom it quotes; "
        f"{markup.code('/quotes')} shows what someone said."
    )
    return lines


def low_confidence_label(answer: Answer, markup: Markup) -> str | None:
    """Said before passages that may not answer (the engine's low confidence), after the
    answer's note, if any (the story of the conversation quotes no one asked of)."""
    said = [markup.italic(markup.escape(clip(answer.note, NOTE_LIMIT)))] if answer.note else []
    if answer.confidence == "low":
        said.append(markup.italic(LOW_CONFIDENCE_NOTE))
        said += [markup.italic(markup.escape(line)) for line in part_lines(answer)]
    return "\n".join(said) or None


def part_lines(answer: Answer) -> list[str]:
    """For a message of two questions or more held low, each question with its own
    confidence: which passage answers it, which only comes closest, or that the story does not
    say ("“how many were charged”: passage 1 answers it."); [] for one question, or a message
    answered high whole."""
    if answer.confidence != "low":
        return []
    lines = []
    for part in answer.parts:
        asked = f"“{clip(part.question, PART_LIMIT)}”"
        if part.confidence is None:
            lines.append(f"{asked}: the story doesn't say.")
        elif part.rank is None:
            lines.append(f"{asked}: its closest passage is not among these.")
        elif part.confidence == "high":
            lines.append(f"{asked}: passage {part.rank} answers it.")
        else:
            lines.append(f"{asked}: passage {part.rank} is the closest it comes.")
    return lines


def left_out_note(left_out: int) -> str:
    if not left_out:
        return ANSWER_FOOTER
    return f"{ANSWER_FOOTER} {counted(left_out, 'more passage')} left out for length."


def abstention_lines(answer: Answer, markup: Markup) -> list[str]:
    """Why the story does not answer, and who it does quote."""
    lines = [markup.escape(answer.reason or "The story doesn't say.")]
    if answer.quoted_speakers or answer.reported_speakers:
        lines.append(
            who_is_quoted(
                [markup.escape(n) for n in answer.quoted_speakers],
                [markup.escape(n) for n in answer.reported_speakers],
            )
        )
        lines.append(f"Try {markup.code('/quotes')} to read what each of them said.")
    if answer.scope:
        lines.append(markup.escape(answer.scope))
        lines.append(
            f"Ask about what it covers in other words, or try {markup.code('/quotes')} to see "
            "who said what."
        )
    return lines


def paragraph_label(passage: Passage, focus: int, markup: Markup) -> str:
    label = markup.bold(f"Paragraph {passage.paragraph}")
    return label + (" (the one quoted)" if passage.paragraph == focus else "")


def vote_text(up: bool, changed: bool, counts: VoteCounts) -> str:
    mark = "👍" if up else "👎"
    first = f"Thanks for the {mark}." if changed else f"You had already voted {mark}."
    return f"{first} This answer has {counts.up} 👍 and {counts.down} 👎."


def quote_heading(quote: QuoteView, markup: Markup) -> str:
    """ "**Nayib Bukele** (direct)": who said it, and how it is quoted."""
    who = (
        markup.bold(markup.escape(quote.speaker))
        if quote.speaker
        else markup.italic("speaker not named")
    )
    return f"{who} ({quote.kind.value})"


def quote_source(
    quote: QuoteView,
    stories: dict[str, Story],
    markup: Markup,
    story_citation: Callable[[Story, int], str],
) -> str:
    """Where a quote stands: the front end's citation of its story, or the story id."""
    story = stories.get(quote.story_id)
    if story is not None:
        return story_citation(story, quote.paragraph)
    return f"{markup.escape(quote.story_id)}, paragraph {quote.paragraph}"


def story_lines(stories: Sequence[Story], quotes: Sequence[QuoteView], markup: Markup) -> list[str]:
    """One line a story: title, outlet, date, paragraphs and quotes, link."""
    per_story = Counter(q.story_id for q in quotes)
    lines = []
    for story in stories:
        meta = story.meta
        facts = [markup.bold(markup.escape(clip(meta.title or meta.id, CITATION_PART_LIMIT)))]
        if meta.outlet:
            facts.append(markup.escape(clip(meta.outlet, CITATION_PART_LIMIT)))
        if meta.published:
            facts.append(meta.published.isoformat())
        facts.append(
            f"{counted(len(story.passages), 'paragraph')}, {counted(per_story[meta.id], 'quote')}"
        )
        shown = markup.link(meta.url)
        if shown:
            facts.append(shown)
        lines.append(" · ".join(facts))
    return lines


def stories_indexed(count: int) -> str:
    return f"{counted(count, 'story', 'stories')} indexed"


def reindex_report_text(report: ReindexReport, markup: Markup) -> str:
    build = report.build
    if report.unchanged:
        return (
            f"The corpus has not changed: {counted(build.stories, 'story', 'stories')}, "
            f"{counted(build.passages, 'passage')}, {counted(build.quotes, 'quote')}."
        )
    lines = [
        f"Reindexed {counted(build.stories, 'story', 'stories')}, "
        f"{counted(build.passages, 'passage')}, {counted(build.quotes, 'quote')} "
        f"in {build.duration_ms / 1000:.1f} s."
    ]
    for label, ids in (("added", report.stories_added), ("removed", report.stories_removed)):
        if ids:
            lines.append(f"Stories {label}: " + _some_names(ids, markup))
    lines.append(f"Passages: +{report.passages_added} −{report.passages_removed}")
    lines.append(f"Quotes: +{report.quotes_added} −{report.quotes_removed}")
    return "\n".join(lines)


def previous_index_text(build: BuildRecord | None) -> str:
    """After a failed reindex: what still answers."""
    if build is None:
        return "There is no index yet."
    return (
        f"The previous index ({counted(build.stories, 'story', 'stories')}, "
        f"{counted(build.passages, 'passage')}) still answers."
    )


def _some_names(names: Sequence[str], markup: Markup) -> str:
    """`a`, `b`, `c` … and 1,997 more: a long list would fill the message with names."""
    listed = ", ".join(markup.code(name) for name in names[:NAMES_LISTED])
    more = len(names) - NAMES_LISTED
    return listed + (f" … and {more:,} more" if more > 0 else "")


def corpus_lines(stories: Sequence[Story], markup: Markup) -> list[str]:
    """One line a story file: its name, title and paragraphs."""
    lines = []
    for story in stories:
        title = markup.escape(clip(story.meta.title or story.id, CITATION_PART_LIMIT))
        paragraphs = counted(len(story.passages), "paragraph")
        lines.append(f"{markup.code(story.source)} · {title} · {paragraphs}")
    return lines


def corpus_title(count: int) -> str:
    return f"Corpus: {counted(count, 'story file')}"


def change_text(change: CorpusChange, markup: Markup, restore: Callable[[str], str]) -> str:
    """What a corpus change did, and (`restore(story id)`: the command) how to undo it."""
    story = change.story
    title = f" ({markup.escape(story.meta.title or story.id)})" if story is not None else ""
    lines = [f"{change.verb.capitalize()} {markup.code(change.file)}{title}."]
    if change.kept is not None:
        what = "Its text" if change.verb == "removed" else "The text it replaced"
        lines.append(
            f"{what} is kept: {markup.code(restore(change.kept.story_id))} brings it back."
        )
    return "\n".join(lines) + "\n" + reindex_report_text(change.report, markup)


def failed_text(error: StoryBotError, after: str, markup: Markup) -> str:
    """A corpus change or reindex that failed, and what still holds (`after`)."""
    if isinstance(error, ReindexBusyError):  # refused, not failed: another process is on it
        return f"{markup.escape(str(error))}\n{after}"
    if isinstance(error, CorpusError):
        return (
            f"Reindex failed: {markup.code(error.path.name)}: "
            f"{markup.escape(error.problem)}.\n{after}"
        )
    return f"Reindex failed: {markup.escape(str(error))}\n{after}"


def stats_title(period: str) -> str:
    return "Questions: " + ("since the bot started" if period == "all" else f"the last {period}")


def stats_summary(
    stats: QueryStats, votes: VoteCounts, reports: Sequence[MisquoteReport], markup: Markup
) -> str:
    share = f"{stats.share_answered:.0%}" if stats.total else "-"
    more = "+" if len(reports) >= 25 else ""
    return (
        f"{markup.bold(str(stats.total))} questions, {markup.bold(str(stats.answered))} "
        f"answered ({share}).\nVotes: {votes.up} 👍 · {votes.down} 👎. Misquote reports: "
        f"{len(reports)}{more}."
    )


def top_question_lines(stats: QueryStats, markup: Markup) -> list[str]:
    return [f"{q.count}× {markup.escape(clip(q.question, 150))}" for q in stats.top_questions]


def report_lines(reports: Sequence[MisquoteReport], markup: Markup) -> list[str]:
    return [
        f"{markup.escape(r.story_id)} ¶{r.paragraph}: {markup.escape(clip(r.question, 100))}"
        for r in reports
    ]
