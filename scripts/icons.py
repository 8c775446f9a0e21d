"""The add-in's ribbon and store icons (addin/assets/icon-{16,32,64,80}.png), drawn in code so
they are reproducible: a navy tile holding a white page with three lines of text.

    python -m scripts.icons

A tiny PNG writer (zlib + struct) stands in for Pillow, which the service does not otherwise need.
"""

from __future__ import annotations

import struct
import zlib
from pathlib import Path

ASSETS = Path(__file__).resolve().parents[1] / "addin" / "assets"
SIZES = (16, 32, 64, 80)
NAVY, WHITE, BLUE = (0x1F, 0x38, 0x64, 255), (255, 255, 255, 255), (0x8E, 0xA9, 0xDB, 255)
CLEAR = (0, 0, 0, 0)


def pixel(x: float, y: float) -> tuple[int, int, int, int]:
    """The colour at (x, y), both in 0..1 across the icon."""
    r = 0.18  # the tile's corner radius
    cx, cy = min(max(x, r), 1 - r), min(max(y, r), 1 - r)
    if (x - cx) ** 2 + (y - cy) ** 2 > r * r:
        return CLEAR
    if 0.27 <= x <= 0.73 and 0.17 <= y <= 0.83:
        for top in (0.32, 0.47, 0.62):
            if top <= y <= top + 0.07 and 0.35 <= x <= (0.65 if top < 0.6 else 0.55):
                return BLUE
        return WHITE
    return NAVY


def png(size: int) -> bytes:
    rows = b""
    for j in range(size):
        line = b"\x00"  # filter type: none
        for i in range(size):
            line += bytes(pixel((i + 0.5) / size, (j + 0.5) / size))
        rows += line

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)  # 8-bit RGBA
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows, 9))
        + chunk(b"IEND", b"")
    )


def main() -> None:
    ASSETS.mkdir(parents=True, exist_ok=True)
    for size in SIZES:
        (ASSETS / f"icon-{size}.png").write_bytes(png(size))
    print(f"icons written to {ASSETS}")


if __name__ == "__main__":
    main()
