"""Every scam family in four languages, written by people who never saw the word lists.

``families_<lang>.txt`` tell each family (job, task, phishing, parcel… see the ``##`` headings)
in plain wording, and ``paraphrases.txt`` tells them again in indirect wording that avoids the
stock phrases; both hold everyday messages too. They measure how far the concepts and rules
carry beyond the messages they were written from, so unlike ``scam.txt`` they are scored as
rates: a floor a little under today's figures (a change that loses recall fails) and a ceiling
on false alarms among everyday messages (counted worse than a miss).
"""

from __future__ import annotations

from collections import Counter

import pytest

from checkers.engine import Engine
from checkers.verdict import Submission
from harness.corpus import load

FAMILIES = (
    "account_lending",
    "bill_toll_fine",
    "boss_relative",
    "credential",
    "ecommerce",
    "fake_friend",
    "government_police",
    "investment",
    "job",
    "loan",
    "parcel",
    "refund_prize",
    "task",
    "wrong_number",
)


# file: (least share of scams flagged, most everyday messages flagged)
FILES = {
    "families_en.txt": (0.70, 2),
    "families_ms.txt": (0.78, 2),
    "families_zh.txt": (0.82, 2),
    "families_ta.txt": (0.65, 2),
    "paraphrases.txt": (0.40, 2),
}


@pytest.mark.parametrize("name", sorted(FILES))
def test_every_family_is_told_often_enough(name: str) -> None:
    samples = load(name)
    assert {s.level for s in samples} <= {"scam", "suspicious", "no_red_flags"}
    counts = Counter(s.family for s in samples if s.level != "no_red_flags")
    least = 10 if name == "paraphrases.txt" else 5
    assert {f for f in FAMILIES if counts[f] < least} == set(), counts
    everyday = [s for s in samples if s.level == "no_red_flags"]
    assert len(everyday) >= 30
    assert all(s.family == "everyday" for s in everyday)


@pytest.mark.parametrize("name", sorted(FILES))
async def test_recall_and_false_alarms(engine: Engine, name: str) -> None:
    floor, most_false_alarms = FILES[name]
    flagged: Counter[str] = Counter()
    told: Counter[str] = Counter()
    false_alarms = []
    for sample in load(name):
        verdict = await engine.check(Submission(text=sample.text))
        if sample.level == "no_red_flags":
            if verdict.level != "no_red_flags":
                false_alarms.append((sample.text[:60], [f.code for f in verdict.findings]))
            continue
        told[sample.family] += 1
        flagged[sample.family] += verdict.level != "no_red_flags"
    rate = sum(flagged.values()) / sum(told.values())
    by_family = {f: f"{flagged[f]}/{told[f]}" for f in sorted(told)}
    assert rate >= floor, (f"{rate:.1%}", by_family)
    assert len(false_alarms) <= most_false_alarms, false_alarms
    # No family is missed altogether.
    assert [f for f in told if flagged[f] == 0] == [], by_family


# Development sets, written before the terms that now catch them: (file, least scams, least
# everyday messages, most scams missed). Their everyday messages must all be left alone, save
# the few MOST_ALARMS allows. The *_heldout.txt twins were written with their development set
# and never tuned on: their bound is what the terms catch without having seen them (lower it
# when a change catches more).
DEV_SETS = {
    "abroad_en.txt": (40, 15, 4),
    "impersonation_zh.txt": (18, 10, 1),
    # Its investment sample is caught by its link alone until the Malay lexicon reads "Labur
    # $500, terima $2,500, tanpa risiko": the link model no longer flags a hyphenated name
    # (kripto-untung-pantas.com) for its shape alone, as small businesses' names look the same.
    "friends_market_ms.txt": (15, 10, 2),
    "lending_market_ta.txt": (10, 8, 1),
    # Issue 11: Chinese fraud texts of every kind. The development set was caught term by term
    # (a job advert's bare "月薪5000-6500" read as dollars was a false alarm: now yuan);
    # the held-out twin, written at the same time, was never tuned on and is held at its
    # measured figures (53 of 76 caught, 54 after the second round).
    "fraud_kinds_zh.txt": (70, 40, 4),
    "fraud_kinds_zh_heldout.txt": (70, 40, 10),
    # Issue 11, second round (task / like-for-pay, police and agencies, bosses and
    # acquaintances; mainland, Singapore, traditional): the development set holds the probes
    # the terms were checked on; its twin, written at the same time, was never tuned on and is
    # held at its measured figures (67 of 81 caught before, 74 after).
    "fraud_kinds2_zh.txt": (100, 80, 1),
    "fraud_kinds2_zh_heldout.txt": (80, 45, 7),
    # Issue 11, second hand: mainland case collections retold (对方自称…, 骗子冒充…), WeChat/QQ
    # fragments and short SMS, with citizens' warnings that must stay quiet. The development
    # set holds the probes the terms were checked on; its twin, written at the same time before
    # the lexicon was read, was never tuned on: 47 of 64 caught before, 54 after (its one
    # everyday alarm, a tax-refund notice's "请关注银行卡到账情况", is older than the change).
    "fraud_kinds3_zh.txt": (110, 78, 3),
    "fraud_kinds3_zh_heldout.txt": (64, 40, 10),
    # Issue 11, bosses / acquaintances and police / agencies by a third hand (brief s23zh),
    # written before the Chinese lexicon was read: the development set's first 42 scams and
    # 30 everyday messages were 37 and 3 flagged before, 42 and 0 after; the probes invented
    # while the terms were written follow them (119 of 138 caught; the one everyday alarm is a
    # court's small-claims hearing notice, read as a fake court's). Its twin, written at the
    # same time and never tuned on: 39 of 42 caught and 0 of 30 everyday flagged before, 40
    # and 0 after.
    "impersonation2_zh.txt": (180, 118, 17),
    "impersonation2_zh_heldout.txt": (42, 30, 2),
    # Issue 11, fourth hand (brief s24zh): the fraudster's own message (SMS with 【签名】,
    # WeChat/QQ fragments, traditional and Singapore) of many kinds, with everyday texts that
    # share their words. The development set's first 101 scams and 52 everyday messages were
    # 83 and 3 flagged before, 96 and 0 after; the probes the terms were checked on follow them
    # (314 of 348 caught, none of 364 everyday flagged). Its twin, written at the same time
    # before the lexicon was read and never tuned on: 47 of 63 caught and 3 of 42 everyday
    # flagged before, 47 and 3 after (one gained, a landlord's "new account for the rent"; one
    # lost, an account buyer's "实名认证的" that was caught only because 实名认证 read as both
    # a KYC demand and a verification request, the overlap that flagged ticket notices).
    "fraud_kinds4_zh.txt": (348, 364, 22),
    "fraud_kinds4_zh_heldout.txt": (63, 42, 11),
    # Issue 11, fifth hand (brief s25zh): bosses, teachers, relatives, old classmates and
    # clients, task and like-for-pay, police / procuratorate / court / medical insurance /
    # customs, often with no link, amount or number. The development set's 120 scams and 104
    # everyday messages were 96 and 10 flagged before, 115 and 3 after; the probes the terms were
    # checked on follow them (145 of 152 caught, 7 of 155 everyday flagged: two friends' new
    # numbers that ask nothing, the same shape kinds_ms.txt calls a scam; a real court hearing
    # notice; rent paid by a travelling flatmate "back soon"; a landlord abroad paid by
    # transfer for years; two suppliers' "pay first, then we ship"). Its twin, written at the
    # same time before the lexicon was read and never tuned on: 63 of 71 caught and 4 of 52
    # everyday flagged before, 65 and 3 after.
    "fraud_kinds5_zh.txt": (152, 155, 7),
    "fraud_kinds5_zh_heldout.txt": (71, 52, 6),
    "jobs_sg_en.txt": (83, 50, 1),
    # Held out: written with jobs_sg_en.txt and never tuned on; its bounds are what it measured.
    "jobs_sg_en_heldout.txt": (83, 50, 5),
    # Issue 11: English smishing of 2020-2026 (US, UK, Singapore) and British premium-rate
    # prize spam; the development set was caught term by term, its twin never tuned on.
    "smish_modern_en.txt": (105, 66, 3),
    # Its held-out twin: 49 of 61 caught and 1 of 40 everyday flagged before any change.
    "smish_modern_en_heldout.txt": (61, 40, 6),
    # Issue 11, English jobs and fresh Singapore scams by a second hand: the development set
    # (79 of 83 caught and 2 of 52 everyday flagged before; probes added while tuning), and
    # its twin, written at the same time and never tuned on: 74 of 83 caught and 3 of 52
    # everyday flagged before the change, 81 and 1 after (held there).
    "jobs2_en.txt": (163, 93, 1),
    "jobs2_en_heldout.txt": (83, 52, 2),
    # Issue 11, third English hand: smishing as reported 2023-2026 (wrong-number and romance
    # openers, "Hi Mum", tolls and fines, couriers, bank alerts, renewals, tax refunds,
    # recruiters, Singapore agencies, marketplace buyers, loans) with everyday SMS that share
    # their words. The development set: 43 of 50 caught and 2 of 40 everyday flagged before,
    # 46 and 0 after. Its twin, written at the same time before the lexicon was read and never
    # tuned on: 41 of 50 caught and 2 of 40 everyday flagged before, 42 and 2 after (the one
    # gain, a buyer who "transferred the money", came with "sent the money" and its wordings;
    # both alarms, a telco bill "now available" and a warning that retells an aunt's "Hi Mum" text, are
    # older than the change and kept as measured).
    "smish3_en.txt": (50, 40, 4),
    "smish3_en_heldout.txt": (50, 40, 8),
    # Issue 11, fourth English hand: smishing kinds the earlier sets cover thinly (e-wallet KYC
    # expiry, "if you did not make this transaction call", Apple ID and iCloud, subscriptions,
    # PayPal and crypto-exchange alerts, DMV and licences, jury duty and warrants, social
    # security, pensions, Medicare and CPF, health notices, utilities, SIM swap and eSIM, USSD
    # codes, lottery and inheritance fees, address problems, surveys, review and "optimisation"
    # recruiters, openers, charity appeals, "dot com" links, capitals and leetspeak) with
    # everyday SMS that share their words. The development set: 75 of 90 caught and 1 of 48
    # everyday flagged before, 82 and 0 after. Its twin, written at the same time before the
    # lexicon was read and never tuned on: 48 of 60 caught and 3 of 41 everyday flagged before,
    # 49 and 2 after (the gain, a courier link written "yodel-fix dot co dot uk", came with
    # "dot com" and its kin as a push to click; the alarm lost, a warning that "texts saying
    # ... are fake", with "texts saying" as talk about a scam; both alarms left, a power bill
    # "due on 12/15" with the utility's own site, not known as official, and a charity's thank-you
    # for "your gift of £20", read as a prize, are older than the change and kept as measured).
    # Left missed in both: USSD call-forwarding codes ("dial *21*...#", which the lexicon cannot
    # spell), charity appeals with a link, and bare wrong-number openers.
    "smish4_en.txt": (90, 48, 8),
    # (s25para's euphemisms catch one more of this twin: 50 of 60, bound lowered to 10.)
    "smish4_en_heldout.txt": (60, 41, 9),
    # Issue 11, fifth English hand (brief s25en): smishing as citizens report it to US, UK and
    # Australian trackers (KYC expiry, foreign card charges, Apple "1D", COVID exposure, USSD
    # call forwarding, "x dot com" links, leetspeak, wrong-number openers, recruiters and
    # task jobs, tolls, couriers, DMV, tax refunds, subscriptions, crypto, surveys, "Hi Mum",
    # premium rate) with everyday SMS that share their words. The development set's first 105
    # scams and 53 everyday messages were 88 and 4 flagged before, 97 and 1 after (the one
    # left, a real bank's "Did you attempt a card purchase? Reply YES or NO", reads exactly as
    # the scam does); the probes the terms were checked on follow them (197 of 212 caught, 2 of
    # 125 everyday flagged: that bank alert and a Linkt toll notice whose site is not known as
    # official). Its twin, written at the same time before the lexicon was read and never tuned
    # on: 66 of 78 caught and 1 of 46 everyday flagged before, 69 and 1 after (a NatWest "new
    # payee, if you didn't, call us on 03457..." read as a charge to cancel, older than the
    # change). Left missed in both: bare wrong-number openers and "Hi Mum, new number",
    # survey-for-a-voucher texts (retailers send the same), a lab's "your result is ready" with
    # a short link, "Text YES to claim a free ringtone", Australian numbers given to call, and
    # in the twin a crypto exchange's "if you did not initiate this, cancel here: <link>" and a
    # stranger's "I made $12,000 on a crypto app, my mentor can teach you".
    "smish5_en.txt": (212, 125, 15),
    "smish5_en_heldout.txt": (78, 46, 9),
    "kinds_ta.txt": (43, 26, 2),
    "kinds_ms.txt": (43, 26, 2),
    "kinds_ta_heldout.txt": (43, 26, 14),
    "kinds_ms_heldout.txt": (43, 26, 11),
    # Issue 11, second sets: Malay short forms and affixed words, Tamil with English
    # loanwords; read with checkers/malay.py and checkers/tamil.py. The twins were scored
    # once before the change and once after, never tuned on: Malay 27 -> 30 of 36, Tamil
    # 25 -> 26 of 36 (kinds_ms_heldout.txt 29 -> 32 of 43 with the same change).
    "kinds2_ms.txt": (36, 26, 1),
    "kinds2_ta.txt": (36, 26, 0),
    "kinds2_ms_heldout.txt": (36, 26, 6),
    "kinds2_ta_heldout.txt": (36, 26, 10),
    # Issue 11: Tamil written in Latin letters ("Tanglish"), read with the Latin terms of
    # ta.txt. The twin, written at the same time, was scored once before (18 of 35 caught)
    # and once after, never tuned on; its bound is what it measured after.
    "tanglish_ta.txt": (35, 25, 2),
    "tanglish_ta_heldout.txt": (35, 25, 6),
    # Issue 11, third sets: Singapore Malay (sy, utk, x, dh) and Tamil in Tamil script with
    # English loanwords and some Tanglish, written with their twins before the lexicons were
    # read closely. The development sets hold the first texts (Malay 25/30 caught and 3/22
    # everyday flagged before, Tamil 24/30 and 1/22) and four rounds of probes each written
    # before the terms that catch them. Missed: in both, a bare "new number, save it", left
    # alone by design; in Tamil also a sealed gadget sold with no meet-up and PayNow first,
    # as honest sellers who post write too. The twins were scored once before and once
    # after, never tuned on: Malay 24 -> 25 of 30 and Tamil 21 -> 22 of 30 caught; the Tamil
    # twin's one everyday alarm (a warning quoting "you won a prize, pay the tax first") is
    # older than the change.
    "kinds3_ms.txt": (70, 41, 1),
    "kinds3_ta.txt": (95, 48, 2),
    "kinds3_ms_heldout.txt": (30, 22, 1),
    "kinds3_ta_heldout.txt": (30, 22, 8),
    # Issue 11, fifth Malay and Tamil sets (brief s25msta): every family in indirect wording,
    # short forms (dpt, awk, tgh), loanwords and Tanglish, with everyday messages that share
    # their words (bank, Singpass, CPF notices, mosque and temple notices, family money, real
    # part-time adverts, sellers, schools, scam warnings). The development sets: Malay 51 of 74
    # caught and 4 of 47 everyday flagged before, 71 and 0 after; Tamil 39 of 74 and 1 of 47
    # before, 70 and 0 after; probes follow (Malay 91 of 94 and 0 of 55 in all, Tamil 87 of 92
    # and 0 of 54). Two Malay misreadings were behind several: every "hari" (day)
    # read as the job words' "HR" (the short form hr read back), and "hari" as "harian" or
    # "sehari" (pay by the day); also "kawan" read as "berkawan" (let's be friends). Missed
    # in both: a forex broker's "the account manager trades for you", bare wrong-number
    # openers (a loan's documents, a courier's address), and in Tamil "I sent you a code by
    # mistake, forward it" told in two sentences; a seller who wants the money first is
    # caught only when he also refuses COD or a meet-up. The twins, written at the same time
    # and never tuned on: Malay 28 of 42 caught and 1 of 28 everyday flagged before, 29 and 1
    # after (gained: a mother's "hp rosak, pakai hp kawan", "tolong terima duit .. dlm akaun
    # awk"; lost: a wrong number's "x ramai kawan", caught before only by the "berkawan"
    # misreading that flagged everyday texts); Tamil 22 of 42 and 2 of 28 before, 27 and 2
    # after. Their alarms are older than the
    # change and kept as measured: an RC family day's lucky-draw winners told to collect
    # their prize with their IC (both), and a police notice not to lend your bank account
    # (Tamil).
    "kinds5_ms.txt": (94, 55, 3),
    "kinds5_ta.txt": (92, 54, 4),
    "kinds5_ms_heldout.txt": (42, 28, 12),
    "kinds5_ta_heldout.txt": (42, 28, 10),
    # False alarms on everyday Singapore messages in four languages (bank and card alerts,
    # PayNow receipts, OTPs, agencies, couriers, clinics, telcos, schools, family money chats,
    # warnings that quote scams), each language with a few scams that are their near twins.
    # The development set: 5 of 201 everyday flagged before (a salary credit's "SGD 3,650.00，
    # 日期" read as $3,650 a day, a loan instalment's noun "pinjaman" read as "lend me", a
    # bank's "3.88% setahun" as a loan shark's low rate, "top up via the MyM1 app to avoid
    # interruption" as a threat, a Tamil retelling of a scam), 0 after; 20 of 20 scams caught.
    # Probes follow (308 everyday, 49 scams in all), among them three more alarms: a Malay
    # insurance notice's "premium polisi" read as police and its GIRO deduction as a charge
    # one did not make; a refund that "will be returned to your ShopeePay" read as a parcel
    # returned; Malay "boleh tahan" (not bad) read as a parcel held.
    # Its twin, written at the same time and never tuned on: 14 of 120 everyday flagged and 12
    # of 12 scams caught before, 13 and 12 after (see MOST_ALARMS; the one gain, a Tamil bank
    # promo's "ஆண்டுக்கு 3.88% வட்டி", was seen before the Tamil annual-rate terms were written,
    # so it is no independent measure).
    "everyday4.txt": (49, 308, 0),
    "everyday4_heldout.txt": (12, 120, 0),
    # Issue 11, fifth everyday hand: the kinds everyday4_heldout.txt named (OTP and card alerts
    # that say "if this was not you, call us", CPF payouts and IRAS refunds that "will be
    # credited", season parking, "reply 1 to confirm", a courier's free re-delivery, warnings
    # that quote scam lines) and those known on main (a gym's renewal with "call us", "send me
    # the Netflix password again", a requested line termination, a bank loan promo's bare "%
    # interest"), in English, Chinese, Malay and Tamil, each with its scam twins. The
    # development set: 32 of 226 everyday flagged and 52 of 54 scams caught before, 0 and 54
    # after; three rounds of probes follow (349 everyday, 88 scams in all), one scam left
    # missed: a loan shark that adds "reply STOP to opt out" and gives "Call Jason 9876 5432",
    # a number the extractor does not read as one to call. Its twin, written at the same time
    # before the lexicons were read and never tuned on: 18 of 122 everyday flagged and 24 of
    # 24 scams caught before, 10 and 24 after (see MOST_ALARMS).
    "everyday5.txt": (88, 349, 1),
    "everyday5_heldout.txt": (24, 122, 0),
    # Brief s25para: every English family told in indirect wording without the stock phrases
    # (flexible gigs settled every evening, onboarding contributions returned with the first
    # payout, a combination order's shortfall, lending a Singpass or PayNow, a code sent by
    # mistake, arrears and supply cut off, "using my new line", steady gains, a wrong message
    # that turns to a mentor's platform), with everyday messages using the same euphemisms
    # honestly. Development set: 100 of 154 caught before, 149 after, its five everyday alarms
    # all older than the change (see MOST_ALARMS). Its twin, written at the same time by the
    # same hand and never tuned on: 66 of 98 caught before, 87 after, 3 of 42 everyday flagged
    # before and after (it is a near twin, so its gain overstates what unseen wording gains:
    # paraphrases.txt, measured only, went from 95 to 99 of 179, 0 of 36 flagged).
    "indirect5_en.txt": (150, 68, 5),
    "indirect5_en_heldout.txt": (98, 42, 11),
    # Issue 11, sixth hand (brief s26zh): Chinese fraud texts of every kind (campus-loan
    # cancellation, refunds and claims, fake customer service, couriers, game trades, credit
    # repair, soldiers' orders, investment, romance, loans, bosses and acquaintances, task and
    # like-for-pay, police / procuratorate / medical insurance, ETC, prizes, sextortion, DBS /
    # OCBC / UOB / Singapore police / ICA in Chinese), mostly with no link, amount or number,
    # simplified and traditional. The development set's first 136 scams and 107 everyday
    # messages were 94 and 4 flagged before, 123 and 1 after (a court's hearing notice, left);
    # five rounds of probes the terms were checked on follow them (281 of 312 caught, 2 of 248
    # everyday flagged: that court notice and a friend asking for an account's password). Its
    # twin, written at the same time before the lexicon was read and never tuned on: 54 of 83
    # caught and 2 of 51 everyday flagged before, 56 and 2 after (a mediation hearing notice,
    # a shop's part-time job paid daily; both older than the change).
    "fraud_kinds6_zh.txt": (312, 248, 24),
    "fraud_kinds6_zh_heldout.txt": (83, 51, 27),
    # Brief s26job: job and task scams as Singapore gets them (recruiters who saw your resume on
    # JobStreet and move you to WhatsApp, top-ups to unlock tasks, fees for a uniform or training,
    # Singpass asks, cash couriers and rented accounts, "are you still looking for a job?" and "I
    # got your number from a friend" openers) in English, Chinese, Malay and Tamil, with everyday
    # messages that share their words (real agencies, shifts, rider onboarding, tuition agencies,
    # wrong numbers that are wrong numbers). The development set's first 137 scams and 74 everyday
    # messages were 102 and 6 flagged before, 137 and 1 after; a second batch of probes follows
    # (262 of 265 caught, 2 of 186 everyday flagged, both older than the change: a mothers' chat's
    # bakery job "$10/hr, 4 hrs a day, PM me", a landlord's "collect cash from the tenants and bank
    # in to my account"; left missed: "is this Ms Rachel? I'm from the hiring team, a part-time
    # position that fits your profile", which a real agency's call-back reads like, and two whose
    # pay is not read). Its twin, written at the same time before the lexicons were read and never
    # tuned on: 67 of 86 caught and 3 of 48 everyday flagged before, 81 and 3 after.
    "jobs6.txt": (265, 186, 3),
    "jobs6_heldout.txt": (86, 48, 5),
    # Issue 11, sixth Malay and Tamil sets (brief s26msta): every family told the way the fifth
    # twins missed it (requests split over sentences, short forms and Manglish, Indonesian
    # wording, Tamil colloquial endings and Tanglish in Latin letters, no stock phrase, mostly
    # no link), with everyday messages that share their words. The development sets' first
    # texts: Malay 54 of 78 caught and 2 of 48 everyday flagged before, 69 and 2 after; Tamil
    # 42 of 77 and 4 of 48 before, 68 and 2 after. Four rounds of scam probes follow, each
    # written before the terms that catch it (caught when written: Malay 27/42, 23/38, 25/31,
    # 17/20; Tamil 19/36, 16/38, 19/31, 14/20: the last round as many as before it), and three
    # rounds of everyday probes aimed at the new terms, which flagged 4, 10 and 11 when
    # written (family chats, maintenance notices, retold gains, a traffic stop): every term
    # behind them was narrowed or taken out. In all, Malay 142 of 209 caught and 4 of 179
    # everyday flagged by the terms before the change, 185 and 3 after; Tamil 105 of 202 and
    # 10 of 178 before, 177 and 7 after: the alarms left are all older than it (MOST_ALARMS). Missed in both by design: a code "that will come" and the request to
    # forward it told in two sentences (TXT009 reads one sentence), a seller who only wants
    # the money first, a friend's "use your account to receive my friend's money", a debt
    # that was "approved, now 10% deposit as proof". The twins, written at the same time and
    # never tuned on: Malay 23 of 42 caught and 0 of 27 everyday flagged before, 24 and 0
    # after; Tamil 13 of 42 and 0 of 27 before, 14 and 0 after.
    "kinds6_ms.txt": (209, 179, 12),
    "kinds6_ta.txt": (202, 178, 15),
    "kinds6_ms_heldout.txt": (42, 27, 18),
    "kinds6_ta_heldout.txt": (42, 27, 27),
    # Brief s26day, sixth everyday hand: everyday Singapore messages that share scam words in
    # English, Chinese (simplified and traditional), Malay and Tamil, and bank, telco, courier
    # and family notes in Vietnamese, Thai, Tagalog, Burmese and Bengali, which must stay quiet
    # unless a link or number is bad ("reply 1 to confirm, 2 to cancel", lapsed-policy
    # reinstatement, gym membership freezes, bank loan promos with "% p.a." / 年利率, "Ma, can
    # transfer me $40? My card not working", survey draws for a gift card, warnings that quote
    # scam lines), each language with its scam twins. The development set's first 221 everyday
    # messages and 51 scams: 32 flagged and 48 caught before, 0 and 51 after; five rounds of
    # probes follow (465 everyday, 113 scams in all, none flagged, two missed: a clinic's "pay
    # the $30 rebooking fee at <link>" with no other story, and a Vietnamese "new number,
    # PayNow $500" with no link, in a language the checker does not read). Its twin, written at
    # the same time before the lexicons were read and never tuned on: 19 of 120 everyday flagged
    # and 23 of 25 scams caught before, 11 and 23 after (see MOST_ALARMS). everyday4_heldout.txt
    # went from 8 alarms to 5 and everyday5_heldout.txt from 10 to 4 with the same change.
    "everyday6.txt": (113, 465, 2),
    "everyday6_heldout.txt": (25, 120, 2),
    # The lead's fresh Singapore-style scams of 2025-2026 with their everyday twins (no held-out
    # twin: a probe set). Before: 28 of 30 scams caught, 2 of 20 everyday flagged (a Carousell
    # "confirm receipt to release the payment" read as a customs release fee; a shop's lucky draw
    # collected at its counter); after: 33 of 33 (three scams added with the fixes' near misses)
    # and 0 of 21.
    "sg7_en.txt": (33, 21, 0),
    # Brief s27smish, seventh English hand: smishing as US and UK trackers publish it (tolls,
    # couriers' redelivery and address notices, HMRC, DVLA, council tax, IRS, DMV, NHS, Apple
    # ID, Netflix, Amazon, PayPal, crypto wallets, "Did you attempt a payment... If NOT call",
    # new payee, telco and energy bills, "Hi Mum", prizes, loans, recruiters, "STOP to opt out",
    # "Reply Y to activate the link", call-backs with no link, links written with spaces or
    # brackets, misspellings) with everyday SMS that share their words. The development set's
    # first 158 scams and 104 everyday messages were 140 and 3 flagged before, 149 and 0 after;
    # the probes the terms were checked on follow them (125 of 157 caught and 2 of 62 everyday
    # flagged before, 138 and 0 after). Its twin, written at the same time before the lexicons
    # were read and never tuned on: 93 of 105 caught and 3 of 62 everyday flagged before, 95
    # and 2 after (see MOST_ALARMS). Left missed in both: a bank's "Did you attempt... reply
    # NO" and "Text back Y or N" (real banks send the same), a lab's "your result is ready"
    # with a link, robocall warranties, Medicare and debt-relief offers with only a number,
    # voicemail links, bare wrong-number openers, kit texts whose only sign is a stranger's link.
    "smish7_en.txt": (315, 166, 28),
    "smish7_en_heldout.txt": (105, 62, 4),
    # Brief s29smish, ninth English hand: smishing reported on public trackers in 2024-2026 (US,
    # UK, Canada, Australia, Singapore): tolls, PCNs and DVLA, couriers' "address incomplete",
    # bank alerts "reply YES or NO", charges "call to cancel", HMRC / IRS / CRA / ATO refunds,
    # renewals with a number, "Hi Mum", wrong-number and romance openers, crypto mentors,
    # prizes, loans, shut-offs, NHS, student loan forgiveness, reply-only first steps and links
    # or numbers spelt letter by letter. The development set: 141 of 176 caught and 3 of 87
    # everyday flagged before, 166 and 0 after (the probes the terms were checked on were kept
    # out of the file). Its twin, written at the same time before the lexicons were read and
    # never tuned on: 79 of 98 caught and 0 of 52 everyday flagged before, 85 and 0 after. Left
    # missed in both: bare "is this David?" openers, romance hellos with no stranger's pretext,
    # a parcel or claim "update" that only asks a reply, a Winter Fuel Payment "available to
    # you" with a link, debt relief with only a number.
    "smish9_en.txt": (176, 87, 10),
    "smish9_en_heldout.txt": (98, 52, 13),
    # Issue 11, brief s29smish2 (a different writer from smish9_en, who did not read it first):
    # US/UK reported smishing as a tracker shows it (parcels, telcos, HMRC / DVLA / NHS / TV
    # licence, "new payee", "Hi Mum", tolls, bank alerts, payment apps, renewals "call to
    # cancel", IRS / SSA, jury duty, prizes and surveys, loans, crypto, dating lures, wrong-number
    # openers, disaster appeals, utility refunds) with everyday messages sharing their words. The
    # development set: 110 of 126 caught and 3 of 71 everyday flagged before, 119 and 1 after
    # (the probes the terms were checked on were kept out of the file). Its twin, written at the
    # same time before the lexicons were read and never tuned on: 71 of 81 caught and 2 of 51
    # everyday flagged before, 72 and 1 after. Left missed: bare wrong-number openers ("is this
    # David?", "are we still on for dinner?"), a Medicare "free back brace, reply YES", a
    # stranger's "got your number from a friend, add me on snap", appeals that give only an
    # e-mail or a payment tag.
    "smish10_en.txt": (126, 71, 7),
    "smish10_en_heldout.txt": (81, 51, 9),
    # Issue 11, seventh hand (brief s27zh): Chinese fraud texts weighted to what the held-back
    # sets miss, most of them one or two sentences with no link, amount or number: bosses,
    # leaders, teachers and relatives on a new number, task and like-for-pay, police /
    # procuratorate / court / anti-fraud centre, fake customer service, loans, investment,
    # romance, "soldiers" ordering goods, game trades, sextortion, prizes; simplified and
    # traditional, SMS, chat lines, call fragments and retellings ("对方自称是…"); everyday and
    # merchant texts that share their words. The development set's first 152 scams and 101
    # everyday texts: 119 caught and 3 flagged before, 137 and 0 after; nine rounds of probes
    # follow (430 scams and 283 everyday in all: 313 caught and 11 flagged before, 380 and 2
    # after, both older than the change: a classmate's "我换了新微信" read as a fake friend, a
    # supermarket's "恭喜你中了五百元购物卡" read as a prize). Left missed: openers that only ask a
    # favour ("我是你领导，有个事情需要你帮忙": a new manager, the estate office and a child's
    # teacher introduce themselves the same way), "soldiers" who only order, romance openers.
    # Its twin, written at the same time before the lexicons were read and never tuned on: 64 of
    # 84 caught and 2 of 56 everyday flagged before, 72 and 2 after (a parents' notice that "the
    # teacher will not collect privately", a warning that quotes a police call; both older).
    "fraud_kinds7_zh.txt": (430, 283, 42),
    "fraud_kinds7_zh_heldout.txt": (84, 56, 9),
    # Brief s27ms, seventh Malay hand: Malay and Indonesian read better rather than more phrases
    # (amounts "RM5k", "2jt", "300 ribu", "Rp. 500.000"; chat short forms; Indonesian words read
    # one way as their Malay word, rekening/akun as akaun, kirim as hantar, tagihan as bil;
    # colloquial ng-/nge-/ny- and -in; "kenal2"; "pautan" and "pembiayaan" not read from
    # "dipautkan" and "biaya"), with a few general terms and three rule alternatives. The
    # development set: 71 of 84 scams caught and 2 of 54 everyday flagged before, 78 and 0 after;
    # kinds6_ms.txt 185 of 209 before, 188 after. Missed by design: a friend's "terima duit dlm
    # akaun sis, pindahkan ke akaun lain" told over two sentences, sellers who want the money
    # first (everyday in Malay selling) with only "x boleh jumpa" or a hurry, a pakcik in hospital
    # on a nurse's phone, a "Tabung Haji Plus" scheme at 15% a month (a monthly rate is a
    # pawnbroker's too). The twin, written at the same time and never tuned on: 44 of 50 and 1 of
    # 32 before, 44 and 1 after (see MOST_ALARMS). The other Malay twins, before and after:
    # kinds6_ms_heldout 24/42 and 24/42, kinds5_ms_heldout 30/42 and 30/42, kinds3_ms_heldout
    # 26/30 and 27/30, kinds2_ms_heldout 34/36 and 34/36, kinds_ms_heldout 33/43 and 33/43,
    # families_ms 84/102 and 83/102 (an Indonesian buyer's "biaya aktivasi" was caught only as a
    # loan, "biaya" read as "pembiayaan"), none with an everyday message flagged.
    "kinds7_ms.txt": (84, 54, 6),
    "kinds7_ms_heldout.txt": (50, 32, 3),
    # Brief s29ms, ninth Malay/Indonesian hand: every family in Singapore Malay, Malaysian SMS
    # Malay and Indonesian, mostly short first contacts with no link, and everyday messages that
    # share their words. Caught with Malay terms only (one rule: a prize already credited,
    # "saldo sudah masuk", asks nothing in TXT020's "prize & money"): per-task pay "1 tugas",
    # selling or renting a bank account, identity used "utk buka akaun", "modal Rp1 juta bisa
    # jadi Rp10 juta", a loan that wants "bayar RM500 utk buka", money into a courier's own
    # account, "nak aku ajar/tunjuk cara" trading offers, "tersalah add nombor"; the Malay
    # stemmer no longer reads "tapi" as "tap", an Islamic bank's "keuntungan 4.5% setahun" is no
    # big return, a bank's "faedah serendah 6.5% setahun" no easy loan. The development set: 88
    # of 106 scams caught and 4 of 65 everyday flagged before, 98 and 0 after; 211 further probes
    # 157 -> 188 caught, 184 everyday probes 12 -> 9 flagged (none new). Missed by design: bare
    # wrong-number openers ("Hai, ni Puan Lina ke?"), a bare new number, an uncle in hospital
    # who asks into "akaun ni" (a child's "duit tak cukup, transfer ke akaun ni" is the same
    # words), an unpaid fine "bayar segera atau SIM diblokir" (a telco's own reminder reads so),
    # an account update at a .com link. The twin, written at the same time and never tuned on:
    # 59 of 74 and 1 of 40 before, 60 and 1 after (see MOST_ALARMS). The other Malay sets
    # unchanged but kinds6_ms.txt, 193 -> 194 of 209.
    "kinds9_ms.txt": (106, 65, 8),
    "kinds9_ms_heldout.txt": (74, 40, 9),
    # Brief s30ms, tenth Malay/Indonesian hand: every family of issue #11 in WhatsApp Malay,
    # Indonesian and Singapore Malay, mostly short first contacts, with everyday messages that
    # share their words. Malay terms and five rule alternatives: "teka sapa" with a favour, no
    # COD, a toll balance short, "digunakan untuk penipuan" an accusation and no quoting, task
    # deposits and verification or disbursal fees, bantuan kerajaan and pengeluaran KWSP, bank
    # details or an account to verify at a stranger's link beside an agency, overseas admirers
    # (askar, pelantar minyak) asking money, a parcel fee with "tekan link"; KWSP, Bank Negara,
    # MCMC and TNB given their official domains (kwsp.gov.my was read as a stranger's link).
    # The development set: 92 of 113 scams caught and 0 of 61 everyday flagged before, 109 and
    # 0 after; 98 further probes 70 -> 94 caught, their 45 everyday 5 -> 2 flagged (both on main
    # too). Missed by design: a bare new number, bare wrong-number openers, an uncle whose money
    # is "tersekat kat bank". The twin, written at the same time and never tuned on: 52 of 64
    # and 0 of 40 before, 52 and 0 after. The other Malay sets unchanged but kinds6_ms.txt
    # 194 -> 195 of 209 and kinds6_ms_heldout.txt 25 -> 26 of 42.
    "kinds10_ms.txt": (113, 61, 4),
    "kinds10_ms_heldout.txt": (64, 40, 7),
    # Brief s30ms2, eleventh Malay/Indonesian hand (had read no other *_ms set): every family
    # of issue #11, half Indonesian (Yth. Nasabah, kak/gan, BRI/BCA, DANA/OVO, J&T/SiCepat,
    # pinjol, slot, tilang elektronik), half Malaysian/Singapore Malay, mostly short first
    # contacts with no link, with everyday messages that share their words. Malay terms, three
    # rule alternatives (TXT033: an app for a parcel that "gagal dikirim", an app for a wedding
    # invitation, a new concept in four languages; TXT015: a buyer who has the seller verify at
    # a link) and the stemmer: "mak"/"pak"/"kak" only with a possessive ("makan" and "semak"
    # were read as a mother), "pengambilan" only as itself ("ambil tunai" was a job offer).
    # The development set: 70 of 92 scams caught and 2 of 62 everyday flagged before, 83 and 2
    # after; about 230 further probes. Missed by design: a bare new number from a child, a
    # seller's "DP dulu baru dikirim", a "buyer" who overpaid, the golf-party opener, "tugas
    # terakhir" (a student's last assignment too), "Bang" (any man is addressed so). Left
    # flagged: "cuan 2% bulan ini" on a fund (read as "untung # %") and a child borrowing a
    # sibling's account ("pinjam rekening kakak"). The twin, written at the same time and never
    # tuned on: 43 of 59 and 1 of 40 before, 44 and 1 after. The other Malay sets unchanged
    # but families_ms.txt 83 -> 85 of 102, kinds10_ms_heldout.txt 52 -> 53 of 64,
    # kinds6_ms_heldout.txt 27 -> 28 of 42 and kinds_ms_heldout.txt 33 -> 34 of 43;
    # kinds7_ta_heldout.txt 34 -> 35 of 45; paraphrases.txt 106 -> 105 of 179 (Encik Rahman's
    # Google Play vouchers were caught only because "ambil" was read as "pengambilan", a job).
    "kinds11_ms.txt": (92, 62, 9),
    "kinds11_ms_heldout.txt": (59, 40, 11),
    # Brief s31ms, twelfth Malay hand (a different writer): every family in standard, spoken and
    # SMS-short Malay (x, tak, nk, sy, utk, dgn, yg), Manglish and Indonesian spellings, with
    # everyday messages that share their words (bank TAC/OTP, LHDN/KWSP/JPJ notices, surau and
    # mosque notices, kenduri invitations, family money, real jobs, Shopee/Lazada, parcels).
    # The development set: 89 of 104 scams caught and 1 of 63 everyday flagged before, 99 and 0
    # after; each miss paraphrased with other affixes, short forms and word orders (about 200
    # further probes) before its concept was fixed. Missed by design: a friend's bare "boleh
    # pinjam RM500 dulu? esok aku bayar balik", wrong-number openers that only ask "ini Mei
    # Ling ke?", and a "jom video call, tunjuk sikit". The twin, written at the same time and
    # never tuned on: 48 of 69 and 1 of 40 before, 52 and 1 after (a teacher asking parents for
    # an IC copy through the reader stays flagged). The older Malay twins: kinds6_ms_heldout
    # 28 -> 29 of 42, kinds9_ms_heldout 62 -> 63 of 74, kinds10_ms_heldout 53 -> 53 of 64,
    # kinds11_ms_heldout 44 -> 45 of 59, no alarm added.
    "kinds12_ms.txt": (104, 63, 5),
    "kinds12_ms_heldout.txt": (69, 40, 16),
    # Brief s32ms, thirteenth Malay hand (had read no other *_ms set): Indonesian as it reaches
    # people (mama minta pulsa, papa kena tilang, BRI/BCA/Mandiri/BNI, J&T "cek foto paket"
    # and wedding-invitation .apk files, BPJS, pinjol "tanpa BI checking", paid YouTube likes,
    # admin Shopee, arisan online, gold and robot trading) and Singapore and Brunei Malay (CPF,
    # MOM, HDB, SingPost, PayNow, SP Group, BIBD, Baiduri), short and informal, with everyday
    # messages sharing their words. The development set: 99 of 108 scams caught and 2 of 61
    # everyday flagged before, 107 and 0 after; about 100 further probes and paraphrases were
    # written before each term. Missed by design: a COD courier at the door who asks for a
    # transfer to his own account (couriers really do take that). The twin, written at the
    # same time and never tuned on: 54 of 63 and 1 of 40 before, 56 and 1 after. The older
    # Malay twins: kinds11_ms_heldout 45 -> 46 of 59, kinds9_ms_heldout 63 -> 64 of 74, the
    # rest unchanged (kinds6_ms_heldout 29 of 42), no alarm added.
    "kinds13_ms.txt": (108, 61, 1),
    "kinds13_ms_heldout.txt": (63, 40, 7),
    # Brief s32ms2, fourteenth Malay hand (had read no other *_ms set): Malaysian officialdom and
    # the Macau scam (LHDN refunds and arrears, PDRM warrants and "akaun selamat", Mahkamah
    # summonses, JPJ/PDRM/AWAS fines and tolls, TNB and water cut-offs, Pos Laju/J&T/Kastam,
    # BNM and CCRIS, MCMC line cut-offs, KWSP/PERKESO, STR/BSH/Rahmah/SARA, Maybank2u/CIMB TAC,
    # "tekan 1 ... disambungkan ke pegawai polis"), formal and WhatsApp Malay, with real notices
    # and family chat sharing their words. The development set: 84 of 102 scams caught and 6 of
    # 65 everyday flagged before, 99 and 4 after (the four are banks' own login, card-expiry and
    # Secure2u notices and a Taobao customs duty paid to DHL, all flagged before). Missed still:
    # PERKESO's payout with a "document fee" to its agent, an agent who withdraws KWSP early for
    # a commission, and a card alert with a stranger's number. The twin, written at the same time
    # and never tuned on: 43 of 62 and 3 of 40 before, 50 and 3 after (the same three alarms).
    # The older Malay twins: kinds10_ms_heldout 53 -> 55 of 64, kinds_ms_heldout 35 -> 36 of 43,
    # kinds13_ms_heldout alarms 1 -> 0, the rest unchanged (kinds6_ms_heldout 29 of 42).
    "kinds14_ms.txt": (102, 65, 2),
    "kinds14_ms_heldout.txt": (62, 40, 9),
    # Brief s34ms, fifteenth Malay hand: every family (job and task, OTP/TAC, bank and e-wallet,
    # Pos Laju/J&T parcels, prizes, investment, fake relative, PDRM/LHDN/court, Ah Long, account
    # lending, e-commerce) in the SMS shorthand and rojak real senders write (sy, nk, tlg, bgi,
    # krja, u, ko, ws, "bank in", "code tu") and Indonesian slang (gan, cuan, gercep, DM aja), with
    # family chats, real bank TAC and real sellers in the same shorthand. The work spells out more
    # shorthand (checkers/malay.py: sye, bgi, krja/kje, tny, pinjem, ws, gue, ko, rojak "code" as
    # "kod", chat "u" as "anda" but not the "2u" of Maybank2u), reads a message the detector
    # cannot place as Malay when it holds two Malay words or short forms, and adds terms for
    # shorthand prizes ("puan menang", "nombor .. terpilih"), Ah Long approval and fees, mule
    # asks, payment trouble and "x COD". The development set: 74 of 85 scams caught and 1 of 65
    # everyday flagged before, 83 and 0 after. Missed still: a bare "ni no baru adik, save no ni"
    # (a father's real new number reads the same) and an Indonesian WhatsApp-code ask told over
    # two sentences. The twin, written at the same time and never tuned on: 42 of 55 and 0 of 41
    # before, 43 and 1 after (see MOST_ALARMS). The older Malay sets: kinds6_ms 195 -> 196 of
    # 209, the rest unchanged (kinds6_ms_heldout 29 of 42), no alarm added.
    "kinds15_ms.txt": (85, 65, 2),
    "kinds15_ms_heldout.txt": (55, 41, 11),
    # Brief s34ms2, sixteenth Malay hand: religion, community and aid (fake zakat collectors,
    # korban and umrah promos paid to a person, mosque, surau, tahfiz and orphanage appeals into a
    # treasurer's or volunteer's own account, fake STR/BR1M/JKM/BLT aid and its registration
    # links, CDC and GST vouchers in Malay, "ustaz" investments, "program komuniti" lucky draws),
    # with real mosque notices, zakat reminders, aid news and resident groups collecting for a
    # known neighbour. The work: an appeal for orphans, tahfiz pupils or a shortfall of funds
    # (relief_appeal; a mosque or surau by name is not one, as real ones take PayNow too) whose
    # donation (donate: infaq, sedekah, wakaf, donasi) goes by transfer or into a named role's
    # own account (personal_account: "akaun peribadi bendahari/imam/mudir", "rekening pribadi")
    # is TXT025 unless an official account or receipt is named (not_donate); aid programmes read
    # as refunds (STR, BR1M, bantuan asnaf/OKU/kebajikan/banjir, BLT); korban and umrah promos as
    # sales. The development set: 51 of 83 scams caught and 4 of 62 everyday flagged before, 66
    # and 4 after (69 before mosque names and "salurkan .. ke akaun" were taken out again for
    # alarms on kinds7_ms, kinds12_ms_heldout and everyday7). The twin, written at the same time and never tuned on: 26 of 53 and 2 of 40
    # before, 35 and 2 after, the same after that change (see MOST_ALARMS).
    "kinds16_ms.txt": (83, 62, 17),
    "kinds16_ms_heldout.txt": (53, 40, 18),
    # Brief s35ms, seventeenth Malay hand: the scams of Malaysia and Indonesia today, half each
    # (a few Singapore Malay): Macau calls (PDRM, mahkamah, LHDN, Bank Negara, Bareskrim/OJK),
    # Pos Laju/J&T/Ninja Van fees and the Indonesian courier's "lihat foto paket" .apk, TnG,
    # DANA, OVO and GoPay, Maybank/BSN/BCA/BRI "pengesahan", KWSP/i-Sinar, STR, BPJS and bansos,
    # pinjaman tanpa dokumen and pinjol collectors, undian berhadiah, "mama minta pulsa" and new
    # numbers, kerja sambilan/tugasan and wedding-invitation .apk files, with real bank and
    # courier texts, family chats, masjid and surau notices and friends on aid and loans. Most
    # were already caught; the work: a PIN or password to enter ("masukkan .. pin", not after
    # "salah masukkan"), "dana jaminan" as a fee, a pinjol collector's threat to spread data to
    # the borrower's contacts (exposure in the future or first person, a debt named to its
    # reader as unpaid; FAM012: loan & exposure & threat, exposure & unpaid; "kena teror",
    # "pinjol ilegal" as talk), an officer's own account (akaun pegawai) as personal_account,
    # membership (kepesertaan anda) as an account, "kepada pegawai kami" as an ask, a seized
    # phone as a new number, "pengunjung ke <num>" as a prize, and not_other_account: rent paid
    # "ke akaun Maybank tuan rumah" or to the usual account is no other account. The
    # development set: 98 of 104 scams caught and 1 of 72 everyday flagged before, 102 and 0
    # after. Missed still: a GoPay "upgrade" asking for a code at a link (a bare "kode" is also
    # a voucher's) and a SOCSO benefit waiting on stamp duty. The twin, written at the same time
    # and never tuned on: 53 of 59 and 2 of 41 before, the same after (see MOST_ALARMS). The
    # older Malay sets: kinds11_ms_heldout 46 -> 47 of 59, kinds13_ms_heldout 57 -> 58 of 63,
    # kinds14_ms_heldout 50 -> 51 of 62, kinds16_ms 66 -> 67 of 83, no alarm added.
    "kinds17_ms.txt": (104, 72, 2),
    "kinds17_ms_heldout.txt": (59, 41, 3),
    # Brief s35ms2, eighteenth Malay hand (two thirds Malay, one third Tamil, Singapore and
    # Malaysia): scams that want a call-back or a reply, not a click — "jika bukan anda, hubungi
    # 03-…/017-…", "sila hubungi pegawai kami di talian …", "balas YA untuk mengesahkan", card
    # alerts, Macau-style police/court/LHDN/BNM call-backs, couriers' "hubungi kami untuk
    # penghantaran semula", prize, loan and telco call-backs, Tamil "இந்த நம்பருக்கு call
    # பண்ணுங்க" and "YES என்று reply பண்ணுங்க"; with real bank alerts giving the bank's own
    # hotline (1800…, 1-300…, the number on the card), clinics, couriers and schools asking
    # "Balas YA", and friends' and family's "call me back". The work: a Malaysian mobile number
    # (01x-) given to call is a phone (case.malaysian_mobile: banks, courts and couriers never
    # answer on a mobile; landlines and 1-300 lines stay unread), Tamil number-then-verb with
    # "நம்பருக்கு", "உடனே" or "இன்றே" between, "balas .. dengan" as an ask, "jika anda tidak
    # memohon", "jika bukan tuan/puan", "peranti/penerima baharu" and an order one never made
    # (ms, ta) as unrecognised_txn, "tekan <num> atau hubungi" as a callback, and in Tamil "block
    # ஆகப்போகுது", "கைது தவிர்க்க", "card விவரங்கள", "முழு முகவரி" and "message-க்கு reply".
    # The development set: 70 of 96 scams caught and 0 of 55 everyday flagged before, 86 and 0
    # after. Missed still: a transfer "awaiting approval, Balas YA" (a clinic's Balas YA is the
    # same words), and call-backs to a Malaysian landline with a bare "hubungi 03-…" (a real
    # bank's notice is written the same). The twin, written at the same time and never tuned
    # on: 37 of 50 and 1 of 35 before, 38 and 1 after (see MOST_ALARMS).
    # One more missed since s39sg: a Tamil "UOB: new device ... call 6288 1904 immediately",
    # a Singapore landline and nothing else, as the banks' own alerts (see everyday22).
    "kinds18_ms.txt": (96, 55, 11),
    "kinds18_ms_heldout.txt": (50, 35, 12),
    # Brief s36ms, nineteenth Malay hand (Malay and Indonesian): aid, rebates, e-wallets and
    # investment groups — fake STR / BKM / Bantuan Prihatin / e-Tunai / PADU / SARA claims, BLT,
    # bansos, Kartu Prakerja and "subsidi", Touch 'n Go / Boost / GrabPay / DANA / OVO / GoPay
    # freezes, reloads and points, saham / forex / emas / kripto groups with mentors and VIP
    # tiers; with real aid notices naming the official portal, e-wallet receipts and promos,
    # friends on ASB, Tabung Haji and saham, and licensed brokers' notes. The work: aid named
    # with its sum ("bantuan .. <money>", "dana bantuan", "blt <money>", BKM payments) as a
    # payout; an officer's or ministry's aid that waits on a fee with its sum (TXT011: refund &
    # upfront_fee & money & authority; "bayar/biaya materai", "kena/mesti/wajib bayar .. dulu",
    # Kemensos and Dinsos as authorities); an Indonesian mobile (08xx-) given to call is a phone
    # (case.indonesian_mobile, as 01x- is in Malaysia); Kemensos, Prakerja and PADU as official
    # sites (their own warnings naming cekbansos.kemensos.go.id are quiet, look-alikes named);
    # "deposit .. untuk naik taraf" and "tambah deposit" before a withdrawal, crypto balances
    # moved "ke dompet baharu", "akan/pasti/dijamin naik N%" and "naik Nx", "N% per bulan",
    # "labur/modal <money> .. pulangan <money>", "profit pasti", "akun .. kamu", "kamu dapat
    # hadiah"; a top-up of one's own e-wallet ("top up TnG") is no upfront fee. The development
    # set: 81 of 95 scams caught and 2 of 65 everyday flagged before, 89 and 0 after. Missed
    # still: a "professor's assistant" with free stock picks, "dividen 15% sebulan" (a monthly
    # rate is also a loan's), a stock "naik 30%" shared daily, a trading bonus unlocked by a
    # deposit, a pooled insider buy, and a reload "sent by mistake" to be sent back. Older Malay
    # sets gain one scam each (kinds_ms_heldout, kinds6_ms_heldout, kinds10_ms_heldout, kinds14_ms
    # and its twin, kinds16_ms and its twin, kinds17_ms_heldout, kinds18_ms) and kinds16_ms
    # loses its Kemensos alarm (bounds left for the lead). The twin, written at the same time
    # and never tuned on: 46 of 52 and 2 of 36 before, 46 and 1 after (see MOST_ALARMS).
    "kinds19_ms.txt": (95, 65, 6),
    "kinds19_ms_heldout.txt": (52, 36, 5),
    # Brief s37ms, twentieth Malay hand: recovery agents, money "sent by mistake", pinjol and Ah
    # Long collectors, fake help desks answering a complaint, Indonesian "tarif transfer" forms
    # and Malaysian bank / e-wallet alerts with a number to call, SIM / eSIM upgrades, credit
    # cards, jobs abroad, rental and pet deposits, APK files, Telegram mentors, government
    # notices, donors and WhatsApp codes, with everyday messages in the same words. Changes: apk
    # is negatable ("jangan buka fail .apk" warns); "tersalah hantar/kirim" tells a mistake, no
    # request to send; kunci as a key (ambil/pos kunci) is no account locked; a deposit paid at
    # pickup (bayar masa ambil kunci, bayar tunai bila ambil) and an instalment due on a date
    # (perlu dibayar sebelum 7hb) are no upfront fee; Penang, Bekasi, Medan... are read only as
    # themselves (Penang was read as menang, a prize word); a job abroad with pay no real job
    # gives, travel paid and free board is the trafficking lure; terms for a stranger's gift,
    # "sediakan .. OTP", m-banking, an owner overseas and keys by courier, "kos proses", contacts
    # to be messaged, recovery agents. The development set: 55 of 68 scams caught and 6 of 43
    # everyday flagged before, 61 and 0 after. Missed still: a "hacker" who got a friend's money
    # back, two collectors' threats (a visit, contacts told), a pinjol collector whose "di
    # aplikasi" reads as the official channel, Maybank2u's look-alike alert with an 03- number
    # (landlines are not read), a homestay deposit to a named account and a free kitten's cargo
    # fee. kinds17_ms_heldout loses its .apk-warning alarm and kinds19_ms_heldout gains a scam
    # (bounds left for the lead). The twin, written at the same time and never tuned on: 29 of
    # 45 and 2 of 32 before, 29 and 1 after (see MOST_ALARMS).
    "kinds20_ms.txt": (68, 43, 7),
    "kinds20_ms_heldout.txt": (45, 32, 14),
    # Brief s38ms: Malay scams as Malaysians and Singapore Malays receive them (Macau scams in
    # the name of PDRM/BNM/LHDN/Kastam/the courts, courier fees, banks' "akaun digantung", like
    # and follow jobs and top-up tasks, fake loans with fees first, love scams, relatives on a
    # new number, marketplace deposits, investment, fake STR/BSH/Rahmah/CDC/KWSP aid), with
    # everyday messages in the same words. Changes: "laporan" (any report) is no longer read as
    # the warning "laporkan" nor the block "dilaporkan" (SELF_ONLY), so a fake officer's
    # "download apps ... utk buat laporan" is read; warnings "tu semua scam", "link macam tu"
    # describe; "takde/tiada jaminan" (and en "no guarantee*") disclaim returns; a buyer's own
    # "pembeli sahkan" asks no verifying; gifts posted (pos/hantar/kirim hadiah) are parcels;
    # "perlukan bantuan bayar" asks money; "pulangan RMx dari modal RMy" is big returns; a prize
    # "dituntut di pejabat/kaunter" is collected in person. The development set: 58 of 66 scams
    # caught and 4 of 45 everyday flagged before, 62 and 0 after. Missed still: a PS5 seller's
    # "transfer full dulu" (everyday Malay selling), a Persian cat's cargo and crate fee, a lover's
    # crypto platform "untung hari2" (daily profit is also a stall's) and a lover's "guna akaun u
    # kejap utk terima duit". families_ms.txt gains a catch, kinds16_ms.txt loses a prize-draw
    # alarm. The twin, written at the same time and never tuned on: 32 of 42 and 3 of 33 before,
    # 32 and 3 after (see MOST_ALARMS).
    "kinds21_ms.txt": (66, 45, 4),
    "kinds21_ms_heldout.txt": (42, 33, 10),
    # Brief s38ms2: Malay scams as they arrive in 2025-2026 (sender-tagged bank and e-wallet SMS
    # with links, colloquial WhatsApp jobs, Indonesian rekening/diblokir/undian/kurir, Malay-
    # English "pls transfer dulu, nanti i refund", TNG/Boost/GrabPay/ShopeePay, MySejahtera,
    # MyDigital ID and SSPN lures, SPF/ICA in Malay), with everyday bank, e-wallet, family,
    # seller, surau, school and anti-scam messages in the same words. The development set: 48 of
    # 48 scams caught and 1 of 37 everyday flagged before (a friend's booth job "nanti aku pass
    # no supervisor"), 48 and 0 after. Changes: a friend passing on the employer's number is a
    # referral (ms, en); MyDigital ID reads as Singpass's twin, MySejahtera, SSPN/PTPTN, Boost and
    # TNG eWallet as brands, with their official domains; "dapet"/"dpt" are earning words; a
    # payday named ("lepas gaji", "gaji masuk") is no job offer; "nanti i refund" is a friend's
    # repayment; "anda diterima kerja" is a hire, and a fee to pay first told to one just hired is
    # pay-to-work. kinds11_ms_heldout gains a catch, everyday6_heldout loses an alarm (a
    # brother's phone bill "Gaji masuk..."). The twin, written at the same time and never tuned
    # on: 32 of 33 and 0 of 26 before, 32 and 0 after.
    "kinds22_ms.txt": (48, 37, 0),
    "kinds22_ms_heldout.txt": (33, 26, 1),
    # Brief s37cond: CONDITIONS, in English, Chinese, Malay and Tamil (a quarter each). Scams
    # whose request or threat sits in a condition ("if you don't pay by 6pm your account will be
    # suspended", "unless you verify", "otherwise", 如不/否则/若不, jika tidak/kalau tak/
    # melainkan, -ாவிட்டால்/இல்லையெனில், "if you tell us the OTP we will credit you"), and
    # everyday messages of the same shape ("if you did not make this transaction, call the
    # number on your card", "unless you opt out", "if you don't come by Friday the slot goes to
    # someone else", KYC reminders that point to the app). Changes: a negation inside a
    # condition forbids nothing ("if you don't send the code, your account will be closed" still
    # asks; it used to govern the whole sentence when its clause held a request), neutral on
    # every older set; "you don't need to pay anything to the courier" cancels the delivery
    # problem it held. The development set: 58 of 65 caught and 1 of 44 flagged before, 58 and 0
    # after. Missed still: a loan shark's "we will send our ppl to ur house", 保住工作先交培训费
    # and 充值返还 with a lost slot or task as the threat, Malay "bayar deposit .. dulu" for a job
    # ("bayar .. dulu" was tried and reverted: a friend's "boleh bayar sikit dulu" and a painter's
    # "bayar separuh dulu" were flagged), Malay "tekan 'Approve'" and Tanglish "approve pannunga"
    # on Singpass for a loan, and Tamil "OTP சொன்னா ... refund போட்டுடுவோம்" (an "if you tell
    # the OTP" that honest warnings say too). The twin, written at the same time and never tuned
    # on: 30 of 36 and 0 of 32 before, 30 and 0 after.
    "conditions24.txt": (65, 44, 6),
    "conditions24_heldout.txt": (36, 32, 6),
    # Brief s27ta, seventh Tamil hand: every family in written and spoken Tamil, loanwords in
    # their several Tamil spellings, Tanglish and mixed script, with everyday messages (bank,
    # CPF, Singpass, IRAS and town council notices, temples, family money, real jobs, shops,
    # clinics, schools, warnings) that share their words; written with its twin before the
    # lexicon's terms were read. The work reads Tamil better rather than adding phrases:
    # loanwords looked up in one folded spelling (ஸ/ச, ஃப/ப, ண/ன, ள/ல, clusters, a vowel
    # after a pulli), the sandhi consonant read off only where Tamil doubles one, and a term
    # also found in its spoken form (தேடுகிறீர்களா/தேடுறீங்களா, இல்லை/இல்ல, உங்கள்/உங்க,
    # செலுத்தவும்/செலுத்துங்க, -ஆக/-ஆ, -ஆல்/-ஆ), in a noun's other number (ஆவணம்/ஆவணங்கள்)
    # and with an inner noun's case ending (பணத்தை அனுப்ப); then general words for what stayed
    # missed. The development set: 58 of 84 caught and 0 of 53 everyday flagged before, 80 and
    # 0 after (kinds6_ta.txt 177 of 202 before, 185 after; kinds5_ta.txt 87 of 92, 88). Three
    # rounds of everyday probes (81 messages aimed at the new terms and readings) flagged 3
    # when written (a power cut, "the police will arrest the thief", "I know your house"):
    # those threats were taken back. Left missed: a buyer who "paid through CarouPay, confirm
    # at the link in the email", an MOM permit "to be cancelled, pay the officer", a friend's
    # "you come too" to a mentor's signals, a bill "or the power is cut tonight, call this
    # number" (no link: no rule reads it). The twin, never tuned on: 27 of 45 caught and 0 of
    # 31 everyday flagged before, 30 and 0 after; the older Tamil twins moved little
    # (kinds6_ta_heldout 14 of 42 before, 15 after; kinds5, kinds3, kinds2, kinds,
    # tanglish_ta_heldout and families_ta unchanged, no alarm added).
    "kinds7_ta.txt": (84, 53, 4),
    "kinds7_ta_heldout.txt": (45, 31, 14),
    # Brief s27job: job and task scam SMS as many countries report them (US, UK, Singapore,
    # Malaysia, India, the Philippines, Australia), mostly short first contacts ("we are hiring,
    # earn 200-500 a day, reply Y", "your application is approved, contact HR on WhatsApp"), fake
    # recruiters of real brands, mystery shopper, cheque, reshipping and payment-agent jobs,
    # wrong-number openers, Hinglish and Taglish, pay in pesos and "k"; English, Chinese, Malay and
    # Tamil, with everyday messages that share their words. The development set's first 141 scams
    # and 81 everyday messages: 114 and 1 flagged before, 129 and 1 after; a second round of 22
    # scams and 32 everyday probes (17 of 22 caught when written, 20 after; 3 everyday flagged,
    # all on main too: see MOST_ALARMS). Left missed: a recruiter's or headhunter's bare "can we
    # chat about an opportunity?" (a real agency's call-back reads the same), "500-1000 daily"
    # with no currency and no earning word, a parcel "handler" job and fee asks with no job word.
    # Its twin, written at the same time before the lexicons were read and never tuned on: 68 of
    # 92 caught and 0 of 50 everyday flagged before, 74 and 0 after.
    "jobs7.txt": (163, 113, 14),
    "jobs7_heldout.txt": (92, 50, 12),
    # Brief s27day: everyday Singapore messages after the seventh hands (bank and card alerts,
    # OTPs, parcel forwarders, rider / tuition / retail shifts, Carousell / Shopee / Lazada,
    # refunds, lucky draws, insurance, licensed lenders, family money chats, school and temple /
    # mosque / church notices, scam warnings, amounts in Chinese words, Malay short forms, Tamil
    # spoken forms), with near-twin scams in four languages. The development set: 12 of 358
    # everyday flagged and 42 of 42 scams caught before, 0 and 42 after; a round of probes on
    # the day's terms follows (423 everyday, 48 scams in all; 2 alarms left, see MOST_ALARMS).
    # Its twin, written at the same time before the lexicons were read and never tuned on: 7 of
    # 153 everyday flagged and 18 of 20 scams caught before, 1 and 18 after (same hand, near
    # twins: the gain overstates what unseen wording gains).
    "everyday7.txt": (48, 423, 0),
    "everyday7_heldout.txt": (20, 153, 2),
    # Brief s27ta2, eighth Tamil hand, a different writer: Singapore Tamil as older people and
    # migrant workers text it (voice-to-text with little punctuation, English and Tamil in Latin
    # letters mid-sentence, spoken endings, அண்ணா/அக்கா/சார்), with the scams Tamil speakers get:
    # work-permit and job agents, remittance and money mules, loans and loan sharks, Indian
    # lotteries, fake police from India and Singapore, temple and astrologer fraud, romance,
    # parcels from abroad, Singpass and bank phishing, relatives on a new number; the everyday
    # messages share their words. Written with its twin before the lexicon's terms were read. The
    # work reads Tamil word order better: a call word with the light verb after it ("call
    # பண்ணுங்க 8123 4567", "WhatsApp pannunga", "அழைக்கவும்") now presents the number as one
    # to call (checkers/numbers.py); then general words in spoken and mixed script: "your ..
    # account", a complaint "come" against you, fraud "happened" on your number, "a case on
    # you", bail money; threats told as a condition ("இல்லனா .. cancel ஆயிடும்", "கட்டலனா ..
    # ஆள் அனுப்புவோம்", a curse if you do not), a future freeze or block, "நீங்க செய்யலனா" on an
    # unrecognised charge, "to stop it press 1", a parcel "not delivered", a fee "first", a
    # registration sum, details to "enter", a mule's money that "comes into your account" and
    # goes "to the person I name", an agent's personal account. Development set: 49 of 87 caught
    # and 0 of 55 everyday flagged before, 73 and 0 after (kinds6_ta.txt 185 of 202, 187).
    # Four rounds of everyday probes (52 messages aimed at the new words) flagged 9 when
    # written: bare threats ("permit cancel ஆயிடும்", "deport பண்ணுவோம்", "கெட்டது
    # நடக்கும்"), "என் personal PayNow", "பரிசு பணம்" and a loose "if you don't pay, we'll
    # come" were taken back or made conditional. Left missed: romance and matrimony asks with no
    # other sign, temple donations to a person, an astrologer's remedy, a 4D "insider", Tanglish
    # lottery wins ("vizhundhirukku"), "reply pannunga" with a PIN. The twin, never tuned on: 21 of
    # 49 caught and 0 of 32 everyday flagged before, 23 and 0 after (kinds7_ta_heldout 30 of 45,
    # 31; kinds_ta_heldout 27 of 43, 29; kinds6, kinds5, kinds3, kinds2, tanglish_ta_heldout and
    # families_ta unchanged, no alarm added).
    "kinds8_ta.txt": (87, 55, 11),
    "kinds8_ta_heldout.txt": (49, 32, 22),
    # Brief s27zh2: Chinese boss, leader, teacher, acquaintance and relative impersonation,
    # mostly openers of one or two sentences (a title and a new or private number, a move to a
    # new WeChat/QQ/飞书/钉钉/Telegram account, "keep it between us", a money step later, "猜猜我是
    # 谁？听不出来了？", a relative abroad in trouble, a reunion that turns to money), simplified,
    # traditional and Singapore/Malaysia wording (头家, 老细), with everyday texts sharing the
    # words. Development set 121 scams and 100 everyday: 107 caught and 2 flagged before, 119 and
    # 1 after (a relative's "我是你王叔叔，换号了，存一下，周末一起吃饭", older than the change,
    # kept: jobs_sg_en*.txt count the same uncle's and auntie's "save this new one" as scams).
    # Left missed: a boss's bare "头家啦，我换号了…save一下，等下找你" and "我是你爸的老朋友，你爸让我
    # 联系你，加我微信说". Its twin, never tuned on: 48 of 60 caught and 3 of 50 flagged before, 50
    # and 2 after (a company warning "有人冒充总经理要求转账，付款一律走审批流程" and an aunt's new
    # number "我是你刘阿姨，换号了，存一下", both older than the change). The change also catches
    # one more of fraud_kinds7_zh_heldout.txt (73 of 84) and of fraud_kinds_zh_heldout.txt (59 of 76).
    "boss8_zh.txt": (121, 100, 2),
    "boss8_zh_heldout.txt": (60, 50, 6),
    # Brief s29job: job and task scam SMS (task talk after first contact in sets and orders,
    # negative balances and frozen accounts, like-for-pay, fees tied to a job, money mules,
    # moves to Telegram / WhatsApp / Signal / Line and text-only Teams "interviews", fake
    # recruiters of Indeed, JobStreet, LinkedIn, Shopee and Amazon; US, UK, Singapore,
    # Malaysian, Indian, Philippine and Australian voices, a few in Chinese, Malay and Tamil)
    # with everyday texts sharing their words. The development set's first 92 scams and 53
    # everyday messages were 70 and 4 flagged before, 91 and 0 after; the probes the terms were
    # checked on follow them (315 of 322 caught, none of 347 everyday flagged; left missed: an
    # OFW placement fee, a model's "registration is $199" and a 30 % deposit to verify a
    # withdrawal, whose words are everyday beside a job, a receptionist's registration code, a
    # bank-details request for pay, a move to a task group, a Chinese follow-for-a-reward). Its twin, written at the same time before the
    # lexicons were read and never tuned on: 50 of 60 caught and 6 of 40 everyday flagged
    # before, 55 and 3 after (the three left are older than the change: a friend's packing job
    # "$9/hr, I can send you the link" read as a job scam, a Malay interview's "bawa salinan IC"
    # read as an IC request, a focus group's "$50 voucher" read as a prize).
    "jobs9.txt": (322, 347, 7),
    "jobs9_heldout.txt": (60, 40, 5),
    # Brief s29job2: job and task scam SMS as forwarded to scam trackers -- very short first
    # contacts with typos and emoji, pay in odd formats (RM150-RM800/hari, USD 50~300, $1k/wk,
    # ₱1,500 daily, Rs 3000/day, USDT), "I'm HR from ...", "your resume was recommended by",
    # product promotion and hotel-data tasks, Tagalog, Malay and Hindi mixed -- with everyday
    # agency, interview, roster, gig-platform, referral and holiday-job texts. The development
    # set's first 81 scams and 52 everyday messages were 75 and 4 flagged before, 81 and 1 after
    # (the one: a made-up "ntuc-lhub.com.sg" read as a look-alike of a real brand's site); the
    # probes the terms were checked on follow them (191 of 196 caught, 1 of 122 everyday
    # flagged; left missed: two Tagalog texts read as a language we do not read, an "I'm HR
    # manager from" and an "I'm Lisa HR from" opener, which real HR's reminders also say, and a
    # pay-less "would you like to make some extra money"). Its twin, written at the same time
    # before the lexicons were read and never tuned on: 52 of 62 caught and 4 of 41 everyday
    # flagged before, 58 and 2 after (the two left are older than the change: a father's
    # workshop's "$90 cash per day" and a Malay holiday job's "RM50 sehari. Minat?").
    "jobs10.txt": (196, 122, 5),
    "jobs10_heldout.txt": (62, 41, 4),
    # Brief s29zh (issue 11, ninth hand): Chinese fraud texts of every kind, short, half
    # simplified, a third traditional (網拍, 解除分期, 點數, 超商), the rest Singapore/Malaysia:
    # bosses' and teachers' openers and fees, relatives abroad, 王总 and the supplier, tasks and
    # like-for-pay, police and agencies (停机 / 停话, press 1, 安全账户), 会员自动扣费, refunds,
    # loans, 征信, game accounts, investing, and retellings in the fraudster's framing; everyday
    # texts share their words. The development set's first 113 scams and 82 everyday messages
    # were 97 caught and 3 flagged before, 111 and 0 after; the probes the terms were checked
    # on follow them (380 of 403 caught, none of 304 everyday flagged). Left missed: bare
    # openers ("在吗？我是你领导", "听得出我是谁吗？"), a teacher's QR code in the class group, "有人
    # 说你上新闻了，是不是你？" with a link. Its twin, written at the same time before the
    # lexicons were read and never tuned on: 56 of 70 caught and 1 of 50 everyday flagged
    # before, 59 and 1 after (bosses 12 of 18 both, tasks 10 of 12 both, police and agencies
    # 12 -> 13 of 14; the alarm, a fund "收益一般，但还算稳" read as guaranteed returns, is older
    # than the change), 60 with the other ninth hands' changes merged. The other Chinese twins
    # are unchanged.
    "fraud_kinds9_zh.txt": (403, 304, 15),
    "fraud_kinds9_zh_heldout.txt": (70, 50, 7),
    # The lead's fresh Singapore probes of the fifth session (ticket sellers who cannot meet,
    # endorsed investment adverts): 21 of 27 caught and 0 of 23 everyday flagged before
    # concepts no_meetup and endorsement, 27 and 0 after. A development set, not a twin.
    "sg9_en.txt": (27, 23, 0),
    # Brief s29ta: Tamil, every family of issue #11, as short first-contact SMS / WhatsApp texts
    # in formal Tamil, spoken Tamil in Tamil script, Tamil with English words in Latin letters
    # and Tanglish, with everyday messages sharing their words (bank OTPs, temple notices,
    # family money, referrals, tuition, SingPost, Deepavali). An English word with a Tamil
    # ending hyphened or glued on ("account-க்கு", "accountக்கு") now reads as the lexicons spell
    # it ("account க்கு"); terms for a small help asked, a card blocked, today the last day, a
    # seller not met, money multiplied, a lender shaming you to your contacts, a power cut for
    # an unpaid bill (blocked, not a bare threat: outage notices), accounts and SIMs sold or
    # lent, Tanglish earning, jobs, loans, bosses and relatives, a safe account's inflections, a
    # fake passport in your parcel; "have you linked Aadhaar-PAN" is no link to click and an
    # OTP told to the delivery boy no request (both flagged on main). Development set: 81 of
    # 101 caught and 2 of 62 everyday flagged before, 93 and 1 after (a landlord to return a
    # deposit by bank transfer, flagged in English too). Thirteen rounds of own paraphrases
    # (159 scams, 142 everyday) flagged 13 everyday messages when the new terms were written
    # (an outage notice, a bank's "without documents", an ATM PIN, a Diwali bonus, a house
    # advance...); each term was narrowed or taken back. A sister asked for ₹500 "udane" stays
    # flagged, as on main. Left missed: a new number alone, wrong-number openers with nothing
    # else, a too-cheap phone with a link. The twin, never tuned on: 44 of 65 caught and 0 of 40
    # everyday flagged before, 45 and 0 after (earlier Tamil twins, no alarm added:
    # kinds7_ta_heldout 31 -> 34 of 45, kinds6_ta_heldout 15 -> 18 of 42, kinds_ta_heldout
    # 29 -> 30 of 43, families_ta 85 -> 86 of 113, kinds8_ta_heldout 23 of 49 unchanged).
    "kinds9_ta.txt": (101, 62, 8),
    "kinds9_ta_heldout.txt": (65, 40, 15),
    # Tamil across every family by a tenth hand (brief s30ta), in five voices: Indian SMS Tamil,
    # spoken Tamil, Singapore Tamil, Sri Lankan Tamil (ரூ. 5000, இலக்கம், பொலிஸ், முகாமையாளர்,
    # பிடியாணை, முற்பணம்) and Tanglish. Development set: 74 of 104 caught and 4 of 65 everyday
    # flagged before (TNEB's own tnebnet.org, a KYC already updated, a delivery OTP, a reminder
    # to link Aadhaar-PAN), 95 and 0 after. Sri Lankan "ரூ." amounts and "இலட்சம்" are now money;
    # gov.in / nic.in, TNEB and Flipkart are official sites. Five rounds of own paraphrases (73
    # scams, 59 everyday) found 4 everyday alarms, each term narrowed or taken back ("பிணை
    # இல்லாமல்" only before a loan or a sum, "வருமானம் உறுதி" only after a rate, "கணக்கு
    # திறந்து கொடு" only as an offer); a bank's "bring Aadhaar and 2 photos" stays flagged as on
    # main (TXT007). Left missed: wrong-number openers with nothing else, a new number alone, a
    # too-cheap shop or IPO app with a link, a COD parcel fee with "reply 1". The twin, never
    # tuned on: 43 of 67 caught and 2 of 43 everyday flagged before, 46 and 2 after, 47 with
    # main merged (the alarms: a broker's
    # "KYC documents received, verification in 2 days" and a father asked to send a PAN copy
    # for LIC, both flagged on main).
    "kinds10_ta.txt": (104, 65, 8),  # 96 since s34ta2 (the army canteen, an advance paid)
    "kinds10_ta_heldout.txt": (67, 43, 14),
    # Brief s30ta2, an eleventh hand: sixteen Tamil families, formal and spoken, English words
    # in Latin and Tamil letters (India, Malaysia, Singapore). 74 of 96 caught and 4 of 64
    # everyday flagged before (a delivery-boy OTP, a SIM's "activates in 2 hours", a home-loan
    # fee already paid, a gold loan's rate), 89 and 0 after: spoken "ரூபா" is money, a Tamil call
    # verb after a number makes it one given to call, and terms for seven rounds of own
    # paraphrases (143 scams, 106 everyday; every everyday alarm they found was narrowed or
    # taken back). Left missed: bare wrong-number openers, "we met at the party, this is my
    # number", an uncle stuck at an airport, a gas bill paid to a GPay number, mules paid in a
    # bare sum or to buy USDT ("வரும் பணத்தை .. அனுப்பினா" also read a rent paid on). The
    # twin, never tuned on: 37 of 56 and 0 of 42 before, 39 and 1 when scored once after; its
    # alarm (a theft victim's "FIR போட்டாச்சு") showed the police-report terms too broad (own
    # probes: 7 of 7 police reports flagged), and narrowing them to "against you" ("உங்க மேல
    # FIR", "உங்க மகன் .. arrest") leaves it at 37 and 0 (not an independent figure).
    "kinds11_ta.txt": (96, 64, 6),
    "kinds11_ta_heldout.txt": (56, 42, 14),
    # More of them: 22 of 25 and 0 of 16 before the otp and bail-money terms, 24 and 0 after.
    "sg10_en.txt": (25, 16, 1),
    # The lead's Chinese boss and relative openers: 12 of 15 and 0 of 9 before, 14 and 0 after.
    "lead9_zh.txt": (15, 9, 1),
    # The lead's everyday guard set: 3 of 60 flagged when written, 1 after (see MOST_ALARMS).
    "everyday9_lead.txt": (0, 62, 0),
    # The lead's mixed probes (sixth session): 51 of 59 and 4 of 49 before, 59 and 0 after;
    # then job-related everyday messages and Chinese government and task probes (see its header).
    "lead10_mixed.txt": (85, 69, 1),
    # Issue 11, links by a ninth hand (brief s29url): 2025-2026 phishing links as citizens
    # forward them (the bare link or a few words with it) and benign links of sites never seen,
    # written with their twins before the link code was read. Development sets: 128 of 156
    # phishing links caught and 1 of 108 benign flagged before, 140 and 0 after (a name made
    # only of phishing words on any ending, myaccount-sgbank.com/verify; a brand in pieces,
    # wallet-connect; refund and toll names; capitalised short-link slugs; mailbox lures;
    # WeTransfer; a CloudFront PDF no longer asked of the link model). Left missed: bare
    # shorteners with random slugs, pages on free platforms and SharePoint / OneNote / Google
    # Forms lures whose name and words are neutral, a glitch.me name of random words,
    # "ipass-tollway-outstanding.com" and "nsw-fines-revenue.com". Twins, never tuned on: 64 of
    # 84 caught and 3 of 67 flagged before, 69 and 2 after the first changes, 70 and 2 after the
    # brands the 2025 feeds imitate were added (both alarms older than the change:
    # paynow.com.sg and a grocer's /account/login, the link model's).
    "links_phish9.txt": (156, 0, 14),
    "links_everyday9.txt": (0, 108, 0),
    # 71 of 84 with brief s30url's changes (not tuned on it either).
    "links_phish9_heldout.txt": (84, 0, 11),
    "links_everyday9_heldout.txt": (0, 67, 0),
    # Issue 11, links by a tenth hand (brief s30url): phishing links as 2025-2026 feeds show
    # them (kit paths, misspelt and joined brands, free hosts and site builders, IPFS and R2,
    # shorteners, hacked small-business sites, wallet drainers, userinfo tricks) and benign
    # links of sites never seen (clinics, schools, councils, docs, github.io and free-host blogs,
    # long newsletter queries), written with their twins before the link code was read.
    # Development sets: 136 of 154 caught and 4 of 107 flagged before, 148 and 0 after (brands
    # in pieces beside errand words, twelve brands, gov-named, digit-written, wallet-drainer and
    # random free-host names; docs hosts, /stable/modules/ pages, Moodle's login left alone).
    # Left missed: bare shortened links, a /cgi-bin/ folder, dhI (an I for an l). The twins,
    # never tuned on: 63 of 73 caught and 1 of 64 flagged before, 65 and 0 after, 66 and 0
    # once an e-mail address after # counted (scored again after that last change).
    "links_phish10.txt": (154, 0, 6),
    "links_everyday10.txt": (0, 107, 0),
    "links_phish10_heldout.txt": (73, 0, 7),
    "links_everyday10_heldout.txt": (0, 64, 0),
    # Issue 11, links by an eleventh hand (brief s31url), benign side first: real senders'
    # marketing trackers and shorteners, shops' long queries, booking tokens, government
    # e-services of many countries, genuine university and hospital /login pages, SaaS
    # dashboards, storage shares, forms, ticketing, small shops on .shop/.online/.store/.xyz;
    # phishing kits that look like them (tracker and shortener look-alikes, tokens in paths,
    # /login on cheap endings, free hosts, IPFS, pages.dev/workers.dev/r2.dev, Google Sites,
    # punycode, brand subdomain chains), written with their twins before the link code was
    # read. Development sets: 121 of 136 caught and 4 of 108 flagged before, 126 and 2 after (a
    # name spelling a shortener on another ending, bit-ly.site / t-co.link / lnkd-in.com; a
    # Google Sites /view/ name read as a chosen host name; a wallet /connect page on a platform;
    # Epic MyChart's sign-in and a shop's /account/login on a word-like cheap-ending name left
    # to URL013; apple/grab/chase/meta in a firm's phrase no brand to the link model; a short
    # hyphenated firm name on an ordinary ending needs words of weight). Left: bamboohr's
    # /login.php and my.1password.com/signin (the link model's; /login.php is a kit favourite
    # in PhishTank), bare random short links, Slides / Forms / SharePoint pages with neutral
    # names, rcv-4481.live, dlvr-status.cfd, a workers.dev default name; my punycode examples
    # were mostly not real look-alikes (xn--gogle-jra is "gogläe"). Twins, never tuned on: 65
    # of 70 caught and 2 of 63 flagged before, 67 and 1 after (fitwithsam.online/login, the
    # link model's).
    "links_phish11.txt": (136, 0, 10),
    "links_everyday11.txt": (0, 108, 0),
    "links_phish11_heldout.txt": (70, 0, 3),
    "links_everyday11_heldout.txt": (0, 63, 0),
    # Issue 11, links by a twelfth hand (brief s31url2): phishing links of a 2025 feed with no
    # brand word and no phishing word (hacked small businesses' /wp-content/uploads/2025/xx/abc/,
    # /.well-known/, /cgi-bin/ folders; jumbles on .top/.cfd/.sbs/.icu/...; a8x2kq.com; desk
    # words on .help/.support/.services; short names on pages.dev, workers.dev, web.app,
    # vercel.app, netlify.app, github.io; IPFS; /a/b/c/index.php, ?e= and #base64 e-mails) and
    # benign links of the same shapes (shops on cheap endings, personal sites on platforms, PDF
    # menus under /wp-content/uploads/, CDN and SaaS hosts, universities and governments),
    # written with their twins before the link code was read. Development sets: 76 of 136
    # caught and 3 of 104 flagged before, 117 and 2 after (jumbled names on cheap endings,
    # letter-digit jumbles on any ending as shape JUMBLE, short jumbles typed on free
    # platforms, numbered document names there, desk words alone on desk endings, cgi-bin and
    # one-letter folders as kit paths, e-mails in the query, csb.app a platform). Left: the
    # link model's um.edu.my/index.php/... and a pharmacy's index.php?route=...; pronounceable
    # jumbles (zoqlap, hfgye, eeqzx), platforms' generated names (sparkling-dream-41b2),
    # github.io handles (kqwe7, lmz92). Twins, never tuned on: 37 of 64 caught and 3 of 62
    # flagged before, 54 and 2 after (the two left, the link model's: usm.my/index.php/en/
    # and a pharmacy's index.php?route=common/home). PhishTank 3,800 -> 3,813 of 7,483; ISCX
    # 25 of 18,899 unchanged.
    "links_phish12.txt": (136, 0, 18),
    "links_everyday12.txt": (0, 104, 0),
    "links_phish12_heldout.txt": (64, 0, 9),
    "links_everyday12_heldout.txt": (0, 62, 0),
    # Issue 11, links by a thirteenth hand (brief s32url, BENIGN FIRST): links citizens really
    # open (banks', telcos', utilities', airlines', universities', governments' and SaaS sign-in
    # and account pages of many countries, /verify-email?token= and /reset-password?code=,
    # click./links./email./trk. tracking redirects and utm_ links, shops on odd endings,
    # SharePoint/Drive/Dropbox/Box documents, forms, events, calendars, short links, non-English
    # paths) and 2025 phishing shaped like them, written with their twins before the link code
    # was read. Development sets: 101 of 113 caught and 7 of 166 flagged before, 104 and 0 after
    # (a vetted body's own short pages and brands in its subdomains, same-site return URLs,
    # account-errand pages of plain names, fairprice.com.sg; a lure's words around one name of
    # its own; 22 banks, couriers and shops of Europe and Asia). Left: unknown brands beside
    # words that are not a lure's (sparkasse-pushtan-update, ssa-gov-statement), meeting lures
    # on cheap endings, fake shops (brand-clearance-sale.store). Twins, never tuned on: 55 of 61
    # caught and 0 of 65 flagged before, 56 and 0 after. PhishTank 3,813 of 7,483 unchanged;
    # ISCX 25 -> 13 of 18,899 (dated and headline articles, sign-in files returning to their
    # own site).
    "links_phish13.txt": (113, 0, 9),
    "links_everyday13.txt": (0, 166, 0),
    "links_phish13_heldout.txt": (61, 0, 4),
    "links_everyday13_heldout.txt": (0, 65, 0),
    # Issue 11, links by a fourteenth hand (brief s32url2, MIXED YEARS): phishing of 2012-2024 as
    # older feeds hold it (kits in hacked sites' /~user/, /images/, /administrator/, hidden and
    # brand folders, paypal.com/cgi-bin/webscr paths, e-mail addresses in the query, IP hosts
    # with ports, @-tricks, double extensions, 000webhostapp/weebly/yolasite/altervista/.tk,
    # Office 365, webmail and bank kits) and benign links of the same shapes, written with their
    # twins before the link code was read. Development sets: 131 of 141 caught and 17 of 105
    # flagged before, 140 and 2 after (home and office network addresses and localhost judged
    # by nothing; cPanel's webmail port on a site's own mail host; newsletters' unsubscribe
    # pages, forum topics routed through index.php?/topic/, a firm's own webmail host, a club's
    # pay-with-PayPal page and /members/login.php left to the other checkers, not the link
    # model; kit shapes: a hidden folder, a brand's folder under /~user/ or before a sign-in
    # page, a file's name dressed as a page (invoice.pdf.html); RBS, AOL, Caixa; altervista,
    # jimdofree, tripod, angelfire, webs, ucoz as free hosts). Left: a lure glued to a word
    # that is not a filler (webmailadmin-helpdesk.yolasite.com); a confirm page with an address
    # (see MOST_ALARMS), a Joomla gallery's static page (kit folder). Twins, never tuned on: 63
    # of 70 caught and 9 of 60 flagged before, 67 and 1 after. PhishTank 3,813 -> 3,841 of
    # 7,483; ISCX 13 -> 13 of 18,899.
    "links_phish14.txt": (141, 0, 1),
    "links_everyday14.txt": (0, 105, 0),
    "links_phish14_heldout.txt": (70, 0, 2),
    "links_everyday14_heldout.txt": (0, 60, 0),
    # Issue 11, links by a fifteenth hand (brief s34url): phishing of 2024-2026 on cloud
    # platforms (pages.dev, workers.dev, vercel.app, netlify.app, github.io, web.app, r2.dev,
    # S3, Azure blob, Google Cloud Storage, IPFS, glitch, replit, framer, webflow, weebly, wix,
    # Google Sites and Forms) and cheap endings (.top .xyz .icu .cfd .sbs .click .shop .bond .lat
    # .cyou .rest), many after Singapore's banks, SingPost, Singpass, Shopee, LTA and IRAS; and
    # benign projects, docs, portfolios, shops and events on the same, some with Malay,
    # Indonesian or pinyin paths, some naming a brand honestly. Written with their twins before
    # the link code was read. Development sets: 135 of 140 caught and 13 of 102 flagged before,
    # 136 and 3 after (a project about a brand on a free platform, shopee-price-tracker,
    # ocbc-statement-parser, hdb-resale-trends, is not the brand's name nor the link model's;
    # a web app's own /login on an app platform is a plain login page; payout a fee word; a
    # tool about fees, refund-calculator, no fee notice). Left: a hand-typed IPFS hash one
    # letter short, a brand only in a query (cfmh.shop/?u=singpost), claim-your-prize.xyz,
    # cdc-vouchers-sg.framer.app (CDC is no brand: the acronym is everyone's). Twins, never
    # tuned on: 64 of 64 caught and 7 of 61 flagged before, 64 and 5 after.
    "links_phish15.txt": (140, 0, 2),
    "links_everyday15.txt": (0, 102, 0),
    "links_phish15_heldout.txt": (64, 0, 0),
    "links_everyday15_heldout.txt": (0, 61, 0),
    # Issue 11, links by a sixteenth hand (brief s34url2): hosts imitating a brand other than by
    # brand-hyphen-word: the brand run together with words of other languages (bbvamovilseguro,
    # postfinancekonto, bancolombiaenlinea, commerzbanksicherheit), letters misspelt or doubled
    # (steamcommunnitty, rnicrosoft), another site's address in a hostname (viabcp-com.…,
    # www.dbs.com.sg.…), brands as the leftmost labels, punycode, phishing words run together,
    # and Latin American, European and Asian banks; benign: firms whose names hold a brand's
    # letters (dbschenker, uobkayhian, BDO the accountants), small shops, banks' own sites and
    # subdomains, Spanish, Portuguese and German place and trade names (Santander, Itaúna,
    # Grabmal, Solingen). Written with their twins before the link code was read. Development
    # sets: 86 of 127 caught and 5 of 107 flagged before, 105 and 3 after (a distinctive
    # brand's name run together with fillers' words of Spanish, Portuguese, German, Dutch and
    # Malay, countries' codes, login and lure words; letters doubled several times; Bancolombia,
    # Davivienda, Banorte, BCP, Postbank, PostFinance, SCB Easy, BDO Unibank known; Mercado
    # Pago's and Santander's country domains official). Left: an everyday word's brand or three
    # letters beside another language's word (caixatemfgts, uobpersonalsg, sbionlinekyc), ING
    # and Sparkasse (no list can tell their lures from the many real ING and Sparkasse names),
    # typos of short names (uoob, itauu, dbsbnk, gooogle), made-up punycode that imitates
    # nothing, phishing words run together with no brand (unlockmyaccount.online), AEON and
    # Mandiri's Livin'. Twins, never tuned on: 45 of 65 caught and 4 of 61 flagged before, 48
    # and 4 after.
    "links_phish16.txt": (127, 0, 21),
    "links_everyday16.txt": (0, 107, 0),
    "links_phish16_heldout.txt": (65, 0, 16),
    "links_everyday16_heldout.txt": (0, 61, 0),
    # Issue 11, links by a seventeenth hand (brief s35url): phishing off cloud platforms: kits on
    # hacked ordinary sites (/wp-content/, /wp-includes/, /.well-known/, /cgi-bin/, ~user,
    # /images/…/index.php), long subdomain chains (dbs.com.sg.ibanking-login.info), IP hosts and
    # ports, punycode and look-alike letters, redirectors and short links carrying a target
    # (google.com/url?q=, l.facebook.com/l.php?u=, google.com/amp/s/…, rebrand.ly/…?u=), and
    # brand-hyphen names on generic endings; benign: banks', platforms' and governments' own
    # login and account pages, WordPress uploads, small businesses of Singapore, Malaysia,
    # Indonesia and India, university and .gov.sg subdomains, routers and NAS on IP addresses,
    # short links and newsletters' tracking links. Written with their twins before the link code
    # was read. Development sets: 124 of 129 caught and 0 of 111 flagged before, 127 and 0 after
    # (Google's AMP viewer and a short link's query judged by the site they name; a brand's
    # folder with a sign-in folder after it among code or picture folders is a kit's path;
    # found on paraphrases: gov.sg spelt "gov-sg" in a name, redirect services that are no
    # catalogue brand and Yahoo's and Proofpoint's addresses in a path judged by their target).
    # Left: two made-up punycode names that imitate nothing (ɡgogle, ŏocb). Twins, never tuned
    # on: 65 of 70 caught and 0 of 69 flagged before, 69 and 0 after; left: public-bank-pbe-
    # update.com (Public Bank's name in pieces beside an everyday word: "public bank" is a
    # phrase, publicbank is not read in pieces).
    "links_phish17.txt": (129, 0, 2),
    "links_everyday17.txt": (0, 111, 0),
    "links_phish17_heldout.txt": (70, 0, 1),
    "links_everyday17_heldout.txt": (0, 69, 0),
    # Issue 11, links by an eighteenth hand (brief s35url2): phishing with no brand in the host:
    # generic lure names (secure-doc-view, claim-portal, account-review, parcel-track-info) on
    # any ending, random letters on cheap endings, numbered subdomains (secure3., m7.), the brand
    # in the path (/dbs/login, /paypal/login), shared-document lures (/shared/invoice,
    # /docs/view, fax and voicemail notices) and 2025-2026 kits' paths (/wp-admin/css/..,
    # verify.php?id=<hex>, hex session tokens); benign: sites never seen before (shops, clinics,
    # schools, blogs on .xyz/.site/.online, booking and event pages, SaaS docs) in Singapore,
    # Malaysia, Indonesia and India with claim, track, refund, portal, verify, account, docs and
    # shared in their names and paths. Written with their twins before the link code was read.
    # Development sets: 101 of 111 caught and 2 of 100 flagged before, 107 and 2 after (URL019's
    # GENERIC shape now reads a shared document's name with no sender's (docs-share-view,
    # secure-pdf-viewer, fax-message-center) and an alarm or a notice about an account
    # (billing-update-required, account-review-center, package-held-notice), three hyphenated
    # words or more, on any ending). Left: claim-portal.net and parcel-track-info.com (two or
    # three everyday words a courier's or an insurer's site could be named with), plmokn.lol and
    # rtyfgh.shop (keyboard runs with a vowel or a "y"). Twins, never tuned on: 46 of 55 caught
    # and 2 of 53 flagged before, 50 and 2 after.
    "links_phish18.txt": (111, 0, 4),
    "links_everyday18.txt": (0, 100, 0),
    "links_phish18_heldout.txt": (55, 0, 5),
    "links_everyday18_heldout.txt": (0, 53, 0),
    # Issue 11, links by a nineteenth hand (brief s36url): phishing on website and form builders
    # and free hosts other than links_phish15's cloud platforms (weebly, wixsite, square.site,
    # godaddysites, webflow.io, framer, 000webhostapp, sites.google.com, blogspot, notion.site,
    # carrd, jimdofree, strikingly, yolasite, wordpress.com, tilda.ws, HubSpot's hs-sites.com,
    # hubspotpagebuilder.com and share.hsforms.com, typeform, formstack, jotform) with a brand in
    # the name or the path; benign: hawker stalls, home bakers, tuition centres, churches,
    # clubs, NGOs, blogs and portfolios on the same builders, and school-trip, RSVP and
    # volunteer forms on the same form hosts. Written with their twins before the link code was
    # read. Development sets: 140 of 145 caught and 12 of 102 flagged before, 141 and 3 after
    # (on a builder, a plainly named site's pages are no longer judged by the link model on
    # their page names alone: a bakery's /paynow.html, a swim school's /home/student-login, a
    # blog's post about DBS or a Shopee haul, Yola's /concerts.php; HubSpot's page and form
    # hosts are pages anyone can publish; a brand in a Jotform account's name,
    # form.jotform.com/MicrosoftAdmin/…, is URL002; "booking courts" is no court of law). Left:
    # adminmailbox2.wixsite.com/…/upgrade and icasgpassport.wixsite.com (lure words or ICA run
    # together), payroll-hr-update.notion.site (no brand), "DBS: complete your verification
    # today" with a share.hsforms.com form (a bank named and a form anyone can publish, no rule
    # reads the two together). Twins, never tuned on: 56 of 61 caught and 6 of 61 flagged
    # before, 56 and 3 after.
    "links_phish19.txt": (145, 0, 4),
    "links_everyday19.txt": (0, 102, 0),
    "links_phish19_heldout.txt": (61, 0, 5),
    "links_everyday19_heldout.txt": (0, 61, 0),
    # Brief s37url (issue 11): phishing links aimed at Singapore and regional brands by
    # typo-squats and letter swaps, a brand with a country code and word orders, cheap endings,
    # gov.sg look-alikes, homoglyphs and punycode, IP hosts (dotted, decimal, hex, IPv6) and
    # ports, @ in the authority, deep subdomain chains, redirectors (google, facebook, bing,
    # youtube, vk), short links and link-in-bio pages, IPFS gateways; benign: the same brands'
    # real deep links with tracking, go.gov.sg, small businesses on cheap endings, real short
    # links and link-in-bio pages, honest redirects, CDNs, IDN hosts, home IPs, git's user@
    # addresses and Chinese, Malay and Tamil paths. Written with their twins before the link code
    # was read. Development sets: 104 of 120 caught and 3 of 103 flagged before, 113 and 0 after
    # (a short link's or link-in-bio page's name made of a brand and its desk's, alert's or
    # claim's words, s.id/dbs_customerservice, is URL002; bio.link, lnk.bio, beacons.ai,
    # taplink.cc and heylink.me are short links and pages anyone can publish as linktr.ee is;
    # Bing's base64 redirect targets are read; Indonesian "verifikasi" is a lure word; a plain
    # user name before @ is no disguise; a readme on IPFS is no web page; grab.onelink.me is
    # Grab's). Left: letter swaps of three- and four-letter names (dsb-sg.com, obcc), cpfboad.com,
    # sgov.sg-myinfo.autos and mof-gov.sg.com (an agency's initials beside "gov" on a non-gov
    # ending), linkedin.com/slink (LinkedIn's own short link, official) and s.id/CDC-claim-500
    # (CDC is no brand of the catalogue). Twins, never tuned on: 54 of 69 caught and 1 of 57
    # flagged before, 55 and 0 after.
    "links_phish20.txt": (120, 0, 6),
    "links_everyday20.txt": (0, 103, 0),
    "links_phish20_heldout.txt": (69, 0, 12),
    "links_everyday20_heldout.txt": (0, 57, 0),
    # Brief s37url2 (issue 11): phishing hosts that are LOOK-ALIKES of brand and agency names
    # (doubled, dropped, swapped and substituted letters, rn/0/1/l/vv/q homoglyphs, .corn and .sq
    # endings, a brand beside agency or country words: sgov, gov-sg, mof-gov, -gov.sg.<tld>);
    # benign: the brands' own group companies and foreign arms (UOB Kay Hian, iOCBC, Great
    # Eastern, uob.co.id), firms one letter from a brand (dsb.dk, DB Schenker, UCB, PayPay),
    # names with "gov" or "sg" in them (Govinda's, sgcarmart, SGX) and honest rn/0/1 names.
    # Written with their twins before the link code was read. Development sets: 68 of 94 caught
    # and 3 of 85 flagged before, 79 and 2 after (a name of three to six letters with one letter
    # slipped -- a letter doubled in uobb/ocbcc, two swapped in obcc/iars, an inner letter dropped
    # in lazda/shope -- is a look-alike beside a filler, login or lure word, slips that are words
    # or other firms' names excepted; q for g; a Singapore agency's initials beside a government
    # word (mof-gov.com, gstvoucher-gov.com), a government word run together with a country
    # (govsingapore.co) and "gov.sg" before another ending (cdcvoucher-gov.sg.bond) are a
    # government's name; uob.co.id and uob.co.th are UOB's own). Left: slips of three-letter
    # initials other than a doubled letter (dsb-sg, ucb-sg, hbd-gov: other firms' initials),
    # slips of an everyday word's brand (grabb, garb), cpfboad/cpfbord (cpfboard is read whole,
    # not fuzzily), names that are no brand of the catalogue (onemotring, mycareerfuture,
    # heathhub, rnyinfo, changi-airpot, poost, snpass, ocbcbnk). Twins, never tuned on: 37 of
    # 46 caught and 5 of 47 flagged before, 39 and 5 after.
    "links_phish21.txt": (94, 0, 15),
    "links_everyday21.txt": (0, 85, 0),
    "links_phish21_heldout.txt": (46, 0, 7),
    "links_everyday21_heldout.txt": (0, 47, 0),
    # Brief s38url (issue 11): fresh phishing links in 2025-2026 shapes -- free hosts and site
    # builders named for a brand or a lure or with a neutral name and a kit path, IPFS gateways
    # and subdomain CIDs, random subdomains on a kit's domain, a brand in a subdomain of an
    # unrelated domain or in the folders of a hacked site, cheap endings, an e-mail in the query
    # or fragment, punycode look-alikes, hosts written in percent codes, open redirects, numeric
    # addresses and user@host; benign: clubs', firms' and projects' pages on the same hosts (with
    # login/signup paths of their own), Singapore small businesses and blogs on cheap endings,
    # app, meeting and messaging links, documentation, newsletters' tracking links, honest
    # redirects, IDN hosts and home-network addresses. Written with their twins before the link
    # code was read. Development sets: 126 of 143 caught and 8 of 108 flagged before, 132 and 3
    # after (a host in percent codes is read as a browser reads it and is a disguise, URL010;
    # a platform page named only as a shared document, an account alarm or a prize is a lure;
    # a prize lure's words on a cheap ending; a brand's own github.io organisation is not its
    # name misused; a firm's portal subdomain, an app's year and a static site's folder
    # index.html no longer make the model's alarm). Left: lure names with words no list knows
    # (steam-gift-card-free, sgcarmart-escrow-pay, myinfo-update-profile, loan-approved-sg,
    # giftpoints-sg, billing-7731, rewardshub), a Fleek page's own random name, and a brand
    # folder on a hacked site followed by a seller's, a board's or a redelivery folder (a news
    # site files its stories under a brand's folder the same way). Twins, never tuned on: 58 of
    # 65 caught and 5 of 62 flagged before, 60 and 3 after.
    "links_phish22.txt": (143, 0, 7),
    "links_everyday22.txt": (0, 108, 0),
    "links_phish22_heldout.txt": (65, 0, 5),
    "links_everyday22_heldout.txt": (0, 62, 0),
    # Brief s38url2 (issue 11): compromised small sites with a kit in the path (a brand's folder
    # inside the site's own, then only a sign-in's, a fee's or an alarm's words; nested
    # .well-known folders), lure names of ordinary words on any ending (a prize already won, a
    # loan already approved, a task job's commission, an alarm: expiring, full, failed-retry)
    # and random labels or subdomains on cheap endings, against news, shops, docs, small
    # sites' WordPress files and SMEs named with the same words. Development set: 71 of 107
    # caught and 6 of 104 flagged before, 89 and 3 after. Twins, never tuned on: 38 of 55
    # caught and 2 of 54 flagged before, 41 and 1 after.
    "links_phish23.txt": (107, 0, 17),
    "links_everyday23.txt": (0, 104, 0),
    "links_phish23_heldout.txt": (55, 0, 12),
    "links_everyday23_heldout.txt": (0, 54, 0),
    # Brief s36form (issue 11): a named bank, agency or company with a link to a page anyone can
    # publish whose own name is neutral (forms.gle, docs.google.com/forms, forms.office.com,
    # Jotform, Typeform, HubSpot forms, sites.google.com, notion.site, wixsite, weebly, github.io,
    # pages.dev, netlify, vercel), the brand only in the words around it, in English, Chinese,
    # Malay and Tamil; everyday forms from schools, clubs, churches, community centres, HR, a
    # bank's staff club and a sponsored run, and real notices with official links. Written with
    # its twin before the lexicons and rules were read. Development set: 61 of 64 caught and 2 of
    # 54 flagged before, 62 and 2 after (a brand or Singpass, a hosted_link, a request to verify
    # or update that names the account, the reader's details or identity, or a block or a
    # deadline, is account phishing, FAM003; not_brand reads "DBS Staff Club", "OCBC Cycle
    # riders" as another body). Left: ICA's "application is incomplete, submit the missing
    # information" (no verify word) and a Tamil "வரி திருப்பம்" (an odd spelling of a tax refund).
    # Twin, never tuned on: 33 of 37 caught and 2 of 31 flagged before, 34 and 2 after.
    "hosted20.txt": (64, 54, 2),
    "hosted20_heldout.txt": (37, 31, 3),
    # Brief s29zh2 (issue 11, tenth hand, another writer): mainland Chinese fraud SMS by kind as
    # in a public fraud-SMS dataset (【签名】, 退订回T, short links, 400 / 95 numbers): 冒充领导熟人
    # first, 刷单返利, 冒充公检法, 贷款, 冒充客服退款, 虚假投资理财, 游戏交易, 虚假征信, 网络交友, 中奖;
    # everyday bank 95xxx notices, 快递, 运营商 bills, 退订回T promotions, codes, real recruiters,
    # bosses and family. New: a claimed senior title to the reader himself (senior_claim: "我是你
    # 们刘董", "是我，你领导") that only asks if he is free to talk or at the office (free_to_talk),
    # leaves a number, hurries or hushes, or moves him to a chat account; a dating link; a
    # seller told to pay to verify or unfreeze. Development set: 79 of 94 caught and 2 of 72
    # everyday flagged before (an anti-fraud notice, a 12306 code "在页面中输入"), 86 and 0
    # after (bosses 21 -> 23 of 24). Left missed: a principal's QQ group to all parents, game
    # account buyers, 婚恋 fees, a partner abroad borrowing. Its twin, written at the same time
    # before the lexicons were read and never tuned on: 50 of 71 caught and 1 of 50 flagged
    # before, 53 and 1 after (bosses and acquaintances 11 -> 12 of 22: bare "我是你李总",
    # "在忙吗？我是你老领导", relatives' new numbers stay missed; the alarm, 日结 收银员, is older).
    "fraud_kinds10_zh.txt": (94, 72, 8),
    "fraud_kinds10_zh_heldout.txt": (71, 50, 18),
    # Brief s30zh2 (issue 11, twelfth hand, another writer): mainland fraud SMS and WeChat / QQ
    # fragments, half of them impersonations written as first sent (an opener and one small
    # step: save this number, add my new WeChat, come to my office, are you free), the rest
    # 刷单点赞, 公检法, 客服退款, 贷款, 征信, 投资, 游戏, 中奖, 交友; everyday bosses, teachers,
    # couriers, landlords, bank / telco notices and promotions in the same words. New: a rank
    # said as a name ("我是王局", "是我，张处", "我，王处。") is a senior's claim (checkers/titles.py;
    # a department, "我是财务处的", is none); a new number with a teaser put off ("明天跟你说个
    # 事"); lures with a deposit or an add-me; a landlord's card "办挂失" and his wife's card; a
    # stranger's link to log in with QQ. Development set: 62 of 82 caught and 3 of 64 everyday
    # flagged before (积分翻倍, a shop's 日结 cashier with lunch, a relative passing on a
    # girl's WeChat), 72 and 0 after. Left missed: a busy boss's vague errand with no money
    # asked, a stranger referred by "你们老总", a new work group to all, a JD-style charge with
    # a 400 number, game-account buyers and sellers. Its twin, written at the same time before
    # the lexicons were read and never tuned on: 37 of 50 caught and 0 of 42 flagged before,
    # 38 and 0 after (impersonations 19 of 26 both times: a relative's new number with "晚点给你
    # 打电话说个事", "我是你们部门经理，有空吗", a landlord's new account stay missed).
    "fraud_kinds12_zh.txt": (82, 64, 9),
    "fraud_kinds12_zh_heldout.txt": (50, 42, 8),
    # Brief s30sg: Singapore scams of 2025-2026 as the SPF / ScamShield advisories tell them
    # (officials, banks, Singpass, fake ScamShield, marketplaces, fines and vouchers, bills,
    # parcels, fake friends, investment, jobs, Ah Long, APKs, sextortion, kidnap hoaxes, code
    # phishing) and everyday messages sharing their words. Development set: 85 of 105 caught
    # and 0 of 71 flagged before, 99 and 0 after (a Singpass log-in at a stranger's link after a
    # lapse, government payouts by name claimed at one, sextortion, kidnap threats, an embassy's
    # press-1, "I paid through <platform>", "I'm overseas" to a ticket buyer, a trading bot's
    # weekly take). Left missed: a ticket seller's "PayNow first then I transfer", a staycation
    # deposit, a durian app on a short link, "they caught me, do what they say", Telegram
    # Premium log-in, AnyDesk for a "hacked" line. Its twin, written at the same time before
    # the lexicons were read and never tuned on: 46 of 61 caught and 1 of 50 flagged before,
    # 49 and 1 after (the alarm, "lost my phone, using my friend's phone", is older).
    "sg11_en.txt": (105, 71, 6),
    "sg11_en_heldout.txt": (61, 50, 10),
    # Brief s31sg: the scam types of the SPF scam statistics and ScamShield alerts as
    # Singaporeans forward them, half the scammer's text alone and half wrapped in the reader's
    # question ("got this sms, legit anot?", "Received this: ..."), with everyday questions about
    # real notices, family warnings and gov.sg / SPF advisories sharing their words.
    # Development set: 78 of 102 caught and 5 of 71 flagged before, 98 and 0 after (a reader's
    # doubt, rules.toml 'doubting', has the retold line judged; sextortion's exposure, pay-first
    # sellers, accessibility for a stranger's app, the stranded admirer, family warnings' "if
    # anyone call", "confirm scam", "investment scam"). Left missed: "sounds fishy right?" and
    # "my dad got this sms ... he almost paid" about a quoted line (told as warnings), a
    # victim's "the app ask him to enable accessibility", "her account kena hacked ah?" after
    # paying. Its twin, written at the same time before the lexicons were read and never tuned
    # on: 45 of 64 caught and 1 of 50 flagged before, 52 and 1 after (the alarm, an auntie's
    # forwarded "You won $5,000 Singapore Pools" told "ask real or not. I say delete", is older).
    "sg12_en.txt": (102, 71, 4),
    "sg12_en_heldout.txt": (64, 50, 9),
    # Brief s30job: job and task scam first contacts (SMS / WhatsApp) in the US, UK, Singapore,
    # Malaysia, India, the Philippines, Nigeria and Australia -- agency and brand names,
    # rating/boosting/data-submission tasks, reviews, likes, mystery shoppers, reshippers, cheque
    # "assistants", equipment vendors, crypto arbitrage, and many bare invitations with no pay
    # and no link ("we have home-based jobs, want to hear more?") -- with everyday recruiter,
    # roster, rider-incentive, referral, survey-panel and onboarding texts. The development set:
    # 92 of 108 caught and 0 of 64 flagged before, 108 and 0 after (new concepts remote_job,
    # recruiting and job_meeting; the probes the terms were checked on: 108 of 117 caught, 1 of
    # 88 everyday flagged, a Zoom interview read as a remote-access app, on main too). Its twin,
    # written at the same time before the lexicons were read and never tuned on: 49 of 64 caught
    # and 1 of 41 flagged before, 54 and 1 after (the one, older than the change: a survey
    # panel's "$10 Amazon voucher has been sent" read as a prize). Left missed: Tagalog (read as
    # a language we do not read), an errand-runner "assistant" paid by cheque without job words,
    # and CV-source openers ("we came across your profile on ..."), which real agencies send too.
    "jobs11.txt": (108, 64, 0),
    # The lead then took eight generic "recruiting" terms back ("for you", "offer you", "we offer",
    # "invite you", "team needs", "is looking for", "recruitment", "we can offer"): a friend
    # passing on a LinkedIn posting "good for you, interested?" and a real offer letter "we'd like
    # to offer you the remote position" were flagged. The twin loses one catch: 53 of 64.
    "jobs11_heldout.txt": (64, 41, 11),
    # Brief s30job2: job and task scam SMS as a public collection holds them - near-identical
    # waves (the same offer with another name, company, pay, app or country, split between the
    # two files) and one-offs; US and UK voices, then India, the Philippines, Malaysia,
    # Singapore, Nigeria and Indonesia, a few in Chinese, Malay and Tamil; the polite register,
    # the blunt one ("Job: $300/day. Reply Y"), texts that never say "job", and the second steps
    # (training, the first task, the deposit, the withdrawal fee). 88 of 96 caught and 2 of 64
    # flagged before (a recruiter's "phone screen" read as a broken phone's new number, a shop's
    # "datang dengan salinan IC" as an IC photo request), 96 and 0 after; the probes the terms were
    # checked on: 225 of 235 caught, 3 of 132 everyday flagged (all on main too). Its twin, written
    # at the same time before the lexicons were read and never tuned on: 47 of 58 caught and 1 of
    # 42 flagged before, 53 and 0 after. Left missed: a recruiter's bare "we are recruiting for a
    # remote position, can I have a few minutes?" (real agencies send it too) and Tagalog.
    "jobs12.txt": (96, 64, 0),
    "jobs12_heldout.txt": (58, 42, 5),
    # Brief s31job: the second and third messages of job and task scams as victims forward them -
    # the onboarding (trainer, sets of orders, combination orders, negative balance, VIP levels,
    # a frozen account until a tax is paid), the payout talk, the mentor's pressure ("the boss is
    # angry", "you will lose your salary"), money-mule roles and "jobs" that want a Singpass, an
    # IC photo or a bank card; Singlish, Indian, Nigerian and Philippine English, some Chinese and
    # Malay mixed in. 74 of 102 caught and 8 of 64 everyday flagged before, 97 and 2 after (a
    # "your account is frozen? no lah, just the card" and Mum asking for an IC photo). Its twin,
    # written at the same time before the lexicons were read and never tuned on: 45 of 61 caught
    # and 2 of 41 flagged before, 47 and 1 after (Grab's "completed 60 jobs ... $75 bonus").
    "jobs13.txt": (102, 64, 4),
    "jobs13_heldout.txt": (61, 41, 9),
    # Brief s30smish: smishing as public trackers show it, US/UK/Canada/Australia (raw, typos,
    # odd spacing, emojis, "-Team" signatures): state tolls by name, DMV, jury duty and warrants,
    # couriers' address and fee texts with the reply-Y trick, Apple ID/iCloud, Amazon Prime
    # renewal numbers, bank fraud alerts, Zelle/Venmo/Cash App "pending", crypto withdrawals and
    # recovery scams, game codes, IRS/HMRC/CRA/ATO/myGov, Medicare/SSA, TV licence, NHS kits, UK
    # telcos, wrong-number openers, sugar daddies, lotteries, debt relief and insurance spam with
    # "reply STOP"; everyday messages that share their words. Development set: 159 of 186 caught
    # and 0 of 89 everyday flagged before, 172 and 0 after. Left missed by design: bare openers
    # ("hey is this Jen?", "did you get my message yesterday?": friends write the same),
    # insurance lead spam ("no medical exam, reply YES for a free quote"), a carrier's "reply 1 to
    # reschedule" (real furniture deliveries ask the same), "1 new security message, login to
    # view: <link>" (real portals send the same with their own links). Its twin, written at the
    # same time before the lexicons were read and never tuned on: 72 of 94 caught and 2 of 51
    # flagged before, 75 and 2 after (see MOST_ALARMS).
    "smish11_en.txt": (186, 89, 14),
    "smish11_en_heldout.txt": (94, 51, 15),
    # Issue 11, twelfth English hand (brief s30smish2): smishing as a tracker's users paste it
    # (FRM:/SUBJ:/MSG:, [FreeMsg], (1/2), Txt STOP, all-caps, links with spaces), weighted to the
    # kinds writers forget: bare short texts and links, premium sign-ups billed "until you txt
    # STOP", "free" gifts that only ask the shipping, dating lures, loans and debt relief,
    # overcharge refunds, 2FA codes with "if this was not you call", airdrops, senders from
    # Nigeria, India, the Philippines and Malaysia, conversational openers. Development set: 108
    # of 135 caught and 3 of 72 everyday flagged before, 120 and 1 after (see MOST_ALARMS). Left
    # missed by design: bare openers ("Hi, is this Kevin? It's Amy, we met at the wine tasting",
    # "long time no see", "is the house still available for rent?": friends and tenants write
    # the same), "Account alert. Call <number>", a shortened link with only "Action required" or
    # "Final notice", a romance opener with no link or number, a "gift card is ready, complete
    # our survey" (a company's thank-you voucher for a survey reads the same), a lover's "can't
    # talk on this app, text me on my private number" (friends write it too). Its twin, written
    # at the same time before the lexicons were read and never tuned on: 53 of 75 caught and 3
    # of 47 flagged before, 55 and 3 after (see MOST_ALARMS).
    "smish12_en.txt": (135, 72, 15),
    "smish12_en_heldout.txt": (75, 47, 20),
    # Brief s31smish2 (issue 11, fourteenth English hand, who read none of the earlier smish
    # sets): the older and the non-link smishing trackers hold in numbers: premium-rate prizes
    # ("call 09xxx from a landline, claim code K52, 150ppm"), ringtone, game and quiz
    # subscriptions by short code, chat lines and "I'll be your sexy...", PPI / accident /
    # mis-sold-finance claims, "loan approved, reply YES", bank threats with a number to ring,
    # "HMRC: reply with your bank details for your refund", "we tried to contact you re your
    # reward", voicemail notices and bare numbers or keywords; everyday texts share their words
    # (GP, dentist and carrier texts with a number, "reply YES to confirm", raffles, lottery
    # syndicates, Premium Bonds, bank loan notices). Development set: 123 of 169 caught and 6 of
    # 86 everyday flagged before, 157 and 0 after. Left missed by design: bare "Text YES to 85023
    # now!", "Reply YES to receive your payment", "Action required. Reply 1", a lover's "darling,
    # text me at 555-0187", "saw your profile, you're cute, text me" (partners write the same),
    # a held parcel to be answered with an address. Its twin, written at the same time before
    # the lexicons were read and never tuned on: 68 of 89 caught and 3 of 50 flagged before, 77
    # and 2 after (see MOST_ALARMS).
    "smish14_en.txt": (169, 86, 12),
    "smish14_en_heldout.txt": (89, 50, 12),
    # Issue 11, fifteenth English hand (brief s32smish): the ORDINARY tracker mix in its
    # proportions (30 % parcels, 20 % bank and payment-app alerts, 15 % tolls / DMV / IRS / HMRC /
    # DVLA, 10 % account renewals, 10 % prizes and points, 10 % jobs, 5 % crypto, loans, "new
    # number"), the same lure said with many verbs; everyday texts share their words (tracking
    # notices, bank alerts to reply to or ring the number on the card, toll receipts, 2FA codes,
    # "Reply STOP" marketing). Development set: 146 of 150 caught and 0 of 81 flagged before,
    # 148 and 0 after. Left missed: "call our fraud department at <number> to keep your account
    # open" (dormancy notices say the same), "reply STOP CHARGE and we'll call you back". Its
    # twin, written at the same time before the lexicons were read and never tuned on: 75 of 80
    # caught and 1 of 50 flagged before, 75 and 1 after (see MOST_ALARMS).
    "smish15_en.txt": (150, 81, 2),
    "smish15_en_heldout.txt": (80, 50, 5),
    # Issue 11, sixteenth English hand (brief s32smish2): smishing that does NOT sound like
    # smishing: polite, AI-polished texts without urgency words or "click here", texts that ask
    # for a reply or give a number to call ("speak to a representative at ...", "reach our help
    # line on ..."), wrong-number and "your driver left your item" openers, fake 2FA and account
    # recovery, refunds and overpayments, recruiters, disaster appeals, "your appointment is
    # confirmed, pay the deposit"; everyday texts in the same tone (real reminders, fraud alerts,
    # 2FA codes, wrong numbers, refunds, charity). Development set: 122 of 191 caught and 2 of 82
    # flagged before, 142 and 0 after. Left missed: bare conversation openers ("Hi, is this
    # Mark? The dinner is at 7") that read like the everyday ones, a deposit or fee to be paid at
    # a made-up booking site (no code says so yet), "we sent you $500 by mistake, send it back"
    # (a real mistake reads the same). Its twin, written at the same time before the lexicons
    # were read and never tuned on: 48 of 82 caught and 0 of 50 flagged before, 53 and 0 after.
    "smish16_en.txt": (191, 82, 48),
    "smish16_en_heldout.txt": (82, 50, 27),
    # Issue 11, seventeenth English hand (brief s34smish): the same lures written SLOPPILY or
    # DISGUISED: all lowercase or ALL CAPS, "ur acct", "u r due", "pls", "pkg", "b4", misspelt
    # brands (amaz0n, p@ypal, U-S-P-S, royal maill), words spelt out with spaces or dots, links
    # "dot com", glued or in brackets, emoji, Cyrillic look-alikes, full-width letters,
    # zero-width spaces; everyday texts written the same way (friends, real delivery texts, bank
    # alerts, 2FA codes). Development set: 104 of 122 caught and 3 of 70 flagged before, 113
    # and 1 after (SMS short forms read as the words they stand for; "address is wrong", "u
    # crossed without paying", "fine $145"; "my crypto is down 40% this week" and "the lottery
    # jackpot is $800m" no longer flagged). Left missed: bare wrong-number openers, a link
    # written "uspscare . com/x" or glued after ".." ("returned..dpd-rebook-uk dot com"; the
    # extractor reads neither), "reply YES if u made a purchase ... reply NO to cancel" (real
    # banks send it). Its twin, written at the same time before the lexicons were read and
    # never tuned on: 56 of 68 caught and 0 of 45 flagged before, 58 and 0 after.
    "smish17_en.txt": (122, 70, 9),
    "smish17_en_heldout.txt": (68, 45, 10),
    # Issue 11, eighteenth English hand (brief s34smish2): smishing that wants a CALL or a
    # REPLY, not a click: fake Amazon/Apple/PayPal orders and Norton/McAfee/Geek Squad renewals
    # "to cancel call 1-8xx", "reply STOP to cancel the renewal and get a refund", fake fraud
    # teams with a number, parcels that want the name and address by reply, "press 1" and
    # voicemail texts, Medicare/SSA/HMRC/ATO/CPF call-backs, fund-recovery services, Zelle/
    # Venmo/Cash App/PayID "payment pending, upgrade your account"; everyday texts in the same
    # words (real card alerts, renewals, delivery texts asking a reply, appointment
    # confirmations, "reply STOP to opt out" marketing, people asking to be called back).
    # Development set: 82 of 106 caught and 0 of 72 flagged before, 97 and 0 after (a keyword
    # replied "to cancel the renewal / stop the payment" as contact; "will be taken ... to stop
    # this payment"; lost or recovered funds and recovery specialists as a refund; "payment
    # pending", "awaiting clearance"; a parcel not delivered that wants the full name and
    # address by reply, TXT023). Left missed: Australian 1800 and 02 numbers (not read as
    # numbers to call, by design), "Txt Y if this was you or N" and "Reply YES to confirm or NO
    # to cancel" (real banks send it), a UPS "delivery fee, reply YES", a PayID buyer's
    # "upgrade to a business account" with no platform named, a 07700 900 number (drama range,
    # not valid). Its twin, written at the same time before the lexicons were read and never
    # tuned on: 49 of 65 caught and 1 of 46 flagged before, 53 and 1 after.
    "smish18_en.txt": (106, 72, 8),
    "smish18_en_heldout.txt": (65, 46, 12),
    # Issue 11, nineteenth English hand (brief s35smish): the 2025-2026 waves as US/UK/Australian
    # trackers report them, in their ordinary wording: unpaid tolls (E-ZPass, SunPass, FasTrak,
    # Linkt, Dart Charge, "Toll Services"), DMV and driving-licence final notices, parcels (USPS,
    # Evri, Royal Mail, AusPost, DHL "address incomplete"), IRS/HMRC/ATO/myGov/Medicare and
    # energy-rebate lures, iCloud/OneDrive "storage full", bank fraud teams wanting a call or a
    # code, Coinbase/Ledger/seed-phrase texts, failed subscriptions, staffing-agency recruiters,
    # wrong-number and pig-butchering openers, prizes and gift cards; everyday texts in the same
    # words (real toll and DMV reminders, delivery notices, 2FA codes, pharmacy and appointment
    # reminders, "Reply STOP" marketing, school and council notices, friends). Development set:
    # 104 of 114 caught and 2 of 71 flagged before, 107 and 0 after ("failed to renew",
    # "subscription failed", "unknown merchant", "text it back" beside a code, "or a Penalty
    # Charge Notice ... will be issued", Winter Fuel Payment / Energy Bill Support as schemes;
    # "Congrats to Lisa, winner of the raffle" and "paying it tonight so the late fee doesn't
    # hit" no longer flagged). Left missed: bare openers ("Hi Amy, are we still on for dinner?",
    # "Do you still remember me? we met at the charity dinner"; a friend writes the same), a
    # PennDOT "renewal is incomplete ... or your license becomes invalid". Its twin, written at
    # the same time before the lexicons were read and never tuned on: 62 of 65 caught and 1 of
    # 45 flagged before, 62 and 1 after (all three misses bare openers).
    "smish19_en.txt": (114, 71, 7),
    "smish19_en_heldout.txt": (65, 45, 3),
    # Issue 11, twentieth English hand (brief s35smish2): smishing with almost no words, one line
    # and a link or a link behind a sender-style prefix ("USPS: Your package is on hold. <link>",
    # "[DBS] Acct suspended <link>", "HMRC refund pending <link>", a link with two emoji), with
    # lure hosts of every style (brand-hyphen-word, random letters, shorteners, cheap endings,
    # free hosts); everyday one-liners with links from real senders on their own domains,
    # friends sharing news, videos, shops and maps, short-link newsletters. Development set:
    # 89 of 94 caught and 0 of 56 flagged before, 93 and 0 after ("unusual login/sign-in
    # detected", "unusual activity detected", "... detected on your" as unrecognised events
    # that need a link or number; "card .. declined", a digital/OTP token or OTP device as the
    # account; "address not valid/not found", "delivery exception", "reattempt", "kena hold",
    # "update .. addr"; "owed", "toll due"; pkg and prize as errand words of a link's name, so
    # pkg-hold.top and claim-prize-sg.xyz read as lures). Left missed: "Final notice: rb.gy/..."
    # (a shortener and "final notice" alone; a library's reminder says the same). Its twin,
    # written at the same time before the lexicons were read and never tuned on: 49 of 54
    # caught and 0 of 36 flagged before, 49 and 0 after.
    "smish20_en.txt": (94, 56, 1),
    "smish20_en_heldout.txt": (54, 36, 4),
    # Issue 11, twenty-first English hand (brief s36smish): the older waves (2019-2023) public
    # trackers still hold in bulk: FluBot voicemail/photo/parcel-app texts, COVID test kits,
    # PCR results, passes and contact alerts, Royal Mail/Hermes/Parcelforce/AusPost redelivery
    # fees, DVLA, TV Licensing, council tax and energy rebates (Ofgem, "£400 energy discount",
    # cost-of-living payments), failed EE/O2/Vodafone/Three/Telstra/Optus bills, Netflix/Prime/
    # Apple Pay suspended, bank "new payee"/"new device"/"suspicious payment", "Hi Mum, this is
    # my new number", crypto giveaways; everyday texts from the same senders and friends.
    # Development set: 103 of 112 caught and 2 of 71 flagged before, 107 and 1 after (TV
    # Licensing, Telstra and Optus on the official list; a payment trouble's "can't" no longer
    # negates the request beside it; COVID test-kit orders and "someone you were in contact
    # with" as health alerts; "Energy Bills Support", energy vouchers as schemes; a failed
    # payment with details to update at a stranger's link and a cut-off; "monthly payment";
    # installing/downloading an app, and a parcel's app from a stranger's link, FluBot's;
    # "phone .. nicked", "new sim", "in for repair", "are you around"). Left missed: FluBot's
    # "you have a new voicemail, listen at <link>" and "is this you in these photos <link>" (no
    # code says "a message waiting at a stranger's link"). Its twin, written at the same time
    # before the lexicons were read and never tuned on: 55 of 65 caught and 0 of 45 flagged
    # before, 56 and 0 after (five of its nine misses are the same FluBot voicemail and photo
    # lures).
    "smish21_en.txt": (112, 71, 5),
    "smish21_en_heldout.txt": (65, 45, 9),
    # Issue 11, twenty-second English hand (brief s37smish): kinds the earlier smish sets touch
    # thinly: points and miles "expiring" (telcos, cards, airlines, fuel), flight cancellations
    # and delay compensation, hotel "card verification", Singapore agencies and utilities (CPF,
    # ICA, MOM, LTA road tax and ERP, Singpass 2FA reset, IRAS, MOH, SPF, SP Group, U-Save),
    # cards "added to Apple Pay / Samsung Pay, not you? call", digital tokens, ticket refunds,
    # parking apps, PCNs, speed cameras, customs duty, eSIM, porting, WhatsApp/Telegram codes,
    # insurance and lab results, crypto withdrawals, the reply-Y trick, call-backs and one-line
    # lures; everyday texts from the same senders. Development set: 58 of 62 caught and 2 of 44
    # flagged before (with its US call-back numbers written in full; 56 of 62 as first written
    # with 7-digit "1-555-01xx" numbers no parser reads), 60 and 0 after (Singapore Airlines/
    # KrisFlyer, Scoot, Booking.com, Delta and Changi Airport on the official list; "hotline on
    # the back" of the card as the bank's channel; wallet-provisioning alerts and "didn't do
    # this" as a transaction not made; card verification as card details). Left missed: a
    # Booking.com "card verification" lure on a host without the brand's name and a "Chase fraud
    # prevention: a charge is pending, call ... to stop the transaction" (real banks ask a reply
    # NO to stop one). Its twin, written at the same time and never tuned on: 34 of 41 caught and
    # 0 of 30 flagged before (32 of 41 as first written), 34 and 0 after.
    "smish22_en.txt": (62, 44, 2),
    "smish22_en_heldout.txt": (41, 30, 7),
    # Issue 11, twenty-third English hand (brief s37smish2): call-back smishing with no link --
    # pending charges and renewals "call to cancel" (Amazon, Apple, PayPal, Geek Squad, Norton,
    # McAfee, Coinbase), airlines' "flight cancelled, call to rebook", bank fraud teams "call us
    # quoting ref", SIM deactivation, tech-support pop-up texts, tax and parcel call-backs -- with
    # numbers in Australian, UK, US, Malaysian, Indian and Singapore formats; everyday texts from
    # the same senders (YES/NO fraud checks, "call the number on the back of your card", airline
    # notices pointing to the app) and people discussing such texts. Development set: 53 of 64
    # caught and 3 of 43 flagged before, 58 and 1 after (Australian 04xx and Indian ten-digit
    # mobiles written nationally and given to call are a phone, as Malaysian 01x- ones are; a
    # cancelled "your flight" with a stranger's number to call is TXT040; "someone is trying to
    # transfer"; "anyone else got ..." retells). Left missed: Qantas and McAfee texts giving
    # Australian 1300 numbers (unread: Malaysian banks write theirs alike, CIMB's 1300 880 900),
    # a Jetstar "booking cancelled, payment issue" and a United "flight UA 837 cancelled" without
    # "your flight", an HDFC points expiry and a Google "account accessed from Russia". Its twin,
    # written at the same time and never tuned on: 28 of 39 caught and 1 of 31 flagged before,
    # 31 and 1 after.
    "smish23_en.txt": (64, 43, 6),
    "smish23_en_heldout.txt": (39, 31, 8),
    # Issue 11, twenty-fourth English hand (brief s37smish3): the shortest smishing as Singapore
    # and regional phones get it -- a link and 3-12 words behind a sender-ID prefix ("LTA:",
    # "<UOB>", "RM0 CIMB:", "Likely-SCAM"), truncated and "(1/2)" texts, links with and without
    # https on cheap endings and free platforms (local couriers, ERP/PLUS/Touch 'n Go, local banks
    # and wallets, Singpass, IRAS, CPF, CDC vouchers, telco points, miles, Carousell, "1 unread
    # msg") -- and the honest short texts that look the same (real notices on their own domains
    # or with no link, OTPs, go.gov.sg, marketing, friends' links). Development set: 47 of 49
    # caught and 0 of 37 flagged before, 49 and 0 after (Maxis and U Mobile became brands, so
    # "maxis-redeem.icu" is URL002; "you have 1 unread msg" behind a short link or a free-host
    # page is TXT039's message-waiting lure). Its twin, written at the same time and never tuned
    # on: 30 of 33 caught and 0 of 26 flagged before, 30 and 0 after.
    "smish24_en.txt": (49, 37, 0),
    "smish24_en_heldout.txt": (33, 26, 3),
    # Issue 11, thirteenth English hand (brief s31smish): the FORM reported texts take rather
    # than new brands: e-mail-to-SMS gateway texts (FRM:/SUBJ:/MSG: with a sender address),
    # obfuscated or broken links (hxxps, "dot com", a space in the domain, bare IPs, a link split
    # over lines), all caps, words run together ("yourpackage isonhold"), emoji, look-alike
    # letters and fancy fonts, numbers spaced or dotted, very short texts, mid-conversation
    # openers ("as discussed", "following up on your claim"), replies to a STOP and two lures in
    # one. Development set: 161 of 187 caught and 0 of 83 everyday flagged before, 176 and 0
    # after (words run together read apart; a gateway sender's address no longer read as an
    # official link; bare public IPs as links; numbers grouped with middle dots). Left missed:
    # bare openers, a "charge is pending, reply 1 or 2" (real banks send it), "unsubscribe
    # failed, reply with your card's last 4 digits", a cancellation fee "to avoid further
    # charges", a parcel "cannot be delivered, update within 12 hours" with no link. Its example
    # numbers (555-01xx) are no valid numbers, so a few "call <number>" texts miss where a real
    # number would be read. Its twin, written at the same time before the lexicons were read and
    # never tuned on: 90 of 108 caught and 1 of 51 flagged before, 94 and 1 after.
    "smish13_en.txt": (187, 83, 11),
    "smish13_en_heldout.txt": (108, 51, 11),
    # Brief s30zh (issue 11, eleventh hand, another writer): Chinese fraud of every kind, over
    # 40 % boss and acquaintance impersonation told in two of the four parts only (opener, pretext,
    # ask, secrecy or hurry), in simplified, traditional (Taiwan, Hong Kong) and Singapore /
    # Malaysia Chinese; everyday texts share their words (a real boss's "come to my office",
    # school-app notices, relatives' new numbers with nothing asked, 95xxx bank notices, 退订回T
    # promotions, pickup codes). New: doctors, nurses, village cadres, officers and fellow
    # villagers as claimed personas; a payee account changed ("房租改交到我爱人账户", "换了银行卡，
    # 以后打这个卡") read as new contact details; fees paid in a new chat group; a boss's summons
    # kept secret and a claimed senior of the reader's unit who asks to be added (TXT031); unpaid
    # traffic fines; Taiwan / Malaysia loan words; "trade on this / our platform"; per-post pay;
    # notices of money already paid, 报销单 and borrowed power banks excluded. Development set:
    # 90 of 104 caught and 2 of 76 everyday flagged before, 100 and 0 after (bosses and
    # acquaintances 38 -> 43 of 45). Left missed: a bare favour kept secret, a "grid worker" who
    # walks one through a medical-insurance check, a renewal link after "如非本人操作", a
    # stranger's compliment with a WhatsApp. Its twin, written at the same time before the
    # lexicons were read and never tuned on: 46 of 62 caught and 1 of 54 flagged before, 49 and 1
    # after (bosses and acquaintances 18 -> 20 of 26; the alarm, a 医保 warning that cards are
    # never "frozen", is older). Ham in the shared-data eval unchanged (3 of 4,844, 3 of 4,827).
    "fraud_kinds11_zh.txt": (104, 76, 4),
    "fraud_kinds11_zh_heldout.txt": (62, 54, 13),
    # Brief s30guard, precision guard after the thirtieth wave's ~1,500 recall terms: everyday
    # Singapore SMS and chats of every sender (bank OTPs and alerts, gov.sg / Singpass / CPF /
    # IRAS / HDB / LTA / ICA / MOH, telcos and SP, couriers and platforms, Carousell, marketing
    # with Reply STOP, school and PG, family money, bosses, recruiters, agents, clinics and places
    # of worship, group orders), a third in Chinese, Malay and Tamil. Everyday only. The first 304
    # were 14 flagged before, 6 after; 186 probes aimed at the wave's terms follow (18 flagged on
    # the wave's main, 5 after: old friends' "long time no see! are you free?" were TXT014). Its
    # twin, written at the same time before the lexicons were read and never tuned on: 5 of 153
    # flagged before and after (see MOST_ALARMS). No scam in any corpus file changed.
    "everyday10.txt": (0, 490, 0),
    "everyday10_heldout.txt": (0, 153, 0),
    # Brief s31guard2, precision guard after the first wave of session 31: everyday Singapore
    # English and Singlish chat (money between friends, parcels, OTPs, banks, jobs passed on,
    # lucky draws, police at the block), forwarded scam warnings and questions from family chats,
    # languages the checkers do not read (Vietnamese, Thai, Tagalog, Burmese, Bengali,
    # Indonesian), Chinese, Malay and Tamil. Everyday only: 17 of 306 flagged before, 4 after
    # (see MOST_ALARMS). Its twin, written at the same time before the lexicons were read and
    # never tuned on: 9 of 152 flagged before, 8 after. No other corpus file changed.
    "everyday12.txt": (0, 306, 0),
    "everyday12_heldout.txt": (0, 152, 0),
    # Brief s31ta, a twelfth Tamil hand aimed at generalisation: sixteen families in Singapore,
    # Indian and Sri Lankan voices, formal, spoken and Tanglish. 92 of 112 caught and 2 of 61
    # everyday flagged before (a KYC copy handed at the branch, a road-tax date read as a
    # phone number), 108 and 0 after: the light verb பண்ண ⇄ செய்ய and a term's inner noun with
    # glued endings (லைக் போட finds லைக்குகள் போட) in the matcher, வெள்ளி/ரூபா and தினம்/மாசம்
    # in pay, dates are no phone numbers, and terms for seven rounds of own paraphrases. Left
    # missed: bare wrong-number openers, a fake shop paid by bank transfer only. The twin,
    # never tuned on: 48 of 65 and 2 of 40 before, the same when scored once after (its misses
    # are other words, not other endings); older twins after: kinds10_ta_heldout 49 -> 51,
    # kinds9_ta_heldout 47 -> 48, kinds2_ta_heldout 30 -> 31, kinds6/7/8/11 unchanged.
    "kinds12_ta.txt": (112, 61, 4),
    "kinds12_ta_heldout.txt": (65, 40, 11),
    # Brief s32ta, a thirteenth Tamil hand: English loanwords in Tamil script and code-mixing
    # (லிங்க்/லிங்கை, அக்கவுண்ட்/அக்கௌன்ட், ஜாப்/ஜொப், கேஒய்சி/கேவைசி, பொலிஸ் ...), sixteen
    # families in Singapore, Indian and Sri Lankan voices. 90 of 114 caught and 4 of 62 everyday
    # flagged before, 113 and 1 after: in the matcher, a Tamil term's loanword is found in every
    # spelling tamil._LOANWORDS lists for it (loan_spellings), and the loanword fold joins
    # clusters before ர/ல anywhere in the word and ௌ with வு; 60 more loanwords (Sri Lankan
    # spellings among them), terms for fees paid first, bills pending, cases filed, permits to be
    # cancelled, accounts rented, favours, PINs to enter; FAM011 takes a trading mentor's high pay
    # and deposit. Left: a fake shop paid by UPI only (missed); a brother's customs duty already
    # paid at the airport (TXT010, see MOST_ALARMS). The twin, never tuned on: 51 of 69 and 1 of
    # 40 before, 52 and 1 after. Older twins after: kinds12_ta_heldout 48 -> 49, the rest unchanged.
    "kinds13_ta.txt": (114, 62, 1),
    "kinds13_ta_heldout.txt": (69, 40, 14),  # 53 since s34ta2 (a sum sent "first")
    # Brief s32ta2: Tamil in the formal, official and translated register (banks, police,
    # courts, customs, electricity boards, tax offices, SingPost, MOM/ICA/CPF in written Tamil
    # with passive forms, honorifics, dates and reference numbers; formal job, investment and
    # prize offers), everyday formal notices sharing their words. Dev 99 of 114 and 6 of 63
    # before, 114 and 0 after. The twin, never tuned on: 58 of 65 and 4 of 40 before, 59 and 3
    # after. Older twins after (main before): kinds12_ta_heldout 49 -> 50 and 2 -> 1 alarms,
    # kinds6_ta_heldout 20, kinds8_ta_heldout 25, kinds13_ta_heldout 52 unchanged.
    "kinds14_ta.txt": (114, 63, 0),
    "kinds14_ta_heldout.txt": (65, 40, 6),
    # Brief s34ta: Tamil as real senders write it, every family (job and task, OTP and KYC,
    # parcel, prize, investment, fake relative, police and government, loan, account lending,
    # e-commerce) with case endings and postpositions, spoken verb forms (அனுப்புங்க,
    # கட்டலைன்னா, பண்ணிக்கலாமா) and loanwords in Tamil letters; everyday chats, temple notices,
    # real bank alerts and jobs in the same words. Dev 70 of 86 and 3 of 64 flagged before, 85
    # and 0 after: a loanword's ending with its last consonant doubled or single is one form
    # (tamil.doubled_forms: அக்கவுண்ட்டை ⇄ அக்கவுண்டை), and the doubled consonant and the
    # ablative no longer count as ending length (அக்கவுண்ட்டுக்கு, டாஸ்க்குக்கு now read as
    # English); office (ஆஃபீஸ்) no longer holds the fee ஃபீஸ், "rate" inside upgrade and trade
    # is no rating task; terms for lent accounts and PayNow, a cousin, a lost purse, a card
    # limit, an office number, spoken other-account, code and minutes, share tips, settling a
    # case, a buyer's payment on hold. Left: concert tickets paid first and e-mailed (missed).
    # The twin, never tuned on: 38 of 53 and 1 of 42 before, the same after (see MOST_ALARMS).
    # Older twins unchanged: kinds6_ta_heldout 20 of 42, kinds8_ta_heldout 25 of 49.
    "kinds15_ta.txt": (86, 64, 1),
    "kinds15_ta_heldout.txt": (53, 42, 15),
    # Brief s34ta2: the Tamil scam waves of India and Sri Lanka that Singapore's Tamil speakers
    # receive too (electricity "disconnection tonight", KYC/PAN, digital arrest by CBI, customs
    # or TRAI, a courier with drugs, loan apps and their morphed photos, YouTube-like tasks, KBC
    # lottery, the army buyer on OLX, UPI collect requests, a relative abroad), a third in
    # Tanglish; real EB reminders, bank alerts, family chats and temple notices in the same
    # words. Dev 65 of 80 and 5 of 60 flagged before, 75 and 3 after: a short Tamil term (first
    # word of five letters or fewer, no gap) is found only where a word starts (concepts.
    # starts_word: ஃபீஸ் not in ஆஃபீஸ், வரி not in முகவரி, பில் not in ஆப்பில்; glued
    # postpositions, the quotative and compound nouns exempt), which changes no verdict on the
    # older Tamil sets; terms for the army persona, a sum sent "first", a loan app's morphed
    # photos sent to the contacts, Tanglish complaints registered and drugs in the parcel, RBI
    # verification, news and awareness meetings about digital arrest. Left missed: an "EB
    # officer" with AnyDesk and no number, a loan collector's threat with no sum, a UPI collect
    # request for a refund, a relative's Touch 'n Go and a niece's fees deadline. Alarms left
    # in MOST_ALARMS. The twin, never tuned on: 39 of 50 and 5 of 40 before, 41 and 5 after.
    # Older sets after: kinds10_ta 95 -> 96 of 104, kinds13_ta_heldout 52 -> 53 of 69,
    # kinds15_ta_heldout 1 -> 0 alarms.
    "kinds16_ta.txt": (80, 60, 3),
    "kinds16_ta_heldout.txt": (50, 40, 8),
    # Brief s35ta: Tamil scams as spoken Tamil is typed on WhatsApp in Singapore, Malaysia, Tamil
    # Nadu and Sri Lanka (colloquial endings, English words in Latin letters inside Tamil
    # sentences, loanwords in Tamil letters): bank KYC/OTP, parcel fees, jobs and tasks, instant
    # loans, prizes, police/CBI "digital arrest", electricity disconnection, a relative's new
    # number, investment groups; family chats, bank alerts and temple and association notices in
    # the same register. Dev 93 of 105 and 3 of 75 flagged before, 102 and 0 after: the auxiliary
    # "become" is found in its completive and spoken forms (tamil.become_forms: block ஆகும்
    # finds block ஆயிடும், அப்டேட் ஆகிவிட்டது finds ஆயிருச்சு), and terms for an EB/TNEB
    # office with "app install பண்ணுங்க" or Team Viewer, "bill not updated", a power cut with a
    # gap, money mule and "warrant வரும்", "நாங்க சொல்ற account" as a third party, a deposit
    # asked "முன்னாடி", "group-ல ... சேருங்க" and "join பண்ண", "100% win rate", "upper
    # circuit", a gift parcel "உங்களுக்கு ... வந்துருக்கு"; a passport photo is no ID photo, the
    # police's "ScamShield app download பண்ணுங்க" no stranger's app, and a fee paid at the
    # counter with its receipt in hand the agency's own channel. Left missed: an "RBI" caller's
    # new account with no crime named, a ₹13 bill paid by a QR sent in the chat, a "recovery
    # team" for shares lost. The twin, never tuned on: 46 of 58 and 2 of 42 before, 46 and 1
    # after. Older sets after: kinds13_ta 1 -> 0 alarms (its brother's airport customs duty).
    "kinds17_ta.txt": (105, 75, 2),
    "kinds17_ta_heldout.txt": (58, 42, 11),
    # Brief s36ta: Tamil scams of Sri Lanka and Malaysia and the polite and spoken endings
    # India's and Singapore's sets rarely use (அனுப்புங்கோ, கட்டோணும், கதைக்கிறன், காசு, ரூபா;
    # duit, akaun, "bank in பண்ணுங்க", TAC, saman; -உங்கள், -வும், -ஆதீர்கள்): jobs and tasks,
    # OTP/bank, parcels, prizes, investment, a relative's new number, police and government,
    # loans, account lending; family, temple, shop, bank and school messages in the same
    # dialects. Dev 76 of 90 and 0 of 60 flagged before, 80 and 0 after: every Tamil term is
    # found as Sri Lanka says it (tamil.colloquial_forms: உங்கட, -ஓணும், -ஏல்லை, -ஆதேங்க,
    # -இனம், -அம்/-அன், எண்டு, வாற, -ட்ட, ஏலாது, -ஆட்டி, இண்டைக்கு, மணித்தியாலம், பிழை),
    # with ற்ற spoken த்த, காசு for பணம், விபரம் for விவரம்; a loanword term in Tamil letters
    # finds the English word in Latin letters with its ending after a hyphen (account-ஐ,
    # card-ல; tamil.latin_forms), and Malaysian Tamil's akaun, kad, bank in, bayar, nombor
    # (tamil.malaysian_forms); sandhi put in or taken out (கணக்கைப் பயன்படுத்த); "give your
    # account to use" and "take it out and send to the one we name" terms. Left missed: a
    # Canada job whose agent's fee has no currency, a USDT tip from a friend, a profit held for
    # a "15% tax", a loan's stamp duty, a Malay-worded loan deposit, three account rentals
    # and a SIM-and-account sale. The twin, never tuned on: 39 of 54 and 0 of 36 before, 39
    # and 0 after. Older sets after: families_ta 93 -> 95 of 113, kinds17_ta 102 -> 104 of
    # 105, kinds5_ta_heldout, kinds8_ta_heldout, kinds11_ta_heldout one more each; no alarm
    # added on any Tamil message of the corpus.
    "kinds18_ta.txt": (90, 60, 8),
    "kinds18_ta_heldout.txt": (54, 36, 15),
    # Brief s36ta2: Tamil job and task scams and fake-friend / new-number openers as Singapore
    # and Indian Tamil speakers receive them (வீட்டிலிருந்து வேலை, தினசரி சம்பளம், பகுதி நேர வேலை,
    # டாஸ்க், லைக் பண்ணா பணம், "இது என் புது நம்பர்", "நான் யாருன்னு தெரியுதா", "அவசரமா பணம் வேணும்"),
    # each with its everyday twin (shops' and tutors' part-time adverts, work from home, a
    # relative's real new number with context, money asked back between family). Dev 57 of 60
    # and 1 of 45 flagged before, 60 and 0 after: spoken and formal forms of work from home
    # (வீட்ல/வீட்டுல இருந்தே வேலை, வீட்டிலிருந்தபடியே, பணிபுரி, "<home> .. சம்பாதி", income from
    # home, online part time), per-task pay (ஒரு வீடியோக்கு, "லைக் பண்ணா பணம்", "வீடியோ பார்த்தா
    # காசு"), daily hours and same-day pay (ஒரு நாள் <num> மணி நேரம், அன்றே payment, சம்பளம்
    # அன்றைக்கே), "recruit பண்றோம்", merchant orders, a withdrawal's tax; a sum asked with an
    # adverb between (<money> உடனே/இன்னைக்கே/இப்பவே வேணும்/தேவை), new-number forms (number
    # மாறி, sim மாத்தி, புது சிம், இதுதான் என் நம்பர், இன்னொரு number, இனிமே இந்த number,
    # தொலைஞ்சிடுச்சு), யாருன்னு தெரியலையா and Tanglish "naan yaarunu theriyudha", என்னை
    # மறந்துட்டீங்களா, இப்போ பேச முடியுமா, "voice call வேண்டாம்", "message-லயே பேசலாம்"; rules: a
    # "guess who" who turns to his investing (FAM011), "guess who" and "can you talk now"
    # (TXT014), and an old classmate adding the reader to the class group is no fake friend.
    # The twin, never tuned on: 32 of 35 and 3 of 30 flagged before, 34 and 3 after (left: a
    # Dubai driver's job whose processing fee is "advance"; alarms in MOST_ALARMS). Older sets
    # after: kinds12_ta_heldout, kinds13_ta_heldout and kinds18_ta one more each; no alarm added
    # on any Tamil or everyday set.
    "kinds19_ta.txt": (60, 45, 0),
    "kinds19_ta_heldout.txt": (35, 30, 0),
    # Brief s37ta: Tamil scam kinds the earlier Tamil sets do not centre on (SIM and telco,
    # rental deposits, "we recover your lost money" fees, insurance / pension / scholarship
    # payouts, account-takeover codes and vote links, can't-call excuses, a relative's accident
    # or arrest, marketplace deposits, temple and charity appeals, requests after a negation and
    # "ஆனா"), Singapore, Malaysian, Indian and Sri Lankan, script and Tanglish, with everyday
    # twins. Dev 43 of 64 and 1 of 43 flagged before, 52 and 0 after. Structural: a polite
    # "don't" also in the singular (கொடுக்காதே, பண்ணாதீர்: tamil.prohibitive_forms), and a Tamil
    # contrast ("X மூலம் அல்ல", rules.CLAUSE_FINAL) set against the clause before it, with more
    # clause-opening words (இருப்பினும், ஜஸ்ட், aanaalum); terms for busy excuses (phone எடுக்க
    # முடியாது, கதைக்கேலா, pesa mudiyadhu), recovering lost money (refund), a payout on a named
    # day (refund_settled), named governments (authority), advances, UPI/GPay transfers, Tanglish
    # vote links and codes, bed space. Left missed: the "if you tell the OTP / give the code,
    # we credit you" requests in the conditional, a police "settlement", a school nurse's
    # PayNow with the number between, two Tanglish sellers. The twin, never tuned on: 23 of 38
    # and 1 of 33 flagged before, 24 and 1 after (alarm in MOST_ALARMS).
    "kinds20_ta.txt": (64, 43, 12),
    "kinds20_ta_heldout.txt": (38, 33, 13),  # lowered to the measured figure by s40ta
    # Brief s38ta: Tamil scams as Singapore, Malaysian and Indian Tamils receive them (Tamil
    # script, Tanglish and mixing): work-from-home and part-time jobs, paid tasks, fake police /
    # CBI / MOM, bank and card calls, customs and parcel fees, OTP and KYC, fake relatives, prizes,
    # upfront-fee loans, investment doubling, electricity disconnection, temple and charity
    # appeals; everyday family, temple, school, bank, telco and delivery messages in the same
    # words. 59 of 64 scams and 2 of 42 everyday flagged before, 62 and 1 after: a spoken "if
    # not" found in all its spellings (பண்ணலனா, பண்ணலைனா, பண்ணலைன்னா), a Tanglish "become" in
    # its spellings (aagum, aagidum, aayidum), Tanglish secrecy ("amma kitta sollatheenga"),
    # conditional deport/arrest threats, "ellam scam" as scam talk, "pannatha" as a negation, a
    # GPay/PayNow number to send to. Left missed: two temple appeals (an archanai offering to a
    # GPay number with prasadam by post and a chain to forward; an annadhanam trust account "in
    # a personal name, no receipt"), whose words real temple notices use. The twin, never tuned
    # on: 26 of 39 and 2 of 31 flagged before, 27 and 2 after (MOST_ALARMS).
    "kinds21_ta.txt": (64, 42, 0),  # lowered to the measured figure by s40ta
    "kinds21_ta_heldout.txt": (39, 31, 10),  # lowered to the measured figure by s40ta
    # Brief s31zh: Chinese fraud texts as anti-fraud case write-ups and police warnings quote
    # the scammer (one or two colloquial sentences, pinyin initials, 薇/威/扣扣/纸飞机, spaced
    # words, 米 and U), 40 % bosses, relatives, old classmates and teachers, then every other
    # kind; everyday texts share their words. The development set's first 101 scams and 73
    # everyday texts: 82 and 5 flagged before, 98 and 0 after (left: a boss's assistant pulling
    # the reader into a group about "一笔款", a classmate's vote link, a typist advert whose
    # WeChat is "➕威"). The probes the terms were checked on follow them: 203 of 211 scams
    # caught, 2 of 211 everyday flagged, both on main too (see MOST_ALARMS). Its twin, written
    # at the same time before the lexicons were read and never tuned on: 43 of 60 caught before,
    # 45 after (bosses and relatives 16 of 24 both times); its one everyday alarm, a courier's
    # "已按保价赔付，款项原路退回", is older than the change (see MOST_ALARMS).
    "fraud_kinds13_zh.txt": (211, 211, 8),
    "fraud_kinds13_zh_heldout.txt": (60, 51, 12),
    # Issue 11, brief s31zh2 (a new writer who had read no other *_zh set): half task /
    # like-for-pay scams in every phase (招募, 派单, 连单/卡单, 解冻, 提现, 保证金), half police and
    # agency impersonation (公检法, 反诈中心, 医保/社保, 税务, 海关, 征信/银保监会, 中国大使馆 for
    # Chinese in Singapore and Malaysia); mainland, traditional, Singapore / Malaysia voices;
    # everyday messages sharing their words (12123, court notices, 个税APP, shops' part-time
    # ads, friends' 点赞/投票, 直播, merchants' 好评返现). Development set 99 of 104 caught and 11 of
    # 75 everyday flagged before, 104 and 0 after; it now holds the probes the terms were checked
    # on too (353 of 365 caught, 1 of 281 flagged, on main too: see MOST_ALARMS). Its twin,
    # written at the same time before the lexicons were read and never tuned on: 58 of 64 caught
    # and 2 of 52 flagged before, 62 and 1 after (task 32 of 32, impersonation 30 of 32).
    "fraud_kinds14_zh.txt": (365, 281, 12),
    "fraud_kinds14_zh_heldout.txt": (64, 52, 2),
    # Issue 11, brief s32zh (a new writer who had read no other *_zh set): half impersonation of
    # people the reader knows (领导/老板/主任/校长 asking a transfer, gift cards or 垫付; 班主任
    # collecting 班费/资料费 by QR or a new account; 老同学/战友/亲戚 换号 and 借钱; a 房东 changing the
    # rent account; 客服 and 快递 理赔), half other kinds; simplified and traditional, mainland,
    # Taiwan, Hong Kong, Singapore / Malaysia voices; everyday messages sharing their words.
    # Development set 101 of 110 caught and 1 of 73 flagged before, 109 and 0 after; it now holds
    # the probes the terms were checked on too (296 of 316 caught, 1 of 214 flagged, on main too:
    # see MOST_ALARMS). Its twin, written at the same time before the lexicons were read and never
    # tuned on: 50 of 62 caught and 2 of 47 flagged before, 52 and 2 after (its misses are mostly
    # school fees collected from all parents by a QR code or a "new account": left for a
    # careful rule, as schools do collect from all parents).
    "fraud_kinds15_zh.txt": (316, 214, 16),
    "fraud_kinds15_zh_heldout.txt": (62, 47, 10),
    # Issue 11, brief s32zh2 (a new writer who had read no other *_zh set): the kinds a mainland
    # labelled fraud-SMS dataset holds in bulk, in its register (【签名】, 回T退订, short links,
    # 400 numbers, chat lines; a fifth traditional): 贷款/解冻金/保证金, 信用卡提额 and 积分, ETC,
    # 医保/社保, 学籍/补贴/退税, 快递理赔, 航班改签, 网购退款, 游戏账号, 裸聊/色情, 博彩, 中奖,
    # 公检法, 刷单, 点赞关注; everyday messages sharing their words. Development set 99 of 108
    # caught and 5 of 72 flagged before, 107 and 0 after; it now holds the probes the terms were
    # checked on too (157 of 161 caught, 1 of 124 flagged: see MOST_ALARMS). Its twin, written at
    # the same time before the lexicons were read and never tuned on: 60 of 63 caught and 2 of 46
    # flagged before, 61 and 1 after.
    "fraud_kinds16_zh.txt": (161, 124, 4),
    "fraud_kinds16_zh_heldout.txt": (63, 46, 1),
    # Issue 11, brief s34zh (a new writer who had read no other *_zh set): Taiwan and Hong Kong
    # traditional Chinese with Cantonese colloquial lines (係、唔、嘅、咗、俾、搵、佢): 解除分期付款 /
    # 誤設批發商 / ATM, 假檢警 (165, 地檢署, 偵查不公開, 監管帳戶), 猜猜我是誰 / 換號, 假冒親友借錢,
    # 老闆叫轉帳, 網購退款, 投資群組 / 老師帶單, 兼職刷單 / 按讚, 愛情詐騙, 包裹 / 海關, 中獎, 貸款;
    # everyday Taiwan and Hong Kong messages sharing their words (banks' notices, 165 and 18222
    # reminders, couriers, e-shops, family and colleagues, real part-time ads). Development set 88
    # of 108 caught and 4 of 70 flagged before, 100 and 0 after. Left missed: romance scams with
    # no wording a rule reads (a parcel of dollars whose "insurance" is to be paid, a ship's
    # engineer's air ticket, a first "你嘅Instagram好靚" opener), a fake broker's "APP下單", a
    # customs duty to be paid into "以下帳戶" and a call's second message asking for the OTP. Its
    # twin, written at the same time before the lexicons were read and never tuned on: 43 of 65
    # caught and 2 of 46 flagged before, 48 and 2 after (see MOST_ALARMS).
    "fraud_kinds17_zh.txt": (108, 70, 8),
    "fraud_kinds17_zh_heldout.txt": (65, 46, 17),
    # Issue 11, brief s34zh2 (a new hand, written before the lexicons were read): Chinese
    # impersonation chat lines of one to three sentences, simplified with some traditional and
    # Cantonese and Singapore/Malaysia wording (户口, 德士, 组屋, 令吉, PayNow): a boss or leader
    # (王总, 李局, 张主任, 老板, 头家, CEO) asking for a transfer, a supplier paid into a "changed"
    # account, a client's 红包, gift cards and their 卡密; a classmate, teacher, relative or doctor
    # on a new account asking to borrow, pay or scan a code; the chat's second and third lines
    # (转好了吗, 先别告诉别人, 截图给我); everyday lines in the same words (bosses paying through the
    # company process, real reunions and AA, relatives' requests with context, clinics, warnings).
    # Development set 75 of 103 caught and 2 of 75 flagged before, 88 and 0 after. Left missed:
    # follow-up lines that carry no claimed identity ("转好了吗？转好截图给我", "礼品卡买了吗？卡密拍
    # 清楚一点", "刚才那个账户不对，换这个…再转一次"), which read as everyday talk between people who
    # know each other; a boss's 红包 paid from the reader's own WeChat with no excuse or hush; a
    # cousin introduced by name only ("表哥，我是阿玲"); a classmate's 代购 deposit; "先别走审批，
    # 你直接付". Its twin, written at the same time and never tuned on: 46 of 62 caught and 1 of 48
    # flagged before, 48 and 1 after (see MOST_ALARMS).
    "fraud_kinds18_zh.txt": (103, 75, 15),
    "fraud_kinds18_zh_heldout.txt": (62, 48, 13),
    # Issue 11, brief s35zh (a new hand, written before the lexicons were read): Chinese fraud
    # texts of every kind mainland anti-fraud publicity lists, in roughly equal parts (刷单返利,
    # 荐股群 and 导师, 网贷解冻费 and 保证金, 电商物流客服退款理赔, 公检法洗钱安全账户, 注销校园贷
    # 影响征信, 虚假购物, 冒充领导熟人, 游戏账号装备交易, 杀猪盘, 百万保障 / 医保卡 / ETC / 航班
    # 退改签, 直播打赏, 冒充老师收费), some traditional and Singapore/Malaysia wording; everyday
    # 【签名】 SMS (验证码, 取件码, 动账, real flight changes, 医保, schools), real bosses,
    # relatives and classmates, brokers' notices, real refunds and claims, warnings. Development
    # set 95 of 111 caught and 0 of 75 flagged before, 102 and 0 after. Left missed: a phone
    # sold cheap with a deposit, a renovation crew's deposit, game coins topped up cheap, a
    # child lured with a free skin and a hush (two low flags), a dating-site stranger moving to
    # WhatsApp, a platform insider's "loophole, top up now", a guild's gift rebate and a
    # streamer's PK plea, a class notice whose code "has been updated" with no teacher named.
    # Its twin, written at the same time and never tuned on: 51 of 65 caught and 1 of 46
    # flagged before, the same after (see MOST_ALARMS).
    "fraud_kinds19_zh.txt": (111, 75, 9),
    "fraud_kinds19_zh_heldout.txt": (65, 46, 13),
    # Issue 11, brief s35zh2 (a new hand, written before the lexicons were read): Chinese police,
    # procuratorate, court and government impersonation — 冒充公检法 first messages (洗钱, 通缉,
    # 逮捕令), 社保局 / 医保局 / 税务局 / 海关 / 移民局 / 网警 / 反诈中心, the texts after a call
    # (案件编号, 保密, 资金清查, 安全账户, 会议软件, 视频笔录), "official notices" with links, and
    # Singapore / Malaysian wording (警察部队, 卫生部, 移民与关卡局, 国家银行, LHDN, 武吉阿曼);
    # everyday anti-scam advisories quoting the scripts, real 交通罚单, 社保 / 医保 / CPF / ICA
    # notices, families talking about such calls. Development set 93 of 101 caught and 6 of 56
    # flagged before, 100 and 0 after. Left missed: "我是新加坡卫生部…需要核实你的身份证号码和银行
    # 资料" (an agency, an "abnormal" record and details to verify, nothing asked to be sent). Its
    # twin, written at the same time and never tuned on: 48 of 55 caught and 5 of 37 flagged
    # before, 49 and 5 after (see MOST_ALARMS).
    "fraud_kinds20_zh.txt": (101, 56, 1),
    "fraud_kinds20_zh_heldout.txt": (55, 37, 6),
    # Issue 11, brief s36zh (a new hand, written before the lexicons were read): Chinese fraud as
    # spoken and as chats — speech-to-text transcripts of scam calls and voice messages (no
    # punctuation, 嗯/那个/就是/对吧 fillers, run-on sentences, amounts said in words: 三万五,
    # 两千八) and the scammer's turns of a pasted chat ("客服：…", "对方：…", several turns):
    # 冒充客服 (退款理赔, 百万保障, 注销校园贷/京东金条), 公检法, 领导熟人, 刷单返利, 投资理财, 网贷,
    # 游戏交易; everyday transcripts and chats in the same words (real refunds, couriers, family
    # money, colleagues relaying a boss). Development set 82 of 91 caught and 6 of 58 flagged
    # before, 85 and 2 after (a pause in a transcript now ends a clause for a negation; spoken
    # amounts; 未开通, 爆通讯录, game-trade forms; not_job_offer, not_pay, not_money_request
    # forms). Left missed: an insurer's "百万医疗险" auto-charge with a balance screenshot asked
    # (no customer-service claim), a stock "老师" calling to 加仓 and 配资, a game buyer's
    # "third-party platform" with a link only promised, a game account or game coins sold for
    # a deposit first, a lender collecting a friend's debt from the emergency contact. Its
    # twin, written at the same time and never tuned on: 48 of 52 caught and 1 of 35 flagged
    # before, the same after (see MOST_ALARMS).
    "fraud_kinds21_zh.txt": (91, 58, 5),
    "fraud_kinds21_zh_heldout.txt": (52, 35, 4),
    # Issue 11, brief s36zh2 (a new hand, written before the lexicons were read): Chinese
    # acquaintance and boss impersonation as the first message — "是我，换号了", "猜猜我是谁",
    # "我是你表哥/老同学/王阿姨家的", "明天来我办公室一趟", "我是你领导，存一下我的新号" (openers
    # with no ask yet labelled suspicious), a teacher or a school's 财务 collecting fees, a
    # relative in hospital or held abroad, a taken-over account asking to borrow, "帮我转一下，我
    # 微信被限额了"; everyday new-number notices, a real boss's summons with its reason,
    # relatives' money talk, schools' real fee notices and warnings quoting the openers.
    # Development set 42 of 62 caught and 3 of 45 flagged before, 50 and 3 after (forms:
    # 听出来我是谁, 连我声音都; card and limit troubles 卡出问题, 没带卡, 转账超限, 到上限, 转不出去,
    # 手机银行登不上; 赎金/赎人, 要我赔, 帮我先付/转/交, 码转给; 很急, 今天内, 出了车祸; 朋友的账户;
    # a class teacher's or finance's 个人账户/个人微信; kin terms 表叔, 二舅, 大伯; Chinese numerals
    # before 令吉/新币/美金 read as an amount). Left missed: a bare "是我，换号了" or "在吗？我换新
    # 号码了" (fraud_kinds4_zh.txt holds "是我，换号了，存一下。" as everyday), "猜猜我是谁" with
    # "还记得我吗" only, "我是王阿姨家的儿子", the bare "明天来我办公室一趟" (a real boss says the
    # same), a school "会计" with a PayNow number, "在吗？借我点钱…晚上就还你" (a friend's loan reads
    # the same). Its twin, written at the same time and never tuned on: 22 of 38 caught and 1 of
    # 30 flagged before, the same after (see MOST_ALARMS).
    "fraud_kinds22_zh.txt": (62, 45, 11),
    "fraud_kinds22_zh_heldout.txt": (38, 30, 14),
    # Brief s37zh2: Chinese fraud kinds new to the earlier sets or told anew - fake e-commerce and
    # courier after-sales (召回, 双倍赔付, lost-parcel claims), 百万保障 and campus-loan cancelling,
    # 征信 repair and threats, game-account trades, 荐股群 and 导师带单, 医保 / 社保 cards, ETC,
    # airlines, credit-limit raises (提额), screen sharing, 连单 / 卡单, loan unfreezing fees,
    # Singapore agencies and banks in Chinese, one-liners - with everyday texts using their words
    # (退款已原路退回, real limit and ETC notices, 外卖卡单, meetings that share a screen). Development
    # set 65 of 75 caught and 2 of 45 flagged before, 73 and 0 after (screen sharing read apart
    # from installing, with silence, a code or money beside it; an agency's recorded "按1转接" /
    # "press 1"; a credit-limit raise at a stranger's link; a self-named 售后 ringing to refund
    # unasked; a game account sold for a deposit with its login sent after; 禁用, 上报..征信,
    # 有内幕; cancels for 外卖卡 and "我的..过期"). Left missed: a "远程协助" with a code to send and
    # "下载会议软件，共享屏幕给我" (a friend's "download Zoom and share your screen with me" reads
    # the same). Its twin, written at the same time and never tuned on: 30 of 38 caught and 2 of
    # 31 flagged before, 31 and 2 after (see MOST_ALARMS).
    "fraud_kinds24_zh.txt": (75, 45, 2),
    "fraud_kinds24_zh_heldout.txt": (38, 31, 6),
    # Brief s37zh, the twenty-third Chinese hand: acquaintance and boss openers and the next turn
    # ("猜猜我是谁", "是我，换号了", "老同学还记得我吗", "我是张总，明天来我办公室", "我在开会，你先帮我
    # 转一笔给客户"), a nephew in hospital, a class teacher's new group with a fee, a landlord's or
    # estate office's "new account", a relative held abroad, a "公司财务" group ordering a transfer;
    # everyday new numbers, bosses, class notices, relatives' requests and warnings in the same
    # words. Development set 54 of 69 caught and 5 of 44 flagged before, 62 and 2 after (a guess at
    # the sender left unanswered, who_am_i without self_named; a new number with a meeting at
    # leisure, meet_later, quiet; company money 从公账/用公司户口 as the boss's, 跟客户吃饭 and
    # 审批..后补 as his excuse, 新银行户口 as a new number, 账户..直接付, 有件事想跟你说). Left missed:
    # a bare "是我，换号了，存一下" (fraud_kinds4_zh.txt holds it as everyday), a named new number
    # with no ask, a classmate's "好多年没见了", an estate office's deposit to be paid on WeChat or
    # by FPS to a number, and a teacher's "$200：link" (the bare domain right after "<digit>：" is
    # not read as a link by checkers/extract.py). Its twin, written at the same time and never
    # tuned on: 29 of 43 caught and 1 of 33 flagged before, 31 and 0 after.
    "fraud_kinds23_zh.txt": (69, 44, 7),
    "fraud_kinds23_zh_heldout.txt": (43, 33, 12),
    # Brief s37zh3, the twenty-fifth Chinese hand: the SHORTEST fraud texts, one or two lines with
    # little evidence (快递有问题请回电, 账户异常请及时处理, 恭喜中奖请联系客服, 兼职日结有意私, 老师推荐的
    # 股票明天涨停, 医保卡被冻结, 急用钱能先借我点吗 with a limited WeChat and a friend's card), mainland
    # with and without 【签名】, traditional and Singapore / Malaysia Chinese, and everyday lines in
    # the same words (a friend's 在吗, real 【顺丰】/【菜鸟】/【招商银行】 notices, a shop's weekend hiring,
    # a teacher's notice). Development set 47 of 52 caught and 0 of 40 flagged before, 50 and 0
    # after (pay said in Chinese figures read as pay in checkers/pay.py: 日赚三五百, 月入两三万,
    # 每天赚五百; 有意私, 加个qq, 朋友卡上 / 同学的卡 as a third party's card, 双倍退款 / 三倍理赔).
    # Left missed: "一天轻松三五百" with no earning word beside it, and a loan limit "提升至5万" with
    # "立即提现" at a stranger's link (a real lender's limit notice says as much). Its twin, written
    # at the same time and never tuned on: 32 of 33 caught and 1 of 27 flagged before, 32 and 1
    # after (see MOST_ALARMS).
    "fraud_kinds25_zh.txt": (52, 40, 2),
    "fraud_kinds25_zh_heldout.txt": (33, 27, 1),
    # Brief s31guard, precision guard after the thirty-first wave: everyday messages only, 40 %
    # Chinese (mainland 【签名】 SMS with 退订回T from shops, couriers, food and ride apps, banks'
    # 95xxx notices, 验证码, telcos, member points, hospitals, schools, property managers, real
    # employers; WeChat money talk between family and friends; Taiwan and Hong Kong traditional;
    # Singapore Chinese), 40 % Singapore English, 20 % Malay and Tamil, many using scam words
    # honestly (冻结, 理赔, 兼职, 佣金, OTP, suspend, claim, jackpot). 15 of 308 flagged before, 1
    # after; its twin, written at the same time before the lexicons were read and never tuned on:
    # 8 of 153 flagged before, 6 after (see MOST_ALARMS). 345 further probes: 9 left. No scam in
    # any corpus file changed; everyday10.txt and fraud_kinds4_zh_heldout.txt one alarm fewer.
    "everyday11.txt": (0, 308, 0),
    "everyday11_heldout.txt": (0, 153, 0),
    # Brief s31sg2: Singapore scams in their 2025-2026 forms (a bank "officer" asking for
    # AnyDesk or screen sharing, Singpass APKs, calls put through to "MAS"/"police", QR stickers
    # on parking poles, CPF and Majulah Package payouts, cancelled-order refunds by PayNow, DBS
    # token activation, "vote for my niece", fake Carousell buyers, concert resale, durian and
    # mooncake pre-orders, fake CEA agents, AI-voice family calls, SGX-listed tips) and everyday
    # messages sharing their words. 55 of 70 caught and 1 of 55 flagged before, 66 and 0 after;
    # its twin, written at the same time before the lexicons were read and never tuned on: 32 of
    # 41 caught and 0 of 30 flagged before, 32 and 0 after. Left missed by design: discounted
    # durian and mooncake pre-orders and a "first to pay" ticket sale, as home sellers write.
    "sg13_en.txt": (70, 55, 3),
    "sg13_en_heldout.txt": (41, 30, 6),
    # Brief s31job2 (issue 11, another hand): job and task scams, a quarter each in English and
    # Singlish, Chinese, Malay and Tamil: first contact, task platforms, fees before work, IC /
    # Singpass / bank card requests, money-mule "payment agent" roles, overseas jobs with the
    # flight paid (Cambodia, Myanmar, Thailand, Dubai: the trafficking lure), modelling and
    # influencer fees; everyday job ads, interviews, shifts, tuition, babysitting, volunteer
    # calls, EA-licensed recruiters. The first 101 scams and 64 everyday: 85 and 1 flagged before
    # (a Tamil police warning), 100 and 0 after. The probes the terms were checked on follow them
    # (each miss translated into the other three languages, and paraphrased): 153 of 154 caught,
    # 0 of 73 flagged. Left missed: "Need 3 helpers for online work today. 2 hrs = $120. Msg me"
    # (a babysitter's "3 hours $45, text me" reads the same) and a Malay Myanmar lure whose example
    # number is no valid one. Its twin, written at the same time before the lexicons were read
    # and never tuned on: 52 of 63 caught and 3 of 44 flagged before, 53 and 3 after (see
    # MOST_ALARMS): the overseas terms spelled from the development set generalise little.
    "jobs14.txt": (255, 137, 0),
    "jobs14_heldout.txt": (63, 44, 10),
    # Brief s32job (issue 11, another hand): job-scam first contacts that carry few of the
    # obvious words (a resume "found" on Indeed / JobStreet / LinkedIn / MyCareersFuture, an
    # agency's "HR assistant", "still looking for opportunities?", "can I share?", "reply 1",
    # "save my number", "my manager will contact you", and the second line: phone only,
    # training provided, paid the same day), US/UK/SG/MY/IN/PH voices; everyday recruiters,
    # onboarding, rosters, tuition, referrals, job-site notices and payroll. Development set: 75
    # of 105 caught and 2 of 72 flagged before, 100 and 2 after (see MOST_ALARMS). Left missed:
    # replies with no job word and no question ("our mentor will guide you, your earnings are
    # paid out the same day") and a task pitch with no remote word. Its twin, written at the
    # same time before the lexicons were read and never tuned on: 45 of 62 caught and 1 of 47
    # flagged before, 55 and 0 after.
    "jobs15.txt": (105, 72, 5),
    "jobs15_heldout.txt": (62, 47, 6),
    # jobs16 (brief s32job2): job and task scams told by their offer line, every pay shape (per
    # hour, day, week, task, order, review, like; commission per order), task (rating, reviewing,
    # liking, typing, data entry, merchant orders, app optimisation), condition and contact line,
    # in US/UK/SG/MY/IN/PH/NG voices, Chinese, Malay and Tamil; everyday gigs with an employer and
    # an ordinary wage, surveys with small vouchers, agents' commissions, shops asking for
    # reviews. Development set: 104 of 106 caught and 4 of 73 flagged before, 106 and 1 after
    # (see MOST_ALARMS). Its twin, written at the same time before the lexicons were read and
    # never tuned on: 60 of 61 caught and 1 of 47 flagged before, 60 and 1 after. Left missed in
    # the twin: "Earn $20 per 1,000 words, daily payment, telegram@..." (no task word).
    "jobs16.txt": (106, 73, 0),
    "jobs16_heldout.txt": (61, 47, 1),
    # jobs17 (brief s34job): job and task scams AFTER the first contact, in the task platforms'
    # words (mentor's and receptionist's chat, "tasks 1-40 of set 2", merchant orders, data and
    # app optimisation, combination/lucky orders, negative balance to top up, VIP 1/2/3, frozen
    # withdrawal to reset or unlock, credit score, tax or fee before withdrawal, prepaid and
    # welfare tasks, "trial task earn $10 first") and the first-contact lines that lead there
    # (hotel reviews, YouTube likes, Google Maps ratings, Shopee/Lazada order boosting), in
    # Singlish with Chinese and Malay mixed in; everyday Grab/foodpanda shifts and payouts,
    # seller-centre notices, user-testing studies, agents' commissions, shop VIP tiers, top-ups,
    # real review requests and part-time jobs. Development set: 94 of 101 caught and 5 of 74
    # flagged before, 99 and 1 after (see MOST_ALARMS). Left missed: a mentor's "deposit min SGD
    # 100 into the platform" and a "verification fee" before a withdrawal (a degree certificate's
    # verification fee is real). Its twin, written at the same time before the lexicons were read
    # and never tuned on: 56 of 62 caught and 4 of 47 flagged before, 56 and 4 after. Left
    # missed in the twin: fees named "to modify" bank info, a "guarantee deposit ... to restore",
    # a "reset cost", a "handling fee ... paid first", a "group task" share, and a hotel-review
    # pitch with "each $6".
    "jobs17.txt": (101, 74, 2),
    "jobs17_heldout.txt": (62, 47, 6),
    # jobs18 (brief s34job2): job and task scams in Chinese, Malay and Tamil (a few mixed with
    # English), first contacts and later turns: 兼职/刷单/点赞/做任务/垫付/返佣/日结, kerja
    # sambilan/tugasan/komisen/bayaran harian/deposit dulu, பகுதி நேர வேலை/டாஸ்க்/கமிஷன்/தினசரி
    # சம்பளம்/முன்பணம், IC or NRIC copies and bank accounts "for salary", uniform, training, visa
    # and agent fees, receptionists who hand over to Telegram; everyday shop and café part-time
    # work, tuition, gig platforms, HR and payroll notices, friends' side jobs and police
    # warnings in the same languages. Development set: 94 of 103 caught and 3 of 71 flagged
    # before, 98 and 1 after (see MOST_ALARMS). Left missed: "不需要经验，只要提供身份证和银行卡"
    # (the "no need to ... provide" term reaches over the comma), a Malay membership fee for an
    # "online agent", a Tamil app with an invitation code and a first-task bonus, a hotel job in
    # Malaysia with a work-visa fee (a worker's own "visa fee paid" says the same words), and an
    # English "interview passed" with a Chinese "pay the training fee first" (no job word).
    # Its twin, written at the same time before the lexicons were read and never tuned on: 53 of
    # 64 caught and 2 of 46 flagged before, 53 and 2 after. Left missed in the twin: the
    # receptionist's or mentor's hand-over to Telegram with no pay named (zh, ms, ta), a medical
    # check and uniform deposit, a packing job's starter materials, income tax before the first
    # salary, a withdrawal refused for a low "account score", a Tamil task app with a stake, a
    # packing kit and a correction fee for a wrong task.
    "jobs18.txt": (103, 71, 5),
    "jobs18_heldout.txt": (64, 46, 11),
    # jobs19 (brief s35job): English job and task scams whose pitch is hidden in a hand-over (an
    # "HR assistant", receptionist or coordinator who names no pay and passes the reader to a
    # manager's Telegram or WhatsApp: "I'm just the assistant, she will explain everything") or
    # in a perk list ("CPF included, 14 days annual leave, MOM-registered agency") beside daily
    # pay and a handle; hotel, app, movie and product rating tasks, order boosting and merchant
    # optimisation; SingPass logins, NRIC photos, bank accounts "for salary", uniform, training,
    # permit and activation fees; follow-ups. Everyday: MyCareersFuture and JobStreet notices,
    # agencies with EA licences, F&B and retail part-time, tuition, Grab and foodpanda, HR
    # onboarding through the company, friends passing on real jobs, real rating requests.
    # Development set: 90 of 116 caught and 5 of 72 flagged before, 107 and 1 after (see
    # MOST_ALARMS). Left missed: a "reception officer" behind a t.me link, a "job consultant"
    # with "contact her first on Telegram", an agency's "I will pass your number to my
    # supervisor" (referral), perk lists without a day's pay or remote work named (a monthly
    # $3,800, "paid daily, $200-$800" read as no day rate), "$60 for the staff pass and
    # uniform", and three thin follow-ups ("I sent you the job details on WhatsApp"). Its twin,
    # written at the same time before the lexicons were read and never tuned on: 42 of 62
    # caught and 1 of 46 flagged before, 49 and 1 after. Left missed in the twin: hand-overs
    # worded otherwise ("my job is only to connect you", "our consultant handles applications
    # via Telegram only", "I am only the receptionist" before a bare t.me link), perk lists with
    # "Income credited daily" or "Pay $250/day" read as no daily pay, a uniform and name tag
    # fee, a compulsory training course, membership and equipment deposits, "medical and permit
    # fees", a bank account to open and hand over, and a follow-up "add my Telegram and I'll
    # explain".
    "jobs19.txt": (116, 72, 9),
    "jobs19_heldout.txt": (62, 46, 11),
    # jobs20 (brief s35job2): job scams that charge the applicant, half English, the rest
    # Chinese, Malay and Tamil: a uniform, name tag, staff pass, training course, certificate,
    # medical check-up, work permit or visa, a laptop or phone deposit, agency membership or
    # registration, a "refundable" security deposit, a bank account to open and hand over "for
    # salary"; told as first offers and as later turns ("you passed the interview, before you
    # start pay $60 for uniform to our coordinator"). Everyday: employers and agencies with EA
    # licences that charge nothing, courses paid at the school, medical check-ups paid at the
    # clinic, uniform deductions from salary, HR opening payroll accounts, school uniform fees,
    # rental deposits. Development set: 60 of 90 caught and 3 of 57 flagged before, 79 and 1
    # after (see MOST_ALARMS; job_hired joins TXT004). Left missed: fees told in a sentence that
    # also holds a negation ("the processing fee of $850 has not been received", "if not cannot
    # process ur employment", "you don't have a local bank account yet, pay $200 to open the
    # salary account"), "50% now, 50% before flight" for a permit, a tutor's "certification
    # package", a driver's insurance and GPS device "before the first trip", an upgrade to
    # "Gold member" with no job word, "pay to me I settle for u" for a medical, a course's
    # "final assessment fee" for a job placement, a Malay offer letter's processing fee.
    # Its twin, written at the same time before the lexicons were read and never tuned on: 27 of
    # 50 caught and 0 of 35 flagged before, 27 and 0 after: the terms added were worded too
    # near the development set's sentences to reach the twin's other wordings.
    "jobs20.txt": (90, 57, 11),
    "jobs20_heldout.txt": (50, 35, 23),
    # jobs21 (brief s36job): job scams that are not task scams, half English, the rest Chinese,
    # Malay and Tamil: money mules ("payment processing agent", a "finance assistant" who takes
    # customers' payments into his own account and sends them on, cash collected from clients),
    # reshipping (receive parcels at home and re-post them), mystery shoppers paid by a cheque or
    # a transfer to be partly sent back, product testers, brand ambassadors and influencer
    # partners who pay first, typing and data-entry jobs with a fee, overseas jobs with flight
    # and visa paid (Cambodia, Myanmar, Laos, Thailand, Dubai), crypto trading assistants.
    # Everyday: real accounts assistants, packers and logistics jobs, mystery-shopping panels,
    # postings abroad with an EA licence, relatives working abroad, friends' parcels.
    # Development set: 65 of 97 caught and 5 of 55 flagged before, 92 and 3 after (forms, not
    # phrases: customers', buyers' or investors' money "into your" account sent on "via Western
    # Union" or "to our head office"; 出租..银行账户; repost / prepaid labels / "don't open the
    # box" / pay per parcel for reshipping; "product tester", "ambassador fee"; Malay and Tamil
    # software fees; Tamil spellings of Bangkok, Dubai, Myanmar and "the company pays the ticket";
    # 机票..全包; and TXT010's held parcel not in an advert with formal_job words). Left missed: a
    # reship favour paid "$50 each" with no job word, an overpaid cheque's "transfer the
    # difference back" addressed to a "shopper", a later turn's "came in from our buyer ...
    # keep the rest", a Tamil product tester who pays only the shipping, a Tamil Myanmar job
    # reached by way of Bangkok with no fourth sign.
    # Its twin, written at the same time before the lexicons were read and never tuned on: 34 of
    # 57 caught and 3 of 35 flagged before, 39 and 3 after. Left missed in the twin: mule roles
    # worded otherwise ("accept payments ... pass them on to our HQ", envelopes of cash handed
    # over, "our company money will be transferred to you", split into 3 transfers), a courier
    # favour to Batam, an overpaid shopper's refund, an influencer's first order, a typing fee
    # "pay to our admin", a contract penalty, Vientiane / Dubai / Thailand lures with no fourth
    # sign, crypto accounts opened in one's name, 收款助理 "打入你名下的银行卡", a 转运员, and
    # Tamil reshipping and influencer fees.
    "jobs21.txt": (97, 55, 5),
    "jobs21_heldout.txt": (57, 35, 18),
    # jobs22 (brief s36job2): job and task scam SMS as US and UK recipients report them to
    # trackers: named-agency "recruiters" (Robert Half, Randstad, Indeed, Hays, Adecco) who
    # "reviewed your resume", "remote position, 60-90 minutes a day, $300-$900/day, reply YES",
    # Amazon / TikTok / Temu product promoters, app and data optimisation, "your application was
    # approved, add our recruiter on WhatsApp / Telegram", "we need 30 people", with short codes,
    # "[FRM]", "Reply STOP" and cut-off endings. Everyday: recruiters fixing interviews, ATS and
    # Indeed notifications, staffing agencies' shift offers, friends' job leads, onboarding.
    # Development set: 59 of 61 caught and 2 of 47 flagged before, 60 and 1 after (a handler to
    # "message / DM / text our trainer, mentor, recruiter, coordinator" on a chat app; a hire told
    # with no job word, "passed the screening", "start work today", beside such a handler; a
    # recruiter's "20 min phone screen" is no broken phone). Left missed: "Your Indeed
    # application has been approved. Our company manager will contact you via WhatsApp" (a real
    # HR assistant says the same of a shift supervisor: jobs19). Its twin, written at the same
    # time before the lexicons were read and never tuned on: 34 of 35 caught and 0 of 31 flagged
    # before, 34 and 0 after (the kind was already caught). Left missed in the twin: "your job
    # application has been approved. Our team leader will guide you on Telegram".
    "jobs22.txt": (61, 47, 1),
    "jobs22_heldout.txt": (35, 31, 1),
    # jobs23 (brief s37job): job and task scams at each stage as Singapore residents forward
    # them, in English with Singlish, Chinese, Malay and Tamil: the cold opener ("can I take 1
    # minute of your time?"), the recruiter intro with a company name only, the mentor or
    # receptionist on Telegram, hotel / movie / app rating tasks, combination orders and negative
    # balances, "credit score too low, pay to restore", VIP upgrades, USDT commission, and the
    # recruiter who wants Singpass, an NRIC photo, a bank card or a training / uniform fee.
    # Everyday: EA-licensed agencies, MyCareersFuture and JobStreet alerts, hourly F&B shifts,
    # tuition agencies, event crew calls, HR onboarding at the office, friends' referrals.
    # Development set: 56 of 65 caught and 3 of 42 flagged before, 65 and 0 after (event crew and
    # "meals provided" / an employer's own outlet are a real shift; "1 minute of your time" asks;
    # a platform's credit score barring the withdrawal until a fee is paid, FAM002; a hire
    # confirmed beside money to send). Its twin, written at the same time before the lexicons
    # were read and never tuned on: 30 of 38 caught and 3 of 32 flagged before, 31 and 3 after.
    "jobs23.txt": (65, 42, 0),
    "jobs23_heldout.txt": (38, 32, 7),
    # jobs24 (brief s37job2): the recruiter's FIRST message before any task or fee ("Hi, I'm
    # Amanda from <agency>, we got your CV from JobStreet", "are you still looking for a job?",
    # vague online work, flexible hours, daily pay, a move to WhatsApp / Telegram, often no
    # amount) and the supervisor's SECOND message explaining the work, in English, Chinese, Malay
    # and Tamil (over 40 % not English). Everyday: agencies with EA licence numbers, named roles
    # and office interviews, MyCareersFuture, HR follow-ups, referrals, F&B shifts paid daily.
    # Development set: its first batch was 64 of 64 caught and 0 of 42 flagged at main, so a
    # second batch of sparser openers and sharper everyday messages was added before the lexicons
    # were read: 69 of 72 caught and 5 of 52 flagged before, 72 and 0 after (a licensed agency's
    # EA number, a place to come to and a friend's "want me to pass your number" cancel the
    # stranger's-pitch rules; online work paid daily with a reply asked is FAM001 with no job
    # word; Malay "bayaran dibuat setiap hari"); a third batch of tuning paraphrases, 78 and 0 of
    # 60. Its twin, written at the same time before the lexicons were read and never tuned on:
    # 36 of 38 caught and 2 of 32 flagged before, 36 and 1 after (see MOST_ALARMS).
    "jobs24.txt": (78, 60, 0),
    "jobs24_heldout.txt": (38, 32, 2),
    # jobs25 (brief s38job): recruiters' first and second texts of 2025-2026 in the US/UK,
    # Singapore and Malaysia ("Hi, I'm Emily from <staffing agency>, we saw your resume",
    # "remote position, 60-90 minutes a day, $300-$800 daily, reply Y", Amazon / TikTok / Google
    # Maps review and app data optimisation, hotel booking ratings, "age 23+", "add our HR",
    # "this is not a scam"), then mentors' prepaid orders and top-ups; over 25 % Chinese, Malay
    # and Tamil. Everyday: named recruiters and office interviews, F&B / tuition / promoter
    # shifts, job-portal alerts, HR notes, a third person's salary, scam warnings.
    # Development set: 66 of 67 caught and 5 of 49 flagged before, 67 and 0 after (a month's pay
    # someone else draws, "his salary 30k a month", "他表哥…月薪3万", "gaji dia RM12k sebulan",
    # offers nothing (checkers.pay); a portal's "salary estimate" is formal_job; a shift's wage
    # paid when the shift ends is no easy pay; "every like $5" is pay per task). Its twin,
    # written at the same time before the lexicons were read and never tuned on: 36 of 38
    # caught and 3 of 32 flagged before, 36 and 2 after (see MOST_ALARMS).
    "jobs25.txt": (67, 49, 0),
    "jobs25_heldout.txt": (38, 32, 2),
    # jobs26 (brief s38job2): job scams that name no pay and often no link: the bare "are you
    # open to a new job? reply 1", recruiting "on behalf of" a firm to boost ratings, "you've
    # been hired, message your supervisor on Telegram @...", a handle to add, fake brand domains
    # (amzn-hr-careers.site); half English, half Chinese, Malay and Tamil. Everyday: named
    # recruiters with EA licence, pay range and office, HR rosters and onboarding, portal
    # alerts "reply STOP", CC / school / temple volunteer calls "reply YES to sign up".
    # Development set: 41 of 60 caught and 0 of 41 flagged before, 57 and 0 after (recruiting
    # for rating work done online with a reply; work from home offered to whoever is keen with a
    # way to answer; "message your supervisor / mentor", "联系您的主管", "hubungi mentor anda",
    # "mentor kitta pesunga" as handovers; "amzn" as Amazon's name in an address). Left missed: a
    # "Google Maps review team" with no job word, an "Agoda hotel reviewer (remote)" notice, a
    # friend-like "my boss is hiring for online part-time, want me to pass him your number?".
    # Its twin, written at the same time before the lexicons were read and never tuned on: 18
    # of 35 caught and 0 of 30 flagged before, 19 and 0 after.
    "jobs26.txt": (60, 41, 3),
    "jobs26_heldout.txt": (35, 30, 16),
    # Brief s32guard, precision guard: GENUINE notifications from Singapore organisations and
    # people that look most like scams (bank alerts with "call the number on the back of your
    # card", wrong-PIN blocks, new-device logins, Singpass resets, IRAS penalties, ICA, police
    # report acknowledgements, telcos, customs GST, insurers, HR's passport copy for a company
    # trip, school and clinic fees, friends' stock gains, supermarket draws, refunds), 60 %
    # English, then Chinese, Malay and Tamil. Everyday only: 33 of 300 flagged before, 3 after
    # (see MOST_ALARMS). Its twin, written at the same time before the lexicons were read and
    # never tuned on: 26 of 150 flagged before, 18 after. No scam in any corpus file changed.
    "everyday13.txt": (0, 300, 0),
    "everyday13_heldout.txt": (0, 150, 0),
    # Brief s32guard2, precision guard on the first wave of session 32: half in languages the
    # checkers do not read or mixed ones (Vietnamese bank, telco, e-wallet and delivery SMS with
    # "OTP", "ma xac thuc", "so du", "TK"; Thai, Tagalog/Taglish, Indonesian, Burmese, Bengali,
    # Hinglish, Korean, Japanese), 30 % Singapore English (riders, property agents, tuition,
    # clinics, events, CCs), 20 % Chinese, Malay and Tamil. Everyday only: 0 of 300 flagged
    # before and after, on the merged code too. Its twin, written at the same time before the
    # lexicons were read and never tuned on: 0 of 150 before and after. 200 further probes found
    # an Indonesian "account locked, come to the nearest branch (cabang terdekat)" (TXT008) and a
    # rider's "collect? Cash on delivery $45" (a money mule, FAM013): both quiet now. No scam in
    # any corpus file changed.
    "everyday14.txt": (0, 300, 0),
    "everyday14_heldout.txt": (0, 150, 0),
    # Brief s34guard, precision guard on session 34's recall work: what citizens really forward
    # that is genuine, two thirds Singapore English/Singlish, the rest Chinese, Malay and Tamil:
    # bank and card alerts ("not you? call ..."), OTPs ("never share"), gov.sg / Singpass / CPF /
    # IRAS / ICA / HDB / LTA / MOH / MOM notices, delivery texts, offers and HR onboarding asking
    # for NRIC and bank details, friends and family borrowing, real new numbers, group
    # collections, lucky draws, advisories quoting scam lines, "is this a scam?" questions.
    # Everyday only: 33 of 306 flagged before, 14 after (see MOST_ALARMS). Its twin, written at
    # the same time before the lexicons were read and never tuned on: 23 of 156 before, 22
    # after. What changed: a prize collected in person (a counter, an outlet, the CC office, a
    # receipt or NRIC to bring: job_meeting) is no prize claimed; onboarding on Workday or at the
    # general or HR office is the employer's channel; POSB's published 1800 339 6666 a hotline;
    # PHN007 only for an agency that speaks, not "+ CPF" in a job advert or "4-room HDB flat for
    # sale" in a listing; retold calls and texts, advisories' "callers claiming" and
    # 骗子冒充银行职员/警察; Singlish "help me pay first", "advance me $300 of my salary",
    # 能借我 (a friend's loan, not a lender's), staff and medical claims.
    "everyday15.txt": (0, 306, 0),
    "everyday15_heldout.txt": (0, 156, 0),
    # Brief s34guard2, precision guard on the second wave of session 34: genuine money and work
    # talk in four languages, half Singapore English/Singlish: bills split in group chats and
    # collections for gifts, PayNow asked of friends with names and context, real part-time
    # adverts and rosters with pay per hour or day, agents' commissions and insurance premiums,
    # tuition and CCA fees, friends' investment chat, loans within the family, real new
    # numbers, school and RC group invites, honest marketplace meet-ups. Everyday only: 8 of 302
    # flagged before, 1 after (see MOST_ALARMS). Its twin, written at the same time before the
    # lexicons were read and never tuned on: 2 of 153 before, 2 after. What changed: Singlish
    # "ppl" (read as "ppi" once l and i are folded) is no PPI claim (bare "ppi" out of windfall);
    # "CPF included", a PDVL and "at the CC counter" / 柜台报名 / 到店面试 mark a real employer;
    # "congrats on your first sale" is an agent's; 不急着还 hurries nobody; Malay "saya sahkan"
    # is the writer confirming; pay.py reads "சம்பள நாள் வரை $300" (until payday) as no rate.
    "everyday16.txt": (0, 302, 0),
    "everyday16_heldout.txt": (0, 153, 0),
    # Brief s35guard, precision guard of session 35: everyday texts in languages we do not read
    # or read only partly (Vietnamese bank and telco notices, Thai, Tagalog and Taglish helpers'
    # chats, Bengali and Burmese workers', Korean and Japanese shop notices, Indonesian helpers'
    # Singlish) and friends' and family's money talk in four languages (a year's returns, CPF
    # interest, bills split, loans to a sibling, property and insurance, kutu / 标会 /
    # paluwagan / arisan, stock tips, an adviser's follow-up), with a few true scams in those
    # languages. Everyday: 13 of 297 flagged before, 5 after (see MOST_ALARMS); scams 5 of 6
    # before and after (the Korean parcel lure is LNG001, its link not listed). Its twin,
    # written at the same time before the lexicons were read and never tuned on: 7 of 149
    # before, 6 after; scams 4 of 4. What changed: a percentage of at most 30 counted by the
    # year and by no shorter period is no big return (pay.modest_yearly_return: "my ETF 18%
    # this year", "今年赚了12%", "untung 12% tahun ni"); "15% profit" is no "100% profit" (numbers
    # are one mark: pay.short_of_certain); "not guaranteed" / 不保证 / உத்தரவாதம் இல்லை is a risk
    # line, which TXT013 now heeds too; a helper's "hari Minggu tidak bisa keluar" is no stuck
    # withdrawal; "top up the petrol", "borrow your car", a Tamil home loan's own rate, and a
    # meeting "over Zoom" are no fee, lender or install.
    "everyday17.txt": (6, 297, 1),
    "everyday17_heldout.txt": (4, 149, 0),
    # Brief s35guard2, precision guard of session 35: Singapore's transactional and service SMS
    # in bulk (bank and card alerts, OTPs, PayNow/PayLah receipts, telco bills, roaming and
    # prepaid notices, parcels, clinics, HDB/CPF/IRAS/LTA/ICA/MOM, schools, insurers, rides and
    # food, gyms and condos, promotions with Reply STOP) and friends' and family's texts about
    # them, in four languages. Everyday only: 10 of 256 flagged before, 3 after (see
    # MOST_ALARMS). Its twin, written at the same time before the lexicons were read and never
    # tuned on: 1 of 125 before, 1 after. The session's new terms fired on such texts only
    # harmlessly (job_perks' "CPF" on every CPF notice, within a rule that needs daily pay and a
    # chat handle too). What changed: "daily PayNow transfer limit" is no daily pay; "SGD 1,200
    # cash withdrawal" no cash prize; "Do not disclose this code/OTP/PIN" a warning again (its
    # "do not" was cancelled as a secrecy line's); a telco's prepaid card, SIM, plan or line and
    # "top up .. to keep your number" no upfront fee; a prepaid SIM bought or registered with
    # Singpass, or "a SIM card for my trip", no mule's (lend_account keeps SIMs registered for,
    # under the name of or handed to others); an IC or passport brought in person ("bring your
    # old IC", "bawa IC", "pasport dah siap") and "2 recent passport photos" no ID photo sent;
    # "my card blocked" and "as reported lost" the holder's own.
    "everyday18.txt": (0, 256, 0),
    "everyday18_heldout.txt": (0, 125, 0),
    # everyday19 (brief s37sg): mostly everyday Singapore SMS of kinds the earlier sets lacked
    # (SimplyGo/EZ-Link, ERP 2.0 OBU, URA, SP/PUB/City Energy, Singapore Pools, NLB, ActiveSG,
    # SkillsFuture, NTUC, Baby Bonus, MCST, town councils, maid agencies, remittance, pawnshops,
    # NS, flights, wakes and weddings, zakat) beside bank, Singpass and gov.sg notices and
    # Singlish chats, with scams faking the same senders, in four languages. Before: 68 of 71
    # scams caught and 12 of 166 everyday flagged; after: 71 and 5 (see MOST_ALARMS). What
    # changed: scam stories retold by a relative ("almost kena the police call, they told her
    # transfer to safe account", 差点被假警察骗了, scam-ல .. அனுப்ப சொன்னாங்க) describe; "uncle
    # ask me invest ... say 20% return" (叫我投资, suruh aku labur) is retold; a MediSave / CPF
    # top-up is no upfront fee; "fines of $0.15 per item per day" no daily pay; "bank hantar OTP"
    # the bank sending. Caught: "return $300 to <number> or I will report to police" after a
    # mistaken PayNow, and a helper's bond that "must be paid" or "she will be deported" (否则
    # ..遣返). Its twin, written at the same time before the lexicons were read and never tuned
    # on: 30 of 36 caught and 2 of 79 flagged before, the same after.
    "everyday19.txt": (71, 166, 0),
    "everyday19_heldout.txt": (36, 79, 6),
    # everyday20 (brief s37sg2): mostly everyday Singapore SMS and chats, more than half in
    # Chinese (新币, 组屋, 巴刹, 德士, 红包, 公积金), Malay and Tamil (script and Tanglish): OTPs with
    # "do not share", bank alerts, PayNow, clinics and hospitals, temples, mosques, churches and
    # clan associations, hawker and shop orders, tuition and CCA, family money (ang bao,
    # allowance, loans between relatives and paying back), job talk among friends, parcels, and
    # scams retold and warned about; with scams faking the same senders. Before: 30 of 31 scams
    # caught and 8 of 118 everyday flagged; after: 30 and 0. What changed: a retelling
    # "收到一个短信说" (not only "收到短信说"), "SMS vanthuchu", "DHL sent me an email asking",
    # "someone on Carousell asked me to" describe; a victim's "用我的头像" and Tanglish "adhu
    # fake" talk about a scam; a clinic's "如需更改，请致电" is its own line; Malay thanks for a
    # past loan ("terima kasih .. pinjamkan duit") and repaying by the month ("saya bayar balik
    # $200 sebulan") ask nothing; driving Grab or delivering food (ms gig_work) is real work.
    # Missed: a "customer" who overpays a hawker and asks the extra sent to his driver. Its twin,
    # written at the same time before the lexicons were read and never tuned on: 20 of 21
    # caught and 2 of 60 flagged before, 20 and 1 after.
    "everyday20.txt": (31, 118, 1),
    "everyday20_heldout.txt": (21, 60, 1),
    # everyday21 (brief s38sg): Singapore everyday messages of 2025-2026 that share scams' words,
    # 40% English, the rest Chinese, Malay and Tamil: bank, card and OTP alerts, Singpass, CPF,
    # IRAS, HDB and ICA notices, clinics, telcos, deliveries, shops' promos, agents, tuition,
    # condo, town council, school, CCs, religious groups, marketplace and family money, with
    # scams faking the same senders. Before: 40 of 40 scams caught and 14 of 155 everyday
    # flagged; after: 40 and 3. What changed: a shop's prize shown or redeemed at its outlet
    # ("show this SMS at", "redeem in store", "tunjukkan SMS ini", "tebus di kedai", "கடையில் ..
    # காட்ட") is a place to come to (job_meeting); a bill paid "or AXS" is the biller's channel;
    # papers handed "to HR on Monday", "kat HR", "HR க்கு" are the employer's; Malay and Tamil
    # retellings ("orang call mak cakap", "nampak iklan kerja", "போலீஸ் என்று ஒருவர் போன்",
    # "என்று ஒரு விளம்பரம் வந்தது") describe. Its twin, written at the same time before the
    # lexicons were read and never tuned on: 25 of 25 caught and 3 of 100 flagged before, the
    # same after.
    "everyday21.txt": (40, 155, 0),
    "everyday21_heldout.txt": (25, 100, 0),
    # negation19 (brief s36guard): the scope of a negation, half English, the rest Chinese, Malay
    # and Tamil. Scams where a negation shares the sentence with the request but does not govern
    # it ("No experience needed, just pay $50", "Don't miss out, verify now", "不用担心，把验证码
    # 发给我", "Tak perlu risau, bayar yuran", "தவறவிடாதீர்கள், ... செலுத்துங்கள்", "we are not
    # asking for your password, only the code"); everyday messages where it does ("never share
    # your OTP", "you do not need to pay any fee", "银行不会要求您提供验证码", "jangan kongsi OTP",
    # "OTP-ஐ யாரிடமும் பகிர வேண்டாம்"), long sentences with commas, both in one sentence. A
    # negation now governs its clause, not its sentence (checkers.rules._scopes), unless it
    # governs a request in its own clause (a warning: then its sentence, up to "but"/"just");
    # a condition before it and a contrast's clause stay governed; warning words negate the
    # sentence. Development set: 70 of 84 caught and 5 of 86 flagged before, 77 and 1 after
    # (see MOST_ALARMS). Left missed: requests no rule reads as a scam once the negation no
    # longer hides them (a rental "deposit by tonight", "just send $60 to our agent for the
    # work permit", 苹果卡 codes, a Malay "yuran RM30 dulu" and "transfer RM200 deposit", two
    # Tamil fees). Its twin, written at the same time before the lexicons were read and never
    # tuned on: 34 of 48 caught and 3 of 48 flagged before, 38 and 3 after (see MOST_ALARMS).
    "negation19.txt": (84, 86, 7),
    "negation19_heldout.txt": (48, 48, 10),
    # Brief s32sg: Singapore e-commerce, rental and investment scams in the conversation's own
    # turns (Carousell / Marketplace sellers who want PayNow or a deposit first, fake
    # "Carousell protection" and buyers' "payment received, click to receive", tickets,
    # staycations, pets' transport fees, rooms and HDB flats whose owner is overseas and will
    # courier the keys, investment mentors, pre-IPO shares, withdrawal fees, romance turned to
    # investing), Singlish and standard English, with everyday messages sharing their words.
    # The development set: 51 of 101 caught and 1 of 70 everyday flagged before, 92 and 0
    # after (paraphrase probes written after it: 54 of 62 scams caught, 3 of 81 everyday
    # flagged, all 3 also flagged on main). A new concept, pay_on_meeting ("pay after viewing",
    # "when we sign", "at the MRT"), keeps the deposit rules quiet when the money changes hands
    # at the meeting; it also took back main's alarms on "deposit returned after inspection"
    # and "collect the deposit at signing". Left missed: a seller's bare "Transfer to my PayNow
    # and I email you the e-tickets immediately", promos taking PayNow (durian, aircon), "the
    # assistant of Professor Ng" with free stock picks, a platform's "deposit $2,000 get $600
    # bonus" (brokers run such promos). Its twin, written at the same time before the lexicons
    # were read and never tuned on: 35 of 61 caught and 2 of 45 flagged before, 41 and 1 after.
    "sg14_en.txt": (101, 70, 9),
    "sg14_en_heldout.txt": (61, 45, 20),
    # Brief s32sg2: the people scammers pretend to be, as Singapore victims meet them (fake
    # friends on a new number, relatives in trouble, bosses who need a favour, SPF / MOH / MAS /
    # ICA / CPF officers, bank fraud departments and their apps, delivery men, telco staff,
    # Shopee / Lazada / Grab service, romance partners, "Singpass officers"), with everyday
    # messages sharing their words (real new numbers, real callbacks, forwarded scam warnings).
    # The development set: 80 of 100 caught and 4 of 72 everyday flagged before, 92 and 0
    # after. Left missed: a bare "guess who?" or "new number, save it" (a real friend's is the
    # same), a relative's trouble without a name or a hurry word, HR's "update your bank details
    # for payroll" form, calls retold with "pretending to be", a romance partner's crypto
    # earnings. Its twin, written at the same time before the lexicons were read and never
    # tuned on: 46 of 60 caught and 2 of 46 flagged before, 48 and 0 after.
    "sg15_en.txt": (100, 72, 8),
    "sg15_en_heldout.txt": (60, 46, 12),
    # Brief s34sg2: Singapore scams as the message that follows a scam call or chat ("as
    # discussed on the phone, transfer to the safe account below", "officer Tan here, send me
    # your bank statement", "your case no. is ..., keep it confidential", "the link the officer
    # mentioned", Carousell "buyers" with a link to receive, "the OTP that just came", mentors
    # after a Zoom, romance partners' customs fees; a few in Chinese and Malay), with everyday
    # follow-ups after real calls (bank appointments, clinic callbacks, real report numbers,
    # buyers' PayNow screenshots, agents' document lists). The development set: 85 of 105
    # caught and 2 of 72 everyday flagged before, 95 and 0 after. Left missed: "Det." with a
    # video call alone and no crime named, an OTP asked for in the sentence after the one that
    # names it, a token to approve, a transfer limit to raise, TeamViewer to "remove malware", a
    # buyer's "Carousell support will contact you to release the funds", romance partners'
    # trading platform and "show money" at immigration, a telco call retold with "scam calls",
    # Interpol's "confidentiality agreement" and "guarantee fee". Its twin, written at the same
    # time before the lexicons were read and never tuned on: 47 of 61 caught and 1 of 46 flagged
    # before, 50 and 1 after.
    "sg17_en.txt": (105, 72, 10),
    "sg17_en_heldout.txt": (61, 46, 10),
    # Brief s35sg: Singapore scams of the kinds the police's yearly figures rank highest, in
    # 2025-2026 dress: malware from ads (durian, seafood, mooncakes, cleaning and aircon "download
    # our app / APK to book"), concert and event tickets, staycations and hotel deals, fake
    # ScamShield / SPF / MAS / Anti-Scam Centre contacts and "fund recovery", MOH / ICA / MOM / CPF
    # / IRAS officers, fake friends' follow-up texts, rental "deposit before viewing", sextortion,
    # love scams' money requests, Carousell and Marketplace "pay via this link / our delivery
    # partner"; a few in Chinese and Malay; with everyday SingPost, Shopee, Lazada, Grab, NTUC,
    # HDB, polyclinic, school, agent and ticket-transfer messages and friends' chats on the same
    # topics. The development set: 84 of 112 caught and 1 of 70 everyday flagged before, 98 and 0
    # after. Left missed: an app "only through our app" with a link to install, a mooncake app
    # with screen sharing, a Malay app link ending in /apk, a ticket seller's "secure link, my
    # friend's platform" and "secure checkout link", a QR-code screenshot after a "locked" app, a
    # resale site's "pay now to secure", an organiser's "transfer fee", staycation deals paid by
    # bank transfer or to a "corporate account" (en, zh) and an "official reseller", a fake
    # ScamShield alert that names a "scam app", a tenant form's admin fee at a link. Its twin,
    # written at the same time before the lexicons were read and never tuned on: 51 of 69 caught
    # and 0 of 45 flagged before, 53 and 0 after.
    "sg18_en.txt": (112, 70, 14),
    "sg18_en_heldout.txt": (69, 45, 13),
    # Brief s36sg: Singapore e-commerce and marketplace scams in English with Singlish: fake
    # sellers on Carousell, Facebook Marketplace and Telegram (concert tickets, staycations,
    # phones, luxury bags, pets, durian and mooncake pre-orders, room deposits), fake buyers who
    # "paid" and send a link to "receive payment" / "Carousell Protection" / "CarouPay verify",
    # "PayNow to my friend's number", "deliver first, you pay the shipping", fake shop pages; with
    # everyday marketplace chats (meet-up, deal method, "can PayNow?"), real order confirmations,
    # friends passing tickets, real Carousell notices, rentals, pets and durian orders. The
    # development set: 62 of 98 caught and 4 of 65 everyday flagged before, 82 and 1 after. Left
    # missed: sellers who only ask for payment first with no sign the buyer cannot check ("only
    # accept bank transfer, no refund once sent", "full payment first then I transfer the booking
    # name", "deposit to hold, non-refundable", "moving overseas need to clear fast"), a ticket
    # "transfer fee" to the seller, a Telegram group's "pay admin for verification", a villa's
    # booking deposit at a link, pet vaccination and import fees, a mooncake payment link "within
    # 1 hour", a durian deposit at a shop link, a corporate mooncake order paid first, a PayNow
    # "that shows a company name", postage at a courier link, a free-voucher form. Its twin,
    # written at the same time before the lexicons were read and never tuned on: 29 of 59 caught
    # and 1 of 45 flagged before, 35 and 1 after.
    "sg19_en.txt": (98, 65, 16),
    "sg19_en_heldout.txt": (59, 45, 24),
    # Brief s34sg: Singapore scams as elderly people receive them (grandchildren and nephews in
    # trouble with "don't tell Papa", MOH / CPF / IRAS / ICA / SPF / MAS officers following up a
    # call, Silver Support, CDC and GST voucher "claims", CPF and pension lures, MediShield and
    # insurance claims and hospital bills, community-centre lucky draws, "safe 8%" investments,
    # "your phone got virus" tech support, tour, staycation and ticket deposits, a friend's new
    # number, a bank account or card and PIN lent to a "nephew's friend"), English with Singlish
    # and a few in simple Chinese or Malay, with everyday messages seniors get (gov.sg voucher and
    # payout notices, polyclinic reminders, family chats about money, temple and RC notices, bank
    # alerts, children's real requests). The development set: 79 of 105 caught and 2 of 71
    # everyday flagged before, 97 and 0 after (paraphrase probes written after it: 66 of 74 scams
    # caught, 1 of 60 everyday flagged, also on main). Left missed: a voucher "top-up" asking for
    # NRIC and bank card on a form, a health screening that wants the bank card, a "12% p.a."
    # fixed deposit, a crypto app's "earn $30,000 in 1 month", staycation and tour deposits with
    # no listing word ("Staycation at Marina Bay Sands 2D1N", "Genting package for elderly"), a
    # durian buffet's "top up the deposit or we cancel your seat". Its twin, written at the same
    # time before the lexicons were read and never tuned on: 51 of 68 caught and 0 of 46 flagged
    # before, 53 and 0 after.
    "sg16_en.txt": (105, 71, 8),
    "sg16_en_heldout.txt": (68, 46, 14),
    # Brief s37money: scams whose catch depends on reading an amount (crypto units, "5k" and
    # "1.2k", amounts in words, other currencies, ranges, amounts glued to words) in the four
    # languages, and everyday messages full of numbers that are no money or honest money. A
    # crypto amount now is an amount with its coin still a word ("100 USDT", "充值100U"), a bare
    # "5k" is an amount unless a race, a screen or a count follows, "lima ratus ringgit" and
    # "ஐந்தாயிரம் ரூபாய்" are amounts, "$6k/mth" keeps its "k". The development set: 57 of 61
    # caught and 0 of 41 flagged before, 60 and 0 after. Left missed: a lover's "Need 2k sgd
    # clearance fee" for gold held at customs (read as an amount and a fee; no rule joins a
    # romance's customs to it). Its twin, written at the same time before the lexicons were read
    # and never tuned on: 30 of 36 caught and 1 of 30 flagged before, 32 and 1 after.
    "amounts24.txt": (61, 41, 1),
    "amounts24_heldout.txt": (36, 30, 3),  # lowered to the measured figure by s40ta
    # Brief s38zh: Chinese boss, colleague, classmate and relative impersonation at the turns
    # after the opener and as the whole short exchange pasted as one message (在开会先帮我转,
    # 合同晚点补, the work group's QR code, 领导让我联系你, a classmate abroad, a relative's lost
    # phone), simplified, traditional and Cantonese, and Singapore/Malaysia Chinese mixing English
    # ("boss 叫你 transfer 先"); everyday messages from real bosses, HR and family using the same
    # words. The development set: 58 of 66 caught and 1 of 43 flagged before, 65 and 1 after
    # (transfer/paynow..先, 过住, 这个户口/呢个户口 read as 这个账户 is, 没空接电话, phone..没电, hushes
    # kept out of the group, the work group's QR asked for, a boss named by rank who wants the
    # staff list). Left missed: a go-between's "张总让我建了个新群…先不要在旧群说" (a boss, a group
    # and a hush, as a real confidential project says). Its twin, written at the same time before
    # the lexicons were read and never tuned on: 28 of 37 caught and 1 of 31 flagged before, 30
    # and 1 after.
    "fraud_kinds26_zh.txt": (66, 43, 1),
    "fraud_kinds26_zh_heldout.txt": (37, 31, 7),
    # Brief s38retold: retelling and quoting, in English, Chinese, Malay and Tamil. Scams whose
    # sender frames his own request as a retelling (a fake child's "I got an sms from Singtel
    # saying my old line will be terminated ..., can you transfer $1,800", a fake officer's "We
    # received a report that ...", "我收到银行通知说...，你赶快点这个链接", "Saya dapat mesej dari
    # bank, awak kena ...", "...னு போலீஸ் சொன்னாங்க, ... நீங்க உடனே அனுப்புங்க"), and everyday
    # messages where the retelling governs: forwarded scams with a question, warnings to family,
    # police advisories, news, calls retold and ignored, honest requests passed on from school,
    # family and office. A retelling now governs the clause it reports, up to the speaker's own
    # turn (checkers.rules._turn: own_turn after a clause break, own_turn_so joined by "so you",
    # 所以你, jadi awak); a turn that asks makes the report its pretext; a message that also talks
    # about the scam as a scam ("I hung up") keeps the whole sentence told. The development set:
    # 57 of 64 caught and 8 of 44 flagged before, 60 and 4 after (see MOST_ALARMS). Left missed:
    # four insider tips passed on by a relative or friend ("他说明天黄金会大涨，所以你现在把2000
    # USDT打到这个钱包地址", "saham ni confirm naik minggu depan", "pulangan 30% sebulan", "இந்த
    # share அடுத்த வாரம் கண்டிப்பா ஏறும்"), an investment wording no rule reads yet. Its twin,
    # written at the same time before the lexicons were read and never tuned on: 23 of 36 caught
    # and 9 of 32 flagged before, 23 and 9 after.
    "retold25.txt": (64, 44, 4),
    "retold25_heldout.txt": (36, 32, 13),
    # Issue 11, twenty-fifth English hand (brief s38smish): reported-style US / UK / Canadian /
    # Irish smishing -- premium-rate prizes and clubs ("FreeMsg", "call 0909...", "Txt STOP"),
    # Royal Mail / Evri / USPS / Canada Post / An Post / DPD redelivery fees, DVLA / HMRC / IRS,
    # E-ZPass / SunPass / FasTrak / Dart Charge tolls, Apple ID / Netflix / PayPal locked, Amazon
    # "not you? call", bank alerts with a stranger's number, EE / Vodafone / O2 bills, crypto
    # wallets, student loan forgiveness, "Hi mum" and wrong-number openers, spaced and glued
    # words -- and the everyday carrier, bank, courier, 2FA, GP and school texts with their words.
    # Development set: 69 of 72 caught and 3 of 41 flagged before, 69 and 0 after (a prize
    # collected at the school office, the reader's own lottery win, a customs charge paid at the
    # door or the local post office). Left missed: a pending Zelle payment "to cancel call us"
    # (not_unrecognised_txn keeps a salon's "to cancel, call us") and two bare "is this Linda?"
    # openers. Its twin, written at the same time and never tuned on: 35 of 37 caught and 1 of 31
    # flagged before, 35 and 1 after.
    "smish25_en.txt": (72, 41, 3),
    "smish25_en_heldout.txt": (37, 31, 2),
    # Issue 11, twenty-sixth English hand (brief s38smish2): the US 2025-2026 smishing wave and its
    # shortest texts -- E-ZPass / SunPass / FasTrak / TxTag / The Toll Roads and other tollways,
    # "Department of Motor Vehicles" fines and licence suspension, USPS / UPS / FedEx "address
    # incomplete", IRS / stimulus refunds, Medicare and Social Security, Zelle pending and
    # reply-YES fraud checks, Coinbase / Binance withdrawal requests, Apple Pay / Cash App,
    # "Reply Y and reopen to activate the link", brands in subdomains of new endings, wrong-number
    # and recruiter openers -- and real toll, carrier, 2FA, bank, pharmacy, school, shop and
    # new-number texts in their words. Development set: 57 of 64 caught and 2 of 44 flagged
    # before, 60 and 0 after: a payment held for the reader until a fee of its own is paid (Cash
    # App's clearance fee, Zelle's "upgraded to a business account"; TXT015), a Medicare number
    # and date of birth confirmed over a stranger's number (TXT023), a utility's "power may be
    # shut off in your area" and a shop's "$5 reward is ready to use on your next trip" quiet.
    # Left missed: four bare wrong-number openers ("is this Jennifer? This is Amy from the yoga
    # class", "are we still on for golf", "long time no see"), everyday words with no ask. Its
    # twin, written at the same time and never tuned on: 36 of 39 caught and 2 of 33 flagged
    # before, 36 and 2 after.
    "smish26_en.txt": (64, 44, 4),
    "smish26_en_heldout.txt": (39, 33, 3),
    # Brief s38zh2, the twenty-seventh Chinese hand: every Chinese fraud kind as forwarded SMS and
    # chat fragments (刷单 / 点赞 / 连单 / 解冻金, 公检法 with 安全账户 / 资金清查 / 通缉令 / 社保卡 /
    # 医保卡 / 税务, loans with 保证金 / 解冻费, fake customer service for 快递理赔 / 校园贷 / 百万保障
    # / 自动扣费, 带单老师 / 内幕 / USDT 搬砖 / 原始股, romance openers, game-account trades), and
    # real bank, courier, insurer and tax notices, licensed lenders and anti-fraud reminders in the
    # same words. Development set 56 of 63 caught and 2 of 42 flagged before, 62 and 0 after:
    # 关闭扣费 / 取消扣费 as a charge to cancel, 上市后..倍 and 内部票 (investment), 想跟上的 /
    # 想上车的 (joining a tipster), 高价回收 / 收购..账号 and "this trading platform" (game
    # accounts), 在国外..工程师 (the overseas admirer); a refund already paid (已经原路退回, 给我退款了)
    # and a mortgage's lawyer and valuation fees quiet. Left missed: "请问是陈小姐吗？我是上次在朋友
    # 婚礼上认识的，还记得我吗" (a name checked and a "remember me" are a parent's or a client's too).
    # Its twin, written at the same time and never tuned on: 30 of 36 caught and 2 of 31 flagged
    # before, 30 and 2 after (see MOST_ALARMS).
    "fraud_kinds27_zh.txt": (63, 42, 1),
    "fraud_kinds27_zh_heldout.txt": (36, 31, 6),
    # Brief s38zh3, the twenty-eighth Chinese hand: police and government impersonation
    # (公安 / 检察院 / 法院 / 反诈中心 / 网警 / 市场监管 / 医保 / 社保 / 税务 / 海关, ICA / SPF / MOM, 中国
    # 驻新加坡大使馆 "包裹涉嫌", 地检署 / 警政署 / 健保署, 入境处 / 警务处 「鍾sir」) and task scams at
    # every stage (点赞员, 关注截图领佣金, 做单返利, 预付, 充值解冻, 团队长, 导师带做, 福利任务), with
    # real SPF / ICA / 反诈中心 / 165 / 18222 notices that name these scams, real part-time jobs,
    # agency-contract KOL briefs and 拼单 / 团购 groups. Development set 61 of 63 caught and 8 of 42
    # flagged before, 63 and 1 after: warnings read as warnings (近期有骗徒 / 骗徒冒充警察, 诈骗冒充警员,
    # 刷单诈骗 / 兼职诈骗, 此类电话 / 类似电话, 立即挂断, 不会以电话 / 不会通过电话), a roadshow
    # promoter's job (路演, 需站立) and SPF's i-Witness as an official channel; 充<num> as a top-up
    # (福利单 "充20000返26000"), 你名下..出了问题 / 你的准证..有问题 / 被列为..嫌疑人 as accusations,
    # 警政署 and 缉私局 as authorities, 递解出境 as a threat. Its twin, written at the same time and
    # never tuned on: 34 of 38 caught and 3 of 31 flagged before, 34 and 2 after (see MOST_ALARMS).
    "fraud_kinds28_zh.txt": (63, 42, 0),
    "fraud_kinds28_zh_heldout.txt": (38, 31, 4),
    # Issue 11, brief s38whose: whose pay, whose money, who is asked, in four languages. Scams
    # that speak through a third person (a friend's daily pay or a husband's gains held up as
    # bait with "you can join too", "my boss will pay you", an insider who can approve or cancel
    # an official matter for money paid to him, a grandson's bail to his "lawyer") beside family
    # news of other people's pay, bonuses, draws, loans and debts. Development set 49 of 64 caught
    # and 3 of 44 flagged before (three mothers' lucky draws at the CC), 59 and 0 after: you_too
    # (FAM001, FAM011), not_prize for a third person's win, fixer (TXT025), the Tamil earning
    # verb after a bare amount (pay.py), police-station and hospital excuses. Left missed: a
    # recruiter's "your ex-colleague earned $6,000 this month" (a third person's month stays
    # news to pay.py), a WeChat id given bare (客服微信 licai_vip66), a boss's assistant whose
    # per-order commission comes with a sign-up link only (zh, ta), and a school friend asking
    # a grandparent to pay a grandson's damages. Its twin, written at the same time and never
    # tuned on: 25 of 40 caught and 4 of 32 flagged before, 29 and 4 after (see MOST_ALARMS).
    # Brief s39job: the recruiter's ex-colleague's "$6,000 this month" and 她…一个月赚了两万 with
    # 您也可以加入 caught since (pay told over a period just past, their_pay): 61 of 64.
    "persons26.txt": (64, 44, 3),
    "persons26_heldout.txt": (40, 32, 11),
    # Brief s38gap: a fee to get one's own money or a promised thing, in English, Chinese, Malay
    # and Tamil (a deposit, tax, margin, "unfreezing" money, a VIP upgrade or an activation
    # charge before a withdrawal; a processing, insurance or stamp fee before an approved loan
    # is paid out; a tax before a prize; a romance gift's customs fee; a recovery fee), beside
    # everyday fees (a card's annual fee, a licensed lender's admin fee deducted at signing, GST
    # at checkout, a courier's duty in its app, an exchange's network fee, tuition and chalet
    # deposits). The development set: 56 of 66 caught (43 at scam) and 6 of 40 flagged before,
    # 66 (52 at scam) and 2 after: TXT041 (fee_gate "before the funds are released", "才能提现",
    # "sebelum wang dimasukkan", "கட்டினா தான் பணம்"; pay_first beside a loan, a prize or a
    # withdrawal), fee_deducted quieting a lender's fee deducted from the loan (TXT041 and
    # FAM012). Its twin, written at the same time before the lexicons were read and never tuned
    # on: 27 of 40 caught and 1 of 32 flagged before, 27 and 1 after (see MOST_ALARMS).
    "fees26.txt": (66, 40, 0),
    "fees26_heldout.txt": (40, 32, 13),
    # Brief s38guard, a precision set for session 26's new rules (fee gates, "you can join
    # too", fixers, held payments, supervisors, personal details, retold calls) in four
    # languages: 29 of 30 scams caught and 13 of 120 everyday messages flagged before, 30 and 1
    # after (see MOST_ALARMS). Its twin, never tuned on: 18 of 20 and 9 of 80 before, 18 and 7
    # after.
    "guard26.txt": (30, 120, 0),
    "guard26_heldout.txt": (20, 80, 1),
    # Brief s38tanglish: Tanglish (Tamil in Latin letters) in varied spellings, every family.
    # A spelling fold (checkers.tanglish.spelling_key) reads a Tanglish message's words and
    # ta.txt's Tanglish terms alike. Development set 39 of 47 scams caught and 1 of 37 everyday
    # flagged before, 41 and 1 after; its twin, never tuned on, 20 of 31 and 0 of 26 before,
    # 20 and 0 after. Every Tanglish corpus message respelled (doubles undoubled, long
    # vowels shortened; dh/th swapped, -unga as -ungo): 725 of 1016 scams caught before,
    # 839 after, 9 of 483 everyday flagged before and after.
    "tanglish26_ta.txt": (47, 37, 6),
    "tanglish26_ta_heldout.txt": (31, 26, 10),  # lowered to the measured figure by s40ta
    # Brief s39smish: English smishing as reported in late 2025-2026 (US, UK, Singapore,
    # Australia): the shortest texts, "Reply Y then reopen" tolls, parcels held at a warehouse,
    # final notices and closures, bank "reply 1 if this wasn't you", Apple / Google Pay
    # card-added alerts, e-wallets, carrier points, a government letter on hold, crypto
    # withdrawals, job texts, wrong numbers that steer; beside real banks' codes and card alerts
    # (YES/NO fraud checks, a Singapore landline to call), toll and parking receipts, couriers,
    # clinics, schools, friends and plain wrong numbers. Development set 55 of 61 caught and 2 of
    # 49 flagged before (UOB's card-added alert with its +65 6 line, Chase's "Reply YES or NO
    # ... Txt STOP to opt out", both TXT030), 61 of 65 and 0 of 52 after (probes added): the
    # synthetic landline concept (a Singapore fixed line; TXT030 keeps it flagged only when no
    # sender is named or a rush or threat presses it), a reply asked beside the carriers'
    # opt-out line (lender_terms), a reply that brings a call (callback: "reply 1 and wait for a
    # call", "reply 2 to speak"), "pts" for points, "did you just pay". Its twin, written at the
    # same time and never tuned on: 40 of 42 and 2 of 30 before, 40 and 1 after (see
    # MOST_ALARMS). Left missed by design: a mentor's meeting "moved to 3pm, join the WhatsApp
    # group" (no returns, no stranger's opener), a wrong number's "the crypto app that made you
    # 30%" and "the forex app my mentor uses made me 25% last week" ("made me 12% this month" is
    # everyday bragging; only a wrong number tells them apart), and Coinbase's call-back whose
    # example 555 number is no valid number. Two older scams are quiet since: smish3_en's
    # "Chase Fraud Alert: ... Reply YES or NO. To opt out reply STOP" (word for word the real
    # alerts of smish12_en and smish23_en) and smish4_en's UOB "reply N or call 6591 2210"
    # (everyday21's Citi alert reads the same).
    # The lead's merge of s39smish's and s39sg's landline: a Singapore fixed line with only a
    # rush ("call ... immediately") is let be, as the banks' own alerts say the same; one
    # scam of this set that gave only that is missed since.
    "smish27_en.txt": (65, 52, 5),
    "smish27_en_heldout.txt": (42, 30, 2),
    # Brief s39zh, the twenty-ninth Chinese hand: the kinds mainland anti-fraud centres and the
    # Singapore police describe in 2025-2026 that earlier sets cover least, as the fraudster
    # writes them (虚假征信 / 注销校园贷, 电商物流客服理赔, 游戏虚假交易, 冒充军警购物, 网贷解冻费 /
    # 流水 / 保证金, 婚恋交友引向投资 / 博彩, 冒充医保 / 社保, 百万保障关闭, 机票改签, 点赞 / 刷礼物
    # 返利, 信用卡提额, 冒充亲友换号借钱, 共享屏幕), with real bank / courier / airline / 社保
    # notices, family money chats, shop refunds, workplace chats and warnings that quote the
    # scams. Development set 73 of 85 caught and 3 of 52 flagged before, 80 and 0 after: a unit
    # (部队, 武警, 派出所) that has its seller pay first (TXT015), a limit raise at a stranger's
    # number (FAM003), a 百万保障 closed by a transfer and a campus loan "不注销会…" (TXT034),
    # a streamer's gifts paid back with 另给..奖励 (commission); no alarm for 均为诈骗 (scam_talk),
    # a shop's reply to 您反馈的 (TXT011), 老板交代的那个… (not_persona_claim), 信用卡临时额度 read
    # as pay by the hour (pay.py). Its twin, never tuned on: 31 of 41 and 0 of 30 before, 33 and
    # 0 after. Left missed by design: a game buyer who names his own "platform" and a half-price
    # skin seller (the price is the only tell), a unit's bare order with no ask, a renewal
    # notice worded as a real one, and a child's new number with nothing asked yet.
    "fraud_kinds29_zh.txt": (85, 52, 5),
    "fraud_kinds29_zh_heldout.txt": (41, 30, 8),
    # Brief s39mendeley: the kinds of Mendeley smishing still passed (old British premium-rate
    # prizes and competitions, ringtone clubs, admirers, friend invitations and chat lines, free
    # camera / video phone and half-price line rental "upgrades" by call or reply, voucher and
    # holiday claims, an e-wallet KYC "expired, will be blocked, ring care to verify", card
    # charges with a number, penalty notices, loans, callbacks) in this hand's own wording, beside
    # real promos with STOP, carriers' renewals, lucky draws, dating apps' codes and card alerts.
    # Development set 43 of 58 caught and 0 of 45 flagged before, 50 and 0 after: handset_offer
    # (TXT020), a block to be verified at once over a stranger's number (TXT008), a premium-rate
    # line beside a link and a weekly charge in quid (TXT032), strangers' friend invitations and
    # chat-line words (adult_lure), "voucher holder" and "has gained the sum" (prize). Its twin,
    # written at the same time and never tuned on: 29 of 39 and 1 of 28 before, 32 and 1 after
    # (see MOST_ALARMS). Left missed by design: a bare "sorry I missed your call, I'm on <number>"
    # (a friend writes the same), a holiday voucher's "quote your claim no." (an insurer's claim
    # number reads alike), a widow's charity millions (no prize word; "for charity work" is news
    # too), a content order "resent", a job shortlist to dial a USSD code, free game coins.
    # The lead's merge of s39smish's and s39sg's landline: a Singapore fixed line with only a
    # rush ("call ... immediately") is let be, as the banks' own alerts say the same; one
    # scam of each file that gave only that is missed since.
    "smish28_en.txt": (58, 45, 9),
    "smish28_en_heldout.txt": (39, 28, 9),
    # Brief s39ms: Malay and Indonesian scams of every family (task jobs, bank phishing, parcel
    # fees, e-commerce, "teka siapa" and "nombor baru" friends, PDRM / LHDN / Bank Negara,
    # investment, loans with a fee first, boss and relatives, prizes, wrong number openers,
    # account lending), in short forms and Manglish, many asked in pieces with no link; everyday
    # mosque notices, family money chats, real bank and courier SMS, job adverts and warnings.
    # Development set 66 of 74 scams caught and 4 of 47 everyday flagged before, 85 of 88 and 0
    # of 53 after (fourteen probes added); its twin, never tuned on, 41 of 47 and 1 of 30 before,
    # 41 and 1 after. Left missed by design: a courier's "x blh hantar kalau x bayar, transfer ke
    # akaun sy" (a COD courier says the same), an Indonesian seller's "transfer ongkir ke
    # rekening admin, baru barang dikirim" (pay-first selling is everyday) and a wrong number's
    # "Hai Cik Lina, jadi x kita jumpa bincang pasal pelaburan tu?" (a real contact's words).
    # Older twins gaining: kinds7_ms_heldout 46/50 -> 47/50 (0 alarms, 1 before),
    # kinds15_ms_heldout 43/55 -> 44/55.
    # The lead's merge of s39smish's and s39sg's landline: a Singapore fixed line with only a
    # rush ("call ... immediately") is let be, as the banks' own alerts say the same; one
    # scam of this set that gave only that is missed since.
    "kinds23_ms.txt": (88, 53, 4),
    "kinds23_ms_heldout.txt": (47, 30, 6),
    # Brief s39url (issue 11): fresh phishing links as late-2025/2026 feeds list them (toll,
    # postal and bank kits on cheap endings with random subdomains, brand look-alikes, short
    # kit paths, kits on free hosts and IPFS, kits deep in hacked WordPress sites, QR-style
    # links, brand folders with no trailing slash, lure names of clipped words) against small
    # businesses on the same hosts, SaaS docs, government and bank deep links, news slugs that
    # say "unable to login" or "scam", newsletters' tracking links and shops' checkouts.
    # Development set: 140 of 170 caught and 7 of 153 flagged before, 154 and 1 after (a page
    # named only by a brand on a throwaway ending is URL002: x7m.icu/ocbc; clipped notice words
    # in a cheap name are written out: redelivr-sg, pkgresched, tollclr; a name of three or four
    # characters with a digit or no vowel, on a throwaway ending, opening only a kit's route is
    # random: s9d.xyz/pay, mnb7.top/i/2a8f; a headline reporting on signing in, WordPress's own
    # wp-login.php and a github.io repository's project page are not the link model's). Left
    # missed: names of words no list knows or run together (refundpros, rewardzone-sg,
    # claimpointz, cardsafe-sg, topupbonus, sgsecurehub, myacctcentre, acctrevw, updtinfo), a
    # subdomain's brand the lists lack (urapark-sg, sc-sg.digitalkey, visa-secure.sgcard), a
    # name of eight letters on a one-letter route (acctsafe.top/v), t3g.cc/grab (grab is an
    # everyday word in a path) and a hacked site's page named by a brand with no folder after
    # it (/old-site/grabpay: a shop's /payment-options/paypal is the same shape). Twins, never
    # tuned on: 51 of 73 caught and 4 of 70 flagged before, 58 and 3 after (see MOST_ALARMS).
    "links_phish24.txt": (170, 0, 9),
    "links_everyday24.txt": (0, 153, 0),
    "links_phish24_heldout.txt": (73, 0, 14),
    "links_everyday24_heldout.txt": (0, 70, 0),
    # everyday22 (brief s39sg), a precision set: Singapore everyday SMS and chat of 2026 in
    # English/Singlish, Chinese, Malay and Tamil that share scam words (bank alerts with "if you
    # did not make this transaction, call 6123 4567", "Reply N if this wasn't you", OTPs,
    # Singpass, CPF/IRAS/HDB/MOM/ICA/LTA, telcos, couriers, clinics, tuition, family PayNow,
    # new numbers that ask nothing, mosque and temple volunteers "from home, reply if
    # interested", lucky draws, agents, warnings), with scam near-twins. Before: 36 of 37 scams
    # caught and 18 of 166 everyday flagged; after: 36 and 4. What changed: a Singapore fixed
    # line (landline) in a bank alert is a registered business's line, as a 1800 line is
    # (TXT030 holds only when the call is to undo the charge, undo_charge, or with a threat, a
    # charge abroad or a link; TXT032 never for it); unpaid help (volunteer) is no job
    # (FAM001, TXT002); a car's road tax is a bill, not a prize's fee; a prize collected at a
    # mall's concierge is a real draw's (job_meeting). Its twin, written at the same time and
    # never tuned on: 25 of 26 and 8 of 103 before, 25 and 3 after. Left missed by design: an
    # MOH "Healthier SG" points phish at a stranger's link (no concept for "health points").
    # Elsewhere the landline change quiets 11 bank alerts of everyday10, 18, 19, 21 and
    # kinds20_ta_heldout, and loses three call-back scams that give a landline and nothing
    # else (kinds18_ms's Tamil "UOB: new device ... call 6288 1904 immediately", one each in
    # sg11_en_heldout and smish4_en_heldout): word for word the banks' own alerts.
    "everyday22.txt": (37, 166, 1),
    "everyday22_heldout.txt": (26, 103, 1),
    # Brief s39job: Singapore job scams of 2026 as the first and second texts arrive, in four
    # languages (recruiters who "came across your profile", pay told per period "earn $3,000
    # this month" / 本月收入5千 / "bulan ini dapat RM5,000" / "intha maasam income 6k", a
    # colleague's or cousin's takings with an invitation, rating and app-optimisation tasks,
    # merchant prepayment, commission after a top-up, Singpass / NRIC / bank login "for payroll",
    # a bank account lent for "company salary", chat-only interviews) beside agencies with EA
    # numbers, rider and shift onboarding, tuition, friends telling their pay, HR payroll and
    # school part-time notices. Development set 62 of 72 caught and 3 of 51 flagged before, 74
    # of 75 and 1 of 56 after (with probes): pay told over a period just past read by
    # pay.told_pay as their_pay and weighed by FAM001 only beside a way in and online or task
    # work; you_too offers to bring the reader in; chat interviews; agency_licence quieting
    # "came across your profile"; Singlish "sounds like scam". Left missed by design: "my sis in
    # law earn 3k a month ... I ask her add u" (a month's 3k is a real wage). Its twin, written
    # at the same time and never tuned on: 31 of 40 caught and 2 of 30 flagged before, 35 and 2
    # after (see MOST_ALARMS).
    "jobs27.txt": (75, 56, 1),
    "jobs27_heldout.txt": (40, 30, 5),
    # Brief s39sgsmish: Singapore smishing and chat take-over of 2026 as reported to ScamShield
    # (courier redelivery fees, LTA / ERP 2.0 / parking fines, IRAS / CPF / HDB / MOH / ICA
    # refunds and checks, SP Group and telco bills, banks' suspensions and token reactivation,
    # "paid via CarouPay" buyers, Singpass expiry, FairPrice lucky draws, MOM and SGSecure,
    # "help me vote, send me the 6-digit code"), beside the same bodies' real notices, OTPs,
    # PayNow / PayLah! receipts, real lucky draws and friends' votes. Development set 53 of 54
    # caught and 1 of 41 flagged before, all 81 (with probes) and 1 of 61 after: SGSecure is an
    # authority, "non-compliance" and "will be reported to the police" threats, "update ..
    # particulars" a verification, "can u help me receive a code" the take-over's ask (otp and
    # ask_send), "Download from App Store" an app store (not_download_app). Its twin, never
    # tuned on: 31 of 34 and 0 of 24 before, 32 and 0 after. Left flagged by design: a DBS
    # token alert that gives the example landline +65 6123 4567 "immediately" where the real one
    # gives the bank's own hotline (see MOST_ALARMS).
    "sg20_en.txt": (81, 61, 0),
    "sg20_en_heldout.txt": (34, 24, 2),
    # Brief s39zh2: the Chinese scams of Singapore and Malaysia Chinese speakers and of Hong
    # Kong / Taiwan (traditional characters, Cantonese 嘅/咗/唔/係), SMS and WhatsApp: bank,
    # Singpass, CPF and parcel phishing, like-and-review tasks and advances (垫付), a mentor's
    # insider tips and allotments, "guess who / new number", police, MOH, ICA and BNM
    # impersonation with a safe account, Carousell / Shopee / Lazada sellers who cannot meet;
    # beside bank and CPF notices, family chats, shops, WhatsApp groups, police warnings and
    # real recruiting. Development set 57 of 60 caught and 1 of 42 flagged before (an HR's
    # "每人需要先垫付$30…之后报销"), 65 of 65 and 0 of 47 after (probes added): a sure thing
    # (内线消息, 机构内部, 内部配售) and a sum to put in (要入金, 需要..入金) as FAM011, an
    # assistant to contact (私聊助理, 助理LINE), a marketplace "payment flow" to be signed
    # (签署金流, 金流认证) as verify, each member's own advance (每人..垫付) no fee to work. Its
    # twin, written at the same time and never tuned on: 29 of 33 and 1 of 24 before, 29 and 1
    # after (see MOST_ALARMS). Left missed by design: nothing in the development set.
    "fraud_kinds30_zh.txt": (65, 47, 0),
    "fraud_kinds30_zh_heldout.txt": (33, 24, 4),
    # Brief s39ta: Tamil scams of every family as Singapore, Malaysian and Tamil Nadu Tamils get
    # them (tasks and their top-ups, KYC / Singpass / OTP phishing, parcel and airport "gift"
    # fees, a fake relative or friend, CBI / Bukit Aman "digital arrest", IPO and crypto
    # doubling, loans released behind a fee, prizes with a tax, fake temple and medical appeals
    # to a person's account or PayNow, account, card and Singpass lending with Malaysian
    # வெள்ளி), with real temple notices (the temple's office, UEN, account, receipt, a committee
    # member's number), family money, bank notices and OTPs, school notices, real jobs and
    # warnings. Development set 43 of 57 caught and 6 of 42 flagged before (probes included),
    # 56 of 57 and 0 of 46 after: temple_appeal (கும்பாபிஷேகம், திருப்பணி, அன்னதானம்) and
    # medical appeals (relief_appeal) to a person's account or PayNow (TXT025), the temple's
    # own channel as official_channel, "velli" as ringgit (pay.py, wording.py), a friend's
    # supplier as third party, a case kept off for money, an airport clearance fee, a sum that
    # doubles in days, a loan's release behind a fee, Singpass / card lent for a while; rent
    # paid by PayNow and a bank's "அன்புள்ள வாடிக்கையாளர்" lend no account, "cyber crime"
    # advice accuses nobody, a Tanglish "message vandhuchaam ... scam nu sonnen" retells. Its
    # twin, never tuned on: 24 of 35 and 2 of 25 before, 25 and 2 after (see MOST_ALARMS).
    # Left missed by design: a friend's bank app down and a landlord to be paid (a landlord
    # paid by PayNow is everyday).
    "kinds23_ta.txt": (57, 46, 1),
    "kinds23_ta_heldout.txt": (35, 25, 10),
    # guard27 (brief s39guard), a precision set for session 39's new rules: everyday messages in
    # exactly their shapes, told honestly (banks' alerts with a landline and "call us
    # immediately", a limit raised "as requested", telcos' upgrade and free-minutes offers,
    # "reply 1 and our nurse will call you", COD parcels, friends' "my account kena blocked,
    # need to verify urgently at the branch", units' procurement notices, 提额 notices, 百万保障
    # warnings, 临时 and 老板交代的事 in the office, shops answering complaints, contest votes
    # "setiap like dikira", cash drawn from one's own account for family, friends' trading gains
    # with "nak cuba?", "perlukan nombor kad" said of a hotel, police reports on one's own IC,
    # office surprises kept from "staf lain", game accounts sold) and 30 scams of the same shapes
    # in English, Chinese, Malay and Tamil. Before: 27 of 30 caught and 13 of 128 everyday
    # flagged; after: 27 and 4. Too wide were: blocked + urgent + verify + a number (a friend
    # going to the branch or the telco's shop: official_channel now reads "at the branch", "at
    # the Singtel shop"); 提额 / limit raise at a named bank's landline (FAM003); "call us
    # immediately" at a named bank's landline (FAM010's callback & blocked & urgency); "perlukan
    # nombor kad" said of anyone (now the caller's "cuma perlukan" or an addressee); a COD
    # amount read as a parcel fee (TXT010, pay_on_meeting "cod parcel"); Chinese "卡背面的客服电话"
    # and "明天要去网点" not read as official. Its twin, written at the same time and never tuned
    # on: 17 of 20 and 8 of 80 before, 17 and 6 after. Left missed by design: 提额 at a number
    # glued to Chinese text ("致电9123 4567办理": no phone is read there), a Tanglish dating lure
    # at a .top link, a Tamil-script cash-mule offer.
    "guard27.txt": (30, 128, 2),
    "guard27_heldout.txt": (20, 80, 3),
    # fraud_kinds31_zh (brief s39zh3): Chinese fraud of 2025-2026 aimed at the elderly and at
    # new channels - digital-yuan red packets to "activate", AI-faked relatives by video or
    # voice, elderly-care investment, 以房养老, free health products, tour deposits, collection
    # auction fees, fake tax / social-security refunds, gambling "loopholes", visa agents, ETC,
    # 百万医疗险 cancellation, live-stream "pay first", 到付 parcels, 垫单 / 连单 / 卡单 tasks, refund
    # "customer service", disaster donations, "扫码领补贴" - and everyday messages in the same
    # words (社区 notices, children's transfers, real bank and 社保 notices, real charity drives
    # and live-stream sales, warnings). Before: 48 of 61 scams caught and 2 of 40 everyday
    # flagged; after: 56 and 0. What changed (zh lexicon only): a red packet that waits to be
    # claimed or activated and a collection "appraised" at a fortune are windfalls (TXT037,
    # TXT041 with the fee); a guide's, streamer's, agent's or volunteer's own account
    # (personal_account); a caller who walks one through the banking app (screen_share);
    # charity dividends (big_returns); savings to be moved over (money_request); a video
    # dropped on a bad line is no hanging up on a scammer (not_scam_talk), an item bought in a
    # live stream no task (not_task_work), news of fake customer service a warning (scam_talk).
    # Its twin, written at the same time and never tuned on: 25 of 34 and 1 of 25 before,
    # 25 and 1 after. Left missed by design: 以房养老 (a property pledge for a monthly
    # "pension" has no ask), a 留学 agent's seat fee and a migration deposit (a real school's
    # deposit reads the same), a "百万医疗" renewal SMS written as a real insurer's, and a free
    # gift's 到付 fee paid to the courier.
    "fraud_kinds31_zh.txt": (61, 40, 5),
    "fraud_kinds31_zh_heldout.txt": (34, 25, 9),
    # Brief s39url2 (issue 11): phishing hosts whose name is a lure's words run together or
    # lightly respelled, no list knowing the whole (refundpros.top, topupbonus.cc,
    # cardunlockhelp.cc, claimpointz.xyz, parcelpointsg.top, refunddesk.weebly.com), against
    # small businesses, blogs, insurers' claims pages, shops' refund pages and SaaS hubs whose
    # names glue ordinary words too (bonusbakes.top, rewardcharts.shop, idcardholders.shop,
    # securehubdocs.vercel.app), on the same endings and hosts. The existing cut of a name into
    # the lists' words was enough (no word-segmentation library: a shop's own word is exactly
    # what no list has); url.glued_lure_name adds a site's generic padding (hub, zone, desk,
    # pros, get, free), respellings (rewardz, bonuz, getrefundd) and what makes the glued words
    # a lure: money to claim, a card or an account beside its safety, a parcel held or points
    # expiring. Cheap endings, free platforms and their subdomains only. Development set: 41 of
    # 90 caught and 1 of 88 flagged before, 86 and 1 after (invoicehub.app/login, see
    # MOST_ALARMS). Left missed by design: ordinary endings (rewardzone-sg.com,
    # sgsecurehub.com, myacctcentre.net: a firm's name on .com may be glued so) and
    # refundtracker.live (a tracker is also an honest tool's name). Twins, never tuned on: 24
    # of 46 caught and 0 of 39 flagged before, 37 and 0 after. Older sets gaining, bounds
    # lowered to the measured: links_phish15, 16, 16_heldout, 22, 23, 24, 24_heldout,
    # 9_heldout.
    "links_phish25.txt": (90, 0, 4),
    "links_everyday25.txt": (0, 88, 0),
    "links_phish25_heldout.txt": (46, 0, 9),
    "links_everyday25_heldout.txt": (0, 39, 0),
    # fraud_kinds32_zh (brief s40zh): mainland-China fraud SMS and WeChat texts of seventeen
    # kinds - 冒充客服理赔 (快递丢失, 质量问题, 双倍赔偿), 注销校园贷, 征信修复, 公检法 (洗钱,
    # 通缉令, 安全账户), 刷单 / 做任务, 网贷 (解冻费, 保证金, 流水), 杀猪盘, 冒充领导 / 熟人,
    # 游戏交易, 虚假购物, 医保 / 社保, ETC, 积分兑换, 中奖, 物流, 航班取消, 色情 / 交友 - with
    # 【签名】, 回T退订, short links, QQ and WeChat ids; and everyday messages in the same words
    # (bank and operator notices, 取件码, 验证码, 社保, marketing with 回T退订, ETC, family money,
    # recruiting, refunds, flight changes, anti-fraud reminders). Development set (with probes
    # and guards written before their terms): 89 of 101 scams caught and 1 of 62 everyday
    # flagged before (a saver's "利息不高但是稳"), 139 of 148 and 0 of 96 after. What changed
    # (zh lexicon, one TXT010 alternative): a bare 稳 is no guarantee, only its pitch forms (稳稳,
    # 很稳, 天/周/月稳定); a loan's "<sum> 流水" and 验证还款能力 are upfront fees; a coin's N-fold
    # after listing or entry is big returns; "这个网站交易" is off the platform, 别私下转账 advice;
    # counterfeit goods (原单, 高仿, A货) a sale; a parcel not delivered with a QR code to scan to
    # register details a parcel scam (TXT010, FAM004 with qr_scan); 包下款, 养征信 easy approval;
    # "customs-seized" goods a sale; 帮你开个户 an invitation; "别信那些..." a warning.
    # Its twin, written at the same time and never tuned on: 41 of 47 and 0 of 30 before, 41 and
    # 0 after. Left missed by design: goods too cheap with a chat id and nothing paid first
    # (skins "比官方便宜一半", 茅台 at 1499, an iPhone by "内部渠道": honest sellers write so), a
    # ticket resold below face to "你先转我" (a friend's resale reads the same), a 到付 parcel's
    # fee transferred to the courier (couriers take WeChat transfers), "上门服务" from a girl
    # "nearby" or a "同城" stranger's "私聊看照片" (a photographer writes it too), a matchmaker's
    # membership fee, and a dating-site contact who "does cross-border e-commerce" and asks for
    # WeChat.
    "fraud_kinds32_zh.txt": (148, 96, 9),
    "fraud_kinds32_zh_heldout.txt": (47, 30, 6),
    # Brief s40ms: Malay (Malaysia, Singapore) and Indonesian scams of 2025-2026 (Macau scams with
    # PDRM, mahkamah and LHDN, kerja sambilan like/follow, pinjaman with a processing fee, kastam
    # parcels, fake e-Tunai / Bantuan Rahmah / STR / SARA, JPJ saman, MySejahtera, "akaun disekat",
    # Maybank2u / CIMB Clicks; undian berhadiah, courier and wedding-invitation APKs, ETLE, BPJS,
    # pinjol fees and collectors, arisan, investasi bodong, "minta pulsa", job fees, "salah
    # transfer", hijacked WhatsApp) against real bank, telco, LHDN / JPJ / KWSP / BPJS notices,
    # family chats on money and pulsa, real jobs, couriers without APKs, mosque notices and
    # "baru" in its everyday sense. Development set 83 of 96 scams caught and 2 of 62 everyday
    # flagged before, 105 of 107 and 0 of 76 after (eleven scam probes and fourteen everyday
    # ones added): a hire's uniform, a frozen task balance's "biaya pemulihan", a sum paid
    # "dahulu kepada ejen", a mission that "perlu modal" and a travel-agent booking are upfront
    # fees; "lolos seleksi" is a hire; a collector's "data & kontak Anda kami sebar" exposes;
    # SARA and Bantuan Rahmah are aid by name; "salah ketik nomor" is a mistaken transfer; a
    # long-lost friend's scheme gains and a referral link with a deposit are FAM011; "arisan
    # naik" is big returns; a nephew named by his parent who asks a sum is TXT025 (kin_intro);
    # bare "baru" is no longer read as "perbarui" and bare "kode" no longer as "kodenya" (a BRIVA
    # payment code was an OTP request); a draw's prize collected at the headman's house or the
    # surau is no lure. Twin, never tuned on: 43 of 45 and 2 of 30 before, the same after. Left
    # missed by design: a stranger's "salah transfer Rp 1.500.000 ke rekening mbak, tolong
    # kembalikan" and its probe (a sum and its return asked is also a friend's "tersilap
    # transfer $50, boleh pulangkan bila free?": three everyday alarms in older sets).
    # Older twin gaining, bound lowered to the measured: kinds17_ms_heldout 4 -> 3 missed.
    "kinds24_ms.txt": (107, 76, 2),
    "kinds24_ms_heldout.txt": (45, 30, 2),
    # Brief s40smish: English smishing as reported around the world in 2025-2026 (US toll roads, DMV
    # tickets, USPS / Royal Mail / Evri / AusPost / Canada Post / India Post parcels, IRS / HMRC /
    # ATO / CRA, Indian KYC / PAN / SIM and "electricity cut tonight 9.30pm", bank "new payee / was
    # this you", Apple Pay, PayPal, Amazon, Netflix, crypto wallets, "Hi mum", wrong numbers,
    # recruiters, loans, carrier points), against the same senders' real notices (app or official
    # site, no link), OTPs, delivery windows, bills, family and friends. Development set 92 of 99
    # caught and 3 of 61 everyday flagged before, 141 of 146 and 0 of 150 after (four rounds of
    # probes; the terms: a fee to claim money, a verification fee with its sum, a payment received
    # "but" held and a fee promised back, "are you still trading" from a wrong number; a courier
    # card's reference, "visit your home branch", "late fees may apply", a late payment surcharge, a
    # credit applied to the next bill, a SIM kept by recharging, "call me on Dad's phone", "venmo
    # coming", a lottery's "next jackpot"). Its twin, never tuned on: 45 of 51 and 0 of 31 before
    # and after. Left missed by design: four callback texts whose number is a bare seven-digit
    # 555-01xx (no number a real text gives; with an area code, as in the probes, they are caught)
    # and "my assistant gave me your number for the golf meeting ... I run a jewelry business" (a
    # real cold contact says as much). Older sets gaining, bounds lowered to the measured: jobs13 (a
    # "Verification fee 250 USDT") and sg11_en_heldout.
    "smish29_en.txt": (146, 150, 5),
    "smish29_en_heldout.txt": (51, 31, 6),
    # Brief s40zh2 (issue 11): LONGER Chinese fraud texts - the scammer's side of a chat or a
    # call as a paragraph or turns, transcripts with 客服:/用户:, A:/B:, 民警:/事主: turns, the
    # victim asking while the scammer leads (屏幕共享, 验证码, 安全账户, 先交费, 解冻, 注销账户,
    # 关闭百万保障) in ten kinds (客服退款, 公检法, 贷款, 刷单, 投资理财, 冒充熟人/领导, 网购, 游戏
    # 交易, 征信, 婚恋交友), simplified, traditional, Cantonese, Singapore and Malaysia terms -
    # and everyday texts of the same length and shape: real customer-service chats, bank and
    # court notices that deny, a loan officer, colleagues and family about money, police and
    # school warnings that quote scam lines, friends on their funds. Development set (with the
    # probes written after each round): 81 of 85 caught and 19 of 83 everyday flagged before,
    # 85 and 2 after (see MOST_ALARMS). What changed (zh lexicon and one FAM008 alternative):
    # the other side's questions in a chat ask nothing (需要我提供…吗, 要先交什么…吗, 你在哪里买
    # 的), a customer's own return (想退货) is own_request, hours and working days are no pay
    # (一天8个小时, 工作日入账), a court's 起诉状 no threat, data "bought illegally" no accusation
    # of the reader, a password kept from children no secret, a report downloaded no app,
    # 没回复 and a greeting's 欢迎致电 no contact; talk of the scam (被人冒充, 没有…安全账户, 有个…
    # 被人骗, 就被人骗了, 网上说有人, 刷单是违法, 千万别碰) and 你刚才说 (the reader's own report
    # retold), 是违法的 no accusation; Cantonese 退返 a refund; 卡都不能用 and 资金周转困难 payment
    # trouble (the trouble told is no request); a dating-site suitor with money trouble who asks
    # a sum (FAM008). Its twin, written at the
    # same time and never tuned on: 38 of 40 caught and 8 of 30 everyday flagged before, 38 and
    # 8 after. Left missed by design: none in the development set.
    "fraud_kinds33_zh.txt": (85, 83, 0),
    "fraud_kinds33_zh_heldout.txt": (40, 30, 2),
    # Brief s40ta: Tamil scams as Tamil Nadu, Singapore and Malaysian Tamils get them (EB / SP /
    # TNB "disconnected tonight, call the officer", KYC / PAN / Aadhaar and welfare-scheme
    # updates, loan apps' fees and threats to the contacts, like / review / rating tasks,
    # courier and customs fees, KBC prizes with a tax, CBI / customs / Bukit Aman "digital
    # arrest", crypto and gold schemes to a personal GPay, a relative on a new number, temple and
    # medical appeals, matrimony scams) in Tamil script, Tanglish and mixed lines, with real EB,
    # bank and telco notices, OTPs, family and group money talk, temples, weddings, and Shopee /
    # Lazada "coins double aagum" promos. Development set 97 of 121 caught and 10 of 85 flagged
    # before (probes included), 119 and 0 after: the coins and points of a sale and a saving
    # that doubles over months no big_returns, "Aadhaar PAN link" no link to click, a delivery
    # code said "kitta mattum" to the courier, "arrest panna maattanga" and "X nu call vandha"
    # warnings and a KYC "verify செய்யப்பட்டது" left alone; English "power .. be disconnected"
    # (blocked), "contact .. officer", crime branch, Tanglish transfers to an account, UPI or
    # GPay number, "<money> venum", personal / own GPay, "disbursement ku munnadi" (fee_gate),
    # visa fees and paid tickets of a job abroad, "<money> invest pannunga .. <money> varum",
    # an identity used to open an account (accusation), call transfer (callback), matrimony
    # "profile pidichirukku" (get_to_know, and a deposit asked by such a stranger is FAM011),
    # festival sponsorship, operation appeals, kaanikkai, gallery photos to the relatives,
    # "oru rating ku", money sent "thavara" to be sent back. Its twin, never tuned on: 31 of
    # 42 and 3 of 30 before, 32 and 0 after. Left missed by design: a matrimony "registration
    # fee" by GPay (real matrimony services charge one) and a stranger's "sent by mistake, send
    # it back" with no other account, hurry or threat (a friend's own is everyday). Older sets
    # gaining, bounds lowered to the measured: kinds20_ta_heldout, kinds21_ta, 21_heldout,
    # amounts24_heldout, tanglish26_ta_heldout, and one alarm fewer in kinds16_ta_heldout.
    "kinds24_ta.txt": (121, 85, 2),
    "kinds24_ta_heldout.txt": (42, 30, 10),
    # everyday23 (brief s40sg), a precision set: a Singapore phone's inbox of 2026, mostly
    # English/Singlish with some Chinese, Malay and Tamil: banks' card, PayNow, token and loan
    # notices, OTPs with "never share", telcos' bills and roaming, couriers' windows and
    # POPStations, Grab, foodpanda, Shopee and Lazada, FairPrice, Guardian and Watsons promos
    # with "T&Cs apply" and "Reply STOP", LTA/HDB/CPF/IRAS/MOH/HPB, polyclinics and dentists
    # with "reply YES to confirm", schools, CCAs and tuition, insurers' renewals and lapses,
    # MCSTs, town councils and gyms, interviews and agents, churches, mosques and temples, and
    # family asking small favours ("pls pay me back $20 for the durian", "can help me top up my
    # ez-link?"), with scam near-twins. Development set (with probes): 29 of 31 scams caught
    # and 16 of 177 everyday flagged before, 43 of 44 and 3 of 269 after. What changed: where
    # one is now ("I at school now") is no hurry, nor Tanglish "avasaram illa"; an official app
    # opened or used by its name; someone who "may have entered your number" and an app that
    # sends the OTP to one's old number ask nothing; "Paid? ... ignore this msg"; a roaming
    # rate per day for its GB; a min spend, an order threshold or a premium is no sum offered
    # (not_money); a No-Claim Discount claims nothing; "link via the app" and a clinic visit
    # are no click; "fake delivery SMSes" talk about scams; an unusual transaction of a named
    # sum is a fraud check, not a lock; a prize or points redeemed through the shop's own
    # channel (TXT020); 如已付款 is a biller's way out, not a buyer's payment; a policy that
    # lapses is unpaid; the amount to pay the rider in cash is paid at the meeting; a
    # Tanglish or Malay ending glued to a link by a hyphen
    # ("dbs-sg.com-la") ends the link. Its twin, written at the same time and never tuned on:
    # 24 of 25 and 5 of 111 before, 24 and 5 after. Left missed by design: an MCST's "due to
    # a change in bank, pls transfer the maintenance fee to our new account" (an estate
    # office's new account with no leader named is left, as TXT025 leaves a class monitor's).
    "everyday23.txt": (44, 269, 1),
    "everyday23_heldout.txt": (25, 111, 1),
    # Brief s40url (issue 11): phishing links in the shapes PhishTank and OpenPhish list, against
    # everyday links of the same shapes. Kits deep in compromised sites' wp-content, .well-known
    # and cgi-bin folders, IP hosts, random and brand subdomains, brands in the path of other
    # sites, free builders, punycode, @, ~user paths and webmail kits; everyday: WordPress sites'
    # own uploads and endpoints, routers and intranets, the brands' own pages, real pages on the
    # same builders, Google Sites and Forms of schools, universities' ~user pages, firms' own
    # webmail. New kit shapes in url.phishing_shape: a brand's folder at a site's root with
    # only sign-in words after it (/wellsfargo/signon/) or a document to view
    # (/docusign/document/view/); webmail programs' folders nested in a site (/office/365/owa/)
    # or followed by a mailbox errand (/owa/mail-update/); sign-in words under a ~user folder; a
    # sign-in page on a long random subdomain on any ending; lure words or a random run beside
    # fillers as a cheap name's subdomain; a folder repeated before a page (/boa/boa/index.html);
    # a page named as a brand's sign-in alone (outlook_verify.html). Left alone: WordPress's own
    # endpoints (admin-ajax.php) and media library files, a file's name (login-guide.pdf),
    # OWA's sign-in page on a firm's mail host, 100.64/10 (Tailscale), a site's folder tree on
    # IPFS. Development set: 152 of 173 caught and 5 of 166 flagged before, 179 of 187 and 0 of
    # 192 after (with the probes written while tuning). Left missed by design: Google Forms and
    # forms.gle (a school's form has the same address), /acc/verify/identity/confirm.html on a
    # plain name (a shop's own account pages read the same), PayPaI with a capital I in a path,
    # a made-up IDN (íapple), /Adobe/Document/Cloud/ (a bookshop's category reads the same),
    # /docusign/envelope/<n>/index.html and two-letter repeats (/sf/sf/u.php: /en/en/). Twins,
    # never tuned on: 70 of 78 caught and 1 of 72 flagged before, 72 and 0 after. Older sets
    # gaining, bounds lowered to the measured: links_phish14_heldout, links_phish23_heldout.
    "links_phish26.txt": (187, 0, 8),
    "links_everyday26.txt": (0, 192, 0),
    "links_phish26_heldout.txt": (78, 0, 6),
    "links_everyday26_heldout.txt": (0, 72, 0),
    # jobs28 (brief s40job): job scams as reported in Singapore and abroad - an agency "HR" who
    # got the resume from JobStreet / LinkedIn / Indeed, flexible phone work at $200-$800 a day,
    # "are you over 21?", a Telegram / WhatsApp handle for the first task, order boosting with
    # a commission percentage, a merchant deposit returned with commission, a negative balance
    # to top up, crypto data annotation and app rating, typist / Amazon and TikTok Shop
    # reviewer / online assistant, Cambodia / Thailand / Dubai offers with visa and flight
    # covered, Singpass / NRIC / bank login "for payroll", money mules - in English with
    # Singlish, Chinese, Malay and Tamil; everyday recruiters with an office interview, shifts,
    # Grab / foodpanda / Deliveroo / Lalamove onboarding, school part-time notices, HR payroll
    # and CPF notices, friends' referrals with no fee, scam warnings. Development set (with
    # probes and guards written before their terms): 72 of 77 scams caught and 1 of 46 everyday
    # flagged before (a friend's "got ppl texting 'HR from JobStreet' saying earn $500 a day"),
    # 126 of 133 and 0 of 103 after. What changed: bank accounts bought and Singpass sold
    # wholesale, a Tanglish "bank account koduthaa" lend the account (TXT005); the chat app
    # itself to install with a handle and a task as a job (FAM002); 领取..任务; "got ppl
    # texting .. saying" a retelling; "ticket company cover", "company tanggung" a paid flight;
    # "works in Dubai now" no deadline; a tester's "full refund + $20 within 24h" a commission;
    # salary bank details on the employer's portal (ms) no card details; a relative's "Grab part
    # time" take the platform's work (ms, ta); "mereka suruh", "top up பண்ண சொல்லுவாங்க" retell
    # a scam in a warning. Its twin, written at
    # the same time and never tuned on: 33 of 36 and 2 of 24 before, 33 and 2 after (see
    # MOST_ALARMS). Left missed by design: money mules in Tamil script whose "receive and
    # forward" or "rent out" stands far from the account (a shop's own "company payment receive
    # aacha?" reads the same words) or whose "company payment varum" into the account reads as
    # a salary's, a Thailand offer whose only contact is a bare "PM", a "first assignment" from
    # a coordinator with no job word, and "HR needs your ibanking login and password" with the
    # "please send" a sentence later ("HR needs your NRIC copy, bring it" is honest).
    "jobs28.txt": (133, 103, 7),
    "jobs28_heldout.txt": (36, 24, 3),
    # guard28 (brief s40guard): a PRECISION set for session 40's new terms and rules - Chinese
    # 稳稳/稳赢/很稳/天稳定, "<sum>流水" and 验证还款能力, 包下款/养征信, 进场..N倍, 这个网站交易,
    # counterfeit and customs-seized goods, a parcel's QR to register details, 别信那些, 帮你开个户;
    # Malay/Indonesian uniform fees, pemulihan, "dulu kepada ejen", misi perlu modal, reservasi
    # via travel, lolos seleksi, "kami sebar" data, arisan naik, referral links, "kode yang baru
    # dikirim", "dulu baru duit cair", join telegram, prizes at home or the surau, kin_intro,
    # SARA / Rahmah - used honestly (a blood pressure 稳稳的, a bank that checks repayment ability
    # and charges nothing, mortgage statements, customs' own auction, a courier's own app, a
    # school's uniform fee, a policy's reinstatement, a remedial class, a real nephew, Rahmah
    # at the official portal, a shop's referral voucher, a tuition class's Telegram group), in
    # four languages, and scams of the same shapes. Development set (with three rounds of probes
    # written before their terms): 37 of 39 scams caught and 22 of 188 everyday flagged before,
    # 37 and 0 after. Too wide, narrowed: bare 稳稳 as big returns (now only with a return
    # said); 验证/证明还款能力 as a fee (now only with money put in for it); bare 养征信 (now
    # offered as a service); 这个网站交易 (now only when the reader is sent there); 海关罚没 /
    # 海关没收 as a sale (now the goods, not customs' auction); 保证 inside 保证金; the arisan's
    # dues raised ("iuran arisan naik"); the request read into the passive "dikirim (ke)" of
    # "kode yang baru dikirim"; "selamat anda lolos seleksi" read as a prize; an employer who pays for the uniform
    # (fee_deducted); a shop's referral voucher through a friend's link; a parent's gift carried
    # by a nephew; "no processing fee"; "don't believe those ads" (a warning, as 别信那些).
    # Twin, never tuned on: 18 of 20 and 8 of 65 before, 18 and 5 after (see MOST_ALARMS).
    # Older twin gaining, bound lowered to the measured: fraud_kinds19_zh_heldout 14 -> 13 missed.
    # Left missed by design: a platform's "别信那些说平台是骗局的" reassurance before a
    # withdrawal fee (the warning's words), and a recovery agent's "wang yang ditipu" fee (the
    # scam's own word quotes the sentence away; a wider "dana dikembalikan" would read shops'
    # refunds).
    "guard28.txt": (39, 188, 2),
    "guard28_heldout.txt": (20, 65, 2),
    # Brief s40sgsmish: Singapore smishing and chat scams of late 2026 (MAS / SPF Anti-Scam
    # Command / ICA / MOM / CPF / HDB / IRAS officials with "your account is linked to a case",
    # Singpass and digital IC expiring, ERP 2.0 OBU fees, SP / PUB bills, parcel redelivery, bank
    # locks, token reactivation and PayLah limits, CarouPay / escrow buyers, concert tickets and
    # HDB rooms from strangers overseas, SkillsFuture / CDC credits, WhatsApp / Telegram
    # take-over, "guess who" friends, SGX-insider groups), with the same bodies' real notices,
    # OTPs, receipts, delivery windows, votes among friends and a police advisory. Development
    # set 56 of 59 caught and 1 of 40 flagged before, 58 and 0 after: a buyer whose "account
    # cannot receive" until the seller pays an upgrade to a merchant account, promised back
    # (TXT015); a vote whose site is entered with one's WhatsApp or Telegram (chat_login,
    # TXT009); "download the ScamShield app" no stranger's app. Probes written after that
    # round (12 scams, 10 everyday) were all caught and left alone but one older alarm, a
    # seller's own "I had to upgrade to a business account on Shopee" (not_upfront_fee now).
    # Its twin, never tuned on: 28 of 30 and 0 of 20 before and after. Left missed by design: "SkillsFuture Singapore: you have
    # unused credit $1,000, click to transfer to your bank acct: <link>" (SkillsFuture as a
    # payout scheme flags course providers' "SkillsFuture claimable, click to sign up" ads).
    "sg21_en.txt": (71, 50, 1),
    "sg21_en_heldout.txt": (30, 20, 2),
    # Brief s40url2 (issue 11): phishing links that imitate Singapore and regional brands by
    # spelling - typosquats (dbs-sg, 0cbc, s1ngpass, sinqpost, carouse11, 1azada), combosquats
    # with service words (-verify, -secure, -care, -refund, -track), brand + country code
    # (dbssg, uobsg), brands under free hosts' subdomains and a brand's own address as the left
    # labels of another domain (dbs.com.sg.acc-verify.top) - against the brands' own domains
    # and real subdomains (internet-banking.dbs.com.sg, pib.uob.com.sg, go.gov.sg, shp.ee),
    # regional brands' sites, comparison sites and news whose paths name a brand with refund
    # or scam words, small businesses whose names hold a brand-like string and personal pages
    # on free hosts. Development set (with probes written before their terms): 93 of 97
    # caught and 1 of 98 flagged before, 100 of 102 and 1 of 104 after (shopeeasy.com.sg, see
    # MOST_ALARMS). What changed: a brand whose name holds digits (M1, Qoo10, office365) is
    # compared with a host's token with both folded alike (rn1 for m1, qoo1o for qoo10), a
    # two-letter name only beside a dressing word (rn1-care, not rn1-report or barn1), and
    # only when the token holds a digit (rnl-care is no M1); Qoo10 a brand (its own sites
    # official, qoo10-sg.shop a strange address). Left missed by design: simba-sg.cc and
    # vvise-transfer.com (Simba and Wise are everyday words and pets' and shops' names: a
    # brand entry would flag simba-pet-care and wise-care-sg). Twins, never tuned on: 47 of 48
    # caught and 0 of 44 flagged before and after. Older set gaining, bound lowered to the
    # measured: links_phish23_heldout.
    "links_phish27.txt": (102, 0, 2),
    "links_everyday27.txt": (0, 104, 0),
    "links_phish27_heldout.txt": (48, 0, 1),
    "links_everyday27_heldout.txt": (0, 44, 0),
    # Brief s40zhguard: long everyday Chinese texts (everyday24_zh) - chats written out by
    # turns (客服:/用户:, A:/B:, names), family warnings that quote the scam's lines (安全账户,
    # 验证码, 解冻费, 刷单), real customer service and bank staff, colleagues, friends on
    # stocks and funds, notices, news and police talks - with scams of the same shapes where
    # the scammer asks. Structure: in a chat written out by turns, a later turn that calls
    # what came before a scam (是骗子, 那是诈骗电话, 挂掉) judges the turns before it, unless the
    # verdict is asked as a question, a request no negation governs follows it, what follows
    # raises a red flag of its own, or the other side carries on after it. Dev 25/25 caught
    # and 49/120 flagged before -> 30/30 (five probes: a victim's worry answered by the
    # scammer) and 36/120; twin 15/15 and 22/60 before -> 15/15 and 18/60. Left flagged: single
    # paragraphs (a child's warning to a parent, news and police summaries, a branch visit)
    # whose verdict is a sentence away from the quoted ask - older sets want victims' retold
    # cases caught - and chats whose verdict is missing (a denial, "the branch said no fee").
    "everyday24_zh.txt": (30, 120, 0),
    "everyday24_zh_heldout.txt": (15, 60, 0),
}
# Everyday messages a development set may flag (default none), kept as measured, not tuned
# away: in the English held-out sets, a bakery's part-time ad with "$12/hr" and one more, and
# smish3_en_heldout.txt's two and smish4_en_heldout.txt's two (see above); in
# impersonation2_zh.txt, a court's "法院通知：您的小额索偿案件…" (a probe); in the third Tamil
# twin, a warning quoting a prize scam; in fraud_kinds4_zh_heldout.txt three, all older than the
# change that came with it: a police warning that "police will not ask you to transfer or to
# install meeting software to assist an investigation" (read as police impersonation), a shop's
# "refund submitted, back within 24 hours" and a supermarket's weekend job at 150 a day paid the
# same day; everyday4_heldout.txt's eight (below).
MOST_ALARMS = {
    # kinds23_ta_heldout.txt: two everyday messages flagged before and after s39ta (TXT001 and
    # TXT002 on one, TXT031 on the other); held out, not read.
    "kinds23_ta_heldout.txt": 2,
    # kinds12_ta_heldout.txt: a bank's own "if not you, call 1800 ..." debit alert (TXT030) and
    # a KYC update to be done at the branch (TXT022), both flagged before; the KYC update is
    # quiet since s32ta2 (TXT022 holds its branch visit as the bank's own channel).
    "kinds12_ta_heldout.txt": 0,
    # kinds13_ta: a brother's customs duty already paid at the airport (TXT010); its twin: a
    # bank's reward-points notice, flagged before and after.
    "kinds13_ta.txt": 1,
    "kinds13_ta_heldout.txt": 1,
    # kinds14_ta_heldout: a bank's "your number was updated; if not you, contact the branch"
    # (TXT030), a son retelling a bank adviser's "returns are not guaranteed" (TXT012, FAM011)
    # and a mother told a water bill's disconnection notice (TXT019), flagged before and after.
    "kinds14_ta_heldout.txt": 3,
    # kinds15_ta_heldout: a son warning his father that a "police" video call asking for money
    # is the digital-arrest fraud (FAM010), flagged before s34ta2 and quiet since (அரெஸ்ட்
    # மோசடி is talk of the scam).
    "kinds15_ta_heldout.txt": 0,
    # kinds16_ta: a TNEB bill reminder whose service number reads as a number to call back
    # (TXT032), a gold-loan renewal's "2 photo, Aadhaar copy" (TXT007) and a temple raffle's
    # first prize (TXT020), left: the same words carry the scams. Its twin, flagged before
    # and after: a KYC update at the branch (TXT022), a bank's "if not done by you call 1800"
    # debit alert (TXT030), a grandson's Tanglish "there is no digital arrest" (FAM010), India
    # Post's import duty paid on delivery (TXT010) and a loan EMI's late fee (TXT019).
    "kinds16_ta.txt": 3,
    "kinds16_ta_heldout.txt": 3,  # one fewer flagged after s40ta (held out, not read)
    # kinds17_ta_heldout, never tuned on: a son telling his mother that a "police" video call
    # saying "digital arrest" is a fraud and to ring 1930 (TXT016), flagged before and after.
    "kinds17_ta_heldout.txt": 1,
    # kinds19_ta_heldout, never tuned on, flagged before and after: a friend's "500 likes on
    # your cooking video, subscribed!" (TXT001), a Tamil teacher's new number for homework
    # questions (TXT014) and an elder brother's "if you need money urgently, tell me first, not
    # a loan app" (FAM009): the scams' own words, left.
    "kinds19_ta_heldout.txt": 3,
    # kinds20_ta_heldout, never tuned on, flagged before and after: Singpass's own "new device
    # login; if it was not you, call" notice (TXT030), its helpdesk written as an example number.
    "kinds20_ta_heldout.txt": 0,  # lowered to the measured figure by s39sg (landline alerts)
    # kinds21_ta: "Customs la en parcel GST ku hold pannirundhaanga, naan app la $8 kattitten"
    # (TXT010), a parcel fee the writer has already paid, told in Tanglish. kinds21_ta_heldout,
    # never tuned on and scored by its totals only: 2 everyday messages flagged before and after.
    "kinds21_ta.txt": 1,
    "kinds21_ta_heldout.txt": 2,
    # kinds11_ms: a fund's "cuan 2% bulan ini" and a child's "pinjam rekening kakak" (dev);
    # "pinjam rekening mama" (twin).
    "kinds11_ms.txt": 2,
    "kinds11_ms_heldout.txt": 1,
    # kinds12_ms twin: "Cikgu minta salinan IC ibu bapa untuk borang bantuan sekolah" (an ID
    # copy asked for, with no official channel named).
    "kinds12_ms_heldout.txt": 1,
    # kinds13_ms twin: a police advisory "agar tidak membagikan kode OTP kepada siapapun" read
    # as an OTP request (TXT009), flagged before and after.
    "kinds13_ms_heldout.txt": 1,
    # kinds14_ms.txt: Maybank2u's "log masuk berjaya ... jika ini bukan anda, hubungi kami"
    # (TXT030), RHB's Secure2u activation with its hotline (TXT030), Public Bank's card expiry
    # (TXT008) and a Taobao customs duty paid to DHL at the door (TXT010), all flagged before.
    "kinds14_ms.txt": 4,
    # kinds14_ms_heldout.txt: BNM's own warning about "akaun selamat" (FAM010), a bank's TAC
    # with "jangan dedahkan" (TXT025) and a neighbour arrested for drugs (TXT016), all before.
    "kinds14_ms_heldout.txt": 3,
    # kinds15_ms_heldout.txt: a bookshop owner's "Sape nk krja part time ... RM9 sejam ... WS sy
    # utk datang temuduga" (FAM001, TXT003): spelled out ("kerja", "WhatsApp") it is flagged on
    # main too; a job advert that asks the reader to come for an interview is an employer's, and
    # TXT003 does not yet hold job_meeting as one.
    "kinds15_ms_heldout.txt": 0,
    # kinds16_ms.txt, all four flagged on main too: a zakat reminder naming zakat.com.my (read
    # as a stranger's link) and "rebat cukai" (TXT011), Kemensos's "cek penerima bansos resmi
    # hanya di cekbansos.kemensos.go.id" (the same), an ADUN's flood-aid counter (TXT007) and
    # a residents' association naming its lucky-draw winner (TXT020).
    "kinds16_ms.txt": 1,
    # Its twin's two, on main too: a warning about fake STR sites (TXT016, "kerajaan") and "ada
    # bantuan kerajaan ... nanti sy share link rasmi" (TXT011).
    "kinds16_ms_heldout.txt": 2,
    # kinds17_ms_heldout.txt's two, on main too: a police talk on "scam Macau dan akaun keldai"
    # (FAM010, TXT016) and a warning about wedding-invitation .apk files (TXT033).
    "kinds17_ms_heldout.txt": 1,
    # kinds18_ms_heldout.txt (brief s35ms2), never tuned on: RHB's own DuitNow notice "jika bukan
    # anda, sila hubungi 03-9206 8118" (TXT030), flagged before and after: its landline is the
    # bank's, but a scam's "sila hubungi 03-…" reads the same and we do not know those lines.
    "kinds18_ms_heldout.txt": 1,
    # kinds19_ms_heldout.txt (brief s36ms), never tuned on: a friend's "Dividen ASB masuk hari
    # ni ... nak top up balik atau beli emas?" (FAM011, TXT013: a dividend and gold read as
    # returns and trading), flagged before and after.
    "kinds19_ms_heldout.txt": 1,
    # kinds20_ms_heldout.txt (brief s37ms), never tuned on: a neighbour's warning "ada orang call
    # guna nama polis Bukit Aman, kata IC kita terlibat kes wang haram. Tu scam." (TXT016),
    # flagged before and after.
    "kinds20_ms_heldout.txt": 1,
    # kinds21_ms_heldout.txt (brief s38ms), never tuned on, all three flagged before and after:
    # BNM's own "BNM tidak mempunyai akaun selamat. Jangan pindahkan wang kepada sesiapa yang
    # mengaku pegawai BNM atau polis" (FAM010, TXT025), an uncle's "dapat call mengaku polis, kata
    # akaun terlibat pengubahan wang haram ... terus letak" (TXT016) and a brother-in-law's loss
    # "katanya untung 30% seminggu, last2 semua hilang. Jangan masuk" (FAM011).
    "kinds21_ms_heldout.txt": 2,
    "fraud_kinds11_zh_heldout.txt": 1,
    # fraud_kinds15_zh.txt's one, on main too: "這裡是165反詐騙專線提醒您：檢警不會要求您轉帳或監管帳戶"
    # (safe_account is not negatable: a scam's "不要告诉任何人" beside it would negate it too).
    "fraud_kinds15_zh.txt": 1,
    # Its twin's one, never tuned on: an old classmate's new number with his name and a reunion.
    # "今年理财收益不太好，还是买国债稳当" (read as guaranteed returns by a bare 稳) is quiet since
    # s40zh kept only the pitch's forms of 稳 (稳稳, 很稳, 月稳定...).
    "fraud_kinds15_zh_heldout.txt": 1,
    # fraud_kinds16_zh.txt's one, a probe flagged on main too: a wife's "法院寄了传票，是我们告
    # 装修公司的那个案子开庭了" (the reader's own lawsuit, TXT016). Its twin's one, older than brief
    # s32zh2's change: a courier's "包裹已丢失，我们已为您补发新商品" (TXT010).
    "fraud_kinds16_zh.txt": 1,
    "fraud_kinds16_zh_heldout.txt": 1,
    # fraud_kinds17_zh_heldout.txt's two, never tuned on and flagged before brief s34zh's change:
    # 刑事局's own reminder quoting "偵查不公開" and "監管帳戶" (FAM010: safe_account is not
    # negatable), and 台灣彩券's "恭喜您...中了普獎400元，可至各彩券行兌領" (a prize and an amount).
    "fraud_kinds17_zh_heldout.txt": 2,
    # fraud_kinds18_zh_heldout.txt's one, never tuned on and flagged before brief s34zh2's
    # change: a finance department's "收款账户变更必须有供应商盖章文件，并电话回拨核实，微信消息一律
    # 不作数" (read as a new number with a transfer: a rule about checking, not a request).
    "fraud_kinds18_zh_heldout.txt": 1,
    # fraud_kinds19_zh_heldout.txt's one, never tuned on, flagged before brief s35zh's change
    # too: a spouse's "你那边信用卡记得还，别影响征信" (a reminder read as a threat to one's credit).
    "fraud_kinds19_zh_heldout.txt": 1,
    # fraud_kinds20_zh_heldout.txt's five, never tuned on and all flagged before brief s35zh2's
    # change: 卫生部's "官员不会致电公众要求提供银行户口资料…应立即挂断" (a denial read as a request
    # for bank details), ICA's appointment "携带旧身份证和照片" (TXT007, an ID and a photo to
    # bring), JPJ's "交通传票RM150…于30天内缴付" (传票 read as an accusation), a cousin who "在检察
    # 院工作…案子特别多" (TXT016), and an uncle "被冒充警察的骗了…说什么资金清查" (a victim's story).
    "fraud_kinds20_zh_heldout.txt": 4,
    # fraud_kinds21_zh.txt's two (brief s36zh): a husband's "我手机没电了 借同事的手机打给你" and a
    # friend's "这是我的新微信，旧号不用了" (TXT014, a new number: the impersonator's opener, left
    # at its low flag). Its twin's one, never tuned on and flagged before too: a lender's "您的
    # 贷款已经结清，结清证明可以在app里下载" (TXT033, an app to download).
    "fraud_kinds21_zh.txt": 2,
    "fraud_kinds21_zh_heldout.txt": 1,
    # fraud_kinds22_zh.txt's three (brief s36zh2), all flagged before the change: an old
    # classmate's "好久没联系了！我是你中学同学阿玲" (TXT014: "long time" and a claimed classmate, her
    # own name given), a son's "爸，我换了新号，下个月的生活费能不能早几天打" (a new number and money:
    # the fake child's very words, to be checked on the old number), a company's "近期有诈骗分子冒充
    # 总经理要求财务转账" (诈骗分子冒充 is kept from quoting, for the fake police who say it). Its
    # twin's one, never tuned on and flagged before too: a company's "任何要求私下转账的'老板'消息，
    # 请先打电话给本人确认" (FAM007, a rule about checking).
    "fraud_kinds22_zh.txt": 3,
    "fraud_kinds22_zh_heldout.txt": 1,
    # fraud_kinds24_zh_heldout.txt's two (brief s37zh2), never tuned on, flagged before and after:
    # a patient's "刷医保卡的时候显示异常，工作人员说是系统维护" (TXT008, a card and 异常) and a friend's
    # "你们别在闲鱼上私下交易游戏号，一定要走平台担保" (TXT015, the advice read as the request).
    "fraud_kinds24_zh_heldout.txt": 2,
    # fraud_kinds25_zh_heldout.txt's one (brief s37zh3), never tuned on, flagged before and after:
    # a friend's "我的支付宝被冻结了，客服说要人脸识别，弄好了" (TXT008 / TXT019, a frozen account and
    # 客服 told after the fact).
    "fraud_kinds25_zh_heldout.txt": 1,
    # fraud_kinds23_zh.txt's two (brief s37zh), both flagged before the change too: a friend's
    # "猜猜我是谁～哈哈是我啦，刚到新加坡…明天约你出来吃饭" (TXT014: the guess answered with no name
    # and a visit tomorrow, the fake friend's very script) and a teacher's "這是我新的LINE帳號，舊的
    # 手機送修了…我是社區大學的林老師" (TXT031, a claimed teacher and a new number).
    "fraud_kinds23_zh.txt": 2,
    "kinds9_ta.txt": 1,
    "kinds10_ta_heldout.txt": 2,
    "jobs_sg_en_heldout.txt": 1,
    "jobs2_en_heldout.txt": 1,
    # jobs13: "your account is frozen? no lah, just the card" and Mum's "send me a photo of your
    # IC" (dev); Grab's "Congrats! completed 60 jobs ... $75 bonus" (twin). See DEV_SETS.
    "jobs13.txt": 2,
    "jobs13_heldout.txt": 1,
    # jobs14_heldout: a child's "the tuition centre wants a copy of my NRIC" in English, Chinese
    # and Malay (TXT007 with a job, on main too). See DEV_SETS.
    "jobs14_heldout.txt": 3,
    # jobs15: a staff orientation's "bring your staff pass photo and NRIC" (TXT007) and a
    # learning centre's "RM40 per hour" phonics classes (FAM001), both flagged on main too.
    "jobs15.txt": 2,
    # jobs16 and its twin: a research team's survey with a small voucher and a "Link:
    # forms.gle/..." (a shortened link to click: TXT024, URL009; the twin's also reads "you'll
    # receive a $5 voucher" as a prize), flagged on main too. See DEV_SETS.
    "jobs16.txt": 1,
    "jobs16_heldout.txt": 1,
    # jobs17: a student survey with a "$10 Grab voucher" and a "Link: forms.gle/..." (TXT024,
    # URL009, URL017, as in jobs16, flagged on main too). See DEV_SETS.
    "jobs17.txt": 1,
    # jobs17_heldout: an event crew call asking for "NRIC last 4 digits" for the guest list
    # (TXT007, FAM001), a bank's GIRO "insufficient balance ... top up" notice (FAM014, TXT019),
    # a course's "Task 2 ... penalised 10% per day" (TXT026), a barista's offer with
    # "congratulations" and "$11/hr" (TXT020, TXT002): all four flagged on main too. See DEV_SETS.
    "jobs17_heldout.txt": 3,
    # jobs18: a Malay room's "deposit ... perlu dibayar sebelum masuk" (TXT015, FAM007, a
    # rental's deposit before moving in). jobs18_heldout: a wedding tent's "Deposit untuk sewa
    # khemah ... RM200" (TXT015, FAM007) and a Tamil police warning that quotes "டாஸ்க் செய்து
    # சம்பாதிக்கலாம்" (TXT001, TXT002): all flagged on main too, left to the rental and warning
    # hands. See DEV_SETS.
    "jobs18.txt": 1,
    "jobs18_heldout.txt": 2,
    # jobs19: a shipyard HR assistant's "send us your NRIC number and date of birth for the
    # security clearance form" (TXT007, FAM001, flagged on main too: a number by text is what the
    # fake recruiter asks). jobs19_heldout: a new joiner form with "your bank account for salary
    # and your NRIC copy" to e-mail back to HR (TXT007, FAM001, flagged before the change too).
    # See DEV_SETS.
    "jobs19.txt": 1,
    "jobs19_heldout.txt": 1,
    # jobs20: an employer's "for the work permit application we will need a copy of your
    # passport and your educational certificates ... please email them to hr@..." (TXT007, flagged
    # before the change too: left, the ID copy asked by e-mail is what the fake recruiter asks).
    # See DEV_SETS.
    "jobs20.txt": 1,
    # jobs21: a mystery-shopping panel's assignment ("visit the outlet ... purchase will be
    # reimbursed up to $20 with your fee", TXT011 and FAM006: "visit" read as a click beside a
    # refund), a shop helper told to "collect cash from the pasar malam stall and deposit it"
    # (TXT005: the bare "collect cash"), a Malay mystery shopper paid "RM40 setiap tugasan"
    # (TXT001, FAM001: pay per task with a job word). All three flagged before the change too;
    # left, each would need a phrase fitted to its one sentence. jobs21_heldout: a logistics
    # assistant's advert (FAM001), a finance rule "only use the corporate account to receive
    # customer payments" (TXT005: "receive .. payments"), a Malay warning "anda boleh didakwa"
    # (TXT019); all flagged before the change too. See DEV_SETS.
    "jobs21.txt": 3,
    "jobs21_heldout.txt": 3,
    # jobs22: a friend's "my aunt keeps sending me those 'work from home $500 a day' texts asking
    # if they're real" (FAM001, flagged before the change too): a quoted line the reader asks
    # about keeps its hits by design (checkers.case.unquoted). See DEV_SETS.
    "jobs22.txt": 1,
    # jobs23_heldout (never tuned on; all three flagged before the change too): HR's "please
    # submit your NRIC copy, bank account details for salary and the signed contract" at the
    # office (TXT007), a tuition agency's 中二数学 "时薪50元" read as easy pay (TXT002), and the
    # Tamil new-staff notice to bring the IC and bank details to HR (TXT007, TXT023).
    "jobs23_heldout.txt": 3,
    # jobs24_heldout (never tuned on; flagged before the change too): a cousin's logistics firm
    # hiring a driver, "还在找工作吗？…月薪2600" (FAM001: the opener with a job, no referral asked).
    "jobs24_heldout.txt": 1,
    # jobs25_heldout.txt (brief s38job), never tuned on: three everyday messages flagged before,
    # two after, left unread (its author scores the twin by totals only).
    "jobs25_heldout.txt": 2,
    "impersonation2_zh.txt": 1,
    "smish3_en_heldout.txt": 2,
    "smish4_en_heldout.txt": 1,
    "smish5_en.txt": 2,
    "smish5_en_heldout.txt": 1,
    "kinds3_ta_heldout.txt": 1,
    "kinds5_ms_heldout.txt": 1,
    "kinds5_ta_heldout.txt": 2,
    # One fewer after brief s31guard (the police warning that "警方不会…要求您转账" is negated).
    "fraud_kinds4_zh_heldout.txt": 1,
    # fraud_kinds5_zh.txt's seven and its twin's three (a classmate's new number, a court
    # hearing notice, a marketplace's "beware of private transfers"): see DEV_SETS.
    "fraud_kinds5_zh.txt": 6,
    "fraud_kinds5_zh_heldout.txt": 1,
    # Left as measured, not tuned away (the next hand's development material): OTP and card
    # alerts ("if you did not request this, call us"), a CPF LIFE payout credited with a 1800
    # enquiry line, an IRAS refund that "will be credited", season-parking renewal, "reply 1
    # to confirm" appointments, a courier's failed attempt with a free re-delivery, warnings
    # that quote "pay a redelivery fee". Thirteen then; eight since everyday5.txt's fixes (its
    # alarms were not read to write them): two CPF LIFE payouts (a term no longer runs over a
    # full stop), two free re-deliveries ("no charges apply", "tiada caj") and a Malay warning
    # about "SMS palsu" no longer flag.
    # (Five since brief s26day's change: 8 before it.)
    # (Four since the lead's fifth-session fixes: a season-parking renewal through Parking.sg,
    # an official site, and a prize collected from HR or the office.)
    "everyday4_heldout.txt": 4,
    # Left as measured, not tuned away: "Reply 1 to confirm, 2 to cancel" read as a charge to
    # cancel, a lapsed policy's "pay within 30 days to reinstate", warnings whose "Scam!!" or
    # "Penipuan!" stands in the sentence after the quoted line, a membership freeze (冻结,
    # pembekuan) read as an account frozen, a Chinese bank loan promo's "年利率低至2.88%", a
    # Malay season-parking notice with Parking.sg, a marketplace buyer's "self collect, pay cash".
    # (Four since brief s26day's change: 10 before it.)
    # (Two since the lead's fifth-session fixes.)
    "everyday5_heldout.txt": 2,
    # Older than brief s25para's change, kept as measured: a mother's or father's new phone with
    # "call me when you're free", a lucky draw at a dinner or family day ("collect your prize"),
    # a child asking "Ma, can transfer me $40? My card not working", an endowment plan's "2.5%
    # returns", a friend's GST on a package "paid at the SingPost website already".
    # (Three since the lead's fifth-session fixes: the lucky draw collected from HR.)
    "indirect5_en.txt": 3,
    "indirect5_en_heldout.txt": 3,
    # fraud_kinds6_zh.txt's two (a court's hearing notice, a friend's "give me your account
    # password") and its twin's two (a mediation hearing, a shop's job "paid daily"): see DEV_SETS.
    "fraud_kinds6_zh.txt": 1,
    "fraud_kinds6_zh_heldout.txt": 2,
    # Older than brief s26job's change, kept as measured: jobs6.txt's two (see DEV_SETS) and its
    # twin's three: a courier app's "download the Driver app and log in" read as a stranger's app,
    # a cousin's "Grab deliveries, about $180 a day, you want try?", a Malay welcome asking for the
    # bank details "dalam sistem HR" read as a bank-details request.
    "jobs6.txt": 2,
    "jobs6_heldout.txt": 3,
    # kinds6_ms.txt: a friend's "lama x jumpa! ni nombor baru sy" (long time no see with a new
    # number, TXT014), a book fair's "$90 sehari" counter job (FAM001, as in English), a Singtel
    # contest voucher already credited in the app (TXT020). kinds6_ta.txt: the same two first
    # ones in Tamil, a mother's "அம்மா பேசுறேன்" with a hurry to come home (TXT031), a parcel
    # held at customs whose duty was paid, a job seeker's "interview illai ... salary $2,500",
    # a boss's teachers'-day gift card bought, the same Singtel voucher: all older than brief
    # s26msta's change.
    "kinds6_ms.txt": 3,
    "kinds6_ta.txt": 7,
    # Left as measured after brief s26day's change, not tuned away: a policy that "lapsed on 30
    # Nov due to non-payment" (and its Malay "luput ... premium tidak dibayar" read as a parcel
    # fee), grandparents forwarding a "you won $10,000, click here" to ask if it is real (in
    # English, Chinese, Malay and Tamil: "forwarded ... asked if real" is not yet a warning's
    # word), a courier's "免费重新派送，无需付款", a town council's lift "停用" read as a threat,
    # a Malay survey's "peluang memenangi baucar $500", a licensed pawnbroker's "faedah 1%
    # sebulan" read as an easy loan, and a brother asked to pay a phone bill first, "gaji masuk
    # saya ganti", read as a job's fee.
    "everyday6_heldout.txt": 9,
    # Older than brief s27smish's change, kept as measured: Tesco's "Clubcard vouchers worth
    # £5.00 expire in February" read as a prize, and a warning that "fake USPS texts about
    # redelivery fees are going around" read as the fee it warns of.
    "smish7_en_heldout.txt": 2,
    # A friend asked to buy a gift card for a birthday and paid back by PayNow (TXT025): the
    # fake friend asks the same, and is left.
    "everyday9_lead.txt": 1,
    # fraud_kinds7_zh.txt's two and its twin's two: see DEV_SETS.
    "fraud_kinds7_zh.txt": 2,
    "fraud_kinds7_zh_heldout.txt": 2,
    # kinds7_ms_heldout.txt: a family warning whose "Itu scam." stands in the sentence after
    # the quoted "mesej menang hadiah yg suruh byr kos penghantaran" (older than brief s27ms).
    "kinds7_ms_heldout.txt": 0,
    # kinds9_ms_heldout.txt: a real job offer "lapor diri Isnin. Bawa salinan IC" read as an
    # NRIC photo request (older than brief s29ms).
    "kinds9_ms_heldout.txt": 0,
    # jobs7.txt, older than brief s27job's change: a recruiter's contract role "$900/day" in
    # Sydney (high pay for a part-time job), a rider advert "earn $4 per order, flexible hours",
    # a parcel forwarder's "we will repack and ship it, pay the shipping fee" (TXT010) and a
    # cafe chain's mystery shopper "$30 per visit plus the meal reimbursed" (TXT011).
    "jobs7.txt": 4,
    # everyday7.txt (brief s27day), probes: a Tamil child's "பரிசு விழுந்துச்சு! lucky draw ல
    # எனக்கு $20 voucher" and "won $50 in the school spelling bee! They give cash prize" read
    # as prizes one did not enter (subject dropped, so not_prize's "i won" does not cancel).
    "everyday7.txt": 2,
    # everyday7_heldout.txt: "lost my phone, using my wife's number for now. Don't need to
    # reply." read as the new-number opener (older than brief s27day).
    "everyday7_heldout.txt": 1,
    # boss8_zh.txt's one and its twin's two: see DEV_SETS.
    "boss8_zh.txt": 1,
    "boss8_zh_heldout.txt": 2,
    # jobs9_heldout.txt's three, older than brief s29job's change: see DEV_SETS.
    "jobs9_heldout.txt": 3,
    # jobs10.txt's one and its twin's two, older than brief s29job2's change: see DEV_SETS.
    "jobs10.txt": 1,
    "jobs10_heldout.txt": 2,
    # fraud_kinds9_zh.txt's one, new with brief s36guard's clause scope of a negation: a
    # probe's "你那个会员不要了的话我帮你取消吧，密码告诉我就行" (TXT023, FAM003). Its "不要"
    # ("if you no longer want the membership") sits in a condition and governs no request; the
    # password request after the comma was hidden only because any negation anywhere cancelled
    # its sentence. It reads as "如果不想账户被冻结，请点击链接" does; left for the lead to judge.
    "fraud_kinds9_zh.txt": 1,
    # fraud_kinds9_zh_heldout.txt's one (see DEV_SETS) is quiet since s40zh kept only the pitch's
    # forms of a bare 稳 (稳稳, 很稳, 月稳定...) as a guarantee.
    "fraud_kinds9_zh_heldout.txt": 0,
    # links_everyday11.txt's two (bamboohr's /login.php, my.1password.com/signin) and its
    # twin's one (fitwithsam.online/login), all the link model's: see DEV_SETS.
    "links_everyday11.txt": 2,
    "links_everyday11_heldout.txt": 1,
    # links_everyday12.txt's two (um.edu.my/index.php/academics, a pharmacy's
    # index.php?route=product/category) and its twin's two (usm.my/index.php/en/, a pharmacy's
    # index.php?route=common/home), all the link model's and on main too: see DEV_SETS.
    "links_everyday12.txt": 2,
    "links_everyday12_heldout.txt": 2,
    # links_everyday9_heldout.txt's two, older than brief s29url's change: see DEV_SETS; one
    # left (paynow.com.sg) since brief s30url let a grocer's own /account/login alone.
    "links_everyday9_heldout.txt": 1,
    # links_everyday14.txt's two (a choir's inscription.php?email=…&confirm=1, the link model's;
    # a Joomla gallery's static page under /media/com_gallery/, a kit's folder) and its twin's
    # one (a run club's confirm.php?email=…&token=, the link model's): see DEV_SETS.
    "links_everyday14.txt": 2,
    "links_everyday14_heldout.txt": 1,
    # links_everyday15.txt's three (brief s34url): a retreat's photo gallery as index.html in an
    # S3 bucket and Wikipedia's mirror on IPFS (URL019: a web page in a bucket or on IPFS is
    # phishing's far more often than not), a meetup site's /login on .xyz (the link model's).
    # Its twin's five, never tuned on: a budget app's /signin on vercel.app and a resume PDF on
    # github.io (the link model's), a wedding album's index.html in a bucket and a readme on
    # IPFS (URL019), a cake shop's wixsite.com/home/order-online (the link model's; no longer
    # since brief s36url: a plainly named site's page names on a builder; the readme on IPFS no
    # longer since brief s37url: a text file is no web page). Two since brief s40url: the
    # Wikipedia mirror's /wiki/ folder on IPFS is a site's folder tree, not a kit's page.
    "links_everyday15.txt": 2,
    "links_everyday15_heldout.txt": 3,
    # everyday15.txt's fourteen: six "is this a scam?" questions about a quoted scam (singpass-
    # verify.info twice, a locked DBS account, a $5,000 Lazada prize for a $50 fee in English and
    # Chinese, an IRAS refund "click here"): the reader asks about the quoted line, which is
    # judged by design; two HSBC alerts whose 1800 number is not HSBC's published one and a
    # Malaysian Maybank "sila hubungi 1300 88 6688" (a number no list knows); MariBank's "if
    # this was not you, contact us immediately" (TXT030 with no channel named, as scams that
    # have you reply do); a recruiter's background check that "will need your NRIC number"; a
    # son's "phone screen cracked, help me pay first" and a Malay "Mak, ni nombor baru Adik"
    # (the fake relative's own story and words); a mall's "You won 3rd prize ($200 vouchers)...
    # collection at level 1 concierge". Its twin's twenty-two, read once after: seven questions
    # about quoted scams (hdb-rebate.com in four languages, a road-tax link, a CPF refund "click
    # here", a Carousell "secure payment" link), three retellings of a $500-a-day Telegram
    # hotel-review job the writer calls a scam (English, Malay, Tamil: the retelling verb is not
    # read), three advisories quoting the new-number scam (Chinese,
    # Malay, Tamil) and MAS's "risk-free returns", two real new numbers (a stolen phone in
    # Malay, a Japan SIM in Tamil), a card "will expire" and an email change with an unknown
    # HSBC number, onboarding "bring passport photos and NRIC", a campus fair's "no registration
    # fee", two draws (a Singtel giveaway credited in the app, a CC consolation prize).
    "everyday15.txt": 12,
    "everyday15_heldout.txt": 20,
    # links_everyday16.txt's three (brief s34url2): shops whose names hold a distinctive brand's
    # whole name (paylahmakan.sg, lazadaysyoga.com, netflixandgrill.sg): such a name anywhere in
    # a host reads as the brand's by design (substring_keywords), as lures' names need. Its
    # twin's four, never tuned on: three shops the same way (shopeeze, netflixandchillbakery,
    # paypalaceshop) and kbank.co.th, not on KBank's list of domains.
    "links_everyday16.txt": 3,
    "links_everyday16_heldout.txt": 4,
    # links_everyday18.txt's two (brief s35url2): the link model on a SaaS's help article
    # (help.invoicely-app.com/articles/how-to-send-an-invoice: "app" in a hyphenated name and
    # "invoice" in the path; the model is not retrained) and a refund form for a cancelled class
    # sent with "Refund form for the cancelled class" (TXT011, the text's refund rule, not the
    # link's). Its twin's two, never tuned on: the link model on another SaaS's help article
    # (help.shopflow-app.com/articles/refunds) and a swim school's account page
    # (account.swimschool-sg.com/profile), flagged before and after.
    "links_everyday18.txt": 2,
    "links_everyday18_heldout.txt": 2,
    # links_everyday19.txt's three (brief s36url): a student project's /login.php on
    # 000webhostapp.com (the link model's: a free PHP host, where a kit's login.php is a file like
    # any other, is left out of the builders' rule on purpose), a scout group's "Refund request
    # form for the cancelled camp" on Jotform (TXT011, refund and a link: the text's rule, as
    # links_everyday18's class refund) and a residents' committee's hdb-rc-events.formstack.com
    # (URL002: HDB in a name chosen on a form host is a lure's shape). Its twin's three, never
    # tuned on: a blog's post my-ocbc-360-account-review on wordpress.com (a brand beside
    # "account" is still asked of the model), a SaaS's tinyfin-docs.notion.site help page on
    # linking a bank account ("docs" in the name is a phishing word to the model) and a
    # "Deposit refund form for the chalet" on Jotform (TXT011).
    "links_everyday19.txt": 3,
    "links_everyday19_heldout.txt": 3,
    # hosted20.txt's two (brief s36form): a church retreat's "Fill in forms.gle/... by 30 Nov.
    # Early bird $180" and a community centre's free health screening "Register at forms.gle/...
    # or call 6781 2345" (a shortened form link with a deadline or a call to register: URL009,
    # URL017 and TXT017 or TXT024, older than this brief, left as measured). Its twin's two, never
    # tuned on: a community centre's free taiji class on forms.gle (TXT002) and a talk's slides
    # at mytalks.pages.dev/grab-meetup (URL016), flagged before and after.
    "hosted20.txt": 2,
    "hosted20_heldout.txt": 2,
    # everyday16.txt's one: a property team's "Congrats team! Closed the Sengkang 4rm resale at
    # $628k" (TXT020: "Congrats" with a sum; a not_prize "congrats team" would also cancel
    # "Congrats! Team Shopee has selected you", as terms read across the "!"). Its twin's two,
    # read once after: a Christmas-market helpers' advert at $100/day with a forms.gle link to
    # register (FAM001: easy_pay with a link; "meals provided" was not made a formal_job mark,
    # as the overseas trafficking adverts promise meals too) and "subsidy from ComCare
    # approved so we pay $120 only" (TXT037, a benefit named with a sum).
    "everyday16.txt": 1,
    "everyday16_heldout.txt": 1,
    # everyday17.txt's five (brief s35guard): a helper telling her employer the agency wants a
    # copy of her passport and she will send the photo (TXT007: the writer hands over, but
    # "send" with a passport photo reads as the request); a friend's "Congrats on winning the
    # company lucky draw! $500 voucher" (TXT020, as everyday16's "Congrats team"); a quoted
    # "guaranteed 30% returns" called a scam only in the next sentence (the quote rule reads the
    # same or the previous sentence on purpose: a case told to its end keeps its line); "don't
    # worry about the late fee reminder" (TXT019: "late fee" is a threat's word); a Tamil friend's
    # 30% stock gain with no period named (the wrong-number scams' "my uncle made 40%" reads
    # the same). Its twin's six, read once after: CPF SA's "best risk-free return" (TXT012);
    # "around 40% return" on Singtel (above the yearly bound, no year named); "$180k cash" and
    # "COV $7.5k cash" from a flat sale (TXT020: "<money> cash" is a prize's term); a tenant
    # who "paid the 2 months' deposit" (FAM007: a tenant is a marketplace party and a deposit
    # a deposit first); the D&D's "Congrats to our lucky draw winners".
    "everyday17.txt": 5,
    "everyday17_heldout.txt": 6,
    # negation19.txt's one (brief s36guard): "Don't pay anything to the 'courier' who says your
    # parcel is stuck at customs, SingPost never collects fees by SMS" (TXT010, flagged before
    # too: "pay" and "parcel" are not negatable concepts, only requests are). See DEV_SETS.
    "negation19.txt": 1,
    # negation19_heldout.txt's three, read once after, never tuned on: "Please don't transfer any
    # deposit before viewing the room" (FAM007, TXT015) and "No interview fee, no deposit, no
    # registration fee: that's the law for employment agencies" (TXT004, FAM001, TXT002), both
    # flagged on main too ("deposit" and "fee" are not requests, so no negation hides them);
    # and, new with the clause scope, a Tamil son's "if a new number asks for money in my name,
    # don't send it, call me" (TXT014: its last clause, "எனக்கு போன் பண்ணுங்க", is the new-
    # number scam's own "call me" and is no longer governed by the negation before it).
    "negation19_heldout.txt": 3,
    # everyday18.txt's three (brief s35guard2): two HSBC notices whose number (made up, 6216
    # 9080) is no listed hotline, "If you did not perform this action, call us at ..." (TXT030)
    # and "OTP to change your mobile number. If you did not request this, call ... immediately"
    # (TXT032, TXT030): the callback scam says the same, only a known hotline tells them apart;
    # SIMBA's "Your plan will auto-renew on 10 Dec for $10 .. simba.sg/help" (TXT034: simba.sg is
    # not in the official catalogue; adding the brand was left to the link checks' owner). Its
    # twin's one, read once after: a friend's "my DBS Safety Switch accidentally kena pressed,
    # card locked. Need to call them to unlock" (TXT008; "my .. card blocked" is own_request,
    # "card locked" was not added).
    # Brief s39smish quiets HSBC's "call us at 6216 9080" (a bank-named, calm alert with its
    # Singapore landline): 3 -> 2.
    # And s39sg's landline alerts: 2 -> 1.
    "everyday18.txt": 1,
    "everyday18_heldout.txt": 1,
    # everyday19.txt's five (brief s37sg), all flagged on main too: SimplyGo's "auto top-up ...
    # If you did not authorise this, call 1800 225 5663", Singapore Pools' "topped up with $50
    # ... If you did not perform this transaction, call 6216 8168" and Trust's "added a new
    # device ... If this wasn't you, call us ... immediately" (TXT030: the senders' own numbers
    # are no listed hotline, and only a known hotline tells them from the callback scam); DHL's
    # "import GST of S$14.20. Pay online via the link in the DHL ... email" (TXT010/FAM004); a
    # Carousell seller's "my buyer want to pay by 'Carousell Protection' link, I said meet up"
    # (TXT015). Its twin's two, counted once after and not read (never tuned on).
    "everyday19.txt": 2,  # lowered to the measured figure by s39sg (landline alerts)
    "everyday19_heldout.txt": 1,  # lowered to the measured figure by s39sg (landline alerts)
    # everyday20_heldout.txt's one (brief s37sg2): counted once after and not read (the twin is
    # scored by totals only, never tuned on). everyday20.txt has none.
    "everyday20_heldout.txt": 1,
    # everyday21.txt's three (brief s38sg), all flagged on main too: bank alerts that give the
    # example landline 6123 4567 (no listed hotline) after "If you did not make this
    # transaction" (UOB, TXT030/TXT032) and "add a new payee. If you did not request this"
    # (OCBC, TXT030), and Citi's "Reply N if this wasn't you or call ..." (TXT030); with the
    # banks' real hotlines none is flagged. everyday21_heldout.txt's three: counted once after
    # and not read (never tuned on).
    # Brief s39smish's landline quiets OCBC's and Citi's (3 -> 1); the twin 2 -> 1, by totals.
    # And s39sg's landline alerts: 1 -> 0.
    "everyday21.txt": 0,
    "everyday21_heldout.txt": 1,
    # smish10_en.txt's one: a father's "new number for work" read as a relative's claim (on
    # main too). smish10_en_heldout.txt's one: a bank's "Did you make a $215 purchase? Reply YES
    # or NO. Reply STOP" (on main too). See DEV_SETS.
    "smish10_en.txt": 1,
    "smish10_en_heldout.txt": 1,
    # fraud_kinds10_zh_heldout.txt's one, older than brief s29zh2's change: see DEV_SETS.
    "fraud_kinds10_zh_heldout.txt": 1,
    # sg11_en_heldout.txt's one, older than brief s30sg's change: a child's "I lost my phone,
    # using my friend's phone now" read as a fake relative's new number (on main too).
    "sg11_en_heldout.txt": 0,
    # sg12_en_heldout.txt's one, older than brief s31sg's change: see DEV_SETS.
    "sg12_en_heldout.txt": 1,
    # jobs11_heldout.txt's one, older than brief s30job's change: see DEV_SETS.
    "jobs11_heldout.txt": 1,
    # smish11_en_heldout.txt, both older than brief s30smish: a real Wells Fargo "Did you make a
    # $212.44 purchase at Costco? Reply YES or NO" (TXT030) and "that lottery ticket won us $4
    # lol" (TXT020).
    "smish11_en_heldout.txt": 2,
    # everyday10.txt (brief s30guard), left as real red flags or true ambiguity: a child asking a
    # parent's HealthHub OTP and a Netflix OTP (TXT009), "I lost my wallet... lend me $20" (the
    # stranded friend's story), a cousin's new number in Chinese and "teka siapa ni? nombor baru"
    # (TXT014/TXT031), "猜猜我是谁" from a classmate, a gym threat quoted in a chat, "enter your
    # card details on the Singtel website", and a CIMB alert whose +65 6333 7777 is not yet a
    # known hotline (unverified here, so not added); probes: a Lazada seller's "ship within 2 days
    # to avoid penalty" and a Baby Bonus "Congratulations... will be credited" (TXT020).
    # One fewer after brief s31guard: the Baby Bonus "Congratulations on your new baby!".
    # Brief s39smish's landline quiets CIMB's "call +65 6333 7777": 10 -> 9.
    "everyday10.txt": 9,
    # everyday10_heldout.txt, never tuned on: an expired card "mailed to your registered address"
    # (TXT008), a Maybank alert with its overseas number (TXT030), "my parcel stuck at customs?
    # mine also, need to pay GST", and two lucky-draw prizes collected at a counter (TXT020).
    "everyday10_heldout.txt": 2,  # lowered to the measured figure by s39sg (landline alerts)
    # everyday12.txt (brief s31guard2), left: a citizen asking whether a quoted scam is real
    # ("Is this legit? 'Your DBS card has been suspended, call ...'", a recruiter's deposit "sounds
    # wrong right?") is read on purpose; a boss asked whether the gift-card request from a new
    # number was his; a won contest's "prize is $100 voucher" in the next sentence.
    "everyday12.txt": 4,
    # everyday12_heldout.txt, never tuned on: "i reset my singpass password already", "my stocks
    # up 10% this week", customs GST or "customs fee" for a parcel, a d&d prize voucher, and
    # warnings whose advice and scam sit in different sentences. Brief s32guard's "stocks up N%
    # this week" (not_big_returns) quieted the stocks one: 8 -> 7.
    "everyday12_heldout.txt": 7,
    # smish12_en.txt's one: a real Wells Fargo "Did you attempt a $84.12 card purchase? Reply YES
    # or NO" (TXT030, on main too; other hands' sets count the same words as scams).
    # smish12_en_heldout.txt's three, all older than brief s30smish2: "send me the code that
    # came to your phone for the Netflix account" (TXT009), "my crypto is down 40% this week"
    # (FAM011) and an HDFC debit alert's "Not you? Call <number>" (TXT030). Brief s34smish's
    # "down <num> % this week" (not_big_returns) quieted the crypto one: 3 -> 2.
    # Brief s39smish quiets Wells Fargo's "Reply YES or NO. To opt out, reply STOP": 1 -> 0.
    "smish12_en.txt": 0,
    "smish12_en_heldout.txt": 1,
    # smish14_en_heldout.txt's two, both flagged before brief s31smish2 too (TXT020, a prize
    # read in a friend's news): "Congrats on the baby! Text me when you're up for visitors" and
    # "The Grand National sweepstake winner is Steve! £35 to him". Never tuned away.
    "smish14_en_heldout.txt": 2,
    # smish15_en_heldout.txt's one, on main too: a bank's "Did you make a purchase of $120.45 at
    # Costco? Reply YES if you did, NO if you didn't" (TXT030; other hands' sets count the same
    # words as scams, so it was left alone).
    "smish15_en_heldout.txt": 1,
    # smish17_en.txt's one, flagged before and after: a real "Disney+: Your subscription has
    # been renewed. Manage it anytime at disneyplus.com/account" ("has been renewed" and a link
    # that is not on the official list; disneyplus.com would need allowlisting).
    "smish17_en.txt": 1,
    # smish18_en_heldout.txt's one, flagged before and after: a daughter's "Dad got one of
    # those Medicare call-back texts again, I blocked the number. Can you tell him to never call
    # those numbers?" (FAM010: an agency, "call-back" and "blocked" read in a retelling). Never
    # tuned on.
    "smish18_en_heldout.txt": 1,
    # smish19_en_heldout.txt's one, flagged before and after: a spouse's "Can you send me the
    # verification code the bank just texted you? I'm setting up the joint account on my laptop
    # next to you" (TXT009: the very words of an OTP theft, left alone). Never tuned on.
    "smish19_en_heldout.txt": 1,
    # smish21_en.txt's one, flagged before and after: a bank's own "Your one-time passcode is
    # 482913. Never share this code ... If you didn't request it call us" (TXT030: "didn't
    # request it" and "call us"; a cancel on "didn't request this code" would also free the
    # fake-OTP call-back texts that give a number, so it was left).
    "smish21_en.txt": 1,
    # smish23_en: Chase's real "Did you attempt a $412.38 purchase at BEST BUY? Reply YES or NO"
    # (TXT030, flagged before and after: the scams' first step reads the same). Its twin: one
    # everyday message flagged, 1 of 31 before and after (read by its totals only, not inspected).
    # Brief s39smish quiets it (the reply is asked beside the opt-out line): 1 -> 0.
    "smish23_en.txt": 0,
    "smish23_en_heldout.txt": 1,
    # fraud_kinds13_zh.txt's two, probes on main too: a shop's "先付款后发货" (off_platform) and
    # "妈，我是你女儿，新手机号，存一下哈" (a claimed relative's new number, TXT031).
    "fraud_kinds13_zh.txt": 2,
    # fraud_kinds13_zh_heldout.txt's one, older than brief s31zh's change: a courier's "已按保价
    # 赔付，款项原路退回" read as a parcel fee (TXT010, on main too). See DEV_SETS.
    "fraud_kinds13_zh_heldout.txt": 1,
    # fraud_kinds14_zh.txt's one, a probe flagged on main too: "微信绑卡的时候要输入验证码，记得
    # 别告诉别人" (advice read as an OTP request and a hush, TXT009/TXT018).
    "fraud_kinds14_zh.txt": 1,
    # fraud_kinds14_zh_heldout.txt's one, older than brief s31zh2's change: an embassy's "使馆
    # 不会电话通知您护照涉案" (its own warning read as an accusation, TXT016). See DEV_SETS.
    "fraud_kinds14_zh_heldout.txt": 1,
    # everyday11.txt (brief s31guard): an old classmate's "我换了新手机号…我是李明" (TXT014), as
    # the fake classmate's opener in the Chinese fraud sets reads. everyday11_heldout.txt, never
    # tuned on: 拼多多's free fruit "已发货" (TXT020/TXT002), IRAS's "pay by GIRO to avoid late
    # penalties" (TXT019), a police report's "an investigation officer will contact you"
    # (TXT016), "your claim with NTUC Income ... has been approved. The payout is $2,340"
    # (TXT011), FairPrice's "Win a $500 voucher! Spend $50" (TXT020) and OCBC's "If you did not
    # do this, call us immediately" (TXT030).
    # Brief s32guard's terms quieted two of the twin's (GIRO, the investigation officer): 6 -> 4.
    "everyday11.txt": 1,
    "everyday11_heldout.txt": 4,
    # smish13_en_heldout.txt's one, older than brief s31smish: "Got the winning ticket at the
    # office pool!! $40 each lol" (TXT020).
    "smish13_en_heldout.txt": 1,
    # everyday13.txt (brief s32guard), left: a friend's "IRAS fine me $200 late penalty ... Paid
    # already lor" (TXT019), "妈，银行打电话说...卡已经冻结了" (TXT019), and Great Eastern's
    # "update your card details via GE Connect" (TXT023, an app named without "app").
    "everyday13.txt": 3,
    # everyday13_heldout.txt, never tuned on: an HR passport scan "for the Tokyo conference" (en,
    # zh, ms: TXT007/FAM001), friends' "DBS shares 12% this year, lunch on me" (zh, ms, ta:
    # FAM011), draws collected "at any customer service counter" / "nearest outlet" (en, ta:
    # TXT020), a traffic fine's summons, M1's barred line, DHL duties with its 1800 number, AIA's
    # claim paid, IT's locked account, 调查官 with 举报 (TXT016), a Tamil card alert's "உடனே",
    # a Tamil card expiring (TXT008) and Singtel's Malay overdue bill (TXT019).
    # Brief s35guard's yearly-returns bound quiets the friends' "DBS shares 12% this year" (zh,
    # ms, ta): 15 measured on main before it, 12 after; the bound is left for the lead to lower
    # once the session's branches are merged.
    "everyday13_heldout.txt": 18,
    # sg14_en_heldout.txt (brief s32sg), never tuned on: a buyer who retells "the seller want
    # me pay deposit first before viewing the room. Sounds dodgy right?" (FAM007, also on main).
    "sg14_en_heldout.txt": 1,
    # sg17_en_heldout.txt (brief s34sg2), never tuned on: a rental agent's "as discussed, please
    # send me your passport, employment pass and the company letter" (TXT007), flagged before and
    # after; agents do ask for them, but so do the fakes.
    "sg17_en_heldout.txt": 1,
    # sg19_en.txt and its twin (brief s36sg): Carousell's own tip "Never transfer money outside
    # the app ... pay only within Carousell" (TXT015, flagged before and after): off_platform is
    # not among the negatable concepts, and making it one is a rules.toml change for the lead.
    "sg19_en.txt": 1,
    "sg19_en_heldout.txt": 1,
    # amounts24_heldout.txt (brief s37money), never tuned on: one everyday message flagged before
    # and after, left unread (its author scores the twin by totals only).
    "amounts24_heldout.txt": 1,
    # links_everyday21.txt's two (brief s37url2): singtec.com.sg, a firm's name one letter from
    # Singtel's (URL003, the fuzzy look-alike of a name of seven letters), and cl0ud9.sg, a
    # firm's name with a zero for an o (URL019, digits for letters); both flagged before and
    # after. Its twin's five, flagged before and after, left unread (totals only).
    "links_everyday21.txt": 2,
    "links_everyday21_heldout.txt": 5,
    # links_everyday22.txt's three (brief s38url): a code camp's github.io page whose path is
    # .../login-flow/ (URL016 on the path's login word, URL013, URL017), IPFS's own Wikipedia
    # mirror (URL019: every web page on IPFS is), and a family's Synology NAS on its port 5001
    # (URL011); all flagged before and after. Its twin's three, flagged after (five before),
    # left unread (totals only).
    "links_everyday22.txt": 3,
    "links_everyday22_heldout.txt": 3,
    # links_everyday23.txt's one (brief s38url2): a forum thread asking whether a "PayPal
    # account limited" e-mail is real (URL013, URL015 and URL016 on the slug's words), flagged
    # before and after; a news article on a bank's outage whose slug says customers were unable
    # to log in and a kindergarten's own wp-login.php are quiet since s39url. Its twin's one,
    # flagged after (two before), left unread (totals only).
    "links_everyday23.txt": 1,
    "links_everyday23_heldout.txt": 1,
    # fraud_kinds26_zh.txt (brief s38zh): "老板交代，今天下班前把合同打印三份放他桌上" (TXT031 and
    # TXT017: 老板交代 is read as a claimed boss, 下班前 as a hurry), flagged before and after; a
    # relayed order is no claim of identity, but persona_claim holds both. Its twin's one,
    # flagged before and after, left unread (totals only).
    "fraud_kinds26_zh.txt": 1,
    "fraud_kinds26_zh_heldout.txt": 1,
    # retold25.txt's four (brief s38retold), all flagged before and after: a reader's "Got this
    # sms saying my DBS account is suspended and to click a link to verify, is this legit or scam
    # ah?" (TXT008: a reader who asks has what he retells judged, Rulebook.asks); a flatmate's
    # "房东说下个月水电费他先垫付，你把你那份150块转给我就行" (FAM002, TXT004, task scam
    # and pay-to-work; no retelling concept in it); a neighbour's one-sentence
    # retelling of a like-video job that wants a deposit, warned against only in the next
    # sentence (FAM001, FAM002, TXT004: a warning governs its own sentence); a Tamil child's "if
    # someone asks for money from a new number in my name, don't send it, first call my old
    # number" (TXT014, as negation19_heldout.txt's). Its twin's nine, flagged before and after,
    # left unread (totals only).
    "retold25.txt": 4,
    "retold25_heldout.txt": 8,
    # smish25_en_heldout.txt (brief s38smish), never tuned on: one everyday message flagged
    # before and after, left unread (its author scores the twin by totals only).
    "smish25_en_heldout.txt": 1,
    # smish26_en_heldout.txt (brief s38smish2), never tuned on: two everyday messages flagged
    # before and after, left unread (its author scores the twin by totals only).
    "smish26_en_heldout.txt": 2,
    # fraud_kinds27_zh_heldout.txt (brief s38zh2), never tuned on: two everyday messages flagged
    # before and after, left unread (its author scores the twin by totals only).
    "fraud_kinds27_zh_heldout.txt": 2,
    # fraud_kinds28_zh.txt (brief s38zh3): a friend's retelling that customs held a parcel and
    # DHL's own site takes the duty (TXT010: 官网 is also what fake couriers call their pages, so
    # it is left as no official channel). Its twin's two, flagged before and after, left unread.
    "fraud_kinds28_zh.txt": 1,
    "fraud_kinds28_zh_heldout.txt": 2,
    # persons26_heldout.txt (brief s38whose), never tuned on: four everyday messages flagged
    # before and after, left unread (its author scores the twin by totals only).
    "persons26_heldout.txt": 3,
    # fees26.txt (brief s38gap), both flagged before and after: an exchange's own "Withdrawal of
    # 250 USDT submitted. Network fee: 1 USDT ... If this wasn't you, freeze your account in the
    # app" (FAM002 and the link model: an unrecognised-transaction alert with a stake to lose);
    # a Tamil office lucky draw's $100 voucher to be collected from HR (TXT020: the Tamil
    # lexicon has no "collect it in person" that job_meeting holds in English).
    "fees26.txt": 2,
    # fees26_heldout.txt (brief s38gap), never tuned on: one of 32 everyday messages flagged
    # before and one after, left unread (its author scores the twin by totals only).
    "fees26_heldout.txt": 1,
    # guard26.txt (brief s38guard), flagged before and after: a mosque's call for volunteers
    # with "ada kerja boleh buat dari rumah" (FAM001, TXT002: "can be done from home" is easy
    # pay in the Malay lexicon, and no concept knows a volunteer).
    "guard26.txt": 0,  # lowered to the measured figure by s39sg (landline alerts)
    # guard26_heldout.txt, never tuned on: 9 of 80 everyday messages flagged before, 7 after,
    # left unread (scored by totals only).
    "guard26_heldout.txt": 7,
    # tanglish26_ta.txt (brief s38tanglish), flagged before and after: a brother asked for his
    # IC photocopy for a school form (TXT007: a request for an IC photo, honest here).
    "tanglish26_ta.txt": 1,
    # smish27_en_heldout.txt (brief s39smish): one everyday message flagged, 2 of 30 before and
    # 1 after, counted by totals only and never read.
    "smish27_en_heldout.txt": 1,
    # smish28_en_heldout.txt (brief s39mendeley), never tuned on: one of 28 everyday messages
    # flagged before the change and after, left unread (scored by totals only).
    "smish28_en_heldout.txt": 1,
    # kinds23_ms_heldout.txt (brief s39ms), never tuned on: one of 30 everyday messages flagged
    # before and one after, left unread (its author scores the twin by totals only).
    "kinds23_ms_heldout.txt": 1,
    # links_everyday24.txt (brief s39url): a family's photo album kept as a static site in an
    # Azure storage bucket (.../album/cny/index.html: URL019's bucket shape, URL017, URL016),
    # flagged before and after; every web page in a bucket has that shape. Its twin's three,
    # flagged before (four) and after, left unread (totals only).
    "links_everyday24.txt": 1,
    "links_everyday24_heldout.txt": 3,
    # everyday22.txt (brief s39sg), flagged before and after: DBS's "Reply N if you did not
    # request to increase your card limit" (TXT030: the reply-and-we-call-you scams are the same
    # words), a son's "I help u claim the CDC vouchers, need your singpass on your phone" (TXT006,
    # the same words as the Singpass-borrowing scam), J&T's "to reschedule reply 1 or call 6123
    # 4567" (TXT010) and a made-up tracking domain the link model flags (URL016).
    # everyday22_heldout.txt's three: counted once after and not read (never tuned on).
    "everyday22.txt": 4,
    "everyday22_heldout.txt": 3,
    # jobs27.txt (brief s39job), flagged before and after: HR's "new joiners please submit a
    # copy of your NRIC and bank book page to HR in person at Level 5 for payroll setup"
    # (TXT007, FAM001: an IC copy asked for, and no concept reads a handover in person this far
    # from the IC).
    "jobs27.txt": 1,
    # jobs27_heldout.txt, never tuned on: two of 30 everyday messages flagged before and after,
    # left unread (scored by totals only).
    "jobs27_heldout.txt": 2,
    # sg20_en.txt (brief s39sgsmish), flagged before and after: a DBS digital token alert "call
    # our hotline +65 6123 4567 immediately" (TXT030: a named bank's landline pressed with a rush
    # is the call-back scam's); the real alert gives DBS's own hotline, which official.json knows.
    "sg20_en.txt": 0,
    # fraud_kinds30_zh_heldout.txt (brief s39zh2), never tuned on: one of 24 everyday messages
    # flagged before and after, counted by totals only and never read.
    "fraud_kinds30_zh_heldout.txt": 1,
    # guard27.txt (brief s39guard), flagged before and after: Maybank's "Your card has been
    # blocked as a precaution ... call our 24-hour hotline 6123 4567 to verify" (TXT008, FAM003:
    # word for word smish23_en's OCBC "restricted ... call us on 6123 4567 to restore access"
    # scam), FairPrice's "Dear voucher holder, your e-voucher from the Link points" (TXT020:
    # "voucher holder" is a prize term and "the Link" reads as a link word), M1's upgrade offer
    # at a made-up m1shop.example.sg (URL002: the brand's name on another's domain), and a Malay
    # friend's "member aku untung sikit main crypto ... Kau nak cuba? Aku tak nak la" (FAM011:
    # the recruiter's own line, told apart only by the refusal after it).
    "guard27.txt": 4,
    # guard27_heldout.txt, never tuned on: 8 of 80 everyday messages flagged before, 6 after,
    # left unread (scored by totals only).
    "guard27_heldout.txt": 5,
    # fraud_kinds31_zh_heldout.txt (brief s39zh3), never tuned on: one everyday message flagged
    # before and after, left unread (its author scores the twin by totals only).
    "fraud_kinds31_zh_heldout.txt": 1,
    # links_everyday25.txt (brief s39url2): a SaaS invoicing tool's sign-in page on .app
    # (invoicehub.app/login: URL007, URL013 and the link model's URL016), flagged before and
    # after; the glued-name rule does not touch it (no money, card or parcel word).
    "links_everyday25.txt": 1,
    # kinds24_ms_heldout.txt (brief s40ms), never tuned on: two of 30 everyday messages flagged
    # before and after, left unread (its author scores the twin by totals only).
    "kinds24_ms_heldout.txt": 2,
    # fraud_kinds33_zh.txt (brief s40zh2): a police officer's talk with a woman about to
    # transfer, in which she retells "一个检察官说我涉嫌洗钱，让我把钱转到安全账户" and the officer
    # answers "那是骗子" (TXT016, TXT025, FAM010: the victim's own report reads as the scam, as
    # older sets want it caught), and a travel agent's chat where the customer asks whether the
    # caller who "要我去ATM操作退款" was them (TXT011), both flagged before and after: only the
    # answer in the next turn tells them from a victim's report.
    "fraud_kinds33_zh.txt": 1,  # the travel agent's chat quiet after s40zhguard (a later turn's verdict)
    # fraud_kinds33_zh_heldout.txt (brief s40zh2), never tuned on: 8 of 30 everyday messages
    # flagged before and after, left unread (scored by totals only); its entry is below.
    # everyday23.txt (brief s40sg), flagged before and after: OCBC's "Reply N if you did not
    # make this transaction" (TXT030: the reply-and-we-call-you scams use the same words), and
    # two made-up tracking domains that carry a brand's name as a phish's do (GrabExpress's
    # grab.example-app.sg, URL016; DHL's trk.example-dhl.sg/pay, URL002 and URL016), where
    # the real messages carry the brands' own domains. everyday23_heldout.txt's five: counted
    # before and after, not read (never tuned on).
    "everyday23.txt": 3,
    "everyday23_heldout.txt": 5,
    # jobs28_heldout.txt (brief s40job), never tuned on: two everyday messages flagged before
    # and after, left unread (its author scores the twin by totals only).
    "jobs28_heldout.txt": 1,
    # guard28_heldout.txt (brief s40guard), never tuned on: 8 of 65 everyday messages flagged
    # before, 5 after, left unread (its author scores the twin by totals only).
    "guard28_heldout.txt": 5,
    # links_everyday27.txt (brief s40url2): shopeeasy.com.sg, flagged before and after
    # (URL002): it holds Shopee's whole name, as shopeexpress or shopeeclaim would; a shop
    # named "shop easy" with one e (shopeasy.com.sg, a probe) is left alone.
    "links_everyday27.txt": 1,
    "fraud_kinds33_zh_heldout.txt": 5,  # 8 before s40zhguard's chat verdict (held out, not read)
    # everyday24_zh.txt (brief s40zhguard): 36 of 120 long everyday texts still flagged, most
    # of them single paragraphs (a warning to a parent quoting 安全账户 or 解冻费, news of a case,
    # a police talk's list of scam lines, a branch visit retold) where the quoted ask and the
    # verdict stand in different sentences, and chats that deny rather than call it a scam
    # ("不是我发的", "不用交什么钱"); older sets want a victim's retold case caught, so no
    # message-wide mute was made.
    "everyday24_zh.txt": 36,
    # everyday24_zh_heldout.txt (brief s40zhguard), never tuned on: 22 of 60 flagged before,
    # 18 after, left unread.
    "everyday24_zh_heldout.txt": 18,
}


@pytest.mark.parametrize("name", sorted(DEV_SETS))
async def test_development_sets(engine: Engine, name: str) -> None:
    least_scams, least_everyday, most_missed = DEV_SETS[name]
    samples = load(name)
    scams = [s for s in samples if s.level != "no_red_flags"]
    everyday = [s for s in samples if s.level == "no_red_flags"]
    assert len(scams) >= least_scams
    assert len(everyday) >= least_everyday
    missed, alarms = [], []
    for sample in samples:
        level = (await engine.check(Submission(text=sample.text))).level
        if sample.level == "no_red_flags" and level != "no_red_flags":
            alarms.append(sample.text[:60])
        elif sample.level != "no_red_flags" and level == "no_red_flags":
            missed.append(sample.text[:60])
    assert len(missed) <= most_missed, missed
    assert len(alarms) <= MOST_ALARMS.get(name, 0), alarms
