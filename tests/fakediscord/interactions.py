"""INTERACTION_CREATE payloads: slash commands (with subcommands), autocomplete, components,
context menus and modal submits, with option types and `resolved` data as Discord sends them."""

from __future__ import annotations

from typing import Any

from .models import Attachment, Channel, Member, Message, Payload, Role, User

# Application command option types.
SUB_COMMAND = 1
SUB_COMMAND_GROUP = 2
STRING = 3
INTEGER = 4
BOOLEAN = 5
USER = 6
CHANNEL = 7
ROLE = 8
MENTIONABLE = 9
NUMBER = 10
ATTACHMENT = 11


class Resolved:
    """Accumulates the `resolved` object for snowflake-valued options."""

    def __init__(self) -> None:
        self.data: dict[str, dict[str, Payload]] = {}

    def add(self, kind: str, key: int, payload: Payload) -> None:
        self.data.setdefault(kind, {})[str(key)] = payload

    def add_value(self, value: object) -> None:
        if isinstance(value, Attachment):
            self.add("attachments", value.id, value.to_payload())
        elif isinstance(value, Member):
            self.add("users", value.id, value.user.to_payload())
            member = value.to_payload(with_user=False)
            member["permissions"] = str(value.permissions)
            self.add("members", value.id, member)
        elif isinstance(value, User):
            self.add("users", value.id, value.to_payload())
        elif isinstance(value, Channel):
            channel = value.to_payload()
            channel["permissions"] = str((1 << 51) - 1)
            self.add("channels", value.id, channel)
        elif isinstance(value, Role):
            self.add("roles", value.id, value.to_payload())
        elif isinstance(value, Message):
            self.add("messages", value.id, value.to_payload())


def infer_type(value: object) -> int:
    if isinstance(value, Attachment):
        return ATTACHMENT
    if isinstance(value, User | Member):
        return USER
    if isinstance(value, Channel):
        return CHANNEL
    if isinstance(value, Role):
        return ROLE
    if isinstance(value, bool):
        return BOOLEAN
    if isinstance(value, int):
        return INTEGER
    if isinstance(value, float):
        return NUMBER
    return STRING


def encode_value(option_type: int, value: object) -> Any:
    if isinstance(value, Attachment | User | Member | Channel | Role):
        return str(value.id)
    if option_type == STRING:
        return str(value)
    if option_type == INTEGER and not isinstance(value, str):
        return int(value)  # type: ignore[call-overload]
    if option_type == NUMBER and not isinstance(value, str):
        return float(value)  # type: ignore[arg-type]
    return value


def build_options(
    schema: list[Payload] | None,
    path: list[str],
    values: dict[str, object],
    resolved: Resolved,
    *,
    focused: str | None = None,
) -> list[Payload]:
    """Options for `path` (subcommand names under the command) and `values`.

    Types come from the synced command's schema when the server has one, else from the values.
    """
    schema = schema or []
    if path:
        name, rest = path[0], path[1:]
        spec = next((o for o in schema if o.get("name") == name), None)
        default = SUB_COMMAND_GROUP if rest else SUB_COMMAND
        kind = default if spec is None else int(spec["type"])
        inner = build_options(
            None if spec is None else spec.get("options"), rest, values, resolved, focused=focused
        )
        return [{"type": kind, "name": name, "options": inner}]

    options: list[Payload] = []
    for name, value in values.items():
        spec = next((o for o in schema if o.get("name") == name), None)
        kind = int(spec["type"]) if spec is not None else infer_type(value)
        option: Payload = {"type": kind, "name": name, "value": encode_value(kind, value)}
        if name == focused:
            option["focused"] = True
            option["value"] = str(value) if kind not in (INTEGER, NUMBER) else value
        else:
            resolved.add_value(value)
        options.append(option)
    if focused is not None and focused not in values:
        raise ValueError(f"focused option {focused!r} must be one of the options given")
    return options
