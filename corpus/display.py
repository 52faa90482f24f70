"""Dates and deadlines as a Vietnamese reader writes them: 30/06/2025, tháng 06/2025, Quý II/2025, hằng năm.

The one place that turns a stored (ISO) date or a normalised deadline into display text; the API keeps the ISO
fields and adds these texts beside them, the UI and the exports show only these texts.
"""
from __future__ import annotations

import re
from datetime import date

from corpus.records import Deadline

ROMAN = ("I", "II", "III", "IV")


def vn_date(value: date | str | None) -> str:
    """"30/06/2025" for a date or an ISO string; anything else as it is ("" for None)."""
    if value is None:
        return ""
    if isinstance(value, str):
        try:
            value = date.fromisoformat(value[:10])
        except ValueError:
            return value
    return f"{value.day:02}/{value.month:02}/{value.year}"


def normalized_text(normalized: str) -> str:
    """A normalised deadline for reading: "2025-06-30" → "ngày 30/06/2025", "2025-06" → "tháng 06/2025",
    "2025-Q2" → "Quý II/2025", "2025" → "năm 2025", "2025-2026" → "giai đoạn 2025-2026", "--11-20" → "ngày 20/11";
    recurrences, "thường xuyên" and relative periods stay as written ("hằng năm")."""
    if m := re.fullmatch(r"(\d{4})-(\d\d)-(\d\d)", normalized):
        return f"ngày {m[3]}/{m[2]}/{m[1]}"
    if m := re.fullmatch(r"(\d{4})-(\d\d)", normalized):
        return f"tháng {m[2]}/{m[1]}"
    if m := re.fullmatch(r"(\d{4})-Q([1-4])", normalized):
        return f"Quý {ROMAN[int(m[2]) - 1]}/{m[1]}"
    if m := re.fullmatch(r"(\d{4})-(\d{4})", normalized):
        return f"giai đoạn {m[1]}-{m[2]}"
    if re.fullmatch(r"\d{4}", normalized):
        return f"năm {normalized}"
    if m := re.fullmatch(r"--(\d\d)-(\d\d)", normalized):
        return f"ngày {m[2]}/{m[1]}"
    return normalized


_RECURRING_AFTER = re.compile(r"\s*,?\s*((?:định kỳ\s+)?(?:hằng|hàng)\s+(?:năm|quý|tháng|tuần))(?!\w)", re.I)
_YEAR = re.compile(r"(?:19|20)\d\d")


def deadline_display(deadline: Deadline | None, context: str = "") -> str:
    """How a deadline is shown: the normalised form in Vietnamese for a fixed date, month, quarter or year; as
    written for recurrences, ongoing work and relative periods. `context` is the text the deadline was read from:
    a date written without a year followed there by "hằng năm" ("15/01 hằng năm") stays a yearly date and is
    never resolved to one year."""
    if deadline is None:
        return ""
    written = " ".join(deadline.text.split())
    if deadline.kind in ("recurring", "ongoing", "relative"):
        return written
    if context and (m := _RECURRING_AFTER.match(context, deadline.end)) and deadline.end:
        return f"{written} {m[1]}"
    if deadline.kind == "date" and not _YEAR.search(written) and (m := re.fullmatch(r"\d{4}-(\d\d)-(\d\d)",
                                                                                    deadline.normalized)):
        return f"ngày {m[2]}/{m[1]}"  # the year was inferred, not written: shown as written
    return normalized_text(deadline.normalized)
