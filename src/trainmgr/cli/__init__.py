"""The command line: subcommands call services only."""
