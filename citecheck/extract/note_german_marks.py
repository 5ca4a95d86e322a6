"""German words for an editor and a translator around a work cited in a note, as pattern
pieces for the readers that know the English ones ("ed.", "edited by", "trans.").

German notes, and German translations of English notes, name an edited volume's editors
"hg. v. Rolf Tiedemann", "hrsg. von Rolf Tiedemann", "herausgegeben von …", "Hg. Rolf
Tiedemann", or after the names "Rolf Tiedemann (Hg.)", "Rolf Tiedemann Hg.", "(Hrsg.)",
"(Hgg.)" (DIN 1505-2 writes "(Hrsg.)"); a translator "übers. v. Ben Brewster", "übersetzt
von …", "aus dem Englischen von …", "dt. v. …". The English readers take these pieces
beside their own words; nothing here is a list of names or places.
"""

from __future__ import annotations

# Before the editors' names.
# matches "hg. v.", "Hg. von", "hrsg. v.", "Hrsg. von", "herausgegeben von", "Hg." (alone);
# not "hg" (no full stop), "Hgg." (only after the names)
EDITED_BY = r"(?:(?i:h)(?:g|rsg)\.(?:\s++(?:v\.|von))?|herausgegeben\s++von)"

# After the editors' names, with or without brackets: "(Hg.)", "Hg.", "(Hrsg.)", "(Hgg.)".
# The English "ed."/"eds." stays where the readers write it; these are the German marks only.
# matches "Hg", "Hgg", "Hrsg" (the full stop follows in the caller); not "hg" (lower case
# after a name is the next word's), "Heg"
EDITOR_MARK = r"(?-i:Hg|Hgg|Hrsg)"

# Before the translator's name.
# matches "übers. v.", "Übers. von", "übers.", "übersetzt von", "aus dem Englischen von", "dt.
# v.", "dt. von"; not "übersetzt" (no "von"), "dt." alone (a translation's title follows it)
TRANSLATED_BY = r"""(?:(?i:ü)bers\.(?:\s++(?:v\.|von))?|übersetzt\s++von
    |aus\s++dem\s++(?-i:[A-ZÄÖÜ])[a-zäöüß]++\s++von|dt\.\s++(?:v\.|von))"""
