"""The layers the architecture promises: the engine imports no front end or storage, and front
ends reach the engine through `bot.engine` only (its `__all__`)."""

from __future__ import annotations

import ast
from pathlib import Path

import bot.engine

BOT = Path(bot.engine.__file__).parent.parent
FRONT_ENDS = ["cli.py", "discord", "slack", "frontend"]


def _imports(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module:
            found.append(node.module)
        elif isinstance(node, ast.Import):
            found += [alias.name for alias in node.names]
    return found


def _files(name: str) -> list[Path]:
    where = BOT / name
    return [where] if where.is_file() else sorted(where.rglob("*.py"))


def test_front_ends_import_the_engine_only_through_its_front_door() -> None:
    reaching_in = [
        (str(path.relative_to(BOT)), module)
        for name in FRONT_ENDS
        for path in _files(name)
        for module in _imports(path)
        if module.startswith("bot.engine.")
    ]
    assert reaching_in == []


def test_the_engine_imports_no_front_end_or_storage() -> None:
    outside = ("discord", "slack_bolt", "slack_sdk", "aiosqlite", "asyncpg", "bot.storage")
    outside += tuple(f"bot.{name.removesuffix('.py')}" for name in FRONT_ENDS)
    wrong = [
        (str(path.relative_to(BOT)), module)
        for path in _files("engine")
        for module in _imports(path)
        if module.startswith(outside)
    ]
    assert wrong == []


def test_everything_the_engine_exports_exists() -> None:
    for name in bot.engine.__all__:
        assert not isinstance(getattr(bot.engine, name), type(bot)), name  # a module shadowing


def test_every_exported_name_says_where_it_is_imported_from() -> None:
    """The engine's names are imported when first used, from the module `_WHERE` names."""
    assert sorted(bot.engine._WHERE) == sorted(bot.engine.__all__)
