"""End to end with pictures: the real `scamcheck bot` process reads photos, image files,
albums and QR codes it downloads from the stand-in's file URL (pictures, issue 12).
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from harness import pictures as P
from harness.processes import RedisServer
from tests.bot.test_e2e import Running, bot_process
from tests.bot.test_pictures import SCAM, bomb


@pytest.fixture
async def running(tmp_path: Path, fresh_redis_server: RedisServer) -> AsyncIterator[Running]:
    async with bot_process(
        tmp_path,
        fresh_redis_server,
        SCAMCHECK_PICTURE_WORKERS="2",
        SCAMCHECK_PICTURE_TIMEOUT="20",
    ) as run:
        yield run
    log_text = run.log_path.read_text("utf-8")
    # Privacy: neither the read text nor what it says reaches the log.
    assert "dbs-sg-verify" not in log_text and "suspended" not in log_text


async def test_pictures_end_to_end(running: Running) -> None:
    api = running.api
    shot = P.chat_screenshot(SCAM, width=1080, size=40)
    card = await running.say(
        None, wait_text="Likely scam", photo=api.photo(P.telegram_photo(shot))
    )
    assert "read from your picture" in card["text"]
    document = await running.say(
        None,
        wait_text="Likely scam",
        document=api.picture_document(P.webp(shot), "s.webp", "image/webp"),
    )
    assert "dbs-sg-verify.xyz" in document["text"]
    qr = await running.say(
        None,
        wait_text="QR code",
        photo=api.photo(P.jpeg(P.qr_photo("https://wa.me/6591234567", seed=7))),
    )
    assert "opens a chat with" in qr["text"]
    # An album of two screenshots: one card for both.
    before = len(api.sent())
    first = api.photo(
        P.telegram_photo(P.chat_screenshot(["Your DBS account is locked."], width=1080, size=40))
    )
    second = api.photo(
        P.telegram_photo(
            P.chat_screenshot(["Verify now: dbs-sg-verify.xyz/login"], width=1080, size=40)
        )
    )
    await running.deliver(api.update(message=api.message(None, photo=first, media_group_id="a1")))
    await running.deliver(api.update(message=api.message(None, photo=second, media_group_id="a1")))
    album = await running.next_sent(before, "I checked the 2 messages you sent together.")
    assert "Likely scam" in album["text"]


async def test_bad_pictures_and_text_meanwhile(running: Running) -> None:
    api = running.api
    before = len(api.sent())
    # A decompression bomb, a corrupt file and a big screenshot, then a text right away:
    # the text is answered although pictures are being read.
    big = P.png(P.chat_screenshot(SCAM * 12, width=1080, size=40))
    await running.deliver(
        api.update(message=api.message(None, document=api.picture_document(big)))
    )
    await running.deliver(
        api.update(message=api.message(None, document=api.picture_document(bomb())))
    )
    corrupt = api.picture_document(P.png(P.chat_screenshot(SCAM))[:4000], "broken.png")
    await running.deliver(api.update(message=api.message(None, document=corrupt)))
    text = await running.say(
        "Call me on +65 3123 4567 about your parcel", wait_text="internet (VoIP) number"
    )
    assert text["parse_mode"] == "HTML"
    await running.next_sent(before, "Picture 1 is too large to read")
    await running.next_sent(before, "Picture 1 could not be read")
    await running.next_sent(before, "Likely scam")
