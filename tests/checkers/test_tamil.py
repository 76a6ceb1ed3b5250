"""Tamil word forms: a loanword's ending glued on with its last consonant doubled or not, and
the auxiliary "become" in its written and spoken forms."""

from __future__ import annotations

from checkers.concepts import Lexicon, parse_lexicon
from checkers.tamil import (
    become_forms,
    colloquial_forms,
    doubled_forms,
    english,
    if_not_forms,
    latin_forms,
    malaysian_forms,
    prohibitive_forms,
    sandhi_forms,
)
from checkers.tanglish import become_spellings
from checkers.wording import normalise


def _concepts(text: str, lexicon: Lexicon) -> set[str]:
    return {hit.concept for hit in lexicon.find(normalise(text), "ta")}


def test_a_loanword_ending_is_found_with_its_consonant_doubled_or_single() -> None:
    # அக்கவுண்ட்டை and அக்கவுண்டை are both "the account" (accusative): a term written with
    # one finds a message written with the other, both ways.
    assert doubled_forms("அக்கவுண்ட்டை பயன்படுத்த") == ["அக்கவுண்டை பயன்படுத்த"]
    assert doubled_forms("லிங்கை கிளிக்") == ["லிங்க்கை கிளிக்"]
    assert doubled_forms("டாஸ்க்குக்கு <money>") == ["டாஸ்குக்கு <money>"]
    # A loanword with no ending, one ending in a vowel or a soft consonant, a native word: none.
    assert doubled_forms("அக்கவுண்ட்") == []
    assert doubled_forms("நம்பரை அனுப்பு") == []
    assert doubled_forms("பணம் அனுப்பு") == []
    lexicon = Lexicon(parse_lexicon("[lend_account]\nஅக்கவுண்ட்டை பயன்படுத்த\n", "ta"))
    assert "lend_account" in _concepts("உங்க அக்கவுண்டை பயன்படுத்த அனுமதிச்சா", lexicon)
    assert "lend_account" not in _concepts("உங்க கணக்கை பயன்படுத்த", lexicon)


def test_a_loanword_with_a_doubled_consonant_and_a_long_ending_reads_as_english() -> None:
    # The doubled consonant is the glue, not the ending: அக்கவுண்ட்|டுக்கு is "account" with
    # the dative, as அக்கவுண்டுக்கு is; the ablative (இலிருந்து, லருந்து) is one ending.
    assert english("அக்கவுண்ட்டுக்கு") == english("அக்கவுண்டுக்கு") == "account"
    assert english("டாஸ்க்குக்கு") == "task"
    assert english("அக்கவுண்ட்டிலிருந்து") == "account"
    assert english("பேங்க்லருந்து") == "bank"
    # A longer Tamil word that starts like a loanword is still no loanword.
    assert english("டெலிவரியாளர்களுக்கெல்லாம்") == ""


def test_the_auxiliary_become_is_found_in_its_completive_and_spoken_forms() -> None:
    # "Will be blocked" is said block ஆகும், block ஆகிவிடும் or, spoken, block ஆயிடும்; "has
    # been updated" அப்டேட் ஆகிவிட்டது, ஆயிடுச்சு, ஆயிருச்சு or ஆச்சு: a term written in one
    # finds the others of its tense, not those of another tense.
    assert "block ஆயிடும்" in become_forms("block ஆகும்")
    assert "block ஆகும்" in become_forms("block ஆயிடும்")
    assert "அப்டேட் ஆயிருச்சு" in become_forms("அப்டேட் ஆகிவிட்டது")
    assert "block ஆச்சு" not in become_forms("block ஆகும்")
    # A term's last word without its final pulli stays so; "become" alone is no term to change.
    assert "கட் ஆயிடும" in become_forms("கட் ஆகும")
    assert become_forms("ஆகும்") == []
    assert become_forms("பணம் அனுப்பு") == []
    lexicon = Lexicon(parse_lexicon("[blocked]\nகனெக்ஷன் .. கட் ஆகும்\n", "ta"))
    assert "blocked" in _concepts("உங்க வீட்டு கனெக்ஷன் இன்னைக்கு நைட் கட் ஆயிடும்", lexicon)
    assert "blocked" in _concepts("கனெக்ஷன் இன்று கட் ஆகிவிடும்", lexicon)
    assert "blocked" not in _concepts("கனெக்ஷன் நேத்து கட் ஆயிடுச்சு", lexicon)


def test_a_term_is_found_as_sri_lankan_tamil_says_it() -> None:
    # Sri Lanka says உங்கட for உங்கள், -ஓணும் for "must", -ஏல்லை for "did not", -ஆதேங்கோ for
    # "don't", -இனம் for "they", -அம் and -அன் for "we/I will", எண்டு for என்று; ற்ற is
    # spoken த்த everywhere; காசு is money as பணம் is.
    assert "உங்கட கணக்கை மாத்தோணும" in colloquial_forms("உங்கள் கணக்கை மாற்ற வேண்டும")
    assert "உங்கள் கணக்கை மாத்த வேண்டும" in colloquial_forms("உங்கள் கணக்கை மாற்ற வேண்டும")
    assert colloquial_forms("யாருக்கும் சொல்லாதீங்க") == ["யாருக்கும் சொல்லாதேங்க"]
    assert colloquial_forms("எடுக்கிறார்கள") == ["எடுக்கினம"]
    assert colloquial_forms("<money> தருவோம") == ["<money> தருவம"]
    assert colloquial_forms("கிட்ட சொல்லாத") == ["ட்ட சொல்லாத"]
    assert "காசை எடுத்து" in colloquial_forms("பணத்தை எடுத்து")
    assert colloquial_forms("deliver பண்ண முடியல") == ["deliver பண்ண ஏலா"]
    assert colloquial_forms("update பண்ணலைன்னா") == ["update பண்ணாட்டி"]
    assert colloquial_forms("<num> மணி நேரத்துக்குள்") == ["<num> மணித்தியாலத்துக்குள்"]
    assert "வங்கி விபரங்கள" in colloquial_forms("வங்கி விவரங்கள")
    # An advance (முன்பணம்) is no money to be called காசு; a word with nothing to change: none.
    assert colloquial_forms("முன்பணம் கட்ட") == []
    assert colloquial_forms("வங்கி") == []
    lexicon = Lexicon(parse_lexicon("[secrecy]\nயாருக்கும் சொல்லாதீர்கள்\n[pay]\nகட்ட வேண்டும்\n", "ta"))
    assert "secrecy" in _concepts("அம்மாட்ட ஒருத்தருக்கும் யாருக்கும் சொல்லாதேங்கோ", lexicon)
    assert "pay" in _concepts("முதல்ல 5000 ரூபா கட்டோணும்", lexicon)
    assert "pay" not in _concepts("முதல்ல 5000 ரூபா கட்டினேன்", lexicon)


def test_a_loanword_term_finds_the_english_word_and_malaysian_tamils_malay_word() -> None:
    # "account-ஐ" is அக்கவுண்ட்டை with the English word in Latin letters, the ending after a
    # hyphen; Malaysian Tamil writes akaun, kad and "bank in" for account, card and transfer.
    assert latin_forms("அக்கவுண்ட்டை வாடகைக்கு") == ["account ஐ வாடகைக்கு"]
    assert latin_forms("அக்கவுண்ட்டுக்கு அனுப்ப") == ["account க்கு அனுப்ப"]
    # A loanword alone is the English lexicon's to judge, unless other pieces of its term go with
    # it; a chat app's name is read by its own concept.
    assert latin_forms("அப்டேட்") == []
    assert latin_forms("அக்கவுண்ட", alone=False) == ["account"]
    assert latin_forms("வாட்ஸ்அப் செய") == []
    assert malaysian_forms("transfer பண்ணுங்க") == ["bank in பண்ணுங்க"]
    assert malaysian_forms("account ஐ கொடுத்தா") == ["akaun ஐ கொடுத்தா"]
    assert malaysian_forms("accountant வேலை") == []
    lexicon = Lexicon(parse_lexicon("[lend_account]\nஅக்கவுண்ட்டை கொடுத்தா\n", "ta"))
    assert "lend_account" in _concepts("உங்க account-ஐ கொடுத்தா RM500", lexicon)
    assert "lend_account" in _concepts("உங்க akaun-ஐ கொடுத்தா RM500", lexicon)
    assert "lend_account" not in _concepts("உங்க account-ல கொடுத்தா", lexicon)


def test_a_term_is_found_with_or_without_the_doubled_consonant_of_careful_writing() -> None:
    # கணக்கை பயன்படுத்த is written கணக்கைப் பயன்படுத்த, இந்த கணக்கு இந்தக் கணக்கு: either finds
    # the other. A loanword's own last consonant (லிங்க் கிளிக்) is no such glue.
    assert sandhi_forms("கணக்கை பயன்படுத்த") == ["கணக்கைப் பயன்படுத்த"]
    assert sandhi_forms("இந்தக் கணக்கி") == ["இந்த கணக்கி"]
    assert sandhi_forms("வாடகைக்கு தாங்க") == ["வாடகைக்குத் தாங்க"]
    assert sandhi_forms("லிங்க் கிளிக்") == []
    assert sandhi_forms("பணம் அனுப்ப") == []
    lexicon = Lexicon(parse_lexicon("[lend_account]\nகணக்கை வாடகைக்கு தாங்க\n", "ta"))
    assert "lend_account" in _concepts("உங்கட கணக்கை வாடகைக்குத் தாங்கோ", lexicon)


def test_a_polite_dont_is_found_in_the_singular_too() -> None:
    # "Don't give" to many (கொடுக்காதீர்கள், spoken கொடுக்காதீங்க), to one reader formally
    # (கொடுக்காதீர்) and to a child or a friend (கொடுக்காதே): a term in the plural finds all.
    assert prohibitive_forms("கொடுக்காதீர்கள") == ["கொடுக்காதீர", "கொடுக்காதே"]
    assert prohibitive_forms("ஓடிபி பகிராதீங்க") == ["ஓடிபி பகிராதீர", "ஓடிபி பகிராதே"]
    # Not "must", not a word that merely holds the letters.
    assert prohibitive_forms("கட்ட வேண்டாம்") == []
    assert prohibitive_forms("பாதீங்கள்") == []
    lexicon = Lexicon(parse_lexicon("[negation]\nகொடுக்காதீர்கள்\nசெய்யாதீர்கள்\n", "ta"))
    assert "negation" in _concepts("தம்பி, OTP-ஐ யாருக்கும் கொடுக்காதே", lexicon)
    assert "negation" in _concepts("ஐயா, உங்கள் PIN-ஐ யாருக்கும் கொடுக்காதீர்", lexicon)
    assert "negation" in _concepts("அந்த link-ஐ click பண்ணாதே", lexicon)


def test_a_spoken_if_not_is_found_in_its_other_spellings() -> None:
    # "If you don't (do it)" is spoken with the negative in -ல or -லை and the condition in -னா
    # or -ன்னா: பண்ணலனா, பண்ணலன்னா, பண்ணலைனா, பண்ணலைன்னா are one word written four ways.
    assert if_not_forms("நீங்க பண்ணலைன்னா") == [
        "நீங்க பண்ணலனா",
        "நீங்க பண்ணலன்னா",
        "நீங்க பண்ணலைனா",
        "நீங்க பண்ணலேன்னா",
    ]
    assert "இல்லைன்னாலும்" in if_not_forms("இல்லனாலும்")
    # Not a word without the condition, nor one that only holds னா.
    assert if_not_forms("பண்ணல") == []
    assert if_not_forms("சொன்னா") == []
    lexicon = Lexicon(parse_lexicon("[unrecognised_txn]\nநீங்க பண்ணலைன்னா\n", "ta"))
    assert "unrecognised_txn" in _concepts("நீங்க பண்ணலைனா உடனே கூப்பிடுங்க", lexicon)
    assert "unrecognised_txn" in _concepts("நீங்க பண்ணலனா call பண்ணுங்க", lexicon)
    assert "unrecognised_txn" not in _concepts("நீங்க பண்ணுங்க", lexicon)


def test_a_tanglish_become_is_found_in_its_other_spellings() -> None:
    # "Will become" is written aagum, aayidum, aagidum, aayirum…; "has become" aayiduchu,
    # aagiduchu…: a Tanglish term spelled with one finds the others, and the lexicon's own
    # spellings are not added twice.
    assert become_spellings("cancel aagum") == [
        "cancel aagidum",
        "cancel aayidum",
        "cancel aayirum",
        "cancel aaidum",
        "cancel aagirum",
    ]
    assert "credit aagiduchu" in become_spellings("credit aayiduchu")
    assert become_spellings("block pannunga") == []
    terms = parse_lexicon("[blocked]\nblock aagum\nblock aayidum\n", "ta")
    sources = [term.source for term in terms]
    assert len(sources) == len(set(sources)) == 6
    lexicon = Lexicon(terms)
    assert "blocked" in _concepts("unga account naalaiku block aagidum", lexicon)
    assert "blocked" not in _concepts("unga account block pannunga", lexicon)
    # Only a Tamil lexicon's terms in Latin letters.
    assert [t.source for t in parse_lexicon("[blocked]\nblock aagum\n", "ms")] == ["block aagum"]
