"""Handlers, one module per feature; registered in :mod:`bot.app`."""
