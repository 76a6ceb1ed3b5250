"""The checking engine: pure judging of a :class:`~checkers.verdict.Submission`.

This package knows nothing of Telegram or Redis. It reads lists only through
:mod:`blocklists.lookups` (the ``LookupStore`` protocol, ``Lookups``, ``StoreUnavailable``),
with one batched lookup per message.
"""
