"""Pictures: screenshots read in four languages, QR codes decoded, bad pictures refused.

Screenshots and photos are drawn by ``harness/pictures.py`` with real fonts; the messages come
from the family corpus (written by people who never saw the word lists). Rates are printed
and held to floors; each scam screenshot must get the level of its typed text.
"""

from __future__ import annotations

import io
import os
import random
import threading

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PIL import Image

from checkers.engine import Engine
from checkers.picture import (
    MAX_QR_CODES,
    WORKER_NICENESS,
    PictureReader,
    Reading,
    check_pictures,
    clean_text,
    paynow_payee,
    picture_submission,
    qr_content,
    read_picture,
)
from checkers.picture_ocr import _with_english
from checkers.verdict import Submission
from harness import pictures as P
from harness.corpus import indicators, screenshot_samples

# Per language: (least share of links and numbers read exactly from clean screenshots,
# least share of scam screenshots with the level of their typed text).
FLOORS = {"en": (0.95, 1.0), "ms": (0.95, 1.0), "zh": (0.95, 1.0), "ta": (0.95, 1.0)}


@pytest.fixture(scope="module")
def reader() -> PictureReader:
    reader = PictureReader(workers=2, timeout=20)
    yield reader  # type: ignore[misc]
    reader.close()


@pytest.mark.parametrize("lang", sorted(FLOORS))
async def test_screenshots_in_every_language(
    engine: Engine, reader: PictureReader, lang: str
) -> None:
    exact_floor, level_floor = FLOORS[lang]
    wanted = read = same_level = shots = 0
    misses = []
    for number, text in enumerate(screenshot_samples(lang)):
        typed = await engine.check(Submission(text=text))
        for dark in (False, True):
            image = P.chat_screenshot([text], dark=dark, width=1080, size=40)
            data = P.png(image) if number % 2 else P.telegram_photo(image)
            verdict = await check_pictures(engine, reader, [data])
            assert verdict.source == "image"
            assert "IMG001" in {f.code for f in verdict.findings}
            want = indicators(text)
            got = set(verdict.indicators.urls) | set(verdict.indicators.phones)
            wanted += len(want)
            read += len(want & got)
            if want - got:
                misses.append(sorted(want - got))
            shots += 1
            same_level += verdict.level == typed.level
    print(f"{lang}: exact {read}/{wanted}, same level {same_level}/{shots}")
    assert read / wanted >= exact_floor, misses
    assert same_level / shots >= level_floor


async def test_phone_photo_of_a_screen_still_gives_the_level(
    engine: Engine, reader: PictureReader
) -> None:
    text = screenshot_samples("en")[0]
    photo = P.phone_photo(P.chat_screenshot([text], width=1080, size=40), seed=3)
    verdict = await check_pictures(engine, reader, [P.jpeg(photo, 80)])
    typed = await engine.check(Submission(text=text))
    assert verdict.level == typed.level


def _qr_payloads() -> list[str]:
    rng = random.Random(12)
    payloads = []
    for number in range(100):
        kind = number % 4
        if kind == 0:
            payloads.append(f"https://pay-{rng.randint(100, 999)}.example-shop.top/p?id={number}")
        elif kind == 1:
            payloads.append(P.paynow_payload("uen", f"20{rng.randint(1000000, 9999999)}K"))
        elif kind == 2:
            payloads.append(P.paynow_payload("mobile", f"+659{rng.randint(1000000, 9999999)}"))
        else:
            payloads.append(f"https://wa.me/659{rng.randint(1000000, 9999999)}")
    return payloads


def test_qr_codes_in_photos_are_read_exactly() -> None:
    payloads = _qr_payloads()
    exact = 0
    for seed, payload in enumerate(payloads):
        reading = read_picture(P.jpeg(P.qr_photo(payload, seed=seed)))
        exact += reading.codes == (qr_content(payload),)
    print(f"QR: {exact}/{len(payloads)} exact")
    assert exact / len(payloads) >= 0.99


def test_paynow_payloads() -> None:
    assert paynow_payee(P.paynow_payload("uen", "201812345K", "12.50")) == ("uen", "201812345K")
    assert paynow_payee(P.paynow_payload("mobile", "+6591234567")) == ("mobile", "+6591234567")
    assert paynow_payee("https://example.com") is None
    assert paynow_payee("000201") is None
    assert qr_content(" https://x.example/a ").kind == "link"
    assert qr_content("hello 123").kind == "text"


async def test_paynow_qr_to_a_listed_uen_is_a_scam(engine: Engine, reader: PictureReader) -> None:
    assert engine.store is not None
    from blocklists.moderation import ListManager

    manager = ListManager(engine.store.redis, engine.store.keys)
    await manager.put("block", "account", "201812345K", actor="test", reason="mule")
    data = P.png(P.qr_photo(P.paynow_payload("uen", "201812345K"), seed=1))
    verdict = await check_pictures(engine, reader, [data])
    codes = {f.code for f in verdict.findings}
    assert {"QR002", "LST005"} <= codes
    assert verdict.level == "scam"


async def test_qr_link_and_chat_link(engine: Engine, reader: PictureReader) -> None:
    link = P.png(P.qr_photo("http://dbs-sg-verify.xyz/login", seed=2))
    chat = P.png(P.qr_photo("https://wa.me/6591234567", seed=4))
    verdict = await check_pictures(engine, reader, [link, chat])
    found = {(f.code, f.evidence) for f in verdict.findings}
    assert ("QR001", "http://dbs-sg-verify.xyz/login") in found
    assert ("QR003", "https://wa.me/6591234567") in found
    assert "+6591234567" in verdict.indicators.phones
    assert verdict.level != "no_red_flags"


async def test_caption_and_album_are_judged_together(
    engine: Engine, reader: PictureReader
) -> None:
    first = P.png(P.chat_screenshot(["Your DBS account is locked."], width=1080, size=40))
    second = P.png(P.chat_screenshot(["Verify now: dbs-sg-verify.xyz/login"], width=1080, size=40))
    verdict = await check_pictures(engine, reader, [first, second], Submission(text="is it real?"))
    assert verdict.level == "scam"
    assert "is it real?" not in verdict.ocr_text
    assert "locked" in verdict.ocr_text and "dbs-sg-verify" in verdict.ocr_text
    data = verdict.to_dict()
    assert data["source"] == "image" and data["ocr_text"] == verdict.ocr_text


def _bomb() -> bytes:
    # 30,000 x 30,000 pixels of one colour: a file of a few hundred kilobytes.
    buffer = io.BytesIO()
    Image.new("1", (30_000, 30_000)).save(buffer, "PNG", optimize=True)
    return buffer.getvalue()


def _animated() -> bytes:
    buffer = io.BytesIO()
    frames = [Image.new("RGB", (64, 64), colour) for colour in ("red", "blue")]
    frames[0].save(buffer, "GIF", save_all=True, append_images=frames[1:])
    return buffer.getvalue()


def _many_codes() -> bytes:
    sheet = Image.new("RGB", (1400, 1400), "white")
    for index in range(36):
        code = P.qr_image(f"https://example.com/{index}", scale=3)
        sheet.paste(code, ((index % 6) * 230 + 10, (index // 6) * 230 + 10))
    return P.png(sheet)


@pytest.mark.parametrize(
    ("make", "problem", "code"),
    [
        (_bomb, "too_large", "IMG002"),
        (lambda: b"\0" * (21 * 1024 * 1024), "too_large", "IMG002"),
        (lambda: P.png(Image.new("RGB", (13_000, 10))), "too_large", "IMG002"),
        (lambda: P.png(P.chat_screenshot(["hello"]))[:2000], "corrupt", "IMG003"),
        (_animated, "animated", "IMG003"),
        (lambda: b"%PDF-1.4 not a picture", "not_picture", "IMG003"),
        (lambda: b"", "not_picture", "IMG003"),
    ],
)
async def test_bad_pictures_get_a_clear_reason(
    engine: Engine, reader: PictureReader, make, problem: str, code: str
) -> None:
    data = make()
    assert read_picture(data).problem == problem
    verdict = await check_pictures(engine, reader, [data], Submission(text="see picture"))
    assert code in {f.code for f in verdict.findings}
    assert verdict.level == "no_red_flags"


async def test_many_qr_codes_are_capped(engine: Engine, reader: PictureReader) -> None:
    reading = read_picture(_many_codes())
    assert reading.more_codes
    assert len(reading.codes) == MAX_QR_CODES
    verdict = await check_pictures(engine, reader, [_many_codes()])
    assert "IMG005" in {f.code for f in verdict.findings}


async def test_a_picture_over_the_time_limit_gets_a_polite_answer(engine: Engine) -> None:
    slow = PictureReader(workers=1, timeout=0.001)
    try:
        text = "\n".join(screenshot_samples("en")[:3])
        data = P.png(P.chat_screenshot([text] * 3, width=1080, size=40))
        verdict = await check_pictures(engine, slow, [data], Submission(text="dbs-sg-verify.xyz"))
    finally:
        slow.close()
    codes = {f.code for f in verdict.findings}
    assert "IMG004" in codes
    assert "URL016" in codes or verdict.level != "no_red_flags"  # the rest is still checked


def test_clean_text() -> None:
    assert clean_text("你 好 世 界\n") == "你好世界"
    # A short number among Chinese characters as typed; a phone number keeps its spaces.
    assert clean_text("年化回报 18% 的项目，每单 2-5 元") == "年化回报18%的项目,每单2-5元"
    assert clean_text("电话 91234567 查询") == "电话 91234567 查询"
    assert clean_text("电话 9123 4567 查询") == "电话 9123 4567 查询"
    assert clean_text("Call +65 8123\n4567 now") == "Call +65 8123 4567 now"
    assert clean_text("நன்றி\u200c") == "நன்றி"
    assert clean_text("a\n\n\n\nb") == "a\n\nb"
    # The English-only reading of a Tamil picture reads a Tamil ending as Latin marks.
    assert clean_text("go to help.co-6v now", tamil=True) == "go to help.co now"


def test_picture_submission_keeps_caption_and_adds_qr() -> None:
    reading = Reading(text="hello", codes=(qr_content("https://x.example/"),))
    submission = picture_submission(
        Submission(text="caption", urls=("https://a.example",)), [reading]
    )
    assert submission.text.startswith("caption\nhello")
    assert submission.urls == ("https://a.example", "https://x.example/")


@settings(max_examples=60, deadline=None)
@given(
    st.binary(max_size=2000),
    st.sampled_from(
        [b"", b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff", b"RIFF\x00\x00\x00\x00WEBP", b"GIF89a"]
    ),
)
def test_any_bytes_give_a_reading_never_an_exception(data: bytes, head: bytes) -> None:
    reading = read_picture(head + data)
    assert reading.problem in {"not_picture", "corrupt", "too_large", "animated", ""}
    if reading.problem:
        assert reading.text == "" and reading.codes == ()


@given(st.text(max_size=300))
def test_any_qr_text_is_understood(text: str) -> None:
    code = qr_content(text)
    assert code.kind in {"link", "paynow", "text"}
    assert code.value.strip() == code.value or code.kind == "text"


def test_english_reading_mends_misread_numbers_and_links() -> None:
    # What the Chinese models misread inside a line, the English-only reading gives right.
    mended = _with_english("请PayNow到+6281234567,备注全名", "PayNow +6581234567 , ZX")
    assert mended == "请PayNow到+6581234567,备注全名"
    assert _with_english("APP:movieboost-sq.app注册", "APP : movieboost-sg.app") == (
        "APP:movieboost-sg.app注册"
    )
    # A second number that is one digit away is a number of its own, not a misreading.
    both = _with_english("打 +6581234567 或 +6591234567", "+6591234567 +6581234567")
    assert both == "打 +6581234567 或 +6591234567"
    # What only the English reading found is added on a line of its own.
    assert _with_english("请联系我们", "wa.me/6581234567") == "请联系我们\nwa.me/6581234567"


def test_reading_threads_run_at_a_lower_priority() -> None:
    # The test may itself run under `nice`: the worker is at least as nice as the configured
    # niceness and as the process, and the calling thread keeps the priority it had.
    before = os.getpriority(os.PRIO_PROCESS, threading.get_native_id())
    reader = PictureReader(workers=1, timeout=5)
    try:
        job = reader._pool.submit(
            lambda: os.getpriority(os.PRIO_PROCESS, threading.get_native_id())
        )
        assert job.result() >= max(before, min(WORKER_NICENESS, 19))
        assert os.getpriority(os.PRIO_PROCESS, threading.get_native_id()) == before
    finally:
        reader.close()
