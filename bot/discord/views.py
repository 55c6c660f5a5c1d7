"""Buttons. Those under answers are persistent: their custom_id names the action and what asked
the question (`storybot:vote:up:<interaction or message id>`; buttons sent by earlier versions
name the answer message instead), the answer itself is in storage, so a click after a restart
still works. They go out with the answer, so they cannot name its own message. The others
(pages, confirmations, choosing a passage) live for minutes and answer only the person who
opened them.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Awaitable, Callable, Sequence
from typing import TYPE_CHECKING, Any, Protocol, Self, cast

import discord

from bot.discord.errors import NO_MENTIONS, NotAllowed, report_error

if TYPE_CHECKING:
    from bot.discord.app import StoryBot

log = logging.getLogger(__name__)

PREFIX = "storybot"
ACTIONS: dict[str, tuple[str, str | None, discord.ButtonStyle]] = {
    # action: (label, emoji, style)
    "context": ("More context", "📖", discord.ButtonStyle.secondary),
    "vote:up": ("", "👍", discord.ButtonStyle.secondary),
    "vote:down": ("", "👎", discord.ButtonStyle.secondary),
    "misquote": ("Report misquote", "⚠️", discord.ButtonStyle.danger),
}


class AnswerActions(Protocol):
    """What the buttons under an answer do (implemented by the ask cog)."""

    async def more_context(self, interaction: discord.Interaction, button_id: int) -> None: ...

    async def vote(self, interaction: discord.Interaction, button_id: int, up: bool) -> None: ...

    async def report_misquote(self, interaction: discord.Interaction, button_id: int) -> None: ...


def answer_custom_id(action: str, button_id: int) -> str:
    return f"{PREFIX}:{action}:{button_id}"


class AnswerButton(
    discord.ui.DynamicItem[discord.ui.Button[discord.ui.View]],
    template=re.compile(rf"{PREFIX}:(?P<action>context|vote:up|vote:down|misquote):(?P<id>\d+)"),
):
    def __init__(self, action: str, button_id: int) -> None:
        label, emoji, style = ACTIONS[action]
        super().__init__(
            discord.ui.Button(
                label=label or None,
                emoji=emoji,
                style=style,
                custom_id=answer_custom_id(action, button_id),
            )
        )
        self.action = action
        self.button_id = button_id

    @classmethod
    async def from_custom_id(
        cls,
        interaction: discord.Interaction,
        item: discord.ui.Item[Any],
        match: re.Match[str],
        /,
    ) -> Self:
        return cls(match["action"], int(match["id"]))

    async def callback(self, interaction: discord.Interaction) -> None:
        actions = cast("StoryBot", interaction.client).answer_actions
        try:
            if self.action == "context":
                await actions.more_context(interaction, self.button_id)
            elif self.action == "misquote":
                await actions.report_misquote(interaction, self.button_id)
            else:
                await actions.vote(interaction, self.button_id, up=self.action == "vote:up")
        except Exception as exc:
            await report_error(interaction, exc)


def answer_view(button_id: int, *, with_passages: bool = True) -> discord.ui.View:
    """The buttons under an answer, named `button_id` (what asked it)."""
    view = discord.ui.View(timeout=None)
    actions = (
        ["context", "vote:up", "vote:down", "misquote"]
        if with_passages
        else ["vote:up", "vote:down"]
    )
    for action in actions:
        view.add_item(AnswerButton(action, button_id))
    return view


# -- short-lived views ------------------------------------------------------------------------


class OwnedView(discord.ui.View):
    """A view only its owner may use; on timeout its buttons are removed from the message."""

    def __init__(self, owner_id: int, *, timeout: float) -> None:
        super().__init__(timeout=timeout)
        self.owner_id = owner_id
        self.interaction: discord.Interaction | None = None  # the one that showed this view

    async def interaction_check(self, interaction: discord.Interaction) -> bool:
        if interaction.user.id != self.owner_id:
            raise NotAllowed("the person who opened this")
        return True

    async def on_error(
        self, interaction: discord.Interaction, error: Exception, item: discord.ui.Item[Any]
    ) -> None:
        await report_error(interaction, error)

    async def on_timeout(self) -> None:
        if self.interaction is None:
            return
        try:
            await self.interaction.edit_original_response(view=None, allowed_mentions=NO_MENTIONS)
        except discord.HTTPException:
            log.debug("could not remove an expired view", exc_info=True)


class Paginator(OwnedView):
    """Prev / Next through pages prepared beforehand (the data is not in the view)."""

    def __init__(
        self, pages: Sequence[discord.Embed], owner_id: int, *, timeout: float = 180
    ) -> None:
        super().__init__(owner_id, timeout=timeout)
        self.pages = list(pages)
        self.index = 0
        self._sync()

    def _sync(self) -> None:
        self.previous.disabled = self.index == 0
        self.next.disabled = self.index >= len(self.pages) - 1

    @property
    def current(self) -> discord.Embed:
        return self.pages[self.index]

    @discord.ui.button(label="Prev", emoji="◀️", style=discord.ButtonStyle.secondary)
    async def previous(
        self, interaction: discord.Interaction, button: discord.ui.Button[Self]
    ) -> None:
        await self._turn(interaction, -1)

    @discord.ui.button(label="Next", emoji="▶️", style=discord.ButtonStyle.secondary)
    async def next(self, interaction: discord.Interaction, button: discord.ui.Button[Self]) -> None:
        await self._turn(interaction, +1)

    async def _turn(self, interaction: discord.Interaction, step: int) -> None:
        self.index = max(0, min(len(self.pages) - 1, self.index + step))
        self._sync()
        await interaction.response.edit_message(
            embed=self.current, view=self, allowed_mentions=NO_MENTIONS
        )


Check = Callable[[discord.Interaction], Awaitable[None]]
Action = Callable[[discord.Interaction], Awaitable[None]]


class Confirm(OwnedView):
    """Confirm / Cancel; `check` runs again on the click (permissions may have changed)."""

    def __init__(
        self,
        owner_id: int,
        check: Check,
        on_confirm: Action,
        *,
        label: str = "Remove it",
        timeout: float = 60,
    ):
        super().__init__(owner_id, timeout=timeout)
        self._check = check
        self._on_confirm = on_confirm
        self.confirm.label = label

    @discord.ui.button(label="Confirm", style=discord.ButtonStyle.danger)
    async def confirm(
        self, interaction: discord.Interaction, button: discord.ui.Button[Self]
    ) -> None:
        await self._check(interaction)
        self.stop()
        await self._on_confirm(interaction)

    @discord.ui.button(label="Cancel", style=discord.ButtonStyle.secondary)
    async def cancel(
        self, interaction: discord.Interaction, button: discord.ui.Button[Self]
    ) -> None:
        self.stop()
        await interaction.response.edit_message(
            content="Cancelled: nothing was changed.", view=None, allowed_mentions=NO_MENTIONS
        )


Choose = Callable[[discord.Interaction, int], Awaitable[None]]


class PassageChoice(OwnedView):
    """Which of the answer's passages is misquoted."""

    def __init__(
        self, owner_id: int, labels: Sequence[str], on_choice: Choose, *, timeout: float = 300
    ):
        super().__init__(owner_id, timeout=timeout)
        self._on_choice = on_choice
        self.select: discord.ui.Select[PassageChoice] = discord.ui.Select(
            placeholder="Which passage is misquoted?",
            options=[
                discord.SelectOption(label=label[:100], value=str(index))
                for index, label in enumerate(labels[:25])
            ],
        )
        self.select.callback = self._chosen  # type: ignore[method-assign]
        self.add_item(self.select)

    async def _chosen(self, interaction: discord.Interaction) -> None:
        self.stop()
        await self._on_choice(interaction, int(self.select.values[0]))
