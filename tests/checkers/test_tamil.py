"""Tamil word forms: a loanword's ending glued on with its last consonant doubled or not, and
the auxiliary "become" in its written and spoken forms."""

from __future__ import annotations

from checkers.concepts import Lexicon, parse_lexicon
from checkers.tamil import become_forms, doubled_forms, english
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
