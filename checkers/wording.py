"""The wording as the lexicons read it: one normalised text, with the way back to the message.

The text is normalised once (:func:`normalise`): case and width folded, leetspeak and split
words joined (``P.ay y0ur b i l l``, ``SING/POST``, ``acc0unt``), traditional Chinese simplified
with OpenCC, spaces and filler symbols between Chinese characters dropped, amounts become
:data:`MONEY`, other numbers :data:`NUMBER` and links :data:`LINK` (official sites
:data:`OFFICIAL_LINK`). Every character of the result keeps the span of the written message it
stands for, so that a finding can quote the message as written.
:mod:`checkers.concepts` then finds the lexicons' terms in it.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Final

LINK: Final = "§"
"""Stands for a link that is not an official site, in the normalised text."""
OFFICIAL_LINK: Final = "¶"
"""Stands for an official (or allowlisted) link."""
MONEY: Final = "¤"
"""Stands for an amount of money."""
NUMBER: Final = "#"
"""Stands for a run of digits."""

MAX_TEXT: Final = 6000
"""Only this many characters are read for concepts (Telegram allows 4,096 a message)."""

_LEET: Final = {
    "0": "o",
    "1": "i",
    "|": "i",
    "3": "e",
    "4": "a",
    "5": "s",
    "7": "t",
    "@": "a",
    "$": "s",
}
# Characters a filter-dodger puts inside a word ("P.ay", "SING/POST", "acc*unt").
_VARIANTS: Final = str.maketrans({"帐": "账", "週": "周", "麽": "么", "裏": "里", "l": "i"})
# Letters of other alphabets that look like Latin ones (the common part of Unicode's
# confusables list for Cyrillic, Greek and Armenian).
CONFUSABLES: Final = str.maketrans(
    {
        # Cyrillic
        "а": "a",
        "в": "b",
        "с": "c",
        "е": "e",
        "һ": "h",
        "і": "i",
        "ј": "j",
        "к": "k",
        "м": "m",
        "н": "h",
        "о": "o",
        "р": "p",
        "ѕ": "s",
        "т": "t",
        "у": "y",
        "х": "x",
        "ԁ": "d",
        "ԛ": "q",
        "ԝ": "w",
        "ӏ": "l",
        "ь": "b",
        "г": "r",
        "п": "n",
        "А": "a",
        "В": "b",
        "С": "c",
        "Е": "e",
        "Н": "h",
        "І": "i",
        "К": "k",
        "М": "m",
        "О": "o",
        "Р": "p",
        "Ѕ": "s",
        "Т": "t",
        "Х": "x",
        # Greek
        "α": "a",
        "β": "b",
        "ε": "e",
        "ι": "i",
        "κ": "k",
        "ν": "v",
        "ο": "o",
        "ρ": "p",
        "τ": "t",
        "υ": "u",
        "χ": "x",
        "Α": "a",
        "Β": "b",
        "Ε": "e",
        "Ζ": "z",
        "Η": "h",
        "Ι": "i",
        "Κ": "k",
        "Μ": "m",
        "Ν": "n",
        "Ο": "o",
        "Ρ": "p",
        "Τ": "t",
        "Υ": "y",
        "Χ": "x",
        # Armenian and Latin extensions
        "օ": "o",
        "ս": "u",
        "զ": "q",
        "հ": "h",
        "ո": "n",
        "ɑ": "a",
        "ı": "i",
        "ɡ": "g",
    }
)
"""Letters of other alphabets that pass for Latin ones, and the Latin letter each passes for."""

# A word written with some of those letters among Latin ones ("Yоur", "Singpаss" with Cyrillic
# "о" and "а") is a filter-dodger's; a word wholly in another alphabet is that language's.
_LOOKALIKES: Final = "".join(chr(k) for k in CONFUSABLES if k >= 0x370)
_OTHER_ALPHABET: Final = re.compile(f"[{_LOOKALIKES}]")
_LATIN_OR_LOOKALIKE: Final = re.compile(f"[a-z\u00e0-\u024f{_LOOKALIKES}]+")


# "ʏᴏᴜʀ ᴀᴄᴄᴏᴜɴᴛ ɪs ʟᴏᴄᴋᴇᴅ": small capitals, as "fancy text" generators write them (NFKC leaves
# them be); a style, not a disguise, so they are only read as the letters they are.
_SMALL_CAP_LETTERS: Final = "ᴀʙᴄᴅᴇғɢʜɪᴊᴋʟᴍɴᴏᴘǫʀꜱᴛᴜᴠᴡʏᴢ"  # a to z (no small capital x)
_SMALL_CAPS: Final = str.maketrans(_SMALL_CAP_LETTERS, "abcdefghijklmnopqrstuvwyz")
_SMALL_CAP: Final = re.compile(f"[{_SMALL_CAP_LETTERS}]")


def _plain_letters() -> dict[int, str]:
    """Marked and boxed letters, each as the plain letter it is written on.

    Latin letters with marks ("àccóunt süspended": NFKC composes the marks into the letters, so
    they are no combining marks to drop) and letters in black squares or circles ("🅿🅰🆈 🅽🅾🆆",
    which NFKC leaves be).
    """
    table = {}
    for code in (*range(0xC0, 0x250), *range(0x1E00, 0x1F00)):
        base = unicodedata.normalize("NFD", chr(code))[0]
        if base != chr(code) and base.isascii() and base.isalpha():
            table[code] = base.lower()
    for first in (0x1F150, 0x1F170):  # negative circled, negative squared A to Z
        table.update({first + i: chr(ord("a") + i) for i in range(26)})
    return table


_PLAIN_LETTERS: Final = str.maketrans(_plain_letters())
_MARKED_LETTER: Final = re.compile(
    "[\u00c0-\u024f\u1e00-\u1eff\U0001f150-\U0001f169\U0001f170-\U0001f189]"
)


def disguised_words(text: str) -> Iterator[tuple[int, int]]:
    """The spans of ``text``'s words that mix look-alike letters of another alphabet in."""
    if not _OTHER_ALPHABET.search(text):
        return
    lowered = text.lower()
    if len(lowered) != len(text):
        return
    for match in _LATIN_OR_LOOKALIKE.finditer(lowered):
        word = match.group()
        if _OTHER_ALPHABET.search(word) and any(ch.isascii() for ch in word):
            yield match.span()


_MONEY = re.compile(
    # Sri Lankan Tamil writes rupees before the number: "ரூ. 5000", "ரூ 3 இலட்சம்".
    r"(?:s\$|us\$|\$|(?<![a-z])(?:sgd|usd|gbp|eur|rm|rp\.?|rs\.?|inr|myr|aud|idr|php)|₹|₱|£|€|¥|￥"
    r"|(?<![\u0b80-\u0bff])ரூ\.?)\s?#"
    r"(?:\s?(?:k|rb|jt|ribu|juta)(?![a-z])|\s?(?:万|千|元))?"
    # Malay and Indonesian write the thousand or million after a bare number: "2jt", "500rb",
    # "300 ribu", "1,5 juta", "50 ribu rupiah".
    r"|#\s?(?:jt|juta|rb|ribu|rebu)(?:\s?(?:rupiah|ringgit))?(?![a-z])|#\s?rupiah(?![a-z])"
    # Tamil writes the unit after the number, often with a multiplier between: "500 டாலர்",
    # Malaysian Tanglish its ringgit "500 velli" (read here as "veiii"),
    # "20 லட்சம் ரூபாய்" (twenty lakh rupees); spoken Tamil says "100 ரூபா".
    # "7.3 million dollars", "5 juta ringgit", "2 lakh rupees": a multiplier may stand between
    # (written as the text reads by now: every "l" is an "i", so "million" is "miiiion" and
    # "dollars" "doiiars").
    r"|#\s?(?:k\s?)?(?:(?:இலட்சம்|லட்சம்|கோடி|ஆயிரம்|mi{2,4}ons?|bi{3,4}ons?|thousand|iakhs?|crores?|"
    r"juta|ribu)\s?)?"
    r"(?:(?:sgd|usd|gbp|euros?|eur|doiiars?|bucks|ringgit|rupees?|pounds?|php|pesos?|veiii)(?![a-z])|元|块|万元|万|"
    r"千|新币|新元|令吉|美金|美元|ரூபாய்|ரூபா|வெள்ளி|டாலர்(?:கள்)?)"
)


# A crypto amount ("100 USDT", "0.05 BTC", "500 USDT (TRC20)", "2k usdt", "充值100U", "三千U"): the
# number becomes an amount and the coin's name stays a word, for the concepts that name it ("buy
# usdt and send", "bayar .. usdt"). A bare "U" glued on counts after two figures or more ("2u"
# is "to you").
_CRYPTO_AMOUNT = re.compile(
    r"#(?:\s?k)?(?=\s?(?:usdt|usdc|btc|eth|trx|bnb)(?![a-z]))|#(?=u(?![a-z盘]))"
)
# A bare amount in thousands ("earn 5k per week", "borrow 5k today", "invest 1k get 8k"):
# Singapore, Malaysian and Tamil chat write money so; not a race, a screen, a count of people.
_THOUSANDS = re.compile(
    r"(?<![a-z#¤])#k(?![a-z])(?! ?(?:run|race|marathon|steps?|tv|video|resoiution|monitor|screen"
    r"|foiiowers|views|iikes|subscribers|fans|peopie|pax|members|users|km|miies|words|cases"
    r"|posts|sqft|rpm|dpi|cycie|ride))"
)
# An amount in words before its currency ("lima ratus ringgit", "dua ribu dolar", "five hundred
# dollars", "ஐந்தாயிரம் ரூபாய்"), written as the text reads by now (every "l" is an "i").
_MALAY_FIGURE: Final = (
    r"(?:satu|dua|tiga|empat|iima|enam|tujuh|iapan|sembiian|sepuiuh|sebeias|seratus|seribu"
    r"|sejuta|beias|puiuh|ratus|ribu|juta)"
)
_ENGLISH_FIGURE: Final = (
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eieven|tweive|fifteen|twenty|thirty"
    r"|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand)"
)
_WORDED_AMOUNT = re.compile(
    rf"(?<![a-z])(?:{_MALAY_FIGURE} )+(?:ringgit|doiar|doiiar|rupiah)(?![a-z])"
    rf"|(?<![a-z])(?:{_ENGLISH_FIGURE} (?:and )?)+(?:doiiars?|bucks|sgd|ringgit)(?![a-z])"
    "|(?<![\u0b80-\u0bff])[\u0b80-\u0bff]*(?:ஆயிரம்|ாயிரம்|நூறு|லட்சம்|கோடி) ?"
    "(?:ரூபாய்|ரூபா|டாலர்|வெள்ளி)"
)

_WORDED_CURRENCY = re.compile("ringgit|doiar|doiiar|rupiah|bucks|sgd|ரூபா|டாலர்|வெள்ளி")


def is_cjk(ch: str) -> bool:
    """Whether ``ch`` is a Chinese character (the ranges Chinese messages use)."""
    if len(ch) != 1:
        return False
    code = ord(ch)
    return 0x4E00 <= code <= 0x9FFF or 0x3400 <= code <= 0x4DBF or 0xF900 <= code <= 0xFAFF


def is_tamil(ch: str) -> bool:
    """Whether ``ch`` belongs to the Tamil script."""
    return len(ch) == 1 and 0x0B80 <= ord(ch) <= 0x0BFF


def _is_latin_letter(ch: str) -> bool:
    return ("a" <= ch <= "z") or ("\u00e0" <= ch <= "\u024f")


@lru_cache(maxsize=1)
def _traditional_to_simplified() -> object:
    import opencc

    return opencc.OpenCC("t2s")


def simplified(text: str) -> str:
    """Traditional Chinese characters as simplified ones (other text unchanged).

    OpenCC converts phrase by phrase; if it ever changes the length of the text, the text is
    kept as it was, so that positions still point at the message as written.
    """
    converter = _traditional_to_simplified()
    converted: str = converter.convert(text)  # type: ignore[attr-defined]
    return converted if len(converted) == len(text) else text


@dataclass(frozen=True, slots=True)
class Normalised:
    """A message as the lexicons read it, with the way back to the message as written.

    ``text`` is the normalised text; ``text[i]`` stands for the characters from ``origin[i]`` up
    to ``until[i]`` of the written message; ``sentences`` are the indexes in ``text`` where a new
    sentence starts.
    """

    text: str
    origin: tuple[int, ...]
    until: tuple[int, ...]
    sentences: tuple[int, ...]
    has_chars: bool
    """Whether the text holds Chinese or Tamil characters (matched on characters)."""
    disguised: tuple[tuple[int, int], ...] = ()
    """Spans of the written words that mix in look-alike letters (:func:`disguised_words`)."""
    commas: tuple[int, ...] = ()
    """Where the written message had a comma between Chinese words, which the text drops as
    filler ("加,微,信"), or a pause of Chinese speech-to-text (:func:`_pauses`): a clause ends
    there all the same ("不用担心,把验证码发给我", "不要挂电话 您先把验证码告诉我")."""

    def sentence_of(self, index: int) -> int:
        """The number of the sentence that ``text[index]`` belongs to."""
        return bisect_right(self.sentences, index)

    def sentence_at(self, written: int) -> int:
        """The number of the sentence holding the written message's character ``written``."""
        return self.sentence_of(max(0, bisect_right(self.origin, written) - 1))


_CJK_RANGE: Final = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_LATIN_RANGE: Final = "a-z\u00e0-\u024f"
_CJK = re.compile(f"[{_CJK_RANGE}]")
_CHARS = re.compile(f"[{_CJK_RANGE}\u0b80-\u0bff]")
# The patterns that find a character between letters start with that character and look back
# at the letter after it: a pattern that starts by looking behind is tried at every character
# of the message, one that starts with a class of characters skips to them in C (a third of
# the time). Their matches are those of "(?<=letter)char(?=letter)".
_LEET_IN_WORD = re.compile(
    f"[0134573$@|](?<=[{_LATIN_RANGE}][0134573$@|])[0134573$@|]?(?=[{_LATIN_RANGE}])"
)
_DIGITS = re.compile(r"\d(?:\d|[.,](?=\d))*")
# An amount in Chinese numerals ("两千元", "五块", "十万元", "借我三万"): the numerals become a
# number, which the unit after them makes an amount. A lone "一块" is "together" as often as
# one yuan, and "万一" is "in case", so neither is read. A currency named after the numerals
# makes them an amount as "元" does ("五千令吉", "三百新币", "两千美金").
_CN_NUMERAL: Final = "零〇一二两三四五六七八九十百千"
_CN_AMOUNT = re.compile(
    f"(?<![{_CN_NUMERAL}万几])"
    f"(?:[二两三四五六七八九十][{_CN_NUMERAL}]*|一[{_CN_NUMERAL}]+)"
    f"(?=元|块|新币|新元|令吉|美金|美元|usdt|u(?![a-z盘]))"
    f"|(?<![{_CN_NUMERAL}万几])[一二两三四五六七八九十][{_CN_NUMERAL}]*(?=万(?![一二两三四五六七八九]))"
)
# An amount as it is said, its last figure with no unit after it ("转三万五过来", "一万二",
# "手续费两千八", "每人三百八"): read as the amount it is (ten thousands, or yuan). Not when more
# figures or a counted thing follow ("三百八十", "两千八百米", "三千五百人").
_CN_SPOKEN_AMOUNT = re.compile(
    f"(?<![{_CN_NUMERAL}万几])[一二两三四五六七八九十][{_CN_NUMERAL}]*万[一二两三四五六七八九]千?"
    f"(?![{_CN_NUMERAL}万亿])"
    f"|(?<![{_CN_NUMERAL}万几])[一二两三四五六七八九][百千][一二两三四五六七八九]"
    f"(?![{_CN_NUMERAL}万亿米人个岁年次号克斤天分秒条张件位名元块])"
)
# A word spelt letter by letter ("a c c o u n t", "P-a-r-t", "j.o.b"): each letter alone, the same
# mark between every two; four letters or more when the mark is a space ("u r a star" is Singlish).
_SPLIT_WORD = re.compile(
    f"(?<![{_LATIN_RANGE}])[{_LATIN_RANGE}]"
    f"(?:([.\\-*_·•~])(?:[{_LATIN_RANGE}]\\1)+|( )(?:[{_LATIN_RANGE}]\\2){{2,}})"
    f"[{_LATIN_RANGE}](?![{_LATIN_RANGE}])"
)
_IN_WORD_SYMBOL = re.compile(f"[./*_](?<=[{_LATIN_RANGE}][./*_])(?=[{_LATIN_RANGE}])")
_CJK_FILLER = re.compile(
    f"(?<=[{_CJK_RANGE}])" + r"[ \t/\\\-_*·•|~.,'\"`^+=]+" + f"(?=[{_CJK_RANGE}{_LATIN_RANGE}])"
)
_LIST_GOES_ON: Final = ("或", "以及")
"""After a comma, words that go on with the same list ("验证码,或密码"): no clause ends there."""
_APOSTROPHE = re.compile(f"['\u2019\u2018`](?<=[{_LATIN_RANGE}]['\u2019\u2018`])")
_COMBINING = re.compile("[\u0300-\u036f]")
# Spacing to make one space: runs of two or more, and one that is not a plain space (a single
# space, most of them, is no match: no Python call for each).
_SPACES = re.compile(r"[^\S\n]{2,}|[^\S\n ]")
_TAMIL_SANDHI_HINT = re.compile("\u0bcd ")
_TAMIL_SANDHI = re.compile("(?<=[\u0b95-\u0bb9\u0bbe-\u0bcc])([கசதப])\u0bcd(?= \\1)")
# An English word with a Tamil ending glued on or hyphened ("account-க்கு", "accountக்கு"): read
# as the word and the ending apart, as a lexicon spells them ("account க்கு").
_LATIN_TAMIL_JOIN = re.compile("(?<=[a-z])-?(?=[\u0b80-\u0bff])")
_SENTENCE = re.compile(r"[!?。！？;；\n…]|\.(?=[ \n]|$)")
# A pause in Chinese speech-to-text ("喂 您好 我是客服 不要挂电话 嗯 您先把验证码告诉我"): Chinese
# puts no space between words, so a space between two Chinese characters is where the speaker
# stopped, and ends a clause (a mark in :attr:`Normalised.commas`). Not a space beside a word
# spaced out character by character ("加 微 信", "把验 证 码"), nor one after a negation or a
# modal verb ("千万不要 把验证码告诉别人", "银行不会 要求您转账"): the verb it governs follows.
# The space still goes, so terms read across it as before.
_SPACED_RUNS = re.compile(f"[{_CJK_RANGE}]+(?:[ \t]+[{_CJK_RANGE}]+)+")
_RUN = re.compile(f"[{_CJK_RANGE}]+")
_GOVERNS: Final = frozenset("不别勿要会能以得")


def _pauses(text: str) -> Iterator[int]:
    """Where the text goes on after each pause of Chinese speech-to-text (see above)."""
    for spaced in _SPACED_RUNS.finditer(text):
        runs = list(_RUN.finditer(text, spaced.start(), spaced.end()))
        lone = [len(r.group()) == 1 for r in runs]
        spelt = [
            alone and ((i > 0 and lone[i - 1]) or (i + 1 < len(runs) and lone[i + 1]))
            for i, alone in enumerate(lone)
        ]
        for i in range(1, len(runs)):
            if not (spelt[i - 1] or spelt[i] or runs[i - 1].group()[-1] in _GOVERNS):
                yield runs[i].start()


# SMS short forms of English words ("ur acct is locked", "pls pay", "u r due a refund", "ur pkg",
# "b4 midnight", "many ppl asking", "pay thru PayNow", "i paid alr"): read as the words they
# stand for, in messages and in the lexicons' terms alike (:func:`normalise_word`), so that a
# term spelt once ("your .. account") finds both. Whole words only: not the "u" of "U.S." or
# "u-turn", nor the "2u" of "Maybank2u".
_SHORT_FORMS: Final = {
    short.translate(_VARIANTS): word.translate(_VARIANTS)
    for short, word in {
        "u": "you",
        "ur": "your",
        "r": "are",
        "b": "be",
        "pls": "please",
        "plz": "please",
        "acct": "account",
        "accts": "accounts",
        "pkg": "package",
        "pkgs": "packages",
        "pmt": "payment",
        "pymt": "payment",
        "amt": "amount",
        "b4": "before",
        "2day": "today",
        "tmrw": "tomorrow",
        "tmr": "tomorrow",
        "ppl": "people",
        "thru": "through",
        "alr": "already",
        "alrdy": "already",
        "oredi": "already",
    }.items()
}
_SHORT_FORM = re.compile(
    r"(?<![^\s(\[\"'])(?:"
    + "|".join(sorted(_SHORT_FORMS, key=len, reverse=True))
    + r")(?=[\s,;:!?)\]\"']|\.(?!\w)|$)"
)


class _Text:
    """Text being normalised, with each character's span in the written message."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.origin = list(range(len(text)))
        self.until = list(range(1, len(text) + 1))

    def edit(
        self, pattern: re.Pattern[str], replace: Callable[[re.Match[str]], str | None]
    ) -> None:
        """Replace the matches of ``pattern`` (``None`` keeps a match as it is).

        A replacement as long as its match keeps each character's place; any other stands for
        the whole match.
        """
        self._splice(
            (match.start(), match.end(), replacement)
            for match in pattern.finditer(self.text)
            if (replacement := replace(match)) is not None
        )

    def replace_all(self, needle: str, mark: str) -> None:
        """Replace every occurrence of ``needle`` (left to right, none overlapping) by ``mark``.

        What :meth:`edit` does with the pattern ``re.escape(needle)``, without compiling a
        pattern for each message's links.
        """
        self._splice(self._occurrences(needle, mark))

    def _occurrences(self, needle: str, mark: str) -> Iterator[tuple[int, int, str]]:
        at = self.text.find(needle) if needle else -1
        while at >= 0:
            yield at, at + len(needle), mark
            at = self.text.find(needle, at + len(needle))

    def _splice(self, replacements: Iterable[tuple[int, int, str]]) -> None:
        """Put each (start, end, replacement), in order and apart, in place of its span."""
        text, origin, until = self.text, self.origin, self.until
        pieces: list[str] = []
        new_origin: list[int] = []
        new_until: list[int] = []
        last = 0
        for start, end, replacement in replacements:
            pieces.append(text[last:start])
            new_origin += origin[last:start]
            new_until += until[last:start]
            pieces.append(replacement)
            if len(replacement) == end - start:
                new_origin += origin[start:end]
                new_until += until[start:end]
            else:
                new_origin += [origin[start]] * len(replacement)
                new_until += [until[end - 1]] * len(replacement)
            last = end
        if not pieces:
            return
        pieces.append(text[last:])
        self.text = "".join(pieces)
        self.origin = new_origin + origin[last:]
        self.until = new_until + until[last:]


def normalise(text: str, masks: Iterable[tuple[str, bool]] = ()) -> Normalised:
    """Normalise a message for the lexicons (see the module docstring).

    ``masks`` are (a link or an address as written in ``text``, whether it is official): each
    becomes one placeholder, so that the words of an address are not read as the message's.
    The work is a few regular-expression passes, each costing Python time only per match.
    """
    text = text[:MAX_TEXT]
    if _CJK.search(text):
        text = simplified(text)
    lowered = text.lower()
    if len(lowered) != len(text):  # a few letters lower-case to two characters
        lowered = "".join(ch.lower()[:1] or ch for ch in text)
    if _SMALL_CAP.search(lowered):
        lowered = lowered.translate(_SMALL_CAPS)
    if _MARKED_LETTER.search(lowered):
        lowered = lowered.translate(_PLAIN_LETTERS)
    disguised = tuple(disguised_words(lowered))
    for start, end in disguised:
        lowered = lowered[:start] + lowered[start:end].translate(CONFUSABLES) + lowered[end:]
    work = _Text(lowered.translate(_VARIANTS))
    for written, official in masks:
        needle = written.lower().translate(_VARIANTS)
        if needle and needle in work.text:
            work.replace_all(needle, OFFICIAL_LINK if official else LINK)
    work.edit(_LEET_IN_WORD, _unleet)
    work.edit(_SPLIT_WORD, lambda m: m.group()[::2])  # letter, mark, letter, …
    work.edit(_SHORT_FORM, lambda m: _SHORT_FORMS[m.group()])
    work.edit(_DIGITS, lambda _m: NUMBER)
    work.edit(_IN_WORD_SYMBOL, lambda m: "" if _joins_word(text, work, m.start()) else None)
    commas: list[int] = []
    if _CJK.search(work.text):
        commas = [
            work.origin[m.start() + m.group().index(",")]
            for m in _CJK_FILLER.finditer(work.text)
            if "," in m.group() and not work.text.startswith(_LIST_GOES_ON, m.end())
        ]
        work.edit(_CJK_FILLER, lambda _m: "")  # "加 微 信", "兼/职", "加 whatsapp"
        work.edit(_CN_SPOKEN_AMOUNT, lambda m: NUMBER + ("万" if "万" in m.group() else "元"))
        work.edit(_CN_AMOUNT, lambda _m: NUMBER)
    work.edit(_APOSTROPHE, lambda _m: "")  # "don't" is "dont"
    work.edit(_COMBINING, lambda _m: "")
    if _TAMIL_CHAR.search(work.text):
        work.edit(_LATIN_TAMIL_JOIN, lambda _m: " ")
    work.edit(_SPACES, lambda _m: " ")
    if _TAMIL_SANDHI_HINT.search(work.text):
        # Tamil doubles a word's first consonant onto the word before ("மின்சாரக் கட்டணம்"):
        # read without it, so that a term is one spelling whatever follows it.
        work.edit(_TAMIL_SANDHI, lambda _m: "")
    if NUMBER in work.text:
        work.edit(_CRYPTO_AMOUNT, lambda m: _crypto_amount(work, m))
        work.edit(_MONEY, lambda _m: MONEY)
        work.edit(_THOUSANDS, lambda _m: MONEY)
    if _WORDED_CURRENCY.search(work.text):
        work.edit(_WORDED_AMOUNT, lambda _m: MONEY)
    normalised = work.text
    sentences = tuple(m.end() for m in _SENTENCE.finditer(normalised))
    if _CJK.search(normalised):
        # A pause's mark is the space before the words that go on (written positions).
        commas = sorted({*commas, *(at - 1 for at in _pauses(lowered))})
    has_chars = _CHARS.search(normalised) is not None
    return Normalised(
        normalised,
        tuple(work.origin),
        tuple(work.until),
        sentences,
        has_chars,
        disguised,
        tuple(commas),
    )


_LEET_TABLE: Final = str.maketrans(_LEET)


_GLUED_CURRENCY = re.compile(r"(?<![a-z])(?:rm|rp|sgd|usd|myr|idr)$")
_GLUED_UNIT = re.compile(r"(?:k|rb|jt)(?![a-z])")


def _unleet(match: re.Match[str]) -> str | None:
    """Digits inside a word read as the letters they stand for ("acc0unt").

    Not in an amount written in one piece ("RM5k", "Rp50rb", "rm20jt"): that stays a number.
    """
    text = match.string
    if _GLUED_CURRENCY.search(text, 0, match.start()) and _GLUED_UNIT.match(text, match.end()):
        return None
    return match.group().translate(_LEET_TABLE)


def _crypto_amount(work: _Text, match: re.Match[str]) -> str | None:
    """A number before a coin's name as an amount (not "2u", to you: one figure before a U)."""
    at = match.start()
    glued_u = match.group() == NUMBER and match.string.startswith("u", match.end())
    if glued_u and work.until[at] - work.origin[at] < 2:
        return None
    return MONEY


def _joins_word(written: str, work: _Text, i: int) -> bool:
    """Whether the symbol at ``i`` splits one word ("P.ay", "SING/POST") rather than two.

    A symbol between letters does when a piece beside it is short ("SING/POST", "P.ay", but not
    "processing/insurance"); a dot only when the letter after it is lower case too ("acc.ount",
    "b.ill", but not "won.Click"), and not before a file's extension ("Invite.apk").
    """
    chars = work.text
    after = 0
    if i >= 2 and chars[i - 1] == "k" and chars[i - 2] == NUMBER:
        # The thousands of an amount ("$6k/mth", "3k/month") end it: no word goes on. Other
        # units glued on stay joined ("150p/msg" is the premium lexicon's "150pmsg").
        return False
    while i + 1 + after < len(chars) and _is_latin_letter(chars[i + 1 + after]):
        after += 1
    before = 0
    while i - 1 - before >= 0 and _is_latin_letter(chars[i - 1 - before]):
        before += 1
    if chars[i] != ".":
        return min(before, after) <= 4
    if chars[i + 1 : i + 1 + after] in _FILE_EXTENSIONS:
        return False
    at = work.origin[i] + 1
    nxt = written[at] if at < len(written) else ""
    return nxt.islower() and (before <= 4 or after <= 3)


_FILE_EXTENSIONS: Final = frozenset(
    {"apk", "exe", "pdf", "zip", "rar", "doc", "docx", "xls", "xlsx", "jpg", "png", "html", "php"}
)


_PLAIN_WORD = re.compile(r"[A-Za-z]+")


def normalise_word(word: str) -> str:
    """:func:`normalise` of one word of a lexicon term, faster for plain letters.

    Compiling the lexicons normalises some 16,000 words once per process (a one-shot
    ``scamcheck check`` pays for it): a word of plain letters only needs the case and the
    letter variants, which is all :func:`normalise` would change in it.
    """
    if _PLAIN_WORD.fullmatch(word):
        plain = word.lower().translate(_VARIANTS)
        return _SHORT_FORMS.get(plain, plain)
    return normalise(word).text


_TAMIL_CHAR = re.compile("[\u0b80-\u0bff]")


def has_characters(text: str) -> bool:
    """Whether ``text`` holds Chinese or Tamil characters (as :func:`is_cjk`, :func:`is_tamil`)."""
    return _CHARS.search(text) is not None


def has_tamil(text: str) -> bool:
    """Whether ``text`` holds Tamil characters."""
    return _TAMIL_CHAR.search(text) is not None


def has_chinese(text: str) -> bool:
    """Whether ``text`` holds Chinese characters."""
    return _CJK.search(text) is not None
