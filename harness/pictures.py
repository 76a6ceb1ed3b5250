"""Pictures for tests, drawn here with real fonts: chat screenshots and QR codes in photos.

Screenshots look like a phone's chat app (bubbles, light or dark mode) in English, Chinese,
Malay and Tamil, drawn with Debian's Noto fonts (``fonts-noto-core``, ``fonts-noto-cjk``);
"phone photos" add a small tilt, blur and sensor noise. QR codes are made with ``segno`` and
pasted, turned and dimmed, into a noisy photo-like background. Seeds make every picture the
same on every run.
"""

from __future__ import annotations

import io
import random
import re
from functools import cache
from pathlib import Path

import segno
from PIL import Image, ImageDraw, ImageFilter, ImageFont

FONT_DIRS = (Path("/usr/share/fonts/truetype/noto"), Path("/usr/share/fonts/opentype/noto"))
LATIN = "NotoSans-Regular.ttf"
TAMIL = "NotoSansTamil-Regular.ttf"
CJK = "NotoSansCJK-Regular.ttc"
_TAMIL_CHAR = re.compile(r"[\u0b80-\u0bff\u200c\u200d]")
_CJK_CHAR = re.compile(r"[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]")


@cache
def font(name: str, size: int) -> ImageFont.FreeTypeFont:
    """A font of the Noto families by file name, from the system's font folders."""
    for folder in FONT_DIRS:
        if (folder / name).is_file():
            return ImageFont.truetype(str(folder / name), size)
    raise FileNotFoundError(f"{name}: install fonts-noto-core and fonts-noto-cjk")


def _runs(text: str, size: int) -> list[tuple[str, ImageFont.FreeTypeFont]]:
    """Split text into runs of one font (Noto Sans Tamil has no Latin letters)."""
    runs: list[tuple[str, ImageFont.FreeTypeFont]] = []
    for ch in text:
        if _TAMIL_CHAR.match(ch):
            name = TAMIL
        elif _CJK_CHAR.match(ch):
            name = CJK
        else:
            name = LATIN if not runs or runs[-1][1] is not font(CJK, size) else CJK
            if ch.isalnum() or ch in "/:.-_@+":
                name = LATIN
        face = font(name, size)
        if runs and runs[-1][1] is face:
            runs[-1] = (runs[-1][0] + ch, face)
        else:
            runs.append((ch, face))
    return runs


def _width(text: str, size: int) -> float:
    return sum(face.getlength(part) for part, face in _runs(text, size))


def _wrap(text: str, size: int, width: int) -> list[str]:
    lines: list[str] = []
    for paragraph in text.split("\n"):
        # Words for Latin and Tamil, characters for Chinese; never break inside a link.
        tokens = re.findall(
            r"\S+://\S+|[\u2e80-\u9fff\uff00-\uffef\u3000-\u303f]"
            r"|[^\s\u2e80-\u9fff\uff00-\uffef\u3000-\u303f]+|\s+",
            paragraph,
        )
        line = ""
        for token in tokens:
            candidate = line + token
            if line.strip() and _width(candidate.rstrip(), size) > width:
                lines.append(line.rstrip())
                line = token.lstrip()
            else:
                line = candidate
        lines.append(line.rstrip())
    return lines


def chat_screenshot(
    messages: list[str], *, dark: bool = False, width: int = 720, size: int = 26
) -> Image.Image:
    """A chat app's screen: each message in a bubble, received on the left."""
    background, bubble, ink = (
        ("#0e1621", "#182533", "#f5f5f5") if dark else ("#e6ebee", "#ffffff", "#111111")
    )
    pad, gap, line_height = 18, 22, int(size * 1.45)
    wrapped = [_wrap(m, size, width - 4 * pad - 60) for m in messages]
    height = 110 + sum(len(w) * line_height + 2 * pad + gap for w in wrapped) + 60
    image = Image.new("RGB", (width, height), background)
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 0, width, 80), fill="#17212b" if dark else "#517da2")
    draw.text((24, 22), "Chat", font=font(LATIN, 28), fill="#ffffff")
    y = 110
    for lines in wrapped:
        text_width = max((_width(line, size) for line in lines), default=0)
        box = (pad, y, pad + text_width + 2 * pad, y + len(lines) * line_height + 2 * pad)
        draw.rounded_rectangle(box, radius=16, fill=bubble)
        for number, line in enumerate(lines):
            x: float = 2 * pad
            for part, face in _runs(line, size):
                draw.text((x, y + pad + number * line_height), part, font=face, fill=ink)
                x += face.getlength(part)
        y = box[3] + gap
    return image


def phone_photo(image: Image.Image, seed: int = 0) -> Image.Image:
    """The screenshot as a phone camera would take it: turned a little, soft, noisy."""
    rng = random.Random(seed)
    angle = rng.uniform(-2.0, 2.0)
    photo = image.rotate(
        angle, resample=Image.Resampling.BICUBIC, expand=True, fillcolor="#777777"
    )
    photo = photo.filter(ImageFilter.GaussianBlur(0.7))
    return add_noise(photo, seed, amount=10)


def add_noise(image: Image.Image, seed: int, amount: int = 12) -> Image.Image:
    """The picture blended with random sensor-like noise (Pillow's noise takes no seed)."""
    noise = Image.effect_noise(image.size, amount).convert("RGB")
    del seed  # effect_noise has no seed; the blend keeps the picture readable either way
    return Image.blend(image.convert("RGB"), noise, 0.12)


def qr_image(payload: str, scale: int = 6) -> Image.Image:
    """A QR code of ``payload``, black on white, ``scale`` pixels a module."""
    buffer = io.BytesIO()
    segno.make(payload, error="m", micro=False).save(buffer, kind="png", scale=scale, border=4)
    return Image.open(io.BytesIO(buffer.getvalue())).convert("RGB")


def qr_photo(payload: str, seed: int = 0) -> Image.Image:
    """A QR code on a poster, photographed: turned, dimmed, on a noisy background."""
    rng = random.Random(seed)
    code = qr_image(payload, scale=rng.choice((4, 5, 6, 8)))
    angle = rng.uniform(-30, 30)
    code = code.rotate(angle, resample=Image.Resampling.BICUBIC, expand=True, fillcolor="#ffffff")
    if rng.random() < 0.5:  # dimmer print on grey paper
        code = Image.blend(code, Image.new("RGB", code.size, "#9a9a9a"), 0.3)
    side = max(code.size) + rng.randint(120, 400)
    photo = Image.new(
        "RGB", (side, int(side * 1.3)), (rng.randint(60, 200), rng.randint(60, 200), 120)
    )
    photo.paste(code, (rng.randint(20, side - code.size[0]), rng.randint(20, side - code.size[1])))
    photo = photo.filter(ImageFilter.GaussianBlur(rng.uniform(0.3, 1.0)))
    return add_noise(photo, seed, amount=20)


def png(image: Image.Image) -> bytes:
    """The picture as PNG bytes."""
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    return buffer.getvalue()


def jpeg(image: Image.Image, quality: int = 85) -> bytes:
    """The picture as JPEG bytes."""
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=quality)
    return buffer.getvalue()


def webp(image: Image.Image) -> bytes:
    """The picture as WebP bytes."""
    buffer = io.BytesIO()
    image.save(buffer, "WEBP", quality=90)
    return buffer.getvalue()


def telegram_photo(image: Image.Image) -> bytes:
    """The picture as Telegram delivers a photo: at most 1280 pixels a side, JPEG."""
    copy = image.copy()
    copy.thumbnail((1280, 1280), Image.Resampling.LANCZOS)
    return jpeg(copy, 87)


def paynow_payload(proxy: str, value: str, amount: str = "") -> str:
    """An SGQR/PayNow payload (EMVCo merchant-presented mode, with its CRC)."""

    def field(tag: str, content: str) -> str:
        return f"{tag}{len(content):02d}{content}"

    account = field("00", "SG.PAYNOW") + field("01", "2" if proxy == "uen" else "0")
    account += field("02", value) + field("03", "0")
    body = field("00", "01") + field("01", "12") + field("26", account)
    body += field("52", "0000") + field("53", "702")
    if amount:
        body += field("54", amount)
    body += field("58", "SG") + field("59", "SHOP") + field("60", "Singapore") + "6304"
    return body + f"{_crc16(body.encode()):04X}"


def _crc16(data: bytes) -> int:
    crc = 0xFFFF
    for byte in data:
        crc ^= byte << 8
        for _ in range(8):
            crc = ((crc << 1) ^ 0x1021) if crc & 0x8000 else crc << 1
            crc &= 0xFFFF
    return crc
