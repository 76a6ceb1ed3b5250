"""QR codes in a picture: decoded with zxing-cpp and understood (a link, a PayNow payee, text)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Final, Literal

if TYPE_CHECKING:
    from PIL.Image import Image

MAX_QR_CODES: Final = 10
"""At most this many QR codes of one picture are checked."""


@dataclass(frozen=True, slots=True)
class QrCode:
    """What one QR code holds, understood.

    ``kind`` is ``link`` (``value`` the URL), ``paynow`` (``value`` the payee: a UEN or a
    +65 mobile number, ``proxy`` which of the two), or ``text`` (anything else, as written).
    """

    kind: Literal["link", "paynow", "text"]
    value: str
    proxy: str = ""


def decode_qr(image: Image) -> tuple[list[QrCode], bool]:
    """The QR codes of a picture, understood; and whether there were more than we read."""
    import zxingcpp

    formats = (zxingcpp.BarcodeFormat.QRCode, zxingcpp.BarcodeFormat.MicroQRCode)
    # A tuple of formats is zxing-cpp 3's way (``|`` is deprecated); its stubs lag behind.
    found = zxingcpp.read_barcodes(image.convert("L"), formats=formats)  # type: ignore[arg-type]
    codes: list[QrCode] = []
    for barcode in found[:MAX_QR_CODES]:
        if barcode.valid and barcode.text:
            codes.append(qr_content(barcode.text))
    return list(dict.fromkeys(codes)), len(found) > MAX_QR_CODES


def _tlv(payload: str) -> dict[str, str] | None:
    """Two-digit id, two-digit length, value, again and again; ``None`` if not so."""
    fields: dict[str, str] = {}
    at = 0
    while at < len(payload):
        head = payload[at : at + 4]
        if len(head) < 4 or not head.isdigit():
            return None
        size = int(head[2:])
        value = payload[at + 4 : at + 4 + size]
        if len(value) != size:
            return None
        fields[head[:2]] = value
        at += 4 + size
    return fields


def emv_fields(payload: str) -> dict[str, str] | None:
    """The top-level fields of an EMVCo merchant-presented QR payload (SGQR, PayNow).

    ``None`` when the text is not such a payload (it starts with id 00, version 01).
    """
    fields = _tlv(payload)
    return fields if fields is not None and fields.get("00") == "01" else None


def paynow_payee(payload: str) -> tuple[str, str] | None:
    """``(proxy, value)`` of a PayNow QR: ``("uen", "201812345K")`` or ``("mobile", "+65…")``.

    PayNow's merchant account information (ids 26-51) names ``SG.PAYNOW`` in its sub-field
    00, the proxy type in 01 (0 mobile, 2 UEN) and the proxy in 02.
    """
    fields = emv_fields(payload)
    if fields is None:
        return None
    for key in range(26, 52):
        sub = _tlv(fields.get(f"{key:02d}", ""))
        if sub is None or sub.get("00", "").upper() != "SG.PAYNOW":
            continue
        kind = {"0": "mobile", "2": "uen"}.get(sub.get("01", ""))
        value = sub.get("02", "").strip()
        if kind and value:
            return kind, value
    return None


def qr_content(text: str) -> QrCode:
    """What one decoded QR code holds."""
    text = text.strip()
    payee = paynow_payee(text)
    if payee is not None:
        return QrCode("paynow", payee[1], proxy=payee[0])
    if re.match(r"(?i)^(?:https?://|www\.)\S+$", text):
        return QrCode("link", text)
    return QrCode("text", text[:500])
