"""Issue 11, round 24: a body as the author of the work a note opens with
(`extract/note_body_authors.py`).

Constructed notes, every body, title, place and address invented. Chicago 14.92 and MLA's
corporate author (DIN 1505-2's "Urheber" alike) take an organisation, a party's committee,
a broadcaster or a website for the author of its own statement, report or programme: its
whole name is the author. The shapes here are those the English corporate author
(`note_patterns.CORPORATE`) misses: a German body's noun with its genitive ("Zentralkomitee
der …"), a Greek one ("Κεντρική Επιτροπή του …"), a body's initials, a broadcaster's name
ending in "!", a name led by "The" before a full stop and a quoted title.

The negatives: a paper, a journal or a publisher that is only the container or the imprint
(never an author), a body's noun alone or in prose, a volume of an edition after its
initials, a name and no title, no year or address.
"""

from __future__ import annotations

import pytest

from tests.note_tables import (
    Reading,
    last_note_readings,
    negative_table_tests,
    one_note_readings,
    surnames_read,
    web_copy,
    work,
)

# (class, note, a reading expected among the note's readings, Markdown and web copy alike)
POSITIVES: list[tuple[str, str, Reading]] = [
    (
        "a broadcaster's name ending in '!', a quoted title, a date and an address",
        "Democracy Today!, “The Long Strike: Interview with Ana Ruiz,” broadcast, "
        "4 June 2015, http://example.org/strike.",
        work("Democracy Today!", "The Long Strike: Interview with Ana Ruiz", "2015"),
    ),
    (
        "a broadcaster's name ending in '!' before a video's title and its date",
        "Radio Quayside!, “Dockers Talk Back,” YouTube video, 6:02 mins, March 3, 2016.",
        work("Radio Quayside!", "Dockers Talk Back", "2016"),
    ),
    (
        "a website's name led by 'The', its full stop, a quoted title and an address",
        "The Burning Fence. “Fault Lines,” 2019, http://example.org/fault.",
        work("The Burning Fence", "Fault Lines", ""),
    ),
    (
        "a German committee with its genitive, a plain title, Ort Jahr",
        "Zentralkomitee der Vereinigten Arbeiterpartei, Die Lage im Reich, Berlin 1932, S. 4.",
        work("Zentralkomitee der Vereinigten Arbeiterpartei", "Die Lage im Reich", "1932"),
    ),
    (
        "a party's board after a cue, (Hg.), a title in emphasis",
        "Vgl. Parteivorstand der Arbeiterpartei (Hg.), *Protokoll über den Parteitag zu "
        "Kassel*, Berlin 1931, S. 12.",
        work("Parteivorstand der Arbeiterpartei", "Protokoll über den Parteitag zu Kassel", "1931"),
    ),
    (
        "a district's leadership with its region, a circular and its day",
        "Bezirksleitung Ruhr der Arbeiterpartei, Rundbrief Nr. 3, 12.4.1931.",
        work("Bezirksleitung Ruhr der Arbeiterpartei", "Rundbrief Nr. 3", "1931"),
    ),
    (
        "a party's centre signing a leaflet",
        "Zentrale der Arbeiterpartei, An die Arbeiter aller Länder, Flugblatt, Berlin 1920.",
        work("Zentrale der Arbeiterpartei", "An die Arbeiter aller Länder", "1920"),
    ),
    (
        "a federation after 'Siehe', a yearbook in emphasis",
        "Siehe Verband der Bergarbeiter, *Jahresbericht der Zechen*, Bochum 1930, S. 17.",
        work("Verband der Bergarbeiter", "Jahresbericht der Zechen", "1930"),
    ),
    (
        "an adjective and a compound body's noun, no genitive",
        "Vgl. Internationaler Hafenarbeiterbund, Bericht über die Tätigkeit, Antwerpen 1927, S. 8.",
        work("Internationaler Hafenarbeiterbund", "Bericht über die Tätigkeit", "1927"),
    ),
    (
        "an institute 'für' its field",
        "Institut für Hafenforschung, Studien über Arbeit und Familie, Kiel 1936, S. 12.",
        work("Institut für Hafenforschung", "Studien über Arbeit und Familie", "1936"),
    ),
    (
        "a paper's editors signing a statement to its readers",
        "Redaktion der Morgenfackel, „An unsere Leser“, in: Morgenfackel, 3.5.1931, S. 1.",
        work("Redaktion der Morgenfackel", "An unsere Leser", "1931"),
    ),
    (
        "an English committee joined by 'to', a leaflet and its day",
        "Committee to Defend the Docks, “Hands Off the Port,” leaflet, 3 May 1978.",
        work("Committee to Defend the Docks", "Hands Off the Port", "1978"),
    ),
    (
        "an English league joined by 'for a', a book and its imprint",
        "League for a Workers' Commonwealth, *The Road Ahead* (Galway, 1979), 4.",
        work("League for a Workers' Commonwealth", "The Road Ahead", "1979"),
    ),
    (
        "an English body's work in short: a marked title and a page",
        "Harbour Tenants' League, “Against the Cuts,” 3.",
        work("Harbour Tenants' League", "Against the Cuts", "", "short"),
    ),
    (
        "a German body before DIN's colon, (Hrsg.), the details in the next sentence",
        "Parteivorstand der Arbeiterpartei (Hrsg.): Protokoll über den Parteitag zu Kassel. "
        "Berlin 1931, S. 12.",
        work("Parteivorstand der Arbeiterpartei", "Protokoll über den Parteitag zu Kassel", "1931"),
    ),
    (
        "a German committee before DIN's colon",
        "Zentralkomitee der Arbeiterpartei: Die Lage im Reich. Berlin 1932.",
        work("Zentralkomitee der Arbeiterpartei", "Die Lage im Reich", "1932"),
    ),
    (
        "a Greek central committee with its genitive",
        "Κεντρική Επιτροπή του Κόμματος Εργασίας, «Για την απεργία», Αθήνα 1976.",
        work("Κεντρική Επιτροπή του Κόμματος Εργασίας", "Για την απεργία", "1976"),
    ),
    (
        "a Greek union with its genitive, a leaflet and its month",
        "Βλ. Εργατική Ένωση του Λιμανιού, «Όλοι στην απεργία», προκήρυξη, Πειραιάς, Μάιος 1976.",
        work("Εργατική Ένωση του Λιμανιού", "Όλοι στην απεργία", "1976"),
    ),
    (
        "Greek initials with a bracket",
        "ΕΕΛ (εσ.), «Για την απεργία», Αθήνα 1976.",
        work("ΕΕΛ (εσ.)", "Για την απεργία", "1976"),
    ),
]

# (class, note, a name neither reader may take for an author)
NEGATIVES: list[tuple[str, str, str]] = [
    (
        "negative: a writer, a quoted title, the paper after it",
        "Jan Obst, “The Year of the Turncoats,” *Labour Voice*, 3 May 1978.",
        "Labour Voice",
    ),
    (
        "negative: an unsigned piece led by its title, the paper its container",
        "“The Year of the Turncoats,” *Labour Voice*, January 21, 2016.",
        "Labour Voice",
    ),
    (
        "negative: a publisher named for a council in the imprint",
        "Anne Pell, *Rent and Rebellion* (London: Council Press, 1992), 12.",
        "Council Press",
    ),
    (
        "negative: a journal with its volume and year",
        "Tom Rudd, “Bread,” *New Left Survey* 12 (1962): 4.",
        "New Left Survey",
    ),
    (
        "negative: a party's press, a place and a year, no work",
        "Verlag der Arbeiterpartei, Berlin 1931.",
        "Verlag der Arbeiterpartei",
    ),
    (
        "negative: an edition's initials and its volume",
        "MEW, Bd. 23, Berlin 1962, S. 12.",
        "MEW",
    ),
    (
        "negative: an edition's initials, its volume, place and year in brackets",
        "MECW, vol. 5 (London, 1976), 41.",
        "MECW",
    ),
    (
        "negative: a person whose surname is a body's noun",
        "Peter Bund, Die Lage im Reich, Berlin 1932, S. 4.",
        "Peter Bund",
    ),
    (
        "negative: an introduction 'des Herausgebers', in a book",
        "Einleitung des Herausgebers, in: Kurt Ammer, Werke, Berlin 1962.",
        "Einleitung des Herausgebers",
    ),
    (
        "negative: a body in prose, a year in the sentence",
        "Vorstand der Arbeiterpartei, so heißt es, habe Berlin 1931 verlassen.",
        "Vorstand der Arbeiterpartei",
    ),
    (
        "negative: a body, a place and a year, no title",
        "Vorstand der Arbeiterpartei, Berlin 1931, S. 12.",
        "Vorstand der Arbeiterpartei",
    ),
    (
        "negative: a body and pages only",
        "Zentralkomitee der Arbeiterpartei, 12–14.",
        "Zentralkomitee der Arbeiterpartei",
    ),
    (
        "negative: a name led by 'The', then prose and a year",
        "The Burning Fence. The next sentence is prose, 2019.",
        "The Burning Fence",
    ),
    (
        "negative: a name led by 'The' and a quoted title alone",
        "The Burning Fence. “Fault Lines.”",
        "The Burning Fence",
    ),
    (
        "negative: a cry before a quotation in lower case",
        "Hooray!, “we said,” and left in 1990.",
        "Hooray!",
    ),
    (
        "negative: a broadcaster's name and a date, no title",
        "Democracy Today!, broadcast 4 June 2015.",
        "Democracy Today!",
    ),
    (
        "negative: a Greek sentence opening with the article before the body",
        "Η Επιτροπή του Κόμματος, «Για την απεργία», Αθήνα 1976.",
        "Η Επιτροπή του Κόμματος",
    ),
    (
        "negative: a Greek journal with its volume and year",
        "Α. Μπέλλου, «Η απεργία», *Θέσεις* 12 (1985), σ. 4.",
        "Θέσεις",
    ),
    (
        "negative: a Greek publisher named for a union in the imprint",
        "Γ. Παππάς, *Η απεργία* (Αθήνα: Ένωση Εκδοτών, 1976).",
        "Ένωση Εκδοτών",
    ),
    (
        "negative: a federation's press in a German imprint",
        "Kurt Ammer, *Die Lage*, Berlin: Verlag des Metallarbeiter-Verbandes 1930, S. 4.",
        "Verlag des Metallarbeiter-Verbandes",
    ),
    (
        "negative: a federation's bulletin as the container",
        "Jens Aal, „Der Streik“, in: *Mitteilungen des Verbandes* 12 (1931), S. 4.",
        "Mitteilungen des Verbandes",
    ),
    (
        "negative: a person and a body joined by 'and the'",
        "Anne Pell and the Housing Committee, “Rent Day,” 1978.",
        "Anne Pell and the Housing Committee",
    ),
    (
        "negative: a body before a colon and a quotation in prose",
        "Vorstand der Arbeiterpartei: Wir lehnen ab.",
        "Vorstand der Arbeiterpartei",
    ),
    (
        "negative: the body after an article, a quotation and a year in prose",
        "Der Vorstand der Arbeiterpartei: „Wir lehnen ab“, hieß es 1931.",
        "Der Vorstand der Arbeiterpartei",
    ),
    (
        "negative: prose opening with 'For the Council', a quotation",
        "For the Council, “we will not yield,” said the mayor in 1931.",
        "For the Council",
    ),
    (
        "negative: a party and a year, no title",
        "Labour Party, 1931.",
        "Labour Party",
    ),
    (
        "negative: a body named in a chapter's container",
        "Tom Rudd, “Bread,” in Council for Open Housing, *Annual Report 1991* (Leeds: COH, "
        "1992), 12.",
        "Council for Open Housing",
    ),
    (
        "negative: a paper named for a party, after the piece's title",
        "“Bread,” *Labour Party Monthly*, January 21, 2016.",
        "Labour Party Monthly",
    ),
    (
        "negative: a paper named for a party, its date and a page, no title",
        "Labour Party Monthly, January 21, 2016, 4.",
        "Labour Party Monthly",
    ),
    (
        "negative: an archive's department, its university and a call number",
        "Department of Modern History, University of Leeds, MS 12/3, 1971.",
        "Department of Modern History",
    ),
    (
        "negative: an archive's initials and a call number",
        "MRC, MSS.292/1, 1960.",
        "MRC",
    ),
]

balance, no_author_year = negative_table_tests(POSITIVES + NEGATIVES)
test_the_table_holds_as_many_negatives_as_positives = balance
test_no_author_year_citation_in_a_negative = no_author_year


@pytest.mark.parametrize("rendering", ["markdown", "web"])
@pytest.mark.parametrize(
    ("note", "expected"), [row[1:] for row in POSITIVES], ids=[row[0] for row in POSITIVES]
)
def test_the_body_is_the_author(note: str, expected: Reading, rendering: str) -> None:
    text = note if rendering == "markdown" else web_copy(note)
    assert expected in one_note_readings(text)


@pytest.mark.parametrize("rendering", ["markdown", "web"])
@pytest.mark.parametrize(
    ("note", "name"), [row[1:] for row in NEGATIVES], ids=[row[0] for row in NEGATIVES]
)
def test_no_container_or_imprint_is_the_author(note: str, name: str, rendering: str) -> None:
    text = note if rendering == "markdown" else web_copy(note)
    assert name not in surnames_read(text)


@pytest.mark.parametrize("rendering", ["markdown", "web"])
def test_the_body_keeps_its_whole_name_when_cited_again(rendering: str) -> None:
    """A body's work given again in short is the same body's: its whole name in both notes
    (read as a person's surname the second time, the rules saw two spellings of one author)."""
    notes = [
        "Dock Workers Collective, “Nothing Here Will Last,” leaflet, 3 May 1978.",
        "Dock Workers Collective, “Nothing Here Will Last.”",
    ]
    notes = notes if rendering == "markdown" else [web_copy(n) for n in notes]
    assert [r[1] for r in last_note_readings(notes)] == [("Dock Workers Collective",)]
