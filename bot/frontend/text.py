"""Front-end-neutral text: trimming at word boundaries, counting in words, lists, paging,
and which people an answer quotes. Markup (Markdown, mrkdwn) is added by each front end."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Sequence

from bot.engine import AnswerQuote, QuoteKind, RankedPassage, Span

ELLIPSIS = "…"
# After reported speech shown beside its speaker: the story gives the gist of what they said,
# not their words.
REPORTED_NOTE = "(reported, not quoted)"


def counted(count: int, noun: str, plural: str | None = None) -> str:
    """ "1 story", "2 stories": the bot's own words, in grammatical English."""
    return f"{count:,} {noun if count == 1 else plural or noun + 's'}"


def clip(text: str, limit: int) -> str:
    """`text` cut to `limit` characters at a word boundary, with an ellipsis when cut."""
    if len(text) <= limit:
        return text
    cut = text.rfind(" ", 0, limit - len(ELLIPSIS) + 1)
    if cut < limit // 2:
        cut = limit - len(ELLIPSIS)
    return text[:cut].rstrip() + ELLIPSIS


def and_list(items: Sequence[str]) -> str:
    """ "A", "A and B", "A, B and C"."""
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def who_is_quoted(quoted: Sequence[str], reported: Sequence[str], *, stories: bool = False) -> str:
    """Whom the story quotes and whose words it only reports, apart: "The story quotes A and B;
    it reports what C said." (`stories`: "They quote ...; they report what ..."). Someone
    whose words are never in quotation marks is not said to be quoted."""
    subject, quotes, it, reports = (
        ("They", "quote", "they", "report") if stories else ("The story", "quotes", "it", "reports")
    )
    if not quoted:
        return f"{subject} {reports} what {and_list(reported)} said."
    if not reported:
        return f"{subject} {quotes} {and_list(quoted)}."
    return f"{subject} {quotes} {and_list(quoted)}; {it} {reports} what {and_list(reported)} said."


def merged_spans(spans: Iterable[Span], length: int) -> list[tuple[int, int]]:
    """Sorted, non-touching spans inside [0, length): touching marked runs would break."""
    merged: list[tuple[int, int]] = []
    for span in sorted(spans, key=lambda s: (s.start, s.end)):
        start, end = max(0, span.start), min(length, span.end)
        if start >= end:
            continue
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def quoted_names(passage: RankedPassage) -> list[str]:
    """Who the passage quotes, each once, in the order the story quotes them."""
    return list(Counter(q.speaker for q in passage.quotes if q.speaker))


def only_reported(passage: RankedPassage) -> bool:
    """Whether the passage gives its speakers' words only as reported speech (none in quotation
    marks): it reports what they said rather than quoting them."""
    attributed = [q for q in passage.quotes if q.speaker]
    return bool(attributed) and all(q.kind is QuoteKind.INDIRECT for q in attributed)


def attribution_line(
    quote: AnswerQuote, name: str, limit: int, escape: Callable[[str], str] = str
) -> str:
    """ "“words” — Name": a quotation beside its speaker (`name` as the front end sets it),
    its words clipped to `limit` and passed through `escape`. Reported speech, which the story
    does not put in quotation marks, is shown without them and marked REPORTED_NOTE, so that
    nobody takes the story's paraphrase for the speaker's own words."""
    words = escape(clip(quote.text.strip('“”"'), limit))
    if quote.kind is QuoteKind.INDIRECT:
        return f"{words} — {name} {REPORTED_NOTE}"
    return f"“{words}” — {name}"


def paged(entries: Sequence[str], *, per_page: int, chars: int) -> list[str]:
    """Entries joined into pages of at most `per_page` entries and about `chars` characters."""
    pages: list[list[str]] = [[]]
    size = 0
    for entry in entries:
        if pages[-1] and (len(pages[-1]) >= per_page or size + len(entry) + 2 > chars):
            pages.append([])
            size = 0
        pages[-1].append(entry)
        size += len(entry) + 2
    return ["\n\n".join(page) for page in pages if page]


def lines_within(lines: Sequence[str], limit: int) -> str:
    """As many whole lines as fit in `limit` characters, then "… and N more"."""
    kept: list[str] = []
    size = 0
    for index, line in enumerate(lines):
        more = f"… and {len(lines) - index} more"
        if size + len(line) + 1 > limit - len(more) - 1:
            kept.append(more)
            break
        kept.append(line)
        size += len(line) + 1
    return "\n".join(kept)


def fitted(
    text: str,
    highlights: Sequence[Span],
    budget: int,
    render: Callable[[str, Sequence[Span]], str],
) -> str:
    """`render(text, highlights)` with the text trimmed (at a word boundary, marked with …)
    until the rendering is at most `budget` characters."""
    block = render(text, highlights)
    cut = len(text)
    while len(block) > budget and cut > 0:
        cut = text.rfind(" ", 0, max(0, cut - max(8, (len(block) - budget) // 2)))
        if cut <= 0:
            return clip(block, budget)
        kept = [s for s in highlights if s.end <= cut]
        block = render(text[:cut], kept) + " " + ELLIPSIS
    return block
