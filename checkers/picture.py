"""Pictures a citizen sends: read their text (OCR) and their QR codes, then check them.

Reading is CPU work with no I/O: :func:`read_picture` turns the bytes of one picture into a
:class:`Reading` (the text Tesseract read, the QR codes zxing-cpp decoded, or the reason it
could not be read). :class:`PictureReader` runs it in a small pool of worker threads, off the
event loop, under a time limit; Tesseract and zxing-cpp release the GIL while they work, so
text checks keep flowing while a picture is read. :func:`check_pictures` sends what was read
through the same engine as typed text and adds what only a picture can say ("The QR code opens
…", "a PayNow payment to …", "this picture could not be read").

Nothing read here is logged or stored: logs carry counts and timings only.

The parts live beside this module, by responsibility: :mod:`checkers.picture_open` (limits,
decoding, preparation for OCR), :mod:`checkers.picture_ocr` (Tesseract),
:mod:`checkers.picture_text` (clean-ups of what it read) and :mod:`checkers.picture_qr` (QR
codes and PayNow payloads); their public names are importable from here too.

Limits are deliberate: pictures over :data:`MAX_BYTES` (Telegram's own download limit) or
:data:`MAX_PIXELS` are refused before they are decoded (a "decompression bomb" is a small file
that decodes to a huge image); animated images, truncated files and anything that is not a
PNG, JPEG, WebP, GIF or BMP picture are refused with a reason; at most :data:`MAX_QR_CODES`
codes of a picture are checked.
"""

from __future__ import annotations

import asyncio
import logging
import os
import re
import threading
import time
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Final

from checkers.codes import finding
from checkers.picture_ocr import OCR_LANGUAGES, TESSDATA_DIRS, load_models, ocr, tessdata_dir
from checkers.picture_open import (
    FORMATS,
    MAX_BYTES,
    MAX_PIXELS,
    MAX_SIDE,
    MIN_OCR_WIDTH,
    OCR_PIXELS,
    Problem,
    open_picture,
    prepare_for_ocr,
)
from checkers.picture_qr import (
    MAX_QR_CODES,
    QrCode,
    decode_qr,
    emv_fields,
    paynow_payee,
    qr_content,
)
from checkers.picture_text import clean_text
from checkers.verdict import Finding, Submission, Verdict

if TYPE_CHECKING:
    from checkers.engine import Engine

__all__ = [
    "FORMATS",
    "MAX_BYTES",
    "MAX_PIXELS",
    "MAX_QR_CODES",
    "MAX_QUOTE",
    "MAX_SIDE",
    "MIN_OCR_WIDTH",
    "OCR_LANGUAGES",
    "OCR_PIXELS",
    "TESSDATA_DIRS",
    "WORKER_NICENESS",
    "PictureReader",
    "Problem",
    "QrCode",
    "Reading",
    "check_pictures",
    "clean_text",
    "decode_qr",
    "emv_fields",
    "lower_priority",
    "ocr",
    "open_picture",
    "paynow_payee",
    "picture_findings",
    "picture_submission",
    "prepare_for_ocr",
    "qr_content",
    "read_picture",
    "tessdata_dir",
    "with_pictures",
]

log = logging.getLogger(__name__)

WORKER_NICENESS: Final = 10
"""Niceness of the threads that read pictures: the scheduler gives the event loop the core
whenever it has work (at 10 a reading thread weighs about a tenth of the loop), and the
threads still use every idle moment."""
MAX_QUOTE: Final = 300
"""At most this many characters of the read text are quoted on the card."""
_PROBLEM_CODES: Final[dict[str, str]] = {
    "too_large": "IMG002",
    "not_picture": "IMG003",
    "animated": "IMG003",
    "corrupt": "IMG003",
    "timeout": "IMG004",
}


@dataclass(frozen=True, slots=True)
class Reading:
    """What one picture says: its text, its QR codes, or why it could not be read."""

    text: str = ""
    codes: tuple[QrCode, ...] = ()
    problem: Problem = ""
    more_codes: bool = False
    """The picture held more than :data:`MAX_QR_CODES` codes; only the first were read."""
    seconds: float = 0.0


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

    The worker threads run at a lower scheduling priority (:data:`WORKER_NICENESS`): on two
    cores, two pictures being read would otherwise take the cores from the event loop, and a
    citizen's text check would wait behind them.

    Args:
        workers: threads reading at once (each holds its Tesseract models, ~300 MB).
        timeout: seconds one picture may take; then it counts as unreadable.
        niceness: the worker threads' niceness (0: the process's own priority).
    """

    def __init__(
        self, *, workers: int = 2, timeout: float = 10.0, niceness: int = WORKER_NICENESS
    ) -> None:
        self.workers = workers
        self.timeout = timeout
        self._pool = ThreadPoolExecutor(
            max_workers=workers,
            thread_name_prefix="picture",
            initializer=_start_worker,
            initargs=(niceness,),
        )
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


def lower_priority(niceness: int) -> None:
    """Lower the calling thread's scheduling priority to ``niceness`` (never raise it).

    On Linux ``setpriority`` with a thread's own id changes that thread only, so the event
    loop keeps the process's priority. A thread may always lower its own priority; where that
    is not possible (another OS) the workers simply run at the process's priority.
    """
    if niceness <= 0 or not hasattr(os, "setpriority"):
        return
    thread = threading.get_native_id()
    try:
        current = os.getpriority(os.PRIO_PROCESS, thread)
        if current < niceness:
            os.setpriority(os.PRIO_PROCESS, thread, niceness)
    except OSError as exc:
        log.warning("picture workers keep their priority", extra={"error": type(exc).__name__})


def _start_worker(niceness: int) -> None:
    lower_priority(niceness)
    try:
        load_models()
    # Missing language packs: each picture then gets a clear "not read" (see _read_safely).
    except Exception as exc:
        log.warning("picture models not loaded", extra={"error": type(exc).__name__})


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
