"""Malay and Indonesian words as the lexicons spell them: affixes off, SMS short forms spelled out.

Malay builds words from a root with prefixes and suffixes (``bayar``: ``dibayar``,
``membayar``, ``pembayaran``, ``bayarannya``; ``sah``: ``disahkan``, ``pengesahan``), and
writes SMS short forms (``yg``, ``utk``, ``dgn``, ``skrg``). A lexicon term spells a word once;
:func:`stems` gives the forms a written word may be read as (the word without its suffixes,
without its prefix, or both, with the nasal of ``meN-``/``peN-`` undone: ``menolong`` is
``tolong``, ``menyimpan`` ``simpan``, ``memilih`` ``pilih``, ``mengirim`` ``kirim``), so that
:mod:`checkers.concepts` finds the term in the inflected word. Only messages read as Malay or
Indonesian are read so; each word's forms are worked out once per process (a cache).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Final

from checkers.wording import normalise_word

MALAY: Final = frozenset({"ms", "id"})
"""The languages (as :mod:`checkers.language` names them) read with the stemmer."""

CHAT_WORDS: Final = frozenset(
    {
        *("sy", "saya", "aku", "anda", "awak", "kamu", "kita", "kami", "nk", "nak", "mau"),
        *("tlg", "tolong", "dgn", "dengan", "utk", "untuk", "yg", "yang", "dlm", "dalam"),
        *("dh", "dah", "sudah", "udah", "blm", "belum", "blh", "boleh", "bisa", "je", "aja"),
        *("saja", "tak", "tidak", "gak", "nggak", "skrg", "sekarang", "sbb", "sebab", "mcm"),
        *("macam", "klu", "kalau", "kalo", "dpt", "dapat", "ini", "itu", "ni", "nnti", "nanti"),
        *("jgn", "jangan", "sila", "tapi", "juga", "kat", "dekat", "duit", "wang", "uang"),
        *("akaun", "akun", "rekening", "bayar", "hantar", "kirim", "lagi", "ada", "akan"),
    }
)
"""Malay and Indonesian words, whole and in SMS shorthand, that are no English words: a message
the language detector cannot place that holds two of them is read as Malay (``reads_as_malay``):
"sy dr Touch n Go. Ewallet u kena hack, sy nk bantu" is too short and mixed for the detector."""
_CHAT_WORD = re.compile(r"[a-z]+")


def reads_as_malay(text: str) -> bool:
    """Whether ``text`` holds at least two different :data:`CHAT_WORDS`."""
    return len(CHAT_WORDS.intersection(_CHAT_WORD.findall(text.lower()))) >= 2


_SHORT_FORMS: Final = {
    # Not "hr": in Singapore it is an hour ("$12/hr") or HR as often as hari, and read back
    # the other way it made every "hari" (day) the job words' "HR".
    "yg": "yang",
    "utk": "untuk",
    "ntk": "untuk",
    "dgn": "dengan",
    "dng": "dengan",
    "dlm": "dalam",
    "kpd": "kepada",
    "pd": "pada",
    "dr": "dari",
    "drpd": "daripada",
    "sbg": "sebagai",
    "sblm": "sebelum",
    "slps": "selepas",
    "stlh": "setelah",
    "skrg": "sekarang",
    "skg": "sekarang",
    "tdk": "tidak",
    "tak": "tidak",
    "x": "tidak",
    "jgn": "jangan",
    "blh": "boleh",
    "bleh": "boleh",
    "tlg": "tolong",
    "tolng": "tolong",
    "nk": "nak",
    "sy": "saya",
    "sgt": "sangat",
    "org": "orang",
    "bg": "bagi",
    "mggu": "minggu",
    "kt": "kat",
    "dah": "sudah",
    "dh": "sudah",
    "udah": "sudah",
    "sdh": "sudah",
    "blm": "belum",
    "trm": "terima",
    "jd": "jadi",
    "krn": "kerana",
    "sbb": "sebab",
    "bkn": "bukan",
    "pls": "please",
    "dpt": "dapat",
    "dapt": "dapat",
    "awk": "awak",
    "tgh": "tengah",
    "byr": "bayar",
    "hntr": "hantar",
    "hntar": "hantar",
    "skt": "sikit",
    "sket": "sikit",
    "nnti": "nanti",
    "nti": "nanti",
    "pnjm": "pinjam",
    "pjm": "pinjam",
    "kwn": "kawan",
    "ckp": "cakap",
    "trus": "terus",
    "dtg": "datang",
    "brp": "berapa",
    "akn": "akan",
    "smua": "semua",
    "keje": "kerja",
    "kije": "kerja",
    "nnt": "nanti",
    # Chat spelling of the words the terms spell (brief s27ms).
    "mcm": "macam",
    "tgk": "tengok",
    "tngok": "tengok",
    "td": "tadi",
    "lg": "lagi",
    "tp": "tapi",
    "aje": "saja",
    "sj": "saja",
    "aja": "saja",
    "byk": "banyak",
    "bnyk": "banyak",
    "dpn": "depan",
    "blk": "balik",
    "hbs": "habis",
    "esk": "esok",
    "bsk": "besok",
    "sdg": "sedang",
    "hrs": "harus",
    "lbh": "lebih",
    "kalo": "kalau",
    "klu": "kalau",
    "kalu": "kalau",
    "dlu": "dulu",
    "mintak": "minta",
    "kene": "kena",
    "kne": "kena",
    "msg": "mesej",
    "brg": "barang",
    "hrg": "harga",
    "cpt": "cepat",
    "spy": "supaya",
    "bgtau": "beritahu",
    "bgitau": "beritahu",
    "bagitau": "beritahu",
    "gak": "tidak",
    "ga": "tidak",
    "gk": "tidak",
    "nggak": "tidak",
    "ngga": "tidak",
    "enggak": "tidak",
    "trf": "tf",
    "tfr": "tf",
    "trsf": "tf",
    "rek": "rekening",
    "acc": "akaun",
    "pake": "pakai",
    "nunggak": "tunggak",
    # Spoken words as chat writes them (brief s31ms): "nombor tu", "sikit je". Not "ni": read
    # as "ini" it made a father's "ni ayah, ni nombor baru, save je" the fake relative's claim.
    "tu": "itu",
    "je": "saja",
    "jer": "saja",
    "jek": "saja",
    "tau": "tahu",
    "ade": "ada",
    "sape": "siapa",
    "sapa": "siapa",
    "pon": "pun",
    "lps": "lepas",
    "mmg": "memang",
    # Manglish "you": "akaun you", "ic you", "no u terpilih", read as the terms' "anda". The "u"
    # glued to a number ("log masuk Maybank2u", "M2U") is read as itself (checkers.concepts).
    "you": "anda",
    "u": "anda",
    # More of the SMS shorthand real senders write (brief s34ms): "sye", "bgi sy code tu",
    # "krja/kje part time", "tny", "pinjem", "ws sy". English "code" in rojak is the terms' "kod"
    # ("ada code masuk hp u tak?"); an English message is never read so.
    "sye": "saya",
    "bgi": "bagi",
    "krja": "kerja",
    "kje": "kerja",
    "kerje": "kerja",
    "tny": "tanya",
    "tnye": "tanya",
    "jgk": "juga",
    "jugak": "juga",
    "lmbt": "lambat",
    "amik": "ambil",
    "pinjem": "pinjam",
    "kasi": "kasih",
    "trima": "terima",
    "tggu": "tunggu",
    "code": "kod",
    "ws": "whatsapp",
    "wsap": "whatsapp",
    "wasap": "whatsapp",
    "gue": "saya",
    "gw": "saya",
    "ko": "kau",
}
GLUED_AS_ITSELF: Final = frozenset({"u"})
"""Short forms read as themselves when glued to the word or number before them: the "2u" of
"Maybank2u" and "M2U" is a bank's name, not the chat "u" (you)."""
_DIALECT: Final = {
    # An Indonesian word read as the Malay word of the same meaning, which the terms spell more
    # often (akaun 151 lines, akun 7): "rekening Anda diblokir" is "akaun anda disekat". Only
    # words that mean the same in both (not "polisi", an insurance policy in Malay, nor "pesan").
    "akun": "akaun",
    "rekening": "akaun",
    "nomor": "nombor",
    "kode": "kod",
    "telepon": "telefon",
    "uang": "wang",
    "kirim": "hantar",
    "pajak": "cukai",
    "tagihan": "bil",
    "listrik": "elektrik",
    "tilang": "saman",
    "blokir": "sekat",
    "sandi": "laluan",
    "tautan": "pautan",
    "gratis": "percuma",
    "perusahaan": "syarikat",
    "pemerintah": "kerajaan",
    "pengadilan": "mahkamah",
    "investasi": "pelaburan",
    "nasabah": "pelanggan",
    "resmi": "rasmi",
    "tabungan": "simpanan",
    "utang": "hutang",
    "teman": "kawan",
    "temen": "kawan",
    "gampang": "mudah",
    "cuan": "untung",
    "besok": "esok",
    "bisa": "boleh",
    "butuh": "perlu",
    "undian": "cabutan",
    "pinjol": "pinjaman",
    "kantor": "pejabat",
    "karyawan": "pekerja",
    "menit": "minit",
    "paket": "pakej",
    "kurir": "kurier",
    "parsel": "parcel",
    "rusak": "rosak",
}
SHORT_FORMS: Final = {
    normalise_word(short): normalise_word(word) for short, word in _SHORT_FORMS.items()
}
DIALECT: Final = {normalise_word(word): normalise_word(malay) for word, malay in _DIALECT.items()}
"""SMS short forms and the word they stand for (only in messages read as Malay), spelled as
the lexicons read words (:func:`checkers.wording.normalise_word`: ``l`` reads as ``i``)."""

_PARTICLES: Final = (normalise_word("lah"), "kah", "tah", "pun")
_POSSESSIVES: Final = ("nya", "ku", "mu")
_DERIVATIONAL: Final = ("kan", "an", "i")
_VOWELS: Final = frozenset("aeiou")
_BEL: Final = normalise_word("bel")  # belajar
SELF_ONLY: Final = frozenset(
    {
        normalise_word("pautan"),
        normalise_word("pembiayaan"),
        normalise_word("lawati"),
        normalise_word("pengambilan"),
        normalise_word("ditamatkan"),
        normalise_word("tertransfer"),
        normalise_word("laporkan"),
        normalise_word("dilaporkan"),
        normalise_word("perbarui"),
        normalise_word("memperbarui"),
        normalise_word("pembaruan"),
        normalise_word("diperbaharui"),
        normalise_word("pembaharuan"),
        normalise_word("kodenya"),
    }
)
"""Lexicon words read only as themselves (and with a suffix), not from another word of their
root: ``pautan`` is a link to click, but ``pautkan``/``dipautkan`` link an account to PayNow
("pautkan akaun bank anda ke PayNow untuk menerima bayaran", a government payout notice);
``pembiayaan`` is a loan (financing), but Indonesian ``biaya`` is any cost ("biaya admin
bulanan tabungan menjadi Rp 12.500", a bank's fee notice); ``lawati`` is to visit a site, but
``lawatan`` is a visit or a school trip ("Yuran lawatan $18 akan ditolak drpd akaun Edusave");
``pengambilan`` is an intake of staff, but ``ambil`` is any taking ("nanti aku ambil tunai di
rumah"); ``ditamatkan`` is terminated, done to an account or a line, but ``tamat`` is any
end or expiry ("cukai jalan anda akan tamat pada 31 Dis", "insurans kereta anda akan tamat");
``tertransfer`` is money sent by mistake ("tadi saya tertransfer RM350 ke akaun anda"), but
``transfer`` is any transfer; ``laporkan`` (report it: a warning's word) and ``dilaporkan`` (an
account reported) are said of a scam, but ``laporan`` is any report, the one a fake officer has
the reader make in his app ("sila download apps PDRM dr link ni utk buat laporan");
``perbarui``/``diperbaharui`` (renew, update: details to be updated) are no bare
``baru``/``baharu`` (new: "nombor baru saya", "kad debit baru anda", "kata laluan baru anda
telah ditetapkan"); ``kodenya`` (the code, to be sent on) is no bare ``kode`` (any code: "bayar
pake kode BRIVA")."""
PLACE_NAMES: Final = frozenset(
    normalise_word(name)
    for name in ("penang", "bekasi", "pendang", "medan", "pekan", "sepang", "kemaman", "penaga")
)
"""Places whose names read as an affixed word, and are read only as themselves: ``Penang`` is no
``peN-`` form of ``menang`` (to win: "kerja kilang di Penang" is no prize), ``Bekasi`` no ``be-``
form of ``kasi`` (to give), ``Medan`` no ``me-`` form of ``dan``."""
_TIME_UNITS: Final = frozenset({"jam", "hari", "minggu", "bulan", "tahun", "minit", "saat"})
"""Words an affix makes a rate of (``sehari``, ``harian``, ``sebulan``): never read back as the
bare word."""
_KIN: Final = frozenset({"mak", "pak", "kak"})
"""Short words for a mother, a father, an elder sister: read in a longer word only with a
possessive or a particle (``maknya``, ``pakmu``), never as the root of another word: ``makan``
(to eat) is no ``mak`` with ``-an``, ``semak`` (to check) none with ``se-``, ``memakan`` no
``pak`` ("duit makan minggu ni tolong transfer RM30 segera" is no mother's plea)."""
_SHORTEST: Final = 3
"""A root is at least this long (``sah``, ``beli``): shorter leftovers are no words."""
_SHORTEST_COLLOQUIAL: Final = 4
"""A root left by a colloquial affix (``-in``, ``ng-``) is at least this long."""


def _without_suffixes(word: str) -> list[str]:
    """The word without its particle, its possessive and its derivational suffix, in turn."""
    forms = [word]
    for group in (_PARTICLES, _POSSESSIVES, _DERIVATIONAL):
        for form in list(forms):
            for suffix in group:
                if form.endswith(suffix) and len(form) - len(suffix) >= _SHORTEST:
                    forms.append(form[: -len(suffix)])
                    break
    # Jakarta speech's "-in" for "-kan"/"-i" (transferin, kirimin, pinjamin, bayarin), when a
    # root of four letters or more is left ("lain", "ingin", "yakin" keep theirs).
    for form in list(forms):
        if form.endswith("in") and len(form) - 2 >= _SHORTEST_COLLOQUIAL:
            forms.append(form[:-2])
    return forms


def _without_prefix(word: str) -> list[str]:
    """The roots a prefixed word may come from (the word itself not included)."""
    roots: list[str] = []
    for head in ("memper", "diper", "ber", _BEL, "ter", "per", "di", "ke", "se", "be"):
        if word.startswith(head):
            roots.append(word[len(head) :])
    for head in ("me", "pe"):
        if not word.startswith(head):
            continue
        rest = word[2:]
        if rest.startswith("nge"):  # monosyllabic roots: mengesahkan, pengecat
            roots.append(rest[3:])
        if rest.startswith("ny") and rest[2:3] in _VOWELS:
            roots.append("s" + rest[2:])
        elif rest.startswith("ng"):
            after = rest[2:]
            roots.append(after)
            if after[:1] in _VOWELS:
                roots.append("k" + after)
        elif rest.startswith("m"):
            after = rest[1:]
            roots.append(after)  # membayar
            if after[:1] in _VOWELS:
                roots.append("p" + after)  # memilih
        elif rest.startswith("n"):
            after = rest[1:]
            roots.append(after)  # mendapat, menjual
            if after[:1] in _VOWELS:
                roots.append("t" + after)  # menolong
        else:
            roots.append(rest)  # melihat, merayu, pelabur
    # Colloquial Indonesian drops the "me" of meN- (ngirim, ngasih, ngambil, nyari, nyewa) or
    # puts "nge" before a short or borrowed root (ngecek, ngetransfer, ngeklik).
    if word.startswith("nge"):
        roots.append(word[3:])
    if word.startswith("ng") and word[2:3] in _VOWELS:
        roots.extend((word[2:], "k" + word[2:]))
    elif word.startswith("ny") and word[2:3] in _VOWELS:
        roots.extend(("s" + word[2:], "c" + word[2:]))
    # Two prefixes: dipertanggungjawabkan, keberhasilan, memperkenalkan are left to the above.
    return [r for r in roots if len(r) >= _SHORTEST]


@lru_cache(maxsize=65536)
def stems(word: str) -> tuple[str, ...]:
    """The forms ``word`` may be read as, besides itself: its roots, then its spelled-out form.

    Longest first, so that a lexicon spelling of a derived word (``bayaran``) is tried before
    the bare root (``bayar``).
    """
    if word in PLACE_NAMES:
        return ()
    found: dict[str, None] = {}
    if word in SHORT_FORMS:
        found[SHORT_FORMS[word]] = None
    if len(word) > _SHORTEST:
        for form in _without_suffixes(word):
            if form != word:
                found[form] = None
            for root in _without_prefix(form):
                found[root] = None
    found.pop(word, None)
    for kin in _KIN & found.keys():
        if not any(word == kin + ending for ending in (*_PARTICLES, *_POSSESSIVES)):
            del found[kin]
    # sehari, harian, perhari are a rate ("a day", "daily"): pay by the day, not the bare "hari"
    # of "bayar hari ni" (pay today).
    for unit in _TIME_UNITS:
        found.pop(unit, None)
    return tuple(sorted(found, key=len, reverse=True))


@lru_cache(maxsize=65536)
def readings(word: str) -> tuple[str, ...]:
    """:func:`stems`, and the Malay word of an Indonesian one, bare or inflected.

    ``rekening``, ``mengirimkan``, ``diblokir`` are read as ``akaun``, ``hantar``, ``sekat`` too.
    One way only: a message's Indonesian word finds the Malay terms, but the lexicon's own
    Indonesian terms are not read into Malay text (``hp teman`` is not ``hp kawan``).
    """
    forms = stems(word)
    malay = [DIALECT[form] for form in (word, *forms) if form in DIALECT]
    if not malay:
        return forms
    return tuple(dict.fromkeys((*forms, *malay)))
