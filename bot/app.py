"""Build the Telegram Application: every handler registered here, in one commented order.

``scamcheck bot`` calls :func:`run_bot`; tests call :func:`build_application` with their own
network layer and stores.
"""

from __future__ import annotations

import asyncio
import gc
import json
import logging
from collections.abc import Callable, Coroutine
from typing import Any

from telegram import BotCommand, BotCommandScopeChat, Update
from telegram.error import Forbidden, TelegramError
from telegram.ext import (
    AIORateLimiter,
    ApplicationBuilder,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    InlineQueryHandler,
    MessageHandler,
    TypeHandler,
    filters,
)
from telegram.request import BaseRequest

from blocklists.caregivers import CareStore
from blocklists.citizens import CitizenStore
from blocklists.groups import GroupStore
from blocklists.limits import RateLimiter
from blocklists.reports import ReportQueue
from blocklists.store import BlocklistStore, open_store
from bot.callbacks import CAMPAIGN_VERBS, pattern
from bot.context import BotData, ScamApplication, ScamContext
from bot.handlers import buttons, campaigns, caregiver, check, guard, limits, menu, moderation
from bot.handlers import inline as inline_mode
from bot.handlers import reports as review
from bot.handlers.gate import moderators_only
from bot.i18n import LANGUAGES, translator
from bot.i18n import messages as m
from bot.keyboards import menu_labels
from bot.lifecycle import Lifecycle
from bot.metrics import Metrics
from bot.network import AiohttpRequest
from bot.outage import OutageWatch, WatchedRequest
from bot.server import health_server_hooks
from bot.settings import ConfigError, Settings
from checkers.engine import Engine
from checkers.picture import PictureReader, tessdata_dir

log = logging.getLogger(__name__)
CONCURRENT_UPDATES = 64
CONNECTION_POOL = 16

MODERATOR_COMMANDS = {
    "block": moderation.block,
    "unblock": moderation.unblock,
    "allow": moderation.allow,
    "unallow": moderation.unallow,
    "lookup": moderation.lookup,
    "reports": review.reports_command,
    "import": moderation.import_file,
    "export": moderation.export,
    "audit": moderation.audit,
    "stats": moderation.stats,
    "modchat": moderation.modchat,
    "campaigns": campaigns.campaigns_command,
}
# Inline buttons: each action (and each moderator verb) has its own handler, matched by the
# pattern of its callback data (bot/callbacks.py spells and parses every one).
CITIZEN_BUTTONS: dict[str, buttons.Action] = {
    "lang": buttons.language,  # the language choice
    "example": buttons.example,  # "show me an example"
    "report": buttons.report,  # the card's Report → the consent question
    "send": buttons.send,  # consent given: the report is sent
    "notify": buttons.notify,  # "tell me what the moderators decide"
    "cancel": buttons.cancel,  # report cancelled
    "warn": buttons.warn,  # the card's "Warn my family"
    "wrong": buttons.wrong,  # the card's "This is wrong" (a dispute)
    "again": buttons.again,  # the card's "Check another"
    "care": caregiver.on_button,  # the caregiver link's steps (issue 14)
}
MODERATOR_BUTTONS: dict[str, buttons.Action] = {
    "tog": review.toggle,  # a report card's ☑/☐
    "ok": review.decide,  # ✅ Confirm scam (a dispute: Allow ticked)
    "no": review.decide,  # ❌ Not a scam (a dispute: Verdict stands)
    "skip": review.skip,  # ⏭ Skip
    # A campaign card's ☑/☐, ✅ Confirm scam, ❌ Not a scam, ⏭ Skip:
    **dict.fromkeys(CAMPAIGN_VERBS, campaigns.on_button),
}
# The moderators' own command menu (English), set for each moderator's private chat.
MODERATOR_MENU = (
    ("reports", "Review citizens' reports"),
    ("lookup", "Where a value stands: /lookup VALUE"),
    ("block", "Block: /block VALUE [30d] [reason]"),
    ("unblock", "Unblock: /unblock VALUE"),
    ("allow", "Allow: /allow VALUE [reason]"),
    ("unallow", "Remove from the allowlist"),
    ("import", "Import a feed (reply to a file)"),
    ("export", "Export every list as a file"),
    ("audit", "Recent changes: /audit [N]"),
    ("stats", "List sizes, today's checks and reports"),
    ("campaigns", "The largest open scam campaigns"),
)
# The command menu Telegram shows next to the text box, per language.
COMMANDS = (
    ("start", m.COMMAND_START),
    ("check", m.COMMAND_CHECK),
    ("scammed", m.COMMAND_SCAMMED),
    ("tips", m.COMMAND_TIPS),
    ("language", m.COMMAND_LANGUAGE),
)


def build_application(
    settings: Settings,
    *,
    store: BlocklistStore | None = None,
    request: BaseRequest | None = None,
    updates_request: BaseRequest | None = None,
) -> ScamApplication:
    """The bot, with its handlers; the store is opened in ``post_init`` unless given."""
    context_types = ContextTypes(context=ScamContext, bot_data=BotData)
    builder = (
        ApplicationBuilder()
        .token(settings.token)
        .base_url(settings.api_base_url)
        .base_file_url(settings.api_file_url)
        .context_types(context_types)
        # Updates are handled concurrently: a slow Telegram reply must not hold up others.
        .concurrent_updates(CONCURRENT_UPDATES)
        # 429 (flood control) is retried after Telegram's retry_after; other errors are not
        # retried, since a request that failed after Telegram acted on it would duplicate a
        # card. No throttling of our own: Telegram says when to wait.
        .rate_limiter(AIORateLimiter(overall_max_rate=0, group_max_rate=0, max_retries=3))
        .post_init(_post_init)
        .post_shutdown(_post_shutdown)
    )
    builder = builder.request(request or AiohttpRequest(CONNECTION_POOL))
    builder = builder.get_updates_request(updates_request or AiohttpRequest(1))
    app: ScamApplication = builder.job_queue(None).build()
    app.bot_data.settings = settings
    if store is not None:
        _attach(app.bot_data, store, settings)
    _register(app)
    return app


def _attach(data: BotData, store: BlocklistStore, settings: Settings) -> None:
    data.store = store
    data.engine = Engine(store, region=settings.region, expand_links=settings.expand_links)
    if data.metrics is None:
        data.metrics = Metrics()
    data.engine.observers.append(data.metrics.observe_verdict)
    data.citizens = CitizenStore(store.redis, store.keys)
    data.reports = ReportQueue(store.redis, store.keys)
    data.limiter = RateLimiter(store.redis, store.keys)
    data.groups = GroupStore(store.redis, store.keys)
    data.care = CareStore(store.redis, store.keys)
    if data.pictures is None:
        data.pictures = PictureReader(
            workers=settings.picture_workers, timeout=settings.picture_timeout
        )
        try:
            tessdata_dir()
        except RuntimeError as exc:
            log.warning("pictures cannot be read: %s", exc)


def _register(app: ScamApplication) -> None:
    """Every handler, in the order Telegram updates are matched (first match wins)."""
    private = filters.ChatType.PRIVATE
    # 0. Before anything else: each citizen's rate limit (moderators are never limited).
    app.add_handler(TypeHandler(Update, limits.enforce), group=-1)
    # 1. Commands (optional: every one of them is also a button).
    app.add_handler(CommandHandler("start", menu.start, filters=private))
    app.add_handler(CommandHandler("language", menu.choose_language, filters=private))
    app.add_handler(CommandHandler("check", menu.how_to_check, filters=private))
    app.add_handler(CommandHandler("scammed", menu.scammed, filters=private))
    app.add_handler(CommandHandler(["tips", "help"], menu.tips, filters=private))
    # 2. Moderators' commands, in any chat (/modchat is meant for a group), behind the one
    #    moderator gate: SCAMCHECK_ADMIN_IDS at the moment of use; anyone else is told no.
    for name, callback in MODERATOR_COMMANDS.items():
        app.add_handler(CommandHandler(name, moderators_only(callback)))
    # 3. Inline buttons, one handler per action: each press answered first, moderators'
    #    buttons behind the same gate; a press nothing claims is told the button expired.
    for action, press in CITIZEN_BUTTONS.items():
        app.add_handler(CallbackQueryHandler(buttons.answered(press), pattern=pattern(action)))
    for verb, press in MODERATOR_BUTTONS.items():
        gated = buttons.answered(moderators_only(press))
        app.add_handler(CallbackQueryHandler(gated, pattern=pattern("mod", verb)))
    app.add_handler(CallbackQueryHandler(buttons.expired))
    # 4. Taps on the persistent menu arrive as its labels' text, in any of the languages.
    app.add_handler(
        MessageHandler(
            private & filters.UpdateType.MESSAGE & filters.Text(list(menu_labels())),
            menu.menu_button,
        )
    )
    # 5. Anything to check: text, captions, contact cards; forwarded or not. Edits are ignored.
    checkable = filters.TEXT | filters.CAPTION | filters.CONTACT
    app.add_handler(
        MessageHandler(
            private & filters.UpdateType.MESSAGE & checkable & ~filters.COMMAND,
            check.check_message,
        )
    )
    # 6. Pictures and image files without a caption are read (OCR, QR codes); videos and
    #    other files: explain what can be checked.
    media = filters.PHOTO | filters.VIDEO | filters.Document.ALL
    app.add_handler(
        MessageHandler(private & filters.UpdateType.MESSAGE & media, check.check_message)
    )
    # 7. Anything else in a private chat (stickers, voice, locations).
    app.add_handler(
        MessageHandler(private & filters.UpdateType.MESSAGE & ~filters.COMMAND, check.unsupported)
    )
    # 8. Groups: the guardian checks every message quietly and warns only for scams; the full
    #    card when the bot is mentioned or replied to. /guard is for the group's admins.
    app.add_handler(CommandHandler("guard", guard.guard_command, filters=filters.ChatType.GROUPS))
    app.add_handler(
        MessageHandler(
            filters.ChatType.GROUPS & filters.UpdateType.MESSAGE & checkable,
            guard.group_message,
        )
    )
    # 9. Inline mode: @bot TEXT-OR-LINK in any chat answers with a card to send (issue 14).
    app.add_handler(InlineQueryHandler(inline_mode.answer_query))
    app.add_error_handler(_on_error)


async def _open_store(app: ScamApplication) -> None:
    """The store named by REDIS_URL, unless one was given (idempotent)."""
    data: BotData = app.bot_data
    settings = data.settings
    if settings is None:
        raise RuntimeError("settings missing")
    if data.store is None:
        _attach(data, await open_store(settings.redis_url), settings)
        data.owns_store = True


async def _post_init(app: ScamApplication) -> None:
    data: BotData = app.bot_data
    settings = data.settings
    if settings is None:
        raise RuntimeError("settings missing")
    await _open_store(app)
    if not settings.webhook_url and data.http is None:
        start_health, _ = health_server_hooks(settings)
        await start_health(app)
    for lang in LANGUAGES:
        t = translator(lang)
        commands = [BotCommand(name, t(text)) for name, text in COMMANDS]
        await app.bot.set_my_commands(commands, language_code=None if lang == "en" else lang)
    citizen = [BotCommand(name, text) for name, text in COMMANDS]
    mod_menu = citizen + [BotCommand(name, text) for name, text in MODERATOR_MENU]
    for admin_id in sorted(settings.admin_ids):
        try:
            await app.bot.set_my_commands(mod_menu, scope=BotCommandScopeChat(admin_id))
        except TelegramError:
            # A moderator who never opened a chat with the bot has no chat to set it for.
            log.info("no moderator menu for one moderator yet")


async def _post_shutdown(app: ScamApplication) -> None:
    data: BotData = app.bot_data
    if data.http is not None:
        await data.http.stop(grace=0)
        data.http = None
    if data.owns_store and data.store is not None:
        await data.store.close()
    if data.pictures is not None:
        data.pictures.close()


async def _on_error(update: object, context: ScamContext) -> None:
    """Log the error class (never message text or the token) and apologise to the citizen."""
    error = context.error
    if isinstance(error, Forbidden):
        log.info("a citizen blocked the bot; dropped")  # nothing to send them
        return
    log.error("handler failed: %s", type(error).__name__, exc_info=error)
    if isinstance(update, Update) and update.effective_chat is not None:
        t = translator(update.effective_user.language_code if update.effective_user else None)
        try:
            await context.bot.send_message(update.effective_chat.id, t(m.ERROR))
        except Exception:
            log.warning("could not send the error message")


class RedactToken(logging.Filter):
    """Replace the bot token wherever it would appear in a log record."""

    def __init__(self, token: str) -> None:
        super().__init__()
        self.token = token

    def filter(self, record: logging.LogRecord) -> bool:
        """Redact, never drop."""
        if self.token and self.token in record.getMessage():
            record.msg = record.getMessage().replace(self.token, "<token>")
            record.args = ()
        return True


class JsonFormatter(logging.Formatter):
    """One JSON object per line: time, level, logger, event and the record's extra fields.

    Handlers only ever log counts, codes and timings, never message text or numbers.
    """

    _STANDARD = frozenset(logging.makeLogRecord({}).__dict__) | {"message", "asctime"}

    def format(self, record: logging.LogRecord) -> str:
        """Serialise one record."""
        data: dict[str, Any] = {
            "ts": round(record.created, 3),
            "level": record.levelname.lower(),
            "logger": record.name,
            "event": record.getMessage(),
        }
        for key, value in record.__dict__.items():
            if key not in self._STANDARD and not key.startswith("_"):
                data[key] = (
                    value
                    if isinstance(value, (int, float, str, bool, list, type(None)))
                    else str(value)
                )
        if record.exc_info and record.exc_info[0] is not None:
            data["error"] = record.exc_info[0].__name__
        return json.dumps(data, ensure_ascii=False, default=str)


def configure_logging(settings: Settings) -> None:
    """JSON lines; counts, codes and timings only; the token is redacted everywhere."""
    handler = logging.StreamHandler()
    handler.setFormatter(JsonFormatter())
    handler.addFilter(RedactToken(settings.token))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(logging.INFO)
    for noisy in ("httpx", "aiohttp.access"):
        logging.getLogger(noisy).setLevel(logging.WARNING)


def _then_freeze_the_heap(
    post_init: Callable[[ScamApplication], Coroutine[Any, Any, None]] | None,
) -> Callable[[ScamApplication], Coroutine[Any, Any, None]]:
    """``post_init``, then what start-up built (libraries, lists, models) leaves the GC's sight.

    Those objects live as long as the process, yet every full collection walked all of them:
    pauses of 70-90 ms under load, each delaying the citizens' answers in flight (measured
    in the end-to-end benchmark). Frozen, a full collection walks only what came later.
    """

    async def wrapped(app: ScamApplication) -> None:
        if post_init is not None:
            await post_init(app)
        gc.collect()
        gc.freeze()

    return wrapped


def run_bot(settings: Settings, stop_requested: Callable[[], bool] | None = None) -> None:
    """Run the bot until SIGTERM/SIGINT (long polling; webhooks when WEBHOOK_URL is set).

    Start-up, shutdown and Telegram outages are handled by :mod:`bot.lifecycle`;
    ``stop_requested`` says whether SIGTERM/SIGINT came before it took the signals over.

    Raises:
        ConfigError: ``TELEGRAM_BOT_TOKEN`` is missing.
        FatalError: the bot cannot run (token rejected, webhook URL refused, Telegram away
            for longer than ``SCAMCHECK_STARTUP_MAX_WAIT``); its line is for the operator.
    """
    if not settings.token:
        raise ConfigError("TELEGRAM_BOT_TOKEN: required for `scamcheck bot`")
    configure_logging(settings)
    watch = OutageWatch(settings)
    request = AiohttpRequest(CONNECTION_POOL)
    updates_request = WatchedRequest(watch)
    app = build_application(settings, request=request, updates_request=updates_request)
    app.post_init = _then_freeze_the_heap(app.post_init)
    log.info("starting the bot (%s)", "webhook" if settings.webhook_url else "polling")
    lifecycle = Lifecycle(
        app,
        settings,
        requests=(request, updates_request),
        watch=watch,
        prepare=_open_store,
        stop_requested=stop_requested,
    )
    asyncio.run(lifecycle.run())
