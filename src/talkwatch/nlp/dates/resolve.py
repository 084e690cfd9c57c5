"""Date expressions resolved to calendar dates against a reference date.

"on Monday", "over the weekend", "Sunday night", "last month", "next week",
"in August", "since 2014", "September 2022", "Friday's talks", "Tuesday, March
11", "on Monday and Tuesday", "June 3 and 4": each becomes an ISO date at its
precision (day, week, month, year) with the range it covers. The tense of the
sentence decides whether a bare weekday or month lies before or after the
reference. Durations ("80 years", "30-day") are not dates, and what cannot be
resolved is left unresolved, never guessed.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}
MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
MONTHS["sept"] = 9
NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
           "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "several": None, "few": None}
PAST, FUTURE, PRESENT = "past", "future", "present"

_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_WEEKDAY = r"(?P<weekday>" + "|".join(WEEKDAYS) + r")"
_UNIT = r"(?:second|minute|hour|day|night|week|fortnight|month|year|decade|century|centurie)s?"
_COUNT = r"(?:\d+(?:\.\d+)?|" + "|".join(k for k in NUMBERS) + r"|a few|several|many|some|nearly|almost|about)"
_DURATION = re.compile(
    rf"^(?:(?:about|some|nearly|almost|more than|over|at least|up to|another|the past|the last|the next|"
    rf"the first|the|for)\s+)*(?:{_COUNT}[\s-])*{_UNIT}(?:[\s-](?:long|old|old-|-long))?$"
    rf"|^(?:annual|annually|daily|weekly|monthly|yearly|decades?|years?|months?|weeks?|days?|hours?|minutes?)$"
    rf"|^\d+-(?:{_UNIT})(?:-long|-old)?$"
)
_AGO = re.compile(rf"^(?P<count>{_COUNT})\s+(?P<unit>day|week|month|year)s?\s+ago$")
_RELATIVE = re.compile(r"^(?:(?P<mod>last|this|next|past|coming|previous|earlier this|later this|"
                       r"early this|late this|the past|the coming|the previous|the following)\s+)"
                       r"(?P<unit>week|weekend|month|year)$")
_WEEKDAY_EXPR = re.compile(rf"^(?:(?P<mod>last|this|next|past|coming)\s+)?{_WEEKDAY}"
                           r"(?:\s+(?:morning|afternoon|evening|night|overnight))?$")
_MONTH_DAY = re.compile(rf"^(?:{_WEEKDAY},?\s+)?(?:{_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?"
                        rf"|(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH.replace('month', 'month2')})"
                        r"(?:,?\s+(?P<year>\d{4}))?$")
_MONTH_YEAR = re.compile(rf"^(?:(?P<part>early|mid|late|the end of|the start of|the beginning of|the middle of)"
                         rf"[\s-]+)?{_MONTH}(?:,?\s+(?:of\s+)?(?P<year>\d{{4}}))?$")
_YEAR = re.compile(r"^(?:the\s+(?:start|beginning|end|middle)\s+of\s+)?(?P<year>(?:19|20)\d{2})$")
_ISO = re.compile(r"^(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})$")
_SAME_DAY = {"today": 0, "tonight": 0, "overnight": 0, "this morning": 0, "this afternoon": 0, "this evening": 0,
             "yesterday": -1, "last night": -1, "yesterday morning": -1, "yesterday afternoon": -1,
             "yesterday evening": -1, "tomorrow": 1, "tomorrow morning": 1, "the day before yesterday": -2,
             "the day after tomorrow": 2}
_LEAD = re.compile(r"^(?:(?:on|in|at|by|since|until|till|from|during|over|before|after|as of|as early as|"
                   r"as late as|late|early|earlier|later|around|about|through|throughout|of|the|this past|between)\s+)+")
_CURRENT_PERIOD = re.compile(r"^(?:the\s+)?(?P<where>start|beginning|end|middle)\s+of\s+(?:the|this)\s+"
                             r"(?P<unit>week|month|year)$")


@dataclass(frozen=True)
class Resolved:
    """A calendar date at a precision, and the range of days it covers."""

    value: str  # ISO at the precision: "2025-03-24", "2025-03", "2025"; a week is its Monday
    precision: str  # day, week, month, year
    first: str
    last: str


def normalise(text: str) -> str:
    text = text.lower().replace("\u2019", "'").replace("\u2018", "'")
    text = re.sub(r"'s\b|s'$", "", text)
    text = " ".join(re.sub(r"[,.;:()\"]+$", "", text).split())
    return text


def is_duration(text: str) -> bool:
    """"80 years", "30-day", "three-hour", "annual": spans of time, not points in it."""
    return bool(_DURATION.match(_LEAD.sub("", normalise(text))) or _DURATION.match(normalise(text)))


def _day(d: dt.date) -> Resolved:
    return Resolved(d.isoformat(), "day", d.isoformat(), d.isoformat())


def _week(monday: dt.date) -> Resolved:
    return Resolved(monday.isoformat(), "week", monday.isoformat(), (monday + dt.timedelta(days=6)).isoformat())


def _span(first: dt.date, last: dt.date) -> Resolved:
    return Resolved(first.isoformat(), "week", first.isoformat(), last.isoformat())


def _month(year: int, month: int) -> Resolved:
    last = calendar.monthrange(year, month)[1]
    return Resolved(f"{year:04d}-{month:02d}", "month", f"{year:04d}-{month:02d}-01", f"{year:04d}-{month:02d}-{last:02d}")


def _year(year: int) -> Resolved:
    return Resolved(f"{year:04d}", "year", f"{year:04d}-01-01", f"{year:04d}-12-31")


def _shift_month(year: int, month: int, by: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + by
    return index // 12, index % 12 + 1


def weekday_date(weekday: int, ref: dt.date, tense: str, mod: str | None = None) -> dt.date:
    """The date of a weekday named relative to `ref`: the tense or a modifier says which side."""
    back = (ref.weekday() - weekday) % 7
    ahead = (weekday - ref.weekday()) % 7
    if mod in ("last", "past"):
        return ref - dt.timedelta(days=back or 7)
    if mod in ("next", "coming"):
        return ref + dt.timedelta(days=ahead or 7)
    if mod == "this":
        return ref - dt.timedelta(days=ref.weekday()) + dt.timedelta(days=weekday)
    if tense == PAST:
        return ref - dt.timedelta(days=back)
    if tense == FUTURE:
        return ref + dt.timedelta(days=ahead)
    return ref - dt.timedelta(days=back) if back <= ahead else ref + dt.timedelta(days=ahead)


def _pick_year(candidates: list[dt.date], ref: dt.date, tense: str) -> dt.date:
    if tense == PAST and any(c <= ref for c in candidates):
        return max(c for c in candidates if c <= ref)
    if tense == FUTURE and any(c >= ref for c in candidates):
        return min(c for c in candidates if c >= ref)
    return min(candidates, key=lambda c: abs((c - ref).days))


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _month_day(match: re.Match[str], ref: dt.date | None, tense: str, prior_year: int | None) -> Resolved | None:
    month = MONTHS[match["month"] or match["month2"]]
    day = int(match["day"] or match["day2"])
    weekday = WEEKDAYS.get(match["weekday"] or "")
    if match["year"]:
        found = _safe_date(int(match["year"]), month, day)
        return _day(found) if found else None
    center = ref.year if ref else prior_year
    if center is None:
        return None
    candidates = [d for y in range(center - 6, center + 7) if (d := _safe_date(y, month, day))]
    if weekday is not None:
        # The weekday fixes the year: "Tuesday, March 11" is 2025 near a 2025 prior.
        matching = [d for d in candidates if d.weekday() == weekday]
        candidates = matching or candidates
        if ref is None and matching:
            return _day(min(matching, key=lambda d: abs(d.year - center)))
    if ref is None:
        return None
    near = [d for d in candidates if abs(d.year - ref.year) <= 1]
    return _day(_pick_year(near or candidates, ref, tense))


def _list_ends(core: str) -> tuple[str, str]:
    """The first and last of "Wednesday, Thursday and Friday"; a bare day number takes the other's
    month ("March 10 and 11", "10 and 11 March")."""
    parts = [p for p in re.split(r",?\s+and\s+|,\s*", core) if p]
    first, last = parts[0], parts[-1]
    month = re.search(_MONTH, last if first.isdigit() else first)
    if month and last.isdigit():
        last = f"{month[0]} {last}"
    elif month and first.isdigit():
        first = f"{first} {month[0]}"
    return first, last


def _list(first: str, last: str, ref: dt.date | None, tense: str, prior_year: int | None) -> Resolved | None:
    # The end nearer the writing is placed by the tense, the other end on its far side of it:
    # "met on Wednesday, Thursday and Friday" ends on the last Friday and starts two days before.
    if tense == PAST:
        end = resolve(last, ref, tense, prior_year=prior_year)
        start = end and resolve(first, _iso(end.first), PAST)
    else:
        start = resolve(first, ref, tense, prior_year=prior_year)
        end = start and resolve(last, _iso(start.last), FUTURE)
    if not (start and end):
        return None
    low, high = min(start.first, end.first), max(start.last, end.last)
    return Resolved(low, "day" if low == high else "week", low, high)


def _iso(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def _relative(mod: str, unit: str, ref: dt.date, tense: str) -> Resolved:
    step = {"last": -1, "past": -1, "previous": -1, "the past": -1, "the previous": -1,
            "next": 1, "coming": 1, "the coming": 1, "the following": 1}.get(mod, 0)
    if unit == "week":
        monday = ref - dt.timedelta(days=ref.weekday()) + dt.timedelta(weeks=step)
        sunday = monday + dt.timedelta(days=6)
        if mod == "later this" and ref < sunday:  # what is left of the week: not its Monday, gone by
            return _span(ref + dt.timedelta(days=1), sunday)
        if mod == "earlier this" and ref > monday:
            return _span(monday, ref - dt.timedelta(days=1))
        if mod == "this" and tense in (FUTURE, PAST) and monday < ref < sunday:  # "will travel this week"
            return _span(ref, sunday) if tense == FUTURE else _span(monday, ref)
        return _week(monday)
    if unit == "weekend":
        saturday = weekday_date(5, ref, PAST if step < 0 else FUTURE if step > 0 else tense)
        return _span(saturday, saturday + dt.timedelta(days=1))
    if unit == "month":
        return _month(*_shift_month(ref.year, ref.month, step))
    return _year(ref.year + step)


def resolve(text: str, ref: dt.date | None, tense: str = PRESENT, *, prior_year: int | None = None) -> Resolved | None:
    """Resolve one date expression against the reference date `ref` (usually the
    publication date). None when it is a duration or cannot be resolved."""
    norm = normalise(text)
    if is_duration(norm):
        return None
    core = _LEAD.sub("", norm).strip()
    if not core:
        return None
    if " and " in core:  # "Sunday and Monday", "March 10 and 11": the days from the first to the last
        return _list(*_list_ends(core), ref, tense, prior_year)
    if m := _ISO.match(core):
        found = _safe_date(int(m["year"]), int(m["month"]), int(m["day"]))
        return _day(found) if found else None
    if m := _MONTH_DAY.match(core):
        return _month_day(m, ref, tense, prior_year)
    if m := _YEAR.match(core):
        return _year(int(m["year"]))
    if m := _MONTH_YEAR.match(core):
        if m["year"]:
            return _month(int(m["year"]), MONTHS[m["month"]])
        if ref is None:
            return None
        month = MONTHS[m["month"]]
        candidates = [(ref.year + k, month) for k in (-1, 0, 1)]
        dates = [dt.date(y, mo, 1) for y, mo in candidates]
        this_month = dt.date(ref.year, ref.month, 1)
        chosen = _pick_year(dates, this_month, tense)
        return _month(chosen.year, chosen.month)
    if ref is None:
        return None
    if norm in _SAME_DAY or core in _SAME_DAY:
        return _day(ref + dt.timedelta(days=_SAME_DAY.get(norm, _SAME_DAY.get(core, 0))))
    if m := _WEEKDAY_EXPR.match(core) or _WEEKDAY_EXPR.match(norm):
        return _day(weekday_date(WEEKDAYS[m["weekday"]], ref, tense, m["mod"]))
    if core == "weekend" or norm in ("the weekend", "over the weekend"):
        return _relative("this", "weekend", ref, PAST if tense == PRESENT else tense)
    if m := _RELATIVE.match(norm) or _RELATIVE.match(core):
        return _relative(m["mod"], m["unit"], ref, tense)
    if m := _CURRENT_PERIOD.match(norm):
        return _relative("this", m["unit"], ref, tense)
    if m := _AGO.match(core):
        count = NUMBERS.get(m["count"], None) if not m["count"][0].isdigit() else int(float(m["count"]))
        if count is None:
            return None
        if m["unit"] == "day":
            return _day(ref - dt.timedelta(days=count))
        if m["unit"] == "week":
            return _week(ref - dt.timedelta(days=ref.weekday()) - dt.timedelta(weeks=count))
        if m["unit"] == "month":
            return _month(*_shift_month(ref.year, ref.month, -count))
        return _year(ref.year - count)
    return None
