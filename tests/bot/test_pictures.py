"""Photos, image files, albums and QR codes through the real Application (pictures, issue 12)."""

from __future__ import annotations

import asyncio
import io

import pytest
from PIL import Image

from bot.handlers import check
from harness import pictures as P
from tests.bot.conftest import Harness

SCAM = ["URGENT: your DBS account is suspended.", "Verify at https://dbs-sg-verify.xyz/login"]


def _shot(lines: list[str] = SCAM, dark: bool = False) -> Image.Image:
    return P.chat_screenshot(lines, dark=dark, width=1080, size=40)


def bomb() -> bytes:
    buffer = io.BytesIO()
    Image.new("1", (30_000, 30_000)).save(buffer, "PNG", optimize=True)
    return buffer.getvalue()


async def test_photo_without_caption_gets_a_card(harness: Harness) -> None:
    photo = harness.api.photo(P.telegram_photo(_shot(dark=True)))
    card = await harness.say(None, photo=photo)
    assert card["text"].startswith("<b>🔴 Likely scam</b>")
    assert "This text was read from your picture and may contain reading mistakes" in card["text"]
    assert "dbs-sg-verify.xyz" in card["text"]
    assert card["parse_mode"] == "HTML"


async def test_image_document_in_chinese(harness: Harness) -> None:
    user = harness.api.user(51, language_code="zh")
    document = harness.api.picture_document(P.png(_shot()))
    card = await harness.say(None, user=user, document=document)
    assert card["text"].startswith("<b>🔴 很可能是诈骗</b>")
    assert "这段文字是从您的图片中读出的" in card["text"]


async def test_album_is_judged_together(harness: Harness, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(check, "BATCH_WINDOW", 0.5)
    api = harness.api
    first = api.photo(P.telegram_photo(_shot(["Your DBS account is locked."])))
    second = api.photo(P.telegram_photo(_shot(["Verify now: dbs-sg-verify.xyz/login"])))
    updates = [
        api.update(message=api.message(None, photo=first, media_group_id="album1")),
        api.update(message=api.message(None, photo=second, media_group_id="album1")),
    ]
    await asyncio.gather(*(harness.send(u) for u in updates))
    cards = [p for p in api.sent() if "Likely scam" in p["text"] or "Be careful" in p["text"]]
    assert len(cards) == 1
    assert "I checked the 2 messages you sent together." in cards[0]["text"]


async def test_qr_photo(harness: Harness) -> None:
    photo = harness.api.photo(P.jpeg(P.qr_photo("http://dbs-sg-verify.xyz/login", seed=2)))
    card = await harness.say(None, photo=photo)
    assert "The QR code opens" in card["text"]
    assert "Likely scam" in card["text"] or "Be careful" in card["text"]


async def test_paynow_qr_caption_and_picture_together(harness: Harness) -> None:
    payload = P.paynow_payload("mobile", "+6581234567", "50.00")
    photo = harness.api.photo(P.jpeg(P.qr_photo(payload, seed=3)))
    card = await harness.say(None, photo=photo, caption="pay the fee now to get your parcel")
    assert "PayNow" in card["text"] and "+6581234567" in card["text"]


@pytest.mark.parametrize(
    ("content", "reply"),
    [
        (P.png(_shot())[:3000], "Picture 1 could not be read"),
        (bomb(), "Picture 1 is too large to read"),
        (P.png(Image.new("RGB", (800, 600), "white")), "I could not find any text or QR code"),
    ],
)
async def test_bad_pictures_get_a_clear_reply(
    harness: Harness, content: bytes, reply: str
) -> None:
    sent = await harness.say(None, document=harness.api.picture_document(content))
    assert sent["text"].startswith(reply)
    # The bot keeps answering text.
    card = await harness.say("Verify at https://dbs-sg-verify.xyz/login")
    assert "dbs-sg-verify.xyz" in card["text"]


async def test_other_files_and_videos_are_explained(harness: Harness) -> None:
    pdf = {**harness.api.upload(b"%PDF-1.4", "letter.pdf"), "mime_type": "application/pdf"}
    sent = await harness.say(None, document=pdf)
    assert sent["text"].startswith("I can read text, photos and screenshots")
    assert not harness.api.sent("getFile")  # never downloaded


async def test_a_pictures_read_text_goes_with_a_report_only_with_consent(harness: Harness) -> None:
    from tests.bot.test_moderation import mod

    async def report_photo(user_id: int, label: str) -> None:
        user = harness.api.user(user_id)
        card = await harness.say(None, user=user, photo=harness.api.photo(P.png(_shot())))
        await harness.press(card, "Report this scam", user=user)
        consent = harness.api.last_sent()
        labels = [text for text, _ in harness.api.buttons(consent)]
        # A photo without a caption has text to offer: the words read from the picture.
        assert labels == [
            "✅ Send links and numbers",
            "✅ Also send the message text",
            "✖️ Cancel",
        ]
        await harness.press(consent, label, user=user)
        assert harness.api.sent("editMessageText")[-1]["text"].startswith("Thank you!")

    await report_photo(71, "Send links and numbers")
    review = await mod(harness, "/reports")
    assert "dbs-sg-verify[.]xyz" in review["text"]  # the link, found by reading the picture
    assert "Text shared by a citizen" not in review["text"]  # no consent: no words kept
    await report_photo(72, "Also send the message text")
    review = await mod(harness, "/reports")
    assert "2 reports from 2 people" in review["text"]  # the same wave, read from two photos
    assert "Text shared by a citizen:" in review["text"]
    assert "URGENT: your DBS account is suspended." in review["text"]
