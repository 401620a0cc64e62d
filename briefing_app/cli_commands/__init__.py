"""One module per sub-command. Each offers ``register(subparsers)``; the handler it
sets receives the parsed arguments and a :class:`~briefing_app.cli_commands.context.Context`.
"""
