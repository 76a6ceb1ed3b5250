"""Clean-ups of OCR output: what Tesseract writes made ready for the engine."""

from __future__ import annotations

import re
import unicodedata

_CJK = r"[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef]"
_CJK_GAP = re.compile(rf"(?<={_CJK}) +(?={_CJK})")
_CJK_WRAP = re.compile(rf"(?<={_CJK})\n(?={_CJK})")
# A short number (an amount, a rate, a range: "18%", "$5,000", "2-5") inside Chinese text, with
# the spaces Tesseract puts around every run of digits. Phone numbers are longer than this and
# keep their spaces (a number glued to a Chinese character is not read as a phone number).
_CJK_NUMBER_GAP = re.compile(rf"(?<={_CJK}) *([$¥]?\d[\d.,-]{{0,6}}%?) *(?={_CJK})")
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


def clean_text(text: str, *, tamil: bool = False) -> str:
    """OCR output made ready for the engine.

    NFKC; no zero-width characters (Tamil output carries U+200C); no spaces Tesseract puts
    between Chinese characters, nor around a short number among them ("回报 18% 的" as typed,
    "回报18%的"); the lines of a paragraph (a chat bubble wraps its text, even
    inside a phone number) joined; no runs of blank lines. In Tamil text (or with ``tamil``:
    the English-only reading of a Tamil picture) no Tamil ending read onto a link.
    """
    text = unicodedata.normalize("NFKC", text).replace("\u200c", "").replace("\u200b", "")
    text = _CJK_GAP.sub("", text)
    text = _CJK_NUMBER_GAP.sub(r"\1", text)
    text = "\n".join(_SPACES.sub(" ", line).strip() for line in text.splitlines())
    text = _LINK_WRAP.sub(r"\1", text)
    text = _LINE_WRAP.sub(" ", _CJK_WRAP.sub("", text))
    text = _NUMBER_WRAP.sub(" ", text)
    text = _WA_DIGITS.sub(r"\1", text)
    text = _PHONE_TAIL.sub(lambda m: m[1] + m[2].translate(_AS_DIGIT), text)
    if tamil or _TAMIL.search(text):
        text = _LINKISH.sub(lambda m: _TAMIL_TAIL.sub("", m.group()), text)
    return _BLANK_LINES.sub("\n\n", text).strip()
