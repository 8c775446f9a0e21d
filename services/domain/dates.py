"""A registered date in every common way of writing it, as canonical words.

"1 October 2026", "2026-10-01" or "01/10/2026" in the register all become the same date, and
that date is looked for as "1 October 2026", "1st Oct 2026", "October 1, 2026", "01/10/2026",
"1.10.26", "2026-10-01" and the like (day first, as in the UK; ISO year first).
"""

from __future__ import annotations

import re
from datetime import date, datetime
from functools import lru_cache

_READ = ("%d %B %Y", "%d %b %Y", "%B %d %Y", "%b %d %Y", "%Y-%m-%d", "%d/%m/%Y", "%d.%m.%Y")
_ORDINAL = re.compile(r"(?<=\d)(st|nd|rd|th)\b", re.I)


def read_date(text: str) -> date | None:
    """The date a register entry holds, or None when it is not a date."""
    if not any(c.isdigit() for c in text):
        return None
    plain = " ".join(_ORDINAL.sub("", text.replace(",", " ")).split())
    plain = plain.replace("Sept ", "Sep ").replace("sept ", "sep ")
    for pattern in _READ:
        try:
            return datetime.strptime(plain, pattern).date()
        except ValueError:
            continue
    return None


def _ordinal(day: int) -> str:
    suffix = "th" if 10 <= day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    return f"{day}{suffix}"


@lru_cache(maxsize=256)
def date_variants(text: str) -> tuple[str, ...]:
    """The date's written forms as canonical words joined by spaces; () when not a date."""
    found = read_date(text)
    if found is None:
        return ()
    d, m, y = found.day, found.month, found.year
    months = {found.strftime("%B").lower(), found.strftime("%b").lower()}
    if m == 9:
        months.add("sept")
    days = {str(d), f"{d:02d}", _ordinal(d)}
    years = {str(y)}
    forms: set[str] = set()
    for month in months:
        for day in days:
            for year in (str(y), f"{y % 100:02d}"):  # "1 Oct 26" too
                forms.add(f"{day} {month} {year}")
                forms.add(f"{day} of {month} {year}")  # "1st of October 2026"
                forms.add(f"{month} {day} {year}")
    for day in (str(d), f"{d:02d}"):
        for month in (str(m), f"{m:02d}"):
            for year in (*years, f"{y % 100:02d}"):
                forms.add(f"{day} {month} {year}")
    forms.add(f"{y} {m:02d} {d:02d}")
    return tuple(sorted(forms))
