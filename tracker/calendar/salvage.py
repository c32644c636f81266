"""A calendar file read part by part, for when icalendar rejects it whole or cannot say where it
stumbled: a broken alarm, a line without a colon, a bad parameter or a component that cannot be
read costs only itself, and each is said with its event and its line (number and text).

The file is split into its components by its BEGIN and END lines, each line kept with the
number it starts on in the file (folded lines are joined). A line that is no property is left
out; a parameter that cannot be read is left out of its line. Then each VCALENDAR's parts are
given to icalendar together with the calendar's zones; a batch that fails is tried without its
parts' own sub-components (each alarm then given back that reads alone), else halved until the
failing part is found: a file with one bad part, or with every alarm written wrong by its
exporter, costs a few more parses, not one per event.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from tracker.kernel.words import translate

__all__ = ["Line", "Said", "Sources", "read_by_parts", "shown"]

# Told of something left out: (the event's name or "", what was left out).
Said = Callable[[str, str], None]
# By id() of each event read part by part: the lines it was read from (its own, unfolded).
Sources = dict[int, list["Line"]]

_SHOWN = 60  # characters of a line shown in a message
_VALUE = r'("[^"]*"|[^";:,]*)'
_PARAMETER = re.compile(rf"[A-Za-z0-9-]+={_VALUE}(,{_VALUE})*")
# A line icalendar surely reads: a name, parameters of the plain kind, a colon.
_PLAIN = re.compile(rf"[A-Za-z0-9-]+(;[A-Za-z0-9-]+={_VALUE}(,{_VALUE})*)*:")


@dataclass(frozen=True, slots=True)
class Line:
    number: int  # where it starts in the file, from 1
    text: str  # unfolded


@dataclass(slots=True)
class Part:
    """A component as written: its own lines and its parts, with the line it begins on."""

    name: str
    begin: Line
    lines: list[Line] = field(default_factory=list)
    parts: list[Part] = field(default_factory=list)
    pending: list[str] = field(default_factory=list)  # what was left out, told when it ends

    def text(self, without_parts: bool = False) -> str:
        body = "".join(f"{line.text}\r\n" for line in self.lines)
        if not without_parts:
            body += "".join(part.text() for part in self.parts)
        return f"BEGIN:{self.name}\r\n{body}END:{self.name}\r\n"

    def value(self, key: str) -> str:
        for line in self.lines:
            name, _, rest = line.text.partition(":")
            if name.split(";")[0].strip().upper() == key:
                return rest.replace("\\,", ",").replace("\\;", ";").strip()
        return ""


def _say(text: str, *values: object) -> str:
    for number, value in enumerate(values, 1):
        text = text.replace(f"%{number}", str(value))
    return text


def shown(line: Line) -> str:
    """A line as a message quotes it: at most 60 characters."""
    text = line.text.strip()
    return text if len(text) <= _SHOWN else text[:_SHOWN].rstrip() + "…"


def _lines(text: str, first: int) -> list[Line]:
    found: list[Line] = []
    for number, raw in enumerate(re.split(r"\r\n|\r|\n", text), first):
        if raw[:1] in (" ", "\t") and found:
            found[-1] = Line(found[-1].number, found[-1].text + raw[1:])
        elif raw.strip():
            found.append(Line(number, raw))
    return found


def _label(part: Part | None) -> str:
    if part is None or part.name == "VCALENDAR":
        return ""
    return part.value("SUMMARY") or part.value("UID")


def _split(text: str, said: Said, first: int) -> tuple[list[Part], bool]:
    """The file's top components (parts of other parts inside them), and whether it is cut
    short. A line outside every component, or an END without its BEGIN, is left out; what is
    left out of a component is said when it ends, named by its SUMMARY wherever that is."""
    tops: list[Part] = []
    open_: list[Part] = []
    for line in _lines(text, first):
        name, _, rest = line.text.partition(":")
        key = name.strip().upper()
        if key == "BEGIN" and rest.strip():
            part = Part(rest.strip().upper(), line)
            (open_[-1].parts if open_ else tops).append(part)
            open_.append(part)
        elif key == "END" and any(p.name == rest.strip().upper() for p in open_):
            while open_:  # an END closes what was left open inside it
                part = open_.pop()
                _tell(part, said)
                if part.name == rest.strip().upper():
                    break
        elif open_ and key == "END":
            open_[-1].pending.append(_unreadable(line))
        elif not open_:
            said("", _unreadable(line))
        else:
            mended = _mended(line, open_[-1])
            if mended is not None:
                open_[-1].lines.append(mended)
    for part in reversed(open_):
        _tell(part, said)
    return tops, bool(open_)


def _tell(part: Part, said: Said) -> None:
    label = _label(part)
    for text in part.pending:
        said(label, text)
    part.pending.clear()


def _unreadable(line: Line) -> str:
    return _say(translate("Calendar", "line %1 cannot be read and is left out: %2"),
                line.number, shown(line))  # fmt: skip


def _mended(line: Line, part: Part) -> Line | None:
    """The line as icalendar can read it: without a parameter it cannot read; None: no
    property at all (no colon, or no name)."""
    from icalendar.parser import Contentline

    if _PLAIN.match(line.text):  # most lines: no need to ask icalendar
        return line
    try:
        Contentline(line.text).parts()
        return line
    except Exception:  # icalendar says ValueError, but a broken line is a broken line
        pass
    head, colon, value = line.text.partition(":")
    name, *parameters = head.split(";")
    if not colon or not re.fullmatch(r"[A-Za-z0-9-]+", name.strip()):
        part.pending.append(_unreadable(line))
        return None
    kept = [p for p in parameters if _PARAMETER.fullmatch(p)]
    text = ";".join([name.strip(), *kept]) + ":" + value
    try:
        Contentline(text).parts()
    except Exception:  # still unreadable: the whole line goes
        part.pending.append(_unreadable(line))
        return None
    reason = translate("Calendar", "line %1: a parameter cannot be read and is left out: %2")
    part.pending.append(_say(reason, line.number, shown(line)))
    return Line(line.number, text)


def read_by_parts(text: str, said: Said, first: int = 1) -> tuple[list[Any], bool, Sources]:
    """The VCALENDARs of a file's text, read part by part (see above), whether the file was
    cut short, and the lines each event was read from; everything left out is told to `said`.
    `first`: the number of the text's first line in the file (lines put before it are < 1)."""
    tops, cut = _split(text, said, first)
    calendars = []
    sources: Sources = {}
    for top in tops:
        if top.name != "VCALENDAR":
            said("", _unreadable(top.begin))
            continue
        calendar = _calendar(top, said, sources)
        if calendar is not None:
            calendars.append(calendar)
    return calendars, cut, sources


def _calendar(top: Part, said: Said, sources: Sources) -> Any:
    calendar = _parses(_calendar_text([], []))
    if calendar is None:  # not even an empty calendar: icalendar cannot read now (no memory)
        return None
    head: list[Line] = []
    for line in top.lines:  # the calendar's own properties, each kept when it can be read
        if _parses(_calendar_text([*head, line], [])) is not None:
            head.append(line)
        else:
            said("", _unreadable(line))
    calendar = _parses(_calendar_text(head, [])) or calendar
    zones = []
    for zone in (p for p in top.parts if p.name == "VTIMEZONE"):
        parsed = _parses(zone.text(), component=True)
        if parsed is not None:
            zones.append(zone.text())
            calendar.add_component(parsed)
        else:
            said("", _left_out(zone, _bad_line(zone)))
    others = [p for p in top.parts if p.name != "VTIMEZONE"]
    for part, component in _parsed(head, zones, others, said):
        calendar.add_component(component)
        sources[id(component)] = part.lines
    return calendar


def _calendar_text(head: list[Line], texts: list[str]) -> str:
    lines = "".join(f"{line.text}\r\n" for line in head)
    return f"BEGIN:VCALENDAR\r\n{lines}{''.join(texts)}END:VCALENDAR\r\n"


def _parses(text: str, component: bool = False) -> Any:
    """The calendar (or, `component`, the component alone) in `text`; None: icalendar
    rejects it."""
    import icalendar

    try:
        return (icalendar.Component if component else icalendar.Calendar).from_ical(text)
    except Exception:  # icalendar raises many kinds on bad input
        return None


def _parsed(
    head: list[Line], zones: list[str], parts: list[Part], said: Said
) -> list[tuple[Part, Any]]:
    """The components of `parts`, read with the calendar's zones, halving on failure. Where
    only their own parts fail (every alarm of an exporter that writes them wrong), the batch is
    read without them and each is given back that can be read alone."""
    if not parts:
        return []
    for bare in (False, True):
        texts = (p.text(without_parts=bare) for p in parts)
        batch = _parses(_calendar_text(head, [*zones, *texts]))
        found = [c for c in batch.subcomponents if c.name != "VTIMEZONE"] if batch else []
        if len(found) == len(parts):
            if bare:
                for part, component in zip(parts, found, strict=True):
                    _give_parts(part, component, said)
            return list(zip(parts, found, strict=True))
    if len(parts) > 1:
        half = len(parts) // 2
        return _parsed(head, zones, parts[:half], said) + _parsed(head, zones, parts[half:], said)
    line = _bad_line(parts[0])
    said(_label(parts[0]), _say(translate("Calendar", "cannot be read (line %1: %2)"),
                                line.number, shown(line)))  # fmt: skip
    return []


def _give_parts(part: Part, component: Any, said: Said) -> None:
    """A component read without its own parts gets back each that can be read alone."""
    for inner in part.parts:
        parsed = _parses(inner.text(), component=True)
        if parsed is not None:
            component.add_component(parsed)
        else:
            said(_label(part), _left_out(inner, _bad_line(inner)))


def _bad_line(part: Part) -> Line:
    """The first line of a part that icalendar cannot read on its own, else its BEGIN."""
    for line in part.lines:
        if _parses(Part(part.name, part.begin, [line]).text(), component=True) is None:
            return line
    return part.begin


def _left_out(part: Part, line: Line) -> str:
    if part.name == "VALARM":
        text = translate("Calendar", "its reminder cannot be read and is left out (line %1: %2)")
        return _say(text, line.number, shown(line))
    text = translate("Calendar", "its %1 cannot be read and is left out (line %2: %3)")
    return _say(text, part.name, line.number, shown(line))
