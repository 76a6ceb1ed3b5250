"""Languages: what we read is judged; what we do not read is never flagged for its wording."""

from __future__ import annotations

import pytest

from checkers.language import read_language
from checkers.text import TextChecker
from tests.checkers.helpers import codes, run

CHECKER = TextChecker()


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Quy khach da nap thanh cong 100.000d vao tai khoan. Chi tiet LH 198 (mien phi).", "vi"),
        ("Ma xac thuc OTP cua ban la 123456. Vui long khong chia se cho bat ky ai.", "vi"),
        ("Quý khách đã nạp thành công 100.000đ vào tài khoản của mình hôm nay.", "vi"),
        ("บัญชีของคุณถูกระงับ กรุณายืนยันตัวตนที่ลิงก์นี้", "th"),
        ("고객님의 계좌가 정지되었습니다. 링크에서 확인하세요.", "ko"),
        ("Magandang umaga po, pwede po ba kayong tumawag sa akin ngayon, salamat po", "tl"),
        ("Hola amigo, necesito que me envies dinero urgente por favor, gracias", "es"),
        ("Hallo, ik heb je pakket niet kunnen bezorgen, nee echt niet", "nl"),
    ],
)
def test_languages_we_do_not_read(text: str, language: str) -> None:
    reading = read_language(text)
    assert (reading.language, reading.readable) == (language, False)


@pytest.mark.parametrize(
    "text",
    [
        "Ok lor... Wat time u finish?",
        "Your package could not be delivered, update your address now",
        "Peluang kerja dari rumah, pendapatan harian $250. Tiada pengalaman.",
        "招聘网络兼职人员，时间自由",
        "வீட்டிலிருந்து வேலை, தினசரி சம்பளம்",
        # Tamil in Latin letters, which the detector alone takes for Norwegian or Sanskrit.
        "Poda dei, nee romba mosam",
        "Thambi sapta ya? Amma kekkuraanga",
        "hi",
        "",
    ],
)
def test_languages_we_read(text: str) -> None:
    assert read_language(text).readable


async def test_wording_we_cannot_read_is_not_judged_but_said_so() -> None:
    text = "Quy khach da trung thuong 50,000,000 VND, vui long lien he ngay de nhan giai thuong."
    findings = await run(CHECKER, text)
    assert [f.code for f in findings] == ["LNG001"]
    assert "Vietnamese" in findings[0].reason


async def test_links_in_a_language_we_cannot_read_are_still_checked() -> None:
    from checkers.engine import Engine
    from checkers.verdict import Submission

    text = "Tai khoan cua quy khach bi khoa, vui long xac minh tai dbs-sg-verify.xyz ngay hom nay"
    verdict = await Engine(None).check(Submission(text=text))
    found = {f.code for f in verdict.findings}
    assert "LNG001" in found and "URL002" in found
    assert verdict.level != "no_red_flags"
    assert not any(code.startswith(("TXT", "FAM", "MDL")) for code in found)
    assert await codes(CHECKER, "Eh you free this Sat?") == set()


async def test_tamil_in_latin_letters_is_judged() -> None:
    text = "Amma, en phone udanjiduchu, pudhu number idhu. Avasaram, $500 PayNow pannunga"
    assert read_language(text).readable
    found = await codes(CHECKER, text)
    assert "LNG001" not in found and "TXT014" in found
