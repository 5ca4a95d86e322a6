"""The cue that opens an English translation given after its original: "Jean Vale, *Le
jour* (Paris: Seuil, 1968); English translation: *The Day*, trans. Ann Bell (London:
Verso, 1974)", "…; trans. as *The Day* (…)", "… (Eng. trans.: *The Day* […])". Chicago
(14.109-110) gives the original and then its translation as a second publication, the
same writer's work with its own title and year, as German notes do after "dt.:"
(`note_german`); the readers of those cues read these with them. A translator ("trans.
Ann Bell") is no cue: the cue names the translation itself, before its title."""

from __future__ import annotations

# The English cue as a regular expression's text (no groups, possessive runs: linear).
# matches "English translation:", "English translation as", "Eng. trans.", "English trans.:",
# "English edition:", "Eng. ed.:", "trans. as", "translated as", "published in English as",
# "in English as"; the original named after its translation (Chicago 14.109-110: the
# same writer's work, its own title and year): "originally published as", "first published
# as", "French original:", "German original edition:"; not "trans. Ann Bell", "translated
# by Ann Bell", "English translation by Ann Bell appeared as" (the translator first),
# "English", "edition", "originally published in", "the French original is"
ENGLISH_CUE = r"""(?:(?i:english|eng\.)\s++(?i:translation|trans\.|edition|ed\.)(?:\s++as\b|\s*+:)?
   |(?i:trans\.|translated)\s++as\b
   |(?:(?i:published)\s++)?in\s++English\s++as\b
   |(?i:originally|first)\s++published\s++as\b
   |(?:French|German|Italian|Spanish|Russian|English)\s++original(?:\s++edition)?\s*+:)"""

# The first letters an English cue can start with (a cheap test before the regex).
ENGLISH_CUE_STARTS = "EeTtPpIiOoFfGgSsR"
