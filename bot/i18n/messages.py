"""Every citizen-facing string of the bot and the command line, in English.

The English text is the gettext message id; ``bot/i18n/locale/<lang>/LC_MESSAGES/scamcheck.po``
translate it. Strings are marked with :func:`N_` so that ``scripts/i18n.py`` extracts them;
the finding reasons come from the catalogue in :mod:`checkers.codes`. Placeholders in braces
are filled after translation (``str.format``); every translation keeps the same placeholders
(a test checks it).
"""

from __future__ import annotations

from typing import Final


def N_(message: str) -> str:
    """Mark a string for extraction; it is translated where it is shown."""
    return message


# The verdict card.
LEVEL_SCAM: Final = N_("🔴 Likely scam")
LEVEL_SUSPICIOUS: Final = N_("🟠 Be careful")
LEVEL_NO_RED_FLAGS: Final = N_("⚪ No known red flags — still verify")
FROM_LIST: Final = N_("Our moderators have confirmed this as a scam.")
FROM_LIST_SINCE: Final = N_("On our scam list since {date}.")
FROM_LIST_REPORTED: Final = N_("On our scam list since {date}, reported by {count} people.")
AUTOMATIC: Final = N_("Automatic check: no person has reviewed this message.")
WHAT_WE_FOUND: Final = N_("What we found:")
NOTHING_FOUND: Final = N_(
    "We found nothing on our lists and no known scam signs. That does not prove it is safe."
)
MORE_FINDINGS: Final = N_("…and {count} more signs.")
COULD_NOT_CHECK_LISTS: Final = N_(
    "⚠️ Our scam lists could not be checked just now, so this result comes from automatic "
    "checks only."
)
COULD_NOT_CHECK_PART: Final = N_("⚠️ Part of the check could not be done ({what}).")
FORWARDED_FROM: Final = N_("Forwarded from: {name}")
ORIGINAL_DATE: Final = N_("First sent on {date}.")
COMBINED: Final = N_("I checked the {count} messages you sent together.")

ADD: Final = N_("➕ ADD")
CHECK: Final = N_("🔍 CHECK")
TELL: Final = N_("📣 TELL")
ADD_DEFAULT: Final = N_("Install the ScamShield app to filter scam calls and messages.")
ADD_BANK: Final = N_(
    "Lower your bank's transaction limits or turn on its money lock, and install the "
    "ScamShield app."
)
ADD_SINGPASS: Final = N_(
    "Never share your Singpass password or approve a login you did not start yourself. Keep "
    "Singpass two-factor authentication on."
)
ADD_JOB: Final = N_(
    "A real job never asks you to pay first, or to lend your bank account or Singpass."
)
ADD_INVESTMENT: Final = N_(
    "Check the company on the MAS Financial Institutions Directory before you invest."
)
CHECK_BRAND: Final = N_(
    "Contact {name} yourself: call {hotline} or type {website} into your browser. Never use "
    "a number or link in the message."
)
CHECK_BRAND_NO_HOTLINE: Final = N_(
    "Contact {name} yourself: type {website} into your browser. Never use a number or link "
    "in the message."
)
CHECK_DEFAULT: Final = N_(
    "Contact the organisation yourself, with the number on its official website or on the "
    "back of your card. Never use a number or link in the message."
)
CHECK_FRIEND: Final = N_(
    "Call your friend or relative on the number you already have, or ask something only "
    "they would know."
)
TELL_TEXT: Final = N_(
    "Call the ScamShield Helpline 1799 or report at scamshield.gov.sg. If you sent money or "
    "details, call your bank now and the police at 1800 255 0000 (999 if you are in danger). "
    "Tell your family."
)

BUTTON_REPORT: Final = N_("🚩 Report this scam")
BUTTON_WARN: Final = N_("👪 Warn my family")
BUTTON_WRONG: Final = N_("❓ This is wrong")
BUTTON_ANOTHER: Final = N_("🔁 Check another")

# Reporting, disputes and warnings.
REPORT_CONSENT: Final = N_(
    "Send this to our moderators? We will send the links, numbers and accounts we found. You "
    "can also send the message text."
)
BUTTON_SEND_INDICATORS: Final = N_("✅ Send links and numbers")
BUTTON_SEND_WITH_TEXT: Final = N_("✅ Also send the message text")
BUTTON_CANCEL: Final = N_("✖️ Cancel")
BUTTON_NOTIFY_ME: Final = N_("🔔 Tell me the outcome")
REPORT_SENT: Final = N_("Thank you! Your report was sent to our moderators.")
REPORT_NOTHING: Final = N_(
    "There were no links, numbers or accounts in this message to report. Please report it to "
    "the ScamShield Helpline 1799."
)
REPORT_CANCELLED: Final = N_("Cancelled. Nothing was sent.")
REPORT_EXPIRED: Final = N_("This check is too old. Please forward the message again.")
REPORT_LIMIT: Final = N_("You have sent many reports today. Thank you! Please try again tomorrow.")
NOTIFY_ON: Final = N_("We will tell you what our moderators decide.")
OUTCOME_CONFIRMED: Final = N_(
    "Update on your report: our moderators confirmed it as a scam and blocked it. Thank you "
    "for protecting others!"
)
OUTCOME_REJECTED: Final = N_(
    "Update on your report: our moderators did not find enough to call it a scam. Stay "
    "careful and verify with official sources."
)
DISPUTE_SENT: Final = N_(
    "Thank you. We sent your feedback to our moderators, who will look at this result again."
)
WARNING_HEADER: Final = N_("⚠️ Scam warning — please read")
WARNING_BODY: Final = N_(
    "I received a message that looks like a scam. {reason} Do not click links or call "
    "numbers in messages like this. If unsure, call the ScamShield Helpline 1799."
)
WARNING_INTRO: Final = N_("Forward the warning below to your family chat:")

# Menus for people who never type a command.
CHOOSE_LANGUAGE: Final = N_("Please choose your language:")
WELCOME: Final = N_(
    "Welcome to ScamCheck! I check messages, links and phone numbers for scams.\n\n"
    "Forward me a suspicious message, or tap a button below."
)
MENU_CHECK_MESSAGE: Final = N_("📩 Check a message")
MENU_CHECK_PHONE: Final = N_("📞 Check a phone number")
MENU_CHECK_LINK: Final = N_("🔗 Check a link")
MENU_SCAMMED: Final = N_("🆘 I think I've been scammed")
MENU_TIPS: Final = N_("💡 How to spot a scam")
MENU_LANGUAGE: Final = N_("🌐 Language")
INSTRUCT_MESSAGE: Final = N_("Forward the message to me, or paste it here.")
INSTRUCT_PHONE: Final = N_("Type or paste the phone number here.")
INSTRUCT_LINK: Final = N_("Paste the link here.")
BUTTON_EXAMPLE: Final = N_("👀 Try an example")
EXAMPLE_INTRO: Final = N_("Here is an example of a scam message and what I would tell you:")
EXAMPLE_MESSAGE: Final = N_(
    "DBS: Your account has been suspended. Verify your account now at "
    "https://dbs-sg-verify.xyz/login to avoid permanent closure."
)
SCAMMED_STEPS: Final = N_(
    "Stay calm and act now, in this order:\n"
    "1. Call your bank's 24-hour hotline to freeze your account: {banks}.\n"
    "2. Call the ScamShield Helpline 1799, or the police at 1800 255 0000 (999 if you are in "
    "danger).\n"
    "3. Do not pay or transfer any more money, whatever they tell you.\n"
    "4. Change your passwords, including Singpass, and turn on two-factor authentication.\n"
    "5. Tell your family, and keep the messages as evidence."
)
TIPS: Final = N_(
    "Signs of a scam:\n"
    "• A job that pays for simple tasks, or asks you to pay first.\n"
    "• Anyone asking for your OTP, Singpass password or bank login.\n"
    '• "Your account is suspended, click this link."\n'
    '• A friend with a "new number" who needs money.\n'
    "• Guaranteed high returns on an investment.\n"
    "• Police or officials who ask you to transfer money.\n\n"
    "Add: install ScamShield. Check: with official sources. Tell: the authorities and family."
)
LANGUAGE_SET: Final = N_("Language set to English.")

# Answers to things the bot cannot check.
PHOTO_ONLY: Final = N_(
    "I cannot read pictures yet. Please forward the message with its text, or type the links "
    "and phone numbers you see in the picture."
)
UNSUPPORTED: Final = N_(
    "I can check text messages, links, phone numbers and contact cards. Please forward the "
    "message to me."
)
EMPTY: Final = N_("I did not find anything to check. Please forward the message to me.")
# Pictures (issue 12): videos and files that are not pictures.
NOT_A_PICTURE: Final = N_(
    "I can read text, photos and screenshots, but not videos or other files. Please send a "
    "screenshot, or forward the message with its text."
)
PICTURE_EMPTY: Final = N_(
    "I could not find any text or QR code in this picture. Please send a clearer screenshot, "
    "or type the links and numbers you see."
)
SLOW_DOWN: Final = N_("You are sending messages very fast. Please wait a minute and try again.")
ERROR: Final = N_("Sorry, something went wrong. Please try again in a moment.")

NOT_MODERATOR: Final = N_("Only ScamCheck moderators can do this.")

# The command menu (setMyCommands).
COMMAND_START: Final = N_("Start and choose your language")
COMMAND_CHECK: Final = N_("How to check a message")
COMMAND_SCAMMED: Final = N_("I think I've been scammed")
COMMAND_TIPS: Final = N_("How to spot a scam")
COMMAND_LANGUAGE: Final = N_("Change language")

# Issue 14 — the card says what it checked.
CHECKED: Final = N_("Checked: {items}")
CHECKED_NUMBER: Final = N_("{number} ({kind})")
COUNTRY_SINGAPORE: Final = N_("Singapore")
NUMBER_MOBILE: Final = N_("{country} mobile number")
NUMBER_FIXED_LINE: Final = N_("{country} landline number")
NUMBER_FIXED_LINE_OR_MOBILE: Final = N_("{country} phone number")
NUMBER_TOLL_FREE: Final = N_("{country} toll-free number")
NUMBER_PREMIUM: Final = N_("{country} premium-rate number")
NUMBER_VOIP: Final = N_("{country} internet (VoIP) number")
NUMBER_OTHER: Final = N_("{country} number")
CHECKED_LINK: Final = N_("1 link")
CHECKED_LINKS: Final = N_("{count} links")
CHECKED_ACCOUNT: Final = N_("1 account")
CHECKED_ACCOUNTS: Final = N_("{count} accounts")
CHECKED_EMAIL: Final = N_("1 email address")
CHECKED_EMAILS: Final = N_("{count} email addresses")
CHECKED_MORE_NUMBERS: Final = N_("{count} more numbers")

# Issue 14 — inline mode (@bot TEXT-OR-LINK in any chat).
INLINE_HELP: Final = N_("Type or paste a message, link or number to check")
INLINE_SEND: Final = N_("Tap to send this result into the chat")

# Issue 14 — the group guardian.
GUARD_WARNING_SCAM: Final = N_(
    "🔴 ScamCheck: this message is likely a scam. Do not click its links, call its numbers "
    "or send money."
)
GUARD_WARNING_CAREFUL: Final = N_(
    "🟠 ScamCheck: be careful with this message. Check with the real organisation before you "
    "do anything."
)
GUARD_BUTTON: Final = N_("🔍 See why (private chat)")
GUARD_CARD_EXPIRED: Final = N_(
    "This check is no longer available. Please forward the message to me to check it again."
)
GUARD_ON: Final = N_("ScamCheck checks every message in this group and warns about likely scams.")
GUARD_STRICT: Final = N_(
    "ScamCheck checks every message in this group and warns about likely scams and about "
    "messages to be careful with."
)
GUARD_OFF: Final = N_(
    "ScamCheck no longer checks messages in this group. Mention me in a reply to check one."
)
GUARD_USAGE: Final = N_("Admins can send /guard on, /guard strict or /guard off.")
GUARD_ADMINS_ONLY: Final = N_("Only this group's admins can change this.")

# Issue 14 — the caregiver link.
MENU_FAMILY: Final = N_("👪 Let my family look out for me")
FAMILY_INTRO: Final = N_(
    "A family member can get a short note each time a message you check is likely a scam. "
    "They do not see your messages unless you allow it."
)
FAMILY_LOOKING_OUT: Final = N_("Looking out for you: {names}")
FAMILY_YOU_LOOK_OUT: Final = N_("You look out for: {names}")
BUTTON_FAMILY_INVITE: Final = N_("➕ Invite a family member")
BUTTON_SHARE_TEXT_OFF: Final = N_("📝 Share the message text: OFF")
BUTTON_SHARE_TEXT_ON: Final = N_("📝 Share the message text: ON")
BUTTON_UNLINK: Final = N_("✖️ Stop the link with {name}")
CARE_INVITE: Final = N_(
    "Send this link to your family member. It works once, for 24 hours:\n{link}"
)
BUTTON_SEND_LINK: Final = N_("📤 Send the link")
CARE_SHARE_TEXT: Final = N_("Please look out for me on ScamCheck.")
CARE_ASK: Final = N_(
    "{name} asks you to look out for them. You will get a short note when a message they "
    "check is likely a scam. Do you agree?"
)
BUTTON_CARE_ACCEPT: Final = N_("✅ Yes, I agree")
BUTTON_CARE_CONFIRM: Final = N_("✅ Yes, confirm")
BUTTON_CARE_DECLINE: Final = N_("No, thank you")
CARE_INVALID: Final = N_("This link has expired or was already used. Please ask for a new one.")
CARE_OWN: Final = N_("This is your own link. Please send it to a family member.")
CARE_WAITING: Final = N_("Thank you. We have asked {name} to confirm.")
CARE_CONFIRM: Final = N_(
    "{name} wants to look out for you. They will get a short note when a message you check "
    "is likely a scam. Do you agree?"
)
CARE_LINKED: Final = N_("Done. {name} now looks out for you.")
CARE_LINKED_CAREGIVER: Final = N_("Done. You now look out for {name}.")
CARE_NOTHING_SHARED: Final = N_("All right. Nothing will be shared.")
CARE_TOO_MANY: Final = N_("There are too many family links. Please stop one first.")
CARE_UNLINKED: Final = N_("The link with {name} has stopped.")
CARE_ALERT: Final = N_("👪 {name} checked a message: {level} ({time}).")
CARE_ALERT_TEXT: Final = N_("The message:\n{text}")
CARE_FAMILY_UNKNOWN: Final = N_("It shows signs of a scam.")
# A press on a button no action claims (from an older version of the bot, or forged data).
BUTTON_EXPIRED: Final = N_("This button has expired. Please send the message again.")
