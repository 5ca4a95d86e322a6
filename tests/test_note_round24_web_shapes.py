"""Issue 11, the twenty-fourth round (docs/note-citations-rounds.md): shapes a web copy lost,
and sentence adverbs before a title.

Synthetic notes (invented writers, titles and publishers; no corpus text).

- A sentence adverb opening a note before a comma and a title ("Incidentally, *The Iron
  Calendar* (London: Harwood, 1976) …", "Furthermore, …", "Notably, …") was read as the
  work's writer, as "However," and "Moreover," no longer are: no one is called
  "Incidentally". The positives: a writer after such an adverb and a cue.
- A writer's next work after "and", following the first work's year in brackets (and a
  page): "Ann Vell, *Salt Roads* (Leeds: Dale, 1947), 3, and *Harbour Ledgers of the North*
  (Leeds: Dale, 1950), 4." The web copy, its italics gone, read the second work as part of
  the first (or nothing); the Markdown read "*A* (1947) and *B* (Leeds: Dale, 1950)" as one
  work of 1950. The next work needs its own imprint with a place; the negatives: a
  lower-case phrase, a place alone, a year alone after the next title, another writer
  named, one title holding "and". Left alone: a volume before "and" ("…, 1947), vol. 2, and
  …"), which the Markdown reads and the web copy does not.
- German notes in a web copy: an edited volume cited by its title, its editor after "hg.
  v." and then a bracketed imprint ("*Der Hafen im Norden*, hg. v. Hans Müller (Berlin
  1974)"), read nothing: only an open imprint ("…, Berlin 1974") did. The negatives: a
  clause before the bracket, a bracket with a year alone, a season for a place, an editor
  with no imprint. Left alone: a writer in German prose before a plain title and "(Berlin
  1974)" ("Der Begriff stammt von Hans Müller, Der Hafen im Norden (Berlin 1974)") still
  reads nothing in the web copy: German's bracket without a comma is a dateline after a
  person's apposition as often ("Hans Meierling, Leiter des Stadtarchivs (Kassel 2012)"),
  as `test_note_german_prose_writers` and `test_note_german_bracket_imprints` hold.
- The same in English and Greek web copies: an edited volume by its title, its editor after
  "ed." or "επιμ.", an imprint in brackets with a place and a year or open ("*Harbour
  Ledgers of the North*, ed. Ann Vell (Leeds, 1950)", "*Το λιμάνι του Βορρά*, επιμ. Νίκος
  Ρήγας, Αθήνα 1974"), and a writer's next work after "and", "und" or "και" with an open
  imprint ("…, Leeds: Dale, 1947, 3, and *Harbour Ledgers*, Leeds: Dale, 1950, 4."). The
  negatives: "ed." of an edition number, a translator, an editor with no year, a lower-case
  phrase after "and" before an open imprint, and a container's title cut at its question
  mark in a web copy, its editor after it ("…, in Can One Live After Auschwitz? A
  Philosophical Reader, ed. Rolf Tiedemann (…)"): the editor's book is no work of its own
  unless it opens the note or a ";" group.
- A web copy's possessive before a plain title and a place and a year in brackets ("Cf.
  Vell’s Harbour Ledgers of the North (Leeds, 1950), 4."): only a colon imprint vouched
  for the title. The place must be known, the title two words or more. And a web copy's
  plain title opening a ";" group after another work is that work's writer's, as the
  Markdown's marked title is ("Ann Vell, *Salt Roads* (…), 3; *Harbour Ledgers of the
  North* (Leeds: Dale, 1950), 4.").
"""

from __future__ import annotations

from tests.note_tables import (
    NO_READING,
    negative_table_tests,
    rendering_table_tests,
    unsigned,
    work,
)

# (name, note, readings in Markdown, readings in the web copy)
CASES = [
    ("a writer after an adverb and a cue",
     "Furthermore, see Ann Vell, *Salt Roads* (Leeds: Dale, 1947), 12.",
     [work("Vell", "Salt Roads", "1947")],
     [work("Vell", "Salt Roads", "1947")]),
    ("a writer after 'Incidentally' and a cue",
     "Incidentally, see Tom Rudd, *Harbour Ledgers* (Leeds: Dale, 1950).",
     [work("Rudd", "Harbour Ledgers", "1950")],
     [work("Rudd", "Harbour Ledgers", "1950")]),
    ("negative: 'Incidentally' before a title and its imprint",
     "Incidentally, *The Iron Calendar* (London: Harwood, 1976) was reprinted.",
     NO_READING, NO_READING),
    ("negative: 'Furthermore' before a title, its imprint and a page",
     "Furthermore, *Salt Roads* (Leeds: Dale, 1947), 12, says so.",
     NO_READING, NO_READING),
    ("negative: 'Notably' before a quoted title in a journal",
     "Notably, “Harbour Strikes,” *Harbour Review* 4 (1990): 3.",
     NO_READING, NO_READING),
    ("a writer's next work after a page and 'and'",
     "Ann Vell, *Salt Roads* (Leeds: Dale, 1947), 3, and *Harbour Ledgers of the North* (Leeds: Dale, 1950), 4.",
     [work("Vell", "Salt Roads", "1947"), work("Vell", "Harbour Ledgers of the North", "1950")],
     [work("Vell", "Salt Roads", "1947"), work("Vell", "Harbour Ledgers of the North", "1950")]),
    ("a writer's next work after a genitive and 'and'",
     "Ann Vell's *Salt Roads* (Leeds: Dale, 1947) and *Harbour Ledgers* (Leeds: Dale, 1950).",
     [work("Vell", "Salt Roads", "1947"), work("Vell", "Harbour Ledgers", "1950")],
     [work("Vell", "Salt Roads", "1947"), work("Vell", "Harbour Ledgers", "1950")]),
    ("a writer's next work after 'und' and a German page",
     "Hans Müller, *Der Hafen im Norden* (Berlin 1974), S. 12, und *Salz und Eisen* (Berlin 1980), S. 4.",
     [work("Müller", "Der Hafen im Norden", "1974"), work("Müller", "Salz und Eisen", "1980")],
     [work("Müller", "Der Hafen im Norden", "1974"), work("Müller", "Salz und Eisen", "1980")]),
    ("a writer's next work after a journal's issue and page",
     "Tom Rudd, “Salt Roads,” *Harbour Review* 4 (1947): 3, and *Harbour Ledgers* (Leeds: Dale, 1950), 4.",
     [work("Rudd", "Salt Roads", "1947"), work("Rudd", "Harbour Ledgers", "1950")],
     [work("Rudd", "Salt Roads", "1947"), work("Rudd", "Harbour Ledgers", "1950")]),
    ("a writer's next work after a year alone",
     "See Ann Vell, *Salt Roads* (1947) and *Harbour Ledgers of the North* (Leeds: Dale, 1950).",
     [work("Vell", "Salt Roads", "1947"), work("Vell", "Harbour Ledgers of the North", "1950")],
     [work("Vell", "Salt Roads", "1947"), work("Vell", "Harbour Ledgers of the North", "1950")]),
    ("negative: a lower-case phrase after 'and'",
     "Ann Vell, *Salt Roads* (Leeds: Dale, 1947), 3, and the essays in it (Leeds: Dale, 1950).",
     [work("Vell", "Salt Roads", "1947")], [work("Vell", "Salt Roads", "1947")]),
    ("negative: a place and a year alone after 'and'",
     "Ann Vell, *Salt Roads* (Leeds: Dale, 1947), 3, and London (1950).",
     [work("Vell", "Salt Roads", "1947")], [work("Vell", "Salt Roads", "1947")]),
    ("negative: another writer named after 'and'",
     "Ann Vell, *Salt Roads* (Leeds: Dale, 1947), 3, and Tom Rudd, *Harbour Ledgers* (Leeds: Dale, 1950), 4.",
     [work("Vell", "Salt Roads", "1947"), work("Rudd", "Harbour Ledgers", "1950")],
     [work("Vell", "Salt Roads", "1947"), work("Rudd", "Harbour Ledgers", "1950")]),
    ("negative: one title holding 'and'",
     "Ann Vell, *Salt Roads and Harbour Ledgers* (Leeds: Dale, 1947), 3.",
     [work("Vell", "Salt Roads and Harbour Ledgers", "1947")],
     [work("Vell", "Salt Roads and Harbour Ledgers", "1947")]),
    ("negative: a marked title with a year alone after 'and'",
     "Ann Vell, *Salt Roads* (Leeds: Dale, 1947) and *Harbour Ledgers* (1950).",
     [work("Vell", "Salt Roads", "1947"), work("Vell", "Harbour Ledgers", "1950")],
     [work("Vell", "Salt Roads", "1947"), work("Vell", "Harbour Ledgers", "1950")]),
    ("an edited volume by its title, 'hg. v.', a bracketed imprint",
     "*Der Hafen im Norden*, hg. v. Hans Müller (Berlin 1974), S. 12.",
     [work("Müller", "Der Hafen im Norden", "1974")], [work("Müller", "Der Hafen im Norden", "1974")]),
    ("an edited volume's question, 'hg. v.', a bracketed imprint with a publisher",
     "*Wer regiert den Hafen?*, hg. v. Hans Müller (Berlin: Dietz, 1974), S. 12.",
     [work("Müller", "Wer regiert den Hafen?", "1974")], [work("Müller", "Wer regiert den Hafen?", "1974")]),
    ("negative: a clause before the bracket, no title",
     "Der Begriff stammt von Hans Müller, der dies betont (Berlin 1974), S. 12.",
     NO_READING, NO_READING),
    ("negative: an edited volume, a year alone in brackets",
     "Der Hafen im Norden, hg. v. Hans Müller (1974), S. 12.",
     NO_READING, NO_READING),
    ("negative: a season, not a place, and a year in brackets",
     "Der Begriff stammt von Hans Müller, Der Hafen im Norden (Sommer 1974), S. 12.",
     NO_READING, NO_READING),
    ("negative: an edited volume with no imprint",
     "Der Hafen im Norden, hg. v. Hans Müller, S. 12.",
     NO_READING, NO_READING),
    ("an edited volume by its title, 'ed.', a place and a year in brackets",
     "*Harbour Ledgers of the North*, ed. Ann Vell (Leeds, 1950), 3.",
     [work("Vell", "Harbour Ledgers of the North", "1950")], [work("Vell", "Harbour Ledgers of the North", "1950")]),
    ("an edited volume by its Greek title, 'επιμ.', an open imprint",
     "*Το λιμάνι του Βορρά*, επιμ. Νίκος Ρήγας, Αθήνα 1974.",
     [work("Ρήγας", "Το λιμάνι του Βορρά", "1974")], [work("Ρήγας", "Το λιμάνι του Βορρά", "1974")]),
    ("an edited volume by its Greek title, 'επιμ.', a bracketed imprint",
     "*Το λιμάνι του Βορρά*, επιμ. Νίκος Ρήγας (Αθήνα: Κέδρος, 1974).",
     [work("Ρήγας", "Το λιμάνι του Βορρά", "1974")], [work("Ρήγας", "Το λιμάνι του Βορρά", "1974")]),
    ("a writer's next work after 'and', both with open imprints",
     "Ann Vell, *Salt Roads*, Leeds: Dale, 1947, 3, and *Harbour Ledgers of the North*, Leeds: Dale, 1950, 4.",
     [work("Vell", "Salt Roads", "1947"), work("Vell", "Harbour Ledgers of the North", "1950")],
     [work("Vell", "Salt Roads", "1947"), work("Vell", "Harbour Ledgers of the North", "1950")]),
    ("a writer's next work after 'und', both with open imprints",
     "Hans Müller, *Der Hafen im Norden*, Berlin 1974, S. 12, und *Salz und Eisen*, Berlin 1980, S. 4.",
     [work("Müller", "Der Hafen im Norden", "1974"), work("Müller", "Salz und Eisen", "1980")],
     [work("Müller", "Der Hafen im Norden", "1974"), work("Müller", "Salz und Eisen", "1980")]),
    ("a writer's next work after 'και', both with open imprints",
     "Γιάννης Παπαδόπουλος, *Το λιμάνι του Βορρά*, Αθήνα 1974, σ. 12 και *Αλάτι και σίδερο*, Αθήνα 1980.",
     [work("Παπαδόπουλος", "Το λιμάνι του Βορρά", "1974"), work("Παπαδόπουλος", "Αλάτι και σίδερο", "1980")],
     [work("Παπαδόπουλος", "Το λιμάνι του Βορρά", "1974"), work("Παπαδόπουλος", "Αλάτι και σίδερο", "1980")]),
    ("negative: 'ed.' of an edition's number, no editor",
     "Harbour Ledgers of the North, 2nd ed. (Leeds, 1950), 3.",
     NO_READING, NO_READING),
    ("negative: a translator after the title",
     "Harbour Ledgers of the North, trans. Ann Vell (Leeds, 1950), 3.",
     NO_READING, NO_READING),
    ("negative: an editor after the title, no year",
     "Harbour Ledgers of the North, ed. Ann Vell (Leeds: Dale), 3.",
     NO_READING, NO_READING),
    ("negative: a lower-case phrase after 'and', an open imprint",
     "Ann Vell, *Salt Roads*, Leeds: Dale, 1947, 3, and the essays in it, Leeds: Dale, 1950.",
     [work("Vell", "Salt Roads", "1947")], [work("Vell", "Salt Roads", "1947")]),
    ("negative: an editor after a container's title cut at its question mark",
     "See Rudd, \"Salt Theory\" (1942), in *Can One Sail After Dunmore? A Harbour Reader*, ed. Ann Vell (Leeds: Dale Press, 2003), 93.",
     [work("Rudd", "Salt Theory", "2003")], [work("Rudd", "Salt Theory", "1942")]),
    ("a possessive, a title, a place and a year",
     "Cf. Vell’s *Harbour Ledgers of the North* (Leeds, 1950), 4.",
     [work("Vell", "Harbour Ledgers of the North", "1950")], [work("Vell", "Harbour Ledgers of the North", "1950")]),
    ("a possessive, a title, a two-word place and a year",
     "Cf. Vell’s *Harbour Ledgers of the North* (New York, 1950), 4.",
     [work("Vell", "Harbour Ledgers of the North", "1950")], [work("Vell", "Harbour Ledgers of the North", "1950")]),
    ("a title after a ';' and another work of its writer",
     "Ann Vell, *Salt Roads* (Leeds: Dale, 1947), 3; *Harbour Ledgers of the North* (Leeds: Dale, 1950), 4.",
     [work("Vell", "Salt Roads", "1947"), work("Vell", "Harbour Ledgers of the North", "1950")],
     [work("Vell", "Salt Roads", "1947"), work("Vell", "Harbour Ledgers of the North", "1950")]),
    ("negative: a possessive, a one-word title, a place and a year",
     "Cf. Vell’s *Harbour* (Leeds, 1950), 4.",
     [work("Vell", "Harbour", "1950")], NO_READING),
    ("negative: a possessive, a title, a name for a place",
     "See Vell's *Harbour Ledgers* (Einstein, 1950).",
     [work("Vell", "Harbour Ledgers", "1950")], NO_READING),
    ("a question for a title, 'Hg. v.' in a new sentence",
     "*Wer regiert den Hafen?* Hg. v. Hans Müller, Berlin 1974, S. 12.",
     [work("Müller", "Wer regiert den Hafen?", "1974")], [work("Müller", "Wer regiert den Hafen?", "1974")]),
    ("a Spanish question for a title, 'ed.'",
     "*¿Qué hacer?*, ed. Juan Pérez (Madrid: Siglo XXI, 1974), 12.",
     [work("Pérez", "¿Qué hacer?", "1974")], [work("Pérez", "¿Qué hacer?", "1974")]),
    ("negative: a question, then a sentence about its editor",
     "*Wer regiert den Hafen?* Herausgeber ist Hans Müller, Berlin 1974.",
     [unsigned("Wer regiert den Hafen?", "1974")], NO_READING),
    ("negative: a question, then 'Hg.' and a number",
     "Wer regiert den Hafen? Hg. 5, Berlin 1974.",
     NO_READING, NO_READING),
    ("two writers joined by Spanish 'y'",
     "Ana Vela y Tomás Ruiz, *Los caminos de la sal* (Madrid: Siglo XXI, 1990), 12.",
     [work("Vela/Ruiz", "Los caminos de la sal", "1990")], [work("Vela/Ruiz", "Los caminos de la sal", "1990")]),
    ("four writers, the last after Spanish 'y', a quoted title",
     "Jeff Lars, Surya Matt, Lauren Kirch y Julia Angel, “How We Analyzed the Harbour,” *Harbour Review* 4 (2016): 3.",
     [work("Lars/Matt/Kirch/Angel", "How We Analyzed the Harbour", "2016")],
     [work("Lars/Matt/Kirch/Angel", "How We Analyzed the Harbour", "2016")]),
    ("three writers, the last after French 'et'",
     "Jean Vallet, Paul Dufour et Marie Roux, *Les routes du sel* (Paris : Seuil, 1990), p. 12.",
     [work("Vallet/Dufour/Roux", "Les routes du sel", "1990")], [work("Vallet/Dufour/Roux", "Les routes du sel", "1990")]),
    ("Spanish 'y otros' for the writers not named",
     "Ana Vela y otros, *Los caminos de la sal* (Madrid: Siglo XXI, 1990), 12.",
     [work("Vela", "Los caminos de la sal", "1990")], [work("Vela", "Los caminos de la sal", "1990")]),
    ("negative: Spanish 'y' inside a title",
     "León Tolstói, *Guerra y paz* (Madrid: Alianza, 1990), 12.",
     [work("Tolstói", "Guerra y paz", "1990")], [work("Tolstói", "Guerra y paz", "1990")]),
    ("negative: French 'et' inside a title",
     "Jean Vallet, *Le sel et le fer* (Paris : Seuil, 1990), p. 12.",
     [work("Vallet", "Le sel et le fer", "1990")], [work("Vallet", "Le sel et le fer", "1990")]),
    ("negative: 'y' inside a title of capitalised words",
     "Ana Vela, *Sal y Hierro en el Norte* (Madrid: Siglo XXI, 1990), 12.",
     [work("Vela", "Sal y Hierro en el Norte", "1990")], [work("Vela", "Sal y Hierro en el Norte", "1990")]),
    ("negative: 'y otras' before a noun, no list",
     "Ana Vela y otras obras, *Los caminos de la sal* (Madrid: Siglo XXI, 1990), 12.",
     NO_READING, NO_READING),
    ("Spanish 'ver' inside a sentence after an acronym, a quoted title, a journal",
     "Sobre el uso del ARS en historia ver Julio César Ruiz Vela, \"Cómo leer el puerto.\" *Signos del Mar* 29 (2013).",
     [work("Vela", "Cómo leer el puerto", "2013")], [work("Vela", "Cómo leer el puerto", "2013")]),
    ("French 'voir' inside a sentence, a quoted title, a journal",
     "Sur ce point on peut voir Jean Vallet, « Les routes du sel », *Revue du port* 4 (1990), p. 12.",
     [work("Vallet", "Les routes du sel", "1990")], [work("Vallet", "Les routes du sel", "1990")]),
    ("negative: Spanish 'ver' as a verb before a lower-case word",
     "Es difícil ver el puerto desde Madrid (1990).",
     NO_READING, NO_READING),
    ("negative: 'ver' inside a name, no work",
     "Oliver Vela lo dijo en Madrid en 1990.",
     NO_READING, NO_READING),
    ("French 'Voir, par exemple,' opening the note",
     "Voir, par exemple, Justin Rice, « Les routes du sel », *Revue du port* 4 (1990), p. 12.",
     [work("Rice", "Les routes du sel", "1990")], [work("Rice", "Les routes du sel", "1990")]),
    ("negative: a publisher opening with the cue's letters",
     "Verso, 12.",
     NO_READING, NO_READING),
    ("negative: a word opening with the cue's letters",
     "Voirie municipale, 1990.",
     NO_READING, NO_READING),
    ("a Spanish date, 'de' before the month and the year",
     "Ana Vela, “Los caminos,” *El País*, 3 de marzo de 2016.",
     [work("Vela", "Los caminos", "2016")], [work("Vela", "Los caminos", "2016")]),
    ("a French date, the month in lower case, a page",
     "Jean Vallet, « Les routes du sel », *Le Monde*, 12 septembre 2016, p. 4.",
     [work("Vallet", "Les routes du sel", "2016")], [work("Vallet", "Les routes du sel", "2016")]),
    ("an Italian date",
     "Luca Ferri, «Le vie del sale», *La Stampa*, 5 maggio 2016.",
     [work("Ferri", "Le vie del sale", "2016")], [work("Ferri", "Le vie del sale", "2016")]),
    ("negative: a month's name in prose, no year after it",
     "Jean Vallet, « Les routes du sel », écrit en mai à Paris.",
     [work("Vallet", "Les routes du sel", "")], [work("Vallet", "Les routes du sel", "")]),
    ("negative: a month's letters ending a word before a year",
     "Ana Vela, “Los caminos,” sobre el remai 2016.",
     [work("Vela", "Los caminos", "")], [work("Vela", "Los caminos", "")]),
    ("the note's writer named again after a phrase of prose",
     "Claude Mérin, “Pour le peuple,” *L’Aube*, 14 July 1936, 4; and, in a more combative register, Mérin, “Le port et la nation,” *Regards*, 3 December 1937, 12–13.",
     [work("Mérin", "Pour le peuple", "1936"), work("Mérin", "Le port et la nation", "1937")],
     [work("Mérin", "Pour le peuple", "1936"), work("Mérin", "Le port et la nation", "1937")]),
    ("negative: another surname after the phrase of prose",
     "Claude Mérin, “Pour le peuple,” *L’Aube*, 14 July 1936, 4; and, in a more combative register, Vallet, “Le port et la nation,” *Regards*, 3 December 1937, 12–13.",
     [work("Mérin", "Pour le peuple", "1936")], [work("Mérin", "Pour le peuple", "1936")]),
    ("negative: the writer named again, no title after the name",
     "Claude Mérin, “Pour le peuple,” *L’Aube*, 14 July 1936, 4; and, in a more combative register, Mérin argued the same in 1937.",
     [work("Mérin", "Pour le peuple", "1936")], [work("Mérin", "Pour le peuple", "1936")]),
    ("negative: 'Consequently' before a title",
     "Consequently, *Salt and Iron* (Oxford: Clarendon, 1988) is cited less.",
     NO_READING, NO_READING),
]  # fmt: skip


test_markdown_readings, test_web_readings = rendering_table_tests(CASES)
test_balance, test_negatives_read_no_author_year = negative_table_tests(CASES)
