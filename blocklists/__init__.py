"""Blocklist storage: the only package that talks to Redis.

Everything that reads or writes a list goes through :func:`blocklists.normalize.normalize`, so
what a moderator adds is exactly what a lookup finds.
"""
