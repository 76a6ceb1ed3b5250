"""Reading the text of a prepared picture with Tesseract (one API object per worker thread)."""

from __future__ import annotations

import os
import re
import threading
import time
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

from checkers.extract import extract
from checkers.picture_text import clean_text

if TYPE_CHECKING:
    from PIL.Image import Image

OCR_LANGUAGES: Final = "eng+chi_sim+chi_tra+msa+tam"
TESSDATA_DIRS: Final = (
    "/usr/share/tesseract-ocr/5/tessdata",
    "/usr/share/tesseract-ocr/4.00/tessdata",
    "/usr/share/tessdata",
)


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
