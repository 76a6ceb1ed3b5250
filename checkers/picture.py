"""Pictures a citizen sends: read their text (OCR) and their QR codes, then check them.

Reading is CPU work with no I/O: :func:`read_picture` turns the bytes of one picture into a
:class:`Reading` (the text Tesseract read, the QR codes zxing-cpp decoded, or the reason it
could not be read). :class:`PictureReader` runs it in a small pool of worker threads, off the
event loop, under a time limit; Tesseract and zxing-cpp release the GIL while they work, so
text checks keep flowing while a picture is read. :func:`check_pictures` sends what was read
through the same engine as typed text and adds what only a picture can say ("The QR code opens
…", "a PayNow payment to …", "this picture could not be read").

Nothing read here is logged or stored: logs carry counts and timings only.

Limits are deliberate: pictures over :data:`MAX_BYTES` (Telegram's own download limit) or
:data:`MAX_PIXELS` are refused before they are decoded (a "decompression bomb" is a small file
that decodes to a huge image); animated images, truncated files and anything that is not a
PNG, JPEG, WebP, GIF or BMP picture are refused with a reason; at most :data:`MAX_QR_CODES`
codes of a picture are checked.
"""

from __future__ import annotations

import asyncio
import io
import logging
import os
import re
import threading
import time
import unicodedata
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final, Literal

from checkers.codes import finding
from checkers.extract import extract
from checkers.verdict import Finding, Submission, Verdict

if TYPE_CHECKING:
    from PIL.Image import Image

    from checkers.engine import Engine

log = logging.getLogger(__name__)

MAX_BYTES: Final = 20 * 1024 * 1024
"""Largest picture file read: what the Bot API lets a bot download (getFile, 20 MB)."""
MAX_PIXELS: Final = 40_000_000
"""Largest picture decoded (width x height, about 160 MB of memory in colour): more than a
phone camera's 12-24 megapixels; Telegram sends photos scaled to 2560 pixels at most."""
MAX_SIDE: Final = 12_000
"""Longest side decoded, in pixels (a long scrolling screenshot is about 1080 x 10,000)."""
OCR_PIXELS: Final = 6_000_000
"""Pictures are scaled down to this many pixels before OCR: more only costs time."""
MIN_OCR_WIDTH: Final = 1400
"""Narrower pictures (Telegram sends screenshots 590-1280 wide) are scaled up for OCR."""
MAX_QR_CODES: Final = 10
"""At most this many QR codes of one picture are checked."""
MAX_QUOTE: Final = 300
"""At most this many characters of the read text are quoted on the card."""
OCR_LANGUAGES: Final = "eng+chi_sim+chi_tra+msa+tam"
TESSDATA_DIRS: Final = (
    "/usr/share/tesseract-ocr/5/tessdata",
    "/usr/share/tesseract-ocr/4.00/tessdata",
    "/usr/share/tessdata",
)
FORMATS: Final = ("PNG", "JPEG", "WEBP", "GIF", "BMP")

Problem = Literal["", "too_large", "not_picture", "animated", "corrupt", "timeout"]

_PROBLEM_CODES: Final[dict[str, str]] = {
    "too_large": "IMG002",
    "not_picture": "IMG003",
    "animated": "IMG003",
    "corrupt": "IMG003",
    "timeout": "IMG004",
}


@dataclass(frozen=True, slots=True)
class QrCode:
    """What one QR code holds, understood.

    ``kind`` is ``link`` (``value`` the URL), ``paynow`` (``value`` the payee: a UEN or a
    +65 mobile number, ``proxy`` which of the two), or ``text`` (anything else, as written).
    """

    kind: Literal["link", "paynow", "text"]
    value: str
    proxy: str = ""


@dataclass(frozen=True, slots=True)
class Reading:
    """What one picture says: its text, its QR codes, or why it could not be read."""

    text: str = ""
    codes: tuple[QrCode, ...] = ()
    problem: Problem = ""
    more_codes: bool = False
    """The picture held more than :data:`MAX_QR_CODES` codes; only the first were read."""
    seconds: float = 0.0


# --- Reading the pixels ---------------------------------------------------------------------


def _pillow() -> Any:
    from PIL import Image

    # Deliberate: anything larger is refused before decoding (Pillow's own guard warns at
    # this size and refuses at twice it; we check the header first and never get there).
    Image.MAX_IMAGE_PIXELS = MAX_PIXELS
    return Image


def open_picture(data: bytes) -> tuple[Image | None, Problem]:
    """Decode a picture within the limits, or say why not."""
    if len(data) > MAX_BYTES:
        return None, "too_large"
    image_module = _pillow()
    from PIL import ImageOps, UnidentifiedImageError

    try:
        image = image_module.open(io.BytesIO(data), formats=FORMATS)
    except UnidentifiedImageError:
        return None, "not_picture"
    except image_module.DecompressionBombError:
        return None, "too_large"
    except (OSError, ValueError, SyntaxError):
        return None, "corrupt"
    width, height = image.size
    if width * height > MAX_PIXELS or max(width, height) > MAX_SIDE:
        return None, "too_large"
    if width < 8 or height < 8:
        return None, "not_picture"
    if getattr(image, "n_frames", 1) > 1:
        return None, "animated"
    try:
        image.load()
        image = ImageOps.exif_transpose(image)
    except image_module.DecompressionBombError:
        return None, "too_large"
    # Truncated or corrupt data: Pillow raises OSError (or others for odd files).
    except (OSError, ValueError, SyntaxError, EOFError):
        return None, "corrupt"
    return image, ""


def prepare_for_ocr(image: Image) -> Image:
    """Grey, dark mode turned light, small text scaled up, huge pictures scaled down."""
    from PIL import ImageOps, ImageStat

    grey = ImageOps.grayscale(image.convert("RGBA") if image.mode == "P" else image)
    if image.mode in ("RGBA", "LA", "PA", "P"):
        # Transparent pixels show as white in a chat.
        alpha = image.convert("RGBA").getchannel("A")
        white = _pillow().new("L", grey.size, 255)
        grey = _pillow().composite(grey, white, alpha)
    if ImageStat.Stat(grey).median[0] < 110:
        grey = ImageOps.invert(grey)  # dark mode: Tesseract reads dark text on light best
    width, height = grey.size
    scale = 1.0
    if width < MIN_OCR_WIDTH:
        scale = min(2.0, MIN_OCR_WIDTH / width)
    if width * height * scale * scale > OCR_PIXELS:
        scale = (OCR_PIXELS / (width * height)) ** 0.5
    if abs(scale - 1.0) > 0.05:
        resample = _pillow().Resampling.LANCZOS
        grey = grey.resize((max(1, round(width * scale)), max(1, round(height * scale))), resample)
    return grey


@cache
def tessdata_dir() -> str:
    """Where the Debian language packs are (``TESSDATA_PREFIX`` wins when set)."""
    prefix = os.environ.get("TESSDATA_PREFIX", "")
    for candidate in (prefix, *TESSDATA_DIRS):
        if candidate and (Path(candidate) / "eng.traineddata").is_file():
            return candidate
    raise RuntimeError(
        "the Tesseract language packs are missing: install tesseract-ocr-eng, -chi-sim, "
        "-chi-tra, -msa and -tam (or set TESSDATA_PREFIX)"
    )


_local = threading.local()


def _ocr_api(lang: str = "") -> Any:
    """This thread's Tesseract (one per worker thread: an API object is not thread-safe).

    ``lang`` "eng": a second one that reads English only (see :func:`ocr`).
    """
    name = f"api_{lang}" if lang else "api"
    api = getattr(_local, name, None)
    if api is None:
        # One thread per picture: Tesseract's OpenMP threads would fight the event loop and
        # the other workers for the cores (citizens' text p99 9 ms instead of 4 ms meanwhile).
        os.environ.setdefault("OMP_THREAD_LIMIT", "1")
        import tesserocr

        api = tesserocr.PyTessBaseAPI(path=tessdata_dir(), lang=lang or OCR_LANGUAGES)
        setattr(_local, name, api)
    return api


def ocr(image: Image, *, timeout: float = 0.0) -> str:
    """The text of a prepared picture.

    Page segmentation "auto" first; when Tesseract is unsure of it (a tilted photo of a
    screen splits lines into columns) "one block of text" too, keeping the more confident.
    ``timeout`` (seconds, 0 for none) stops Tesseract itself, so a worker is never stuck.
    """
    import tesserocr

    api = _ocr_api()
    best_text, best_conf = "", -1
    deadline = time.perf_counter() + timeout
    for mode in (tesserocr.PSM.AUTO, tesserocr.PSM.SINGLE_BLOCK):
        api.SetPageSegMode(mode)
        api.SetImage(image)
        left_ms = max(1, int((deadline - time.perf_counter()) * 1000)) if timeout else 0
        if not api.Recognize(left_ms):
            if best_conf < 0:
                api.Clear()
                raise TimeoutError("the picture took too long to read")
            break
        text, conf = api.GetUTF8Text(), api.MeanTextConf()
        if conf > best_conf:
            best_text, best_conf = text, conf
        if conf >= 80:
            break
    api.Clear()
    text = clean_text(best_text)
    if _CJK_OR_TAMIL.search(text):
        text = _with_english_reading(image, text, deadline if timeout else 0.0)
    return text


_CJK_OR_TAMIL = re.compile(r"[\u0b80-\u0bff\u3400-\u9fff\uf900-\ufaff]")


def _with_english_reading(image: Image, text: str, deadline: float) -> str:
    """``text`` and the links and numbers only an English-only reading found.

    Reading Chinese or Tamil, Tesseract drops or misreads Latin words and digits inside a line
    (a link after "APP：", 4567 read as 4267). A second reading with the English model alone
    (~0.1 s) reads those well: its links and numbers that the first reading lacks are added on
    a line of their own. Its Chinese or Tamil is noise and is not kept.
    """
    api = _ocr_api("eng")
    api.SetPageSegMode(3)  # automatic page segmentation
    api.SetImage(image)
    left_ms = max(1, int((deadline - time.perf_counter()) * 1000)) if deadline else 0
    if deadline and left_ms <= 1:
        return text
    english = clean_text(api.GetUTF8Text()) if api.Recognize(left_ms) else ""
    api.Clear()
    if not english:
        return text
    first, second = extract(text), extract(english)
    have = {link.url for link in first.links} | {p.e164 for p in first.phones if p.e164}
    extra = [link.text for link in second.links if link.url not in have]
    extra += [p.text for p in second.phones if p.e164 and p.e164 not in have]
    return f"{text}\n{' '.join(dict.fromkeys(extra))}" if extra else text


_CJK = r"[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef]"
_CJK_GAP = re.compile(rf"(?<={_CJK}) +(?={_CJK})")
_CJK_WRAP = re.compile(rf"(?<={_CJK})\n(?={_CJK})")
_NUMBER_WRAP = re.compile(r"(?<=\d)\n+(?=\d)")  # a number wrapped into a "paragraph" of its own
# A link that a bubble wrapped inside its digits (wa.me/6581 | 234567): a link has no spaces.
_LINK_WRAP = re.compile(r"(\S*/\S*\d)\n+(?=\d)")
# The last group of an international number, a letter read for a digit (4567 read as A567).
_PHONE_TAIL = re.compile(r"(\+\d{1,3}[ -]?\d{3,4}[ -]?)([0-9AOSIlBZ]{4})\b")
_AS_DIGIT = str.maketrans("AOSIlBZ", "4051182")
# A WhatsApp link is digits only after "wa.me/": digits read apart there are one number.
_WA_DIGITS = re.compile(r"(?<=wa\.me/)(\+?\d+) (?=\d)", re.I)
# Tamil glues its endings to an English word, links too ("help.co-ல்"); Tesseract reads the
# ending as one or two Latin marks ("co-60", "verify-0v", "help-@"). In Tamil text, such a tail
# on a link is dropped.
_TAMIL = re.compile(r"[\u0b80-\u0bff]")
_TAMIL_TAIL = re.compile(r"(?<=[A-Za-z0-9])-[^\s\u0b80-\u0bff]{0,2}(?=\s|$)", re.M)
_LINKISH = re.compile(r"\S*[./]\S*")
_LINE_WRAP = re.compile(r"(?<!\n)\n(?!\n)")
_SPACES = re.compile(r"[^\S\n]+")
_BLANK_LINES = re.compile(r"\n{3,}")


def clean_text(text: str) -> str:
    """OCR output made ready for the engine.

    NFKC; no zero-width characters (Tamil output carries U+200C); no spaces Tesseract puts
    between Chinese characters; the lines of a paragraph (a chat bubble wraps its text, even
    inside a phone number) joined; no runs of blank lines.
    """
    text = unicodedata.normalize("NFKC", text).replace("\u200c", "").replace("\u200b", "")
    text = _CJK_GAP.sub("", text)
    text = "\n".join(_SPACES.sub(" ", line).strip() for line in text.splitlines())
    text = _LINK_WRAP.sub(r"\1", text)
    text = _LINE_WRAP.sub(" ", _CJK_WRAP.sub("", text))
    text = _NUMBER_WRAP.sub(" ", text)
    text = _WA_DIGITS.sub(r"\1", text)
    text = _PHONE_TAIL.sub(lambda m: m[1] + m[2].translate(_AS_DIGIT), text)
    if _TAMIL.search(text):
        text = _LINKISH.sub(lambda m: _TAMIL_TAIL.sub("", m.group()), text)
    return _BLANK_LINES.sub("\n\n", text).strip()


def decode_qr(image: Image) -> tuple[list[QrCode], bool]:
    """The QR codes of a picture, understood; and whether there were more than we read."""
    import zxingcpp

    formats = (zxingcpp.BarcodeFormat.QRCode, zxingcpp.BarcodeFormat.MicroQRCode)
    # A tuple of formats is zxing-cpp 3's way (``|`` is deprecated); its stubs lag behind.
    found = zxingcpp.read_barcodes(image.convert("L"), formats=formats)  # type: ignore[arg-type]
    codes: list[QrCode] = []
    for barcode in found[:MAX_QR_CODES]:
        if barcode.valid and barcode.text:
            codes.append(qr_content(barcode.text))
    return list(dict.fromkeys(codes)), len(found) > MAX_QR_CODES


def read_picture(data: bytes, *, timeout: float = 0.0) -> Reading:
    """Read one picture: its text and its QR codes, or why it cannot be read. Never raises."""
    started = time.perf_counter()
    image, problem = open_picture(data)
    if image is None:
        return Reading(problem=problem, seconds=time.perf_counter() - started)
    try:
        codes, more = decode_qr(image)
        text = ocr(prepare_for_ocr(image), timeout=timeout)
    except TimeoutError:
        return Reading(problem="timeout", seconds=time.perf_counter() - started)
    except (OSError, ValueError, MemoryError):
        return Reading(problem="corrupt", seconds=time.perf_counter() - started)
    return Reading(
        text=text,
        codes=tuple(codes),
        more_codes=more,
        seconds=time.perf_counter() - started,
    )


# --- What a QR code holds -------------------------------------------------------------------


def _tlv(payload: str) -> dict[str, str] | None:
    """Two-digit id, two-digit length, value, again and again; ``None`` if not so."""
    fields: dict[str, str] = {}
    at = 0
    while at < len(payload):
        head = payload[at : at + 4]
        if len(head) < 4 or not head.isdigit():
            return None
        size = int(head[2:])
        value = payload[at + 4 : at + 4 + size]
        if len(value) != size:
            return None
        fields[head[:2]] = value
        at += 4 + size
    return fields


def emv_fields(payload: str) -> dict[str, str] | None:
    """The top-level fields of an EMVCo merchant-presented QR payload (SGQR, PayNow).

    ``None`` when the text is not such a payload (it starts with id 00, version 01).
    """
    fields = _tlv(payload)
    return fields if fields is not None and fields.get("00") == "01" else None


def paynow_payee(payload: str) -> tuple[str, str] | None:
    """``(proxy, value)`` of a PayNow QR: ``("uen", "201812345K")`` or ``("mobile", "+65…")``.

    PayNow's merchant account information (ids 26-51) names ``SG.PAYNOW`` in its sub-field
    00, the proxy type in 01 (0 mobile, 2 UEN) and the proxy in 02.
    """
    fields = emv_fields(payload)
    if fields is None:
        return None
    for key in range(26, 52):
        sub = _tlv(fields.get(f"{key:02d}", ""))
        if sub is None or sub.get("00", "").upper() != "SG.PAYNOW":
            continue
        kind = {"0": "mobile", "2": "uen"}.get(sub.get("01", ""))
        value = sub.get("02", "").strip()
        if kind and value:
            return kind, value
    return None


def qr_content(text: str) -> QrCode:
    """What one decoded QR code holds."""
    text = text.strip()
    payee = paynow_payee(text)
    if payee is not None:
        return QrCode("paynow", payee[1], proxy=payee[0])
    if re.match(r"(?i)^(?:https?://|www\.)\S+$", text):
        return QrCode("link", text)
    return QrCode("text", text[:500])


# --- Checking what was read -----------------------------------------------------------------


def _qr_lines(codes: Sequence[QrCode]) -> list[str]:
    lines: list[str] = []
    for code in codes:
        if code.kind == "paynow" and code.proxy == "uen":
            lines.append(f"PayNow UEN {code.value}")
        elif code.kind == "paynow":
            lines.append(f"PayNow mobile {code.value}")
        else:
            lines.append(code.value)
    return lines


def picture_submission(submission: Submission, readings: Sequence[Reading]) -> Submission:
    """The submission to check: its own text (a caption) with everything the pictures said.

    QR links go in as links and PayNow mobile numbers as numbers, so that they are checked
    whatever the surrounding text; a PayNow UEN is written out so the text's account reading
    finds it (and looks it up on the payment-account lists).
    """
    parts = [submission.text] if submission.text.strip() else []
    urls = list(submission.urls)
    phones = list(submission.phones)
    for reading in readings:
        if reading.text:
            parts.append(reading.text)
        parts.extend(_qr_lines(reading.codes))
        for code in reading.codes:
            if code.kind == "link":
                urls.append(code.value)
            elif code.kind == "paynow" and code.proxy == "mobile":
                phones.append(code.value)
    return replace(
        submission, text="\n".join(parts), urls=tuple(dict.fromkeys(urls)), phones=tuple(phones)
    )


def _quote(text: str) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= MAX_QUOTE else flat[: MAX_QUOTE - 1].rstrip() + "…"


def picture_findings(readings: Sequence[Reading]) -> list[Finding]:
    """What only pictures can say: what was read, where QR codes lead, what could not be read."""
    findings: list[Finding] = []
    read = " ".join(r.text for r in readings if r.text)
    if read:
        findings.append(finding("IMG001", _quote(read)))
    for number, reading in enumerate(readings, start=1):
        if reading.problem:
            findings.append(finding(_PROBLEM_CODES[reading.problem], str(number)))
        if reading.more_codes:
            findings.append(finding("IMG005", str(MAX_QR_CODES)))
        for code in reading.codes:
            if code.kind == "paynow":
                findings.append(finding("QR002", code.value))
            elif code.kind == "link" and _is_chat_link(code.value):
                findings.append(finding("QR003", code.value))
            elif code.kind == "link":
                findings.append(finding("QR001", code.value))
    return findings


_CHAT_LINK = re.compile(
    r"(?i)^(?:https?://)?(?:www\.)?(?:wa\.me|api\.whatsapp\.com|t\.me|telegram\.me)/"
)


def _is_chat_link(url: str) -> bool:
    return bool(_CHAT_LINK.match(url))


def with_pictures(verdict: Verdict, readings: Sequence[Reading]) -> Verdict:
    """The verdict of a picture check: marked as from a picture, with its picture findings.

    Picture findings are informational: they never change the level or the score.
    """
    findings = (*picture_findings(readings), *verdict.findings)
    return replace(
        verdict,
        findings=tuple(sorted(findings, key=lambda f: -int(f.severity))),
        source="image",
        ocr_text="\n\n".join(r.text for r in readings if r.text),
    )


class PictureReader:
    """Reads pictures in a pool of worker threads, each picture under a time limit.

    Args:
        workers: threads reading at once (each holds one Tesseract, ~150 MB).
        timeout: seconds one picture may take; then it counts as unreadable.
    """

    def __init__(self, *, workers: int = 2, timeout: float = 10.0) -> None:
        self.workers = workers
        self.timeout = timeout
        self._pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="picture")
        self.read_count = 0
        self.failed_count = 0

    async def read(self, data: bytes) -> Reading:
        """Read one picture off the event loop; a clear :class:`Reading` whatever happens."""
        loop = asyncio.get_running_loop()
        started = time.perf_counter()
        # Tesseract stops itself at the limit; the wait has a little slack for decoding.
        job = loop.run_in_executor(self._pool, _read_safely, data, self.timeout)
        try:
            reading = await asyncio.wait_for(job, self.timeout * 1.5 + 1)
        except TimeoutError:
            reading = Reading(problem="timeout")
        if reading.problem == "" and reading.seconds > self.timeout:
            reading = Reading(problem="timeout")
        self.read_count += 1
        self.failed_count += bool(reading.problem)
        log.info(
            "picture read",
            extra={
                "problem": reading.problem or None,
                "qr_codes": len(reading.codes),
                "chars": len(reading.text),
                "ms": round((time.perf_counter() - started) * 1000, 1),
            },
        )
        return reading

    async def read_all(self, pictures: Sequence[bytes]) -> list[Reading]:
        """Read several pictures (an album) at once."""
        return list(await asyncio.gather(*(self.read(p) for p in pictures)))

    def close(self) -> None:
        """Stop the worker threads (pictures being read are finished first)."""
        self._pool.shutdown(wait=False, cancel_futures=True)


def _read_safely(data: bytes, timeout: float) -> Reading:
    # Deliberately broad: a picture crafted to crash a decoder must cost only that picture.
    try:
        return read_picture(data, timeout=timeout)
    except Exception as exc:
        log.warning("picture reading failed", extra={"error": type(exc).__name__})
        return Reading(problem="corrupt")


async def check_pictures(
    engine: Engine,
    reader: PictureReader,
    pictures: Sequence[bytes],
    submission: Submission | None = None,
) -> Verdict:
    """Read the pictures and check everything they say, with the submission's own text."""
    readings = await reader.read_all(pictures)
    base = submission or Submission()
    verdict = await engine.check(picture_submission(base, readings))
    return with_pictures(verdict, readings)
