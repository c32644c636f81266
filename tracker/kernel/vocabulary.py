"""The one vocabulary of kinds, causes and circles: their stored words, the words people type
for them (English and Dutch), and the glyph the week draws. Labels live with the UI (tr())."""

from __future__ import annotations

__all__ = [
    "BLOCK_KINDS",
    "CAUSES",
    "CAUSE_GLYPHS",
    "CAUSE_WORDS",
    "CIRCLES",
    "INSTANT_KINDS",
    "KINDS",
    "KIND_WORDS",
    "SPAN_KINDS",
    "STARTABLE_KINDS",
]

BLOCK_KINDS = ("work", "life")  # the day's modes: one runs at a time
SPAN_KINDS = ("call", "meeting")  # may overlap a block; a meeting is live and in person
INSTANT_KINDS = ("disruption", "contact")  # moments, no end
KINDS = BLOCK_KINDS + SPAN_KINDS + INSTANT_KINDS
STARTABLE_KINDS = BLOCK_KINDS + SPAN_KINDS

# In the order of DESIGN's tray sketch; the user may also give a cause of their own.
CAUSES = ("overrun", "late", "tech", "noise", "family", "colleague", "self")
CAUSE_GLYPHS = {
    "overrun": "O", "late": "L", "tech": "T", "noise": "N", "family": "F", "colleague": "C",
    "self": "S",
}  # fmt: skip

# null (None) is a circle too: "not sorted yet", never counted in the compass nor nudged.
CIRCLES = ("customer", "leadership", "team", "peer", "report", "partner")

KIND_WORDS = {kind: kind for kind in KINDS} | {
    "werk": "work",
    "privé": "life",
    "prive": "life",
    "leven": "life",
    "gesprek": "call",
    "bellen": "call",
    "afspraak": "meeting",
    "storing": "disruption",
    "verstoring": "disruption",
    "onderbreking": "disruption",
}
CAUSE_WORDS = {cause: cause for cause in CAUSES} | {
    "uitloop": "overrun",
    "laat": "late",
    "techniek": "tech",
    "lawaai": "noise",
    "gezin": "family",
    "collega": "colleague",
    "zelf": "self",
}
