"""Tamil word forms: a loanword's ending glued on with its last consonant doubled or not."""

from __future__ import annotations

from checkers.concepts import Lexicon, parse_lexicon
from checkers.tamil import doubled_forms, english
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
