"""A licensed employment agency's number, read in any of the four languages."""

from __future__ import annotations

import pytest

from checkers.agency import agency_licences


@pytest.mark.parametrize(
    "text",
    [
        "Daniel Lee from PeopleBridge Recruitment (EA Licence 19C1234)",
        "TalentCore Pte Ltd (EA 21S5678, Reg No R1987654)",
        "Recruit Express EA No: 99C4599",
        "ManpowerGroup (EA 02C3423)",
        "万得人力资源（EA执照 17C9876）",
        "KerjaPro Recruitment (EA Lesen 20C3456)",
        "ப்ரைம் ரிக்ரூட்மென்ட் (EA உரிமம் 15C2345)",
        "EA Lic. No. 12C12345",
    ],
)
def test_an_agency_licence_number_is_read(text: str) -> None:
    assert list(agency_licences(text))


@pytest.mark.parametrize(
    "text",
    [
        # No number, or a number that is no licence's.
        "MOM-registered agency, EA licence holder",
        "Flight EA 1234 lands at 5pm",
        "Your order 19C1234 is ready",
        "ref 21S5678 for your parcel, tea break at 3",
        "Each item 12C3456",
        "Reply with your NRIC S1234567A",
    ],
)
def test_other_numbers_are_no_licence(text: str) -> None:
    assert list(agency_licences(text)) == []
