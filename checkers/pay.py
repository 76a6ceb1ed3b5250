"""Pay that is too good: amounts a message promises for a day, an hour, a week or a month.

Job scams promise part-time pay no real part-time job gives ("$200–$500 a day", "日赚300-800元",
"RM150 sehari", "earn 3k-8k monthly"). This module reads such promises in any of the four
languages and says whether the higher end reaches what a real part-time job does not pay in
that currency. A range counts by its upper end; ``3k`` is 3,000 and ``5万`` is 50,000. An amount
without a currency counts only after a word about earning ("earn 1000-3000 per day").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Final

from checkers.wording import has_chinese

# Per currency: the least a day, an hour, a week, a month that is "too good" for part-time
# work, in that currency.
_LIMITS: Final[dict[str, dict[str, float]]] = {
    "dollar": {"day": 150, "hour": 40, "week": 1000, "month": 5000},
    "yuan": {"day": 200, "hour": 50, "week": 1500, "month": 10000},
    "ringgit": {"day": 150, "hour": 40, "week": 1000, "month": 5000},
    "rupee": {"day": 1500, "hour": 400, "week": 10000, "month": 50000},
    "rupiah": {"day": 500_000, "hour": 100_000, "week": 3_000_000, "month": 15_000_000},
    # Philippine pesos: a day's minimum wage is about 600, a good office salary 40,000 a month.
    "peso": {"day": 1500, "hour": 300, "week": 8000, "month": 40000},
    # Nigerian naira: a month's minimum wage is 70,000.
    "naira": {"day": 15000, "hour": 3000, "week": 80000, "month": 400000},
}
_CURRENCY: Final = {
    "$": "dollar",
    "s$": "dollar",
    "us$": "dollar",
    "sgd": "dollar",
    "usd": "dollar",
    "dollar": "dollar",
    "dollars": "dollar",
    "£": "dollar",
    "€": "dollar",
    "新币": "dollar",
    "新元": "dollar",
    "美元": "dollar",
    "美金": "dollar",
    "元": "yuan",
    "块": "yuan",
    "¥": "yuan",
    "￥": "yuan",
    "rmb": "yuan",
    "人民币": "yuan",
    "rm": "ringgit",
    "myr": "ringgit",
    "ringgit": "ringgit",
    "令吉": "ringgit",
    "rs": "rupee",
    "rs.": "rupee",
    "₹": "rupee",
    "inr": "rupee",
    "rupees": "rupee",
    "ரூபாய்": "rupee",
    # Spoken Sri Lankan Tamil's rupees, and Singapore Tamil's dollar ("500 வெள்ளி").
    "ரூபா": "rupee",
    "வெள்ளி": "dollar",
    "velli": "dollar",
    "veiii": "dollar",
    "ரூ": "rupee",
    "ரூ.": "rupee",
    "rp": "rupiah",
    "rp.": "rupiah",
    "aud": "dollar",
    "a$": "dollar",
    "usdt": "dollar",
    # British and European recipients' codes ("£200-£500 per day" is written "200-500 GBP").
    "gbp": "dollar",
    "eur": "dollar",
    "euro": "dollar",
    "euros": "dollar",
    "₱": "peso",
    "php": "peso",
    "peso": "peso",
    "pesos": "peso",
    "₦": "naira",
    "ngn": "naira",
    "naira": "naira",
}
_PERIOD: Final = {
    "day": "day",
    "daily": "day",
    "天": "day",
    "日": "day",
    "hari": "day",
    "araw": "day",
    "roz": "day",
    "sehari": "day",
    "harian": "day",
    "நாள்": "day",
    "நாளுக்கு": "day",
    "நாளைக்கு": "day",
    "தினமும்": "day",
    "தினசரி": "day",
    "தினம்": "day",
    "நாளொன்றுக்கு": "day",
    "நாளாந்தம்": "day",
    "hour": "hour",
    "hr": "hour",
    "hrs": "hour",
    "hourly": "hour",
    "小时": "hour",
    "时": "hour",
    "jam": "hour",
    "sejam": "hour",
    "மணி": "hour",
    "week": "week",
    "weekly": "week",
    "wk": "week",
    "周": "week",
    "星期": "week",
    "minggu": "week",
    "seminggu": "week",
    "வாரம்": "week",
    "வாரத்துக்கு": "week",
    "வாரத்திற்கு": "week",
    "month": "month",
    "monthly": "month",
    "mth": "month",
    "月": "month",
    "bulan": "month",
    "sebulan": "month",
    "மாதம்": "month",
    # Spoken Tamil's month, and the month with its dative ending.
    "மாசம்": "month",
    "மாதத்திற்கு": "month",
    "மாதத்துக்கு": "month",
    "மாசத்துக்கு": "month",
}
_NUMBER = r"\d(?:[\d,.]*\d)?\s?(?:k|K|千|万|w|W|rb|ribu|jt|juta|lakh|lakhs)?(?![a-z])"
# Sri Lankan Tamil writes rupees "ரூ. 5000" (and "ரூ 5000"), never inside a word.
_CUR = (
    r"(?:s\$|us\$|a\$|\$|£|€|¥|￥|₹|₱|₦|ngn|sgd|usd|aud|gbp|eur|php|rmb|rm|myr|rs\.?|inr|rp\.?"
    r"|(?<![\u0b80-\u0bff])ரூ\.?)"
)
_CUR_AFTER = (
    r"(?:sgd|usdt|usd|dollars?|元|块|新币|新元|美元|美金|人民币|令吉|ringgit|rupees|ரூபாய்|ரூபா|வெள்ளி(?!க்)|ve(?:ll|ii)i(?![a-z])|rm|"
    r"aud|gbp|euros?|eur|php|pesos?|myr|inr|naira|ngn)"
)
_AMOUNT = rf"(?P<cur1>{_CUR})?\s?(?P<low>{_NUMBER})\s?(?P<cur2>{_CUR_AFTER})?"
_UPPER = rf"(?P<cur3>{_CUR})?\s?(?P<high>{_NUMBER})\s?(?P<cur4>{_CUR_AFTER})?"
_RANGE = r"\s?(?:-|–|~|to|至|到|hingga|sehingga|hingga|முதல்)\s?"
# 时 is the hour of 时薪 and 每小时, and the second half of words that are no hour at all: 临时
# (temporary: "信用卡临时额度已调整为30000元" is a credit limit, not $30,000 an hour), 及时,
# 同时, 准时, 随时, 暂时, 届时, 平时, 定时, 超时.
_NOT_BEFORE: Final = {"时": "临及同准随暂届平定超"}
_PERIOD_WORDS = "|".join(
    rf"\b{re.escape(w)}\b"
    if w.isascii()
    else rf"(?<![今昨明前后当半几整两三{_NOT_BEFORE.get(w, '')}]){re.escape(w)}(?!期)"
    if len(w) == 1
    else re.escape(w)
    for w in sorted(_PERIOD, key=len, reverse=True)
)
_PAY = re.compile(
    rf"(?P<pre>每|一|(?:per|a|an|each|every|setiap|per)\s|/\s?)?"
    # The words between a period and its amount stay in one sentence ("your first month FREE.
    # Call 6123 4567" promises no 6,123 a month).
    rf"(?:(?P<period1>{_PERIOD_WORDS})(?:\s?[\u4e00-\u9fff]{{1,3}}|\s[^\s\d$£€¥₹.!?。！？]+){{0,2}}?\s?)?"
    rf"{_AMOUNT}(?:{_RANGE}{_UPPER})?\+?\s?"
    rf"(?:(?:per|a|an|each|every|setiap|一|每)?\s?/?\s?(?:(?P<period2>{_PERIOD_WORDS})|/(?P<short>[dh])\b))?",
    re.IGNORECASE,
)
# The same on lowered text, without IGNORECASE and behind a look-ahead for the first characters a
# match can have (a whitespace or a digit before an amount, a currency, a period word, "per", "a",
# "each", "every", "setiap", 每, 一, "/"): most places fail at once (1.7 times less CPU). Case
# folding makes "ı" and "ſ" match "i" and "s" (and "İ" lowers to "i" and a dot): a lowered text
# holding one is read with the IGNORECASE pattern (:func:`_cased`).
_PAY_LOWERED = re.compile(
    "(?=[\\d\\s"
    + re.escape("".join(sorted(set("每一paes/su$£€¥￥₹₱₦ngeprmiர") | {w[0] for w in _PERIOD})))
    + "])"
    + _PAY.pattern
)
_FOLDED_TO_ASCII: Final = ("ı", "ſ", "\u0307")


def _cased(lowered: str) -> bool:
    """Whether lowered text reads the same with and without IGNORECASE (no "ı", "ſ", "İ")."""
    return not any(ch in lowered for ch in _FOLDED_TO_ASCII)


_EARN = re.compile(
    r"(?:earn|earning|make|paid|pay|pays|salary|income|wage|commission|take home|\bget\b|"
    r"\bjob\b|\bwork\b|part.?time|hiring|"
    r"\breceiv|赚|收入|薪|工资|佣金|日结|月入|日入|周入|gaji|pendapatan|penghasilan|upah|dapat|"
    # Indonesian and SMS spellings of "get" ("sehari bisa dapet 500rb", "sejam dpt RM50").
    r"\bdapet\b|\bdpt\b|komisen|"
    r"சம்பளம்|வருமானம்|சம்பாதி)",
    re.IGNORECASE,
)

# Tamil puts the verb after its object: "தினமும் 500 சம்பாதிக்கிறா" ("earns 500 daily"), "daily 400
# earn panraan". The earning word right after a bare amount counts as one before it does.
_EARN_AFTER = re.compile(r"\s?(?:சம்பாதி|சம்பளம்|வருமானம்|earn)", re.IGNORECASE)


_SCALES: Final = (
    ("lakhs", 100_000.0),
    ("lakh", 100_000.0),
    ("ribu", 1000.0),
    ("juta", 1_000_000.0),
    ("rb", 1000.0),
    ("jt", 1_000_000.0),
    ("k", 1000.0),
    ("千", 1000.0),
    ("万", 10000.0),
    ("w", 10000.0),
)
_THOUSANDS = re.compile(r"^\d{1,3}(?:[.,]\d{3})+$")


def _value(number: str) -> float:
    """The amount a written number stands for: ``3k`` 3,000, ``5万`` 50,000, ``Rp500.000``."""
    number = number.strip().lower()
    scale = 1.0
    for suffix, factor in _SCALES:
        if number.endswith(suffix):
            scale, number = factor, number[: -len(suffix)].strip()
            break
    # 1,000 and Indonesian 500.000 group thousands; 1,250.50 has a decimal point.
    separators = "[.,]" if _THOUSANDS.match(number) else ","
    number = re.sub(separators, "", number)
    try:
        return float(number) * scale
    except ValueError:
        return 0.0


_A_DIGIT = re.compile(r"\d")
_ANY_PERIOD = re.compile(
    # The look-ahead names the first characters of every alternative: the engine skips the
    # others at once instead of trying each word there (a third of the time of the search).
    "(?=[" + re.escape("".join(sorted({w[0] for w in _PERIOD} | {"/"}))) + "])"
    "(?:" + "|".join(map(re.escape, sorted(_PERIOD, key=len, reverse=True))) + r"|/\s?[dh]\b)",
    re.IGNORECASE,
)


_UNTIL: Final = re.compile(r"வரை|\buntil\b|\btill\b", re.IGNORECASE)
"""Words that make a period before an amount a date ("until payday"), not a rate."""


# "rb" (ribu) and "jt" (juta) are Indonesian short forms: Malay writes "ribu" and "juta" out,
# and a bare Malaysian "5 ribu sebulan" is ringgit read as dollars.
_RUPIAH_UNIT = re.compile(r"\d\s?(?:rb|jt)$", re.IGNORECASE)


# An amount said in Chinese figures ("日赚五百", "一天三五百", "月入两三万", "一天一千五"): read as
# the number it says (a range as its upper figure), so that spoken pay is weighed like written
# pay. Not a count of things ("三五百单", "两三千人", "七八百粉丝"), and not a figure inside a
# longer one ("三百八十", "第三百").
_CN_FIGURE: Final = {
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
_CN_UNIT: Final = {"百": 100, "千": 1000, "万": 10000}
_CN_SPOKEN = re.compile(
    r"(?<![零〇一二两三四五六七八九十百千万亿几第])"
    r"([一二两三四五六七八九])([一二两三四五六七八九])?([百千万])"
    r"([一二两三四五六七八九](?![百千万十]))?"
    r"(?![零〇一二两三四五六七八九十百千万亿人个单粉条次件位名张年岁天米公里页字份户家台辆本只首道度号分秒])"
)


def _arabic(text: str) -> tuple[str, list[int]]:
    """``text`` with Chinese spoken amounts in digits, and each new position's old one."""
    out: list[str] = []
    origin: list[int] = []
    at = 0
    for match in _CN_SPOKEN.finditer(text):
        first, second, unit, rest = match.groups()
        scale = _CN_UNIT[unit]
        value = _CN_FIGURE[second or first] * scale
        if rest:
            value += _CN_FIGURE[rest] * scale // 10
        out.append(text[at : match.start()])
        origin.extend(range(at, match.start()))
        digits = str(value)
        out.append(digits)
        origin.extend([match.start()] * len(digits))
        at = match.end()
    out.append(text[at:])
    origin.extend(range(at, len(text) + 1))
    return "".join(out), origin


# A month's pay someone else draws, told as news ("his salary 30k a month", "同事说他表哥在谷歌
# 上班，月薪3万", "gaji dia RM12k sebulan", "அவன் சம்பளம் மாசம் $20k"): a third person's wage
# offers the reader nothing. Only a month's: "my friend earns $500 a day doing this" is the task
# scam's testimony, and a day's or a week's pay stays read whoever draws it.
_THEIRS = re.compile(
    r"\b(?:his|her|their)\s+(?:[\w']+\s+){0,2}?(?:salary|pay|income|wage|wages|paycheck"
    r"|pay\s?cheque|take.?home)\b"
    r"|\b(?:he|she|they)(?:'s|\s+is|\s+was|\s+now)?\s+(?:\w+\s+){0,1}?(?:earns?|earning|earned"
    r"|makes?|making|made|draws?|drawing|gets?|getting|got|takes? home|took home|pulls? in)\b"
    r"|[他她](?![们]?(?:说|讲|表示|称))[^。！？!?\n]{0,12}?(?:月薪|年薪|工资|薪水|收入|月入|一个月)"
    r"|\b(?:gaji|pendapatan)\s+(?:\w+\s+)?dia\b|\bdia\s+(?:\w+\s+)?(?:gaji|dapat)\b"
    r"|\b(?:he|she|they|my\s+\w+|his\s+\w+|her\s+\w+)\s+(?:just\s+|finally\s+)?(?:got|landed"
    r"|found|started)\s+(?:a\s+|an\s+|the\s+)?(?:new\s+)?(?:job|offer|role|position)\b"
    r"|(?:அவன|அவள|அவர|அவங்க|அண்ணன|அக்கா|தம்பி|தங்கை|கணவர|மனைவி|மகன|மகள)\S*\s+"
    r"(?:\S+\s+){0,2}(?:சம்பள|வேலை கிடை)"
    r"|(?:அவன|அவள|அவர|அவங்க|அண்ணன|அக்கா|தம்பி|தங்கை|கணவர|மனைவி|மகன|மகள)\S*க்கு\s+(?:\S+\s*){0,2}$",
    re.IGNORECASE,
)
_THEIRS_REACH: Final = 60
"""How far (characters) before an amount its owner is looked for, within the sentence."""
_SENTENCE_START = re.compile(r".*[.!?。！？\n]\s", re.DOTALL)


def _someone_elses(text: str, amount_at: int) -> bool:
    """Whether the words just before the amount at ``amount_at`` make it a third person's pay."""
    before = text[max(0, amount_at - _THEIRS_REACH) : amount_at]
    stop = _SENTENCE_START.match(before)
    if stop:
        before = before[stop.end() :]
    return bool(_THEIRS.search(before))


def pay_spans(text: str) -> Iterator[tuple[int, int, bool]]:
    """The spans of ``text`` that tell pay no real part-time job gives, each with its owner.

    The flag says a span is a third person's month's pay (:func:`_someone_elses`): news,
    unless the reader is invited to earn it too, which the rules judge (``their_pay``).
    """
    if has_chinese(text) and _CN_SPOKEN.search(text):
        read, origin = _arabic(text)
        for start, end, theirs in _high_pay(read):
            yield origin[start], origin[end], theirs
        return
    yield from _high_pay(text)


def high_pay(text: str) -> Iterator[tuple[int, int]]:
    """The spans of ``text`` that promise pay no real part-time job gives."""
    return ((start, end) for start, end, theirs in pay_spans(text) if not theirs)


def _written_currency(match: re.Match[str]) -> str:
    """The currency an amount of :data:`_AMOUNT` is written with, or ``""``."""
    written = next(
        (match.group(g) for g in ("cur1", "cur2", "cur3", "cur4") if match.group(g)), ""
    )
    return _CURRENCY.get(written.lower().strip(), "")


def _bare_currency(number: str, text: str) -> str:
    """The currency of an amount written bare, by the message's language.

    Yuan in Chinese ("月薪5000", "日赚300"), dollars otherwise; one counted in Indonesian
    thousands or millions ("50rb", "2jt") is rupiah.
    """
    if _RUPIAH_UNIT.search(number):
        return "rupiah"
    return "yuan" if has_chinese(text) else "dollar"


def _high_pay(text: str) -> Iterator[tuple[int, int, bool]]:
    if not _A_DIGIT.search(text) or not _ANY_PERIOD.search(text):
        return
    lowered = text.lower()
    for match in (_PAY_LOWERED if _cased(lowered) else _PAY).finditer(lowered):
        period_word = match.group("period2") or match.group("period1")
        short = match.group("short")
        if not period_word and not short:
            continue
        period = _PERIOD[period_word.lower()] if period_word else {"d": "day", "h": "hour"}[short]
        # A day the amount is borrowed until is no rate ("சம்பள நாள் வரை $300 கடன்", "till
        # payday $300"): the period stands before the amount with "until" between them.
        if match.group("period1") and _UNTIL.search(
            lowered, match.end("period1"), match.start("low")
        ):
            continue
        currency = _written_currency(match)
        if not currency:
            if not _EARN.search(
                lowered, max(0, match.start() - 30), match.start("low") + 4
            ) and not _EARN_AFTER.match(lowered, match.end()):
                continue
            currency = _bare_currency(match.group("high") or match.group("low"), text)
        amount = _value(match.group("high") or match.group("low"))
        if amount >= _LIMITS[currency][period]:
            theirs = period == "month" and _someone_elses(lowered, match.start("low"))
            yield match.start(), match.end(), theirs


# ---- Returns a year ---------------------------------------------------------------------------
# "My ETF made 20% this year", "CPF SA gives 4% a year", "DBS shares இந்த வருஷம் 12% லாபம்",
# "今年股票赚了12%": a return counted over a year is what markets, funds and savings give; the
# returns investment scams promise are counted by the day, the week or the month ("30% weekly",
# "月收益20%", "untung 10% sebulan"). A percentage in a big-returns phrase is no big return when
# its sentence looks back on a year (this year, last year, 今年) and it is at most this much, or
# states a yearly rate (p.a., 年化, setahun) at most what deposits, bonds and CPF pay; and the
# sentence names no shorter period. "年化回报18%的理财项目，风险很低" is an offer, not a year
# looked back on: 18 % a year is no deposit's rate.
MODEST_YEARLY_PERCENT: Final = 30.0
MODEST_YEARLY_RATE: Final = 8.0

_PERCENT = re.compile(r"(\d+(?:[.,]\d+)?)\s*[%％]")
_SENTENCE_END = re.compile(r"[!?。！？\n]|\.(?=\s|$)")
_CONTEXT = 80
"""How far (characters) around a hit its sentence is looked for, at most."""
_A_YEAR_LOOKED_BACK = re.compile(
    r"\b(?:this|last|past|the) year\b"
    r"|\bytd\b|\byear to date\b|\bin \d{4}\b"
    r"|\btahun (?:ini|ni|lepas|lalu)\b"
    r"|今年|去年|全年|年度"
    r"|இந்த வருஷ|இந்த வருட|இந்த ஆண்டு|போன வருஷ|ஆண்டு(?!க்கு)"
    r"|\bintha varusham\b|\bvarusham\b",
    re.IGNORECASE,
)
_A_YEARLY_RATE = re.compile(
    r"\b(?:a|per|every|each|one|1) year\b|\byearly\b"
    r"|\bannual(?:ly|ised|ized)?\b"
    r"|\bp\.?\s?a\b|\bper annum\b"
    r"|\bsetahun\b|\bper tahun\b|\btahunan\b"
    r"|每年|年化|一年"
    r"|ஆண்டுக்கு|வருடத்திற்கு|வருஷத்துக்கு",
    re.IGNORECASE,
)
_SHORTER = re.compile(
    r"\b(?:dail(?:y|ies)|days?|week(?:s|ly)?|month(?:s|ly)?|hours?|hrs?|min(?:ute)?s?|mth|mthly"
    r"|(?<!tengah )hari|sehari|harian|minggu|seminggu|mingguan|bulan|sebulan|bulanan|jam)\b"
    r"|每天|每日|日|天|周|星期|礼拜|月|小时|நாள|தினமும|தினசரி|வார|மாத|மாச"
    r"|\b(?:naal|dhinamum|vaaram|vaarathula|maasam|masam)\b",
    re.IGNORECASE,
)


def _sentence(text: str, start: int, end: int) -> str:
    """The sentence around ``text[start:end]`` (at most :data:`_CONTEXT` characters each side)."""
    before = text[max(0, start - _CONTEXT) : start]
    after = text[end : end + _CONTEXT]
    ends = list(_SENTENCE_END.finditer(before))
    if ends:
        before = before[ends[-1].end() :]
    stop = _SENTENCE_END.search(after)
    if stop:
        after = after[: stop.start()]
    return before + text[start:end] + after


def modest_yearly_return(text: str, start: int, end: int) -> bool:
    """Whether the percentage in ``text[start:end]`` is a year's return markets really give."""
    percents = [_value(m.group(1).replace(",", ".")) for m in _PERCENT.finditer(text[start:end])]
    if not percents:
        return False
    sentence = _sentence(text, start, end)
    if _SHORTER.search(sentence):
        return False
    most = max(percents)
    return bool(
        (most <= MODEST_YEARLY_PERCENT and _A_YEAR_LOOKED_BACK.search(sentence))
        or (most <= MODEST_YEARLY_RATE and _A_YEARLY_RATE.search(sentence))
    )


# "100% profit", "100% safe": a sure thing. Numbers are read as one mark, so the term also finds
# "15% profit" ("made 15% profit on my stocks"), which is a return, not a guarantee.
_PERCENT_WORD = re.compile(r"\s*(\d+(?:[.,]\d+)?)\s*[%％]\s*\S+\s*")


def short_of_certain(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a percentage and its word, the percentage under 100."""
    match = _PERCENT_WORD.fullmatch(text, start, end)
    return match is not None and _value(match.group(1).replace(",", ".")) < 100


# ---- Pay told as taken over a period just past ---------------------------------------------
# "last week I made $1,800", "earned $6,000 this month", "income this month 5k", "本月收入5千",
# "我同事上个月赚了6000", "bulan ini dapat RM5,000", "இந்த மாசம் $4,000 சம்பாதிச்சேன்", "intha
# maasam income 6k": what someone (the writer or a third person) took over a day, a week or a
# month just gone is news, not a rate offered, however large ("this month my OT very shiok, got
# $600 extra", "my ex-colleague earned $6,000 this month from commission"). It is the task
# scam's testimony only beside an invitation to earn it too, which the rules judge: such spans
# are marked as their_pay, like a third person's month. The bar is half the rate's (a month's
# $2,500, a week's $500): a part-time job's takings told to recruit run under the rate a real
# advert would not state. "in 2 weeks" counts the period twice.
_TOLD_PERIOD: Final = {
    "this month": "month",
    "last month": "month",
    "past month": "month",
    "previous month": "month",
    "this mth": "month",
    "last mth": "month",
    "this week": "week",
    "last week": "week",
    "past week": "week",
    "this wk": "week",
    "last wk": "week",
    "today": "day",
    "yesterday": "day",
    "本月": "month",
    "这个月": "month",
    "這個月": "month",
    "上个月": "month",
    "上個月": "month",
    "上月": "month",
    "本周": "week",
    "这周": "week",
    "这星期": "week",
    "这个星期": "week",
    "上周": "week",
    "上星期": "week",
    "上个星期": "week",
    "这礼拜": "week",
    "上礼拜": "week",
    "今天": "day",
    "昨天": "day",
    "bulan ini": "month",
    "bulan ni": "month",
    "bulan lepas": "month",
    "bulan lalu": "month",
    "minggu ini": "week",
    "minggu ni": "week",
    "minggu lepas": "week",
    "minggu lalu": "week",
    "hari ini": "day",
    "hari ni": "day",
    "semalam": "day",
    "இந்த மாசம்": "month",
    "இந்த மாதம்": "month",
    "போன மாசம்": "month",
    "போன மாதம்": "month",
    "இந்த வாரம்": "week",
    "போன வாரம்": "week",
    "இன்னைக்கு": "day",
    "இன்று": "day",
    "intha maasam": "month",
    "indha maasam": "month",
    "intha masam": "month",
    "poona maasam": "month",
    "pona maasam": "month",
    "intha vaaram": "week",
    "indha vaaram": "week",
    "poona vaaram": "week",
    "pona vaaram": "week",
    "innaiku": "day",
}
_TOLD_PERIOD_RE = re.compile(
    # The look-ahead names the first characters of every alternative (as _ANY_PERIOD's does).
    "(?=[" + re.escape("".join(sorted({w[0] for w in _TOLD_PERIOD} | {"i"}))) + "])"
    r"(?<![a-z])(?:"
    + "|".join(map(re.escape, sorted(_TOLD_PERIOD, key=len, reverse=True)))
    + r")(?![a-z])"
    + r"|(?<![a-z])in\s(?P<count>[2-9])\s?(?P<unit>days|weeks|months)(?![a-z])",
    re.IGNORECASE,
)
# The same on lowered text without IGNORECASE (see _PAY_LOWERED): a third less CPU.
_TOLD_PERIOD_LOWERED = re.compile(_TOLD_PERIOD_RE.pattern)
_TOLD_AMOUNT = re.compile(rf"{_AMOUNT}(?:{_RANGE}{_UPPER})?", re.IGNORECASE)
_TOLD_EARN = re.compile(
    r"earn|\bmade\b|\bmake\b|\bmakes\b|\bgot\b|\bget\b|income|commission|took home|take home"
    r"|赚|收入|佣金|月入|拿了|dapat|\bdpt\b|pendapatan|komisen|gaji|சம்பாதி|சம்பளம்|வருமானம்"
    r"|sambaadhi|sambadhi|sambathi",
    re.IGNORECASE,
)
_TOLD_REACH: Final = 45
"""How far (characters) from a period just past its amount is looked for, within the sentence."""
_TOLD_STOP = re.compile(r"[.!?。！？\n;；]")
_SCALED = re.compile(r"(?:k|千|万|w|rb|ribu|jt|juta|lakhs?)$", re.IGNORECASE)


def told_pay(text: str) -> Iterator[tuple[int, int]]:
    """The spans of ``text`` that tell pay taken over a period just past (news, see above)."""
    if not _A_DIGIT.search(text):
        return
    lowered = text.lower()
    if not _told_periods(lowered).search(lowered):
        return
    if has_chinese(text) and _CN_SPOKEN.search(text):
        read, origin = _arabic(text)
        for start, end in _told_pay(read):
            yield origin[start], origin[end]
        return
    yield from _told_pay(text)


def _told_periods(lowered: str) -> re.Pattern[str]:
    """The pattern of a period just past for a lowered text (see :func:`_cased`)."""
    return _TOLD_PERIOD_LOWERED if _cased(lowered) else _TOLD_PERIOD_RE


def _told_pay(text: str) -> Iterator[tuple[int, int]]:
    lowered = text.lower()
    seen: set[int] = set()
    for told in _told_periods(lowered).finditer(lowered):
        if told.group("unit"):
            period, count = told.group("unit")[:-1], int(told.group("count"))
        else:
            period, count = _TOLD_PERIOD[told.group(0)], 1
        start = max(0, told.start() - _TOLD_REACH)
        before = list(_TOLD_STOP.finditer(lowered, start, told.start()))
        if before:
            start = before[-1].end()
        stop = _TOLD_STOP.search(lowered, told.end(), told.end() + _TOLD_REACH)
        end = stop.start() if stop else min(len(lowered), told.end() + _TOLD_REACH)
        if not _TOLD_EARN.search(lowered, start, end):
            continue
        for match in _TOLD_AMOUNT.finditer(lowered, start, end):
            if match.start() in seen or told.start() <= match.start() < told.end():
                continue
            number = match.group("high") or match.group("low")
            currency = _written_currency(match)
            if not currency:
                # A bare figure is pay only when written as an amount ("5k", "5千", "8000多"
                # beside 收入), never a count ("2 weeks", "38 orders").
                if not _SCALED.search(number.strip()) and not (
                    has_chinese(text) and _value(number) >= 100
                ):
                    continue
                currency = _bare_currency(number, text)
            if _value(number) / count >= _LIMITS[currency][period] / 2:
                seen.add(match.start())
                yield match.start(), match.end()
