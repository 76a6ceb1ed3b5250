"""The phone checker."""

from __future__ import annotations

import phonenumbers
import pytest
from phonenumbers import PhoneNumberType

from checkers.phone import PhoneChecker, describe_number, example_number, local_brand_mentioned
from tests.checkers.helpers import codes, run

CHECKER = PhoneChecker()
MOBILE = example_number(PhoneNumberType.MOBILE)  # +6581234567
VOIP = example_number(PhoneNumberType.VOIP)
PREMIUM = example_number(PhoneNumberType.PREMIUM_RATE)
MY_MOBILE = example_number(PhoneNumberType.MOBILE, "MY")


def national(e164: str) -> str:
    number = phonenumbers.parse(e164)
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)


async def test_a_local_mobile_number_alone_is_no_red_flag() -> None:
    assert await codes(CHECKER, f"Call me at {national(MOBILE)}") == set()


async def test_overseas_caller_faking_a_local_number() -> None:
    findings = await run(CHECKER, "Missed call from +91234567, please call back")
    assert [f.code for f in findings] == ["PHN002"]
    assert findings[0].evidence == "+91234567"


async def test_singapore_voip_number() -> None:
    assert await codes(CHECKER, f"Contact our officer at {VOIP}") == {"PHN003"}


async def test_premium_rate_number() -> None:
    assert await codes(CHECKER, f"Call {national(PREMIUM)} to claim") == {"PHN004"}


async def test_local_bank_with_an_overseas_number() -> None:
    findings = await run(CHECKER, f"DBS Bank: your card is blocked, call {MY_MOBILE} now")
    assert "PHN005" in {f.code for f in findings}
    reason = next(f.reason for f in findings if f.code == "PHN005")
    assert "DBS" in reason and "Malaysia" in reason


async def test_overseas_number_without_a_local_claim_is_not_flagged() -> None:
    assert await codes(CHECKER, f"My cousin in KL: {MY_MOBILE}") == set()


async def test_invalid_number_given_to_call() -> None:
    assert await codes(CHECKER, "Call 09061701462 now to claim") == {"PHN006"}


async def test_invalid_digits_that_are_not_presented_as_a_number() -> None:
    assert await codes(CHECKER, "Your order 09061701462 has shipped") == set()


async def test_official_hotlines_are_recognised() -> None:
    findings = await run(
        CHECKER, "Call 1799 or the police hotline 1800 255 0000, or DBS on 1800 339 6963"
    )
    assert [f.code for f in findings] == ["PHN001", "PHN001", "PHN001"]
    assert "ScamShield" in findings[0].reason and "DBS" in findings[2].reason


async def test_blocklisted_number() -> None:
    found = await codes(
        CHECKER, f"WhatsApp {national(MOBILE)}", entries=[("block", "phone", MOBILE)]
    )
    assert found == {"LST002"}


async def test_allowlisted_number() -> None:
    found = await codes(CHECKER, f"Call {VOIP}", entries=[("allow", "phone", VOIP)])
    assert found == {"LST004"}


async def test_contact_card_numbers_without_plus() -> None:
    found = await run(
        CHECKER, "", phones=(MOBILE.lstrip("+"),), entries=[("block", "phone", MOBILE)]
    )
    assert [f.code for f in found] == ["LST002"]


async def test_whatsapp_link_numbers_are_checked() -> None:
    found = await codes(
        CHECKER, f"wa.me/{MOBILE.lstrip('+')}", entries=[("block", "phone", MOBILE)]
    )
    assert found == {"LST002"}


def test_local_brand_mentions() -> None:
    brand = local_brand_mentioned("【星展银行】您的账户")
    assert brand is not None and brand.key == "dbs"
    assert local_brand_mentioned("see you at mom's place") is None


# Issue 14: what a number is, and what that means.


async def test_a_local_mobile_number_claiming_to_be_a_government_office() -> None:
    text = f"IRAS: you have unpaid tax. WhatsApp our officer at {national(MOBILE)} today."
    findings = await run(CHECKER, text)
    assert [f.code for f in findings] == ["PHN007"]
    assert "IRAS" in findings[0].reason and national(MOBILE) in findings[0].reason


@pytest.mark.parametrize(
    "text",
    [
        "Kitchen helper wanted, $1,900 + CPF, 6 days. Call {}",
        "Part-time retail assistant, $10/hr, CPF contribution provided. WhatsApp {}",
        "Selling 4-room HDB flat at Tampines, $520k. Call agent Jason {} for viewing",
        "HDB 5-room for sale at Punggol, call {}",
    ],
)
async def test_an_agency_named_as_a_benefit_or_a_listing_is_no_office_speaking(text: str) -> None:
    assert "PHN007" not in await codes(CHECKER, text.format(national(MOBILE)))


async def test_an_office_that_names_a_flat_still_speaks() -> None:
    text = f"Your HDB flat is selected for a rebate, call our officer at {national(MOBILE)}"
    assert "PHN007" in await codes(CHECKER, text)


async def test_a_local_landline_for_a_government_office_is_not_flagged() -> None:
    landline = example_number(PhoneNumberType.FIXED_LINE)
    assert await codes(CHECKER, f"IRAS: call us at {national(landline)}") == set()


async def test_a_bank_giving_a_local_mobile_is_not_the_government_finding() -> None:
    assert "PHN007" not in await codes(CHECKER, f"DBS: call {national(MOBILE)}")


@pytest.mark.parametrize(
    "text",
    [
        "MTN: to receive your bonus data dial *21*0812345678# and press call",
        "Your SIM upgrade: dial **62*08033124511# now",
        "to stop the hacker please dial *401*0704112233# immediately",
        "The courier cannot reach you, dial *72 then 915-333-0477",
    ],
)
async def test_a_call_forwarding_code_with_a_number(text: str) -> None:
    assert "PHN008" in await codes(CHECKER, text)


@pytest.mark.parametrize(
    "text",
    ["Dial *123# for your balance", "To turn off forwarding dial *73", "Check with *#21#"],
)
async def test_other_keypad_codes_are_not_forwarding(text: str) -> None:
    assert "PHN008" not in await codes(CHECKER, text)


def test_describe_number_gives_country_and_type() -> None:
    kinds = {
        PhoneNumberType.MOBILE: "mobile",
        PhoneNumberType.FIXED_LINE: "fixed_line",
        PhoneNumberType.TOLL_FREE: "toll_free",
        PhoneNumberType.PREMIUM_RATE: "premium",
        PhoneNumberType.VOIP: "voip",
    }
    for number_type, kind in kinds.items():
        described = describe_number(example_number(number_type))
        assert described is not None
        assert (described.region, described.kind) == ("SG", kind)
    mobile = describe_number(MOBILE)
    assert mobile is not None and mobile.shown == "+65 8123 4567"
    malaysian = describe_number(MY_MOBILE)
    assert malaysian is not None and (malaysian.region, malaysian.kind) == ("MY", "mobile")
    assert describe_number("+6500000") is None
    assert describe_number("not a number") is None
