"""An unsigned newspaper article named in prose by its headline, its paper and its date,
where the prose is set German-fashion: "Das Blatt schrieb unter der Überschrift „Die Stunde
der Wahrheit“ in der *Neuen Glocke* vom 3. März 1970 …", "„…“ im *Vorwärts* vom
12.3.1931", and English alike, "“…” in the *Morning Clarion* of March 3, 1970".

Chicago 14.191 cites an unsigned newspaper article by its title, its paper and its date;
DIN 1505 and German practice write the same in prose ("unter der Überschrift „…“ in der
*Zeitung* vom …"). `note_unsigned_leads` reads the piece after prose ending in a word in
lower case, with the paper and the day right after the title; these patterns add what
German prose writes there: a capitalised noun naming the headline before the title (German
nouns are capitalised, so the lower-case test misses them), a preposition before the paper
("in der", "im", "in the") and "vom"/"of" before its day. The day stays required, so a
quoted phrase with no date after it is never read so.
"""

from __future__ import annotations

# A noun naming a headline, right before the title's mark, after the words that introduce
# it ("unter der Überschrift", "mit dem Titel", "die Schlagzeile"): the last word of the
# prose before an unsigned piece. A noun, not a person: no surname is spelt so.
# matches "Überschrift", "Schlagzeile", "Titel", "Headline"; not "Wendland" (a surname),
# "Titelblatt" (more letters), "Titels"
HEADLINE_NOUN = r"(?-i:Überschrift|Schlagzeile|Titel|Headline)(?![\w-])"

# A German noun after an article in lower case, right before the title's mark: the kind of
# piece ("die Meldung „…“", "den Artikel „…“", "der Schlagzeile „…“"). German capitalises
# every noun; the article in lower case says it is a noun inside a sentence, no name.
# matches "Meldung" after "die ", "Artikel" after "den "; not "Wendland" after "Peter ",
# "Meldung" after "Die " (a sentence's first word: a name's article as likely)
ARTICLE_NOUN = (
    "(?:"
    + "|".join(
        rf"(?<=(?<![\w'’.-]){article}\s)"
        for article in "den das die der dem einen ein eine einem".split()
    )
    + r")(?-i:[A-ZÄÖÜ][a-zäöüß]{2,}+)(?![\w-])"
)

# A preposition before the paper, in prose: "in der", "im", "in", "in the".
# matches "in der ", "im ", "in ", "in the "; not "in: " (`note_unsigned_leads`' own),
# "into ", "ins "
PAPER_PREPOSITION = r"(?:in\s++der|im|in)\s++(?!:)"

# A word before the day, after the paper: German "vom" (of the date), English "of".
# matches "vom ", "of "; not "von " (a writer's), "on "
DAY_PREPOSITION = r"(?:vom|of)\s++"
