"""Concepts: normalisation, lexicon syntax, matching in four languages, parity of lexicons."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from checkers import concepts
from checkers.concepts import (
    CLAUSE_BREAK,
    LANGUAGES,
    Lexicon,
    LexiconError,
    alternatives,
    clause_marks,
    concept_table,
    parse_lexicon,
    read_lexicon,
    shipped_lexicon,
    term_counts,
)
from checkers.rules import CONDITION, CONTRAST, JOINED_TURN, TURN, WARNING, shipped_rules
from checkers.tamil import (
    english,
    loan_spellings,
    number_forms,
    passive_forms,
    spoken,
    spoken_forms,
)
from checkers.wording import LINK, MONEY, NUMBER, normalise, normalise_word

SYNTHETIC = {
    "link",
    "money",
    "chat_app",
    "hosted_link",
    "short_link",
    "toll_free",
    "landline",
    "phone",
    "hotline",
    "high_pay",
    "their_pay",
    "agency_licence",
    "premium_number",
    "disguised_letters",
}
"""Concepts the message's indicators supply (see checkers.case.read_text)."""


def concepts_in(text: str, lexicon: Lexicon | None = None) -> dict[str, str]:
    """Each concept found, quoted where it is found first (the longest match there)."""
    lexicon = lexicon or shipped_lexicon()
    found: dict[str, str] = {}
    for hit in sorted(lexicon.find(normalise(text)), key=lambda h: (h.start, -h.end)):
        found.setdefault(hit.concept, text[hit.start : hit.end])
    return found


def test_normalisation_reads_what_filter_dodgers_write() -> None:
    assert normalise("P.ay y.our b.ill").text == "pay your biii"
    assert normalise("acc0unt b1ocked, cIick").text == "account biocked, ciick"
    assert normalise("SING/POST").text == "singpost"
    assert normalise("ʏᴏᴜʀ ᴀᴄᴄᴏᴜɴᴛ").text == "your account"  # small capitals
    assert normalise("Yоur аccount").text == "your account"  # Cyrillic о and а among Latin
    assert normalise("a c c o u n t is l-o-c-k-e-d").text == "account is iocked"
    # Three letters alone are words, not one spelt out (and SMS short forms: "you are").
    assert normalise("u r a star").text == "you are a star"
    assert normalise("加 微 信，兼/职").text == "加微信，兼职"
    assert normalise("這裡是警務處").text == "这里是警务处"
    assert (
        normalise("earn $200 to $500, code 1234").text == f"earn {MONEY} to {MONEY}, code {NUMBER}"
    )
    # Tamil writes the unit after the number, a lakh or a thousand between.
    assert normalise("500 டாலர் அனுப்பு").text == f"{MONEY} அனுப்பு"
    assert normalise("20 லட்சம் ரூபாய்").text == MONEY
    assert normalise("10 ஆயிரம் பேர்").text == f"{NUMBER} ஆயிரம் பேர்"
    # So do English and Malay, the unit spelt out ("dollars" once went unread: every "l" is read
    # as an "i" before amounts are looked for).
    assert normalise("500 dollars now").text == f"{MONEY} now"
    assert normalise("7.3 million dollars").text == MONEY
    assert normalise("5 juta ringgit").text == MONEY
    assert normalise("2 million people").text == f"{NUMBER} miiiion peopie"


def test_chinese_amounts_as_they_are_said_are_amounts() -> None:
    # Speech-to-text writes an amount's last figure with no unit after it.
    assert normalise("你先转三万五过来").text == f"你先转{MONEY}过来"
    assert normalise("手续费两千八").text == f"手续费{MONEY}"
    assert normalise("三万五千块").text == f"{MONEY}块"
    # A currency named after the numerals, as "元" is.
    assert normalise("要赔五千令吉").text == f"要赔{MONEY}"
    assert normalise("三百新币").text == MONEY
    # Not when more figures or a counted thing follow, nor "万一" (in case).
    assert normalise("两千八百米").text == "两千八百米"
    assert normalise("一千二百人").text == "一千二百人"
    assert normalise("万一出事").text == "万一出事"


def test_crypto_amounts_are_amounts_and_the_coin_stays_a_word() -> None:
    assert normalise("100 USDT").text == f"{MONEY} usdt"
    assert normalise("500 USDT (TRC20)").text == f"{MONEY} usdt (trc{NUMBER})"
    assert normalise("0.05 BTC").text == f"{MONEY} btc"
    assert normalise("2k usdt").text == f"{MONEY} usdt"
    assert normalise("充值100U").text == f"充值{MONEY}u"
    assert normalise("入金三千U起").text == f"入金{MONEY}u起"
    # One figure before a U is "to you", and a U盘 is a USB stick.
    assert normalise("send 2u later").text == f"send {NUMBER}u iater"
    assert normalise("买了16u盘").text == f"买了{NUMBER}u盘"
    # The terms that name the coin still find it.
    lexicon = Lexicon(parse_lexicon("[crypto]\nbayar .. usdt\nsend <money> btc\n", "en"))
    assert [h.concept for h in lexicon.find(normalise("bayar 50 USDT"))] == ["crypto"]
    assert [h.concept for h in lexicon.find(normalise("send 0.5 BTC now"))] == ["crypto"]


def test_amounts_in_words_before_their_currency_are_amounts() -> None:
    assert normalise("lima ratus ringgit").text == MONEY
    assert normalise("deposit lima puluh ringgit dulu").text == f"deposit {MONEY} duiu"
    assert normalise("five hundred dollars").text == MONEY
    assert normalise("two thousand bucks").text == MONEY
    assert normalise("ஐந்தாயிரம் ரூபாய் பரிசு").text == f"{MONEY} பரிசு"
    # Figures in words with no currency stay words.
    assert normalise("lima ratus orang").text == "iima ratus orang"
    assert normalise("five hundred people").text == "five hundred peopie"


def test_a_bare_amount_in_thousands_is_an_amount_but_not_a_race_or_a_count() -> None:
    assert normalise("earn 5k per week").text == f"earn {MONEY} per week"
    assert normalise("borrow 1.2k today").text == f"borrow {MONEY} today"
    assert normalise("salary 3k").text == f"saiary {MONEY}"
    assert normalise("ran a 5k run").text == f"ran a {NUMBER}k run"
    assert normalise("10k steps").text == f"{NUMBER}k steps"
    assert normalise("4k TV").text == f"{NUMBER}k tv"
    assert normalise("2k followers").text == f"{NUMBER}k foiiowers"


def test_a_unit_glued_to_an_amount_ends_it_before_a_slash() -> None:
    # "$6k/mth" is six thousand a month, not "$6" and a word "kmth".
    assert normalise("$6k/mth").text == f"{MONEY}/mth"
    assert normalise("earn 3k/month").text == f"earn {MONEY}/month"
    assert normalise("150p/msg").text == f"{NUMBER}pmsg"
    assert normalise("SING/POST").text == "singpost"


def test_pauses_in_chinese_speech_to_text_end_clauses_not_sentences() -> None:
    written = "喂 您好 我是客服 不要挂电话 嗯 您先把验证码告诉我"
    said = normalise(written)
    assert said.sentences == ()
    # Each pause is a clause mark: the space before the words that go on.
    assert [written[at + 1] for at in said.commas] == ["您", "我", "不", "嗯", "您"]
    assert [written[h.start : h.end] for h in clause_marks(said)] == [" "] * 5
    # A word spaced out character by character, and a space after a negation, are no pauses.
    assert normalise("请 加 微 信 领取").commas == ()
    assert normalise("千万不要 把验证码发给别人").commas == ()


def test_sms_short_forms_are_read_as_the_words_they_stand_for() -> None:
    assert (
        normalise("pls confirm ur acct b4 2day").text == "piease confirm your account before today"
    )
    assert normalise("U R DUE A REFUND, ur pkg is on hold").text == (
        "you are due a refund, your package is on hoid"
    )
    # Whole words only: not the U of "U.S." or "U-turn", nor the "2u" of "Maybank2u".
    assert normalise("U.S. Mail, a u-turn, Maybank2u").text == "u.s. maii, a u-turn, maybank#u"
    # Chat forms a marketplace seller or buyer writes ("many ppl asking", "pay thru PayNow",
    # "tmr", "i paid alr"); whole words only, not the "thru" of "thru-hole" nor "alright".
    assert normalise("many ppl asking, pay thru PayNow tmr, i paid alr").text == (
        "many peopie asking, pay through paynow tomorrow, i paid aiready"
    )
    assert normalise("Thru-hole, alright").text == "thru-hoie, airight"
    # A term spelt with the long words finds the short forms, and one spelt short the long words.
    assert concepts_in("ur subscription has expired")["account"] == "ur subscription"
    assert normalise_word("ur") == "your"


def test_marked_boxed_and_tilde_spelt_letters_are_read_plain() -> None:
    assert normalise("yóur àccóunt hás bèen süspended").text == "your account has been suspended"
    assert normalise("🅿🅰🆈 🅽🅾🆆").text == "pay now"  # NFKC leaves these be
    assert normalise("a~c~c~o~u~n~t b•l•o•c•k•e•d").text == "account biocked"
    assert normalise("José's café résumé").text == "joses cafe resume"
    assert concepts_in("Yоur àccоunt is süspended")["account"] == "Yоur àccоunt"


def test_normalisation_keeps_words_apart_and_files_whole() -> None:
    assert normalise("won.Click").text == "won.ciick"
    assert normalise("processing/insurance fee").text == "processing/insurance fee"
    assert normalise("Undangan_Digital.apk").text == "undangan_digitai.apk"


def test_links_become_one_placeholder_and_positions_map_back() -> None:
    text = "Click https://dbs-verify.xyz/login now"
    message = normalise(text, [("https://dbs-verify.xyz/login", False)])
    assert message.text == f"ciick {LINK} now"
    link = message.text.index(LINK)
    assert text[message.origin[link] : message.until[link]] == "https://dbs-verify.xyz/login"


def test_sentences_are_counted() -> None:
    message = normalise("Do not share your OTP. Send it to me! 好的。行")
    assert [message.sentence_of(i) for i in (0, message.text.index("send"))] == [0, 1]
    assert message.sentence_of(len(message.text) - 1) == 3


@pytest.mark.parametrize(
    ("text", "concept", "quoted"),
    [
        ("We are hiring part-timers now", "job_offer", "We are hiring"),
        ("Part time job", "job_offer", "Part time"),
        ("招聘网络兼职人员", "job_offer", "招聘"),
        ("招聘网络兼职人员", "task_work", None),
        ("Peluang kerja dari rumah", "job_offer", "Peluang kerja"),
        ("Peluang kerja dari rumah", "easy_pay", None),
        ("வீட்டிலிருந்து வேலை", "job_offer", "வீட்டிலிருந்து வேலை"),
        ("Earn $300 a day", "easy_pay", "Earn $300"),
        ("please send me the OTP", "ask_send", "send me"),
        ("請把驗證碼發給我", "otp", "驗證碼"),
        ("We are recruiting", "job_offer", "recruiting"),
    ],
)
def test_concepts_are_found_and_quoted_as_written(
    text: str, concept: str, quoted: str | None
) -> None:
    assert concepts_in(text).get(concept) == quoted


def test_word_gaps_prefixes_and_slots() -> None:
    lexicon = Lexicon(
        parse_lexicon(
            "[pay_rate]\n<money> .. per day\n[recruit]\nrecruit*\n[code]\n<num> digit code\n", "x"
        )
    )
    assert concepts_in("earn $200 to $500 per day", lexicon)["pay_rate"] == "$200 to $500 per day"
    assert concepts_in("our recruiters", lexicon) == {"recruit": "recruiters"}
    assert concepts_in("the 6-digit code", lexicon) == {"code": "6-digit code"}
    assert concepts_in("earn $200 to you and them and us per day", lexicon) == {}
    # A term's words stand in one sentence: a full stop ends it, an exclamation need not.
    assert concepts_in("earn $200. Per day", lexicon) == {}
    assert concepts_in("earn $200! per day", lexicon)["pay_rate"] == "$200! per day"


def test_words_run_together_are_read_apart() -> None:
    lexicon = Lexicon(
        parse_lexicon("[threat]\nyour .. account has been locked\n[parcel]\npackage*\n", "x")
    )
    found = concepts_in("Chase:youraccount hasbeenlocked", lexicon)
    assert found == {"threat": "youraccount hasbeenlocked"}
    assert concepts_in("USPS:yourpackage isonhold", lexicon) == {"parcel": "package"}
    # A word that glue words alone make ("nowhere"), or one that a term spells, stays whole.
    assert concepts_in("nowhere to be found", lexicon) == {}
    assert concepts_in("packages", lexicon) == {"parcel": "packages"}
    # A run of more letters than a sentence glues is no sentence: it is not split.
    assert concepts_in("USPS:" + "your" * 9 + "package", lexicon) == {}
    assert concepts_in("USPS:" + "your" * 8 + "package", lexicon) == {"parcel": "package"}


def test_character_terms_skip_up_to_eight_characters() -> None:
    lexicon = Lexicon(parse_lexicon("[job]\n兼职..微信\n", "zh"))
    assert "job" in concepts_in("兼职工作请加微信", lexicon)
    assert "job" not in concepts_in("兼职工作内容很简单时间自由收入稳定请加微信", lexicon)


def test_a_tamil_term_is_found_whatever_consonant_the_next_word_doubles() -> None:
    # Tamil doubles a word's first consonant onto the word before (மின்சார + கட்டணம் is
    # written மின்சாரக் கட்டணம்): one spelling of the term finds both.
    lexicon = Lexicon(parse_lexicon("[bill]\nமின்சார கட்டண\n", "ta"))
    assert "bill" in concepts_in("உங்கள் மின்சாரக் கட்டணம் நிலுவையில் உள்ளது", lexicon)
    assert "bill" in concepts_in("உங்கள் மின்சார கட்டணம் நிலுவையில் உள்ளது", lexicon)
    assert normalise("பணத்தைப் பெற").text == "பணத்தை பெற"
    assert normalise("பணம் பெற").text == "பணம் பெற"  # a pulli before another letter stays


def test_a_one_character_chinese_term_is_found_anywhere() -> None:
    # A single character is a whole word in Chinese (妈, 勿): found at the start, inside and
    # as the last character of a message, and as the first piece of a gapped term.
    lexicon = Lexicon(parse_lexicon("[relative]\n妈\n[fee]\n交..费\n", "zh"))
    assert "relative" in concepts_in("妈，我换号了", lexicon)
    assert "relative" in concepts_in("我是你妈", lexicon)
    assert "relative" in concepts_in("打给妈", lexicon)
    assert "fee" in concepts_in("先交保证金费用", lexicon)
    assert concepts_in("我换号了", lexicon) == {}


@pytest.mark.parametrize(
    ("source", "problem"),
    [
        ("term before a concept\n", r"outside a \[concept\]"),
        ("[Bad Name]\nx\n", "bad concept name"),
        ("[c]\nab*\n", "shorter than 3 letters"),
        ("[c]\n.. gap first\n", "bad term"),
        ("[c]\npay..supplier\n", "stands apart"),
        ("[c]\n兼职..\n", "bad character term"),
        ("[c]\nலிங்க்*\n", "is for words in Latin letters"),
        ("[c]\n兼职*\n", "is for words in Latin letters"),
    ],
)
def test_lexicon_errors_name_the_line(source: str, problem: str) -> None:
    with pytest.raises(LexiconError, match=problem):
        parse_lexicon(source, "x")


def test_every_concept_a_rule_names_exists_in_every_language() -> None:
    """Parity: a rule that needs a concept works in English, Chinese, Malay and Tamil."""
    book = shipped_rules()
    codes = {rule.code for rule in book.rules}
    counts = term_counts(shipped_lexicon())
    named = {name for rule in book.rules for name in rule.names} - codes - SYNTHETIC
    named |= book.negatable | book.quoting | book.doubting | book.retelling | {"negation"}
    named |= {TURN, JOINED_TURN}
    missing = {
        concept: [
            lang for lang in ("en", "zh", "ms", "ta") if not counts.get(concept, {}).get(lang)
        ]
        for concept in named
        if concept not in counts.get(concept, {}) and not counts.get(concept, {}).get("common")
    }
    missing = {concept: langs for concept, langs in missing.items() if langs}
    assert missing == {}


def test_every_lexicon_concept_is_used_by_a_rule() -> None:
    book = shipped_rules()
    used = {name for rule in book.rules for name in rule.names}
    used |= book.negatable | book.quoting | book.doubting | book.retelling | {"negation"}
    used |= {CLAUSE_BREAK, CONDITION, CONTRAST, WARNING}  # a negation's scope (rules._scopes)
    used |= {TURN, JOINED_TURN}  # where a retelling's report ends (rules._turn)
    used |= {"not_" + name for name in used}
    unused = set(term_counts(shipped_lexicon())) - used
    assert unused == set()


def test_a_synonym_is_spelled_once_per_language() -> None:
    seen: dict[tuple[str, str, str], int] = {}
    for term in shipped_lexicon().terms:
        key = (term.language, term.concept, term.source.lower())
        seen[key] = seen.get(key, 0) + 1
    assert [key for key, n in seen.items() if n > 1] == []


@pytest.mark.parametrize("language", ["common", "en", "ms", "ta", "zh"])
def test_no_term_is_lost_as_a_comment(language: str) -> None:
    # A line that starts with "#" is a comment: a term written "# % sehari" (a number, then
    # "% sehari") would silently never match. Inside the concepts, comments are only banners.
    lines = read_lexicon(language).splitlines()
    first = next(i for i, line in enumerate(lines) if line.startswith("["))
    stray = [
        line for line in lines[first:] if line.startswith("#") and not line.startswith("# --")
    ]
    assert stray == []


def test_the_readme_table_of_concepts_matches_the_lexicons() -> None:
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text("utf-8")
    block = readme.split("<!-- concepts:start -->", 1)[1].split("<!-- concepts:end -->", 1)[0]
    assert block.strip() == concept_table(shipped_lexicon()), (
        "run: python scripts/concepts_table.py"
    )


def test_a_lexicon_word_is_normalised_as_a_message_would_be() -> None:
    """The fast path for plain words gives what the whole normalisation gives, for every word
    of every shipped lexicon (and for words it leaves to the whole normalisation)."""
    words = {
        word.rstrip("*")
        for language in LANGUAGES
        for line in read_lexicon(language).splitlines()
        if line.strip() and not line.startswith(("#", "["))
        for word in line.split("  #", 1)[0].split()
    }
    words |= {"Cl1ck", "don't", "P.ay", "SING/POST", "ACCOUNT", "Löwe"}
    assert len(words) > 5000
    assert {w for w in words if normalise_word(w) != normalise(w).text} == set()


def test_a_malay_term_finds_its_word_with_affixes() -> None:
    # Read as Malay, a word is also its root (dibayar is bayar) and the lexicon's words that
    # share its root (pembayaran is dibayar); short forms are spelled out (utk is untuk).
    lexicon = Lexicon(parse_lexicon("[pay]\nbayar yuran\n[fee]\ndibayar segera\n", "ms"))

    def found(text: str, language: str = "ms") -> set[str]:
        return {hit.concept for hit in lexicon.find(normalise(text), language)}

    assert found("yuran mesti dibayar") == set()
    assert found("sila membayar yuran") == {"pay"}
    assert found("pembayaran yuran anda") == {"pay"}
    assert found("pembayaran segera diperlukan") == {"fee"}
    assert found("pembayaran segera diperlukan", "en") == set()  # only in messages read as Malay
    short = Lexicon(parse_lexicon("[urgency]\ndalam masa <num> jam\n", "ms"))
    assert {h.concept for h in short.find(normalise("dlm masa 24 jam"), "ms")} == {"urgency"}


def test_malay_stems_undo_the_nasal_of_men_and_pen() -> None:
    from checkers.malay import stems

    assert "bayar" in stems("pembayaran")
    assert "tolong" in stems("menolong")
    assert "simpan" in stems("menyimpan")
    assert "pilih" in stems("memilih")
    assert "kirim" in stems("mengirim")
    assert "sah" in stems("pengesahan")
    assert stems("ya") == ()


def test_a_malay_root_that_ends_like_a_suffix_keeps_it() -> None:
    from checkers.malay import stems

    # "makan" (to eat) is no "mak" (mother) with "-an", "semak" (to check) none with "se-";
    # "maknya" is still her mother. "pengambilan" (an intake of staff) is read only as itself,
    # not from "ambil" (to take).
    assert "mak" not in stems("makan")
    assert "mak" not in stems("makannya")
    assert "mak" not in stems("semakan")
    assert "pak" not in stems("memakan")
    assert "mak" in stems("maknya")
    assert "makan" in stems("makanan")
    lexicon = Lexicon(parse_lexicon("[job_offer]\npengambilan\n", "ms"))
    assert lexicon.find(normalise("nanti aku ambil tunai di rumah"), "ms") == []
    assert lexicon.find(normalise("pengambilan pekerja"), "ms") != []


def test_a_tamil_loanword_reaches_the_english_terms() -> None:
    # லிங்க்கை is "link" with an ending glued on: a message read as Tamil finds English terms.
    lexicon = Lexicon(parse_lexicon("[click]\nclick .. link\n", "en"))
    message = normalise("இந்த கிளிக் செய்து லிங்க்கை திறக்கவும்")
    assert {hit.concept for hit in lexicon.find(message, "ta")} == {"click"}
    assert lexicon.find(message) == []


def test_a_tamil_noun_in_m_finds_its_oblique_stem() -> None:
    # பணம் takes its endings on பணத்த- (பணத்தை, பணத்தில்): a term spelled பணம் finds them.
    lexicon = Lexicon(parse_lexicon("[money]\nபணம்\n[home]\nவீடு\n", "ta"))
    assert "money" in concepts_in("உங்கள் பணத்தை அனுப்புங்கள்", lexicon)
    assert "home" in concepts_in("நான் வீட்டில் இருக்கிறேன்", lexicon)
    assert lexicon.terms == tuple(parse_lexicon("[money]\nபணம்\n[home]\nவீடு\n", "ta"))
    # A noun inside a term takes its endings too: பணம் அனுப்ப finds பணத்தை அனுப்ப.
    lexicon = Lexicon(parse_lexicon("[money_request]\nபணம் அனுப்ப\n", "ta"))
    assert "money_request" in concepts_in("உங்க பணத்தை அனுப்புங்க", lexicon)
    assert "money_request" in concepts_in("பணத்துக்கு அனுப்பு", lexicon)


def test_a_short_tamil_term_is_found_only_where_a_word_starts() -> None:
    # ஃபீஸ் (fee) is not in ஆஃபீஸ் (office), ரேட் பண்ண (rate) not in அப்கிரேட் பண்ண
    # (upgrade), வரி (tax) not in முகவரி (address); each still takes its endings.
    text = "[fee]\nஃபீஸ்\n[rate]\nரேட் பண்ண\n[tax]\nவரி\n[long]\nகட்டணம்\n"
    lexicon = Lexicon(parse_lexicon(text, "ta"))
    assert "fee" not in concepts_in("உங்கள் ஆஃபீஸ் ஐடி கார்டு தயார்", lexicon)
    assert "fee" in concepts_in("ரெஜிஸ்ட்ரேஷன் ஃபீஸை கட்டுங்க", lexicon)
    assert "rate" not in concepts_in("சிம் அப்கிரேட் பண்ண கால் பண்ணுங்க", lexicon)
    assert "rate" in concepts_in("ஹோட்டலை ரேட் பண்ணுங்க", lexicon)
    assert "tax" not in concepts_in("உங்கள் முகவரியை சொல்லுங்க", lexicon)
    assert "tax" in concepts_in("வரியை கட்டுங்க", lexicon)
    # A longer word is still found inside others (சேவைக்கட்டணம்), and so is a short word
    # Tamil glues on the word before: a postposition (அம்மாகிட்ட), a compound's noun.
    assert "long" in concepts_in("சேவைக்கட்டணம் ₹50", lexicon)
    glued = Lexicon(parse_lexicon("[secrecy]\nகிட்ட சொல்லாத\n[money]\nபணம் அனுப்ப\n", "ta"))
    assert "secrecy" in concepts_in("அம்மாகிட்ட சொல்லாத", glued)
    assert "money" in concepts_in("முன்பணம் அனுப்பினால் டெலிவரி", glued)


def test_a_tamil_loanword_is_read_in_any_of_its_spellings() -> None:
    # ஸ or ச, ஃப or ப, a cluster or an இ, a vowel after a pulli as a letter or a sign: one word.
    assert english("வாட்ஸ்அப்பில்") == english("வாட்சப்ல") == "whatsapp"
    assert english("ட்ரான்ஸ்ஃபர்") == english("டிரான்ஸ்பர்") == "transfer"
    assert english("ஓ.டி.பி") == english("ஒடிபி") == "otp"
    # Native words that a loose fold would take for loanwords stay Tamil.
    assert english("சேர்க்க") == ""  # join (not ஷேர், share)
    assert english("கொடுங்க") == ""  # give (not கோட், code)
    assert english("பிஸியா") == ""  # busy (not பீஸ், fee)
    # The sandhi consonant is read off only where Tamil doubles one: after a vowel, க ச த ப.
    assert normalise("வங்கிக் கணக்கு").text == "வங்கி கணக்கு"
    assert normalise("லிங்க் கிளிக்").text == "லிங்க் கிளிக்"
    assert normalise("ஆர்டர் ரத்து").text == "ஆர்டர் ரத்து"


def test_a_written_tamil_term_finds_the_spoken_form_and_the_other_number() -> None:
    # தேடுகிறீர்களா is spoken தேடுறீங்களா, இல்லை இல்ல, பார்க்க பாக்க; ஆவணம் has the
    # plural ஆவணங்கள், and a plural term finds the singular.
    source = "[job]\nவேலை தேடுகிறீர்களா\n[easy]\nஆவணங்கள் தேவையில்லை\n[check]\nஸ்கோர் பார்க்க மாட்டோம்\n"
    lexicon = Lexicon(parse_lexicon(source, "ta"))
    assert "job" in concepts_in("வேலை தேடுறீங்களா?", lexicon)
    assert "easy" in concepts_in("ஆவணம் தேவையில்ல", lexicon)  # both changes at once
    assert "check" in concepts_in("ஸ்கோர் பாக்க மாட்டோம்", lexicon)
    # A verb in ம் (மாட்டோம்) and a pronoun in ங்கள் (உங்கள்) are no nouns with a plural.
    assert number_forms("பார்க்க மாட்டோம்") == []
    assert number_forms("உங்கள் கணக்கு") == []
    assert spoken("பணம்") == ""
    assert spoken("உங்கள் கணக்கை") == "உங்க கணக்கை"
    assert spoken("இணைப்பில் செலுத்தவும") == "இணைப்புல செலுத்துங்க"
    assert "இணைப்பில் செலுத்துங்க" in spoken_forms("இணைப்பில் செலுத்தவும")  # the two mixed
    assert spoken("டெபாசிட் செய்ய வேண்டும") == "டெபாசிட் செய்யணும"
    assert spoken("தவறுதலாக அனுப்பி") == "தவறுதலா அனுப்பி"
    assert spoken("அதை சொன்னால") == "அதை சொன்னா"
    assert spoken("பரிசு விழுந்து") == "பரிசு விழுந்த"  # finds விழுந்திருக்கு
    assert spoken("கணக்கு") == ""
    assert spoken("தெரியாமல் அனுப்பி") == "தெரியாம அனுப்பி"
    assert spoken("வீட்டிலிருந்தே வேலை") == "வீட்டுலிருந்தே வேலை"
    assert spoken("கணக்கில் பணம்") == "கணக்குல பணம்"
    assert english("சிங்பாஸை") == "singpass"


def test_a_tamil_imperative_term_finds_the_passive_of_obligation() -> None:
    # Official notices ask in the passive (அனுப்பப்பட வேண்டும், must be sent) or "that you
    # send" (அனுப்புமாறு); the finished passive (அனுப்பப்பட்டது, was sent) asks nothing.
    lexicon = Lexicon(parse_lexicon("[send]\nOTP ஐ அனுப்பவும்\n", "ta"))
    assert "send" in concepts_in("உங்கள் OTP ஐ அனுப்பப்பட வேண்டும்.", lexicon)
    assert "send" in concepts_in("உங்கள் OTP ஐ அனுப்புமாறு கேட்டுக்கொள்கிறோம்.", lexicon)
    assert "send" not in concepts_in("உங்கள் OTP ஐ அனுப்பப்பட்டது.", lexicon)
    assert passive_forms("செலுத்தவும") == ["செலுத்தப்பட வேண்டும", "செலுத்துமாறு"]
    assert passive_forms("செலுத்த") == []


@pytest.fixture
def lexicon_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """An empty compiled-lexicon cache in ``tmp_path``; the process's lexicon afterwards."""
    monkeypatch.setenv(concepts.CACHE_ENV, str(tmp_path))
    shipped_lexicon.cache_clear()
    yield tmp_path
    shipped_lexicon.cache_clear()


CACHE_SAMPLES = (
    "Your parcel is on hold, pay the $2.99 redelivery fee at parcel-sg.top/pay",
    "兼职刷单，日赚500，加微信 abc123",
    "Kerja sambilan, gaji harian RM300, WhatsApp kami",
    "உங்கள் வங்கி கணக்கு முடக்கப்பட்டது, OTP எண்ணை அனுப்புங்கள்",
    "பணத்தை உடனே அனுப்புங்கள், லைக்குகள் போட்டு சம்பாதிக்கலாம்",
    "Hi Ah Boy, this is your uncle, I changed my number",
)


def test_compiled_lexicon_is_kept_and_read_back_the_same(
    lexicon_cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    compiled = shipped_lexicon()
    kept = list(lexicon_cache.glob("lexicon-*.json"))
    assert len(kept) == 1
    shipped_lexicon.cache_clear()

    def no_compiling(*_args: object) -> None:
        raise AssertionError("compiled again although the cache holds the lexicon")

    monkeypatch.setattr(concepts, "parse_lexicon", no_compiling)
    monkeypatch.setattr(concepts, "_obliques", no_compiling)
    read_back = shipped_lexicon()
    assert read_back is not compiled
    assert read_back.terms == compiled.terms
    assert read_back._by_start == compiled._by_start  # the Tamil terms' inflected forms too
    for text in CACHE_SAMPLES:
        found = {(h.concept, h.start, h.end) for h in compiled.find(normalise(text))}
        assert found, text
        assert {(h.concept, h.start, h.end) for h in read_back.find(normalise(text))} == found


def test_a_changed_lexicon_is_compiled_afresh(
    lexicon_cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shipped_lexicon()
    shipped_lexicon.cache_clear()
    original = concepts.read_lexicon

    def with_a_new_term(language: str) -> str:
        text = original(language)
        return text + "\n[job_offer]\nzorblatt gig\n" if language == "en" else text

    monkeypatch.setattr(concepts, "read_lexicon", with_a_new_term)
    changed = shipped_lexicon()
    assert any(t.source == "zorblatt gig" for t in changed.terms)
    assert len(list(lexicon_cache.glob("lexicon-*.json"))) == 2


def test_a_broken_cache_is_compiled_again_and_replaced(
    lexicon_cache: Path, caplog: pytest.LogCaptureFixture
) -> None:
    expected = shipped_lexicon().terms
    (kept,) = lexicon_cache.glob("lexicon-*.json")
    whole = kept.read_text(encoding="utf-8")
    checksum, body = whole.split("\n", 1)
    for broken in (
        whole[: len(whole) // 2],  # torn
        whole.replace("job_offer", "job_offfer", 1),  # damaged
        checksum + "\n" + body[:-1],  # cut short
        '[["job_offer", "x"]]',  # foreign
        "",
    ):
        kept.write_text(broken, encoding="utf-8")
        shipped_lexicon.cache_clear()
        with caplog.at_level("WARNING", logger="checkers.concepts"):
            assert shipped_lexicon().terms == expected
        assert "cache unreadable" in caplog.text
        caplog.clear()
        assert kept.read_text(encoding="utf-8") == whole  # written whole again


def test_no_cache_when_the_variable_is_empty(
    lexicon_cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(concepts.CACHE_ENV, "")
    monkeypatch.setenv("HOME", str(lexicon_cache))
    monkeypatch.setenv("XDG_CACHE_HOME", str(lexicon_cache / "xdg"))
    assert concepts.cache_dir() is None
    assert shipped_lexicon().terms
    assert not any(lexicon_cache.rglob("*.json"))
    monkeypatch.delenv(concepts.CACHE_ENV)
    assert concepts.cache_dir() == lexicon_cache / "xdg" / "scamcheck"


def test_an_unwritable_cache_only_costs_time(
    lexicon_cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = lexicon_cache / "a-file"
    blocker.write_text("not a directory", encoding="utf-8")
    monkeypatch.setenv(concepts.CACHE_ENV, str(blocker / "cache"))
    assert shipped_lexicon().terms
    assert [p.name for p in lexicon_cache.iterdir()] == ["a-file"]


def test_a_tamil_loanword_in_a_term_finds_its_other_spellings() -> None:
    # The term spells "account" one way; messages spell it the others tamil._LOANWORDS lists,
    # with the same ending glued on.
    lexicon = Lexicon(parse_lexicon("[account]\nஅக்கவுண்ட்டை முடக்கு\n", "ta"))
    for spelling in ("அக்கவுன்ட்டை", "அக்கௌண்ட்டை"):
        assert "account" in concepts_in(f"உங்கள் {spelling} முடக்குவோம்", lexicon), spelling
    assert "account" not in concepts_in("உங்கள் கணக்கை முடக்குவோம்", lexicon)
    assert "அக்கவுன்ட்டை முடக்கு" in loan_spellings("அக்கவுண்ட்டை முடக்கு")
    assert loan_spellings("பணம் அனுப்பு") == []


def test_braces_spell_alternatives_once() -> None:
    assert alternatives("my {mum*,sis} {paynow,acc}") == [
        "my mum* paynow",
        "my mum* acc",
        "my sis paynow",
        "my sis acc",
    ]
    assert alternatives("加{微信,vx}") == ["加微信", "加vx"]
    assert alternatives("pay 3,000  first") == ["pay 3,000  first"]  # a line without braces
    lexicon = Lexicon(parse_lexicon("[third_party]\n{pay,paynow} to my {mum*,sis}\n", "en"))
    assert [t.source for t in lexicon.terms] == [
        "pay to my mum*",
        "pay to my sis",
        "paynow to my mum*",
        "paynow to my sis",
    ]
    assert "third_party" in concepts_in("Can PayNow to my mummy first?", lexicon)
    for bad in ("x {a,} y", "x {a y", "x a} y"):
        with pytest.raises(LexiconError):
            parse_lexicon(f"[c]\n{bad}\n", "en")


@pytest.mark.parametrize(
    ("text", "marks"),
    [
        ("Don't worry, send me the code: now - quick", [",", ":", "-"]),
        ("不用担心，把验证码发给我", ["，"]),
        # A comma between Chinese words goes from the text as filler ("加,微,信"), not as a mark.
        ("不用担心,把验证码发给我", [","]),
        ("不要把验证码,或密码告诉别人", []),
        # An amount's comma, a time's or a link's colon, a dash inside a word, Chinese 、 lists.
        ("Pay $2,450 at 9:30 at https://pay.example.com", []),
        ("front-and-back 身份证、银行卡", []),
        # A comma that goes on with the same list, or one inside a quoted line, ends nothing.
        ("Never share your OTP, password, or send money", [","]),
        ('"Your account is frozen, verify now" they say', []),
    ],
)
def test_the_marks_that_end_a_clause(text: str, marks: list[str]) -> None:
    found = clause_marks(normalise(text))
    assert [text[h.start : h.end] for h in found] == marks
    assert all(h.concept == CLAUSE_BREAK for h in found)


def test_a_chat_login_is_found_and_a_plain_login_is_not() -> None:
    assert concepts_in("just log in with your WhatsApp number")["chat_login"] == (
        "log in with your WhatsApp number"
    )
    assert concepts_in("sign in with Telegram to vote")["chat_login"] == "sign in with Telegram"
    assert "chat_login" not in concepts_in("log in with your Singpass to view")
