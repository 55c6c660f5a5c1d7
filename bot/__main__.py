"""`python -m bot` runs the command line."""

try:
    from bot.cli import main
except KeyboardInterrupt:  # Ctrl-C while the modules load: nothing has begun
    import sys

    print("storybot: interrupted; nothing changed", file=sys.stderr)
    raise SystemExit(130) from None

raise SystemExit(main())
