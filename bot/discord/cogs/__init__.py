"""One cog per feature: ask, quotes, moderation, admin."""
