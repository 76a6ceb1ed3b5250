"""Message fingerprints: variants of one message collide, unrelated messages do not.

A scam wave is one message sent thousands of times with another name, amount, link or number.
:func:`fingerprint` turns a message into a few numbers (LSH bands) that stay the same across
such variants:

1. **Normalise.** NFKC (full-width letters and digits become plain ones), case folded; links,
   e-mail addresses, @handles, phone numbers, amounts and other numbers become their kind
   (``⟨link⟩``, ``⟨amount⟩``…); a capitalised word inside a sentence (a name, in the scripts
   that have case) becomes ``⟨name⟩``; emoji, punctuation and spacing are dropped.
2. **Shingle.** Overlapping word pairs for text written with spaces; overlapping runs of three
   characters for Chinese and Tamil (Chinese has no spaces, and a Tamil word changes its
   ending with its role in the sentence, so whole words match badly).
3. **MinHash.** :data:`PERMUTATIONS` minima, each of one 32-bit column of the shingles'
   SHAKE-128 digests (independent hash functions): two messages agree on each minimum with
   probability equal to the Jaccard similarity of their shingle sets.
4. **LSH bands.** The minima in :data:`BANDS` groups of :data:`ROWS`; each group hashed to one
   number. Two messages share at least one band with probability ``1 - (1 - J**ROWS)**BANDS``:
   about 0.97 at J = 0.5 (a sentence added to a four-sentence message), 0.45 at J = 0.25 and
   0.03 at J = 0.1 (unrelated messages sharing stock phrases). ``tests/checkers/
   test_fingerprint.py`` measures both sides on the corpus; ``BANDS`` x 15 bytes is what a
   fingerprint costs in Redis.

Why our own few lines rather than ``datasketch``: it needs NumPy and SciPy (tens of MB, ~0.2 s
more start-up for each ``scamcheck`` command) for what is here a digest per shingle and a
``min`` per column; SHAKE-128 is stable across processes, machines and Python versions
(``hash()`` is not), which band keys stored in Redis require.

A fingerprint cannot be turned back into the text: it keeps 64-bit hashes of hashes of
minima, never a shingle, and the masking has already dropped every link, number and name.
"""

from __future__ import annotations

import re
import struct
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from hashlib import blake2b, shake_128
from typing import Final

from blocklists.campaign import likeness

__all__ = ["BANDS", "EMPTY", "Fingerprint", "fingerprint", "likeness", "normalise", "shingles"]

BANDS: Final = 12
ROWS: Final = 2
PERMUTATIONS: Final = BANDS * ROWS
MIN_SHINGLES: Final = 8
"""Shorter messages ("ok see you at 5") get no fingerprint: too little to tell waves apart."""
MAX_CHARS: Final = 4000
_ROW: Final = struct.Struct(f"<{BANDS * ROWS}I")
_BAND_PREFIX: Final = tuple(bytes([band]) for band in range(BANDS))
_BAND_BYTES: Final = 4 * ROWS
_BANDS_AT: Final = tuple((_BAND_PREFIX[band], band * _BAND_BYTES) for band in range(BANDS))
"""Each band's prefix and where its minima start in the packed signature."""

# The look-ahead (a name's letters run to a dot) is what every bare address begins with: a word
# with no dot after it fails there at once, not after backtracking through its letters.
_URL = re.compile(
    r"(?:https?://|www\.)[!-~]+|(?<![a-z0-9.@-])(?=[a-z0-9-]+\.)[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,12}\b"
    r"(?:/[!-~]*)?",
    re.IGNORECASE,
)
_EMAIL = re.compile(r"[a-z0-9.+_-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)+", re.IGNORECASE)
_HANDLE = re.compile(r"@\w{3,}")
_AMOUNT = re.compile(
    # The look-ahead names every first character an amount can have: the engine skips the
    # others at once instead of trying each alternative there (half the time of the search).
    r"(?=[sSuUrRiImMcC$¥£€₹\d])"
    r"(?:(?:s\$|us\$|rm|rs\.?|inr|sgd|usd|myr|rmb|cny|\$|¥|£|€|₹)\s?\d[\d,.]*(?:\s?[km]\b)?"
    # Only from the start of a number: tried inside a long run of digits, this would scan
    # to the run's end from every digit (seconds for a few thousand).
    r"|(?<![\d,.])\d[\d,.]*\s?(?:dollars?|sgd|usd|ringgit|rm|元|块|万|千|ரூபாய்|வெள்ளி))",
    re.IGNORECASE,
)
_DIGIT = re.compile(r"\d")
_PHONE = re.compile(r"\+?\d[\d\s().-]{6,}\d")
_NUMBER = re.compile(r"\d+(?:[.,:/-]\d+)*")
_NAME = re.compile(r"(?<=[a-z,;] )[A-Z][a-z]{2,}")
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff\u3040-\u30ff\uac00-\ud7af]")
_TAMIL = re.compile(r"[\u0b80-\u0bff]")
# Sign-offs that real senders use and scams copy to look real: shared by both, they say
# nothing about which wave a message belongs to, and kept they made real government notices
# match a fake one. Removed (casefolded, before shingling).
BOILERPLATE: Final = (
    "this is an automated message sent by the singapore government",
    "ini adalah mesej automatik yang dihantar oleh kerajaan singapura",
    "இது சிங்கப்பூர் அரசாங்கம் அனுப்பிய தானியங்கிச் செய்தி",
    "这是新加坡政府发送的自动信息",
)
# Behind a look-ahead for the sign-offs' first letters: elsewhere it fails in one step, not in
# one for each sign-off.
_BOILERPLATE = re.compile(
    f"(?=[{''.join(sorted({re.escape(b[0]) for b in BOILERPLATE}))}])"
    f"(?:{'|'.join(map(re.escape, BOILERPLATE))})",
    re.IGNORECASE,
)
_INVISIBLE: Final = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufe0e\ufe0f"))
_DROPPED: Final = frozenset({"So", "Sk", "Cf", "Co", "Cn", "Cs"})


class _CharClass(dict[int, str]):
    """A ``str.translate`` table filled as characters are met.

    A space for the characters ``drop`` says so, the character itself otherwise: one C-level
    lookup a character once seen, instead of a ``unicodedata.category`` call each time.
    """

    def __init__(self, drop: Callable[[str], bool]) -> None:
        super().__init__()
        self.drop = drop

    def __missing__(self, code: int) -> str:
        ch = chr(code)
        value = " " if self.drop(ch) else ch
        if len(self) < 100_000:
            self[code] = value
        return value


_DECORATION: Final = _CharClass(lambda ch: unicodedata.category(ch) in _DROPPED)
"""Emoji, other symbols and format characters (not currency signs: amounts need them)."""
_NOT_WORD: Final = _CharClass(
    lambda ch: unicodedata.category(ch)[0] not in "LMN" and ch not in "⟨⟩"
)
"""Anything but letters, marks, digits and the masks' brackets."""
_MASK_RUN = re.compile(r"⟨\w+⟩")


@dataclass(frozen=True, slots=True)
class Fingerprint:
    """One message's LSH bands (:data:`BANDS` numbers below 2**45) and its short signature.

    The signature (the low 16 bits of each minimum) is what a match is verified with: a
    shared band says "maybe alike", :func:`likeness` of the signatures says how alike.
    """

    bands: tuple[int, ...]
    signature: tuple[int, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.bands)


EMPTY: Final = Fingerprint((), ())


def normalise(text: str, masks: Iterable[str] = ()) -> str:
    """The message with what varies between copies replaced by its kind (see the module)."""
    text = unicodedata.normalize("NFKC", text[:MAX_CHARS])
    text = text.translate(_INVISIBLE)
    # Emoji and other symbols (not currency signs: amounts need them) and all spacing first,
    # so that what follows sees the same text whatever decorated it.
    text = " ".join(text.translate(_DECORATION).split())
    text = _BOILERPLATE.sub(" ", text)
    for written in sorted(set(masks), key=len, reverse=True):
        if written:
            text = text.replace(written, " ⟨link⟩ ")
    # Each pattern only where it can match: most messages hold no "@", many no digit.
    if "@" in text:
        text = _EMAIL.sub(" ⟨email⟩ ", text)
    if "." in text:
        text = _URL.sub(" ⟨link⟩ ", text)
    if "@" in text:
        text = _HANDLE.sub(" ⟨handle⟩ ", text)
    if _DIGIT.search(text):
        text = _AMOUNT.sub(" ⟨amount⟩ ", text)
        text = _PHONE.sub(" ⟨number⟩ ", text)
        text = _NUMBER.sub(" ⟨number⟩ ", text)
    text = _NAME.sub(" ⟨name⟩ ", text)
    return " ".join(text.casefold().translate(_NOT_WORD).split())


def shingles(words: str) -> set[str]:
    """Word pairs of space-separated text; three-character runs of Chinese and Tamil."""
    tokens = words.split()
    if not _CJK.search(words) and not _TAMIL.search(words):
        # Most messages: no Chinese or Tamil at all, so word pairs of every word.
        pairs = (" ".join(tokens[i : i + 2]) for i in range(max(1, len(tokens) - 1)))
        return {s for s in pairs if s and _not_masks_alone(s)}
    out: set[str] = set()
    latin: list[str] = []
    chars: list[str] = []

    def flush_latin() -> None:
        out.update(" ".join(latin[i : i + 2]) for i in range(max(1, len(latin) - 1)))
        latin.clear()

    for token in tokens:
        if _CJK.search(token) or _TAMIL.search(token):
            # Characters of Chinese and Tamil words, run together across spaces; marks
            # and words in Latin letters between them stay one unit each.
            chars.extend(_units(token))
        else:
            chars.append(token)
            latin.append(token)
    script = sum(1 for u in chars if _CJK.match(u) or _TAMIL.match(u))
    if script * 2 >= len(chars):
        out.update("".join(chars[i : i + 3]) for i in range(max(1, len(chars) - 2)))
    elif latin:
        flush_latin()
    # A shingle of masks alone ("⟨name⟩ ⟨name⟩", "⟨number⟩⟨number⟩") is in countless unrelated
    # messages: as a minimum it would make them all alike.
    return {s for s in out if s and _not_masks_alone(s)}


def _not_masks_alone(shingle: str) -> bool:
    """False for a shingle made of masks alone (the regex only when it holds a mask)."""
    return "⟨" not in shingle or bool(_MASK_RUN.sub("", shingle).strip())


def _units(token: str) -> list[str]:
    units: list[str] = []
    for part in re.split(r"(⟨\w+⟩)", token):
        if part.startswith("⟨"):
            units.append(part)
            continue
        for ch in part:
            # A Tamil vowel sign or virama belongs to the consonant before it.
            if units and unicodedata.category(ch) in ("Mc", "Mn"):
                units[-1] += ch
            else:
                units.append(ch)
    return units


def minhash(items: set[str]) -> list[int]:
    """:data:`PERMUTATIONS` minima: of each 32-bit column of the items' SHAKE-128 digests.

    A digest of ``4 * PERMUTATIONS`` bytes per item is that many independent hash functions
    in one C call; the digests read as rows of numbers, and ``zip`` of the rows gives the
    columns, each taken its ``min`` of, in C too (~30 µs for a message, a third of
    multiply-and-mod permutations in Python; the rows zipped, a third less than slicing each
    column out of one long unpacked tuple).
    """
    if not items:
        return []
    size = _ROW.size
    digests = b"".join([shake_128(s.encode("utf-8")).digest(size) for s in items])
    return list(map(min, zip(*_ROW.iter_unpack(digests), strict=True)))


def bands_of(signature: Sequence[int]) -> tuple[int, ...]:
    """One 45-bit number per band of :data:`ROWS` minima (the band's index is mixed in)."""
    data = _ROW.pack(*signature)
    return tuple(
        [
            int.from_bytes(
                blake2b(prefix + data[start : start + _BAND_BYTES], digest_size=8).digest(), "big"
            )
            >> 19
            for prefix, start in _BANDS_AT
        ]
    )


def fingerprint(text: str, masks: Iterable[str] = ()) -> Fingerprint:
    """The fingerprint of a message (:data:`EMPTY` when it is too short to have one).

    ``masks`` are substrings to treat as links (what the extractor found, de-obfuscated).
    """
    found = shingles(normalise(text, masks))
    if len(found) < MIN_SHINGLES:
        return EMPTY
    minima = minhash(found)
    return Fingerprint(bands_of(minima), tuple(m & 0xFFFF for m in minima))


def similarity(a: str, b: str) -> float:
    """Jaccard similarity of two messages' shingle sets (for tests and tuning)."""
    x, y = shingles(normalise(a)), shingles(normalise(b))
    return len(x & y) / len(x | y) if x | y else 0.0
