"""Blocklist storage: the only package that talks to Redis.

Its classes raise :class:`blocklists.lookups.StoreUnavailable` when the lists cannot be
reached (:func:`blocklists.connection.guarded`), never redis-py's own exceptions.

Everything that reads or writes a list goes through :func:`blocklists.normalize.normalize`, so
what a moderator adds is exactly what a lookup finds.
"""
