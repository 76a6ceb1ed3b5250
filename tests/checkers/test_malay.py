"""The Malay reader (checkers/malay.py): SMS shorthand spelled out as the lexicons spell it."""

from __future__ import annotations

from checkers.concepts import Lexicon, parse_lexicon
from checkers.malay import readings, stems
from checkers.wording import normalise, normalise_word


def _found(lexicon: Lexicon, text: str, language: str = "ms") -> set[str]:
    return {hit.concept for hit in lexicon.find(normalise(text), language)}


def test_sms_shorthand_is_spelled_out() -> None:
    # How real senders write (brief s34ms): "sye", "bgi", "krja/kje", "tny", "pinjem", "ws".
    for short, word in {
        "sye": "saya",
        "bgi": "bagi",
        "krja": "kerja",
        "kje": "kerja",
        "tny": "tanya",
        "pinjem": "pinjam",
        "ws": "whatsapp",
        "gue": "saya",
        "code": "kod",
        "u": "anda",
    }.items():
        assert normalise_word(word) in stems(normalise_word(short)), short


def test_rojak_english_code_finds_the_malay_term() -> None:
    lexicon = Lexicon(parse_lexicon("[otp]\nkod tu\n[job_offer]\nkerja sambilan\n", "ms"))
    assert _found(lexicon, "Tlg bgi sy code tu, urgent sgt") == {"otp"}
    assert _found(lexicon, "ada krja sambilan online") == {"job_offer"}
    assert _found(lexicon, "send me the code tu", "en") == set()  # only messages read as Malay


def test_chat_u_is_anda_but_not_the_u_of_maybank2u() -> None:
    lexicon = Lexicon(parse_lexicon("[blocked]\nanda disekat\n[prize]\nno anda terpilih\n", "ms"))
    assert _found(lexicon, "akaun u disekat sementara") == {"blocked"}
    assert _found(lexicon, "Tahniah! No u terpilih") == {"prize"}
    assert _found(lexicon, "Maybank2u disekat utk penyelenggaraan") == set()
    assert _found(lexicon, "M2U disekat malam ni") == set()
    assert normalise_word("anda") in readings(normalise_word("u"))


def test_shorthand_malay_the_detector_cannot_place_is_read_as_malay() -> None:
    from checkers.language import read_language
    from checkers.malay import reads_as_malay

    text = "Hai, sy dr Touch n Go. Ewallet u kena hack, sy nk bantu. Bgi no IC & pin 6 digit u"
    assert reads_as_malay(text)
    assert read_language(text).language == "ms"
    assert not reads_as_malay("Hi, I'm from the bank. Reply with the 6 digit code.")
    assert read_language("See you at 7 at the lobby").language != "ms"


def test_a_place_whose_name_reads_as_an_affixed_word_is_read_only_as_itself() -> None:
    # Penang is no peN- form of menang (to win), Bekasi no be- form of kasi (to give).
    assert stems("penang") == ()
    assert stems("bekasi") == ()
    assert "menang" in stems("kemenangan")


def test_a_report_is_no_warning_to_report_it() -> None:
    # "laporkan" (report it) warns and "dilaporkan" (reported) blocks, but "laporan" is any
    # report: a fake officer's "download apps ni utk buat laporan" negates nothing (brief s38ms).
    lexicon = Lexicon(parse_lexicon("[negation]\nlaporkan\n[blocked]\ndilaporkan\n", "ms"))
    assert _found(lexicon, "sila download apps dr link ni utk buat laporan") == set()
    assert _found(lexicon, "sila laporkan kepada polis") == {"negation"}
    assert "blocked" in _found(lexicon, "akaun anda telah dilaporkan")


def test_new_is_no_renewal_and_a_code_no_otp() -> None:
    # "baru"/"baharu" (new) is no bare root of "perbarui" (update: details to be updated), and
    # "kode" (any code: "bayar pake kode BRIVA") none of "kodenya" (the code, sent on) (brief
    # s40ms).
    lexicon = Lexicon(parse_lexicon("[verify]\nperbarui\n[otp]\nkodenya\n", "ms"))
    assert _found(lexicon, "kata laluan baru anda telah ditetapkan") == set()
    assert _found(lexicon, "ni nombor baru saya") == set()
    assert _found(lexicon, "sila perbarui data anda") == {"verify"}
    assert _found(lexicon, "data anda harus diperbarui hari ini") == {"verify"}
    assert _found(lexicon, "bayarnya di bank aja pake kode BRIVA") == set()
    assert _found(lexicon, "tolong kirim kodenya ke saya") == {"otp"}
