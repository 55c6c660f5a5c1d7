"""Command line: index | ask | quotes | eval | migrate | run. The engine runs here without
Discord."""

from __future__ import annotations

import argparse
import asyncio
import gc
import json
import logging
import os
import sys
import textwrap
from collections import Counter
from collections.abc import AsyncIterator, Callable, Coroutine, Sequence
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from pathlib import Path
from typing import Any, TextIO

from pydantic import ValidationError
from threadpoolctl import threadpool_limits

from bot.config import DiscordSettings, Settings, is_database_url, load_settings
from bot.engine import (
    Answer,
    AskSource,
    BuildRecord,
    QuoteKind,
    RankedPassage,
    ReindexReport,
    StoryService,
)
from bot.errors import ConfigError, CorpusError, QuestionError, StoryBotError
from bot.files import FileRefused, read_limited, resolved
from bot.frontend.present import low_confidence_label
from bot.frontend.text import attribution_line, only_reported, quoted_names, who_is_quoted
from bot.storage import Database

log = logging.getLogger("storybot")
WRAP = 88
PROGRESS_FROM = 5000  # passages: smaller corpora index in a few seconds
MAX_INPUT_BYTES = 50_000_000  # a file of questions (ask --file, eval)
LISTED = 10  # stories and speakers listed by name in the index report; the rest are counted
PLATFORMS = ("discord", "slack", "all")
INTERRUPTED_EARLY = "nothing changed: the build had not begun"


def one_blas_thread() -> None:
    """BLAS on the calling thread alone, for the whole process (the benchmarks measuring the
    engine in process call it too, to measure what the bot does).

    Below `semantic_exact_below` passages each question multiplies the passages' vectors by
    its own: a product too small to share between cores, where OpenBLAS's threads only wait on
    each other (at 10k passages 1.6 ms with two threads, 0.25 ms with one, on two busy cores;
    the whole engine's p50 4.0 ms CPU and 20 ms wall against 1.6 and 2.0). Questions run in
    parallel threads of their own instead. (A few passages' cosines can differ in the last
    bit between one thread and two, where the threads' shares of the rows do not fall on
    OpenBLAS's blocks of four: measured in process without it, the answers need not be the
    bot's.)"""
    threadpool_limits(limits=1, user_api="blas")


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if not hasattr(args, "command"):
        parser.print_help()
        return 2
    one_blas_thread()
    settings: Settings | None = None
    try:
        settings = _settings(args)
        # The engine commands print their own results: only problems belong in the log there.
        level = settings.logging.level if args.command is _run else "WARNING"
        logging.basicConfig(level=level, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
        command: Callable[[argparse.Namespace, Settings], Coroutine[Any, Any, int]] = args.command
        with asyncio.Runner(loop_factory=_event_loop_factory()) as runner:
            return runner.run(command(args, settings))
    except CorpusError as exc:  # a story file: named by its whole path, as resolved
        where = exc.path
        if settings is not None and not where.is_absolute():
            where = settings.corpus.dir / where.name
        print(f"storybot: {resolved(where)}: {exc.problem}", file=sys.stderr)
        return 1
    except StoryBotError as exc:
        print(f"storybot: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:  # Ctrl-C (SIGINT); `storybot index` says what still answers
        if args.command is _index and not getattr(args, "interruption_handled", False):
            print(f"storybot: interrupted; {INTERRUPTED_EARLY}", file=sys.stderr)
        return 130
    except BrokenPipeError:  # `storybot quotes | head`: the reader left; that is not an error
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0


def _parser() -> argparse.ArgumentParser:
    # SUPPRESS: an option given before the command must survive the command's own parser.
    common = argparse.ArgumentParser(add_help=False, argument_default=argparse.SUPPRESS)
    common.add_argument("--config", type=Path, help="TOML config file (default: config.toml)")
    common.add_argument(
        "--db",
        type=_database,
        help="SQLite file or postgresql:// URL (default: data/storybot.sqlite3)",
    )
    common.add_argument("--corpus", type=Path, help="folder of story files (default: corpus/)")

    parser = argparse.ArgumentParser(
        prog="storybot",
        description="Answers questions about news stories by quoting them, with attribution.",
        parents=[common],
    )
    commands = parser.add_subparsers(title="commands", metavar="COMMAND")

    index = commands.add_parser("index", parents=[common], help="rebuild the index from the corpus")
    index.add_argument(
        "--progress",
        action="store_true",
        help="show progress on stderr whatever the corpus size (default: on a terminal, for "
        f"corpora of {PROGRESS_FROM:,} passages or more)",
    )
    index.set_defaults(command=_index)

    ask = commands.add_parser("ask", parents=[common], help="ask the story a question")
    ask.add_argument("question", nargs="?", help="the question (or use --file)")
    ask.add_argument("--file", type=Path, help="a file of questions, one a line")
    ask.add_argument("--json", action="store_true", help="one JSON object per question")
    ask.add_argument("--top-k", type=_positive, default=None, help="passages to return (3)")
    ask.set_defaults(command=_ask)

    quotes = commands.add_parser("quotes", parents=[common], help="list every quote and speaker")
    quotes.add_argument("--speaker", help="only this person's quotes (name or surname)")
    quotes.add_argument("--json", action="store_true", help="one JSON object per quote")
    quotes.set_defaults(command=_quotes)

    ev = commands.add_parser("eval", parents=[common], help="score the engine on a question set")
    ev.add_argument("file", type=Path, help="a .jsonl question set")
    ev.add_argument(
        "--verbose",
        action="store_true",
        help="also list every item, each miss with its top passage",
    )
    ev.add_argument(
        "--half",
        choices=("even", "odd"),
        help="only the items whose id's number is even (or odd): the model's fitting half",
    )
    ev.add_argument(
        "--typos",
        type=int,
        metavar="SEED",
        help="put one typo in each question (seeded): how misspelt questions fare",
    )
    ev.set_defaults(command=_eval)

    mig = commands.add_parser(
        "migrate", parents=[common], help="bring the database's schema up to date, or show it"
    )
    mig.add_argument("--status", action="store_true", help="only show which migrations are applied")
    mig.set_defaults(command=_migrate)

    run = commands.add_parser("run", parents=[common], help="run the Discord or Slack bot")
    run.add_argument(
        "--platform",
        choices=PLATFORMS,
        default="discord",
        help="discord (default), slack, or all: both in one process, one engine, one database",
    )
    run.add_argument(
        "--shard-count", type=int, help="shards the bot has in all (sets discord.shard_count)"
    )
    run.add_argument(
        "--shard-ids",
        type=_shard_ids,
        help="the shards this process runs, e.g. 0,1 (sets discord.shard_ids)",
    )
    run.set_defaults(command=_run)
    return parser


def _database(value: str) -> Path | str:
    return value if is_database_url(value) else Path(value)


def _shard_ids(value: str) -> tuple[int, ...]:
    try:
        return tuple(int(part) for part in value.split(",") if part.strip())
    except ValueError:
        raise argparse.ArgumentTypeError("a list of shard numbers, e.g. 0,1") from None


def _positive(value: str) -> int:
    number = int(value)
    if not 1 <= number <= 10:
        raise argparse.ArgumentTypeError("must be between 1 and 10")
    return number


def _settings(args: argparse.Namespace) -> Settings:
    config = getattr(args, "config", None)
    settings = load_settings(config)
    if getattr(args, "db", None):
        settings = settings.model_copy(
            update={"storage": settings.storage.model_copy(update={"database": args.db})}
        )
    shards = {
        key: getattr(args, key)
        for key in ("shard_count", "shard_ids")
        if getattr(args, key, None) is not None
    }
    if shards:
        try:
            discord = DiscordSettings.model_validate({**settings.discord.model_dump(), **shards})
        except ValidationError as exc:
            raise ConfigError(f"--shard-count/--shard-ids: {exc.errors()[0]['msg']}") from exc
        settings = settings.model_copy(update={"discord": discord})
    corpus_from = "--corpus"
    if getattr(args, "corpus", None):
        settings = settings.model_copy(
            update={"corpus": settings.corpus.model_copy(update={"dir": args.corpus})}
        )
    else:
        corpus_from = f"corpus.dir in {resolved(config)}" if config else "the default corpus/"
    if args.command is not _migrate:  # the only command that never reads the corpus
        _check_corpus_dir(settings.corpus.dir, corpus_from)
    _check_database_path(settings.storage.database)
    return settings


def _check_corpus_dir(directory: Path, given_by: str) -> None:
    """Refuse, in one line naming the folder as resolved, a corpus that is not a folder."""
    if directory.is_dir():
        return
    shown = resolved(directory)
    if directory.exists():
        raise ConfigError(f"the corpus folder {shown} is a file, not a folder (from {given_by})")
    raise ConfigError(f"the corpus folder {shown} does not exist (from {given_by})")


def _check_database_path(database: Path | str) -> None:
    if isinstance(database, Path) and database.is_dir():
        raise ConfigError(f"the database {resolved(database)} is a folder, not a file")


@asynccontextmanager
async def _service(settings: Settings) -> AsyncIterator[StoryService]:
    async with _open_database(settings) as database:
        service = StoryService.from_settings(database, settings)
        await service.start()
        yield service
        await service.files_written()  # of a build the start made, for the next start


def _open_database(
    settings: Settings, *, migrate: bool = True
) -> AbstractAsyncContextManager[Database]:
    storage = settings.storage
    return Database.open(storage.database, migrate=migrate, build_files=storage.build_files)


# -- commands ---------------------------------------------------------------------------------


async def _index(args: argparse.Namespace, settings: Settings) -> int:
    async with _open_database(settings) as database:
        # only builds: no searcher for the old build or the new, no files for the old one
        database.builds.files_written_on_read = False
        service = StoryService.from_settings(database, settings, answering=False)
        before: BuildRecord | None = None
        began = False
        try:
            await service.start(build_if_missing=False)
            before, began = await database.active_build(), True
            try:
                report = await service.reindex(progress=_progress_printer(always=args.progress))
            except CorpusError as exc:  # say what still answers, as the bots do
                problem = f"{exc.problem}; {_still_answering(service)}"
                raise CorpusError(exc.path, problem) from None
            await service.files_written()  # the build's files, which the next start reads
        except asyncio.CancelledError:  # Ctrl-C: asyncio.Runner cancels this task (exit 130)
            args.interruption_handled = True  # a second Ctrl-C: no line rather than a wrong one
            # The reindex has stopped its build (or rolled its save back): what answers now is
            # read from the database, the one place that knows if a save was committed first.
            told = await _after_interruption(database, before, began=began)
            print(f"storybot: interrupted; {told}", file=sys.stderr)
            raise
        _print_index_report(service, report)
    return 0


async def _after_interruption(
    database: Database, before: BuildRecord | None, *, began: bool
) -> str:
    """What answers after `storybot index` was interrupted, the build in use when it began
    being `before` (`began`: its reindex was under way)."""
    now = await database.active_build()
    if now is None:
        return "nothing was indexed"
    counted = (
        f"{_counted(now.stories, 'story', 'stories')}, "
        f"{_counted(now.passages, 'passage', 'passages')}"
    )
    if began and (before is None or before.id != now.id):
        return f"the new index ({counted}) was saved before it stopped, and answers"
    return f"nothing changed: the previous index ({counted}) still answers"


async def _ask(args: argparse.Namespace, settings: Settings) -> int:
    questions = _questions(args)
    failures = 0
    async with _service(settings) as service:
        for question in questions:
            try:
                answer = await service.ask(question, source=AskSource("cli"), top_k=args.top_k)
            except QuestionError as exc:
                failures += 1
                if args.json:
                    _print_json(
                        {
                            "question": question,
                            "answered": False,
                            "reason": str(exc),
                            "asked_speaker": None,
                            "passages": [],
                        }
                    )
                else:
                    print(f"storybot: {exc}", file=sys.stderr)
                continue
            if args.json:
                _print_json(answer.public_json())
            else:
                print(format_answer(answer))
                if len(questions) > 1:
                    print()
    return 1 if failures and len(questions) == 1 else 0


def _still_answering(service: StoryService) -> str:
    build = service.build
    if build is None:
        return "nothing was indexed"
    return (
        f"nothing changed: the previous index ({_counted(build.stories, 'story', 'stories')}, "
        f"{_counted(build.passages, 'passage', 'passages')}) still answers"
    )


def _questions(args: argparse.Namespace) -> list[str]:
    if args.file and args.question:
        raise StoryBotError("give a question or --file, not both")
    if args.file:
        try:
            lines = read_limited(args.file, MAX_INPUT_BYTES, what="file").decode().splitlines()
        except FileRefused as exc:
            raise StoryBotError(f"cannot read {exc}") from None
        except UnicodeDecodeError as exc:
            raise StoryBotError(f"cannot read {resolved(args.file)}: not UTF-8 text") from exc
        return [line for line in lines if line.strip()]
    if args.question is None:
        raise StoryBotError('ask what? e.g. storybot ask "what did Bukele say about Garcia?"')
    return [args.question]


async def _quotes(args: argparse.Namespace, settings: Settings) -> int:
    async with _service(settings) as service:
        quotes = service.quotes(args.speaker)
        if args.speaker and not quotes:
            quoted, reported = service.quoted_and_reported()
            who = who_is_quoted(quoted, reported)
            raise StoryBotError(f"no quotes from {args.speaker!r}; t{who[1:-1]}")
        for quote in quotes:
            if args.json:
                _print_json(quote.model_dump(mode="json", by_alias=True))
            else:
                who = quote.speaker or "unknown speaker"
                print(f"{quote.story_id} ¶{quote.paragraph} · {who} ({quote.kind.value})")
                shown = quote.text if quote.kind is QuoteKind.INDIRECT else f"“{quote.text}”"
                print(textwrap.indent(textwrap.fill(shown, WRAP - 4), "    "))
    return 0


async def _eval(args: argparse.Namespace, settings: Settings) -> int:
    # imported here: the other commands (a cold `storybot ask`) need none of the evaluation
    from bot.engine import evaluate, half, load_items, with_typos

    try:
        read_limited(args.file, MAX_INPUT_BYTES, what="question set")  # a file, not too large
        items = load_items(args.file)
    except FileRefused as exc:
        raise StoryBotError(f"cannot read {exc}") from None
    except OSError as exc:
        raise StoryBotError(f"cannot read {resolved(args.file)}: {exc.strerror}") from exc
    if args.half:
        items = half(items, args.half)
    if args.typos is not None:
        items = with_typos(items, args.typos)
    async with _service(settings) as service:
        report = evaluate(items, service.searcher, service.quotes())
    if args.verbose:
        for item in report.items:
            mark = "ok  " if item.ok else "MISS"
            print(f"{mark} {item.id}: {item.question}\n       {item.detail}")
            if item.top and not item.ok:
                print(f"       top passage {item.top}")
        print()
    print("\n".join(report.lines()))
    print()
    print("\n".join(report.table()))
    print()
    print(report.trade_off(settings.search.high_confidence))
    return 0


async def _migrate(args: argparse.Namespace, settings: Settings) -> int:
    async with _open_database(settings, migrate=False) as database:
        applied = [] if args.status else await database.migrate()
        status = await database.migration_status()
        print(f"Database: {database.name} ({database.dialect})")
        for migration in status:
            when = (
                migration.applied_at.strftime("%Y-%m-%d %H:%M:%S UTC")
                if migration.applied_at
                else "pending"
            )
            now = "  (applied now)" if migration.version in applied else ""
            print(f"  {migration.version:3d}  {migration.name:<62} {when}{now}")
        pending = sum(1 for m in status if m.applied_at is None)
        if args.status:
            print(f"{pending} pending." if pending else "Up to date.")
        else:
            print(f"Applied {len(applied)}; up to date." if applied else "Up to date.")
    return 0


def _event_loop_factory() -> Callable[[], asyncio.AbstractEventLoop] | None:
    """uvloop where it runs (not Windows): the bot spends much of each answer in the event
    loop's own work (sockets, callbacks, timers). None: asyncio's default loop."""
    try:
        import uvloop
    except ImportError:
        return None
    return uvloop.new_event_loop


async def _run(args: argparse.Namespace, settings: Settings) -> int:
    platform = getattr(args, "platform", "discord")
    # Front ends are imported here: the engine commands need neither Discord nor Slack. The
    # tokens are read before anything starts, so a missing one is one line, not a traceback.
    runners: list[Callable[[Settings, Database, StoryService], Coroutine[Any, Any, None]]] = []
    if platform in ("discord", "all"):
        from bot.discord.app import check_settings, run_bot

        check_settings(settings)
        runners.append(run_bot)
    if platform in ("slack", "all"):
        from bot.slack.app import run_slack

        settings.slack_bot_token()
        runners.append(run_slack)
    async with _open_database(settings) as database:
        log.info("database: %s", database.name)  # never the password
        service = StoryService.from_settings(database, settings)
        await service.start()
        # What start-up made (modules, word tables, the index) lives as long as the process:
        # leave it out of every garbage collection, which under load otherwise re-scans it all.
        gc.collect()
        gc.freeze()
        try:
            # A build another process saved (PostgreSQL) is loaded here too.
            async with database.watch_builds(service.refresh), asyncio.TaskGroup() as front_ends:
                for run in runners:  # one failing stops the others
                    front_ends.create_task(run(settings, database, service))
        except ExceptionGroup as failed:
            # One clear line for the first expected failure (a refused token, ...).
            expected = failed.subgroup(StoryBotError)
            if expected is None:
                raise
            raise _first(expected) from None
        finally:
            await service.files_written()  # a reindex's files, begun: for the next start
    return 0


def _first(group: BaseExceptionGroup[StoryBotError]) -> StoryBotError:
    first = group.exceptions[0]
    return _first(first) if isinstance(first, BaseExceptionGroup) else first


# -- output -----------------------------------------------------------------------------------


class PlainMarkup:
    """A terminal's plain text, for the bot's words in bot.frontend.present: nothing to escape,
    no bold or italic; ids and commands between backticks, a link as its URL."""

    def escape(self, text: str) -> str:
        return text

    def bold(self, text: str) -> str:
        return text

    def italic(self, text: str) -> str:
        return text

    def code(self, text: str) -> str:
        return f"`{text}`"

    def link(self, url: str | None) -> str | None:
        return url


PLAIN = PlainMarkup()


def format_answer(answer: Answer) -> str:
    """An answer as a person would like to read it in a terminal."""
    lines = [f"Q: {answer.question}", ""]
    if not answer.answered:
        said = [answer.reason or "The story doesn't say."]
        if answer.quoted_speakers or answer.reported_speakers:
            said.append(who_is_quoted(answer.quoted_speakers, answer.reported_speakers))
        if answer.scope:
            said.append(answer.scope)
            said.append(
                "Ask about what it covers in other words, or run `storybot quotes` to read "
                "who said what."
            )
        return "\n".join(lines + [_wrapped(line) for line in said])
    if answer.about_story:  # the story's own details, then its byline line, if asked
        lines += [_wrapped(f.text, f.url) for f in answer.about_story.lines()]
        lines.append("")
    if answer.about_bot:  # what the bot is, and the stories it answers from
        lines += [_wrapped(fact.text, fact.url) for fact in answer.about_bot.lines()]
        lines += ["", "`storybot quotes` lists every quotation and who said it."]
    # what the chat front ends say before the passages, in the same words: the note (the
    # story of the conversation quotes no one asked of), that the passages may not answer,
    # and for a message of several questions which passage answers each
    label = low_confidence_label(answer, PLAIN)
    if label:
        lines += [_wrapped(line) for line in label.splitlines()] + [""]
    for passage in answer.passages:
        lines += _format_passage(passage)
    return "\n".join(lines).rstrip()


def _wrapped(text: str, url: str | None = None, *, indent: str = "", hang: str = "") -> str:
    """`text` (and `url`) wrapped to WRAP, its lines after the first indented by `hang` more;
    a link or a long name is never broken."""
    return textwrap.fill(
        " ".join(filter(None, (text, url))),
        WRAP,
        initial_indent=indent,
        subsequent_indent=indent + hang,
        break_long_words=False,
        break_on_hyphens=False,
    )


def _format_passage(passage: RankedPassage) -> list[str]:
    body = textwrap.fill(passage.text, WRAP - 4)
    cited = _wrapped("— " + _citation(passage), indent="    ", hang="  ")
    lines = [textwrap.indent(body, "  > "), cited]
    each = passage.quotes_by_speaker()
    names = ", ".join(quoted_names(passage))
    if each:  # two people or more: each quotation with its own speaker
        for quote in each:
            lines.append(
                textwrap.fill(
                    attribution_line(quote, quote.speaker or "", 120),
                    WRAP - 4,
                    initial_indent="    ",
                    subsequent_indent="      ",
                )
            )
    elif names:
        shown = f"reporting what {names} said" if only_reported(passage) else f"quoting {names}"
        lines.append("    " + shown)
    lines.append("")
    return lines


def _citation(passage: RankedPassage) -> str:
    return ", ".join([*passage.citation_parts(), *([passage.url] if passage.url else [])])


def _print_index_report(service: StoryService, report: ReindexReport) -> None:
    build = report.build
    print(
        f"Indexed {_counted(build.stories, 'story', 'stories')}, "
        f"{_counted(build.passages, 'passage', 'passages')}, "
        f"{_counted(build.quotes, 'quote', 'quotes')} in {build.duration_ms / 1000:.2f} s."
    )
    stories = service.stories()
    for story in stories[:LISTED]:
        print(
            f"  {story.id}: {_counted(len(story.passages), 'passage', 'passages')} ({story.source})"
        )
    if len(stories) > LISTED:
        print(f"  … and {len(stories) - LISTED:,} more")
    counts = Counter(s or "unknown speaker" for s in service.quote_speakers()).most_common()
    print("Quotes per speaker:")
    for speaker, count in counts[:LISTED]:
        print(f"  {count:4d}  {speaker}")
    if len(counts) > LISTED:
        print(f"  … and {_counted(len(counts) - LISTED, 'more speaker', 'more speakers')}")
    changes = []
    if report.stories_added:
        changes.append("added " + summarised(report.stories_added, "story", "stories"))
    if report.stories_removed:
        changes.append("removed " + summarised(report.stories_removed, "story", "stories"))
    changes.append(f"passages +{report.passages_added:,} -{report.passages_removed:,}")
    changes.append(f"quotes +{report.quotes_added:,} -{report.quotes_removed:,}")
    print("Changes since the previous build: " + "; ".join(changes) + ".")


def summarised(names: Sequence[str], noun: str, plural: str, shown: int = 3) -> str:
    """ "2 stories: a, b" or, for a long list, "2,000 stories: a, b, c … and 1,997 more"."""
    head = f"{_counted(len(names), noun, plural)}: "
    if len(names) <= shown + 2:
        return head + ", ".join(names)
    return head + ", ".join(names[:shown]) + f" … and {len(names) - shown:,} more"


def _counted(count: int, noun: str, plural: str) -> str:
    return f"{count:,} {noun if count == 1 else plural}"


def _progress_printer(
    stream: TextIO = sys.stderr, *, always: bool = False
) -> Callable[[str, int, int], None]:
    """Progress on stderr: on a terminal for corpora large enough to wait for (one line
    rewritten), or always when asked (on a terminal the same; else a line per tenth)."""
    terminal = stream.isatty()
    last_tenth: dict[str, int] = {}

    def show(stage: str, done: int, total: int) -> None:
        if total <= 0 or not (always or (terminal and total >= PROGRESS_FROM)):
            return
        line = f"{stage}: {done:,}/{total:,} ({done * 100 // total}%)"
        if terminal:
            stream.write(line + ("\n" if done >= total else "\r"))
        else:
            tenth = done * 10 // total
            if last_tenth.get(stage) == tenth:
                return
            last_tenth[stage] = tenth
            stream.write(line + "\n")
        stream.flush()

    return show


def _print_json(data: object) -> None:
    print(json.dumps(data, ensure_ascii=False))
