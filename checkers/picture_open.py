"""Opening a picture within deliberate limits, and preparing it for OCR.

A picture over :data:`MAX_BYTES` (Telegram's own download limit) or :data:`MAX_PIXELS` is
refused before it is decoded (a "decompression bomb" is a small file that decodes to a huge
image); animated images, truncated files and anything that is not a PNG, JPEG, WebP, GIF or
BMP picture are refused with a reason.
"""

from __future__ import annotations

import io
from typing import TYPE_CHECKING, Any, Final, Literal

if TYPE_CHECKING:
    from PIL.Image import Image

MAX_BYTES: Final = 20 * 1024 * 1024
"""Largest picture file read: what the Bot API lets a bot download (getFile, 20 MB)."""
MAX_PIXELS: Final = 40_000_000
"""Largest picture decoded (width x height, about 160 MB of memory in colour): more than a
phone camera's 12-24 megapixels; Telegram sends photos scaled to 2560 pixels at most."""
MAX_SIDE: Final = 12_000
"""Longest side decoded, in pixels (a long scrolling screenshot is about 1080 x 10,000)."""
OCR_PIXELS: Final = 6_000_000
"""Pictures are scaled down to this many pixels before OCR: more only costs time."""
MIN_OCR_WIDTH: Final = 1400
"""Narrower pictures (Telegram sends screenshots 590-1280 wide) are scaled up for OCR."""
FORMATS: Final = ("PNG", "JPEG", "WEBP", "GIF", "BMP")

Problem = Literal["", "too_large", "not_picture", "animated", "corrupt", "timeout"]


def _pillow() -> Any:
    from PIL import Image

    # Deliberate: anything larger is refused before decoding (Pillow's own guard warns at
    # this size and refuses at twice it; we check the header first and never get there).
    Image.MAX_IMAGE_PIXELS = MAX_PIXELS
    return Image


def open_picture(data: bytes) -> tuple[Image | None, Problem]:
    """Decode a picture within the limits, or say why not."""
    if len(data) > MAX_BYTES:
        return None, "too_large"
    image_module = _pillow()
    from PIL import ImageOps, UnidentifiedImageError

    try:
        image = image_module.open(io.BytesIO(data), formats=FORMATS)
    except UnidentifiedImageError:
        return None, "not_picture"
    except image_module.DecompressionBombError:
        return None, "too_large"
    except (OSError, ValueError, SyntaxError):
        return None, "corrupt"
    width, height = image.size
    if width * height > MAX_PIXELS or max(width, height) > MAX_SIDE:
        return None, "too_large"
    if width < 8 or height < 8:
        return None, "not_picture"
    if getattr(image, "n_frames", 1) > 1:
        return None, "animated"
    try:
        image.load()
        image = ImageOps.exif_transpose(image)
    except image_module.DecompressionBombError:
        return None, "too_large"
    # Truncated or corrupt data: Pillow raises OSError (or others for odd files).
    except (OSError, ValueError, SyntaxError, EOFError):
        return None, "corrupt"
    return image, ""


def prepare_for_ocr(image: Image) -> Image:
    """Grey, dark mode turned light, small text scaled up, huge pictures scaled down."""
    from PIL import ImageOps, ImageStat

    grey = ImageOps.grayscale(image.convert("RGBA") if image.mode == "P" else image)
    if image.mode in ("RGBA", "LA", "PA", "P"):
        # Transparent pixels show as white in a chat.
        alpha = image.convert("RGBA").getchannel("A")
        white = _pillow().new("L", grey.size, 255)
        grey = _pillow().composite(grey, white, alpha)
    if ImageStat.Stat(grey).median[0] < 110:
        grey = ImageOps.invert(grey)  # dark mode: Tesseract reads dark text on light best
    width, height = grey.size
    scale = 1.0
    if width < MIN_OCR_WIDTH:
        scale = min(2.0, MIN_OCR_WIDTH / width)
    if width * height * scale * scale > OCR_PIXELS:
        scale = (OCR_PIXELS / (width * height)) ** 0.5
    if abs(scale - 1.0) > 0.05:
        resample = _pillow().Resampling.LANCZOS
        grey = grey.resize((max(1, round(width * scale)), max(1, round(height * scale))), resample)
    return grey
