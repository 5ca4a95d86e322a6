"""The German cues that open another edition of the work just cited: its original, or its
German translation named in full words.

German humanities notes cite a translation and then the original it was made from, or the
original and then its German edition, each with its own title and imprint ("Jean Morvan:
*Der Hafen*, Frankfurt 1974; frz. Original: *Le port*, Paris 1968", "…, Paris 1971; dt.
Ausgabe: *Lohn und Streik*, Hamburg 1975", "… (Orig.: *The Strike*, London 1986)"). The
cue names the edition, not a person: "Original" is no one's surname, and the work after
the cue is the same writer's, written once. The readers of the abbreviated cues ("dt.:",
"dt. Ausg.:", `note_german`, `note_german_translation_writers`, `note_translations`) take
these with them.
"""

from __future__ import annotations

# The cue as a regular expression's text (no groups, possessive runs: linear), without its
# colon: each reader adds what follows a cue in its place.
# matches "Original", "Orig.", "Orig. Ausg.", "Originalausgabe", "Originaltitel", "frz.
# Original", "engl. Orig.", "amerik. Originalausgabe", "französische Originalausgabe",
# "englisches Original", "dt. Ausgabe", "dt. Übersetzung", "deutsche Erstausgabe",
# "deutscher Übersetzung"; not "Originell", "Origo", "Im Original" as a whole (a phrase:
# "Im Original: „open society“"; `IN_ORIGINAL` reads it before a title and its imprint),
# "dt. v." (a translator), "Ausgabe" alone
EDITION_CUE = r"""(?:(?i:frz|franz|engl|amerik|ital|span|russ|poln|niederl|schwed|tschech)\.\s*+
      |(?i:französisch|englisch|amerikanisch|italienisch|spanisch|russisch|polnisch)(?:e[nrs]?)?\s++)?
    (?:Original(?:ausgabe|fassung|titel)?\b|Orig\.(?:\s*+Ausg\.)?)
  |(?:(?i:dt\.)|(?i:deutsche[rn]?))\s++(?:Ausgabe|Übersetzung|Fassung|Erstausgabe)\b"""

# The first letters an edition cue can start with (a cheap test before the regex).
EDITION_CUE_STARTS = "OoFfEeAaIiSsRrPpNnTtDd"

# The original named in prose, before its title with no colon: "(im Original *Le port*,
# Paris 1968)", "; das Original Le port, Paris 1968". Read only before a marked title or a
# title an imprint vouches for.
# matches "im Original", "das Original", "dem Original", "im Original:"'s words; not
# "Original" alone, "im Originalton"
IN_ORIGINAL = r"(?i:im|das|dem)\s++Original(?:ausgabe)?\b"
