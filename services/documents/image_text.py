"""The words an image file carries besides its pixels: EXIF fields (artist, description,
comments, XP title and author), PNG and GIF text chunks and comments, embedded XMP.
Read with Pillow; an image Pillow cannot open yields nothing (its pixels are never published)."""

from __future__ import annotations

import io
import warnings

from PIL import Image, UnidentifiedImageError

Image.MAX_IMAGE_PIXELS = 50_000_000  # larger is refused as a decompression bomb
_EXIF_IFD = 0x8769


def image_texts(data: bytes) -> list[tuple[str, str]]:
    found: list[tuple[str, str]] = []
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            with Image.open(io.BytesIO(data)) as image:
                for key, value in (image.info or {}).items():
                    _add(found, f"image metadata {key}", value)
                exif = image.getexif()
                for tag, value in [*exif.items(), *exif.get_ifd(_EXIF_IFD).items()]:
                    _add(found, f"image EXIF tag {tag}", value)
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError, Image.DecompressionBombError):
        return found
    return found


def _add(found: list, node: str, value) -> None:
    if isinstance(value, bytes):
        encoding = (
            "utf-16-le" if node.endswith(("40091", "40092", "40093", "40094", "40095")) else "utf-8"
        )
        value = value.decode(encoding, "replace")
    if isinstance(value, str) and len(value.strip()) >= 2:
        found.append((node, value.replace("\x00", "")))
