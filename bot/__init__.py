"""storybot: answers questions about news stories by quoting them, with attribution."""

__version__ = "0.1.0"
