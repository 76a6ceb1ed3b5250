"""Pay that no real part-time job gives, read in any language and currency."""

from __future__ import annotations

import pytest

from checkers.pay import high_pay, modest_yearly_return, pay_spans, short_of_certain, told_pay


@pytest.mark.parametrize(
    "text",
    [
        "earn $200 to $500 per day",
        "Daily pay between 200-500 dollars",
        "paid £60-£250 daily",
        "Salary $150-$450/day",
        "earn 3k-8k monthly",
        "每天收入300至800元",
        "日赚300+",
        "月入3万",
        "RM150 sehari",
        "penghasilan Rp500rb-2jt/hari",
        "தினசரி சம்பளம் $250",
        "earn up to Rs 5000 daily",
        # A bare amount after a word for being paid: getting, receiving, a wage.
        "spend 60 minutes on your phone and get 150-450 every day",
        "daily wage 200-600, same day payment",
        # After a word for the work itself, and in rupees or naira written after the amount.
        "Job: 250/day. Phone needed. Reply Y",
        "Daily earnings 3,000-10,000 INR",
        "Earn 5,000-20,000 naira daily",
        "kerja online gaji 800rb-1,5jt per hari",
        # Indonesian and SMS spellings of "get": dapet, dpt.
        "ada kerjaan gampang, sehari bisa dapet 600rb",
        "kerja dari phone, sejam dpt RM60",
        # British and European currency codes, before or after the amount.
        "Salary: 1200-2800 GBP weekly",
        "earn 200-500 GBP a day",
        "daily income EUR 300-900",
        "earn 250-700 euros per day",
        # Pay said in Chinese figures, a range read as its upper figure.
        "在家用手机就能做，日赚三五百",
        "宝妈在家动动手指月入两三万",
        "足不出户，每天赚五百",
        "兼职打字，一天能赚一千五",
        # A third person's pay by the day is the task scam's testimony; "he says" reports a
        # promise; the reader's own month's pay is offered.
        "my friend did it, she makes $500 a day",
        "他说月入3万，加我微信",
        "your salary will be $8,000 per month",
        "Congratulations, you got the job! Salary $9,000 per month, add HR on Telegram",
        "உங்களுக்கு மாதம் $9000 சம்பளம், WhatsApp-இல் HR-ஐ சேர்க்கவும்",
    ],
)
def test_too_good_pay_is_read(text: str) -> None:
    assert list(high_pay(text))


@pytest.mark.parametrize(
    "text",
    [
        "$12.50 per hour, part time cashier",
        "OCBC Alert: A card transaction of SGD 86.40 was made at COLD STORAGE",
        "Your credit card payment of SGD 1,032.88 is due 20/06",
        "今天花了300元",
        "100 tracks a day",
        "dinner budget $50 a day",
        "get 2 free drinks a day",
        "set a budget 200 per day",
        "you will receive 300 points every day",
        "Gaji RM80 sehari untuk promoter",
        # A bare amount in Chinese is yuan: an office job's monthly pay, not dollars.
        "诚聘行政助理，月薪5000-6500，五险一金",
        "I work 12 hours a day at the hospital",
        "Nanny job, ₦8,000 per day",
        # Indonesian thousands and millions with no currency are rupiah: an ordinary wage.
        "Kerja mudah, gajinya 50rb sehari",
        "kerja part time gaji 2jt seminggu",
        "Adik aku kerja kilang, sehari dpt RM60 je",
        # A loan until payday: the day is a date, not a rate.
        "அக்கா, சம்பள நாள் வரை $300 கடன் தர முடியுமா?",
        "can lend me $300 till payday? salary comes in on 28th",
        # Chinese figures: an office wage, a count of orders, money spent, not pay.
        "诚聘行政助理，月薪五千，五险一金",
        "他一天要送两三百单，赚得不多",
        "今天花了三五百",
        # A month's pay someone else draws, told as news: no offer to the reader.
        "Her salary is now $9k a month after the promotion",
        "he makes like 12k per month at the bank",
        "我姐夫在银行上班，她说不如他，他月薪5万",
        "Pendapatan abang dia RM9k sebulan",
        "அவர் சம்பளம் மாதம் $15k",
        "My sister just landed a new role, $9,500 a month",
        "தங்கைக்கு நல்ல வேலை கிடைத்தது, மாதம் $6000 சம்பளம்",
        "அவருக்கு மாதம் $12,000 சம்பளம், பெரிய கம்பெனி",
    ],
)
def test_ordinary_amounts_are_not(text: str) -> None:
    assert list(high_pay(text)) == []


def _span(text: str, phrase: str) -> tuple[int, int]:
    start = text.index(phrase)
    return start, start + len(phrase)


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("Past returns of 8% p.a. are not indicative", "returns of 8%"),
        ("இந்த வருஷம் என் ETF 18% லாபம் குடுத்துச்சு", "18% லாபம"),
        ("今年星展股票赚了12%，请你吃午饭！", "赚了12%"),
        ("Untung 12% saham DBS tahun ni, aku belanja kau makan tengah hari!", "Untung 12%"),
        ("My ETF made 20% returns this year", "20% returns"),
        ("Fixed deposit promotion: 3.5% returns p.a. for 12 months", "3.5% returns"),
        ("CPF SA gives 4% interest a year", "4% interest"),
    ],
)
def test_a_year_of_market_returns_is_modest(text: str, phrase: str) -> None:
    assert modest_yearly_return(text, *_span(text, phrase))


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        # A shorter period anywhere in the sentence is a scam's count.
        ("Join our group, 20% returns monthly this year", "20% returns"),
        ("Ahli untung 30% seminggu, 20 tahun pengalaman", "untung 30%"),
        ("தினமும் 5% லாபம் இந்த வருஷம் முழுக்க", "5% லாபம"),
        # No year named, or more than a year's market gives.
        ("Our signals give 20% profit. Want to join?", "20% profit"),
        ("This year my coin made 150% returns", "150% returns"),
        # A yearly rate above what deposits and bonds pay is an offer, not a year looked back on.
        ("最近有一个年化回报18%的理财项目，风险很低", "回报18%"),
        ("Our fund pays 18% returns per annum, low risk", "18% returns"),
        # No percentage in the phrase.
        ("double your money this year", "double your money"),
    ],
)
def test_other_returns_are_not(text: str, phrase: str) -> None:
    assert not modest_yearly_return(text, *_span(text, phrase))


def test_a_percentage_under_a_hundred_is_no_certainty() -> None:
    # Numbers are read as one mark: the term "100% profit" also finds "15% profit".
    text = "Made 15% profit on my SGX stocks"
    assert short_of_certain(text, *_span(text, "15% profit"))
    for sure, phrase in (("100% profit guaranteed", "100% profit"), ("30% வருமானம் உறுதி", "")):
        assert not short_of_certain(sure, *_span(sure, phrase or sure))


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # Tamil puts the earning verb after a bare amount: it counts as one before it does.
        ("என் அக்கா தினமும் 600 சம்பாதிக்கிறாங்க, வீட்டிலிருந்தே", True),
        ("thambi daily 450 earn panraan, phone la", True),
        # Not a word further on: steps are no pay.
        ("every day 500 steps, earn points at the end", False),
        ("தினமும் 500 steps நடக்கணும்", False),
    ],
)
def test_an_earning_verb_after_a_bare_amount(text: str, found: bool) -> None:
    assert bool(list(high_pay(text))) is found


def test_a_third_persons_month_is_told_apart_not_dropped() -> None:
    # "his salary 30k a month" is no offer (high_pay finds nothing), but the span is kept,
    # marked as a third person's, for the rules to weigh beside an invitation (their_pay).
    text = "His salary 30k a month"
    assert list(high_pay(text)) == []
    assert [theirs for _, _, theirs in pay_spans(text)] == [True]
    assert [theirs for _, _, theirs in pay_spans("Salary 30k a month, WhatsApp us")] == [False]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # 时薪 is pay by the hour.
        ("兼职打字员，时薪60元，日结", True),
        # 临时, 及时, 随时 end in 时 and are no hour: a credit card's temporary limit is no pay.
        ("【招商银行】您尾号6621的信用卡临时额度已调整为30000元，有效期至2027年01月31日", False),
        ("请及时还款3000元，以免影响征信", False),
        ("随时可以提现5000元", False),
    ],
)
def test_words_ending_in_shi_are_no_hour(text: str, found: bool) -> None:
    assert bool(list(high_pay(text))) is found


@pytest.mark.parametrize(
    ("text", "told"),
    [
        # Pay taken over a period just past, in the four languages, the writer's or another's.
        ("Eh my ex-colleague earned $6,000 this month from this online part time", True),
        ("Income this month 5k++ just doing product reviews at home", True),
        ("本月收入5千+，每天只需一小时", True),
        ("我同事上个月赚了6000，就是做酒店评分的兼职", True),
        ("Bulan ini dapat RM5,000 hanya buat tugasan like video", True),
        ("இந்த மாசம் நான் $4,000 சம்பாதிச்சேன்", True),
        ("Intha maasam income 6k bro, just app rating task", True),
        # Two weeks' takings count by the week.
        ("My classmate's mum earned $3,200 in 2 weeks from this job", True),
        # Small sums, sums with no earning word, and counts are no takings.
        ("this month my OT very shiok, got $600 extra", False),
        ("Hi teacher, this month lessons 4 times so total $320", False),
        ("Today's task: complete 38 app optimization orders", False),
    ],
)
def test_pay_told_over_a_period_just_past(text: str, told: bool) -> None:
    assert bool(list(told_pay(text))) is told


def test_pay_told_over_a_period_just_past_is_no_rate() -> None:
    # "earned $6,000 this month" promises nothing by itself: told_pay finds it, high_pay not.
    text = "My ex-colleague earned $6,000 this month"
    assert list(high_pay(text)) == []
    assert list(told_pay(text)) != []


def test_malaysian_tanglish_velli_is_an_amount_but_not_friday() -> None:
    # "900 velli" is nine hundred ringgit in Malaysian Tamil chat (s39ta): a day's pay no
    # part-time job gives, read as "900 வெள்ளி" is; vellikizhamai is Friday, no currency.
    assert [end for _, end, _ in pay_spans("part time job, 900 velli per day")] == [32]
    assert list(pay_spans("part time job, 900 vellikizhamai per day")) == []
