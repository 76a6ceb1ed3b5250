"""Reading the text of a prepared picture with Tesseract (one API object per worker thread)."""

from __future__ import annotations

import os
import re
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

from checkers.extract import extract
from checkers.picture_text import clean_text

if TYPE_CHECKING:
    from PIL.Image import Image

OCR_LANGUAGES: Final = "eng+chi_sim+chi_tra+msa+tam"
"""Every language we read: for Latin text, and whenever the script is not clear."""
HAN_LANGUAGES: Final = "chi_sim+chi_tra"
TAMIL_LANGUAGES: Final = "tam+eng"
"""A Chinese or a Tamil picture is read with its own models only: with all five, the Malay,
Tamil and English models compete with the Chinese ones for every character (twice the time,
and more misread characters); Tamil keeps English for the English words and links a Tamil
message carries."""
LATIN_CONFIDENCE: Final = 80
"""The English reading of a Latin-script picture is this confident or more (92-95 on chat
screenshots); of a Chinese or Tamil one, far less (15-50)."""
TAMIL_CONFIDENCE: Final = (30, 50)
"""A quick Tamil reading of a picture that is not Latin: at most the first, it is Chinese
(9-29 on Chinese screenshots); at least the second, Tamil (51-70); in between, unclear."""
SURE_WORD: Final = 85
"""An English word read this confidently replaces an unsure word of a Chinese or Tamil reading."""
SURER_BY: Final = 20
"""...and is at least this many points surer than the word it replaces."""
UNSURE_WORD: Final = 50
"""A word read with less confidence is unsure: none in the English reading of a clean
English or Malay screenshot, a few when a line in Chinese or Tamil is among the Latin ones."""
QUICK_SCALE: Final = 0.35
"""The quick Tamil reading is of the picture at this scale (a tenth of the pixels)."""
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

    ``lang`` another language set (``"eng"``: English only, ``"tam"``: the quick Tamil
    reading, or the models of one script; see :func:`ocr`); empty: every language.
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


def load_models() -> None:
    """Load every model this thread may read with, so no picture's time limit pays for it.

    Loading takes 1-3 s (the five languages together the longest); about 300 MB a thread.
    """
    for languages in ("eng", "tam", HAN_LANGUAGES, TAMIL_LANGUAGES, ""):
        _ocr_api(languages)


@dataclass(frozen=True, slots=True)
class _Reading:
    text: str
    confidence: int
    """Tesseract's mean word confidence, 0-100."""
    unsure_words: int
    """Words read with a confidence under :data:`UNSURE_WORD`."""
    words: tuple[_Word, ...] = ()
    """Its words, when asked for (see :func:`_with_english_words`)."""


@dataclass(frozen=True, slots=True)
class _Word:
    text: str
    confidence: float
    box: tuple[int, int, int, int]
    ends: str
    """What follows the word: a space, a new line, or a blank line (a new paragraph)."""


def _recognize(
    api: Any, image: Image, mode: int, deadline: float, *, words: bool = False
) -> _Reading | None:
    """One reading of the picture, ``None`` when the deadline stopped it."""
    api.SetPageSegMode(mode)
    api.SetImage(image)
    left_ms = max(1, int((deadline - time.perf_counter()) * 1000)) if deadline else 0
    try:
        if not api.Recognize(left_ms):
            return None
        unsure = sum(c < UNSURE_WORD for c in api.AllWordConfidences())
        found = _words_of(api) if words else ()
        return _Reading(api.GetUTF8Text(), api.MeanTextConf(), unsure, found)
    finally:
        api.Clear()


def _words_of(api: Any) -> tuple[_Word, ...]:
    from tesserocr import RIL, iterate_level

    found = []
    iterator = api.GetIterator()
    if iterator is None:  # nothing read
        return ()
    for word in iterate_level(iterator, RIL.WORD):
        try:
            text = word.GetUTF8Text(RIL.WORD)
        except RuntimeError:  # tesserocr's way of saying the word is empty
            continue
        if not text:
            continue
        ends = " "
        if word.IsAtFinalElement(RIL.PARA, RIL.WORD):
            ends = "\n\n"
        elif word.IsAtFinalElement(RIL.TEXTLINE, RIL.WORD):
            ends = "\n"
        found.append(_Word(text, word.Confidence(RIL.WORD), word.BoundingBox(RIL.WORD), ends))
    return tuple(found)


_LATIN_WORD = re.compile(r"[A-Za-z0-9][\x21-\x7e]*")


def _with_english_words(words: Sequence[_Word], english: Sequence[_Word]) -> str:
    """The text of ``words``, each unsure one replaced by the sure English word in its place.

    Reading Chinese or Tamil, Tesseract misreads the English words a message mixes in ("share"
    read as Tamil digits, "Carousell" as "68௦ப56|"); the English-only reading reads them with
    confidence. A word of ``words`` in the place of an English word read with :data:`SURE_WORD`
    or more, and :data:`SURER_BY` points surer than it, becomes that English word.
    """
    parts = []
    for word in words:
        text = word.text
        if word.confidence < 100 - SURER_BY:
            better = _covering(word.box, english)
            if better is not None and better.confidence - word.confidence >= SURER_BY:
                text = better.text
        parts.append(text + word.ends)
    return "".join(parts)


def _covering(box: tuple[int, int, int, int], english: Sequence[_Word]) -> _Word | None:
    left, top, right, bottom = box
    area = max(1, (right - left) * (bottom - top))
    for word in english:
        if word.confidence < SURE_WORD or not _LATIN_WORD.fullmatch(word.text):
            continue
        x0, y0, x1, y1 = word.box
        overlap = max(0, min(right, x1) - max(left, x0)) * max(0, min(bottom, y1) - max(top, y0))
        own = max(1, (x1 - x0) * (y1 - y0))
        if overlap >= 0.6 * area and overlap >= 0.6 * own:
            return word
    return None


def script_languages(image: Image, english: _Reading, deadline: float = 0.0) -> str:
    """The languages to read a prepared picture with, from the script it is written in.

    ``""`` when the English reading is enough: a Latin picture whose every word it read
    with confidence (English and Malay alike). Otherwise the English reading's confidence
    tells a mainly Latin picture (read with every language, for a line in another script)
    from the rest, and a quick Tamil reading of the picture scaled down (~0.05 s) tells Tamil
    from Chinese; a picture that is neither clearly is read with every language.
    """
    if english.confidence >= LATIN_CONFIDENCE:
        return "" if english.unsure_words == 0 else OCR_LANGUAGES
    from PIL import Image as PILImage

    small = image.resize(
        (max(1, round(image.width * QUICK_SCALE)), max(1, round(image.height * QUICK_SCALE))),
        PILImage.Resampling.BILINEAR,
    )
    quick = _recognize(_ocr_api("tam"), small, 3, deadline)  # 3: automatic segmentation
    if quick is None:
        return OCR_LANGUAGES
    chinese_at_most, tamil_at_least = TAMIL_CONFIDENCE
    if quick.confidence >= tamil_at_least:
        return TAMIL_LANGUAGES
    return HAN_LANGUAGES if quick.confidence <= chinese_at_most else OCR_LANGUAGES


def _block_first(languages: str, english: _Reading) -> bool:
    """Whether a picture is read as one block of text first: a Chinese one.

    Read as one block (page segmentation mode 6), a Chinese chat screenshot is read as
    confidently as with automatic segmentation (both 80 or more on nearly every one) and
    better: automatic segmentation cuts a line of Chinese into pieces read apart and misreads
    words (佣金 read as 全金). Pictures of unclear script (:func:`script_languages`: neither
    Latin nor clearly Tamil, mostly Chinese) too. Tamil and mainly Latin pictures keep
    automatic segmentation first (a Latin screenshot with a line in another script has several
    bubbles, which one block runs together).
    """
    if languages == HAN_LANGUAGES:
        return True
    return languages == OCR_LANGUAGES and english.confidence < LATIN_CONFIDENCE


def ocr(image: Image, *, timeout: float = 0.0) -> str:
    """The text of a prepared picture.

    Read with English alone first (~0.1 s): a clean Latin picture needs no more, for another
    it tells the script, and for a Chinese or Tamil one it gives the links and numbers (see
    :func:`_with_english`). Then read with the languages of its script
    (:func:`script_languages`), unless English was enough: page segmentation
    "auto" first (for a Chinese picture "one block of text" first, see :func:`_block_first`);
    when Tesseract is unsure of it (a tilted photo of a screen splits lines into columns) the
    other mode too, keeping the more confident. ``timeout`` (seconds,
    0 for none) stops Tesseract itself, so a worker is never stuck.
    """
    import tesserocr

    deadline = time.perf_counter() + timeout if timeout else 0.0
    english = _recognize(_ocr_api("eng"), image, tesserocr.PSM.AUTO, deadline, words=True)
    if english is None:
        raise TimeoutError("the picture took too long to read")
    languages = script_languages(image, english, deadline)
    if not languages:
        return clean_text(english.text)
    api = _ocr_api("" if languages == OCR_LANGUAGES else languages)
    best_text, best_conf = "", -1
    mended = languages in (HAN_LANGUAGES, TAMIL_LANGUAGES)
    modes = (tesserocr.PSM.AUTO, tesserocr.PSM.SINGLE_BLOCK)
    if _block_first(languages, english):
        modes = modes[::-1]
    for mode in modes:
        reading = _recognize(api, image, mode, deadline, words=mended)
        if reading is None:
            if best_conf < 0:
                raise TimeoutError("the picture took too long to read")
            break
        if reading.confidence > best_conf:
            best_text, best_conf = reading.text, reading.confidence
            if mended and reading.words:
                best_text = _with_english_words(reading.words, english.words)
        if reading.confidence >= 80:
            break
    text = clean_text(best_text)
    if _CJK_OR_TAMIL.search(text):
        tamil = bool(_TAMIL.search(text))
        text = _with_english(text, clean_text(english.text, tamil=tamil))
    return text


_CJK_OR_TAMIL = re.compile(r"[\u0b80-\u0bff\u3400-\u9fff\uf900-\ufaff]")
_TAMIL = re.compile(r"[\u0b80-\u0bff]")


def _with_english(text: str, english: str) -> str:
    """``text`` with the links and numbers of the English-only reading.

    Reading Chinese or Tamil, Tesseract drops or misreads Latin words and digits inside a line
    (a link after "APP：", 4567 read as 4267). The reading with the English model alone reads
    those well: a link or number of ``text`` that is one or two characters off one of the
    English reading's is replaced by it; the English reading's other links and numbers are
    added on a line of their own. Its Chinese or Tamil is noise and is not kept.
    """
    if not english:
        return text
    first, second = extract(text), extract(english)
    have = {link.url for link in first.links} | {p.e164 for p in first.phones if p.e164}
    english_urls = {link.url for link in second.links}
    # Numbers the English reading has: a run of these digits is read right, never replaced.
    english_digits = {_NON_DIGIT.sub("", p.e164) for p in second.phones if p.e164}
    extra: list[str] = []
    for link in second.links:
        if link.url in have:
            continue
        unmatched = [f.text for f in first.links if f.url not in english_urls]
        misread = _near_link(link.text, unmatched)
        if misread:
            text = text.replace(misread, link.text, 1)
        else:
            extra.append(link.text)
    for phone in second.phones:
        if not phone.e164 or phone.e164 in have:
            continue
        digits = max(_DIGIT_RUN.findall(phone.text), key=len, default="")
        misread = _near_number(text, digits, english_digits)
        if misread:
            text = text.replace(misread, digits, 1)
        else:
            extra.append(phone.text)
    return f"{text}\n{' '.join(dict.fromkeys(extra))}" if extra else text


_DIGIT_RUN = re.compile(r"\+?\d(?:[\d -]*\d)?")
_NON_DIGIT = re.compile(r"\D")


def _near_number(text: str, digits: str, keep: set[str]) -> str:
    """A run of digits of ``text`` that is ``digits`` with one or two digits misread.

    Runs whose digits are in ``keep`` (numbers read right) are not candidates.
    """
    wanted = _NON_DIGIT.sub("", digits)
    if len(wanted) < 7:
        return ""
    for run in _DIGIT_RUN.findall(text):
        got = _NON_DIGIT.sub("", run)
        if len(got) != len(wanted) or got in keep:
            continue
        if 0 < sum(a != b for a, b in zip(got, wanted, strict=True)) <= 2:
            return str(run)
    return ""


def _near_link(link: str, candidates: list[str]) -> str:
    """The candidate that is ``link`` with one or two characters misread, if any."""
    for candidate in candidates:
        near = candidate != link and abs(len(candidate) - len(link)) <= 2
        if near and SequenceMatcher(None, candidate, link).ratio() >= 0.9:
            return candidate
    return ""
