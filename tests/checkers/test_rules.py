"""Rules: how concepts combine into red flags and scam families."""

from __future__ import annotations

import pytest

from checkers.concepts import Lexicon, clause_marks, parse_lexicon
from checkers.rules import RuleError, judge, parse_rules
from checkers.wording import normalise

LEXICON = Lexicon(
    parse_lexicon(
        """
[otp]
otp
[download]
download
[ask_send]
send
share
[negation]
never
don't
can't
no one
no need
[contrast]
not from
[condition]
if
[clause_break]
just
but
[warning]
be careful
[app]
the app
[not_negation]
don't worry
[scam_talk]
is a scam
[not_scam_talk]
not a scam
[job_offer]
part time
[easy_pay]
<money> a day
[chat_app]
whatsapp
[official_channel]
call the number on your card
[by_mistake]
by mistake
[busy_excuse]
can't talk
[doubt_ask]
legit anot
[retold]
got this sms
[own_turn]
can you
[own_turn_so]
so you
""",
        "en",
    )
)
BOOK = parse_rules(
    """
negatable = ["ask_send", "download"]
quoting = ["scam_talk", "retold"]
excuses = ["busy_excuse"]
doubting = ["doubt_ask"]
retelling = ["retold"]

[OTP001]
when = ["otp & ask_send", "message: otp & by_mistake & ask_send"]
within = "sentence"

[JOB001]
when = ["job_offer & easy_pay"]

[APP001]
when = ["download & app"]
within = "sentence"

[FAM001]
when = ["JOB001 & chat_app"]

[QUIET1]
when = ["otp & !official_channel"]
"""
)


def codes(text: str) -> set[str]:
    message = normalise(text)
    return {m.code for m in judge(BOOK, LEXICON.find(message) + clause_marks(message))}


def test_a_request_holds_within_one_sentence() -> None:
    assert "OTP001" in codes("Please send me the OTP you got")
    assert "OTP001" not in codes("Your OTP is 1234. Send a sticker to your friends!")


def test_an_alternative_marked_message_may_span_sentences() -> None:
    assert "OTP001" in codes("I got your OTP by mistake. Send it to me.")
    # Without the concept the marked alternative needs, the request must share the sentence.
    assert "OTP001" not in codes("I got your OTP. Send it to me.")
    rule = next(r for r in BOOK.rules if r.code == "OTP001")
    assert rule.anywhere == frozenset({1})


@pytest.mark.parametrize(
    "text",
    [
        "Never send your OTP to anyone",
        "Send your OTP to no one, never, whoever asks",
        "Don't share the OTP with anyone",
    ],
)
def test_negation_is_judged_over_the_sentence_before_or_after(text: str) -> None:
    assert "OTP001" not in codes(text)


@pytest.mark.parametrize(
    "text",
    [
        "Don't miss out, send me the OTP now",
        "No need to come down, send me the OTP",
        "Don't share it with others, just send me the OTP",
        "Never mind the form - send me the OTP",
    ],
)
def test_a_negation_that_governs_no_request_governs_its_clause_only(text: str) -> None:
    # "No experience needed, just pay $50", "不用担心，把验证码发给我": the request stands.
    assert "OTP001" in codes(text)


@pytest.mark.parametrize(
    "text",
    [
        "Never share your OTP, PIN, or send it to anyone",
        "Don't just send the OTP to anyone",
        "Ma, if anyone asks you to send the OTP, don't",
        "If someone calls, says he is from the bank and asks you to send the OTP, never do it",
    ],
)
def test_a_warning_governs_its_sentence_and_a_condition_before_it(text: str) -> None:
    assert "OTP001" not in codes(text)


@pytest.mark.parametrize(
    "text",
    [
        "If you don't send the OTP now, your account will be closed",
        "If you did not make this purchase, send us the OTP to cancel it",
        "Your account will be closed if you don't share the OTP with us",
    ],
)
def test_a_negation_inside_a_condition_forbids_nothing(text: str) -> None:
    # "if you don't pay by 6pm, your account will be suspended" still asks to pay: the negation
    # states the condition, and neither its own clause nor the main clause is a warning.
    assert "OTP001" in codes(text)


def test_a_negation_after_a_negated_condition_still_governs() -> None:
    assert "OTP001" not in codes("If you did not make this purchase, never send the OTP to anyone")
    assert "OTP001" not in codes("If you don't know the caller, don't share the OTP")


def test_a_warning_word_negates_its_whole_sentence() -> None:
    assert "OTP001" in codes("They say it's urgent, send the OTP")
    assert "OTP001" not in codes("They say it's urgent, send the OTP, be careful")


def test_a_contrast_governs_the_clause_it_is_set_against() -> None:
    assert "APP001" in codes("Download the app from the store")
    assert "APP001" not in codes("Download the app from the store only, not from a link")
    # Inside its clause, "not from" opens nothing: the clause before stands.
    assert "APP001" in codes("Download the app now, the old one is not from us")


def test_a_negation_that_is_none_does_not_cancel() -> None:
    assert "OTP001" in codes("Don't worry, just send me the OTP")


def test_a_negation_inside_an_excuse_negates_nothing() -> None:
    # "can't talk" refuses a call; the request beside it stands. A negation of its own still counts.
    assert "OTP001" in codes("I can't talk now, send me the OTP")
    assert "OTP001" not in codes("I can't talk now, but never send the OTP")
    with pytest.raises(RuleError):
        parse_rules('excuses = "busy_excuse"\n[X]\nwhen = ["otp"]\n')


ZH_LEXICON = Lexicon(
    parse_lexicon("[otp]\n验证码\n[ask_send]\n发给我\n告诉我\n[negation]\n不要\n", "zh")
)


def zh_codes(text: str) -> set[str]:
    message = normalise(text)
    return {m.code for m in judge(BOOK, ZH_LEXICON.find(message) + clause_marks(message))}


def test_a_negation_in_chinese_speech_to_text_holds_for_its_own_clause() -> None:
    # A transcript has no full stops: a pause (a space between Chinese words) ends the clause a
    # negation refuses, and the request after it stands.
    assert "OTP001" in zh_codes("喂 您好 我是客服 不要挂电话 您先把验证码告诉我")
    # Written with commas it is the same: "不要挂电话" governs no request, so its clause only. A
    # space right after the negation is no pause ("千万不要 把…"), nor is a word spaced out
    # character by character: there the negation governs the request, and its sentence.
    assert "OTP001" in zh_codes("您好，我是客服，不要挂电话，您先把验证码告诉我")
    assert "OTP001" not in zh_codes("记住 千万不要 把验证码发给我 这种人")
    assert "OTP001" not in zh_codes("不要把验 证 码 发 给 我")


TA_LEXICON = Lexicon(
    parse_lexicon(
        "[download]\nடவுன்லோட் பண்ணுங்க\n[app]\nஆப்\n[contrast]\nமூலம் அல்ல\n"
        "[otp]\nஓடிபி\n[ask_send]\nஅனுப்புங்க\n[negation]\nவேண்டாம்\n",
        "ta",
    )
)


def ta_codes(text: str) -> set[str]:
    message = normalise(text)
    return {m.code for m in judge(BOOK, TA_LEXICON.find(message, "ta") + clause_marks(message))}


def test_a_tamil_contrast_closes_its_clause_and_governs_the_one_before() -> None:
    # "Download the app from the store only, not through a link": Tamil says "not through"
    # (மூலம் அல்ல) at the end of its clause, set against the clause before all the same.
    assert "APP001" in ta_codes("ஸ்டோரில் ஆப் டவுன்லோட் பண்ணுங்க")
    assert "APP001" not in ta_codes("ஸ்டோரில் மட்டும் ஆப் டவுன்லோட் பண்ணுங்க, லிங்க் மூலம் அல்ல")
    # The clause after it is not set against it: "not through the bank, download the app" asks.
    assert "APP001" in ta_codes("வங்கி மூலம் அல்ல, இந்த ஆப் டவுன்லோட் பண்ணுங்க")


def test_a_sentence_that_talks_about_a_scam_asks_nothing() -> None:
    assert "OTP001" not in codes("Anyone who asks you to send an OTP is a scam")
    assert "OTP001" in codes("This is not a scam, send the OTP now")


def test_a_reader_who_asks_whether_it_is_real_has_it_judged() -> None:
    # "got this sms, legit anot?" retells a message to have it judged, not to warn about it;
    # a warning's own words ("is a scam") still describe.
    assert "OTP001" in codes("Got this sms: send the OTP now. Legit anot?")
    assert "OTP001" not in codes("Got this sms: send the OTP now.")
    assert "OTP001" not in codes("Anyone who asks you to send an OTP is a scam. Legit anot?")
    with pytest.raises(RuleError):
        parse_rules('retelling = "retold"\n[X]\nwhen = ["otp"]\n')


def test_a_retelling_governs_the_clause_it_reports_not_the_speakers_own_turn() -> None:
    # The report is quoted, up to a turn word that opens a clause of its own after it...
    assert "OTP001" not in codes("Got this sms saying the bank wants you to send the OTP")
    assert "OTP001" in codes("Got this sms from the bank, can you send me the OTP")
    # ...and not at a clause break alone: the report itself may run on ("..., send the OTP").
    assert "OTP001" not in codes("Got this sms from the bank, send the OTP")
    # A turn word inside the report, with no clause break before it, is the report's own.
    assert "OTP001" not in codes("Got this sms saying can you send the OTP")
    # Joined by a connective, the turn needs no clause break.
    assert "OTP001" in codes("Got this sms from the bank so you send me the OTP")
    # A warning's own words still describe their whole sentence, turn or no turn.
    assert "OTP001" not in codes("Anyone who asks you to send an OTP is a scam, can you send it")
    # A turn that asks makes the report its pretext: the report counts too ("saying the bank
    # needs the OTP, can you send it"); a turn that asks nothing leaves the report told.
    assert {"OTP001", "QUIET1"} <= codes(
        "Got this sms saying the bank needs the OTP, can you send it"
    )
    assert "QUIET1" not in codes("Got this sms saying the bank needs the OTP, can you call me")
    # A message that also talks about the scam as a scam is the reader's story: the turn he
    # retells is the caller's ("..., can you send me the OTP. It is a scam").
    assert "OTP001" not in codes("Got this sms from the bank, can you send me the OTP. Is a scam")
    # A negation still governs the turn's request.
    assert "OTP001" not in codes("Got this sms from the bank, can you never send the OTP")


def test_families_build_on_red_flags_anywhere_in_the_message() -> None:
    assert codes("Part time, $300 a day. Chat with us on WhatsApp") >= {"JOB001", "FAM001"}
    assert "FAM001" not in codes("Part time, $300 a day.")


def test_an_absent_concept_is_judged_over_the_whole_message() -> None:
    assert "QUIET1" in codes("Your OTP is 1234.")
    assert "QUIET1" not in codes("Your OTP is 1234. If not you, call the number on your card.")


@pytest.mark.parametrize(
    ("source", "problem"),
    [
        ('[X001]\nwithin = "sentence"\n', "alternative"),
        ('[X001]\nwhen = ["a"]\nwithin = "paragraph"\n', "within"),
        ('[X001]\nwhen = ["a"]\nscope = 1\n', "unknown keys"),
        ('[X001]\nwhen = ["!a"]\n', "something present"),
        ('[X001]\nwhen = ["a & "]\n', "empty requirement"),
        ("not toml [", "."),
        ('negatable = ["click", "apk", "click"]\n', "negatable' lists click twice"),
    ],
)
def test_bad_rules_are_refused_with_a_reason(source: str, problem: str) -> None:
    with pytest.raises(RuleError, match=problem):
        parse_rules(source)


def test_a_requirement_quotes_its_longest_hit_at_the_earliest_place() -> None:
    # A requirement's names are a set, whose order varies with the hash seed: of two hits at
    # one place the longer is quoted, whatever the order the hits come in.
    from checkers.concepts import Hit

    short, long = Hit("short", 0, 5, 0, "en"), Hit("long", 0, 9, 0, "en")
    alone = parse_rules('[X001]\nwhen = ["short|long"]\n')
    for hits in ([short, long], [long, short]):
        assert (judge(alone, hits)[0].start, judge(alone, hits)[0].end) == (0, 9)
    # The earliest place still comes first: a longer hit after it is not chosen.
    later = Hit("long", 2, 20, 0, "en")
    assert judge(alone, [later, short])[0].end == 5


def test_a_later_turn_that_calls_a_chat_a_scam_judges_the_turns_before_it() -> None:
    from checkers.concepts import Hit

    book = parse_rules(
        'negatable = ["ask_send"]\nquoting = ["scam_talk"]\n[X001]\nwhen = ["ask_send"]\n'
    )
    turns = [Hit("chat_turn", 0, 2, 0, ""), Hit("chat_turn", 20, 22, 1, "")]
    ask, verdict = Hit("ask_send", 5, 9, 0, "zh"), Hit("scam_talk", 24, 27, 1, "zh")
    # The ask, then a later turn's verdict: the ask is retold.
    assert judge(book, [*turns, ask, verdict]) == []
    # Not a chat (one speaker's line), or the verdict asked as a question: the ask counts.
    assert judge(book, [turns[0], ask, verdict])
    assert judge(book, [*turns, ask, verdict, Hit("question", 27, 28, 1, "")])
    # A request after the verdict answers it: the ask before it counts again.
    again = Hit("ask_send", 40, 44, 2, "zh")
    assert [m.code for m in judge(book, [*turns, ask, verdict, again])] == ["X001"]
