"""Text on its way into a document: what XML 1.0 cannot hold, and docxtpl's control characters.

docxtpl silently drops everything after a lone surrogate and turns \\a into a new paragraph and
\\f into a page break. The API refuses such text (422 naming the field); text already stored is
cleaned here with a warning, so a render can never be truncated or restructured by data.
"""

from __future__ import annotations

import re
from typing import Any, overload

# XML 1.0 Char: #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF]
_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_RESTRUCTURING = re.compile("[\x07\x0c]")  # \a new paragraph, \f page break (docxtpl)


def forbidden_characters(text: str) -> list[str]:
    """The code points XML 1.0 cannot carry, as U+XXXX, in order of appearance."""
    return [f"U+{ord(c):04X}" for c in _FORBIDDEN.findall(text)]


def clean(text: str) -> tuple[str, bool]:
    """(text safe to render, whether anything had to be removed)."""
    normal = text.replace("\r\n", "\n").replace("\r", "\n")
    cleaned = _RESTRUCTURING.sub("", _FORBIDDEN.sub("", normal))
    return cleaned, cleaned != normal


@overload
def clean_tree(
    value: dict[str, Any], path: str = "", warnings: list[str] | None = None
) -> dict[str, Any]: ...
@overload
def clean_tree(value: object, path: str = "", warnings: list[str] | None = None) -> Any: ...
def clean_tree(value: object, path: str = "", warnings: list[str] | None = None) -> Any:
    """Cleans every string in nested dicts and lists, noting where text was removed."""
    warnings = [] if warnings is None else warnings
    if isinstance(value, str):
        cleaned, changed = clean(value)
        if changed:
            warnings.append(path or "value")
        return cleaned
    if isinstance(value, dict):
        return {
            k: clean_tree(v, f"{path}.{k}" if path else str(k), warnings) for k, v in value.items()
        }
    if isinstance(value, list | tuple):
        return [clean_tree(v, f"{path}[{i}]", warnings) for i, v in enumerate(value)]
    return value
