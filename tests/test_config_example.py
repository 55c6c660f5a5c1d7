"""config.example.toml, the file an admin copies, is true: every key of every section the code
reads is there, with the code's default (set, or shown commented out when it has none)."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

from pydantic import BaseModel

from bot.config import Settings

EXAMPLE = Path(__file__).resolve().parent.parent / "config.example.toml"


def _shown(value: object) -> object:
    if isinstance(value, tuple):
        return [_shown(v) for v in value]
    if isinstance(value, Path):
        return str(value)
    return value


def test_every_key_is_documented_with_its_default() -> None:
    text = EXAMPLE.read_text(encoding="utf-8")
    given = tomllib.loads(text)
    defaults = Settings()
    for name in Settings.model_fields:
        section: BaseModel = getattr(defaults, name)
        body = re.search(rf"^\[{name}\]\n(.*?)(?=^\[|\Z)", text, re.MULTILINE | re.DOTALL)
        assert body is not None, f"[{name}] is missing"
        for key in type(section).model_fields:
            default = getattr(section, key)
            if key in given.get(name, {}):
                assert given[name][key] == _shown(default), f"{name}.{key}: not the default"
            else:
                commented = re.search(rf"^# {key} = ", body.group(1), re.MULTILINE)
                assert default is None and commented, f"{name}.{key} is not documented"
        for key in given.get(name, {}):
            assert key in type(section).model_fields, f"{name}.{key} is not read by the code"
