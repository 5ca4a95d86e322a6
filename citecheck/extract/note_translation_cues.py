"""The cue that opens an English translation given after its original: "Jean Vale, *Le
jour* (Paris: Seuil, 1968); English translation: *The Day*, trans. Ann Bell (London:
Verso, 1974)", "…; trans. as *The Day* (…)", "… (Eng. trans.: *The Day* […])". Chicago
(14.109-110) gives the original and then its translation as a second publication, the
same writer's work with its own title and year, as German notes do after "dt.:"
(`note_german`); the readers of those cues read these with them. A translator ("trans.
Ann Bell") is no cue: the cue names the translation itself, before its title."""

from __future__ import annotations

# The cue as a regular expression's text (no groups, possessive runs: linear). English
# words, whichever language the translation is in (Chicago 14.109-110; the same cue names a
# German or French translation in an English note).
# matches "English translation:", "English translation as", "Eng. trans.", "English trans.:",
# "English edition:", "Eng. ed.:", "English version:", "German translation:", "French
# trans.", "trans. as", "transl. as", "tr. as", "translated as", "translated into English as",
# "translated by Ann Bell as", "trans. Ann Bell as" (the translator named before "as"),
# "published in English as", "available in English as", "in English as", "in English:"
# (or its "English as" after a cue's "in"); the original named after its translation
# (Chicago 14.109-110: the same writer's work, its own title and year): "originally
# published as", "first published as", "French original:", "German original edition:",
# "original:", "orig.:", and "originally" / "orig." right before a marked title; a language
# alone before a colon and a marked title ("English: *The Day*", "German: „Der Tag“": a language
# is no writer); a translation in a book or journal ("English translation in", "Eng. trans.
# in": the book holding it, the same writer's work as "Also in" gives it); not "trans. Ann
# Bell", "translated by Ann Bell", "English translation by Ann Bell appeared as" (the
# translator first), "English", "edition", "originally published in", "the French original
# is", "English: The Day" (a plain word after the colon: a DIN writer "English" as likely),
# "English translations in" (prose)
ENGLISH_CUE = r"""(?:(?i:english|engl?\.|german|french|italian|spanish|russian)\s++
     (?i:translation|transl?\.|edition|ed\.|version)(?:\s++(?:as|in)\b|\s*+:)?
   |(?i:trans\.|transl\.|tr\.|translated)(?:\s++into\s++(?-i:[A-Z][a-z]++))?\s++as\b
   |(?i:trans\.|transl\.|translated\s++by)\s++(?:(?-i:[A-Z])[\w.'’-]*+\s++){1,4}as\b
   |(?:(?:(?i:published|available)\s++)?in\s++|(?<=\bin\s))English(?:\s++as\b|\s*+:)
   |(?i:originally|first)\s++published\s++as\b
   |(?:French|German|Italian|Spanish|Russian|English)\s++original(?:\s++edition)?\s*+:
   |(?i:original|orig\.)\s*+:|(?i:originally|orig\.)(?=\s++[*_„“"«‘])
   |(?:English|German|French|Italian|Spanish|Russian)\s*+:(?=\s*+[*_„“"«‘]))"""

# The first letters a cue can start with (a cheap test before the regex).
ENGLISH_CUE_STARTS = "EeTtPpIiOoFfGgSsRAa"
