"""The wording checker: red flags and scam families in four languages, negation, leetspeak."""

from __future__ import annotations

import pytest

from checkers.case import prepare
from checkers.text import TextChecker
from checkers.verdict import Submission
from tests.checkers.helpers import codes, run

CHECKER = TextChecker()


@pytest.mark.parametrize(
    ("code", "text"),
    [
        ("TXT001", "Earn $5 commission per task, just like YouTube videos"),
        ("TXT001", "简单任务，每单佣金8新币"),
        ("TXT001", "Dapat komisen RM10 setiap tugasan"),
        ("TXT002", "No experience needed, earn $300 a day"),
        ("TXT002", "无需经验，在家赚钱"),
        ("TXT003", "Part-time job, contact our HR on WhatsApp"),
        ("TXT004", "A registration fee of $50 is required before you can start the tasks"),
        ("TXT004", "提现需要先交保证金"),
        ("TXT005", "We rent your bank account for $1000 a month"),
        ("TXT005", "Sewa akaun bank anda, RM500 seminggu"),
        ("TXT006", "Please give me your Singpass password"),
        ("TXT006", "Change your Singpass email and mobile number to ours"),
        ("TXT006", "Approve the Singpass login request you receive"),
        ("TXT006", "请提供你的singpass密码"),
        ("TXT007", "Send a photo of your NRIC front and back"),
        ("TXT007", "请拍身份证正反面照片"),
        ("TXT008", "Your account has been suspended"),
        ("TXT008", "您的账户已被冻结"),
        ("TXT008", "Akaun anda telah disekat"),
        ("TXT009", "Please send me the OTP you received"),
        ("TXT009", "请把验证码发给我"),
        ("TXT009", "Tolong hantar kod OTP kepada saya"),
        ("TXT010", "Your parcel is held, pay the customs fee"),
        ("TXT010", "您的包裹因地址不完整无法派送，请点击链接更新地址"),
        ("TXT011", "You are entitled to a tax refund, claim now"),
        ("TXT012", "Guaranteed returns on your investment"),
        ("TXT013", "Invest in bitcoin with our mentor and earn daily profits"),
        ("TXT014", "Guess who? This is my new number"),
        ("TXT014", "猜猜我是谁？这是我的新号码"),
        ("TXT014", "Teka siapa, ini nombor baru saya"),
        ("TXT014", "அம்மா, இது என் புதிய எண், ஒரு உதவி வேண்டும்"),
        ("TXT015", "Let's pay outside the platform via PayNow"),
        ("TXT016", "This is the police: your account is involved in money laundering"),
        ("TXT016", "公安局通知：你涉嫌洗钱"),
        ("TXT017", "Act now, offer valid for 24 hours"),
        ("TXT018", "Keep this secret, don't tell anyone"),
        ("TXT019", "You will be arrested if you do not pay"),
        ("TXT020", "Congratulations! You have won $5,000 cash"),
        ("TXT020", "U have WON a £1000 prize"),
        ("TXT020", "நீங்கள் $5000 வென்றுள்ளீர்கள்"),
        ("TXT022", "Your KYC has expired, update now"),
        ("TXT023", "Reply with your card number and CVV"),
        ("TXT024", "Click the link to claim your reward"),
        ("TXT025", "Please buy me some Google Play gift cards"),
        ("TXT025", "Transfer your savings to a safe account for investigation"),
        ("TXT026", "Earn 5% daily, double your money"),
        ("TXT011", "Your refund of $89 has been approved. Click here to claim: refund-sg.top/c"),
        (
            "TXT011",
            "Your refund will be credited once you verify your account. Call us at 61234567 now.",
        ),
        ("TXT011", "您的退税款已审核通过，请点击链接 tuishui-sg.top 填写银行卡信息领取。"),
        (
            "TXT011",
            "Bayaran balik cukai anda telah diluluskan. Klik pautan untuk menuntut: lhdn-refund.top",
        ),
        ("TXT011", "உங்கள் வரி திருப்பி பணம் தயாராக உள்ளது. பெற இந்த இணைப்பை கிளிக் செய்யவும்: iras-ta.top"),
        (
            "TXT028",
            "Need cash urgently? Personal loan up to $50k, approval in 10 minutes, no guarantor. "
            "WhatsApp Ah Seng 91234567",
        ),
        (
            "TXT028",
            "Cash loan approved! Get up to $30,000 today, no proof of income needed. Contact our agent",
        ),
        (
            "TXT028",
            "Loan approved for you! Low interest 1%, blacklist also can. Call 81234567 now.",
        ),
        ("TXT028", "Fast loan! 1% interest, no credit check, approval in 1 hour."),
        ("TXT028", "Pinjaman mudah faedah 2% setahun, lulus dalam 1 jam, tiada dokumen."),
        ("TXT028", "கடன் வேண்டுமா? ஆண்டுக்கு 2% வட்டி மட்டுமே, கடன் வரலாறு பார்க்க மாட்டோம்."),
        ("TXT025", "Mak, boleh pinjamkan adik $300? Urgent, ni nombor baru adik."),
        ("TXT002", "招聘打字员，日结，每日500，加Telegram @job_sg"),
        # Words run together, and a gateway text's sender address (no official site's).
        ("TXT008", "Chase:yourcard hasbeenlocked. verifynow atchase-unlock.net"),
        ("TXT008", "FRM:alerts@wfmx.net MSG:Debit card suspended. Call 1 (877) 392-4410"),
    ],
)
async def test_phrases(code: str, text: str) -> None:
    assert code in await codes(CHECKER, text)


@pytest.mark.parametrize(
    "text",
    [
        "Do not share your OTP with anyone",
        "Never share your one-time password. DBS will never ask for it.",
        "We will never ask you to send your Singpass password",
        "请勿向任何人提供验证码",
        "Jangan kongsi kod OTP anda",
        "Don't give your card number or PIN to anyone",
    ],
)
async def test_negated_requests_are_advice_not_scams(text: str) -> None:
    assert not {"TXT006", "TXT009", "TXT023"} & await codes(CHECKER, text)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Your card has been blocked because you did not update your details.", "TXT008"),
        ("Your account is suspended as you have not verified your identity.", "TXT008"),
        ("Your wallet will be frozen since your KYC has not been completed.", "TXT008"),
    ],
)
async def test_a_reason_given_in_the_negative_does_not_negate_the_threat(
    text: str, code: str
) -> None:
    # "because you did not ..." says why the account is blocked; the sentence still says it is.
    assert code in await codes(CHECKER, text)


@pytest.mark.parametrize(
    "text",
    [
        "Your card is not blocked. We did not detect any unusual activity.",
        "DBS will never suspend your account because you have not updated your details by SMS.",
    ],
)
async def test_a_threat_denied_before_its_reason_stays_denied(text: str) -> None:
    assert "TXT008" not in await codes(CHECKER, text)


async def test_leetspeak_is_read_and_evidence_is_quoted_as_written() -> None:
    findings = await run(CHECKER, "Your acc0unt will be bl0cked. Y0u w0n a £500 prize")
    won = next(f for f in findings if f.code == "TXT020")
    assert "w0n" in won.evidence
    assert "TXT008" in {f.code for f in findings}


async def test_government_message_with_a_link() -> None:
    text = "gov.sg: claim your CDC vouchers at http://cdc-claim.vip/ This is an automated message sent by the Singapore Government."
    assert "TXT021" in await codes(CHECKER, text)


async def test_government_message_without_a_link_is_fine() -> None:
    text = "gov.sg: Your CDC Vouchers are ready. This is an automated message sent by the Singapore Government."
    assert await codes(CHECKER, text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "IRAS: Your income tax refund of $245.30 has been credited to your bank account via "
        "PayNow. View details at mytax.iras.gov.sg",
        "Shopee: Refund of $23.90 for order 2310ABC has been credited to your ShopeePay wallet. "
        "View details in the app.",
        "Your insurance payout of $2,300 has been approved and paid into your bank account. "
        "View details at https://www.income.com.sg/claims",
        "Your Grab driver payout of $412.50 for this week will be credited on Friday. "
        "View details in the Grab Driver app.",
        "【IRAS】您的所得税退税$245.30已存入您的银行账户。详情请登录 mytax.iras.gov.sg 查看。",
        "IRAS: Bayaran balik cukai pendapatan anda sebanyak $245.30 telah dikreditkan ke akaun "
        "bank anda. Lihat butiran di mytax.iras.gov.sg",
        "IRAS: உங்கள் வருமான வரி திருப்பி $245.30 உங்கள் வங்கிக் கணக்கில் வரவு வைக்கப்பட்டது. "
        "விவரங்களுக்கு mytax.iras.gov.sg பார்க்கவும்",
    ],
)
async def test_a_refund_already_paid_is_a_notice_not_a_lure(text: str) -> None:
    assert not {"TXT011", "FAM006"} & await codes(CHECKER, text)


@pytest.mark.parametrize(
    "text",
    [
        # A loan one applied for is no easy loan; "sorry to disturb" is politeness.
        "UOB: Congratulations, your CashPlus loan is approved. Check the UOB TMRW app for details.",
        "DBS: Your personal loan application of $10,000 has been approved. The funds will be "
        "disbursed to your account within 1 business day.",
        "Standard Chartered: Your CashOne loan of $5,000 has been approved and disbursed. Check "
        "your account in SC Mobile.",
        "Hi, sorry to disturb. I'm Jason from your son's class WhatsApp group, where do you live "
        "ah? Can carpool Saturday.",
        "Sorry to disturb, auntie, I'm the new tenant downstairs. Where do you live? Want to pass "
        "you the parcel the postman left with me.",
        # A bank states its rate a year (and the EIR); a loan shark's rate is a month, or low.
        "UOB Personal Loan: borrow up to 6x your salary at 3.88% interest p.a. (EIR 7.56% p.a.). "
        "Apply in the UOB TMRW app. T&Cs apply.",
        "Tahniah! Pinjaman peribadi anda $20,000 telah diluluskan. Kadar faedah 3.88% setahun, "
        "EIR 7.56%. Wang akan dikreditkan dalam 3 hari bekerja.",
        "உங்கள் தனிநபர் கடன் அங்கீகரிக்கப்பட்டது. வருடத்திற்கு 4.2% வட்டி (EIR 8.1%).",
        # "SGD 3,650.00，日期" is a salary and a date, not $3,650 a day.
        "华侨银行：您的账户尾号8812收到工资SGD 3,650.00，日期11月28日。",
        # The noun "pinjaman" (a loan) is no "pinjamkan" (lend me).
        "DBS: Ansuran pinjaman kereta $980.00 akan didebitkan dari akaun anda pada 01 Jan. "
        "Pastikan baki mencukupi.",
        "M1: You have used 80% of your local data. Top up via the MyM1 app to avoid interruption.",
        # Money, not a parcel, "returned to your ShopeePay"; Malay "boleh tahan" is "not bad".
        "Grab: Your order was cancelled. $18.40 has been returned to your GrabPay wallet.",
        "Saya baru beli Singapore Savings Bonds, faedah 3.2% setahun, boleh tahan. Nak aku "
        "hantar link laman MAS?",
        # An insurance "polisi" is no police, and a GIRO deduction is one the payer set up.
        "AIA: Polisi insurans hayat anda telah diperbaharui. Premium $95.00 akan didebit melalui "
        "GIRO pada 1 Jan. Hubungi 1800 248 1888 untuk pertanyaan.",
        # The courts one books to play on or meets at are no court of law.
        "Member login for booking courts https://sgpickleballers.wixsite.com/home/member-login",
        "Booked 2 badminton courts for Sat 8-10am, pls login to the club page to pay your share",
        # Spoken Tamil retelling a scam ("got cheated", "a message came saying ...").
        'என் மாமா ஏமாந்துட்டார். "உங்கள் பார்சல் நிறுத்தப்பட்டது, $2 கட்டுங்க"னு மெசேஜ் '
        "வந்துச்சு, லிங்க் கிளிக் பண்ணிட்டார். கவனமா இருங்க.",
        # A library's fine a day is a charge, not pay a day; a summons paid is settled.
        "Reminder: your loan is due 10 Dec. Fines of $0.15/day apply after the due date.",
        "Traffic Police: Your summons has been paid. Thank you.",
    ],
)
async def test_everyday_notices_and_chat_that_share_scam_words_have_no_findings(text: str) -> None:
    assert await codes(CHECKER, text) == set()


async def test_official_links_do_not_make_a_government_style_finding() -> None:
    text = "Scam alert from the Singapore Government: visit www.scamshield.gov.sg to learn more."
    assert "TXT021" not in await codes(CHECKER, text)


async def test_plain_chat_has_no_findings() -> None:
    assert await codes(CHECKER, "Eh you free this Sat? Wanna go Jurong Point for lunch?") == set()


@pytest.mark.parametrize(
    "text",
    [
        "Congrats! Ur number won a holiday for 2. Txt GO to 87066 to claim. £1.50/msg 18+",
        "You have a secret admirer! To find out who txt FIND to 69855, 150p per msg",
        "Ur mobile was awarded £500 in our draw. Call 09058094599 to collect. Cost 25p/min",
        "Your account shows 1,200 unredeemed bonus points. Ring 09061234567 before they lapse.",
    ],
)
async def test_premium_rate_prize_spam(text: str) -> None:
    assert "TXT032" in await codes(CHECKER, text)


async def test_an_opt_out_code_is_no_claim() -> None:
    text = "Costa: double points on hot drinks this weekend! Txt STOP to 60777 to opt out"
    assert await codes(CHECKER, text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "HSBC: a new payee was added. If this was NOT you, call our fraud team on 0203 807 2219.",
        "Amazon: an order of £1,049 was placed. If not you, call 1-888-412-9043 to cancel.",
    ],
)
async def test_a_british_or_american_number_given_to_call_is_a_phone(text: str) -> None:
    assert "TXT030" in await codes(CHECKER, text)


@pytest.mark.parametrize(
    "text",
    [
        # Written "1-800-", an American toll-free number, not one of Singapore's 1800 lines.
        "Microsoft: a virus has been detected. Please call 1-800-412-9043.",
        # "call" may stand further back than the number's own phrase.
        "Windows: your computer is infected. Please call our certified technical support "
        "team at 1-888-412-9043.",
    ],
)
async def test_a_tech_support_call_back_to_an_american_number(text: str) -> None:
    assert "TXT032" in await codes(CHECKER, text)


@pytest.mark.parametrize(
    "text",
    [
        # Real Malaysian banks' notices give their own numbers, as scams do; we
        # do not know those hotlines, so their numbers are no "number to call" sign.
        "Maybank: RM250.00 telah dipindahkan dari akaun anda. Jika bukan anda, hubungi "
        "1-300-88-6688.",
        "CIMB: Anda telah membuat pembayaran RM120.00. Jika anda tidak membuat transaksi ini, "
        "hubungi 03-6204 7788.",
    ],
)
async def test_a_malaysian_bank_number_is_not_a_foreign_phone(text: str) -> None:
    assert "TXT030" not in await codes(CHECKER, text)


@pytest.mark.parametrize(
    "text",
    [
        # But a bank, a court or a courier never answers on a mobile: a Malaysian mobile
        # number (01x-) given to call is a stranger's phone, as a Singapore one is.
        "Public Bank: Pengeluaran RM5,000 dari akaun anda sedang diproses. Bukan anda? "
        "Hubungi 017-332 8841 segera.",
        "CIMB: Kad kredit anda digunakan untuk RM3,850. Jika anda tidak membuat transaksi ini "
        "hubungi unit fraud kami di 011-5823 9901.",
        "CIMB: RM1,950 பணம் மாற்றம் pending. நீங்கள் செய்யவில்லை என்றால் 017-663 2210 "
        "நம்பருக்கு உடனே கூப்பிடுங்க.",
    ],
)
async def test_a_malaysian_mobile_number_given_to_call_about_a_charge(text: str) -> None:
    assert "TXT030" in await codes(CHECKER, text)


async def test_a_malaysian_mobile_number_alone_is_no_red_flag() -> None:
    text = "Rider Foodpanda: Saya dah sampai lobi. Call 011-2234 5567 kalau tak jumpa."
    assert await codes(CHECKER, text) == set()


async def test_an_indonesian_mobile_number_given_to_call_about_aid_is_a_phone() -> None:
    # Prakerja, Kemensos and e-wallet help desks answer on their own lines, never on a mobile.
    text = (
        "Insentif Kartu Prakerja Anda Rp2.400.000 siap ditransfer. Hubungi call center "
        "Prakerja di 0812-9000-1234 untuk konfirmasi."
    )
    assert "TXT011" in await codes(CHECKER, text)


async def test_an_indonesian_mobile_number_alone_is_no_red_flag() -> None:
    text = "Kurir: saya sudah di lobi, telepon 0812-3456-7890 kalau tidak ketemu."
    assert await codes(CHECKER, text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Qantas: a payment of $1,480.00 was made on your card. If this was not you, call our "
        "fraud team on 0412 345 678 quoting ref QF221.",
        "SBI: Your card was used for Rs 48,200 at an online merchant. If you did not make this "
        "transaction, call 98450 12345 immediately.",
    ],
)
async def test_an_australian_or_indian_mobile_given_to_call_about_a_charge(text: str) -> None:
    # Banks, airlines and telcos answer on their own 13/1300/1800 lines, never on a mobile.
    assert "TXT030" in await codes(CHECKER, text)


@pytest.mark.parametrize(
    "text",
    [
        "Hi it's Sam, landed in Sydney. Call me on 0412 345 678 when you're free.",
        "My number in Chennai is 98450 12345, call me there after 8pm.",
        "Your order number is 9845012345. Call us if you have any questions.",
        "Missed call from 0412 345 678. This caller left a voicemail, call 101 to listen.",
    ],
)
async def test_an_australian_or_indian_mobile_alone_is_no_red_flag(text: str) -> None:
    assert await codes(CHECKER, text) == set()


async def test_a_transfer_someone_is_trying_to_make_is_unrecognised() -> None:
    text = (
        "Monzo: someone is trying to transfer £2,400 out of your account. Call us back on "
        "020 7946 0719 right away so we can stop it."
    )
    assert "TXT030" in await codes(CHECKER, text)


async def test_someone_trying_to_reach_you_is_no_charge() -> None:
    assert "TXT030" not in await codes(CHECKER, "Someone is trying to reach you, call 9123 4567")


@pytest.mark.parametrize(
    "text",
    [
        "Delta: Due to a schedule change your flight DL 1185 is cancelled. Pls call "
        "1-888-555-0148 to rebook on the next available flight.",
        "Scoot: your flight TR 16 has been cancelled. Confirm tomorrow's seat by calling "
        "+65 8123 4567 and paying the $35 change fee.",
        "Your flight has been canceled. Call 0412 345 678 for a refund.",
    ],
)
async def test_a_cancelled_flight_with_a_number_to_call_is_a_flag(text: str) -> None:
    assert "TXT040" in await codes(CHECKER, text)


@pytest.mark.parametrize(
    "text",
    [
        "Jetstar: Your flight JQ7 has been cancelled due to weather. We have rebooked you on "
        "JQ9. View or change this in the Jetstar app.",
        "Our flight got cancelled, call me at 9123 4567 when you can.",
        "Hi Mr Tan, your booking at the clinic has been cancelled as requested. Call 6123 4567 "
        "to book again.",
    ],
)
async def test_a_cancellation_told_in_the_app_or_by_a_friend_is_none(text: str) -> None:
    assert "TXT040" not in await codes(CHECKER, text)


@pytest.mark.parametrize(
    "text",
    [
        "Your profits of 8,900 USDT are ready. Kindly send 0.02 BTC gas fee before the funds "
        "are released to your wallet.",
        "Hi sir your loan $12k approved, you need to pay $450 legal fee upfront then we "
        "disburse today",
        "Your withdrawal is pending. Pay the 15% tax first to release your funds.",
        "您的账户提现审核未通过，需缴纳20%的保证金后才能提现",
        "恭喜中奖5000元，领奖前需先交个人所得税1000元",
        "Pinjaman RM8,000 anda lulus. Bayar yuran setem RM150 dahulu sebelum wang dikreditkan.",
        "வாழ்த்துக்கள், நீங்கள் $5000 வென்றீர்கள். வரி $250 கட்டினா தான் பணம் கிடைக்கும்.",
        "உங்க loan 7000 approve ஆயிடுச்சு. இன்சூரன்ஸ் கட்டணம் $300 முதல்ல கட்டுங்க.",
        "Akaun anda dibekukan. Sila deposit yuran pengesahan 10% dahulu, kemudian 8,000 USDT "
        "akan dilepaskan.",
    ],
)
async def test_a_fee_before_ones_own_money_is_released_is_a_flag(text: str) -> None:
    assert "TXT041" in await codes(CHECKER, text)


@pytest.mark.parametrize(
    "text",
    [
        # A lender's fee deducted from the loan, a fee paid at the signing, a workshop's or
        # a landlord's balance before the keys, an exchange's fee deducted in its own app.
        "Loan approved. Processing fee 2% will be deducted from the loan amount upon "
        "disbursement, no payment needed now.",
        "Pinjaman perumahan diluluskan. Yuran guaman $2,000 dibayar dahulu kepada peguam semasa "
        "tandatangan.",
        "贷款批了，手续费放款时直接扣除，不用先交钱",
        "Pay the remaining $500 before the keys are released to you on Saturday",
        "Your car is ready for collection, pls pay the balance $850 and we will release the car",
        "Bro I pay the chalet deposit $200 first, then you all transfer me ok",
        "Please pay the tuition fee of $300 first before the term starts",
        "Pls pay the $25 registration fee first, then we will release your race kit at the booth",
    ],
)
async def test_an_honest_fee_beside_a_payout_is_none(text: str) -> None:
    assert "TXT041" not in await codes(CHECKER, text)


async def test_a_new_number_alone_is_news_but_a_favour_is_a_flag() -> None:
    assert await codes(CHECKER, "Hi mum, this is my new number, save it x") == set()
    asked = "Hi mum, this is my new number. Can you do me a favour? x"
    assert "TXT014" in await codes(CHECKER, asked)


@pytest.mark.parametrize(
    "text",
    [
        "NHS: you have been identified as a close contact. Book a PCR test at nhs-testbook.com",
        "Exposure notification: you were exposed to COVID-19. Order your test kit: bit.ly/ck19",
        "您是密接人员，请点击 jkm-check.cn 申报",
    ],
)
async def test_a_health_alert_with_a_stranger_s_link(text: str) -> None:
    assert "TXT035" in await codes(CHECKER, text)


@pytest.mark.parametrize(
    "text",
    [
        "Heads up, Tom tested positive so we're off Saturday. The article: bbc.co.uk/news/health",
        "I'll be in contact with you tomorrow about the flat: rightmove.co.uk/p/12345",
    ],
)
async def test_news_of_an_illness_or_a_contact_is_no_health_alert(text: str) -> None:
    assert "TXT035" not in await codes(CHECKER, text)


@pytest.mark.parametrize(
    "text",
    [
        "Can you send me the wifi password again?",
        "Tell us how we did for a chance to win a $1,000 Shop Card at costco.com/survey",
    ],
)
async def test_a_wifi_password_or_a_draw_to_enter_is_no_flag(text: str) -> None:
    assert await codes(CHECKER, text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Due to a system error we accidentally transferred $500 to your account. Please refund "
        "the money to this account: 123-456789-0.",
        "Hi, I transferred $300 to your PayNow by mistake. Can you send it back to my other account?",
        "您好，我刚才不小心转错了5000元到您的账户，麻烦您原路退回到这个账号，谢谢",
        "Maaf, saya tersalah transfer RM500 ke akaun awak. Boleh tolong pulangkan ke akaun ini?",
        "மன்னிக்கவும், நான் தவறுதலாக $400 உங்கள் கணக்கிற்கு அனுப்பிவிட்டேன். தயவுசெய்து இந்த "
        "கணக்கிற்கு திருப்பி அனுப்புங்கள்.",
    ],
)
async def test_money_sent_by_mistake_to_be_sent_back(text: str) -> None:
    assert "TXT036" in await codes(CHECKER, text)


@pytest.mark.parametrize(
    "text",
    [
        "If someone says they sent you money by mistake, do not send it back yourself. Call your bank.",
        "如果有人说转错钱给你，请不要自行退回，请联系银行。",
        "UOB: Your funds transfer of $200 to the wrong account has been recalled. The amount will "
        "be returned within 5 working days.",
        "Oops wrong chat, sent by mistake",
        # A friend who overpaid wants the extra back where it came from: no other account.
        "Hi, I sent you $300 by mistake, meant to send $30. Could you send the extra back? Sorry!",
    ],
)
async def test_mistakes_and_warnings_about_them_are_not_the_scam(text: str) -> None:
    assert "TXT036" not in await codes(CHECKER, text)


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        (
            "Hi, this is Amazon. A purchase of iPhone 17 for $1,899 was made on your account. "
            "If not authorised press 1.",
            True,
        ),
        (
            "An order of PS5 console has been placed using your Shopee account. If not you, "
            "contact our support on WhatsApp +65 8123 4567.",
            True,
        ),
        # A bank's own alert gives its own hotline.
        (
            "UOB: A purchase of SGD 88.00 was made on your card. If not done by you, call "
            "1800 222 2121 immediately.",
            False,
        ),
    ],
)
async def test_a_charge_to_dispute_through_the_sender(text: str, flagged: bool) -> None:
    # "If not authorised, press 1" offers the way to dispute: the negation is the condition's.
    assert ("TXT034" in await codes(CHECKER, text)) is flagged


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        (
            "Amex: Card ending 1005 was added to Samsung Pay. Didn't do this? Call 1 (888) "
            "555-0142 now to block.",
            True,
        ),
        (
            "Your card is being added to Google Wallet on a new phone. If you didnt do this call "
            "+65 8123 4567.",
            True,
        ),
        # The bank's own notice sends its holder to the number on the card.
        (
            "OCBC: Your card ending 4421 has been added to Apple Pay. If you did not do this, "
            "call the number on the back of your card.",
            False,
        ),
        (
            "DBS: A payment of SGD 1,249.00 was made from your account. If unauthorised, call "
            "the DBS hotline on the back of your card.",
            False,
        ),
    ],
)
async def test_a_card_added_to_a_wallet_with_a_stranger_s_number(text: str, flagged: bool) -> None:
    # The wallet-provisioning lure: "your card was added to Apple Pay, not you? call us".
    found = await codes(CHECKER, text)
    assert bool({"TXT030", "TXT008"} & set(found)) is flagged


@pytest.mark.parametrize(
    "text",
    [
        'My mum almost fell for "Hi Ma, this is my new number, can transfer $800?" Tell your parents!',
        "我妈差点信了“妈，这是我新号码，能转800吗？”还好她先打电话给我。",
        'Ayah saya terima panggilan: "Ini Polis Singapura, pindahkan simpanan ke akaun selamat."',
    ],
)
async def test_a_scam_line_quoted_in_a_warning_is_no_flag(text: str) -> None:
    assert await codes(CHECKER, text) == set()


async def test_a_line_quoted_to_ask_whether_it_is_real_is_read() -> None:
    # "got this sms, legit anot?" asks about the quoted line; without the question it is told.
    line = '"Your loan of $10,000 has been approved. To release it please pay admin fee of $388."'
    assert await codes(CHECKER, "got this sms, legit anot? " + line)
    assert await codes(CHECKER, "got this sms " + line + " Told my dad delete.") == set()


async def test_a_case_told_to_its_end_keeps_its_quoted_line() -> None:
    # The scam is learnt sentences after the boss's line: the line is the case's, not a quote.
    told = (
        "“董事长”在群里要求李某立即支付合同预付款96万元，并称“我在开会，不要打电话，先付了再补手续”。"
        "李某照办后才发现群里全是骗子。"
    )
    assert "TXT025" in await codes(CHECKER, told)


@pytest.mark.parametrize(
    "text",
    [
        "Ma, can transfer me $40? My card not working, I pay you back when the new card comes",
        "Q&M Dental: appointment on 9 Dec 3.30pm. Reply 1 to confirm, 2 to cancel.",
        "Gym: your membership freeze is approved; your account will be frozen in Jan.",
        "Your card is temporarily blocked after 3 incorrect PIN attempts. Call 1800 747 7000.",
        # A bill's late fee, a voucher or cashback used in the shop's own app, a scheme's payout,
        # points earned, a shop's or a community club's draw collected in person.
        "Town council: S&CC arrears of $85. Please pay by 15 Dec to avoid a late fee.",
        "Tagihan listrik PLN bulan ini Rp 350.000. Bayar sebelum tanggal 20 untuk menghindari "
        "denda.",
        "Shopee: Congratulations, your 11.11 voucher of $5 has been added to your account. Use "
        "it by 30 Nov in the Shopee app.",
        "Selamat! Anda mendapatkan cashback Rp 20.000 dari GoPay. Cek saldo di aplikasi Gojek.",
        "GST Voucher: Your $850 cash payout will be credited to your PayNow-NRIC bank account on 1 Aug.",
        "NTUC FairPrice: You earned 250 LinkPoints on your purchase today. Check your balance in the app.",
        "您的电费账单$120已生成，请于12月20日前缴付，以免产生滞纳金。",
        "恭喜您在本店周年庆抽奖中获得50元购物券，请凭短信到店领取。",
        "Tahniah! Anda memenangi cabutan bertuah RC Tampines. Sila ambil hadiah di pejabat RC pada "
        "hari Sabtu.",
        "வாழ்த்துக்கள்! சமூக மன்ற குலுக்கலில் நீங்கள் பரிசு வென்றீர்கள். சனிக்கிழமை அலுவலகத்தில் பெற்றுக்கொள்ளுங்கள்.",
        # A bank's and a courier's own warnings, a reward already in the wallet, a relative's
        # new number asking for a call later.
        "NatWest: We'll never ask you to move money to a safe account. If someone does, it's a "
        "scam. Hang up and call 159.",
        "Royal Mail will never ask you to pay a redelivery fee by text. If you get a text like "
        "this, forward it to 7726.",
        "Target Circle: You earned a $5 reward! It's in your wallet. Reply STOP to end.",
        "Hi Mum, it's Jack. New number, the old phone's screen died. Call me tonight about the "
        "weekend?",
        # "We'll come to your house" for Deepavali is a visit; a lender's threat says "if you
        # don't pay" first.
        "தீபாவளிக்கு எல்லாரும் பாட்டி வீட்டுக்கு வருவோம் சரியா",
        "மச்சான், நாளைக்கு உன் வீட்டுக்கு வருவோம், game பாக்கலாம்",
    ],
)
async def test_everyday_notes_that_share_scam_words_are_no_flag(text: str) -> None:
    assert await codes(CHECKER, text) == set()


async def test_money_asked_into_an_agent_s_own_account() -> None:
    asked = (
        "Your policy has lapsed. Transfer $350 to our agent's personal account to reinstate it."
    )
    assert "TXT025" in await codes(CHECKER, asked)
    warned = "Never pay your premium into an agent's personal account."
    assert "TXT025" not in await codes(CHECKER, warned)


@pytest.mark.parametrize(
    ("code", "text"),
    [
        (
            "TXT010",
            "Changi Airport: Your luggage was found. Pay the $4.90 delivery fee to receive it: "
            "changi-baggage.help",
        ),
        (
            "TXT020",
            "Your NTUC LinkPoints (3,250) will expire tonight. Convert them to cash now: "
            "ntuc-linkpoints.top/redeem",
        ),
    ],
)
async def test_a_fee_or_points_at_a_stranger_s_link(code: str, text: str) -> None:
    assert code in await codes(CHECKER, text)


async def test_a_boss_who_has_the_company_pay_a_stranger_s_deposit_first() -> None:
    text = "张会计，我现在在外面谈合作，对方要先付定金，你先从公司账上转30万过去，账号我发你。"
    assert "FAM009" in await codes(CHECKER, text)
    real = "张会计，对方的定金发票收到了，按合同从公司账户付款，走正常审批流程。"
    assert "FAM009" not in await codes(CHECKER, real)


@pytest.mark.parametrize(
    "text",
    [
        "Hey, I accidentally sent you my verification code. Could you forward it to me? It's urgent.",
        "Hi, sorry I sent my WhatsApp code to your number by mistake. Can you send it to me pls?",
        "我不小心把验证码发到你手机上了。麻烦你发给我一下，谢谢。",
        "Maaf, saya tersalah hantar kod pengesahan ke nombor awak. Boleh hantar kod tu kat saya?",
    ],
)
async def test_a_code_sent_by_mistake_and_asked_for_in_the_next_sentence(text: str) -> None:
    assert "TXT009" in await codes(CHECKER, text)


@pytest.mark.parametrize(
    "text",
    [
        "Sorry I sent you my verification code by mistake, please ignore it.",
        "Mum, I accidentally sent you the photo of the form. Can you send me yours too?",
    ],
)
async def test_a_mistake_without_a_code_asked_for_is_no_otp_request(text: str) -> None:
    assert "TXT009" not in await codes(CHECKER, text)


@pytest.mark.parametrize(
    "text",
    [
        "Hello dear, I am Sgt. Michael, US Army on peacekeeping mission. I have a box of $2.5M I "
        "want to send to you for safekeeping.",
        "Dear friend, I need your help to transfer $15 million out of my country. You will "
        "receive 30% for your assistance.",
        "你好，我是一名美国军医，我有一个装有250万美元的箱子，想寄给你代为保管，请把你的地址发给我。",
        "Salam, saya mahu hantar kotak berisi USD2 juta kepada anda untuk simpanan. Sila hantar "
        "alamat anda.",
    ],
)
async def test_a_fortune_offered_to_a_stranger(text: str) -> None:
    assert "TXT037" in await codes(CHECKER, text)


@pytest.mark.parametrize(
    "text",
    [
        "Hospital admission: please bring your NRIC and your next of kin's contact. A deposit of "
        "$500 is payable at the counter.",
        "Great news, the company hit $2 million in sales! Please send me your receipts.",
        "Your safe deposit box rental of $250 is due. Please send payment to DBS by 15 Dec.",
    ],
)
async def test_sums_and_next_of_kin_in_everyday_notes_are_no_fortune(text: str) -> None:
    assert "TXT037" not in await codes(CHECKER, text)


async def test_words_spelt_with_look_alike_letters_are_a_disguise_and_still_read() -> None:
    # Cyrillic "о", "а" and "е" among the Latin letters.
    found = await run(CHECKER, "Yоur Singpаss аccount hаs been suspеnded. Call +65 8123 4567")
    by_code = {f.code: f for f in found}
    assert by_code["TXT038"].evidence == "Yоur"  # as written, Cyrillic "о" and all
    assert "TXT008" in by_code  # read as "your singpass account has been suspended"


@pytest.mark.parametrize(
    "text",
    [
        "Привет! See you at the airport tomorrow, my flight lands at 6pm.",
        "Take 500μg of vitamin D daily with food.",
        "Tekrar teşekkürler, ışık gösterisi harikaydı! See you in İstanbul.",
        "Το πακέτο σας παραδόθηκε. Your parcel was delivered to the concierge.",
    ],
)
async def test_words_wholly_in_another_alphabet_are_no_disguise(text: str) -> None:
    assert "TXT038" not in await codes(CHECKER, text)


async def test_words_spelt_letter_by_letter_are_read() -> None:
    assert {"FAM001"} <= await codes(
        CHECKER, "P-a-r-t t-i-m-e j-o-b, e-a-r-n $300 d-a-i-l-y, W-h-a-t-s-A-p-p +65 8123 4567"
    )
    assert "TXT008" in await codes(
        CHECKER, "Your a c c o u n t has been l o c k e d. Call +65 8123 4567 to unlock."
    )


async def test_a_lender_s_visit_threatened_if_unpaid() -> None:
    text = "கடன் பணத்தை இன்னைக்கு கட்டலன்னா நாளைக்கு உங்க வீட்டுக்கு வருவோம்"
    assert "TXT019" in await codes(CHECKER, text)


@pytest.mark.parametrize(
    "text",
    [
        "Boss here, in a meeting now cannot call, buy 5 Google Play cards and send me the codes",
        "Can't talk now, at the hospital. Transfer $800 to this account for me first",
    ],
)
async def test_an_excuse_in_the_negative_does_not_negate_the_request(text: str) -> None:
    # "cannot call" refuses a call, not the request beside it in the sentence.
    assert "TXT025" in await codes(CHECKER, text)


async def test_a_real_negation_beside_an_excuse_still_negates() -> None:
    text = "I'm in a meeting, can't talk. Please don't transfer any money to anyone"
    assert "TXT025" not in await codes(CHECKER, text)


@pytest.mark.parametrize(
    "text",
    [
        "You have a new voicemail! Go to http://vm-listen.duckdns.org/?k8x2 to listen.",
        "OMG is this you in this video?? lol http://ur-video.live/watch/88a",
        "Somebody uploaded photos of you, did u see them? look http://pix-album.online/u/kk2",
        "您有一条新的语音留言，请点击 http://vm-cn.top/a1 收听",
        "Anda ada mel suara baharu. Dengar di http://mel-suara.xyz/m1",
        "உங்களுக்கு புதிய குரல் செய்தி உள்ளது. கேட்க http://vm-ta.top/x",
    ],
)
async def test_a_voicemail_or_a_photo_of_you_at_a_strangers_link(text: str) -> None:
    assert "TXT039" in await codes(CHECKER, text)


@pytest.mark.parametrize(
    "text",
    [
        "You have 1 new voicemail. Call 121 to listen.",
        "is this you in this video? https://www.youtube.com/watch?v=abc",
        "Photos of you at the wedding are up! https://www.pixieset-wedding.com/tan-lim",
        "Your photos from the school concert are ready: https://photos.kidsphoto.com.sg/g/882",
    ],
)
async def test_a_carriers_voicemail_or_a_photographers_gallery_is_no_lure(text: str) -> None:
    assert "TXT039" not in await codes(CHECKER, text)


@pytest.mark.parametrize(
    "text",
    [
        "U have 1 unread msg https://t.ly/Qm8x",
        "You have 2 unread messages. Read: https://tinyurl.com/inbox-sg",
        "您有2条未读消息，请点击 http://bit.ly/3xYz 查看",
        "Anda ada 1 mesej belum dibaca: https://mesej-baca.web.app/m",
    ],
)
async def test_unread_messages_behind_a_hidden_or_anyones_link(text: str) -> None:
    assert "TXT039" in await codes(CHECKER, text)


@pytest.mark.parametrize(
    "text",
    [
        "bro u have 1 unread msg in the grp chat la, check",
        "You have 3 unread messages on Carousell: https://www.carousell.sg/inbox",
        "sorry had 200 unread msgs, just saw. here's the menu https://kopi-corner.com/menu",
        "You have an unread message from your landlord. Read it at https://www.propertyguru.com.sg/inbox",
    ],
)
async def test_unread_messages_in_a_chat_or_on_a_platforms_own_site_are_no_lure(text: str) -> None:
    assert "TXT039" not in await codes(CHECKER, text)


@pytest.mark.parametrize(
    "text",
    [
        "DBS: Please update your particulars by 20 Dec at https://forms.gle/Ab12Cd34",
        "UOB: as part of our review, please confirm your personal information https://form.jotform.com/250001112223",
        "HSBC: confirm your contact details to keep receiving alerts https://share.hsforms.com/1Qq2",
        "Singpass: verify your identity at https://sites.google.com/view/sp-check",
        "星展银行：请填写表格更新您的个人资料 https://forms.gle/Ab12Cd",
        "Maybank: Sila kemas kini maklumat peribadi anda https://forms.gle/Ab12Cd",
        "OCBC: உங்கள் விவரங்களை புதுப்பிக்கவும் https://forms.gle/Tt12Qq",
    ],
)
async def test_a_brand_asking_for_details_on_a_page_anyone_can_publish(text: str) -> None:
    assert "FAM003" in await codes(CHECKER, text)


@pytest.mark.parametrize(
    "text",
    [
        "DBS Staff Club: confirm your attendance for the bowling night https://forms.gle/Ab12",
        "OCBC Cycle riders, please update your t-shirt size by Friday https://forms.gle/Oc12",
        "Singtel alumni gathering! Update your contact details so we can reach you https://forms.gle/St12",
        "Parents, please update your contact details in the form https://forms.gle/Pg12",
        "DBS: update your particulars in the digibank app or at https://www.dbs.com.sg/update",
        "UOB Heartbeat Run volunteers please verify your shift timings https://docs.google.com/forms/d/e/1x/viewform",
    ],
)
async def test_a_brands_club_or_event_form_or_its_own_site_is_no_phishing(text: str) -> None:
    assert "FAM003" not in await codes(CHECKER, text)


@pytest.mark.parametrize(
    "text",
    [
        "Bank of America Alert: please follow http://bit.do/cgjK to reactivate your account",
        "DBS: your account will be suspended today, verify at https://bit.ly/3xYz12",
        "Amazon: we could not verify your account details, confirm them at https://tinyurl.com/amz-chk",
        "Maybank: Sila sahkan akaun anda segera di https://bit.ly/mb2u-sah",
        "星展银行：您的账户需要验证，请点击 https://t.ly/Ab12",
    ],
)
async def test_a_brand_asking_to_verify_an_account_at_a_short_link(text: str) -> None:
    assert "FAM003" in await codes(CHECKER, text)


@pytest.mark.parametrize(
    "text",
    [
        "Withdrawal failed: your credit score is 70/100. Pay the deposit of $900 to restore it.",
        "信誉分不足，无法提现，需要缴纳800元费用",
        "Skor kredit anda rendah, pengeluaran ditahan. Sila bayar yuran RM500 dahulu.",
    ],
)
async def test_a_task_platforms_credit_score_that_bars_the_withdrawal(text: str) -> None:
    assert "FAM002" in await codes(CHECKER, text)


@pytest.mark.parametrize(
    "text",
    [
        "Shopee: your order has shipped, track it at https://bit.ly/shp-track",
        "DBS Marathon: verify your race bib number at https://bit.ly/dbsrun-bib",
        "Verify your email for the CC badminton session https://bit.ly/cc-badm",
        "Amazon order 112-33 delivered. Rate your delivery https://tinyurl.com/amz-rate",
    ],
)
async def test_a_short_link_without_an_account_to_verify_is_no_account_phishing(text: str) -> None:
    assert "FAM003" not in await codes(CHECKER, text)


@pytest.mark.parametrize(
    "text",
    [
        "Your credit score improved by 20 points this month. View your report in the app.",
        "bro my credit score so low, bank reject my loan, cannot withdraw from CPF also",
    ],
)
async def test_a_credit_score_without_a_fee_to_withdraw_is_no_task_scam(text: str) -> None:
    assert "FAM002" not in await codes(CHECKER, text)


@pytest.mark.parametrize(
    ("code", "text"),
    [
        # A screen shared while the caller asks for silence, a code or money (brief s37zh2).
        ("TXT033", "你现在打开会议APP，点屏幕共享，我们核查一下你名下的资金流水，不要告诉家人"),
        ("TXT033", "Share your screen and keep this secret from your family"),
        ("TXT033", "Kongsi skrin anda dan jangan beritahu sesiapa"),
        # Screen sharing is read apart from installing, and still counts where installing did.
        ("TXT033", "为了帮您把退款操作完，请打开共享屏幕，我一步步指导您"),
        # An agency's recorded "press 1".
        ("TXT016", "这里是移民与关卡局，您的准证存在问题，按1转接人工服务"),
        ("TXT016", "This is the Ministry of Manpower. Press 1 to speak to an officer."),
        # A credit-limit raise at a stranger's link.
        ("FAM003", "【招商银行】您的信用卡已获得提额资格，登录 cmb-te.cc 申请"),
        ("FAM003", "Your card is eligible for a credit limit increase. Apply at card-upgrade.top"),
        # A self-named after-sales service that rings to refund what nobody returned.
        ("TXT011", "我这边是抖音电商的售后，您买的玩具被召回了，要给您办理退货退款"),
        # A game account sold for a deposit first, its login sent after.
        ("TXT015", "出原神号，先付定金200，我发你账号密码"),
    ],
)
async def test_fraud_kinds24_phrases(code: str, text: str) -> None:
    assert code in await codes(CHECKER, text)


@pytest.mark.parametrize(
    ("code", "text"),
    [
        ("TXT033", "等下开会的时候你共享一下屏幕，把报表给大家过一遍"),
        ("TXT033", "I'll share my screen during the meeting, don't worry"),
        (
            "TXT016",
            "ICA: your passport is ready for collection. Book an appointment at ica.gov.sg",
        ),
        ("FAM003", "【招商银行】您的信用卡额度已提升至60000元，可登录掌上生活APP查看"),
        (
            "FAM003",
            "Your credit limit increase request is approved. View it in the DBS digibank app.",
        ),
        ("TXT011", "你好，我是淘宝客服，您申请的退款已经处理好了，请注意查收"),
        ("TXT011", "我们是京东售后，关于您反馈的质量问题，可以给您换新或者退款，您选哪个？"),
        ("TXT015", "兄弟，我那个王者账号不玩了，你要的话送你，密码晚上发你"),
        ("TXT005", "外卖卡单了，骑手说系统问题，等了一个小时才到"),
        ("TXT008", "我的ETC卡好像过期了，周末去银行网点重新办一下"),
    ],
)
async def test_fraud_kinds24_everyday_words(code: str, text: str) -> None:
    assert code not in await codes(CHECKER, text)


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # A guess at who is writing, left unanswered: the caller waits for a name to be offered.
        ("猜猜我是谁？", True),
        # A guess at who sent a gift is no guess at who is writing.
        ("宝贝，猜猜我是谁送你的花？", False),
        ("喂，还听得出我声音不？猜猜我是哪个", True),
        ("Guess who this is?", True),
        ("Hai, teka siapa ni? Lama tak dengar khabar kan", True),
        # Answered with the sender's own name or tie, it is a friend's game.
        ("猜猜我是谁？我是Mei呀，刚从伦敦回来", False),
        ("Guess who this is? It's Mei, back from London!", False),
        # A guess about someone else is news, not a guess at the sender.
        ("Guess who I saw at NTUC today", False),
        # A notice to all is not one caller's game.
        ("各位同学，猜猜我是谁？欢迎新学期！", False),
    ],
)
async def test_a_guess_at_the_sender_left_unanswered(text: str, flagged: bool) -> None:
    assert ("TXT014" in await codes(CHECKER, text)) is flagged


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # A new number from an old friend who says where they met or plans to meet at leisure.
        ("老同学！我是阿伟，昨天聚会拿到你的号码，先存一下，下次一起喝茶", False),
        ("係我呀，阿欣。我轉咗新電話號碼，你save低先，之後約食飯", False),
        ("Your old classmate here, this is my new number. Let's catch up soon!", False),
        # Without it, a claimed tie and a new number are the fake friend's opener.
        ("係我呀，我轉咗新電話號碼，你save低先", True),
        # And a meeting offered does not excuse money asked.
        ("老同学，我换号了，下次一起吃饭。先借我3000周转一下", True),
    ],
)
async def test_a_new_number_with_a_meeting_at_leisure(text: str, flagged: bool) -> None:
    assert bool({"TXT014", "TXT031"} & await codes(CHECKER, text)) is flagged


@pytest.mark.parametrize(
    "text",
    [
        "Never open .apk files sent by strangers on WhatsApp.",
        "Jangan buka fail .apk yang dihantar oleh nombor tidak dikenali.",
        "Kurir kami tidak pernah mengirim file .apk, cek resi di aplikasi resmi.",
    ],
)
async def test_an_apk_file_warned_against_is_no_install_request(text: str) -> None:
    assert "TXT033" not in await codes(CHECKER, text)


@pytest.mark.parametrize(
    "text",
    [
        "Jangan lupa install apk ni utk semak bungkusan: PosLaju_Semak.apk",
        "Tak perlu pergi bank, cuma install apk ni je",
    ],
)
async def test_an_apk_file_sent_to_install_is_still_one(text: str) -> None:
    assert "TXT033" in await codes(CHECKER, text)


async def test_a_code_sent_by_mistake_told_in_a_warning_is_no_otp_request() -> None:
    # "tersalah hantar" tells the mistake; its verb is no request to send.
    text = (
        "Jangan bagi kod WhatsApp kat sesiapa. Kalau ada kawan kata dia tersalah hantar kod, "
        "akaun dia dah kena hack."
    )
    assert "TXT009" not in await codes(CHECKER, text)
    assert "TXT009" in await codes(
        CHECKER, "Sori tersalah hantar kod ke nombor awak, boleh forward balik kod tu?"
    )


async def test_a_job_abroad_with_a_fortune_and_free_board_is_the_trafficking_lure() -> None:
    text = (
        "Kerja di Myanmar, gaji 20 juta sebulan, asrama dan makan gratis, tiket pesawat "
        "ditanggung. Hubungi 0812-1234-5678"
    )
    assert "FAM001" in await codes(CHECKER, text)


@pytest.mark.parametrize(
    "text",
    [
        "Bilik sewa Taman Melati, deposit 2 bulan bayar masa ambil kunci. Boleh datang tengok.",
        "Kereta sewa dah book, deposit RM150 bayar tunai bila ambil kereta.",
    ],
)
async def test_a_rental_deposit_paid_when_the_keys_are_handed_over_is_no_scam(text: str) -> None:
    assert not {"TXT015", "FAM007", "TXT008"} & await codes(CHECKER, text)


async def test_a_lender_s_instalment_due_on_a_date_is_no_upfront_fee() -> None:
    text = "Peringatan: ansuran Pembiayaan Peribadi anda RM380.00 perlu dibayar sebelum 10hb."
    assert "FAM012" not in await codes(CHECKER, text)


async def test_a_stranger_s_gift_with_a_fee_first_is_a_fortune_for_a_stranger() -> None:
    text = "Saya ingin bersedekah RM20,000 kepada puan. Sila bayar caj bank RM300 dahulu."
    assert "TXT037" in await codes(CHECKER, text)


async def test_an_agent_who_recovers_lost_money_for_a_fee() -> None:
    text = (
        "Kami ejen pemulihan, boleh dapatkan semula wang anda dari scammer. Bayar yuran "
        "guaman RM400 dahulu."
    )
    assert "TXT011" in await codes(CHECKER, text)


@pytest.mark.parametrize(
    "text",
    [
        "Gaji RM3,200, kerja kilang di Penang. Kos proses permit ditanggung syarikat.",
        "Jawatan tukang masak di Dubai, gaji RM5,000. Yuran visa ditanggung majikan.",
    ],
)
async def test_a_job_whose_permit_costs_the_employer_bears_is_no_pay_to_work(text: str) -> None:
    assert not {"TXT004", "FAM001", "TXT020"} & await codes(CHECKER, text)


@pytest.mark.parametrize(
    "text",
    [
        "Town Council: You have S&CC arrears of $230. Legal action may be taken if unpaid by 15 Jan. Ignore if paid.",
        "Your season parking is overdue. Legal action will be taken if unpaid. Please ignore this message if you have already paid.",
        "市镇理事会：您拖欠杂费$230，请于1月15日前缴付，否则将采取法律行动。如已付款，请忽略。",
        "Majlis Bandaran: Tunggakan S&CC $230. Tindakan undang-undang akan diambil jika tidak dibayar. Abaikan jika telah dibayar.",
    ],
)
async def test_a_billers_threat_that_says_ignore_if_paid_is_no_threat(text: str) -> None:
    assert "TXT019" not in await codes(CHECKER, text)


@pytest.mark.parametrize(
    "text",
    [
        "Town Council: S&CC arrears of $230. Pay to our officer via PayNow 8123 4567 today or legal action will be taken. Ignore if paid.",
        "Town Council: S&CC arrears of $230. Pay at tc-sg-pay.com today or legal action will be taken. Ignore if paid.",
        "Legal action will be taken if unpaid. WhatsApp our officer at +65 8123 4567 to settle. Ignore if paid.",
    ],
)
async def test_ignore_if_paid_beside_a_strangers_number_is_a_threat(text: str) -> None:
    assert "TXT019" in await codes(CHECKER, text)


@pytest.mark.parametrize(
    "text",
    [
        "您好，请问您有兴趣了解一份线上工作吗？时间自由，收入日结。",
        "Kerja online, gaji harian. Berminat PM saya",
        "Online job available, paid daily. Interested?",
    ],
)
async def test_online_work_paid_daily_with_a_reply_asked_is_the_job_scam_opener(text: str) -> None:
    assert "FAM001" in await codes(CHECKER, text)


@pytest.mark.parametrize(
    "text",
    [
        # A licensed agency writes the licence number the reader can look up.
        "Hi, I'm Grace from Adecco (EA 91C2918). We have a work-from-home customer support role "
        "for a bank, $2,600/month, no experience needed as training is provided. Interested?",
        "Hi, this is Joyce from Staffline (EA 20C1111). Are you still looking for a job? We have "
        "a part-time admin role, $12/hr, flexible hours. Can I WhatsApp you the details?",
        # A recruiter who names a place to come to.
        "Hi, are you still looking for a job? We have a part-time admin role, $12/hr, at our "
        "client's office in Kallang. Can I WhatsApp you?",
        # A friend who offers to pass the reader's number on.
        "Hey are you still looking for part time? My friend's bubble tea shop at Bedok needs "
        "weekend crew, flexible hours, paid daily. Want me to pass your number?",
        # A shop's own staff paid daily, told by the manager.
        "Hello team, our online store is closed today. Staff are paid daily as usual, contact me "
        "if any issue.",
    ],
)
async def test_a_licensed_agency_a_place_to_come_or_a_friend_s_referral_is_no_job_scam(
    text: str,
) -> None:
    assert not {"FAM001", "TXT003"} & await codes(CHECKER, text)


async def test_a_licence_number_does_not_excuse_pay_no_real_job_gives() -> None:
    text = (
        "Hi, I'm Ruth from Orion Staffing (EA 14C5521). Online customer service role, daily pay "
        "$300-$500, Telegram @orion_hr"
    )
    assert "FAM001" in await codes(CHECKER, text)


@pytest.mark.parametrize(
    "text",
    [
        "HSBC: Your new payee has been added. If you did not do this, call 1800 227 8889 immediately.",
        "[SimplyGo] Auto top-up of $30.00 was charged to your Visa. If you did not authorise this, call 1800-225-5663.",
        "Rs.12,000 debited from A/c XX7788. If not done by you call 1800-425-0000. - IOB",
    ],
)
async def test_an_alert_that_gives_a_local_toll_free_line_is_no_call_back_scam(text: str) -> None:
    found = await codes(CHECKER, text)
    assert "TXT030" not in found and "TXT032" not in found


@pytest.mark.parametrize(
    "text",
    [
        # An American toll-free line, as written there or spelt to slip past filters.
        "PayPal: a purchase of $899 is processing. If this was not you, call 1-800-555-0142",
        "Your PayPal purchase of $899 is processing. To cancel call 1 . 8 0 0 . 5 5 5 . 0 1 5 9",
        # A local mobile, or a stranger's link beside the toll-free line.
        "DBS: a payment of $2,400 was made. If this was not you, call 8123 4567 immediately.",
        "DBS: a payment of $2,400 was made. Not you? Cancel at dbs-cancel.top or call 1800 227 8889",
    ],
)
async def test_a_call_back_to_a_stranger_is_still_one(text: str) -> None:
    assert "TXT030" in await codes(CHECKER, text)


@pytest.mark.parametrize(
    "text",
    [
        "Kawan saya pinjam RM5000, bayar balik bulan depan",
        "Kawan saya pinjam 5k, bayar balik bulan depan",
        "Adik pinjam RM300 dulu, bayar balik hujung bulan",
    ],
)
async def test_a_loan_between_friends_repaid_later_is_no_fake_refund(text: str) -> None:
    assert "FAM014" not in await codes(CHECKER, text)


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # A "boss" named by rank who wants the staff's or clients' details sent to him.
        ("我是你李总，把公司所有员工的联系方式整理一份发我", True),
        ("我是王局，客户名单整理好了发我邮箱", True),
        # A colleague who reports the list sent, or the boss's name without the claim.
        ("李总，员工名单我整理好了，发您邮箱了", False),
        ("王总让我把通讯录更新一下，下周一前交给行政部", False),
    ],
)
async def test_a_claimed_boss_who_wants_the_staff_list(text: str, flagged: bool) -> None:
    assert ("TXT031" in await codes(CHECKER, text)) is flagged


@pytest.mark.parametrize(
    ("text", "code", "flagged"),
    [
        # A draw's prize collected in person, the reader's own win, a courier's "nothing to pay".
        (
            "You won the class raffle! Collect your hamper from the school office on Monday",
            "TXT020",
            False,
        ),
        ("haha we won £20 on the lottery, dinner's on us", "TXT020", False),
        (
            "DPD: sorry we missed you, we'll try again tomorrow. There's nothing to pay.",
            "TXT010",
            False,
        ),
        (
            "Import charges of £3.10 are due on your parcel. Pay them at your local post office.",
            "TXT010",
            False,
        ),
        # The same words with a stranger's link, number or fee are still the lure.
        ("You won the class raffle! Claim your hamper at raffle-prize.top", "TXT020", True),
        (
            "Congrats, your number won £900 in the lottery. Call 020 7946 0123 to claim",
            "TXT020",
            True,
        ),
        ("DPD: we missed you. Pay the £1.45 redelivery fee at dpd-rebook.top", "TXT010", True),
        ("Parking ticket: pay $45 by Friday to avoid doubling: park-fines.top", "TXT027", True),
        (
            "Your iCloud account has been breached. Call 1-888-555-0183 to secure it.",
            "TXT008",
            True,
        ),
    ],
)
async def test_smish25_everyday_words_and_their_lures(text: str, code: str, flagged: bool) -> None:
    assert (code in await codes(CHECKER, text)) is flagged


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # A licensed lender's advert with its terms, asking the borrower to walk in.
        (
            "你好，我们是持牌放贷人，无需抵押，最快当天批核，实际年利率以合同为准，欢迎到店咨询",
            False,
        ),
        ("本公司为持牌放贷人，当天放款，实际年利率以合同为准，请到我们的办事处咨询", False),
        # The same terms, but the borrower is sent to a stranger's chat.
        ("无抵押贷款，当天放款，实际年利率以合同为准，加微信咨询 dk888", True),
        ("无抵押贷款，秒批，欢迎到店咨询", True),
    ],
)
async def test_a_lender_who_asks_the_borrower_to_walk_in_is_no_easy_loan(
    text: str, flagged: bool
) -> None:
    assert ("TXT028" in await codes(CHECKER, text)) is flagged


@pytest.mark.parametrize(
    ("text", "code", "flagged"),
    [
        # A payment held for the reader until a fee of its own is paid (brief s38smish2).
        (
            "Cash App: You have a pending payment of $750. Pay a $20 clearance fee to receive it.",
            "TXT015",
            True,
        ),
        (
            "Zelle: your payment of $1,200 is pending because your account has not been upgraded"
            " to a business account. Please upgrade to receive the funds.",
            "TXT015",
            True,
        ),
        # A paid order's deposit at pick-up, a friend's Zelle showing pending: nothing held.
        ("【一嗨租车】您的订单已付款成功，取车时请携带身份证并支付押金3000元。", "TXT015", False),
        ("hey my zelle shows a pending Zelle payment of $40 from you, thanks!", "TXT015", False),
        # An agency's ID number and the holder's particulars confirmed over a stranger's number.
        (
            "Medicare: Your card is expiring. Confirm your Medicare number and date of birth."
            " Call 1-202-555-0181",
            "TXT023",
            True,
        ),
        # A relative passing on a clinic's request, a clinic that names itself, a booking.
        (
            "Mom, the nurse said to call 202-555-0181 and confirm your Medicare number and date"
            " of birth for the appointment",
            "TXT023",
            False,
        ),
        (
            "Hi this is Dr Lee's office. Please call 202-555-0181 to confirm your Medicare"
            " number and date of birth before your visit",
            "TXT023",
            False,
        ),
        (
            "Reminder: your passport renewal appointment at the embassy is Monday. Call"
            " 202-555-0181 if you need to confirm your passport number.",
            "TXT023",
            False,
        ),
        # An area's outage notice and a shop's reward to use in store are no threat or prize.
        (
            "PG&E: Due to high winds, power may be shut off in your area tomorrow.",
            "TXT019",
            False,
        ),
        ("Target Circle: Your $5 reward is ready to use on your next trip.", "TXT020", False),
        ("Your $500 reward is waiting, claim it now at rewards-sbux.top", "TXT020", True),
    ],
)
async def test_smish26_held_payments_agency_ids_and_area_notices(
    text: str, code: str, flagged: bool
) -> None:
    assert (code in await codes(CHECKER, text)) is flagged


@pytest.mark.parametrize(
    ("text", "code", "flagged"),
    [
        # Someone else's pay or gains held up as bait, the reader invited to do the same, with a
        # way in: a job or an investment scam.
        (
            "My auntie earns $450 a day from this app, you can join too: earnfast-sg.top/in",
            "FAM001",
            True,
        ),
        ("我姐夫做这个一天赚六百，你也可以，加老师 tg @laoshi_sg", "FAM001", True),
        (
            "Abang saya dapat RM350 sehari buat kerja ni, awak pun boleh, daftar di kerja-my.top",
            "FAM001",
            True,
        ),
        (
            "Her husband put $2000 in this crypto fund and took out $9,000, you should try also:"
            " t.me/fund_sg",
            "FAM011",
            True,
        ),
        # News of someone else's pay or gains invites no one.
        (
            "My friend earns about $300 a day driving Grab, but it's 12 hours. Not worth it",
            "FAM001",
            False,
        ),
        ("Her investment made 20% this year, she's using it for the downpayment", "FAM011", False),
        # Someone else's win at a real draw is family news, not a prize offered to the reader.
        ("My grandpa won a lucky draw at the RC party, $150 vouchers!", "TXT020", False),
        ("我外婆在超市附近抽奖抽中了300块，好开心", "TXT020", False),
        ("Jiran saya menang cabutan bertuah kat pasar malam, dapat $200", "TXT020", False),
        ("பாட்டி CC lucky draw-ல $50 voucher ஜெயிச்சாங்க", "TXT020", False),
        # The reader's own "win", to be claimed, is still the lure.
        ("You won a lucky draw! Claim your $500 at luckydraw-sg.top", "TXT020", True),
        # An insider who can fix an official matter for money paid to him.
        (
            "My cousin in HDB can get your flat application approved faster, just transfer $900"
            " to him",
            "TXT025",
            True,
        ),
        ("我表哥在交警有熟人，罚单能帮你消，先转500给他", "TXT025", True),
        (
            "Sepupu saya boleh luluskan permohonan HDB awak, transfer $800 ke akaun dia",
            "TXT025",
            True,
        ),
        # A handyman who can fix it for the reader fixes no official matter.
        ("My brother can fix it for you, just pay him $50 after he's done", "TXT025", False),
    ],
)
async def test_whose_pay_whose_win_who_is_asked(text: str, code: str, flagged: bool) -> None:
    assert (code in await codes(CHECKER, text)) is flagged


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # A recruiter who names no pay, only the rating work done online and a reply to send.
        (
            "Hi, I'm Mark from a staffing firm. Our client needs people to increase their app "
            "downloads, fully remote. Can I share details?",
            True,
        ),
        (
            "We are recruiting on behalf of an e-commerce agency to raise sellers' product "
            "rankings, all from home. Interested? Text YES",
            True,
        ),
        # A call for volunteers for the day's tasks names no online work.
        (
            "Our team is recruiting volunteers for tasks at the food bank, reply YES to sign up",
            False,
        ),
        (
            "Hi all, the team needs help with tasks this Saturday for the CC event, we are "
            "recruiting helpers. Reply 1 to join",
            False,
        ),
    ],
)
async def test_recruiting_for_rating_work_online_with_a_reply(text: str, flagged: bool) -> None:
    assert ("FAM001" in await codes(CHECKER, text)) is flagged


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # Work from home for whoever is keen, and the way to answer.
        ("Berminat kerja dari rumah? Balas 1 untuk maklumat lanjut", True),
        ("veetula irundhe velai, interest iruntha reply pannunga", True),
        ("வீட்டிலிருந்து வேலை, விருப்பம் இருந்தா 1 reply பண்ணுங்க", True),
        # Only a question about the online job, or only "text me", signs no stranger up.
        ("Is the online job still available? Pls reply", False),
        ("Sis, you still doing the online job? Text me when free", False),
        (
            "Dear staff, the company will allow kerja dari rumah on Friday. Please reply to confirm",
            False,
        ),
        ("I'm looking for a remote job, any openings? Text me pls", False),
    ],
)
async def test_work_from_home_for_whoever_is_keen_with_a_reply(text: str, flagged: bool) -> None:
    assert ("FAM001" in await codes(CHECKER, text)) is flagged


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # Told he is hired and passed on to a handler on a chat app.
        (
            "Congratulations, you've been hired! Please message your supervisor on Telegram "
            "@mia_sup2 to start your training today.",
            True,
        ),
        ("恭喜被录用！请联系你的导师 @daoshi_wang 开始", True),
        (
            "Selamat, permohonan jawatan anda berjaya. Sila hubungi mentor anda di WhatsApp "
            "+65 8123 4567",
            True,
        ),
        (
            "Unga application approve aayiduchu. Ungal mentor kitta Telegram la pesunga @mentor_k",
            True,
        ),
        # A leave approved, a roster to check: no job handed over.
        ("Permohonan cuti anda telah diluluskan. Sila hubungi penyelia anda.", False),
        (
            "Hi all, roster for next week is up on the staff portal. Please check your shifts and "
            "message your supervisor Ms Wong if any clash.",
            False,
        ),
    ],
)
async def test_hired_and_passed_to_a_handler_on_a_chat_app(text: str, flagged: bool) -> None:
    assert ("FAM001" in await codes(CHECKER, text)) is flagged


async def test_a_fee_first_told_to_one_just_hired_is_pay_to_work() -> None:
    text = "Tahniah anda diterima kerja. Bayar yuran RM99 dulu, gaji pertama dibayar esok."
    assert "TXT004" in await codes(CHECKER, text)


@pytest.mark.parametrize(
    "text",
    [
        "Tahniah adik diterima kerja kat Petronas! Jom belanja makan Sabtu ni.",
        "Kak, boleh tak pinjam RM100 dulu? Gaji saya masuk Isnin. Nanti saya bayar balik.",
    ],
)
async def test_a_new_hire_congratulated_or_a_payday_named_is_no_pay_to_work(text: str) -> None:
    assert not {"TXT004", "FAM001"} & await codes(CHECKER, text)


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # A fee to be paid before the work or the withdrawal is the task scam's.
        (
            "Your VIP task is complete. To withdraw your earnings of $1,280 you must first pay "
            "a fee of $300.",
            True,
        ),
        # A lender's fee deducted from what it pays out is paid first by nobody, however the
        # payout is worded ("will be credited", "pengeluaran").
        (
            "Your loan of $5,000 is approved. The admin fee of $50 will be deducted from the "
            "disbursement and the rest will be credited to your account.",
            False,
        ),
        (
            "Pinjaman anda diluluskan. Caj pemprosesan 1% akan ditolak daripada jumlah "
            "pengeluaran, baki akan dikreditkan ke akaun anda.",
            False,
        ),
    ],
)
async def test_a_fee_deducted_from_the_payout_is_no_fee_to_work(text: str, flagged: bool) -> None:
    assert ("TXT004" in await codes(CHECKER, text)) is flagged


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        (
            "To withdraw your 9,000 USDT profit, pay the verification fee of 900 USDT first.",
            True,
        ),
        # An exchange's fee taken off the withdrawal itself.
        (
            "Withdrawal of your 2 ETH profit: the 0.5% fee will be deducted from your payout.",
            False,
        ),
    ],
)
async def test_a_withdrawal_fee_deducted_from_the_payout_is_no_investment_scam(
    text: str, flagged: bool
) -> None:
    assert ("FAM011" in await codes(CHECKER, text)) is flagged


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("我们公司在招兼职，可以在家做，你有兴趣吗？", True),
        # A friend who passes the reader's number on to the one hiring is a referral.
        ("我大学的学长在招兼职，可以在家做，你有兴趣吗？我把你的电话给他", False),
        (
            "My senior from poly is hiring part-timers, can work from home. Keen? I can pass "
            "your number to him",
            False,
        ),
    ],
)
async def test_remote_work_passed_on_by_a_friend_is_a_referral(text: str, flagged: bool) -> None:
    assert ("FAM001" in await codes(CHECKER, text)) is flagged


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Please give your card number and CVV to verify", True),
        # An officer's own warrant card number, and a statement to be given at the station.
        (
            "This is Sgt Lim from Bedok NPC, my warrant card number is 12345, please come down "
            "to the station with your IC to give a statement about the accident you reported",
            False,
        ),
    ],
)
async def test_an_officers_warrant_card_is_no_card_details(text: str, flagged: bool) -> None:
    assert ("TXT023" in await codes(CHECKER, text)) is flagged


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # A third person's month's pay with the reader invited and a way in is the bait.
        (
            "My cousin joined this team, she earns $8000 a month from home, you can join too: "
            "wa.me/6581234567",
            True,
        ),
        ("她月薪3万，你也可以试试，加微信 abc123", True),
        # Family news, or a nudge to apply at a real employer, invites no one to a stranger.
        ("His salary 30k a month", False),
        ("Gaji dia 5k sebulan, awak pun boleh mohon kat syarikat dia", False),
    ],
)
async def test_a_third_persons_month_of_pay_is_bait_only_with_an_invitation(
    text: str, flagged: bool
) -> None:
    assert ("FAM001" in await codes(CHECKER, text)) is flagged


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # A bank that names itself and gives its Singapore fixed line, calmly, as its own card
        # and payee alerts do.
        (
            "UOB: Your card ending 7732 has been added to Apple Pay. If you did not request "
            "this, call us at +65 6123 4567.",
            False,
        ),
        (
            "Maybank: A new payee was added to your account. If this wasn't you, please call us "
            "at 6123 4567.",
            False,
        ),
        # A fixed line with nothing more said is let be, whoever names himself: Trust's and
        # Singapore Pools' own alerts read the same (a precision choice; the lead's merge).
        (
            "Apple Pay: Your card was added to a new iPhone 15 Pro. If this was not you, call "
            "Apple Support at +65 6123 4567.",
            False,
        ),
        # The same line for a fraud team to stop the charge, or beside a stranger's link; and
        # a mobile, which no bank answers on.
        (
            "DBS: Your card ending 4821 was used for SGD 2,899 in Bangkok. If this was not you, "
            "call our fraud team at +65 6123 4567 immediately.",
            True,
        ),
        (
            "OCBC: a new payee was added. Not you? Cancel at ocbc-cancel.top or call 6123 4567",
            True,
        ),
        ("UOB: a new payee was added. If this wasn't you, call us at 8123 4567.", True),
    ],
)
async def test_a_singapore_landline_in_a_named_calm_alert_is_the_bank_s_own(
    text: str, flagged: bool
) -> None:
    assert ("TXT030" in await codes(CHECKER, text)) is flagged


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # A YES/NO fraud check beside the opt-out line the carriers require of its sender.
        (
            "Capital One: Did you attempt a purchase of $310.00 at AMAZON MKTP? Reply Y or N. To "
            "opt out txt STOP",
            False,
        ),
        # Without it, the scams' first step reads the same: still flagged.
        (
            "Chase Fraud Alert: Did you attempt a purchase of $419.99 at Walmart? Reply YES or NO.",
            True,
        ),
        # A reply that brings a call from the "fraud team".
        (
            "Lloyds: Did you just pay £420.00 to K WRIGHT? If not, reply 1 and wait for a call "
            "from our fraud team.",
            True,
        ),
        (
            "DBS: A transaction of SGD 1,280.00 was attempted on your card. If this wasn't you, "
            "reply 1 and our officer will call you.",
            True,
        ),
        # A reply that is the answer itself.
        (
            "Wells Fargo: Your card ending 0934 was used for $212.50 at SHELL OIL. Reply 1 if you "
            "recognize this, 2 if you don't.",
            False,
        ),
    ],
)
async def test_a_reply_is_a_bank_s_check_unless_it_brings_a_call(text: str, flagged: bool) -> None:
    assert ("TXT030" in await codes(CHECKER, text)) is flagged


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Verizon: Your 12,300 loyalty pts expire 12/10. Redeem them: vzw-points.claim.icu", True),
        ("T-Mobile: your 4,500 reward pts expire tonight. redeem now at tmo-pts.redeem.top", True),
        # Points in the carrier's own app, or a score in a game.
        ("StarHub: you earned 200 pts this month. See your rewards in the My StarHub app.", False),
        ("we won 3 pts to 1 last night, see u at training", False),
    ],
)
async def test_points_written_pts_expire_at_a_stranger_s_link(text: str, flagged: bool) -> None:
    assert ("TXT020" in await codes(CHECKER, text)) is flagged


@pytest.mark.parametrize(
    ("text", "landline"),
    [
        ("If this wasn't you, call us at 6123 4567.", True),
        ("If this wasn't you, call us at +65 6123 4567.", True),
        ("If this wasn't you, call us at +65-6123-4567.", True),
        # A mobile, a toll-free line, or a fixed line spelt out to slip past filters.
        ("If this wasn't you, call us at 8123 4567.", False),
        ("If this wasn't you, call us at 1800 227 8889.", False),
        ("If this wasn't you, call us at 6 1 2 3 4 5 6 7.", False),
    ],
)
def test_a_singapore_fixed_line_written_as_singapore_writes_it_is_a_landline(
    text: str, landline: bool
) -> None:
    case = prepare(Submission(text=text))
    assert ("landline" in {hit.concept for hit in case.hits}) is landline


@pytest.mark.parametrize(
    ("text", "code", "flagged"),
    [
        # A notice's "任何声称…的均为诈骗" quotes the scam's words; the scam's own line asks.
        (
            "【中国人民银行征信中心】温馨提示：个人信用报告可通过官方网站或商业银行网点免费查询，"
            "任何声称“修复征信”“注销校园贷”的均为诈骗。",
            "TXT028",
            False,
        ),
        ("您的征信存在逾期记录，内部渠道修复征信，当天删除，加QQ详谈", "TXT028", True),
        # A shop answering the customer's own complaint offers the refund asked for.
        (
            "亲，您好，您反馈的衣服开线问题我们已经登记了，可以直接申请退货退款，有任何问题在订单"
            "页面联系我们就行。",
            "TXT011",
            False,
        ),
        (
            "您好，您购买的面膜检测不合格，我们给您办理退款理赔，请联系我们的理赔专员。",
            "TXT011",
            True,
        ),
    ],
)
async def test_a_warning_and_a_reply_to_ones_own_complaint_ask_nothing(
    text: str, code: str, flagged: bool
) -> None:
    assert (code in await codes(CHECKER, text)) is flagged


@pytest.mark.parametrize(
    ("text", "code", "flagged"),
    [
        # A boss's instruction reported between colleagues, a reminder of the day's end, and
        # "if urgent, message me" press nobody.
        ("老板交代的那个展会物料，记得下班前跟印刷厂确认一下数量。", "TXT031", False),
        ("老板交代的那个展会物料，记得下班前跟印刷厂确认一下数量。", "TXT017", False),
        ("我现在开会不方便接电话，有急事发消息，散会后回你。", "TXT017", False),
        # Told to the reader as the boss's order, with money to move, it still claims him.
        ("老板交代，下班前把货款转到这个账户，他在开会不方便接电话。", "TXT031", True),
        (
            "会计小吴，老板交代的，供应商定金5万今天转，账户：Maybank 5141 2233 9087，快点。",
            "TXT031",
            True,
        ),
        ("我在开会，有急事，你先帮我转5000到这个账户", "TXT017", True),
    ],
)
async def test_a_reported_instruction_and_a_conditional_hurry_are_no_claims(
    text: str, code: str, flagged: bool
) -> None:
    assert (code in await codes(CHECKER, text)) is flagged


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # A "unit" that orders from a shop and has the shop pay first: a supplier it names, or
        # a bid deposit.
        (
            "老板，我们是边防派出所，要订一批办公用品，你们没有的那个型号我这有供应商电话，"
            "你帮我跟他订一下，钱你先出我们月底对公转你。",
            True,
        ),
        (
            "您好，驻地部队采购，需要定制锦旗20面，我们领导签字后走流程，需要您先交投标保证金5000元。",
            True,
        ),
        # A real unit's order, paid by the unit, asks the shop for nothing.
        ("武警支队今天来我们店订了50份早餐，用的是单位公务卡，开了发票，挺正常的。", False),
        ("您好，我们部队食堂要订一批蔬菜，货到验收后按合同对公付款。", False),
    ],
)
async def test_a_unit_that_has_its_seller_pay_first(text: str, flagged: bool) -> None:
    assert ("TXT015" in await codes(CHECKER, text)) is flagged


@pytest.mark.parametrize(
    ("text", "code", "flagged"),
    [
        # A credit-limit raise at a stranger's number.
        (
            "【信用卡中心】尊敬的客户，您的信用卡符合提额条件，额度可提升至10万元，致电 +65 9123 4567 "
            "专员为您服务。",
            "FAM003",
            True,
        ),
        ("我想申请信用卡提额，银行APP上点了一下，说要等三个月后再评估。", "FAM003", False),
        # A "百万保障" closed by paying a stranger; a real cancellation pays nobody.
        (
            "亲，您在快手开通了百万保障会员，现在要关闭的话，您先打开支付宝，点转账，我告诉您账号。",
            "TXT034",
            True,
        ),
        ("【微信支付】您已成功关闭“先用后付”服务，后续将不再自动扣费。", "TXT034", False),
        # A campus-loan account "not cancelled", with a chat to cancel it through.
        (
            "同学你好，你在校园贷平台有未结清的记录，毕业前不注销会被纳入失信名单，请添加专员QQ "
            "3318000007 办理注销",
            "TXT034",
            True,
        ),
        ("我的校园贷早就还清了，征信报告我昨天去银行打了一份，干干净净。", "TXT034", False),
    ],
)
async def test_a_limit_raise_a_closure_and_a_campus_loan_through_a_stranger(
    text: str, code: str, flagged: bool
) -> None:
    assert (code in await codes(CHECKER, text)) is flagged


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # Gifts bought for a streamer, paid back with a bonus on top.
        ("帮主播冲榜吧，给她刷游艇，公会会把钱返给你并且另给20%奖励，我发截图给你看。", True),
        # A friend who only asks for a like, or a gift sent for fun, pays nothing back.
        ("今天直播间人好多，我给主播刷了个小心心，哈哈，她唱歌真好听", False),
        ("宝 你帮我那个视频点个赞 朋友圈转发一下 我们店参加评比 谢谢啦", False),
    ],
)
async def test_gifts_to_a_streamer_paid_back_with_a_bonus(text: str, flagged: bool) -> None:
    assert ("TXT001" in await codes(CHECKER, text)) is flagged


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        (
            "Want a FREE camera phone? 600 anytime any network mins + half price line rental. "
            "Reply or call +65 8123 4567 for delivery 2moro",
            True,
        ),
        (
            "Do you want a New Nokia colour phone delivered tomorrow? With 300 free minutes + "
            "FREE camcorder, reply or call +65 9123 4567",
            True,
        ),
        ("12 mths half price Orange line rental: 400 mins. Call +65 6123 4567 to update", True),
        # A phone got for free with a plan, or a carrier's own offer at its own site, sells
        # nothing through a stranger's number.
        ("I got the new camera phone from the roadshow for free with the 2 yr plan!", False),
        ("Our new plan has free line rental for 6 months! Visit singtel.com", False),
        (
            "Hey, my sis said she can get us a free phone upgrade with her family plan, call "
            "her at +65 9123 4567",
            False,
        ),
    ],
)
async def test_a_free_handset_sold_through_a_strangers_number_is_a_prize(
    text: str, flagged: bool
) -> None:
    assert ("TXT020" in await codes(CHECKER, text)) is flagged


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # The threat, then the number to ring "to verify" a sentence later.
        (
            "Dear customer your PAY2TMKYC has been expired, it will be bl0cked within 24 hour, "
            "please contact customer! Care ph +65 9123 4567 immediately to verify",
            True,
        ),
        # No hurry and no number to ring: the provider's own notice.
        (
            "Your e-wallet has been blocked after 3 wrong PIN attempts. Verify your identity in "
            "the app to unblock it.",
            False,
        ),
    ],
)
async def test_a_block_to_be_verified_at_once_over_a_strangers_number_is_a_threat(
    text: str, flagged: bool
) -> None:
    assert ("TXT008" in await codes(CHECKER, text)) is flagged


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        (
            "Your B4U voucher this week is MARSMS. Log onto www.b4u-tele.example.com for "
            "discount credit. Customer care 08717168528",
            True,
        ),
        # A shop's ordinary line beside its link costs the caller nothing extra.
        (
            "Your voucher this week is MARSMS. Log onto www.b4u-tele.example.com for discount "
            "credit. Customer care +65 6123 4567",
            False,
        ),
    ],
)
async def test_a_premium_rate_customer_line_beside_a_link_is_a_paid_number(
    text: str, flagged: bool
) -> None:
    assert ("TXT032" in await codes(CHECKER, text)) is flagged


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        (
            "Natalie (20/F) is inviting you to be her friend. Reply YES-165 or NO-165 See her: "
            "www.sms-friends.example.com/u/natalie2k9",
            True,
        ),
        (
            "Get tons of sexy babes straight to your phone! go to http://gotbabes.example.co.uk",
            True,
        ),
        # A platform's own invitation from a friend, with no stranger's link or number.
        ("Your friend Mei has invited you to join her on Strava. Tap to accept.", False),
    ],
)
async def test_a_strangers_friend_invitation_or_chat_line_is_a_dating_lure(
    text: str, flagged: bool
) -> None:
    assert ("TXT029" in await codes(CHECKER, text)) is flagged


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        (
            "FreeMsg: Wanna get ur fav chart ringtones 4 free? Reply TONES and join the club, "
            "just 3 quid a week",
            True,
        ),
        ("Text WIN to your mate if we win tonight haha, 5 quid says we lose", False),
    ],
)
async def test_a_weekly_charge_in_quid_sells_premium_content(text: str, flagged: bool) -> None:
    assert ("TXT032" in await codes(CHECKER, text)) is flagged


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        (
            "Dear Voucher Holder, to claim this weeks offer, at your PC please go to "
            "http://www.wk-voucher.example.co.uk/claim. Ts&Cs apply.",
            True,
        ),
        (
            "THIS MOBILE NUMBER HAS GAINED THE SUM US$450,000.00 FROM MML, FOR DETAIL SEND YOUR "
            "NAME AND ADDRESS TO EMAIL claims@example.com",
            True,
        ),
        # A voucher already in the reader's own account asks nothing.
        ("Your Grab voucher code: GRABFOOD5 - $5 off your next order. Valid till 31 Dec.", False),
    ],
)
async def test_a_voucher_holder_or_a_number_that_gained_a_sum_is_a_prize(
    text: str, flagged: bool
) -> None:
    assert ("TXT020" in await codes(CHECKER, text)) is flagged


@pytest.mark.parametrize(
    ("text", "code", "flagged"),
    [
        # Card details "needed" by a caller who offers to cancel a charge (brief s39ms); a
        # parent asking a teacher about an account number is no card request.
        (
            "Saya dari jabatan kad kredit. Ada caj RM3,999 atas nama cik. Kalau bukan cik, saya "
            "boleh bantu batalkan. Cuma perlukan nombor kad dan tarikh luput untuk semak.",
            "TXT023",
            True,
        ),
        ("Cikgu, anak sy perlukan nombor akaun untuk biasiswa ke?", "TXT023", False),
        # A "buyer" whose money comes in only once the seller upgrades his account: since
        # bare "baru" is no longer read as perbarui (s40ms), the fee that releases the money
        # (TXT041) is what names it.
        (
            "Sy dah transfer RM450 tp bank kata awk kena upgrade akaun dulu baru duit masuk. "
            "Awk kena bayar RM200 dulu, nnt dpt balik.",
            "TXT041",
            True,
        ),
        ("Sy dah transfer RM50 kat awk tadi, baru duit masuk ke?", "TXT015", False),
        (
            "Bank kata kena aktifkan akaun dulu baru duit gaji boleh masuk, so sy pergi "
            "cawangan esok.",
            "TXT015",
            False,
        ),
        # A police report "on your IC", and an officer of another agency to be obeyed.
        (
            "Saya Sarjan Azlan dari IPD. Ada laporan polis atas IC awk. Awk kena beri "
            "kerjasama. Nanti ada pegawai BNM akan call.",
            "FAM010",
            True,
        ),
        (
            "Ada laporan polis atas nama awak pasal kemalangan semalam, sila datang balai "
            "untuk beri keterangan.",
            "FAM010",
            False,
        ),
        # A month's fortune from trading and "want to try?".
        (
            "Abang dah buat RM8k bulan ni main crypto dgn mentor sy. Awk nk cuba? Modal kecil "
            "pun boleh, sy ajar.",
            "FAM011",
            True,
        ),
        ("Abang dah buat RM8k bulan ni main crypto, untung betul dia.", "FAM011", False),
        # Other staff to be kept in the dark, in a hurry: the fake boss's opener.
        (
            "Awk ada masa? Sy perlukan bantuan awk sikit, urgent. Jangan beritahu staff lain "
            "dulu.",
            "TXT031",
            True,
        ),
        (
            "Ada masa? Nak minta tolong sikit, jangan beritahu mak dulu, surprise birthday dia.",
            "TXT031",
            False,
        ),
        # A warning that quotes the scam's words ("jangan percaya mesej ...") describes it.
        (
            'Awas! Jangan percaya mesej "akaun anda akan disekat" dari nombor tak dikenali.',
            "TXT019",
            False,
        ),
        ("Akaun anda akan disekat dlm 24 jam, sila hubungi kami.", "TXT019", True),
        # A prize collected in person at a hall; a prize claimed at a stranger's link.
        (
            "Tahniah kepada pemenang cabutan bertuah Hari Keluarga! Sila ambil hadiah di dewan "
            "orang ramai Sabtu ini.",
            "TXT020",
            False,
        ),
        (
            "Tahniah anda pemenang cabutan bertuah! Sila ambil hadiah di hadiah-menang.com",
            "TXT020",
            True,
        ),
        # A child's account "not active yet" is no verification asked.
        (
            "Abah, blh guna akaun abah utk terima duit biasiswa sy x? Akaun sy blm aktif lagi.",
            "TXT015",
            False,
        ),
        # A vote counted is no task paid.
        (
            "Jom like video kelas kami utk pertandingan sekolah! Setiap like dikira, terima "
            "kasih semua",
            "TXT001",
            False,
        ),
        ("Like video TikTok dapat komisen RM5, setiap like dibayar terus.", "TXT001", True),
        # A broken phone as the new number's reason, and money needed.
        (
            "Kak, sy kawan anak akak. Phone dia rosak. Dia perlukan duit sikit utk bayar hostel.",
            "TXT014",
            True,
        ),
        (
            "Mak, phone adik rosak, ni guna phone kawan. Nanti adik call balik bila dah baiki.",
            "TXT014",
            False,
        ),
        # "Akaun bank encik" to be frozen; the rent paid into it is no threat.
        (
            "Encik, ini pegawai LHDN. Kalau tak selesai hari ni, kami terpaksa bekukan akaun "
            "bank encik.",
            "TXT008",
            True,
        ),
        ("Encik, sewa bulan Disember dah masuk akaun bank encik pagi tadi.", "TXT008", False),
        # Money received into one's own account and taken out in cash for pay: the mule's job.
        (
            "Bro, kerja ni senang je. Ko terima duit dalam akaun ko, pastu ko keluarkan tunai "
            "bagi kat runner aku. Satu kali RM200.",
            "TXT005",
            True,
        ),
        (
            "Awk akan terima duit dalam akaun awk esok, pastu keluarkan RM200 bagi kat nenek ye.",
            "TXT005",
            False,
        ),
        # A bank account sold by its bank's name; closing one is no sale.
        (
            "Sy nak jual akaun Maybank sy yg dah x guna. Ada org nak beli RM600.",
            "TXT005",
            True,
        ),
        ("Sy nak tutup akaun Maybank sy yg dah x guna, kena pergi cawangan ke?", "TXT005", False),
    ],
)
async def test_malay_requests_in_pieces_and_their_everyday_twins(
    text: str, code: str, flagged: bool
) -> None:
    assert (code in await codes(CHECKER, text)) is flagged


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # A bank's own alert gives its Singapore fixed line, which no list here need hold.
        (
            "UOB: Your card ending 8812 was used for SGD 23.90 at GRAB*RIDES on 08 Dec. "
            "Not you? Call +65 6123 4567 (24hrs).",
            False,
        ),
        (
            "Maybank: Transaksi SGD 45.00 di SHENG SIONG menggunakan kad berakhir 7712. "
            "Jika bukan anda, hubungi 6123 4567.",
            False,
        ),
        (
            "Standard Chartered: Your daily PayNow limit was changed to S$5,000. If you did not "
            "authorise this change, please call our 24-hour hotline 6123 4567.",
            False,
        ),
        # The call-back scam with a fixed line still says what the call is for: to undo the
        # charge, or what follows if the reader does not call, or a charge made up abroad.
        (
            "UOB: Your card was used for SGD 2,380.00 at LAZADA. If you did not authorise, "
            "reply N or call 6591 2210 to block card",
            True,
        ),
        (
            "DBS: Your card ending 4821 was used for a transaction of SGD 2,899 in Bangkok. "
            "If this was not you, call our fraud team at +65 6123 9876 immediately.",
            True,
        ),
        (
            "OCBC: உங்க கிரெடிட் கார்டில் $1,299 பேமென்ட் பெண்டிங்கில் இருக்கு. நீங்க "
            "பண்ணலைன்னா உடனே கேன்சல் பண்ண இந்த நம்பரை கூப்பிடுங்க +65 6011 2233.",
            True,
        ),
        # A mobile is no bank's line, whatever the alert says.
        (
            "UOB: Your card ending 8812 was used for SGD 23.90 at GRAB. Not you? Call 8123 4567.",
            True,
        ),
    ],
)
async def test_an_alert_that_gives_a_local_landline_is_no_call_back_scam_unless_it_says_why(
    text: str, flagged: bool
) -> None:
    assert ("TXT030" in await codes(CHECKER, text)) is flagged


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # A Singapore fixed line charges nobody by the minute.
        (
            "Citi Alert: A new device was registered for Citi Mobile on 07-Dec 22:10. If you "
            "did not do this, call +65 6123 4567 now.",
            False,
        ),
    ],
)
async def test_a_local_landline_is_no_paid_number_to_call_back(text: str, flagged: bool) -> None:
    assert ("TXT032" in await codes(CHECKER, text)) is flagged


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # Unpaid help asked for, from home too, is no job.
        (
            "Masjid Al-Muttaqin: Kami perlukan sukarelawan untuk program agihan beras. Kerja "
            "sukarela boleh dibuat dari rumah (susun senarai penerima). Balas jika berminat.",
            False,
        ),
        (
            "Kovil la Deepavali ku volunteers venum, veetla irundhe phone calls pannalam. "
            "Interest irundha reply pannunga",
            False,
        ),
        # Pay named is the lure, whatever the work is called.
        (
            "Kerja dari rumah! Pendapatan $200-$600 sehari hanya like video. Balas YA jika berminat.",
            True,
        ),
        ("Volunteer from home and earn $300 a day, reply if interested", True),
    ],
)
async def test_volunteer_work_from_home_is_no_job_scam(text: str, flagged: bool) -> None:
    found = await codes(CHECKER, text)
    assert bool({"FAM001", "TXT002"} & set(found)) is flagged


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # A draw's terms: who bears the car's road tax (a bill the car brings, not a fee).
        (
            "Our company D&D lucky draw grand prize this year is a car lor, winner pays own road "
            "tax and insurance. Crazy",
            False,
        ),
        (
            "Tahniah, awak menang kereta dalam cabutan bertuah D&D syarikat! Cukai jalan dan "
            "insurans tahun pertama syarikat tanggung. Ambil kunci di HR.",
            False,
        ),
        # The fake prize names the sum to pay first, road tax or not.
        (
            "Congratulations! You have won a Toyota Corolla in our anniversary lucky draw. To "
            "release the car, pay road tax and insurance of $2,380 to the account below.",
            True,
        ),
        (
            "Tahniah! Anda memenangi kereta Honda dalam cabutan bertuah. Bayar cukai kenderaan "
            "$2,200 dahulu untuk tuntut hadiah.",
            True,
        ),
    ],
)
async def test_a_cars_road_tax_is_a_bill_not_a_prizes_fee(text: str, flagged: bool) -> None:
    found = await codes(CHECKER, text)
    assert bool({"FAM006", "TXT020"} & set(found)) is flagged


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # A real draw's prize is collected in person, at the mall's concierge.
        (
            "Congratulations, your receipt entry won a $50 CapitaVoucher in the Jewel Christmas "
            "Lucky Draw! Collect at the Level 1 concierge with your NRIC by 31 Dec.",
            False,
        ),
        ("Congratulations, you won $500 in our lucky draw! Claim at prize-sg.example.top", True),
    ],
)
async def test_a_prize_collected_at_the_concierge_is_a_real_draws(
    text: str, flagged: bool
) -> None:
    assert ("TXT020" in await codes(CHECKER, text)) is flagged


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # A charge still pending, or a fraud desk to call: the call is to undo it.
        (
            "OCBC: A payment of SGD 1,299.00 to SHOPEE is pending. If this was not you, call "
            "6123 4567.",
            True,
        ),
        (
            "Maybank: Card ending 7712 was used for SGD 980.00. If not you, call our fraud "
            "department at 6123 4567.",
            True,
        ),
        # A payment the reader made, reported after the fact, with the bank's line.
        (
            "OCBC: SGD 1,500.00 was transferred via PayNow to ALICE TEO on 07 Dec. If this was "
            "not done by you, call us at 6123 4567.",
            False,
        ),
    ],
)
async def test_a_landline_to_undo_a_pending_charge_is_the_call_back_scams(
    text: str, flagged: bool
) -> None:
    assert ("TXT030" in await codes(CHECKER, text)) is flagged


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        (
            "DBS: Reply N if you did not request a higher card limit. Otherwise no action is required.",
            False,
        ),
        ("Action required: verify your account today", True),
    ],
)
async def test_no_action_required_is_no_urgency(text: str, flagged: bool) -> None:
    assert ("TXT017" in await codes(CHECKER, text)) is flagged


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # Pay told as taken over a period just past, from online or task work, with a way in.
        (
            "Eh my ex-colleague earned $6,000 this month from this online part time, she say "
            "still got slots. You want I pass your number to her agent?",
            True,
        ),
        (
            "Intha maasam income 6k bro, just app rating task. Unakku venuma? Telegram @abc_task",
            True,
        ),
        ("本月收入5千+，每天只需一小时，宝妈学生都可以做，感兴趣加我Telegram @abc_jz", True),
        # The same pay told as news, or beside an invitation to something else.
        (
            "My ex-colleague earned $6,000 this month from commission, property market damn hot now",
            False,
        ),
        (
            "My cousin earned $5,000 this month from his online shop, want to try his kueh? I can "
            "send you the link to order",
            False,
        ),
        (
            "This month I earned $3,200 at the cafe, they still need people for weekend shifts, "
            "keen? I pass your number to my manager",
            False,
        ),
    ],
)
async def test_pay_told_over_a_period_just_past_is_bait_only_with_a_way_in(
    text: str, flagged: bool
) -> None:
    assert ("FAM001" in await codes(CHECKER, text)) is flagged


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # An interview held as a chat on a chat app.
        (
            "Our HR will interview you on WhatsApp text, no video needed. Please save my number",
            True,
        ),
        ("Interview Telegram chat la mattum dhaan. @hr_abc_sg add pannunga", True),
        # A chat app used to fix a real interview.
        ("Please confirm your interview at our Jurong office on WhatsApp, thanks", False),
    ],
)
async def test_an_interview_held_as_a_chat(text: str, flagged: bool) -> None:
    assert ("TXT003" in await codes(CHECKER, text)) is flagged


async def test_a_licensed_agency_that_came_across_a_profile_is_no_stranger() -> None:
    text = (
        "Dear candidate, I came across your profile on MyCareersFuture and would like to discuss "
        "an Accounts Executive role (basic $3,800-$4,200). Could we arrange a call tomorrow? "
        "Regards, Daniel Ong, EA Lic 19C4567"
    )
    assert "FAM001" not in await codes(CHECKER, text)
    assert "FAM001" in await codes(CHECKER, text.replace(", EA Lic 19C4567", ""))


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # Singlish drops the article: the reader's "sounds like scam" describes.
        (
            "My mum's friend asked if she can use my bank account to receive money, I said no "
            "lah, sounds like scam",
            False,
        ),
        # The pitch that owns it sounds like one still asks.
        (
            "I know it sounds like scam but this job is real, just receive payments into your "
            "account and transfer to our company, keep 5%",
            True,
        ),
    ],
)
async def test_sounds_like_scam_describes_unless_the_pitch_owns_it(
    text: str, flagged: bool
) -> None:
    assert ("TXT005" in await codes(CHECKER, text)) is flagged


async def test_pay_told_this_month_is_bait_even_beside_a_references_words() -> None:
    # "your ex colleague" is a reference's formal_job; no real advert tells this month's takings.
    text = (
        "Hello! Your ex-colleague gave us your contact. She already earned $6,000 this month doing "
        "simple online tasks. Do you want to try? Click to start: taskhub-career.example/start"
    )
    assert "FAM001" in await codes(CHECKER, text)
    assert "FAM001" not in await codes(
        CHECKER, "Your ex-colleague earned $6,000 this month doing simple online tasks, wow"
    )


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # SGSecure, the Home Affairs ministry's programme, borrowed with a stranger's link and
        # a report or a fine behind the order.
        (
            "SGSecure: As part of national security exercise all residents must register their "
            "household at sgsecure-register.example.com by Friday. Non-compliance will be reported.",
            True,
        ),
        (
            "SGSecure: residents are required to update their household particulars at "
            "sgsecure-update.example.net within 3 days or face a fine.",
            True,
        ),
        # Its real notices send the reader to a CC or its own app.
        (
            "SGSecure: Join the Community Emergency Preparedness Programme at your CC on 22 Jun. "
            "Register via the SGSecure app or at your CC.",
            False,
        ),
        (
            "SGSecure: Residents are encouraged to sign up for the SGSecure Responders' Network. "
            "Find out more in the SGSecure app.",
            False,
        ),
    ],
)
async def test_sgsecure_is_an_agency_whose_name_is_borrowed(text: str, flagged: bool) -> None:
    assert ("FAM010" in await codes(CHECKER, text)) is flagged


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        (
            "Hi dear, my account kena hacked, can u help me receive a code? It will come to ur "
            "phone, just screenshot and send me",
            True,
        ),
        ("Bro can u receive the OTP for me? My phone spoil, I put ur number", True),
        # A parcel received for a friend, a service's own code, a gate's code: no take-over.
        ("Can you help me receive a parcel tmr? I not home", False),
        ("You will receive a code by SMS. Enter it in the app to log in.", False),
        ("Can help me get the code for the gate? I forgot again", False),
    ],
)
async def test_a_code_to_be_received_for_the_writer_is_an_otp_request(
    text: str, flagged: bool
) -> None:
    assert ("TXT009" in await codes(CHECKER, text)) is flagged


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # An app fetched from the app stores is no stranger's install.
        ("MHA: SGSecure app now has new features. Download from App Store or Google Play.", False),
        (
            "MHA: SGSecure app now has new features. Download the app at sgsecure-apk.example.com",
            True,
        ),
    ],
)
async def test_download_from_the_app_store_is_no_strangers_app(text: str, flagged: bool) -> None:
    assert ("TXT033" in await codes(CHECKER, text)) is flagged


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # An insider's tip or an institution's own allotment, and a sum to put in first.
        ("机构内部配售的名额有限，明天之前要入金$30,000才可以认购。", True),
        ("內線消息：呢隻股聽日會拉升，想跟嘅聯絡助理。", True),
        ("老师的内线消息，这只股必涨，需要先在APP入金RM8,000才能跟单。", True),
        # A broker's allotment notice, a colleague's rumour, an assistant at the office.
        ("Moomoo：您认购的新股已完成配售，结果可在App内查看。投资涉及风险。", False),
        ("我同事说他有内线消息，说公司年底会发花红，不知道真的假的。", False),
        ("请联系助理安排下星期的会议，谢谢。", False),
    ],
)
async def test_an_insider_s_sure_thing_with_a_sum_to_put_in_is_an_investment_scam(
    text: str, flagged: bool
) -> None:
    assert ("FAM011" in await codes(CHECKER, text)) is flagged


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # A marketplace's "payment-flow" service to be signed before the buyer's money arrives.
        ("买家说已经付款了，但客服说我要先签署金流才能收到钱。", True),
        ("買家付咗錢，但系統話要完成金流認證先收到款。", True),
        # A shop that takes cards through its payment service.
        ("本店已开通金流服务，可以刷卡或PayNow付款。", False),
    ],
)
async def test_a_payment_flow_to_be_signed_before_the_money_arrives_is_the_fake_buyer_s(
    text: str, flagged: bool
) -> None:
    assert ("TXT015" in await codes(CHECKER, text)) is flagged


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # The task scam's advance, and the boss's.
        ("这组任务需要先垫付$500，完成后返还本金和佣金。", True),
        # Each member's own share paid first and reimbursed by the company or the group.
        ("明天公司年会，HR说每人需要先垫付$30的礼物费用，之后报销。", False),
        ("部门聚餐每位同事先垫付$40，月底凭收据报销。", False),
    ],
)
async def test_each_member_s_own_advance_is_no_fee_to_work(text: str, flagged: bool) -> None:
    found = await codes(CHECKER, text)
    assert bool(found & {"TXT004", "FAM002"}) is flagged


@pytest.mark.parametrize(
    ("text", "code", "flagged"),
    [
        # A temple's works or feeding, or a sick child's treatment, asked into a person's account
        # or PayNow (s39ta); the temple's own UEN, office or receipt is its channel.
        ("திருப்பணி நன்கொடை என் account-க்கு அனுப்புங்க: Suresh, Maybank 5555-1234", "TXT025", True),
        (
            "கும்பாபிஷேக திருப்பணி நன்கொடை PayNow UEN T08SS0123A மூலம் செலுத்தலாம், ரசீது வழங்கப்படும்.",
            "TXT025",
            False,
        ),
        ("Annadhanam donation ennoda PayNow ku podunga, archanai pannuvom", "TXT025", True),
        ("அன்னதானம் நன்கொடை கோவில் அலுவலகத்தில் அல்லது PayNow மூலம் செலுத்தலாம்.", "TXT025", False),
        (
            "ஏழை குழந்தை operation-க்கு உதவி, முடிந்த தொகையை இந்த number-க்கு அனுப்புங்க +65 9123 4567",
            "TXT025",
            True,
        ),
        ("ஏழை மாணவர்களுக்கு புத்தகம் கொடுத்தோம், உதவிய எல்லாருக்கும் நன்றி.", "TXT025", False),
        # A friend whose bank app is down and whose supplier must be paid; the same trouble over
        # a shared bill names nobody else to pay.
        (
            "என் bank app work ஆகல, supplier-க்கு $3,000 அனுப்பணும், நீ transfer பண்ணு, நாளைக்கு தரேன்",
            "TXT025",
            True,
        ),
        ("என் bank app work ஆகல, நீ bill pay பண்ணு, நாளைக்கு தரேன்", "TXT025", False),
    ],
)
async def test_tamil_appeals_to_a_strangers_account_and_a_friend_paying_a_supplier(
    text: str, code: str, flagged: bool
) -> None:
    assert (code in await codes(CHECKER, text)) is flagged


@pytest.mark.parametrize(
    ("text", "code", "flagged"),
    [
        # Rent paid by PayNow and a bank greeting its customer lend no account (s39ta).
        ("அம்மா, rent-க்கு $900 PayNow பண்ணிட்டேன்", "TXT005", False),
        ("அன்புள்ள வாடிக்கையாளர், உங்கள் கணக்கில் ₹5,000 வரவு வைக்கப்பட்டது.", "TXT005", False),
        # Money that "comes and goes" through the reader's account, a card lent for a month,
        # a Singpass log-in paid for.
        (
            "உங்க account-ல கொஞ்சம் வெள்ளி வந்து போகும், ஒவ்வொரு தடவைக்கும் 100 வெள்ளி தரேன்",
            "TXT005",
            True,
        ),
        ("என் account-ல சம்பளம் வந்து போச்சு, rent கட்டிட்டேன்", "TXT005", False),
        ("Bank card-ஐ ஒரு மாசம் கொடுங்க, 500 வெள்ளி தரேன்", "TXT005", True),
        (
            "Bro un Singpass login kudutha $300 tharen, company register panna mattum, no risk",
            "TXT005",
            True,
        ),
        ("Amma Singpass login panna theriyala, naan help panren", "TXT005", False),
        # A case kept off for money, at a police station; a closed accident case asks nothing.
        (
            "உங்க அப்பா accident பண்ணிட்டார், police station-ல இருக்கார். Case இல்லாம வெளியே விட $2,000 கட்டணும்.",
            "TXT016",
            True,
        ),
        (
            "அப்பா accident case முடிஞ்சது, insurance claim பண்ணிட்டோம், police report கொடுத்தாச்சு.",
            "TXT016",
            False,
        ),
        # Police advice for whoever meets a crime accuses nobody.
        ("சைபர் குற்றம் நடந்தால் 1930 எண்ணை அழைக்கவும் - காவல்துறை", "TXT016", False),
        # A "gift" parcel held at the airport for a clearance fee; a parcel collected there is not.
        (
            "உங்க gift parcel airport-ல clearance-க்காக நிக்குது, clearance fee $700 கட்டுங்க",
            "TXT010",
            True,
        ),
        ("நான் airport-ல இருக்கேன், parcel collect பண்ணிட்டேன், taxi எடுத்து வரேன்.", "TXT010", False),
        # A sum said to double in days; a double shift is no sum.
        ("Crypto la 5k podunga, 7 naal la double, slot limited", "TXT026", True),
        ("Machan 3 naal la double shift work pannen, romba tired da", "TXT026", False),
        # A loan's release behind a fee; a loan already released asks for none.
        ("உங்க loan approve ஆயிடுச்சு, disburse பண்ண processing fee $300 கட்டுங்க", "FAM012", True),
        ("உங்க home loan disburse பண்ணியாச்சு, முதல் EMI அடுத்த மாசம்.", "FAM012", False),
    ],
)
async def test_tamil_lending_cases_gifts_doubling_and_loan_fees(
    text: str, code: str, flagged: bool
) -> None:
    assert (code in await codes(CHECKER, text)) is flagged


async def test_a_tanglish_retelling_heard_from_another_and_called_a_scam_asks_nothing() -> None:
    # "A call came, it seems, saying 'tell the OTP'; I said it's a scam" (s39ta).
    assert not await codes(
        CHECKER, 'Amma ku "OTP sollunga"nu call vandhuchaam, naan scam nu sonnen'
    )


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # A temple's feeding or works (temple_appeal) asked to a person's PayNow (s39ta)...
        (
            "Thaipusam annadhanam ku donation ennoda PayNow ku podunga 8123 4567, receipt appuram",
            True,
        ),
        # ...while temple notices give a committee member's number, the temple's own account
        # or UEN.
        (
            "திருப்பணி நன்கொடை வழங்க விரும்புவோர் செயலாளர் திரு. ராமன் அவர்களை +65 9123 4567 தொடர்பு கொள்ளவும்.",
            False,
        ),
        (
            "அன்னதானத்துக்கு நன்கொடை: Sri Murugan Temple, OCBC 555-123456-001. ஆலய கணக்கிற்கு மட்டும் அனுப்பவும்.",
            False,
        ),
        (
            "Thiruppani donation ku temple UEN S12CC0001A ku PayNow pannalaam, receipt varum.",
            False,
        ),
    ],
)
async def test_a_temple_appeal_to_a_persons_paynow_not_to_the_temples_own(
    text: str, flagged: bool
) -> None:
    assert ("TXT025" in await codes(CHECKER, text)) is flagged


async def test_a_named_bank_s_landline_beside_a_rush_or_a_limit_raise_is_its_own() -> None:
    # s39guard: a bank's own alert gives its Singapore landline, often with "immediately".
    rushed = (
        "DBS: A transaction of SGD 1,248.00 was made with your Visa card ending 4821. "
        "If unauthorised, call us immediately at 6123 4567."
    )
    assert "FAM010" not in await codes(CHECKER, rushed)
    raised = (
        "Citibank: Your request to increase your credit limit to SGD 15,000 has been approved. "
        "Call 6123 4567 if you did not make this request."
    )
    assert "FAM003" not in await codes(CHECKER, raised)
    # No one named, or a mobile, is still the call-back scam's.
    assert "TXT008" in await codes(
        CHECKER, "Your card has been blocked. Call 6123 4567 to verify your identity."
    )
    assert "TXT008" in await codes(
        CHECKER, "Maybank SG: Your card has been blocked. Please call 9123 4567 to verify."
    )
    # A named bank's landline with a rush and "verify" is the scam's still.
    assert "TXT008" in await codes(
        CHECKER, "新加坡银行通知：您的DBS卡被暂停使用，请于今日内致电 +65 6123 4567 重新激活。"
    )
    assert "FAM003" in await codes(
        CHECKER, "【信用卡中心】您的信用卡可提额至10万元，请致电 +65 9123 4567 专员办理。"
    )


async def test_blocked_urgent_verify_and_a_number_spares_a_friend_at_the_branch() -> None:
    friend = (
        "my phone got blocked from the bank app after i changed phone, need to verify urgently "
        "at the branch tmr. if u need me call 9123 4567 its my work phone"
    )
    assert "TXT008" not in await codes(CHECKER, friend)
    assert "TXT008" not in await codes(
        CHECKER,
        "ya my account kena blocked last week, urgent also no use, had to queue at the branch "
        "to verify. bank hotline 6123 4567 always engaged",
    )
    assert "TXT008" in await codes(
        CHECKER,
        "Your wallet KYC has expired and will be blocked within 24 hours. Please contact "
        "customer care 9123 4567 immediately to verify.",
    )


async def test_card_details_needed_by_a_shop_ask_the_reader_nothing() -> None:
    assert "TXT023" not in await codes(
        CHECKER, "Kedai ni perlukan nombor kad untuk deposit bilik hotel, biasa la."
    )
    assert "TXT023" in await codes(
        CHECKER, "Kalau bukan cik, saya boleh bantu. Cuma perlukan nombor kad dan tarikh luput."
    )


async def test_a_cash_on_delivery_amount_is_no_fee_to_release_a_parcel() -> None:
    assert "TXT010" not in await codes(
        CHECKER,
        "J&T: COD parcel $28.50 arriving tomorrow. Driver will call before arriving. If not "
        "home, reply 1 to reschedule.",
    )
    assert "TXT010" in await codes(
        CHECKER,
        "J&T: parcel delivery failed. Reply 1 to reschedule and pay the $2.80 redelivery fee.",
    )


async def test_the_number_on_the_card_and_the_branch_in_person_are_official_in_chinese() -> None:
    assert "TXT019" not in await codes(
        CHECKER, "你的卡被冻结了就赶紧打卡背面的客服电话核实，别打短信里的号码。"
    )
    assert "TXT041" not in await codes(
        CHECKER, "妈，我的银行卡被冻结了，明天要去网点核实身份才能解冻，急用钱的话先用你的卡。"
    )
    assert "TXT019" in await codes(CHECKER, "你的账户已被冻结，请立即联系客服核实。")


async def flagged_zh(text: str) -> bool:
    """Whether the text checker finds anything in a Chinese message."""
    return bool(await codes(CHECKER, text))


@pytest.mark.parametrize(
    ("text", "code", "flagged"),
    [
        # A red packet that waits to be "activated" with a top-up, and a collection appraised at
        # a fortune with fees to be paid first: a windfall held back for a fee.
        (
            "阿姨您好，您有一个政府发放的数字人民币红包888元待领取，需要先开通四类钱包并充值200元激活。",
            "TXT037",
            True,
        ),
        (
            "老师好，您家收藏的那枚纪念币经我们鉴定价值80万，可以上拍卖会，但需要先交鉴定费6800元",
            "TXT037",
            True,
        ),
        # A red packet the employer already paid into one's wallet asks for nothing.
        (
            "单位工会发的数字人民币消费红包200元，已经到我钱包了，你们也去app里看看，超市能用",
            "TXT037",
            False,
        ),
        ("爸，你那些旧邮票我问了，要拍卖得去正规拍卖行，人家是成交后才收佣金", "TXT037", False),
        # A deposit to a tour guide's own WeChat; a tour paid to the school's finance office.
        (
            "夕阳红老年旅游团：云南七日游仅需299元，报名请先交定金500元到导游个人微信",
            "TXT025",
            True,
        ),
        ("老年大学组织的杭州三日游，每人1200元，交到学校财务，开正规发票", "TXT025", False),
        # A caller from the social-security bureau who walks one through the banking app.
        (
            "您好我是人社局的工作人员，您有一笔养老金补发款4200元没有领取，需要您打开手机银行，我们教您操作",
            "TXT033",
            True,
        ),
        (
            "【社保中心】您的养老金2,860.00元已于12月8日发放到账，如有疑问请拨打12333咨询。",
            "TXT033",
            False,
        ),
        # A donation that pays a dividend; a real drive through a charity platform.
        ("慈善基金会公益项目：捐款1000元可获得证书，并每月返还善款5%作为公益分红", "TXT026", True),
        (
            "我们公司工会组织给山区小学捐书，捐款的话走腾讯公益那个项目页面，有发票",
            "TXT026",
            False,
        ),
        # Savings to be moved over to an "elderly fund" the caller sells.
        (
            "王阿姨，这个养老基金保本保息年化18%，您把存款转过来，别跟孩子说",
            "TXT025",
            True,
        ),
    ],
)
async def test_chinese_frauds_on_the_elderly(text: str, code: str, flagged: bool) -> None:
    assert (code in await codes(CHECKER, text)) is flagged


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # A video call dropped on a bad line is no hanging up on a scammer: the ask beside it
        # is read.
        (
            "爸我刚视频信号不好就挂了，我换了新微信，公司要交一笔保证金我手上不够，你先转我15000",
            True,
        ),
        ("爸我刚视频信号不好就挂了，我到家了，周末回去", False),
        # Something one bought oneself in a live stream is no task.
        ("我在直播间抢到了两瓶洗发水，才39块，顺便给你也下了一单，到时候地址写你家", False),
        ("直播间点赞关注，一单10元，日结", True),
        # News of fake customer service retold is a warning; the fake agent's own line is not.
        (
            '看新闻说有人冒充客服说"订单异常要退款"，让开备用金，大家注意，真的退款都是原路退回的',
            False,
        ),
        (
            "您好，我是淘宝客服，您购买的商品订单异常，我们要给您办理退款，需要您开通备用金配合操作一下",
            True,
        ),
    ],
)
async def test_chinese_everyday_words_of_elderly_frauds(text: str, flagged: bool) -> None:
    assert await flagged_zh(text) is flagged


@pytest.mark.parametrize(
    ("text", "code", "flagged"),
    [
        # A pitch's steady gains; a saver's own "not much, but steady" bank deposit.
        ("跟着导师投这个项目，收益很稳，一个月就能翻倍", "TXT012", True),
        ("我把钱存了银行定期，利息不高但是稳，股票亏怕了", "TXT012", False),
        # A sum of "flow" to be put in one's own card before the loan is paid out; a bank's
        # months of statements asked with a mortgage.
        (
            "放款前需要验证你的还款能力，你的银行卡里要有10000元流水，看到流水后连同贷款一起打给你",
            "FAM012",
            True,
        ),
        ("申请房贷需要提供近6个月的银行流水和收入证明，请携带身份证到网点办理", "FAM012", False),
        # A coin N-fold once listed or entered; a share's rise in the past.
        ("新币下周上线，现在进场至少10倍，别告诉别人", "TXT026", True),
        ("这只股票去年涨了3倍，可惜我没拿住", "TXT026", False),
        # A buyer who sends the seller to "this website" to trade; a sale on the platform.
        ("你挂的游戏账号我买了，去这个网站交易吧 jym-safe.cc，那边有担保", "TXT015", True),
        ("我在闲鱼上卖了个包，走平台交易，买家确认收货后钱就到账了", "TXT015", False),
        # Counterfeit goods, paid by transfer with no cash on delivery; a friend's question.
        ("LV包包原单货，只要1280，微信转账后发货，不支持货到付款", "TXT015", True),
        ("朋友送我的包是原单货吗？我看做工挺好的", "TXT015", False),
        # A parcel not delivered and a QR code to register one's details; a locker's own code
        # to collect with.
        ("您的快递面单模糊没法派送，麻烦扫一下这个二维码登记一下信息", "TXT010", True),
        ("【丰巢】您的包裹已在柜中滞留超过24小时，请尽快扫码或输入取件码取件", "TXT010", False),
        # "Don't pay off the platform" advises; a seller's "pay me privately" asks.
        ("你那个闲置的包挂闲鱼吧，走平台交易安全，别私下转账", "TXT015", False),
        ("这个包我私下转账给你便宜50，不走平台", "TXT015", True),
        # A loan "guaranteed" and a credit record "raised"; a bank's own check.
        ("征信花了贷不下来？专业养征信，包下款", "TXT028", True),
        ("我在银行办的贷款，征信没问题才下款的", "TXT028", False),
        # A fee "only" taken up front for a credit repair; a renovation's deposit.
        ("专业处理征信逾期，前期只收资料费500", "FAM012", True),
        ("装修公司说前期只收一点定金，验收后再付尾款", "FAM012", False),
    ],
)
async def test_chinese_frauds_of_the_thirty_second_set(
    text: str, code: str, flagged: bool
) -> None:
    assert (code in await codes(CHECKER, text)) is flagged


@pytest.mark.parametrize(
    ("text", "code", "flagged"),
    [
        # A child's "don't believe those calls" tells of the scam; the "医保局" notice is one.
        ("妈，你别信那些说医保卡冻结的电话，你的医保卡好好的", "TXT008", False),
        ("【医保局】您的医保卡已被冻结，请联系专员 +65 8123 4567", "TXT008", True),
        # A "mentor's" day of gains and an account opened for the reader; a broker's own offer
        # to open one promises no gains.
        ("我在做外汇，导师带着做，一天就赚了8000，要不要我帮你开个户", "FAM011", True),
        ("我在证券公司上班，你要不要我帮你开个户，佣金低一点", "FAM011", False),
        # A "customs-seized" phone sold with a deposit first; the news of a seizure.
        ("iPhone海关没收机，全新只要一千多，需要的私聊，先付定金包邮", "TXT015", True),
        ("新闻说海关没收了一批走私手机，都要销毁", "TXT015", False),
    ],
)
async def test_chinese_frauds_of_the_thirty_second_set_second_probes(
    text: str, code: str, flagged: bool
) -> None:
    assert (code in await codes(CHECKER, text)) is flagged


@pytest.mark.parametrize(
    ("text", "code", "flagged"),
    [
        # Brief s40ms. A uniform charged to one who "passed the selection", the fake
        # interview's trip booked through their travel agent; an advert that gives the uniform
        # free asks nothing.
        (
            "Tahniah anda lolos seleksi admin. Sebelum training wajib bayar biaya seragam Rp 250rb",
            "TXT004",
            True,
        ),
        (
            "CV Anda lolos seleksi. Interview di Jakarta, wajib reservasi lewat travel agen kami "
            "dgn DP Rp 1.200.000",
            "TXT004",
            True,
        ),
        (
            "Lowongan operator produksi. Seragam disediakan perusahaan, tidak dipungut biaya apapun.",
            "TXT004",
            False,
        ),
        # A frozen task balance's "recovery" fee, the next mission that needs capital; a shop
        # that needs capital is no task.
        (
            "Dana kakak dibekukan. Harus bayar biaya pemulihan Rp 2.500.000 agar dana + komisi "
            "bisa ditarik.",
            "TXT004",
            True,
        ),
        ("Misi pertama percuma, misi seterusnya perlu modal sikit je.", "TXT004", True),
        ("Nak buka kedai makan perlu modal dalam RM20k, kau rasa berbaloi tak?", "TXT004", False),
        # A sum paid first to the agent.
        (
            "Kerja kosong, gaji SGD 2,800. Perlu bayar kos permit & medical RM1,500 dahulu "
            "kepada ejen.",
            "TXT004",
            True,
        ),
        # An online lender's collector who will spread the borrower's data; a notice that
        # "will spread" a schedule in the group threatens nobody.
        (
            "Tolong bayar tagihan Rp 3,5jt dlm 7 hari atau data & kontak Anda kami sebar.",
            "TXT019",
            True,
        ),
        (
            "Info lengkap jadwal vaksin akan kami sebarkan di grup RT ya bapak ibu.",
            "TXT019",
            False,
        ),
        # Money "sent by mistake" with its sum and its return asked; a friend's own slip asks
        # nothing back.
        # A friend's own slip, its return asked "when free", is left alone.
        (
            "Mia sori weh, tadi aku tersalah transfer duit sewa RM50 ke akaun kau. Nanti kau "
            "free transfer balik kat aku ok, no rush.",
            "TXT036",
            False,
        ),
        (
            "Halo kak, ada saldo Dana Rp 750rb masuk ke akun kakak, salah ketik nomor. Tolong "
            "dikembalikan ya",
            "TXT036",
            True,
        ),
        (
            "Eh aku salah kirim uang ke kamu 50rb, santai aja nanti pas ketemu kamu traktir aku",
            "FAM008",
            False,
        ),
        # Rahmah aid by name at a stranger's link; the aid told as received is no lure.
        (
            "Sumbangan Asas Rahmah (SARA) RM600 anda sedia untuk dikreditkan. Aktifkan di "
            "sara-mykasih.online",
            "TXT011",
            True,
        ),
        ("Bantuan Rahmah dah masuk akaun mak semalam, alhamdulillah.", "TXT011", False),
        # A nephew who names himself by his parent and asks a transfer; a photo of a cousin's
        # child asks none.
        (
            "Pakcik, ni Amir anak Kak Yah. Kena bayar hospital RM1,200. Pakcik boleh tolong "
            "transfer?",
            "TXT025",
            True,
        ),
        ("Makcik, ni gambar anak abang Man masa majlis semalam. Comel kan?", "TXT025", False),
        ("Makcik, ni Farid anak Kak Minah. Nombor baru saya, mak suruh bagitau", "TXT031", False),
        (
            "Uncle, this is Ravi, son of Auntie Mala. Need to pay the hospital $900, can you "
            "transfer?",
            "TXT025",
            True,
        ),
        ("Uncle, this is Ravi, son of Auntie Mala. Mum asked me to say hi.", "TXT025", False),
        # The code just sent, to be read out; a payment code is none.
        (
            "Saya dari bank. Nanti saya kirim kode, tolong dibacakan ya supaya bisa dibatalkan.",
            "TXT009",
            True,
        ),
        (
            "Tolong sebutkan kode yang baru dikirim via SMS ke nomor Bapak.",
            "TXT009",
            True,
        ),
        ("Bayarnya di bank aja pake kode BRIVA, nanti bukti bayarnya difoto ya.", "TXT009", False),
        # "Upgrade first, only then the money comes in": a fee before one's own money.
        (
            "Bank kata awk kena upgrade akaun dulu baru duit masuk.",
            "TXT041",
            True,
        ),
        # A crypto group to join on Telegram with a sign-up bonus.
        (
            "Jom join Telegram Kripto Madani. Bonus RM100 utk setiap pendaftar. t.me/kriptomadani",
            "FAM011",
            True,
        ),
        ("Jom join Telegram kelas tuisyen Cikgu Ana, jadual baru ada kat situ.", "FAM011", False),
        # A long-lost friend who turns to a scheme's gains; one who suggests lunch does not.
        (
            "Hai Ros, lama tak jumpa! Aku sekarang join pelaburan emas, untung tiap bulan. Minat?",
            "FAM011",
            True,
        ),
        ("Lama tak jumpa Ros! Aku sekarang kerja kat bank, nanti kita lunch ya.", "FAM011", False),
        # A referral link with a deposit, told by another's gains; a shop's referral is none.
        (
            "Kawan aku dah untung besar main crypto. Kau daftar pakai link aku, deposit USDT "
            "sikit je dulu.",
            "FAM011",
            True,
        ),
        ("Daftar Shopee guna link aku dapat baucar RM10, jom.", "FAM011", False),
        # The arisan whose later members are paid more; a neighbours' arisan is no scheme.
        ("Yuk ikut arisan naik, setor 300rb dapet 900rb, slot terbatas.", "TXT026", True),
        ("Arisan ibu-ibu PKK bulan depan di rumah Bu Rina, iuran tetap 100rb.", "TXT026", False),
        # A neighbourhood draw's prize collected at the headman's house or the surau.
        (
            "Hadiah cabutan bertuah boleh dituntut di rumah Tok Ketua atau di surau selepas Asar.",
            "TXT020",
            False,
        ),
        ("Tahniah anda menang cabutan bertuah! Tuntut hadiah di hadiah-my.com", "TXT020", True),
    ],
)
async def test_malay_and_indonesian_kinds_of_2026(text: str, code: str, flagged: bool) -> None:
    assert (code in await codes(CHECKER, text)) is flagged


@pytest.mark.parametrize(
    ("text", "code", "flagged"),
    [
        # A fee to claim money in the fee's own sentence (fee_gate); a raffle's hamper collected
        # at the office asks no fee.
        (
            "Cash App: You received $750 from Cash App Rewards. To claim, pay a $5 verification"
            " fee to $CashRewardsDesk first.",
            "TXT041",
            True,
        ),
        (
            "Congrats! Your ticket won the hamper in the Christmas raffle. To claim it, bring the"
            " ticket to the school office on Monday.",
            "TXT041",
            False,
        ),
        # A verification fee with its sum (upfront_fee); one the company pays asks none.
        (
            "Finance dept: Your profit 2,300 USDT cannot be withdrawn to your wallet because the"
            " wallet is not verified. Verification fee 250 USDT.",
            "TXT004",
            True,
        ),
        (
            "HR: please note the verification fee for your degree certificate is paid by the company.",
            "TXT004",
            False,
        ),
        # A payment received "but" held until an upgrade whose fee is promised back; a payment
        # received and in the balance holds nothing back.
        (
            "Venmo: You've received $600 but your account needs an upgrade to Business to receive"
            " it. Upgrade with $100, refunded instantly.",
            "TXT015",
            True,
        ),
        ("Venmo: You received $600 from Jake M. It's in your Venmo balance.", "TXT015", False),
        # A wrong number who asks whether the reader still trades (interest_ask); a club
        # member's question about Thursday asks nothing of the kind.
        (
            "Sorry, who is this? Your number was saved in my contacts from the crypto investment"
            " seminar, are you still trading?",
            "FAM011",
            True,
        ),
        (
            "Hi Jen, it's Paul from the investment club - are you still coming on Thursday?",
            "FAM011",
            False,
        ),
        # A courier's fee paid with the reference on the card it left (official_channel); the
        # same fee at a stranger's link.
        (
            "Royal Mail: We're holding an item for you with £3.10 to pay. Pay on the Royal Mail"
            " website using the reference on the card.",
            "TXT010",
            False,
        ),
        (
            "Royal Mail: We're holding an item for you with £3.10 to pay. Pay here:"
            " rm-fee.co-uk.help",
            "TXT010",
            True,
        ),
        # A KYC done by visiting one's branch clicks nothing (not_click); a KYC at a link does.
        (
            "SBI: Dear customer, re-KYC of your account is due. Please visit your home branch with"
            " Aadhaar and PAN. SBI never asks for details over call or SMS.",
            "TXT022",
            False,
        ),
        (
            "Dear SBI user, your YONO account will be blocked today. Please update your PAN card"
            " immediately. Click here sbi-kyc-pan.top/update",
            "TXT022",
            True,
        ),
        # "Late fees may apply" and a late payment surcharge are a biller's terms (not_threat);
        # a late fee pressed within hours is the toll text's threat.
        (
            "E-ZPass: Your toll invoice is now available. Pay online in your E-ZPass account or by"
            " mail. Late fees may apply after the due date.",
            "TXT019",
            False,
        ),
        (
            "Tata Power: Dear Consumer, bill of Rs 1,240 for CA No 60001234 is due on 15-12. Pay"
            " via app to avoid late payment surcharge.",
            "TXT019",
            False,
        ),
        (
            "(SunPass) You have an unpaid toll. To avoid an extra $50.00 late fee pls pay within"
            " 12hrs.",
            "TXT019",
            True,
        ),
        # A credit applied to the next bill, a friend's "venmo coming" (refund_settled): nothing
        # to claim; a prize to be claimed with a shipping fee at a link.
        (
            "Verizon: Congrats! You've earned a $100 loyalty credit for 5 years with us. It'll be"
            " applied to your next bill automatically.",
            "TXT020",
            False,
        ),
        (
            "Congrats!! You won the office fantasy football league, $200 pot is yours, venmo coming",
            "TXT020",
            False,
        ),
        (
            "Verizon: congratulations, you are today's lucky winner of a Samsung Galaxy S25. claim"
            " it with shipping $1.95 only: vz-winner.claim-prz.top",
            "TXT020",
            True,
        ),
        # A SIM closed for disuse and kept by recharging (official_channel); one closed "due to
        # inactivity" unless a stranger's number is called.
        (
            "Dear customer, your SIM will be deactivated on 15-Dec as it has not been used for 90"
            " days. Recharge to keep it active. -Vi",
            "TXT019",
            False,
        ),
        (
            "Your Jio number will be deactivated due to inactivity. Call our executive on"
            " +65 9123 4567 to keep it active.",
            "TXT019",
            True,
        ),
        # A lottery's next jackpot is news of the next draw (not_prize); a jackpot to claim is
        # the prize.
        (
            "Powerball: you did not win this draw. Next jackpot $150 million Wednesday.",
            "TXT020",
            False,
        ),
        ("You have won! Claim your $150 million jackpot now", "TXT020", True),
        # A child who broke a phone and asks to be called on a parent's phone (not_contact_me);
        # the new number to be written to on WhatsApp.
        (
            "Mum I dropped my phone and the screen cracked, can you call me on Dad's phone? Need to"
            " know if you can pick me up",
            "TXT014",
            False,
        ),
        (
            "hi mum its me, dropped my phone in the toilet lol this is my temp number. need to pay"
            " a bill today can u help? ill pay u back tmrw",
            "TXT014",
            True,
        ),
    ],
)
async def test_english_smishing_around_the_world_and_its_everyday_twins(
    text: str, code: str, flagged: bool
) -> None:
    assert (code in await codes(CHECKER, text)) is flagged


@pytest.mark.parametrize(
    ("code", "text", "flagged"),
    [
        # A customer's own questions in a chat (需要我提供…吗) ask nothing; an agent's request does.
        ("TXT011", "我的退款什么时候到？需要我提供什么吗？要我提供银行卡号吗？", False),
        ("TXT011", "您好，您的订单需要退款，请提供您的银行卡号和账户", True),
        # A borrower or a job seeker who asks whether a fee comes first asks nothing of the reader.
        ("FAM012", "你好，办这个贷款需要先交什么费用吗？", False),
        ("FAM012", "您的贷款已批，放款前要先交保证金2000元", True),
        ("TXT004", "兼职要先交什么押金吗？", False),
        ("TXT004", "兼职打字员，入职要先交押金300元", True),
        # Hours of work and days to credit are no pay (一天8个小时, 3个工作日入账).
        ("TXT002", "周末兼职一天8个小时，时薪15块", False),
        ("TXT002", "兼职一天800，日结", True),
        ("TXT002", "退款3个工作日入账，请留意", False),
        # Where a friend bought a fund is no stranger's opener (你在哪里买的).
        ("FAM011", "你在哪里买的基金？我也想买1000块", False),
        ("FAM011", "你在哪里？我在做比特币投资，一个月赚了5000，带你一起", True),
        # A customer who wants to return what they bought (想退货) asked for the refund.
        ("TXT011", "用户：这个鞋子开胶了，想退货。客服：您可以在订单页面点击申请退货退款", False),
        ("TXT011", "您好我是淘宝客服，您的商品有质量问题，点击链接办理退款", True),
        # A court's statement of claim (起诉状) is a document, not a threat.
        ("TXT016", "传票和起诉状副本已经通过EMS寄到您登记的地址，请按时到庭", False),
        ("TXT016", "法院传票：您已被起诉，请立即联系我们处理", True),
        # Someone else's loss to an impersonator, a denial of any safe account, a neighbour's loss
        # retold, hearsay about credit repair: talk of the scam.
        ("TXT031", "隔壁公司的会计就是被人冒充老板骗了5万，你们都小心", False),
        ("TXT025", "公安机关根本就没有什么安全账户，让你转钱的就不要信", False),
        ("TXT025", "请把钱转到安全账户进行核查", True),
        ("TXT020", "有个邻居被人骗了，说是免费送鸡蛋，让她扫码", False),
        ("TXT020", "免费领取鸡蛋，扫码添加客服", True),
        ("TXT028", "网上说有人可以修复征信，是真的吗？", False),
        ("TXT028", "专业修复征信，逾期黑名单都可以消除", True),
        # Data bought illegally by fraudsters is no accusation of the reader; a password kept from
        # children is no secret asked of the reader.
        ("TXT016", "民警说骗子手上的资料都是非法买来的", False),
        ("TXT016", "民警通知：你涉嫌非法集资，请配合调查", True),
        ("TXT018", "手机支付密码不要给孩子知道", False),
        ("TXT018", "这件事不要给你家人知道", True),
        ("TXT011", "卖家一直没回复，我的退款怎么办", False),
        # A seller who has not replied asks nothing; a credit report downloaded is no app.
        ("TXT033", "你可以在CTOS官网自己下载一份报告，准备好了WhatsApp我", False),
        ("TXT033", "你先下载这个app，贷款马上批，然后WhatsApp我", True),
        ("TXT011", "我係客服，要你先付款先可以幫你退返之前嗰筆錢", True),
        # Cantonese 退返 is a refund; a card that does not work beside a third party's account is the
        # stranded lover's story.
        (
            "TXT025",
            "親愛的，我在機場被海關攔下來了，要交罰款，我的卡都不能用，你先幫我轉給他的帳戶",
            True,
        ),
        ("TXT025", "我的卡都不能用，晚点我自己去银行看看", False),
        ("FAM008", "我是在婚恋网站上认识你的，公司资金周转困难，能不能先借我5万", True),
        # A suitor from a dating site with money trouble who asks a sum (FAM008); money trouble told
        # with a question of where one is is not a loan asked.
        ("FAM008", "我们是在婚恋网站认识的，下周见你爸妈，我买了5千块的礼物", False),
        ("FAM008", "你在哪里？我的公司最近资金周转困难，跟银行借了5万", False),
        ("TXT013", "在app里申请return/refund，平台会处理的", False),
        ("TXT013", "这个投资平台很稳定，每月return 20%", True),
        # An app's return/refund is no return on an investment.
        (
            "TXT031",
            "我是小区物业的小陈，提醒一下，楼下的大爷上个月就被人骗了八万多，大家注意",
            False,
        ),
        # A neighbour who tells of an old man's loss (就被人骗了) is no excuse of a fake relative.
        ("TXT031", "我是你们领导，我在外面开会不方便接电话", True),
        # Talk that task scams are illegal or to be left alone is a warning; a greeting's
        # 欢迎致电 asks no call; 你刚才说 retells the reader's own report back to him.
        ("TXT016", "警察说刷单是违法的，这种钱很难追回来", False),
        ("TXT016", "警察通知：你涉嫌违法，请配合调查", True),
        ("FAM001", "网上那种点赞返现的兼职千万别碰", False),
        ("FAM001", "点赞返现兼职，一单3元，加微信领任务", True),
        ("TXT011", "您好，欢迎致电携程，请问是要办理退款吗？", False),
        ("TXT011", "您的机票可以办理退款，请致电我们的专员", True),
        ("TXT033", "妈，你刚才说有个客服打电话让你开屏幕共享，下次这种事让我来处理", False),
        ("TXT033", "您好我是客服，请打开屏幕共享，我帮您办理退款", True),
    ],
)
async def test_chinese_chat_transcripts_questions_and_stories(
    code: str, text: str, flagged: bool
) -> None:
    # Brief s40zh2: words of a chat's other side and of warnings that retell a scam.
    assert (code in await codes(CHECKER, text)) is flagged


@pytest.mark.parametrize(
    ("text", "code", "flagged"),
    [
        # A shop's coins doubled on a sale day and a saving that doubles over 115 months
        # promise no returns (s40ta); a sum put in and a larger one back in minutes does.
        ("Shopee: Coins double aagum innaiku mattum! App la check pannunga.", "TXT026", False),
        ("Lazada: உங்க coins இன்னைக்கு double ஆகும்! Checkout-ல use பண்ணுங்க.", "TXT026", False),
        ("Post office KVP la potta 115 months la panam double aagum.", "TXT026", False),
        ("Crypto group la join pannunga, panam double aagum", "TXT026", True),
        ("₹5,000 invest pannunga, 20 mins la ₹6,500 varum. Slots limited", "TXT026", True),
        ("FD la ₹1,00,000 invest pannina 1 varusham la ₹7,500 interest varum.", "TXT026", False),
        # PAN linked to Aadhaar is a filing, not a link to click; a KYC done is no request.
        ("Aadhaar PAN link pannitiya? Last date next week nu news la sonnanga.", "TXT022", False),
        (
            "Unga KYC pending, account block aagum. Link click pannunga kyc-renew.top",
            "TXT022",
            True,
        ),
        ("Jio: உங்க number-ன் KYC வெற்றிகரமாக verify செய்யப்பட்டது. நன்றி.", "TXT022", False),
        # A delivery code said only to the courier at the door.
        ("Delivery OTP 4821, delivery agent kitta mattum sollunga.", "TXT009", False),
        ("Unga phone ku vandha OTP enakku sollunga, verify pannanum", "TXT009", True),
    ],
)
async def test_tamil_coins_savings_pan_links_and_delivery_codes(
    text: str, code: str, flagged: bool
) -> None:
    assert (code in await codes(CHECKER, text)) is flagged


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # Police warnings that no one does a "digital arrest", in Tamil and Tanglish (s40ta)...
        (
            "சென்னை காவல்துறை எச்சரிக்கை: போலீஸ் யாரும் video call-ல digital arrest பண்ண மாட்டாங்க. "
            "இப்படி call வந்தா உடனே cut பண்ணி cyber crime-க்கு புகார் கொடுங்க.",
            False,
        ),
        (
            "Digital arrest nu call vandha cut pannunga, police appadi ellam panna maattanga.",
            False,
        ),
        # ...and the "officer" who does one, or has the reader's IC open an account for a
        # crime, or puts the call through to a crime branch.
        (
            "Bukit Aman போலீஸ் பேசுறோம். உங்க IC வைத்து bank account திறந்து scam பண்ணியிருக்காங்க. "
            "Bail money RM8,000 transfer பண்ணணும்.",
            True,
        ),
        ("நான் என் IC வைத்து புது bank account திறந்தேன், salary அங்க வரும்.", False),
        (
            "FedEx la irundhu pesuren. Unga parcel la drugs irukku. Mumbai crime branch ku call "
            "transfer panren.",
            True,
        ),
        ("Mumbai crime branch pathi oru web series paathen, semma.", False),
        # An EB bill "not updated" and the power cut tonight unless the officer is called; a
        # maintenance shutdown with a duty officer for enquiries.
        (
            "Dear consumer ur EB bill not updated, power will be disconnected tonite 9pm. Pls "
            "contact electricity officer immediately.",
            True,
        ),
        (
            "Power supply will be disconnected tomorrow 9am-5pm for maintenance. For enquiries "
            "contact the duty officer. TNEB",
            False,
        ),
    ],
)
async def test_tamil_police_warnings_arrests_and_eb_cut_offs(text: str, flagged: bool) -> None:
    assert bool(await codes(CHECKER, text) - {"TXT017", "LNG001"}) is flagged


@pytest.mark.parametrize(
    ("text", "code", "flagged"),
    [
        # A loan's disbursement behind a charge; a fee already cut from the loan (s40ta).
        (
            "Sir unga loan ₹2,00,000 approve aagiduchu. Disbursement ku munnadi insurance charge "
            "₹3,500 GPay pannunga.",
            "TXT041",
            True,
        ),
        (
            "Loan disburse aagiduchu, processing fee loan amount la irundhe cut pannitaanga.",
            "TXT041",
            False,
        ),
        # A job abroad with its visa paid for first; a cousin's job there is news.
        (
            "Dubai la hotel job, salary 1.5 lakh. Visa processing ku ₹45,000 advance kattunga.",
            "TXT004",
            True,
        ),
        ("Dubai la en cousin ku hotel job kedaichuchu, salary nalla irukku.", "TXT004", False),
        # A transfer to a friend's account or a UPI from a new number; a child's bus pass.
        (
            "Hi mama, Karthik here, idhu en new number. RM1,500 en friend account ku transfer "
            "panna mudiyuma?",
            "FAM008",
            True,
        ),
        ("Amma, ₹500 en account ku transfer pannunga, bus pass ku.", "FAM008", False),
        (
            "Bro naan un college friend Suresh, new number. ₹8,000 venum. Indha UPI ku send pannu.",
            "FAM008",
            True,
        ),
        # A "gold scheme" paid into a personal GPay; a salary moved to one's own account.
        (
            "Gold scheme: Company account இல்ல, என் personal GPay-க்கு ₹10,000 அனுப்புங்க.",
            "TXT025",
            True,
        ),
        ("Company account la salary vandhuchu, personal account ku maathiten.", "TXT025", False),
        # A matrimony stranger's deposit in "the app"; a family liking a profile.
        (
            "Unga profile pidichirukku. Marriage ku munnadi namma oru business investment "
            "pannalam, indha app la deposit pannunga.",
            "FAM011",
            True,
        ),
        ("Matrimony la oru profile pidichirukku, jaadhagam paakalaam.", "FAM011", False),
    ],
)
async def test_tamil_loan_fees_visas_transfers_and_matrimony_deposits(
    text: str, code: str, flagged: bool
) -> None:
    assert (code in await codes(CHECKER, text)) is flagged


@pytest.mark.parametrize(
    ("text", "code", "flagged"),
    [
        # Festival sponsorship, offerings and operations asked into a person's account (s40ta);
        # the temple's counter, the hundi and a family's own appeal are not.
        (
            "Thaipusam kavadi sponsorship: $50 PayNow பண்ணுங்க 9123 4567 (personal). Donation "
            "receipt அப்புறம்.",
            "TXT025",
            True,
        ),
        (
            "Thaipusam kavadi sponsorship donation temple office la $50 kattunga, receipt "
            "tharuvaanga.",
            "TXT025",
            False,
        ),
        ("Kovil thiruppani ku ungal kaanikkai ₹1001 indha GPay ku anuppunga.", "TXT025", True),
        ("Undiyal la kaanikkai pottom, kovil la romba kootam.", "TXT025", False),
        (
            "5 vayasu kuzhandhaiku cancer operation ku ₹8 lakh venum. Ungalal mudinjadha indha "
            "account ku anuppunga.",
            "TXT025",
            True,
        ),
        ("Paati heart operation ku 2 lakh venum. Ungalal mudinjadha anuppunga.", "TXT025", False),
        # A loan app's threat to send the gallery to the relatives; wedding photos sent.
        (
            "Innaiku ₹5,800 kattalana unga gallery photos ellam unga relatives ku pogum.",
            "FAM012",
            True,
        ),
        ("Kalyanam photos ellam relatives ku anuppuvom, nalla vandhuruku.", "FAM012", False),
        # Pay per rating in a task; a shop asking its customers for a rating.
        ("Hotel rating task: oru rating ku ₹120, Telegram la contact pannunga", "TXT001", True),
        ("Oru rating kudunga pls, en kadai Google la - Anbu Tailors.", "TXT001", False),
        # A recording held over the reader; a meeting's recording.
        (
            "உங்க video call recording என்கிட்ட இருக்கு. ₹20,000 அனுப்பலனா உங்க friends "
            "எல்லாருக்கும் அனுப்புவேன்.",
            "TXT019",
            True,
        ),
        ("Meeting recording en kitta irukku, notes anuppuren.", "TXT019", False),
        # Money "sent by mistake", to be sent back urgently; a friend's own overpayment.
        (
            "Sorry sir, thavara ₹5,000 unga account ku anuppiten. Urgent ah thirumba anuppunga.",
            "TXT036",
            True,
        ),
        ("Thavara unakku ₹500 anuppiten da, thirumba anuppu pls.", "TXT036", False),
    ],
)
async def test_tamil_offerings_loan_app_threats_ratings_and_mistaken_transfers(
    text: str, code: str, flagged: bool
) -> None:
    assert (code in await codes(CHECKER, text)) is flagged


@pytest.mark.parametrize(
    ("text", "code", "flagged"),
    [
        # Where one is now ("I at school now") is no hurry; "urgently" beside it still is.
        (
            "Ma can help me top up my ez-link? Card left $1 only, I at school now. Will pay u back",
            "FAM009",
            False,
        ),
        (
            "Mum I'm at school now, urgently need $300 for the trip, transfer to my friend's "
            "account pls. Don't tell Dad ok",
            "FAM009",
            True,
        ),
        # Tanglish "avasaram illa" (no hurry) as the Tamil script's அவசரம் இல்லை.
        ("Amma, durian-ku $20 nee paynow pannu, avasaram illa", "TXT017", False),
        ("Amma, durian-ku $20 nee paynow pannu, avasaram", "TXT017", True),
        # A card locked that sends its holder to the bank's app by name is the bank's notice.
        (
            "UOB: Your UOB One Card ending 7731 has been locked after 3 wrong PIN tries. To "
            "unlock, use the UOB TMRW app > Cards > Unlock. Call 6123 4567 if you need help.",
            "TXT008",
            False,
        ),
        ("UOB: Your card has been locked. To unlock, call 8123 4567 now.", "TXT008", True),
        # Someone else who "may have entered your number" asks the reader for nothing.
        (
            "foodpanda: 7702 is your OTP. If you didn't request this, someone may have entered "
            "your number by mistake. You can ignore this SMS.",
            "TXT009",
            False,
        ),
        ("Pls enter your OTP on the page I sent you", "TXT009", True),
        # An app that sends its code to one's own old number is no new number.
        (
            "Kor, my Grab acct cannot login, they send OTP to the old number. Nvm I call their "
            "hotline",
            "TXT014",
            False,
        ),
        (
            "Kor, this is my new number, old number cannot use. Can help me pay my phone bill "
            "first?",
            "TXT014",
            True,
        ),
        # "Already paid? ignore this msg" leaves a biller's reader the way out.
        (
            "StarHub: Your Nov bill is overdue. Pls pay $74.20 by 15 Dec to avoid service "
            "suspension and a $10 late fee. Paid? Thanks and pls ignore this msg.",
            "TXT019",
            False,
        ),
        (
            "StarHub: Your Nov bill is overdue. Pls pay $74.20 today to avoid a $10 late fee.",
            "TXT019",
            True,
        ),
        # A roaming rate per day for its data is a price, not pay.
        (
            "Singtel: Data: $5/day for 1GB. Turn off data roaming to avoid charges.",
            "TXT002",
            False,
        ),
        ("No experience needed. Earn $300/day for 2 hours work", "TXT002", True),
        # A minimum spend or a premium is no sum offered.
        (
            "Grab: Congrats! You've unlocked GrabUnlimited free for 1 month. Enjoy free delivery "
            "on orders above $15. T&Cs apply.",
            "TXT020",
            False,
        ),
        ("Grab: Congrats! You've won $500 in our year-end draw.", "TXT020", True),
        (
            "Income: Congratulations! Your No-Claim Discount for motor insurance increased to "
            "30%. Your renewal premium is $1,120.",
            "TXT020",
            False,
        ),
        (
            "Congratulations! Your No-Claim Discount entitles you to a $500 cash rebate. Claim "
            "now at income-rebate-sg.com",
            "TXT020",
            True,
        ),
        # Points redeemed at the shop's own checkout, and a card linked in its app.
        (
            "NTUC FairPrice: Congrats! You've earned 1,200 LinkPoints this month. Redeem for $12 "
            "off at checkout. Link via FairPrice app. T&Cs apply.",
            "TXT020",
            False,
        ),
        (
            "NTUC FairPrice: Congrats! You've earned 1,200 LinkPoints this month. Redeem for $12 "
            "off at checkout. Link via FairPrice app. T&Cs apply.",
            "TXT024",
            False,
        ),
        ("Congrats! Redeem your prize now at fp-points-sg.com", "TXT024", True),
        # A clinic visit is no click.
        (
            "NUH: Your bill of $84.20 for visit on 02 Dec is outstanding. Pay via the NUHS app or "
            "AXS. Pls ignore if paid.",
            "TXT027",
            False,
        ),
        ("Your clinic bill of $45 is overdue. Visit clinic-sg-pay.com to pay.", "TXT027", True),
        # "fake delivery SMSes" talk about scams.
        (
            "SPF: Beware of fake delivery SMSes asking you to click a link to pay a redelivery "
            "fee. SingPost will not ask for payment via SMS links.",
            "TXT010",
            False,
        ),
        (
            "SingPost: Your parcel is held. Click the link to pay a redelivery fee: "
            "sp-redeliver.com",
            "TXT010",
            True,
        ),
        # An unusual transaction of a named sum is the bank's fraud check, not a lock.
        (
            "UOB: We noticed an unusual transaction of USD 24.99 at STEAM on your card ending "
            "1163. Reply Y if this is yours or N if not.",
            "TXT008",
            False,
        ),
        ("Your account has been suspended due to unusual activity.", "TXT008", True),
        # 如已付款 in a biller's "ignore if paid" is no buyer's payment received.
        (
            "【新加坡电信】您的账单$58.90已逾期，请于12月20日前通过App付款，以免产生滞纳金。如已付款，请忽略。",
            "TXT015",
            False,
        ),
        ("买家已付款，请点击链接 shop-pay-sg.com 验证收款", "TXT015", True),
        # A policy that will lapse is unpaid: paid at a stranger's link, or in the insurer's app.
        (
            "Great Eastern: Your policy will lapse today. To keep your coverage, pay $88.20 now "
            "at ge-policy-renew.com or your claims will be rejected.",
            "TXT027",
            True,
        ),
        (
            "Prudential: Your policy will lapse on 15 Jan if the premium of $120 remains unpaid. "
            "Pls pay via PRUaccess or call your adviser Jason at 9123 4567.",
            "TXT027",
            False,
        ),
    ],
)
async def test_singapore_inbox_everyday_words_and_their_scam_twins(
    text: str, code: str, flagged: bool
) -> None:
    assert (code in await codes(CHECKER, text)) is flagged


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # Cash paid to the rider at the door is paid at the meeting, not to release a parcel.
        (
            "foodpanda: Your rider is nearby! Pls prepare to receive your order. Amount to pay "
            "in cash: $18.40.",
            False,
        ),
        ("Your order is held at our warehouse. Pay the $3.50 fee to release it.", True),
    ],
)
async def test_cash_paid_to_the_rider_is_no_parcel_fee(text: str, flagged: bool) -> None:
    assert ("TXT010" in await codes(CHECKER, text)) is flagged


@pytest.mark.parametrize(
    ("text", "code", "flagged"),
    [
        # Bank accounts and Singpass bought wholesale; a friend who only needs the account
        # number to pay back dinner.
        (
            "Hi we buying unused bank accounts and Singpass, $800 each. PM for more info",
            "TXT005",
            True,
        ),
        ("Anyone selling their Singpass? Buying at $500 each, fast cash. PM me", "TXT005", True),
        (
            "Can u send me ur bank acc number? I transfer u the $45 for dinner last night",
            "TXT005",
            False,
        ),
        # The reader's account lent "if given" (Tanglish); the number asked to pay him back.
        (
            "Bro unga bank account koduthaa monthly $600 tharen, company payment receive panna mattum dhaan",
            "TXT005",
            True,
        ),
        ("Unga bank account number kudunga, naan $45 anupuren dinner-ku.", "TXT005", False),
        # The chat app itself to install, where a handle hands out the first mission as a job;
        # a bus bot to look up in the same app.
        (
            "Dear candidate, pls download the Telegram app and search @hr_tina_sg. Tell her your code 8812 to get your first mission. Salary will be transferred to your bank on the same day.",
            "FAM002",
            True,
        ),
        (
            "Download the Telegram app and search @sgbusarrivals_bot, very useful for bus timings.",
            "FAM002",
            False,
        ),
        # A task to collect from a Telegram mentor (领取..任务); the day's first chore at work.
        ("请加导师Telegram领取今天的任务，每单佣金10元。", "TXT001", True),
        ("今天第一个任务是整理仓库，完成后去吃午饭。", "TXT001", False),
    ],
)
async def test_job_scams_of_the_twenty_eighth_set(text: str, code: str, flagged: bool) -> None:
    assert (code in await codes(CHECKER, text)) is flagged


@pytest.mark.parametrize(
    ("text", "code", "flagged"),
    [
        # A retold pitch ("got ppl texting ... saying earn $500 a day") warns; the pitch asks.
        (
            'Beware ah, got ppl texting "HR from JobStreet" saying earn $500 a day from phone. All scam, don\'t reply.',
            "FAM001",
            False,
        ),
        (
            "Hi, HR from JobStreet here, earn $500 a day from your phone. Reply for details",
            "FAM001",
            True,
        ),
        # The flight and visa "company cover / tanggung" of a job abroad with a chat to write to;
        # a brother's job there, told as news ("works in Dubai now" sets no deadline).
        ("Job in Cambodia, salary $5k, air ticket company pay, interested pm me", "FAM001", True),
        (
            "Kerja di Dubai, gaji $3800, visa dan tiket flight company tanggung. Berminat whatsapp +65 9123 4567",
            "FAM001",
            True,
        ),
        (
            "My bro work in Dubai now, visa and flight company cover, salary not bad",
            "FAM001",
            False,
        ),
        (
            "My bro works in Dubai now, the company covers his flight and visa, salary not bad",
            "FAM001",
            False,
        ),
        # The buyer-tester's refund with a sum on top; a refund for a broken item.
        (
            "Amazon product testers wanted: buy product with your own money, give 5 stars, full refund + $20 within 24h. Telegram @amz_testers_sg",
            "TXT001",
            True,
        ),
        (
            "I left a 5 star review and the seller gave me full refund for the broken item plus $2 voucher",
            "TXT001",
            False,
        ),
        # The salary account on the employer's portal form (maklumat bank untuk gaji); a
        # "payroll" that wants the card number and the OTP.
        (
            "Saya dari HR Syarikat ABC. Sila isi borang maklumat bank dalam portal untuk pembayaran gaji. Jangan kongsi kata laluan dengan sesiapa.",
            "TXT023",
            False,
        ),
        (
            "Sila hantar maklumat bank anda untuk terima gaji, termasuk nombor kad dan OTP.",
            "TXT023",
            True,
        ),
    ],
)
async def test_job_scams_of_the_twenty_eighth_set_second_probes(
    text: str, code: str, flagged: bool
) -> None:
    assert (code in await codes(CHECKER, text)) is flagged


@pytest.mark.parametrize(
    ("text", "code", "flagged"),
    [
        # A relative who drives Grab part-time and tells his day's take (Malay, Tamil); a
        # "Grab part time" job from home with a chat to write to.
        ("Abang aku kerja part time Grab, sehari dapat $150. Penat tapi ok.", "FAM001", False),
        ("என் அண்ணன் Grab part time ஓட்டுறாரு, ஒரு நாளைக்கு $150 வரும்.", "FAM001", False),
        (
            "Kerja part time Grab dari rumah, sehari dapat $300, whatsapp saya +65 8123 4567",
            "FAM001",
            True,
        ),
        # A warning that tells what "they" make one do (mereka suruh, சொல்லுவாங்க); the ask
        # itself.
        (
            "Hati-hati dengan scam kerja online. Mereka suruh top up baki negatif untuk keluarkan komisen.",
            "TXT004",
            False,
        ),
        ("Sila top up baki negatif untuk keluarkan komisen anda.", "TXT004", True),
        (
            "Job scam ஜாக்கிரதை! Telegram-ல task கொடுத்து top up பண்ண சொல்லுவாங்க, pay பண்ணாதீங்க.",
            "TXT004",
            False,
        ),
        (
            "உங்க account-ல negative balance இருக்கு, $900 top up பண்ணா தான் commission withdraw பண்ண முடியும்.",
            "TXT004",
            True,
        ),
    ],
)
async def test_job_scams_of_the_twenty_eighth_set_third_probes(
    text: str, code: str, flagged: bool
) -> None:
    assert (code in await codes(CHECKER, text)) is flagged


@pytest.mark.parametrize(
    ("text", "code", "flagged"),
    [
        # 稳稳 is a promised return only with the return said: steady blood pressure, a steady
        # month's sales and the song's 稳稳的幸福 are none.
        ("内部消息，现在进场稳稳翻倍，先交199进群。", "TXT026", True),
        ("爸这两天血压稳稳的，医生说可以出院了。", "TXT026", False),
        ("我们这个月业绩稳稳的，周五聚餐我请", "TXT012", False),
        # A repayment check is a loan's fee only with money put in for it; a bank that checks
        # credit and repayment ability, or a mortgage's salary statements, asks nothing paid in.
        ("您的贷款5万元已审批通过，需先做3000流水验证还款能力，完成后立即放款。", "FAM012", True),
        ("为了证明您有还款能力，请先转1,000到验证户口，随借款一起还给您。", "FAM012", True),
        ("银行客户经理说审批会查征信、验证还款能力，整个过程不收任何费用", "FAM012", False),
        ("办房贷你把工资卡近半年流水打出来证明还款能力", "TXT004", False),
        # 养征信 sold as a service is an easy loan's lure; advice on keeping one's record is none.
        ("征信花了？专业养征信，包下款，前期只收资料费500", "TXT028", True),
        ("养征信其实就是信用卡按时还、别乱点网贷", "TXT028", False),
        # A buyer who sends the reader to "this site" to trade; a firm that buys on one does not.
        ("你这个号我要了，去这个网站交易吧，平台担保 yx-db.top", "TXT015", True),
        ("公司采购一直在这个网站交易，有正规发票", "TXT015", False),
        # Customs-seized goods for sale are a lure; customs' own public auction notice is none,
        # and its bidders' 保证金 is a deposit, not a guarantee.
        ("苹果手机只要1299，内部渠道海关罚没机，先付全款后发货", "TXT015", True),
        ("海关罚没物品公开拍卖公告：竞买人须在司法拍卖平台报名并缴纳保证金。", "TXT015", False),
        ("海关罚没物品公开拍卖公告：竞买人须在司法拍卖平台报名并缴纳保证金。", "TXT013", False),
    ],
)
async def test_chinese_terms_of_session_40_narrowed(text: str, code: str, flagged: bool) -> None:
    assert (code in await codes(CHECKER, text)) is flagged


@pytest.mark.parametrize(
    ("text", "code", "flagged"),
    [
        # The arisan's dues raised are no scheme's payout.
        ("Yuk ikut arisan naik, setor 300rb dapet 900rb, slot terbatas.", "TXT026", True),
        ("Ibu2, mulai bulan depan iuran arisan naik jadi 200rb ya", "TXT026", False),
        # The code sent to the reader's own phone, to be entered, is no code asked for.
        ("Tolong sebutkan kode yang baru dikirim via SMS ke nomor Bapak.", "TXT009", True),
        (
            "Masukkan kode yang baru dikirim ke nomor Anda untuk login. Jangan berikan kode ini "
            "kepada siapa pun.",
            "TXT009",
            False,
        ),
        # A uniform the employer pays for is no fee to work.
        (
            "Tahniah anda lolos seleksi admin. Sebelum training wajib bayar biaya seragam Rp 250rb "
            "ke rekening HRD ya.",
            "TXT004",
            True,
        ),
        (
            "Staf baru kena bayar yuran seragam ke? Tak, HR cakap syarikat tanggung semua",
            "TXT004",
            False,
        ),
        # Congratulated on passing a selection is no prize; a fee asked after it still is a fee.
        (
            "Selamat, Anda lolos seleksi administrasi. Tes wawancara Senin di kantor pusat. Tidak "
            "dipungut biaya apa pun.",
            "TXT020",
            False,
        ),
        (
            "Selamat! Anda lolos seleksi admin online. Silakan transfer biaya pendaftaran Rp "
            "200.000 untuk aktivasi akun kerja.",
            "TXT004",
            True,
        ),
        # A friend's referral link to a shop's app, and its voucher, is no prize.
        ("Daftar Shopee pakai link saya dapat voucher gratis ongkir, lumayan", "TXT020", False),
        ("Tahniah anda menang cabutan bertuah! Tuntut hadiah di hadiah-my.com", "TXT020", True),
    ],
)
async def test_malay_and_indonesian_terms_of_session_40_narrowed(
    text: str, code: str, flagged: bool
) -> None:
    assert (code in await codes(CHECKER, text)) is flagged


@pytest.mark.parametrize(
    ("text", "code", "flagged"),
    [
        # A fee said not to be charged is none; a warning against such ads talks about scams.
        (
            "Bank wants my salary statements for the home loan, they said there's no processing "
            "fee",
            "TXT004",
            False,
        ),
        ("Earn from home! Salary $300/day, pay a processing fee of $50 to start.", "TXT004", True),
        (
            'Don\'t believe those "guaranteed returns" ads on Facebook lah, all scams.',
            "TXT012",
            False,
        ),
        ("Guaranteed returns 30% monthly, join now t.me/abc555", "TXT012", True),
    ],
)
async def test_english_guards_of_session_40(text: str, code: str, flagged: bool) -> None:
    assert (code in await codes(CHECKER, text)) is flagged


@pytest.mark.parametrize(
    ("text", "code", "flagged"),
    [
        # A nephew named by his parent who asks a sum; one who brings his mother's gift does not.
        (
            "Pakcik, ni Amir anak Kak Yah. Mak masuk hospital, kena bayar RM1,200, boleh tolong "
            "kirim duit?",
            "TXT025",
            True,
        ),
        (
            "Makcik, ni Danial anak Kak Zah. Mak kirim duit RM200 untuk kenduri, nanti saya "
            "hantar ke rumah makcik.",
            "TXT025",
            False,
        ),
        # The code "just sent" is no request by its own "dikirim"; the code asked for still is.
        (
            "Bapak, laporan sudah masuk. Kode yang baru dikirim itu untuk masuk aplikasi, silakan "
            "login sendiri.",
            "TXT009",
            False,
        ),
        ("Tolong forward kode yang baru dikirim tu, saya tersalah hantar", "TXT009", True),
        # The speaker's own expired code is no code asked for; the reader's code still is.
        (
            "Saya terima kode yang baru dikirim tapi dah expired, minta hantar semula",
            "TXT009",
            False,
        ),
        (
            "Awak terima kode yang baru dikirim? Tolong hantar kat saya, tersalah hantar",
            "TXT009",
            True,
        ),
    ],
)
async def test_malay_kin_and_codes_of_session_40_narrowed(
    text: str, code: str, flagged: bool
) -> None:
    assert (code in await codes(CHECKER, text)) is flagged


@pytest.mark.parametrize(
    ("text", "code", "flagged"),
    [
        # A buyer whose account "cannot receive" until the seller pays an upgrade, promised
        # back; a seller telling of the same scam as a warning asks nothing.
        (
            "Bro I transferred but your account cannot receive, the system says need to upgrade "
            "to merchant account. Pay $300 and it will be refunded together with the payment.",
            "TXT015",
            True,
        ),
        (
            "I paid $300 for the upgrade to merchant account, they said it would be refunded",
            "TXT015",
            False,
        ),
        # A seller's own upgrade, told; not the buyer's "upgrade to receive".
        (
            "Fyi I had to upgrade to a business account on Shopee to sell more than 50 items, the "
            "fee was waived though",
            "TXT015",
            False,
        ),
        # A vote at a site entered with one's WhatsApp; a vote on a school's page.
        (
            "Pls help me vote for my son's school art project, it is the last day! "
            "vote-sgkids.com just log in with your WhatsApp number",
            "TXT009",
            True,
        ),
        (
            "Eh vote for my daughter's drawing on the school FB page leh, the one with the cat, "
            "voting ends Fri",
            "TXT009",
            False,
        ),
        # The ScamShield app in a police advisory; an app to install for a "police" caller.
        (
            "Police advisory: there has been a rise in scams involving fake government "
            "officials. Government officials will never ask you to transfer money. Download the "
            "ScamShield app.",
            "TXT033",
            False,
        ),
        (
            "This is the police, your bank account is linked to a case. Download the app "
            "SecureCheck from the link I send to protect your account.",
            "TXT033",
            True,
        ),
    ],
)
async def test_singapore_merchant_upgrade_vote_logins_and_the_scamshield_app(
    text: str, code: str, flagged: bool
) -> None:
    assert (code in await codes(CHECKER, text)) is flagged


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # A written-out chat whose later turn calls the call before it a scam: every turn
        # before the verdict retells, none asks.
        (
            "爸：今天有人打电话说我社保卡有问题，要我报一下手机收到的验证码。\n"
            "我：那是骗子！以后这种电话直接挂掉。\n"
            "爸：好的，我知道了。",
            False,
        ),
        (
            "用户：昨天有人打电话说我的学生账户要注销，还要我把钱转到他们那边清空额度。\n"
            "客服：那是诈骗电话，注销不需要转账，建议您报警。",
            False,
        ),
        # The same call with no verdict after it is the scammer's own turn.
        (
            "客服：您好，您的学生账户需要注销，否则影响征信。\n"
            "用户：我没开通过啊。\n"
            "客服：请把余额转到我们的验证账户，下载会议APP打开屏幕共享，我指导您操作。",
            True,
        ),
        # A verdict asked as a question is the victim's worry: the scammer's turns still ask.
        (
            "客服：您的快递丢失了，我们给您双倍理赔，请下载会议APP并打开屏幕共享。\n"
            "用户：你们不会是骗子吧？\n"
            "客服：不是的，您打开共享以后按我说的在网银里操作就能收到理赔款。",
            True,
        ),
        # A verdict the other side carries on after ("放心，我们是正规平台") closes nothing.
        (
            "客服：您的账户需要注销，请把余额转到我们的验证账户。\n"
            "用户：我朋友说这种都是骗子。\n"
            "客服：放心，我们是正规平台，有工号的。",
            True,
        ),
        # A verdict judges the turns before it only: the scammer's ask after it still counts.
        (
            "A：我是阿明，换号码了。\n"
            "B：你是骗子吧，我不信。\n"
            "A：真的是我，我现在急用钱，你先转5千到我朋友的账户，明天还你。",
            True,
        ),
        # Even when the answer's request is worded with a negation ("不用担心，你先充500").
        (
            "接待：佣金已经发给你了，接下来是充值任务，充500返650。\n"
            "学员：我朋友说这种充值的都是骗局。\n"
            "接待：不会的，不用担心，你先充500，十分钟内连本带佣金返给你。",
            True,
        ),
    ],
)
async def test_a_later_turn_that_calls_a_chat_a_scam_judges_the_turns_before_it(
    text: str, flagged: bool
) -> None:
    assert bool(await codes(CHECKER, text)) is flagged
