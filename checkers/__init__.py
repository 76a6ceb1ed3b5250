"""The checking engine: pure judging of a :class:`~checkers.verdict.Submission`.

This package knows nothing of Telegram. It reads lists only through the store interface of
:mod:`blocklists`, with one batched lookup per message.
"""
