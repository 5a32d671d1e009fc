"""The card layouts and envelopes a printout can take, apart from the printouts
themselves so that the command line can name them without importing them."""

LAYOUT_KEYS = ("a6", "5x7", "a5", "half-letter", "a4", "letter")
ENVELOPE_KEYS = ("none", "label", "dl", "c6")
