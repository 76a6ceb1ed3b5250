"""Tanglish spellings: one word written many ways is found by a term spelled one of them."""

from __future__ import annotations

from checkers.concepts import Lexicon, parse_lexicon
from checkers.tanglish import become_spellings, holds_tanglish, reads_as_tanglish, spelling_key
from checkers.wording import normalise


def _concepts(text: str, lexicon: Lexicon, language: str = "un") -> set[str]:
    return {hit.concept for hit in lexicon.find(normalise(text), language)}


def test_the_spellings_of_one_word_fold_alike() -> None:
    # Doubled and single consonants, the polite ending however written, dh/th, zh/l, long and
    # short vowels, a final -u dropped.
    assert len({spelling_key(w) for w in ("anuppunga", "anupunga", "anuppungo", "anupungal")}) == 1
    assert len({spelling_key(w) for w in ("pannunga", "pannuga", "panunga")}) == 1
    assert len({spelling_key(w) for w in ("irukku", "iruku", "irukk")}) == 1
    assert spelling_key("vaazhthukkal") == spelling_key("valthukal")
    assert spelling_key("neenga") == spelling_key("ninga")
    assert spelling_key("sandhegam") == spelling_key("santhegam")
    assert spelling_key("kattu") == spelling_key("katt")
    # A prefix keeps its end; short words keep their spelling.
    assert spelling_key("sambadh", prefix=True) == "sambath"
    assert spelling_key("ku") == "ku"


def test_a_tanglish_term_finds_the_words_other_spellings() -> None:
    lexicon = Lexicon(
        parse_lexicon("[ask_send]\nanuppunga\n[urgency]\nsandhegamaana transaction*\n", "ta")
        + parse_lexicon("[pass]\npass\n", "en")
    )
    assert "ask_send" in _concepts("naan sonna madhiri ippo anupungo, seri thaan", lexicon)
    assert "urgency" in _concepts("ungal account la santhegamana transactions irukku", lexicon)
    # Read as Tamil by the detector too.
    assert "ask_send" in _concepts("unga OTP anupunga, naan check panren", lexicon, "ta")


def test_the_fold_is_only_for_tanglish_messages_and_tamil_words() -> None:
    lexicon = Lexicon(
        parse_lexicon("[ask_send]\nanuppunga\n[friend]\naana\n[exam]\npaas aachu\n", "ta")
        + parse_lexicon("[pass]\npass\n[need]\nneed\n", "en")
    )
    # Not a Tanglish message: every word is itself.
    assert not reads_as_tanglish("please anupunga the file")
    assert "ask_send" not in _concepts("please anupunga the file", lexicon)
    # English words stay themselves in a Tanglish message: "pass" is an English term's word,
    # and Tamil words that fold alike but differ ("anna" brother, "aana" but) keep theirs.
    assert lexicon.spellings("pass") == ()
    assert lexicon.spellings("need") == ()
    assert "friend" not in _concepts("anna naan ippo varen, konjam wait pannunga", lexicon)
    assert lexicon.spellings("deal") == ()


def test_a_short_prefix_is_not_folded() -> None:
    # "sollu*" would fold like "solutions", "panni*" like "panic" and the Malay "panitia".
    lexicon = Lexicon(parse_lexicon("[ask]\nsollu*\npanni*\n[earn]\nsambadh*\n", "ta"))
    assert lexicon.spellings("solutions") == ()
    assert lexicon.spellings("panic") == ()
    assert "earn" in _concepts("naan romba sambathichen, neenga join pannunga", lexicon)


def test_has_become_is_found_as_it_is_in_its_state() -> None:
    assert "block aagirukku" in become_spellings("block aayiduchu")
    lexicon = Lexicon(parse_lexicon("[blocked]\nsuspend aayiduchu\n", "ta"))
    assert "blocked" in _concepts("ungal account suspend aagirukku, link click pannunga", lexicon)


def test_the_words_already_split_are_read_as_the_text_is() -> None:
    for text, tanglish in (
        ("ungal account block aagum, udane link click pannunga", True),
        ("Anna, konjam wait pannunga, naan varen", True),
        ("Unga parcel address thappa illa, sollunga", True),
        ("Please pass the salt, I need it for the deal", False),
        ("Sayang, saya nak pinjam duit sikit", False),
    ):
        assert reads_as_tanglish(text) is tanglish
        words = [w for w in normalise(text).text.replace(",", " ").split() if w]
        assert holds_tanglish(words) is tanglish
    assert not holds_tanglish(["pannunga", "pannunga"])
