"""The Telegram bot and the ``scamcheck`` command line: wiring around :mod:`checkers`."""
