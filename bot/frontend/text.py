"""Front-end-neutral text: trimming at word boundaries, counting in words, lists, paging,
and which people an answer quotes. Markup (Markdown, mrkdwn) is added by each front end."""

from __future__ import annotations

import re
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


# Said after a passage cut inside a quotation, so no quotation mark is left open unsaid
QUOTATION_CUT = "[quotation cut]"
# a sentence's end: its stop (and a closing quotation mark) before white space; not after a
# title or initial ("Mr.", "U.S.")
_SENTENCE_END = re.compile(r"[.!?][”’\"]?(?=\s)")
_NO_END = re.compile(r"(?:\b(?:Mr|Ms|Dr|St|Jr|Sr|Mrs|Gov|Sen|Rep|Gen)|[A-Z])\.$")
# how far back from a word boundary a sentence's end may be and be cut at instead: a third
SENTENCE_REACH = 3


def _open_quotation(text: str) -> bool:
    """Whether `text` leaves a quotation open: more “ than ”."""
    return text.count("“") > text.count("”")


def _sentence_cut(text: str, cut: int) -> int:
    """Where to cut `text`, cut at the word boundary `cut`: at the last sentence end near
    enough before it (within a third of it), one leaving no quotation open first; else `cut`."""
    ends = [
        m.end()
        for m in _SENTENCE_END.finditer(text, 0, cut)
        if not _NO_END.search(text, 0, m.start() + 1)
    ]
    near = [e for e in ends if e >= cut - cut // SENTENCE_REACH]
    closed = [e for e in near if not _open_quotation(text[:e])]
    if closed:
        return closed[-1]
    return near[-1] if near else cut


def fitted(
    text: str,
    highlights: Sequence[Span],
    budget: int,
    render: Callable[[str, Sequence[Span]], str],
) -> str:
    """`render(text, highlights)` with the text trimmed until the rendering is at most
    `budget` characters: at a sentence's end when one is near enough, else at a word
    boundary, marked with …, and "[quotation cut]" after it when a quotation is left open
    (the text shown stays verbatim up to the cut)."""
    block = render(text, highlights)
    if len(block) <= budget:
        return block
    room = budget - len(QUOTATION_CUT) - 1
    cut = len(text)
    while len(block) > room and cut > 0:
        cut = text.rfind(" ", 0, max(0, cut - max(8, (len(block) - room) // 2)))
        if cut <= 0:
            return clip(block, budget)
        block = render(text[:cut], [s for s in highlights if s.end <= cut]) + " " + ELLIPSIS
    cut = _sentence_cut(text, cut)
    kept = [s for s in highlights if s.end <= cut]
    block = render(text[:cut], kept) + " " + ELLIPSIS
    if _open_quotation(text[:cut]):
        block += " " + QUOTATION_CUT
    return block
