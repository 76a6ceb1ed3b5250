"""The one catalogue of finding codes.

Each code is stable and never reused: tools outside this repository (moderation dashboards,
the evaluation, other bots) rely on them. A code has a severity (its weight in the score, see
:mod:`checkers.engine`) and a plain-language reason template in English; the bot's message
catalogues translate the same templates. ``tests/checkers/test_codes.py`` checks that every
emitted code is here and that README.md's table matches this catalogue.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Final

from checkers.verdict import Finding, Severity


@dataclass(frozen=True, slots=True)
class Code:
    """A catalogued finding: its code, weight, owning checker and reason template."""

    code: str
    severity: Severity
    checker: str
    template: str
    title: str


S = Severity
_CODES: Final[tuple[Code, ...]] = (
    # Lists kept by moderators (blocklists/). A hit decides the level on its own.
    Code(
        "LST001",
        S.CRITICAL,
        "url",
        "This link is on ScamCheck's list of confirmed scam sites: {evidence}.",
        "Link on the scam list",
    ),
    Code(
        "LST002",
        S.CRITICAL,
        "phone",
        "This phone number is on ScamCheck's list of numbers used by scammers: {evidence}.",
        "Number on the scam list",
    ),
    Code(
        "LST003",
        S.CRITICAL,
        "handle",
        "This Telegram account is on ScamCheck's list of scam accounts: {evidence}.",
        "Account on the scam list",
    ),
    Code(
        "LST005",
        S.CRITICAL,
        "handle",
        "This payment account is on ScamCheck's list of accounts used by scammers: {evidence}.",
        "Account on the mule list",
    ),
    Code(
        "LST004",
        S.INFO,
        "list",
        "ScamCheck's moderators have marked {evidence} as legitimate.",
        "On the allowlist",
    ),
    # Links.
    Code(
        "URL001",
        S.INFO,
        "url",
        "{evidence} is an official website of {brand}.",
        "Official website",
    ),
    Code(
        "URL002",
        S.HIGH,
        "url",
        "The link uses the name {brand} but goes to {domain}, which is not {brand}'s website.",
        "Brand name in a strange address",
    ),
    Code(
        "URL003",
        S.HIGH,
        "url",
        "The link imitates {brand} ({official}) but goes to {domain}.",
        "Look-alike address",
    ),
    Code(
        "URL004",
        S.HIGH,
        "url",
        "The address uses look-alike letters from another alphabet to imitate {brand}: it goes to {domain}.",
        "Look-alike letters",
    ),
    Code(
        "URL005",
        S.MEDIUM,
        "url",
        "The address {domain} mixes letters from different alphabets, a trick to make it look like another site.",
        "Mixed alphabets",
    ),
    Code(
        "URL006",
        S.LOW,
        "url",
        "The address uses international characters (really {domain}), which can hide a look-alike site.",
        "International characters",
    ),
    Code(
        "URL007",
        S.LOW,
        "url",
        "The link ends in .{tld}, a kind of address that is cheap to get and often used for scam sites.",
        "Risky address ending",
    ),
    Code(
        "URL008",
        S.MEDIUM,
        "url",
        "The link goes to a bare internet address ({domain}) instead of a named website.",
        "Bare internet address",
    ),
    Code(
        "URL009",
        S.LOW,
        "url",
        "The link is shortened ({domain}), so you cannot see where it really goes.",
        "Shortened link",
    ),
    Code(
        "URL010",
        S.HIGH,
        "url",
        "The link is written to look like {shown} but actually opens {domain}.",
        "Disguised address",
    ),
    Code(
        "URL011",
        S.MEDIUM,
        "url",
        "The link uses an unusual port ({port}), which normal websites do not need.",
        "Unusual port",
    ),
    Code(
        "URL012",
        S.LOW,
        "url",
        "The address has many parts before {domain}, a trick to push the real site out of view.",
        "Very long address",
    ),
    Code(
        "URL013",
        S.LOW,
        "url",
        "The link opens a login or verification page on {domain}, which is not an official site.",
        "Login page on an unofficial site",
    ),
    Code(
        "URL014",
        S.HIGH,
        "url",
        "The link text shows {shown} but it opens {domain}.",
        "Link text differs from target",
    ),
    Code(
        "URL015",
        S.LOW,
        "url",
        "The link's path mentions {brand}, but the site is {domain}.",
        "Brand name in the path",
    ),
    Code(
        "URL017",
        S.LOW,
        "url",
        "The page is on {domain}, where anyone can publish pages: it is not an official company site.",
        "Page anyone could publish",
    ),
    Code(
        "URL016",
        S.MEDIUM,
        "url",
        "The address {domain} looks like the addresses of known phishing sites.",
        "Looks like phishing addresses",
    ),
    Code(
        "URL018",
        S.INFO,
        "url",
        "The shortened link {evidence} leads to {domain}.",
        "Where a short link leads",
    ),
    Code(
        "URL019",
        S.MEDIUM,
        "url",
        # {shape}: which shape was found, a phrase of checkers.url.Shape (translated by the bot).
        "The link to {domain} has the shape of a phishing page: {shape}.",
        "Shape of a phishing page",
    ),
    Code(
        "URL020",
        S.MEDIUM,
        "url",
        "The link downloads an Android app ({file}) from outside the app store. An app installed from a link can read your messages and one-time passwords and take over your bank accounts.",
        "App download from a link",
    ),
    # Phone numbers.
    Code(
        "PHN001",
        S.INFO,
        "phone",
        "{evidence} is the official number of {brand}.",
        "Official hotline",
    ),
    Code(
        "PHN002",
        S.HIGH,
        "phone",
        "{evidence} starts with + but has only 8 digits: this is how an overseas caller fakes a local number.",
        "Faked local number",
    ),
    Code(
        "PHN003",
        S.MEDIUM,
        "phone",
        "{evidence} is a Singapore internet (VoIP) number, a kind often used by scammers.",
        "Internet phone number",
    ),
    Code(
        "PHN004",
        S.MEDIUM,
        "phone",
        "{evidence} is a premium-rate number: calling it can cost a lot.",
        "Premium-rate number",
    ),
    Code(
        "PHN005",
        S.HIGH,
        "phone",
        "The message claims to be from {brand} but gives an overseas number ({evidence}, {country}).",
        "Overseas number for a local organisation",
    ),
    Code("PHN006", S.LOW, "phone", "{evidence} is not a valid phone number.", "Invalid number"),
    Code(
        "PHN007",
        S.MEDIUM,
        "phone",
        "The message claims to be from {brand} but gives a personal mobile number ({evidence}): government offices do not ask you to call or message a mobile number.",
        "Mobile number for a government office",
    ),
    Code(
        "PHN008",
        S.HIGH,
        "phone",
        "It asks you to dial {evidence}: a code that forwards your calls to another number, so that a stranger gets your bank's calls and the one-time codes they read out.",
        "Call-forwarding code",
    ),
    # Wording of the message.
    Code(
        "TXT001",
        S.MEDIUM,
        "text",
        "It offers pay for simple tasks such as liking, reviewing or ordering: the hallmark of job scams ({evidence}).",
        "Pay per task",
    ),
    Code(
        "TXT002",
        S.LOW,
        "text",
        "It promises easy money with no experience needed ({evidence}).",
        "Easy money",
    ),
    Code(
        "TXT003",
        S.MEDIUM,
        "text",
        "It recruits for a part-time job through a chat app contact ({evidence}).",
        "Job through a chat app",
    ),
    Code(
        "TXT004",
        S.HIGH,
        "text",
        "It asks you to pay a fee or deposit before you can earn ({evidence}).",
        "Pay to work",
    ),
    Code(
        "TXT005",
        S.HIGH,
        "text",
        "It asks to use, rent or buy your bank account or Singpass: that makes you a money mule ({evidence}).",
        "Lend your account",
    ),
    Code(
        "TXT006",
        S.HIGH,
        "text",
        "It asks for your Singpass password, to change your Singpass e-mail or phone, or to approve a Singpass login ({evidence}).",
        "Singpass request",
    ),
    Code(
        "TXT007",
        S.HIGH,
        "text",
        "It asks for a photo of your NRIC or other identity card ({evidence}).",
        "NRIC photo request",
    ),
    Code(
        "TXT008",
        S.MEDIUM,
        "text",
        "It says your account is suspended, locked or must be verified ({evidence}).",
        "Account threat",
    ),
    Code(
        "TXT009",
        S.HIGH,
        "text",
        "It asks for a one-time password (OTP) or code: no bank or agency ever asks for it ({evidence}).",
        "OTP request",
    ),
    Code(
        "TXT010",
        S.MEDIUM,
        "text",
        "It asks for a fee to deliver or release a parcel ({evidence}).",
        "Parcel fee",
    ),
    Code(
        "TXT011",
        S.MEDIUM,
        "text",
        "It offers a refund, rebate or compensation you did not ask for ({evidence}).",
        "Unexpected refund",
    ),
    Code(
        "TXT012",
        S.HIGH,
        "text",
        "It promises guaranteed or very high investment returns ({evidence}).",
        "Guaranteed returns",
    ),
    Code(
        "TXT013",
        S.LOW,
        "text",
        "It talks about crypto or trading profits ({evidence}).",
        "Crypto or trading",
    ),
    Code(
        "TXT014",
        S.MEDIUM,
        "text",
        "It sounds like a friend with a new number ({evidence}): call the friend on the number you already have.",
        "Friend with a new number",
    ),
    Code(
        "TXT015",
        S.MEDIUM,
        "text",
        "It asks you to pay outside the shopping platform or to pay a deposit first ({evidence}).",
        "Pay outside the platform",
    ),
    Code(
        "TXT016",
        S.MEDIUM,
        "text",
        "It claims to be the police, a court or a government agency and talks about crimes or arrest ({evidence}).",
        "Government impersonation",
    ),
    Code("TXT017", S.LOW, "text", "It rushes you ({evidence}).", "Urgency"),
    Code("TXT018", S.LOW, "text", "It asks you to keep it secret ({evidence}).", "Secrecy"),
    Code(
        "TXT019",
        S.MEDIUM,
        "text",
        "It threatens you with a penalty, closure or arrest ({evidence}).",
        "Threat",
    ),
    Code(
        "TXT020",
        S.MEDIUM,
        "text",
        "It says you have won a prize or been selected for a reward ({evidence}).",
        "Prize you did not enter",
    ),
    Code(
        "TXT021",
        S.HIGH,
        "text",
        "It looks like a Singapore Government message but contains a link: real gov.sg SMS never do.",
        "Government message with a link",
    ),
    Code(
        "TXT022",
        S.MEDIUM,
        "text",
        "It asks you to update your KYC or account details through a link or number ({evidence}).",
        "KYC update",
    ),
    Code(
        "TXT023",
        S.HIGH,
        "text",
        "It asks for your card number, PIN, CVV or banking login ({evidence}).",
        "Bank details request",
    ),
    Code(
        "TXT024",
        S.LOW,
        "text",
        "It pushes you to call, click or reply to claim something ({evidence}).",
        "Call to claim",
    ),
    Code(
        "TXT025",
        S.MEDIUM,
        "text",
        "It asks you to transfer money or buy gift cards ({evidence}).",
        "Money transfer request",
    ),
    Code(
        "TXT026",
        S.MEDIUM,
        "text",
        "It promises a daily or weekly percentage, or to multiply your money ({evidence}).",
        "Unrealistic returns",
    ),
    Code(
        "TXT027",
        S.MEDIUM,
        "text",
        "It says a bill, toll or fine is unpaid and sends you to a link to pay it ({evidence}).",
        "Unpaid bill with a link",
    ),
    Code(
        "TXT028",
        S.MEDIUM,
        "text",
        "It offers a loan with instant approval or no checks: licensed moneylenders do not advertise like this ({evidence}).",
        "Easy loan",
    ),
    Code(
        "TXT029",
        S.MEDIUM,
        "text",
        "It starts as a message sent to the wrong number and then tries to make friends: a common start of investment and romance scams ({evidence}).",
        "Wrong-number opener",
    ),
    Code(
        "TXT030",
        S.MEDIUM,
        "text",
        "It tells of a payment or login you did not make and gives its own number or link to cancel it: call your bank on the number on your card instead ({evidence}).",
        "Unexpected charge with a number to call",
    ),
    Code(
        "TXT031",
        S.MEDIUM,
        "text",
        "Someone says they are your boss or a relative and cannot talk, has a new number or needs help: call them on the number you already have ({evidence}).",
        "Claims to be your boss or relative",
    ),
    Code(
        "TXT032",
        S.MEDIUM,
        "text",
        "It asks you to call a number back for a message, prize or admirer: such numbers can charge you by the minute ({evidence}).",
        "Call back a paid number",
    ),
    Code(
        "TXT033",
        S.HIGH,
        "text",
        "It asks you to install an app or share your screen: that lets a stranger see and control your banking ({evidence}).",
        "Install an app or share your screen",
    ),
    Code(
        "TXT034",
        S.MEDIUM,
        "text",
        "It says you will be charged for something you never signed up for, and offers its own way to cancel: check in the official app or website instead ({evidence}).",
        "Charge to cancel through them",
    ),
    Code(
        "TXT035",
        S.MEDIUM,
        "text",
        "It says you were exposed to an illness, tested positive or need a test, and sends you to a link that is not a health service's site ({evidence}).",
        "Health alert with a link",
    ),
    Code(
        "TXT036",
        S.MEDIUM,
        "text",
        "It says money reached you by mistake and asks you to send it back ({evidence}). Scammers fake such payments, or send money taken from another victim and have you pass it on: if money really came in, only your bank should reverse it.",
        "Money 'sent by mistake'",
    ),
    Code(
        "TXT037",
        S.MEDIUM,
        "text",
        "It offers you a fortune that is not yours: an inheritance, a box of cash to keep, or a share of millions to move ({evidence}). Such offers end with fees for you to pay, or with your bank account used to move stolen money.",
        "A fortune for a stranger",
    ),
    Code(
        "TXT038",
        S.MEDIUM,
        "text",
        "Some of its words are spelt with look-alike letters from another alphabet ({evidence}). Senders do this to slip past spam filters; banks, shops and the government do not.",
        "Disguised letters",
    ),
    Code(
        "TXT039",
        S.MEDIUM,
        "text",
        "It says a voicemail, unread messages, or a photo or a video of you are waiting at a link ({evidence}). Such links install an app that reads your messages and one-time codes: a real voicemail is heard by calling your own carrier, and real messages are read in their own app.",
        "Voicemail, messages or photo at a link",
    ),
    Code(
        "TXT040",
        S.MEDIUM,
        "text",
        "It says your flight or booking was cancelled and gives a number to call to rebook or get a refund ({evidence}). Airlines and booking sites tell of changes in their own app or site: check there, or call the number on their official site.",
        "Cancelled trip with a number to call",
    ),
    Code(
        "TXT041",
        S.HIGH,
        "text",
        "It says your money, loan, prize or refund is released only once you pay a fee, tax or deposit first ({evidence}). Real lenders, exchanges and prize-givers deduct their charges from what they pay out; a fee to unlock your own money is how these scams take more.",
        "Fee to release your money",
    ),
    # Scam families: red flags that together make a known kind of scam.
    Code(
        "FAM001",
        S.HIGH,
        "text",
        "Together these are the signs of a job scam: easy pay for little work, offered by a stranger on a chat app or only if you pay a fee first.",
        "Job scam",
    ),
    Code(
        "FAM002",
        S.HIGH,
        "text",
        "Together these are the signs of a task scam: commission for liking, rating or ordering, with your own money put in first.",
        "Task scam",
    ),
    Code(
        "FAM003",
        S.HIGH,
        "text",
        "Together these are the signs of phishing (a fake login): a problem with your account, and a way to fix it that hands your login or codes to scammers.",
        "Account phishing",
    ),
    Code(
        "FAM004",
        S.HIGH,
        "text",
        "Together these are the signs of a parcel scam: a delivery problem, and a link or fee to release the parcel.",
        "Parcel scam",
    ),
    Code(
        "FAM005",
        S.HIGH,
        "text",
        "Together these are the signs of a fake bill: an unpaid bill, toll or fine, a deadline or penalty, and a link to pay.",
        "Fake bill, toll or fine",
    ),
    Code(
        "FAM006",
        S.HIGH,
        "text",
        "Together these are the signs of a fake refund or prize: money you did not expect, and a link, contact or fee to claim it.",
        "Fake refund or prize",
    ),
    Code(
        "FAM007",
        S.HIGH,
        "text",
        "Together these are the signs of a marketplace scam: payment outside the platform, a deposit first, or a payment link.",
        "Marketplace scam",
    ),
    Code(
        "FAM008",
        S.HIGH,
        "text",
        "Together these are the signs of a fake-friend scam: someone on a new number who soon asks for money.",
        "Fake-friend scam",
    ),
    Code(
        "FAM009",
        S.HIGH,
        "text",
        "Together these are the signs of an impersonation scam: someone posing as your boss or a relative needs money urgently and cannot talk.",
        "Boss or relative impersonation",
    ),
    Code(
        "FAM010",
        S.HIGH,
        "text",
        "Together these are the signs of an official impersonation scam: accusations, threats or secrecy, and a demand for money or details.",
        "Official impersonation",
    ),
    Code(
        "FAM011",
        S.HIGH,
        "text",
        "Together these are the signs of an investment scam: promised returns, and a group or app to join, or a mentor to follow.",
        "Investment scam",
    ),
    Code(
        "FAM012",
        S.HIGH,
        "text",
        "Together these are the signs of a loan scam: easy approval, and a fee to pay or a chat contact to add before you get any money.",
        "Loan scam",
    ),
    Code(
        "FAM013",
        S.HIGH,
        "text",
        "Together these are the signs of money-mule recruitment: money for the use of your bank account.",
        "Money-mule recruitment",
    ),
    Code(
        "FAM014",
        S.HIGH,
        "text",
        "Together these are the signs of a fake customer-service call: a charge, refund or order problem, and a request for an app, your screen, codes or money to fix it.",
        "Fake customer service",
    ),
    # The language of the message.
    Code(
        "LNG001",
        S.INFO,
        "text",
        "We could not judge the wording: the message seems to be in {language}, which we do not read yet. Its links, numbers and accounts were checked.",
        "Wording not judged",
    ),
    # Learned model over the wording (one more signal, never the only one).
    Code(
        "MDL001",
        S.MEDIUM,
        "model",
        "Its wording is very similar to known scam messages.",
        "Scam-like wording",
    ),
    # Forward origin (from the messenger, via the bot).
    Code(
        "FWD001",
        S.LOW,
        "origin",
        "It was forwarded from someone who hides their account ({evidence}).",
        "Hidden sender",
    ),
    Code(
        "FWD002",
        S.MEDIUM,
        "origin",
        "It comes from a channel or group named like {evidence}, not from a person or official account.",
        "Channel posing as someone",
    ),
    # Pictures: text read from screenshots (OCR) and QR codes (checkers/picture.py).
    Code(
        "IMG001",
        S.INFO,
        "picture",
        'This text was read from your picture and may contain reading mistakes: "{evidence}"',
        "Text read from a picture",
    ),
    Code(
        "IMG002",
        S.INFO,
        "picture",
        "Picture {evidence} is too large to read. Please send a screenshot, or type the links and numbers you see.",
        "Picture too large",
    ),
    Code(
        "IMG003",
        S.INFO,
        "picture",
        "Picture {evidence} could not be read: it is damaged, moving or not a picture. Please send a screenshot.",
        "Picture not readable",
    ),
    Code(
        "IMG004",
        S.INFO,
        "picture",
        "Sorry, we could not read picture {evidence} in time. Please type the links and numbers you see in it.",
        "Picture not read in time",
    ),
    Code(
        "IMG005",
        S.INFO,
        "picture",
        "The picture has very many QR codes. We checked only the first {evidence}.",
        "Too many QR codes",
    ),
    Code(
        "QR001",
        S.INFO,
        "picture",
        "The QR code opens {evidence}. Check this link before you open it.",
        "QR code link",
    ),
    Code(
        "QR002",
        S.INFO,
        "picture",
        "The QR code asks you to pay by PayNow to {evidence}. Make sure you know who this is before you pay.",
        "PayNow QR code",
    ),
    Code(
        "QR003",
        S.INFO,
        "picture",
        "The QR code opens a chat with {evidence}. Strangers who move you to a chat app are often scammers.",
        "QR code to a chat",
    ),
    # Scam campaigns: messages like ones moderators judged or citizens reported (issue 13).
    Code(
        "CMP001",
        S.CRITICAL,
        "campaign",
        "Our moderators confirmed messages like this one as a scam. Times seen since {date}: {count}.",
        "Confirmed scam message",
    ),
    Code(
        "CMP002",
        S.MEDIUM,
        "campaign",
        "{count} people reported messages like this one as a scam.",
        "Reported by several people",
    ),
    Code(
        "CMP003",
        S.INFO,
        "campaign",
        "Our moderators checked messages like this one and found them genuine.",
        "Known genuine message",
    ),
)

CATALOGUE: Final[Mapping[str, Code]] = {c.code: c for c in _CODES}


class _Params(dict[str, str]):
    def __missing__(self, key: str) -> str:
        return "?"


def finding(code: str, evidence: str, **params: str) -> Finding:
    """Build a catalogued finding; the reason is the code's template filled with ``params``."""
    entry = CATALOGUE[code]
    values = _Params(params, evidence=evidence)
    return Finding(
        code=code,
        severity=entry.severity,
        reason=entry.template.format_map(values),
        evidence=evidence,
        checker=entry.checker,
        params=dict(values),
    )
