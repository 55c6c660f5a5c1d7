"""Story files -> Story models.

A story file is UTF-8 text: a TOML header between two `+++` lines, then the body exactly as
published, one paragraph a line (blank lines are ignored). Header keys: id (required), title,
outlet, url, published, authors, contributors, and two corrections for the rules below:
exclude_paragraphs and include_paragraphs (paragraph numbers).

Two kinds of line in a body are not story text and are never quoted, by general rules:
- a contributor credit ("Jane Roe contributed to this story", "Reporting by Jane Roe"): its names
  are added to the contributors;
- the headline of another article dropped into the body: a short line without quotation marks or
  a closing full stop, shaped like a headline ("Kicker: Headline?" or Title Case Words).
"""

from __future__ import annotations

import logging
import os
import re
import tomllib
import unicodedata
from collections.abc import Callable, Iterable
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Annotated
from urllib.parse import urlsplit

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from bot.engine.models import ParagraphRole, Passage, Span, Story, StoryMeta
from bot.engine.trusted import trusted as _trusted
from bot.errors import CorpusError
from bot.files import FileRefused, read_limited
from bot.toml_errors import likely, line_of, plain, toml_syntax

log = logging.getLogger(__name__)

if TYPE_CHECKING:
    import pysbd

STORY_SUFFIX = ".txt"
HEADER_FENCE = "+++"
HEADER_FIRST_LINE = 2  # the header's first line in the file, after the opening fence
DUPLICATE_HINT = "give one of the two another id"
ID_RULE = "lower case letters, digits, - and _ (at most 100 characters)"
# An empty folder is a wrong path or a mount not there yet far more often than a wish to
# answer from nothing: the build that would drop every story is refused, the old one kept.
NO_STORIES = (
    f"holds no story files (*{STORY_SUFFIX}): add one (the format is in corpus/README.md) "
    "or name the folder that holds them"
)
MAX_STORY_BYTES = 2_000_000  # a long feature is ~100 kB; anything this big is a mistake

_CREDIT = re.compile(
    r"^(?:(?:additional\s+)?reporting\s+by\s+(?P<by>.+?)"
    r"|(?P<names>.+?)\s+contributed(?:\s+reporting)?(?:\s+to\s+this\s+(?:story|report|article))?)"
    r"\s*\.?$",
    re.IGNORECASE,
)
_NAME_LIST_SPLIT = re.compile(r",\s*(?:and\s+)?|\s+and\s+")
_PERSON_NAME = re.compile(r"^[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}$")
_KICKER_HEADLINE = re.compile(r"^[A-Z][^:.!?\"“”]{1,40}:\s+[A-Z‘“\"]")
_QUOTE_MARKS = re.compile(r"[\"“”]")
_MAX_HEADLINE_WORDS = 20
_SMALL_WORDS = frozenset(
    "a an and as at but by for from in into of on or the to vs with — – -".split()
)


# Limits on the header's facts: each is shown in citations under every answer, so a field
# longer than any real one (a pasted paragraph, a tracking-laden address) is refused by name.
TITLE_MAX_CHARS = 256
OUTLET_MAX_CHARS = 100
NAME_MAX_CHARS = 100  # one author or contributor
MAX_AUTHORS = 20
MAX_CONTRIBUTORS = 50
URL_MAX_CHARS = 500
_Name = Annotated[str, Field(max_length=NAME_MAX_CHARS)]


class _Header(BaseModel):
    """The header as written; stricter than StoryMeta so typos are caught."""

    model_config = ConfigDict(extra="forbid")

    id: str
    title: str | None = Field(default=None, max_length=TITLE_MAX_CHARS)
    outlet: str | None = Field(default=None, max_length=OUTLET_MAX_CHARS)
    url: str | None = Field(default=None, max_length=URL_MAX_CHARS)
    published: object = None
    authors: list[_Name] = Field(default=[], max_length=MAX_AUTHORS)
    contributors: list[_Name] = Field(default=[], max_length=MAX_CONTRIBUTORS)
    exclude_paragraphs: list[int] = []
    include_paragraphs: list[int] = []

    @field_validator("url")
    @classmethod
    def _web_address(cls, url: str | None) -> str | None:
        if url:
            check_web_address(url)
        return url


def check_web_address(url: str) -> None:
    """Raise ValueError unless `url` is an http(s) address with a host and no spaces: it
    becomes a link under every answer (never javascript:, data: or a relative path)."""
    if any(c.isspace() or unicodedata.category(c).startswith("C") for c in url):
        raise ValueError("must be a web address without spaces or control characters")
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        raise ValueError("must be an http:// or https:// address")


def load_corpus(
    directory: Path,
    *,
    max_bytes: int = MAX_STORY_BYTES,
    progress: Callable[[str, int, int], None] | None = None,
) -> tuple[Story, ...]:
    """Load every story file in `directory`, sorted by id. Raises CorpusError on any bad file.

    `progress("reading", done, total)` is told every 100 files and at the end."""
    if not directory.is_dir():
        raise CorpusError(directory, "the corpus folder does not exist")
    stories: dict[str, Story] = {}
    paths = corpus_files(directory)
    for count, path in enumerate(paths, start=1):
        if progress and (count % 100 == 0 or count == len(paths)):
            progress("reading", count, len(paths))
        check_inside(path, directory)
        story = load_story(path, max_bytes=max_bytes)
        if story.id in stories:
            raise CorpusError(
                path,
                f"duplicate id {story.id!r}, already used by {stories[story.id].source}; "
                f"{DUPLICATE_HINT}",
            )
        stories[story.id] = story
    return tuple(stories[key] for key in sorted(stories))


def corpus_files(directory: Path) -> list[Path]:
    """The story files a load would read, for hashing and listing, in order of name.

    (Sorted by name, not as paths: comparing 20,000 paths took 0.3 s of a start at 1,000,000
    passages; in one folder both orders are the same.)"""
    with os.scandir(directory) as entries:
        names = sorted(
            entry.name
            for entry in entries
            if entry.name.endswith(STORY_SUFFIX) and not entry.name.startswith(".")
        )
    return [directory / name for name in names]


def fingerprint_bytes(path: Path, directory: Path, max_bytes: int) -> bytes:
    """What the corpus fingerprint hashes of one file (fingerprint_record.py): its bytes, or
    the loader's refusal of it."""
    try:
        check_inside(path, directory)
        stat = path.stat()
        if stat.st_size > max_bytes:
            return f"refused: {stat.st_size} bytes, {stat.st_mtime_ns}".encode()
        return read_limited(path, max_bytes, what="story file")
    except (CorpusError, FileRefused) as exc:
        return f"refused: {exc.problem}".encode()
    except OSError as exc:
        return f"unreadable: {exc.strerror}".encode()


def check_inside(path: Path, directory: Path) -> None:
    """Refuse a story file that is a link out of `directory` or not a regular file.
    (`path` is a file of `directory` itself, as `corpus_files` lists them.)"""
    if not path.is_symlink():  # then it is where it is listed: no path to resolve
        if not path.is_file():
            raise CorpusError(path, "is not a regular file")
        return
    try:
        target = path.resolve()
    except (OSError, RuntimeError) as exc:  # RuntimeError: a symlink loop (Python < 3.13)
        raise CorpusError(path, "is a link that cannot be followed (a loop?)") from exc
    if not target.is_relative_to(directory.resolve()):
        raise CorpusError(path, "is a link to a file outside the corpus folder")
    if not path.is_file():
        raise CorpusError(path, "is not a regular file")


def load_story(path: Path, *, max_bytes: int = MAX_STORY_BYTES) -> Story:
    """Load one story file; raises CorpusError naming the file and the problem."""
    try:
        raw = read_limited(path, max_bytes, what="story file")
    except FileRefused as exc:
        raise CorpusError(path, exc.problem) from None
    return parse_story(raw, source=path.name)


def parse_story(raw: bytes, *, source: str) -> Story:
    """Parse the bytes of a story file (also used for uploads, before they touch the disk)."""
    if not raw.strip():
        raise CorpusError(source, "is empty")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        raise CorpusError(
            source,
            f"is not UTF-8 text (byte 0x{raw[exc.start]:02x} on line {line}): save it as UTF-8",
        ) from exc
    text = text.removeprefix("\ufeff")
    header_text, body = _split_header(text, source)
    header = _parse_header(header_text, source)
    if not body.strip():
        raise CorpusError(source, "has a header but no story text")
    paragraphs = _paragraphs(header.id, body, header)
    _warn_past_the_end(source, header, len(paragraphs))
    contributors = list(header.contributors)
    for passage in paragraphs:
        if passage.role is ParagraphRole.CREDIT:
            contributors += [
                n
                for n in credited_names(passage.text)
                if n not in contributors and len(n) <= NAME_MAX_CHARS
            ]
    contributors = contributors[:MAX_CONTRIBUTORS]
    meta = _meta(header, contributors, source, header_text)
    return Story(meta=meta, source=source, body=body, paragraphs=paragraphs)


def _split_header(text: str, source: str) -> tuple[str, str]:
    lines = text.split("\n", 1)
    if lines[0].rstrip() != HEADER_FENCE or len(lines) == 1:
        raise CorpusError(source, f"must start with a TOML header between '{HEADER_FENCE}' lines")
    rest = lines[1]
    match = re.search(rf"^{re.escape(HEADER_FENCE)}[ \t]*$", rest, re.MULTILINE)
    if match is None:
        raise CorpusError(source, f"the header is not closed by a '{HEADER_FENCE}' line")
    body = rest[match.end() :]
    return rest[: match.start()], body.removeprefix("\n")


def _parse_header(header_text: str, source: str) -> _Header:
    try:
        data = tomllib.loads(header_text)
    except tomllib.TOMLDecodeError as exc:
        problem = toml_syntax(str(exc), first_line=HEADER_FIRST_LINE)
        raise CorpusError(source, f"broken header: {problem}") from exc
    if "id" not in data:
        raise CorpusError(source, "the header has no id")
    try:
        return _Header.model_validate(data)
    except ValidationError as exc:
        raise CorpusError(source, f"bad header: {_first_error(exc, header_text)}") from exc


def _meta(header: _Header, contributors: list[str], source: str, header_text: str) -> StoryMeta:
    try:
        return StoryMeta(
            id=header.id,
            title=header.title or None,
            outlet=header.outlet or None,
            url=header.url or None,
            published=header.published or None,
            authors=tuple(header.authors),
            contributors=tuple(contributors),
        )
    except ValidationError as exc:
        raise CorpusError(source, f"bad header: {_first_error(exc, header_text)}") from exc


def _first_error(exc: ValidationError, header_text: str) -> str:
    """The first thing wrong in the header: the line of the file that sets it, and what."""
    error = exc.errors()[0]
    loc = [str(part) for part in error["loc"]]
    key = loc[0] if loc else None
    line = line_of(header_text, None, key, first_line=HEADER_FIRST_LINE) if key else None
    where = ".".join(loc) or "header"
    if error["type"] == "extra_forbidden" and key:
        known = likely(key, _Header.model_fields)
        at = f" on line {line}" if line else ""
        return f"{where}{at} is not a header key{known}; the keys are in corpus/README.md"
    at = f" (line {line})" if line else ""
    if key == "id" and error["type"] == "string_pattern_mismatch":
        return f"id: must be {ID_RULE}{at}"
    if key == "published":  # a string, most often: TOML's dates take no quotation marks
        return f"published: must be a TOML date, without quotation marks: 2025-04-14{at}"
    return f"{where}: {plain(error)}{at}"


def _warn_past_the_end(source: str, header: _Header, count: int) -> None:
    """A warning for each paragraph number in exclude_paragraphs or include_paragraphs past
    the story's end: it names no paragraph, and is most often a miscount or another story's."""
    for key, numbers in (
        ("exclude_paragraphs", header.exclude_paragraphs),
        ("include_paragraphs", header.include_paragraphs),
    ):
        past = sorted({n for n in numbers if n > count or n < 1})
        if past:
            named = ", ".join(str(n) for n in past)
            log.warning(
                "%s (story %s): %s names paragraph%s %s, but it has %s: %s",
                source,
                header.id,
                key,
                "s" if len(past) > 1 else "",
                named,
                f"{count} paragraph{'s' if count != 1 else ''}",
                "ignored",
            )


def _paragraphs(story_id: str, body: str, header: _Header) -> tuple[Passage, ...]:
    passages: list[Passage] = []
    for number, (start, end) in enumerate(_line_spans(body), start=1):
        text = body[start:end]
        role = classify_paragraph(text)
        if number in header.exclude_paragraphs:
            role = ParagraphRole.INSERTED
        elif number in header.include_paragraphs:
            role = ParagraphRole.STORY
        # made without validation: every value is made here, of its field's type (a build
        # parses every story: validating its 50 passages and their sentences was ~0.6 ms)
        sentences = tuple(
            _trusted(Span, {"start": start + s, "end": start + e}) for s, e in sentence_spans(text)
        )
        passage = {
            "story_id": story_id,
            "paragraph": number,
            "text": text,
            "start": start,
            "end": end,
            "sentences": sentences,
            "role": role,
        }
        passages.append(_trusted(Passage, passage))
    return tuple(passages)


def _line_spans(body: str) -> Iterable[tuple[int, int]]:
    """Offsets of each non-blank line, without its surrounding white space."""
    for match in re.finditer(r"[^\n]+", body):
        line = match.group()
        if not line.strip():
            continue
        start = match.start() + (len(line) - len(line.lstrip()))
        end = match.end() - (len(line) - len(line.rstrip()))
        yield start, end


def classify_paragraph(text: str) -> ParagraphRole:
    """Story text, a contributor credit, or a headline dropped in from another article."""
    if credited_names(text):
        return ParagraphRole.CREDIT
    if _looks_like_headline(text):
        return ParagraphRole.INSERTED
    return ParagraphRole.STORY


def credited_names(text: str) -> list[str]:
    """The names in a credit line ("A and B contributed to this story"), else []."""
    match = _CREDIT.match(text.strip())
    if match is None:
        return []
    names_text = match.group("by") or match.group("names")
    names = [n.strip() for n in _NAME_LIST_SPLIT.split(names_text) if n.strip()]
    if not names or not all(_PERSON_NAME.match(n) for n in names):
        return []
    return names


def _looks_like_headline(text: str) -> bool:
    words = text.split()
    if len(words) > _MAX_HEADLINE_WORDS or _QUOTE_MARKS.search(text):
        return False
    if text.rstrip().endswith((".", "…", ":", ";", ",")):
        return False
    if _KICKER_HEADLINE.match(text):
        return True
    significant = [w for w in words if w.lower() not in _SMALL_WORDS]
    capitalised = [w for w in significant if w[:1].isupper() or w[:1].isdigit()]
    return len(significant) >= 3 and len(capitalised) == len(significant)


@lru_cache(maxsize=1)
def _segmenter() -> pysbd.Segmenter:
    import pysbd  # here: answering from a stored build splits no sentences (15 ms of a start)

    return pysbd.Segmenter(language="en", clean=False)


def pysbd_sentences(text: str) -> list[str]:
    r"""What `pysbd.Segmenter(language="en", clean=False).segment(text)` returns, without
    its last step's cost: pysbd finds each sentence back in the text with a regular
    expression made for that sentence (`re.escape(sentence) + r"\s*"`), a compilation per
    sentence that was 40 % of its time; here the same search is `str.find`. (`\s` in a str
    pattern is `str.isspace`; the search takes the first match, scanning without overlaps,
    that ends after the previous sentence, as pysbd's does.) tests/engine/test_corpus.py
    checks it against pysbd's own `segment`."""
    if not text:
        return []
    plain = plain_sentences(text)
    if plain is not None:
        return plain
    found: list[str] = []
    prior_end = 0
    for sentence in _segmenter().processor(text).process():
        at = 0
        while (start := text.find(sentence, at)) >= 0:
            end = start + len(sentence)
            while end < len(text) and text[end].isspace():
                end += 1
            if end > prior_end:
                found.append(text[start:end])
                prior_end = end
                break
            at = end if end > start else start + 1
    return found


# Text pysbd's rules provably leave alone (tests/engine/test_corpus.py checks it against pysbd):
# letters, digits, single spaces, commas, full stops, paired curly quotes, apostrophes (’) and
# hyphens within words, nothing else.
_PLAIN_CHARACTERS = r"(?:[A-Za-z0-9,.“”’]|(?<=[A-Za-z0-9])-(?=[A-Za-z0-9]))"
_PLAIN_TEXT = re.compile(f"{_PLAIN_CHARACTERS}+(?: {_PLAIN_CHARACTERS}+)*")
_NOT_PLAIN = re.compile(r"[^A-Za-z0-9,.“”’ -]")  # `_plain_text`
_ALNUM = re.compile(r"[A-Za-z0-9]")
_WORD_BEFORE_STOP = re.compile(r"[A-Za-z]{2,}")
_QUOTES_AND_STOPS = re.compile(r"[“”.]")
# pysbd's abbreviations with a full stop inside, used by pysbd as regular expressions (so
# "u.s" stands for "ups" too): one of them just before a stop makes it no sentence end.
_DOTTED_ABBREVIATIONS = re.compile(r"(?:^|\s)(?:d.phil|dr.phil|dr.philos|e.g|i.e|ph.d|u.s)\Z", re.I)


@lru_cache(maxsize=1)
def _abbreviations() -> frozenset[str]:
    from pysbd.languages import Language

    return frozenset(
        a.strip().lower() for a in Language.get_language_code("en").Abbreviation.ABBREVIATIONS
    )


def plain_sentences(text: str) -> list[str] | None:
    """`pysbd_sentences(text)` without running pysbd, for text none of its rules can touch, else
    None. Such text (news paragraphs without abbreviations, numbers with points, lists,
    brackets, dashes or question marks) is split after every full stop, each sentence
    keeping the space after it, as pysbd splits it:

    - only letters, digits, single spaces, commas, full stops, curly double quotes, curly
      apostrophes and hyphens between letters or digits, ending with a full stop: none of
      pysbd's list, number, ellipsis, dash, parenthesis, single-quote, exclamation or question
      rules can match (its only rule for ’ needs an opening ‘);
    - every quotation opens after a space (or at the start), closes with `,”` before a space,
      and holds no full stop: pysbd's quotation rules neither protect a stop inside one nor end
      a sentence at one;
    - every full stop follows a word of two or more letters that is none of pysbd's
      abbreviations (its abbreviation, single-letter and list rules protect the stop after one),
      and is the last character or is followed by a space and a capital letter or an opening
      quote (its rules for a stop before a digit, a lower-case word or more punctuation).
    """
    if text[-1] != "." or not _plain_text(text):
        return None
    opened = False
    for mark in _QUOTES_AND_STOPS.finditer(text):  # the only characters the rules look at
        at, char = mark.start(), mark.group()
        if char == "“":
            if opened or (at > 0 and text[at - 1] != " "):
                return None
            opened = True
        elif char == "”":
            if not opened or text[at - 1] != "," or text[at + 1] != " ":
                return None
            opened = False
        elif char == "." and (opened or not _sentence_end(text, at)):
            return None
    if opened:
        return None
    sentences: list[str] = []
    start = 0
    while (stop := text.find(". ", start)) >= 0:
        sentences.append(text[start : stop + 2])
        start = stop + 2
    sentences.append(text[start:])
    return sentences


def _plain_text(text: str) -> bool:
    """`_PLAIN_TEXT.fullmatch(text)` for a text that is not empty, by scans outside the
    interpreter's loop (the pattern's alternation tried at every character was a fifth of
    parsing a story): only its characters and spaces, words parted by single spaces, and
    each hyphen between two letters or digits."""
    if _NOT_PLAIN.search(text) or "  " in text or text[0] == " " or text[-1] == " ":
        return False
    at = text.find("-")
    while at >= 0:
        if not (
            0 < at < len(text) - 1 and _ALNUM.match(text, at - 1) and _ALNUM.match(text, at + 1)
        ):
            return False
        at = text.find("-", at + 1)
    return True


def _sentence_end(text: str, stop: int) -> bool:
    """Whether pysbd ends a sentence at the full stop at `stop` (in text `plain_sentences` has
    found free of other punctuation)."""
    if stop + 1 < len(text) and (
        text[stop + 1] != " " or not (text[stop + 2].isupper() or text[stop + 2] == "“")
    ):
        return False
    word = text[text.rfind(" ", 0, stop) + 1 : stop]
    return (
        _WORD_BEFORE_STOP.fullmatch(word) is not None
        and word.lower() not in _abbreviations()
        and _DOTTED_ABBREVIATIONS.search(text, max(0, stop - 12), stop) is None
    )


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Sentence offsets within `text`, white space trimmed (pysbd's rules)."""
    spans: list[tuple[int, int]] = []
    cursor = 0
    for sentence in pysbd_sentences(text):
        stripped = sentence.strip()
        if not stripped:
            continue
        start = text.find(stripped, cursor)
        if start < 0:  # pysbd changed the text: fall back to one sentence
            return [(0, len(text))]
        spans.append((start, start + len(stripped)))
        cursor = start + len(stripped)
    return spans or [(0, len(text))]


def story_file_text(meta: dict[str, object], body: str) -> str:
    """A story file for `meta` and `body` (used by tests and tools that write corpus files)."""
    lines = [HEADER_FENCE]
    for key, value in meta.items():
        lines.append(f"{key} = {_toml_value(value)}")
    lines.append(HEADER_FENCE)
    return "\n".join(lines) + "\n" + body


def _toml_value(value: object) -> str:
    if isinstance(value, str):
        return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
    if isinstance(value, list | tuple):
        return "[" + ", ".join(_toml_value(v) for v in value) + "]"
    return str(value)
