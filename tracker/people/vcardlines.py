"""The lines of a vCard file: bytes to logical lines (unfolded, quoted-printable joined) and
each line to its group, name, parameters and raw value, and the raw value to text.

Read by hand rather than with vobject: a per-property CHARSET= applies to the bytes, which
vobject never sees (it works on text decoded once for the whole file); its line parser refuses
a whole card for one empty parameter (`ADR;HOME;PREF;:`), and its quoted-printable joining
stops at a blank line inside a value. Every line is a latin-1 string here: one character per
byte, so the bytes come back exactly when a value is decoded.
"""

from __future__ import annotations

import binascii
import codecs
import re
from collections.abc import Iterator
from dataclasses import dataclass

__all__ = [
    "Decoded",
    "Property",
    "charset_label",
    "codec_of",
    "decode_value",
    "file_lines",
    "legacy_codec",
    "logical_lines",
    "parse_property",
    "platform_legacy",
    "split_structured",
    "unescape",
    "unmarked_utf16",
]

_NEWLINES = re.compile(rb"\r*\n|\r")
_PROPERTY_START = re.compile(r"^(?:[\w-]+\.)?[\w-]+[;:]", re.ASCII)
_NAME = re.compile(r"(?:([\w-]+)\.)?([\w-]+)", re.ASCII)  # X-WAB-SPOUSE_NAME: `_` too
_ESCAPE = re.compile(r"\\(.)", re.DOTALL)
_BOMS = (
    (codecs.BOM_UTF8, "utf-8", "UTF-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "UTF-16"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "UTF-16"),
)


def file_lines(data: bytes) -> tuple[list[str], str | None]:
    """The physical lines (latin-1 strings of UTF-8 bytes when a byte order mark says the
    encoding), and the encoding that mark named (None: no mark, each value decides)."""
    named = None
    for bom, codec, label in _BOMS:
        if data.startswith(bom):
            text = data[len(bom) :].decode(codec, errors="replace")  # U+FFFD is caught later
            data = text.encode("utf-8")
            named = label
            break
    return [line.decode("latin-1") for line in _NEWLINES.split(data)], named


def unmarked_utf16(data: bytes) -> str | None:
    """The codec of UTF-16 written without a byte order mark (some Windows tools do), or None.
    Its ASCII text has a zero byte beside every character: after it (little-endian) or before
    it (big-endian). A stray zero byte in a UTF-8 file is not that pattern."""
    head = data[:4096]
    if len(head) < 16 or any(head.startswith(bom) for bom, _, _ in _BOMS):
        return None
    even, odd = head[0::2].count(0), head[1::2].count(0)
    half = len(head) // 2
    if odd > half * 0.4 and even < half * 0.05:
        return "utf-16-le"
    if even > half * 0.4 and odd < half * 0.05:
        return "utf-16-be"
    return None


def _is_qp(line: str) -> bool:
    head = line.split(":", 1)[0]
    return "QUOTED-PRINTABLE" in head.upper()


def logical_lines(lines: list[str]) -> Iterator[tuple[str, int]]:
    """(line, number of its first physical line), unfolded: a leading space or tab continues
    the line before; a quoted-printable value ending in `=` (a soft line break) continues on
    the next line, even past blank lines, unless what follows starts a new property."""
    current: str | None = None
    start = 0
    soft_break = blank = False
    for number, line in enumerate(lines, start=1):
        if soft_break and current is not None:
            if not line.strip():
                blank = True  # a blank line inside a soft break: the value may go on after it
                continue
            if not (blank and _PROPERTY_START.match(line)):
                current = current.rstrip(" \t")[:-1] + line  # the `=` joins, it is no text
                soft_break = _ends_soft(current)
                continue
        soft_break = blank = False
        if not line.strip():
            if current is not None:
                yield current, start
            current = None
            continue
        if line[0] in " \t" and current is not None:
            current += line[1:]
        else:
            if current is not None:
                yield current, start
            current, start = line, number
        soft_break = _ends_soft(current)
    if current is not None:
        yield current, start


def _ends_soft(line: str) -> bool:
    return line.rstrip(" \t").endswith("=") and _is_qp(line)


@dataclass(frozen=True, slots=True)
class Property:
    name: str  # upper case, without its group
    params: dict[str, list[str]]  # upper-case names; bare 2.1 parameters under TYPE
    value: str  # latin-1: the raw bytes of the value
    line: int

    def param(self, name: str) -> str:
        values = self.params.get(name)
        return values[0] if values else ""

    @property
    def encoding(self) -> str:
        """QUOTED-PRINTABLE, BASE64 or "" (2.1 allows the bare word as a parameter)."""
        words = [
            w.upper() for w in (*self.params.get("ENCODING", ()), *self.params.get("TYPE", ()))
        ]
        if "QUOTED-PRINTABLE" in words:
            return "QUOTED-PRINTABLE"
        if "BASE64" in words or "B" in words:
            return "BASE64"
        return ""


def parse_property(line: str, number: int) -> Property | None:
    """One logical line as a property; None when it is not one (no name, or no colon)."""
    found = _NAME.match(line)
    if found is None:
        return None
    name = found.group(2).upper()
    position = found.end()
    params: dict[str, list[str]] = {}
    colon = line.find(":", position)
    if colon >= 0 and '"' not in line[position:colon]:  # the usual case: no quoted parameter
        if line[position:colon] and line[position] != ";":
            return None
        for text in line[position + 1 : colon].split(";") if colon > position else ():
            _add_param(params, text)
        return Property(name, params, line[colon + 1 :], number)
    while position < len(line) and line[position] == ";":
        position += 1
        begin, quoted = position, False
        while position < len(line) and (quoted or line[position] not in ";:"):
            if line[position] == '"':
                quoted = not quoted
            position += 1
        _add_param(params, line[begin:position])
    if position >= len(line) or line[position] != ":":
        return None
    return Property(name, params, line[position + 1 :], number)


def _add_param(params: dict[str, list[str]], text: str) -> None:
    if not text.strip():
        return  # `ADR;HOME;PREF;:` - an empty parameter says nothing
    key, equals, values = text.partition("=")
    if not equals:
        params.setdefault("TYPE", []).append(key.strip())
        return
    for value in re.split(r',(?=(?:[^"]*"[^"]*")*[^"]*$)', values):
        params.setdefault(key.strip().upper(), []).append(value.strip().strip('"'))


def codec_of(charset: str) -> str | None:
    """Python's name for a CHARSET= value, or None when it names no known character set."""
    try:
        return codecs.lookup(charset.strip()).name
    except (LookupError, ValueError):
        return None


def legacy_codec(charset: str) -> str | None:
    """Python's name for a code page text may be read in, or None: it must be a character set
    that reads ASCII as ASCII (UTF-16 would make one character of every two bytes, base64 is
    no character set), else every name read with it is mangled."""
    codec = codec_of(charset)
    if codec is None or not getattr(codecs.lookup(codec), "_is_text_encoding", True):
        return None
    try:
        return codec if b"BEGIN:VCARD FN".decode(codec) == "BEGIN:VCARD FN" else None
    except (UnicodeDecodeError, LookupError):
        return None


def platform_legacy() -> str:
    """This computer's legacy code page (Windows: the ANSI code page, cp1253 on a Greek one);
    elsewhere, where there is none, Windows-1252."""
    import locale

    codec = codec_of(locale.getencoding())
    return codec if codec and re.fullmatch(r"cp\d+", codec) and codec != "cp65001" else "cp1252"


def charset_label(codec: str) -> str:
    """The name people know a character set by: cp1253 is Windows-1253."""
    if re.fullmatch(r"cp125\d", codec):
        return f"Windows-{codec[2:]}"
    found = re.fullmatch(r"iso8859-(\d+)", codec)
    if found:
        return f"ISO-8859-{found.group(1)}"
    return {"utf-8": "UTF-8", "ascii": "ASCII", "latin-1": "ISO-8859-1"}.get(codec, codec.upper())


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str | None  # None: not text in any character set tried
    codec: str  # the one that read it ("" when none could)
    guessed: bool  # read with the legacy code page, which nothing in the card named
    unknown_charset: str = ""  # a CHARSET= naming no known character set


def decode_value(prop: Property, legacy: str, named: str | None) -> Decoded:
    """The value's text: its own CHARSET= first (for the bytes the file holds, or for what
    quoted-printable gives when a byte order mark named the file's encoding), then UTF-8,
    then (when the property named no known character set) the legacy code page. Text
    holding U+FFFD was mangled before it got here."""
    raw = prop.value.encode("latin-1")
    encoding = prop.encoding
    try:
        if encoding == "QUOTED-PRINTABLE":
            raw = binascii.a2b_qp(raw)
        elif encoding == "BASE64":
            raw = binascii.a2b_base64(raw)
    except (binascii.Error, ValueError):
        return Decoded(None, "", False)
    charset = prop.param("CHARSET")
    declared = codec_of(charset) if charset else None
    unknown = charset if charset and declared is None else ""
    tried: list[str] = []
    if declared and (named is None or encoding):
        tried.append(declared)
    tried.append("utf-8")
    if not declared:  # a card that says its character set is not guessed at
        tried.append(legacy)
    for codec in dict.fromkeys(tried):
        try:
            text = raw.decode(codec)
        except (UnicodeDecodeError, LookupError):
            continue
        if "\ufffd" in text:
            break
        guessed = codec == legacy and codec != declared and not raw.isascii()
        return Decoded(text, codec, guessed, unknown)
    return Decoded(None, "", False, unknown)


def unescape(text: str) -> str:
    r"""\n is a new line; \, \; \\ and \: stand for themselves."""
    return _ESCAPE.sub(lambda m: "\n" if m.group(1) in "nN" else m.group(1), text)


def split_structured(text: str, separator: str = ";", unescaped: bool = True) -> list[str]:
    """N and ORG: parts split on separators that are not escaped, each part unescaped (or
    not, to be split again: N's parts are lists, `\\,` a comma of the name itself)."""
    parts, current, escaped = [], [], False
    for char in text:
        if escaped:
            current.append("\\" + char)
            escaped = False
        elif char == "\\":
            escaped = True
        elif char == separator:
            parts.append("".join(current))
            current = []
        else:
            current.append(char)
    parts.append("".join(current))
    return [unescape(p) for p in parts] if unescaped else parts
