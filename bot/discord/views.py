"""Short-lived views (pages, confirmations, choosing a passage): they live for minutes and
answer only the person who opened them. The persistent buttons under answers live beside what
they act on, in bot.discord.cogs.ask.buttons.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Sequence
from typing import TYPE_CHECKING, Any, Self

import discord

from bot.discord.errors import NO_MENTIONS, NotAllowed, report_error

if TYPE_CHECKING:
    pass

log = logging.getLogger(__name__)

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
