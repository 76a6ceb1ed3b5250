"""A licensed employment agency's number, as Singapore's agencies write it beside their name.

The Ministry of Manpower licenses every employment agency and has it print its licence number
("EA Licence 16C8123", "EA No: 02C3423", "EA执照 17C9876", "EA Lesen 20C3456", "EA உரிமம்
15C2345") in its adverts and messages: two digits for the year, a letter, four or five digits.
A recruiter who writes it can be looked up and answers for the job; the fake recruiter's first
message names an agency but no number. The number is read in any language, as "EA" is written
so in all of them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Final

# "EA", then at most a few words or signs naming it (licence, no., 执照, lesen, உரிமம், a colon),
# then the number itself: 2 digits, a letter, 4-5 digits, standing on its own.
_LICENCE: Final = re.compile(
    r"(?<![0-9A-Za-z])EA(?![A-Za-z])[^0-9\n]{0,24}?(?<![0-9A-Za-z])(\d{2}[A-Z]\d{4,5})(?![0-9A-Za-z])"
)


def agency_licences(text: str) -> Iterator[tuple[int, int]]:
    """Where an employment agency's licence number is written, with the "EA" before it."""
    for match in _LICENCE.finditer(text):
        yield match.start(), match.end()
