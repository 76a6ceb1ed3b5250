"""Configuration from the environment, checked once at start (see DESIGN.md's table)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from urllib.parse import urlsplit

import phonenumbers

DEFAULT_API_BASE_URL = "https://api.telegram.org/bot"


class ConfigError(ValueError):
    """A configuration variable is wrong; the message names it in one line."""


def _file_url(base_url: str) -> str:
    head, sep, tail = base_url.rpartition("/bot")
    if sep and tail == "":
        return f"{head}/file/bot"
    return base_url.rstrip("/") + "/file/bot"


@dataclass(frozen=True, slots=True)
class Settings:
    """Every setting ScamCheck reads; build it with :meth:`from_env`."""

    token: str = field(default="", repr=False)
    api_base_url: str = DEFAULT_API_BASE_URL
    api_file_url: str = ""
    redis_url: str | None = None
    admin_ids: frozenset[int] = frozenset()
    region: str = "SG"
    expand_links: bool = False
    webhook_url: str | None = None
    port: int | None = None
    startup_max_wait: float | None = None
    """Seconds to wait for the Bot API at start; None: wait forever."""
    picture_workers: int = 2
    picture_timeout: float = 10.0

    @classmethod
    def from_env(cls, env: Mapping[str, str]) -> Settings:
        """Read and validate the environment.

        Raises:
            ConfigError: one line naming the bad variable (never its secret value).
        """
        region = env.get("SCAMCHECK_REGION", "SG").strip().upper() or "SG"
        if region not in phonenumbers.SUPPORTED_REGIONS:
            raise ConfigError(f"SCAMCHECK_REGION: {region!r} is not a two-letter region code")
        admin_ids: set[int] = set()
        for part in env.get("SCAMCHECK_ADMIN_IDS", "").replace(" ", "").split(","):
            if not part:
                continue
            if not part.lstrip("-").isdigit():
                raise ConfigError(
                    f"SCAMCHECK_ADMIN_IDS: {part!r} is not a numeric Telegram user id"
                )
            admin_ids.add(int(part))
        expand = env.get("SCAMCHECK_EXPAND_LINKS", "0").strip()
        if expand not in ("0", "1", ""):
            raise ConfigError("SCAMCHECK_EXPAND_LINKS: must be 0 or 1")
        base = env.get("TELEGRAM_API_BASE_URL", "").strip() or DEFAULT_API_BASE_URL
        if urlsplit(base).scheme not in ("http", "https"):
            raise ConfigError("TELEGRAM_API_BASE_URL: must be an http(s) URL")
        redis_url = env.get("REDIS_URL", "").strip() or None
        schemes = ("redis", "rediss", "unix", "redis+sentinel", "rediss+sentinel", "redis+cluster")
        if redis_url and redis_url.split("://", 1)[0] not in schemes:
            raise ConfigError(
                "REDIS_URL: must start with redis://, rediss://, unix://, redis+sentinel:// "
                "or redis+cluster://"
            )
        port_text = env.get("PORT", "").strip()
        port = None
        if port_text:
            if not port_text.isdigit() or not 0 < int(port_text) < 65536:
                raise ConfigError("PORT: must be a TCP port number")
            port = int(port_text)
        startup_max_wait = _startup_max_wait(env.get("SCAMCHECK_STARTUP_MAX_WAIT", ""))
        picture_workers, picture_timeout = _picture_settings(env)
        return cls(
            token=env.get("TELEGRAM_BOT_TOKEN", "").strip(),
            api_base_url=base,
            api_file_url=env.get("TELEGRAM_API_FILE_URL", "").strip() or _file_url(base),
            redis_url=redis_url,
            admin_ids=frozenset(admin_ids),
            region=region,
            expand_links=expand == "1",
            webhook_url=env.get("WEBHOOK_URL", "").strip() or None,
            port=port,
            startup_max_wait=startup_max_wait,
            picture_workers=picture_workers,
            picture_timeout=picture_timeout,
        )


def _startup_max_wait(text: str) -> float | None:
    """``SCAMCHECK_STARTUP_MAX_WAIT``: seconds, or empty/0 for no limit."""
    text = text.strip()
    try:
        seconds = float(text) if text else 0.0
    except ValueError:
        seconds = -1.0
    if not 0 <= seconds < 10**9:  # also refuses nan and inf
        raise ConfigError(
            "SCAMCHECK_STARTUP_MAX_WAIT: must be a number of seconds (0 or empty: wait forever)"
        )
    return seconds or None


def _picture_settings(env: Mapping[str, str]) -> tuple[int, float]:
    """``SCAMCHECK_PICTURE_WORKERS`` and ``SCAMCHECK_PICTURE_TIMEOUT`` (pictures, issue 12)."""
    workers_text = env.get("SCAMCHECK_PICTURE_WORKERS", "").strip() or "2"
    if not workers_text.isdigit() or not 1 <= int(workers_text) <= 64:
        raise ConfigError("SCAMCHECK_PICTURE_WORKERS: must be a whole number from 1 to 64")
    timeout_text = env.get("SCAMCHECK_PICTURE_TIMEOUT", "").strip() or "10"
    try:
        timeout = float(timeout_text)
    except ValueError:
        timeout = 0.0
    if not 0.1 <= timeout <= 300:
        raise ConfigError("SCAMCHECK_PICTURE_TIMEOUT: must be seconds from 0.1 to 300")
    return int(workers_text), timeout
