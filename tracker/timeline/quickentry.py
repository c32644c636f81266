"""The quick-entry line: one line of text to one entry.

    9:00-10:30 work Quarterly plan #sales
    disruption tech wifi dropped at the café
    call with Anna 14:00-14:30
    meeting with Joost (customer) 11:00-12:00
    yesterday 22:00-23:15 life cinema

The grammar is in README.md ("Quick entry"). Every error names the part of the line it could not
read, so a dialog can underline it. Over 400 lines, as one job: the quick-entry grammar, every
rule beside the others (how a clock time is written is tracker.timeline.clocks').
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, time

from tracker.kernel.model import FIRST_YEAR, LAST_YEAR, MAX_TITLE, ValidationError
from tracker.kernel.textrules import QuickEntryError, check_text
from tracker.kernel.vocabulary import CIRCLES, INSTANT_KINDS, KINDS, cause_of, circle_of, kind_of
from tracker.timeline.clocks import RANGE, read_clock, read_range
from tracker.timeline.quickplain import WITH_WORDS

__all__ = [
    "ERROR_CODES",
    "NameRef",
    "ParsedEntry",
    "QuickEntryError",
    "parse_quick_entry",
]

AND_WORDS = {"and", "en", "&"}
DAY_WORDS = {"today": 0, "vandaag": 0, "yesterday": -1, "gisteren": -1}
# Lower-case words that belong inside a name: "Anna de Vries", "Ludwig van Beethoven".
NAME_PARTICLES = {"de", "van", "der", "den", "von", "la", "le", "du", "da", "di", "ten", "ter"}

# A time range (9:00 - 10:30, 9.00-10.30, 9am-5pm), a circle of two or three words in brackets
# ("(own team)"), or one word.
_TOKEN = re.compile(rf"{RANGE}(?!\S)|\([^()\s]+(?:\s+[^()\s]+){{1,2}}\),?|\S+")
_MIDNIGHT = re.compile(r"24[:.]00")
_DASH = re.compile(r"\s*[-–]\s*")
# Looks like a time with a colon, read or refused as one: "9:75" is a mistyped time.
_TIMEISH = re.compile(r"\d{1,2}:\d+(\s*[-–]\s*\S*)?|\d{1,2}:\d{2}[-–]\S*")
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


ERROR_CODES = (
    "empty", "not_time", "second_time", "not_date", "needs_kind", "not_kind", "not_tag",
    "needs_name", "moment_range", "title_character", "title_long", "needs_name_before",
    "not_name", "not_circle", "day_needs_time",
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class NameRef:
    """A name after "with". Whether it is a person is the store's to say (commands): when it is
    not, `phrase` ("with kids") goes back into the title at `position`. `following` are the
    title words right after it, which may finish a full name typed in lower case."""

    name: str
    circle: str | None = None
    phrase: str = field(default="", compare=False)
    position: int = field(default=0, compare=False)
    following: tuple[tuple[int, str], ...] = field(default=(), compare=False)
    # The names after `following` ("with maria jansen and anna"): read only if the following
    # words finish someone's full name, which is the store's to say.
    then: tuple[NameRef, ...] = field(default=(), compare=False)


@dataclass(slots=True)
class ParsedEntry:
    kind: str
    title: str = ""
    start_time: time | None = None
    end_time: time | None = None
    day: date | None = None
    day_offset: int = 0
    cause: str | None = None
    people: list[NameRef] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    title_words: list[tuple[int, str]] = field(default_factory=list)  # (position, word)


@dataclass(slots=True)
class _Token:
    text: str
    position: int

    @property
    def word(self) -> str:
        return self.text.casefold()


def _is_time(text: str, opening: bool = False) -> bool:
    """A time or range. Before the kind a bare hour is one (`yesterday 9 work`); after it, a
    number stays a title word ("sprint 9") unless written as a time (9.00, 9am)."""
    return bool(
        _TIMEISH.fullmatch(text)
        or read_clock(text, bare=opening) is not None
        or read_range(text, bare=opening) is not None
    )


def _read_time(token: _Token, text: str) -> time:
    clock = read_clock(text)
    if clock is not None:
        return clock
    if _MIDNIGHT.fullmatch(text):
        return time(0, 0)
    raise QuickEntryError(
        f"'{token.text}' is not a time; write it as 9:00 or 9:00-10:30",
        token.text,
        token.position,
        code="not_time",
    )


def _is_name_word(text: str) -> bool:
    return bool(text) and (text[0].isupper() or text.casefold() in NAME_PARTICLES)


def parse_quick_entry(line: str) -> ParsedEntry:
    """Read one line; raise QuickEntryError naming the part that could not be read."""
    tokens = [_Token(m.group(), m.start()) for m in _TOKEN.finditer(line)]
    if not tokens:
        raise QuickEntryError(
            "the line is empty; start with a kind, e.g. 'work plan'", "", code="empty"
        )
    result = ParsedEntry(kind="")
    index, time_token = _read_opening(tokens, result)
    day_token = tokens[0] if (result.day is not None or result.day_offset) else None
    index = _read_kind(tokens, index, result)
    title, time_token = _read_rest(tokens, index, result, time_token)
    if day_token is not None and time_token is None and day_token.word not in ("today", "vandaag"):
        raise QuickEntryError(
            f"'{day_token.text}' needs a time, e.g. '{day_token.text} 9:00-10:00'",
            day_token.text,
            day_token.position,
            code="day_needs_time",
        )
    # A disruption's range is how long it lasted (it stays a moment); a contact has none.
    lasts = result.kind == "disruption"
    if (
        time_token is not None
        and result.kind in INSTANT_KINDS
        and result.end_time is not None
        and not lasts
    ):
        raise QuickEntryError(
            f"a {result.kind} is a moment: give one time, not the range '{time_token.text}'",
            time_token.text,
            time_token.position,
            code="moment_range",
        )
    result.title = " ".join(token.text for token in title)
    result.title_words = [(token.position, token.text) for token in title]
    result.people = [_with_following(ref, tokens) for ref in result.people]
    _check_title(line, title)
    return result


def _take_time(token: _Token, time_token: _Token | None, result: ParsedEntry) -> _Token:
    """The line's one time or range, read into `result`; the token that gave it."""
    if time_token is not None:
        raise QuickEntryError(
            f"'{token.text}' is a second time; give one time or one range",
            token.text,
            token.position,
            code="second_time",
        )
    parts = _DASH.split(token.text)
    if len(parts) == 2:
        result.start_time = _read_time(token, parts[0])
        result.end_time = _read_time(token, parts[1])
    else:
        result.start_time = _read_time(token, token.text)
    return token


def _read_opening(tokens: list[_Token], result: ParsedEntry) -> tuple[int, _Token | None]:
    """The day and time before the kind; the index of the kind, and the time's token."""
    time_token: _Token | None = None
    index = 0
    # A day word or date may only open the line, so "life talk about yesterday" stays a title.
    while index < len(tokens):
        token = tokens[index]
        if token.word in DAY_WORDS and result.day is None and result.day_offset == 0:
            result.day_offset = DAY_WORDS[token.word]
        elif _ISO_DATE.fullmatch(token.text) and result.day is None:
            try:
                result.day = date.fromisoformat(token.text)
            except ValueError:
                raise QuickEntryError(
                    f"'{token.text}' is not a date", token.text, token.position, code="not_date"
                ) from None
            if not FIRST_YEAR <= result.day.year <= LAST_YEAR:
                raise QuickEntryError(
                    f"'{token.text}': give a year from {FIRST_YEAR} to {LAST_YEAR}",
                    token.text,
                    token.position,
                    code="not_date",
                )
        elif _is_time(token.text, opening=True):
            time_token = _take_time(token, time_token, result)
        else:
            break
        index += 1
    return index, time_token


def _read_kind(tokens: list[_Token], index: int, result: ParsedEntry) -> int:
    """The kind at tokens[index] (and a disruption's cause after it); the index after them."""
    if index >= len(tokens):
        last = tokens[-1]
        raise QuickEntryError(
            f"'{last.text}' needs a kind after it: {', '.join(KINDS)}",
            last.text,
            last.position,
            code="needs_kind",
        )
    kind_token = tokens[index]
    kind = kind_of(kind_token.text)
    if kind is None:
        raise QuickEntryError(
            f"'{kind_token.text}' is not a kind; start with one of {', '.join(KINDS)}",
            kind_token.text,
            kind_token.position,
            code="not_kind",
        )
    result.kind = kind.value
    index += 1

    cause = cause_of(tokens[index].text) if kind == "disruption" and index < len(tokens) else None
    if cause is not None:
        result.cause = cause.value
        index += 1
    return index


def _read_rest(
    tokens: list[_Token], index: int, result: ParsedEntry, time_token: _Token | None
) -> tuple[list[_Token], _Token | None]:
    """After the kind: a time, tags and people into `result`; the title's tokens, and the
    time's token."""
    title: list[_Token] = []
    while index < len(tokens):
        token = tokens[index]
        if _is_time(token.text):
            time_token = _take_time(token, time_token, result)
            index += 1
        elif token.text.startswith("#"):
            tag = token.text[1:]
            if not tag or "#" in tag:
                raise QuickEntryError(
                    f"'{token.text}' is not a tag; write #word",
                    token.text,
                    token.position,
                    code="not_tag",
                )
            result.tags.append(tag)
            index += 1
        elif token.word in WITH_WORDS and index + 1 < len(tokens):
            index = _read_people(tokens, index + 1, result)
        elif token.word in WITH_WORDS:
            raise QuickEntryError(
                f"'{token.text}' needs a name after it",
                token.text,
                token.position,
                code="needs_name",
            )
        else:
            title.append(token)
            index += 1
    return title, time_token


def _check_title(line: str, title: list[_Token]) -> None:
    """The title fits, and each of its words passes the stored text's checks."""
    if len(" ".join(token.text for token in title)) > MAX_TITLE:
        first, last = title[0], title[-1]
        part = line[first.position : last.position + len(last.text)]
        raise QuickEntryError(
            f"the title is longer than {MAX_TITLE} characters",
            part,
            first.position,
            code="title_long",
        )
    for token in title:
        try:
            check_text("title", token.text, MAX_TITLE)
        except ValidationError as error:
            raise QuickEntryError(
                str(error), token.text, token.position, code="title_character"
            ) from None


def _plain(token: _Token) -> bool:
    text = token.text
    return not (
        _is_time(text)
        or text.startswith(("#", "("))
        or token.word in WITH_WORDS
        or token.word in AND_WORDS
    )


def _circle_follows(tokens: list[_Token], index: int) -> bool:
    """True when a few plain words and then "(circle)" follow: `with eva smit (customer)`."""
    for ahead in range(index, min(index + 4, len(tokens))):
        if tokens[ahead].text.startswith("("):
            return circle_of(tokens[ahead].word.strip("(),")) is not None
        if not _plain(tokens[ahead]) or tokens[ahead].text.endswith(","):
            return False
    return False


def _with_following(ref: NameRef, tokens: list[_Token], depth: int = 0) -> NameRef:
    end = ref.position + len(ref.phrase)
    index = next((i for i, t in enumerate(tokens) if t.position >= end), len(tokens))
    if index and tokens[index - 1].text.endswith(","):
        return ref  # "with Anna, Joost": the comma ends Anna's name
    following: list[tuple[int, str]] = []
    comma = False
    while index < len(tokens) and len(following) < 3 and _plain(tokens[index]):
        following.append((tokens[index].position, tokens[index].text.rstrip(",")))
        index += 1
        if tokens[index - 1].text.endswith(","):
            comma = True
            break
    then: tuple[NameRef, ...] = ()
    lead, start = None, 0
    if comma and index < len(tokens):
        lead, start = tokens[index], index
    elif index + 1 < len(tokens) and tokens[index].word in AND_WORDS:
        lead, start = tokens[index], index + 1
    if following and lead is not None and depth < 5:
        scratch = ParsedEntry(kind="")
        try:
            _read_people(tokens, start, scratch, lead=lead)
        except QuickEntryError:
            scratch.people = []  # not names after all: the words stay in the title
        then = tuple(_with_following(r, tokens, depth + 1) for r in scratch.people)
    return NameRef(ref.name, ref.circle, ref.phrase, ref.position, tuple(following), then)


def _read_people(
    tokens: list[_Token], index: int, result: ParsedEntry, lead: _Token | None = None
) -> int:
    """Read `NAME [(circle)] {and NAME [(circle)]}` from tokens[index]; return the next index."""
    lead = lead or tokens[index - 1]  # "with"
    while True:
        name_words: list[str] = []
        separated = False
        circle_ahead = _circle_follows(tokens, index)
        while index < len(tokens):
            token = tokens[index]
            text = token.text
            if _is_time(text) or text.startswith(("#", "(")):
                break
            if name_words and (
                token.word in AND_WORDS or not (_is_name_word(text) or circle_ahead)
            ):
                break
            if not name_words and token.word in AND_WORDS:
                raise QuickEntryError(
                    f"'{text}' needs a name before it",
                    text,
                    token.position,
                    code="needs_name_before",
                )
            if text.endswith(","):
                text = text.rstrip(",")
                separated = True
            if text:
                name_words.append(text)
            index += 1
            if separated:
                break
        if not name_words:
            token = tokens[index - 1] if index >= len(tokens) else tokens[index]
            raise QuickEntryError(
                f"'{token.text}' is not a name", token.text, token.position, code="not_name"
            )
        circle = None
        if index < len(tokens) and tokens[index].text.startswith("("):
            token = tokens[index]
            named = circle_of(token.word.strip("(),"))
            if not (token.text.endswith(")") or token.text.endswith("),")) or named is None:
                raise QuickEntryError(
                    f"'{token.text}' is not a circle; use one of {', '.join(CIRCLES)}",
                    token.text,
                    token.position,
                    code="not_circle",
                )
            circle = named.value
            separated = separated or token.text.endswith(",")
            index += 1
        last = tokens[index - 1]
        phrase_end = last.position + len(last.text.rstrip(","))
        line_text = " ".join(t.text for t in tokens if lead.position <= t.position < phrase_end)
        result.people.append(
            NameRef(" ".join(name_words), circle, line_text.rstrip(","), lead.position)
        )
        if index < len(tokens) and tokens[index].word in AND_WORDS and index + 1 < len(tokens):
            lead = tokens[index]
            index += 1
        elif separated and index < len(tokens):
            lead = tokens[index]
        elif not separated or index >= len(tokens):
            return index
