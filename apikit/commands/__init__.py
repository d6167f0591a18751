"""One module per ``apikit`` subcommand; each exposes one click command."""
